"""Word pools for plausible French industrial companies and expert notes."""

from __future__ import annotations

# (trade word, NAF code, typical sector note)
TRADES = [
    ("Mécanique de précision", "25.62B"), ("Décolletage", "25.62A"), ("Fonderie", "24.51Z"),
    ("Chaudronnerie", "25.29Z"), ("Tôlerie industrielle", "25.11Z"), ("Traitement de surface", "25.61Z"),
    ("Plasturgie", "22.29A"), ("Injection plastique", "22.29B"), ("Emballages carton", "17.21A"),
    ("Imprimerie", "18.12Z"), ("Électronique", "26.11Z"), ("Câblage électrique", "27.32Z"),
    ("Machines spéciales", "28.99B"), ("Équipements aéronautiques", "30.30Z"),
    ("Équipements automobiles", "29.32Z"), ("Chimie fine", "20.59Z"), ("Verrerie technique", "23.19Z"),
    ("Menuiserie industrielle", "16.23Z"), ("Meubles", "31.09B"), ("Textiles techniques", "13.96Z"),
    ("Biscuiterie", "10.72Z"), ("Conserverie", "10.39A"), ("Fromagerie", "10.51C"), ("Brasserie", "11.05Z"),
    ("Laboratoires pharmaceutiques", "21.20Z"), ("Maintenance industrielle", "33.12Z"),
    ("Composites", "22.29A"), ("Robinetterie", "28.14Z"), ("Outillage", "25.73B"), ("Charpente métallique", "25.11Z"),
]

FOOD_NAF = ("10.", "11.")

FAMILY = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
          "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
          "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand",
          "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin"]

QUALIFIERS = ["du Forez", "de la Vallée", "de l'Ouest", "Rhodanienne", "Alpine", "du Val de Loire", "Normande",
              "Bretonne", "des Vosges", "Lorraine", "Picarde", "Comtoise", "Occitane", "Provençale", "Atlantique",
              "du Jura", "de Champagne", "Ardennaise", "Savoyarde", "Basque", "Auvergnate", "du Sud-Ouest"]

LEGAL = ["SAS", "SAS", "SARL", "SA", "SAS"]

# region code → (weight in the national programme, cities)
REGIONS = {
    "84": (13, ["Lyon", "Saint-Étienne", "Grenoble", "Clermont-Ferrand", "Annecy", "Oyonnax", "Roanne"]),
    "44": (10, ["Strasbourg", "Mulhouse", "Metz", "Nancy", "Reims", "Troyes", "Épinal"]),
    "32": (9, ["Lille", "Valenciennes", "Amiens", "Dunkerque", "Beauvais", "Maubeuge"]),
    "11": (8, ["Paris", "Argenteuil", "Évry-Courcouronnes", "Cergy", "Meaux", "Massy"]),
    "75": (9, ["Bordeaux", "Limoges", "Poitiers", "La Rochelle", "Pau", "Angoulême", "Niort"]),
    "76": (8, ["Toulouse", "Montpellier", "Nîmes", "Perpignan", "Albi", "Tarbes", "Figeac"]),
    "52": (8, ["Nantes", "Angers", "Le Mans", "Cholet", "La Roche-sur-Yon", "Laval"]),
    "28": (6, ["Rouen", "Caen", "Le Havre", "Évreux", "Cherbourg-en-Cotentin", "Alençon"]),
    "27": (6, ["Dijon", "Besançon", "Montbéliard", "Chalon-sur-Saône", "Auxerre", "Belfort"]),
    "53": (5, ["Rennes", "Brest", "Lorient", "Vannes", "Saint-Brieuc", "Quimper"]),
    "24": (5, ["Orléans", "Tours", "Bourges", "Chartres", "Blois", "Châteauroux"]),
    "93": (6, ["Marseille", "Toulon", "Nice", "Aix-en-Provence", "Avignon", "Gap"]),
    "94": (1, ["Ajaccio", "Bastia"]),
    "01": (1, ["Les Abymes", "Baie-Mahault"]),
    "02": (1, ["Fort-de-France", "Le Lamentin"]),
    "03": (1, ["Cayenne", "Kourou"]),
    "04": (2, ["Saint-Denis", "Le Port", "Saint-Pierre"]),
    "06": (1, ["Mamoudzou"]),
}

EXPERT_FIRST = ["Claire", "Julien", "Sophie", "Karim", "Isabelle", "Thomas", "Nathalie", "Pierre", "Émilie", "Laurent"]

OWNERS = ["Direction générale", "Directeur industriel", "Responsable production", "Responsable qualité",
          "Responsable maintenance", "Responsable RH", "Responsable des systèmes d'information",
          "Responsable HSE", "Responsable méthodes", "Direction commerciale"]

NOTE_BY_LEVEL = {
    1: ["Rien de formalisé à ce jour ; le sujet n'a pas été abordé en comité de direction.",
        "Pratiques individuelles, dépendantes de quelques personnes clés.",
        "Le dirigeant reconnaît le retard et souhaite un accompagnement."],
    2: ["Premières initiatives ponctuelles, sans pilotage d'ensemble.",
        "Un projet pilote a été lancé sur une ligne, résultats encore à mesurer.",
        "Outils en place mais peu utilisés par les équipes de terrain."],
    3: ["Démarche structurée, indicateurs suivis chaque mois en réunion de production.",
        "Pratique généralisée à l'atelier principal, pas encore au site secondaire.",
        "Procédures écrites et connues ; revue annuelle par la direction."],
    4: ["Pratique intégrée au pilotage quotidien, données disponibles en temps réel.",
        "Démarche étendue aux fournisseurs clés ; gains mesurés et partagés.",
        "Référent interne formé, amélioration continue visible sur les tableaux de bord."],
    5: ["Pratique exemplaire, citée en référence par le pôle de compétitivité.",
        "Amélioration continue pilotée par les données, partagée avec les clients.",
        "L'entreprise accueille des visites d'autres PME sur ce sujet."],
}

NA_REASONS = ["Sans objet pour ce procédé de fabrication.", "Activité sous-traitée à un partenaire.",
              "Non pertinent pour la taille du site."]
