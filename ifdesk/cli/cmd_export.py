"""`ifdesk export (ID… | --all-completed) -o FILE_OR_DIR [--no-encrypt] [--revision N] [--office KEY_ID…]`."""

from __future__ import annotations

from pathlib import Path

from ..core.errors import IfdeskError
from ..i18n import _
from .argtypes import integer


def register(sub) -> None:
    p = sub.add_parser("export", help=_("exporter des diagnostics terminés en paquets signés (.ifbundle)"))
    p.add_argument("ids", nargs="*", metavar="ID")
    p.add_argument("--all-completed", action="store_true", help=_("tous les diagnostics terminés ou déjà exportés"))
    p.add_argument("-o", "--output", required=True, metavar=_("FICHIER_OU_DOSSIER"),
                   help=_("un fichier : un seul paquet ; un dossier : un paquet par diagnostic"))
    p.add_argument("--no-encrypt", action="store_true", help=_("ne pas chiffrer pour le bureau régional"))
    p.add_argument("--revision", type=integer, metavar="N",
                   help=_("exporter cette révision conservée (un seul diagnostic ; défaut : la révision courante)"))
    p.add_argument("--office", action="append", default=[], metavar="KEY_ID",
                   help=_("chiffrer pour ce bureau enrôlé seulement (répétable ; défaut : tous les bureaux enrôlés)"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=export)


def export(args, ctx) -> int:
    from ..bundle import export_diagnostics, exportable_ids

    ws = ctx.workspace()
    if args.all_completed and args.ids:
        raise IfdeskError(_("Donnez des identifiants ou --all-completed, pas les deux."))
    ids = exportable_ids(ws) if args.all_completed else [ws.diagnostics.resolve_id(i) for i in args.ids]
    if not ids:
        raise IfdeskError(_("Aucun diagnostic terminé à exporter.") if args.all_completed
                          else _("Donnez au moins un identifiant de diagnostic, ou --all-completed."))
    if args.revision is not None and len(ids) != 1:
        raise IfdeskError(_("--revision choisit la révision d'un seul diagnostic : donnez un seul identifiant."))
    out = Path(args.output)
    per = out.is_dir() or args.output.endswith(("/", "\\"))
    files = export_diagnostics(ws, ids, out, ctx.passphrase(), encrypt=not args.no_encrypt, per_diagnostic=per,
                               revisions={ids[0]: args.revision} if args.revision is not None else None,
                               offices=args.office or None)
    if args.json:
        ctx.json([f.as_dict() for f in files])
        return 0
    for f in files:
        how = _("chiffré pour {n} bureau(x)", n=len(f.recipients)) if f.encrypted else _("non chiffré")
        ctx.say(_("{p} : {n} diagnostic(s), signé, {how}", p=f.path, n=len(f.diagnostics), how=how))
    if not args.no_encrypt and not any(f.encrypted for f in files):
        ctx.say(_("Attention : aucun bureau régional enrôlé, le paquet n'est pas chiffré (enrôlez sa carte avec « trust add »)."))
    return 0
