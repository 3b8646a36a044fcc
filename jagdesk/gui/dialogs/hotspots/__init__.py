"""Dialogs for hotspots: the hotspot, a change of status, a visual audit, engagement, and a hotspot
made from the finder's candidate."""
