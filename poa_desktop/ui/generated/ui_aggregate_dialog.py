# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'aggregate_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_AggregateDialog(object):
    def setupUi(self, AggregateDialog):
        if not AggregateDialog.objectName():
            AggregateDialog.setObjectName(u"AggregateDialog")
        AggregateDialog.resize(680, 600)
        self.layout = QVBoxLayout(AggregateDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(AggregateDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.inputsBox = QGroupBox(AggregateDialog)
        self.inputsBox.setObjectName(u"inputsBox")
        self.inputsBoxLayout = QVBoxLayout(self.inputsBox)
        self.inputsBoxLayout.setObjectName(u"inputsBoxLayout")
        self.inputsLayout = QHBoxLayout()
        self.inputsLayout.setObjectName(u"inputsLayout")
        self.inputsList = QListWidget(self.inputsBox)
        self.inputsList.setObjectName(u"inputsList")
        self.inputsList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.inputsList.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.inputsList.setMinimumSize(QSize(0, 110))

        self.inputsLayout.addWidget(self.inputsList)

        self.inputButtons = QVBoxLayout()
        self.inputButtons.setObjectName(u"inputButtons")
        self.addFilesButton = QPushButton(self.inputsBox)
        self.addFilesButton.setObjectName(u"addFilesButton")

        self.inputButtons.addWidget(self.addFilesButton)

        self.addFolderButton = QPushButton(self.inputsBox)
        self.addFolderButton.setObjectName(u"addFolderButton")

        self.inputButtons.addWidget(self.addFolderButton)

        self.removeButton = QPushButton(self.inputsBox)
        self.removeButton.setObjectName(u"removeButton")

        self.inputButtons.addWidget(self.removeButton)

        self.inputButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.inputButtons.addItem(self.inputButtonsSpacer)


        self.inputsLayout.addLayout(self.inputButtons)


        self.inputsBoxLayout.addLayout(self.inputsLayout)


        self.layout.addWidget(self.inputsBox)

        self.outputsBox = QGroupBox(AggregateDialog)
        self.outputsBox.setObjectName(u"outputsBox")
        self.outputsLayout = QFormLayout(self.outputsBox)
        self.outputsLayout.setObjectName(u"outputsLayout")
        self.xlsxLabel = QLabel(self.outputsBox)
        self.xlsxLabel.setObjectName(u"xlsxLabel")

        self.outputsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.xlsxLabel)

        self.xlsxLayout = QHBoxLayout()
        self.xlsxLayout.setObjectName(u"xlsxLayout")
        self.xlsxEdit = QLineEdit(self.outputsBox)
        self.xlsxEdit.setObjectName(u"xlsxEdit")

        self.xlsxLayout.addWidget(self.xlsxEdit)

        self.xlsxBrowseButton = QPushButton(self.outputsBox)
        self.xlsxBrowseButton.setObjectName(u"xlsxBrowseButton")

        self.xlsxLayout.addWidget(self.xlsxBrowseButton)


        self.outputsLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.xlsxLayout)

        self.pdfLabel = QLabel(self.outputsBox)
        self.pdfLabel.setObjectName(u"pdfLabel")

        self.outputsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pdfLabel)

        self.pdfLayout = QHBoxLayout()
        self.pdfLayout.setObjectName(u"pdfLayout")
        self.pdfEdit = QLineEdit(self.outputsBox)
        self.pdfEdit.setObjectName(u"pdfEdit")

        self.pdfLayout.addWidget(self.pdfEdit)

        self.pdfBrowseButton = QPushButton(self.outputsBox)
        self.pdfBrowseButton.setObjectName(u"pdfBrowseButton")

        self.pdfLayout.addWidget(self.pdfBrowseButton)


        self.outputsLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.pdfLayout)

        self.languageLabel = QLabel(self.outputsBox)
        self.languageLabel.setObjectName(u"languageLabel")

        self.outputsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageLayout = QHBoxLayout()
        self.languageLayout.setObjectName(u"languageLayout")
        self.languageCombo = QComboBox(self.outputsBox)
        self.languageCombo.setObjectName(u"languageCombo")

        self.languageLayout.addWidget(self.languageCombo)

        self.languageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.languageLayout.addItem(self.languageSpacer)


        self.outputsLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.languageLayout)


        self.layout.addWidget(self.outputsBox)

        self.progressBar = QProgressBar(AggregateDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.layout.addWidget(self.progressBar)

        self.statusLabel = QLabel(AggregateDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.layout.addWidget(self.statusLabel)

        self.messageLabel = QLabel(AggregateDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.messageLabel)

        self.summaryEdit = QPlainTextEdit(AggregateDialog)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setReadOnly(True)
        self.summaryEdit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.summaryEdit.setMinimumSize(QSize(0, 120))

        self.layout.addWidget(self.summaryEdit)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.analyseButton = QPushButton(AggregateDialog)
        self.analyseButton.setObjectName(u"analyseButton")

        self.buttons.addWidget(self.analyseButton)

        self.cancelButton = QPushButton(AggregateDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttons.addWidget(self.cancelButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonsSpacer)

        self.openFolderButton = QPushButton(AggregateDialog)
        self.openFolderButton.setObjectName(u"openFolderButton")

        self.buttons.addWidget(self.openFolderButton)

        self.closeButton = QPushButton(AggregateDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttons.addWidget(self.closeButton)


        self.layout.addLayout(self.buttons)

        self.layout.setStretch(1, 1)
        self.layout.setStretch(6, 2)
#if QT_CONFIG(shortcut)
        self.xlsxLabel.setBuddy(self.xlsxEdit)
        self.pdfLabel.setBuddy(self.pdfEdit)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.inputsList, self.addFilesButton)
        QWidget.setTabOrder(self.addFilesButton, self.addFolderButton)
        QWidget.setTabOrder(self.addFolderButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.xlsxEdit)
        QWidget.setTabOrder(self.xlsxEdit, self.xlsxBrowseButton)
        QWidget.setTabOrder(self.xlsxBrowseButton, self.pdfEdit)
        QWidget.setTabOrder(self.pdfEdit, self.pdfBrowseButton)
        QWidget.setTabOrder(self.pdfBrowseButton, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.analyseButton)
        QWidget.setTabOrder(self.analyseButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.summaryEdit)
        QWidget.setTabOrder(self.summaryEdit, self.openFolderButton)
        QWidget.setTabOrder(self.openFolderButton, self.closeButton)

        self.retranslateUi(AggregateDialog)

        QMetaObject.connectSlotsByName(AggregateDialog)
    # setupUi

    def retranslateUi(self, AggregateDialog):
        AggregateDialog.setWindowTitle(QCoreApplication.translate("AggregateDialog", u"Analyse national reports", None))
        self.intro.setText(QCoreApplication.translate("AggregateDialog", u"Read the national workbooks States exported from this application and write what they say together: implementation by measure, State, theme and UN regional group, and assistance needed against assistance offered. A workbook changed after export is named, not counted. The assessment open in the window is not used.", None))
        self.inputsBox.setTitle(QCoreApplication.translate("AggregateDialog", u"National workbooks to read", None))
#if QT_CONFIG(accessibility)
        self.inputsList.setAccessibleName(QCoreApplication.translate("AggregateDialog", u"Workbooks and folders to read", None))
#endif // QT_CONFIG(accessibility)
        self.addFilesButton.setText(QCoreApplication.translate("AggregateDialog", u"Add &files\u2026", None))
#if QT_CONFIG(tooltip)
        self.addFilesButton.setToolTip(QCoreApplication.translate("AggregateDialog", u"Choose one or more national workbooks (.xlsx)", None))
#endif // QT_CONFIG(tooltip)
        self.addFolderButton.setText(QCoreApplication.translate("AggregateDialog", u"Add a fol&der\u2026", None))
#if QT_CONFIG(tooltip)
        self.addFolderButton.setToolTip(QCoreApplication.translate("AggregateDialog", u"Every workbook (.xlsx) in the folder and its subfolders is read", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("AggregateDialog", u"&Remove", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("AggregateDialog", u"Take the selected entries off the list (the files are not touched)", None))
#endif // QT_CONFIG(tooltip)
        self.outputsBox.setTitle(QCoreApplication.translate("AggregateDialog", u"The analysis", None))
        self.xlsxLabel.setText(QCoreApplication.translate("AggregateDialog", u"&Workbook (.xlsx):", None))
#if QT_CONFIG(accessibility)
        self.xlsxEdit.setAccessibleName(QCoreApplication.translate("AggregateDialog", u"Analysis workbook to write", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.xlsxEdit.setToolTip(QCoreApplication.translate("AggregateDialog", u"Leave empty not to write the workbook", None))
#endif // QT_CONFIG(tooltip)
        self.xlsxBrowseButton.setText(QCoreApplication.translate("AggregateDialog", u"&Browse\u2026", None))
#if QT_CONFIG(accessibility)
        self.xlsxBrowseButton.setAccessibleName(QCoreApplication.translate("AggregateDialog", u"Browse for the analysis workbook", None))
#endif // QT_CONFIG(accessibility)
        self.pdfLabel.setText(QCoreApplication.translate("AggregateDialog", u"&PDF:", None))
#if QT_CONFIG(accessibility)
        self.pdfEdit.setAccessibleName(QCoreApplication.translate("AggregateDialog", u"Analysis PDF to write", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.pdfEdit.setToolTip(QCoreApplication.translate("AggregateDialog", u"Leave empty not to write the PDF", None))
#endif // QT_CONFIG(tooltip)
        self.pdfBrowseButton.setText(QCoreApplication.translate("AggregateDialog", u"Brow&se\u2026", None))
#if QT_CONFIG(accessibility)
        self.pdfBrowseButton.setAccessibleName(QCoreApplication.translate("AggregateDialog", u"Browse for the analysis PDF", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("AggregateDialog", u"Report lan&guage:", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("AggregateDialog", u"Report language", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.languageCombo.setToolTip(QCoreApplication.translate("AggregateDialog", u"The language of the analysis workbook and PDF, whatever the language of the window or of the national workbooks", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("AggregateDialog", u"Progress of the analysis", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summaryEdit.setAccessibleName(QCoreApplication.translate("AggregateDialog", u"Summary of the analysis", None))
#endif // QT_CONFIG(accessibility)
        self.analyseButton.setText(QCoreApplication.translate("AggregateDialog", u"&Analyse", None))
#if QT_CONFIG(tooltip)
        self.analyseButton.setToolTip(QCoreApplication.translate("AggregateDialog", u"Read the workbooks and write the analysis", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("AggregateDialog", u"&Cancel", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("AggregateDialog", u"Stop the analysis: nothing is written", None))
#endif // QT_CONFIG(tooltip)
        self.openFolderButton.setText(QCoreApplication.translate("AggregateDialog", u"&Open the folder", None))
#if QT_CONFIG(tooltip)
        self.openFolderButton.setToolTip(QCoreApplication.translate("AggregateDialog", u"Open the folder the analysis was written to", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("AggregateDialog", u"Close", None))
    # retranslateUi

