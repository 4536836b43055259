"""Admin forms: the article's workflow rules, image checks and character counts."""

from django import forms
from django.contrib.admin.widgets import AdminFileWidget
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import images
from .models import Article, Author


def image_upload_field(label):
    """A plain file field: the checks of articles.images (size first, then Pillow) give the
    messages, rather than Django's generic "not an image"."""
    return forms.FileField(label=label, required=False, widget=AdminFileWidget)


class ArticleAdminForm(forms.ModelForm):
    user = None  # set by ArticleAdmin.get_form
    cover = image_upload_field(gettext_lazy("Image de couverture"))

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

    def clean(self):
        cleaned_data = super().clean()
        user = self.user
        if (
            user is not None
            and not user.has_perm("articles.edit_others_article")
            and not Author.objects.filter(user=user).exists()
        ):
            raise forms.ValidationError(
                _("Votre compte n’a pas de fiche auteur : demandez à un éditeur de la créer.")
            )
        return cleaned_data

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
    website = forms.URLField(
        label=gettext_lazy("Site internet"), required=False, assume_scheme="https"
    )
    avatar = image_upload_field(gettext_lazy("Avatar"))

    class Meta:
        model = Author
        fields = ["name", "slug", "bio", "website", "email", "avatar", "user"]

    def clean_avatar(self):
        avatar = self.cleaned_data.get("avatar")
        if avatar and hasattr(avatar, "content_type"):
            return images.clean_upload(avatar)
        return avatar
