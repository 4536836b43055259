"""Template helpers of the reader-facing pages: `{% load webzine %}`.

Everything here is presentation only (no query): sanitising static pages,
nesting a table of contents, star states, pagination links, absolute URLs and
the name of a social network for its icon.
"""

from urllib.parse import urlsplit

from django import template
from django.conf import settings
from django.utils import timezone
from django.utils.safestring import mark_safe

from articles.antispam import sign_timestamp
from articles.richtext import sanitize_html

register = template.Library()

STAR_COUNT = 5

# Host (or its end) -> icon name; the title is the fallback for relative links.
SOCIAL_HOSTS = {
    "facebook.com": "facebook",
    "fb.com": "facebook",
    "twitter.com": "x",
    "x.com": "x",
    "youtube.com": "youtube",
    "youtu.be": "youtube",
    "instagram.com": "instagram",
    "linkedin.com": "linkedin",
    "pinterest.com": "pinterest",
    "tiktok.com": "tiktok",
}
SOCIAL_WORDS = {
    "rss": "rss",
    "flux": "rss",
    "feed": "rss",
    "facebook": "facebook",
    "twitter": "x",
    "youtube": "youtube",
    "instagram": "instagram",
    "linkedin": "linkedin",
    "pinterest": "pinterest",
    "tiktok": "tiktok",
}


@register.filter
def sanitized(html):
    """Editor HTML (a static page's content) reduced to the article allow-list, safe to output."""
    return mark_safe(sanitize_html(str(html or "")))


@register.filter
def toc_tree(toc):
    """The flat table of contents [{level, id, title}] as h2 entries holding their h3 `children`.

    An h3 that comes before any h2 is kept at the top level rather than lost.
    """
    tree = []
    for entry in toc or []:
        if not isinstance(entry, dict) or not entry.get("id"):
            continue
        node = {"id": entry["id"], "title": entry.get("title", ""), "children": []}
        if entry.get("level") == 3 and tree:
            tree[-1]["children"].append(node)
        else:
            tree.append(node)
    return tree


@register.filter
def star_states(average):
    """Five states, "full", "half" or "empty", for an average rounded to the nearest half star."""
    try:
        halves = round(float(average) * 2)
    except (TypeError, ValueError):
        halves = 0
    halves = max(0, min(STAR_COUNT * 2, halves))
    states = []
    for star in range(1, STAR_COUNT + 1):
        if halves >= star * 2:
            states.append("full")
        elif halves == star * 2 - 1:
            states.append("half")
        else:
            states.append("empty")
    return states


@register.filter
def social_network(item):
    """The icon name of a social link (a menu item, or an address): "facebook", "rss"…."""
    href = str(getattr(item, "href", item) or "")
    title = str(getattr(item, "title", "") or "").lower()
    host = (urlsplit(href).hostname or "").lower()
    for domain, name in SOCIAL_HOSTS.items():
        if host == domain or host.endswith(f".{domain}"):
            return name
    words = f"{title} {href.lower()}"
    for word, name in SOCIAL_WORDS.items():
        if word in words:
            return name
    if title.strip() in {"x", "x (twitter)"}:
        return "x"
    return "link"


@register.filter
def is_external(href):
    """True for a link to another site (it opens in a new tab, with rel="noopener")."""
    return str(href or "").startswith(("http://", "https://", "//"))


@register.simple_tag
def local_now():
    """The current date-time in the site's time zone (from timezone.now(), unlike {% now %})."""
    return timezone.localtime()


@register.simple_tag
def form_timestamp():
    """The signed time a public form is shown (its spam trap refuses posts made too fast)."""
    return sign_timestamp()


@register.simple_tag(takes_context=True)
def absolute_url(context, path):
    """`path` as an absolute URL: from the request when there is one, else from SITE_URL."""
    path = str(path or "/")
    request = context.get("request")
    if request is not None and hasattr(request, "build_absolute_uri"):
        return request.build_absolute_uri(path)
    if path.startswith(("http://", "https://")):
        return path
    return f"{settings.SITE_URL}{path}"


@register.simple_tag(takes_context=True)
def page_url(context, number):
    """The current address with ?page=`number` (other parameters, like the search, kept)."""
    request = context.get("request")
    params = request.GET.copy() if request is not None and hasattr(request, "GET") else None
    if params is None:
        return "?" if number == 1 else f"?page={number}"
    params.pop("page", None)
    if number != 1:
        params["page"] = number
    query = params.urlencode()
    return f"?{query}" if query else "?"


@register.simple_tag
def page_links(page_obj, on_each_side=2, on_ends=1):
    """Page numbers around the current page, with gaps: [{number, current, gap}]."""
    if page_obj is None:
        return []
    paginator = page_obj.paginator
    links = []
    for number in paginator.get_elided_page_range(
        page_obj.number, on_each_side=on_each_side, on_ends=on_ends
    ):
        if not isinstance(number, int):  # Paginator.ELLIPSIS
            links.append({"number": None, "current": False, "gap": True})
        else:
            links.append({"number": number, "current": number == page_obj.number, "gap": False})
    return links
