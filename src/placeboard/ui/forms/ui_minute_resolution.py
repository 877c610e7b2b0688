# generated from forms/minute_resolution.ui by make forms — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_MinuteResolutionDialog(object):
    def setupUi(self, MinuteResolutionDialog):
        if not MinuteResolutionDialog.objectName():
            MinuteResolutionDialog.setObjectName(u"MinuteResolutionDialog")
        MinuteResolutionDialog.resize(560, 300)
        MinuteResolutionDialog.setModal(True)
        self.mainLayout = QVBoxLayout(MinuteResolutionDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.itemText = QLabel(MinuteResolutionDialog)
        self.itemText.setObjectName(u"itemText")
        self.itemText.setWordWrap(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.itemText)

        self.textLabel = QLabel(MinuteResolutionDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(MinuteResolutionDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)
        self.textEdit.setMaximumSize(QSize(16777215, 140))

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.textEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.errorLabel = QLabel(MinuteResolutionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel#errorLabel { color: #8A1538; background: #FDECEA; border-left: 4px solid #DA291C; padding: 6px 8px; font-weight: bold; }")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(MinuteResolutionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.textLabel.setBuddy(self.textEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MinuteResolutionDialog)
        self.buttonBox.accepted.connect(MinuteResolutionDialog.accept)
        self.buttonBox.rejected.connect(MinuteResolutionDialog.reject)

        QMetaObject.connectSlotsByName(MinuteResolutionDialog)
    # setupUi

    def retranslateUi(self, MinuteResolutionDialog):
        MinuteResolutionDialog.setWindowTitle(QCoreApplication.translate("MinuteResolutionDialog", u"Add resolution", None))
#if QT_CONFIG(accessibility)
        MinuteResolutionDialog.setAccessibleName(QCoreApplication.translate("MinuteResolutionDialog", u"Resolution", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        MinuteResolutionDialog.setAccessibleDescription(QCoreApplication.translate("MinuteResolutionDialog", u"A resolution of the item, numbered i, ii, iii in the minutes.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.itemText.setAccessibleName(QCoreApplication.translate("MinuteResolutionDialog", u"The item", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.itemText.setAccessibleDescription(QCoreApplication.translate("MinuteResolutionDialog", u"The agenda item the resolution belongs to.", None))
#endif // QT_CONFIG(accessibility)
        self.textLabel.setText(QCoreApplication.translate("MinuteResolutionDialog", u"&Resolved:", None))
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleName(QCoreApplication.translate("MinuteResolutionDialog", u"Resolution", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleDescription(QCoreApplication.translate("MinuteResolutionDialog", u"What the board resolved, for example That the Board noted the report.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("MinuteResolutionDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleDescription(QCoreApplication.translate("MinuteResolutionDialog", u"Why it could not be saved, and what to do.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("MinuteResolutionDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
