"""CCTV documents: the RIPA central record as PDF and CSV."""
