"""newscrawl's own Scrapy signals (plain objects, as Scrapy's are; no Scrapy import needed).

``listing_parsed`` is sent by the region spider once per listing page it parsed, with
keyword arguments: ``url``, ``start_url``, ``page`` (depth from the start URL, 1-based),
``total_pages`` (None when unknown), ``blocks`` (main teaser blocks), ``bylines`` (blocks
whose excerpt held a byline), ``next_url`` (None on the last page), ``extractor``,
``not_listing`` ('login' / 'error' / None). Extensions (run report, health checks, progress)
listen to it instead of re-parsing pages.
"""

listing_parsed = object()

#: Sent (no arguments) right before the crawl checkpoint advances past pages whose items have
#: left the pipelines: anything a pipeline still buffers must be made durable now, or a
#: resumed crawl would skip pages whose items were never written. SqlStorePipeline flushes.
checkpoint_advancing = object()

#: Sent by the region spider when a fanned-out listing page turned out to lie past the end of
#: its chain (it answered 404/410 and another page of the chain declared an earlier end), with
#: keyword arguments ``url`` and ``start_url``: the page is settled, not failed (the checkpoint
#: stops counting it as pending).
listing_past_end = object()
