"""The files `stratkit init` writes into a new strategy repository (see stratkit.cli.scaffold).

They are kept as files, not strings in code, so that they read exactly as the user will see
them. Words between @ signs are filled in when the files are written.
"""
