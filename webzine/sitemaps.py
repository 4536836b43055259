"""Sitemaps: an index of paged sections (articles, categories, authors, tags, pages),
each URL with its last modification, and a Google News sitemap of the last two days.

Django's sitemaps framework; addresses use the current Site's domain (seed_demo
points Site 1 at WEBZINE_SITE_URL).
"""

import datetime

from django.contrib.flatpages.models import FlatPage
from django.contrib.sitemaps import Sitemap
from django.db.models import Max, Q
from django.urls import reverse
from django.utils import timezone
from taggit.models import Tag

from articles.models import Article, Author
from categories.models import Category

PAGE_SIZE = 5000
NEWS_DAYS = 2
NEWS_LIMIT = 1000  # Google News: at most 1,000 URLs per sitemap


def latest_publication():
    return Article.objects.published().aggregate(latest=Max("published_at"))["latest"]


class ListingSitemap(Sitemap):
    """A section whose pages change when an article is published: the index reads the
    latest publication (one query) rather than every item's date."""

    changefreq = "daily"
    limit = PAGE_SIZE

    def get_latest_lastmod(self):
        return latest_publication()


class ArticleSitemap(Sitemap):
    changefreq = "weekly"
    limit = PAGE_SIZE

    def get_latest_lastmod(self):
        return Article.objects.published().aggregate(latest=Max("updated_at"))["latest"]

    def items(self):
        return (
            Article.objects.published()
            .select_related("category")
            .only("slug", "updated_at", "published_at", "category__path")
            .order_by("-published_at", "-pk")
        )

    def lastmod(self, article):
        return article.updated_at


class CategorySitemap(ListingSitemap):
    def items(self):
        """Every category, its `latest`: the newest publication in it or below it."""
        own = dict(
            Article.objects.published()
            .order_by()
            .values("category")
            .annotate(latest=Max("published_at"))
            .values_list("category", "latest")
        )
        categories = list(Category.objects.order_by("path"))
        by_path = {category.path: category for category in categories}
        for category in categories:
            category.latest = None
        for category in categories:
            date = own.get(category.pk)
            parts = category.path.split("/")
            for depth in range(1, len(parts) + 1):
                node = by_path.get("/".join(parts[:depth]))
                if date and node is not None and (node.latest is None or date > node.latest):
                    node.latest = date
        return categories

    def lastmod(self, category):
        return category.latest


class AuthorSitemap(ListingSitemap):
    def items(self):
        published = Q(articles__status=Article.Status.PUBLISHED) & Q(
            articles__published_at__lte=timezone.now()
        )
        return (
            Author.objects.annotate(latest=Max("articles__published_at", filter=published))
            .filter(latest__isnull=False)
            .order_by("slug")
        )

    def lastmod(self, author):
        return author.latest


class TagSitemap(ListingSitemap):
    changefreq = "weekly"

    def items(self):
        """The tags of published articles, each with `latest`, from one grouped query."""
        latest = dict(
            Article.objects.published()
            .filter(tags__isnull=False)
            .order_by()
            .values("tags")
            .annotate(latest=Max("published_at"))
            .values_list("tags", "latest")
        )
        tags = list(Tag.objects.filter(pk__in=latest).order_by("slug"))
        for tag in tags:
            tag.latest = latest[tag.pk]
        return tags

    def location(self, tag):
        return reverse("articles:tag", kwargs={"slug": tag.slug})

    def lastmod(self, tag):
        return tag.latest


class StaticSitemap(ListingSitemap):
    """The front page, the latest and featured listings, and the static pages."""

    def items(self):
        listings = ["home", "articles:latest", "articles:featured"]
        return listings + list(FlatPage.objects.filter(registration_required=False).order_by("url"))

    def location(self, item):
        return reverse(item) if isinstance(item, str) else item.url

    def lastmod(self, item):
        if not hasattr(self, "_latest"):
            self._latest = Article.objects.published().aggregate(latest=Max("published_at"))[
                "latest"
            ]
        if isinstance(item, str):
            return self._latest
        return None  # a static page keeps no date


SITEMAPS = {
    "articles": ArticleSitemap,
    "rubriques": CategorySitemap,
    "auteurs": AuthorSitemap,
    "tags": TagSitemap,
    "pages": StaticSitemap,
}


class NewsSitemap(Sitemap):
    """Google News: the articles of the last two days, 1,000 at most, newest first."""

    limit = NEWS_LIMIT

    def items(self):
        since = timezone.now() - datetime.timedelta(days=NEWS_DAYS)
        return (
            Article.objects.published()
            .filter(published_at__gte=since)
            .select_related("category")
            .only("title", "slug", "published_at", "updated_at", "category__path")
            .order_by("-published_at", "-pk")[:NEWS_LIMIT]
        )

    def lastmod(self, article):
        return article.updated_at

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        for url in urls:
            url["article"] = url["item"]
        return urls
