"""The window's pages, listed once (no Qt here: `ifdesk gui --view` reads it before Qt is imported).

PAGES are the navigation's entries, in order (Alt+1…); VIEWS the names `ifdesk gui --screenshot --view`
accepts: every page, plus the identity dialog and the office's review panel."""

PAGES = ["companies", "diagnostics", "diagnostic", "report", "sync", "dashboard", "settings"]
VIEWS = [*PAGES, "identity", "review"]
