"""The contact form: stored first, then mailed to the editors through the queue."""

import datetime

from django import forms
from django.conf import settings
from django.core.mail import EmailMessage
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from articles.antispam import SpamTrapsForm

from .models import ContactMessage

SECONDS_BETWEEN_MESSAGES = 15


class ContactForm(SpamTrapsForm, forms.ModelForm):
    class Meta:
        model = ContactMessage
        fields = ["name", "email", "subject", "message"]
        labels = {
            "name": gettext_lazy("Nom"),
            "email": gettext_lazy("E-mail"),
            "subject": gettext_lazy("Objet"),
            "message": gettext_lazy("Message"),
        }
        widgets = {"message": forms.Textarea(attrs={"rows": 8, "maxlength": 5000})}
        error_messages = {
            "name": {"required": gettext_lazy("Indiquez votre nom.")},
            "email": {
                "required": gettext_lazy(
                    "Indiquez votre adresse e-mail pour que nous puissions répondre."
                ),
                "invalid": gettext_lazy("Saisissez une adresse e-mail valide."),
            },
            "subject": {"required": gettext_lazy("Indiquez l’objet de votre message.")},
            "message": {"required": gettext_lazy("Écrivez votre message.")},
        }

    def _single_line(self, field):
        value = " ".join(self.cleaned_data[field].replace("\x00", "").split())
        if not value:
            raise forms.ValidationError(self.fields[field].error_messages["required"])
        return value

    def clean_name(self):
        return self._single_line("name")

    def clean_subject(self):
        # One line: no CR/LF can reach a mail header.
        return self._single_line("subject")

    def clean_message(self):
        message = self.cleaned_data["message"].replace("\x00", "").strip()
        if len(message) < 2:
            raise forms.ValidationError(_("Votre message est trop court."))
        return message


def sent_too_recently(sender_hash):
    since = timezone.now() - datetime.timedelta(seconds=SECONDS_BETWEEN_MESSAGES)
    return ContactMessage.objects.filter(sender_hash=sender_hash, created_at__gte=since).exists()


def forward_to_editors(contact):
    recipients = [email for _name, email in settings.MANAGERS] or [settings.DEFAULT_FROM_EMAIL]
    EmailMessage(
        subject=_("[Contact] %(subject)s") % {"subject": contact.subject},
        body=_("De : %(name)s <%(email)s>\nReçu le : %(date)s\n\n%(message)s\n")
        % {
            "name": contact.name,
            "email": contact.email,
            "date": timezone.localtime(contact.created_at).strftime("%d/%m/%Y %H:%M"),
            "message": contact.message,
        },
        to=recipients,
        reply_to=[contact.email],
    ).send()
