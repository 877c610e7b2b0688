# generated from forms/end_membership.ui by make forms — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_EndMembershipDialog(object):
    def setupUi(self, EndMembershipDialog):
        if not EndMembershipDialog.objectName():
            EndMembershipDialog.setObjectName(u"EndMembershipDialog")
        EndMembershipDialog.resize(480, 220)
        EndMembershipDialog.setModal(True)
        self.mainLayout = QVBoxLayout(EndMembershipDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.questionLabel = QLabel(EndMembershipDialog)
        self.questionLabel.setObjectName(u"questionLabel")
        self.questionLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.questionLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(12)
        self.endLabel = QLabel(EndMembershipDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endDate = QDateEdit(EndMembershipDialog)
        self.endDate.setObjectName(u"endDate")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.endDate.sizePolicy().hasHeightForWidth())
        self.endDate.setSizePolicy(sizePolicy)
        self.endDate.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.endDate)


        self.mainLayout.addLayout(self.formLayout)

        self.noteLabel = QLabel(EndMembershipDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.noteLabel)

        self.errorLabel = QLabel(EndMembershipDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel#errorLabel { color: #8A1538; background: #FDECEA; border-left: 4px solid #DA291C; padding: 6px 8px; font-weight: bold; }")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(EndMembershipDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.endLabel.setBuddy(self.endDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EndMembershipDialog)
        self.buttonBox.accepted.connect(EndMembershipDialog.accept)
        self.buttonBox.rejected.connect(EndMembershipDialog.reject)

        QMetaObject.connectSlotsByName(EndMembershipDialog)
    # setupUi

    def retranslateUi(self, EndMembershipDialog):
        EndMembershipDialog.setWindowTitle(QCoreApplication.translate("EndMembershipDialog", u"End membership", None))
#if QT_CONFIG(accessibility)
        EndMembershipDialog.setAccessibleName(QCoreApplication.translate("EndMembershipDialog", u"End membership", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        EndMembershipDialog.setAccessibleDescription(QCoreApplication.translate("EndMembershipDialog", u"Give the last day of a membership. The member stays in the records as a past member.", None))
#endif // QT_CONFIG(accessibility)
        self.questionLabel.setText(QCoreApplication.translate("EndMembershipDialog", u"End the membership?", None))
#if QT_CONFIG(accessibility)
        self.questionLabel.setAccessibleName(QCoreApplication.translate("EndMembershipDialog", u"Membership to end", None))
#endif // QT_CONFIG(accessibility)
        self.endLabel.setText(QCoreApplication.translate("EndMembershipDialog", u"&Last day:", None))
        self.endDate.setDisplayFormat(QCoreApplication.translate("EndMembershipDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.endDate.setAccessibleName(QCoreApplication.translate("EndMembershipDialog", u"Last day", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.endDate.setAccessibleDescription(QCoreApplication.translate("EndMembershipDialog", u"The last day of the membership, as day/month/year.", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("EndMembershipDialog", u"The member stays in the records as a past member. Edit \u25b8 Undo puts the membership back as it was.", None))
#if QT_CONFIG(accessibility)
        self.noteLabel.setAccessibleName(QCoreApplication.translate("EndMembershipDialog", u"Note", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("EndMembershipDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleDescription(QCoreApplication.translate("EndMembershipDialog", u"Why the membership could not be ended, and what to do.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("EndMembershipDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
