"""An editor writes, files and publishes an article, and edits the category tree and menus."""

import pytest

from articles.models import Article, Comment
from categories.models import Category, Menu, MenuItem
from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory

pytestmark = pytest.mark.django_db


def test_editor_writes_and_publishes_an_article_from_the_admin(admin_client, client):
    from taggit.models import Tag

    tags = [Tag.objects.create(name=name, slug=name) for name in ("politique", "admin")]
    france = CategoryFactory(name="France", slug="france", parent=CategoryFactory(slug="politique"))
    author = AuthorFactory()
    response = admin_client.post(
        "/admin/articles/article/add/",
        {
            "title": "Un article écrit dans l’admin",
            "slug": "ecrit-dans-l-admin",
            "standfirst": "Le chapô.",
            "body": "<h2>Première partie</h2><p>Texte <script>alert(1)</script></p>",
            "category": france.pk,
            "tags": [tag.pk for tag in tags],
            "author": author.pk,
            "status": "published",
            "published_at_0": "",
            "published_at_1": "",
            "comments_open": "on",
            "cover_alt": "",
            "cover_caption": "",
            "cover_credit": "",
            "seo_title": "",
            "seo_description": "",
        },
    )
    assert response.status_code == 302, response.context["adminform"].errors
    article = Article.objects.get(slug="ecrit-dans-l-admin")
    assert article.published_at is not None
    assert "script" not in article.body
    assert sorted(article.tags.names()) == ["admin", "politique"]
    page = client.get("/politique/france/ecrit-dans-l-admin.html")
    assert page.status_code == 200
    assert "Première partie" in page.content.decode()


def test_editor_moves_a_category_and_its_articles_follow(admin_client, client):
    politique = CategoryFactory(name="Politique", slug="politique")
    monde = CategoryFactory(name="Monde", slug="monde")
    france = CategoryFactory(name="France", slug="france", parent=politique)
    article = ArticleFactory(category=france, slug="sommet")
    response = admin_client.post(
        f"/admin/categories/category/{france.pk}/change/",
        {
            "name": "France",
            "slug": "france",
            "parent": monde.pk,
            "position": 1,
            "description": "",
            "seo_description": "",
        },  # fmt: skip
    )
    assert response.status_code == 302
    assert Category.objects.get(pk=france.pk).path == "monde/france"
    assert client.get("/politique/france/sommet.html")["Location"] == "/monde/france/sommet.html"
    article.refresh_from_db()
    assert client.get(article.get_absolute_url()).status_code == 200


def test_editor_renames_and_hides_menu_entries(admin_client, client):
    header = Menu.objects.create(location="header")
    culture = MenuItem.objects.create(menu=header, label="Culture", url="/culture/", position=1)
    sport = MenuItem.objects.create(menu=header, label="Sport", url="/sport/", position=2)
    client.get("/")  # the menus are now cached
    form = {
        "location": "header",
        "items-TOTAL_FORMS": 2, "items-INITIAL_FORMS": 2, "items-MIN_NUM_FORMS": 0,
        "items-MAX_NUM_FORMS": 1000,
        "items-0-id": culture.pk, "items-0-menu": header.pk, "items-0-label": "Cultures",
        "items-0-url": "/culture/", "items-0-position": 2, "items-0-visible": "on",
        "items-1-id": sport.pk, "items-1-menu": header.pk, "items-1-label": "Sport",
        "items-1-url": "/sport/", "items-1-position": 1,
    }  # fmt: skip
    response = admin_client.post(f"/admin/categories/menu/{header.pk}/change/", form)
    assert response.status_code == 302
    nav = client.get("/").content.decode()
    assert "Cultures" in nav
    assert ">Sport<" not in nav


def test_approving_a_comment_in_the_admin_counts_it(admin_client):
    article = ArticleFactory()
    comment = Comment.objects.create(
        article=article, name="Ana", email="a@example.org", body="Bravo", sender_hash="x"
    )
    admin_client.post(
        "/admin/articles/comment/",
        {"action": "approve", "_selected_action": [comment.pk]},
    )
    assert Comment.objects.get().status == Comment.Status.APPROVED
    assert Article.objects.get(pk=article.pk).comment_count == 1
    admin_client.post(
        "/admin/articles/comment/", {"action": "mark_spam", "_selected_action": [comment.pk]}
    )
    assert Article.objects.get(pk=article.pk).comment_count == 0


def test_a_category_slug_must_be_lowercase(admin_client):
    response = admin_client.post(
        "/admin/categories/category/add/",
        {
            "name": "High Tech",
            "slug": "High-Tech",
            "position": 0,
            "description": "",
            "seo_description": "",
        },
    )
    assert response.status_code == 200
    assert "Minuscules sans accent" in response.content.decode()
    assert not Category.objects.filter(name="High Tech").exists()


def test_menu_admin_reads_choices_once(admin_client, django_assert_max_num_queries):
    header = Menu.objects.create(location="header")
    for n in range(25):
        MenuItem.objects.create(menu=header, label=f"Entrée {n}", url=f"/e{n}/", position=n)
    with django_assert_max_num_queries(20):
        assert admin_client.get(f"/admin/categories/menu/{header.pk}/change/").status_code == 200
