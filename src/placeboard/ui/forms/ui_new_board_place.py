# generated from forms/new_board_place.ui by make forms — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget, QWizardPage)

class Ui_NewBoardPlacePage(object):
    def setupUi(self, NewBoardPlacePage):
        if not NewBoardPlacePage.objectName():
            NewBoardPlacePage.setObjectName(u"NewBoardPlacePage")
        NewBoardPlacePage.resize(640, 380)
        self.mainLayout = QVBoxLayout(NewBoardPlacePage)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(12)
        self.fieldsLayout.setVerticalSpacing(8)
        self.placeLabel = QLabel(NewBoardPlacePage)
        self.placeLabel.setObjectName(u"placeLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeCombo = QComboBox(NewBoardPlacePage)
        self.placeCombo.setObjectName(u"placeCombo")
        self.placeCombo.setEditable(True)
        self.placeCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.placeCombo)

        self.placeHint = QLabel(NewBoardPlacePage)
        self.placeHint.setObjectName(u"placeHint")
        self.placeHint.setWordWrap(True)
        self.placeHint.setStyleSheet(u"color: #425563;")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.placeHint)

        self.kindLabel = QLabel(NewBoardPlacePage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(NewBoardPlacePage)
        self.kindCombo.setObjectName(u"kindCombo")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.populationLabel = QLabel(NewBoardPlacePage)
        self.populationLabel.setObjectName(u"populationLabel")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.populationLabel)

        self.populationSpin = QSpinBox(NewBoardPlacePage)
        self.populationSpin.setObjectName(u"populationSpin")
        self.populationSpin.setMaximum(20000000)
        self.populationSpin.setSingleStep(1000)

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.populationSpin)

        self.boardNameLabel = QLabel(NewBoardPlacePage)
        self.boardNameLabel.setObjectName(u"boardNameLabel")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.boardNameLabel)

        self.boardNameEdit = QLineEdit(NewBoardPlacePage)
        self.boardNameEdit.setObjectName(u"boardNameEdit")
        self.boardNameEdit.setMaxLength(200)

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.boardNameEdit)

        self.icbLabel = QLabel(NewBoardPlacePage)
        self.icbLabel.setObjectName(u"icbLabel")

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.icbLabel)

        self.icbEdit = QLineEdit(NewBoardPlacePage)
        self.icbEdit.setObjectName(u"icbEdit")
        self.icbEdit.setMaxLength(200)

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.icbEdit)


        self.mainLayout.addLayout(self.fieldsLayout)

        self.verticalSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.problemLabel = QLabel(NewBoardPlacePage)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setStyleSheet(u"QLabel#problemLabel { color: #231F20; background: #FFF4D6; border-left: 4px solid #ED8B00; padding: 6px 8px; }")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.problemLabel)

#if QT_CONFIG(shortcut)
        self.placeLabel.setBuddy(self.placeCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.populationLabel.setBuddy(self.populationSpin)
        self.boardNameLabel.setBuddy(self.boardNameEdit)
        self.icbLabel.setBuddy(self.icbEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.placeCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.populationSpin)
        QWidget.setTabOrder(self.populationSpin, self.boardNameEdit)
        QWidget.setTabOrder(self.boardNameEdit, self.icbEdit)

        self.retranslateUi(NewBoardPlacePage)

        QMetaObject.connectSlotsByName(NewBoardPlacePage)
    # setupUi

    def retranslateUi(self, NewBoardPlacePage):
        NewBoardPlacePage.setTitle(QCoreApplication.translate("NewBoardPlacePage", u"The place", None))
        NewBoardPlacePage.setSubTitle(QCoreApplication.translate("NewBoardPlacePage", u"Choose one of the places of the seed papers, or type a new one.", None))
#if QT_CONFIG(accessibility)
        NewBoardPlacePage.setAccessibleName(QCoreApplication.translate("NewBoardPlacePage", u"The place", None))
#endif // QT_CONFIG(accessibility)
        self.placeLabel.setText(QCoreApplication.translate("NewBoardPlacePage", u"&Place:", None))
#if QT_CONFIG(accessibility)
        self.placeCombo.setAccessibleName(QCoreApplication.translate("NewBoardPlacePage", u"Place", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.placeCombo.setAccessibleDescription(QCoreApplication.translate("NewBoardPlacePage", u"Choose one of the places of the seed papers, or type the name of a new place.", None))
#endif // QT_CONFIG(accessibility)
        self.placeHint.setText(QCoreApplication.translate("NewBoardPlacePage", u"Choose a place from the list, or type a new one.", None))
#if QT_CONFIG(accessibility)
        self.placeHint.setAccessibleName(QCoreApplication.translate("NewBoardPlacePage", u"About the place", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("NewBoardPlacePage", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("NewBoardPlacePage", u"Kind of place", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleDescription(QCoreApplication.translate("NewBoardPlacePage", u"Whether the place is a unitary authority area, an upper-tier county or part of a county.", None))
#endif // QT_CONFIG(accessibility)
        self.populationLabel.setText(QCoreApplication.translate("NewBoardPlacePage", u"P&opulation:", None))
#if QT_CONFIG(accessibility)
        self.populationSpin.setAccessibleName(QCoreApplication.translate("NewBoardPlacePage", u"Population", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.populationSpin.setAccessibleDescription(QCoreApplication.translate("NewBoardPlacePage", u"How many people live in the place; leave it at Not known if you do not know.", None))
#endif // QT_CONFIG(accessibility)
        self.populationSpin.setSpecialValueText(QCoreApplication.translate("NewBoardPlacePage", u"Not known", None))
        self.boardNameLabel.setText(QCoreApplication.translate("NewBoardPlacePage", u"&Board name:", None))
#if QT_CONFIG(accessibility)
        self.boardNameEdit.setAccessibleName(QCoreApplication.translate("NewBoardPlacePage", u"Board name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.boardNameEdit.setAccessibleDescription(QCoreApplication.translate("NewBoardPlacePage", u"The board's name as its papers print it; it follows the place's name until you change it.", None))
#endif // QT_CONFIG(accessibility)
        self.icbLabel.setText(QCoreApplication.translate("NewBoardPlacePage", u"&ICB:", None))
#if QT_CONFIG(accessibility)
        self.icbEdit.setAccessibleName(QCoreApplication.translate("NewBoardPlacePage", u"Integrated care board", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.icbEdit.setAccessibleDescription(QCoreApplication.translate("NewBoardPlacePage", u"The name of the integrated care board (ICB) the place belongs to.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.problemLabel.setAccessibleName(QCoreApplication.translate("NewBoardPlacePage", u"To go on", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.problemLabel.setAccessibleDescription(QCoreApplication.translate("NewBoardPlacePage", u"What to fill in before Next can be chosen.", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
