"""Politics articles named on the reference page: the previous and next
articles of Politique › France, and the "Vous aimerez aussi" block (whose
shorter titles we use). Each shares one tag with the reference article, so the
related block shows them in the reference's order (newest first)."""

from .markup import to_html

STORIES = [
    {
        "title": "Condamnation : 15 ans de prison pour un père ayant violé ses filles sous "
        "soumission chimique",
        "category": "politique/france",
        "published": (2025, 2, 10, 17, 30),
        "tags": ["justice", "soumission chimique", "violences sexuelles"],
        "standfirst": "Un homme a été condamné à quinze ans de réclusion criminelle pour avoir "
        "violé ses filles après les avoir droguées à leur insu. Un procès qui relance le débat "
        "sur la soumission chimique, quelques semaines après le verdict de Mazan.",
        "caption": "La soumission chimique consiste à administrer une substance à une personne "
        "à son insu pour commettre un crime ou un délit.",
        "body": to_html("""
La cour criminelle départementale a rendu son verdict au terme de plusieurs jours
d’audience à huis clos : quinze ans de réclusion criminelle pour un père reconnu coupable
d’avoir violé ses deux filles après leur avoir administré des médicaments à leur insu.

## Un verdict attendu par les victimes

Les deux jeunes femmes, aujourd’hui majeures, avaient porté plainte après avoir retrouvé
des souvenirs fragmentaires et des analyses révélant la présence de sédatifs. Leur avocate
a salué une décision qui « reconnaît enfin la parole » de ses clientes. L’accusé, qui
contestait une partie des faits, dispose de dix jours pour faire appel.

La peine est assortie d’un suivi socio-judiciaire et d’une inscription au fichier des
auteurs d’infractions sexuelles. Le parquet avait requis une peine plus lourde.

## La soumission chimique, un fléau longtemps sous-estimé

Ce procès intervient quelques semaines après celui de Mazan, qui a mis en lumière l’usage
de médicaments pour commettre des violences sexuelles. Les signalements recensés par les
centres d’addictovigilance sont en hausse constante, et les spécialistes estiment que
beaucoup de victimes ignorent ce qu’elles ont subi.

Les substances utilisées, souvent des somnifères ou des anxiolytiques, disparaissent
rapidement de l’organisme. D’où l’importance de consulter et de faire pratiquer des
analyses le plus tôt possible en cas de doute.

## Mieux repérer et accompagner les victimes

Les associations réclament une meilleure formation des médecins et des enquêteurs, ainsi
que la prise en charge systématique des analyses toxicologiques. Le numéro d’écoute 3919
et les centres d’aide aux victimes peuvent orienter les personnes concernées.
"""),
    },
    {
        "title": "Menaces et injures : la justice administrative dénonce avec force les attaques "
        "contre juges et avocats",
        "category": "politique/france",
        "published": (2025, 2, 12, 9, 15),
        "tags": ["justice", "magistrats", "avocats", "État de droit"],
        "standfirst": "Dans une prise de parole d’une fermeté inhabituelle, les représentants de "
        "la juridiction administrative s’alarment de la multiplication des menaces et des "
        "injures visant magistrats et avocats.",
        "caption": "Les juges administratifs tranchent les litiges entre les citoyens et "
        "l’administration.",
        "body": to_html("""
Les magistrats administratifs ont l’habitude de la discrétion. C’est dire si leur prise
de parole, ces derniers jours, a surpris : ils dénoncent publiquement des menaces, des
injures et des campagnes de dénigrement visant des juges et des avocats après certaines
décisions sensibles.

## Une parole rare

Les représentants de la juridiction administrative rappellent que les juges statuent en
droit, au terme d’une procédure contradictoire, et que leurs décisions peuvent être
contestées par les voies de recours prévues par la loi, et non par l’intimidation. Ils
demandent que chaque menace fasse l’objet d’une plainte et d’une enquête.

Les avocats sont eux aussi visés : certains reçoivent des messages hostiles pour avoir
simplement défendu un client, y compris lorsqu’il s’agissait d’un étranger contestant une
mesure d’éloignement.

## Des attaques amplifiées par les réseaux sociaux

Les décisions rendues en matière d’environnement, d’urbanisme ou de droit des étrangers
sont régulièrement commentées en ligne, parfois avec une grande violence. Les noms de
magistrats circulent, accompagnés de propos injurieux.

## Défendre l’État de droit

Pour les organisations professionnelles, critiquer une décision de justice est légitime ;
viser la personne qui l’a rendue ne l’est pas. Elles appellent les responsables publics à
la retenue et rappellent que l’indépendance des juges est une garantie pour tous les
justiciables.
"""),
    },
    {
        "title": "Reconnaissance d’un État palestinien : Macron et Nétanyahou",
        "category": "politique/monde",
        "published": (2025, 8, 26, 18, 5),
        "tags": ["Emmanuel Macron", "Israël", "Palestine", "diplomatie", "Proche-Orient"],
        "standfirst": "Le Premier ministre israélien accuse Emmanuel Macron d’alimenter "
        "l’antisémitisme en voulant reconnaître un État palestinien. L’Élysée répond et "
        "dénonce une analyse « abjecte ».",
        "caption": "Emmanuel Macron a annoncé que la France reconnaîtrait l’État de Palestine "
        "lors de l’Assemblée générale des Nations unies, en septembre.",
        "body": to_html("""
Le ton est monté d’un cran entre Paris et Jérusalem. Dans une lettre adressée au président
de la République, Benyamin Nétanyahou reproche à Emmanuel Macron d’avoir, par son projet
de reconnaissance d’un État palestinien, « alimenté » l’antisémitisme en France.

## Une lettre au ton inhabituel

Le Premier ministre israélien y établit un lien entre la position diplomatique de la
France et la hausse des actes antisémites sur son territoire. Une accusation grave,
adressée publiquement à un chef d’État allié, qui a immédiatement suscité des réactions
dans la classe politique française.

## La réponse de l’Élysée

La présidence de la République a rejeté ces propos, jugeant l’analyse « abjecte » et
« erronée ». Paris rappelle que la lutte contre l’antisémitisme est une priorité de
l’État et que la reconnaissance d’un État palestinien s’inscrit dans la recherche d’une
solution à deux États, seule voie vers une paix durable.

## Rendez-vous à l’ONU en septembre

Emmanuel Macron a confirmé que la France reconnaîtrait officiellement l’État de Palestine
lors de l’Assemblée générale des Nations unies, à New York. D’autres pays ont annoncé une
démarche comparable, ce qui accroît la pression diplomatique sur le gouvernement
israélien.
"""),
    },
    {
        "title": "Guerre en Ukraine : lieu de rencontre Zelensky et Poutine",
        "category": "politique/monde",
        "published": (2025, 8, 26, 16, 45),
        "tags": ["Ukraine", "Russie", "Vladimir Poutine", "Volodymyr Zelensky", "Europe"],
        "standfirst": "Genève, Budapest, Istanbul ou Moscou ? Alors qu’une rencontre entre "
        "Volodymyr Zelensky et Vladimir Poutine est évoquée, le choix du lieu devient un enjeu "
        "diplomatique à part entière.",
        "caption": "Aucune rencontre directe entre les présidents ukrainien et russe n’a eu "
        "lieu depuis le début de l’invasion à grande échelle, en février 2022.",
        "body": to_html("""
Depuis les rencontres de l’été entre Donald Trump, Vladimir Poutine et Volodymyr Zelensky,
l’hypothèse d’un face-à-face entre les présidents ukrainien et russe est sur toutes les
lèvres. Reste une question qui n’a rien d’anecdotique : où ?

## Plusieurs villes candidates

La Suisse a fait savoir qu’elle était prête à accueillir une telle rencontre à Genève,
fidèle à sa tradition de neutralité. La Hongrie propose Budapest, la Turquie met en avant
Istanbul, où se sont déjà tenues des négociations entre délégations. Le Vatican a
également offert ses bons offices.

## Le Kremlin temporise

Moscou répète qu’un sommet doit être « soigneusement préparé » et a même évoqué la
capitale russe, une option jugée inacceptable à Kiev. Pour de nombreux diplomates, ce
débat sur le lieu traduit surtout les réticences russes à un véritable dialogue.

## L’Europe veut des garanties

Les Européens, qui se sont rendus à Washington aux côtés de Volodymyr Zelensky, insistent
sur des garanties de sécurité solides pour l’Ukraine avant tout accord. Ils rappellent
qu’aucune décision concernant l’Ukraine ne peut être prise sans les Ukrainiens.
"""),
    },
    {
        "title": "Ukraine: Limites à Poutine et soutien à l’Ukraine, selon Chloé Ridel, "
        "porte-parole du PS",
        "category": "politique/monde",
        "published": (2025, 8, 26, 16, 20),
        "tags": ["Ukraine", "Vladimir Poutine", "Parti socialiste", "Europe"],
        "standfirst": "Pour la porte-parole du Parti socialiste, « il faut poser des limites à "
        "Poutine et soutenir l’Ukraine ». Elle plaide pour une Europe plus ferme et plus unie "
        "face au Kremlin.",
        "caption": "Chloé Ridel est porte-parole du Parti socialiste.",
        "body": to_html("""
Invitée à réagir aux tractations diplomatiques autour de la guerre en Ukraine, Chloé
Ridel, porte-parole du Parti socialiste, a appelé à ne pas céder aux exigences russes :
« Il faut poser des limites à Poutine et soutenir l’Ukraine. »

## Pas de paix imposée à Kiev

Pour la responsable socialiste, un cessez-le-feu durable ne peut pas se faire au prix
d’une amputation du territoire ukrainien décidée sans les Ukrainiens. Elle estime que
récompenser l’agression russe encouragerait de nouvelles aventures militaires aux portes
de l’Union européenne.

## Une défense européenne à construire

Elle appelle les Européens à maintenir leur aide militaire et financière, à renforcer
les sanctions contre Moscou et à accélérer la construction d’une défense commune, afin de
ne pas dépendre des choix de Washington.

## Une position largement partagée

Sur ce point, la ligne du Parti socialiste rejoint celle d’une large partie de la classe
politique française, même si les débats restent vifs sur le montant de l’effort à
consentir et sur les garanties à offrir à l’Ukraine.
"""),
    },
    {
        "title": "Militants écologistes favorables au mouvement du 10 septembre",
        "category": "politique/ecologie",
        "published": (2025, 8, 25, 19, 0),
        "tags": ["mouvement du 10 septembre", "écologie", "mobilisation", "politique française"],
        "standfirst": "« Si on s’en empare, ça ne peut qu’être bien » : des militants "
        "écologistes voient d’un bon œil l’appel à bloquer le pays le 10 septembre et "
        "comptent bien y faire entendre la cause climatique.",
        "caption": "L’appel à « tout bloquer » le 10 septembre est né sur les réseaux sociaux.",
        "body": to_html("""
Né sur les réseaux sociaux au cœur de l’été, l’appel à « tout bloquer » le 10 septembre
fait son chemin. Chez les militants écologistes, l’accueil est plutôt favorable : « Si on
s’en empare, ça ne peut qu’être bien », résume l’un d’eux.

## Un appel sans chef ni parti

Le mouvement, qui s’est d’abord construit contre les mesures d’économies budgétaires
annoncées par le gouvernement, ne se réclame d’aucune organisation. Ses initiateurs
appellent au boycott, à la grève et à des rassemblements partout en France.

## Relier fin du mois et fin du monde

Pour les militants écologistes, l’enjeu est de montrer que justice sociale et transition
écologique vont de pair. Ils veulent porter des revendications sur les transports en
commun, la rénovation des logements ou le prix de l’énergie, qui pèsent d’abord sur les
ménages modestes.

## Une mobilisation aux contours flous

Reste à savoir quelle forme prendra la journée. Les syndicats observent le mouvement avec
prudence, et plusieurs partis de gauche ont annoncé leur soutien. Les organisateurs
insistent sur le caractère pacifique de la mobilisation.
"""),
    },
    {
        "title": "Le Parti socialiste doit accompagner le mouvement du 10 septembre, affirme "
        "Olivier Faure",
        "category": "politique/france",
        "published": (2025, 8, 25, 12, 30),
        "tags": [
            "Parti socialiste",
            "Olivier Faure",
            "mouvement du 10 septembre",
            "politique française",
        ],  # fmt: skip
        "standfirst": "Le premier secrétaire du Parti socialiste estime que son parti « devra "
        "accompagner » la mobilisation du 10 septembre, sans chercher à la récupérer.",
        "caption": "Olivier Faure est premier secrétaire du Parti socialiste.",
        "body": to_html("""
Olivier Faure ne veut pas que le Parti socialiste regarde passer le train. Le premier
secrétaire du PS a estimé que sa formation « devra accompagner » le mouvement du
10 septembre, tout en respectant son caractère spontané.

## Le budget en ligne de mire

Le mouvement s’est d’abord construit contre le plan d’économies présenté en juillet par
François Bayrou, qui prévoit notamment la suppression de deux jours fériés et le gel de
nombreuses dépenses. Pour Olivier Faure, ces mesures font porter l’effort sur ceux qui ont
le moins.

## Accompagner sans récupérer

Le dirigeant socialiste se garde de toute tentative de récupération : les partis, dit-il,
doivent se mettre au service des revendications plutôt que d’en prendre la tête. Une
prudence partagée à gauche, où l’on se souvient de la méfiance des gilets jaunes envers
les organisations politiques.

## Une rentrée sociale sous tension

Entre les débats budgétaires, les menaces de censure du gouvernement et les appels à la
mobilisation, la rentrée s’annonce agitée. Les syndicats doivent préciser leur position
dans les prochains jours.
"""),
    },
    {
        "title": "La France insoumise interdit ses universités d’été à un journaliste du Monde, "
        "coauteur de La Meute",
        "category": "politique/medias",
        "published": (2025, 8, 24, 11, 0),
        "tags": ["La France insoumise", "médias", "liberté de la presse", "politique française"],
        "standfirst": "Le mouvement de Jean-Luc Mélenchon a refusé l’accréditation d’un "
        "journaliste du « Monde », coauteur d’une enquête critique sur LFI. Les sociétés de "
        "journalistes dénoncent une atteinte à la liberté de la presse.",
        "caption": "Les universités d’été de La France insoumise se tiennent chaque année à la "
        "fin du mois d’août.",
        "body": to_html("""
La France insoumise a refusé d’accréditer un journaliste du Monde pour ses universités
d’été. Le reporter est le coauteur de La Meute, une enquête consacrée au fonctionnement
interne du mouvement et à l’emprise de son fondateur.

## Un livre qui a fâché

Publié au printemps, l’ouvrage décrit, témoignages d’anciens cadres et militants à
l’appui, une organisation très centralisée où les voix dissidentes sont écartées. LFI en
conteste vivement les conclusions et reproche aux auteurs un travail à charge.

## Les rédactions font bloc

La direction du Monde et plusieurs sociétés de journalistes ont dénoncé une décision
contraire à la liberté de la presse : un parti politique ne choisit pas les journalistes
qui le couvrent, rappellent-elles. D’autres médias ont annoncé qu’ils relaieraient le
travail de leur confrère.

## Un rapport aux médias conflictuel

Ce n’est pas la première fois que le mouvement entretient des relations tendues avec la
presse. Ses dirigeants assument une critique virulente des médias, qu’ils accusent de
partialité, quand leurs détracteurs y voient une stratégie d’intimidation.
"""),
    },
]
