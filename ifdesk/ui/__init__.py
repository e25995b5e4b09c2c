"""The desktop window (PySide6). The only package of ifdesk that imports Qt.

Layout: `app.py` starts the application, `ops.py` runs database work on one worker thread,
`models.py` holds the table models, `views/` the pages, `radar.py` the chart, `pages.py` the list of
pages (no Qt: the CLI reads it).
"""
