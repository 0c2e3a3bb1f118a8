# Load the Celery app with Django so @shared_task binds to it (see conflictmap/celery.py).
from conflictmap.celery import app as celery_app

__all__ = ("celery_app",)
