"""A small, changing news site on 127.0.0.1 for snapshot and fetch tests (and the bench).

``Site`` runs a real ``http.server.ThreadingHTTPServer`` on an ephemeral port in a thread. Tests
mutate its routes between passes (``site.article(...)`` again with new paragraphs, a new stamp,
...) and read ``site.hits`` / ``site.log`` to see what the fetcher asked for.

Article pages are built from paragraphs of the seed stories (a real AP wire story and another
outlet's write-up) inside a realistic page: navigation, a JSON-LD block, byline, an "Updated ..."
stamp, a related-links aside and a footer.
"""

from __future__ import annotations

import hashlib
import html
import json
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self

# Paragraphs of our own invented story (tests/data/seeds), and a second outlet's version.
AP_HEADLINE = "Veldra and Marosk agree to reopen border commission after Port Aldine talks"
AP_PARAGRAPHS = (
    ("TARNHOLM, Veldra (AP) \u2014 Veldra and Marosk agreed Thursday to reopen their joint border "
    "commission for the first time in more than six years, the clearest sign yet of a thaw "
    "between the two neighbors since Maroskan Premier Ilka Savorin took office and set out to "
    "settle the long quarrel over the Halvard Valley."),
    ("The commission stopped meeting in the spring of 2019, as relations between Tarnholm and "
    "Dunevar soured ahead of the armed clashes in the valley in October 2020. Savorin then "
    "campaigned for the premiership on a pledge to swiftly reopen the crossings."),
    ("The reopened commission \u201cwill give both sides a standing place to settle quarrels "
    "before they reach the checkpoints,\u201d the Coastal League\u2019s mediation office said in a "
    "statement. The deal came out of a meeting between senior Veldran and Maroskan interior "
    "officials in the capital of the Selvane Islands."),
    ("League envoy Bertil Ohandrik, who chairs the Coastal League\u2019s standing committee on "
    "frontier disputes, was in Port Aldine, where talks between Veldran, Maroskan and league "
    "officials on the valley entered a second day."),
    ("Meanwhile, smuggling crews stepped up their trips over the mountain passes in an apparent "
    "bid to beat the new checks, while patrols kept watch along the roughly 400-kilometer "
    "(250-mile) frontier."),
    ("The reopening of the commission is meant to cool tensions that flared after the clashes and "
    "to keep border units from another confrontation."),
    ("In one such confrontation in June 2022, Veldra\u2019s border service said it lost an SD-7 "
    "Kestrel drone over Lake Orsa after a pair of Maroskan patrol boats fired flares at it, and "
    "then one of the boats rammed the wreckage as it floated in neutral water."),
    ("Dunevar has denied that its boats touched the drone, saying it came down on its own after a "
    "sudden loss of power. Marosk\u2019s coast guard said its crews were answering an incursion "
    "into a fishing zone off the Halvard Valley, which Veldra leased to Marosk in 1994."),
)
OTHER_PARAGRAPHS = (
    ("Veldra and Marosk have agreed to re-open their joint border commission, the Coastal "
    "League said on Thursday, after talks in Port Aldine."),
    ("The commission had not met since the spring of 2019, more than a year before fighting "
    "broke out in the Halvard Valley in October 2020."),
    ("Officials said the talks between the delegations would continue for a second day, with "
    "detainee swaps and the two disputed customs posts among the subjects on the table."),
    ("Veldran officials reported more flares fired over Lake Orsa overnight, keeping the ferries "
    "from Selm in port as a storm moved in from the west."),
)


def article_html(headline: str, paragraphs: tuple[str, ...] | list[str], *, url: str = "",
                 stamp: str | None = "Updated 5 minutes ago",
                 byline: str = "By ANIKA VOSSBERG and TEODOR MALAQUIN",
                 extra_head: str = "", jsonld: bool = True) -> str:
    """A realistic article page: nav, JSON-LD, h1, byline, stamp, body, aside, footer."""
    esc = html.escape
    ld = ""
    if jsonld:
        ld = json.dumps({
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
            "datePublished": "2026-02-05T10:00:00Z", "author": [{"@type": "Person",
                                                                  "name": byline[3:]}],
        })
        ld = f'<script type="application/ld+json">{ld}</script>'
    canonical = f'<link rel="canonical" href="{esc(url)}">' if url else ""
    body = "\n".join(f"      <p>{esc(p)}</p>" for p in paragraphs)
    stamp_html = f'<p class="timestamp">{esc(stamp)}</p>' if stamp else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{esc(headline)} | Test News</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta property="og:title" content="{esc(headline)}">
  <meta property="og:site_name" content="Test News">
  {canonical}
  {ld}
  {extra_head}
</head>
<body>
  <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a>
    <a href="/business">Business</a> <a href="/sports">Sports</a></nav></header>
  <main>
    <article>
      <h1>{esc(headline)}</h1>
      <div class="byline">{esc(byline)}</div>
      {stamp_html}
{body}
    </article>
    <aside><h2>Related stories</h2><ul><li><a href="/news/other-1">Markets wobble</a></li>
      <li><a href="/news/other-2">Weather warning issued</a></li></ul></aside>
  </main>
  <footer><p>&copy; 2026 Test News. All rights reserved.</p></footer>
</body>
</html>
"""


def article_body_paragraphs(n: int, count: int = 6) -> list[str]:
    """``count`` seed paragraphs, rotated by ``n`` so articles differ from one another."""
    pool = AP_PARAGRAPHS + OTHER_PARAGRAPHS
    return [pool[(n + i) % len(pool)] for i in range(count)]


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the status line is sent
    chunked: bool = False  # stream the body without Content-Length
    trickle: float = 0.0  # seconds between single bytes of the status line and headers


Handler = Callable[[dict[str, str]], Reply]  # request headers (lowercased keys) -> reply


class Site:
    """The test site. Use as a context manager; routes map a path to a handler."""

    def __init__(self) -> None:
        self.routes: dict[str, Handler] = {}
        self.hits: Counter[str] = Counter()
        self.log: list[tuple[float, str, dict[str, str]]] = []  # (time, path, headers)
        self.inflight: Counter[str] = Counter()
        self.max_inflight: Counter[str] = Counter()
        self._lock = threading.Lock()
        site = self

        class _H(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body go out as separate writes

            def do_GET(self) -> None:
                site._serve(self)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        class _Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request: Any, client_address: Any) -> None:
                pass  # clients that give up (timeouts, size caps) reset their connections

        self.server = _Server(("127.0.0.1", 0), _H)
        self.port = self.server.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self.server.serve_forever, args=(0.02,),
                                        daemon=True)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def url(self, path: str) -> str:
        return self.base + path

    # ---------------------------------------------------------------------------- serving

    def _serve(self, h: BaseHTTPRequestHandler) -> None:
        path = h.path
        headers = {k.lower(): v for k, v in h.headers.items()}
        prefix = "/" + path.lstrip("/").split("/", 1)[0]
        with self._lock:
            self.hits[path] += 1
            self.log.append((time.monotonic(), path, headers))
            self.inflight[prefix] += 1
            self.max_inflight[prefix] = max(self.max_inflight[prefix], self.inflight[prefix])
        try:
            handler = self.routes.get(path.split("?", 1)[0])
            reply = handler(headers) if handler else Reply(404, b"not found",
                                                             {"Content-Type": "text/plain"})
            if reply.delay:
                time.sleep(reply.delay)
            try:
                if reply.trickle:
                    self._trickle(h, reply)
                    return
                h.send_response(reply.status)
                for k, v in reply.headers.items():
                    h.send_header(k, v)
                if reply.chunked:
                    h.send_header("Transfer-Encoding", "chunked")
                    h.end_headers()
                    for i in range(0, len(reply.body), 16384):
                        chunk = reply.body[i:i + 16384]
                        h.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                    h.wfile.write(b"0\r\n\r\n")
                else:
                    h.send_header("Content-Length", str(len(reply.body)))
                    h.end_headers()
                    h.wfile.write(reply.body)
            except (BrokenPipeError, ConnectionResetError):
                pass
        finally:
            with self._lock:
                self.inflight[prefix] -= 1

    @staticmethod
    def _trickle(h: BaseHTTPRequestHandler, reply: Reply) -> None:
        """Send the head one byte at a time (a slowloris answer), then the body at once."""
        head = f"HTTP/1.1 {reply.status} OK\r\n" + "".join(
            f"{k}: {v}\r\n" for k, v in reply.headers.items())
        head += f"Content-Length: {len(reply.body)}\r\n\r\n"
        for byte in head.encode("latin-1"):
            h.wfile.write(bytes([byte]))
            h.wfile.flush()
            time.sleep(reply.trickle)
        h.wfile.write(reply.body)
        h.close_connection = True

    # ---------------------------------------------------------------------------- routes

    def route(self, path: str, handler: Handler) -> None:
        self.routes[path] = handler

    def static(self, path: str, body: bytes | str, content_type: str = "text/html; charset=utf-8",
               status: int = 200, *, delay: float = 0.0, chunked: bool = False,
               headers: dict[str, str] | None = None) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        hdrs = {"Content-Type": content_type, **(headers or {})}
        self.routes[path] = lambda _h: Reply(status, data, hdrs, delay, chunked)

    def article(self, path: str, headline: str, paragraphs: tuple[str, ...] | list[str], *,
                stamp: str | None = "Updated 5 minutes ago", validators: bool = False,
                delay: float = 0.0, **kw: Any) -> bytes:
        """Serve an article page; with ``validators`` it sends ETag/Last-Modified and answers
        a matching conditional request with 304."""
        body = article_html(headline, paragraphs, url=self.url(path), stamp=stamp,
                            **kw).encode("utf-8")
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        last_mod = formatdate(1770285600, usegmt=True)

        def handler(req: dict[str, str]) -> Reply:
            hdrs = {"Content-Type": "text/html; charset=utf-8"}
            if validators:
                hdrs.update({"ETag": etag, "Last-Modified": last_mod})
                if req.get("if-none-match") == etag or (
                        "if-none-match" not in req and req.get("if-modified-since") == last_mod):
                    return Reply(304, b"", hdrs, delay)
            return Reply(200, body, hdrs, delay)

        self.routes[path] = handler
        return body

    def sequence(self, path: str, replies: list[Reply]) -> None:
        """Answer with ``replies`` in turn; the last one repeats."""
        state = {"n": 0}

        def handler(_req: dict[str, str]) -> Reply:
            i = min(state["n"], len(replies) - 1)
            state["n"] += 1
            return replies[i]

        self.routes[path] = handler

    def redirect(self, path: str, to: str, status: int = 302) -> None:
        self.routes[path] = lambda _h: Reply(status, b"", {"Location": to})

    def robots(self, text: str, status: int = 200) -> None:
        self.static("/robots.txt", text, "text/plain", status)

    # ---------------------------------------------------------------------------- feeds

    def rss(self, path: str, items: list[tuple[str, str]]) -> None:
        """An RSS 2.0 feed of (path, title) items."""
        entries = "".join(
            f"<item><title>{html.escape(t)}</title><link>{html.escape(self.url(p))}</link>"
            f"<guid isPermaLink=\"false\">id-{html.escape(p)}</guid>"
            "<pubDate>Thu, 05 Feb 2026 10:00:00 GMT</pubDate></item>" for p, t in items)
        body = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
                f"<title>Test News</title><link>{self.base}/</link>"
                f"<description>Latest</description>{entries}</channel></rss>")
        self.static(path, body, "application/rss+xml; charset=utf-8")

    def atom(self, path: str, items: list[tuple[str, str]]) -> None:
        """An Atom feed with relative links (resolved against the feed's URL)."""
        entries = "".join(
            f"<entry><title>{html.escape(t)}</title><link rel=\"alternate\" href=\"{p}\"/>"
            f"<id>tag:test,2026:{html.escape(p)}</id><updated>2026-02-05T10:00:00Z</updated>"
            "</entry>" for p, t in items)
        body = ('<?xml version="1.0" encoding="utf-8"?>'
                '<feed xmlns="http://www.w3.org/2005/Atom"><title>Test News</title>'
                f'<id>tag:test,2026:feed</id><updated>2026-02-05T10:00:00Z</updated>{entries}'
                "</feed>")
        self.static(path, body, "application/atom+xml")

    def news_sitemap(self, path: str, items: list[tuple[str, str]]) -> None:
        urls = "".join(
            f"<url><loc>{html.escape(self.url(p))}</loc><news:news><news:publication>"
            "<news:name>Test News</news:name><news:language>en</news:language>"
            "</news:publication><news:publication_date>2026-02-05T10:00:00+00:00"
            f"</news:publication_date><news:title>{html.escape(t)}</news:title></news:news>"
            "</url>" for p, t in items)
        body = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
                f"{urls}</urlset>")
        self.static(path, body, "application/xml")
