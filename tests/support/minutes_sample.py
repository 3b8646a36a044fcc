"""A hand-built MinutesDocument with every awkward kind of text, for the Word minutes tests."""

from __future__ import annotations

from datetime import date, time

from jagdesk.domain.meetings.vocabulary import Attendee, MinutesAction, MinutesDocument, MinutesItem
from tests.support.case_sheet_sample import (
    ARABIC,
    CHINESE,
    CHINESE_NOTICE,
    EMOJI,
    LONG,
    MARKUP,
    POLISH,
    PUNJABI,
)

ATTENDEES = (
    Attendee("Sarah Collins", "Hertsmere Borough Council", "present"),
    Attendee(POLISH, "Hertfordshire Constabulary", "present"),
    Attendee(ARABIC, "Clarion Housing", "present"),
    Attendee(PUNJABI, "Hertfordshire Fire and Rescue", "present"),
    Attendee("Tom O'Neill & Sons", 'Neighbourhood Watch "North"', "present", guest=True),
    Attendee(CHINESE, "Hertfordshire County Council", "apologies"),
    Attendee("Gareth Evans", "Youth Connexions", "apologies"),
    Attendee("Dana Brooks", "Probation Service", "absent"),
)
# Control characters XML 1.0 forbids, a lone surrogate and a non-character: removed, not a crash.
DIRTY = "Bell\x07 and \x00null, \ud800half and \uffff end"
CLEAN = "Bell and null, half and  end"
LONG_PARAGRAPH = ("The group reviewed the parade in detail, shop by shop, and heard from each agency "
                  "about what it had seen since the last meeting. ") * 6
LONG_ITEM_PARAGRAPHS = 170  # about 40 pages of minutes in one item


def _action(n: int, owner: str, agency: str, status: str = "open", overdue: bool = False
            ) -> MinutesAction:
    return MinutesAction(
        reference=f"JAG-2026-11/{n:02d}", description=f"Action {n}: patrol the parade and report back",
        owner=owner, agency=agency, due_on=date(2026, 12, n), status=status, overdue=overdue)


ACTIONS = (
    _action(1, POLISH, "Hertfordshire Constabulary"),
    _action(2, ARABIC, "Clarion Housing", overdue=True),
    _action(3, PUNJABI, "Hertfordshire Fire and Rescue", status="done"),
    MinutesAction("JAG-2026-11/04", MARKUP, "", "Hertsmere Borough Council", None, "open", False),
    MinutesAction("JAG-2026-11/05", LONG, "Sarah Collins", "Hertsmere Borough Council",
                  date(2027, 1, 8), "open", False),
    MinutesAction("JAG-2026-11/06", EMOJI, "Sarah Collins", "", date(2027, 1, 9), "open", False),
)


def sample_minutes(long_item: bool = True) -> MinutesDocument:
    items = [
        MinutesItem(1, "Welcome, introductions and apologies", "general",
                    "Apologies as listed.\n\nThe chair welcomed the new members.", "", ()),
        MinutesItem(2, "Matters arising", "matters arising",
                    f"Actions from October were reviewed.\n- {POLISH} to chase the lighting\n"
                    f"- {ARABIC} gave an update", "", ACTIONS[:2]),
        MinutesItem(3, "Shenley Road parade", "hotspot",
                    f"{LONG_PARAGRAPH}\n{MARKUP}\n{ARABIC}\n{PUNJABI}\n{CHINESE_NOTICE}\n{EMOJI}\n{LONG}\n{DIRTY}",
                    "1. Keep the parade on the hotspot list\n2) Ask for CCTV footage\n- Review in January",
                    ACTIONS[2:], hotspot="Shenley Road parade", side="location"),
        MinutesItem(4, "Any other business", "any other business", "",
                    "Next meeting to consider the summer plan.", ()),
    ]
    if long_item:
        text = "\n".join(f"Paragraph {n}. {LONG_PARAGRAPH}" for n in range(1, LONG_ITEM_PARAGRAPHS + 1))
        items.append(MinutesItem(5, "Review of the year", "general", text, "", ()))
    return MinutesDocument(
        title="Hertsmere JAG, November 2026", meeting_type="JAG", series="Hertsmere JAG",
        held_on=date(2026, 11, 12), starts_at=time(10, 0), ends_at=time(12, 0),
        venue="Civic Offices, Elstree Way, Borehamwood <Room 2>", chair="Sarah Collins",
        minute_taker=POLISH, marking="OFFICIAL-SENSITIVE", attendees=ATTENDEES, items=tuple(items),
        next_meeting="Thursday 10 December 2026, 10:00, Civic Offices", printed_on=date(2026, 11, 13))
