"""Importing police.uk files into a real store, on SQLite and PostgreSQL, with the real files."""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
import shapely
from shapely.geometry import shape
from sqlalchemy import func, select

from jagdesk.errors import JagdeskError
from jagdesk.importers.policeuk import NotPoliceUkError, Rejection
from jagdesk.services.places.boundaries import import_boundaries
from jagdesk.services.places.crime_import import (
    ImportCancelled,
    ImportSummary,
    import_police_uk,
    import_police_uk_files,
)
from jagdesk.store.models import AuditEntry, Crime, CrimeFile, Ward
from jagdesk.store.opening import Store

JAN = "policeuk/2021-01-hertfordshire-street.csv"
FEB = "policeuk/2021-02-hertfordshire-street.csv"
OUTCOMES = "policeuk/2021-01-hertfordshire-outcomes.csv"
FORCE = "Hertfordshire Constabulary"
HEADER = ("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
          "Crime type,Last outcome category,Context")
Rows = Callable[[Store], dict[str, list[tuple[object, ...]]]]


def rows_of(path: Path) -> list[list[str]]:
    with open(path, newline="", encoding="utf-8-sig") as handle:
        return list(csv.reader(handle))[1:]


def imported(store: Store, path: Path) -> ImportSummary:
    with store.unit_of_work() as uow:
        return import_police_uk(uow, path)


def count(store: Store, *where: object) -> int:
    with store.unit_of_work() as uow:
        return uow.session.scalar(select(func.count()).select_from(Crime).where(*where)) or 0


@pytest.fixture
def with_wards(store: Store, shared_data: Path) -> Store:
    with store.unit_of_work() as uow:
        import_boundaries(uow, shared_data / "geo/hertsmere-wards-2013.geojson", locality="Hertsmere")
    return store


def test_street_file(with_wards: Store, shared_data: Path) -> None:
    store = with_wards
    summary = imported(store, shared_data / JAN)
    assert summary == ImportSummary(
        "2021-01-hertfordshire-street.csv", "street", "2021-01", FORCE, imported=6914, skipped=0,
        rejected=0, rejections=(), no_location=68, outside=6138, outcomes_updated=0,
        outcomes_unknown=0, already_imported=False)
    assert summary.sentence() == (
        f"2021-01-hertfordshire-street.csv (street, 2021-01, {FORCE}): 6,914 rows imported, 0 "
        "rejected; 68 with no location, 6,138 outside the "
        "partnership's wards.")
    source = rows_of(shared_data / JAN)
    with store.unit_of_work() as uow:
        stored = uow.session.execute(select(
            Crime.line_no, Crime.crime_ref, Crime.month, Crime.reported_by, Crime.falls_within,
            Crime.longitude, Crime.latitude, Crime.location, Crime.lsoa_code, Crime.lsoa_name,
            Crime.crime_type, Crime.last_outcome, Crime.context, Crime.outcome_month,
        ).order_by(Crime.line_no)).all()
        record = uow.session.scalars(select(CrimeFile)).one()
        file_row = (record.source, record.month, record.force, record.rows_imported,
                    record.rows_no_location, record.rows_outside, record.rejections, record.version)
    # Every row as in the file: blank values stored as NULL, coordinates as numbers.
    assert [tuple(row) for row in stored] == [
        (n, f[0] or None, f[1], f[2], f[3], float(f[4]) if f[4] else None,
         float(f[5]) if f[5] else None, f[6], f[7] or None, f[8] or None, f[9], f[10] or None,
         f[11] or None, None) for n, f in enumerate(source, start=2)]
    assert file_row == ("street", "2021-01", FORCE, 6914, 68, 6138, "", 2)


def expected_wards(shared_data: Path, *files: str) -> dict[str, int]:
    """Crimes per ward counted independently: each row tested against each ward's polygon."""
    geo = json.loads((shared_data / "geo/hertsmere-wards-2013.geojson").read_text("utf-8"))
    wards = {f["properties"]["WD13NM"]: shape(f["geometry"]) for f in geo["features"]}
    expected: Counter[str] = Counter()
    for name in files:
        for f in rows_of(shared_data / name):
            if f[4]:
                inside = [ward for ward, area in wards.items()
                          if shapely.intersects_xy(area, float(f[4]), float(f[5]))]
                expected.update(inside[:1])
    return dict(expected)


def found_wards(store: Store) -> dict[str, int]:
    with store.unit_of_work() as uow:
        return dict(uow.session.execute(
            select(Ward.name, func.count()).join(Crime, Crime.ward_id == Ward.id).group_by(Ward.name)
        ).all())


def test_crimes_are_given_their_ward(with_wards: Store, shared_data: Path) -> None:
    imported(with_wards, shared_data / JAN)
    found = found_wards(with_wards)
    assert found == expected_wards(shared_data, JAN) and sum(found.values()) == 708
    assert count(with_wards, Crime.outside.is_(True), Crime.ward_id.is_not(None)) == 0
    assert count(with_wards, Crime.latitude.is_(None), Crime.outside.is_(False),
                 Crime.ward_id.is_(None)) == 68


def test_files_imported_together_place_their_crimes_as_one_by_one(with_wards: Store,
                                                                  shared_data: Path) -> None:
    told: list[ImportSummary] = []
    with with_wards.unit_of_work() as uow:
        import_police_uk_files(uow, [shared_data / JAN, shared_data / FEB], told.append)
    assert found_wards(with_wards) == expected_wards(shared_data, JAN, FEB)
    assert [s.outside for s in told] == [
        count(with_wards, Crime.outside.is_(True), Crime.month == month)
        for month in ("2021-01", "2021-02")]
    assert count(with_wards, Crime.outside.is_(True), Crime.ward_id.is_not(None)) == 0


def test_the_same_file_twice_adds_nothing(store: Store, shared_data: Path,
                                          store_rows: Rows) -> None:
    imported(store, shared_data / JAN)
    before = store_rows(store)
    again = imported(store, shared_data / JAN)
    assert (again.already_imported, again.imported, again.skipped, again.rejected) == (
        True, 0, 6914, 0)
    assert again.sentence() == (
        f"2021-01-hertfordshire-street.csv (street, 2021-01, {FORCE}) was already imported as "
        "2021-01-hertfordshire-street.csv: nothing was added, 6,914 rows skipped as already "
        "present, 0 rejected.")
    assert store_rows(store) == before


def test_anti_social_behaviour_rows_that_look_alike_are_all_kept(store: Store,
                                                                 shared_data: Path) -> None:
    source = rows_of(shared_data / FEB)
    asb = [tuple(f) for f in source if not f[0]]
    look_alikes = sum(n - 1 for n in Counter(asb).values() if n > 1)
    assert look_alikes > 0  # the real file has identical ASB rows: distinct incidents
    summary = imported(store, shared_data / FEB)
    assert (summary.imported, summary.skipped) == (6885, 0)
    assert count(store, Crime.crime_ref.is_(None)) == len(asb)


def test_outcomes_update_known_crimes(store: Store, shared_data: Path) -> None:
    imported(store, shared_data / JAN)
    imported(store, shared_data / FEB)
    outcomes = rows_of(shared_data / OUTCOMES)
    known = {f[0] for f in rows_of(shared_data / JAN) + rows_of(shared_data / FEB) if f[0]}
    latest = {f[0]: f[9] for f in outcomes}  # file order: the later row of a crime wins
    summary = imported(store, shared_data / OUTCOMES)
    assert summary.outcomes_updated == len(set(latest) & known) == 2031
    assert summary.outcomes_unknown == sum(f[0] not in known for f in outcomes) == 5156
    assert (summary.imported, summary.rejected, summary.no_location) == (0, 0, 79)
    assert summary.skipped == len(outcomes) - 5156 - 2031
    assert summary.sentence() == (
        f"2021-01-hertfordshire-outcomes.csv (outcomes, 2021-01, {FORCE}): outcomes of 2,031 "
        "crimes updated, 5,156 rows for crimes not in the store, 16 skipped as already present, "
        "0 rejected.")
    with store.unit_of_work() as uow:
        stored = dict(uow.session.execute(select(Crime.crime_ref, Crime.last_outcome)
                                          .where(Crime.outcome_month == "2021-01")).all())
    assert stored == {ref: outcome for ref, outcome in latest.items() if ref in known}
    with store.unit_of_work() as uow:
        record = uow.session.scalars(select(CrimeFile).where(CrimeFile.source == "outcomes")).one()
        entries = uow.session.scalars(select(AuditEntry.action)
                                      .where(AuditEntry.record_id == record.id)).all()
        # Nothing refers to an outcomes file's record: it is written once, complete.
        assert (record.rows_imported, record.rows_skipped, record.version) == (2031, 16 + 5156, 1)
        assert entries == ["insert"]
    again = imported(store, shared_data / OUTCOMES)
    assert again.already_imported and again.outcomes_updated == 0


def outcomes_file(path: Path, month: str, rows: list[tuple[str, str]]) -> Path:
    header = HEADER.rsplit(",", 3)[0] + ",Outcome type"
    lines = [header] + [f"{ref},{month},{FORCE},{FORCE},-0.27,51.65,On or near X,E01,H 1A,{outcome}"
                        for ref, outcome in rows]
    path.write_text("\r\n".join(lines), "utf-8")
    return path


def test_a_later_outcome_is_not_overwritten_by_an_earlier_file(store: Store, shared_data: Path,
                                                               tmp_path: Path) -> None:
    imported(store, shared_data / JAN)
    ref = next(f[0] for f in rows_of(shared_data / OUTCOMES)
               if f[0] in {g[0] for g in rows_of(shared_data / JAN)})
    march = imported(store, outcomes_file(tmp_path / "m.csv", "2021-03", [(ref, "Suspect charged")]))
    assert march.outcomes_updated == 1
    january = imported(store, shared_data / OUTCOMES)
    assert january.outcomes_updated == 2030
    with store.unit_of_work() as uow:
        assert uow.session.execute(select(Crime.last_outcome, Crime.outcome_month)
                                   .where(Crime.crime_ref == ref)).one() == ("Suspect charged",
                                                                             "2021-03")


def test_outcomes_before_their_crimes_are_counted_unknown(store: Store, shared_data: Path) -> None:
    summary = imported(store, shared_data / OUTCOMES)
    assert (summary.outcomes_updated, summary.outcomes_unknown) == (0, 7203)


def test_bad_rows_are_rejected_and_the_rest_imported(store: Store, shared_data: Path,
                                                     tmp_path: Path) -> None:
    real = (shared_data / JAN).read_text("utf-8").splitlines()
    lines = [*real[:11], "3213248c,2021-01,Hertfordshire", real[11].replace(",2021-01,", ",2021-1,"),
             real[12].replace(",2021-01,", ",2021-02,"),
             real[13].replace(real[13].split(",")[4], "x"), *real[14:21]]
    path = tmp_path / "2021-01-mixed-street.csv"
    path.write_text("\n".join(lines), "utf-8")  # and no final newline
    summary = imported(store, path)
    assert (summary.imported, summary.rejected) == (17, 4)
    assert summary.rejections == (
        Rejection(12, "too few fields (3 of 12)"),
        Rejection(13, "bad month '2021-1' (YYYY-MM expected)"),
        Rejection(14, "the month 2021-02 is not the file's month 2021-01"),
        Rejection(15, f"bad coordinate (x, {real[13].split(',')[5]})"),
    )
    assert count(store) == 17
    with store.unit_of_work() as uow:
        assert uow.session.scalar(select(CrimeFile.rejections)) == "\n".join(
            str(r) for r in summary.rejections)


def test_every_row_is_kept_as_police_uk_counts_them(store: Store, shared_data: Path,
                                                    tmp_path: Path) -> None:
    # December 2021 repeats three Crime IDs, each once with a place and once with no location.
    dec = shared_data / "policeuk/2021-12-hertfordshire-street.csv"
    rows = len(dec.read_text("utf-8").splitlines()) - 1
    summary = imported(store, dec)
    assert (summary.imported, summary.skipped, summary.rejected) == (rows, 0, 0) == (7738, 0, 0)
    assert count(store) == rows
    shoplifting = "716bd70d7ab1376cdd4119401e69d5b2ce793fcee11c97859e1033ec4fb173dc"
    assert count(store, Crime.crime_ref == shoplifting) == 2
    # An outcome reaches every row of its Crime ID.
    outcomes = tmp_path / "2022-01-outcomes.csv"
    outcomes.write_text(
        "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
        f"Outcome type\n{shoplifting},2022-01,{FORCE},{FORCE},,,No location,,,"
        "Offender given a caution\n", "utf-8")
    summary = imported(store, outcomes)
    assert (summary.outcomes_updated, summary.skipped) == (1, 0)
    assert count(store, Crime.crime_ref == shoplifting,
                 Crime.last_outcome == "Offender given a caution") == 2


def test_not_a_police_uk_file_changes_nothing(store: Store, shared_data: Path, tmp_path: Path,
                                              store_rows: Rows) -> None:
    before = store_rows(store)
    with store.unit_of_work() as uow, pytest.raises(NotPoliceUkError) as refused:
        import_police_uk(uow, shared_data / "geo/hertsmere-wards-2013.geojson")
    assert str(refused.value) == (
        "hertsmere-wards-2013.geojson is not a police.uk street or outcomes file: it does not "
        "start with the police.uk column header; nothing was imported from it.")
    path = tmp_path / "all-bad.csv"
    path.write_text(HEADER + "\nnot,a,row\n", "utf-8")
    with store.unit_of_work() as uow, pytest.raises(JagdeskError) as refused:
        import_police_uk(uow, path)
    assert str(refused.value) == ("all-bad.csv has no row that can be read (line 2: too few "
                                  "fields (3 of 12)); nothing was imported from it.")
    assert store_rows(store) == before


def test_cancel_leaves_nothing_and_progress_is_told(store: Store, shared_data: Path,
                                                    store_rows: Rows) -> None:
    path = shared_data / JAN
    before = store_rows(store)
    asked: list[int] = []
    # Cancelled after its rows went in, before the commit: nothing of the file is left.
    with store.unit_of_work() as uow, pytest.raises(ImportCancelled) as stopped:
        import_police_uk(uow, path, cancelled=lambda: asked.append(1) or len(asked) > 2)
    assert str(stopped.value) == ("The import of 2021-01-hertfordshire-street.csv was cancelled; "
                                  "nothing of it was kept.")
    assert store_rows(store) == before
    told: list[tuple[int, int]] = []
    with store.unit_of_work() as uow:
        summary = import_police_uk(uow, path, progress=lambda *args: told.append(args))
    assert summary.imported == 6914
    assert len(told) >= 2 and told[-1] == (6914, path.stat().st_size)
    assert told == sorted(told)
