from django.contrib import admin

from .models import Category, Menu, MenuItem


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "path", "parent", "position"]
    list_editable = ["position"]
    list_select_related = ["parent"]
    list_filter = [("parent", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name", "path"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent"]
    ordering = ["path"]
    fields = ["name", "slug", "parent", "position", "description", "seo_description", "path"]
    readonly_fields = ["path"]


class MenuItemInline(admin.TabularInline):
    model = MenuItem
    fields = ["label", "parent", "category", "page", "url", "position", "visible"]
    autocomplete_fields = ["category"]
    extra = 1

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        fields = formset.form.base_fields
        # A sub-entry's parent is chosen among the entries of the same menu.
        fields["parent"].queryset = MenuItem.objects.filter(menu=obj)
        # Each row's select would run its own query: read the choices once for all rows.
        for name in ("parent", "page"):
            fields[name].choices = list(fields[name].choices)
        return formset

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("category", "page", "parent")


@admin.register(Menu)
class MenuAdmin(admin.ModelAdmin):
    list_display = ["__str__", "location"]
    inlines = [MenuItemInline]
