"""One region's chain timed from outside, as the outside check does it.

Generates the 630-page local site of bench/crawl_throughput.py (bench/sitegen.py), serves it with
``python3 -m http.server`` in another process, and times, alternating, round after round, under
``/usr/bin/time``: ``newscrawl crawl URL -O FILE --silent`` (a fresh NEWSCRAWL_STATE_DIR each run)
and ``scrapy runspider`` of a truly bare spider (Scrapy's defaults, follows the next link, Scrapy's
own JSON-lines feed). ``--tree DIR`` adds newscrawl from another source tree (e.g. a ``git
archive`` of the commit before a change), run with the same interpreter, so before and after
alternate in the same run. Prints each run's wall and CPU (user+sys, children included) seconds,
then the medians and ratios against bare, and the load average before and after.

Every run reads the same kept regular expressions (newscrawl/extract/pattern_cache.py, in
~/.cache/newscrawl) as any second run on a machine does; ``--cold-cache`` gives each run an empty
one (a machine's first crawl). ``--bytecode`` lets every command keep its compiled bytecode, as a
pip-installed package has it (an editable install under PYTHONDONTWRITEBYTECODE=1 compiles
newscrawl's sources again in every process).

    python bench/crawl_outside.py [--rounds 5] [--pages 630] [--tree before=/tmp/before] [--one-page] [--bytecode]
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.sitegen import generate_site  # noqa: E402

BARE_SPIDER = '''
import scrapy


class BareSpider(scrapy.Spider):
    name = "bare"
    start_urls = [{url!r}]
    custom_settings = {{"LOG_LEVEL": "ERROR"}}

    def parse(self, response):
        for position, block in enumerate(response.css(".td-ss-main-content .td_module_wrap"), start=1):
            link = block.css(".entry-title a")
            yield {{
                "url": response.urljoin(link.attrib["href"]),
                "headline": link.css("::text").get(),
                "excerpt": " ".join(block.css(".td-excerpt ::text").getall()).strip(),
                "listing_url": response.url,
                "position": position,
            }}
        next_href = response.css(".page-nav a:has(i.td-icon-menu-right)::attr(href)").get()
        if next_href and {follow!r}:
            yield response.follow(next_href)
'''


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_for(port: int) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.05)
    raise SystemExit(f"the local server on port {port} did not start")


def _link_top_level_packages(tree: Path) -> None:
    """newscrawl.spiders, .pipelines, ... live in top-level folders (pyproject's package-dir): in a
    bare source tree on PYTHONPATH they would be imported from the editable install instead, so
    each gets a link inside the tree's own newscrawl package."""
    import tomllib

    mapping = tomllib.loads((tree / "pyproject.toml").read_text())["tool"]["setuptools"]["package-dir"]
    for package, folder in mapping.items():
        link = tree / Path(*package.split("."))
        if package.startswith("newscrawl.") and not link.exists():
            link.symlink_to((tree / folder).resolve(), target_is_directory=True)


def _timed(cmd: list[str], env: dict[str, str], tmp: Path) -> tuple[float, float]:
    """Wall and CPU (user+sys, children included) seconds of ``cmd`` under /usr/bin/time."""
    report = tmp / "time.txt"
    done = subprocess.run(["/usr/bin/time", "-f", "%e %U %S", "-o", str(report), *cmd], env=env, cwd=tmp,
                          capture_output=True, text=True, timeout=900, check=False)
    if done.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{done.stderr[-2000:]}")
    wall, user, system = (float(x) for x in report.read_text().split()[-3:])
    return wall, user + system


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--pages", type=int, default=630)
    parser.add_argument("--tree", action="append", default=[], metavar="LABEL=DIR",
                        help="also newscrawl from this source tree (PYTHONPATH), labelled LABEL")
    parser.add_argument("--one-page", action="store_true", help="crawl only the first page (start-up cost)")
    parser.add_argument("--no-bare", action="store_true")
    parser.add_argument("--cold-cache", action="store_true",
                        help="a fresh NEWSCRAWL_CACHE_DIR for every run (a machine's first crawl: patterns compiled)")
    parser.add_argument("--bytecode", action="store_true",
                        help="let every command keep compiled bytecode (in a private PYTHONPYCACHEPREFIX, even where "
                             "PYTHONDONTWRITEBYTECODE is set), as an installed package has it: a warm-up run first")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        start = generate_site(tmp / "site", regions=1, pages=args.pages)[0]
        port = _free_port()
        server = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
                                   "--directory", str(tmp / "site")], stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
        try:
            _wait_for(port)
            url = f"http://127.0.0.1:{port}{start}"
            spider = tmp / "bare_spider.py"
            spider.write_text(BARE_SPIDER.format(url=url, follow=not args.one_page), encoding="utf-8")
            newscrawl = str(Path(sys.executable).with_name("newscrawl"))
            scrapy = str(Path(sys.executable).with_name("scrapy"))
            max_pages = ["--max-pages", "1"] if args.one_page else []
            kinds: dict[str, tuple[list[str], dict[str, str]]] = {}
            if not args.no_bare:
                kinds["bare"] = ([scrapy, "runspider", str(spider), "-O", str(tmp / "bare.jsonl")], {})
            kinds["newscrawl"] = ([newscrawl, "crawl", url, "-O", str(tmp / "nc.jsonl"), "--silent", *max_pages], {})
            for tree in args.tree:
                label, _, path = tree.partition("=")
                _link_top_level_packages(Path(path))
                kinds[label] = ([sys.executable, "-c", "from newscrawl.cli import main; main()", "crawl", url,
                                 "-O", str(tmp / f"{label}.jsonl"), "--silent", *max_pages],
                                {"PYTHONPATH": str(Path(path).resolve())})
            base_env = dict(os.environ)
            if args.bytecode:
                base_env.pop("PYTHONDONTWRITEBYTECODE", None)
                base_env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
                for cmd, extra in kinds.values():  # the warm-up: each writes its bytecode once
                    _timed(cmd, {**base_env, **extra, "NEWSCRAWL_STATE_DIR": tempfile.mkdtemp(dir=tmp)}, tmp)
            print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
            results: dict[str, list[tuple[float, float]]] = {label: [] for label in kinds}
            for i in range(args.rounds):
                for label, (cmd, extra) in kinds.items():
                    env = {**base_env, **extra, "NEWSCRAWL_STATE_DIR": tempfile.mkdtemp(dir=tmp)}
                    if args.cold_cache:
                        env["NEWSCRAWL_CACHE_DIR"] = tempfile.mkdtemp(dir=tmp)
                    results[label].append(_timed(cmd, env, tmp))
                    wall, cpu = results[label][-1]
                    print(f"  round {i + 1} {label:<12} wall {wall:6.2f}s  CPU {cpu:6.2f}s", flush=True)
            print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
            base = statistics.median(w for w, _ in results["bare"]) if "bare" in results else None
            for label, runs in results.items():
                wall = statistics.median(w for w, _ in runs)
                cpu = statistics.median(c for _, c in runs)
                ratio = f"  {base / wall:4.2f}x bare" if base else ""
                print(f"{label:<12} wall {' '.join(f'{w:.2f}' for w, _ in runs)}  median {wall:.2f}s{ratio};  "
                      f"CPU {' '.join(f'{c:.2f}' for _, c in runs)}  median {cpu:.2f}s")
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
