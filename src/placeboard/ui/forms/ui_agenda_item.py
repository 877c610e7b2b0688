# generated from forms/agenda_item.ui by make forms — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_AgendaItemDialog(object):
    def setupUi(self, AgendaItemDialog):
        if not AgendaItemDialog.objectName():
            AgendaItemDialog.setObjectName(u"AgendaItemDialog")
        AgendaItemDialog.resize(600, 460)
        AgendaItemDialog.setModal(True)
        self.mainLayout = QVBoxLayout(AgendaItemDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.itemTitleLabel = QLabel(AgendaItemDialog)
        self.itemTitleLabel.setObjectName(u"itemTitleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.itemTitleLabel)

        self.titleEdit = QLineEdit(AgendaItemDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.partLabel = QLabel(AgendaItemDialog)
        self.partLabel.setObjectName(u"partLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.partLabel)

        self.partCombo = QComboBox(AgendaItemDialog)
        self.partCombo.setObjectName(u"partCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.partCombo)

        self.forLabel = QLabel(AgendaItemDialog)
        self.forLabel.setObjectName(u"forLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.forLabel)

        self.forCombo = QComboBox(AgendaItemDialog)
        self.forCombo.setObjectName(u"forCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.forCombo)

        self.outcomeLabel = QLabel(AgendaItemDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeEdit = QPlainTextEdit(AgendaItemDialog)
        self.outcomeEdit.setObjectName(u"outcomeEdit")
        self.outcomeEdit.setTabChangesFocus(True)
        self.outcomeEdit.setMaximumSize(QSize(16777215, 100))

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.outcomeEdit)

        self.leadLabel = QLabel(AgendaItemDialog)
        self.leadLabel.setObjectName(u"leadLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.leadLabel)

        self.leadEdit = QLineEdit(AgendaItemDialog)
        self.leadEdit.setObjectName(u"leadEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.leadEdit)

        self.timeLabel = QLabel(AgendaItemDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeEdit = QLineEdit(AgendaItemDialog)
        self.timeEdit.setObjectName(u"timeEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.timeEdit)

        self.minutesLabel = QLabel(AgendaItemDialog)
        self.minutesLabel.setObjectName(u"minutesLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.minutesLabel)

        self.minutesSpin = QSpinBox(AgendaItemDialog)
        self.minutesSpin.setObjectName(u"minutesSpin")
        self.minutesSpin.setMaximum(480)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.minutesSpin)

        self.topicsLabel = QLabel(AgendaItemDialog)
        self.topicsLabel.setObjectName(u"topicsLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.topicsLabel)

        self.topicsEdit = QLineEdit(AgendaItemDialog)
        self.topicsEdit.setObjectName(u"topicsEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.topicsEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(AgendaItemDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel#errorLabel { color: #8A1538; background: #FDECEA; border-left: 4px solid #DA291C; padding: 6px 8px; font-weight: bold; }")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(AgendaItemDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.itemTitleLabel.setBuddy(self.titleEdit)
        self.partLabel.setBuddy(self.partCombo)
        self.forLabel.setBuddy(self.forCombo)
        self.outcomeLabel.setBuddy(self.outcomeEdit)
        self.leadLabel.setBuddy(self.leadEdit)
        self.timeLabel.setBuddy(self.timeEdit)
        self.minutesLabel.setBuddy(self.minutesSpin)
        self.topicsLabel.setBuddy(self.topicsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.partCombo)
        QWidget.setTabOrder(self.partCombo, self.forCombo)
        QWidget.setTabOrder(self.forCombo, self.outcomeEdit)
        QWidget.setTabOrder(self.outcomeEdit, self.leadEdit)
        QWidget.setTabOrder(self.leadEdit, self.timeEdit)
        QWidget.setTabOrder(self.timeEdit, self.minutesSpin)
        QWidget.setTabOrder(self.minutesSpin, self.topicsEdit)

        self.retranslateUi(AgendaItemDialog)
        self.buttonBox.accepted.connect(AgendaItemDialog.accept)
        self.buttonBox.rejected.connect(AgendaItemDialog.reject)

        QMetaObject.connectSlotsByName(AgendaItemDialog)
    # setupUi

    def retranslateUi(self, AgendaItemDialog):
        AgendaItemDialog.setWindowTitle(QCoreApplication.translate("AgendaItemDialog", u"Add agenda item", None))
#if QT_CONFIG(accessibility)
        AgendaItemDialog.setAccessibleName(QCoreApplication.translate("AgendaItemDialog", u"Agenda item", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        AgendaItemDialog.setAccessibleDescription(QCoreApplication.translate("AgendaItemDialog", u"An item of the meeting's agenda.", None))
#endif // QT_CONFIG(accessibility)
        self.itemTitleLabel.setText(QCoreApplication.translate("AgendaItemDialog", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("AgendaItemDialog", u"Title", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleDescription(QCoreApplication.translate("AgendaItemDialog", u"The item's title as the agenda prints it.", None))
#endif // QT_CONFIG(accessibility)
        self.partLabel.setText(QCoreApplication.translate("AgendaItemDialog", u"&Part:", None))
#if QT_CONFIG(accessibility)
        self.partCombo.setAccessibleName(QCoreApplication.translate("AgendaItemDialog", u"Part", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.partCombo.setAccessibleDescription(QCoreApplication.translate("AgendaItemDialog", u"Part I is open to the press and public; Part II is confidential.", None))
#endif // QT_CONFIG(accessibility)
        self.forLabel.setText(QCoreApplication.translate("AgendaItemDialog", u"Item &for:", None))
#if QT_CONFIG(accessibility)
        self.forCombo.setAccessibleName(QCoreApplication.translate("AgendaItemDialog", u"Item for", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.forCombo.setAccessibleDescription(QCoreApplication.translate("AgendaItemDialog", u"Decision, action, assurance, discussion or information.", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeLabel.setText(QCoreApplication.translate("AgendaItemDialog", u"Intended &outcome:", None))
#if QT_CONFIG(accessibility)
        self.outcomeEdit.setAccessibleName(QCoreApplication.translate("AgendaItemDialog", u"Intended outcome", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.outcomeEdit.setAccessibleDescription(QCoreApplication.translate("AgendaItemDialog", u"What the board is asked to do with the item.", None))
#endif // QT_CONFIG(accessibility)
        self.leadLabel.setText(QCoreApplication.translate("AgendaItemDialog", u"&Lead:", None))
#if QT_CONFIG(accessibility)
        self.leadEdit.setAccessibleName(QCoreApplication.translate("AgendaItemDialog", u"Lead", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.leadEdit.setAccessibleDescription(QCoreApplication.translate("AgendaItemDialog", u"Who presents the item.", None))
#endif // QT_CONFIG(accessibility)
        self.timeLabel.setText(QCoreApplication.translate("AgendaItemDialog", u"Ti&me:", None))
#if QT_CONFIG(accessibility)
        self.timeEdit.setAccessibleName(QCoreApplication.translate("AgendaItemDialog", u"Time", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.timeEdit.setAccessibleDescription(QCoreApplication.translate("AgendaItemDialog", u"When the item starts, as 14:05; may be left empty.", None))
#endif // QT_CONFIG(accessibility)
        self.timeEdit.setPlaceholderText(QCoreApplication.translate("AgendaItemDialog", u"For example: 14:05", None))
        self.minutesLabel.setText(QCoreApplication.translate("AgendaItemDialog", u"Minutes &allowed:", None))
#if QT_CONFIG(accessibility)
        self.minutesSpin.setAccessibleName(QCoreApplication.translate("AgendaItemDialog", u"Minutes allowed", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.minutesSpin.setAccessibleDescription(QCoreApplication.translate("AgendaItemDialog", u"How many minutes the item has on the agenda; 0 when not set.", None))
#endif // QT_CONFIG(accessibility)
        self.topicsLabel.setText(QCoreApplication.translate("AgendaItemDialog", u"Top&ics:", None))
#if QT_CONFIG(accessibility)
        self.topicsEdit.setAccessibleName(QCoreApplication.translate("AgendaItemDialog", u"Topics", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.topicsEdit.setAccessibleDescription(QCoreApplication.translate("AgendaItemDialog", u"Keywords, separated by commas, matched against members' declarations to warn of a conflict of interest.", None))
#endif // QT_CONFIG(accessibility)
        self.topicsEdit.setPlaceholderText(QCoreApplication.translate("AgendaItemDialog", u"For example: primary care, housing", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("AgendaItemDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleDescription(QCoreApplication.translate("AgendaItemDialog", u"Why the item could not be saved, and what to do.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("AgendaItemDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
