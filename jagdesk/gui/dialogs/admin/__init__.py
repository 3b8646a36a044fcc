"""Dialogs for opening and starting a store: its passphrase, and how a new store begins."""
