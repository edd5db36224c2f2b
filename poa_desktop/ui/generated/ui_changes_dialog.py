# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'changes_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialogButtonBox, QHBoxLayout, QLabel, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

class Ui_ChangesDialog(object):
    def setupUi(self, ChangesDialog):
        if not ChangesDialog.objectName():
            ChangesDialog.setObjectName(u"ChangesDialog")
        ChangesDialog.resize(820, 520)
        ChangesDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(ChangesDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.cycleLayout = QHBoxLayout()
        self.cycleLayout.setObjectName(u"cycleLayout")
        self.cycleLabel = QLabel(ChangesDialog)
        self.cycleLabel.setObjectName(u"cycleLabel")

        self.cycleLayout.addWidget(self.cycleLabel)

        self.cycleCombo = QComboBox(ChangesDialog)
        self.cycleCombo.setObjectName(u"cycleCombo")
        self.cycleCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.cycleLayout.addWidget(self.cycleCombo)

        self.cycleSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cycleLayout.addItem(self.cycleSpacer)


        self.dialogLayout.addLayout(self.cycleLayout)

        self.countLabel = QLabel(ChangesDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.countLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.countLabel)

        self.changesTable = QTableWidget(ChangesDialog)
        if (self.changesTable.columnCount() < 3):
            self.changesTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.changesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.changesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.changesTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.changesTable.setObjectName(u"changesTable")
        self.changesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changesTable.setAlternatingRowColors(True)
        self.changesTable.setColumnCount(3)

        self.dialogLayout.addWidget(self.changesTable)

        self.buttonBox = QDialogButtonBox(ChangesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.cycleLabel.setBuddy(self.cycleCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.cycleCombo, self.changesTable)
        QWidget.setTabOrder(self.changesTable, self.buttonBox)

        self.retranslateUi(ChangesDialog)
        self.buttonBox.rejected.connect(ChangesDialog.reject)

        QMetaObject.connectSlotsByName(ChangesDialog)
    # setupUi

    def retranslateUi(self, ChangesDialog):
        ChangesDialog.setWindowTitle(QCoreApplication.translate("ChangesDialog", u"Changes since an earlier cycle", None))
        self.cycleLabel.setText(QCoreApplication.translate("ChangesDialog", u"Compare with the &earlier cycle:", None))
#if QT_CONFIG(accessibility)
        self.cycleCombo.setAccessibleName(QCoreApplication.translate("ChangesDialog", u"Earlier cycle", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.changesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ChangesDialog", u"Citation", None))
        ___qtablewidgetitem1 = self.changesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ChangesDialog", u"Status: before \u2192 now", None))
        ___qtablewidgetitem2 = self.changesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ChangesDialog", u"Fields changed", None))
#if QT_CONFIG(accessibility)
        self.changesTable.setAccessibleName(QCoreApplication.translate("ChangesDialog", u"Answers changed since the earlier cycle", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

