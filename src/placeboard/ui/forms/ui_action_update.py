# generated from forms/action_update.ui by make forms — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ActionUpdateDialog(object):
    def setupUi(self, ActionUpdateDialog):
        if not ActionUpdateDialog.objectName():
            ActionUpdateDialog.setObjectName(u"ActionUpdateDialog")
        ActionUpdateDialog.resize(560, 380)
        ActionUpdateDialog.setModal(True)
        self.mainLayout = QVBoxLayout(ActionUpdateDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.actionText = QLabel(ActionUpdateDialog)
        self.actionText.setObjectName(u"actionText")
        self.actionText.setWordWrap(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.actionText)

        self.statusLabel = QLabel(ActionUpdateDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(ActionUpdateDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.dateLabel = QLabel(ActionUpdateDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.updateDate = QDateEdit(ActionUpdateDialog)
        self.updateDate.setObjectName(u"updateDate")
        self.updateDate.setCalendarPopup(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.updateDate)

        self.noteLabel = QLabel(ActionUpdateDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(ActionUpdateDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setMaximumSize(QSize(16777215, 110))

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.errorLabel = QLabel(ActionUpdateDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel#errorLabel { color: #8A1538; background: #FDECEA; border-left: 4px solid #DA291C; padding: 6px 8px; font-weight: bold; }")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ActionUpdateDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.statusCombo)
        self.dateLabel.setBuddy(self.updateDate)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.statusCombo, self.updateDate)
        QWidget.setTabOrder(self.updateDate, self.noteEdit)

        self.retranslateUi(ActionUpdateDialog)
        self.buttonBox.accepted.connect(ActionUpdateDialog.accept)
        self.buttonBox.rejected.connect(ActionUpdateDialog.reject)

        QMetaObject.connectSlotsByName(ActionUpdateDialog)
    # setupUi

    def retranslateUi(self, ActionUpdateDialog):
        ActionUpdateDialog.setWindowTitle(QCoreApplication.translate("ActionUpdateDialog", u"Update action", None))
#if QT_CONFIG(accessibility)
        ActionUpdateDialog.setAccessibleName(QCoreApplication.translate("ActionUpdateDialog", u"Action update", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        ActionUpdateDialog.setAccessibleDescription(QCoreApplication.translate("ActionUpdateDialog", u"A dated note on an action's progress, with its new status: open, done, closed or carried forward.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.actionText.setAccessibleName(QCoreApplication.translate("ActionUpdateDialog", u"The action", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.actionText.setAccessibleDescription(QCoreApplication.translate("ActionUpdateDialog", u"The action being updated.", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("ActionUpdateDialog", u"&Status:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("ActionUpdateDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleDescription(QCoreApplication.translate("ActionUpdateDialog", u"Open, done, closed or carried forward; a closed action leaves later action sheets.", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("ActionUpdateDialog", u"&Date:", None))
        self.updateDate.setDisplayFormat(QCoreApplication.translate("ActionUpdateDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.updateDate.setAccessibleName(QCoreApplication.translate("ActionUpdateDialog", u"Date of the update", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.updateDate.setAccessibleDescription(QCoreApplication.translate("ActionUpdateDialog", u"The day of the update, as day/month/year.", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("ActionUpdateDialog", u"&Update:", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("ActionUpdateDialog", u"Update note", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleDescription(QCoreApplication.translate("ActionUpdateDialog", u"What has happened, as the action sheet prints it.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("ActionUpdateDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleDescription(QCoreApplication.translate("ActionUpdateDialog", u"Why it could not be saved, and what to do.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("ActionUpdateDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
