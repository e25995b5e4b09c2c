"""The workspace: one SQLite file through sqlite-utils, migrations, repositories."""

from .workspace import Workspace  # noqa: F401
