"""The window's pages, listed once (no Qt here: `ifdesk gui --view` reads it before Qt is imported).

PAGES are the navigation's entries, in order (Alt+1…8); VIEWS the names `ifdesk gui --screenshot --view`
accepts: every page, plus the identity dialog and the office's review panel. PAGE_ROLES: the roles a page
makes sense for (a page not listed is for every role); the window hides the others."""

PAGES = ["companies", "diagnostics", "diagnostic", "report", "sync", "dashboard", "settings", "register"]
VIEWS = [*PAGES, "identity", "review"]
PAGE_ROLES = {"companies": {"expert", "office"}, "diagnostic": {"expert", "office"}, "register": {"national"}}
