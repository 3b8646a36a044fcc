"""Long text kept in the audit trail as edits: they give back exactly the new text."""

from __future__ import annotations

import random

from jagdesk.store.audit_text import LONG_TEXT, apply_edits, compact_change, text_edits

PARAGRAPH = "The group reviewed the parade, shop by shop, and heard from each agency. " * 4


def test_edits_turn_the_old_text_into_the_new() -> None:
    old = "\n".join(f"{n}. {PARAGRAPH}" for n in range(50))
    cases = [
        old + "\nA new closing paragraph.",
        "An opening line.\n" + old,
        old.replace("20. The group", "20. Nobody in the group"),
        old.replace("\n", "\r\n"),
        "",
        "Ł😀 محمد\n" * 3,
    ]
    for new in cases:
        assert apply_edits(old, text_edits(old, new)) == new
    assert apply_edits("", text_edits("", old)) == old


def test_random_typing_round_trips() -> None:
    rng = random.Random(7)
    text = ""
    for _ in range(300):
        at = rng.randint(0, len(text))
        cut = rng.randint(0, min(20, len(text) - at))
        typed = rng.choice(["word ", "\n", "ę", "😀", "\r\n", "line\n", ""])
        new = text[:at] + typed + text[at + cut:]
        assert apply_edits(text, text_edits(text, new)) == new
        text = new


def test_a_sentence_added_to_a_long_text_costs_about_one_paragraph() -> None:
    old = "\n".join(f"{n}. {PARAGRAPH}" for n in range(200))  # about 60,000 characters
    new = old.replace("120. The group", "120. Nobody in the group")
    change = compact_change(old, new)
    assert isinstance(change, dict) and change["lengths"] == [len(old), len(new)]
    assert sum(len(edit[2]) for edit in change["edits"]) < 2 * len(PARAGRAPH)


def test_short_text_and_other_values_stay_as_old_and_new() -> None:
    assert compact_change("before", "after") == ["before", "after"]
    assert compact_change("x" * LONG_TEXT, 3) == ["x" * LONG_TEXT, 3]
