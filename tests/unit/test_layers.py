"""The layout in ARCHITECTURE.md, checked: the layers across, the features down.

Layers: domain -> store -> services -> exports -> gui and cli (importers beside store, read by services).
Features: domain/, services/, exports/, cli/ and store/models/ are split by feature under one name
in every layer (reference, places, hotspots, problem_solving, people, meetings, action_plans,
dashboard, undo), with shared parts in `common`, looking after the store in `admin` and the demo
partnership in `demo`. The rules:
- domain imports nothing of jagdesk outside domain; nothing outside gui imports PySide6;
- a layer imports only the layers below it (cli and gui may start each other's work lazily: the
  `gui` command and screenshots);
- within a layer, `common` imports no feature; no feature imports `admin` or `demo`; `admin` may use
  any feature, `demo` any feature and `admin`; the features themselves import each other without
  a cycle; the store's table modules import each other without a cycle;
- a feature has a package (or a module) in exports/ or cli/ only where it has such code, and under a
  name that services/ uses for the same feature: exports/ and cli/ invent no names of their own
  beyond their shared parts (exports/common; cli's parser, commands, output, capabilities, exports);
- gui/pages/ is split the same way: a package per feature under the services' names, and `common`
  for the page base and the master-detail page;
- modules stay small: none over 400 lines (the Alembic revisions and generated modules aside);
- one widget, model or page a module in gui/pages, gui/widgets and gui/models (its small value
  types beside it);
- a class lives in one file: no class body declares, for the type checker only, what another file's
  class provides (an `if TYPE_CHECKING:` block in a class), and a page inherits only the page bases
  of gui/pages/common, never a part of itself kept in a sibling module.
"""

from __future__ import annotations

import ast
import importlib
from collections.abc import Iterator
from pathlib import Path

import jagdesk

PACKAGE = Path(jagdesk.__file__).parent

# Each layer and the layers it may import (itself included).
LAYERS: dict[str, set[str]] = {
    "domain": {"domain"},
    "store": {"domain", "store", "errors", "paths"},
    "importers": {"domain", "importers", "errors"},
    "services": {"domain", "store", "importers", "services", "errors", "paths"},
    "exports": {"domain", "store", "exports", "errors", "paths"},
    "cli": {"domain", "store", "importers", "services", "exports", "cli", "errors", "paths", "gui"},
    "gui": {"domain", "store", "importers", "services", "exports", "gui", "errors", "paths", "cli"},
}
SHARED = "common"
TOP = {"admin": {"admin"}, "demo": {"admin", "demo"}}  # what each may import beside the features
CLI_PARTS = {"__init__", "__main__", "capabilities", "commands", "exports", "output", "parser",
             "progress"}
MAX_LINES = 400
GENERATED = ("store/migrations", "gui/forms")  # Alembic revisions; forms compiled from .ui files
# Modules still over MAX_LINES, each to be split by what it does; none may be added to this list.
LONG_MODULES: set[str] = set()


def _modules(under: Path = PACKAGE) -> Iterator[tuple[str, Path]]:
    for path in sorted(under.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        yield ".".join(parts[:-1] if parts[-1] == "__init__" else parts), path


def _imports(path: Path) -> Iterator[str]:
    """Every module a file imports, at the top, inside functions or for type checking only."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


def _existing(name: str) -> bool:
    relative = Path(*name.split(".")[1:])
    return (PACKAGE / relative).with_suffix(".py").is_file() or (PACKAGE / relative / "__init__.py").is_file()


def _feature(name: str, layer: str) -> str | None:
    """The feature (first name below the layer) of a jagdesk module, or None."""
    parts = name.split(".")
    if len(parts) < 3 or parts[:2] != ["jagdesk", layer]:
        return None
    return parts[2]


def _feature_graph(layer: str) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for name, path in _modules(PACKAGE / layer):
        source = _feature(name, layer)
        if source is None:
            continue
        targets = graph.setdefault(source, set())
        for imported in _imports(path):
            target = _feature(imported, layer)
            if target is not None and target != source and _existing(imported):
                targets.add(target)
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    """One cycle of the graph, or []."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt):], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return []

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return []


def test_domain_imports_nothing_of_jagdesk_outside_domain() -> None:
    wrong = sorted(f"{name} imports {imported}" for name, path in _modules(PACKAGE / "domain")
                   for imported in _imports(path)
                   if imported.startswith("jagdesk") and not imported.startswith("jagdesk.domain"))
    assert wrong == []


def test_nothing_outside_gui_imports_pyside6() -> None:
    wrong = sorted(f"{name} imports {imported}" for name, path in _modules()
                   if not name.startswith("jagdesk.gui")
                   for imported in _imports(path) if imported.split(".")[0] == "PySide6")
    assert wrong == []


def test_each_layer_imports_only_the_layers_below_it() -> None:
    wrong = []
    for name, path in _modules():
        layer = name.split(".")[1] if name.count(".") else ""
        allowed = LAYERS.get(layer)
        if allowed is None:
            continue
        for imported in _imports(path):
            parts = imported.split(".")
            if (parts[0] == "jagdesk" and len(parts) > 1 and _existing(".".join(parts[:2]))
                    and parts[1] not in allowed):
                wrong.append(f"{name} imports {imported}")
    assert sorted(set(wrong)) == []


def test_the_gui_and_the_cli_reach_each_other_only_lazily() -> None:
    """`jagdesk gui` and `jagdesk screenshots` open the GUI; the GUI starts from cli.main's handlers.
    Neither imports the other at the top of a module, so each loads without the other."""
    wrong = []
    for layer, other in (("cli", "jagdesk.gui"), ("gui", "jagdesk.cli")):
        for name, path in _modules(PACKAGE / layer):
            for node in ast.parse(path.read_text(encoding="utf-8")).body:
                if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(other):
                    wrong.append(f"{name} imports {node.module}")
    assert wrong == []


def test_features_import_each_other_without_cycles() -> None:
    for layer in ("domain", "services", "exports", "cli"):
        graph = _feature_graph(layer)
        assert graph.get(SHARED, set()) == set(), f"{layer}/{SHARED} imports a feature"
        top = {feature for feature in graph if feature in TOP}
        for feature, targets in graph.items():
            if feature in TOP:
                assert targets & set(TOP) <= TOP[feature], f"{layer}/{feature} imports {targets}"
            else:
                assert not targets & set(TOP), f"{layer}/{feature} imports {sorted(targets & set(TOP))}"
        features = {f: t - top - {SHARED} for f, t in graph.items() if f not in top and f != SHARED}
        assert _cycle(features) == [], f"a cycle between the feature packages of {layer}/"


def test_the_store_tables_import_each_other_without_cycles() -> None:
    models: dict[str, set[str]] = {}
    for name, path in _modules(PACKAGE / "store" / "models"):
        parts = name.split(".")
        if len(parts) == 4:
            models[parts[3]] = {imported.split(".")[3] for imported in _imports(path)
                                if imported.startswith("jagdesk.store.models.") and _existing(imported)}
    assert _cycle({m: t - {m} for m, t in models.items()}) == []


def _names(layer: str) -> set[str]:
    return {path.stem if path.is_file() else path.name for path in (PACKAGE / layer).iterdir()
            if (path.suffix == ".py" or (path / "__init__.py").is_file()) and path.stem != "__init__"}


def test_every_layer_uses_the_feature_names_of_the_services() -> None:
    services = _names("services")
    assert _names("domain") - {SHARED} <= services
    assert _names("store/models") - {"audit"} <= services  # the audit trail is the store's own
    assert _names("exports") - {SHARED} <= services
    assert _names("cli") - CLI_PARTS <= services


def test_a_feature_package_holds_code() -> None:
    """No empty feature packages kept for symmetry: a package is there only with modules in it."""
    empty = sorted(str(folder.relative_to(PACKAGE)) for layer in ("domain", "services", "exports", "cli")
                   for folder in (PACKAGE / layer).rglob("*")
                   if (folder / "__init__.py").is_file()
                   and not [p for p in folder.iterdir() if p.name != "__init__.py" and p.suffix == ".py"]
                   and not [p for p in folder.iterdir() if (p / "__init__.py").is_file()])
    assert empty == []


def test_the_gui_pages_and_dialogs_use_the_feature_names_of_the_services() -> None:
    assert _names("gui/pages") - {SHARED} <= _names("services")
    assert _names("gui/dialogs") - {SHARED} <= _names("services")
    assert _names("gui/forms") - {SHARED} <= _names("gui/dialogs")


def test_no_module_is_over_400_lines() -> None:
    long = {str(path.relative_to(PACKAGE)) for path in PACKAGE.rglob("*.py")
            if not str(path.relative_to(PACKAGE)).startswith(GENERATED)
            and len(path.read_text(encoding="utf-8").splitlines()) > MAX_LINES}
    assert long - LONG_MODULES == set()


def test_no_class_declares_what_another_file_provides() -> None:
    """A class split over files shows as attributes and methods declared in an `if TYPE_CHECKING:`
    block of its body, standing in for the class in the other file that provides them."""
    wrong = []
    for name, path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                wrong += [f"{name}.{node.name}" for item in node.body
                          if isinstance(item, ast.If) and "TYPE_CHECKING" in ast.unparse(item.test)]
    assert wrong == []


def test_a_page_inherits_only_the_page_bases() -> None:
    """A page is one class in one file: its bases are the page bases of gui/pages/common (or Qt's),
    never a part of the page itself kept in another module of its feature."""
    from jagdesk.gui.pages.common.page import Page

    wrong = []
    for name, _path in _modules(PACKAGE / "gui" / "pages"):
        module = importlib.import_module(name)
        for cls in vars(module).values():
            if isinstance(cls, type) and cls.__module__ == name and issubclass(cls, Page):
                wrong += [f"{name}.{cls.__name__} inherits {base.__module__}.{base.__name__}"
                          for base in cls.__bases__ if base.__module__.startswith("jagdesk.")
                          and not base.__module__.startswith("jagdesk.gui.pages.common.")]
    assert wrong == []


def test_one_widget_or_model_a_module() -> None:
    """In gui/pages, gui/dialogs, gui/widgets and gui/models a module holds one Qt class (a widget,
    a dialog, a model, a scene item), beside the small value types and functions it uses."""
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QGraphicsItem

    crowded = {}
    for folder in ("pages", "dialogs", "widgets", "models"):
        for name, _path in _modules(PACKAGE / "gui" / folder):
            module = importlib.import_module(name)
            qt = sorted(cls.__name__ for cls in vars(module).values()
                        if isinstance(cls, type) and cls.__module__ == name
                        and issubclass(cls, QObject | QGraphicsItem))
            if len(qt) > 1:
                crowded[name] = qt
    assert crowded == {}
