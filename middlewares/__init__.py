"""Scrapy downloader middlewares of newscrawl (thin adapters, configured through settings)."""
