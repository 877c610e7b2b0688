# generated from forms/meeting.ui by make forms — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QTimeEdit, QVBoxLayout,
    QWidget)

class Ui_MeetingDialog(object):
    def setupUi(self, MeetingDialog):
        if not MeetingDialog.objectName():
            MeetingDialog.setObjectName(u"MeetingDialog")
        MeetingDialog.resize(560, 380)
        MeetingDialog.setModal(True)
        self.mainLayout = QVBoxLayout(MeetingDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.dateLabel = QLabel(MeetingDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(MeetingDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.timeLabel = QLabel(MeetingDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeEdit = QTimeEdit(MeetingDialog)
        self.timeEdit.setObjectName(u"timeEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.timeEdit)

        self.venueLabel = QLabel(MeetingDialog)
        self.venueLabel.setObjectName(u"venueLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.venueLabel)

        self.venueEdit = QLineEdit(MeetingDialog)
        self.venueEdit.setObjectName(u"venueEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.venueEdit)

        self.formatLabel = QLabel(MeetingDialog)
        self.formatLabel.setObjectName(u"formatLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.formatCombo = QComboBox(MeetingDialog)
        self.formatCombo.setObjectName(u"formatCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.formatCombo)

        self.statusLabel = QLabel(MeetingDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(MeetingDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.meetingTitleLabel = QLabel(MeetingDialog)
        self.meetingTitleLabel.setObjectName(u"meetingTitleLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.meetingTitleLabel)

        self.titleEdit = QLineEdit(MeetingDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.standingNote = QLabel(MeetingDialog)
        self.standingNote.setObjectName(u"standingNote")
        self.standingNote.setWordWrap(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.standingNote)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(MeetingDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel#errorLabel { color: #8A1538; background: #FDECEA; border-left: 4px solid #DA291C; padding: 6px 8px; font-weight: bold; }")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(MeetingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.timeLabel.setBuddy(self.timeEdit)
        self.venueLabel.setBuddy(self.venueEdit)
        self.formatLabel.setBuddy(self.formatCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.meetingTitleLabel.setBuddy(self.titleEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.timeEdit)
        QWidget.setTabOrder(self.timeEdit, self.venueEdit)
        QWidget.setTabOrder(self.venueEdit, self.formatCombo)
        QWidget.setTabOrder(self.formatCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.titleEdit)

        self.retranslateUi(MeetingDialog)
        self.buttonBox.accepted.connect(MeetingDialog.accept)
        self.buttonBox.rejected.connect(MeetingDialog.reject)

        QMetaObject.connectSlotsByName(MeetingDialog)
    # setupUi

    def retranslateUi(self, MeetingDialog):
        MeetingDialog.setWindowTitle(QCoreApplication.translate("MeetingDialog", u"New meeting", None))
#if QT_CONFIG(accessibility)
        MeetingDialog.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Meeting", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        MeetingDialog.setAccessibleDescription(QCoreApplication.translate("MeetingDialog", u"A meeting of the board: when, where and how it is held.", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleDescription(QCoreApplication.translate("MeetingDialog", u"The day of the meeting, as day/month/year.", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("MeetingDialog", u"dd/MM/yyyy", None))
        self.timeLabel.setText(QCoreApplication.translate("MeetingDialog", u"Start &time:", None))
#if QT_CONFIG(accessibility)
        self.timeEdit.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Start time", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.timeEdit.setAccessibleDescription(QCoreApplication.translate("MeetingDialog", u"When the meeting starts, 24-hour clock.", None))
#endif // QT_CONFIG(accessibility)
        self.timeEdit.setDisplayFormat(QCoreApplication.translate("MeetingDialog", u"HH:mm", None))
        self.venueLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Venue:", None))
#if QT_CONFIG(accessibility)
        self.venueEdit.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Venue", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.venueEdit.setAccessibleDescription(QCoreApplication.translate("MeetingDialog", u"Where the meeting is held, often a community venue; for online meetings, the platform.", None))
#endif // QT_CONFIG(accessibility)
        self.venueEdit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"For example: Blackpool Central Library, Committee Room", None))
        self.formatLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Format:", None))
#if QT_CONFIG(accessibility)
        self.formatCombo.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Format", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.formatCombo.setAccessibleDescription(QCoreApplication.translate("MeetingDialog", u"In person, online or hybrid.", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Status:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleDescription(QCoreApplication.translate("MeetingDialog", u"Planned, held or cancelled.", None))
#endif // QT_CONFIG(accessibility)
        self.meetingTitleLabel.setText(QCoreApplication.translate("MeetingDialog", u"T&itle:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Title", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleDescription(QCoreApplication.translate("MeetingDialog", u"Optional: a title for a special or extraordinary meeting; left empty, the board's name is used.", None))
#endif // QT_CONFIG(accessibility)
        self.standingNote.setText(QCoreApplication.translate("MeetingDialog", u"A new meeting gets the standing items and an item for each forward plan entry planned for its month.", None))
#if QT_CONFIG(accessibility)
        self.standingNote.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"About new meetings", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleDescription(QCoreApplication.translate("MeetingDialog", u"Why the meeting could not be saved, and what to do.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
