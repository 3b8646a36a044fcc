"""Dialogs for the partnership's reference data: agencies, contacts, localities and wards."""
