"""The commitment on screen: where it sits, its exact text, who it addresses, what it relates to."""

from __future__ import annotations

import html
from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from poa_desktop.catalog import Catalog, Commitment
from poa_desktop.services.answers import AnswerRecord
from poa_desktop.ui.generated.ui_commitment_view import Ui_CommitmentView
from poa_desktop.ui.icons import status_icon, status_label

PREVIEW_WIDTH = 90


def _one_line(text: str, width: int = PREVIEW_WIDTH) -> str:
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"


class CommitmentView(QWidget):
    """Read-only view of one paragraph; related commitments are links (``navigate`` signal)."""

    navigate = Signal(str)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CommitmentView()
        self.ui.setupUi(self)
        self._catalog = catalog
        self._related_rows: list[QWidget] = []
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.45)
        title_font.setBold(True)
        self.ui.citation.setFont(title_font)
        text_font = QFont(self.font())
        text_font.setPointSizeF(text_font.pointSizeF() * 1.12)
        self.ui.commitmentText.setFont(text_font)
        self.ui.headingPath.setEnabled(True)

    def show_commitment(
        self, commitment: Commitment, related_answers: Mapping[str, AnswerRecord]
    ) -> None:
        """Show ``commitment``; ``related_answers`` gives the current answers of related ids."""
        ui = self.ui
        path = [html.escape(h.display) for h in commitment.headings]
        ui.headingPath.setText(
            "<span style='color: palette(placeholder-text)'>" + " › ".join(path) + "</span>"
        )
        ui.headingPath.setToolTip("\n".join(h.display for h in commitment.headings))
        ui.citation.setText(commitment.label)
        if commitment.assessed:
            ui.notAssessedBanner.hide()
        else:
            kind = (
                self.tr("a declaration")
                if commitment.kind == "declaration"
                else self.tr("a procedural paragraph (a decision of the meeting)")
            )
            ui.notAssessedBanner.setText(
                self.tr(
                    "This paragraph is %1: it is shown for reference and is not assessed."
                ).replace("%1", kind)
            )
            ui.notAssessedBanner.show()
        ui.leadIn.setVisible(bool(commitment.lead_in))
        if commitment.lead_in:
            ui.leadIn.setText(f"<i>{html.escape(commitment.lead_in).replace(chr(10), '<br>')}</i>")
        ui.commitmentText.setText(f"{commitment.number}. {commitment.text}")
        ui.commitmentText.setTextFormat(Qt.TextFormat.PlainText)
        addressees = ", ".join(
            self._term(self._catalog.addressees, a) for a in commitment.addressees
        )
        themes = ", ".join(self._term(self._catalog.themes, t) for t in commitment.themes)
        levels = ", ".join(self._term(self._catalog.levels, lv) for lv in commitment.level)
        ui.metadata.setText(
            f"<b>{self.tr('Addressees')}:</b> {html.escape(addressees)}<br>"
            f"<b>{self.tr('Themes')}:</b> {html.escape(themes)}<br>"
            f"<b>{self.tr('Level')}:</b> {html.escape(levels)}"
        )
        self._show_related(commitment, related_answers)

    @staticmethod
    def _term(terms: tuple[object, ...], term_id: str) -> str:
        for term in terms:
            if getattr(term, "id", None) == term_id:
                return str(getattr(term, "label", term_id))
        return term_id

    def _show_related(self, commitment: Commitment, answers: Mapping[str, AnswerRecord]) -> None:
        layout = self.ui.relatedLayout
        for row in self._related_rows:
            layout.removeWidget(row)
            row.deleteLater()
        self._related_rows = []
        self.ui.relatedBox.setVisible(bool(commitment.related))
        for related_id in commitment.related:
            other = self._catalog.get(related_id)
            record = answers.get(related_id)
            status = record.content.status if record else None
            row = QWidget(self.ui.relatedBox)
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            icon = QLabel(row)
            icon.setPixmap(status_icon(status if other.assessed else "reference").pixmap(16, 16))
            row_layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
            preview = _one_line(record.content.measures_taken) if record else ""
            detail = status_label(status) if other.assessed else self.tr("not assessed")
            if preview:
                detail += f" — {preview}"
            link = QLabel(row)
            link.setWordWrap(True)
            link.setTextFormat(Qt.TextFormat.RichText)
            link.setText(
                f"<a href='{other.id}'>{html.escape(other.label)}</a> "
                f"<span>{html.escape(_one_line(other.text, 70))}</span><br>"
                f"<small>{html.escape(detail)}</small>"
            )
            link.setAccessibleName(self.tr("Go to %1").replace("%1", other.label))
            link.setToolTip(other.text)
            link.linkActivated.connect(self.navigate.emit)
            link.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            link.setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            row_layout.addWidget(link, 1)
            layout.addWidget(row)
            self._related_rows.append(row)

    def related_ids(self) -> list[str]:
        """The related commitment ids on show (for tests and keyboard users)."""
        return [
            str(label.text().split("'")[1])
            for row in self._related_rows
            for label in row.findChildren(QLabel)
            if label.text().startswith("<a href=")
        ]
