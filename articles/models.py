"""The newsroom's content (authors, articles) and what readers add (comments, ratings)."""

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_prose_editor.fields import ProseEditorField
from imagekit.models import ImageSpecField
from imagekit.processors import ResizeToFill
from simple_history.models import HistoricalRecords
from taggit.managers import TaggableManager

from categories.redirects import keep_old_address

from . import images, richtext


class Author(models.Model):
    name = models.CharField(_("nom affiché"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    bio = models.TextField(_("biographie"), blank=True)
    website = models.URLField(_("site internet"), blank=True)
    email = models.EmailField(
        _("e-mail"), blank=True, help_text=_("Pour les avis de modération ; jamais publié.")
    )
    avatar = models.ImageField(
        _("avatar"), upload_to="avatars/", blank=True, width_field="avatar_width",
        height_field="avatar_height",
    )  # fmt: skip
    avatar_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    avatar_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    avatar_small = ImageSpecField(
        source="avatar", processors=[ResizeToFill(96, 96)], format="JPEG", options={"quality": 85}
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("compte"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="author",
    )

    class Meta:
        verbose_name = _("auteur")
        verbose_name_plural = _("auteurs")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:author", kwargs={"slug": self.slug})


COUNTERS = ("comment_count", "rating_count", "rating_sum")


class ArticleQuerySet(models.QuerySet):
    def published(self):
        """What readers may see: published, and not scheduled for later."""
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=timezone.now())

    def in_category(self, category):
        """Articles of `category` and of every category below it, at any depth."""
        subtree = apps.get_model("categories", "Category").objects.subtree(category)
        return self.filter(category__in=subtree.values("pk"))

    def featured(self):
        return self.filter(featured=True)

    def for_listing(self):
        """What an article card needs, in one query: no body, newest first."""
        return (
            self.select_related("category", "author")
            .defer("body", "toc", "seo_title", "seo_description", "author__bio")
            .order_by("-published_at", "-pk")
        )


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Brouillon")
        REVIEW = "review", _("En relecture")
        PUBLISHED = "published", _("Publié")

    title = models.CharField(_("titre"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    standfirst = models.TextField(_("chapô"), max_length=600, blank=True)
    body = ProseEditorField(
        _("corps"),
        blank=True,
        config={"extensions": richtext.EDITOR_EXTENSIONS},
        sanitize=richtext.sanitize_html,
        help_text=_(
            "Intertitres, liens, listes, citations et images ; nettoyé à l’enregistrement."
        ),
    )
    category = models.ForeignKey(
        "categories.Category",
        verbose_name=_("catégorie"),
        on_delete=models.PROTECT,
        related_name="articles",
    )
    tags = TaggableManager(_("mots-clés"), blank=True)
    author = models.ForeignKey(
        Author, verbose_name=_("auteur"), on_delete=models.PROTECT, related_name="articles"
    )
    status = models.CharField(
        _("statut"), max_length=10, choices=Status, default=Status.DRAFT, db_index=True
    )
    published_at = models.DateTimeField(
        _("date de publication"),
        null=True,
        blank=True,
        help_text=_("Une date future programme l’article : il paraît à cette minute."),
    )
    created_at = models.DateTimeField(_("créé le"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("mis à jour le"), auto_now=True)
    featured = models.BooleanField(_("à la une"), default=False)
    comments_open = models.BooleanField(_("commentaires ouverts"), default=True)

    cover = models.ImageField(
        _("image de couverture"), upload_to="covers/%Y/%m/", blank=True,
        width_field="cover_width", height_field="cover_height",
    )  # fmt: skip
    cover_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    cover_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    cover_alt = models.CharField(_("texte alternatif"), max_length=250, blank=True)
    cover_caption = models.CharField(_("légende"), max_length=300, blank=True)
    cover_credit = models.CharField(_("crédit"), max_length=150, blank=True)
    # Renditions (articles.images): cards and hero in WebP and JPEG, and the social card.
    cover_card_small = images.rendition(320, 180)
    cover_card_small_webp = images.rendition(320, 180, "WEBP")
    cover_card = images.rendition(640, 360)
    cover_card_webp = images.rendition(640, 360, "WEBP")
    cover_hero_medium = images.rendition(800, 450)
    cover_hero_medium_webp = images.rendition(800, 450, "WEBP")
    cover_hero = images.rendition(1200, 675)
    cover_hero_webp = images.rendition(1200, 675, "WEBP")
    cover_social = images.rendition(1200, 630)

    seo_title = models.CharField(_("titre SEO"), max_length=70, blank=True)
    seo_description = models.CharField(_("description SEO"), max_length=160, blank=True)

    # Derived from the body on save.
    excerpt = models.CharField(_("extrait"), max_length=300, blank=True, editable=False)
    reading_time = models.PositiveSmallIntegerField(
        _("temps de lecture"), default=1, editable=False
    )
    toc = models.JSONField(_("sommaire"), default=list, blank=True, editable=False)

    # Denormalised counters, changed only by atomic F() updates.
    comment_count = models.PositiveIntegerField(_("commentaires"), default=0, editable=False)
    rating_count = models.PositiveIntegerField(_("votes"), default=0, editable=False)
    rating_sum = models.PositiveIntegerField(_("somme des votes"), default=0, editable=False)

    objects = ArticleQuerySet.as_manager()
    # Every save is kept: who, when, what changed (the counters and derived fields aside).
    history = HistoricalRecords(
        excluded_fields=[
            "comment_count",
            "rating_count",
            "rating_sum",
            "excerpt",
            "reading_time",
            "toc",
        ]
    )

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        permissions = [
            ("publish_article", _("Publier, programmer et dépublier des articles")),
            ("feature_article", _("Mettre des articles à la une")),
            ("edit_others_article", _("Modifier les articles de toute la rédaction")),
        ]
        ordering = ["-published_at", "-pk"]
        get_latest_by = "published_at"
        indexes = [
            models.Index(fields=["status", "published_at"], name="article_status_date"),
            # The admin's list, newest first, reads this index instead of sorting the table.
            models.Index(fields=["published_at", "id"], name="article_date"),
            models.Index(fields=["category", "status", "published_at"], name="article_cat_date"),
            models.Index(fields=["author", "status", "published_at"], name="article_author_date"),
            # Partial: SQLite reads `WHERE featured` (Django's form of featured=True) only
            # through an index that carries the same condition.
            models.Index(
                fields=["status", "published_at"],
                condition=Q(featured=True),
                name="article_featured",
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.derive_fields()
        if not self._state.adding and kwargs.get("update_fields") is None:
            # The counters move only by F() updates: a form loaded before a vote or a
            # comment must not write its stale numbers back.
            kwargs["update_fields"] = [
                field.name
                for field in self._meta.concrete_fields
                if not field.primary_key and field.name not in COUNTERS
            ]
        old_url = self._saved_url()
        with transaction.atomic():
            super().save(*args, **kwargs)
            if old_url and self.status == self.Status.PUBLISHED:
                keep_old_address(old_url, self.get_absolute_url())

    def get_absolute_url(self):
        return reverse("articles:detail", kwargs={"path": self.category.path, "slug": self.slug})

    def _saved_url(self):
        """The address the article had before this save (None when new)."""
        if self.pk is None:
            return None
        saved = Article.objects.filter(pk=self.pk).values_list("slug", "category__path").first()
        return (
            reverse("articles:detail", kwargs={"path": saved[1], "slug": saved[0]})
            if saved
            else None
        )

    def clean(self):
        if self.status == self.Status.PUBLISHED and self.cover and not self.cover_alt.strip():
            raise ValidationError(
                {"cover_alt": _("Décrivez l’image (texte alternatif) avant de publier l’article.")}
            )

    @property
    def is_published(self):
        return self.status == self.Status.PUBLISHED and not self.is_scheduled

    @property
    def is_scheduled(self):
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at > timezone.now()
        )

    @property
    def rating_average(self):
        if not self.rating_count:
            return None
        return round(self.rating_sum / self.rating_count, 1)

    @property
    def display_title(self):
        return self.seo_title or self.title

    @property
    def meta_description(self):
        return self.seo_description or self.excerpt

    def derive_fields(self):
        """Sanitise the body and compute what is derived from it (used by save and bulk loads)."""
        self.body, self.toc = richtext.add_heading_anchors(richtext.sanitize_html(self.body))
        self.excerpt = richtext.excerpt(self.standfirst, self.body)
        self.reading_time = richtext.reading_time(self.body)
        if self.status == self.Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()


class CommentQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=Comment.Status.APPROVED)

    def pending(self):
        return self.filter(status=Comment.Status.PENDING)


class Comment(models.Model):
    """A reader's comment or reply; plain text, shown escaped once approved."""

    class Status(models.TextChoices):
        PENDING = "pending", _("En attente")
        APPROVED = "approved", _("Approuvé")
        SPAM = "spam", _("Indésirable")
        REMOVED = "removed", _("Supprimé")

    MAX_DEPTH = 5  # WordPress's default thread depth

    article = models.ForeignKey(
        Article, verbose_name=_("article"), on_delete=models.CASCADE, related_name="comments"
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("en réponse à"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="replies",
    )
    depth = models.PositiveSmallIntegerField(_("niveau"), default=1, editable=False)
    name = models.CharField(_("nom"), max_length=100)
    email = models.EmailField(_("e-mail"), max_length=254)
    website = models.URLField(_("site web"), max_length=200, blank=True)
    body = models.TextField(_("commentaire"), max_length=5000)
    status = models.CharField(
        _("statut"), max_length=10, choices=Status, default=Status.PENDING, db_index=True
    )
    sender_hash = models.CharField(_("empreinte de l’expéditeur"), max_length=64, db_index=True)
    created_at = models.DateTimeField(_("envoyé le"), auto_now_add=True, db_index=True)

    objects = CommentQuerySet.as_manager()

    class Meta:
        verbose_name = _("commentaire")
        verbose_name_plural = _("commentaires")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["article", "status", "created_at"], name="comment_thread")]

    def __str__(self):
        return f"{self.name} — {self.article}"

    def save(self, *args, **kwargs):
        if self.parent_id and self._state.adding:
            # Replies past the deepest level attach to the deepest level.
            while self.parent.depth >= self.MAX_DEPTH:
                self.parent = self.parent.parent
            self.depth = self.parent.depth + 1
        super().save(*args, **kwargs)

    def set_status(self, status):
        """Change the status and keep the article's approved-comment counter exact."""
        with transaction.atomic():
            current = Comment.objects.select_for_update().get(pk=self.pk)
            if current.status == status:
                self.status = status
                return
            Comment.objects.filter(pk=self.pk).update(status=status)
            change = (status == self.Status.APPROVED) - (current.status == self.Status.APPROVED)
            if change:
                Article.objects.filter(pk=self.article_id).update(
                    comment_count=F("comment_count") + change
                )
            self.status = status

    def approve(self):
        self.set_status(self.Status.APPROVED)


class PendingComment(Comment):
    """The moderation queue: comments waiting for an editor."""

    class Meta:
        proxy = True
        verbose_name = _("commentaire en attente")
        verbose_name_plural = _("commentaires en attente")


class Rating(models.Model):
    """One reader's stars for one article; voting again replaces the vote."""

    article = models.ForeignKey(
        Article, verbose_name=_("article"), on_delete=models.CASCADE, related_name="ratings"
    )
    stars = models.PositiveSmallIntegerField(
        _("étoiles"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    voter = models.CharField(_("votant"), max_length=64)
    sender_hash = models.CharField(_("empreinte de l’adresse"), max_length=64)
    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)
    updated_at = models.DateTimeField(_("modifié le"), auto_now=True)

    class Meta:
        verbose_name = _("vote")
        verbose_name_plural = _("votes")
        constraints = [
            models.UniqueConstraint(fields=["article", "voter"], name="rating_one_vote_per_voter"),
            models.CheckConstraint(
                condition=Q(stars__gte=1) & Q(stars__lte=5), name="rating_stars_1_to_5"
            ),
        ]
        indexes = [
            models.Index(fields=["article", "sender_hash", "updated_at"], name="rating_sender")
        ]

    def __str__(self):
        return f"{self.stars}★ — {self.article}"

    @classmethod
    def vote(cls, article, voter, sender_hash, stars):
        """Record or replace `voter`'s vote; the article's counters change atomically."""
        with transaction.atomic():
            previous = cls.objects.select_for_update().filter(article=article, voter=voter).first()
            if previous is None:
                cls.objects.create(
                    article=article, voter=voter, sender_hash=sender_hash, stars=stars
                )
                counters = {"rating_count": F("rating_count") + 1}
                counters["rating_sum"] = F("rating_sum") + stars
            else:
                cls.objects.filter(pk=previous.pk).update(
                    stars=stars, sender_hash=sender_hash, updated_at=timezone.now()
                )
                counters = {"rating_sum": F("rating_sum") + (stars - previous.stars)}
            Article.objects.filter(pk=article.pk).update(**counters)
