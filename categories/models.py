"""The taxonomy (nested categories) and the editable navigation menus."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .redirects import keep_old_address

# Top-level paths the site itself answers; a category may not take them.
RESERVED_SLUGS = {
    "admin", "auteur", "tag", "recherche", "newsletter", "contact", "feed", "static", "media",
    "a-la-une", "derniers-articles", "sitemap.xml", "robots.txt", "healthz", "apercu",
}  # fmt: skip


class CategoryQuerySet(models.QuerySet):
    def roots(self):
        return self.filter(parent__isnull=True)

    def subtree(self, category):
        """`category` and every category below it, at any depth."""
        return self.filter(Q(path=category.path) | Q(path__startswith=f"{category.path}/"))


class Category(models.Model):
    name = models.CharField(_("nom"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        validators=[
            RegexValidator(
                r"^[-a-z0-9_]+$", _("Minuscules sans accent, chiffres, tirets ou soulignés.")
            )
        ],
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("catégorie parente"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
    )
    position = models.PositiveIntegerField(_("position"), default=0)
    description = models.TextField(_("description"), blank=True)
    seo_description = models.CharField(_("description SEO"), max_length=160, blank=True)
    # Derived from the slugs of the ancestors; the URL and the subtree query use it.
    path = models.CharField(_("chemin"), max_length=255, unique=True, editable=False)
    depth = models.PositiveSmallIntegerField(_("profondeur"), default=0, editable=False)

    objects = CategoryQuerySet.as_manager()

    class Meta:
        verbose_name = _("catégorie")
        verbose_name_plural = _("catégories")
        ordering = ["position", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["parent", "slug"], name="category_unique_slug_per_parent"
            ),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        old_path = None
        if self.pk:
            old_path = Category.objects.filter(pk=self.pk).values_list("path", flat=True).first()
        self.path, self.depth = self.compute_path()
        with transaction.atomic():
            super().save(*args, **kwargs)
            if old_path and old_path != self.path:
                keep_old_address(f"/{old_path}/", self.get_absolute_url())
                for child in self.children.all():
                    child.save()  # cascades down the subtree

    def get_absolute_url(self):
        return reverse("category", kwargs={"path": self.path})

    def clean(self):
        if self.parent_id is None and self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": _("Ce slug est réservé par le site.")})
        node = self.parent
        while node is not None:
            if self.pk and node.pk == self.pk:
                raise ValidationError(
                    {"parent": _("Une catégorie ne peut pas être sa propre ancêtre.")}
                )
            node = node.parent

    def compute_path(self):
        if self.parent is None:
            return self.slug, 0
        return f"{self.parent.path}/{self.slug}", self.parent.depth + 1


class Menu(models.Model):
    """A named place on the page where editors arrange links."""

    class Location(models.TextChoices):
        HEADER = "header", _("Menu principal")
        TOP_BAR = "topbar", _("Barre du haut")
        FOOTER = "footer", _("Colonnes du pied de page")
        LEGAL = "legal", _("Liens légaux")
        SOCIAL = "social", _("Réseaux sociaux")

    location = models.CharField(_("emplacement"), max_length=20, choices=Location, unique=True)

    class Meta:
        verbose_name = _("menu")
        verbose_name_plural = _("menus")
        ordering = ["location"]

    def __str__(self):
        return self.get_location_display()


class MenuItem(models.Model):
    """An entry of a menu: points to a category, a static page or a URL; may hold sub-entries."""

    menu = models.ForeignKey(Menu, on_delete=models.CASCADE, related_name="items")
    parent = models.ForeignKey(
        "self",
        verbose_name=_("entrée parente"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="children",
    )
    label = models.CharField(_("libellé"), max_length=100, blank=True)
    category = models.ForeignKey(
        Category, verbose_name=_("catégorie"), on_delete=models.CASCADE, null=True, blank=True
    )
    page = models.ForeignKey(
        "flatpages.FlatPage",
        verbose_name=_("page statique"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
    )
    url = models.CharField(_("adresse"), max_length=300, blank=True)
    position = models.PositiveIntegerField(_("position"), default=0)
    visible = models.BooleanField(_("visible"), default=True)

    class Meta:
        verbose_name = _("entrée de menu")
        verbose_name_plural = _("entrées de menu")
        ordering = ["menu", "position", "pk"]

    def __str__(self):
        return self.title

    def clean(self):
        targets = [bool(self.category_id), bool(self.page_id), bool(self.url)]
        if sum(targets) != 1:
            raise ValidationError(
                _("Choisissez une seule cible : une catégorie, une page statique ou une adresse.")
            )
        if self.url and not self.url.startswith(("/", "https://", "http://", "mailto:")):
            raise ValidationError(
                {"url": _("Une adresse commence par /, https://, http:// ou mailto:.")}
            )
        if self.parent_id and self.parent.menu_id != self.menu_id:
            raise ValidationError({"parent": _("L’entrée parente doit appartenir au même menu.")})

    @property
    def title(self):
        if self.label:
            return self.label
        if self.category_id:
            return self.category.name
        if self.page_id:
            return self.page.title
        return self.url

    @property
    def href(self):
        if self.category_id:
            return self.category.get_absolute_url()
        if self.page_id:
            return self.page.url
        return self.url
