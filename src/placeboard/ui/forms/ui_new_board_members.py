# generated from forms/new_board_members.ui by make forms — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget, QWizardPage)

class Ui_NewBoardMembersPage(object):
    def setupUi(self, NewBoardMembersPage):
        if not NewBoardMembersPage.objectName():
            NewBoardMembersPage.setObjectName(u"NewBoardMembersPage")
        NewBoardMembersPage.resize(760, 460)
        self.mainLayout = QVBoxLayout(NewBoardMembersPage)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.memberTable = QTableView(NewBoardMembersPage)
        self.memberTable.setObjectName(u"memberTable")
        self.memberTable.setTabKeyNavigation(False)
        self.memberTable.setAlternatingRowColors(True)
        self.memberTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.memberTable.setWordWrap(False)
        self.memberTable.setCornerButtonEnabled(False)
        self.memberTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.memberTable)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.addMemberButton = QPushButton(NewBoardMembersPage)
        self.addMemberButton.setObjectName(u"addMemberButton")
        self.addMemberButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.addMemberButton)

        self.removeMemberButton = QPushButton(NewBoardMembersPage)
        self.removeMemberButton.setObjectName(u"removeMemberButton")
        self.removeMemberButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.removeMemberButton)

        self.editHint = QLabel(NewBoardMembersPage)
        self.editHint.setObjectName(u"editHint")
        self.editHint.setStyleSheet(u"color: #425563;")

        self.buttonLayout.addWidget(self.editHint)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)


        self.mainLayout.addLayout(self.buttonLayout)

        self.problemLabel = QLabel(NewBoardMembersPage)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setStyleSheet(u"QLabel#problemLabel { color: #231F20; background: #FFF4D6; border-left: 4px solid #ED8B00; padding: 6px 8px; }")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.problemLabel)

        QWidget.setTabOrder(self.memberTable, self.addMemberButton)
        QWidget.setTabOrder(self.addMemberButton, self.removeMemberButton)

        self.retranslateUi(NewBoardMembersPage)

        QMetaObject.connectSlotsByName(NewBoardMembersPage)
    # setupUi

    def retranslateUi(self, NewBoardMembersPage):
        NewBoardMembersPage.setTitle(QCoreApplication.translate("NewBoardMembersPage", u"Members", None))
        NewBoardMembersPage.setSubTitle(QCoreApplication.translate("NewBoardMembersPage", u"Add the board's members, each sitting for one of the partners. Exactly one is the chair.", None))
#if QT_CONFIG(accessibility)
        NewBoardMembersPage.setAccessibleName(QCoreApplication.translate("NewBoardMembersPage", u"Members", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.memberTable.setAccessibleName(QCoreApplication.translate("NewBoardMembersPage", u"Members to add", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.memberTable.setAccessibleDescription(QCoreApplication.translate("NewBoardMembersPage", u"One row a member: name, job title, organisation, role, voting and start date. Press F2 to change the chosen cell and Space to change Voting.", None))
#endif // QT_CONFIG(accessibility)
        self.addMemberButton.setText(QCoreApplication.translate("NewBoardMembersPage", u"&Add a member", None))
#if QT_CONFIG(accessibility)
        self.addMemberButton.setAccessibleName(QCoreApplication.translate("NewBoardMembersPage", u"Add a member", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.addMemberButton.setAccessibleDescription(QCoreApplication.translate("NewBoardMembersPage", u"Add a row for another member and start typing their name.", None))
#endif // QT_CONFIG(accessibility)
        self.removeMemberButton.setText(QCoreApplication.translate("NewBoardMembersPage", u"&Remove member", None))
#if QT_CONFIG(accessibility)
        self.removeMemberButton.setAccessibleName(QCoreApplication.translate("NewBoardMembersPage", u"Remove member", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.removeMemberButton.setAccessibleDescription(QCoreApplication.translate("NewBoardMembersPage", u"Take the chosen row out of the members to add.", None))
#endif // QT_CONFIG(accessibility)
        self.editHint.setText(QCoreApplication.translate("NewBoardMembersPage", u"Double-click a cell, or press F2, to change it.", None))
#if QT_CONFIG(accessibility)
        self.editHint.setAccessibleName(QCoreApplication.translate("NewBoardMembersPage", u"How to change a cell", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.problemLabel.setAccessibleName(QCoreApplication.translate("NewBoardMembersPage", u"To go on", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.problemLabel.setAccessibleDescription(QCoreApplication.translate("NewBoardMembersPage", u"What to change in the members before Next can be chosen.", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
