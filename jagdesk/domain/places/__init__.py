"""Places: grid references, areas, shapes, streets and postcodes."""
