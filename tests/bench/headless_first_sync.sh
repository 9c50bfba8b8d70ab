#!/bin/bash
# SPDX-FileCopyrightText: 2026 API Access Console developers
# SPDX-License-Identifier: GPL-3.0-or-later
# A first sync of a maximal organization (500 keys × 20 entries, 250 projects, a feed of more than 10,000
# events) through the headless `apiaccess sync`, against the emulator in its own process with injected
# latency, as an admin's nightly job would run it. Prints the time beside the round-trip bound
# (requests × latency ÷ 6 connections). Not run by ctest: build Release first (cmake --preset release &&
# cmake --build --preset release), then: tests/bench/headless_first_sync.sh [BUILD_DIR] [LATENCY_MS]
set -euo pipefail
build=${1:-build}
latency=${2:-50}
work=$(mktemp -d)
trap 'kill "$emulator" 2>/dev/null || true; rm -rf "$work"' EXIT
export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config QT_QPA_PLATFORM=offscreen
"$build/app/emulator/apiaccess-emulator" --port 0 --latency "$latency" \
    --generate orgs=1,keys=500,entries=20,projects=250,seed=9 > "$work/emulator.json" 2> "$work/emulator.log" &
emulator=$!
for _ in $(seq 100); do [ -s "$work/emulator.json" ] && break; sleep 0.1; done
field() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])" "$work/emulator.json" "$1"; }
url=$(field url); public=$(field publicKey); org=$(field orgId)
APIACCESS_PRIVATE_KEY=$(field privateKey)
export APIACCESS_PRIVATE_KEY
for run in first second; do
    start=$(date +%s%N)
    "$build/app/apiaccess" sync --url "$url" --public-key "$public" --org "$org" > "$work/sync.log" 2>&1
    end=$(date +%s%N)
    requests=$("$build/app/apiaccess" snapshots --org "$org" --json 2> "$work/snapshots.err" \
        | python3 -c "import json,sys; d=json.load(sys.stdin); d=d.get('snapshots', d) if isinstance(d, dict) else d; print(d[-1]['requests'])" \
        2> "$work/python.err" || echo 0)
    cat "$work/snapshots.err" "$work/python.err" >&2 || true
    ms=$(( (end - start) / 1000000 ))
    if [ "$run" = first ] && [ "$requests" -gt 0 ] && [ "$latency" -gt 0 ]; then
        bound=$(( requests * latency / 6 ))
        echo "$run sync: $requests requests in $ms ms; round-trip bound $bound ms; ratio $(python3 -c "print(round($ms/$bound, 2))")"
    else
        echo "$run sync: $requests requests in $ms ms"
    fi
done
