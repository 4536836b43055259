"""Write the reference article and the articles around it (sidebar, related
block, previous/next) to the database, keyed by slug so a second run updates
them in place."""

import datetime
import zoneinfo

from django.db import transaction
from django.utils.text import slugify

from articles.models import Article

from . import covers, reference, stories_daily, stories_politics

PARIS = zoneinfo.ZoneInfo("Europe/Paris")


def paris_time(year, month, day, hour, minute):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=PARIS)


def cover_alt(category):
    root = category.parent or category
    return (
        f"Illustration de la rubrique {root.name} : formes géométriques sur un dégradé de couleurs"
    )


def _save(slug, tags, **fields):
    article, created = Article.objects.get_or_create(slug=slug, defaults=fields)
    if created:
        article.tags.set(tags)
    return created


@transaction.atomic
def build_stories(categories, author, cover_pool):
    """Create the fixed articles that are missing (edited ones are kept); return (created, total).

    `categories` maps a path to its Category, `cover_pool` a root slug to its
    cover file names; every fixed article is written by `author`.
    """
    category = categories[reference.CATEGORY]
    reference_cover = covers.named_cover(
        "sommet-ia-paris", "Politique · France", "Sommet pour l’action sur l’IA",
        "politique", seed="sommet-ia",
    )  # fmt: skip
    created = _save(
        reference.SLUG,
        reference.TAGS,
        title=reference.TITLE,
        standfirst=reference.STANDFIRST,
        body=reference.BODY,
        category=category,
        author=author,
        status=Article.Status.PUBLISHED,
        published_at=paris_time(*reference.PUBLISHED),
        featured=False,
        cover=reference_cover,
        cover_width=covers.COVER_SIZE[0],
        cover_height=covers.COVER_SIZE[1],
        cover_alt=reference.COVER_ALT,
        cover_caption=reference.COVER_CAPTION,
        cover_credit=covers.CREDIT,
    )
    stories = stories_politics.STORIES + stories_daily.STORIES
    for index, story in enumerate(stories):
        category = categories[story["category"]]
        root_slug = story["category"].split("/")[0]
        pool = cover_pool[root_slug]
        created += _save(
            slugify(story["title"]),
            story["tags"],
            title=story["title"],
            standfirst=story["standfirst"],
            body=story["body"],
            category=category,
            author=author,
            status=Article.Status.PUBLISHED,
            published_at=paris_time(*story["published"]),
            featured=story.get("featured", False),
            cover=pool[index % len(pool)],
            cover_width=covers.COVER_SIZE[0],
            cover_height=covers.COVER_SIZE[1],
            cover_alt=cover_alt(category),
            cover_caption=story["caption"],
            cover_credit=covers.CREDIT,
        )
    return created, len(stories) + 1
