"""The table and plural `jagdesk check` counts each record kind by are the models' own."""

from __future__ import annotations

from jagdesk.store import models
from jagdesk.store.record_tables import RECORD_TABLES


def test_every_record_kind_is_counted_by_its_own_table_and_plural() -> None:
    assert list(RECORD_TABLES) == list(models.RECORD_ORDER)
    for kind, (table, plural) in RECORD_TABLES.items():
        model = getattr(models, kind)
        assert (table, plural) == (model.__tablename__, model.plural), kind
