"""Ordered-probit pieces: log-likelihood and its derivatives, vectorised over observations.

A vote y in {0 no, 1 abstain, 2 yes} is observed when a latent utility beta*theta + e, e ~ N(0, 1),
falls between the roll call's cutpoints: y = 0 below c1, 1 between c1 and c2, 2 above c2. The
log-likelihood is concave in (eta = beta*theta, c1, c2) (Pratt 1981), so Newton steps on either
block of the model are well behaved. Observations are kept sorted by category (all 'no', then
all 'abstain', then all 'yes') so that each category's formula runs on a contiguous slice, and
tails are handled in log space so that lopsided votes do not underflow.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from scipy.special import log_ndtr

Float = NDArray[np.float64]
Int = NDArray[np.int64]

_LOG_SQRT_2PI = 0.5 * np.log(2.0 * np.pi)


@dataclass(frozen=True)
class Slices:
    """Where each category's observations sit in the category-sorted arrays."""

    n0: int
    n1: int
    total: int

    @property
    def no(self) -> slice:
        return slice(0, self.n0)

    @property
    def abstain(self) -> slice:
        return slice(self.n0, self.n0 + self.n1)

    @property
    def yes(self) -> slice:
        return slice(self.n0 + self.n1, None)


def _log_pdf(u: Float) -> Float:
    return np.asarray(-0.5 * u * u - _LOG_SQRT_2PI, dtype=np.float64)


def _log_middle(u_lo: Float, u_hi: Float) -> Float:
    """log(Phi(u_hi) - Phi(u_lo)), computed on the side where both CDF values are small."""
    flip = u_lo > 0
    a = np.where(flip, -u_lo, u_hi)
    c = np.where(flip, -u_hi, u_lo)
    la = log_ndtr(a)
    with np.errstate(divide="ignore", invalid="ignore"):
        diff = -np.expm1(log_ndtr(c) - la)
    return np.asarray(la + np.log(np.maximum(diff, 1e-300)))


def log_prob(eta: Float, g: Int, c1: Float, c2: Float, sl: Slices) -> Float:
    """log P(y | eta, cutpoints) per observation (category-sorted)."""
    out = np.empty_like(eta)
    s0, s1, s2 = sl.no, sl.abstain, sl.yes
    out[s0] = log_ndtr(c1[g[s0]] - eta[s0])
    out[s2] = log_ndtr(eta[s2] - c2[g[s2]])
    out[s1] = _log_middle(c1[g[s1]] - eta[s1], c2[g[s1]] - eta[s1])
    return out


@dataclass
class Derivs:
    """Derivatives of each observation's log-likelihood.

    ``d_hi``/``d_lo`` are with respect to the cutpoint above/below the observed category (c1
    above 'no'; c1 below and c2 above 'abstain'; c2 below 'yes'); zero where there is none.
    """

    d_eta: Float
    d_hi: Float
    d_lo: Float
    h_eta: Float  # d2/d eta2 (negative)
    h_hi: Float
    h_lo: Float
    h_hilo: Float
    h_eta_hi: Float
    h_eta_lo: Float


def derivs(eta: Float, g: Int, c1: Float, c2: Float, sl: Slices) -> Derivs:
    n = len(eta)
    s0, s1, s2 = sl.no, sl.abstain, sl.yes
    u_hi = np.zeros(n)
    u_lo = np.zeros(n)
    r_hi = np.zeros(n)
    r_lo = np.zeros(n)
    u_hi[s0] = c1[g[s0]] - eta[s0]
    r_hi[s0] = np.exp(_log_pdf(u_hi[s0]) - log_ndtr(u_hi[s0]))
    u_lo[s2] = c2[g[s2]] - eta[s2]
    r_lo[s2] = np.exp(_log_pdf(u_lo[s2]) - log_ndtr(-u_lo[s2]))
    u_lo[s1] = c1[g[s1]] - eta[s1]
    u_hi[s1] = c2[g[s1]] - eta[s1]
    logp = _log_middle(u_lo[s1], u_hi[s1])
    r_hi[s1] = np.exp(_log_pdf(u_hi[s1]) - logp)
    r_lo[s1] = np.exp(_log_pdf(u_lo[s1]) - logp)
    h_hi = -u_hi * r_hi - r_hi * r_hi
    h_lo = u_lo * r_lo - r_lo * r_lo
    h_hilo = r_hi * r_lo
    return Derivs(
        d_eta=r_lo - r_hi,
        d_hi=r_hi,
        d_lo=-r_lo,
        h_eta=h_hi + 2.0 * h_hilo + h_lo,
        h_hi=h_hi,
        h_lo=h_lo,
        h_hilo=h_hilo,
        h_eta_hi=-(h_hi + h_hilo),
        h_eta_lo=-(h_lo + h_hilo),
    )
