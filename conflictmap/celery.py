"""Celery application: `celery -A conflictmap worker` runs the queued jobs.

The tasks (articles/tasks.py) wrap the same functions the synchronous
management commands call, so queueing only changes *where* the work runs.
Configuration comes from the CELERY_* settings (conflictmap/settings.py).
"""

from __future__ import annotations

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conflictmap.settings")

app = Celery("conflictmap")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
