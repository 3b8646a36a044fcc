"""A hand-built CaseSheet with every awkward kind of text, for the PDF and Word writer tests."""

from __future__ import annotations

from datetime import date

from jagdesk.domain.problem_solving.vocabulary import (
    BeforeAfter,
    CaseSheet,
    MonthlyCounts,
    Repeat,
    SheetAction,
    Side,
    Triangle,
    TriangleSide,
)

POLISH = "Łukasz Wójcik-Żółć"
ARABIC = "محمد عبد الله الحسن"
PUNJABI = "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ"
CHINESE = "王秀英"  # a name, as seed 000 prints its notice in Chinese too
CHINESE_NOTICE = "如需翻译，请联系社区安全小组。"
MARKUP = '<script>alert("x")</script> & "quotes" <b>not bold</b>'
EMOJI = "Bench damaged again 😀👍 ⚠"
LONG = "https://example.org/" + "a1b2c3d4e5" * 28  # 300 characters, no break
ACTION_COUNT = 60
OWNERS = (f"{POLISH} (Hertsmere Borough Council)", f"{ARABIC} (Hertfordshire Constabulary)",
          f"{PUNJABI} (Clarion Housing)")


def _action(n: int) -> SheetAction:
    side = (Side.VICTIM, Side.LOCATION, Side.OFFENDER)[n % 3]
    status = ("open", "done", "cancelled")[n % 3] if n % 7 else "open"
    overdue = status == "open" and n % 2 == 0
    return SheetAction(
        reference=f"PS-2026-014/{n:02d}",
        description=(MARKUP if n == 1 else LONG if n == 2 else EMOJI if n == 3
                     else f"Action number {n}: patrol the parade and report back"),
        side=side.value, technique="Extend guardianship" if n % 2 else "",
        owner=OWNERS[n % 3], due_on=date(2026, 1 + n % 12, 1 + n % 27), status=status,
        overdue=overdue, latest_update=f"3 Mar 2026: spoke to {ARABIC}" if n == 4 else "")


def sample_sheet(actions: int = ACTION_COUNT) -> CaseSheet:
    months = tuple(f"2025-{m:02d}" for m in range(1, 13))
    return CaseSheet(
        reference="PS-2026-014",
        title=f"Youths gathering at Shenley Road shops: {POLISH}",
        status="in progress",
        opened_on=date(2026, 1, 12),
        review_on=date(2026, 4, 1),
        owner=f"{PUNJABI} (Hertsmere Borough Council)",
        locality="Borehamwood",
        agencies=("Hertfordshire Constabulary", "Clarion Housing", "Hertsmere Borough Council"),
        behaviour=f"Groups gather, drink and shout at shoppers. {MARKUP}",
        place="Shenley Road parade, Borehamwood",
        time_pattern="Fridays and Saturdays, 7pm to 11pm",
        objective="Fewer incidents of anti-social behaviour at the parade",
        objective_measure="Police-recorded ASB in the hotspot",
        objective_target="Down by a third",
        objective_due_on=date(2026, 9, 30),
        scanning_sources=("Police data", "Complaints to the council"),
        scanning_notes=f"Complaint from {ARABIC}; letter from {PUNJABI}. {LONG}",
        monthly=MonthlyCounts(months=months,
                              places=(("Shenley Road parade", tuple(range(1, 13))),
                                      ("Station car park", tuple(12 - i for i in range(12)))),
                              totals=tuple(13 for _ in range(12))),
        triangle=Triangle(
            victim=TriangleSide(Side.VICTIM, f"Shop staff and older shoppers; {ARABIC} (shopkeeper)",
                                (ARABIC,), "Shop staff and CCTV", 20, 8, 1),
            location=TriangleSide(Side.LOCATION, "Parade with benches, poor lighting " + EMOJI,
                                  ("Shenley Road parade",), f"Managing agent {POLISH}", 20, 6, 2),
            offender=TriangleSide(Side.OFFENDER, f"Teenagers from the estate, {PUNJABI} known",
                                  (PUNJABI, POLISH), "Parents; youth service", 20, 7, 0),
        ),
        repeats=(Repeat(Side.VICTIM, ARABIC, "Also victim in PS-2025-031.", ("PS-2025-031",)),
                 Repeat(Side.LOCATION, "Shenley Road parade", "42 incidents in the last 12 months.")),
        actions=tuple(_action(n) for n in range(1, actions + 1)),
        before_after=BeforeAfter(date(2025, 7, 1), date(2025, 12, 1), date(2026, 4, 1),
                                 date(2026, 9, 1), 30, 18),
        assessment_result="improved",
        assessment_notes=f"Fewer calls; {PUNJABI} says the parade feels safer.",
        closed_on=None,
        closed_reason="",
        printed_on=date(2026, 3, 10),
    )
