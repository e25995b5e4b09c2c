"""The office's review decisions travelling to the experts in a distribution bundle (bundle.md, Authority).

The office's next distribution carries every decision not yet sent (`reviews.sent_at` is set when the
bundle is written). An expert's workspace stores only the decisions on its own diagnostics (a diagnostic
of this workspace whose expert key is this workspace's, or one it rotated from); the bundle's signature by
the enrolled office was checked before (verify.py, distribution.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field

from ..i18n import _
from ..store import reviews
from . import format as fmt
from .container import BundleRejected

if TYPE_CHECKING:
    from ..store.workspace import Workspace


class ReviewDecision(fmt.Strict):
    diag_id: str = Field(pattern=fmt.UUID_RE)
    revision: int = Field(ge=1, le=999_999)
    state: Literal["approved", "changes_requested", "rejected"]
    comment: str = Field(max_length=reviews.MAX_COMMENT)
    decided_at: str = Field(max_length=40)
    author_key_id: str = Field(pattern=fmt.KEY_ID_RE)


def outgoing(ws: Workspace) -> list[dict[str, Any]]:
    """Decisions of this office not yet sent, as they travel."""
    return [{"diag_id": r["diag_id"], "revision": r["revision"], "state": r["state"], "comment": r["comment"],
             "decided_at": r["decided_at"], "author_key_id": r["author_key_id"]} for r in reviews.unsent(ws.db)]


def mark_sent(ws: Workspace, decisions: list[dict[str, Any]], at: str) -> None:
    reviews.mark_sent(ws.db, [d["diag_id"] for d in decisions], at)


def check(decisions: list[ReviewDecision], where: str) -> None:
    from .verify import check_when

    seen: set[str] = set()
    for d in decisions:
        if d.diag_id in seen:
            raise BundleRejected(_("{p} : décision de revue en double pour le diagnostic {id}", p=where, id=d.diag_id))
        seen.add(d.diag_id)
        if d.state != "approved" and not d.comment.strip():
            raise BundleRejected(_("{p} : décision « {s} » sans commentaire", p=where, s=d.state))
        check_when(d.decided_at, f"{where} decided_at")


def apply(ws: Workspace, decisions: list[ReviewDecision], office_key_id: str, office_name: str, bundle_id: str,
          me: set[str]) -> list[dict[str, Any]]:
    """Store the decisions on this expert's own diagnostics; the others are not theirs to hold."""
    out: list[dict[str, Any]] = []
    for d in decisions:
        row = ws.db.execute("SELECT expert_key_id FROM diagnostics WHERE id = ?", (d.diag_id,)).fetchone()
        if row is None or row[0] not in me or d.author_key_id not in me:
            continue
        stored = reviews.record_received_decision(ws.db, d.diag_id, d.revision, d.state, d.comment, d.decided_at,
                                                  office_key_id, office_name, bundle_id)
        out.append({"id": f"review:{d.diag_id}", "revision": d.revision, "status": "imported" if stored else "unchanged",
                    "reason": _("revue du bureau : {s}", s=reviews.state_label(d.state)) if stored else ""})
    return out
