"""The `curator` and `viewer` groups.

curator: add, change and delete places and their aliases, mentions, actors and their aliases,
campaigns, front lines and statements; view articles. viewer: view everything, change nothing.
Staff users get a role by joining a group; anonymous users have no write path at all.
"""

from django.db import migrations

EDIT = ("add", "change", "delete", "view")
CURATOR = {
    "places": {"place": EDIT, "placename": EDIT},
    "articles": {
        "mention": EDIT,
        "actormention": EDIT,
        "actor": EDIT,
        "actoralias": EDIT,
        "campaign": EDIT,
        "campaignsource": EDIT,
        "frontline": EDIT,
        "statement": EDIT,
        "article": ("view",),
    },
}


def create_roles(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after migrate; create them now so the groups can hold them.
    for label in ("places", "articles"):
        app_config = apps.get_app_config(label)
        stub = (
            getattr(app_config, "models_module", None) is None
        )  # migration state: create_permissions needs one
        if stub:
            app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0, using=schema_editor.connection.alias)
        if stub:
            app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    curator, _ = Group.objects.get_or_create(name="curator")
    viewer, _ = Group.objects.get_or_create(name="viewer")
    for app_label, models in CURATOR.items():
        for model, actions in models.items():
            codenames = [f"{action}_{model}" for action in actions]
            curator.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label=app_label,
                    content_type__model=model,
                    codename__in=codenames,
                )
            )
    viewer.permissions.add(
        *Permission.objects.filter(
            content_type__app_label__in=("places", "articles"), codename__startswith="view_"
        )
    )


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=("curator", "viewer")).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("places", "0001_initial"),
        ("articles", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
