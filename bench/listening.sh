#!/usr/bin/env bash
# The listening text engine's figures (docs/BENCHMARKS.md), without a server or a database:
#   bench/listening.sh sentiment [--train] [--grid]      5-fold cross-validated macro-F1 on VADER's Amazon review
#                                                         snippets; --train writes src/main/resources/listening/
#                                                         sentiment-model.txt, the weights the application ships
#   bench/listening.sh heldout [--file F]                macro-F1 of the shipped sentiment model on labelled sentences it
#                                                         never saw (label<TAB>source<TAB>text; tools/feedback-encoder/
#                                                         heldout.sh writes the UCI Amazon/IMDb/Yelp sentences so, into
#                                                         target/feedback-encoder/heldout.tsv, the default F)
#   bench/listening.sh themes [--similarity 0.5] [--seed 42] [--names 15]
#                                                         NMI of the themes found in BANKING77 against its 77 intents
#   bench/listening.sh tagging [--batch 1024] [--repeat 3] items tagged per second (embedding, language, sentiment)
#   bench/listening.sh pipeline [N]                       the same inside Agora: N items (10,000) stored, then tagged by
#                                                         the tagging worker with names, themes and database writes
#   bench/listening.sh signal [R]                         Agora with its tagging thread: R signals (20) raised from
#                                                         BANKING77 items logged one by one; commit-to-signal latency
# The data folder is ../shared/data/feedback beside the repository unless --data DIR or LISTENING_DATA says otherwise.
# Builds the jar first when it is missing or older than the sources. Extra JVM options: BENCH_JAVA_OPTS. The last
# line holds the figures.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
mode="${1:?usage: bench/listening.sh sentiment|heldout|themes|tagging|pipeline|signal [options]}"
shift
jar="$root/target/agora-0.1.0-SNAPSHOT.jar"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
data="${LISTENING_DATA:-$root/../shared/data/feedback}"
if [ ! -f "$jar" ] || [ -n "$(find "$root/src/main" "$root/pom.xml" -newer "$jar" -print -quit)" ]; then
  echo "building $jar ..." >&2
  (cd "$root" && ./mvnw -B -q -DskipTests package >&2)
fi
cd "$root"
if [ "$mode" = pipeline ] || [ "$mode" = signal ]; then
  # Agora itself on an in-memory H2 of its own (a random port, no demo).
  exec "$java" --enable-native-access=ALL-UNNAMED ${BENCH_JAVA_OPTS:--Xmx2g} -Dagora.bench.data="$data" \
    -Dloader.main=app.agora.listening.internal.PipelineBench \
    -cp "$jar" org.springframework.boot.loader.launch.PropertiesLauncher "$mode" "$@"
fi
# The Spring Boot jar's PropertiesLauncher runs another main class with the jar's libraries; Spring never starts.
exec "$java" --enable-native-access=ALL-UNNAMED ${BENCH_JAVA_OPTS:--Xmx2g} -Dloader.main=app.agora.listening.internal.text.bench.ListeningBench \
  -cp "$jar" org.springframework.boot.loader.launch.PropertiesLauncher "$mode" --data "$data" "$@"
