"""« Transmettre au national… » (office): the experts' original signed bundles not yet forwarded and a signed
programmes bundle, encrypted to the enrolled national identity (`ifdesk office forward`)."""

from __future__ import annotations

from ..i18n import tr
from ..ops import Op, show_error
from . import national_work as work
from . import sync_dialogs as dialogs


def forward(page, folder: str | None = None, passphrase: str | None = None, everything: bool = False) -> Op | None:
    """Ask for the folder and the passphrase (unless given), then write; the page's result line says what left."""
    if folder is None:
        folder = dialogs.pick_folder(page, tr("Dossier où écrire l'envoi au national"))
        if not folder:
            return None
    if passphrase is None:
        passphrase = dialogs.ask_passphrase(page, tr("Phrase secrète du bureau, pour signer le paquet des programmes :"))
        if passphrase is None:
            return None

    def done(res: dict) -> None:
        page.export_result.setText(tr("{n} paquet(s) d'experts et les programmes de la région {r} écrits dans {p}, "
                                      "chiffrés pour le national.").replace("{n}", str(res["bundles"]))
                                   .replace("{r}", res["region"]).replace("{p}", res["folder"]))
        page.refresh()

    def failed(exc: BaseException) -> None:
        page.refresh()
        show_error(page, exc)

    return (Op(page, lambda ws, p: work.forward(ws, folder, passphrase, everything, p.update))
            .with_progress(tr("Transmission au national…"), page.export_strip).success(done).failure(failed).run())
