"""The triangle widget: it draws real triangles, a click near a side opens that side, and the arrow
keys and Enter do the same from the keyboard."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage

from jagdesk.domain.problem_solving.vocabulary import Side, Triangle, TriangleSide
from jagdesk.gui.widgets.triangle_widget import NOTHING, TriangleWidget, side_lines, side_summary, wrap

TRIANGLE = Triangle(
    TriangleSide(Side.VICTIM, "Shop staff at the parade, sworn at most evenings", ("Priya Sandhu",),
                 "Store manager", 2, 1, 0),
    TriangleSide(Side.LOCATION, "Service road behind the shops, poorly lit", ("Shenley Road parade",),
                 "Hertsmere car parks team", 3, 1, 1),
    TriangleSide(Side.OFFENDER, "Group of youths from the estate", ("Jan Kowalski", "محمد علي"),
                 "", 1, 1, 2),
)


@pytest.fixture
def widget(qtbot: Any) -> TriangleWidget:
    shown = TriangleWidget()
    qtbot.addWidget(shown)
    shown.resize(760, 340)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def painted(widget: TriangleWidget) -> QImage:
    image = widget.grab().toImage()
    assert not image.isNull()
    return image


def test_paints_a_real_triangle_and_the_empty_one_at_any_size(widget: TriangleWidget) -> None:
    empty = painted(widget)
    widget.set_triangle(TRIANGLE)
    full = painted(widget)
    assert full != empty  # what is known is drawn
    for size in ((520, 280), (1366, 460)):
        widget.resize(*size)
        assert painted(widget).size().width() == size[0]
        # Each side's card stays inside the widget.
        for side in Side:
            assert widget.rect().toRectF().contains(widget.card_rect(side))
            assert widget.rect().toRectF().contains(widget.controller_rect(side))


def test_says_what_is_known_on_each_side_and_nothing_recorded_when_empty() -> None:
    assert side_lines(None) == ("", "", "")
    assert side_lines(TRIANGLE.offender) == (
        "Group of youths from the estate", "People: Jan Kowalski, محمد علي", "1 action (1 open)")
    assert side_lines(TRIANGLE.location)[1] == "Places: Shenley Road parade"
    assert side_summary(Side.VICTIM, None) == (
        f"Victim / target. {NOTHING}. Guardian: not recorded.")
    assert "2 repeats flagged" in side_summary(Side.OFFENDER, TRIANGLE.offender)
    assert "Handler: not recorded" in side_summary(Side.OFFENDER, TRIANGLE.offender)


def test_wraps_and_elides_text_to_the_lines_it_has(widget: TriangleWidget) -> None:
    metrics = widget.fontMetrics()
    from PySide6.QtGui import QFontMetricsF

    lines = wrap("one two three four five six seven eight nine ten " * 5,
                 QFontMetricsF(widget.font()), 120, 2)
    assert len(lines) == 2 and lines[-1].endswith("…")
    assert all(metrics.horizontalAdvance(line) <= 122 for line in lines)


@pytest.mark.parametrize("side", list(Side))
def test_clicking_near_a_side_or_its_card_opens_that_side(
        qtbot: Any, widget: TriangleWidget, side: Side) -> None:
    widget.set_triangle(TRIANGLE)
    middle = widget.side_point(side)
    near = QPoint(round(middle.x()) + 3, round(middle.y()) - 3)  # not exactly on the line
    with qtbot.waitSignal(widget.sideClicked) as on_line:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=near)
    assert on_line.args == [side.value]
    with qtbot.waitSignal(widget.sideClicked) as on_card:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton,
                         pos=widget.card_rect(side).center().toPoint())
    assert on_card.args == [side.value]
    assert widget.current == side


def test_a_click_away_from_every_side_opens_nothing(qtbot: Any, widget: TriangleWidget) -> None:
    centre = widget.side_point(Side.LOCATION) + QPointF(0, -60)  # inside the triangle, far from sides
    assert widget.side_at(centre) is None
    with qtbot.assertNotEmitted(widget.sideClicked):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=centre.toPoint())


def test_hovering_a_side_highlights_it(qtbot: Any, widget: TriangleWidget) -> None:
    widget.set_triangle(TRIANGLE)
    plain = painted(widget)
    qtbot.mouseMove(widget, widget.card_rect(Side.VICTIM).center().toPoint())
    assert widget.hovered == Side.VICTIM
    assert "Guardian: Store manager" in widget.toolTip()
    assert painted(widget) != plain


def test_arrow_keys_move_between_the_sides_and_enter_opens_one(
        qtbot: Any, widget: TriangleWidget) -> None:
    widget.set_triangle(TRIANGLE)
    widget.setFocus()
    assert widget.current == Side.OFFENDER
    assert widget.accessibleName() == "Problem analysis triangle"
    assert widget.accessibleDescription().startswith("Offender.")
    qtbot.keyClick(widget, Qt.Key.Key_Right)
    assert widget.current == Side.LOCATION
    assert widget.accessibleDescription().startswith("Location.")
    with qtbot.waitSignal(widget.sideClicked) as opened:
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert opened.args == [Side.LOCATION.value]
    qtbot.keyClick(widget, Qt.Key.Key_Right)
    qtbot.keyClick(widget, Qt.Key.Key_Right)  # round past the last side to the first
    assert widget.current == Side.OFFENDER
    qtbot.keyClick(widget, Qt.Key.Key_Left)
    with qtbot.waitSignal(widget.sideClicked) as spaced:
        qtbot.keyClick(widget, Qt.Key.Key_Space)
    assert spaced.args == [Side.VICTIM.value]


def test_tab_reaches_the_triangle(qtbot: Any, widget: TriangleWidget) -> None:
    assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus
