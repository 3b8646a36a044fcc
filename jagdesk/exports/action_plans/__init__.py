"""The action plan as a landscape table in Word and PDF, and the wording both print."""
