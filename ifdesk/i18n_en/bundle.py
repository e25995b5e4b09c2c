"""English messages of ifdesk/bundle (keys, trust, export, import, distribution); keys are the French source strings."""

EN: dict[str, str] = {
    # ifdesk/bundle/export.py: a chosen revision, chosen offices
    "Le diagnostic {id} n'a pas de révision {r} dans cet espace de travail.":
        "Assessment {id} has no revision {r} in this workspace.",
    "Choisir un bureau destinataire n'a de sens qu'avec le chiffrement.": "Choosing a recipient office only makes sense with encryption.",
    "Bureau inconnu ou non actif dans le magasin de confiance : {k} (voir « ifdesk trust list »).":
        "Office unknown or not active in the trust store: {k} (see \"ifdesk trust list\").",
    # ifdesk/bundle/keyfile.py, identity backup (identity.py)
    "{p} n'est pas une sauvegarde d'identité ifdesk.": "{p} is not an ifdesk identity backup.",
    "Fichier illisible : {p} ({e})": "Unreadable file: {p} ({e})",
    "Phrase secrète incorrecte : la sauvegarde {p} n'a pas pu être ouverte.":
        "Wrong passphrase: the backup {p} could not be opened.",
    "Cet espace de travail a déjà une identité ({k}) : ajoutez --force pour la remplacer par la sauvegarde (l'identité actuelle sera perdue).":
        "This workspace already has an identity ({k}): add --force to replace it with the backup (the current identity will be lost).",
    "Sauvegarde d'identité incohérente : la clé privée ne correspond pas à la carte.":
        "Inconsistent identity backup: the private key does not match the card.",
    "Sauvegarde d'identité incomplète ou illisible.": "Incomplete or unreadable identity backup.",
    # ifdesk/bundle/container.py
    "en-tête age trop long (plus de {n} octets) ou mal formé : refusé avant tout déchiffrement":
        "age header too long (more than {n} bytes) or malformed: refused before any decryption",
    "en-tête age avec {n} destinataires ({m} au plus) : refusé avant tout déchiffrement":
        "age header with {n} recipients (at most {m}): refused before any decryption",
    "pas un fichier ordinaire (tube, périphérique, socket ou dossier) : refusé sans être lu":
        "not a regular file (pipe, device, socket or folder): refused without being read",
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
    "Phrase secrète trop faible : {why}.": "Passphrase too weak: {why}.",
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
    "La révision {r} du diagnostic {id} est un brouillon local, sans empreinte : elle ne peut pas être choisie.":
        "Revision {r} of assessment {id} is a local draft, without a content hash: it cannot be chosen.",
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
    "Empreinte différente de celle de la carte (groupe(s) {g}) : carte refusée. Ne recopiez pas l'empreinte de la carte : rappelez son titulaire et comparez groupe par groupe.":
        "The fingerprint differs from the card's (group(s) {g}): card refused. Do not copy the card's fingerprint: call its holder back and compare group by group.",
    "Comparez l'empreinte de la carte avec son titulaire, de vive voix, avant de l'enrôler : {f}":
        "Compare the card's fingerprint with its holder, by voice, before enrolling it: {f}",
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
    # ifdesk/bundle/format.py
    "trop de réponses": "too many answers",
    "réponse rangée sous « {k} » pour le critère « {c} »": "answer filed under \"{k}\" for criterion \"{c}\"",
    "trop d'actions": "too many actions",
    # ifdesk/bundle/importer.py
    "(en mémoire)": "(in memory)",
}
