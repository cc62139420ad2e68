#!/usr/bin/env python3
"""numpy im2col peer of network3.py's one-conv-layer network, written for bench/run.sh's conv section.

Network (network3.py, chapter 6's first conv result, 98.78%):
  ConvPoolLayer 20 filters 5x5 (valid, stride 1) on 1x28x28, max-pool 2x2, then sigmoid(pooled + b)
  -> FullyConnectedLayer 2880 -> 100 sigmoid -> SoftmaxLayer 100 -> 10, log-likelihood (mean over the batch),
  SGD eta 0.1, mini-batch 10, no L2; float32. Init as network3: conv and dense weights N(0, 1/n_out) with
  n_out = 20*5*5/(2*2) = 125 for the conv layer and 100 for the dense one, biases N(0, 1), softmax zeros.
One mini-batch = im2col of its images (m*24*24 rows of 25 pixels), one GEMM for the conv, max-pool by reshape,
then GEMMs for the dense layers; backward is the same in reverse and the step is w -= eta * dC/dw.
The pool's backward passes the gradient to every position equal to the window's maximum, as Theano's does.

Timing: the training set is the first N of MNIST's 50,000 training images (--examples); "median_epoch_s" is the
median time of one pass over them (shuffle + every mini-batch: forward, backward, step) scaled by 50,000 / N.
The work per mini-batch does not depend on N, so the scaling is exact up to cache effects; run.sh times two N
to show it. Loading and evaluation are excluded. Prints one JSON record on stdout.

  OPENBLAS_NUM_THREADS=2 python3 bench/peer_conv.py --examples 5000 --epochs 2
  python3 bench/peer_conv.py --check      # finite-difference check of every gradient on a tiny net (float64)
"""
import argparse
import ctypes
import json
import os
import sys
import time

import numpy as np

FULL_TRAIN = 50_000


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


class ConvNet:
    """conv(filters, k) -> max-pool(pool) -> sigmoid -> dense(hidden) sigmoid -> softmax(classes)."""

    def __init__(self, channels, side, filters, k, pool, hidden, classes, rng, dtype):
        self.shape = (channels, side, k, pool)
        conv_side = side - k + 1
        assert conv_side % pool == 0, "network3 uses pools that divide the conv output"
        self.conv_side, self.pool_side = conv_side, conv_side // pool
        flat = filters * self.pool_side * self.pool_side
        conv_out = filters * k * k / (pool * pool)
        self.params = {
            "w1": rng.normal(0, np.sqrt(1.0 / conv_out), (channels * k * k, filters)).astype(dtype),
            "b1": rng.normal(0, 1.0, filters).astype(dtype),
            "w2": rng.normal(0, np.sqrt(1.0 / hidden), (flat, hidden)).astype(dtype),
            "b2": rng.normal(0, 1.0, hidden).astype(dtype),
            "w3": np.zeros((hidden, classes), dtype),
            "b3": np.zeros(classes, dtype),
        }

    def im2col(self, x):
        channels, side, k, _ = self.shape
        images = x.reshape(x.shape[0], channels, side, side)
        windows = np.lib.stride_tricks.sliding_window_view(images, (k, k), axis=(2, 3))  # m, c, s, s, k, k
        # rows: (example, y, x); columns: (channel, ky, kx)
        return np.ascontiguousarray(windows.transpose(0, 2, 3, 1, 4, 5)).reshape(-1, channels * k * k)

    def forward(self, x):
        p = self.params
        m, s, q = x.shape[0], self.conv_side, self.pool_side
        pool = self.shape[3]
        cols = self.im2col(x)
        z = (cols @ p["w1"]).reshape(m, q, pool, q, pool, -1)          # m, y/p, dy, x/p, dx, filters
        pooled = z.max(axis=(2, 4))                                      # m, q, q, filters
        a1 = sigmoid(pooled + p["b1"])
        flat = np.ascontiguousarray(a1.transpose(0, 3, 1, 2)).reshape(m, -1)   # channel-major, like network3
        a2 = sigmoid(flat @ p["w2"] + p["b2"])
        z3 = a2 @ p["w3"] + p["b3"]
        e = np.exp(z3 - z3.max(axis=1, keepdims=True))
        out = e / e.sum(axis=1, keepdims=True)
        return out, (cols, z, pooled, a1, flat, a2)

    def cost(self, x, labels):
        out, _ = self.forward(x)
        return -np.mean(np.log(out[np.arange(x.shape[0]), labels]))

    def gradients(self, x, labels):
        """dC/dparam for C = mean over the batch of -log softmax[label] (network3's log-likelihood)."""
        p = self.params
        m = x.shape[0]
        out, (cols, z, pooled, a1, flat, a2) = self.forward(x)
        d3 = out.copy()
        d3[np.arange(m), labels] -= 1
        d3 /= m
        g = {"w3": a2.T @ d3, "b3": d3.sum(axis=0)}
        d2 = (d3 @ p["w3"].T) * a2 * (1 - a2)
        g["w2"], g["b2"] = flat.T @ d2, d2.sum(axis=0)
        dflat = d2 @ p["w2"].T
        da1 = dflat.reshape(m, -1, self.pool_side, self.pool_side).transpose(0, 2, 3, 1)   # m, q, q, filters
        dpooled = da1 * a1 * (1 - a1)
        g["b1"] = dpooled.sum(axis=(0, 1, 2))
        mask = z == pooled[:, :, None, :, None, :]
        dz = (mask * dpooled[:, :, None, :, None, :]).reshape(cols.shape[0], -1)
        g["w1"] = cols.T @ dz
        return g

    def step(self, x, labels, eta):
        for name, grad in self.gradients(x, labels).items():
            grad *= eta
            self.params[name] -= grad

    def predict(self, x, block=1000):
        return np.concatenate([self.forward(x[i:i + block])[0].argmax(axis=1) for i in range(0, len(x), block)])


def check_gradients():
    """Central differences on a tiny float64 net: 2 filters 3x3 on 1x8x8, pool 2, dense 5, softmax 3."""
    rng = np.random.default_rng(7)
    net = ConvNet(1, 8, 2, 3, 2, 5, 3, rng, np.float64)
    net.params["w3"] = rng.normal(0, 0.5, net.params["w3"].shape)   # network3's zeros would hide d2's errors
    net.params["b3"] = rng.normal(0, 0.5, 3)
    x = rng.random((4, 64))
    labels = np.array([0, 2, 1, 2])
    grads = net.gradients(x, labels)
    worst = 0.0
    for name, value in net.params.items():
        numeric = np.zeros_like(value)
        for i in np.ndindex(value.shape):
            old = value[i]
            value[i] = old + 1e-6
            up = net.cost(x, labels)
            value[i] = old - 1e-6
            down = net.cost(x, labels)
            value[i] = old
            numeric[i] = (up - down) / 2e-6
        error = np.abs(numeric - grads[name]).max() / max(1e-8, np.abs(numeric).max())
        print(f"{name}: max |backprop - finite difference| / max |gradient| = {error:.2e}", file=sys.stderr)
        worst = max(worst, float(error))
    print(json.dumps({"check": "finite-differences", "worst_relative_error": worst, "ok": worst < 1e-6}))
    return 0 if worst < 1e-6 else 1


def blas_kernel():
    """Which BLAS numpy runs: threadpoolctl where installed, else the mapped library asked directly."""
    try:
        from threadpoolctl import threadpool_info
        return [{k: i.get(k) for k in ("internal_api", "version", "architecture", "num_threads", "filepath")}
                for i in threadpool_info()]
    except ImportError:
        pass
    found = []
    with open("/proc/self/maps") as maps:
        paths = sorted({line.split()[-1] for line in maps if "openblas" in line.lower() and "/" in line})
    for path in paths:
        lib = ctypes.CDLL(path)
        info = {"filepath": path}
        for key, function in (("config", "get_config"), ("architecture", "get_corename"),
                              ("num_threads", "get_num_threads")):
            for name in (f"openblas_{function}", f"openblas_{function}64_", f"scipy_openblas_{function}64_",
                         f"scipy_openblas_{function}"):
                if hasattr(lib, name):
                    call = getattr(lib, name)
                    call.restype = ctypes.c_int if key == "num_threads" else ctypes.c_char_p
                    value = call()
                    info[key] = value.decode() if isinstance(value, bytes) else value
                    break
        found.append(info)
    if not found:
        found.append({"numpy_config": str(np.__config__.CONFIG.get("Build Dependencies", {}).get("blas"))})
    return found


def load_mnist(dtype, data_dir):
    sys.path.insert(0, os.environ.get("NN_PEERS_DIR", os.path.join(os.path.dirname(__file__), "..", "..",
                                                                   "shared", "peers")))
    import mnist_data
    return mnist_data.load(dtype=dtype, data_dir=data_dir)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--examples", type=int, default=5000, help="train on the first N training images")
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=12345)
    ap.add_argument("--eval", action="store_true", help="also report test accuracy after each epoch")
    ap.add_argument("--check", action="store_true", help="check the gradients by finite differences and exit")
    args = ap.parse_args()
    if args.check:
        return check_gradients()
    np.seterr(over="ignore")
    dtype = np.float32
    data = load_mnist(dtype, os.environ.get("MNIST_DIR", os.path.join(os.environ.get("NN_DATA_DIR", ""), "mnist")))
    x, labels = data["train"][0][:args.examples], data["train"][1][:args.examples]
    rng = np.random.default_rng(args.seed)
    net = ConvNet(1, 28, 20, 5, 2, 100, 10, rng, dtype)
    eta, batch = dtype(0.1), 10
    epochs = []
    for epoch in range(args.epochs):
        start = time.perf_counter()
        order = rng.permutation(len(x))
        for i in range(0, len(x), batch):
            rows = order[i:i + batch]
            net.step(x[rows], labels[rows], eta)
        seconds = time.perf_counter() - start
        record = {"epoch": epoch + 1, "seconds": seconds}
        if args.eval:
            record["test_acc"] = float((net.predict(data["test"][0]) == data["test"][1]).mean())
        epochs.append(record)
        print(json.dumps(record), file=sys.stderr, flush=True)
    seconds = sorted(e["seconds"] for e in epochs)
    median = float(np.median(seconds))
    print(json.dumps({
        "impl": "numpy-im2col-float32", "network": "conv20x5x5-pool2-100-10", "batch": batch,
        "examples": args.examples, "epochs_run": args.epochs,
        "threads": int(os.environ.get("OPENBLAS_NUM_THREADS", "0")) or None,
        "median_epoch_s": median * FULL_TRAIN / args.examples, "median_subset_s": median,
        "final_test_acc": epochs[-1].get("test_acc"), "numpy": np.__version__, "blas": blas_kernel(),
        "openblas_env": {k: os.environ.get(k) for k in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")},
        "epochs": epochs,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
