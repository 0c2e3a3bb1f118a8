"""Article links are http or https only: validate new ones, and clear stored ones that are not.

A feed item whose <link> was `javascript:alert(1)` used to be stored and linked as the article's
"original". Such values are not web links; the article keeps its text, only the link goes.
"""

from django.db import migrations, models

import conflictmap.links


def clear_unsafe_links(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    unsafe = [
        pk
        for pk, url in Article.objects.exclude(url=None).values_list("pk", "url").iterator()
        if conflictmap.links.http_url_or_none(url) is None
    ]
    for start in range(0, len(unsafe), 500):
        Article.objects.filter(pk__in=unsafe[start : start + 500]).update(url=None)
    if unsafe:
        print(f"\n  Cleared {len(unsafe)} article link(s) that were not http(s) URLs.")


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0003_last_modified_indexes"),
    ]

    operations = [
        migrations.AlterField(
            model_name="article",
            name="url",
            field=models.URLField(
                blank=True,
                help_text="The original article (http or https only)",
                max_length=1000,
                null=True,
                unique=True,
                validators=[conflictmap.links.HttpURLValidator()],
            ),
        ),
        migrations.RunPython(clear_unsafe_links, migrations.RunPython.noop, elidable=True),
    ]
