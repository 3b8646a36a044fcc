"""Problem-solving cases: their vocabulary and their rules."""
