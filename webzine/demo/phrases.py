"""Templates and word pools from which generated articles are assembled.

Titles come from a template and a subject of the article's category
("Cuisine : 7 astuces pour réussir une pâte à crêpes"); bodies from an intro
built on the subject, then sections whose headings and paragraphs are drawn
from the pools below. `{name}` is filled by Faker (fr_FR).
"""

NUMBERS = [3, 4, 5, 6, 7, 8, 10, 12]

TOPIC_TITLES = [
    "{Topic} : ce qu’il faut savoir",
    "Ce que l’on sait sur {topic}",
    "{Topic} : {n} chiffres pour comprendre",
    "{Topic} : le décryptage",
    "{Topic}, un sujet qui divise",
    "On vous explique {topic}",
    "{Topic} : les questions que tout le monde se pose",
    "{Topic} : ce qui change pour vous",
    "{Topic} : pourquoi tout le monde en parle",
    "{Kicker} : tout comprendre sur {topic}",
    "{Kicker} : {topic} en {n} points",
]
ACTION_TITLES = [
    "{Kicker} : {n} astuces pour {action}",
    "Comment {action} sans se tromper",
    "{n} erreurs à éviter pour {action}",
    "Nos conseils pour {action}",
    "{Kicker} : le guide pour {action}",
    "{Kicker} : comment {action} facilement",
    "Voici comment {action} en quelques étapes",
]

TOPIC_STANDFIRSTS = [
    "Chiffres, témoignages et décryptage : la rédaction fait le point sur {topic}.",
    "{Topic} suscite de nombreuses questions. Voici les éléments essentiels pour y voir "
    "plus clair.",
    "Entre idées reçues et réalité, retour sur {topic} et sur ce que cela change au quotidien.",
    "Origines, enjeux, perspectives : ce qu’il faut retenir sur {topic}.",
    "Ce qui se joue derrière {topic}, expliqué simplement et sans jargon.",
]
ACTION_STANDFIRSTS = [
    "Matériel, méthode, erreurs à éviter : nos conseils pour {action}.",
    "Vous cherchez à {action} ? Voici une méthode simple, testée par la rédaction.",
    "Pas besoin d’être un expert pour {action}. Suivez le guide, étape par étape.",
    "Quelques gestes simples suffisent souvent pour {action}. On vous explique tout.",
]

TOPIC_INTROS = [
    "Depuis plusieurs mois, {topic} s’invite régulièrement dans les conversations.",
    "Le sujet revient à intervalles réguliers dans l’actualité : {topic}.",
    "Difficile d’échapper au débat sur {topic}.",
    "{Topic} : voilà un sujet qui ne laisse personne indifférent.",
    "Qu’on s’y intéresse de près ou de loin, {topic} concerne davantage de monde qu’on ne le "
    "pense.",
]
ACTION_INTROS = [
    "Vous vous êtes déjà demandé comment {action} ?",
    "Beaucoup pensent qu’il faut être un spécialiste pour {action}. C’est une idée reçue.",
    "Savoir {action} fait partie de ces compétences qui simplifient la vie.",
    "Il existe des méthodes simples et éprouvées pour {action}.",
]

CAPTIONS = [
    "Image d’illustration.",
    "Illustration de la rubrique {category}.",
    "{Subject} : un sujet à suivre sur 42mag.fr.",
]

TOPIC_HEADINGS = [
    "Ce qu’il faut retenir", "Le contexte", "Les chiffres clés", "Ce qu’en disent les spécialistes",
    "Les réactions", "Et maintenant ?", "Un phénomène qui ne date pas d’hier",
    "Ce qui change concrètement", "Les points de vigilance", "Des avis partagés",
    "Un enjeu de taille", "Les premières pistes", "Une question de méthode", "Les idées reçues",
    "Ce que l’on ignore encore", "Sur le terrain", "Les alternatives", "Le calendrier",
    "Des limites à connaître", "Ce que disent les études", "Un peu d’histoire", "Les témoignages",
    "À l’étranger aussi", "Une tendance de fond", "Le point de vue des usagers", "Les perspectives",
]  # fmt: skip
ACTION_HEADINGS = [
    "Le matériel nécessaire", "Étape par étape", "Les erreurs à éviter", "Nos astuces",
    "Combien ça coûte ?", "Le conseil en plus", "Bien s’organiser", "Les bons réflexes",
    "Et si ça ne marche pas ?", "Avant de commencer", "Le bon moment", "Pour aller plus loin",
]  # fmt: skip

# Epicene job titles, so that any Faker name agrees with them.
JOBS = [
    "sociologue", "économiste", "médecin généraliste", "juriste", "psychologue", "architecte",
    "géographe", "biologiste", "libraire", "photographe", "notaire", "kinésithérapeute",
    "urbaniste", "journaliste spécialisé dans le sujet",
]  # fmt: skip

# Sentences that fit any article; `{name}` is a Faker name, `{city}` a real town.
COMMON_SENTENCES = [
    "Le phénomène n’est pas nouveau, mais il prend aujourd’hui une ampleur inédite.",
    "Les premiers chiffres disponibles confirment une tendance observée depuis plusieurs années.",
    "Sur les réseaux sociaux, les réactions ne se sont pas fait attendre.",
    "Les spécialistes appellent toutefois à la prudence avant de tirer des conclusions "
    "définitives.",
    "Selon une enquête publiée en {year}, près de {pct}\u00a0% des Français se disent concernés.",
    "À {city}, les habitants interrogés partagent largement ce constat.",
    "« On ne s’attendait pas à un tel engouement », reconnaît {name}, {job} à {city}.",
    "« Il faut prendre le temps de bien comprendre les enjeux », estime {name}, {job}.",
    "« Beaucoup de gens ignorent encore l’essentiel », souligne {name}, {job} à {city}.",
    "Pour beaucoup, il s’agit avant tout d’une question de bon sens.",
    "La situation varie cependant beaucoup d’une région à l’autre.",
    "Le coût reste un frein important pour de nombreux ménages.",
    "Les jeunes générations semblent particulièrement sensibles à la question.",
    "Certains y voient une simple mode, d’autres une évolution durable.",
    "Les solutions existent, mais elles restent encore trop peu connues du grand public.",
    "En {year}, la question se posait déjà, mais dans des termes très différents.",
    "Les chiffres parlent d’eux-mêmes : la hausse atteint {pct}\u00a0% en cinq ans.",
    "Un constat que partagent la plupart des observateurs.",
    "Le bouche-à-oreille a fait le reste.",
    "Reste à savoir si l’effet sera durable.",
    "Pour les familles, les conséquences sont très concrètes.",
    "Les avis des lecteurs que nous avons recueillis vont dans le même sens.",
    "Une chose est sûre : le sujet n’a pas fini de faire parler de lui.",
    "{name}, {job} à {city}, le constate chaque jour.",
    "La plupart des études récentes vont dans le même sens.",
    "À l’étranger, certaines expériences ont donné des résultats encourageants.",
    "Cette évolution s’explique par plusieurs facteurs.",
    "L’histoire ne s’arrête pas là.",
    "Sur internet, le sujet suscite des milliers de commentaires.",
    "De quoi piquer la curiosité des plus sceptiques.",
    "Le succès a surpris jusqu’à ses propres initiateurs.",
    "Un détail qui n’a pas échappé aux internautes.",
    "Les scientifiques ont une explication assez simple à ce phénomène.",
    "Contrairement à une idée répandue, la réalité est plus nuancée.",
    "Les chercheurs ont suivi près de {people} personnes pendant plusieurs années.",
    "Les résultats, publiés dans une revue scientifique, ont surpris jusqu’aux auteurs de l’étude.",
    "Ce chiffre a presque doublé en dix ans.",
    "Les plus jeunes sont les premiers concernés.",
    "Les seniors ne sont pas en reste.",
    "La tendance s’observe dans toutes les catégories sociales.",
    "Tout a commencé par une idée simple.",
    "Le projet a vu le jour à {city}, il y a quelques années.",
    "Aujourd’hui, l’initiative fait des émules partout en France.",
    "Pour en savoir plus, les sites officiels restent la meilleure source d’information.",
]

# Sentences for news and analysis pieces (topic titles).
NEWS_SENTENCES = [
    "Le sujet divise, y compris parmi les professionnels du secteur.",
    "Les pouvoirs publics suivent le dossier de près.",
    "Les associations de consommateurs, elles, restent vigilantes.",
    "Il faudra sans doute plusieurs années pour mesurer les effets réels de ces changements.",
    "Plusieurs pays européens ont déjà pris des mesures comparables.",
    "Rien ne permet pour l’instant d’affirmer que la tendance va s’inverser.",
    "Les professionnels du secteur réclament davantage de moyens et de visibilité.",
    "Les statistiques officielles ne disent pas tout.",
    "Le débat dépasse largement les frontières de l’Hexagone.",
    "L’Union européenne pourrait d’ailleurs s’en mêler dans les prochains mois.",
    "Le gouvernement a promis des annonces avant la fin de l’année.",
    "Les élus locaux, eux, sont en première ligne.",
    "Les entreprises, de leur côté, commencent à s’adapter.",
    "Il est encore trop tôt pour dresser un bilan complet.",
    "Les prochaines semaines seront décisives.",
    "Une partie des critiques porte sur le manque de concertation.",
    "Le contexte économique joue évidemment un rôle.",
]

# Sentences for how-to pieces (action titles).
PRACTICAL_SENTENCES = [
    "Il suffit parfois de quelques ajustements pour obtenir un bien meilleur résultat.",
    "Mieux vaut toutefois se renseigner avant de se lancer.",
    "Les erreurs les plus fréquentes sont aussi les plus faciles à éviter.",
    "Prendre un peu de temps au départ permet souvent d’en gagner beaucoup ensuite.",
    "Le résultat dépend en grande partie de la qualité de la préparation.",
    "Les conseils d’un professionnel peuvent faire toute la différence.",
    "Comptez en moyenne entre {low} et {high} euros, selon les options choisies.",
    "Une dizaine de minutes suffit généralement.",
    "Inutile d’investir dans du matériel coûteux pour commencer.",
    "Les forums spécialisés regorgent de témoignages sur le sujet.",
    "« C’est devenu un réflexe au quotidien », confie {name}, qui vit à {city}.",
    "« Au début, j’étais sceptique, puis j’ai constaté la différence », raconte {name}.",
    "N’hésitez pas à comparer plusieurs offres avant de vous décider.",
    "En cas de doute, mieux vaut demander conseil.",
    "Le plus important est de procéder dans l’ordre, sans se précipiter.",
    "Quelques minutes de préparation évitent bien des déconvenues.",
    "Pensez à vérifier le résultat avant de passer à la suite.",
    "La méthode fonctionne aussi bien pour les débutants que pour les plus aguerris.",
    "Un peu de patience est souvent la clé de la réussite.",
]

CITIES = [
    "Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Lille", "Bordeaux", "Strasbourg",
    "Montpellier", "Rennes", "Grenoble", "Dijon", "Angers", "Brest", "Limoges", "Tours",
    "Clermont-Ferrand", "Rouen", "Metz", "Nancy", "Perpignan", "Besançon", "Orléans", "Caen",
    "Poitiers", "La Rochelle", "Annecy", "Pau", "Avignon", "Amiens", "Saint-Étienne", "Nîmes",
]  # fmt: skip

# Tags of each category, 2 to 4 drawn per article. None of the reference
# article's tags is here, so its "Vous aimerez aussi" block shows the articles
# of the reference page.
TAGS = {
    "actualites": ["insolite", "réseaux sociaux", "télévision", "innovation"],
    "actualites/high-tech": ["smartphone", "applications", "innovation", "cybersécurité"],
    "actualites/people": ["célébrités", "télévision", "musique", "cinéma"],
    "actualites/divertissement": ["télévision", "streaming", "séries", "musique"],
    "actualites/insolite": ["insolite", "animaux", "faits divers", "réseaux sociaux"],
    "politique": ["gouvernement", "Assemblée nationale", "élections", "budget"],
    "politique/economie": ["économie", "budget", "pouvoir d’achat", "emploi", "énergie"],
    "politique/ecologie": ["climat", "énergie", "biodiversité", "transports"],
    "politique/france": ["gouvernement", "Assemblée nationale", "élections", "budget"],
    "politique/monde": ["diplomatie", "Union européenne", "États-Unis", "élections"],
    "politique/medias": ["médias", "réseaux sociaux", "désinformation", "télévision"],
    "politique/sciences-et-futur": ["sciences", "espace", "innovation", "santé"],
    "politique/hack": ["cybersécurité", "données personnelles", "arnaques", "internet"],
    "culture": ["festivals", "patrimoine", "livres", "expositions"],
    "culture/arts-et-litterature": ["livres", "expositions", "bande dessinée", "patrimoine"],
    "culture/cinema": ["cinéma", "séries", "festivals", "streaming"],
    "culture/musique": ["musique", "concerts", "festivals", "streaming"],
    "culture/loisirs": ["voyage", "nature", "jeux de société", "week-end"],
    "culture/pensee": ["philosophie", "société", "travail", "livres"],
    "culture/sport": ["football", "rugby", "cyclisme", "course à pied"],
    "bon-a-savoir": ["conseils pratiques", "consommation", "économies", "démarches"],
    "bon-a-savoir/automobile": ["voiture", "sécurité routière", "carburant", "économies"],
    "bon-a-savoir/bricolage": ["bricolage", "maison", "économies", "DIY"],
    "bon-a-savoir/cuisine": ["cuisine", "alimentation", "recettes", "anti-gaspillage"],
    "bon-a-savoir/pratique": ["conseils pratiques", "consommation", "démarches", "économies"],
    "bon-a-savoir/sante": ["santé", "sommeil", "sport", "bien-être"],
    "bon-a-savoir/le-saviez-vous": ["anecdotes", "sciences", "histoire", "nature"],
    "bon-a-savoir/etudes": ["études", "sciences", "société", "santé"],
    "bon-a-savoir/records": ["records", "insolite", "sport", "nature"],
    "decouvertes": ["insolite", "internet", "inventions", "humour"],
    "decouvertes/geekeries": ["geek", "rétro-gaming", "jeu vidéo", "gadgets"],
    "decouvertes/humour": ["humour", "internet", "animaux", "réseaux sociaux"],
    "decouvertes/fun": ["fun", "défis", "illusions d’optique", "internet"],
    "decouvertes/blagues-histoires-droles": ["blagues", "humour", "enfants", "jeux de mots"],
    "decouvertes/jeux": ["jeux de société", "jeu vidéo", "échecs", "casse-tête"],
    "decouvertes/videos": ["vidéo virale", "animaux", "nature", "espace"],
    "decouvertes/interviews": ["interview", "métiers", "portraits", "passions"],
    "decouvertes/shopping-geek-wtf": ["gadgets", "cadeaux", "geek", "objets connectés"],
}
