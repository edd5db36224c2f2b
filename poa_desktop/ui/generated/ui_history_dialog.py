# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'history_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QSplitter, QStackedWidget, QTextBrowser, QVBoxLayout, QWidget

class Ui_HistoryDialog(object):
    def setupUi(self, HistoryDialog):
        if not HistoryDialog.objectName():
            HistoryDialog.setObjectName(u"HistoryDialog")
        HistoryDialog.resize(860, 560)
        HistoryDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(HistoryDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLabel = QLabel(HistoryDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.headerLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headerLabel)

        self.stack = QStackedWidget(HistoryDialog)
        self.stack.setObjectName(u"stack")
        self.historyPage = QWidget()
        self.historyPage.setObjectName(u"historyPage")
        self.historyLayout = QVBoxLayout(self.historyPage)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(self.historyPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPanel = QWidget(self.splitter)
        self.listPanel.setObjectName(u"listPanel")
        self.listLayout = QVBoxLayout(self.listPanel)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.revisionsLabel = QLabel(self.listPanel)
        self.revisionsLabel.setObjectName(u"revisionsLabel")

        self.listLayout.addWidget(self.revisionsLabel)

        self.revisionList = QListWidget(self.listPanel)
        self.revisionList.setObjectName(u"revisionList")
        self.revisionList.setUniformItemSizes(True)

        self.listLayout.addWidget(self.revisionList)

        self.splitter.addWidget(self.listPanel)
        self.detailsPanel = QWidget(self.splitter)
        self.detailsPanel.setObjectName(u"detailsPanel")
        self.detailsLayout = QVBoxLayout(self.detailsPanel)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setContentsMargins(0, 0, 0, 0)
        self.detailsLabel = QLabel(self.detailsPanel)
        self.detailsLabel.setObjectName(u"detailsLabel")

        self.detailsLayout.addWidget(self.detailsLabel)

        self.details = QTextBrowser(self.detailsPanel)
        self.details.setObjectName(u"details")
        self.details.setOpenLinks(False)

        self.detailsLayout.addWidget(self.details)

        self.splitter.addWidget(self.detailsPanel)

        self.historyLayout.addWidget(self.splitter)

        self.stack.addWidget(self.historyPage)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.stack.addWidget(self.emptyPage)

        self.dialogLayout.addWidget(self.stack)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.restoreButton = QPushButton(HistoryDialog)
        self.restoreButton.setObjectName(u"restoreButton")
        self.restoreButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.restoreButton)

        self.buttonBox = QDialogButtonBox(HistoryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.revisionsLabel.setBuddy(self.revisionList)
        self.detailsLabel.setBuddy(self.details)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.revisionList, self.details)
        QWidget.setTabOrder(self.details, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.buttonBox)

        self.retranslateUi(HistoryDialog)
        self.buttonBox.rejected.connect(HistoryDialog.reject)

        QMetaObject.connectSlotsByName(HistoryDialog)
    # setupUi

    def retranslateUi(self, HistoryDialog):
        HistoryDialog.setWindowTitle(QCoreApplication.translate("HistoryDialog", u"History", None))
        self.revisionsLabel.setText(QCoreApplication.translate("HistoryDialog", u"&Saved versions, newest first:", None))
#if QT_CONFIG(accessibility)
        self.revisionList.setAccessibleName(QCoreApplication.translate("HistoryDialog", u"Saved versions", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.revisionList.setAccessibleDescription(QCoreApplication.translate("HistoryDialog", u"Each saved version of this answer, newest first", None))
#endif // QT_CONFIG(accessibility)
        self.detailsLabel.setText(QCoreApplication.translate("HistoryDialog", u"&Details of the selected version:", None))
#if QT_CONFIG(accessibility)
        self.details.setAccessibleName(QCoreApplication.translate("HistoryDialog", u"Details of the selected version", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText(QCoreApplication.translate("HistoryDialog", u"No saved answer yet.", None))
        self.restoreButton.setText(QCoreApplication.translate("HistoryDialog", u"&Restore this version", None))
#if QT_CONFIG(accessibility)
        self.restoreButton.setAccessibleName(QCoreApplication.translate("HistoryDialog", u"Restore this version", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

