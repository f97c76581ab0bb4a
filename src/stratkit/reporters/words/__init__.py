"""reporters/words"""
