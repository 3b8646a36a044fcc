"""What every feature's use cases share: loading records for a change, uniqueness and refusing
deletes in use (records), and references given out in series (references). Nothing here imports a
feature package."""
