"""Cancelling the demo's load (its first start's progress dialog) keeps nothing, wherever it is
cancelled: while the reader process reads its year of police.uk files, or in the story after
them; the reader process ends either way."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from jagdesk.services.admin.maintenance import has_records
from jagdesk.services.demo.load import DemoCancelled, load_demo
from jagdesk.store.opening import Store
from tests.support.stores import open_copy

TODAY = date(2026, 12, 1)  # placed around today: the twelve 2021 files, read by the reader


@pytest.fixture
def empty_store(tmp_path: Path, empty_template: Path) -> Iterator[Store]:
    store = open_copy(empty_template, tmp_path / "empty.db")
    yield store
    store.close()


def _cancel_once(told: list[str], when: Callable[[str], bool]) -> Callable[[], bool]:
    """A Cancel pressed once the progress has said something `when` accepts."""
    return lambda: any(when(text) for text in told)


@pytest.mark.parametrize("moment", ["reading the crimes", "loading the story"])
def test_a_cancelled_demo_keeps_nothing_and_leaves_no_reader(empty_store: Store,
                                                             moment: str) -> None:
    told: list[str] = []
    if moment == "reading the crimes":
        cancelled = _cancel_once(told, lambda text: "2021-03-hertfordshire-street.csv" in text)
    else:
        cancelled = _cancel_once(told, lambda text: text.startswith("Loading the demo's"))
    with pytest.raises(DemoCancelled, match="cancelled; the store is still empty"), \
            empty_store.unit_of_work() as uow:
        load_demo(uow, TODAY, progress=lambda _done, _total, text: told.append(text),
                  cancelled=cancelled)
    assert any("2021-03-hertfordshire-street.csv" in text for text in told)
    with empty_store.unit_of_work() as uow:
        assert not has_records(uow.session)
    assert multiprocessing.active_children() == []
    # And the demo then loads whole into the same store.
    with empty_store.unit_of_work() as uow:
        assert load_demo(uow, TODAY).crimes == 100_407
