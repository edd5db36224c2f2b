# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agency_workbook_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_AgencyWorkbookDialog(object):
    def setupUi(self, AgencyWorkbookDialog):
        if not AgencyWorkbookDialog.objectName():
            AgencyWorkbookDialog.setObjectName(u"AgencyWorkbookDialog")
        AgencyWorkbookDialog.resize(600, 300)
        self.layout = QVBoxLayout(AgencyWorkbookDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(AgencyWorkbookDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.agencyLabel = QLabel(AgencyWorkbookDialog)
        self.agencyLabel.setObjectName(u"agencyLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.agencyLabel)

        self.agencyCombo = QComboBox(AgencyWorkbookDialog)
        self.agencyCombo.setObjectName(u"agencyCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.agencyCombo)

        self.countLabel = QLabel(AgencyWorkbookDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.countLabel)

        self.folderLabel = QLabel(AgencyWorkbookDialog)
        self.folderLabel.setObjectName(u"folderLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.folderLabel)

        self.folderLayout = QHBoxLayout()
        self.folderLayout.setObjectName(u"folderLayout")
        self.folderEdit = QLineEdit(AgencyWorkbookDialog)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderLayout.addWidget(self.folderEdit)

        self.browseButton = QPushButton(AgencyWorkbookDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.folderLayout.addWidget(self.browseButton)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.folderLayout)

        self.nameLabel = QLabel(AgencyWorkbookDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(AgencyWorkbookDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameEdit)


        self.layout.addLayout(self.form)

        self.messageLabel = QLabel(AgencyWorkbookDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.messageLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.prepareButton = QPushButton(AgencyWorkbookDialog)
        self.prepareButton.setObjectName(u"prepareButton")

        self.buttons.addWidget(self.prepareButton)

        self.closeButton = QPushButton(AgencyWorkbookDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttons.addWidget(self.closeButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.agencyLabel.setBuddy(self.agencyCombo)
        self.folderLabel.setBuddy(self.folderEdit)
        self.nameLabel.setBuddy(self.nameEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.agencyCombo, self.folderEdit)
        QWidget.setTabOrder(self.folderEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.prepareButton)
        QWidget.setTabOrder(self.prepareButton, self.closeButton)

        self.retranslateUi(AgencyWorkbookDialog)

        self.prepareButton.setDefault(True)


        QMetaObject.connectSlotsByName(AgencyWorkbookDialog)
    # setupUi

    def retranslateUi(self, AgencyWorkbookDialog):
        AgencyWorkbookDialog.setWindowTitle(QCoreApplication.translate("AgencyWorkbookDialog", u"Prepare a workbook for an agency", None))
        self.intro.setText(QCoreApplication.translate("AgencyWorkbookDialog", u"Write an Excel workbook holding only the measures assigned to one agency. Send it to the agency; when it comes back, take its answers in with File \u2192 Take back an agency's workbook.", None))
        self.agencyLabel.setText(QCoreApplication.translate("AgencyWorkbookDialog", u"&Agency:", None))
#if QT_CONFIG(accessibility)
        self.agencyCombo.setAccessibleName(QCoreApplication.translate("AgencyWorkbookDialog", u"Agency", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText("")
        self.folderLabel.setText(QCoreApplication.translate("AgencyWorkbookDialog", u"&Folder:", None))
#if QT_CONFIG(accessibility)
        self.folderEdit.setAccessibleName(QCoreApplication.translate("AgencyWorkbookDialog", u"Folder", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("AgencyWorkbookDialog", u"&Browse\u2026", None))
        self.nameLabel.setText(QCoreApplication.translate("AgencyWorkbookDialog", u"File &name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("AgencyWorkbookDialog", u"File name", None))
#endif // QT_CONFIG(accessibility)
        self.prepareButton.setText(QCoreApplication.translate("AgencyWorkbookDialog", u"&Prepare", None))
        self.closeButton.setText(QCoreApplication.translate("AgencyWorkbookDialog", u"Close", None))
    # retranslateUi

