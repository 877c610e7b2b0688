# generated from forms/tor_new_version.ui by make forms — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_TorNewVersionDialog(object):
    def setupUi(self, TorNewVersionDialog):
        if not TorNewVersionDialog.objectName():
            TorNewVersionDialog.setObjectName(u"TorNewVersionDialog")
        TorNewVersionDialog.resize(500, 220)
        TorNewVersionDialog.setModal(True)
        self.mainLayout = QVBoxLayout(TorNewVersionDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(20, 16, 20, 16)
        self.introLabel = QLabel(TorNewVersionDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(12)
        self.versionLabelLabel = QLabel(TorNewVersionDialog)
        self.versionLabelLabel.setObjectName(u"versionLabelLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.versionLabelLabel)

        self.versionLabelEdit = QLineEdit(TorNewVersionDialog)
        self.versionLabelEdit.setObjectName(u"versionLabelEdit")
        self.versionLabelEdit.setMaxLength(120)

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.versionLabelEdit)


        self.mainLayout.addLayout(self.fieldsLayout)

        self.errorLabel = QLabel(TorNewVersionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(TorNewVersionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.versionLabelLabel.setBuddy(self.versionLabelEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TorNewVersionDialog)
        self.buttonBox.accepted.connect(TorNewVersionDialog.accept)
        self.buttonBox.rejected.connect(TorNewVersionDialog.reject)

        QMetaObject.connectSlotsByName(TorNewVersionDialog)
    # setupUi

    def retranslateUi(self, TorNewVersionDialog):
        TorNewVersionDialog.setWindowTitle(QCoreApplication.translate("TorNewVersionDialog", u"New version", None))
#if QT_CONFIG(accessibility)
        TorNewVersionDialog.setAccessibleName(QCoreApplication.translate("TorNewVersionDialog", u"New version of the terms of reference", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        TorNewVersionDialog.setAccessibleDescription(QCoreApplication.translate("TorNewVersionDialog", u"Start a new draft version of the terms of reference as a copy of the chosen version.", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("TorNewVersionDialog", u"The new draft starts as a copy of this version's sections and quorum rule.", None))
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("TorNewVersionDialog", u"About the new version", None))
#endif // QT_CONFIG(accessibility)
        self.versionLabelLabel.setText(QCoreApplication.translate("TorNewVersionDialog", u"&Label:", None))
#if QT_CONFIG(accessibility)
        self.versionLabelEdit.setAccessibleName(QCoreApplication.translate("TorNewVersionDialog", u"Label of the new version", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.versionLabelEdit.setAccessibleDescription(QCoreApplication.translate("TorNewVersionDialog", u"How the new version is named, for example Version 3.0; it must differ from the other versions' labels.", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("TorNewVersionDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("TorNewVersionDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
