"""The dialogs, by feature as in services/: the record forms are laid out in Qt Designer (forms/,
compiled into gui/forms/); `common` holds the record dialog they share, the About box and help."""
