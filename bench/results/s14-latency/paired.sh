#!/bin/bash
# paired.sh STORE SOURCES ROUNDS OUT
STORE=$1; SRC=$2; ROUNDS=$3; OUT=$4
for r in $(seq 1 $ROUNDS); do
  for v in base nocache cache; do
    root=/tmp/lat/wt; env=""
    [ $v = base ] && root=/tmp/lat/base
    [ $v = nocache ] && env="PROTOKOL_ANSWER_CACHE_MB=0"
    env $env node /tmp/lat/load.mjs $root $STORE $SRC 10 50 2>/dev/null | sed "s/^{/{\"variant\":\"$v\",\"round\":$r,/" >> $OUT
  done
done
