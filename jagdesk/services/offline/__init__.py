"""Taking a locality out of the shared store onto a laptop, and checking it back in."""
