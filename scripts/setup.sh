# Functions that install what Limber and its tests need on a fresh Debian machine, when missing.
# Sourced by ./limber and scripts/test; each one does nothing when its tool is already there.

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  if [ -z "${LIMBER_APT_UPDATED:-}" ]; then
    as_root apt-get update -qq
    LIMBER_APT_UPDATED=1
  fi
  as_root apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

ensure_java() {
  if command -v javac >/dev/null 2>&1 && javac -version 2>&1 | grep -Eq 'javac (1[7-9]|[2-9][0-9])'; then
    return
  fi
  echo "setup: installing a Java 17 JDK..."
  apt_install openjdk-17-jdk-headless
}

postgres_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

ensure_postgres() {
  if [ -n "$(postgres_bin)" ] && [ -x "$(postgres_bin)/initdb" ]; then
    return
  fi
  echo "setup: installing PostgreSQL..."
  apt_install postgresql
  # Debian starts a cluster of its own; the tests make a throwaway one and need nothing else.
  as_root service postgresql stop >/dev/null 2>&1 || true
}

ensure_tmux() {
  command -v tmux >/dev/null 2>&1 || { echo "setup: installing tmux..."; apt_install tmux; }
}

ensure_chromium() {
  # Debian's own Chromium: the SVG render tests draw the illustrations in it, headless.
  [ -x /usr/bin/chromium ] || { echo "setup: installing chromium..."; apt_install chromium; }
}
