# generated from forms/glossary_term.ui by make forms — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_GlossaryTermDialog(object):
    def setupUi(self, GlossaryTermDialog):
        if not GlossaryTermDialog.objectName():
            GlossaryTermDialog.setObjectName(u"GlossaryTermDialog")
        GlossaryTermDialog.resize(520, 280)
        GlossaryTermDialog.setModal(True)
        self.mainLayout = QVBoxLayout(GlossaryTermDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.termLabel = QLabel(GlossaryTermDialog)
        self.termLabel.setObjectName(u"termLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.termLabel)

        self.termEdit = QLineEdit(GlossaryTermDialog)
        self.termEdit.setObjectName(u"termEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.termEdit)

        self.meaningLabel = QLabel(GlossaryTermDialog)
        self.meaningLabel.setObjectName(u"meaningLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.meaningLabel)

        self.meaningEdit = QPlainTextEdit(GlossaryTermDialog)
        self.meaningEdit.setObjectName(u"meaningEdit")
        self.meaningEdit.setMaximumSize(QSize(16777215, 110))
        self.meaningEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.meaningEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.errorLabel = QLabel(GlossaryTermDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel#errorLabel { color: #8A1538; background: #FDECEA; border-left: 4px solid #DA291C; padding: 6px 8px; font-weight: bold; }")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(GlossaryTermDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.termLabel.setBuddy(self.termEdit)
        self.meaningLabel.setBuddy(self.meaningEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.termEdit, self.meaningEdit)

        self.retranslateUi(GlossaryTermDialog)
        self.buttonBox.accepted.connect(GlossaryTermDialog.accept)
        self.buttonBox.rejected.connect(GlossaryTermDialog.reject)

        QMetaObject.connectSlotsByName(GlossaryTermDialog)
    # setupUi

    def retranslateUi(self, GlossaryTermDialog):
        GlossaryTermDialog.setWindowTitle(QCoreApplication.translate("GlossaryTermDialog", u"Add glossary term", None))
#if QT_CONFIG(accessibility)
        GlossaryTermDialog.setAccessibleName(QCoreApplication.translate("GlossaryTermDialog", u"Glossary term", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        GlossaryTermDialog.setAccessibleDescription(QCoreApplication.translate("GlossaryTermDialog", u"An abbreviation or term used in the board's papers and what it means.", None))
#endif // QT_CONFIG(accessibility)
        self.termLabel.setText(QCoreApplication.translate("GlossaryTermDialog", u"&Term:", None))
#if QT_CONFIG(accessibility)
        self.termEdit.setAccessibleName(QCoreApplication.translate("GlossaryTermDialog", u"Term", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.termEdit.setAccessibleDescription(QCoreApplication.translate("GlossaryTermDialog", u"The abbreviation or term, for example PCN.", None))
#endif // QT_CONFIG(accessibility)
        self.meaningLabel.setText(QCoreApplication.translate("GlossaryTermDialog", u"&Meaning:", None))
#if QT_CONFIG(accessibility)
        self.meaningEdit.setAccessibleName(QCoreApplication.translate("GlossaryTermDialog", u"Meaning", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.meaningEdit.setAccessibleDescription(QCoreApplication.translate("GlossaryTermDialog", u"What it stands for or means, as the glossary prints it.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("GlossaryTermDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleDescription(QCoreApplication.translate("GlossaryTermDialog", u"Why it could not be saved, and what to do.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("GlossaryTermDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
