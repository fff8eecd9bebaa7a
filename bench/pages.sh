#!/usr/bin/env bash
# Web app pages on loopback: the server time of each page under wrk (2 threads, 16 connections),
# served by `./limber serve` itself at LIMBER_JAVA_OPTS=-Xmx256m on a throwaway H2 file.
# Aim (issue 13): every page's p99 under 20 ms. Form pages are posted with a real form token.
# Usage: bench/pages.sh [SECONDS]   (installs wrk from Debian's packages when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-10}"
command -v wrk >/dev/null 2>&1 || { source scripts/setup.sh; apt_install wrk; }
./limber --version >/dev/null # builds the jar when the sources changed
work="$(mktemp -d)"
port=18094
base="http://127.0.0.1:$port"
LIMBER_JAVA_OPTS="-Xmx256m ${BENCH_JAVA_OPTS:-}" ./limber serve --port "$port" \
  --db "jdbc:h2:file:$work/limber" >"$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 100); do curl -sf "$base/health/ready" >/dev/null && break; sleep 0.2; done
# An anonymous visitor's form token: the cookie and the field must match.
token="$(curl -s -c "$work/jar" "$base/" | sed -n 's/.*name="csrf-token" content="\([^"]*\)".*/\1/p' | head -1)"
answers="$(tr -d '\n' <bench/answers.json | python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.stdin.read(),safe=""))')"
preferences="$(python3 -c 'import urllib.parse;print(urllib.parse.quote("{\"minutes\":5,\"place\":\"DESK\",\"seed\":7}",safe=""))')"
# The verdict is the answer to the questionnaire's last topic: walk it once, answering "no" to
# every yes/no question and 2 to every number, and keep the last form's body.
verdict_body="$(python3 - "$base" "$token" <<'PY'
import re, sys, urllib.parse, urllib.request
base, token = sys.argv[1], sys.argv[2]
def fetch(body=None):
    request = urllib.request.Request(base + "/check", data=body and body.encode(),
                                     headers={"Cookie": "limber_form=" + token,
                                              "Content-Type": "application/x-www-form-urlencoded"})
    return urllib.request.urlopen(request).read().decode()
page, body = fetch(), None
for _ in range(10):
    if 'name="so-far"' not in page:
        break
    fields = {"_csrf": token, "go": "next"}
    for name, value in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', page):
        fields[name] = value.replace("&quot;", '"').replace("&#34;", '"').replace("&amp;", "&")
    for name in re.findall(r'type="radio" id="[^"]*" name="([^"]+)" value="no"', page):
        fields[name] = "no"
    for name in re.findall(r'<input type="text"[^>]* name="([^"]+)"', page):
        fields[name] = "2"
    fields["_csrf"] = token
    body = urllib.parse.urlencode(fields)
    page = fetch(body)
print(body)
PY
)"
curl -s -b "limber_form=$token" -H 'Content-Type: application/x-www-form-urlencoded' \
  --data "$verdict_body" "$base/check" | grep -q 'Your verdict' ||
  { echo "the questionnaire walk did not reach a verdict" >&2; exit 1; }
# One planned session to play: the player page is a GET of the address /play answers with.
player_path="$(curl -s -o /dev/null -w '%{redirect_url}' -b "limber_form=$token" \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  --data "_csrf=$token&answers=$answers&preferences=$preferences" "$base/play" | sed "s#^$base##")"
get_page() { # NAME PATH
  printf '%s\tGET\t%s\n' "$1" "$2"
}
post_page() { # NAME PATH BODY
  printf '%s\tPOST\t%s\t%s\n' "$1" "$2" "$3"
}
{
  get_page home /
  get_page check /check
  get_page techniques /techniques
  get_page technique /techniques/chair-back-extension
  get_page sign-in /sign-in
  post_page verdict /check "$verdict_body"
  post_page plan /plan "_csrf=$token&answers=$answers&minutes=5&place=DESK&seed=7"
  post_page play /play "_csrf=$token&answers=$answers&preferences=$preferences"
  get_page player "$player_path"
} >"$work/pages.tsv"
printf '%-12s %8s %8s %8s %10s\n' page p50 p99 max req/s
while IFS=$'\t' read -r name method path body; do
  status="$(curl -s -o /dev/null -w '%{http_code}' -b "limber_form=$token" -X "$method" \
    ${body:+-H 'Content-Type: application/x-www-form-urlencoded' --data "$body"} "$base$path")"
  if [ "$status" != 200 ] && [ "$status" != 303 ]; then
    printf '%-12s answers %s: skipped\n' "$name" "$status"
    continue
  fi
  cat >"$work/$name.lua" <<LUA
wrk.method = "$method"
wrk.headers["Cookie"] = "limber_form=$token"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.body = "$body"
LUA
  wrk -t2 -c16 -d3s -s "$work/$name.lua" "$base$path" >/dev/null # warm the JIT on this page
  out="$(wrk -t2 -c16 -d"${seconds}s" --latency -s "$work/$name.lua" "$base$path")"
  p50="$(awk '$1 == "50%" {print $2}' <<<"$out")"
  p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
  max="$(awk '$1 == "Latency" {print $4}' <<<"$out")"
  rps="$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<<"$out")"
  printf '%-12s %8s %8s %8s %10s   (%s %s)\n' "$name" "$p50" "$p99" "$max" "$rps" "$method" "$path"
done <"$work/pages.tsv"
echo "load $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores; -Xmx256m"
