"""reporters/diagnostics"""
