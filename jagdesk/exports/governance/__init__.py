"""The documents of information governance: a subject access disclosure as PDF and JSON."""
