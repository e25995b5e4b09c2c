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
    # ifdesk/bundle/verify.py
    "{w} : date {v} hors des bornes (avant 2000 ou plus d'un jour après l'import)":
        "{w}: date {v} out of bounds (before 2000 or more than a day after the import)",
    "{w} : « {v} » n'est pas une date réelle (ISO 8601)": "{w}: \"{v}\" is not a real date (ISO 8601)",
    "référentiel {id} {v} joint au paquet sans qu'aucun de ses diagnostics l'utilise : refusé":
        "framework {id} {v} attached to the bundle although none of its assessments uses it: refused",
    # ifdesk/bundle/importer.py
    "le signataire {k} n'est pas l'auteur du diagnostic {id} (il appartient à la clé {a})":
        "signer {k} is not the author of assessment {id} (it belongs to key {a})",
    # ifdesk/bundle/trust.py
    "la rotation change le nom ou l'organisation ({a} → {b}) : confirmez l'empreinte {f} avec son titulaire, "
    "comme pour un premier enrôlement":
        "the rotation changes the name or the organisation ({a} → {b}): confirm fingerprint {f} with its holder, "
        "as for a first enrolment",
    "clé {k} ({n}) en attente : sa rotation change le nom ou l'organisation, l'empreinte n'a pas encore été confirmée":
        "key {k} ({n}) on hold: its rotation changes the name or the organisation, the fingerprint is not confirmed yet",
    "La carte est contre-signée par la clé {k}, qui est révoquée : confirmez l'empreinte {f} avec son titulaire "
    "pour accepter ce successeur.":
        "The card is countersigned by key {k}, which is revoked: confirm fingerprint {f} with its holder to accept "
        "this successor.",
    # ifdesk/bundle/identity.py
    "Carte d'identité invalide : clé « {k} » en double (un lecteur verrait une autre valeur).":
        "Invalid identity card: duplicate key \"{k}\" (a reader would see another value).",
    # ifdesk/store/diagnostics.py
    "Diagnostic reçu d'un expert : le bureau le passe en revue (ifdesk review), seul son auteur peut en faire "
    "une nouvelle révision.":
        "Assessment received from an expert: the office reviews it (ifdesk review), only its author can make a "
        "new revision.",
    # ifdesk/store/proposals.py
    "Proposition inconnue : {id}.": "Unknown proposal: {id}.",
    "La proposition {id} est déjà traitée ({s}).": "Proposal {id} was already handled ({s}).",
    # ifdesk/cli/cmd_trust.py
    "Clé {k} ({n}) mise en attente : {r}.": "Key {k} ({n}) on hold: {r}.",
    "en attente": "on hold",
    "Révoquées avec elle (clés issues de sa rotation) : {k}.": "Revoked with it (keys rotated from it): {k}.",
    # ifdesk/bundle/review_travel.py
    "{p} : décision de revue en double pour le diagnostic {id}": "{p}: duplicate review decision for assessment {id}",
    "{p} : décision « {s} » sans commentaire": "{p}: decision \"{s}\" without a comment",
    "revue du bureau : {s}": "office review: {s}",
    # ifdesk/cli/cmd_review.py
    "{id} r{r} : {s}": "{id} r{r}: {s}",
    "revue par le bureau d'un diagnostic reçu (approuver, demander des modifications, rejeter)":
        "the office's review of a received assessment (approve, request changes, reject)",
    "approuver la révision courante": "approve the current revision",
    "COMMENTAIRE": "COMMENT",
    "demander des modifications à l'expert": "ask the expert for changes",
    "rejeter (non compté dans les objectifs)": "reject (not counted toward objectives)",
    "{id} : pas de revue (diagnostic non reçu d'un expert)": "{id}: no review (not an assessment received from an expert)",
    # ifdesk/cli/cmd_distribute.py
    "{n} décision(s) de revue envoyée(s) aux experts concernés": "{n} review decision(s) sent to the experts concerned",
    # ifdesk/cli/cmd_company.py
    "changements d'entreprises proposés par des experts, à accepter ou ignorer":
        "company changes proposed by experts, to accept or ignore",
    "aussi les propositions déjà traitées": "also the proposals already handled",
    "appliquer une proposition": "apply a proposal",
    "ignorer une proposition": "ignore a proposal",
    "aucune proposition": "no proposal",
    "proposition {id} : {s}": "proposal {id}: {s}",
    "acceptée": "accepted",
    "ignorée": "ignored",
    # ifdesk/cli/cmd_diag.py
    "seulement les diagnostics dans cet état de revue": "only the assessments in this review state",
    "Revue du bureau : {s}": "Office review: {s}",
    # ifdesk/office/filters.py, ifdesk/cli/cmd_stats.py
    "État de revue inconnu : {s} (to_review, approved, changes_requested ou rejected).":
        "Unknown review state: {s} (to_review, approved, changes_requested or rejected).",
    "revue : {s}": "review: {s}",
    "état de revue du bureau": "the office's review state",
}
