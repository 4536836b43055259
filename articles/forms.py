"""Admin forms: the article's workflow rules, image checks and character counts."""

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import images
from .models import Article, Author


class ArticleAdminForm(forms.ModelForm):
    user = None  # set by ArticleAdmin.get_form

    class Meta:
        model = Article
        fields = [
            "title", "slug", "standfirst", "body", "category", "tags", "author", "status",
            "published_at", "featured", "comments_open", "cover", "cover_alt", "cover_caption",
            "cover_credit", "seo_title", "seo_description",
        ]  # fmt: skip
        widgets = {
            "standfirst": forms.Textarea(attrs={"rows": 3, "data-charcount": "600"}),
            "seo_title": forms.TextInput(attrs={"data-charcount": "70"}),
            "seo_description": forms.Textarea(attrs={"rows": 2, "data-charcount": "160"}),
        }

    def clean_cover(self):
        cover = self.cleaned_data.get("cover")
        if cover and hasattr(cover, "content_type"):  # a new upload, not the stored file
            return images.clean_upload(cover)
        return cover

    def clean_status(self):
        status = self.cleaned_data.get("status")
        if (
            status == Article.Status.PUBLISHED
            and self.user is not None
            and not self.user.has_perm("articles.publish_article")
            and (self.instance.pk is None or self.instance.status != Article.Status.PUBLISHED)
        ):
            raise forms.ValidationError(
                _("Seul un éditeur peut publier : passez l’article « En relecture ».")
            )
        return status


class AuthorAdminForm(forms.ModelForm):
    website = forms.URLField(label=gettext_lazy("Site internet"), required=False, assume_scheme="https")

    class Meta:
        model = Author
        fields = ["name", "slug", "bio", "website", "email", "avatar", "user"]

    def clean_avatar(self):
        avatar = self.cleaned_data.get("avatar")
        if avatar and hasattr(avatar, "content_type"):
            return images.clean_upload(avatar)
        return avatar
