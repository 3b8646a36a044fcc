"""A locality's meeting story for the check-in tests: Borehamwood taken out of the demo store onto
a laptop, then changed on both sides the way a week of work changes it (edits that conflict and
edits that agree, cases and actions created on both sides with the same references, deletions on
each side against changes on the other), with what the server must hold after the check-in.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from jagdesk.services.offline.rows import BOOKKEEPING, row_values
from jagdesk.services.offline.takeout import take_out
from jagdesk.services.offline.types import Resolution, Side, TakeoutRequest
from jagdesk.services.problem_solving.actions import ActionInput, delete_action, save_action
from jagdesk.services.problem_solving.cases import CaseInput, save_case
from jagdesk.store.base import Record, record_kinds
from jagdesk.store.location import sqlite_location
from jagdesk.store.models import Action, Hotspot, ProblemCase, ReferenceSequence, TakeoutOriginal
from jagdesk.store.opening import Store, open_store
from tests.support.stores import PASSPHRASE

LOCALITY = "Borehamwood"
CASE = "PS-2020-003"
LAPTOP_USER = "ann.laptop"  # who works on the laptop at the meeting
SHENLEY = "Shenley Road shopping parade, Borehamwood"
BALDOCK = "Baldock Way garages, Cowley Hill"
# Content of every record by table and id, bookkeeping left out.
Contents = dict[str, dict[uuid.UUID, dict[str, Any]]]


@dataclass
class Story:
    """What each side did, and the ids the test looks for."""

    file: Path
    ids: dict[str, uuid.UUID] = field(default_factory=dict)
    resolutions: dict[str, Resolution] = field(default_factory=dict)


def contents(store: Store) -> Contents:
    """Every record of the store (but take-outs), its fields without bookkeeping, by table and id."""
    found: Contents = {}
    with store.engine.connect() as connection:
        for kind in record_kinds():
            table = kind.__table__
            if table.name == "takeout":
                continue
            found[table.name] = {
                row["id"]: {name: value for name, value in row_values(table, row).items()  # type: ignore[arg-type]
                            if name not in BOOKKEEPING}
                for row in connection.execute(select(table)).mappings()}
    return found


def sequences(store: Store) -> dict[str, int]:
    with store.engine.connect() as connection:
        return {series: number for series, number in connection.execute(
            select(ReferenceSequence.series, ReferenceSequence.last_number))}


def originals(laptop: Store) -> set[tuple[str, uuid.UUID]]:
    with laptop.engine.connect() as connection:
        return {(name, record_id) for name, record_id in connection.execute(
            select(TakeoutOriginal.table_name, TakeoutOriginal.record_id))}


def open_laptop(file: Path) -> Store:
    return open_store(sqlite_location(file), PASSPHRASE, create=False, backup_keep=0)


def _action(store: Store, reference: str) -> uuid.UUID:
    with store.unit_of_work() as uow:
        return uow.session.scalars(select(Action.id).where(Action.reference == reference)).one()


def _edit(store: Store, user: str, kind: type[Record], record_id: uuid.UUID, **values: Any) -> None:
    with store.unit_of_work(user) as uow:
        record = uow.session.get(kind, record_id)
        assert record is not None
        for name, value in values.items():
            setattr(record, name, value)
        uow.commit()


def _by_name(store: Store, name: str) -> uuid.UUID:
    with store.unit_of_work() as uow:
        return uow.session.scalars(select(Hotspot.id).where(Hotspot.name == name)).one()


def _new_case(store: Store, user: str, name: str) -> tuple[uuid.UUID, uuid.UUID]:
    """A case opened in 2021 with one action: its id and the action's."""
    with store.unit_of_work(user) as uow:
        case = save_case(uow, CaseInput(name=name, opened_on=date(2021, 3, 4),
                                        behaviour="Young people gathering late"))
    with store.unit_of_work(user) as uow:
        action = save_action(uow, case.id, ActionInput("Patrol the play area on Friday evenings"),
                             today=date(2021, 3, 4))
    return case.id, action.id


def _case_id(store: Store) -> uuid.UUID:
    with store.unit_of_work() as uow:
        return uow.session.scalars(select(ProblemCase.id).where(ProblemCase.reference == CASE)).one()


def take_out_borehamwood(server: Store, folder: Path) -> Path:
    file = folder / "borehamwood.jagdesk"
    take_out(server, TakeoutRequest(LOCALITY, file, PASSPHRASE))
    return file


def work_on_both_sides(server: Store, laptop: Store, file: Path) -> Story:
    """The week's work on the laptop (as LAPTOP_USER) and on the server."""
    story = Story(file)
    ids = story.ids
    bob = server.login or "bob"  # a server with roles set up takes entries in its login's name only
    ids["case"] = _case_id(server)
    for number in range(1, 6):
        ids[f"/0{number}"] = _action(server, f"{CASE}/0{number}")
    ids["shenley"], ids["baldock"] = _by_name(server, SHENLEY), _by_name(server, BALDOCK)
    # The server first: a new case (PS-2021-003) and an action on the case (PS-2020-003/09).
    ids["server case"], ids["server case action"] = _new_case(server, bob, "Cut-through at Leeming Road")
    with server.unit_of_work(bob) as uow:
        ids["server action"] = save_action(uow, ids["case"], ActionInput("Trim the hedges"),
                                           today=date(2021, 3, 4)).id
    # The laptop, unaware: the same references for its own new case and action.
    ids["laptop case"], ids["laptop case action"] = _new_case(laptop, LAPTOP_USER,
                                                              "Motorbikes on Aberford Park")
    with laptop.unit_of_work(LAPTOP_USER) as uow:
        ids["laptop action"] = save_action(uow, ids["case"], ActionInput("Ask for a dispersal order"),
                                           today=date(2021, 3, 4)).id
    # Changed on the laptop only.
    _edit(laptop, LAPTOP_USER, ProblemCase, ids["case"], behaviour="Drinking moved to the bus stop")
    _edit(laptop, LAPTOP_USER, Action, ids["/01"], status="done", completed_on=date(2021, 3, 4))
    # Changed on both: differently (a conflict), and to the same (none).
    _edit(laptop, LAPTOP_USER, Hotspot, ids["shenley"], description="Laptop: worse after 9pm",
          notes="Seen at the meeting")
    _edit(server, bob, Hotspot, ids["shenley"], description="Server: better since the lights")
    for store, user in ((laptop, LAPTOP_USER), (server, bob)):
        _edit(store, user, Hotspot, ids["baldock"], priority="high")
    # Deleted on the laptop: unchanged on the server (deleted there), changed there (a conflict).
    for reference in ("/02", "/03"):
        with laptop.unit_of_work(LAPTOP_USER) as uow:
            delete_action(uow, ids[reference], None)
    _edit(server, bob, Action, ids["/03"], description="Gate fitted by the landlord")
    # Changed on the laptop, deleted on the server (a conflict); changed on the server only.
    _edit(laptop, LAPTOP_USER, Action, ids["/04"], description="Benches moved to the green")
    with server.unit_of_work(bob) as uow:
        delete_action(uow, ids["/04"], None)
    _edit(server, bob, Action, ids["/05"], status="cancelled")
    story.resolutions = {
        f"hotspot:{ids['shenley'].hex}": Resolution(Side.LAPTOP, {"description": Side.SERVER}),
        f"action:{ids['/03'].hex}": Resolution(Side.LAPTOP),  # deleted as on the laptop
        f"action:{ids['/04'].hex}": Resolution(Side.LAPTOP),  # kept, with the laptop's change
    }
    return story


def expected_after(server_before: Contents, laptop: Store, story: Story) -> Contents:
    """What the server must hold after checking in `story` with its resolutions: the server's
    records as they were, with the laptop's work carried over record by record."""
    expected = {table: {key: dict(values) for key, values in rows.items()}
                for table, rows in server_before.items()}
    on_laptop, ids = contents(laptop), story.ids
    taken = originals(laptop)
    # Everything created on the laptop is added (the case and action renumbered below).
    for table, rows in on_laptop.items():
        for record_id, values in rows.items():
            if (table, record_id) not in taken:
                expected[table][record_id] = dict(values)
    expected["problem_case"][ids["laptop case"]]["reference"] = "PS-2021-004"
    expected["action"][ids["laptop case action"]]["reference"] = "PS-2021-004/01"
    expected["action"][ids["laptop action"]]["reference"] = f"{CASE}/10"
    for table, key in (("problem_case", "case"), ("action", "/01"), ("action", "/04")):
        expected[table][ids[key]] = dict(on_laptop[table][ids[key]])
    expected["hotspot"][ids["shenley"]]["notes"] = "Seen at the meeting"
    for key in ("/02", "/03"):
        del expected["action"][ids[key]]
    for table in ("action_update",):
        for record_id, values in list(expected[table].items()):
            if values["action_id"] in (ids["/02"].hex, ids["/03"].hex):
                del expected[table][record_id]
    return expected
