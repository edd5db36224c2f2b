"""The saved versions of one answer: who changed what and when, and restoring an old version.

Everything comes from :mod:`poa_desktop.services.answering.history`; restoring is itself a new
revision, so it can be undone the same way. Times are local and to the second; a revision that
gathers an editing session's saves shows when it began and when it was last saved. What changed
in a text shows word by word, in a list item by item: added words underlined on green, removed
words struck through on red (the lines say it without the colours).
"""

from __future__ import annotations

import html
from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QMessageBox, QWidget

from poa_desktop.domain.content import display_value
from poa_desktop.domain.diff import ADDED, REMOVED, SAME, Kind, Segment, elide
from poa_desktop.domain.errors import AppError
from poa_desktop.domain.fields import ANSWER_FIELDS
from poa_desktop.domain.text import arg, shorten
from poa_desktop.services.answering.history import (
    FieldChange,
    RevisionView,
    answer_history,
    restore_revision,
    time_span,
)
from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.common.icons import status_icon
from poa_desktop.ui.common.terms import term
from poa_desktop.ui.generated.ui_history_dialog import Ui_HistoryDialog

# Changes longer than this (old and new together) are shown as "before" and "after" blocks.
INLINE_LIMIT = 80
NUMBER_ROLE = Qt.ItemDataRole.UserRole
# Unchanged words kept either side of a change in a long text (the rest shows as "…").
CONTEXT_WORDS = 6
# Added words: underlined, on green; removed words: struck through, on red. Dark text on a
# light background reads on light and dark themes alike, and the lines carry the meaning alone.
ADDED_STYLE = "background-color:#d8f3dc; color:#0b4f1c;"
REMOVED_STYLE = "background-color:#fde2e1; color:#8a1c1c;"


def local_moment(moment: datetime) -> datetime:
    """A stored UTC time in the computer's time zone (a naive one is taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone()


def local_span_text(began: datetime, saved: datetime) -> str:
    """When a revision's editing session ran, local, to the second: "2026-11-29 14:03:27",
    "2026-11-29 14:03:27–14:05:10" when it spanned time."""
    return time_span(local_moment(began), local_moment(saved))


def marked_html(kind: Kind, inner: str) -> str:
    """``inner`` (HTML already) marked as added or removed: a line as well as a colour."""
    if kind == ADDED:
        return f'<span style="{ADDED_STYLE}"><u>{inner}</u></span>'
    if kind == REMOVED:
        return f'<span style="{REMOVED_STYLE}"><s>{inner}</s></span>'
    return inner


def _text_html(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def words_html(segments: tuple[Segment, ...], context: int = CONTEXT_WORDS) -> str:
    """A word diff as HTML: user text escaped, long unchanged stretches cut to ``context`` words.

    A line break added or removed shows as a marked "¶"; other white space that changed shows
    as it is now.
    """
    parts: list[str] = []
    before: Segment | None = None
    for kind, text in elide(segments, context):
        if kind == SAME:
            parts.append(_text_html(text))
        elif text.isspace():
            breaks = text.count("\n")
            if breaks:
                parts.append(marked_html(kind, "¶") + ("<br>" * breaks if kind == ADDED else ""))
            elif kind == ADDED:
                parts.append(" ")
        else:
            if (
                kind == ADDED
                and before is not None
                and before.kind == REMOVED
                and not before.text[-1].isspace()
                and not text[0].isspace()
            ):
                parts.append(" ")  # "~~2021~~ 2022", not "~~2021~~2022"
            parts.append(marked_html(kind, _text_html(text)))
        before = Segment(kind, text)
    return "".join(parts)


def items_html(segments: tuple[Segment, ...], separator: str = ", ") -> str:
    """A list's items in order, the added and removed ones marked; user text escaped."""
    return html.escape(separator).join(
        marked_html(kind, html.escape(text)) for kind, text in segments
    )


class HistoryDialog(QDialog):
    """Lists the revisions of one answer, newest first, and restores a chosen one."""

    # The answer's new version number after a restore.
    restored = Signal(int)

    def __init__(
        self,
        ws: Workspace,
        assessment_id: int,
        commitment_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ws = ws
        self._assessment_id = assessment_id
        self._commitment = ws.catalog.get(commitment_id)
        self._history: list[RevisionView] = []
        self.ui = Ui_HistoryDialog()
        self.ui.setupUi(self)  # generated code
        label = self._commitment.label
        self.setWindowTitle(arg(self.tr("History of %1"), label))
        self.setAccessibleName(self.windowTitle())
        first = shorten(self._commitment.first_sentence, 220)
        self.ui.headerLabel.setTextFormat(Qt.TextFormat.RichText)
        self.ui.headerLabel.setText(f"<b>{html.escape(label)}</b> {html.escape(first)}")
        self.ui.headerLabel.setAccessibleName(f"{label} {first}")
        self.ui.emptyLabel.setText(
            self.tr("No saved answer yet.")
            + "\n"
            + self.tr("Each time the answer is saved, a version appears here.")
        )
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 3)
        self.ui.revisionList.currentRowChanged.connect(self._show_selected)
        self.ui.restoreButton.clicked.connect(self._restore)
        close = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        self.reload()

    # public ----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the history again and select the newest revision."""
        self._history = answer_history(self._ws, self._assessment_id, self._commitment.id)
        items = self.ui.revisionList
        items.blockSignals(True)
        items.clear()
        for revision in reversed(self._history):
            item = QListWidgetItem(status_icon(revision.content.status), self._line(revision))
            item.setData(NUMBER_ROLE, revision.number)
            item.setToolTip(self._summary(revision))
            items.addItem(item)
        items.blockSignals(False)
        self._fit_list()
        empty = not self._history
        self.ui.stack.setCurrentWidget(self.ui.emptyPage if empty else self.ui.historyPage)
        if empty:
            self._show_selected(-1)
        else:
            items.setCurrentRow(0)
            self._show_selected(0)
            items.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_list()

    def _fit_list(self) -> None:
        """Widen the list so its lines are not cut, leaving the details at least half."""
        items = self.ui.revisionList
        text = max(
            (items.fontMetrics().horizontalAdvance(line) for line in self.revision_lines()),
            default=0,
        )
        wanted = (
            text
            + items.iconSize().width()
            + items.verticalScrollBar().sizeHint().width()
            + 6 * items.fontMetrics().averageCharWidth()
        )
        total = sum(self.ui.splitter.sizes()) or self.width()
        left = min(max(wanted, total // 3), total // 2)
        self.ui.splitter.setSizes([left, total - left])

    def revision_lines(self) -> list[str]:
        """The list's lines, top (newest) to bottom."""
        items = self.ui.revisionList
        return [items.item(i).text() for i in range(items.count())]

    def select_revision(self, number: int) -> None:
        for row in range(self.ui.revisionList.count()):
            if self.ui.revisionList.item(row).data(NUMBER_ROLE) == number:
                self.ui.revisionList.setCurrentRow(row)
                return
        raise KeyError(number)

    def selected_number(self) -> int | None:
        item = self.ui.revisionList.currentItem()
        return None if item is None else int(item.data(NUMBER_ROLE))

    def change_lines(self, number: int) -> list[str]:
        """What revision ``number`` changed, one "Field: old → new" line per field."""
        revision = next(r for r in self._history if r.number == number)
        return [self._change_line(change) for change in revision.changes]

    def confirm_restore(self, number: int) -> bool:
        """Ask before restoring (tests replace this to avoid a blocking message box)."""
        answer = QMessageBox.question(
            self,
            self.tr("Restore version"),
            arg(
                self.tr(
                    "Make version %1 the current answer to %2?\n\nThe current answer stays in "
                    "the history, so this can be undone."
                ),
                number,
                self._commitment.label,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_error(self, message: str) -> None:
        """Report a refused restore (tests replace this too)."""
        QMessageBox.warning(self, self.tr("Could not restore"), message)

    # internals -------------------------------------------------------------------------------

    def _line(self, revision: RevisionView) -> str:
        return arg(
            self.tr("#%1  %2  %3  %4"),
            revision.number,
            local_span_text(revision.created_at, revision.saved_at),
            revision.who or self.tr("unknown"),
            revision.source,
        )

    def _summary(self, revision: RevisionView) -> str:
        fields = ", ".join(term(change.label) for change in revision.changes)
        return arg(self.tr("Changed: %1"), fields or self.tr("nothing"))

    def _value(self, text: str) -> str:
        return text if text else self.tr("(empty)")

    def _change_line(self, change: FieldChange) -> str:
        return f"{term(change.label)}: {self._value(change.old)} → {self._value(change.new)}"

    def _html_value(self, text: str) -> str:
        if not text:
            empty = self.tr("(empty)")
            return f"<i>{html.escape(empty)}</i>"
        return html.escape(text).replace("\n", "<br>")

    def _diff_html(self, change: FieldChange) -> str:
        """A text's or a list's change, marked word by word or item by item."""
        label = html.escape(term(change.label))
        if change.shape == "items":
            diff = items_html(change.segments, "; " if change.field == "laws" else ", ")
            shown = ", ".join(text for _, text in change.segments)
        else:
            diff = words_html(change.segments)
            shown = "".join(text for _, text in elide(change.segments, CONTEXT_WORDS))
        if len(shown) <= INLINE_LIMIT and "\n" not in shown:
            return f"<p><b>{label}:</b> {diff}</p>"
        return f"<p><b>{label}</b></p><p style='margin-left:12px'>{diff}</p>"

    def _legend_html(self) -> str:
        text = arg(
            html.escape(self.tr("Added text is %1; removed text is %2.")),
            marked_html(ADDED, html.escape(self.tr("underlined on green"))),
            marked_html(REMOVED, html.escape(self.tr("struck through on red"))),
        )
        return f"<p><small>{text}</small></p>"

    @staticmethod
    def _is_diff(change: FieldChange) -> bool:
        return change.shape != "value" and bool(change.segments)

    def _change_html(self, change: FieldChange) -> str:
        if self._is_diff(change):
            return self._diff_html(change)
        label = html.escape(term(change.label))
        old, new = self._html_value(change.old), self._html_value(change.new)
        long = len(change.old) + len(change.new) > INLINE_LIMIT
        if not long and "\n" not in change.old + change.new:
            return f"<p><b>{label}:</b> {old} → {new}</p>"
        before, after = html.escape(self.tr("Before:")), html.escape(self.tr("After:"))
        return (
            f"<p><b>{label}</b></p>"
            f"<p style='margin-left:12px'><i>{before}</i> {old}</p>"
            f"<p style='margin-left:12px'><i>{after}</i> {new}</p>"
        )

    def _details_html(self, revision: RevisionView) -> str:
        newest = revision.number == self._history[-1].number
        title = arg(self.tr("Version %1"), revision.number)
        if newest:
            title = arg(self.tr("%1 (current)"), title)
        meta = arg(
            self.tr("Saved %1 by %2, %3"),
            local_span_text(revision.created_at, revision.saved_at),
            revision.who or self.tr("unknown"),
            revision.source,
        )
        parts = [f"<h3>{html.escape(title)}</h3>", f"<p>{html.escape(meta)}</p>"]
        what_changed = self.tr("What changed")
        parts.append(f"<h4>{html.escape(what_changed)}</h4>")
        if any(self._is_diff(change) for change in revision.changes):
            parts.append(self._legend_html())
        if revision.changes:
            parts.extend(self._change_html(change) for change in revision.changes)
        else:
            nothing = self.tr("Nothing changed.")
            parts.append(f"<p><i>{html.escape(nothing)}</i></p>")
        whole = self.tr("The whole answer in this version")
        parts.append(f"<h4>{html.escape(whole)}</h4>")
        content = revision.content
        for name, label in ((f.key, term(f.label)) for f in ANSWER_FIELDS):
            value = self._html_value(display_value(name, getattr(content, name)))
            parts.append(f"<p><b>{html.escape(label)}:</b> {value}</p>")
        return "\n".join(parts)

    def _show_selected(self, row: int) -> None:
        number = None
        if row >= 0 and self.ui.revisionList.item(row) is not None:
            number = int(self.ui.revisionList.item(row).data(NUMBER_ROLE))
        revision = next((r for r in self._history if r.number == number), None)
        if revision is None:
            self.ui.details.clear()
            self.ui.restoreButton.setEnabled(False)
            return
        self.ui.details.setHtml(self._details_html(revision))
        current = self._history[-1]
        restorable = revision.number != current.number and revision.content != current.content
        self.ui.restoreButton.setEnabled(restorable)
        if revision.number == current.number:
            tip = self.tr("This is the current answer.")
        elif not restorable:
            tip = self.tr("This version is the same as the current answer.")
        else:
            tip = arg(self.tr("Make version %1 the current answer again."), revision.number)
        self.ui.restoreButton.setToolTip(tip)

    def _restore(self) -> None:
        number = self.selected_number()
        if number is None or not self.ui.restoreButton.isEnabled():
            return
        if not self.confirm_restore(number):
            return
        try:
            saved = restore_revision(self._ws, self._assessment_id, self._commitment.id, number)
        except AppError as error:
            self.show_error(str(error))
            return
        self.reload()
        self.restored.emit(saved.version)
