"""The regional office: aggregates for the dashboard and `stats`, tables for `office export`.

Uses core and store, never Qt. Every aggregate reads the fact tables kept by `facts`:
`prepare(ws)` brings them up to date (run it after an import, or let `dashboard()` do it),
`dashboard(ws, Filters.parse(...))` returns every aggregate at once. See docs/office.md.
"""

from .aggregates import Dashboard, dashboard, filter_choices, prepare  # noqa: F401
from .filters import Filters  # noqa: F401
