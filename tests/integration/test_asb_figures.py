"""The ASB register's figures and alerts on the demo partnership: the meeting pack's statistics (as
partnerships print them, read back from the PDF, the public pack too), the dashboard's four lists,
and nothing of them on a store whose register is empty."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import select

from jagdesk.exports.meetings.pack.pdf import write_pack_pdf
from jagdesk.services.asb.figures import asb_figures
from jagdesk.services.dashboard import dashboard
from jagdesk.services.meetings.pack.pack import build_meeting_pack
from jagdesk.store.models import Meeting
from jagdesk.store.opening import Store

STORY_DAY = date(2021, 3, 4)
FEBRUARY = date(2021, 2, 4)
EXPECTED = ("1 stage 1 warning letter sent", "2 ABCs signed, 1 declined", "1 civil injunction granted",
            "1 CPW issued", "1 CPN issued", "1 dispersal authorisation authorised",
            "1 closure notice issued", "1 closure order granted")


@pytest.fixture
def demo(demo_on_backend: Store) -> Store:
    """The demo partnership on its own days (STORY_DAY), on each backend."""
    return demo_on_backend


def test_the_pack_prints_the_asb_figures_of_its_months(demo: Store, tmp_path: Path) -> None:
    with demo.unit_of_work() as uow:
        meeting = uow.session.scalars(select(Meeting.id).where(Meeting.held_on == FEBRUARY)).one()
        pack = build_meeting_pack(uow, meeting, today=FEBRUARY)
        public = build_meeting_pack(uow, meeting, public=True, today=FEBRUARY)
    [table] = pack.asb_statistics
    assert table.title == "ASB tools and powers: Feb 2020 to Jan 2021"
    assert table.sentences == EXPECTED
    assert ("ABCs", "signed", "2", "0", "2") in table.rows  # Reece and Jordan, both 17 or under
    assert table.rows[-1][:2] == ("All tools and powers", "")
    assert public.asb_statistics == pack.asb_statistics  # counts only: nobody is named
    path = tmp_path / "pack.pdf"
    write_pack_pdf(pack, path)
    raw = "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    text = " ".join(unicodedata.normalize("NFKC", raw).split())
    assert "ASB tools and powers: Feb 2020 to Jan 2021" in text
    assert "2 ABCs signed, 1 declined" in text


def test_figures_for_a_quarter_by_locality_and_age_group(demo: Store) -> None:
    with demo.unit_of_work() as uow:
        quarter = asb_figures(uow, date(2020, 10, 1), date(2020, 12, 31))
    assert quarter.sentences() == ("1 ABC signed, 1 declined", "1 CPW issued", "1 CPN issued",
                                   "1 dispersal authorisation authorised")
    assert [(r.kind, r.outcome, r.locality, r.age_group, r.count) for r in quarter.rows[:2]] == [
        ("ABC", "signed", "Borehamwood", "youth", 1), ("ABC", "declined", "Borehamwood", "youth", 1)]


def test_the_dashboard_lists_what_the_register_needs(demo: Store) -> None:
    with demo.unit_of_work() as uow:
        found = dashboard(uow, STORY_DAY)
    listed = {section.key: [(row.reference, row.subject, row.when) for row in section.rows]
              for section in found.sections if section.key.startswith("asb_")}
    assert listed == {
        "asb_reviews": [("ASB-2020-0003", "Jordan Mills", "in 3 days")],
        "asb_ending": [("ASB-2021-0004", "Flat 4, 21 Baldock Way, Borehamwood", "in 28 days")],
        "asb_time_to_comply": [("ASB-2021-0006", "Wayne Cottle", "10 days ago")],
        "asb_breaches": [("ASB-2021-0001", "Reece Donovan", "5 days ago")],
    }
    assert found.section("asb_breaches").rows[0].what.startswith("Apply to the court for the breach")
    # The sections every store has come first, as they were.
    assert [s.key for s in found.sections][:2] == ["case_reviews", "overdue_actions"]


def test_a_store_without_interventions_shows_no_asb_lists(store: Store) -> None:
    with store.unit_of_work() as uow:
        assert [s.key for s in dashboard(uow, STORY_DAY).sections] == ["case_reviews", "overdue_actions"]
