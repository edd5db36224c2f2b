# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agency_return_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QTreeWidget, QVBoxLayout, QWidget

class Ui_AgencyReturnDialog(object):
    def setupUi(self, AgencyReturnDialog):
        if not AgencyReturnDialog.objectName():
            AgencyReturnDialog.setObjectName(u"AgencyReturnDialog")
        AgencyReturnDialog.resize(900, 160)
        self.layout = QVBoxLayout(AgencyReturnDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(AgencyReturnDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileLabel = QLabel(AgencyReturnDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileRow.addWidget(self.fileLabel)

        self.fileEdit = QLineEdit(AgencyReturnDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(AgencyReturnDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)

        self.readButton = QPushButton(AgencyReturnDialog)
        self.readButton.setObjectName(u"readButton")

        self.fileRow.addWidget(self.readButton)


        self.layout.addLayout(self.fileRow)

        self.summaryLabel = QLabel(AgencyReturnDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.layout.addWidget(self.summaryLabel)

        self.updatesLabel = QLabel(AgencyReturnDialog)
        self.updatesLabel.setObjectName(u"updatesLabel")

        self.layout.addWidget(self.updatesLabel)

        self.updatesTree = QTreeWidget(AgencyReturnDialog)
        self.updatesTree.setObjectName(u"updatesTree")
        self.updatesTree.setMaximumSize(QSize(16777215, 160))
        self.updatesTree.setRootIsDecorated(False)
        self.updatesTree.setUniformRowHeights(True)
        self.updatesTree.setWordWrap(False)

        self.layout.addWidget(self.updatesTree)

        self.problemsLabel = QLabel(AgencyReturnDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")

        self.layout.addWidget(self.problemsLabel)

        self.problemsList = QListWidget(AgencyReturnDialog)
        self.problemsList.setObjectName(u"problemsList")
        self.problemsList.setMaximumSize(QSize(16777215, 90))

        self.layout.addWidget(self.problemsList)

        self.skipCheck = QCheckBox(AgencyReturnDialog)
        self.skipCheck.setObjectName(u"skipCheck")

        self.layout.addWidget(self.skipCheck)

        self.conflictsLabel = QLabel(AgencyReturnDialog)
        self.conflictsLabel.setObjectName(u"conflictsLabel")
        self.conflictsLabel.setWordWrap(True)

        self.layout.addWidget(self.conflictsLabel)

        self.conflictsScroll = QScrollArea(AgencyReturnDialog)
        self.conflictsScroll.setObjectName(u"conflictsScroll")
        self.conflictsScroll.setWidgetResizable(True)
        self.conflictsContainer = QWidget()
        self.conflictsContainer.setObjectName(u"conflictsContainer")
        self.conflictsLayout = QVBoxLayout(self.conflictsContainer)
        self.conflictsLayout.setObjectName(u"conflictsLayout")
        self.conflictsScroll.setWidget(self.conflictsContainer)

        self.layout.addWidget(self.conflictsScroll)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.messageLabel = QLabel(AgencyReturnDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.importButton = QPushButton(AgencyReturnDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttons.addWidget(self.importButton)

        self.cancelButton = QPushButton(AgencyReturnDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttons.addWidget(self.cancelButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
        self.updatesLabel.setBuddy(self.updatesTree)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.readButton)
        QWidget.setTabOrder(self.readButton, self.problemsList)
        QWidget.setTabOrder(self.problemsList, self.skipCheck)
        QWidget.setTabOrder(self.skipCheck, self.conflictsScroll)
        QWidget.setTabOrder(self.conflictsScroll, self.importButton)
        QWidget.setTabOrder(self.importButton, self.cancelButton)

        self.retranslateUi(AgencyReturnDialog)

        QMetaObject.connectSlotsByName(AgencyReturnDialog)
    # setupUi

    def retranslateUi(self, AgencyReturnDialog):
        AgencyReturnDialog.setWindowTitle(QCoreApplication.translate("AgencyReturnDialog", u"Take back an agency's workbook", None))
        self.intro.setText(QCoreApplication.translate("AgencyReturnDialog", u"Choose the workbook an agency sent back. Its answers are shown first; nothing is written until you import.", None))
        self.fileLabel.setText(QCoreApplication.translate("AgencyReturnDialog", u"&Workbook:", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("AgencyReturnDialog", u"Returned workbook", None))
#endif // QT_CONFIG(accessibility)
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("AgencyReturnDialog", u"path of the .xlsx file the agency returned", None))
        self.browseButton.setText(QCoreApplication.translate("AgencyReturnDialog", u"&Browse\u2026", None))
        self.readButton.setText(QCoreApplication.translate("AgencyReturnDialog", u"&Read it", None))
        self.summaryLabel.setText("")
        self.updatesLabel.setText(QCoreApplication.translate("AgencyReturnDialog", u"&Updates the agency sends (before \u2192 after):", None))
        ___qtreewidgetitem = self.updatesTree.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("AgencyReturnDialog", u"After", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("AgencyReturnDialog", u"Before", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("AgencyReturnDialog", u"Field", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("AgencyReturnDialog", u"Commitment", None))
#if QT_CONFIG(accessibility)
        self.updatesTree.setAccessibleName(QCoreApplication.translate("AgencyReturnDialog", u"Updates the agency sends", None))
#endif // QT_CONFIG(accessibility)
        self.problemsLabel.setText(QCoreApplication.translate("AgencyReturnDialog", u"Rows that cannot be read:", None))
#if QT_CONFIG(accessibility)
        self.problemsList.setAccessibleName(QCoreApplication.translate("AgencyReturnDialog", u"Rows that cannot be read", None))
#endif // QT_CONFIG(accessibility)
        self.skipCheck.setText(QCoreApplication.translate("AgencyReturnDialog", u"&Skip the rows that cannot be read and import the others", None))
        self.conflictsLabel.setText("")
#if QT_CONFIG(accessibility)
        self.conflictsScroll.setAccessibleName(QCoreApplication.translate("AgencyReturnDialog", u"Answers changed on both sides", None))
#endif // QT_CONFIG(accessibility)
        self.importButton.setText(QCoreApplication.translate("AgencyReturnDialog", u"&Import", None))
        self.cancelButton.setText(QCoreApplication.translate("AgencyReturnDialog", u"Cancel", None))
    # retranslateUi

