"""Reads a network the way Nielsen's network2.py `load` does and prints its outputs for some inputs.

network2.py's load: json.load the file, look up the cost class named by data["cost"], build
Network(data["sizes"], cost=cost), then net.weights = [np.array(w) for w in data["weights"]] and
net.biases = [np.array(b) for b in data["biases"]]; feedforward is a = sigmoid(np.dot(w, a) + b) per layer.
This script does the same with numpy alone (network2.py is not shipped here).

usage: python3 predict.py NETWORK.json INPUTS.txt  (one example per line, features separated by spaces)
prints one line per example: the outputs, separated by spaces.
"""
import json
import sys

import numpy as np


class CrossEntropyCost:
    pass


class QuadraticCost:
    pass


def load(filename):
    with open(filename) as f:
        data = json.load(f)
    cost = getattr(sys.modules[__name__], data["cost"])
    sizes = data["sizes"]
    weights = [np.array(w) for w in data["weights"]]
    biases = [np.array(b) for b in data["biases"]]
    for w, b, n_in, n_out in zip(weights, biases, sizes[:-1], sizes[1:]):
        assert w.shape == (n_out, n_in), (w.shape, n_out, n_in)
        assert b.shape == (n_out, 1), b.shape
    return cost, weights, biases


def feedforward(weights, biases, a):
    for w, b in zip(weights, biases):
        a = 1.0 / (1.0 + np.exp(-(np.dot(w, a) + b)))
    return a


def main():
    _, weights, biases = load(sys.argv[1])
    with open(sys.argv[2]) as f:
        for line in f:
            x = np.array([float(v) for v in line.split()]).reshape(-1, 1)
            print(" ".join(repr(float(v)) for v in feedforward(weights, biases, x).ravel()))


if __name__ == "__main__":
    main()
