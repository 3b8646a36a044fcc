"""The tabs of a hotspot's parts (status history, visual audits, engagement): a table and the
selected entry in full beside it, since the entries are paragraphs that no table cell can hold."""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QTextBrowser, QWidget

from jagdesk.domain.common.day_text import uk_day
from jagdesk.domain.hotspots import EngagementKind
from jagdesk.gui.models.row_table_model import Column
from jagdesk.gui.widgets.record_table import RecordTable
from jagdesk.gui.widgets.table_day import table_day
from jagdesk.services.hotspots.activity import EngagementRow, VisualAuditRow
from jagdesk.services.hotspots.hotspots import StatusChangeRow
from jagdesk.store.uow import UnitOfWork

Delete = Callable[[UnitOfWork, uuid.UUID, int | None], None]


def short(text: str, length: int = 70) -> str:
    """The first line of a paragraph, cut to fit a table cell."""
    line = " ".join(text.split())
    return line if len(line) <= length else line[:length - 1].rstrip() + "…"


def kind_label(kind: str) -> str:
    return EngagementKind(kind).label if kind in set(EngagementKind) else kind


def _section(title: str, text: str) -> str:
    body = html.escape(text).replace("\n", "<br>") if text.strip() else "<i>none recorded</i>"
    return f"<p><b>{html.escape(title)}</b><br>{body}</p>"


def history_text(row: StatusChangeRow) -> str:
    heading = f"{row.status.capitalize()} from {uk_day(row.changed_on)}"
    by = f" (recorded by {html.escape(row.changed_by)})" if row.changed_by else ""
    return f"<p><b>{html.escape(heading)}</b>{by}</p>" + _section("Reason", row.reason)


def audit_text(row: VisualAuditRow) -> str:
    return (f"<p><b>Visual audit on {uk_day(row.audit_date)}</b></p>"
            + _section("Who attended", row.attendees) + _section("Findings", row.findings)
            + _section("Recommended actions", row.recommendations))


def engagement_text(row: EngagementRow) -> str:
    rate = row.response_rate_text or "nothing sent"
    return (f"<p><b>{html.escape(kind_label(row.kind))} sent on {uk_day(row.sent_on)}</b><br>"
            f"Responses: {html.escape(rate)}</p>"
            + _section("Roads covered", row.roads) + _section("What residents said", row.summary))


HISTORY_COLUMNS = [
    Column("Date", lambda r: table_day(r.changed_on)),
    Column("Status", lambda r: r.status.capitalize()),
    Column("Reason", lambda r: short(r.reason, 90)),
]
AUDIT_COLUMNS = [
    Column("Date", lambda r: table_day(r.audit_date)),
    Column("Who attended", lambda r: short(r.attendees, 40)),
    Column("Findings", lambda r: short(r.findings, 60)),
]
ENGAGEMENT_COLUMNS = [
    Column("Sent", lambda r: table_day(r.sent_on)),
    Column("Kind", lambda r: kind_label(r.kind)),
    Column("Number", lambda r: r.number_sent),
    Column("Responses", lambda r: r.responses),
    Column("Rate", lambda r: f"{round(100 * r.responses / r.number_sent)}%" if r.number_sent else ""),
    Column("Roads", lambda r: short(r.roads, 40)),
]


class PartTab(QWidget):
    """One kind of part of a hotspot: its table, in date order, and the selected one in full."""

    def __init__(self, title: str, noun: str, table_name: str, columns: Sequence[Column],
                 full_text: Callable[[Any], str], describe: Callable[[Any], str],
                 delete: Delete | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table_name = table_name  # for undoing a delete
        self.describe = describe  # "the visual audit of 19/11/2020", for questions and messages
        self.delete = delete
        self._full_text = full_text
        self.table = RecordTable(title, noun, columns)
        # A hotspot has a handful of each: nothing to search; and the tab names the table.
        self.table.search.hide()
        self.table.title_label.hide()
        self.table.view.setWordWrap(False)
        # Kept in the service's date order: the dates are shown day first, which does not sort.
        self.table.view.setSortingEnabled(False)
        self.table.proxy.sort(-1)
        if delete is None:
            self.table.edit_button.hide()
            self.table.delete_button.hide()
        self.reader = QTextBrowser()
        self.reader.setAccessibleName(f"The selected {noun} in full")
        self.reader.setOpenLinks(False)
        self._placeholder = f"<p style='color: gray'>Select a {noun} to read it in full.</p>"
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.reader)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        self.table.current_changed.connect(self._on_table_current_changed)
        self._on_table_current_changed(None)

    def set_rows(self, rows: Sequence[Any], select_id: uuid.UUID | None = None) -> None:
        """Show these parts and select `select_id`; else the one just added (a change of status),
        else the one selected before, else the newest: the reader always has one to show."""
        shown = {row.id for row in self.table.model.rows()}
        added = [row.id for row in rows if row.id not in shown]
        self.table.set_rows(rows, select_id or (added[-1] if added else None))
        if self.table.current_row() is None and rows:
            self.table.view.selectRow(len(rows) - 1)

    def _on_table_current_changed(self, row: Any) -> None:
        self.reader.setHtml(self._full_text(row) if row is not None else self._placeholder)
