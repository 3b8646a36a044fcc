"""The meeting pack: what its public version leaves out."""
