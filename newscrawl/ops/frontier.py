"""The crawl frontier as a checkpoint file, so a crawl killed mid-way resumes where it was.

A listing crawl's frontier is small: for each start URL (a region or tag), the next listing
page to fetch, or "done". ``Frontier`` keeps that in ``DIR/frontier.json`` and rewrites it
atomically (temp file, fsync, rename), so a SIGKILL leaves either the old or the new file,
never half of one. The Scrapy adapter (middlewares/checkpoint.py) advances a chain only once
every item of a page has left the item pipelines, so a resumed run fetches again at most the
pages whose items may not have been stored. No Scrapy here.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

FORMAT_VERSION = 1
FILENAME = "frontier.json"


class CheckpointError(ValueError):
    """The checkpoint file is unreadable or belongs to another crawl."""


@dataclass
class Chain:
    """Where one start URL's pagination stands."""

    #: Next listing page to fetch (None once done).
    next_url: str | None
    #: Page number (depth from the start URL, 1-based) of ``next_url``.
    page: int = 1
    done: bool = False


@dataclass
class Frontier:
    path: Path
    run_id: str | None = None
    chains: dict[str, Chain] = field(default_factory=dict)

    @classmethod
    def load(cls, directory: str | Path) -> "Frontier":
        """The checkpoint in ``directory``; an empty frontier when there is none yet."""
        path = Path(directory) / FILENAME
        if not path.exists():
            return cls(path=path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("version") != FORMAT_VERSION:
                raise CheckpointError(f"{path}: unknown checkpoint version {data.get('version')!r}")
            chains = {start: Chain(**chain) for start, chain in data.get("chains", {}).items()}
        except (OSError, json.JSONDecodeError, TypeError, AttributeError) as exc:
            raise CheckpointError(f"{path}: unreadable checkpoint ({exc}); delete the job directory to start over") from None
        return cls(path=path, run_id=data.get("run_id"), chains=chains)

    @property
    def exists(self) -> bool:
        return self.path.exists()

    def resume_point(self, start_url: str) -> Chain | None:
        """Where a start URL's crawl resumes; None when the checkpoint has not seen it."""
        return self.chains.get(start_url)

    def advance(self, start_url: str, next_url: str | None, page: int) -> None:
        """A page of ``start_url``'s chain is fully stored; the chain goes on at ``next_url``."""
        self.chains[start_url] = Chain(next_url=next_url, page=page, done=next_url is None)

    def start(self, start_url: str) -> None:
        self.chains.setdefault(start_url, Chain(next_url=start_url, page=1))

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data: dict[str, Any] = {
            "version": FORMAT_VERSION,
            "run_id": self.run_id,
            "chains": {start: asdict(chain) for start, chain in sorted(self.chains.items())},
        }
        fd, tmp = tempfile.mkstemp(prefix=".frontier-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, indent=1)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def checkpoint_run_id(directory: str | Path) -> str | None:
    """The run id a job directory's checkpoint was started with (a resumed run keeps it)."""
    return Frontier.load(directory).run_id
