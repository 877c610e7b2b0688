# generated from forms/item_declaration.ui by make forms — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ItemDeclarationDialog(object):
    def setupUi(self, ItemDeclarationDialog):
        if not ItemDeclarationDialog.objectName():
            ItemDeclarationDialog.setObjectName(u"ItemDeclarationDialog")
        ItemDeclarationDialog.resize(600, 300)
        ItemDeclarationDialog.setModal(True)
        self.mainLayout = QVBoxLayout(ItemDeclarationDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.itemLabel = QLabel(ItemDeclarationDialog)
        self.itemLabel.setObjectName(u"itemLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.itemLabel)

        self.itemCombo = QComboBox(ItemDeclarationDialog)
        self.itemCombo.setObjectName(u"itemCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.itemCombo)

        self.personLabel = QLabel(ItemDeclarationDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personCombo = QComboBox(ItemDeclarationDialog)
        self.personCombo.setObjectName(u"personCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.personCombo)

        self.registerLabel = QLabel(ItemDeclarationDialog)
        self.registerLabel.setObjectName(u"registerLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.registerLabel)

        self.registerCombo = QComboBox(ItemDeclarationDialog)
        self.registerCombo.setObjectName(u"registerCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.registerCombo)

        self.noteLabel = QLabel(ItemDeclarationDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(ItemDeclarationDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.withdrewCheck = QCheckBox(ItemDeclarationDialog)
        self.withdrewCheck.setObjectName(u"withdrewCheck")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.withdrewCheck)


        self.mainLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.errorLabel = QLabel(ItemDeclarationDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel#errorLabel { color: #8A1538; background: #FDECEA; border-left: 4px solid #DA291C; padding: 6px 8px; font-weight: bold; }")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ItemDeclarationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.itemLabel.setBuddy(self.itemCombo)
        self.personLabel.setBuddy(self.personCombo)
        self.registerLabel.setBuddy(self.registerCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.itemCombo, self.personCombo)
        QWidget.setTabOrder(self.personCombo, self.registerCombo)
        QWidget.setTabOrder(self.registerCombo, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.withdrewCheck)

        self.retranslateUi(ItemDeclarationDialog)
        self.buttonBox.accepted.connect(ItemDeclarationDialog.accept)
        self.buttonBox.rejected.connect(ItemDeclarationDialog.reject)

        QMetaObject.connectSlotsByName(ItemDeclarationDialog)
    # setupUi

    def retranslateUi(self, ItemDeclarationDialog):
        ItemDeclarationDialog.setWindowTitle(QCoreApplication.translate("ItemDeclarationDialog", u"Record a declaration at an item", None))
#if QT_CONFIG(accessibility)
        ItemDeclarationDialog.setAccessibleName(QCoreApplication.translate("ItemDeclarationDialog", u"Record a declaration at an item", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        ItemDeclarationDialog.setAccessibleDescription(QCoreApplication.translate("ItemDeclarationDialog", u"Record an interest declared at an agenda item, and whether the person withdrew from it.", None))
#endif // QT_CONFIG(accessibility)
        self.itemLabel.setText(QCoreApplication.translate("ItemDeclarationDialog", u"&Item:", None))
#if QT_CONFIG(accessibility)
        self.itemCombo.setAccessibleName(QCoreApplication.translate("ItemDeclarationDialog", u"Agenda item", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.itemCombo.setAccessibleDescription(QCoreApplication.translate("ItemDeclarationDialog", u"The agenda item the interest was declared at.", None))
#endif // QT_CONFIG(accessibility)
        self.personLabel.setText(QCoreApplication.translate("ItemDeclarationDialog", u"&Member:", None))
#if QT_CONFIG(accessibility)
        self.personCombo.setAccessibleName(QCoreApplication.translate("ItemDeclarationDialog", u"Member declaring", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.personCombo.setAccessibleDescription(QCoreApplication.translate("ItemDeclarationDialog", u"The member, deputy or other attendee who declared the interest.", None))
#endif // QT_CONFIG(accessibility)
        self.registerLabel.setText(QCoreApplication.translate("ItemDeclarationDialog", u"&Register entry:", None))
#if QT_CONFIG(accessibility)
        self.registerCombo.setAccessibleName(QCoreApplication.translate("ItemDeclarationDialog", u"Register entry", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.registerCombo.setAccessibleDescription(QCoreApplication.translate("ItemDeclarationDialog", u"The entry in the register of interests this declaration is about, if any.", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("ItemDeclarationDialog", u"I&nterest:", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("ItemDeclarationDialog", u"Interest", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleDescription(QCoreApplication.translate("ItemDeclarationDialog", u"The interest as declared at the meeting, as the minutes record it.", None))
#endif // QT_CONFIG(accessibility)
        self.withdrewCheck.setText(QCoreApplication.translate("ItemDeclarationDialog", u"&Withdrew from the item", None))
#if QT_CONFIG(accessibility)
        self.withdrewCheck.setAccessibleName(QCoreApplication.translate("ItemDeclarationDialog", u"Withdrew from the item", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.withdrewCheck.setAccessibleDescription(QCoreApplication.translate("ItemDeclarationDialog", u"Ticked when the person left the room for the item; the item's quorum then leaves them out.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("ItemDeclarationDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleDescription(QCoreApplication.translate("ItemDeclarationDialog", u"Why it could not be saved, and what to do.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("ItemDeclarationDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
