"""A local HTTP server for the feed tests: fixture feeds and pages on 127.0.0.1, and broken ones.

Each route is a function returning (status, headers, body); the body may be bytes or an iterable
of byte chunks (sent as they come, so a test can serve 50 MB without holding it). The server counts
the bytes it managed to send per path, so a test can show a download was abandoned early.
"""

from __future__ import annotations

import datetime as dt
import random
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

Route = Callable[[], tuple[int, dict[str, str], bytes | Iterable[bytes]]]


class FeedServer:
    def __init__(self):
        self.routes: dict[str, Route] = {}
        self.sent: Counter[str] = Counter()
        self.requests: Counter[str] = Counter()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                server.requests[self.path] += 1
                route = server.routes.get(self.path)
                if route is None:
                    status, headers, body = 404, {"Content-Type": "text/plain"}, b"not found"
                else:
                    status, headers, body = route()
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.end_headers()
                chunks = [body] if isinstance(body, bytes) else body
                try:
                    for chunk in chunks:
                        self.wfile.write(chunk)
                        server.sent[self.path] += len(chunk)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up, as it should on a huge page

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def add(self, path: str, body: bytes, content_type: str = "text/html; charset=utf-8"):
        self.routes[path] = lambda: (200, {"Content-Type": content_type}, body)

    def add_route(self, path: str, route: Route) -> None:
        self.routes[path] = route

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


PLACES = ["Raqqa", "Mosul", "Manbij", "Tabqa", "Kobani", "Aleppo", "Homs", "Kirkuk", "Erbil"]
SENTENCES = [
    "Fighters {verb} {a} at dawn on {day}, {n} residents said.",
    "A convoy of {n} trucks carrying flour reached {b} after a week of delays.",
    "The governor of {c} announced a curfew that will last until further notice.",
    "Aid workers counted {n} families sheltering in schools on the outskirts of {a}.",
    "Artillery could be heard from the hills north of {b} throughout the night.",
    "Engineers began repairing the bridge over the river near {c}, officials said.",
    "Prices of bread and fuel in {a} have doubled since the roads were cut.",
    "Local radio in {b} reported that {n} people had been detained at checkpoints.",
    "Teachers in {c} said classes would resume once the electricity supply returns.",
    "A hospital director in {a} appealed for blood donations and generators.",
    "Farmers near {b} said they could not reach their fields for the harvest.",
    "Negotiators met in {c} to discuss an exchange of prisoners, a mediator said.",
]
VERBS = ["advanced on", "shelled", "withdrew from", "reinforced", "encircled", "entered"]


def article_body(i: int) -> tuple[str, str]:
    """A headline and a few paragraphs, different enough from every other i to be no duplicate."""
    rng = random.Random(i * 7919)
    a, b, c = rng.sample(PLACES, 3)
    picked = rng.sample(SENTENCES, 6)
    words = {"verb": rng.choice(VERBS), "a": a, "b": b, "c": c, "day": "Saturday"}
    paragraphs = [s.format(n=rng.randint(3, 900), **words) for s in picked]
    return f"Dispatch {i}: fighting near {a}", "\n\n".join(paragraphs)


def page_html(title: str, body: str, published: str | None = None) -> bytes:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in body.split("\n\n"))
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(title)}</title>{meta}"
        f"</head><body><nav>Home | World</nav><article><h1>{escape(title)}</h1>{paragraphs}"
        "</article><footer>© Test Outlet</footer></body></html>"
    ).encode()


def rss(items: list[tuple[str, str, dt.datetime | None]], title: str = "Test Outlet") -> bytes:
    """An RSS 2.0 document of (title, link, published) items."""
    entries = []
    for item_title, link, published in items:
        date = f"<pubDate>{format_datetime(published)}</pubDate>" if published else ""
        entries.append(
            f"<item><title>{escape(item_title)}</title><link>{escape(link)}</link>{date}"
            f"<description>{escape(item_title)}</description></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>http://example.org/</link>"
        f"<description>fixture</description>{''.join(entries)}</channel></rss>"
    ).encode()
