# generated from forms/forward_plan_entry.ui by make forms — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ForwardPlanEntryDialog(object):
    def setupUi(self, ForwardPlanEntryDialog):
        if not ForwardPlanEntryDialog.objectName():
            ForwardPlanEntryDialog.setObjectName(u"ForwardPlanEntryDialog")
        ForwardPlanEntryDialog.resize(560, 380)
        ForwardPlanEntryDialog.setModal(True)
        self.mainLayout = QVBoxLayout(ForwardPlanEntryDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.meetingLabel = QLabel(ForwardPlanEntryDialog)
        self.meetingLabel.setObjectName(u"meetingLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.meetingLabel)

        self.meetingCombo = QComboBox(ForwardPlanEntryDialog)
        self.meetingCombo.setObjectName(u"meetingCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.meetingCombo)

        self.monthLabel = QLabel(ForwardPlanEntryDialog)
        self.monthLabel.setObjectName(u"monthLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.monthLabel)

        self.monthEdit = QLineEdit(ForwardPlanEntryDialog)
        self.monthEdit.setObjectName(u"monthEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.monthEdit)

        self.topicLabel = QLabel(ForwardPlanEntryDialog)
        self.topicLabel.setObjectName(u"topicLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.topicLabel)

        self.topicEdit = QLineEdit(ForwardPlanEntryDialog)
        self.topicEdit.setObjectName(u"topicEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.topicEdit)

        self.summaryLabel = QLabel(ForwardPlanEntryDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryEdit = QPlainTextEdit(ForwardPlanEntryDialog)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)
        self.summaryEdit.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.summaryEdit)

        self.ownerLabel = QLabel(ForwardPlanEntryDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerEdit = QLineEdit(ForwardPlanEntryDialog)
        self.ownerEdit.setObjectName(u"ownerEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ownerEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.errorLabel = QLabel(ForwardPlanEntryDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel#errorLabel { color: #8A1538; background: #FDECEA; border-left: 4px solid #DA291C; padding: 6px 8px; font-weight: bold; }")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ForwardPlanEntryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.meetingLabel.setBuddy(self.meetingCombo)
        self.monthLabel.setBuddy(self.monthEdit)
        self.topicLabel.setBuddy(self.topicEdit)
        self.summaryLabel.setBuddy(self.summaryEdit)
        self.ownerLabel.setBuddy(self.ownerEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.meetingCombo, self.monthEdit)
        QWidget.setTabOrder(self.monthEdit, self.topicEdit)
        QWidget.setTabOrder(self.topicEdit, self.summaryEdit)
        QWidget.setTabOrder(self.summaryEdit, self.ownerEdit)

        self.retranslateUi(ForwardPlanEntryDialog)
        self.buttonBox.accepted.connect(ForwardPlanEntryDialog.accept)
        self.buttonBox.rejected.connect(ForwardPlanEntryDialog.reject)

        QMetaObject.connectSlotsByName(ForwardPlanEntryDialog)
    # setupUi

    def retranslateUi(self, ForwardPlanEntryDialog):
        ForwardPlanEntryDialog.setWindowTitle(QCoreApplication.translate("ForwardPlanEntryDialog", u"Add forward plan entry", None))
#if QT_CONFIG(accessibility)
        ForwardPlanEntryDialog.setAccessibleName(QCoreApplication.translate("ForwardPlanEntryDialog", u"Forward plan entry", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        ForwardPlanEntryDialog.setAccessibleDescription(QCoreApplication.translate("ForwardPlanEntryDialog", u"A topic planned for a future meeting (seed 004's forward planner: date of meeting, topic, summary, owner).", None))
#endif // QT_CONFIG(accessibility)
        self.meetingLabel.setText(QCoreApplication.translate("ForwardPlanEntryDialog", u"&Meeting:", None))
#if QT_CONFIG(accessibility)
        self.meetingCombo.setAccessibleName(QCoreApplication.translate("ForwardPlanEntryDialog", u"Meeting", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.meetingCombo.setAccessibleDescription(QCoreApplication.translate("ForwardPlanEntryDialog", u"The future meeting the topic is planned for, or a month when no meeting is fixed yet.", None))
#endif // QT_CONFIG(accessibility)
        self.monthLabel.setText(QCoreApplication.translate("ForwardPlanEntryDialog", u"Mo&nth:", None))
#if QT_CONFIG(accessibility)
        self.monthEdit.setAccessibleName(QCoreApplication.translate("ForwardPlanEntryDialog", u"Month", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.monthEdit.setAccessibleDescription(QCoreApplication.translate("ForwardPlanEntryDialog", u"When no meeting is chosen: the month planned, as year-month (2027-01), or TBC.", None))
#endif // QT_CONFIG(accessibility)
        self.topicLabel.setText(QCoreApplication.translate("ForwardPlanEntryDialog", u"&Topic:", None))
#if QT_CONFIG(accessibility)
        self.topicEdit.setAccessibleName(QCoreApplication.translate("ForwardPlanEntryDialog", u"Topic", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.topicEdit.setAccessibleDescription(QCoreApplication.translate("ForwardPlanEntryDialog", u"The topic, as the agenda item will be called.", None))
#endif // QT_CONFIG(accessibility)
        self.summaryLabel.setText(QCoreApplication.translate("ForwardPlanEntryDialog", u"&Summary:", None))
#if QT_CONFIG(accessibility)
        self.summaryEdit.setAccessibleName(QCoreApplication.translate("ForwardPlanEntryDialog", u"Summary", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summaryEdit.setAccessibleDescription(QCoreApplication.translate("ForwardPlanEntryDialog", u"What the board is to do with it, for example To receive the strategy.", None))
#endif // QT_CONFIG(accessibility)
        self.ownerLabel.setText(QCoreApplication.translate("ForwardPlanEntryDialog", u"&Owner:", None))
#if QT_CONFIG(accessibility)
        self.ownerEdit.setAccessibleName(QCoreApplication.translate("ForwardPlanEntryDialog", u"Owner", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ownerEdit.setAccessibleDescription(QCoreApplication.translate("ForwardPlanEntryDialog", u"Who brings the item.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("ForwardPlanEntryDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleDescription(QCoreApplication.translate("ForwardPlanEntryDialog", u"Why it could not be saved, and what to do.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("ForwardPlanEntryDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
