"""`jagdesk list KIND [--json]` for every kind the command knows, on the demo partnership and on a
store whose text is as awkward as people type it: the JSON parses, the table has a line per row."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest

from jagdesk.cli.output import heading
from jagdesk.services.admin.listing import KINDS
from jagdesk.services.asb.breaches import record_breach
from jagdesk.services.asb.interventions import save_intervention
from jagdesk.services.asb.types import BreachInput, InterventionInput
from jagdesk.services.case_review.applications import ApplicationInput as CaseReviewInput
from jagdesk.services.case_review.applications import ComplaintInput, save_case_review
from jagdesk.services.cctv.authorisations import ApplicationInput, add_application
from jagdesk.services.cctv.cameras import CameraInput, save_camera
from jagdesk.services.cctv.deployments import DeploymentRequest, request_deployment
from jagdesk.services.cctv.officers import save_officer
from jagdesk.services.hotspots.hotspots import HotspotInput, save_hotspot
from jagdesk.services.meetings import MeetingInput, list_meeting_types, save_meeting
from jagdesk.services.people.people import PersonInput, save_person
from jagdesk.services.problem_solving.actions import ActionInput, save_action
from jagdesk.services.problem_solving.cases import CaseInput, save_case
from jagdesk.services.reference.agencies import AgencyInput, ContactInput, save_agency, save_contact
from jagdesk.services.reference.localities import LocalityInput, WardInput, save_locality, save_ward
from jagdesk.store.location import sqlite_location
from jagdesk.store.opening import open_store
from tests.support.command_line import Capsys, run
from tests.support.stores import copy_store

# Quotes, a line break, a tab, emoji (one a joined family), Arabic, markup characters.
AWKWARD = "O'Brien \"Spud\"\nline two\ttabbed 🍺 👩‍👩‍👧 مرحبا <b>&amp;</b> &"
LONG_WORD = "W" * 300  # one 300-character word, as a paste of a URL or a reference can be
MARK = "Spud"  # in every kind's awkward record, to find it in the listing


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A private data folder for the module's stores, made before the per-test one applies."""
    folder = tmp_path_factory.mktemp("list-every-kind")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("JAGDESK_DATA_DIR", str(folder / "data"))
        yield folder


@pytest.fixture(scope="module")
def demo_db(data_dir: Path, demo_template: Path) -> str:
    """A copy of the demo store, which the listings only read."""
    return str(copy_store(demo_template, data_dir / "demo.db"))


@pytest.fixture(scope="module")
def awkward_db(data_dir: Path) -> str:
    """A record of every kind whose listed text holds AWKWARD (and LONG_WORD where it fits)."""
    path = data_dir / "awkward.db"
    with open_store(sqlite_location(path), None) as store, store.unit_of_work("t") as uow:
        agency = save_agency(uow, AgencyInput(f"Agency {AWKWARD}", "police")).id
        contact = save_contact(uow, ContactInput(agency, f"PC {AWKWARD}", role=LONG_WORD[:200])).id
        locality = save_locality(uow, LocalityInput(f"Place {AWKWARD}",
                                                    f"{AWKWARD} {LONG_WORD}")).id
        save_ward(uow, WardInput("E05999999", f"Ward {AWKWARD}", locality))
        save_hotspot(uow, HotspotInput(f"Hotspot {AWKWARD}", 51.655688, -0.269328, radius_m=150,
                                       description=LONG_WORD, owner_id=contact,
                                       locality_id=locality))
        person = save_person(uow, PersonInput(f"Family {AWKWARD}", "Given 👩‍👩‍👧",
                                              date_of_birth=date(1990, 7, 14), postcode="WD6 1JN"))
        abc = save_intervention(uow, InterventionInput("ABC", "person", date(2026, 3, 3), person.id,
                                                       starts_on=date(2026, 3, 3), status="in force"))
        record_breach(uow, abc.id, BreachInput(date(2026, 4, 1), reported_by=f"PC {AWKWARD}"),
                      abc.version, today=date(2026, 4, 2))
        case = save_case(uow, CaseInput(f"Case {AWKWARD}", date(2026, 3, 3), owner_id=contact,
                                        review_on=date(2026, 5, 1)))
        save_action(uow, case.id, ActionInput(f"{AWKWARD} {LONG_WORD}", owner_contact_id=contact,
                                              due_on=date(2026, 6, 1)))
        save_case_review(uow, CaseReviewInput(date(2026, 3, 3), (
            ComplaintInput(date(2026, 2, 1), date(2026, 2, 2), agency_reference=AWKWARD[:60]),),
            problem=f"Problem {AWKWARD}"))
        jag = next(t.id for t in list_meeting_types(uow) if not t.is_problem_solving)
        save_meeting(uow, MeetingInput(f"Meeting {AWKWARD}", meeting_type_id=jag,
                                       held_on=date(2026, 6, 4), starts_at=time(10, 0),
                                       ends_at=time(12, 0), venue=f"Room {AWKWARD} {LONG_WORD}"))
        save_camera(uow, None, None, CameraInput(f"C-{MARK}", f"Camera {AWKWARD}"))
        request_deployment(uow, DeploymentRequest(date(2026, 3, 3), f"Site {AWKWARD}"))
        officer = save_officer(uow, None, None, f"Officer {AWKWARD}", "Director").id
        add_application(uow, ApplicationInput(f"Op {AWKWARD}", "Theft", officer))
    return str(path)


def check_listing(capsys: Capsys, db: str, kind: str) -> tuple[list[dict[str, object]], list[str]]:
    """The kind listed both ways: the JSON's rows and the table's lines, each checked for shape."""
    status, out, err = run(capsys, "--db", db, "list", kind, "--json")
    assert (status, err) == (0, "")
    rows = json.loads(out)
    assert isinstance(rows, list) and all(isinstance(row, dict) for row in rows)
    status, out, err = run(capsys, "--db", db, "list", kind)
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 1 + len(rows), "a table row per record, each on one line"
    assert lines[0].split()[0] == heading(KINDS[kind].columns[0]).split()[0]
    return rows, lines


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_lists_the_demo(demo_db: str, kind: str, capsys: Capsys) -> None:
    rows, lines = check_listing(capsys, demo_db, kind)
    assert rows, f"the demo has no {kind}"
    # Every kind's table writes its days as 02/12/2026, as the older kinds always did; JSON keeps ISO.
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", "\n".join(lines)), f"an ISO day in the {kind} table"


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_lists_awkward_text(awkward_db: str, kind: str, capsys: Capsys) -> None:
    rows, lines = check_listing(capsys, awkward_db, kind)
    assert any(MARK in json.dumps(row, ensure_ascii=False) for row in rows), (
        f"add a {kind} record holding the awkward text to the awkward_db fixture")
    # The text comes back exactly as it was saved, line break, tab and all.
    assert any(AWKWARD in value for row in rows for value in row.values() if isinstance(value, str))
    line = next(line for line in lines if MARK in line)
    assert "\n" not in line and "\t" not in line
    assert "line two tabbed 🍺 👩‍👩‍👧 مرحبا <b>&amp;</b> &" in line
