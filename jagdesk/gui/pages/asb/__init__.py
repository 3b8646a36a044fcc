"""The ASB tools and powers: the register of interventions with their terms, breaches and letters."""
