"""Drawing an area on the map, corner by corner: clicks add corners, Backspace takes the
last back, Enter or a double-click finishes, Escape cancels."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QGraphicsView

from jagdesk.gui.pages.places.area_drawing import DraftItem, area_problem, drawn_area

if TYPE_CHECKING:
    from jagdesk.gui.pages.places.map_view import MapView

Z_DRAFT = 7
# Clicks closer than this (pixels) to the last corner add no corner: a double-click's own press.
SAME_CORNER_PX = 3


class AreaDrawer:
    """The drawing of an area on a map view, kept in the view's `draft` while it lasts."""

    def __init__(self, view: MapView) -> None:
        self.view = view

    def start(self) -> None:
        """Clicks add corners until Enter or a double-click finishes, or Escape cancels."""
        view = self.view
        if view.draft is not None:
            return
        view.draft = DraftItem()
        view.draft.setZValue(Z_DRAFT)
        view.scene().addItem(view.draft)
        # No panning by dragging while drawing: a click is a corner; the wheel still zooms.
        view.setDragMode(QGraphicsView.DragMode.NoDrag)
        view.viewport().setCursor(Qt.CursorShape.CrossCursor)
        view.setFocus()
        view.drawing_changed.emit(0)

    def cancel(self) -> None:
        """Stop drawing and forget the corners; nothing is changed."""
        view = self.view
        if view.draft is None:
            return
        view.scene().removeItem(view.draft)
        view.draft = None
        view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        view.viewport().unsetCursor()
        view.drawing_ended.emit()

    def finish(self) -> None:
        """Report the area drawn (area_drawn), or why it cannot be one yet (area_refused)."""
        view = self.view
        if view.draft is None:
            return
        corners = list(view.draft.corners)
        problem = area_problem(corners)
        if problem is not None:
            view.area_refused.emit(problem)  # still drawing: the user can take corners back
            return
        self.cancel()
        view.area_drawn.emit(drawn_area(corners))

    def add_corner(self, at: QPointF) -> None:
        view = self.view
        assert view.draft is not None
        corners = view.draft.corners
        if corners:
            last = QPointF(view.mapFromScene(corners[-1]))
            if (last - at).manhattanLength() <= SAME_CORNER_PX:
                return
        view.draft.set_corners([*corners, view.mapToScene(at.toPoint())], None)
        view.drawing_changed.emit(len(view.draft.corners))

    def key(self, key: int) -> bool:
        """Backspace, Escape, Enter while drawing; False for any other key."""
        draft = self.view.draft
        assert draft is not None
        if key == Qt.Key.Key_Backspace:
            draft.set_corners(draft.corners[:-1], draft.pointer)
            self.view.drawing_changed.emit(len(draft.corners))
        elif key == Qt.Key.Key_Escape:
            self.cancel()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish()
        else:
            return False
        return True
