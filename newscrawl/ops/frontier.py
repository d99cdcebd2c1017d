"""The crawl frontier as a checkpoint file, so a crawl killed mid-way resumes where it was.

A listing crawl's frontier is small: for each start URL (a region or tag), the listing pages
requested and not yet known done (*pending*: a fanned-out chain has many at once) and the
pages done. ``Frontier`` keeps that in ``DIR/frontier.json`` and rewrites it atomically (temp
file, fsync, rename), so a SIGKILL leaves either the old or the new file, never half of one.
The Scrapy adapter (middlewares/checkpoint.py) records a page as pending as soon as a page
that requests it is parsed, and as done only once every item of it has left the item
pipelines, so any file it ever wrote is a safe place to resume from: a resumed run fetches
again every pending page, and DedupPipeline and the stores keep each article once. No Scrapy.

Format version 2 (this module writes it); version 1 (one next URL per start URL) is read and
resumed from as well.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FORMAT_VERSION = 2
FILENAME = "frontier.json"


class CheckpointError(ValueError):
    """The checkpoint file is unreadable or belongs to another crawl."""


@dataclass(frozen=True)
class PendingPage:
    """A listing page requested and not yet known done, with what its request carried."""

    #: Place in its chain (1 = the start URL).
    depth: int
    #: The site's page number, when known.
    number: int | None = None
    #: Furthest depth of the chain requested when it was (its own plan starts past it).
    horizon: int = 0
    #: How it was found: start, next (a next link), fanout (newscrawl.ops.pagination).
    via: str = "next"


@dataclass
class Chain:
    """Where one start URL's pagination stands."""

    pending: dict[str, PendingPage] = field(default_factory=dict)
    done: set[str] = field(default_factory=set)

    @property
    def finished(self) -> bool:
        """Nothing left to fetch: every page requested is done."""
        return not self.pending


@dataclass
class Frontier:
    path: Path
    run_id: str | None = None
    chains: dict[str, Chain] = field(default_factory=dict)

    @classmethod
    def load(cls, directory: str | Path) -> Frontier:
        """The checkpoint in ``directory``; an empty frontier when there is none yet."""
        path = Path(directory) / FILENAME
        if not path.exists():
            return cls(path=path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            version = data.get("version")
            if version == 1:
                chains = {start: _chain_from_v1(chain) for start, chain in data.get("chains", {}).items()}
            elif version == FORMAT_VERSION:
                chains = {start: _chain_from_v2(chain) for start, chain in data.get("chains", {}).items()}
            else:
                raise CheckpointError(f"{path}: unknown checkpoint version {version!r} (this newscrawl reads 1 and 2); "
                                      "delete the job directory to start over")
        except (OSError, json.JSONDecodeError, TypeError, AttributeError, KeyError, ValueError) as exc:
            if isinstance(exc, CheckpointError):
                raise
            raise CheckpointError(f"{path}: unreadable checkpoint ({exc}); "
                                  "delete the job directory to start over") from None
        return cls(path=path, run_id=data.get("run_id"), chains=chains)

    @property
    def exists(self) -> bool:
        return self.path.exists()

    def resume_point(self, start_url: str) -> Chain | None:
        """Where a start URL's crawl resumes; None when the checkpoint has not seen it."""
        return self.chains.get(start_url)

    def start(self, start_url: str) -> None:
        """A new chain: its start URL is pending."""
        self.chains.setdefault(start_url, Chain(pending={start_url: PendingPage(depth=1, horizon=1, via="start")}))

    def add_pending(self, start_url: str, url: str, page: PendingPage) -> bool:
        """A page of the chain was requested; False when it is done already (not requested again)."""
        chain = self.chains.setdefault(start_url, Chain())
        if url in chain.done:
            return False
        chain.pending.setdefault(url, page)
        return True

    def settle(self, start_url: str, url: str) -> None:
        """A page is done: its items have all left the pipelines (or it lies past the chain's end)."""
        chain = self.chains.setdefault(start_url, Chain())
        chain.pending.pop(url, None)
        chain.done.add(url)

    def restart(self, start_url: str) -> None:
        """Forget a chain's progress: it is crawled again from its start URL."""
        self.chains[start_url] = Chain(pending={start_url: PendingPage(depth=1, horizon=1, via="start")})

    def to_json(self) -> dict[str, Any]:
        return {
            "version": FORMAT_VERSION,
            "run_id": self.run_id,
            "chains": {
                start: {
                    "pending": {url: {"depth": p.depth, "number": p.number, "horizon": p.horizon, "via": p.via}
                                for url, p in sorted(chain.pending.items(), key=lambda kv: kv[1].depth)},
                    "done": sorted(chain.done),
                }
                for start, chain in sorted(self.chains.items())
            },
        }

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".frontier-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(self.to_json(), handle, separators=(",", ":"))
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def _chain_from_v2(data: dict[str, Any]) -> Chain:
    pending = {url: PendingPage(depth=int(p["depth"]), number=p.get("number"), horizon=int(p.get("horizon", 0)),
                                via=str(p.get("via", "next")))
               for url, p in data.get("pending", {}).items()}
    return Chain(pending=pending, done=set(data.get("done", [])))


def _chain_from_v1(data: dict[str, Any]) -> Chain:
    """Version 1 kept one next URL per chain (pages were fetched one at a time)."""
    if data.get("done") or not data.get("next_url"):
        return Chain()
    page = int(data.get("page", 1))
    return Chain(pending={data["next_url"]: PendingPage(depth=page, horizon=page)})


def checkpoint_run_id(directory: str | Path) -> str | None:
    """The run id a job directory's checkpoint was started with (a resumed run keeps it)."""
    return Frontier.load(directory).run_id
