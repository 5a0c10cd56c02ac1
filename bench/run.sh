#!/usr/bin/env bash
# Runs issue 7's benchmarks in sequence on this machine and writes their tables into BENCHMARKS.md:
#   bench/run.sh [--size 100k|1m] [--quick] [--file FILE] [--jfr]
# Pages under load (wrk), cold start and resident memory (`load`), import throughput (`import`) and the search
# side-by-side with PostgreSQL and SQLite FTS5 (`search-compare`). The section goes between
# <!-- bench:SIZE:start --> and <!-- bench:SIZE:end --> in FILE (BENCHMARKS.md by default), replacing the last
# run's; the rest of the file is left as it is. --quick (a 2,000-post site, 5 s per page) takes a few minutes and
# writes to a file of its own unless --file names one. Installs wrk and PostgreSQL 15 with apt when missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

size=100k
quick=0
jfr=()
file=""
while [ $# -gt 0 ]; do
    case "$1" in
        --size) size="${2:?--size needs 100k or 1m}"; shift 2 ;;
        --quick) quick=1; shift ;;
        --file) file="${2:?--file needs a path}"; shift 2 ;;
        --jfr) jfr=(--jfr); shift ;;
        -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "bench/run.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
    esac
done
case "$size" in
    100k) posts=100000 ;;
    1m) posts=1000000 ;;
    *) echo "bench/run.sh: --size must be 100k or 1m, not '$size'" >&2; exit 2 ;;
esac
command_line="bench/run.sh --size $size"
[ $quick = 1 ] && command_line+=" --quick"
[ ${#jfr[@]} = 0 ] || command_line+=" --jfr"
key="$size"
if [ $quick = 1 ]; then
    posts=2000
    key="quick"
fi
run_dir="$(mktemp -d "/tmp/parley-bench-run-$key.XXXXXX")"
[ -n "$file" ] || file="$([ $quick = 1 ] && echo "$run_dir/BENCHMARKS-quick.md" || echo "$root/BENCHMARKS.md")"
log() { echo "bench/run.sh: $*" >&2; }

# --- what the benchmarks need --------------------------------------------------------------------------------------
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
[ -x /usr/lib/postgresql/15/bin/initdb ] || missing+=(postgresql-15)
if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}"
fi

log "building"
JAVA_HOME="$("$root/parley" java-home)"
export JAVA_HOME
./mvnw -B -ntp -q package -DskipTests -pl parley-app,parley-bench -am

# --- the machine ---------------------------------------------------------------------------------------------------
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
load_before="$(loadavg)"
started="$(date -u '+%Y-%m-%d %H:%M UTC')"
# Descriptions only: a tool that is missing or exits non-zero (wrk -v does) must not stop the run.
cpu_model="$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | sed -n 1p || true)"
cpus="$(nproc || true)"
memory="$(free -g 2>/dev/null | awk '/^Mem:/ {print $2 " GB"}' || true)"
os="$( (. /etc/os-release && echo "$PRETTY_NAME") || true), kernel $(uname -r)"
jdk="$("$JAVA_HOME/bin/java" -version 2>&1 | sed -n 1p || true)"
wrk_version="$(wrk -v 2>&1 | sed -n 1p | cut -d' ' -f1-2 || true)"

# --- the benchmarks ------------------------------------------------------------------------------------------------
quick_args=()
[ $quick = 1 ] && quick_args=(--quick)

log "load: pages under wrk, cold start, memory ($posts posts)"
./parley-bench/run load --posts "$posts" "${quick_args[@]}" "${jfr[@]}" --out "$run_dir/load.md" \
    | tee "$run_dir/load.log"

log "import: the dump into a fresh store, no search beside it ($posts posts)"
./parley-bench/run import --posts "$posts" --search off --out "$run_dir/import.md" | tee "$run_dir/import.log"
import_data="$(sed -n 's/^data directory (delete when done): //p' "$run_dir/import.log")"
[ -n "$import_data" ] && [ -d "$import_data" ] && rm -rf "$import_data"

log "search-compare: Parley beside PostgreSQL 15 full-text search and SQLite FTS5 ($posts posts)"
queries=()
[ $quick = 1 ] || queries=(--queries 1000)
# At 1M one pass of the slowest engine (FTS5) takes about 12 minutes; the cold pass has already read every index
# page into the OS cache, so one warm-up pass instead of two keeps the run near two hours without colder figures.
[ "$size" = 1m ] && [ $quick = 0 ] && queries+=(--warmup-passes 1)
./parley-bench/run search-compare --posts "$posts" "${queries[@]}" "${quick_args[@]}" --out "$run_dir/search.md" \
    | tee "$run_dir/search.log"

load_after="$(loadavg)"

# --- the section ---------------------------------------------------------------------------------------------------
{
    echo "### $size posts$([ $quick = 1 ] && echo " (quick: a 2,000-post site, short runs)"), $started"
    echo
    echo "Command: \`$command_line\`, run from the project root at commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . 2>/dev/null || echo " with uncommitted changes")."
    echo
    echo "| CPU | cores | memory | OS | JDK | wrk | load average before | load average after |"
    echo "|---|---|---|---|---|---|---|---|"
    echo "| $cpu_model | $cpus | $memory | $os | $jdk | $wrk_version | $load_before | $load_after |"
    echo
    echo "The machine is shared with other engineers' builds and tests, so compare figures within a run, not absolute"
    echo "times across runs."
    echo
    echo "#### Pages under load, cold start, memory"
    echo
    cat "$run_dir/load.md"
    echo
    echo "#### Import throughput"
    echo
    echo "\`./parley-bench/run import --posts $posts --search off\`: the same dump into a fresh SQLite store in its own"
    echo "JVM (\`-Xmx512m\`), no server beside it; \"inside\" is the importer's own clock (target ≥ 5,000 posts/s at 1M)."
    echo
    cat "$run_dir/import.md"
    echo
    echo "#### Search side by side"
    echo
    cat "$run_dir/search.md"
} > "$run_dir/section.md"

./parley-bench/run bench-section --file "$file" --key "$key" --from "$run_dir/section.md"
log "done: section '$key' in $file; logs in $run_dir"
