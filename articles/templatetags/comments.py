from django import template
from django.template.defaultfilters import linebreaksbr
from django.utils.html import urlize
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter(needs_autoescape=True)
def comment_text(text, autoescape=True):
    """A reader's text: escaped, links made clickable (nofollow ugc noopener), line breaks kept."""
    html = urlize(text, trim_url_limit=60, nofollow=True, autoescape=autoescape)
    html = html.replace('rel="nofollow"', 'rel="nofollow ugc noopener"')
    return mark_safe(linebreaksbr(html, autoescape=False))
