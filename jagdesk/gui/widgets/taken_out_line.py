"""The line under a record's heading while the record is away on a laptop: "Taken out by jsmith
since ...", so that a colleague editing it knows the check-in may meet their change."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from sqlalchemy.exc import SQLAlchemyError

from jagdesk.errors import JagdeskError
from jagdesk.gui.operations import call
from jagdesk.gui.widgets.record_table import RecordTable
from jagdesk.store.opening import Store

STYLE = ("background: #fff4d6; color: #5c4500; border: 1px solid #e8c872; border-radius: 3px; "
         "padding: 3px 6px;")


class TakenOutLine(QLabel):
    """Says whether the record selected in `records` is taken out; hidden while it is not."""

    def __init__(self, store: Store, records: RecordTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWordWrap(True)
        self.setStyleSheet(STYLE)
        self.setAccessibleName("Taken out")
        self.hide()
        records.current_changed.connect(self._on_records_current_changed)

    @staticmethod
    def under(heading: QWidget, store: Store, records: RecordTable) -> QWidget:
        """The page's heading with the line under it, to lay out where the heading was."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(heading)
        column.addWidget(TakenOutLine(store, records))
        return holder

    def show_record(self, record_id: uuid.UUID | None) -> None:
        """Show the sentence for this record if it is taken out, else nothing."""
        # Imported on first use: the take-out module brings the file writing the pages never need.
        from jagdesk.services.offline.takeout import taken_out

        away = None
        if record_id is not None:
            try:
                away = call(self.store, lambda uow: taken_out(uow, record_id))
            except (JagdeskError, SQLAlchemyError):
                away = None  # a line of information: its failure must not stop the page showing
        self.setText(away.sentence() if away is not None else "")
        self.setVisible(away is not None)

    def _on_records_current_changed(self, row: Any) -> None:
        self.show_record(getattr(row, "id", None))
