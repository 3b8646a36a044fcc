"""What every writer shares: fonts and right-to-left text, the marked PDF canvas and tables, the Word
document, styles, tables and text, CSV, atomic file writes and the sheets' wording."""
