"""A tiny static HTTP server for the offline fixture site, on 127.0.0.1 and a free port.

``python -m newscrawl.fixture_server [--root DIR] [--port N]`` prints its base URL on the
first line of stdout, so a test or script can start it in a subprocess and read where it is.
"""

from __future__ import annotations

import argparse
import functools
import os
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from newscrawl.paths import fixture_site_dir


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass

    def end_headers(self) -> None:
        if self.path.endswith("/") or self.path.endswith(".html"):
            self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def guess_type(self, path: str | os.PathLike[str]) -> str:
        kind = super().guess_type(path)
        return "text/html; charset=utf-8" if kind == "text/html" else kind


class _Server(ThreadingHTTPServer):
    # socketserver's default backlog (5) overflows when a crawl opens a burst of connections
    # (a fanned-out chain); each overflowed connection then waits a second for a SYN retry.
    request_queue_size = 128


class FixtureServer:
    """Serves ``root`` in a background thread; use as a context manager."""

    def __init__(self, root: Path, host: str = "127.0.0.1", port: int = 0) -> None:
        handler = functools.partial(QuietHandler, directory=str(root))
        self.httpd = _Server((host, port), handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="fixture-server", daemon=True)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        name = host.decode("ascii") if isinstance(host, bytes) else host  # (typeshed allows bytes)
        return f"http://{name}:{port}/"

    def __enter__(self) -> FixtureServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=None,
                        help="directory to serve (default: the bundled fixture site)")
    parser.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    args = parser.parse_args(argv)
    server = FixtureServer(args.root or fixture_site_dir(), port=args.port)
    print(server.url, flush=True)
    try:
        server.httpd.serve_forever()  # in the foreground: this process is the server
    except KeyboardInterrupt:
        pass
    finally:
        server.httpd.server_close()


if __name__ == "__main__":
    main()
