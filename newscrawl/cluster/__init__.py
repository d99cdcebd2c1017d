"""Scale-out: one crawl over many worker processes and machines, on scrapy-redis and a real Redis.

The pieces, each in its own module and none importing Scrapy (the Scrapy adapters are
``newscrawl.schedulers.leasing``, ``newscrawl.middlewares.lease_ack``,
``newscrawl.middlewares.host_slots``, ``newscrawl.pipelines.cluster_dedup``,
``newscrawl.extensions.cluster`` and ``newscrawl.spiders.distributed``):

- ``connection``: connecting (one-line errors) and waiting out a Redis restart (bounded, logged).
- ``keys``: every Redis key a crawl uses.
- ``runs``: what ``seed`` starts or joins, what workers wait for; when a run is finished.
- ``leases``: the queue's atomic moves (enqueue+seen, pop into a lease, ack, hand back,
  requeue the leases of dead workers).
- ``politeness``: per-host download slots and delays shared by the whole cluster.
- ``knowledge_sync``: learned bylines shared across workers.
- ``stats``: the workers' stats summed into one run report.
- ``status``: what ``newscrawl status`` shows.
- ``worker``: one worker's share (identity, client, leases), built from the settings.
"""
