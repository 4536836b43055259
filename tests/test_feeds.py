"""RSS feeds, sitemaps and robots.txt, parsed as the programs that read them do."""

import datetime
import email.utils
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from articles.models import Article
from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory, image_file

pytestmark = pytest.mark.django_db

CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


def channel(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)
    assert root.tag == "rss" and root.get("version") == "2.0"
    return root.find("channel")


def titles(feed):
    return [item.findtext("title") for item in feed.findall("item")]


@pytest.fixture
def france():
    politique = CategoryFactory(name="Politique", slug="politique")
    return CategoryFactory(name="France", slug="france", parent=politique)


# Feeds


def test_main_feed_is_valid_rss_with_full_text_and_cover(client, france):
    article = ArticleFactory(
        title="Sommet IA",
        category=france,
        body='<p>Texte <a href="/politique/">intégral</a>.</p><img src="/media/x.jpg" alt="">',
        cover=image_file(),
        tags=["IA"],
    )
    feed = channel(client, "/feed/")

    for required in ("title", "link", "description"):
        assert feed.findtext(required)
    assert feed.findtext("language") == "fr"
    item = feed.find("item")
    assert item.findtext("title") == "Sommet IA"
    assert item.findtext("link").endswith(article.get_absolute_url())
    assert item.findtext("guid") and item.find("guid").get("isPermaLink") == "false"
    published = email.utils.parsedate_to_datetime(item.findtext("pubDate"))  # RFC 822
    assert abs(published - article.published_at) < datetime.timedelta(seconds=1)
    full_text = item.findtext(CONTENT)
    assert 'href="http://testserver/politique/"' in full_text
    assert 'src="http://testserver/media/x.jpg"' in full_text
    enclosure = item.find("enclosure")
    assert enclosure.get("url").startswith("http://testserver/media/covers/")
    assert int(enclosure.get("length")) == article.cover.size > 0
    assert enclosure.get("type") == "image/jpeg"
    assert {c.text for c in item.findall("category")} == {"France", "IA"}


def test_main_feed_holds_the_latest_thirty_published_articles(client, france):
    for n in range(32):
        ArticleFactory(category=france, title=f"Article {n}")
    ArticleFactory(category=france, title="Brouillon", status=Article.Status.DRAFT)
    ArticleFactory(
        category=france,
        title="Programmé",
        published_at=timezone.now() + datetime.timedelta(hours=1),
    )
    found = titles(channel(client, "/feed/"))
    assert len(found) == 30
    assert found[0] == "Article 0"  # the factory publishes each one a minute before the last
    assert "Brouillon" not in found and "Programmé" not in found


def test_article_without_cover_has_no_enclosure(client, france):
    ArticleFactory(category=france)
    assert channel(client, "/feed/").find("item/enclosure") is None


def test_category_feed_holds_its_subtree_only(client, france):
    ArticleFactory(category=france, title="En France")
    ArticleFactory(category=france.parent, title="En politique")
    ArticleFactory(category=CategoryFactory(slug="culture"), title="Ailleurs")
    feed = channel(client, "/feed/rubrique/politique/")
    assert sorted(titles(feed)) == ["En France", "En politique"]
    assert feed.findtext("link").endswith("/politique/")
    assert titles(channel(client, "/feed/rubrique/politique/france/")) == ["En France"]


def test_author_feed_holds_their_articles_only(client, france):
    author = AuthorFactory(name="Zoé", slug="zoe")
    ArticleFactory(category=france, author=author, title="De Zoé")
    ArticleFactory(category=france, title="D’un autre")
    assert titles(channel(client, "/feed/auteur/zoe/")) == ["De Zoé"]


def test_unknown_category_or_author_feed_is_404(client):
    assert client.get("/feed/rubrique/nulle-part/").status_code == 404
    assert client.get("/feed/auteur/personne/").status_code == 404


def test_feeds_are_linked_from_the_head_and_the_rss_icon(client, france):
    author = AuthorFactory(slug="zoe")
    ArticleFactory(category=france, author=author)
    home = client.get("/").content.decode()
    assert 'type="application/rss+xml" href="/feed/"' in home
    category_page = client.get("/politique/france/").content.decode()
    assert 'href="/feed/rubrique/politique/france/"' in category_page
    assert 'href="/feed/auteur/zoe/"' in client.get("/auteur/zoe/").content.decode()


# Sitemaps


def parse_sitemap(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return ET.fromstring(response.content)


def test_sitemap_index_lists_every_section_with_lastmod(client, france):
    from django.contrib.flatpages.models import FlatPage

    ArticleFactory(category=france, tags=["IA"])
    FlatPage.objects.create(url="/a-propos/", title="À propos").sites.add(1)
    index = parse_sitemap(client, "/sitemap.xml")
    assert index.tag == f"{SITEMAP}sitemapindex"
    locations = [s.findtext(f"{SITEMAP}loc") for s in index.findall(f"{SITEMAP}sitemap")]
    for section in ("articles", "rubriques", "auteurs", "tags", "pages"):
        assert any(loc.endswith(f"/sitemap-{section}.xml") for loc in locations), section
    assert all(s.findtext(f"{SITEMAP}lastmod") for s in index.findall(f"{SITEMAP}sitemap"))


def test_sitemap_sections_list_published_pages_with_lastmod(client, france):
    from django.contrib.flatpages.models import FlatPage

    article = ArticleFactory(category=france, tags=["IA"], author=AuthorFactory(slug="zoe"))
    ArticleFactory(category=france, status=Article.Status.DRAFT, slug="brouillon")
    FlatPage.objects.create(url="/a-propos/", title="À propos").sites.add(1)
    expected = {
        "articles": [article.get_absolute_url()],
        "rubriques": ["/politique/", "/politique/france/"],
        "auteurs": ["/auteur/zoe/"],
        "tags": ["/tag/ia/"],
        "pages": ["/", "/derniers-articles/", "/a-la-une/", "/a-propos/"],
    }
    for section, paths in expected.items():
        urlset = parse_sitemap(client, f"/sitemap-{section}.xml")
        urls = urlset.findall(f"{SITEMAP}url")
        locations = [url.findtext(f"{SITEMAP}loc") for url in urls]
        assert sorted(loc.split("example.com", 1)[1] for loc in locations) == sorted(paths)
        if section != "pages":
            assert all(url.findtext(f"{SITEMAP}lastmod") for url in urls), section


def test_article_sitemap_is_paged(client, france, monkeypatch):
    from webzine import sitemaps

    monkeypatch.setattr(sitemaps.ArticleSitemap, "limit", 2)
    for _ in range(5):
        ArticleFactory(category=france)
    index = parse_sitemap(client, "/sitemap.xml")
    pages = [
        s.findtext(f"{SITEMAP}loc")
        for s in index.findall(f"{SITEMAP}sitemap")
        if "sitemap-articles" in s.findtext(f"{SITEMAP}loc")
    ]
    assert len(pages) == 3 and pages[-1].endswith("?p=3")
    assert len(parse_sitemap(client, "/sitemap-articles.xml?p=3").findall(f"{SITEMAP}url")) == 1


def test_news_sitemap_holds_the_last_two_days_only(client, france):
    recent = ArticleFactory(category=france, title="Tout frais & chaud")
    ArticleFactory(category=france, published_at=timezone.now() - datetime.timedelta(days=3))
    urlset = parse_sitemap(client, "/sitemap-news.xml")
    urls = urlset.findall(f"{SITEMAP}url")
    assert len(urls) == 1
    assert urls[0].findtext(f"{SITEMAP}loc").endswith(recent.get_absolute_url())
    news = urls[0].find(f"{NEWS}news")
    assert news.findtext(f"{NEWS}title") == "Tout frais & chaud"
    assert news.findtext(f"{NEWS}publication/{NEWS}language") == "fr"
    assert news.findtext(f"{NEWS}publication/{NEWS}name")
    published = datetime.datetime.fromisoformat(news.findtext(f"{NEWS}publication_date"))
    assert abs(published - recent.published_at) < datetime.timedelta(seconds=1)


def test_news_sitemap_holds_at_most_a_thousand_articles(client, france, monkeypatch):
    from webzine import sitemaps

    monkeypatch.setattr(sitemaps, "NEWS_LIMIT", 3)
    for _ in range(5):
        ArticleFactory(category=france)
    assert len(parse_sitemap(client, "/sitemap-news.xml").findall(f"{SITEMAP}url")) == 3
    assert sitemaps.NewsSitemap.limit == 1000


def test_robots_txt_points_at_the_sitemaps_and_keeps_admin_and_search_out(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert "Disallow: /recherche/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Sitemap: http://testserver/sitemap-news.xml" in lines
