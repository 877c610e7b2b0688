# generated from forms/hub_settings.ui by make forms — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_HubSettingsDialog(object):
    def setupUi(self, HubSettingsDialog):
        if not HubSettingsDialog.objectName():
            HubSettingsDialog.setObjectName(u"HubSettingsDialog")
        HubSettingsDialog.resize(600, 300)
        HubSettingsDialog.setModal(True)
        self.mainLayout = QVBoxLayout(HubSettingsDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.introLabel = QLabel(HubSettingsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.nameLabel = QLabel(HubSettingsDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(HubSettingsDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.dsnLabel = QLabel(HubSettingsDialog)
        self.dsnLabel.setObjectName(u"dsnLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dsnLabel)

        self.dsnEdit = QLineEdit(HubSettingsDialog)
        self.dsnEdit.setObjectName(u"dsnEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dsnEdit)

        self.passwordLabel = QLabel(HubSettingsDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(HubSettingsDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(HubSettingsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel#errorLabel { color: #8A1538; background: #FDECEA; border-left: 4px solid #DA291C; padding: 6px 8px; font-weight: bold; }")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(HubSettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.dsnLabel.setBuddy(self.dsnEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.dsnEdit)
        QWidget.setTabOrder(self.dsnEdit, self.passwordEdit)

        self.retranslateUi(HubSettingsDialog)
        self.buttonBox.accepted.connect(HubSettingsDialog.accept)
        self.buttonBox.rejected.connect(HubSettingsDialog.reject)

        QMetaObject.connectSlotsByName(HubSettingsDialog)
    # setupUi

    def retranslateUi(self, HubSettingsDialog):
        HubSettingsDialog.setWindowTitle(QCoreApplication.translate("HubSettingsDialog", u"ICB hub settings", None))
#if QT_CONFIG(accessibility)
        HubSettingsDialog.setAccessibleName(QCoreApplication.translate("HubSettingsDialog", u"ICB hub settings", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        HubSettingsDialog.setAccessibleDescription(QCoreApplication.translate("HubSettingsDialog", u"Connect this laptop to the ICB's sync hub.", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("HubSettingsDialog", u"The ICB's place team gives each laptop a connection to the hub and a role with its places. PlaceBoard tries the connection before keeping anything.", None))
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("HubSettingsDialog", u"About the hub", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("HubSettingsDialog", u"Hub &name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("HubSettingsDialog", u"Lancashire and South Cumbria ICB", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("HubSettingsDialog", u"Hub name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleDescription(QCoreApplication.translate("HubSettingsDialog", u"What people call the hub, such as the ICB's name.", None))
#endif // QT_CONFIG(accessibility)
        self.dsnLabel.setText(QCoreApplication.translate("HubSettingsDialog", u"&Connection:", None))
        self.dsnEdit.setPlaceholderText(QCoreApplication.translate("HubSettingsDialog", u"host=hub.icb.nhs.uk dbname=placeboard_hub user=blackpool1", None))
#if QT_CONFIG(accessibility)
        self.dsnEdit.setAccessibleName(QCoreApplication.translate("HubSettingsDialog", u"Connection", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dsnEdit.setAccessibleDescription(QCoreApplication.translate("HubSettingsDialog", u"The hub's PostgreSQL connection string from the ICB: host, database and this laptop's role, without the password.", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("HubSettingsDialog", u"&Password:", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("HubSettingsDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleDescription(QCoreApplication.translate("HubSettingsDialog", u"The role's password. It is kept in the operating system's keyring, never in a file.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("HubSettingsDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleDescription(QCoreApplication.translate("HubSettingsDialog", u"Why the hub could not be reached or the settings kept, and what to do.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("HubSettingsDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
