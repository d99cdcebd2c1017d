#!/usr/bin/env bash
# Install the servers the test suite starts on 127.0.0.1 (PostgreSQL, Redis), and the headless browser
# `newscrawl inspect`'s screenshot test renders with (Chromium), from Debian's packages when they
# are not on the machine yet. Idempotent; needs root (as CI and dev boxes run).
set -euo pipefail

need=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need+=(postgresql)
command -v redis-server >/dev/null || [ -x /usr/bin/redis-server ] || need+=(redis-server)
[ -x /usr/bin/chromium ] || need+=(chromium)

if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
