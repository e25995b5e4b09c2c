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
    # ifdesk/core/programme.py
    "Jalon invalide : « {raw} » (attendu DATE=N, par ex. 2015-12-31=500).":
        "Invalid milestone: \"{raw}\" (expected DATE=N, e.g. 2015-12-31=500).",
    "Jalon du {d} : le nombre d'entreprises ne peut pas être négatif ({n}).":
        "Milestone of {d}: the number of companies cannot be negative ({n}).",
    "Jalon du {d} hors de la période du programme ({s} → {e}).":
        "Milestone of {d} outside the programme's period ({s} → {e}).",
    "Deux jalons à la même date : {d}.": "Two milestones on the same date: {d}.",
    "Un nombre est attendu.": "A number is expected.",
    "Le nombre de jours ne peut pas être négatif ({n}).": "The number of days cannot be negative ({n}).",
    "Nombre de jours invraisemblable ({n}, au plus {m}).": "Implausible number of days ({n}, at most {m}).",
    "Le tarif journalier ne peut pas être négatif ({n}).": "The day rate cannot be negative ({n}).",
    "Tarif journalier invraisemblable ({n} €, au plus {m} €).": "Implausible day rate (€{n}, at most €{m}).",
    "La part du programme doit être comprise entre 0 et 100 % (reçu {n}).":
        "The programme's share must be between 0 and 100 % (got {n}).",
    # ifdesk/cli/cmd_office.py, cmd_stats.py
    "DATE=N": "DATE=N",
    "objectif daté : N entreprises au plus tard à DATE (AAAA-MM-JJ) ; répétable":
        "dated objective: N companies by DATE (YYYY-MM-DD); repeatable",
    "le coût d'un diagnostic (jours d'expert × tarif journalier) et la part du programme":
        "an assessment's cost (expert days × day rate) and the programme's share",
    "jours d'expert": "expert days",
    "tarif journalier en euros": "day rate in euros",
    "POURCENT": "PERCENT",
    "part payée par le programme, en % (100 par défaut)": "share paid by the programme, in % (100 by default)",
    "coût enregistré : {d} j × {r} € = {t} €, part du programme {s} % ({p} €)":
        "cost recorded: {d} d × €{r} = €{t}, programme's share {s} % (€{p})",
    "Budget : alloué {a} €, engagé {e} €, dépensé {s} € · coût par entreprise diagnostiquée : {c}":
        "Budget: allocated €{a}, engaged €{e}, spent €{s} · cost per company assessed: {c}",
    "Entreprises suivies (au moins deux diagnostics) : {n}": "Companies followed up (two assessments or more): {n}",
    # ifdesk/bundle/distribution.py, ifdesk/cli/cmd_distribute.py (benchmark)
    "{p} : cellule de comparaison {d} {s} en double": "{p}: peer cell {d} {s} given twice",
    "{n} cellule(s) de comparaison anonymes": "{n} anonymous peer cell(s)",
    "joindre les quartiles anonymes par division NAF et catégorie (diagnostics approuvés, cellules d'au moins 5 entreprises)":
        "include the anonymous quartiles per NAF division and size class (approved assessments, cells of at least 5 companies)",
    "comparaison anonyme : {n} cellule(s) d'au moins 5 entreprises": "anonymous peer figures: {n} cell(s) of at least 5 companies",
    # ifdesk/office/tables.py (office export)
    "Jalons des programmes": "Programme milestones",
    "Diagnostic précédent": "Previous assessment",
    "Revue": "Review",
    "Jours d'expert": "Expert days",
    "Tarif journalier": "Day rate",
    "Part du programme (%)": "Programme share (%)",
    "Coût": "Cost",
    "Part du programme (€)": "Programme share (€)",
    "Identifiant de l'action": "Action id",
    "Statut de l'action": "Action status",
    "Statut au": "Status on",
    "Raison de l'abandon": "Reason abandoned",
    "Programme": "Programme",
    "Intitulé": "Title",
    "Échéance": "Due date",
    "Objectif (entreprises)": "Objective (companies)",
    # ifdesk/bundle/importer.py
    "le diagnostic {id} se dit le suivi du diagnostic {p}, qui concerne une autre entreprise":
        "assessment {id} claims to follow up assessment {p}, which is about another company",
}
