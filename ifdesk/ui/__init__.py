"""The desktop window (PySide6). The only package of ifdesk that imports Qt.

Layout: `app.py` starts the application, `ops.py` runs database work on one worker thread,
`models.py` holds the table models, `views/` the pages, `radar.py` the chart.
"""

from .qt_compat import guard_singletons

guard_singletons()  # before any Qt call: see qt_compat.py
