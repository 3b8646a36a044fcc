"""The vocabulary of the ASB tools and powers: the kinds of intervention, whom or what each is
about, the statuses each kind moves through (its lifecycle), the terms and the actions on a breach."""

from __future__ import annotations

import re
from enum import StrEnum


class Kind(StrEnum):
    """A kind of intervention on the register (youth diversion orders are counter-terrorism
    orders, not ASB powers, and are not among them)."""

    WARNING_LETTER_1 = "warning letter 1"
    WARNING_LETTER_2 = "warning letter 2"
    ABC = "ABC"
    ASBO = "ASBO"
    CIVIL_INJUNCTION = "civil injunction"
    RESPECT_ORDER = "Respect Order"
    CBO = "CBO"
    CPW = "CPW"
    CPN = "CPN"
    PSPO = "PSPO"
    DISPERSAL_AUTHORISATION = "dispersal authorisation"
    DISPERSAL_DIRECTION = "dispersal direction"
    CLOSURE_NOTICE = "closure notice"
    CLOSURE_ORDER = "closure order"

    @property
    def label(self) -> str:
        """The kind's name written out: "Acceptable Behaviour Contract"."""
        return KIND_TITLES[self]

    @property
    def plural(self) -> str:
        """How figures count it: "ABCs", "closure orders"."""
        return KIND_PLURALS.get(self, f"{self.value}s")


KIND_TITLES: dict[Kind, str] = {
    Kind.WARNING_LETTER_1: "Warning letter (stage 1)",
    Kind.WARNING_LETTER_2: "Warning letter (stage 2)",
    Kind.ABC: "Acceptable Behaviour Contract",
    Kind.ASBO: "Anti-Social Behaviour Order (legacy)",
    Kind.CIVIL_INJUNCTION: "Civil Injunction",
    Kind.RESPECT_ORDER: "Respect Order",
    Kind.CBO: "Criminal Behaviour Order",
    Kind.CPW: "Community Protection Warning",
    Kind.CPN: "Community Protection Notice",
    Kind.PSPO: "Public Spaces Protection Order",
    Kind.DISPERSAL_AUTHORISATION: "Dispersal authorisation",
    Kind.DISPERSAL_DIRECTION: "Dispersal direction",
    Kind.CLOSURE_NOTICE: "Closure notice",
    Kind.CLOSURE_ORDER: "Closure order",
}
KIND_PLURALS: dict[Kind, str] = {
    Kind.WARNING_LETTER_1: "stage 1 warning letters", Kind.WARNING_LETTER_2: "stage 2 warning letters",
    Kind.CIVIL_INJUNCTION: "civil injunctions", Kind.RESPECT_ORDER: "Respect Orders",
    Kind.DISPERSAL_AUTHORISATION: "dispersal authorisations",
    Kind.DISPERSAL_DIRECTION: "dispersal directions",
}

# How registers spell the kinds, compared without case, spaces, dots, hyphens or underscores.
_SPELLINGS: dict[str, Kind] = {
    "warningletter1": Kind.WARNING_LETTER_1, "warningletterstage1": Kind.WARNING_LETTER_1,
    "stage1warningletter": Kind.WARNING_LETTER_1, "stage1": Kind.WARNING_LETTER_1,
    "warningletter2": Kind.WARNING_LETTER_2, "warningletterstage2": Kind.WARNING_LETTER_2,
    "stage2warningletter": Kind.WARNING_LETTER_2, "stage2": Kind.WARNING_LETTER_2,
    "abc": Kind.ABC, "aba": Kind.ABC, "acceptablebehaviourcontract": Kind.ABC,
    "acceptablebehaviouragreement": Kind.ABC, "acceptablebehaviorcontract": Kind.ABC,
    "asbo": Kind.ASBO, "antisocialbehaviourorder": Kind.ASBO,
    "civilinjunction": Kind.CIVIL_INJUNCTION, "injunction": Kind.CIVIL_INJUNCTION,
    "asbi": Kind.CIVIL_INJUNCTION,
    "respectorder": Kind.RESPECT_ORDER,
    "cbo": Kind.CBO, "criminalbehaviourorder": Kind.CBO,
    "cpw": Kind.CPW, "communityprotectionwarning": Kind.CPW,
    "cpn": Kind.CPN, "communityprotectionnotice": Kind.CPN,
    "pspo": Kind.PSPO, "publicspacesprotectionorder": Kind.PSPO,
    "dispersal": Kind.DISPERSAL_AUTHORISATION, "dispersalauthorisation": Kind.DISPERSAL_AUTHORISATION,
    "dispersalorder": Kind.DISPERSAL_AUTHORISATION, "section34": Kind.DISPERSAL_AUTHORISATION,
    "dispersaldirection": Kind.DISPERSAL_DIRECTION, "section35": Kind.DISPERSAL_DIRECTION,
    "closurenotice": Kind.CLOSURE_NOTICE, "closureorder": Kind.CLOSURE_ORDER,
}
_NOISE = re.compile(r"[\s._\-/()']+")


def a(text: str, capital: bool = False) -> str:
    """The text after "a" or "an": "an Acceptable Behaviour Contract", "a CBO"."""
    article = "an" if text[:1].upper() in "AEIOU" else "a"
    return f"{article.capitalize() if capital else article} {text}"


def kind_from_text(text: str) -> Kind | None:
    """The kind a register names ("Acceptable Behaviour Contract", "Warning letter 1"), or None."""
    return _SPELLINGS.get(_NOISE.sub("", text).casefold())


class Subject(StrEnum):
    """What an intervention is about."""

    PERSON = "person"
    PREMISES = "premises"
    AREA = "area"


class Status(StrEnum):
    """Where an intervention stands; each kind moves through its own part of these (LIFECYCLES)."""

    DRAFTED = "drafted"
    SENT = "sent"
    PROPOSED = "proposed"
    OFFERED = "offered"
    SIGNED = "signed"
    DECLINED = "declined"
    IN_FORCE = "in force"
    REVIEWED = "reviewed"
    BREACHED = "breached"
    APPLIED = "applied for"
    GRANTED = "granted"
    REFUSED = "refused"
    SERVED = "served"
    VARIED = "varied"
    EXTENDED = "extended"
    DISCHARGED = "discharged"
    EXPIRED = "expired"
    ISSUED = "issued"
    COMPLIED = "complied"
    NOT_COMPLIED = "not complied"
    ESCALATED = "escalated"
    APPEALED = "appealed"
    CONSULTED = "consulted on"
    MADE = "made"
    AUTHORISED = "authorised"
    GIVEN = "given"
    WITHDRAWN = "withdrawn"
    ENDED = "ended"


S = Status
_COURT: dict[Status, tuple[Status, ...]] = {
    S.APPLIED: (S.GRANTED, S.REFUSED, S.WITHDRAWN),
    S.GRANTED: (S.SERVED,),
    S.SERVED: (S.IN_FORCE,),
    S.IN_FORCE: (S.VARIED, S.DISCHARGED, S.EXPIRED),
    S.VARIED: (S.VARIED, S.DISCHARGED, S.EXPIRED),
}
_LETTER: dict[Status, tuple[Status, ...]] = {
    S.DRAFTED: (S.SENT, S.WITHDRAWN), S.SENT: (S.COMPLIED, S.ESCALATED, S.ENDED)}
_NOTICE: dict[Status, tuple[Status, ...]] = {
    S.ISSUED: (S.COMPLIED, S.NOT_COMPLIED, S.APPEALED, S.WITHDRAWN),
    S.APPEALED: (S.ISSUED, S.WITHDRAWN),
    S.NOT_COMPLIED: (S.ESCALATED, S.ENDED),
}
# Each kind's lifecycle: status -> the statuses it may move to. The first key is where it starts.
LIFECYCLES: dict[Kind, dict[Status, tuple[Status, ...]]] = {
    Kind.WARNING_LETTER_1: _LETTER,
    Kind.WARNING_LETTER_2: _LETTER,
    Kind.ABC: {
        S.PROPOSED: (S.OFFERED, S.WITHDRAWN), S.OFFERED: (S.SIGNED, S.DECLINED),
        S.SIGNED: (S.IN_FORCE,), S.IN_FORCE: (S.REVIEWED, S.ENDED, S.BREACHED),
        S.REVIEWED: (S.IN_FORCE, S.ENDED, S.BREACHED), S.BREACHED: (S.IN_FORCE, S.ENDED),
    },
    Kind.ASBO: _COURT,
    Kind.CIVIL_INJUNCTION: _COURT,
    Kind.RESPECT_ORDER: _COURT,
    Kind.CBO: {**_COURT, S.IN_FORCE: (S.REVIEWED, S.VARIED, S.DISCHARGED, S.EXPIRED),
               S.REVIEWED: (S.IN_FORCE, S.VARIED, S.DISCHARGED, S.EXPIRED)},
    Kind.CPW: _NOTICE,
    Kind.CPN: {**_NOTICE, S.ISSUED: (S.COMPLIED, S.BREACHED, S.APPEALED, S.WITHDRAWN),
               S.BREACHED: (S.ENDED,)},
    Kind.PSPO: {
        S.PROPOSED: (S.CONSULTED, S.WITHDRAWN), S.CONSULTED: (S.MADE, S.WITHDRAWN),
        S.MADE: (S.IN_FORCE,), S.IN_FORCE: (S.VARIED, S.EXTENDED, S.DISCHARGED, S.EXPIRED),
        S.VARIED: (S.VARIED, S.EXTENDED, S.DISCHARGED, S.EXPIRED),
        S.EXTENDED: (S.VARIED, S.EXTENDED, S.DISCHARGED, S.EXPIRED),
    },
    Kind.DISPERSAL_AUTHORISATION: {S.AUTHORISED: (S.ENDED, S.WITHDRAWN)},
    Kind.DISPERSAL_DIRECTION: {S.GIVEN: (S.COMPLIED, S.BREACHED), S.BREACHED: (S.ENDED,)},
    Kind.CLOSURE_NOTICE: {S.ISSUED: (S.ESCALATED, S.WITHDRAWN, S.EXPIRED)},
    Kind.CLOSURE_ORDER: {**_COURT, S.IN_FORCE: (S.EXTENDED, S.DISCHARGED, S.EXPIRED),
                         S.EXTENDED: (S.EXTENDED, S.DISCHARGED, S.EXPIRED)},
}
# Statuses in which an intervention binds its subject (what the dashboard watches for expiry).
LIVE = frozenset({S.SIGNED, S.IN_FORCE, S.REVIEWED, S.GRANTED, S.SERVED, S.VARIED, S.EXTENDED,
                  S.ISSUED, S.MADE, S.AUTHORISED, S.GIVEN, S.BREACHED, S.SENT, S.APPEALED})


def statuses(kind: Kind) -> tuple[Status, ...]:
    """Every status of the kind's lifecycle, from where it starts."""
    cycle = LIFECYCLES[kind]
    found = dict.fromkeys([*cycle, *(to for targets in cycle.values() for to in targets)])
    return tuple(found)


def first_status(kind: Kind) -> Status:
    """Where an intervention of the kind starts: ABC proposed, court orders applied for."""
    return next(iter(LIFECYCLES[kind]))


# What a status counts as in the figures: "24 ABCs signed, 14 declined".
OUTCOMES: dict[Status, str] = {
    S.DRAFTED: "drafted", S.SENT: "sent", S.COMPLIED: "sent", S.ESCALATED: "sent",
    S.PROPOSED: "proposed", S.OFFERED: "offered", S.SIGNED: "signed", S.IN_FORCE: "signed",
    S.REVIEWED: "signed", S.BREACHED: "signed", S.ENDED: "signed", S.DECLINED: "declined",
    S.APPLIED: "applied for", S.GRANTED: "granted", S.SERVED: "granted", S.VARIED: "granted",
    S.EXTENDED: "granted", S.DISCHARGED: "granted", S.EXPIRED: "granted", S.REFUSED: "refused",
    S.WITHDRAWN: "withdrawn", S.ISSUED: "issued", S.NOT_COMPLIED: "issued", S.APPEALED: "issued",
    S.CONSULTED: "proposed", S.MADE: "made", S.AUTHORISED: "authorised", S.GIVEN: "given",
}
# Kinds whose "in force" path reads differently in the figures than the court orders' "granted".
_OWN_OUTCOME: dict[Kind, dict[Status, str]] = {
    Kind.WARNING_LETTER_1: {S.ENDED: "sent"}, Kind.WARNING_LETTER_2: {S.ENDED: "sent"},
    Kind.CPW: {S.COMPLIED: "issued", S.ESCALATED: "issued", S.ENDED: "issued"},
    Kind.CPN: {S.COMPLIED: "issued", S.BREACHED: "issued", S.ENDED: "issued"},
    Kind.PSPO: {S.IN_FORCE: "made", S.VARIED: "made", S.EXTENDED: "made", S.DISCHARGED: "made",
                S.EXPIRED: "made"},
    Kind.DISPERSAL_AUTHORISATION: {S.ENDED: "authorised"},
    Kind.DISPERSAL_DIRECTION: {S.COMPLIED: "given", S.BREACHED: "given", S.ENDED: "given"},
    Kind.CLOSURE_NOTICE: {S.ESCALATED: "issued", S.EXPIRED: "issued"},
    Kind.CBO: {S.REVIEWED: "granted"}, Kind.CLOSURE_ORDER: {S.IN_FORCE: "granted"},
    Kind.ASBO: {S.IN_FORCE: "granted"}, Kind.CIVIL_INJUNCTION: {S.IN_FORCE: "granted"},
    Kind.RESPECT_ORDER: {S.IN_FORCE: "granted"},
}


def outcome(kind: Kind, status: Status) -> str:
    """What the intervention counts as in the figures: signed, declined, granted, refused..."""
    return _OWN_OUTCOME.get(kind, {}).get(status) or OUTCOMES[status]


class TermKind(StrEnum):
    """A term of an order or agreement: something not to do, or something to do."""

    PROHIBITION = "prohibition"
    REQUIREMENT = "requirement"


class BreachAction(StrEnum):
    """What was done about a breach; NONE until someone acts on it."""

    NONE = "none yet"
    WARNING = "warning"
    ARREST = "arrest"
    PROSECUTION = "prosecution"
    FIXED_PENALTY = "fixed penalty"
    CONTEMPT = "contempt application"


class Rank(StrEnum):
    """Who signs an authorisation or a notice, in order of seniority within the police."""

    PCSO = "PCSO"
    CONSTABLE = "constable"
    SERGEANT = "sergeant"
    INSPECTOR = "inspector"
    CHIEF_INSPECTOR = "chief inspector"
    SUPERINTENDENT = "superintendent"
    CHIEF_SUPERINTENDENT = "chief superintendent"
    CHIEF_OFFICER = "chief officer"
    COUNCIL_OFFICER = "council officer"
    COUNCIL_CHIEF_EXECUTIVE = "council chief executive"


POLICE_RANKS = (Rank.PCSO, Rank.CONSTABLE, Rank.SERGEANT, Rank.INSPECTOR, Rank.CHIEF_INSPECTOR,
                Rank.SUPERINTENDENT, Rank.CHIEF_SUPERINTENDENT, Rank.CHIEF_OFFICER)


def at_least(rank: Rank, lowest: Rank) -> bool:
    """Whether a police `rank` is `lowest` or above (a council officer holds no police rank)."""
    if rank not in POLICE_RANKS or lowest not in POLICE_RANKS:
        return False
    return POLICE_RANKS.index(rank) >= POLICE_RANKS.index(lowest)
