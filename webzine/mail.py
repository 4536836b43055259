"""Mail outside the request.

EMAIL_BACKEND points at QueuedEmailBackend: any `send_mail()` in the project
stores the message as an OutgoingEmail row and enqueues a task (django-tasks,
database backend) in the same transaction; the worker (`manage.py
db_worker`) sends it with MAIL_DELIVERY_BACKEND (SMTP in production). A failed
send stays recorded with its error, is retried with a growing delay, and an
editor can retry it from the admin: nothing is lost, and no reader waits on an
SMTP server.
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from .models import OutgoingEmail

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 5


class QueuedEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        for message in email_messages:
            html = ""
            for content, mimetype in getattr(message, "alternatives", []):
                if mimetype == "text/html":
                    html = content
            with transaction.atomic():  # the row and its task, together or not at all
                outgoing = OutgoingEmail.objects.create(
                    from_email=message.from_email or settings.DEFAULT_FROM_EMAIL,
                    to=list(message.to) + list(message.cc) + list(message.bcc),
                    subject=message.subject,
                    body=message.body,
                    html=html,
                    headers=dict(message.extra_headers),
                    reply_to=list(message.reply_to),
                )
                schedule(outgoing.pk)
        return len(email_messages)


def schedule(outgoing_id, delay=None):
    """Enqueue the delivery of a stored mail; `delay` needs a backend that defers."""
    job = deliver
    if delay is not None:
        if not deliver.get_backend().supports_defer:
            return  # left FAILED: retried by `manage.py retry_mail` or from the admin
        job = deliver.using(run_after=timezone.now() + delay)
    # Enqueued in the same transaction as the row: with the database backend the
    # mail and its task are committed together, or not at all.
    job.enqueue(outgoing_id)


@task()
def deliver(outgoing_id):
    """Send one queued mail; on failure record why and try again later."""
    outgoing = OutgoingEmail.objects.filter(pk=outgoing_id).first()
    if outgoing is None or outgoing.status == OutgoingEmail.Status.SENT:
        return
    message = EmailMultiAlternatives(
        subject=outgoing.subject,
        body=outgoing.body,
        from_email=outgoing.from_email,
        to=outgoing.to,
        headers=outgoing.headers,
        reply_to=outgoing.reply_to,
        connection=get_connection(settings.MAIL_DELIVERY_BACKEND, fail_silently=False),
    )
    if outgoing.html:
        message.attach_alternative(outgoing.html, "text/html")
    try:
        message.send()
    except Exception as error:  # any SMTP or network failure: keep it and retry
        attempts = outgoing.attempts + 1
        OutgoingEmail.objects.filter(pk=outgoing.pk).update(
            status=OutgoingEmail.Status.FAILED, attempts=attempts, last_error=repr(error)[:2000]
        )
        logger.warning("Mail %s failed (attempt %s): %r", outgoing.pk, attempts, error)
        if attempts < MAX_ATTEMPTS:
            schedule(outgoing.pk, delay=datetime.timedelta(minutes=2**attempts))
        return
    OutgoingEmail.objects.filter(pk=outgoing.pk).update(
        status=OutgoingEmail.Status.SENT,
        attempts=outgoing.attempts + 1,
        sent_at=timezone.now(),
        last_error="",
    )
