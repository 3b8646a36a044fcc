"""Hotspots: the records and their status (hotspots), work done at them (activity), and the hotspot
finder that proposes new ones from the crime data (finder)."""
