"""The people register on SQLite and PostgreSQL: save, search, duplicates, delete, links and merge."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import func, select

from jagdesk.domain.people import age_on
from jagdesk.errors import ConflictError, InUseError, JagdeskError, ValidationError
from jagdesk.services.people import people as svc
from jagdesk.services.people.people import PersonInput
from jagdesk.services.undo import undo_delete
from jagdesk.store.models import CasePerson, Person, ProblemCase
from jagdesk.store.opening import Store

BORN = date(1991, 7, 23)
TRICKY = [
    PersonInput("Wójcik", "Łukasz Żółć", "Luke <b>Wojcik</b>\nŁukasz W."),
    PersonInput("الحسن", "محمد", "أبو علي"),
    PersonInput("ਸਿੰਘ", "ਗੁਰਪ੍ਰੀਤ", "Gurpreet \"Gary\" Singh"),
    PersonInput("O'Brien & <Sons>", "Zoë 😀", notes="<script>alert('x')</script> 👍\nline two"),
]


def add(store: Store, data: PersonInput, user: str = "officer") -> svc.PersonRow:
    with store.unit_of_work(user=user) as uow:
        return svc.save_person(uow, data)


def add_case(store: Store, reference: str, title: str,
             links: list[tuple[uuid.UUID, str, str]]) -> uuid.UUID:
    """A case with people on it, made with the ORM (the case services are not needed here)."""
    with store.unit_of_work() as uow:
        case = ProblemCase(reference=reference, name=title, opened_on=date(2026, 1, 5))
        uow.session.add(case)
        uow.session.flush()
        for person_id, side, role in links:
            uow.session.add(CasePerson(case_id=case.id, person_id=person_id, side=side, role=role))
        uow.commit()
        return case.id


def test_save_fills_the_search_key_and_lists_by_family_name(store: Store) -> None:
    first = add(store, PersonInput(" Wójcik ", " Łukasz ", "Luke\n\nluke\n", BORN, " 1 High St ",
                                   "wd6 1wa", is_repeat=True, is_youth=True))
    add(store, PersonInput("Adams", "Kelly"))
    assert first.name == "Łukasz Wójcik" and first.aliases == ("Luke",) and first.postcode == "WD6 1WA"
    assert first.flags_text == "Youth, Repeat"
    with store.unit_of_work() as uow:
        assert [p.name for p in svc.list_people(uow)] == ["Kelly Adams", "Łukasz Wójcik"]
        assert uow.session.get(Person, first.id).search_key == "lukasz wojcik\nluke"  # type: ignore[union-attr]
        detail = svc.get_person_detail(uow, first.id)
    assert detail.data.address == "1 High St" and detail.data.aliases == "Luke"
    assert detail.row.age == age_on(BORN, date.today())


def test_search_matches_names_aliases_without_accents_postcode_and_date_of_birth(store: Store) -> None:
    lukasz = add(store, PersonInput("Wójcik", "Łukasz", "Big Luke", BORN, postcode="WD6 1WA"))
    add(store, PersonInput("Adams", "Kelly", postcode="AL1 3JE"))
    with store.unit_of_work() as uow:
        for text in ("wojcik", "ŁUKASZ", "big luke", "wd61wa", "23/07/1991", "uka"):
            assert [p.id for p in svc.list_people(uow, text)] == [lukasz.id], text
        assert svc.list_people(uow, "nobody") == []
        assert svc.list_people(uow, "100%") == []


def test_bad_fields_are_refused_with_sentences_and_nothing_is_saved(store: Store) -> None:
    with store.unit_of_work() as uow, pytest.raises(ValidationError) as refused:
        svc.save_person(uow, PersonInput(" ", "Ann", date_of_birth=date(1850, 1, 1), email="ann@",
                                         phone="phone me"))
    assert refused.value.errors == {
        "family_name": "Enter the family name.",
        "date_of_birth": "The date of birth 01/01/1850 is before 1900: check the year.",
        "phone": "'phone me' is not a phone number (digits, spaces, + and brackets only).",
        "email": "'ann@' is not an email address (name@example.gov.uk).",
    }
    with store.unit_of_work() as uow, pytest.raises(ValidationError) as future:
        svc.save_person(uow, PersonInput("Lee", date_of_birth=date(2030, 1, 1)),
                        today=date(2026, 3, 1))
    assert future.value.errors == {"date_of_birth": "The date of birth 01/01/2030 is in the future."}
    with store.unit_of_work() as uow:
        assert svc.list_people(uow) == []


def test_edit_keeps_the_version_check(store: Store) -> None:
    kelly = add(store, PersonInput("Adams", "Kelly"))
    with store.unit_of_work(user="colleague") as uow:
        changed = svc.save_person(uow, PersonInput("Adams", "Kelly", phone="01923 000000"),
                                  kelly.id, kelly.version)
    assert changed.version == 2
    with store.unit_of_work() as uow, pytest.raises(ConflictError, match="colleague changed this"):
        svc.save_person(uow, PersonInput("Adamson", "Kelly"), kelly.id, kelly.version)


@pytest.mark.parametrize("data", TRICKY, ids=["polish", "arabic", "punjabi", "markup-emoji"])
def test_non_latin_and_markup_names_round_trip_untouched(store: Store, data: PersonInput) -> None:
    saved = add(store, data)
    with store.unit_of_work() as uow:
        back = svc.get_person_detail(uow, saved.id).data
        found = svc.list_people(uow, data.family_name)
    assert back == data
    assert [p.id for p in found] == [saved.id]


def test_possible_duplicates_are_found_with_reasons(store: Store) -> None:
    john = add(store, PersonInput("Smith", "John", "Johnny S", BORN))
    jon = add(store, PersonInput("Smyth", "Jon", date_of_birth=BORN))
    add(store, PersonInput("Jones", "Mary", date_of_birth=BORN))
    add(store, PersonInput("Smith", "Jane"))
    with store.unit_of_work() as uow:
        found = svc.possible_duplicates(uow, PersonInput("Smith", "John", date_of_birth=BORN))
        assert [(row.id, reason) for row, reason in found] == [
            (john.id, "same date of birth and same name"),
            (jon.id, "same date of birth and similar name"),
        ]
        by_alias = svc.possible_duplicates(uow, PersonInput("S", "Johnny"))
        assert [(row.name, reason) for row, reason in by_alias] == [
            ("John Smith", "an alias matches the name")]
        # Editing John himself does not find John.
        assert [row.id for row, _r in svc.possible_duplicates(
            uow, PersonInput("Smith", "John", date_of_birth=BORN), exclude_id=john.id)] == [jon.id]


def test_no_duplicates_for_someone_new(store: Store) -> None:
    add(store, PersonInput("Smith", "John", date_of_birth=BORN))
    add(store, PersonInput("الحسن", "محمد"))
    with store.unit_of_work() as uow:
        assert svc.possible_duplicates(uow, PersonInput("Kaur", "Jasbir", date_of_birth=BORN)) == []
        assert svc.possible_duplicates(uow, PersonInput("Smith", "Mary")) == []
        assert [r for _p, r in svc.possible_duplicates(uow, PersonInput("الحسن", "محمد"))] == ["same name"]


def test_delete_is_refused_while_linked_naming_the_cases(store: Store) -> None:
    dean = add(store, PersonInput("Walsh", "Dean"))
    add_case(store, "PS-2026-014", "Street drinking at Shenley Road shops",
             [(dean.id, "offender", "ringleader")])
    add_case(store, "PS-2026-003", "Nuisance bikes on Aycliffe Road", [(dean.id, "victim", "")])
    with store.unit_of_work() as uow, pytest.raises(InUseError) as refused:
        svc.delete_person(uow, dean.id, dean.version)
    assert str(refused.value) == (
        "'Dean Walsh' cannot be deleted while linked to PS-2026-003 Nuisance bikes on Aycliffe Road"
        " (victim); PS-2026-014 Street drinking at Shenley Road shops (offender: ringleader)."
        " Take them off first, or merge this record into another.")
    with store.unit_of_work() as uow:
        assert [p.id for p in svc.list_people(uow)] == [dean.id]
        links = svc.person_links(uow, dean.id)
    assert [(x.reference, x.title, x.side, x.side_title, x.role) for x in links] == [
        ("PS-2026-003", "Nuisance bikes on Aycliffe Road", "victim", "Victim / target", ""),
        ("PS-2026-014", "Street drinking at Shenley Road shops", "offender", "Offender", "ringleader"),
    ]


def test_delete_of_an_unlinked_person(store: Store) -> None:
    kelly = add(store, PersonInput("Adams", "Kelly"))
    with store.unit_of_work() as uow:
        svc.delete_person(uow, kelly.id, kelly.version)
    with store.unit_of_work() as uow:
        assert svc.list_people(uow) == []
        assert [h.action for h in svc.person_history(uow, kelly.id)] == ["Deleted", "Added"]


def test_merge_moves_links_fills_fields_and_keeps_both_histories(store: Store) -> None:
    keep = add(store, PersonInput("Walsh", "Dean", "Deano", BORN, is_repeat=True))
    gone = add(store, PersonInput("Walsh", "Dene", "D-Man", address="4 Shenley Road",
                                  postcode="wd6 1aa", phone="07700 900123", is_vulnerable=True,
                                  notes="Known to the YOT."), user="colleague")
    with store.unit_of_work(user="colleague") as uow:
        gone = svc.save_person(uow, PersonInput("Walsh", "Dene", "D-Man", address="4 Shenley Road",
                                                postcode="wd6 1aa", phone="07700 900999",
                                                is_vulnerable=True, notes="Known to the YOT."),
                               gone.id, gone.version)
    shared = add_case(store, "PS-2026-014", "Street drinking",
                      [(keep.id, "offender", ""), (gone.id, "offender", "ringleader"),
                       (gone.id, "victim", "assaulted")])
    other = add_case(store, "PS-2026-015", "Bikes", [(gone.id, "offender", "rider")])
    with store.unit_of_work(user="officer") as uow:
        merged = svc.merge_people(uow, keep.id, gone.id, keep.version, gone.version)
    assert merged.id == keep.id and merged.address == "4 Shenley Road" and merged.postcode == "WD6 1AA"
    assert merged.date_of_birth == BORN and merged.aliases == ("Deano", "Dene Walsh", "D-Man")
    assert (merged.is_repeat, merged.is_vulnerable, merged.is_youth) == (True, True, False)
    with store.unit_of_work() as uow:
        detail = svc.get_person_detail(uow, keep.id)
        assert detail.data.phone == "07700 900999" and detail.data.notes == "Known to the YOT."
        assert [p.id for p in svc.list_people(uow)] == [keep.id]
        assert svc.get_person(uow, gone.id).id == keep.id  # the old record leads to the kept one
        links = uow.session.execute(select(CasePerson.case_id, CasePerson.side, CasePerson.role)
                                    .where(CasePerson.person_id == keep.id)).all()
        assert sorted(links, key=lambda x: (x[0] == other, x[1])) == [
            (shared, "offender", "ringleader"), (shared, "victim", "assaulted"),
            (other, "offender", "rider")]
        assert uow.session.scalar(select(func.count()).select_from(CasePerson)) == 3
        assert [x.reference for x in svc.person_links(uow, keep.id)] == [
            "PS-2026-014", "PS-2026-014", "PS-2026-015"]
        history = svc.person_history(uow, keep.id)
        by_record = [(h.record_title, h.action, h.user, h.merged) for h in history]
        assert ("Dene Walsh", "Added", "colleague", True) in by_record
        assert ("Dene Walsh", "Changed", "colleague", True) in by_record
        assert ("Dean Walsh", "Added", "officer", False) in by_record
        assert ("Dean Walsh", "Changed", "officer", False) in by_record
        assert any("phone: 07700 900123 → 07700 900999" in h.summary for h in history)
        assert [h.summary for h in history if h.merged and h.action == "Changed"][0] == (
            "merged into another record")
        assert uow.session.scalar(select(Person.merged_into_id).where(Person.id == gone.id)) == keep.id
        # A merged-away record cannot be searched for, edited or merged again.
        assert svc.list_people(uow, "dene") == [svc.get_person(uow, keep.id)]
    with store.unit_of_work() as uow, pytest.raises(JagdeskError, match="already merged"):
        svc.merge_people(uow, keep.id, gone.id, None, None)


def test_merging_a_record_with_merges_repoints_them_and_delete_takes_them_along(store: Store) -> None:
    a = add(store, PersonInput("Adams", "Kelly"))
    b = add(store, PersonInput("Adams", "Kelley"))
    c = add(store, PersonInput("Adams", "Kel"))
    with store.unit_of_work() as uow:
        b = svc.merge_people(uow, b.id, a.id, b.version, a.version)
    with store.unit_of_work() as uow:
        c = svc.merge_people(uow, c.id, b.id, c.version, b.version)
    with store.unit_of_work() as uow:
        pointers = dict(uow.session.execute(select(Person.id, Person.merged_into_id)).all())
        assert pointers == {a.id: c.id, b.id: c.id, c.id: None}
        titles = {h.record_title for h in svc.person_history(uow, c.id)}
        assert titles == {"Kelly Adams", "Kelley Adams", "Kel Adams"}
        svc.delete_person(uow, c.id, c.version)
    with store.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Person)) == 0
        # The trail still knows every record that was merged into the deleted one.
        assert {h.record_title for h in svc.person_history(uow, c.id)} == titles
        # Undo brings the merged records back with it, still merged.
        undo_delete(uow, "person", c.id)
    with store.unit_of_work() as uow:
        assert dict(uow.session.execute(select(Person.id, Person.merged_into_id)).all()) == pointers


def test_merge_refusals_change_nothing(store: Store) -> None:
    a = add(store, PersonInput("Adams", "Kelly"))
    b = add(store, PersonInput("Adams", "Kelley"))
    with store.unit_of_work() as uow, pytest.raises(ValidationError, match="into itself"):
        svc.merge_people(uow, a.id, a.id, a.version, a.version)
    with store.unit_of_work() as uow:
        svc.save_person(uow, PersonInput("Adams", "Kelley", phone="01923 111111"), b.id, b.version)
    with store.unit_of_work() as uow, pytest.raises(ConflictError):
        svc.merge_people(uow, a.id, b.id, a.version, b.version)
    with store.unit_of_work() as uow:
        assert len(svc.list_people(uow)) == 2
