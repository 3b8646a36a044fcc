"""The Audit page: the change trail and the access log in one table, newest first, filtered by
person or record, user and dates, and exported to CSV. For the auditor and the administrator on a
PostgreSQL store (the server lets no one else read the logs); always on SQLite."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain.common.day_text import uk_day_time
from jagdesk.errors import JagdeskError
from jagdesk.exports.admin.audit_csv import write_audit_csv
from jagdesk.gui import export_files, prompts
from jagdesk.gui.models.row_table_model import Column, RowTableModel
from jagdesk.gui.operations import attempt, call
from jagdesk.gui.pages.common.page import Page
from jagdesk.gui.widgets.optional_date import OptionalDate
from jagdesk.gui.widgets.record_table import fit_columns
from jagdesk.services.admin.audit_log import LIMIT, LogFilter, LogRow, export_log_rows, log_rows
from jagdesk.services.admin.session_roles import may_audit
from jagdesk.store.opening import Store

COLUMNS = (
    Column("When", lambda row: uk_day_time(row.at)),
    Column("Log", lambda row: "Change" if row.log == "change" else "Access"),
    Column("User", lambda row: row.user),
    Column("Action", lambda row: row.action),
    Column("Kind", lambda row: row.kind.replace("_", " ")),
    Column("Record", lambda row: row.title),
    Column("Details", lambda row: row.details),
)
DETAILS = 6  # the column that takes the room left
EMPTY = "No entries match: clear a filter or widen the dates."


class AuditPage(Page):
    """Who changed, opened, searched and exported what, and when."""

    title = "Audit"

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.record = QLineEdit(placeholderText="A person's name, a reference or a kind")
        self.record.setAccessibleName("Person or record")
        self.user = QLineEdit(placeholderText="A login or user name")
        self.user.setAccessibleName("User")
        self.first = OptionalDate()
        self.first.setAccessibleName("From")
        self.last = OptionalDate()
        self.last.setAccessibleName("To")
        self.show_button = QPushButton("&Show")
        self.export_button = QPushButton("E&xport CSV…")
        self.model = RowTableModel(COLUMNS, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setAccessibleName("Audit entries")
        fit_columns(self.view, DETAILS, {5: 260})
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: palette(mid); padding: 4px;")
        self._lay_out()
        for field in (self.record, self.user):
            field.returnPressed.connect(self.refresh)
        self.show_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self.export_asked)

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        for text, field, stretch in (("Person or &record", self.record, 3), ("&User", self.user, 2),
                                     ("&From", self.first, 0), ("&To", self.last, 0)):
            label = QLabel(text)
            label.setBuddy(field)
            filters.addWidget(label)
            filters.addWidget(field, stretch)
        filters.addWidget(self.show_button)
        filters.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<b>Audit</b>: the change trail and the access log (who opened, "
                                "searched, exported or printed what), newest first"))
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

    @staticmethod
    def allowed(store: Store) -> bool:
        """Whether the login may see this page (asked of the server on PostgreSQL)."""
        try:
            return call(store, may_audit)
        except JagdeskError:
            return False

    def wanted(self) -> LogFilter:
        """The filters as they stand."""
        return LogFilter(record=self.record.text(), user=self.user.text(), first=self.first.value(),
                         last=self.last.value())

    def refresh(self) -> None:
        wanted = self.wanted()
        if wanted.first and wanted.last and wanted.first > wanted.last:
            prompts.show_error(self, "The From date is after the To date; nothing can match.")
            return
        rows = attempt(self, self.store, lambda uow: log_rows(uow, wanted))
        if rows is None:
            return
        self.model.set_rows(rows)
        capped = " (each log's newest entries only: narrow the filters)" \
            if len(rows) >= LIMIT else ""
        self.count_label.setText(f"{len(rows)} entries{capped}." if rows else EMPTY)

    def shown_rows(self) -> list[LogRow]:
        return self.model.rows()

    def exports(self) -> list[tuple[str, Callable[[], object]]]:
        return [("E&xport the audit entries (CSV)…", self.export_asked)]

    def export_csv(self, path: Path) -> Path:
        """Write the entries the filters select to `path`; the export is itself logged."""
        wanted = self.wanted()
        rows = call(self.store, lambda uow: export_log_rows(uow, wanted, path))
        return write_audit_csv(rows, path)

    def export_asked(self) -> None:
        name = f"Audit {date.today().isoformat()}.csv"
        target, _ = QFileDialog.getSaveFileName(self, "Export the audit entries",
                                                str(export_files.suggested(name)), "CSV (*.csv)")
        if not target:
            return
        written = export_files.attempt_writing(self, Path(target), lambda: self.export_csv(Path(target)))
        if written is not None:
            export_files.written(self, written, "the audit entries")
            self.refresh()
