"""The HTML validation report: one self-contained file a person opens from disk.

    from accordcheck.report import render_report
    html = render_report(result, dataset)   # result: CheckReport, dataset: Dataset

The page carries its CSS and script inline and makes no network request; a
Content-Security-Policy ``<meta>`` pins the one script and the one stylesheet by hash, so
even markup that slipped into the page could not run or fetch anything. Every string from
a record or a source reaches the page either through Jinja2 autoescaping or inside a JSON
data block (``<``, ``>``, ``&`` escaped) that the script reads with ``JSON.parse`` and
inserts with ``textContent``. See ``docs/report.md``.
"""

from __future__ import annotations

import base64
import hashlib
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from accordcheck.dataset.loading import Dataset
from accordcheck.report._view import FAMILIES, FAMILY_LABELS, ReportView, build_view, script_json
from accordcheck.model.results import CheckReport

__all__ = ["render_report"]

_HERE = Path(__file__).parent


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(str(_HERE)),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


@lru_cache(maxsize=1)
def _assets() -> tuple[str, str]:
    css = (_HERE / "report.css").read_text(encoding="utf-8")
    js = (_HERE / "report.js").read_text(encoding="utf-8")
    # Our own files, inlined verbatim: they must not be able to close their element.
    assert "</style" not in css.lower() and "</script" not in js.lower() and "<!--" not in js
    return css, js


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def render_report(result: CheckReport, dataset: Dataset | None = None) -> str:
    """The HTML report of ``result``; ``dataset`` supplies the source texts and record files."""
    from accordcheck._version import __version__

    css, js = _assets()
    view: ReportView = build_view(result, dataset)
    csp = "; ".join(
        [
            "default-src 'none'",
            f"script-src {_csp_hash(js)}",
            f"style-src {_csp_hash(css)}",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    # Data blocks are already escaped for a script element (see _view.script_json).
    record_blocks = Markup(
        "".join(
            f'<script type="application/json" class="ac-r">{block}</script>\n' for block in view.record_blocks
        )
    )
    source_blocks = Markup(
        "".join(
            f'<script type="application/json" class="ac-s">{block}</script>\n' for block in view.source_blocks
        )
    )
    template = _environment().get_template("template.html.j2")
    return template.render(
        view=view,
        summary=result.summary,
        version=__version__,
        csp=csp,
        css=Markup(css),
        js=Markup(js),
        meta=Markup(view.meta),
        # what the search box looks in, one text per record line, read at the first search
        search=Markup(script_json([line.search for line in view.lines])),
        record_blocks=record_blocks,
        source_blocks=source_blocks,
        families=[(f, FAMILY_LABELS[f]) for f in FAMILIES],
    )
