"""The files `stratkit init` writes into a new strategy repository (see stratkit.cli.scaffold).

They are kept as files, not strings in code, so that they read exactly as the user will see
them. Words between @ signs are filled in when the files are written.

Each file comes in the three languages of `stratkit init`: the example strategy as exempel.yaml,
esimerkki.yaml and example.yaml; the others with Swedish comments under their plain name
(stratkit.toml) and with Finnish or English comments under .fi or .en before the ending
(stratkit.fi.toml, stratkit.en.toml). Apart from the comments the three are the same.
"""
