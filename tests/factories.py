"""Factories for the tests: valid, published content unless told otherwise."""

import datetime
import io

import factory
from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image

from articles.models import Article, Author
from categories.models import Category, Menu, MenuItem


def image_file(name="cover.jpg", size=(800, 450), color=(200, 40, 40)):
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "JPEG")
    return ContentFile(buffer.getvalue(), name=name)


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category
        django_get_or_create = ["parent", "slug"]

    name = factory.Sequence(lambda n: f"Rubrique {n}")
    slug = factory.Sequence(lambda n: f"rubrique-{n}")
    parent = None


class AuthorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Author

    name = factory.Sequence(lambda n: f"Camille Martin {n}")
    slug = factory.Sequence(lambda n: f"camille-martin-{n}")
    bio = "Journaliste, spécialiste des nouvelles technologies."
    website = "https://example.org/camille"


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Un titre d’article numéro {n}")
    slug = factory.Sequence(lambda n: f"article-{n}")
    standfirst = "Ce qu’il faut retenir de la journée."
    body = "<p>Premier paragraphe.</p><h2>Une section</h2><p>Du texte dans la section.</p>"
    category = factory.SubFactory(CategoryFactory)
    author = factory.SubFactory(AuthorFactory)
    status = Article.Status.PUBLISHED
    published_at = factory.Sequence(
        lambda n: timezone.now() - datetime.timedelta(hours=1, minutes=n)
    )

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.add(*extracted)


class MenuItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MenuItem

    menu = factory.LazyFunction(lambda: Menu.objects.get_or_create(location="header")[0])
    label = factory.Sequence(lambda n: f"Entrée {n}")
    url = "/"
