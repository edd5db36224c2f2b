# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QStackedWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

class Ui_WelcomeDialog(object):
    def setupUi(self, WelcomeDialog):
        if not WelcomeDialog.objectName():
            WelcomeDialog.setObjectName(u"WelcomeDialog")
        WelcomeDialog.resize(720, 440)
        WelcomeDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(WelcomeDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.pages = QStackedWidget(WelcomeDialog)
        self.pages.setObjectName(u"pages")
        self.welcomePage = QWidget()
        self.welcomePage.setObjectName(u"welcomePage")
        self.welcomePageLayout = QVBoxLayout(self.welcomePage)
        self.welcomePageLayout.setSpacing(10)
        self.welcomePageLayout.setObjectName(u"welcomePageLayout")
        self.welcomePageLayout.setContentsMargins(0, 0, 0, 0)
        self.welcomeHeading = QLabel(self.welcomePage)
        self.welcomeHeading.setObjectName(u"welcomeHeading")
        self.welcomeHeading.setTextFormat(Qt.TextFormat.PlainText)
        self.welcomeHeading.setWordWrap(True)
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.welcomeHeading.setFont(font)

        self.welcomePageLayout.addWidget(self.welcomeHeading)

        self.welcomeText = QLabel(self.welcomePage)
        self.welcomeText.setObjectName(u"welcomeText")
        self.welcomeText.setTextFormat(Qt.TextFormat.PlainText)
        self.welcomeText.setWordWrap(True)

        self.welcomePageLayout.addWidget(self.welcomeText)

        self.welcomeSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.welcomePageLayout.addItem(self.welcomeSpacer)

        self.pages.addWidget(self.welcomePage)
        self.statePage = QWidget()
        self.statePage.setObjectName(u"statePage")
        self.statePageLayout = QVBoxLayout(self.statePage)
        self.statePageLayout.setSpacing(10)
        self.statePageLayout.setObjectName(u"statePageLayout")
        self.statePageLayout.setContentsMargins(0, 0, 0, 0)
        self.stateHeading = QLabel(self.statePage)
        self.stateHeading.setObjectName(u"stateHeading")
        self.stateHeading.setTextFormat(Qt.TextFormat.PlainText)
        self.stateHeading.setWordWrap(True)
        self.stateHeading.setFont(font)

        self.statePageLayout.addWidget(self.stateHeading)

        self.stateIntro = QLabel(self.statePage)
        self.stateIntro.setObjectName(u"stateIntro")
        self.stateIntro.setTextFormat(Qt.TextFormat.PlainText)
        self.stateIntro.setWordWrap(True)

        self.statePageLayout.addWidget(self.stateIntro)

        self.stateForm = QFormLayout()
        self.stateForm.setObjectName(u"stateForm")
        self.stateForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.stateForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.stateLabel = QLabel(self.statePage)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.stateForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.stateLabel)

        self.stateCombo = QComboBox(self.statePage)
        self.stateCombo.setObjectName(u"stateCombo")
        self.stateCombo.setEditable(True)
        self.stateCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.stateCombo.setMaxVisibleItems(12)

        self.stateForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.stateCombo)

        self.stateError = QLabel(self.statePage)
        self.stateError.setObjectName(u"stateError")
        self.stateError.setTextFormat(Qt.TextFormat.PlainText)
        self.stateError.setWordWrap(True)
        self.stateError.setVisible(False)
        self.stateError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.stateForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.stateError)

        self.isoLabel = QLabel(self.statePage)
        self.isoLabel.setObjectName(u"isoLabel")
        self.isoLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.stateForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.isoLabel)

        self.isoRow = QHBoxLayout()
        self.isoRow.setObjectName(u"isoRow")
        self.isoRow.setContentsMargins(0, 0, 0, 0)
        self.isoEdit = QLineEdit(self.statePage)
        self.isoEdit.setObjectName(u"isoEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.isoEdit.sizePolicy().hasHeightForWidth())
        self.isoEdit.setSizePolicy(sizePolicy)
        self.isoEdit.setMaxLength(3)

        self.isoRow.addWidget(self.isoEdit)

        self.isoHint = QLabel(self.statePage)
        self.isoHint.setObjectName(u"isoHint")
        self.isoHint.setTextFormat(Qt.TextFormat.PlainText)
        self.isoHint.setWordWrap(True)

        self.isoRow.addWidget(self.isoHint)


        self.stateForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.isoRow)

        self.isoError = QLabel(self.statePage)
        self.isoError.setObjectName(u"isoError")
        self.isoError.setTextFormat(Qt.TextFormat.PlainText)
        self.isoError.setWordWrap(True)
        self.isoError.setVisible(False)
        self.isoError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.stateForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.isoError)


        self.statePageLayout.addLayout(self.stateForm)

        self.stateSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.statePageLayout.addItem(self.stateSpacer)

        self.pages.addWidget(self.statePage)
        self.focalPointPage = QWidget()
        self.focalPointPage.setObjectName(u"focalPointPage")
        self.focalPointPageLayout = QVBoxLayout(self.focalPointPage)
        self.focalPointPageLayout.setSpacing(10)
        self.focalPointPageLayout.setObjectName(u"focalPointPageLayout")
        self.focalPointPageLayout.setContentsMargins(0, 0, 0, 0)
        self.focalHeading = QLabel(self.focalPointPage)
        self.focalHeading.setObjectName(u"focalHeading")
        self.focalHeading.setTextFormat(Qt.TextFormat.PlainText)
        self.focalHeading.setWordWrap(True)
        self.focalHeading.setFont(font)

        self.focalPointPageLayout.addWidget(self.focalHeading)

        self.focalIntro = QLabel(self.focalPointPage)
        self.focalIntro.setObjectName(u"focalIntro")
        self.focalIntro.setTextFormat(Qt.TextFormat.PlainText)
        self.focalIntro.setWordWrap(True)

        self.focalPointPageLayout.addWidget(self.focalIntro)

        self.focalForm = QFormLayout()
        self.focalForm.setObjectName(u"focalForm")
        self.focalForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.focalForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.focalNameLabel = QLabel(self.focalPointPage)
        self.focalNameLabel.setObjectName(u"focalNameLabel")
        self.focalNameLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.focalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.focalNameLabel)

        self.focalNameEdit = QLineEdit(self.focalPointPage)
        self.focalNameEdit.setObjectName(u"focalNameEdit")

        self.focalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.focalNameEdit)

        self.focalNameError = QLabel(self.focalPointPage)
        self.focalNameError.setObjectName(u"focalNameError")
        self.focalNameError.setTextFormat(Qt.TextFormat.PlainText)
        self.focalNameError.setWordWrap(True)
        self.focalNameError.setVisible(False)
        self.focalNameError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.focalForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.focalNameError)

        self.focalTitleLabel = QLabel(self.focalPointPage)
        self.focalTitleLabel.setObjectName(u"focalTitleLabel")
        self.focalTitleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.focalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.focalTitleLabel)

        self.focalTitleEdit = QLineEdit(self.focalPointPage)
        self.focalTitleEdit.setObjectName(u"focalTitleEdit")

        self.focalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.focalTitleEdit)

        self.focalEmailLabel = QLabel(self.focalPointPage)
        self.focalEmailLabel.setObjectName(u"focalEmailLabel")
        self.focalEmailLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.focalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.focalEmailLabel)

        self.focalEmailEdit = QLineEdit(self.focalPointPage)
        self.focalEmailEdit.setObjectName(u"focalEmailEdit")

        self.focalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.focalEmailEdit)

        self.focalEmailError = QLabel(self.focalPointPage)
        self.focalEmailError.setObjectName(u"focalEmailError")
        self.focalEmailError.setTextFormat(Qt.TextFormat.PlainText)
        self.focalEmailError.setWordWrap(True)
        self.focalEmailError.setVisible(False)
        self.focalEmailError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.focalForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.focalEmailError)

        self.focalPhoneLabel = QLabel(self.focalPointPage)
        self.focalPhoneLabel.setObjectName(u"focalPhoneLabel")
        self.focalPhoneLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.focalForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.focalPhoneLabel)

        self.focalPhoneEdit = QLineEdit(self.focalPointPage)
        self.focalPhoneEdit.setObjectName(u"focalPhoneEdit")

        self.focalForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.focalPhoneEdit)


        self.focalPointPageLayout.addLayout(self.focalForm)

        self.focalSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.focalPointPageLayout.addItem(self.focalSpacer)

        self.pages.addWidget(self.focalPointPage)
        self.agenciesPage = QWidget()
        self.agenciesPage.setObjectName(u"agenciesPage")
        self.agenciesPageLayout = QVBoxLayout(self.agenciesPage)
        self.agenciesPageLayout.setSpacing(10)
        self.agenciesPageLayout.setObjectName(u"agenciesPageLayout")
        self.agenciesPageLayout.setContentsMargins(0, 0, 0, 0)
        self.agenciesHeading = QLabel(self.agenciesPage)
        self.agenciesHeading.setObjectName(u"agenciesHeading")
        self.agenciesHeading.setTextFormat(Qt.TextFormat.PlainText)
        self.agenciesHeading.setWordWrap(True)
        self.agenciesHeading.setFont(font)

        self.agenciesPageLayout.addWidget(self.agenciesHeading)

        self.agenciesLabel = QLabel(self.agenciesPage)
        self.agenciesLabel.setObjectName(u"agenciesLabel")
        self.agenciesLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.agenciesLabel.setWordWrap(True)

        self.agenciesPageLayout.addWidget(self.agenciesLabel)

        self.agenciesTable = QTableWidget(self.agenciesPage)
        if (self.agenciesTable.columnCount() < 5):
            self.agenciesTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.agenciesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.agenciesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.agenciesTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.agenciesTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.agenciesTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.agenciesTable.setObjectName(u"agenciesTable")
        self.agenciesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agenciesTable.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.agenciesTable.setWordWrap(False)
        self.agenciesTable.horizontalHeader().setMinimumSectionSize(60)
        self.agenciesTable.verticalHeader().setVisible(False)

        self.agenciesPageLayout.addWidget(self.agenciesTable)

        self.agencyButtons = QHBoxLayout()
        self.agencyButtons.setObjectName(u"agencyButtons")
        self.agencyButtons.setContentsMargins(0, 0, 0, 0)
        self.addAgencyButton = QPushButton(self.agenciesPage)
        self.addAgencyButton.setObjectName(u"addAgencyButton")
        self.addAgencyButton.setAutoDefault(False)

        self.agencyButtons.addWidget(self.addAgencyButton)

        self.removeAgencyButton = QPushButton(self.agenciesPage)
        self.removeAgencyButton.setObjectName(u"removeAgencyButton")
        self.removeAgencyButton.setAutoDefault(False)

        self.agencyButtons.addWidget(self.removeAgencyButton)

        self.agencyButtonsSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.agencyButtons.addItem(self.agencyButtonsSpacer)


        self.agenciesPageLayout.addLayout(self.agencyButtons)

        self.agenciesError = QLabel(self.agenciesPage)
        self.agenciesError.setObjectName(u"agenciesError")
        self.agenciesError.setTextFormat(Qt.TextFormat.PlainText)
        self.agenciesError.setWordWrap(True)
        self.agenciesError.setVisible(False)
        self.agenciesError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.agenciesPageLayout.addWidget(self.agenciesError)

        self.pages.addWidget(self.agenciesPage)
        self.assessmentPage = QWidget()
        self.assessmentPage.setObjectName(u"assessmentPage")
        self.assessmentPageLayout = QVBoxLayout(self.assessmentPage)
        self.assessmentPageLayout.setSpacing(10)
        self.assessmentPageLayout.setObjectName(u"assessmentPageLayout")
        self.assessmentPageLayout.setContentsMargins(0, 0, 0, 0)
        self.assessmentHeading = QLabel(self.assessmentPage)
        self.assessmentHeading.setObjectName(u"assessmentHeading")
        self.assessmentHeading.setTextFormat(Qt.TextFormat.PlainText)
        self.assessmentHeading.setWordWrap(True)
        self.assessmentHeading.setFont(font)

        self.assessmentPageLayout.addWidget(self.assessmentHeading)

        self.assessmentIntro = QLabel(self.assessmentPage)
        self.assessmentIntro.setObjectName(u"assessmentIntro")
        self.assessmentIntro.setTextFormat(Qt.TextFormat.PlainText)
        self.assessmentIntro.setWordWrap(True)

        self.assessmentPageLayout.addWidget(self.assessmentIntro)

        self.assessmentForm = QFormLayout()
        self.assessmentForm.setObjectName(u"assessmentForm")
        self.assessmentForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.assessmentForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.cycleLabel = QLabel(self.assessmentPage)
        self.cycleLabel.setObjectName(u"cycleLabel")
        self.cycleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.assessmentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.cycleLabel)

        self.cycleEdit = QLineEdit(self.assessmentPage)
        self.cycleEdit.setObjectName(u"cycleEdit")

        self.assessmentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.cycleEdit)

        self.cycleError = QLabel(self.assessmentPage)
        self.cycleError.setObjectName(u"cycleError")
        self.cycleError.setTextFormat(Qt.TextFormat.PlainText)
        self.cycleError.setWordWrap(True)
        self.cycleError.setVisible(False)
        self.cycleError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.assessmentForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.cycleError)


        self.assessmentPageLayout.addLayout(self.assessmentForm)

        self.blankRadio = QRadioButton(self.assessmentPage)
        self.blankRadio.setObjectName(u"blankRadio")
        self.blankRadio.setChecked(True)

        self.assessmentPageLayout.addWidget(self.blankRadio)

        self.carryRow = QHBoxLayout()
        self.carryRow.setObjectName(u"carryRow")
        self.carryRow.setContentsMargins(0, 0, 0, 0)
        self.carryRadio = QRadioButton(self.assessmentPage)
        self.carryRadio.setObjectName(u"carryRadio")

        self.carryRow.addWidget(self.carryRadio)

        self.carryCombo = QComboBox(self.assessmentPage)
        self.carryCombo.setObjectName(u"carryCombo")
        self.carryCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.carryRow.addWidget(self.carryCombo)

        self.carrySpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.carryRow.addItem(self.carrySpacer)


        self.assessmentPageLayout.addLayout(self.carryRow)

        self.carryHint = QLabel(self.assessmentPage)
        self.carryHint.setObjectName(u"carryHint")
        self.carryHint.setTextFormat(Qt.TextFormat.PlainText)
        self.carryHint.setWordWrap(True)

        self.assessmentPageLayout.addWidget(self.carryHint)

        self.assessmentSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.assessmentPageLayout.addItem(self.assessmentSpacer)

        self.pages.addWidget(self.assessmentPage)

        self.dialogLayout.addWidget(self.pages)

        self.generalError = QLabel(WelcomeDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setTextFormat(Qt.TextFormat.PlainText)
        self.generalError.setWordWrap(True)
        self.generalError.setVisible(False)
        self.generalError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.generalError)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonLayout.setContentsMargins(0, 0, 0, 0)
        self.stepLabel = QLabel(WelcomeDialog)
        self.stepLabel.setObjectName(u"stepLabel")
        self.stepLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.buttonLayout.addWidget(self.stepLabel)

        self.buttonSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.backButton = QPushButton(WelcomeDialog)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.backButton)

        self.nextButton = QPushButton(WelcomeDialog)
        self.nextButton.setObjectName(u"nextButton")

        self.buttonLayout.addWidget(self.nextButton)

        self.finishButton = QPushButton(WelcomeDialog)
        self.finishButton.setObjectName(u"finishButton")

        self.buttonLayout.addWidget(self.finishButton)

        self.cancelButton = QPushButton(WelcomeDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.stateLabel.setBuddy(self.stateCombo)
        self.isoLabel.setBuddy(self.isoEdit)
        self.focalNameLabel.setBuddy(self.focalNameEdit)
        self.focalTitleLabel.setBuddy(self.focalTitleEdit)
        self.focalEmailLabel.setBuddy(self.focalEmailEdit)
        self.focalPhoneLabel.setBuddy(self.focalPhoneEdit)
        self.agenciesLabel.setBuddy(self.agenciesTable)
        self.cycleLabel.setBuddy(self.cycleEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.stateCombo, self.isoEdit)
        QWidget.setTabOrder(self.isoEdit, self.focalNameEdit)
        QWidget.setTabOrder(self.focalNameEdit, self.focalTitleEdit)
        QWidget.setTabOrder(self.focalTitleEdit, self.focalEmailEdit)
        QWidget.setTabOrder(self.focalEmailEdit, self.focalPhoneEdit)
        QWidget.setTabOrder(self.focalPhoneEdit, self.agenciesTable)
        QWidget.setTabOrder(self.agenciesTable, self.addAgencyButton)
        QWidget.setTabOrder(self.addAgencyButton, self.removeAgencyButton)
        QWidget.setTabOrder(self.removeAgencyButton, self.cycleEdit)
        QWidget.setTabOrder(self.cycleEdit, self.blankRadio)
        QWidget.setTabOrder(self.blankRadio, self.carryRadio)
        QWidget.setTabOrder(self.carryRadio, self.carryCombo)
        QWidget.setTabOrder(self.carryCombo, self.backButton)
        QWidget.setTabOrder(self.backButton, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.finishButton)
        QWidget.setTabOrder(self.finishButton, self.cancelButton)

        self.retranslateUi(WelcomeDialog)

        self.nextButton.setDefault(True)


        QMetaObject.connectSlotsByName(WelcomeDialog)
    # setupUi

    def retranslateUi(self, WelcomeDialog):
        WelcomeDialog.setWindowTitle(QCoreApplication.translate("WelcomeDialog", u"Welcome to poa-desktop", None))
        self.welcomeHeading.setText(QCoreApplication.translate("WelcomeDialog", u"Welcome to poa-desktop", None))
        self.welcomeText.setText(QCoreApplication.translate("WelcomeDialog", u"poa-desktop helps you assess how far your State has implemented its commitments under the UN Programme of Action on small arms and light weapons and the International Tracing Instrument, and prepare the national report; everything stays on this computer. To begin, say which State you report for, who the national focal point is and which agencies contribute, then name the reporting cycle.", None))
        self.stateHeading.setText(QCoreApplication.translate("WelcomeDialog", u"Your State", None))
        self.stateIntro.setText(QCoreApplication.translate("WelcomeDialog", u"This database holds the assessments of one State. Type part of its name and choose it from the list.", None))
        self.stateLabel.setText(QCoreApplication.translate("WelcomeDialog", u"&State:", None))
#if QT_CONFIG(accessibility)
        self.stateCombo.setAccessibleName(QCoreApplication.translate("WelcomeDialog", u"State", None))
#endif // QT_CONFIG(accessibility)
        self.stateError.setText("")
        self.isoLabel.setText(QCoreApplication.translate("WelcomeDialog", u"&ISO 3166 code:", None))
#if QT_CONFIG(accessibility)
        self.isoEdit.setAccessibleName(QCoreApplication.translate("WelcomeDialog", u"ISO 3166 alpha-3 code", None))
#endif // QT_CONFIG(accessibility)
        self.isoHint.setText("")
        self.isoError.setText("")
        self.focalHeading.setText(QCoreApplication.translate("WelcomeDialog", u"National focal point", None))
        self.focalIntro.setText(QCoreApplication.translate("WelcomeDialog", u"The national point of contact named on the report's cover and in its contacts annex.", None))
        self.focalNameLabel.setText(QCoreApplication.translate("WelcomeDialog", u"Na&me:", None))
#if QT_CONFIG(accessibility)
        self.focalNameEdit.setAccessibleName(QCoreApplication.translate("WelcomeDialog", u"Focal point name", None))
#endif // QT_CONFIG(accessibility)
        self.focalNameError.setText("")
        self.focalTitleLabel.setText(QCoreApplication.translate("WelcomeDialog", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.focalTitleEdit.setAccessibleName(QCoreApplication.translate("WelcomeDialog", u"Focal point title", None))
#endif // QT_CONFIG(accessibility)
        self.focalTitleEdit.setPlaceholderText(QCoreApplication.translate("WelcomeDialog", u"e.g. Director, Arms Control Division", None))
        self.focalEmailLabel.setText(QCoreApplication.translate("WelcomeDialog", u"&Email:", None))
#if QT_CONFIG(accessibility)
        self.focalEmailEdit.setAccessibleName(QCoreApplication.translate("WelcomeDialog", u"Focal point email", None))
#endif // QT_CONFIG(accessibility)
        self.focalEmailEdit.setPlaceholderText(QCoreApplication.translate("WelcomeDialog", u"name@example.org", None))
        self.focalEmailError.setText("")
        self.focalPhoneLabel.setText(QCoreApplication.translate("WelcomeDialog", u"&Phone:", None))
#if QT_CONFIG(accessibility)
        self.focalPhoneEdit.setAccessibleName(QCoreApplication.translate("WelcomeDialog", u"Focal point phone", None))
#endif // QT_CONFIG(accessibility)
        self.agenciesHeading.setText(QCoreApplication.translate("WelcomeDialog", u"Contributing agencies", None))
        self.agenciesLabel.setText(QCoreApplication.translate("WelcomeDialog", u"The national &agencies that contribute answers; you can change this list later:", None))
        ___qtablewidgetitem = self.agenciesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("WelcomeDialog", u"Name", None))
        ___qtablewidgetitem1 = self.agenciesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("WelcomeDialog", u"Short name", None))
        ___qtablewidgetitem2 = self.agenciesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("WelcomeDialog", u"Contact person", None))
        ___qtablewidgetitem3 = self.agenciesTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("WelcomeDialog", u"Email", None))
        ___qtablewidgetitem4 = self.agenciesTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("WelcomeDialog", u"Phone", None))
#if QT_CONFIG(accessibility)
        self.agenciesTable.setAccessibleName(QCoreApplication.translate("WelcomeDialog", u"Agencies", None))
#endif // QT_CONFIG(accessibility)
        self.addAgencyButton.setText(QCoreApplication.translate("WelcomeDialog", u"A&dd agency", None))
        self.removeAgencyButton.setText(QCoreApplication.translate("WelcomeDialog", u"&Remove agency", None))
        self.agenciesError.setText("")
        self.assessmentHeading.setText(QCoreApplication.translate("WelcomeDialog", u"First assessment", None))
        self.assessmentIntro.setText(QCoreApplication.translate("WelcomeDialog", u"An assessment covers one reporting cycle, such as a Biennial Meeting of States or a Review Conference.", None))
        self.cycleLabel.setText(QCoreApplication.translate("WelcomeDialog", u"Reporting &cycle:", None))
#if QT_CONFIG(accessibility)
        self.cycleEdit.setAccessibleName(QCoreApplication.translate("WelcomeDialog", u"Reporting cycle", None))
#endif // QT_CONFIG(accessibility)
        self.cycleEdit.setPlaceholderText(QCoreApplication.translate("WelcomeDialog", u"e.g. BMS10 2028", None))
        self.cycleError.setText("")
        self.blankRadio.setText(QCoreApplication.translate("WelcomeDialog", u"Start b&lank: every commitment not yet assessed", None))
        self.carryRadio.setText(QCoreApplication.translate("WelcomeDialog", u"Carr&y forward answers from:", None))
#if QT_CONFIG(accessibility)
        self.carryCombo.setAccessibleName(QCoreApplication.translate("WelcomeDialog", u"Cycle to carry forward from", None))
#endif // QT_CONFIG(accessibility)
        self.carryHint.setText(QCoreApplication.translate("WelcomeDialog", u"Answers, laws, agencies, evidence and report figures are copied and marked as carried forward, so you only update what changed.", None))
        self.generalError.setText("")
        self.stepLabel.setText("")
        self.backButton.setText(QCoreApplication.translate("WelcomeDialog", u"< &Back", None))
        self.nextButton.setText(QCoreApplication.translate("WelcomeDialog", u"&Next >", None))
        self.finishButton.setText(QCoreApplication.translate("WelcomeDialog", u"&Finish", None))
        self.cancelButton.setText(QCoreApplication.translate("WelcomeDialog", u"Cancel", None))
    # retranslateUi

