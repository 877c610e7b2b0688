# generated from forms/metric.ui by make forms — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_MetricDialog(object):
    def setupUi(self, MetricDialog):
        if not MetricDialog.objectName():
            MetricDialog.setObjectName(u"MetricDialog")
        MetricDialog.resize(560, 440)
        MetricDialog.setModal(True)
        self.mainLayout = QVBoxLayout(MetricDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.introLabel = QLabel(MetricDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.nameLabel = QLabel(MetricDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(MetricDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.unitLabel = QLabel(MetricDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitEdit = QLineEdit(MetricDialog)
        self.unitEdit.setObjectName(u"unitEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unitEdit)

        self.polarityLabel = QLabel(MetricDialog)
        self.polarityLabel.setObjectName(u"polarityLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.polarityLabel)

        self.polarityCombo = QComboBox(MetricDialog)
        self.polarityCombo.setObjectName(u"polarityCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.polarityCombo)

        self.targetLayout = QHBoxLayout()
        self.targetLayout.setSpacing(8)
        self.targetLayout.setObjectName(u"targetLayout")
        self.targetCheck = QCheckBox(MetricDialog)
        self.targetCheck.setObjectName(u"targetCheck")

        self.targetLayout.addWidget(self.targetCheck)

        self.targetSpin = QDoubleSpinBox(MetricDialog)
        self.targetSpin.setObjectName(u"targetSpin")
        self.targetSpin.setEnabled(False)
        self.targetSpin.setDecimals(2)
        self.targetSpin.setMinimum(-1000000000.000000000000000)
        self.targetSpin.setMaximum(1000000000.000000000000000)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.targetSpin.sizePolicy().hasHeightForWidth())
        self.targetSpin.setSizePolicy(sizePolicy)
        self.targetSpin.setMinimumSize(QSize(140, 0))

        self.targetLayout.addWidget(self.targetSpin)

        self.targetSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.targetLayout.addItem(self.targetSpacer)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.targetLayout)

        self.frequencyLabel = QLabel(MetricDialog)
        self.frequencyLabel.setObjectName(u"frequencyLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.frequencyLabel)

        self.frequencyCombo = QComboBox(MetricDialog)
        self.frequencyCombo.setObjectName(u"frequencyCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.frequencyCombo)

        self.sourceLabel = QLabel(MetricDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceEdit = QLineEdit(MetricDialog)
        self.sourceEdit.setObjectName(u"sourceEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sourceEdit)

        self.descriptionLabel = QLabel(MetricDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(MetricDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMaximumSize(QSize(16777215, 96))
        self.descriptionEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.errorLabel = QLabel(MetricDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel#errorLabel { color: #8A1538; background: #FDECEA; border-left: 4px solid #DA291C; padding: 6px 8px; font-weight: bold; }")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(MetricDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.unitLabel.setBuddy(self.unitEdit)
        self.polarityLabel.setBuddy(self.polarityCombo)
        self.frequencyLabel.setBuddy(self.frequencyCombo)
        self.sourceLabel.setBuddy(self.sourceEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.unitEdit)
        QWidget.setTabOrder(self.unitEdit, self.polarityCombo)
        QWidget.setTabOrder(self.polarityCombo, self.targetCheck)
        QWidget.setTabOrder(self.targetCheck, self.targetSpin)
        QWidget.setTabOrder(self.targetSpin, self.frequencyCombo)
        QWidget.setTabOrder(self.frequencyCombo, self.sourceEdit)
        QWidget.setTabOrder(self.sourceEdit, self.descriptionEdit)

        self.retranslateUi(MetricDialog)
        self.buttonBox.accepted.connect(MetricDialog.accept)
        self.buttonBox.rejected.connect(MetricDialog.reject)
        self.targetCheck.toggled.connect(self.targetSpin.setEnabled)

        QMetaObject.connectSlotsByName(MetricDialog)
    # setupUi

    def retranslateUi(self, MetricDialog):
        MetricDialog.setWindowTitle(QCoreApplication.translate("MetricDialog", u"Edit metric", None))
#if QT_CONFIG(accessibility)
        MetricDialog.setAccessibleName(QCoreApplication.translate("MetricDialog", u"Metric definition", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        MetricDialog.setAccessibleDescription(QCoreApplication.translate("MetricDialog", u"A metric's name, unit, which direction is better, its target, how often it is reported, where it comes from and what it measures.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("MetricDialog", u"About this dialog", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("MetricDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("MetricDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleDescription(QCoreApplication.translate("MetricDialog", u"The metric's name as boards read it.", None))
#endif // QT_CONFIG(accessibility)
        self.unitLabel.setText(QCoreApplication.translate("MetricDialog", u"&Unit:", None))
#if QT_CONFIG(accessibility)
        self.unitEdit.setAccessibleName(QCoreApplication.translate("MetricDialog", u"Unit", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.unitEdit.setAccessibleDescription(QCoreApplication.translate("MetricDialog", u"What the values count, such as %, days or per 1,000 people.", None))
#endif // QT_CONFIG(accessibility)
        self.polarityLabel.setText(QCoreApplication.translate("MetricDialog", u"&Better when:", None))
#if QT_CONFIG(accessibility)
        self.polarityCombo.setAccessibleName(QCoreApplication.translate("MetricDialog", u"Better when", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.polarityCombo.setAccessibleDescription(QCoreApplication.translate("MetricDialog", u"Whether higher or lower values are better, or neither; it decides improvement or concern.", None))
#endif // QT_CONFIG(accessibility)
        self.targetCheck.setText(QCoreApplication.translate("MetricDialog", u"Has a &target:", None))
#if QT_CONFIG(accessibility)
        self.targetCheck.setAccessibleName(QCoreApplication.translate("MetricDialog", u"Has a target", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.targetCheck.setAccessibleDescription(QCoreApplication.translate("MetricDialog", u"Tick when the metric has a target, then give it; the assurance icon compares the process with it.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.targetSpin.setAccessibleName(QCoreApplication.translate("MetricDialog", u"Target", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.targetSpin.setAccessibleDescription(QCoreApplication.translate("MetricDialog", u"The value the metric should reach, in its unit.", None))
#endif // QT_CONFIG(accessibility)
        self.frequencyLabel.setText(QCoreApplication.translate("MetricDialog", u"&Frequency:", None))
#if QT_CONFIG(accessibility)
        self.frequencyCombo.setAccessibleName(QCoreApplication.translate("MetricDialog", u"Frequency", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.frequencyCombo.setAccessibleDescription(QCoreApplication.translate("MetricDialog", u"How often a value is reported.", None))
#endif // QT_CONFIG(accessibility)
        self.sourceLabel.setText(QCoreApplication.translate("MetricDialog", u"&Source:", None))
#if QT_CONFIG(accessibility)
        self.sourceEdit.setAccessibleName(QCoreApplication.translate("MetricDialog", u"Source", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sourceEdit.setAccessibleDescription(QCoreApplication.translate("MetricDialog", u"Where the values come from, such as a national data set.", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionLabel.setText(QCoreApplication.translate("MetricDialog", u"&Description:", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("MetricDialog", u"Description", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleDescription(QCoreApplication.translate("MetricDialog", u"What the metric measures and how it is worked out.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("MetricDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleDescription(QCoreApplication.translate("MetricDialog", u"Why the metric could not be saved, and what to do.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("MetricDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
