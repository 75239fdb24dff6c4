#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A real single-node Slurm cluster on 127.0.0.1 for the scheduler tests: munged, slurmctld and
# slurmd from Debian's packages, with their own key, sockets, ports, state and logs in one
# folder, so nothing of a system Slurm or munge (/etc/slurm, /run/munge) is used or changed.
#
#   slurm-rig.sh start     starts it (or finds it running) and prints SLURM_CONF=... on stdout
#   slurm-rig.sh stop      stops the daemons and removes the folder
#   slurm-rig.sh acquire   start, and count one more user (a test process, by its pid)
#   slurm-rig.sh release   count one user less; when no live user is left, the rig stops
#                          $ESTRAN_SLURM_RIG_LINGER seconds later (default 10; 0: at once)
#                          unless acquired again, so test processes run one after the other
#                          (ctest) do not each pay a start and a stop
#   slurm-rig.sh status    exit status 0 when the cluster answers
#
# Needs root (slurmd runs jobs as their users). Idempotent, serialised with flock. The folder is
# $ESTRAN_SLURM_RIG_DIR, by default /tmp/estran-slurm-rig. Tests get SLURM_CONF through their
# environment: every Slurm command they run through LocalHost reads this cluster's
# configuration. An sshd does not pass its environment to the sessions it opens, so for jobs
# submitted through ssh the rig also links /etc/slurm/slurm.conf (Debian's default path) to its
# configuration while it runs, as a cluster's login node has it - only when that path is free;
# the link is removed on stop. ESTRAN_SLURM_RIG_SYSTEM_CONF=0 leaves /etc alone.
#
# Partitions: "debug" (default, MaxTime 60 minutes) and "short" (MaxTime 1 minute), so tests can
# name a partition and see a walltime limit. The node advertises 8 CPUs whatever the machine has
# (SlurmdParameters=config_overrides) so a few test jobs can run side by side on a 2-core runner.
set -u

dir=${ESTRAN_SLURM_RIG_DIR:-/tmp/estran-slurm-rig}
conf=$dir/slurm.conf
node=$(hostname -s)

system_conf=/etc/slurm/slurm.conf

link_system_conf() {
    [ "${ESTRAN_SLURM_RIG_SYSTEM_CONF:-1}" = 1 ] || return 0
    if [ ! -e "$system_conf" ] && [ ! -L "$system_conf" ]; then
        mkdir -p "$(dirname "$system_conf")" && ln -s "$conf" "$system_conf"
    fi
    return 0
}

unlink_system_conf() {
    if [ -L "$system_conf" ] && [ "$(readlink "$system_conf")" = "$conf" ]; then rm -f "$system_conf"; fi
    return 0
}

log() { printf 'slurm-rig: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

# A pid file names a live daemon of ours only if that process has the daemon's name (after a
# crash the pid may belong to anything else by now).
alive() {
    local pid
    pid=$(cat "$1" 2>/dev/null) || return 1
    [ -n "$pid" ] && [ "$(ps -o comm= -p "$pid" 2>/dev/null)" = "$(basename "$1" .pid)" ]
}

answers() {
    alive "$dir/munged.pid" && alive "$dir/slurmctld.pid" && alive "$dir/slurmd.pid" || return 1
    local state
    state=$(SLURM_CONF=$conf timeout 5 sinfo --noheader --nodes="$node" --format=%T 2>/dev/null | head -n 1)
    case $state in idle | mixed | allocated | completing) return 0 ;; esac
    return 1
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

write_conf() {
    local ctld_port slurmd_port
    ctld_port=$(free_port)
    slurmd_port=$(free_port)
    while [ "$slurmd_port" = "$ctld_port" ]; do slurmd_port=$(free_port); done
    cat > "$conf" <<EOF
# Written by slurm-rig.sh for Estran's tests.
ClusterName=estranrig
SlurmctldHost=$node(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
# Listen on 127.0.0.1 (the address SlurmctldHost and NodeAddr give), not on every interface.
CommunicationParameters=NoInAddrAny,NoCtldInAddrAny
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$dir/munge/munge.socket
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
JobAcctGatherType=jobacct_gather/none
MpiDefault=none
SwitchType=switch/none
ReturnToService=2
SlurmdParameters=config_overrides
# Finished jobs leave squeue quickly, so "Slurm has forgotten the job" can happen in tests.
MinJobAge=5
KillWait=2
InactiveLimit=0
NodeName=$node NodeAddr=127.0.0.1 CPUs=8 RealMemory=2048 State=UNKNOWN
PartitionName=debug Nodes=$node Default=YES MaxTime=60 State=UP
PartitionName=short Nodes=$node Default=NO MaxTime=1 State=UP
EOF
}

start() {
    [ "$(id -u)" = 0 ] || die "needs root (slurmd runs jobs as their users)"
    for tool in munged slurmctld slurmd sinfo; do command -v "$tool" >/dev/null || die "$tool is not installed (scripts/install-deps.sh)"; done
    if answers; then
        link_system_conf
        echo "SLURM_CONF=$conf"
        return 0
    fi
    stop_daemons
    rm -rf "$dir"
    mkdir -p "$dir"/munge "$dir"/munge-key "$dir"/state "$dir"/spool "$dir"/log
    # munged wants its key private and its socket folder open to every user (job commands
    # such as sbatch run as the user and talk to munged through the socket).
    chmod 0755 "$dir" "$dir"/munge
    chmod 0700 "$dir"/munge-key
    dd if=/dev/urandom of="$dir/munge-key/munge.key" bs=1024 count=1 status=none
    chmod 0400 "$dir/munge-key/munge.key"
    # 9>&-: the daemons must not inherit the lock, or they would hold it for ever.
    munged --key-file="$dir/munge-key/munge.key" --socket="$dir/munge/munge.socket" \
        --pid-file="$dir/munged.pid" --log-file="$dir/log/munged.log" --seed-file="$dir/munge-key/munged.seed" 9>&- \
        || die "munged did not start: $(tail -n 3 "$dir/log/munged.log" 2>/dev/null)"
    write_conf
    SLURM_CONF=$conf slurmctld -c -f "$conf" 9>&- || die "slurmctld did not start: $(tail -n 5 "$dir/log/slurmctld.log" 2>/dev/null)"
    SLURM_CONF=$conf slurmd -f "$conf" 9>&- || die "slurmd did not start: $(tail -n 5 "$dir/log/slurmd.log" 2>/dev/null)"
    local i
    for i in $(seq 1 150); do
        if answers; then
            link_system_conf
            echo "SLURM_CONF=$conf"
            return 0
        fi
        sleep 0.1
    done
    log "the node did not become idle in 15 s; last log lines:"
    tail -n 10 "$dir/log/slurmctld.log" "$dir/log/slurmd.log" >&2 2>/dev/null
    return 1
}

stop_daemons() {
    local pidfile pids=""
    if [ -f "$conf" ] && alive "$dir/slurmctld.pid"; then
        SLURM_CONF=$conf timeout 5 scancel --full --user=root >/dev/null 2>&1
    fi
    for pidfile in "$dir/slurmd.pid" "$dir/slurmctld.pid" "$dir/munged.pid"; do
        if alive "$pidfile"; then
            pids="$pids $(cat "$pidfile")"
            kill -TERM "$(cat "$pidfile")" 2>/dev/null
        fi
    done
    local i p
    for i in $(seq 1 100); do
        local left=""
        for p in $pids; do kill -0 "$p" 2>/dev/null && left="$left $p"; done
        [ -z "$left" ] && return 0
        sleep 0.1
    done
    for p in $pids; do kill -KILL "$p" 2>/dev/null; done
    return 0
}

stop() {
    stop_daemons
    unlink_system_conf
    rm -rf "$dir"
}

# Users are pid files in $dir.users (beside the rig folder, which start may recreate).
users_dir=$dir.users
live_users() {
    local f n=0
    for f in "$users_dir"/*; do
        [ -e "$f" ] || continue
        if kill -0 "$(basename "$f")" 2>/dev/null; then n=$((n + 1)); else rm -f "$f"; fi
    done
    echo "$n"
}

command=${1:-}
user_pid=${2:-$PPID}
mkdir -p "$(dirname "$dir")"
if [ "$command" = stop-if-unused ]; then
    sleep "${2:-10}"
fi
exec 9>"$dir.lock"
flock 9
case $command in
start) start ;;
stop) stop; rm -rf "$users_dir" ;;
status) answers ;;
acquire)
    mkdir -p "$users_dir"
    start && : > "$users_dir/$user_pid"
    ;;
release)
    rm -f "$users_dir/$user_pid"
    if [ "$(live_users)" = 0 ]; then
        linger=${ESTRAN_SLURM_RIG_LINGER:-10}
        if [ "$linger" = 0 ]; then
            stop
            rm -rf "$users_dir"
        else
            setsid bash "$(readlink -f "$0")" stop-if-unused "$linger" </dev/null >/dev/null 2>&1 9>&- &
        fi
    fi
    ;;
stop-if-unused)
    if [ "$(live_users)" = 0 ]; then
        stop
        rm -rf "$users_dir"
    fi
    ;;
*) die "usage: $0 start|stop|status|acquire [PID]|release [PID]" ;;
esac
