"""The lifecycle of a record of an ASB power: dates, statuses and their outcomes, terms, breaches
and their next steps, expiry and review warnings, and the kinds as registers spell them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from jagdesk.domain.asb.lifecycle import (
    breach_problem,
    next_step,
    term_problem,
    transition_problem,
    warnings_on,
)
from jagdesk.domain.asb.powers import POWERS, power_on
from jagdesk.domain.asb.rules import law_on, refusals
from jagdesk.domain.asb.vocabulary import (
    LIFECYCLES,
    Kind,
    Status,
    first_status,
    kind_from_text,
    outcome,
    statuses,
)
from tests.support.asb_facts import DAY, person

# --- Dates, lifecycles, terms, breaches ------------------------------------------------------------


def test_an_end_before_the_start_is_refused() -> None:
    assert refusals(person(Kind.ABC, ends_on=DAY - timedelta(1))) == [
        "It ends (9 Jun 2024) before it starts (10 Jun 2024)."]
    assert refusals(person(Kind.ABC, ends_on=DAY)) == []


def test_every_kind_has_a_lifecycle_and_an_outcome_for_each_status() -> None:
    for kind in Kind:
        assert first_status(kind) in LIFECYCLES[kind]
        for status in statuses(kind):
            assert outcome(kind, status)
    assert first_status(Kind.ABC) == Status.PROPOSED
    assert first_status(Kind.CBO) == Status.APPLIED
    assert outcome(Kind.ABC, Status.IN_FORCE) == "signed"
    assert outcome(Kind.ABC, Status.DECLINED) == "declined"


def test_wrong_transitions_are_refused_with_the_choices() -> None:
    assert transition_problem(Kind.ABC, Status.OFFERED, Status.SIGNED) is None
    assert transition_problem(Kind.ABC, Status.PROPOSED, Status.SIGNED) == (
        "An Acceptable Behaviour Contract that is proposed can become offered, withdrawn; not signed.")
    assert transition_problem(Kind.CBO, Status.REFUSED, Status.GRANTED) == (
        "A Criminal Behaviour Order that is refused does not change status any more.")
    assert transition_problem(Kind.CLOSURE_ORDER, Status.IN_FORCE, Status.EXTENDED) is None
    assert transition_problem(Kind.CIVIL_INJUNCTION, Status.APPLIED, Status.IN_FORCE) is not None


def test_terms_have_their_own_ends_and_a_power_of_arrest_only_on_injunctions() -> None:
    facts = person(Kind.CIVIL_INJUNCTION, ends_on=date(2025, 6, 10))
    power = law_on(facts)
    assert power is not None
    assert term_problem(facts, power, "Not to enter Shenley Road", date(2025, 1, 1), True,
                        facts.ends_on) is None
    assert term_problem(facts, power, "Not to enter", date(2025, 6, 11), False, facts.ends_on) == (
        "A term cannot outlast its Civil Injunction: it ends on 10 Jun 2025, not 11 Jun 2025.")
    abc = person(Kind.ABC)
    assert term_problem(abc, law_on(abc), "Not to drink", None, True, None) == (  # type: ignore[arg-type]
        "A power of arrest is attached only to a civil injunction's terms, not an Acceptable Behaviour "
        "Contract's.")


def test_breaches_are_dated_within_the_order_and_suggest_a_next_step() -> None:
    facts = person(Kind.ABC)
    assert breach_problem(facts, DAY, DAY) is None
    assert breach_problem(facts, DAY - timedelta(1), DAY) is not None
    assert breach_problem(facts, DAY + timedelta(1), DAY) == "The breach date 11 Jun 2024 is in the future."
    assert "civil injunction" in next_step(Kind.ABC)


def test_expiry_and_review_warnings() -> None:
    facts = person(Kind.CIVIL_INJUNCTION, ends_on=date(2024, 7, 10))
    power = law_on(facts)
    assert warnings_on(facts, power, Status.IN_FORCE, date(2024, 7, 10), None, DAY) == (
        "It ends on 10 Jul 2024, within 30 days.",)
    assert warnings_on(facts, power, Status.IN_FORCE, date(2024, 7, 11), None, DAY) == ()
    assert warnings_on(facts, power, Status.DISCHARGED, date(2024, 7, 10), None, DAY) == ()
    assert warnings_on(facts, power, Status.IN_FORCE, None, DAY, DAY) == (
        "Its review was due on 10 Jun 2024.",)


@pytest.mark.parametrize(("text", "kind"), [
    ("ABC", Kind.ABC), ("Acceptable Behaviour Contract", Kind.ABC),
    ("acceptable_behaviour agreement", Kind.ABC),
    ("A.S.B.O.", Kind.ASBO), ("Civil injunction", Kind.CIVIL_INJUNCTION), ("C.B.O", Kind.CBO),
    ("Dispersal", Kind.DISPERSAL_AUTHORISATION), ("Closure notice", Kind.CLOSURE_NOTICE),
    ("closure-order", Kind.CLOSURE_ORDER), ("Warning letter 1", Kind.WARNING_LETTER_1),
    ("warning letter 2", Kind.WARNING_LETTER_2), ("CPW", Kind.CPW), ("Community Protection Notice", Kind.CPN),
    ("PSPO", Kind.PSPO), ("Respect order", Kind.RESPECT_ORDER), ("Youth diversion order", None), ("", None)])
def test_kinds_as_registers_spell_them(text: str, kind: Kind | None) -> None:
    assert kind_from_text(text) == kind


def test_every_kind_has_a_power_with_its_legal_basis() -> None:
    for kind in Kind:
        entries = [p for p in POWERS if p.kind == kind]
        assert entries and all(p.legal_basis for p in entries)
    assert power_on(Kind.CBO, date(2014, 10, 19)) is None
