"""Cluster throughput: pages/s with 1, 2 and 4 workers against slow sites on many hosts.

A generated listing site (bench/sitegen.py) is served on many host addresses (127.0.0.2,
127.0.0.3, ...: every 127.x address is the loopback, and Scrapy keeps one download slot per
host), each answering a listing page after --latency seconds (200 ms: the real web is I/O
bound). Every worker allows --per-host requests at once per host (CONCURRENT_REQUESTS_PER_DOMAIN,
and the cluster's shared host slots keep the same limit for all workers together) and
--concurrency in all (CONCURRENT_REQUESTS). Each host has --regions-per-host pagination
chains of --pages pages. For each worker count a new run is seeded into a throwaway Redis
(tests/redis_server.py) and N `newscrawl worker` processes crawl it.

Figures, from the server's clock (first to last listing page served, so worker start-up is
left out): pages/s, and the ratio to one worker. CPU seconds per page of the workers, of
redis-server and of the site server, and the pages/s at which the workers' CPU alone would
fill this machine's cores (the CPU ceiling). Run it with --latency 0 to see the CPU-bound case.

    python bench/cluster_throughput.py [--workers 1 2 4] [--hosts 32] [--pages 20] [--latency 0.2]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests")]


# --- the site server (runs in its own process: --serve) ------------------------------------------------


def serve(root: Path, hosts: list[str], latency: float, ready: Path, log: Path) -> None:
    pages = {f"/{p.parent.relative_to(root).as_posix()}/".replace("/./", "/"): p.read_bytes()
             for p in root.rglob("index.html")}
    robots = (root / "robots.txt").read_bytes()
    starts: list[float] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                line = await reader.readline()
                if not line:
                    break
                path = line.split()[1].decode() if len(line.split()) > 1 else "/"
                while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                    pass
                if path == "/robots.txt":
                    body, status = robots, b"200 OK"
                elif path in pages:
                    starts.append(time.time())
                    await asyncio.sleep(latency)
                    body, status = pages[path], b"200 OK"
                else:
                    body, status = b"not found", b"404 Not Found"
                writer.write(b"HTTP/1.1 " + status + b"\r\nContent-Type: text/html; charset=utf-8\r\n"
                             b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
                await writer.drain()
        except (ConnectionError, IndexError):
            pass
        finally:
            writer.close()

    async def main() -> None:
        servers = [await asyncio.start_server(handle, host, 8800) for host in hosts]
        ready.write_text("ok")
        while True:
            await asyncio.sleep(0.5)
            log.write_text(json.dumps(starts))
            if not all(s.is_serving() for s in servers):
                return

    asyncio.run(main())


# --- the benchmark ---------------------------------------------------------------------------------------


def _cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run(workers: int, *, redis_url: str, redis_pid: int, server_pid: int, starts_log: Path, urls: list[str],
        settings: dict[str, object], out: Path) -> dict[str, float]:
    from newscrawl.distributed import seed

    begun = time.time()
    seed(redis_url, urls, site_name="bench", incremental=False, settings=settings, new_run=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    redis_cpu, server_cpu = _cpu(redis_pid), _cpu(server_pid)
    procs = [subprocess.Popen([sys.executable, "-m", "newscrawl.cli", "worker", "--redis", redis_url, "--silent",
                               "-O", str(out / f"w{i}.jsonl"), "--idle-exit", "5"], cwd=REPO,
                              env={**os.environ, "NEWSCRAWL_STATE_DIR": str(out / f"state{i}")})
             for i in range(workers)]
    # CPU of the workers, sampled while they run: the steady state (first to last page served)
    # leaves out their start-up (~2 s of CPU each: imports, the splitter's patterns).
    samples: list[tuple[float, float]] = []
    deadline = time.monotonic() + 1800
    while any(p.poll() is None for p in procs) and time.monotonic() < deadline:
        try:
            if all(p.poll() is None for p in procs):  # an exited worker's CPU is no longer in /proc
                samples.append((time.time(), sum(_cpu(p.pid) for p in procs)))
        except (FileNotFoundError, ProcessLookupError):
            pass
        time.sleep(0.2)
    for proc in procs:
        proc.wait(timeout=60)
    time.sleep(0.6)  # the server writes its log every 0.5 s
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    starts = sorted(t for t in json.loads(starts_log.read_text()) if t >= begun)
    pages = len(starts)
    span = starts[-1] - starts[0] if pages > 1 else float("nan")
    items = sum(1 for i in range(workers) for _ in (out / f"w{i}.jsonl").open())
    worker_cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    steady = [(t, c) for t, c in samples if starts[0] <= t <= starts[-1]]
    steady_pages = sum(1 for s in starts if steady[0][0] <= s <= steady[-1][0]) if steady else 0
    steady_ms = float("nan")
    if len(steady) > 2 and steady_pages:
        steady_ms = 1000 * (steady[-1][1] - steady[0][1]) / steady_pages
    # The middle 60% of the pages: every worker is up and crawling (start-up and the last
    # stragglers left out).
    low, high = starts[int(pages * 0.2)], starts[int(pages * 0.8)]
    middle = (int(pages * 0.8) - int(pages * 0.2)) / (high - low) if high > low else float("nan")
    return {"workers": workers, "pages": pages, "items": items, "seconds": span, "pages_per_s": (pages - 1) / span,
            "middle_pages_per_s": middle,
            "worker_cpu_ms_per_page": 1000 * worker_cpu / pages, "worker_steady_cpu_ms_per_page": steady_ms,
            "redis_cpu_ms_per_page": 1000 * (_cpu(redis_pid) - redis_cpu) / pages,
            "server_cpu_ms_per_page": 1000 * (_cpu(server_pid) - server_cpu) / pages,
            "exit_codes": [p.returncode for p in procs]}



def run_single(*, server_pid: int, starts_log: Path, urls: list[str], settings: dict[str, object],
               out: Path) -> dict[str, float]:
    """The same crawl by one `newscrawl crawl` process, no cluster: the baseline."""
    begun = time.time()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    sets = [a for name, value in settings.items() for a in ("-s", f"{name}={json.dumps(value)}")]
    proc = subprocess.run([sys.executable, "-m", "newscrawl.cli", "crawl", *urls, "--silent", "--no-incremental",
                           "-O", str(out / "single.jsonl"), *sets], cwd=REPO, timeout=1800,
                          env={**os.environ, "NEWSCRAWL_STATE_DIR": str(out / "state")})
    time.sleep(0.6)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    starts = sorted(t for t in json.loads(starts_log.read_text()) if t >= begun)
    span = starts[-1] - starts[0]
    return {"pages": len(starts), "seconds": span, "pages_per_s": (len(starts) - 1) / span,
            "cpu_ms_per_page": 1000 * (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
            / len(starts),
            "exit_code": proc.returncode}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--hosts", type=int, default=32)
    parser.add_argument("--regions-per-host", type=int, default=2)
    parser.add_argument("--pages", type=int, default=20, help="pages per region")
    parser.add_argument("--blocks", type=int, default=10, help="teaser blocks per page")
    parser.add_argument("--latency", type=float, default=0.2, help="seconds before a listing page is answered")
    parser.add_argument("--per-host", type=int, default=2, help="per-host concurrency (per worker and cluster-wide)")
    parser.add_argument("--concurrency", type=int, default=16, help="CONCURRENT_REQUESTS of each worker")
    parser.add_argument("--single", action="store_true", help="also crawl with one `newscrawl crawl` (no cluster)")
    parser.add_argument("-s", "--set", dest="overrides", action="append", default=[], metavar="NAME=VALUE",
                        help="another setting for the workers (JSON value or string)")
    parser.add_argument("--serve", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        root, hosts, latency, ready = args.serve
        serve(Path(root), hosts.split(","), float(latency), Path(ready), Path(ready).with_suffix(".log"))
        return

    from bench.sitegen import generate_site
    from redis_server import TempRedis

    hosts = [f"127.0.0.{2 + i}" for i in range(args.hosts)]
    with tempfile.TemporaryDirectory(prefix="newscrawl-cluster-bench-") as tmp:
        root = Path(tmp) / "site"
        paths = generate_site(root, regions=args.regions_per_host, pages=args.pages, blocks=args.blocks)
        urls = [f"http://{host}:8800{path}" for host in hosts for path in paths]
        ready = Path(tmp) / "server.ready"
        server = subprocess.Popen([sys.executable, __file__, "--serve", str(root), ",".join(hosts), str(args.latency),
                                   str(ready)])
        deadline = time.monotonic() + 30
        while not ready.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        settings = {"CONCURRENT_REQUESTS": args.concurrency, "CONCURRENT_REQUESTS_PER_DOMAIN": args.per_host,
                    "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "LOG_LEVEL": "ERROR",
                    "NEWSCRAWL_HEALTH_ENABLED": False}
        for override in args.overrides:
            name, _, value = override.partition("=")
            try:
                settings[name] = json.loads(value)
            except json.JSONDecodeError:
                settings[name] = value
        print(f"{len(urls)} chains x {args.pages} pages on {args.hosts} hosts, {args.latency * 1000:.0f} ms a page, "
              f"per-host concurrency {args.per_host}, {args.concurrency} requests per worker, "
              f"{os.cpu_count()} CPUs", flush=True)
        try:
            if args.single:
                out = Path(tmp) / "single"
                out.mkdir()
                single = run_single(server_pid=server.pid, starts_log=ready.with_suffix(".log"), urls=urls,
                                    settings=settings, out=out)
                print(f"single process (newscrawl crawl, no cluster): {single['pages']} pages in "
                      f"{single['seconds']:.1f} s"
                      f" = {single['pages_per_s']:.1f} pages/s; CPU per page {single['cpu_ms_per_page']:.2f} ms; "
                      f"exit {single['exit_code']}", flush=True)
            with TempRedis(persist=False) as redis:
                assert redis.proc is not None
                results = []
                for count in args.workers:
                    out = Path(tmp) / f"run{count}"
                    out.mkdir()
                    result = run(count, redis_url=redis.url, redis_pid=redis.proc.pid, server_pid=server.pid,
                                 starts_log=ready.with_suffix(".log"), urls=urls, settings=settings, out=out)
                    results.append(result)
                    base, base_middle = results[0]["pages_per_s"], results[0]["middle_pages_per_s"]
                    steady = result["worker_steady_cpu_ms_per_page"]
                    ceiling = (os.cpu_count() or 1) * 1000 / steady
                    print(f"{count} worker(s): {result['pages']} pages, {result['items']} items in "
                          f"{result['seconds']:.1f} s"
                          f" = {result['pages_per_s']:.1f} pages/s ({result['pages_per_s'] / base:.2f}x one worker), "
                          f"middle 60%: {result['middle_pages_per_s']:.1f} pages/s "
                          f"({result['middle_pages_per_s'] / base_middle:.2f}x); "
                          f"CPU per page: workers {steady:.2f} ms while crawling "
                          f"({result['worker_cpu_ms_per_page']:.2f} ms with start-up), redis "
                          f"{result['redis_cpu_ms_per_page']:.2f} ms, "
                          f"site server {result['server_cpu_ms_per_page']:.2f} ms;"
                          f" workers' CPU ceiling {ceiling:.0f} pages/s; exit {result['exit_codes']}", flush=True)
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
