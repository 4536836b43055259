"""Old addresses keep working: a renamed or moved page answers its old path with a 301.

The redirects are django.contrib.redirects rows, so editors see them and can add
their own in the admin; RedirectFallbackMiddleware serves them.
"""

from django.conf import settings
from django.contrib.redirects.models import Redirect


def keep_old_address(old_path, new_path):
    """Send `old_path` to `new_path`, and repoint earlier redirects so none chains."""
    if not old_path or old_path == new_path:
        return
    redirects = Redirect.objects.filter(site_id=settings.SITE_ID)
    redirects.filter(new_path=old_path).update(new_path=new_path)
    redirects.filter(old_path=new_path).delete()  # the new address is live again
    redirects.update_or_create(
        site_id=settings.SITE_ID, old_path=old_path, defaults={"new_path": new_path}
    )
