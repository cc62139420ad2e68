#!/usr/bin/env bash
# Seconds per epoch of the peers' networks C1-C4 and of W800 on real MNIST: ours beside the numpy peer, each at
# every thread count of --threads (numpy with OPENBLAS_NUM_THREADS at that count), measured in one invocation on
# one machine; each of our rows is divided by the peer's row of the same thread count, and the lines under the
# table read the speed goals off it (C1-C4 at 2 threads, W800 at 1). Writes bench/results/<date>/{ours.csv,
# peer.csv,numpy-blas.txt,table.md}.
#
#   bench/run.sh                 full run: C1-C4 and W800 (784-800-10, batch 100), ours 6 epochs (median of
#                                epochs 2-5), peers 4 epochs (numpy; PyTorch too where Debian's python3 has torch)
#   bench/run.sh --quick         sanity run for CI: 5,000 examples, 3 epochs, peer C1 and W800 1 epoch at each
#                                thread count; no timing claims
#   bench/run.sh --scaling       C1's cost against data size (10k, 25k, 50k), hidden width (30, 100, 400, 1600)
#                                and batch size (1, 10, 64, 256), one thread, with the achieved GFLOP/s
#   bench/run.sh --conv          network3's one-conv-layer network (20 5x5 filters, 2x2 max-pool, dense 100
#                                sigmoid, softmax 10, batch 10): ours (`nn run configs/ch6-conv1.yaml`, 2 threads)
#                                beside bench/peer_conv.py (numpy im2col) and bench/peer_conv_torch.py (PyTorch CPU,
#                                where Debian's python3 has torch), on two subsets (--conv-sizes, default
#                                20000,50000) scaled to 50,000 images; --conv-epochs N (default 3) epochs each, the
#                                median for the peers and the last epoch for ours (the JIT compiles the kernels
#                                through the first epoch and, on a small subset, into the second). "ours: n/a" when
#                                this build cannot run the config. Then ours alone with each filter count of
#                                --conv-filters (default 10,20,40) on the first subset: the cost against the filters.
#   options: --configs C1,C3  --threads 1,2  --epochs N  --peer-epochs N  --out DIR
#            --rounds N (default 3; 1 with --quick): ours and the peers run in turn N times, and each figure in
#            the tables is the median of its N rounds. This machine's speed drifts over minutes, so one round can
#            catch one side in a slow spell; the ratio of each round is printed too.
#            (a thread count OpenBLAS caps at the cores, such as 4 on 2 cores, gets no numpy row)
#
# MNIST is read from $NN_DATA_DIR/mnist (default: ../shared/data beside the checkout); the peer from
# $NN_PEERS_DIR (default ../shared/peers). The peer runs when python3 with numpy is there.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

configs=C1,C2,C3,C4,W800 threads=1,2 epochs=6 peer_epochs=4 limit=50000 quick=false scaling=false out=""
conv=false conv_sizes=20000,50000 conv_epochs=3 conv_filters=10,20,40 rounds=3
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=true; configs=C1,C3,W800; epochs=3; peer_epochs=1; limit=5000; rounds=1 ;;
    --scaling) scaling=true; epochs=4 ;;
    --conv) conv=true ;;
    --conv-sizes) conv_sizes="$2"; shift ;;
    --conv-epochs) conv_epochs="$2"; shift ;;
    --conv-filters) conv_filters="$2"; shift ;;
    --configs) configs="$2"; shift ;;
    --threads) threads="$2"; shift ;;
    --epochs) epochs="$2"; shift ;;
    --peer-epochs) peer_epochs="$2"; shift ;;
    --out) out="$2"; shift ;;
    --rounds) rounds="$2"; shift ;;
    *) echo "bench/run.sh: unknown option $1 (see the header of this script)" >&2; exit 2 ;;
  esac
  shift
done

if [ -z "${NN_DATA_DIR:-}" ] && [ -d "$root/../shared/data/mnist" ]; then
  NN_DATA_DIR="$(cd "$root/../shared/data" && pwd)"
fi
export NN_DATA_DIR="${NN_DATA_DIR:?set NN_DATA_DIR to the directory holding mnist/}"
peers="${NN_PEERS_DIR:-$root/../shared/peers}"
stamp="$(date -u +%Y-%m-%dT%H%M%SZ)"
out="${out:-$root/bench/results/$stamp$([ "$quick" = true ] && echo -quick || true)}"
mkdir -p "$out"

if [ "$conv" = true ]; then
  # shellcheck source=conv.sh
  . "$root/bench/conv.sh"
  exit 0
fi

echo "building nn-bench..." >&2
./mvnw -q -B -ntp -DskipTests install -pl nn-bench -am >&2

bench() {
  java --add-modules jdk.incubator.vector -cp "nn-bench/target/lib/*:nn-bench/target/nn-bench.jar" \
    org.nnlab.bench.EpochBench "$@" 2> >(grep -v "incubator modules" >&2)
}

if [ "$scaling" = true ]; then
  echo "scaling of C1 (784-30-10, batch 10), one thread, $epochs epochs each" >&2
  {
    bench --configs C1 --threads 1 --epochs "$epochs" --limit 10000 --out "$out/s1.csv"
    bench --configs C1 --threads 1 --epochs "$epochs" --limit 25000 --out "$out/s2.csv"
    for h in 30 100 400 1600; do bench --configs C1 --threads 1 --epochs "$epochs" --hidden "$h" --out "$out/h$h.csv"; done
    for b in 1 10 64 256; do bench --configs C1 --threads 1 --epochs "$epochs" --batch "$b" --out "$out/b$b.csv"; done
  } >&2
  { head -1 "$out/s1.csv"
    for f in s1 s2 h30 h100 h400 h1600 b1 b10 b64 b256; do tail -n +2 "$out/$f.csv"; done; } > "$out/scaling.csv"
  python3 - "$out" <<'PY' | tee "$out/scaling.md"
import csv, sys
rows = list(csv.DictReader(open(f"{sys.argv[1]}/scaling.csv")))
print("| layers | batch | examples | s/epoch | us/example | GFLOP/s |")
print("|---|---|---|---|---|---|")
for r in rows:
    s = float(r["median_epoch_s"])
    print(f"| {r['layers']} | {r['batch']} | {r['examples']} | {s:.3f} | {1e6 * s / int(r['examples']):.2f} | {r['gflops']} |")
PY
  exit 0
fi

echo "config,impl,threads,median_epoch_s,final_test_acc,round" > "$out/peer.csv"
# peer_row CONFIG IMPL THREADS JSON: appends a peer's median epoch (from the JSON record it prints) to peer.csv,
# under the thread count the peer reports (torch.get_num_threads(); numpy's OPENBLAS_NUM_THREADS, checked below
# against OpenBLAS's own count), else THREADS
peer_row() {
  python3 - "$1" "$2" "$3" "$4" "$round" >> "$out/peer.csv" <<'PY'
import json, sys
r = json.loads(sys.argv[4])
print(f"{sys.argv[1]},{sys.argv[2]},{r.get('threads') or sys.argv[3]},{r['median_epoch_s']:.4f},,{sys.argv[5]}")
PY
}
# the peers run once per thread count of ours, so that each of our rows is divided by a peer on as many threads
if [ -f "$peers/nielsen_numpy.py" ] && python3 -c "import numpy" 2>/dev/null; then
  [ "$quick" = true ] && peer_configs=C1,W800 || peer_configs="$configs"
  # OPENBLAS_CORETYPE/L2_SIZE, where this machine sets them, slow a current numpy: unset for the peer's commands
  blas_env=(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE)
  # which BLAS and kernel numpy runs with, per thread count; OpenBLAS caps the count at the cores, so a count
  # it cannot run, or one it already ran, is skipped rather than recorded under a count it did not use
  : > "$out/numpy-blas.txt"
  numpy_threads=""
  for t in ${threads//,/ }; do
    real="$("${blas_env[@]}" OPENBLAS_NUM_THREADS="$t" python3 "$root/bench/numpy_blas.py" --threads 2>/dev/null || true)"
    real="${real:-$t}"
    if [[ ",$numpy_threads," == *",$t,"* ]]; then continue; fi
    if [ "$real" != "$t" ]; then
      echo "peer: numpy skipped at $t threads (OpenBLAS runs $real here)" >&2
      continue
    fi
    numpy_threads="${numpy_threads:+$numpy_threads,}$t"
    "${blas_env[@]}" OPENBLAS_NUM_THREADS="$t" python3 "$root/bench/numpy_blas.py" >> "$out/numpy-blas.txt" 2>/dev/null \
      || echo "numpy BLAS unknown (OPENBLAS_NUM_THREADS=$t)" >> "$out/numpy-blas.txt"
  done
  cat "$out/numpy-blas.txt" >&2
fi

for round in $(seq 1 "$rounds"); do
  echo "round $round of $rounds" >&2
  # one JVM per config and thread count, as `nn run` trains one config per JVM and the peers run one process each:
  # in one JVM, each config's kernels and call sites would be compiled for the configs run before it
  echo "ours: $configs, threads $threads, $epochs epochs, $limit examples, one JVM each" >&2
  : > "$out/ours-r$round.csv"
  for c in ${configs//,/ }; do
    for t in ${threads//,/ }; do
      bench --configs "$c" --threads "$t" --epochs "$epochs" --limit "$limit" --out "$out/ours-one.csv"
      if [ -s "$out/ours-r$round.csv" ]; then tail -n +2 "$out/ours-one.csv"; else cat "$out/ours-one.csv"; fi \
        >> "$out/ours-r$round.csv"
    done
  done
  rm -f "$out/ours-one.csv"

  if [ -n "${numpy_threads:-}" ]; then
    for c in ${peer_configs//,/ }; do
      # W800 is not one of the peer's own configurations: bench/peer_wide.py adds it and calls the peer's main
      script=("$peers/nielsen_numpy.py")
      [ "$c" = W800 ] && script=("$root/bench/peer_wide.py" "$peers")
      for t in ${numpy_threads//,/ }; do
        echo "peer: numpy float32 $c, threads $t, $peer_epochs epochs" >&2
        json="$("${blas_env[@]}" OPENBLAS_NUM_THREADS="$t" MNIST_DIR="$NN_DATA_DIR/mnist" \
          python3 "${script[@]}" --impl matrix --config "$c" --dtype float32 --epochs "$peer_epochs" --no-eval 2>/dev/null)"
        peer_row "$c" numpy-matrix-float32 "$t" "$json"
      done
    done
  elif [ "$round" = 1 ]; then
    echo "peer skipped: no python3 with numpy, or no $peers/nielsen_numpy.py" >&2
  fi

  # the PyTorch peer (hand-written backprop, per thread count), where Debian's python3 has torch (apt-get install
  # python3-torch libopenblas0-openmp; not in CI): the fastest published peer on C3
  torch_python=/usr/bin/python3
  if [ "$quick" = false ] && [ -f "$peers/torch_mlp.py" ] && "$torch_python" -c "import torch" 2>/dev/null; then
    for c in ${configs//,/ }; do
      [ "$c" = W800 ] && continue
      for t in ${threads//,/ }; do
        echo "peer: torch float32 $c, threads $t, $peer_epochs epochs" >&2
        json="$(LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/openblas-openmp MNIST_DIR="$NN_DATA_DIR/mnist" \
          "$torch_python" "$peers/torch_mlp.py" --grad manual --config "$c" --dtype float32 --threads "$t" \
          --epochs "$peer_epochs" --no-eval 2>/dev/null)"
        peer_row "$c" torch-manual-float32 "$t" "$json"
      done
    done
  fi
done

python3 - "$out" "$quick" "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)" "$rounds" <<'PY' | tee "$out/table.md"
import csv, re, subprocess, sys, datetime, statistics
out, quick, commit, rounds = sys.argv[1], sys.argv[2] == "true", sys.argv[3], int(sys.argv[4])
# every round's rows, then one row per config and thread count: the median over the rounds (ours.csv)
ours_rounds = {r: list(csv.DictReader(open(f"{out}/ours-r{r}.csv"))) for r in range(1, rounds + 1)}
ours = []
for first in ours_rounds[1]:
    same = [row for r in ours_rounds.values() for row in r
            if (row["config"], row["threads"]) == (first["config"], first["threads"])]
    s = statistics.median(float(row["median_epoch_s"]) for row in same)
    merged = dict(first, median_epoch_s=f"{s:.4f}",
                  min_epoch_s=f"{min(float(row['min_epoch_s']) for row in same):.4f}",
                  max_epoch_s=f"{max(float(row['max_epoch_s']) for row in same):.4f}",
                  # the same work each round: GFLOP/s scale inversely with the time
                  gflops=f"{float(first['gflops']) * float(first['median_epoch_s']) / s:.2f}")
    ours.append(merged)
with open(f"{out}/ours.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(ours_rounds[1][0].keys()))
    w.writeheader()
    w.writerows(ours)
peers = list(csv.DictReader(open(f"{out}/peer.csv")))
# each of our rows is paired with the peers' rows of the same config and the same thread count (medians of rounds)
def by_key(impl, round_=None):
    keyed = {}
    for r in peers:
        if r["impl"].startswith(impl) and (round_ is None or int(r["round"]) == round_):
            keyed.setdefault((r["config"], int(r["threads"])), []).append(float(r["median_epoch_s"]))
    return {k: statistics.median(v) for k, v in keyed.items()}
numpy, torch = by_key("numpy"), by_key("torch")
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
print(f"Seconds per epoch (50,000 MNIST examples unless noted), {datetime.date.today()}, commit {commit},")
print(f"{cpu}, {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} cores, {java}." + (" QUICK MODE: not a measurement." if quick else ""))
try:
    kernels = [l.strip() for l in open(f"{out}/numpy-blas.txt") if l.strip()]
    # one line per thread count; said once when they differ in the count alone
    counts = [m.group(1) for m in (re.search(r", (\S+) threads? \(", k) for k in kernels) if m]
    same = {re.sub(r", \S+ threads? \(", " (", k) for k in kernels}
    kernel = f"{same.pop()} at {' and '.join(counts)} threads" if len(kernels) > 1 and len(same) == 1 and len(counts) == len(kernels) else "; ".join(kernels)
    if kernels:
        print(f"Each row's peers ran with the row's thread count; the numpy peer with {kernel}"
              + ", OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset.")
except OSError:
    pass
print()
print(f"Each figure is the median of {rounds} round(s); ours and the peers ran in turn in each round." if rounds > 1 else "One round.")
print()
print("| config | layers | batch | examples | threads | ours s/epoch (min-max) | GFLOP/s | numpy float32 s/epoch | numpy GFLOP/s | ours / numpy | torch float32 s/epoch | ours / fastest peer |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|")
cells = {}
for r in ours:
    key = (r["config"], int(r["threads"]))
    p, t = numpy.get(key), torch.get(key)
    full = r["examples"] == "50000"
    s = float(r["median_epoch_s"])
    ratio = f"{s / p:.2f}" if p and full else "-"
    # the same network and data, so the same work: GFLOP/s scale inversely with the time
    peer_gflops = f"{float(r['gflops']) * s / p:.2f}" if p and full else "-"
    fastest = min([x for x in (p, t) if x] or [0])
    vs_fastest = f"{s / fastest:.2f}" if fastest and full else "-"
    why = "no numpy row" if not p else f"{r['examples']} examples, not 50,000"
    cells[key] = dict(ratio=ratio, gflops=r["gflops"], peer_gflops=peer_gflops, why=why)
    print(f"| {r['config']} | {r['layers']} | {r['batch']} | {r['examples']} | {r['threads']} | {s:.3f} "
          f"({float(r['min_epoch_s']):.3f}-{float(r['max_epoch_s']):.3f}) | {r['gflops']} | {p if p else '-'} | {peer_gflops} "
          f"| {ratio} | {t if t else '-'} | {vs_fastest} |")

# the speed goals, read off the rows above (their printed figures)
verdict = lambda ok: "met" if ok else "not met"
print()
items = []
for c in ("C1", "C2", "C3", "C4"):
    row = cells.get((c, 2))
    if row and row["ratio"] != "-":
        items.append(f"{c} {row['ratio']} ({verdict(float(row['ratio']) <= 0.5)})")
    elif row:
        items.append(f"{c} - ({row['why']})")
print("Goal C1-C4, 2 threads, ours/numpy <= 0.5: " + (", ".join(items) or "not measured (no 2-thread row of C1-C4)"))
if rounds > 1:
    # each round's own ratio, ours against the peer of the same round
    per = []
    for c in ("C1", "C2", "C3", "C4", "W800"):
        t = 1 if c == "W800" else 2
        ratios = []
        for rd in range(1, rounds + 1):
            mine = next((float(row["median_epoch_s"]) for row in ours_rounds[rd]
                         if (row["config"], int(row["threads"])) == (c, t) and row["examples"] == "50000"), None)
            theirs = by_key("numpy", rd).get((c, t))
            if mine and theirs:
                ratios.append(f"{mine / theirs:.2f}")
        if ratios:
            per.append(f"{c}@{t} " + " / ".join(ratios))
    if per:
        print("Ours / numpy in each round: " + ", ".join(per))
row = cells.get(("W800", 1))
if row and row["peer_gflops"] != "-":
    w800 = f"{row['gflops']} vs {row['peer_gflops']} ({verdict(float(row['gflops']) >= float(row['peer_gflops']))})"
else:
    w800 = f"- ({row['why']})" if row else "not measured (no 1-thread row of W800)"
print("Goal W800, 1 thread, ours GFLOP/s >= numpy's: " + w800)
PY
echo "results in $out" >&2
