"""A page of two related tables, such as agencies and the contacts of the selected agency."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from jagdesk.gui import prompts
from jagdesk.gui.operations import attempt
from jagdesk.gui.pages.common.undo_delete_page import UndoDeletePage
from jagdesk.gui.widgets.record_table import RecordTable
from jagdesk.store.opening import Store
from jagdesk.store.uow import UnitOfWork


class MasterDetailPage(UndoDeletePage):
    """Master records above, the selected master's detail records below; both editable.

    Subclasses say how to load each table and which dialog edits each kind of record.
    """

    title = ""
    # The tables the two kinds of record live in, for undoing a delete.
    master_table = ""
    detail_table = ""

    def __init__(self, store: Store, master: RecordTable, detail: RecordTable,
                 parent: QWidget | None = None) -> None:
        self.store = store
        super().__init__(parent)
        self.master = master
        self.detail = detail
        self._active = master
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(master)
        self.splitter.addWidget(detail)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        for table in (master, detail):
            table.view.installEventFilter(self)
            table.search.installEventFilter(self)
        self._connect_signals()

    # What each page provides --------------------------------------------------------------
    def load_master(self, uow: UnitOfWork) -> list[Any]:
        raise NotImplementedError

    def load_detail(self, uow: UnitOfWork, master_row: Any) -> list[Any]:
        raise NotImplementedError

    def edit_master(self, row: Any | None) -> Any:
        """Open the master's dialog (row None: a new record); the saved row or None."""
        raise NotImplementedError

    def edit_detail(self, row: Any | None) -> Any:
        raise NotImplementedError

    def delete_master_record(self, uow: UnitOfWork, row: Any) -> None:
        raise NotImplementedError

    def delete_detail_record(self, uow: UnitOfWork, row: Any) -> None:
        raise NotImplementedError

    def detail_title(self, master_row: Any | None) -> str:
        raise NotImplementedError

    def detail_empty_text(self, master_row: Any | None) -> str:
        """What the lower table says when it is empty: why, and what to do."""
        raise NotImplementedError

    # Shared behaviour -----------------------------------------------------------------------
    def _connect_signals(self) -> None:
        self.master.current_changed.connect(self._on_master_current_changed)
        self.master.new_requested.connect(lambda: self._edit(self.master, None))
        self.master.edit_requested.connect(lambda row: self._edit(self.master, row))
        self.master.delete_requested.connect(lambda row: self._delete(self.master, row))
        self.detail.new_requested.connect(lambda: self._edit(self.detail, None))
        self.detail.edit_requested.connect(lambda row: self._edit(self.detail, row))
        self.detail.delete_requested.connect(lambda row: self._delete(self.detail, row))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.FocusIn:
            in_detail = watched in (self.detail.view, self.detail.search)
            self._active = self.detail if in_detail else self.master
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        """Reload both tables from the store, keeping the selections."""
        rows = attempt(self, self.store, self.load_master)
        if rows is not None:
            self.master.set_rows(rows)
        self._reload_detail()

    def _reload_detail(self, select_id: Any = None) -> None:
        master_row = self.master.current_row()
        self.detail.title_label.setText(f"<b>{self.detail_title(master_row)}</b>")
        self.detail.new_button.setEnabled(master_row is not None)
        self.detail.set_empty_text(self.detail_empty_text(master_row))
        if master_row is None:
            self.detail.set_rows([])
            return
        rows = attempt(self, self.store, lambda uow: self.load_detail(uow, master_row))
        if rows is not None:
            self.detail.set_rows(rows, select_id)

    def new_record(self) -> None:
        """Ctrl+N: a new record in the table last worked in."""
        table = self._active if self._active.new_button.isEnabled() else self.master
        self._edit(table, None)

    def focus_search(self) -> None:
        self._active.focus_search()

    def _edit(self, table: RecordTable, row: Any | None) -> None:
        saved = self.edit_master(row) if table is self.master else self.edit_detail(row)
        if saved is None:
            return
        if table is self.master:
            rows = attempt(self, self.store, self.load_master)
            self.master.set_rows(rows or [], saved.id)
            self._reload_detail()
        else:
            self.refresh_master_counts()
            self._reload_detail(saved.id)
        table.view.setFocus()

    def refresh_master_counts(self) -> None:
        rows = attempt(self, self.store, self.load_master)
        if rows is not None:
            self.master.set_rows(rows)

    def _delete(self, table: RecordTable, row: Any) -> None:
        name = getattr(row, "name", "this record")
        if not prompts.confirm(self, f"Delete the {table.noun} '{name}'?"):
            return
        use_case = self.delete_master_record if table is self.master else self.delete_detail_record

        def delete(uow: UnitOfWork) -> bool:
            use_case(uow, row)
            return True

        if attempt(self, self.store, delete):
            kind = self.master_table if table is self.master else self.detail_table
            self.deleted(kind, row.id, f"the {table.noun} '{name}'")
        self.refresh()

    def _on_master_current_changed(self, _row: Any) -> None:
        self._reload_detail()
