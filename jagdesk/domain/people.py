"""Rules for the people register: names for searching, age, field checks, and possible duplicates."""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from jagdesk.domain.common import validation as v

NAME_MAX = 200
ALIASES_MAX = 4000
ADDRESS_MAX = 1000
POSTCODE_MAX = 10
NOTES_MAX = 20000
EARLIEST_BIRTH = date(1900, 1, 1)
# A UK postcode as written on an envelope ("WD6 1WA", "wd61wa"); the register is of local people.
POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$")
DATE_TEXT = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
# Letters that Unicode does not decompose into a base letter and an accent.
SPECIAL_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae",
                                 "œ": "oe", "ı": "i", "ŀ": "l", "ħ": "h"})
# Names at least this alike (difflib ratio) are "nearly the same" whatever the dates of birth ...
NEAR_IDENTICAL = 0.9
# ... and at least this alike are "similar" when the dates of birth are the same.
SIMILAR = 0.75


def _is_latin(char: str) -> bool:
    return unicodedata.name(char, "").startswith("LATIN")


def name_key(text: str) -> str:
    """A name as compared and searched: lower case, Latin accents removed, punctuation dropped.

    Only marks on Latin letters are removed: in Arabic and Gurmukhi the combining signs are
    vowels, part of the name itself.
    """
    out: list[str] = []
    for char in unicodedata.normalize("NFC", text).casefold().translate(SPECIAL_LETTERS):
        parts = unicodedata.normalize("NFD", char)
        if _is_latin(parts[0]):
            char = "".join(p for p in parts if not unicodedata.combining(p))
        for piece in char:
            category = unicodedata.category(piece)
            if category[0] in "LMN":
                out.append(piece)
            elif piece not in "'’`´":  # O'Neill and ONeill are the same name
                out.append(" ")
    return " ".join("".join(out).split())


def full_name(given_names: str, family_name: str) -> str:
    """Given names then family name, as written."""
    return " ".join(part for part in (given_names.strip(), family_name.strip()) if part)


def alias_list(aliases: str) -> list[str]:
    """The aliases entered one per line, without blanks or repeats."""
    seen: set[str] = set()
    found: list[str] = []
    for line in aliases.splitlines():
        alias = line.strip()
        if alias and name_key(alias) not in seen:
            seen.add(name_key(alias))
            found.append(alias)
    return found


def search_key(given_names: str, family_name: str, aliases: str) -> str:
    """The name and every alias as keys, one per line: what the register is searched by."""
    keys = [name_key(full_name(given_names, family_name))]
    keys += [name_key(alias) for alias in alias_list(aliases)]
    return "\n".join(dict.fromkeys(key for key in keys if key))


def age_on(date_of_birth: date | None, day: date) -> int | None:
    """Whole years from the date of birth to `day` (someone born on 29 February ages on 1 March)."""
    if date_of_birth is None:
        return None
    years = day.year - date_of_birth.year
    if (day.month, day.day) < (date_of_birth.month, date_of_birth.day):
        years -= 1
    return max(years, 0)


def parse_day(text: str) -> date | None:
    """A day written dd/mm/yyyy (or with dots or dashes); None for blank; ValueError if not a day."""
    text = text.strip()
    if not text:
        return None
    match = DATE_TEXT.match(text)
    if match is None:
        raise ValueError(f"'{text}' is not a date: write it as dd/mm/yyyy, for example 07/03/1988.")
    day, month, year = (int(group) for group in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"'{text}' is not a real date.") from None


def normal_postcode(postcode: str) -> str:
    """A postcode in capitals with one space before the last three characters."""
    compact = "".join(postcode.split()).upper()
    return f"{compact[:-3]} {compact[-3:]}" if len(compact) > 3 else compact


def person_errors(given_names: str, family_name: str, aliases: str, date_of_birth: date | None,
                  address: str, postcode: str, phone: str, email: str, notes: str,
                  today: date) -> dict[str, str]:
    """What is wrong with a person's fields, by field."""
    return v.collect(
        given_names=v.max_length_text(given_names.strip(), "given names", NAME_MAX),
        family_name=v.required_text(family_name, "family name", NAME_MAX),
        aliases=_alias_problem(aliases),
        date_of_birth=_birth_problem(date_of_birth, today),
        address=v.max_length_text(address, "address", ADDRESS_MAX),
        postcode=_postcode_problem(postcode),
        phone=v.phone_number(phone),
        email=v.email_address(email),
        notes=v.max_length_text(notes, "notes", NOTES_MAX),
    )


def _alias_problem(aliases: str) -> str | None:
    for alias in alias_list(aliases):
        if len(alias) > NAME_MAX:
            return f"The alias '{alias[:30]}…' is too long: at most {NAME_MAX} characters."
    return v.max_length_text(aliases, "list of aliases", ALIASES_MAX)


def _birth_problem(date_of_birth: date | None, today: date) -> str | None:
    if date_of_birth is None:
        return None
    if date_of_birth > today:
        return f"The date of birth {date_of_birth:%d/%m/%Y} is in the future."
    if date_of_birth < EARLIEST_BIRTH:
        return f"The date of birth {date_of_birth:%d/%m/%Y} is before 1900: check the year."
    return None


def _postcode_problem(postcode: str) -> str | None:
    if postcode.strip() and not POSTCODE.match(normal_postcode(postcode)):
        return f"'{postcode.strip()}' is not a UK postcode (for example WD6 1WA)."
    return None


# Possible duplicates ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Names:
    """What the duplicate rule compares of a person: name keys and the date of birth."""

    given: str
    family: str
    aliases: tuple[str, ...]
    date_of_birth: date | None

    @classmethod
    def of(cls, given_names: str, family_name: str, aliases: str,
           date_of_birth: date | None) -> Names:
        keys = tuple(name_key(alias) for alias in alias_list(aliases))
        return cls(name_key(given_names), name_key(family_name), keys, date_of_birth)

    @property
    def full(self) -> str:
        return " ".join(part for part in (self.given, self.family) if part)

    @property
    def swapped(self) -> str:
        return " ".join(part for part in (self.family, self.given) if part)


def _ratio(first: str, second: str) -> float:
    return difflib.SequenceMatcher(None, first, second).ratio() if first and second else 0.0


def _initials_match(a: Names, b: Names) -> bool:
    """'J Smith' and 'John Smith', 'J R Smith' and 'John Robert Smith': same family, given fits."""
    if not a.family or a.family != b.family or not a.given or not b.given:
        return False
    first, second = a.given.split(), b.given.split()
    if len(first) != len(second) and min(len(first), len(second)) != 1:
        return False
    pairs = list(zip(first, second, strict=False))
    fits = all(x.startswith(y) or y.startswith(x) for x, y in pairs)
    return fits and any(len(x) == 1 or len(y) == 1 for x, y in pairs)


def _similar(a: Names, b: Names) -> bool:
    """Alike enough to be the same person when the dates of birth agree."""
    if _ratio(a.full, b.full) >= SIMILAR or _ratio(a.swapped, b.full) >= SIMILAR:
        return True
    if a.family and (a.family == b.family or _ratio(a.family, b.family) >= NEAR_IDENTICAL):
        return True
    first_a, first_b = (a.given.split() or [""])[0], (b.given.split() or [""])[0]
    if first_a and first_a == first_b and _ratio(a.family, b.family) >= SIMILAR:
        return True
    names_a, names_b = {a.full, *a.aliases}, {b.full, *b.aliases}
    return _initials_match(a, b) or any(
        _ratio(x, y) >= SIMILAR for x in names_a for y in names_b)


def _same_name(a: Names, b: Names) -> str | None:
    """The reason the names are the same or nearly so, whatever the dates of birth."""
    if a.full == b.full:
        return "same name"
    if a.swapped == b.full and a.given and a.family:
        return "same name with the given and family names swapped"
    if set(a.aliases) & {b.full} or set(b.aliases) & {a.full}:
        return "an alias matches the name"
    if set(a.aliases) & set(b.aliases):
        return "same alias"
    if _ratio(a.full, b.full) >= NEAR_IDENTICAL:
        return "nearly the same name"
    if _initials_match(a, b):
        return "same family name and matching initials"
    return None


def likeness(a: Names, b: Names) -> str | None:
    """Why two people may be one (a short reason), or None when they look like different people."""
    if not a.full or not b.full:
        return None
    same_birth = a.date_of_birth is not None and a.date_of_birth == b.date_of_birth
    if same_birth and a.full == b.full:
        return "same date of birth and same name"
    if same_birth and _similar(a, b):
        return "same date of birth and similar name"
    reason = _same_name(a, b)
    if reason is None:
        return None
    both_known = a.date_of_birth is not None and b.date_of_birth is not None
    # Shown all the same: a mistyped date of birth is a common way for duplicates to be made.
    return f"{reason}, but a different date of birth" if both_known else reason
