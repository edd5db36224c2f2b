# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'clearance_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

class Ui_ClearanceDialog(object):
    def setupUi(self, ClearanceDialog):
        if not ClearanceDialog.objectName():
            ClearanceDialog.setObjectName(u"ClearanceDialog")
        ClearanceDialog.resize(760, 620)
        ClearanceDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(ClearanceDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.statusLabel = QLabel(ClearanceDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.statusLabel)

        self.statusHint = QLabel(ClearanceDialog)
        self.statusHint.setObjectName(u"statusHint")
        self.statusHint.setTextFormat(Qt.TextFormat.PlainText)
        self.statusHint.setWordWrap(True)

        self.dialogLayout.addWidget(self.statusHint)

        self.splitter = QSplitter(ClearanceDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.checklistPanel = QWidget(self.splitter)
        self.checklistPanel.setObjectName(u"checklistPanel")
        self.checklistLayout = QVBoxLayout(self.checklistPanel)
        self.checklistLayout.setObjectName(u"checklistLayout")
        self.checklistLayout.setContentsMargins(0, 0, 0, 0)
        self.checklistLabel = QLabel(self.checklistPanel)
        self.checklistLabel.setObjectName(u"checklistLabel")

        self.checklistLayout.addWidget(self.checklistLabel)

        self.checklistTree = QTreeWidget(self.checklistPanel)
        __qtreewidgetitem = QTreeWidgetItem()
        __qtreewidgetitem.setText(0, u"1")
        self.checklistTree.setHeaderItem(__qtreewidgetitem)
        self.checklistTree.setObjectName(u"checklistTree")
        self.checklistTree.setUniformRowHeights(True)
        self.checklistTree.setHeaderHidden(True)

        self.checklistLayout.addWidget(self.checklistTree)

        self.goRow = QHBoxLayout()
        self.goRow.setObjectName(u"goRow")
        self.goButton = QPushButton(self.checklistPanel)
        self.goButton.setObjectName(u"goButton")
        self.goButton.setAutoDefault(False)

        self.goRow.addWidget(self.goButton)

        self.goSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.goRow.addItem(self.goSpacer)


        self.checklistLayout.addLayout(self.goRow)

        self.splitter.addWidget(self.checklistPanel)
        self.historyPanel = QWidget(self.splitter)
        self.historyPanel.setObjectName(u"historyPanel")
        self.historyLayout = QVBoxLayout(self.historyPanel)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyLayout.setContentsMargins(0, 0, 0, 0)
        self.historyLabel = QLabel(self.historyPanel)
        self.historyLabel.setObjectName(u"historyLabel")

        self.historyLayout.addWidget(self.historyLabel)

        self.historyTree = QTreeWidget(self.historyPanel)
        self.historyTree.setObjectName(u"historyTree")
        self.historyTree.setRootIsDecorated(False)
        self.historyTree.setUniformRowHeights(True)
        self.historyTree.setWordWrap(False)

        self.historyLayout.addWidget(self.historyTree)

        self.splitter.addWidget(self.historyPanel)

        self.dialogLayout.addWidget(self.splitter)

        self.submitBox = QGroupBox(ClearanceDialog)
        self.submitBox.setObjectName(u"submitBox")
        self.submitLayout = QFormLayout(self.submitBox)
        self.submitLayout.setObjectName(u"submitLayout")
        self.officerLabel = QLabel(self.submitBox)
        self.officerLabel.setObjectName(u"officerLabel")

        self.submitLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.officerLabel)

        self.officerRow = QHBoxLayout()
        self.officerRow.setObjectName(u"officerRow")
        self.officerEdit = QLineEdit(self.submitBox)
        self.officerEdit.setObjectName(u"officerEdit")

        self.officerRow.addWidget(self.officerEdit)

        self.submitButton = QPushButton(self.submitBox)
        self.submitButton.setObjectName(u"submitButton")

        self.officerRow.addWidget(self.submitButton)


        self.submitLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.officerRow)


        self.dialogLayout.addWidget(self.submitBox)

        self.clearBox = QGroupBox(ClearanceDialog)
        self.clearBox.setObjectName(u"clearBox")
        self.clearLayout = QFormLayout(self.clearBox)
        self.clearLayout.setObjectName(u"clearLayout")
        self.authorityLabel = QLabel(self.clearBox)
        self.authorityLabel.setObjectName(u"authorityLabel")

        self.clearLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.authorityLabel)

        self.authorityEdit = QLineEdit(self.clearBox)
        self.authorityEdit.setObjectName(u"authorityEdit")

        self.clearLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.authorityEdit)

        self.clearRow = QHBoxLayout()
        self.clearRow.setObjectName(u"clearRow")
        self.annexCheck = QCheckBox(self.clearBox)
        self.annexCheck.setObjectName(u"annexCheck")

        self.clearRow.addWidget(self.annexCheck)

        self.clearSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.clearRow.addItem(self.clearSpacer)

        self.clearButton = QPushButton(self.clearBox)
        self.clearButton.setObjectName(u"clearButton")

        self.clearRow.addWidget(self.clearButton)


        self.clearLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.clearRow)

        self.returnReasonLabel = QLabel(self.clearBox)
        self.returnReasonLabel.setObjectName(u"returnReasonLabel")

        self.clearLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.returnReasonLabel)

        self.returnRow = QHBoxLayout()
        self.returnRow.setObjectName(u"returnRow")
        self.returnReasonEdit = QLineEdit(self.clearBox)
        self.returnReasonEdit.setObjectName(u"returnReasonEdit")

        self.returnRow.addWidget(self.returnReasonEdit)

        self.returnButton = QPushButton(self.clearBox)
        self.returnButton.setObjectName(u"returnButton")

        self.returnRow.addWidget(self.returnButton)


        self.clearLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.returnRow)


        self.dialogLayout.addWidget(self.clearBox)

        self.reopenBox = QGroupBox(ClearanceDialog)
        self.reopenBox.setObjectName(u"reopenBox")
        self.reopenLayout = QFormLayout(self.reopenBox)
        self.reopenLayout.setObjectName(u"reopenLayout")
        self.reopenNameLabel = QLabel(self.reopenBox)
        self.reopenNameLabel.setObjectName(u"reopenNameLabel")

        self.reopenLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reopenNameLabel)

        self.reopenNameEdit = QLineEdit(self.reopenBox)
        self.reopenNameEdit.setObjectName(u"reopenNameEdit")

        self.reopenLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reopenNameEdit)

        self.reopenReasonLabel = QLabel(self.reopenBox)
        self.reopenReasonLabel.setObjectName(u"reopenReasonLabel")

        self.reopenLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reopenReasonLabel)

        self.reopenRow = QHBoxLayout()
        self.reopenRow.setObjectName(u"reopenRow")
        self.reopenReasonEdit = QLineEdit(self.reopenBox)
        self.reopenReasonEdit.setObjectName(u"reopenReasonEdit")

        self.reopenRow.addWidget(self.reopenReasonEdit)

        self.reopenButton = QPushButton(self.reopenBox)
        self.reopenButton.setObjectName(u"reopenButton")

        self.reopenRow.addWidget(self.reopenButton)


        self.reopenLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.reopenRow)


        self.dialogLayout.addWidget(self.reopenBox)

        self.messageLabel = QLabel(ClearanceDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(ClearanceDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.checklistLabel.setBuddy(self.checklistTree)
        self.historyLabel.setBuddy(self.historyTree)
        self.officerLabel.setBuddy(self.officerEdit)
        self.authorityLabel.setBuddy(self.authorityEdit)
        self.returnReasonLabel.setBuddy(self.returnReasonEdit)
        self.reopenNameLabel.setBuddy(self.reopenNameEdit)
        self.reopenReasonLabel.setBuddy(self.reopenReasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ClearanceDialog)

        QMetaObject.connectSlotsByName(ClearanceDialog)
    # setupUi

    def retranslateUi(self, ClearanceDialog):
        ClearanceDialog.setWindowTitle(QCoreApplication.translate("ClearanceDialog", u"Clearance", None))
        self.checklistLabel.setText(QCoreApplication.translate("ClearanceDialog", u"&Checklist:", None))
#if QT_CONFIG(accessibility)
        self.checklistTree.setAccessibleName(QCoreApplication.translate("ClearanceDialog", u"Checklist of open items", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.checklistTree.setAccessibleDescription(QCoreApplication.translate("ClearanceDialog", u"Things to settle before clearance, by kind; double-click an item or press Enter to go to its commitment", None))
#endif // QT_CONFIG(accessibility)
        self.goButton.setText(QCoreApplication.translate("ClearanceDialog", u"&Go to the measure", None))
#if QT_CONFIG(tooltip)
        self.goButton.setToolTip(QCoreApplication.translate("ClearanceDialog", u"Close the checklist and show the chosen measure", None))
#endif // QT_CONFIG(tooltip)
        self.historyLabel.setText(QCoreApplication.translate("ClearanceDialog", u"Clearance &history:", None))
        ___qtreewidgetitem = self.historyTree.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("ClearanceDialog", u"Reason or open items", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ClearanceDialog", u"Who", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ClearanceDialog", u"Step", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ClearanceDialog", u"When", None))
#if QT_CONFIG(accessibility)
        self.historyTree.setAccessibleName(QCoreApplication.translate("ClearanceDialog", u"Clearance history", None))
#endif // QT_CONFIG(accessibility)
        self.submitBox.setTitle(QCoreApplication.translate("ClearanceDialog", u"Submit for clearance", None))
        self.officerLabel.setText(QCoreApplication.translate("ClearanceDialog", u"Reporting &officer:", None))
#if QT_CONFIG(accessibility)
        self.officerEdit.setAccessibleName(QCoreApplication.translate("ClearanceDialog", u"Name of the reporting officer", None))
#endif // QT_CONFIG(accessibility)
        self.submitButton.setText(QCoreApplication.translate("ClearanceDialog", u"&Submit for clearance", None))
        self.clearBox.setTitle(QCoreApplication.translate("ClearanceDialog", u"Approve for release, or return to draft", None))
        self.authorityLabel.setText(QCoreApplication.translate("ClearanceDialog", u"Clearing &authority:", None))
#if QT_CONFIG(accessibility)
        self.authorityEdit.setAccessibleName(QCoreApplication.translate("ClearanceDialog", u"Name of the clearing authority", None))
#endif // QT_CONFIG(accessibility)
        self.annexCheck.setText(QCoreApplication.translate("ClearanceDialog", u"Approve with the open items listed in an a&nnex", None))
        self.clearButton.setText(QCoreApplication.translate("ClearanceDialog", u"A&pprove for release\u2026", None))
#if QT_CONFIG(tooltip)
        self.clearButton.setToolTip(QCoreApplication.translate("ClearanceDialog", u"The clearing authority approves the assessment for release as the national report; it is then cleared and its answers stay frozen", None))
#endif // QT_CONFIG(tooltip)
        self.returnReasonLabel.setText(QCoreApplication.translate("ClearanceDialog", u"&Reason to return:", None))
#if QT_CONFIG(accessibility)
        self.returnReasonEdit.setAccessibleName(QCoreApplication.translate("ClearanceDialog", u"Reason to return the assessment to draft", None))
#endif // QT_CONFIG(accessibility)
        self.returnButton.setText(QCoreApplication.translate("ClearanceDialog", u"Return to &draft", None))
        self.reopenBox.setTitle(QCoreApplication.translate("ClearanceDialog", u"Reopen as a draft", None))
        self.reopenNameLabel.setText(QCoreApplication.translate("ClearanceDialog", u"Your &name:", None))
#if QT_CONFIG(accessibility)
        self.reopenNameEdit.setAccessibleName(QCoreApplication.translate("ClearanceDialog", u"Name of the person reopening", None))
#endif // QT_CONFIG(accessibility)
        self.reopenReasonLabel.setText(QCoreApplication.translate("ClearanceDialog", u"&Reason:", None))
#if QT_CONFIG(accessibility)
        self.reopenReasonEdit.setAccessibleName(QCoreApplication.translate("ClearanceDialog", u"Reason to reopen the assessment", None))
#endif // QT_CONFIG(accessibility)
        self.reopenButton.setText(QCoreApplication.translate("ClearanceDialog", u"Reopen as a &draft", None))
    # retranslateUi

