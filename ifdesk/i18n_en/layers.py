"""English messages of ifdesk/core, ifdesk/office, ifdesk/report, ifdesk/store; keys are the French source strings."""

EN: dict[str, str] = {
    # ifdesk/core/parsing.py
    "nombre invalide : « {v} » (par ex. 12 500,5)": "invalid number: \"{v}\" (e.g. 12 500,5)",
    "montant invalide : « {v} » (par ex. 12 500 €)": "invalid amount: \"{v}\" (e.g. 12 500 €)",
    "nombre entier invalide : « {v} » (par ex. 1 250)": "invalid whole number: \"{v}\" (e.g. 1 250)",
    "date invalide : « {v} » (attendu JJ/MM/AAAA)": "invalid date: \"{v}\" (expected DD/MM/YYYY)",
    # ifdesk/core/passphrase.py
    "au moins {n} caractères (une phrase de plusieurs mots se retient mieux)":
        "at least {n} characters (a sentence of several words is easier to remember)",
    "trop peu de caractères différents (au moins {n}) : un caractère ou un motif répété se devine vite":
        "too few different characters (at least {n}): a repeated character or pattern is quickly guessed",
    "une suite de caractères (123…, abc…) se devine vite": "a run of characters (123…, abc…) is quickly guessed",
    "c'est l'une des phrases secrètes les plus courantes, essayée en premier":
        "it is one of the most common passphrases, tried first",
    # ifdesk/core/company.py
    "la fin de la période précède son début": "the end of the period is before its start",
    # ifdesk/core/diagnostic.py
    "brouillon": "draft",
    "exporté": "exported",
    "terminé": "completed",
    "« Non applicable » demande une raison.": "\"Not applicable\" requires a reason.",
    "Critère inconnu : « {c} » n'existe pas dans le référentiel {r}.":
        "Unknown criterion: \"{c}\" does not exist in framework {r}.",
    "Niveau": "Level",
    "Niveau cible": "Target level",
    "{what} {v} hors de l'échelle du référentiel ({lo} à {hi}).":
        "{what} {v} is outside the framework's scale ({lo} to {hi}).",
    "Le diagnostic est {s} (révision {r}) : rouvrez-le pour le modifier.":
        "The assessment is {s} (revision {r}): reopen it to edit it.",
    "Le diagnostic est déjà {s}.": "The assessment is already {s}.",
    "Diagnostic incomplet : {n} critère(s) sans réponse.": "Incomplete assessment: {n} criterion(s) unanswered.",
    "Le diagnostic est déjà en brouillon (révision {r}).": "The assessment is already a draft (revision {r}).",
    "points forts (synthèse)": "strengths (synthesis)",
    "points faibles (synthèse)": "weaknesses (synthesis)",
    "au moins une action au plan, ou « aucune action » avec sa raison":
        "at least one action in the plan, or \"no action\" with its reason",
    "Diagnostic incomplet : {n} critère(s) sans réponse et la synthèse à compléter.":
        "Incomplete assessment: {n} criterion(s) unanswered and the synthesis to complete.",
    "Diagnostic incomplet : la synthèse est à compléter.": "Incomplete assessment: the synthesis is to complete.",
    # ifdesk/core/identifiers.py
    "SIREN invalide : 9 chiffres attendus (reçu « {raw} »).": "Invalid SIREN: 9 digits expected (got \"{raw}\").",
    "SIREN invalide : clé SIREN invalide ({s}).": "Invalid SIREN: invalid SIREN check digit ({s}).",
    "SIRET invalide : 14 chiffres attendus (reçu « {raw} »).": "Invalid SIRET: 14 digits expected (got \"{raw}\").",
    "SIRET invalide : clé SIREN invalide ({s}).": "Invalid SIRET: invalid SIREN check digit ({s}).",
    "SIRET invalide : clé SIRET invalide ({s}).": "Invalid SIRET: invalid SIRET check digit ({s}).",
    # ifdesk/core/naf.py
    "Code NAF invalide : format attendu NN.NNL, par ex. 25.62B (reçu « {raw} »).":
        "Invalid NAF code: expected format NN.NNL, e.g. 25.62B (got \"{raw}\").",
    "sous-classe NAF inconnue : {code} ({n})": "unknown NAF sub-class: {code} ({n})",
    "Nomenclature d'activité inconnue : « {n} ».": "Unknown activity nomenclature: \"{n}\".",
    "{code} « {label} » est hors de l'industrie manufacturière (section {s} « {sl} », et non section C) : "
    "les programmes Industrie du Futur visent l'industrie.":
        "{code} \"{label}\" is outside manufacturing (section {s} \"{sl}\", not section C): "
        "the Industrie du Futur programmes are for industry.",
    # ifdesk/core/financing.py
    "{f} : JSON invalide ({e}).": "{f}: invalid JSON ({e}).",
    "{f} : une liste « schemes » d'au plus {n} dispositifs est attendue.":
        "{f}: a \"schemes\" list of at most {n} schemes is expected.",
    "{f} : dispositif n° {i} invalide (name, body, funds : textes ; link : https://…).":
        "{f}: scheme no. {i} is invalid (name, body, funds: texts; link: https://…).",
    # ifdesk/core/company_rules.py
    "indéterminé": "undetermined",
    "micro-entreprise (PME)": "micro-enterprise (SME)",
    "Grande entreprise (GE, décret 2008-1354) : les programmes Industrie du Futur de la région visent "
    "les PME et les ETI.":
        "Large company (GE, decree 2008-1354): the region's Industrie du Futur programmes are for SMEs and "
        "mid-caps (PME, ETI).",
    # ifdesk/core/reference_data.py
    "Région inconnue : « {raw} » n'est pas un code de région INSEE (par ex. 84 pour Auvergne-Rhône-Alpes).":
        "Unknown region: \"{raw}\" is not an INSEE region code (e.g. 84 for Auvergne-Rhône-Alpes).",
    "Région {code} ({name}) n'existe plus depuis 2016 : utilisez {succ} ({succ_name}).":
        "Region {code} ({name}) no longer exists since 2016: use {succ} ({succ_name}).",
    # ifdesk/core/referentiel.py
    "{where}: YAML illisible : {msg}": "{where}: unreadable YAML: {msg}",
    "{where}: un document YAML de type dictionnaire est attendu": "{where}: a YAML mapping document is expected",
    "les niveaux doivent se suivre sans trou, dans l'ordre croissant":
        "levels must follow each other without gaps, in increasing order",
    "identifiant « {id} » en double": "duplicate identifier \"{id}\"",
    "un descripteur par niveau de l'échelle est attendu ({a} à {b})":
        "one descriptor per level of the scale is expected ({a} to {b})",
    "descripteur vide": "empty descriptor",
    "{p}: fichier illisible ({err})": "{p}: unreadable file ({err})",
    "{p}: fichier trop volumineux pour un référentiel": "{p}: file too large for a référentiel",
    "{p}: le fichier doit être encodé en UTF-8": "{p}: the file must be encoded in UTF-8",
    # ifdesk/core/validation.py
    "champ obligatoire manquant": "required field missing",
    "champ inconnu": "unknown field",
    "ne peut pas être vide": "cannot be empty",
    "trop long ({n} caractères au plus)": "too long (at most {n} characters)",
    "au moins {n} élément(s) attendu(s)": "at least {n} item(s) expected",
    "au plus {n} élément(s) attendu(s)": "at most {n} item(s) expected",
    "doit être strictement supérieur à {n}": "must be greater than {n}",
    "doit être au moins {n}": "must be at least {n}",
    "doit être strictement inférieur à {n}": "must be less than {n}",
    "doit être au plus {n}": "must be at most {n}",
    "format invalide (motif attendu {p})": "invalid format (expected pattern {p})",
    "un nombre entier est attendu": "an integer is expected",
    "un nombre est attendu": "a number is expected",
    "un texte est attendu": "a text is expected",
    "un dictionnaire est attendu": "a mapping is expected",
    "une liste est attendue": "a list is expected",
    "valeur attendue parmi {e}": "expected one of {e}",
    "une date AAAA-MM-JJ est attendue": "a date YYYY-MM-DD is expected",
    "vrai ou faux attendu": "true or false expected",
    "Champ « {field} » : {msg}": "Field \"{field}\": {msg}",
    # ifdesk/office/aggregates.py
    "non renseignée": "not specified",
    # ifdesk/office/export.py
    "Impossible d'écrire {p} : {e}": "Cannot write {p}: {e}",
    "Impossible d'écrire l'image {p}.": "Cannot write the image {p}.",
    "Le classeur doit porter l'extension .xlsx : {p}": "The workbook must have the .xlsx extension: {p}",
    "{p} est un dossier : donnez un nom de fichier .xlsx (ou --csv pour un dossier).":
        "{p} is a folder: give a .xlsx file name (or --csv for a folder).",
    "{p} existe et n'est pas un dossier.": "{p} exists and is not a folder.",
    # ifdesk/office/filters.py
    "Période invalide : la fin ({b}) précède le début ({a}).":
        "Invalid period: the end ({b}) is before the start ({a}).",
    "Division NAF inconnue : « {v} » (deux chiffres attendus, par ex. 25).":
        "Unknown NAF division: \"{v}\" (two digits expected, e.g. 25).",
    "Catégorie d'entreprise inconnue : « {v} » (PME, ETI ou GE).":
        "Unknown company size category: \"{v}\" (PME, ETI or GE).",
    "visites du {a} au {b}": "visits from {a} to {b}",
    "région {c} {n}": "region {c} {n}",
    "division NAF {d}": "NAF division {d}",
    "toutes les données": "all data",
    "Date invalide : « {v} » (JJ/MM/AAAA, AAAA-MM-JJ ou AAAA-MM attendu).":
        "Invalid date: \"{v}\" (DD/MM/YYYY, YYYY-MM-DD or YYYY-MM expected).",
    # ifdesk/office/programmes.py
    "Champ « {field} » : ne peut pas être vide": "Field \"{field}\": cannot be empty",
    "budget": "budget",
    "intitulé": "name",
    "objectif": "objective",
    "région": "region",
    "début": "start",
    "fin": "end",
    "Programme inconnu : {id}.": "Unknown programme: {id}.",
    # ifdesk/office/tables.py
    "court terme": "short term",
    "long terme": "long term",
    "moyen terme": "medium term",
    "basse": "low",
    "haute": "high",
    "moyenne": "medium",
    "nouvelle révision": "new revision",
    "non": "no",
    "oui": "yes",
    "Entreprises": "Companies",
    "Code région": "Region code",
    "Raison sociale": "Company name",
    "SIRET": "SIRET",
    "Code NAF": "NAF code",
    "Division NAF": "NAF division",
    "Chiffre d'affaires": "Turnover",
    "Effectif": "Headcount",
    "Total du bilan": "Balance sheet total",
    "Catégorie": "Size category",
    "Commune": "Town",
    "Expert assigné": "Assigned expert",
    "Diagnostics": "Assessments",
    "Enregistrée le": "Registered on",
    "Entreprise": "Company",
    "Identifiant": "ID",
    "Révision": "Revision",
    "Révision de base": "Base revision",
    "Révisions reçues": "Revisions received",
    "Statut": "Status",
    "Clé de l'expert": "Expert's key",
    "Expert": "Expert",
    "Référentiel": "Framework",
    "Date de visite": "Visit date",
    "Terminé le": "Completed on",
    "Version": "Version",
    "En conflit": "In conflict",
    "Exporté le": "Exported on",
    "Score global": "Overall score",
    "Scores par thème": "Theme scores",
    "Réponses": "Answers",
    "Critère": "Criterion",
    "Cible": "Target",
    "Intitulé du critère": "Criterion title",
    "Non applicable": "Not applicable",
    "Raison": "Reason",
    "Écart": "Gap",
    "Important": "Important",
    "Note de l'expert": "Expert's note",
    "Actions": "Actions",
    "Action": "Action",
    "Critères": "Criteria",
    "N°": "No.",
    "Horizon": "Horizon",
    "Priorité": "Priority",
    "Responsable": "Owner",
    "Coût estimé": "Estimated cost",
    "Date prévue": "Due date",
    "Description": "Description",
    "Journal des imports": "Import log",
    "Date": "Date",
    "Fichier": "File",
    "Résultat": "Outcome",
    "Clé du signataire": "Signer's key",
    "Motif": "Reason",
    "Signataire": "Signer",
    "Lot": "Bundle",
    "SHA-256 du lot": "Bundle SHA-256",
    # ifdesk/report/__init__.py
    "Lecture du diagnostic…": "Reading the assessment…",
    "Mise en page du rapport…": "Laying out the report…",
    "Écriture du fichier…": "Writing the file…",
    "Mise en page du rapport impossible : {e}": "Could not lay out the report: {e}",
    "Impossible d'écrire le rapport {p} : {e}": "Cannot write report {p}: {e}",
    "Rapport prêt.": "Report ready.",
    "Impossible d'écrire le rapport {p} : c'est un dossier.": "Cannot write report {p}: it is a folder.",
    "Impossible d'écrire le rapport {p} : le dossier {d} n'existe pas.":
        "Cannot write report {p}: folder {d} does not exist.",
    # ifdesk/report/style.py
    "Police du rapport introuvable ou illisible : {p} ({e})": "Report font missing or unreadable: {p} ({e})",
    # ifdesk/store/companies.py
    "L'entreprise de SIRET {s} est déjà enregistrée.": "The company with SIRET {s} is already registered.",
    "Entreprise inconnue : SIRET {s}.": "Unknown company: SIRET {s}.",
    # ifdesk/store/db.py
    "Impossible d'activer le journal WAL sur {p}.": "Cannot enable the WAL journal on {p}.",
    "Le fichier {p} n'est pas une base d'espace de travail lisible ({err}).":
        "File {p} is not a readable workspace database ({err}).",
    "L'espace de travail {p} est déjà ouvert par un autre programme ifdesk (processus {pid}). Fermez-le puis réessayez.":
        "Workspace {p} is already open in another ifdesk program (process {pid}). Close it and try again.",
    "L'espace de travail utilise le schéma {v}, plus récent que celui que ce programme connaît ({k}). Mettez ifdesk à jour.":
        "The workspace uses schema {v}, newer than the one this program knows ({k}). Update ifdesk.",
    "La mise à jour du schéma vers la version {v} a échoué ({e}) ; l'espace de travail reste à la version {c}, sans modification partielle.":
        "The schema upgrade to version {v} failed ({e}); the workspace stays at version {c}, with no partial change.",
    # ifdesk/store/diagnostics.py
    "Identifiant ambigu : {id} désigne plusieurs diagnostics.": "Ambiguous ID: {id} matches several assessments.",
    "Entreprise inconnue : SIRET {s}. Enregistrez-la d'abord.": "Unknown company: SIRET {s}. Register it first.",
    # ifdesk/store/referentiels.py
    "Le référentiel {id} {v} est déjà connu avec un autre contenu (SHA-256 {h}…) : une nouvelle version doit porter un nouveau numéro.":
        "Framework {id} {v} is already known with different content (SHA-256 {h}…): a new version needs a new number.",
    "Référentiel inconnu : {h}.": "Unknown framework: {h}.",
    "Référentiel introuvable : « {k} ».": "Framework not found: \"{k}\".",
    "Aucun référentiel n'est connu de l'espace de travail : ajoutez-en un au dossier referentiel/.":
        "The workspace knows no framework: add one to the referentiel/ folder.",
    # ifdesk/store/workspace.py
    "Impossible de créer le dossier de l'espace de travail {p} : {err}":
        "Cannot create the workspace folder {p}: {err}",
    "intégrité SQLite : {r}": "SQLite integrity: {r}",
    "clé étrangère rompue : {t} ligne {r} → {p}": "broken foreign key: {t} row {r} → {p}",
    "version de schéma {v}, attendue {k}": "schema version {v}, expected {k}",
    "référentiel {h}… : contenu altéré (SHA-256 différent)": "framework {h}…: content altered (different SHA-256)",
    "diagnostic {id} r{r} illisible : {e}": "assessment {id} r{r} unreadable: {e}",
    "diagnostic {id} révision {r} : contenu altéré depuis sa clôture (empreinte différente)":
        "assessment {id} revision {r}: content altered since it was completed (different fingerprint)",
    # ifdesk/core/referentiel.py, ifdesk/core/scoring.py
    "(racine)": "(root)",
    # ifdesk/store/attachments.py
    "Fichier illisible : {f} ({e})": "Unreadable file: {f} ({e})",
    "« {f} » n'est pas un fichier.": "\"{f}\" is not a file.",
    "Fichier trop volumineux : {f} dépasse 50 Mo.": "File too large: {f} is over 50 MB.",
    "Impossible de copier la pièce jointe {f} : {e}": "Could not copy the attachment {f}: {e}",
    "{title} : viser le niveau {n} « {label} »": "{title}: aim for level {n} \"{label}\"",
    # ifdesk/core/referentiel.py (translations, previous version), ifdesk/core/referentiel_mapping.py
    "texte « {lang} » présent alors que le référentiel ne le déclare pas dans « translations »":
        "\"{lang}\" text present although the référentiel does not declare it in \"translations\"",
    "texte « {lang} » manquant (le référentiel déclare cette langue)":
        "\"{lang}\" text missing (the référentiel declares this language)",
    "texte « {lang} » manquant : {key}": "\"{lang}\" text missing: {key}",
    "{n} questions en « {lang} » pour {m} dans la langue du référentiel":
        "{n} questions in \"{lang}\" for {m} in the référentiel's own language",
    "descripteurs « {lang} » attendus pour les niveaux {levels}": "\"{lang}\" descriptors expected for levels {levels}",
    "critère inconnu de ce référentiel : « {id} »": "criterion unknown in this référentiel: \"{id}\"",
    "critère inconnu de {ref} : « {id} »": "criterion unknown in {ref}: \"{id}\"",
    "critère « {id} » de {ref} absent de la correspondance (« {id}: [] » s'il est supprimé)":
        "criterion \"{id}\" of {ref} missing from the mapping (\"{id}: []\" if it is removed)",
}
