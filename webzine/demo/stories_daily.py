"""The other articles named on the reference page's sidebar: the three "À la
une" (featured) ones and the "Derniers articles" of 26 August 2025."""

from .markup import to_html

STORIES = [
    {
        "title": "Avis Glow House à Paris : un salon géré par des voleuses, à éviter",
        "category": "bon-a-savoir/pratique",
        "published": (2025, 8, 21, 10, 0),
        "featured": True,
        "tags": ["consommation", "avis clients", "droits des consommateurs"],
        "standfirst": "Prestations facturées plus cher que prévu, effets personnels disparus : "
        "des clientes racontent leur mauvaise expérience dans un salon de beauté parisien. "
        "Voici comment réagir et faire valoir vos droits.",
        "caption": "Avant de réserver, lisez les avis récents et demandez toujours les tarifs "
        "par écrit.",
        "body": to_html("""
Les témoignages publiés en ligne par des clientes de ce salon parisien sont sévères :
prestations bâclées, montants débités supérieurs au devis, objets introuvables à la fin du
rendez-vous. Ces accusations n’ont pas été tranchées par la justice, et le salon est
présumé de bonne foi ; elles rappellent en revanche quelques règles utiles à toutes les
clientes.

## Avant le rendez-vous

Un institut de beauté doit afficher ses prix à l’entrée et à l’intérieur, de façon lisible.
Demandez le tarif exact de la prestation avant de commencer, surtout pour les soins
vendus « à partir de ». Lisez les avis les plus récents, en vous méfiant des notes
parfaites toutes publiées le même jour.

## Pendant et après la prestation

Gardez vos affaires de valeur près de vous et refusez tout paiement anticipé qui ne
correspond pas à ce qui a été convenu. Exigez une facture détaillée, obligatoire au-delà
de 25 euros. En cas de montant contesté, notez-le immédiatement et prévenez votre banque.

## Que faire en cas de litige ?

Adressez d’abord une réclamation écrite au salon. Sans réponse, vous pouvez saisir
gratuitement un médiateur de la consommation ou signaler le problème sur la plateforme
SignalConso. En cas de vol, seul un dépôt de plainte au commissariat permet d’ouvrir une
enquête.
"""),
    },
    {
        "title": "Les garanties obligatoires dans le cadre d’une assurance emprunteur pour un "
        "prêt immobilier",
        "category": "bon-a-savoir/pratique",
        "published": (2025, 8, 18, 10, 0),
        "featured": True,
        "tags": ["assurance emprunteur", "crédit immobilier", "loi Lemoine"],
        "standfirst": "Décès, invalidité, incapacité de travail : quelles garanties la banque "
        "peut-elle exiger pour votre crédit immobilier, et comment comparer les contrats ? "
        "Le point sur ce qui est obligatoire et ce qui ne l’est pas.",
        "caption": "Depuis la loi Lemoine, l’assurance de prêt peut être changée à tout moment.",
        "body": to_html("""
Aucune loi n’impose de souscrire une assurance emprunteur. Dans les faits, pourtant, les
banques conditionnent presque toujours l’octroi d’un prêt immobilier à cette protection,
qui prend le relais en cas de coup dur. Encore faut-il savoir quelles garanties sont
réellement exigées.

## Le socle : décès et perte totale d’autonomie

La garantie décès et la garantie perte totale et irréversible d’autonomie (PTIA) sont
demandées pour tous les prêts. Elles remboursent le capital restant dû, à hauteur de la
quotité assurée, si l’emprunteur décède ou ne peut plus accomplir seul les actes de la vie
quotidienne.

## Les garanties incapacité et invalidité

Pour l’achat d’une résidence principale, la banque exige généralement aussi la garantie
incapacité temporaire de travail (ITT) et l’invalidité permanente, totale (IPT) ou
partielle (IPP). Elles prennent en charge tout ou partie des mensualités lorsque
l’emprunteur ne peut plus travailler. La garantie perte d’emploi, elle, reste facultative.

## Comparer et changer de contrat

Vous n’êtes pas obligé d’accepter le contrat de groupe de votre banque : la délégation
d’assurance vous permet de choisir un autre assureur, à garanties équivalentes. Depuis la
loi Lemoine de 2022, vous pouvez en changer à tout moment, et le questionnaire de santé
est supprimé pour les prêts de moins de 200 000 euros par personne remboursés avant vos
60 ans.
"""),
    },
    {
        "title": "Comment un flic noir a infiltré le Ku Klux Klan",
        "category": "culture/cinema",
        "published": (2025, 7, 28, 10, 0),
        "featured": True,
        "tags": ["Ku Klux Klan", "histoire", "Spike Lee", "États-Unis"],
        "standfirst": "En 1978, Ron Stallworth, premier policier noir de Colorado Springs, "
        "rejoint le Ku Klux Klan… par téléphone. Une histoire vraie digne d’un film, que Spike "
        "Lee a d’ailleurs portée à l’écran.",
        "caption": "L’histoire de Ron Stallworth a inspiré le film BlacKkKlansman de Spike Lee, "
        "Grand Prix du Festival de Cannes en 2018.",
        "body": to_html("""
Tout commence par une petite annonce dans un journal local. En 1978, Ron Stallworth, jeune
inspecteur et premier policier noir de la ville de Colorado Springs, répond à une offre
de recrutement du Ku Klux Klan. Au téléphone, il se fait passer pour un Blanc
ouvertement raciste. Son interlocuteur est conquis.

## Un duo pour une seule identité

Problème : il faut bien se montrer aux réunions. Ron Stallworth s’associe alors à un
collègue blanc, qui rencontre les membres du groupe en se faisant passer pour lui, tandis
que le vrai Stallworth poursuit les échanges téléphoniques. Le stratagème tient pendant
plusieurs mois.

## Au plus près de la direction du Klan

L’inspecteur parvient même à converser régulièrement avec David Duke, alors dirigeant
national de l’organisation. Son enquête permet de déjouer des actions violentes et
d’identifier des sympathisants, dont certains travaillent dans l’armée.

## De la réalité au grand écran

Ron Stallworth a raconté cette enquête dans un livre, Black Klansman, publié en 2014.
Spike Lee l’a adapté au cinéma quatre ans plus tard : BlacKkKlansman a remporté le Grand
Prix du Festival de Cannes en 2018, puis l’Oscar du meilleur scénario adapté.
"""),
    },
    {
        "title": "Harcèlement chez Ubisoft : PDG Yves Guillemot et l’entreprise cités à "
        "comparaître le 1er octobre",
        "category": "actualites/high-tech",
        "published": (2025, 8, 26, 17, 40),
        "tags": ["Ubisoft", "jeu vidéo", "harcèlement", "justice"],
        "standfirst": "Après la condamnation de trois anciens cadres, le PDG d’Ubisoft et "
        "l’entreprise elle-même sont à leur tour visés par une procédure. Ils sont présumés "
        "innocents.",
        "caption": "Ubisoft est l’un des plus grands éditeurs de jeux vidéo au monde.",
        "body": to_html("""
L’affaire de harcèlement qui secoue Ubisoft depuis 2020 connaît un nouveau
développement. Son PDG, Yves Guillemot, et l’entreprise en tant que personne morale sont
cités à comparaître le 1er octobre, à l’initiative de parties civiles.

## Un premier procès en 2025

Trois anciens cadres de l’éditeur de jeux vidéo ont déjà été jugés pour des faits de
harcèlement moral ou sexuel, au terme d’un procès très suivi dans le secteur. Les
témoignages d’anciens salariés y ont décrit une culture d’entreprise où les comportements
déplacés étaient tolérés.

## La responsabilité de la direction en question

Les parties civiles estiment que la direction ne pouvait ignorer ces agissements et
qu’elle n’a pas protégé ses salariés. Ubisoft rappelle avoir engagé depuis 2020 de
nombreuses mesures : départs de dirigeants, nouvelles procédures de signalement et
formations.

## Ce que risquent les prévenus

À ce stade, aucune culpabilité n’est établie. La première audience devrait surtout
permettre de fixer le calendrier de la procédure. Le dossier est suivi de près par les
salariés du jeu vidéo, un secteur qui a connu d’autres affaires similaires.
"""),
    },
    {
        "title": "Vols de pièces détachées auto en France: toutes les trois minutes",
        "category": "bon-a-savoir/automobile",
        "published": (2025, 8, 26, 17, 10),
        "tags": ["automobile", "vols", "sécurité", "assurance auto"],
        "standfirst": "Pots catalytiques, airbags, phares : le vol de pièces détachées "
        "automobiles explose en France. Comment expliquer le phénomène, et comment protéger "
        "sa voiture ?",
        "caption": "Les pots catalytiques contiennent des métaux précieux très recherchés.",
        "body": to_html("""
Toutes les trois minutes, une voiture est dépouillée d’une partie de ses pièces en France.
Le phénomène touche toutes les régions et vise en priorité les éléments qui se revendent
facilement et cher.

## Des pièces très recherchées

Les pots catalytiques sont la cible favorite des voleurs : ils contiennent du platine, du
palladium et du rhodium, des métaux dont le cours a fortement augmenté. Les airbags, les
optiques de phares, les rétroviseurs et les jantes alimentent quant à eux un marché
parallèle de la réparation à bas prix.

## Des délais de réparation qui s’allongent

Pour les victimes, la facture est double : la franchise d’assurance, et l’immobilisation
du véhicule, parfois pendant des semaines, faute de pièces disponibles. Les assureurs
constatent une hausse sensible du coût moyen des sinistres.

## Les bons réflexes pour limiter les risques

Garez-vous dans un lieu éclairé ou fermé lorsque c’est possible, faites graver le numéro
d’immatriculation sur les pièces de valeur et pensez aux dispositifs antivol spécifiques
pour pot catalytique. En cas de vol, portez plainte rapidement et déclarez le sinistre à
votre assureur dans les délais prévus par votre contrat.
"""),
    },
]
