from django import template

from articles.models import Comment

register = template.Library()


@register.simple_tag(takes_context=True)
def pending_comments(context):
    """How many comments wait for moderation (0 for who may not moderate them)."""
    user = context["request"].user
    if not user.has_perm("articles.view_pendingcomment"):
        return 0
    return Comment.objects.pending().count()
