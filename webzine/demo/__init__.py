"""Demo content for `manage.py seed_demo`: the 42mag.fr menus and categories,
static pages, authors, the reference article and its neighbours, word pools
for generated articles and the Pillow covers.

Data modules hold text; `structure`, `pages`, `authors`, `stories` and
`generator` also know how to write it to the database idempotently.
"""
