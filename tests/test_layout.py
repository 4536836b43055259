"""The layout every page shares, and its accessibility basics."""

import datetime
import re
import zoneinfo

import pytest
from bs4 import BeautifulSoup
from django.test import RequestFactory

from categories.models import Menu, MenuItem
from tests.factories import ArticleFactory, CategoryFactory, image_file

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


@pytest.fixture
def site_content():
    politique = CategoryFactory(name="Politique", slug="politique")
    france = CategoryFactory(name="France", slug="france", parent=politique)
    header = Menu.objects.create(location=Menu.Location.HEADER)
    top = MenuItem.objects.create(menu=header, category=politique, label="Politique", position=1)
    MenuItem.objects.create(menu=header, parent=top, category=france, label="France")
    topbar = Menu.objects.create(location=Menu.Location.TOP_BAR)
    MenuItem.objects.create(menu=topbar, label="Accueil", url="/")
    legal = Menu.objects.create(location=Menu.Location.LEGAL)
    MenuItem.objects.create(menu=legal, label="Mentions légales", url="/mentions-legales/")
    social = Menu.objects.create(location=Menu.Location.SOCIAL)
    MenuItem.objects.create(menu=social, label="RSS", url="/feed/")
    ArticleFactory(
        title="À la une du jour",
        featured=True,
        category=france,
        cover=image_file(),
        cover_alt="Une salle de conférence",
        tags=["ia"],
    )
    return france


PAGES = ["/", "/politique/", "/derniers-articles/", "/a-la-une/", "/tag/ia/", "/recherche/?q=une"]


def test_top_bar_shows_the_date_and_time_in_french(client, site_content, monkeypatch):
    from django.utils import timezone

    moment = datetime.datetime(2025, 8, 26, 18, 20, tzinfo=zoneinfo.ZoneInfo("Europe/Paris"))
    monkeypatch.setattr(timezone, "now", lambda: moment)
    html = client.get("/").content.decode()
    assert "mardi 26 août - 18 h 20 min" in html


@pytest.mark.parametrize("url", PAGES)
def test_every_page_has_the_shared_layout(client, site_content, url):
    page = soup(client.get(url))
    assert page.html["lang"] == "fr"
    for landmark in ("header", "nav", "main", "aside", "footer"):
        assert page.find(landmark) is not None, landmark
    skip = page.find("a", string=re.compile("Aller au contenu"))
    assert skip is not None and page.find(id=skip["href"].lstrip("#")) is not None
    body = " ".join(page.get_text(" ").split())
    for words in ("Contribuer", "Newsletter", "Derniers articles", "À la une", "Mentions légales"):
        assert words in body, words
    assert "Taper un ou plusieurs mots puis appuyer sur Entrer pour lancer la recherche." in body
    assert re.search(r"© \d{4} 42mag\.fr", body)
    header_links = {a["href"] for a in page.find("header").find_all("a", href=True)}
    assert {"/politique/", "/politique/france/"} <= header_links


@pytest.mark.parametrize("url", [*PAGES, "ARTICLE"])
def test_every_page_has_one_h1_and_headings_in_order(client, site_content, url):
    if url == "ARTICLE":
        url = site_content.articles.get().get_absolute_url()
    page = soup(client.get(url))
    levels = [int(h.name[1]) for h in page.find_all(re.compile(r"^h[1-6]$"))]
    assert levels.count(1) == 1
    previous = 1
    for level in levels[levels.index(1) + 1 :]:
        assert level <= previous + 1, levels
        previous = level


@pytest.mark.parametrize("url", [*PAGES, "ARTICLE"])
def test_form_fields_have_labels_and_images_have_size_and_alt(client, site_content, url):
    if url == "ARTICLE":
        url = site_content.articles.get().get_absolute_url()
    page = soup(client.get(url))
    for field in page.find_all(["input", "select", "textarea"]):
        if field.get("type") in {"hidden", "submit", "button"}:
            continue
        labelled = field.get("aria-label") or (
            field.get("id") and page.find("label", attrs={"for": field["id"]})
        )
        assert labelled, field
    for image in page.find_all("img"):
        assert image.get("width") and image.get("height") and image.has_attr("alt"), image


def test_security_headers_are_sent(client, site_content):
    response = client.get("/")
    policy = response["Content-Security-Policy"]
    assert "unsafe-inline" not in policy
    assert "object-src 'none'" in policy and "base-uri 'none'" in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_pages_have_no_inline_script_or_style(client, site_content):
    page = soup(client.get(site_content.articles.get().get_absolute_url()))
    # JSON-LD blocks are data, never run: the CSP's script-src does not apply to them.
    code = [s for s in page.find_all("script") if s.get("type") != "application/ld+json"]
    assert all(script.get("src") for script in code)
    assert not page.find_all("style")
    assert not page.find_all(style=True)


def test_404_page_uses_the_layout(client, site_content):
    response = client.get("/nulle-part/")
    assert response.status_code == 404
    page = soup(response)
    assert "introuvable" in page.find("h1").get_text().lower()
    assert page.find("footer") is not None


def test_500_page_needs_no_database(django_assert_num_queries):
    from webzine.views import server_error

    with django_assert_num_queries(0):
        response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    page = BeautifulSoup(response.content.decode(), "html.parser")
    assert page.html["lang"] == "fr"
    assert page.find("h1") is not None


def test_healthz_answers_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"
