"""The newsroom in the admin: articles with their workflow, authors, comment moderation.

Authors (no `edit_others_article` permission) see and edit only their own
articles, and may take them from draft to review but not publish, schedule or
feature them; every rule is enforced on the server, whatever a form posts.
"""

import datetime
import hashlib

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AutocompleteSelectMultiple, RelatedFieldWidgetWrapper
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Max, Min
from django.http import Http404
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin
from taggit.models import Tag

from categories.navigation import category_tree

from .forms import ArticleAdminForm, AuthorAdminForm
from .models import Article, ArticleQuerySet, Author, Comment, PendingComment
from .preview import preview_url

# Django 6's default, already: "example.org" typed in a URL field means https.
HTTPS_URLS = {models.URLField: {"assume_scheme": "https"}}
PUBLISH = "articles.publish_article"
FEATURE = "articles.feature_article"
EDIT_OTHERS = "articles.edit_others_article"


class CachedCountPaginator(Paginator):
    """Counts a large table once a minute, not on every page of the changelist."""

    @cached_property
    def count(self):
        # A digest, not hash(): the same key in every worker sharing the cache.
        digest = hashlib.sha256(str(self.object_list.query).encode()).hexdigest()
        key = f"admin:count:{digest}"
        count = cache.get(key)
        if count is None:
            count = super().count
            cache.set(key, count, 60)
        return count


def is_id(text):
    """A database id as typed in a URL: ASCII digits only ("²".isdigit() is True, int() fails)."""
    return text.isascii() and text.isdigit() and len(text) < 19


class TagAutocomplete(AutocompleteSelectMultiple):
    """Admin's autocomplete, tolerant of a crafted POST: ids that are not numbers are dropped."""

    def optgroups(self, name, value, attrs=None):
        return super().optgroups(name, [v for v in value if is_id(str(v))], attrs)


class PeriodsQuerySet(ArticleQuerySet):
    """The admin's date hierarchy asks which years (or months) hold articles. Django answers
    with a DISTINCT over the whole table (0.4 s at 100,000 articles); here, one indexed
    EXISTS per year or month between the first and the last date."""

    def datetimes(self, field_name, kind, order="ASC", tzinfo=None):
        if kind not in ("year", "month"):
            return super().datetimes(field_name, kind, order, tzinfo)
        bounds = self.aggregate(first=Min(field_name), last=Max(field_name))
        if bounds["first"] is None:
            return []
        first, last = timezone.localtime(bounds["first"]), timezone.localtime(bounds["last"])
        periods = []
        year, month = first.year, first.month if kind == "month" else 1
        while (year, month) <= (last.year, last.month if kind == "month" else 1):
            start = timezone.make_aware(datetime.datetime(year, month, 1))
            year, month = (year, month + 1) if kind == "month" and month < 12 else (year + 1, 1)
            end = timezone.make_aware(datetime.datetime(year, month, 1))
            lookup = {f"{field_name}__gte": start, f"{field_name}__lt": end}
            if self.filter(**lookup).exists():
                periods.append(start)
        return periods if order == "ASC" else periods[::-1]


class StatusFilter(admin.SimpleListFilter):
    title = _("statut")
    parameter_name = "etat"

    def lookups(self, request, model_admin):
        return [
            ("draft", _("Brouillon")),
            ("review", _("En relecture")),
            ("scheduled", _("Programmé")),
            ("live", _("En ligne")),
        ]

    def queryset(self, request, queryset):
        now = timezone.now()
        published = queryset.filter(status=Article.Status.PUBLISHED)
        return {
            "draft": queryset.filter(status=Article.Status.DRAFT),
            "review": queryset.filter(status=Article.Status.REVIEW),
            "scheduled": published.filter(published_at__gt=now),
            "live": published.filter(published_at__lte=now),
        }.get(self.value(), queryset)


class CategoryTreeFilter(admin.SimpleListFilter):
    """A category and everything below it, chosen in the indented tree."""

    title = _("rubrique")
    parameter_name = "rubrique"

    def lookups(self, request, model_admin):
        tree = category_tree()

        def walk(nodes, depth):
            for node in nodes:
                yield str(node.pk), "— " * depth + node.name
                yield from walk(tree.children(node), depth + 1)

        return list(walk(tree.roots, 0))

    def queryset(self, request, queryset):
        if not is_id(self.value() or ""):
            return queryset
        category = category_tree().by_id.get(int(self.value()))
        return queryset.in_category(category) if category else queryset.none()


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    form = AuthorAdminForm
    formfield_overrides = HTTPS_URLS
    list_display = ["name", "slug", "website", "user"]
    list_select_related = ["user"]
    fields = ["name", "slug", "bio", "website", "email", "avatar", "user"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["user"]


@admin.register(Article)
class ArticleAdmin(SimpleHistoryAdmin):
    form = ArticleAdminForm
    paginator = CachedCountPaginator
    list_display = [
        "title", "status_label", "category", "author", "featured", "published_at",
        "comment_count", "rating_label",
    ]  # fmt: skip
    list_filter = [StatusFilter, CategoryTreeFilter, "author", "featured", "published_at"]
    list_select_related = ["category", "author"]
    list_per_page = 50
    search_fields = ["title", "standfirst"]
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["category", "author"]
    show_full_result_count = False
    actions = ["publish", "unpublish", "feature", "unfeature"]
    readonly_fields = ["preview_link"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "standfirst", "body"]}),
        (_("Classement"), {"fields": ["category", "tags", "author"]}),
        (
            _("Publication"),
            {"fields": ["status", "published_at", "featured", "comments_open", "preview_link"]},
        ),
        (
            _("Image de couverture"),
            {"fields": ["cover", "cover_alt", "cover_caption", "cover_credit"]},
        ),
        (_("Référencement"), {"fields": ["seo_title", "seo_description"]}),
    ]

    class Media:
        js = ["newsroom/charcount.js"]
        css = {"all": ["newsroom/admin.css"]}

    # Who may do what

    def get_queryset(self, request):
        articles = super().get_queryset(request)
        articles = PeriodsQuerySet(self.model, query=articles.query.chain(), using=articles.db)
        if request.resolver_match and request.resolver_match.url_name.endswith("changelist"):
            articles = articles.defer("body", "toc")  # the list shows neither
        if request.user.has_perm(EDIT_OTHERS):
            return articles
        return articles.filter(author__user=request.user)

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not request.user.has_perm(PUBLISH):
            fields += ["published_at"]
            if obj is not None and obj.status == Article.Status.PUBLISHED:
                fields += ["status"]  # only an editor takes an article offline
        if not request.user.has_perm(FEATURE):
            fields += ["featured"]
        if not request.user.has_perm(EDIT_OTHERS):
            fields += ["author"]
        return fields

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name != "tags":
            return super().formfield_for_dbfield(db_field, request, **kwargs)
        # Tags with the admin's autocomplete (and "+" to create one), like a foreign key.
        widget = TagAutocomplete(db_field, self.admin_site)
        return forms.ModelMultipleChoiceField(
            queryset=Tag.objects.all(),
            required=False,
            label=_("Mots-clés"),
            widget=RelatedFieldWidgetWrapper(
                widget,
                db_field.remote_field,
                self.admin_site,
                can_add_related=request.user.has_perm("taggit.add_tag"),
            ),
        )

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        form.user = request.user
        return form

    def save_model(self, request, obj, form, change):
        if not request.user.has_perm(EDIT_OTHERS) and not change:
            obj.author = request.user.author
        super().save_model(request, obj, form, change)

    def history_view(self, request, object_id, extra_context=None):
        self._own_or_404(request, object_id)
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        self._own_or_404(request, object_id)
        if request.method == "POST" and self.revert_disabled(request):
            raise PermissionDenied  # the button is hidden; a crafted POST is refused too
        return super().history_form_view(request, object_id, version_id, extra_context)

    def revert_disabled(self, request, obj=None):
        # Restoring a version may bring back any status: an editor's decision.
        return not request.user.has_perm(PUBLISH)

    def _own_or_404(self, request, object_id):
        if (
            not is_id(str(object_id))
            or not self.get_queryset(request).filter(pk=object_id).exists()
        ):
            raise Http404

    def has_publish_permission(self, request):
        return request.user.has_perm(PUBLISH)

    def has_feature_permission(self, request):
        return request.user.has_perm(FEATURE)

    # Columns

    @admin.display(description=_("statut"), ordering="status")
    def status_label(self, article):
        if article.is_scheduled:
            return format_html(
                '<span class="status status--scheduled">{} {}</span>',
                _("Programmé"),
                date_format(timezone.localtime(article.published_at), "j M H:i"),
            )
        return format_html(
            '<span class="status status--{}">{}</span>',
            article.status,
            article.get_status_display(),
        )

    @admin.display(description=_("note"), ordering="rating_sum")
    def rating_label(self, article):
        if not article.rating_count:
            return "—"
        return f"{article.rating_average:.1f} ★ ({article.rating_count})".replace(".", ",")

    @admin.display(description=_("aperçu"))
    def preview_link(self, article):
        if not article.pk:
            return _("Enregistrez l’article pour obtenir un lien d’aperçu.")
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a> <span class="help">{}</span>',
            preview_url(article),
            _("Voir l’aperçu dans la mise en page du site"),
            _("(lien valable 48 heures, à partager avec la rédaction)"),
        )

    # Bulk actions, for editors only

    def _bulk(self, request, queryset, done, **changes):
        count = 0
        for article in queryset:
            for field, value in changes.items():
                setattr(article, field, value)
            try:
                article.full_clean(exclude=["slug"])
            except ValidationError as error:
                self.message_user(
                    request, f"{article} : {'; '.join(error.messages)}", messages.ERROR
                )
                continue
            article.save()
            count += 1
        self.message_user(request, done % {"count": count}, messages.SUCCESS)

    @admin.action(description=_("Publier"), permissions=["publish"])
    def publish(self, request, queryset):
        self._bulk(
            request, queryset, _("%(count)s article(s) publié(s)."), status=Article.Status.PUBLISHED
        )

    @admin.action(description=_("Dépublier (repasser en brouillon)"), permissions=["publish"])
    def unpublish(self, request, queryset):
        self._bulk(
            request, queryset, _("%(count)s article(s) dépublié(s)."), status=Article.Status.DRAFT
        )

    @admin.action(description=_("Mettre à la une"), permissions=["feature"])
    def feature(self, request, queryset):
        self._bulk(request, queryset, _("%(count)s article(s) mis à la une."), featured=True)

    @admin.action(description=_("Retirer de la une"), permissions=["feature"])
    def unfeature(self, request, queryset):
        self._bulk(
            request, queryset, _("%(count)s article(s) retiré(s) de la une."), featured=False
        )


class CommentAdminBase(admin.ModelAdmin):
    formfield_overrides = HTTPS_URLS
    list_display = ["name", "short_body", "article", "parent_excerpt", "status", "created_at"]
    list_select_related = ["article", "parent"]
    search_fields = ["name", "email", "body"]
    date_hierarchy = "created_at"
    raw_id_fields = ["article", "parent"]
    readonly_fields = ["created_at", "depth"]
    exclude = ["sender_hash"]
    actions = ["approve", "mark_spam", "remove"]

    @admin.display(description=_("commentaire"))
    def short_body(self, comment):
        return comment.body[:120]

    @admin.display(description=_("en réponse à"))
    def parent_excerpt(self, comment):
        return f"{comment.parent.name} : {comment.parent.body[:60]}" if comment.parent_id else "—"

    def has_delete_permission(self, request, obj=None):
        # "Supprimer (masquer)" keeps the thread and the counters right; nothing is lost.
        return False

    def has_add_permission(self, request):
        return False

    def save_model(self, request, obj, form, change):
        if change and "status" in form.changed_data:
            new_status, obj.status = obj.status, form.initial["status"]
            super().save_model(request, obj, form, change)
            obj.set_status(new_status)  # keeps the article's counter exact
        else:
            super().save_model(request, obj, form, change)

    def _set_status(self, request, queryset, status, done):
        comments = list(queryset)
        for comment in comments:
            comment.set_status(status)
        self.message_user(request, ngettext(done[0], done[1], len(comments)) % len(comments))

    @admin.action(description=_("Approuver"))
    def approve(self, request, queryset):
        self._set_status(
            request,
            queryset,
            Comment.Status.APPROVED,
            ("%d commentaire approuvé.", "%d commentaires approuvés."),
        )

    @admin.action(description=_("Marquer comme indésirable"))
    def mark_spam(self, request, queryset):
        self._set_status(
            request,
            queryset,
            Comment.Status.SPAM,
            ("%d commentaire marqué indésirable.", "%d commentaires marqués indésirables."),
        )

    @admin.action(description=_("Supprimer (masquer)"))
    def remove(self, request, queryset):
        self._set_status(
            request,
            queryset,
            Comment.Status.REMOVED,
            ("%d commentaire supprimé.", "%d commentaires supprimés."),
        )


@admin.register(Comment)
class CommentAdmin(CommentAdminBase):
    list_filter = ["status"]


@admin.register(PendingComment)
class PendingCommentAdmin(CommentAdminBase):
    """The queue: oldest first, so nobody waits longest."""

    ordering = ["created_at"]

    def get_queryset(self, request):
        return super().get_queryset(request).filter(status=Comment.Status.PENDING)
