"""What every dialog shares: the record dialog and its fields, the About box and the help."""
