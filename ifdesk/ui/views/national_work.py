"""Workspace work of the national pages (register, offices, objectives) and of the office's « Transmettre au
national… »: plain functions run on the worker thread, calling the same code as the CLI."""

from __future__ import annotations

from ...bundle import (office_forward, register_add, register_info, register_list, register_publish,
                       register_remove, trust_list)
from ...bundle.forward import set_office_region
from ...core.reference_data import normalize_region, region_name
from ...office import aggregates, national
from ...office.filters import Filters
from ...store import national as nstore


def load_register(ws) -> dict:
    offices = {o["office_key_id"]: o for o in nstore.offices_received(ws.db)}
    rows = []
    for r in trust_list(ws):
        if r["role"] != "office":
            continue
        got = offices.get(r["key_id"])
        rows.append(r | {"region_name": region_name(r["region"]) if r.get("region") else "",
                         "programmes_at": got["created_at"] if got else None})
    return {"register": register_list(ws), "info": register_info(ws), "offices": rows}


def add(ws, card_data: dict, fingerprint: str, regions: str) -> dict:
    return register_add(ws, card_data, fingerprint, regions or None)


def remove(ws, key_id: str, reason: str, when: str) -> dict:
    return register_remove(ws, key_id, reason, when or None)


def publish(ws, path: str, passphrase: str) -> dict:
    return register_publish(ws, path, passphrase)


def office_region(ws, key_id: str, code: str) -> str:
    code = normalize_region(code)
    set_office_region(ws, key_id, code)
    return code


def objectives(ws) -> list[dict]:
    aggregates.prepare(ws)
    return national.milestones(ws, Filters())


def set_objective(ws, day: str, companies: int) -> dict:
    return national.set_objective(ws, day, companies)


def remove_objective(ws, day: str) -> None:
    national.remove_objective(ws, day)


def forward(ws, folder: str, passphrase: str, everything: bool, progress=None) -> dict:
    return office_forward(ws, folder, passphrase, everything=everything, progress=progress).as_dict()


def forward_counts(ws) -> dict:
    return nstore.forward_counts(ws.db)
