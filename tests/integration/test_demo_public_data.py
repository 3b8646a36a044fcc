"""The demo's boundaries and police.uk crimes from the public data folder, and the demo without it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from jagdesk.services.admin.maintenance import record_counts
from jagdesk.services.demo.load import DemoSummary, load_demo
from jagdesk.services.reference.localities import list_wards
from jagdesk.store.models import Crime, CrimeFile, Locality, Ward
from jagdesk.store.opening import Store

PUBLIC_FILES = ("hertsmere-wards-2013.geojson, hertsmere-lsoa-2011.geojson, "
                "2021-01-hertfordshire-street.csv, 2021-02-hertfordshire-street.csv, "
                "2021-01-hertfordshire-outcomes.csv")


def test_demo_holds_boundaries_and_two_months_of_crimes(store: Store, shared_data: Path) -> None:
    with store.unit_of_work() as uow:
        summary = load_demo(uow)
    assert summary == DemoSummary(agencies=11, contacts=21, localities=5, wards=15,
                                  ward_boundaries=15, lsoas=62, crime_files=3, crimes=6914 + 6885,
                                  outcomes_updated=2031, missing="", hotspots=5,
                                  people=14, cases=5, actions=30,
                                  meetings=7, meeting_actions=17, action_plan_items=13)
    with store.unit_of_work() as uow:
        counts = record_counts(uow.session.connection())
        files = uow.session.execute(select(CrimeFile.source, CrimeFile.month, CrimeFile.rows_imported)
                                    .order_by(CrimeFile.source, CrimeFile.month)).all()
        by_locality = dict(uow.session.execute(
            select(Locality.name, func.count()).join(Ward, Ward.locality_id == Locality.id)
            .join(Crime, Crime.ward_id == Ward.id).group_by(Locality.name)).all())
        unshaped = uow.session.scalar(select(func.count()).where(Ward.geometry.is_(None)))
    assert (counts["LSOAs"], counts["imported files"], counts["crimes"]) == (62, 3, 13799)
    # One entry per record, and one more per street file: its counts, set when it was done.
    records = sum(n for kind, n in counts.items() if kind not in ("audit entries", "crimes"))
    assert counts["audit entries"] == records + 2
    assert files == [("outcomes", "2021-01", 2031), ("street", "2021-01", 6914),
                     ("street", "2021-02", 6885)]
    # Every demo locality has crimes in its wards; together they are the Hertsmere crimes.
    assert len(by_locality) == 5 and all(by_locality.values())
    assert unshaped == 0


def test_demo_without_the_public_data(store: Store, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "no-public-data"
    empty.mkdir()
    monkeypatch.setenv("JAGDESK_SHARED_DATA", str(empty))
    with store.unit_of_work() as uow:
        summary = load_demo(uow)
    assert summary == DemoSummary(
        agencies=11, contacts=21, localities=5, wards=15, hotspots=5, people=14, cases=5, actions=30,
        meetings=7, meeting_actions=17, action_plan_items=13,
        missing=f"The public data ({PUBLIC_FILES}) was not found beside the project, so the demo "
                "has no boundaries or crimes from it.")
    with store.unit_of_work() as uow:
        counts = record_counts(uow.session.connection())
        wards = list_wards(uow)
    assert (counts["wards"], counts["crimes"], counts["LSOAs"]) == (15, 0, 0)
    assert counts["audit entries"] == sum(
        n for kind, n in counts.items() if kind not in ("audit entries", "crimes"))
    assert "Borehamwood Cowley Hill" in {ward.name for ward in wards}


def test_demo_with_only_the_ward_boundaries(store: Store, tmp_path: Path, shared_data: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    partial = tmp_path / "some-public-data"
    (partial / "geo").mkdir(parents=True)
    # A link, not a copy: the public files stay where they are.
    (partial / "geo/hertsmere-wards-2013.geojson").symlink_to(
        (shared_data / "geo/hertsmere-wards-2013.geojson").resolve())
    monkeypatch.setenv("JAGDESK_SHARED_DATA", str(partial))
    with store.unit_of_work() as uow:
        summary = load_demo(uow)
    assert (summary.ward_boundaries, summary.lsoas, summary.crimes) == (15, 0, 0)
    assert summary.missing.startswith("The public data (hertsmere-lsoa-2011.geojson, "
                                      "2021-01-hertfordshire-street.csv, ")
