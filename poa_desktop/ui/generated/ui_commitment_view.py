# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'commitment_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QFrame, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_CommitmentView(object):
    def setupUi(self, CommitmentView):
        if not CommitmentView.objectName():
            CommitmentView.setObjectName(u"CommitmentView")
        self.layout = QVBoxLayout(CommitmentView)
        self.layout.setSpacing(6)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.headingPath = QLabel(CommitmentView)
        self.headingPath.setObjectName(u"headingPath")
        self.headingPath.setWordWrap(True)
        self.headingPath.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.headingPath)

        self.citationLayout = QHBoxLayout()
        self.citationLayout.setObjectName(u"citationLayout")
        self.citation = QLabel(CommitmentView)
        self.citation.setObjectName(u"citation")
        self.citation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.citationLayout.addWidget(self.citation)

        self.citationSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.citationLayout.addItem(self.citationSpacer)

        self.sourceButton = QPushButton(CommitmentView)
        self.sourceButton.setObjectName(u"sourceButton")
        self.sourceButton.setFlat(True)

        self.citationLayout.addWidget(self.sourceButton)


        self.layout.addLayout(self.citationLayout)

        self.notAssessedBanner = QLabel(CommitmentView)
        self.notAssessedBanner.setObjectName(u"notAssessedBanner")
        self.notAssessedBanner.setWordWrap(True)
        self.notAssessedBanner.setFrameShape(QFrame.Shape.StyledPanel)
        self.notAssessedBanner.setMargin(6)

        self.layout.addWidget(self.notAssessedBanner)

        self.leadIn = QLabel(CommitmentView)
        self.leadIn.setObjectName(u"leadIn")
        self.leadIn.setWordWrap(True)
        self.leadIn.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.leadIn)

        self.commitmentText = QLabel(CommitmentView)
        self.commitmentText.setObjectName(u"commitmentText")
        self.commitmentText.setWordWrap(True)
        self.commitmentText.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.commitmentText.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.commitmentText)

        self.metadata = QLabel(CommitmentView)
        self.metadata.setObjectName(u"metadata")
        self.metadata.setWordWrap(True)
        self.metadata.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.metadata)

        self.relatedBox = QGroupBox(CommitmentView)
        self.relatedBox.setObjectName(u"relatedBox")
        self.relatedLayout = QVBoxLayout(self.relatedBox)
        self.relatedLayout.setSpacing(4)
        self.relatedLayout.setObjectName(u"relatedLayout")

        self.layout.addWidget(self.relatedBox)


        self.retranslateUi(CommitmentView)

        QMetaObject.connectSlotsByName(CommitmentView)
    # setupUi

    def retranslateUi(self, CommitmentView):
#if QT_CONFIG(accessibility)
        self.headingPath.setAccessibleName(QCoreApplication.translate("CommitmentView", u"Place in the document", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.citation.setAccessibleName(QCoreApplication.translate("CommitmentView", u"Citation", None))
#endif // QT_CONFIG(accessibility)
        self.sourceButton.setText(QCoreApplication.translate("CommitmentView", u"Read in the source text\u2026", None))
#if QT_CONFIG(tooltip)
        self.sourceButton.setToolTip(QCoreApplication.translate("CommitmentView", u"The outcome document as bundled with the app, opened at this paragraph (F1)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.sourceButton.setAccessibleName(QCoreApplication.translate("CommitmentView", u"Read this paragraph in the source text", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.leadIn.setAccessibleName(QCoreApplication.translate("CommitmentView", u"Lead-in", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.commitmentText.setAccessibleName(QCoreApplication.translate("CommitmentView", u"Commitment text", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.metadata.setAccessibleName(QCoreApplication.translate("CommitmentView", u"Addressees and themes", None))
#endif // QT_CONFIG(accessibility)
        self.relatedBox.setTitle(QCoreApplication.translate("CommitmentView", u"Related commitments in the other document", None))
        pass
    # retranslateUi

