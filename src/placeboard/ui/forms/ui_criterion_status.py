# generated from forms/criterion_status.ui by make forms — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_CriterionStatusDialog(object):
    def setupUi(self, CriterionStatusDialog):
        if not CriterionStatusDialog.objectName():
            CriterionStatusDialog.setObjectName(u"CriterionStatusDialog")
        CriterionStatusDialog.resize(540, 300)
        CriterionStatusDialog.setModal(True)
        self.mainLayout = QVBoxLayout(CriterionStatusDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.criterionLabel = QLabel(CriterionStatusDialog)
        self.criterionLabel.setObjectName(u"criterionLabel")
        self.criterionLabel.setWordWrap(True)
        self.criterionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.criterionLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.statusLabel = QLabel(CriterionStatusDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(CriterionStatusDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.reasonLabel = QLabel(CriterionStatusDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(CriterionStatusDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaximumSize(QSize(16777215, 90))
        self.reasonEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.checkNote = QLabel(CriterionStatusDialog)
        self.checkNote.setObjectName(u"checkNote")
        self.checkNote.setWordWrap(True)
        self.checkNote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.checkNote)

        self.verticalSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.errorLabel = QLabel(CriterionStatusDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel#errorLabel { color: #8A1538; background: #FDECEA; border-left: 4px solid #DA291C; padding: 6px 8px; font-weight: bold; }")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CriterionStatusDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.statusCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.statusCombo, self.reasonEdit)

        self.retranslateUi(CriterionStatusDialog)
        self.buttonBox.accepted.connect(CriterionStatusDialog.accept)
        self.buttonBox.rejected.connect(CriterionStatusDialog.reject)

        QMetaObject.connectSlotsByName(CriterionStatusDialog)
    # setupUi

    def retranslateUi(self, CriterionStatusDialog):
        CriterionStatusDialog.setWindowTitle(QCoreApplication.translate("CriterionStatusDialog", u"Set status", None))
#if QT_CONFIG(accessibility)
        CriterionStatusDialog.setAccessibleName(QCoreApplication.translate("CriterionStatusDialog", u"Criterion status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        CriterionStatusDialog.setAccessibleDescription(QCoreApplication.translate("CriterionStatusDialog", u"Set how far the criterion is met; not applicable needs a reason.", None))
#endif // QT_CONFIG(accessibility)
        self.criterionLabel.setText("")
#if QT_CONFIG(accessibility)
        self.criterionLabel.setAccessibleName(QCoreApplication.translate("CriterionStatusDialog", u"Criterion", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.criterionLabel.setAccessibleDescription(QCoreApplication.translate("CriterionStatusDialog", u"The criterion whose status is set.", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("CriterionStatusDialog", u"&Status:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("CriterionStatusDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleDescription(QCoreApplication.translate("CriterionStatusDialog", u"Not started, in progress, met, or not applicable.", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("CriterionStatusDialog", u"&Reason:", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("CriterionStatusDialog", u"Reason not applicable", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleDescription(QCoreApplication.translate("CriterionStatusDialog", u"Why the criterion does not apply to this board (needed for not applicable).", None))
#endif // QT_CONFIG(accessibility)
        self.checkNote.setText("")
#if QT_CONFIG(accessibility)
        self.checkNote.setAccessibleName(QCoreApplication.translate("CriterionStatusDialog", u"Checked by PlaceBoard", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.checkNote.setAccessibleDescription(QCoreApplication.translate("CriterionStatusDialog", u"What PlaceBoard found in its records for this criterion.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("CriterionStatusDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleDescription(QCoreApplication.translate("CriterionStatusDialog", u"Why it could not be saved, and what to do.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("CriterionStatusDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
