"""English messages of issue 13 (the register, forwarding, the national level)."""

EN: dict[str, str] = {
    # ifdesk/bundle/register.py
    "Seule l'identité nationale tient le registre des experts référencés (l'identité de cet espace de travail est « {r} »).":
        "Only the national identity keeps the register of referenced experts (this workspace's identity is \"{r}\").",
    "Le registre ne référence que des experts : cette carte a le rôle « {r} ».":
        "The register references experts only: this card has the role \"{r}\".",
    "Clé inconnue du registre : {k}.": "Key not in the register: {k}.",
    "Une raison est obligatoire ({n} caractères au plus).": "A reason is required ({n} characters at most).",
    "La date de dé-référencement ({d}) précède le référencement ({s}).":
        "The de-referencing date ({d}) is before the referencing date ({s}).",
    "registre signé par {n} (clé {k}, rôle {r}) : seule l'identité nationale enrôlée publie le registre":
        "register signed by {n} (key {k}, role {r}): only the enrolled national identity publishes the register",
    "l'identité nationale tient son propre registre : elle n'en importe pas":
        "the national identity keeps its own register: it does not import one",
    "un registre ne contient ni diagnostic ni référentiel": "a register carries no assessment and no framework",
    "{w} : « {v} » n'est pas une date (AAAA-MM-JJ).": "{w}: \"{v}\" is not a date (YYYY-MM-DD).",
    "registre refusé en entier : carte n° {i} ({n}) de rôle « {r} » (experts seulement)":
        "register refused whole: card no. {i} ({n}) has the role \"{r}\" (experts only)",
    "registre refusé en entier : clé {k} présente deux fois": "register refused whole: key {k} appears twice",
    "registre refusé en entier : {n} dé-référencé avant d'être référencé":
        "register refused whole: {n} de-referenced before being referenced",
    "registre refusé en entier : « {d} » n'est pas une date réelle": "register refused whole: \"{d}\" is not a real date",
    "registre n° {s} : {n} expert(s) référencé(s), {m} dé-référencé(s)":
        "register no. {s}: {n} referenced expert(s), {m} de-referenced",
    "registre refusé en entier : carte n° {i} ({n}) : {e}": "register refused whole: card no. {i} ({n}): {e}",
    "registre refusé en entier : {n} : {e}": "register refused whole: {n}: {e}",
    "registre n° {s} pas plus récent que le registre n° {h} déjà reçu : rien n'est changé":
        "register no. {s} is not newer than register no. {h} already received: nothing changed",
    # ifdesk/bundle/verify.py
    "expert {n} (clé {k}) dé-référencé depuis le {d} : paquet refusé":
        "expert {n} (key {k}) de-referenced since {d}: bundle refused",
    # ifdesk/bundle/identity.py
    "Rôle inconnu : « {r} » (expert, office ou national).": "Unknown role: \"{r}\" (expert, office or national).",
    # ifdesk/bundle/distribution.py
    "L'identité nationale distribue des référentiels seulement (pas d'entreprises).":
        "The national identity distributes frameworks only (no companies).",
    "l'identité nationale ne reçoit pas de distribution": "the national identity does not receive distributions",
    "une distribution de l'identité nationale ne porte que des référentiels":
        "a distribution from the national identity carries frameworks only",
    # ifdesk/bundle/forward.py
    "Région du bureau indéterminée ({n} région(s) dans ses programmes) : précisez --region.":
        "The office's region is undetermined ({n} region(s) in its programmes): give --region.",
    "Seul un bureau régional transmet au national (l'identité de cet espace de travail est « {r} »).":
        "Only a regional office forwards to the national level (this workspace's identity is \"{r}\").",
    "Aucune identité nationale enrôlée : enrôlez d'abord la carte nationale (trust add).":
        "No national identity enrolled: enrol the national card first (trust add).",
    "--region ne sert qu'à l'identité nationale (la région d'un bureau enrôlé).":
        "--region is for the national identity only (the region of an enrolled office).",
    "--region ne s'applique qu'à la carte d'un bureau régional (cette carte : « {r} »).":
        "--region applies to a regional office's card only (this card: \"{r}\").",
    "un paquet de programmes s'adresse à l'identité nationale": "a programmes bundle is for the national identity",
    "paquet de programmes signé par {n} (clé {k}, rôle {r}) : seul un bureau régional enrôlé en envoie":
        "programmes bundle signed by {n} (key {k}, role {r}): only an enrolled regional office sends one",
    "un paquet de programmes ne contient ni diagnostic ni référentiel":
        "a programmes bundle carries no assessment and no framework",
    "bureau {n} (clé {k}) enrôlé sans région : « trust add CARTE --region CODE » la fixe":
        "office {n} (key {k}) enrolled without a region: \"trust add CARD --region CODE\" sets it",
    "programmes de la région {r} envoyés par {n}, enrôlé pour la région {e} : refusé":
        "programmes of region {r} sent by {n}, enrolled for region {e}: refused",
    "Écriture impossible dans {p} : {e}": "Cannot write in {p}: {e}",
    "programme « {p} » de la région {r} envoyé par {n}, enrôlé pour la région {e} : refusé":
        "programme \"{p}\" of region {r} sent by {n}, enrolled for region {e}: refused",
    "programme « {p} » : période ou jalons incohérents": "programme \"{p}\": inconsistent period or milestones",
    "{p} : diagnostic présent deux fois dans « {w} »": "{p}: assessment listed twice in \"{w}\"",
    "programmes plus anciens que ceux déjà reçus de ce bureau ({d}) : rien n'est changé":
        "programmes older than those already received from this office ({d}): nothing changed",
    "région {r} : {p} programme(s), {n} état(s) de revue, {c} coût(s)":
        "region {r}: {p} programme(s), {n} review state(s), {c} cost(s)",
    "programme « {p} » : date invalide": "programme \"{p}\": invalid date",
    # ifdesk/cli/cmd_identity.py, cmd_trust.py, cmd_register.py, cmd_national.py
    "expert (défaut), office (bureau régional) ou national (référencement et pilotage national)":
        "expert (default), office (regional office) or national (referencing and national steering)",
    "national : la région du bureau régional enrôlé (ses paquets de programmes doivent la porter)":
        "national: the region of the enrolled regional office (its programmes bundles must carry it)",
    "Registre n° {s} · {n} expert(s) référencé(s), {m} dé-référencé(s)":
        "Register no. {s} · {n} referenced expert(s), {m} de-referenced",
    "national : le registre des experts référencés": "national: the register of referenced experts",
    "référencer un expert (sa carte, après vérification de l'empreinte)":
        "reference an expert (their card, after checking the fingerprint)",
    "CODES": "CODES",
    "régions où l'expert intervient, par ex. 84,27": "regions where the expert works, e.g. 84,27",
    "date du référencement (aujourd'hui par défaut)": "date of referencing (today by default)",
    "dé-référencer un expert à une date, avec une raison": "de-reference an expert from a date, with a reason",
    "raison du dé-référencement": "reason for de-referencing",
    "à partir de cette date (aujourd'hui par défaut)": "from this date (today by default)",
    "lister le registre (celui de l'identité nationale, ou la copie reçue)":
        "list the register (the national identity's, or the copy received)",
    "écrire le registre signé, avec un numéro de séquence croissant": "write the signed register, with a growing sequence number",
    "{n} (clé {k}) dé-référencé(e) à partir du {d} : {r}": "{n} (key {k}) de-referenced from {d}: {r}",
    "référencé depuis le {d}": "referenced since {d}",
    "dé-référencé le {d} ({r})": "de-referenced on {d} ({r})",
    "Registre n° {s} écrit dans {p} ({n} expert(s) référencé(s)).": "Register no. {s} written to {p} ({n} referenced expert(s)).",
    "{n} (clé {k}) est déjà référencé(e) depuis le {d}.": "{n} (key {k}) is already referenced since {d}.",
    "{n} ({o}, clé {k}) référencé(e) le {d}.": "{n} ({o}, key {k}) referenced on {d}.",
    "Objectif du {d} retiré.": "Objective of {d} removed.",
    "transmettre au national : les paquets originaux des experts et un paquet signé des programmes":
        "forward to the national level: the experts' original bundles and a signed programmes bundle",
    "tous les paquets reçus, même ceux déjà transmis": "every bundle received, even those already forwarded",
    "région du bureau (par défaut : celle de ses programmes)": "the office's region (default: that of its programmes)",
    "{n} paquet(s) d'experts et les programmes de la région {r} écrits dans {p}, chiffrés pour le national.":
        "{n} expert bundle(s) and the programmes of region {r} written to {p}, encrypted for the national level.",
    "national : objectifs nationaux (entreprises diagnostiquées à une date)":
        "national: national objectives (companies assessed by a date)",
    "objectifs nationaux": "national objectives",
    "fixer un objectif : N entreprises diagnostiquées au plus tard à DATE": "set an objective: N companies assessed by DATE",
    "retirer l'objectif d'une date": "remove the objective of a date",
    "lister les objectifs nationaux et l'avancement": "list the national objectives and the progress",
    "Objectif national : {n} entreprises au plus tard le {d}.": "National objective: {n} companies by {d}.",
    "Aucun objectif national : « national objective add --date AAAA-MM-JJ --companies N ».":
        "No national objective: \"national objective add --date YYYY-MM-DD --companies N\".",
    "{d} : {x} entreprises diagnostiquées pour un objectif de {n}": "{d}: {x} companies assessed for an objective of {n}",
    # ifdesk/cli/cmd_stats.py
    "Objectif national au {d} : {x} entreprises diagnostiquées sur {n}": "National objective on {d}: {x} companies assessed of {n}",
    # ifdesk/cli/cmd_demo.py
    "nombre d'entreprises (défaut 40 ; 3 000 dans un espace national)":
        "number of companies (default 40; 3,000 in a national workspace)",
    # ifdesk/office/national.py
    "L'objectif doit être un nombre d'entreprises positif ou nul.": "The objective must be a number of companies, zero or more.",
    "Aucun objectif national à la date {d}.": "No national objective on {d}.",
}
