"""Which fields of a case, a hotspot and an action the public version of a document leaves out.

Each record keeps its own set of withheld fields; a record never set follows the defaults below,
chosen to be safe: what would identify or endanger someone stays out of a document for residents.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum


class RecordKind(StrEnum):
    CASE = "case"
    HOTSPOT = "hotspot"
    ACTION = "action"


@dataclass(frozen=True)
class PublicField:
    key: str
    label: str
    public: bool  # the default
    why: str = ""  # why it is left out by default


# The defaults: (key, label, public by default, why not).
CASE_FIELDS: tuple[PublicField, ...] = (
    PublicField("behaviour", "The behaviour", True),
    PublicField("place", "The place", True),
    PublicField("time_pattern", "The time", True),
    PublicField("objective", "The objective, its measure and target", True),
    PublicField("scanning_notes", "Scanning notes", True),
    PublicField("victim", "Victim side: description (health, vulnerability)", False,
                "it describes the victims, their health and vulnerability"),
    PublicField("guardian", "Victim side: guardian", False, "it says who protects the victims"),
    PublicField("location", "Location side: description", True),
    PublicField("place_manager", "Location side: place manager", True),
    PublicField("offender", "Offender side: description", False, "it would identify the offender"),
    PublicField("handler", "Offender side: handler", False, "it tells how the offender is managed"),
    PublicField("assessment_notes", "Assessment notes", True),
    PublicField("closed_reason", "Why it closed", True),
)
HOTSPOT_FIELDS: tuple[PublicField, ...] = (
    PublicField("description", "Description", True),
    PublicField("engagement", "Engagement with residents", True),
    PublicField("audits", "Visual audits (findings and recommendations)", False,
                "they show the place's weak points: unlit corners, camera blind spots, gaps in fences"),
)
ACTION_FIELDS: tuple[PublicField, ...] = (
    PublicField("description", "The action (without it the action is left out)", True),
    PublicField("updates", "Progress updates", True),
)
FIELDS: Mapping[RecordKind, tuple[PublicField, ...]] = {
    RecordKind.CASE: CASE_FIELDS, RecordKind.HOTSPOT: HOTSPOT_FIELDS, RecordKind.ACTION: ACTION_FIELDS,
}
# An action on the offender side (licence conditions, tags, curfews, referrals) is left out whole.
OFFENDER_SIDE = "offender"
# A case whose victims are flagged vulnerable keeps its place out too: the victims' streets next
# to "older people living alone" show where they live.
VULNERABLE_PLACE = "place"
# The minutes of a problem-solving agenda item on these sides are left out of a public pack.
ITEM_SIDES_WITHHELD = frozenset({OFFENDER_SIDE})


def field_keys(kind: RecordKind) -> tuple[str, ...]:
    return tuple(f.key for f in FIELDS[kind])


def default_withheld(kind: RecordKind, side: str = "", vulnerable_victim: bool = False) -> frozenset[str]:
    """The fields a record of this kind leaves out when nobody has chosen: the table's defaults, an
    offender-side action whole, a case with vulnerable victims its place too."""
    withheld = {f.key for f in FIELDS[kind] if not f.public}
    if kind == RecordKind.ACTION and side == OFFENDER_SIDE:
        withheld |= {"description", "updates"}
    if kind == RecordKind.CASE and vulnerable_victim:
        withheld.add(VULNERABLE_PLACE)
    return frozenset(withheld)


def withheld_fields(kind: RecordKind, stored: str | None, side: str = "",
                    vulnerable_victim: bool = False) -> frozenset[str]:
    """The record's withheld fields: as chosen (stored as a JSON list), else the defaults. A stored
    value that cannot be read withholds every field: nothing leaks from a damaged setting."""
    if stored is None or stored == "":
        return default_withheld(kind, side, vulnerable_victim)
    try:
        chosen = json.loads(stored)
    except ValueError:
        return frozenset(field_keys(kind))
    if not isinstance(chosen, list) or not all(isinstance(k, str) for k in chosen):
        return frozenset(field_keys(kind))
    return frozenset(k for k in chosen if k in field_keys(kind))


def withheld_errors(kind: RecordKind, withheld: Iterable[str]) -> dict[str, str]:
    """The reason a choice of withheld fields is refused (a field this kind does not have)."""
    unknown = sorted(set(withheld) - set(field_keys(kind)))
    if not unknown:
        return {}
    article = "An" if kind == RecordKind.ACTION else "A"
    return {"public_withheld": f"{article} {kind} record has no field '{unknown[0]}' to withhold; its "
                              f"fields are {', '.join(field_keys(kind))}."}


def stored_withheld(kind: RecordKind, withheld: Iterable[str]) -> str:
    """The choice as the record stores it: a JSON list in the table's order (checked first with
    withheld_errors)."""
    chosen = set(withheld)
    return json.dumps([k for k in field_keys(kind) if k in chosen])
