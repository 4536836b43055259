"""Signed, expiring preview links: a draft or scheduled article, seen in the site's layout.

Whoever holds the link sees the article for 48 hours; anybody else gets a 404.
"""

from django.conf import settings
from django.core import signing
from django.urls import reverse

SALT = "articles.preview"
MAX_AGE = 48 * 3600


def preview_url(article):
    token = signing.dumps(article.pk, salt=SALT)
    return f"{settings.SITE_URL}{reverse('articles:preview', args=[token])}"


def article_id_from(token):
    """The article a valid, unexpired token was made for, or None."""
    try:
        return signing.loads(token, salt=SALT, max_age=MAX_AGE)
    except signing.BadSignature:
        return None
