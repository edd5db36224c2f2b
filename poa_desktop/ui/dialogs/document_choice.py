"""The outcome documents a new assessment covers, ticked in the welcome's assessment page.

Shown only when the person has added a document of their own: with the bundled documents alone
there is nothing to choose, and a first run stays as short as it was.
"""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QCheckBox, QGroupBox, QHBoxLayout, QWidget

from poa_desktop.services.workspace import Workspace


class DocumentChoice(QGroupBox):
    """One box per installed document, all ticked at first."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Outcome documents it covers"))
        layout = QHBoxLayout(self)
        self.boxes: dict[str, QCheckBox] = {}
        for document in ws.installed.documents:
            # The short title, in a row: full titles run to 200 characters and would widen the
            # dialog past a 1280-pixel screen; the tooltip and the accessible name carry them.
            box = QCheckBox(document.short_title, self)
            box.setChecked(True)
            box.setToolTip(f"{document.title}\n{document.meeting}")
            box.setAccessibleName(f"{document.short_title}: {document.title}")
            layout.addWidget(box)
            self.boxes[document.id] = box
        layout.addStretch(1)

    def chosen(self) -> list[str]:
        return [doc_id for doc_id, box in self.boxes.items() if box.isChecked()]


def add_document_choice(ws: Workspace, layout: QBoxLayout) -> DocumentChoice | None:
    """A DocumentChoice at the end of ``layout`` (before its last item, the stretch) when the
    person added a document; None otherwise."""
    if all(d.bundled for d in ws.installed.documents):
        return None
    choice = DocumentChoice(ws)
    layout.insertWidget(max(layout.count() - 1, 0), choice)
    return choice


def chosen_documents(choice: DocumentChoice | None) -> list[str] | None:
    """The ids ticked, or None (every installed document) when nothing was offered."""
    return None if choice is None else choice.chosen()
