"""Running a use case for one user action: one unit of work, errors turned into one sentence."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QWidget

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
