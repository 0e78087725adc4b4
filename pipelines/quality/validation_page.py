"""A page per validation, readable offline, in place of Great Expectations' Data Docs.

GX's Data Docs load their styles and scripts from CDNs: on a machine without internet they
render unstyled, their index lists nothing, and each validation is called `__none__`. A
reader needs less: which suite ran on which asset for which load batch, and what each
expectation found. Each page is one self-contained HTML file (its styles inline, nothing
fetched), `<folder>/<asset>/<batch>.html`, and `<folder>/index.html` lists them all, newest
first.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime
from pathlib import Path

from pipelines.quality.gx_runner import SuiteResult

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2rem; color: #1d2733; }
h1 { font-size: 1.4rem; } table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #d5dbe3; padding: .35rem .5rem; text-align: left;
         vertical-align: top; font-size: .9rem; }
th { background: #f1f4f8; } .ok { color: #1a7f37; } .warning { color: #9a6700; }
.critical { color: #cf222e; font-weight: 600; } code { font-size: .85rem; }
"""


def _status(success: bool, severity: str) -> str:
    if success:
        return '<span class="ok">passed</span>'
    return f'<span class="{html.escape(severity)}">failed ({html.escape(severity)})</span>'


def validation_page_html(result: SuiteResult, asset: str, batch: str, at: datetime) -> str:
    """The page of one suite's validation of one batch of `asset`."""
    failed = sum(not o.success for o in result.outcomes)
    rows = "\n".join(
        "<tr>"
        f"<td><code>{html.escape(o.expectation)}</code></td>"
        f"<td>{html.escape(o.column or 'table')}</td>"
        f"<td>{_status(o.success, o.severity)}</td>"
        f"<td>{o.unexpected_count}</td>"
        f"<td>{html.escape(str(o.observed_value))[:200]}</td>"
        f"<td>{html.escape(', '.join(str(e) for e in o.examples))[:300]}</td>"
        f"<td>{html.escape(o.why)}</td>"
        "</tr>"
        for o in sorted(result.outcomes, key=lambda o: (o.success, o.expectation))
    )
    title = f"{result.suite} on {asset}, batch {batch}"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>{_STYLE}</style></head><body>
<h1>{html.escape(title)}</h1>
<p>Suite <code>expectations/{html.escape(result.suite)}.json</code>, validated
{at:%Y-%m-%d %H:%M:%S} UTC on {result.n_rows} new rows: {len(result.outcomes)} expectations,
{failed} failed, {result.quarantine.height} rows quarantined. <a href="../index.html">All validations</a></p>
<table><thead><tr><th>expectation</th><th>column</th><th>result</th><th>unexpected rows</th>
<th>observed</th><th>examples</th><th>why it matters</th></tr></thead>
<tbody>
{rows}
</tbody></table></body></html>
"""


def write_validation_page(
    result: SuiteResult, asset: str, batch: str, folder: Path, at: datetime | None = None
) -> Path:
    """Write the validation's page and refresh the index of every page; the page's path."""
    at = at or datetime.now(UTC)
    page = folder / asset / f"{batch}.html"
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(validation_page_html(result, asset, batch, at), encoding="utf-8")
    pages = sorted(folder.glob("*/*.html"), key=lambda p: p.stat().st_mtime, reverse=True)
    items = "\n".join(
        f'<li><a href="{html.escape(p.relative_to(folder).as_posix())}">'
        f"{html.escape(p.parent.name)}, batch {html.escape(p.stem)}</a></li>"
        for p in pages
    )
    (folder / "index.html").write_text(
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>Validations</title><style>{_STYLE}</style></head><body>"
        f"<h1>Validations, newest first</h1><ul>\n{items}\n</ul></body></html>\n",
        encoding="utf-8",
    )
    return page
