"""The retention rules: review days at their boundaries, a keep that moves a review, and names found
as whole words only."""

from __future__ import annotations

from datetime import date

from jagdesk.domain.governance import (
    OTHER_PERSON,
    is_due,
    keep_problem,
    mark_others,
    name_pattern,
    person_names,
    replace_names,
    review_on,
)


def test_the_review_falls_years_after_the_end_and_a_leap_day_on_the_28th() -> None:
    assert review_on(date(2019, 3, 31), 6) == date(2025, 3, 31)
    assert review_on(date(2020, 2, 29), 5) == date(2025, 2, 28)
    assert review_on(None, 6) is None
    assert review_on(date(2019, 3, 31), 6, kept_until=date(2027, 1, 1)) == date(2027, 1, 1)
    assert review_on(date(2019, 3, 31), 6, kept_until=date(2024, 1, 1)) == date(2025, 3, 31)


def test_due_on_the_day_itself_not_the_day_before() -> None:
    assert not is_due(date(2025, 3, 31), date(2025, 3, 30))
    assert is_due(date(2025, 3, 31), date(2025, 3, 31))
    assert not is_due(None, date(2099, 1, 1))


def test_keeping_needs_a_reason_and_a_later_review() -> None:
    today = date(2026, 12, 2)
    assert keep_problem("Civil claim", date(2027, 12, 2), today) == {}
    assert set(keep_problem("", today, today)) == {"reason", "next_review_on"}


def test_names_are_found_as_whole_words_in_any_case() -> None:
    pattern = name_pattern(person_names("Dean", "Foxley", "Deano\nD. Fox"))
    assert replace_names("dean foxley met Deano and Deanna Foxleyson", pattern, "[erased]") == \
        "[erased] met [erased] and Deanna Foxleyson"
    assert mark_others("Ada Quill complained", name_pattern(["Ada Quill"])) == \
        f"Ada Quill {OTHER_PERSON} complained"
    assert name_pattern(["", " ", "X"]) is None


def test_an_erasure_looks_for_full_names_and_aliases_not_a_family_name_alone() -> None:
    assert person_names("Dean", "Green", "Deano") == ["Dean Green", "Green", "Deano"]
    assert person_names("Dean", "Green", "Deano", family_alone=False) == ["Dean Green", "Deano"]
    assert person_names("", "Green", "", family_alone=False) == ["Green"]  # no other name to go by
