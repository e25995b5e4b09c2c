"""The shipped référentiels, installed as the package `ifdesk.referentiel` (see README.md here)."""
