"""Draw the application icon's PNG, ICO and ICNS files from resources/icons/jagdesk.svg.

    python packaging/make_icons.py OUT_DIR

Run by `python3 dev.py package` with the project's environment (it needs PySide6): the packaged
builds take jagdesk.ico (Windows) or jagdesk.icns (macOS) and the Linux desktop entry jagdesk.png.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SOURCE = Path(__file__).resolve().parent.parent / "resources" / "icons" / "jagdesk.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(renderer: QSvgRenderer, size: int) -> QImage:
    """The icon at size x size pixels, on a transparent background."""
    image = QImage(QSize(size, size), QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def ico_bytes(out: Path) -> bytes:
    """A Windows icon holding every size in ICO_SIZES, each stored as the PNG drawn for it in `out`
    (Windows Vista and later read them), so Explorer and the Start menu pick the drawing made for
    their size."""
    images = [(out / f"jagdesk-{size}.png").read_bytes() for size in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, data in zip(ICO_SIZES, images, strict=True):
        side = size % 256  # 0 means 256 in an icon directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(images)


def main(out: Path) -> int:
    app = QGuiApplication.instance() or QGuiApplication(["make_icons", "-platform", "offscreen"])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"{SOURCE} is not a drawable SVG.", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        draw(renderer, size).save(str(out / f"jagdesk-{size}.png"))
    draw(renderer, 256).save(str(out / "jagdesk.png"))
    (out / "jagdesk.ico").write_bytes(ico_bytes(out))
    # Qt's ICNS writer (the qicns image plugin) stores the one size macOS scales from.
    written = draw(renderer, 512).save(str(out / "jagdesk.icns"))
    del app
    return 0 if written else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("build/icons")))
