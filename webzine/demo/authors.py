"""The demo authors: David Bensoussan, founder of 42mag.fr (bio verbatim from the
reference page), and a few regular contributors for the generated articles."""

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils.text import slugify

from articles.models import Author

from . import covers

FOUNDER_BIO = (
    "David Bensoussan est un entrepreneur français et le fondateur webzine 42mag.fr. Il est un "
    "passionné des nouvelles technologies. David Bensoussan a commencé sa carrière en tant "
    "qu'entrepreneur en 2003. Il a fondé et dirigé plusieurs entreprises et startups, y compris "
    "42mag.fr. Il a aussi travaillé dans le secteur des médias et des technologies de "
    "l'information. David est un défenseur de l'innovation et de l'entrepreneuriat. Il est un "
    "fervent défenseur de la liberté d'expression et de la créativité."
)
FOUNDER = "David Bensoussan"

# (name, website, bio)
AUTHORS = [
    (FOUNDER, "https://42mag.fr", FOUNDER_BIO),
    (
        "Camille Roussel",
        "",
        "Camille Roussel suit la politique française et les questions européennes. Passée par "
        "la presse quotidienne régionale, elle aime expliquer les débats parlementaires sans "
        "jargon et donner la parole à ceux qu’ils concernent.",
    ),
    (
        "Julien Marchetti",
        "",
        "Julien Marchetti écrit sur les nouvelles technologies, le jeu vidéo et la culture "
        "geek. Ancien développeur, il teste tout ce qui se branche et démonte le reste.",
    ),
    (
        "Sophie Lemaire",
        "",
        "Sophie Lemaire est journaliste santé et consommation. Elle décortique les études, "
        "compare les offres et traque les idées reçues pour aider les lecteurs à faire les "
        "bons choix au quotidien.",
    ),
    (
        "Antoine Berthelot",
        "",
        "Antoine Berthelot couvre la culture et le sport. Cinéphile, lecteur boulimique et "
        "coureur du dimanche, il signe critiques, portraits et entretiens.",
    ),
    (
        "Inès Benali",
        "",
        "Inès Benali s’intéresse aux sciences, à l’environnement et aux histoires insolites. "
        "Elle est diplômée d’une école de journalisme scientifique et anime la rubrique "
        "« Le saviez-vous ? ».",
    ),
]


def _avatar(author):
    """Draw the avatar once; a second run finds the file and keeps it."""
    name = f"avatars/{author.slug}.png"
    if author.avatar and author.avatar.name == name and default_storage.exists(name):
        return
    if not default_storage.exists(name):
        name = default_storage.save(name, ContentFile(covers.render_avatar(author.name)))
    author.avatar = name
    author.save()


@transaction.atomic
def build_authors():
    """Create the missing demo authors with their avatars; return {slug: Author}."""
    authors = {}
    for name, website, bio in AUTHORS:
        author, _ = Author.objects.get_or_create(
            slug=slugify(name), defaults={"name": name, "website": website, "bio": bio}
        )
        _avatar(author)
        authors[author.slug] = author
    return authors
