"""What every page shares: the page base with its lifecycle, the undo of deletes, and the page of two
related tables."""
