"""The warehouse's events in the layout of GDELT 2.0's event table, for the tools analysts
already point at GDELT: 61 tab-separated columns in GDELT's order, no header row, one row
per real-world event (`fct_unique_events`: an event reported several times counts its
mentions, sources and articles, as GDELT's do).

What maps and what stays empty:
- dates: SQLDATE, MonthYear, Year, FractionDate from the event's date; DATEADDED from the
  load that brought its example event;
- actors: the CAMEO actor code of the dictionary (`dim_actors.cameo_code`, "RUSGOV"), its
  country code and its type (the three letters after the country's: "GOV"; an
  international body's "IGO" with its group, "NAT" of "IGOWSTNAT"), the name in capitals as GDELT writes
  it; discovered people and bodies have a name and no code;
- the event: EventCode, EventBaseCode (its first three digits), EventRootCode, all text
  with their leading zeros ("042"), QuadClass and GoldsteinScale; IsRootEvent is 1 when
  the example sentence is one of its article's first two (GDELT marks events of the first
  paragraph); NumMentions, NumSources, NumArticles count the copies;
- SOURCEURL: the example article's URL.
- AvgTone and the 24 geography columns stay empty: the warehouse measures no tone and
  geocodes no place.
"""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from pathlib import Path

from pipelines.warehouse_connection import connect_warehouse, sql_string

# The columns of GDELT 2.0's event table (its `*.export.CSV` files), in order, as its
# codebook lists them.
GDELT_EVENT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode",
    "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code",
    "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode",
    "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code",
    "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)  # fmt: skip

# CAMEO codes of actors that belong to no country: the first three letters are their kind
# (international, non-governmental, multinational...), the last three the group ("IGOUNO",
# "IGOWSTNAT").
_STATELESS_KINDS = ("IGO", "NGO", "MNC", "IMG", "UAF", "REB", "SPY")


def _actor_columns(alias: str, number: int) -> list[str]:
    """SQL of the ten actor columns of GDELT for the dim_actors row `alias`."""
    code, country = f"{alias}.cameo_code", f"{alias}.country_code"
    kinds = ", ".join(sql_string(k) for k in _STATELESS_KINDS)
    return [
        f"{code} AS Actor{number}Code",
        # (a tab or newline would break a row; GDELT writes names in capitals)
        f"upper(regexp_replace({alias}.name, '[\\t\\r\\n\"]', ' ', 'g')) AS Actor{number}Name",
        f"{country} AS Actor{number}CountryCode",
        f"CASE WHEN {country} IS NULL AND left({code}, 3) IN ({kinds})"
        f" AND length({code}) >= 6 THEN right({code}, 3) END AS Actor{number}KnownGroupCode",
        f"NULL AS Actor{number}EthnicCode",
        f"NULL AS Actor{number}Religion1Code",
        f"NULL AS Actor{number}Religion2Code",
        f"CASE WHEN {country} IS NOT NULL AND starts_with({code}, {country})"
        f" THEN nullif(substr({code}, length({country}) + 1, 3), '')"
        f" WHEN {country} IS NULL AND left({code}, 3) IN ({kinds}) THEN left({code}, 3)"
        f" END AS Actor{number}Type1Code",
        f"NULL AS Actor{number}Type2Code",
        f"NULL AS Actor{number}Type3Code",
    ]


def gdelt_events_sql() -> str:
    """A query of the warehouse's dated unique events as GDELT 2.0 event rows."""
    geography = [
        f"NULL AS {column}"
        for column in GDELT_EVENT_COLUMNS
        if column.startswith(("Actor1Geo_", "Actor2Geo_", "ActionGeo_"))
    ]
    columns = [
        # 60 bits of the event's own hash: stable from one export to the next
        "('0x' || substr(u.unique_event_id, 1, 15))::BIGINT AS GLOBALEVENTID",
        "strftime(u.event_date, '%Y%m%d')::INTEGER AS SQLDATE",
        "strftime(u.event_date, '%Y%m')::INTEGER AS MonthYear",
        "year(u.event_date) AS Year",
        "round(year(u.event_date) + (dayofyear(u.event_date) - 1) / 365.0, 4) AS FractionDate",
        *_actor_columns("a1", 1),
        *_actor_columns("a2", 2),
        "CASE WHEN e.sentence_index < 2 THEN 1 ELSE 0 END AS IsRootEvent",
        "u.event_code AS EventCode",
        "left(u.event_code, 3) AS EventBaseCode",
        "u.event_root_code AS EventRootCode",
        "u.quad_class AS QuadClass",
        "u.goldstein_scale AS GoldsteinScale",
        "u.n_events AS NumMentions",
        "u.n_sources AS NumSources",
        "u.n_articles AS NumArticles",
        "NULL AS AvgTone",
        *geography,
        "strftime(e.warehouse_loaded_at, '%Y%m%d%H%M%S')::BIGINT AS DATEADDED",
        "regexp_replace(d.url, '[\\t\\r\\n\"]', '', 'g') AS SOURCEURL",
    ]
    return (
        "SELECT " + ",\n       ".join(columns) + "\n"
        "FROM main.fct_unique_events u\n"
        "LEFT JOIN main.fct_events e ON e.event_id = u.example_event_id\n"
        "LEFT JOIN main.dim_articles d ON d.article_id = e.article_id\n"
        "LEFT JOIN main.dim_actors a1 ON a1.actor_id = u.source_actor_id\n"
        "LEFT JOIN main.dim_actors a2 ON a2.actor_id = u.target_actor_id\n"
        "WHERE u.event_date IS NOT NULL\n"
        "ORDER BY SQLDATE, GLOBALEVENTID"
    )


def export_gdelt(warehouse: Path, out_dir: Path, now: datetime | None = None) -> tuple[Path, int]:
    """Write the warehouse's events as a GDELT 2.0 event file in `out_dir`, named as GDELT
    names its files (`YYYYMMDDHHMMSS.export.CSV`, the export's UTC time); (path, rows)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    path = out_dir / f"{stamp:%Y%m%d%H%M%S}.export.CSV"
    with contextlib.closing(connect_warehouse(warehouse, read_only=True)) as conn:
        # GDELT's files: tab-separated, no header, nothing quoted (names and URLs were
        # stripped of tabs, line breaks and quotes above); COPY answers its row count
        ((rows,),) = conn.execute(
            f"COPY ({gdelt_events_sql()}) TO {sql_string(str(path))}"
            " (FORMAT csv, DELIMITER '\t', HEADER false, QUOTE '')"
        ).fetchall()
    return path, int(rows)
