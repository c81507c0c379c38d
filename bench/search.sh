#!/usr/bin/env bash
# Community search latency on a generated index (docs/BENCHMARKS.md, "Search").
# Usage: bench/search.sh [posts=1000000] [queries=5000]        in process, on a generated index
#        bench/search.sh http://localhost:8080 [queries=2000]   through HTTP, against a running Agora
# BENCH_HEAP=1500m by default; BENCH_JAVA_OPTS for more (e.g. -Dbench.index=target/search-bench-index to keep the
# generated index and reuse it next time).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test >/dev/null
exec "${JAVA_HOME:-/usr}/bin/java" -Xmx"${BENCH_HEAP:-1500m}" --add-modules jdk.incubator.vector ${BENCH_JAVA_OPTS:-} \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  app.agora.community.internal.search.SearchBench "$@"
