"""`ifdesk import PATH…`, plus `ifdesk journal` and `ifdesk conflicts [resolve]`."""

from __future__ import annotations

from .app import err

from ..core import formats
from ..core.outcomes import outcome_label
from ..i18n import _
from .argtypes import integer



def register(sub) -> None:
    p = sub.add_parser("import", help=_("importer des paquets .ifbundle (fichiers ou dossiers)"))
    p.add_argument("paths", nargs="+", metavar=_("CHEMIN"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=import_)
    j = sub.add_parser("journal", help=_("journal des imports"))
    j.add_argument("--limit", type=integer, default=50)
    j.add_argument("--json", action="store_true")
    j.set_defaults(func=journal)
    c = sub.add_parser("conflicts", help=_("diagnostics en conflit, à examiner"))
    c.add_argument("--json", action="store_true")
    cs = c.add_subparsers(dest="action", metavar="ACTION")
    r = cs.add_parser("resolve", help=_("choisir la révision courante d'un diagnostic en conflit"))
    r.add_argument("id", metavar="ID")
    r.add_argument("revision", type=integer, metavar="REVISION")
    r.add_argument("--hash", metavar=_("EMPREINTE"), help=_("empreinte de contenu de la version choisie (si plusieurs)"))
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=resolve)
    c.set_defaults(func=conflicts)


def _label(status: str) -> str:
    return outcome_label(status)


def import_(args, ctx) -> int:
    from ..bundle import import_paths

    ws = ctx.workspace()
    results = import_paths(ws, args.paths, passphrase=lambda: _maybe_passphrase(ctx))
    if args.json:
        ctx.json([{"file": r.file, "status": r.status, "reason": r.reason,
                   "diagnostics": [{"id": d["id"], "status": d["status"], "revision": d["revision"]} for d in r.diagnostics],
                   "sha256": r.sha256, "signer": r.signer} for r in results])
    else:
        for r in results:
            line = f"{r.file} : {_label(r.status)}"
            if r.reason:
                line += f" — {r.reason}"
            (err(line) if r.status == "rejected" else ctx.say(line))
        if not results:
            ctx.say(_("Aucun paquet .ifbundle trouvé."))
    return 1 if any(r.status == "rejected" for r in results) else 0


def _maybe_passphrase(ctx):
    from ..core.errors import IfdeskError

    try:
        return ctx.passphrase(_("Phrase secrète du bureau : "))
    except IfdeskError:
        return None


def journal(args, ctx) -> int:
    from ..bundle import journal as rows

    entries = rows(ctx.workspace(readonly=True), args.limit)
    if args.json:
        ctx.json(entries)
        return 0
    for e in entries:
        ctx.say(f"{formats.moment(e['at'])}  {_label(e['outcome']):17}  {e['file']}  {e['signer_name'] or ''}  {e['reason']}")
    return 0


def conflicts(args, ctx) -> int:
    from ..bundle import conflicts as list_conflicts

    rows = list_conflicts(ctx.workspace(readonly=True))
    if args.json:
        ctx.json(rows)
        return 0
    if not rows:
        ctx.say(_("Aucun conflit."))
    for r in rows:
        parts = []
        if r["variants"]:
            parts.append(_("versions concurrentes de la révision {r}", r=", ".join(map(str, r["variants"]))))
        if r["missing"]:
            parts.append(_("révision(s) {r} jamais reçue(s)", r=", ".join(map(str, r["missing"]))))
        ctx.say(f"{r['id']}  {r['company'] or r['siret']}  r{r['current_revision']}  " + " ; ".join(parts))
    return 0


def resolve(args, ctx) -> int:
    from ..bundle import resolve_conflict

    ws = ctx.workspace()
    res = resolve_conflict(ws, ws.diagnostics.resolve_id(args.id), args.revision, args.hash)
    if args.json:
        ctx.json(res)
    else:
        ctx.say(_("Révision {r} retenue comme courante pour {id}.", r=res["revision"], id=res["id"]))
    return 0
