"""Place names to their country: where an event without a target actor happened.

The gazetteer is the dbt seed `places.csv` (cities, first-level divisions and regions with
the ISO3 code of their country) plus the capitals of `actor_aliases.csv`. Places are not
actor mentions ("talks in Moscow" does not mention the Russian government); the event coder
uses them only as the target of an act that has no target actor, the way CAMEO coders do
("Obama and Putin will meet in Zurich": a meeting in Switzerland). Matching is
case-sensitive and whole-word, like the actor aliases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import ahocorasick_rs
import polars as pl

# "the Beijing 2022 Winter Olympics", "the Kazan Games": a place naming a contest or a
# festival says where it is held, not who the release is about
_CONTEST_AFTER = re.compile(
    r"\s+(?:\d{4}\s+)?(?:(?:Winter|Summer|Youth|World|International)\s+)*"
    r"(?:Olympics|Olympic\s+Games|Paralympics|Paralympic\s+Games|Games|Championships?|Cup"
    r"|Expo|Festival|Biennale|Marathon|Universiade)\b"
)


def names_a_contest(text: str, end: int) -> bool:
    """Whether the place name ending at `end` names a contest or festival held there."""
    return _CONTEST_AFTER.match(text, end) is not None


@dataclass(frozen=True)
class PlaceFinder:
    """Known place names, each with the actor id of its country."""

    country_of: dict[str, str]
    _automaton: ahocorasick_rs.AhoCorasick | None = field(default=None, repr=False, compare=False)
    _names: tuple[str, ...] = field(default=(), repr=False, compare=False)

    @classmethod
    def from_frame(cls, places: pl.DataFrame) -> PlaceFinder:
        """From columns place and actor_id (a country actor)."""
        country_of: dict[str, str] = {}
        for place, actor_id in places.select("place", "actor_id").iter_rows():
            if place and actor_id and len(place) >= 3:
                country_of.setdefault(place, actor_id)
        names = tuple(country_of)
        automaton = (
            ahocorasick_rs.AhoCorasick(
                list(names), matchkind=ahocorasick_rs.MatchKind.LeftmostLongest
            )
            if names
            else None
        )
        return cls(country_of=country_of, _automaton=automaton, _names=names)

    @classmethod
    def from_seeds(cls, seeds_dir: Path) -> PlaceFinder:
        """`places.csv` joined to the country actors of `actors.csv`, plus the capitals of
        `actor_aliases.csv`. A missing `places.csv` leaves only the capitals."""
        actors = pl.read_csv(seeds_dir / "actors.csv", infer_schema=False)
        countries = actors.filter(pl.col("actor_type") == "country").select(
            "actor_id", country_code="country_code"
        )
        frames = [
            pl.read_csv(seeds_dir / "actor_aliases.csv", infer_schema=False)
            .filter(pl.col("alias_kind") == "capital")
            .select(place="alias", actor_id="actor_id")
        ]
        path = seeds_dir / "places.csv"
        if path.exists():
            frames.insert(
                0,
                pl.read_csv(path, infer_schema=False)
                .join(countries, on="country_code", how="inner")
                .select("place", "actor_id"),
            )
        return cls.from_frame(pl.concat(frames))

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, country actor id) of whole-word place names in `text`."""
        if self._automaton is None:
            return []
        found = []
        for index, start, end in self._automaton.find_matches_as_indexes(text):
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
                continue
            if end < len(text) and (text[end].isalnum() or text[end] == "-"):
                continue
            found.append((start, end, self.country_of[self._names[index]]))
        return found
