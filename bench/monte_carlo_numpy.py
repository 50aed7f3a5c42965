"""The numpy peer of `werkbalans analyse FILE --json --draws N`: the same Monte Carlo, vectorised.

Reads a long survey table (CSV: beroep, indicator, waarde, ondergrens, bovengrens, periode), and per
draw: every component from Normal(value, (upper - lower) / (2 * 1.96)) clipped to 0-100 (a value
without bounds stays at its value), both indices (mean of five components), both medians, every
profession's quadrant (at or above the median is high), and the competition rank (1 + the number
strictly higher) of every profession on every component and both indices. Prints quadrant
probabilities and 2.5-97.5% rank intervals (smallest rank whose cumulative share reaches the quantile)
as JSON. Draws go in blocks of 10 000 so memory stays bounded; numpy's PCG64 with the given seed.

    python3 bench/monte_carlo_numpy.py FILE --draws 100000 --seed 1
"""

import argparse
import csv
import json

import numpy as np

RESOURCES = [
    "loopbaanperspectief",
    "ontwikkelmogelijkheden",
    "invloed_inhoud",
    "autonomie",
    "steun_leidinggevende",
]
DEMANDS = ["werkdruk", "agressie_extern", "agressie_intern", "tijd_verslaglegging", "tijd_registratie"]
COMPONENTS = RESOURCES + DEMANDS
BLOCK = 10_000


def read_table(path):
    rows = {}
    with open(path, newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            if row["indicator"] not in COMPONENTS:
                continue
            number = lambda s: float(s.replace(",", ".")) if s not in ("", ".", "x", "-") else None
            rows.setdefault(row["beroep"], {})[row["indicator"]] = (
                number(row["waarde"]),
                number(row.get("ondergrens", "")),
                number(row.get("bovengrens", "")),
            )
    names = sorted(n for n, r in rows.items() if all(c in r and r[c][0] is not None for c in COMPONENTS))
    values = np.array([[rows[n][c][0] for c in COMPONENTS] for n in names])
    sds = np.array(
        [
            [(u - l) / (2 * 1.96) if l is not None and u is not None else 0.0 for _, l, u in (rows[n][c] for c in COMPONENTS)]
            for n in names
        ]
    )
    return names, values, sds


def competition_ranks(x):
    """Ranks along the last axis, 1 = highest; ties share the best rank. Returns 0-based ranks."""
    order = np.argsort(-x, axis=-1, kind="stable")
    s = np.take_along_axis(x, order, axis=-1)
    position = np.broadcast_to(np.arange(x.shape[-1]), x.shape)
    starts = np.concatenate([np.ones(x.shape[:-1] + (1,), bool), s[..., 1:] != s[..., :-1]], axis=-1)
    rank_sorted = np.maximum.accumulate(np.where(starts, position, 0), axis=-1)
    ranks = np.empty_like(rank_sorted)
    np.put_along_axis(ranks, order, rank_sorted, axis=-1)
    return ranks


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--draws", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    names, values, sds = read_table(args.file)
    P, C = values.shape
    M = C + 2
    w_r = np.array([1.0 if c in RESOURCES else 0.0 for c in COMPONENTS]) / len(RESOURCES)
    w_d = np.array([1.0 if c in DEMANDS else 0.0 for c in COMPONENTS]) / len(DEMANDS)
    rng = np.random.default_rng(args.seed)
    quadrant_counts = np.zeros(P * 4, np.int64)
    rank_counts = np.zeros(M * P * P, np.int64)
    measure_base = (np.arange(M)[:, None] * P + np.arange(P)[None, :]) * P  # (M, P)
    for start in range(0, args.draws, BLOCK):
        n = min(BLOCK, args.draws - start)
        x = values + sds * rng.standard_normal((n, P, C))
        np.clip(x, 0.0, 100.0, out=x)
        r = x @ w_r
        d = x @ w_d
        m_r = np.median(r, axis=1, keepdims=True)
        m_d = np.median(d, axis=1, keepdims=True)
        q = (d >= m_d).astype(np.int64) + 2 * (r >= m_r)
        quadrant_counts += np.bincount((np.arange(P) * 4 + q).ravel(), minlength=P * 4)
        measures = np.concatenate([x, r[..., None], d[..., None]], axis=2).transpose(0, 2, 1)  # (n, M, P)
        ranks = competition_ranks(np.ascontiguousarray(measures))
        rank_counts += np.bincount((measure_base + ranks).ravel(), minlength=M * P * P)
    r0 = values @ w_r
    d0 = values @ w_d
    point_q = (d0 >= np.median(d0)).astype(int) + 2 * (r0 >= np.median(r0))
    shares = quadrant_counts.reshape(P, 4) / args.draws
    cumulative = np.cumsum(rank_counts.reshape(M, P, P), axis=2)
    low = np.argmax(cumulative >= 0.025 * args.draws, axis=2) + 1
    high = np.argmax(cumulative >= 0.975 * args.draws, axis=2) + 1
    measure_ids = COMPONENTS + ["resources", "demands"]
    print(
        json.dumps(
            {
                "professions": [
                    {
                        "name": name,
                        "quadrant": int(point_q[p]) + 1,
                        "quadrantProbability": float(shares[p, point_q[p]]),
                        "ranks": {
                            m: {"low": int(low[i, p]), "high": int(high[i, p])} for i, m in enumerate(measure_ids)
                        },
                    }
                    for p, name in enumerate(names)
                ]
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
