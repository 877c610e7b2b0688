# generated from forms/first_run.ui by make forms — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCommandLinkButton, QDialog, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(580, 380)
        FirstRunDialog.setModal(True)
        FirstRunDialog.setStyleSheet(u"QCommandLinkButton { background: #FFFFFF; color: #003087; border: 2px solid #AEB7BD; border-radius: 4px; padding: 6px 10px; }\n"
"QCommandLinkButton:hover { border-color: #005EB8; }\n"
"QCommandLinkButton:default { border-color: #005EB8; }\n"
"QCommandLinkButton:focus { background: #FFEB3B; color: #231F20; border-color: #231F20; }")
        self.mainLayout = QVBoxLayout(FirstRunDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 20, 24, 20)
        self.titleLabel = QLabel(FirstRunDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(FirstRunDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.loadDemoButton = QCommandLinkButton(FirstRunDialog)
        self.loadDemoButton.setObjectName(u"loadDemoButton")
        self.loadDemoButton.setDefault(True)

        self.mainLayout.addWidget(self.loadDemoButton)

        self.newBoardButton = QCommandLinkButton(FirstRunDialog)
        self.newBoardButton.setObjectName(u"newBoardButton")
        self.newBoardButton.setAutoDefault(False)

        self.mainLayout.addWidget(self.newBoardButton)

        self.hubButton = QCommandLinkButton(FirstRunDialog)
        self.hubButton.setObjectName(u"hubButton")
        self.hubButton.setAutoDefault(False)

        self.mainLayout.addWidget(self.hubButton)

        self.noteLabel = QLabel(FirstRunDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.noteLabel)

        self.verticalSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.startEmptyButton = QPushButton(FirstRunDialog)
        self.startEmptyButton.setObjectName(u"startEmptyButton")
        self.startEmptyButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.startEmptyButton)


        self.mainLayout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.loadDemoButton, self.newBoardButton)
        QWidget.setTabOrder(self.newBoardButton, self.hubButton)
        QWidget.setTabOrder(self.hubButton, self.startEmptyButton)

        self.retranslateUi(FirstRunDialog)
        self.startEmptyButton.clicked.connect(FirstRunDialog.reject)

        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"Welcome to PlaceBoard", None))
#if QT_CONFIG(accessibility)
        FirstRunDialog.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Welcome to PlaceBoard", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        FirstRunDialog.setAccessibleDescription(QCoreApplication.translate("FirstRunDialog", u"There are no boards here yet: choose how to start.", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Welcome to PlaceBoard", None))
#if QT_CONFIG(accessibility)
        self.titleLabel.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Welcome to PlaceBoard", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("FirstRunDialog", u"There are no boards here yet. How would you like to start?", None))
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"There are no boards here yet", None))
#endif // QT_CONFIG(accessibility)
        self.loadDemoButton.setText(QCoreApplication.translate("FirstRunDialog", u"&Explore the demo boards", None))
        self.loadDemoButton.setDescription(QCoreApplication.translate("FirstRunDialog", u"The four places of Lancashire and South Cumbria, with members, meetings, metrics and risks, to try PlaceBoard out.", None))
#if QT_CONFIG(accessibility)
        self.loadDemoButton.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Explore the demo boards", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.loadDemoButton.setAccessibleDescription(QCoreApplication.translate("FirstRunDialog", u"Load the four demonstration boards of Lancashire and South Cumbria. It takes a few seconds and can be cancelled.", None))
#endif // QT_CONFIG(accessibility)
        self.newBoardButton.setText(QCoreApplication.translate("FirstRunDialog", u"Start a &new board", None))
        self.newBoardButton.setDescription(QCoreApplication.translate("FirstRunDialog", u"Set up your board step by step: the place, its partners, members and terms of reference.", None))
#if QT_CONFIG(accessibility)
        self.newBoardButton.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Start a new board", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newBoardButton.setAccessibleDescription(QCoreApplication.translate("FirstRunDialog", u"Open the new-board wizard: the place, its partner organisations, the members and a first draft of the terms of reference.", None))
#endif // QT_CONFIG(accessibility)
        self.hubButton.setText(QCoreApplication.translate("FirstRunDialog", u"&Connect to the ICB hub", None))
        self.hubButton.setDescription(QCoreApplication.translate("FirstRunDialog", u"Use the connection the ICB gave you; your board's records then arrive from the hub.", None))
#if QT_CONFIG(accessibility)
        self.hubButton.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Connect to the ICB hub", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.hubButton.setAccessibleDescription(QCoreApplication.translate("FirstRunDialog", u"Type the hub's connection and password, then sync: the records of the places the ICB has granted arrive from the hub.", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Nothing leaves this computer unless you connect to the hub.", None))
#if QT_CONFIG(accessibility)
        self.noteLabel.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Note", None))
#endif // QT_CONFIG(accessibility)
        self.startEmptyButton.setText(QCoreApplication.translate("FirstRunDialog", u"&Start empty", None))
#if QT_CONFIG(accessibility)
        self.startEmptyButton.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Start empty", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.startEmptyButton.setAccessibleDescription(QCoreApplication.translate("FirstRunDialog", u"Close this and open PlaceBoard with no boards; File, New board starts one later.", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
