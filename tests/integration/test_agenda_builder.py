"""The agenda builder in a real store: matters arising, the locality's active hotspots, cases due
for review by the meeting, proposed hotspots, any other business; nothing proposed twice."""

from __future__ import annotations

from datetime import date

import pytest

from jagdesk.services.meetings import (
    ItemInput,
    SeriesInput,
    add_item,
    add_meeting_action,
    agenda_builder,
    get_meeting,
    save_series,
)
from jagdesk.services.meetings.agenda_builder import PROPOSERS, Proposal, add_proposals, propose_items
from jagdesk.services.problem_solving.actions import ActionInput
from jagdesk.store.opening import Store
from tests.support.meeting_seed import Seeded, new_meeting, seed

OCT, NOV = date(2026, 10, 8), date(2026, 11, 12)


@pytest.fixture
def seeded(store: Store) -> Seeded:
    return seed(store)


def test_proposals_for_a_district_jag(store: Store, seeded: Seeded) -> None:
    october = new_meeting(store, seeded, OCT)
    november = new_meeting(store, seeded, NOV)
    with store.unit_of_work() as uow:
        item = add_item(uow, october, ItemInput("Parade", "hotspot", hotspot_id=seeded.parade))
        for text, due in (("Patrols", date(2026, 10, 30)), ("Letters", date(2026, 12, 31))):
            add_meeting_action(uow, item.id, ActionInput(text, owner_contact_id=seeded.pc, due_on=due))
        proposals = propose_items(uow, november, today=NOV)
    assert [(p.kind, p.name) for p in proposals] == [
        ("matters arising", "Matters arising"),
        ("hotspot", "Hotspot: Bushey Heath park"),  # both active hotspots: the series has no locality
        ("hotspot", "Hotspot: Shenley Road parade"),
        ("case review", "Case review: " + proposals[3].name.split(": ", 1)[1]),
        ("new hotspots", "New hotspot: Baldock Way garages"),
        ("any other business", "Any other business"),
    ]
    assert proposals[0].reason == ("2 actions from earlier meetings of the Hertsmere JAG are still "
                                   "open, 1 of them overdue: JAG-2026-10/01, JAG-2026-10/02.")
    assert proposals[3].case_id == seeded.case
    assert proposals[3].reason == "The case's review was due on 1 Nov 2026 and it is open."
    assert proposals[1].reason == "An active hotspot in Bushey (medium priority): partners report progress."
    assert proposals[4].reason.startswith("A proposed hotspot in Borehamwood (source: ")
    assert all(p.reason.endswith(".") for p in proposals)


def test_a_locality_series_sees_its_own_places_and_nothing_is_proposed_twice(
        store: Store, seeded: Seeded) -> None:
    with store.unit_of_work() as uow:
        crg = save_series(uow, SeriesInput("Borehamwood CRG", seeded.jag_type,
                                           locality_id=seeded.borehamwood, action_prefix="CRG")).id
    meeting = new_meeting(store, seeded, date(2026, 10, 30), name="Borehamwood CRG", series=crg)
    with store.unit_of_work() as uow:
        add_item(uow, meeting, ItemInput("The parade", "hotspot", hotspot_id=seeded.parade))
        names = [p.name for p in propose_items(uow, meeting)]
        # Bushey's park is another locality's; the parade is on the agenda; the review is not due yet.
        assert names == ["New hotspot: Baldock Way garages", "Any other business"]
        added = add_proposals(uow, meeting, propose_items(uow, meeting))
        assert [(r.number, r.name) for r in added] == [(2, "New hotspot: Baldock Way garages"),
                                                        (3, "Any other business")]
        assert propose_items(uow, meeting) == []
        again = add_proposals(uow, meeting, [Proposal("any other business", "AOB", None, None, "x")])
        assert again == [] and len(get_meeting(uow, meeting).items) == 3


def test_later_issues_add_proposers(store: Store, seeded: Seeded, monkeypatch: pytest.MonkeyPatch) -> None:
    meeting = new_meeting(store, seeded, NOV)

    def cctv(uow: object, context: agenda_builder.AgendaContext) -> list[Proposal]:
        return [Proposal("general", f"CCTV reviews due by {context.held_on:%d/%m/%Y}", None, None,
                         "Two camera deployments end this month.")]

    monkeypatch.setattr(agenda_builder, "PROPOSERS", [*PROPOSERS, cctv])
    with store.unit_of_work() as uow:
        names = [p.name for p in propose_items(uow, meeting)]
    assert names[-2:] == ["CCTV reviews due by 12/11/2026", "Any other business"]
