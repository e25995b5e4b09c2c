"""English messages of issue 14 (follow-ups, action statuses, milestones, costs, benchmark)."""

EN: dict[str, str] = {
    # ifdesk/core/diagnostic.py
    "prévue": "planned",
    "en cours": "in progress",
    "réalisée": "done",
    "abandonnée": "abandoned",
    "Une action abandonnée demande une raison.": "An abandoned action requires a reason.",
    "Raison trop longue ({n} caractères au plus).": "Reason too long ({n} characters at most).",
    "Action inconnue : {a} dans le diagnostic {id}.": "Unknown action: {a} in assessment {id}.",
    "Statut d'action inconnu : {s} (planned, in_progress, done ou abandoned).":
        "Unknown action status: {s} (planned, in_progress, done or abandoned).",
    # ifdesk/cli/cmd_diag.py
    "le statut d'une action du plan (sur une révision en brouillon)": "an action's status (on a draft revision)",
    "identifiant de l'action (voir « diag show --json »)": "the action's id (see \"diag show --json\")",
    "raison de l'abandon (obligatoire pour abandoned)": "why it was abandoned (required with abandoned)",
    "action {a} : {s}": "action {a}: {s}",
}
