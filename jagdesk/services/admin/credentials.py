"""The store's passphrase kept in the operating system's credential store (Windows Credential
Manager, the macOS Keychain, the Secret Service), only when the user asks, and never in a file.

`keyring` chooses the system's store; where there is none (a server with no desktop session) the
app says so and offers nothing to tick.
"""

from __future__ import annotations

from typing import Any

SERVICE = "JAGDesk"


def _keyring() -> Any:
    try:
        import keyring
    except ImportError:
        return None
    return keyring


def unavailable_reason() -> str | None:
    """Why the passphrase cannot be remembered here, as a sentence; None if it can."""
    keyring = _keyring()
    if keyring is None:
        return "The passphrase cannot be remembered: the keyring package is not installed."
    backend = keyring.get_keyring()
    if getattr(backend, "priority", 0) <= 0 or type(backend).__module__.startswith("keyring.backends.fail"):
        return ("The passphrase cannot be remembered: this computer has no credential store that "
                "JAGDesk can use.")
    return None


def remember(store_name: str, passphrase: str) -> None:
    """Keep the passphrase of the store named `store_name` in the system's credential store."""
    if unavailable_reason() is None:
        _keyring().set_password(SERVICE, store_name, passphrase)


def remembered(store_name: str) -> str | None:
    """The passphrase kept for the store, if any."""
    if unavailable_reason() is not None:
        return None
    value = _keyring().get_password(SERVICE, store_name)
    return value if isinstance(value, str) else None
