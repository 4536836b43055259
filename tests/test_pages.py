"""What a reader sees on each page, and what each page costs in queries."""

import datetime
import zoneinfo

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from articles.models import Article
from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory, image_file

pytestmark = pytest.mark.django_db
PARIS = zoneinfo.ZoneInfo("Europe/Paris")


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def text(node):
    return " ".join(node.get_text(" ").split())


@pytest.fixture
def france():
    politique = CategoryFactory(name="Politique", slug="politique")
    return CategoryFactory(name="France", slug="france", parent=politique)


@pytest.fixture
def reference(france):
    author = AuthorFactory(
        name="David Bensoussan",
        slug="david-bensoussan",
        bio="David Bensoussan est un entrepreneur français.",
        website="https://42mag.fr",
    )
    return ArticleFactory(
        title="Investissements en milliards, IA « ouverte »",
        slug="sommet-ia",
        standfirst="Ce qu'il faut retenir du Sommet.",
        body=(
            "<p>La France était le lieu de rassemblement.</p>"
            "<h2>Un Sommet Marathon</h2><p>Lundi 10 et mardi 11 février.</p>"
            "<h2>Investissements Colossaux</h2><p>Selon l’Élysée.</p>"
        ),
        category=france,
        author=author,
        published_at=datetime.datetime(2025, 2, 11, 10, 0, tzinfo=PARIS),
        tags=["intelligence artificielle", "Europe"],
    )


# The article page


def test_article_page_shows_the_reference_blocks_in_order(client, reference):
    response = client.get("/politique/france/sommet-ia.html")
    assert response.status_code == 200
    page = soup(response)
    main = text(page.find("main"))

    breadcrumb = text(page.find("nav", attrs={"aria-label": "Fil d’Ariane"}))
    assert breadcrumb.replace(" ", "").startswith("Accueil»Politique»France»Investissements")
    assert text(page.find("h1")) == "Investissements en milliards, IA « ouverte »"
    assert "Par David Bensoussan" in main
    assert "11 février 2025" in main
    order = [
        "Ce qu'il faut retenir du Sommet.",  # standfirst
        "Partager",
        "Sommaire",
        "La France était le lieu de rassemblement.",
        "David Bensoussan est un entrepreneur français.",  # author box
        "Vous aimerez aussi",
        "Commenter cet article",
    ]
    positions = [main.index(block) for block in order]
    assert positions == sorted(positions)


def test_article_table_of_contents_links_to_anchored_headings(client, reference):
    page = soup(client.get(reference.get_absolute_url()))
    toc_links = [a["href"] for a in page.select("main a[href^='#']") if a["href"] != "#"]
    assert "#un-sommet-marathon" in toc_links
    assert "#investissements-colossaux" in toc_links
    assert page.find("h2", id="un-sommet-marathon") is not None


def test_article_share_links_point_to_each_service_without_scripts(client, reference):
    response = client.get(reference.get_absolute_url())
    html = response.content.decode()
    for service in ("facebook.com", "twitter.com", "linkedin.com", "pinterest.com", "mailto:"):
        assert service in html or (service == "twitter.com" and "x.com" in html)
    assert "wa.me" in html or "whatsapp" in html
    assert "sommet-ia.html" in html
    scripts = [
        s.get("src", "")
        for s in soup(response).find_all("script")
        if s.get("type") != "application/ld+json"  # structured data, not code
    ]
    assert all(src.startswith("/static/") for src in scripts)


def test_article_author_box_links_to_author_page_and_website(client, reference):
    page = soup(client.get(reference.get_absolute_url()))
    hrefs = {a["href"] for a in page.find_all("a", href=True)}
    assert "/auteur/david-bensoussan/" in hrefs
    assert "https://42mag.fr" in hrefs
    assert "/tag/intelligence-artificielle/" in hrefs


def test_rating_aggregate_is_shown_as_stars(client, reference):
    Article.objects.filter(pk=reference.pk).update(rating_count=4, rating_sum=17)
    main = text(soup(client.get(reference.get_absolute_url())).find("main"))
    assert "4,2" in main
    assert "4 votes" in main


def test_related_articles_prefer_shared_tags_then_category(client, reference, france):
    other = CategoryFactory(name="Culture", slug="culture")
    by_tag = ArticleFactory(title="Même sujet", category=other, tags=["Europe"])
    by_category = ArticleFactory(title="Même rubrique", category=france)
    ArticleFactory(title="Sans rapport", category=other)

    related = client.get(reference.get_absolute_url()).context["related_articles"]

    assert related == [by_tag, by_category]


def test_previous_and_next_articles_are_neighbours_in_the_category(client, reference, france):
    before = ArticleFactory(
        category=france, published_at=reference.published_at - datetime.timedelta(days=1)
    )
    after = ArticleFactory(
        category=france, published_at=reference.published_at + datetime.timedelta(days=1)
    )
    main = text(soup(client.get(reference.get_absolute_url())).find("main"))
    assert before.title in main
    assert after.title in main


@pytest.mark.parametrize("status", [Article.Status.DRAFT, Article.Status.REVIEW])
def test_unpublished_articles_are_404_for_readers(client, france, status):
    article = ArticleFactory(category=france, status=status)
    assert client.get(article.get_absolute_url()).status_code == 404


def test_scheduled_article_is_404_until_its_time(client, france):
    article = ArticleFactory(
        category=france, published_at=timezone.now() + datetime.timedelta(hours=1)
    )
    response = client.get(article.get_absolute_url())
    assert response.status_code == 404
    assert article.title not in response.content.decode()


def test_moved_article_redirects_permanently_to_its_new_category(client, reference):
    response = client.get("/politique/sommet-ia.html")
    assert response.status_code == 301
    assert response["Location"] == "/politique/france/sommet-ia.html"


# Listings


def test_category_page_lists_its_own_and_descendants_articles(client, france):
    politique = france.parent
    ArticleFactory(title="Dans Politique", category=politique)
    ArticleFactory(title="Dans France", category=france)
    ArticleFactory(title="Ailleurs", category=CategoryFactory(slug="culture"))

    page = soup(client.get("/politique/"))

    assert text(page.find("h1")) == "Politique"
    main = text(page.find("main"))
    assert "Dans Politique" in main and "Dans France" in main
    assert "Ailleurs" not in main


def test_listings_paginate_by_twenty_and_past_the_end_is_404(client, france):
    for n in range(25):
        ArticleFactory(category=france, title=f"Article {n:02d}")
    first = client.get("/derniers-articles/")
    assert len(first.context["articles"]) == 20
    second = client.get("/derniers-articles/?page=2")
    assert len(second.context["articles"]) == 5
    assert client.get("/derniers-articles/?page=3").status_code == 404
    assert client.get("/derniers-articles/?page=abc").status_code == 404
    assert client.get("/politique/france/?page=99").status_code == 404


def test_empty_listing_says_so(client):
    CategoryFactory(name="Culture", slug="culture")
    response = client.get("/culture/")
    assert response.status_code == 200
    assert "Aucun article" in text(soup(response).find("main"))


def test_featured_page_lists_only_featured_articles(client, france):
    ArticleFactory(title="Une", featured=True, category=france)
    ArticleFactory(title="Pas une", category=france)
    main = text(soup(client.get("/a-la-une/")).find("main"))
    assert "Une" in main and "Pas une" not in main


def test_author_page_shows_bio_and_only_their_published_articles(client, reference, france):
    ArticleFactory(
        author=reference.author, category=france, title="Brouillon", status=Article.Status.DRAFT
    )
    ArticleFactory(category=france, title="D'un autre")
    main = text(soup(client.get("/auteur/david-bensoussan/")).find("main"))
    assert "David Bensoussan est un entrepreneur français." in main
    assert reference.title in main
    assert "Brouillon" not in main and "D'un autre" not in main


def test_tag_page_lists_tagged_articles(client, reference, france):
    ArticleFactory(category=france, title="Sans tag")
    main = text(soup(client.get("/tag/europe/")).find("main"))
    assert reference.title in main and "Sans tag" not in main


def test_unknown_author_tag_and_category_are_404(client):
    assert client.get("/auteur/personne/").status_code == 404
    assert client.get("/tag/rien/").status_code == 404
    assert client.get("/nulle-part/").status_code == 404


def test_front_page_shows_featured_latest_and_category_blocks(client, france):
    lead = ArticleFactory(title="Le grand titre", featured=True, category=france)
    ArticleFactory(title="Une brève", category=france)
    culture = CategoryFactory(name="Culture", slug="culture", position=2)
    ArticleFactory(title="Un film", category=culture)

    response = client.get("/")
    main = text(soup(response).find("main"))

    assert response.context["lead"] == lead
    assert "Le grand titre" in main and "Une brève" in main and "Un film" in main
    roots = [root.name for root, _ in response.context["category_blocks"]]
    assert roots == ["Politique", "Culture"]


def test_search_finds_published_articles_by_title(client, reference, france):
    ArticleFactory(category=france, title="Sommet brouillon", status=Article.Status.DRAFT)
    main = text(soup(client.get("/recherche/", {"q": "  milliards  "})).find("main"))
    assert reference.title in main
    assert "Sommet brouillon" not in main


@pytest.mark.parametrize("query", ["", "   ", "x" * 2000, '"*NEAR(-', "' OR 1=1 --", "\x00é"])
def test_search_answers_hostile_queries_with_a_normal_page(client, query):
    response = client.get("/recherche/", {"q": query})
    assert response.status_code == 200


def test_static_page_is_served_in_the_layout(client):
    from django.contrib.flatpages.models import FlatPage

    page = FlatPage.objects.create(
        url="/mentions-legales/",
        title="Mentions légales",
        content="<p>Éditeur : 42mag.</p><script>alert(1)</script>",
    )
    page.sites.add(1)
    response = client.get("/mentions-legales/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Éditeur : 42mag." in html
    assert "alert(1)" not in html
    assert soup(response).find("footer") is not None


# Query budget: fixed whatever the number of articles


def fill(category, count):
    """`count` more published articles, inserted in bulk, each tagged "ia" and one of t0..t3."""
    from django.contrib.contenttypes.models import ContentType
    from taggit.models import Tag, TaggedItem

    author = AuthorFactory()
    start = Article.objects.count()
    articles = ArticleFactory.build_batch(count, category=category, author=author)
    for n, article in enumerate(articles, start):
        article.featured = n % 3 == 0
        article.slug = f"en-masse-{n}"
        article.derive_fields()
    articles = Article.objects.bulk_create(articles)
    tags = [
        Tag.objects.get_or_create(name=name, slug=name)[0]
        for name in ("ia", "t0", "t1", "t2", "t3")
    ]
    content_type = ContentType.objects.get_for_model(Article)
    TaggedItem.objects.bulk_create(
        TaggedItem(content_type=content_type, object_id=article.pk, tag=tag)
        for n, article in enumerate(articles)
        for tag in (tags[0], tags[1 + n % 4])
    )


PAGES = [
    "/",
    "/derniers-articles/",
    "/a-la-une/",
    "/politique/",
    "/politique/france/",
    "/tag/ia/",
    "AUTHOR",
    "ARTICLE",
    "/recherche/?q=titre",
]


@pytest.mark.parametrize("url", PAGES)
def test_each_page_runs_a_fixed_small_number_of_queries(
    client, france, url, django_assert_max_num_queries
):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = []
    for total in (10, 1000):
        fill(france, total - Article.objects.count())
        article = Article.objects.published().first()
        target = {
            "AUTHOR": article.author.get_absolute_url(),
            "ARTICLE": article.get_absolute_url(),
        }.get(url, url)
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(target)
        assert response.status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
    assert counts[1] <= 10, counts


def test_articles_sharing_a_cover_file_keep_their_own_alt_text(client, france):
    first = ArticleFactory(
        category=france, cover=image_file(), cover_alt="Premier texte alternatif"
    )
    ArticleFactory(category=france, cover=first.cover.name, cover_alt="Second texte alternatif")
    html = client.get("/derniers-articles/").content.decode()
    assert 'alt="Premier texte alternatif"' in html
    assert 'alt="Second texte alternatif"' in html


def test_odd_reply_ids_are_ignored(client, reference):
    assert client.get(reference.get_absolute_url() + "?repondre=%C2%B2").status_code == 200
    assert (
        client.get(reference.get_absolute_url() + "?repondre=99999999999999999999").status_code
        == 200
    )


def test_tags_with_accents_have_their_page(client, reference, france):
    from taggit.models import Tag

    tag = Tag.objects.create(name="Écologie", slug="écologie")
    reference.tags.add(tag)
    response = client.get("/tag/%C3%A9cologie/")
    assert response.status_code == 200
    assert reference.title in response.content.decode()
    assert client.get("/sitemap-tags.xml").status_code == 200


def test_related_list_forgets_an_unpublished_article(client, reference, france):
    other = ArticleFactory(title="Voisin retiré", category=france)
    assert "Voisin retiré" in client.get(reference.get_absolute_url()).content.decode()
    other.status = Article.Status.DRAFT
    other.save()
    assert "Voisin retiré" not in client.get(reference.get_absolute_url()).content.decode()


def test_pages_of_a_listing_follow_each_other_newest_first(client, france):
    for n in range(25):
        ArticleFactory(category=france, title=f"Numéro {n:02d}")
    expected = list(Article.objects.published().for_listing().values_list("title", flat=True))
    pages = [client.get("/politique/", {"page": p}).context["articles"] for p in (1, 2)]
    assert [a.title for page in pages for a in page] == expected
