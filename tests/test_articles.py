import datetime

import pytest
from django.utils import timezone

from articles.models import Article
from tests.factories import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db


def test_body_is_sanitised_on_save():
    article = ArticleFactory(
        body=(
            '<p onclick="steal()">Texte <a href="javascript:alert(1)">lien</a></p>'
            "<script>alert('x')</script><style>body{display:none}</style>"
            '<p style="color:red">Suite <a href="https://example.org">source</a></p>'
        )
    )
    article.refresh_from_db()
    assert "script" not in article.body
    assert "onclick" not in article.body
    assert "javascript:" not in article.body
    assert "style" not in article.body
    assert '<a href="https://example.org" rel="noopener noreferrer">source</a>' in article.body


def test_headings_get_stable_anchors_and_a_table_of_contents():
    article = ArticleFactory(
        body=(
            "<h2>Un Sommet Marathon pour l’IA</h2><p>a</p>"
            '<h3 id="x">Détail</h3><p>b</p><h2>Un Sommet Marathon pour l’IA</h2>'
        )
    )
    assert article.toc == [
        {"level": 2, "id": "un-sommet-marathon-pour-lia", "title": "Un Sommet Marathon pour l’IA"},
        {"level": 3, "id": "detail", "title": "Détail"},
        {
            "level": 2,
            "id": "un-sommet-marathon-pour-lia-2",
            "title": "Un Sommet Marathon pour l’IA",
        },
    ]
    assert '<h2 id="un-sommet-marathon-pour-lia">' in article.body
    assert '<h3 id="detail">' in article.body

    article.save()  # saving again keeps the same anchors
    assert article.toc[0]["id"] == "un-sommet-marathon-pour-lia"


def test_excerpt_and_reading_time_are_derived():
    words = " ".join(["mot"] * 700)
    article = ArticleFactory(standfirst="", body=f"<p>{words}</p>")
    assert article.reading_time == 4  # 700 words at 230 a minute
    assert article.excerpt.startswith("mot mot")
    assert len(article.excerpt) <= 160


def test_publishing_without_a_date_sets_it():
    article = ArticleFactory(status=Article.Status.PUBLISHED, published_at=None)
    assert article.published_at is not None
    assert article.is_published


def test_drafts_review_and_scheduled_articles_are_not_published():
    now = timezone.now()
    visible = ArticleFactory(published_at=now - datetime.timedelta(minutes=1))
    ArticleFactory(status=Article.Status.DRAFT)
    ArticleFactory(status=Article.Status.REVIEW)
    scheduled = ArticleFactory(published_at=now + datetime.timedelta(minutes=5))

    assert list(Article.objects.published()) == [visible]
    assert scheduled.is_scheduled
    assert not scheduled.is_published


def test_scheduled_article_appears_at_its_time(monkeypatch):
    at = timezone.now() + datetime.timedelta(hours=2)
    article = ArticleFactory(published_at=at)
    assert article not in Article.objects.published()

    monkeypatch.setattr(timezone, "now", lambda: at + datetime.timedelta(seconds=1))
    assert article in Article.objects.published()


def test_in_category_includes_descendants_at_any_depth():
    politique = CategoryFactory(slug="politique")
    france = CategoryFactory(slug="france", parent=politique)
    paris = CategoryFactory(slug="paris", parent=france)
    politique_bis = CategoryFactory(slug="politique-bis")  # shares a prefix, not a parent
    in_root = ArticleFactory(category=politique)
    in_child = ArticleFactory(category=france)
    in_grandchild = ArticleFactory(category=paris)
    ArticleFactory(category=politique_bis)

    assert set(Article.objects.in_category(politique)) == {in_root, in_child, in_grandchild}
    assert set(Article.objects.in_category(france)) == {in_child, in_grandchild}


def test_for_listing_orders_newest_first_and_skips_the_body():
    older = ArticleFactory(published_at=timezone.now() - datetime.timedelta(days=2))
    newer = ArticleFactory(published_at=timezone.now() - datetime.timedelta(days=1))
    listed = list(Article.objects.published().for_listing())
    assert listed == [newer, older]
    assert "body" in listed[0].get_deferred_fields()


def test_rating_average_is_rounded_to_one_decimal():
    article = ArticleFactory()
    assert article.rating_average is None
    article.rating_count, article.rating_sum = 3, 13
    assert article.rating_average == 4.3


def test_article_url_contains_its_category_path():
    france = CategoryFactory(slug="france", parent=CategoryFactory(slug="politique"))
    article = ArticleFactory(category=france, slug="sommet-ia")
    assert article.get_absolute_url() == "/politique/france/sommet-ia.html"
