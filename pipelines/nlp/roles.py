"""Role phrases ("Kremlin spokesman", "the US President", "Russia's ambassador") resolved to people.

A role phrase is a term of the `role_terms` seed ("spokesman" -> spokesperson). Its qualifier
is the actor mention right before it ("Kremlin", "Russia's", "the Russian") or after it
through "of"/"for" ("the press secretary of the Russian President"): an organization narrows
the office to that body, a country or a person to that country. The `actor_roles` seed then
gives the holders. Among them the person the article names wins ("the spokesman" after
"Dmitry Peskov"); otherwise, with a qualifier and the article's date, the one person in office
that day; otherwise the phrase stays unresolved (no mention rather than a wrong one).

A role qualified by a capitalized word no mention covers ("the Tory leader", "the Ofsted
boss") is an office of a body the dictionary does not hold: it is the one person the text
itself titled with those words before ("Tory leader Michael Howard"), else nobody, never a
holder on record of the bare office. In a text of no known publisher, an unqualified
definite role nothing else resolves is likewise the one person the text titled so.

"My French counterpart" is the holder of the speaker's office in that country that day;
"the head of the Russian state" is that country's leader; an office the publisher's
country lacks ("the King" in a Kremlin release) is the one named country's that has it.

A role used as a title or apposition of a named person ("spokesman Dmitry Peskov",
"Peskov, the Kremlin spokesman") is not a second mention: the name already counts. A title
before a name no mention holds ("President Bush", "King Hussein") is the one holder of that
office on the text's date, in any country, who goes by that name (`titled_holder`).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date

import polars as pl

from pipelines.nlp.letters import LOWER, UPPER

# (start, end, actor_id, kind) of a mention, sorted by start.
Mention = tuple[int, int, str, str]

# Between a qualifier and its role: "Russia's", "the Russian new", never a conjunction or a
# preposition ("Nikol Pashinyan and President of the European Council X" is no Armenian
# president).
_POSSESSIVE_GAP = re.compile(
    r"(?:['’]s)?\s+(?:(?!(?:and|or|but|nor|with|to|of|by|for|from|in|on|at|as|than)\s)[a-z]+\s+)?"
)
_FOLLOWING_GAP = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?(?:[a-z]+\s+)?")
# Between a role and the name it titles: "ambassador to the U.N., ", "Minister General ".
# Never across a sentence end ("the President of Russia noted. Vladimir Putin added"): a
# stop and a space end it unless the stop closes an initial ("U.N. ").
_TITLE_GAP = re.compile(
    r"(?:\s+(?:of|for|to|at|in)\s+(?:(?!(?<![A-Z])[.!?]\s)[^,;:“”\"\n]){1,60}?)?,?\s+"
    r"(?:[A-Z][\w.’'\-]*\s+){0,3}"
)
# The ministers and officials of a government below its head, one each: with a country
# (or the publisher's) and a date, the holder is known. Unlike a head of state or
# government, an office a text names unqualified is never another named country's
# (`_only_country_with`): a publisher's country has a finance minister, whether the seeds
# hold them or not.
_MINISTRIES = (
    "first deputy prime minister",
    "emergencies minister",
    "interior minister",
    "finance minister",
    "economy minister",
    "industry minister",
    "energy minister",
    "health minister",
    "labour minister",
    "education minister",
    "science minister",
    "culture minister",
    "agriculture minister",
    "transport minister",
    "justice minister",
    "digital development minister",
    "natural resources minister",
    "construction minister",
    "sports minister",
    "prosecutor general",
    "central bank governor",
    "chief sanitary doctor",
    "chief of general staff",
)
# Offices one person holds per country at a time: with a country and a date, the holder is
# known. Others (spokespeople, ambassadors, envoys, aides) need the body or a name.
_ONE_PER_COUNTRY = {
    "president",
    "vice president",
    "prime minister",
    "chancellor",
    "foreign minister",
    "defence minister",
    "leader",
    "supreme leader",
    "king",
    "crown prince",
    "emir",
    "national security adviser",
    "chief of staff",
    # a government's other single-seat offices ("the Emergencies Minister", "the Prosecutor
    # General" in a Kremlin release: Russia's that day)
    *_MINISTRIES,
}
# Offices single-seat only where a country is named with them: "the Chairman of the People's
# Republic of China" is its head of state, "the Chairman" alone anyone's (a board's, a
# committee's), never the home country's by default.
_ONE_PER_NAMED_COUNTRY = {"chairman"}
_APPOSITION_GAP = re.compile(
    r",\s+(?!(?:and|but|while|who|which|as|when|after)\b)(?:[\w’'\-]+\s+){0,4}"
)
_WHITESPACE = re.compile(r"\s+")
# A surname right after a bare title ("President Bakiyev", "Prime Minister Ivanov"): a name,
# not a day or a month written with capitals.
_TITLE_OF_UNKNOWN_NAME = re.compile(
    r"\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b)"
    rf"[{UPPER}][{LOWER}'’\-]{{2,}}(?=[\s,.;:]|$)"
)
_INDEFINITE = re.compile(r"(?<![\w\-])(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+$")
# "the" right before a role: the office itself, not an address ("Mr President") or a kind.
# ("the new Defence Minister", "the current one": the holder that day; "the former" is not)
_DEFINITE = re.compile(r"(?<![\w\-])[Tt]he\s+(?:(?:new|current|incumbent|present)\s+)?$")
# Country-code top-level domains of publishers and the ISO3 country they stand for; generic
# ones used worldwide (.co, .io, .tv, .me, .fm, .ai, .ly) are left out on purpose.
_CC_TLD = {
    "ru": "RUS", "ua": "UKR", "by": "BLR", "kz": "KAZ", "cn": "CHN", "uk": "GBR", "fr": "FRA",
    "de": "DEU", "it": "ITA", "es": "ESP", "pl": "POL", "tr": "TUR", "ir": "IRN", "il": "ISR",
    "in": "IND", "pk": "PAK", "jp": "JPN", "kr": "KOR", "br": "BRA", "ar": "ARG", "mx": "MEX",
    "ca": "CAN", "au": "AUS", "za": "ZAF", "eg": "EGY", "sa": "SAU", "ae": "ARE", "sy": "SYR",
    "lb": "LBN", "ve": "VEN", "am": "ARM", "az": "AZE", "ge": "GEO", "kg": "KGZ", "tj": "TJK",
    "uz": "UZB", "md": "MDA", "rs": "SRB", "hu": "HUN", "cz": "CZE", "sk": "SVK", "ro": "ROU",
    "bg": "BGR", "gr": "GRC", "fi": "FIN", "se": "SWE", "no": "NOR", "dk": "DNK", "nl": "NLD",
    "be": "BEL", "at": "AUT", "ch": "CHE", "pt": "PRT", "ie": "IRL", "ng": "NGA", "ke": "KEN",
    "et": "ETH", "id": "IDN", "ph": "PHL", "vn": "VNM", "th": "THA", "my": "MYS", "sg": "SGP",
    "nz": "NZL", "cl": "CHL", "pe": "PER", "cu": "CUB", "kp": "PRK", "af": "AFG", "iq": "IRQ",
    "jo": "JOR", "qa": "QAT", "kw": "KWT", "om": "OMN", "ye": "YEM", "tn": "TUN", "dz": "DZA",
    "ma": "MAR", "sd": "SDN", "lt": "LTU", "lv": "LVA", "ee": "EST", "hr": "HRV", "si": "SVN",
}  # fmt: skip
# Generic top-level domains that only one country's government uses.
_GOVERNMENT_TLD = {"gov": "USA", "mil": "USA"}
_HOST = re.compile(
    r"^(?:[a-z][a-z0-9+.\-]*://)?(?:[^@/]*@)?(?P<host>[a-z0-9.\-]+\.[a-z]{2,})(?:[:/?#]|$)"
)
_NOT_A_LETTER = re.compile(r"[^a-z]+")


@dataclass(frozen=True)
class ActorInfo:
    actor_type: str
    country_code: str | None


@dataclass(frozen=True)
class RoleHolder:
    actor_id: str
    country_code: str | None
    org_id: str | None
    start: date | None
    end: date | None

    def holds_on(self, day: date) -> bool:
        # end_date is the successor's first day, so it is exclusive.
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


class RoleBook:
    """Role terms and the people who held each role, from the seeds."""

    def __init__(self, role_terms: pl.DataFrame, actor_roles: pl.DataFrame) -> None:
        self.role_of_term: dict[str, str] = {
            term.lower(): role for term, role in role_terms.select("term", "role").iter_rows()
        }
        if "prime minister" in self.role_of_term.values():
            # "The Head of Government assured the President": releases call the prime
            # minister so as they call the president "the Head of State" (a seed's term wins)
            self.role_of_term.setdefault("head of government", "prime minister")
        self.holders: dict[str, list[RoleHolder]] = {}
        frame = actor_roles.with_columns(
            pl.col("start_date", "end_date").cast(pl.String).str.to_date(strict=False)
        )
        for actor_id, role, country, org, start, end in frame.select(
            "actor_id", "role", "role_country_code", "role_org_id", "start_date", "end_date"
        ).iter_rows():
            self.holders.setdefault(role, []).append(
                RoleHolder(actor_id, country or None, org or None, start, end)
            )
        self._answers: dict[tuple[str, str | None, str | None, date | None], list[str]] = {}
        # The same holders by (role, country, None) and (role, None, organization).
        self._by_qualifier: dict[tuple[str, str | None, str | None], list[RoleHolder]] = {}
        for role, holders in self.holders.items():
            for holder in holders:
                if holder.country_code:
                    self._by_qualifier.setdefault((role, holder.country_code, None), []).append(
                        holder
                    )
                if holder.org_id:
                    self._by_qualifier.setdefault((role, None, holder.org_id), []).append(holder)
        # The same holders by person: the offices someone holds ("my counterpart").
        self._roles_of_actor: dict[str, list[tuple[str, RoleHolder]]] = {}
        for role, holders in self.holders.items():
            for holder in holders:
                self._roles_of_actor.setdefault(holder.actor_id, []).append((role, holder))

    def roles_of(self, actor_id: str, day: date | None) -> set[str]:
        """The roles `actor_id` held on `day` (any day when None)."""
        return {
            role
            for role, holder in self._roles_of_actor.get(actor_id, [])
            if day is None or holder.holds_on(day)
        }

    @classmethod
    def empty(cls) -> RoleBook:
        return cls(
            pl.DataFrame(schema={"term": pl.String, "role": pl.String}),
            pl.DataFrame(
                schema={
                    c: pl.String
                    for c in (
                        "actor_id",
                        "role",
                        "role_country_code",
                        "role_org_id",
                        "start_date",
                        "end_date",
                    )
                }
            ),
        )

    def candidates(
        self, role: str, country: str | None, org: str | None, published: date | None
    ) -> list[str]:
        """Holders of `role` for the qualifier (org, else country) on `published` if known."""
        # A batch asks the same few questions many times ("President", that day).
        key = (role, country, org, published)
        if key not in self._answers:
            self._answers[key] = self._candidates(role, country, org, published)
        return self._answers[key]

    def head_of(
        self, country: str | None, published: date | None, office: str | None = None
    ) -> str | None:
        """The one person who led `country` on `published` (its "leader", else its
        president, else its prime minister; with `office`, who held that office), or None
        when the seeds hold no single one.

        Why: a publisher's unsigned message ("The message reads: ...") is its head's, and
        the head of a government site's country is who that is on the release's date."""
        if country is None or published is None:
            return None
        if office is not None:
            holders = self.candidates(office, country, None, published)
            if len(holders) == 1:
                return holders[0]
        for role in ("leader", "president", "prime minister"):
            holders = self.candidates(role, country, None, published)
            if len(holders) == 1:
                return holders[0]
        return None

    def _candidates(
        self, role: str, country: str | None, org: str | None, published: date | None
    ) -> list[str]:
        if org is not None and (role, None, org) in self._by_qualifier:
            holders = self._by_qualifier[(role, None, org)]
        elif country is not None:
            holders = self._by_qualifier.get((role, country, None), [])
        elif org is not None:
            holders = []  # a group's own office ("Hamas leader") with no holder on record
        else:
            holders = self.holders.get(role, [])
        if published is not None:
            holders = [h for h in holders if h.holds_on(published)]
        return list(dict.fromkeys(h.actor_id for h in holders))


def squashed(name: str) -> str:
    """A name as a domain writes it: lowercase letters only ("White House" → "whitehouse")."""
    plain = unicodedata.normalize("NFKD", name.casefold())
    return _NOT_A_LETTER.sub("", plain)


def publisher_country(
    source: str | None, country_of_name: dict[str, str] | None = None
) -> str | None:
    """The country a publisher speaks for, from its web address or its name.

    Why: an unqualified office in a release ("the President", "the Head of State") is the
    office of the publisher's country, and a message it quotes without naming the sender is
    its head's; the text itself does not say which country that is. The address answers:
    a label of the host that is a known body or country written as one word ("kremlin",
    "whitehouse", "elysee": `country_of_name`, squashed names to ISO3), else a
    government-only top-level domain (".gov"), else the country-code domain (".ru", ".gov.uk").
    A publisher given by name ("The White House") is looked up the same way. None when
    nothing says, so callers fall back to what the text says."""
    if not source:
        return None
    country_of_name = country_of_name or {}
    host_match = _HOST.match(source.strip().casefold())
    if host_match is None:
        return country_of_name.get(squashed(source))
    labels = host_match.group("host").split(".")
    for label in labels[:-1]:
        if label in country_of_name:
            return country_of_name[label]
    return _GOVERNMENT_TLD.get(labels[-1]) or _CC_TLD.get(labels[-1])


# Host labels of foreign ministries' sites: their releases are their minister's, as a head
# of state's office's are its head's ("the Minister" on mid.ru is the Russian one).
_MINISTRY_HOSTS = {"mid": "foreign minister", "mfa": "foreign minister", "fmprc": "foreign minister",
                   "diplomatie": "foreign minister", "auswaertiges-amt": "foreign minister"}  # fmt: skip
# Whole hosts of foreign ministries whose labels alone say nothing ("state" is many things).
_MINISTRY_SITES = {"state.gov": "foreign minister"}


def publisher_office(*sources: str | None) -> str | None:
    """The office a publisher's site speaks for when it is no head of state's ("foreign
    minister" for mid.ru, mfa.gov.*), from the first web address among `sources` that tells
    one; else None."""
    for source in sources:
        host_match = _HOST.match((source or "").strip().casefold())
        if host_match is None:
            continue
        host = host_match.group("host").removeprefix("www.")
        if host in _MINISTRY_SITES:
            return _MINISTRY_SITES[host]
        for label in host.split(".")[:-1]:
            if label in _MINISTRY_HOSTS:
                return _MINISTRY_HOSTS[label]
    return None


def _last_ending_before(mentions: list[Mention], offset: int) -> Mention | None:
    """The last mention (sorted, non-overlapping) that ends at or before `offset`."""
    index = bisect_left(mentions, (offset,)) - 1
    while index >= 0 and mentions[index][1] > offset:
        index -= 1
    return mentions[index] if index >= 0 else None


def _qualifier(
    text: str,
    start: int,
    end: int,
    mentions: list[Mention],
    actors: dict[str, ActorInfo],
) -> tuple[str | None, str | None, bool]:
    """(country_code, org_id, found) qualifying the role phrase at [start, end)."""
    chosen: list[str] = []
    before = _last_ending_before(mentions, start)
    if before is not None and _POSSESSIVE_GAP.fullmatch(text, before[1], start):
        chosen.append(before[2])
    if not chosen:
        first = bisect_left(mentions, (end,))
        following = mentions[first : first + 3]
        position = end
        for index, (m_start, m_end, actor_id, _) in enumerate(following):
            gap_ok = (
                _FOLLOWING_GAP.fullmatch(text, position, m_start)
                if index == 0
                else _WHITESPACE.fullmatch(text, position, m_start)
            )
            if not gap_ok:
                break
            chosen.append(actor_id)
            position = m_end
    if not chosen:
        return None, None, False
    infos = [(a, actors[a]) for a in chosen if a in actors]
    for actor_id, info in infos:
        if info.actor_type == "organization":
            return info.country_code, actor_id, True
        if info.actor_type == "group":
            # An armed group's leader is not its country's: never fall back to the country.
            return None, actor_id, True
    for _, info in infos:
        if info.country_code:
            return info.country_code, None, True
    return None, None, bool(infos)


def _names_a_person(
    text: str,
    start: int,
    end: int,
    mentions: list[Mention],
    actors: dict[str, ActorInfo],
    country: str | None = None,
) -> bool:
    """True when the role is the title or apposition of a person named right next to it.

    A role qualified by a country (`country`) describes no person of another country: in
    "According to Olaf Scholz, the Russian leader noted" the role is a second person, the
    subject of the verb, not Scholz's apposition; nor is a role a verb follows ("In a message
    to Ann Vale, the Russian leader noted")."""
    # Only the mentions within reach of the role matter: find them by bisection.
    first = bisect_left(mentions, (start - 60,))
    last = bisect_right(mentions, (end + 80,))
    for m_start, m_end, actor_id, kind in mentions[first:last]:
        info = actors.get(actor_id)
        if info is None or info.actor_type != "person" or kind == "role":
            continue
        if country and info.country_code and info.country_code != country:
            continue
        if m_start >= end and _TITLE_GAP.fullmatch(text, end, m_start):
            return True
        if (
            m_end <= start
            and _APPOSITION_GAP.fullmatch(text, m_end, start)
            and not _VERB_AFTER_ROLE.match(text, end)
        ):
            return True
    return False


# A verb right after a role makes the role a clause's subject, not the apposition of the name
# before it: "In a message to Ann Vale, the Russian leader noted that …".
_VERB_AFTER_ROLE = re.compile(
    r"\s+(?:also\s+|[a-z]+ly\s+)?(?:[a-z]{3,}ed|said|says|spoke|met|sent|wrote|told|held|gave)\b"
)


# "the head of the Russian state", "head of the Kazakh Government": the country's leader (or
# president) and head of government.
_HEAD_OF = re.compile(r"(?<![\w\-])(?<![Dd]eputy )(?<![Vv]ice )[Hh]ead\s+of\s+(?:the\s+)?$")
_STATE_AFTER = re.compile(r"\s+(?:(?P<state>[Ss]tate)|(?P<government>Government))\b")


# Capitalized words before a role that qualify no office: an article, a possessive or a
# rank ("The", "Deputy", "Shadow").
_NOT_QUALIFIERS = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our",
    "my", "your", "former", "then", "new", "acting", "deputy", "vice", "first", "senior",
    "junior", "chief", "interim", "assistant", "shadow", "outgoing", "incoming", "late", "mr",
    "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "federal", "prime", "supreme", "grand",
    "high", "royal", "presidential", "general", "press", "state",
})  # fmt: skip
_CAPITALIZED_BEFORE = re.compile(rf"(?<![\w'’\-])([{UPPER}][\w'’\-]*)\s+$")


def _unknown_qualifier(text: str, start: int, mentions: list[Mention]) -> tuple[str | None, int]:
    """The capitalized word right before a role phrase that no mention covers ("Tory" of
    "the Tory leader", "Ofsted" of "Ofsted boss"), lowercased, and where the phrase opens
    with it: the role is an office of a body the dictionary does not hold. (None, start)
    when there is none."""
    found = _CAPITALIZED_BEFORE.search(text, max(0, start - 30), start)
    if found is None or found.group(1).lower() in _NOT_QUALIFIERS:
        return None, start
    before = _last_ending_before(mentions, start)
    if before is not None and before[1] > found.start(1):
        return None, start
    return found.group(1).lower(), found.start(1)


def _one_titled_before(
    titled_as: dict[tuple[str, str], list[tuple[int, str]]], title: tuple[str, str], start: int
) -> str | None:
    """The one person the text titled with `title` (qualifier, role) before `start`."""
    people = {actor_id for at, actor_id in titled_as.get(title, []) if at < start}
    return people.pop() if len(people) == 1 else None


def _holder(
    book: RoleBook, roles: tuple[str, ...], country: str | None, published: date | None
) -> str | None:
    """The one holder of the first of `roles` that has one in `country` on `published`."""
    if country is None or published is None:
        return None
    for role in roles:
        holders = book.candidates(role, country, None, published)
        if len(holders) == 1:
            return holders[0]
    return None


def collective_roles(
    text: str,
    mentions: list[Mention],
    actors: dict[str, ActorInfo],
    book: RoleBook,
    published: date | None,
) -> list[Mention]:
    """Mentions (kind "role") of the office holders named through a country inside the title
    ("the head of the Russian state": the Russian leader; "head of the Kazakh Government":
    its prime minister). (A plural office over a list of countries, "the leaders of Russia
    and Armenia", names no one: the gold lists no one for it.)"""
    if published is None:
        return []
    out: list[Mention] = []
    for m_start, m_end, actor_id, _ in mentions:
        info = actors.get(actor_id)
        if (
            info is not None
            and actor_id.startswith("org_government_")
            and (head := _HEAD_OF.search(text, max(0, m_start - 20), m_start)) is not None
        ):
            # "the head of the Iranian Government" (one mention, the government's)
            person = _holder(book, ("prime minister", "president"), info.country_code, published)
            if person is not None:
                out.append((head.start(), head.start() + len("head of"), person, "role"))
            continue
        if info is None or info.actor_type != "country":
            continue
        head = _HEAD_OF.search(text, max(0, m_start - 20), m_start)
        after = _STATE_AFTER.match(text, m_end) if head else None
        if head is None or after is None:
            continue
        # a government without a prime minister is its president's (Iran's, the US's)
        roles = ("leader", "president") if after.group("state") else ("prime minister", "president")
        person = _holder(book, roles, info.country_code, published)
        if person is not None:
            # the words "head of": the country inside stays a mention of its own
            out.append((head.start(), head.start() + len("head of"), person, "role"))
    return out


# An office that names no one holding it that day: a former or first holder ("First
# President of Kazakhstan", "the former Prime Minister") or the office itself ("the election
# for President of Kazakhstan", "a candidate for President").
_NOT_THE_HOLDER = re.compile(
    # "Deputy Minister of Foreign Affairs", "Vice-President": someone under the holder; "the
    # shadow chancellor": the opposition's speaker on the office, not its holder
    r"(?<![\w\-])(?:(?:[Ff]irst|[Ff]ormer|[Ll]ate|then|[Pp]revious|[Ee]x-?|[Dd]eputy|[Vv]ice-?"
    r"|[Aa]ssistant|[Ss]hadow)\s*"
    r"|(?:elections?|candidates?|candidacy|race|post|office|run|running|bid)\s+(?:for|of)\s+"
    r"(?:the\s+)?)$"
)


def _is_indefinite(text: str, start: int, mentions: list[Mention]) -> bool:
    """ "A Kremlin spokesperson", "an ambassador": someone unnamed, not the office holder."""
    phrase_start = start
    before = _last_ending_before(mentions, start)
    if before is not None and _POSSESSIVE_GAP.fullmatch(text, before[1], start):
        phrase_start = before[0]
    return _INDEFINITE.search(text, max(0, phrase_start - 5), phrase_start) is not None


def is_home_office(text: str, start: int, role: str) -> bool:
    """Whether the role phrase at `start` is the publisher's own office: a definite
    single-seat office with nothing to qualify it ("the President", "The Head of State").

    Why: a release says "the President" of its own country's president (a Kremlin release of
    2019 means Putin, a White House one the US president of that day); an indefinite or
    vocative use ("a president", "Mr President", addressing a guest) names no office holder."""
    if role not in _ONE_PER_COUNTRY:
        return False
    return _DEFINITE.search(text, max(0, start - 24), start) is not None


# "our Prime Minister", "your Foreign Minister" (a question to the publisher's head): the
# home office, whoever else the text names
_OURS = re.compile(r"(?<![\w\-])(?:[Oo]ur|[Yy]our)\s+$")
# the home government's own formal titles, which a release gives no foreign office
_HOME_TITLES = frozenset({"chairman of the government"})


def _home_wording(text: str, start: int, end: int, role: str) -> bool:
    """Whether an unqualified single-seat office is worded as the publisher's own: "our
    Prime Minister", or a formal title of the home government ("the Chairman of the
    Government" in a Kremlin release is Russia's prime minister, even with a foreign prime
    minister named in the text, where "the Prime Minister" may be the guest)."""
    if role not in _ONE_PER_COUNTRY:
        return False
    if _OURS.search(text, max(0, start - 8), start) is not None:
        return True
    return _WHITESPACE.sub(" ", text[start:end]).lower() in _HOME_TITLES


# The offices a counterpart can share with the speaker, the most senior first: a
# president's counterpart is the other country's president (else its head, `head_of`).
_COUNTERPART_ROLES = (
    "president",
    "prime minister",
    "chancellor",
    "leader",
    "foreign minister",
    "defence minister",
)
# "my" right before the phrase: the speaker's counterpart ("my French counterpart"); "your":
# the counterpart of the one spoken to, called just before ("Mr President, your Ukrainian
# counterpart").
_MY = re.compile(r"(?<![\w\-])(?:[Mm]y|[Yy]our|[Oo]ur)\s+$")


# "my American colleague": a leader's or a minister's word for a counterpart, one of them,
# with the country's adjective (a body's or a country's name after "my" is no colleague).
# ("our American colleague", as a head of state speaking for the country says it too)
_MY_COLLEAGUE = re.compile(
    r"(?<![\w\-])(?:[Mm]y|[Oo]ur)\s+[A-Z][a-z]+\s+(?P<role>colleague)(?![\w\-])"
)


def colleague_hits(text: str) -> list[tuple[int, int, str]]:
    """Role hits (start, end, "counterpart") of "my (or our) <country adjective> colleague".

    Why: leaders speak of their counterparts as colleagues ("my American colleague assured
    me"); `_counterpart` then needs the adjective to name a country, as it does for "my
    French counterpart"."""
    return [
        (found.start("role"), found.end("role"), "counterpart")
        for found in _MY_COLLEAGUE.finditer(text)
    ]


def _counterpart(
    text: str,
    start: int,
    country: str | None,
    mentions: list[Mention],
    actors: dict[str, ActorInfo],
    book: RoleBook,
    published: date | None,
    home_country: str | None,
) -> str | None:
    """Who "my French counterpart" is: the holder, in the qualifying country, of the office
    the speaker holds (the last person named before the phrase, a transcript's speaker
    label, else the publisher's head), on the text's date. Only the speaker's own ("my") or
    the addressee's ("your", the person called right before: "Mr Macron, your Russian
    counterpart"), or the speaker's country's ("our American colleague", as a leader says
    it): whose "his counterpart" is, and so which office, the text leaves open.
    None without a country or a date."""
    if country is None or published is None:
        return None
    # "my French counterpart": "my" before the qualifier
    if not _MY.search(text, max(0, start - 40), _qualifier_start(text, start)):
        return None
    # (the last person named before who holds an office with counterparts that day: a
    # figure of history named in the speech is not the one speaking)
    possessor = None
    index = bisect_left(mentions, (start,)) - 1
    while index >= 0:
        _, m_end, actor_id, _ = mentions[index]
        info = actors.get(actor_id)
        if (
            m_end <= start
            and info is not None
            and info.actor_type == "person"
            and not book.roles_of(actor_id, published).isdisjoint(_COUNTERPART_ROLES)
        ):
            possessor = actor_id
            break
        index -= 1
    if possessor is None:
        possessor = book.head_of(home_country, published)
    if possessor is None or actors.get(possessor, ActorInfo("", None)).country_code == country:
        return None
    held = book.roles_of(possessor, published)
    for role in _COUNTERPART_ROLES:
        if role in held:
            holders = book.candidates(role, country, None, published)
            if len(holders) == 1:
                return holders[0]
            if role in ("president", "prime minister", "chancellor", "leader"):
                return book.head_of(country, published)
            return None
    return None


# "the prosecutor general's offices": the institution, not its head.
_OFFICE_AFTER = re.compile(r"['’]s\s+(?:offices?|departments?|bureaus?)\b")
_WORD_THEN_SPACE = re.compile(r"[\w’'\-]+\s+$")


def _qualifier_start(text: str, start: int) -> int:
    """Where the word right before a role phrase starts ("French" in "my French
    counterpart"), or `start` when none."""
    match = _WORD_THEN_SPACE.search(text, max(0, start - 40), start)
    return match.start() if match is not None else start


def _only_country_with(
    role: str,
    mentions: list[Mention],
    actors: dict[str, ActorInfo],
    book: RoleBook,
    published: date,
    home_country: str | None,
) -> str | None:
    """The one country named in `mentions` (the home country aside) with a holder of
    `role` on `published`, or None when none or several have one."""
    codes = {
        info.country_code
        for _, _, actor_id, _ in mentions
        if (info := actors.get(actor_id)) is not None
        and info.actor_type == "country"
        and info.country_code
        and info.country_code != home_country
    }
    with_holder = [c for c in codes if book.candidates(role, c, None, published)]
    return with_holder[0] if len(with_holder) == 1 else None


def _only_body_with(
    text: str,
    start: int,
    role: str,
    mentions: list[Mention],
    actors: dict[str, ActorInfo],
    book: RoleBook,
    published: date | None,
) -> str | None:
    """The one body (organization) named in `mentions` with a holder of `role` on
    `published`, for a definite office no country or body qualifies ("the
    Secretary-General"); None when the phrase is not definite or none or several have one."""
    if published is None or _DEFINITE.search(text, max(0, start - 24), start) is None:
        return None
    bodies = {
        actor_id
        for _, _, actor_id, _ in mentions
        if (info := actors.get(actor_id)) is not None and info.actor_type == "organization"
    }
    with_holder = [b for b in bodies if len(book.candidates(role, None, b, published)) == 1]
    return with_holder[0] if len(with_holder) == 1 else None


def _named_guest(
    role: str,
    named_people: set[str],
    actors: dict[str, ActorInfo],
    book: RoleBook,
    published: date | None,
    home_country: str,
) -> str | None:
    """Who an unqualified office the publisher's head does not hold is ("Vladimir Putin
    briefed the Prime Minister" in a call with Israel's prime minister, named later): the
    one person the text names who holds it abroad that day, when no one named holds it at
    home. None otherwise: "the President" of a Kremlin release stays Russia's; `_SEVERAL`
    when two or more named people hold it abroad and none at home (the prime ministers of
    Armenia and Kyrgyzstan at a summit: "the Prime Minister" is one of theirs, not Russia's).
    """
    if published is None:
        return None
    head = book.head_of(home_country, published)
    if head is None or role in book.roles_of(head, published):
        return None
    holders = [p for p in named_people if role in book.roles_of(p, published)]
    home = [p for p in holders if actors[p].country_code == home_country]
    abroad = [p for p in holders if actors[p].country_code not in (None, home_country)]
    if home or not abroad:
        return None
    return abroad[0] if len(abroad) == 1 else _SEVERAL


_SEVERAL = "\x00several"

# A name word right after a title: "President Bush", "King Hussein", "Prime Minister Rao".
_NAME_AFTER_TITLE = re.compile(
    rf" (?P<name>[{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}'’]+)?)(?![\w'’\-])"
)


def name_words(actor_id: str) -> list[str]:
    """The words of the name a person's id is made of ("person_george_h_w_bush": george, h,
    w, bush). Why: the role book and a transcript's participants hold ids, not names; an id
    spells its person's name."""
    return actor_id.split("_")[1:]


def _called(actor_id: str, name: str) -> bool:
    """Whether a person goes by `name` after a title: the first or the last word(s) of their
    name ("Amir-Abdollahian" as two words). The first word is a monarch's name ("King
    Hussein") or a family name written first ("President Xi")."""
    words = name_words(actor_id)
    wanted = squashed(name)
    return words[:1] == [wanted] or any(
        "".join(words[-size:]) == wanted for size in (1, 2, 3) if size <= len(words)
    )


def titled_holder(
    text: str, end: int, role: str, book: RoleBook, published: date | None
) -> tuple[str, int] | None:
    """(holder, end of the name) when the title ending at `end` is followed by a name only
    one holder of that role goes by on `published`, in any country: "President Bush" in a
    1990 story is George H. W. Bush, "King Hussein" the King of Jordan, not Saddam Hussein.

    Why: news call officials by title and family name, a name several dictionary people
    share (two Presidents Bush, two Husseins); the title and the date tell which one."""
    after = _NAME_AFTER_TITLE.match(text, end)
    if after is None or published is None:
        return None
    holders = [
        actor_id
        for actor_id in book.candidates(role, None, None, published)
        if _called(actor_id, after.group("name"))
    ]
    return (holders[0], after.end()) if len(holders) == 1 else None


# The offices "the <country> leader" may stand for.
_LEADING_OFFICES = ("president", "prime minister", "chancellor", "leader", "supreme leader")


# Words that make a title another office: "Deputy Prime Minister", "former Minister".
_OTHER_OFFICE_BEFORE = re.compile(
    r"(?i:deputy|vice|first|acting|former|ex|interim|shadow|junior|assistant)[\s\-]+$"
)


def _other_titled(titled: set[str], holder: str, actors: dict[str, ActorInfo]) -> bool:
    """Whether someone other than the holder, of the holder's country or of none known (a
    person the text introduces), is named with the role's title in the text."""
    country = actors[holder].country_code if holder in actors else None
    return any(
        person != holder and actors[person].country_code in (None, country)
        for person in titled
        if person in actors
    )


def resolve_roles(
    text: str,
    role_hits: list[tuple[int, int, str]],
    mentions: list[Mention],
    actors: dict[str, ActorInfo],
    book: RoleBook,
    published: date | None,
    home_country: str | None = None,
) -> list[Mention]:
    """Mentions (kind "role") of the people the role phrases of `text` refer to.

    `home_country` is the country of the text's publisher (`publisher_country`): a definite
    unqualified single-seat office ("the President") is that country's office that day."""
    named_people = {
        actor_id
        for _, _, actor_id, kind in mentions
        if kind != "role" and actors.get(actor_id, ActorInfo("", None)).actor_type == "person"
    }
    role_hits = sorted(role_hits + colleague_hits(text))
    # the holders a title names with their name ("President Bush") are named people too
    titled = {
        (start, end): titled_holder(text, end, role, book, published)
        for start, end, role in role_hits
    }
    named_people |= {found[0] for found in titled.values() if found is not None}
    # the people the text names right after a title of each role ("Minister of Energy Ann
    # Vale", "Energy Minister Ann Vale"): its own holders of that office
    titled_by_role: dict[str, set[str]] = {}
    # (where, actor) of each person the text titles, by the title's own words ("Tory
    # leader Michael Howard" under ("tory", "leader")): whom "the Tory leader" stands for
    titled_as: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for start, end, role in role_hits:
        first = bisect_left(mentions, (end,))
        for m_start, _, actor_id, kind in mentions[first : first + 1]:
            info = actors.get(actor_id)
            if (
                kind != "role"
                and info is not None
                and info.actor_type == "person"
                and re.fullmatch(r",?\s+", text[end:m_start])
                and not _OTHER_OFFICE_BEFORE.search(text, max(0, start - 20), start)
            ):
                titled_by_role.setdefault(role, set()).add(actor_id)
                qualifier = _unknown_qualifier(text, start, mentions)[0] or ""
                titled_as.setdefault((qualifier, role), []).append((start, actor_id))
    out: list[Mention] = []
    for start, end, role in role_hits:
        if _OFFICE_AFTER.match(text, end):
            continue
        country, org, qualified = _qualifier(text, start, end, mentions, actors)
        if (
            _names_a_person(text, start, end, mentions, actors, country)
            or _is_indefinite(text, start, mentions)
            or _NOT_THE_HOLDER.search(text, max(0, start - 40), start)
        ):
            continue
        unknown, opening = _unknown_qualifier(text, start, mentions)
        definite = _DEFINITE.search(text, max(0, opening - 24), opening) is not None
        if unknown is not None:
            # "the Tory leader", "the Ofsted boss": the office of a body no mention names,
            # which no holder on record of the bare office ("leader") fills; the one the
            # text itself titled so ("Tory leader Michael Howard … the Tory leader said")
            if definite and (person := _one_titled_before(titled_as, (unknown, role), start)):
                out.append((start, end, person, "role"))
            continue
        resolved = len(out)
        if (holder := titled[(start, end)]) is not None:
            out.append((start, holder[1], holder[0], "role"))
            continue
        if _TITLE_OF_UNKNOWN_NAME.match(text, end) and not _DEFINITE.search(
            text, max(0, start - 24), start
        ):
            continue  # "President Bakiyev said": the title of someone the seeds lack
        if role == "counterpart":
            person = _counterpart(
                text, start, country if org is None else None, mentions, actors, book,
                published, home_country,
            )  # fmt: skip
            if person is not None:
                out.append((start, end, person, "role"))
            continue
        if not qualified and home_country and _home_wording(text, start, end, role):
            country, qualified = home_country, True
        elif not qualified and home_country and is_home_office(text, start, role):
            guest = _named_guest(role, named_people, actors, book, published, home_country)
            if guest == _SEVERAL:
                continue
            if guest is not None:
                out.append((start, end, guest, "role"))
                continue
            country, qualified = home_country, True
        candidates = book.candidates(role, country, org, published)
        if (
            not candidates
            and country == home_country
            and published is not None
            and role not in _MINISTRIES
            and is_home_office(text, start, role)
        ):
            # the office is no home one ("the King" in a Kremlin release): the one country
            # the text names that has a holder ("the President and the King agreed", Bahrain)
            country = _only_country_with(role, mentions, actors, book, published, home_country)
            qualified = country is not None
            candidates = book.candidates(role, country, org, published) if qualified else []
        named = [c for c in candidates if c in named_people]
        if not named and role == "leader" and qualified and published is not None:
            # "the Polish leader" after "President Andrzej Duda": the head of state or
            # government the text named, whichever the seeds call the country's leader
            named = sorted(
                {
                    c
                    for office in _LEADING_OFFICES
                    for c in book.candidates(office, country, org, published)
                    if c in named_people
                }
            )
        if not named and not qualified and role not in _ONE_PER_COUNTRY:
            # "the Secretary-General" in a text about the United Nations: the head of the
            # one body named in the text that has such an office
            org = _only_body_with(text, start, role, mentions, actors, book, published)
            if org is not None:
                candidates, qualified = book.candidates(role, None, org, published), True
        if len(named) == 1:
            out.append((start, end, named[0], "role"))
        elif (
            not named
            and len(candidates) == 1
            # The body's only holder on record ("the Kremlin spokesman"), or, with the
            # article's date, the one holder of a single-seat office of that country.
            and (
                org is not None
                or (
                    qualified
                    and published is not None
                    and (role in _ONE_PER_COUNTRY or role in _ONE_PER_NAMED_COUNTRY)
                )
            )
            # unless the text names someone else with that title: the text knows better
            # than the record ("Minister of Education Ann Vale … The Minister of Education")
            and not (
                org is None
                and _other_titled(titled_by_role.get(role, set()), candidates[0], actors)
            )
        ):
            out.append((start, end, candidates[0], "role"))
        if (
            len(out) == resolved
            and definite
            and not qualified
            and home_country is None
            and (person := _one_titled_before(titled_as, ("", role), start))
        ):
            # "spokesman Bob Wellington … the spokesman said" in a text of no known
            # publisher: the one the text titled so, whom no record holds
            out.append((start, end, person, "role"))
    return out
