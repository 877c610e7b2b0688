# generated from forms/declaration.ui by make forms — do not edit

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

class Ui_DeclarationDialog(object):
    def setupUi(self, DeclarationDialog):
        if not DeclarationDialog.objectName():
            DeclarationDialog.setObjectName(u"DeclarationDialog")
        DeclarationDialog.resize(600, 440)
        DeclarationDialog.setModal(True)
        self.mainLayout = QVBoxLayout(DeclarationDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.personLabel = QLabel(DeclarationDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personCombo = QComboBox(DeclarationDialog)
        self.personCombo.setObjectName(u"personCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personCombo)

        self.nilCheck = QCheckBox(DeclarationDialog)
        self.nilCheck.setObjectName(u"nilCheck")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nilCheck)

        self.typeLabel = QLabel(DeclarationDialog)
        self.typeLabel.setObjectName(u"typeLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(DeclarationDialog)
        self.typeCombo.setObjectName(u"typeCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.descriptionLabel = QLabel(DeclarationDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(DeclarationDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMaximumSize(QSize(16777215, 120))
        self.descriptionEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.topicsLabel = QLabel(DeclarationDialog)
        self.topicsLabel.setObjectName(u"topicsLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.topicsLabel)

        self.topicsEdit = QLineEdit(DeclarationDialog)
        self.topicsEdit.setObjectName(u"topicsEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.topicsEdit)

        self.privateCheck = QCheckBox(DeclarationDialog)
        self.privateCheck.setObjectName(u"privateCheck")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.privateCheck)

        self.declaredLabel = QLabel(DeclarationDialog)
        self.declaredLabel.setObjectName(u"declaredLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.declaredLabel)

        self.declaredLayout = QHBoxLayout()
        self.declaredLayout.setObjectName(u"declaredLayout")
        self.declaredDate = QDateEdit(DeclarationDialog)
        self.declaredDate.setObjectName(u"declaredDate")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.declaredDate.sizePolicy().hasHeightForWidth())
        self.declaredDate.setSizePolicy(sizePolicy)
        self.declaredDate.setCalendarPopup(True)

        self.declaredLayout.addWidget(self.declaredDate)

        self.declaredSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.declaredLayout.addItem(self.declaredSpacer)


        self.formLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.declaredLayout)

        self.reviewedLabel = QLabel(DeclarationDialog)
        self.reviewedLabel.setObjectName(u"reviewedLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.reviewedLabel)

        self.reviewedLayout = QHBoxLayout()
        self.reviewedLayout.setSpacing(8)
        self.reviewedLayout.setObjectName(u"reviewedLayout")
        self.reviewedCheck = QCheckBox(DeclarationDialog)
        self.reviewedCheck.setObjectName(u"reviewedCheck")

        self.reviewedLayout.addWidget(self.reviewedCheck)

        self.reviewedDate = QDateEdit(DeclarationDialog)
        self.reviewedDate.setObjectName(u"reviewedDate")
        sizePolicy.setHeightForWidth(self.reviewedDate.sizePolicy().hasHeightForWidth())
        self.reviewedDate.setSizePolicy(sizePolicy)
        self.reviewedDate.setEnabled(False)
        self.reviewedDate.setCalendarPopup(True)

        self.reviewedLayout.addWidget(self.reviewedDate)

        self.reviewedSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reviewedLayout.addItem(self.reviewedSpacer)


        self.formLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.reviewedLayout)


        self.mainLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.errorLabel = QLabel(DeclarationDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel#errorLabel { color: #8A1538; background: #FDECEA; border-left: 4px solid #DA291C; padding: 6px 8px; font-weight: bold; }")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DeclarationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.personCombo)
        self.typeLabel.setBuddy(self.typeCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.topicsLabel.setBuddy(self.topicsEdit)
        self.declaredLabel.setBuddy(self.declaredDate)
        self.reviewedLabel.setBuddy(self.reviewedCheck)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.personCombo, self.nilCheck)
        QWidget.setTabOrder(self.nilCheck, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.topicsEdit)
        QWidget.setTabOrder(self.topicsEdit, self.privateCheck)
        QWidget.setTabOrder(self.privateCheck, self.declaredDate)
        QWidget.setTabOrder(self.declaredDate, self.reviewedCheck)
        QWidget.setTabOrder(self.reviewedCheck, self.reviewedDate)

        self.retranslateUi(DeclarationDialog)
        self.buttonBox.accepted.connect(DeclarationDialog.accept)
        self.buttonBox.rejected.connect(DeclarationDialog.reject)
        self.reviewedCheck.toggled.connect(self.reviewedDate.setEnabled)

        QMetaObject.connectSlotsByName(DeclarationDialog)
    # setupUi

    def retranslateUi(self, DeclarationDialog):
        DeclarationDialog.setWindowTitle(QCoreApplication.translate("DeclarationDialog", u"Add declaration of interest", None))
#if QT_CONFIG(accessibility)
        DeclarationDialog.setAccessibleName(QCoreApplication.translate("DeclarationDialog", u"Declaration of interest", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        DeclarationDialog.setAccessibleDescription(QCoreApplication.translate("DeclarationDialog", u"An entry in the board's register of interests, or a nil declaration.", None))
#endif // QT_CONFIG(accessibility)
        self.personLabel.setText(QCoreApplication.translate("DeclarationDialog", u"&Person:", None))
#if QT_CONFIG(accessibility)
        self.personCombo.setAccessibleName(QCoreApplication.translate("DeclarationDialog", u"Person", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.personCombo.setAccessibleDescription(QCoreApplication.translate("DeclarationDialog", u"Who is making the declaration: a member or deputy in the board's records.", None))
#endif // QT_CONFIG(accessibility)
        self.nilCheck.setText(QCoreApplication.translate("DeclarationDialog", u"&Nil declaration: nothing to declare", None))
#if QT_CONFIG(accessibility)
        self.nilCheck.setAccessibleName(QCoreApplication.translate("DeclarationDialog", u"Nil declaration", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nilCheck.setAccessibleDescription(QCoreApplication.translate("DeclarationDialog", u"Tick when the person has no interests to declare; the type and description are then not needed.", None))
#endif // QT_CONFIG(accessibility)
        self.typeLabel.setText(QCoreApplication.translate("DeclarationDialog", u"&Type of interest:", None))
#if QT_CONFIG(accessibility)
        self.typeCombo.setAccessibleName(QCoreApplication.translate("DeclarationDialog", u"Type of interest", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.typeCombo.setAccessibleDescription(QCoreApplication.translate("DeclarationDialog", u"Financial, non-financial professional, non-financial personal or indirect.", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionLabel.setText(QCoreApplication.translate("DeclarationDialog", u"&Description:", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("DeclarationDialog", u"Description", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleDescription(QCoreApplication.translate("DeclarationDialog", u"The interest as the register prints it.", None))
#endif // QT_CONFIG(accessibility)
        self.topicsLabel.setText(QCoreApplication.translate("DeclarationDialog", u"T&opics:", None))
        self.topicsEdit.setPlaceholderText(QCoreApplication.translate("DeclarationDialog", u"For example: primary care, housing", None))
#if QT_CONFIG(accessibility)
        self.topicsEdit.setAccessibleName(QCoreApplication.translate("DeclarationDialog", u"Topics", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.topicsEdit.setAccessibleDescription(QCoreApplication.translate("DeclarationDialog", u"Keywords, separated by commas, matched against agenda items to warn of a conflict of interest.", None))
#endif // QT_CONFIG(accessibility)
        self.privateCheck.setText(QCoreApplication.translate("DeclarationDialog", u"Pri&vate: leave out of the public register", None))
#if QT_CONFIG(accessibility)
        self.privateCheck.setAccessibleName(QCoreApplication.translate("DeclarationDialog", u"Private", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.privateCheck.setAccessibleDescription(QCoreApplication.translate("DeclarationDialog", u"Tick to keep this declaration out of public packs; it stays in the full register.", None))
#endif // QT_CONFIG(accessibility)
        self.declaredLabel.setText(QCoreApplication.translate("DeclarationDialog", u"De&clared on:", None))
        self.declaredDate.setDisplayFormat(QCoreApplication.translate("DeclarationDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.declaredDate.setAccessibleName(QCoreApplication.translate("DeclarationDialog", u"Declared on", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.declaredDate.setAccessibleDescription(QCoreApplication.translate("DeclarationDialog", u"The day the declaration was made, as day/month/year.", None))
#endif // QT_CONFIG(accessibility)
        self.reviewedLabel.setText(QCoreApplication.translate("DeclarationDialog", u"Review:", None))
        self.reviewedCheck.setText(QCoreApplication.translate("DeclarationDialog", u"&Reviewed on:", None))
#if QT_CONFIG(accessibility)
        self.reviewedCheck.setAccessibleName(QCoreApplication.translate("DeclarationDialog", u"Reviewed", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reviewedCheck.setAccessibleDescription(QCoreApplication.translate("DeclarationDialog", u"Tick when the declaration has been reviewed, then give the day. A declaration not reviewed for a year is overdue.", None))
#endif // QT_CONFIG(accessibility)
        self.reviewedDate.setDisplayFormat(QCoreApplication.translate("DeclarationDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.reviewedDate.setAccessibleName(QCoreApplication.translate("DeclarationDialog", u"Reviewed on", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reviewedDate.setAccessibleDescription(QCoreApplication.translate("DeclarationDialog", u"The day the declaration was last reviewed, as day/month/year.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("DeclarationDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleDescription(QCoreApplication.translate("DeclarationDialog", u"Why the declaration could not be saved, and what to do.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("DeclarationDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
