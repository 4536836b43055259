"""Newsletter: double opt-in signup, confirmation and one-click unsubscribe (RFC 8058).

The answer to a signup is the same whatever the address's state, so nobody can
learn who subscribed.
"""

from django import forms
from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from articles.antispam import SpamTrapsForm

from .models import Subscriber

CONFIRM_SALT = "webzine.newsletter.confirm"
UNSUBSCRIBE_SALT = "webzine.newsletter.unsubscribe"
CONFIRM_MAX_AGE = 48 * 3600
SOURCES = {"sidebar", "page", "footer"}
SIGNUPS_PER_SENDER = 5  # in SIGNUP_WINDOW seconds
SIGNUP_WINDOW = 600

SIGNUP_DONE = gettext_lazy(
    "Merci ! Si cette adresse n’est pas encore inscrite, un e-mail de confirmation vient de lui "
    "être envoyé : cliquez sur le lien qu’il contient pour confirmer votre inscription."
)


class SubscribeForm(SpamTrapsForm):
    email = forms.EmailField(
        label=gettext_lazy("Votre adresse e-mail"),
        max_length=254,
        error_messages={
            "required": gettext_lazy("Indiquez votre adresse e-mail."),
            "invalid": gettext_lazy("Saisissez une adresse e-mail valide."),
            "max_length": gettext_lazy("Une adresse e-mail compte au plus 254 caractères."),
        },
    )
    consent = forms.BooleanField(
        label=gettext_lazy(
            "J’accepte de recevoir la newsletter ; je pourrai me désinscrire à tout moment."
        ),
        error_messages={
            "required": gettext_lazy("Cochez la case pour accepter de recevoir la newsletter.")
        },
    )
    source = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, source="page", **kwargs):
        super().__init__(*args, **kwargs)
        self.initial.setdefault("source", source)
        self.fields["email"].widget.attrs.update(
            {"autocomplete": "email", "placeholder": "nom@exemple.fr"}
        )

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean_source(self):
        source = self.cleaned_data.get("source")
        return source if source in SOURCES else "page"


def signup(email, source):
    """Record a signup and send the confirmation mail when one is due."""
    with transaction.atomic():
        try:
            with transaction.atomic():
                subscriber, _created = Subscriber.objects.get_or_create(
                    email=email, defaults={"source": source}
                )
        except IntegrityError:  # the same address, signing up twice at once
            subscriber = Subscriber.objects.get(email=email)
        subscriber = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
        if subscriber.status == Subscriber.Status.CONFIRMED:
            return
        if subscriber.status == Subscriber.Status.UNSUBSCRIBED:
            subscriber.status = Subscriber.Status.PENDING
            subscriber.confirmation_mails = 0
        if subscriber.confirmation_mails >= Subscriber.MAX_CONFIRMATION_MAILS:
            return
        subscriber.confirmation_mails += 1
        subscriber.save(update_fields=["status", "confirmation_mails"])
        send_confirmation(subscriber)


def absolute(path):
    return f"{settings.SITE_URL}{path}"


def confirm_url(email):
    token = signing.dumps(email, salt=CONFIRM_SALT, compress=True)
    return absolute(reverse("newsletter_confirm", args=[token]))


def unsubscribe_url(email):
    token = signing.dumps(email, salt=UNSUBSCRIBE_SALT, compress=True)
    return absolute(reverse("newsletter_unsubscribe", args=[token]))


def email_from_token(token, salt, max_age=None):
    """The address a token was made for, or None when it is forged or expired."""
    try:
        return signing.loads(token, salt=salt, max_age=max_age)
    except signing.BadSignature:
        return None


def newsletter_message(subscriber, subject, template, context):
    """A mail to a subscriber, with the unsubscribe link and RFC 8058 headers."""
    unsubscribe = unsubscribe_url(subscriber.email)
    context = {**context, "site_name": settings.SITE_NAME, "unsubscribe_url": unsubscribe}
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"{template}.txt", context),
        to=[subscriber.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.attach_alternative(render_to_string(f"{template}.html", context), "text/html")
    return message


def send_confirmation(subscriber):
    newsletter_message(
        subscriber,
        _("Confirmez votre inscription à la newsletter de %(site)s") % {"site": settings.SITE_NAME},
        "webzine/email/confirm_subscription",
        {"confirm_url": confirm_url(subscriber.email)},
    ).send()
