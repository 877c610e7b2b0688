# generated from forms/risk_review.ui by make forms — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_RiskReviewDialog(object):
    def setupUi(self, RiskReviewDialog):
        if not RiskReviewDialog.objectName():
            RiskReviewDialog.setObjectName(u"RiskReviewDialog")
        RiskReviewDialog.resize(480, 200)
        RiskReviewDialog.setModal(True)
        self.mainLayout = QVBoxLayout(RiskReviewDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.questionLabel = QLabel(RiskReviewDialog)
        self.questionLabel.setObjectName(u"questionLabel")
        self.questionLabel.setWordWrap(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.questionLabel)

        self.nextLabel = QLabel(RiskReviewDialog)
        self.nextLabel.setObjectName(u"nextLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nextLabel)

        self.nextDate = QDateEdit(RiskReviewDialog)
        self.nextDate.setObjectName(u"nextDate")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.nextDate.sizePolicy().hasHeightForWidth())
        self.nextDate.setSizePolicy(sizePolicy)
        self.nextDate.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nextDate)


        self.mainLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.errorLabel = QLabel(RiskReviewDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel#errorLabel { color: #8A1538; background: #FDECEA; border-left: 4px solid #DA291C; padding: 6px 8px; font-weight: bold; }")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(RiskReviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nextLabel.setBuddy(self.nextDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RiskReviewDialog)
        self.buttonBox.accepted.connect(RiskReviewDialog.accept)
        self.buttonBox.rejected.connect(RiskReviewDialog.reject)

        QMetaObject.connectSlotsByName(RiskReviewDialog)
    # setupUi

    def retranslateUi(self, RiskReviewDialog):
        RiskReviewDialog.setWindowTitle(QCoreApplication.translate("RiskReviewDialog", u"Record review", None))
#if QT_CONFIG(accessibility)
        RiskReviewDialog.setAccessibleName(QCoreApplication.translate("RiskReviewDialog", u"Record review", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        RiskReviewDialog.setAccessibleDescription(QCoreApplication.translate("RiskReviewDialog", u"Record that the risk was reviewed today, and when it is next due for review.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.questionLabel.setAccessibleName(QCoreApplication.translate("RiskReviewDialog", u"What is recorded", None))
#endif // QT_CONFIG(accessibility)
        self.nextLabel.setText(QCoreApplication.translate("RiskReviewDialog", u"&Next review due:", None))
        self.nextDate.setDisplayFormat(QCoreApplication.translate("RiskReviewDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.nextDate.setAccessibleName(QCoreApplication.translate("RiskReviewDialog", u"Next review due", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nextDate.setAccessibleDescription(QCoreApplication.translate("RiskReviewDialog", u"The day of the next review, as day/month/year.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("RiskReviewDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleDescription(QCoreApplication.translate("RiskReviewDialog", u"Why the review could not be saved, and what to do.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("RiskReviewDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
