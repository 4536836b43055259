"""Mail leaves through the queue: end to end with a real SMTP sink, the worker's
retries, and the newsletter digest surviving an interrupted run."""

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command
from django.db import connection

from tests.factories import ArticleFactory
from webzine.models import Delivery, NewsletterIssue, OutgoingEmail, Subscriber

ROOT = Path(__file__).resolve().parent.parent


class Sink:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope.content.decode("utf-8", "replace"))
        return "250 OK"


@pytest.fixture
def smtp(settings):
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sink = Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    settings.MAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
    yield sink
    controller.stop()


def decoded(raw):
    import email
    from email import policy

    message = email.message_from_string(raw, policy=policy.default)
    return message, message.get_body(("plain",)).get_content()


@pytest.mark.django_db
def test_signup_confirm_and_unsubscribe_through_a_real_smtp_server(client, smtp, form_timestamp):
    client.post(
        "/newsletter/", {"email": "lea@example.org", "consent": "on", "timestamp": form_timestamp}
    )
    assert len(smtp.messages) == 1
    message, text = decoded(smtp.messages[0])
    assert message["To"] == "lea@example.org"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    confirm = re.search(r"http://\S+/newsletter/confirmer/\S+/", text).group(0)
    assert client.get(confirm.split("8000", 1)[1]).status_code == 200
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED

    unsubscribe = message["List-Unsubscribe"].strip("<>").split("8000", 1)[1]
    assert client.post(unsubscribe, {"List-Unsubscribe": "One-Click"}).status_code == 200
    assert Subscriber.objects.get().status == Subscriber.Status.UNSUBSCRIBED
    assert OutgoingEmail.objects.get().status == OutgoingEmail.Status.SENT


@pytest.mark.django_db
def test_failed_send_is_recorded_and_sent_on_retry(client, settings, form_timestamp):
    settings.MAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    client.post(
        "/newsletter/", {"email": "lea@example.org", "consent": "on", "timestamp": form_timestamp}
    )
    outgoing = OutgoingEmail.objects.get()
    assert outgoing.status == OutgoingEmail.Status.FAILED
    assert outgoing.attempts == 1 and outgoing.last_error

    settings.MAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("retry_mail")
    outgoing.refresh_from_db()
    assert outgoing.status == OutgoingEmail.Status.SENT


@pytest.mark.django_db
def test_send_newsletter_sends_the_digest_once_to_confirmed_subscribers():
    from django.core import mail

    ArticleFactory(title="Le sommet de Paris")
    Subscriber.objects.create(email="a@example.org", status=Subscriber.Status.CONFIRMED)
    Subscriber.objects.create(email="b@example.org", status=Subscriber.Status.PENDING)
    call_command("send_newsletter")
    call_command("send_newsletter")  # nothing new: nothing sent
    assert [m.to for m in mail.outbox] == [["a@example.org"]]
    assert "Le sommet de Paris" in mail.outbox[0].body
    assert "List-Unsubscribe" in mail.outbox[0].extra_headers


@pytest.mark.django_db(transaction=True)
def test_an_interrupted_newsletter_run_resumes_and_sends_each_subscriber_once():
    ArticleFactory(title="Le sommet de Paris")
    total = 400
    Subscriber.objects.bulk_create(
        Subscriber(email=f"s{n}@example.org", status=Subscriber.Status.CONFIRMED)
        for n in range(total)
    )
    env = {**os.environ, "TASKS_BACKEND": "django_tasks.backends.dummy.DummyBackend"}
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        env["SQLITE_PATH"] = db["NAME"]
    else:
        env["DATABASE_URL"] = (
            f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
        )
    command = [sys.executable, "manage.py", "send_newsletter", "--batch-size", "20"]

    first = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 60
    while Delivery.objects.count() < total // 4 and time.monotonic() < deadline:
        assert first.poll() is None, first.stderr.read().decode()
        time.sleep(0.05)
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=10)
    halfway = Delivery.objects.count()
    assert 0 < halfway < total

    subprocess.run(command, cwd=ROOT, env=env, check=True, timeout=120, capture_output=True)

    assert NewsletterIssue.objects.count() == 1
    assert Delivery.objects.count() == total
    recipients = [row[0] for row in OutgoingEmail.objects.values_list("to")]
    assert len(recipients) == total
    assert len({tuple(r) for r in recipients}) == total  # exactly once each
