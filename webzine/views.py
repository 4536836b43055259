"""Site-wide pages: front page, newsletter, contact, health check and error pages."""

import logging

from django.core.exceptions import RequestDataTooBig
from django.db import connection, transaction
from django.db.models import F, Value, Window
from django.db.models.functions import Concat, RowNumber, StrIndex, Substr
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, requires_csrf_token

from articles.antispam import accepted, over_limit, refused, sender_hash
from articles.models import Article
from categories.navigation import category_tree

from . import contact as contact_rules
from .contact import ContactForm
from .models import Subscriber
from .newsletter import (
    CONFIRM_MAX_AGE,
    CONFIRM_SALT,
    SIGNUP_DONE,
    SIGNUP_WINDOW,
    SIGNUPS_PER_SENDER,
    UNSUBSCRIBE_SALT,
    SubscribeForm,
    email_from_token,
    signup,
)

logger = logging.getLogger(__name__)

LEAD_COUNT = 5  # the lead and four under it
LATEST_COUNT = 10
PER_CATEGORY = 4
# The category blocks draw on this many of the latest articles: one bounded
# query instead of one per category, whatever the size of the archive.
CATEGORY_BLOCK_WINDOW = 600


def home(request):
    published = Article.objects.published().for_listing()
    featured = list(published.featured()[:LEAD_COUNT])
    latest = list(published.exclude(pk__in=[a.pk for a in featured])[:LATEST_COUNT])
    context = {
        "lead": featured[0] if featured else None,
        "featured": featured[1:],
        "latest": latest,
        "category_blocks": category_blocks(),
    }
    return render(request, "webzine/home.html", context)


def category_blocks():
    """[(root category, [its latest articles])] in menu order, from one query."""
    recent_ids = (
        Article.objects.published().order_by("-published_at").values("pk")[:CATEGORY_BLOCK_WINDOW]
    )
    root_path = Substr(
        "category__path", 1, StrIndex(Concat("category__path", Value("/")), Value("/")) - 1
    )
    ranked = (
        Article.objects.filter(pk__in=recent_ids)
        .annotate(
            root_path=root_path,
            rank=Window(RowNumber(), partition_by=root_path, order_by=F("published_at").desc()),
        )
        .filter(rank__lte=PER_CATEGORY)
        .for_listing()
    )
    by_root = {}
    for article in ranked:
        by_root.setdefault(article.root_path, []).append(article)
    return [(root, by_root[root.path]) for root in category_tree().roots if root.path in by_root]


@never_cache
def healthz(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("ok", content_type="text/plain")


def robots_txt(request):
    """Crawlers: everything but the admin, the search results and the private links;
    the sitemaps' addresses."""
    base = f"{request.scheme}://{request.get_host()}"
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /recherche/",
        "Disallow: /apercu/",
        "Disallow: /newsletter/confirmer/",
        "Disallow: /newsletter/desinscription/",
        "",
        f"Sitemap: {base}{reverse('sitemap')}",
        f"Sitemap: {base}{reverse('sitemap_news')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def page_not_found(request, exception):
    return render(request, "404.html", status=404)


@requires_csrf_token
def server_error(request):
    # No context processor, no database: the database may be why we are here.
    return HttpResponseServerError(loader.get_template("500.html").render({"request": None}))


def newsletter(request):
    source = request.POST.get("source") or request.GET.get("source") or "page"
    if request.method != "POST":
        form = SubscribeForm(source=source)
        return render(request, "webzine/newsletter.html", {"form": form})
    form = SubscribeForm(request.POST, source=source)
    if over_limit("newsletter", sender_hash(request), SIGNUPS_PER_SENDER, SIGNUP_WINDOW):
        form.add_error(None, _("Trop d’inscriptions depuis votre connexion : réessayez plus tard."))
        status = 429
    elif form.is_valid():
        signup(form.cleaned_data["email"], form.cleaned_data["source"])
        return accepted(request, SIGNUP_DONE, "newsletter")
    else:
        status = 400
    return refused(
        request,
        form,
        status,
        lambda status: render(request, "webzine/newsletter.html", {"form": form}, status=status),
    )


def newsletter_confirm(request, token):
    email = email_from_token(token, CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
    subscriber = Subscriber.objects.filter(email=email).first() if email else None
    if subscriber is None or subscriber.status == Subscriber.Status.UNSUBSCRIBED:
        context = {"form": SubscribeForm(), "link_error": True}
        return render(request, "webzine/newsletter.html", context, status=400)
    subscriber.confirm()
    return render(request, "webzine/newsletter_done.html", {"confirmed": True})


@csrf_exempt  # RFC 8058: mail providers POST with no CSRF token; the signed token is the proof
def newsletter_unsubscribe(request, token):
    email = email_from_token(token, UNSUBSCRIBE_SALT)
    if email is None:
        return render(request, "webzine/newsletter_done.html", {"bad_link": True}, status=400)
    if request.method == "POST":
        subscriber = Subscriber.objects.filter(email=email).first()
        if subscriber is not None:
            subscriber.unsubscribe()
        return render(request, "webzine/newsletter_done.html", {"unsubscribed": True})
    # A GET only asks: link checkers in mailboxes must not unsubscribe anyone.
    return render(request, "webzine/newsletter_unsubscribe.html", {"email": email})


def contact(request):
    if request.method != "POST":
        return render(request, "webzine/contact.html", {"form": ContactForm()})
    form = ContactForm(request.POST)
    sender = sender_hash(request)
    if contact_rules.sent_too_recently(sender):
        form.add_error(None, _("Vous écrivez trop vite : patientez 15 secondes puis réessayez."))
        status = 429
    elif form.is_valid():
        with transaction.atomic():
            message = form.save(commit=False)
            message.sender_hash = sender
            message.save()
        # Stored first: a failure to queue the mail loses nothing.
        try:
            contact_rules.forward_to_editors(message)
        except Exception:
            logger.exception("Contact message %s stored but not queued for mail", message.pk)
        return accepted(
            request, _("Merci, votre message a bien été transmis à la rédaction."), "contact"
        )
    else:
        status = 400
    return refused(
        request,
        form,
        status,
        lambda status: render(request, "webzine/contact.html", {"form": form}, status=status),
    )


def bad_request(request, exception):
    if isinstance(exception, RequestDataTooBig):
        return render(request, "413.html", status=413)
    return render(request, "400.html", status=400)


def permission_denied(request, exception):
    return render(request, "403.html", status=403)


def csrf_failure(request, reason=""):
    return render(request, "403_csrf.html", status=403)
