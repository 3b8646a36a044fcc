"""File > Take out for a meeting... and File > Check in...: the dialogs in order, the work off the
GUI thread behind a progress dialog, what was done told at the end (store_origin connects them
to the File menu)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget
from sqlalchemy.exc import SQLAlchemyError

from jagdesk.domain.common.wording import plural
from jagdesk.errors import JagdeskError, StoreError, WrongPassphraseError
from jagdesk.gui import prompts
from jagdesk.gui.background import Report, run_with_progress
from jagdesk.gui.dialogs.admin.passphrase_dialog import PassphraseDialog
from jagdesk.gui.dialogs.offline.checkin_dialog import CheckinDialog, plan_summary, renumbered_text
from jagdesk.gui.dialogs.offline.conflicts_dialog import ConflictsDialog
from jagdesk.gui.dialogs.offline.takeout_dialog import TakeoutDialog
from jagdesk.services.offline.covert import may_take_covert
from jagdesk.services.offline.types import CheckinResult, TakeoutRequest, TakeoutResult
from jagdesk.services.reference.localities import list_localities
from jagdesk.store.file_header import is_encrypted_file
from jagdesk.store.location import sqlite_location
from jagdesk.store.opening import Store, open_store

if TYPE_CHECKING:
    from jagdesk.services.offline.types import CheckinPlan

CANCELLED_TAKEOUT = "Cancelled: nothing was taken out, and no file was written."
CANCELLED_CHECKIN = "Cancelled: nothing was checked in; the server is as it was."
FILE_TYPES = "JAGDesk take-out (*.db);;All files (*)"


class Stopped(Exception):
    """Raised from a progress report once the user has pressed Cancel: the service stops there
    and leaves nothing behind (a take-out writes no file, a check-in rolls back)."""


# Taking out ---------------------------------------------------------------------------------------
def _covert_allowed(store: Store) -> bool:
    """Whether the login may take covert work out (the take-out asks the server the same)."""
    try:
        with store.unit_of_work() as uow:
            return may_take_covert(uow)
    except (JagdeskError, SQLAlchemyError):
        return False


def _progress(report: Report, cancelled: Callable[[], bool], total: int = 100
              ) -> Callable[[str, int], None]:
    """A service's progress(text, done) as the progress dialog's report, `done` out of `total`
    (the take-out counts in percent, the check-in in records); Cancel stops the work there."""

    def progress(text: str, done: int) -> None:
        if cancelled():
            raise Stopped
        report(max(0, min(done, total)), total, text)

    return progress


def _taker(parent: QWidget, store: Store) -> Callable[[TakeoutRequest], TakeoutResult]:
    def take(request: TakeoutRequest) -> TakeoutResult:
        from jagdesk.services.offline.takeout import take_out

        def job(report: Report, cancelled: Callable[[], bool]) -> TakeoutResult:
            report(0, 100, f"Taking out {request.locality}")
            return take_out(store, request, progress=_progress(report, cancelled))

        task = run_with_progress(parent, "Taking out for a meeting", job)
        if task.cancelled:
            raise JagdeskError(CANCELLED_TAKEOUT)
        if task.error:
            raise JagdeskError(task.error)
        result: TakeoutResult = task.result
        return result

    return take


def take_out_for_meeting(parent: QWidget, store: Store) -> TakeoutResult | None:
    """Ask what to take out and write the file; tell the user what it holds. None if cancelled."""
    try:
        with store.unit_of_work() as uow:
            localities = [row.name for row in list_localities(uow)]
    except JagdeskError as exc:
        prompts.show_error(parent, str(exc))
        return None
    dialog = TakeoutDialog(_taker(parent, store), localities, _covert_allowed(store), Path.home(),
                           parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
        return None
    result: TakeoutResult = dialog.saved
    prompts.inform(parent, f"{result.locality} is taken out to {result.file}: {result.records:,} "
                           f"records and {result.crimes:,} crimes. Open that file with JAGDesk on "
                           "the laptop, and check it in here after the meeting.")
    return result


# Checking in --------------------------------------------------------------------------------------
def _open_laptop(parent: QWidget, path: Path) -> Store | None:
    """The take-out file opened (its passphrase asked until right), or None if the user cancelled
    or it cannot be opened (said)."""
    encrypted = is_encrypted_file(path)
    error = ""
    while True:
        key = None
        if encrypted:
            key = PassphraseDialog.ask(path.name, error, parent)
            if key is None:
                return None
        try:
            return open_store(sqlite_location(path), key, create=False, upgrade=False)
        except WrongPassphraseError as exc:
            if not encrypted:
                prompts.show_error(parent, str(exc))
                return None
            error = str(exc)
        except StoreError as exc:
            prompts.show_error(parent, str(exc))
            return None


def _plan(parent: QWidget, server: Store, laptop: Store) -> CheckinPlan | None:
    from jagdesk.services.offline.checkin import plan_checkin

    task = run_with_progress(parent, "Reading the take-out",
                             lambda report, _cancelled: plan_checkin(server, laptop))
    if task.error:
        prompts.show_error(parent, task.error)
        return None
    plan: CheckinPlan | None = None if task.cancelled else task.result
    return plan


def _check_in(parent: QWidget, server: Store, laptop: Store, plan: CheckinPlan
              ) -> CheckinResult | None:
    from jagdesk.services.offline.checkin import check_in

    resolutions = {}
    if plan.conflicts:
        conflicts = ConflictsDialog(plan.conflicts, parent)
        if conflicts.exec() != QDialog.DialogCode.Accepted:
            return None
        resolutions = conflicts.resolutions()

    records = len(plan.added) + len(plan.changed) + len(plan.deleted) + len(plan.conflicts)

    def job(report: Report, cancelled: Callable[[], bool]) -> CheckinResult:
        report(0, records, "Checking in")
        return check_in(server, laptop, resolutions, progress=_progress(report, cancelled, records))

    task = run_with_progress(parent, "Checking in", job)
    if task.cancelled:
        prompts.show_error(parent, CANCELLED_CHECKIN)
        return None
    if task.error:
        prompts.show_error(parent, task.error)
        return None
    result: CheckinResult = task.result
    return result


def check_in_file(parent: QWidget, server: Store, path: Path | None = None) -> CheckinResult | None:
    """Choose a take-out file, show what checking it in would do, resolve its conflicts, check it
    in, say what was done and offer to wipe the file. None if nothing was checked in."""
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(parent, "Check in a take-out", str(Path.home()),
                                                FILE_TYPES)
        if not chosen:
            return None
        path = Path(chosen)
    laptop = _open_laptop(parent, path)
    if laptop is None:
        return None
    try:
        plan = _plan(parent, server, laptop)
        if plan is None or CheckinDialog(plan, path, parent).exec() != QDialog.DialogCode.Accepted:
            return None
        result = _check_in(parent, server, laptop, plan)
    finally:
        laptop.close()  # before a wipe, and so that the file is not kept locked
    if result is not None:
        _tell(parent, path, result)
        offer_wipe(parent, path)
    return result


def _tell(parent: QWidget, path: Path, result: CheckinResult) -> None:
    plan = result.plan
    lines = [f"{path.name} is checked in: {plan_summary(plan)}"]
    if result.resolved:
        lines.append(f"{plural(result.resolved, 'conflict')} resolved as you chose.")
    if plan.renumbered:
        lines.append("\nThe server had given these references out meanwhile, so they were "
                     "renumbered:")
        lines += [f"  • {renumbered_text(r)}" for r in plan.renumbered]
    prompts.inform(parent, "\n".join(lines))


def offer_wipe(parent: QWidget, path: Path) -> bool:
    """Offer to wipe the take-out file now that it is checked in; whether it was wiped."""
    from jagdesk.services.offline.laptop_file import wipe_file

    question = (f"Wipe {path.name} from this computer?\n\nIt holds personal data. Wiping "
                "overwrites it with zeros and deletes it (with the files SQLite keeps beside it and "
                "the automatic backups JAGDesk made of it on this computer); "
                "it cannot be undone or recovered. Its work is checked in, so nothing is lost "
                "here. Copies made elsewhere (a USB stick, a backup) are not wiped.")
    if not prompts.confirm(parent, question, "&Wipe the file"):
        return False
    try:
        wipe_file(path)
    except (JagdeskError, OSError) as exc:
        prompts.show_error(parent, f"{path.name} could not be wiped: {exc}")
        return False
    prompts.inform(parent, f"{path.name} is wiped from this computer.")
    return True
