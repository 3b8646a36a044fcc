"""The plain SQL tables crime figures are read through name the models' own columns and types."""

from __future__ import annotations

import pytest
from sqlalchemy.sql.expression import TableClause

from jagdesk.store.base import Base, load_every_table
from jagdesk.store.crime_tables import TABLES


@pytest.mark.parametrize("light", TABLES, ids=lambda table: table.name)
def test_every_column_is_the_models_of_the_same_type(light: TableClause) -> None:
    load_every_table()
    declared = Base.metadata.tables[light.name]
    for column in light.columns:
        assert column.name in declared.columns, f"{light.name}.{column.name}"
        assert isinstance(declared.columns[column.name].type, type(column.type)), \
            f"{light.name}.{column.name} is {declared.columns[column.name].type!r}"
