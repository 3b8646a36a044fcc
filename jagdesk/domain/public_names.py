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

from jagdesk.domain.people import name_key

# Titles and ranks, folded (lower case, no dots); two-word ones as "stn cdr".
TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "prof", "professor", "sir", "dame",
    "rev", "revd", "reverend", "cllr", "councillor", "pc", "pcso", "wpc",
    "dc", "ds", "di", "dci", "dsi", "sgt", "sergeant", "insp", "inspector", "supt",
    "superintendent", "ch insp", "chief inspector", "ch supt", "chief superintendent", "det sgt",
    "det insp", "det con", "police constable", "detective constable", "detective sergeant",
    "detective inspector", "stn cdr", "station commander", "watch cdr", "watch commander",
    "crew cdr", "crew commander", "firefighter", "imam", "rabbi",
})
_TWO_WORD_TITLES = frozenset(t for t in TITLES if " " in t)
# Titles written in capitals ("PC"); the others are written "Mr", "Cllr": "MS Teams" is no title.
_CAPITAL_TITLES = frozenset({"pc", "pcso", "wpc", "dc", "ds", "di", "dci", "dsi"})
# Titles shortened with a dot ("Insp. Mark Ellison"): that dot does not end a sentence.
_DOTTED_TITLES = frozenset({"mr", "mrs", "ms", "dr", "prof", "rev", "revd", "cllr", "insp", "supt",
                            "sgt", "det", "ch", "stn"})
# Words that close a place's or a building's name: a name before them is part of the place.
PLACE_WORDS = frozenset({
    "lane", "road", "rd", "street", "st", "close", "avenue", "ave", "drive", "way", "court", "ct",
    "crescent", "place", "square", "gardens", "grove", "terrace", "walk", "row", "parade", "hill",
    "green", "mews", "rise", "view", "park", "church", "chapel", "mosque", "temple", "gurdwara",
    "synagogue", "school", "academy", "college", "university", "nursery", "hall", "house", "centre",
    "center", "library", "surgery", "hospital", "station", "farm", "estate", "wood", "woods",
    "common", "field", "fields", "meadow", "meadows", "corner", "bridge", "heath", "end", "yard",
    "wharf", "quay", "arms", "inn", "tavern", "pub", "hotel", "store", "stores", "shop", "shops",
    "market", "pharmacy", "garage", "garages", "towers", "tower", "flats", "lodge",
    "manor", "cottages", "villas", "gate", "path", "passage", "alley", "brook", "lake",
    "recreation", "playing", "sports", "leisure", "community", "memorial", "cemetery", "trust",
    "association", "housing", "council", "foundation", "club", "ltd", "limited", "plc",
})
# Words that never are a name, whatever their case: they end a run of names after a title.
FUNCTION_WORDS = frozenset({
    "the", "a", "an", "and", "or", "but", "nor", "then", "so", "if", "as", "than", "this", "that",
    "these", "those", "he", "she", "they", "we", "you", "it", "i", "his", "her", "their", "our",
    "your", "its", "my", "who", "whom", "whose", "which", "what", "when", "where", "why", "how",
    "on", "in", "at", "to", "from", "for", "of", "with", "by", "about", "after", "before", "all",
    "both", "each", "every", "no", "not", "any", "some", "also", "there", "here", "is", "was",
    "were", "are", "be", "been", "has", "had", "have", "will", "would", "should", "could", "can",
    "may", "might", "must", "did", "does", "do", "said", "says", "asked", "reported", "agreed",
})
# After a sentence's first word these show that word is a verb ("Mark the valuables").
_OBJECT_WORDS = frozenset({
    "the", "a", "an", "all", "both", "each", "every", "their", "his", "her", "its", "our", "your",
    "my", "any", "some", "this", "that", "these", "those", "it", "them", "him", "me", "us", "up",
    "down", "out", "off", "in", "on", "over", "through", "one", "two", "three", "no",
    "time", "what", "which", "whether", "how", "where", "when", "with", "for", "to", "at",
})
# After a sentence's first word these show it is the subject, a person ("Mark said").
_VERBS = frozenset({
    "said", "says", "say", "reported", "reports", "asked", "asks", "agreed", "agrees", "will",
    "would", "should", "could", "can", "may", "might", "must", "is", "was", "has", "had", "have",
    "did", "does", "do", "told", "tells", "went", "goes", "came", "comes", "called", "calls",
    "spoke", "speaks", "met", "meets", "wrote", "writes", "left", "leaves", "joined", "joins",
    "gave", "gives", "took", "takes", "made", "makes", "saw", "sees", "knows", "knew", "lives",
    "lived", "and", "or", "who", "herself", "himself", "also", "then", "presented", "attended",
})
# Ordinary English words that are also names: on their own they are names only where used as
# one (capitalised inside a sentence, or a sentence's subject).
COMMON_WORDS = frozenset({
    "mark", "grace", "bell", "will", "may", "june", "april", "august", "bill", "frank", "pat",
    "sue", "rob", "bob", "art", "jack", "guy", "ray", "dawn", "eve", "rose", "hope", "faith", "joy",
    "charity", "mercy", "patience", "prudence", "honor", "honour", "constance", "earnest", "ernest",
    "victor", "earl", "baron", "duke", "prince", "king", "queen", "knight", "major", "noble",
    "sterling", "holly", "ivy", "lily", "daisy", "hazel", "heather", "iris", "violet", "poppy",
    "rosemary", "jasmine", "olive", "ginger", "basil", "sage", "amber", "ruby", "pearl", "crystal",
    "jewel", "jade", "opal", "coral", "summer", "autumn", "winter", "spring", "sky", "river",
    "storm", "rain", "sunny", "misty", "chase", "drew", "hunter", "miles", "grant", "carol",
    "robin", "jay", "wren", "dove", "swift", "crow", "fox", "wolf", "lamb", "bird", "hawk", "finch",
    "drake", "marsh", "frost", "pike", "bishop", "mills", "mill", "carr", "dean", "lee", "rich",
    "price", "cross", "bond", "banks", "marshall", "fisher", "baker", "cook", "smith", "wood",
    "woods", "hill", "hills", "green", "brown", "white", "black", "gray", "grey", "young", "long",
    "short", "little", "strong", "sharp", "sweet", "moss", "stone", "field", "fields", "brook",
    "brooks", "bush", "hall", "lane", "street", "page", "ward", "walker", "turner", "taylor",
    "mason", "porter", "butler", "carter", "cooper", "shepherd", "parker", "archer", "bowman",
    "gardener", "miller", "weaver", "potter", "thatcher", "wright", "chandler", "tanner", "fowler",
    "slater", "glover", "hunt", "chambers", "waters", "rivers", "wells", "day", "love", "hardy",
    "north", "south", "east", "west", "snow", "sparks", "chance", "cash", "penny", "sandy", "rusty",
    "dick", "don", "matt", "mike", "nick", "pete", "sam", "ben", "max", "norm", "norman", "gene",
    "jean", "reed", "rod", "roman", "royal", "skip", "kit", "ken", "cliff", "dale", "glen", "heath",
    "forest", "lake", "moor", "beck", "dell", "vale", "barley", "rye", "wheat", "corn", "bean",
    "pepper", "salt", "sugar", "honey", "cherry", "berry", "plum", "peach", "brandy", "candy",
    "melody", "harmony", "trinity", "clay", "cole", "colt", "cotton", "dash", "dusty", "ford",
    "gage", "lance", "mace", "nash", "pierce", "wade",
})
# Scripts written without spaces between words: a name is found inside the text there.
_UNSPACED_SCRIPTS = ("CJK UNIFIED", "CJK COMPATIBILITY IDEOGRAPH", "HIRAGANA", "KATAKANA", "THAI",
                     "LAO ", "KHMER", "MYANMAR")
_APOSTROPHES = "'’"
_JOINERS = "'’-‐"
# Particles of a name: part of it next to a known name ("Al Haddad", "van Dijk"), never alone.
PARTICLES = frozenset({"al", "el", "de", "da", "di", "du", "van", "von", "der", "den", "le", "la",
                       "bin", "ibn", "abu", "ben", "bint", "mac", "mc", "st", "o"})
_SENTENCE_ENDS = ".!?:;\n•·–—|"


class SpanKind(StrEnum):
    NAME = "name"  # withheld
    POSSIBLE = "possible"  # a capitalised word that may be a name the rules could not place


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: SpanKind


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


def _unspaced(text: str) -> bool:
    return any(unicodedata.name(c, "").startswith(_UNSPACED_SCRIPTS) for c in text)


def _title_at(words: list[str], index: int) -> int:
    """How many words (0, 1 or 2) starting at `index` make a title."""
    if index + 1 < len(words) and f"{words[index]} {words[index + 1]}" in _TWO_WORD_TITLES:
        return 2
    return 1 if words[index] in TITLES else 0


def name_words(name: str) -> set[str]:
    """The folded words of a written name that are names: titles and particles left out."""
    found: set[str] = set()
    words = [fold(w.strip(".,;:()\"")) for w in name.split()]
    words = [w for w in words if w]
    index = 0
    while index < len(words) and _title_at(words, index):
        index += _title_at(words, index)
    for word in words[index:]:
        if _unspaced(word):
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
    unspaced: set[str] = set()
    for name in names:
        name = " ".join(name.split())
        words |= name_words(name)
        unspaced |= {w.strip(".,;:()\"") for w in name.split() if _unspaced(w)}
    always: set[str] = set()
    phrases: set[tuple[str, ...]] = set()
    for item in extra:
        parts = tuple(fold(w) for w in item.split() if fold(w))
        if _unspaced(item):
            unspaced.add(item.strip())
        elif len(parts) == 1:
            always.add(parts[0])
        elif parts:
            phrases.add(parts)
    known_words = {fold(w) for text in known for w in text.replace("-", " ").split()} - words
    return NameBook(frozenset(words), frozenset(always), tuple(sorted(phrases, key=len, reverse=True)),
                    tuple(sorted(unspaced, key=len, reverse=True)), frozenset(known_words))


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
            if char in _SENTENCE_ENDS:
                boundary = True
            index += 1
            continue
        start = index
        while index < size and (_is_letter(text[index]) or (
                text[index] in _JOINERS and index + 1 < size and _is_letter(text[index + 1]))):
            index += 1
        word = text[start:index]
        possessive = len(word) > 3 and word[-2] in _APOSTROPHES and word[-1] in "sS"
        end = index - 2 if possessive else index
        tokens.append(_Token(start, end, text[start:end], fold(text[start:end]), boundary, possessive))
        # A heading's reference or acronym does not start the sentence: "PS-2021-001 Repeat burglaries".
        boundary = boundary and word.isupper() and len(word) > 1
        # "Insp. Mark": the dot of an abbreviated title does not end a sentence.
        if index < size and text[index] == "." and tokens[-1].key in _DOTTED_TITLES:
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
    return text[1:].islower() or len(text) == 1 or (token.key in _CAPITAL_TITLES and text.isupper())


def _title_width(tokens: list[_Token], index: int) -> int:
    """How many words (0, 1 or 2) at `index` are a title written as one."""
    window = tokens[index:index + 2]
    width = _title_at([t.key for t in window], 0)
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
        if key.endswith("s") and key[:-1] in self.book.words and after and after in _APOSTROPHES:
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
        return following.key in _VERBS or (following.text.islower() and following.key.endswith("ed"))

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
                                         else previous.key in _DOTTED_TITLES)
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


# Capitalised words that are never names: months, days, and words of organisations and events.
EVERYDAY_CAPITALS = frozenset({
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
    "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays",
    "sundays", "christmas", "easter", "eid", "diwali", "ramadan", "hanukkah", "halloween",
    "bonfire", "new", "year", "god", "covid", "coronavirus", "english", "british", "welsh",
    "scottish", "irish", "polish", "punjabi", "urdu", "arabic", "romanian", "section", "act",
    "order", "police", "constabulary", "council", "borough", "county", "district", "parish", "town",
    "city", "fire", "rescue", "service", "services", "team", "unit", "partnership", "group",
    "safer", "neighbourhood", "neighbourhoods", "watch", "victim", "victims", "support", "health",
    "environmental", "housing", "trust", "association", "youth", "probation", "community", "safety",
    "action", "joint", "agency", "agencies", "board", "committee", "office", "department",
    "national", "local", "offender", "management", "integrated", "officer", "officers", "manager",
    "lead", "leader", "chair", "secretary", "hotspot", "hotspots", "case", "cases", "meeting",
    "meetings", "minutes", "agenda", "item", "items", "pack", "report", "reports", "street", "road",
    "lane", "online", "microsoft", "teams", "zoom", "google", "whatsapp", "facebook", "twitter",
    "instagram", "tiktok", "snapchat", "royal", "mail", "bank", "barclays", "lloyds", "natwest",
    "hsbc", "tesco", "sainsbury", "sainsbury's", "asda", "aldi", "lidl", "morrisons", "iceland",
    "co-op", "boots", "mcdonald's", "kfc",
})


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
