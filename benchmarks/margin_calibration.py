"""Fit a model's similarity calibration (margin_slope, margin_zero) for the aligner: one line.

    python benchmarks/margin_calibration.py [--model NAME]

The fit that :mod:`align.aligner.config` describes, for any model: on real parallel texts
(UDHR articles en/fr, en/nl, fr/nl; the 169 SDG targets en/fr; the first 300 UN Parallel
Corpus dev-set sentence pairs en/fr, all from ``../shared/corpus/extra``), every true pair
and every false pair within three positions of it (559 and 3,294), scored by the margin
the aligner uses (cosine minus the mean of both sides' 4 nearest neighbours in the other
version), then a class-balanced, unregularised logistic regression of "true pair" on
the margin. Prints the slope, the zero (the margin at even odds) and the share of pairs
on the right side of it. For the default model it gives back the config's 326 and 0.0022.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

import align
from align.aligner import DEFAULT_CONFIG, segments
from align.aligner.evaluate import sdg_targets
from align.aligner.scores import Neighbours
from align.embed import get_embedder
from align.embed.embedder import Embedder
from align.model import Section

EXTRA = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "extra"
OFFSETS = 3  # false pairs: (i, j) with 1 <= |i - j| <= OFFSETS
UNPC_PAIRS = 300


def parallel_texts() -> list[tuple[list[str], list[str]]]:
    """Lists of texts, aligned item by item: the pairs of versions the fit is made on."""
    udhr = {}
    for lang in ("en", "fr", "nl"):
        document = align.read_versions([EXTRA / "udhr" / f"udhr.{lang}.html"])[0]
        udhr[lang] = [s.text for s in segments(document) if s.section is Section.ARTICLE and s.parent is None]
    sdg = {lang: sdg_targets(EXTRA / "sdg-targets" / f"targets.{lang}.yml", lang) for lang in ("en", "fr")}
    unpc = {
        lang: (EXTRA / "unpc-devset" / f"devset.{lang}").read_text(encoding="utf-8").splitlines()[:UNPC_PAIRS]
        for lang in ("en", "fr")
    }
    return [
        (udhr["en"], udhr["fr"]),
        (udhr["en"], udhr["nl"]),
        (udhr["fr"], udhr["nl"]),
        ([s.text for s in segments(sdg["en"])], [s.text for s in segments(sdg["fr"])]),
        (unpc["en"], unpc["fr"]),
    ]


def margins(left: np.ndarray, right: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The margins of the true pairs (i, i) and of the false pairs near them, as the aligner computes them."""
    k = DEFAULT_CONFIG.neighbours
    left_background = Neighbours(right, k).search(left)[0]
    right_background = Neighbours(left, k).search(right)[0]
    margin = left @ right.T - (left_background[:, None] + right_background[None, :]) / 2
    offset = np.abs(np.subtract.outer(np.arange(len(left)), np.arange(len(right))))
    return np.diag(margin), margin[(offset >= 1) & (offset <= OFFSETS)]


def fit(true: np.ndarray, false: np.ndarray) -> tuple[float, float, float]:
    """Slope, zero and share on the right side of a class-balanced logistic regression on the margin."""
    from sklearn.linear_model import LogisticRegression

    x = np.concatenate([true, false])[:, None]
    y = np.concatenate([np.ones(len(true)), np.zeros(len(false))])
    model = LogisticRegression(C=np.inf, class_weight="balanced", max_iter=10_000).fit(x, y)  # unregularised
    slope, intercept = float(model.coef_[0, 0]), float(model.intercept_[0])
    zero = -intercept / slope
    right = ((true > zero).sum() + (false <= zero).sum()) / len(x)
    return slope, zero, float(right)


def calibrate(embedder: Embedder) -> tuple[float, float, float, int, int]:
    true_parts, false_parts = [], []
    for left, right in parallel_texts():
        assert len(left) == len(right), "parallel texts pair item by item"
        true, false = margins(embedder.embed(left), embedder.embed(right))
        true_parts.append(true)
        false_parts.append(false)
    true, false = np.concatenate(true_parts), np.concatenate(false_parts)
    return (*fit(true, false), len(true), len(false))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="a name or folder, as for align --model (default: the default model)")
    args = parser.parse_args()
    embedder = get_embedder(args.model)
    slope, zero, right, n_true, n_false = calibrate(embedder)
    print(
        f"{embedder.signature}: margin_slope {slope:.0f}, margin_zero {zero:.4f}; "
        f"{right:.1%} of {n_true} true and {n_false} false pairs on the right side"
    )


if __name__ == "__main__":
    main()
