"""The evidence files of the answer on screen: attach (a button, or files dropped from the file
manager), open, save a copy, remove.

Laid out by ``forms/evidence_panel.ui`` and placed at the foot of the answer form. The files
live in the database (:mod:`poa_desktop.services.answering.evidence` decides what can be
attached, checks every file's SHA-256 when it is read, and backs the database up before a
removal); this panel only asks and shows. While the assessment is submitted or cleared, files can
still be opened and saved, as the report that was cleared refers to them, but not attached or
removed.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, QMimeData, Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QMainWindow,
    QMessageBox,
    QTreeWidgetItem,
    QWidget,
)

from poa_desktop.domain.errors import AppError
from poa_desktop.domain.evidence import MAX_EVIDENCE_BYTES
from poa_desktop.domain.report import EvidenceRow as EvidenceInfo
from poa_desktop.domain.text import arg
from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.common.local_time import local_time_text
from poa_desktop.ui.generated.ui_evidence_panel import Ui_EvidencePanel
from poa_desktop.ui.window.autosave import AutosaveController

_ID_ROLE = Qt.ItemDataRole.UserRole
_MAX_ROWS = 4  # the list grows to this many rows, then scrolls: the panel stays compact


def size_text(size: int, precision: int = 1) -> str:
    """A byte count in the user's locale ("1.2 MB", "1,2 Mo"); 1 MB is 1024 KB, as the limit."""
    traditional = QLocale.DataSizeFormat.DataSizeTraditionalFormat
    return QLocale().formattedDataSize(size, precision, traditional)


class EvidencePanel(QWidget):
    """The files attached to one answer; :meth:`show_answer` says which answer that is."""

    def __init__(
        self, ws: Workspace, autosave: AutosaveController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ws = ws
        self._autosave = autosave
        self._assessment_id: int | None = None
        self._commitment_id: str | None = None
        self._read_only = False
        self._files: list[EvidenceInfo] = []
        self._temporary: tempfile.TemporaryDirectory[str] | None = None
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        """Opens a file with the system's program (tests replace it)."""
        self.ui = Ui_EvidencePanel()
        self.ui.setupUi(self)
        ui = self.ui
        header = ui.evidenceList.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.setAcceptDrops(True)
        ui.attachButton.clicked.connect(self.attach_chosen)
        ui.openButton.clicked.connect(self.open_selected)
        ui.saveCopyButton.clicked.connect(self.save_selected)
        ui.removeButton.clicked.connect(self.remove_selected)
        ui.evidenceList.itemSelectionChanged.connect(self._update_buttons)
        ui.evidenceList.itemActivated.connect(lambda _item, _column: self.open_selected())
        self._show_files()

    # --- which answer -------------------------------------------------------------------------
    def show_answer(
        self,
        assessment_id: int,
        commitment_id: str | None,
        read_only: bool,
        files: Sequence[EvidenceInfo],
    ) -> None:
        """Follow the answer of ``commitment_id`` (None: no measure, the panel is disabled),
        whose ``files`` the window has read with the rest of the paragraph.

        A paragraph that is not assessed (an answer kept from when it was) is followed read-only.
        """
        if commitment_id is not None and not self._ws.catalog.get(commitment_id).assessed:
            read_only = True
        self._assessment_id = assessment_id
        self._commitment_id = commitment_id
        self._read_only = read_only
        self._files = list(files)
        self._show_files()

    def refresh(self) -> None:
        """Read the list again (no file's bytes are read)."""
        from poa_desktop.services.answering.evidence import list_evidence

        self._files = []
        if self._assessment_id is not None and self._commitment_id is not None:
            try:
                self._files = list_evidence(self._ws, self._assessment_id, self._commitment_id)
            except AppError as error:
                self._warn(self.tr("Evidence files"), error)
        self._show_files()

    def _show_files(self) -> None:
        ui = self.ui
        following = self._commitment_id is not None
        self.setEnabled(following)
        ui.evidenceList.clear()
        first: QTreeWidgetItem | None = None
        for info in self._files:
            added = local_time_text(info.added_at)
            if info.added_by:
                added = arg(self.tr("%1 by %2"), added, info.added_by)
            item = QTreeWidgetItem([info.filename, size_text(info.size), added])
            item.setData(0, _ID_ROLE, info.id)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(
                0,
                arg(
                    self.tr("%1\nType: %2\nSHA-256: %3"),
                    info.filename,
                    info.media_type,
                    info.sha256,
                ),
            )
            ui.evidenceList.addTopLevelItem(item)
            if first is None:
                first = item
        ui.evidenceList.setVisible(bool(self._files))
        if first is not None:
            ui.evidenceList.setCurrentItem(first)
            rows = min(len(self._files), _MAX_ROWS)
            height = ui.evidenceList.header().sizeHint().height()
            height += rows * ui.evidenceList.sizeHintForRow(0)
            ui.evidenceList.setFixedHeight(height + 2 * ui.evidenceList.frameWidth() + 2)
        self._show_hint()
        self._update_buttons()

    def _show_hint(self) -> None:
        limit = size_text(MAX_EVIDENCE_BYTES, precision=0)
        if self._read_only:
            text = self.tr(
                "This answer cannot change: its files can be opened and saved, not attached or "
                "removed."
            )
        elif self._files:
            text = arg(self.tr("Drop more files here to attach them (up to %1 each)."), limit)
        else:
            text = arg(
                self.tr(
                    "No files attached yet. Attach the documents that support this answer (a "
                    "law, a decree, a report), or drop them here: up to %1 each."
                ),
                limit,
            )
        self.ui.evidenceHint.setText(text)

    def _update_buttons(self) -> None:
        ui = self.ui
        chosen = self._selected() is not None
        writable = self._commitment_id is not None and not self._read_only
        ui.attachButton.setEnabled(writable)
        for button in (ui.openButton, ui.saveCopyButton, ui.removeButton):
            button.setVisible(bool(self._files))  # nothing to act on: only Attach files…
        ui.openButton.setEnabled(chosen)
        ui.saveCopyButton.setEnabled(chosen)
        ui.removeButton.setEnabled(chosen and writable)

    def _selected(self) -> EvidenceInfo | None:
        item = self.ui.evidenceList.currentItem()
        if item is None or not item.isSelected():
            return None
        wanted = item.data(0, _ID_ROLE)
        return next((info for info in self._files if info.id == wanted), None)

    # --- attaching ----------------------------------------------------------------------------
    def attach_chosen(self) -> None:
        """Attach files… : ask which, then attach them."""
        paths = self.choose_files()
        if paths:
            self.attach(paths)

    def choose_files(self) -> list[str]:
        """Ask for the files to attach (tests replace this)."""
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Attach files to this answer"), str(Path.home())
        )
        return list(names)

    def attach(self, paths: Sequence[str]) -> bool:
        """Attach ``paths`` to the answer followed; a refusal is shown, nothing attached."""
        from poa_desktop.services.answering.evidence import add_evidence

        assessment_id, commitment_id = self._assessment_id, self._commitment_id
        if assessment_id is None or commitment_id is None or self._read_only or not paths:
            return False
        self._autosave.flush()  # what was typed is saved first, with the version it expects
        session = self._autosave.session
        try:
            attached = add_evidence(self._ws, assessment_id, commitment_id, paths)
        except AppError as error:
            self._warn(self.tr("Attach files"), error)
            return False
        if attached.created_answer and session.commitment_id == commitment_id:
            # The blank answer created to hold the files is what the next save replaces.
            session.resolve(attached.answer_version)
        self.refresh()
        count = len(attached.added)
        self._tell(
            self.tr("1 file attached.") if count == 1 else arg(self.tr("%1 files attached."), count)
        )
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()
            self.ui.evidenceGroup.setTitle(self.tr("Evidence files: drop to attach"))
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.ui.evidenceGroup.setTitle(self.tr("Evidence files"))

    def dropEvent(self, event: QDropEvent) -> None:
        self.ui.evidenceGroup.setTitle(self.tr("Evidence files"))
        mime = event.mimeData()
        if not self._accepts(mime):
            event.ignore()
            return
        event.acceptProposedAction()
        self.attach([url.toLocalFile() for url in mime.urls()])

    def _accepts(self, mime: QMimeData) -> bool:
        """Files from the file manager, while an answer that can change is followed."""
        writable = self._commitment_id is not None and not self._read_only
        urls = mime.urls() if mime.hasUrls() else []
        return writable and bool(urls) and all(url.isLocalFile() for url in urls)

    # --- opening and saving -------------------------------------------------------------------
    def open_selected(self) -> None:
        """Open: the bytes, checked, go to a private temporary file the system's program opens."""
        from poa_desktop.services.answering.evidence import safe_filename, save_evidence_as

        info = self._selected()
        if info is None or self._assessment_id is None:
            return
        if self._temporary is None:  # a private folder (0700), removed when the app ends
            self._temporary = tempfile.TemporaryDirectory(
                prefix="poa-desktop-evidence-", ignore_cleanup_errors=True
            )
        folder = Path(self._temporary.name) / str(info.id)
        target = folder / safe_filename(info.filename, f"evidence-{info.id}")
        try:
            folder.mkdir(mode=0o700, exist_ok=True)
            save_evidence_as(self._ws, self._assessment_id, info.id, target)
        except (AppError, OSError) as error:
            self._warn(self.tr("Open"), error)
            return
        if not self.open_url(QUrl.fromLocalFile(str(target))):
            self._warn(
                self.tr("Open"),
                arg(
                    self.tr("No program to open %1 was found. Save a copy and open it from there."),
                    info.filename,
                ),
            )

    def choose_save_path(self, info: EvidenceInfo) -> Path | None:
        """Ask where to save a copy (tests replace this); the dialog confirms replacing."""
        from poa_desktop.services.answering.evidence import safe_filename

        suggested = Path.home() / safe_filename(info.filename, f"evidence-{info.id}")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), str(suggested))
        return Path(name) if name else None

    def save_selected(self) -> None:
        """Save a copy…: the file, checked against its SHA-256, where the person chooses."""
        from poa_desktop.services.answering.evidence import save_evidence_as

        info = self._selected()
        if info is None or self._assessment_id is None:
            return
        target = self.choose_save_path(info)
        if target is None:
            return
        try:
            save_evidence_as(self._ws, self._assessment_id, info.id, target)
        except AppError as error:
            self._warn(self.tr("Save a copy"), error)
            return
        self._tell(arg(self.tr("Copy saved to %1"), target))

    # --- removing -----------------------------------------------------------------------------
    def confirm_remove(self, info: EvidenceInfo) -> bool:
        """Ask before removing (tests answer through ``QMessageBox.question``)."""
        label = self._ws.catalog.get(info.commitment_id).label
        answer = QMessageBox.question(
            self,
            self.tr("Remove evidence file"),
            arg(
                self.tr(
                    "Remove %1 from %2?\n\nA backup of the database is taken first; it still "
                    "holds the file (File → Restore from backup)."
                ),
                info.filename,
                label,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def remove_selected(self) -> None:
        """Remove…: asks, then removes the file after a backup."""
        from poa_desktop.services.answering.evidence import remove_evidence

        info = self._selected()
        if info is None or self._assessment_id is None or self._read_only:
            return
        if not self.confirm_remove(info):
            return
        try:
            removed = remove_evidence(self._ws, self._assessment_id, info.id)
        except AppError as error:
            self._warn(self.tr("Remove evidence file"), error)
            return
        self.refresh()
        self._tell(
            arg(self.tr("%1 removed; the backup %2 still holds it."), info.filename, removed.backup)
        )

    # --- telling ------------------------------------------------------------------------------
    def _warn(self, title: str, error: object) -> None:
        QMessageBox.warning(self, title, str(error))

    def _tell(self, text: str) -> None:
        """A short confirmation in the window's status bar."""
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 8000)
