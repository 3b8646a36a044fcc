"""The pack export dialog's covert option: off by default, for the ordinary pack only (ticking the
public version clears and disables it)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jagdesk.gui.pages.meetings.pack_export_dialog import PackExportDialog


def test_the_covert_option_is_off_by_default_and_never_with_the_public_version(
        qtbot: Any, tmp_path: Path) -> None:
    dialog = PackExportDialog(lambda entry: entry, tmp_path / "JAG pack.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.covert.isChecked() and dialog.covert.isEnabled()
    assert dialog.values().covert is False
    dialog.covert.setChecked(True)
    assert (dialog.values().public, dialog.values().covert) == (False, True)
    dialog.grab().save("/tmp/cctv-shots/pack-export-dialog.png")
    dialog.public.setChecked(True)
    assert not dialog.covert.isChecked() and not dialog.covert.isEnabled()
    assert (dialog.values().public, dialog.values().covert) == (True, False)
    dialog.public.setChecked(False)
    assert dialog.covert.isEnabled() and not dialog.covert.isChecked()
