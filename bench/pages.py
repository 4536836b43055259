"""Median time and query count of each page type, through Django's test client.

Run by `make bench` on the database it has just seeded.
"""

import os
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "webzine.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth.models import User  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from articles.models import Article  # noqa: E402

REPEAT = 30
# Common words (tens of thousands of matches), rarer ones, accented, two words, nothing found.
SEARCHES = ["france", "investissement", "écologie", "intelligence artificielle", "xylophone"]


def measure(client, url, cold=False):
    timings = []
    for _ in range(REPEAT):
        if cold:
            cache.clear()
        start = time.perf_counter()
        response = client.get(url)
        timings.append(time.perf_counter() - start)
    assert response.status_code == 200, (url, response.status_code)
    if cold:
        cache.clear()
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return statistics.median(timings) * 1000, len(queries)


def main():
    article = Article.objects.published().select_related("category", "author").first()
    urls = {
        "front page": "/",
        "article": article.get_absolute_url(),
        "category (root)": f"/{article.category.path.split('/')[0]}/",
        "category page 50": f"/{article.category.path}/?page=50",
        "latest": "/derniers-articles/",
        "featured": "/a-la-une/",
        "author": article.author.get_absolute_url(),
    }
    client = Client()
    print(f"{Article.objects.count()} articles in the database; median of {REPEAT} requests")
    print(f"{'page':<26} {'median ms':>10} {'queries':>8}")
    for name, url in urls.items():
        median, count = measure(client, url)
        print(f"{name:<26} {median:>10.1f} {count:>8}")
    median, count = measure(client, urls["article"], cold=True)
    print(f"{'article, empty cache':<26} {median:>10.1f} {count:>8}")
    medians = []
    for query in SEARCHES:
        median, count = measure(client, f"/recherche/?q={quote(query)}")
        medians.append(median)
        print(f"{('search: ' + query)[:26]:<26} {median:>10.1f} {count:>8}")
    print(f"{'search (median of above)':<26} {statistics.median(medians):>10.1f}")

    editor, _created = User.objects.get_or_create(
        username="bench-editor", defaults={"is_staff": True, "is_superuser": True}
    )
    client.force_login(editor)
    admin_urls = {
        "admin: article list": "/admin/articles/article/",
        "admin: list, filtered": "/admin/articles/article/?etat=live&rubrique=1",
        "admin: list, page 100": "/admin/articles/article/?p=100",
        "admin: change form": f"/admin/articles/article/{article.pk}/change/",
    }
    for name, url in admin_urls.items():
        median, count = measure(client, url)
        print(f"{name:<26} {median:>10.1f} {count:>8}")


if __name__ == "__main__":
    main()
