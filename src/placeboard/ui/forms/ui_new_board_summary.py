# generated from forms/new_board_summary.ui by make forms — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QTextBrowser,
    QVBoxLayout, QWidget, QWizardPage)

class Ui_NewBoardSummaryPage(object):
    def setupUi(self, NewBoardSummaryPage):
        if not NewBoardSummaryPage.objectName():
            NewBoardSummaryPage.setObjectName(u"NewBoardSummaryPage")
        NewBoardSummaryPage.resize(720, 520)
        self.mainLayout = QVBoxLayout(NewBoardSummaryPage)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryText = QTextBrowser(NewBoardSummaryPage)
        self.summaryText.setObjectName(u"summaryText")
        self.summaryText.setOpenLinks(False)

        self.mainLayout.addWidget(self.summaryText)

        self.problemLabel = QLabel(NewBoardSummaryPage)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setStyleSheet(u"QLabel#problemLabel { color: #231F20; background: #FFF4D6; border-left: 4px solid #ED8B00; padding: 6px 8px; }")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.problemLabel)


        self.retranslateUi(NewBoardSummaryPage)

        QMetaObject.connectSlotsByName(NewBoardSummaryPage)
    # setupUi

    def retranslateUi(self, NewBoardSummaryPage):
        NewBoardSummaryPage.setTitle(QCoreApplication.translate("NewBoardSummaryPage", u"Summary", None))
        NewBoardSummaryPage.setSubTitle(QCoreApplication.translate("NewBoardSummaryPage", u"Check what will be created. Finish creates it all at once; nothing is written before.", None))
#if QT_CONFIG(accessibility)
        NewBoardSummaryPage.setAccessibleName(QCoreApplication.translate("NewBoardSummaryPage", u"Summary", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summaryText.setAccessibleName(QCoreApplication.translate("NewBoardSummaryPage", u"What will be created", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summaryText.setAccessibleDescription(QCoreApplication.translate("NewBoardSummaryPage", u"The place and board, the partners, the members, the terms of reference and the checklist that Finish creates.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.problemLabel.setAccessibleName(QCoreApplication.translate("NewBoardSummaryPage", u"To go on", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.problemLabel.setAccessibleDescription(QCoreApplication.translate("NewBoardSummaryPage", u"Why the board could not be created; nothing was written.", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
