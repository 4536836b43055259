"""The newsroom's two roles, as Django groups.

- Auteur: writes articles, edits only their own, may submit them for review;
  cannot publish, schedule, feature or delete.
- Éditeur: edits and publishes every article, schedules, features, moderates
  comments, and manages categories, menus, authors, static pages, redirects and
  newsletter subscribers.

`setup_roles()` is idempotent; it runs after every `migrate` (post_migrate) and
from `python manage.py setup_roles`.
"""

from django.contrib.auth.models import Group, Permission

AUTHOR = "Auteur"
EDITOR = "Éditeur"

# (app_label, model): actions
AUTHOR_PERMISSIONS = {
    ("articles", "article"): ["add", "change", "view"],
    ("articles", "historicalarticle"): ["view"],
    ("articles", "author"): ["view"],
    ("categories", "category"): ["view"],
    ("taggit", "tag"): ["add", "view"],
}
EDITOR_PERMISSIONS = {
    ("articles", "article"): ["add", "change", "delete", "view"],
    ("articles", "historicalarticle"): ["view"],
    ("articles", "author"): ["add", "change", "delete", "view"],
    ("articles", "comment"): ["change", "view"],
    ("articles", "pendingcomment"): ["change", "view"],
    ("articles", "rating"): ["view"],
    ("categories", "category"): ["add", "change", "delete", "view"],
    ("categories", "menu"): ["add", "change", "delete", "view"],
    ("categories", "menuitem"): ["add", "change", "delete", "view"],
    ("flatpages", "flatpage"): ["add", "change", "delete", "view"],
    ("redirects", "redirect"): ["add", "change", "delete", "view"],
    ("taggit", "tag"): ["add", "change", "delete", "view"],
    ("webzine", "subscriber"): ["change", "delete", "view"],
    ("webzine", "newsletterissue"): ["view"],
    ("webzine", "contactmessage"): ["change", "view"],
    ("webzine", "outgoingemail"): ["change", "view"],
}
# Beyond Django's add/change/delete/view: declared in Article.Meta.permissions.
EDITOR_EXTRA = [
    ("articles", "publish_article"),
    ("articles", "feature_article"),
    ("articles", "edit_others_article"),
]


def _permissions(table, extra=()):
    wanted = [
        (app, f"{action}_{model}") for (app, model), actions in table.items() for action in actions
    ]
    wanted += list(extra)
    found = Permission.objects.filter(
        content_type__app_label__in={app for app, _ in wanted},
        codename__in={codename for _, codename in wanted},
    ).select_related("content_type")
    return [p for p in found if (p.content_type.app_label, p.codename) in set(wanted)]


def setup_roles(**kwargs):
    """Create or refresh the Auteur and Éditeur groups with exactly their permissions."""
    for name, table, extra in (
        (AUTHOR, AUTHOR_PERMISSIONS, ()),
        (EDITOR, EDITOR_PERMISSIONS, EDITOR_EXTRA),
    ):
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.set(_permissions(table, extra))
