"""The Details tab of the hotspots page: every fact about one hotspot, to read and to copy."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from jagdesk.domain.common.day_text import uk_day
from jagdesk.domain.hotspots import DEFAULT_RADIUS_M, Priority, Source
from jagdesk.services.hotspots.hotspots import HotspotRow

# The fields of each column, in reading order: (key, label).
LEFT = (("status", "Status:"), ("priority", "Priority:"), ("source", "Source:"),
        ("categories", "Issues:"), ("ward", "Ward:"), ("locality", "Locality:"), ("owner", "Owner:"))
RIGHT = (("lat_lon", "Latitude, longitude:"), ("east_north", "Easting, northing:"),
         ("grid", "Grid reference:"), ("extent", "Incidents counted:"))
NOT_SET = "<span style='color: palette(mid)'>not set</span>"


def _label(word_wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setWordWrap(word_wrap)
    label.setTextFormat(Qt.TextFormat.RichText)
    # Partners ask for the grid reference or the owner's number: let the user copy them.
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


def _form(fields: tuple[tuple[str, str], ...], values: dict[str, QLabel]) -> QFormLayout:
    form = QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    for key, text in fields:
        values[key] = _label()
        values[key].setAccessibleName(text.rstrip(":"))
        form.addRow(text, values[key])
    return form


class HotspotDetails(QScrollArea):
    """A hotspot's fields, read-only: its description, its facts in two columns, then its notes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.values: dict[str, QLabel] = {}
        self.description = _label()
        self.description.setAccessibleName("Description")
        self.notes = _label()
        self.notes.setAccessibleName("Notes")
        columns = QHBoxLayout()
        columns.addLayout(_form(LEFT, self.values), 3)
        columns.addSpacing(24)
        columns.addLayout(_form(RIGHT, self.values), 2)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.description)
        layout.addSpacing(6)
        layout.addLayout(columns)
        layout.addSpacing(6)
        layout.addWidget(self.notes)
        layout.addStretch(1)
        self.setWidget(body)

    def text(self, key: str) -> str:
        """What a field shows, as plain text (for tests and copying)."""
        label = {"description": self.description, "notes": self.notes}.get(key) or self.values[key]
        return _plain(label.text())

    def show_hotspot(self, row: HotspotRow) -> None:
        since = f" since {uk_day(row.status_since)}" if row.status_since else ""
        owner = " · ".join(html.escape(part) for part in
                           (row.owner_name, row.owner_agency, row.owner_phone, row.owner_email) if part)
        shown = {
            "status": f"{row.status.capitalize()}{since}",
            "priority": Priority(row.priority).label if row.priority in set(Priority) else row.priority,
            "source": Source(row.source).label if row.source in set(Source) else row.source,
            "categories": row.categories_text,
            "ward": row.ward_name,
            "locality": row.locality_name,
            "lat_lon": f"{row.latitude:.6f}, {row.longitude:.6f}",
            "east_north": f"{row.easting}, {row.northing}",
            "grid": row.grid_reference,
            "extent": extent_words(row).capitalize(),
        }
        for key, value in shown.items():
            self.values[key].setText(html.escape(value) if value else NOT_SET)
        self.values["owner"].setText(owner or NOT_SET)
        self.description.setText(_paragraph(row.description) or
                                 "<span style='color: palette(mid)'>No description.</span>")
        self.notes.setText(f"<b>Notes</b><br>{_paragraph(row.notes)}" if row.notes else "")
        self.notes.setVisible(bool(row.notes))


def extent_words(row: HotspotRow) -> str:
    """Where the hotspot's incidents are counted: "within 150 m of the point"."""
    if row.area:
        return "inside the drawn area"
    if row.radius_m:
        return f"within {row.radius_m} m of the point"
    return f"within {DEFAULT_RADIUS_M} m of the point (no radius set)"


def _paragraph(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _plain(rich: str) -> str:
    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText()
