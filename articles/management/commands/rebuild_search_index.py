"""`manage.py rebuild_search_index`: index every published article afresh.

Saves keep the index up to date by themselves; this is for bulk loads that
skip signals (seed_demo calls it) or an index suspected stale.
"""

import time

from django.core.management.base import BaseCommand

from articles import search


class Command(BaseCommand):
    help = "Reconstruit l’index de recherche à partir des articles publiés."

    def handle(self, *args, verbosity, **options):
        start = time.perf_counter()
        total = search.rebuild()
        if verbosity:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Index de recherche : {total} articles indexés "
                    f"en {time.perf_counter() - start:.1f} s."
                )
            )
