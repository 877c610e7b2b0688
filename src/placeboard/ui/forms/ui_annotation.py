# generated from forms/annotation.ui by make forms — do not edit

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

class Ui_AnnotationDialog(object):
    def setupUi(self, AnnotationDialog):
        if not AnnotationDialog.objectName():
            AnnotationDialog.setObjectName(u"AnnotationDialog")
        AnnotationDialog.resize(520, 240)
        AnnotationDialog.setModal(True)
        self.mainLayout = QVBoxLayout(AnnotationDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.introLabel = QLabel(AnnotationDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.periodLabel = QLabel(AnnotationDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodCombo = QComboBox(AnnotationDialog)
        self.periodCombo.setObjectName(u"periodCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.periodCombo)

        self.textLabel = QLabel(AnnotationDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QLineEdit(AnnotationDialog)
        self.textEdit.setObjectName(u"textEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.textEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.errorLabel = QLabel(AnnotationDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"QLabel#errorLabel { color: #8A1538; background: #FDECEA; border-left: 4px solid #DA291C; padding: 6px 8px; font-weight: bold; }")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(AnnotationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.periodCombo)
        self.textLabel.setBuddy(self.textEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.periodCombo, self.textEdit)

        self.retranslateUi(AnnotationDialog)
        self.buttonBox.accepted.connect(AnnotationDialog.accept)
        self.buttonBox.rejected.connect(AnnotationDialog.reject)

        QMetaObject.connectSlotsByName(AnnotationDialog)
    # setupUi

    def retranslateUi(self, AnnotationDialog):
        AnnotationDialog.setWindowTitle(QCoreApplication.translate("AnnotationDialog", u"Add note", None))
#if QT_CONFIG(accessibility)
        AnnotationDialog.setAccessibleName(QCoreApplication.translate("AnnotationDialog", u"Note on a point", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        AnnotationDialog.setAccessibleDescription(QCoreApplication.translate("AnnotationDialog", u"A note on one point of the chart, such as a new service starting.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("AnnotationDialog", u"About this dialog", None))
#endif // QT_CONFIG(accessibility)
        self.periodLabel.setText(QCoreApplication.translate("AnnotationDialog", u"&Period:", None))
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleName(QCoreApplication.translate("AnnotationDialog", u"Period", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleDescription(QCoreApplication.translate("AnnotationDialog", u"The point the note is about.", None))
#endif // QT_CONFIG(accessibility)
        self.textLabel.setText(QCoreApplication.translate("AnnotationDialog", u"&Note:", None))
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleName(QCoreApplication.translate("AnnotationDialog", u"Note", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleDescription(QCoreApplication.translate("AnnotationDialog", u"What happened, in a few words; the chart numbers it and lists it under the chart.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("AnnotationDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleDescription(QCoreApplication.translate("AnnotationDialog", u"Why the note could not be added, and what to do.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("AnnotationDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
