# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agencies_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialogButtonBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout

class Ui_AgenciesDialog(object):
    def setupUi(self, AgenciesDialog):
        if not AgenciesDialog.objectName():
            AgenciesDialog.setObjectName(u"AgenciesDialog")
        AgenciesDialog.resize(720, 600)
        AgenciesDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(AgenciesDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tableLabel = QLabel(AgenciesDialog)
        self.tableLabel.setObjectName(u"tableLabel")
        self.tableLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.tableLabel)

        self.agencyTable = QTableWidget(AgenciesDialog)
        if (self.agencyTable.columnCount() < 4):
            self.agencyTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.agencyTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.agencyTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.agencyTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.agencyTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.agencyTable.setObjectName(u"agencyTable")
        self.agencyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agencyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agencyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agencyTable.setAlternatingRowColors(True)
        self.agencyTable.setTabKeyNavigation(False)
        self.agencyTable.setColumnCount(4)

        self.dialogLayout.addWidget(self.agencyTable)

        self.noAgenciesLabel = QLabel(AgenciesDialog)
        self.noAgenciesLabel.setObjectName(u"noAgenciesLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.noAgenciesLabel.sizePolicy().hasHeightForWidth())
        self.noAgenciesLabel.setSizePolicy(sizePolicy)
        self.noAgenciesLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.noAgenciesLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.noAgenciesLabel)

        self.assignBox = QGroupBox(AgenciesDialog)
        self.assignBox.setObjectName(u"assignBox")
        self.assignLayout = QGridLayout(self.assignBox)
        self.assignLayout.setObjectName(u"assignLayout")
        self.agencyLabel = QLabel(self.assignBox)
        self.agencyLabel.setObjectName(u"agencyLabel")

        self.assignLayout.addWidget(self.agencyLabel, 0, 0, 1, 1)

        self.agencyCombo = QComboBox(self.assignBox)
        self.agencyCombo.setObjectName(u"agencyCombo")
        self.agencyCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.agencyCombo.setMinimumContentsLength(30)

        self.assignLayout.addWidget(self.agencyCombo, 0, 1, 1, 1)

        self.byThemeRadio = QRadioButton(self.assignBox)
        self.byThemeRadio.setObjectName(u"byThemeRadio")
        self.byThemeRadio.setChecked(True)

        self.assignLayout.addWidget(self.byThemeRadio, 1, 0, 1, 1)

        self.themeCombo = QComboBox(self.assignBox)
        self.themeCombo.setObjectName(u"themeCombo")
        self.themeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.themeCombo.setMinimumContentsLength(30)

        self.assignLayout.addWidget(self.themeCombo, 1, 1, 1, 1)

        self.bySectionRadio = QRadioButton(self.assignBox)
        self.bySectionRadio.setObjectName(u"bySectionRadio")

        self.assignLayout.addWidget(self.bySectionRadio, 2, 0, 1, 1)

        self.sectionCombo = QComboBox(self.assignBox)
        self.sectionCombo.setObjectName(u"sectionCombo")
        self.sectionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sectionCombo.setMinimumContentsLength(30)

        self.assignLayout.addWidget(self.sectionCombo, 2, 1, 1, 1)

        self.assignButtons = QHBoxLayout()
        self.assignButtons.setObjectName(u"assignButtons")
        self.assignButton = QPushButton(self.assignBox)
        self.assignButton.setObjectName(u"assignButton")

        self.assignButtons.addWidget(self.assignButton)

        self.unassignButton = QPushButton(self.assignBox)
        self.unassignButton.setObjectName(u"unassignButton")

        self.assignButtons.addWidget(self.unassignButton)

        self.assignSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.assignButtons.addItem(self.assignSpacer)


        self.assignLayout.addLayout(self.assignButtons, 3, 1, 1, 1)

        self.resultLabel = QLabel(self.assignBox)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.assignLayout.addWidget(self.resultLabel, 4, 0, 1, 2)


        self.dialogLayout.addWidget(self.assignBox)

        self.carriedBox = QGroupBox(AgenciesDialog)
        self.carriedBox.setObjectName(u"carriedBox")
        self.carriedLayout = QVBoxLayout(self.carriedBox)
        self.carriedLayout.setObjectName(u"carriedLayout")
        self.carriedRow = QHBoxLayout()
        self.carriedRow.setObjectName(u"carriedRow")
        self.carriedLabel = QLabel(self.carriedBox)
        self.carriedLabel.setObjectName(u"carriedLabel")
        self.carriedLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.carriedLabel.setWordWrap(True)

        self.carriedRow.addWidget(self.carriedLabel)

        self.confirmButton = QPushButton(self.carriedBox)
        self.confirmButton.setObjectName(u"confirmButton")

        self.carriedRow.addWidget(self.confirmButton)


        self.carriedLayout.addLayout(self.carriedRow)

        self.carriedResultLabel = QLabel(self.carriedBox)
        self.carriedResultLabel.setObjectName(u"carriedResultLabel")
        self.carriedResultLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.carriedResultLabel.setWordWrap(True)

        self.carriedLayout.addWidget(self.carriedResultLabel)


        self.dialogLayout.addWidget(self.carriedBox)

        self.buttonBox = QDialogButtonBox(AgenciesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.tableLabel.setBuddy(self.agencyTable)
        self.agencyLabel.setBuddy(self.agencyCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AgenciesDialog)

        QMetaObject.connectSlotsByName(AgenciesDialog)
    # setupUi

    def retranslateUi(self, AgenciesDialog):
        AgenciesDialog.setWindowTitle(QCoreApplication.translate("AgenciesDialog", u"Agencies", None))
        self.tableLabel.setText(QCoreApplication.translate("AgenciesDialog", u"&Measures assigned to each agency, and how many of them are answered:", None))
        ___qtablewidgetitem = self.agencyTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AgenciesDialog", u"Agency", None))
        ___qtablewidgetitem1 = self.agencyTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AgenciesDialog", u"Assigned", None))
        ___qtablewidgetitem2 = self.agencyTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AgenciesDialog", u"Answered", None))
        ___qtablewidgetitem3 = self.agencyTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("AgenciesDialog", u"Answered (%)", None))
#if QT_CONFIG(accessibility)
        self.agencyTable.setAccessibleName(QCoreApplication.translate("AgenciesDialog", u"Progress per agency", None))
#endif // QT_CONFIG(accessibility)
        self.noAgenciesLabel.setText(QCoreApplication.translate("AgenciesDialog", u"\u2139 The State profile has no agencies yet: add the contributing agencies to the profile first.", None))
        self.assignBox.setTitle(QCoreApplication.translate("AgenciesDialog", u"Assign measures in bulk", None))
        self.agencyLabel.setText(QCoreApplication.translate("AgenciesDialog", u"A&gency:", None))
#if QT_CONFIG(accessibility)
        self.agencyCombo.setAccessibleName(QCoreApplication.translate("AgenciesDialog", u"Agency", None))
#endif // QT_CONFIG(accessibility)
        self.byThemeRadio.setText(QCoreApplication.translate("AgenciesDialog", u"By &theme:", None))
#if QT_CONFIG(accessibility)
        self.themeCombo.setAccessibleName(QCoreApplication.translate("AgenciesDialog", u"Theme", None))
#endif // QT_CONFIG(accessibility)
        self.bySectionRadio.setText(QCoreApplication.translate("AgenciesDialog", u"By &section:", None))
#if QT_CONFIG(accessibility)
        self.sectionCombo.setAccessibleName(QCoreApplication.translate("AgenciesDialog", u"Section", None))
#endif // QT_CONFIG(accessibility)
        self.assignButton.setText(QCoreApplication.translate("AgenciesDialog", u"&Assign", None))
        self.unassignButton.setText(QCoreApplication.translate("AgenciesDialog", u"&Unassign", None))
        self.carriedBox.setTitle(QCoreApplication.translate("AgenciesDialog", u"Carried forward", None))
        self.confirmButton.setText(QCoreApplication.translate("AgenciesDialog", u"&Confirm all as unchanged", None))
    # retranslateUi

