"""A front line's `note` is the curators' internal note (no longer in the API or the exported map);
`source_note` is what the public sees."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0004_article_url_http_only"),
    ]

    operations = [
        migrations.AlterField(
            model_name="frontline",
            name="note",
            field=models.TextField(
                blank=True,
                help_text="For curators only: never shown on the public map, the API "
                "or the exported map",
                verbose_name="internal note",
            ),
        ),
        migrations.AlterField(
            model_name="frontline",
            name="source_note",
            field=models.CharField(
                blank=True,
                help_text="Shown to the public on the map, the API and exports: the "
                "source the line follows and its caveats",
                max_length=500,
                verbose_name="public source note",
            ),
        ),
    ]
