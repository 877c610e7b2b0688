# generated from forms/new_board_partners.ui by make forms — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QTableView, QVBoxLayout,
    QWidget, QWizardPage)

class Ui_NewBoardPartnersPage(object):
    def setupUi(self, NewBoardPartnersPage):
        if not NewBoardPartnersPage.objectName():
            NewBoardPartnersPage.setObjectName(u"NewBoardPartnersPage")
        NewBoardPartnersPage.resize(720, 520)
        self.mainLayout = QVBoxLayout(NewBoardPartnersPage)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterLabel = QLabel(NewBoardPartnersPage)
        self.filterLabel.setObjectName(u"filterLabel")

        self.filterLayout.addWidget(self.filterLabel)

        self.filterEdit = QLineEdit(NewBoardPartnersPage)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.filterEdit)

        self.countLabel = QLabel(NewBoardPartnersPage)
        self.countLabel.setObjectName(u"countLabel")

        self.filterLayout.addWidget(self.countLabel)


        self.mainLayout.addLayout(self.filterLayout)

        self.partnerTable = QTableView(NewBoardPartnersPage)
        self.partnerTable.setObjectName(u"partnerTable")
        self.partnerTable.setTabKeyNavigation(False)
        self.partnerTable.setAlternatingRowColors(True)
        self.partnerTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.partnerTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.partnerTable.setWordWrap(False)
        self.partnerTable.setCornerButtonEnabled(False)
        self.partnerTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.partnerTable)

        self.newOrgBox = QGroupBox(NewBoardPartnersPage)
        self.newOrgBox.setObjectName(u"newOrgBox")
        self.newOrgLayout = QHBoxLayout(self.newOrgBox)
        self.newOrgLayout.setSpacing(6)
        self.newOrgLayout.setObjectName(u"newOrgLayout")
        self.newNameLabel = QLabel(self.newOrgBox)
        self.newNameLabel.setObjectName(u"newNameLabel")

        self.newOrgLayout.addWidget(self.newNameLabel)

        self.newNameEdit = QLineEdit(self.newOrgBox)
        self.newNameEdit.setObjectName(u"newNameEdit")
        self.newNameEdit.setMaxLength(200)

        self.newOrgLayout.addWidget(self.newNameEdit)

        self.newShortLabel = QLabel(self.newOrgBox)
        self.newShortLabel.setObjectName(u"newShortLabel")

        self.newOrgLayout.addWidget(self.newShortLabel)

        self.newShortEdit = QLineEdit(self.newOrgBox)
        self.newShortEdit.setObjectName(u"newShortEdit")
        self.newShortEdit.setMaxLength(60)

        self.newOrgLayout.addWidget(self.newShortEdit)

        self.newSectorLabel = QLabel(self.newOrgBox)
        self.newSectorLabel.setObjectName(u"newSectorLabel")

        self.newOrgLayout.addWidget(self.newSectorLabel)

        self.newSectorCombo = QComboBox(self.newOrgBox)
        self.newSectorCombo.setObjectName(u"newSectorCombo")

        self.newOrgLayout.addWidget(self.newSectorCombo)

        self.addOrgButton = QPushButton(self.newOrgBox)
        self.addOrgButton.setObjectName(u"addOrgButton")
        self.addOrgButton.setAutoDefault(False)

        self.newOrgLayout.addWidget(self.addOrgButton)

        self.newOrgLayout.setStretch(1, 3)
        self.newOrgLayout.setStretch(3, 1)
        self.newOrgLayout.setStretch(5, 2)

        self.mainLayout.addWidget(self.newOrgBox)

        self.warningLabel = QLabel(NewBoardPartnersPage)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setStyleSheet(u"QLabel#warningLabel { color: #231F20; background: #E8F1FA; border-left: 4px solid #005EB8; padding: 6px 8px; }")
        self.warningLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.warningLabel)

        self.problemLabel = QLabel(NewBoardPartnersPage)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setStyleSheet(u"QLabel#problemLabel { color: #231F20; background: #FFF4D6; border-left: 4px solid #ED8B00; padding: 6px 8px; }")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.problemLabel)

#if QT_CONFIG(shortcut)
        self.filterLabel.setBuddy(self.filterEdit)
        self.newNameLabel.setBuddy(self.newNameEdit)
        self.newShortLabel.setBuddy(self.newShortEdit)
        self.newSectorLabel.setBuddy(self.newSectorCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filterEdit, self.partnerTable)
        QWidget.setTabOrder(self.partnerTable, self.newNameEdit)
        QWidget.setTabOrder(self.newNameEdit, self.newShortEdit)
        QWidget.setTabOrder(self.newShortEdit, self.newSectorCombo)
        QWidget.setTabOrder(self.newSectorCombo, self.addOrgButton)

        self.retranslateUi(NewBoardPartnersPage)

        QMetaObject.connectSlotsByName(NewBoardPartnersPage)
    # setupUi

    def retranslateUi(self, NewBoardPartnersPage):
        NewBoardPartnersPage.setTitle(QCoreApplication.translate("NewBoardPartnersPage", u"Partner organisations", None))
        NewBoardPartnersPage.setSubTitle(QCoreApplication.translate("NewBoardPartnersPage", u"Tick the organisations that sit on the board. Those the seed papers name for this place come first.", None))
#if QT_CONFIG(accessibility)
        NewBoardPartnersPage.setAccessibleName(QCoreApplication.translate("NewBoardPartnersPage", u"Partner organisations", None))
#endif // QT_CONFIG(accessibility)
        self.filterLabel.setText(QCoreApplication.translate("NewBoardPartnersPage", u"&Find:", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("NewBoardPartnersPage", u"Type part of a name or sector", None))
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(QCoreApplication.translate("NewBoardPartnersPage", u"Find an organisation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleDescription(QCoreApplication.translate("NewBoardPartnersPage", u"Shows only the organisations whose name, short name or sector contains what you type.", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText(QCoreApplication.translate("NewBoardPartnersPage", u"No partners ticked", None))
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("NewBoardPartnersPage", u"Partners ticked", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.partnerTable.setAccessibleName(QCoreApplication.translate("NewBoardPartnersPage", u"Organisations", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.partnerTable.setAccessibleDescription(QCoreApplication.translate("NewBoardPartnersPage", u"Every organisation a board could have as a partner; press Space to tick or untick the chosen one.", None))
#endif // QT_CONFIG(accessibility)
        self.newOrgBox.setTitle(QCoreApplication.translate("NewBoardPartnersPage", u"An organisation that is not in the list", None))
#if QT_CONFIG(accessibility)
        self.newOrgBox.setAccessibleName(QCoreApplication.translate("NewBoardPartnersPage", u"Add an organisation that is not in the list", None))
#endif // QT_CONFIG(accessibility)
        self.newNameLabel.setText(QCoreApplication.translate("NewBoardPartnersPage", u"N&ame:", None))
#if QT_CONFIG(accessibility)
        self.newNameEdit.setAccessibleName(QCoreApplication.translate("NewBoardPartnersPage", u"Name of the new organisation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newNameEdit.setAccessibleDescription(QCoreApplication.translate("NewBoardPartnersPage", u"The organisation's full name, as its papers print it.", None))
#endif // QT_CONFIG(accessibility)
        self.newShortLabel.setText(QCoreApplication.translate("NewBoardPartnersPage", u"S&hort name:", None))
#if QT_CONFIG(accessibility)
        self.newShortEdit.setAccessibleName(QCoreApplication.translate("NewBoardPartnersPage", u"Short name of the new organisation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newShortEdit.setAccessibleDescription(QCoreApplication.translate("NewBoardPartnersPage", u"Its initials or short name, if it has one.", None))
#endif // QT_CONFIG(accessibility)
        self.newSectorLabel.setText(QCoreApplication.translate("NewBoardPartnersPage", u"Sec&tor:", None))
#if QT_CONFIG(accessibility)
        self.newSectorCombo.setAccessibleName(QCoreApplication.translate("NewBoardPartnersPage", u"Sector of the new organisation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newSectorCombo.setAccessibleDescription(QCoreApplication.translate("NewBoardPartnersPage", u"Which sector the organisation belongs to: the ICB, an NHS trust, a council, the VCFSE sector and so on.", None))
#endif // QT_CONFIG(accessibility)
        self.addOrgButton.setText(QCoreApplication.translate("NewBoardPartnersPage", u"A&dd", None))
#if QT_CONFIG(accessibility)
        self.addOrgButton.setAccessibleName(QCoreApplication.translate("NewBoardPartnersPage", u"Add the organisation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.addOrgButton.setAccessibleDescription(QCoreApplication.translate("NewBoardPartnersPage", u"Add the new organisation to the list, ticked as a partner.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.warningLabel.setAccessibleName(QCoreApplication.translate("NewBoardPartnersPage", u"Warning", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.warningLabel.setAccessibleDescription(QCoreApplication.translate("NewBoardPartnersPage", u"What the terms of reference will miss with these partners; you may still go on.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.problemLabel.setAccessibleName(QCoreApplication.translate("NewBoardPartnersPage", u"To go on", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.problemLabel.setAccessibleDescription(QCoreApplication.translate("NewBoardPartnersPage", u"What to change before Next can be chosen.", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
