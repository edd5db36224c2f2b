"""Search box and filters above the tree: document, status, theme, addressees.

Turns what the user chose into a call to the search service and hands the matching ids to the
tree's filter; no matching rule lives here.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QLineEdit

from poa_desktop.catalog import Catalog
from poa_desktop.domain.status import NOT_ASSESSED, STATUSES
from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.common.icons import status_icon, status_label

SEARCH_PAUSE_MS = 250


@dataclass(frozen=True)
class FilterState:
    query: str = ""
    document: str | None = None
    status: str | None = None
    theme: str | None = None
    addressee: str | None = None

    @property
    def active(self) -> bool:
        return bool(self.query.strip()) or any(
            v is not None for v in (self.document, self.status, self.theme, self.addressee)
        )


class FilterBar(QObject):
    """Drives the search edit and the four combos; emits the allowed ids (None: no filter)."""

    changed = Signal(object)  # frozenset[str] | None
    results_requested = Signal()
    """Enter or Down in the search box: the person wants the first result (issue 19)."""

    def __init__(
        self,
        catalog: Catalog,
        search_edit: QLineEdit,
        document: QComboBox,
        status: QComboBox,
        theme: QComboBox,
        addressee: QComboBox,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._edit = search_edit
        self._combos = (document, status, theme, addressee)
        self._ws: Workspace | None = None
        self._assessment_id: int | None = None
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self._timer.timeout.connect(self.apply)
        document.addItem(self.tr("All documents"), None)
        for d in catalog.documents:
            document.addItem(d.short_title, d.id)
        status.addItem(self.tr("Any status"), None)
        for key in STATUSES:
            status.addItem(status_icon(key), status_label(key), key)
        status.addItem(status_icon(None), status_label(None), NOT_ASSESSED)
        theme.addItem(self.tr("All themes"), None)
        for term in catalog.themes:
            theme.addItem(term.label, term.id)
        addressee.addItem(self.tr("All addressees"), None)
        for term in catalog.addressees:
            addressee.addItem(term.label, term.id)
        search_edit.textChanged.connect(lambda _text: self._timer.start())
        search_edit.installEventFilter(self)
        for combo in self._combos:
            combo.currentIndexChanged.connect(lambda _index: self.apply())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the search box: Esc clears it (and the filter at once); Enter and Down apply the
        search without waiting for the pause and go to the results."""
        if watched is self._edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key == Qt.Key.Key_Escape and self._edit.text():
                self._edit.clear()
                self.apply()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
                self.apply()
                self.results_requested.emit()
                return True
        return super().eventFilter(watched, event)

    def attach(self, ws: Workspace, assessment_id: int) -> None:
        self._ws = ws
        self._assessment_id = assessment_id

    def state(self) -> FilterState:
        document, status, theme, addressee = (c.currentData() for c in self._combos)
        return FilterState(self._edit.text(), document, status, theme, addressee)

    def allowed(self) -> frozenset[str] | None:
        state = self.state()
        if not state.active or self._ws is None or self._assessment_id is None:
            return None
        from poa_desktop.services.answering.search import search  # reads through SQLAlchemy

        hits = search(
            self._ws,
            self._assessment_id,
            state.query,
            documents=[state.document] if state.document else (),
            statuses=[state.status] if state.status else (),
            themes=[state.theme] if state.theme else (),
            addressees=[state.addressee] if state.addressee else (),
        )
        return frozenset(h.commitment_id for h in hits)

    def apply(self) -> None:
        self._timer.stop()
        self.changed.emit(self.allowed())

    def show_only(self, *, document: str | None = None, theme: str | None = None) -> None:
        """No search and no other filter, then only this document or theme (a dashboard row)."""
        self._edit.clear()
        for combo, wanted in zip(self._combos, (document, None, theme, None), strict=True):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(wanted), 0) if wanted else 0)
            combo.blockSignals(False)
        self.apply()

    def clear(self) -> None:
        """No search, every document, status, theme and addressee; applied at once."""
        self._edit.clear()
        for combo in self._combos:
            combo.setCurrentIndex(0)
        self.apply()  # the search box's pause timer must not leave the old filter standing
