from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "Rédaction"

    def ready(self):
        from .roles import setup_roles

        # Roles follow the code: every migrate brings the groups' permissions up to date.
        post_migrate.connect(setup_roles, dispatch_uid="articles-setup-roles")

        from . import search_signals

        # The search index follows the articles, their tags, categories and authors.
        search_signals.connect()
