"""The main window's pages, each built the first time it is wanted: shown, looked up by class, or
loaded in the background once the window has painted. The window thus paints with its first page
alone, instead of after building every page (and importing every page's module) up front."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast, overload

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from jagdesk.gui.pages.common.page import Page

if TYPE_CHECKING:
    from jagdesk.store.opening import Store

P = TypeVar("P", bound=Page)


class LazyPages(Sequence[Page]):
    """The pages in sidebar order, as ("title", "package.module:Class") until each is built; the
    stack holds an empty stand-in at each page's place until then."""

    def __init__(self, store: Store, entries: Sequence[tuple[str, str]], stack: QStackedWidget,
                 built: Callable[[Page], None]) -> None:
        self.store = store
        self.titles = [title for title, _ in entries]
        self.paths = [path for _, path in entries]
        self.stack = stack
        self._built = built
        self._pages: list[Page | None] = [None] * len(entries)
        self.loading = QLabel()  # for the status bar: the pages still loading
        self.loading.setVisible(False)
        for _ in entries:
            stack.addWidget(QWidget())

    def __len__(self) -> int:
        return len(self._pages)

    @overload
    def __getitem__(self, row: int) -> Page: ...

    @overload
    def __getitem__(self, row: slice) -> list[Page]: ...

    def __getitem__(self, row: int | slice) -> Page | list[Page]:
        if isinstance(row, slice):
            return [self[i] for i in range(*row.indices(len(self)))]
        return self.build(row if row >= 0 else len(self) + row)

    def __iter__(self) -> Iterator[Page]:
        return (self.build(row) for row in range(len(self)))

    def index(self, page: object, start: int = 0, stop: int | None = None) -> int:
        """The row of a page already built (a page not built yet cannot be held by anyone)."""
        for row, built in enumerate(self._pages[start:stop], start=start):
            if built is page:
                return row
        raise ValueError("not one of the window's pages")

    def is_built(self, row: int) -> bool:
        return self._pages[row] is not None

    def built(self) -> list[Page]:
        """The pages built so far, in sidebar order."""
        return [page for page in self._pages if page is not None]

    def waiting(self) -> list[str]:
        """The titles of the pages not built yet."""
        return [title for title, page in zip(self.titles, self._pages, strict=True) if page is None]

    def build(self, row: int) -> Page:
        """The page at the row, built now if it was not."""
        page = self._pages[row]
        if page is None:
            module, _, name = self.paths[row].partition(":")
            kind: Callable[[Store], Page] = getattr(importlib.import_module(module), name)
            page = kind(self.store)
            self._pages[row] = page
            stand_in = self.stack.widget(row)
            assert stand_in is not None
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self._built(page)
            self._show_loading()
        return page

    def named(self, title: str) -> Page:
        """The page with the title, built now if it was not."""
        return self.build(self.titles.index(title))

    def load_rest(self) -> None:
        """Build the pages not built yet, one each turn of the event loop so the window answers
        in between, the status bar saying which are still loading."""
        waiting = self.waiting()
        if waiting:
            self._show_loading()
            self.named(waiting[0])
            QTimer.singleShot(0, self.load_rest)

    def _show_loading(self) -> None:
        waiting = self.waiting()
        named = ", ".join(waiting[:3]) + (f" and {len(waiting) - 3} more" if len(waiting) > 3 else "")
        self.loading.setText(f"Loading pages: {named}…" if waiting else "")
        self.loading.setVisible(bool(waiting))

    def of(self, kind: type[P]) -> P:
        """The page of the given class, built now if it was not."""
        path = f"{kind.__module__}:{kind.__qualname__}"
        if path in self.paths:
            page = self.build(self.paths.index(path))
        else:  # a base class: the first page that is one
            page = next(page for page in self if isinstance(page, kind))
        assert isinstance(page, kind)
        return page


class NamedPage(Generic[P]):
    """A window's attribute for one of its pages, by title: the page, built when first read."""

    def __init__(self, title: str) -> None:
        self.title = title

    def __get__(self, window: Any, owner: type | None = None) -> P:
        pages: LazyPages = window.pages
        return cast(P, pages.named(self.title))
