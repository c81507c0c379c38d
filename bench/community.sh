#!/usr/bin/env bash
# The community's benchmarks on PostgreSQL (docs/BENCHMARKS.md), from a fresh clone:
#   bench/community.sh seed   [--posts 1000000]                                   fill the bench database
#   bench/community.sh thread [--clients 64 --seconds 30 --warmup-seconds 10 --spread zipf|uniform]
#   bench/community.sh post   [--rate 200 --seconds 60 --warmup-seconds 30 --writers 32]
# Builds the jar when it is missing or older than the sources, creates the database (BENCH_DB, agora_bench) on
# PostgreSQL at 127.0.0.1:5432 (BENCH_PG_USER postgres, trust or BENCH_PG_PASSWORD) when missing, starts Agora on it
# (port BENCH_PORT, 8096; demo accounts seeded once, demo linking off; JVM options BENCH_APP_OPTS, by default
# -Xms1g -Xmx1g -XX:MaxGCPauseMillis=10: G1 then keeps young pauses near 10 ms), seeds 1,000,000
# posts when they are not there yet, runs the load and stops Agora. The last line holds the figures.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
mode="${1:?usage: bench/community.sh seed|thread|post [options]}"
shift
jar="$root/target/agora-0.1.0-SNAPSHOT.jar"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
db="${BENCH_DB:-agora_bench}"
pg_user="${BENCH_PG_USER:-postgres}"
port="${BENCH_PORT:-8096}"
url="jdbc:postgresql://127.0.0.1:5432/$db"
if [ ! -f "$jar" ] || [ -n "$(find "$root/src/main" "$root/pom.xml" -newer "$jar" -print -quit)" ]; then
  echo "building $jar ..." >&2
  (cd "$root" && ./mvnw -B -q -DskipTests package >&2)
fi
export PGPASSWORD="${BENCH_PG_PASSWORD:-}"
if ! psql -h 127.0.0.1 -U "$pg_user" -d postgres -tAc "select 1 from pg_database where datname = '$db'" | grep -q 1; then
  psql -h 127.0.0.1 -U "$pg_user" -d postgres -qc "create database $db"
fi
data="$(mktemp -d)"
# The search index of the bench database outlives a run: built once (minutes for 1,000,000 posts), then reused.
index_dir="${BENCH_INDEX_DIR:-$HOME/.cache/agora-bench/$db-search-index}"
mkdir -p "$index_dir"
echo "starting Agora on $url, port $port (log: $data/agora.log)" >&2
"$java" ${BENCH_APP_OPTS:--Xms1g -Xmx1g -XX:MaxGCPauseMillis=10} -jar "$jar" --spring.profiles.active=postgres --server.port="$port" \
  --spring.datasource.url="$url" --spring.datasource.username="$pg_user" --spring.datasource.password="$PGPASSWORD" \
  --agora.demo.enabled=true --agora.demo.link-records=false --agora.data-dir="$data" \
  --agora.community.search.index-dir="$index_dir" \
  --management.endpoint.health.probes.enabled=true >"$data/agora.log" 2>&1 &
app=$!
stop_app() {
  kill "$app" 2>/dev/null || return 0
  for _ in $(seq 1 40); do kill -0 "$app" 2>/dev/null || return 0; sleep 0.5; done
  echo "Agora did not stop within 20 s; killed" >&2
  kill -9 "$app" 2>/dev/null || true
}
trap stop_app EXIT
# Ready (accepting traffic) once the demo accounts are seeded.
until curl -fs -m 10 -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; do
  sleep 0.5
  kill -0 "$app" 2>/dev/null || { echo "Agora did not start; see $data/agora.log" >&2; tail -30 "$data/agora.log" >&2; exit 1; }
done
bench() {
  "$java" -Xmx1g -Dloader.main=app.agora.community.internal.bench.CommunityBench -cp "$jar" \
    org.springframework.boot.loader.launch.PropertiesLauncher "$@" --base "http://127.0.0.1:$port" --db-url "$url" \
    --db-user "$pg_user" --db-password "$PGPASSWORD"
}
case "$mode" in
  seed) bench seed "$@" ;;
  thread|post) bench seed --posts "${BENCH_POSTS:-1000000}" >&2; bench "$mode" "$@" ;;
  *) echo "unknown: $mode" >&2; exit 2 ;;
esac
