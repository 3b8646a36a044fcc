"""`jagdesk screenshots` on the demo: a picture of every page at the size asked for, each page of
records showing its first record's details."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtGui import QImage

from jagdesk.gui.screenshots import render_screenshots


def test_every_page_is_drawn_with_its_first_record(demo_template: Path, tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    shutil.copy(demo_template, db)
    written = render_screenshots(str(db), tmp_path / "shots", (1366, 700))
    names = [path.name for path in written]
    assert names[0] == "01-dashboard.png"
    assert {"13-asb-powers.png", "14-case-reviews.png", "12-covert-cctv-ripa.png"} <= set(names)
    for path in written:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1366, 700), path.name
    # A page of records shows one selected: most of its first row is the highlight colour (the
    # rest is its text), where the second row is the table's own.
    asb = QImage(str(tmp_path / "shots" / "13-asb-powers.png"))
    first = [asb.pixelColor(x, 107).name() for x in range(230, 1000, 7)]
    second = [asb.pixelColor(x, 137).name() for x in range(230, 1000, 7)]
    highlight = max(set(first), key=first.count)
    assert first.count(highlight) > len(first) / 2
    assert second.count(highlight) < len(second) / 10
