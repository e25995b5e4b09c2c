"""Public financing schemes printed in the report (« Financements mobilisables »), kept as data.

The shipped list is `data/financing.json`; an office (or an expert) replaces it by putting its own
`financing.json` in the workspace folder (same shape). Each scheme: name, body, what it funds, link.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from ..i18n import _
from .errors import ValidationError
from .package_data import data_text

MAX_SCHEMES = 30
_LINK = re.compile(r"^https://[^\s\"'<>\\]+$")  # printed as a link: no quote, space or markup
MAX_TEXT = 600


@dataclass(frozen=True)
class Scheme:
    name: str
    body: str
    funds: str
    link: str = ""


def parse(raw: str, origin: str) -> list[Scheme]:
    """Schemes from JSON text; a ValidationError names the file and the faulty entry."""
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise ValidationError(_("{f} : JSON invalide ({e}).", f=origin, e=str(exc)[:120])) from None
    items = data.get("schemes") if isinstance(data, dict) else None
    if not isinstance(items, list) or len(items) > MAX_SCHEMES:
        raise ValidationError(_("{f} : une liste « schemes » d'au plus {n} dispositifs est attendue.", f=origin,
                                n=MAX_SCHEMES))
    out = []
    for i, it in enumerate(items):
        ok = isinstance(it, dict) and all(isinstance(it.get(k, ""), str) and len(it.get(k, "")) <= MAX_TEXT
                                          for k in ("name", "body", "funds", "link"))
        link = it.get("link", "") if ok else ""
        if not ok or not it.get("name", "").strip() or (link and not _LINK.match(link)):
            raise ValidationError(_("{f} : dispositif n° {i} invalide (name, body, funds : textes ; link : https://…).",
                                    f=origin, i=i + 1))
        out.append(Scheme(it["name"].strip(), it.get("body", "").strip(), it.get("funds", "").strip(), link.strip()))
    return out


def shipped() -> list[Scheme]:
    return parse(data_text("financing.json"), "financing.json")


def load(workspace_folder: Path | None = None) -> list[Scheme]:
    """The workspace's own `financing.json` when there is one, else the shipped list."""
    if workspace_folder is not None:
        own = Path(workspace_folder) / "financing.json"
        if own.is_file():
            return parse(own.read_text("utf-8"), str(own))
    return shipped()
