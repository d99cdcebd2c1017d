"""Store URIs, read in one place: which store a URI names, the SQLite file it points at, and
the URI (or a message) with its password hidden.

The forms newscrawl accepts (``--db``, ``--known``, ``NEWSCRAWL_STORE_URI``, ...):

* a plain path: a SQLite file, or JSON lines when it ends in ``.jsonl``, ``.jl``, ``.ndjson`` or
  ``.json``;
* ``sqlite:///relative.db`` and ``sqlite:////absolute.db`` (SQLAlchemy's spelling), with
  percent-escapes decoded: ``sqlite:///my%20db.db`` is the file ``my db.db``;
* ``postgresql://`` or ``postgres://`` URLs, as libpq reads them (a password may sit in the
  userinfo or in a ``password=`` parameter).

Nothing here opens anything.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

SQLITE = "sqlite"
POSTGRESQL = "postgresql"
JSONL = "jsonl"

#: Scheme → kind of store; the empty scheme is a plain file path.
SCHEMES: dict[str, str] = {"": SQLITE, "sqlite": SQLITE, "postgresql": POSTGRESQL, "postgres": POSTGRESQL}
#: Suffixes of a plain path that make it a JSON-lines file rather than a database.
JSONL_SUFFIXES = (".jsonl", ".jl", ".ndjson", ".json")

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_SECRET_NAMES = ("password", "passwd", "pwd")
_SECRET_PARAM = re.compile(r"(?i)\b(password|passwd|pwd)=([^\s&]*)")
#: "scheme://" and everything up to the last "@" (greedy): the userinfo, however it is written.
_UP_TO_LAST_AT = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://(.*)@", re.S)


def scheme_of(uri: str) -> str:
    """The URI's scheme, lower-case, or '' for a file path (including Windows drive letters like C:\\)."""
    match = _SCHEME.match(uri)
    if not match or len(match.group(1)) == 1:
        return ""
    return match.group(1).lower()


def kind_of(uri: str) -> str | None:
    """``'sqlite'``, ``'postgresql'`` or ``'jsonl'``; None for a scheme no store reads."""
    scheme = scheme_of(uri)
    if scheme == "" and uri.lower().endswith(JSONL_SUFFIXES):
        return JSONL
    return SCHEMES.get(scheme)


def sqlite_path(uri: str) -> str:
    """The file a SQLite URI names: a plain path as it is, ``sqlite:///relative.db`` → ``relative.db``,
    ``sqlite:////absolute.db`` → ``/absolute.db``, percent-escapes decoded."""
    if scheme_of(uri) != SQLITE:
        return uri
    parts = urlsplit(uri)
    # sqlite:///x.db → path "/x.db" is relative (SQLAlchemy's convention); sqlite:////x.db is absolute.
    # sqlite://x.db (two slashes) puts the file name in the netloc: read it as relative too.
    path = unquote(parts.netloc + parts.path) if parts.netloc else unquote(parts.path)
    return path[1:] if path.startswith("/") and not parts.netloc else path


def password_of(uri: str) -> str | None:
    """The password in a URI (userinfo or a password= parameter), for scrubbing messages."""
    try:
        parts = urlsplit(uri)
        if parts.password:
            return unquote(parts.password)
    except ValueError:
        pass
    cut = _cut_userinfo(uri)
    if cut is not None:
        return unquote(cut[1])
    match = _SECRET_PARAM.search(uri)
    return unquote(match.group(2)) if match and match.group(2) else None


def redact(uri: str) -> str:
    """The URI with any password replaced by '***', for logs, errors and reports."""
    if scheme_of(uri) == "":
        return _SECRET_PARAM.sub(r"\1=***", uri)
    cut = _cut_userinfo(uri)
    if cut is not None:
        rest = _SECRET_PARAM.sub(r"\1=***", uri.rpartition("@")[2])
        return f"{scheme_of(uri)}://{cut[0]}:***@{rest}"
    try:
        parts = urlsplit(uri)
        netloc = parts.netloc
        if parts.password is not None:
            userinfo, _, hostport = netloc.rpartition("@")
            user = userinfo.split(":", 1)[0]
            netloc = f"{user}:***@{hostport}"
        query = parts.query
        if query:
            pairs = [(k, "***" if k.lower() in _SECRET_NAMES else v)
                     for k, v in parse_qsl(query, keep_blank_values=True)]
            query = urlencode(pairs, safe="*")
        return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
    except ValueError:
        # Unparseable: keep only the scheme, never risk printing a secret.
        return f"{scheme_of(uri)}://***"


def scrub(text: str, uri: str) -> str:
    """``text`` (a driver's error message, say) with ``uri``'s password, raw or percent-encoded, as '***'."""
    secret = password_of(uri)
    if not secret:
        return text
    for form in {secret, _raw_password(uri)}:
        if form:
            text = text.replace(form, "***")
    return text


def _raw_password(uri: str) -> str | None:
    try:
        found = urlsplit(uri).password
    except ValueError:
        found = None
    cut = _cut_userinfo(uri) if found is None else None
    return cut[1] if cut is not None else found


def _cut_userinfo(uri: str) -> tuple[str, str] | None:
    """(user, password as typed) of a URI whose password holds a '#', '/' or '?' left unencoded:
    urlsplit ends the host part there and finds no password, so everything up to the last '@'
    is taken for the userinfo (an '@' that only sits in a path or query then hides a little
    more than the password: the safe side). None when urlsplit reads the URI whole."""
    match = _UP_TO_LAST_AT.match(uri)
    if match is None or not any(c in match.group(1) for c in "#/?"):
        return None
    user, colon, password = match.group(1).partition(":")
    return (user, password) if colon and password else None
