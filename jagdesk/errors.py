"""Errors whose message is one clear sentence for the user (a dialog, or stderr and exit 2)."""

from __future__ import annotations


class JagdeskError(Exception):
    """A failure the user can understand and act on; str() is the sentence to show."""


class StoreError(JagdeskError):
    """The store cannot be opened, read or written as asked."""


class WrongPassphraseError(StoreError):
    """An encrypted store was opened with a wrong passphrase, or none."""


class NotFoundError(JagdeskError):
    """A record asked for is not in the store (perhaps deleted by someone else)."""


class ConflictError(JagdeskError):
    """Someone else changed the record since it was opened; the save was refused."""


class InUseError(JagdeskError):
    """A record cannot be deleted because other records refer to it."""


class ValidationError(JagdeskError):
    """Input was refused; `errors` maps each field name to the reason shown at that field."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__(" ".join(self.errors.values()))
