"""Running a use case for one user action: one unit of work, errors turned into one sentence."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType
from typing import TypeVar

from PySide6.QtWidgets import QApplication, QWidget

from jagdesk.errors import JagdeskError
from jagdesk.gui import prompts
from jagdesk.store.opening import Store
from jagdesk.store.uow import UnitOfWork

T = TypeVar("T")


def call(store: Store, use_case: Callable[[UnitOfWork], T]) -> T:
    """Run `use_case` in its own unit of work; JagdeskError passes to the caller."""
    with store.unit_of_work() as uow:
        return use_case(uow)


def attempt(parent: QWidget | None, store: Store, use_case: Callable[[UnitOfWork], T]) -> T | None:
    """Run `use_case`; on a refusal tell the user why and return None."""
    try:
        return call(store, use_case)
    except JagdeskError as exc:
        prompts.show_error(parent, str(exc))
        return None


def done(parent: QWidget | None, store: Store, use_case: Callable[[UnitOfWork], object]) -> bool:
    """Run a use case that returns nothing (a delete, a move); whether it went through. A refusal
    is told to the user, as by attempt."""

    def run(uow: UnitOfWork) -> bool:
        use_case(uow)
        return True

    return attempt(parent, store, run) is not None


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def refusals_told(previous: ExceptHook = sys.excepthook) -> ExceptHook:
    """An excepthook for the app: a refusal (JagdeskError, such as the server's "your login's role
    may not read or change the people register") that no page caught is told to the user in its
    one sentence over the active window; anything else goes to `previous` (a traceback)."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> object:
        if isinstance(exc, JagdeskError):
            prompts.show_error(QApplication.activeWindow(), str(exc))
            return None
        return previous(kind, exc, tb)

    return hook
