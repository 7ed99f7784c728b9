#!/usr/bin/env bash
# check-isa.sh - fail if any AVX / AVX-512 instruction appears outside the *_avx2 / *_avx512
# translation units of the native library (the shipped .so must run on any x86-64 CPU; the
# SIMD tiers are only entered after CPUID + XGETBV said yes).
#
# Usage: ci/check-isa.sh [build-dir]   (default build/native, relative to the repo root)
# Checks, with objdump -d:
#   1. every object file of the library except *_avx2.c.o / *_avx512.c.o (baseline TUs, the
#      JNI glue included);
#   2. the shipped libtalebian-*.so, function by function: only functions whose name ends in
#      _avx2 / _avx512 (optionally followed by a GCC clone suffix such as .cold) may hold them;
#   3. (bonus) the .so exports only tlb_* and the JNI glue's Java_* / JNI_On* symbols.
# "AVX instruction" = a VEX/EVEX mnemonic (v-prefixed), a ymm/zmm register, xmm16-31, or an
# opmask register k0-k7. Exit 0 clean, 1 violations, 77 tool or input missing (ctest: skipped).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build/native}"
command -v objdump >/dev/null || { echo "check-isa: objdump not found (install binutils)"; exit 77; }

objdir="$build/CMakeFiles/talebian.dir"
so=$(ls "$build"/libtalebian-*.so 2>/dev/null | head -n 1 || true)
if [[ ! -d "$objdir" || -z "$so" ]]; then
    echo "check-isa: no library objects in $build (build it first)"; exit 77
fi

# awk program: reads objdump -d output, prints "function: instruction" for offending lines.
# Functions allowed to hold AVX are selected by the ALLOW regex on the function name.
scan='
/^[0-9a-f]+ <.*>:$/ { fn = $2; gsub(/[<>:]/, "", fn); next }
/^ *[0-9a-f]+:\t/ {
    split($0, f, "\t"); ins = f[2]
    if (ins ~ /^v[a-z]/ || ins ~ /%[yz]mm[0-9]/ || ins ~ /%xmm(1[6-9]|2[0-9]|3[01])/ || ins ~ /%k[0-7]/) {
        if (allow == "" || fn !~ allow) { print fn ": " ins; bad++ }
    }
}
END { exit bad > 0 }'

status=0
nobj=0
while IFS= read -r -d "" obj; do
    case "$obj" in *_avx2.c.o|*_avx512.c.o) continue ;; esac
    nobj=$((nobj + 1))
    if ! out=$(objdump -d --no-show-raw-insn "$obj" | awk -v allow="" "$scan"); then
        echo "check-isa: AVX instructions in baseline object ${obj#$build/}:"; echo "$out" | head -20
        status=1
    fi
done < <(find "$objdir" -name '*.o' -print0)

if ! out=$(objdump -d --no-show-raw-insn "$so" | awk -v allow='_avx(2|512)([.].*)?$' "$scan"); then
    echo "check-isa: AVX instructions outside *_avx2/*_avx512 functions in ${so#$build/}:"; echo "$out" | head -20
    status=1
fi
# 3. Exported symbols: only the API (tlb_*) and the JNI glue (Java_*, JNI_OnLoad/OnUnload).
if command -v nm >/dev/null; then
    extra=$(nm -D --defined-only "$so" | awk '{print $NF}' | grep -vE '^(tlb_|Java_|JNI_On)' || true)
    if [[ -n "$extra" ]]; then
        echo "check-isa: unexpected exported symbols in ${so#$build/}:"; echo "$extra" | head -20
        status=1
    fi
fi
navx=$(objdump -d --no-show-raw-insn "$so" | grep -cE $'\t(v[a-z]|.*%[yz]mm)' || true)
if [[ $status -eq 0 ]]; then
    echo "check-isa: OK ($nobj baseline objects clean; $(basename "$so"): $navx AVX instructions, all in *_avx2/*_avx512 functions)"
fi
exit $status
