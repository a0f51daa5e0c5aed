"""The crowdfund contract kind."""
