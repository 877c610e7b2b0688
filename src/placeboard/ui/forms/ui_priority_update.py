# generated from forms/priority_update.ui by make forms — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_PriorityUpdateDialog(object):
    def setupUi(self, PriorityUpdateDialog):
        if not PriorityUpdateDialog.objectName():
            PriorityUpdateDialog.setObjectName(u"PriorityUpdateDialog")
        PriorityUpdateDialog.resize(560, 380)
        PriorityUpdateDialog.setModal(True)
        self.mainLayout = QVBoxLayout(PriorityUpdateDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.dateLabel = QLabel(PriorityUpdateDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateLayout = QHBoxLayout()
        self.dateLayout.setSpacing(8)
        self.dateLayout.setObjectName(u"dateLayout")
        self.updateDate = QDateEdit(PriorityUpdateDialog)
        self.updateDate.setObjectName(u"updateDate")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.updateDate.sizePolicy().hasHeightForWidth())
        self.updateDate.setSizePolicy(sizePolicy)
        self.updateDate.setCalendarPopup(True)

        self.dateLayout.addWidget(self.updateDate)

        self.dateLayoutSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateLayout.addItem(self.dateLayoutSpacer)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.dateLayout)

        self.ragLabel = QLabel(PriorityUpdateDialog)
        self.ragLabel.setObjectName(u"ragLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ragLabel)

        self.ragCombo = QComboBox(PriorityUpdateDialog)
        self.ragCombo.setObjectName(u"ragCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ragCombo)

        self.ragMeaning = QLabel(PriorityUpdateDialog)
        self.ragMeaning.setObjectName(u"ragMeaning")
        self.ragMeaning.setWordWrap(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ragMeaning)

        self.commentaryLabel = QLabel(PriorityUpdateDialog)
        self.commentaryLabel.setObjectName(u"commentaryLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.commentaryLabel)

        self.commentaryEdit = QPlainTextEdit(PriorityUpdateDialog)
        self.commentaryEdit.setObjectName(u"commentaryEdit")
        self.commentaryEdit.setMaximumSize(QSize(16777215, 110))
        self.commentaryEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.commentaryEdit)

        self.authorLabel = QLabel(PriorityUpdateDialog)
        self.authorLabel.setObjectName(u"authorLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.authorLabel)

        self.authorEdit = QLineEdit(PriorityUpdateDialog)
        self.authorEdit.setObjectName(u"authorEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.authorEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.errorLabel = QLabel(PriorityUpdateDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel#errorLabel { color: #8A1538; background: #FDECEA; border-left: 4px solid #DA291C; padding: 6px 8px; font-weight: bold; }")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PriorityUpdateDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.updateDate)
        self.ragLabel.setBuddy(self.ragCombo)
        self.commentaryLabel.setBuddy(self.commentaryEdit)
        self.authorLabel.setBuddy(self.authorEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.updateDate, self.ragCombo)
        QWidget.setTabOrder(self.ragCombo, self.commentaryEdit)
        QWidget.setTabOrder(self.commentaryEdit, self.authorEdit)

        self.retranslateUi(PriorityUpdateDialog)
        self.buttonBox.accepted.connect(PriorityUpdateDialog.accept)
        self.buttonBox.rejected.connect(PriorityUpdateDialog.reject)

        QMetaObject.connectSlotsByName(PriorityUpdateDialog)
    # setupUi

    def retranslateUi(self, PriorityUpdateDialog):
        PriorityUpdateDialog.setWindowTitle(QCoreApplication.translate("PriorityUpdateDialog", u"Add update", None))
#if QT_CONFIG(accessibility)
        PriorityUpdateDialog.setAccessibleName(QCoreApplication.translate("PriorityUpdateDialog", u"Priority update", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        PriorityUpdateDialog.setAccessibleDescription(QCoreApplication.translate("PriorityUpdateDialog", u"A dated progress update with its RAG rating; the latest update gives the priority's current RAG.", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("PriorityUpdateDialog", u"&Date:", None))
        self.updateDate.setDisplayFormat(QCoreApplication.translate("PriorityUpdateDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.updateDate.setAccessibleName(QCoreApplication.translate("PriorityUpdateDialog", u"Date of the update", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.updateDate.setAccessibleDescription(QCoreApplication.translate("PriorityUpdateDialog", u"The day of the update, as day/month/year.", None))
#endif // QT_CONFIG(accessibility)
        self.ragLabel.setText(QCoreApplication.translate("PriorityUpdateDialog", u"&RAG rating:", None))
#if QT_CONFIG(accessibility)
        self.ragCombo.setAccessibleName(QCoreApplication.translate("PriorityUpdateDialog", u"RAG rating", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ragCombo.setAccessibleDescription(QCoreApplication.translate("PriorityUpdateDialog", u"Red, amber, green, blue (complete) or grey (not started).", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ragMeaning.setAccessibleName(QCoreApplication.translate("PriorityUpdateDialog", u"What the rating means", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ragMeaning.setAccessibleDescription(QCoreApplication.translate("PriorityUpdateDialog", u"The meaning of the chosen RAG rating.", None))
#endif // QT_CONFIG(accessibility)
        self.commentaryLabel.setText(QCoreApplication.translate("PriorityUpdateDialog", u"&Commentary:", None))
#if QT_CONFIG(accessibility)
        self.commentaryEdit.setAccessibleName(QCoreApplication.translate("PriorityUpdateDialog", u"Commentary", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.commentaryEdit.setAccessibleDescription(QCoreApplication.translate("PriorityUpdateDialog", u"Progress, issues and what is being done, as the highlight report prints it.", None))
#endif // QT_CONFIG(accessibility)
        self.authorLabel.setText(QCoreApplication.translate("PriorityUpdateDialog", u"&Author:", None))
#if QT_CONFIG(accessibility)
        self.authorEdit.setAccessibleName(QCoreApplication.translate("PriorityUpdateDialog", u"Author", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.authorEdit.setAccessibleDescription(QCoreApplication.translate("PriorityUpdateDialog", u"Who wrote the update.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("PriorityUpdateDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleDescription(QCoreApplication.translate("PriorityUpdateDialog", u"Why it could not be saved, and what to do.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("PriorityUpdateDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
