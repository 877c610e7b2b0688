# generated from forms/action.ui by make forms — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ActionDialog(object):
    def setupUi(self, ActionDialog):
        if not ActionDialog.objectName():
            ActionDialog.setObjectName(u"ActionDialog")
        ActionDialog.resize(560, 380)
        ActionDialog.setModal(True)
        self.mainLayout = QVBoxLayout(ActionDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.itemLabel = QLabel(ActionDialog)
        self.itemLabel.setObjectName(u"itemLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.itemLabel)

        self.itemCombo = QComboBox(ActionDialog)
        self.itemCombo.setObjectName(u"itemCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.itemCombo)

        self.descriptionLabel = QLabel(ActionDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(ActionDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMaximumSize(QSize(16777215, 110))

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.ownerLabel = QLabel(ActionDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerCombo = QComboBox(ActionDialog)
        self.ownerCombo.setObjectName(u"ownerCombo")
        self.ownerCombo.setEditable(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ownerCombo)

        self.dueLayout = QHBoxLayout()
        self.dueLayout.setSpacing(8)
        self.dueLayout.setObjectName(u"dueLayout")
        self.dueCheck = QCheckBox(ActionDialog)
        self.dueCheck.setObjectName(u"dueCheck")

        self.dueLayout.addWidget(self.dueCheck)

        self.dueDate = QDateEdit(ActionDialog)
        self.dueDate.setObjectName(u"dueDate")
        self.dueDate.setCalendarPopup(True)

        self.dueLayout.addWidget(self.dueDate)

        self.dueSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dueLayout.addItem(self.dueSpacer)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.dueLayout)


        self.mainLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.errorLabel = QLabel(ActionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel#errorLabel { color: #8A1538; background: #FDECEA; border-left: 4px solid #DA291C; padding: 6px 8px; font-weight: bold; }")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ActionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.itemLabel.setBuddy(self.itemCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.ownerLabel.setBuddy(self.ownerCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.itemCombo, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.ownerCombo)
        QWidget.setTabOrder(self.ownerCombo, self.dueCheck)
        QWidget.setTabOrder(self.dueCheck, self.dueDate)

        self.retranslateUi(ActionDialog)
        self.buttonBox.accepted.connect(ActionDialog.accept)
        self.buttonBox.rejected.connect(ActionDialog.reject)

        QMetaObject.connectSlotsByName(ActionDialog)
    # setupUi

    def retranslateUi(self, ActionDialog):
        ActionDialog.setWindowTitle(QCoreApplication.translate("ActionDialog", u"Raise action", None))
#if QT_CONFIG(accessibility)
        ActionDialog.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Action", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        ActionDialog.setAccessibleDescription(QCoreApplication.translate("ActionDialog", u"An action raised at an agenda item: what is to be done, who owns it and when it is due. It stays on the action sheet of later meetings until it is closed.", None))
#endif // QT_CONFIG(accessibility)
        self.itemLabel.setText(QCoreApplication.translate("ActionDialog", u"Agenda &item:", None))
#if QT_CONFIG(accessibility)
        self.itemCombo.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Agenda item", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.itemCombo.setAccessibleDescription(QCoreApplication.translate("ActionDialog", u"The item of this meeting the action was raised at.", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionLabel.setText(QCoreApplication.translate("ActionDialog", u"&Action:", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Action", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleDescription(QCoreApplication.translate("ActionDialog", u"What is to be done, as the action sheet prints it.", None))
#endif // QT_CONFIG(accessibility)
        self.ownerLabel.setText(QCoreApplication.translate("ActionDialog", u"&Owner:", None))
#if QT_CONFIG(accessibility)
        self.ownerCombo.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Owner", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ownerCombo.setAccessibleDescription(QCoreApplication.translate("ActionDialog", u"Who is to do it: choose a name used before or type one.", None))
#endif // QT_CONFIG(accessibility)
        self.dueCheck.setText(QCoreApplication.translate("ActionDialog", u"D&ue by:", None))
#if QT_CONFIG(accessibility)
        self.dueCheck.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Has a due date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dueCheck.setAccessibleDescription(QCoreApplication.translate("ActionDialog", u"Tick to give the action a date it is due by.", None))
#endif // QT_CONFIG(accessibility)
        self.dueDate.setDisplayFormat(QCoreApplication.translate("ActionDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.dueDate.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Due date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dueDate.setAccessibleDescription(QCoreApplication.translate("ActionDialog", u"The day the action is due, as day/month/year; after it an open action is overdue.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleDescription(QCoreApplication.translate("ActionDialog", u"Why it could not be saved, and what to do.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
