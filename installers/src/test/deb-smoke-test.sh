#!/usr/bin/env bash
# Smoke test of the .deb, run by `mvn -Pdist package`: checks its Depends, unpacks it (no install,
# no root) and runs the packaged launcher with no display, as a server or CI job would.
#
#   deb-smoke-test.sh <dist folder> <project version> <source nf-catalog folder>
set -euo pipefail
dist=$1
version=$2
catalog=$3

fail() {
  echo "deb smoke test: FAILED: $*" >&2
  exit 1
}

debs=("$dist"/*.deb)
[ -f "${debs[0]}" ] || fail "no .deb in $dist"
[ ${#debs[@]} -eq 1 ] || fail "expected one .deb in $dist, found: ${debs[*]}"
deb=${debs[0]}
echo "deb smoke test: $deb ($(du -h "$deb" | cut -f1))"

depends=$(dpkg-deb -f "$deb" Depends)
echo "deb smoke test: Depends: $depends"
case ", $depends," in
  *", libgtk-3-0,"* | *", libgtk-3-0 "*) ;;
  *) fail "libgtk-3-0 is not in Depends" ;;
esac

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb -x "$deb" "$work"
launcher=$work/opt/vigor/bin/vigor
[ -x "$launcher" ] || fail "no executable launcher at opt/vigor/bin/vigor"

run() {
  # No display: the CLI must not need one.
  env -u DISPLAY -u WAYLAND_DISPLAY -u VIGOR_HOME "$launcher" "$@"
}

out=$(run --version) || fail "vigor --version exited $?"
echo "$out" | sed 's/^/  vigor --version | /'
[ "$(echo "$out" | head -n 1)" = "vigor $version" ] || fail "expected first line 'vigor $version'"

# Run from an empty folder so the bundled catalog is found through the launcher, not the cwd.
out=$(cd "$work" && run catalog) || fail "vigor catalog exited $?"
echo "$out" | sed 's/^/  vigor catalog   | /'
echo "$out" | grep -q '^nop ' || fail "vigor catalog does not list nop"
expected=$(find "$catalog" -mindepth 2 -maxdepth 2 -name nf.properties | wc -l)
listed=$(echo "$out" | grep -c .)
[ "$listed" -eq "$expected" ] || fail "vigor catalog lists $listed NFs, the source catalog has $expected"

# The engine's parsers and the bundled headers work inside the trimmed runtime: check the bundled
# bridge's spec against its C code (Jython, ANTLR and the libVig headers all take part).
app=$work/opt/vigor/lib/app
out=$(cd "$work" && run check --nf "$app/nf-catalog/bridge" "$app/nf-catalog/bridge/spec.py") ||
  fail "vigor check --nf bridge exited $?: $out"
echo "$out" | sed 's/^/  vigor check     | /'

# Z3's native library loads from the trimmed runtime and proves something: verify the bundled
# bridge's no_loop property (one of the fastest) end to end.
out=$(cd "$work" && run verify "$app/nf-catalog/bridge" --prop no_loop) ||
  fail "vigor verify --prop no_loop exited $?: $out"
echo "$out" | sed 's/^/  vigor verify    | /'
echo "$out" | grep -q 'proved' || fail "vigor verify did not print proved: $out"

echo "deb smoke test: passed"
