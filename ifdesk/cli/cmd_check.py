"""`ifdesk check`: database integrity."""

from __future__ import annotations

from ..i18n import _


def register(sub) -> None:
    p = sub.add_parser("check", help=_("vérifier l'intégrité de l'espace de travail"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=check)


def check(args, ctx) -> int:
    ws = ctx.workspace(readonly=True)
    problems = ws.check()
    from ..store import schema

    if args.json:
        ctx.json({"ok": not problems, "problems": problems, "schema_version": schema.LATEST, "path": str(ws.path)})
    elif problems:
        from .app import err

        for p in problems:
            err(p)
    else:
        ctx.say(_("espace de travail sain : {p}", p=ws.path))
    return 0 if not problems else 1
