# generated from forms/stage_decision.ui by make forms — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_StageDecisionDialog(object):
    def setupUi(self, StageDecisionDialog):
        if not StageDecisionDialog.objectName():
            StageDecisionDialog.setObjectName(u"StageDecisionDialog")
        StageDecisionDialog.resize(600, 400)
        StageDecisionDialog.setModal(True)
        self.mainLayout = QVBoxLayout(StageDecisionDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.stageLabel = QLabel(StageDecisionDialog)
        self.stageLabel.setObjectName(u"stageLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.stageLabel)

        self.stageCombo = QComboBox(StageDecisionDialog)
        self.stageCombo.setObjectName(u"stageCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.stageCombo)

        self.decidedLabel = QLabel(StageDecisionDialog)
        self.decidedLabel.setObjectName(u"decidedLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.decidedLabel)

        self.decidedDate = QDateEdit(StageDecisionDialog)
        self.decidedDate.setObjectName(u"decidedDate")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.decidedDate.sizePolicy().hasHeightForWidth())
        self.decidedDate.setSizePolicy(sizePolicy)
        self.decidedDate.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.decidedDate)

        self.decidedByLabel = QLabel(StageDecisionDialog)
        self.decidedByLabel.setObjectName(u"decidedByLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.decidedByLabel)

        self.decidedByEdit = QLineEdit(StageDecisionDialog)
        self.decidedByEdit.setObjectName(u"decidedByEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decidedByEdit)

        self.unmetLabel = QLabel(StageDecisionDialog)
        self.unmetLabel.setObjectName(u"unmetLabel")
        self.unmetLabel.setWordWrap(True)
        self.unmetLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.unmetLabel)

        self.rationaleLabel = QLabel(StageDecisionDialog)
        self.rationaleLabel.setObjectName(u"rationaleLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.rationaleLabel)

        self.rationaleEdit = QPlainTextEdit(StageDecisionDialog)
        self.rationaleEdit.setObjectName(u"rationaleEdit")
        self.rationaleEdit.setMaximumSize(QSize(16777215, 130))
        self.rationaleEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.rationaleEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.errorLabel = QLabel(StageDecisionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel#errorLabel { color: #8A1538; background: #FDECEA; border-left: 4px solid #DA291C; padding: 6px 8px; font-weight: bold; }")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(StageDecisionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.stageLabel.setBuddy(self.stageCombo)
        self.decidedLabel.setBuddy(self.decidedDate)
        self.decidedByLabel.setBuddy(self.decidedByEdit)
        self.rationaleLabel.setBuddy(self.rationaleEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.stageCombo, self.decidedDate)
        QWidget.setTabOrder(self.decidedDate, self.decidedByEdit)
        QWidget.setTabOrder(self.decidedByEdit, self.rationaleEdit)

        self.retranslateUi(StageDecisionDialog)
        self.buttonBox.accepted.connect(StageDecisionDialog.accept)
        self.buttonBox.rejected.connect(StageDecisionDialog.reject)

        QMetaObject.connectSlotsByName(StageDecisionDialog)
    # setupUi

    def retranslateUi(self, StageDecisionDialog):
        StageDecisionDialog.setWindowTitle(QCoreApplication.translate("StageDecisionDialog", u"Move the board to a stage", None))
#if QT_CONFIG(accessibility)
        StageDecisionDialog.setAccessibleName(QCoreApplication.translate("StageDecisionDialog", u"Move the board to a stage", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        StageDecisionDialog.setAccessibleDescription(QCoreApplication.translate("StageDecisionDialog", u"Record the board's decision to move to a stage; with criteria unmet, the rationale is required.", None))
#endif // QT_CONFIG(accessibility)
        self.stageLabel.setText(QCoreApplication.translate("StageDecisionDialog", u"&Stage:", None))
#if QT_CONFIG(accessibility)
        self.stageCombo.setAccessibleName(QCoreApplication.translate("StageDecisionDialog", u"Stage", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.stageCombo.setAccessibleDescription(QCoreApplication.translate("StageDecisionDialog", u"The stage the board moves to.", None))
#endif // QT_CONFIG(accessibility)
        self.decidedLabel.setText(QCoreApplication.translate("StageDecisionDialog", u"&Decided on:", None))
        self.decidedDate.setDisplayFormat(QCoreApplication.translate("StageDecisionDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.decidedDate.setAccessibleName(QCoreApplication.translate("StageDecisionDialog", u"Decided on", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.decidedDate.setAccessibleDescription(QCoreApplication.translate("StageDecisionDialog", u"The day the board decided, as day/month/year.", None))
#endif // QT_CONFIG(accessibility)
        self.decidedByLabel.setText(QCoreApplication.translate("StageDecisionDialog", u"Decided &by:", None))
        self.decidedByEdit.setPlaceholderText(QCoreApplication.translate("StageDecisionDialog", u"e.g. the chair, minute 7", None))
#if QT_CONFIG(accessibility)
        self.decidedByEdit.setAccessibleName(QCoreApplication.translate("StageDecisionDialog", u"Decided by", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.decidedByEdit.setAccessibleDescription(QCoreApplication.translate("StageDecisionDialog", u"Who decided, e.g. the chair or the meeting and minute.", None))
#endif // QT_CONFIG(accessibility)
        self.unmetLabel.setText("")
#if QT_CONFIG(accessibility)
        self.unmetLabel.setAccessibleName(QCoreApplication.translate("StageDecisionDialog", u"Criteria unmet", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.unmetLabel.setAccessibleDescription(QCoreApplication.translate("StageDecisionDialog", u"How many criteria up to the chosen stage are not met.", None))
#endif // QT_CONFIG(accessibility)
        self.rationaleLabel.setText(QCoreApplication.translate("StageDecisionDialog", u"&Rationale:", None))
#if QT_CONFIG(accessibility)
        self.rationaleEdit.setAccessibleName(QCoreApplication.translate("StageDecisionDialog", u"Rationale", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.rationaleEdit.setAccessibleDescription(QCoreApplication.translate("StageDecisionDialog", u"Why the board moves past the gate with criteria unmet; required when any are.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("StageDecisionDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleDescription(QCoreApplication.translate("StageDecisionDialog", u"Why it could not be saved, and what to do.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("StageDecisionDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
