# The conv section of bench/run.sh (sourced by it with --conv; uses its root, out, peers, quick, conv_sizes and
# conv_epochs, rounds, conv_filters). Writes $out/conv.csv (a row per round), $out/conv-filters.csv (ours with
# each filter count of conv_filters, one round) and $out/conv.md (medians over the rounds, then the filters).
[ "$quick" = true ] && conv_sizes=1000,2000 && conv_epochs=1 && conv_filters=10,20
nn_cmd="${NN_CMD:-$root/nn}"            # NN_CMD: another way to start the CLI, e.g. java -cp ... Main
conv_config="$root/configs/ch6-conv1.yaml"
echo "impl,threads,examples,epoch_s,epoch_s_at_50000,detail,round" > "$out/conv.csv"
# conv_row IMPL THREADS JSON: appends a peer's record (median epoch over its subset) to conv.csv
conv_row() {
  python3 - "$@" "$round" >> "$out/conv.csv" <<'PY'
import json, sys
r = json.loads(sys.argv[3])
blas = ";".join(str(b.get("architecture", b.get("filepath", b))) if isinstance(b, dict) else str(b) for b in r["blas"])
print(f"{sys.argv[1]},{sys.argv[2]},{r['examples']},{r['median_subset_s']:.4f},{r['median_epoch_s']:.3f},{blas},{sys.argv[4]}")
PY
}

# last_train_s METRICS_CSV: the train_seconds of a run's last epoch (ours times its last epoch: the JIT warms up first)
last_train_s() {
  python3 -c 'import csv, sys; print(list(csv.DictReader(open(sys.argv[1])))[-1]["train_seconds"])' "$1"
}

numpy_conv=false torch_conv=false
if python3 -c "import numpy" 2>/dev/null && [ -f "$peers/mnist_data.py" ]; then
  python3 "$root/bench/peer_conv.py" --check >&2 || { echo "numpy conv peer: wrong gradients" >&2; exit 1; }
  numpy_conv=true
else
  echo "numpy conv peer skipped: no python3 with numpy, or no $peers/mnist_data.py" >&2
fi
torch_python=/usr/bin/python3
if [ "$quick" = false ] && "$torch_python" -c "import torch" 2>/dev/null; then
  "$torch_python" "$root/bench/peer_conv_torch.py" --check >&2 || { echo "torch conv peer: wrong gradients" >&2; exit 1; }
  torch_conv=true
fi
ours_conv=true
why="$($nn_cmd validate "$conv_config" 2>&1)" || ours_conv=false

for round in $(seq 1 "$rounds"); do
  echo "round $round of $rounds" >&2
  if [ "$numpy_conv" = true ]; then
    for n in ${conv_sizes//,/ }; do
      echo "peer: numpy im2col float32, $n examples, $conv_epochs epochs" >&2
      # OPENBLAS_CORETYPE/L2_SIZE, where this machine sets them, slow a current numpy: unset for this command only
      json="$(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE OPENBLAS_NUM_THREADS=2 NN_PEERS_DIR="$peers" \
        MNIST_DIR="$NN_DATA_DIR/mnist" python3 "$root/bench/peer_conv.py" --examples "$n" --epochs "$conv_epochs")"
      conv_row numpy-im2col-float32 2 "$json"
    done
  fi

  if [ "$torch_conv" = true ]; then
    for n in ${conv_sizes//,/ }; do
      echo "peer: torch float32, $n examples, $conv_epochs epochs" >&2
      json="$(LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/openblas-openmp NN_PEERS_DIR="$peers" \
        MNIST_DIR="$NN_DATA_DIR/mnist" "$torch_python" "$root/bench/peer_conv_torch.py" --examples "$n" \
        --epochs "$conv_epochs" --threads 2)"
      conv_row torch-autograd-float32 2 "$json"
    done
  fi

  # ours: the book's config, cut to the subset and the epochs; n/a when this build cannot validate it
  if [ "$ours_conv" = true ]; then
    for n in ${conv_sizes//,/ }; do
      echo "ours: nn run ch6-conv1, $n examples, $conv_epochs epochs, 2 threads" >&2
      $nn_cmd run "$conv_config" --set "dataset.limit=$n" --set "training.epochs=$conv_epochs" --threads 2 --quiet \
        --run-dir "$out/conv-ours-$n-r$round" >&2
      metrics="$out/conv-ours-$n-r$round/metrics.csv"
      awk -v s="$(last_train_s "$metrics")" -v n="$n" -v e="$(($(wc -l < "$metrics") - 1))" -v r="$round" \
        'BEGIN { printf "ours,2,%d,%.4f,%.3f,epoch %d of nn run,%d\n", n, s, s * 50000 / n, e, r }' >> "$out/conv.csv"
    done
  elif [ "$round" = 1 ]; then
    echo "ours: n/a ($(echo "$why" | grep -m1 -v '^WARNING' | cut -c1-160))" >&2
    echo "ours,2,,,,n/a: this build cannot run configs/ch6-conv1.yaml,1" >> "$out/conv.csv"
  fi
done

# ours against the number of filters: the config with 20 replaced, on the first subset (the dense layer after the
# pool grows with the filters too, so the whole network's work is about proportional to them)
echo "filters,examples,epoch_s" > "$out/conv-filters.csv"
if [ "$ours_conv" = true ]; then
  n="${conv_sizes%%,*}"
  for f in ${conv_filters//,/ }; do
    echo "ours: nn run ch6-conv1 with $f filters, $n examples, $conv_epochs epochs, 2 threads" >&2
    sed "s/filters: 20,/filters: $f,/" "$conv_config" > "$out/ch6-conv1-f$f.yaml"
    $nn_cmd run "$out/ch6-conv1-f$f.yaml" --set "dataset.limit=$n" --set "training.epochs=$conv_epochs" --threads 2 \
      --quiet --run-dir "$out/conv-ours-f$f" >&2
    echo "$f,$n,$(last_train_s "$out/conv-ours-f$f/metrics.csv")" >> "$out/conv-filters.csv"
  done
fi

python3 - "$out" "$quick" "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)" "$rounds" <<'PY' | tee "$out/conv.md"
import csv, datetime, statistics, subprocess, sys
out, quick, commit, rounds = sys.argv[1], sys.argv[2] == "true", sys.argv[3], int(sys.argv[4])
every = list(csv.DictReader(open(f"{out}/conv.csv")))
# one row per impl and subset: the median of its rounds
rows, seen = [], set()
for r in every:
    key = (r["impl"], r["examples"])
    if key in seen:
        continue
    seen.add(key)
    same = [x for x in every if (x["impl"], x["examples"]) == key]
    if r["examples"]:
        r = dict(r, epoch_s=str(statistics.median(float(x["epoch_s"]) for x in same)),
                 epoch_s_at_50000=str(statistics.median(float(x["epoch_s_at_50000"]) for x in same)))
    rows.append(r)
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
print(f"network3's one-conv-layer network (conv 20 5x5, max-pool 2, dense 100 sigmoid, softmax 10, batch 10),"
      f" {datetime.date.today()}, commit {commit}, {cpu}." + (" QUICK MODE: not a measurement." if quick else ""))
print()
print(f"Each figure is the median of {rounds} rounds; the peers and ours ran in turn in each round." if rounds > 1 else "One round.")
print()
print("| impl | threads | examples | s/epoch on them | s/epoch at 50,000 | kernel / note |")
print("|---|---|---|---|---|---|")
for r in rows:
    if not r["examples"]:
        print(f"| {r['impl']} | {r['threads']} | - | - | n/a | {r['detail']} |")
        continue
    print(f"| {r['impl']} | {r['threads']} | {r['examples']} | {float(r['epoch_s']):.3f} | {float(r['epoch_s_at_50000']):.2f} | {r['detail']} |")
print()
by_impl = {}
for r in rows:
    if r["examples"]:
        by_impl.setdefault(r["impl"], []).append((int(r["examples"]), float(r["epoch_s"])))
for impl, points in by_impl.items():
    if len(points) >= 2:
        (n1, s1), (n2, s2) = points[0], points[-1]
        print(f"- {impl}: {n2 / n1:.2f}x the examples took {s2 / s1:.2f}x the time (linear: equal)")
fastest = min((float(r["epoch_s_at_50000"]) for r in rows if r["examples"] and r["impl"] != "ours"), default=None)
ours = [float(r["epoch_s_at_50000"]) for r in rows if r["examples"] and r["impl"] == "ours"]
if fastest and ours:
    print(f"- ours / fastest peer at 50,000: {ours[-1] / fastest:.2f}")
if rounds > 1:
    # each round's own ratio: ours on the largest subset against the round's fastest peer
    per = []
    for rd in range(1, rounds + 1):
        mine = [x for x in every if x["impl"] == "ours" and x["examples"] and int(x["round"]) == rd]
        theirs = [float(x["epoch_s_at_50000"]) for x in every
                  if x["impl"] != "ours" and x["examples"] and int(x["round"]) == rd]
        if mine and theirs:
            per.append(f"{float(mine[-1]['epoch_s_at_50000']) / min(theirs):.2f}")
    if per:
        print("- ours / fastest peer in each round: " + " / ".join(per))
filters = list(csv.DictReader(open(f"{out}/conv-filters.csv")))
if len(filters) >= 2:
    base = filters[0]
    print()
    print(f"Ours against the number of filters ({base['examples']} examples, last epoch, 2 threads; linear: equal ratios):")
    print()
    print("| filters | s/epoch | x filters | x time |")
    print("|---|---|---|---|")
    for r in filters:
        print(f"| {r['filters']} | {float(r['epoch_s']):.3f} | {int(r['filters']) / int(base['filters']):.2f} "
              f"| {float(r['epoch_s']) / float(base['epoch_s']):.2f} |")
PY
echo "results in $out" >&2
