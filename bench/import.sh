#!/usr/bin/env bash
# Import rate of a generated CSV of parties into an embedded H2 file database, with a bounded heap.
# Usage: bench/import.sh [rows] [spring settings…]   (BENCH_HEAP=256m by default)
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-100000}"
shift || true
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test >/dev/null
"${JAVA_HOME:-/usr}/bin/java" -Xmx"${BENCH_HEAP:-256m}" \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" app.agora.bench.ImportBench "$rows" "$@"
