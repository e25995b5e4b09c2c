"""ifdesk — diagnostics de maturité « Industrie du Futur », hors ligne."""

__version__ = "0.1.0"
APP_NAME = "ifdesk"
