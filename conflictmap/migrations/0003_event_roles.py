"""Curators edit imported events (to clear a review flag); viewers see them."""

from django.db import migrations

EVENT_ACTIONS = ("add", "change", "delete", "view")


def _event_permissions(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after migrate; create them now so the groups can hold them.
    app_config = apps.get_app_config("articles")
    stub = getattr(app_config, "models_module", None) is None
    if stub:
        app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0, using=schema_editor.connection.alias)
    if stub:
        app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(
        content_type__app_label="articles", content_type__model="event"
    )


def grant(apps, schema_editor):
    events = _event_permissions(apps, schema_editor)
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name="curator"):
        group.permissions.add(*events.filter(codename__in=[f"{a}_event" for a in EVENT_ACTIONS]))
    for group in Group.objects.filter(name="viewer"):
        group.permissions.add(*events.filter(codename="view_event"))


def revoke(apps, schema_editor):
    events = apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="articles", content_type__model="event"
    )
    for group in apps.get_model("auth", "Group").objects.filter(name__in=("curator", "viewer")):
        group.permissions.remove(*events)


class Migration(migrations.Migration):
    dependencies = [
        ("conflictmap", "0002_shared_cache_table"),
        ("articles", "0008_imported_events"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
