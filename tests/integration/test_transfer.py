"""Copying a whole store between SQLite and PostgreSQL: every row, verified, into empty stores only."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from jagdesk.errors import StoreError
from jagdesk.services.admin.maintenance import check_store
from jagdesk.services.admin.transfer import table_counts, transfer
from jagdesk.services.reference.agencies import AgencyInput, save_agency
from jagdesk.store.location import resolve_location, sqlite_location
from jagdesk.store.opening import Store, open_store
from tests.support.stores import open_copy

Rows = Callable[[Store], dict[str, list[tuple[object, ...]]]]
DEMO_TABLES = {"agency": 11, "locality": 5, "contact": 21, "ward": 15}


@pytest.fixture
def sqlite_store(tmp_path: Path, empty_template: Path) -> Iterator[Store]:
    with open_copy(empty_template, tmp_path / "laptop.db") as store:
        yield store


@pytest.fixture
def pg_store(pg_url: str) -> Iterator[Store]:
    with open_store(resolve_location(pg_url)) as store:
        yield store


@pytest.fixture
def sqlite_demo(demo_template: Path, tmp_path: Path) -> Iterator[Store]:
    """The demo partnership in a SQLite store (a copy of the template), open."""
    with open_copy(demo_template, tmp_path / "laptop.db") as store:
        yield store


@pytest.fixture
def pg_demo(pg_demo_url: str) -> Iterator[Store]:
    """The demo partnership in a PostgreSQL database (a copy of the template), open."""
    with open_store(resolve_location(pg_demo_url)) as store:
        yield store


def test_sqlite_to_postgresql(sqlite_demo: Store, pg_store: Store, store_rows: Rows) -> None:
    seen: list[tuple[str, int]] = []
    copied = transfer(sqlite_demo, pg_store, progress=lambda table, done: seen.append(
        (table, done)))
    assert copied == table_counts(sqlite_demo)
    assert DEMO_TABLES.items() <= copied.items()
    assert table_counts(pg_store) == copied
    assert store_rows(pg_store) == store_rows(sqlite_demo)
    assert ("contact", 21) in seen
    assert check_store(pg_store).ok


def test_postgresql_to_sqlite(sqlite_store: Store, pg_demo: Store, store_rows: Rows) -> None:
    copied = transfer(pg_demo, sqlite_store)
    assert copied == table_counts(pg_demo)
    assert DEMO_TABLES.items() <= copied.items()
    assert store_rows(sqlite_store) == store_rows(pg_demo)
    report = check_store(sqlite_store)
    assert report.ok and report.counts["wards"] == 15


@pytest.mark.postgres
@pytest.mark.parametrize("stores", [("sqlite_demo", "pg_store"), ("pg_demo", "sqlite_store")],
                         ids=["to postgresql", "to sqlite"])
def test_a_target_with_records_is_refused(request: pytest.FixtureRequest, store_rows: Rows,
                                          stores: tuple[str, str]) -> None:
    """From the demo into a store that holds one record of its own."""
    source: Store = request.getfixturevalue(stores[0])
    target: Store = request.getfixturevalue(stores[1])
    with target.unit_of_work() as uow:
        save_agency(uow, AgencyInput("Already here", "other"))
    before = store_rows(target)
    with pytest.raises(StoreError) as refused:
        transfer(source, target)
    assert str(refused.value) == (
        f"{target.location.describe()} already holds records; "
        "transfer copies into an empty store only."
    )
    assert store_rows(target) == before


def test_a_store_not_set_up_is_refused(tmp_path: Path, sqlite_store: Store) -> None:
    with open_store(sqlite_location(tmp_path / "blank.db"), upgrade=False) as blank, \
            pytest.raises(StoreError, match="needs upgrading to this version of JAGDesk"):
        transfer(sqlite_store, blank)


def test_a_person_merged_into_a_later_record_copies(sqlite_store: Store, pg_store: Store,
                                                   store_rows: Rows) -> None:
    """The merged-away record refers to its survivor, which may have been written after it."""
    from jagdesk.store.models import Person

    with sqlite_store.unit_of_work("priya") as uow:
        old = Person(family_name="Kowalski", given_names="Jan")
        uow.session.add(old)
        uow.session.flush()
        kept = Person(family_name="Kowalski", given_names="Jan Piotr")
        uow.session.add(kept)
        uow.session.flush()
        old.merged_into_id = kept.id
        uow.commit()
    copied = transfer(sqlite_store, pg_store)
    assert copied["person"] == 2
    assert store_rows(pg_store) == store_rows(sqlite_store)
