# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QMainWindow, QMenu, QMenuBar,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSplitter, QStackedWidget, QStatusBar, QTreeView,
    QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 760)
        self.newAssessmentAction = QAction(MainWindow)
        self.newAssessmentAction.setObjectName(u"newAssessmentAction")
        self.openDatabaseAction = QAction(MainWindow)
        self.openDatabaseAction.setObjectName(u"openDatabaseAction")
        self.importAction = QAction(MainWindow)
        self.importAction.setObjectName(u"importAction")
        self.agencyWorkbookAction = QAction(MainWindow)
        self.agencyWorkbookAction.setObjectName(u"agencyWorkbookAction")
        self.agencyReturnAction = QAction(MainWindow)
        self.agencyReturnAction.setObjectName(u"agencyReturnAction")
        self.exportAction = QAction(MainWindow)
        self.exportAction.setObjectName(u"exportAction")
        self.quitAction = QAction(MainWindow)
        self.quitAction.setObjectName(u"quitAction")
        self.previousAction = QAction(MainWindow)
        self.previousAction.setObjectName(u"previousAction")
        self.nextAction = QAction(MainWindow)
        self.nextAction.setObjectName(u"nextAction")
        self.nextUnansweredAction = QAction(MainWindow)
        self.nextUnansweredAction.setObjectName(u"nextUnansweredAction")
        self.findAction = QAction(MainWindow)
        self.findAction.setObjectName(u"findAction")
        self.dashboardAction = QAction(MainWindow)
        self.dashboardAction.setObjectName(u"dashboardAction")
        self.dashboardAction.setCheckable(True)
        self.changesAction = QAction(MainWindow)
        self.changesAction.setObjectName(u"changesAction")
        self.confirmUnchangedAction = QAction(MainWindow)
        self.confirmUnchangedAction.setObjectName(u"confirmUnchangedAction")
        self.profileAction = QAction(MainWindow)
        self.profileAction.setObjectName(u"profileAction")
        self.agenciesAction = QAction(MainWindow)
        self.agenciesAction.setObjectName(u"agenciesAction")
        self.clearanceAction = QAction(MainWindow)
        self.clearanceAction.setObjectName(u"clearanceAction")
        self.historyAction = QAction(MainWindow)
        self.historyAction.setObjectName(u"historyAction")
        self.aboutAction = QAction(MainWindow)
        self.aboutAction.setObjectName(u"aboutAction")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(self.centralWidget)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.navigationPanel = QWidget(self.splitter)
        self.navigationPanel.setObjectName(u"navigationPanel")
        self.navigationLayout = QVBoxLayout(self.navigationPanel)
        self.navigationLayout.setObjectName(u"navigationLayout")
        self.navigationLayout.setContentsMargins(8, 8, 4, 8)
        self.searchEdit = QLineEdit(self.navigationPanel)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.navigationLayout.addWidget(self.searchEdit)

        self.filterLayout = QGridLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.documentFilter = QComboBox(self.navigationPanel)
        self.documentFilter.setObjectName(u"documentFilter")

        self.filterLayout.addWidget(self.documentFilter, 0, 0, 1, 1)

        self.statusFilter = QComboBox(self.navigationPanel)
        self.statusFilter.setObjectName(u"statusFilter")

        self.filterLayout.addWidget(self.statusFilter, 0, 1, 1, 1)

        self.themeFilter = QComboBox(self.navigationPanel)
        self.themeFilter.setObjectName(u"themeFilter")

        self.filterLayout.addWidget(self.themeFilter, 1, 0, 1, 1)

        self.addresseeFilter = QComboBox(self.navigationPanel)
        self.addresseeFilter.setObjectName(u"addresseeFilter")

        self.filterLayout.addWidget(self.addresseeFilter, 1, 1, 1, 1)


        self.navigationLayout.addLayout(self.filterLayout)

        self.navigationTree = QTreeView(self.navigationPanel)
        self.navigationTree.setObjectName(u"navigationTree")
        self.navigationTree.setHeaderHidden(True)
        self.navigationTree.setUniformRowHeights(True)
        self.navigationTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.navigationLayout.addWidget(self.navigationTree)

        self.filterSummary = QLabel(self.navigationPanel)
        self.filterSummary.setObjectName(u"filterSummary")

        self.navigationLayout.addWidget(self.filterSummary)

        self.splitter.addWidget(self.navigationPanel)
        self.pages = QStackedWidget(self.splitter)
        self.pages.setObjectName(u"pages")
        self.commitmentPage = QWidget()
        self.commitmentPage.setObjectName(u"commitmentPage")
        self.commitmentPageLayout = QVBoxLayout(self.commitmentPage)
        self.commitmentPageLayout.setObjectName(u"commitmentPageLayout")
        self.commitmentPageLayout.setContentsMargins(0, 0, 0, 0)
        self.commitmentScroll = QScrollArea(self.commitmentPage)
        self.commitmentScroll.setObjectName(u"commitmentScroll")
        self.commitmentScroll.setWidgetResizable(True)
        self.commitmentScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.commitmentScrollContents = QWidget()
        self.commitmentScrollContents.setObjectName(u"commitmentScrollContents")
        self.commitmentContentsLayout = QVBoxLayout(self.commitmentScrollContents)
        self.commitmentContentsLayout.setObjectName(u"commitmentContentsLayout")
        self.commitmentContentsLayout.setContentsMargins(16, 12, 16, 12)
        self.commitmentScroll.setWidget(self.commitmentScrollContents)

        self.commitmentPageLayout.addWidget(self.commitmentScroll)

        self.moveBar = QFrame(self.commitmentPage)
        self.moveBar.setObjectName(u"moveBar")
        self.moveBar.setFrameShape(QFrame.Shape.StyledPanel)
        self.moveBarLayout = QHBoxLayout(self.moveBar)
        self.moveBarLayout.setObjectName(u"moveBarLayout")
        self.moveBarLayout.setContentsMargins(12, 6, 12, 6)
        self.previousButton = QPushButton(self.moveBar)
        self.previousButton.setObjectName(u"previousButton")

        self.moveBarLayout.addWidget(self.previousButton)

        self.nextButton = QPushButton(self.moveBar)
        self.nextButton.setObjectName(u"nextButton")

        self.moveBarLayout.addWidget(self.nextButton)

        self.nextUnansweredButton = QPushButton(self.moveBar)
        self.nextUnansweredButton.setObjectName(u"nextUnansweredButton")

        self.moveBarLayout.addWidget(self.nextUnansweredButton)

        self.historyButton = QPushButton(self.moveBar)
        self.historyButton.setObjectName(u"historyButton")

        self.moveBarLayout.addWidget(self.historyButton)

        self.moveBarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.moveBarLayout.addItem(self.moveBarSpacer)

        self.saveIndicator = QLabel(self.moveBar)
        self.saveIndicator.setObjectName(u"saveIndicator")

        self.moveBarLayout.addWidget(self.saveIndicator)


        self.commitmentPageLayout.addWidget(self.moveBar)

        self.pages.addWidget(self.commitmentPage)
        self.dashboardPage = QWidget()
        self.dashboardPage.setObjectName(u"dashboardPage")
        self.dashboardPageLayout = QVBoxLayout(self.dashboardPage)
        self.dashboardPageLayout.setObjectName(u"dashboardPageLayout")
        self.pages.addWidget(self.dashboardPage)
        self.splitter.addWidget(self.pages)

        self.centralLayout.addWidget(self.splitter)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.fileMenu = QMenu(self.menuBar)
        self.fileMenu.setObjectName(u"fileMenu")
        self.goMenu = QMenu(self.menuBar)
        self.goMenu.setObjectName(u"goMenu")
        self.answerMenu = QMenu(self.menuBar)
        self.answerMenu.setObjectName(u"answerMenu")
        self.assessmentMenu = QMenu(self.menuBar)
        self.assessmentMenu.setObjectName(u"assessmentMenu")
        self.helpMenu = QMenu(self.menuBar)
        self.helpMenu.setObjectName(u"helpMenu")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.fileMenu.menuAction())
        self.menuBar.addAction(self.goMenu.menuAction())
        self.menuBar.addAction(self.answerMenu.menuAction())
        self.menuBar.addAction(self.assessmentMenu.menuAction())
        self.menuBar.addAction(self.helpMenu.menuAction())
        self.fileMenu.addAction(self.newAssessmentAction)
        self.fileMenu.addAction(self.openDatabaseAction)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.importAction)
        self.fileMenu.addAction(self.agencyWorkbookAction)
        self.fileMenu.addAction(self.agencyReturnAction)
        self.fileMenu.addAction(self.exportAction)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.quitAction)
        self.goMenu.addAction(self.previousAction)
        self.goMenu.addAction(self.nextAction)
        self.goMenu.addAction(self.nextUnansweredAction)
        self.goMenu.addSeparator()
        self.goMenu.addAction(self.findAction)
        self.goMenu.addAction(self.dashboardAction)
        self.goMenu.addAction(self.changesAction)
        self.answerMenu.addAction(self.historyAction)
        self.answerMenu.addAction(self.confirmUnchangedAction)
        self.assessmentMenu.addAction(self.profileAction)
        self.assessmentMenu.addAction(self.agenciesAction)
        self.assessmentMenu.addAction(self.clearanceAction)
        self.helpMenu.addAction(self.aboutAction)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"poa-desktop", None))
        self.newAssessmentAction.setText(QCoreApplication.translate("MainWindow", u"&New assessment\u2026", None))
        self.openDatabaseAction.setText(QCoreApplication.translate("MainWindow", u"&Open database\u2026", None))
#if QT_CONFIG(shortcut)
        self.openDatabaseAction.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+O", None))
#endif // QT_CONFIG(shortcut)
        self.importAction.setText(QCoreApplication.translate("MainWindow", u"&Import answers\u2026", None))
#if QT_CONFIG(shortcut)
        self.importAction.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+I", None))
#endif // QT_CONFIG(shortcut)
        self.agencyWorkbookAction.setText(QCoreApplication.translate("MainWindow", u"&Prepare agency workbook\u2026", None))
        self.agencyReturnAction.setText(QCoreApplication.translate("MainWindow", u"&Take back an agency's workbook\u2026", None))
        self.exportAction.setText(QCoreApplication.translate("MainWindow", u"&Export report\u2026", None))
#if QT_CONFIG(shortcut)
        self.exportAction.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+E", None))
#endif // QT_CONFIG(shortcut)
        self.quitAction.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.quitAction.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.previousAction.setText(QCoreApplication.translate("MainWindow", u"&Previous commitment", None))
#if QT_CONFIG(shortcut)
        self.previousAction.setShortcut(QCoreApplication.translate("MainWindow", u"Alt+Left", None))
#endif // QT_CONFIG(shortcut)
        self.nextAction.setText(QCoreApplication.translate("MainWindow", u"&Next commitment", None))
#if QT_CONFIG(shortcut)
        self.nextAction.setShortcut(QCoreApplication.translate("MainWindow", u"Alt+Right", None))
#endif // QT_CONFIG(shortcut)
        self.nextUnansweredAction.setText(QCoreApplication.translate("MainWindow", u"Next &unanswered measure", None))
#if QT_CONFIG(shortcut)
        self.nextUnansweredAction.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Alt+Right", None))
#endif // QT_CONFIG(shortcut)
        self.findAction.setText(QCoreApplication.translate("MainWindow", u"&Find\u2026", None))
#if QT_CONFIG(shortcut)
        self.findAction.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+F", None))
#endif // QT_CONFIG(shortcut)
        self.dashboardAction.setText(QCoreApplication.translate("MainWindow", u"&Dashboard", None))
#if QT_CONFIG(shortcut)
        self.dashboardAction.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+D", None))
#endif // QT_CONFIG(shortcut)
        self.changesAction.setText(QCoreApplication.translate("MainWindow", u"What &changed since an earlier cycle\u2026", None))
        self.confirmUnchangedAction.setText(QCoreApplication.translate("MainWindow", u"&Confirm unchanged since the earlier cycle", None))
        self.profileAction.setText(QCoreApplication.translate("MainWindow", u"State &profile and agencies\u2026", None))
        self.agenciesAction.setText(QCoreApplication.translate("MainWindow", u"&Agencies and assignments\u2026", None))
        self.clearanceAction.setText(QCoreApplication.translate("MainWindow", u"&Clearance\u2026", None))
        self.historyAction.setText(QCoreApplication.translate("MainWindow", u"&History of this answer\u2026", None))
#if QT_CONFIG(shortcut)
        self.historyAction.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+H", None))
#endif // QT_CONFIG(shortcut)
        self.aboutAction.setText(QCoreApplication.translate("MainWindow", u"&About poa-desktop", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Search commitments and answers (Ctrl+F)", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("MainWindow", u"Search", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.documentFilter.setAccessibleName(QCoreApplication.translate("MainWindow", u"Filter by document", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusFilter.setAccessibleName(QCoreApplication.translate("MainWindow", u"Filter by status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.themeFilter.setAccessibleName(QCoreApplication.translate("MainWindow", u"Filter by theme", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.addresseeFilter.setAccessibleName(QCoreApplication.translate("MainWindow", u"Filter by addressees", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.navigationTree.setAccessibleName(QCoreApplication.translate("MainWindow", u"Commitments", None))
#endif // QT_CONFIG(accessibility)
        self.filterSummary.setText("")
        self.previousButton.setText(QCoreApplication.translate("MainWindow", u"&Previous", None))
        self.nextButton.setText(QCoreApplication.translate("MainWindow", u"&Next", None))
        self.nextUnansweredButton.setText(QCoreApplication.translate("MainWindow", u"Next &unanswered", None))
        self.historyButton.setText(QCoreApplication.translate("MainWindow", u"&History\u2026", None))
        self.saveIndicator.setText("")
#if QT_CONFIG(accessibility)
        self.saveIndicator.setAccessibleName(QCoreApplication.translate("MainWindow", u"Save status", None))
#endif // QT_CONFIG(accessibility)
        self.fileMenu.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.goMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Go", None))
        self.answerMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Answer", None))
        self.assessmentMenu.setTitle(QCoreApplication.translate("MainWindow", u"A&ssessment", None))
        self.helpMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

