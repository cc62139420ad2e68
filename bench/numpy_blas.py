"""Prints which numpy, BLAS library and kernel this Python runs, in one line, for bench/run.sh's table."""
import os
import sys

import numpy

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import peer_conv  # noqa: E402  (its blas_kernel() asks threadpoolctl, else the mapped OpenBLAS itself)


def describe(info):
    where = info.get("config") or info.get("filepath") or info.get("numpy_config") or "?"
    return f"{info.get('architecture', '?')} kernel, {info.get('num_threads', '?')} threads ({where})"


print(f"numpy {numpy.__version__}: " + "; ".join(describe(i) for i in peer_conv.blas_kernel()))
