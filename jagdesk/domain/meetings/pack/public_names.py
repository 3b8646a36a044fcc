"""Where a text names a person: the rules the public pack withholds names by.

A name is withheld where it is a name, not wherever its letters appear:

- every word of a known name (the people register with its aliases, the contacts directory, the
  meetings' guests) in any letter case and without accents, with a possessive ("Donovan's" keeps
  its "'s") and inside a hyphenated word ("Donovan-Smith");
- the capitalised words written after a title or rank ("Mr", "PC", "Cllr", "Stn Cdr", "Insp."),
  even when they are on no register; the title itself stays ("PC [name withheld]");
- a known name that is also an ordinary English word ("Mark", "Grace", "Bell", "Frost") only where
  it is used as a name: not in lower case, not when it opens a sentence as a verb ("Mark the
  victims' valuables"), and not inside the name of a place or organisation ("Bell Lane", "Grace
  Baptist Church", "Bushey Heath");
- any name followed by a street or building word is a place ("Donovan Road", "Patel Park"): it stays.

Names in scripts written without spaces (Chinese, Japanese, Thai) are found inside the text.
Capitalised words in the middle of a sentence that are neither known names nor known words are
"possible" names: the officer is shown them before the public version is written.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from jagdesk.domain.meetings.pack.name_book import NameBook, fold, title_at
from jagdesk.domain.meetings.pack.name_words import (
    APOSTROPHES,
    CAPITAL_TITLES,
    COMMON_WORDS,
    DOTTED_TITLES,
    EVERYDAY_CAPITALS,
    FUNCTION_WORDS,
    JOINERS,
    PARTICLES,
    PLACE_WORDS,
    SENTENCE_ENDS,
    TITLES,
    VERBS,
)


class SpanKind(StrEnum):
    NAME = "name"  # withheld
    POSSIBLE = "possible"  # a capitalised word that may be a name the rules could not place


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: SpanKind


@dataclass
class _Token:
    start: int
    end: int  # without a possessive "'s"
    text: str
    key: str  # folded
    sentence_start: bool
    possessive: bool


def _is_letter(char: str) -> bool:
    return unicodedata.category(char)[0] in "LM"


def _tokens(text: str) -> list[_Token]:
    """The words of the text: letters (and marks), joined by inner apostrophes and hyphens."""
    tokens: list[_Token] = []
    index, size = 0, len(text)
    boundary = True  # the next word opens a sentence
    while index < size:
        char = text[index]
        if not _is_letter(char):
            if char in SENTENCE_ENDS:
                boundary = True
            index += 1
            continue
        start = index
        while index < size and (_is_letter(text[index]) or (
                text[index] in JOINERS and index + 1 < size and _is_letter(text[index + 1]))):
            index += 1
        word = text[start:index]
        possessive = len(word) > 3 and word[-2] in APOSTROPHES and word[-1] in "sS"
        end = index - 2 if possessive else index
        tokens.append(_Token(start, end, text[start:end], fold(text[start:end]), boundary, possessive))
        # A heading's reference or acronym does not start the sentence: "PS-2021-001 Repeat burglaries".
        boundary = boundary and word.isupper() and len(word) > 1
        # "Insp. Mark": the dot of an abbreviated title does not end a sentence.
        if index < size and text[index] == "." and tokens[-1].key in DOTTED_TITLES:
            index += 1
    return tokens


def _capitalised(token: _Token) -> bool:
    first = token.text[0]
    return first.isupper() or first.lower() == first.upper()  # a caseless script counts


def _adjacent(text: str, left: _Token, right: _Token, possessive: bool = False) -> bool:
    """Only spaces between the two words (a name does not run across a comma or a line); with
    `possessive`, a possessive first word too ("St Mark's Church")."""
    gap = text[left.end:right.start]
    if possessive and left.possessive:
        gap = gap[2:]
    return gap.strip(" \t-'’" if possessive else " \t-") == "" and "\n" not in gap


def _title_case(token: _Token) -> bool:
    """Written as a title is: "Mr", "Cllr", "Insp" or, for police ranks, "PC", "DS"."""
    text = token.text
    if not text[0].isupper():
        return False
    return text[1:].islower() or len(text) == 1 or (token.key in CAPITAL_TITLES and text.isupper())


def _title_width(tokens: list[_Token], index: int) -> int:
    """How many words (0, 1 or 2) at `index` are a title written as one."""
    window = tokens[index:index + 2]
    width = title_at([t.key for t in window], 0)
    return width if width and all(_title_case(t) for t in window[:width]) else 0


class _Reader:
    def __init__(self, text: str, book: NameBook) -> None:
        self.text = text
        self.book = book
        self.tokens = _tokens(text)
        self.withheld: set[int] = set()
        self.title_words: set[int] = set()

    def token_is_name(self, token: _Token) -> bool:
        key = token.key
        if key in self.book.words:
            return True
        after = self.text[token.end:token.end + 1]
        if key.endswith("s") and key[:-1] in self.book.words and after and after in APOSTROPHES:
            return True  # "the Donovans' house"
        parts = key.split("-")
        return len(parts) > 1 and any(p in self.book.words and p not in COMMON_WORDS for p in parts)

    def run(self, index: int) -> range:
        """The run of adjacent capitalised words around this one (a proper noun's extent)."""
        tokens = self.tokens
        first = last = index
        while first > 0 and _capitalised(tokens[first - 1]) and not tokens[first].sentence_start \
                and _adjacent(self.text, tokens[first - 1], tokens[first], possessive=True) \
                and tokens[first - 1].key not in FUNCTION_WORDS:
            first -= 1
        while last + 1 < len(tokens) \
                and _adjacent(self.text, tokens[last], tokens[last + 1], possessive=True) \
                and _capitalised(tokens[last + 1]) \
                and tokens[last + 1].key not in FUNCTION_WORDS:
            last += 1
        return range(first, last + 1)

    def in_place(self, index: int) -> bool:
        """A word in a run of capitalised words that ends in a street or building word."""
        span = self.run(index)
        tail = self.tokens[span[-1]]
        return span[-1] > index and tail.key in PLACE_WORDS and not tail.possessive

    def after_title(self, index: int) -> bool:
        return any(_title_width(self.tokens, i) == index - i for i in (index - 1, index - 2) if i >= 0)

    def common_used_as_name(self, index: int) -> bool:
        """An ordinary word that is a known name: is it used as a name here?"""
        tokens, token = self.tokens, self.tokens[index]
        if token.text.islower():
            return False
        if self.after_title(index) or token.possessive:
            return True
        neighbours = [i for i in (index - 1, index + 1) if 0 <= i < len(tokens) and _adjacent(
            self.text, tokens[min(i, index)], tokens[max(i, index)])]
        if any(self.token_is_name(tokens[i]) and tokens[i].key not in COMMON_WORDS for i in neighbours):
            return True  # "Mark Ellison", "Grace O'Neill"
        span = self.run(index)
        others = [tokens[i] for i in span if i != index and not (tokens[i].sentence_start and i == span[0])]
        if others and all(t.key in self.book.known or t.key in COMMON_WORDS or t.key in PLACE_WORDS
                          or t.text.isupper() for t in others):
            return False  # "Victim Support", "Bushey Heath"
        if not token.sentence_start:
            return True  # capitalised inside a sentence
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is None:
            return False
        gap = self.text[token.end:following.start]
        if "," in gap:
            return True  # "Mark, can you ..."
        if not _adjacent(self.text, token, following):
            return False
        return following.key in VERBS or (following.text.islower() and following.key.endswith("ed"))

    def names(self) -> None:
        tokens = self.tokens
        for index, token in enumerate(tokens):
            if index in self.withheld:
                continue
            if token.key in self.book.always:
                self.withheld.add(index)
                continue
            if self.token_is_name(token):
                if _capitalised(token) and self.in_place(index):
                    continue
                if token.key in COMMON_WORDS and not self.common_used_as_name(index):
                    continue
                self.withheld.add(index)
        self.titled()
        self.phrases()
        self.particles()

    def titled(self) -> None:
        """Capitalised words after a title, on a register or not: "Cllr Meena Patel", "Dr J. Smith"."""
        tokens, text = self.tokens, self.text
        index = 0
        while index < len(tokens):
            width = _title_width(tokens, index)
            if not width:
                index += 1
                continue
            self.title_words.update(range(index, index + width))
            after = index + width
            taken: list[int] = []
            while after < len(tokens) and len(taken) < 4:
                token, previous = tokens[after], tokens[after - 1]
                gap = text[previous.end:token.start].strip()
                dotted = gap == "." and (len(previous.text) == 1 if taken
                                         else previous.key in DOTTED_TITLES)
                if not _adjacent(text, previous, token) and not dotted:
                    break
                initial = len(token.text) == 1 and token.text.isupper()
                if not initial and (not _capitalised(token) or token.key in FUNCTION_WORDS):
                    break
                taken.append(after)
                if token.possessive:
                    break
                after += 1
            while taken and len(tokens[taken[-1]].text) == 1:
                taken.pop()  # an initial alone is no name ("Mx A" before a lower-case word)
            if taken and (tokens[taken[-1]].key in PLACE_WORDS
                          or all(tokens[i].key in self.book.known for i in taken)):
                taken = []  # "Dr Johnson Road" is a road, "Byng Dr Potters Bar" a town
            elif taken and after < len(tokens) and tokens[after].key in PLACE_WORDS \
                    and _adjacent(text, tokens[taken[-1]], tokens[after]):
                taken = []
            self.withheld.update(taken)
            index = max(after, index + width)

    def phrases(self) -> None:
        keys = [t.key for t in self.tokens]
        for phrase in self.book.phrases:
            size = len(phrase)
            for index in range(len(keys) - size + 1):
                if tuple(keys[index:index + size]) == phrase:
                    self.withheld.update(range(index, index + size))

    def particles(self) -> None:
        """ "Al Haddad": a particle next to a withheld name goes with it."""
        tokens = self.tokens
        for index, token in enumerate(tokens):
            if index in self.withheld or token.key not in PARTICLES:
                continue
            if index + 1 in self.withheld and _adjacent(self.text, token, tokens[index + 1]) \
                    and (token.text[0].isupper() or index - 1 in self.withheld):
                self.withheld.add(index)

    def spans(self, kind: SpanKind, indexes: Iterable[int]) -> list[Span]:
        """Runs of adjacent words as single spans."""
        found: list[Span] = []
        tokens = self.tokens
        for index in sorted(indexes):
            token = tokens[index]
            before = tokens[index - 1] if index else token
            joined = index - 1 in indexes and (
                _adjacent(self.text, before, token)
                or (len(before.text) == 1 and self.text[before.end:token.start].strip() == "."))
            if found and found[-1].kind == kind and joined:
                found[-1] = Span(found[-1].start, token.end, kind)
            else:
                found.append(Span(token.start, token.end, kind))
        return found

    def possible(self) -> set[int]:
        """Capitalised words inside a sentence that are neither known names nor known words."""
        found: set[int] = set()
        book = self.book
        for index, token in enumerate(self.tokens):
            if index in self.withheld or index in self.title_words or token.sentence_start \
                    or not token.text[0].isupper():
                continue
            key = token.key
            if token.text.isupper() and len(token.text) > 1:
                continue  # an acronym: JAG, CCTV, PSPO
            if key in book.known or key in COMMON_WORDS or key in FUNCTION_WORDS or key in TITLES \
                    or key in PLACE_WORDS or key in EVERYDAY_CAPITALS:
                continue
            if self.in_place(index) or self.after_title(index):
                continue
            found.add(index)
        return found


def find_names(text: str, book: NameBook) -> list[Span]:
    """The spans of the text that name a person (to withhold), and the possible names left in."""
    if not text:
        return []
    reader = _Reader(text, book)
    reader.names()
    spans = reader.spans(SpanKind.NAME, reader.withheld)
    spans += reader.spans(SpanKind.POSSIBLE, reader.possible())
    folded = text.casefold()
    for name in book.unspaced:
        start = folded.find(name.casefold())
        while start >= 0:
            spans.append(Span(start, start + len(name), SpanKind.NAME))
            start = folded.find(name.casefold(), start + len(name))
    return _without_overlaps(spans)


def _without_overlaps(spans: list[Span]) -> list[Span]:
    """Spans in order; where two overlap, the name wins over the possible one, the longer over
    the shorter."""
    ordered = sorted(spans, key=lambda s: (s.kind != SpanKind.NAME, -(s.end - s.start), s.start))
    kept: list[Span] = []
    for span in ordered:
        if all(span.end <= k.start or span.start >= k.end for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)
