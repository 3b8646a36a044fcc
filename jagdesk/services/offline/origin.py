"""Where a take-out file came from (its one TakeoutOrigin row), read for the window's title and
status bar as the window fills in, without loading the take-out's machinery."""

from __future__ import annotations

from sqlalchemy import select

from jagdesk.services.offline.types import TakeoutOriginText
from jagdesk.store.models import TakeoutOrigin
from jagdesk.store.opening import Store


def read_origin(store: Store) -> TakeoutOriginText | None:
    """Where a take-out file came from, for the laptop's title bar; None for an ordinary store."""
    with store.engine.connect() as connection:
        row = connection.execute(select(TakeoutOrigin.__table__)).mappings().first()
    if row is None:
        return None
    return TakeoutOriginText(token=row["token"], source=row["source"], locality=row["locality_name"],
                             taken_at=row["taken_at"], taken_by=row["taken_by"],
                             months=row["months"], include_covert=row["include_covert"])
