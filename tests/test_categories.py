import pytest
from django.core.exceptions import ValidationError

from categories.models import Category, Menu, MenuItem
from categories.navigation import category_tree, menus
from tests.factories import CategoryFactory

pytestmark = pytest.mark.django_db


def test_category_path_follows_its_ancestors():
    politique = CategoryFactory(name="Politique", slug="politique")
    france = CategoryFactory(name="France", slug="france", parent=politique)
    paris = CategoryFactory(name="Paris", slug="paris", parent=france)

    assert paris.path == "politique/france/paris"
    assert paris.depth == 2
    assert paris.get_absolute_url() == "/politique/france/paris/"


def test_renaming_a_slug_moves_the_whole_subtree():
    politique = CategoryFactory(name="Politique", slug="politique")
    france = CategoryFactory(name="France", slug="france", parent=politique)
    CategoryFactory(name="Paris", slug="paris", parent=france)

    politique.slug = "vie-politique"
    politique.save()

    assert set(Category.objects.values_list("path", flat=True)) == {
        "vie-politique",
        "vie-politique/france",
        "vie-politique/france/paris",
    }


def test_a_top_level_category_cannot_take_a_reserved_path():
    category = Category(name="Admin", slug="admin")
    with pytest.raises(ValidationError) as error:
        category.full_clean()
    assert "réservé" in str(error.value)


def test_a_category_cannot_become_its_own_descendant():
    politique = CategoryFactory(slug="politique")
    france = CategoryFactory(slug="france", parent=politique)
    politique.parent = france
    with pytest.raises(ValidationError):
        politique.full_clean()


def test_same_slug_is_allowed_under_different_parents():
    a, b = CategoryFactory(slug="a"), CategoryFactory(slug="b")
    CategoryFactory(slug="sport", parent=a)
    CategoryFactory(slug="sport", parent=b)
    assert Category.objects.filter(slug="sport").count() == 2


def test_tree_gives_ancestors_root_first_without_queries(django_assert_num_queries):
    politique = CategoryFactory(name="Politique", slug="politique")
    france = CategoryFactory(name="France", slug="france", parent=politique)
    category_tree()  # warms the cache
    with django_assert_num_queries(0):
        tree = category_tree()
        assert [c.name for c in tree.ancestors(france)] == ["Politique", "France"]
        assert [c.name for c in tree.roots] == ["Politique"]
        assert tree.get("politique/france").pk == france.pk


def test_menu_items_nest_and_hidden_ones_are_left_out():
    header = Menu.objects.create(location=Menu.Location.HEADER)
    politique = CategoryFactory(name="Politique", slug="politique")
    top = MenuItem.objects.create(menu=header, category=politique, position=1)
    MenuItem.objects.create(menu=header, parent=top, label="France", url="/politique/france/")
    MenuItem.objects.create(menu=header, label="Caché", url="/cache/", visible=False)

    header_items = menus()["header"]

    assert [item.title for item in header_items] == ["Politique"]
    assert header_items[0].href == "/politique/"
    assert [item.title for item in header_items[0].subitems] == ["France"]


def test_editing_a_menu_is_visible_at_once():
    header = Menu.objects.create(location=Menu.Location.HEADER)
    item = MenuItem.objects.create(menu=header, label="Culture", url="/culture/")
    assert menus()["header"][0].title == "Culture"

    item.label = "Cultures"
    item.save()

    assert menus()["header"][0].title == "Cultures"


@pytest.mark.parametrize(
    ("fields", "valid"),
    [
        ({"url": "/contact/"}, True),
        ({"url": "javascript:alert(1)"}, False),
        ({}, False),
    ],
)
def test_a_menu_item_needs_exactly_one_safe_target(fields, valid):
    header = Menu.objects.create(location=Menu.Location.HEADER)
    item = MenuItem(menu=header, label="Lien", **fields)
    if valid:
        item.full_clean()
    else:
        with pytest.raises(ValidationError):
            item.full_clean()
