# generated from forms/mitigation.ui by make forms — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_MitigationDialog(object):
    def setupUi(self, MitigationDialog):
        if not MitigationDialog.objectName():
            MitigationDialog.setObjectName(u"MitigationDialog")
        MitigationDialog.resize(520, 260)
        MitigationDialog.setModal(True)
        self.mainLayout = QVBoxLayout(MitigationDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.actionLabel = QLabel(MitigationDialog)
        self.actionLabel.setObjectName(u"actionLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.actionLabel)

        self.actionEdit = QLineEdit(MitigationDialog)
        self.actionEdit.setObjectName(u"actionEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.actionEdit)

        self.ownerLabel = QLabel(MitigationDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerEdit = QLineEdit(MitigationDialog)
        self.ownerEdit.setObjectName(u"ownerEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ownerEdit)

        self.dueLayout = QHBoxLayout()
        self.dueLayout.setSpacing(8)
        self.dueLayout.setObjectName(u"dueLayout")
        self.dueCheck = QCheckBox(MitigationDialog)
        self.dueCheck.setObjectName(u"dueCheck")

        self.dueLayout.addWidget(self.dueCheck)

        self.dueDate = QDateEdit(MitigationDialog)
        self.dueDate.setObjectName(u"dueDate")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.dueDate.sizePolicy().hasHeightForWidth())
        self.dueDate.setSizePolicy(sizePolicy)
        self.dueDate.setCalendarPopup(True)
        self.dueDate.setEnabled(False)

        self.dueLayout.addWidget(self.dueDate)

        self.dueSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dueLayout.addItem(self.dueSpacer)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.dueLayout)

        self.doneLayout = QHBoxLayout()
        self.doneLayout.setSpacing(8)
        self.doneLayout.setObjectName(u"doneLayout")
        self.doneCheck = QCheckBox(MitigationDialog)
        self.doneCheck.setObjectName(u"doneCheck")

        self.doneLayout.addWidget(self.doneCheck)

        self.doneDate = QDateEdit(MitigationDialog)
        self.doneDate.setObjectName(u"doneDate")
        sizePolicy.setHeightForWidth(self.doneDate.sizePolicy().hasHeightForWidth())
        self.doneDate.setSizePolicy(sizePolicy)
        self.doneDate.setCalendarPopup(True)
        self.doneDate.setEnabled(False)

        self.doneLayout.addWidget(self.doneDate)

        self.doneSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.doneLayout.addItem(self.doneSpacer)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.doneLayout)


        self.mainLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.errorLabel = QLabel(MitigationDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel#errorLabel { color: #8A1538; background: #FDECEA; border-left: 4px solid #DA291C; padding: 6px 8px; font-weight: bold; }")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(MitigationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.actionLabel.setBuddy(self.actionEdit)
        self.ownerLabel.setBuddy(self.ownerEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.actionEdit, self.ownerEdit)
        QWidget.setTabOrder(self.ownerEdit, self.dueCheck)
        QWidget.setTabOrder(self.dueCheck, self.dueDate)
        QWidget.setTabOrder(self.dueDate, self.doneCheck)
        QWidget.setTabOrder(self.doneCheck, self.doneDate)

        self.retranslateUi(MitigationDialog)
        self.buttonBox.accepted.connect(MitigationDialog.accept)
        self.buttonBox.rejected.connect(MitigationDialog.reject)
        self.dueCheck.toggled.connect(self.dueDate.setEnabled)
        self.doneCheck.toggled.connect(self.doneDate.setEnabled)

        QMetaObject.connectSlotsByName(MitigationDialog)
    # setupUi

    def retranslateUi(self, MitigationDialog):
        MitigationDialog.setWindowTitle(QCoreApplication.translate("MitigationDialog", u"Add mitigation", None))
#if QT_CONFIG(accessibility)
        MitigationDialog.setAccessibleName(QCoreApplication.translate("MitigationDialog", u"Mitigation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        MitigationDialog.setAccessibleDescription(QCoreApplication.translate("MitigationDialog", u"An action that reduces the risk: what, who and by when.", None))
#endif // QT_CONFIG(accessibility)
        self.actionLabel.setText(QCoreApplication.translate("MitigationDialog", u"&Action:", None))
#if QT_CONFIG(accessibility)
        self.actionEdit.setAccessibleName(QCoreApplication.translate("MitigationDialog", u"Action", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.actionEdit.setAccessibleDescription(QCoreApplication.translate("MitigationDialog", u"What will be done to reduce the risk.", None))
#endif // QT_CONFIG(accessibility)
        self.ownerLabel.setText(QCoreApplication.translate("MitigationDialog", u"&Owner:", None))
#if QT_CONFIG(accessibility)
        self.ownerEdit.setAccessibleName(QCoreApplication.translate("MitigationDialog", u"Owner", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ownerEdit.setAccessibleDescription(QCoreApplication.translate("MitigationDialog", u"The person who will do it.", None))
#endif // QT_CONFIG(accessibility)
        self.dueCheck.setText(QCoreApplication.translate("MitigationDialog", u"D&ue by:", None))
#if QT_CONFIG(accessibility)
        self.dueCheck.setAccessibleName(QCoreApplication.translate("MitigationDialog", u"Has a due date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dueCheck.setAccessibleDescription(QCoreApplication.translate("MitigationDialog", u"Tick to give the day the action is due.", None))
#endif // QT_CONFIG(accessibility)
        self.dueDate.setDisplayFormat(QCoreApplication.translate("MitigationDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.dueDate.setAccessibleName(QCoreApplication.translate("MitigationDialog", u"Due by", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dueDate.setAccessibleDescription(QCoreApplication.translate("MitigationDialog", u"The day it is due, as day/month/year. After it, an action not done is overdue.", None))
#endif // QT_CONFIG(accessibility)
        self.doneCheck.setText(QCoreApplication.translate("MitigationDialog", u"D&one on:", None))
#if QT_CONFIG(accessibility)
        self.doneCheck.setAccessibleName(QCoreApplication.translate("MitigationDialog", u"Done", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.doneCheck.setAccessibleDescription(QCoreApplication.translate("MitigationDialog", u"Tick when the action has been done, then give the day.", None))
#endif // QT_CONFIG(accessibility)
        self.doneDate.setDisplayFormat(QCoreApplication.translate("MitigationDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.doneDate.setAccessibleName(QCoreApplication.translate("MitigationDialog", u"Done on", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.doneDate.setAccessibleDescription(QCoreApplication.translate("MitigationDialog", u"The day it was done, as day/month/year.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("MitigationDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleDescription(QCoreApplication.translate("MitigationDialog", u"Why the mitigation could not be saved, and what to do.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("MitigationDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
