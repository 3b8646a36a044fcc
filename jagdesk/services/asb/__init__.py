"""The ASB interventions register: warning letters, ABCs, orders and notices, breaches, letters, figures."""
