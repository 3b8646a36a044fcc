"""The action plans page: the JAG's plan for a year as numbered themes and items (JAG ref,
objective, lead, latest RAG status); the selected item's fields and quarterly updates beside it;
next year's plan started from this year's open items; the plan exported to Word or PDF."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain import action_plans as rules
from jagdesk.domain.common.wording import plural
from jagdesk.gui import export_files, prompts
from jagdesk.gui.dialogs.action_plans.plan_dialog import PlanDialog
from jagdesk.gui.dialogs.action_plans.theme_dialog import ThemeDialog
from jagdesk.gui.operations import attempt, call, done
from jagdesk.gui.pages.action_plans.item_form import ItemForm
from jagdesk.gui.pages.action_plans.plan_edits import PlanEdits
from jagdesk.gui.pages.action_plans.plan_export import export_action_plan
from jagdesk.gui.pages.action_plans.plan_tree import KEY, PlanTree
from jagdesk.gui.pages.action_plans.quarter_tab import QuarterTab
from jagdesk.gui.pages.action_plans.quarter_tabs import QuarterTabs
from jagdesk.gui.pages.common.undo_delete_page import UndoDeletePage
from jagdesk.gui.widgets.labels import buddy_label, none_selected_label
from jagdesk.services.action_plans import plans as svc
from jagdesk.services.action_plans import rows as plan_rows

NO_PLAN = "No action plans yet: press New plan to start the JAG's plan for a year."
NONE_SELECTED = ("Select an item to edit it and its quarterly updates, or a theme to add items "
                 "to it. Alt+Up and Alt+Down move the selected theme or item.")


class ActionPlansPage(UndoDeletePage):
    """A year's plan: themes and items on the left, the selected item's form on the right; a
    deleted plan comes back whole with Ctrl+Z."""

    title = "Action plans"

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.plan: plan_rows.PlanDetail | None = None
        self.new_in_theme: uuid.UUID | None = None  # the theme a new item is being written in
        self._build()
        self.edits = PlanEdits(self)
        self._connect_signals()

    # Building ---------------------------------------------------------------------------------
    def _build(self) -> None:
        self.year = QComboBox()
        self.year.setAccessibleName("Plan year")
        self.year.setMinimumWidth(300)
        self.new_plan_button = QPushButton("New &plan…")
        self.next_year_button = QPushButton("Start ne&xt year's plan")
        self.next_year_button.setToolTip("A plan for the next year with the same themes and this "
                                         "year's open items, without their updates")
        self.delete_plan_button = QPushButton("Delete plan…")
        self.delete_plan_button.setToolTip("Delete this year's plan with its themes, items and "
                                           "updates (Ctrl+Z brings it back)")
        self.quarter = QComboBox()
        self.quarter.setAccessibleName("Quarter to print")
        self.quarter.addItem("Latest quarter", None)
        for q in rules.QUARTERS:
            self.quarter.addItem(f"Q{q}: {rules.QUARTER_MONTHS[q]}", q)
        self.word_button = QPushButton("Export to &Word…")
        self.pdf_button = QPushButton("Export to P&DF…")
        top = QHBoxLayout()
        top.addWidget(buddy_label("&Year:", self.year))
        top.addWidget(self.year)
        top.addWidget(self.new_plan_button)
        top.addWidget(self.next_year_button)
        top.addWidget(self.delete_plan_button)
        top.addStretch(1)
        top.addWidget(buddy_label("Pri&nt:", self.quarter))
        top.addWidget(self.quarter)
        top.addWidget(self.word_button)
        top.addWidget(self.pdf_button)

        self.tree = PlanTree()
        self.empty = QLabel(NO_PLAN)
        self.empty.setStyleSheet("color: palette(mid); padding: 4px;")
        self.new_theme_button = QPushButton("New &theme…")
        self.rename_button = QPushButton("&Rename theme…")
        self.new_item_button = QPushButton("&New item")
        self.up_button = QPushButton("Move &up")
        self.down_button = QPushButton("Move do&wn")
        self.delete_button = QPushButton("&Delete")
        buttons = QHBoxLayout()
        for button in (self.new_theme_button, self.rename_button, self.new_item_button,
                       self.up_button, self.down_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.tree, 1)
        column.addWidget(self.empty)
        column.addLayout(buttons)

        self.form = ItemForm()
        self.updates = QuarterTabs()
        item_panel = QWidget()
        item_column = QVBoxLayout(item_panel)
        item_column.setContentsMargins(0, 0, 0, 0)
        item_column.addWidget(self.form)
        item_column.addWidget(QLabel("<b>Quarterly updates</b>"))
        item_column.addWidget(self.updates, 1)
        self.none_selected = none_selected_label(NONE_SELECTED)
        self.body = QStackedWidget()
        self.body.addWidget(self.none_selected)
        self.body.addWidget(item_panel)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.body)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([640, 480])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

    def _connect_signals(self) -> None:
        self.year.currentIndexChanged.connect(self._on_year_current_index_changed)
        self.new_plan_button.clicked.connect(self.new_plan)
        self.next_year_button.clicked.connect(self.start_next_year)
        self.delete_plan_button.clicked.connect(self.delete_plan)
        self.word_button.clicked.connect(lambda: self._on_export_clicked(".docx"))
        self.pdf_button.clicked.connect(lambda: self._on_export_clicked(".pdf"))
        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        self.tree.itemDoubleClicked.connect(self._on_tree_item_double_clicked)
        self.new_theme_button.clicked.connect(self.new_theme)
        self.rename_button.clicked.connect(self.rename_theme)
        self.new_item_button.clicked.connect(self.new_item)
        self.up_button.clicked.connect(lambda: self.edits.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.edits.move_selected(+1))
        self.delete_button.clicked.connect(self.edits.delete_selected)
        self.form.save_requested.connect(self.edits.save_item)
        for tab in self.updates.quarters.values():
            tab.save_requested.connect(lambda tab=tab: self.edits.save_update(tab))
        for keys, step in (("Alt+Up", -1), ("Alt+Down", +1)):
            shortcut = QShortcut(QKeySequence(keys), self.tree,
                                 lambda step=step: self.edits.move_selected(step))
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

    # The page interface -------------------------------------------------------------------------
    def refresh(self) -> None:
        self._load_plans()

    def new_record(self) -> None:
        """Ctrl+N: a new item in the selected theme, else a new theme, else a new plan."""
        if self.plan is None:
            self.new_plan()
        elif self.selected_theme() is not None:
            self.new_item()
        else:
            self.new_theme()

    def save_state(self) -> None:
        super().save_state()
        if self.plan is not None:
            self.save_setting("year", str(self.plan.year))

    # Loading ------------------------------------------------------------------------------------
    def _load_plans(self, select_id: uuid.UUID | None = None) -> None:
        plans = attempt(self, self.store, svc.list_plans)
        if plans is None:
            return
        keep = select_id or (self.plan.id if self.plan else None)
        if keep is None:
            year = self.load_setting("year") or ""
            keep = next((p.id for p in plans if str(p.year) == year), None)
        with self.quietly():
            self.year.clear()
            for row in plans:
                self.year.addItem(f"{row.period}: {row.name}  ({row.items} items, {row.open_items} "
                                  "open)", str(row.id))
            # Ids as text: Qt finds a Python object's copy in a combo box only by its text form.
            index = self.year.findData(str(keep)) if keep is not None else -1
            self.year.setCurrentIndex(index if index >= 0 else 0 if plans else -1)
        self.load_plan()

    def load_plan(self, select: tuple[str, uuid.UUID] | None = None) -> None:
        """Read the chosen year's plan and show it, keeping (or moving) the tree's selection."""
        plan_id = uuid.UUID(self.year.currentData()) if self.year.currentData() else None
        plan = attempt(self, self.store, lambda uow: svc.get_plan(uow, plan_id)) if plan_id else None
        if select is None and self.plan is not None and plan is not None and self.plan.id == plan.id:
            current = self.tree.currentItem()
            select = current.data(0, KEY) if current is not None else None
        self.plan = plan
        self._fill_tree(select)
        has_plan = plan is not None
        self.empty.setVisible(plan is None or not plan.themes)
        self.empty.setText(NO_PLAN if not has_plan else "No themes yet: press New theme to add the "
                           "first (1. Reassurance, 2. Anti-social behaviour...).")
        for button in (self.next_year_button, self.delete_plan_button, self.word_button,
                       self.pdf_button, self.new_theme_button):
            button.setEnabled(has_plan)
        self._show_selected()

    def _fill_tree(self, select: tuple[str, uuid.UUID] | None) -> None:
        with self.quietly():
            self.tree.show_plan(self.plan, select)

    # What is selected ---------------------------------------------------------------------------
    def selected_item(self) -> plan_rows.ItemRow | None:
        key = self.tree.selected_key()
        if key is None or key[0] != "item" or self.plan is None:
            return None
        return next((i for i in self.plan.items() if i.id == key[1]), None)

    def selected_theme(self) -> plan_rows.ThemeRow | None:
        """The selected theme, or the theme of the selected item."""
        key = self.tree.selected_key()
        if key is None or self.plan is None:
            return None
        theme_id = key[1] if key[0] == "theme" else next(
            (i.theme_id for i in self.plan.items() if i.id == key[1]), None)
        return next((t for t in self.plan.themes if t.id == theme_id), None)

    def _show_selected(self) -> None:
        item = self.selected_item()
        theme = self.selected_theme()
        self.new_item_button.setEnabled(theme is not None)
        self.rename_button.setEnabled(theme is not None and item is None)
        for button in (self.up_button, self.down_button, self.delete_button):
            button.setEnabled(theme is not None)
        if item is None and self.new_in_theme is None:
            self.body.setCurrentWidget(self.none_selected)
            return
        self.body.setCurrentIndex(1)
        if item is not None:
            self.new_in_theme = None
            self.form.show_item(item, f"<b>{item.reference}</b> in {theme.title if theme else ''}")
        self.updates.show_item(item)

    def _unsaved(self) -> list[str]:
        return (["the item"] if self.form.dirty else []) + self.updates.dirty()

    def _may_leave(self) -> bool:
        changed = self._unsaved()
        return not changed or prompts.confirm(
            self, f"Leave without saving your changes to {' and '.join(changed)}?", "Discard changes")

    # Plans ----------------------------------------------------------------------------------------
    def new_plan(self) -> None:
        saved = PlanDialog.ask(self, lambda data: call(self.store, lambda uow: svc.save_plan(uow, data)))
        if saved is not None:
            self.plan = None
            self._load_plans(saved.id)
            self.tell(f"Started the {saved.period} action plan.")

    def start_next_year(self) -> None:
        if self.plan is None or not self._may_leave():
            return
        plan = self.plan
        open_items = sum(i.status == rules.ItemStatus.OPEN for i in plan.items())
        question = (f"Start the {rules.period_text(plan.year + 1)} plan with the {len(plan.themes)} "
                    f"themes and {open_items} open items of this one, without their updates?")
        if not prompts.confirm(self, question, "Start next year's plan"):
            return
        saved = attempt(self, self.store, lambda uow: svc.start_next_year(uow, plan.id))
        if saved is not None:
            self.plan = None
            self._load_plans(saved.id)
            self.tell(f"Started the {saved.period} plan with {len(saved.items())} items carried forward.")

    def delete_plan(self) -> None:
        """Delete the shown plan with everything in it, after the user confirms."""
        if self.plan is None or not self._may_leave():
            return
        plan = self.plan
        themes, items = len(plan.themes), len(plan.items())
        question = (f"Delete the {plan.period} action plan '{plan.name}' with its "
                    f"{plural(themes, 'theme')}, {plural(items, 'item')} and their updates?")
        if not prompts.confirm(self, question, "Delete plan"):
            return
        if not done(self, self.store, lambda uow: svc.delete_plan(uow, plan.id, plan.version)):
            return
        self.plan = None
        self._load_plans()
        self.deleted("action_plan", plan.id, f"the {plan.period} action plan")

    def after_undo(self) -> None:
        self.plan = None
        self._load_plans(self.last_undone)

    def _on_year_current_index_changed(self, _index: int) -> None:
        if not self._quiet:
            self.new_in_theme = None
            self.load_plan()

    # Themes ---------------------------------------------------------------------------------------
    def new_theme(self) -> None:
        if self.plan is None:
            return
        plan_id = self.plan.id
        saved = ThemeDialog.ask(
            self, lambda name: call(self.store, lambda uow: svc.add_theme(uow, plan_id, name)))
        if saved is not None:
            self.load_plan(("theme", saved.id))
            self.tell(f"Added theme {saved.title}.")

    def rename_theme(self) -> None:
        theme = self.selected_theme()
        if theme is None:
            return
        saved = ThemeDialog.ask(self, lambda name: call(
            self.store, lambda uow: svc.rename_theme(uow, theme.id, name, theme.version)), theme.name)
        if saved is not None:
            self.load_plan(("theme", saved.id))

    # Items ----------------------------------------------------------------------------------------
    def new_item(self) -> None:
        """Start a new item at the end of the selected theme, written in the side form."""
        theme = self.selected_theme()
        if theme is None or not self._may_leave():
            return
        self.new_in_theme = theme.id
        self.body.setCurrentIndex(1)
        reference = rules.jag_reference(theme.number, len(theme.items) + 1)
        self.form.show_item(None, f"<b>New item {reference}</b> in {theme.title}")
        self.updates.show_item(None)
        self.form.objective.setFocus()

    def save_item(self) -> bool:
        return self.edits.save_item()

    def save_update(self, tab: QuarterTab) -> bool:
        return self.edits.save_update(tab)

    def move_selected(self, step: int) -> None:
        self.edits.move_selected(step)

    def delete_selected(self) -> None:
        self.edits.delete_selected()

    # Slots ----------------------------------------------------------------------------------------
    def _on_tree_current_item_changed(self, current: QTreeWidgetItem | None,
                                      previous: QTreeWidgetItem | None) -> None:
        if self._quiet:
            return
        if self._unsaved() and not self._may_leave():
            if previous is not None:
                with self.quietly():
                    self.tree.setCurrentItem(previous)
            return
        for tab in (self.form, *self.updates.quarters.values()):
            tab.saved()
        self.new_in_theme = None
        self._show_selected()

    def _on_tree_item_double_clicked(self, node: QTreeWidgetItem, _column: int) -> None:
        key = node.data(0, KEY)
        if key and key[0] == "theme":
            self.rename_theme()
        else:
            self.form.objective.setFocus()

    # Export ---------------------------------------------------------------------------------------
    def _on_export_clicked(self, suffix: str) -> None:
        if self.plan is None:
            return
        kind = "Word document (*.docx)" if suffix == ".docx" else "PDF document (*.pdf)"
        name = export_files.suggested(f"JAG action plan {self.plan.period}{suffix}")
        target, _ = QFileDialog.getSaveFileName(self, "Export action plan", str(name), kind)
        if target and self.export_plan(Path(target).with_suffix(suffix)):
            export_files.written(self, Path(target).with_suffix(suffix), "the action plan")

    def exports(self) -> list[tuple[str, Callable[[], object]]]:
        if self.plan is None:
            return []
        return [("Action plan to &Word…", lambda: self._on_export_clicked(".docx")),
                ("Action plan as P&DF…", lambda: self._on_export_clicked(".pdf"))]

    def export_plan(self, target: Path) -> bool:
        """Write the plan, with the chosen quarter's updates, to `target` (.docx or .pdf)."""
        if self.plan is None:
            return False
        written = export_action_plan(self, self.store, self.plan.id, self.quarter.currentData(), target)
        if written:
            self.tell(written)
        return bool(written)
