"""The escrow contract kind."""
