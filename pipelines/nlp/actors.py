"""Actor mentions: one Aho-Corasick automaton over every alias, plus discovery and roles.

The dictionary is the dbt seeds `actors.csv`, `actor_aliases.csv`, `actor_roles.csv` and
`role_terms.csv` (the one copy that SQL joins too). Alias matching is case-sensitive (aliases
are written as news writes them), whole-word, leftmost-longest. A capital city preceded by a
locative preposition ("talks in Moscow"), in a list of places or before another capitalized
word ("the Moscow Garrison") is a place, not the government, and is skipped. A publisher's
own bodies named without the country ("the Foreign Ministry" in a Kremlin release) are its
country's, read off the dictionary's names for them ("Russian Foreign Ministry"); a body
named without its owner elsewhere is the one named owner's that has it ("the Security
Council" where the UN is named, "the House of Representatives" where only Libya has one).
A country in the possessive inside a body's name ("Sudan's army"), or after its "of", is
a mention of the country too. Then, per article: unknown people and organizations are discovered from context
(`discovery`, with the given names of the dictionary's people and common ones),
surname-only mentions are linked to the people named in full, and role phrases ("the
Kremlin spokesman", "my French counterpart", "the head of the Russian state") resolve to
people through `roles`.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import ahocorasick_rs
import polars as pl
import xxhash

from pipelines.nlp.discovery import (
    COMMON_GIVEN_NAMES,
    EPITHETS,
    HONORIFIC_GENDERS,
    KIND_WORDS,
    KNIGHT_BY_GIVEN_NAME,
    NAMED_OWNER_TIE,
    ORG_HEAD_WORDS,
    SURNAME_PARTICLES,
    TIE_AFTER_POSSESSIVE,
    TITLE_WORDS_PLAIN,
    ActorDiscoverer,
    Discovered,
    committees_named_in_lowercase,
    english_given_names,
    given_name_genders,
    is_whole_word,
    link_company_short_names,
    link_given_names,
    link_knights,
    link_surnames,
    longer_company_names,
    longest_triggers,
    merge_discovered,
    named_as_a_thing,
    other_given_name_before,
    tidied_person,
    tied_family_members,
    trigger_variants,
    with_given_name_written,
    without_owning_s,
    written_of_as_a_firm,
)
from pipelines.nlp.letters import LOWER, UPPER
from pipelines.nlp.places import names_a_contest
from pipelines.nlp.quotes import (
    ANSWER_LABEL_LINE,
    CALENDAR_NAMES,
    MESSAGE_HEADLINE,
    QUOTE_SCHEMA,
    has_quotes,
    name_gender,
    quotes_of_article,
)
from pipelines.nlp.roles import (
    ActorInfo,
    RoleBook,
    collective_roles,
    publisher_country,
    publisher_office,
    resolve_roles,
    squashed,
)
from pipelines.nlp.sentences import (
    boundaries_from_hits,
    boundary_keys,
    sentence_index_of,
    spans_from_boundaries,
)
from pipelines.nlp.syntax import is_known_noun

# An acronym alone after "the" ("the USGS"): maybe a body named in full before.
_ACRONYM_AFTER_THE = re.compile(r"\b[Tt]he [A-Z]{2,6}\b")

MENTION_SCHEMA: dict[str, pl.DataType] = {
    "article_id": pl.String(),
    "actor_id": pl.String(),
    "sentence_index": pl.Int64(),
    "char_start": pl.Int64(),
    "char_end": pl.Int64(),
    "mention_text": pl.String(),
    # name, short, abbreviation, demonym, capital, surname, native, title (dictionary aliases),
    # role (a resolved role phrase) or discovered (an actor not in the dictionary).
    "alias_kind": pl.String(),
    # Canonical name and type, so discovered actors reach dim_actors with is_known = false.
    "actor_name": pl.String(),
    "actor_type": pl.String(),
    # False for actors not in the dictionary (discovered here or by surname after discovery).
    "is_known_actor": pl.Boolean(),
    # ISO3 country of the actor: the dictionary's, or for a discovered person the country of
    # the title that introduces them in the article ("the US commander ..., General X").
    "actor_country": pl.String(),
}

_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|near|from|to|into|outside|around|across|via|toward|towards|visit(?:ed|ing)?)\s+(?:the\s+)?$",
    re.I,
)
# A capital naming a treaty, a negotiating format or a document ("the Minsk agreements", "the
# Astana format"), not the government.
_DOCUMENT_AFTER = re.compile(
    r"\s+(?:agreements?|Agreements?|accords?|Accords?|format|Format|process|Process"
    r"|protocols?|Protocols?|declaration|Declaration|memorandum|Memorandum|formula|Formula"
    r"|Group|group|Package|package)\b"
)
# Alias kinds that may pair with another across a hyphen: "Russian-Uzbek relations",
# "Russia-Ukraine talks" name both countries.
_PAIR_KINDS = {"name", "short", "demonym", "native"}
# Two names sharing one head: "the Donetsk and Lugansk People's Republics", "North and South
# Korea" ("Donetsk People's Republic" and "Lugansk People's Republic" are aliases).
# Found from its "and" (the costly part is to start at every capitalized word), then the
# first name read backwards from there.
_AND_CAPITAL = re.compile(r" and (?P<b>[A-Z][\w’'-]*)(?P<head>(?:\s+[\w’'-]+){1,3})")
_NAME_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*$")
_CAPITALIZED_BEFORE = re.compile(
    r"(?<![\w’'-])(?!(?:The|A|An|Both|Between|In|On|At|Of|For|From|To|With|By|And)\s)"
    r"[A-Z][\w’'-]*\s+$"
)
# "the Government" alone, in a government's own release: the publisher's government.
# (not "the Government Commission on ...": a body of its own)
_BARE_GOVERNMENT = re.compile(r"Government\b(?!\s+of\b)(?!\s+[A-Z])")
_WORD = re.compile(r"[\w’'-]+")
_FULL_NAME_KINDS = {"name", "native", "discovered"}
# A name typed in odd case: a capital inside a lowercase word ("iSrael"), or lowercase after a
# title ("President obama"). Only capitalized one-word aliases are looked up.
_ODD_CASE_NAME = re.compile(
    r"\b([a-z]+[A-Z][a-z]*)\b"
    r"|\b(?:President|Prime Minister|Premier|Chancellor|King|Queen|Secretary|Minister|Senator"
    r"|Governor|General|Ambassador|Mr\.?|Mrs\.?|Ms\.?)\s+([a-z]{4,})\b"
)
# Bump when the extraction rules change, so stored mentions are recomputed.
EXTRACTOR_VERSION = 54
DICTIONARY_SEEDS = ("actors.csv", "actor_aliases.csv", "actor_roles.csv", "role_terms.csv")


def dictionary_fingerprint(seeds_dir: Path, extra_seeds: tuple[str, ...] = ()) -> str:
    """Short hash of the dictionary seeds (and `extra_seeds`) and the extractor version."""
    digest = xxhash.xxh64(str(EXTRACTOR_VERSION).encode())
    for name in DICTIONARY_SEEDS + extra_seeds:
        digest.update((seeds_dir / name).read_bytes())
    return digest.hexdigest()[:12]


def _slot(key: str) -> list[object]:
    """An automaton key's value: its length, then its alias, trigger word, sentence
    boundary, body without its country and word of a kind of body (None: not one)."""
    return [len(key), None, None, None, None, None]


def _empty(columns: tuple[str, ...]) -> pl.DataFrame:
    return pl.DataFrame(schema=dict.fromkeys(columns, pl.String))


@dataclass(frozen=True)
class ActorDictionary:
    """Actors, aliases, roles and role terms, as read from the seeds."""

    actors: pl.DataFrame
    aliases: pl.DataFrame
    roles: pl.DataFrame = field(
        default_factory=lambda: _empty(
            ("actor_id", "role", "role_country_code", "role_org_id", "start_date", "end_date")
        )
    )
    role_terms: pl.DataFrame = field(default_factory=lambda: _empty(("term", "role")))
    # The gazetteer (place, country_code): whose a person discovered after a regional title is
    # ("Governor of the Rostov Region X": Russia's).
    places: pl.DataFrame = field(default_factory=lambda: _empty(("place", "country_code")))

    @classmethod
    def from_seeds(cls, seeds_dir: Path) -> ActorDictionary:
        def read(name: str) -> pl.DataFrame:
            return pl.read_csv(seeds_dir / name, infer_schema=False)

        places = seeds_dir / "places.csv"
        return cls(
            actors=read("actors.csv"),
            aliases=read("actor_aliases.csv"),
            roles=read("actor_roles.csv"),
            role_terms=read("role_terms.csv"),
            places=read("places.csv") if places.exists() else _empty(("place", "country_code")),
        )


class ActorMatcher:
    """Dictionary matching, discovery, surname linking and role resolution for one text."""

    def __init__(self, dictionary: ActorDictionary) -> None:
        self.actors: dict[str, ActorInfo] = {
            actor_id: ActorInfo(actor_type, country or None)
            for actor_id, actor_type, country in dictionary.actors.select(
                "actor_id", "actor_type", "country_code"
            ).iter_rows()
        }
        self.names: dict[str, str] = dict(dictionary.actors.select("actor_id", "name").iter_rows())
        # place -> ISO3, for the country of people titled by a region ("Governor of the Tver
        # Region X"); one pattern over them all, longest first
        self.place_country: dict[str, str] = {
            place: code
            for place, code in dictionary.places.select("place", "country_code").iter_rows()
            if place and code and len(place) >= 3
        }
        self._place_before = (
            re.compile(
                r"(?<![\w’'-])(?:"
                + "|".join(map(re.escape, sorted(self.place_country, key=len, reverse=True)))
                + r")(?![\w’'-])"
            )
            if self.place_country
            else None
        )
        # Each country's government ("the Government of Serbia", "the Serbian Government"): the
        # dictionary's org_government_<iso3> where it has one, else an actor of its own that
        # the dictionary lacks (reported like a discovered one, with the country's code).
        self._government_of: dict[str, str] = {}
        self._extra: dict[str, tuple[str, str]] = {}
        country_of_actor: dict[str, str] = {}
        for actor_id, name, code in (
            dictionary.actors.filter(pl.col("actor_type") == "country")
            .select("actor_id", "name", "country_code")
            .iter_rows()
        ):
            if not code:
                continue
            government = f"org_government_{code.lower()}"
            country_of_actor[actor_id] = code
            self._government_of.setdefault(code, government)
            if government not in self.actors:
                self._extra[government] = (f"Government of {name}", "organization")
                self.actors[government] = ActorInfo("organization", code)
        self._actor_types = {a: info.actor_type for a, info in self.actors.items()}
        # dictionary people by surname, for an initial written before one ("S.Ivanov")
        self._people_by_surname: dict[str, list[str]] = {}
        for actor_id, name in self.names.items():
            if self._actor_types.get(actor_id) == "person" and name and len(name.split()) >= 2:
                self._people_by_surname.setdefault(name.split()[-1], []).append(actor_id)
        self.roles = RoleBook(dictionary.role_terms, dictionary.roles)
        # Bodies and countries as a web address writes them ("kremlin", "whitehouse") -> ISO3,
        # to tell a publisher's country (`roles.publisher_country`).
        self.country_of_name: dict[str, str] = {}
        for actor_id, alias in dictionary.aliases.select("actor_id", "alias").iter_rows():
            info = self.actors.get(actor_id)
            key = squashed(alias or "")
            if (
                info is not None
                and info.country_code
                and info.actor_type in ("organization", "country")
                and len(key) >= 4
            ):
                self.country_of_name.setdefault(key, info.country_code)
        self._variants = PersonVariants(dictionary)
        terms = list(self.roles.role_of_term)
        given_names = _given_names(dictionary)
        self._discoverer = ActorDiscoverer(terms, given_names)
        self._given_set = frozenset(given_names)
        # One Aho-Corasick automaton holds the aliases, the trigger words of roles, titles,
        # speech verbs and head nouns, and the sentence-boundary candidates: a single pass over
        # the text finds all three (a pass costs as much as the Python that follows it).
        keys: dict[str, list[object]] = {}
        # capitalized one-word aliases, for names typed in odd case ("iSrael", "President obama")
        self._odd_case: dict[str, tuple[str, str]] = {}
        for actor_id, alias, kind in dictionary.aliases.select(
            "actor_id", "alias", "alias_kind"
        ).iter_rows():
            if alias and len(alias) >= 4 and alias.isalpha() and alias == alias.capitalize():
                self._odd_case.setdefault(alias, (actor_id, kind or "name"))
            if alias and len(alias) >= 2:
                keys.setdefault(alias, _slot(alias))[1] = (
                    actor_id,
                    kind or "name",
                )
        for actor_id, alias, kind in dictionary.aliases.select(
            "actor_id", "alias", "alias_kind"
        ).iter_rows():
            code = country_of_actor.get(actor_id)
            if code is None or not alias:
                continue
            government = self._government_of[code]
            if kind == "demonym":
                forms = [f"{alias} Government"]
            elif kind in ("name", "short", "native"):
                # "Government of Serbia", "Serbia's Government" (the possessive is a mention of
                # the country too: `_with_possessor_countries`)
                forms = [f"Government of {alias}", f"Government of the {alias}"]
                forms += [f"{alias}'s Government", f"{alias}’s Government"]
            else:
                continue
            for form in forms:
                slot = keys.setdefault(form, _slot(form))
                if slot[1] is None:
                    slot[1] = (government, "name")
        # A country's bodies without the country ("the Foreign Ministry"), read off the names
        # the dictionary gives them with it ("Russian Foreign Ministry", "Central Bank of
        # Russia"): in a release of that country's publisher they are its own. The same
        # bodies with the country in the other shapes ("Russia's Security Council") are
        # aliases too.
        self._bodies_of: dict[str, dict[str, str]] = _bodies_without_country(
            dictionary, country_of_actor
        )
        country_forms = _country_forms(dictionary, country_of_actor)
        # a country's name -> its adjective ("Morocco" -> "Moroccan"): a body named with the
        # country's possessive is named with the adjective ("Morocco's Foreign Ministry" is
        # the Moroccan Foreign Ministry), one actor for both spellings
        self._adjective_of_country = _adjectives_by_name(country_forms)
        for code, bodies in self._bodies_of.items():
            for body, actor_id in bodies.items():
                for form in _body_forms(body, country_forms.get(code, [])):
                    slot = keys.setdefault(form, _slot(form))
                    if slot[1] is None:
                        slot[1] = (actor_id, "name")
        for bodies in self._bodies_of.values():
            for body in bodies:
                keys.setdefault(body, _slot(body))[4] = body
        # An international body's organs without it ("the Security Council", "the General
        # Assembly"), read off the dictionary's names for them ("UN Security Council"): in a
        # text that names the parent they are its own.
        self._organs_of: dict[str, dict[str, str]] = _organs_without_parent(dictionary)
        for organ in self._organs_of:
            keys.setdefault(organ, _slot(organ))[4] = organ
        # alias -> (actor_id, kind), for names that share a head ("Donetsk and Lugansk ...")
        self._alias_of: dict[str, tuple[str, str]] = {
            key: value[1] for key, value in keys.items() if value[1] is not None
        }
        triggers = trigger_variants(
            [*terms, *self._discoverer.trigger_words], self._discoverer.capitalized_only
        )
        for form, word in triggers.items():
            keys.setdefault(form, _slot(form))[2] = word
        for key, boundary in boundary_keys().items():
            keys.setdefault(key, _slot(key))[3] = boundary
        # lowercase words of kinds of bodies ("company", "battalion"), for the names beside them
        for word in KIND_WORDS:
            keys.setdefault(word, _slot(word))[5] = word
        # ahocorasick-rs (Rust) rather than pyahocorasick: the same matches, two to three
        # times faster over the text, and this pass is a third of the extraction time.
        self._values = [tuple(value) for value in keys.values()]
        self._automaton = ahocorasick_rs.AhoCorasick(
            list(keys), matchkind=ahocorasick_rs.MatchKind.Standard
        )

    def _scan(
        self, text: str
    ) -> tuple[
        list[tuple[int, int, str, str]],
        list[tuple[int, int, str]],
        list[tuple[int, int]],
        list[tuple[int, int, str]],
        list[tuple[int, int, str]],
    ]:
        """One pass: alias candidates, trigger hits, sentence spans, bodies named without
        their country, lowercase words of kinds of bodies (whole words)."""
        aliases: list[tuple[int, int, str, str]] = []
        triggers: list[tuple[int, int, str]] = []
        boundaries: list[tuple[int, int, int]] = []
        bodies: list[tuple[int, int, str]] = []
        kinds: list[tuple[int, int, str]] = []
        values = self._values
        for index, start, end in self._automaton.find_matches_as_indexes(text, overlapping=True):
            _, alias, trigger, boundary, body, kind = values[index]
            if alias is not None:
                aliases.append((start, end, alias[0], alias[1]))
            if trigger is not None:
                triggers.append((start, end, trigger))
            if boundary is not None:
                boundaries.append((end - 1, boundary[0], boundary[1]))
            if body is not None:
                bodies.append((start, end, body))
            if kind is not None and is_whole_word(text, start, end):
                kinds.append((start, end, kind))
        spans = spans_from_boundaries(text, boundaries_from_hits(text, boundaries))
        for match in _ODD_CASE_NAME.finditer(text):
            start, end = match.span(match.lastindex or 0)
            hit = self._odd_case.get(text[start:end].capitalize())
            if hit is not None:
                aliases.append((start, end, hit[0], hit[1]))
        accepted = _accept_aliases(text, aliases)
        if " and " in text:
            accepted = self._shared_heads(text, accepted)
        return accepted, longest_triggers(text, triggers), spans, bodies, kinds

    def _shared_heads(
        self, text: str, accepted: list[tuple[int, int, str, str]]
    ) -> list[tuple[int, int, str, str]]:
        """Two names written with one head ("the Donetsk and Lugansk People's Republics",
        "North and South Korea") as a mention of each, when both are aliases."""
        added: list[tuple[int, int, str, str]] = []
        for match in _AND_CAPITAL.finditer(text):
            before = _NAME_BEFORE.search(text, max(0, match.start() - 40), match.start())
            # "the Middle East and North Africa": the first word ends a longer name
            if before is None or _CAPITALIZED_BEFORE.search(
                text, max(0, before.start() - 40), before.start()
            ):
                continue
            words = list(_WORD.finditer(text, match.start("head"), match.end("head")))
            for size in range(len(words), 0, -1):
                head = text[words[0].start() : words[size - 1].end()]
                pair = self._pair_with_head(before.group(0), match.group("b"), head)
                if pair is not None:
                    first, second = pair
                    added.append((before.start(), before.end(), *first))
                    added.append((match.start("b"), words[size - 1].end(), *second))
                    break
        if not added:
            return accepted
        spans = sorted((start, end) for start, end, _, _ in added)
        kept = [m for m in accepted if not _overlaps(spans, m[0], m[1])]
        return sorted(kept + added)

    def _pair_with_head(
        self, first: str, second: str, head: str
    ) -> tuple[tuple[str, str], tuple[str, str]] | None:
        """The aliases "<first> <head>" and "<second> <head>", the head also singular and
        capitalized ("people's republics" -> "People's Republic"), when both are known."""
        singular = _singular(head)
        for form in dict.fromkeys((head, singular, _capitalized(head), _capitalized(singular))):
            one = self._alias_of.get(f"{first} {form}")
            two = self._alias_of.get(f"{second} {form}")
            if one is not None and two is not None and one[0] != two[0]:
                return one, two
        return None

    def find(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, actor_id, alias_kind) of dictionary aliases, leftmost-longest."""
        return self._scan(text)[0]

    def mentions_and_sentences(
        self, text: str, published: date | None = None
    ) -> tuple[list[tuple[int, int, str, str]], dict[str, tuple[str, str]], list[tuple[int, int]]]:
        """All mentions of `text` sorted by offset, {actor_id: (name, type)} of the actors
        discovered in it, and its sentence spans, from the same pass."""
        return self.mentions_in_context(text, published, None)

    def publisher_country(self, *sources: str | None) -> str | None:
        """The country of the first source (web address, publisher name) that tells one."""
        for source in sources:
            country = publisher_country(source, self.country_of_name)
            if country is not None:
                return country
        return None

    def mentions_in_context(
        self,
        text: str,
        published: date | None,
        home_country: str | None,
        office: str | None = None,
    ) -> tuple[list[tuple[int, int, str, str]], dict[str, tuple[str, str]], list[tuple[int, int]]]:
        """`mentions_and_sentences` for a text whose publisher is of `home_country`: its
        unqualified offices ("the President") are that country's. A publisher that speaks
        for an `office` ("foreign minister": a foreign ministry's site) has that office's
        holder as its head."""
        known, triggers, spans, bodies, kinds = self._scan(text)
        known = self._without_others_surnames(text, known)
        known = self._without_places_named_as_people(text, known)
        if "Fed " in text:
            known = [m for m in known if not _NO_BANK_AFTER_FED.match(text, m[0])]
        if "Labour" in text:
            known = [m for m in known if not _labour_not_the_party(text, m[0], m[1])]
        known = [
            m
            for m in known
            if not (
                m[3] == "short"
                and self._actor_types.get(m[2]) == "person"
                and other_given_name_before(text, m[0])
            )
        ]
        government = self._government_of.get(home_country or "")
        if government is not None and "Government" in text:
            known = _bare_government(text, known, government)
        if bodies and home_country in self._bodies_of:
            known = _home_bodies(
                text, known, bodies, self._bodies_of[home_country or ""], _OUR_BEFORE
            )
        if bodies:
            known = self._bodies_of_named(text, known, bodies)
        candidates = self._discoverer.find(text, triggers)
        candidates += self._discoverer.after_possessives(text, known)
        candidates += self._discoverer.after_given_names(text, known)
        candidates += self._discoverer.after_person_verbs(text, {s for s, _, _, _ in known})
        people_ends = {e for _, e, a, _ in known if self._actor_types.get(a) == "person"}
        if people_ends:
            candidates += self._discoverer.lists_after_people(text, people_ends)
        body_ends = {e for _, e, a, _ in known if self._actor_types.get(a) == "organization"}
        if body_ends:
            candidates += self._discoverer.bodies_beside_bodies(text, body_ends)
        candidates += self._discoverer.repeated_names(text)
        if _ROYAL_HINT.search(text):
            candidates += self._discoverer.royal_names(text)
        candidates += self._discoverer.after_ranks(text)
        if "ne of " in text or "he other, " in text or _TIE_HINT.search(text):
            candidates += self._discoverer.one_of_them(text)
        owners = [
            (start, end)
            for start, end, actor_id, _ in known
            if self._actor_types.get(actor_id) in ("country", "organization")
        ]
        # (named whole: the title before the owner tells where the name starts, so no given
        # name need cut it, as `from_given_names` does names taken with an "of" phrase's end)
        owned = self._discoverer.after_titled_owners(text, owners)
        if kinds:
            known_starts = {start for start, _, _, _ in known}
            candidates += self._discoverer.named_units(text, kinds, known_starts)
            candidates += self._discoverer.named_after_kind(text, kinds, known_starts)
            candidates += self._discoverer.named_before_kind(text, kinds, known_starts)
        if "committee" in text:
            candidates += committees_named_in_lowercase(text)
        if _ACRONYM_AFTER_THE.search(text):
            known_spans = [(start, end) for start, end, _, _ in known]
            candidates += self._discoverer.before_later_acronyms(text, known_spans)
        countries = [m for m in known if self._actor_types.get(m[2]) == "country"]
        if countries:
            candidates += self._discoverer.bodies_after_countries(text, countries)
        dashed = "–" in text or "—" in text
        if "(" in text or dashed:
            countries = [m for m in countries if m[0] > 0]
            if "(" in text:
                candidates += self._discoverer.after_acronyms(text)
                candidates += self._discoverer.before_countries(text, countries)
            if dashed:
                candidates += self._discoverer.dashed_to_countries(text, countries)
        if ": " in text:
            ends = {
                end for _, end, actor_id, _ in known if self._actor_types.get(actor_id) == "person"
            }
            candidates += self._discoverer.speaker_labels(text, ends)
        if candidates:
            ends = {
                end
                for _, end, actor_id, _ in known
                if self._actor_types.get(actor_id) in ("country", "organization")
            }
            candidates = self._discoverer.extend_after_known(text, candidates, ends)
            candidates = self._discoverer.from_given_names(text, candidates)
        if owned:
            # a name another pattern took with the owner's last word ("Ghana Kwabena
            # Asante-Boateng") yields to the one that starts after the owner
            candidates = [
                c for c in candidates if not any(c.start < o.start < c.end for o in owned)
            ] + owned
        # a name the dictionary holds for another actor ("Addis Ababa" after "from", where
        # the capital is a place) or the gazetteer for a place ("Nizhny Novgorod") is no
        # new person, nor a body named by one word ("the Kursk company")
        candidates = [
            c
            for c in candidates
            if (
                (c.actor_type != "person" and " " in c.name)
                or (c.name not in self._alias_of and c.name not in self.place_country)
            )
            and not self._a_countrys_government(c)
            and not (c.actor_type == "person" and KNIGHT_BY_GIVEN_NAME.fullmatch(c.name))
            and not (c.actor_type == "person" and named_as_a_thing(text, c.name))
        ]
        # a firm whose name is a person's ("Goldman Sachs", "Time Warner") is one by how the
        # text writes of it: "Time Warner's fourth quarter profits", "Frankfurt-based
        # Deutsche Boerse", "researchers at BDO Stoy Hayward"
        candidates = [
            Discovered(c.start, c.end, c.name, "organization")
            if c.actor_type == "person" and written_of_as_a_firm(text, c.name)
            else c
            for c in candidates
        ]
        candidates = [
            without_owning_s(tidied_person(with_given_name_written(text, c))) for c in candidates
        ]
        candidates = _without_firms_read_as_people(text, candidates)
        found, discovered = merge_discovered(known, candidates, self._actor_types)
        if discovered:
            found, discovered = self._variants.resolve(found, discovered)
            found, discovered = _short_forms_of_bodies(found, discovered)
            found, discovered = longer_company_names(text, found, discovered)
            found, discovered = _patronymic_addresses(found, discovered, self.names)
            found, discovered = _bodies_by_country_adjective(
                found, discovered, self._adjective_of_country
            )
        for _, _, actor_id, _ in found:
            if actor_id in self._extra:
                discovered[actor_id] = self._extra[actor_id]
        if _TIE_HINT.search(text) or NAMED_OWNER_TIE.search(text):
            name_of = {
                m[2]: discovered.get(m[2])
                or (self.names.get(m[2], ""), self._actor_types.get(m[2], ""))
                for m in found
            }
            found, relatives = tied_family_members(text, found, name_of)
            discovered |= {a: d for a, d in relatives.items() if a not in discovered}
        found = self._without_the_other_genders_honorific(text, found)
        people = {
            actor_id: discovered[actor_id][0] if actor_id in discovered else self.names[actor_id]
            for _, _, actor_id, kind in found
            if kind in _FULL_NAME_KINDS
            and (
                discovered.get(actor_id, ("", ""))[1] == "person"
                or self._actor_types.get(actor_id) == "person"
            )
        }
        found = self._without_countries_that_are_surnames(text, found, people)
        found = _surnames_to_the_named(text, found, people, discovered)
        found = link_surnames(text, found, people)
        found = link_given_names(text, found, people, set(discovered))
        if "Sir " in text or "Dame " in text:
            found = link_knights(text, found, people)
        found = _without_name_tails(text, found)
        companies = {a: name for a, (name, kind) in discovered.items() if kind == "organization"}
        if companies:
            found = link_company_short_names(text, found, companies, set(people))
        found = _initialled_surnames(text, found, people, self.names, self._people_by_surname)
        role_of_term = self.roles.role_of_term
        hits = [(s, e, role_of_term[w]) for s, e, w in triggers if w in role_of_term]
        if hits or _COLLECTIVE_HINT.search(text) or _COLLEAGUE_HINT.search(text):
            actors = self.actors | {
                a: ActorInfo(t, None) for a, (_, t) in discovered.items() if a not in self.actors
            }
            roles = resolve_roles(text, hits, found, actors, self.roles, published, home_country)
            roles += collective_roles(text, found, actors, self.roles, published)
            # a body's name inside a title ("the Chief of the General Staff") is the title's:
            # the holder is meant, not the body
            found = _without_bodies_in_titles(roles, found, self._actor_types)
            # a role word inside a name already found ("King" of "King Felipe VI") adds nothing
            starts = [start for start, _, _, _ in found]
            roles = [r for r in roles if not _inside_a_mention(r, found, starts)]
            if roles:
                roles = _without_titles_of_named(text, roles, found, self._actor_types)
            if roles:
                found = sorted(found + roles)
        found = self._with_possessor_countries(text, found)
        if home_country and published is not None and "essage" in text:
            found = self._unsigned_message_sender(
                text, found, home_country, published, discovered, office
            )
        return _one_per_start(found), discovered, spans

    def _without_others_surnames(
        self, text: str, known: list[tuple[int, int, str, str]]
    ) -> list[tuple[int, int, str, str]]:
        """Without a dictionary person's surname written right after another given name
        ("Colonel General Andrei Serdyukov" is not Anatoly Serdyukov): that is someone else,
        whom discovery finds (or `PersonVariants` takes for the dictionary person when the
        given name is another transliteration of theirs)."""
        out = []
        for mention in known:
            start, _, actor_id, kind = mention
            if kind == "surname":
                before = _NAME_BEFORE_SURNAME.search(text, max(0, start - 30), start)
                given = before.group("given") if before else None
                own = self.names.get(actor_id, "").split(" ")[0]
                if given in self._given_set and _plain(given) != _plain(own):
                    continue
                if given is not None and self._unknown_given_name(given, own):
                    continue  # "Senator Nasreen Qureshi" is not Shah Mahmood Qureshi
                after = _NAME_AFTER_SURNAME.match(text, mention[1])
                if (
                    before is None
                    and after is not None
                    and not _HONORIFIC_BEFORE.search(text, max(0, start - 12), start)
                    and self._another_name_word(after.group("next"))
                ):
                    continue  # "Assad Omar, Afghanistan's envoy" is not Bashar al-Assad
            out.append(mention)
        return out

    def _another_name_word(self, word: str) -> bool:
        """Whether a capitalized word right after a dictionary person's surname goes on with
        another name ("Assad Omar"): no body's head ("Bush Administration"), day or month
        ("Brown Thursday"), title, role or function word, nor any actor's alias."""
        lower = word.lower()
        return (
            len(word) >= 3
            and lower not in ORG_HEAD_WORDS
            and lower not in CALENDAR_NAMES
            and lower not in TITLE_WORDS_PLAIN
            and lower not in self.roles.role_of_term
            and lower not in _FUNCTION_WORDS_BEFORE_NAMES
            and word not in self._alias_of
        )

    def _without_countries_that_are_surnames(
        self, text: str, found: list[tuple[int, int, str, str]], people: dict[str, str]
    ) -> list[tuple[int, int, str, str]]:
        """Without a one-word country match ("Cuban", "German") that is the surname of a
        person the text names in full ("Mark Cuban") and stands as a name, not as an
        adjective before a noun nor after a preposition ("the Cuban government", "in
        Jordan"): that person's, which surname linking then gives."""
        surnames = {name.split()[-1] for name in people.values() if " " in name}
        if not surnames:
            return found
        return [
            m
            for m in found
            if not (
                text[m[0] : m[1]] in surnames
                and self._actor_types.get(m[2]) == "country"
                and not _before_a_noun(text, m[1])
                and _PREPOSITION_OR_ARTICLE_BEFORE.search(text, max(0, m[0] - 12), m[0]) is None
            )
        ]

    def _without_places_named_as_people(
        self, text: str, known: list[tuple[int, int, str, str]]
    ) -> list[tuple[int, int, str, str]]:
        """Without a country or place matched on a one-word name that an honorific or a
        given name stands before ("Mr Wellington", "Mike German"): a person's surname, which
        discovery and surname linking take, never New Zealand's capital or Germany."""
        out = []
        for mention in known:
            start, end, actor_id, _ = mention
            if self._actor_types.get(actor_id) == "country" and " " not in text[start:end]:
                before = text[max(0, start - 30) : start]
                given = _GIVEN_NAME_BEFORE.search(before)
                # (neither list holds a given name that is an English word too: "Will
                # Germany agree?" keeps its country)
                if _HONORIFIC_BEFORE.search(before) or (
                    given is not None
                    and (
                        given.group(1) in self._given_set or given.group(1) in english_given_names()
                    )
                ):
                    continue
            out.append(mention)
        return out

    def _without_the_other_genders_honorific(
        self, text: str, found: list[tuple[int, int, str, str]]
    ) -> list[tuple[int, int, str, str]]:
        """Without a dictionary person's mention after an honorific of the other gender
        ("Ms Abbott" is no Tony Abbott): someone else of that surname."""
        out = []
        for mention in found:
            start, _, actor_id, _ = mention
            honorific = _GENDERED_HONORIFIC.search(text, max(0, start - 8), start)
            if honorific is not None and actor_id in self.names:
                told = name_gender(self.names[actor_id])
                if told is not None and told != HONORIFIC_GENDERS[honorific.group(1).lower()]:
                    continue
            out.append(mention)
        return out

    def _unknown_given_name(self, word: str, own: str) -> bool:
        """Whether a capitalized word right before a dictionary person's surname is another
        given name the lists lack ("Nasreen"): no title, role word, function word nor any
        actor's alias, and not the person's own given name in another spelling (which
        opens with the same letter: Yury, Yuri)."""
        lower = word.lower()
        return (
            len(word) >= 3
            and lower not in TITLE_WORDS_PLAIN
            and lower not in self.roles.role_of_term
            and lower not in _FUNCTION_WORDS_BEFORE_NAMES
            and word not in self._alias_of
            and _plain(word)[:1] != _plain(own)[:1]
        )

    def country_closing(self, name: str) -> str | None:
        """ISO3 of the country a body's name ends with ("Ministry of Defence of Mali",
        "Ministry of Foreign Affairs of the Republic of Kazakhstan"); else None."""
        for tail in re.findall(r"\sof\s+(?=((?:the\s+)?[A-Z].*)$)", name):
            alias = self._alias_of.get(tail) or self._alias_of.get(re.sub(r"^the\s+", "", tail))
            if alias is not None and self._actor_types.get(alias[0]) == "country":
                info = self.actors.get(alias[0])
                return info.country_code if info is not None else None
        return None

    def _a_countrys_government(self, candidate: Discovered) -> bool:
        """Whether a discovered body is a country's government named by the country's name
        ("Russian Federation Government"): the country and its government are the
        dictionary's to find (the bare "Government" is the publisher's)."""
        owner, _, head = candidate.name.rpartition(" ")
        alias = self._alias_of.get(owner) if head == "Government" else None
        return alias is not None and self._actor_types.get(alias[0]) == "country"

    def _unsigned_message_sender(
        self,
        text: str,
        found: list[tuple[int, int, str, str]],
        home_country: str,
        published: date,
        discovered: dict[str, tuple[str, str]],
        office: str | None = None,
    ) -> list[tuple[int, int, str, str]]:
        """A message quoted with no sender ("The message reads, in part: ..."), no person
        named before it: a mention (kind "role", on the word "message") of the publisher's
        head that day, whose message a government's release quotes unsigned (the quotes
        take him as its speaker too)."""
        match = _UNSIGNED_MESSAGE.search(text)
        head = self.roles.head_of(home_country, published, office) if match else None
        if match is None or head is None:
            return found
        # someone named before may be the sender ("Ann Vale sent greetings. The message
        # reads:"): only a message nobody is named before is the head's
        if any(
            start < match.start()
            and (
                self._actor_types.get(actor_id) == "person"
                or discovered.get(actor_id, ("", ""))[1] == "person"
            )
            for start, _, actor_id, _ in found
        ):
            return found
        start, end = match.span("noun")
        return sorted([*found, (start, end, head, "role")])

    def countries_by_place(
        self,
        text: str,
        found: list[tuple[int, int, str, str]],
        discovered: dict[str, tuple[str, str]],
        known: dict[str, str],
    ) -> dict[str, str]:
        """{discovered person id: ISO3} for people titled by a place of the gazetteer and no
        country ("Governor of the Rostov Region Vasily Golubev": Russia), the title's words
        between as `_countries_of_discovered` reads them."""
        if self._place_before is None:
            return {}
        countries: dict[str, str] = {}
        for start, _, actor_id, kind in found:
            if (
                kind != "discovered"
                or actor_id in known
                or actor_id in countries
                or discovered.get(actor_id, ("", ""))[1] != "person"
            ):
                continue
            window = max(0, start - 80)
            last = None
            for match in self._place_before.finditer(text, window, start):
                last = match
            if last is not None and (
                _SPACE.fullmatch(text, last.end(), start)
                or _COUNTRY_TITLE_GAP.fullmatch(text, last.end(), start)
            ):
                countries[actor_id] = self.place_country[last.group(0)]
        return countries

    def _bodies_of_named(
        self,
        text: str,
        known: list[tuple[int, int, str, str]],
        hits: list[tuple[int, int, str]],
    ) -> list[tuple[int, int, str, str]]:
        """Bodies named without their owner ("the Security Council", "the House of
        Representatives") where the text names exactly one owner that has a body of that
        name: an international organization first ("the UN" for its Security Council), else a
        country ("Libya" for its House of Representatives). The publisher's own bodies
        (`_home_bodies`) are resolved before and win."""
        named = {actor_id for _, _, actor_id, _ in known}
        countries = {
            self.actors[a].country_code
            for a in named
            if a in self.actors and self.actors[a].actor_type == "country"
        }
        resolved: dict[str, str] = {}
        for _, _, body in hits:
            if body in resolved:
                continue
            owners = {
                o for p, o in self._organs_of.get(body, {}).items() if p in named or o in named
            }
            if not owners:
                owners = {
                    bodies[body]
                    for code, bodies in self._bodies_of.items()
                    if code in countries and body in bodies
                }
            if len(owners) == 1:
                resolved[body] = next(iter(owners))
        if not resolved:
            return known
        # "Morocco's Foreign Ministry" after Russia is named: Morocco's, not Russia's
        hits = [hit for hit in hits if not self._owned_by_another(text, hit, resolved)]
        return _home_bodies(text, known, hits, resolved, _OWNER_BEFORE)

    def _owned_by_another(
        self, text: str, hit: tuple[int, int, str], resolved: dict[str, str]
    ) -> bool:
        """Whether a country's possessive right before a body's name ("Morocco's Foreign
        Ministry") names another country than the one the body was resolved to."""
        start, _, body = hit
        owner = _POSSESSIVE_OWNER.search(text, max(0, start - 40), start)
        if owner is None or body not in resolved:
            return False
        alias = self._alias_of.get(owner.group("owner"))
        if alias is None or self._actor_types.get(alias[0]) != "country":
            return False
        ours = self.actors.get(resolved[body])
        theirs = self.actors.get(alias[0])
        return ours is not None and theirs is not None and ours.country_code != theirs.country_code

    def _with_possessor_countries(
        self, text: str, found: list[tuple[int, int, str, str]]
    ) -> list[tuple[int, int, str, str]]:
        """A country named in the possessive inside a body's name ("Sudan's army", "Russia's
        Security Council") or after its "of" ("National Assembly of Hungary", a discovered
        name) is a mention of the country too: the text names it."""
        added = []
        for start, end, actor_id, _ in found:
            if self._actor_types.get(actor_id) in ("country", "person"):
                continue
            mention = text[start:end]
            cut = max(mention.find("'s "), mention.find("’s "))
            if cut > 0:
                alias = self._alias_of.get(mention[:cut])
                if alias is not None and self._actor_types.get(alias[0]) == "country":
                    added.append((start, start + cut, alias[0], alias[1]))
                continue
            # a dictionary body names its country in its own right ("Government of the
            # Russian Federation" is Russia's government); a discovered one only by its words
            of = _OF_COUNTRY.search(mention) if actor_id not in self._actor_types else None
            alias = self._alias_of.get(of.group("country")) if of is not None else None
            if (
                of is not None
                and alias is not None
                and self._actor_types.get(alias[0]) == "country"
            ):
                added.append((start + of.start("country"), end, alias[0], alias[1]))
        return sorted(found + added) if added else found


def _surnames_to_the_named(
    text: str,
    found: list[tuple[int, int, str, str]],
    people: dict[str, str],
    discovered: dict[str, tuple[str, str]],
) -> list[tuple[int, int, str, str]]:
    """Without the dictionary's surname mentions of a person the text never names in full
    when a person it discovered bears that surname ("Andrei Serdyukov ... Mr Serdyukov" is not
    the dictionary's Anatoly Serdyukov): `link_surnames` gives them to the one named."""
    surnames = {name.split()[-1] for actor_id, name in people.items() if actor_id in discovered}
    if not surnames:
        return found
    return [
        m
        for m in found
        if not (m[3] == "surname" and m[2] not in people and text[m[0] : m[1]] in surnames)
    ]


# Between a name and the rest of it: "Sheikh Khalifa bin Zayed" + " Al " + "Nahyan".
_NAME_TAIL_GAP = re.compile(r"\s+(?:(?:Al|al|El|el|bin|ibn)[\s-]+)?|[\s-]*(?:al|el)-")


def _initialled_surnames(
    text: str,
    found: list[tuple[int, int, str, str]],
    people: dict[str, str],
    names: dict[str, str],
    people_by_surname: dict[str, list[str]],
) -> list[tuple[int, int, str, str]]:
    """Surnames written after an initial ("S.Ivanov", as transcripts label their speakers)
    as the person of that surname whose given name has that initial: the one named in the
    text, else the one in the dictionary. A surname mention of someone else is given to
    them, or dropped when no one such is known (the label then gives the name as written);
    an initialled surname nothing matched (two dictionary Ivanovs) gets a mention.

    Why: "Ivanov" alone goes to the Ivanov named last in full, but "I.Ivanov" after
    "Sergei Ivanov" is someone else."""

    def bearer(surname: str, letter: str) -> str | None:
        # (people named in full in the text first, then the dictionary's)
        fits = [
            a for a, name in people.items() if name.split()[-1] == surname and name[:1] == letter
        ] or [a for a in people_by_surname.get(surname, []) if names.get(a, "")[:1] == letter]
        return fits[0] if len(fits) == 1 else None

    at = {(m[0], m[1]): i for i, m in enumerate(found)}
    replaced: dict[int, tuple[int, int, str, str] | None] = {}
    added = []
    for hit in _INITIALLED_SURNAME.finditer(text):
        start, end = hit.span("surname")
        letter = hit.group("initial")
        index = at.get((start, end))
        if index is None:
            person = bearer(hit.group("surname"), letter)
            if person is not None and not any(m[0] < end and start < m[1] for m in found):
                added.append((start, end, person, "surname"))
            continue
        actor_id, kind = found[index][2:]
        given = people.get(actor_id, names.get(actor_id, "")).split()
        if kind == "surname" and len(given) >= 2 and given[0][:1] != letter:
            person = bearer(hit.group("surname"), letter)
            replaced[index] = (start, end, person, kind) if person is not None else None
    if not replaced and not added:
        return found
    kept = [replaced.get(i, m) for i, m in enumerate(found)]
    return sorted([m for m in kept if m is not None] + added)


# A given name's initial glued or spaced before a surname: "S.Ivanov", "S. Ivanov".
_INITIALLED_SURNAME = re.compile(r"(?<![\w.])(?P<initial>[A-Z])\.\s?(?P<surname>[A-Z][\w'’\-]{2,})")


def _without_name_tails(
    text: str, found: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """Without a surname mention that goes on a name found right before it ("Sheikh Khalifa
    bin Zayed Al Nahyan": "Nahyan" is no mention of another Al Nahyan): it is the end of
    that name, not a second person."""
    out: list[tuple[int, int, str, str]] = []
    for mention in found:
        start, _, actor_id, kind = mention
        previous = out[-1] if out else None
        if (
            kind == "surname"
            and previous is not None
            and previous[2] != actor_id
            and previous[3] in ("name", "native", "discovered", "title")
            and _NAME_TAIL_GAP.fullmatch(text, previous[1], start)
        ):
            continue
        out.append(mention)
    return out


def _short_forms_of_bodies(
    found: list[tuple[int, int, str, str]], discovered: dict[str, tuple[str, str]]
) -> tuple[list[tuple[int, int, str, str]], dict[str, tuple[str, str]]]:
    """A discovered body named again by the last words of its name ("the Russian-Arab
    Business Council ... the Business Council's work") is the same body: its mentions
    are the longer name's, when exactly one discovered body ends so. So is a person named
    by a surname of several words after the full name ("James Van Der Beek ... Van Der
    Beek said": a surname a particle opens, or one after a given name, "Juan Fernando
    Holguin Flores ... Holguin Flores said"; a one-word surname is `link_surnames`'s)."""
    same: dict[str, str] = {}
    given = given_name_genders()
    for kind in ("organization", "person"):
        named = {a: name for a, (name, k) in discovered.items() if k == kind}
        for short_id, short in named.items():
            longer = [
                a for a, name in named.items() if a != short_id and name.endswith(f" {short}")
            ]
            if kind == "person" and short.split()[0].lower() not in SURNAME_PARTICLES:
                # "Hadley Gamble" is no surname of "Moderator Hadley Gamble"; "Ferreira da
                # Silva" is one of "Josué Ferreira da Silva", a given name before it
                longer = [
                    a
                    for a in longer
                    if short.split()[0].lower() not in given
                    and named[a][: -len(short) - 1].split()[-1].lower() in given
                ]
            if len(longer) == 1 and len(short.split()) >= 2:
                same[short_id] = longer[0]
    if not same:
        return found, discovered
    found = [
        (start, end, same.get(actor_id, actor_id), kind) for start, end, actor_id, kind in found
    ]
    return found, {a: v for a, v in discovered.items() if a not in same}


# A body named with a country's possessive: "Morocco's Foreign Ministry", "the UAE's
# Ministry of Foreign Affairs".
_COUNTRY_POSSESSIVE = re.compile(
    r"(?:[Tt]he\s+)?(?P<country>[A-Z][\w .\-]*?)['’]s\s+(?P<rest>\S.*)"
)


def _bodies_by_country_adjective(
    found: list[tuple[int, int, str, str]],
    discovered: dict[str, tuple[str, str]],
    adjective_of: dict[str, str],
) -> tuple[list[tuple[int, int, str, str]], dict[str, tuple[str, str]]]:
    """A discovered body named with a country's possessive takes the country's adjective:
    "Morocco's Foreign Ministry" is the Moroccan Foreign Ministry, the same actor as when a
    text writes it so. Why: one body, one actor id, whichever form the text uses."""
    renamed: dict[str, tuple[str, str]] = {}
    for actor_id, (name, kind) in discovered.items():
        match = _COUNTRY_POSSESSIVE.fullmatch(name) if kind == "organization" else None
        if match is not None and match.group("country") in adjective_of:
            new = f"{adjective_of[match.group('country')]} {match.group('rest')}"
            renamed[actor_id] = (Discovered(0, 0, new, kind).actor_id, new)
    if not renamed:
        return found, discovered
    found = [(start, end, renamed[a][0] if a in renamed else a, k) for start, end, a, k in found]
    out = {a: v for a, v in discovered.items() if a not in renamed}
    for actor_id, (new_id, new) in renamed.items():
        out.setdefault(new_id, (new, discovered[actor_id][1]))
    return found, out


# A Russian patronymic: "Vladimirovich", "Abishevich", "Ilyich", "Valentinovna", "Kuzmich"
# (not a surname ending alike: "Kasich", "Ulrich", "Aldrich").
_PATRONYMIC = re.compile(
    r"[A-Z][a-z]+(?:ovich|evich|vvich|yich|ovna|evna|ichna|ovych|evych|ivna)"
    r"|Lukich|Kuzmich|Fomich|Nikitich"
)


def _patronymic_addresses(
    found: list[tuple[int, int, str, str]],
    discovered: dict[str, tuple[str, str]],
    names: dict[str, str],
) -> tuple[list[tuple[int, int, str, str]], dict[str, tuple[str, str]]]:
    """A person discovered as a given name and a patronymic ("Nursultan Abishevich said") is
    the one person the text names in full with that given name ("Nursultan Nazarbayev").

    Why: Russian speakers address and refer to each other by name and patronymic; a
    transcript names someone in full once, then so. No such person, or two: left as found."""
    # the given name of each actor the text names in full (no patronymic last)
    given_of: dict[str, str] = {}
    for _, _, actor_id, _ in found:
        words = (discovered.get(actor_id, ("", ""))[0] or names.get(actor_id, "")).split()
        if len(words) >= 2 and not _PATRONYMIC.fullmatch(words[-1]):
            given_of[actor_id] = words[0]
    same: dict[str, str] = {}
    several: dict[str, set[str]] = {}
    for actor_id, (name, kind) in discovered.items():
        words = name.split()
        if kind != "person" or len(words) != 2 or not _PATRONYMIC.fullmatch(words[1]):
            continue
        full = {other for other, given in given_of.items() if given == words[0]}
        if len(full) == 1:
            same[actor_id] = full.pop()
        elif full:
            several[actor_id] = full
    if not same and not several:
        return found, discovered
    # with several of that given name, each address is the one of them named last before it
    # ("Sergei Lavrov … Sergei Ivanov has studied it. Sergei Borisovich stressed")
    last_named: dict[str, int] = {}
    out = []
    for start, end, actor_id, kind in found:
        if actor_id in several:
            before = [a for a in several[actor_id] if a in last_named]
            if before:
                actor_id = max(before, key=last_named.__getitem__)
        else:
            actor_id = same.get(actor_id, actor_id)
            last_named[actor_id] = start
        out.append((start, end, actor_id, kind))
    still = {a for _, _, a, _ in out}
    return out, {
        a: v for a, v in discovered.items() if a not in same and (a not in several or a in still)
    }


# "The message reads, in part:" opening a sentence: a message quoted without its sender.
_UNSIGNED_MESSAGE = re.compile(
    r"(?:^|[.!?]\s+)The\s+(?P<noun>messages?)\s+(?:reads?|says?)\b[^.!?“”\"]{0,25}:"
)


def _plain(word: str) -> str:
    """A word without case or accents ("Vučić" -> "vucic"), its Russian "yo" and "ye"
    written "e" as transliterations often do ("Tsivilyov" and "Tsivilev", "Yevgeny" and
    "Evgeny" are one name)."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _YO.sub("e", plain)


_YO = re.compile(r"(?<=[a-z])y[oe]|^ye")


# Letters transliterations swap for one another ("Yury"/"Yuri", "Zelenskyy"/"Zelenskiy").
_SWAPS = {frozenset("iy"), frozenset("jy"), frozenset("ei")}


def within_one_edit(a: str, b: str, swaps: bool = False) -> bool:
    """Whether `b` is `a` with one letter added or dropped ("Bennet"/"Bennett"), or, with
    `swaps`, one letter replaced by another a transliteration writes for it ("Yury"/"Yuri").
    A final "a" added or dropped is no variant: it makes a Russian surname a woman's
    ("Ivanov"/"Ivanova", two people)."""
    if a == b:
        return True
    if len(a) == len(b):
        diffs = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
        return swaps and len(diffs) == 1 and frozenset(diffs[0]) in _SWAPS
    if abs(len(a) - len(b)) != 1:
        return False
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if long[:-1] == short and long[-1] == "a":
        return False
    index = next(
        (i for i, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short)
    )
    return short[index:] == long[index + 1 :]


# `PersonVariants.match` of a surname alone that several dictionary people share.
_SEVERAL = "\x00several"


class PersonVariants:
    """A discovered person who is a dictionary person written another way: the same given
    name and a surname one letter longer or shorter ("Naftali Bennet": Naftali Bennett), or
    the same surname and a given name in another transliteration ("Yuri Borisov": Yury
    Borisov). Only when exactly one dictionary person fits, so that two people with like
    names are never merged; surnames of five letters or more, given names of three."""

    def __init__(self, dictionary: ActorDictionary) -> None:
        people = set(
            dictionary.actors.filter(pl.col("actor_type") == "person")["actor_id"].to_list()
        )
        self._by_given: dict[str, list[tuple[str, str]]] = {}
        self._by_surname: dict[str, list[tuple[str, str]]] = {}
        for actor_id, alias, kind in dictionary.aliases.select(
            "actor_id", "alias", "alias_kind"
        ).iter_rows():
            if actor_id not in people or kind not in ("name", "native") or not alias:
                continue
            words = alias.split()
            if len(words) < 2 or not all(w[:1].isupper() for w in words):
                continue
            given, surname = _plain(words[0]), _plain(words[-1])
            self._by_given.setdefault(given, []).append((surname, actor_id))
            self._by_surname.setdefault(surname, []).append((given, actor_id))

    def match(self, name: str) -> str | None:
        """The one dictionary person `name` writes another way, else None (`_SEVERAL` for a
        surname alone that several share)."""
        words = name.split()
        if len(words) == 1:
            # a surname alone ("Mr Gref", "Mr Rakhmon"): the one person with that surname,
            # written the same or one letter apart
            surname = _plain(words[0])
            fits = {a for _, a in self._by_surname.get(surname, [])}
            if not fits and len(surname) >= 5:
                fits = {
                    a
                    for known, people in self._by_surname.items()
                    if abs(len(known) - len(surname)) <= 1 and within_one_edit(known, surname)
                    for _, a in people
                }
            if len(fits) > 1:
                return _SEVERAL
            return next(iter(fits)) if fits else None
        if len(words) < 2:
            return None
        given, surname = _plain(words[0]), _plain(words[-1])
        fits = {actor_id for known, actor_id in self._by_given.get(given, []) if known == surname}
        if len(surname) >= 5:
            fits |= {
                actor_id
                for known, actor_id in self._by_given.get(given, [])
                if known != surname and within_one_edit(known, surname)
            }
        if len(given) >= 3:
            fits |= {
                actor_id
                for known, actor_id in self._by_surname.get(surname, [])
                if known != given and known[0] == given[0] and within_one_edit(known, given, True)
            }
        return next(iter(fits)) if len(fits) == 1 else None

    def resolve(
        self, found: list[tuple[int, int, str, str]], discovered: dict[str, tuple[str, str]]
    ) -> tuple[list[tuple[int, int, str, str]], dict[str, tuple[str, str]]]:
        """The mentions with each discovered variant of a dictionary person replaced by that
        person (kind "native"), a discovered surname alone by the discovered person it is
        another spelling of, and the discovered actors without them."""
        known = {
            actor_id: person
            for actor_id, (name, actor_type) in discovered.items()
            if actor_type == "person" and (person := self.match(name)) is not None
        }
        # a full name written two ways in one text ("Sergei Tsivilyov ... Sergei Tsivilev"):
        # the first way; and a surname alone written another way than the full name the text
        # gives ("Yelena Shmeleva ... Ms Shmelyova"): that person
        full: list[tuple[str, str]] = []
        given_of: dict[str, str] = {}
        for actor_id, (name, actor_type) in discovered.items():
            if actor_type != "person" or " " not in name or actor_id in known:
                continue
            given, surname = _plain(name.split()[0]), _plain(name.split()[-1])
            same = [
                a
                for a, known_surname in full
                if given_of[a] == given and within_one_edit(known_surname, surname, True)
            ]
            if len(same) == 1:
                known[actor_id] = same[0]
                continue
            full.append((actor_id, surname))
            given_of[actor_id] = given
        for actor_id, (name, actor_type) in discovered.items():
            if actor_type != "person" or " " in name or actor_id in known or len(name) < 5:
                continue
            same = {a for a, surname in full if within_one_edit(surname, _plain(name))}
            if len(same) == 1:
                known[actor_id] = next(iter(same))
        if not known:
            return found, discovered
        # a surname alone that several dictionary people share ("Mr Patrushev"): whose it is
        # is not said, and it is no new person either
        several = {a for a, person in known.items() if person == _SEVERAL}
        found = [m for m in found if m[2] not in several]
        known = {a: person for a, person in known.items() if person != _SEVERAL}
        found = [
            (start, end, known[actor_id], "native" if known[actor_id] not in discovered else kind)
            if actor_id in known
            else (start, end, actor_id, kind)
            for start, end, actor_id, kind in found
        ]
        return found, {a: v for a, v in discovered.items() if a not in known and a not in several}


# "our" before a body named without its country: in a publisher's text, its country's ("Our
# Armed Forces" in a Kremlin release).
_OUR_BEFORE = re.compile(r"(?<![\w’'-])[Oo]ur\s+$")
# An honorific that tells a gender (discovery's `HONORIFIC_GENDERS`), right before a surname.
_GENDERED_HONORIFIC = re.compile(
    rf"(?<![\w’'-])({'|'.join(h.capitalize() for h in HONORIFIC_GENDERS)})\.?\s+$"
)
# An honorific right before a one-word name: a person's surname follows ("Mr Wellington").
_HONORIFIC_BEFORE = re.compile(
    r"(?<![\w’'-])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Baroness|Baron|Prof|Professor)"
    r"\.?\s+$"
)
# The lowercase word right after a word.
_WORD_AFTER = re.compile(rf"[ \t]+([{LOWER}]+)\b(?![’'])")
# Lowercase words after a name that are no noun it qualifies, though the lemma tables hold
# them as nouns ("Cuban has said", "Cuban, who").
_NOT_QUALIFIED = frozenset({
    "has", "is", "was", "had", "does", "did", "who", "will", "would", "can", "could", "may",
    "might", "should", "and", "or", "but",
})  # fmt: skip


def _before_a_noun(text: str, end: int) -> bool:
    """Whether the word ending at `end` stands before a noun it qualifies ("Cuban cigars",
    "the German government"), not before a verb ("Cuban said")."""
    after = _WORD_AFTER.match(text, end)
    return (
        after is not None and after.group(1) not in _NOT_QUALIFIED and is_known_noun(after.group(1))
    )


# A preposition or an article right before a word: a place, not a person ("in Jordan").
_PREPOSITION_OR_ARTICLE_BEFORE = re.compile(
    r"\b(?:in|to|from|at|of|for|with|by|on|into|across|against|the|a|an)\s+$", re.IGNORECASE
)
_GIVEN_NAME_BEFORE = re.compile(rf"(?<![\w’'-])([{UPPER}][{LOWER}]+)\s+$")
# A capitalized word right after a surname, in the same name: "Assad Omar".
_NAME_AFTER_SURNAME = re.compile(rf"[ \t]+(?P<next>[{UPPER}][{LOWER}]+)(?![\w’'\-])")
# A capitalized word right before a surname: maybe a given name.
_NAME_BEFORE_SURNAME = re.compile(rf"(?<![\w’'-])(?P<given>[{UPPER}][{LOWER}]+)\s+$")
# Capitalized words that open a clause before a surname ("Then Lavrov said"), which are no
# other given name.
_FUNCTION_WORDS_BEFORE_NAMES = frozenset(
    re.findall(
        r"[a-z]+",
        """the this that these those then now and but when while after before as if so yet
        still also earlier later meanwhile however mr mrs ms dr president premier prime
        chancellor king queen prince pope saint st comrade madam sir lord lady""",
    )
)
# Where `royal_names` may find someone: a monarch's or a church leader's title.
_ROYAL_HINT = re.compile(
    r"King|Queen|Prince|Emperor|Empress|Grand Duke|Patriarch|Metropolitan|Bishop|Cardinal|Catholicos"
    rf"| the {EPITHETS}"  # "Catherine the Great"
)
# Where `collective_roles` may find something: "head of".
_COLLECTIVE_HINT = re.compile(r"[Hh]ead\s+of\b")
# A family tie a relative's given name may follow ("his wife", "Their son"): a cheap test
# before `tied_family_members`.
_TIE_HINT = re.compile(rf"\b{TIE_AFTER_POSSESSIVE}")
# "my American colleague": a counterpart the roles resolve, no role word needed
_COLLEAGUE_HINT = re.compile(r"\b(?:[Mm]y|[Oo]ur)\s+[A-Z][a-z]+\s+colleague\b")


def _given_names(dictionary: ActorDictionary) -> list[str]:
    """Given names that start a person's name: the first names of the dictionary's people
    and the common ones (`COMMON_GIVEN_NAMES`, `english_given_names`), when they are no
    alias of an actor ("Israel", "Jordan"), no title ("King", "Pope") and not shorter than
    four letters (the family names written first, "Kim", "Lee") but for a few English
    ones (`_SHORT_GIVEN_NAMES`)."""
    aliases = set(dictionary.aliases["alias"].to_list())
    people = dictionary.actors.filter(pl.col("actor_type") == "person")["name"].to_list()
    names = {name.split(" ")[0] for name in people} | set(COMMON_GIVEN_NAMES)
    names |= english_given_names()
    # (and the names that tell a gender surely in the given-name lists of many countries:
    # "Werner Seifert", "Pekka Haavisto" are people wherever the news names them)
    names |= {name.title() for name, (_, sure) in given_name_genders().items() if sure}
    return sorted(
        n
        for n in names
        if (len(n) >= 4 or n in _SHORT_GIVEN_NAMES)
        and n.isalpha()
        and n[0].isupper()
        and n[1:].islower()
        and n not in aliases
        and n.lower() not in _NOT_GIVEN
    )


# English given names of three letters that are no word, no family name written first
# ("Kim", "Lee") and no place's first word: "Ian Wright", "Tom Reyes".
_SHORT_GIVEN_NAMES = frozenset({
    "Amy", "Ann", "Ben", "Bob", "Dan", "Ian", "Jim", "Joe", "Jon", "Ken", "Liz", "Meg", "Mia",
    "Pam", "Roy", "Sam", "Ted", "Tim", "Tom", "Zoe",
})  # fmt: skip


# Words that start a dictionary person's name but are titles or kinds, not given names.
_NOT_GIVEN = {"king", "queen", "pope", "patriarch", "metropolitan", "ecumenical", "catholicos",
              "mullah", "sheikh", "prince", "emir", "cardinal", "archbishop", "bishop",
              "general", "admiral",
              # named storms ("Storm Desmond", "Hurricane Otis")
              "storm", "hurricane", "cyclone", "typhoon"}  # fmt: skip


def _singular(phrase: str) -> str:
    """The phrase with its last word singular ("People's Republics" -> "People's Republic")."""
    if phrase.endswith("ies"):
        return phrase[:-3] + "y"
    if phrase.endswith("s") and not phrase.endswith("ss"):
        return phrase[:-1]
    return phrase


def _capitalized(phrase: str) -> str:
    return " ".join(word[:1].upper() + word[1:] for word in phrase.split())


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted, non-overlapping `spans`."""
    index = bisect_right(spans, (start, sys.maxsize))
    return (index > 0 and spans[index - 1][1] > start) or (
        index < len(spans) and spans[index][0] < end
    )


def _bare_government(
    text: str, known: list[tuple[int, int, str, str]], government: str
) -> list[tuple[int, int, str, str]]:
    """ "The Government" on its own in a release of a government's own publisher: that
    government (a name already found there, "the Government of Serbia", wins)."""
    spans = [(start, end) for start, end, _, _ in known]
    added = [
        (match.start(), match.end(), government, "name")
        for match in _BARE_GOVERNMENT.finditer(text)
        if text[max(0, match.start() - 4) : match.start()] in ("the ", "The ")
        and not _overlaps(spans, match.start(), match.end())
    ]
    return sorted(known + added) if added else known


# A body's name without its country: capitalized words and connectors, two words or more, a
# comma between fields ("Ministry of Construction, Housing and Utilities").
_BODY_NAME = re.compile(
    r"[A-Z][\w’'-]*(?:,?\s+(?:of|for|and|the|on|[A-Z][\w’'-]*))*\s+[A-Z][\w’'-]*"
)


def _country_forms(
    dictionary: ActorDictionary, country_of_actor: dict[str, str]
) -> dict[str, list[tuple[str, str]]]:
    """{ISO3: [(name, kind)]}: the names, short names and demonyms of each country's actors."""
    forms: dict[str, list[tuple[str, str]]] = {}
    for actor_id, alias, kind in dictionary.aliases.select(
        "actor_id", "alias", "alias_kind"
    ).iter_rows():
        code = country_of_actor.get(actor_id)
        if code is not None and alias and kind in ("name", "short", "demonym"):
            forms.setdefault(code, []).append((alias, kind))
    return forms


def _adjectives_by_name(country_forms: dict[str, list[tuple[str, str]]]) -> dict[str, str]:
    """{a country's name or short name: its adjective} ("Morocco": "Moroccan"), the first
    demonym of each country that is no plural ("Moroccans")."""
    out: dict[str, str] = {}
    for forms in country_forms.values():
        adjective = next(
            (f for f, kind in forms if kind == "demonym" and not f.endswith("s")), None
        )
        if adjective is not None:
            out.update({f: adjective for f, kind in forms if kind != "demonym"})
    return out


def _bodies_without_country(
    dictionary: ActorDictionary, country_of_actor: dict[str, str]
) -> dict[str, dict[str, str]]:
    """{ISO3: {body name without the country: actor id}} from the dictionary's names of
    organizations that carry their country ("Russian Foreign Ministry" -> "Foreign Ministry",
    "Central Bank of Russia" -> "Central Bank"); a name two bodies of a country share is left
    out."""
    forms = _country_forms(dictionary, country_of_actor)
    organizations = dictionary.actors.filter(
        (pl.col("actor_type") == "organization") & pl.col("country_code").is_not_null()
    )
    country_of_org = dict(organizations.select("actor_id", "country_code").iter_rows())
    found: dict[str, dict[str, set[str]]] = {}
    for actor_id, alias, kind in dictionary.aliases.select(
        "actor_id", "alias", "alias_kind"
    ).iter_rows():
        code = country_of_org.get(actor_id)
        if code is None or not alias or kind != "name":
            continue
        for name, name_kind in forms.get(code, []):
            heads = (
                [f"{name} "] if name_kind == "demonym" else [f"{name} ", f"{name}'s ", f"{name}’s "]
            )
            body = next((alias[len(h) :] for h in heads if alias.startswith(h)), None)
            if body is None:
                tails = (f" of {name}", f" of the {name}") if name_kind != "demonym" else ()
                body = next((alias[: -len(t)] for t in tails if alias.endswith(t)), None)
            if body is not None and (_BODY_NAME.fullmatch(body) or body in _ONE_WORD_BODIES):
                found.setdefault(code, {}).setdefault(body, set()).add(actor_id)
    return {
        code: {body: next(iter(ids)) for body, ids in bodies.items() if len(ids) == 1}
        for code, bodies in found.items()
    }


# The country a body's name ends with: "National Assembly of (the) Hungary".
_OF_COUNTRY = re.compile(r" of (?:the )?(?P<country>[A-Z][^,;]*)$")
# One-word names of a body that stand for the country's own without it ("the Navy" in a
# Kremlin release): the head nouns of armed services and parliaments.
_ONE_WORD_BODIES = {"Navy", "Army", "Parliament", "Fleet"}


def _body_forms(body: str, country_forms: list[tuple[str, str]]) -> list[str]:
    """A body's name with its country in each shape: "Russia's Security Council", "Russian
    Security Council", "Security Council of Russia", "Security Council of the Russian
    Federation"."""
    out = []
    for name, kind in country_forms:
        if kind == "demonym":
            out.append(f"{name} {body}")
        else:
            out += [f"{name}'s {body}", f"{name}’s {body}", f"{name} {body}"]
            out += [f"{body} of {name}", f"{body} of the {name}"]
    return out


def _home_bodies(
    text: str,
    known: list[tuple[int, int, str, str]],
    hits: list[tuple[int, int, str]],
    bodies: dict[str, str],
    before: re.Pattern[str] | None = None,
) -> list[tuple[int, int, str, str]]:
    """The publisher's country's bodies named without it, right after "the" ("the Foreign
    Ministry", not "the Foreign Ministry of Peru"), where no other name is found. `before`:
    what else may stand between "the" and the name."""
    spans = [(start, end) for start, end, _, _ in known]
    added = []
    for start, end, body in hits:
        if (
            body in bodies
            and (
                (
                    text[max(0, start - 4) : start] in ("the ", "The ")
                    and not text[max(0, start - 5) : start - 4].isalnum()
                )
                or (before is not None and before.search(text, max(0, start - 40), start))
            )
            and _BODY_END.match(text, end)
            and not _overlaps(spans, start, end)
        ):
            added.append((start, end, bodies[body], "name"))
    return sorted(known + added) if added else known


# "the" and one lowercase or hyphenated word before a body named without its owner ("the
# eastern-based House of Representatives", "the Tripoli-based Government of National
# Unity"), or the owner's possessive ("the AU's Peace and Security Council").
_POSSESSIVE_OWNER = re.compile(r"(?<![\w’'-])(?:the\s+)?(?P<owner>[A-Z][\w.]*)['’]s\s+$")
_OWNER_BEFORE = re.compile(
    r"(?<![\w’'-])(?:[Tt]he\s+(?:[\w’'-]+-[a-z]+|[a-z]+)|[A-Z][\w.]*['’]s)\s+$"
)


def _organs_without_parent(dictionary: ActorDictionary) -> dict[str, dict[str, str]]:
    """{organ name without its parent: {parent actor id: organ actor id}} from the names of
    bodies of international organizations that start with the parent's name or
    abbreviation ("UN Security Council" -> "Security Council" of the UN); two words or
    more left."""
    international = set(
        dictionary.actors.filter(
            (pl.col("actor_type") == "organization") & pl.col("country_code").is_null()
        )["actor_id"].to_list()
    )
    parents: dict[str, str] = {}
    rows = dictionary.aliases.select("actor_id", "alias", "alias_kind").iter_rows()
    organs = []
    for actor_id, alias, kind in rows:
        if actor_id not in international or not alias:
            continue
        if kind in ("name", "short", "abbreviation"):
            parents.setdefault(alias, actor_id)
        if kind == "name":
            organs.append((actor_id, alias))
    found: dict[str, dict[str, str]] = {}
    for actor_id, alias in organs:
        words = alias.split(" ")
        for cut in range(1, len(words) - 1):
            parent = parents.get(" ".join(words[:cut]))
            organ = " ".join(words[cut:])
            if parent is not None and parent != actor_id and _BODY_NAME.fullmatch(organ):
                found.setdefault(organ, {})[parent] = actor_id
    return found


# After a body's name: the end of the word, and no "of" (whose body it is).
_BODY_END = re.compile(r"(?![\w’'-])(?!\s+of\b)")


def _one_per_start(found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """One mention per (start, actor), the longest: two routes (discovery and surname
    linking, say) may find the same actor at the same place."""
    seen: set[tuple[int, str]] = set()
    kept = []
    for mention in sorted(found, key=lambda m: (m[0], -m[1])):
        if (mention[0], mention[2]) not in seen:
            seen.add((mention[0], mention[2]))
            kept.append(mention)
    return kept


# "President of the French Republic" before a name: the title of the person named.
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")


def _without_titles_of_named(
    text: str,
    roles: list[tuple[int, int, str, str]],
    found: list[tuple[int, int, str, str]],
    actor_types: dict[str, str],
) -> list[tuple[int, int, str, str]]:
    """Roles that are the title of the person named right after them ("President of the
    French Republic Jean Dupont"), their country between: not a mention of another holder."""
    by_start = {start: (end, actor_id) for start, end, actor_id, _ in found}
    kept = []
    for role in roles:
        of = _OF_THE.match(text, role[1])
        country = by_start.get(of.end()) if of else None
        if country is not None and actor_types.get(country[1]) == "country":
            after = country[0] + 1
            person = by_start.get(after) if text[country[0] : after] == " " else None
            if person is not None and actor_types.get(person[1]) == "person":
                continue
        kept.append(role)
    return kept


def _without_bodies_in_titles(
    roles: list[tuple[int, int, str, str]],
    found: list[tuple[int, int, str, str]],
    actor_types: dict[str, str],
) -> list[tuple[int, int, str, str]]:
    """`found` without the mentions of organizations that lie inside a resolved role phrase
    ("General Staff" in "the Chief of the General Staff"): the phrase names its holder."""
    inside = {
        m
        for r in roles
        for m in found
        if r[0] <= m[0]
        and m[1] <= r[1]
        and (m[0], m[1]) != (r[0], r[1])
        and actor_types.get(m[2]) == "organization"
    }
    return [m for m in found if m not in inside] if inside else found


def _inside_a_mention(
    role: tuple[int, int, str, str], found: list[tuple[int, int, str, str]], starts: list[int]
) -> bool:
    """Whether `role` overlaps one of `found` (sorted by start, `starts` their starts)."""
    index = bisect_right(starts, role[0]) - 1
    if index >= 0 and found[index][1] > role[0]:
        return True
    return index + 1 < len(found) and found[index + 1][0] < role[1]


def _accept_aliases(
    text: str, candidates: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """Whole-word alias hits, leftmost-longest, without capitals used as places."""
    size = len(text)
    kept = []
    for start, end, actor_id, kind in candidates:
        # after a hyphen only as the second of a pair ("Russian-Uzbek"), checked below
        if start > 0 and (
            text[start - 1].isalnum() or (text[start - 1] == "-" and kind not in _PAIR_KINDS)
        ):
            continue
        if end < size and text[end] == "$":  # "US$20 billion": a currency
            continue
        # Allow plural demonyms ("Russians") but otherwise require a word boundary after.
        if end < size and text[end].isalnum():
            if not (
                kind == "demonym"
                and text[end] == "s"
                and (end + 1 == size or not text[end + 1].isalnum())
            ):
                continue
            end += 1
        kept.append((start, end, actor_id, kind))
    kept.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    accepted: list[tuple[int, int, str, str]] = []
    last_end = -1
    for start, end, actor_id, kind in kept:
        if start < last_end:
            continue
        if (
            start > 0
            and text[start - 1] == "-"
            and not (accepted and accepted[-1][1] == start - 1 and accepted[-1][3] in _PAIR_KINDS)
        ):
            continue
        if kind == "capital" and (
            _LOCATIVE_BEFORE.search(text, max(0, start - 30), start)
            or _DOCUMENT_AFTER.match(text, end)
            or names_a_contest(text, end)
        ):
            continue
        accepted.append((start, end, actor_id, kind))
        last_end = end
    starts: set[int] | None = None
    if any(text[m[1] : m[1] + 1] == "-" for m in accepted):
        # the first half of a hyphenated name that is no pair ("Asia-Pacific", not
        # "Russia-NATO"): no name of its own
        starts = {start for start, _, _, _ in candidates}
        accepted = [
            m
            for m in accepted
            if not (
                m[1] + 1 < size
                and text[m[1]] == "-"
                and text[m[1] + 1].isupper()
                and m[1] + 1 not in starts
            )
        ]
    if any(kind in _CITY_KINDS for _, _, _, kind in accepted):
        starts = starts or {start for start, _, _, _ in candidates}
        accepted = [m for m in accepted if not _a_city_as_a_place(text, m, starts)]
    return accepted


# "Fed" is the Federal Reserve except in an idiom or another name ("Fed up with the
# delays", "the Fed Cup final").
_NO_BANK_AFTER_FED = re.compile(r"Fed (?:up|Cup)\b")


# "Labour" alone is the British party except as work, in another body's name or an office,
# or before a member it qualifies: "Ministry of Labour", "the Labour Minister", "Labour Day",
# "Labour costs rose", "the Labour peer".
_LABOUR_AS_WORK_BEFORE = re.compile(r"(?:\b(?:of|for)\s+(?:the\s+)?|[Ff]orced\s+|[Cc]hild\s+)$")
_LABOUR_AS_WORK_AFTER = re.compile(
    # (a member named after it is the speaker, not the party: "Labour MP Ann Vale")
    r"\s+(?!Party\b)[A-Z]|\s+(?:peers?|backbenchers?|members?|councillors?|candidates?|"
    r"leader|chairman|chairwoman|deputy|spokes(?:man|woman|person)|ministers?|activists?|"
    r"veteran|rebels?|whips?)\b"
    r"|\s+(?:costs?|market|markets|force|shortages?|laws?|rights|productivity|reforms?|supply|"
    r"unrest|relations|camps?|migration|migrants|mobility|standards|code|inspectors?|"
    r"disputes?|income|intensive|saving)\b"
)


def _labour_not_the_party(text: str, start: int, end: int) -> bool:
    """Whether a mention written "Labour" alone is work or another body, not the party."""
    return text[start:end] == "Labour" and bool(
        _LABOUR_AS_WORK_BEFORE.search(text, max(0, start - 12), start)
        or _LABOUR_AS_WORK_AFTER.match(text, end)
    )


# Alias kinds of a city that may stand for its government ("Moscow", "Kiev": a country's
# native name).
_CITY_KINDS = {"capital", "native"}
# A capitalized word right after: the city names something else ("the Moscow Garrison",
# "Moscow State University", "Moscow Mayor X").
_CAPITALIZED_AFTER = re.compile(r" (?:[A-Z][a-z]|[A-Z]{2})")
# Items of a list of places around the city ("Leningrad, Kiev, Minsk, Stalingrad").
_ITEM_BEFORE = re.compile(r"(?:^|[,:]\s+|\b(?:of|in|at|to|from)\s+)(?P<item>[A-Z][\w’'-]+),\s+$")
_ITEM_AFTER = re.compile(r",\s+(?P<item>[A-Z][\w’'-]+)(?=,|\s+and\b)")


def _a_city_as_a_place(text: str, mention: tuple[int, int, str, str], starts: set[int]) -> bool:
    """Whether a city alias (one word) is a place or part of another name, not the government:
    followed by a capitalized word that starts no other name, or listed next to a place
    that is no actor."""
    start, end, actor_id, kind = mention
    if (
        kind not in _CITY_KINDS
        or (kind == "native" and not actor_id.startswith("country_"))
        or " " in text[start:end]
    ):
        return False
    after = _CAPITALIZED_AFTER.match(text, end)
    if after is not None and end + 1 not in starts:
        return True
    before = _ITEM_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and before.start("item") not in starts:
        return True
    after = _ITEM_AFTER.match(text, end)
    return after is not None and after.start("item") not in starts


# The words between a country (or an actor with one) and a discovered person that make the
# country the person's: titles ("Syrian President X", "Russia's Deputy Foreign Minister X"),
# a role ("Syrian opposition leader X") or a role in apposition ("the US commander in Iraq,
# General X").
# ("Iran's top nuclear negotiator, Saeed Jalili": the title may be set off by a comma)
_COUNTRY_TITLE_GAP = re.compile(
    r"(?:['’]s)?\s+(?:"
    r"(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*,?\s+"
    r"|(?:(?!(?:and|or|said|says|told|with|against|by|to|from|than|as|on)[\s,])[a-z][a-z-]*\s+){0,3}"
    r"(?!(?:and|or|said|says|told|with|against|by|to|from|than|as|on)[\s,])[a-z][a-z-]*,?\s+"
    r"(?:(?:in|of|for|to|at)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*,\s+)?"
    r"(?:[A-Z][\w.-]*\s+){0,3}"
    r")"
)


_SPACE = re.compile(r"\s+")
_OF_BEFORE_COUNTRY = re.compile(r"\sof\s+(?:the\s+)?$")
_TO_BEFORE_COUNTRY = re.compile(r"\s+to\s+(?:the\s+)?$")


def _countries_of_discovered(
    text: str,
    found: list[tuple[int, int, str, str]],
    discovered: dict[str, tuple[str, str]],
    actors: dict[str, ActorInfo],
) -> dict[str, str]:
    """{discovered person id: ISO3} from the country that titles them (first title wins)."""
    countries: dict[str, str] = {}
    for index, (start, _, actor_id, _) in enumerate(found):
        if actor_id in countries or discovered.get(actor_id, ("", ""))[1] != "person":
            continue
        title_end = start  # where the title's own country must close it
        for p_start, p_end, p_id, _ in reversed(found[max(0, index - 3) : index]):
            info = actors.get(p_id)
            if start - p_end > 80 or info is None:
                break
            if (
                title_end == start
                and _SPACE.fullmatch(text, p_end, start)
                and (sent_to := _TO_BEFORE_COUNTRY.search(text, max(0, p_start - 8), p_start))
            ):
                # "Ambassador of Iran to the Russian Federation Hossein Rezvani": the
                # country he is sent to; his own is the one before it
                title_end = sent_to.start()
                continue
            # "Minister for Foreign Affairs of the Republic of Mali Abdoulaye Diop": the
            # country closes the title the name follows
            closes = (
                _SPACE.fullmatch(text, p_end, start) is not None
                or (title_end != start and p_end == title_end)
            ) and (_OF_BEFORE_COUNTRY.search(text, max(0, p_start - 8), p_start) is not None)
            if info.country_code and (closes or _COUNTRY_TITLE_GAP.fullmatch(text, p_end, start)):
                if info.actor_type in ("country", "organization"):
                    countries[actor_id] = info.country_code
                break
    return countries


# A domestic office right before a discovered person ("Labour Minister Anton Kotyakov",
# "the Governor Vasily Orlov", "Deputy Prime Minister of ... X", "Captain 1st rank X"): the
# title's last office word, maybe followed by what it heads ("of the Kirov Region"), and
# nothing but a comma or spaces before the name. Ambassadors and envoys are left out: in a
# government's release they are mostly foreign ones.
_DOMESTIC_TITLE = re.compile(
    r"(?<![\w’'-])(?:Minister|Governor|Mayor|Prosecutor(?:\s+General)?|Speaker|Chairman"
    r"|Chairwoman|Chair|Director|Head|Commissioner|Aide|Adviser|Advisor|Senator|Deputy"
    r"|Secretary|Representative|Plenipotentiary|Commander|[Rr]ank|Colonel|General|Admiral"
    r"|Captain|Lieutenant|Sergeant)"
    r"(?:\s+(?:of|for|on)\s+(?:the\s+)?(?:[A-Z][\w’'-]*|and|for|of|the|on|in)"
    r"(?:\s+(?:[A-Z][\w’'-]*|and|for|of|the|on|in|,)){0,10}?)?,?\s+$"
)


def _countries_of_titled(
    text: str,
    found: list[tuple[int, int, str, str]],
    discovered: dict[str, tuple[str, str]],
    actors: dict[str, ActorInfo],
    home: str | None,
    known: dict[str, str],
) -> dict[str, str]:
    """{discovered person id: `home`} for people titled by a domestic office and no country
    ("Minister Kotyakov", "Labour Minister Anton Kotyakov", "the Governor Vasily Orlov" in a
    Kremlin release: Russia's), the publisher's country (`home`) being known. A title that
    names an actor of another country ("Prime Minister of Luxembourg X") is theirs: the
    country-title route (`_countries_of_discovered`) decides it, never this one."""
    if home is None:
        return {}
    countries: dict[str, str] = {}
    for index, (start, _, actor_id, _) in enumerate(found):
        if (
            actor_id in known
            or actor_id in countries
            or discovered.get(actor_id, ("", ""))[1] != "person"
        ):
            continue
        title = _DOMESTIC_TITLE.search(text, max(0, start - 140), start)
        if title is None:
            continue
        foreign = any(
            m_end > title.start()
            and (info := actors.get(m_id)) is not None
            and info.actor_type != "person"
            and info.country_code not in (None, home)
            for _, m_end, m_id, _ in found[max(0, index - 6) : index]
        )
        if not foreign:
            countries[actor_id] = home
    return countries


def _countries_of_led_bodies(
    text: str,
    found: list[tuple[int, int, str, str]],
    discovered: dict[str, tuple[str, str]],
    actors: dict[str, ActorInfo],
    known: dict[str, str],
) -> dict[str, str]:
    """{discovered organization id: ISO3} of a body whose name a country opens ("Swiss
    Federal Department of Foreign Affairs", "Kazakhstan's National Security Committee", "US
    National Security Council"), the country a mention of its own before the name or inside
    it: that country's, not the publisher's (one the country closes:
    `ActorMatcher.country_closing`)."""
    countries: dict[str, str] = {}
    for index, (start, _, actor_id, _) in enumerate(found):
        if (
            actor_id in known
            or actor_id in countries
            or discovered.get(actor_id, ("", ""))[1] != "organization"
        ):
            continue
        # the mention before the body's, or one that starts with it
        neighbours = found[max(0, index - 1) : index] + [
            m for m in found[index + 1 : index + 2] if m[0] == start
        ]
        for c_start, c_end, c_id, _ in neighbours:
            info = actors.get(c_id)
            if (
                info is not None
                and info.actor_type == "country"
                and info.country_code
                and (c_start == start or _COUNTRY_OPENS_NAME.fullmatch(text, c_end, start))
            ):
                countries[actor_id] = info.country_code
                break
    return countries


# Between a country and the body's name it opens: a space, or a possessive ("Kazakhstan's").
_COUNTRY_OPENS_NAME = re.compile(r"(?:['’]s)?\s")


# The first word of a discovered body's name that makes it a state's own ("Federal Guards
# Service", "Ministry for ...", "State Commission ...", "National Crisis Management Centre").
_STATE_BODY = re.compile(r"(?:Federal|Ministry|State|National|Presidential|Government)\s")


def _countries_of_home_bodies(
    found: list[tuple[int, int, str, str]],
    discovered: dict[str, tuple[str, str]],
    home: str | None,
    known: dict[str, str],
) -> dict[str, str]:
    """{discovered organization id: `home`} for a state body named without any country
    ("the Federal Guards Service", "the National Crisis Management Centre" in a Kremlin
    release: Russia's), the publisher's country (`home`) being known. A body whose name
    holds another mention (a country, an owner: "Ministry of Defence of Mali") is not."""
    if home is None:
        return {}
    countries: dict[str, str] = {}
    for start, end, actor_id, _ in found:
        name, kind = discovered.get(actor_id, ("", ""))
        if kind != "organization" or actor_id in known or not _STATE_BODY.match(name):
            continue
        inside = any(
            m_id != actor_id and m_start < end and start < m_end
            for m_start, m_end, m_id, _ in found
        )
        if inside:
            countries[actor_id] = ""
        countries.setdefault(actor_id, home)
    return {a: c for a, c in countries.items() if c}


# Discovered actors that take the publisher's country when the text gives them none.
_UNPLACED_KINDS = {"person", "organization"}


def _countries_of_unplaced_actors(
    found: list[tuple[int, int, str, str]],
    discovered: dict[str, tuple[str, str]],
    home: str | None,
    known: dict[str, str],
) -> dict[str, str]:
    """{discovered person or organization id: `home`} for one the text gives no country at
    all (no title, no place: "Sergei Melikov said ...", "Vladimir Mazur:", "the National
    Medical Research Centre" in a Kremlin release), the publisher's country being known. A
    publisher names foreigners with their office or country ("President of Angola Joao
    Lourenco"), which the steps before read; one it names bare is, far more often than
    not, its own country's."""
    if home is None:
        return {}
    return {
        actor_id: home
        for _, _, actor_id, _ in found
        if discovered.get(actor_id, ("", ""))[1] in _UNPLACED_KINDS and actor_id not in known
    }


def extract_actor_mentions(articles: pl.DataFrame, matcher: ActorMatcher) -> pl.DataFrame:
    """Actor mentions of each article (columns article_id, body and optionally published_date
    in; MENTION_SCHEMA out)."""
    return _extract(articles, matcher, with_quotes=False)[0]


# A word for a firm right before its name: "accountancy firm Grant Thornton", "the
# insurance group Vale Re" (not a trade a person is called by: "machine operator").
_FIRM_KINDS = (
    r"(?:firm|company|group|bank|agency|consultancy|conglomerate|chain|retailer|insurer|"
    r"lender|brokerage)\s+$"
)
_FIRM_BEFORE = re.compile(rf"\b{_FIRM_KINDS}")
# A firm named before its kind: "the Northern Sea Lines shipping company Viktor Ershov",
# whose head is the name after it.
_NAMED_FIRM_BEFORE = re.compile(rf"[A-Z][\w’'&.\-]*\s+(?:[a-z][\w\-]*\s+){{0,2}}{_FIRM_KINDS}")


def _without_firms_read_as_people(text: str, candidates: list[Discovered]) -> list[Discovered]:
    """The candidates without a person found where an organization is found too, at the
    same words, after a word for a firm ("accountancy firm Grant Thornton": a given name
    opens it, the firm's kind names it)."""
    firms = {
        (c.start, c.end)
        for c in candidates
        if c.actor_type == "organization"
        and _FIRM_BEFORE.search(text, max(0, c.start - 20), c.start)
        and not _NAMED_FIRM_BEFORE.search(text, max(0, c.start - 60), c.start)
    }
    if not firms:
        return candidates
    return [c for c in candidates if c.actor_type != "person" or (c.start, c.end) not in firms]


def extract_actors_and_quotes(
    articles: pl.DataFrame, matcher: ActorMatcher
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Actor mentions and quotes in one pass per article: the quotes reuse the article's
    sentences and mentions while they are at hand (MENTION_SCHEMA and QUOTE_SCHEMA out)."""
    return _extract(articles, matcher, with_quotes=True)


def published_dates_of(articles: pl.DataFrame) -> list[date | None]:
    """Per article, its published date (None when the frame has none)."""
    if "published_date" not in articles.columns:
        return [None] * articles.height
    return articles["published_date"].cast(pl.Date, strict=False).to_list()


def publisher_sources(articles: pl.DataFrame) -> list[tuple[str | None, ...]]:
    """Per article, what may tell its publisher: its url and publisher columns when the
    frame has them (the article id is tried after them: an id may be the release's link)."""
    columns = [c for c in ("url", "publisher") if c in articles.columns]
    if not columns:
        return [()] * articles.height
    return list(articles.select(pl.col(columns).cast(pl.String)).iter_rows())


# What a title says before the one person it names: "Working meeting with head of the
# Federal Forestry Agency Pavel Sorokin" → "head of the Federal Forestry Agency".
_TITLE_DESCRIPTION = re.compile(r"\b(?:with|to)\s+(?P<description>[^,;:]{3,80}?)\s*$")


def _title_person_described(
    body: str,
    title: str,
    titled: tuple[str, str],
    mentions: list[tuple[int, int, str, str]],
) -> list[tuple[int, int, str, str]]:
    """Person mentions of the one person a title names, where the body calls them by the
    title's description of them alone ("the head of the Federal Forestry Agency, who
    reported ..."): for the quotes, which a reader gives to the guest so described."""
    actor_id, name = titled
    at = title.find(name)
    found = _TITLE_DESCRIPTION.search(title, 0, at) if at > 0 else None
    if found is None:
        return []
    # (the body may put "the" before the body the title is of: "the CEO of the holding X")
    words = found.group("description").split()
    description = r"\s+".join(
        re.escape(word) + (r"(?:\s+the)?" if word.lower() == "of" else "") for word in words
    )
    out = []
    for match in re.finditer(rf"\b[Tt]he\s+{description}\b", body, re.IGNORECASE):
        start, end = match.start(), match.end()
        # (the body it heads may be a mention inside it; a person named there is its own)
        if not any(m[0] < end + 2 and start < m[1] and m[3] == "person" for m in mentions):
            out.append((start, end, actor_id, "person"))
    return out


def _headline_person(
    matcher: ActorMatcher, title: str, published: date | None, home: str | None
) -> tuple[str, str] | None:
    """(actor id, name) of the one person a title names ("Spokesperson Zhao Lijian's
    Remarks on …"), else None."""
    found, discovered, _ = matcher.mentions_in_context(title, published, home)
    if not discovered and title[:1].isupper():
        # "Meeting with Governor of Kursk Region Roman Starovoit": a title's first word is
        # capitalized for its place, and with it the line reads as Title Case, where names
        # are not discovered; read it as the sentence it is
        found, discovered, _ = matcher.mentions_in_context(
            title[:1].lower() + title[1:], published, home
        )
    people: dict[str, str] = {}
    for _, _, actor_id, _ in found:
        if actor_id in discovered:
            name, actor_type = discovered[actor_id]
        elif (info := matcher.actors.get(actor_id)) is not None:
            name, actor_type = matcher.names.get(actor_id, actor_id), info.actor_type
        else:
            continue
        if actor_type == "person":
            people[actor_id] = name
    return next(iter(people.items())) if len(people) == 1 else None


# A transcript's speaker label in capitals, as the White House and the State Department
# print them ("PRESIDENT BIDEN:", "MS. JEAN-PIERRE:", "THE PRESIDENT:"), at a line start or
# after a sentence; two words at least, so that an agency's acronym ("AFP:") stays one.
_CAPITALS_LABEL = re.compile(
    r"(?m)(?:^|(?<=[.!?…]\s))[ \t]*(?P<label>[A-Z][A-Z.'’\-]+(?:[ \t]+[A-Z][A-Z.'’\-]*){1,4})"
    r"(?=[ \t]*:[ \t]*[A-Z“\"])"
)


def capitals_labels_as_names(body: str) -> str:
    """`body` with its speaker labels in capitals written as names ("PRESIDENT BIDEN:" as
    "President Biden:"), for the actor matcher, whose names are capitalized; every offset
    stays where it was."""
    if _CAPITALS_LABEL.search(body) is None:
        return body

    def as_name(match: re.Match[str]) -> str:
        label = match.group(0)
        titled = label.title()
        return titled if len(titled) == len(label) else label

    return _CAPITALS_LABEL.sub(as_name, body)


def _mention_row(
    article_id: str,
    body: str,
    spans: list[tuple[int, int]],
    mention: tuple[int, int, str, str, str | None, str | None],
    is_known: bool,
    country: str | None,
) -> tuple:
    """A MENTION_SCHEMA row of `mention` (start, end, actor id, alias kind, name, type)."""
    start, end, actor_id, kind, name, actor_type = mention
    return (
        article_id,
        actor_id,
        sentence_index_of(spans, start),
        start,
        end,
        body[start:end],
        kind,
        name,
        actor_type,
        is_known,
        country,
    )


def _extract(
    articles: pl.DataFrame, matcher: ActorMatcher, *, with_quotes: bool
) -> tuple[pl.DataFrame, pl.DataFrame]:
    published_dates = published_dates_of(articles)
    known = {
        actor_id: (name, matcher.actors[actor_id].actor_type)
        for actor_id, name in matcher.names.items()
        if actor_id in matcher.actors
    }
    sources = publisher_sources(articles)
    titles = (
        articles["title"].cast(pl.String).to_list()
        if "title" in articles.columns
        else [None] * articles.height
    )
    rows: list[tuple] = []
    quote_rows: list[tuple] = []
    for (article_id, body), published, source, title in zip(
        articles.select("article_id", "body").iter_rows(),
        published_dates,
        sources,
        titles,
        strict=True,
    ):
        if not body:
            continue
        # an id that is a web address (a release's link) tells the publisher too
        link = article_id if "://" in article_id else None
        home = matcher.publisher_country(*source, link)
        office = publisher_office(*source, link)
        found, discovered, spans = matcher.mentions_in_context(
            capitals_labels_as_names(body), published, home, office
        )
        countries = _countries_of_discovered(body, found, discovered, matcher.actors)
        countries |= matcher.countries_by_place(body, found, discovered, countries)
        countries |= _countries_of_titled(body, found, discovered, matcher.actors, home, countries)
        countries |= _countries_of_led_bodies(body, found, discovered, matcher.actors, countries)
        countries |= {
            actor_id: code
            for actor_id, (name, kind) in discovered.items()
            if kind == "organization"
            and actor_id not in countries
            and (code := matcher.country_closing(name))
        }
        countries |= _countries_of_home_bodies(found, discovered, home, countries)
        countries |= _countries_of_unplaced_actors(found, discovered, home, countries)
        typed = []
        country_of: dict[str, str] = {}
        for start, end, actor_id, kind in found:
            name, actor_type = discovered.get(actor_id) or known.get(actor_id, (None, None))
            info = matcher.actors.get(actor_id)
            country = info.country_code if info is not None else countries.get(actor_id)
            typed.append((start, end, actor_id, actor_type))
            if country:
                country_of[actor_id] = country
            mention = (start, end, actor_id, kind, name, actor_type)
            rows.append(
                _mention_row(article_id, body, spans, mention, actor_id not in discovered, country)
            )
        if with_quotes and has_quotes(body):
            head = matcher.roles.head_of(home, published, office)
            titled = _headline_person(matcher, title, published, home) if title else None
            headline = titled if ANSWER_LABEL_LINE.search(body) else None
            described = (
                _title_person_described(body, title, titled, typed) if titled and title else []
            )
            for start, end, actor_id, _ in described:
                # the title's person called by the title's description of them: a mention of
                # theirs (a role phrase for a dictionary actor, else a discovered one)
                info = matcher.actors.get(actor_id)
                kind = "role" if info is not None else "discovered"
                mention = (start, end, actor_id, kind, titled[1], "person")
                country = info.country_code if info is not None else None
                rows.append(
                    _mention_row(article_id, body, spans, mention, info is not None, country)
                )
            quote_rows += quotes_of_article(
                article_id,
                body,
                spans,
                sorted(typed + described) if described else typed,
                publisher_head=head,
                countries=country_of,
                headline_person=headline,
                publisher_office=office,
                title_person=titled,
                message_release=bool(title and MESSAGE_HEADLINE.match(title)),
            )
    return (
        pl.DataFrame(rows, schema=MENTION_SCHEMA, orient="row"),
        pl.DataFrame(quote_rows, schema=QUOTE_SCHEMA, orient="row"),
    )
