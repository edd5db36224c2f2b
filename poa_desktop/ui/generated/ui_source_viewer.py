# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'source_viewer.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

class Ui_SourceViewer(object):
    def setupUi(self, SourceViewer):
        if not SourceViewer.objectName():
            SourceViewer.setObjectName(u"SourceViewer")
        SourceViewer.resize(860, 640)
        SourceViewer.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(SourceViewer)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.titleLabel = QLabel(SourceViewer)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.titleLabel)

        self.provenanceLabel = QLabel(SourceViewer)
        self.provenanceLabel.setObjectName(u"provenanceLabel")
        self.provenanceLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.provenanceLabel.setWordWrap(True)
        self.provenanceLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.provenanceLabel)

        self.findLayout = QHBoxLayout()
        self.findLayout.setObjectName(u"findLayout")
        self.findLabel = QLabel(SourceViewer)
        self.findLabel.setObjectName(u"findLabel")

        self.findLayout.addWidget(self.findLabel)

        self.findEdit = QLineEdit(SourceViewer)
        self.findEdit.setObjectName(u"findEdit")
        self.findEdit.setClearButtonEnabled(True)

        self.findLayout.addWidget(self.findEdit)

        self.findNextButton = QPushButton(SourceViewer)
        self.findNextButton.setObjectName(u"findNextButton")

        self.findLayout.addWidget(self.findNextButton)

        self.findStatus = QLabel(SourceViewer)
        self.findStatus.setObjectName(u"findStatus")
        self.findStatus.setTextFormat(Qt.TextFormat.PlainText)

        self.findLayout.addWidget(self.findStatus)


        self.dialogLayout.addLayout(self.findLayout)

        self.textView = QPlainTextEdit(SourceViewer)
        self.textView.setObjectName(u"textView")
        self.textView.setReadOnly(True)
        self.textView.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.textView.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.textView)

        self.buttonBox = QDialogButtonBox(SourceViewer)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.findLabel.setBuddy(self.findEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.textView, self.findEdit)
        QWidget.setTabOrder(self.findEdit, self.findNextButton)
        QWidget.setTabOrder(self.findNextButton, self.buttonBox)

        self.retranslateUi(SourceViewer)
        self.buttonBox.rejected.connect(SourceViewer.reject)

        QMetaObject.connectSlotsByName(SourceViewer)
    # setupUi

    def retranslateUi(self, SourceViewer):
        SourceViewer.setWindowTitle(QCoreApplication.translate("SourceViewer", u"Source document", None))
#if QT_CONFIG(accessibility)
        self.provenanceLabel.setAccessibleName(QCoreApplication.translate("SourceViewer", u"Which document this is", None))
#endif // QT_CONFIG(accessibility)
        self.findLabel.setText(QCoreApplication.translate("SourceViewer", u"&Find in the text:", None))
#if QT_CONFIG(accessibility)
        self.findEdit.setAccessibleName(QCoreApplication.translate("SourceViewer", u"Find in the text", None))
#endif // QT_CONFIG(accessibility)
        self.findNextButton.setText(QCoreApplication.translate("SourceViewer", u"Find &next", None))
#if QT_CONFIG(accessibility)
        self.textView.setAccessibleName(QCoreApplication.translate("SourceViewer", u"Text of the outcome document", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

