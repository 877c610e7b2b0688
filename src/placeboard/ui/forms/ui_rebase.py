# generated from forms/rebase.ui by make forms — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_RebaseDialog(object):
    def setupUi(self, RebaseDialog):
        if not RebaseDialog.objectName():
            RebaseDialog.setObjectName(u"RebaseDialog")
        RebaseDialog.resize(520, 300)
        RebaseDialog.setModal(True)
        self.mainLayout = QVBoxLayout(RebaseDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.introLabel = QLabel(RebaseDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.periodLabel = QLabel(RebaseDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodCombo = QComboBox(RebaseDialog)
        self.periodCombo.setObjectName(u"periodCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.periodCombo)

        self.reasonLabel = QLabel(RebaseDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(RebaseDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaximumSize(QSize(16777215, 96))
        self.reasonEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.errorLabel = QLabel(RebaseDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel#errorLabel { color: #8A1538; background: #FDECEA; border-left: 4px solid #DA291C; padding: 6px 8px; font-weight: bold; }")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(RebaseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.periodCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.periodCombo, self.reasonEdit)

        self.retranslateUi(RebaseDialog)
        self.buttonBox.accepted.connect(RebaseDialog.accept)
        self.buttonBox.rejected.connect(RebaseDialog.reject)

        QMetaObject.connectSlotsByName(RebaseDialog)
    # setupUi

    def retranslateUi(self, RebaseDialog):
        RebaseDialog.setWindowTitle(QCoreApplication.translate("RebaseDialog", u"Add rebase", None))
#if QT_CONFIG(accessibility)
        RebaseDialog.setAccessibleName(QCoreApplication.translate("RebaseDialog", u"Rebase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        RebaseDialog.setAccessibleDescription(QCoreApplication.translate("RebaseDialog", u"Start a new group of limits at a period, with the reason the process changed.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("RebaseDialog", u"About this dialog", None))
#endif // QT_CONFIG(accessibility)
        self.periodLabel.setText(QCoreApplication.translate("RebaseDialog", u"&From period:", None))
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleName(QCoreApplication.translate("RebaseDialog", u"From period", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleDescription(QCoreApplication.translate("RebaseDialog", u"The first period of the new group: its mean and limits are worked out from here on.", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("RebaseDialog", u"&Reason:", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("RebaseDialog", u"Reason", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleDescription(QCoreApplication.translate("RebaseDialog", u"Why the process changed, such as a new service starting.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("RebaseDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleDescription(QCoreApplication.translate("RebaseDialog", u"Why the rebase could not be added, and what to do.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("RebaseDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
