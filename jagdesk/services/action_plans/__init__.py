"""The JAG's yearly action plans (plans)."""
