#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Result-transfer throughput over the loopback ssh rig (tests/remote/rig/ssh-rig.sh: a bastion and
# a login sshd reached through it): RemoteFiles::fetch (streamed into a .part, SHA-256 of the
# whole file checked on both ends, renamed) against plain `ssh cat` and scp of the same file
# through the same ProxyJump; then output lag (a line printed on the host every 100 ms, until it
# reaches RemoteHost::run's sink, or a shell loop reading `ssh`'s output). Needs root (the rig
# starts sshd). Not a test.
#   tests/bench/remote-transfer.sh [BUILD_DIR] [SIZE_MB] [RUNS]
set -eu
src=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$src/build/dev}
size_mb=${2:-512}
runs=${3:-3}
bench=$build/bench/estran_remote_fetch_bench
[ -x "$bench" ] || { echo "build estran_remote_fetch_bench first" >&2; exit 2; }

rig=$(mktemp -d /tmp/erb-XXXXXX)
trap '"$src/tests/remote/rig/ssh-rig.sh" stop "$rig"; rm -rf "$rig"' EXIT
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
"$src/tests/remote/rig/ssh-rig.sh" start "$rig" "$(port)" "$(port)"
cfg=$rig/ssh_config
head -c "$((size_mb * 1024 * 1024))" /dev/urandom > "$rig/data.bin"
out=$rig/out
mkdir -p "$out" "$rig/c"
export ESTRAN_BENCH_CONTROL_DIR=$rig/c

rate() { awk -v b="$1" -v s="$2" 'BEGIN { printf "%.1f", b / 1e6 / s }'; }
results=$rig/results
# One line per measure: "label<TAB>MB/s", for the medians at the end.
record() { printf '%s\t%s\n' "$1" "$2" >> "$results"; printf '%-30s %s\n' "$1" "$2"; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
bytes=$(stat -c %s "$rig/data.bin")

echo "file: $size_mb MiB, $runs runs each, MB/s (10^6 bytes per second)"
for run in $(seq 1 "$runs"); do
    # A fresh connection each time: what a one-off `ssh cat` or scp costs, bastion login included.
    t0=$(now); ssh -F "$cfg" login cat "$rig/data.bin" > "$out/cat.bin"; t1=$(now)
    record "ssh cat (new connection)" "$(rate "$bytes" "$(elapsed "$t0" "$t1")")"
    t0=$(now); scp -q -F "$cfg" "login:$rig/data.bin" "$out/scp.bin"; t1=$(now)
    record "scp (new connection)" "$(rate "$bytes" "$(elapsed "$t0" "$t1")")"
    # Over an open master connection, as the app's commands are.
    ssh -F "$cfg" -o ControlPath="$rig/c/bench" -M -N -f login
    t0=$(now); ssh -F "$cfg" -o ControlPath="$rig/c/bench" login cat "$rig/data.bin" > "$out/mux.bin"; t1=$(now)
    record "ssh cat (open master)" "$(rate "$bytes" "$(elapsed "$t0" "$t1")")"
    t0=$(now); ssh -F "$cfg" -o ControlPath="$rig/c/bench" login cat "$rig/data.bin" | sha256sum > /dev/null; t1=$(now)
    record "ssh cat | sha256sum (master)" "$(rate "$bytes" "$(elapsed "$t0" "$t1")")"
    ssh -F "$cfg" -o ControlPath="$rig/c/bench" -O exit login 2>/dev/null
    set -- $("$bench" --ssh-config "$cfg" --host login "$rig/data.bin" "$out/fetch.bin")
    record "RemoteFiles::fetch (master)" "$3"
    cmp "$rig/data.bin" "$out/fetch.bin"
    rm -f "$out"/*
done
echo
echo "| method | median MB/s |"
echo "|---|---|"
for label in "ssh cat (new connection)" "scp (new connection)" "ssh cat (open master)" "ssh cat | sha256sum (master)" \
    "RemoteFiles::fetch (master)"; do
    median=$(awk -F '\t' -v l="$label" '$1 == l { print $2 }' "$results" | sort -n |
        awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
    echo "| $label | $median |"
done

# Output lag, 50 lines each way, over an open master.
echo
ssh -F "$cfg" -o ControlPath="$rig/c/bench" -M -N -f login
ssh -F "$cfg" -o ControlPath="$rig/c/bench" login 'for i in $(seq 50); do date +%s%N; sleep 0.1; done' |
    while read -r t; do echo $(( $(date +%s%N) - t )); done | sort -n |
    awk '{ v[NR] = $1 / 1e6 } END { printf "output lag, ssh into a shell loop: median %.1f ms, max %.1f ms (%d lines)\n", v[int((NR + 1) / 2)], v[NR], NR }'
ssh -F "$cfg" -o ControlPath="$rig/c/bench" -O exit login 2>/dev/null
set -- $("$bench" --ssh-config "$cfg" --host login --lag 50)
echo "output lag, RemoteHost::run sink: median $2 ms, max $3 ms ($1 lines)"
