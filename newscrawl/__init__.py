"""newscrawl: crawl news sites' listing pages into clean, versioned teaser records."""

__version__ = "0.1.0"
