# generated from forms/criterion.ui by make forms — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_CriterionDialog(object):
    def setupUi(self, CriterionDialog):
        if not CriterionDialog.objectName():
            CriterionDialog.setObjectName(u"CriterionDialog")
        CriterionDialog.resize(560, 330)
        CriterionDialog.setModal(True)
        self.mainLayout = QVBoxLayout(CriterionDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.stageLabel = QLabel(CriterionDialog)
        self.stageLabel.setObjectName(u"stageLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.stageLabel)

        self.stageCombo = QComboBox(CriterionDialog)
        self.stageCombo.setObjectName(u"stageCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.stageCombo)

        self.textLabel = QLabel(CriterionDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(CriterionDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setMaximumSize(QSize(16777215, 110))
        self.textEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.ownerLabel = QLabel(CriterionDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerEdit = QLineEdit(CriterionDialog)
        self.ownerEdit.setObjectName(u"ownerEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ownerEdit)

        self.dueLayout = QHBoxLayout()
        self.dueLayout.setSpacing(8)
        self.dueLayout.setObjectName(u"dueLayout")
        self.dueCheck = QCheckBox(CriterionDialog)
        self.dueCheck.setObjectName(u"dueCheck")

        self.dueLayout.addWidget(self.dueCheck)

        self.dueDate = QDateEdit(CriterionDialog)
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


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.dueLayout)


        self.mainLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.errorLabel = QLabel(CriterionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel#errorLabel { color: #8A1538; background: #FDECEA; border-left: 4px solid #DA291C; padding: 6px 8px; font-weight: bold; }")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CriterionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.stageLabel.setBuddy(self.stageCombo)
        self.textLabel.setBuddy(self.textEdit)
        self.ownerLabel.setBuddy(self.ownerEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.stageCombo, self.textEdit)
        QWidget.setTabOrder(self.textEdit, self.ownerEdit)
        QWidget.setTabOrder(self.ownerEdit, self.dueCheck)
        QWidget.setTabOrder(self.dueCheck, self.dueDate)

        self.retranslateUi(CriterionDialog)
        self.buttonBox.accepted.connect(CriterionDialog.accept)
        self.buttonBox.rejected.connect(CriterionDialog.reject)
        self.dueCheck.toggled.connect(self.dueDate.setEnabled)

        QMetaObject.connectSlotsByName(CriterionDialog)
    # setupUi

    def retranslateUi(self, CriterionDialog):
        CriterionDialog.setWindowTitle(QCoreApplication.translate("CriterionDialog", u"Add criterion", None))
#if QT_CONFIG(accessibility)
        CriterionDialog.setAccessibleName(QCoreApplication.translate("CriterionDialog", u"Criterion", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        CriterionDialog.setAccessibleDescription(QCoreApplication.translate("CriterionDialog", u"A criterion of a stage: what must be true, who owns it and when it is due.", None))
#endif // QT_CONFIG(accessibility)
        self.stageLabel.setText(QCoreApplication.translate("CriterionDialog", u"&Stage:", None))
#if QT_CONFIG(accessibility)
        self.stageCombo.setAccessibleName(QCoreApplication.translate("CriterionDialog", u"Stage", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.stageCombo.setAccessibleDescription(QCoreApplication.translate("CriterionDialog", u"The stage whose gate this criterion belongs to.", None))
#endif // QT_CONFIG(accessibility)
        self.textLabel.setText(QCoreApplication.translate("CriterionDialog", u"&Criterion:", None))
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleName(QCoreApplication.translate("CriterionDialog", u"Criterion", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleDescription(QCoreApplication.translate("CriterionDialog", u"What must be true for the board to pass the gate.", None))
#endif // QT_CONFIG(accessibility)
        self.ownerLabel.setText(QCoreApplication.translate("CriterionDialog", u"&Owner:", None))
        self.ownerEdit.setPlaceholderText(QCoreApplication.translate("CriterionDialog", u"Name and role", None))
#if QT_CONFIG(accessibility)
        self.ownerEdit.setAccessibleName(QCoreApplication.translate("CriterionDialog", u"Owner", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ownerEdit.setAccessibleDescription(QCoreApplication.translate("CriterionDialog", u"Who is responsible for meeting the criterion.", None))
#endif // QT_CONFIG(accessibility)
        self.dueCheck.setText(QCoreApplication.translate("CriterionDialog", u"D&ue by:", None))
#if QT_CONFIG(accessibility)
        self.dueCheck.setAccessibleName(QCoreApplication.translate("CriterionDialog", u"Has a due date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dueCheck.setAccessibleDescription(QCoreApplication.translate("CriterionDialog", u"Tick to give the day the criterion should be met by.", None))
#endif // QT_CONFIG(accessibility)
        self.dueDate.setDisplayFormat(QCoreApplication.translate("CriterionDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.dueDate.setAccessibleName(QCoreApplication.translate("CriterionDialog", u"Due by", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dueDate.setAccessibleDescription(QCoreApplication.translate("CriterionDialog", u"The day it should be met by, as day/month/year. After it, an unmet criterion is overdue.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("CriterionDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleDescription(QCoreApplication.translate("CriterionDialog", u"Why it could not be saved, and what to do.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("CriterionDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
