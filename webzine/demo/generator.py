"""Generated articles, in bulk: `generate(count, context)` makes sure articles
1..count exist, creating only the missing ones.

Article n is always the same: its random generator is seeded with n, so its
title and slug ("<slugified title>-<n>") are known before anything is built;
slugs already in the database are skipped. Bodies are assembled from a pool
of paragraphs drawn once (Faker fills in people's names), derived fields come
from `Article.derive_fields()`, and rows are written with bulk_create in
batches, each in its own transaction, tags through taggit's TaggedItem.

Large runs use one forked process per CPU, each building and inserting whole
batches with its own database connection.
"""

import datetime
import multiprocessing
import random
import zoneinfo
from dataclasses import dataclass
from html import escape
from typing import NamedTuple

from django.contrib.contenttypes.models import ContentType
from django.db import connections, transaction
from django.utils import timezone
from django.utils.text import slugify
from faker import Faker
from taggit.models import Tag, TaggedItem
from tqdm import tqdm

from articles.models import Article

from . import covers, phrases, subjects_life, subjects_news
from .authors import AUTHORS
from .structure import all_category_paths

SEED = 42
BATCH_SIZE = 2000  # articles per transaction
INSERT_SIZE = 500  # rows per INSERT (Django lowers it to what SQLite accepts)
PARALLEL_FROM = 5000  # below this many missing articles, one process is as fast
PARAGRAPH_POOL = 400
HISTORY_DAYS = 730
SUBJECTS = {**subjects_news.SUBJECTS, **subjects_life.SUBJECTS}
PARIS = zoneinfo.ZoneInfo("Europe/Paris")
# No generated article around the reference article (11 February 2025), so
# its previous and next articles are those of the reference page.
QUIET_PERIOD = (
    datetime.datetime(2025, 2, 10, tzinfo=PARIS),
    datetime.datetime(2025, 2, 13, tzinfo=PARIS),
)


@dataclass(frozen=True)
class CategoryInfo:
    id: int
    path: str
    name: str
    root_slug: str
    root_name: str


@dataclass
class Context:
    """Everything needed to build an article, as plain data (no query)."""

    categories: list
    author_ids: list
    tag_ids: dict
    covers: dict
    topic_paragraphs: list
    action_paragraphs: list
    content_type_id: int
    now: datetime.datetime


class Plan(NamedTuple):
    rng: random.Random
    category: CategoryInfo
    is_action: bool
    subject: str
    title: str
    slug: str


def capitalize(text):
    return text[:1].upper() + text[1:]


def paragraph_pool(sentences, size=PARAGRAPH_POOL, seed=SEED):
    """Paragraphs of 3 to 5 of `sentences`, HTML-escaped, the same on every run."""
    Faker.seed(seed)
    fake = Faker("fr_FR")
    rng = random.Random(seed)
    pool = []
    for _ in range(size):
        parts = []
        for sentence in rng.sample(sentences, rng.randint(3, 5)):
            low = rng.choice([20, 30, 50, 80, 100, 150])
            parts.append(
                sentence.format(
                    name=fake.name(),
                    city=rng.choice(phrases.CITIES),
                    job=rng.choice(phrases.JOBS),
                    year=rng.randint(2015, 2024),
                    pct=rng.randint(12, 78),
                    low=low,
                    high=low * rng.choice([2, 3, 4]),
                    people=rng.choice(["2 000", "5 000", "12 000", "30 000"]),
                )
            )
        pool.append(escape(" ".join(parts), quote=False))
    return pool


def _tag(name):
    return Tag.objects.filter(name__iexact=name).first() or Tag.objects.create(name=name)


def build_context(categories, authors, cover_pool):
    """`categories`: {path: Category}; `authors`: {slug: Author}; `cover_pool`: {root: [names]}."""
    infos = []
    for path in all_category_paths():
        root = path.split("/")[0]
        infos.append(
            CategoryInfo(
                categories[path].pk, path, categories[path].name, root, categories[root].name
            )
        )
    return Context(
        categories=infos,
        author_ids=[authors[slugify(name)].pk for name, _website, _bio in AUTHORS],
        tag_ids={path: [_tag(name).pk for name in names] for path, names in phrases.TAGS.items()},
        covers=cover_pool,
        topic_paragraphs=paragraph_pool(phrases.COMMON_SENTENCES + phrases.NEWS_SENTENCES),
        action_paragraphs=paragraph_pool(
            phrases.COMMON_SENTENCES + phrases.PRACTICAL_SENTENCES, seed=SEED + 1
        ),
        content_type_id=ContentType.objects.get_for_model(Article).pk,
        now=timezone.now(),
    )


def plan(n, context):
    """The category, subject, title and slug of generated article n."""
    rng = random.Random(SEED * 1_000_003 + n)
    category = rng.choice(context.categories)
    kicker, topics, actions = SUBJECTS[category.path]
    is_action = bool(actions) and (not topics or rng.random() < 0.4)
    subject = rng.choice(actions if is_action else topics)
    templates = phrases.ACTION_TITLES if is_action else phrases.TOPIC_TITLES
    if not kicker:
        templates = [template for template in templates if "{Kicker}" not in template]
    title = rng.choice(templates).format(
        Topic=capitalize(subject), topic=subject, action=subject, Kicker=kicker,
        n=rng.choice(phrases.NUMBERS),
    )  # fmt: skip
    slug = f"{slugify(title)[:150].strip('-')}-{n}"
    return Plan(rng, category, is_action, subject, title, slug)


def _body(rng, paragraphs, is_action, words):
    intros = phrases.ACTION_INTROS if is_action else phrases.TOPIC_INTROS
    headings = phrases.ACTION_HEADINGS if is_action else phrases.TOPIC_HEADINGS
    intro = escape(rng.choice(intros).format(**words), quote=False)
    parts = [f"<p>{intro} {rng.choice(paragraphs)}</p>"]
    for heading in rng.sample(headings, rng.randint(3, 5)):
        parts.append(f"<h2>{heading}</h2>")
        parts.extend(f"<p>{text}</p>" for text in rng.sample(paragraphs, rng.randint(2, 3)))
    return "\n".join(parts)


def _schedule(rng, now):
    """(status, published_at, featured): ~3% drafts, ~2% in review, ~2% scheduled."""
    roll = rng.random()
    if roll < 0.03:
        return Article.Status.DRAFT, None, False
    if roll < 0.05:
        return Article.Status.REVIEW, None, False
    if roll < 0.07:
        published = now + datetime.timedelta(hours=rng.uniform(12, 240))
    else:
        published = now - datetime.timedelta(seconds=rng.uniform(0, HISTORY_DAYS * 86400))
        if QUIET_PERIOD[0] <= published < QUIET_PERIOD[1]:
            published -= datetime.timedelta(days=4)
    return Article.Status.PUBLISHED, published.replace(second=0, microsecond=0), rng.random() < 0.05


def build(n, context):
    """Generated article n, unsaved, with its derived fields; and its tag ids."""
    rng, category, is_action, subject, title, slug = plan(n, context)
    words = {"Topic": capitalize(subject), "topic": subject, "action": subject}
    standfirsts = phrases.ACTION_STANDFIRSTS if is_action else phrases.TOPIC_STANDFIRSTS
    standfirst = rng.choice(standfirsts).format(**words)
    paragraphs = context.action_paragraphs if is_action else context.topic_paragraphs
    body = _body(rng, paragraphs, is_action, words)
    status, published_at, featured = _schedule(rng, context.now)
    root = category.root_slug
    article = Article(
        title=title,
        slug=slug,
        standfirst=standfirst,
        body=body,
        category_id=category.id,
        author_id=rng.choice(context.author_ids),
        status=status,
        published_at=published_at,
        featured=featured,
        cover=rng.choice(context.covers[root]),
        cover_width=covers.COVER_SIZE[0],
        cover_height=covers.COVER_SIZE[1],
        cover_alt=f"Illustration de la rubrique {category.root_name} : formes géométriques sur "
        "un dégradé de couleurs",
        cover_caption=rng.choice(phrases.CAPTIONS).format(
            category=category.name, Subject=capitalize(subject)
        ),
        cover_credit=covers.CREDIT,
    )
    article.derive_fields()
    return article, rng.sample(context.tag_ids[category.path], rng.randint(2, 4))


_context = None  # set before worker processes fork, so they inherit it


def _create(numbers):
    """Build articles `numbers` and insert them in one transaction; return how many."""
    built = [build(n, _context) for n in numbers]
    with transaction.atomic():
        Article.objects.bulk_create([article for article, _tags in built], batch_size=INSERT_SIZE)
        TaggedItem.objects.bulk_create(
            [
                TaggedItem(
                    content_type_id=_context.content_type_id, object_id=article.pk, tag_id=tag_id
                )
                for article, tag_ids in built
                for tag_id in tag_ids
            ],
            batch_size=INSERT_SIZE * 2,
        )
    return len(built)


def _run(batches, jobs):
    """Create batch after batch; in `jobs` forked processes when it pays.

    Each process inserts with its own connection: SQLite queues the short
    write transactions (busy timeout), PostgreSQL runs them side by side.
    """
    parallel = (
        jobs > 1
        and sum(map(len, batches)) >= PARALLEL_FROM
        and "fork" in multiprocessing.get_all_start_methods()
        # Inside a caller's transaction (a test), other processes would not see its rows.
        and not transaction.get_connection().in_atomic_block
    )
    if not parallel:
        yield from map(_create, batches)
        return
    connections.close_all()  # each process opens its own connection
    with multiprocessing.get_context("fork").Pool(jobs, initializer=connections.close_all) as pool:
        yield from pool.imap_unordered(_create, batches)
        pool.close()
        pool.join()


def generate(count, context, jobs=1, progress=True):
    """Make sure generated articles 1..count exist; return (created, already present)."""
    global _context
    _context = context
    existing = set(Article.objects.values_list("slug", flat=True))
    missing = [n for n in range(1, count + 1) if plan(n, context).slug not in existing]
    batches = [missing[i : i + BATCH_SIZE] for i in range(0, len(missing), BATCH_SIZE)]
    with tqdm(total=len(missing), unit=" articles", disable=not progress or not missing) as bar:
        for created in _run(batches, jobs):
            bar.update(created)
    return len(missing), count - len(missing)
