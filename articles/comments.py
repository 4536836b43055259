"""Readers' comments: the form, the moderation rules and the thread.

Moderation follows WordPress's careful defaults: a first comment from an email
waits for an editor; once one of its comments was approved, the next ones are
published at once, unless they carry 2 links or more.
"""

import datetime
import re

from django import forms
from django.conf import settings
from django.core.mail import send_mail
from django.core.validators import URLValidator
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .antispam import SpamTrapsForm
from .models import Comment

SECONDS_BETWEEN_COMMENTS = 15
LINKS_TO_HOLD = 2
LINK_RE = re.compile(r"https?://|www\.", re.IGNORECASE)


class CommentForm(SpamTrapsForm, forms.ModelForm):
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)
    website = forms.URLField(
        label=gettext_lazy("Site web"),
        required=False,
        max_length=200,
        validators=[URLValidator(schemes=["http", "https"])],
        assume_scheme="https",
    )

    class Meta:
        model = Comment
        fields = ["body", "name", "email", "website"]
        labels = {
            "body": gettext_lazy("Commentaire"),
            "name": gettext_lazy("Nom"),
            "email": gettext_lazy("E-mail (jamais publié)"),
        }
        widgets = {"body": forms.Textarea(attrs={"rows": 6, "maxlength": 5000})}
        error_messages = {
            "body": {"required": gettext_lazy("Écrivez votre commentaire.")},
            "name": {"required": gettext_lazy("Indiquez votre nom.")},
            "email": {
                "required": gettext_lazy(
                    "Indiquez votre adresse e-mail (elle ne sera pas publiée)."
                ),
                "invalid": gettext_lazy("Saisissez une adresse e-mail valide."),
            },
        }

    def __init__(self, *args, article, **kwargs):
        self.article = article
        super().__init__(*args, **kwargs)
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["name"].widget.attrs["autocomplete"] = "name"

    def clean_body(self):
        body = self.cleaned_data["body"].replace("\x00", "").strip()
        if len(body) < 2:
            raise forms.ValidationError(_("Votre commentaire doit compter au moins 2 caractères."))
        return body

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].replace("\x00", "").split())
        if not name:
            raise forms.ValidationError(_("Indiquez votre nom."))
        return name

    def clean_parent(self):
        parent_id = self.cleaned_data.get("parent")
        if not parent_id:
            return None
        parent = (
            Comment.objects.approved()
            .filter(pk=parent_id, article=self.article)
            .select_related("parent__parent__parent__parent")
            .first()
        )
        if parent is None:
            raise forms.ValidationError(_("Le commentaire auquel vous répondez est introuvable."))
        return parent

    def save(self, sender_hash):
        comment = super().save(commit=False)
        comment.article = self.article
        comment.parent = self.cleaned_data.get("parent")
        comment.email = comment.email.lower()
        comment.sender_hash = sender_hash
        comment.status = Comment.Status.PENDING
        comment.save()
        if moderation_status(comment) == Comment.Status.APPROVED:
            comment.approve()  # counts it on the article
        return comment


def moderation_status(comment):
    links = len(LINK_RE.findall(comment.body))
    if links >= LINKS_TO_HOLD:
        return Comment.Status.PENDING
    known = Comment.objects.approved().filter(email__iexact=comment.email).exists()
    return Comment.Status.APPROVED if known else Comment.Status.PENDING


def sent_too_recently(sender_hash):
    since = timezone.now() - datetime.timedelta(seconds=SECONDS_BETWEEN_COMMENTS)
    return Comment.objects.filter(sender_hash=sender_hash, created_at__gte=since).exists()


def thread(article):
    """The approved comments of `article`, oldest first, as a tree (one query)."""
    comments = list(article.comments.approved().only(
        "pk", "parent_id", "depth", "name", "website", "body", "created_at", "article_id"
    ))  # fmt: skip
    by_id = {comment.pk: comment for comment in comments}
    roots = []
    for comment in comments:
        comment.thread_replies = []
    for comment in comments:
        parent = by_id.get(comment.parent_id)
        (parent.thread_replies if parent else roots).append(comment)
    return roots


def notify_author(comment, request):
    """Email the article's author that a comment waits for moderation."""
    author = comment.article.author
    recipient = author.email or (author.user.email if author.user_id else "")
    recipients = [recipient] if recipient else [email for _name, email in settings.MANAGERS]
    if not recipients:
        return
    admin_url = request.build_absolute_uri(
        reverse("admin:articles_comment_change", args=[comment.pk])
    )
    send_mail(
        subject=_("Commentaire à modérer : %(title)s")
        % {"title": " ".join(comment.article.title.split())},
        message=_("%(name)s a commenté « %(title)s » :\n\n%(body)s\n\nModérer : %(url)s\n")
        % {
            "name": comment.name,
            "title": comment.article.title,
            "body": comment.body,
            "url": admin_url,
        },  # fmt: skip
        from_email=None,
        recipient_list=recipients,
    )
