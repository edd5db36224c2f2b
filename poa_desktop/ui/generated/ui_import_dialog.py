# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QSpinBox, QStackedWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(860, 560)
        self.layout = QVBoxLayout(ImportDialog)
        self.layout.setObjectName(u"layout")
        self.stepLabel = QLabel(ImportDialog)
        self.stepLabel.setObjectName(u"stepLabel")

        self.layout.addWidget(self.stepLabel)

        self.pages = QStackedWidget(ImportDialog)
        self.pages.setObjectName(u"pages")
        self.filePage = QWidget()
        self.filePage.setObjectName(u"filePage")
        self.filePageLayout = QVBoxLayout(self.filePage)
        self.filePageLayout.setObjectName(u"filePageLayout")
        self.fileIntro = QLabel(self.filePage)
        self.fileIntro.setObjectName(u"fileIntro")
        self.fileIntro.setWordWrap(True)

        self.filePageLayout.addWidget(self.fileIntro)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(self.filePage)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(self.filePage)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.filePageLayout.addLayout(self.fileRow)

        self.fileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.filePageLayout.addItem(self.fileSpacer)

        self.pages.addWidget(self.filePage)
        self.mappingPage = QWidget()
        self.mappingPage.setObjectName(u"mappingPage")
        self.mappingPageLayout = QVBoxLayout(self.mappingPage)
        self.mappingPageLayout.setObjectName(u"mappingPageLayout")
        self.mappingForm = QFormLayout()
        self.mappingForm.setObjectName(u"mappingForm")
        self.sheetLabel = QLabel(self.mappingPage)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.mappingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sheetLabel)

        self.sheetRow = QHBoxLayout()
        self.sheetRow.setObjectName(u"sheetRow")
        self.sheetCombo = QComboBox(self.mappingPage)
        self.sheetCombo.setObjectName(u"sheetCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.sheetCombo.sizePolicy().hasHeightForWidth())
        self.sheetCombo.setSizePolicy(sizePolicy)

        self.sheetRow.addWidget(self.sheetCombo)

        self.includeCheck = QCheckBox(self.mappingPage)
        self.includeCheck.setObjectName(u"includeCheck")

        self.sheetRow.addWidget(self.includeCheck)


        self.mappingForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.sheetRow)

        self.headerRowLabel = QLabel(self.mappingPage)
        self.headerRowLabel.setObjectName(u"headerRowLabel")

        self.mappingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.headerRowLabel)

        self.headerRowSpin = QSpinBox(self.mappingPage)
        self.headerRowSpin.setObjectName(u"headerRowSpin")
        self.headerRowSpin.setMinimum(1)
        self.headerRowSpin.setMaximum(30)

        self.mappingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.headerRowSpin)


        self.mappingPageLayout.addLayout(self.mappingForm)

        self.sheetsLabel = QLabel(self.mappingPage)
        self.sheetsLabel.setObjectName(u"sheetsLabel")
        self.sheetsLabel.setWordWrap(True)
        self.sheetsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mappingPageLayout.addWidget(self.sheetsLabel)

        self.mappingIntro = QLabel(self.mappingPage)
        self.mappingIntro.setObjectName(u"mappingIntro")
        self.mappingIntro.setWordWrap(True)

        self.mappingPageLayout.addWidget(self.mappingIntro)

        self.mappingTable = QTableWidget(self.mappingPage)
        if (self.mappingTable.columnCount() < 2):
            self.mappingTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.mappingTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.mappingTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.mappingTable.setObjectName(u"mappingTable")
        self.mappingTable.setColumnCount(2)

        self.mappingPageLayout.addWidget(self.mappingTable)

        self.statusWordsForm = QFormLayout()
        self.statusWordsForm.setObjectName(u"statusWordsForm")
        self.statusWordsLabel = QLabel(self.mappingPage)
        self.statusWordsLabel.setObjectName(u"statusWordsLabel")

        self.statusWordsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusWordsLabel)

        self.statusWordsEdit = QLineEdit(self.mappingPage)
        self.statusWordsEdit.setObjectName(u"statusWordsEdit")

        self.statusWordsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusWordsEdit)


        self.mappingPageLayout.addLayout(self.statusWordsForm)

        self.policyRow = QHBoxLayout()
        self.policyRow.setObjectName(u"policyRow")
        self.policyLabel = QLabel(self.mappingPage)
        self.policyLabel.setObjectName(u"policyLabel")

        self.policyRow.addWidget(self.policyLabel)

        self.fillRadio = QRadioButton(self.mappingPage)
        self.fillRadio.setObjectName(u"fillRadio")
        self.fillRadio.setChecked(True)

        self.policyRow.addWidget(self.fillRadio)

        self.replaceRadio = QRadioButton(self.mappingPage)
        self.replaceRadio.setObjectName(u"replaceRadio")

        self.policyRow.addWidget(self.replaceRadio)

        self.keepRadio = QRadioButton(self.mappingPage)
        self.keepRadio.setObjectName(u"keepRadio")

        self.policyRow.addWidget(self.keepRadio)

        self.policySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.policyRow.addItem(self.policySpacer)


        self.mappingPageLayout.addLayout(self.policyRow)

        self.pages.addWidget(self.mappingPage)
        self.previewPage = QWidget()
        self.previewPage.setObjectName(u"previewPage")
        self.previewPageLayout = QVBoxLayout(self.previewPage)
        self.previewPageLayout.setObjectName(u"previewPageLayout")
        self.summaryLabel = QLabel(self.previewPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.previewPageLayout.addWidget(self.summaryLabel)

        self.changesTable = QTableWidget(self.previewPage)
        if (self.changesTable.columnCount() < 5):
            self.changesTable.setColumnCount(5)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.changesTable.setHorizontalHeaderItem(0, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.changesTable.setHorizontalHeaderItem(1, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.changesTable.setHorizontalHeaderItem(2, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.changesTable.setHorizontalHeaderItem(3, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.changesTable.setHorizontalHeaderItem(4, __qtablewidgetitem6)
        self.changesTable.setObjectName(u"changesTable")
        self.changesTable.setColumnCount(5)

        self.previewPageLayout.addWidget(self.changesTable)

        self.agenciesCheck = QCheckBox(self.previewPage)
        self.agenciesCheck.setObjectName(u"agenciesCheck")

        self.previewPageLayout.addWidget(self.agenciesCheck)

        self.problemsLabel = QLabel(self.previewPage)
        self.problemsLabel.setObjectName(u"problemsLabel")

        self.previewPageLayout.addWidget(self.problemsLabel)

        self.problemsList = QListWidget(self.previewPage)
        self.problemsList.setObjectName(u"problemsList")

        self.previewPageLayout.addWidget(self.problemsList)

        self.skipCheck = QCheckBox(self.previewPage)
        self.skipCheck.setObjectName(u"skipCheck")

        self.previewPageLayout.addWidget(self.skipCheck)

        self.notesLabel = QLabel(self.previewPage)
        self.notesLabel.setObjectName(u"notesLabel")

        self.previewPageLayout.addWidget(self.notesLabel)

        self.notesList = QListWidget(self.previewPage)
        self.notesList.setObjectName(u"notesList")

        self.previewPageLayout.addWidget(self.notesList)

        self.pages.addWidget(self.previewPage)

        self.layout.addWidget(self.pages)

        self.messageLabel = QLabel(ImportDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.backButton = QPushButton(ImportDialog)
        self.backButton.setObjectName(u"backButton")

        self.buttons.addWidget(self.backButton)

        self.nextButton = QPushButton(ImportDialog)
        self.nextButton.setObjectName(u"nextButton")

        self.buttons.addWidget(self.nextButton)

        self.importButton = QPushButton(ImportDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttons.addWidget(self.importButton)

        self.cancelButton = QPushButton(ImportDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttons.addWidget(self.cancelButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.sheetLabel.setBuddy(self.sheetCombo)
        self.headerRowLabel.setBuddy(self.headerRowSpin)
        self.statusWordsLabel.setBuddy(self.statusWordsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportDialog)

        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import answers", None))
        self.stepLabel.setText("")
        self.fileIntro.setText(QCoreApplication.translate("ImportDialog", u"Choose a workbook: one exported by poa-desktop, or a tracker your ministry keeps. Nothing is written until you confirm the preview.", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Workbook to import", None))
#endif // QT_CONFIG(accessibility)
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"path of an .xlsx file", None))
        self.browseButton.setText(QCoreApplication.translate("ImportDialog", u"&Browse\u2026", None))
        self.sheetLabel.setText(QCoreApplication.translate("ImportDialog", u"&Sheet:", None))
#if QT_CONFIG(accessibility)
        self.sheetCombo.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Sheet", None))
#endif // QT_CONFIG(accessibility)
        self.includeCheck.setText(QCoreApplication.translate("ImportDialog", u"&Import this sheet", None))
        self.headerRowLabel.setText(QCoreApplication.translate("ImportDialog", u"&Header row:", None))
#if QT_CONFIG(accessibility)
        self.headerRowSpin.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Header row", None))
#endif // QT_CONFIG(accessibility)
        self.mappingIntro.setText(QCoreApplication.translate("ImportDialog", u"Which column holds what (proposed from the headers; change any of them):", None))
        ___qtablewidgetitem = self.mappingTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportDialog", u"Field", None))
        ___qtablewidgetitem1 = self.mappingTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportDialog", u"Column in the sheet", None))
#if QT_CONFIG(accessibility)
        self.mappingTable.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Column for each field", None))
#endif // QT_CONFIG(accessibility)
        self.statusWordsLabel.setText(QCoreApplication.translate("ImportDialog", u"Other status &words:", None))
#if QT_CONFIG(accessibility)
        self.statusWordsEdit.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Other status words", None))
#endif // QT_CONFIG(accessibility)
        self.statusWordsEdit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"e.g.  Peut-\u00eatre = developing; x = implemented; TBC = none", None))
        self.policyLabel.setText(QCoreApplication.translate("ImportDialog", u"Existing answers:", None))
        self.fillRadio.setText(QCoreApplication.translate("ImportDialog", u"&Fill only their empty fields", None))
        self.replaceRadio.setText(QCoreApplication.translate("ImportDialog", u"&Replace what they hold", None))
#if QT_CONFIG(tooltip)
        self.replaceRadio.setToolTip(QCoreApplication.translate("ImportDialog", u"Overwrites filled fields with the file's values; the preview counts them", None))
#endif // QT_CONFIG(tooltip)
        self.keepRadio.setText(QCoreApplication.translate("ImportDialog", u"&Keep them whole", None))
        ___qtablewidgetitem2 = self.changesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ImportDialog", u"Row", None))
        ___qtablewidgetitem3 = self.changesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ImportDialog", u"Commitment", None))
        ___qtablewidgetitem4 = self.changesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ImportDialog", u"Action", None))
        ___qtablewidgetitem5 = self.changesTable.horizontalHeaderItem(3)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ImportDialog", u"Status: before \u2192 after", None))
        ___qtablewidgetitem6 = self.changesTable.horizontalHeaderItem(4)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("ImportDialog", u"Fields changed", None))
#if QT_CONFIG(accessibility)
        self.changesTable.setAccessibleName(QCoreApplication.translate("ImportDialog", u"What the import changes", None))
#endif // QT_CONFIG(accessibility)
        self.agenciesCheck.setText("")
        self.problemsLabel.setText(QCoreApplication.translate("ImportDialog", u"Cells and rows that cannot be read:", None))
#if QT_CONFIG(accessibility)
        self.problemsList.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Cells and rows that cannot be read", None))
#endif // QT_CONFIG(accessibility)
        self.skipCheck.setText(QCoreApplication.translate("ImportDialog", u"&Skip what cannot be read and import the rest", None))
        self.notesLabel.setText(QCoreApplication.translate("ImportDialog", u"How typed values were understood, and notes:", None))
#if QT_CONFIG(accessibility)
        self.notesList.setAccessibleName(QCoreApplication.translate("ImportDialog", u"How typed values were understood, and notes", None))
#endif // QT_CONFIG(accessibility)
        self.backButton.setText(QCoreApplication.translate("ImportDialog", u"< &Back", None))
        self.nextButton.setText(QCoreApplication.translate("ImportDialog", u"&Next >", None))
        self.importButton.setText(QCoreApplication.translate("ImportDialog", u"&Import", None))
        self.cancelButton.setText(QCoreApplication.translate("ImportDialog", u"Cancel", None))
    # retranslateUi

