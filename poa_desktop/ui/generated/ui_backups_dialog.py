# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backups_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

class Ui_BackupsDialog(object):
    def setupUi(self, BackupsDialog):
        if not BackupsDialog.objectName():
            BackupsDialog.setObjectName(u"BackupsDialog")
        BackupsDialog.resize(820, 460)
        BackupsDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(BackupsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(BackupsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.backupsTable = QTableWidget(BackupsDialog)
        if (self.backupsTable.columnCount() < 4):
            self.backupsTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.backupsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.backupsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.backupsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.backupsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.backupsTable.setObjectName(u"backupsTable")
        self.backupsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backupsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backupsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backupsTable.setAlternatingRowColors(True)
        self.backupsTable.setColumnCount(4)

        self.dialogLayout.addWidget(self.backupsTable)

        self.folderLabel = QLabel(BackupsDialog)
        self.folderLabel.setObjectName(u"folderLabel")
        self.folderLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.folderLabel.setWordWrap(True)
        self.folderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.folderLabel)

        self.offComputerLabel = QLabel(BackupsDialog)
        self.offComputerLabel.setObjectName(u"offComputerLabel")
        self.offComputerLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.offComputerLabel.setWordWrap(True)
        self.offComputerLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.offComputerLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.takeButton = QPushButton(BackupsDialog)
        self.takeButton.setObjectName(u"takeButton")

        self.buttonsLayout.addWidget(self.takeButton)

        self.copyButton = QPushButton(BackupsDialog)
        self.copyButton.setObjectName(u"copyButton")

        self.buttonsLayout.addWidget(self.copyButton)

        self.otherFileButton = QPushButton(BackupsDialog)
        self.otherFileButton.setObjectName(u"otherFileButton")

        self.buttonsLayout.addWidget(self.otherFileButton)

        self.buttonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.restoreButton = QPushButton(BackupsDialog)
        self.restoreButton.setObjectName(u"restoreButton")
        self.restoreButton.setEnabled(False)

        self.buttonsLayout.addWidget(self.restoreButton)

        self.buttonBox = QDialogButtonBox(BackupsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonsLayout)

        QWidget.setTabOrder(self.backupsTable, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.takeButton)
        QWidget.setTabOrder(self.takeButton, self.copyButton)
        QWidget.setTabOrder(self.copyButton, self.otherFileButton)
        QWidget.setTabOrder(self.otherFileButton, self.buttonBox)

        self.retranslateUi(BackupsDialog)
        self.buttonBox.rejected.connect(BackupsDialog.reject)

        QMetaObject.connectSlotsByName(BackupsDialog)
    # setupUi

    def retranslateUi(self, BackupsDialog):
        BackupsDialog.setWindowTitle(QCoreApplication.translate("BackupsDialog", u"Restore from backup", None))
        self.introLabel.setText(QCoreApplication.translate("BackupsDialog", u"poa-desktop copies your database every day you use it, and before every schema upgrade, import and restore. Restoring replaces what the database holds now with the chosen copy; the database as it is now is copied first, so a restore can itself be undone.", None))
        ___qtablewidgetitem = self.backupsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("BackupsDialog", u"Taken", None))
        ___qtablewidgetitem1 = self.backupsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("BackupsDialog", u"Why", None))
        ___qtablewidgetitem2 = self.backupsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("BackupsDialog", u"Measures answered", None))
        ___qtablewidgetitem3 = self.backupsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("BackupsDialog", u"Assessments", None))
#if QT_CONFIG(accessibility)
        self.backupsTable.setAccessibleName(QCoreApplication.translate("BackupsDialog", u"Backups, newest first", None))
#endif // QT_CONFIG(accessibility)
        self.takeButton.setText(QCoreApplication.translate("BackupsDialog", u"&Take a backup now", None))
        self.copyButton.setText(QCoreApplication.translate("BackupsDialog", u"&Save a copy elsewhere\u2026", None))
#if QT_CONFIG(tooltip)
        self.copyButton.setToolTip(QCoreApplication.translate("BackupsDialog", u"A copy of the database on another disk, a USB key or a network folder", None))
#endif // QT_CONFIG(tooltip)
        self.otherFileButton.setText(QCoreApplication.translate("BackupsDialog", u"Restore from &another file\u2026", None))
        self.restoreButton.setText(QCoreApplication.translate("BackupsDialog", u"&Restore the selected backup\u2026", None))
    # retranslateUi

