from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .models import Article, Author


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "website", "user"]
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
