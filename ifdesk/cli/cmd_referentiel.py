"""`ifdesk referentiel validate|list|show|use`."""

from __future__ import annotations

from ..core.errors import IfdeskError
from ..i18n import _, language


def register(sub) -> None:
    p = sub.add_parser("referentiel", help=_("valider, lister et afficher les référentiels"))
    s = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    v = s.add_parser("validate", help=_("valider un fichier de référentiel"))
    v.add_argument("file", metavar=_("FICHIER"))
    v.add_argument("--json", action="store_true")
    v.set_defaults(func=validate)
    ls = s.add_parser("list", help=_("référentiels connus de l'espace de travail"))
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=list_)
    sh = s.add_parser("show", help=_("un référentiel en entier (le courant par défaut)"))
    sh.add_argument("ref", nargs="?", metavar="ID", help=_("identifiant, id@version, SHA-256 (préfixe) ou fichier"))
    sh.add_argument("--json", action="store_true")
    sh.set_defaults(func=show)
    ad = s.add_parser("add", help=_("ajouter un fichier de référentiel à l'espace de travail"))
    ad.add_argument("file", metavar=_("FICHIER"))
    ad.add_argument("--use", action="store_true", help=_("en faire le référentiel des nouveaux diagnostics"))
    ad.set_defaults(func=add)
    sc = s.add_parser("schema", help=_("le schéma JSON du format de référentiel"))
    sc.set_defaults(func=schema)
    us = s.add_parser("use", help=_("choisir le référentiel des nouveaux diagnostics"))
    us.add_argument("ref", metavar="ID")
    us.set_defaults(func=use)


def validate(args, ctx) -> int:
    from ..core import referentiel as refmod

    ref = refmod.load_file(args.file)  # ReferentielInvalid lists every located problem → exit 1
    problems = _mapping_problems(ctx, ref, args.file)
    if problems:
        raise refmod.ReferentielInvalid(args.file, problems)
    if args.json:
        ctx.json({"valid": True, "id": ref.id, "version": ref.version, "sha256": ref.sha256,
                  "themes": len(ref.themes), "criteria": ref.criteria_count()})
    else:
        ctx.say(_("valide : {id} {v} sha256={h} ({t} thèmes, {c} critères)", id=ref.id, v=ref.version, h=ref.sha256,
                  t=len(ref.themes), c=ref.criteria_count()))
    return 0


def _previous_version(ctx, ref, path: str):
    """The version `ref` declares it follows, when known: shipped, beside the file, or in the workspace."""
    from pathlib import Path

    from ..core import referentiel as refmod
    from ..paths import referentiel_dir

    prev = ref.previous
    here = Path(path).resolve()
    for folder in dict.fromkeys((here.parent, referentiel_dir())):
        for f in sorted(folder.glob("*.y*ml")) if folder.is_dir() else []:
            if f.resolve() == here:
                continue
            try:
                other = refmod.load_file(f)
            except refmod.ReferentielInvalid:
                continue
            if (other.id, other.version) == (prev.id, prev.version):
                return other
    from ..store.workspace import DB_NAME

    if (Path(ctx.data_dir) / DB_NAME).exists():
        try:
            return ctx.workspace(readonly=True).referentiels.find(f"{prev.id}@{prev.version}")
        except IfdeskError:
            return None
    return None


def _mapping_problems(ctx, ref, path: str) -> list[str]:
    """The declared mapping checked against the previous version itself, when it is known."""
    from pathlib import Path

    from ..core import referentiel as refmod
    from ..core.referentiel_mapping import check_previous

    if ref.previous is None:
        return []
    old = _previous_version(ctx, ref, path)
    if old is None:
        return []
    return refmod.locate(path, Path(path).read_text("utf-8"), check_previous(ref, old))


def list_(args, ctx) -> int:
    ws = ctx.workspace()
    current = ws.referentiels.current().sha256 if ws.referentiels.list() else None
    out = []
    for r in ws.referentiels.list():
        ref = ws.referentiels.get(r["sha256"])
        out.append({"id": r["id"], "version": r["version"], "sha256": r["sha256"],
                    "title": ref.localized(language()).title,
                    "themes": len(ref.themes), "criteria": ref.criteria_count(), "source": r["source"],
                    "current": r["sha256"] == current})
    if args.json:
        ctx.json(out)
    else:
        for r in out:
            mark = "*" if r["current"] else " "
            ctx.say(f"{mark} {r['id']} {r['version']}  {r['sha256'][:16]}…  "
                    + _("{t} thèmes, {c} critères", t=r["themes"], c=r["criteria"]) + f"  {r['title']}")
    return 0


def _resolve(ctx, key: str | None):
    from pathlib import Path

    from ..core import referentiel as refmod

    if key and (key.endswith((".yaml", ".yml")) or "/" in key) and Path(key).exists():
        return refmod.load_file(key)
    ws = ctx.workspace()
    return ws.referentiels.find(key) if key else ws.referentiels.current()


def show(args, ctx) -> int:
    ref = _resolve(ctx, args.ref).localized(language())  # the texts in the language of the messages, when present
    if args.json:
        ctx.json(ref.to_public_dict())
        return 0
    ctx.say(f"{ref.title}\n{ref.id} {ref.version}  sha256={ref.sha256}")
    if ref.guidance:
        ctx.say(ref.guidance)
    ctx.say(_("Échelle : ") + ", ".join(f"{s.level} {s.label}" for s in ref.scale))
    for t in ref.themes:
        ctx.say(f"\n[{t.id}] {t.title} ({_('poids')} {t.weight:g})")
        for c in t.criteria:
            ctx.say(f"  - {c.id} : {c.title} ({_('poids')} {c.weight:g})")
    return 0


def add(args, ctx) -> int:
    from ..core import referentiel as refmod

    ref = refmod.load_file(args.file)
    ws = ctx.workspace()
    new = ws.referentiels.add(ref, source="file")
    if args.use:
        ws.referentiels.set_current(ref.sha256)
    ctx.say((_("ajouté : ") if new else _("déjà connu : ")) + f"{ref.id} {ref.version} sha256={ref.sha256}")
    return 0


def use(args, ctx) -> int:
    ws = ctx.workspace()
    ref = _resolve(ctx, args.ref)
    ws.referentiels.add(ref, source="file")
    ws.referentiels.set_current(ref.sha256)
    ctx.say(_("référentiel des nouveaux diagnostics : {id} {v}", id=ref.id, v=ref.version))
    return 0


def schema(args, ctx) -> int:
    from ..core import referentiel as refmod

    ctx.json(refmod.json_schema())
    return 0
