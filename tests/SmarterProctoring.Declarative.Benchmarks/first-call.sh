#!/usr/bin/env bash
# Measures, against the sandbox served by the CLI on 127.0.0.1:
#   - the Native AOT binary size of a minimal generated consumer and of the same call written by hand;
#   - the time from process start to the first parsed response (median of RUNS runs) for both, as AOT binaries and
#     as JIT builds, and for the Native-AOT CLI itself.
# Wall-clock medians move by milliseconds on a busy machine, so the repeatable figure is the instruction count from
# process start to exit under valgrind's callgrind (the same for the same binary and inputs, whatever else runs).
# Usage: tests/SmarterProctoring.Declarative.Benchmarks/first-call.sh [RUNS]   (needs clang, zlib1g-dev, valgrind)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-20}"
out="$(mktemp -d)"
trap 'kill "${sandbox_pid:-}" 2>/dev/null || true; rm -rf "$out"' EXIT

publish() { dotnet publish "$1" -c Release -r linux-x64 -o "$2" -p:TreatWarningsAsErrors=true >"$out/publish.log" 2>&1 || { cat "$out/publish.log"; exit 1; }; }
publish tests/SmarterProctoring.Declarative.Benchmarks/FirstCall/Generated/FirstCall.Generated.csproj "$out/aot-generated"
publish tests/SmarterProctoring.Declarative.Benchmarks/FirstCall/HandWritten/FirstCall.HandWritten.csproj "$out/aot-hand"
publish samples/SmarterProctoring.Cli/SmarterProctoring.Cli.csproj "$out/cli"
# valgrind cannot read Native AOT's separate debug files; they are not needed to count instructions.
find "$out" -name '*.dbg' -delete
for app in Generated HandWritten; do
  dotnet build -c Release "tests/SmarterProctoring.Declarative.Benchmarks/FirstCall/$app/FirstCall.$app.csproj" -o "$out/jit-$app" -p:PublishAot=false >"$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }
done

"$out/cli/smarterproctoring" sandbox >"$out/sandbox.txt" &
sandbox_pid=$!
for _ in $(seq 100); do grep -q '^config' "$out/sandbox.txt" 2>/dev/null && break; sleep 0.1; done
field() { awk -v k="$1" '$1 == k { print $2 }' "$out/sandbox.txt"; }
base=$(field base-url); export SMARTERPROCTORING_TOKEN=$(field token)
sids=("$(field install)" "$(field course)" "$(field exam)" "$(field config)")

median_ms() {
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N); "$@" >/dev/null; end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "%.1f", a[int((NR + 1) / 2)] / 1000 }'
}

size() { stat -c %s "$1"; }
instructions() {
  command -v valgrind >/dev/null || { echo "n/a"; return; }
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | awk '/Collected/ { print $4 }'
}
gen_size=$(size "$out/aot-generated/FirstCall.Generated"); hand_size=$(size "$out/aot-hand/FirstCall.HandWritten")
hand_instr=$(instructions "$out/aot-hand/FirstCall.HandWritten" "$base" "${sids[@]}")
gen_instr=$(instructions "$out/aot-generated/FirstCall.Generated" "$base" "${sids[@]}")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf " (%.3fx)", a / b }'; }
echo "| app | AOT binary | AOT: instructions, start to exit | AOT: wall clock (median of $runs) | JIT: wall clock (median of $runs) |"
echo "|---|---:|---:|---:|---:|"
echo "| hand-written HttpClient + STJ context | $hand_size B | $hand_instr | $(median_ms "$out/aot-hand/FirstCall.HandWritten" "$base" "${sids[@]}") ms | $(median_ms dotnet "$out/jit-HandWritten/FirstCall.HandWritten.dll" "$base" "${sids[@]}") ms |"
echo "| SmarterProctoring.Declarative (generated) | $gen_size B$(ratio "$gen_size" "$hand_size") | $gen_instr$(ratio "$gen_instr" "$hand_instr") | $(median_ms "$out/aot-generated/FirstCall.Generated" "$base" "${sids[@]}") ms | $(median_ms dotnet "$out/jit-Generated/FirstCall.Generated.dll" "$base" "${sids[@]}") ms |"
echo "| smarterproctoring CLI, exam-config get | $(size "$out/cli/smarterproctoring") B | $(instructions "$out/cli/smarterproctoring" exam-config get --base-url "$base" --install "${sids[0]}" --course "${sids[1]}" --exam "${sids[2]}" --config "${sids[3]}") | $(median_ms "$out/cli/smarterproctoring" exam-config get --base-url "$base" --install "${sids[0]}" --course "${sids[1]}" --exam "${sids[2]}" --config "${sids[3]}") ms | |"
