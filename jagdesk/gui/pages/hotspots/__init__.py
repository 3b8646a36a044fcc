"""The hotspots page and the finder page that proposes new hotspots from recorded crime."""
