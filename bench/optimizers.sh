#!/usr/bin/env bash
# The optimizers' cost against plain SGD on C2 (784-100-10, batch 10, real MNIST), measured in one JVM with the
# variants alternated epoch by epoch (OptimizerBench), and the step alone in ns per element (StepBench). See
# docs/performance.md for what the figures mean and the last results.
#
#   bench/optimizers.sh [--threads 1] [--rounds 11] [--config C2]
#
# It builds nn-bench (package, no install) and the example plugin's jar (javac against this checkout's nn-api, into
# examples/plugin-example/target/bench-plugins), then prints three tables: sgd, sgd momentum 0.9, adam and the
# plugin's heavy-ball as ratios to plain sgd; heavy-ball against the built-in sgd with the same momentum (the same
# rule from a plugin jar); and StepBench's ns per element. MNIST is read from $NN_DATA_DIR/mnist.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

threads=1 rounds=11 config=C2
while [ $# -gt 0 ]; do
  case "$1" in
    --threads) threads="$2"; shift ;;
    --rounds) rounds="$2"; shift ;;
    --config) config="$2"; shift ;;
    *) echo "bench/optimizers.sh: unknown option $1 (see the header of this script)" >&2; exit 2 ;;
  esac
  shift
done
if [ -z "${NN_DATA_DIR:-}" ] && [ -d "$root/../shared/data/mnist" ]; then
  NN_DATA_DIR="$(cd "$root/../shared/data" && pwd)"
fi
export NN_DATA_DIR="${NN_DATA_DIR:?set NN_DATA_DIR to the directory holding mnist/}"

echo "building nn-bench and the example plugin..." >&2
./mvnw -q -B -o -DskipTests package -pl nn-bench -am >&2
plugin="examples/plugin-example/target/bench-plugins"
classes="examples/plugin-example/target/bench-classes"
rm -rf "$plugin" "$classes" && mkdir -p "$plugin" "$classes"
javac -d "$classes" -cp nn-api/target/classes $(find examples/plugin-example/src/main/java -name '*.java')
cp -r examples/plugin-example/src/main/resources/. "$classes"/
jar cf "$plugin/nn-plugin-example.jar" -C "$classes" .

run() {
  java --add-modules jdk.incubator.vector -cp "nn-bench/target/lib/*:nn-bench/target/nn-bench.jar" "$@" \
    2> >(grep -v "incubator modules" >&2)
}
run org.nnlab.bench.OptimizerBench --config "$config" --threads "$threads" --rounds "$rounds" --plugins "$plugin" \
  --variants 'sgd;sgd:momentum=0.9;adam;heavy-ball:momentum=0.9'
run org.nnlab.bench.OptimizerBench --config "$config" --threads "$threads" --rounds "$rounds" --plugins "$plugin" \
  --variants 'sgd:momentum=0.9;heavy-ball:momentum=0.9'
run org.nnlab.bench.StepBench --rounds 21 --plugins "$plugin" \
  --variants 'sgd;sgd:momentum=0.9;sgd:momentum=0.9,nesterov=true;adam;adamw;heavy-ball:momentum=0.9'
