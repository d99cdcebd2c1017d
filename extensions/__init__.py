"""Scrapy extensions of newscrawl: each does one job, is configured by NEWSCRAWL_* settings
and raises NotConfigured when off."""
