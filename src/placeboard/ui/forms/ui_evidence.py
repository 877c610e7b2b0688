# generated from forms/evidence.ui by make forms — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_EvidenceDialog(object):
    def setupUi(self, EvidenceDialog):
        if not EvidenceDialog.objectName():
            EvidenceDialog.setObjectName(u"EvidenceDialog")
        EvidenceDialog.resize(560, 300)
        EvidenceDialog.setModal(True)
        self.mainLayout = QVBoxLayout(EvidenceDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.textLabel = QLabel(EvidenceDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(EvidenceDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setMaximumSize(QSize(16777215, 110))
        self.textEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.urlLabel = QLabel(EvidenceDialog)
        self.urlLabel.setObjectName(u"urlLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.urlLabel)

        self.urlEdit = QLineEdit(EvidenceDialog)
        self.urlEdit.setObjectName(u"urlEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.urlEdit)

        self.addedLabel = QLabel(EvidenceDialog)
        self.addedLabel.setObjectName(u"addedLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addedLabel)

        self.addedDate = QDateEdit(EvidenceDialog)
        self.addedDate.setObjectName(u"addedDate")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.addedDate.sizePolicy().hasHeightForWidth())
        self.addedDate.setSizePolicy(sizePolicy)
        self.addedDate.setCalendarPopup(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addedDate)


        self.mainLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.errorLabel = QLabel(EvidenceDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel#errorLabel { color: #8A1538; background: #FDECEA; border-left: 4px solid #DA291C; padding: 6px 8px; font-weight: bold; }")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(EvidenceDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.textLabel.setBuddy(self.textEdit)
        self.urlLabel.setBuddy(self.urlEdit)
        self.addedLabel.setBuddy(self.addedDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.textEdit, self.urlEdit)
        QWidget.setTabOrder(self.urlEdit, self.addedDate)

        self.retranslateUi(EvidenceDialog)
        self.buttonBox.accepted.connect(EvidenceDialog.accept)
        self.buttonBox.rejected.connect(EvidenceDialog.reject)

        QMetaObject.connectSlotsByName(EvidenceDialog)
    # setupUi

    def retranslateUi(self, EvidenceDialog):
        EvidenceDialog.setWindowTitle(QCoreApplication.translate("EvidenceDialog", u"Add evidence", None))
#if QT_CONFIG(accessibility)
        EvidenceDialog.setAccessibleName(QCoreApplication.translate("EvidenceDialog", u"Evidence", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        EvidenceDialog.setAccessibleDescription(QCoreApplication.translate("EvidenceDialog", u"Evidence that a criterion is met: a description, a link, or both.", None))
#endif // QT_CONFIG(accessibility)
        self.textLabel.setText(QCoreApplication.translate("EvidenceDialog", u"&Description:", None))
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleName(QCoreApplication.translate("EvidenceDialog", u"Description", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleDescription(QCoreApplication.translate("EvidenceDialog", u"What the evidence is and where it shows the criterion is met.", None))
#endif // QT_CONFIG(accessibility)
        self.urlLabel.setText(QCoreApplication.translate("EvidenceDialog", u"&Link:", None))
        self.urlEdit.setPlaceholderText(QCoreApplication.translate("EvidenceDialog", u"https://", None))
#if QT_CONFIG(accessibility)
        self.urlEdit.setAccessibleName(QCoreApplication.translate("EvidenceDialog", u"Link", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.urlEdit.setAccessibleDescription(QCoreApplication.translate("EvidenceDialog", u"A web address of the evidence, e.g. published minutes.", None))
#endif // QT_CONFIG(accessibility)
        self.addedLabel.setText(QCoreApplication.translate("EvidenceDialog", u"&Added on:", None))
        self.addedDate.setDisplayFormat(QCoreApplication.translate("EvidenceDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.addedDate.setAccessibleName(QCoreApplication.translate("EvidenceDialog", u"Added on", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.addedDate.setAccessibleDescription(QCoreApplication.translate("EvidenceDialog", u"The day the evidence was added, as day/month/year.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("EvidenceDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleDescription(QCoreApplication.translate("EvidenceDialog", u"Why it could not be saved, and what to do.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("EvidenceDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
