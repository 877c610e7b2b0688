# generated from forms/priority.ui by make forms — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PriorityDialog(object):
    def setupUi(self, PriorityDialog):
        if not PriorityDialog.objectName():
            PriorityDialog.setObjectName(u"PriorityDialog")
        PriorityDialog.resize(620, 470)
        PriorityDialog.setModal(True)
        self.mainLayout = QVBoxLayout(PriorityDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.codeLabel = QLabel(PriorityDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(PriorityDialog)
        self.codeEdit.setObjectName(u"codeEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.titleLabel = QLabel(PriorityDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(PriorityDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.themeLabel = QLabel(PriorityDialog)
        self.themeLabel.setObjectName(u"themeLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.themeLabel)

        self.themeEdit = QLineEdit(PriorityDialog)
        self.themeEdit.setObjectName(u"themeEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.themeEdit)

        self.phaseLabel = QLabel(PriorityDialog)
        self.phaseLabel.setObjectName(u"phaseLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phaseLabel)

        self.phaseCombo = QComboBox(PriorityDialog)
        self.phaseCombo.setObjectName(u"phaseCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phaseCombo)

        self.leadLabel = QLabel(PriorityDialog)
        self.leadLabel.setObjectName(u"leadLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.leadLabel)

        self.leadCombo = QComboBox(PriorityDialog)
        self.leadCombo.setObjectName(u"leadCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.leadCombo)

        self.ownerLabel = QLabel(PriorityDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerEdit = QLineEdit(PriorityDialog)
        self.ownerEdit.setObjectName(u"ownerEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.ownerEdit)

        self.startLayout = QHBoxLayout()
        self.startLayout.setSpacing(8)
        self.startLayout.setObjectName(u"startLayout")
        self.startCheck = QCheckBox(PriorityDialog)
        self.startCheck.setObjectName(u"startCheck")

        self.startLayout.addWidget(self.startCheck)

        self.startDate = QDateEdit(PriorityDialog)
        self.startDate.setObjectName(u"startDate")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.startDate.sizePolicy().hasHeightForWidth())
        self.startDate.setSizePolicy(sizePolicy)
        self.startDate.setCalendarPopup(True)
        self.startDate.setEnabled(False)

        self.startLayout.addWidget(self.startDate)

        self.startLayoutSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.startLayout.addItem(self.startLayoutSpacer)


        self.formLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.startLayout)

        self.dueLayout = QHBoxLayout()
        self.dueLayout.setSpacing(8)
        self.dueLayout.setObjectName(u"dueLayout")
        self.dueCheck = QCheckBox(PriorityDialog)
        self.dueCheck.setObjectName(u"dueCheck")

        self.dueLayout.addWidget(self.dueCheck)

        self.dueDate = QDateEdit(PriorityDialog)
        self.dueDate.setObjectName(u"dueDate")
        sizePolicy.setHeightForWidth(self.dueDate.sizePolicy().hasHeightForWidth())
        self.dueDate.setSizePolicy(sizePolicy)
        self.dueDate.setCalendarPopup(True)
        self.dueDate.setEnabled(False)

        self.dueLayout.addWidget(self.dueDate)

        self.dueLayoutSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dueLayout.addItem(self.dueLayoutSpacer)


        self.formLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.dueLayout)

        self.descriptionLabel = QLabel(PriorityDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(PriorityDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMaximumSize(QSize(16777215, 110))
        self.descriptionEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.errorLabel = QLabel(PriorityDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel#errorLabel { color: #8A1538; background: #FDECEA; border-left: 4px solid #DA291C; padding: 6px 8px; font-weight: bold; }")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PriorityDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.themeLabel.setBuddy(self.themeEdit)
        self.phaseLabel.setBuddy(self.phaseCombo)
        self.leadLabel.setBuddy(self.leadCombo)
        self.ownerLabel.setBuddy(self.ownerEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.themeEdit)
        QWidget.setTabOrder(self.themeEdit, self.phaseCombo)
        QWidget.setTabOrder(self.phaseCombo, self.leadCombo)
        QWidget.setTabOrder(self.leadCombo, self.ownerEdit)
        QWidget.setTabOrder(self.ownerEdit, self.startCheck)
        QWidget.setTabOrder(self.startCheck, self.startDate)
        QWidget.setTabOrder(self.startDate, self.dueCheck)
        QWidget.setTabOrder(self.dueCheck, self.dueDate)
        QWidget.setTabOrder(self.dueDate, self.descriptionEdit)

        self.retranslateUi(PriorityDialog)
        self.buttonBox.accepted.connect(PriorityDialog.accept)
        self.buttonBox.rejected.connect(PriorityDialog.reject)
        self.startCheck.toggled.connect(self.startDate.setEnabled)
        self.dueCheck.toggled.connect(self.dueDate.setEnabled)

        QMetaObject.connectSlotsByName(PriorityDialog)
    # setupUi

    def retranslateUi(self, PriorityDialog):
        PriorityDialog.setWindowTitle(QCoreApplication.translate("PriorityDialog", u"Add priority", None))
#if QT_CONFIG(accessibility)
        PriorityDialog.setAccessibleName(QCoreApplication.translate("PriorityDialog", u"Priority", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        PriorityDialog.setAccessibleDescription(QCoreApplication.translate("PriorityDialog", u"A priority of the board: its title, theme, phase, lead organisation, owner and dates.", None))
#endif // QT_CONFIG(accessibility)
        self.codeLabel.setText(QCoreApplication.translate("PriorityDialog", u"Co&de:", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("PriorityDialog", u"For example: BwD-1", None))
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleName(QCoreApplication.translate("PriorityDialog", u"Code", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleDescription(QCoreApplication.translate("PriorityDialog", u"A short reference, for example BwD-1.", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("PriorityDialog", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("PriorityDialog", u"Title", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleDescription(QCoreApplication.translate("PriorityDialog", u"What the priority is, as the highlight report names it.", None))
#endif // QT_CONFIG(accessibility)
        self.themeLabel.setText(QCoreApplication.translate("PriorityDialog", u"T&heme:", None))
#if QT_CONFIG(accessibility)
        self.themeEdit.setAccessibleName(QCoreApplication.translate("PriorityDialog", u"Theme", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.themeEdit.setAccessibleDescription(QCoreApplication.translate("PriorityDialog", u"The theme it belongs to, for example Integrated neighbourhoods.", None))
#endif // QT_CONFIG(accessibility)
        self.phaseLabel.setText(QCoreApplication.translate("PriorityDialog", u"&Phase:", None))
#if QT_CONFIG(accessibility)
        self.phaseCombo.setAccessibleName(QCoreApplication.translate("PriorityDialog", u"Phase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.phaseCombo.setAccessibleDescription(QCoreApplication.translate("PriorityDialog", u"Phase 1, 2 or 3 of the Place Integration Deal.", None))
#endif // QT_CONFIG(accessibility)
        self.leadLabel.setText(QCoreApplication.translate("PriorityDialog", u"&Lead organisation:", None))
#if QT_CONFIG(accessibility)
        self.leadCombo.setAccessibleName(QCoreApplication.translate("PriorityDialog", u"Lead organisation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.leadCombo.setAccessibleDescription(QCoreApplication.translate("PriorityDialog", u"The partner organisation that leads the priority.", None))
#endif // QT_CONFIG(accessibility)
        self.ownerLabel.setText(QCoreApplication.translate("PriorityDialog", u"O&wner:", None))
#if QT_CONFIG(accessibility)
        self.ownerEdit.setAccessibleName(QCoreApplication.translate("PriorityDialog", u"Owner", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ownerEdit.setAccessibleDescription(QCoreApplication.translate("PriorityDialog", u"The person accountable for delivery.", None))
#endif // QT_CONFIG(accessibility)
        self.startCheck.setText(QCoreApplication.translate("PriorityDialog", u"&Starts on:", None))
#if QT_CONFIG(accessibility)
        self.startCheck.setAccessibleName(QCoreApplication.translate("PriorityDialog", u"Has a start date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.startCheck.setAccessibleDescription(QCoreApplication.translate("PriorityDialog", u"Tick to give the day the work starts.", None))
#endif // QT_CONFIG(accessibility)
        self.startDate.setDisplayFormat(QCoreApplication.translate("PriorityDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.startDate.setAccessibleName(QCoreApplication.translate("PriorityDialog", u"Starts on", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.startDate.setAccessibleDescription(QCoreApplication.translate("PriorityDialog", u"The day the work starts, as day/month/year.", None))
#endif // QT_CONFIG(accessibility)
        self.dueCheck.setText(QCoreApplication.translate("PriorityDialog", u"D&ue by:", None))
#if QT_CONFIG(accessibility)
        self.dueCheck.setAccessibleName(QCoreApplication.translate("PriorityDialog", u"Has a due date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dueCheck.setAccessibleDescription(QCoreApplication.translate("PriorityDialog", u"Tick to give the day the priority is due to be delivered.", None))
#endif // QT_CONFIG(accessibility)
        self.dueDate.setDisplayFormat(QCoreApplication.translate("PriorityDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.dueDate.setAccessibleName(QCoreApplication.translate("PriorityDialog", u"Due by", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dueDate.setAccessibleDescription(QCoreApplication.translate("PriorityDialog", u"The day it is due, as day/month/year. After it, the priority is overdue unless complete.", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionLabel.setText(QCoreApplication.translate("PriorityDialog", u"Des&cription:", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("PriorityDialog", u"Description", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleDescription(QCoreApplication.translate("PriorityDialog", u"What will be delivered and why.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("PriorityDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleDescription(QCoreApplication.translate("PriorityDialog", u"Why it could not be saved, and what to do.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("PriorityDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
