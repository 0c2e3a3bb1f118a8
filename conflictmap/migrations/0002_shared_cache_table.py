"""The table of Django's database cache, the default cache when CACHE_URL is not set.

The cache holds the login-throttle counters (and API rate limits); a per-process cache would let
each gunicorn worker count on its own. `migrate` creates the table, so no deployment step can be
forgotten. It is created even when CACHE_URL points at Redis, ready for the day it is unset.
"""

from django.core.management.commands.createcachetable import Command as CreateCacheTable
from django.db import migrations

TABLE = "conflictmap_cache"  # settings.CACHE_TABLE


def create_cache_table(apps, schema_editor):
    command = CreateCacheTable()
    command.verbosity = 0
    command.create_table(
        schema_editor.connection.alias, TABLE, dry_run=False
    )  # a no-op if it exists


def drop_cache_table(apps, schema_editor):
    schema_editor.execute(f"DROP TABLE IF EXISTS {schema_editor.quote_name(TABLE)}")


class Migration(migrations.Migration):
    dependencies = [
        ("conflictmap", "0001_roles"),
    ]

    operations = [
        migrations.RunPython(create_cache_table, drop_cache_table),
    ]
