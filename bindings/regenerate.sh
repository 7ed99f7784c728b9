#!/usr/bin/env bash
# Regenerates the FFM bindings in bindings/src/main/java/io/talebian/bindings from
# native/include/talebian.h with jextract (https://jdk.java.net/jextract/), keeping only the
# tlb_ symbols (an allow-list derived from the header itself, so a new function or struct is
# picked up without editing this script).
#
# The committed sources are in jextract's layout with two deliberate touches that a regeneration
# loses and that must be re-applied by hand (TalebianHeaderTest guards the rest):
#   - each function holder resolves its address in a nested Linked class, so descriptors can be
#     read (and the header test run) without the native library;
#   - the symbol lookup is SymbolLookup.loaderLookup() (the library is System.load-ed by
#     io.talebian.nativelib.NativeLibrary) with a fallback to -Dtalebian.library.path.
# After regenerating: review `git diff bindings/`, then run
#   mvn -B -o -q -pl bindings verify
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
header="$root/native/include/talebian.h"
out="$here/src/main/java"
pkg=io.talebian.bindings

if ! command -v jextract >/dev/null 2>&1; then
    echo "regenerate.sh: jextract is not on PATH." >&2
    echo "  Install it from https://jdk.java.net/jextract/ (a build matching JDK 22+), put its bin/" >&2
    echo "  directory on PATH and run this script again. Nothing was changed." >&2
    exit 2
fi

strip_comments() { sed -e 's://.*$::' "$header" | perl -0pe 's:/\*.*?\*/::gs'; }

args=()
# functions: TLB_API <type> tlb_name(
while read -r f; do args+=(--include-function "$f"); done < <(
    strip_comments | tr '\n' ' ' | grep -oE 'TLB_API[^;(]*\btlb_[a-z0-9_]+[[:space:]]*\(' |
        grep -oE 'tlb_[a-z0-9_]+' | sort -u)
# structs and their typedefs
while read -r s; do args+=(--include-struct "$s" --include-typedef "$s"); done < <(
    strip_comments | grep -oE 'typedef struct tlb_[a-z0-9_]+_t' | awk '{print $3}' | sort -u)
# constants
while read -r c; do args+=(--include-constant "$c"); done < <(
    strip_comments | grep -oE '^#define TLB_[A-Z0-9_]+[[:space:]]+[^[:space:]]' | awk '{print $2}' |
        grep -v '^TLB_API$' | sort -u)

echo "jextract: ${#args[@]} allow-list arguments"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
jextract --target-package "$pkg" --header-class-name talebian_h \
    --output "$tmp" -I "$root/native/include" "${args[@]}" "$header"
rm -f "$out/${pkg//.//}"/*.java
mkdir -p "$out/${pkg//.//}"
cp "$tmp/${pkg//.//}"/*.java "$out/${pkg//.//}/"
echo "regenerated $(ls "$out/${pkg//.//}" | wc -l) files in $out/${pkg//.//}"
