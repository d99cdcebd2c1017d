"""Sites as configuration: a TOML file lists a site's start URLs by region and tag, its
selectors profile, politeness and schedule hints. No Scrapy here.

A researcher adds a site whose markup is a known kind by writing a file like
``newscrawl/sites/chinaworker.toml`` and running ``newscrawl crawl --site path/to/site.toml``;
``newscrawl new-site NAME URL`` writes one (with a ``[profile]`` table of selectors) from what
the generic extractor finds on the site. Bundled sites are found by name (``--site chinaworker``).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from newscrawl.extract.profiles import ProfileError, SiteProfile, profile_from_dict

#: Bundled site configs, read through importlib.resources: a Scrapyd egg is a zip file.
SITES_DIR: Traversable = resources.files("newscrawl") / "sites"
_KNOWN_SECTIONS = {"site", "politeness", "schedule", "regions", "tags", "profile"}


class SiteConfigError(ValueError):
    """A site config is missing, unreadable or invalid; the message names the file and the cause."""


@dataclass(frozen=True, kw_only=True)
class Listing:
    """One start URL: a region or tag listing's first page."""

    slug: str
    kind: str  # 'category' or 'tag'
    url: str


@dataclass(frozen=True, kw_only=True)
class SiteConfig:
    name: str
    base_url: str
    source: str
    #: A profile name (newscrawl/extract/profiles.py, or 'generic'), or the config's own
    #: ``[profile]`` table as a SiteProfile.
    profile: str | SiteProfile | None = None
    #: Hosts known to serve https: their http:// article URLs get https:// canonical URLs.
    https_hosts: tuple[str, ...] = ()
    #: Whether the site's excerpts carry bylines (None: learned from them, see extract/byline_presence.py).
    excerpt_bylines: bool | None = None
    regions: dict[str, str] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)
    contact: str | None = None
    download_delay: float | None = None
    concurrency_per_host: int | None = None
    autothrottle: bool | None = None
    obey_robots: bool = True
    cron: str | None = None
    incremental: bool = True
    incremental_tolerance: int = 0

    @property
    def slugs(self) -> list[str]:
        return [*self.regions, *self.tags]

    def listings(self, only: list[str] | None = None, *, base_url: str | None = None) -> list[Listing]:
        """Start URLs of the chosen regions/tags (all when ``only`` is empty), in config order.

        Raises SiteConfigError for a slug the config does not list.
        """
        base = base_url or self.base_url
        if only:
            unknown = [s for s in only if s not in self.regions and s not in self.tags]
            if unknown:
                raise SiteConfigError(
                    f"site {self.name!r} has no region or tag {', '.join(map(repr, unknown))} "
                    f"(known: {', '.join(self.slugs)})"
                )
        chosen = []
        for kind, table in (("category", self.regions), ("tag", self.tags)):
            for slug, path in table.items():
                if not only or slug in only:
                    chosen.append(Listing(slug=slug, kind=kind, url=urljoin(base, path)))
        return chosen

    def settings(self) -> dict[str, Any]:
        """Scrapy/newscrawl settings this config asks for (politeness; the profile)."""
        out: dict[str, Any] = {"ROBOTSTXT_OBEY": self.obey_robots}
        if self.profile:
            out["NEWSCRAWL_EXTRACT_PROFILE"] = self.profile
        if self.https_hosts:
            out["NEWSCRAWL_HTTPS_HOSTS"] = list(self.https_hosts)
        if self.excerpt_bylines is not None:
            out["NEWSCRAWL_EXTRACT_EXCERPT_BYLINES"] = self.excerpt_bylines
        if self.contact:
            out["NEWSCRAWL_CONTACT"] = self.contact
        if self.download_delay is not None:
            out["DOWNLOAD_DELAY"] = self.download_delay
        if self.concurrency_per_host is not None:
            out["CONCURRENT_REQUESTS_PER_DOMAIN"] = self.concurrency_per_host
        if self.autothrottle is not None:
            out["AUTOTHROTTLE_ENABLED"] = self.autothrottle
        out["NEWSCRAWL_INCREMENTAL_TOLERANCE"] = self.incremental_tolerance
        return out


def bundled_sites() -> list[str]:
    return sorted(p.name.removesuffix(".toml") for p in SITES_DIR.iterdir() if p.name.endswith(".toml"))


@lru_cache(maxsize=1)
def bundled_https_hosts() -> frozenset[str]:
    """Every host a bundled site config lists under ``https_hosts`` (read once per process)."""
    return frozenset(host for name in bundled_sites() for host in load_site(name).https_hosts)


def https_hosts(extra: Iterable[str] = ()) -> frozenset[str]:
    """Hosts whose http:// URLs get https:// canonical URLs (``newscrawl.normalize.canonical_url``):
    the bundled site configs' ``https_hosts`` and ``extra`` (a crawl's NEWSCRAWL_HTTPS_HOSTS)."""
    added = frozenset(host.lower() for host in extra)
    return bundled_https_hosts() | added if added else bundled_https_hosts()


def site_path(name_or_path: str) -> Path | Traversable:
    """A bundled site's file by name, or the given path to a .toml file."""
    candidate = Path(name_or_path)
    if candidate.suffix == ".toml" or candidate.exists():
        if not candidate.is_file():
            raise SiteConfigError(f"{name_or_path}: no such site config file")
        return candidate
    bundled = SITES_DIR / f"{name_or_path}.toml"
    if not bundled.is_file():
        raise SiteConfigError(
            f"unknown site {name_or_path!r} (bundled: {', '.join(bundled_sites())}; or give a path to a .toml file)"
        )
    return bundled


def load_site(name_or_path: str) -> SiteConfig:
    path = site_path(name_or_path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise SiteConfigError(f"{path}: not valid TOML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SiteConfigError(f"{path}: cannot read: {exc}") from None
    return parse_site(data, source=str(path) if isinstance(path, Path) else f"newscrawl/sites/{path.name}")


def parse_site(data: dict[str, Any], *, source: str = "<config>") -> SiteConfig:
    """Validate a parsed TOML document; every error names the file and the key."""

    def fail(message: str) -> SiteConfigError:
        return SiteConfigError(f"{source}: {message}")

    extra = set(data) - _KNOWN_SECTIONS
    if extra:
        raise fail(f"unknown section(s) {', '.join(sorted(extra))} (known: {', '.join(sorted(_KNOWN_SECTIONS))})")
    site = _table(data, "site", fail)
    name = site.get("name")
    base_url = site.get("base_url")
    if not isinstance(name, str) or not name:
        raise fail("[site] name is required")
    if (not isinstance(base_url, str) or urlsplit(base_url).scheme not in ("http", "https")
            or not urlsplit(base_url).hostname):
        raise fail(f"[site] base_url must be an http(s) URL, got {base_url!r}")
    regions = _paths(data, "regions", fail)
    tags = _paths(data, "tags", fail)
    if not regions and not tags:
        raise fail("list at least one start page under [regions] or [tags]")
    https_hosts = _opt(site, "https_hosts", list, fail, default=[])
    if not all(isinstance(h, str) and h and "/" not in h and ":" not in h for h in https_hosts):
        raise fail(f"[site] https_hosts must be a list of host names (e.g. [\"example.org\"]), got {https_hosts!r}")
    politeness = _table(data, "politeness", fail)
    schedule = _table(data, "schedule", fail)
    profile: str | SiteProfile | None = _opt(site, "profile", str, fail)
    if "profile" in data:
        try:
            profile = profile_from_dict(_table(data, "profile", fail), default_name=name)
        except ProfileError as exc:
            raise fail(str(exc)) from None
        named = _opt(site, "profile", str, fail)
        if named is not None and named != profile.name:
            raise fail(f"[site] profile = {named!r} but the [profile] table is named {profile.name!r}")
    return SiteConfig(
        name=name,
        base_url=base_url,
        source=source,
        profile=profile,
        https_hosts=tuple(h.lower() for h in https_hosts),
        excerpt_bylines=_opt(site, "excerpt_bylines", bool, fail),
        regions=regions,
        tags=tags,
        contact=_opt(politeness, "contact", str, fail),
        download_delay=_opt(politeness, "download_delay", (int, float), fail),
        concurrency_per_host=_opt(politeness, "concurrency_per_host", int, fail),
        autothrottle=_opt(politeness, "autothrottle", bool, fail),
        obey_robots=_opt(politeness, "obey_robots", bool, fail, default=True),
        cron=_opt(schedule, "cron", str, fail),
        incremental=_opt(schedule, "incremental", bool, fail, default=True),
        incremental_tolerance=_opt(schedule, "incremental_tolerance", int, fail, default=0),
    )


def _table(data: dict[str, Any], key: str, fail: Any) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise fail(f"[{key}] must be a table")
    return value


def _paths(data: dict[str, Any], key: str, fail: Any) -> dict[str, str]:
    table = _table(data, key, fail)
    for slug, path in table.items():
        if not isinstance(path, str) or not path:
            raise fail(f"[{key}] {slug} must be a path or URL string")
    return dict(table)


def _opt(table: dict[str, Any], key: str, kind: Any, fail: Any, default: Any = None) -> Any:
    value = table.get(key, default)
    # bool is an int subclass; a bool where a number is expected is a typo, not a value.
    if value is not None and (not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool)):
        raise fail(f"{key} has the wrong type ({type(value).__name__})")
    return value
