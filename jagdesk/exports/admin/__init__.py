"""Files written from the store's administration: the audit and access logs as CSV."""
