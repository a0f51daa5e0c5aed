"""The vesting contract kind."""
