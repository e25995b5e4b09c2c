"""ifdesk/store/reviews.py: states, comments, journal, to_review on every new received revision."""

import pytest

from ifdesk.core.errors import ValidationError
from ifdesk.store import imports, reviews
from ifdesk.store.db import transaction


def _received(ws):
    from ifdesk.demo import fill

    fill(ws, companies=2, seed=5)
    diag_id = ws.diagnostics.list()[0]["id"]
    with transaction(ws.db):
        imports.record_author(ws.db, diag_id, "00112233aabbccdd", "2026-01-01T00:00:00Z")
        reviews.mark_to_review(ws.db, diag_id, 1, "2026-01-01T00:00:00Z")
    return diag_id


def test_set_review_validates_and_journals(tmp_path):
    from ifdesk.store import Workspace

    with Workspace(tmp_path / "ws") as ws:
        d = _received(ws)
        assert reviews.get_review(ws.db, d)["state"] == "to_review"
        with pytest.raises(ValidationError):
            reviews.set_review(ws.db, d, "changes_requested", "  ", "k", "Bureau")
        with pytest.raises(ValidationError):
            reviews.set_review(ws.db, d, "rejected", "", "k", "Bureau")
        with pytest.raises(ValidationError):
            reviews.set_review(ws.db, d, "to_review", "", "k", "Bureau")
        with pytest.raises(ValidationError):
            reviews.set_review(ws.db, d, "bogus", "x", "k", "Bureau")
        assert reviews.get_review(ws.db, d)["state"] == "to_review"
        reviews.set_review(ws.db, d, "changes_requested", "Préciser le plan d'action", "k", "Bureau")
        r = reviews.get_review(ws.db, d)
        assert (r["state"], r["comment"], r["decided_by_name"]) == ("changes_requested", "Préciser le plan d'action", "Bureau")
        assert reviews.review_json(r)["at"] == r["decided_at"]
        reviews.set_review(ws.db, d, "approved", "", "k", "Bureau")
        states = [h["state"] for h in reviews.history(ws.db, d)]
        assert states == ["changes_requested", "approved"]
        with transaction(ws.db):
            reviews.mark_to_review(ws.db, d, 2, "2026-02-01T00:00:00Z")
        r = reviews.get_review(ws.db, d)
        assert (r["state"], r["revision"], r["comment"]) == ("to_review", 2, "")


def test_only_received_diagnostics_are_reviewed(tmp_path):
    from ifdesk.demo import fill
    from ifdesk.store import Workspace

    with Workspace(tmp_path / "ws") as ws:
        fill(ws, companies=2, seed=5)
        siret = ws.diagnostics.list()[0]["siret"]
        d = ws.diagnostics.create(siret, ws.referentiels.current(), None, "Expert")  # written here, not received
        with pytest.raises(ValidationError):
            reviews.set_review(ws.db, d, "approved", "", "k", "Bureau")
        assert reviews.get_review(ws.db, d) is None
