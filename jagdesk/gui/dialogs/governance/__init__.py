"""The dialogs of information governance: keeping a record at its review, a subject access request."""
