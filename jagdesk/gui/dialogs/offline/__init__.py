"""The take-out dialogs: taking a locality out for a meeting, checking it back in, its conflicts."""
