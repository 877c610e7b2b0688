# generated from forms/paper.ui by make forms — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QTabWidget, QVBoxLayout, QWidget)

class Ui_PaperDialog(object):
    def setupUi(self, PaperDialog):
        if not PaperDialog.objectName():
            PaperDialog.setObjectName(u"PaperDialog")
        PaperDialog.resize(720, 560)
        PaperDialog.setModal(True)
        self.mainLayout = QVBoxLayout(PaperDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.tabs = QTabWidget(PaperDialog)
        self.tabs.setObjectName(u"tabs")
        self.coverPage = QWidget()
        self.coverPage.setObjectName(u"coverPage")
        self.coverPageLayout = QVBoxLayout(self.coverPage)
        self.coverPageLayout.setObjectName(u"coverPageLayout")
        self.coverForm = QFormLayout()
        self.coverForm.setObjectName(u"coverForm")
        self.coverForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.coverForm.setHorizontalSpacing(12)
        self.coverForm.setVerticalSpacing(8)
        self.paperTitleLabel = QLabel(self.coverPage)
        self.paperTitleLabel.setObjectName(u"paperTitleLabel")

        self.coverForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.paperTitleLabel)

        self.titleEdit = QLineEdit(self.coverPage)
        self.titleEdit.setObjectName(u"titleEdit")

        self.coverForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.presentedLabel = QLabel(self.coverPage)
        self.presentedLabel.setObjectName(u"presentedLabel")

        self.coverForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.presentedLabel)

        self.presentedEdit = QLineEdit(self.coverPage)
        self.presentedEdit.setObjectName(u"presentedEdit")

        self.coverForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.presentedEdit)

        self.authorLabel = QLabel(self.coverPage)
        self.authorLabel.setObjectName(u"authorLabel")

        self.coverForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.authorLabel)

        self.authorEdit = QLineEdit(self.coverPage)
        self.authorEdit.setObjectName(u"authorEdit")

        self.coverForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.authorEdit)

        self.confidentialCheck = QCheckBox(self.coverPage)
        self.confidentialCheck.setObjectName(u"confidentialCheck")

        self.coverForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confidentialCheck)

        self.purposeLabel = QLabel(self.coverPage)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.coverForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purposeEdit = QPlainTextEdit(self.coverPage)
        self.purposeEdit.setObjectName(u"purposeEdit")
        self.purposeEdit.setTabChangesFocus(True)
        self.purposeEdit.setMaximumSize(QSize(16777215, 90))

        self.coverForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.purposeEdit)

        self.summaryLabel = QLabel(self.coverPage)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.coverForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryEdit = QPlainTextEdit(self.coverPage)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)
        self.summaryEdit.setMaximumSize(QSize(16777215, 16777215))

        self.coverForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.summaryEdit)


        self.coverPageLayout.addLayout(self.coverForm)

        self.tabs.addTab(self.coverPage, "")
        self.recommendationsPage = QWidget()
        self.recommendationsPage.setObjectName(u"recommendationsPage")
        self.recommendationsPageLayout = QVBoxLayout(self.recommendationsPage)
        self.recommendationsPageLayout.setObjectName(u"recommendationsPageLayout")
        self.recommendationsForm = QFormLayout()
        self.recommendationsForm.setObjectName(u"recommendationsForm")
        self.recommendationsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.recommendationsForm.setHorizontalSpacing(12)
        self.recommendationsForm.setVerticalSpacing(8)
        self.recommendationsLabel = QLabel(self.recommendationsPage)
        self.recommendationsLabel.setObjectName(u"recommendationsLabel")

        self.recommendationsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recommendationsLabel)

        self.recommendationsEdit = QPlainTextEdit(self.recommendationsPage)
        self.recommendationsEdit.setObjectName(u"recommendationsEdit")
        self.recommendationsEdit.setTabChangesFocus(True)
        self.recommendationsEdit.setMaximumSize(QSize(16777215, 16777215))

        self.recommendationsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recommendationsEdit)

        self.governanceLabel = QLabel(self.recommendationsPage)
        self.governanceLabel.setObjectName(u"governanceLabel")

        self.recommendationsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.governanceLabel)

        self.governanceEdit = QPlainTextEdit(self.recommendationsPage)
        self.governanceEdit.setObjectName(u"governanceEdit")
        self.governanceEdit.setTabChangesFocus(True)
        self.governanceEdit.setMaximumSize(QSize(16777215, 16777215))

        self.recommendationsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.governanceEdit)

        self.conflictsLabel = QLabel(self.recommendationsPage)
        self.conflictsLabel.setObjectName(u"conflictsLabel")

        self.recommendationsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.conflictsLabel)

        self.conflictsEdit = QPlainTextEdit(self.recommendationsPage)
        self.conflictsEdit.setObjectName(u"conflictsEdit")
        self.conflictsEdit.setTabChangesFocus(True)
        self.conflictsEdit.setMaximumSize(QSize(16777215, 16777215))

        self.recommendationsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.conflictsEdit)


        self.recommendationsPageLayout.addLayout(self.recommendationsForm)

        self.tabs.addTab(self.recommendationsPage, "")
        self.implicationsPage = QWidget()
        self.implicationsPage.setObjectName(u"implicationsPage")
        self.implicationsPageLayout = QVBoxLayout(self.implicationsPage)
        self.implicationsPageLayout.setObjectName(u"implicationsPageLayout")
        self.implicationsGrid = QGridLayout()
        self.implicationsGrid.setObjectName(u"implicationsGrid")
        self.implicationsGrid.setHorizontalSpacing(12)
        self.implicationsGrid.setVerticalSpacing(8)
        self.qualityLabel = QLabel(self.implicationsPage)
        self.qualityLabel.setObjectName(u"qualityLabel")

        self.implicationsGrid.addWidget(self.qualityLabel, 0, 0, 1, 1)

        self.qualityCombo = QComboBox(self.implicationsPage)
        self.qualityCombo.setObjectName(u"qualityCombo")

        self.implicationsGrid.addWidget(self.qualityCombo, 0, 1, 1, 1)

        self.qualityCommentEdit = QLineEdit(self.implicationsPage)
        self.qualityCommentEdit.setObjectName(u"qualityCommentEdit")

        self.implicationsGrid.addWidget(self.qualityCommentEdit, 0, 2, 1, 1)

        self.equalityLabel = QLabel(self.implicationsPage)
        self.equalityLabel.setObjectName(u"equalityLabel")

        self.implicationsGrid.addWidget(self.equalityLabel, 1, 0, 1, 1)

        self.equalityCombo = QComboBox(self.implicationsPage)
        self.equalityCombo.setObjectName(u"equalityCombo")

        self.implicationsGrid.addWidget(self.equalityCombo, 1, 1, 1, 1)

        self.equalityCommentEdit = QLineEdit(self.implicationsPage)
        self.equalityCommentEdit.setObjectName(u"equalityCommentEdit")

        self.implicationsGrid.addWidget(self.equalityCommentEdit, 1, 2, 1, 1)

        self.privacyLabel = QLabel(self.implicationsPage)
        self.privacyLabel.setObjectName(u"privacyLabel")

        self.implicationsGrid.addWidget(self.privacyLabel, 2, 0, 1, 1)

        self.privacyCombo = QComboBox(self.implicationsPage)
        self.privacyCombo.setObjectName(u"privacyCombo")

        self.implicationsGrid.addWidget(self.privacyCombo, 2, 1, 1, 1)

        self.privacyCommentEdit = QLineEdit(self.implicationsPage)
        self.privacyCommentEdit.setObjectName(u"privacyCommentEdit")

        self.implicationsGrid.addWidget(self.privacyCommentEdit, 2, 2, 1, 1)

        self.financialLabel = QLabel(self.implicationsPage)
        self.financialLabel.setObjectName(u"financialLabel")

        self.implicationsGrid.addWidget(self.financialLabel, 3, 0, 1, 1)

        self.financialCombo = QComboBox(self.implicationsPage)
        self.financialCombo.setObjectName(u"financialCombo")

        self.implicationsGrid.addWidget(self.financialCombo, 3, 1, 1, 1)

        self.financialCommentEdit = QLineEdit(self.implicationsPage)
        self.financialCommentEdit.setObjectName(u"financialCommentEdit")

        self.implicationsGrid.addWidget(self.financialCommentEdit, 3, 2, 1, 1)

        self.risksLabel = QLabel(self.implicationsPage)
        self.risksLabel.setObjectName(u"risksLabel")

        self.implicationsGrid.addWidget(self.risksLabel, 4, 0, 1, 1)

        self.risksCombo = QComboBox(self.implicationsPage)
        self.risksCombo.setObjectName(u"risksCombo")

        self.implicationsGrid.addWidget(self.risksCombo, 4, 1, 1, 1)

        self.risksCommentEdit = QLineEdit(self.implicationsPage)
        self.risksCommentEdit.setObjectName(u"risksCommentEdit")

        self.implicationsGrid.addWidget(self.risksCommentEdit, 4, 2, 1, 1)

        self.implicationsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.implicationsGrid.addItem(self.implicationsSpacer, 5, 0, 1, 1)


        self.implicationsPageLayout.addLayout(self.implicationsGrid)

        self.tabs.addTab(self.implicationsPage, "")

        self.mainLayout.addWidget(self.tabs)

        self.errorLabel = QLabel(PaperDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel#errorLabel { color: #8A1538; background: #FDECEA; border-left: 4px solid #DA291C; padding: 6px 8px; font-weight: bold; }")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PaperDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.paperTitleLabel.setBuddy(self.titleEdit)
        self.presentedLabel.setBuddy(self.presentedEdit)
        self.authorLabel.setBuddy(self.authorEdit)
        self.purposeLabel.setBuddy(self.purposeEdit)
        self.summaryLabel.setBuddy(self.summaryEdit)
        self.recommendationsLabel.setBuddy(self.recommendationsEdit)
        self.governanceLabel.setBuddy(self.governanceEdit)
        self.conflictsLabel.setBuddy(self.conflictsEdit)
        self.qualityLabel.setBuddy(self.qualityCombo)
        self.equalityLabel.setBuddy(self.equalityCombo)
        self.privacyLabel.setBuddy(self.privacyCombo)
        self.financialLabel.setBuddy(self.financialCombo)
        self.risksLabel.setBuddy(self.risksCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.presentedEdit)
        QWidget.setTabOrder(self.presentedEdit, self.authorEdit)
        QWidget.setTabOrder(self.authorEdit, self.confidentialCheck)
        QWidget.setTabOrder(self.confidentialCheck, self.purposeEdit)
        QWidget.setTabOrder(self.purposeEdit, self.summaryEdit)
        QWidget.setTabOrder(self.summaryEdit, self.recommendationsEdit)
        QWidget.setTabOrder(self.recommendationsEdit, self.governanceEdit)
        QWidget.setTabOrder(self.governanceEdit, self.conflictsEdit)
        QWidget.setTabOrder(self.conflictsEdit, self.qualityCombo)
        QWidget.setTabOrder(self.qualityCombo, self.qualityCommentEdit)
        QWidget.setTabOrder(self.qualityCommentEdit, self.equalityCombo)
        QWidget.setTabOrder(self.equalityCombo, self.equalityCommentEdit)
        QWidget.setTabOrder(self.equalityCommentEdit, self.privacyCombo)
        QWidget.setTabOrder(self.privacyCombo, self.privacyCommentEdit)
        QWidget.setTabOrder(self.privacyCommentEdit, self.financialCombo)
        QWidget.setTabOrder(self.financialCombo, self.financialCommentEdit)
        QWidget.setTabOrder(self.financialCommentEdit, self.risksCombo)
        QWidget.setTabOrder(self.risksCombo, self.risksCommentEdit)

        self.retranslateUi(PaperDialog)
        self.buttonBox.accepted.connect(PaperDialog.accept)
        self.buttonBox.rejected.connect(PaperDialog.reject)

        QMetaObject.connectSlotsByName(PaperDialog)
    # setupUi

    def retranslateUi(self, PaperDialog):
        PaperDialog.setWindowTitle(QCoreApplication.translate("PaperDialog", u"Paper cover sheet", None))
#if QT_CONFIG(accessibility)
        PaperDialog.setAccessibleName(QCoreApplication.translate("PaperDialog", u"Paper cover sheet", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        PaperDialog.setAccessibleDescription(QCoreApplication.translate("PaperDialog", u"The cover sheet of an agenda item's paper, in the form of the ICB's cover sheet.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("PaperDialog", u"Cover sheet parts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleDescription(QCoreApplication.translate("PaperDialog", u"The cover sheet in three parts, as seed 002 lays it out.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.coverPage.setAccessibleName(QCoreApplication.translate("PaperDialog", u"Cover sheet", None))
#endif // QT_CONFIG(accessibility)
        self.paperTitleLabel.setText(QCoreApplication.translate("PaperDialog", u"&Title of paper:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("PaperDialog", u"Title of paper", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleDescription(QCoreApplication.translate("PaperDialog", u"The paper's title as on its cover sheet.", None))
#endif // QT_CONFIG(accessibility)
        self.presentedLabel.setText(QCoreApplication.translate("PaperDialog", u"&Presented by:", None))
#if QT_CONFIG(accessibility)
        self.presentedEdit.setAccessibleName(QCoreApplication.translate("PaperDialog", u"Presented by", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.presentedEdit.setAccessibleDescription(QCoreApplication.translate("PaperDialog", u"Who presents the paper at the meeting.", None))
#endif // QT_CONFIG(accessibility)
        self.authorLabel.setText(QCoreApplication.translate("PaperDialog", u"A&uthor:", None))
#if QT_CONFIG(accessibility)
        self.authorEdit.setAccessibleName(QCoreApplication.translate("PaperDialog", u"Author", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.authorEdit.setAccessibleDescription(QCoreApplication.translate("PaperDialog", u"Who wrote the paper.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.confidentialCheck.setAccessibleName(QCoreApplication.translate("PaperDialog", u"Confidential", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.confidentialCheck.setAccessibleDescription(QCoreApplication.translate("PaperDialog", u"Tick when the paper is confidential (Part II).", None))
#endif // QT_CONFIG(accessibility)
        self.confidentialCheck.setText(QCoreApplication.translate("PaperDialog", u"&Confidential", None))
        self.purposeLabel.setText(QCoreApplication.translate("PaperDialog", u"Purpose of the pape&r:", None))
#if QT_CONFIG(accessibility)
        self.purposeEdit.setAccessibleName(QCoreApplication.translate("PaperDialog", u"Purpose of the paper", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.purposeEdit.setAccessibleDescription(QCoreApplication.translate("PaperDialog", u"Why the paper comes to the board.", None))
#endif // QT_CONFIG(accessibility)
        self.summaryLabel.setText(QCoreApplication.translate("PaperDialog", u"E&xecutive summary:", None))
#if QT_CONFIG(accessibility)
        self.summaryEdit.setAccessibleName(QCoreApplication.translate("PaperDialog", u"Executive summary", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summaryEdit.setAccessibleDescription(QCoreApplication.translate("PaperDialog", u"The paper in short.", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.coverPage), QCoreApplication.translate("PaperDialog", u"&Cover sheet", None))
#if QT_CONFIG(accessibility)
        self.recommendationsPage.setAccessibleName(QCoreApplication.translate("PaperDialog", u"Recommendations and history", None))
#endif // QT_CONFIG(accessibility)
        self.recommendationsLabel.setText(QCoreApplication.translate("PaperDialog", u"Recommen&dations:", None))
#if QT_CONFIG(accessibility)
        self.recommendationsEdit.setAccessibleName(QCoreApplication.translate("PaperDialog", u"Recommendations", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.recommendationsEdit.setAccessibleDescription(QCoreApplication.translate("PaperDialog", u"What the board is asked to do.", None))
#endif // QT_CONFIG(accessibility)
        self.governanceLabel.setText(QCoreApplication.translate("PaperDialog", u"&Governance and reporting:", None))
#if QT_CONFIG(accessibility)
        self.governanceEdit.setAccessibleName(QCoreApplication.translate("PaperDialog", u"Governance and reporting", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.governanceEdit.setAccessibleDescription(QCoreApplication.translate("PaperDialog", u"Other forums that have discussed this paper.", None))
#endif // QT_CONFIG(accessibility)
        self.conflictsLabel.setText(QCoreApplication.translate("PaperDialog", u"C&onflicts of interest:", None))
#if QT_CONFIG(accessibility)
        self.conflictsEdit.setAccessibleName(QCoreApplication.translate("PaperDialog", u"Conflicts of interest identified", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.conflictsEdit.setAccessibleDescription(QCoreApplication.translate("PaperDialog", u"Conflicts of interest identified in the paper.", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.recommendationsPage), QCoreApplication.translate("PaperDialog", u"Recommendations and &history", None))
#if QT_CONFIG(accessibility)
        self.implicationsPage.setAccessibleName(QCoreApplication.translate("PaperDialog", u"Implications", None))
#endif // QT_CONFIG(accessibility)
        self.qualityLabel.setText(QCoreApplication.translate("PaperDialog", u"&Quality impact assessment completed:", None))
#if QT_CONFIG(accessibility)
        self.qualityCombo.setAccessibleName(QCoreApplication.translate("PaperDialog", u"Quality impact assessment completed", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.qualityCombo.setAccessibleDescription(QCoreApplication.translate("PaperDialog", u"Yes, no or not applicable.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.qualityCommentEdit.setAccessibleName(QCoreApplication.translate("PaperDialog", u"Quality impact assessment completed comment", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.qualityCommentEdit.setAccessibleDescription(QCoreApplication.translate("PaperDialog", u"A comment on the answer.", None))
#endif // QT_CONFIG(accessibility)
        self.qualityCommentEdit.setPlaceholderText(QCoreApplication.translate("PaperDialog", u"Comment", None))
        self.equalityLabel.setText(QCoreApplication.translate("PaperDialog", u"&Equality impact assessment completed:", None))
#if QT_CONFIG(accessibility)
        self.equalityCombo.setAccessibleName(QCoreApplication.translate("PaperDialog", u"Equality impact assessment completed", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.equalityCombo.setAccessibleDescription(QCoreApplication.translate("PaperDialog", u"Yes, no or not applicable.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.equalityCommentEdit.setAccessibleName(QCoreApplication.translate("PaperDialog", u"Equality impact assessment completed comment", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.equalityCommentEdit.setAccessibleDescription(QCoreApplication.translate("PaperDialog", u"A comment on the answer.", None))
#endif // QT_CONFIG(accessibility)
        self.equalityCommentEdit.setPlaceholderText(QCoreApplication.translate("PaperDialog", u"Comment", None))
        self.privacyLabel.setText(QCoreApplication.translate("PaperDialog", u"Pri&vacy impact assessment completed:", None))
#if QT_CONFIG(accessibility)
        self.privacyCombo.setAccessibleName(QCoreApplication.translate("PaperDialog", u"Privacy impact assessment completed", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.privacyCombo.setAccessibleDescription(QCoreApplication.translate("PaperDialog", u"Yes, no or not applicable.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.privacyCommentEdit.setAccessibleName(QCoreApplication.translate("PaperDialog", u"Privacy impact assessment completed comment", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.privacyCommentEdit.setAccessibleDescription(QCoreApplication.translate("PaperDialog", u"A comment on the answer.", None))
#endif // QT_CONFIG(accessibility)
        self.privacyCommentEdit.setPlaceholderText(QCoreApplication.translate("PaperDialog", u"Comment", None))
        self.financialLabel.setText(QCoreApplication.translate("PaperDialog", u"&Financial impact assessment completed:", None))
#if QT_CONFIG(accessibility)
        self.financialCombo.setAccessibleName(QCoreApplication.translate("PaperDialog", u"Financial impact assessment completed", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.financialCombo.setAccessibleDescription(QCoreApplication.translate("PaperDialog", u"Yes, no or not applicable.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.financialCommentEdit.setAccessibleName(QCoreApplication.translate("PaperDialog", u"Financial impact assessment completed comment", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.financialCommentEdit.setAccessibleDescription(QCoreApplication.translate("PaperDialog", u"A comment on the answer.", None))
#endif // QT_CONFIG(accessibility)
        self.financialCommentEdit.setPlaceholderText(QCoreApplication.translate("PaperDialog", u"Comment", None))
        self.risksLabel.setText(QCoreApplication.translate("PaperDialog", u"Associated ris&ks:", None))
#if QT_CONFIG(accessibility)
        self.risksCombo.setAccessibleName(QCoreApplication.translate("PaperDialog", u"Associated risks", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.risksCombo.setAccessibleDescription(QCoreApplication.translate("PaperDialog", u"Yes, no or not applicable.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.risksCommentEdit.setAccessibleName(QCoreApplication.translate("PaperDialog", u"Associated risks comment", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.risksCommentEdit.setAccessibleDescription(QCoreApplication.translate("PaperDialog", u"A comment on the answer.", None))
#endif // QT_CONFIG(accessibility)
        self.risksCommentEdit.setPlaceholderText(QCoreApplication.translate("PaperDialog", u"Comment", None))
        self.tabs.setTabText(self.tabs.indexOf(self.implicationsPage), QCoreApplication.translate("PaperDialog", u"&Implications", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("PaperDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleDescription(QCoreApplication.translate("PaperDialog", u"Why the cover sheet could not be saved, and what to do.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("PaperDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
