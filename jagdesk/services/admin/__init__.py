"""Looking after a store: counts and the integrity check (maintenance), backups and restores
(safekeeping), copying to another store (transfer), and the kinds `jagdesk list` shows (listing).
Admin may use any feature; no feature imports admin."""
