# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evidence_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTreeWidget, QVBoxLayout

class Ui_EvidencePanel(object):
    def setupUi(self, EvidencePanel):
        if not EvidencePanel.objectName():
            EvidencePanel.setObjectName(u"EvidencePanel")
        self.evidencePanelLayout = QVBoxLayout(EvidencePanel)
        self.evidencePanelLayout.setObjectName(u"evidencePanelLayout")
        self.evidencePanelLayout.setContentsMargins(0, 0, 0, 0)
        self.evidenceGroup = QGroupBox(EvidencePanel)
        self.evidenceGroup.setObjectName(u"evidenceGroup")
        self.evidenceLayout = QVBoxLayout(self.evidenceGroup)
        self.evidenceLayout.setSpacing(6)
        self.evidenceLayout.setObjectName(u"evidenceLayout")
        self.evidenceHint = QLabel(self.evidenceGroup)
        self.evidenceHint.setObjectName(u"evidenceHint")
        self.evidenceHint.setWordWrap(True)
        self.evidenceHint.setTextFormat(Qt.TextFormat.PlainText)

        self.evidenceLayout.addWidget(self.evidenceHint)

        self.evidenceList = QTreeWidget(self.evidenceGroup)
        self.evidenceList.setObjectName(u"evidenceList")
        self.evidenceList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.evidenceList.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.evidenceList.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.evidenceList.setAlternatingRowColors(True)
        self.evidenceList.setRootIsDecorated(False)
        self.evidenceList.setUniformRowHeights(True)
        self.evidenceList.setItemsExpandable(False)
        self.evidenceList.setAllColumnsShowFocus(True)
        self.evidenceList.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.evidenceList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.evidenceLayout.addWidget(self.evidenceList)

        self.evidenceButtonsLayout = QHBoxLayout()
        self.evidenceButtonsLayout.setObjectName(u"evidenceButtonsLayout")
        self.attachButton = QPushButton(self.evidenceGroup)
        self.attachButton.setObjectName(u"attachButton")

        self.evidenceButtonsLayout.addWidget(self.attachButton)

        self.openButton = QPushButton(self.evidenceGroup)
        self.openButton.setObjectName(u"openButton")

        self.evidenceButtonsLayout.addWidget(self.openButton)

        self.saveCopyButton = QPushButton(self.evidenceGroup)
        self.saveCopyButton.setObjectName(u"saveCopyButton")

        self.evidenceButtonsLayout.addWidget(self.saveCopyButton)

        self.removeButton = QPushButton(self.evidenceGroup)
        self.removeButton.setObjectName(u"removeButton")

        self.evidenceButtonsLayout.addWidget(self.removeButton)

        self.evidenceButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.evidenceButtonsLayout.addItem(self.evidenceButtonsSpacer)


        self.evidenceLayout.addLayout(self.evidenceButtonsLayout)


        self.evidencePanelLayout.addWidget(self.evidenceGroup)


        self.retranslateUi(EvidencePanel)

        QMetaObject.connectSlotsByName(EvidencePanel)
    # setupUi

    def retranslateUi(self, EvidencePanel):
#if QT_CONFIG(accessibility)
        EvidencePanel.setAccessibleName(QCoreApplication.translate("EvidencePanel", u"Evidence files", None))
#endif // QT_CONFIG(accessibility)
        self.evidenceGroup.setTitle(QCoreApplication.translate("EvidencePanel", u"Evidence files", None))
        ___qtreewidgetitem = self.evidenceList.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("EvidencePanel", u"Added", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("EvidencePanel", u"Size", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("EvidencePanel", u"File", None))
#if QT_CONFIG(accessibility)
        self.evidenceList.setAccessibleName(QCoreApplication.translate("EvidencePanel", u"Attached files", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.evidenceList.setToolTip(QCoreApplication.translate("EvidencePanel", u"Double-click a file to open it", None))
#endif // QT_CONFIG(tooltip)
        self.attachButton.setText(QCoreApplication.translate("EvidencePanel", u"Attach files\u2026", None))
#if QT_CONFIG(tooltip)
        self.attachButton.setToolTip(QCoreApplication.translate("EvidencePanel", u"Choose files to attach to this answer (or drop them here)", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("EvidencePanel", u"Open", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("EvidencePanel", u"Open the selected file with the program your system uses for it", None))
#endif // QT_CONFIG(tooltip)
        self.saveCopyButton.setText(QCoreApplication.translate("EvidencePanel", u"Save a copy\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveCopyButton.setToolTip(QCoreApplication.translate("EvidencePanel", u"Save the selected file somewhere on this computer", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("EvidencePanel", u"Remove\u2026", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("EvidencePanel", u"Remove the selected file from this answer (a backup is taken first)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

