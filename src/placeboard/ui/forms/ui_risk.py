# generated from forms/risk.ui by make forms — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_RiskDialog(object):
    def setupUi(self, RiskDialog):
        if not RiskDialog.objectName():
            RiskDialog.setObjectName(u"RiskDialog")
        RiskDialog.resize(640, 620)
        RiskDialog.setModal(True)
        self.mainLayout = QVBoxLayout(RiskDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.riskTitleLabel = QLabel(RiskDialog)
        self.riskTitleLabel.setObjectName(u"riskTitleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.riskTitleLabel)

        self.titleEdit = QLineEdit(RiskDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.descriptionLabel = QLabel(RiskDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(RiskDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMaximumSize(QSize(16777215, 64))
        self.descriptionEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.owningLabel = QLabel(RiskDialog)
        self.owningLabel.setObjectName(u"owningLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.owningLabel)

        self.owningCombo = QComboBox(RiskDialog)
        self.owningCombo.setObjectName(u"owningCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.owningCombo)

        self.ownerLabel = QLabel(RiskDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerEdit = QLineEdit(RiskDialog)
        self.ownerEdit.setObjectName(u"ownerEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.ownerEdit)

        self.contributorsLabel = QLabel(RiskDialog)
        self.contributorsLabel.setObjectName(u"contributorsLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contributorsLabel)

        self.contributorsList = QListWidget(RiskDialog)
        self.contributorsList.setObjectName(u"contributorsList")
        self.contributorsList.setMaximumSize(QSize(16777215, 124))

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contributorsList)

        self.scoresLayout = QGridLayout()
        self.scoresLayout.setObjectName(u"scoresLayout")
        self.scoresLayout.setHorizontalSpacing(8)
        self.scoresLayout.setVerticalSpacing(6)
        self.likelihoodHeading = QLabel(RiskDialog)
        self.likelihoodHeading.setObjectName(u"likelihoodHeading")
        self.likelihoodHeading.setStyleSheet(u"font-weight: bold;")

        self.scoresLayout.addWidget(self.likelihoodHeading, 0, 1, 1, 1)

        self.consequenceHeading = QLabel(RiskDialog)
        self.consequenceHeading.setObjectName(u"consequenceHeading")
        self.consequenceHeading.setStyleSheet(u"font-weight: bold;")

        self.scoresLayout.addWidget(self.consequenceHeading, 0, 2, 1, 1)

        self.scoreHeading = QLabel(RiskDialog)
        self.scoreHeading.setObjectName(u"scoreHeading")
        self.scoreHeading.setStyleSheet(u"font-weight: bold;")

        self.scoresLayout.addWidget(self.scoreHeading, 0, 3, 1, 1)

        self.initialLabel = QLabel(RiskDialog)
        self.initialLabel.setObjectName(u"initialLabel")

        self.scoresLayout.addWidget(self.initialLabel, 1, 0, 1, 1)

        self.initialLikelihood = QComboBox(RiskDialog)
        self.initialLikelihood.setObjectName(u"initialLikelihood")

        self.scoresLayout.addWidget(self.initialLikelihood, 1, 1, 1, 1)

        self.initialConsequence = QComboBox(RiskDialog)
        self.initialConsequence.setObjectName(u"initialConsequence")

        self.scoresLayout.addWidget(self.initialConsequence, 1, 2, 1, 1)

        self.initialScore = QLabel(RiskDialog)
        self.initialScore.setObjectName(u"initialScore")
        self.initialScore.setMinimumSize(QSize(120, 0))

        self.scoresLayout.addWidget(self.initialScore, 1, 3, 1, 1)

        self.currentLabel = QLabel(RiskDialog)
        self.currentLabel.setObjectName(u"currentLabel")

        self.scoresLayout.addWidget(self.currentLabel, 2, 0, 1, 1)

        self.currentLikelihood = QComboBox(RiskDialog)
        self.currentLikelihood.setObjectName(u"currentLikelihood")

        self.scoresLayout.addWidget(self.currentLikelihood, 2, 1, 1, 1)

        self.currentConsequence = QComboBox(RiskDialog)
        self.currentConsequence.setObjectName(u"currentConsequence")

        self.scoresLayout.addWidget(self.currentConsequence, 2, 2, 1, 1)

        self.currentScore = QLabel(RiskDialog)
        self.currentScore.setObjectName(u"currentScore")
        self.currentScore.setMinimumSize(QSize(120, 0))

        self.scoresLayout.addWidget(self.currentScore, 2, 3, 1, 1)

        self.targetLabel = QLabel(RiskDialog)
        self.targetLabel.setObjectName(u"targetLabel")

        self.scoresLayout.addWidget(self.targetLabel, 3, 0, 1, 1)

        self.targetLikelihood = QComboBox(RiskDialog)
        self.targetLikelihood.setObjectName(u"targetLikelihood")

        self.scoresLayout.addWidget(self.targetLikelihood, 3, 1, 1, 1)

        self.targetConsequence = QComboBox(RiskDialog)
        self.targetConsequence.setObjectName(u"targetConsequence")

        self.scoresLayout.addWidget(self.targetConsequence, 3, 2, 1, 1)

        self.targetScore = QLabel(RiskDialog)
        self.targetScore.setObjectName(u"targetScore")
        self.targetScore.setMinimumSize(QSize(120, 0))

        self.scoresLayout.addWidget(self.targetScore, 3, 3, 1, 1)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.scoresLayout)

        self.controlsLabel = QLabel(RiskDialog)
        self.controlsLabel.setObjectName(u"controlsLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.controlsLabel)

        self.controlsEdit = QPlainTextEdit(RiskDialog)
        self.controlsEdit.setObjectName(u"controlsEdit")
        self.controlsEdit.setMaximumSize(QSize(16777215, 64))
        self.controlsEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.controlsEdit)

        self.reviewLayout = QHBoxLayout()
        self.reviewLayout.setSpacing(8)
        self.reviewLayout.setObjectName(u"reviewLayout")
        self.reviewCheck = QCheckBox(RiskDialog)
        self.reviewCheck.setObjectName(u"reviewCheck")

        self.reviewLayout.addWidget(self.reviewCheck)

        self.reviewDate = QDateEdit(RiskDialog)
        self.reviewDate.setObjectName(u"reviewDate")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.reviewDate.sizePolicy().hasHeightForWidth())
        self.reviewDate.setSizePolicy(sizePolicy)
        self.reviewDate.setCalendarPopup(True)
        self.reviewDate.setEnabled(False)

        self.reviewLayout.addWidget(self.reviewDate)

        self.reviewSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reviewLayout.addItem(self.reviewSpacer)


        self.formLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.reviewLayout)


        self.mainLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.errorLabel = QLabel(RiskDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel#errorLabel { color: #8A1538; background: #FDECEA; border-left: 4px solid #DA291C; padding: 6px 8px; font-weight: bold; }")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(RiskDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.riskTitleLabel.setBuddy(self.titleEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.owningLabel.setBuddy(self.owningCombo)
        self.ownerLabel.setBuddy(self.ownerEdit)
        self.contributorsLabel.setBuddy(self.contributorsList)
        self.initialLabel.setBuddy(self.initialLikelihood)
        self.currentLabel.setBuddy(self.currentLikelihood)
        self.targetLabel.setBuddy(self.targetLikelihood)
        self.controlsLabel.setBuddy(self.controlsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.owningCombo)
        QWidget.setTabOrder(self.owningCombo, self.ownerEdit)
        QWidget.setTabOrder(self.ownerEdit, self.contributorsList)
        QWidget.setTabOrder(self.contributorsList, self.initialLikelihood)
        QWidget.setTabOrder(self.initialLikelihood, self.initialConsequence)
        QWidget.setTabOrder(self.initialConsequence, self.currentLikelihood)
        QWidget.setTabOrder(self.currentLikelihood, self.currentConsequence)
        QWidget.setTabOrder(self.currentConsequence, self.targetLikelihood)
        QWidget.setTabOrder(self.targetLikelihood, self.targetConsequence)
        QWidget.setTabOrder(self.targetConsequence, self.controlsEdit)
        QWidget.setTabOrder(self.controlsEdit, self.reviewCheck)
        QWidget.setTabOrder(self.reviewCheck, self.reviewDate)

        self.retranslateUi(RiskDialog)
        self.buttonBox.accepted.connect(RiskDialog.accept)
        self.buttonBox.rejected.connect(RiskDialog.reject)
        self.reviewCheck.toggled.connect(self.reviewDate.setEnabled)

        QMetaObject.connectSlotsByName(RiskDialog)
    # setupUi

    def retranslateUi(self, RiskDialog):
        RiskDialog.setWindowTitle(QCoreApplication.translate("RiskDialog", u"Add risk", None))
#if QT_CONFIG(accessibility)
        RiskDialog.setAccessibleName(QCoreApplication.translate("RiskDialog", u"Risk", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        RiskDialog.setAccessibleDescription(QCoreApplication.translate("RiskDialog", u"A risk of the place: owning and contributing partners, its 5 \u00d7 5 scores, controls and review date.", None))
#endif // QT_CONFIG(accessibility)
        self.riskTitleLabel.setText(QCoreApplication.translate("RiskDialog", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("RiskDialog", u"Title", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleDescription(QCoreApplication.translate("RiskDialog", u"The risk in a few words, as the register lists it.", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionLabel.setText(QCoreApplication.translate("RiskDialog", u"&Description:", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("RiskDialog", u"Description", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleDescription(QCoreApplication.translate("RiskDialog", u"The cause, the event and its effect on the place.", None))
#endif // QT_CONFIG(accessibility)
        self.owningLabel.setText(QCoreApplication.translate("RiskDialog", u"Owning &partner:", None))
#if QT_CONFIG(accessibility)
        self.owningCombo.setAccessibleName(QCoreApplication.translate("RiskDialog", u"Owning partner", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.owningCombo.setAccessibleDescription(QCoreApplication.translate("RiskDialog", u"The partner that owns the risk. Only the board's partners are listed.", None))
#endif // QT_CONFIG(accessibility)
        self.ownerLabel.setText(QCoreApplication.translate("RiskDialog", u"Risk o&wner:", None))
#if QT_CONFIG(accessibility)
        self.ownerEdit.setAccessibleName(QCoreApplication.translate("RiskDialog", u"Risk owner", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ownerEdit.setAccessibleDescription(QCoreApplication.translate("RiskDialog", u"The person who answers for the risk.", None))
#endif // QT_CONFIG(accessibility)
        self.contributorsLabel.setText(QCoreApplication.translate("RiskDialog", u"Co&ntributing partners:", None))
#if QT_CONFIG(accessibility)
        self.contributorsList.setAccessibleName(QCoreApplication.translate("RiskDialog", u"Contributing partners", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.contributorsList.setAccessibleDescription(QCoreApplication.translate("RiskDialog", u"Tick the partners that contribute to the mitigations; Space ticks the chosen one.", None))
#endif // QT_CONFIG(accessibility)
        self.likelihoodHeading.setText(QCoreApplication.translate("RiskDialog", u"Likelihood", None))
        self.consequenceHeading.setText(QCoreApplication.translate("RiskDialog", u"Consequence", None))
        self.scoreHeading.setText(QCoreApplication.translate("RiskDialog", u"Score", None))
        self.initialLabel.setText(QCoreApplication.translate("RiskDialog", u"&Initial:", None))
#if QT_CONFIG(accessibility)
        self.initialLikelihood.setAccessibleName(QCoreApplication.translate("RiskDialog", u"Initial likelihood", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.initialLikelihood.setAccessibleDescription(QCoreApplication.translate("RiskDialog", u"How likely the risk is before any controls: 1 rare to 5 almost certain.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.initialConsequence.setAccessibleName(QCoreApplication.translate("RiskDialog", u"Initial consequence", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.initialConsequence.setAccessibleDescription(QCoreApplication.translate("RiskDialog", u"How bad it would be before any controls: 1 negligible to 5 catastrophic.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.initialScore.setAccessibleName(QCoreApplication.translate("RiskDialog", u"Initial score", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.initialScore.setAccessibleDescription(QCoreApplication.translate("RiskDialog", u"The initial score, likelihood times consequence, and its band.", None))
#endif // QT_CONFIG(accessibility)
        self.currentLabel.setText(QCoreApplication.translate("RiskDialog", u"C&urrent:", None))
#if QT_CONFIG(accessibility)
        self.currentLikelihood.setAccessibleName(QCoreApplication.translate("RiskDialog", u"Current likelihood", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.currentLikelihood.setAccessibleDescription(QCoreApplication.translate("RiskDialog", u"How likely the risk is now, with the controls in place: 1 rare to 5 almost certain.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.currentConsequence.setAccessibleName(QCoreApplication.translate("RiskDialog", u"Current consequence", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.currentConsequence.setAccessibleDescription(QCoreApplication.translate("RiskDialog", u"How bad it would be now, with the controls in place: 1 negligible to 5 catastrophic.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.currentScore.setAccessibleName(QCoreApplication.translate("RiskDialog", u"Current score", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.currentScore.setAccessibleDescription(QCoreApplication.translate("RiskDialog", u"The current score, likelihood times consequence, and its band.", None))
#endif // QT_CONFIG(accessibility)
        self.targetLabel.setText(QCoreApplication.translate("RiskDialog", u"Tar&get:", None))
#if QT_CONFIG(accessibility)
        self.targetLikelihood.setAccessibleName(QCoreApplication.translate("RiskDialog", u"Target likelihood", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.targetLikelihood.setAccessibleDescription(QCoreApplication.translate("RiskDialog", u"How likely the risk is once the mitigations are done: 1 rare to 5 almost certain.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.targetConsequence.setAccessibleName(QCoreApplication.translate("RiskDialog", u"Target consequence", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.targetConsequence.setAccessibleDescription(QCoreApplication.translate("RiskDialog", u"How bad it would be once the mitigations are done: 1 negligible to 5 catastrophic.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.targetScore.setAccessibleName(QCoreApplication.translate("RiskDialog", u"Target score", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.targetScore.setAccessibleDescription(QCoreApplication.translate("RiskDialog", u"The target score, likelihood times consequence, and its band.", None))
#endif // QT_CONFIG(accessibility)
        self.controlsLabel.setText(QCoreApplication.translate("RiskDialog", u"Contro&ls:", None))
#if QT_CONFIG(accessibility)
        self.controlsEdit.setAccessibleName(QCoreApplication.translate("RiskDialog", u"Controls", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.controlsEdit.setAccessibleDescription(QCoreApplication.translate("RiskDialog", u"The controls already in place.", None))
#endif // QT_CONFIG(accessibility)
        self.reviewCheck.setText(QCoreApplication.translate("RiskDialog", u"Next re&view due:", None))
#if QT_CONFIG(accessibility)
        self.reviewCheck.setAccessibleName(QCoreApplication.translate("RiskDialog", u"Has a review date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reviewCheck.setAccessibleDescription(QCoreApplication.translate("RiskDialog", u"Tick to give the day the risk is next due for review.", None))
#endif // QT_CONFIG(accessibility)
        self.reviewDate.setDisplayFormat(QCoreApplication.translate("RiskDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.reviewDate.setAccessibleName(QCoreApplication.translate("RiskDialog", u"Next review due", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reviewDate.setAccessibleDescription(QCoreApplication.translate("RiskDialog", u"The day of the next review, as day/month/year. After it, an open risk is overdue.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("RiskDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleDescription(QCoreApplication.translate("RiskDialog", u"Why the risk could not be saved, and what to do.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("RiskDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
