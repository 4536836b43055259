"""Spam traps and sender identity shared by every public form.

- A honeypot field that people never see and bots fill in.
- A signed timestamp: a post faster than 3 s after the form was shown, or made
  from a page older than a day, is refused (django-contrib-comments does the same).
- A salted hash of the sender's address: enough to rate-limit a sender, with no
  raw address stored.
"""

import functools
import hashlib
import hmac
import time

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core import signing
from django.core.cache import cache
from django.http import HttpResponseNotAllowed, JsonResponse
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

MIN_SECONDS = 3
MAX_SECONDS = 24 * 3600
TIMESTAMP_SALT = "webzine.antispam.timestamp"


def client_address(request):
    """The reader's IP address; behind our load balancer, the one it saw."""
    if settings.BEHIND_PROXY:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def sender_hash(request):
    """A keyed hash of the sender's address (never the address itself)."""
    key = hashlib.sha256(f"{settings.SECRET_KEY}:sender".encode()).digest()
    return hmac.new(key, client_address(request).encode(), hashlib.sha256).hexdigest()


def sign_timestamp(now=None):
    return signing.dumps(int(now if now is not None else time.time()), salt=TIMESTAMP_SALT)


class SpamTrapsForm(forms.Form):
    """Base for public forms: a honeypot and a signed timestamp."""

    # Named like a field a bot is eager to fill; hidden from people by CSS and aria.
    telephone = forms.CharField(required=False, label=_("Laissez ce champ vide"))
    timestamp = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["timestamp"] = sign_timestamp()
        self.fields["telephone"].widget.attrs.update(
            {"autocomplete": "off", "tabindex": "-1", "class": "honeypot-input"}
        )

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("telephone"):
            # Said where a person would see it, should one fill the hidden field.
            raise forms.ValidationError(
                _("Envoi refusé : le champ « téléphone » doit rester vide.")
            )
        return cleaned_data

    def clean_timestamp(self):
        try:
            shown_at = signing.loads(self.cleaned_data["timestamp"], salt=TIMESTAMP_SALT)
        except signing.BadSignature:
            raise forms.ValidationError(
                _("Le formulaire est invalide : rechargez la page puis réessayez.")
            ) from None
        age = time.time() - shown_at
        if age > MAX_SECONDS:
            raise forms.ValidationError(
                _("Le formulaire a expiré : rechargez la page puis renvoyez votre message.")
            )
        if age < MIN_SECONDS:
            raise forms.ValidationError(
                _("Envoi trop rapide : patientez quelques secondes puis renvoyez le formulaire.")
            )
        return shown_at

    def refresh_timestamp(self):
        """Re-shown after an error, the form gets a fresh timestamp (the input is kept)."""
        data = self.data.copy()
        data["timestamp"] = sign_timestamp()
        self.data = data


def over_limit(scope, sender, limit, window):
    """Count one more action of `sender` in `scope`; True once it passes `limit` per `window` s.

    Kept in the cache framework (Redis in production, shared by every server).
    """
    key = f"ratelimit:{scope}:{sender}"
    if cache.add(key, 1, window):
        return limit < 1
    try:
        return cache.incr(key) > limit
    except ValueError:  # expired between add and incr
        cache.add(key, 1, window)
        return False


def wants_json(request):
    """The page's script asks for JSON to update in place; a plain form post gets HTML."""
    return "application/json" in request.headers.get("Accept", "")


def accepted(request, message, to, **extra):
    """A form was accepted: JSON for the page's script, else the message and a redirect."""
    if wants_json(request):
        return JsonResponse({"ok": True, "message": str(message), **extra})
    messages.success(request, message)
    return redirect(to)


def refused(request, form, status, page):
    """A form was refused: its errors as JSON for the script, else `page(status)`, the page
    shown again with the errors and what was typed (and a fresh timestamp)."""
    if wants_json(request):
        return JsonResponse({"ok": False, "errors": form.errors.get_json_data()}, status=status)
    form.refresh_timestamp()
    return page(status)


def post_only(view):
    """Like require_POST, with a message a reader can read."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method != "POST":
            response = HttpResponseNotAllowed(
                ["POST"], _("Cette adresse reçoit seulement des formulaires envoyés (POST).")
            )
            response["Content-Type"] = "text/plain; charset=utf-8"
            return response
        return view(request, *args, **kwargs)

    return wrapper
