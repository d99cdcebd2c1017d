"""Local HTTP servers for crawl tests: a static site plus routes that misbehave on purpose.

``MisbehavingServer`` runs ``http.server`` in a thread on 127.0.0.1 and a free port. It
serves a static directory (e.g. the fixture site) and these routes:

- ``/flaky/``             503 for the first two requests, then a listing page
- ``/ratelimited/``       429 with ``Retry-After: 1`` once, then a listing page
- ``/slow/?s=N``          a listing page after N seconds (bounded to 5 s)
- ``/redirect-offsite/``  302 to the same server under another host name (localhost)
- ``/login/``             HTTP 200, but a login form instead of a listing
- ``/loop/`` ``/loop/page/2/``  a pager whose page 2 links "next" back to page 1
- ``/cp1252/``            windows-1252 bytes, charset in the Content-Type header
- ``/cp1252-meta/``       windows-1252 bytes, charset only in a <meta> tag
- ``/cp1252-undeclared/`` windows-1252 bytes, no charset declared anywhere
- ``/gbk/``               GBK bytes, no charset declared anywhere
- ``/truncated/``         Content-Length larger than the body sent, then the connection closes
- ``/malformed/``         unclosed tags, stray end tags, a broken attribute
- ``/private/``           disallowed by robots.txt
- ``/robots.txt``         allows everything but /private/
- ``/chain/<kind>/`` and ``/chain/<kind>/page/N/``  a pagination chain whose declared length
  misleads (see ``Handler.chain_page``): ``grows`` (page 1 says 4 pages, the others 6),
  ``shrinks`` (page 1 says 6, the others 4; pages 5-6 are 404), ``reversed`` (8 pages, the
  higher the page the faster it answers), ``broken`` (every page says 5; page 4 is 404),
  ``long`` (30 pages), ``open`` (10 pages that declare no length: next links only)

Every sleep is bounded; request counts are kept in ``hits``, and the most requests served at
once in ``max_active``, for assertions.
"""

from __future__ import annotations

import html
import re
import threading
import time
from collections import Counter
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

MAX_SLEEP = 5.0


def listing_html(
    title: str,
    blocks: list[dict[str, str]],
    *,
    next_href: str | None = None,
    current: int = 1,
    total: int | None = None,
    charset: str | None = "utf-8",
) -> str:
    """A listing page in the tagDiv "Newspaper" markup (see shared/site-markup.md)."""
    meta = f'<meta charset="{charset}">' if charset else ""
    modules = "\n".join(
        f"""<div class="td-block-span12"><div class="td_module_10 td_module_wrap td-animation-stack">
<div class="item-details"><h3 class="entry-title td-module-title"><a href="{html.escape(b["url"])}" rel="bookmark">{html.escape(b["headline"])}</a></h3>
<div class="td-excerpt">{html.escape(b["excerpt"])}</div></div></div></div>"""
        for b in blocks
    )
    pager = ""
    if next_href or current > 1:
        total_label = f'<span class="pages">Page {current} of {total}</span>' if total else ""
        nxt = f'<a href="{next_href}"><i class="td-icon-menu-right"></i></a>' if next_href else ""
        pager = (
            f'<div class="page-nav td-pb-padding-side"><span class="current">{current}</span>{nxt}{total_label}</div>'
        )
    return f"""<!DOCTYPE html><html><head>{meta}<title>{html.escape(title)} | test site</title></head><body>
<div class="td-category-header"><h1 class="entry-title td-page-title">{html.escape(title)}</h1></div>
<div class="td-pb-span8 td-main-content"><div class="td-ss-main-content">
{modules}
{pager}
</div></div>
<div class="td-footer-wrapper">footer</div></body></html>"""


def blocks_for(prefix: str, count: int, *, byline: str = "By Test Writer") -> list[dict[str, str]]:
    return [
        {
            "url": f"/en/2025/01/{i + 1:02d}/{prefix}{i}/",
            "headline": f"{prefix} headline {i}",
            "excerpt": f"{byline}\nFirst words of {prefix} article {i} about a strike at a factory...",
        }
        for i in range(count)
    ]


LOGIN_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Log In &lsaquo; test site</title></head>
<body class="login"><form id="loginform" action="/wp-login.php" method="post">
<input type="text" name="log"><input type="password" name="pwd"><input type="submit" value="Log In"></form></body></html>"""

MALFORMED = """<html><head><title>Broken</title></head><body>
<div class="td-category-header"><h1 class="entry-title td-page-title">Broken
<div class="td-pb-span8 td-main-content"><div class="td-ss-main-content">
<div class="td_module_10 td_module_wrap"><div class="item-details"><h3 class="entry-title td-module-title"><a href="/en/2025/02/01/901/" rel=bookmark>Unclosed headline</h3>
<div class="td-excerpt">By Ann Other
Text with a <b>stray</i> tag and &amp broken entity...</div></div></div></span>
<div class="td_module_10 td_module_wrap"><div class="item-details"><h3 class="entry-title td-module-title"><a href="/en/2025/02/02/902/" title="quote "mismatch">Second block</a></h3>
<div class="td-excerpt">Second excerpt, never closed
</body>"""

CP1252_TEXT = "Workers\u2019 \u201cvoice\u201d \u2013 caf\u00e9 strike"
GBK_TEXT = "\u5de5\u4eba\u7f62\u5de5\u6301\u7eed\u7b2c\u4e09\u5929\uff0c\u5de5\u5382\u5173\u95ed"  # 工人罢工持续第三天，工厂关闭


class Handler(SimpleHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass

    def _send(
        self,
        status: int,
        body: bytes,
        content_type: str = "text/html; charset=utf-8",
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _page(self, title: str, prefix: str, count: int = 3, **kwargs: Any) -> None:
        self._send(200, listing_html(title, blocks_for(prefix, count), **kwargs).encode("utf-8"))

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        with self.server.lock:
            self.server.active += 1
            self.server.max_active = max(self.server.max_active, self.server.active)
        try:
            self._get()
        finally:
            with self.server.lock:
                self.server.active -= 1

    def _get(self) -> None:
        parts = urlsplit(self.path)
        path = parts.path
        with self.server.lock:
            self.server.hits[path] += 1
            hits = self.server.hits[path]
            self.server.log.append((time.monotonic(), path, self.headers.get("User-Agent", "")))
        if path.startswith("/chain/"):
            self.chain_page(path)
            return
        route = getattr(self, "route_" + path.strip("/").replace("/", "_").replace("-", "_").replace(".", "_"), None)
        if route is not None:
            route(hits, parse_qs(parts.query))
            return
        if self.server.root is None:
            self._send(404, b"<html><title>404 Not Found</title></html>")
            return
        if self.server.delay and path.endswith("/"):
            time.sleep(min(MAX_SLEEP, self.server.delay))  # a slow site: gives a test time to kill a crawl
        super().do_GET()

    # --- the misbehaving routes -----------------------------------------------------------
    def route_robots_txt(self, hits: int, query: dict[str, list[str]]) -> None:
        self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")

    def route_flaky(self, hits: int, query: dict[str, list[str]]) -> None:
        if hits <= 2:
            self._send(503, b"<html><title>503 Service Unavailable</title></html>")
        else:
            self._page("Flaky", "flaky")

    def route_ratelimited(self, hits: int, query: dict[str, list[str]]) -> None:
        if hits == 1:
            self._send(429, b"<html><title>429 Too Many Requests</title></html>", headers={"Retry-After": "1"})
        else:
            self._page("Rate limited", "rated")

    def route_always503(self, hits: int, query: dict[str, list[str]]) -> None:
        self._send(503, b"<html><title>503 Service Unavailable</title></html>")

    def route_slow(self, hits: int, query: dict[str, list[str]]) -> None:
        time.sleep(min(MAX_SLEEP, float(query.get("s", ["1"])[0])))
        self._page("Slow", "slow")

    def route_redirect_offsite(self, hits: int, query: dict[str, list[str]]) -> None:
        port = self.server.server_address[1]
        self._send(302, b"", headers={"Location": f"http://localhost:{port}/flaky/"})

    def route_login(self, hits: int, query: dict[str, list[str]]) -> None:
        self._send(200, LOGIN_PAGE.encode("utf-8"))

    def route_loop(self, hits: int, query: dict[str, list[str]]) -> None:
        self._page("Loop", "loop1", next_href="/loop/page/2/", current=1, total=2)

    def route_loop_page_2(self, hits: int, query: dict[str, list[str]]) -> None:
        self._page("Loop", "loop2", next_href="/loop/", current=2, total=2)

    def route_cp1252(self, hits: int, query: dict[str, list[str]]) -> None:
        page = listing_html(
            "Cp1252",
            [
                {
                    "url": "/en/2025/03/01/1252/",
                    "headline": CP1252_TEXT,
                    "excerpt": "By Jos\u00e9 Mart\u00ed\n" + CP1252_TEXT + "...",
                }
            ],
            charset=None,
        )
        self._send(200, page.encode("cp1252"), "text/html; charset=windows-1252")

    def route_cp1252_meta(self, hits: int, query: dict[str, list[str]]) -> None:
        page = listing_html(
            "Cp1252",
            [{"url": "/en/2025/03/02/1253/", "headline": CP1252_TEXT, "excerpt": CP1252_TEXT + "..."}],
            charset="windows-1252",
        )
        self._send(200, page.encode("cp1252"), "text/html")

    def route_cp1252_undeclared(self, hits: int, query: dict[str, list[str]]) -> None:
        page = listing_html(
            "Cp1252",
            [{"url": "/en/2025/03/04/1254/", "headline": CP1252_TEXT, "excerpt": CP1252_TEXT + "..."}],
            charset=None,
        )
        self._send(200, page.encode("cp1252"), "text/html")

    def route_gbk(self, hits: int, query: dict[str, list[str]]) -> None:
        page = listing_html(
            "GBK", [{"url": "/zh/2025/03/03/936/", "headline": GBK_TEXT, "excerpt": GBK_TEXT * 3 + "..."}], charset=None
        )
        self._send(200, page.encode("gbk"), "text/html")

    def route_truncated(self, hits: int, query: dict[str, list[str]]) -> None:
        body = listing_html("Truncated", blocks_for("trunc", 3)).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body) + 500))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body[: len(body) // 2])
        self.wfile.flush()
        self.close_connection = True

    def route_malformed(self, hits: int, query: dict[str, list[str]]) -> None:
        self._send(200, MALFORMED.encode("utf-8"))

    def route_private(self, hits: int, query: dict[str, list[str]]) -> None:
        self._page("Private", "private")

    def chain_page(self, path: str) -> None:
        """``/chain/<kind>/page/N/``: a chain whose pages declare its length as ``kind`` says."""
        match = re.fullmatch(r"/chain/([a-z]+)/(?:page/(\d+)/)?", path)
        if match is None:
            self._send(404, b"<html><title>404 Not Found</title></html>")
            return
        kind, number = match.group(1), int(match.group(2) or 1)
        declared: int | None
        declared, exists = {
            "grows": (4 if number == 1 else 6, 6),
            "shrinks": (6 if number == 1 else 4, 4),
            "reversed": (8, 8),
            "broken": (5, 5),
            "long": (30, 30),
            "open": (None, 10),
        }.get(kind, (0, 0))
        if number > exists or (kind == "broken" and number == 4):
            self._send(404, b"<html><title>404 Not Found</title></html>")
            return
        if kind == "reversed":
            time.sleep(0.04 * (exists - number))  # page 8 answers first, page 2 last
        base = f"/chain/{kind}/"
        next_href = f"{base}page/{number + 1}/" if number < (declared or exists) else None
        self._page(f"Chain {kind}", f"{kind}{number}-", count=3, next_href=next_href, current=number, total=declared)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # not socketserver's 5: a fanned-out crawl's burst would overflow it

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that gave up (timeouts under test) is expected, not news

    root: str | None
    hits: Counter[str]
    log: list[tuple[float, str, str]]
    lock: threading.Lock
    delay: float
    active: int
    max_active: int


class MisbehavingServer:
    """Use as a context manager; ``url`` is ``http://127.0.0.1:PORT/``."""

    def __init__(self, root: Path | None = None, *, delay: float = 0.0) -> None:
        root_dir = str(root) if root else None

        class _Handler(Handler):
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, directory=root_dir or ".", **kwargs)

        self.httpd = _Server(("127.0.0.1", 0), _Handler)
        self.httpd.root = root_dir
        self.httpd.hits = Counter()
        self.httpd.log = []
        self.httpd.delay = delay
        self.httpd.lock = threading.Lock()
        self.httpd.active = self.httpd.max_active = 0
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="misbehaving-server", daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    @property
    def hits(self) -> Counter[str]:
        return self.httpd.hits

    @property
    def max_active(self) -> int:
        """The most requests this server was answering at the same time."""
        return self.httpd.max_active

    @property
    def log(self) -> list[tuple[float, str, str]]:
        """(monotonic time, path, User-Agent) of every request, in order."""
        return self.httpd.log

    def __enter__(self) -> MisbehavingServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
