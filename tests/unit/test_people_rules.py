"""The people register's rules: name keys, age, field checks and the duplicate-likeness rule."""

from __future__ import annotations

from datetime import date

import pytest

from jagdesk.domain.people import (
    Names,
    age_on,
    alias_list,
    likeness,
    name_key,
    normal_postcode,
    parse_day,
    person_errors,
    search_key,
)

TODAY = date(2026, 3, 15)


@pytest.mark.parametrize(("written", "key"), [
    ("Łukasz Wójcik", "lukasz wojcik"),
    ("  ZOË   O'Neill-Brown ", "zoe oneill brown"),
    ("Jürgen Straße", "jurgen strasse"),
    ("Siobhán Ní Bhriain", "siobhan ni bhriain"),
    ("محمد الحسن", "محمد الحسن"),
    ("ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ", "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ"),
    ("<b>Bob</b> & \"Al\"", "b bob b al"),
    ("Ana 😀", "ana"),
])
def test_name_key_lowers_and_drops_latin_accents_but_keeps_other_scripts(written: str, key: str) -> None:
    assert name_key(written) == key


def test_search_key_holds_the_name_and_each_alias_once() -> None:
    assert search_key("Łukasz", "Wójcik", "Luke Wojcik\n\nŁukasz Wójcik\n  Lukey ") == (
        "lukasz wojcik\nluke wojcik\nlukey")
    assert alias_list("Bob\nbob\n  \nRobert") == ["Bob", "Robert"]


@pytest.mark.parametrize(("born", "age"), [
    (date(2008, 3, 15), 18),
    (date(2008, 3, 16), 17),
    (date(2008, 3, 14), 18),
    (date(2004, 2, 29), 22),
    (date(2026, 3, 15), 0),
    (None, None),
])
def test_age_counts_whole_years(born: date | None, age: int | None) -> None:
    assert age_on(born, TODAY) == age


def test_born_on_29_february_turns_a_year_older_on_1_march() -> None:
    assert age_on(date(2008, 2, 29), date(2025, 2, 28)) == 16
    assert age_on(date(2008, 2, 29), date(2025, 3, 1)) == 17


def test_parse_day_reads_british_dates_and_refuses_others() -> None:
    assert parse_day("07/03/1988") == date(1988, 3, 7)
    assert parse_day("7.3.1988") == date(1988, 3, 7)
    assert parse_day("  ") is None
    with pytest.raises(ValueError, match="is not a date: write it as dd/mm/yyyy"):
        parse_day("1988-03-07")
    with pytest.raises(ValueError, match="'31/02/1990' is not a real date."):
        parse_day("31/02/1990")


def errors(**fields: object) -> dict[str, str]:
    values: dict[str, object] = dict(given_names="Ann", family_name="Lee", aliases="",
                                     date_of_birth=None, address="", postcode="", phone="",
                                     email="", notes="", today=TODAY)
    values.update(fields)
    return person_errors(**values)  # type: ignore[arg-type]


def test_a_plain_person_passes_and_non_latin_or_markup_names_are_fine() -> None:
    assert errors() == {}
    assert errors(given_names="<script>", family_name="😀 & \"quotes\"") == {}
    assert errors(given_names="ਗੁਰਪ੍ਰੀਤ", family_name="محمد") == {}


def test_each_bad_field_is_named_with_one_sentence() -> None:
    found = errors(family_name="  ", given_names="x" * 201, date_of_birth=date(2026, 3, 16),
                   postcode="12345", phone="call me", email="nobody", aliases="y" * 201)
    assert found == {
        "family_name": "Enter the family name.",
        "given_names": "The given names is too long: at most 200 characters.",
        "aliases": f"The alias '{'y' * 30}…' is too long: at most 200 characters.",
        "date_of_birth": "The date of birth 16/03/2026 is in the future.",
        "postcode": "'12345' is not a UK postcode (for example WD6 1WA).",
        "phone": "'call me' is not a phone number (digits, spaces, + and brackets only).",
        "email": "'nobody' is not an email address (name@example.gov.uk).",
    }


def test_date_of_birth_before_1900_is_refused_and_1900_itself_is_allowed() -> None:
    assert errors(date_of_birth=date(1899, 12, 31)) == {
        "date_of_birth": "The date of birth 31/12/1899 is before 1900: check the year."}
    assert errors(date_of_birth=date(1900, 1, 1)) == {}
    assert errors(date_of_birth=TODAY) == {}


def test_postcodes_are_tidied_before_checking() -> None:
    assert normal_postcode(" wd61wa ") == "WD6 1WA"
    assert errors(postcode="wd6  1wa") == {}
    assert errors(postcode="EC1A1BB") == {}


def names(given: str, family: str, aliases: str = "", born: date | None = None) -> Names:
    return Names.of(given, family, aliases, born)


BORN = date(1990, 5, 4)


@pytest.mark.parametrize(("first", "second", "reason"), [
    (names("John", "Smith", born=BORN), names("john", "SMITH", born=BORN),
     "same date of birth and same name"),
    (names("Jon", "Smyth", born=BORN), names("John", "Smith", born=BORN),
     "same date of birth and similar name"),
    (names("Kelly", "Smith", born=BORN), names("Jade", "Smith", born=BORN),
     "same date of birth and similar name"),
    (names("Łukasz", "Wójcik"), names("Lukasz", "Wojcik"), "same name"),
    (names("Smith", "John"), names("John", "Smith"), "same name with the given and family names swapped"),
    (names("Daniel", "Price", "Danny P"), names("Danny", "P"), "an alias matches the name"),
    (names("Daniel", "Price", "Tiny"), names("Dan", "Pryce", "tiny"), "same alias"),
    (names("Jonathan", "Smithson"), names("Jonathon", "Smithson"), "nearly the same name"),
    (names("J", "Smith"), names("John", "Smith"), "same family name and matching initials"),
    (names("J. R.", "Smith"), names("John Robert", "Smith"), "same family name and matching initials"),
    (names("John", "Smith", born=BORN), names("John", "Smith", born=date(1991, 5, 4)),
     "same name, but a different date of birth"),
    (names("محمد", "الحسن"), names("محمد", "الحسن", born=BORN), "same name"),
])
def test_possible_duplicates_are_found_with_a_short_reason(first: Names, second: Names,
                                                           reason: str) -> None:
    assert likeness(first, second) == reason
    assert likeness(second, first) is not None


@pytest.mark.parametrize(("first", "second"), [
    (names("John", "Smith"), names("Mary", "Jones")),
    (names("John", "Smith", born=BORN), names("Mary", "Jones", born=BORN)),
    (names("John", "Smith"), names("Jane", "Smith")),
    (names("J", "Smith"), names("Mary", "Smith")),
    (names("Kelly", "Smith", born=BORN), names("Jade", "Smith", born=date(1991, 1, 1))),
    (names("ਗੁਰਪ੍ਰੀਤ", "ਸਿੰਘ"), names("Gurpreet", "Singh")),
])
def test_different_people_are_not_matched(first: Names, second: Names) -> None:
    assert likeness(first, second) is None
    assert likeness(second, first) is None
