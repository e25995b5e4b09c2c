"""The regional office: aggregates for the dashboard and `stats`, tables for `office export`.

Uses core and store, never Qt. Every aggregate reads the fact tables kept by `facts`.
"""

from .filters import Filters  # noqa: F401
