"""Pure rules and value types of community safety work: no Qt, no SQL."""
