"""Runs the numpy peer (shared/peers/nielsen_numpy.py) on W800: 784-800-10, C2's settings at batch 100.

The peer knows only C1-C4; this adds W800 to its configuration table and calls its own main, so the timing
is the peer's, unchanged. Usage: peer_wide.py PEERS_DIR [nielsen_numpy.py options, e.g. --config W800 ...]
"""
import sys

sys.path.insert(0, sys.argv[1])
import configs  # noqa: E402  (the peer's module)
import nielsen_numpy  # noqa: E402

W800 = dict(sizes=[784, 800, 10], output="sigmoid", cost="cross_entropy", eta=0.5, lmbda=5.0, batch=100,
            full_epochs=30)
configs.CONFIGS["W800"] = W800
nielsen_numpy.CONFIGS["W800"] = W800
sys.argv = ["nielsen_numpy.py"] + sys.argv[2:]
nielsen_numpy.main()
