"""The report's own words in French and English, and French number, money and date formats.

The report language is chosen per report (`lang`), independently of the program's message language,
so the labels live here rather than in `ifdesk.i18n`. Texts of the référentiel and of the expert stay
as written (French).
"""

from __future__ import annotations

import re
from datetime import date, datetime

from ..core import formats

NNBSP = "\u202f"   # espace fine insécable: before ; ! ? », after «, thousands separator
NBSP = "\u00a0"    # espace insécable: before : and €


LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "doc_title": "Diagnostic de maturité Industrie du Futur",
        "doc_subtitle": "Rapport remis à l'entreprise",
        "subject": "Diagnostic de maturité Industrie du Futur de {company}",
        "header": "Diagnostic Industrie du Futur",
        "page": "page {n} / {total}",
        "cover_company": "Entreprise",
        "siret": "SIRET",
        "site": "Site",
        "naf": "Activité (NAF)",
        "headcount": "Effectif",
        "headcount_value": "{n} salariés",
        "size": "Catégorie",
        "visit_date": "Date de la visite",
        "expert": "Expert",
        "programme": "Programme",
        "region": "Région",
        "referentiel": "Référentiel",
        "revision": "Diagnostic",
        "revision_value": "révision {r} · {status}",
        "status_draft": "brouillon — document provisoire",
        "status_completed": "terminé",
        "status_exported": "terminé et transmis",
        "draft_warning": "Document provisoire : le diagnostic n'est pas encore terminé.",
        "watermark_draft": "PROVISOIRE",
        "unknown": "non renseigné",
        "contents": "Sommaire",
        "summary": "Synthèse",
        "overall_index": "Indice global de maturité",
        "overall_target": "cible {t}",
        "out_of": "sur {max}",
        "answered": "{a} critères évalués sur {t}",
        "answered_na": "{a} critères évalués sur {t}, dont {na} non applicable",
        "answered_nas": "{a} critères évalués sur {t}, dont {na} non applicables",
        "radar_title": "Maturité par thème : niveau actuel et niveau cible",
        "current": "Actuel",
        "target": "Cible",
        "gap": "Écart",
        "theme": "Thème",
        "score": "Score",
        "maturity": "Maturité",
        "priorities": "Priorités",
        "priorities_intro": "Les écarts les plus importants entre le niveau actuel et le niveau visé, pondérés par l'importance des critères :",
        "priority_sentence": "{title} ({theme}) : passer du niveau {cur} « {cur_label} » au niveau {tgt} « {tgt_label} »{action}.",
        "priority_action": ", action prévue : « {a} »",
        "no_priorities": "Aucun niveau cible supérieur au niveau actuel n'a été fixé : pas de priorité calculée.",
        "synthesis": "Points forts et points faibles",
        "strengths": "Points forts",
        "weaknesses": "Points faibles",
        "none_written": "Non renseigné par l'expert.",
        "themes": "Résultats par thème",
        "theme_score": "Score {s} sur {max} ({label}) · cible {t} · {n} critères",
        "theme_score_na": "Pas de score : aucun critère applicable n'est évalué.",
        "theme_na_count": ", dont {n} non applicable",
        "theme_na_counts": ", dont {n} non applicables",
        "chart_legend_current": "Niveau actuel",
        "chart_legend_target": "Niveau cible",
        "not_applicable": "non applicable",
        "not_answered": "non évalué",
        "notes": "Observations de l'expert",
        "no_notes": "Pas d'observation pour ce thème.",
        "theme_strong": "Points d'appui",
        "theme_weak": "Axes de progrès",
        "none": "—",
        "action_plan": "Priorités et plan d'action",
        "action_plan_intro": "Actions classées par priorité. Les numéros de critères renvoient aux sections par thème et à l'annexe {letter}.",
        "total": "Total ({n} actions)",
        "see_detail": "Description détaillée : voir ({n}) sous le tableau.",
        "action_details": "Descriptions détaillées",
        "no_actions": "Aucune action n'a été inscrite au plan.",
        "col_priority": "Prio.",
        "col_action": "Action",
        "col_criteria": "Critères",
        "col_horizon": "Horizon",
        "col_owner": "Responsable",
        "col_cost": "Coût estimé",
        "col_due": "Échéance",
        "priority_1": "haute",
        "priority_2": "moyenne",
        "priority_3": "basse",
        "horizon_court": "court terme",
        "horizon_moyen": "moyen terme",
        "horizon_long": "long terme",
        "annex_criteria": "Annexe {letter} — Détail des critères",
        "annex_intro": "Pour chaque critère : le niveau retenu et son descripteur, le niveau visé et l'observation de l'expert.",
        "level_chosen": "Niveau retenu : {lvl} « {label} »",
        "level_target": "Niveau visé : {lvl} « {label} »",
        "na_reason": "Non applicable : {reason}",
        "note": "Observation",
        "photos_ref": "{n} photo(s) en annexe {letter}",
        "annex_photos": "Annexe {letter} — Photos",
        "photo_general": "Photo générale",
        "photo_missing": "fichier introuvable",
        "photo_unreadable": "image illisible",
        "photo_other_files": "Autres pièces jointes (non reproduites) : {names}",
        "annex_method": "Annexe {letter} — Méthode",
        "method_ref": "Référentiel",
        "method_id": "Identifiant",
        "method_version": "Version",
        "method_sha": "Empreinte SHA-256",
        "method_scale": "Échelle de maturité",
        "method_level": "Niveau",
        "method_label": "Libellé",
        "method_description": "Description",
        "method_weights": "Pondération des thèmes",
        "method_weight": "Poids",
        "method_aggregation": "Agrégation",
        "method_criteria": "Critères",
        "agg_weighted_mean": "moyenne pondérée",
        "agg_minimum": "minimum",
        "method_scores": "Calcul des scores",
        "method_diag": "Diagnostic",
        "method_identity": "Référentiel et diagnostic",
        "method_content_hash": "Empreinte du contenu",
        "method_report": "Rapport",
        "method_generated": "produit le {d} par ifdesk {v}",
        "disclaimer": "Avertissement",
        # ---- issue 15: what comes next, financing, confidentiality, signatures (report/closing.py) ----
        "cost_unknown": "non chiffré",
        "total_unknown": " + {n} non chiffrée(s)",
        "next_steps": "Prochaines étapes",
        "restitution": "Réunion de restitution",
        "followup": "Visite de suivi prévue",
        "to_schedule": "à fixer",
        "no_action_reason": "Aucune action retenue au plan : {reason}",
        "expert_contact": "Votre interlocuteur",
        "next_steps_intro": "Le rapport est présenté et discuté avec la direction lors de la réunion de restitution ; "
                            "la visite de suivi mesure les progrès du plan d'action.",
        "financing": "Financements mobilisables",
        "financing_intro": "Dispositifs publics pouvant financer tout ou partie des actions ; les conditions "
                           "d'éligibilité et les montants sont à vérifier auprès de chaque organisme.",
        "col_scheme": "Dispositif",
        "col_body": "Organisme",
        "col_funds": "Ce qu'il finance",
        "col_link": "Lien",
        "confidentiality": "Confidentialité",
        "confidentiality_text": "Ce rapport est confidentiel. Il est remis à la direction de l'entreprise et ne peut être "
                                "communiqué à des tiers qu'avec son accord. L'expert et l'organisme qui porte le "
                                "programme sont tenus au secret sur les informations recueillies lors de la visite ; "
                                "seuls les scores, sans les observations, entrent dans les statistiques anonymes "
                                "du programme.",
        "signatures": "Signatures",
        "sign_expert": "L'expert",
        "sign_director": "Le dirigeant de l'entreprise",
        "sign_line": "Nom, date et signature",
    },
    "en": {
        "doc_title": "Industrie du Futur maturity assessment",
        "doc_subtitle": "Report for the company",
        "subject": "Industrie du Futur maturity assessment of {company}",
        "header": "Industrie du Futur assessment",
        "page": "page {n} / {total}",
        "cover_company": "Company",
        "siret": "SIRET",
        "site": "Site",
        "naf": "Activity (NAF)",
        "headcount": "Headcount",
        "headcount_value": "{n} employees",
        "size": "Size category",
        "visit_date": "Date of visit",
        "expert": "Expert",
        "programme": "Programme",
        "region": "Region",
        "referentiel": "Reference framework",
        "revision": "Assessment",
        "revision_value": "revision {r} · {status}",
        "status_draft": "draft — provisional document",
        "status_completed": "completed",
        "status_exported": "completed and sent",
        "draft_warning": "Provisional document: the assessment is not completed yet.",
        "watermark_draft": "DRAFT",
        "unknown": "not given",
        "contents": "Contents",
        "summary": "Summary",
        "overall_index": "Overall maturity index",
        "overall_target": "target {t}",
        "out_of": "out of {max}",
        "answered": "{a} of {t} criteria assessed",
        "answered_na": "{a} of {t} criteria assessed, {na} of them not applicable",
        "answered_nas": "{a} of {t} criteria assessed, {na} of them not applicable",
        "radar_title": "Maturity by theme: current and target level",
        "current": "Current",
        "target": "Target",
        "gap": "Gap",
        "theme": "Theme",
        "score": "Score",
        "maturity": "Maturity",
        "priorities": "Priorities",
        "priorities_intro": "The largest gaps between the current and the target level, weighted by the criteria's importance:",
        "priority_sentence": "{title} ({theme}): move from level {cur} “{cur_label}” to level {tgt} “{tgt_label}”{action}.",
        "priority_action": "; planned action: “{a}”",
        "no_priorities": "No target above the current level was set: no priority computed.",
        "synthesis": "Strengths and weaknesses",
        "strengths": "Strengths",
        "weaknesses": "Weaknesses",
        "none_written": "Not filled in by the expert.",
        "themes": "Results by theme",
        "theme_score": "Score {s} out of {max} ({label}) · target {t} · {n} criteria",
        "theme_score_na": "No score: no applicable criterion was assessed.",
        "theme_na_count": ", {n} not applicable",
        "theme_na_counts": ", {n} not applicable",
        "chart_legend_current": "Current level",
        "chart_legend_target": "Target level",
        "not_applicable": "not applicable",
        "not_answered": "not assessed",
        "notes": "Expert's notes",
        "no_notes": "No note for this theme.",
        "theme_strong": "Strong points",
        "theme_weak": "Areas for progress",
        "none": "—",
        "action_plan": "Priorities and action plan",
        "action_plan_intro": "Actions sorted by priority. Criterion numbers refer to the theme sections and to annex {letter}.",
        "total": "Total ({n} actions)",
        "see_detail": "Full description: see ({n}) below the table.",
        "action_details": "Full descriptions",
        "no_actions": "No action was entered in the plan.",
        "col_priority": "Prio.",
        "col_action": "Action",
        "col_criteria": "Criteria",
        "col_horizon": "Horizon",
        "col_owner": "Owner",
        "col_cost": "Est. cost",
        "col_due": "Due date",
        "priority_1": "high",
        "priority_2": "medium",
        "priority_3": "low",
        "horizon_court": "short term",
        "horizon_moyen": "medium term",
        "horizon_long": "long term",
        "annex_criteria": "Annex {letter} — Criteria in detail",
        "annex_intro": "For each criterion: the level chosen and its descriptor, the target level and the expert's note.",
        "level_chosen": "Level chosen: {lvl} “{label}”",
        "level_target": "Target level: {lvl} “{label}”",
        "na_reason": "Not applicable: {reason}",
        "note": "Note",
        "photos_ref": "{n} photo(s) in annex {letter}",
        "annex_photos": "Annex {letter} — Photos",
        "photo_general": "General photo",
        "photo_missing": "file not found",
        "photo_unreadable": "unreadable image",
        "photo_other_files": "Other attachments (not reproduced): {names}",
        "annex_method": "Annex {letter} — Method",
        "method_ref": "Reference framework",
        "method_id": "Identifier",
        "method_version": "Version",
        "method_sha": "SHA-256 fingerprint",
        "method_scale": "Maturity scale",
        "method_level": "Level",
        "method_label": "Label",
        "method_description": "Description",
        "method_weights": "Theme weights",
        "method_weight": "Weight",
        "method_aggregation": "Aggregation",
        "method_criteria": "Criteria",
        "agg_weighted_mean": "weighted mean",
        "agg_minimum": "minimum",
        "method_scores": "How scores are computed",
        "method_diag": "Assessment",
        "method_identity": "Framework and assessment",
        "method_content_hash": "Content fingerprint",
        "method_report": "Report",
        "method_generated": "produced on {d} by ifdesk {v}",
        "disclaimer": "Disclaimer",
        # ---- issue 15 ----
        "cost_unknown": "not costed",
        "total_unknown": " + {n} not costed",
        "next_steps": "Next steps",
        "restitution": "Restitution meeting",
        "followup": "Planned follow-up visit",
        "to_schedule": "to be scheduled",
        "no_action_reason": "No action retained in the plan: {reason}",
        "expert_contact": "Your contact",
        "next_steps_intro": "The report is presented to and discussed with the management at the restitution "
                            "meeting; the follow-up visit measures the progress of the action plan.",
        "financing": "Available funding",
        "financing_intro": "Public schemes that may fund all or part of the actions; eligibility and amounts are to "
                           "be checked with each body.",
        "col_scheme": "Scheme",
        "col_body": "Body",
        "col_funds": "What it funds",
        "col_link": "Link",
        "confidentiality": "Confidentiality",
        "confidentiality_text": "This report is confidential. It is handed to the company's management and may be "
                                "passed on to third parties only with its consent. The expert and the body running "
                                "the programme are bound to secrecy about what they learnt during the visit; only "
                                "the scores, without the notes, enter the programme's anonymous statistics.",
        "signatures": "Signatures",
        "sign_expert": "The expert",
        "sign_director": "The company's director",
        "sign_line": "Name, date and signature",
    },
}


# texts of several paragraphs, by language (`Labels.paragraphs`)
PARAGRAPHS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "method_text": [
            "Pour chaque critère, l'expert retient un niveau actuel et un niveau cible sur l'échelle ci-dessus, "
            "ou le déclare non applicable en donnant la raison.",
            "Score d'un thème : l'agrégation que déclare le référentiel sur les critères évalués et applicables "
            "du thème — moyenne pondérée par le poids des critères (par défaut) ou minimum, à la manière d'IMPULS. "
            "Les critères non évalués ou non applicables sont écartés ; un thème sans critère restant n'a pas de score.",
            "Indice global : moyenne des scores des thèmes pondérée par le poids des thèmes. Le libellé de maturité "
            "est celui du niveau de l'échelle atteint (score arrondi à l'entier inférieur).",
            "Écart : niveau cible moins niveau actuel. Priorité d'un critère : écart × poids du critère, "
            "× 1,5 quand l'entreprise l'a jugé important ; à égalité, le plus grand écart puis l'ordre du référentiel.",
            "Les scores se recalculent à l'identique à partir des seules réponses et du référentiel épinglé "
            "(identifié par son empreinte SHA-256).",
        ],
    },
    "en": {
        "method_text": [
            "For each criterion the expert records a current and a target level on the scale above, or marks it "
            "not applicable with a reason.",
            "Theme score: the aggregation declared by the reference framework over the theme's assessed, applicable "
            "criteria — mean weighted by criterion weight (default) or minimum, IMPULS-style. Unassessed and "
            "not-applicable criteria are left out; a theme with none left has no score.",
            "Overall index: mean of the theme scores weighted by theme weight. The maturity label is the label of "
            "the scale level reached (score rounded down).",
            "Gap: target level minus current level. Priority of a criterion: gap × criterion weight, × 1.5 when the "
            "company flagged it important; ties are broken by the larger gap, then by framework order.",
            "Scores are reproducible from the stored answers and the pinned framework alone (identified by its "
            "SHA-256 fingerprint).",
        ],
    },
}


# which annex a label names: its letter comes from the annexes the report actually has (no gap)
ANNEX_OF = {"annex_criteria": "criteria", "action_plan_intro": "criteria", "annex_photos": "photos",
            "photos_ref": "photos", "annex_method": "method"}


def annex_letters(has_photos: bool) -> dict[str, str]:
    """A, B, C… in order, over the annexes present: criteria, photos (when there are any), method."""
    present = ["criteria"] + (["photos"] if has_photos else []) + ["method"]
    return {name: chr(ord("A") + i) for i, name in enumerate(present)}


class Labels:
    def __init__(self, lang: str = "fr", has_photos: bool = False):
        self.lang = "en" if str(lang).lower().startswith("en") else "fr"
        self._t = LABELS[self.lang]
        self.annexes = annex_letters(has_photos)

    def __call__(self, key: str, **params: object) -> str:
        text = self._t[key]
        if key in ANNEX_OF:
            params.setdefault("letter", self.annexes.get(ANNEX_OF[key], "?"))
        text = text.format(**params) if params else text
        return typo(text) if self.lang == "fr" else text

    def paragraphs(self, key: str) -> list[str]:
        """A text of several paragraphs (PARAGRAPHS), one string each."""
        return [typo(t) if self.lang == "fr" else t for t in PARAGRAPHS[self.lang][key]]

    # ---- formats --------------------------------------------------------------------------------
    def num(self, x: float | None, digits: int = 1) -> str:
        return self._t["none"] if x is None else formats.number(x, digits, self.lang)

    def money(self, x: float | None) -> str:
        """French: « 12 500 € » (fine insécable between thousands); English: « €12,500 »."""
        return self._t["none"] if x is None else formats.money(x, self.lang)

    def date(self, d: date | datetime | str | None, long: bool = False) -> str:
        if d is None or d == "":
            return self._t["unknown"]
        return formats.day(d, self.lang, long)


_SPACE_BEFORE = re.compile(r"[ \t]+([;!?»])")
_SPACE_BEFORE_COLON = re.compile(r"[ \t]+:(?=\s|$)")
_GUILLEMET_OPEN = re.compile("«[ \t\u00a0\u202f]*")
_GUILLEMET_CLOSE = re.compile(r"(?<=\S)»")


def typo(text: str) -> str:
    """French typography on text written with plain spaces: the space before ; ! ? » and after «
    becomes a narrow no-break space, the space before a colon a no-break space, so that a
    punctuation mark never starts a line. Nothing is added or removed but spaces."""
    if not text:
        return text
    text = _SPACE_BEFORE.sub(lambda m: NNBSP + m.group(1), text)
    text = _SPACE_BEFORE_COLON.sub(NBSP + ":", text)
    text = _GUILLEMET_OPEN.sub("«" + NNBSP, text)
    text = _GUILLEMET_CLOSE.sub(NNBSP + "»", text)
    return text
