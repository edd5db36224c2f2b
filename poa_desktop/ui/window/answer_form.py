"""The editor for one answer: status, measures taken, laws, agencies, assistance, target, fields.

Laid out by ``forms/answer_form.ui`` (used by composition); the parts that depend on data
(assistance kinds from the catalog, the profile's agencies, the commitment's report fields) are
built in code.
The form holds no business rule: it turns controls into an :class:`AnswerContent` and raw report
field text, and shows the problems the services and :func:`parse_value` find. It never saves; the
caller listens to ``edited`` and saves.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QLabel,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QWidget,
)

from poa_desktop.domain.catalog import Catalog, Commitment
from poa_desktop.domain.content import AnswerContent
from poa_desktop.domain.status import Status
from poa_desktop.domain.text import arg
from poa_desktop.services.errors import Problem
from poa_desktop.ui.common.icons import status_icon
from poa_desktop.ui.common.scroll_focus import reveal_focus_within
from poa_desktop.ui.common.terms import term as translate_term
from poa_desktop.ui.common.text_direction import follow_direction
from poa_desktop.ui.generated.ui_answer_form import Ui_AnswerForm
from poa_desktop.ui.window.report_fields_form import show_messages, style_hint

FieldInput = int | bool | str | None
_NAME_ROLE = Qt.ItemDataRole.UserRole
_MAX_LIST_ROWS = 10


class _GrowingText:
    """Keeps a plain-text edit between ``low`` and ``high`` lines tall, following its text."""

    def __init__(self, edit: QPlainTextEdit, low: int, high: int) -> None:
        self.edit, self.low, self.high = edit, low, high
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        edit.document().documentLayout().documentSizeChanged.connect(self.fit)
        self.fit()

    def fit(self) -> None:
        lines = int(self.edit.document().documentLayout().documentSize().height())
        shown = min(max(lines, self.low), self.high)
        margins = self.edit.contentsMargins()
        document_margin = 2 * self.edit.document().documentMargin()
        height = shown * self.edit.fontMetrics().lineSpacing() + document_margin
        self.edit.setFixedHeight(int(height) + margins.top() + margins.bottom() + 2)


class AnswerForm(QWidget):
    """One answer. ``edited`` fires on every change a person makes, report fields included;
    ``fields_edited`` fires as well when the change was to a report field, so a caller can save
    the answer and the field values separately."""

    edited = Signal()
    fields_edited = Signal()

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._loading = False
        self._read_only = False
        self.ui = Ui_AnswerForm()
        self.ui.setupUi(self)
        ui = self.ui
        self._status_buttons: dict[Status | None, QRadioButton] = {
            Status.IMPLEMENTED: ui.implementedRadio,
            Status.DEVELOPING: ui.developingRadio,
            Status.NOT_IMPLEMENTED: ui.notImplementedRadio,
            Status.NOT_APPLICABLE: ui.notApplicableRadio,
            None: ui.notAssessedRadio,
        }
        self._texts: dict[str, QPlainTextEdit] = {
            "measures_taken": ui.measuresTakenEdit,
            "challenges": ui.challengesEdit,
            "assistance_description": ui.assistanceDescriptionEdit,
            "assistance_offered": ui.assistanceOfferedEdit,
            "national_target": ui.nationalTargetEdit,
        }
        for edit in self._texts.values():
            follow_direction(edit)  # Arabic typed in the Arabic window starts on the right
        self._kinds: dict[str, QCheckBox] = {}
        self._problems: dict[str, tuple[QLabel, QWidget]] = {
            "status": (ui.statusProblem, ui.statusGroup),
            "measures_taken": (ui.measuresTakenProblem, ui.measuresTakenEdit),
            "laws": (ui.lawsProblem, ui.lawsTable),
            "agencies": (ui.agenciesProblem, ui.agenciesList),
            "challenges": (ui.challengesProblem, ui.challengesEdit),
            "assistance_needed": (ui.assistanceNeededProblem, ui.assistanceNeededCheck),
            "assistance_kinds": (ui.assistanceKindsProblem, ui.assistanceKindsLabel),
            "assistance_description": (
                ui.assistanceDescriptionProblem,
                ui.assistanceDescriptionEdit,
            ),
            "assistance_offered": (ui.assistanceOfferedProblem, ui.assistanceOfferedEdit),
            "national_target": (ui.nationalTargetProblem, ui.nationalTargetEdit),
            "target_date": (ui.targetDateProblem, ui.targetDateEdit),
        }
        self.notice_label = self._notice_banner()
        reveal_focus_within(self)  # Alt+letter to a field below the fold scrolls it into view
        """Why the answer cannot change (a submitted or cleared assessment), above the form."""
        self._build()
        self._connect()
        self.ui.reportFieldsSection.setVisible(False)
        self._set_tab_order()

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        ui = self.ui
        template = {
            Status.IMPLEMENTED: self.tr("Yes"),
            Status.DEVELOPING: translate_term("Developing"),
            Status.NOT_IMPLEMENTED: self.tr("No"),
            Status.NOT_APPLICABLE: translate_term("Not applicable"),
        }
        for status, button in self._status_buttons.items():
            button.setIcon(status_icon(status))
            button.setAccessibleName(arg(self.tr("Status: %1"), button.text().replace("&", "")))
            if status is not None:  # UNODA's template asks Yes / No / Developing / N/A
                button.setToolTip(
                    arg(self.tr("In UNODA's reporting template: %1"), template[status])
                )
        self._growers = [
            _GrowingText(ui.measuresTakenEdit, 6, 20),
            _GrowingText(ui.challengesEdit, 3, 12),
            _GrowingText(ui.assistanceDescriptionEdit, 3, 12),
            _GrowingText(ui.assistanceOfferedEdit, 3, 12),
            _GrowingText(ui.nationalTargetEdit, 2, 8),
        ]
        spacer_at = ui.assistanceKindsLayout.count() - 1  # before the trailing spacer
        for term in self._catalog.assistance_kinds:
            box = QCheckBox(translate_term(term.label), ui.assistanceDetails)
            box.setObjectName(f"assistanceKind_{term.id}")
            box.setAccessibleName(arg(self.tr("Assistance kind: %1"), box.text()))
            ui.assistanceKindsLayout.insertWidget(spacer_at, box)
            spacer_at += 1
            self._kinds[term.id] = box
        style_hint(ui.agenciesHint)
        style_hint(ui.reportFieldsIntro)
        ui.agenciesList.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        ui.agenciesList.setSpacing(1)

    def _connect(self) -> None:
        ui = self.ui
        for button in self._status_buttons.values():
            button.toggled.connect(self._on_status_toggled)
        for edit in self._texts.values():
            edit.textChanged.connect(self._changed)
        ui.lawsTable.edited.connect(self._changed)
        ui.lawsTable.itemSelectionChanged.connect(self._update_enabled)
        ui.addLawButton.clicked.connect(ui.lawsTable.add_row)
        ui.removeLawButton.clicked.connect(ui.lawsTable.remove_selected)
        ui.agenciesList.itemChanged.connect(self._changed)
        ui.assistanceNeededCheck.toggled.connect(self._update_enabled)
        ui.assistanceNeededCheck.toggled.connect(self._changed)
        for box in self._kinds.values():
            box.toggled.connect(self._changed)
        ui.targetDateCheck.toggled.connect(self._update_enabled)
        ui.targetDateCheck.toggled.connect(self._changed)
        ui.targetDateEdit.dateChanged.connect(self._changed)
        ui.reportFieldsPanel.edited.connect(self._fields_changed)

    def _set_tab_order(self) -> None:
        """Top to bottom, including the controls built in code (appended last by Qt)."""
        ui = self.ui
        chain: list[QWidget] = [
            *self._status_buttons.values(),
            ui.measuresTakenEdit,
            ui.lawsTable,
            ui.addLawButton,
            ui.removeLawButton,
            ui.agenciesList,
            ui.challengesEdit,
            ui.assistanceNeededCheck,
            *self._kinds.values(),
            ui.assistanceDescriptionEdit,
            ui.assistanceOfferedEdit,
            ui.nationalTargetEdit,
            ui.targetDateCheck,
            ui.targetDateEdit,
            *ui.reportFieldsPanel.editors(),
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def add_part(self, widget: QWidget) -> None:
        """Place ``widget`` below the fields (the evidence files), above the closing stretch."""
        layout = self.ui.answerFormLayout
        layout.insertWidget(layout.count() - 1, widget)

    def _notice_banner(self) -> QLabel:
        label = QLabel(self)
        label.setObjectName("noticeLabel")
        label.setTextFormat(Qt.TextFormat.PlainText)  # names typed by people
        label.setWordWrap(True)
        label.setFrameShape(QFrame.Shape.StyledPanel)
        label.setMargin(8)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        label.setAutoFillBackground(True)
        label.hide()
        self.ui.answerFormLayout.insertWidget(0, label)
        return label

    # -- loading -------------------------------------------------------------------------------

    def load(
        self,
        commitment: Commitment,
        content: AnswerContent,
        agencies: Sequence[str],
        field_values: Mapping[str, FieldInput],
        *,
        read_only: bool = False,
        notice: str = "",
    ) -> None:
        """Show one answer and the commitment's report fields; emits no ``edited``.

        ``notice`` is shown above the form (why a read-only answer cannot change)."""
        groups = self._catalog.field_groups_for(commitment.id)
        self._loading = True
        try:
            self.clear_problems()
            self._fill(content, agencies)
            self.ui.reportFieldsPanel.set_groups(groups, field_values)
            self.ui.reportFieldsSection.setVisible(bool(groups))
        finally:
            self._loading = False
        self._set_tab_order()
        self.set_read_only(read_only)
        self.set_notice(notice)

    def set_notice(self, text: str) -> None:
        """Show ``text`` in the banner above the form; empty hides it."""
        self.notice_label.setText(text)
        self.notice_label.setAccessibleName(text)
        self.notice_label.setVisible(bool(text))

    def _fill(self, content: AnswerContent, agencies: Sequence[str]) -> None:
        ui = self.ui
        self._status_buttons.get(content.status, ui.notAssessedRadio).setChecked(True)
        for name, edit in self._texts.items():
            edit.setPlainText(getattr(content, name))
        ui.lawsTable.set_laws(content.laws)
        self._fill_agencies(agencies, content.agencies)
        ui.assistanceNeededCheck.setChecked(content.assistance_needed)
        for kind, box in self._kinds.items():
            box.setChecked(kind in content.assistance_kinds)
        ui.targetDateCheck.setChecked(content.target_date is not None)
        target = content.target_date
        ui.targetDateEdit.setDate(
            QDate(target.year, target.month, target.day) if target else QDate.currentDate()
        )

    def _fill_agencies(self, profile: Sequence[str], chosen: Sequence[str]) -> None:
        """The profile's agencies in profile order; a chosen name the profile lacks is kept,
        marked, so saving reports it rather than silently dropping it."""
        ui = self.ui
        ui.agenciesList.clear()
        wanted = {name.casefold() for name in chosen}
        known = {name.casefold() for name in profile}
        extra = [name for name in chosen if name.casefold() not in known]
        for name in profile:
            self._add_agency(name, name, name.casefold() in wanted)
        for name in extra:
            self._add_agency(arg(self.tr("%1 (not in the State profile)"), name), name, True)
        rows = ui.agenciesList.count()
        ui.agenciesList.setVisible(rows > 0)
        ui.agenciesHint.setVisible(not profile)
        if rows:
            shown = min(rows, _MAX_LIST_ROWS)
            row_height = ui.agenciesList.sizeHintForRow(0) + 2 * ui.agenciesList.spacing()
            height = row_height * shown + 2 * ui.agenciesList.frameWidth()
            ui.agenciesList.setFixedHeight(height)

    def _add_agency(self, text: str, name: str, checked: bool) -> None:
        item = QListWidgetItem(text, self.ui.agenciesList)
        item.setData(_NAME_ROLE, name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    # -- reading -------------------------------------------------------------------------------

    def content(self) -> AnswerContent:
        """The answer as shown. Kinds and description count only while assistance is ticked:
        unticking keeps them on screen (ticking again brings them back) but out of the answer."""
        ui = self.ui
        status = next((s for s, b in self._status_buttons.items() if b.isChecked()), None)
        needed = ui.assistanceNeededCheck.isChecked()
        agencies = []
        for row in range(ui.agenciesList.count()):
            item = ui.agenciesList.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                agencies.append(str(item.data(_NAME_ROLE)))
        target = ui.targetDateEdit.date().toPython() if ui.targetDateCheck.isChecked() else None
        kinds = tuple(k for k, box in self._kinds.items() if needed and box.isChecked())
        text = {name: edit.toPlainText() for name, edit in self._texts.items()}
        return AnswerContent(
            status=status,
            measures_taken=text["measures_taken"],
            laws=ui.lawsTable.laws(),
            agencies=tuple(agencies),
            challenges=text["challenges"],
            assistance_needed=needed,
            assistance_kinds=kinds,
            assistance_description=text["assistance_description"] if needed else "",
            assistance_offered=text["assistance_offered"],
            national_target=text["national_target"],
            target_date=target if isinstance(target, date) else None,
        )

    def commit_open_edits(self) -> None:
        """Whatever is being typed in a table cell counts now (see LawsTable.commit_open_edit)."""
        self.ui.lawsTable.commit_open_edit()

    def field_inputs(self) -> dict[str, FieldInput]:
        """Raw report field values as typed (text), or True/False/None for yes/no fields."""
        return self.ui.reportFieldsPanel.inputs()

    # -- problems ------------------------------------------------------------------------------

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """Each message under the control it names; replaces problems shown before."""
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            by_field.setdefault(problem.field, []).append(problem.message)
        report_ids = set(self.ui.reportFieldsPanel.field_ids())
        general = [
            message
            for name, messages in by_field.items()
            if name not in self._problems and name not in report_ids
            for message in messages
        ]
        for name, (label, control) in self._problems.items():
            messages = by_field.get(name, [])
            show_messages(label, messages)
            control.setAccessibleDescription(" ".join(messages))
        show_messages(self.ui.generalProblem, general)
        self.ui.reportFieldsPanel.show_problems(
            {name: messages for name, messages in by_field.items() if name in report_ids}
        )

    def clear_problems(self) -> None:
        """Remove the caller's problems (a report value that does not parse keeps its own)."""
        self.show_problems(())

    def problem_label(self, field: str) -> QLabel:
        """Where problems of an answer field or report field id appear (tests, scrolling)."""
        if field in self._problems:
            return self._problems[field][0]
        return self.ui.reportFieldsPanel.problem_label(field)

    # -- state ---------------------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        """Everything stays readable; nothing can be changed (a submitted or cleared assessment)."""
        self._read_only = read_only
        ui = self.ui
        for button in self._status_buttons.values():
            button.setEnabled(not read_only)
        for edit in self._texts.values():
            edit.setReadOnly(read_only)
        ui.lawsTable.set_read_only(read_only)
        ui.addLawButton.setEnabled(not read_only)
        ui.agenciesList.setEnabled(not read_only)
        ui.assistanceNeededCheck.setEnabled(not read_only)
        ui.targetDateCheck.setEnabled(not read_only)
        ui.targetDateEdit.setReadOnly(read_only)
        ui.reportFieldsPanel.set_read_only(read_only)
        self._update_enabled()

    def is_read_only(self) -> bool:
        return self._read_only

    def _update_enabled(self) -> None:
        ui = self.ui
        writable = not self._read_only
        needed = ui.assistanceNeededCheck.isChecked()
        for box in self._kinds.values():
            box.setEnabled(writable and needed)
        ui.assistanceKindsLabel.setEnabled(needed)
        ui.assistanceDescriptionLabel.setEnabled(needed)
        ui.assistanceDescriptionEdit.setEnabled(needed)
        ui.assistanceDescriptionEdit.setReadOnly(self._read_only)
        ui.targetDateEdit.setEnabled(ui.targetDateCheck.isChecked())
        ui.removeLawButton.setEnabled(writable and ui.lawsTable.rowCount() > 0)

    # -- change notification -------------------------------------------------------------------

    def _on_status_toggled(self, checked: bool) -> None:
        if checked:
            self._changed()

    def _changed(self) -> None:
        if not self._loading:
            self._update_enabled()
            self.edited.emit()

    def _fields_changed(self) -> None:
        if not self._loading:
            self.fields_edited.emit()
            self.edited.emit()
