"""The workspace: one SQLite file through sqlite-utils, migrations, repositories."""

from .workspace import Workspace, open_workspace  # noqa: F401
