"""Public reference lists kept as data (regions, NAF divisions), loaded once."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from ..i18n import _
from .errors import ValidationError
from .package_data import data_text


@cache
def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(data_text(name))
    return data


def current_regions() -> list[dict[str, Any]]:
    """The 18 regions in force since 2016, as {code, name}."""
    return list(_load("regions.json")["current"])


def all_regions() -> dict[str, dict[str, Any]]:
    data = _load("regions.json")
    out = {r["code"]: dict(r, current=False) for r in data["before_2016"]}
    out.update({r["code"]: dict(r, current=True) for r in data["current"]})
    return out


def region_name(code: str) -> str | None:
    r = all_regions().get(code)
    return r["name"] if r else None


def successor_region(code: str) -> str:
    """A pre-2016 region code → the region it merged into (issue 14: counted there); others unchanged."""
    if not _SUCCESSORS:
        _SUCCESSORS.update({c: (r.get("successor") or c) if not r["current"] else c for c, r in all_regions().items()})
    return _SUCCESSORS.get(code, code)


_SUCCESSORS: dict[str, str] = {}  # the reference data never changes while running


def region_and_predecessors(code: str) -> list[str]:
    """A region in force and the pre-2016 codes it succeeded (a former code: itself only)."""
    return [code] + sorted(c for c, r in all_regions().items() if not r["current"] and r.get("successor") == code)


def normalize_region(raw: str, allow_former: bool = False) -> str:
    """An INSEE region code; `5` → `05` is not guessed, but `1` → `01` (overseas) is."""
    code = (raw or "").strip()
    if code.isdigit() and len(code) == 1:
        code = "0" + code
    regions = all_regions()
    r = regions.get(code)
    if r is None:
        raise ValidationError(_("Région inconnue : « {raw} » n'est pas un code de région INSEE (par ex. 84 pour Auvergne-Rhône-Alpes).", raw=raw), "region")
    if not r["current"] and not allow_former:
        succ = str(r.get("successor"))
        raise ValidationError(
            _("Région {code} ({name}) n'existe plus depuis 2016 : utilisez {succ} ({succ_name}).",
              code=code, name=r["name"], succ=succ, succ_name=regions[succ]["name"]), "region")
    return code


def naf_divisions() -> dict[str, str]:
    return dict(_load("naf_divisions.json")["divisions"])


def naf_division_name(division: str) -> str | None:
    name: str | None = _load("naf_divisions.json")["divisions"].get(division)
    return name
