"""Days as people type them, day first."""

from __future__ import annotations

from datetime import date

import pytest

from jagdesk.domain.common.day_text import day_problem, read_day

TODAY = date(2026, 5, 1)


@pytest.mark.parametrize("text", ["10/12/2026", "10/12/26", "10.12.2026", "10-12-2026", " 10 / 12 / 2026 ",
                                  "10 Dec 2026", "10 dec 26", "10th December 2026", "Thu 10 Dec 2026",
                                  "Thursday, 10 December 2026", "2026-12-10", "10/12", "10 Dec"])
def test_a_day_typed_any_usual_way(text: str) -> None:
    assert read_day(text, TODAY) == date(2026, 12, 10)


@pytest.mark.parametrize("text", ["", "31/02/2026", "10 Dex 2026", "10 ju 2026", "12/2026", "tomorrow",
                                  "10/13/2026", "10/12/202"])
def test_text_that_names_no_day(text: str) -> None:
    assert read_day(text, TODAY) is None


def test_the_sentence_says_how_to_type_it() -> None:
    assert day_problem("31/02/2026") == ("'31/02/2026' is not a date: type it as 10/12/2026 or "
                                         "10 Dec 2026.")
