"""What the site derives from an article's HTML: a safe body, heading anchors,
a table of contents, an excerpt and a reading time."""

import math
import re
from html import unescape

import nh3
from django.utils.text import Truncator, slugify

ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "a", "ul", "ol", "li",
    "blockquote", "figure", "figcaption", "img", "hr", "code", "pre", "sub", "sup", "table",
    "thead", "tbody", "tr", "th", "td", "caption",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height", "loading"},
    "th": {"scope", "colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
    "ol": {"start"},
}
URL_SCHEMES = {"http", "https", "mailto"}

# What the admin's editor (django-prose-editor) offers; the sanitiser above has the last word.
EDITOR_EXTENSIONS = {
    "Heading": {"levels": [2, 3, 4]},
    "Bold": True,
    "Italic": True,
    "Link": {"enableTarget": False},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "Figure": True,
    "Caption": True,
    "Image": True,
    "HorizontalRule": True,
    "HardBreak": True,
    "Table": True,
    "TableRow": True,
    "TableHeader": True,
    "TableCell": True,
    "History": True,
}

HEADING_RE = re.compile(r"<h([23])>(.*?)</h\1>", re.DOTALL)
WORDS_PER_MINUTE = 230


def sanitize_html(html):
    """Editor HTML, reduced to an allow-list: no script, style, event handler or
    javascript: link survives; links to other sites get rel="noopener"."""
    return nh3.clean(
        html or "",
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def plain_text(html):
    # nh3 with no allowed tag keeps only the text, several times faster than strip_tags;
    # a space before each closing tag keeps "</p><h2>" from gluing two words together.
    text = nh3.clean((html or "").replace("</", " </"), tags=set())
    return " ".join(unescape(text).split())


def add_heading_anchors(html):
    """Give each h2/h3 a stable id made from its text; return (html, toc).

    The toc is a list of {"level", "id", "title"}; ids stay the same as long
    as the heading's words do, and repeated headings get -2, -3...
    """
    toc, seen = [], {}

    def anchor(match):
        level, inner = match.group(1), match.group(2)
        title = plain_text(inner)
        base = slugify(title)[:80].strip("-") or "section"
        seen[base] = seen.get(base, 0) + 1
        anchor_id = base if seen[base] == 1 else f"{base}-{seen[base]}"
        toc.append({"level": int(level), "id": anchor_id, "title": title})
        return f'<h{level} id="{anchor_id}">{inner}</h{level}>'

    return HEADING_RE.sub(anchor, html), toc


def reading_time(html):
    """Minutes to read, at least one."""
    return max(1, math.ceil(len(plain_text(html).split()) / WORDS_PER_MINUTE))


def excerpt(standfirst, body_html, length=160):
    text = plain_text(standfirst) or plain_text(body_html)
    return Truncator(text).chars(length)
