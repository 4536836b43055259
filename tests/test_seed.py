"""The demo content: the menus exactly as on the reference page, and a re-run that adds nothing."""

from pathlib import Path

import pytest
from django.contrib.flatpages.models import FlatPage
from django.core.management import call_command

from articles.models import Article, Author
from categories.models import Category, Menu, MenuItem
from categories.navigation import menus

pytestmark = pytest.mark.django_db
REFERENCE = (Path(__file__).parent / "data" / "42mag-article-page.txt").read_text()


def reference_header_menu():
    """The nested menu as the reference page prints it first: "  • X" and "    • Y" lines."""
    lines = REFERENCE.split("42mag.fr42mag.fr\n", 1)[1].splitlines()
    tree = []
    for line in lines:
        if line.startswith("  • "):
            tree.append((line[4:], []))
        elif line.startswith("    • "):
            tree[-1][1].append(line[6:])
        else:
            break
    return tree


def reference_footer_columns():
    block = REFERENCE.split("Protégé par Copyscape\nRSS Facebook X (Twitter) YouTube\n", 1)[1]
    columns = []
    for line in block.splitlines():
        if line.startswith("©"):
            break
        if line.startswith("  • "):
            columns[-1][1].append(line[4:])
        else:
            columns.append((line, []))
    return columns


def as_tree(items):
    return [(item.title, [sub.title for sub in item.subitems]) for item in items]


@pytest.fixture
def seeded():
    call_command("seed_demo", articles=30, verbosity=0)


def test_header_menu_matches_the_reference_exactly(seeded):
    expected = reference_header_menu()
    assert [name for name, _ in expected][:3] == ["À la une", "Actualités", "Politique"]
    assert as_tree(menus()["header"]) == expected


def test_top_bar_footer_legal_and_social_links_match_the_reference(seeded):
    assert [item.title for item in menus()["topbar"]] == ["Accueil", "Qui sommes-nous ?", "Contact"]
    assert as_tree(menus()["footer"]) == reference_footer_columns()
    assert [item.title for item in menus()["legal"]] == ["À propos", "Mentions légales", "Contact"]
    assert [item.title for item in menus()["social"]] == [
        "RSS",
        "Facebook",
        "X (Twitter)",
        "YouTube",
    ]


def test_every_header_entry_leads_to_a_page(seeded, client):
    for item in menus()["header"]:
        for entry in [item, *item.subitems]:
            assert client.get(entry.href).status_code == 200, entry.href
    for item in menus()["topbar"] + menus()["legal"]:
        if item.href != "/contact/":
            assert client.get(item.href).status_code == 200, item.href


def test_reference_article_author_and_static_pages(seeded, client):
    article = Article.objects.get(
        slug="investissements-en-milliards-ia-ouverte-resumes-du-sommet-ia-a-paris"
    )
    assert article.category.path == "politique/france"
    assert article.author.name == "David Bensoussan"
    assert article.published_at.date().isoformat() == "2025-02-11"
    assert [entry["title"] for entry in article.toc] == [
        "Un Sommet Marathon pour l’Intelligence Artificielle",
        "Investissements Colossaux en France, Focus sur les Centres de Données",
        "200 Milliards d’Euros pour une IA Européenne Équilibrée",
        "Une Déclaration Internationale pour une IA Éthique mais Incomplète",
        "Un Partenariat pour une IA au Service de l’Intérêt Général",
    ]
    author = Author.objects.get(slug="david-bensoussan")
    assert author.bio.startswith("David Bensoussan est un entrepreneur français")
    assert author.website
    assert {page.url for page in FlatPage.objects.all()} >= {
        "/qui-sommes-nous/", "/a-propos/", "/mentions-legales/", "/contribuer/"
    }  # fmt: skip

    response = client.get(article.get_absolute_url())
    page = response.content.decode()
    for words in ("Article précédent", "Condamnation : 15 ans de prison", "Menaces et injures"):
        assert words in page
    assert len(response.context["related_articles"]) == 6


def test_generated_articles_cover_every_category_with_every_status(seeded):
    call_command("seed_demo", articles=300, verbosity=0)
    generated = Article.objects.all()
    assert {a.category_id for a in generated} >= set(
        Category.objects.filter(parent__isnull=False).values_list("pk", flat=True)
    )
    statuses = set(generated.values_list("status", flat=True))
    assert statuses == {Article.Status.DRAFT, Article.Status.REVIEW, Article.Status.PUBLISHED}
    assert any(a.is_scheduled for a in generated)
    assert generated.filter(featured=True).exists()
    assert all(a.cover and a.cover_alt for a in generated[:20])
    assert all(a.toc for a in generated[:20])


def test_running_it_twice_creates_no_duplicates(seeded):
    counts = (Article.objects.count(), Category.objects.count(), MenuItem.objects.count(),
              FlatPage.objects.count(), Author.objects.count())  # fmt: skip
    call_command("seed_demo", articles=30, verbosity=0)
    assert counts == (Article.objects.count(), Category.objects.count(), MenuItem.objects.count(),
                      FlatPage.objects.count(), Author.objects.count())  # fmt: skip
    call_command("seed_demo", articles=40, verbosity=0)
    assert Article.objects.count() == counts[0] + 10


def test_a_rerun_keeps_what_editors_changed(seeded):
    item = Menu.objects.get(location="header").items.get(label="Culture")
    item.label = "Cultures"
    item.save()
    page = FlatPage.objects.get(url="/a-propos/")
    page.content = "<p>Notre texte.</p>"
    page.save()

    call_command("seed_demo", articles=30, verbosity=0)

    assert MenuItem.objects.get(pk=item.pk).label == "Cultures"
    assert FlatPage.objects.get(url="/a-propos/").content == "<p>Notre texte.</p>"
