#!/usr/bin/env bash
# The install step of the napcheck Action (action.yml): puts the napcheck
# binary of NAPCHECK_VERSION in NAPCHECK_HOME (a directory actions/cache
# keeps between runs, keyed by version, OS and architecture) and prints its
# path as the `bin` output. In order: the cached binary (a release's, or one
# built from the same source tree; see napcheck-origin below); the prebuilt binary
# of the release `v$NAPCHECK_VERSION` of NAPCHECK_REPOSITORY (the Action's own
# repository), checked against its published SHA-256; else, when the
# Action's checkout is that version, `cargo install` from it. Inputs arrive
# in the environment, never pasted into the script.
set -euo pipefail

version="${NAPCHECK_VERSION:?the version input is required}"
home="${NAPCHECK_HOME:?NAPCHECK_HOME is where the binary is kept}"
if ! [[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.]+)?$ ]]; then
  # Quoted as a workflow command's message is escaped, so that a line break
  # in the input cannot start a command of its own.
  shown="${version//%/%25}"
  shown="${shown//$'\r'/%0D}"
  shown="${shown//$'\n'/%0A}"
  echo "::error title=napcheck::version must be a release version such as 0.1.0, not '$shown'" >&2
  exit 2
fi

exe=napcheck
case "${RUNNER_OS:-Linux}/${RUNNER_ARCH:-X64}" in
  Linux/X64) target=x86_64-unknown-linux-gnu ;;
  Linux/ARM64) target=aarch64-unknown-linux-gnu ;;
  macOS/X64) target=x86_64-apple-darwin ;;
  macOS/ARM64) target=aarch64-apple-darwin ;;
  Windows/X64) target=x86_64-pc-windows-msvc; exe=napcheck.exe ;;
  *) target="" ;;
esac

bin="$home/bin/$exe"
say() { printf 'napcheck: %s\n' "$*" >&2; }

# Where the cached binary came from, in $home/napcheck-origin: `release`, or
# `source TREE` (the git tree of the Action's checkout it was built from).
# A build from source is reused only for the same tree: a local action
# (`uses: ./`) or a branch keeps its version number while its code changes,
# and the cache is keyed by version.
origin="$home/napcheck-origin"
source_tree() {
  git -C "${NAPCHECK_SOURCE:-/nonexistent}" rev-parse 'HEAD^{tree}' 2>/dev/null || true
}
cache_fits() {
  [ -x "$bin" ] && "$bin" --version | grep -qx "napcheck $version" || return 1
  local from tree
  from="$(cat "$origin" 2>/dev/null || true)"
  [ "$from" = release ] && return 0
  tree="$(source_tree)"
  [ -n "$tree" ] && [ "$from" = "source $tree" ]
}

if cache_fits; then
  say "napcheck $version from the cache"
elif [ -n "$target" ] && [ -n "${NAPCHECK_REPOSITORY:-}" ] && command -v curl >/dev/null; then
  base="${GITHUB_SERVER_URL:-https://github.com}/$NAPCHECK_REPOSITORY/releases/download/v$version"
  archive="napcheck-v$version-$target.tar.gz"
  scratch="$(mktemp -d)"
  trap 'rm -rf -- "$scratch"' EXIT
  if curl -fsSL --retry 3 -o "$scratch/$archive" "$base/$archive" &&
    curl -fsSL --retry 3 -o "$scratch/$archive.sha256" "$base/$archive.sha256"; then
    expected="$(cut -d' ' -f1 <"$scratch/$archive.sha256")"
    actual="$( (sha256sum "$scratch/$archive" 2>/dev/null || shasum -a 256 "$scratch/$archive") | cut -d' ' -f1)"
    if [ "$expected" != "$actual" ]; then
      echo "::error title=napcheck::$archive does not match its published SHA-256" >&2
      exit 2
    fi
    mkdir -p "$home/bin"
    tar -xzf "$scratch/$archive" -C "$home/bin" "$exe"
    echo release >"$origin"
    say "napcheck $version, prebuilt for $target"
  else
    say "no prebuilt napcheck $version for $target; building from the Action's source"
  fi
fi

if ! cache_fits; then
  source_dir="${NAPCHECK_SOURCE:?no prebuilt binary and no source to build}"
  source_version="$(sed -n 's/^version = "\(.*\)"$/\1/p' "$source_dir/Cargo.toml" | head -n 1)"
  if [ "$source_version" != "$version" ]; then
    echo "::error title=napcheck::no prebuilt napcheck $version, and the Action's checkout is $source_version: pin the Action to the tag v$version" >&2
    exit 2
  fi
  if ! command -v cargo >/dev/null; then
    echo "::error title=napcheck::no prebuilt napcheck $version for this runner, and cargo is not installed to build it" >&2
    exit 2
  fi
  cargo install --locked --force --path "$source_dir/crates/cli" --root "$home"
  printf 'source %s\n' "$(source_tree)" >"$origin"
fi

"$bin" --version >&2
printf 'bin=%s\n' "$bin" >>"${GITHUB_OUTPUT:-/dev/null}"
