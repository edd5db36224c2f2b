# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'answer_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QCheckBox, QDateEdit, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget, QPlainTextEdit, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

from poa_desktop.ui.window.laws_table import LawsTable
from poa_desktop.ui.window.report_fields_form import ReportFieldsPanel

class Ui_AnswerForm(object):
    def setupUi(self, AnswerForm):
        if not AnswerForm.objectName():
            AnswerForm.setObjectName(u"AnswerForm")
        AnswerForm.resize(900, 1400)
        self.answerFormLayout = QVBoxLayout(AnswerForm)
        self.answerFormLayout.setSpacing(16)
        self.answerFormLayout.setObjectName(u"answerFormLayout")
        self.answerFormLayout.setContentsMargins(0, 0, 0, 0)
        self.generalProblem = QLabel(AnswerForm)
        self.generalProblem.setObjectName(u"generalProblem")
        self.generalProblem.setWordWrap(True)
        self.generalProblem.setTextFormat(Qt.TextFormat.PlainText)
        self.generalProblem.setVisible(False)

        self.answerFormLayout.addWidget(self.generalProblem)

        self.statusGroup = QGroupBox(AnswerForm)
        self.statusGroup.setObjectName(u"statusGroup")
        self.statusLayout = QVBoxLayout(self.statusGroup)
        self.statusLayout.setObjectName(u"statusLayout")
        self.statusButtonsLayout = QGridLayout()
        self.statusButtonsLayout.setObjectName(u"statusButtonsLayout")
        self.statusButtonsLayout.setHorizontalSpacing(24)
        self.implementedRadio = QRadioButton(self.statusGroup)
        self.implementedRadio.setObjectName(u"implementedRadio")

        self.statusButtonsLayout.addWidget(self.implementedRadio, 0, 0, 1, 1)

        self.developingRadio = QRadioButton(self.statusGroup)
        self.developingRadio.setObjectName(u"developingRadio")

        self.statusButtonsLayout.addWidget(self.developingRadio, 0, 1, 1, 1)

        self.notImplementedRadio = QRadioButton(self.statusGroup)
        self.notImplementedRadio.setObjectName(u"notImplementedRadio")

        self.statusButtonsLayout.addWidget(self.notImplementedRadio, 0, 2, 1, 1)

        self.notApplicableRadio = QRadioButton(self.statusGroup)
        self.notApplicableRadio.setObjectName(u"notApplicableRadio")

        self.statusButtonsLayout.addWidget(self.notApplicableRadio, 1, 0, 1, 1)

        self.notAssessedRadio = QRadioButton(self.statusGroup)
        self.notAssessedRadio.setObjectName(u"notAssessedRadio")

        self.statusButtonsLayout.addWidget(self.notAssessedRadio, 1, 1, 1, 1)

        self.statusSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusButtonsLayout.addItem(self.statusSpacer, 0, 3, 2, 1)


        self.statusLayout.addLayout(self.statusButtonsLayout)

        self.statusProblem = QLabel(self.statusGroup)
        self.statusProblem.setObjectName(u"statusProblem")
        self.statusProblem.setWordWrap(True)
        self.statusProblem.setTextFormat(Qt.TextFormat.PlainText)
        self.statusProblem.setVisible(False)

        self.statusLayout.addWidget(self.statusProblem)


        self.answerFormLayout.addWidget(self.statusGroup)

        self.implementationGroup = QGroupBox(AnswerForm)
        self.implementationGroup.setObjectName(u"implementationGroup")
        self.implementationLayout = QVBoxLayout(self.implementationGroup)
        self.implementationLayout.setSpacing(14)
        self.implementationLayout.setObjectName(u"implementationLayout")
        self.measuresTakenLayout = QVBoxLayout()
        self.measuresTakenLayout.setSpacing(4)
        self.measuresTakenLayout.setObjectName(u"measuresTakenLayout")
        self.measuresTakenLabel = QLabel(self.implementationGroup)
        self.measuresTakenLabel.setObjectName(u"measuresTakenLabel")

        self.measuresTakenLayout.addWidget(self.measuresTakenLabel)

        self.measuresTakenEdit = QPlainTextEdit(self.implementationGroup)
        self.measuresTakenEdit.setObjectName(u"measuresTakenEdit")
        self.measuresTakenEdit.setTabChangesFocus(True)

        self.measuresTakenLayout.addWidget(self.measuresTakenEdit)

        self.measuresTakenProblem = QLabel(self.implementationGroup)
        self.measuresTakenProblem.setObjectName(u"measuresTakenProblem")
        self.measuresTakenProblem.setWordWrap(True)
        self.measuresTakenProblem.setTextFormat(Qt.TextFormat.PlainText)
        self.measuresTakenProblem.setVisible(False)

        self.measuresTakenLayout.addWidget(self.measuresTakenProblem)


        self.implementationLayout.addLayout(self.measuresTakenLayout)

        self.lawsLayout = QVBoxLayout()
        self.lawsLayout.setSpacing(4)
        self.lawsLayout.setObjectName(u"lawsLayout")
        self.lawsLabel = QLabel(self.implementationGroup)
        self.lawsLabel.setObjectName(u"lawsLabel")

        self.lawsLayout.addWidget(self.lawsLabel)

        self.lawsTable = LawsTable(self.implementationGroup)
        self.lawsTable.setObjectName(u"lawsTable")

        self.lawsLayout.addWidget(self.lawsTable)

        self.lawButtonsLayout = QHBoxLayout()
        self.lawButtonsLayout.setObjectName(u"lawButtonsLayout")
        self.addLawButton = QPushButton(self.implementationGroup)
        self.addLawButton.setObjectName(u"addLawButton")

        self.lawButtonsLayout.addWidget(self.addLawButton)

        self.removeLawButton = QPushButton(self.implementationGroup)
        self.removeLawButton.setObjectName(u"removeLawButton")

        self.lawButtonsLayout.addWidget(self.removeLawButton)

        self.lawButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lawButtonsLayout.addItem(self.lawButtonsSpacer)


        self.lawsLayout.addLayout(self.lawButtonsLayout)

        self.lawsProblem = QLabel(self.implementationGroup)
        self.lawsProblem.setObjectName(u"lawsProblem")
        self.lawsProblem.setWordWrap(True)
        self.lawsProblem.setTextFormat(Qt.TextFormat.PlainText)
        self.lawsProblem.setVisible(False)

        self.lawsLayout.addWidget(self.lawsProblem)


        self.implementationLayout.addLayout(self.lawsLayout)

        self.agenciesLayout = QVBoxLayout()
        self.agenciesLayout.setSpacing(4)
        self.agenciesLayout.setObjectName(u"agenciesLayout")
        self.agenciesLabel = QLabel(self.implementationGroup)
        self.agenciesLabel.setObjectName(u"agenciesLabel")

        self.agenciesLayout.addWidget(self.agenciesLabel)

        self.agenciesList = QListWidget(self.implementationGroup)
        self.agenciesList.setObjectName(u"agenciesList")

        self.agenciesLayout.addWidget(self.agenciesList)

        self.agenciesHint = QLabel(self.implementationGroup)
        self.agenciesHint.setObjectName(u"agenciesHint")

        self.agenciesLayout.addWidget(self.agenciesHint)

        self.agenciesProblem = QLabel(self.implementationGroup)
        self.agenciesProblem.setObjectName(u"agenciesProblem")
        self.agenciesProblem.setWordWrap(True)
        self.agenciesProblem.setTextFormat(Qt.TextFormat.PlainText)
        self.agenciesProblem.setVisible(False)

        self.agenciesLayout.addWidget(self.agenciesProblem)


        self.implementationLayout.addLayout(self.agenciesLayout)

        self.challengesLayout = QVBoxLayout()
        self.challengesLayout.setSpacing(4)
        self.challengesLayout.setObjectName(u"challengesLayout")
        self.challengesLabel = QLabel(self.implementationGroup)
        self.challengesLabel.setObjectName(u"challengesLabel")

        self.challengesLayout.addWidget(self.challengesLabel)

        self.challengesEdit = QPlainTextEdit(self.implementationGroup)
        self.challengesEdit.setObjectName(u"challengesEdit")
        self.challengesEdit.setTabChangesFocus(True)

        self.challengesLayout.addWidget(self.challengesEdit)

        self.challengesProblem = QLabel(self.implementationGroup)
        self.challengesProblem.setObjectName(u"challengesProblem")
        self.challengesProblem.setWordWrap(True)
        self.challengesProblem.setTextFormat(Qt.TextFormat.PlainText)
        self.challengesProblem.setVisible(False)

        self.challengesLayout.addWidget(self.challengesProblem)


        self.implementationLayout.addLayout(self.challengesLayout)


        self.answerFormLayout.addWidget(self.implementationGroup)

        self.assistanceGroup = QGroupBox(AnswerForm)
        self.assistanceGroup.setObjectName(u"assistanceGroup")
        self.assistanceLayout = QVBoxLayout(self.assistanceGroup)
        self.assistanceLayout.setSpacing(14)
        self.assistanceLayout.setObjectName(u"assistanceLayout")
        self.assistanceNeededLayout = QVBoxLayout()
        self.assistanceNeededLayout.setSpacing(4)
        self.assistanceNeededLayout.setObjectName(u"assistanceNeededLayout")
        self.assistanceNeededCheck = QCheckBox(self.assistanceGroup)
        self.assistanceNeededCheck.setObjectName(u"assistanceNeededCheck")

        self.assistanceNeededLayout.addWidget(self.assistanceNeededCheck)

        self.assistanceNeededProblem = QLabel(self.assistanceGroup)
        self.assistanceNeededProblem.setObjectName(u"assistanceNeededProblem")
        self.assistanceNeededProblem.setWordWrap(True)
        self.assistanceNeededProblem.setTextFormat(Qt.TextFormat.PlainText)
        self.assistanceNeededProblem.setVisible(False)

        self.assistanceNeededLayout.addWidget(self.assistanceNeededProblem)

        self.assistanceDetails = QWidget(self.assistanceGroup)
        self.assistanceDetails.setObjectName(u"assistanceDetails")
        self.assistanceDetailsLayout = QVBoxLayout(self.assistanceDetails)
        self.assistanceDetailsLayout.setSpacing(10)
        self.assistanceDetailsLayout.setObjectName(u"assistanceDetailsLayout")
        self.assistanceDetailsLayout.setContentsMargins(24, 4, 0, 0)
        self.assistanceKindsOuterLayout = QVBoxLayout()
        self.assistanceKindsOuterLayout.setSpacing(4)
        self.assistanceKindsOuterLayout.setObjectName(u"assistanceKindsOuterLayout")
        self.assistanceKindsLabel = QLabel(self.assistanceDetails)
        self.assistanceKindsLabel.setObjectName(u"assistanceKindsLabel")

        self.assistanceKindsOuterLayout.addWidget(self.assistanceKindsLabel)

        self.assistanceKindsLayout = QHBoxLayout()
        self.assistanceKindsLayout.setObjectName(u"assistanceKindsLayout")
        self.assistanceKindsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.assistanceKindsLayout.addItem(self.assistanceKindsSpacer)


        self.assistanceKindsOuterLayout.addLayout(self.assistanceKindsLayout)

        self.assistanceKindsProblem = QLabel(self.assistanceDetails)
        self.assistanceKindsProblem.setObjectName(u"assistanceKindsProblem")
        self.assistanceKindsProblem.setWordWrap(True)
        self.assistanceKindsProblem.setTextFormat(Qt.TextFormat.PlainText)
        self.assistanceKindsProblem.setVisible(False)

        self.assistanceKindsOuterLayout.addWidget(self.assistanceKindsProblem)


        self.assistanceDetailsLayout.addLayout(self.assistanceKindsOuterLayout)

        self.assistanceDescriptionLayout = QVBoxLayout()
        self.assistanceDescriptionLayout.setSpacing(4)
        self.assistanceDescriptionLayout.setObjectName(u"assistanceDescriptionLayout")
        self.assistanceDescriptionLabel = QLabel(self.assistanceDetails)
        self.assistanceDescriptionLabel.setObjectName(u"assistanceDescriptionLabel")

        self.assistanceDescriptionLayout.addWidget(self.assistanceDescriptionLabel)

        self.assistanceDescriptionEdit = QPlainTextEdit(self.assistanceDetails)
        self.assistanceDescriptionEdit.setObjectName(u"assistanceDescriptionEdit")
        self.assistanceDescriptionEdit.setTabChangesFocus(True)

        self.assistanceDescriptionLayout.addWidget(self.assistanceDescriptionEdit)

        self.assistanceDescriptionProblem = QLabel(self.assistanceDetails)
        self.assistanceDescriptionProblem.setObjectName(u"assistanceDescriptionProblem")
        self.assistanceDescriptionProblem.setWordWrap(True)
        self.assistanceDescriptionProblem.setTextFormat(Qt.TextFormat.PlainText)
        self.assistanceDescriptionProblem.setVisible(False)

        self.assistanceDescriptionLayout.addWidget(self.assistanceDescriptionProblem)


        self.assistanceDetailsLayout.addLayout(self.assistanceDescriptionLayout)


        self.assistanceNeededLayout.addWidget(self.assistanceDetails)


        self.assistanceLayout.addLayout(self.assistanceNeededLayout)

        self.assistanceOfferedLayout = QVBoxLayout()
        self.assistanceOfferedLayout.setSpacing(4)
        self.assistanceOfferedLayout.setObjectName(u"assistanceOfferedLayout")
        self.assistanceOfferedLabel = QLabel(self.assistanceGroup)
        self.assistanceOfferedLabel.setObjectName(u"assistanceOfferedLabel")

        self.assistanceOfferedLayout.addWidget(self.assistanceOfferedLabel)

        self.assistanceOfferedEdit = QPlainTextEdit(self.assistanceGroup)
        self.assistanceOfferedEdit.setObjectName(u"assistanceOfferedEdit")
        self.assistanceOfferedEdit.setTabChangesFocus(True)

        self.assistanceOfferedLayout.addWidget(self.assistanceOfferedEdit)

        self.assistanceOfferedProblem = QLabel(self.assistanceGroup)
        self.assistanceOfferedProblem.setObjectName(u"assistanceOfferedProblem")
        self.assistanceOfferedProblem.setWordWrap(True)
        self.assistanceOfferedProblem.setTextFormat(Qt.TextFormat.PlainText)
        self.assistanceOfferedProblem.setVisible(False)

        self.assistanceOfferedLayout.addWidget(self.assistanceOfferedProblem)


        self.assistanceLayout.addLayout(self.assistanceOfferedLayout)


        self.answerFormLayout.addWidget(self.assistanceGroup)

        self.targetGroup = QGroupBox(AnswerForm)
        self.targetGroup.setObjectName(u"targetGroup")
        self.targetLayout = QVBoxLayout(self.targetGroup)
        self.targetLayout.setSpacing(14)
        self.targetLayout.setObjectName(u"targetLayout")
        self.nationalTargetLayout = QVBoxLayout()
        self.nationalTargetLayout.setSpacing(4)
        self.nationalTargetLayout.setObjectName(u"nationalTargetLayout")
        self.nationalTargetLabel = QLabel(self.targetGroup)
        self.nationalTargetLabel.setObjectName(u"nationalTargetLabel")

        self.nationalTargetLayout.addWidget(self.nationalTargetLabel)

        self.nationalTargetEdit = QPlainTextEdit(self.targetGroup)
        self.nationalTargetEdit.setObjectName(u"nationalTargetEdit")
        self.nationalTargetEdit.setTabChangesFocus(True)

        self.nationalTargetLayout.addWidget(self.nationalTargetEdit)

        self.nationalTargetProblem = QLabel(self.targetGroup)
        self.nationalTargetProblem.setObjectName(u"nationalTargetProblem")
        self.nationalTargetProblem.setWordWrap(True)
        self.nationalTargetProblem.setTextFormat(Qt.TextFormat.PlainText)
        self.nationalTargetProblem.setVisible(False)

        self.nationalTargetLayout.addWidget(self.nationalTargetProblem)


        self.targetLayout.addLayout(self.nationalTargetLayout)

        self.targetDateOuterLayout = QVBoxLayout()
        self.targetDateOuterLayout.setSpacing(4)
        self.targetDateOuterLayout.setObjectName(u"targetDateOuterLayout")
        self.targetDateLayout = QHBoxLayout()
        self.targetDateLayout.setObjectName(u"targetDateLayout")
        self.targetDateCheck = QCheckBox(self.targetGroup)
        self.targetDateCheck.setObjectName(u"targetDateCheck")

        self.targetDateLayout.addWidget(self.targetDateCheck)

        self.targetDateEdit = QDateEdit(self.targetGroup)
        self.targetDateEdit.setObjectName(u"targetDateEdit")
        self.targetDateEdit.setCalendarPopup(True)
        self.targetDateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.targetDateLayout.addWidget(self.targetDateEdit)

        self.targetDateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.targetDateLayout.addItem(self.targetDateSpacer)


        self.targetDateOuterLayout.addLayout(self.targetDateLayout)

        self.targetDateProblem = QLabel(self.targetGroup)
        self.targetDateProblem.setObjectName(u"targetDateProblem")
        self.targetDateProblem.setWordWrap(True)
        self.targetDateProblem.setTextFormat(Qt.TextFormat.PlainText)
        self.targetDateProblem.setVisible(False)

        self.targetDateOuterLayout.addWidget(self.targetDateProblem)


        self.targetLayout.addLayout(self.targetDateOuterLayout)


        self.answerFormLayout.addWidget(self.targetGroup)

        self.reportFieldsSection = QGroupBox(AnswerForm)
        self.reportFieldsSection.setObjectName(u"reportFieldsSection")
        self.reportFieldsLayout = QVBoxLayout(self.reportFieldsSection)
        self.reportFieldsLayout.setSpacing(8)
        self.reportFieldsLayout.setObjectName(u"reportFieldsLayout")
        self.reportFieldsIntro = QLabel(self.reportFieldsSection)
        self.reportFieldsIntro.setObjectName(u"reportFieldsIntro")
        self.reportFieldsIntro.setWordWrap(True)

        self.reportFieldsLayout.addWidget(self.reportFieldsIntro)

        self.reportFieldsPanel = ReportFieldsPanel(self.reportFieldsSection)
        self.reportFieldsPanel.setObjectName(u"reportFieldsPanel")

        self.reportFieldsLayout.addWidget(self.reportFieldsPanel)


        self.answerFormLayout.addWidget(self.reportFieldsSection)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.answerFormLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.measuresTakenLabel.setBuddy(self.measuresTakenEdit)
        self.lawsLabel.setBuddy(self.lawsTable)
        self.agenciesLabel.setBuddy(self.agenciesList)
        self.challengesLabel.setBuddy(self.challengesEdit)
        self.assistanceDescriptionLabel.setBuddy(self.assistanceDescriptionEdit)
        self.assistanceOfferedLabel.setBuddy(self.assistanceOfferedEdit)
        self.nationalTargetLabel.setBuddy(self.nationalTargetEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AnswerForm)

        QMetaObject.connectSlotsByName(AnswerForm)
    # setupUi

    def retranslateUi(self, AnswerForm):
#if QT_CONFIG(accessibility)
        AnswerForm.setAccessibleName(QCoreApplication.translate("AnswerForm", u"Answer", None))
#endif // QT_CONFIG(accessibility)
        self.generalProblem.setText("")
#if QT_CONFIG(accessibility)
        self.generalProblem.setAccessibleName(QCoreApplication.translate("AnswerForm", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.statusGroup.setTitle(QCoreApplication.translate("AnswerForm", u"Status", None))
        self.implementedRadio.setText(QCoreApplication.translate("AnswerForm", u"&Implemented", None))
        self.developingRadio.setText(QCoreApplication.translate("AnswerForm", u"De&veloping", None))
        self.notImplementedRadio.setText(QCoreApplication.translate("AnswerForm", u"Not i&mplemented", None))
        self.notApplicableRadio.setText(QCoreApplication.translate("AnswerForm", u"Not applica&ble", None))
        self.notAssessedRadio.setText(QCoreApplication.translate("AnswerForm", u"Not &yet assessed", None))
        self.statusProblem.setText("")
#if QT_CONFIG(accessibility)
        self.statusProblem.setAccessibleName(QCoreApplication.translate("AnswerForm", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.implementationGroup.setTitle(QCoreApplication.translate("AnswerForm", u"Implementation", None))
        self.measuresTakenLabel.setText(QCoreApplication.translate("AnswerForm", u"Measures ta&ken", None))
#if QT_CONFIG(accessibility)
        self.measuresTakenEdit.setAccessibleName(QCoreApplication.translate("AnswerForm", u"Measures taken", None))
#endif // QT_CONFIG(accessibility)
        self.measuresTakenEdit.setPlaceholderText(QCoreApplication.translate("AnswerForm", u"What has your State done to implement this commitment?", None))
        self.measuresTakenProblem.setText("")
#if QT_CONFIG(accessibility)
        self.measuresTakenProblem.setAccessibleName(QCoreApplication.translate("AnswerForm", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.lawsLabel.setText(QCoreApplication.translate("AnswerForm", u"&Laws and regulations", None))
#if QT_CONFIG(accessibility)
        self.lawsTable.setAccessibleName(QCoreApplication.translate("AnswerForm", u"Laws and regulations", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.lawsTable.setToolTip(QCoreApplication.translate("AnswerForm", u"One row per law or regulation; Delete removes the selected rows", None))
#endif // QT_CONFIG(tooltip)
        self.addLawButton.setText(QCoreApplication.translate("AnswerForm", u"Add la&w", None))
#if QT_CONFIG(tooltip)
        self.addLawButton.setToolTip(QCoreApplication.translate("AnswerForm", u"Add a row for a law or regulation", None))
#endif // QT_CONFIG(tooltip)
        self.removeLawButton.setText(QCoreApplication.translate("AnswerForm", u"Remove law", None))
#if QT_CONFIG(tooltip)
        self.removeLawButton.setToolTip(QCoreApplication.translate("AnswerForm", u"Remove the selected rows (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.lawsProblem.setText("")
#if QT_CONFIG(accessibility)
        self.lawsProblem.setAccessibleName(QCoreApplication.translate("AnswerForm", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.agenciesLabel.setText(QCoreApplication.translate("AnswerForm", u"Re&sponsible agencies", None))
#if QT_CONFIG(accessibility)
        self.agenciesList.setAccessibleName(QCoreApplication.translate("AnswerForm", u"Responsible agencies", None))
#endif // QT_CONFIG(accessibility)
        self.agenciesHint.setText(QCoreApplication.translate("AnswerForm", u"Add agencies in the State profile to choose the ones responsible.", None))
        self.agenciesProblem.setText("")
#if QT_CONFIG(accessibility)
        self.agenciesProblem.setAccessibleName(QCoreApplication.translate("AnswerForm", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.challengesLabel.setText(QCoreApplication.translate("AnswerForm", u"&Challenges", None))
#if QT_CONFIG(accessibility)
        self.challengesEdit.setAccessibleName(QCoreApplication.translate("AnswerForm", u"Challenges", None))
#endif // QT_CONFIG(accessibility)
        self.challengesEdit.setPlaceholderText(QCoreApplication.translate("AnswerForm", u"What stands in the way?", None))
        self.challengesProblem.setText("")
#if QT_CONFIG(accessibility)
        self.challengesProblem.setAccessibleName(QCoreApplication.translate("AnswerForm", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.assistanceGroup.setTitle(QCoreApplication.translate("AnswerForm", u"Assistance", None))
        self.assistanceNeededCheck.setText(QCoreApplication.translate("AnswerForm", u"Assistanc&e needed", None))
#if QT_CONFIG(accessibility)
        self.assistanceNeededCheck.setAccessibleName(QCoreApplication.translate("AnswerForm", u"Assistance needed", None))
#endif // QT_CONFIG(accessibility)
        self.assistanceNeededProblem.setText("")
#if QT_CONFIG(accessibility)
        self.assistanceNeededProblem.setAccessibleName(QCoreApplication.translate("AnswerForm", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.assistanceKindsLabel.setText(QCoreApplication.translate("AnswerForm", u"Kinds of assistance", None))
        self.assistanceKindsProblem.setText("")
#if QT_CONFIG(accessibility)
        self.assistanceKindsProblem.setAccessibleName(QCoreApplication.translate("AnswerForm", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.assistanceDescriptionLabel.setText(QCoreApplication.translate("AnswerForm", u"Desc&ription of the assistance needed", None))
#if QT_CONFIG(accessibility)
        self.assistanceDescriptionEdit.setAccessibleName(QCoreApplication.translate("AnswerForm", u"Description of the assistance needed", None))
#endif // QT_CONFIG(accessibility)
        self.assistanceDescriptionEdit.setPlaceholderText(QCoreApplication.translate("AnswerForm", u"What is needed, for what, and at what estimated cost?", None))
        self.assistanceDescriptionProblem.setText("")
#if QT_CONFIG(accessibility)
        self.assistanceDescriptionProblem.setAccessibleName(QCoreApplication.translate("AnswerForm", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.assistanceOfferedLabel.setText(QCoreApplication.translate("AnswerForm", u"Assistance &offered", None))
#if QT_CONFIG(accessibility)
        self.assistanceOfferedEdit.setAccessibleName(QCoreApplication.translate("AnswerForm", u"Assistance offered", None))
#endif // QT_CONFIG(accessibility)
        self.assistanceOfferedEdit.setPlaceholderText(QCoreApplication.translate("AnswerForm", u"Assistance your State can offer others on this commitment", None))
        self.assistanceOfferedProblem.setText("")
#if QT_CONFIG(accessibility)
        self.assistanceOfferedProblem.setAccessibleName(QCoreApplication.translate("AnswerForm", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.targetGroup.setTitle(QCoreApplication.translate("AnswerForm", u"National target", None))
        self.nationalTargetLabel.setText(QCoreApplication.translate("AnswerForm", u"National &target", None))
#if QT_CONFIG(accessibility)
        self.nationalTargetEdit.setAccessibleName(QCoreApplication.translate("AnswerForm", u"National target", None))
#endif // QT_CONFIG(accessibility)
        self.nationalTargetEdit.setPlaceholderText(QCoreApplication.translate("AnswerForm", u"The result your State aims for on this commitment", None))
        self.nationalTargetProblem.setText("")
#if QT_CONFIG(accessibility)
        self.nationalTargetProblem.setAccessibleName(QCoreApplication.translate("AnswerForm", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.targetDateCheck.setText(QCoreApplication.translate("AnswerForm", u"Set a target &date", None))
#if QT_CONFIG(accessibility)
        self.targetDateCheck.setAccessibleName(QCoreApplication.translate("AnswerForm", u"Set a target date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.targetDateEdit.setAccessibleName(QCoreApplication.translate("AnswerForm", u"Target date", None))
#endif // QT_CONFIG(accessibility)
        self.targetDateProblem.setText("")
#if QT_CONFIG(accessibility)
        self.targetDateProblem.setAccessibleName(QCoreApplication.translate("AnswerForm", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.reportFieldsSection.setTitle(QCoreApplication.translate("AnswerForm", u"Report fields", None))
        self.reportFieldsIntro.setText(QCoreApplication.translate("AnswerForm", u"Figures the national report asks for. They belong to the whole assessment: every commitment that shows them shares the same values.", None))
    # retranslateUi

