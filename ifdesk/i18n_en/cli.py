"""English messages of ifdesk/cli (the command line); keys are the French source strings."""

EN: dict[str, str] = {
    # ifdesk/cli/cmd_export.py: --revision, --office
    "exporter cette révision conservée (un seul diagnostic ; défaut : la révision courante)":
        "export this kept revision (one assessment only; default: the current revision)",
    "chiffrer pour ce bureau enrôlé seulement (répétable ; défaut : tous les bureaux enrôlés)":
        "encrypt for this enrolled office only (repeatable; default: every enrolled office)",
    "--revision choisit la révision d'un seul diagnostic : donnez un seul identifiant.":
        "--revision picks the revision of one assessment: give one identifier.",
    # ifdesk/cli/cmd_identity.py: backup, restore, age-identity, role labels
    "expert": "expert",
    "bureau régional": "regional office",
    "Identité {k} sauvegardée dans {p}, chiffrée par votre phrase secrète.":
        "Identity {k} backed up to {p}, encrypted with your passphrase.",
    "Gardez ce fichier hors de l'ordinateur (clé USB rangée, coffre) : avec la phrase secrète, il suffit à restaurer l'identité (« ifdesk identity restore »).":
        "Keep this file off the computer (a stored USB key, a safe): with the passphrase, it is enough to restore the identity (\"ifdesk identity restore\").",
    "Identité age du bureau écrite dans {p} (lisible par vous seul) : « age -d -i {p} paquet.ifbundle.age » déchiffre un paquet sans ifdesk.":
        "The office's age identity was written to {p} (readable by you only): \"age -d -i {p} bundle.ifbundle.age\" decrypts a bundle without ifdesk.",
    "Destinataire correspondant : {r}. Ce fichier ouvre tous les paquets du bureau : ne le copiez nulle part.":
        "Matching recipient: {r}. This file opens every bundle of the office: do not copy it anywhere.",
    "sauvegarder l'identité (clés, carte) dans un fichier chiffré par la phrase secrète":
        "back up the identity (keys, card) to a file encrypted with the passphrase",
    "restaurer une identité sauvegardée dans cet espace de travail": "restore a backed-up identity into this workspace",
    "remplacer l'identité existante de cet espace de travail": "replace this workspace's existing identity",
    "bureau : exporter l'identité age (AGE-SECRET-KEY-…) pour l'outil age standard":
        "office: export the age identity (AGE-SECRET-KEY-…) for the standard age tool",
    "Identité restaurée depuis {p}.": "Identity restored from {p}.",
    # ifdesk/cli/app.py
    "arguments": "positional arguments",
    "options": "options",
    "Fichier de phrase secrète illisible : {f} ({e})": "Unreadable passphrase file: {f} ({e})",
    "Phrase secrète requise : utilisez --passphrase-file ou IFDESK_PASSPHRASE.":
        "Passphrase required: use --passphrase-file or IFDESK_PASSPHRASE.",
    "Phrase secrète : ": "Passphrase: ",
    "Confirmez la phrase secrète : ": "Confirm the passphrase: ",
    "Les deux saisies de la phrase secrète diffèrent.": "The two passphrase entries differ.",
    "ifdesk — diagnostics de maturité « Industrie du Futur », hors ligne.":
        "ifdesk — \"Industrie du Futur\" maturity assessments, offline.",
    "dossier de l'espace de travail (défaut : dossier de données de l'utilisateur ; ou IFDESK_DATA_DIR)":
        "workspace folder (default: the user's data folder; or IFDESK_DATA_DIR)",
    "langue des messages (défaut : selon LANG)": "language of the messages (default: from LANG)",
    "fichier contenant la phrase secrète de la clé": "file containing the key's passphrase",
    "manquant": "missing",
    "interrompu": "interrupted",
    # ifdesk/cli/cmd_company.py (issue 15)
    "accepter un code NAF hors de l'industrie manufacturière (section C)":
        "accept a NAF code outside manufacturing (section C)",
    "Ajoutez --allow-non-manufacturing pour l'enregistrer quand même.":
        "Add --allow-non-manufacturing to register it anyway.",
    "attention : {w}": "warning: {w}",
    # ifdesk/cli/cmd_diag.py (issue 15)
    "prochaines étapes et contact de l'expert, imprimés au rapport": "next steps and the expert's contact, printed in the report",
    "DATE": "DATE",
    "date de la réunion de restitution (AAAA-MM-JJ ; \"\" l'efface)": "date of the restitution meeting (YYYY-MM-DD; \"\" clears it)",
    "date prévue de la visite de suivi (AAAA-MM-JJ ; \"\" l'efface)": "planned date of the follow-up visit (YYYY-MM-DD; \"\" clears it)",
    "« aucune action » : pourquoi le plan reste vide (\"\" l'efface)": "\"no action\": why the plan stays empty (\"\" clears it)",
    "ORGANISME": "ORGANISATION",
    "organisme de l'expert": "the expert's organisation",
    "CONTACT": "CONTACT",
    "courriel ou téléphone de l'expert": "the expert's e-mail or phone",
    "Rien à enregistrer : indiquez au moins une option (voir --help).": "Nothing to record: give at least one option (see --help).",
    "informations enregistrées": "information recorded",
    # ifdesk/cli/syslibs.py
    "La fenêtre ne peut pas démarrer : des bibliothèques système manquent au greffon Qt « xcb » : {libs}.":
        "The window cannot start: system libraries of Qt's \"xcb\" plugin are missing: {libs}.",
    "Paquets Debian/Ubuntu à installer : {p}": "Debian/Ubuntu packages to install: {p}",
    "Installez toutes les bibliothèques de la fenêtre en une fois : {line}":
        "Install all of the window's libraries at once: {line}",
    # ifdesk/cli/cmd_check.py
    "vérifier l'intégrité de l'espace de travail": "check the workspace's integrity",
    "espace de travail sain : {p}": "workspace sound: {p}",
    # ifdesk/cli/cmd_company.py
    "entreprises": "companies",
    "enregistrer une entreprise": "register a company",
    "raison sociale": "company name",
    "code de région INSEE, par ex. 84": "INSEE region code, e.g. 84",
    "code NAF rév. 2, par ex. 25.62B": "NAF rev. 2 code, e.g. 25.62B",
    "effectif": "headcount",
    "chiffre d'affaires en euros": "turnover in euros",
    "total du bilan en euros": "balance sheet total in euros",
    "commune du site": "town of the site",
    "lister les entreprises": "list the companies",
    "filtrer par nom, commune ou SIRET": "filter by name, town or SIRET",
    "entreprise enregistrée : {n} (SIRET {s})": "company registered: {n} (SIRET {s})",
    "aucune entreprise": "no companies",
    # ifdesk/cli/cmd_demo.py
    "remplir l'espace de travail de données d'exemple réalistes": "fill the workspace with realistic sample data",
    "nombre d'entreprises (défaut 40)": "number of companies (default 40)",
    "graine du tirage (mêmes données pour la même graine)": "random seed (same data for the same seed)",
    "--companies doit être entre 0 et 1 000 000.": "--companies must be between 0 and 1,000,000.",
    "{c} entreprises et {d} diagnostics ajoutés (brouillons {dr}, terminés {co}, exportés {ex}).":
        "{c} companies and {d} assessments added (draft {dr}, completed {co}, exported {ex}).",
    "afficher la version du programme et quitter": "show program's version number and exit",
    # ifdesk/cli/cmd_diag.py
    "diagnostics": "assessments",
    "démarrer un diagnostic": "start an assessment",
    "date de la visite (JJ/MM/AAAA ou AAAA-MM-JJ)": "visit date (DD/MM/YYYY or YYYY-MM-DD)",
    "JJ/MM/AAAA": "DD/MM/YYYY",
    "enregistrer une réponse": "record an answer",
    "identifiant du diagnostic (ou un préfixe unique d'au moins 6 caractères)":
        "assessment ID (or a unique prefix of at least 6 characters)",
    "identifiant du critère (voir « ifdesk referentiel show »)": "criterion ID (see \"ifdesk referentiel show\")",
    "niveau actuel, dans l'échelle du référentiel": "current level, within the framework's scale",
    "non applicable, avec la raison": "not applicable, with the reason",
    "critère jugé important par l'entreprise": "criterion the company considers important",
    "terminer (vérifie que tout est renseigné)": "complete (checks that everything is filled in)",
    "rouvrir : crée la révision suivante": "reopen: creates the next revision",
    "lister les diagnostics": "list the assessments",
    "un diagnostic avec ses scores": "one assessment with its scores",
    "points forts, points faibles, date de visite": "strengths, weaknesses, visit date",
    "ajouter une action au plan": "add an action to the plan",
    "critères liés, séparés par des virgules": "related criteria, separated by commas",
    "Indiquez soit un NIVEAU, soit --na RAISON.": "Give either a level (NIVEAU) or --na RAISON.",
    "enregistré : {c}": "recorded: {c}",
    "diagnostic terminé : {id} (révision {r})": "assessment completed: {id} (revision {r})",
    "diagnostic rouvert : {id}, révision {r}": "assessment reopened: {id}, revision {r}",
    "aucun diagnostic": "no assessments",
    "diagnostic": "assessment",
    "Indice global : {s} ({l})": "Overall index: {s} ({l})",
    "Priorités :": "Priorities:",
    "écart": "gap",
    "synthèse enregistrée": "summary recorded",
    "action ajoutée ({n} au total)": "action added ({n} in total)",
    # ifdesk/cli/cmd_distribute.py
    "bureau régional : paquet signé de référentiels et d'attributions d'entreprises pour les experts":
        "regional office: signed bundle of frameworks and company assignments for the experts",
    "fichier de référentiel à distribuer (répétable) ; la version la plus récente devient celle des nouveaux diagnostics des experts":
        "framework file to distribute (repeatable); the most recent version becomes the one of the experts' new assessments",
    "attribuer l'entreprise SIRET à l'expert de clé CLÉ (répétable)":
        "assign company SIRET to the expert with key CLÉ (repeatable)",
    "le paquet .ifbundle à écrire": "the .ifbundle bundle to write",
    "--assign « {v} » : forme attendue SIRET=CLÉ (la clé de l'expert, 16 caractères hexadécimaux)":
        "--assign \"{v}\": expected form SIRET=CLÉ (the expert's key, 16 hexadecimal characters)",
    "--assign : SIRET {s} attribué à deux experts ({a} et {b})":
        "--assign: SIRET {s} assigned to two experts ({a} and {b})",
    "{p} : distribution signée, {r} référentiel(s), {n} entreprise(s) attribuée(s)":
        "{p}: signed distribution, {r} framework(s), {n} company(ies) assigned",
    # ifdesk/cli/cmd_export.py
    "exporter des diagnostics terminés en paquets signés (.ifbundle)":
        "export completed assessments as signed bundles (.ifbundle)",
    "tous les diagnostics terminés ou déjà exportés": "every completed or already exported assessment",
    "un fichier : un seul paquet ; un dossier : un paquet par diagnostic":
        "a file: a single bundle; a folder: one bundle per assessment",
    "ne pas chiffrer pour le bureau régional": "do not encrypt for the regional office",
    "Donnez des identifiants ou --all-completed, pas les deux.": "Give IDs or --all-completed, not both.",
    "Aucun diagnostic terminé à exporter.": "No completed assessment to export.",
    "Donnez au moins un identifiant de diagnostic, ou --all-completed.":
        "Give at least one assessment ID, or --all-completed.",
    "chiffré pour {n} bureau(x)": "encrypted for {n} office(s)",
    "non chiffré": "not encrypted",
    "{p} : {n} diagnostic(s), signé, {how}": "{p}: {n} assessment(s), signed, {how}",
    "Attention : aucun bureau régional enrôlé, le paquet n'est pas chiffré (enrôlez sa carte avec « trust add »).":
        "Warning: no regional office enrolled, the bundle is not encrypted (enrol its card with \"trust add\").",
    # ifdesk/cli/cmd_gui.py
    "taille attendue LARGEURxHAUTEUR, par ex. 1366x768": "expected size WIDTHxHEIGHT, e.g. 1366x768",
    "taille hors limites (320x240 à 7680x4320)": "size out of range (320x240 to 7680x4320)",
    "ouvrir la fenêtre (par défaut)": "open the window (default)",
    "rendre une vue dans une image PNG puis quitter": "render a view into a PNG image, then quit",
    "vue à rendre avec --screenshot": "view to render with --screenshot",
    "taille de la fenêtre (défaut 1366x768)": "window size (default 1366x768)",
    "importer des paquets .ifbundle (fichiers ou dossiers)": "import .ifbundle bundles (files or folders)",
    "L'interface graphique demande PySide6 ({e}).": "The graphical interface needs PySide6 ({e}).",
    "L'image doit être un fichier .png : {f}": "The image must be a .png file: {f}",
    # ifdesk/cli/cmd_identity.py
    "identité de l'espace de travail (clé de signature)": "the workspace's identity (signing key)",
    "créer l'identité (clé Ed25519 chiffrée par la phrase secrète)":
        "create the identity (Ed25519 key encrypted with the passphrase)",
    "nom de l'expert ou du bureau": "name of the expert or office",
    "organisation": "organisation",
    "expert (défaut) ou office (bureau régional)": "expert (default) or office (regional office)",
    "identifiant de clé, empreinte, nom, organisation, rôle": "key ID, fingerprint, name, organisation, role",
    "exporter la carte d'identité publique": "export the public identity card",
    "changer de clé : nouvelle carte contre-signée par l'ancienne clé":
        "change keys: a new card countersigned by the old key",
    "écrire aussi la nouvelle carte dans ce fichier": "also write the new card to this file",
    "Identité : {n} ({o}), rôle {r}": "Identity: {n} ({o}), role {r}",
    "Clé : {k}": "Key: {k}",
    "Empreinte : {f}": "Fingerprint: {f}",
    "Nouvelle phrase secrète : ": "New passphrase: ",
    "{n} diagnostic(s) créé(s) avant l'identité lui sont désormais rattachés.":
        "{n} assessment(s) created before the identity are now attached to it.",
    "Communiquez l'empreinte par téléphone à vos correspondants pour qu'ils enrôlent votre carte.":
        "Give the fingerprint to your correspondents by phone so that they can enrol your card.",
    "Carte écrite dans {p} — empreinte {f}": "Card written to {p} — fingerprint {f}",
    "Remplace la clé {k}. Envoyez la nouvelle carte : elle est contre-signée par l'ancienne clé.":
        "Replaces key {k}. Send the new card: it is countersigned by the old key.",
    # ifdesk/cli/cmd_import.py
    "journal des imports": "import log",
    "diagnostics en conflit, à examiner": "assessments in conflict, to be reviewed",
    "choisir la révision courante d'un diagnostic en conflit":
        "choose the current revision of an assessment in conflict",
    "empreinte de contenu de la version choisie (si plusieurs)":
        "content fingerprint of the chosen version (if several)",
    "importé": "imported",
    "inchangé": "unchanged",
    "conflit": "conflict",
    "périmé": "stale",
    "refusé": "rejected",
    "résolu": "resolved",
    "Aucun paquet .ifbundle trouvé.": "No .ifbundle bundle found.",
    "Phrase secrète du bureau : ": "Office passphrase: ",
    "Aucun conflit.": "No conflicts.",
    "versions concurrentes de la révision {r}": "competing versions of revision {r}",
    "révision(s) {r} jamais reçue(s)": "revision(s) {r} never received",
    "Révision {r} retenue comme courante pour {id}.": "Revision {r} kept as current for {id}.",
    # ifdesk/cli/cmd_office.py
    "bureau régional : tableaux pour le reporting, programmes régionaux":
        "regional office: reporting tables, regional programmes",
    "exporter les tableaux (entreprises, diagnostics, scores, réponses, actions, journal des imports) en classeur Excel ou en fichiers CSV":
        "export the tables (companies, assessments, scores, answers, actions, import log) as an Excel workbook or CSV files",
    "classeur .xlsx, ou dossier avec --csv": ".xlsx workbook, or a folder with --csv",
    "un fichier CSV par tableau dans le dossier (UTF-8 avec BOM, séparateur « ; », virgule décimale)":
        "one CSV file per table in the folder (UTF-8 with BOM, separator \";\", decimal comma)",
    "programmes régionaux : budget, objectif en entreprises, période":
        "regional programmes: budget, objective in companies, period",
    "lister les programmes": "list the programmes",
    "ajouter un programme": "add a programme",
    "modifier un programme": "modify a programme",
    "numéro du programme (voir « office programme list »)": "programme number (see \"office programme list\")",
    "intitulé du programme": "programme name",
    "budget en euros": "budget in euros",
    "objectif en nombre d'entreprises": "objective in number of companies",
    "début de la période": "start of the period",
    "fin de la période": "end of the period",
    "Tableaux exportés dans {p} :": "Tables exported to {p}:",
    "ligne(s)": "row(s)",
    "aucun programme": "no programmes",
    "objectif {n}": "objective {n}",
    "programme {id} ajouté : {n}": "programme {id} added: {n}",
    "Rien à modifier : donnez au moins une option (--name, --budget, --objective, …).":
        "Nothing to modify: give at least one option (--name, --budget, --objective, …).",
    "programme {id} modifié": "programme {id} modified",
    # ifdesk/cli/cmd_referentiel.py
    "valider, lister et afficher les référentiels": "validate, list and show frameworks",
    "valider un fichier de référentiel": "validate a référentiel file",
    "référentiels connus de l'espace de travail": "frameworks known to the workspace",
    "un référentiel en entier (le courant par défaut)": "one framework in full (the current one by default)",
    "identifiant, id@version, SHA-256 (préfixe) ou fichier": "ID, id@version, SHA-256 (prefix) or file",
    "ajouter un fichier de référentiel à l'espace de travail": "add a référentiel file to the workspace",
    "en faire le référentiel des nouveaux diagnostics": "make it the framework for new assessments",
    "le schéma JSON du format de référentiel": "the JSON schema of the référentiel format",
    "choisir le référentiel des nouveaux diagnostics": "choose the framework for new assessments",
    "valide : {id} {v} sha256={h} ({t} thèmes, {c} critères)": "valid: {id} {v} sha256={h} ({t} themes, {c} criteria)",
    "{t} thèmes, {c} critères": "{t} themes, {c} criteria",
    "Échelle : ": "Scale: ",
    "poids": "weight",
    "ajouté : ": "added: ",
    "déjà connu : ": "already known: ",
    # ifdesk/cli/cmd_report.py
    "rapport PDF remis à l'entreprise": "PDF report handed to the company",
    "fichier PDF à écrire": "PDF file to write",
    "langue du rapport (défaut : français)": "language of the report (default: French)",
    "révision à présenter (défaut : la dernière)": "revision to present (default: the latest)",
    "rapport écrit : {p}": "report written: {p}",
    # ifdesk/cli/cmd_stats.py
    "filtres": "filters",
    "visites à partir de cette date (AAAA-MM-JJ ou AAAA-MM)": "visits from this date (YYYY-MM-DD or YYYY-MM)",
    "visites jusqu'à cette date incluse (AAAA-MM-JJ ou AAAA-MM)":
        "visits up to and including this date (YYYY-MM-DD or YYYY-MM)",
    "division NAF (deux chiffres, par ex. 25)": "NAF division (two digits, e.g. 25)",
    "catégorie d'entreprise : PME, ETI ou GE": "company size category: PME, ETI or GE",
    "chiffres du programme : entreprises diagnostiquées, objectifs, scores par thème":
        "programme figures: companies assessed, objectives, scores by theme",
    "Périmètre : {f}": "Scope: {f}",
    "Entreprises : {c} · diagnostics : {n} (brouillons {dr}, terminés {co}, exportés {ex})":
        "Companies: {c} · assessments: {n} (draft {dr}, completed {co}, exported {ex})",
    "Entreprises diagnostiquées : {d} pour un objectif de {o} ({p} programme(s), budget {b})":
        "Companies assessed: {d} against an objective of {o} ({p} programme(s), budget {b})",
    "Diagnostics en conflit, en attente d'une décision : {n}": "Assessments in conflict, awaiting a decision: {n}",
    "Avancement": "Progress",
    "Diagnostiquées": "Assessed",
    "Objectif": "Objective",
    "Région": "Region",
    "Score moyen": "Average score",
    "Moyenne": "Mean",
    "Médiane": "Median",
    "Thème": "Theme",
    "Écart type": "Std dev",
    "Aucun diagnostic terminé ou exporté dans ce périmètre : pas de score par thème.":
        "No completed or exported assessment in this scope: no scores by theme.",
    # ifdesk/cli/cmd_trust.py
    "magasin de confiance (cartes enrôlées)": "trust store (enrolled cards)",
    "enrôler une carte d'identité après avoir vérifié son empreinte":
        "enrol an identity card after checking its fingerprint",
    "empreinte communiquée par son titulaire (comparée à la carte)":
        "fingerprint given by its holder (compared with the card)",
    "l'empreinte a été vérifiée de vive voix": "the fingerprint was checked by voice",
    "lister les clés enrôlées": "list the enrolled keys",
    "révoquer une clé : ses paquets suivants seront refusés": "revoke a key: its later bundles will be rejected",
    "Carte de {n} ({o}) : comparez son empreinte avec son titulaire, de vive voix (par téléphone).":
        "Card of {n} ({o}): compare its fingerprint with its holder, by voice (on the phone).",
    "Empreinte de la carte, groupe par groupe : {f}": "The card's fingerprint, group by group: {f}",
    "Faites-vous lire la sienne par le titulaire : si les 8 groupes sont identiques, relancez avec --fingerprint suivi de l'empreinte qu'il vous a lue, ou avec --yes.":
        "Have the holder read theirs to you: if the 8 groups are identical, run again with --fingerprint followed by the fingerprint they read, or with --yes.",
    "Carte de {n} ({o}), rôle {r}": "Card of {n} ({o}), role {r}",
    "Cette empreinte est-elle celle que son titulaire vous a lue ? [o/N] ":
        "Is this the fingerprint its holder read to you? [y/N] ",
    "Enrôlement annulé.": "Enrolment cancelled.",
    "Clé {k} ({n}) enrôlée : elle remplace la clé {o} (rotation contre-signée).":
        "Key {k} ({n}) enrolled: it replaces key {o} (countersigned rotation).",
    "Clé {k} ({n}) déjà enrôlée.": "Key {k} ({n}) already enrolled.",
    "Clé {k} ({n}, {o}) enrôlée — empreinte {f}": "Key {k} ({n}, {o}) enrolled — fingerprint {f}",
    "Aucune clé enrôlée.": "No enrolled keys.",
    "active": "active",
    "remplacée": "replaced",
    "révoquée": "revoked",
    "Clé {k} révoquée ; {n} révision(s) reçue(s) de cette clé sont marquées.":
        "Key {k} revoked; {n} revision(s) received from this key are marked.",
    # ifdesk/cli (lead, last additions)
    "manquant : {m}": "missing: {m}",
    "{c} : {a} → {b} (écart {g})": "{c}: {a} → {b} (gap {g})",
    # argument placeholders (metavars)
    "FICHIER": "FILE",
    "TEXTE": "TEXT",
    "FICHIER_OU_DOSSIER": "FILE_OR_FOLDER",
    "EMPREINTE": "FINGERPRINT",
    "AAAA-MM-JJ": "YYYY-MM-DD",
    "SIRET=CLÉ": "SIRET=KEY",
    "RAISON": "REASON",
    "NIVEAU": "LEVEL",
    "LxH": "WxH",
    "FICHIER.png": "FILE.png",
    "FICHIER.pdf": "FILE.pdf",
    "FICHIER.ifbundle": "FILE.ifbundle",
    "DOSSIER": "FOLDER",
    "CRITERE": "CRITERION",
    "COMMANDE": "COMMAND",
    "CIBLE": "TARGET",
    "CHEMIN": "PATH",
    "CARTE": "CARD",
}
