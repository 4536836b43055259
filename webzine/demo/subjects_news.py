"""Subjects for generated articles in Actualités and Politique.

Each category path maps to (kicker, topics, actions): the kicker prefixes
some titles ("High-tech : …"), topics are noun phrases with their article
("la fin des forfaits illimités"), actions are infinitive phrases
("prolonger l’autonomie de son smartphone"). An empty kicker or list simply
leaves out the title templates that need it.
"""

# fmt: off
SUBJECTS = {
    "actualites": ("Actu", [
        "les sujets qui ont marqué la semaine", "les nouveautés de la rentrée",
        "les tendances de l’été", "les annonces les plus surprenantes du mois",
    ], []),
    "actualites/high-tech": ("High-tech", [
        "la nouvelle génération de smartphones pliants", "la fin programmée de la 3G",
        "les lunettes connectées", "la recharge sans fil des voitures électriques",
        "les batteries à l’état solide", "la fibre optique dans les campagnes",
        "le retour des téléphones à clapet", "les mises à jour logicielles forcées",
    ], [
        "prolonger l’autonomie de son smartphone", "sécuriser son réseau wifi",
        "choisir un ordinateur portable pour les études", "libérer de l’espace sur son téléphone",
        "reconnaître un SMS frauduleux", "sauvegarder ses photos sans payer",
    ]),
    "actualites/people": ("People", [
        "le mariage discret d’un animateur star", "les confidences d’une chanteuse à succès",
        "le retour surprise d’un groupe culte des années 1990",
        "les coulisses d’un tournage très attendu", "la reconversion étonnante d’un ancien sportif",
        "les tenues remarquées du Festival de Cannes",
    ], []),
    "actualites/divertissement": ("Divertissement", [
        "les séries les plus attendues de la saison", "le retour des jeux télévisés cultes",
        "les émissions de téléréalité qui cartonnent", "les concerts événements de l’automne",
        "les parcs d’attractions les plus fréquentés d’Europe", "les podcasts qui font parler",
    ], [
        "organiser une soirée quiz entre amis", "choisir sa plateforme de streaming",
        "réserver ses places de concert au meilleur prix",
    ]),
    "actualites/insolite": ("Insolite", [
        "le village qui a interdit les téléphones après 20 heures",
        "la vache qui s’est invitée dans un supermarché", "le mariage célébré sous l’eau",
        "la tortue retrouvée trente ans après sa disparition",
        "le concours de lancer de charentaises",
        "la boîte aux lettres qui reçoit des lettres au Père Noël toute l’année",
    ], []),
    "politique": ("Politique", [
        "la rentrée politique", "le remaniement ministériel", "les sondages de la semaine",
        "les grandes réformes de l’année",
    ], []),
    "politique/economie": ("Économie", [
        "la hausse du prix de l’électricité", "le pouvoir d’achat des ménages",
        "la réforme de l’assurance chômage", "le marché immobilier", "l’inflation alimentaire",
        "la dette publique", "les faillites d’entreprises", "le télétravail dans les PME",
    ], [
        "négocier une augmentation de salaire", "réduire sa facture d’énergie",
        "préparer sa déclaration de revenus",
    ]),
    "politique/ecologie": ("Écologie", [
        "la sécheresse dans le sud de la France", "la fin des voitures thermiques",
        "le recul du trait de côte", "les zones à faibles émissions", "le retour du loup",
        "la pollution plastique des océans", "la rénovation énergétique des logements",
    ], [
        "réduire ses déchets au quotidien", "installer un récupérateur d’eau de pluie",
        "composter en appartement",
    ]),
    "politique/france": ("France", [
        "le débat sur le budget de l’État", "la réforme des retraites",
        "la réforme du baccalauréat", "les déserts médicaux", "la sécurité dans les transports",
        "les élections municipales", "la réforme de la police municipale",
        "le service national universel",
    ], []),
    "politique/monde": ("Monde", [
        "les élections américaines", "la guerre au Soudan", "les tensions en mer de Chine",
        "l’élargissement de l’Union européenne", "la crise politique en Argentine",
        "la diplomatie climatique", "les relations entre la Chine et l’Inde",
    ], []),
    "politique/medias": ("Médias", [
        "l’avenir de l’audiovisuel public", "la concentration des médias",
        "la lutte contre les fausses informations", "la presse locale",
        "les influenceurs et la publicité", "la confiance des Français dans les médias",
    ], [
        "vérifier une information avant de la partager", "repérer une photo truquée",
    ]),
    "politique/sciences-et-futur": ("Sciences", [
        "la fusion nucléaire", "les voitures autonomes", "l’exploration de Mars",
        "les ordinateurs quantiques", "la thérapie génique", "les robots humanoïdes",
        "la conquête de la Lune", "les satellites en orbite basse",
    ], []),
    "politique/hack": ("Cybersécurité", [
        "les rançongiciels qui visent les hôpitaux", "la fuite de données d’un opérateur",
        "les arnaques au faux conseiller bancaire", "la cybersécurité des collectivités",
        "les failles des objets connectés", "les hackers éthiques",
    ], [
        "choisir un mot de passe solide", "activer la double authentification",
        "réagir après le piratage de son compte",
    ]),
}
# fmt: on
