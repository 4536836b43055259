"""Page metadata for search engines and social networks: `{% load seo %}`.

Canonical and pagination addresses, the image shared with an article, and
schema.org JSON-LD, written with json.dumps and `<`, `>`, `&` escaped, never
concatenated by hand.
"""

import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from articles.richtext import plain_text
from webzine import seo

register = template.Library()

JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def absolute_builder(context):
    request = context.get("request")

    def absolute(path):
        path = str(path or "/")
        if path.startswith(("http://", "https://")):
            return path
        if request is not None and hasattr(request, "build_absolute_uri"):
            return request.build_absolute_uri(path)
        return f"{settings.SITE_URL}{path}"

    return absolute


def json_ld_script(data):
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


@register.filter
def plain_description(html, length=160):
    """Editor HTML as the plain text of a meta description: no tag, no script, 160 characters."""
    return Truncator(plain_text(str(html or ""))).chars(length)


@register.simple_tag
def json_ld(data):
    """`data` as a JSON-LD script block."""
    return json_ld_script(data)


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """This page's address without its query string, but with ?page=N past the first page;
    an article's own address on its page."""
    request = context.get("request")
    article = context.get("article")
    if article is not None and hasattr(article, "get_absolute_url"):
        path = article.get_absolute_url()  # the article page, and its preview
    elif request is not None:
        path = request.path
    else:
        path = "/"
    url = absolute_builder(context)(path)
    page_obj = context.get("page_obj")
    if page_obj is not None and page_obj.number > 1:
        url += f"?page={page_obj.number}"
    return url


@register.simple_tag(takes_context=True)
def page_address(context, number):
    """The absolute address of page `number` of this listing (other parameters kept)."""
    request = context.get("request")
    params = request.GET.copy() if request is not None else {}
    if params:
        params.pop("page", None)
    if number != 1:
        params["page"] = number
    query = params.urlencode() if params else ""
    path = request.path if request is not None else "/"
    return absolute_builder(context)(f"{path}?{query}" if query else path)


@register.simple_tag(takes_context=True)
def social_image(context, article):
    """{"url" (absolute), "width", "height"} of the image shared with `article`, or None."""
    image = seo.social_image(article)
    if image is not None:
        image["url"] = absolute_builder(context)(image["url"])
    return image


@register.simple_tag(takes_context=True)
def article_json_ld(context, article, ancestors=(), tags=()):
    """NewsArticle and BreadcrumbList (home, the categories, the article)."""
    absolute = absolute_builder(context)
    image = seo.social_image(article)
    crumbs = [(category.name, category.get_absolute_url()) for category in ancestors]
    crumbs.append((article.title, article.get_absolute_url()))
    return json_ld_script(seo.news_article(article, absolute, tags, image)) + json_ld_script(
        seo.breadcrumb(absolute, crumbs)
    )


@register.simple_tag(takes_context=True)
def collection_json_ld(context, name, description="", ancestors=()):
    """CollectionPage of the listing being shown (its page of articles)."""
    request = context.get("request")
    crumbs = [(category.name, category.get_absolute_url()) for category in ancestors or ()]
    path = request.path if request is not None else "/"
    if not crumbs or crumbs[-1][1] != path:
        crumbs.append((name, path))
    data = seo.collection_page(
        name,
        description,
        absolute_builder(context),
        canonical_url(context),
        list(context.get("articles") or []),
        context.get("page_obj"),
        crumbs,
    )
    return json_ld_script(data)
