"""No save without its version: every use case that writes takes the version its data was read at.

The services are walked, not listed: a public function of a jagdesk.services module whose first
parameter is a UnitOfWork writes when it commits, or calls (directly or further down) a service
function that does. Each writer must take the version it was read at (expected_version, or a named
version such as plan_version or keep_version) unless it is on ALLOWED, with the reason it cannot
overwrite anyone's newer change.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import textwrap
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import jagdesk.services
from jagdesk.store.uow import UnitOfWork

Key = tuple[str, str]  # (module, function)

# Writers that need no version, each with why a reading made earlier cannot overwrite a newer one.
ALLOWED: dict[str, str] = {
    "action_plans.plans.add_item": "appends a new item to its theme; the plan's version moves on",
    "action_plans.plans.add_theme": "adds a new theme; the plan's version moves on",
    "action_plans.plans.start_next_year": "creates next year's plan, refused when it exists already",
    "undo.undo_delete": "puts back deleted records as they were, refused when they are back",
    "cctv.authorisations.add_application": "creates a new application under a URN never used before",
    "cctv.camera_import.import_cameras": "saves what a camera list says, not an earlier reading",
    "cctv.deployments.request_deployment": "creates a new deployment with the next reference",
    "cctv.deployments.set_criteria": "replaces the whole checklist with the list given",
    "cctv.footage.add_footage_request": "creates a new footage request",
    "cctv.ripa_import.import_register": "adds the authorisations of a file, refused for a URN in use",
    "case_review.import_log.import_case_reviews":
        "adds the applications of an earlier log, refused when one is in the store already",
    "asb.importing.import_interventions": "adds the interventions a register file holds",
    "demo.load.load_demo": "fills an empty store, refused when it has records",
    "governance.erase.anonymise_record":
        "decides on the record as it is now, due for review, read in the same unit of work",
    "governance.erase.erase_record":
        "decides on the record as it is now, due for review, read in the same unit of work",
    "governance.retention.keep_record": "adds a new keep decision on the record as it is now",
    "governance.requests.record_request": "records a new subject access request",
    "governance.settings.save_retention_years":
        "the command line reads and saves the periods in one unit of work; no page edits them",
    "demo.places.add_demo_hotspots": "adds new demo hotspots, refused when one is there already",
    "hotspots.finder.make_hotspot": "creates a new hotspot from a finder's candidate",
    "meetings.actions.add_meeting_action": "creates a new action with the next reference",
    "meetings.agenda_builder.add_proposals":
        "appends new items, skipping those on the agenda; the meeting's version moves on",
    "meetings.items.add_item": "appends a new item to the agenda; the meeting's version moves on",
    "meetings.items.new_problem_solving_agenda":
        "appends the triangle's items not on the agenda yet; the meeting's version moves on",
    "meetings.items.restore_item":
        "puts a deleted item back as it was (Ctrl+Z), refused when it is back; the meeting's "
        "version moves on",
    "meetings.types.list_meeting_types": "writes the default meeting types only to a store with none",
    "meetings.write.add_attendee":
        "appends one person, refused when listed already; the meeting's version moves on",
    "meetings.write.new_meeting": "creates a new meeting with its invited members and opening item",
    "places.boundaries.import_boundaries": "saves what a boundary file says, not an earlier reading",
    "places.postcodes.import_postcodes":
        "replaces the postcodes with what the files say, not an earlier reading",
    "places.crime_import.import_police_uk": "adds the crimes of a police.uk file, not an earlier reading",
    "places.crime_import.import_police_uk_files":
        "adds the crimes of police.uk files, not an earlier reading",
    "problem_solving.actions.add_update": "adds a new dated update to an action",
    "problem_solving.links.link_person":
        "adds a new link, refused when the person is linked on that side already",
    "problem_solving.links.unlink_person": "deletes one link, whose side and role are never edited",
}


def _modules() -> Iterator[ModuleType]:
    for found in pkgutil.walk_packages(jagdesk.services.__path__, f"{jagdesk.services.__name__}."):
        yield importlib.import_module(found.name)


def _short(module: str) -> str:
    """A services module's name below jagdesk.services: meetings.write, demo.load."""
    return module.removeprefix(f"{jagdesk.services.__name__}.")


def _service_key(target: Any) -> Key | None:
    """The (module, name) of a function defined in a services module, else None."""
    module = getattr(target, "__module__", "") or ""
    if inspect.isfunction(target) and module.startswith(f"{jagdesk.services.__name__}."):
        return _short(module), target.__name__
    return None


def _calls(module: ModuleType, function: ast.AST) -> tuple[bool, set[Key]]:
    """Whether `function` calls .commit() itself, and the service functions it calls."""
    commits = False
    callees: set[Key] = set()
    for node in ast.walk(function):
        if not isinstance(node, ast.Call):
            continue
        call = node.func
        target: Any = None
        if isinstance(call, ast.Attribute):
            commits |= call.attr == "commit"
            owner = module.__dict__.get(call.value.id) if isinstance(call.value, ast.Name) else None
            if isinstance(owner, ModuleType):
                target = getattr(owner, call.attr, None)
        elif isinstance(call, ast.Name):
            target = module.__dict__.get(call.id)
        key = _service_key(target)
        if key is not None:
            callees.add(key)
    return commits, callees


# Writers that only add to the access log, an append-only record of who looked at or printed what:
# nothing a colleague saved can be overwritten by them, so neither they nor their callers need a version.
APPEND_ONLY: set[Key] = {("common.access", "record_access"), ("common.access", "record_export")}


def _writers() -> set[Key]:
    """Every service function that commits, or calls one that does (however deep)."""
    commits: set[Key] = set()
    calls: dict[Key, set[Key]] = {}
    for module in _modules():
        short = _short(module.__name__)
        tree = ast.parse(textwrap.dedent(inspect.getsource(module)))
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                itself, callees = _calls(module, node)
                calls[(short, node.name)] = callees
                if itself:
                    commits.add((short, node.name))
    writers = commits - APPEND_ONLY
    while True:
        more = {key for key, callees in calls.items() if key not in writers and callees & writers}
        if not more:
            return writers
        writers |= more


def _use_cases() -> Iterator[tuple[str, Callable[..., Any], list[inspect.Parameter]]]:
    """Every public function of the services whose first parameter is a UnitOfWork."""
    for module in _modules():
        short = _short(module.__name__)
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or function.__module__ != module.__name__:
                continue
            # Annotations as written: a module may name some types for the type checker alone.
            parameters = list(inspect.signature(function).parameters.values())
            if parameters and parameters[0].annotation in (UnitOfWork, "UnitOfWork"):
                yield f"{short}.{name}", function, parameters


def _takes_a_version(parameters: list[inspect.Parameter]) -> bool:
    return any(p.name == "expected_version" or p.name.endswith("_version") for p in parameters)


def test_the_walk_finds_the_writers_it_should() -> None:
    """A check on the detection itself: readers are not writers; commits found through helpers."""
    writers = {f"{module}.{name}" for module, name in _writers()}
    use_cases = {name for name, _f, _p in _use_cases()}
    assert {"meetings.write.set_attendance", "meetings.items.move_item", "problem_solving.cases.save_case",
            "reference.agencies.delete_agency"} <= writers & use_cases  # the last through delete_unused
    assert not {"meetings.read.get_meeting", "problem_solving.cases.list_cases", "meetings.items.stage_item",
                "action_plans.plans.get_plan"} & writers


def test_every_service_that_writes_takes_the_version_it_was_read_at() -> None:
    writers = {f"{module}.{name}" for module, name in _writers()}
    without = sorted(name for name, _function, parameters in _use_cases()
                     if name in writers and not _takes_a_version(parameters) and name not in ALLOWED)
    assert without == [], (
        "These services write without the version their data was read at, so a colleague's newer "
        "save would be overwritten: give each an expected_version (or the parent's version, for a "
        f"list) checked with load_for_change, or add it to ALLOWED with the reason: {without}")


def test_the_allow_list_names_only_writers_without_a_version() -> None:
    """An entry for a function gone, renamed, no longer writing or now versioned is removed."""
    writers = {f"{module}.{name}" for module, name in _writers()}
    unversioned = {name for name, _function, parameters in _use_cases()
                   if name in writers and not _takes_a_version(parameters)}
    assert sorted(set(ALLOWED) - unversioned) == []
    assert all(reason.strip() for reason in ALLOWED.values())
