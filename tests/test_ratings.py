import threading

import pytest
from django.db import connection
from django.test import Client

from articles.models import Article, Rating
from articles.ratings import VOTER_COOKIE
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def vote(client, article, stars, address="10.0.0.1", **headers):
    return client.post(
        f"/article/{article.pk}/noter/", {"stars": stars}, REMOTE_ADDR=address, **headers
    )


def test_a_vote_updates_the_average_and_count(client):
    article = ArticleFactory()
    response = vote(client, article, 4)
    assert response.status_code == 302
    article.refresh_from_db()
    assert (article.rating_count, article.rating_sum) == (1, 4)
    assert VOTER_COOKIE in response.cookies
    page = client.get(response["Location"]).content.decode()
    assert "votre note de 4 étoiles est enregistrée" in page


def test_second_vote_replaces_the_first(client):
    article = ArticleFactory()
    vote(client, article, 2)
    vote(client, article, 5)
    article.refresh_from_db()
    assert (article.rating_count, article.rating_sum) == (1, 5)
    assert Rating.objects.get().stars == 5


def test_reader_sees_their_own_vote(client):
    article = ArticleFactory()
    vote(client, article, 3)
    response = client.get(article.get_absolute_url())
    assert response.context["my_vote"] == 3


def test_json_vote_returns_the_new_average(client):
    article = ArticleFactory()
    Client().post(f"/article/{article.pk}/noter/", {"stars": 5})
    response = vote(client, article, 2, HTTP_ACCEPT="application/json")
    assert response.json() == {
        "ok": True,
        "message": "Merci, votre note de 2 étoiles est enregistrée.",
        "stars": 2,
        "average": 3.5,
        "count": 2,
    }


@pytest.mark.parametrize("stars", ["0", "6", "abc", "", "3.5", "-1", "1e309", "NaN"])
def test_invalid_stars_are_refused_and_nothing_is_stored(client, stars):
    article = ArticleFactory()
    response = vote(client, article, stars)
    assert response.status_code == 400
    assert "Choisissez une note de 1 à 5 étoiles." in response.content.decode()
    assert Rating.objects.count() == 0
    assert Article.objects.get(pk=article.pk).rating_count == 0


def test_missing_stars_unknown_or_unpublished_article_and_get(client):
    article = ArticleFactory()
    assert client.post(f"/article/{article.pk}/noter/", {}).status_code == 400
    assert vote(client, type("A", (), {"pk": 999999})(), 3).status_code == 404
    draft = ArticleFactory(status=Article.Status.DRAFT)
    assert vote(client, draft, 3).status_code == 404
    assert client.get(f"/article/{article.pk}/noter/").status_code == 405
    assert Rating.objects.count() == 0


def test_one_address_is_capped_at_20_votes_an_hour_on_an_article():
    article = ArticleFactory()
    statuses = [vote(Client(), article, 5, address="10.9.9.9").status_code for _ in range(21)]
    assert statuses[:20] == [302] * 20
    assert statuses[20] == 429
    assert Article.objects.get(pk=article.pk).rating_count == 20
    # another address still votes
    assert vote(Client(), article, 5, address="10.9.9.8").status_code == 302


@pytest.mark.django_db(transaction=True)
def test_counters_stay_exact_under_concurrent_votes():
    article = ArticleFactory()
    voters = 24
    barrier = threading.Barrier(voters)
    errors = []

    def cast(n):
        try:
            barrier.wait(timeout=10)
            response = vote(Client(), article, n % 5 + 1, address=f"10.1.{n}.1")
            assert response.status_code == 302, response.status_code
        except Exception as error:  # collected for the main thread
            errors.append(error)
        finally:
            connection.close()  # this thread's own connection

    threads = [threading.Thread(target=cast, args=(n,)) for n in range(voters)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert errors == []
    article.refresh_from_db()
    assert article.rating_count == voters == Rating.objects.count()
    assert article.rating_sum == sum(n % 5 + 1 for n in range(voters))
