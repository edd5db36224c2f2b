# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'guide_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QDialogButtonBox, QListWidget, QSplitter, QTextBrowser, QVBoxLayout

class Ui_GuideDialog(object):
    def setupUi(self, GuideDialog):
        if not GuideDialog.objectName():
            GuideDialog.setObjectName(u"GuideDialog")
        GuideDialog.resize(900, 600)
        self.layout = QVBoxLayout(GuideDialog)
        self.layout.setObjectName(u"layout")
        self.splitter = QSplitter(GuideDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.contentsList = QListWidget(self.splitter)
        self.contentsList.setObjectName(u"contentsList")
        self.splitter.addWidget(self.contentsList)
        self.browser = QTextBrowser(self.splitter)
        self.browser.setObjectName(u"browser")
        self.browser.setOpenExternalLinks(False)
        self.splitter.addWidget(self.browser)

        self.layout.addWidget(self.splitter)

        self.buttonBox = QDialogButtonBox(GuideDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(GuideDialog)

        QMetaObject.connectSlotsByName(GuideDialog)
    # setupUi

    def retranslateUi(self, GuideDialog):
        GuideDialog.setWindowTitle(QCoreApplication.translate("GuideDialog", u"User guide", None))
#if QT_CONFIG(accessibility)
        self.contentsList.setAccessibleName(QCoreApplication.translate("GuideDialog", u"Contents of the guide", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.browser.setAccessibleName(QCoreApplication.translate("GuideDialog", u"User guide", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

