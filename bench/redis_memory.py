"""Redis memory of a cluster crawl: bytes per queued request, per seen request, per article.

Fills a throwaway redis-server (tests/redis_server.py, no persistence) the way a run does,
with real data: listing-page requests made by the region spider itself (``listing_request``:
URL, callback and errback names, meta with the page number and start URL) and serialised as
the scheduler queues them (scrapy-redis's pickle of ``Request.to_dict``) into the run's
sorted set; their scrapy-redis fingerprints (40 hex characters) into the seen-set; 8-byte
article digests into the shared dedup set. Memory is read with INFO memory (used_memory
before and after) and MEMORY USAGE of the key. Prints bytes per entry and the size of a
million; then what a Bloom filter would take for the seen-set at a few false-positive rates.

    python bench/redis_memory.py [--queued 1000000] [--seen 1000000] [--articles 1000000]
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests")]

BATCH = 10_000


def _requests(count: int):  # type: ignore[no-untyped-def]
    """(spider, request) pairs like a deep archive's: 200 regions of a site, pages 2..N each."""
    from scrapy.crawler import Crawler

    from newscrawl.crawl import project_settings
    from newscrawl.spiders.region import RegionSpider

    starts = [f"https://chinaworker.info/en/category/news/region-{r:03d}/" for r in range(200)]
    spider = RegionSpider.from_crawler(Crawler(RegionSpider, project_settings()), start_urls=starts)
    spider.extractor.close()
    for i in range(count):
        start = starts[i % len(starts)]
        page = 2 + i // len(starts)
        request = spider.listing_request(f"{start}page/{page}/", start=start, depth=page)
        request.meta["newscrawl_next"] = True
        spider._visited.clear()  # the spider's own loop guard: not what is measured
        yield spider, request


def _used(client) -> int:  # type: ignore[no-untyped-def]
    return int(client.info("memory")["used_memory"])


def fill(client, key: str, count: int, add) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Bytes per entry by INFO used_memory and by MEMORY USAGE (sampled), after ``count`` adds."""
    client.delete(key)
    before = _used(client)
    pipe = client.pipeline(transaction=False)
    for i, args in enumerate(add(count)):
        pipe.execute_command(*args)
        if i % BATCH == BATCH - 1:
            pipe.execute()
    pipe.execute()
    after = _used(client)
    usage = int(client.execute_command("MEMORY", "USAGE", key, "SAMPLES", 1000))
    return (after - before) / count, usage / count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--queued", type=int, default=1_000_000)
    parser.add_argument("--seen", type=int, default=1_000_000)
    parser.add_argument("--articles", type=int, default=1_000_000)
    args = parser.parse_args()

    import hashlib

    import redis

    from newscrawl.dedup import digest64
    from redis_server import TempRedis
    from schedulers.leasing import encode_request, fingerprint

    with TempRedis(persist=False) as server:
        client = redis.Redis.from_url(server.url)
        rows = []
        started = time.monotonic()

        def queued(n: int):  # type: ignore[no-untyped-def]
            for spider, request in _requests(n):
                yield ("ZADD", "q", -request.priority, encode_request(request, spider))

        sample_spider, sample_request = next(iter(_requests(1)))
        sample = encode_request(sample_request, sample_spider)
        rows.append(("queued request (pickled Request.to_dict)", args.queued, *fill(client, "q", args.queued, queued),
                     f"{len(sample)} bytes serialised"))
        client.delete("q")

        def seen(n: int):  # type: ignore[no-untyped-def]
            for _spider, request in _requests(n):
                yield ("SADD", "df", fingerprint(request))

        rows.append(("seen request (scrapy-redis sha1 hex)", args.seen, *fill(client, "df", args.seen, seen),
                     "40 chars"))
        client.delete("df")

        def seen_binary(n: int):  # type: ignore[no-untyped-def]
            for i in range(n):
                yield ("SADD", "dfb", hashlib.sha1(str(i).encode()).digest())

        rows.append(("seen request as a raw 20-byte sha1", args.seen, *fill(client, "dfb", args.seen, seen_binary),
                     "for comparison"))
        client.delete("dfb")

        def articles(n: int):  # type: ignore[no-untyped-def]
            for i in range(n):
                digest = digest64(f"https://chinaworker.info/en/2020/01/01/{i}/")
                yield ("SADD", "a", digest.to_bytes(8, "big"))

        rows.append(("article digest (shared dedup)", args.articles, *fill(client, "a", args.articles, articles),
                     "8 bytes"))
        elapsed = time.monotonic() - started

    print(f"redis-server memory per entry (INFO used_memory delta / MEMORY USAGE of the key), {elapsed:.0f} s:")
    for name, count, used, usage, note in rows:
        print(f"  {name:<42} {used:7.1f} B / {usage:7.1f} B per entry -> {used * 1e6 / 2**20:7.1f} MiB per million "
              f"({count:,} entries; {note})")
    per_seen = rows[1][2]
    print("Bloom filter for the seen-set instead (m = -n ln p / ln(2)^2 bits per entry):")
    for p in (1e-3, 1e-6, 1e-9):
        bits = -math.log(p) / math.log(2) ** 2
        print(f"  false positives {p:g}: {bits / 8:5.2f} B per entry = {bits / 8 * 1e6 / 2**20:5.1f} MiB per million "
              f"({per_seen / (bits / 8):.0f}x smaller); a false positive is a listing page never fetched")


if __name__ == "__main__":
    main()
