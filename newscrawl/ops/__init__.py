"""What unattended crawl jobs need, as pure logic (no Scrapy): the resumable frontier
checkpoint, incremental stopping, health checks against earlier runs, the run report,
progress lines, exit-status signals, and where state is kept.

The Scrapy adapters that wire these into a crawl live in ``middlewares/`` and ``extensions/``.
"""
