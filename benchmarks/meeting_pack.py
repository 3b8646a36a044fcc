"""A 40-page meeting pack: build it from the store and write the PDF; LibreOffice converting the
Word minutes of the same meeting to PDF for comparison.

    python benchmarks/meeting_pack.py [--runs N] [--minutes-pages N]

In a scratch SQLite store with the demo partnership, the planned March 2021 JAG gets every demo
hotspot and case on its agenda, and the February meeting before it (whose minutes the March pack
carries for members to agree) gets generated minutes (about --minutes-pages pages over four
items, with Arabic, Punjabi, Polish and Chinese names), so that the pack runs to about 40 pages.
Each run builds the pack in its own unit of work (build_meeting_pack) and writes it (write_pack_pdf); the
first run is reported apart. When `soffice` is installed the February minutes are written to
Word (write_minutes_docx) and LibreOffice headless converts them to PDF (after one warm-up, with
a private profile), up to three times, each between two of the pack's runs so that both meet the
same load on a shared machine. Prints one line:
{"bench": "meeting_pack", "pages": ..., "median_s": ..., "build_median_s": ...,
 "write_median_s": ..., "goal_s": 2.0, "meets_goal": ..., "soffice_median_s": ...,
 "ratio_soffice_to_pack": ...}
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common

GOAL_S = 2.0
NAMES = ("محمد عبد الله", "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ", "Łukasz Wójcik", "王秀英")
SENTENCE = ("Partners discussed the patrol plan, the lighting and the benches; {name} reported "
            "on the last month and the group agreed what to do next. ")


def _minutes(pages: int, item: int) -> str:
    """About `pages` pages of minutes: paragraphs of about ten lines."""
    paragraphs = []
    for n in range(pages * 5):
        name = NAMES[(n + item) % len(NAMES)]
        paragraphs.append(SENTENCE.format(name=name) * 5)
    return "\n".join(paragraphs)


def _prepare(db: Path, minutes_pages: int) -> tuple[object, object]:
    """The demo store with a big agenda on the planned meeting and long minutes on the meeting
    before it; returns the two meetings' ids (planned, previous)."""
    from sqlalchemy import func, select

    from jagdesk.services.demo.load import load_demo
    from jagdesk.store.location import sqlite_location
    from jagdesk.store.models import AgendaItem, Hotspot, Meeting, ProblemCase
    from jagdesk.store.opening import open_store

    store = open_store(sqlite_location(db))
    try:
        with store.unit_of_work() as uow:
            load_demo(uow)
        with store.unit_of_work() as uow:
            session = uow.session
            meeting = session.scalars(select(Meeting).where(Meeting.status == "planned")
                                      .order_by(Meeting.held_on.desc())).first()
            assert meeting is not None
            position = session.scalar(select(func.max(AgendaItem.position))
                                      .where(AgendaItem.meeting_id == meeting.id)) or 0
            for hotspot in session.scalars(select(Hotspot).order_by(Hotspot.name)):
                position += 1
                session.add(AgendaItem(meeting_id=meeting.id, position=position, kind="hotspot",
                                       name=f"Hotspot: {hotspot.name}", hotspot_id=hotspot.id))
            for case in session.scalars(select(ProblemCase).order_by(ProblemCase.reference)):
                position += 1
                session.add(AgendaItem(meeting_id=meeting.id, position=position, kind="case",
                                       name=f"Case {case.reference}", case_id=case.id))
            previous = session.scalars(select(Meeting).where(
                Meeting.series_id == meeting.series_id, Meeting.held_on < meeting.held_on)
                .order_by(Meeting.held_on.desc())).first()
            assert previous is not None
            position = session.scalar(select(func.max(AgendaItem.position))
                                      .where(AgendaItem.meeting_id == previous.id)) or 0
            for n in range(4):
                position += 1
                session.add(AgendaItem(meeting_id=previous.id, position=position, kind="general",
                                       name=f"Locality update {n + 1}",
                                       minutes=_minutes(max(1, minutes_pages // 4), n),
                                       decisions="Agreed to keep the parade on the agenda."))
            meeting_id, previous_id = meeting.id, previous.id
            uow.commit()
        return meeting_id, previous_id
    finally:
        store.close()


def _time_pack(db: Path, meeting_id: object, out: Path, runs: int,
               soffice: Callable[[], float] | None, soffice_runs: int
               ) -> tuple[list[float], list[float], int, list[float]]:
    """The pack built and written runs + 1 times; after each but the first, while soffice_runs
    are not all done, LibreOffice converts the minutes once, so both meet the same load on a
    shared machine. Returns the build and write times, the pack's pages and LibreOffice's times."""
    from jagdesk.exports.meetings.pack.pdf import write_pack_pdf
    from jagdesk.services.meetings.pack.pack import build_meeting_pack
    from jagdesk.store.location import sqlite_location
    from jagdesk.store.opening import open_store

    builds: list[float] = []
    writes: list[float] = []
    converts: list[float] = []
    store = open_store(sqlite_location(db))
    try:
        for run in range(runs + 1):  # the first run (fonts, harfbuzz, PROJ) is reported apart
            start = time.perf_counter()
            with store.unit_of_work() as uow:
                pack = build_meeting_pack(uow, meeting_id)  # type: ignore[arg-type]
            built = time.perf_counter()
            write_pack_pdf(pack, out)
            builds.append(built - start)
            writes.append(time.perf_counter() - built)
            if soffice is not None and run > 0 and len(converts) < soffice_runs:
                converts.append(soffice())
    finally:
        store.close()
    import pypdf

    return builds, writes, len(pypdf.PdfReader(out).pages), converts


def _soffice(db: Path, meeting_id: object, work: Path) -> Callable[[], float] | None:
    """LibreOffice converting the meeting's minutes (written to Word) to PDF, warmed up: a
    function that converts them once and gives the seconds taken; None without `soffice`."""
    soffice = shutil.which("soffice")
    if soffice is None:
        _common.note("soffice is not installed: no LibreOffice comparison")
        return None
    from jagdesk.exports.meetings.minutes_docx import write_minutes_docx
    from jagdesk.services.meetings.minutes_document import build_minutes_document
    from jagdesk.store.location import sqlite_location
    from jagdesk.store.opening import open_store

    store = open_store(sqlite_location(db))
    try:
        with store.unit_of_work() as uow:
            document = build_minutes_document(uow, meeting_id)  # type: ignore[arg-type]
    finally:
        store.close()
    docx = work / "minutes.docx"
    write_minutes_docx(document, docx)
    profile = (work / "lo-profile").as_uri()
    argv = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
            "--outdir", str(work / "lo-out"), str(docx)]

    def convert() -> float:
        start = time.perf_counter()
        subprocess.run(argv, capture_output=True, timeout=_common.PROCESS_TIMEOUT_S, check=True,
                       env={**os.environ, "HOME": str(work)})
        return time.perf_counter() - start

    convert()  # the warm-up: LibreOffice's first start builds its profile
    return convert


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=_common.runs_from_env())
    parser.add_argument("--minutes-pages", type=int, default=32)
    args = parser.parse_args()
    work = _common.work_dir("pack")
    os.environ["JAGDESK_DATA_DIR"] = str(work / "data")
    try:
        _common.note("loading the demo partnership and a big agenda")
        meeting_id, minutes_id = _prepare(work / "demo.db", args.minutes_pages)
        soffice = _soffice(work / "demo.db", minutes_id, work)
        _common.note(f"building and writing the pack {args.runs} times, LibreOffice converting the "
                     "minutes between")
        builds, writes, pages, converts = _time_pack(work / "demo.db", meeting_id, work / "pack.pdf",
                                                     args.runs, soffice, min(args.runs, 3))
        totals = [b + w for b, w in zip(builds, writes, strict=True)]
        median = statistics.median(totals[1:])
        record: dict[str, object] = {
            "bench": "meeting_pack", "pages": pages, "runs": args.runs,
            "first_s": round(totals[0], 4), **_common.summary(totals[1:]),
            "build_median_s": round(statistics.median(builds[1:]), 4),
            "write_median_s": round(statistics.median(writes[1:]), 4),
            "goal_s": GOAL_S, "meets_goal": median < GOAL_S,
            "soffice_median_s": None, "ratio_soffice_to_pack": None,
        }
        if converts:
            record["soffice_median_s"] = round(statistics.median(converts), 4)
            record["ratio_soffice_to_pack"] = round(statistics.median(converts) / median, 2)
        _common.emit(record)
    finally:
        _common.cleanup(work)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
