"""The welcome dialog: sets up the State profile and starts the first assessment.

The same dialog, cut down to its profile pages or to its assessment page, edits the profile and
starts a new assessment (File → New assessment…). Validation, saving and creating the assessment are
the services' (:mod:`poa_desktop.services.assessments.setup`); this module only shows their answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QEvent, QLocale, QObject, QStringListModel, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QTableWidgetItem,
    QWidget,
)

from poa_desktop.domain.errors import AppError
from poa_desktop.domain.text import arg
from poa_desktop.services.assessments.assessments import AssessmentInfo, list_assessments
from poa_desktop.services.assessments.profiles import (
    find_state,
    search_states,
    state_choice,
)
from poa_desktop.services.assessments.setup import (
    AgencyInput,
    ProfileInput,
    profile_input,
    save_profile,
    start_assessment,
    validate_cycle,
    validate_profile,
)
from poa_desktop.services.assessments.states import un_states
from poa_desktop.services.errors import InvalidInputError, Problem
from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.dialogs.document_choice import add_document_choice, chosen_documents
from poa_desktop.ui.dialogs.page_tabs import add_page_tabs
from poa_desktop.ui.generated.ui_welcome_dialog import Ui_WelcomeDialog

SUGGESTED_CYCLE = "BMS10 2028"
"""The next reporting cycle after the catalog's latest meeting (BMS9, 2026)."""

AGENCY_COLUMNS = ("name", "short_name", "contact_person", "email", "phone")
PREVIOUS_NAME_ROLE = Qt.ItemDataRole.UserRole
ERROR_STYLE = "color: #b3261e;"


FIELDS = {
    "state": ("stateError", "stateCombo", "statePage"),
    "iso_code": ("isoError", "isoEdit", "statePage"),
    "focal_point_name": ("focalNameError", "focalNameEdit", "focalPointPage"),
    "focal_point_email": ("focalEmailError", "focalEmailEdit", "focalPointPage"),
    "agencies": ("agenciesError", "agenciesTable", "agenciesPage"),
    "cycle": ("cycleError", "cycleEdit", "assessmentPage"),
    "from_cycle": ("cycleError", "carryCombo", "assessmentPage"),
}
"""Where each :class:`Problem` field of the services is shown: message label, widget, page."""


class _Place(NamedTuple):
    label: QLabel
    widget: QWidget | None
    page: QWidget | None


class WelcomeDialog(QDialog):
    """A few pages, one step each: welcome, State, focal point, agencies, assessment."""

    def __init__(
        self,
        ws: Workspace,
        parent: QWidget | None = None,
        *,
        profile_only: bool = False,
        assessment_only: bool = False,
    ) -> None:
        super().__init__(parent)
        if profile_only and assessment_only:
            raise ValueError("profile_only and assessment_only exclude each other")
        self.ws = ws
        self.created_assessment: AssessmentInfo | None = None
        self.ui = Ui_WelcomeDialog()
        self.ui.setupUi(self)
        ui = self.ui
        profile = profile_input(ws)
        # Without a State there is nothing to assess: a new assessment needs the whole set-up.
        self._assessment_only = assessment_only and profile is not None
        self._profile_only = profile_only
        # Each page and the field that takes the focus when it opens.
        self._first_fields: dict[QWidget, QWidget | None] = {
            ui.welcomePage: None,
            ui.statePage: ui.stateCombo,
            ui.focalPointPage: ui.focalNameEdit,
            ui.agenciesPage: ui.addAgencyButton,
            ui.assessmentPage: ui.cycleEdit,
        }
        profile_pages = (ui.statePage, ui.focalPointPage, ui.agenciesPage)
        if self._assessment_only:
            wanted: Sequence[QWidget] = (ui.assessmentPage,)
        else:
            wanted = profile_pages if profile_only else tuple(self._first_fields)
        for page in self._first_fields:
            if page not in wanted:
                ui.pages.removeWidget(page)
                page.hide()
        self._has_profile_pages = ui.statePage in wanted
        self._has_assessment_page = ui.assessmentPage in wanted
        self._error_labels = {self._place(field).label for field in (*FIELDS, "")}
        for label in self._error_labels:
            label.setStyleSheet(ERROR_STYLE)
        self._align_messages()
        self._iso_filled = False
        self._setup_state_page()
        self._setup_agencies_page()
        self._setup_assessment_page(profile)
        if profile is not None:
            self._show_profile(profile)
        self._setup_titles()
        self.tabs = (  # editing the profile: any page in one click, Save on each (issue 19)
            add_page_tabs(ui.pages, self._tab_titles(), ui.dialogLayout, self)
            if profile_only
            else None
        )
        ui.backButton.clicked.connect(self.go_back)
        ui.nextButton.clicked.connect(self.go_next)
        ui.finishButton.clicked.connect(self.finish)
        ui.cancelButton.clicked.connect(self.reject)
        self._show_page(0)
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """Fit small screens and 200 % scaling; a single page needs little height."""
        width, height = self.width(), self.height()
        if self.ui.pages.count() == 1:
            height = max(self.sizeHint().height(), 300)
        available = self.screen().availableGeometry()
        self.resize(min(width, available.width() - 32), min(height, available.height() - 48))

    # --- set-up ---------------------------------------------------------------------------------
    def _align_messages(self) -> None:
        """Indent each form's messages so they start under the fields they are about."""
        for form in (self.ui.stateForm, self.ui.focalForm, self.ui.assessmentForm):
            gap = form.horizontalSpacing()
            if gap < 0:
                gap = self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
            role = QFormLayout.ItemRole.LabelRole
            items = [form.itemAt(row, role) for row in range(form.rowCount())]
            labels = [item.widget() for item in items if item is not None]
            widths = [label.sizeHint().width() for label in labels if label is not None]
            for label in self._error_labels:
                if form.indexOf(label) >= 0:
                    label.setIndent(max(widths) + max(gap, 0))

    def _setup_titles(self) -> None:
        ui = self.ui
        if self._assessment_only:
            self.setWindowTitle(self.tr("New assessment"))
            ui.assessmentHeading.setText(self.tr("New assessment"))
            ui.finishButton.setText(self.tr("C&reate assessment"))
        elif self._profile_only:
            self.setWindowTitle(self.tr("State profile"))
            ui.finishButton.setText(self.tr("Sa&ve"))

    def _tab_titles(self) -> list[str]:
        return [self.tr("State"), self.tr("Focal point"), self.tr("Agencies")]

    def _setup_state_page(self) -> None:
        combo = self.ui.stateCombo
        # Each State in the window's language and the UN's (English) name: "Allemagne — Germany"
        # finds Germany whether the person types "allemagne", "Germany" or "germ".
        language = QLocale().name().split("_")[0]
        combo.addItems(sorted((state_choice(e, language) for e in un_states()), key=str.casefold))
        combo.setCurrentIndex(-1)
        line_edit = combo.lineEdit()
        assert line_edit is not None  # the combo box is editable (forms/welcome_dialog.ui)
        line_edit.setPlaceholderText(self.tr("Type to search, e.g. Kenya"))
        # The service searches every language's name without case or accents ("cote",
        # "Германия"); the popup shows what it finds, as Qt's own filter could not.
        matches = QStringListModel(combo)
        completer = QCompleter(matches, combo)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        combo.setCompleter(completer)

        def search(text: str) -> None:
            matches.setStringList([state_choice(e, language) for e in search_states(text)])
            if text.strip():
                completer.complete()

        line_edit.textEdited.connect(search)
        self.state_matches = matches
        self.ui.isoEdit.setFixedWidth(self.fontMetrics().horizontalAdvance("WWWW") + 16)
        combo.currentTextChanged.connect(self._on_state_text)
        self._on_state_text("")

    def _on_state_text(self, text: str) -> None:
        """A State on the UN list brings its code; any other State's code is typed."""
        iso = self.ui.isoEdit
        entry = find_state(text)
        if entry is not None and " — " in text and text.strip().endswith(entry.name):
            self.ui.stateCombo.setEditText(entry.name)  # the profile keeps the UN's name
            return
        if entry is not None and entry.name.casefold() == text.strip().casefold():
            iso.setText(entry.iso3)
            iso.setReadOnly(True)
            self._iso_filled = True
            self.ui.isoHint.setText(
                self.tr("Filled in from the list of UN Member and observer States.")
            )
            return
        if self._iso_filled:
            iso.clear()
        self._iso_filled = False
        iso.setReadOnly(False)
        self.ui.isoHint.setText(
            self.tr("For a State not on the list, type its three-letter code, e.g. KEN for Kenya.")
        )

    def _setup_agencies_page(self) -> None:
        table = self.ui.agenciesTable
        table.horizontalHeader().setStretchLastSection(True)
        self._fit_agency_columns()
        self._placeholder = QLabel(
            self.tr(
                "No agencies yet. Choose Add agency for each one that contributes, such as the "
                "police, customs, defence, justice, the arms licensing authority, the national "
                "statistics office and women's affairs."
            ),
            table.viewport(),
        )
        self._placeholder.setWordWrap(True)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        table.setAccessibleDescription(self._placeholder.text())
        table.viewport().installEventFilter(self)
        self.ui.addAgencyButton.clicked.connect(self.add_agency_row)
        self.ui.removeAgencyButton.clicked.connect(self.remove_agency_rows)
        table.itemSelectionChanged.connect(self._update_agency_buttons)
        self._update_agency_buttons()

    def _fit_agency_columns(self) -> None:
        """Columns as wide as their contents, within limits, so long names stay readable."""
        table = self.ui.agenciesTable
        table.resizeColumnsToContents()
        em = self.fontMetrics().horizontalAdvance("M")
        for column, least in enumerate((18, 6, 9, 12, 8)):
            width = max(table.columnWidth(column) + em, least * em)
            table.setColumnWidth(column, min(width, 24 * em))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keep the empty-table hint filling the table's viewport."""
        if watched is self.ui.agenciesTable.viewport() and event.type() == QEvent.Type.Resize:
            self._placeholder.setGeometry(
                self.ui.agenciesTable.viewport().rect().adjusted(12, 8, -12, -8)
            )
        return super().eventFilter(watched, event)

    def _setup_assessment_page(self, profile: ProfileInput | None) -> None:
        ui = self.ui
        earlier = list_assessments(self.ws)
        taken = {a.cycle.casefold() for a in earlier}
        ui.cycleEdit.setText("" if SUGGESTED_CYCLE.casefold() in taken else SUGGESTED_CYCLE)
        ui.carryCombo.addItems([a.cycle for a in earlier])
        for widget in (ui.carryRadio, ui.carryCombo, ui.carryHint):
            widget.setVisible(bool(earlier))
        ui.carryRadio.setChecked(bool(earlier))
        ui.blankRadio.setChecked(not earlier)
        ui.carryRadio.toggled.connect(ui.carryCombo.setEnabled)
        ui.carryCombo.setEnabled(ui.carryRadio.isChecked())
        self.documents = add_document_choice(self.ws, ui.assessmentPageLayout)
        if self._assessment_only and profile is not None:
            intro = self.tr("Start the assessment of %1 for another reporting cycle.")
            ui.assessmentIntro.setText(arg(intro, profile.state))

    def _show_profile(self, profile: ProfileInput) -> None:
        ui = self.ui
        ui.stateCombo.setEditText(profile.state)
        ui.isoEdit.setText(profile.iso_code)
        ui.focalNameEdit.setText(profile.focal_point_name)
        ui.focalTitleEdit.setText(profile.focal_point_title)
        ui.focalEmailEdit.setText(profile.focal_point_email)
        ui.focalPhoneEdit.setText(profile.focal_point_phone)
        for agency in profile.agencies:
            row = self._append_agency_row()
            for column, name in enumerate(AGENCY_COLUMNS):
                self._cell(row, column).setText(getattr(agency, name))
            self._cell(row, 0).setData(PREVIOUS_NAME_ROLE, agency.previous_name)
        self._update_agency_buttons()
        self._fit_agency_columns()

    # --- agencies table -------------------------------------------------------------------------
    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        """The table's item at (row, column), created when the cell has none yet."""
        table = self.ui.agenciesTable
        item = table.item(row, column)
        if item is None:
            item = QTableWidgetItem("")
            table.setItem(row, column, item)
        return item

    def _append_agency_row(self) -> int:
        table = self.ui.agenciesTable
        row = table.rowCount()
        table.insertRow(row)
        for column in range(table.columnCount()):
            self._cell(row, column)
        return row

    def add_agency_row(self) -> None:
        """A new empty row, its name cell open for typing."""
        table = self.ui.agenciesTable
        row = self._append_agency_row()
        table.setCurrentCell(row, 0)
        table.setFocus()
        table.editItem(self._cell(row, 0))
        self._update_agency_buttons()

    def remove_agency_rows(self) -> None:
        table = self.ui.agenciesTable
        rows = {index.row() for index in table.selectionModel().selectedRows()}
        for row in sorted(rows or {table.currentRow()} - {-1}, reverse=True):
            table.removeRow(row)
        self._update_agency_buttons()

    def _update_agency_buttons(self) -> None:
        table = self.ui.agenciesTable
        self.ui.removeAgencyButton.setEnabled(table.rowCount() > 0)
        self._placeholder.setVisible(table.rowCount() == 0)

    def _commit_open_editor(self) -> None:
        """Keep a cell still being typed in (Save pressed with Alt+S, say) from being lost."""
        table = self.ui.agenciesTable
        for editor in table.viewport().findChildren(
            QLineEdit, options=Qt.FindChildOption.FindDirectChildrenOnly
        ):
            if not editor.isHidden():
                table.commitData(editor)

    def _agency_rows(self) -> tuple[list[AgencyInput], list[int]]:
        """The typed agencies and, for each, its table row (rows left wholly empty are skipped)."""
        table = self.ui.agenciesTable
        agencies: list[AgencyInput] = []
        rows: list[int] = []
        for row in range(table.rowCount()):
            values = {
                name: self._cell(row, column).text() for column, name in enumerate(AGENCY_COLUMNS)
            }
            previous = str(self._cell(row, 0).data(PREVIOUS_NAME_ROLE) or "")
            if not any(v.strip() for v in values.values()) and not previous:
                continue
            agencies.append(AgencyInput(**values, previous_name=previous))
            rows.append(row)
        return agencies, rows

    # --- reading the form -----------------------------------------------------------------------
    def profile_data(self) -> ProfileInput:
        """What the profile pages hold, as the services take it."""
        ui = self.ui
        return ProfileInput(
            state=ui.stateCombo.currentText(),
            iso_code=ui.isoEdit.text(),
            focal_point_name=ui.focalNameEdit.text(),
            focal_point_title=ui.focalTitleEdit.text(),
            focal_point_email=ui.focalEmailEdit.text(),
            focal_point_phone=ui.focalPhoneEdit.text(),
            agencies=tuple(self._agency_rows()[0]),
        )

    def from_cycle(self) -> str | None:
        """The cycle to carry forward from, or None to start blank."""
        ui = self.ui
        return ui.carryCombo.currentText() if ui.carryRadio.isChecked() else None

    def _problems(self, page: QWidget | None = None) -> list[Problem]:
        """The services' problems with the pages shown (or with ``page`` alone)."""
        ui = self.ui
        problems: list[Problem] = []
        if self._has_profile_pages:
            problems += validate_profile(self.profile_data())
        if self._has_assessment_page:
            problems += validate_cycle(self.ws, ui.cycleEdit.text(), self.from_cycle())
        if page is not None:
            problems = [p for p in problems if self._place(p.field)[2] is page]
        return problems

    def _place(self, field: str) -> _Place:
        """Where a problem with ``field`` is shown: its label, the field's widget, its page."""
        names = FIELDS.get(field.split(".")[0])
        if names is None:
            return _Place(self.ui.generalError, None, None)
        label, widget, page = (getattr(self.ui, name) for name in names)
        return _Place(label, widget, page)

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """Each message under its field (in words, not colour alone); go to the first one."""
        for label in self._error_labels:
            label.clear()
            label.hide()
        for name in FIELDS:
            self._place(name).widget.setAccessibleDescription("")  # type: ignore[union-attr]
        messages: dict[QLabel, list[str]] = {}
        first: _Place | None = None
        for problem in problems:
            place = self._place(problem.field)
            messages.setdefault(place.label, []).append(problem.message)
            if place.widget is not None and place.widget is not self.ui.agenciesTable:
                place.widget.setAccessibleDescription(problem.message)
            if first is None and place.page is not None and self.ui.pages.indexOf(place.page) >= 0:
                first = place
        for label, texts in messages.items():
            label.setText("\n".join(f"⚠ {text}" for text in texts))
            label.show()
        if first is not None and first.page is not None:
            self._show_page(self.ui.pages.indexOf(first.page))
            if first.widget is not None:
                first.widget.setFocus()
        self._select_agency_row(problems)

    def _select_agency_row(self, problems: Sequence[Problem]) -> None:
        rows = self._agency_rows()[1]
        for problem in problems:
            parts = problem.field.split(".")
            if len(parts) == 3 and parts[0] == "agencies" and parts[1].isdigit():
                if int(parts[1]) < len(rows):
                    self.ui.agenciesTable.selectRow(rows[int(parts[1])])
                return

    # --- navigation -----------------------------------------------------------------------------
    def _show_page(self, index: int) -> None:
        ui = self.ui
        count = ui.pages.count()
        ui.pages.setCurrentIndex(index)
        last = index == count - 1 or self._profile_only
        ui.backButton.setVisible(count > 1 and not self._profile_only)
        ui.backButton.setEnabled(index > 0)
        ui.nextButton.setVisible(not last)
        ui.finishButton.setVisible(last)
        (ui.finishButton if last else ui.nextButton).setDefault(True)
        ui.stepLabel.setVisible(count > 1 and not self._profile_only)
        ui.stepLabel.setText(arg(self.tr("Step %1 of %2"), index + 1, count))

    def go_next(self) -> None:
        """The next page, once this page's values are valid."""
        self._commit_open_editor()
        page = self.ui.pages.currentWidget()
        problems = self._problems(page)
        self.show_problems(problems)
        if not problems:
            self._show_page(min(self.ui.pages.currentIndex() + 1, self.ui.pages.count() - 1))
            self._focus_first_field()

    def go_back(self) -> None:
        self._show_page(max(self.ui.pages.currentIndex() - 1, 0))
        self._focus_first_field()

    def _focus_first_field(self) -> None:
        page = self.ui.pages.currentWidget()
        widget = self._first_fields.get(page) if page is not None else None
        if widget is not None:
            widget.setFocus()

    def finish(self) -> None:
        """Validate everything, then save the profile and start the assessment; stay on error."""
        self._commit_open_editor()
        problems = self._problems()
        self.show_problems(problems)
        if problems:
            return
        try:
            if self._has_profile_pages:
                save_profile(self.ws, self.profile_data())
            if self._has_assessment_page:
                self.created_assessment = start_assessment(
                    self.ws,
                    self.ui.cycleEdit.text(),
                    self.from_cycle(),
                    chosen_documents(self.documents),
                )
        except InvalidInputError as error:
            self.show_problems(error.problems)
            return
        except AppError as error:
            self.show_problems([Problem("", str(error))])
            return
        self.accept()
