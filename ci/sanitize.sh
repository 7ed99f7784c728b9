#!/usr/bin/env bash
# sanitize.sh - builds the native library and its C tests with sanitizers and runs ctest:
#   build/asan : AddressSanitizer + UndefinedBehaviorSanitizer, -fno-sanitize-recover=all,
#                every test (check_isa excluded: sanitizer instrumentation is not shipped code);
#   build/tsan : ThreadSanitizer, the concurrent tests (ring, pool) with smaller stress counts.
# Exits non-zero on any failure. Usage: ci/sanitize.sh [asan|tsan]... (default: both)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
jobs="${TALEBIAN_JOBS:-2}"
what=("$@")
[[ ${#what[@]} -eq 0 ]] && what=(asan tsan)

run_asan() {
    cmake -S . -B build/asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTALEBIAN_SANITIZE=address,undefined \
        -DTALEBIAN_STRESS_ITEMS=2000000 -DTALEBIAN_POOL_ITERS=300000 >/dev/null
    cmake --build build/asan --parallel "$jobs"
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --test-dir build/asan --output-on-failure -E check_isa
}

run_tsan() {
    cmake -S . -B build/tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTALEBIAN_SANITIZE=thread \
        -DTALEBIAN_STRESS_ITEMS=1000000 -DTALEBIAN_POOL_ITERS=200000 >/dev/null
    cmake --build build/tsan --parallel "$jobs" --target test_ring test_pool
    # TSan needs a low-entropy address space on some kernels (vm.mmap_rnd_bits > 28):
    # re-run under setarch -R when the first attempt fails on "unexpected memory mapping".
    if ! TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 \
        ctest --test-dir build/tsan --output-on-failure -R '^(ring|pool)$'; then
        if command -v setarch >/dev/null; then
            echo "sanitize: retrying TSan tests with ASLR disabled (setarch -R)"
            TSAN_OPTIONS=halt_on_error=1 setarch "$(uname -m)" -R \
                ctest --test-dir build/tsan --output-on-failure -R '^(ring|pool)$'
        else
            return 1
        fi
    fi
}

for w in "${what[@]}"; do
    case "$w" in
    asan) echo "== ASan + UBSan (build/asan)"; run_asan ;;
    tsan) echo "== TSan (build/tsan)"; run_tsan ;;
    *) echo "usage: $0 [asan|tsan]..." >&2; exit 2 ;;
    esac
done
echo "sanitize: all OK"
