#!/usr/bin/python3
"""PyTorch CPU peer of network3.py's one-conv-layer network, for bench/run.sh's conv section.

The network, data, initialisation and timing of bench/peer_conv.py (its docstring says them), in idiomatic
PyTorch: F.conv2d (oneDNN where the build has it), F.max_pool2d, sigmoid, F.linear, log_softmax + nll_loss
(mean over the batch), autograd, torch.optim.SGD(lr=0.1); float32, --threads intra-op threads.
Run with Debian's interpreter and its python3-torch, whose BLAS is the system's libblas.so.3 (check that it
is OpenBLAS: update-alternatives --display libblas.so.3-x86_64-linux-gnu). Prints one JSON record on stdout.

  /usr/bin/python3 bench/peer_conv_torch.py --examples 5000 --epochs 2 --threads 2
  /usr/bin/python3 bench/peer_conv_torch.py --check     # torch.autograd.gradcheck on a tiny float64 net
"""
import argparse
import json
import os
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

FULL_TRAIN = 50_000


class ConvNet(torch.nn.Module):
    """conv(filters, k) -> max-pool(pool) -> sigmoid -> dense(hidden) sigmoid -> softmax(classes)."""

    def __init__(self, channels, side, filters, k, pool, hidden, classes, gen, dtype):
        super().__init__()
        self.shape = (channels, side, pool)
        flat = filters * ((side - k + 1) // pool) ** 2

        def normal(shape, sd):
            return torch.nn.Parameter(torch.randn(*shape, generator=gen, dtype=dtype) * sd)

        self.w1 = normal((filters, channels, k, k), (pool * pool / (filters * k * k)) ** 0.5)
        self.b1 = normal((filters,), 1.0)
        self.w2 = normal((hidden, flat), (1.0 / hidden) ** 0.5)
        self.b2 = normal((hidden,), 1.0)
        self.w3 = torch.nn.Parameter(torch.zeros(classes, hidden, dtype=dtype))
        self.b3 = torch.nn.Parameter(torch.zeros(classes, dtype=dtype))

    def forward(self, x):
        return log_probs(self.shape, x, self.w1, self.b1, self.w2, self.b2, self.w3, self.b3)


def log_probs(shape, x, w1, b1, w2, b2, w3, b3):
    """The log-softmax outputs for the rows of x: the forward pass that is timed and checked."""
    channels, side, pool = shape
    z = F.conv2d(x.view(-1, channels, side, side), w1)
    a1 = torch.sigmoid(F.max_pool2d(z, pool) + b1.view(1, -1, 1, 1))
    a2 = torch.sigmoid(F.linear(a1.flatten(1), w2, b2))
    return F.log_softmax(F.linear(a2, w3, b3), dim=1)


def check_gradients():
    """Autograd against central finite differences on 2 filters 3x3 over 1x8x8, pool 2, dense 5, softmax 3."""
    gen = torch.Generator().manual_seed(7)
    net = ConvNet(1, 8, 2, 3, 2, 5, 3, gen, torch.float64)
    with torch.no_grad():
        net.w3.normal_(0, 0.5, generator=gen)   # network3's zeros would hide the hidden layers' errors
    x = torch.rand(4, 64, generator=gen, dtype=torch.float64)
    labels = torch.tensor([0, 2, 1, 2])
    inputs = tuple(p.detach().clone().requires_grad_(True) for p in net.parameters())
    ok = torch.autograd.gradcheck(lambda *values: F.nll_loss(log_probs(net.shape, x, *values), labels), inputs, eps=1e-6,
                                  atol=1e-7, rtol=1e-5, raise_exception=False)
    print(json.dumps({"check": "torch.autograd.gradcheck", "ok": bool(ok)}))
    return 0 if ok else 1


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--examples", type=int, default=5000, help="train on the first N training images")
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=12345)
    ap.add_argument("--eval", action="store_true", help="also report test accuracy after each epoch")
    ap.add_argument("--check", action="store_true", help="check the gradients by finite differences and exit")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    if args.check:
        return check_gradients()
    sys.path.insert(0, os.environ.get("NN_PEERS_DIR", os.path.join(os.path.dirname(__file__), "..", "..",
                                                                   "shared", "peers")))
    import mnist_data
    from blasinfo import loaded_blas
    data = mnist_data.load(dtype=np.float32, data_dir=os.environ.get(
        "MNIST_DIR", os.path.join(os.environ.get("NN_DATA_DIR", ""), "mnist")))
    x = torch.from_numpy(data["train"][0][:args.examples])
    labels = torch.from_numpy(data["train"][1][:args.examples])
    gen = torch.Generator().manual_seed(args.seed)
    net = ConvNet(1, 28, 20, 5, 2, 100, 10, gen, torch.float32)
    optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
    batch = 10
    epochs = []
    for epoch in range(args.epochs):
        start = time.perf_counter()
        order = torch.randperm(len(x), generator=gen)
        for i in range(0, len(x), batch):
            rows = order[i:i + batch]
            optimizer.zero_grad(set_to_none=True)
            F.nll_loss(net(x.index_select(0, rows)), labels.index_select(0, rows)).backward()
            optimizer.step()
        seconds = time.perf_counter() - start
        record = {"epoch": epoch + 1, "seconds": seconds}
        if args.eval:
            with torch.no_grad():
                test = torch.from_numpy(data["test"][0])
                record["test_acc"] = float((net(test).argmax(1).numpy() == data["test"][1]).mean())
        epochs.append(record)
        print(json.dumps(record), file=sys.stderr, flush=True)
    median = float(np.median([e["seconds"] for e in epochs]))
    print(json.dumps({
        "impl": "torch-autograd-float32", "network": "conv20x5x5-pool2-100-10", "batch": batch,
        "examples": args.examples, "epochs_run": args.epochs, "threads": torch.get_num_threads(),
        "median_epoch_s": median * FULL_TRAIN / args.examples, "median_subset_s": median,
        "final_test_acc": epochs[-1].get("test_acc"), "torch": torch.__version__,
        "mkldnn": torch.backends.mkldnn.is_available(), "blas": loaded_blas(), "epochs": epochs,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
