"""The reference pages: agencies with their contacts, localities with their wards."""
