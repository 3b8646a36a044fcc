"""The check of the public meeting pack before it is written."""
