# generated from forms/new_board_terms.ui by make forms — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QTextBrowser, QVBoxLayout,
    QWidget, QWizardPage)

class Ui_NewBoardTermsPage(object):
    def setupUi(self, NewBoardTermsPage):
        if not NewBoardTermsPage.objectName():
            NewBoardTermsPage.setObjectName(u"NewBoardTermsPage")
        NewBoardTermsPage.resize(720, 520)
        self.mainLayout = QVBoxLayout(NewBoardTermsPage)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(12)
        self.versionLabelLabel = QLabel(NewBoardTermsPage)
        self.versionLabelLabel.setObjectName(u"versionLabelLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.versionLabelLabel)

        self.versionLabelEdit = QLineEdit(NewBoardTermsPage)
        self.versionLabelEdit.setObjectName(u"versionLabelEdit")
        self.versionLabelEdit.setMaxLength(120)

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.versionLabelEdit)

        self.quorumTitle = QLabel(NewBoardTermsPage)
        self.quorumTitle.setObjectName(u"quorumTitle")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.quorumTitle)

        self.quorumLabel = QLabel(NewBoardTermsPage)
        self.quorumLabel.setObjectName(u"quorumLabel")
        self.quorumLabel.setWordWrap(True)
        self.quorumLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.quorumLabel)


        self.mainLayout.addLayout(self.fieldsLayout)

        self.previewTitle = QLabel(NewBoardTermsPage)
        self.previewTitle.setObjectName(u"previewTitle")

        self.mainLayout.addWidget(self.previewTitle)

        self.previewText = QTextBrowser(NewBoardTermsPage)
        self.previewText.setObjectName(u"previewText")
        self.previewText.setOpenLinks(False)

        self.mainLayout.addWidget(self.previewText)

        self.checklistCheck = QCheckBox(NewBoardTermsPage)
        self.checklistCheck.setObjectName(u"checklistCheck")
        self.checklistCheck.setChecked(True)

        self.mainLayout.addWidget(self.checklistCheck)

        self.checklistHint = QLabel(NewBoardTermsPage)
        self.checklistHint.setObjectName(u"checklistHint")
        self.checklistHint.setWordWrap(True)
        self.checklistHint.setStyleSheet(u"color: #425563;")

        self.mainLayout.addWidget(self.checklistHint)

        self.problemLabel = QLabel(NewBoardTermsPage)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setStyleSheet(u"QLabel#problemLabel { color: #231F20; background: #FFF4D6; border-left: 4px solid #ED8B00; padding: 6px 8px; }")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.problemLabel)

#if QT_CONFIG(shortcut)
        self.versionLabelLabel.setBuddy(self.versionLabelEdit)
        self.previewTitle.setBuddy(self.previewText)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.versionLabelEdit, self.previewText)
        QWidget.setTabOrder(self.previewText, self.checklistCheck)

        self.retranslateUi(NewBoardTermsPage)

        QMetaObject.connectSlotsByName(NewBoardTermsPage)
    # setupUi

    def retranslateUi(self, NewBoardTermsPage):
        NewBoardTermsPage.setTitle(QCoreApplication.translate("NewBoardTermsPage", u"Terms of reference", None))
        NewBoardTermsPage.setSubTitle(QCoreApplication.translate("NewBoardTermsPage", u"A first draft from the template that follows seed 001's governance requirements. You can change it later under Terms of reference.", None))
#if QT_CONFIG(accessibility)
        NewBoardTermsPage.setAccessibleName(QCoreApplication.translate("NewBoardTermsPage", u"Terms of reference", None))
#endif // QT_CONFIG(accessibility)
        self.versionLabelLabel.setText(QCoreApplication.translate("NewBoardTermsPage", u"&Version label:", None))
        self.versionLabelEdit.setText(QCoreApplication.translate("NewBoardTermsPage", u"Version 1.0", None))
#if QT_CONFIG(accessibility)
        self.versionLabelEdit.setAccessibleName(QCoreApplication.translate("NewBoardTermsPage", u"Label of the first version", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.versionLabelEdit.setAccessibleDescription(QCoreApplication.translate("NewBoardTermsPage", u"How the first draft of the terms of reference is named, for example Version 1.0.", None))
#endif // QT_CONFIG(accessibility)
        self.quorumTitle.setText(QCoreApplication.translate("NewBoardTermsPage", u"Quorum:", None))
#if QT_CONFIG(accessibility)
        self.quorumLabel.setAccessibleName(QCoreApplication.translate("NewBoardTermsPage", u"The quorum the draft will set", None))
#endif // QT_CONFIG(accessibility)
        self.previewTitle.setText(QCoreApplication.translate("NewBoardTermsPage", u"&Sections of the draft (read-only):", None))
#if QT_CONFIG(accessibility)
        self.previewText.setAccessibleName(QCoreApplication.translate("NewBoardTermsPage", u"Sections of the draft", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.previewText.setAccessibleDescription(QCoreApplication.translate("NewBoardTermsPage", u"Each section's heading and its text, filled in for this board; read-only here.", None))
#endif // QT_CONFIG(accessibility)
        self.checklistCheck.setText(QCoreApplication.translate("NewBoardTermsPage", u"Add the stage checklist's standard &criteria for the three stages", None))
#if QT_CONFIG(accessibility)
        self.checklistCheck.setAccessibleName(QCoreApplication.translate("NewBoardTermsPage", u"Add the stage checklist's standard criteria", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.checklistCheck.setAccessibleDescription(QCoreApplication.translate("NewBoardTermsPage", u"The criteria of seed 000 for in development, in shadow and ready for delegation, each not started and without an owner yet.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.checklistHint.setAccessibleName(QCoreApplication.translate("NewBoardTermsPage", u"The standard criteria", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.problemLabel.setAccessibleName(QCoreApplication.translate("NewBoardTermsPage", u"To go on", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.problemLabel.setAccessibleDescription(QCoreApplication.translate("NewBoardTermsPage", u"What to change before Next can be chosen.", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
