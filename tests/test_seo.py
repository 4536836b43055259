"""What search engines and social networks read: titles, descriptions, canonical
addresses, Open Graph and X cards, schema.org JSON-LD; and editors' redirects."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.flatpages.models import FlatPage
from django.contrib.redirects.models import Redirect

from articles.models import Article
from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory, image_file

pytestmark = pytest.mark.django_db

# Google's article rich results: the properties it reads, and what each must hold.
ARTICLE_PROPERTIES = ("headline", "image", "datePublished", "dateModified", "author", "publisher")


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content.decode(), "html.parser")


def meta(soup, key):
    tag = soup.find("meta", attrs={"property": key}) or soup.find("meta", attrs={"name": key})
    return tag["content"] if tag else None


def json_ld(soup):
    blocks = soup.find_all("script", type="application/ld+json")
    return {data["@type"]: data for data in (json.loads(block.string) for block in blocks)}


@pytest.fixture
def site(db):
    politique = CategoryFactory(name="Politique", slug="politique")
    france = CategoryFactory(name="France", slug="france", parent=politique)
    author = AuthorFactory(name="David Bensoussan", slug="david-bensoussan")
    article = ArticleFactory(
        title="Investissements en milliards",
        slug="sommet-ia",
        standfirst="Ce qu’il faut retenir du Sommet.",
        category=france,
        author=author,
        cover=image_file(size=(1600, 900)),
        cover_alt="La tribune du Sommet",
        tags=["IA", "Europe"],
    )
    FlatPage.objects.create(url="/a-propos/", title="À propos", content="<p>Qui.</p>").sites.add(1)
    return article


PAGES = [
    "/",
    "/derniers-articles/",
    "/a-la-une/",
    "/politique/",
    "/politique/france/",
    "/politique/france/sommet-ia.html",
    "/auteur/david-bensoussan/",
    "/tag/ia/",
    "/recherche/?q=sommet",
    "/a-propos/",
    "/newsletter/",
    "/contact/",
]


def test_every_page_has_a_unique_title_a_description_a_canonical_and_its_language(client, site):
    titles = {}
    for url in PAGES:
        soup = page(client, url)
        title = soup.title.get_text()
        assert title not in titles, (url, titles.get(title))
        titles[title] = url
        assert meta(soup, "description"), url
        assert soup.html["lang"] == "fr"
        canonical = soup.find_all("link", rel="canonical")
        assert len(canonical) == 1, url
        assert canonical[0]["href"].startswith("http://testserver/")
        alternate = soup.find("link", rel="alternate", hreflang="fr")
        assert alternate["href"] == canonical[0]["href"]


def test_canonical_drops_the_query_string_but_keeps_the_page(client, site):
    for n in range(25):
        ArticleFactory(category=site.category, slug=f"autre-{n}")
    soup = page(client, "/politique/france/?page=2&utm_source=x")
    assert (
        soup.find("link", rel="canonical")["href"] == "http://testserver/politique/france/?page=2"
    )
    soup = page(client, "/politique/france/sommet-ia.html?repondre=3")
    canonical = "http://testserver/politique/france/sommet-ia.html"
    assert soup.find("link", rel="canonical")["href"] == canonical


def test_paginated_listings_link_to_the_next_and_previous_pages(client, site):
    for n in range(45):
        ArticleFactory(category=site.category, slug=f"autre-{n}", tags=["IA"])
    first = page(client, "/tag/ia/")
    assert first.find("link", rel="prev") is None
    assert first.find("link", rel="next")["href"] == "http://testserver/tag/ia/?page=2"
    middle = page(client, "/tag/ia/?page=2")
    assert middle.find("link", rel="prev")["href"] == "http://testserver/tag/ia/"
    assert middle.find("link", rel="next")["href"] == "http://testserver/tag/ia/?page=3"
    last = page(client, "/tag/ia/?page=3")
    assert last.find("link", rel="next") is None


def test_article_has_open_graph_and_x_card_tags(client, site):
    soup = page(client, site.get_absolute_url())
    url = "http://testserver/politique/france/sommet-ia.html"
    assert meta(soup, "og:type") == "article"
    assert meta(soup, "og:title") == "Investissements en milliards"
    assert meta(soup, "og:description") == "Ce qu’il faut retenir du Sommet."
    assert meta(soup, "og:url") == url
    assert meta(soup, "og:image").startswith("http://testserver/media/")
    assert (meta(soup, "og:image:width"), meta(soup, "og:image:height")) == ("1200", "630")
    assert meta(soup, "article:published_time") == site.published_at.astimezone().isoformat()
    assert meta(soup, "article:modified_time")
    assert meta(soup, "article:section") == "France"
    tags = [m["content"] for m in soup.find_all("meta", attrs={"property": "article:tag"})]
    assert sorted(tags) == ["Europe", "IA"]
    assert meta(soup, "twitter:card") == "summary_large_image"
    assert meta(soup, "twitter:title") == "Investissements en milliards"
    assert meta(soup, "twitter:image") == meta(soup, "og:image")


def test_social_image_is_1200_by_630(client, site):
    from PIL import Image

    soup = page(client, site.get_absolute_url())
    path = meta(soup, "og:image").split("/media/", 1)[1]
    from django.conf import settings

    with Image.open(settings.MEDIA_ROOT / path) as image:
        assert image.size == (1200, 630)


def test_article_json_ld_has_what_google_reads(client, site):
    data = json_ld(page(client, site.get_absolute_url()))
    article = data["NewsArticle"]
    assert article["@context"] == "https://schema.org"
    for name in ARTICLE_PROPERTIES:
        assert article.get(name), name
    assert article["headline"] == "Investissements en milliards"
    assert len(article["headline"]) <= 110
    assert article["image"][0]["url"].startswith("http://testserver/media/")
    published = datetime.datetime.fromisoformat(article["datePublished"])
    modified = datetime.datetime.fromisoformat(article["dateModified"])
    assert published.tzinfo is not None and modified >= published
    author = article["author"][0]
    assert author["@type"] == "Person"
    assert author["name"] == "David Bensoussan"
    assert author["url"] == "http://testserver/auteur/david-bensoussan/"
    publisher = article["publisher"]
    assert publisher["@type"] == "Organization" and publisher["name"]
    assert publisher["logo"]["url"].startswith("http://testserver/static/")
    assert article["mainEntityOfPage"]["@id"].endswith("/politique/france/sommet-ia.html")


def test_article_breadcrumb_json_ld_lists_home_categories_and_article(client, site):
    crumbs = json_ld(page(client, site.get_absolute_url()))["BreadcrumbList"]["itemListElement"]
    assert [c["position"] for c in crumbs] == [1, 2, 3, 4]
    assert [c["name"] for c in crumbs] == [
        "Accueil",
        "Politique",
        "France",
        "Investissements en milliards",
    ]
    assert [c["item"] for c in crumbs] == [
        "http://testserver/",
        "http://testserver/politique/",
        "http://testserver/politique/france/",
        "http://testserver/politique/france/sommet-ia.html",
    ]


def test_json_ld_cannot_be_broken_out_of(client, site):
    Article.objects.filter(pk=site.pk).update(title="</script><script>alert(1)</script> & co")
    soup = page(client, site.get_absolute_url())
    html = str(soup.find("script", type="application/ld+json"))
    assert "</script><script>" not in html
    assert json_ld(soup)["NewsArticle"]["headline"].startswith("</script><script>alert(1)")


def test_article_without_cover_shares_the_sites_own_card(client, site):
    article = ArticleFactory(category=site.category, slug="sans-image")
    soup = page(client, article.get_absolute_url())
    assert meta(soup, "og:image").endswith("/static/img/share-default.png")
    assert meta(soup, "og:image:width") == "1200" and meta(soup, "og:image:height") == "630"
    assert meta(soup, "twitter:card") == "summary_large_image"
    image = json_ld(soup)["NewsArticle"]["image"][0]
    assert image["url"].endswith("/static/img/share-default.png") and image["width"] == 1200


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("/politique/france/", "France"),
        ("/auteur/david-bensoussan/", "David Bensoussan"),
        ("/tag/ia/", "IA"),
    ],
)
def test_listings_are_collection_pages_of_their_articles(client, site, url, name):
    collection = json_ld(page(client, url))["CollectionPage"]
    assert collection["name"] == name
    assert collection["url"] == f"http://testserver{url}"
    items = collection["mainEntity"]["itemListElement"]
    assert items == [
        {
            "@type": "ListItem",
            "position": 1,
            "url": "http://testserver/politique/france/sommet-ia.html",
            "name": "Investissements en milliards",
        }
    ]
    crumbs = collection["breadcrumb"]["itemListElement"]
    assert crumbs[0]["name"] == "Accueil" and crumbs[-1]["item"] == f"http://testserver{url}"


def test_collection_positions_continue_on_later_pages(client, site):
    for n in range(25):
        ArticleFactory(category=site.category, slug=f"autre-{n}")
    collection = json_ld(page(client, "/politique/france/?page=2"))["CollectionPage"]
    positions = [item["position"] for item in collection["mainEntity"]["itemListElement"]]
    assert positions == list(range(21, 27))
    assert collection["mainEntity"]["numberOfItems"] == 26


def test_static_page_description_is_its_text_without_markup(client):
    FlatPage.objects.create(
        url="/mentions-legales/",
        title="Mentions légales",
        content='<p>Éditeur : "42mag".</p><script>alert(1)</script>',
    ).sites.add(1)
    soup = page(client, "/mentions-legales/")
    assert meta(soup, "description") == 'Éditeur : "42mag".'


# Editors' redirects


def test_redirect_added_by_an_editor_in_the_admin_answers_301(client, django_user_model):
    from django.contrib.auth.models import Group

    from articles.roles import EDITOR, setup_roles

    setup_roles()
    editor = django_user_model.objects.create_user("redaction", password="x", is_staff=True)
    editor.groups.add(Group.objects.get(name=EDITOR))
    client.force_login(editor)
    response = client.post(
        "/admin/redirects/redirect/add/",
        {"site": 1, "old_path": "/ancienne-rubrique/", "new_path": "/politique/"},
    )
    assert response.status_code == 302, response.content.decode()[:500]
    assert Redirect.objects.filter(old_path="/ancienne-rubrique/").exists()
    client.logout()

    response = client.get("/ancienne-rubrique/")
    assert response.status_code == 301
    assert response["Location"] == "/politique/"
