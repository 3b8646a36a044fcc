"""The unit of work: one session and one transaction for one user action."""

from __future__ import annotations

import re
import uuid
from types import TracebackType
from typing import TypeVar

from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from jagdesk.errors import ConflictError, NotFoundError, StoreError
from jagdesk.store.audit import USER_KEY
from jagdesk.store.base import Base, Record, load_every_table
from jagdesk.store.engine import driver_reason

R = TypeVar("R", bound=Record)
# PostgreSQL's SQLSTATE for a privilege or row-level security refusal.
INSUFFICIENT_PRIVILEGE = "42501"


class UnitOfWork:
    """Opens a session on enter; nothing is saved unless commit() is called; closes on exit."""

    def __init__(self, session_factory: sessionmaker[Session], user: str) -> None:
        self._session_factory = session_factory
        self.user = user
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("the unit of work is used outside its 'with' block")
        return self._session

    def __enter__(self) -> UnitOfWork:
        self._session = self._session_factory()
        self._session.info[USER_KEY] = self.user
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._session is not None
        self._session.rollback()
        self._session.close()
        self._session = None
        refusal = permission_refusal(exc)
        if refusal is not None:
            raise StoreError(refusal) from None

    def commit(self) -> None:
        """Save everything done in this unit of work, or nothing."""
        try:
            self.session.commit()
        except StaleDataError:
            self.session.rollback()
            raise ConflictError(
                "Someone else changed this record while you had it open; your changes were not"
                " saved. Reopen it to see the latest version."
            ) from None
        except IntegrityError as exc:
            self.session.rollback()
            raise StoreError(f"The store refused the change: {driver_reason(exc)}.") from None
        except OperationalError as exc:
            self.session.rollback()
            raise StoreError(f"The change could not be saved: {driver_reason(exc)}.") from None

    def get(self, model: type[R], record_id: uuid.UUID) -> R:
        """The record, or NotFoundError naming its kind (it may have been deleted meanwhile)."""
        obj = self.session.get(model, record_id)
        if obj is None:
            raise NotFoundError(f"That {model.label} is no longer in the store; it may have been deleted.")
        return obj


def permission_refusal(exc: BaseException | None) -> str | None:
    """The sentence for the server's refusal of what the login's role may not read or change
    (PostgreSQL's insufficient privilege, row-level security included), naming the records
    refused; None for anything else."""
    if not isinstance(exc, DBAPIError) or getattr(exc.orig, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
        return None
    reason = driver_reason(exc)
    table = REFUSED_TABLE.search(reason)
    what = records_called(table.group(1)) if table else "this"
    # What the refused statement did: a partner may change an action's progress, not its wording.
    words = str(exc.statement or "").split(maxsplit=1)
    doing = DOING.get(words[0].upper() if words else "", "read or change")
    if "row-level security" in reason:
        return (f"Your login's role may not {doing} {what} that are not its agency's, so the "
                "server refused it; nothing was changed.")
    if table:
        return f"Your login's role may not {doing} {what}, so the server refused it; nothing was changed."
    return (f"Your login's role does not allow this, so the server refused it ({reason}); "
            "nothing was changed.")


DOING = {"SELECT": "read", "INSERT": "add", "UPDATE": "change", "DELETE": "delete"}
# "permission denied for table person", 'new row violates row-level security policy for table "action"'
REFUSED_TABLE = re.compile(r'for table "?(\w+)"?')
# How a refusal names the records of a table, where its records' label does not say it plainly.
CALLED = {"person": "the people register", "problem_case": "problem-solving cases",
          "audit_entry": "the audit trail", "access_entry": "the access log",
          "crime": "crimes", "postcode": "postcodes", "ripa_authorisation": "RIPA authorisations",
          "ripa_subject": "the subjects of RIPA authorisations", "ripa_review": "RIPA reviews",
          "ripa_renewal": "RIPA renewals", "ripa_offence": "the offences of RIPA authorisations",
          "authorising_officer": "RIPA authorising officers", "action_update": "action updates",
          "action": "actions", "meeting": "meetings", "agenda_item": "agenda items",
          "agency": "agencies", "contact": "contacts", "hotspot": "hotspots"}


def records_called(table: str) -> str:
    """The records of `table` as a sentence names them: "the people register", "meetings"."""
    if table in CALLED:
        return CALLED[table]
    load_every_table()
    labels = {mapper.class_.__tablename__: getattr(mapper.class_, "label", "")
              for mapper in Base.registry.mappers}
    label = str(labels.get(table) or table.replace("_", " "))
    return f"{label} records"
