"""Full-text search of the published articles: the index, kept up to date, and the query.

Each published article is one index entry of four groups of French terms
(see articles.french), from the strongest to the weakest place a word can be:

    title   the title
    lead    the standfirst and the tags
    about   the category (and its parents) and the author's name
    body    the text of the body

Results are the articles that contain every word of the query, ranked by tier —
every word in the title, then every word in title+lead, then in
title+lead+about, then anywhere — and within a tier newest first (then by id).
The ranking is the same on both databases because it is defined on which
group holds which term, not on a database's own scoring; it follows
WordPress's search order (title matches first, then excerpt, then content, by
date) rather than a term-frequency score, which suits news.

The entry's key packs the publication second and the article id into one
integer (`sort_key`), newest = largest, so that each tier is read newest first
straight from the index with LIMIT, and scheduled articles (a key in the
future) are left out by a range on the key — no scan of the articles table.

The indexes themselves (FTS5 on SQLite, a tsvector under GIN on PostgreSQL)
are in articles.search_backends. Terms are built in Python for both, so both
hold exactly the same words.
"""

import functools
import math
import multiprocessing
import os
import re
from html import unescape

from django.apps import apps as global_apps
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.utils import timezone

from . import french, richtext
from .search_backends import TIER_GROUPS, index_for

ID_BITS = 31
ID_MASK = (1 << ID_BITS) - 1
BATCH = 2000
PARALLEL_FROM = 5000  # below this many articles, one process is as fast
# Results shown for one query (50 pages): counting and paging past that costs the
# databases a walk over every match of a common word, and no reader goes there.
MAX_RESULTS = 1000
TAG_RE = re.compile(r"<[^>]*>")


def sort_key(published_at, pk):
    """One integer ordering entries by publication time (to the second), then id."""
    seconds = max(0, math.floor(published_at.timestamp()))
    return (seconds << ID_BITS) | pk


def now_key():
    """The largest key of an article already published now."""
    return (math.floor(timezone.now().timestamp()) << ID_BITS) | ID_MASK


def article_id(key):
    return key & ID_MASK


# Building entries


def category_names(apps=global_apps, using=DEFAULT_DB_ALIAS):
    """{category id: "Name Parent-name …"}: a category is found by its parents' names too."""
    Category = apps.get_model("categories", "Category")
    rows = {
        pk: (name, parent)
        for pk, name, parent in Category.objects.using(using).values_list("pk", "name", "parent_id")
    }
    names = {}
    for pk in rows:
        chain, node = [], pk
        while node is not None and node in rows and len(chain) < 20:
            chain.append(rows[node][0])
            node = rows[node][1]
        names[pk] = " ".join(chain)
    return names


def entries(article_ids, apps=global_apps, categories=None, using=DEFAULT_DB_ALIAS):
    """Index entries of the published articles among `article_ids` (ids of others are left out)."""
    Article = apps.get_model("articles", "Article")
    TaggedItem = apps.get_model("taggit", "TaggedItem")
    ContentType = apps.get_model("contenttypes", "ContentType")
    categories = category_names(apps, using) if categories is None else categories
    rows = list(
        Article.objects.using(using)
        .filter(pk__in=article_ids, status="published", published_at__isnull=False)
        .values_list(
            "pk", "published_at", "title", "standfirst", "body", "category_id", "author__name"
        )
    )
    tags = {}
    content_type = (
        ContentType.objects.using(using).filter(app_label="articles", model="article").first()
    )
    if rows and content_type is not None:
        tagged = (
            TaggedItem.objects.using(using)
            .filter(content_type_id=content_type.pk, object_id__in=[row[0] for row in rows])
            .values_list("object_id", "tag__name")
        )
        for object_id, name in tagged:
            tags.setdefault(object_id, []).append(name)
    found = []
    for pk, published_at, title, standfirst, body, category_id, author in rows:
        groups = (
            french.terms(title),
            french.terms(" ".join([standfirst, *tags.get(pk, [])])),
            french.terms(f"{categories.get(category_id, '')} {author}"),
            french.terms(body_text(body)),
        )
        found.append((sort_key(published_at, pk), pk, *(" ".join(sorted(g)) for g in groups)))
    return sorted(found)


def body_text(html):
    """The words of a body already sanitised on save (articles.richtext): tags stripped."""
    return unescape(TAG_RE.sub(" ", html or ""))


def update(article_ids, using=DEFAULT_DB_ALIAS, apps=global_apps):
    """Bring the entries of `article_ids` up to date: (re)indexed if published, else removed."""
    connection = connections[using]
    index = index_for(connection)
    article_ids = sorted(set(article_ids))
    if index is None or not article_ids:
        return
    categories = category_names(apps, using)
    with connection.cursor() as cursor:
        for start in range(0, len(article_ids), BATCH):
            chunk = article_ids[start : start + BATCH]
            new = entries(chunk, apps, categories, using)
            index.remove(cursor, chunk)
            if hasattr(index, "remove_keys"):
                index.remove_keys(cursor, [entry[0] for entry in new])
            index.add(cursor, new)


def rebuild(using=DEFAULT_DB_ALIAS, apps=global_apps, jobs=None):
    """Index every published article afresh; returns how many entries the index holds.

    Large archives are read and turned into terms by `jobs` forked processes (one
    per CPU, 4 at most) while this one writes: 100,000 articles in about 15 s.
    """
    connection = connections[using]
    index = index_for(connection)
    if index is None:
        return 0
    Article = apps.get_model("articles", "Article")
    # In key order, so that the rows are appended to the index rather than slotted in.
    ids = list(
        Article.objects.using(using)
        .filter(status="published", published_at__isnull=False)
        .order_by("published_at", "pk")
        .values_list("pk", flat=True)
    )
    batches = [ids[start : start + BATCH] for start in range(0, len(ids), BATCH)]
    jobs = min(4, os.cpu_count() or 1) if jobs is None else jobs
    parallel = (
        jobs > 1
        and len(ids) >= PARALLEL_FROM
        and apps is global_apps
        and "fork" in multiprocessing.get_all_start_methods()
        # Inside a caller's transaction, other processes would not see its rows.
        and not connection.in_atomic_block
    )
    categories = category_names(apps, using)
    pool = None
    if parallel:
        connections.close_all()  # each process opens its own connection
        pool = multiprocessing.get_context("fork").Pool(jobs, initializer=connections.close_all)
        results = pool.imap(
            functools.partial(_entries, using=using, categories=categories), batches
        )
    else:
        results = (entries(batch, apps, categories, using) for batch in batches)
    total = 0
    try:
        with transaction.atomic(using=using), connection.cursor() as cursor:
            index.clear(cursor)
            for new in results:
                index.fill(cursor, new)
                total += len(new)
            index.finish(cursor)
    finally:
        if pool is not None:
            pool.close()
            pool.join()
    return total


def _entries(batch, using, categories):
    return entries(batch, global_apps, categories, using)


def prune(using=DEFAULT_DB_ALIAS):
    """Drop the entries of articles that no longer exist (after a bulk delete or a flush)."""
    connection = connections[using]
    index = index_for(connection)
    if index is None:
        return
    with connection.cursor() as cursor:
        if index.exists(cursor):
            index.prune(cursor)


# Searching


class Results:
    """The published articles matching `query`, ranked; Django's Paginator slices it.

    Costs two queries for the index (the counts per tier, then one page of keys)
    and one for the articles of the page, whatever the size of the archive.
    """

    def __init__(self, query, using=DEFAULT_DB_ALIAS):
        self.terms = french.query_terms(query)
        self.connection = connections[using]
        self.index = index_for(self.connection)
        self.upper = now_key()
        self._counts = None

    def tier_sizes(self):
        """How many results each tier holds, best tier first."""
        if self._counts is None:
            if not self.terms or self.index is None:
                self._counts = [0] * len(TIER_GROUPS)
            else:
                with self.connection.cursor() as cursor:
                    # Nested: tier n also holds every better tier; keep each tier's own.
                    nested = list(self.index.counts(cursor, self.terms, self.upper, MAX_RESULTS))
                self._counts = [
                    nested[tier] - (nested[tier + 1] if tier + 1 < len(nested) else 0)
                    for tier in range(len(nested))
                ]
        return list(reversed(self._counts))

    def count(self):
        return sum(self.tier_sizes())

    @property
    def capped(self):
        """True when more articles match than the MAX_RESULTS shown."""
        return self.count() >= MAX_RESULTS

    def __len__(self):
        return self.count()

    def __getitem__(self, item):
        if not isinstance(item, slice):
            raise TypeError("Results only slice.")
        start, stop, _step = item.indices(self.count())
        slices, position = [], 0
        for rank, size in enumerate(self.tier_sizes()):
            tier = len(TIER_GROUPS) - 1 - rank
            lo, hi = max(start, position), min(stop, position + size)
            if lo < hi:
                slices.append((tier, lo - position, hi - lo))
            position += size
        if not slices:
            return []
        with self.connection.cursor() as cursor:
            keys = self.index.keys(cursor, self.terms, self.upper, slices)
        ordered = [article_id(key) for key, _tier in sorted(keys, key=lambda k: (-k[1], -k[0]))]
        return self.articles(ordered)

    def articles(self, ids):
        """The articles `ids`, in that order, each with a highlighted passage (search_excerpt)."""
        Article = global_apps.get_model("articles", "Article")
        found = (
            Article.objects.published()
            .filter(pk__in=ids)
            .select_related("category", "author")
            .defer("toc", "seo_title", "seo_description", "author__bio")
            .in_bulk()
        )
        articles = [found[pk] for pk in ids if pk in found]
        for article in articles:
            source = article.standfirst
            if not french.contains(source, self.terms):
                body = richtext.plain_text(article.body)
                if french.contains(body, self.terms) or not source:
                    source = body
            article.search_excerpt = french.highlight(source, self.terms, length=40)
        return articles
