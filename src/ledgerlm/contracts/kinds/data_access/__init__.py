"""The data_access contract kind."""
