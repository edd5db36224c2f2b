# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'period_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_PeriodDialog(object):
    def setupUi(self, PeriodDialog):
        if not PeriodDialog.objectName():
            PeriodDialog.setObjectName(u"PeriodDialog")
        PeriodDialog.resize(460, 240)
        self.layout = QVBoxLayout(PeriodDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(PeriodDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.startCheck = QCheckBox(PeriodDialog)
        self.startCheck.setObjectName(u"startCheck")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.startCheck)

        self.startEdit = QDateEdit(PeriodDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.endCheck = QCheckBox(PeriodDialog)
        self.endCheck.setObjectName(u"endCheck")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.endCheck)

        self.endEdit = QDateEdit(PeriodDialog)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.endEdit)

        self.languageLabel = QLabel(PeriodDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(PeriodDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.layout.addLayout(self.form)

        self.problemLabel = QLabel(PeriodDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setStyleSheet(u"color: #a4262c;")

        self.layout.addWidget(self.problemLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(PeriodDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PeriodDialog)

        QMetaObject.connectSlotsByName(PeriodDialog)
    # setupUi

    def retranslateUi(self, PeriodDialog):
        PeriodDialog.setWindowTitle(QCoreApplication.translate("PeriodDialog", u"Reporting period and report language", None))
        self.intro.setText(QCoreApplication.translate("PeriodDialog", u"The period the national report covers, as UNODA's template asks for it, and the language the report is written in unless you choose another when exporting.", None))
        self.startCheck.setText(QCoreApplication.translate("PeriodDialog", u"&First day:", None))
        self.startEdit.setDisplayFormat(QCoreApplication.translate("PeriodDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.startEdit.setAccessibleName(QCoreApplication.translate("PeriodDialog", u"First day of the reporting period", None))
#endif // QT_CONFIG(accessibility)
        self.endCheck.setText(QCoreApplication.translate("PeriodDialog", u"&Last day:", None))
        self.endEdit.setDisplayFormat(QCoreApplication.translate("PeriodDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.endEdit.setAccessibleName(QCoreApplication.translate("PeriodDialog", u"Last day of the reporting period", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("PeriodDialog", u"Report lan&guage:", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("PeriodDialog", u"Report language", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

