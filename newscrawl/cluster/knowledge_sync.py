"""Site knowledge shared by a cluster's workers through Redis, so it learns as one crawl does.

Each worker splits pages with a ``SiteKnowledge`` of its own (newscrawl.extract.knowledge:
Counter tables of learned bylines, names, organisations). This adapter keeps one copy of
those tables per site in Redis hashes and merges counts, nothing else — the learning is
untouched:

- ``adopt``: a site's first use in a worker. If Redis already holds the site, the worker takes
  those tables; if not, the worker's own (from its state dir) become the cluster's, once
  (an atomic script: two workers starting together do not both add theirs).
- ``sync``: every few seconds and at the end, the worker adds what it learned since its last
  sync (count increments: HINCRBY, so concurrent workers add up) and takes the tables back,
  with what the others learned. A cluster's tables hold the same counts a single crawl of the
  same pages would, pages being learned from once each; a page learned in one worker helps
  another one after at most one sync interval.

No Scrapy.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from newscrawl.cluster.keys import CrawlKeys
from newscrawl.extract.knowledge import SiteKnowledge

#: KEYS: meta, then one hash per table; ARGV: table count, then per table: n, entry, count, ...
#: Fills the tables only if the site was never filled. Returns 1 if it filled them.
INIT = """
if redis.call('HSETNX', KEYS[1], 'init', '1') == 0 then return 0 end
local i = 1
for t = 2, #KEYS do
  local n = tonumber(ARGV[i])
  i = i + 1
  for k = 1, n do
    redis.call('HINCRBY', KEYS[t], ARGV[i], ARGV[i + 1])
    i = i + 2
  end
end
redis.call('HINCRBY', KEYS[1], 'version', 1)
return 1
"""


def tables(knowledge: SiteKnowledge) -> dict[str, Counter[str]]:
    """The knowledge's live tables by kind (``SiteKnowledge.tables()`` where it exists)."""
    own = getattr(knowledge, "tables", None)
    if callable(own):
        return dict(own())
    return {"bylines": knowledge.bylines, "names": knowledge.names, "organisations": knowledge.organisations}


def _changed(knowledge: SiteKnowledge) -> None:
    mark = getattr(knowledge, "changed", None)
    if callable(mark):
        mark()
    else:
        knowledge._compiled = None  # matchers rebuilt on next use (older SiteKnowledge without changed())


def _rejected(knowledge: SiteKnowledge, kind: str, entry: str) -> bool:
    check = getattr(knowledge, "is_rejected", None)
    return bool(check(kind, entry)) if callable(check) else False


class KnowledgeSync:
    """Keeps a worker's SiteKnowledge objects in step with the cluster's tables in Redis."""

    def __init__(self, client: Any, keys: CrawlKeys) -> None:
        self.client = client
        self.keys = keys
        self._init = client.register_script(INIT)
        #: site -> kind -> counts as last seen in Redis (what the worker has already shared).
        self._synced: dict[str, dict[str, Counter[str]]] = {}
        self._versions: dict[str, int] = {}

    def _table_keys(self, knowledge: SiteKnowledge) -> dict[str, str]:
        return {kind: self.keys.knowledge(knowledge.site, kind) for kind in tables(knowledge)}

    def adopt(self, knowledge: SiteKnowledge) -> SiteKnowledge:
        """Start sharing ``knowledge`` (loaded from the worker's state dir); returns it, now holding
        the cluster's tables."""
        table_keys = self._table_keys(knowledge)
        args: list[Any] = []
        for kind in table_keys:
            entries = tables(knowledge)[kind]
            args.append(len(entries))
            for entry, count in entries.items():
                args += [entry, int(count)]
        self._init(keys=[self.keys.knowledge_meta(knowledge.site), *table_keys.values()], args=args)
        self._synced[knowledge.site] = {kind: Counter() for kind in table_keys}
        self._versions.pop(knowledge.site, None)
        # The cluster's tables replace the worker's own: counts it loaded from its state dir were
        # either just shared (the first worker) or are already in them, learned by earlier runs.
        self._pull(knowledge, force=True, replace=True)
        return knowledge

    def sync(self, knowledge: SiteKnowledge) -> int:
        """Share what ``knowledge`` learned since the last sync and take in the others' learning;
        returns how many entry counts were pushed."""
        if knowledge.site not in self._synced:
            self.adopt(knowledge)
        synced = self._synced[knowledge.site]
        table_keys = self._table_keys(knowledge)
        pushed = 0
        pipe = self.client.pipeline(transaction=True)
        for kind, table in tables(knowledge).items():
            delta = table - synced.get(kind, Counter())  # what this worker learned since (positive counts)
            for entry, count in delta.items():
                pipe.hincrby(table_keys[kind], entry, int(count))
                pushed += 1
        if pushed:
            pipe.hincrby(self.keys.knowledge_meta(knowledge.site), "version", 1)
            pipe.execute()
        self._pull(knowledge, force=bool(pushed))
        return pushed

    def _pull(self, knowledge: SiteKnowledge, *, force: bool, replace: bool = False) -> None:
        meta = self.keys.knowledge_meta(knowledge.site)
        version = int(self.client.hget(meta, "version") or 0)
        if not force and self._versions.get(knowledge.site) == version:
            return  # nobody learned anything since our last look
        table_keys = self._table_keys(knowledge)
        pipe = self.client.pipeline(transaction=True)
        pipe.hget(meta, "version")
        for key in table_keys.values():
            pipe.hgetall(key)
        version_now, *contents = pipe.execute()
        changed = False
        own = tables(knowledge)
        synced = self._synced.setdefault(knowledge.site, {})
        for kind, content in zip(table_keys, contents, strict=True):
            cluster = Counter({k.decode(): int(v) for k, v in content.items()})
            table = own[kind]
            if replace:
                changed = changed or set(table) != set(cluster)
                table.clear()
            for entry, count in cluster.items():
                if count > table.get(entry, 0) and not _rejected(knowledge, kind, entry):
                    if entry not in table:
                        changed = True
                    table[entry] = count
            synced[kind] = cluster
        self._versions[knowledge.site] = int(version_now or 0)
        if changed:
            _changed(knowledge)

    def cluster_tables(self, site: str, kinds: list[str] | None = None) -> dict[str, dict[str, int]]:
        """The cluster's tables of ``site`` as plain dicts (status, tests)."""
        kinds = kinds or ["bylines", "names", "organisations"]
        return {kind: {k.decode(): int(v) for k, v in self.client.hgetall(self.keys.knowledge(site, kind)).items()}
                for kind in kinds}
