# generated from forms/milestone.ui by make forms — do not edit

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

class Ui_MilestoneDialog(object):
    def setupUi(self, MilestoneDialog):
        if not MilestoneDialog.objectName():
            MilestoneDialog.setObjectName(u"MilestoneDialog")
        MilestoneDialog.resize(520, 260)
        MilestoneDialog.setModal(True)
        self.mainLayout = QVBoxLayout(MilestoneDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.titleLabel = QLabel(MilestoneDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(MilestoneDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.dueLayout = QHBoxLayout()
        self.dueLayout.setSpacing(8)
        self.dueLayout.setObjectName(u"dueLayout")
        self.dueCheck = QCheckBox(MilestoneDialog)
        self.dueCheck.setObjectName(u"dueCheck")

        self.dueLayout.addWidget(self.dueCheck)

        self.dueDate = QDateEdit(MilestoneDialog)
        self.dueDate.setObjectName(u"dueDate")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.dueDate.sizePolicy().hasHeightForWidth())
        self.dueDate.setSizePolicy(sizePolicy)
        self.dueDate.setCalendarPopup(True)
        self.dueDate.setEnabled(False)

        self.dueLayout.addWidget(self.dueDate)

        self.dueLayoutSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dueLayout.addItem(self.dueLayoutSpacer)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.dueLayout)

        self.doneLayout = QHBoxLayout()
        self.doneLayout.setSpacing(8)
        self.doneLayout.setObjectName(u"doneLayout")
        self.doneCheck = QCheckBox(MilestoneDialog)
        self.doneCheck.setObjectName(u"doneCheck")

        self.doneLayout.addWidget(self.doneCheck)

        self.doneDate = QDateEdit(MilestoneDialog)
        self.doneDate.setObjectName(u"doneDate")
        sizePolicy.setHeightForWidth(self.doneDate.sizePolicy().hasHeightForWidth())
        self.doneDate.setSizePolicy(sizePolicy)
        self.doneDate.setCalendarPopup(True)
        self.doneDate.setEnabled(False)

        self.doneLayout.addWidget(self.doneDate)

        self.doneLayoutSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.doneLayout.addItem(self.doneLayoutSpacer)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.doneLayout)


        self.mainLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.errorLabel = QLabel(MilestoneDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel#errorLabel { color: #8A1538; background: #FDECEA; border-left: 4px solid #DA291C; padding: 6px 8px; font-weight: bold; }")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(MilestoneDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.dueCheck)
        QWidget.setTabOrder(self.dueCheck, self.dueDate)
        QWidget.setTabOrder(self.dueDate, self.doneCheck)
        QWidget.setTabOrder(self.doneCheck, self.doneDate)

        self.retranslateUi(MilestoneDialog)
        self.buttonBox.accepted.connect(MilestoneDialog.accept)
        self.buttonBox.rejected.connect(MilestoneDialog.reject)
        self.dueCheck.toggled.connect(self.dueDate.setEnabled)
        self.doneCheck.toggled.connect(self.doneDate.setEnabled)

        QMetaObject.connectSlotsByName(MilestoneDialog)
    # setupUi

    def retranslateUi(self, MilestoneDialog):
        MilestoneDialog.setWindowTitle(QCoreApplication.translate("MilestoneDialog", u"Add milestone", None))
#if QT_CONFIG(accessibility)
        MilestoneDialog.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"Milestone", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        MilestoneDialog.setAccessibleDescription(QCoreApplication.translate("MilestoneDialog", u"A milestone of the priority: what, when it is due and when it was done.", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("MilestoneDialog", u"&Milestone:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"Milestone", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleDescription(QCoreApplication.translate("MilestoneDialog", u"What will have been achieved.", None))
#endif // QT_CONFIG(accessibility)
        self.dueCheck.setText(QCoreApplication.translate("MilestoneDialog", u"D&ue by:", None))
#if QT_CONFIG(accessibility)
        self.dueCheck.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"Has a due date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dueCheck.setAccessibleDescription(QCoreApplication.translate("MilestoneDialog", u"Tick to give the day the milestone is due.", None))
#endif // QT_CONFIG(accessibility)
        self.dueDate.setDisplayFormat(QCoreApplication.translate("MilestoneDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.dueDate.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"Due by", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dueDate.setAccessibleDescription(QCoreApplication.translate("MilestoneDialog", u"The day it is due, as day/month/year. After it, an undone milestone is overdue.", None))
#endif // QT_CONFIG(accessibility)
        self.doneCheck.setText(QCoreApplication.translate("MilestoneDialog", u"D&one on:", None))
#if QT_CONFIG(accessibility)
        self.doneCheck.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"Done", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.doneCheck.setAccessibleDescription(QCoreApplication.translate("MilestoneDialog", u"Tick when the milestone has been achieved, then give the day.", None))
#endif // QT_CONFIG(accessibility)
        self.doneDate.setDisplayFormat(QCoreApplication.translate("MilestoneDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.doneDate.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"Done on", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.doneDate.setAccessibleDescription(QCoreApplication.translate("MilestoneDialog", u"The day it was achieved, as day/month/year.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleDescription(QCoreApplication.translate("MilestoneDialog", u"Why it could not be saved, and what to do.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
