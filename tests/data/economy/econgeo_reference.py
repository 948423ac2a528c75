#!/usr/bin/env python3
"""Independent reference values for tests/core/test_economy_indicators.cpp.

Plain-python transcription of EconGeo::relatedness(mat, method) (P.-A. Balland, R/relatedness.r):
the diagonal of the co-occurrence matrix is set to 0, s = column sums, t = total, and in R's
recycling `si[i,j] = s[j]` (byrow = TRUE) and `sj[i,j] = s[i]`; NaN (0/0) becomes 0 and the
diagonal of the result is 0. Also computes the skill-relatedness case (Neffke & Henning 2013).
Run: python3 econgeo_reference.py
"""
import math

MAT = [
    [6, 3, 1, 0, 2, 0],
    [3, 5, 4, 1, 0, 0],
    [1, 4, 7, 2, 1, 0],
    [0, 1, 2, 3, 0, 0],
    [2, 0, 1, 0, 4, 0],
    [0, 0, 0, 0, 0, 1],
]


def div(a, b):
    if b == 0:
        if a == 0:
            return math.nan
        return math.copysign(math.inf, a)
    return a / b


def econgeo(mat, method):
    n = len(mat)
    c = [[0 if i == j else mat[i][j] for j in range(n)] for i in range(n)]
    s = [sum(c[i][j] for i in range(n)) for j in range(n)]
    t = sum(map(sum, c))
    out = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            si, sj, x = s[j], s[i], c[i][j]
            if method == "prob":
                v = div(x, (div(si, t) * div(sj, t - si) + div(sj, t) * div(si, t - sj)) * (t / 2))
            elif method == "association":
                v = div(div(x, t), div(si, t) * div(sj, t))
            elif method == "cosine":
                v = div(x, math.sqrt(si * sj))
            elif method == "jaccard":
                v = div(x, si + sj - x)
            if math.isnan(v):
                v = 0.0
            out[i][j] = 0.0 if i == j else v
    return out


def skill(f):
    n = len(f)
    out = [sum(f[i][j] for j in range(n) if j != i) for i in range(n)]
    inn = [sum(f[i][j] for i in range(n) if i != j) for j in range(n)]
    tot = sum(out)
    d = [[0.0] * n for _ in range(n)]
    ok = [[False] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            if i != j and out[i] > 0 and inn[j] > 0:
                sr = f[i][j] / (out[i] * inn[j] / tot)
                d[i][j] = (sr - 1) / (sr + 1)
                ok[i][j] = True
    sym = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            if i == j:
                continue
            vals = [v for v, o in ((d[i][j], ok[i][j]), (d[j][i], ok[j][i])) if o]
            sym[i][j] = sum(vals) / len(vals) if vals else 0.0
    return d, sym


if __name__ == "__main__":
    for m in ("prob", "association", "cosine", "jaccard"):
        print(m)
        for row in econgeo(MAT, m):
            print("    {" + ", ".join(repr(v) for v in row) + "},")
    d, sym = skill([[99, 10, 2], [6, 99, 4], [2, 4, 99]])
    print("skill directed", d)
    print("skill sym", sym)
    d, sym = skill([[0, 5, 0], [5, 0, 0], [2, 0, 0]])
    print("skill one-sided directed", d)
    print("skill one-sided sym", sym)
