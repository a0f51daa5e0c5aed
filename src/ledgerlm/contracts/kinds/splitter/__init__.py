"""The splitter contract kind."""
