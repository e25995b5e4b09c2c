import json
from pathlib import Path

import pytest
import yaml

from ifdesk.core import referentiel as R
from tests.conftest import CURRENT_REF, DEFAULT_REF, ROOT


@pytest.fixture(scope="module")
def default():
    return R.load_file(DEFAULT_REF)


def test_default_referentiel_shape(default):
    assert 6 <= len(default.themes) <= 9
    assert 35 <= default.criteria_count() <= 60
    assert default.language == "fr"
    assert "officiel" in default.disclaimer.lower()
    assert default.sources
    for theme in default.themes:
        for c in theme.criteria:
            assert sorted(c.levels) == default.levels
            assert 1 <= len(c.questions) <= 3
            assert c.weight > 0


def test_hash_is_canonical_and_ignores_formatting(default, tmp_path):
    data = yaml.safe_load(DEFAULT_REF.read_text("utf-8"))
    other = tmp_path / "reformatted.yaml"
    other.write_text("# un commentaire\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=True, width=60), "utf-8")
    assert R.load_file(other).sha256 == default.sha256
    data["themes"][0]["criteria"][0]["weight"] = data["themes"][0]["criteria"][0]["weight"] + 1
    changed = tmp_path / "changed.yaml"
    changed.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    assert R.load_file(changed).sha256 != default.sha256


def test_canonical_json_round_trip(default):
    again = R.from_data(json.loads(default.canonical_json()))
    assert again.sha256 == default.sha256


def _broken(tmp_path, mutate) -> Path:
    data = yaml.safe_load(DEFAULT_REF.read_text("utf-8"))
    mutate(data)
    p = tmp_path / "broken.yaml"
    p.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return p


def test_every_error_is_reported_with_its_location(tmp_path):
    def mutate(d):
        d["themes"][0]["criteria"][0]["weight"] = 0
        d["themes"][1]["weight"] = -2
        d["themes"][2]["criteria"][1]["id"] = d["themes"][2]["criteria"][0]["id"]
        del d["themes"][3]["criteria"][0]["levels"][5]
    p = _broken(tmp_path, mutate)
    with pytest.raises(R.ReferentielInvalid) as e:
        R.load_file(p)
    problems = e.value.problems
    text = "\n".join(problems)
    assert "themes[0].criteria[0].weight" in text
    assert "themes[1].weight" in text
    assert "en double" in text
    assert "themes[3].criteria[0].levels" in text
    assert all(line.startswith(f"{p}:") for line in problems)
    # the line number points into the file
    first = [ln for ln in problems if "themes[1].weight" in ln][0]
    lineno = int(first.split(":")[1])
    assert "weight" in p.read_text("utf-8").splitlines()[lineno - 1]


@pytest.mark.parametrize("content,expected", [
    ("", "dictionnaire"), ("id: [unclosed", "YAML illisible"), ("- a\n- b\n", "dictionnaire"),
    ("id: x\n", "champ obligatoire manquant"),
])
def test_unreadable_files(tmp_path, content, expected):
    p = tmp_path / "r.yaml"
    p.write_text(content, "utf-8")
    with pytest.raises(R.ReferentielInvalid, match=expected):
        R.load_file(p)


def test_not_utf8_and_missing_file(tmp_path):
    p = tmp_path / "latin1.yaml"
    p.write_bytes("id: référentiel".encode("latin-1"))
    with pytest.raises(R.ReferentielInvalid, match="UTF-8"):
        R.load_file(p)
    with pytest.raises(R.ReferentielInvalid, match="illisible"):
        R.load_file(tmp_path / "absent.yaml")


def test_scale_must_be_contiguous(tmp_path):
    def mutate(d):
        d["scale"][2]["level"] = 7
    with pytest.raises(R.ReferentielInvalid, match="sans trou"):
        R.load_file(_broken(tmp_path, mutate))


def test_json_schema_file_is_current():
    on_disk = json.loads((ROOT / "referentiel" / "referentiel.schema.json").read_text("utf-8"))
    assert on_disk == R.json_schema(), "regenerate with: ifdesk referentiel schema > referentiel/referentiel.schema.json"


def test_shipped_files_all_valid():
    for f in (ROOT / "referentiel").glob("*.yaml"):
        R.load_file(f)


@pytest.mark.parametrize("path", [DEFAULT_REF, CURRENT_REF], ids=lambda p: p.stem)
def test_both_shipped_versions_load_side_by_side(path):
    ref = R.load_file(path)
    assert ref.id == "if-pme" and 8 <= len(ref.themes) <= 9 and 45 <= ref.criteria_count() <= 60
    assert all(sorted(c.levels) == ref.levels for c in ref.criteria_by_id.values())
    assert R.from_data(json.loads(ref.canonical_json())).sha256 == ref.sha256
