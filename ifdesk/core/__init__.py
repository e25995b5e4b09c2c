"""Pure domain: no Qt, no SQL. Models, identifiers, the référentiel, scoring, lifecycle."""
