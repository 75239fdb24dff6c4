#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Download throughput of `estran-cli get` beside the curl command line, on the same loopback
# link, from the same nginx, into the same tmpfs. Prints medians over RUNS alternating runs.
# Usage: tests/bench/download-throughput.sh [BUILD_DIR] [SIZE_MB] [RUNS]
set -euo pipefail
build=${1:-build/dev}
size_mb=${2:-512}
runs=${3:-5}
cli="$build/bin/estran-cli"
[ -x "$cli" ] || { echo "no $cli: build first" >&2; exit 2; }
command -v nginx >/dev/null || { echo "nginx is needed (apt-get install nginx-light)" >&2; exit 2; }

work=$(mktemp -d /dev/shm/estran-dl.XXXXXX)
chmod 755 "$work"  # nginx workers run as an unprivileged user
trap 'kill $(cat "$work/nginx.pid" 2>/dev/null) 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/www" "$work/out-estran" "$work/out-curl"
head -c "$((size_mb * 1024 * 1024))" /dev/urandom > "$work/www/blob.bin"
port=$(( 20000 + RANDOM % 20000 ))
cat > "$work/nginx.conf" <<CONF
daemon on;
pid $work/nginx.pid;
error_log $work/error.log;
worker_processes 1;
events { worker_connections 64; }
http {
    access_log off;
    sendfile on;
    server {
        listen 127.0.0.1:$port;
        root $work/www;
    }
}
CONF
nginx -c "$work/nginx.conf" -p "$work"
sleep 0.3
url="http://127.0.0.1:$port/blob.bin"

seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc -l; }
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

: > "$work/t-estran"; : > "$work/t-curl"
for _ in $(seq "$runs"); do
    rm -f "$work/out-estran/blob.bin" "$work/out-curl/blob.bin"
    seconds "$cli" get "$url" --out "$work/out-estran" >> "$work/t-estran"
    seconds curl -sf -o "$work/out-curl/blob.bin" "$url" >> "$work/t-curl"
done
cmp -s "$work/www/blob.bin" "$work/out-estran/blob.bin" || { echo "estran-cli download differs" >&2; exit 1; }
te=$(median < "$work/t-estran"); tc=$(median < "$work/t-curl")
printf '| tool | median s | MB/s |\n|---|---|---|\n'
printf '| estran-cli get | %.3f | %.0f |\n' "$te" "$(echo "$size_mb / $te" | bc -l)"
printf '| curl | %.3f | %.0f |\n' "$tc" "$(echo "$size_mb / $tc" | bc -l)"
printf 'estran-cli throughput = %.0f%% of curl (target >= 90%%)\n' "$(echo "100 * $tc / $te" | bc -l)"
