"""RSS 2.0 feeds: the latest articles of the site, of a category, of an author.

Django's syndication framework, with two additions feed readers expect: the
full text of each article in <content:encoded> (its links and images made
absolute) and the cover as an <enclosure>.
"""

import copy
import mimetypes
import re

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

from categories.navigation import category_tree

from .models import Article, Author

FEED_LENGTH = 30
RELATIVE_URL_RE = re.compile(r'(\s(?:href|src)=")(/[^/"][^"]*|/)"')


class FullTextRssFeed(Rss201rev2Feed):
    """RSS 2.0 with the content module: the article's HTML in <content:encoded>."""

    def rss_attributes(self):
        return {
            **super().rss_attributes(),
            "xmlns:content": "http://purl.org/rss/1.0/modules/content/",
        }

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("content_encoded"):
            handler.addQuickElement("content:encoded", item["content_encoded"])


def absolute_links(html, base):
    """`html` with its root-relative links and images prefixed by `base` (scheme and host)."""
    return RELATIVE_URL_RE.sub(lambda m: f'{m.group(1)}{base}{m.group(2)}"', html or "")


class LatestArticlesFeed(Feed):
    """The site's latest 30 published articles."""

    feed_type = FullTextRssFeed

    def __call__(self, request, *args, **kwargs):
        # One instance serves every request: the request's own copy knows its host.
        feed = copy.copy(self)
        feed.base_url = f"{request.scheme}://{request.get_host()}"
        return Feed.__call__(feed, request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs):
        return None

    def title(self, obj):
        return _("%(site)s – tous les articles") % {"site": settings.SITE_NAME}

    def link(self, obj):
        return reverse("home")

    def feed_url(self, obj):
        return reverse("articles:feed")

    def description(self, obj):
        return _("Les derniers articles publiés sur %(site)s.") % {"site": settings.SITE_NAME}

    def articles(self, obj):
        return Article.objects.published()

    def items(self, obj):
        return (
            self.articles(obj)
            .select_related("category", "author")
            .prefetch_related("tags")
            .defer("toc", "author__bio")
            .order_by("-published_at", "-pk")[:FEED_LENGTH]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.standfirst or item.excerpt

    def item_link(self, item):
        return item.get_absolute_url()

    def item_guid(self, item):
        # Stable when the slug or the category changes, unlike the article's address.
        return f"tag:{settings.SITE_NAME},2025:article-{item.pk}"

    def item_guid_is_permalink(self, item):
        return False

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return item.author.name

    def item_categories(self, item):
        return [item.category.name, *(tag.name for tag in item.tags.all())]

    def item_enclosure_url(self, item):
        return f"{self.base_url}{item.cover.url}" if item.cover else None

    def item_enclosure_length(self, item):
        try:
            return item.cover.size if item.cover else None
        except Exception:  # missing from the media store (a file, or an S3 error): still a feed
            return 0

    def item_enclosure_mime_type(self, item):
        if not item.cover:
            return None
        return mimetypes.guess_type(item.cover.name)[0] or "image/jpeg"

    def item_extra_kwargs(self, item):
        return {"content_encoded": absolute_links(item.body, self.base_url)}


class CategoryFeed(LatestArticlesFeed):
    """The latest articles of a category and of the categories under it."""

    def get_object(self, request, path):
        category = category_tree().get(path)
        if category is None:
            raise Http404
        return category

    def title(self, obj):
        return f"{settings.SITE_NAME} – {obj.name}"

    def link(self, obj):
        return obj.get_absolute_url()

    def feed_url(self, obj):
        return reverse("articles:category_feed", kwargs={"path": obj.path})

    def description(self, obj):
        return obj.seo_description or _("Les derniers articles de la rubrique %(name)s.") % {
            "name": obj.name
        }

    def articles(self, obj):
        return Article.objects.published().in_category(obj)


class AuthorFeed(LatestArticlesFeed):
    """The latest articles of an author."""

    def get_object(self, request, slug):
        return get_object_or_404(Author, slug=slug)

    def title(self, obj):
        return f"{settings.SITE_NAME} – {obj.name}"

    def link(self, obj):
        return obj.get_absolute_url()

    def feed_url(self, obj):
        return reverse("articles:author_feed", kwargs={"slug": obj.slug})

    def description(self, obj):
        return _("Les derniers articles de %(name)s.") % {"name": obj.name}

    def articles(self, obj):
        return Article.objects.published().filter(author=obj)
