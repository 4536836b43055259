"""Star ratings: one vote per reader and article, with a cap per address.

The reader is recognised by a random id in a signed cookie; the address is
kept only as a salted hash, to cap how many votes one address casts on one
article in an hour (an office behind one address can vote, a script cannot
stuff the ballot).
"""

import datetime
import uuid

from django import forms
from django.conf import settings
from django.db import IntegrityError
from django.utils import timezone
from django.utils.translation import gettext_lazy

from .models import Rating

VOTER_COOKIE = "webzine_voter"
VOTER_SALT = "webzine.ratings.voter"
VOTES_PER_ADDRESS_PER_HOUR = 20
STARS_ERROR = gettext_lazy("Choisissez une note de 1 à 5 étoiles.")


class RatingForm(forms.Form):
    stars = forms.TypedChoiceField(
        choices=[(n, n) for n in range(1, 6)],
        coerce=int,
        error_messages={"required": STARS_ERROR, "invalid_choice": STARS_ERROR},
    )


def voter_id(request):
    return request.get_signed_cookie(VOTER_COOKIE, default=None, salt=VOTER_SALT)


def new_voter_id():
    return uuid.uuid4().hex


def remember_voter(response, voter):
    response.set_signed_cookie(
        VOTER_COOKIE,
        voter,
        salt=VOTER_SALT,
        max_age=365 * 24 * 3600,
        httponly=True,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
    )


def own_vote(request, article):
    """The stars this reader gave `article`, or None (no query without the cookie)."""
    voter = voter_id(request)
    if not voter:
        return None
    return (
        Rating.objects.filter(article=article, voter=voter).values_list("stars", flat=True).first()
    )


def address_over_cap(article, sender_hash, voter):
    since = timezone.now() - datetime.timedelta(hours=1)
    others = Rating.objects.filter(article=article, sender_hash=sender_hash, updated_at__gte=since)
    return others.exclude(voter=voter).count() >= VOTES_PER_ADDRESS_PER_HOUR


def vote(article, voter, sender_hash, stars):
    try:
        Rating.vote(article, voter, sender_hash, stars)
    except IntegrityError:  # the same reader's first vote, twice at once: now an update
        Rating.vote(article, voter, sender_hash, stars)
