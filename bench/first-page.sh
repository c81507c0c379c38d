#!/usr/bin/env bash
# Time from the README's run command to the first page served, on a fresh embedded database (demo data seeded).
# Usage: bench/first-page.sh [runs]   — prints one line per run and a summary line.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
port=18080
./mvnw -B -q -DskipTests package >/dev/null   # build once, so each run measures start-up, not compilation
total=0
for i in $(seq 1 "$runs"); do
  data=$(mktemp -d)
  start=$(date +%s%N)
  setsid ./mvnw -B -q spring-boot:run -Dspring-boot.run.arguments="--server.port=$port --agora.data-dir=$data" \
    >"$data/run.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://localhost:$port/login"; do
    sleep 0.1
    kill -0 "$pid" 2>/dev/null || { echo "Agora did not start; see $data/run.log"; exit 1; }
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  total=$((total + ms))
  echo "run $i: first page after ${ms} ms"
  kill -- -"$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  sleep 1
  rm -rf "$data"
done
echo "first_page_ms_mean=$((total / runs)) runs=$runs"
