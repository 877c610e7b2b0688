# generated from forms/deputy.ui by make forms — do not edit

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

class Ui_DeputyDialog(object):
    def setupUi(self, DeputyDialog):
        if not DeputyDialog.objectName():
            DeputyDialog.setObjectName(u"DeputyDialog")
        DeputyDialog.resize(520, 250)
        DeputyDialog.setModal(True)
        self.mainLayout = QVBoxLayout(DeputyDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.memberLabel = QLabel(DeputyDialog)
        self.memberLabel.setObjectName(u"memberLabel")
        self.memberLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.memberLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.personLabel = QLabel(DeputyDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personCombo = QComboBox(DeputyDialog)
        self.personCombo.setObjectName(u"personCombo")
        self.personCombo.setEditable(True)
        self.personCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personCombo)

        self.personHint = QLabel(DeputyDialog)
        self.personHint.setObjectName(u"personHint")
        self.personHint.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.personHint)

        self.jobTitleLabel = QLabel(DeputyDialog)
        self.jobTitleLabel.setObjectName(u"jobTitleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.jobTitleLabel)

        self.jobTitleEdit = QLineEdit(DeputyDialog)
        self.jobTitleEdit.setObjectName(u"jobTitleEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.jobTitleEdit)

        self.fromLabel = QLabel(DeputyDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromDate = QDateEdit(DeputyDialog)
        self.fromDate.setObjectName(u"fromDate")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.fromDate.sizePolicy().hasHeightForWidth())
        self.fromDate.setSizePolicy(sizePolicy)
        self.fromDate.setCalendarPopup(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fromDate)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(DeputyDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel#errorLabel { color: #8A1538; background: #FDECEA; border-left: 4px solid #DA291C; padding: 6px 8px; font-weight: bold; }")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(DeputyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.personCombo)
        self.jobTitleLabel.setBuddy(self.jobTitleEdit)
        self.fromLabel.setBuddy(self.fromDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.personCombo, self.jobTitleEdit)
        QWidget.setTabOrder(self.jobTitleEdit, self.fromDate)

        self.retranslateUi(DeputyDialog)
        self.buttonBox.accepted.connect(DeputyDialog.accept)
        self.buttonBox.rejected.connect(DeputyDialog.reject)

        QMetaObject.connectSlotsByName(DeputyDialog)
    # setupUi

    def retranslateUi(self, DeputyDialog):
        DeputyDialog.setWindowTitle(QCoreApplication.translate("DeputyDialog", u"Name deputy", None))
#if QT_CONFIG(accessibility)
        DeputyDialog.setAccessibleName(QCoreApplication.translate("DeputyDialog", u"Name deputy", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        DeputyDialog.setAccessibleDescription(QCoreApplication.translate("DeputyDialog", u"Name a deputy who may attend the board in a member's place.", None))
#endif // QT_CONFIG(accessibility)
        self.memberLabel.setText(QCoreApplication.translate("DeputyDialog", u"Deputy for the member.", None))
#if QT_CONFIG(accessibility)
        self.memberLabel.setAccessibleName(QCoreApplication.translate("DeputyDialog", u"Deputy for", None))
#endif // QT_CONFIG(accessibility)
        self.personLabel.setText(QCoreApplication.translate("DeputyDialog", u"&Deputy:", None))
#if QT_CONFIG(accessibility)
        self.personCombo.setAccessibleName(QCoreApplication.translate("DeputyDialog", u"Deputy", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.personCombo.setAccessibleDescription(QCoreApplication.translate("DeputyDialog", u"Choose someone already in the board's records, or type a new person's name.", None))
#endif // QT_CONFIG(accessibility)
        self.personHint.setText(QCoreApplication.translate("DeputyDialog", u"Choose someone already in the board's records, or type a new person's name.", None))
#if QT_CONFIG(accessibility)
        self.personHint.setAccessibleName(QCoreApplication.translate("DeputyDialog", u"About the deputy", None))
#endif // QT_CONFIG(accessibility)
        self.jobTitleLabel.setText(QCoreApplication.translate("DeputyDialog", u"&Job title:", None))
#if QT_CONFIG(accessibility)
        self.jobTitleEdit.setAccessibleName(QCoreApplication.translate("DeputyDialog", u"Job title", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.jobTitleEdit.setAccessibleDescription(QCoreApplication.translate("DeputyDialog", u"A new deputy's job title. For someone already recorded, their job title is kept.", None))
#endif // QT_CONFIG(accessibility)
        self.fromLabel.setText(QCoreApplication.translate("DeputyDialog", u"&From:", None))
        self.fromDate.setDisplayFormat(QCoreApplication.translate("DeputyDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("DeputyDialog", u"From", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleDescription(QCoreApplication.translate("DeputyDialog", u"The first day the deputy may attend in the member's place, as day/month/year.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("DeputyDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleDescription(QCoreApplication.translate("DeputyDialog", u"Why the deputy could not be named, and what to do.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("DeputyDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
