from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .models import Article, Author, Comment


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "website", "user"]
    fields = ["name", "slug", "bio", "website", "email", "avatar", "user"]
    list_select_related = ["user"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["user"]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "status", "category", "author", "featured", "published_at"]
    list_filter = ["status", "featured", ("category", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["category", "author"]
    search_fields = ["title", "standfirst"]
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["category", "author"]
    show_full_result_count = False
    fieldsets = [
        (None, {"fields": ["title", "slug", "standfirst", "body"]}),
        (_("Classement"), {"fields": ["category", "tags", "author"]}),
        (_("Publication"), {"fields": ["status", "published_at", "featured", "comments_open"]}),
        (
            _("Image de couverture"),
            {"fields": ["cover", "cover_alt", "cover_caption", "cover_credit"]},
        ),
        (_("Référencement"), {"fields": ["seo_title", "seo_description"], "classes": ["collapse"]}),
    ]


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    list_display = ["name", "article", "status", "created_at", "short_body"]
    list_filter = ["status"]
    list_select_related = ["article"]
    search_fields = ["name", "email", "body"]
    date_hierarchy = "created_at"
    raw_id_fields = ["article", "parent"]
    readonly_fields = ["created_at", "depth"]
    exclude = ["sender_hash"]
    actions = ["approve", "mark_spam", "remove"]

    @admin.display(description=_("commentaire"))
    def short_body(self, comment):
        return comment.body[:80]

    def save_model(self, request, obj, form, change):
        if change and "status" in form.changed_data:
            new_status = obj.status
            obj.status = form.initial["status"]
            super().save_model(request, obj, form, change)
            obj.set_status(new_status)  # keeps the article's counter exact
        else:
            super().save_model(request, obj, form, change)

    def has_delete_permission(self, request, obj=None):
        # "Supprimer (masquer)" keeps the thread and the counters right; nothing is lost.
        return False

    def _set_status(self, queryset, status):
        for comment in queryset:
            comment.set_status(status)

    @admin.action(description=_("Approuver"))
    def approve(self, request, queryset):
        self._set_status(queryset, Comment.Status.APPROVED)

    @admin.action(description=_("Marquer comme indésirable"))
    def mark_spam(self, request, queryset):
        self._set_status(queryset, Comment.Status.SPAM)

    @admin.action(description=_("Supprimer (masquer)"))
    def remove(self, request, queryset):
        self._set_status(queryset, Comment.Status.REMOVED)
