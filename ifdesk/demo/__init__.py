"""Realistic, reproducible sample data (`ifdesk demo`)."""

from .generate import DemoReport, fill  # noqa: F401
