"""Writers of files for people: CSV tables, Word and PDF documents. No Qt."""
