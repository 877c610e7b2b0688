# generated from forms/membership.ui by make forms — do not edit

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

class Ui_MembershipDialog(object):
    def setupUi(self, MembershipDialog):
        if not MembershipDialog.objectName():
            MembershipDialog.setObjectName(u"MembershipDialog")
        MembershipDialog.resize(560, 420)
        MembershipDialog.setModal(True)
        self.mainLayout = QVBoxLayout(MembershipDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.personLabel = QLabel(MembershipDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personCombo = QComboBox(MembershipDialog)
        self.personCombo.setObjectName(u"personCombo")
        self.personCombo.setEditable(True)
        self.personCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personCombo)

        self.personHint = QLabel(MembershipDialog)
        self.personHint.setObjectName(u"personHint")
        self.personHint.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.personHint)

        self.jobTitleLabel = QLabel(MembershipDialog)
        self.jobTitleLabel.setObjectName(u"jobTitleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.jobTitleLabel)

        self.jobTitleEdit = QLineEdit(MembershipDialog)
        self.jobTitleEdit.setObjectName(u"jobTitleEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.jobTitleEdit)

        self.organisationLabel = QLabel(MembershipDialog)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationCombo = QComboBox(MembershipDialog)
        self.organisationCombo.setObjectName(u"organisationCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.organisationCombo)

        self.roleLabel = QLabel(MembershipDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(MembershipDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.votingCheck = QCheckBox(MembershipDialog)
        self.votingCheck.setObjectName(u"votingCheck")
        self.votingCheck.setChecked(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.votingCheck)

        self.fromLabel = QLabel(MembershipDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromDate = QDateEdit(MembershipDialog)
        self.fromDate.setObjectName(u"fromDate")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.fromDate.sizePolicy().hasHeightForWidth())
        self.fromDate.setSizePolicy(sizePolicy)
        self.fromDate.setCalendarPopup(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.fromDate)

        self.toLabel = QLabel(MembershipDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toLayout = QHBoxLayout()
        self.toLayout.setSpacing(8)
        self.toLayout.setObjectName(u"toLayout")
        self.endedCheck = QCheckBox(MembershipDialog)
        self.endedCheck.setObjectName(u"endedCheck")

        self.toLayout.addWidget(self.endedCheck)

        self.toDate = QDateEdit(MembershipDialog)
        self.toDate.setObjectName(u"toDate")
        sizePolicy.setHeightForWidth(self.toDate.sizePolicy().hasHeightForWidth())
        self.toDate.setSizePolicy(sizePolicy)
        self.toDate.setEnabled(False)
        self.toDate.setCalendarPopup(True)

        self.toLayout.addWidget(self.toDate)

        self.toSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toLayout.addItem(self.toSpacer)


        self.formLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.toLayout)

        self.notesLabel = QLabel(MembershipDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(MembershipDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 96))
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.errorLabel = QLabel(MembershipDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel#errorLabel { color: #8A1538; background: #FDECEA; border-left: 4px solid #DA291C; padding: 6px 8px; font-weight: bold; }")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(MembershipDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.personCombo)
        self.jobTitleLabel.setBuddy(self.jobTitleEdit)
        self.organisationLabel.setBuddy(self.organisationCombo)
        self.roleLabel.setBuddy(self.roleCombo)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.endedCheck)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.personCombo, self.jobTitleEdit)
        QWidget.setTabOrder(self.jobTitleEdit, self.organisationCombo)
        QWidget.setTabOrder(self.organisationCombo, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.votingCheck)
        QWidget.setTabOrder(self.votingCheck, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.endedCheck)
        QWidget.setTabOrder(self.endedCheck, self.toDate)
        QWidget.setTabOrder(self.toDate, self.notesEdit)

        self.retranslateUi(MembershipDialog)
        self.buttonBox.accepted.connect(MembershipDialog.accept)
        self.buttonBox.rejected.connect(MembershipDialog.reject)
        self.endedCheck.toggled.connect(self.toDate.setEnabled)

        QMetaObject.connectSlotsByName(MembershipDialog)
    # setupUi

    def retranslateUi(self, MembershipDialog):
        MembershipDialog.setWindowTitle(QCoreApplication.translate("MembershipDialog", u"Add member", None))
#if QT_CONFIG(accessibility)
        MembershipDialog.setAccessibleName(QCoreApplication.translate("MembershipDialog", u"Membership", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        MembershipDialog.setAccessibleDescription(QCoreApplication.translate("MembershipDialog", u"Who sits on the board, for which partner organisation, in which role and from when.", None))
#endif // QT_CONFIG(accessibility)
        self.personLabel.setText(QCoreApplication.translate("MembershipDialog", u"&Person:", None))
#if QT_CONFIG(accessibility)
        self.personCombo.setAccessibleName(QCoreApplication.translate("MembershipDialog", u"Person", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.personCombo.setAccessibleDescription(QCoreApplication.translate("MembershipDialog", u"Choose someone already in the board's records, or type a new person's name.", None))
#endif // QT_CONFIG(accessibility)
        self.personHint.setText(QCoreApplication.translate("MembershipDialog", u"Choose someone already in the board's records, or type a new person's name.", None))
#if QT_CONFIG(accessibility)
        self.personHint.setAccessibleName(QCoreApplication.translate("MembershipDialog", u"About the person", None))
#endif // QT_CONFIG(accessibility)
        self.jobTitleLabel.setText(QCoreApplication.translate("MembershipDialog", u"&Job title:", None))
#if QT_CONFIG(accessibility)
        self.jobTitleEdit.setAccessibleName(QCoreApplication.translate("MembershipDialog", u"Job title", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.jobTitleEdit.setAccessibleDescription(QCoreApplication.translate("MembershipDialog", u"The person's job title, as agendas and minutes print it.", None))
#endif // QT_CONFIG(accessibility)
        self.organisationLabel.setText(QCoreApplication.translate("MembershipDialog", u"&Organisation:", None))
#if QT_CONFIG(accessibility)
        self.organisationCombo.setAccessibleName(QCoreApplication.translate("MembershipDialog", u"Organisation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.organisationCombo.setAccessibleDescription(QCoreApplication.translate("MembershipDialog", u"The partner organisation the person sits for. Only the board's partners are listed.", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("MembershipDialog", u"&Role:", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("MembershipDialog", u"Role", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleDescription(QCoreApplication.translate("MembershipDialog", u"The person's role on the board: chair, vice chair, member, observer and so on.", None))
#endif // QT_CONFIG(accessibility)
        self.votingCheck.setText(QCoreApplication.translate("MembershipDialog", u"Has a &vote", None))
#if QT_CONFIG(accessibility)
        self.votingCheck.setAccessibleName(QCoreApplication.translate("MembershipDialog", u"Has a vote", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.votingCheck.setAccessibleDescription(QCoreApplication.translate("MembershipDialog", u"Voting members count towards quorum and vote on the board's decisions.", None))
#endif // QT_CONFIG(accessibility)
        self.fromLabel.setText(QCoreApplication.translate("MembershipDialog", u"&From:", None))
        self.fromDate.setDisplayFormat(QCoreApplication.translate("MembershipDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("MembershipDialog", u"From", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleDescription(QCoreApplication.translate("MembershipDialog", u"The first day of the membership, as day/month/year.", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("MembershipDialog", u"To:", None))
        self.endedCheck.setText(QCoreApplication.translate("MembershipDialog", u"Has an &end date:", None))
#if QT_CONFIG(accessibility)
        self.endedCheck.setAccessibleName(QCoreApplication.translate("MembershipDialog", u"Has an end date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.endedCheck.setAccessibleDescription(QCoreApplication.translate("MembershipDialog", u"Tick when the membership has ended or will end on a known day, then give the day.", None))
#endif // QT_CONFIG(accessibility)
        self.toDate.setDisplayFormat(QCoreApplication.translate("MembershipDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("MembershipDialog", u"To", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleDescription(QCoreApplication.translate("MembershipDialog", u"The last day of the membership, as day/month/year.", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("MembershipDialog", u"&Notes:", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("MembershipDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleDescription(QCoreApplication.translate("MembershipDialog", u"Anything the secretariat should know about this membership.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("MembershipDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleDescription(QCoreApplication.translate("MembershipDialog", u"Why the membership could not be saved, and what to do.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("MembershipDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
