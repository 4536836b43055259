"""Subjects for generated articles in Culture, Bon à savoir and Découvertes.

Same shape as `subjects_news`: category path → (kicker, topics, actions).
"""

# fmt: off
SUBJECTS = {
    "culture": ("Culture", [
        "les sorties culturelles de la semaine", "les festivals de l’été",
        "les Journées européennes du patrimoine", "la rentrée littéraire",
    ], []),
    "culture/arts-et-litterature": ("Livres", [
        "la rentrée littéraire", "le prix Goncourt", "les expositions à ne pas manquer",
        "le retour de la bande dessinée franco-belge", "les romans policiers nordiques",
        "le street art", "les musées gratuits le dimanche",
    ], [
        "reprendre goût à la lecture", "visiter le Louvre sans faire la queue",
        "se lancer dans l’aquarelle",
    ]),
    "culture/cinema": ("Cinéma", [
        "les films les plus attendus de l’année", "le cinéma d’animation français",
        "le box-office de l’été", "les suites de films cultes", "la Palme d’or",
        "les salles de cinéma de quartier", "les remakes de films d’horreur",
    ], []),
    "culture/musique": ("Musique", [
        "le retour du vinyle", "les festivals de musique électronique",
        "les nouveaux talents de la chanson française", "la musique classique sur TikTok",
        "les tournées des grands groupes de rock", "le rap français",
    ], [
        "apprendre la guitare en autodidacte", "bien choisir son casque audio",
    ]),
    "culture/loisirs": ("Loisirs", [
        "les randonnées les plus spectaculaires de France", "le retour des jeux de société",
        "les escape games", "les vacances à vélo", "les jardins partagés",
        "les parcs nationaux français",
    ], [
        "préparer une randonnée en montagne", "organiser un week-end à petit prix",
        "débuter la photographie",
    ]),
    "culture/pensee": ("Idées", [
        "le droit à la déconnexion", "la place du travail dans nos vies",
        "la philosophie au lycée", "l’éthique des intelligences artificielles",
        "la solitude dans les grandes villes", "le bonheur selon les stoïciens",
    ], []),
    "culture/sport": ("Sport", [
        "le Tour de France", "le XV de France", "le mercato d’été",
        "le sport féminin à la télévision", "l’héritage des Jeux olympiques de Paris",
        "le trail", "la Ligue des champions", "le padel",
    ], [
        "reprendre la course à pied", "bien s’échauffer avant le sport",
        "préparer son premier marathon",
    ]),
    "bon-a-savoir": ("Bon à savoir", [
        "les démarches administratives de la rentrée", "les nouveautés au 1er janvier",
        "les aides auxquelles on a droit", "les arnaques de l’été",
    ], [
        "faire des économies au quotidien", "bien préparer ses vacances",
    ]),
    "bon-a-savoir/automobile": ("Auto", [
        "le contrôle technique des deux-roues", "le prix des carburants",
        "le leasing social des voitures électriques", "les radars de nouvelle génération",
        "le permis de conduire à 17 ans", "les pneus quatre saisons",
    ], [
        "réduire sa consommation de carburant", "vendre sa voiture d’occasion",
        "préparer sa voiture pour l’hiver", "contester une amende",
    ]),
    "bon-a-savoir/bricolage": ("Bricolage", [
        "les outils indispensables", "la peinture écologique", "les panneaux solaires sur balcon",
        "la domotique à petit prix",
    ], [
        "déboucher un évier sans produit chimique", "poser du parquet flottant",
        "repeindre un meuble en bois", "isoler ses fenêtres", "fixer une étagère au mur",
        "réparer une fuite de robinet",
    ]),
    "bon-a-savoir/cuisine": ("Cuisine", [
        "les fruits et légumes de saison", "la cuisine anti-gaspillage",
        "les produits ultra-transformés", "le retour des légumineuses", "la cuisine au air fryer",
    ], [
        "réussir une pâte à crêpes", "conserver les herbes fraîches",
        "cuire un œuf parfait", "réussir une mayonnaise maison", "faire son pain soi-même",
        "préparer des repas pour toute la semaine",
    ]),
    "bon-a-savoir/pratique": ("Pratique", [
        "la résiliation des abonnements en trois clics", "le chèque énergie",
        "les frais bancaires", "la nouvelle carte d’identité", "les démarches de déménagement",
    ], [
        "réduire ses frais bancaires", "bien ranger son dressing", "détacher un vêtement",
        "choisir son fournisseur d’électricité", "éviter les arnaques au démarchage",
    ]),
    "bon-a-savoir/sante": ("Santé", [
        "le sommeil des adolescents", "les bienfaits de la marche",
        "la vaccination contre la grippe",
        "le burn-out", "les allergies au pollen", "la santé mentale des étudiants",
        "les écrans et les enfants",
    ], [
        "mieux dormir", "réduire son temps d’écran", "soulager un mal de dos",
        "bien s’hydrater en été",
    ]),
    "bon-a-savoir/le-saviez-vous": ("Le saviez-vous", [
        "l’origine du poisson d’avril", "la véritable couleur des flamants roses",
        "le mystère des bulles de champagne", "la mémoire des poissons rouges",
        "l’origine des jours de la semaine", "la vitesse d’un éternuement",
        "la raison pour laquelle le ciel est bleu",
    ], []),
    "bon-a-savoir/etudes": ("Étude", [
        "le temps passé sur les réseaux sociaux", "le moral des Français",
        "le télétravail et la productivité", "la consommation de viande",
        "l’effet de la musique sur la concentration", "le sommeil des Français",
    ], []),
    "bon-a-savoir/records": ("Record", [
        "la plus grande pizza du monde", "le marathon le plus rapide",
        "l’arbre le plus vieux de la planète", "le plus long domino humain",
        "la plus grande collection de canards en plastique", "le saut en parachute le plus haut",
    ], []),
    "decouvertes": ("Découverte", [
        "les trouvailles de la semaine", "les curiosités du web",
        "les inventions les plus farfelues",
    ], []),
    "decouvertes/geekeries": ("Geek", [
        "les consoles rétro", "les figurines de collection", "les claviers mécaniques",
        "les easter eggs des jeux vidéo", "le retour du Tamagotchi", "les imprimantes 3D",
    ], [
        "monter son propre PC", "transformer un Raspberry Pi en console rétro",
    ]),
    "decouvertes/humour": ("Humour", [
        "les pires fautes d’orthographe sur les panneaux", "les chats les plus drôles d’internet",
        "les traductions automatiques ratées", "les excuses les plus improbables pour un retard",
        "les réponses d’élèves les plus drôles",
    ], []),
    "decouvertes/fun": ("Fun", [
        "les illusions d’optique les plus bluffantes", "les défis les plus fous d’internet",
        "les métiers les plus insolites", "les questions que tout le monde se pose",
    ], [
        "impressionner ses amis avec un tour de magie", "dessiner en 3D sur une feuille",
    ]),
    "decouvertes/blagues-histoires-droles": ("Blagues", [
        "les meilleures blagues de Toto", "les histoires drôles de bureau",
        "les blagues de papa", "les devinettes pour enfants", "les jeux de mots les plus nuls",
    ], []),
    "decouvertes/jeux": ("Jeux", [
        "les jeux de société de l’année", "les jeux vidéo indépendants", "les mots croisés",
        "les jeux de piste en ville", "les échecs en ligne",
    ], [
        "gagner au Scrabble", "progresser aux échecs", "résoudre un Rubik’s Cube",
    ]),
    "decouvertes/videos": ("Vidéo", [
        "la vidéo d’un chat qui joue du piano",
        "les plus belles images de la Terre vue de l’espace",
        "le plongeon impressionnant d’un faucon pèlerin", "les plus beaux timelapses de l’année",
    ], []),
    "decouvertes/interviews": ("Entretien", [
        "le métier de cascadeur", "la vie d’un gardien de phare", "le quotidien d’un boulanger",
        "le métier de doubleur de voix", "la passion d’un collectionneur de météorites",
    ], []),
    "decouvertes/shopping-geek-wtf": ("Shopping", [
        "les gadgets les plus inutiles", "les cadeaux geek à moins de 20 euros",
        "les objets connectés improbables", "les accessoires pour chats les plus étranges",
    ], [
        "trouver un cadeau original", "dénicher des gadgets à petit prix",
    ]),
}
# fmt: on
