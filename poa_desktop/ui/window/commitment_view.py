"""The commitment on screen: where it sits, its exact text, who it addresses, what it relates to."""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from poa_desktop.catalog import Catalog, Commitment
from poa_desktop.domain.records import AnswerRecord
from poa_desktop.domain.status import Status
from poa_desktop.domain.text import arg, shorten
from poa_desktop.services.sources import has_source_text
from poa_desktop.ui.common.icons import COLOURS, status_label
from poa_desktop.ui.common.terms import term as translate_term
from poa_desktop.ui.common.tooltips import tooltip_html
from poa_desktop.ui.generated.ui_commitment_view import Ui_CommitmentView

PREVIEW_WIDTH = 90
SYMBOLS: dict[str | None, str] = {
    # Same shapes as the icons: the symbol alone tells the status without colour.
    Status.IMPLEMENTED: "✔",
    Status.DEVELOPING: "◐",
    Status.NOT_IMPLEMENTED: "✖",
    Status.NOT_APPLICABLE: "◇",
    None: "○",
    "reference": "¶",
}
HEADING_WIDTH = 60


class CommitmentView(QWidget):
    """Read-only view of one paragraph; related commitments are links (``navigate`` signal)."""

    navigate = Signal(str)
    read_source = Signal(str)  # commitment id: show it in the bundled source text

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_CommitmentView()
        ui.setupUi(self)
        self._catalog = catalog
        self._related: list[str] = []
        self._current_id: str | None = None
        ui.sourceButton.clicked.connect(self._on_source)
        link = ui.sourceButton.palette()
        link.setColor(QPalette.ColorRole.ButtonText, link.color(QPalette.ColorRole.Link))
        ui.sourceButton.setPalette(link)
        ui.sourceButton.setCursor(Qt.CursorShape.PointingHandCursor)
        self._related_label = QLabel(self.ui.relatedBox)
        self._related_label.setWordWrap(True)
        self._related_label.setTextFormat(Qt.TextFormat.RichText)
        self._related_label.setAccessibleName(self.tr("Related commitments"))
        self._related_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self._related_label.linkActivated.connect(self.navigate.emit)
        self.ui.relatedLayout.addWidget(self._related_label)
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.45)
        title_font.setBold(True)
        self.ui.citation.setFont(title_font)
        text_font = QFont(self.font())
        text_font.setPointSizeF(text_font.pointSizeF() * 1.12)
        self.ui.commitmentText.setFont(text_font)
        # Plain text everywhere but the links: rich-text layout is what made moving slow.
        for label in (ui.headingPath, ui.leadIn, ui.commitmentText, ui.metadata, ui.citation):
            label.setTextFormat(Qt.TextFormat.PlainText)
        muted = ui.headingPath.palette()
        muted.setColor(
            QPalette.ColorRole.WindowText, muted.color(QPalette.ColorRole.PlaceholderText)
        )
        ui.headingPath.setPalette(muted)
        italic = QFont(self.font())
        italic.setItalic(True)
        ui.leadIn.setFont(italic)
        self.expired_banner = self._expired_banner()
        """The catalog's note on a paragraph whose deadline has passed or that was superseded."""
        self.explain_section: Callable[[Commitment], str] | None = None
        """What the commitment's section code means ("BMS8 A: section A of…"), for the heading
        path's tooltip; the window sets it (issue 19: the codes were never explained)."""

    def _expired_banner(self) -> QLabel:
        label = QLabel(self)
        label.setObjectName("expiredBanner")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setFrameShape(QFrame.Shape.StyledPanel)
        label.setMargin(6)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.hide()
        layout = self.ui.layout
        layout.insertWidget(layout.indexOf(self.ui.notAssessedBanner) + 1, label)
        return label

    def show_commitment(
        self, commitment: Commitment, related_answers: Mapping[str, AnswerRecord]
    ) -> None:
        """Show ``commitment``; ``related_answers`` gives the current answers of related ids."""
        ui = self.ui
        self._current_id = commitment.id
        # Each heading shortened to one readable piece; the full path is in the tooltip.
        path = [shorten(h.display, HEADING_WIDTH) for h in commitment.headings]
        ui.headingPath.setText(" › ".join(path))
        explained = self.explain_section(commitment) if self.explain_section else ""
        ui.headingPath.setToolTip(
            tooltip_html(*(h.display for h in commitment.headings), explained)
        )
        ui.citation.setText(commitment.label)
        ui.sourceButton.setVisible(
            has_source_text(self._catalog.document(commitment.document_id))
        )  # a document added without its text has no "Read in the source text"
        if commitment.assessed:
            ui.notAssessedBanner.hide()
        else:
            kind = (
                self.tr("a declaration")
                if commitment.kind == "declaration"
                else self.tr("a procedural paragraph (a decision of the meeting)")
            )
            ui.notAssessedBanner.setText(
                arg(
                    self.tr("This paragraph is %1: it is shown for reference and is not assessed."),
                    kind,
                )
            )
            ui.notAssessedBanner.show()
        expired = commitment.expired
        if expired is not None:
            text = arg(self.tr("No longer current: %1"), expired.note)
            self.expired_banner.setText(text)
            self.expired_banner.setAccessibleName(text)
        self.expired_banner.setVisible(expired is not None)
        ui.leadIn.setVisible(bool(commitment.lead_in))
        if commitment.lead_in:
            ui.leadIn.setText(commitment.lead_in)
        ui.commitmentText.setText(f"{commitment.number}. {commitment.text}")
        addressees = ", ".join(
            self._term(self._catalog.addressees, a) for a in commitment.addressees
        )
        themes = ", ".join(self._term(self._catalog.themes, t) for t in commitment.themes)
        levels = ", ".join(self._term(self._catalog.levels, lv) for lv in commitment.level)
        ui.metadata.setText(
            arg(self.tr("Addressees: %1"), addressees)
            + "\n"
            + arg(self.tr("Themes: %1"), themes)
            + "\n"
            + arg(self.tr("Level: %1"), levels)
        )
        self._show_related(commitment, related_answers)

    @staticmethod
    def _term(terms: tuple[object, ...], term_id: str) -> str:
        for term in terms:
            if getattr(term, "id", None) == term_id:
                return translate_term(str(getattr(term, "label", term_id)))
        return term_id

    def _show_related(self, commitment: Commitment, answers: Mapping[str, AnswerRecord]) -> None:
        """One rich-text label for all related rows: one layout pass, however many links."""
        self.ui.relatedBox.setVisible(bool(commitment.related))
        self._related = list(commitment.related)
        rows = []
        for related_id in commitment.related:
            other = self._catalog.get(related_id)
            record = answers.get(related_id)
            status = record.content.status if record else None
            key = status if other.assessed else "reference"
            symbol = SYMBOLS.get(key, SYMBOLS[None])
            colour = COLOURS.get(status, COLOURS[None])
            detail = status_label(status) if other.assessed else self.tr("not assessed")
            preview = shorten(record.content.measures_taken, PREVIEW_WIDTH) if record else ""
            if preview:
                detail += f" — {preview}"
            rows.append(
                f"<span style='color:{colour}'>{symbol}</span> "
                f"<a href='{other.id}'>{html.escape(other.label)}</a> "
                f"{html.escape(shorten(other.text, 70))}<br>"
                f"<small>&nbsp;&nbsp;&nbsp;&nbsp;{html.escape(detail)}</small>"
            )
        # Plain paragraphs, not a <table>: Qt's rich-text table layout is slow to relayout.
        self._related_label.setText("<br>".join(rows))

    def related_ids(self) -> list[str]:
        """The related commitment ids on show (for tests and keyboard users)."""
        return list(self._related)

    def _on_source(self) -> None:
        if self._current_id is not None:
            self.read_source.emit(self._current_id)
