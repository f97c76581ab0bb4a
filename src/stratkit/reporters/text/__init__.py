"""reporters/text"""
