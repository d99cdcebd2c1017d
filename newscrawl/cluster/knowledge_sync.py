"""Site knowledge shared by a cluster's workers through Redis, so it learns as one crawl does.

Each worker splits pages with a ``SiteKnowledge`` of its own (newscrawl.extract.knowledge,
version 3). What one crawl would gather in one object, the workers gather together, every
NEWSCRAWL_CLUSTER_KNOWLEDGE_SYNC seconds and at the end; the learning rule itself is untouched:

- the learned tables (bylines, names, organisations: entry -> count), one Redis hash each.
  A worker adds its count increments (HINCRBY, so concurrent workers add up) and takes the
  tables back with what the others learned. An entry new to what the worker last saw of the
  cluster is set to the larger of the two counts instead: workers that learned it from the
  same shared evidence (below) count its articles once, as one crawl does;
- the evidence still waiting for recurrence (``pending``: one article's weight and the words
  around the entry, for spans seen in merged excerpts). Each worker journals the evidence it
  takes in (``SiteKnowledge.journal``) and appends it to a Redis stream; every worker takes
  the others' evidence in as if it had seen those articles itself (``take_evidence``). So a
  byline seen once in a page of one worker and once in a page of another is learned, as one
  crawl learns it, and the learned entry then travels with the tables. The stream keeps the
  last ``EVIDENCE_KEPT`` observations or so (~110 bytes of JSON each on the fixture site, 170
  in Redis with small batches: at most ~7 MB a site): a
  worker that joins late takes in what is kept, as one crawl forgets its oldest evidence past
  ``LEARNING["max_pending"]``;
- the byline-presence counts (how many of the site's excerpts were seen, how many showed a
  byline: newscrawl.extract.byline_presence), added up like the tables, so the cluster decides
  whether a site's excerpts carry bylines from all the excerpts its workers saw.

``adopt`` is a site's first use in a worker: if Redis already holds the site, the worker takes
its tables and counts (and reads the evidence kept); if not, the worker's own (from its state
dir) become the cluster's, once (an atomic script: two workers starting together do not both
add theirs). The evidence a worker loaded from its state dir stays its own. Rejected values
(``newscrawl knowledge forget``) are each worker's own file's: a worker neither takes in a
table entry nor evidence that its file rejects.

No Scrapy.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from typing import Any

from newscrawl.cluster.keys import CrawlKeys
from newscrawl.extract.knowledge import SiteKnowledge

#: Observations per stream entry, and about how many the stream keeps per site.
EVIDENCE_BATCH = 100
EVIDENCE_KEPT = 40_000
#: The presence counts, kept in one hash per site beside the tables.
PRESENCE = "presence"
PRESENCE_FIELDS = ("excerpts", "bylines")

#: KEYS: meta, then one hash per table (the presence counts last); ARGV: table count, then per
#: table: n, entry, count, ... Fills the hashes only if the site was never filled. Returns 1 if it did.
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

#: KEYS: one hash per table; ARGV: per table: n, then n triples entry, count, mode. Mode "add":
#: HINCRBY count; mode "max": the entry becomes count if it holds less.
PUSH = """
local i = 1
for t = 1, #KEYS do
  local n = tonumber(ARGV[i])
  i = i + 1
  for k = 1, n do
    local entry, count, mode = ARGV[i], tonumber(ARGV[i + 1]), ARGV[i + 2]
    if mode == 'max' then
      if tonumber(redis.call('HGET', KEYS[t], entry) or '0') < count then redis.call('HSET', KEYS[t], entry, count) end
    else
      redis.call('HINCRBY', KEYS[t], entry, count)
    end
    i = i + 3
  end
end
return 1
"""


def tables(knowledge: SiteKnowledge) -> dict[str, Counter[str]]:
    """The knowledge's live tables by kind."""
    return dict(knowledge.tables())


def presence_counts(knowledge: SiteKnowledge) -> Counter[str]:
    presence = knowledge.byline_presence
    return Counter({name: int(getattr(presence, name)) for name in PRESENCE_FIELDS})


class KnowledgeSync:
    """Keeps a worker's SiteKnowledge objects in step with the cluster's in Redis."""

    def __init__(self, client: Any, keys: CrawlKeys, worker_id: str | None = None) -> None:
        self.client = client
        self.keys = keys
        self.worker_id = worker_id or uuid.uuid4().hex
        self._init = client.register_script(INIT)
        self._push = client.register_script(PUSH)
        #: site -> kind -> counts as last seen in Redis (what the worker has already shared).
        self._synced: dict[str, dict[str, Counter[str]]] = {}
        #: site -> presence counts as last seen in Redis.
        self._synced_presence: dict[str, Counter[str]] = {}
        #: site -> id of the last stream entry of evidence read.
        self._evidence_read: dict[str, str] = {}
        self._versions: dict[str, int] = {}

    def _table_keys(self, knowledge: SiteKnowledge) -> dict[str, str]:
        return {kind: self.keys.knowledge(knowledge.site, kind) for kind in tables(knowledge)}

    def adopt(self, knowledge: SiteKnowledge) -> SiteKnowledge:
        """Start sharing ``knowledge`` (loaded from the worker's state dir); returns it, now holding
        the cluster's tables and counts, and the evidence the cluster kept."""
        site = knowledge.site
        table_keys = self._table_keys(knowledge)
        args: list[Any] = []
        for entries in [*(tables(knowledge)[kind] for kind in table_keys), presence_counts(knowledge)]:
            args.append(len(entries))
            for entry, count in entries.items():
                args += [entry, int(count)]
        self._init(keys=[self.keys.knowledge_meta(site), *table_keys.values(), self.keys.knowledge(site, PRESENCE)],
                   args=args)
        self._synced[site] = {kind: Counter() for kind in table_keys}
        self._synced_presence[site] = Counter()
        self._versions.pop(site, None)
        self._evidence_read[site] = "0-0"
        if knowledge.journal is None:
            knowledge.journal = []
        # The cluster's tables replace the worker's own: counts it loaded from its state dir were
        # either just shared (the first worker) or are already in them, learned by earlier runs.
        self._pull(knowledge, force=True, replace=True)
        self._take_evidence(knowledge)
        return knowledge

    def sync(self, knowledge: SiteKnowledge) -> int:
        """Share what ``knowledge`` learned and gathered since the last sync and take in the
        others'; returns how many table entries and presence counts were pushed."""
        site = knowledge.site
        if site not in self._synced:
            self.adopt(knowledge)
        synced = self._synced[site]
        table_keys = self._table_keys(knowledge)
        keys: list[str] = []
        args: list[Any] = []
        pushed = 0
        for kind, table in tables(knowledge).items():
            seen = synced.get(kind, Counter())
            delta = table - seen  # what this worker learned or counted since (positive counts)
            if not delta:
                continue
            keys.append(table_keys[kind])
            args.append(len(delta))
            for entry, count in delta.items():
                args += [entry, int(count), "add"] if entry in seen else [entry, int(table[entry]), "max"]
            pushed += len(delta)
        presence = presence_counts(knowledge) - self._synced_presence.get(site, Counter())
        if presence:
            keys.append(self.keys.knowledge(site, PRESENCE))
            args.append(len(presence))
            for name, count in presence.items():
                args += [name, int(count), "add"]
            pushed += len(presence)
        journal, knowledge.journal = knowledge.journal or [], []
        pipe = self.client.pipeline(transaction=True)
        if keys:
            self._push(keys=keys, args=args, client=pipe)
            pipe.hincrby(self.keys.knowledge_meta(site), "version", 1)
        evidence = self.keys.knowledge(site, "evidence")
        for start in range(0, len(journal), EVIDENCE_BATCH):
            batch = json.dumps(journal[start:start + EVIDENCE_BATCH], ensure_ascii=False)
            pipe.xadd(evidence, {"worker": self.worker_id, "evidence": batch},
                      maxlen=max(1, EVIDENCE_KEPT // EVIDENCE_BATCH), approximate=True)
        if keys or journal:
            try:
                pipe.execute()
            except Exception:
                # Not shared: sent with the next sync (the table deltas are worked out again anyway).
                knowledge.journal = (journal + knowledge.journal)[-EVIDENCE_KEPT:]
                raise
        self._take_evidence(knowledge)
        self._pull(knowledge, force=bool(keys))
        return pushed

    def _take_evidence(self, knowledge: SiteKnowledge) -> int:
        """Take in the evidence other workers appended since the last look; returns how much."""
        site = knowledge.site
        key = self.keys.knowledge(site, "evidence")
        taken = 0
        # Bounded: the stream keeps about EVIDENCE_KEPT observations; a few more rounds cover what
        # others append meanwhile.
        for _ in range(EVIDENCE_KEPT // EVIDENCE_BATCH // 100 + 3):
            answer = self.client.xread({key: self._evidence_read.get(site, "0-0")}, count=100)
            entries = answer[0][1] if answer else []
            for entry_id, fields in entries:
                self._evidence_read[site] = entry_id.decode() if isinstance(entry_id, bytes) else str(entry_id)
                if fields.get(b"worker", b"").decode() == self.worker_id:
                    continue  # its own
                try:
                    batch = json.loads(fields.get(b"evidence", b"[]"))
                except ValueError:
                    continue  # not ours to read (another version's)
                for observation in batch if isinstance(batch, list) else ():
                    taken += knowledge.take_evidence(observation)
            if len(entries) < 100:
                break
        return taken

    def _pull(self, knowledge: SiteKnowledge, *, force: bool, replace: bool = False) -> None:
        site = knowledge.site
        meta = self.keys.knowledge_meta(site)
        version = int(self.client.hget(meta, "version") or 0)
        if not force and self._versions.get(site) == version:
            return  # nobody learned anything since our last look
        table_keys = self._table_keys(knowledge)
        pipe = self.client.pipeline(transaction=True)
        pipe.hget(meta, "version")
        for key in table_keys.values():
            pipe.hgetall(key)
        pipe.hgetall(self.keys.knowledge(site, PRESENCE))
        version_now, *contents, presence = pipe.execute()
        changed = False
        own = tables(knowledge)
        synced = self._synced.setdefault(site, {})
        for kind, content in zip(table_keys, contents, strict=True):
            cluster = Counter({k.decode(): int(v) for k, v in content.items()})
            table = own[kind]
            if replace:
                changed = changed or set(table) != set(cluster)
                table.clear()
            for entry, count in cluster.items():
                if count > table.get(entry, 0) and not knowledge.is_rejected(kind, entry):
                    if entry not in table:
                        changed = True
                    table[entry] = count
            synced[kind] = cluster
        counts = Counter({k.decode(): int(v) for k, v in presence.items() if k.decode() in PRESENCE_FIELDS})
        mine = knowledge.byline_presence
        for name in PRESENCE_FIELDS:
            # The cluster's counts hold this worker's (pushed before): they replace them.
            setattr(mine, name, counts[name] if replace else max(counts[name], getattr(mine, name)))
        self._synced_presence[site] = counts
        self._versions[site] = int(version_now or 0)
        if changed:
            knowledge.changed()  # matchers rebuilt; evidence waiting for an entry now known dropped

    def cluster_tables(self, site: str, kinds: list[str] | None = None) -> dict[str, dict[str, int]]:
        """The cluster's tables of ``site`` (and ``presence``, when asked) as plain dicts (status, tests)."""
        kinds = kinds or ["bylines", "names", "organisations"]
        return {kind: {k.decode(): int(v) for k, v in self.client.hgetall(self.keys.knowledge(site, kind)).items()}
                for kind in kinds}
