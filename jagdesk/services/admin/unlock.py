"""What unlocks a locked window: the store's passphrase (an encrypted SQLite file), the server
password (PostgreSQL), or, for an unencrypted SQLite file, the user's word that they are back.

The secret is tried as the store itself would be opened, never compared with a copy kept in memory:
a new connection keyed with it (SQLCipher) or logging in with it (PostgreSQL).
"""

from __future__ import annotations

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.exc import DBAPIError

from jagdesk.store.engine import raw_sqlite_connect
from jagdesk.store.opening import Store

PASSPHRASE, PASSWORD, CONFIRM = "passphrase", "password", "confirm"


def unlock_kind(store: Store) -> str:
    """What the lock screen asks for on this store."""
    if not store.location.is_sqlite:
        return PASSWORD
    return PASSPHRASE if store.encrypted else CONFIRM


def unlocks(store: Store, secret: str) -> bool:
    """Whether `secret` opens the store (always, for an unencrypted SQLite file)."""
    kind = unlock_kind(store)
    if kind == CONFIRM:
        return True
    if not secret:
        return False
    if kind == PASSPHRASE:
        assert store.location.path is not None
        connection = raw_sqlite_connect(str(store.location.path), secret)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return True
        except sqlcipher.DatabaseError:
            return False
        finally:
            connection.close()
    url = make_url(store.location.url).set(password=secret)
    engine = create_engine(url, connect_args={"connect_timeout": 5})
    try:
        with engine.connect() as connection:
            return str(connection.scalar(text("SELECT session_user"))) == store.login
    except DBAPIError:
        return False
    finally:
        engine.dispose()
