"""Every public form against the inputs SECURITY.md lists: a clear French refusal, never a 500."""

import pytest
from django.test import Client
from django.utils.html import escape

from articles.models import Comment
from tests.factories import ArticleFactory
from webzine.models import ContactMessage, Subscriber

pytestmark = pytest.mark.django_db


@pytest.fixture
def forms(form_timestamp):
    article = ArticleFactory()
    base = {"timestamp": form_timestamp, "telephone": ""}
    return {
        "comment": (
            f"/article/{article.pk}/commenter/",
            {**base, "name": "Léa", "email": "lea@example.org", "body": "Bien vu."},
            Comment,
        ),
        "contact": (
            "/contact/",
            {
                **base,
                "name": "Léa",
                "email": "lea@example.org",
                "subject": "Objet",
                "message": "Bonjour.",
            },
            ContactMessage,
        ),
        "newsletter": (
            "/newsletter/",
            {**base, "email": "lea@example.org", "consent": "on"},
            Subscriber,
        ),
    }


@pytest.mark.parametrize("form", ["comment", "contact", "newsletter"])
def test_missing_csrf_token_is_a_french_403_and_stores_nothing(forms, form):
    url, data, model = forms[form]
    response = Client(enforce_csrf_checks=True).post(url, data)
    assert response.status_code == 403
    assert "Formulaire expiré" in response.content.decode()
    assert model.objects.count() == 0


@pytest.mark.parametrize("form", ["comment", "contact", "newsletter"])
def test_nul_bytes_are_refused_not_a_500(client, forms, form):
    url, data, model = forms[form]
    field = "email" if form == "newsletter" else "name"
    response = client.post(url, {**data, field: "Lé\x00a"})
    assert response.status_code == 400
    assert model.objects.count() == 0


@pytest.mark.parametrize(
    "text",
    [
        "Cafe\u0301 cre\u0300me",  # NFD
        "\u202egnp.exe",  # right-to-left override
        "Ça marche 👍 — «&nbsp;bien&nbsp;»",
        "<img src=x onerror=alert(1)>",
        "'; DROP TABLE articles_comment; --",
    ],
)
def test_unicode_html_and_sql_are_stored_as_typed_and_shown_escaped(client, forms, text):
    url, data, _model = forms["comment"]
    Comment.objects.create(
        article_id=int(url.split("/")[2]), name="Léa", email="lea@example.org", body="Avant",
        sender_hash="y", status=Comment.Status.APPROVED,
    )  # fmt: skip
    response = client.post(url, {**data, "body": text})
    assert response.status_code == 302
    comment = Comment.objects.latest("pk")
    assert comment.body == text
    page = client.get(response["Location"]).content.decode()
    assert "<img src=x" not in page
    assert escape(text) in page


def test_html_in_a_contact_message_is_stored_as_text(client, forms):
    url, data, _model = forms["contact"]
    client.post(url, {**data, "message": "<script>alert(1)</script>"})
    assert ContactMessage.objects.get().message == "<script>alert(1)</script>"


def test_a_duplicate_comment_is_refused(client, forms):
    url, data, _model = forms["comment"]
    client.post(url, data)
    assert client.post(url, data).status_code == 429
    assert Comment.objects.count() == 1


@pytest.mark.parametrize("page", ["abc", "0", "-1", "99999999999999999999", "1e3", "%00"])
def test_hostile_page_numbers_are_404(client, page):
    ArticleFactory()
    assert client.get(f"/derniers-articles/?page={page}").status_code == 404


@pytest.mark.parametrize(
    "path", ["/../../etc/passwd/", "/politique/%2e%2e/", "/tag/%00/", "/auteur/<script>/"]
)
def test_path_traversal_and_odd_slugs_are_404(client, path):
    assert client.get(path).status_code == 404
