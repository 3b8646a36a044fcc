"""Every document `jagdesk export` writes is in the access log: each export command run on the
demo store adds an export entry naming its document, marking and file. A new export command
fails here until it is listed, and logged."""

from __future__ import annotations

import argparse
import json
import sqlite3
from pathlib import Path

import pytest

from jagdesk.cli.parser import build_parser
from tests.support.command_line import Capsys, run


def _demo_values(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as raw:
        def first(sql: str) -> str:
            row = raw.execute(sql).fetchone()
            assert row is not None, sql
            return str(row[0])

        return {
            "case": first("SELECT reference FROM problem_case ORDER BY reference"),
            "year": first("SELECT year FROM action_plan ORDER BY year"),
            "review": first("SELECT reference FROM case_review_application ORDER BY reference"),
            "person": first("SELECT family_name FROM person ORDER BY family_name"),
            "intervention": first("SELECT reference FROM asb_intervention WHERE person_id IS NOT NULL "
                                  "ORDER BY reference"),
        }


def _commands(demo: dict[str, str], out: Path) -> dict[str, list[str]]:
    """Each export command with arguments that write something on the demo store."""
    return {
        "case-sheet": [demo["case"], "--out", str(out / "sheet.pdf")],
        "action-plan": [demo["year"], "--out", str(out / "plan.docx")],
        "minutes": ["2021-02-04", "--out", str(out / "minutes.docx")],
        "ics": ["--out", str(out / "meetings.ics")],
        "pack": ["2021-03-04", "--out", str(out / "pack.pdf")],
        "action-log": ["--out", str(out / "actions.csv")],
        "ripa-register": ["--from", "2015-01-01", "--to", "2030-12-31", "--out", str(out / "ripa.csv")],
        "ripa-return": ["--year", "2020"],
        "ripa-retention": ["--json"],
        "asb-figures": ["--from", "2015-01-01", "--to", "2030-12-31", "--out", str(out / "asb.csv")],
        "letter": ["warning-letter-1", "--to", demo["intervention"], "--out", str(out)],
        "case-review-figures": ["--from", "2015-01-01", "--to", "2030-12-31", "--out",
                                str(out / "reviews.csv")],
        "case-review-letter": [demo["review"], "--out", str(out / "review.docx")],
        "subject-access": [demo["person"], "--out", str(out)],
    }


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    return next(action.choices for action in parser._actions
                if isinstance(action, argparse._SubParsersAction))


def _export_names() -> set[str]:
    return set(_subcommands(_subcommands(build_parser(["export"]))["export"]))


def _exports(db: Path) -> list[tuple[str, str]]:
    """The access log's exports and prints, oldest first: (title, details as JSON)."""
    with sqlite3.connect(db) as raw:
        return [(str(title), str(details)) for title, details in raw.execute(
            "SELECT record_title, details FROM access_entry WHERE action IN ('export', 'print') "
            "ORDER BY seq")]


LISTED = sorted(_commands(dict.fromkeys(("case", "year", "review", "person", "intervention"), ""),
                          Path()))


def test_every_export_command_is_listed_here() -> None:
    assert _export_names() == set(LISTED)


@pytest.mark.parametrize("what", LISTED)
def test_each_export_command_logs_its_document(demo_file: Path, tmp_path: Path, capsys: Capsys,
                                              what: str) -> None:
    argv = _commands(_demo_values(demo_file), tmp_path)[what]
    before = _exports(demo_file)
    status, _out, err = run(capsys, "--db", str(demo_file), "export", what, *argv)
    assert (status, err) == (0, ""), err
    added = _exports(demo_file)[len(before):]
    assert len(added) == 1, f"jagdesk export {what} wrote {len(added)} access log entries, not 1"
    title, details = added[0]
    assert title
    assert json.loads(details)["marking"] in ("OFFICIAL", "OFFICIAL-SENSITIVE")
