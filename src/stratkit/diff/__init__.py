"""Comparisons: a strategy's state in two years, and the strategy files in two revisions."""
