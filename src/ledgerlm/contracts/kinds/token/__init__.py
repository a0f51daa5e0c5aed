"""The token contract kind."""
