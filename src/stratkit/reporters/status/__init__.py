"""reporters/status"""
