"""A chart of crime figures (monthly totals or types, or two or three figures per type) that saves as PNG."""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCharts import (
    QAbstractAxis,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QScatterSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QGraphicsSimpleTextItem, QWidget

# Tableau 10: told apart by most readers, colour-blind ones included, and prints well in grey.
PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
           "#b07aa1", "#ff9da7", "#9c755f")
OTHER_COLOUR = "#bab0ac"
# More bands than this in one stacked bar cannot be read: the smaller types go into "Other types".
MAX_BANDS = 6
# Likewise the crime types of a comparison: more than this and the bars are too thin to compare.
MAX_CATEGORIES = 6
OTHER_TYPES = "Other types"
# How big a saved chart is unless the caller says: a half page of a meeting pack at 150 dpi.
EXPORT_SIZE = QSize(1500, 900)
# Drawn as if on a screen this much smaller, then enlarged: type stays readable when the picture shrinks.
EXPORT_SCALE = 1.5
# The crime types beside horizontal bars: as wide as the longest name, but never more than this
# share of the chart, so that a narrow window still has room for the bars (the rest is elided).
MAX_LABEL_SHARE = 0.4
LABEL_GAP = 8.0  # between a crime type's name and its bars


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def count_scale(value: float) -> tuple[int, int]:
    """A count axis's top and tick step: round numbers, about five steps, a little above `value`."""
    rough = max(value, 1) * 1.08 / 5
    magnitude = 10 ** math.floor(math.log10(rough))
    step = next(nice * magnitude for nice in (1, 2, 2.5, 5, 10) if nice * magnitude >= rough)
    step = max(1, math.ceil(step))  # counts are whole numbers
    return max(5, math.ceil(max(value, 1) * 1.08 / step) * step), step


def month_labels(titles: Sequence[str], line_break: str = "<br>") -> list[str]:
    """Month headings ("Jan 2021") narrow enough for many months: the year under the month, or
    turned on its side and shortened ("Jan 21") past two years."""
    if len(titles) <= 6:
        return list(titles)
    if len(titles) > 24:
        return [f"{t[:3]} {t[-2:]}" for t in titles]
    return [t.replace(" ", line_break) for t in titles]


def title_html(title: str, below: str = "") -> str:
    """A chart's title; a second line ("heading\nthe area") and any message in plain grey type."""
    heading, _, rest = title.partition("\n")
    lines = [f"<b>{html.escape(heading)}</b>"]
    lines += [f"<span style='font-weight: normal; font-size: 9.5pt; color: #555'>{html.escape(text)}</span>"
              for text in (rest, below) if text]
    return "<div align=\"center\">" + "<br>".join(lines) + "</div>"


class CrimeChart(QChartView):
    """One chart at a time: monthly totals (line), monthly types (stacked bars) or a comparison."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setChart(self._new_chart())
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(320, 220)
        self.message = ""
        # The names beside a comparison's bars, drawn by the chart rather than by its category
        # axis: QtCharts cuts an axis label to "..." when the bars are thinner than a line of text.
        self.category_labels: list[QGraphicsSimpleTextItem] = []
        self._label_width = 0

    @staticmethod
    def _new_chart() -> QChart:
        chart = QChart()
        chart.setTheme(QChart.ChartTheme.ChartThemeLight)
        chart.setBackgroundRoundness(0)
        chart.setDropShadowEnabled(False)
        chart.setMargins(QMargins(6, 6, 6, 6))
        chart.setTitleFont(_font(11))
        chart.legend().setFont(_font(9))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        return chart

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_label_margin()

    # What the chart shows -------------------------------------------------------------------------
    def clear(self) -> None:
        """Start on a new, empty chart: QtCharts leaves a removed axis drawn, so nothing is reused."""
        old = self.chart()
        self.category_labels = []
        self.setChart(self._new_chart())
        old.deleteLater()

    def show_message(self, title: str, message: str) -> None:
        """No figures: the title and a sentence saying why, where the chart would be."""
        self.clear()
        self.message = message
        self.chart().setTitle(title_html(title, message))
        self.chart().legend().hide()

    def show_line(self, title: str, months: Sequence[str], name: str, values: Sequence[int]) -> None:
        """One line over the months, each point marked and labelled with its count."""
        self._start(title)
        line = QLineSeries()
        line.setName(name)
        points = [QPointF(i, v) for i, v in enumerate(values)]
        line.append(points)
        pen = QPen(QColor(PALETTE[0]))
        pen.setWidthF(2.5)
        line.setPen(pen)
        # The markers and their labels are a scatter series: a line series writes its labels over them.
        dots = QScatterSeries()
        dots.setName(name)
        dots.append(points)
        dots.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeCircle)
        dots.setMarkerSize(8)
        dots.setColor(QColor(PALETTE[0]))
        dots.setBorderColor(QColor("white"))
        dots.setPointLabelsVisible(len(values) <= 24)
        dots.setPointLabelsFormat("@yPoint")
        dots.setPointLabelsFont(_font(8.5))
        dots.setPointLabelsClipping(False)
        chart = self.chart()
        chart.addSeries(line)
        chart.addSeries(dots)
        x_axis, y_axis = self._month_axis(months), self._count_axis(max(values, default=0))
        self._attach(line, x_axis, y_axis)
        dots.attachAxis(x_axis)
        dots.attachAxis(y_axis)
        chart.legend().hide()

    def show_stacked(self, title: str, months: Sequence[str],
                     bands: Sequence[tuple[str, Sequence[int]]]) -> None:
        """A bar a month, split into bands (crime types): the biggest types, the rest as one band."""
        self._start(title)
        ranked = sorted(bands, key=lambda band: -sum(band[1]))
        shown = list(ranked if len(ranked) <= MAX_BANDS + 1 else ranked[:MAX_BANDS])
        rest = ranked[len(shown):]
        if rest:
            shown.append((OTHER_TYPES, [sum(v) for v in zip(*(b[1] for b in rest), strict=True)]))
        series = QStackedBarSeries()
        series.setBarWidth(0.7)
        for number, (name, values) in enumerate(shown):
            bar_set = QBarSet(name)
            bar_set.append([float(v) for v in values])
            colour = OTHER_COLOUR if name == OTHER_TYPES else PALETTE[number % len(PALETTE)]
            bar_set.setColor(QColor(colour))
            bar_set.setBorderColor(QColor("white"))
            series.append(bar_set)
        self.chart().addSeries(series)
        totals = [sum(v) for v in zip(*(b[1] for b in shown), strict=True)] if shown else [0]
        self._attach(series, self._month_axis(months),
                     self._count_axis(max(totals, default=0)))
        # Beside the bars, the bands in the order they are stacked (the biggest at the bottom).
        self.chart().legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.chart().legend().setReverseMarkers(True)
        self.chart().legend().show()

    def show_comparison(self, title: str, categories: Sequence[str],
                        groups: Sequence[tuple[str, Sequence[float]]]) -> None:
        """Horizontal bars, one group per category (crime type) and one bar per figure (period).

        The categories are ranked, biggest on top; past MAX_CATEGORIES the smallest are added up
        as "Other types", so that the names stay whole and the bars thick enough to compare.
        """
        self._start(title)
        rows = sorted(zip(categories, zip(*(v for _, v in groups), strict=True), strict=True),
                      key=lambda row: -max(row[1], default=0))
        if len(rows) > MAX_CATEGORIES + 1:
            rest = rows[MAX_CATEGORIES:]
            rows = [*rows[:MAX_CATEGORIES],
                    (OTHER_TYPES, tuple(sum(r[1][i] for r in rest) for i in range(len(groups))))]
        series = QHorizontalBarSeries()
        series.setBarWidth(0.8)
        # Bars are drawn from the bottom up: reversed, the first group and the biggest type are on top.
        for number in reversed(range(len(groups))):
            colour = QColor(PALETTE[number % len(PALETTE)])
            bar_set = QBarSet(groups[number][0])
            bar_set.append([float(values[number]) for _, values in reversed(rows)])
            bar_set.setColor(colour)
            bar_set.setBorderColor(colour)
            bar_set.setLabelColor(QColor("#333333"))
            bar_set.setLabelFont(_font(8))
            series.append(bar_set)
        series.setLabelsVisible(len(groups) <= 2)  # three counts to a type run into each other
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        series.setLabelsPrecision(6)
        self.chart().addSeries(series)
        axis = QBarCategoryAxis()
        axis.append([name for name, _ in reversed(rows)])
        axis.setLabelsVisible(False)  # the names are drawn beside the bars: see _place_labels
        axis.setGridLineVisible(False)
        top = max((v for _, values in rows for v in values), default=0)
        self._attach(series, self._count_axis(top), axis)
        self._label_categories([name for name, _ in rows])
        self.chart().legend().setReverseMarkers(True)  # the legend in the groups' order
        self.chart().legend().show()

    def _label_categories(self, names: Sequence[str]) -> None:
        """The names of a comparison's categories, top down, on the left of their bars; each
        holds its full name as a tooltip, for when the chart is too narrow to show it whole."""
        chart = self.chart()
        font = _font(8.5)
        widest = max((QFontMetricsF(font).horizontalAdvance(name) for name in names), default=0.0)
        self._label_width = math.ceil(widest)
        self.category_labels = []
        for name in names:
            item = QGraphicsSimpleTextItem(name, chart)
            item.setFont(font)
            item.setBrush(QColor("#333333"))
            item.setToolTip(name)
            item.setData(0, name)
            self.category_labels.append(item)
        chart.plotAreaChanged.connect(self._place_labels)
        self._fit_label_margin()

    def _fit_label_margin(self) -> None:
        """Room on the left of the plot for the names: the longest, up to a share of the chart."""
        if not self.category_labels:
            return
        chart = self.chart()
        room = min(self._label_width, int(max(chart.size().width(), 320) * MAX_LABEL_SHARE))
        margins = chart.margins()
        wanted = room + int(LABEL_GAP) + 6
        if margins.left() != wanted:
            chart.setMargins(QMargins(wanted, margins.top(), margins.right(), margins.bottom()))
        self._place_labels(chart.plotArea())

    def _place_labels(self, plot: QRectF) -> None:
        """Each name level with its bars, right-aligned to the plot, elided if there is no room."""
        count = len(self.category_labels)
        if not count or plot.height() <= 0:
            return
        room = max(plot.left() - LABEL_GAP - 2, 10.0)
        band = plot.height() / count
        for number, item in enumerate(self.category_labels):
            full = str(item.data(0))
            metrics = QFontMetricsF(item.font())
            item.setText(metrics.elidedText(full, Qt.TextElideMode.ElideRight, room))
            width = metrics.horizontalAdvance(item.text())
            centre = plot.top() + band * (number + 0.5)
            item.setPos(plot.left() - LABEL_GAP - width, centre - metrics.height() / 2)

    def labels_shown(self) -> list[str]:
        """The category names as drawn now, top down (elided ones end in "…")."""
        return [item.text() for item in self.category_labels]

    # Saving ---------------------------------------------------------------------------------------
    def image(self, size: QSize = EXPORT_SIZE, scale: float = EXPORT_SCALE) -> QImage:
        """The chart laid out afresh at `size` pixels, on white; type and lines `scale` times as big."""
        chart = self.chart()
        shown = chart.size()
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(scale)
        image.fill(QColor("white"))
        laid_out = QSizeF(size.width() / scale, size.height() / scale)
        chart.resize(laid_out)
        layout = chart.layout()
        if layout is not None:
            layout.activate()  # lay the axes and legend out for the new size now, not later
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.scene().render(painter, QRectF(QPointF(0, 0), laid_out), QRectF(chart.pos(), laid_out))
        painter.end()
        chart.resize(shown)
        if layout is not None:
            layout.activate()
        image.setDevicePixelRatio(1)
        return image

    def save_png(self, path: Path, size: QSize = EXPORT_SIZE, scale: float = EXPORT_SCALE) -> bool:
        """Save the chart as a PNG of `size` pixels; False if the file could not be written."""
        return bool(self.image(size, scale).save(str(path), "PNG"))  # type: ignore[call-overload]

    # Helpers --------------------------------------------------------------------------------------
    def _start(self, title: str) -> None:
        self.clear()
        self.message = ""
        self.chart().setTitle(title_html(title))
        self.chart().legend().setReverseMarkers(False)

    def _month_axis(self, months: Sequence[str]) -> QBarCategoryAxis:
        axis = QBarCategoryAxis()
        axis.append(month_labels(months))
        axis.setLabelsFont(_font(9))
        axis.setGridLineVisible(False)
        if len(months) > 24:
            axis.setLabelsAngle(-90)
        return axis

    def _count_axis(self, largest: float) -> QValueAxis:
        top, step = count_scale(largest)
        axis = QValueAxis()
        axis.setRange(0, top)
        axis.setLabelFormat("%d")
        axis.setLabelsFont(_font(9))
        axis.setTickType(QValueAxis.TickType.TicksDynamic)
        axis.setTickAnchor(0)
        axis.setTickInterval(step)
        axis.setMinorGridLineVisible(False)
        axis.setGridLineColor(QColor("#e4e4e4"))
        return axis

    def _attach(self, series: object, x_axis: QAbstractAxis, y_axis: QAbstractAxis) -> None:
        chart = self.chart()
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for axis in (x_axis, y_axis):
            series.attachAxis(axis)  # type: ignore[attr-defined]
