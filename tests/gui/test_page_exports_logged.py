"""Exports and prints the pages write themselves are in the access log, as the services' are: the
calendar, the RIPA yearly return, a printed meeting pack, a crime statistics chart."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from jagdesk.gui.pages.cctv.ripa_page import RipaPage
from jagdesk.gui.pages.meetings import paper_writers as papers
from jagdesk.services.meetings import list_meetings
from jagdesk.store.models import AccessEntry
from jagdesk.store.opening import Store


def _logged(store: Store) -> list[tuple[str, str, dict[str, Any]]]:
    """The access log's exports and prints, oldest first: (action, title, details)."""
    with store.unit_of_work() as uow:
        return [(entry.action, entry.record_title, json.loads(entry.details)
                 if isinstance(entry.details, str) else dict(entry.details))
                for entry in uow.session.scalars(select(AccessEntry).order_by(AccessEntry.seq))
                if entry.action in ("export", "print")]


def test_the_calendar_is_logged_with_its_highest_marking(demo_store: Store, tmp_path: Path) -> None:
    target = tmp_path / "meetings.ics"
    path, events = papers.write_calendar(demo_store, papers.CalendarExport(target), None)
    assert _logged(demo_store) == [("export", f"Calendar of {events} events",
                                    {"marking": "OFFICIAL-SENSITIVE", "public": False,
                                     "file": str(path)})]


def test_the_ripa_yearly_return_is_logged(qtbot: Any, demo_store: Store, tmp_path: Path) -> None:
    page = RipaPage(demo_store)
    qtbot.addWidget(page)
    page.export_return(tmp_path / "return.csv", 2021)
    assert _logged(demo_store) == [("export", "RIPA yearly return 2021",
                                    {"marking": "OFFICIAL", "public": False,
                                     "file": str(tmp_path / "return.csv")})]


def test_a_printed_pack_is_logged_as_printed(qtbot: Any, demo_store: Store, tmp_path: Path) -> None:
    pytest.importorskip("jagdesk.exports.meetings.pack.pdf")
    from PySide6.QtPrintSupport import QPrinter

    with demo_store.unit_of_work() as uow:
        meeting = list_meetings(uow)[-1]
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert papers.print_pack(None, demo_store, meeting.id, printer=printer) > 0
    title = f"Meeting pack {meeting.name} {meeting.held_on.isoformat()}"
    assert [(action, logged, details["marking"]) for action, logged, details in _logged(demo_store)] == [
        ("export", title, meeting.marking), ("print", title, meeting.marking)]
