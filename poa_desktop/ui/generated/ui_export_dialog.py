# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(560, 360)
        self.layout = QVBoxLayout(ExportDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(ExportDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.formatsBox = QGroupBox(ExportDialog)
        self.formatsBox.setObjectName(u"formatsBox")
        self.formatsLayout = QVBoxLayout(self.formatsBox)
        self.formatsLayout.setObjectName(u"formatsLayout")
        self.pdfCheck = QCheckBox(self.formatsBox)
        self.pdfCheck.setObjectName(u"pdfCheck")
        self.pdfCheck.setChecked(True)

        self.formatsLayout.addWidget(self.pdfCheck)

        self.xlsxCheck = QCheckBox(self.formatsBox)
        self.xlsxCheck.setObjectName(u"xlsxCheck")
        self.xlsxCheck.setChecked(True)

        self.formatsLayout.addWidget(self.xlsxCheck)

        self.packageCheck = QCheckBox(self.formatsBox)
        self.packageCheck.setObjectName(u"packageCheck")

        self.formatsLayout.addWidget(self.packageCheck)

        self.languageLayout = QHBoxLayout()
        self.languageLayout.setObjectName(u"languageLayout")
        self.languageLabel = QLabel(self.formatsBox)
        self.languageLabel.setObjectName(u"languageLabel")

        self.languageLayout.addWidget(self.languageLabel)

        self.languageCombo = QComboBox(self.formatsBox)
        self.languageCombo.setObjectName(u"languageCombo")

        self.languageLayout.addWidget(self.languageCombo)

        self.orderLabel = QLabel(self.formatsBox)
        self.orderLabel.setObjectName(u"orderLabel")

        self.languageLayout.addWidget(self.orderLabel)

        self.orderCombo = QComboBox(self.formatsBox)
        self.orderCombo.setObjectName(u"orderCombo")

        self.languageLayout.addWidget(self.orderCombo)

        self.languageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.languageLayout.addItem(self.languageSpacer)


        self.formatsLayout.addLayout(self.languageLayout)


        self.layout.addWidget(self.formatsBox)

        self.whereBox = QGroupBox(ExportDialog)
        self.whereBox.setObjectName(u"whereBox")
        self.whereLayout = QFormLayout(self.whereBox)
        self.whereLayout.setObjectName(u"whereLayout")
        self.folderLabel = QLabel(self.whereBox)
        self.folderLabel.setObjectName(u"folderLabel")

        self.whereLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.folderLabel)

        self.folderLayout = QHBoxLayout()
        self.folderLayout.setObjectName(u"folderLayout")
        self.folderEdit = QLineEdit(self.whereBox)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderLayout.addWidget(self.folderEdit)

        self.browseButton = QPushButton(self.whereBox)
        self.browseButton.setObjectName(u"browseButton")

        self.folderLayout.addWidget(self.browseButton)


        self.whereLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.folderLayout)

        self.nameLabel = QLabel(self.whereBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.whereLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.whereBox)
        self.nameEdit.setObjectName(u"nameEdit")

        self.whereLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)


        self.layout.addWidget(self.whereBox)

        self.optionsBox = QGroupBox(ExportDialog)
        self.optionsBox.setObjectName(u"optionsBox")
        self.optionsLayout = QVBoxLayout(self.optionsBox)
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.firstSentenceCheck = QCheckBox(self.optionsBox)
        self.firstSentenceCheck.setObjectName(u"firstSentenceCheck")

        self.optionsLayout.addWidget(self.firstSentenceCheck)

        self.changesRow = QHBoxLayout()
        self.changesRow.setObjectName(u"changesRow")
        self.changesLabel = QLabel(self.optionsBox)
        self.changesLabel.setObjectName(u"changesLabel")

        self.changesRow.addWidget(self.changesLabel)

        self.changesCombo = QComboBox(self.optionsBox)
        self.changesCombo.setObjectName(u"changesCombo")

        self.changesRow.addWidget(self.changesCombo)

        self.changesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.changesRow.addItem(self.changesSpacer)


        self.optionsLayout.addLayout(self.changesRow)

        self.skipUnansweredCheck = QCheckBox(self.optionsBox)
        self.skipUnansweredCheck.setObjectName(u"skipUnansweredCheck")

        self.optionsLayout.addWidget(self.skipUnansweredCheck)


        self.layout.addWidget(self.optionsBox)

        self.problemLabel = QLabel(ExportDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(ExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.orderLabel.setBuddy(self.orderCombo)
        self.folderLabel.setBuddy(self.folderEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.changesLabel.setBuddy(self.changesCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportDialog)

        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export the national report", None))
        self.intro.setText(QCoreApplication.translate("ExportDialog", u"Write the voluntary national report as a PDF to sign and send, and as an Excel workbook that UNODA and this application can read.", None))
        self.formatsBox.setTitle(QCoreApplication.translate("ExportDialog", u"Formats", None))
        self.pdfCheck.setText(QCoreApplication.translate("ExportDialog", u"&PDF report", None))
        self.xlsxCheck.setText(QCoreApplication.translate("ExportDialog", u"&Excel workbook", None))
        self.packageCheck.setText(QCoreApplication.translate("ExportDialog", u"Submission pac&kage (.zip)", None))
#if QT_CONFIG(tooltip)
        self.packageCheck.setToolTip(QCoreApplication.translate("ExportDialog", u"One zip file with the PDF, the workbook, the evidence files and a manifest of their SHA-256, which File \u2192 Verify a report package\u2026 checks", None))
#endif // QT_CONFIG(tooltip)
        self.languageLabel.setText(QCoreApplication.translate("ExportDialog", u"Report lan&guage:", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Report language", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.languageCombo.setToolTip(QCoreApplication.translate("ExportDialog", u"The language the PDF report and the Excel workbook are written in, whatever the language of the window. Commitment IDs and the status codes stay the same in every language.", None))
#endif // QT_CONFIG(tooltip)
        self.orderLabel.setText(QCoreApplication.translate("ExportDialog", u"&Order:", None))
#if QT_CONFIG(accessibility)
        self.orderCombo.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Order of the measures in the PDF", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.orderCombo.setToolTip(QCoreApplication.translate("ExportDialog", u"Each outcome document in its own order, or the sections of UNODA's national report template, the order of its online form", None))
#endif // QT_CONFIG(tooltip)
        self.whereBox.setTitle(QCoreApplication.translate("ExportDialog", u"Where", None))
        self.folderLabel.setText(QCoreApplication.translate("ExportDialog", u"&Folder:", None))
#if QT_CONFIG(accessibility)
        self.folderEdit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Folder", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("ExportDialog", u"&Browse\u2026", None))
        self.nameLabel.setText(QCoreApplication.translate("ExportDialog", u"File &name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"File name without extension", None))
#endif // QT_CONFIG(accessibility)
        self.optionsBox.setTitle(QCoreApplication.translate("ExportDialog", u"Options", None))
        self.firstSentenceCheck.setText(QCoreApplication.translate("ExportDialog", u"Print only the first &sentence of each commitment", None))
        self.changesLabel.setText(QCoreApplication.translate("ExportDialog", u"Annex of what &changed since:", None))
#if QT_CONFIG(accessibility)
        self.changesCombo.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Annex of what changed since an earlier cycle", None))
#endif // QT_CONFIG(accessibility)
        self.skipUnansweredCheck.setText(QCoreApplication.translate("ExportDialog", u"&Leave out measures not yet assessed", None))
    # retranslateUi

