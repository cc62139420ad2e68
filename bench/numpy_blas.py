"""Prints which numpy, BLAS library and kernel this Python runs, in one line, for bench/run.sh's table.

With --threads it prints only the number of threads the BLAS will use, as the library reports it: OpenBLAS
caps OPENBLAS_NUM_THREADS at the machine's cores, so this is the count the numpy peer really ran with.
"""
import os
import sys

import numpy

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import peer_conv  # noqa: E402  (its blas_kernel() asks threadpoolctl, else the mapped OpenBLAS itself)


def threads(info):
    n = info.get("num_threads")
    return "? threads" if n is None else f"{n} thread" + ("" if n == 1 else "s")


def describe(info):
    where = info.get("config") or info.get("filepath") or info.get("numpy_config") or "?"
    return f"{info.get('architecture', '?')} kernel, {threads(info)} ({where})"


kernels = peer_conv.blas_kernel()
if sys.argv[1:] == ["--threads"]:
    print(next((i["num_threads"] for i in kernels if i.get("num_threads")), ""))
else:
    print(f"numpy {numpy.__version__}: " + "; ".join(describe(i) for i in kernels))
