"""Information governance: the retention review (keep, anonymise, erase) and subject access requests."""
