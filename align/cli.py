"""The `align` command: parses options, calls the library, prints.

This is the only module that exits. Library errors (:class:`AlignError`) are
caught once, in :func:`main`, and printed as one line on stderr with exit status 2.
Data goes to stdout, messages to stderr.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from align.errors import AlignError

app = typer.Typer(
    help="Parse, align and check the language versions of UN resolutions.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

def _version(value: bool) -> None:
    if value:
        from align import __version__

        out.print(f"align {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    """Parse, align and check the language versions of UN resolutions."""


Files = Annotated[list[Path], typer.Argument(help="Resolution files: .txt, .md, .html, .pdf, .docx")]
Lang = Annotated[
    Optional[str],
    typer.Option("--lang", help="Language code(s) overriding identification: one for all versions, or one per version (en,nl)."),
]


@app.command()
def parse(
    files: Files,
    as_json: Annotated[bool, typer.Option("--json", help="Write the parsed documents as JSON to stdout.")] = False,
    lang: Lang = None,
) -> None:
    """Parse files into their language versions: header, preamble, operative paragraphs, footnotes."""
    from align.parse import read_documents
    from align.render import document_summary, documents_json

    documents = [doc for path in files for doc in read_documents(str(path), language=lang)]
    if as_json:
        sys.stdout.write(json.dumps(documents_json(documents), ensure_ascii=False, indent=1) + "\n")
        return
    for doc in documents:
        document_summary(doc, out)


def main() -> None:
    """Entry point: run the app, turning library errors into one line and exit status 2."""
    try:
        app()
    except AlignError as error:
        err.print(f"[bold red]align:[/] {error}", markup=True, highlight=False)
        sys.exit(error.exit_code)
    except KeyboardInterrupt:
        err.print("align: interrupted")
        sys.exit(130)
