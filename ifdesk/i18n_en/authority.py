"""English messages of the authority rules and the office's review (issue 12); keys are the French source strings."""

EN: dict[str, str] = {
    # ifdesk/store/reviews.py
    "à examiner": "to review",
    "approuvé": "approved",
    "modifications demandées": "changes requested",
    "rejeté": "rejected",
    "État de revue inconnu : {s} (approved, changes_requested ou rejected).":
        "Unknown review state: {s} (approved, changes_requested or rejected).",
    "Un commentaire est nécessaire pour demander des modifications ou rejeter.":
        "A comment is required to request changes or to reject.",
    "Commentaire trop long ({n} caractères, {m} au plus).": "Comment too long ({n} characters, {m} at most).",
    "Seul un diagnostic reçu d'un expert se passe en revue.": "Only an assessment received from an expert can be reviewed.",
}
