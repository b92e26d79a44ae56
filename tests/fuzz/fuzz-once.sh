#!/bin/sh
# fuzz-once.sh SCRATCH CORPUS FUZZER ARGS...: fuzz from the committed CORPUS into an emptied
# scratch folder (libFuzzer writes new inputs into the first folder it is given, so the committed
# corpus is only read), keeping any crash input in SCRATCH/crashes.
set -eu
scratch=$1
corpus=$2
shift 2
rm -rf "$scratch"
mkdir -p "$scratch/new" "$scratch/crashes"
exec "$@" -artifact_prefix="$scratch/crashes/" "$scratch/new" "$corpus"
