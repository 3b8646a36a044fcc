"""Rules and values every feature shares: field checks, wording, days, months, figures."""
