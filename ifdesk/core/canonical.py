"""Canonical JSON: the one serialisation whose bytes are signed and hashed.

Keys sorted, no whitespace, UTF-8 without \\u escapes. A référentiel's SHA-256, a diagnostic's content
hash, a bundle's manifest and payloads and an identity card's signature all depend on these bytes
being identical everywhere: this is the only place that writes them (tests/test_house.py pins the
bytes of a known object)."""
from __future__ import annotations

import json
from typing import Any


def canonical_json(obj: Any) -> bytes:
    """`obj` (JSON types only) as canonical UTF-8 bytes."""
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
