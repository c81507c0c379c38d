#!/usr/bin/env bash
# Writes target/feedback-encoder/heldout.tsv (or $1): the UCI "Sentiment Labelled Sentences" (Kotzias et al., KDD 2015;
# 1,000 Amazon, 1,000 IMDb and 1,000 Yelp sentences, labelled positive or negative) from the test fixtures of the
# `sentiment` npm package (MIT), as label<TAB>source<TAB>text lines for `bench/listening.sh heldout`. Agora's models
# never learn from them. Needs npm and python3.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${1:-$root/target/feedback-encoder/heldout.tsv}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent sentiment@5.0.2 >/dev/null && tar xzf sentiment-5.0.2.tgz)
mkdir -p "$(dirname "$out")"
python3 - "$tmp/package/test/fixtures" "$out" <<'PY'
import json, sys
rows = []
for source in ['amazon', 'imdb', 'yelp']:
    for x in json.load(open(f'{sys.argv[1]}/{source}.json', encoding='utf-8')):
        rows.append(f"{x['class']}\t{source}\t{' '.join(x['text'].split())}\n")
open(sys.argv[2], 'w', encoding='utf-8').write(''.join(rows))
print(f'{len(rows)} sentences in {sys.argv[2]}')
PY
