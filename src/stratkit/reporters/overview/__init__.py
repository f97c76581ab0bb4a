"""reporters/overview"""
