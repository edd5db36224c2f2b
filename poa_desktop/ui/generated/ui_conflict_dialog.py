# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflict_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

class Ui_ConflictDialog(object):
    def setupUi(self, ConflictDialog):
        if not ConflictDialog.objectName():
            ConflictDialog.setObjectName(u"ConflictDialog")
        ConflictDialog.resize(860, 520)
        ConflictDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(ConflictDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ConflictDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.fieldsTable = QTableWidget(ConflictDialog)
        if (self.fieldsTable.columnCount() < 3):
            self.fieldsTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.fieldsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.fieldsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.fieldsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.fieldsTable.setObjectName(u"fieldsTable")
        self.fieldsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fieldsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fieldsTable.setWordWrap(True)
        self.fieldsTable.setColumnCount(3)

        self.dialogLayout.addWidget(self.fieldsTable)

        self.hintLabel = QLabel(ConflictDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.keepMineButton = QPushButton(ConflictDialog)
        self.keepMineButton.setObjectName(u"keepMineButton")

        self.buttonsLayout.addWidget(self.keepMineButton)

        self.combineButton = QPushButton(ConflictDialog)
        self.combineButton.setObjectName(u"combineButton")

        self.buttonsLayout.addWidget(self.combineButton)

        self.takeTheirsButton = QPushButton(ConflictDialog)
        self.takeTheirsButton.setObjectName(u"takeTheirsButton")

        self.buttonsLayout.addWidget(self.takeTheirsButton)

        self.buttonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.laterButton = QPushButton(ConflictDialog)
        self.laterButton.setObjectName(u"laterButton")

        self.buttonsLayout.addWidget(self.laterButton)


        self.dialogLayout.addLayout(self.buttonsLayout)

        QWidget.setTabOrder(self.fieldsTable, self.keepMineButton)
        QWidget.setTabOrder(self.keepMineButton, self.combineButton)
        QWidget.setTabOrder(self.combineButton, self.takeTheirsButton)
        QWidget.setTabOrder(self.takeTheirsButton, self.laterButton)

        self.retranslateUi(ConflictDialog)

        self.keepMineButton.setDefault(True)


        QMetaObject.connectSlotsByName(ConflictDialog)
    # setupUi

    def retranslateUi(self, ConflictDialog):
        ConflictDialog.setWindowTitle(QCoreApplication.translate("ConflictDialog", u"Changed elsewhere while you typed", None))
        ___qtablewidgetitem = self.fieldsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ConflictDialog", u"Field", None))
        ___qtablewidgetitem1 = self.fieldsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ConflictDialog", u"Yours (on screen)", None))
        ___qtablewidgetitem2 = self.fieldsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ConflictDialog", u"Saved elsewhere", None))
#if QT_CONFIG(accessibility)
        self.fieldsTable.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"Your version and the version saved elsewhere, field by field", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("ConflictDialog", u"What you choose is saved as a new version of the answer; earlier versions stay in its history.", None))
        self.keepMineButton.setText(QCoreApplication.translate("ConflictDialog", u"&Keep mine", None))
        self.combineButton.setText(QCoreApplication.translate("ConflictDialog", u"&Combine both", None))
        self.takeTheirsButton.setText(QCoreApplication.translate("ConflictDialog", u"&Take the saved version", None))
        self.laterButton.setText(QCoreApplication.translate("ConflictDialog", u"Decide &later", None))
    # retranslateUi

