"""Site-wide records: newsletter subscribers and issues, contact messages, outgoing mail."""

from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Subscriber(models.Model):
    """A newsletter address; only a confirmed one receives the newsletter (double opt-in)."""

    class Status(models.TextChoices):
        PENDING = "pending", _("En attente de confirmation")
        CONFIRMED = "confirmed", _("Confirmé")
        UNSUBSCRIBED = "unsubscribed", _("Désinscrit")

    MAX_CONFIRMATION_MAILS = 3  # MailPoet's cap

    email = models.EmailField(_("e-mail"), max_length=254, unique=True)
    status = models.CharField(
        _("statut"), max_length=12, choices=Status, default=Status.PENDING, db_index=True
    )
    source = models.CharField(_("inscrit depuis"), max_length=20, blank=True)
    created_at = models.DateTimeField(_("inscrit le"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmé le"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("désinscrit le"), null=True, blank=True)
    confirmation_mails = models.PositiveSmallIntegerField(_("mails de confirmation"), default=0)

    class Meta:
        verbose_name = _("abonné")
        verbose_name_plural = _("abonnés à la newsletter")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="subscriber_email_ci_unique"),
        ]

    def __str__(self):
        return self.email

    def save(self, *args, **kwargs):
        self.email = self.email.strip().lower()
        super().save(*args, **kwargs)

    def confirm(self):
        if self.status != self.Status.CONFIRMED:
            self.status = self.Status.CONFIRMED
            self.confirmed_at = timezone.now()
            self.unsubscribed_at = None
            self.save(update_fields=["status", "confirmed_at", "unsubscribed_at"])

    def unsubscribe(self):
        if self.status != self.Status.UNSUBSCRIBED:
            self.status = self.Status.UNSUBSCRIBED
            self.unsubscribed_at = timezone.now()
            self.save(update_fields=["status", "unsubscribed_at"])


class NewsletterIssue(models.Model):
    """One digest: the articles published in [since, until), sent once to each subscriber."""

    since = models.DateTimeField(_("depuis"), null=True, blank=True)
    until = models.DateTimeField(_("jusqu’à"))
    subject = models.CharField(_("objet"), max_length=200)
    article_ids = models.JSONField(_("articles"), default=list)
    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)
    completed_at = models.DateTimeField(_("terminé le"), null=True, blank=True)

    class Meta:
        verbose_name = _("numéro de la newsletter")
        verbose_name_plural = _("numéros de la newsletter")
        ordering = ["-created_at"]
        get_latest_by = "created_at"

    def __str__(self):
        return self.subject


class Delivery(models.Model):
    """A subscriber received an issue: recorded in the same transaction as the queued mail."""

    issue = models.ForeignKey(NewsletterIssue, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("envoi")
        verbose_name_plural = _("envois")
        constraints = [
            models.UniqueConstraint(fields=["issue", "subscriber"], name="delivery_once_per_issue")
        ]

    def __str__(self):
        return f"{self.issue} → {self.subscriber}"


class ContactMessage(models.Model):
    """A reader's message, stored before any mail is sent so that nothing is lost."""

    name = models.CharField(_("nom"), max_length=100)
    email = models.EmailField(_("e-mail"), max_length=254)
    subject = models.CharField(_("objet"), max_length=150)
    message = models.TextField(_("message"), max_length=5000)
    sender_hash = models.CharField(max_length=64, db_index=True, editable=False)
    created_at = models.DateTimeField(_("reçu le"), auto_now_add=True, db_index=True)
    handled = models.BooleanField(_("traité"), default=False)

    class Meta:
        verbose_name = _("message de contact")
        verbose_name_plural = _("messages de contact")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.subject} — {self.name}"


class OutgoingEmail(models.Model):
    """A mail waiting for, or done with, the worker (see webzine.mail)."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("En file")
        SENT = "sent", _("Envoyé")
        FAILED = "failed", _("Échec")

    from_email = models.CharField(_("expéditeur"), max_length=254)
    to = models.JSONField(_("destinataires"))
    subject = models.CharField(_("objet"), max_length=255)
    body = models.TextField(_("texte"))
    html = models.TextField(_("HTML"), blank=True)
    headers = models.JSONField(_("en-têtes"), default=dict, blank=True)
    reply_to = models.JSONField(_("répondre à"), default=list, blank=True)
    status = models.CharField(
        _("statut"), max_length=10, choices=Status, default=Status.QUEUED, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(_("tentatives"), default=0)
    last_error = models.TextField(_("dernière erreur"), blank=True)
    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)
    sent_at = models.DateTimeField(_("envoyé le"), null=True, blank=True)

    class Meta:
        verbose_name = _("courriel sortant")
        verbose_name_plural = _("courriels sortants")
        ordering = ["-created_at"]

    def __str__(self):
        return self.subject
