"""What every page's layout shows: site name, menus, sidebar blocks.

Everything here is lazy: a page that does not show a block (the admin, an
error page) runs no query for it.
"""

from django.conf import settings
from django.utils.functional import SimpleLazyObject

from articles.models import Article
from categories import navigation

SIDEBAR_FEATURED = 3
SIDEBAR_LATEST = 5


def site(request):
    published = Article.objects.published().for_listing()
    return {
        "site_name": settings.SITE_NAME,
        "site_url": settings.SITE_URL,
        "menus": SimpleLazyObject(navigation.menus),
        "sidebar_featured": published.featured()[:SIDEBAR_FEATURED],
        "sidebar_latest": published[:SIDEBAR_LATEST],
    }
