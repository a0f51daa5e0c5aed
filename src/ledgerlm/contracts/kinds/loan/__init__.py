"""The loan contract kind."""
