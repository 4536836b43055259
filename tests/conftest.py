import time

import pytest
from django.core.cache import cache

from articles.antispam import sign_timestamp


@pytest.fixture(autouse=True)
def _isolated(settings, tmp_path):
    """Each test: an empty in-memory cache, media in a temporary folder, plain static storage, and
    mail going through the real queue, with tasks run at once and delivery to mail.outbox."""
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "tests"}
    }
    cache.clear()
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.EMAIL_BACKEND = "webzine.mail.QueuedEmailBackend"
    settings.MAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    yield
    cache.clear()


@pytest.fixture
def form_timestamp():
    """A signed timestamp from a form shown ten seconds ago."""
    return sign_timestamp(time.time() - 10)
