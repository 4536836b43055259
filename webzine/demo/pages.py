"""The static pages (django.contrib.flatpages) and the Site they belong to.

The texts describe the webzine as 42mag.fr presents itself: what it covers,
who edits it, the legal notice (LCEN, RGPD, cookies) and how to contribute.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.flatpages.models import FlatPage
from django.contrib.sites.models import Site
from django.db import transaction

QUI_SOMMES_NOUS = """
<p>42mag.fr est un webzine indépendant consacré à l’actualité insolite et high-tech, mais
c’est aussi une source de découverte et d’humour. Chaque jour, la rédaction sélectionne ce
qui mérite d’être lu, expliqué ou simplement partagé : une innovation qui change la vie
quotidienne, une décision politique qui nous concerne tous, une étude scientifique
surprenante ou une histoire vraie plus étonnante qu’un roman.</p>
<h2>Une rédaction de passionnés</h2>
<p>Le webzine a été fondé par David Bensoussan, entrepreneur et passionné des nouvelles
technologies. Autour de lui, une petite équipe de rédacteurs et de contributeurs réguliers
couvre l’actualité française et internationale, la culture, les sciences, la vie pratique et
tout ce qui fait sourire. Chacun écrit sur ce qu’il connaît, vérifie ce qu’il avance et cite
ses sources.</p>
<h2>Ce que nous publions</h2>
<p>Nos articles sont rangés en cinq grandes rubriques : <strong>Actualités</strong> (high-tech,
people, divertissement, insolite), <strong>Politique</strong> (France, monde, économie,
écologie, médias, sciences et futur), <strong>Culture</strong> (arts et littérature, cinéma,
musique, loisirs, pensée, sport), <strong>Bon à savoir</strong> (automobile, bricolage,
cuisine, santé, études, records…) et <strong>Découvertes</strong> (geekeries, humour, jeux,
vidéos, interviews).</p>
<p>Nous préférons les articles courts, clairs et utiles aux longues pages écrites pour les
moteurs de recherche. Quand un sujet est complexe, nous prenons le temps de l’expliquer, avec
un sommaire et des intertitres pour aller directement à l’essentiel.</p>
<h2>Nos engagements</h2>
<p>Nous distinguons toujours l’information de l’opinion, nous corrigeons nos erreurs dès
qu’elles nous sont signalées et nous n’affichons aucune publicité intrusive. Les commentaires
sont ouverts à tous, modérés avec bienveillance, et votre adresse e-mail n’est jamais
publiée.</p>
<p>Une remarque, une information, une idée de sujet ? Écrivez-nous depuis la
<a href="/contact/">page de contact</a> : chaque message est lu par la rédaction.</p>
"""

A_PROPOS = """
<p>42mag.fr est le webzine de l’actualité insolite et high-tech, mais c’est aussi une source de
découverte et d’humour. Geeks, curieux, découvrez chaque jour de nouveaux articles insolites,
humoristiques et buzz !</p>
<h2>Le webzine</h2>
<p>Créé par David Bensoussan, 42mag.fr publie chaque jour des articles d’actualité, des
décryptages et des conseils pratiques. Le nom est un clin d’œil aux lecteurs de science-fiction :
42 est, selon Douglas Adams, la réponse à la grande question sur la vie, l’univers et le
reste. Nous n’avons pas toutes les réponses, mais nous aimons poser les bonnes questions.</p>
<h2>Suivre 42mag.fr</h2>
<p>Pour ne rien manquer, abonnez-vous à la <a href="/newsletter/">newsletter</a> : un e-mail de
temps en temps, avec une sélection des meilleurs articles, et un lien de désabonnement dans
chaque envoi. Vous pouvez aussi suivre le <a href="/feed/">flux RSS</a> du site, ou celui de
votre rubrique préférée, et nous retrouver sur Facebook, X et YouTube.</p>
<h2>Écrire pour 42mag.fr</h2>
<p>Le webzine accueille volontiers de nouvelles plumes. Si vous avez une histoire à raconter,
une expertise à partager ou un sujet qui vous tient à cœur, découvrez comment
<a href="/contribuer/">proposer un article</a>.</p>
"""

MENTIONS_LEGALES = """
<p>Conformément aux dispositions de l’article 6 de la loi n° 2004-575 du 21 juin 2004 pour la
confiance dans l’économie numérique (LCEN), les utilisateurs du site 42mag.fr sont informés de
l’identité des différents intervenants dans le cadre de sa réalisation et de son suivi.</p>
<h2>Éditeur du site</h2>
<p>Le site 42mag.fr est édité par David Bensoussan. Pour toute question relative au site, vous
pouvez écrire à la rédaction depuis la <a href="/contact/">page de contact</a> ou à l’adresse
redaction@42mag.fr.</p>
<h2>Directeur de la publication</h2>
<p>Le directeur de la publication est David Bensoussan, en sa qualité de fondateur du
webzine. Il est responsable des contenus publiés, dans les conditions prévues par la loi du
29 juillet 1881 sur la liberté de la presse.</p>
<h2>Hébergement</h2>
<p>Le site est hébergé par un prestataire professionnel situé dans l’Union européenne. Sa
dénomination, l’adresse de son siège et son numéro de téléphone sont communiqués sur simple
demande adressée à la rédaction, conformément à l’article 6 de la LCEN.</p>
<h2>Propriété intellectuelle</h2>
<p>L’ensemble des contenus publiés sur 42mag.fr (textes, photographies, illustrations, logos,
vidéos et mise en page) est protégé par le Code de la propriété intellectuelle. Toute
reproduction, représentation ou diffusion, totale ou partielle, sans l’autorisation écrite de
l’éditeur est interdite et constitue une contrefaçon sanctionnée par les articles L. 335-2 et
suivants du même code. Les courtes citations sont autorisées, à condition de mentionner
clairement la source et de renvoyer par un lien vers l’article d’origine.</p>
<h2>Données personnelles</h2>
<p>Le site collecte uniquement les données nécessaires à ses services, conformément au
règlement (UE) 2016/679 du 27 avril 2016 (RGPD) et à la loi Informatique et Libertés
modifiée :</p>
<ul>
<li>les <strong>commentaires</strong> : le nom, l’adresse e-mail (jamais publiée) et, si vous
le souhaitez, votre site ; une empreinte chiffrée de votre adresse de connexion sert à lutter
contre le spam ;</li>
<li>la <strong>newsletter</strong> : votre adresse e-mail, confirmée par un double
consentement ; chaque envoi contient un lien de désabonnement ;</li>
<li>le <strong>formulaire de contact</strong> : votre nom, votre adresse e-mail et votre
message, conservés le temps de vous répondre ;</li>
<li>les <strong>votes</strong> : une empreinte anonyme empêche de voter deux fois pour le même
article.</li>
</ul>
<p>Ces données ne sont ni vendues ni cédées à des tiers. Vous disposez d’un droit d’accès, de
rectification, d’effacement, de limitation, d’opposition et de portabilité de vos données :
pour l’exercer, écrivez-nous depuis la <a href="/contact/">page de contact</a>. Si vous
estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez
adresser une réclamation à la CNIL.</p>
<h2>Cookies</h2>
<p>42mag.fr n’utilise ni cookie publicitaire ni traceur de mesure d’audience tiers. Les seuls
cookies déposés sont strictement nécessaires au fonctionnement du site : un cookie de sécurité
qui protège les formulaires contre les envois frauduleux et, pour les membres de la rédaction,
un cookie de session. Ils sont exemptés de consentement et ne servent à aucun suivi.</p>
<h2>Responsabilité</h2>
<p>La rédaction s’efforce de publier des informations exactes et à jour, et corrige toute
erreur qui lui est signalée. Les liens vers d’autres sites sont proposés à titre
d’information : 42mag.fr n’est pas responsable de leur contenu.</p>
"""

CONTRIBUER = """
<p>42mag.fr est ouvert aux contributions extérieures. Passionné de nouvelles technologies,
amateur d’histoires insolites, spécialiste d’un domaine ou simple curieux : si vous avez un
sujet à partager, nous serons heureux de vous lire.</p>
<h2>Quels sujets proposer ?</h2>
<p>Tous les sujets qui entrent dans nos rubriques sont les bienvenus : une innovation que vous
avez testée, une découverte scientifique expliquée simplement, un conseil pratique éprouvé, une
anecdote historique méconnue, une critique de livre, de film ou de jeu vidéo. Nous recherchons
des textes originaux, jamais publiés ailleurs, écrits dans un français clair.</p>
<h2>Comment proposer un article ?</h2>
<p>Envoyez-nous d’abord une courte proposition depuis la <a href="/contact/">page de
contact</a> : un titre provisoire, trois ou quatre lignes qui résument l’angle choisi et, si
possible, les sources sur lesquelles vous vous appuyez. Présentez-vous en quelques mots et
joignez un lien vers un texte que vous avez déjà écrit, si vous en avez un.</p>
<p>La rédaction vous répond sous une dizaine de jours. Si le sujet est retenu, nous convenons
ensemble de la longueur (entre 500 et 1 200 mots en général) et d’une date de remise.</p>
<h2>Notre travail d’édition</h2>
<p>Chaque texte est relu par la rédaction, qui peut proposer des coupes, des intertitres ou un
autre titre, et vérifie les faits avancés. Rien n’est publié sans votre accord sur la version
finale. Votre nom apparaît en signature, avec une courte biographie et, si vous le souhaitez,
un lien vers votre site.</p>
<h2>Les règles à respecter</h2>
<p>Citez vos sources, respectez le droit d’auteur (n’utilisez que des images dont vous détenez
les droits ou qui sont libres de droits) et signalez tout lien d’intérêt avec le sujet traité.
Les publireportages déguisés et les textes générés sans relecture humaine ne sont pas
acceptés.</p>
"""

# (url, title, html)
PAGES = [
    ("/qui-sommes-nous/", "Qui sommes-nous ?", QUI_SOMMES_NOUS),
    ("/a-propos/", "À propos", A_PROPOS),
    ("/mentions-legales/", "Mentions légales", MENTIONS_LEGALES),
    ("/contribuer/", "Contribuer", CONTRIBUER),
]


def _unwrap(html):
    """Join the source's wrapped lines, keeping one block per line."""
    lines = [line.strip() for line in html.strip().splitlines()]
    text = " ".join(lines)
    for tag in ("<h2>", "<p>", "<ul>", "<li>", "</ul>"):
        text = text.replace(f" {tag}", f"\n{tag}")
    return text


@transaction.atomic
def build_site_and_pages():
    """Point Site 1 at SITE_URL and create the static pages; return {url: FlatPage}."""
    domain = urlsplit(settings.SITE_URL).netloc or "localhost"
    site, _ = Site.objects.update_or_create(
        pk=settings.SITE_ID, defaults={"domain": domain, "name": settings.SITE_NAME}
    )
    pages = {}
    for url, title, html in PAGES:
        page, _ = FlatPage.objects.get_or_create(
            url=url, defaults={"title": title, "content": _unwrap(html)}
        )
        page.sites.add(site)
        pages[url] = page
    return pages
