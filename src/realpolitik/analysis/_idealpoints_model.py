"""Dynamic ordinal item-response model of roll-call votes, fitted by alternating Newton steps.

The model follows Bailey, Strezhnev & Voeten (2017): one dimension; a position theta[i, t] per
state-year linked by a random walk theta[i, t] ~ N(theta[i, t-1], gap * omega^2); an ordered
probit for no / abstain / yes with abstention in the middle, two cutpoints and a discrimination
per roll call; roll calls that recur with the same text share their parameters across years (the
bridges that tell a change in position from a change in agenda). Non-votes are missing.

BSV sample the posterior by MCMC, which takes hours. Here the posterior mode is found the fast
way (in the spirit of Imai, Lo & Olmsted 2016): the log-posterior is concave in the positions for
fixed roll-call parameters and concave in the roll-call parameters for fixed positions, so the fit
alternates one damped Newton step on each block. The position block is one tridiagonal system per
state (the random walk), solved for all states at once as a banded system; the roll-call block is
a 3x3 system per roll call (or bridge group). Standard errors are the Laplace approximation: the
square root of the diagonal of the inverse negative Hessian of the position block.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray
from scipy.linalg import solveh_banded

from realpolitik.analysis._idealpoints_probit import Float, Int, Slices, derivs, log_prob
from realpolitik.errors import Errors, RealpolitikError

Bool = NDArray[np.bool_]


@dataclass(frozen=True)
class Settings:
    """Model settings. Documented in docs/idealpoints.md; the defaults are the published model's."""

    omega: float = 0.1  # sd of the yearly random-walk step of a state's position
    start_sd: float = 1.0  # prior sd of a state's first position
    beta_sd: float = 1.0  # prior sd of a roll call's discrimination
    cut_sd: float = 5.0  # prior sd of the cutpoints
    min_rollcalls: int = 5  # contested roll calls a year needs (fewer: E501, or pool)
    pool_sparse_years: bool = False  # merge a sparse year into its neighbour instead of E501
    max_iter: int = 400
    tol: float = 1e-5  # relative change of the log-posterior that ends the fit


@dataclass
class Result:
    """Positions per state-year (sorted by state, then year) and the fitted roll-call parameters."""

    state: Int  # state index per state-year
    year: Int
    theta: Float
    sd: Float
    n_votes: Int
    beta: Float  # per roll call (bridged roll calls repeat their group's values)
    cut1: Float
    cut2: Float
    item_used: Bool  # False for uncontested roll calls, which carry no information
    iterations: int
    log_posterior: float
    flipped: bool = False
    settings: Settings = field(default_factory=Settings)


@dataclass
class _Data:
    r: Int  # state-year per observation (observations sorted by category)
    g: Int  # parameter group per observation
    y: Int
    sl: Slices
    chain_prev: Float  # precision of the link to the previous state-year (0 at a chain start)
    n_sy: int
    n_groups: int


def fit_dynamic_ordinal_irt(
    state_idx: Int,
    item_idx: Int,
    y: Int,
    item_year: Int,
    *,
    bridges: Int | None = None,
    n_states: int | None = None,
    anchor: int | None = None,
    settings: Settings | None = None,
    on_iteration: Callable[[int], None] | None = None,
) -> Result:
    """Fit the model to votes (state, roll call, y in {0 no, 1 abstain, 2 yes}).

    ``bridges[j]`` is a group id (>= 0) shared by roll calls constrained to equal parameters, or
    -1. ``anchor`` is the state whose mean position is made positive (the US on the published
    scale). ``on_iteration(i)`` is called after each Newton round (a progress bar). Raises
    E501 (sparse year), E502 (state without votes), E503 (no data), E504.
    """
    cfg = settings or Settings()
    state_idx, item_idx, y = (np.asarray(a, dtype=np.int64) for a in (state_idx, item_idx, y))
    item_year = np.asarray(item_year, dtype=np.int64)
    n_items = len(item_year)
    groups = (
        np.full(n_items, -1, dtype=np.int64)
        if bridges is None
        else np.asarray(bridges, dtype=np.int64)
    )
    _check_shapes(state_idx, item_idx, y, n_items, groups)
    used = _contested(item_idx, y, n_items)
    item_year = _check_years(item_year, used, cfg)
    keep = used[item_idx]
    state_idx, item_idx, y = state_idx[keep], item_idx[keep], y[keep]
    n_states = int(n_states if n_states is not None else state_idx.max(initial=-1) + 1)
    first, last = (int(item_year.min()), int(item_year.max())) if n_items else (0, 0)
    if len(y) == 0:
        raise RealpolitikError(Errors.E503, since=first, until=last)
    voted = np.bincount(state_idx, minlength=n_states) > 0
    if not voted.all():
        missing = int(np.flatnonzero(~voted)[0])
        raise RealpolitikError(Errors.E502, state=f"#{missing}", since=first, until=last)

    # State-years: one position per state and year with at least one vote.
    obs_year = item_year[item_idx]
    span = int(obs_year.max() - obs_year.min() + 1)
    key = state_idx * span + (obs_year - obs_year.min())
    sy_keys, r = np.unique(key, return_inverse=True)
    sy_state = sy_keys // span
    sy_year = sy_keys % span + obs_year.min()
    gap = np.diff(sy_year, prepend=sy_year[0]).astype(np.float64)
    same = np.concatenate([[False], sy_state[1:] == sy_state[:-1]])
    chain_prev = np.where(same, 1.0 / (np.maximum(gap, 1.0) * cfg.omega**2), 0.0)

    # Parameter groups: each bridge group is one set of parameters; other roll calls their own.
    group_of_item = _group_ids(groups, used)
    order = np.argsort(y, kind="stable")
    data = _Data(
        r=r.astype(np.int64)[order],
        g=group_of_item[item_idx][order],
        y=y[order],
        sl=Slices(int((y == 0).sum()), int((y == 1).sum()), len(y)),
        chain_prev=chain_prev,
        n_sy=len(sy_keys),
        n_groups=int(group_of_item.max()) + 1,
    )
    theta = _initial_positions(data, sy_state, sy_year)
    beta, c1, c2 = _initial_items(data, theta)
    for _ in range(5):
        beta, c1, c2 = _item_step(data, theta, beta, c1, c2, cfg)

    prev = _log_posterior(data, theta, beta, c1, c2, cfg)
    iterations = 0
    converged = False
    change = np.inf
    for iterations in range(1, cfg.max_iter + 1):  # noqa: B007
        theta = _theta_step(data, theta, beta, c1, c2, cfg)
        beta, c1, c2 = _item_step(data, theta, beta, c1, c2, cfg)
        cur = _log_posterior(data, theta, beta, c1, c2, cfg)
        change = abs(cur - prev) / max(1.0, abs(cur))
        prev = cur
        if on_iteration is not None:
            on_iteration(iterations)
        if change < cfg.tol:
            converged = True
            break
    if not converged:
        raise RealpolitikError(Errors.E504, iterations=cfg.max_iter, change=change)

    flipped = False
    if anchor is not None and np.any(sy_state == anchor) and theta[sy_state == anchor].mean() < 0:
        theta, beta, flipped = -theta, -beta, True
    sd = _laplace_sd(data, theta, beta, c1, c2, cfg)
    n_votes = np.bincount(data.r, minlength=data.n_sy).astype(np.int64)
    gi = np.where(used, group_of_item, 0)
    nan = np.full(n_items, np.nan)
    return Result(
        state=sy_state.astype(np.int64),
        year=sy_year.astype(np.int64),
        theta=theta,
        sd=sd,
        n_votes=n_votes,
        beta=np.where(used, beta[gi], nan),
        cut1=np.where(used, c1[gi], nan),
        cut2=np.where(used, c2[gi], nan),
        item_used=used,
        iterations=iterations,
        log_posterior=float(prev),
        flipped=flipped,
        settings=cfg,
    )


# -- input checks ------------------------------------------------------------------------------


def _check_shapes(s: Int, j: Int, y: Int, n_items: int, groups: Int) -> None:
    if not (len(s) == len(j) == len(y)):
        raise RealpolitikError(
            Errors.E511, what="state_idx, item_idx and y", reason="differ in length"
        )
    if len(groups) != n_items:
        raise RealpolitikError(Errors.E511, what="bridges", reason="must have one id per roll call")
    if len(y) and (y.min() < 0 or y.max() > 2):
        raise RealpolitikError(Errors.E511, what="y", reason="must be 0 (no), 1 (abstain), 2 (yes)")
    if len(j) and (j.min() < 0 or j.max() >= n_items):
        raise RealpolitikError(Errors.E511, what="item_idx", reason="outside item_year")
    if len(s) and s.min() < 0:
        raise RealpolitikError(Errors.E511, what="state_idx", reason="must be >= 0")


def _contested(item_idx: Int, y: Int, n_items: int) -> Bool:
    """A roll call informs positions only when the votes fall in at least two categories."""
    counts = np.zeros((n_items, 3), dtype=np.int64)
    np.add.at(counts, (item_idx, y), 1)
    return np.asarray((counts > 0).sum(axis=1) >= 2)


def _check_years(item_year: Int, used: Bool, cfg: Settings) -> Int:
    """E501 for a year with too few contested roll calls, or pool it into the nearest year."""
    years, counts = np.unique(item_year[used], return_counts=True)
    sparse = years[counts < cfg.min_rollcalls]
    if len(sparse) == 0:
        return item_year
    if not cfg.pool_sparse_years:
        year = int(sparse[0])
        raise RealpolitikError(
            Errors.E501,
            year=year,
            count=int(counts[years == year][0]),
            minimum=cfg.min_rollcalls,
        )
    full = years[counts >= cfg.min_rollcalls]
    if len(full) == 0:
        raise RealpolitikError(
            Errors.E501, year=int(sparse[0]), count=int(counts[0]), minimum=cfg.min_rollcalls
        )
    out = item_year.copy()
    for year in sparse:
        nearest = full[np.argmin(np.abs(full - year) * 2 + (full > year))]  # ties: earlier year
        out[item_year == year] = nearest
    return out


def _group_ids(groups: Int, used: Bool) -> Int:
    """Dense parameter-group index per roll call: bridge groups first, then single roll calls."""
    out = np.full(len(groups), -1, dtype=np.int64)
    bridged = used & (groups >= 0)
    _, dense = np.unique(groups[bridged], return_inverse=True)
    out[bridged] = dense
    start = int(dense.max()) + 1 if len(dense) else 0
    single = np.flatnonzero(used & (groups < 0))
    out[single] = start + np.arange(len(single))
    return out


# -- starting values ---------------------------------------------------------------------------


def _initial_positions(data: _Data, sy_state: Int, sy_year: Int) -> Float:
    """Yearly first principal component of the vote matrix, signs chained from year to year."""
    theta = np.zeros(data.n_sy)
    years = np.unique(sy_year)
    obs_year = sy_year[data.r]
    prev: dict[int, float] = {}
    for year in years:
        m = obs_year == year
        rows, r_idx = np.unique(data.r[m], return_inverse=True)
        cols, c_idx = np.unique(data.g[m], return_inverse=True)
        mat = np.full((len(rows), len(cols)), np.nan)
        mat[r_idx, c_idx] = data.y[m] / 2.0
        col_mean = np.nanmean(mat, axis=0)
        mat = np.where(np.isnan(mat), col_mean, mat) - col_mean
        if len(rows) < 2 or len(cols) < 1:
            continue
        _, vecs = np.linalg.eigh(mat @ mat.T)
        score = vecs[:, -1]
        score = (score - score.mean()) / (score.std() or 1.0)
        states = sy_state[rows]
        common = [k for k, s in enumerate(states) if int(s) in prev]
        if len(common) >= 2:
            a = score[common]
            b = np.array([prev[int(states[k])] for k in common])
            if float(np.dot(a - a.mean(), b - b.mean())) < 0:
                score = -score
        theta[rows] = score
        for s, v in zip(states, score, strict=True):
            prev[int(s)] = float(v)
    return theta


def _initial_items(data: _Data, theta: Float) -> tuple[Float, Float, Float]:
    """Cutpoints from the vote shares; discrimination from the vote's covariance with theta."""
    n = data.n_groups
    cnt = np.zeros((n, 3))
    np.add.at(cnt, (data.g, data.y), 1.0)
    tot = cnt.sum(axis=1)
    p0 = np.clip(cnt[:, 0] / tot, 0.01, 0.98)
    p01 = np.clip((cnt[:, 0] + cnt[:, 1]) / tot, p0 + 0.01, 0.99)
    from scipy.special import ndtri

    c1 = ndtri(p0)
    c2 = ndtri(p01)
    yc = data.y - (np.bincount(data.g, weights=data.y, minlength=n) / tot)[data.g]
    cov = np.bincount(data.g, weights=yc * theta[data.r], minlength=n) / tot
    beta = np.clip(cov, -1.0, 1.0)
    return beta, c1, c2


# -- objective ---------------------------------------------------------------------------------


def _prior_theta(data: _Data, theta: Float, cfg: Settings) -> float:
    starts = data.chain_prev == 0
    step = np.diff(theta, prepend=theta[0])
    return float(
        -0.5 * np.sum(theta[starts] ** 2) / cfg.start_sd**2
        - 0.5 * np.sum(data.chain_prev * step * step)
    )


def _prior_items(beta: Float, c1: Float, c2: Float, cfg: Settings) -> Float:
    return np.asarray(-0.5 * beta**2 / cfg.beta_sd**2 - 0.5 * (c1**2 + c2**2) / cfg.cut_sd**2)


def _log_posterior(
    data: _Data, theta: Float, beta: Float, c1: Float, c2: Float, cfg: Settings
) -> float:
    ll = float(log_prob(beta[data.g] * theta[data.r], data.g, c1, c2, data.sl).sum())
    return ll + _prior_theta(data, theta, cfg) + float(_prior_items(beta, c1, c2, cfg).sum())


# -- position block ----------------------------------------------------------------------------


def _theta_system(
    data: _Data, theta: Float, beta: Float, c1: Float, c2: Float, cfg: Settings
) -> tuple[Float, Float, Float]:
    """Gradient, diagonal and super-diagonal of the negative Hessian in theta."""
    bg = beta[data.g]
    d = derivs(bg * theta[data.r], data.g, c1, c2, data.sl)
    grad = np.bincount(data.r, weights=bg * d.d_eta, minlength=data.n_sy)
    info = np.bincount(data.r, weights=-(bg * bg) * d.h_eta, minlength=data.n_sy)
    starts = data.chain_prev == 0
    link_next = np.append(data.chain_prev[1:], 0.0)  # precision to the next state-year
    step = np.diff(theta, prepend=theta[0])
    step_next = np.append(step[1:], 0.0)
    grad += -np.where(starts, theta / cfg.start_sd**2, 0.0)
    grad += -data.chain_prev * step + link_next * step_next
    diag = info + np.where(starts, 1.0 / cfg.start_sd**2, 0.0) + data.chain_prev + link_next
    return grad.astype(np.float64), np.asarray(diag + 1e-9, dtype=np.float64), -link_next[:-1]


def _theta_objective(
    data: _Data, theta: Float, beta: Float, c1: Float, c2: Float, cfg: Settings
) -> float:
    lp = log_prob(beta[data.g] * theta[data.r], data.g, c1, c2, data.sl)
    return float(lp.sum()) + _prior_theta(data, theta, cfg)


def _theta_step(
    data: _Data, theta: Float, beta: Float, c1: Float, c2: Float, cfg: Settings
) -> Float:
    grad, diag, off = _theta_system(data, theta, beta, c1, c2, cfg)
    ab = np.zeros((2, data.n_sy))
    ab[0, 1:] = off
    ab[1] = diag
    delta = solveh_banded(ab, grad, check_finite=False)
    base = _theta_objective(data, theta, beta, c1, c2, cfg)
    step = 1.0
    for _ in range(12):
        cand = theta + step * delta
        if _theta_objective(data, cand, beta, c1, c2, cfg) >= base:
            return np.asarray(cand, dtype=np.float64)
        step *= 0.5
    return theta


def _laplace_sd(
    data: _Data, theta: Float, beta: Float, c1: Float, c2: Float, cfg: Settings
) -> Float:
    """sqrt(diag(H^-1)) of the tridiagonal negative Hessian, by forward/backward recursions."""
    _, a, off = _theta_system(data, theta, beta, c1, c2, cfg)
    n = len(a)
    b2 = np.append(off**2, 0.0)  # b2[k]: squared coupling of k and k+1
    fwd = np.empty(n)
    bwd = np.empty(n)
    fwd[0] = a[0]
    for k in range(1, n):
        fwd[k] = a[k] - b2[k - 1] / fwd[k - 1]
    bwd[n - 1] = a[n - 1]
    for k in range(n - 2, -1, -1):
        bwd[k] = a[k] - b2[k] / bwd[k + 1]
    return np.asarray(np.sqrt(1.0 / (fwd + bwd - a)))


# -- roll-call block ---------------------------------------------------------------------------


def _item_objective(
    data: _Data, theta: Float, beta: Float, c1: Float, c2: Float, cfg: Settings
) -> Float:
    lp = log_prob(beta[data.g] * theta[data.r], data.g, c1, c2, data.sl)
    return np.bincount(data.g, weights=lp, minlength=data.n_groups) + _prior_items(
        beta, c1, c2, cfg
    )


def _item_step(
    data: _Data, theta: Float, beta: Float, c1: Float, c2: Float, cfg: Settings
) -> tuple[Float, Float, Float]:
    """One damped Newton step on (beta, c1, c2) of every parameter group at once."""
    g, n, sl = data.g, data.n_groups, data.sl
    t = theta[data.r]
    d = derivs(beta[g] * t, g, c1, c2, sl)
    # c1 is the cutpoint above 'no' and below 'abstain'; c2 above 'abstain' and below 'yes'.
    g_c1, g_c2 = _by_slice(sl, d.d_hi, d.d_lo, 0.0), _by_slice(sl, 0.0, d.d_hi, d.d_lo)
    h11, h22 = _by_slice(sl, d.h_hi, d.h_lo, 0.0), _by_slice(sl, 0.0, d.h_hi, d.h_lo)
    h12 = _by_slice(sl, 0.0, d.h_hilo, 0.0)
    he1 = _by_slice(sl, d.h_eta_hi, d.h_eta_lo, 0.0)
    he2 = _by_slice(sl, 0.0, d.h_eta_hi, d.h_eta_lo)

    def s(w: Float) -> Float:
        return np.bincount(g, weights=w, minlength=n).astype(np.float64)

    grad = np.stack(
        [
            s(t * d.d_eta) - beta / cfg.beta_sd**2,
            s(g_c1) - c1 / cfg.cut_sd**2,
            s(g_c2) - c2 / cfg.cut_sd**2,
        ],
        axis=1,
    )
    hess = np.empty((n, 3, 3))
    hess[:, 0, 0] = s(t * t * d.h_eta) - 1.0 / cfg.beta_sd**2
    hess[:, 1, 1] = s(h11) - 1.0 / cfg.cut_sd**2
    hess[:, 2, 2] = s(h22) - 1.0 / cfg.cut_sd**2
    hess[:, 0, 1] = hess[:, 1, 0] = s(t * he1)
    hess[:, 0, 2] = hess[:, 2, 0] = s(t * he2)
    hess[:, 1, 2] = hess[:, 2, 1] = s(h12)
    hess -= np.eye(3) * 1e-9
    delta = np.linalg.solve(-hess, grad[:, :, None])[:, :, 0]
    # Keep c1 < c2: shorten steps that would close the gap.
    gap = c2 - c1
    closing = delta[:, 2] - delta[:, 1]
    step = np.where(closing < 0, np.minimum(1.0, 0.9 * gap / np.maximum(-closing, 1e-300)), 1.0)
    base = _item_objective(data, theta, beta, c1, c2, cfg)
    nb, n1, n2 = beta, c1, c2
    todo = np.ones(n, dtype=bool)
    for _ in range(12):
        cb = np.where(todo, beta + step * delta[:, 0], nb)
        cc1 = np.where(todo, c1 + step * delta[:, 1], n1)
        cc2 = np.where(todo, c2 + step * delta[:, 2], n2)
        better = _item_objective(data, theta, cb, cc1, cc2, cfg) >= base
        accept = todo & better
        nb, n1, n2 = np.where(accept, cb, nb), np.where(accept, cc1, n1), np.where(accept, cc2, n2)
        todo &= ~better
        if not todo.any():
            break
        step = np.where(todo, step * 0.5, step)
    return nb, n1, n2


def _by_slice(sl: Slices, no: Float | float, abstain: Float | float, yes: Float | float) -> Float:
    """One per-observation array from per-category sources (arrays or constants)."""
    out = np.zeros(sl.total)
    for part, src in ((sl.no, no), (sl.abstain, abstain), (sl.yes, yes)):
        out[part] = src[part] if isinstance(src, np.ndarray) else src
    return out
