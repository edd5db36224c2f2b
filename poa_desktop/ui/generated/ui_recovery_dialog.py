# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recovery_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

class Ui_RecoveryDialog(object):
    def setupUi(self, RecoveryDialog):
        if not RecoveryDialog.objectName():
            RecoveryDialog.setObjectName(u"RecoveryDialog")
        RecoveryDialog.resize(960, 440)
        RecoveryDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(RecoveryDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(RecoveryDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.introLabel)

        self.entriesLabel = QLabel(RecoveryDialog)
        self.entriesLabel.setObjectName(u"entriesLabel")

        self.dialogLayout.addWidget(self.entriesLabel)

        self.entriesTable = QTableWidget(RecoveryDialog)
        if (self.entriesTable.columnCount() < 6):
            self.entriesTable.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.entriesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.entriesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.entriesTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.entriesTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.entriesTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.entriesTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.entriesTable.setObjectName(u"entriesTable")
        self.entriesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entriesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entriesTable.setAlternatingRowColors(True)
        self.entriesTable.setWordWrap(False)
        self.entriesTable.setColumnCount(6)

        self.dialogLayout.addWidget(self.entriesTable)

        self.noteLabel = QLabel(RecoveryDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.noteLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.noteLabel)

        self.resultLabel = QLabel(RecoveryDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.resultLabel)

        self.buttonBox = QDialogButtonBox(RecoveryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.NoButton)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.entriesLabel.setBuddy(self.entriesTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.entriesTable, self.buttonBox)

        self.retranslateUi(RecoveryDialog)

        QMetaObject.connectSlotsByName(RecoveryDialog)
    # setupUi

    def retranslateUi(self, RecoveryDialog):
        RecoveryDialog.setWindowTitle(QCoreApplication.translate("RecoveryDialog", u"Answers that could not be saved", None))
        self.entriesLabel.setText(QCoreApplication.translate("RecoveryDialog", u"&Kept answers:", None))
        ___qtablewidgetitem = self.entriesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RecoveryDialog", u"Assessment", None))
        ___qtablewidgetitem1 = self.entriesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RecoveryDialog", u"Commitment", None))
        ___qtablewidgetitem2 = self.entriesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("RecoveryDialog", u"Status", None))
        ___qtablewidgetitem3 = self.entriesTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("RecoveryDialog", u"Measures taken", None))
        ___qtablewidgetitem4 = self.entriesTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("RecoveryDialog", u"Kept on", None))
        ___qtablewidgetitem5 = self.entriesTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("RecoveryDialog", u"Why it was not saved", None))
#if QT_CONFIG(accessibility)
        self.entriesTable.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"Kept answers", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.entriesTable.setAccessibleDescription(QCoreApplication.translate("RecoveryDialog", u"Each answer that could not be saved: its assessment, commitment, status, first words, when and why", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("RecoveryDialog", u"Restoring saves each answer as a new version. If an answer was changed since, what it said before stays in its history (the History\u2026 button) and can be restored from there.", None))
#if QT_CONFIG(accessibility)
        self.resultLabel.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

