"""The action plans page: plans, their themes and items, and each item's quarters."""
