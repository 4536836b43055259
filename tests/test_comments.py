import datetime

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.utils import timezone

from articles.antispam import sign_timestamp
from articles.models import Article, Comment
from tests.factories import ArticleFactory, AuthorFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def article():
    return ArticleFactory(author=AuthorFactory(email="auteur@example.org"))


def post(client, article, timestamp, address="10.0.0.1", **fields):
    data = {
        "name": "Jeanne",
        "email": "jeanne@example.org",
        "website": "",
        "body": "Très bon article, merci.",
        "telephone": "",
        "timestamp": timestamp,
        **fields,
    }
    return client.post(f"/article/{article.pk}/commenter/", data, REMOTE_ADDR=address)


def approve_one_from(email, article):
    comment = Comment.objects.create(
        article=article, name="Jeanne", email=email, body="Premier", sender_hash="x"
    )
    comment.approve()
    Comment.objects.filter(pk=comment.pk).update(
        created_at=timezone.now() - datetime.timedelta(hours=1)
    )
    return comment


def test_first_comment_of_an_email_waits_for_moderation(client, article, form_timestamp):
    response = post(client, article, form_timestamp)
    assert response.status_code == 302
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    page = client.get(response["Location"]).content.decode()
    assert "Votre commentaire est en attente de modération" in page
    assert "Très bon article, merci." not in page  # not shown until approved


def test_author_is_emailed_when_a_comment_waits(client, article, form_timestamp):
    post(client, article, form_timestamp)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["auteur@example.org"]
    assert "Très bon article" in mail.outbox[0].body


def test_comment_from_a_known_email_is_published_at_once(client, article, form_timestamp):
    approve_one_from("jeanne@example.org", article)
    post(client, article, form_timestamp, email="JEANNE@example.org")
    comment = Comment.objects.latest("pk")
    assert comment.status == Comment.Status.APPROVED
    assert Article.objects.get(pk=article.pk).comment_count == 2
    assert mail.outbox == []


def test_comment_with_two_links_is_held_even_from_a_known_email(client, article, form_timestamp):
    approve_one_from("jeanne@example.org", article)
    post(client, article, form_timestamp, body="Voir https://a.example et www.b.example")
    assert Comment.objects.latest("pk").status == Comment.Status.PENDING


def test_approved_comments_are_shown_escaped_with_links_and_no_email(client, article):
    comment = Comment.objects.create(
        article=article,
        name="<b>Paul</b>",
        email="paul@example.org",
        body="Ligne 1\nLigne 2 <script>alert(1)</script> https://example.org",
        sender_hash="x",
    )
    comment.approve()
    html = client.get(article.get_absolute_url()).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)" not in html
    assert "&lt;b&gt;Paul&lt;/b&gt;" in html
    assert "paul@example.org" not in html
    assert 'rel="nofollow ugc noopener"' in html
    assert "Ligne 1<br>Ligne 2" in html


def test_replies_nest_five_levels_then_attach_to_the_deepest(client, article, form_timestamp):
    parent = approve_one_from("jeanne@example.org", article)
    for level in range(2, 8):
        post(client, article, form_timestamp, parent=parent.pk, address=f"10.0.1.{level}")
        reply = Comment.objects.latest("pk")
        assert reply.status == Comment.Status.APPROVED
        assert reply.depth == min(level, 5)
        parent = reply


def test_reply_to_a_comment_of_another_article_is_refused(client, article, form_timestamp):
    other = approve_one_from("x@example.org", ArticleFactory())
    response = post(client, article, form_timestamp, parent=other.pk)
    assert response.status_code == 400
    assert "introuvable" in response.content.decode()


def test_a_second_comment_within_15_seconds_is_refused_with_429(client, article, form_timestamp):
    post(client, article, form_timestamp)
    response = post(client, article, form_timestamp, body="Encore moi")
    assert response.status_code == 429
    html = response.content.decode()
    assert "patientez 15 secondes" in html
    assert "Encore moi" in html  # what was typed is kept
    assert Comment.objects.count() == 1


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"body": ""}, "Écrivez votre commentaire."),
        ({"body": "a"}, "au moins 2 caractères"),
        ({"body": "x" * 5001}, "5000"),
        ({"name": ""}, "Indiquez votre nom."),
        ({"name": "n" * 101}, "100"),
        ({"email": "pas-une-adresse"}, "adresse e-mail valide"),
        ({"website": "javascript:alert(1)"}, "URL"),
        ({"telephone": "0600000000"}, "doit rester vide"),
    ],
)
def test_bad_comment_is_refused_and_what_was_typed_is_kept(
    client, article, form_timestamp, fields, message
):
    response = post(client, article, form_timestamp, **{"body": "Mon texte à garder", **fields})
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert Comment.objects.count() == 0
    if "body" not in fields:
        assert "Mon texte à garder" in html


def test_too_fast_stale_or_forged_timestamps_are_refused(client, article):
    import time

    for timestamp, message in [
        (sign_timestamp(), "trop rapide"),
        (sign_timestamp(time.time() - 2 * 24 * 3600), "expiré"),
        ("forged:token", "invalide"),
    ]:
        response = post(client, article, timestamp)
        assert response.status_code == 400
        assert message in response.content.decode()
    assert Comment.objects.count() == 0


def test_comments_closed_means_no_form_and_a_post_is_403(client, form_timestamp):
    article = ArticleFactory(comments_open=False)
    page = BeautifulSoup(client.get(article.get_absolute_url()).content.decode(), "html.parser")
    assert page.find("textarea", attrs={"name": "body"}) is None
    response = post(client, article, form_timestamp)
    assert response.status_code == 403
    assert "fermés" in response.content.decode()
    assert Comment.objects.count() == 0


def test_comment_on_unpublished_article_is_404(client, form_timestamp):
    article = ArticleFactory(status=Article.Status.DRAFT)
    assert post(client, article, form_timestamp).status_code == 404


def test_get_on_the_comment_endpoint_is_405(client, article):
    response = client.get(f"/article/{article.pk}/commenter/")
    assert response.status_code == 405
    assert "POST" in response.content.decode()


def test_missing_csrf_token_is_refused_in_french(article, form_timestamp):
    from django.test import Client

    response = post(Client(enforce_csrf_checks=True), article, form_timestamp)
    assert response.status_code == 403
    assert "formulaire" in response.content.decode().lower()
    assert Comment.objects.count() == 0


def test_json_post_answers_in_place(client, article, form_timestamp):
    response = client.post(
        f"/article/{article.pk}/commenter/",
        {"name": "Jeanne", "email": "j@example.org", "body": "", "timestamp": form_timestamp},
        HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 400
    assert response.json()["errors"]["body"][0]["message"] == "Écrivez votre commentaire."


def test_article_page_with_500_comments_stays_within_budget(
    client, article, django_assert_max_num_queries
):
    Comment.objects.bulk_create(
        Comment(
            article=article,
            name=f"L{n}",
            email="l@example.org",
            body=f"Avis {n}",
            status=Comment.Status.APPROVED,
            sender_hash="x",
        )  # fmt: skip
        for n in range(500)
    )
    with django_assert_max_num_queries(10):
        response = client.get(article.get_absolute_url())
    assert "Avis 499" in response.content.decode()
