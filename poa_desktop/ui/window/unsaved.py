"""What the window says about typing that is not saved yet: drafts and answers changed elsewhere.

The autosave service keeps whatever cannot be saved (a draft) and never discards typing when the
answer changed elsewhere; this part tells the person, plainly and once, and lets them choose:

* leaving a measure that holds a draft says which fields wait for a correction (once per draft);
* closing the window with drafts lists them, with a way back to the first one;
* a conflict shows both versions (:class:`~poa_desktop.ui.dialogs.conflict_dialog.ConflictDialog`)
  and saves what the person keeps.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from poa_desktop.domain.content import AnswerContent
from poa_desktop.domain.errors import AppError
from poa_desktop.domain.text import arg
from poa_desktop.services.answering.autosave import AutosaveResult
from poa_desktop.services.answering.drafts import (
    drop_draft,
    get_draft,
    keep_draft,
    list_drafts,
    unsaved_labels,
)
from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.common.terms import term
from poa_desktop.ui.window.autosave import AutosaveController


@dataclass(frozen=True)
class UnsavedHooks:
    """What this part needs from the window, and nothing more."""

    assessment_id: Callable[[], int]
    show: Callable[[str], None]  # reload a measure from the database (and its draft)
    load_content: Callable[[str, AnswerContent], None]  # put content on the form to save
    exec_dialog: Callable[[QWidget], int]
    show_status: Callable[[str, int], None]


class UnsavedWork(QObject):
    """Tells about drafts and resolves conflicts for the window it belongs to."""

    def __init__(
        self,
        ws: Workspace,
        autosave: AutosaveController,
        parent: QWidget,
        hooks: UnsavedHooks,
    ) -> None:
        super().__init__(parent)
        self._ws, self._autosave, self._parent, self._hooks = ws, autosave, parent, hooks
        self._pending: set[str] = set()  # measures whose draft has not been told about
        autosave.draft_kept.connect(self._pending.add)
        autosave.conflict.connect(self.resolve_conflict)
        self.tell: Callable[[str], None] = self._tell
        """Shows a notice in a box; tests replace it to read the text."""
        self.ask_close: Callable[[str], bool] = self._ask_close
        """Asks whether to close with drafts (True: close); tests replace it."""

    def left(self, commitment_id: str | None) -> None:
        """The person moved away from ``commitment_id``: tell about its draft, once."""
        if commitment_id is None or commitment_id not in self._pending:
            return
        self._pending.discard(commitment_id)
        try:
            draft = get_draft(self._ws, self._hooks.assessment_id(), commitment_id)
        except AppError:  # the database cannot be read: the storage warning says so already
            return
        if draft is None:
            return  # corrected before leaving
        label = self._ws.catalog.get(commitment_id).label
        names = ", ".join(term(n) for n in unsaved_labels(self._ws, draft))
        reasons = "\n".join(f"• {p.message}" for p in draft.problems)
        self.tell(
            arg(
                self.tr(
                    "%1: everything else you typed is saved, but %2 could not be saved yet:\n"
                    "%3\n\nWhat you typed is kept as a draft and shown again, marked, when "
                    "you come back to %1."
                ),
                label,
                names,
                reasons or self.tr("• a value that is not a number"),
            )
        )

    def before_close(self) -> bool:
        """Closing with drafts says which measures hold them; False: the person stays."""
        try:
            drafts = list_drafts(self._ws, self._hooks.assessment_id())
        except AppError:  # unreadable database: nothing more can be said, closing is safe
            return True
        if not drafts:
            return True
        lines = [
            f"• {self._ws.catalog.get(d.commitment_id).label}: "
            + ", ".join(term(n) for n in unsaved_labels(self._ws, d))
            for d in drafts[:12]
        ]
        if len(drafts) > 12:
            lines.append(arg(self.tr("… and %1 more"), len(drafts) - 12))
        text = arg(
            self.tr(
                "Some values could not be saved yet and are kept as drafts:\n\n%1\n\nThey are "
                "shown again, marked, when you open these measures. Close now?"
            ),
            "\n".join(lines),
        )
        if self.ask_close(text):
            return True
        self._hooks.show(drafts[0].commitment_id)
        return False

    def resolve_conflict(self, commitment_id: str, result: object) -> None:
        """Both versions side by side; save what the person keeps."""
        from poa_desktop.ui.dialogs.conflict_dialog import ConflictDialog  # a dialog, when opened

        if not isinstance(result, AutosaveResult) or result.theirs is None or result.mine is None:
            self._hooks.show(commitment_id)
            return
        mine, theirs = result.mine, result.theirs
        label = self._ws.catalog.get(commitment_id).label
        dialog = ConflictDialog(label, mine, theirs, self._parent)
        self._hooks.exec_dialog(dialog)
        self._autosave.session.resolve(theirs.version)
        if dialog.choice == "theirs":
            kept = get_draft(self._ws, self._hooks.assessment_id(), commitment_id)
            if kept is not None and kept.fields:  # report values typed meanwhile stay
                keep_draft(
                    self._ws,
                    self._hooks.assessment_id(),
                    replace(kept, content=theirs.content, problems=()),
                )
            else:
                drop_draft(self._ws, self._hooks.assessment_id(), commitment_id)
            self._hooks.show(commitment_id)
            self._hooks.show_status(self.tr("The saved version is shown."), 8000)
        elif dialog.chosen is not None:
            self._hooks.load_content(commitment_id, dialog.chosen)
            self._autosave.mark_edited()
            self._autosave.flush()
        else:  # decide later: the saved version on screen, the typing in the draft
            self._hooks.show(commitment_id)
            self._hooks.show_status(
                self.tr("Your version is kept as a draft; open the measure to choose."), 8000
            )

    def _tell(self, text: str) -> None:
        """A notice that does not stop the walk: the window stays usable behind it."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Kept as a draft"),
            text,
            QMessageBox.StandardButton.Ok,
            self._parent,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _ask_close(self, text: str) -> bool:
        answer = QMessageBox.question(
            self._parent,
            self.tr("Values kept as drafts"),
            text,
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Close,
        )
        return answer == QMessageBox.StandardButton.Close
