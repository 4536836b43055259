import csv

from django.conf import settings
from django.contrib import admin, messages
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .mail import schedule
from .models import ContactMessage, NewsletterIssue, OutgoingEmail, Subscriber

admin.site.site_header = _("Rédaction de %(site)s") % {"site": settings.SITE_NAME}
admin.site.site_title = _("Rédaction")
admin.site.index_title = _("Tableau de bord")


@admin.register(Subscriber)
class SubscriberAdmin(admin.ModelAdmin):
    list_display = ["email", "status", "source", "created_at", "confirmed_at", "unsubscribed_at"]
    list_filter = ["status", "source"]
    search_fields = ["email"]
    date_hierarchy = "created_at"
    readonly_fields = ["created_at", "confirmed_at", "unsubscribed_at", "confirmation_mails"]
    actions = ["export_csv"]

    @admin.action(description=_("Exporter en CSV"))
    def export_csv(self, request, queryset):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
        response["Content-Disposition"] = f'attachment; filename="abonnes-{stamp}.csv"'
        writer = csv.writer(response)
        writer.writerow(["email", "statut", "source", "inscrit le", "confirmé le", "désinscrit le"])
        for subscriber in queryset.order_by("email").iterator():
            writer.writerow(
                [
                    subscriber.email,
                    subscriber.get_status_display(),
                    subscriber.source,
                    subscriber.created_at.isoformat(),
                    subscriber.confirmed_at.isoformat() if subscriber.confirmed_at else "",
                    subscriber.unsubscribed_at.isoformat() if subscriber.unsubscribed_at else "",
                ]
            )
        return response


@admin.register(NewsletterIssue)
class NewsletterIssueAdmin(admin.ModelAdmin):
    list_display = ["subject", "since", "until", "completed_at"]
    readonly_fields = ["since", "until", "subject", "article_ids", "created_at", "completed_at"]


@admin.register(ContactMessage)
class ContactMessageAdmin(admin.ModelAdmin):
    list_display = ["subject", "name", "email", "created_at", "handled"]
    list_filter = ["handled"]
    list_editable = ["handled"]
    search_fields = ["subject", "name", "email", "message"]
    date_hierarchy = "created_at"
    readonly_fields = ["name", "email", "subject", "message", "created_at"]
    exclude = ["sender_hash"]


@admin.register(OutgoingEmail)
class OutgoingEmailAdmin(admin.ModelAdmin):
    list_display = ["subject", "recipients", "status", "attempts", "created_at", "sent_at"]
    list_filter = ["status"]
    search_fields = ["subject"]
    readonly_fields = [f.name for f in OutgoingEmail._meta.fields]
    actions = ["retry"]

    @admin.display(description=_("destinataires"))
    def recipients(self, outgoing):
        return ", ".join(outgoing.to)

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Renvoyer les courriels sélectionnés"))
    def retry(self, request, queryset):
        count = 0
        for outgoing in queryset.exclude(status=OutgoingEmail.Status.SENT):
            schedule(outgoing.pk)
            count += 1
        self.message_user(
            request,
            ngettext("%d courriel remis en file.", "%d courriels remis en file.", count) % count,
            messages.SUCCESS,
        )
