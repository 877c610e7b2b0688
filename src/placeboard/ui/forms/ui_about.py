# generated from forms/about.ui by make forms — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        self.mainLayout = QVBoxLayout(AboutDialog)
        self.mainLayout.setSpacing(10)
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
        self.detailsLayout.setVerticalSpacing(4)
        self.versionLabel = QLabel(AboutDialog)
        self.versionLabel.setObjectName(u"versionLabel")

        self.detailsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.versionLabel)

        self.versionValue = QLabel(AboutDialog)
        self.versionValue.setObjectName(u"versionValue")
        self.versionValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.versionValue)


        self.mainLayout.addLayout(self.detailsLayout)

        self.versionsBox = QGroupBox(AboutDialog)
        self.versionsBox.setObjectName(u"versionsBox")
        self.versionsLayout = QFormLayout(self.versionsBox)
        self.versionsLayout.setObjectName(u"versionsLayout")
        self.versionsLayout.setHorizontalSpacing(16)
        self.versionsLayout.setVerticalSpacing(4)
        self.systemVersionLabel = QLabel(self.versionsBox)
        self.systemVersionLabel.setObjectName(u"systemVersionLabel")

        self.versionsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.systemVersionLabel)

        self.systemVersionValue = QLabel(self.versionsBox)
        self.systemVersionValue.setObjectName(u"systemVersionValue")
        self.systemVersionValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.versionsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.systemVersionValue)

        self.pythonVersionLabel = QLabel(self.versionsBox)
        self.pythonVersionLabel.setObjectName(u"pythonVersionLabel")

        self.versionsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pythonVersionLabel)

        self.pythonVersionValue = QLabel(self.versionsBox)
        self.pythonVersionValue.setObjectName(u"pythonVersionValue")
        self.pythonVersionValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.versionsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pythonVersionValue)

        self.qtVersionLabel = QLabel(self.versionsBox)
        self.qtVersionLabel.setObjectName(u"qtVersionLabel")

        self.versionsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.qtVersionLabel)

        self.qtVersionValue = QLabel(self.versionsBox)
        self.qtVersionValue.setObjectName(u"qtVersionValue")
        self.qtVersionValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.versionsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.qtVersionValue)

        self.pysideVersionLabel = QLabel(self.versionsBox)
        self.pysideVersionLabel.setObjectName(u"pysideVersionLabel")

        self.versionsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pysideVersionLabel)

        self.pysideVersionValue = QLabel(self.versionsBox)
        self.pysideVersionValue.setObjectName(u"pysideVersionValue")
        self.pysideVersionValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.versionsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.pysideVersionValue)

        self.sqliteVersionLabel = QLabel(self.versionsBox)
        self.sqliteVersionLabel.setObjectName(u"sqliteVersionLabel")

        self.versionsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sqliteVersionLabel)

        self.sqliteVersionValue = QLabel(self.versionsBox)
        self.sqliteVersionValue.setObjectName(u"sqliteVersionValue")
        self.sqliteVersionValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.versionsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sqliteVersionValue)

        self.sqlalchemyVersionLabel = QLabel(self.versionsBox)
        self.sqlalchemyVersionLabel.setObjectName(u"sqlalchemyVersionLabel")

        self.versionsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sqlalchemyVersionLabel)

        self.sqlalchemyVersionValue = QLabel(self.versionsBox)
        self.sqlalchemyVersionValue.setObjectName(u"sqlalchemyVersionValue")
        self.sqlalchemyVersionValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.versionsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sqlalchemyVersionValue)

        self.sqlmodelVersionLabel = QLabel(self.versionsBox)
        self.sqlmodelVersionLabel.setObjectName(u"sqlmodelVersionLabel")

        self.versionsLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.sqlmodelVersionLabel)

        self.sqlmodelVersionValue = QLabel(self.versionsBox)
        self.sqlmodelVersionValue.setObjectName(u"sqlmodelVersionValue")
        self.sqlmodelVersionValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.versionsLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.sqlmodelVersionValue)

        self.alembicVersionLabel = QLabel(self.versionsBox)
        self.alembicVersionLabel.setObjectName(u"alembicVersionLabel")

        self.versionsLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.alembicVersionLabel)

        self.alembicVersionValue = QLabel(self.versionsBox)
        self.alembicVersionValue.setObjectName(u"alembicVersionValue")
        self.alembicVersionValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.versionsLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.alembicVersionValue)

        self.reportlabVersionLabel = QLabel(self.versionsBox)
        self.reportlabVersionLabel.setObjectName(u"reportlabVersionLabel")

        self.versionsLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.reportlabVersionLabel)

        self.reportlabVersionValue = QLabel(self.versionsBox)
        self.reportlabVersionValue.setObjectName(u"reportlabVersionValue")
        self.reportlabVersionValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.versionsLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.reportlabVersionValue)

        self.pyqtgraphVersionLabel = QLabel(self.versionsBox)
        self.pyqtgraphVersionLabel.setObjectName(u"pyqtgraphVersionLabel")

        self.versionsLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.pyqtgraphVersionLabel)

        self.pyqtgraphVersionValue = QLabel(self.versionsBox)
        self.pyqtgraphVersionValue.setObjectName(u"pyqtgraphVersionValue")
        self.pyqtgraphVersionValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.versionsLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.pyqtgraphVersionValue)

        self.psycopgVersionLabel = QLabel(self.versionsBox)
        self.psycopgVersionLabel.setObjectName(u"psycopgVersionLabel")

        self.versionsLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.psycopgVersionLabel)

        self.psycopgVersionValue = QLabel(self.versionsBox)
        self.psycopgVersionValue.setObjectName(u"psycopgVersionValue")
        self.psycopgVersionValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.versionsLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.psycopgVersionValue)

        self.pypdfVersionLabel = QLabel(self.versionsBox)
        self.pypdfVersionLabel.setObjectName(u"pypdfVersionLabel")

        self.versionsLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.pypdfVersionLabel)

        self.pypdfVersionValue = QLabel(self.versionsBox)
        self.pypdfVersionValue.setObjectName(u"pypdfVersionValue")
        self.pypdfVersionValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.versionsLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.pypdfVersionValue)


        self.mainLayout.addWidget(self.versionsBox)

        self.locationsBox = QGroupBox(AboutDialog)
        self.locationsBox.setObjectName(u"locationsBox")
        self.locationsLayout = QFormLayout(self.locationsBox)
        self.locationsLayout.setObjectName(u"locationsLayout")
        self.locationsLayout.setHorizontalSpacing(16)
        self.locationsLayout.setVerticalSpacing(4)
        self.dataFolderLabel = QLabel(self.locationsBox)
        self.dataFolderLabel.setObjectName(u"dataFolderLabel")

        self.locationsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dataFolderLabel)

        self.dataFolderValue = QLabel(self.locationsBox)
        self.dataFolderValue.setObjectName(u"dataFolderValue")
        self.dataFolderValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.locationsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dataFolderValue)

        self.databaseFileLabel = QLabel(self.locationsBox)
        self.databaseFileLabel.setObjectName(u"databaseFileLabel")

        self.locationsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.databaseFileLabel)

        self.databaseFileValue = QLabel(self.locationsBox)
        self.databaseFileValue.setObjectName(u"databaseFileValue")
        self.databaseFileValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.locationsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.databaseFileValue)

        self.schemaRevisionLabel = QLabel(self.locationsBox)
        self.schemaRevisionLabel.setObjectName(u"schemaRevisionLabel")

        self.locationsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.schemaRevisionLabel)

        self.schemaRevisionValue = QLabel(self.locationsBox)
        self.schemaRevisionValue.setObjectName(u"schemaRevisionValue")
        self.schemaRevisionValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.locationsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.schemaRevisionValue)

        self.backupsFolderLabel = QLabel(self.locationsBox)
        self.backupsFolderLabel.setObjectName(u"backupsFolderLabel")

        self.locationsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.backupsFolderLabel)

        self.backupsFolderValue = QLabel(self.locationsBox)
        self.backupsFolderValue.setObjectName(u"backupsFolderValue")
        self.backupsFolderValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.locationsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.backupsFolderValue)

        self.filesFolderLabel = QLabel(self.locationsBox)
        self.filesFolderLabel.setObjectName(u"filesFolderLabel")

        self.locationsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.filesFolderLabel)

        self.filesFolderValue = QLabel(self.locationsBox)
        self.filesFolderValue.setObjectName(u"filesFolderValue")
        self.filesFolderValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.locationsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.filesFolderValue)

        self.logFolderLabel = QLabel(self.locationsBox)
        self.logFolderLabel.setObjectName(u"logFolderLabel")

        self.locationsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.logFolderLabel)

        self.logFolderValue = QLabel(self.locationsBox)
        self.logFolderValue.setObjectName(u"logFolderValue")
        self.logFolderValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.locationsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.logFolderValue)

        self.logFileLabel = QLabel(self.locationsBox)
        self.logFileLabel.setObjectName(u"logFileLabel")

        self.locationsLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.logFileLabel)

        self.logFileValue = QLabel(self.locationsBox)
        self.logFileValue.setObjectName(u"logFileValue")
        self.logFileValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.locationsLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.logFileValue)

        self.hubSettingsLabel = QLabel(self.locationsBox)
        self.hubSettingsLabel.setObjectName(u"hubSettingsLabel")

        self.locationsLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.hubSettingsLabel)

        self.hubSettingsValue = QLabel(self.locationsBox)
        self.hubSettingsValue.setObjectName(u"hubSettingsValue")
        self.hubSettingsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.locationsLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.hubSettingsValue)


        self.mainLayout.addWidget(self.locationsBox)

        self.copiedLabel = QLabel(AboutDialog)
        self.copiedLabel.setObjectName(u"copiedLabel")

        self.mainLayout.addWidget(self.copiedLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.copyButton = QPushButton(AboutDialog)
        self.copyButton.setObjectName(u"copyButton")
        self.copyButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.copyButton)

        self.openFolderButton = QPushButton(AboutDialog)
        self.openFolderButton.setObjectName(u"openFolderButton")
        self.openFolderButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.openFolderButton)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.versionLabel.setBuddy(self.versionValue)
        self.systemVersionLabel.setBuddy(self.systemVersionValue)
        self.pythonVersionLabel.setBuddy(self.pythonVersionValue)
        self.qtVersionLabel.setBuddy(self.qtVersionValue)
        self.pysideVersionLabel.setBuddy(self.pysideVersionValue)
        self.sqliteVersionLabel.setBuddy(self.sqliteVersionValue)
        self.sqlalchemyVersionLabel.setBuddy(self.sqlalchemyVersionValue)
        self.sqlmodelVersionLabel.setBuddy(self.sqlmodelVersionValue)
        self.alembicVersionLabel.setBuddy(self.alembicVersionValue)
        self.reportlabVersionLabel.setBuddy(self.reportlabVersionValue)
        self.pyqtgraphVersionLabel.setBuddy(self.pyqtgraphVersionValue)
        self.psycopgVersionLabel.setBuddy(self.psycopgVersionValue)
        self.pypdfVersionLabel.setBuddy(self.pypdfVersionValue)
        self.dataFolderLabel.setBuddy(self.dataFolderValue)
        self.databaseFileLabel.setBuddy(self.databaseFileValue)
        self.schemaRevisionLabel.setBuddy(self.schemaRevisionValue)
        self.backupsFolderLabel.setBuddy(self.backupsFolderValue)
        self.filesFolderLabel.setBuddy(self.filesFolderValue)
        self.logFolderLabel.setBuddy(self.logFolderValue)
        self.logFileLabel.setBuddy(self.logFileValue)
        self.hubSettingsLabel.setBuddy(self.hubSettingsValue)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.versionValue, self.systemVersionValue)
        QWidget.setTabOrder(self.systemVersionValue, self.pythonVersionValue)
        QWidget.setTabOrder(self.pythonVersionValue, self.qtVersionValue)
        QWidget.setTabOrder(self.qtVersionValue, self.pysideVersionValue)
        QWidget.setTabOrder(self.pysideVersionValue, self.sqliteVersionValue)
        QWidget.setTabOrder(self.sqliteVersionValue, self.sqlalchemyVersionValue)
        QWidget.setTabOrder(self.sqlalchemyVersionValue, self.sqlmodelVersionValue)
        QWidget.setTabOrder(self.sqlmodelVersionValue, self.alembicVersionValue)
        QWidget.setTabOrder(self.alembicVersionValue, self.reportlabVersionValue)
        QWidget.setTabOrder(self.reportlabVersionValue, self.pyqtgraphVersionValue)
        QWidget.setTabOrder(self.pyqtgraphVersionValue, self.psycopgVersionValue)
        QWidget.setTabOrder(self.psycopgVersionValue, self.pypdfVersionValue)
        QWidget.setTabOrder(self.pypdfVersionValue, self.dataFolderValue)
        QWidget.setTabOrder(self.dataFolderValue, self.databaseFileValue)
        QWidget.setTabOrder(self.databaseFileValue, self.schemaRevisionValue)
        QWidget.setTabOrder(self.schemaRevisionValue, self.backupsFolderValue)
        QWidget.setTabOrder(self.backupsFolderValue, self.filesFolderValue)
        QWidget.setTabOrder(self.filesFolderValue, self.logFolderValue)
        QWidget.setTabOrder(self.logFolderValue, self.logFileValue)
        QWidget.setTabOrder(self.logFileValue, self.hubSettingsValue)
        QWidget.setTabOrder(self.hubSettingsValue, self.copyButton)
        QWidget.setTabOrder(self.copyButton, self.openFolderButton)
        QWidget.setTabOrder(self.openFolderButton, self.buttonBox)

        self.retranslateUi(AboutDialog)
        self.buttonBox.rejected.connect(AboutDialog.reject)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About PlaceBoard", None))
#if QT_CONFIG(accessibility)
        AboutDialog.setAccessibleName(QCoreApplication.translate("AboutDialog", u"About PlaceBoard", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        AboutDialog.setAccessibleDescription(QCoreApplication.translate("AboutDialog", u"PlaceBoard's version, the versions of what it runs on, and where its data lives", None))
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
        self.versionsBox.setTitle(QCoreApplication.translate("AboutDialog", u"Runs on", None))
#if QT_CONFIG(accessibility)
        self.versionsBox.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Runs on", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.versionsBox.setAccessibleDescription(QCoreApplication.translate("AboutDialog", u"The versions of Python, Qt and the libraries PlaceBoard runs on", None))
#endif // QT_CONFIG(accessibility)
        self.systemVersionLabel.setText(QCoreApplication.translate("AboutDialog", u"Operating system:", None))
#if QT_CONFIG(accessibility)
        self.systemVersionValue.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Operating system", None))
#endif // QT_CONFIG(accessibility)
        self.pythonVersionLabel.setText(QCoreApplication.translate("AboutDialog", u"Python:", None))
#if QT_CONFIG(accessibility)
        self.pythonVersionValue.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Python", None))
#endif // QT_CONFIG(accessibility)
        self.qtVersionLabel.setText(QCoreApplication.translate("AboutDialog", u"Qt:", None))
#if QT_CONFIG(accessibility)
        self.qtVersionValue.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Qt", None))
#endif // QT_CONFIG(accessibility)
        self.pysideVersionLabel.setText(QCoreApplication.translate("AboutDialog", u"PySide6:", None))
#if QT_CONFIG(accessibility)
        self.pysideVersionValue.setAccessibleName(QCoreApplication.translate("AboutDialog", u"PySide6", None))
#endif // QT_CONFIG(accessibility)
        self.sqliteVersionLabel.setText(QCoreApplication.translate("AboutDialog", u"SQLite:", None))
#if QT_CONFIG(accessibility)
        self.sqliteVersionValue.setAccessibleName(QCoreApplication.translate("AboutDialog", u"SQLite", None))
#endif // QT_CONFIG(accessibility)
        self.sqlalchemyVersionLabel.setText(QCoreApplication.translate("AboutDialog", u"SQLAlchemy:", None))
#if QT_CONFIG(accessibility)
        self.sqlalchemyVersionValue.setAccessibleName(QCoreApplication.translate("AboutDialog", u"SQLAlchemy", None))
#endif // QT_CONFIG(accessibility)
        self.sqlmodelVersionLabel.setText(QCoreApplication.translate("AboutDialog", u"SQLModel:", None))
#if QT_CONFIG(accessibility)
        self.sqlmodelVersionValue.setAccessibleName(QCoreApplication.translate("AboutDialog", u"SQLModel", None))
#endif // QT_CONFIG(accessibility)
        self.alembicVersionLabel.setText(QCoreApplication.translate("AboutDialog", u"Alembic:", None))
#if QT_CONFIG(accessibility)
        self.alembicVersionValue.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Alembic", None))
#endif // QT_CONFIG(accessibility)
        self.reportlabVersionLabel.setText(QCoreApplication.translate("AboutDialog", u"reportlab:", None))
#if QT_CONFIG(accessibility)
        self.reportlabVersionValue.setAccessibleName(QCoreApplication.translate("AboutDialog", u"reportlab", None))
#endif // QT_CONFIG(accessibility)
        self.pyqtgraphVersionLabel.setText(QCoreApplication.translate("AboutDialog", u"pyqtgraph:", None))
#if QT_CONFIG(accessibility)
        self.pyqtgraphVersionValue.setAccessibleName(QCoreApplication.translate("AboutDialog", u"pyqtgraph", None))
#endif // QT_CONFIG(accessibility)
        self.psycopgVersionLabel.setText(QCoreApplication.translate("AboutDialog", u"psycopg:", None))
#if QT_CONFIG(accessibility)
        self.psycopgVersionValue.setAccessibleName(QCoreApplication.translate("AboutDialog", u"psycopg", None))
#endif // QT_CONFIG(accessibility)
        self.pypdfVersionLabel.setText(QCoreApplication.translate("AboutDialog", u"pypdf:", None))
#if QT_CONFIG(accessibility)
        self.pypdfVersionValue.setAccessibleName(QCoreApplication.translate("AboutDialog", u"pypdf", None))
#endif // QT_CONFIG(accessibility)
        self.locationsBox.setTitle(QCoreApplication.translate("AboutDialog", u"Where the data lives", None))
#if QT_CONFIG(accessibility)
        self.locationsBox.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Where the data lives", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.locationsBox.setAccessibleDescription(QCoreApplication.translate("AboutDialog", u"The folders and files PlaceBoard keeps its data, backups, logs and hub settings in", None))
#endif // QT_CONFIG(accessibility)
        self.dataFolderLabel.setText(QCoreApplication.translate("AboutDialog", u"Data folder:", None))
#if QT_CONFIG(accessibility)
        self.dataFolderValue.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Data folder", None))
#endif // QT_CONFIG(accessibility)
        self.databaseFileLabel.setText(QCoreApplication.translate("AboutDialog", u"Database file:", None))
#if QT_CONFIG(accessibility)
        self.databaseFileValue.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Database file", None))
#endif // QT_CONFIG(accessibility)
        self.schemaRevisionLabel.setText(QCoreApplication.translate("AboutDialog", u"Database schema revision:", None))
#if QT_CONFIG(accessibility)
        self.schemaRevisionValue.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Database schema revision", None))
#endif // QT_CONFIG(accessibility)
        self.backupsFolderLabel.setText(QCoreApplication.translate("AboutDialog", u"Backups folder:", None))
#if QT_CONFIG(accessibility)
        self.backupsFolderValue.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Backups folder", None))
#endif // QT_CONFIG(accessibility)
        self.filesFolderLabel.setText(QCoreApplication.translate("AboutDialog", u"Attached files folder:", None))
#if QT_CONFIG(accessibility)
        self.filesFolderValue.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Attached files folder", None))
#endif // QT_CONFIG(accessibility)
        self.logFolderLabel.setText(QCoreApplication.translate("AboutDialog", u"Log folder:", None))
#if QT_CONFIG(accessibility)
        self.logFolderValue.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Log folder", None))
#endif // QT_CONFIG(accessibility)
        self.logFileLabel.setText(QCoreApplication.translate("AboutDialog", u"Log file:", None))
#if QT_CONFIG(accessibility)
        self.logFileValue.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Log file", None))
#endif // QT_CONFIG(accessibility)
        self.hubSettingsLabel.setText(QCoreApplication.translate("AboutDialog", u"Hub settings file:", None))
#if QT_CONFIG(accessibility)
        self.hubSettingsValue.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Hub settings file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.copiedLabel.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Copy details", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.copiedLabel.setAccessibleDescription(QCoreApplication.translate("AboutDialog", u"Whether the details were copied to the clipboard", None))
#endif // QT_CONFIG(accessibility)
        self.copyButton.setText(QCoreApplication.translate("AboutDialog", u"&Copy details", None))
#if QT_CONFIG(accessibility)
        self.copyButton.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Copy details", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.copyButton.setAccessibleDescription(QCoreApplication.translate("AboutDialog", u"Put all of these details on the clipboard as plain text, for an email to support", None))
#endif // QT_CONFIG(accessibility)
        self.openFolderButton.setText(QCoreApplication.translate("AboutDialog", u"&Open data folder", None))
#if QT_CONFIG(accessibility)
        self.openFolderButton.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Open data folder", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.openFolderButton.setAccessibleDescription(QCoreApplication.translate("AboutDialog", u"Show the data folder in the file manager", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
