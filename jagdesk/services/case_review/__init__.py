"""ASB case reviews (the Community Trigger): applications from receipt to the published figures."""
