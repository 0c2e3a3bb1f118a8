"""The geoparser's index on disk: built once per gazetteer version, then loaded in about a second.

Building the index reads 1.5 million rows and takes 10-40 s; loading it from
`DATA_DIR/cache/geoparser-<database>-<version>.idx` takes about one second of CPU. The version is a
hash of everything the index is built from, so a stale file is never read:

- the gazetteer state: its data version, revision and random token (`GazetteerState.bump` draws
  a new token on every place or alias edit, so a rolled-back edit or a restored backup can never
  meet a file built from other rows);
- cheap counts of the rows themselves (places and names: count, highest id; places: latest
  `updated_at`), which catch a bulk insert or delete that skipped the signals;
- the code and data the build runs (the index and variant modules, name normalisation, the
  English word list, the common-names table with its famous readings) and the file format.

A file is a header (magic, payload length, CRC-32, the first pickle's length) and two pickles: the
`GazetteerIndex` without its automaton, then the automaton. A truncated or corrupt file is detected,
logged and rebuilt. Files are written to a temporary name and renamed,
and a lock file makes processes starting together (Celery workers) wait for one build instead of
running their own. Pickle runs code on load: the cache directory must be writable only by the app,
as the data directory (database, secret key) already is.
"""

from __future__ import annotations

import copyreg
import ctypes
import ctypes.util
import gc
import hashlib
import logging
import os
import pickle
import struct
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from contextlib import contextmanager, suppress
from pathlib import Path

import ahocorasick
from django.conf import settings
from django.db import connection
from django.db.models import Count, Max

from places.geoparser import index as index_module
from places.geoparser.index import GazetteerIndex, index_from_database
from places.geoparser.index_build import Strings

logger = logging.getLogger(__name__)

FORMAT = 2
MAGIC = b"CMGEOIX2"
# magic, payload length, CRC-32 of the payload, length of its first pickle (the index's tables)
HEADER = struct.Struct("<8sQIQ")
# An index of this many places is frozen out of the garbage collector's passes (freeze_large).
FREEZE_MIN_PLACES = 50_000
KEEP_FILES = (
    2  # per database: the current version and the one before (another process may still read it)
)
# Sources whose code or data shape the index; a change to any of them is a new version.
# common_names.tsv sets the aliases and the famous readings (a "famous" row is a flag in the
# index), so an edit to it is a new version too.
BUILD_INPUTS = (
    Path(index_module.__file__),
    Path(index_module.__file__).parent / "index_build.py",
    Path(index_module.__file__).parent / "variants.py",
    Path(index_module.__file__).parents[1] / "normalize.py",
    index_module.DATA / "english_words.tsv.gz",
    index_module.DATA / "common_names.tsv",
)

_code_digest: str | None = None


class CorruptCache(Exception):
    pass


def cache_dir() -> Path:
    return Path(getattr(settings, "GEOPARSER_CACHE_DIR", None) or Path(settings.DATA_DIR) / "cache")


def database_id() -> str:
    """A short hash of which database this is (a test database gets files of its own)."""
    db = connection.settings_dict
    ident = "|".join(str(db.get(k) or "") for k in ("ENGINE", "NAME", "HOST", "PORT"))
    return hashlib.sha256(ident.encode()).hexdigest()[:10]


def _code() -> str:
    global _code_digest  # noqa: PLW0603 (computed once per process)
    if _code_digest is None:
        digest = hashlib.sha256(f"format {FORMAT}".encode())
        for path in BUILD_INPUTS:
            digest.update(path.read_bytes())
        _code_digest = digest.hexdigest()
    return _code_digest


def gazetteer_version() -> str:
    """The hash of everything the index is built from (about 20 ms on the world gazetteer)."""
    from places.models import GazetteerState, Place, PlaceName

    state = (
        GazetteerState.objects.filter(pk=1).values_list("data_version", "revision", "token").first()
    )
    places = _aggregates(Place, n=Count("pk"), top=Max("pk"), changed=Max("updated_at"))
    names = _aggregates(PlaceName, n=Count("pk"), top=Max("pk"))
    parts = (state, sorted(places.items()), sorted(names.items()), _code())
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:20]


def _aggregates(model, **aggregates) -> dict:
    """The aggregates, one query each: SQLite reads a MAX of the key or of an indexed column at
    the index's end and a COUNT from its smallest index, but a query asking for several scans
    every row (the world gazetteer: 15 ms against 125 ms at every process start)."""
    rows = model.objects.order_by()
    return {name: rows.aggregate(value=agg)["value"] for name, agg in aggregates.items()}


def cache_path(version: str) -> Path:
    return cache_dir() / f"geoparser-{database_id()}-{version}.idx"


def load_index(progress: Callable[[str], object] | None = None) -> GazetteerIndex:
    """The gazetteer index for the database's current version: from disk, else built and stored."""
    version = gazetteer_version()
    path = cache_path(version)
    index = read_index(path)
    if index is not None:
        return index
    with _exclusive(path.with_suffix(".lock")):
        index = read_index(path)  # another process built it while this one waited
        if index is not None:
            return index
        # Unasked, a build is logged as a warning: a worker or command stalls for a while.
        return _build_and_store(version, path, progress or logger.warning)


def _build_and_store(version: str, path: Path, progress: Callable[[str], object]) -> GazetteerIndex:
    progress(f"building the place index (first run after a gazetteer update: ~{_estimate(path)} s)")
    started = time.monotonic()
    index = index_from_database()
    seconds = time.monotonic() - started
    if gazetteer_version() != version:
        # Edited while it was read: the rows may be half old, half new. Use it in this process
        # (which notices the new revision and reloads) but store it under no version.
        logger.info("the gazetteer changed while the place index was built; not cached")
        return index
    try:
        write_index(index, path)
        _timings(path).write_text(f"{seconds:.1f}\n")
        prune(path)
    except OSError as exc:  # a full disk or a read-only data directory costs speed, not the parse
        logger.warning("could not cache the place index in %s (%s)", path.parent, exc)
        return index
    progress(
        f"place index built in {seconds:.0f} s and cached ({path.stat().st_size / 1e6:.0f} MB)"
    )
    return index


def _timings(path: Path) -> Path:
    return path.parent / f"geoparser-{database_id()}.build-seconds"


def _estimate(path: Path) -> int:
    """The last build's duration, else a guess from the number of places (~8,000 a second)."""
    with suppress(OSError, ValueError):
        return max(1, round(float(_timings(path).read_text())))
    from places.models import Place

    return max(1, round(Place.objects.count() / 8000))


def read_index(path: Path) -> GazetteerIndex | None:
    """The index stored at `path`; None when there is none or it is damaged (then it is removed)."""
    try:
        with open(path, "rb") as fh:
            return _decode(fh)
    except FileNotFoundError:
        return None
    except PermissionError as exc:
        logger.warning("cannot read the place index cache (%s); building the index instead", exc)
        return None
    except (
        CorruptCache,
        pickle.UnpicklingError,
        EOFError,
        ValueError,
        TypeError,
        AttributeError,
        ImportError,
        IndexError,
        MemoryError,
        OSError,
    ) as exc:
        logger.warning("place index cache %s is damaged (%s); rebuilding it", path.name, exc)
        with suppress(OSError):
            path.unlink()
        return None


def _decode(fh) -> GazetteerIndex:
    header = fh.read(HEADER.size)
    if len(header) < HEADER.size:
        raise CorruptCache("shorter than its header")
    magic, length, crc, tables = HEADER.unpack(header)
    if magic != MAGIC:
        raise CorruptCache("not a place index file")
    size = os.fstat(fh.fileno()).st_size - HEADER.size
    if size != length or tables > length:
        raise CorruptCache(f"{size} bytes of {length}: truncated")
    # Checked before unpickling: pyahocorasick's unpickler trusts its bytes, and a flipped bit
    # there corrupts the heap. Two streaming passes (the file is in the page cache after the
    # first) keep the peak memory 150 MB under reading it whole or memory-mapping it.
    if _crc(fh) != crc:
        raise CorruptCache("checksum mismatch")
    with gc_paused():
        # The automaton first: its pickle (280 MB for the world) is freed before the tables
        # are read, where read after them it was alive beside them.
        fh.seek(HEADER.size + tables)
        automaton = pickle.load(fh)
        if automaton is not None and not isinstance(automaton, ahocorasick.Automaton):
            raise CorruptCache(f"holds a {type(automaton).__name__} for the automaton")
        index = _read_tables(fh)
        # The place names' and name keys' runs (`index_build.Strings`), freed once split, leave
        # holes among the strings split from them (25 MB at the peak for the world).
        _return_free_memory()
        index.automaton = automaton
        freeze_large(index)
    return index


def _read_tables(fh) -> GazetteerIndex:
    """The index without its automaton: the file's first pickle."""
    fh.seek(HEADER.size)
    index = pickle.load(fh)
    if not isinstance(index, GazetteerIndex):
        raise CorruptCache(f"holds a {type(index).__name__}")
    return index


def _crc(fh, chunk: int = 1 << 20) -> int:
    """CRC-32 of the rest of the file."""
    crc, buffer = 0, bytearray(chunk)
    with memoryview(buffer) as view:
        while count := fh.readinto(buffer):
            crc = zlib.crc32(view[:count], crc)
    return crc


class _Checksummed:
    """A file wrapper that counts and checksums what pickle writes through it."""

    def __init__(self, fh) -> None:
        self.fh, self.length, self.crc = fh, 0, 0

    def _seen(self, data) -> None:
        self.length += len(data)
        self.crc = zlib.crc32(data, self.crc)

    def write(self, data) -> int:
        self._seen(data)
        return self.fh.write(data)


def write_index(index: GazetteerIndex, path: Path) -> None:
    """Store `index` at `path` atomically: readers see the old file or the whole new one.

    Pickling the automaton makes a copy of its trie (410 and 280 MB for the world), so the
    index's tables are written first and dropped while the automaton is written, then read
    back from the file (docs/geoparser.md, "Build memory"). `index` is whole again on return,
    raised or not, with the same automaton; no parser may read it meanwhile (the build's own
    index is in none)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(HEADER.pack(MAGIC, 0, 0, 0))
            out = _Checksummed(fh)
            automaton, index.automaton = index.automaton, None
            try:
                _Pickler(out, protocol=pickle.HIGHEST_PROTOCOL).dump(index)
            finally:
                index.automaton = automaton
            tables = out.length
            fh.flush()
            _empty(index)
            try:
                _return_free_memory()
                reduced = None if automaton is None else _Reduced(_reduce(automaton))
                _Pickler(out, protocol=pickle.HIGHEST_PROTOCOL).dump(reduced)
                del reduced
            finally:
                _refill(index, tmp, automaton)
            fh.seek(0)
            fh.write(HEADER.pack(MAGIC, out.length, out.crc, tables))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise


def _empty(index: GazetteerIndex) -> None:
    """Drop the index's tables and automaton (the caller holds the automaton)."""
    vars(index).update(vars(GazetteerIndex()))


def _refill(index: GazetteerIndex, tmp: str, automaton: ahocorasick.Automaton | None) -> None:
    """Give the emptied `index` its tables back from the file being written (read by a handle
    of its own: the writer's may hold unwritten bytes of a failed write), and `automaton`. A
    failure here would leave it empty, so it is no OSError (which the build's caller takes for
    a cache it cannot write, and parses on with the index it has)."""
    _return_free_memory()
    try:
        with open(tmp, "rb") as fh, gc_paused():
            tables = _read_tables(fh)
    except Exception as exc:
        raise RuntimeError(f"could not read back the index being cached ({exc})") from exc
    vars(index).update(vars(tables))
    index.automaton = automaton


def _reduce(automaton: ahocorasick.Automaton) -> tuple:
    """`automaton.__reduce__()` without the references pyahocorasick 2.3 leaks: it gives its
    list of byte strings, and each string in it, one reference too many, so every pickle of
    the world's automaton kept its 280 MB dump for the life of the process (upstream issue
    WojciechMula/pyahocorasick#219, fix proposed in #220). The references are counted, not
    assumed: a version without the leak is left alone."""
    make, args = automaton.__reduce__()
    chunks = args[0] if args else None
    if type(chunks) is list:
        # Ours: the args tuple's, `chunks` and getrefcount's own; a fourth is the leaked one.
        for chunk in chunks:  # the list's, `chunk` and getrefcount's
            if type(chunk) is bytes and sys.getrefcount(chunk) == 4:
                ctypes.pythonapi.Py_DecRef(ctypes.py_object(chunk))
        if sys.getrefcount(chunks) == 4:
            ctypes.pythonapi.Py_DecRef(ctypes.py_object(chunks))
    return make, args


class _Reduced:
    """The automaton's pickle (`__reduce__`), which the pickler writes as it would write the
    automaton itself."""

    __slots__ = ("reduced",)

    def __init__(self, reduced: tuple) -> None:
        self.reduced = reduced


class _Pickler(pickle.Pickler):
    """Writes an automaton's `_Reduced` as the automaton, and the index as its `cache_state`:
    what it writes loads as the objects themselves. The runs of a `Strings` are written
    unremembered (`fast`, until the next object it is asked about that is no function: an array
    or a column after each), so that neither this pickler nor the unpickler keeps them."""

    def reducer_override(self, obj):
        if type(obj) is Strings:
            self.fast = True
        elif not callable(obj):  # (`_split`, which the runs' pickle calls, is asked about)
            self.fast = False
        if type(obj) is _Reduced:
            return obj.reduced
        if type(obj) is GazetteerIndex:
            return copyreg.__newobj__, (GazetteerIndex,), obj.cache_state()
        return NotImplemented


def _return_free_memory() -> None:
    """Give the C heap's free pages back to the system (glibc's `malloc_trim`): the build's
    working tables and the dropped index leave free space in it that the automaton's copy (it
    asks for large blocks) and the index read back cannot all reuse. Elsewhere a no-op."""
    with suppress(OSError, AttributeError, TypeError):
        ctypes.CDLL(ctypes.util.find_library("c")).malloc_trim(0)


def prune(current: Path, keep: int = KEEP_FILES) -> None:
    """Remove this database's older index files (and any temporary file over an hour old)."""
    prefix = f"geoparser-{database_id()}-"
    files = sorted(
        (p for p in current.parent.glob(prefix + "*.idx") if p != current), key=_mtime, reverse=True
    )
    for old in files[keep - 1 :]:
        for stale in (old, old.with_suffix(".lock")):
            with suppress(OSError):
                stale.unlink()
    for tmp in current.parent.glob("geoparser-*.tmp"):
        if time.time() - _mtime(tmp) > 3600:
            with suppress(OSError):
                tmp.unlink()


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


@contextmanager
def _exclusive(lock_path: Path):
    """Hold an exclusive lock on `lock_path` (released by the OS if the process dies). Only spares
    duplicate builds: correctness never depends on it, as files are replaced atomically."""
    try:
        import fcntl
    except ImportError:  # not POSIX: every process builds for itself
        yield
        return
    try:
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(lock_path, "a+b")  # noqa: SIM115 (closed below)
    except OSError as exc:
        logger.warning(
            "cannot lock %s (%s); building without waiting for other processes", lock_path, exc
        )
        yield
        return
    with fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


@contextmanager
def gc_paused():
    """Unpickling creates millions of objects, none of them garbage: the collector's passes over
    them would more than double the load time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def freeze_large(index: GazetteerIndex) -> None:
    """Put every object alive now out of the cyclic collector's reach (`gc.freeze`) when `index`
    is a large one. A world index is millions of objects that live as long as the process, and
    the collector walked them all: the first pass after loading (0.2 s of CPU to "index ready")
    and every full pass while parsing (0.14 s each; two in a `geoparse` of LGL, one of
    GeoVirus). Called while the collector is paused, before it sees them. Not for small indexes
    (tests build many): a frozen object that later becomes part of a garbage cycle is never
    freed (freed by its reference count it still is)."""
    if len(index.places) >= FREEZE_MIN_PLACES:
        gc.freeze()


# The collector's first threshold while bulk text is parsed (default 700).
BULK_GC_THRESHOLD = 50_000


@contextmanager
def rare_collections():
    """Fewer passes of the cyclic collector while many texts are parsed in one process: a parse
    makes almost no cyclic garbage (12 objects found in the 204 passes of a `geoparse` of LGL),
    and each pass walks the young objects that are still alive, the parser's per-name answers
    among them: ~0.05 s of CPU on LGL at the default threshold, ~0.01 s at 50,000."""
    threshold = gc.get_threshold()
    gc.set_threshold(BULK_GC_THRESHOLD, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
