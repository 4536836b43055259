import re

import pytest
from django.core import mail
from django.test import Client

from webzine.models import Subscriber

pytestmark = pytest.mark.django_db
DONE = "Merci ! Si cette adresse n’est pas encore inscrite"


def signup(client, email, form_timestamp, address="10.0.0.1", **fields):
    data = {
        "email": email,
        "consent": "on",
        "source": "sidebar",
        "timestamp": form_timestamp,
        **fields,
    }
    return client.post("/newsletter/", data, REMOTE_ADDR=address, follow=True)


def link_in(message, kind):
    return re.search(rf"https?://[^\s\"<>]+/newsletter/{kind}/[^\s\"<>]+/", message.body).group(0)


def test_signup_sends_a_confirmation_and_the_link_confirms(client, form_timestamp):
    response = signup(client, " Lea@Example.org ", form_timestamp)
    assert DONE in response.content.decode()
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "lea@example.org"
    assert subscriber.status == Subscriber.Status.PENDING
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["lea@example.org"]
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message.extra_headers["List-Unsubscribe"].startswith("<http")

    path = link_in(message, "confirmer").split("8000", 1)[-1]
    page = client.get(path)
    assert page.status_code == 200
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED


def test_answer_is_the_same_for_new_pending_and_confirmed_addresses(client, form_timestamp):
    Subscriber.objects.create(email="deja@example.org", status=Subscriber.Status.CONFIRMED)
    Subscriber.objects.create(email="attente@example.org")
    answers = {
        signup(client, email, form_timestamp, address=f"10.0.0.{n}").content.decode().count(DONE)
        for n, email in enumerate(["neuf@example.org", "attente@example.org", "deja@example.org"])
    }
    assert answers == {1}
    # the confirmed address gets no second confirmation mail
    assert sorted(m.to[0] for m in mail.outbox) == ["attente@example.org", "neuf@example.org"]


def test_at_most_three_confirmation_mails_per_address(client, form_timestamp):
    for n in range(5):
        signup(client, "lea@example.org", form_timestamp, address=f"10.0.1.{n}")
    assert len(mail.outbox) == 3


def test_unsubscribe_from_the_mail_link_is_idempotent_and_resubscribing_works(
    client, form_timestamp
):
    signup(client, "lea@example.org", form_timestamp)
    Subscriber.objects.get().confirm()
    unsubscribe = link_in(mail.outbox[0], "desinscription").split("8000", 1)[-1]

    assert "Se désinscrire" in client.get(unsubscribe).content.decode()
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED  # a GET only asks
    csrfless = Client(enforce_csrf_checks=True)
    for _ in range(2):
        response = csrfless.post(unsubscribe, {"List-Unsubscribe": "One-Click"})
        assert response.status_code == 200
    assert Subscriber.objects.get().status == Subscriber.Status.UNSUBSCRIBED

    signup(client, "lea@example.org", form_timestamp, address="10.0.2.1")
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING
    assert len(mail.outbox) == 2


@pytest.mark.parametrize("token", ["abc", "x" * 300, "../../etc/passwd"])
def test_forged_links_are_refused(client, token):
    assert client.get(f"/newsletter/confirmer/{token}/").status_code in (400, 404)
    assert client.post(f"/newsletter/desinscription/{token}/").status_code in (400, 404)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"email": ""}, "Indiquez votre adresse e-mail."),
        ({"email": "pas-une-adresse"}, "adresse e-mail valide"),
        ({"email": "a" * 250 + "@example.org"}, "254"),
        ({"email": "<script>@x.org"}, "adresse e-mail valide"),
        ({"consent": ""}, "Cochez la case"),
    ],
)
def test_bad_signups_are_refused_with_a_message(client, form_timestamp, fields, message):
    data = {"email": "lea@example.org", "consent": "on", "timestamp": form_timestamp, **fields}
    if not data["consent"]:
        del data["consent"]
    response = client.post("/newsletter/", data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Subscriber.objects.count() == 0


def test_signups_from_one_sender_are_rate_limited(client, form_timestamp):
    statuses = [
        client.post(
            "/newsletter/",
            {"email": f"p{n}@example.org", "consent": "on", "timestamp": form_timestamp},
            REMOTE_ADDR="10.3.3.3",
        ).status_code
        for n in range(6)
    ]
    assert statuses == [302] * 5 + [429]
    assert Subscriber.objects.count() == 5


def test_editors_export_subscribers_as_csv(admin_client):
    Subscriber.objects.create(email="a@example.org", status=Subscriber.Status.CONFIRMED)
    Subscriber.objects.create(email="b@example.org")
    response = admin_client.post(
        "/admin/webzine/subscriber/",
        {
            "action": "export_csv",
            "_selected_action": list(Subscriber.objects.values_list("pk", flat=True)),
        },
    )
    body = response.content.decode()
    assert response["Content-Type"].startswith("text/csv")
    assert "a@example.org,Confirmé" in body and "b@example.org" in body
    filtered = admin_client.get("/admin/webzine/subscriber/?status__exact=confirmed")
    assert "a@example.org" in filtered.content.decode()
    assert "b@example.org" not in filtered.content.decode()
