"""The category tree and the menus, loaded once and cached.

Every page shows the menus and many need a category's ancestors; both change
only when an editor edits them, so they are read in one query each and kept in
the cache until a save or delete empties it (see CategoriesConfig.ready).
"""

from django.core.cache import cache

from .models import Category, Menu, MenuItem

CACHE_KEY = "categories:navigation:v1"
CACHE_SECONDS = 3600


class CategoryTree:
    """Every category, indexed by path and by parent, with no further query."""

    def __init__(self, categories):
        self.by_path = {category.path: category for category in categories}
        self.by_id = {category.pk: category for category in categories}
        self._children = {}
        for category in categories:  # already ordered by position, name
            self._children.setdefault(category.parent_id, []).append(category)

    def get(self, path):
        return self.by_path.get(path)

    @property
    def roots(self):
        return self._children.get(None, [])

    def children(self, category):
        return self._children.get(category.pk, [])

    def ancestors(self, category, include_self=True):
        """From the root down to `category`."""
        chain, node = [], self.by_id.get(category.pk, category)
        while node is not None:
            chain.append(node)
            node = self.by_id.get(node.parent_id)
        chain.reverse()
        return chain if include_self else chain[:-1]


def _build_menus(items):
    by_id = {item.pk: item for item in items}
    menus = {location: [] for location in Menu.Location.values}
    for item in items:
        item.subitems = []
    for item in items:
        if item.parent_id is None:
            menus[item.menu.location].append(item)
        elif item.parent_id in by_id:
            by_id[item.parent_id].subitems.append(item)
    return menus


def load():
    """(CategoryTree, menus): menus map a location to its visible top items, each with .subitems."""
    cached = cache.get(CACHE_KEY)
    if cached is None:
        categories = list(Category.objects.all())
        items = list(
            MenuItem.objects.filter(visible=True)
            .select_related("menu", "category", "page")
            .order_by("position", "pk")
        )
        cached = (categories, items)
        cache.set(CACHE_KEY, cached, CACHE_SECONDS)
    categories, items = cached
    return CategoryTree(categories), _build_menus(items)


def category_tree():
    return load()[0]


def menus():
    return load()[1]


def forget(**kwargs):
    cache.delete(CACHE_KEY)
