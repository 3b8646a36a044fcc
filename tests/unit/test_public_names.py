"""Where a text names a person: the public pack's rules, sentence by sentence, without a store."""

from __future__ import annotations

import pytest

from jagdesk.domain.meetings.pack.name_book import name_book
from jagdesk.domain.meetings.pack.public_names import SpanKind, find_names

BOOK = name_book(
    ["Insp. Mark Ellison", "Grace O'Neill", "Marcus Bell", "Reece Donovan", "Reecey", "PC Aisha Rahman",
     "Stn Cdr Neil Forsyth", "Lena Marsh", "Yousef Al-Haddad", "يوسف الحداد", "王秀英",
     "Harbans Kaur Dhillon", "ਹਰਬੰਸ ਕੌਰ ਢਿੱਲੋਂ", "Agnieszka Wójcik", "Callum Frost"],
    known=["Bushey Heath", "Potters Bar", "Victim Support"])


def marked(text: str, extra: tuple[str, ...] = ()) -> str:
    """The text with each withheld span in [brackets] and each possible name in {braces}."""
    book = BOOK if not extra else name_book(["Reece Donovan"], extra)
    out, last = "", 0
    for span in find_names(text, book):
        left, right = ("[", "]") if span.kind == SpanKind.NAME else ("{", "}")
        out += f"{text[last:span.start]}{left}{text[span.start:span.end]}{right}"
        last = span.end
    return out + text[last:]


@pytest.mark.parametrize("text", [
    "Mark the victims' valuables with forensic property marking.",
    "Bell Lane and Grace Baptist Church are on the route.",
    "Shenley Road, Donovan Road, Rahman Park and Marsh Lane stay.",
    "Grace period; by the grace of God; the bell rang; frost on the road; the marsh is wet.",
    "Bushey Heath residents and Victim Support.",
    "Meet at St Mark's Church.",
    "PC on patrol; the PC said so. The report went to the PC. Residents agreed.",
    "MS Teams link sent; Byng Dr, Potters Bar.",
    "Wójciks and Donovans are longer words; so are Wójciks",
])
def test_ordinary_words_and_places_stay(text: str) -> None:
    assert "[" not in marked(text), marked(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Mark said he would call.", "[Mark] said he would call."),
    ("We asked Mark to call.", "We asked [Mark] to call."),
    ("Mark, can you send it?", "[Mark], can you send it?"),
    ("Insp. Mark Ellison chaired.", "Insp. [Mark Ellison] chaired."),
    ("Bell Lane is fine; Marcus Bell is not.", "Bell Lane is fine; [Marcus Bell] is not."),
    ("Grace reported it to Grace O'Neill.", "[Grace] reported it to [Grace O'Neill]."),
    ("Lena Marsh came; Marsh said no.", "[Lena Marsh] came; [Marsh] said no."),
    ("Frost damaged the fence, said Callum FROST.", "[Frost] damaged the fence, said [Callum FROST]."),
    ("Moved to 8 March at Cllr Patel's request.", "Moved to 8 March at Cllr [Patel]'s request."),
    ("The chair welcomed Cllr Meena Patel, who joined.",
     "The chair welcomed Cllr [Meena Patel], who joined."),
    ("PC Rahman, pc rahman and RAHMAN.", "PC [Rahman], pc [rahman] and [RAHMAN]."),
    ("Donovan's moped; Donovan-Smith; the Donovans' house.",
     "[Donovan]'s moped; [Donovan-Smith]; the [Donovans]' house."),
    ("Mr Al-Haddad, Al Haddad and يوسف الحداد.", "Mr [Al-Haddad], [Al Haddad] and [يوسف الحداد]."),
    ("王秀英说她看到了摩托车。", "[王秀英]说她看到了摩托车。"),
    ("ਹਰਬੰਸ ਕੌਰ ਢਿੱਲੋਂ ਨੇ ਕਿਹਾ", "[ਹਰਬੰਸ ਕੌਰ ਢਿੱਲੋਂ] ਨੇ ਕਿਹਾ"),
    ("Agnieszka Wojcik and WÓJCIK.", "[Agnieszka Wojcik] and [WÓJCIK]."),
    ("Mr and Mrs Smith met DS Jones and Ch Insp Gwen Lloyd-Davies.",
     "Mr and Mrs [Smith] met DS [Jones] and Ch Insp [Gwen Lloyd-Davies]."),
    ("Ask Reecey. Stn Cdr Neil Forsyth reported.", "Ask [Reecey]. Stn Cdr [Neil Forsyth] reported."),
    ("Dr J. Smith and Mx A Khan.", "Dr [J. Smith] and Mx [A Khan]."),
    ("Harbans Dhillon and Mrs Dhillon; Kaur.", "[Harbans Dhillon] and Mrs [Dhillon]; [Kaur]."),
    ("Sgt Bell Lane-Fox met Councillor O'Brien.", "Sgt [Bell Lane-Fox] met Councillor [O'Brien]."),
])
def test_names_are_withheld_where_they_are_names(text: str, expected: str) -> None:
    assert marked(text) == expected


def test_capitalised_words_nobody_placed_are_possible_names() -> None:
    assert marked("The car park belongs to a company in Hatfield; see Youth Connexions.") == (
        "The car park belongs to a company in {Hatfield}; see Youth {Connexions}.")
    # months, acronyms, known places and a sentence's first word are not
    assert marked("On 10 Feb 2021 the JAG met in Potters Bar. Hatfield agreed.") == (
        "On 10 Feb 2021 the JAG met in Potters Bar. Hatfield agreed.")


def test_the_officers_own_words_are_withheld_wherever_they_are() -> None:
    assert marked("Gareth Lloyd and gareth; the Lloyd bank.", ("Gareth Lloyd", "Gareth")) == (
        "[Gareth Lloyd] and [gareth]; the {Lloyd} bank.")
