#!/usr/bin/env bash
# dev.sh — the project's set-up, in one place. On a fresh Debian 12 machine:
#
#   bash scripts/dev.sh demo   install what is missing, build, run the main job
#                              on the bundled corpus: normalize a sheet, extract
#                              a record per sheet, print the accuracy table
#   bash scripts/dev.sh test   install what is missing, build, run every test;
#                              then the same suite again under ASan+UBSan, and
#                              the threads test and `jnorm extract -j 4` under
#                              ThreadSanitizer
#   bash scripts/dev.sh deps   only install what is missing
#
# Missing Debian packages are installed with apt-get (as root, or through
# sudo); everything else happens inside the work tree (build/, build-asan/).
set -euo pipefail

cd "$(dirname "$0")/.."
JOBS=$(nproc 2>/dev/null || echo 2)

# Every package the build, the tests and the sanitizer run need.
PACKAGES=(build-essential cmake pkg-config libicu-dev libmecab-dev mecab
  mecab-ipadic-utf8 libpcre2-dev libjansson-dev libxml2-dev libcmocka-dev python3
  w3m lynx elinks pandoc html2text python3-html2text poppler-utils)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

install_deps() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
      missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    say "dependencies: all present (${PACKAGES[*]})"
    return
  fi
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || {
      echo "dev.sh: need root (or sudo) to install: ${missing[*]}" >&2
      exit 77
    }
    sudo=(sudo)
  fi
  say "installing: ${missing[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
    --no-install-recommends "${missing[@]}"
}

build() { # DIR BUILD_TYPE
  say "building $2 in $1"
  cmake -S . -B "$1" -DCMAKE_BUILD_TYPE="$2" -DJNORM_WERROR=ON >/dev/null
  cmake --build "$1" -j "$JOBS" >&2 # stdout is for the results
}

run_tests() { # DIR
  say "testing $1"
  (cd "$1" && ctest --output-on-failure -j "$JOBS")
}

case "${1:-}" in
deps)
  install_deps
  ;;
demo)
  install_deps
  build build Release
  say "normalizing a bundled sheet: jnorm normalize --html corpus/sheets/s004_messy.txt (first 20 lines)"
  build/cli/jnorm normalize --html corpus/sheets/s004_messy.txt | head -n 20
  say "extracting one record per sheet: jnorm extract -j 0 corpus/generated/*.txt corpus/sheets/*.txt > build/demo/records.jsonl"
  mkdir -p build/demo
  build/cli/jnorm extract -j 0 corpus/generated/*.txt corpus/sheets/*.txt >build/demo/records.jsonl
  cat corpus/gold/generated.jsonl corpus/gold/handwritten.jsonl >build/demo/gold.jsonl
  say "scoring the bundled corpus against its gold: jnorm eval --gold build/demo/gold.jsonl build/demo/records.jsonl"
  build/cli/jnorm eval --gold build/demo/gold.jsonl build/demo/records.jsonl | sed '/^misses/,$d'
  ;;
test)
  install_deps
  build build Release
  run_tests build
  build build-asan Asan
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
    run_tests build-asan
  say "building test_threads and jnorm under ThreadSanitizer in build-tsan"
  cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=Tsan -DJNORM_WERROR=ON >/dev/null
  cmake --build build-tsan -j "$JOBS" --target test_threads jnorm >&2
  TSAN_OPTIONS=halt_on_error=1 build-tsan/tests/test_threads
  say "jnorm extract -j 4 on corpus/generated under TSan: the same bytes as -j 1 in Release"
  TSAN_OPTIONS=halt_on_error=1 build-tsan/cli/jnorm extract -j 4 corpus/generated/*.txt \
    corpus/sheets/*.txt >build-tsan/extract_j4.jsonl
  build/cli/jnorm extract corpus/generated/*.txt corpus/sheets/*.txt |
    cmp - build-tsan/extract_j4.jsonl
  say "all tests passed (Release, ASan+UBSan, and the threads test and extract -j 4 under TSan)"
  ;;
*)
  sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 64
  ;;
esac
