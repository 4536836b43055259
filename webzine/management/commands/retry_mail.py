"""Put failed mails back in the worker's queue (after an SMTP outage, say)."""

from django.core.management.base import BaseCommand

from webzine.mail import schedule
from webzine.models import OutgoingEmail


class Command(BaseCommand):
    help = "Remet en file les courriels dont l’envoi a échoué."

    def handle(self, *args, **options):
        failed = list(
            OutgoingEmail.objects.filter(status=OutgoingEmail.Status.FAILED).values_list(
                "pk", flat=True
            )
        )
        for pk in failed:
            schedule(pk)
        self.stdout.write(f"{len(failed)} courriel(s) remis en file.")
