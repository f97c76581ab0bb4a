"""`stratkit report`: the follow-up as one accessible HTML page (and PDF) per strategy.

A projection of the status report (progress.rollup.StatusReport), like the status reporters:
`view` builds what is shown, `html` places it with Jinja2 templates (imported only here),
`chart` draws the inline SVG, `pdf` prints the page with a browser found on the machine, and
`site` writes an index, pages and data files for a static web site.
"""
