"""The pages of the store's administration: the Audit page."""
