"""The problem analysis triangle of a case, drawn: what is known on each side, the controllers outside
it; a side is opened by clicking it or with the arrow keys and Enter, and its menu (right-click, the
Menu key or Shift+F10) offers a new action on that side."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolTip, QWidget

from jagdesk.domain.common.wording import plural
from jagdesk.domain.problem_solving.vocabulary import Side, Triangle, TriangleSide

NOTHING = "Nothing recorded yet"
NOT_RECORDED = "not recorded"
# Left to right as drawn, which is the order the arrow keys go round.
ORDER = (Side.OFFENDER, Side.LOCATION, Side.VICTIM)
COLOURS = {Side.VICTIM: QColor("#1f5f9e"), Side.LOCATION: QColor("#2e7d32"),
           Side.OFFENDER: QColor("#b3261e")}
REPEAT_COLOUR = QColor("#c25e00")
BASE_SIZE = QSize(760, 340)  # the size the drawing is laid out for; it scales from there


def side_lines(side: TriangleSide | None) -> tuple[str, str, str]:
    """What a side says under its title: (description, linked names, actions); all '' if empty."""
    if side is None or not (side.description.strip() or side.linked or side.actions or side.repeats):
        return "", "", ""
    linked = ""
    if side.linked:
        linked = f"{'Places' if side.side == Side.LOCATION else 'People'}: {', '.join(side.linked)}"
    actions = (f"{plural(side.actions, 'action')} ({side.open_actions} open)" if side.actions
               else "No actions yet")
    return " ".join(side.description.split()), linked, actions


def side_summary(side: Side, data: TriangleSide | None) -> str:
    """One sentence a screen reader says for a side, and its tooltip."""
    known = [part for part in side_lines(data) if part]
    parts = known or [NOTHING]
    if data is not None and data.repeats:
        parts.append(plural(data.repeats, "repeat") + " flagged")
    controller = data.controller.strip() if data is not None else ""
    parts.append(f"{side.controller}: {controller or NOT_RECORDED}")
    return f"{side.label}. " + ". ".join(p.rstrip(".") for p in parts if p) + "."


def wrap(text: str, metrics: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """Word-wrap `text` into at most `max_lines` lines of `width`, eliding the last with '…'."""
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < max_lines:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        if words and len(lines) == max_lines - 1:
            line = f"{line} {' '.join(words)}"
            words = []
        lines.append(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
    return lines


@dataclass(frozen=True)
class _Layout:
    """Where everything goes at the widget's present size."""

    scale: float
    ends: dict[Side, tuple[QPointF, QPointF]]  # each side's line
    cards: dict[Side, QRectF]  # what is known, beside the side
    controllers: dict[Side, QRectF]  # the controller, further out
    triangle: QPolygonF


def new_action_text(side: Side) -> str:
    """The command that adds an action on a side: "New action on the victim side…"."""
    return f"New action on the {side.value} side…"


class TriangleWidget(QWidget):
    """Draws a Triangle; sideClicked(side value) when a side is clicked or opened from the keyboard,
    actionRequested(side value) when its menu's "New action on the … side" is chosen, and
    currentChanged(side value) when the side the keyboard is on changes."""

    sideClicked = Signal(str)  # noqa: N815 - Qt's signal naming
    actionRequested = Signal(str)  # noqa: N815 - Qt's signal naming
    currentChanged = Signal(str)  # noqa: N815 - Qt's signal naming

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.triangle: Triangle | None = None
        self.hovered: Side | None = None
        self.current: Side = ORDER[0]
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName("Problem analysis triangle")
        self._describe()

    # What it shows ---------------------------------------------------------------------------------
    def set_triangle(self, triangle: Triangle | None) -> None:
        """Show this case's triangle (None: the empty triangle of a case with nothing recorded)."""
        self.triangle = triangle
        self._describe()
        self.update()

    def side_data(self, side: Side) -> TriangleSide | None:
        if self.triangle is None:
            return None
        return {s.side: s for s in self.triangle.sides()}.get(side)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return BASE_SIZE

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(520, 280)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        # Taller as it gets wider, so that the text grows with the drawing, within reason.
        return max(280, min(460, round(width * BASE_SIZE.height() / BASE_SIZE.width())))

    # Geometry -------------------------------------------------------------------------------------
    def _fonts(self, scale: float) -> tuple[QFont, QFont]:
        body = QFont(self.font())
        body.setPointSizeF(max(7.5, body.pointSizeF() * scale))
        title = QFont(body)
        title.setBold(True)
        return body, title

    def _layout(self) -> _Layout:
        width, height = float(self.width()), float(self.height())
        scale = max(0.9, min(1.35, width / BASE_SIZE.width(), height / BASE_SIZE.height()))
        line = QFontMetricsF(self._fonts(scale)[0]).lineSpacing()
        margin, gap, pad = 8 * scale, 10 * scale, 6 * scale
        card_h, ctrl_h = 4 * line + 2 * pad, 2 * line + 2 * pad
        # Below the base: the location's card, then its place manager further out.
        bottom_band = card_h + ctrl_h + 2 * gap
        top = margin + 2
        tri_h = max(60.0, height - margin - bottom_band - top)
        base = min(tri_h * 1.25, width * 0.36)  # a little wider than equilateral
        tri_h = min(tri_h, base / 1.1)
        cx, bottom = width / 2, top + tri_h
        apex, left, right = QPointF(cx, top), QPointF(cx - base / 2, bottom), QPointF(cx + base / 2, bottom)
        ends = {Side.OFFENDER: (apex, left), Side.VICTIM: (apex, right), Side.LOCATION: (left, right)}

        def x_at(y: float) -> float:  # the left side's x at height y
            return cx - (y - top) / tri_h * base / 2

        cards: dict[Side, QRectF] = {}
        controllers: dict[Side, QRectF] = {}
        card_top = max(top + ctrl_h + gap, bottom - card_h)
        inner = x_at(card_top + card_h) - gap  # the card's edge beside the side, where it is nearest
        card_w = min(inner - margin, 300 * scale)
        cards[Side.OFFENDER] = QRectF(inner - card_w, card_top, card_w, card_h)
        cards[Side.VICTIM] = QRectF(width - inner, card_top, card_w, card_h)
        ctrl_w = min(x_at(top + ctrl_h) - gap - margin, 280 * scale)
        controllers[Side.OFFENDER] = QRectF(margin, top, ctrl_w, ctrl_h)
        controllers[Side.VICTIM] = QRectF(width - margin - ctrl_w, top, ctrl_w, ctrl_h)
        loc_w = min(width - 2 * margin, max(base * 1.6, 420 * scale))
        cards[Side.LOCATION] = QRectF(cx - loc_w / 2, bottom + gap, loc_w, card_h)
        pm_w = min(loc_w, 420 * scale)
        controllers[Side.LOCATION] = QRectF(cx - pm_w / 2, bottom + 2 * gap + card_h, pm_w, ctrl_h)
        return _Layout(scale, ends, cards, controllers, QPolygonF([apex, right, left]))

    def side_at(self, point: QPointF) -> Side | None:
        """The side whose line, card or controller is at `point` (None: none is)."""
        layout = self._layout()
        for side in ORDER:
            if layout.cards[side].contains(point) or layout.controllers[side].contains(point):
                return side
        near = {side: _distance(point, *layout.ends[side]) for side in ORDER}
        side = min(near, key=lambda s: near[s])
        return side if near[side] <= 12 * layout.scale else None

    def side_point(self, side: Side) -> QPointF:
        """The middle of a side's line (where a test or a user clicks it)."""
        start, end = self._layout().ends[side]
        return (start + end) / 2

    def card_rect(self, side: Side) -> QRectF:
        return self._layout().cards[side]

    def controller_rect(self, side: Side) -> QRectF:
        return self._layout().controllers[side]

    # Painting ----------------------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        layout = self._layout()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.alternateBase())
        painter.drawPolygon(layout.triangle)
        body, title = self._fonts(layout.scale)
        painter.setFont(title)
        painter.setPen(palette.placeholderText().color())
        centre = layout.triangle.boundingRect()
        centre.setTop(centre.top() + centre.height() * 0.45)
        painter.drawText(centre, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, "Problem")
        for side in ORDER:
            self._paint_side(painter, layout, side, body, title)
        painter.end()

    def _paint_side(self, painter: QPainter, layout: _Layout, side: Side, body: QFont,
                    title: QFont) -> None:
        scale, colour, data = layout.scale, COLOURS[side], self.side_data(side)
        lit = side == self.hovered
        focused = self.hasFocus() and side == self.current
        start, end = layout.ends[side]
        painter.setPen(QPen(colour, (7 if lit or focused else 4) * scale, Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap))
        painter.drawLine(start, end)
        card = layout.cards[side]
        tint = QColor(colour)
        tint.setAlpha(45 if lit else 20)
        border = QColor(colour)
        border.setAlpha(255 if lit else 110)
        painter.setBrush(tint)
        painter.setPen(QPen(border, 1.5 * scale if lit else 1.0))
        radius = 6 * scale
        painter.drawRoundedRect(card, radius, radius)
        if focused:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(self.palette().highlight().color(), 2, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(card.adjusted(-3, -3, 3, 3), radius, radius)
        pad = 6 * scale
        text = card.adjusted(pad, pad * 0.8, -pad, -pad * 0.8)
        title_m, body_m = QFontMetricsF(title), QFontMetricsF(body)
        painter.setFont(title)
        painter.setPen(colour.darker(115))
        painter.drawText(QPointF(text.left(), text.top() + title_m.ascent()), side.label)
        if data is not None and data.repeats:
            flag_x = text.left() + title_m.horizontalAdvance(side.label) + 10 * scale
            self._paint_repeat(painter, QPointF(flag_x, text.top()), data.repeats, body, scale)
        description, linked, actions = side_lines(data)
        painter.setFont(body)
        if actions:
            # The count of actions goes in the title row when it fits, leaving a line for the description.
            used = title_m.horizontalAdvance(side.label) + (
                body_m.horizontalAdvance("  2 repeats") + 24 * scale if data and data.repeats else 0)
            if used + body_m.horizontalAdvance(actions) + 12 * scale <= text.width():
                painter.setPen(self.palette().placeholderText().color())
                painter.drawText(text.adjusted(0, 0, 0, -(text.height() - title_m.lineSpacing())),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, actions)
                actions = ""
        rest = [line for line in (linked, actions) if line]
        shown = wrap(description, body_m, text.width(), 3 - len(rest)) if description else []
        y = text.top() + title_m.lineSpacing() + body_m.ascent()
        if not description and not rest:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(QPointF(text.left(), y), NOTHING)
        painter.setPen(self.palette().windowText().color())
        for line in [*shown, *rest][:3]:
            elided = body_m.elidedText(line, Qt.TextElideMode.ElideRight, text.width())
            painter.drawText(QPointF(text.left(), y), elided)
            y += body_m.lineSpacing()
        self._paint_controller(painter, layout, side, data, body, title)

    def _paint_repeat(self, painter: QPainter, at: QPointF, count: int, font: QFont,
                      scale: float) -> None:
        """A small flag and "2 repeats", in the colour that marks repeats everywhere."""
        metrics = QFontMetricsF(font)
        h = metrics.ascent()
        flag = QPainterPath()
        pole_x, top = at.x(), at.y() + 1
        flag.moveTo(pole_x, top)
        flag.lineTo(pole_x + h * 0.8, top + h * 0.25)
        flag.lineTo(pole_x, top + h * 0.5)
        flag.closeSubpath()
        painter.setPen(QPen(REPEAT_COLOUR, 1.5 * scale))
        painter.drawLine(QPointF(pole_x, top), QPointF(pole_x, top + h))
        painter.setBrush(REPEAT_COLOUR)
        painter.drawPath(flag)
        painter.setFont(font)
        painter.drawText(QPointF(pole_x + h, at.y() + metrics.ascent()),
                         plural(count, "repeat"))

    def _paint_controller(self, painter: QPainter, layout: _Layout, side: Side,
                          data: TriangleSide | None, body: QFont, title: QFont) -> None:
        box, scale = layout.controllers[side], layout.scale
        pen = QPen(COLOURS[side] if side == self.hovered else self.palette().mid().color(), 1.0,
                   Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(self.palette().base())
        painter.drawRoundedRect(box, 6 * scale, 6 * scale)
        pad = 6 * scale
        inner = box.adjusted(pad, pad * 0.8, -pad, -pad * 0.8)
        controller = data.controller.strip() if data is not None else ""
        heading = QFont(title)
        heading.setItalic(True)
        head_m, body_m = QFontMetricsF(heading), QFontMetricsF(body)
        painter.setFont(heading)
        painter.setPen(COLOURS[side].darker(115))
        label = f"{side.controller}: "
        painter.drawText(QPointF(inner.left(), inner.top() + head_m.ascent()), label)
        painter.setFont(body)
        indent = head_m.horizontalAdvance(label)
        y = inner.top() + head_m.ascent()
        if not controller:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(QPointF(inner.left() + indent, y), NOT_RECORDED)
            return
        painter.setPen(self.palette().windowText().color())
        # The first line follows the heading; the second, if needed, has the whole width.
        words = controller.split()
        first = words.pop(0)
        while words and body_m.horizontalAdvance(f"{first} {words[0]}") <= inner.width() - indent:
            first = f"{first} {words.pop(0)}"
        painter.drawText(QPointF(inner.left() + indent, y),
                         body_m.elidedText(first, Qt.TextElideMode.ElideRight, inner.width() - indent))
        if words:
            line = body_m.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, inner.width())
            painter.drawText(QPointF(inner.left(), y + body_m.lineSpacing()), line)

    # Mouse and keyboard -----------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        side = self.side_at(event.position())
        if side != self.hovered:
            self.hovered = side
            self.setCursor(Qt.CursorShape.PointingHandCursor if side else Qt.CursorShape.ArrowCursor)
            self.setToolTip(side_summary(side, self.side_data(side)) + " Click to work on it; "
                            "right-click for a new action on it." if side else "")
            if side is None:
                QToolTip.hideText()
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        self.hovered = None
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        side = self.side_at(event.position()) if event.button() == Qt.MouseButton.LeftButton else None
        if side is None:
            super().mousePressEvent(event)
            return
        self.set_current(side)
        self.sideClicked.emit(side.value)

    def set_current(self, side: Side) -> None:
        """Put the keyboard on a side (as the arrow keys and clicks do)."""
        changed = side != self.current
        self.current = side
        self._describe()
        self.update()
        if changed:
            self.currentChanged.emit(side.value)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = 1 if key == Qt.Key.Key_Right else -1
            self.set_current(ORDER[(ORDER.index(self.current) + step) % len(ORDER)])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.sideClicked.emit(self.current.value)
        elif key == Qt.Key.Key_F10 and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self._show_menu(self.current, self.side_point(self.current).toPoint())
        else:
            super().keyPressEvent(event)

    # The side's menu --------------------------------------------------------------------------------
    def side_menu(self, side: Side) -> QMenu:
        """What can be done on a side: work on it (its section), or agree a new action on it."""
        menu = QMenu(self)
        menu.setAccessibleName(f"{side.label} side")
        work = menu.addAction(f"Work on the {side.value} side")
        work.triggered.connect(lambda _=False: self.sideClicked.emit(side.value))
        add = menu.addAction(new_action_text(side))
        add.triggered.connect(lambda _=False: self.actionRequested.emit(side.value))
        menu.setDefaultAction(add)
        return menu

    def menu_side(self, event: QContextMenuEvent) -> Side | None:
        """The side a context menu is for: the one under the mouse, or the keyboard's side."""
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            return self.side_at(QPointF(event.pos()))
        return self.current

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt API
        side = self.menu_side(event)
        if side is None:
            event.ignore()
            return
        self.set_current(side)
        at = event.pos() if event.reason() == QContextMenuEvent.Reason.Mouse \
            else self.side_point(side).toPoint()
        self._show_menu(side, at)

    def _show_menu(self, side: Side, at: QPoint) -> None:
        self.side_menu(side).exec(self.mapToGlobal(at))

    def focusInEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        super().focusInEvent(event)  # type: ignore[arg-type]
        self.update()

    def focusOutEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        super().focusOutEvent(event)  # type: ignore[arg-type]
        self.update()

    def _describe(self) -> None:
        """What a screen reader says: the side the arrow keys are on, and how to open it."""
        self.setAccessibleDescription(
            side_summary(self.current, self.side_data(self.current))
            + " Left and Right move between the sides; Enter opens one; the Menu key offers a new "
              "action on it.")


def _distance(point: QPointF, start: QPointF, end: QPointF) -> float:
    """How far `point` is from the line segment start-end."""
    dx, dy = end.x() - start.x(), end.y() - start.y()
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, (
        (point.x() - start.x()) * dx + (point.y() - start.y()) * dy) / length2))
    return math.hypot(point.x() - start.x() - t * dx, point.y() - start.y() - t * dy)
