"""`manage.py seed_demo [--articles N]`: the demo content of the webzine.

Builds what a reader of 42mag.fr sees around the reference article: the
category tree and the menus (header, top bar, footer, legal and social
links), the static pages, the authors, the reference article and the articles
named around it; then N generated articles spread over every category.

Running it again creates nothing twice and overwrites no editor's change: fixed
content is keyed by slug, URL or menu location and created only when missing, a
menu is built only while it is empty, and generated articles
have deterministic slugs, so only the missing ones are created (`--articles
100` after `--articles 50` adds 50).
"""

import os

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils.text import slugify

from articles import search
from webzine.demo import covers, generator, stories
from webzine.demo.authors import FOUNDER, build_authors
from webzine.demo.pages import build_site_and_pages
from webzine.demo.structure import CATEGORY_TREE, build_categories, build_menus, category_path

# Enough for every category page to list a few articles and for the longest
# listings to paginate, and still loaded in a few seconds by `make run`.
DEFAULT_ARTICLES = 300


class Command(BaseCommand):
    help = (
        "Charge le contenu de démonstration : rubriques, menus, pages statiques, auteurs, "
        "l’article de référence et N articles générés."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--articles",
            type=int,
            default=DEFAULT_ARTICLES,
            help=f"Nombre d’articles générés à avoir en base (défaut : {DEFAULT_ARTICLES}).",
        )
        parser.add_argument(
            "--jobs",
            type=int,
            default=min(4, os.cpu_count() or 1),
            help="Processus qui créent les articles générés lors des gros chargements "
            "(défaut : un par processeur, 4 au plus).",
        )

    def handle(self, *args, articles, jobs, verbosity, **options):
        if articles < 0:
            raise CommandError("--articles doit être positif ou nul.")

        with transaction.atomic():
            pages = build_site_and_pages()
            categories = build_categories()
            build_menus(categories, pages)
            authors = build_authors()
            roots = [(category_path(name), name) for name, _description, _children in CATEGORY_TREE]
            cover_pool = covers.cover_pool(roots)
            founder = authors[slugify(FOUNDER)]
            fixed_created, fixed_total = stories.build_stories(categories, founder, cover_pool)
            context = generator.build_context(categories, authors, cover_pool)
        self.stdout.write(
            f"Rubriques : {len(categories)}, pages statiques : {len(pages)}, "
            f"auteurs : {len(authors)}."
        )
        self.stdout.write(
            f"Articles de référence : {fixed_created} créés, "
            f"{fixed_total - fixed_created} déjà présents."
        )

        created, present = generator.generate(
            articles, context, jobs=max(1, jobs), progress=verbosity > 0
        )
        if created:
            # Bulk inserts skip the signals that keep the search index up to date.
            search.rebuild()
            # Fresh statistics, so the query planner picks the listing indexes at once.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        self.stdout.write(self.style.SUCCESS(f"{created} articles créés, {present} déjà présents."))
