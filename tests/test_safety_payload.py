"""Issue 12 finding 14: the bundle's payload models are strict — no coercion, no unknown key at any
depth, no infinity — while the same core models stay lenient for the local store."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ifdesk.bundle import format as fmt
from ifdesk.core.diagnostic import ActionItem, Answer
from ifdesk.core.errors import IfdeskError
from tests.bundle_kit import SIRETS, completed_diag, export_one, members_of, new_pair

from pydantic import ValidationError as PydanticError


@pytest.fixture(scope="module")
def payload(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("payload")
    expert, office = new_pair(tmp)
    d = completed_diag(expert, SIRETS[0], seed=5)
    data = export_one(expert, d, tmp / "d.ifbundle").read_bytes()
    expert.close()
    office.close()
    blob = next(b for n, b in members_of(data) if n.startswith("diag-"))
    return json.loads(blob)


def parse(obj) -> fmt.DiagnosticPayload:
    return fmt.read_payload(fmt.DiagnosticPayload, json.dumps(obj).encode())


def refused(obj) -> bool:
    try:
        parse(obj)
    except (PydanticError, IfdeskError, ValueError):
        return True
    return False


def test_genuine_payload_parses(payload):
    p = parse(payload)
    assert p.diagnostic.answers and p.diagnostic.actions


LAX = [
    ("diagnostic", "revision", "1"),
    ("diagnostic", "revision", 1.0),
    ("company", "headcount", "20"),
    ("company", "headcount", True),
    ("company", "siret", int(SIRETS[0])),
    ("company", "turnover_eur", "1000"),
    ("diagnostic", "strengths", 5),
]


@pytest.mark.parametrize("where,key,value", LAX)
def test_no_coercion(payload, where, key, value):
    obj = copy.deepcopy(payload)
    obj[where][key] = value
    assert refused(obj)


def test_no_coercion_nor_unknown_key_inside_answers_actions_and_referentiel(payload):
    crit = next(iter(payload["diagnostic"]["answers"]))
    for edit in (lambda o: o["diagnostic"]["answers"][crit].update(level="3"),
                 lambda o: o["diagnostic"]["answers"][crit].update(important="yes"),
                 lambda o: o["diagnostic"]["answers"][crit].update(extra=1),
                 lambda o: o["diagnostic"]["actions"][0].update(priority="1"),
                 lambda o: o["diagnostic"]["actions"][0].update(unknown="x"),
                 lambda o: o["diagnostic"]["actions"][0].update(cost_eur="12"),
                 lambda o: o["diagnostic"]["referentiel"].update(extra="x"),
                 lambda o: o["company"].update(extra="x"),
                 lambda o: o["diagnostic"].update(extra="x"),
                 lambda o: o.update(extra="x")):
        obj = copy.deepcopy(payload)
        edit(obj)
        assert refused(obj), obj


@pytest.mark.parametrize("text", ["1e999", "-1e999", "Infinity", "NaN"])
def test_no_infinity(payload, text):
    raw = json.dumps(payload).replace('"turnover_eur": null', '"turnover_eur": ' + text)
    if '"turnover_eur": ' + text not in raw:
        obj = copy.deepcopy(payload)
        obj["company"]["turnover_eur"] = 1.0
        raw = json.dumps(obj).replace('"turnover_eur": 1.0', '"turnover_eur": ' + text)
    with pytest.raises((PydanticError, IfdeskError, ValueError)):
        fmt.read_payload(fmt.DiagnosticPayload, raw.encode())


def test_local_models_stay_lenient():
    """The store and the forms still build core models from Python values (and ignore stale keys)."""
    assert Answer.model_validate({"criterion": "c1", "level": "3", "old": 1}).level == 3
    assert ActionItem(title="x", priority="1").priority == 1


# ---- fuzzing: a random mutation is refused with a handled error, or kept exactly (never coerced) ----

JSON = st.recursive(st.none() | st.booleans() | st.integers(-10**6, 10**12) | st.floats(allow_nan=False, allow_infinity=False)
                    | st.text(max_size=12), lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=6), c, max_size=3),
                    max_leaves=6)


def _paths(obj, prefix=()):
    yield prefix
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _paths(v, prefix + (i,))


def _get(obj, path):
    for p in path:
        obj = obj[p]
    return obj


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_fuzz_payload_mutations(payload, data):
    paths = [p for p in _paths(payload) if p]
    path = data.draw(st.sampled_from(paths))
    obj = copy.deepcopy(payload)
    parent = _get(obj, path[:-1])
    if data.draw(st.booleans()) and isinstance(parent, dict):
        key = data.draw(st.text(min_size=1, max_size=8).filter(lambda k: k not in parent))
        parent[key] = data.draw(JSON)  # an unknown key, at any depth: always refused
        assert refused(obj), (path, key)
        return
    value = data.draw(JSON)
    parent[path[-1]] = value
    try:
        p = parse(obj)
    except (PydanticError, IfdeskError):
        return
    # accepted: the value is kept as sent (a JSON int for a float field aside), never converted
    back = _get(json.loads(p.model_dump_json()), path)
    if isinstance(value, str):
        value = value.strip()
    assert back == value or (isinstance(back, str) and back.strip() == back and value == back), (path, value, back)
