"""The main window: navigation on the left, the commitment and its answer on the right.

It wires widgets to services and holds no rule of its own: statuses, progress, the walk order,
search and saving all come from :mod:`poa_desktop.services`.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from poa_desktop.domain.content import AnswerContent
from poa_desktop.domain.errors import AppError
from poa_desktop.domain.progress import Progress, compute_progress
from poa_desktop.domain.provenance import Provenance
from poa_desktop.domain.records import blank_record
from poa_desktop.domain.text import arg
from poa_desktop.services.answering.drafts import overlay
from poa_desktop.services.assessments.info import AssessmentInfo
from poa_desktop.services.errors import FROZEN_STATUSES
from poa_desktop.services.first_screen import FirstScreen
from poa_desktop.services.identity import person
from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.common.compact import keep_compact, let_shrink
from poa_desktop.ui.common.first_paint import after_first_paint
from poa_desktop.ui.common.icons import app_icon
from poa_desktop.ui.common.screen_fit import fit_to_screen
from poa_desktop.ui.common.settings import AppSettings
from poa_desktop.ui.generated.ui_main_window import Ui_MainWindow
from poa_desktop.ui.window.answer_form import AnswerForm
from poa_desktop.ui.window.autosave import AutosaveController
from poa_desktop.ui.window.commitment_view import CommitmentView
from poa_desktop.ui.window.database_actions import DatabaseActions, WindowHooks
from poa_desktop.ui.window.evidence_panel import EvidencePanel
from poa_desktop.ui.window.filter_bar import FilterBar
from poa_desktop.ui.window.navigation import ID_ROLE, NavigationFilter, NavigationModel
from poa_desktop.ui.window.screen_reads import ScreenReads, start_commitment
from poa_desktop.ui.window.section_links import walk_from
from poa_desktop.ui.window.unsaved import UnsavedHooks, UnsavedWork
from poa_desktop.ui.window.who_and_frozen import (
    ask_working_as,
    frozen_notice,
    no_longer_a_measure,
    provenance_text,
)
from poa_desktop.ui.window.window_links import connect_links, link_dashboard

if TYPE_CHECKING:
    from poa_desktop.ui.window.assessment_actions import AssessmentActions
    from poa_desktop.ui.window.dashboard import DashboardPage


class MainWindow(QMainWindow):
    """One window on one workspace and its most recent assessment (or the one given)."""

    open_database_requested = Signal()
    reopen_requested = Signal(object)  # AssessmentInfo covering other documents: a new window
    database_failed = Signal(object)  # the error opening the database after the first paint

    def __init__(
        self,
        ws: Workspace,
        assessment: AssessmentInfo | None = None,
        parent: QWidget | None = None,
        *,
        finish_later: bool = False,
        first: FirstScreen | None = None,
    ) -> None:
        """``finish_later`` (start-up): what the first screen does not show (today's backup, the
        dialogs' commands) waits for the paint; ``first``: see :class:`ScreenReads`."""
        super().__init__(parent)
        self.ws = ws
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(app_icon())
        self.settings = AppSettings()
        self.reads = ScreenReads(ws, first)
        self.assessment, found, self._agencies, frozen = self.reads.opening(assessment)
        self.documents = {d.id for d in ws.cover(self.assessment.documents).documents}
        self.current_id: str | None = None
        self._filtering = False  # inside the proxy's filter change (see _on_filter)
        self._statuses: dict[str, str | None] = dict(found)
        self._frozen_notice = frozen_notice(self.assessment, frozen)
        self._build_widgets()
        self.database_actions = DatabaseActions(self.ws, self, self._hooks())
        self._connect()
        connect_links(self)  # the guide, search keys, dashboard rows, headings (issue 19)
        self._restore_settings()
        if first is not None:  # the database opens once the window has painted
            after_first_paint(self, lambda: self.reads.open_database(self.database_failed.emit))
        self.database_actions.take_daily_backup(after_paint=finish_later)
        if finish_later:
            after_first_paint(self, lambda: self.assessment_actions)
        else:
            _ = self.assessment_actions

    # --- construction -------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        ui = self.ui
        catalog = self.ws.catalog
        self.commitment_view = CommitmentView(catalog, ui.commitmentScrollContents)
        self.answer_form = AnswerForm(catalog, ui.commitmentScrollContents)
        ui.commitmentContentsLayout.addWidget(self.commitment_view)
        ui.commitmentContentsLayout.addWidget(self.answer_form)
        ui.commitmentContentsLayout.addStretch(1)
        self.model = NavigationModel(catalog, self, self._statuses)
        self.proxy = NavigationFilter(self)
        self.proxy.setSourceModel(self.model)
        ui.navigationTree.setModel(self.proxy)
        ui.navigationTree.expandToDepth(1)
        self.filters = FilterBar(
            catalog,
            ui.searchEdit,
            ui.documentFilter,
            ui.statusFilter,
            ui.themeFilter,
            ui.addresseeFilter,
            self,
        )
        self.filters.attach(self.ws, self.assessment.id)
        self.autosave = AutosaveController(self.ws, self.answer_form, self)
        self.evidence = EvidencePanel(self.ws, self.autosave, self.answer_form)
        self.answer_form.add_part(self.evidence)  # below the fields of the answer
        self.unsaved = UnsavedWork(
            self.ws,
            self.autosave,
            self,
            UnsavedHooks(
                assessment_id=lambda: self.assessment.id,
                show=lambda commitment_id: self._show(commitment_id),
                load_content=lambda commitment_id, content: self._put_on_form(
                    commitment_id, content
                ),
                exec_dialog=lambda dialog: self.exec_dialog(dialog),
                show_status=lambda text, ms: self.ui.statusBar.showMessage(text, ms),
            ),
        )
        self.autosave.author = self.reads.person()  # as every other change: one identity
        self.autosave.session.name_assessment(
            self.assessment.id, self.assessment.state, self.assessment.cycle
        )
        self.progress_label = QLabel(self)
        self.progress_label.setAccessibleName(self.tr("Progress"))
        ui.statusBar.addPermanentWidget(self.progress_label, 1)
        self.working_as_label = QLabel(self)
        ui.statusBar.addPermanentWidget(self.working_as_label)
        self._show_working_as()
        # Long texts must not widen the window: labels elide or wrap, combos stay compact.
        let_shrink(ui.saveIndicator, self.progress_label)
        ui.saveIndicator.setMinimumWidth(120)
        ui.saveIndicator.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        ui.moveBarLayout.removeItem(ui.moveBarSpacer)
        ui.moveBarLayout.setStretchFactor(ui.saveIndicator, 1)
        keep_compact(ui.documentFilter, ui.statusFilter, ui.themeFilter, ui.addresseeFilter)
        ui.splitter.setStretchFactor(0, 0)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([380, 900])
        ui.pages.setCurrentWidget(ui.commitmentPage)
        self._update_title()
        self._update_progress()

    def _hooks(self) -> WindowHooks:
        """What the database actions may ask; late-bound, as tests replace ``exec_dialog``."""
        return WindowHooks(
            flush=lambda: self.autosave.flush(),
            show_status=lambda text, ms: self.ui.statusBar.showMessage(text, ms),
            current_assessment=lambda: self.assessment,
            current_commitment=lambda: self.current_id,
            switch_assessment=lambda assessment: self.switch_assessment(assessment),
            exec_dialog=lambda dialog: self.exec_dialog(dialog),
        )

    @cached_property
    def dashboard(self) -> DashboardPage:
        """The dashboard page, made the first time it is asked for (not at start-up)."""
        from poa_desktop.ui.window.dashboard import DashboardPage  # not before the first paint

        page = DashboardPage(self.ui.dashboardPage)
        self.ui.dashboardPageLayout.addWidget(page)
        link_dashboard(self, page)
        return page

    @cached_property
    def assessment_actions(self) -> AssessmentActions:
        """File → New assessment, Export, Import…, the Assessment menu: attached when made."""
        from poa_desktop.ui.window.assessment_actions import AssessmentActions

        restore = self.database_actions.restore_from_backup
        actions = AssessmentActions(self.ws, self, self._hooks(), self.go_to, restore)
        actions.attach(self.ui)
        return actions

    def _connect(self) -> None:
        ui = self.ui
        self.database_actions.attach(ui)
        ui.workingAsAction.triggered.connect(self.choose_working_as)
        self.commitment_view.read_source.connect(self.database_actions.read_in_source)
        ui.navigationTree.selectionModel().currentChanged.connect(self._on_tree_current)
        ui.previousButton.clicked.connect(self.go_previous)
        ui.nextButton.clicked.connect(self.go_next)
        ui.nextUnansweredButton.clicked.connect(self.go_next_unanswered)
        ui.historyButton.clicked.connect(self.show_history)
        ui.previousAction.triggered.connect(self.go_previous)
        ui.nextAction.triggered.connect(self.go_next)
        ui.nextUnansweredAction.triggered.connect(self.go_next_unanswered)
        ui.historyAction.triggered.connect(self.show_history)
        ui.findAction.triggered.connect(self.focus_search)
        ui.dashboardAction.toggled.connect(self.show_dashboard)
        ui.quitAction.triggered.connect(self.close)
        ui.openDatabaseAction.triggered.connect(self.open_database_requested.emit)
        ui.confirmUnchangedAction.triggered.connect(self.confirm_unchanged)
        ui.profileAction.triggered.connect(self.edit_profile)
        self.commitment_view.navigate.connect(self.go_to)
        self.filters.changed.connect(self._on_filter)
        self.autosave.saved.connect(self._on_saved)
        self.autosave.state_changed.connect(ui.saveIndicator.setText)

    def _restore_settings(self) -> None:
        fit_to_screen(self, restored=self.settings.restore_window(self, self.ui.splitter))
        self.go_to(start_commitment(self.settings, self.ws.path, self.ws.catalog))

    # --- moving -------------------------------------------------------------------------------
    def go_to(self, commitment_id: str) -> None:
        """Show a commitment (saving the one on screen first) and select it in the tree."""
        if commitment_id not in self.ws.catalog:
            return
        if self.ui.dashboardAction.isChecked():
            self.ui.dashboardAction.setChecked(False)
        source = self.model.index_of(commitment_id)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():  # hidden by the filter: show it anyway, clearing the filter
            self.filters.clear()
            index = self.proxy.mapFromSource(source)
        tree = self.ui.navigationTree
        if tree.currentIndex() != index:
            tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            tree.scrollTo(index)
        else:
            self._show(commitment_id)

    def _on_tree_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        commitment_id = current.data(ID_ROLE)
        if not commitment_id:
            return
        if self._filtering:  # the filter moved the current row: show it once the change is over
            QTimer.singleShot(0, lambda: self._show(str(commitment_id)))
        else:
            self._show(str(commitment_id))

    def _show(self, commitment_id: str) -> None:
        self.autosave.flush()
        self.unsaved.left(self.current_id if self.current_id != commitment_id else None)
        catalog = self.ws.catalog
        commitment = catalog.get(commitment_id)
        self.current_id = commitment_id
        # One read for the answer on screen, the related ones it previews, a draft (what could
        # not be saved last time comes back on screen, marked) and the report's field values.
        read = self.reads.paragraph(self.assessment.id, commitment)
        self.commitment_view.show_commitment(commitment, read.answers)
        record = read.answers.get(commitment_id) or blank_record(commitment_id)
        draft = read.draft
        # An answer (or draft) saved when an earlier catalog counted this paragraph as a measure:
        # kept, and shown read-only with a note, so that nothing typed disappears from sight.
        kept = not commitment.assessed and (record.version > 0 or draft is not None)
        self.answer_form.setVisible(commitment.assessed or kept)
        read_only = kept or self.assessment.status in FROZEN_STATUSES  # submitted or cleared
        if commitment.assessed or kept:
            content, inputs = overlay(record, read.field_values, draft)
            notice = self._frozen_notice if read_only else ""
            self.answer_form.load(
                commitment,
                content,
                self._agencies,
                inputs,
                read_only=read_only,
                notice=no_longer_a_measure(commitment, self.ws.catalog.version) if kept else notice,
            )
            if draft is not None:
                self.answer_form.show_problems(draft.problems)
        self.autosave.track(
            self.assessment.id,
            commitment_id if commitment.assessed else None,
            record.version,
            has_draft=draft is not None,  # read once, for the form and for the autosave
        )
        self.evidence.show_answer(
            self.assessment.id,
            commitment_id,
            read_only,
            files=read.evidence,
        )
        self.ui.saveIndicator.setText(provenance_text(record))
        self.ui.historyButton.setEnabled(commitment.assessed or kept)
        self.ui.confirmUnchangedAction.setEnabled(
            commitment.assessed
            and record.provenance == Provenance.CARRIED_FORWARD
            and not read_only
        )
        self.ui.commitmentScroll.verticalScrollBar().setValue(0)
        self.settings.set_last_commitment(self.ws.path, commitment_id)

    def _step(self, direction: int, unanswered: bool = False) -> None:
        target = walk_from(self, direction, unanswered)  # None: the status bar says why
        if target is not None:
            self.go_to(target)

    def go_next(self) -> None:
        self._step(+1)

    def go_previous(self) -> None:
        self._step(-1)

    def go_next_unanswered(self) -> None:
        self.autosave.flush()
        self._step(+1, unanswered=True)

    def focus_search(self) -> None:
        self.ui.dashboardAction.setChecked(False)
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def _on_filter(self, allowed: frozenset[str] | None) -> None:
        # Save first: a save during the proxy's filter change would change the source model
        # under it (status icons, heading counts), which Qt does not survive.
        self.autosave.flush()
        self._filtering = True
        try:
            self.proxy.set_allowed(allowed)
        finally:
            self._filtering = False
        tree = self.ui.navigationTree
        if allowed is None:
            self.ui.filterSummary.setText("")
            tree.collapseAll()
            tree.expandToDepth(1)
        else:
            self.ui.filterSummary.setText(
                arg(self.tr("%1 of %2 paragraphs match"), len(allowed), len(self.ws.catalog))
            )
            tree.expandAll()
        if self.current_id:
            index = self.proxy.mapFromSource(self.model.index_of(self.current_id))
            if index.isValid():
                tree.scrollTo(index)

    # --- saving and progress ------------------------------------------------------------------
    def _on_saved(self, commitment_id: str, status: object) -> None:
        value = status if isinstance(status, str) else None
        self._statuses[commitment_id] = value
        self.model.set_status(commitment_id, value)
        self._update_progress()

    def progress(self) -> Progress:
        known = {k: v for k, v in self._statuses.items() if v}
        return compute_progress(self.ws.catalog, known)

    def _update_progress(self) -> None:
        report = self.progress()
        overall = report.overall
        parts = [
            arg(
                self.tr("Assessed %1 of %2 measures (%3%)"),
                overall.answered,
                overall.total,
                f"{overall.percent:.0f}",
            )
        ]
        parts += [f"{row.label} {row.answered}/{row.total}" for row in report.sections]
        self.progress_label.setText("   ·   ".join(parts))
        if self.ui.dashboardAction.isChecked():
            self.dashboard.set_progress(report, title=self._title())

    def _title(self) -> str:
        status = {
            "submitted": self.tr(" (submitted for clearance)"),
            "cleared": self.tr(" (cleared)"),
        }.get(self.assessment.status, "")
        return f"{self.assessment.state}, {self.assessment.cycle}{status}"

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self._title()} — poa-desktop")

    def show_dashboard(self, on: bool) -> None:
        if on:
            self.autosave.flush()
            self.dashboard.set_progress(self.progress(), title=self._title())
            self.ui.pages.setCurrentWidget(self.ui.dashboardPage)
        else:
            self.ui.pages.setCurrentWidget(self.ui.commitmentPage)

    # --- dialogs ------------------------------------------------------------------------------
    def show_history(self) -> None:
        from poa_desktop.ui.dialogs.history_dialog import HistoryDialog

        if not self.current_id or not self.ui.historyButton.isEnabled():
            return
        self.autosave.flush()
        dialog = HistoryDialog(self.ws, self.assessment.id, self.current_id, self)
        dialog.restored.connect(lambda _version: self._reload_current())
        self.exec_dialog(dialog)

    def _put_on_form(self, commitment_id: str, content: AnswerContent) -> None:
        """Show ``content`` in the form of the measure on screen (a resolved conflict)."""
        commitment = self.ws.catalog.get(commitment_id)
        self.answer_form.load(commitment, content, self._agencies, self.answer_form.field_inputs())

    def exec_dialog(self, dialog: QWidget) -> int:
        """Run a modal dialog; tests replace this to drive dialogs without blocking."""
        return int(dialog.exec())  # type: ignore[attr-defined]

    def _reload_current(self) -> None:
        if self.current_id:
            from poa_desktop.services.answering.answers import get_answer

            record = get_answer(self.ws, self.assessment.id, self.current_id)
            self._on_saved(self.current_id, record.content.status)
            self._show(self.current_id)

    def edit_profile(self) -> None:
        from poa_desktop.ui.dialogs.welcome import WelcomeDialog

        self.autosave.flush()
        if self.exec_dialog(WelcomeDialog(self.ws, self, profile_only=True)):
            from poa_desktop.services.assessments.profiles import get_profile

            profile = get_profile(self.ws)
            self._agencies = [a.name for a in profile.agencies]
            self.autosave.author = person(self.ws)  # the focal point may have changed
            self._show_working_as()
            if self.current_id:
                self._show(self.current_id)

    def confirm_unchanged(self) -> None:
        """Answer → Confirm unchanged: a carried-forward answer still holds for this cycle."""
        if not self.current_id:
            return
        self.autosave.flush()
        from poa_desktop.services.assessments.carry import confirm_unchanged

        try:
            confirm_unchanged(self.ws, self.assessment.id, [self.current_id])
        except AppError as error:
            self.ui.statusBar.showMessage(str(error), 6000)
            return
        self._reload_current()

    def switch_assessment(self, assessment: AssessmentInfo) -> None:
        if {d.id for d in self.ws.cover(assessment.documents).documents} != self.documents:
            self.reopen_requested.emit(assessment)
            return
        from poa_desktop.services.answering.progress import statuses

        self.assessment = assessment
        self._frozen_notice = frozen_notice(assessment, self.reads.frozen_by(assessment))
        self.autosave.session.name_assessment(assessment.id, assessment.state, assessment.cycle)
        self._statuses = dict(statuses(self.ws, assessment.id))
        self.model.set_statuses(self._statuses)
        self.filters.attach(self.ws, assessment.id)
        self._update_title()
        self._update_progress()
        if self.current_id:
            self._show(self.current_id)

    # --- who is working, and what is frozen ----------------------------------------------------
    def choose_working_as(self) -> None:
        """File → Working as…: the name changes are recorded under (empty: the focal point)."""
        name = ask_working_as(self, person(self.ws))
        if name is not None:
            self.set_working_as(name)

    def set_working_as(self, name: str | None) -> None:
        """Record the next changes as ``name`` (None or empty: the focal point)."""
        self.autosave.flush()  # what was typed so far belongs to the previous person
        self.ws.working_as = " ".join((name or "").split()) or None
        self.autosave.author = person(self.ws)
        self._show_working_as()
        self.ui.statusBar.showMessage(self.working_as_label.text(), 4000)

    def _show_working_as(self) -> None:
        text = arg(self.tr("Working as %1"), self.reads.person())
        self.working_as_label.setText(text)
        self.working_as_label.setAccessibleName(text)

    # --- closing ------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.autosave.flush()
        if not self.unsaved.before_close():
            event.ignore()
            return
        self.database_actions.take_backup_due()  # closed before it painted: taken now
        self.settings.save_window(self.saveGeometry(), self.ui.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)
