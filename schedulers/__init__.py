"""Scrapy schedulers of newscrawl (installed as ``newscrawl.schedulers``)."""
