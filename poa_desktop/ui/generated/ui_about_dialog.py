# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QPlainTextEdit, QSizePolicy, QSplitter, QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(760, 560)
        AboutDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(AboutDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.iconLabel = QLabel(AboutDialog)
        self.iconLabel.setObjectName(u"iconLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.iconLabel.sizePolicy().hasHeightForWidth())
        self.iconLabel.setSizePolicy(sizePolicy)
        self.iconLabel.setMinimumSize(QSize(72, 72))
        self.iconLabel.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.headerLayout.addWidget(self.iconLabel)

        self.titleLayout = QVBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(AboutDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.titleLayout.addWidget(self.titleLabel)

        self.descriptionLabel = QLabel(AboutDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.descriptionLabel.setWordWrap(True)

        self.titleLayout.addWidget(self.descriptionLabel)


        self.headerLayout.addLayout(self.titleLayout)

        self.headerLayout.setStretch(1, 1)

        self.dialogLayout.addLayout(self.headerLayout)

        self.tabs = QTabWidget(AboutDialog)
        self.tabs.setObjectName(u"tabs")
        self.detailsTab = QWidget()
        self.detailsTab.setObjectName(u"detailsTab")
        self.detailsLayout = QFormLayout(self.detailsTab)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.versionCaption = QLabel(self.detailsTab)
        self.versionCaption.setObjectName(u"versionCaption")

        self.detailsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.versionCaption)

        self.versionValue = QLabel(self.detailsTab)
        self.versionValue.setObjectName(u"versionValue")
        self.versionValue.setTextFormat(Qt.TextFormat.PlainText)
        self.versionValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.versionValue)

        self.catalogCaption = QLabel(self.detailsTab)
        self.catalogCaption.setObjectName(u"catalogCaption")

        self.detailsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.catalogCaption)

        self.catalogValue = QLabel(self.detailsTab)
        self.catalogValue.setObjectName(u"catalogValue")
        self.catalogValue.setTextFormat(Qt.TextFormat.PlainText)
        self.catalogValue.setWordWrap(True)
        self.catalogValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.catalogValue)

        self.sourcesCaption = QLabel(self.detailsTab)
        self.sourcesCaption.setObjectName(u"sourcesCaption")

        self.detailsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sourcesCaption)

        self.sourcesLayout = QVBoxLayout()
        self.sourcesLayout.setObjectName(u"sourcesLayout")

        self.detailsLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.sourcesLayout)

        self.databaseCaption = QLabel(self.detailsTab)
        self.databaseCaption.setObjectName(u"databaseCaption")

        self.detailsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.databaseCaption)

        self.databaseValue = QLabel(self.detailsTab)
        self.databaseValue.setObjectName(u"databaseValue")
        self.databaseValue.setTextFormat(Qt.TextFormat.PlainText)
        self.databaseValue.setWordWrap(True)
        self.databaseValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.databaseValue)

        self.backupsCaption = QLabel(self.detailsTab)
        self.backupsCaption.setObjectName(u"backupsCaption")

        self.detailsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.backupsCaption)

        self.backupsValue = QLabel(self.detailsTab)
        self.backupsValue.setObjectName(u"backupsValue")
        self.backupsValue.setTextFormat(Qt.TextFormat.PlainText)
        self.backupsValue.setWordWrap(True)
        self.backupsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.backupsValue)

        self.runtimeCaption = QLabel(self.detailsTab)
        self.runtimeCaption.setObjectName(u"runtimeCaption")

        self.detailsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.runtimeCaption)

        self.runtimeValue = QLabel(self.detailsTab)
        self.runtimeValue.setObjectName(u"runtimeValue")
        self.runtimeValue.setTextFormat(Qt.TextFormat.PlainText)
        self.runtimeValue.setWordWrap(True)
        self.runtimeValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.runtimeValue)

        self.tabs.addTab(self.detailsTab, "")
        self.licencesTab = QWidget()
        self.licencesTab.setObjectName(u"licencesTab")
        self.licencesLayout = QVBoxLayout(self.licencesTab)
        self.licencesLayout.setObjectName(u"licencesLayout")
        self.licencesSplitter = QSplitter(self.licencesTab)
        self.licencesSplitter.setObjectName(u"licencesSplitter")
        self.licencesSplitter.setOrientation(Qt.Orientation.Vertical)
        self.licencesTable = QTableWidget(self.licencesSplitter)
        if (self.licencesTable.columnCount() < 4):
            self.licencesTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.licencesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.licencesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.licencesTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.licencesTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.licencesTable.setObjectName(u"licencesTable")
        self.licencesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.licencesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.licencesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.licencesTable.setAlternatingRowColors(True)
        self.licencesTable.setColumnCount(4)
        self.licencesSplitter.addWidget(self.licencesTable)
        self.licenceText = QPlainTextEdit(self.licencesSplitter)
        self.licenceText.setObjectName(u"licenceText")
        self.licenceText.setReadOnly(True)
        self.licencesSplitter.addWidget(self.licenceText)

        self.licencesLayout.addWidget(self.licencesSplitter)

        self.tabs.addTab(self.licencesTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.tabs, self.licencesTable)
        QWidget.setTabOrder(self.licencesTable, self.licenceText)
        QWidget.setTabOrder(self.licenceText, self.buttonBox)

        self.retranslateUi(AboutDialog)
        self.buttonBox.rejected.connect(AboutDialog.reject)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About poa-desktop", None))
        self.descriptionLabel.setText(QCoreApplication.translate("AboutDialog", u"Self-assessment and voluntary national reporting on the Programme of Action on small arms and light weapons and the International Tracing Instrument. It works offline: it never connects to a network, checks for updates or sends anything anywhere.", None))
        self.versionCaption.setText(QCoreApplication.translate("AboutDialog", u"Version:", None))
        self.catalogCaption.setText(QCoreApplication.translate("AboutDialog", u"Commitment catalog:", None))
        self.sourcesCaption.setText(QCoreApplication.translate("AboutDialog", u"Source documents:", None))
        self.databaseCaption.setText(QCoreApplication.translate("AboutDialog", u"Database:", None))
        self.backupsCaption.setText(QCoreApplication.translate("AboutDialog", u"Backups:", None))
        self.runtimeCaption.setText(QCoreApplication.translate("AboutDialog", u"Running on:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.detailsTab), QCoreApplication.translate("AboutDialog", u"This installation", None))
        ___qtablewidgetitem = self.licencesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AboutDialog", u"Component", None))
        ___qtablewidgetitem1 = self.licencesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AboutDialog", u"Version", None))
        ___qtablewidgetitem2 = self.licencesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AboutDialog", u"Licence", None))
        ___qtablewidgetitem3 = self.licencesTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("AboutDialog", u"Used for", None))
#if QT_CONFIG(accessibility)
        self.licencesTable.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Bundled software and fonts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.licenceText.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Licence text", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.licencesTab), QCoreApplication.translate("AboutDialog", u"Licences", None))
    # retranslateUi

