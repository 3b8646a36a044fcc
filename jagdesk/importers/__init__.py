"""Readers of outside data: police.uk crime files, boundary GeoJSON, camera lists."""
