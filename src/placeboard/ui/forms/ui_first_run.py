# generated from forms/first_run.ui by make forms — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(520, 230)
        FirstRunDialog.setModal(True)
        self.mainLayout = QVBoxLayout(FirstRunDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 20, 24, 20)
        self.titleLabel = QLabel(FirstRunDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(FirstRunDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.noteLabel = QLabel(FirstRunDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.noteLabel)

        self.verticalSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.startEmptyButton = QPushButton(FirstRunDialog)
        self.startEmptyButton.setObjectName(u"startEmptyButton")
        self.startEmptyButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.startEmptyButton)

        self.loadDemoButton = QPushButton(FirstRunDialog)
        self.loadDemoButton.setObjectName(u"loadDemoButton")

        self.buttonLayout.addWidget(self.loadDemoButton)


        self.mainLayout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.loadDemoButton, self.startEmptyButton)

        self.retranslateUi(FirstRunDialog)
        self.loadDemoButton.clicked.connect(FirstRunDialog.accept)
        self.startEmptyButton.clicked.connect(FirstRunDialog.reject)

        self.loadDemoButton.setDefault(True)


        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"Welcome to PlaceBoard", None))
#if QT_CONFIG(accessibility)
        FirstRunDialog.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Welcome to PlaceBoard", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Welcome to PlaceBoard", None))
#if QT_CONFIG(accessibility)
        self.titleLabel.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Welcome to PlaceBoard", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("FirstRunDialog", u"There are no boards here yet. You can load the demo boards to see how PlaceBoard works: the four places of Lancashire and South Cumbria, with members, terms of reference, priorities, metrics, meetings and risks. Or start empty and add your own board.", None))
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"About the demo boards", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Loading the demo takes a few seconds and can be cancelled. Nothing leaves this computer.", None))
#if QT_CONFIG(accessibility)
        self.noteLabel.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Note", None))
#endif // QT_CONFIG(accessibility)
        self.startEmptyButton.setText(QCoreApplication.translate("FirstRunDialog", u"&Start empty", None))
#if QT_CONFIG(accessibility)
        self.startEmptyButton.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Start empty", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.startEmptyButton.setAccessibleDescription(QCoreApplication.translate("FirstRunDialog", u"Open PlaceBoard with no boards, ready to add your own.", None))
#endif // QT_CONFIG(accessibility)
        self.loadDemoButton.setText(QCoreApplication.translate("FirstRunDialog", u"&Load the demo boards", None))
#if QT_CONFIG(accessibility)
        self.loadDemoButton.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Load the demo boards", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.loadDemoButton.setAccessibleDescription(QCoreApplication.translate("FirstRunDialog", u"Fill PlaceBoard with the four demonstration boards.", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
