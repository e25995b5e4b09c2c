"""The program's own files (translations, fonts, icons, styles), installed as the package `ifdesk.resources`."""
