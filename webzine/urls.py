from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path, re_path
from django.views.decorators.cache import cache_page
from django.views.static import serve

from articles.views import CategoryView

from . import views
from .sitemaps import SITEMAPS, NewsSitemap

# Crawlers read sitemaps often and the tag and author sections cost a grouped query
# over the whole archive: ten minutes in the cache.
SITEMAP_CACHE_SECONDS = 600

handler404 = "webzine.views.page_not_found"
handler500 = "webzine.views.server_error"
handler400 = "webzine.views.bad_request"
handler403 = "webzine.views.permission_denied"

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("newsletter/", views.newsletter, name="newsletter"),
    path("newsletter/confirmer/<str:token>/", views.newsletter_confirm, name="newsletter_confirm"),
    path(
        "newsletter/desinscription/<str:token>/",
        views.newsletter_unsubscribe,
        name="newsletter_unsubscribe",
    ),
    path("contact/", views.contact, name="contact"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path(
        "sitemap.xml",
        cache_page(SITEMAP_CACHE_SECONDS)(sitemap_views.index),
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-news.xml",
        sitemap_views.sitemap,
        {"sitemaps": {"news": NewsSitemap}, "template_name": "sitemaps/news.xml"},
        name="sitemap_news",
    ),
    path(
        "sitemap-<section>.xml",
        cache_page(SITEMAP_CACHE_SECONDS)(sitemap_views.sitemap),
        {"sitemaps": SITEMAPS},
        name="sitemap_section",
    ),
]
if settings.SERVE_MEDIA:
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    ]
# Last: category paths and static pages share the site's root.
urlpatterns += [
    path("", include("articles.urls")),
    re_path(r"^(?P<path>[-a-z0-9_]+(?:/[-a-z0-9_]+)*)/$", CategoryView.as_view(), name="category"),
]
