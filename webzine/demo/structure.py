"""The category tree and the menus of 42mag.fr, as on the reference page.

Category slugs come from `slugify(name)`, so "Bon à savoir" › "Le saviez-vous ?"
lives at /bon-a-savoir/le-saviez-vous/. Menus are rebuilt on every run: a
second run leaves exactly the same items.
"""

from django.db import transaction
from django.utils.text import slugify

from categories.models import Category, Menu, MenuItem

# (name, description, [sub-category names]) in menu order.
CATEGORY_TREE = [
    (
        "Actualités",
        "L’actualité insolite, high-tech et people, vue par la rédaction de 42mag.fr.",
        ["High-tech", "People", "Divertissement", "Insolite"],
    ),
    (
        "Politique",
        "La vie politique en France et dans le monde, l’économie, l’écologie, les médias "
        "et les sciences qui dessinent notre avenir.",
        ["Économie", "Écologie", "France", "Monde", "Médias", "Sciences et futur", "Hack"],
    ),
    (
        "Culture",
        "Livres, expositions, films, musique, idées et sport : ce qui se lit, se voit et se "
        "discute.",
        ["Arts et littérature", "Cinéma", "Musique", "Loisirs", "Pensée", "Sport"],
    ),
    (
        "Bon à savoir",
        "Conseils pratiques, santé, cuisine, bricolage, automobile : les bons réflexes du "
        "quotidien, et quelques records au passage.",
        [
            "Automobile",
            "Bricolage",
            "Cuisine",
            "Pratique",
            "Santé",
            "Le saviez-vous ?",
            "Études",
            "Records",
        ],
    ),  # fmt: skip
    (
        "Découvertes",
        "Geekeries, humour, jeux, vidéos et interviews : de quoi se changer les idées.",
        [
            "Geekeries",
            "Humour",
            "Fun",
            "Blagues & histoires drôles",
            "Jeux",
            "Vidéos",
            "Interviews",
            "Shopping geek & WTF",
        ],
    ),  # fmt: skip
]

FEATURED_URL = "/a-la-une/"

# Footer columns: (label, root category name, [sub-category names]).
FOOTER_COLUMNS = [
    ("Actualités", "Actualités", ["High-tech", "People", "Divertissement", "Insolite"]),
    ("Bon à savoir", "Bon à savoir", ["Études", "Le saviez-vous ?", "Records"]),
    # "Découverte", singular: the reference footer spells it so.
    ("Découverte", "Découvertes", ["Geekeries", "Humour", "Fun", "Blagues & histoires drôles"]),
]

# (label, target): a target starting with "page:" is a static page's URL.
TOPBAR = [
    ("Accueil", "/"),
    ("Qui sommes-nous ?", "page:/qui-sommes-nous/"),
    ("Contact", "/contact/"),
]
LEGAL = [
    ("À propos", "page:/a-propos/"),
    ("Mentions légales", "page:/mentions-legales/"),
    ("Contact", "/contact/"),
]
SOCIAL = [
    ("RSS", "/feed/"),
    ("Facebook", "https://www.facebook.com/42mag.fr"),
    ("X (Twitter)", "https://x.com/42magfr"),
    ("YouTube", "https://www.youtube.com/@42magfr"),
]


def category_path(*names):
    return "/".join(slugify(name) for name in names)


def all_category_paths():
    """Every demo category path, in menu order, each root before its children."""
    paths = []
    for root, _description, children in CATEGORY_TREE:
        paths.append(category_path(root))
        paths.extend(category_path(root, child) for child in children)
    return paths


@transaction.atomic
def build_categories():
    """Create the missing categories of the tree (edited ones are kept); return {path: Category}."""
    by_path = {}
    for root_position, (root_name, description, children) in enumerate(CATEGORY_TREE, 1):
        root, _ = Category.objects.get_or_create(
            parent=None,
            slug=slugify(root_name),
            defaults={
                "name": root_name,
                "position": root_position,
                "description": description,
                "seo_description": description[:160],
            },
        )
        by_path[root.path] = root
        for position, name in enumerate(children, 1):
            child, _ = Category.objects.get_or_create(
                parent=root,
                slug=slugify(name),
                defaults={
                    "name": name,
                    "position": position,
                    "description": f"{name} : les articles de la rubrique {root_name}.",
                },
            )
            by_path[child.path] = child
    return by_path


def _add_item(menu, position, label, parent=None, *, category=None, page=None, url=""):
    return MenuItem.objects.create(
        menu=menu, parent=parent, position=position, label=label,
        category=category, page=page, url=url,
    )  # fmt: skip


def _empty_menu(location):
    """The menu at `location` if it has no items yet, else None: editors' menus are kept."""
    menu, _ = Menu.objects.get_or_create(location=location)
    return None if menu.items.exists() else menu


def _add_links(location, links, pages):
    menu = _empty_menu(location)
    if menu is None:
        return
    for position, (label, target) in enumerate(links, 1):
        if target.startswith("page:"):
            _add_item(menu, position, label, page=pages[target.removeprefix("page:")])
        else:
            _add_item(menu, position, label, url=target)


def _build_header(menu, categories):
    _add_item(menu, 1, "À la une", url=FEATURED_URL)
    for position, (root_name, _description, children) in enumerate(CATEGORY_TREE, 2):
        top = _add_item(menu, position, root_name, category=categories[category_path(root_name)])
        for sub_position, name in enumerate(children, 1):
            category = categories[category_path(root_name, name)]
            _add_item(menu, sub_position, name, top, category=category)


def _build_footer(menu, categories):
    for position, (label, root_name, children) in enumerate(FOOTER_COLUMNS, 1):
        top = _add_item(menu, position, label, category=categories[category_path(root_name)])
        for sub_position, name in enumerate(children, 1):
            category = categories[category_path(root_name, name)]
            _add_item(menu, sub_position, name, top, category=category)


@transaction.atomic
def build_menus(categories, pages):
    """Build the header, top bar, footer, legal and social menus, each only while empty.

    `categories` maps a path to its Category, `pages` a URL to its FlatPage.
    """
    if header := _empty_menu(Menu.Location.HEADER):
        _build_header(header, categories)
    if footer := _empty_menu(Menu.Location.FOOTER):
        _build_footer(footer, categories)
    _add_links(Menu.Location.TOP_BAR, TOPBAR, pages)
    _add_links(Menu.Location.LEGAL, LEGAL, pages)
    _add_links(Menu.Location.SOCIAL, SOCIAL, pages)
