"""Which store a --db value names: a SQLite file, a PostgreSQL URL, or a refusal in one sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from jagdesk.errors import StoreError
from jagdesk.store.location import resolve_location


def test_default_is_the_file_in_the_data_folder(private_data_dir: Path) -> None:
    location = resolve_location(None)
    assert location.is_sqlite and location.is_default
    assert location.path == private_data_dir / "jagdesk.db"


def test_environment_names_the_store(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("JAGDESK_DB", str(tmp_path / "office.db"))
    assert resolve_location(None).path == tmp_path / "office.db"
    # --db wins over the environment.
    assert resolve_location(str(tmp_path / "laptop.db")).path == tmp_path / "laptop.db"


def test_relative_path_is_made_absolute(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    location = resolve_location("csp.db")
    assert location.path == tmp_path / "csp.db"
    assert location.describe() == str(tmp_path / "csp.db")
    assert location.backend == "SQLite"


def test_sqlite_url_is_a_file(tmp_path: Path) -> None:
    location = resolve_location(f"sqlite:///{tmp_path}/csp.db")
    assert location.path == tmp_path / "csp.db"


def test_postgresql_url_uses_psycopg_and_describe_hides_the_password() -> None:
    location = resolve_location("postgresql://jag:s3cret@db.council.local:5433/jagdesk")
    assert not location.is_sqlite
    assert location.url.drivername == "postgresql+psycopg"
    assert location.backend == "PostgreSQL"
    assert location.describe() == "jagdesk on db.council.local:5433"
    assert "s3cret" not in location.describe()


@pytest.mark.parametrize(("value", "message"), [
    ("sqlite://", "An in-memory SQLite database cannot hold a JAGDesk store; give a file."),
    ("mysql://u@host/jag", "JAGDesk stores data in SQLite or PostgreSQL, not mysql."),
    ("not a url://x", "'not a url://x' is not a database URL or a file path."),
])
def test_unusable_urls_refused(value: str, message: str) -> None:
    with pytest.raises(StoreError) as refused:
        resolve_location(value)
    assert str(refused.value) == message
