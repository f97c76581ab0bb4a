"""reporters/diff"""
