#!/usr/bin/env bash
# MIDL reviewer assignment (Kobren, Saha, McCallum, KDD 2019): converts the public NumPy files, runs both objectives
# as whole processes, and prints total affinity, worst paper's affinity sum and wall time for each.
# Usage: benchmarks/midl.sh <folder with scores.npy covs.npy loads.npy> [time limit in seconds for fair, default 10]
# Needs jq and a Release build: dotnet build -c Release src/LcPeers.Cli
set -euo pipefail
data=${1:?folder with scores.npy, covs.npy and loads.npy}
limit=${2:-10}
cli="$(dirname "$0")/../src/LcPeers.Cli/bin/Release/net10.0/LcPeers.Cli.dll"
scale=500000
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet "$cli" import-npy --scores "$data/scores.npy" --coverages "$data/covs.npy" --loads "$data/loads.npy" \
  --scale "$scale" --out "$work/midl.json"
for objective in total fair; do
  start=$(date +%s.%N)
  dotnet "$cli" assign "$work/midl.json" --objective "$objective" --time-limit "$limit" > "$work/$objective.json"
  end=$(date +%s.%N)
  # cost = (1 - affinity) x scale per pair, so affinity = pairs - cost / scale.
  jq -r --arg o "$objective" --argjson s "$scale" --arg t "$(echo "$end - $start" | bc)" '
    (.assignments | length) as $n
    | "\($o): total affinity \(($n - .totalCost / $s) * 100 | round / 100), worst paper \((.worstRequest.experts - .worstRequest.cost / $s) * 1000 | round / 1000) (\(.worstRequest.request)), gap \(.gap // "-"), \($t) s"' \
    "$work/$objective.json"
done
