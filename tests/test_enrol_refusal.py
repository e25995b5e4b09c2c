"""Finding 8 of issue 16: an enrolment refusal never hands over the card's own fingerprint as a value to
paste; it says to compare with the holder and shows the fingerprint grouped for reading aloud."""

from __future__ import annotations

import json

import pytest

from ifdesk.bundle import TrustError, trust_add
from ifdesk.bundle.identity import card, describe, differing_groups, spoken_fingerprint
from tests.bundle_kit import new_pair
from tests.conftest import run_cli


@pytest.fixture
def pair(tmp_path):
    expert, office = new_pair(tmp_path)
    yield expert, office
    expert.close()
    office.close()


def test_spoken_fingerprint_and_differing_groups():
    fp = "EEDE 3FB1 E98B C6E7 0000 1111 2222 3333"
    assert spoken_fingerprint(fp) == "1 EEDE · 2 3FB1 · 3 E98B · 4 C6E7 · 5 0000 · 6 1111 · 7 2222 · 8 3333"
    assert differing_groups("eede3fb1 E98B C6E7 0000 1111 2222 3334", fp) == [8]
    assert differing_groups("0000", fp) == [1, 2, 3, 4, 5, 6, 7, 8]


def test_refusals_name_no_pasteable_fingerprint(pair):
    expert, office = pair
    c = card(expert)
    fp = describe(expert)["fingerprint"]
    office.db.execute("DELETE FROM trusted_keys")
    with pytest.raises(TrustError) as e:
        trust_add(office, c)
    assert fp not in str(e.value) and spoken_fingerprint(fp) in str(e.value) and "vive voix" in str(e.value)
    wrong = fp[:-1] + ("0" if fp[-1] != "0" else "1")
    with pytest.raises(TrustError) as e:
        trust_add(office, c, fingerprint=wrong)
    assert fp not in str(e.value) and fp.replace(" ", "") not in str(e.value) and "groupe(s) 8" in str(e.value)


def test_cli_refusal_is_no_command_to_paste(tmp_path):
    env = {"IFDESK_PASSPHRASE": "correct horse battery staple"}
    a, b = tmp_path / "a", tmp_path / "b"
    run_cli("identity", "init", "--name", "Claire", "--org", "Cabinet", data_dir=a, env=env, check=True)
    run_cli("identity", "card", "-o", str(tmp_path / "c.json"), data_dir=a, check=True)
    fp = json.loads(run_cli("identity", "show", "--json", data_dir=a).stdout)["fingerprint"]
    p = run_cli("trust", "add", str(tmp_path / "c.json"), data_dir=b)
    assert p.returncode == 1
    assert "--fingerprint \"" not in p.stderr and fp not in p.stderr
    assert spoken_fingerprint(fp) in p.stderr and "vive voix" in p.stderr
    p = run_cli("trust", "add", str(tmp_path / "c.json"), "--fingerprint", "0000 1111", data_dir=b)
    assert p.returncode == 1 and fp not in p.stderr and "Ne recopiez pas" in p.stderr
