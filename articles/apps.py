from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate, post_save


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "Rédaction"

    def ready(self):
        from .roles import setup_roles

        # Roles follow the code: every migrate brings the groups' permissions up to date.
        post_migrate.connect(setup_roles, dispatch_uid="articles-setup-roles")

        from . import search_signals
        from .models import Article
        from .views import articles_changed

        # Cached "Vous aimerez aussi" lists are dropped when any article changes.
        post_save.connect(articles_changed, sender=Article, dispatch_uid="articles-changed-save")
        post_delete.connect(articles_changed, sender=Article, dispatch_uid="articles-changed-del")

        # The search index follows the articles, their tags, categories and authors.
        search_signals.connect()
