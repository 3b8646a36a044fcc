"""A RIPA directed-surveillance application: the crime threshold, with the shipped list of common
offences and their maximum penalties, and the checks on the application's fields.

A local authority may authorise directed surveillance only to prevent or detect an offence that
carries a maximum of at least six months' imprisonment, or an underage sale of alcohol (Licensing
Act 2003 ss.146, 147, 147A), tobacco (Children and Young Persons Act 1933 s.7) or nicotine
products (Children and Families Act 2014 ss.91-92). Councils have no urgent oral route.
"""

from __future__ import annotations

from dataclasses import dataclass

from jagdesk.domain.common.validation import collect, max_length_text, required_text

THRESHOLD_MONTHS = 6
URN_LENGTH = 40
NAME_LENGTH = 200
LONG_TEXT = 20_000
DECISIONS = ("approved", "refused")


LIFE_MONTHS = 1200  # a life sentence, as the list stores it (100 years)


@dataclass(frozen=True)
class Offence:
    """An offence on the partnership's list: its maximum imprisonment in months (0: a fine only)
    and whether it is an underage sale the threshold admits whatever its penalty."""

    name: str
    statute: str
    max_months: int
    underage_sale: bool = False

    @property
    def qualifies(self) -> bool:
        return self.underage_sale or self.max_months >= THRESHOLD_MONTHS

    @property
    def penalty_text(self) -> str:
        if self.max_months == 0:
            return "a fine only"
        if self.max_months >= LIFE_MONTHS:
            return "life imprisonment"
        years, months = divmod(self.max_months, 12)
        if months == 0:
            return f"{years} year{'s' if years > 1 else ''}' imprisonment"
        return f"{self.max_months} months' imprisonment"


# The shipped list (the partnership edits its own copy); maximum penalties on indictment.
DEFAULT_OFFENCES: tuple[Offence, ...] = (
    Offence("Theft", "Theft Act 1968 s.1", 84),
    Offence("Burglary (dwelling)", "Theft Act 1968 s.9", 168),
    Offence("Burglary (other building)", "Theft Act 1968 s.9", 120),
    Offence("Criminal damage", "Criminal Damage Act 1971 s.1", 120),
    Offence("Arson", "Criminal Damage Act 1971 s.1(3)", 1200),
    Offence("Fly-tipping (depositing controlled waste)", "Environmental Protection Act 1990 s.33",
            60),
    Offence("Supplying a controlled drug", "Misuse of Drugs Act 1971 s.4", 1200),
    Offence("Fraud", "Fraud Act 2006 s.1", 120),
    Offence("Selling counterfeit goods", "Trade Marks Act 1994 s.92", 120),
    Offence("Handling stolen goods", "Theft Act 1968 s.22", 168),
    Offence("Sale of alcohol to children", "Licensing Act 2003 s.146", 0, underage_sale=True),
    Offence("Allowing the sale of alcohol to children", "Licensing Act 2003 s.147", 0,
            underage_sale=True),
    Offence("Persistently selling alcohol to children", "Licensing Act 2003 s.147A", 0,
            underage_sale=True),
    Offence("Sale of tobacco to persons under 18", "Children and Young Persons Act 1933 s.7", 0,
            underage_sale=True),
    Offence("Sale of nicotine products to persons under 18",
            "Children and Families Act 2014 ss.91-92", 0, underage_sale=True),
    Offence("Littering", "Environmental Protection Act 1990 s.87", 0),
    Offence("Dog fouling", "Public Spaces Protection Order (ASBCPA 2014 s.67)", 0),
    Offence("Fly-posting", "Town and Country Planning Act 1990 s.224", 0),
)


def threshold_problem(offence: Offence) -> str | None:
    """Why the offence does not meet the crime threshold, or None when it does."""
    if offence.qualifies:
        return None
    return (f"{offence.name} ({offence.statute}) carries {offence.penalty_text}: directed "
            f"surveillance needs an offence with at least {THRESHOLD_MONTHS} months' imprisonment "
            "or an underage sale of alcohol, tobacco or nicotine products, so the application "
            "is refused.")


def offence_errors(offence: Offence) -> dict[str, str]:
    """The checks on an offence the partnership adds to its list."""
    errors = collect(name=required_text(offence.name, "offence", NAME_LENGTH),
                     statute=max_length_text(offence.statute, "statute", NAME_LENGTH))
    if offence.max_months < 0:
        errors["max_months"] = "The maximum penalty cannot be fewer than 0 months."
    return errors


def application_errors(urn: str, operation: str, description: str, necessity: str,
                       proportionality: str, officer_involved: bool,
                       involved_reason: str, review_interval_days: int) -> dict[str, str]:
    """The checks on an application's own fields (the offence is checked by threshold_problem)."""
    errors = collect(
        urn=required_text(urn, "URN", URN_LENGTH),
        operation=required_text(operation, "operation title", NAME_LENGTH),
        description=max_length_text(description, "description", LONG_TEXT),
        necessity=max_length_text(necessity, "necessity", LONG_TEXT),
        proportionality=max_length_text(proportionality, "proportionality", LONG_TEXT),
    )
    if officer_involved and not involved_reason.strip():
        errors["involved_reason"] = ("The authorising officer is directly involved in the "
                                     "investigation: give the reason, or choose another officer.")
    if not 1 <= review_interval_days <= 92:
        errors["review_interval_days"] = "Reviews must fall every 1 to 92 days."
    return errors


def decision_problem(decision: str) -> str | None:
    """A magistrate's decision is "approved" or "refused"."""
    if decision not in DECISIONS:
        return f"The magistrate's decision is 'approved' or 'refused', not '{decision}'."
    return None
