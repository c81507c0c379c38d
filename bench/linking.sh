#!/usr/bin/env bash
# A first load in the server over a generated CSV source of N people resolved with the demo's parties.
# Usage: bench/linking.sh [records]   (BENCH_HEAP=2g by default)
set -euo pipefail
cd "$(dirname "$0")/.."
records="${1:-100000}"
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test >/dev/null
"${JAVA_HOME:-/usr}/bin/java" -Xmx"${BENCH_HEAP:-2g}" \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" app.agora.federation.internal.bench.LinkingBench "$records"
