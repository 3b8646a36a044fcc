"""The pack's hotspot sheets (status, map, incidents by month, engagement, audits) and case summaries."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer

from jagdesk.domain.meetings.vocabulary import HotspotSheet, MonthCount
from jagdesk.domain.problem_solving.vocabulary import CaseSheet
from jagdesk.exports.common import sheet_text as st
from jagdesk.exports.common.fonts import BASE
from jagdesk.exports.meetings.pack.map import MapFlowable
from jagdesk.exports.meetings.pack.parts import FRAME_W, NAVY, OVERDUE_FILL, Story, widths
from jagdesk.exports.problem_solving.triangle_drawing import (
    NOT_RECORDED,
    NOTHING,
    TriangleDrawing,
    linked_text,
)

# What the drawing says where it shortens a text (the full text follows it).
MORE = " (in full below)"
MAP_HEIGHT = 92 * mm
CHART_HEIGHT = 48 * mm


def incident_chart(monthly: tuple[MonthCount, ...], width: float) -> Drawing:
    """Incidents by month as a bar chart, the count over each bar."""
    drawing = Drawing(width, CHART_HEIGHT)
    chart = VerticalBarChart()
    chart.x, chart.y = 24, 18
    chart.width, chart.height = width - 34, CHART_HEIGHT - 30
    counts = [m.count for m in monthly]
    chart.data = [counts]
    chart.categoryAxis.categoryNames = [st.month_title(m.month).replace(" 20", " ") for m in monthly]
    chart.categoryAxis.labels.fontName = BASE
    chart.categoryAxis.labels.fontSize = 6.5
    chart.valueAxis.labels.fontName = BASE
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.valueMin = 0
    top = max(counts, default=0)
    chart.valueAxis.valueMax = max(4, int(top * 1.2) + 1)
    chart.valueAxis.valueStep = max(1, round(chart.valueAxis.valueMax / 4))
    chart.bars[0].fillColor = NAVY
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = BASE
    chart.barLabels.fontSize = 6
    chart.barLabels.nudge = 5
    drawing.add(chart)
    drawing.add(String(24, CHART_HEIGHT - 8, "Incidents each month inside the hotspot (police.uk)",
                       fontName=BASE, fontSize=7.5, fillColor=colors.HexColor("#444444")))
    return drawing


def hotspot_sheet(story: Story, sheet: HotspotSheet, number: int, new_page: bool = True) -> None:
    """One hotspot on its own page(s)."""
    if new_page:
        story.add(PageBreak())
    story.heading(f"Hotspot {number}: {sheet.name}", level=1)
    story.add(story.fields([("Status", st.label(sheet.status)), ("Locality", sheet.locality),
                            ("Ward", sheet.ward), ("Owner", sheet.owner),
                            ("Description", sheet.description)]))
    story.add(Spacer(1, 4))
    if sheet.map is not None:
        story.add(MapFlowable(sheet.map, FRAME_W, MAP_HEIGHT), Spacer(1, 4))
    if sheet.monthly:
        story.add(KeepTogether([incident_chart(sheet.monthly, FRAME_W)]))
        total = sum(m.count for m in sheet.monthly)
        period = f"{st.month_title(sheet.monthly[0].month)} to {st.month_title(sheet.monthly[-1].month)}"
        story.add(story.p(f"{total} incidents from {period}.", "small"))
    elif sheet.period:
        story.add(story.p(f"No incidents to chart: the store holds no police.uk street data for "
                          f"{sheet.period}, the last complete months before the meeting.", "small"))
    else:
        story.add(story.p("No crime data for the last year: import police.uk files to see incidents.",
                          "small"))
    story.subheading("Engagement with residents")
    for line in sheet.engagement or ("No letters, surveys or door knocking recorded.",):
        story.text(line)
    story.subheading("Visual audits")
    for line in sheet.audits or ("No visual audits recorded.",):
        story.text(line)


def triangle_rows(sheet: CaseSheet) -> list[tuple[str, str]]:
    """Each side of the triangle and its controller, in full: what the drawing may abbreviate."""
    rows = []
    for side in (sheet.triangle.victim, sheet.triangle.location, sheet.triangle.offender):
        text = " ".join(side.description.split())
        linked = linked_text(side)
        rows.append((side.side.label, " ".join(x for x in (text, linked) if x) or NOTHING))
        rows.append((side.side.controller, " ".join(side.controller.split()) or NOT_RECORDED))
    return rows


def case_summary(story: Story, sheet: CaseSheet, new_page: bool = True) -> None:
    """A case's summary: where it stands, the problem, the triangle and the actions."""
    if new_page:
        story.add(PageBreak())
    story.heading(f"{sheet.reference}: {sheet.title}", level=1)
    story.add(story.fields([*st.title_rows(sheet)[:7], *st.problem_rows(sheet),
                            ("Objective", sheet.objective)]))
    drawing = TriangleDrawing(sheet.triangle, FRAME_W, more=MORE)
    story.add(Spacer(1, 4))
    story.subheading("The problem analysis triangle")
    story.add(drawing)
    story.subheading("Each side in full")
    story.add(story.fields(triangle_rows(sheet)))
    story.subheading("Actions")
    if not sheet.actions:
        story.add(story.p("No actions yet."))
        return
    body: list[list[object]] = []
    extra: list[tuple[object, ...]] = []
    for row, action in enumerate(sheet.actions, start=1):
        cells: list[object] = list(st.action_row(action))
        if action.latest_update:
            cells[1] = [story.p(action.description, "cell"),
                        story.p(f"Latest: {action.latest_update}", "small")]
        if str(cells[6]).endswith("OVERDUE"):
            cells[6] = story.p(str(cells[6]), "overdue")
            extra.append(("BACKGROUND", (6, row), (6, row), OVERDUE_FILL))
        body.append(cells)
    story.add(story.grid(st.ACTION_HEADER, body, widths(27, 0, 16, 22, 32, 20, 19), extra))
