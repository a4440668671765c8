"""Analytics: cross-source tables built by SQL over `claims` and `documents`."""
