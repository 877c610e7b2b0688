# generated from forms/about.ui by make forms — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(520, 260)
        self.mainLayout = QVBoxLayout(AboutDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 20, 24, 16)
        self.titleLabel = QLabel(AboutDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.descriptionLabel = QLabel(AboutDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.descriptionLabel)

        self.detailsLayout = QFormLayout()
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setHorizontalSpacing(16)
        self.detailsLayout.setVerticalSpacing(6)
        self.versionLabel = QLabel(AboutDialog)
        self.versionLabel.setObjectName(u"versionLabel")

        self.detailsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.versionLabel)

        self.versionValue = QLabel(AboutDialog)
        self.versionValue.setObjectName(u"versionValue")
        self.versionValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.versionValue)

        self.dataFolderLabel = QLabel(AboutDialog)
        self.dataFolderLabel.setObjectName(u"dataFolderLabel")

        self.detailsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dataFolderLabel)

        self.dataFolderValue = QLabel(AboutDialog)
        self.dataFolderValue.setObjectName(u"dataFolderValue")
        self.dataFolderValue.setWordWrap(True)
        self.dataFolderValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dataFolderValue)

        self.qtVersionLabel = QLabel(AboutDialog)
        self.qtVersionLabel.setObjectName(u"qtVersionLabel")

        self.detailsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.qtVersionLabel)

        self.qtVersionValue = QLabel(AboutDialog)
        self.qtVersionValue.setObjectName(u"qtVersionValue")
        self.qtVersionValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.qtVersionValue)

        self.pythonVersionLabel = QLabel(AboutDialog)
        self.pythonVersionLabel.setObjectName(u"pythonVersionLabel")

        self.detailsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pythonVersionLabel)

        self.pythonVersionValue = QLabel(AboutDialog)
        self.pythonVersionValue.setObjectName(u"pythonVersionValue")
        self.pythonVersionValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.pythonVersionValue)


        self.mainLayout.addLayout(self.detailsLayout)

        self.verticalSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.versionLabel.setBuddy(self.versionValue)
        self.dataFolderLabel.setBuddy(self.dataFolderValue)
        self.qtVersionLabel.setBuddy(self.qtVersionValue)
        self.pythonVersionLabel.setBuddy(self.pythonVersionValue)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AboutDialog)
        self.buttonBox.rejected.connect(AboutDialog.reject)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About PlaceBoard", None))
#if QT_CONFIG(accessibility)
        AboutDialog.setAccessibleName(QCoreApplication.translate("AboutDialog", u"About PlaceBoard", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("AboutDialog", u"PlaceBoard", None))
#if QT_CONFIG(accessibility)
        self.titleLabel.setAccessibleName(QCoreApplication.translate("AboutDialog", u"PlaceBoard", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionLabel.setText(QCoreApplication.translate("AboutDialog", u"Offline board records, sync and PDF packs for NHS place-based partnership boards.", None))
#if QT_CONFIG(accessibility)
        self.descriptionLabel.setAccessibleName(QCoreApplication.translate("AboutDialog", u"What PlaceBoard is for", None))
#endif // QT_CONFIG(accessibility)
        self.versionLabel.setText(QCoreApplication.translate("AboutDialog", u"Version:", None))
#if QT_CONFIG(accessibility)
        self.versionValue.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Version", None))
#endif // QT_CONFIG(accessibility)
        self.dataFolderLabel.setText(QCoreApplication.translate("AboutDialog", u"Data folder:", None))
#if QT_CONFIG(accessibility)
        self.dataFolderValue.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Data folder", None))
#endif // QT_CONFIG(accessibility)
        self.qtVersionLabel.setText(QCoreApplication.translate("AboutDialog", u"Qt version:", None))
#if QT_CONFIG(accessibility)
        self.qtVersionValue.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Qt version", None))
#endif // QT_CONFIG(accessibility)
        self.pythonVersionLabel.setText(QCoreApplication.translate("AboutDialog", u"Python version:", None))
#if QT_CONFIG(accessibility)
        self.pythonVersionValue.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Python version", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
