"""Importing files from the GUI: police.uk crime files, boundary GeoJSON and postcode files, off
the GUI thread.

Used by the File menu and by files dropped on the main window. The police.uk files chosen together
are one transaction with one commit: a refused file is skipped (and said), a cancelled import
leaves nothing of any of them behind.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from jagdesk.errors import JagdeskError
from jagdesk.gui import prompts
from jagdesk.gui.background import FINISHING, run_with_progress

if TYPE_CHECKING:
    from jagdesk.services.places.boundaries import BoundaryImportSummary
    from jagdesk.services.places.import_summary import ImportSummary
    from jagdesk.services.places.postcodes import PostcodeImportSummary
    from jagdesk.services.places.read_ahead import ReadAhead
    from jagdesk.store.opening import Store

CRIME_SUFFIXES = {".csv"}
BOUNDARY_SUFFIXES = {".geojson", ".json"}
# How many rejected rows the details list, per file.
SHOWN_REJECTIONS = 20


def _police_uk_job(store: Store, files: Sequence[Path]) -> Callable[..., list[str]]:
    sizes = [max(path.stat().st_size, 1) if path.is_file() else 1 for path in files]
    total = sum(sizes)
    before = [sum(sizes[:number]) for number in range(len(files))]

    def job(report: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> list[str]:
        from jagdesk.services.places import read_ahead

        # Started before the importer's modules load, which its own start then overlaps.
        with read_ahead.early(files) as reader:
            return run(reader, report, cancelled)

    def run(reader: ReadAhead | None, report: Callable[[int, int, str], None],
            cancelled: Callable[[], bool]) -> list[str]:
        # Loaded here, not at start: the importers bring numpy and shapely (a third of a second).
        from jagdesk.services.places.crime_import import ImportCancelled, import_police_uk_files

        lines: list[str] = []
        current = [0]

        def progress(number: int, rows: int, read: int) -> None:
            current[0] = number
            report(before[number] + min(read, sizes[number]), total,
                   f"{files[number].name}: {rows:,} rows read")

        def refused(path: Path, exc: JagdeskError) -> None:
            lines.append(f"{path.name}: {exc}")

        def saving() -> None:
            report(0, FINISHING, "Saving the import…")

        try:
            with store.unit_of_work() as uow:
                import_police_uk_files(uow, files, lambda s: lines.append(_with_rejections(s)),
                                       refused=refused, progress=progress, cancelled=cancelled,
                                       reader=reader, saving=saving)
        except ImportCancelled:
            whole = "it" if len(files) == 1 else f"the {len(files)} files"
            return [f"{files[current[0]].name}: cancelled; nothing of {whole} was imported."]
        except JagdeskError as exc:  # rolled back whole (imported by someone else meanwhile)
            return [f"{files[current[0]].name}: {exc}"]
        return lines

    return job


def _with_rejections(summary: ImportSummary | PostcodeImportSummary) -> str:
    text = summary.sentence()
    for rejection in summary.rejections[:SHOWN_REJECTIONS]:
        text += f"\n    line {rejection.line}: {rejection.reason}"
    return text


def import_police_uk_files(parent: QWidget | None, store: Store, files: Sequence[Path]) -> bool:
    """Import police.uk files with a progress dialog; tell the user what each file gave."""
    if not files:
        return False
    task = run_with_progress(parent, "Importing police.uk data", _police_uk_job(store, files))
    if task.error:
        prompts.show_error(parent, task.error)
        return False
    lines: list[str] = task.result or []
    first = lines[0].splitlines()[0] if len(lines) == 1 else f"{len(files)} files were read."
    prompts.inform(parent, first, "\n".join(lines))
    return True


def import_boundary_file(parent: QWidget | None, store: Store, path: Path) -> bool:
    """Import ward or LSOA boundaries from GeoJSON; tell the user what it gave."""

    def job(report: Callable[[int, int, str], None], cancelled: Callable[[], bool]
            ) -> BoundaryImportSummary:
        from jagdesk.services.places.boundaries import import_boundaries

        report(0, 0, f"Reading {path.name}")
        with store.unit_of_work() as uow:
            return import_boundaries(uow, path)

    task = run_with_progress(parent, "Importing boundaries", job)
    if task.error:
        prompts.show_error(parent, task.error)
        return False
    prompts.inform(parent, task.result.sentence())
    return True


def import_postcode_files(parent: QWidget | None, store: Store, files: Sequence[Path]) -> bool:
    """Replace the postcodes with those of an ONSPD file or Code-Point Open files, in and near the
    wards, with a progress dialog; tell the user what each file gave."""
    if not files:
        return False
    total = sum(max(path.stat().st_size, 1) if path.is_file() else 1 for path in files)

    def job(report: Callable[[int, int, str], None], cancelled: Callable[[], bool]
            ) -> list[PostcodeImportSummary]:
        from jagdesk.services.places.postcodes import import_postcodes

        def progress(rows: int, read: int) -> None:
            report(min(read, total), total, f"{rows:,} postcodes read")

        report(0, total, f"Reading {files[0].name}")
        with store.unit_of_work() as uow:
            return import_postcodes(uow, files, progress=progress, cancelled=cancelled,
                                    saving=lambda: report(0, FINISHING, "Saving the postcodes…"))

    task = run_with_progress(parent, "Importing postcodes", job)
    if task.error:
        prompts.show_error(parent, task.error)
        return False
    summaries: list[PostcodeImportSummary] = task.result or []
    lines = [_with_rejections(summary) for summary in summaries]
    first = lines[0].splitlines()[0] if len(lines) == 1 else f"{len(files)} files were read."
    prompts.inform(parent, first, "\n".join(lines))
    return True


def import_dropped(parent: QWidget | None, store: Store, files: Sequence[Path]) -> bool:
    """Import files dropped on the window by kind: .csv as police.uk, .geojson as boundaries."""
    crimes = [path for path in files if path.suffix.lower() in CRIME_SUFFIXES]
    boundaries = [path for path in files if path.suffix.lower() in BOUNDARY_SUFFIXES]
    others = [path.name for path in files if path not in crimes and path not in boundaries]
    if others:
        prompts.show_error(parent, f"JAGDesk imports police.uk .csv files and boundary .geojson "
                                   f"files, not {', '.join(others)}.")
    changed = False
    for path in boundaries:  # boundaries first, so that the crimes find their wards
        changed = import_boundary_file(parent, store, path) or changed
    if crimes:
        changed = import_police_uk_files(parent, store, crimes) or changed
    return changed
