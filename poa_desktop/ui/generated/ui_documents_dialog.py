# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'documents_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

class Ui_DocumentsDialog(object):
    def setupUi(self, DocumentsDialog):
        if not DocumentsDialog.objectName():
            DocumentsDialog.setObjectName(u"DocumentsDialog")
        DocumentsDialog.resize(860, 400)
        self.layout = QVBoxLayout(DocumentsDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(DocumentsDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.documentTable = QTableWidget(DocumentsDialog)
        if (self.documentTable.columnCount() < 6):
            self.documentTable.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.documentTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.documentTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.documentTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.documentTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.documentTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.documentTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.documentTable.setObjectName(u"documentTable")
        self.documentTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.documentTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.documentTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.documentTable.setWordWrap(False)
        self.documentTable.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.documentTable.setMinimumSize(QSize(0, 150))
        self.documentTable.horizontalHeader().setStretchLastSection(False)
        self.documentTable.verticalHeader().setVisible(False)

        self.layout.addWidget(self.documentTable)

        self.fileButtons = QHBoxLayout()
        self.fileButtons.setObjectName(u"fileButtons")
        self.addButton = QPushButton(DocumentsDialog)
        self.addButton.setObjectName(u"addButton")

        self.fileButtons.addWidget(self.addButton)

        self.removeButton = QPushButton(DocumentsDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.fileButtons.addWidget(self.removeButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fileButtons.addItem(self.buttonSpacer)


        self.layout.addLayout(self.fileButtons)

        self.messageArea = QScrollArea(DocumentsDialog)
        self.messageArea.setObjectName(u"messageArea")
        self.messageArea.setFrameShape(QFrame.Shape.NoFrame)
        self.messageArea.setWidgetResizable(True)
        self.messageArea.setMaximumSize(QSize(16777215, 160))
        self.messageContents = QWidget()
        self.messageContents.setObjectName(u"messageContents")
        self.messageLayout = QVBoxLayout(self.messageContents)
        self.messageLayout.setObjectName(u"messageLayout")
        self.messageLayout.setContentsMargins(0, 0, 0, 0)
        self.messageLabel = QLabel(self.messageContents)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.messageLayout.addWidget(self.messageLabel)

        self.messageArea.setWidget(self.messageContents)

        self.layout.addWidget(self.messageArea)

        self.buttonBox = QDialogButtonBox(DocumentsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(DocumentsDialog)

        QMetaObject.connectSlotsByName(DocumentsDialog)
    # setupUi

    def retranslateUi(self, DocumentsDialog):
        DocumentsDialog.setWindowTitle(QCoreApplication.translate("DocumentsDialog", u"Outcome documents", None))
        self.intro.setText(QCoreApplication.translate("DocumentsDialog", u"The outcome documents installed. Tick those this assessment covers. A newer outcome or a regional instrument is added from its file; adding one changes no assessment until you tick it.", None))
        ___qtablewidgetitem = self.documentTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("DocumentsDialog", u"Covered", None))
        ___qtablewidgetitem1 = self.documentTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("DocumentsDialog", u"Document", None))
        ___qtablewidgetitem2 = self.documentTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("DocumentsDialog", u"Version", None))
        ___qtablewidgetitem3 = self.documentTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("DocumentsDialog", u"Measures", None))
        ___qtablewidgetitem4 = self.documentTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("DocumentsDialog", u"Answers", None))
        ___qtablewidgetitem5 = self.documentTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("DocumentsDialog", u"Source", None))
#if QT_CONFIG(accessibility)
        self.documentTable.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Outcome documents installed", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("DocumentsDialog", u"&Add a document\u2026", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("DocumentsDialog", u"Check a document file (JSON) and install it for this user", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("DocumentsDialog", u"&Remove", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("DocumentsDialog", u"Uninstall the selected document (only one you added, and only while no answer uses it)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

