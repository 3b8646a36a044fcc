"""Meeting documents: the minutes in Word, the calendar file, and the action log in Word, PDF and
CSV."""
