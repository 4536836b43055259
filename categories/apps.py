from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class CategoriesConfig(AppConfig):
    name = "categories"
    verbose_name = "Catégories et menus"

    def ready(self):
        from django.contrib.flatpages.models import FlatPage

        from .models import Category, Menu, MenuItem
        from .navigation import forget

        # The category tree and menus are cached; any change to what they show empties the cache.
        for model in (Category, Menu, MenuItem, FlatPage):
            post_save.connect(forget, sender=model, dispatch_uid=f"menus-{model.__name__}")
            post_delete.connect(forget, sender=model, dispatch_uid=f"menus-del-{model.__name__}")
