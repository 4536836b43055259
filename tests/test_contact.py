import pytest
from django.core import mail

from webzine.models import ContactMessage, OutgoingEmail

pytestmark = pytest.mark.django_db


def send(client, form_timestamp, address="10.0.0.1", **fields):
    data = {
        "name": "Lucie",
        "email": "lucie@example.org",
        "subject": "Une coquille",
        "message": "Bonjour, il y a une coquille dans l’article.",
        "timestamp": form_timestamp,
        **fields,
    }
    return client.post("/contact/", data, REMOTE_ADDR=address)


def test_message_is_stored_then_mailed_to_the_editors(client, form_timestamp, settings):
    settings.MANAGERS = [("Rédaction", "redac@example.org")]
    response = send(client, form_timestamp)
    assert response.status_code == 302
    assert ContactMessage.objects.get().subject == "Une coquille"
    assert mail.outbox[0].to == ["redac@example.org"]
    assert mail.outbox[0].reply_to == ["lucie@example.org"]
    assert "Merci, votre message a bien été transmis" in client.get("/contact/").content.decode()


def test_a_mail_failure_loses_nothing_and_shows_no_error(client, form_timestamp, settings):
    settings.MAIL_DELIVERY_BACKEND = "tests.test_contact.BrokenBackend"
    response = send(client, form_timestamp)
    assert response.status_code == 302
    assert ContactMessage.objects.count() == 1
    outgoing = OutgoingEmail.objects.get()
    assert outgoing.status == OutgoingEmail.Status.FAILED
    assert "SMTP indisponible" in outgoing.last_error


class BrokenBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("SMTP indisponible")


def test_header_injection_in_the_subject_is_flattened(client, form_timestamp):
    send(client, form_timestamp, subject="Bonjour\r\nBcc: victime@example.org")
    assert ContactMessage.objects.get().subject == "Bonjour Bcc: victime@example.org"
    assert mail.outbox[0].bcc == []
    assert "\n" not in mail.outbox[0].subject


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"name": ""}, "Indiquez votre nom."),
        ({"email": "x"}, "adresse e-mail valide"),
        ({"subject": "   "}, "Indiquez l’objet"),
        ({"message": ""}, "Écrivez votre message."),
        ({"message": "m" * 5001}, "5000"),
        ({"telephone": "123"}, "doit rester vide"),
    ],
)
def test_bad_contact_input_is_refused_and_kept(client, form_timestamp, fields, message):
    response = send(client, form_timestamp, **{"message": "Texte gardé", **fields})
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    if "message" not in fields:
        assert "Texte gardé" in html
    assert ContactMessage.objects.count() == 0


def test_second_message_within_15_seconds_is_429(client, form_timestamp):
    send(client, form_timestamp)
    response = send(client, form_timestamp, message="Deuxième")
    assert response.status_code == 429
    assert "Deuxième" in response.content.decode()
    assert ContactMessage.objects.count() == 1


def test_a_huge_body_is_413(client):
    response = client.post("/contact/", {"message": "x" * 3_000_000})
    assert response.status_code == 413
    assert "trop" in response.content.decode().lower()
