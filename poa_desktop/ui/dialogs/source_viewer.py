"""The bundled text of an outcome document, opened at a paragraph.

"Read it in the source" must work on a workstation with no network, so the app shows its own
copy (the file the catalog was extracted from) instead of a web page; the paragraph is
highlighted and scrolled into view.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextEdit, QWidget

from poa_desktop.catalog import Catalog
from poa_desktop.domain.text import arg
from poa_desktop.services.sources import Span, locate, source_text
from poa_desktop.ui.generated.ui_source_viewer import Ui_SourceViewer

HIGHLIGHT = "#fff3c4"


class SourceViewer(QDialog):
    """One document's text; :meth:`show_paragraph` highlights a paragraph in it."""

    def __init__(self, catalog: Catalog, document_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self.document = catalog.document(document_id)
        self.ui = Ui_SourceViewer()
        self.ui.setupUi(self)  # generated code
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            self.tr("Close")
        )
        source = self.document.source
        self.setWindowTitle(arg(self.tr("%1 — source text"), self.document.short_title))
        self.setAccessibleName(self.windowTitle())
        symbol = f"{source.symbol}, " if source.symbol else ""
        title = self.ui.provenanceLabel.font()
        title.setBold(True)
        self.ui.titleLabel.setFont(title)
        self.ui.titleLabel.setText(self.document.title)
        self.ui.provenanceLabel.setText(f"{symbol}{source.date}. {source.description}")
        self.ui.textView.setPlainText(source_text(self.document))
        self.ui.findEdit.returnPressed.connect(self.find_next)
        self.ui.findNextButton.clicked.connect(self.find_next)
        self.highlighted: Span | None = None

    def show_paragraph(self, commitment_id: str) -> bool:
        """Highlight the paragraph and scroll to it; False when it cannot be found."""
        span = locate(self._catalog, commitment_id)
        view = self.ui.textView
        if span is None:
            view.setExtraSelections([])
            self.highlighted = None
            return False
        cursor = QTextCursor(view.document())
        cursor.setPosition(span.start)
        cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        marked = QTextCharFormat()
        marked.setBackground(QColor(HIGHLIGHT))
        selection.format = marked
        view.setExtraSelections([selection])
        # The paragraph's first line near the top third, with the text before it for context.
        start = QTextCursor(view.document())
        start.setPosition(span.start)
        view.setTextCursor(start)
        view.centerCursor()
        bar = view.verticalScrollBar()
        bar.setValue(min(bar.maximum(), bar.value() + bar.pageStep() // 4))
        self.highlighted = span
        return True

    def find_next(self) -> bool:
        """Find the next occurrence of the search text, wrapping round once."""
        needle = self.ui.findEdit.text()
        view = self.ui.textView
        if not needle:
            self.ui.findStatus.setText("")
            return False
        found = view.find(needle)
        if not found:
            view.moveCursor(QTextCursor.MoveOperation.Start)
            found = view.find(needle, QTextDocument.FindFlag(0))
        self.ui.findStatus.setText("" if found else self.tr("Not found"))
        return bool(found)

    def selected_text(self) -> str:
        return self.ui.textView.textCursor().selectedText()
