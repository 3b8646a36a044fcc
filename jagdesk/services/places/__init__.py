"""Places and crime: ward and LSOA boundaries, police.uk crime imports, crime areas and figures, the
offline map's layers, the gazetteer and postcodes."""
