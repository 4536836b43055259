"""The reference article: the 42mag.fr page in /work/shared/reference, verbatim.

Its title, standfirst and body (the intro, then five sections) are copied from
the page, non-breaking spaces inside the French quotes included.
"""

from .markup import to_html

SLUG = "investissements-en-milliards-ia-ouverte-resumes-du-sommet-ia-a-paris"
TITLE = "Investissements en milliards, IA «\u00a0ouverte\u00a0» : résumés du Sommet IA à Paris"
STANDFIRST = (
    "Milliards d'euros d'investissements, appel à une IA plus \"ouverte\"… Ce qu'il faut "
    "retenir du Sommet pour l'action sur l'intelligence artificielle à Paris"
)
CATEGORY = "politique/france"
PUBLISHED = (2025, 2, 11, 10, 0)
TAGS = [
    "intelligence artificielle", "Emmanuel Macron", "Europe", "investissement",
    "politique française",
]  # fmt: skip
COVER_ALT = (
    "Illustration aux couleurs de la rubrique Politique : formes géométriques sur un dégradé "
    "bleu et rouge, avec la mention « Sommet pour l’action sur l’IA »"
)
COVER_CAPTION = (
    "Le Sommet pour l’action sur l’intelligence artificielle s’est tenu à Paris les 10 et "
    "11 février 2025."
)

BODY = to_html(
    """
La France était le lieu de rassemblement pour de nombreux dirigeants mondiaux, chercheurs,
ainsi que les dirigeants des entreprises les plus renommées dans le domaine de
l’intelligence artificielle. Cet événement a permis d’annoncer de nombreux financements et
de partager des engagements visant à développer une intelligence artificielle à la fois plus
durable et inclusive.

## Un Sommet Marathon pour l’Intelligence Artificielle

Lundi 10 et mardi 11 février, Paris s’est transformé en un véritable hub mondial pour
l’intelligence artificielle (IA) lors du Sommet pour l’action sur l’IA. De nombreux leaders
politiques et d’entreprises ont convergé vers la capitale française pour discuter des
perspectives d’avenir de cette industrie florissante. Ce rendez-vous a été marqué par une
multitude de déclarations ayant pour objectif d’accélérer le progrès technologique dans le
secteur de l’IA.

## Investissements Colossaux en France, Focus sur les Centres de Données

Selon l’Élysée, la France prévoit un niveau d’investissement sans précédent dans les années
à venir grâce à l’engagement des investisseurs privés qui ont promis 109 milliards d’euros
pour le développement des infrastructures numériques. Cet investissement vise principalement
à stimuler le secteur de l’IA en France. Le président Emmanuel Macron a comparé cet effort
au projet Stargate américain qui ambitionne de mobiliser 500 milliards de dollars, même si
le rapport des investissements au PIB de chaque pays montre un écart significatif.

Une part conséquente, environ 50 milliards d’euros, proviendra des Émirats arabes unis pour
établir un campus dédié à l’IA, qui serait le plus vaste en Europe. Bien que son emplacement
exact n’ait pas été révélé, l’Élysée a précisé qu’un centre de données géant d’une capacité
allant jusqu’à un gigawatt serait installé, sous la direction d’un consortium
franco-émirati, avec le soutien notable du fonds MGX.

Les fonds restants, environ 59 milliards d’euros, seront orientés vers la construction de
nouveaux centres de données. Trente-cinq emplacements ont été identifiés et sont prêts à
accueillir ces infrastructures, couvrant une étendue de 1 200 hectares. L’objectif est de
les relier au réseau électrique d’ici 2027, avec une capacité énergétique significative.

## 200 Milliards d’Euros pour une IA Européenne Équilibrée

Un partenariat public-privé sans précédent voit le jour sous la houlette de l’Union
européenne qui, selon la présidente de la Commission européenne Ursula Von der Leyen,
s’engage à investir 200 milliards d’euros dans le développement d’une IA de confiance. Ce
projet, co-construit avec Emmanuel Macron, implique 50 milliards d’euros de fonds publics
européens.

En complément, 150 milliards d’euros seront apportés par plusieurs des plus grandes
institutions financières internationales. Les pressions exercées par les investisseurs
incitent l’UE à proposer une régulation simplifiée favorable à l’innovation, sous peine de
voir ces promesses d’investissement se retirer si l’UE ne réduit pas la complexité de son
cadre réglementaire.

## Une Déclaration Internationale pour une IA Éthique mais Incomplète

Environ 60 pays, aux côtés de l’UE et de l’Union africaine, ont adhéré à une déclaration
promouvant une IA «\u00a0ouverte\u00a0», «\u00a0inclusive\u00a0» et «\u00a0éthique\u00a0».
Parmi les signataires, la Chine, la France et l’Inde s’accordent sur la nécessité d’empêcher
une concentration excessive du marché pour garantir l’accès universel à ces technologies.

Cependant, plusieurs poids lourds du secteur, dont les États-Unis, le Royaume-Uni et Israël,
se sont abstenus de signer. Leurs réticences sont en partie liées à leurs propres priorités
stratégiques nationales et à des divergences sur la régulation et l’éthique de l’IA.

## Un Partenariat pour une IA au Service de l’Intérêt Général

Neuf pays, dont la France, l’Allemagne, le Chili et le Kenya, se joignent à des associations
et entreprises dans le cadre d’un partenariat nommé Current AI, destiné à promouvoir une IA
«\u00a0d’intérêt général\u00a0». Ce partenariat se focalisera sur le financement de bases de
données ouvertes et d’infrastructures publiques, notamment dans la santé et l’éducation.

Portée par Martin Tisné, représentant spécial de l’Élysée, cette initiative est lancée avec
une enveloppe de 400 millions d’euros et ambitionne de lever un total de 2,5 milliards
d’euros dans les cinq ans à venir. Parmi les entreprises, Google et Salesforce figurent
comme partenaires engagés dans ce projet qui, selon Emmanuel Macron, peut diversifier le
marché de l’IA et renforcer l’innovation à l’échelle européenne et mondiale.
"""
)
