"""Word-level right-to-left ordering for one line of text, for PDF output without a bidi library.

reportlab shapes each word with harfbuzz, so an Arabic word comes out joined and with its letters
in visual order, but without its optional `rlbidi` package it lays the WORDS of a line out in
logical order: "محمد عبد الله" prints with محمد on the left, which an Arabic reader reads last.
This module puts the words of a line into visual order, a small version of the Unicode bidi
algorithm (UAX #9) working on whole words: each word is strong right-to-left (Arabic, Hebrew),
strong left-to-right (Latin, Gurmukhi, ...) or weak (numbers, punctuation), weak words take the
direction of their strong neighbours, and runs at a higher level than the line are reversed.
Characters inside a word are left alone (harfbuzz orders them).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Literal

Direction = Literal["ltr", "rtl"]

_RTL_CLASSES = frozenset({"R", "AL"})
_NUMBER_CLASSES = frozenset({"EN", "AN"})
_WORD = re.compile(r"\S+")
# Where the characters written right to left are (Hebrew to N'Ko and the Arabic extensions, the
# right-to-left mark, the presentation forms, the historic scripts of the supplementary planes):
# found with a regular expression, so that text without any is checked quickly.
MAYBE_RTL = re.compile("[\u0590-\u08ff\u200f\ufb1d-\ufeff\U00010800-\U0001efff]")


def char_direction(char: str) -> Direction | None:
    """The strong direction of one character, or None for numbers, punctuation and spaces."""
    kind = unicodedata.bidirectional(char)
    if kind in _RTL_CLASSES:
        return "rtl"
    if kind == "L":
        return "ltr"
    return None


def has_rtl(text: str) -> bool:
    """Whether any character of the text is written right to left."""
    return any(unicodedata.bidirectional(c) in _RTL_CLASSES for c in MAYBE_RTL.findall(text))


def base_direction(text: str) -> Direction:
    """The direction of a paragraph: that of most of its letters, or of the first one on a tie.

    UAX #9 (rules P2, P3) takes the first strong character; but in an English document "محمد
    الحسن (Hertfordshire Constabulary)" reads better as a left-to-right line holding an Arabic
    name, so the letters are counted and only a mostly right-to-left text runs right to left.
    """
    ltr = rtl = 0
    first: Direction | None = None
    for word in _WORD.findall(text):  # white space has no direction
        word_ltr, word_rtl, word_first = _letters(word)
        ltr += word_ltr
        rtl += word_rtl
        first = first or word_first
    if rtl == ltr:
        return first or "ltr"
    return "rtl" if rtl > ltr else "ltr"


@functools.lru_cache(maxsize=20_000)
def _letters(word: str) -> tuple[int, int, Direction | None]:
    """How many left-to-right and right-to-left letters a word has, and which comes first;
    remembered, as text repeats its words."""
    counts = {"ltr": 0, "rtl": 0}
    first: Direction | None = None
    for char in word:
        found = char_direction(char)
        if found:
            counts[found] += 1
            first = first or found
    return counts["ltr"], counts["rtl"], first


@functools.lru_cache(maxsize=20_000)
def _word_kind(word: str) -> str:
    """'rtl', 'ltr', 'num' (has digits, no letters) or 'neutral' (remembered: words repeat)."""
    has_number = False
    for char in word:
        found = char_direction(char)
        if found:
            return found  # a word's first strong letter decides it, as for a paragraph
        has_number = has_number or unicodedata.bidirectional(char) in _NUMBER_CLASSES
    return "num" if has_number else "neutral"


def _resolve(kinds: list[str], base: Direction) -> list[Direction]:
    """Each word's resolved direction: weak words follow their strong neighbours (rules W2, N1, N2)."""
    resolved: list[Direction | None] = []
    previous: Direction = base
    for kind in kinds:
        if kind in ("ltr", "rtl"):
            previous = "rtl" if kind == "rtl" else "ltr"
            resolved.append(previous)
        elif kind == "num":
            # A number after right-to-left text sits in that run (W2); after left-to-right text or
            # at the start of a left-to-right line it stays left to right.
            resolved.append("rtl" if previous == "rtl" else "ltr")
        else:
            resolved.append(None)
    for i, value in enumerate(resolved):
        if value is not None:
            continue
        before = next((resolved[j] for j in range(i - 1, -1, -1) if resolved[j] is not None), base)
        after = next((resolved[j] for j in range(i + 1, len(resolved)) if resolved[j] is not None), base)
        resolved[i] = before if before == after else base
    return [value or base for value in resolved]


def visual_words(line: str, base: Direction | None = None) -> list[str]:
    """The words of one line of text (split at white space) in the order they are drawn left to right."""
    words = _WORD.findall(line)
    if not words or not has_rtl(line):
        return words
    direction = base or base_direction(line)
    sides = _resolve([_word_kind(w) for w in words], direction)
    # Embedding levels (rules I1, I2): on a left-to-right line right-to-left words are at level 1;
    # on a right-to-left line left-to-right words (and numbers) are at level 2 inside level 1.
    if direction == "ltr":
        levels = [1 if side == "rtl" else 0 for side in sides]
    else:
        levels = [1 if side == "rtl" else 2 for side in sides]
    # Numbers inside a right-to-left run on a right-to-left line read left to right (level 2).
    if direction == "rtl":
        levels = [2 if _word_kind(w) == "num" else level for w, level in zip(words, levels, strict=True)]
    order = list(range(len(words)))
    # Rule L2: from the highest level down to 1, reverse every run at that level or above.
    for level in range(max(levels), 0, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return [words[i] for i in order]


def visual_line(line: str, base: Direction | None = None) -> str:
    """One line with its words in drawing order, joined by single spaces."""
    return " ".join(visual_words(line, base))
