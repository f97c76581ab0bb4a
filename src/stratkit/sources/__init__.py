"""Statistics sources that `stratkit fetch` asks for new figures: Kolada, SCB, Statistics Finland.

Network code lives here and only here; it is imported only by the commands that need it.
"""
