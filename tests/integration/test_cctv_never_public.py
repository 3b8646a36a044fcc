"""Covert work never reaches a document that leaves the building: the demo's covert camera,
operation and subjects are in no meeting pack (public or ordinary), nor the calendar, nor the map's
camera points; and the dashboard lists the demo's CCTV work that needs attention."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pypdf
import pytest

from jagdesk.services.cctv.cameras import camera_points
from jagdesk.services.dashboard import dashboard
from jagdesk.store.location import sqlite_location
from jagdesk.store.opening import open_store
from tests.support.command_line import Capsys, run
from tests.support.stores import copy_store

# What would name or locate the covert deployment, its operation or its subjects.
COVERT = ("Kestrel", "HBC-C01", "Covert camera", "covert", "licence holder", "evening shift",
          "HBC/RIPA", "Off-licence", "RIPA")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Path:
    """A copy of the demo store for the module's exports (which only read it)."""
    return copy_store(demo_template, tmp_path_factory.mktemp("never-public") / "demo.db")


def _pdf_text(path: Path) -> str:
    return unicodedata.normalize("NFKC", " ".join(p.extract_text() for p in pypdf.PdfReader(path).pages))


@pytest.mark.parametrize("public", [True, False])
def test_no_meeting_pack_names_covert_work(demo_db: Path, tmp_path: Path, capsys: Capsys,
                                          public: bool) -> None:
    out = tmp_path / "pack.pdf"
    extra = ["--public", "--confirm"] if public else []
    status, _, err = run(capsys, "--db", str(demo_db), "export", "pack", "2021-03-04", "--out",
                         str(out), *extra)
    assert status == 0, err
    text = _pdf_text(out)
    assert [word for word in COVERT if word.lower() in text.lower()] == []


def test_the_calendar_names_no_covert_work(demo_db: Path, tmp_path: Path, capsys: Capsys) -> None:
    out = tmp_path / "jag.ics"
    status, _, err = run(capsys, "--db", str(demo_db), "export", "ics", "--out", str(out),
                         "--details")
    assert status == 0, err
    text = out.read_text(encoding="utf-8")
    assert [word for word in COVERT if word.lower() in text.lower()] == []


def test_the_map_shows_covert_cameras_only_to_the_officer_who_asks(demo_db: Path) -> None:
    with open_store(sqlite_location(demo_db)) as store, store.unit_of_work() as uow:
        public = camera_points(uow)
        own = camera_points(uow, include_covert=True)
        board = dashboard(uow, date(2021, 3, 4))
    assert "covert" not in {point.kind for point in public}
    assert {"fixed", "mobile"} <= {point.kind for point in public}
    assert len(own) >= len(public)
    # The CCTV lists join the dashboard only when they hold something.
    keys = {section.key for section in board.sections}
    assert {"case_reviews", "overdue_actions"} <= keys
    assert all(section.rows for section in board.sections if section.key not in (
        "case_reviews", "overdue_actions"))


@pytest.mark.parametrize("public", [False, True])
def test_the_ordinary_pack_counts_covert_cameras_and_the_public_one_says_nothing(
        demo_db: Path, tmp_path: Path, capsys: Capsys, public: bool) -> None:
    # The demo's covert camera was up on the February JAG's day (it came down before March's).
    out = tmp_path / "pack.pdf"
    extra = ["--public", "--confirm"] if public else []
    status, _, err = run(capsys, "--db", str(demo_db), "export", "pack", "2021-02-04", "--out",
                         str(out), *extra)
    assert status == 0, err
    text = " ".join(_pdf_text(out).split())
    naming = [word for word in COVERT if word not in ("covert", "RIPA")]
    assert [word for word in naming if word.lower() in text.lower()] == []
    counted = "Covert surveillance: 1 camera was up under a RIPA authorisation on the meeting's day" in text
    assert counted is not public
    if public:
        assert "covert" not in text.lower()
