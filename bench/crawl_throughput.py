"""Crawl throughput: newscrawl against bare Scrapy spiders, in the same run, on local sites.

Generates a listing site in the tagDiv markup (bench/sitegen.py: 10 blocks a page), serves it
on 127.0.0.1 from this process, and crawls it in fresh processes (Twisted's reactor cannot
restart), one kind after the other, per scenario:

- ``bare``: a TRULY bare Scrapy spider: ``scrapy.Spider`` with Scrapy's default settings (but
  LOG_LEVEL=ERROR, as every kind here), no project middleware or pipeline, following the next
  link, writing JSON lines with Scrapy's own feed exporter. The baseline of the targets.
- ``bare-project``: the same spider with the project's settings (robots.txt, AutoThrottle,
  our middlewares, our feed exporter; no item pipeline): the older baseline of this bench.
- ``newscrawl``: the region spider with its pipelines and JSON-lines feed (fan-out on).
- ``ceiling``: the truly bare spider handed every page of each chain at once.

Scenarios: ``one`` (one region of ``--pages`` pages at full speed), ``latency`` (one region of
``--latency-pages`` pages, the server waiting ``--delay`` s per page, per-host concurrency 8 for
every kind), ``many`` (``--regions`` regions of ``--region-pages`` pages at full speed), and
with ``--worker-study`` newscrawl with the extraction worker forced on/off, on a fanned-out
chain and on a chain that declares no length (next links only). Prints, per run, pages/s and
the CPU per page of the crawl's own process (getrusage of that process only; the extraction
worker's CPU is shown apart), the pages slower than SLOW_RESPONSE (connections a full listen
queue dropped, waiting a second for their SYN to be sent again), the CPU other processes took
meanwhile when it is a tenth of a core or more (newscrawl's crawl and its worker need both
cores: with one taken they share the other, and that run's ratio says so little), then each
ratio against ``bare`` of the same repeat (marked when either run met such load). Also the
per-process start cost of the splitter (first page parsed in a fresh process minus a later one).

    python bench/crawl_throughput.py [--scenarios one,latency,many] [--repeat 1] [--worker-study]
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import subprocess
import sys
import tempfile
import time
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.sitegen import generate_site, page_paths  # noqa: E402
from newscrawl.fixture_server import QuietHandler  # noqa: E402

KINDS = ("bare", "bare-project", "newscrawl", "ceiling")
TARGETS = {"one": 1.0, "latency": 3.0, "many": 0.95}
#: Seconds past which a page is counted as slow (beyond the scenario's server delay).
SLOW_RESPONSE = 0.5
#: Share of a core other processes took during a crawl past which its line says so.
BUSY_OTHER = 0.1


# --- the crawl process ---------------------------------------------------------------------


def _bare_spider(urls: list[str], follow: bool) -> type:
    import scrapy

    class BareSpider(scrapy.Spider):
        name = "bare"

        async def start(self):  # type: ignore[override]
            for url in urls:
                yield scrapy.Request(url)

        def parse(self, response):  # type: ignore[override]
            self.crawler.stats.inc_value("newscrawl/listing/pages")
            for position, block in enumerate(response.css(".td-ss-main-content .td_module_wrap"), start=1):
                link = block.css(".entry-title a")
                # What a bare spider yields: the block as shown, unsplit (a smaller item than
                # newscrawl's 31 fields, so the baseline's exporter has less to do).
                yield {
                    "url": response.urljoin(link.attrib["href"]),
                    "headline": link.css("::text").get(),
                    "excerpt": " ".join(block.css(".td-excerpt ::text").getall()).strip(),
                    "listing_url": response.url,
                    "position": position,
                }
            next_href = response.css(".page-nav a:has(i.td-icon-menu-right)::attr(href)").get()
            if next_href and follow:
                yield response.follow(next_href)

    return BareSpider


def crawl_once(kind: str, urls: list[str], out: Path, overrides: dict[str, Any]) -> dict[str, Any]:
    """One crawl in this process; its figures."""
    import resource

    from scrapy import signals
    from scrapy.crawler import CrawlerProcess
    from scrapy.settings import Settings

    from newscrawl.crawl import feed_settings, project_settings

    if kind in ("bare", "ceiling"):
        settings = Settings()  # Scrapy's defaults, nothing of the project's
        settings.set("LOG_LEVEL", "ERROR")
        settings.set("FEEDS", {out.resolve().as_uri(): {"format": "jsonlines", "overwrite": True}})
        for name, value in overrides.items():
            if not name.startswith(("NEWSCRAWL_", "DOWNLOAD_SLOTS")):
                settings.set(name, value)
    else:
        settings = project_settings({"LOG_LEVEL": "ERROR", "FEEDS": feed_settings(out, overwrite=True), **overrides})
        if kind == "bare-project":
            settings.set("ITEM_PIPELINES", {}, priority="cmdline")
    process = CrawlerProcess(settings)
    if kind == "newscrawl":
        from newscrawl.spiders.region import RegionSpider

        crawler = process.create_crawler(RegionSpider)
        kwargs: dict[str, Any] = {"start_urls": urls}
    else:
        crawler = process.create_crawler(_bare_spider(urls, follow=kind != "ceiling"))
        kwargs = {}
    cpu: dict[str, float] = {}

    def snapshot(name: str) -> None:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        cpu[name] = usage.ru_utime + usage.ru_stime

    slow: list[float] = []

    def response_received(response: Any, request: Any, spider: Any) -> None:
        # A connection the server's full listen queue dropped waits a second for its SYN to be
        # sent again: a page that took over half a second on 127.0.0.1 is one of those.
        latency = request.meta.get("download_latency", 0.0)
        if latency > SLOW_RESPONSE:
            slow.append(latency)

    crawler.signals.connect(response_received, signal=signals.response_received, weak=False)
    crawler.signals.connect(lambda spider: snapshot("opened"), signal=signals.spider_opened, weak=False)
    crawler.signals.connect(lambda spider, reason: snapshot("closed"), signal=signals.spider_closed, weak=False)
    process.crawl(crawler, **kwargs)
    process.start()
    snapshot("exit")
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    stats = crawler.stats.get_stats()
    pages = stats.get("newscrawl/listing/pages", 0)
    return {"pages": pages, "items": stats.get("item_scraped_count", 0), "elapsed": stats["elapsed_time_seconds"],
            "cpu_crawl": cpu["closed"] - cpu["opened"], "cpu_process": cpu["exit"],
            "cpu_worker": children.ru_utime + children.ru_stime,
            "worker_pages": stats.get("newscrawl/extract/worker_pages", 0),
            "fanned_out": stats.get("newscrawl/listing/fanned_out", 0), "slow": len(slow)}


def listen_overflows() -> int | None:
    """The kernel's count of connections dropped because a listen queue was full (Linux): each
    costs the client a SYN retransmission, a second. Python's http.server listens with a backlog
    of 5, which parallel requests can overflow."""
    try:
        lines = Path("/proc/net/netstat").read_text().splitlines()
    except OSError:
        return None
    for names, values in zip(lines[::2], lines[1::2], strict=False):
        if names.startswith("TcpExt:"):
            table = dict(zip(names.split()[1:], values.split()[1:], strict=False))
            return int(table.get("ListenOverflows", 0))
    return None


def machine_busy() -> float | None:
    """CPU seconds every process on the machine has used since boot (Linux: /proc/stat, in ticks)."""
    try:
        ticks = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return None
    return (sum(ticks) - ticks[3] - ticks[4]) / os.sysconf("SC_CLK_TCK")  # all but idle and iowait


def _own_cpu() -> float:
    """CPU seconds of this process (the local server) and its waited-for children (the crawls, and
    the extraction workers they waited for)."""
    import resource

    return sum(u.ru_utime + u.ru_stime for u in (resource.getrusage(resource.RUSAGE_SELF),
                                                 resource.getrusage(resource.RUSAGE_CHILDREN)))


def _run(kind: str, urls: list[str], out: Path, overrides: dict[str, Any]) -> dict[str, Any]:
    import resource

    cmd = [sys.executable, __file__, "--crawl", kind, "--out", str(out), "--overrides", json.dumps(overrides), *urls]
    before = resource.getrusage(resource.RUSAGE_SELF)  # this process is the local server
    busy, own = machine_busy(), _own_cpu()
    overflows = listen_overflows()
    # A fresh state directory for every crawl: what one run learned of the site's bylines (kept
    # per host, and every run's host is 127.0.0.1) must not make the next run's pages cheaper.
    env = {**os.environ, "NEWSCRAWL_STATE_DIR": tempfile.mkdtemp(prefix="state-", dir=out.parent)}
    started = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=REPO, timeout=1800, env=env)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF)
    busy_after, own_after = machine_busy(), _own_cpu()
    overflows_after = listen_overflows()
    if done.returncode:
        raise SystemExit(f"{kind} crawl failed:\n{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["wall"] = wall  # the whole process, as timed from outside: start-up and shutdown included
    result["cpu_server"] = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    result["overflows"] = overflows_after - overflows if overflows is not None and overflows_after is not None else 0
    # What other processes on the machine took meanwhile (other sessions, tests): with a core taken,
    # newscrawl's crawl and its worker share the other one, and a ratio of that run says so little.
    result["cpu_other"] = (max(0.0, busy_after - busy - (own_after - own))
                           if busy is not None and busy_after is not None else None)
    return result


# --- the server ----------------------------------------------------------------------------


class _DelayedHandler(QuietHandler):
    delay = 0.0

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        if self.delay and self.path.endswith("/"):
            time.sleep(self.delay)  # the latency of a real site, per page
        super().do_GET()


class _Server:
    def __init__(self, root: Path, delay: float, backlog: int = 5) -> None:
        handler = type("Handler", (_DelayedHandler,), {"delay": delay})
        server_class = type("Server", (ThreadingHTTPServer,), {"request_queue_size": backlog})
        self.httpd = server_class(("127.0.0.1", 0), functools.partial(handler, directory=str(root)))
        self.httpd.daemon_threads = True
        import threading

        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def __enter__(self) -> _Server:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


# --- scenarios -----------------------------------------------------------------------------


def _scenario(name: str, tmp: Path, *, regions: int, pages: int, delay: float, overrides: dict[str, Any],
              kinds: tuple[str, ...], repeat: int, declare_total: bool = True, backlog: int = 5,
              variants: dict[str, dict[str, Any]] | None = None) -> list[dict[str, dict[str, Any]]]:
    root = tmp / f"site-{name}"
    starts = generate_site(root, regions=regions, pages=pages, declare_total=declare_total)
    print(f"\n== {name}: {regions} region(s) x {pages} pages = {regions * pages} listing pages"
          f"{f', server delay {delay * 1000:.0f} ms/page' if delay else ', full speed'}"
          f"{', chains declare no length' if not declare_total else ''}; settings {overrides or 'as shipped'}")
    runs: list[dict[str, dict[str, Any]]] = []
    with _Server(root, delay, backlog) as server:
        starts_urls = [urljoin(server.url, p.lstrip("/")) for p in starts]
        every_page = [urljoin(server.url, p.lstrip("/")) for s in starts for p in page_paths(s, pages)]
        for i in range(repeat):
            results: dict[str, dict[str, Any]] = {}
            plan = [(kind, overrides) for kind in kinds] + [(label, {**overrides, **extra})
                                                           for label, extra in (variants or {}).items()]
            for label, settings in plan:
                kind = label if label in KINDS else "newscrawl"
                urls = every_page if kind == "ceiling" else starts_urls
                r = results[label] = _run(kind, urls, tmp / f"{label}.jsonl", settings)
                per_page = 1000 / r["pages"]
                worker = (f", worker {per_page * r['cpu_worker']:.2f} ms, {r['worker_pages']:.0f} pages there"
                          if r["worker_pages"] else "")
                fanned = f"  fanned out {r['fanned_out']:.0f}" if r["fanned_out"] else ""
                fanned += f"  listen-queue overflows {r['overflows']}" if r["overflows"] else ""
                fanned += f"  pages slower than {SLOW_RESPONSE}s {r['slow']}" if r["slow"] else ""
                if r["cpu_other"] is not None and r["cpu_other"] / r["wall"] >= BUSY_OTHER:
                    fanned += f"  OTHER PROCESSES {r['cpu_other'] / r['wall']:.0%} of a core"
                print(f"  run {i + 1} {label:<14} {r['pages']:>5.0f} pages {r['items']:>6.0f} items in "
                      f"{r['elapsed']:6.2f}s (process {r['wall']:5.2f}s) {r['pages'] / r['elapsed']:7.1f} pages/s  "
                      f"CPU/page "
                      f"{per_page * r['cpu_crawl']:5.2f} ms (whole process {per_page * r['cpu_process']:5.2f} ms"
                      f"{worker}; server {per_page * r['cpu_server']:.2f} ms){fanned}")
            runs.append(results)
            _ratios(name, results)
    return runs


def _ratios(name: str, results: dict[str, dict[str, Any]]) -> None:
    bare = results["bare"]
    speed = {label: (bare["elapsed"] / r["elapsed"]) for label, r in results.items()}
    whole = {label: (bare["wall"] / r["wall"]) for label, r in results.items()}
    cpu = {label: (r["cpu_crawl"] / r["pages"]) / (bare["cpu_crawl"] / bare["pages"]) for label, r in results.items()}
    cpu_all = {label: (r["cpu_process"] / r["pages"]) / (bare["cpu_process"] / bare["pages"])
               for label, r in results.items()}
    target = TARGETS.get(name)
    for label in results:
        if label == "bare":
            continue
        mark = f"  (target >= {target:.2f})" if label == "newscrawl" and target else ""
        cpu_mark = "  (target <= 1.30)" if label == "newscrawl" else ""
        project = (f"; {speed[label] / speed['bare-project']:4.2f}x bare-project"
                   if "bare-project" in speed and label != "bare-project" else "")
        loaded = [f"{name_} {r['cpu_other'] / r['wall']:.0%}" for name_, r in (("bare", bare), (label, results[label]))
                  if r.get("cpu_other") is not None and r["cpu_other"] / r["wall"] >= BUSY_OTHER]
        load = f"  [under load, other processes' share of a core: {', '.join(loaded)}]" if loaded else ""
        print(f"  {label:<14} speed {speed[label]:5.2f}x truly bare{mark} (whole process {whole[label]:4.2f}x); "
              f"CPU/page {cpu[label]:4.2f}x bare's "
              f"(whole process {cpu_all[label]:4.2f}x){cpu_mark}{project}{load}")


def start_cost(root: Path) -> dict[str, float]:
    """Seconds a fresh process spends before its first split, beyond a steady page: imports, then
    the first page (regex compilation) minus a later page."""
    code = (
        "import time, json, sys\n"
        "t0 = time.perf_counter()\n"
        "from newscrawl.extract.page import extract_page\n"
        "from newscrawl.extract.knowledge import SiteKnowledge\n"
        "t1 = time.perf_counter()\n"
        "pages = [open(p, 'rb').read() for p in sys.argv[1:]]\n"
        "k = SiteKnowledge('127.0.0.1')\n"
        "times = []\n"
        "for body in pages:\n"
        "    s = time.perf_counter(); extract_page(body, 'http://127.0.0.1:1/en/category/news/x/', knowledge=k)\n"
        "    times.append(time.perf_counter() - s)\n"
        "print(json.dumps({'imports': t1 - t0, 'first_page': times[0], 'steady_page': min(times[1:])}))\n"
    )
    pages = [str(p) for p in sorted(root.rglob("index.html"))[:6]]
    done = subprocess.run([sys.executable, "-c", code, *pages], capture_output=True, text=True, check=True, cwd=REPO)
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenarios", default="one,latency,many")
    parser.add_argument("--pages", type=int, default=630, help="pages of the one-region chain")
    parser.add_argument("--latency-pages", type=int, default=140)
    parser.add_argument("--delay", type=float, default=0.05, help="server delay per page in the latency scenario")
    parser.add_argument("--regions", type=int, default=20)
    parser.add_argument("--region-pages", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--worker-study", action="store_true",
                        help="also newscrawl with the extraction worker forced on and off, "
                             "fanned out and one page at a time")
    parser.add_argument("--crawl", choices=KINDS, help=argparse.SUPPRESS)
    parser.add_argument("--overrides", default="{}", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("urls", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.crawl:
        print(json.dumps(crawl_once(args.crawl, args.urls, args.out, json.loads(args.overrides))))
        return

    print(f"{os.cpu_count()} CPUs; load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    scenarios = args.scenarios.split(",")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        worker = {"worker on": {"NEWSCRAWL_EXTRACT_WORKER": "on"}, "worker off": {"NEWSCRAWL_EXTRACT_WORKER": "off"}}
        if "one" in scenarios:
            _scenario("one", tmp, regions=1, pages=args.pages, delay=0.0, overrides={}, kinds=KINDS, repeat=args.repeat,
                      variants=worker if args.worker_study else None)
        if "latency" in scenarios:
            per_host = {"CONCURRENT_REQUESTS_PER_DOMAIN": 8,
                        "DOWNLOAD_SLOTS": {"127.0.0.1": {"delay": 0.001, "concurrency": 8, "jitter": 0.0}}}
            _scenario("latency", tmp, regions=1, pages=args.latency_pages, delay=args.delay, overrides=per_host,
                      kinds=KINDS, repeat=args.repeat)
        if "many" in scenarios:
            _scenario("many", tmp, regions=args.regions, pages=args.region_pages, delay=0.0, overrides={},
                      kinds=("bare", "bare-project", "newscrawl"), repeat=args.repeat)
        if args.worker_study:
            _scenario("one-no-total", tmp, regions=1, pages=args.pages, delay=0.0, overrides={},
                      kinds=("bare", "newscrawl"), repeat=args.repeat, declare_total=False, variants=worker)
        cost = start_cost(next(tmp.glob("site-*")))
    print(f"\nsplitter start cost in a fresh process: imports {cost['imports']:.2f}s, first page "
          f"{cost['first_page']:.2f}s vs {1000 * cost['steady_page']:.1f} ms for a later one "
          f"(~{cost['first_page'] - cost['steady_page']:.2f}s of compilation, paid by the crawl and by its worker)")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
