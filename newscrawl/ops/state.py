"""Where newscrawl keeps what it learns between runs, for the ops and the Scrapy adapters.

``state_dir`` itself lives in ``newscrawl.paths``, below the storage layer, which needs it for
the knowledge files; this module re-exports it.
"""

from newscrawl.paths import state_dir

__all__ = ["state_dir"]
