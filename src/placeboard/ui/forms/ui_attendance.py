# generated from forms/attendance.ui by make forms — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_AttendanceDialog(object):
    def setupUi(self, AttendanceDialog):
        if not AttendanceDialog.objectName():
            AttendanceDialog.setObjectName(u"AttendanceDialog")
        AttendanceDialog.resize(560, 340)
        AttendanceDialog.setModal(True)
        self.mainLayout = QVBoxLayout(AttendanceDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.personLabel = QLabel(AttendanceDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personCombo = QComboBox(AttendanceDialog)
        self.personCombo.setObjectName(u"personCombo")
        self.personCombo.setEditable(True)
        self.personCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personCombo)

        self.personHint = QLabel(AttendanceDialog)
        self.personHint.setObjectName(u"personHint")
        self.personHint.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.personHint)

        self.statusLabel = QLabel(AttendanceDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(AttendanceDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.deputyLabel = QLabel(AttendanceDialog)
        self.deputyLabel.setObjectName(u"deputyLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.deputyLabel)

        self.deputyCombo = QComboBox(AttendanceDialog)
        self.deputyCombo.setObjectName(u"deputyCombo")
        self.deputyCombo.setEditable(True)
        self.deputyCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.deputyCombo)

        self.deputyHint = QLabel(AttendanceDialog)
        self.deputyHint.setObjectName(u"deputyHint")
        self.deputyHint.setWordWrap(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.deputyHint)

        self.noteLabel = QLabel(AttendanceDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(AttendanceDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.errorLabel = QLabel(AttendanceDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel#errorLabel { color: #8A1538; background: #FDECEA; border-left: 4px solid #DA291C; padding: 6px 8px; font-weight: bold; }")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(AttendanceDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.personCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.deputyLabel.setBuddy(self.deputyCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.personCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.deputyCombo)
        QWidget.setTabOrder(self.deputyCombo, self.noteEdit)

        self.retranslateUi(AttendanceDialog)
        self.buttonBox.accepted.connect(AttendanceDialog.accept)
        self.buttonBox.rejected.connect(AttendanceDialog.reject)

        QMetaObject.connectSlotsByName(AttendanceDialog)
    # setupUi

    def retranslateUi(self, AttendanceDialog):
        AttendanceDialog.setWindowTitle(QCoreApplication.translate("AttendanceDialog", u"Record attendance", None))
#if QT_CONFIG(accessibility)
        AttendanceDialog.setAccessibleName(QCoreApplication.translate("AttendanceDialog", u"Record attendance", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        AttendanceDialog.setAccessibleDescription(QCoreApplication.translate("AttendanceDialog", u"Record who attends the meeting: a member present, their apologies or a deputy in their place, or an observer or someone in attendance.", None))
#endif // QT_CONFIG(accessibility)
        self.personLabel.setText(QCoreApplication.translate("AttendanceDialog", u"&Person:", None))
#if QT_CONFIG(accessibility)
        self.personCombo.setAccessibleName(QCoreApplication.translate("AttendanceDialog", u"Person", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.personCombo.setAccessibleDescription(QCoreApplication.translate("AttendanceDialog", u"Who attends: choose one of the board's people or type a new name.", None))
#endif // QT_CONFIG(accessibility)
        self.personHint.setText("")
#if QT_CONFIG(accessibility)
        self.personHint.setAccessibleName(QCoreApplication.translate("AttendanceDialog", u"About the person", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.personHint.setAccessibleDescription(QCoreApplication.translate("AttendanceDialog", u"Whether the name is already in the board's records.", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("AttendanceDialog", u"&Attendance:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("AttendanceDialog", u"Attendance", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleDescription(QCoreApplication.translate("AttendanceDialog", u"Present, apologies, a deputy attending, absent; or observer or in attendance for someone without a seat.", None))
#endif // QT_CONFIG(accessibility)
        self.deputyLabel.setText(QCoreApplication.translate("AttendanceDialog", u"&Deputy:", None))
#if QT_CONFIG(accessibility)
        self.deputyCombo.setAccessibleName(QCoreApplication.translate("AttendanceDialog", u"Deputy", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.deputyCombo.setAccessibleDescription(QCoreApplication.translate("AttendanceDialog", u"The deputy attending in the member's place: one of the member's named deputies, or type a name.", None))
#endif // QT_CONFIG(accessibility)
        self.deputyHint.setText(QCoreApplication.translate("AttendanceDialog", u"A deputy attends with the member's apologies and fills their seat and vote.", None))
#if QT_CONFIG(accessibility)
        self.deputyHint.setAccessibleName(QCoreApplication.translate("AttendanceDialog", u"About the deputy", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.deputyHint.setAccessibleDescription(QCoreApplication.translate("AttendanceDialog", u"A deputy attends with the member's apologies and fills their seat and vote.", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("AttendanceDialog", u"&Note:", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("AttendanceDialog", u"Note", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleDescription(QCoreApplication.translate("AttendanceDialog", u"Anything the minutes should say about this attendance, such as the person's role.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("AttendanceDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleDescription(QCoreApplication.translate("AttendanceDialog", u"Why it could not be saved, and what to do.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("AttendanceDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
