"""`check_store`: schema version, integrity and counts, changing nothing."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from jagdesk.services.admin.maintenance import check_store
from jagdesk.services.demo.load import load_demo
from jagdesk.store.location import sqlite_location
from jagdesk.store.migrate import head_revision
from jagdesk.store.opening import Store, open_store
from tests.support.stores import copy_store

DEMO_COUNTS = {"agencies": 11, "contacts": 21, "localities": 5, "wards": 15}


def audited_once_each(counts: dict[str, int]) -> bool:
    """A store filled only by inserts has one audit entry per record (crimes are not records)."""
    records = sum(n for kind, n in counts.items() if kind not in ("audit entries", "crimes"))
    # ...and one more per imported street file: its counts, written once its crimes are in.
    street_files = 2 if counts.get("crimes") else 0
    return counts["audit entries"] == records + street_files


def test_check_counts_a_healthy_store(store: Store) -> None:
    report = check_store(store)
    assert report.ok and report.problems == []
    assert report.schema == report.expected_schema == head_revision()
    assert set(report.counts.values()) == {0}
    assert {"agencies", "contacts", "localities", "wards", "audit entries"} <= set(report.counts)
    with store.unit_of_work() as uow:
        load_demo(uow)
    report = check_store(store)
    assert report.ok
    assert {kind: report.counts[kind] for kind in DEMO_COUNTS} == DEMO_COUNTS
    assert audited_once_each(report.counts)
    assert report.store == store.describe()


def test_check_of_a_store_not_yet_set_up(tmp_path: Path) -> None:
    with open_store(sqlite_location(tmp_path / "new.db"), upgrade=False) as store:
        report = check_store(store)
    assert not report.ok
    assert report.problems == [f"the schema is at nothing, this JAGDesk expects {head_revision()}"]
    assert report.counts == {}


def test_check_finds_a_contact_whose_agency_is_gone(
        demo_template: Path, tmp_path: Path, digest: Callable[[Path], str]) -> None:
    path = copy_store(demo_template, tmp_path / "csp.db")
    with sqlite3.connect(path) as raw:  # damage done behind JAGDesk's back
        raw.execute("PRAGMA foreign_keys = OFF")
        # An agency with one contact and nothing else: no demo case or action names it.
        raw.execute("DELETE FROM agency WHERE name = 'West Hertfordshire Primary Care Trust'")
    raw.close()
    before = digest(path)
    with open_store(sqlite_location(path), upgrade=False, lock=False) as store:
        report = check_store(store)
    assert not report.ok
    assert len(report.problems) == 1
    assert report.problems[0].startswith("contact row ")
    assert report.problems[0].endswith(" refers to a missing agency")
    assert report.counts["agencies"] == 10
    assert digest(path) == before


def test_check_reports_a_damaged_file_instead_of_failing(demo_template: Path, tmp_path: Path) -> None:
    path = copy_store(demo_template, tmp_path / "csp.db")
    with sqlite3.connect(path) as raw:
        page_size = raw.execute("PRAGMA page_size").fetchone()[0]
        root = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = 'contact'").fetchone()[0]
    raw.close()
    with path.open("r+b") as handle:  # scribble over the contact table's first page
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * page_size)
    with open_store(sqlite_location(path), upgrade=False, lock=False) as store:
        report = check_store(store)
    assert not report.ok
    assert report.problems  # what SQLite found, or that it could not read the file


def _index_out_of_step(path: Path, index: str, definition: str) -> None:
    """Give `index` another definition behind SQLite's back: its entries no longer match its
    table's rows, as after damage to the index's pages that leaves them well formed."""
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA writable_schema = ON")
        raw.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (definition, index))
    raw.close()


def test_an_index_of_the_records_out_of_step_is_found(demo_template: Path, tmp_path: Path) -> None:
    path = copy_store(demo_template, tmp_path / "csp.db")
    _index_out_of_step(path, "ix_person_family_name",
                       "CREATE INDEX ix_person_family_name ON person (given_names)")
    with open_store(sqlite_location(path), upgrade=False, lock=False) as store:
        report = check_store(store)
    assert any("ix_person_family_name" in problem for problem in report.problems)


def test_the_crimes_indexes_are_compared_with_them_in_a_full_check(
        demo_template: Path, tmp_path: Path, digest: Callable[[Path], str]) -> None:
    path = copy_store(demo_template, tmp_path / "csp.db")
    _index_out_of_step(path, "ix_crime_month_type",
                       "CREATE INDEX ix_crime_month_type ON crime (crime_type, month)")
    before = digest(path)
    with open_store(sqlite_location(path), upgrade=False, lock=False) as store:
        quick, full = check_store(store), check_store(store, full=True)
    assert quick.ok  # every page read and sound; the crimes' index entries not compared
    assert not full.ok
    assert any("ix_crime_month_type" in problem for problem in full.problems)
    assert digest(path) == before
