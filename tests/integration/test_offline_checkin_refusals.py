"""What a check-in refuses, in one sentence each (the command line's on stderr with exit status 2),
with nothing changed on the server: a file not taken out of this store, one already checked in,
a wrong passphrase, a file made by a newer JAGDesk, one edited by hand so a version went
backwards or a field changed without a new version, an ordinary store, conflicts left
unresolved, and a new record taking a name the server has given another meanwhile. And the
command line's account of a check-in, its dry run and --keep."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jagdesk.errors import StoreError
from jagdesk.services.offline.checkin import check_in, plan_checkin
from jagdesk.store.engine import raw_sqlite_connect
from jagdesk.store.models import Hotspot
from jagdesk.store.opening import Store
from tests.conftest import all_rows
from tests.support.checkin_story import open_laptop, work_on_both_sides
from tests.support.command_line import Capsys, run
from tests.support.stores import PASSPHRASE, copy_store


@pytest.fixture
def server(demo_file: Path, capsys: Capsys) -> Path:
    """The demo store (closed), for the command line to open."""
    return demo_file


def _take_out(server: Path, tmp_path: Path, capsys: Capsys) -> Path:
    file = tmp_path / "borehamwood.jagdesk"
    status, _out, err = run(capsys, "--db", str(server), "takeout", "--locality", "Borehamwood",
                            "--to", str(file))
    assert (status, err) == (0, "")
    return file


def _refused(capsys: Capsys, server: Path, file: Path, *options: str) -> str:
    """The sentence `jagdesk checkin` refuses with, having checked that it is one line with exit
    status 2 and that the server's rows are as they were."""
    from jagdesk.store.location import sqlite_location
    from jagdesk.store.opening import open_store

    with open_store(sqlite_location(server), backup_keep=0) as opened:
        before = all_rows(opened)
    status, _out, err = run(capsys, "--db", str(server), "checkin", str(file), *options)
    assert status == 2
    assert err.startswith("jagdesk: ") and err.endswith("\n") and err.count("\n") == 1
    with open_store(sqlite_location(server), backup_keep=0) as opened:
        assert all_rows(opened) == before
    return err.removeprefix("jagdesk: ").strip()


@pytest.fixture(autouse=True)
def passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JAGDESK_PASSPHRASE", PASSPHRASE)


def test_a_file_taken_out_of_another_store_is_refused(server: Path, tmp_path: Path, capsys: Capsys,
                                                       demo_template: Path) -> None:
    file = _take_out(server, tmp_path, capsys)
    other = copy_store(demo_template, tmp_path / "other.db")
    assert re.fullmatch(r".*borehamwood\.jagdesk was not taken out of .*other\.db \(it was taken "
                        r"out of SQLite: .*demo\.db\); nothing was changed\.",
                        _refused(capsys, other, file))


def test_an_ordinary_store_is_refused(server: Path, tmp_path: Path, capsys: Capsys,
                                      empty_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JAGDESK_PASSPHRASE")
    assert _refused(capsys, server, empty_file).endswith(
        "csp.db is an ordinary JAGDesk store, not a take-out file; there is nothing to check in "
        "and nothing was changed.")


def test_a_wrong_passphrase_and_a_newer_jagdesk_are_the_ordinary_opening_sentences(
        server: Path, tmp_path: Path, capsys: Capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    file = _take_out(server, tmp_path, capsys)
    monkeypatch.setenv("JAGDESK_TARGET_PASSPHRASE", "not the passphrase at all")
    assert _refused(capsys, server, file) == (
        f"The passphrase is wrong, or {file} is not a JAGDesk database.")
    monkeypatch.delenv("JAGDESK_TARGET_PASSPHRASE")
    raw = raw_sqlite_connect(str(file), PASSPHRASE)
    with raw:
        raw.execute("UPDATE alembic_version SET version_num = '0099'")
    raw.close()
    assert _refused(capsys, server, file) == (
        f"{file} was made by a newer version of JAGDesk (schema 0099); install that version to "
        "open it.")


@pytest.mark.parametrize(("edit", "sentence"), [
    ("UPDATE hotspot SET version = 0 WHERE name LIKE 'Shenley Road%'",
     "The take-out file's hotspot 'Shenley Road shopping parade, Borehamwood' was at version 0, "
     "below the 1 it was taken out at, so it was changed outside JAGDesk; it cannot be checked in "
     "and nothing was changed."),
    ("UPDATE problem_case SET behaviour = 'typed in with sqlite3'",
     "The take-out file's case 'PS-2020-003' was changed without a new version, so it was changed "
     "outside JAGDesk; it cannot be checked in and nothing was changed."),
])
def test_a_file_edited_by_hand_is_refused_naming_the_record(server: Path, tmp_path: Path,
                                                            capsys: Capsys, edit: str,
                                                            sentence: str) -> None:
    file = _take_out(server, tmp_path, capsys)
    raw = raw_sqlite_connect(str(file), PASSPHRASE)
    with raw:
        raw.execute(edit)
    raw.close()
    assert _refused(capsys, server, file) == sentence
    assert _refused(capsys, server, file, "--dry-run") == sentence


def test_conflicts_without_keep_are_refused_and_keep_resolves_them(
        borehamwood_store: tuple[Store, Path], capsys: Capsys) -> None:
    demo_store, file = borehamwood_store
    with open_laptop(file) as laptop:
        work_on_both_sides(demo_store, laptop, file)
        with pytest.raises(StoreError, match=r"^3 conflicts are not resolved \(hotspot Shenley Road "
                                             r"shopping parade, Borehamwood: changed on both\); "):
            check_in(demo_store, laptop, {})
        plan = plan_checkin(demo_store, laptop)
    server = demo_store.location.path
    assert server is not None
    demo_store.close()
    assert _refused(capsys, server, file) == (
        "3 of the records were changed on both sides (or deleted on one), so nothing was checked "
        "in: choose which version to keep with --keep laptop or --keep server, or field by field "
        "in the app (File > Check in...).")
    status, out, err = run(capsys, "--db", str(server), "checkin", str(file), "--dry-run")
    assert (status, err) == (0, "")
    assert "  action PS-2020-003/03: deleted on the laptop, changed on the server\n" in out
    assert ("Conflicts (3):\n  hotspot Shenley Road shopping parade, Borehamwood: changed on both\n"
            "    description: laptop 'Laptop: worse after 9pm' / server 'Server: better since the "
            "lights' / original '") in out
    assert "  case PS-2021-003 Motorbikes on Aberford Park: PS-2021-003 -> PS-2021-004\n" in out
    assert out.endswith("Dry run: nothing was changed.\n")
    status, out, err = run(capsys, "--db", str(server), "checkin", str(file), "--keep", "server")
    assert (status, err) == (0, "")
    assert out.splitlines()[-1].endswith(
        f"UTC: {len(plan.added)} added, 2 changed, 3 deleted, 3 renumbered, 3 conflicts resolved "
        "as the server's.")
    assert "was already checked in on " in _refused(capsys, server, file)


def test_a_name_the_server_has_given_another_record_meanwhile_is_refused_until_one_changes(
        borehamwood_store: tuple[Store, Path]) -> None:
    demo_store, file = borehamwood_store
    with open_laptop(file) as laptop:
        made = {}
        for store, user in ((demo_store, "bob"), (laptop, "ann.laptop")):
            with store.unit_of_work(user) as uow:
                hotspot = Hotspot(name="Aberford Park play area", latitude=51.66, longitude=-0.27)
                uow.session.add(hotspot)
                uow.commit()
                made[user] = hotspot.id
        rows = all_rows(demo_store)
        with pytest.raises(StoreError, match=r"^The laptop's hotspot Aberford Park play area has the "
                                             r"name 'Aberford Park play area', which the server has "
                                             r"given another hotspot meanwhile; change one of them "
                                             r"and check in again\. Nothing was changed\.$"):
            check_in(demo_store, laptop, {})
        assert all_rows(demo_store) == rows
        with laptop.unit_of_work("ann.laptop") as uow:
            uow.session.get_one(Hotspot, made["ann.laptop"]).name = "Aberford Park, the skate ramp"
            uow.commit()
        check_in(demo_store, laptop, {})
    with demo_store.unit_of_work() as uow:
        assert uow.session.get_one(Hotspot, made["ann.laptop"]).name == "Aberford Park, the skate ramp"
