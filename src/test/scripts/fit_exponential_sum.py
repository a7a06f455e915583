"""Fits the exponential sum of dev.nutshell.internal.ExponentialSum.

Finds w_k, t_k > 0 (k = 1..K) minimising the largest relative error of
    1/x ~ sum_k w_k exp(-t_k x)   on 1 <= x <= R
(Braess and Hackbusch 2005, "Approximation of 1/x by exponential sums in [1, oo)"; the best
approximation equioscillates at 2K + 1 points). Starting from a sinc-quadrature-like guess for a
small K, each K is fitted by least squares (Levenberg-Marquardt) and then levelled by a Remez
exchange (Newton on the 2K + 1 equioscillation equations, then the extrema as the new reference);
K + 1 starts from K's nodes spread geometrically over K + 1 points.

Usage: python3 src/test/scripts/fit_exponential_sum.py [R] [K]   (defaults 62 and 15; needs numpy and scipy)
Prints the nodes t_k and weights w_k to paste into ExponentialSum.java and the maximal relative error.
"""
import sys
import warnings
import numpy as np
from scipy.optimize import least_squares

# Trial steps of the least squares may overflow exp(); they are rejected, so the warnings are noise.
warnings.filterwarnings('ignore', category=RuntimeWarning)
R = float(sys.argv[1]) if len(sys.argv) > 1 else 62.0
K_FINAL = int(sys.argv[2]) if len(sys.argv) > 2 else 15
GRID = np.exp(np.linspace(0, np.log(R), 1500))
FINE = np.exp(np.linspace(0, np.log(R), 400000))


def error(w, t, x):
    return x * (np.exp(-np.outer(x, t)) @ w) - 1


def least_squares_fit(w, t):
    k = len(w)

    def residual(p):
        return error(np.exp(p[:k]), np.exp(p[k:]), GRID)

    def jacobian(p):
        w, t = np.exp(p[:k]), np.exp(p[k:])
        a = GRID[:, None] * np.exp(-np.outer(GRID, t)) * w[None, :]
        return np.hstack([a, a * -np.outer(GRID, t)])

    p = np.concatenate([np.log(w), np.log(t)])
    p = least_squares(residual, p, jac=jacobian, method='lm', xtol=1e-15, ftol=1e-15, gtol=1e-15,
                      max_nfev=3000).x
    order = np.argsort(p[k:])
    return np.exp(p[:k])[order], np.exp(p[k:])[order]


def alternating_extrema(w, t, count):
    e = error(w, t, FINE)
    candidates = [0] + [i for i in range(1, len(e) - 1) if (e[i] - e[i - 1]) * (e[i + 1] - e[i]) <= 0]
    candidates.append(len(e) - 1)
    chosen = []
    for i in candidates:
        if chosen and np.sign(e[chosen[-1]]) == np.sign(e[i]):
            if abs(e[i]) > abs(e[chosen[-1]]):
                chosen[-1] = i
        else:
            chosen.append(i)
    while len(chosen) > count:
        chosen.pop(0 if abs(e[chosen[0]]) < abs(e[chosen[-1]]) else -1)
    return FINE[np.array(chosen)], np.abs(e).max()


def remez(w, t, rounds=30):
    k = len(w)
    worst = np.inf
    for _ in range(rounds):
        points, worst = alternating_extrema(w, t, 2 * k + 1)
        if len(points) < 2 * k + 1:
            break
        sign = np.array([(-1) ** i for i in range(2 * k + 1)]) * np.sign(error(w, t, points[:1])[0])
        p = np.concatenate([np.log(w), np.log(t), [np.mean(np.abs(error(w, t, points)))]])
        for _ in range(20):
            wn, tn, level = np.exp(p[:k]), np.exp(p[k:2 * k]), p[2 * k]
            x = np.exp(-np.outer(points, tn))
            f = points * (x @ wn) - 1 - sign * level
            a = points[:, None] * x * wn[None, :]
            j = np.hstack([a, a * -np.outer(points, tn), -sign[:, None]])
            step = np.linalg.lstsq(j, -f, rcond=None)[0]
            p = p + step
            if np.abs(step).max() < 1e-13:
                break
        w, t = np.exp(p[:k]), np.exp(p[k:2 * k])
        _, worst = alternating_extrema(w, t, 2 * k + 1)
        if worst < abs(p[2 * k]) * (1 + 1e-4):
            break
    return w, t, worst


def main():
    k = 8
    nodes = np.exp(np.linspace(np.log(0.02 / R), np.log(8.0), k))
    step = np.log(nodes[1] / nodes[0])
    w, t = least_squares_fit(step * nodes, nodes)
    w, t, worst = remez(w, t)
    while k < K_FINAL:
        spread = np.linspace(0, k - 1, k + 1)
        t = np.exp(np.interp(spread, np.arange(k), np.log(t)))
        w = np.exp(np.interp(spread, np.arange(k), np.log(w))) * k / (k + 1)
        k += 1
        w, t, worst = remez(*least_squares_fit(w, t))
        print('K = %d: largest relative error %.3g' % (k, worst), file=sys.stderr)
    for node, weight in zip(t, w):
        print('%.17g, %.17g' % (node, weight))
    print('largest relative error on [1, %g]: %.4g' % (R, worst))


main()
