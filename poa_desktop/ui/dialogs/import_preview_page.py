"""The import dialog's last page: what an :class:`ImportPreview` would change, shown to be checked.

It fills the summary, the changes table (old → new values of each row in its tooltip), the cells
and rows that cannot be read, the offer to add the agencies the profile lacks, and what the reader
understood. It reads nothing and decides nothing: the dialog owns the preview and its buttons.

The texts stay in the ``ImportDialog`` translation context, where they were written first.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from poa_desktop.domain.content import AnswerContent, display_value
from poa_desktop.domain.fields import field_label
from poa_desktop.domain.text import arg, shorten
from poa_desktop.services.reporting.imports import ImportPreview
from poa_desktop.ui.common.icons import status_label
from poa_desktop.ui.common.terms import term
from poa_desktop.ui.generated.ui_import_dialog import Ui_ImportDialog

ACTIONS: dict[str, str] = {
    "new": str(QT_TRANSLATE_NOOP("ImportDialog", "new answer")),
    "update": str(QT_TRANSLATE_NOOP("ImportDialog", "changed")),
    "unchanged": str(QT_TRANSLATE_NOOP("ImportDialog", "unchanged")),
    "kept": str(QT_TRANSLATE_NOOP("ImportDialog", "kept")),
}


def _value(content: AnswerContent, field: str) -> str:
    """A field's value on one line for a tooltip, "(empty)" when there is none."""
    shown = shorten(display_value(field, getattr(content, field)), 80)
    return shown or QCoreApplication.translate("ImportDialog", "(empty)")


def summary_text(preview: ImportPreview) -> str:
    """The counts of the preview in one paragraph, after the file and its sheets."""
    counts = preview.counts()
    summary = arg(
        QCoreApplication.translate(
            "ImportDialog",
            "%1 new answers, %2 changed, %3 unchanged, %4 kept, %5 report field values.",
        ),
        counts["new"],
        counts["update"],
        counts["unchanged"],
        counts["kept"],
        counts["fields"],
    )
    if preview.policy == "replace" and counts["overwritten"]:
        summary += " " + arg(
            QCoreApplication.translate(
                "ImportDialog", "Replacing overwrites %1 filled fields (see Fields changed)."
            ),
            counts["overwritten"],
        )
    if counts["left"]:
        summary += " " + arg(
            QCoreApplication.translate(
                "ImportDialog",
                "%1 filled fields differ from the file and are left as they are; choose "
                "Replace (Back) to take the file's values.",
            ),
            counts["left"],
        )
    if preview.problems:
        summary += " " + arg(
            QCoreApplication.translate("ImportDialog", "Cannot be read: %1 cell(s), %2 row(s)."),
            counts["cells_skipped"],
            counts["rows_skipped"],
        )
    return (
        arg(
            QCoreApplication.translate("ImportDialog", "%1, sheets %2."),
            preview.source.name,
            preview.sheet,
        )
        + " "
        + summary
    )


def fill_changes(table: QTableWidget, preview: ImportPreview) -> None:
    """One row per answer the import reads: where, which, what happens, the fields changed."""
    table.setRowCount(len(preview.changes))
    for row, change in enumerate(preview.changes):
        before = status_label(change.old.status)
        after = status_label(change.new.status)
        changed = ", ".join(
            term(field_label(f)) + (" ⚠" if f in change.overwritten else "") for f in change.changed
        )
        cells = (
            f"{change.sheet} {change.row}",
            change.label,
            QCoreApplication.translate("ImportDialog", ACTIONS[change.action]),
            f"{before} → {after}" if before != after else after,
            changed,
        )
        details = "\n".join(
            f"{term(field_label(f))}: {_value(change.old, f)} → {_value(change.new, f)}"
            for f in change.changed
        )
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(details)  # old → new values of every changed field
            table.setItem(row, column, item)


def show_preview(ui: Ui_ImportDialog, preview: ImportPreview) -> None:
    """Fill the preview page from ``preview``; the skip box is unticked (its signal fires)."""
    ui.summaryLabel.setText(summary_text(preview))
    fill_changes(ui.changesTable, preview)
    ui.problemsList.clear()
    ui.problemsList.addItems(
        [
            (
                QCoreApplication.translate("ImportDialog", "Cell skipped: ")
                if p.skips == "cell"
                else QCoreApplication.translate("ImportDialog", "Row skipped: ")
            )
            + str(p)
            for p in preview.problems
        ]
    )
    has_problems = bool(preview.problems)
    for widget in (ui.problemsLabel, ui.problemsList, ui.skipCheck):
        widget.setVisible(has_problems)
    ui.skipCheck.setChecked(False)
    new = preview.new_agencies
    ui.agenciesCheck.setVisible(bool(new))
    ui.agenciesCheck.blockSignals(True)
    ui.agenciesCheck.setChecked(preview.add_agencies)
    ui.agenciesCheck.blockSignals(False)
    ui.agenciesCheck.setText(
        arg(
            QCoreApplication.translate(
                "ImportDialog", "Add to the State profile the agencies it does not have (%1): %2"
            ),
            len(new),
            "; ".join(a.name for a in new),
        )
    )
    ui.agenciesCheck.setToolTip("\n".join(f"{a.name}: {', '.join(a.rows)}" for a in new))
    notes = [
        QCoreApplication.translate("ImportDialog", "Understood: ") + str(r)
        for r in preview.readings
    ]
    notes += list(preview.notes)
    ui.notesList.clear()
    ui.notesList.addItems(notes)
    for widget in (ui.notesLabel, ui.notesList):
        widget.setVisible(bool(notes))
