"""Changes to the plan shown on the action plans page: an item's side form and quarterly updates saved,
and the selected theme or item moved or deleted, each one user action in one unit of work."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jagdesk.errors import JagdeskError, ValidationError
from jagdesk.gui import prompts
from jagdesk.gui.operations import attempt, call, done
from jagdesk.gui.pages.action_plans.plan_tree import first_line
from jagdesk.gui.pages.action_plans.quarter_tab import QuarterTab
from jagdesk.services.action_plans import plans as svc
from jagdesk.services.action_plans import rows as plan_rows
from jagdesk.store.uow import UnitOfWork

if TYPE_CHECKING:
    from jagdesk.gui.pages.action_plans.action_plans_page import ActionPlansPage


class PlanEdits:
    """Saving, moving and deleting in the page's plan."""

    def __init__(self, page: ActionPlansPage) -> None:
        self.page = page

    def save_item(self) -> bool:
        """Save the side form: a new item in its theme, or the selected item's changes."""
        data = plan_rows.ItemInput(**self.page.form.values())
        item, theme_id = self.page.selected_item(), self.page.new_in_theme
        if item is None and theme_id is None:
            return False

        def save(uow: UnitOfWork) -> plan_rows.ItemRow:
            if theme_id is not None:
                return svc.add_item(uow, theme_id, data)
            assert item is not None
            return svc.update_item(uow, item.id, data, item.version)

        try:
            saved = call(self.page.store, save)
        except ValidationError as exc:
            self.page.form.show_errors(exc.errors)
            return False
        except JagdeskError as exc:
            prompts.show_error(self.page, str(exc))
            return False
        self.page.form.saved()
        self.page.new_in_theme = None
        self.page.load_plan(("item", saved.id))
        self.page.tell(f"Saved item {saved.reference}.")
        return True

    def save_update(self, tab: QuarterTab) -> bool:
        """Save one quarter's update of the selected item."""
        item = self.page.selected_item()
        if item is None:
            return False
        values = tab.values()
        try:
            call(self.page.store, lambda uow: svc.set_update(uow, item.id, tab.quarter, values["rag"],
                                                             values["text"], values["written_on"],
                                                             tab.version))
        except ValidationError as exc:
            tab.show_errors(exc.errors)
            return False
        except JagdeskError as exc:
            prompts.show_error(self.page, str(exc))
            return False
        tab.saved()
        self.page.load_plan(("item", item.id))
        self.page.updates.setCurrentIndex(tab.quarter - 1)
        self.page.tell(f"Saved the quarter {tab.quarter} update of {item.reference}.")
        return True

    def move_selected(self, step: int) -> None:
        """Move the selected theme, or item (across into the next theme at either end), by one."""
        item, theme, plan = self.page.selected_item(), self.page.selected_theme(), self.page.plan
        if theme is None or plan is None or not self.page._may_leave():
            return
        if item is None:
            number = theme.number + step
            if 1 <= number <= len(plan.themes):
                attempt(self.page, self.page.store, lambda uow: svc.move_theme(
                    uow, theme.id, number, theme.version, plan_version=plan.version))
            self.page.load_plan(("theme", theme.id))
            return
        place: int | None = item.number + step
        target = theme
        if not 1 <= item.number + step <= len(theme.items):
            # Past either end of its theme: to the end of the theme above, or the top of the next.
            index = plan.themes.index(theme) + step
            if not 0 <= index < len(plan.themes):
                return
            target = plan.themes[index]
            place = None if step < 0 else 1
        moved = attempt(self.page, self.page.store, lambda uow: svc.move_item(
            uow, item.id, target.id, place, item.version, plan_version=plan.version))
        self.page.load_plan(("item", item.id))
        if moved is not None:
            self.page.tell(f"Moved {item.reference} to {moved.reference}.")

    def delete_selected(self) -> None:
        item, theme = self.page.selected_item(), self.page.selected_theme()
        if theme is None:
            return
        if item is not None:
            question = f"Delete item {item.reference} '{first_line(item.objective, 60)}' and its updates?"
            if not prompts.confirm(self.page, question):
                return
            if not done(self.page, self.page.store, lambda uow: svc.delete_item(uow, item.id, item.version)):
                return
            self.page.tell(f"Deleted item {item.reference}; the items after it were renumbered.")
            self.page.load_plan(("theme", theme.id))
            return
        count = len(theme.items)
        extra = f" and its {count} item{'s' if count != 1 else ''} with their updates" if count else ""
        if not prompts.confirm(self.page, f"Delete theme {theme.title}{extra}?"):
            return
        if done(self.page, self.page.store, lambda uow: svc.delete_theme(uow, theme.id, theme.version,
                                                                         with_items=True)):
            self.page.tell(f"Deleted theme {theme.title}; the themes after it were renumbered.")
        self.page.load_plan()
