"""A meeting's printed pack (pack), as its meeting saw it (as_of), with hotspot sheets (hotspots) and
the earlier minutes and actions (minutes); the public pack (redact) and the fields each record keeps
out of public documents (public_fields)."""
