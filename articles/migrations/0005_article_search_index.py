"""The full-text search index (articles.search): an FTS5 table on SQLite, a tsvector
under a GIN index on PostgreSQL; filled with the articles already published."""

from django.db import migrations


def create_index(apps, schema_editor):
    from articles import search

    index = search.index_for(schema_editor.connection)
    if index is None:
        return
    with schema_editor.connection.cursor() as cursor:
        index.create(cursor)
    search.rebuild(using=schema_editor.connection.alias, apps=apps)


def drop_index(apps, schema_editor):
    from articles import search

    index = search.index_for(schema_editor.connection)
    if index is None:
        return
    with schema_editor.connection.cursor() as cursor:
        index.drop(cursor)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0004_article_body_editor"),
        ("categories", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
