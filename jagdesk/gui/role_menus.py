"""The main window's File and Edit actions as the login's roles allow (services.admin.role_access):
what the role may not do is disabled, its tooltip and status tip saying why in one sentence.
The server refuses them anyway; this saves the user trying."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QTabWidget, QWidget

from jagdesk.services.admin.role_access import (
    BACKUP,
    CHECK_IN,
    IMPORT_BOUNDARIES,
    IMPORT_CRIMES,
    IMPORT_POSTCODES,
    RESTORE,
    TAKE_OUT,
    hidden_tabs,
    read_only,
    read_only_reason,
    refusal,
)

COUNTED = re.compile(r" \(\d+\)$")


def _offer(action: QAction, reason: str | None) -> None:
    action.setEnabled(reason is None)
    action.setToolTip(reason or action.text().replace("&", "").rstrip("…"))
    action.setStatusTip(reason or "")


def limit_file_actions(roles: frozenset[str] | None, menus: tuple[QMenu, ...], *, crimes: QAction,
                       boundaries: QAction, postcodes: QAction, backup: QAction,
                       restore: QAction, takeout: QAction, checkin: QAction) -> None:
    """Disable each of the imports, the backup, the restore, the take-out and the check-in the
    roles may not do; the menus show the actions' tooltips, so hovering a disabled one says why."""
    for menu in menus:
        menu.setToolTipsVisible(True)
    for key, action in ((IMPORT_CRIMES, crimes), (IMPORT_BOUNDARIES, boundaries),
                        (IMPORT_POSTCODES, postcodes), (BACKUP, backup), (RESTORE, restore)):
        _offer(action, refusal(roles, key))
    for key, action in ((TAKE_OUT, takeout), (CHECK_IN, checkin)):
        # Only ever turned off here: on a take-out file they are off already, for another reason.
        reason = refusal(roles, key)
        if reason is not None:
            _offer(action, reason)


def follow_page(roles: frozenset[str] | None, new_action: QAction, page: QWidget, title: str) -> None:
    """The page shown as the roles may use it: its tabs they may not read hidden; Edit, New… and
    the page's own New buttons offered only where they may add the page's records (on a page they
    may only read, disabled with the reason as their tooltip)."""
    hidden = hidden_tabs(roles, title)
    for tabs in page.findChildren(QTabWidget) if hidden else ():
        for index in range(tabs.count()):
            # A tab's title may end in its count: "Cameras (3)".
            if COUNTED.sub("", tabs.tabText(index).replace("&", "")) in hidden:
                tabs.setTabVisible(index, False)
    reason = read_only_reason(title) if read_only(roles, title) else None
    _offer(new_action, reason)
    if reason is None:
        return
    for button in page.findChildren(QPushButton):
        if button.text().replace("&", "").startswith("New"):
            button.setEnabled(False)
            button.setToolTip(reason)
            if not button.property(KEPT_OFF):  # the page enables some when a record is selected
                button.setProperty(KEPT_OFF, True)
                button.installEventFilter(_keeper())


class _KeptOff(QObject):
    """Turns a button a page enabled back off: the page offers New… whenever something is
    selected, not knowing the role may not add."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (event.type() == QEvent.Type.EnabledChange and isinstance(watched, QWidget)
                and watched.isEnabled()):
            watched.setEnabled(False)
        return False


KEPT_OFF = "jagdesk_kept_off"
_KEEPERS: list[_KeptOff] = []  # one for the application, made once it runs


def _keeper() -> _KeptOff:
    if not _KEEPERS:
        _KEEPERS.append(_KeptOff())
    return _KEEPERS[0]
