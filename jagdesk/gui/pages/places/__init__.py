"""The map page and the crime statistics page."""
