"""The analysts' report: one HTML page drawn from the marts, readable offline.

What an analyst looks at first: the top actors' mentions over time, events by quad class
over time, the busiest actor pairs as a network, who is quoted most, how many articles
each month brings (and how many carry no date), and what was quarantined and why. The
charts are static SVG drawn by matplotlib and written into the page, so it needs no
JavaScript, no font or script from the network, and opens from a file anywhere. A load
that changed none of its data leaves it as it is.
"""

from __future__ import annotations

import contextlib
import html
import io
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import polars as pl

from pipelines.raw_store import fetch_frame
from pipelines.warehouse_connection import connect_warehouse

if TYPE_CHECKING:
    import matplotlib.pyplot as plt


def _pyplot():  # type: ignore[no-untyped-def]
    """matplotlib, imported when a chart is drawn: a process that draws none (every load
    that brings nothing new, every command) does not pay its half second."""
    import matplotlib

    matplotlib.use("Agg")  # no display: files only
    import matplotlib.pyplot as plt

    return plt


TOP_ACTORS = 8
TOP_PAIRS = 30
TOP_SPEAKERS = 12
QUAD_CLASSES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
_QUAD_COLOURS = {1: "#4c9be8", 2: "#1a7f37", 3: "#d4a72c", 4: "#cf222e"}

# The year of news up to the latest article: the time charts' span (a story's mention of
# 2004 would otherwise stretch them over decades).
_PERIOD = """period AS (
          SELECT max(published_date) - INTERVAL 365 DAY AS first_day,
                 max(published_date) + INTERVAL 31 DAY AS last_day
          FROM main.dim_articles
        )"""
# The questions, as SQL over the marts (read-only).
QUERIES = {
    "mentions": f"""
        WITH top AS (
          SELECT actor_id, name FROM main.dim_actors ORDER BY n_mentions DESC LIMIT {TOP_ACTORS}
        ), {_PERIOD}
        SELECT top.name, date_trunc('week', d.date_day) AS week, sum(d.n_mentions) AS mentions
        FROM main.actor_daily_activity d JOIN top USING (actor_id) CROSS JOIN period
        WHERE d.date_day BETWEEN period.first_day AND period.last_day
        GROUP BY 1, 2 ORDER BY 2""",
    "events": f"""
        WITH {_PERIOD}
        SELECT date_trunc('month', event_date) AS month, quad_class, count(*) AS events
        FROM main.fct_events CROSS JOIN period
        WHERE event_date BETWEEN period.first_day AND period.last_day AND quad_class IS NOT NULL
        GROUP BY 1, 2 ORDER BY 1""",
    "pairs": f"""
        SELECT a.name AS actor_a, b.name AS actor_b, p.n_articles
        FROM main.actor_pairs p
        JOIN main.dim_actors a ON a.actor_id = p.actor_a_id
        JOIN main.dim_actors b ON b.actor_id = p.actor_b_id
        ORDER BY p.n_articles DESC, p.n_events DESC LIMIT {TOP_PAIRS}""",
    "speakers": f"""
        SELECT a.name, count(*) AS quotes
        FROM main.fct_quotes q JOIN main.dim_actors a ON a.actor_id = q.speaker_actor_id
        GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT {TOP_SPEAKERS}""",
    "coverage": """
        SELECT date_trunc('month', published_date) AS month, count(*) AS articles
        FROM main.dim_articles GROUP BY 1 ORDER BY 1 NULLS LAST""",
    "quarantine": """
        SELECT 'input' AS stage, reason_kind AS reason, count(*) AS n,
               any_value(source_file) AS example
        FROM main.quarantined_sources GROUP BY 1, 2
        UNION ALL
        SELECT 'quality: ' || suite, expectation, count(*), any_value(record_id)
        FROM main.quality_quarantine GROUP BY 1, 2
        ORDER BY n DESC""",
}


# What the report is drawn from, in one line: a load that changes none of it leaves the
# report as it is.
_DATA_FINGERPRINT = """
    SELECT concat_ws('|',
      (SELECT count(*) FROM main.fct_article_sources),
      (SELECT max(warehouse_loaded_at) FROM main.fct_article_sources),
      (SELECT count(*) FROM main.fct_events), (SELECT count(*) FROM main.fct_quotes),
      (SELECT count(*) FROM main.quarantined_sources),
      (SELECT count(*) FROM main.quality_quarantine))"""


def data_fingerprint(conn: object) -> str | None:
    """A line that changes whenever the report's data does; None when it cannot be read."""
    import duckdb

    try:
        ((line,),) = conn.execute(_DATA_FINGERPRINT).fetchall()  # type: ignore[attr-defined]
    except duckdb.Error:
        return None
    return str(line)


def report_data(conn: object) -> dict[str, pl.DataFrame]:
    """Each question's rows (a question whose table is missing has none)."""
    import duckdb

    data = {}
    for name, sql in QUERIES.items():
        try:
            data[name] = fetch_frame(conn, sql)  # type: ignore[arg-type]
        except duckdb.Error:
            data[name] = pl.DataFrame()
    return data


def _svg(figure: plt.Figure) -> str:
    """The figure as inline SVG (its text as paths: no font needed to read it)."""
    plt = _pyplot()
    buffer = io.StringIO()
    with plt.rc_context({"svg.fonttype": "path"}):
        figure.savefig(buffer, format="svg", bbox_inches="tight")
    plt.close(figure)
    text = buffer.getvalue()
    return text[text.index("<svg") :]


def _empty(what: str) -> str:
    return f"<p class='none'>No {html.escape(what)} in the warehouse yet.</p>"


def mentions_chart(frame: pl.DataFrame) -> str:
    """The top actors' mentions per week."""
    if frame.is_empty():
        return _empty("actor mentions")
    plt = _pyplot()
    figure, axes = plt.subplots(figsize=(10, 4))
    for name in (
        frame.group_by("name")
        .agg(pl.col("mentions").sum())
        .sort("mentions", descending=True)["name"]
    ):
        rows = frame.filter(pl.col("name") == name)
        axes.plot(rows["week"].to_list(), rows["mentions"].to_list(), marker="o", label=name)
    axes.set_ylabel("mentions per week")
    axes.legend(fontsize=8, ncol=2)
    figure.autofmt_xdate()
    return _svg(figure)


def events_chart(frame: pl.DataFrame) -> str:
    """Events per month, stacked by quad class."""
    if frame.is_empty():
        return _empty("coded events")
    months = sorted(set(frame["month"].to_list()))
    plt = _pyplot()
    figure, axes = plt.subplots(figsize=(10, 4))
    bottom = [0] * len(months)
    for quad, label in QUAD_CLASSES.items():
        counts = dict(
            frame.filter(pl.col("quad_class") == quad).select("month", "events").iter_rows()
        )
        heights = [counts.get(m, 0) for m in months]
        axes.bar(months, heights, bottom=bottom, width=20, label=label, color=_QUAD_COLOURS[quad])
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    axes.set_ylabel("events per month")
    axes.legend(fontsize=8)
    figure.autofmt_xdate()
    return _svg(figure)


def pairs_chart(frame: pl.DataFrame) -> str:
    """The busiest pairs of actors as a network, edges as thick as their shared articles."""
    if frame.is_empty():
        return _empty("actor pairs")
    import networkx as nx

    graph = nx.Graph()
    for a, b, n in frame.iter_rows():
        graph.add_edge(a, b, weight=n)
    # (seeded: the same warehouse draws the same picture)
    layout = nx.spring_layout(graph, seed=7, k=1.2 / max(1, len(graph) ** 0.5))
    plt = _pyplot()
    figure, axes = plt.subplots(figsize=(10, 7))
    widths = [0.5 + 3 * graph[a][b]["weight"] / frame["n_articles"].max() for a, b in graph.edges]
    nx.draw_networkx_edges(graph, layout, ax=axes, width=widths, edge_color="#8c959f")
    sizes = [150 + 60 * graph.degree(node) for node in graph.nodes]
    nx.draw_networkx_nodes(graph, layout, ax=axes, node_size=sizes, node_color="#4c9be8")
    nx.draw_networkx_labels(graph, layout, ax=axes, font_size=8)
    axes.axis("off")
    return _svg(figure)


def speakers_chart(frame: pl.DataFrame) -> str:
    """Who is quoted most."""
    if frame.is_empty():
        return _empty("quotes with a known speaker")
    plt = _pyplot()
    figure, axes = plt.subplots(figsize=(10, 0.4 * frame.height + 1))
    axes.barh(frame["name"].to_list()[::-1], frame["quotes"].to_list()[::-1], color="#4c9be8")
    axes.set_xlabel("quotes")
    axes.xaxis.get_major_locator().set_params(integer=True)  # counts: no 0.5 quotes
    return _svg(figure)


def coverage_chart(frame: pl.DataFrame) -> str:
    """Articles per month of publication, and those with no date."""
    if frame.is_empty():
        return _empty("articles")
    dated = frame.drop_nulls("month")
    undated = frame.filter(pl.col("month").is_null())["articles"].sum()
    plt = _pyplot()
    figure, axes = plt.subplots(figsize=(10, 3))
    axes.bar(dated["month"].to_list(), dated["articles"].to_list(), width=20, color="#8250df")
    axes.set_ylabel("articles per month")
    axes.set_title(f"{undated} articles carry no published date", fontsize=9)
    figure.autofmt_xdate()
    return _svg(figure)


def quarantine_table(frame: pl.DataFrame) -> str:
    """What did not load or was left out of the marts, and why."""
    if frame.is_empty():
        return "<p class='none'>Nothing was quarantined.</p>"
    rows = "\n".join(
        f"<tr><td>{html.escape(str(stage))}</td><td>{html.escape(str(reason))}</td>"
        f"<td>{n}</td><td>{html.escape(str(example))}</td></tr>"
        for stage, reason, n, example in frame.iter_rows()
    )
    return (
        "<table><thead><tr><th>where</th><th>reason</th><th>rows</th><th>example</th></tr>"
        f"</thead><tbody>{rows}</tbody></table>"
    )


def render_report(
    data: dict[str, pl.DataFrame], warehouse: str, at: datetime, fingerprint: str | None = None
) -> str:
    """The report's page (`fingerprint`, what it was drawn from, kept in its head)."""
    sections = [
        (
            "Top actors: mentions per week, the year to the latest article",
            mentions_chart(data["mentions"]),
        ),
        (
            "Events by quad class per month, the year to the latest article",
            events_chart(data["events"]),
        ),
        ("Actors seen together most", pairs_chart(data["pairs"])),
        ("Who is quoted most", speakers_chart(data["speakers"])),
        ("Date coverage: articles per month", coverage_chart(data["coverage"])),
        ("Quarantined, and why", quarantine_table(data["quarantine"])),
    ]
    body = "\n".join(f"<section><h2>{html.escape(t)}</h2>\n{c}\n</section>" for t, c in sections)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newsevents report</title>
<meta name="newsevents-data" content="{html.escape(fingerprint or "")}">
<style>
body {{ font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 1100px; color: #1d2733; }}
h1 {{ font-size: 1.5rem; }} h2 {{ font-size: 1.15rem; margin-top: 2rem; }}
svg {{ max-width: 100%; height: auto; }} .none {{ color: #57606a; }}
table {{ border-collapse: collapse; }} th, td {{ border: 1px solid #d5dbe3; padding: .3rem .5rem; }}
th {{ background: #f1f4f8; }}
</style></head><body>
<h1>newsevents report</h1>
<p>{html.escape(warehouse)}, drawn {at:%Y-%m-%d %H:%M} UTC from its marts.</p>
{body}
</body></html>
"""


def report_path(warehouse: Path) -> Path:
    """Where a load draws the report of `warehouse`: a folder beside it."""
    return warehouse.parent / "report" / "index.html"


def write_report_from(
    conn: object, label: str, out: Path, at: datetime | None = None
) -> tuple[Path, bool]:
    """Draw the report of the warehouse `conn` reads into the HTML file `out`, unless `out`
    was drawn from the very same data; (out, whether it was drawn)."""
    fingerprint = data_fingerprint(conn)
    if (
        fingerprint is not None
        and out.exists()
        and f'<meta name="newsevents-data" content="{html.escape(fingerprint)}">'
        in out.read_text(encoding="utf-8")
    ):
        return out, False
    data = report_data(conn)
    out.parent.mkdir(parents=True, exist_ok=True)
    page = render_report(data, label, (at or datetime.now(UTC)).astimezone(UTC), fingerprint)
    partial = out.with_name(out.name + ".partial")
    partial.write_text(page, encoding="utf-8")
    partial.replace(out)  # a reader never opens half a page
    return out, True


def write_report(warehouse: Path, out: Path, at: datetime | None = None) -> Path:
    """Draw the report of the warehouse file `warehouse` (opened read-only) into `out`."""
    with contextlib.closing(connect_warehouse(warehouse, read_only=True)) as conn:
        return write_report_from(conn, str(warehouse), out, at)[0]
