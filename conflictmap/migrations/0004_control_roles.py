"""Curators review control observations (accept, reject, correct); viewers see them."""

from django.db import migrations

ACTIONS = ("add", "change", "delete", "view")


def _control_permissions(apps, schema_editor):
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
        content_type__app_label="articles", content_type__model="controlobservation"
    )


def grant(apps, schema_editor):
    control = _control_permissions(apps, schema_editor)
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name="curator"):
        group.permissions.add(
            *control.filter(codename__in=[f"{a}_controlobservation" for a in ACTIONS])
        )
    for group in Group.objects.filter(name="viewer"):
        group.permissions.add(*control.filter(codename="view_controlobservation"))


def revoke(apps, schema_editor):
    control = apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="articles", content_type__model="controlobservation"
    )
    for group in apps.get_model("auth", "Group").objects.filter(name__in=("curator", "viewer")):
        group.permissions.remove(*control)


class Migration(migrations.Migration):
    dependencies = [
        ("conflictmap", "0003_event_roles"),
        ("articles", "0009_control_observations"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
