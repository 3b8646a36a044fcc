"""A new hotspot put where the user finds it in the hotspot dialog (a street by name, a postcode),
and the dialog at a laptop's size, through the real widgets on a real SQLite store holding the demo
partnership, its hotspots and incidents at real police.uk snap points."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from jagdesk.store.opening import Store
from tests.support.hotspots_page import select, show


def test_a_new_hotspot_is_put_on_a_street_found_by_name(qtbot: Any, hotspot_copy: Store,
                                                         dialogs: Any) -> None:
    window, page = show(qtbot, hotspot_copy)
    window.resize(1366, 700)
    seen: dict[str, Any] = {}

    def fill(dialog: Any) -> None:
        dialog.show()
        dialog.found.setFocus()
        qtbot.keyClicks(dialog.found, "maxwell rd")
        popup = dialog.completer.popup()
        seen["offered"] = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
        # Down to the first match and Enter, as with the keyboard.
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        seen["point"] = (dialog.place.latitude.text(), dialog.place.longitude.text())
        seen["grid"] = dialog.place.easting.text()
        seen["hint"] = dialog.found_hint.text()
        seen["name"] = dialog.name.text()
        dialog.name.setText("Maxwell Road garages")
        qtbot.keyClicks(dialog.found, "x")  # a name with no match says what to do instead
        seen["none"] = dialog.found_hint.text()

    dialogs.will(fill)
    page.new_record()
    assert seen["offered"][0] == "Maxwell Road, Borehamwood Hillside"
    assert seen["point"] == ("51.658306", "-0.267551")  # the middle of its crimes: one snap point
    assert seen["grid"]  # the easting and northing follow, as if typed
    assert seen["hint"].startswith("Put at Maxwell Road, Borehamwood Hillside: the middle of the 15 crimes")
    assert seen["name"] == "Maxwell Road"  # an empty name takes the street's
    assert seen["none"].startswith("No street, postcode, ward or hotspot of that name")
    select(page, "Maxwell Road garages")
    assert page.details.text("ward") == "Borehamwood Hillside"
    assert page.details.text("lat_lon") == "51.658306, -0.267551"
    window.close()


def test_a_new_hotspot_is_put_at_a_postcode(qtbot: Any, hotspot_copy: Store, dialogs: Any, shared_data: Path,
                                            tmp_path: Path) -> None:
    from jagdesk.services.places.postcodes import import_postcodes
    from tests.support.postcode_files import SHENLEY_ROAD, onspd_file

    seen: dict[str, Any] = {}

    def try_before(dialog: Any) -> None:  # no postcodes yet: the hint says how to get them
        dialog.show()
        qtbot.keyClicks(dialog.found, "WD6 1")
        seen["before"] = dialog.found_hint.text()
        dialog.reject()

    window, page = show(qtbot, hotspot_copy)
    dialogs.will(try_before)
    page.new_record()
    assert seen["before"].startswith("No postcodes are in the store yet: import them (File, "
                                     "Import postcodes)")
    with hotspot_copy.unit_of_work() as uow:
        import_postcodes(uow, [onspd_file(tmp_path, shared_data)])

    def fill(dialog: Any) -> None:
        dialog.show()
        dialog.name.setText("Shenley Road bus stop")
        dialog.found.setFocus()
        qtbot.keyClicks(dialog.found, "wd6 1")
        popup = dialog.completer.popup()
        seen["offered"] = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
        dialog.found.clear()
        qtbot.keyClicks(dialog.found, "wd61aa")
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        seen["point"] = (dialog.place.latitude.text(), dialog.place.longitude.text())
        seen["hint"] = dialog.found_hint.text()
        seen["name"] = dialog.name.text()

    dialogs.will(fill)
    page.new_record()
    assert seen["offered"] == ["WD6 1AA (postcode, Borehamwood Hillside)",
                               "WD6 1AD (postcode, Borehamwood Hillside)"]
    assert seen["point"] == (f"{SHENLEY_ROAD[1]:.6f}", f"{SHENLEY_ROAD[0]:.6f}")
    assert seen["hint"].startswith("Put at WD6 1AA: the postcode's point in Borehamwood Hillside")
    assert seen["name"] == "Shenley Road bus stop"  # a postcode names no hotspot
    select(page, "Shenley Road bus stop")
    assert page.details.text("ward") == "Borehamwood Hillside"
    assert page.details.text("lat_lon") == f"{SHENLEY_ROAD[1]:.6f}, {SHENLEY_ROAD[0]:.6f}"
    window.close()


def test_the_hotspot_dialog_fits_a_laptop_screen(qtbot: Any, hotspot_copy: Store, dialogs: Any) -> None:
    _window, page = show(qtbot, hotspot_copy)
    sizes: list[tuple[int, int]] = []

    def fill(dialog: Any) -> None:
        dialog.show()
        sizes.append((dialog.width(), dialog.height()))
        assert dialog.found.isVisible() and dialog.found.placeholderText()
        dialog.reject()

    dialogs.will(fill)
    page.new_record()
    assert sizes and sizes[0][0] <= 1366 and sizes[0][1] <= 700
