"""The company report: read back the generated PDF (pypdf, pdftotext) and check what the company gets."""

from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import subprocess
import uuid
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from ifdesk.core.diagnostic import ActionItem, Answer
from ifdesk.core.errors import IfdeskError, NotFoundError
from ifdesk.report import build_pdf, collect, render_report
from ifdesk.report.labels import NBSP, NNBSP, Labels, typo

ACCENTS = "Éléments à côté, où l'œuvre « naît » ; coût : 12 € ! Ça va ? "


def _squash(s: str) -> str:
    """Text without any whitespace (line breaks and spaces move; characters must not)."""
    return re.sub(r"\s+", "", s)


def in_order(needle: str, haystack: str, max_gap: int = 600) -> bool:
    """Every word of `needle` appears in `haystack`, in order, each within `max_gap` characters of the
    previous one: nothing lost even when a page break puts a header, a footer or other cells in between.
    Tried from every place where the first words appear together."""
    words = needle.split()
    head = "".join(words[:4])
    start = haystack.find(head)
    while start >= 0:
        pos, ok = start, True
        for word in words:
            found = haystack.find(word, pos)
            if found < 0 or found - pos > max_gap:
                ok = False
                break
            pos = found + len(word)
        if ok:
            return True
        start = haystack.find(head, start + 1)
    return False


def pdf_text(path) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)


def make_diag(ws, ref, company, *, hostile: bool = False, complete: bool = True) -> str:
    did = ws.diagnostics.create(company.siret, ref, None, "Hélène Garçon", visit_date=date(2026, 11, 24))
    crits = list(ref.criteria_by_id.values())
    for i, c in enumerate(crits):
        if hostile and i % 7 == 3:
            ws.diagnostics.save_answer(did, Answer(criterion=c.id, na=True, na_reason=f"Sans objet ici ({i}) : pas d'activité."))
            continue
        level = 1 + i % 4
        note = f"Note {i} pour {c.title}."
        if hostile:
            # 2,000 characters: accents, €, guillemets, markup characters and one very long word
            body = (f"Critère n° {i} <b>&amp;</b> <script> " + ACCENTS * 30)
            note = (body + "X" * 150 + " fin-" + str(i))[:1990] + f" FIN{i:03d}"
            note = note[:2000]
        ws.diagnostics.save_answer(did, Answer(criterion=c.id, level=level, target=min(ref.max_level, level + (i % 3)),
                                               note=note, important=i % 11 == 0))
    ws.diagnostics.set_synthesis(did, strengths="Savoir-faire reconnu ; équipe impliquée.",
                                 weaknesses="Données saisies à la main : pas de GMAO !")
    n_actions = 40 if hostile else 3
    actions = []
    for k in range(n_actions):
        title = f"Action {k:02d} : mettre en œuvre « la démarche » n° {k}"
        desc = ("Description détaillée de l'action, étape par étape ; " * (40 if hostile and k % 10 == 0 else 1)).strip()
        actions.append(ActionItem(title=title, criteria=[crits[k % len(crits)].id, crits[(k * 5) % len(crits)].id],
                                  priority=1 + k % 3, horizon=["court", "moyen", "long"][k % 3],
                                  owner="Responsable maintenance et travaux neufs" if hostile else "Directeur industriel",
                                  cost_eur=12500 + 1000 * k, due=date(2027, 3, 31) + timedelta(days=k),
                                  description=desc))
    ws.diagnostics.set_actions(did, actions)
    if complete:
        ws.diagnostics.complete(did)
    return did


def add_photo(ws, did: str, criterion: str | None, filename: str, content: bytes, mime: str = "image/jpeg",
              write: bool = True) -> str:
    att = str(uuid.uuid4())
    if write:  # where the window's add_attachment puts it: attachments/<diagnostic>/<id><.ext>
        folder = ws.attachments_dir / did
        folder.mkdir(parents=True, exist_ok=True)
        (folder / (att + os.path.splitext(filename)[1].lower())).write_bytes(content)
    rev = ws.diagnostics.get(did).revision
    with ws.transaction():
        ws.db.execute("INSERT INTO attachments (id, diag_id, revision, criterion, filename, mime, sha256, size, added_at) "
                      "VALUES (?,?,?,?,?,?,?,?,?)", (att, did, rev, criterion, filename, mime,
                                                     hashlib.sha256(content).hexdigest(), len(content), "2026-11-24T10:00:00Z"))
    return att


def image_bytes(fmt: str = "JPEG", size=(1600, 1200), color=(40, 110, 180)) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, format=fmt)
    return buf.getvalue()


# ---- content -----------------------------------------------------------------------------------------

def test_report_has_company_themes_scores_and_action_plan(workspace, ref, company, tmp_path):
    did = make_diag(workspace, ref, company)
    out = tmp_path / "rapport.pdf"
    seen = []
    path = render_report(workspace, did[:8], out, progress=lambda f, m: seen.append((f, m)))
    assert path == out and out.read_bytes().startswith(b"%PDF")
    umask = os.umask(0o022)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask  # an ordinary file, not a private temporary one
    text = pdf_text(out)
    flat = _squash(text)
    data = collect(workspace, did)

    def fr1(x: float) -> str:  # the French form written out here, not the product's formatter: « 3,4 »
        whole, tenths = divmod(round(x * 10), 10)
        return f"{whole},{tenths}"

    assert _squash(company.name) in flat
    assert "73282932000074" in flat  # SIRET, printed in groups
    for t in ref.themes:
        assert _squash(t.title) in flat, t.title
        assert _squash(fr1(data.scores.theme_scores[t.id])) in flat
    assert _squash(f"{fr1(data.scores.overall)} sur {ref.max_level}") in flat
    assert _squash(ref.maturity_label(data.scores.overall)) in flat
    for a in data.diag.actions:
        assert _squash(a.title) in flat
    assert "12500€" in flat and "31/03/2027" in flat  # French money and date formats
    # the narrow no-break space between thousands survives (U+00A0 shares the space glyph, so it reads back as one)
    assert re.search(f"12{NNBSP}500[ {NBSP}]€", text)
    assert "«" in text and "»" in text and "œ" in text
    for section in ("Synthèse", "Priorités", "Pointsfortsetpointsfaibles", "Résultatsparthème",
                    "Prioritésetpland'action", "AnnexeA", "AnnexeB—Méthode", ref.sha256):
        assert section in flat, section
    # no column header word is cut (a narrow column would print « Responsabl / e »)
    plan = next(t for t in (p.extract_text() for p in PdfReader(str(out)).pages[1:]) if "Échéance" in t)
    tokens = set(plan.split())
    assert {"Prio.", "Action", "Critères", "Horizon", "Responsable", "Coût", "estimé", "Échéance"} <= tokens
    # progress goes from 0 to 1, never backwards
    fractions = [f for f, _m in seen]
    assert fractions[0] == 0.0 and fractions[-1] == 1.0 and fractions == sorted(fractions)


def test_every_page_numbered_and_metadata(workspace, ref, company, tmp_path):
    did = make_diag(workspace, ref, company)
    out = tmp_path / "r.pdf"
    render_report(workspace, did, out)
    reader = PdfReader(str(out))
    n = len(reader.pages)
    assert n >= 10
    for i, page in enumerate(reader.pages, 1):
        assert f"page {i} / {n}" in (page.extract_text() or ""), i
    meta = reader.metadata
    assert company.name in meta.title and "Industrie du Futur" in meta.title
    assert meta.author == "Hélène Garçon"
    assert company.name in meta.subject
    assert reader.trailer["/Root"]["/Lang"] == "fr-FR"
    # every font that draws text (Tj/TJ after Tf) on a page or in a form is the embedded TrueType font
    from pypdf.generic import ContentStream

    used = set()
    for page in reader.pages:
        xobjects = [x.get_object() for x in (page["/Resources"].get("/XObject") or {}).values()]
        targets = [(page["/Resources"], page.get_contents())] + [
            (x["/Resources"], x) for x in xobjects if x.get("/Subtype") == "/Form"]
        for res, stream in targets:
            fonts, current = res.get("/Font") or {}, None
            for operands, op in ContentStream(stream, reader).operations:
                if op == b"Tf":
                    current = fonts[operands[0]].get_object()
                elif op in (b"Tj", b"TJ", b"'", b'"'):
                    used.add(current["/BaseFont"])
                    assert current["/Subtype"] == "/TrueType" and "/FontFile2" in current["/FontDescriptor"], current
    assert used and all("DejaVuSans" in f for f in used), used
    # the cover's table of contents gives the page where each section and theme starts
    texts = [p.extract_text() or "" for p in reader.pages]
    toc = texts[0].split("Sommaire", 1)[1].strip().splitlines()
    entries = list(zip(toc[0::2], toc[1::2]))
    # + next steps, financing, confidentiality (issue 15); no photos: no photo annex
    assert len(entries) == 9 + len(ref.themes)
    for title, number in entries:
        assert title.strip() in texts[int(number) - 1], (title, number)
        assert int(number) == 2 or title.strip() not in texts[int(number) - 2].split("Sommaire")[0], (title, number)
    # and each entry is a link to that page
    links = [a.get_object() for a in reader.pages[0]["/Annots"]]
    assert [reader.get_page_number(a["/Dest"][0].get_object()) + 1 for a in links] == [int(n) for _t, n in entries]
    outline = [o.title for o in reader.outline if not isinstance(o, list)]
    assert "Synthèse" in outline and "Annexe B — Méthode" in outline   # letters without a gap


def test_english_labels_keep_french_referentiel(workspace, company, tmp_path):
    ref = workspace.referentiels.find("if-pme@2026.1")  # 2026.1 has no English text (2027.1: test_referentiel_2027)
    did = make_diag(workspace, ref, company)
    out = tmp_path / "report-en.pdf"
    render_report(workspace, did, out, lang="en")
    flat = _squash(pdf_text(out))
    for label in ("Summary", "Prioritiesandactionplan", "AnnexA—Criteriaindetail", "€12,500", "31Mar2027"):
        assert label in flat, label
    assert "Synthèse" not in flat and "Échéance" not in flat
    assert _squash(ref.themes[0].title) in flat  # référentiel texts stay in French
    assert PdfReader(str(out)).trailer["/Root"]["/Lang"] == "en"


def test_revision_shows_the_chosen_revision(workspace, ref, company, tmp_path):
    did = make_diag(workspace, ref, company)
    workspace.diagnostics.reopen(did)
    first = next(iter(ref.criteria_by_id))
    workspace.diagnostics.save_answer(did, Answer(criterion=first, level=5, target=5, note="Révision deux : tout change."))
    render_report(workspace, did, tmp_path / "r1.pdf", revision=1)
    render_report(workspace, did, tmp_path / "r2.pdf")
    t1, t2 = _squash(pdf_text(tmp_path / "r1.pdf")), _squash(pdf_text(tmp_path / "r2.pdf"))
    assert "Révisiondeux" not in t1 and "révision1·terminé" in t1
    assert "Révisiondeux" in t2 and "révision2·brouillon" in t2
    assert "Documentprovisoire" in t2


# ---- hostile diagnostic ------------------------------------------------------------------------------

def _words_bbox(pdf) -> list[tuple[int, float, float, list[tuple[float, float, float, float, str]]]]:
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = []
    for m in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S):
        words = [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', m.group(3))]
        pages.append((len(pages) + 1, float(m.group(1)), float(m.group(2)), words))
    return pages


def test_hostile_diagnostic_renders_without_overflow_or_lost_text(workspace, ref, company, tmp_path):
    did = make_diag(workspace, ref, company, hostile=True)
    crits = list(ref.criteria_by_id)
    add_photo(workspace, did, crits[0], "atelier-usinage.jpg", image_bytes())
    add_photo(workspace, did, crits[1], "tableau de bord.png", image_bytes("PNG", (300, 900)), mime="image/png")
    add_photo(workspace, did, None, "vue générale.jpg", image_bytes(size=(4000, 1000)))
    add_photo(workspace, did, crits[2], "abîmée.jpg", b"\xff\xd8 not really a jpeg")
    add_photo(workspace, did, crits[3], "disparue.jpg", image_bytes(), write=False)
    add_photo(workspace, did, None, "devis.pdf", b"%PDF-1.4 devis", mime="application/pdf")
    out = tmp_path / "hostile.pdf"
    render_report(workspace, did, out)
    reader = PdfReader(str(out))
    text = pdf_text(out)
    flat = _squash(text)
    assert "PROVISOIRE" not in text  # completed: no draft watermark
    diag = workspace.diagnostics.get(did)
    # nothing lost: every long note, every N/A reason, every one of the 40 actions, whole
    for a in diag.answers.values():
        if a.na:
            assert _squash(a.na_reason) in flat
        else:
            assert len(a.note) >= 1990
            assert in_order(a.note, flat), a.criterion
    assert len(diag.actions) == 40
    for a in diag.actions:
        assert _squash(a.title) in flat
        assert in_order(a.description, flat), a.title
    total = sum(a.cost_eur for a in diag.actions)
    # written out here (« 12 345 € », thousands grouped by threes), not with the product's own formatter
    assert _squash(f"{round(total):,} €".replace(",", " ")) in flat
    # photos: the three readable images are embedded as thumbnails, the others are named with the reason
    images = [img for p in reader.pages for img in p.images]
    assert len(images) == 3
    assert max(max(img.image.size) for img in images) <= 640  # thumbnails, not the 4000-pixel original
    for needle in ("atelier-usinage.jpg", "imageillisible", "fichierintrouvable", "devis.pdf", "Photogénérale"):
        assert needle in flat, needle
    # the action table repeats its header on every page it spans
    texts = [p.extract_text() or "" for p in reader.pages]
    first = next(i for i, t in enumerate(texts) if i and "Priorités et plan d'action" in t)  # not the cover's contents
    annex = next(i for i, t in enumerate(texts) if i and "Annexe A — Détail des critères" in t)
    plan_pages = [i for i in range(first, annex) if re.search(r"\d\d/\d\d/2027", texts[i])]  # pages with rows
    assert len(plan_pages) >= 2
    for i in plan_pages:
        assert "Échéance" in reader.pages[i].extract_text()
    assert_layout_clean(out)


def assert_layout_clean(pdf) -> None:
    """With poppler's word boxes: every word inside the page margins, no two words over each other."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) absent: layout boxes not checked")
    for page, width, height, words in _words_bbox(pdf):
        # the draft watermark (« PROVISOIRE » at 84 pt, rotated) lies under the text on purpose
        words = [b for b in words if not (b[3] - b[1] > 40 and set(b[4]) <= set("PROVISOIREDAFT"))]
        for x0, y0, x1, y1, w in words:  # inside the page's margins (18 mm = 51 pt)
            assert 45 <= x0 and x1 <= width - 45 and 0 <= y0 and y1 <= height, (page, w, x0, x1)
        # no two words drawn over each other (text spilling out of a table cell or a chart)
        words.sort(key=lambda b: (b[1], b[0]))
        for i, a in enumerate(words):
            for b in words[i + 1:]:
                if b[1] >= a[3] - 0.5:
                    break
                overlap_x = min(a[2], b[2]) - max(a[0], b[0])
                overlap_y = min(a[3], b[3]) - max(a[1], b[1])
                assert not (overlap_x > 1 and overlap_y > 2), (page, a, b)


def test_longest_fields_stay_inside_the_page(workspace, ref, tmp_path):
    """Every field at its maximum length: company name, city, expert, action title, owner, cost, criteria."""
    from ifdesk.core.company import new_company

    c = new_company(siret="55208131766522", name=("Société Anonyme des Établissements Mécaniques " * 5)[:200],
                    region="93", naf="25.62B", headcount=249, city=("Saint-Rémy-de-Provence " * 10)[:200])
    workspace.companies.add(c)
    did = workspace.diagnostics.create(c.siret, ref, None, "Marie-Amélie de La Tour d'Auvergne-Lauraguais " * 2)
    crits = list(ref.criteria_by_id)
    for i, cid in enumerate(crits):
        workspace.diagnostics.save_answer(did, Answer(criterion=cid, level=1 + i % 5, target=5, note="Œ" * 300))
    workspace.diagnostics.set_actions(did, [
        ActionItem(title=("Déployer « l'usine connectée » ; " * 20)[:500], criteria=crits, priority=1, horizon="long",
                   owner=("Directeur des opérations industrielles " * 6)[:200], cost_eur=9_999_999_999,
                   due=date(2099, 12, 31), description="W" * 599)])
    out = tmp_path / "long.pdf"
    render_report(workspace, did, out)
    flat = _squash(pdf_text(out))
    assert _squash(c.name) in flat
    # the 599-character word is whole, in one piece or, where the row is split across two pages, in two
    assert sum(len(run) for run in re.findall("W{20,}", flat.replace("\n", ""))) == 599
    codes = [f"{t}.{k}" for t, theme in enumerate(ref.themes, 1) for k in range(1, len(theme.criteria) + 1)]
    assert "Critères:" + ",".join(codes) in flat  # 48 linked criteria: listed in full below the table
    assert all("PROVISOIRE" in (p.extract_text() or "") for p in PdfReader(str(out)).pages)  # a draft, on every page
    assert_layout_clean(out)


def test_photos_added_by_the_window_are_found(workspace, ref, company, tmp_path):
    """The attachments the window stores (ifdesk.ui.work.add_attachment) show up as thumbnails,
    including those of an earlier revision, but not those added after the revision reported."""
    from ifdesk.ui.work import add_attachment

    did = make_diag(workspace, ref, company)
    first = next(iter(ref.criteria_by_id))
    src = tmp_path / "Atelier Four.JPG"
    src.write_bytes(image_bytes())
    workspace.diagnostics.reopen(did)  # attachments are added in a draft
    add_attachment(workspace, did, first, src)
    later = tmp_path / "plus tard.png"
    later.write_bytes(image_bytes("PNG"))
    render_report(workspace, did, tmp_path / "r2.pdf")
    workspace.diagnostics.complete(did)
    workspace.diagnostics.reopen(did)
    add_attachment(workspace, did, None, later)
    render_report(workspace, did, tmp_path / "r2-again.pdf", revision=2)
    for name in ("r2.pdf", "r2-again.pdf"):
        reader = PdfReader(str(tmp_path / name))
        assert sum(len(p.images) for p in reader.pages) == 1, name
        flat = _squash(pdf_text(tmp_path / name))
        assert "AtelierFour.JPG" in flat and "plustard.png" not in flat and "fichierintrouvable" not in flat


def test_other_referentiel_shapes(workspace, company, tmp_path):
    """Two themes (no radar: a radar needs three axes), one with 46 criteria, a 0–3 scale, minimum
    aggregation, English."""
    from ifdesk.core.referentiel import from_data

    def crit(cid: str, title: str) -> dict:
        return {"id": cid, "title": title, "weight": 1, "questions": ["Comment ?"],
                "levels": {0: "Rien.", 1: "Un peu.", 2: "Beaucoup.", 3: "Passionnément."}}

    many = [crit(f"b.c{k:02d}", f"Critère numéro {k} du bureau d'études") for k in range(45)]
    ref = from_data({"id": "mini", "version": "1", "title": "Mini référentiel", "aggregation": "minimum",
                     "scale": [{"level": i, "label": lab} for i, lab in enumerate(["Absent", "Amorcé", "Établi", "Exemplaire"])],
                     "themes": [{"id": "a", "title": "Atelier", "weight": 2, "criteria": [crit("a.un", "Propreté"), crit("a.deux", "Rangement")]},
                                {"id": "b", "title": "Bureau d'études", "weight": 1, "criteria": [crit("b.un", "CAO")] + many}]})
    workspace.referentiels.add(ref)
    did = workspace.diagnostics.create(company.siret, ref, None, "Expert")
    workspace.diagnostics.save_answer(did, Answer(criterion="a.un", level=0, target=3))
    workspace.diagnostics.save_answer(did, Answer(criterion="a.deux", level=2, target=2))
    workspace.diagnostics.save_answer(did, Answer(criterion="b.un", na=True, na_reason="Pas de bureau d'études."))
    out = tmp_path / "mini.pdf"
    render_report(workspace, did, out, lang="en")
    flat = _squash(pdf_text(out))
    assert "Maturitybytheme" not in flat  # no radar title without a radar
    assert "0.0outof3" in flat and "Absent" in flat  # minimum of 0 and 2, on a 0–3 scale
    assert "Notapplicable:Pasdebureaud'études." in flat
    assert "Noscore:noapplicablecriterionwasassessed." in flat
    assert "2.46Critèrenuméro44dubureaud'études" in flat  # a 46-criterion theme: its chart in three parts
    assert_layout_clean(out)


def test_missing_attachment_folder_and_table_rows_are_fine(workspace, ref, company, tmp_path):
    did = make_diag(workspace, ref, company, complete=False)
    add_photo(workspace, did, None, "perdue.jpg", b"", write=False)
    assert not workspace.attachments_dir.exists()
    render_report(workspace, did, tmp_path / "r.pdf")
    assert "fichierintrouvable" in _squash(pdf_text(tmp_path / "r.pdf"))


def test_unanswered_draft_renders(workspace, ref, company, tmp_path):
    """A brand-new draft (no answer at all) still gives a readable report, without scores."""
    did = workspace.diagnostics.create(company.siret, ref, None, "", visit_date=None)
    render_report(workspace, did, tmp_path / "vide.pdf")
    flat = _squash(pdf_text(tmp_path / "vide.pdf"))
    assert "nonévalué" in flat and "Aucuneactionn'aétéinscriteauplan." in flat


# ---- failures leave nothing behind --------------------------------------------------------------------

def test_unknown_diagnostic_refused_and_no_file(workspace, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(NotFoundError):
        render_report(workspace, "00000000-0000", folder / "r.pdf")
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("bad", ["missing-dir/r.pdf", "a-file.txt/r.pdf", "."])
def test_unwritable_destination_refused(workspace, ref, company, tmp_path, bad):
    did = make_diag(workspace, ref, company)
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "a-file.txt").write_text("x")
    with pytest.raises(IfdeskError, match="Impossible d'écrire le rapport"):
        render_report(workspace, did, folder / bad)
    assert sorted(p.name for p in folder.iterdir()) == ["a-file.txt"]


def test_interrupted_report_keeps_previous_file_and_leaves_no_temp(workspace, ref, company, tmp_path):
    did = make_diag(workspace, ref, company)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "rapport.pdf"
    out.write_bytes(b"previous report")

    def boom(fraction, message):
        if fraction > 0.5:
            raise KeyboardInterrupt

    data = collect(workspace, did)
    with pytest.raises(KeyboardInterrupt):
        build_pdf(data, out, progress=boom)
    assert out.read_bytes() == b"previous report"
    assert [p.name for p in folder.iterdir()] == ["rapport.pdf"]
    build_pdf(data, out)  # and a later attempt replaces it whole
    assert out.read_bytes().startswith(b"%PDF") and out.read_bytes().rstrip().endswith(b"%%EOF")


def test_discard_partial_removes_only_temporary_files(tmp_path):
    from ifdesk.report import discard_partial

    out = tmp_path / "rapport [1].pdf"
    out.write_bytes(b"%PDF final")
    left = tmp_path / ".rapport [1].pdf.0a1b2c3d.tmp"  # what a killed process leaves
    left.write_bytes(b"%PDF partial")
    other = tmp_path / ".autre.pdf.0a1b2c3d.tmp"
    other.write_bytes(b"x")
    assert discard_partial(out) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [".autre.pdf.0a1b2c3d.tmp", "rapport [1].pdf"]


def test_contents_entry_without_its_section_still_renders(tmp_path):
    from ifdesk.report.document import ReportDoc, TocBlock
    from ifdesk.report.style import STYLES, register_fonts
    from reportlab.platypus import Paragraph

    register_fonts()
    heading = Paragraph("Présent", STYLES["h1"])
    heading.toc_key = "here"
    doc = ReportDoc(str(tmp_path / "t.pdf"), header_left="a", header_right="b", footer_left="c",
                    page_label=lambda n, t: f"page {n} / {t}")
    doc.build([TocBlock("Sommaire", [("here", "Présent", 0), ("gone", "Absent", 0)]), heading])
    assert "Présent" in pdf_text(tmp_path / "t.pdf")


# ---- formats -----------------------------------------------------------------------------------------

def test_french_formats():
    fr, en = Labels("fr"), Labels("en")
    assert fr.money(12500) == f"12{NNBSP}500{NBSP}€" and fr.money(999.6) == f"1{NNBSP}000{NBSP}€"
    assert en.money(12500) == "€12,500"
    assert fr.date(date(2027, 3, 5)) == "05/03/2027" and fr.date(date(2027, 3, 1), long=True) == "1er mars 2027"
    assert en.date(date(2027, 3, 5), long=True) == "5 March 2027"
    assert fr.num(2.345) == "2,3" and en.num(2.345) == "2.3" and fr.num(None) == "—"
    assert typo("Pourquoi ? Parce que : « oui » ; bien !") == \
        f"Pourquoi{NNBSP}? Parce que{NBSP}: «{NNBSP}oui{NNBSP}»{NNBSP}; bien{NNBSP}!"
    assert typo("«oui»") == f"«{NNBSP}oui{NNBSP}»" and typo(typo("« a »")) == typo("« a »")
    assert typo("http://exemple.fr 10:30") == "http://exemple.fr 10:30"


def test_narrow_no_break_space_never_starts_a_line(tmp_path):
    """reportlab would break lines at U+202F; the report keeps « … » and « 12 500 € » together."""
    from reportlab.platypus import Paragraph

    from ifdesk.report.style import STYLES, register_fonts, text

    register_fonts()
    p = Paragraph(text("mot " * 7 + "« guillemets » ; " + Labels("fr").money(12500)), STYLES["body"])
    for width in range(90, 320, 5):  # wide enough for the longest unbreakable group « guillemets » ;
        lines = [" ".join(line[1]) for line in p.breakLines([width]).lines]
        assert len(lines) >= 2 or width > 250
        for line in lines:
            assert not line.startswith(("»", ";", "€", "500", "guillemets")), (width, lines)
            assert not line.endswith(("«", "12")), (width, lines)
