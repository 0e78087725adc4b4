"""The Phoenix / PETRARCH .actors importer, on a snippet in the format and on the real files."""

from datetime import date

import polars as pl

from pipelines.cli import main
from pipelines.nlp.phoenix import parse_phoenix_actors

# A made-up dictionary in the format: names, synonyms, comments, dated codes.
SNIPPET = """# a comment line
NORTHLAND_  [NLD]
+NORTHLANDER_
+PORT_AURORA_ # the capital
LENA_MARISOVA_
+PRESIDENT_LENA_MARISOVA
    [NLDGOV 150101-201231]
    [IGOUNO >20210101]
NORTHLAND_LIBERATION_FRONT_ [NLDREB]
U.N._OBSERVER_MISSION [IGOUNO]
"""


def test_entries_synonyms_and_dated_codes():
    result = parse_phoenix_actors(SNIPPET)
    actors = {r["actor_id"]: r for r in result.actors.iter_rows(named=True)}
    assert actors["phx_northland"] == {
        "actor_id": "phx_northland",
        "name": "Northland",
        "actor_type": "country",
        "country_code": "NLD",
        "cameo_code": "NLD",
    }
    lena = actors["phx_lena_marisova"]
    assert (lena["name"], lena["actor_type"], lena["cameo_code"]) == (
        "Lena Marisova",
        "person",
        "IGOUNO",
    )
    assert actors["phx_northland_liberation_front"]["actor_type"] == "group"
    assert actors["phx_u_n_observer_mission"]["name"] == "U.N. Observer Mission"
    aliases = set(result.aliases.filter(pl.col("actor_id") == "phx_northland")["alias"])
    assert {"Northland", "Northlander", "Port Aurora"} <= aliases
    codes = result.codes.filter(pl.col("actor_id") == "phx_lena_marisova").rows()
    assert codes == [
        ("phx_lena_marisova", "NLDGOV", date(2015, 1, 1), date(2020, 12, 31)),
        ("phx_lena_marisova", "IGOUNO", date(2021, 1, 1), None),
    ]


def test_the_real_phoenix_dictionaries_import(shared_data, tmp_path, capsys):
    folder = shared_data / "cameo" / "phoenix"
    files = [folder / "Phoenix.Countries.actors.txt", folder / "Phoenix.International.actors.txt"]
    assert main(["import-dictionary", *map(str, files), "--out", str(tmp_path)]) == 0
    assert "imported" in capsys.readouterr().out
    actors = pl.read_csv(tmp_path / "imported_actors.csv", infer_schema=False)
    aliases = pl.read_csv(tmp_path / "imported_actor_aliases.csv", infer_schema=False)
    assert actors.height > 20_000
    countries = actors.filter(pl.col("actor_type") == "country")
    assert countries.height > 200
    afghanistan = countries.filter(pl.col("name") == "Afghanistan").row(0, named=True)
    assert afghanistan["cameo_code"] == "AFG"
    assert "Kabul" in set(aliases.filter(pl.col("actor_id") == afghanistan["actor_id"])["alias"])
    assert "NATO" in set(aliases["alias"])
