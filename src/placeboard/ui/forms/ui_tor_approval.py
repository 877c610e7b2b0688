# generated from forms/tor_approval.ui by make forms — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_TorApprovalDialog(object):
    def setupUi(self, TorApprovalDialog):
        if not TorApprovalDialog.objectName():
            TorApprovalDialog.setObjectName(u"TorApprovalDialog")
        TorApprovalDialog.resize(560, 330)
        TorApprovalDialog.setModal(True)
        self.mainLayout = QVBoxLayout(TorApprovalDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.introLabel = QLabel(TorApprovalDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(12)
        self.fieldsLayout.setVerticalSpacing(10)
        self.organisationLabel = QLabel(TorApprovalDialog)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationCombo = QComboBox(TorApprovalDialog)
        self.organisationCombo.setObjectName(u"organisationCombo")
        self.organisationCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.organisationCombo.setMinimumContentsLength(30)

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organisationCombo)

        self.approvingBodyLabel = QLabel(TorApprovalDialog)
        self.approvingBodyLabel.setObjectName(u"approvingBodyLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.approvingBodyLabel)

        self.approvingBodyEdit = QLineEdit(TorApprovalDialog)
        self.approvingBodyEdit.setObjectName(u"approvingBodyEdit")
        self.approvingBodyEdit.setMaxLength(200)

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.approvingBodyEdit)

        self.approvedOnLabel = QLabel(TorApprovalDialog)
        self.approvedOnLabel.setObjectName(u"approvedOnLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.approvedOnLabel)

        self.approvedOnEdit = QDateEdit(TorApprovalDialog)
        self.approvedOnEdit.setObjectName(u"approvedOnEdit")
        self.approvedOnEdit.setCalendarPopup(True)

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.approvedOnEdit)

        self.minuteReferenceLabel = QLabel(TorApprovalDialog)
        self.minuteReferenceLabel.setObjectName(u"minuteReferenceLabel")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.minuteReferenceLabel)

        self.minuteReferenceEdit = QLineEdit(TorApprovalDialog)
        self.minuteReferenceEdit.setObjectName(u"minuteReferenceEdit")
        self.minuteReferenceEdit.setMaxLength(100)

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.minuteReferenceEdit)


        self.mainLayout.addLayout(self.fieldsLayout)

        self.errorLabel = QLabel(TorApprovalDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(TorApprovalDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.organisationLabel.setBuddy(self.organisationCombo)
        self.approvingBodyLabel.setBuddy(self.approvingBodyEdit)
        self.approvedOnLabel.setBuddy(self.approvedOnEdit)
        self.minuteReferenceLabel.setBuddy(self.minuteReferenceEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.organisationCombo, self.approvingBodyEdit)
        QWidget.setTabOrder(self.approvingBodyEdit, self.approvedOnEdit)
        QWidget.setTabOrder(self.approvedOnEdit, self.minuteReferenceEdit)

        self.retranslateUi(TorApprovalDialog)
        self.buttonBox.accepted.connect(TorApprovalDialog.accept)
        self.buttonBox.rejected.connect(TorApprovalDialog.reject)

        QMetaObject.connectSlotsByName(TorApprovalDialog)
    # setupUi

    def retranslateUi(self, TorApprovalDialog):
        TorApprovalDialog.setWindowTitle(QCoreApplication.translate("TorApprovalDialog", u"Record approval", None))
#if QT_CONFIG(accessibility)
        TorApprovalDialog.setAccessibleName(QCoreApplication.translate("TorApprovalDialog", u"Record approval", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        TorApprovalDialog.setAccessibleDescription(QCoreApplication.translate("TorApprovalDialog", u"Record a partner organisation's approval of a version of the terms of reference.", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("TorApprovalDialog", u"Record a partner organisation's approval of this version.", None))
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("TorApprovalDialog", u"About this approval", None))
#endif // QT_CONFIG(accessibility)
        self.organisationLabel.setText(QCoreApplication.translate("TorApprovalDialog", u"&Partner organisation:", None))
#if QT_CONFIG(accessibility)
        self.organisationCombo.setAccessibleName(QCoreApplication.translate("TorApprovalDialog", u"Partner organisation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.organisationCombo.setAccessibleDescription(QCoreApplication.translate("TorApprovalDialog", u"The partner whose approval this is. Only partners that have not yet approved are listed.", None))
#endif // QT_CONFIG(accessibility)
        self.approvingBodyLabel.setText(QCoreApplication.translate("TorApprovalDialog", u"Approving &body:", None))
#if QT_CONFIG(accessibility)
        self.approvingBodyEdit.setAccessibleName(QCoreApplication.translate("TorApprovalDialog", u"Approving body", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.approvingBodyEdit.setAccessibleDescription(QCoreApplication.translate("TorApprovalDialog", u"The board, cabinet or committee of the partner that approved the terms of reference.", None))
#endif // QT_CONFIG(accessibility)
        self.approvingBodyEdit.setPlaceholderText(QCoreApplication.translate("TorApprovalDialog", u"for example, Blackpool Council Executive", None))
        self.approvedOnLabel.setText(QCoreApplication.translate("TorApprovalDialog", u"&Date approved:", None))
#if QT_CONFIG(accessibility)
        self.approvedOnEdit.setAccessibleName(QCoreApplication.translate("TorApprovalDialog", u"Date approved", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.approvedOnEdit.setAccessibleDescription(QCoreApplication.translate("TorApprovalDialog", u"The date of the meeting at which the partner approved this version, as day, month and year.", None))
#endif // QT_CONFIG(accessibility)
        self.approvedOnEdit.setDisplayFormat(QCoreApplication.translate("TorApprovalDialog", u"dd/MM/yyyy", None))
        self.minuteReferenceLabel.setText(QCoreApplication.translate("TorApprovalDialog", u"&Minute reference:", None))
#if QT_CONFIG(accessibility)
        self.minuteReferenceEdit.setAccessibleName(QCoreApplication.translate("TorApprovalDialog", u"Minute reference", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.minuteReferenceEdit.setAccessibleDescription(QCoreApplication.translate("TorApprovalDialog", u"Where the approval is minuted, so it can be found again (optional).", None))
#endif // QT_CONFIG(accessibility)
        self.minuteReferenceEdit.setPlaceholderText(QCoreApplication.translate("TorApprovalDialog", u"for example, Minute 45/25", None))
        self.errorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("TorApprovalDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("TorApprovalDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
