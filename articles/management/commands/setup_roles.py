from django.core.management.base import BaseCommand

from articles.roles import AUTHOR, EDITOR, setup_roles


class Command(BaseCommand):
    help = "Crée ou met à jour les groupes Auteur et Éditeur et leurs permissions."

    def handle(self, *args, **options):
        setup_roles()
        self.stdout.write(self.style.SUCCESS(f"Groupes « {AUTHOR} » et « {EDITOR} » à jour."))
