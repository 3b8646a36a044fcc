"""The people register (people) and what links to a person (links)."""
