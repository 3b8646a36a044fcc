"""The dashboard page: what needs attention across the partnership."""
