#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A loopback OpenSSH rig for the remote tests and benchmarks (needs root: sshd must switch users).
#
#   ssh-rig.sh start DIR BASTION_PORT LOGIN_PORT   # DIR: an empty, short temporary folder
#   ssh-rig.sh stop DIR
#
# Starts two sshd on 127.0.0.1: a bastion, and a login host that the client reaches only
# through the bastion (ProxyJump in DIR/ssh_config). What is enforced: the bastion forwards
# only to the login host (PermitOpen) and the login host forwards nothing; the bastion's log
# (DIR/bastion.log) records each forwarded connection, which the tests check
# to prove the jump happened. What is not: both listen on loopback, so a client that ignores
# ssh_config could still reach the login port directly (a separate network namespace would be
# needed to forbid it). The bastion logs at DEBUG1 so that its server_request_direct_tcpip
# lines show each jump.
#
# DIR/ssh_config host aliases:
#   bastion        root, key id_ed25519
#   login          root through bastion, key id_ed25519
#   login-pass     root through bastion, key id_pass (passphrase in DIR/passphrase)
#   login-password user estran-rig (login shell tcsh, like Datarmor's csh) through bastion,
#                  keyboard-interactive/password only (password in DIR/password)
#   login-csh      user estran-rig through bastion, key id_ed25519
# Every alias uses DIR/known_hosts, which holds both host keys.
set -eu

cmd=${1:?usage: ssh-rig.sh start|stop DIR [BASTION_PORT LOGIN_PORT]}
dir=${2:?missing DIR}

stop() {
    for name in bastion login; do
        if [ -f "$dir/$name.pid" ]; then
            kill "$(cat "$dir/$name.pid")" 2>/dev/null || true
            rm -f "$dir/$name.pid"
        fi
    done
    # ssh masters left by clients (ControlPersist keeps them 10 minutes), with their ProxyJump
    # children and the sessions they hold open: every process whose command line names this
    # rig's own (unique, mktemp-made) folder, and nothing else.
    for proc in /proc/[0-9]*; do
        pid=${proc#/proc/}
        [ "$pid" = "$$" ] && continue
        if tr '\0' ' ' 2>/dev/null < "$proc/cmdline" | grep -qF -- "$dir/"; then
            kill "$pid" 2>/dev/null || true
        fi
    done
}

if [ "$cmd" = stop ]; then
    stop
    exit 0
fi
[ "$cmd" = start ] || { echo "unknown command $cmd" >&2; exit 2; }
bport=${3:?missing BASTION_PORT}
lport=${4:?missing LOGIN_PORT}
[ "$(id -u)" = 0 ] || { echo "ssh-rig.sh needs root (sshd switches to the logged-in user)" >&2; exit 77; }
sshd=/usr/sbin/sshd
[ -x "$sshd" ] || { echo "$sshd is missing (apt-get install openssh-server)" >&2; exit 77; }

mkdir -p "$dir" /run/sshd
chmod 755 "$dir"
cd "$dir"

ssh-keygen -q -t ed25519 -N '' -C rig-bastion -f bastion_host_key
ssh-keygen -q -t ed25519 -N '' -C rig-login -f login_host_key
ssh-keygen -q -t ed25519 -N '' -C rig-client -f id_ed25519
# Characters a passphrase dialog must pass through untouched.
printf '%s' "pass phrase with 'quotes' \$dollar and \"more\"" > passphrase
ssh-keygen -q -t ed25519 -N "$(cat passphrase)" -C rig-client-pass -f id_pass
cat id_ed25519.pub id_pass.pub > authorized_keys
chmod 644 authorized_keys

# The password user: tcsh login shell, so the tests also prove that command lines survive csh.
user=estran-rig
printf '%s' "pw 'x' \$y!z" > password
# Rigs of tests running in parallel share the user: one at a time edits /etc/passwd.
(
    flock 9
    if ! id "$user" >/dev/null 2>&1; then
        useradd -m -s /usr/bin/tcsh "$user"
    fi
    [ "$(getent passwd "$user" | cut -d: -f7)" = /usr/bin/tcsh ] || usermod -s /usr/bin/tcsh "$user"
    printf '%s:%s\n' "$user" "$(cat password)" | chpasswd
) 9>/tmp/estran-ssh-rig-user.lock

{
    printf '[127.0.0.1]:%s %s\n' "$bport" "$(cut -d' ' -f1,2 bastion_host_key.pub)"
    printf '[127.0.0.1]:%s %s\n' "$lport" "$(cut -d' ' -f1,2 login_host_key.pub)"
} > known_hosts

common() {
    cat <<CFG
ListenAddress 127.0.0.1:$1
HostKey $dir/$2
PidFile $dir/$3.pid
AuthorizedKeysFile $dir/authorized_keys
StrictModes no
PermitRootLogin prohibit-password
PubkeyAuthentication yes
PrintMotd no
MaxStartups 100:30:200
MaxSessions 100
# scp (SFTP protocol since OpenSSH 9.0) for the transfer benchmark.
Subsystem sftp internal-sftp
CFG
}

common "$bport" bastion_host_key bastion > bastion.conf
cat >> bastion.conf <<CFG
PasswordAuthentication no
KbdInteractiveAuthentication no
AllowTcpForwarding yes
PermitOpen 127.0.0.1:$lport
UsePAM no
LogLevel DEBUG1
CFG

common "$lport" login_host_key login > login.conf
cat >> login.conf <<CFG
AllowTcpForwarding no
PasswordAuthentication yes
KbdInteractiveAuthentication yes
PermitUserEnvironment no
# PAM gives the keyboard-interactive "Password:" conversation a one-time code would also use.
UsePAM yes
LogLevel VERBOSE
CFG

cat > ssh_config <<CFG
Host *
    HostName 127.0.0.1
    UserKnownHostsFile $dir/known_hosts
    GlobalKnownHostsFile /dev/null
    StrictHostKeyChecking yes
    IdentitiesOnly yes
    ConnectTimeout 10
# IdentityFile accumulates over matching blocks, so each alias names its own key.
Host bastion
    Port $bport
    User root
    IdentityFile $dir/id_ed25519
Host login
    Port $lport
    User root
    ProxyJump bastion
    IdentityFile $dir/id_ed25519
Host login-pass
    Port $lport
    User root
    ProxyJump bastion
    IdentityFile $dir/id_pass
Host login-password
    Port $lport
    User $user
    ProxyJump bastion
    PubkeyAuthentication no
    PreferredAuthentications keyboard-interactive,password
Host login-csh
    Port $lport
    User $user
    ProxyJump bastion
    IdentityFile $dir/id_ed25519
CFG

"$sshd" -t -f bastion.conf
"$sshd" -t -f login.conf
"$sshd" -D -e -f "$dir/bastion.conf" 2> bastion.log &
"$sshd" -D -e -f "$dir/login.conf" 2> login.log &

# Ready when both answer with their banner.
for _ in $(seq 1 100); do
    if ssh-keyscan -T 1 -p "$bport" 127.0.0.1 >/dev/null 2>&1 && ssh-keyscan -T 1 -p "$lport" 127.0.0.1 >/dev/null 2>&1 \
        && [ -s bastion.pid ] && [ -s login.pid ]; then
        exit 0
    fi
    sleep 0.1
done
echo "sshd did not start; see $dir/bastion.log and $dir/login.log" >&2
cat bastion.log login.log >&2
stop
exit 1
