"""Build (or reuse) the benchmark stores with JAGDesk's own code, cached outside the repository.

    python benchmarks/stores.py [--rebuild]

Prints one JSON line per store: {"bench": "build_store", "store": "demo"|"big", "cached": ..., ...}.

- demo: the demo partnership, loaded as `jagdesk demo` does (services.demo.load.load_demo).
- big: the demo, plus contacts spread over the demo's agencies up to 10,000 in all (added through the ORM in
  five units of work, so each insert writes its audit entry as the app does), plus realistic
  update entries inserted in bulk until the audit trail holds 100,000 rows.

The cache key holds STORE_VERSION, the JAGDesk version and the schema head, so a new migration
rebuilds the stores.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common

if TYPE_CHECKING:
    from jagdesk.store.opening import Store

if str(_common.REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(_common.REPO_ROOT))

# Bump when the content of a built store changes.
STORE_VERSION = "2"
BIG_CONTACTS = 10_000
BIG_AUDIT_ROWS = 100_000
CONTACT_BATCHES = 5
AUDIT_CHUNK = 10_000
SEED = 20240611

FIRST = ["Aisha", "Ben", "Claire", "Daniel", "Emma", "Fiona", "Grace", "Harjit", "Imran", "Joanna",
         "Kwame", "Lena", "Marcus", "Neil", "Olivia", "Priya", "Ruth", "Siobhan", "Tomasz", "Umar",
         "Victoria", "William", "Yusuf", "Zoe", "Gary", "Helen", "Ian", "Julie", "Kieran", "Laura"]
LAST = ["Abbott", "Bell", "Carr", "Donnelly", "Ellison", "Forsyth", "Green", "Hughes", "Iqbal",
        "Jones", "Keane", "Lund", "Marsh", "Mensah", "Nowak", "Okafor", "Patel", "Qureshi",
        "Rahman", "Sandhu", "Tremayne", "Underwood", "Vaughan", "Walsh", "Young", "Zielinski"]
ROLES = ["Community Safety Officer", "Neighbourhood Inspector", "PCSO", "Anti-social Behaviour "
         "Caseworker", "Crime Analyst", "Tenancy Enforcement Officer", "Youth Worker",
         "Environmental Health Officer", "CCTV Operator", "Station Commander", "Offender Manager",
         "Public Health Lead", "Victim Care Co-ordinator", "Licensing Officer", "Street Warden"]
USERS = ["priya.raman", "daniel.okafor", "claire.donnelly", "ruth.abbott", "csp.admin"]


def _phone(rng: random.Random) -> str:
    # Ofcom's ranges kept for drama, as the demo uses.
    kind = rng.randrange(3)
    n = rng.randrange(1000)
    if kind == 0:
        return f"020 7946 0{n:03d}"
    if kind == 1:
        return f"01632 960{n:03d}"
    return f"07700 900{n:03d}"


def cache_key() -> str:
    import jagdesk
    from jagdesk.store import migrate

    return f"s{STORE_VERSION}-jagdesk{jagdesk.__version__}-schema{migrate.head_revision()}"


def _finish_file(built: Path, dest: Path) -> None:
    """Fold the WAL into the file and move it into the cache atomically."""
    conn = sqlite3.connect(str(built))
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        Path(str(built) + suffix).unlink(missing_ok=True)
    os.replace(built, dest)


def _open_new(path: Path) -> Store:
    from jagdesk.store.location import sqlite_location
    from jagdesk.store.opening import open_store

    return open_store(sqlite_location(path))


def build_demo(path: Path) -> None:
    from jagdesk.services.demo.load import load_demo

    with _open_new(path) as store, store.unit_of_work("bench") as uow:
        load_demo(uow)


def build_big(path: Path) -> None:
    from sqlalchemy import func, insert, select

    from jagdesk.domain.reference import contact_errors
    from jagdesk.services.demo.load import load_demo
    from jagdesk.services.reference.agencies import ContactInput, list_agencies, save_contact
    from jagdesk.store.audit_chain import chain_head, seal
    from jagdesk.store.models import AuditEntry, Contact

    rng = random.Random(SEED)
    with _open_new(path) as store:
        with store.unit_of_work("csp.admin") as uow:
            load_demo(uow)
        with store.unit_of_work("csp.admin") as uow:
            agencies = list_agencies(uow)
        # One contact through the service, the way the app adds one...
        with store.unit_of_work("priya.raman") as uow:
            save_contact(uow, ContactInput(agencies[0].id, "Benchmark Contact", "Analyst",
                                           "020 7946 0999", "bench@hertsmere.example.gov.uk"))
        # ...and the rest through the ORM in a few units of work (the audit listener still writes
        # one audit entry per insert).
        with store.unit_of_work("csp.admin") as uow:
            existing = uow.session.scalar(select(func.count()).select_from(Contact)) or 0
        left = BIG_CONTACTS - existing  # the demo's contacts count towards the 10,000
        per_batch = (left + CONTACT_BATCHES - 1) // CONTACT_BATCHES
        serial = 0
        for batch in range(CONTACT_BATCHES):
            with store.unit_of_work(USERS[batch % len(USERS)]) as uow:
                for _ in range(min(per_batch, left)):
                    serial += 1
                    agency = agencies[rng.randrange(len(agencies))]
                    first, last = rng.choice(FIRST), rng.choice(LAST)
                    name = f"{first} {last}"
                    role = rng.choice(ROLES)
                    phone = _phone(rng)
                    email = f"{first}.{last}{serial}@partner{rng.randrange(40)}.example.org.uk".lower()
                    problems = contact_errors(name, role, phone, email)
                    assert not problems, problems
                    uow.session.add(Contact(agency_id=agency.id, name=name, role=role,
                                            phone=phone, email=email))
                left -= min(per_batch, left)
                uow.commit()
            _common.note(f"big store: {BIG_CONTACTS - left} contacts")

        # Top the audit trail up with realistic edits of contacts, spread over three years.
        with store.unit_of_work("csp.admin") as uow:
            session = uow.session
            contacts = session.execute(select(Contact.id, Contact.name)).all()
            have = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
            need = BIG_AUDIT_ROWS - have
            now = datetime.now(UTC)
            fields = ["phone", "role", "email", "name"]
            done = 0
            # Each entry is chained after the one before, as the app chains them.
            head = chain_head(session.connection())
            while done < need:
                rows = []
                for _ in range(min(AUDIT_CHUNK, need - done)):
                    cid, cname = contacts[rng.randrange(len(contacts))]
                    field = rng.choice(fields)
                    if field == "phone":
                        change = [_phone(rng), _phone(rng)]
                    elif field == "role":
                        change = [rng.choice(ROLES), rng.choice(ROLES)]
                    elif field == "email":
                        change = [f"old{rng.randrange(10**6)}@partner.example.org.uk",
                                  f"new{rng.randrange(10**6)}@partner.example.org.uk"]
                    else:
                        change = [cname, f"{rng.choice(FIRST)} {rng.choice(LAST)}"]
                    rows.append({
                        "id": uuid.uuid4(),
                        "at": now - timedelta(seconds=rng.randrange(3 * 365 * 86400)),
                        "user": rng.choice(USERS),
                        "action": "update",
                        "table_name": "contact",
                        "record_id": cid,
                        "record_title": cname,
                        "changes": json.dumps({field: change}, ensure_ascii=False,
                                              sort_keys=True),
                    })
                    head = seal(rows[-1], head)
                session.execute(insert(AuditEntry), rows)
                done += len(rows)
            uow.commit()
            _common.note(f"big store: {have + done} audit entries")


BUILDERS = {"demo": build_demo, "big": build_big}


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("agency", "contact", "locality", "ward", "audit_entry")}
    finally:
        conn.close()


def ensure_store(name: str, rebuild: bool = False, *, report: bool = False) -> Path:
    """The path of the cached store `name`, building it first if needed. Treat it as read-only."""
    key = cache_key()
    folder = _common.cache_dir() / key
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / f"{name}.db"
    cached = dest.is_file() and not rebuild
    seconds = 0.0
    if not cached:
        _common.note(f"building the {name} store in {folder}")
        scratch = _common.work_dir(f"build-{name}")
        saved = {k: os.environ.get(k) for k in ("JAGDESK_DATA_DIR", "JAGDESK_USER")}
        os.environ["JAGDESK_DATA_DIR"] = str(scratch / "data")
        os.environ["JAGDESK_USER"] = "bench"
        try:
            start = time.perf_counter()
            built = scratch / f"{name}.db"
            BUILDERS[name](built)
            _finish_file(built, dest)
            seconds = time.perf_counter() - start
        finally:
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
            _common.cleanup(scratch)
    if report:
        _common.emit({"bench": "build_store", "store": name, "cache_key": key, "cached": cached,
                      "build_s": round(seconds, 3) if not cached else None,
                      "size_mb": round(dest.stat().st_size / 1e6, 2), "counts": _counts(dest),
                      "path": str(dest)})
    return dest


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true", help="build even if cached")
    args = parser.parse_args()
    for name in BUILDERS:
        ensure_store(name, args.rebuild, report=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
