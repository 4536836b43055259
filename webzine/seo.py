"""What search engines and social networks read about a page: structured data
(schema.org JSON-LD) and the image shared with a link.

Each function returns plain data; `webzine.templatetags.seo` turns it into
`<script type="application/ld+json">` (data, not code: the CSP allows it).
"""

from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext as _

HEADLINE_MAX = 110  # Google's limit for an article's headline
LOGO_SIZE = (220, 52)
SOCIAL_SIZE = (1200, 630)
HERO_SIZE = (1200, 675)


def default_image():
    """The site's own share card, for an article without a cover."""
    return {"url": static("img/share-default.png"), "width": 1200, "height": 630}


def social_image(article):
    """{"url", "width", "height"} of the image to share (1200×630): the cover's, or the
    site's own card for an article without one.

    The url is relative to the site; the caller makes it absolute.
    """
    if not article.cover:
        return default_image()
    for field, (width, height) in (("cover_social", SOCIAL_SIZE), ("cover_hero", HERO_SIZE)):
        rendition = getattr(article, field, None)
        if rendition is None:
            continue
        try:
            return {"url": rendition.url, "width": width, "height": height}
        except (OSError, ValueError):  # a missing or unreadable source file
            continue
    return default_image()


def publisher(absolute):
    return {
        "@type": "Organization",
        "name": settings.SITE_NAME,
        "url": absolute(reverse("home")),
        "logo": {
            "@type": "ImageObject",
            "url": absolute(static("img/logo.svg")),
            "width": LOGO_SIZE[0],
            "height": LOGO_SIZE[1],
        },
    }


def breadcrumb(absolute, crumbs):
    """BreadcrumbList of [(name, path)], the home page first."""
    items = [(_("Accueil"), reverse("home")), *crumbs]
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": str(name), "item": absolute(path)}
            for position, (name, path) in enumerate(items, start=1)
        ],
    }


def news_article(article, absolute, tags=(), image=None):
    """NewsArticle with what Google's article rich results read."""
    url = absolute(article.get_absolute_url())
    modified = max(article.updated_at, article.published_at or article.updated_at)
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "headline": article.title[:HEADLINE_MAX],
        "description": article.meta_description,
        "datePublished": (article.published_at or article.created_at).isoformat(),
        "dateModified": modified.isoformat(),
        "author": [
            {
                "@type": "Person",
                "name": article.author.name,
                "url": absolute(article.author.get_absolute_url()),
            }
        ],
        "publisher": publisher(absolute),
        "articleSection": article.category.name,
        "inLanguage": "fr-FR",
        "isAccessibleForFree": True,
    }
    if image:
        data["image"] = [
            {
                "@type": "ImageObject",
                "url": absolute(image["url"]),
                "width": image["width"],
                "height": image["height"],
            }
        ]
    if tags:
        data["keywords"] = [tag.name for tag in tags]
    return data


def collection_page(name, description, absolute, path, articles, page_obj=None, crumbs=()):
    """CollectionPage of a listing, its articles (this page's) as an ItemList."""
    first = page_obj.start_index() if page_obj is not None and page_obj.paginator.count else 1
    data = {
        "@context": "https://schema.org",
        "@type": "CollectionPage",
        "name": str(name),
        "url": absolute(path),
        "inLanguage": "fr-FR",
        "isPartOf": {"@type": "WebSite", "name": settings.SITE_NAME, "url": absolute("/")},
        "publisher": publisher(absolute),
        "breadcrumb": breadcrumb(absolute, crumbs),
        "mainEntity": {
            "@type": "ItemList",
            "numberOfItems": page_obj.paginator.count if page_obj is not None else len(articles),
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": first + offset,
                    "url": absolute(article.get_absolute_url()),
                    "name": article.title,
                }
                for offset, article in enumerate(articles)
            ],
        },
    }
    del data["breadcrumb"]["@context"]
    if description:
        data["description"] = str(description)
    return data
