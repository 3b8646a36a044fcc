"""A backup of a store where people with ASB interventions were merged (a merged record points at
the one it was merged into) restores whole, on each backend."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from jagdesk.services.admin.safekeeping import backup_store, restore_store
from jagdesk.services.asb.interventions import save_intervention
from jagdesk.services.asb.reading import list_interventions
from jagdesk.services.asb.types import Filter, InterventionInput
from jagdesk.services.people.people import PersonInput, list_people, merge_people, save_person
from jagdesk.store.opening import Store

Rows = Callable[[Store], dict[str, list[tuple[object, ...]]]]
TODAY = date(2021, 3, 4)


def _person(store: Store, family: str, given: str) -> tuple[object, int]:
    with store.unit_of_work("officer") as uow:
        row = save_person(uow, PersonInput(family, given, date_of_birth=date(1990, 5, 1)), today=TODAY)
        save_intervention(uow, InterventionInput("ABC", "person", date(2021, 2, 1), person_id=row.id),
                          today=TODAY)
        return row.id, row.version


def test_a_store_with_merged_people_who_have_interventions_restores_whole(
        demo_on_backend: Store, tmp_path: Path, store_rows: Rows) -> None:
    store = demo_on_backend
    # Three records of one man: the third merged into the second, then the second into the first,
    # so that a merged record points at one added before it and at one added after it.
    first, second, third = (_person(store, "Kowalski", given) for given in ("Piotr", "Piotr J.", "P."))
    with store.unit_of_work("officer") as uow:
        merge_people(uow, second[0], third[0], None, None)  # type: ignore[arg-type]
    with store.unit_of_work("officer") as uow:
        merge_people(uow, first[0], second[0], None, None)  # type: ignore[arg-type]
    with store.unit_of_work("officer") as uow:
        moved = list_interventions(uow, Filter(person_id=first[0]), TODAY)  # type: ignore[arg-type]
    assert len(moved) == 3
    saved = store_rows(store)
    backup = backup_store(store, tmp_path / "merged.db")
    with store.unit_of_work("officer") as uow:
        save_person(uow, PersonInput("Added", "After"), today=TODAY)
    restore_store(store, backup)
    now = store_rows(store)
    assert {k: v for k, v in now.items() if k != "audit_entry"} == \
        {k: v for k, v in saved.items() if k != "audit_entry"}
    with store.unit_of_work("officer") as uow:
        assert [row.name for row in list_people(uow, "Kowalski")] == ["Piotr Kowalski"]
