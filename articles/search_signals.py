"""Keep the search index in step with the articles (a side effect, so a signal: STYLE.md).

An article is reindexed when it is saved (published, unpublished, rescheduled,
edited) or its tags change, and leaves the index when it is deleted; renaming a
category, an author or a tag reindexes their articles. Bulk loads that skip
signals (seed_demo) call `search.rebuild()`; `manage.py rebuild_search_index`
does the same by hand.
"""

from django.apps import apps
from django.db.models.signals import (
    m2m_changed,
    post_delete,
    post_migrate,
    post_save,
    pre_delete,
    pre_save,
)

from . import search


def article_saved(sender, instance, raw=False, using=None, **kwargs):
    if not raw:
        search.update([instance.pk], using=using)


def article_deleted(sender, instance, using=None, **kwargs):
    search.update([instance.pk], using=using)  # gone from the table: its entry goes too


def tags_changed(sender, instance, action, reverse, pk_set, using=None, **kwargs):
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    from .models import Article

    if isinstance(instance, Article):
        search.update([instance.pk], using=using)
    elif pk_set:
        search.update(pk_set, using=using)


def remember_name(sender, instance, raw=False, **kwargs):
    """Before a save: the name (and parent) it had, to tell a rename from another edit."""
    if raw or instance.pk is None:
        instance._search_previous = None
        return
    fields = ["name", "parent_id"] if hasattr(instance, "parent_id") else ["name"]
    instance._search_previous = sender.objects.filter(pk=instance.pk).values_list(*fields).first()


def renamed(instance):
    fields = ["name", "parent_id"] if hasattr(instance, "parent_id") else ["name"]
    previous = getattr(instance, "_search_previous", None)
    return previous is not None and previous != tuple(getattr(instance, f) for f in fields)


def category_saved(sender, instance, raw=False, using=None, **kwargs):
    if raw or not renamed(instance):
        return
    from .models import Article

    articles = Article.objects.using(using).filter(category__in=sender.objects.subtree(instance))
    search.update(articles.values_list("pk", flat=True), using=using)


def author_saved(sender, instance, raw=False, using=None, **kwargs):
    if not raw and renamed(instance):
        search.update(instance.articles.values_list("pk", flat=True), using=using)


def tag_saved(sender, instance, raw=False, using=None, **kwargs):
    if raw or not renamed(instance):
        return
    from .models import Article

    ids = Article.objects.using(using).filter(tags=instance).values_list("pk", flat=True)
    search.update(ids, using=using)


def tag_deleting(sender, instance, using=None, **kwargs):
    from .models import Article

    instance._search_articles = list(
        Article.objects.using(using).filter(tags=instance).values_list("pk", flat=True)
    )


def tag_deleted(sender, instance, using=None, **kwargs):
    search.update(getattr(instance, "_search_articles", []), using=using)


def after_migrate(sender, using="default", **kwargs):
    # A flush (between transactional tests) empties the tables, not the index.
    search.prune(using=using)


def connect():
    from taggit.models import Tag

    from categories.models import Category

    from .models import Article, Author

    uid = "articles-search-"
    post_save.connect(article_saved, sender=Article, dispatch_uid=uid + "article-saved")
    post_delete.connect(article_deleted, sender=Article, dispatch_uid=uid + "article-deleted")
    m2m_changed.connect(tags_changed, sender=Article.tags.through, dispatch_uid=uid + "tags")
    for model, handler in ((Category, category_saved), (Author, author_saved), (Tag, tag_saved)):
        name = model.__name__.lower()
        pre_save.connect(remember_name, sender=model, dispatch_uid=f"{uid}{name}-before")
        post_save.connect(handler, sender=model, dispatch_uid=f"{uid}{name}-saved")
    pre_delete.connect(tag_deleting, sender=Tag, dispatch_uid=uid + "tag-deleting")
    post_delete.connect(tag_deleted, sender=Tag, dispatch_uid=uid + "tag-deleted")
    post_migrate.connect(
        after_migrate, sender=apps.get_app_config("articles"), dispatch_uid=uid + "prune"
    )
