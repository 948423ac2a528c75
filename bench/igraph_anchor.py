#!/usr/bin/env python3
"""igraph anchor for bench_graph (DESIGN.md §7): times igraph's Fruchterman-Reingold layout
(500 iterations, the default) on the same backbone graphs that bench_graph lays out.

    bench_graph --write-edges DIR --no-anchor && python3 bench/igraph_anchor.py DIR

Reads DIR/backbone_<n>.tsv (written by bench_graph: '# vertices n', then 'source target weight',
weight = the attraction factor our layout uses) and prints one line per graph in bench_graph's
format: median milliseconds of layout_fruchterman_reingold(niter=500, weights=...), and the same
quality figure (mean edge length / mean non-edge distance after scaling into the unit square).
Needs Debian's python3-igraph.
"""
import argparse
import glob
import math
import os
import statistics
import time

import igraph


def read_graph(path):
    n = 0
    edges, weights = [], []
    with open(path) as f:
        for line in f:
            if line.startswith("# vertices"):
                n = int(line.split()[2])
                continue
            s, t, w = line.split()
            edges.append((int(s), int(t)))
            weights.append(float(w))
    return igraph.Graph(n=n, edges=edges), weights


def quality(g, coords):
    xs = [c[0] for c in coords]
    ys = [c[1] for c in coords]
    extent = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    p = [((x - min(xs)) / extent, (y - min(ys)) / extent) for x, y in coords]
    edge_sum = sum(math.dist(p[e.source], p[e.target]) for e in g.es)
    n = len(p)
    all_sum = sum(math.dist(p[i], p[j]) for i in range(n) for j in range(i + 1, n))
    pairs = n * (n - 1) / 2
    m = g.ecount()
    return (edge_sum / m) / ((all_sum - edge_sum) / (pairs - m))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    files = sorted(glob.glob(os.path.join(args.dir, "backbone_*.tsv")),
                   key=lambda p: int(p.rsplit("_", 1)[1].split(".")[0]))
    for path in files:
        g, weights = read_graph(path)
        n = g.vcount()
        times = []
        layout = None
        for run in range(args.runs):
            start = time.perf_counter()
            layout = g.layout_fruchterman_reingold(niter=500, weights=weights)
            times.append((time.perf_counter() - start) * 1000.0)
        grid = "grid" if n > 1000 else "exact"  # igraph's grid="auto" switches at 1000 vertices
        print("%-34s %9.2f ms   igraph %s FR, 500 iterations (%s repulsion), edge/non-edge distance %f"
              % ("igraph_fr_" + str(n), statistics.median(times), igraph.__version__, grid,
                 quality(g, layout.coords)), flush=True)


if __name__ == "__main__":
    main()
