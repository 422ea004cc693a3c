#!/usr/bin/env bash
# The codec benchmark of issue 6, section 1: builds the benchmarks jar, runs CodecBenchmark (every
# method, every message, allocation profiled), writes the JMH JSON under benchmarks/results/ and
# prints the tables and target ratios of docs/performance.md.
#
#   benchmarks/run-codec.sh                 # the full run (about 9 minutes)
#   SKIP_BUILD=1 benchmarks/run-codec.sh    # reuse benchmarks/target/benchmarks.jar
#   benchmarks/run-codec.sh -p message=MeterValues10   # extra JMH options are passed on
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -B -q -pl benchmarks -am package -DskipTests
fi

mkdir -p benchmarks/results
stamp=$(date -u +%Y%m%dT%H%M%SZ)
json="benchmarks/results/codec-${stamp}.json"
text="benchmarks/results/codec-${stamp}.txt"

{
  echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ)  $(java -version 2>&1 | head -1)"
  echo "# cores: $(nproc)  memory: $(free -h | awk '/^Mem:/ {print $2}')  load: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$text"

java -jar benchmarks/target/benchmarks.jar CodecBenchmark \
  -prof gc -rf json -rff "$json" "$@" | tee -a "$text"

echo
java -cp benchmarks/target/benchmarks.jar io.ocpp4j.benchmarks.CodecReport "$json" | tee "benchmarks/results/codec-${stamp}.md"
echo
echo "JMH JSON: $json"
