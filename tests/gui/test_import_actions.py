"""Importing from the GUI: menu and dropped files, in the background, with a summary per file."""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from sqlalchemy import func, select

from jagdesk.gui import import_actions, prompts
from jagdesk.gui.background import FINISHING
from jagdesk.gui.main_window import MainWindow
from jagdesk.store.models import Crime, Ward
from jagdesk.store.opening import Store
from tests.support.stores import open_copy


@pytest.fixture
def empty_store(tmp_path: Path, empty_template: Path) -> Any:
    store = open_copy(empty_template, tmp_path / "empty.db")
    yield store
    store.close()


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {"info": [], "details": [], "errors": []}

    def inform(_parent: Any, message: str, details: str = "") -> None:
        seen["info"].append(message)
        seen["details"].append(details)

    monkeypatch.setattr(prompts, "inform", inform)
    monkeypatch.setattr(prompts, "show_error", lambda _p, text: seen["errors"].append(text))
    return seen


def counts(store: Store) -> tuple[int, int]:
    with store.unit_of_work() as uow:
        return (uow.session.scalar(select(func.count()).select_from(Ward)) or 0,
                uow.session.scalar(select(func.count()).select_from(Crime)) or 0)


def drop(window: MainWindow, files: list[Path]) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in files])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)


def test_dropped_boundaries_and_crime_files_are_imported(
    qtbot: Any, empty_store: Store, shared_data: Path, told: dict[str, list[str]]
) -> None:
    window = MainWindow(empty_store)
    qtbot.addWidget(window)
    assert window.acceptDrops()
    drop(window, [shared_data / "policeuk/2021-01-hertfordshire-street.csv",
                  shared_data / "geo/hertsmere-wards-2013.geojson"])
    assert told["errors"] == []
    assert told["info"][0].startswith("hertsmere-wards-2013.geojson: 15 wards added")
    assert "6,914 rows imported" in told["details"][1]
    assert counts(empty_store) == (15, 6914)


def test_a_large_file_dropped_is_read_by_a_reader_process_behind_the_progress_dialog(
    qtbot: Any, empty_store: Store, shared_data: Path, told: dict[str, list[str]],
    monkeypatch: pytest.MonkeyPatch
) -> None:
    from jagdesk.services.places import read_ahead

    monkeypatch.setattr(read_ahead, "READ_AHEAD_BYTES", 0)  # every file is large
    started: list[object] = []
    start = read_ahead.ReadAhead.__init__
    monkeypatch.setattr(read_ahead.ReadAhead, "__init__",
                        lambda self, *args: started.append(self) or start(self, *args))
    window = MainWindow(empty_store)
    qtbot.addWidget(window)
    drop(window, [shared_data / "policeuk/2021-01-hertfordshire-street.csv",
                  shared_data / "geo/hertsmere-wards-2013.geojson"])
    assert told["errors"] == [] and len(started) == 1
    assert "6,914 rows imported" in told["details"][1]
    assert counts(empty_store) == (15, 6914)
    assert multiprocessing.active_children() == []


def test_a_file_that_is_not_police_uk_is_refused_and_nothing_is_kept(
    qtbot: Any, empty_store: Store, tmp_path: Path, told: dict[str, list[str]]
) -> None:
    other = tmp_path / "budget.csv"
    other.write_text("Item,Cost\nCCTV camera,1200\n", encoding="utf-8")
    assert import_actions.import_police_uk_files(None, empty_store, [other])
    assert told["details"][0].startswith("budget.csv: ")
    assert "police.uk" in told["details"][0]
    assert counts(empty_store) == (0, 0)


def test_cancelling_leaves_nothing_of_the_file(empty_store: Store, shared_data: Path) -> None:
    job = import_actions._police_uk_job(
        empty_store, [shared_data / "policeuk/2021-02-hertfordshire-street.csv"])
    lines = job(lambda done, total, text: None, lambda: True)
    assert lines == ["2021-02-hertfordshire-street.csv: cancelled; nothing of it was imported."]
    assert counts(empty_store) == (0, 0)


def test_other_kinds_of_file_are_named_in_the_refusal(
    qtbot: Any, empty_store: Store, tmp_path: Path, told: dict[str, list[str]]
) -> None:
    minutes = tmp_path / "minutes.docx"
    minutes.write_bytes(b"PK")
    window = MainWindow(empty_store)
    qtbot.addWidget(window)
    drop(window, [minutes])
    assert told["errors"] == [
        "JAGDesk imports police.uk .csv files and boundary .geojson files, not minutes.docx."]


def test_postcodes_from_the_file_menu_need_the_wards_first(
    empty_store: Store, shared_data: Path, tmp_path: Path, told: dict[str, list[str]],
    monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.support.postcode_files import onspd_file

    path = onspd_file(tmp_path, shared_data)
    assert not import_actions.import_postcode_files(None, empty_store, [path])
    assert told["errors"] == ["The store has no ward boundaries yet: import them first (jagdesk "
                              "import boundaries FILE), as only the postcodes in and near the "
                              "partnership's wards are kept."]
    assert import_actions.import_boundary_file(None, empty_store,
                                               shared_data / "geo/hertsmere-wards-2013.geojson")
    reports: list[tuple[int, int, str]] = []
    shown = import_actions.run_with_progress

    def watched(parent: Any, title: str, job: Any) -> Any:
        def recorded(report: Any, cancelled: Any) -> Any:
            def both(done: int, total: int, text: str) -> None:
                reports.append((done, total, text))
                report(done, total, text)
            return job(both, cancelled)
        return shown(parent, title, recorded)

    monkeypatch.setattr(import_actions, "run_with_progress", watched)
    assert import_actions.import_postcode_files(None, empty_store, [path])
    # Read to the end, then saved past the last chance to cancel.
    assert reports[-2][0] == reports[-2][1] and reports[-2][2].endswith(" postcodes read")
    assert reports[-1] == (0, FINISHING, "Saving the postcodes…")
    assert told["info"][-1] == ("ONSPD_FEB_2024_UK.csv (ONS Postcode Directory): 5 postcodes "
                                "imported, 2 outside the partnership's area, 1 terminated, 3 "
                                "rejected.")
    assert told["details"][-1].endswith("\n    line 8: EN6 9ZZ has no grid reference")


def test_files_chosen_together_are_one_import_that_skips_a_refused_file(
        empty_store: Store, shared_data: Path, tmp_path: Path) -> None:
    other = tmp_path / "budget.csv"
    other.write_text("Item,Cost\nCameras,1200\n", "utf-8")
    files = [shared_data / "policeuk/2021-01-hertfordshire-street.csv", other,
             shared_data / "policeuk/2021-02-hertfordshire-street.csv"]
    reports: list[tuple[int, int, str]] = []
    lines = import_actions._police_uk_job(empty_store, files)(
        lambda done, total, text: reports.append((done, total, text)), lambda: False)
    assert [line.split(" ")[0].rstrip(":") for line in lines] == [
        "2021-01-hertfordshire-street.csv", "budget.csv", "2021-02-hertfordshire-street.csv"]
    assert "6,885 rows imported" in lines[2]
    # The bar runs over all three files to the whole of the last file, then says it is saving.
    done, total, text = reports[-2]
    assert done == total and text == "2021-02-hertfordshire-street.csv: 6,885 rows read"
    assert reports[-1] == (0, FINISHING, "Saving the import…")
    assert counts(empty_store) == (0, 6914 + 6885)


def test_cancelling_the_second_file_leaves_nothing_of_either(empty_store: Store,
                                                              shared_data: Path) -> None:
    files = [shared_data / "policeuk/2021-01-hertfordshire-street.csv",
             shared_data / "policeuk/2021-02-hertfordshire-street.csv"]
    reports: list[str] = []
    lines = import_actions._police_uk_job(empty_store, files)(
        lambda done, total, text: reports.append(text),
        lambda: bool(reports) and reports[-1].startswith("2021-02"))
    assert lines == ["2021-02-hertfordshire-street.csv: cancelled; nothing of the 2 files was "
                     "imported."]
    assert counts(empty_store) == (0, 0)
