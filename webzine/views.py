"""Site-wide pages: the front page, the health check and the error pages."""

from django.db import connection
from django.db.models import F, Value, Window
from django.db.models.functions import Concat, RowNumber, StrIndex, Substr
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import requires_csrf_token

from articles.models import Article
from categories.navigation import category_tree

LEAD_COUNT = 5  # the lead and four under it
LATEST_COUNT = 10
PER_CATEGORY = 4
# The category blocks draw on this many of the latest articles: one bounded
# query instead of one per category, whatever the size of the archive.
CATEGORY_BLOCK_WINDOW = 600


def home(request):
    published = Article.objects.published().for_listing()
    featured = list(published.featured()[:LEAD_COUNT])
    latest = list(published.exclude(pk__in=[a.pk for a in featured])[:LATEST_COUNT])
    context = {
        "lead": featured[0] if featured else None,
        "featured": featured[1:],
        "latest": latest,
        "category_blocks": category_blocks(),
    }
    return render(request, "webzine/home.html", context)


def category_blocks():
    """[(root category, [its latest articles])] in menu order, from one query."""
    recent_ids = (
        Article.objects.published().order_by("-published_at").values("pk")[:CATEGORY_BLOCK_WINDOW]
    )
    root_path = Substr(
        "category__path", 1, StrIndex(Concat("category__path", Value("/")), Value("/")) - 1
    )
    ranked = (
        Article.objects.filter(pk__in=recent_ids)
        .annotate(
            root_path=root_path,
            rank=Window(RowNumber(), partition_by=root_path, order_by=F("published_at").desc()),
        )
        .filter(rank__lte=PER_CATEGORY)
        .for_listing()
    )
    by_root = {}
    for article in ranked:
        by_root.setdefault(article.root_path, []).append(article)
    return [(root, by_root[root.path]) for root in category_tree().roots if root.path in by_root]


@never_cache
def healthz(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("ok", content_type="text/plain")


def page_not_found(request, exception):
    return render(request, "404.html", status=404)


@requires_csrf_token
def server_error(request):
    # No context processor, no database: the database may be why we are here.
    return HttpResponseServerError(loader.get_template("500.html").render({"request": None}))
