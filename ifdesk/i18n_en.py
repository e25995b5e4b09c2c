"""English messages of the command line and the non-window layers.

Keys are the French source strings passed to `_()` (character for character, same placeholders);
one group per source module, where the message first appears. Qt views use Qt Linguist files.
"""

EN: dict[str, str] = {
    # ifdesk/bundle/container.py
    "membre {m} trop volumineux ({n} octets annoncés, {c} au plus)":
        "member {m} too large ({n} bytes declared, at most {c})",
    "membre {m} trop volumineux une fois décompressé (plus de {c} octets)":
        "member {m} too large once decompressed (more than {c} bytes)",
    "contenu décompressé total trop volumineux (plus de {c} octets)":
        "total decompressed content too large (more than {c} bytes)",
    "taux de compression suspect pour {m} (bombe de décompression ?)":
        "suspicious compression ratio for {m} (decompression bomb?)",
    "membre {m} illisible ({e})": "member {m} unreadable ({e})",
    "membre {m} illisible (en-tête local absent)": "member {m} unreadable (local header missing)",
    "membre {m} tronqué": "member {m} truncated",
    "fichier vide": "empty file",
    "fichier trop volumineux ({n} octets, {c} au plus)": "file too large ({n} bytes, at most {c})",
    "ce n'est pas un paquet ifdesk (ni ZIP ni chiffré age)": "not an ifdesk bundle (neither ZIP nor age-encrypted)",
    "ZIP illisible ou tronqué ({e})": "ZIP unreadable or truncated ({e})",
    "trop de membres ({n}, {c} au plus)": "too many members ({n}, at most {c})",
    "nom de membre en double : « {a} » et « {b} »": "duplicate member name: \"{a}\" and \"{b}\"",
    "contenu annoncé trop volumineux ({n} octets, {c} au plus)": "declared content too large ({n} bytes, at most {c})",
    "nom de membre interdit (barre oblique inverse) : « {m} »": "forbidden member name (backslash): \"{m}\"",
    "nom de membre interdit (chemin absolu) : « {m} »": "forbidden member name (absolute path): \"{m}\"",
    "nom de membre interdit (remontée de dossier « .. ») : « {m} »":
        "forbidden member name (parent folder \"..\"): \"{m}\"",
    "lien symbolique interdit dans un paquet : « {m} »": "symbolic link not allowed in a bundle: \"{m}\"",
    "membre chiffré interdit : « {m} »": "encrypted member not allowed: \"{m}\"",
    "nom de membre interdit : « {m} » (minuscules, chiffres, - et _, extension .json ou .sig)":
        "forbidden member name: \"{m}\" (lowercase letters, digits, - and _, extension .json or .sig)",
    "membre d'un type interdit : « {m} »": "member of a forbidden type: \"{m}\"",
    "méthode de compression non admise pour « {m} »": "compression method not allowed for \"{m}\"",
    # ifdesk/bundle/distribution.py
    "{f} : le référentiel {id} {v} est déjà connu avec un autre contenu (SHA-256 {h}…) : une nouvelle version doit porter un nouveau numéro.":
        "{f}: framework {id} {v} is already known with different content (SHA-256 {h}…): a new version needs a new number.",
    "Deux fichiers portent le référentiel {id} {v} avec des contenus différents.":
        "Two files carry framework {id} {v} with different contents.",
    "--assign {s} : {e}": "--assign {s}: {e}",
    "SIRET {s} attribué à deux experts ({a} et {b}).": "SIRET {s} assigned to two experts ({a} and {b}).",
    "Entreprise inconnue de l'espace du bureau : SIRET {s}.": "Company unknown to the office's workspace: SIRET {s}.",
    "Clé {k} inconnue du magasin de confiance : enrôlez d'abord la carte de l'expert.":
        "Key {k} is not in the trust store: enrol the expert's card first.",
    "La clé {k} ({n}) n'est pas celle d'un expert actif (rôle {r}, statut {st}).":
        "Key {k} ({n}) is not an active expert's key (role {r}, status {st}).",
    "Seul un bureau régional peut distribuer des référentiels et des entreprises (l'identité de cet espace de travail est « {r} »).":
        "Only a regional office can distribute frameworks and companies (this workspace's identity is \"{r}\").",
    "Rien à distribuer : donnez au moins un référentiel (--referentiel) ou une attribution (--assign SIRET=CLÉ).":
        "Nothing to distribute: give at least one framework (--referentiel) or one assignment (--assign SIRET=CLÉ).",
    "{p} est un dossier.": "{p} is a folder.",
    "Le dossier {p} n'existe pas.": "Folder {p} does not exist.",
    "Écriture impossible de {p} : {e}": "Cannot write {p}: {e}",
    "manifeste : date de création illisible ({d})": "manifest: unreadable creation date ({d})",
    "manifeste : date de création sans fuseau horaire ({d})": "manifest: creation date without a time zone ({d})",
    "distribution signée par {n} (clé {k}, rôle {r}) : seul un bureau régional enrôlé peut distribuer":
        "distribution signed by {n} (key {k}, role {r}): only an enrolled regional office can distribute",
    "un paquet de distribution s'adresse aux experts, pas à un bureau régional":
        "a distribution bundle is meant for experts, not for a regional office",
    "un paquet de distribution ne contient pas de diagnostic": "a distribution bundle contains no assessment",
    "manifeste : référentiel {h}… listé deux fois": "manifest: framework {h}… listed twice",
    "manifeste : une distribution porte le contenu de ses référentiels ({id} {v})":
        "manifest: a distribution carries the content of its frameworks ({id} {v})",
    "référentiel {p} : contenu différent de son identité déclarée":
        "framework {p}: content differs from its declared identity",
    "le référentiel {id} {v} est porté deux fois avec des contenus différents":
        "framework {id} {v} is carried twice with different contents",
    "membre {m} manquant": "member {m} missing",
    "membre {m} sans rôle dans le manifeste": "member {m} has no role in the manifest",
    "{p} : clé « {k} » en double": "{p}: duplicate key \"{k}\"",
    "{p} illisible (JSON invalide)": "{p} unreadable (invalid JSON)",
    "{p} : {e}": "{p}: {e}",
    "{p} : le référentiel par défaut n'est pas porté par le paquet": "{p}: the default framework is not in the bundle",
    "{p} : SIRET {s} attribué deux fois": "{p}: SIRET {s} assigned twice",
    "distribution vide (ni référentiel ni entreprise)": "empty distribution (no framework, no company)",
    "distribution plus ancienne que la dernière reçue ({d}) : le référentiel des nouveaux diagnostics n'est pas changé":
        "distribution older than the last one received ({d}): the framework for new assessments is unchanged",
    "référentiel des nouveaux diagnostics : {id} {v}": "framework for new assessments: {id} {v}",
    "{n} entreprise(s) attribuée(s) ajoutée(s) ou mise(s) à jour": "{n} assigned company(ies) added or updated",
    "{n} entreprise(s) déjà écrite(s) par une distribution plus récente : non modifiée(s)":
        "{n} company(ies) already written by a more recent distribution: not modified",
    "entreprise {s} réattribuée à l'expert {k}": "company {s} reassigned to expert {k}",
    # ifdesk/bundle/export.py
    "Le diagnostic {id} est en brouillon (révision {r}) : terminez-le avant de l'exporter.":
        "Assessment {id} is a draft (revision {r}): complete it before exporting it.",
    "Le diagnostic {id} appartient à une autre identité (clé {k}) : seul son expert peut l'exporter.":
        "Assessment {id} belongs to another identity (key {k}): only its expert can export it.",
    "Aucun diagnostic à exporter.": "No assessment to export.",
    "Impossible de créer le dossier {p} : {e}": "Cannot create folder {p}: {e}",
    "Au plus {n} diagnostics par paquet : exportez vers un dossier (un paquet par diagnostic).":
        "At most {n} assessments per bundle: export to a folder (one bundle per assessment).",
    # ifdesk/bundle/identity.py
    "Carte d'identité invalide : un objet JSON est attendu.": "Invalid identity card: a JSON object is expected.",
    "Carte d'identité invalide : {loc} : {msg}": "Invalid identity card: {loc}: {msg}",
    "Carte d'identité invalide : clé publique ou signature mal encodée.":
        "Invalid identity card: badly encoded public key or signature.",
    "Carte d'identité invalide : l'identifiant de clé ne correspond pas à la clé publique.":
        "Invalid identity card: the key ID does not match the public key.",
    "Carte d'identité invalide : la carte d'un bureau doit porter son destinataire de chiffrement.":
        "Invalid identity card: an office's card must carry its encryption recipient.",
    "Carte d'identité invalide : destinataire de chiffrement illisible.":
        "Invalid identity card: unreadable encryption recipient.",
    "Carte d'identité invalide : l'auto-signature ne vérifie pas (carte modifiée ?).":
        "Invalid identity card: the self-signature does not verify (card modified?).",
    "Carte d'identité invalide : contre-signature mal encodée.":
        "Invalid identity card: badly encoded countersignature.",
    "Carte d'identité invalide : la contre-signature de l'ancienne clé ne vérifie pas.":
        "Invalid identity card: the old key's countersignature does not verify.",
    "{p} : fichier trop volumineux pour une carte d'identité.": "{p}: file too large for an identity card.",
    "Carte illisible : {p} ({e})": "Unreadable card: {p} ({e})",
    "{p} n'est pas une carte d'identité ifdesk (JSON illisible).":
        "{p} is not an ifdesk identity card (unreadable JSON).",
    "Le nom est obligatoire (200 caractères au plus).": "The name is required (at most 200 characters).",
    "L'organisation est obligatoire (200 caractères au plus).":
        "The organisation is required (at most 200 characters).",
    "Rôle inconnu : « {r} » (expert ou office).": "Unknown role: \"{r}\" (expert or office).",
    "La phrase secrète doit compter au moins {n} caractères.": "The passphrase must have at least {n} characters.",
    "Cet espace de travail a déjà une identité ({k}) ; utilisez « identity rotate » pour changer de clé.":
        "This workspace already has an identity ({k}); use \"identity rotate\" to change keys.",
    "Cet espace de travail n'a pas encore d'identité : lancez « ifdesk identity init ».":
        "This workspace has no identity yet: run \"ifdesk identity init\".",
    "Phrase secrète incorrecte : la clé privée de l'identité n'a pas pu être déchiffrée.":
        "Wrong passphrase: the identity's private key could not be decrypted.",
    "La clé enregistrée n'est pas une clé Ed25519.": "The stored key is not an Ed25519 key.",
    "Cet espace de travail n'a pas de clé de déchiffrement (seul un bureau en a une).":
        "This workspace has no decryption key (only an office has one).",
    "Phrase secrète incorrecte : la clé de déchiffrement du bureau n'a pas pu être ouverte.":
        "Wrong passphrase: the office's decryption key could not be opened.",
    # ifdesk/bundle/importer.py
    "paquet chiffré : la phrase secrète du bureau est nécessaire pour le déchiffrer":
        "encrypted bundle: the office's passphrase is needed to decrypt it",
    "paquet chiffré pour un autre destinataire, ou altéré (déchiffrement age impossible)":
        "bundle encrypted for another recipient, or altered (age decryption failed)",
    "fichier introuvable": "file not found",
    "fichier illisible ({e})": "unreadable file ({e})",
    "paquet illisible ({e})": "unreadable bundle ({e})",
    "échec de l'écriture ({e})": "write failed ({e})",
    "révision {r} plus ancienne que la révision courante {c} : déjà connue, rien n'est changé":
        "revision {r} is older than the current revision {c}: already known, nothing changed",
    "révision {r} reçue avec un autre contenu : les deux versions sont conservées, à examiner":
        "revision {r} received with different content: both versions are kept, to be reviewed",
    "révision {r} dérivée de la révision {b}, or la révision courante est {c} : à examiner":
        "revision {r} derives from revision {b}, but the current revision is {c}: to be reviewed",
    "révision {r} plus ancienne que la révision courante {c} : conservée dans l'historique, non appliquée":
        "revision {r} is older than the current revision {c}: kept in the history, not applied",
    "Diagnostic inconnu : {id}.": "Unknown assessment: {id}.",
    "Révision {r} inconnue pour le diagnostic {id}.": "Unknown revision {r} for assessment {id}.",
    "Version {h}… de la révision {r} inconnue.": "Unknown version {h}… of revision {r}.",
    "conflit résolu : révision {r} ({h}…) choisie comme courante":
        "conflict resolved: revision {r} ({h}…) chosen as current",
    # ifdesk/bundle/trust.py
    "Cette carte est celle de l'identité de cet espace de travail.": "This card is this workspace's own identity.",
    "La clé {k} a été révoquée : elle ne peut pas être enrôlée de nouveau.":
        "Key {k} has been revoked: it cannot be enrolled again.",
    "La carte est contre-signée par la clé {k}, qui est révoquée : rotation refusée.":
        "The card is countersigned by key {k}, which is revoked: rotation refused.",
    "La clé {k} a déjà été remplacée : rotation refusée.": "Key {k} has already been replaced: rotation refused.",
    "La contre-signature ne vient pas de la clé enrôlée {k}.":
        "The countersignature does not come from the enrolled key {k}.",
    "Une rotation ne peut pas changer le rôle ({a} → {b}).": "A rotation cannot change the role ({a} → {b}).",
    "Empreinte différente : attendue {a}, la carte porte {b}. Carte refusée.":
        "Fingerprint mismatch: expected {a}, the card has {b}. Card refused.",
    "Confirmez l'empreinte {f} avec son titulaire (par téléphone) avant d'enrôler la carte.":
        "Confirm fingerprint {f} with its holder (by phone) before enrolling the card.",
    "Clé inconnue du magasin de confiance : {k}.": "Key not in the trust store: {k}.",
    "signataire inconnu (clé {k}) : enrôlez d'abord sa carte d'identité":
        "unknown signer (key {k}): enrol their identity card first",
    "signataire révoqué (clé {k}, {n})": "revoked signer (key {k}, {n})",
    "clé {k} remplacée par la clé {r} : réexportez le paquet avec la nouvelle clé":
        "key {k} replaced by key {r}: export the bundle again with the new key",
    # ifdesk/bundle/verify.py
    "{w} non conforme : {loc} : {msg}": "{w} is invalid: {loc}: {msg}",
    "manifest.json : clé « {k} » en double": "manifest.json: duplicate key \"{k}\"",
    "manifest.json illisible (JSON invalide)": "manifest.json unreadable (invalid JSON)",
    "ce n'est pas un paquet ifdesk (format du manifeste inconnu)": "not an ifdesk bundle (unknown manifest format)",
    "version de format {v} inconnue (cette version d'ifdesk lit la version {k})":
        "unknown format version {v} (this version of ifdesk reads version {k})",
    "manifeste sans signataire": "manifest without a signer",
    "manifest.sig mal formé (une ligne de base64 de 64 octets attendue)":
        "malformed manifest.sig (one base64 line of 64 bytes expected)",
    "signature invalide : manifest.json a été modifié ou n'est pas signé par la clé {k}":
        "invalid signature: manifest.json was modified or is not signed by key {k}",
    "la clé publique du manifeste ne correspond pas à la clé enrôlée {k}":
        "the manifest's public key does not match the enrolled key {k}",
    "manifeste : fichier « {p} » listé deux fois ou réservé": "manifest: file \"{p}\" listed twice or reserved",
    "membre manquant : {m}": "missing member: {m}",
    "membre non listé dans le manifeste : {m}": "member not listed in the manifest: {m}",
    "taille de {m} différente de celle du manifeste": "size of {m} differs from the manifest",
    "empreinte SHA-256 de {m} différente de celle du manifeste (contenu modifié)":
        "SHA-256 of {m} differs from the manifest (content modified)",
    "paquet de type « {k} » : cette version d'ifdesk ne sait pas l'importer":
        "bundle of kind \"{k}\": this version of ifdesk cannot import it",
    "référentiel {p} invalide : {e}": "invalid framework {p}: {e}",
    "référentiel {p} illisible (JSON invalide)": "framework {p} unreadable (invalid JSON)",
    "le référentiel {id} {v} est déjà connu avec un autre contenu":
        "framework {id} {v} is already known with different content",
    "manifeste : membre de référentiel incohérent ({p})": "manifest: inconsistent framework member ({p})",
    "référentiel inconnu {id} {v} et absent du paquet": "unknown framework {id} {v}, not in the bundle",
    "le paquet ne contient aucun diagnostic": "the bundle contains no assessment",
    "diagnostic {id} présent deux fois dans le paquet": "assessment {id} appears twice in the bundle",
    "manifeste : membre incohérent pour le diagnostic {id}": "manifest: inconsistent member for assessment {id}",
    "{p} ne correspond pas à son entrée du manifeste": "{p} does not match its manifest entry",
    "le signataire {k} n'est pas l'expert du diagnostic {id} (clé {x}) : refusé":
        "signer {k} is not the expert of assessment {id} (key {x}): rejected",
    "{p} : révision {r} dérivée de la révision {b} : chaîne de révisions invalide":
        "{p}: revision {r} derived from revision {b}: invalid revision chain",
    "{p} : un brouillon ne peut pas être importé": "{p}: a draft cannot be imported",
    "{p} : la fiche entreprise ne correspond pas au SIRET du diagnostic":
        "{p}: the company record does not match the assessment's SIRET",
    "{p} : référentiel non déclaré dans le manifeste": "{p}: framework not declared in the manifest",
    "{p} : diagnostic incomplet ({n} critère(s) sans réponse)":
        "{p}: incomplete assessment ({n} criterion(s) unanswered)",
    "{p} : empreinte de contenu incohérente": "{p}: inconsistent content fingerprint",
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
    "{c} entreprises et {d} diagnostics ajoutés ({s}).": "{c} companies and {d} assessments added ({s}).",
    # ifdesk/cli/cmd_diag.py
    "diagnostics": "assessments",
    "démarrer un diagnostic": "start an assessment",
    "date de la visite (AAAA-MM-JJ)": "visit date (YYYY-MM-DD)",
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
    "remplace la révision précédente": "supersedes the previous revision",
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
    "délégation régionale : tableaux pour le reporting, programmes régionaux":
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
    "Entreprises diagnostiquées : {d} pour un objectif de {o} ({p} programme(s), budget {b} €)":
        "Companies assessed: {d} against an objective of {o} ({p} programme(s), budget €{b})",
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
    "Confirmez l'empreinte {f} avec son titulaire, puis relancez avec --fingerprint \"{f}\" ou --yes.":
        "Confirm fingerprint {f} with its holder, then run again with --fingerprint \"{f}\" or --yes.",
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
    # ifdesk/core/identifiers.py
    "SIREN invalide : 9 chiffres attendus (reçu « {raw} »).": "Invalid SIREN: 9 digits expected (got \"{raw}\").",
    "SIREN invalide : la clé de contrôle (Luhn) est fausse ({s}).": "Invalid SIREN: wrong check digit (Luhn) ({s}).",
    "SIRET invalide : 14 chiffres attendus (reçu « {raw} »).": "Invalid SIRET: 14 digits expected (got \"{raw}\").",
    "SIRET invalide : la clé de contrôle (Luhn) est fausse ({s}).": "Invalid SIRET: wrong check digit (Luhn) ({s}).",
    "Code NAF invalide : format attendu NN.NNL, par ex. 25.62B (reçu « {raw} »).":
        "Invalid NAF code: expected format NN.NNL, e.g. 25.62B (got \"{raw}\").",
    "Code NAF invalide : la division {d} n'existe pas dans la NAF rév. 2.":
        "Invalid NAF code: division {d} does not exist in NAF rev. 2.",
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
    "Date invalide : « {v} » (AAAA-MM-JJ ou AAAA-MM attendu).":
        "Invalid date: \"{v}\" (YYYY-MM-DD or YYYY-MM expected).",
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
    # ifdesk/cli (lead, last additions)
    "manquant : {m}": "missing: {m}",
    "{c} : {a} → {b} (écart {g})": "{c}: {a} → {b} (gap {g})",
}
