"""Settings for Conflict Map: one module, read from the environment.

Defaults are safe for production (DEBUG off); `make run` turns DEBUG on.
"""

from __future__ import annotations

import os
import secrets
import sys
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(os.getenv("CONFLICTMAP_DATA_DIR", BASE_DIR / "data"))
DATA_DIR.mkdir(parents=True, exist_ok=True)


def envbool(name: str, default: str) -> bool:
    value = os.getenv(name, default)
    if value not in ("True", "False", "1", "0", ""):
        raise ImproperlyConfigured(f"{name} must be True or False, not {value!r}")
    return value in ("True", "1")


def envint(name: str, default: str, minimum: int | None = None) -> int:
    value = os.getenv(name, default)
    try:
        number = int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be an integer, not {value!r}") from None
    if minimum is not None and number < minimum:
        raise ImproperlyConfigured(f"{name} must be at least {minimum}, not {number}")
    return number


def envlist(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.getenv(name, default).split(",") if item.strip()]


def _secret_key() -> str:
    """SECRET_KEY from the environment, else one generated once into DATA_DIR."""
    if key := os.getenv("SECRET_KEY"):
        return key
    path = DATA_DIR / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


# Core
DEBUG = envbool("DJANGO_DEBUG", "False")
# Under pytest (or `manage.py test`) the test client speaks plain HTTP: don't redirect it to HTTPS.
TESTING = "pytest" in sys.modules or sys.argv[1:2] == ["test"]
SECRET_KEY = _secret_key()
ALLOWED_HOSTS = envlist(
    "ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]" + (",testserver" if DEBUG else "")
)
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.gis",
    "leaflet",
    "places",
    "articles",
    "conflictmap",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Serves collected static files (gunicorn in production); see docs/operations.md.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "conflictmap.middleware.ContentSecurityPolicyMiddleware",
]

ROOT_URLCONF = "conflictmap.urls"
WSGI_APPLICATION = "conflictmap.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Database: SpatiaLite file by default, PostGIS with DATABASE_URL=postgis://...
DATABASES = {
    "default": dj_database_url.parse(
        os.getenv("DATABASE_URL") or f"spatialite:///{DATA_DIR / 'conflictmap.sqlite3'}",
        conn_max_age=envint("DB_CONN_MAX_AGE", "0"),
    )
}
if DATABASES["default"]["ENGINE"] == "django.contrib.gis.db.backends.spatialite":
    # Readers never block the writer (geocoding runs beside the web server).
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = (
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;"
    )
    # A deferred transaction that read before it writes fails at once ("database is locked")
    # when another connection wrote meanwhile: the busy timeout cannot help it. IMMEDIATE takes
    # the write lock at BEGIN, where the timeout waits (Django's SQLite notes).
    DATABASES["default"]["OPTIONS"]["transaction_mode"] = "IMMEDIATE"
    DATABASES["default"].setdefault("TEST", {})["NAME"] = str(DATA_DIR / "test.sqlite3")
SPATIALITE_LIBRARY_PATH = os.getenv("SPATIALITE_LIBRARY_PATH", "mod_spatialite")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# Debian 12's GDAL is 3.6, which cannot block file/network access from spatial reference
# strings. We never hand user-supplied SRS text to GDAL: imports and the API accept only
# SRID 4326 (see places/readers.py and conflictmap/params.py), so the warning is noise.
SILENCED_SYSTEM_CHECKS = ["gis.W001"]

# Auth
# LoginThrottleBackend refuses logins after repeated failures (conflictmap/login_throttle.py).
AUTHENTICATION_BACKENDS = [
    "conflictmap.login_throttle.LoginThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_THROTTLE_FAILURES = envint("LOGIN_THROTTLE_FAILURES", "5")  # per username
LOGIN_THROTTLE_IP_FAILURES = envint("LOGIN_THROTTLE_IP_FAILURES", "20")  # per client address
LOGIN_THROTTLE_WINDOW = envint("LOGIN_THROTTLE_WINDOW", "900")  # seconds

# Cache: shared by every process (gunicorn workers, celery), because login throttling (and API rate
# limiting) must count across all of them. Without CACHE_URL it is Django's database cache, in a
# table `migrate` creates (conflictmap/migrations/0002_shared_cache_table.py); CACHE_URL=redis://...
# is faster and counts exactly under concurrent requests. See docs/operations.md "Security
# settings".
CACHE_TABLE = "conflictmap_cache"
CACHES = {
    "default": (
        {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["CACHE_URL"],
        }
        if os.getenv("CACHE_URL")
        else {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": CACHE_TABLE,
            # Django's default (300) would let a flood of distinct usernames evict lockout counters.
            "OPTIONS": {"MAX_ENTRIES": envint("CACHE_MAX_ENTRIES", "100000")},
        }
    )
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation
LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# Static files
STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.getenv("STATIC_ROOT", BASE_DIR / "staticfiles"))
# Production (DEBUG off): `manage.py collectstatic` then whitenoise serves hashed, compressed
# files from STATIC_ROOT. With DEBUG on (make run) and in tests, files come from the finders.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "conflictmap.storage.StaticStorage"},
}
WHITENOISE_USE_FINDERS = envbool("WHITENOISE_USE_FINDERS", "True" if DEBUG or TESTING else "False")
WHITENOISE_AUTOREFRESH = (
    DEBUG or TESTING
)  # no start-up scan of a STATIC_ROOT that was never collected

# Security (production defaults; DEBUG relaxes the HTTPS-only ones)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = envbool("SECURE_COOKIES", "False" if DEBUG else "True")
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Behind a TLS-terminating proxy (nginx, a load balancer) that sets X-Forwarded-Proto.
if envbool("SECURE_PROXY_SSL", "False"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Production defaults: redirect to HTTPS and send HSTS for a year. Set SECURE_SSL_REDIRECT=False
# and SECURE_HSTS_SECONDS=0 to serve plain HTTP (e.g. on 127.0.0.1 behind nothing).
SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", "False" if DEBUG or TESTING else "True")
SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", "0" if DEBUG else "31536000")
SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("SECURE_HSTS_INCLUDE_SUBDOMAINS", "True")
SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", "False")

# Map
# An optional raster tile URL for online use; the offline vector basemap is always drawn.
MAP_TILE_URL = os.getenv("MAP_TILE_URL", "")
MAP_TILE_ATTRIBUTION = os.getenv("MAP_TILE_ATTRIBUTION", "")
LEAFLET_CONFIG = {
    "DEFAULT_CENTER": (35.5, 40.0),
    "DEFAULT_ZOOM": 6,
    "MIN_ZOOM": 2,
    "MAX_ZOOM": 16,
    "TILES": [],
    "ATTRIBUTION_PREFIX": "GeoNames (CC BY 4.0), UCDP GED (CC BY 4.0), "
    "© OpenStreetMap contributors (ODbL), Natural Earth",
    "RESET_VIEW": False,
}
API_MAX_FEATURES = envint("API_MAX_FEATURES", "5000")
# Days an ended campaign's arrow stays on the map, faded, after its end date; later it shows
# only when the map's date is back within the campaign.
CAMPAIGN_FADE_DAYS = envint("CAMPAIGN_FADE_DAYS", "30", minimum=0)
# manage.py import_control refuses larger files (and KMZ entries inflating beyond it).
CONTROL_IMPORT_MAX_BYTES = envint("CONTROL_IMPORT_MAX_BYTES", str(200 * 1024 * 1024))
# Requests per client to /api/* (django-ratelimit: "N/s", "N/m", "N/h"; "" = unlimited), counted
# in the default cache (CACHES above) so every worker process shares the count. Anonymous clients
# are counted per address (RATELIMIT_IP_META_KEY, below), signed-in users per account; staff get
# API_RATE_LIMIT_STAFF (unlimited by default). Over the limit: 429 with Retry-After.
# Off under tests: the fuzz and browser tests send thousands of requests from one address.
API_RATE_LIMIT = os.getenv("API_RATE_LIMIT", "" if TESTING else "600/m")
API_RATE_LIMIT_STAFF = os.getenv("API_RATE_LIMIT_STAFF", "")
# Behind a reverse proxy every request comes from the proxy's address: name the header the
# proxy sets with the client's address (e.g. HTTP_X_REAL_IP); never trust it without a proxy.
RATELIMIT_IP_META_KEY = os.getenv("RATELIMIT_IP_META_KEY", "") or None
# IPv6 clients usually own a /64: count it as one client.
RATELIMIT_IPV6_MASK = envint("RATELIMIT_IPV6_MASK", "64")
# When the count cannot be kept, answer rather than refuse: the database cache drops a write it
# cannot lock (SQLite under the map's parallel first requests) and django-ratelimit would then
# turn a legitimate, read-only request into a 429 "at most 0 per period".
RATELIMIT_FAIL_OPEN = True

# Geocoding
# Online fallback through geopy: off by default, the app works fully offline.
GEOCODER_ONLINE = envbool("GEOCODER_ONLINE", "False")
GEOCODER_NOMINATIM_URL = os.getenv("GEOCODER_NOMINATIM_URL", "nominatim.openstreetmap.org")
GEOCODER_USER_AGENT = os.getenv("GEOCODER_USER_AGENT", "conflictmap/0.1 (+https://example.org)")
GEOCODER_MIN_DELAY_SECONDS = float(os.getenv("GEOCODER_MIN_DELAY_SECONDS", "1.0"))
# The geoparser's index, built once per gazetteer version (about 160 MB for the world).
GEOPARSER_CACHE_DIR = Path(os.getenv("GEOPARSER_CACHE_DIR", DATA_DIR / "cache"))

# Per-article processing limits (articles/limits.py; docs/operations.md, "Processing limits").
# Articles come from untrusted feeds: one huge or pathological article must not stall the queue.
# The whole text is stored; geocoding and extraction read at most this many bytes of it (UTF-8),
# cut back to a paragraph or sentence end, and the article notes what was left unprocessed.
# 250 KB: the statistical parse reads ~20,000 characters per CPU-second, so about 12 s; a long
# feature article is 30-100 KB.
ARTICLE_PROCESS_LIMIT_BYTES = envint("ARTICLE_PROCESS_LIMIT_BYTES", "250000", minimum=1)
# Wall-clock seconds one article may take to geocode and extract; past it the article is marked
# failed with that error and nothing of it is stored (its transaction is rolled back).
ARTICLE_PROCESS_TIME_LIMIT_SECONDS = envint("ARTICLE_PROCESS_TIME_LIMIT_SECONDS", "120", minimum=1)
# Attempts per article (failed or interrupted) before `--retry-failed` leaves it alone; the admin's
# "Retry processing" action starts the count again.
ARTICLE_PROCESS_MAX_ATTEMPTS = envint("ARTICLE_PROCESS_MAX_ATTEMPTS", "3", minimum=1)

# Feed polling (articles/fetch.py): what one download may take before it is abandoned.
FEED_CONNECT_TIMEOUT = envint("FEED_CONNECT_TIMEOUT", "10", minimum=1)
FEED_READ_TIMEOUT = envint("FEED_READ_TIMEOUT", "20", minimum=1)  # seconds between two reads
FEED_DOWNLOAD_DEADLINE = envint("FEED_DOWNLOAD_DEADLINE", "60", minimum=1)  # seconds in all
FEED_MAX_PAGE_BYTES = envint("FEED_MAX_PAGE_BYTES", str(5 * 1024 * 1024), minimum=1024)
FEED_MAX_FEED_BYTES = envint("FEED_MAX_FEED_BYTES", str(10 * 1024 * 1024), minimum=1024)
# A feed that cannot be fetched or read waits twice as long after each such poll, up to this.
FEED_BACKOFF_MAX_MINUTES = envint("FEED_BACKOFF_MAX_MINUTES", "1440", minimum=1)
# Feeds and "Add article" URLs may not point at loopback, private, link-local or reserved addresses
# (the host's own services, a cloud metadata endpoint): staff-supplied URLs must not reach inside.
# An intranet news source needs FEED_ALLOW_PRIVATE_ADDRESSES=True.
FEED_ALLOW_PRIVATE_ADDRESSES = envbool("FEED_ALLOW_PRIVATE_ADDRESSES", "False")

# Background jobs (Celery + Redis; conflictmap/celery.py, conflictmap/jobs.py).
# Commands run their work in-process unless given --queue; --queue needs CELERY_BROKER_URL and a
# worker: `celery -A conflictmap worker`. Without a broker, tasks called with .delay() run eagerly.
CELERY_BROKER_URL = os.getenv("CELERY_BROKER_URL", "")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_DEFAULT_QUEUE = os.getenv("CELERY_QUEUE", "conflictmap")
# A worker killed mid-task (SIGKILL, OOM, power) leaves the task on the queue for another worker;
# tasks are idempotent batches, so running one twice is harmless.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# A killed worker's task goes back on the queue once it has been unacknowledged for the visibility
# timeout (longer than any one batch takes); look for such tasks every 10 s rather than kombu's
# 100 s.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": envint("CELERY_VISIBILITY_TIMEOUT", "3600"),
    "unacked_restore_throttle": 1,
}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Celery beat (`celery -A conflictmap beat`, or a worker started with -B) asks every
# FEED_POLL_TICK_SECONDS which feeds are due (articles/feeds.py); each feed keeps its own interval.
FEED_POLL_TICK_SECONDS = envint("FEED_POLL_TICK_SECONDS", "60", minimum=1)
# It also sends again, every STALLED_SWEEP_SECONDS, articles whose queued message the broker lost
# (articles/queueing.py).
STALLED_SWEEP_SECONDS = envint("STALLED_SWEEP_SECONDS", "60", minimum=1)
CELERY_BEAT_SCHEDULE = {
    "poll-due-feeds": {"task": "articles.poll_due_feeds", "schedule": FEED_POLL_TICK_SECONDS},
    "requeue-stalled": {"task": "articles.requeue_stalled", "schedule": STALLED_SWEEP_SECONDS},
}
CELERY_TASK_IGNORE_RESULT = True  # results are in the database; nothing reads them from Redis
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.getenv("LOG_LEVEL", "WARNING")},
}
