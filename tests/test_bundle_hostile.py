"""Every rule of bundle.md as a hostile bundle built here: each is refused with one clear line and the
office database (every table but the import journal) is exactly as it was."""

from __future__ import annotations

import hashlib
import json
import tracemalloc
import stat
import time
import zipfile

import pytest

from ifdesk.bundle import create_identity, import_paths, trust_add, trust_revoke
from ifdesk.bundle.identity import card
from ifdesk.core.diagnostic import Diagnostic
from ifdesk.store import Workspace
from tests.bundle_kit import (PASS, lone_identity, opened_key, SIRETS, completed_diag, dump, export_one, journal_count, members_of, new_pair,
                                   reopen_complete, resign, zip_raw)


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    expert, office = new_pair(tmp)
    d1 = completed_diag(expert, SIRETS[0], seed=1)
    genuine = export_one(expert, d1, tmp / "d1-r1.ifbundle").read_bytes()
    reopen_complete(expert, d1, seed=2)
    r2 = export_one(expert, d1, tmp / "d1-r2.ifbundle").read_bytes()
    d2 = completed_diag(expert, SIRETS[1], seed=3)
    other = export_one(expert, d2, tmp / "d2.ifbundle").read_bytes()
    # a second, enrolled expert and a third one nobody enrolled
    stranger = Workspace(tmp / "stranger")
    create_identity(stranger, "Paul Intrus", "Inconnu SARL", "expert", PASS)
    colleague = lone_identity(tmp / "colleague", "Marc Collègue", "Cabinet B")  # cached, copied
    trust_add(office, card(colleague), confirmed=True)
    # the office already holds r1 and r2 of d1; d2 is new to it
    res = import_paths(office, [tmp / "d1-r1.ifbundle", tmp / "d1-r2.ifbundle"])
    assert [r.status for r in res] == ["imported", "superseded"]
    yield {"tmp": tmp, "expert": expert, "office": office, "d1": d1, "d2": d2, "genuine": genuine, "r2": r2,
           "other": other, "stranger": stranger, "colleague": colleague, "n": 0}
    for ws in (expert, office, stranger, colleague):
        ws.close()


def refuse(env, data: bytes, *fragments: str, status: str = "rejected") -> str:
    office = env["office"]
    env["n"] += 1
    path = env["tmp"] / f"hostile-{env['n']}.ifbundle"
    path.write_bytes(data)
    before, n_journal = dump(office, volatile={}), journal_count(office)
    [res] = import_paths(office, [path])
    assert res.status == status, (res.status, res.reason)
    assert res.reason and "\n" not in res.reason
    for f in fragments:
        assert f.lower() in res.reason.lower(), res.reason
    assert dump(office, volatile={}) == before  # every table but the journal, every column
    assert journal_count(office) == n_journal + 1
    last = office.db.execute("SELECT outcome, reason, file FROM import_journal ORDER BY id DESC LIMIT 1").fetchone()
    assert last == (status, res.reason, str(path))
    return res.reason


def _payload_name(members):
    return next(n for n, _b in members if n.startswith("diag-"))


def _edit_payload(members, ws, edit, rehash=True):
    """Change the diagnostic payload with `edit(obj)`, keep hashes consistent, sign again (genuine key)."""
    out = []
    for n, b in members:
        if n.startswith("diag-"):
            obj = json.loads(b)
            edit(obj)
            if rehash:
                try:
                    h = Diagnostic.model_validate(obj["diagnostic"]).content_hash()
                    obj["content_hash"] = h
                except Exception:
                    h = None
            b = json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()
        out.append((n, b))
    man = json.loads(dict(out)["manifest.json"])
    if rehash and h:
        for e in man["diagnostics"]:
            e["content_hash"] = h
    out = [(n, json.dumps(man).encode() if n == "manifest.json" else b) for n, b in out]
    return resign(out, ws)


def _edit_manifest(members, ws, edit):
    man = json.loads(dict(members)["manifest.json"])
    edit(man)
    out = [(n, json.dumps(man).encode() if n == "manifest.json" else b) for n, b in members]
    return resign(out, ws, fix_files=False)


# ---- container: size and structure ---------------------------------------------------------------

def test_empty_file(env):
    refuse(env, b"", "vide")


def test_not_a_zip(env):
    refuse(env, b"%PDF-1.7\n" + b"x" * 500, "pas un paquet")


def test_truncated_file(env):
    refuse(env, env["genuine"][: len(env["genuine"]) // 2], "zip")
    refuse(env, env["genuine"][:-30])


def test_zip_bomb_refused_quickly_without_memory(env):
    """400 MB of zeros (≈ 400 KB compressed), listed with its true size and SHA-256 in a genuinely signed
    manifest, and also as the manifest itself; each with its true and with a lying declared size."""
    import io

    from ifdesk.bundle import container

    genuine = members_of(env["genuine"])
    name = _payload_name(genuine)
    zero = bytes(1 << 20)
    h = hashlib.sha256()
    for _i in range(400):
        h.update(zero)
    man = json.loads(dict(genuine)["manifest.json"])
    for f in man["files"]:
        if f["path"] == name:
            f.update(size=400 << 20, sha256=h.hexdigest())
    signed = _edit_manifest(genuine, env["expert"], lambda m: m.update(files=man["files"]))

    def bomb(as_name: str, lie: bool) -> bytes:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
            for n, b in signed:
                info = zipfile.ZipInfo(n, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o100644 << 16
                if n == as_name:
                    with zf.open(info, "w") as fh:
                        for _i in range(400):
                            fh.write(zero)
                else:
                    zf.writestr(info, b)
        data = buf.getvalue()
        if lie:  # declared uncompressed size 1000 in the central directory: never trusted
            cd = data.find(b"PK\x01\x02")
            while cd != -1:
                nlen = int.from_bytes(data[cd + 28:cd + 30], "little")
                if data[cd + 46:cd + 46 + nlen].decode() == as_name:
                    data = data[:cd + 24] + (1000).to_bytes(4, "little") + data[cd + 28:]
                cd = data.find(b"PK\x01\x02", cd + 4)
        return data

    reasons, peaks = [], []
    for as_name, lie in ((name, False), (name, True), ("manifest.json", False), ("manifest.json", True)):
        data = bomb(as_name, lie)
        assert len(data) < 1_000_000
        t = time.perf_counter()
        # the memory the import itself allocates (Python heap, bytes objects included), from zero for this
        # bundle: not ru_maxrss, a high-water mark of the whole test process since it started
        tracemalloc.start()
        try:
            reasons.append(refuse(env, data))
            peaks.append(tracemalloc.get_traced_memory()[1] / (1 << 20))
        finally:
            tracemalloc.stop()
        assert time.perf_counter() - t < 30  # tracing slows Python down; the bomb is 400 MB when inflated
    assert max(peaks) < container.MAX_MEMBER_BYTES / (1 << 20), peaks  # at most one member, not the 400 MB inflated
    assert "trop volumineux" in reasons[0] and "trop volumineux" in reasons[2]  # declared size over the cap
    assert all(any(w in r for w in ("volumineux", "taille", "illisible", "compression")) for r in reasons), reasons


def test_too_many_members(env, monkeypatch):
    from ifdesk.bundle import container

    monkeypatch.setattr(container, "MAX_MEMBERS", 3)
    refuse(env, env["genuine"], "trop de membres")


# ---- member names ----------------------------------------------------------------------------------

@pytest.mark.parametrize("bad, fragment", [
    ("../evil.json", ".."), ("/etc/evil.json", "absolu"), ("sub\\evil.json", "inverse"), ("C:evil.json", "absolu"),
    ("a/../../evil.json", ".."), ("Evil.JSON", "interdit"), ("evil.exe", "interdit"), ("dir/evil.json", "interdit"),
    (".hidden.json", "interdit"),
])
def test_bad_member_names(env, bad, fragment):
    members = members_of(env["genuine"]) + [(bad, b"{}")]
    refuse(env, zip_raw(members), fragment)


def test_symlink_entry(env):
    members = members_of(env["genuine"])
    name = _payload_name(members)
    refuse(env, zip_raw(members, {name: {"external_attr": (stat.S_IFLNK | 0o777) << 16}}), "lien symbolique")


def test_encrypted_member_flag(env):
    members = members_of(env["genuine"])
    name = _payload_name(members)
    data = bytearray(zip_raw(members))
    cd = data.find(b"PK\x01\x02")  # set the "encrypted" flag in the central directory and the local header
    while cd != -1:
        nlen = int.from_bytes(data[cd + 28:cd + 30], "little")
        if data[cd + 46:cd + 46 + nlen].decode() == name:
            data[cd + 8] |= 1
            local = int.from_bytes(data[cd + 42:cd + 46], "little")
            data[local + 6] |= 1
        cd = data.find(b"PK\x01\x02", cd + 4)
    refuse(env, bytes(data), "chiffré")


@pytest.mark.parametrize("variant", ["exact", "case", "nfc"])
def test_duplicate_names(env, variant):
    import warnings

    members = members_of(env["genuine"])
    name = _payload_name(members)
    if variant == "exact":
        dup = name
    elif variant == "case":
        dup = name.upper()
    else:
        members = members + [("caf\u00e9.json", b"{}")]
        dup = "cafe\u0301.json"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the exact duplicate
        data = zip_raw(members + [(dup, b"{}")])
    refuse(env, data, "double")


# ---- signature and trust -----------------------------------------------------------------------------

def test_tampered_manifest(env):
    members = members_of(env["genuine"])
    man = json.loads(dict(members)["manifest.json"])
    man["diagnostics"][0]["revision"] = 7
    data = zip_raw([(n, json.dumps(man).encode() if n == "manifest.json" else b) for n, b in members])
    refuse(env, data, "signature invalide")


def test_bad_signature(env):
    import base64

    members = members_of(env["genuine"])
    for sig in (base64.b64encode(bytes(64)) + b"\n", b"not base64!!\n", base64.b64encode(bytes(63)) + b"\n",
                b"", b"\n\n" + base64.b64encode(bytes(64))):
        refuse(env, zip_raw([(n, sig if n == "manifest.sig" else b) for n, b in members]))


def test_signature_by_another_key_under_a_trusted_key_id(env):
    """The stranger signs a manifest naming the genuine expert's key id."""
    members = resign(members_of(env["genuine"]), env["stranger"], fix_files=False)
    refuse(env, zip_raw(members), "signature invalide")


def test_unknown_signer(env):
    stranger = env["stranger"]
    stranger.companies.add(env["expert"].companies.get(SIRETS[2]))
    d = completed_diag(stranger, SIRETS[2], seed=9)
    data = export_one(stranger, d, env["tmp"] / "stranger.ifbundle").read_bytes()
    refuse(env, data, "inconnu")


def test_revoked_signer_later_bundles_rejected_and_old_data_kept_marked(env):
    office, colleague = env["office"], env["colleague"]
    colleague.companies.add(env["expert"].companies.get(SIRETS[3]))
    d = completed_diag(colleague, SIRETS[3], seed=11)
    first = export_one(colleague, d, env["tmp"] / "colleague-1.ifbundle")
    assert import_paths(office, [first])[0].status == "imported"
    reopen_complete(colleague, d, seed=12)
    later = export_one(colleague, d, env["tmp"] / "colleague-2.ifbundle").read_bytes()
    res = trust_revoke(office, card(colleague)["key_id"])
    assert res["marked_revisions"] == 1
    refuse(env, later, "révoqué")
    assert office.db.execute("SELECT signer_revoked FROM received_revisions WHERE diag_id = ?", (d,)).fetchone() == (1,)
    assert office.diagnostics.get(d).revision == 1  # data already imported stays


def test_expert_cannot_submit_another_experts_diagnostic(env):
    """The colleague (enrolled) signs a bundle carrying the first expert's diagnostic."""
    import base64

    other = members_of(env["other"])
    man = json.loads(dict(other)["manifest.json"])
    # sign with a throw-away enrolled colleague (the first colleague may be revoked by another test)
    ws = lone_identity(env["tmp"] / "colleague2", "Luc Second", "Cabinet C")
    c2 = card(ws)
    trust_add(env["office"], c2, confirmed=True)
    man["signer"] = {"key_id": c2["key_id"], "name": c2["name"], "org": c2["org"], "role": "expert",
                     "public_key": c2["public_key"]}
    mb = json.dumps(man).encode()
    sig = base64.b64encode(opened_key(ws).sign(mb)) + b"\n"
    ws.close()
    data = zip_raw([(n, mb if n == "manifest.json" else sig if n == "manifest.sig" else b) for n, b in other])
    refuse(env, data, "n'est pas l'expert")


# ---- member set, sizes, hashes -----------------------------------------------------------------------

def test_tampered_payload(env):
    members = members_of(env["genuine"])
    name = _payload_name(members)
    out = [(n, b.replace(b"Constat", b"Kontrat", 1) if n == name else b) for n, b in members]
    refuse(env, zip_raw(out), "sha-256")


def test_missing_member(env):
    members = [(n, b) for n, b in members_of(env["genuine"]) if not n.startswith("referentiel-")]
    refuse(env, zip_raw(members), "manquant")


def test_missing_manifest_or_signature(env):
    for drop in ("manifest.json", "manifest.sig"):
        refuse(env, zip_raw([(n, b) for n, b in members_of(env["genuine"]) if n != drop]), drop)


def test_extra_member(env):
    refuse(env, zip_raw(members_of(env["genuine"]) + [("extra.json", b"{}")]), "non listé")


def test_size_lie_in_manifest(env):
    def edit(man):
        man["files"][0]["size"] += 1
    refuse(env, zip_raw(_edit_manifest(members_of(env["genuine"]), env["expert"], edit)), "taille")


# ---- schemas and content -------------------------------------------------------------------------------

def test_unknown_format_version(env):
    def edit(man):
        man["format_version"] = 2
    refuse(env, zip_raw(_edit_manifest(members_of(env["genuine"]), env["expert"], edit)), "version de format")


def test_unknown_manifest_key(env):
    def edit(man):
        man["surprise"] = True
    refuse(env, zip_raw(_edit_manifest(members_of(env["genuine"]), env["expert"], edit)), "champ inconnu")


@pytest.mark.parametrize("case", ["extra_key", "level_type", "level_range", "criterion", "siret", "draft", "chain", "incomplete"])
def test_invalid_payload_schema(env, case):
    def edit(obj):
        d = obj["diagnostic"]
        first = next(iter(d["answers"]))
        if case == "extra_key":
            obj["extra"] = 1
        elif case == "level_type":
            d["answers"][first]["level"] = "beaucoup"
        elif case == "level_range":
            d["answers"][first]["level"] = 9
        elif case == "criterion":
            d["answers"]["zz-unknown"] = dict(d["answers"][first], criterion="zz-unknown")
        elif case == "siret":
            d["siret"] = "12345678901234"
        elif case == "draft":
            d["status"] = "draft"
        elif case == "chain":
            d["base_revision"] = 5
        elif case == "incomplete":
            d["answers"].pop(first)
    refuse(env, zip_raw(_edit_payload(members_of(env["other"]), env["expert"], edit)))


def test_oversized_fields(env):
    def edit(obj):
        d = obj["diagnostic"]
        d["answers"][next(iter(d["answers"]))]["note"] = "x" * 30_000
    refuse(env, zip_raw(_edit_payload(members_of(env["other"]), env["expert"], edit)), "trop long")

    def edit2(obj):
        obj["company"]["name"] = "N" * 5000
    refuse(env, zip_raw(_edit_payload(members_of(env["other"]), env["expert"], edit2)), "trop long")


def test_content_hash_mismatch(env):
    def edit(obj):
        obj["diagnostic"]["strengths"] = "Réécrit après coup"
    refuse(env, zip_raw(_edit_payload(members_of(env["other"]), env["expert"], edit, rehash=False)), "empreinte")


def test_unknown_referentiel_not_carried(env):
    fake = "ab" * 32

    def edit(obj):
        obj["diagnostic"]["referentiel"]["sha256"] = fake
    members = [(n, b) for n, b in members_of(env["other"]) if not n.startswith("referentiel-")]
    members = _edit_payload(members, env["expert"], edit)
    man = json.loads(dict(members)["manifest.json"])
    man["referentiels"] = [{"id": "if-pme", "version": "2026.1", "sha256": fake, "path": None}]
    members = _edit_manifest(members, env["expert"], lambda m: m.update(referentiels=man["referentiels"]))
    refuse(env, zip_raw(members), "référentiel inconnu")


def test_carried_referentiel_tampered(env):
    """A référentiel carried in the bundle must be valid and match its declared SHA-256."""
    members = members_of(env["other"])
    out = []
    for n, b in members:
        if n.startswith("referentiel-"):
            obj = json.loads(b)
            obj["version"] = "9.9"
            b = json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()
        out.append((n, b))
    # the office knows the genuine référentiel by its hash: the member is checked against the manifest first
    refuse(env, zip_raw(resign(out, env["expert"])), "")


def test_duplicate_json_keys(env):
    members = members_of(env["other"])
    name = _payload_name(members)
    out = [(n, b[:-1] + b',"format":"ifdesk-diagnostic-revision"}' if n == name else b) for n, b in members]
    refuse(env, zip_raw(resign(out, env["expert"])), "")


# ---- replays -----------------------------------------------------------------------------------------

def test_replayed_older_revision_is_stale_and_changes_nothing(env):
    reason = refuse(env, env["genuine"], "plus ancienne", status="stale")
    assert "1" in reason


def test_replayed_current_revision_is_unchanged(env):
    office = env["office"]
    path = env["tmp"] / "replay.ifbundle"
    path.write_bytes(env["r2"])
    before = dump(office)
    [res] = import_paths(office, [path])
    assert res.status == "unchanged" and dump(office) == before


def test_nothing_rejected_left_any_trace_but_the_journal(env):
    office = env["office"]
    assert office.check() == []
    outcomes = {r[0] for r in office.db.execute("SELECT outcome FROM import_journal")}
    assert "rejected" in outcomes
    assert hashlib.sha256(env["genuine"]).hexdigest() in {r[0] for r in office.db.execute("SELECT bundle_sha256 FROM import_journal")}


def test_fast_content_hash_equals_the_models(env):
    """verify.content_hash (one serialisation) is exactly Diagnostic.content_hash(), whatever the fields."""
    from datetime import date

    from ifdesk.bundle.verify import content_hash
    from ifdesk.core.diagnostic import ActionItem

    d = env["expert"].diagnostics.get(env["d1"])
    assert content_hash(d) == d.content_hash()
    variants = [
        d.model_copy(update={"visit_date": None, "actions": [], "strengths": "", "base_revision": None}),
        d.model_copy(update={"visit_date": date(2015, 7, 1), "strengths": "Œuvre « accents » \u00e9\u0301 ✓",
                             "actions": [ActionItem(title="Robotiser", criteria=["a", "b"], cost_eur=1500.5,
                                                    due=date(2027, 1, 31), owner="DG", description="x" * 50)]}),
    ]
    for v in variants:
        assert content_hash(v) == v.content_hash()


def test_referentiel_member_checked_even_after_a_genuine_one_in_the_same_batch(env):
    """The importer skips re-inflating a référentiel member only when its compressed bytes are those of a
    member already verified in the batch; any other bytes are inflated and hashed again."""
    office = env["office"]
    members = members_of(env["other"])

    def same_size_edit(b: bytes) -> bytes:
        i = b.index(b'"title":"') + 9
        return b[:i] + bytes([b[i] ^ 0x20]) + b[i + 1:]  # flip the case of one letter
    changed = [(n, same_size_edit(b) if n.startswith("referentiel-") else b) for n, b in members]
    primer = env["tmp"] / "primer.ifbundle"
    primer.write_bytes(env["r2"])
    bad = env["tmp"] / "changed-ref.ifbundle"
    bad.write_bytes(zip_raw(changed))
    before = dump(office, volatile={})
    first, second = import_paths(office, [primer, bad])
    assert first.status == "unchanged"
    assert second.status == "rejected" and "sha-256" in second.reason.lower()
    assert dump(office, volatile={}) == before


def test_file_size_cap_before_reading(env, monkeypatch):
    from ifdesk.bundle import container

    monkeypatch.setattr(container, "MAX_FILE_BYTES", 1000)  # the file is read by container.read_bundle_file
    refuse(env, env["genuine"], "trop volumineux")


def test_total_uncompressed_cap(env, monkeypatch):
    from ifdesk.bundle import container

    monkeypatch.setattr(container, "MAX_TOTAL_BYTES", 20_000)
    refuse(env, env["genuine"], "trop volumineux")


def test_compression_ratio_cap_counted_while_streaming(env):
    """10 MB of zeros, under the per-member cap, declared and listed honestly: stopped by the ratio cap."""
    genuine = members_of(env["genuine"])
    name = _payload_name(genuine)
    members = resign([(n, bytes(10 * 1024 * 1024) if n == name else b) for n, b in genuine], env["expert"])
    refuse(env, zip_raw(members), "taux de compression")


def test_unknown_kind_rejected_and_kinds_are_pluggable(env, monkeypatch):
    from ifdesk.bundle import verify

    def edit(man):
        man["kind"] = "distribution"
    data = zip_raw(_edit_manifest(members_of(env["other"]), env["expert"], edit))
    refuse(env, data, "distribution")
    seen = []

    def handler(manifest, contents, signer, refs):
        seen.append((manifest.kind, sorted(contents), signer.key_id))
        return verify.Verified(manifest, signer, [], apply=lambda ws, sha, now: [
            {"id": "x", "revision": 1, "status": "imported", "reason": ""}])
    monkeypatch.setitem(verify.KINDS, "distribution", handler)
    path = env["tmp"] / "distribution.ifbundle"
    path.write_bytes(data)
    [res] = import_paths(env["office"], [path])
    assert res.status == "imported" and seen and seen[0][0] == "distribution"


def test_import_bytes_with_a_name_no_system_accepts_is_still_imported(tmp_path):
    """A dropped attachment named `<…>` (invalid on Windows) still goes through a valid temporary file."""
    from ifdesk.bundle.importer import import_bytes
    from ifdesk.store import Workspace

    with Workspace(tmp_path / "office") as office:
        r = import_bytes(office, b"not a zip at all", name="<pièce jointe>")
        assert r.file == "<pièce jointe>" and r.status == "rejected"
        r = import_bytes(office, b"not a zip at all")
        assert r.file == "(en mémoire)"
