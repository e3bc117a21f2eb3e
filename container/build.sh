#!/usr/bin/env bash
# Build the iks-preflight image with buildah (no daemon), and with --smoke run it against the emulator.
#   container/build.sh [--offline-base] [--smoke] [--tag iks-preflight:dev]
# --offline-base: no registry to pull from (CI): the Node.js 24 base is assembled FROM scratch out of the npm
#   registry's node@24 linux-x64 binary and the shared libraries it links (from this Debian host), plus an
#   /etc/passwd naming the image's user. The Containerfile has no RUN step, so no OCI runtime is needed.
# --smoke: mount the image, and run its ENTRYPOINT as its USER (chroot --userspec, the host's network) against
#   the emulator: a healthy cluster must pass (exit 0), a blocked one must fail (exit 3).
# Needs root (buildah's default storage) and dist/cli built. Prints the seconds each phase took.
set -euo pipefail
cd "$(dirname "$0")/.."
offline=0 smoke=0 tag=localhost/iks-preflight:dev
while [ $# -gt 0 ]; do
  case "$1" in
    --offline-base) offline=1 ;;
    --smoke) smoke=1 ;;
    --tag) tag="$2"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
export BUILDAH_ISOLATION=chroot
t0=$SECONDS
cleanup=()
trap 'for c in "${cleanup[@]}"; do buildah rm "$c" >/dev/null 2>&1 || true; done' EXIT

base_args=()
if [ "$offline" = 1 ]; then
  node_bin="$(npx -y node@24 -p process.execPath)"
  "$node_bin" --version | grep -q '^v24\.' || { echo "not a Node.js 24 binary: $node_bin" >&2; exit 1; }
  ctr="$(buildah from scratch)"
  cleanup+=("$ctr")
  mnt="$(buildah mount "$ctr")"
  install -D -m 0755 "$node_bin" "$mnt/usr/local/bin/node"
  # The binary's shared libraries and loader, at the paths it was linked against.
  for lib in $(ldd "$node_bin" | grep -o '/[^ ]*'); do
    install -D -m 0755 "$(readlink -f "$lib")" "$mnt$lib"
  done
  mkdir -p "$mnt/etc" "$mnt/tmp" && chmod 1777 "$mnt/tmp"
  printf 'root:x:0:0:root:/root:/sbin/nologin\npreflight:x:10001:0:iks-preflight:/tmp:/sbin/nologin\n' > "$mnt/etc/passwd"
  printf 'root:x:0:\n' > "$mnt/etc/group"
  buildah umount "$ctr" >/dev/null
  buildah commit --quiet --rm "$ctr" localhost/node24-offline-base:latest >/dev/null
  cleanup=()
  base_args=(--build-arg BASE=localhost/node24-offline-base:latest)
  echo "offline Node.js 24 base assembled ($("$node_bin" --version)): $((SECONDS - t0)) s"
fi

t1=$SECONDS
buildah build --quiet --isolation chroot --pull=never "${base_args[@]}" -f container/Containerfile -t "$tag" . >/dev/null
echo "image $tag built: $((SECONDS - t1)) s"

if [ "$smoke" = 1 ]; then
  t2=$SECONDS
  ctr="$(buildah from --pull=never "$tag")"
  cleanup+=("$ctr")
  mnt="$(buildah mount "$ctr")"
  user="$(buildah inspect --format '{{.OCIv1.Config.User}}' "$tag")"
  mapfile -t entry < <(buildah inspect --format '{{range .OCIv1.Config.Entrypoint}}{{println .}}{{end}}' "$tag" | sed '/^$/d')
  [ "$user" != "" ] && [ "${user%%:*}" != "0" ] && [ "${user%%:*}" != "root" ] || { echo "image user is root ($user)" >&2; exit 1; }
  chroot_bin="$(command -v chroot)"
  emu_env="$(mktemp)"
  run_scenario() { # scenario, expected exit code, CLI args...
    local scenario="$1" want="$2"; shift 2
    node --import tsx test/emulator/cli.ts --scenario "$scenario" > "$emu_env" &
    local emu=$!
    for _ in $(seq 1 100); do grep -q '^# pipeline API key' "$emu_env" 2>/dev/null && break; sleep 0.2; done
    local env_args=() key
    while IFS= read -r line; do env_args+=("${line#export }"); done < <(grep -E '^export (IBMCLOUD_[A-Z_]*ENDPOINT|IAAS_CLASSIC_ENDPOINT_URL)=' "$emu_env")
    key="$(sed -n 's/^# pipeline API key: export IBMCLOUD_API_KEY=//p' "$emu_env")"
    local code=0
    env -i PATH=/usr/local/bin HOME=/tmp "${env_args[@]}" IBMCLOUD_API_KEY="$key" \
      "$chroot_bin" --userspec="$user" "$mnt" "${entry[@]}" "$@" > "$emu_env.out" 2>&1 || code=$?
    kill "$emu" 2>/dev/null || true
    wait "$emu" 2>/dev/null || true
    if [ "$code" != "$want" ]; then
      echo "FAIL $scenario: exit $code, expected $want" >&2
      cat "$emu_env.out" >&2
      exit 1
    fi
    echo "ok   $scenario: exit $code ($(head -c 120 "$emu_env.out" | tr '\n' ' '))"
  }
  run_scenario healthy-classic 0 --operation worker-reload --cluster prod-classic
  run_scenario missing-infra-permissions 3 --operation worker-add --cluster prod-classic
  buildah umount "$ctr" >/dev/null
  echo "image smoke against the emulator (as user $user): $((SECONDS - t2)) s"
fi
echo "container total: $((SECONDS - t0)) s"
