"""The case sheet in PDF and Word, and the problem-analysis triangle they draw."""
