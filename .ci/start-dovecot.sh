#!/usr/bin/env bash
# Starts a throwaway Dovecot IMAP server on a free loopback port for the inbox tests: one passwd-file user with a real
# password, a maildir under a temporary folder, no TLS (loopback only). Prints the exports the tests read.
# Usage: `eval "$(bash .ci/start-dovecot.sh)"`; stop it with `kill "$(cat "$COMPLAINTSHUB_IMAP_DATA/run/master.pid")"`.
set -euo pipefail
[ -x /usr/sbin/dovecot ] || { echo "Dovecot not found: apt-get install dovecot-imapd" >&2; exit 1; }
data="$(mktemp -d /tmp/complaintshub-imap.XXXXXX)"
# Dovecot's own users read the password file and the mail under it.
chmod 755 "$data"
mkdir -p "$data/run" "$data/state" "$data/mail"
port="${COMPLAINTSHUB_IMAP_PORT:-51143}"
# The first port from there that nothing answers on.
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
user="complaints@ashbury.test"
password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
uid="$(id -u)"; gid="$(id -g)"
# Dovecot runs its login processes as an unprivileged user: the package's own when started as root, else ourselves.
if [ "$uid" = 0 ]; then login_user=dovenull; internal_user=dovecot; internal_group=dovecot; mail_uid=dovecot; mail_gid=dovecot; chown -R dovecot:dovecot "$data/mail"
else login_user="$(id -un)"; internal_user="$(id -un)"; internal_group="$(id -gn)"; mail_uid="$uid"; mail_gid="$gid"; fi
printf '%s:{PLAIN}%s\n' "$user" "$password" >"$data/passwd"
chmod 644 "$data/passwd"
cat >"$data/dovecot.conf" <<CONF
protocols = imap
listen = 127.0.0.1
base_dir = $data/run
state_dir = $data/state
log_path = $data/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_login_user = $login_user
default_internal_user = $internal_user
default_internal_group = $internal_group
mail_location = maildir:$data/mail/%u
# The mail belongs to a system user (dovecot) when started as root.
first_valid_uid = 1
first_valid_gid = 1
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $data/passwd
}
userdb {
  driver = static
  args = uid=$mail_uid gid=$mail_gid home=$data/mail/%u
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = $port
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
service pop3-login {
  inet_listener pop3 {
    port = 0
  }
  inet_listener pop3s {
    port = 0
  }
}
CONF
# Its output goes to a file: a daemon holding this script's stdout would keep `$(...)` waiting for ever.
/usr/sbin/dovecot -c "$data/dovecot.conf" </dev/null >"$data/start.log" 2>&1 || { echo "Dovecot did not start:" >&2; cat "$data/start.log" >&2; exit 1; }
# Ready when it answers.
for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
(exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "Dovecot did not start: see $data/dovecot.log" >&2; cat "$data/dovecot.log" >&2 || true; exit 1; }
echo "export COMPLAINTSHUB_TEST_IMAP_HOST=127.0.0.1"
echo "export COMPLAINTSHUB_TEST_IMAP_PORT=$port"
echo "export COMPLAINTSHUB_TEST_IMAP_USER='$user'"
echo "export COMPLAINTSHUB_TEST_IMAP_PASSWORD='$password'"
echo "export COMPLAINTSHUB_IMAP_DATA='$data'"
