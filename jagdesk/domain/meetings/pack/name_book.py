"""The book of names the public pack withholds: the known names as folded words, the officer's
own words and phrases, names in scripts without spaces, and the words known not to be names."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from jagdesk.domain.meetings.pack.name_words import PARTICLES, TITLES, TWO_WORD_TITLES, UNSPACED_SCRIPTS
from jagdesk.domain.people import name_key


@dataclass(frozen=True)
class NameBook:
    """Every name to withhold, as folded words, and the words known not to be names."""

    words: frozenset[str]  # folded words of known names (each part of a hyphenated name too)
    always: frozenset[str]  # folded words withheld whatever their case or use (the officer's)
    phrases: tuple[tuple[str, ...], ...]  # folded multi-word names the officer asked to withhold
    unspaced: tuple[str, ...]  # names in scripts without spaces, found inside the text
    known: frozenset[str]  # folded words of places, agencies and the like: never "possible"


def fold(word: str) -> str:
    """A word as compared: lower case, no accents, no apostrophes, hyphens kept."""
    return "-".join(name_key(part) for part in word.replace("‐", "-").split("-"))


def unspaced(text: str) -> bool:
    return any(unicodedata.name(c, "").startswith(UNSPACED_SCRIPTS) for c in text)


def title_at(words: list[str], index: int) -> int:
    """How many words (0, 1 or 2) starting at `index` make a title."""
    if index + 1 < len(words) and f"{words[index]} {words[index + 1]}" in TWO_WORD_TITLES:
        return 2
    return 1 if words[index] in TITLES else 0


def name_words(name: str) -> set[str]:
    """The folded words of a written name that are names: titles and particles left out."""
    found: set[str] = set()
    words = [fold(w.strip(".,;:()\"")) for w in name.split()]
    words = [w for w in words if w]
    index = 0
    while index < len(words) and title_at(words, index):
        index += title_at(words, index)
    for word in words[index:]:
        if unspaced(word):
            continue
        for part in {word, *word.split("-")}:
            if part and part not in PARTICLES and (len(part) >= 2 or not part.isascii()):
                found.add(part)
    return found


def name_book(names: Iterable[str], extra: Iterable[str] = (), known: Iterable[str] = ()) -> NameBook:
    """The book of these names (register, aliases, contacts, guests), the officer's `extra` words
    or phrases withheld wherever they appear, and the `known` texts (places, agencies) whose words
    are not possible names."""
    words: set[str] = set()
    unspaced_names: set[str] = set()
    for name in names:
        name = " ".join(name.split())
        words |= name_words(name)
        unspaced_names |= {w.strip(".,;:()\"") for w in name.split() if unspaced(w)}
    always: set[str] = set()
    phrases: set[tuple[str, ...]] = set()
    for item in extra:
        parts = tuple(fold(w) for w in item.split() if fold(w))
        if unspaced(item):
            unspaced_names.add(item.strip())
        elif len(parts) == 1:
            always.add(parts[0])
        elif parts:
            phrases.add(parts)
    known_words = {fold(w) for text in known for w in text.replace("-", " ").split()} - words
    return NameBook(frozenset(words), frozenset(always), tuple(sorted(phrases, key=len, reverse=True)),
                    tuple(sorted(unspaced_names, key=len, reverse=True)), frozenset(known_words))
