# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFrame, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QTableView, QVBoxLayout, QWidget

from poa_desktop.ui.window.status_chart import StatusChart

class Ui_DashboardPage(object):
    def setupUi(self, DashboardPage):
        if not DashboardPage.objectName():
            DashboardPage.setObjectName(u"DashboardPage")
        DashboardPage.resize(1000, 700)
        self.pageLayout = QVBoxLayout(DashboardPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLabel = QLabel(DashboardPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.titleLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.titleLabel)

        self.headlineLabel = QLabel(DashboardPage)
        self.headlineLabel.setObjectName(u"headlineLabel")
        self.headlineLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.headlineLabel.setWordWrap(True)
        self.headlineLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.headlineLabel)

        self.summaryLabel = QLabel(DashboardPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.summaryLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.summaryLabel)

        self.viewLayout = QHBoxLayout()
        self.viewLayout.setObjectName(u"viewLayout")
        self.viewLabel = QLabel(DashboardPage)
        self.viewLabel.setObjectName(u"viewLabel")

        self.viewLayout.addWidget(self.viewLabel)

        self.viewCombo = QComboBox(DashboardPage)
        self.viewCombo.setObjectName(u"viewCombo")
        self.viewCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.viewLayout.addWidget(self.viewCombo)

        self.viewSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.viewLayout.addItem(self.viewSpacer)


        self.pageLayout.addLayout(self.viewLayout)

        self.splitter = QSplitter(DashboardPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.chartArea = QScrollArea(self.splitter)
        self.chartArea.setObjectName(u"chartArea")
        self.chartArea.setFrameShape(QFrame.Shape.NoFrame)
        self.chartArea.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chartArea.setWidgetResizable(True)
        self.chart = StatusChart()
        self.chart.setObjectName(u"chart")
        self.chartArea.setWidget(self.chart)
        self.splitter.addWidget(self.chartArea)
        self.table = QTableView(self.splitter)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.splitter.addWidget(self.table)
        self.table.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.viewLabel.setBuddy(self.viewCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.viewCombo, self.chartArea)
        QWidget.setTabOrder(self.chartArea, self.table)

        self.retranslateUi(DashboardPage)

        QMetaObject.connectSlotsByName(DashboardPage)
    # setupUi

    def retranslateUi(self, DashboardPage):
        DashboardPage.setWindowTitle(QCoreApplication.translate("DashboardPage", u"Progress", None))
#if QT_CONFIG(accessibility)
        DashboardPage.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Progress dashboard", None))
#endif // QT_CONFIG(accessibility)
        self.viewLabel.setText(QCoreApplication.translate("DashboardPage", u"&Show:", None))
#if QT_CONFIG(accessibility)
        self.viewCombo.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Group measures by", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.chartArea.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Status chart", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.chart.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Status of measures per document and section", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Status counts", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

