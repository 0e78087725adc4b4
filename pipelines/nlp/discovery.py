"""Actors the dictionary does not know, discovered from the context that names them.

People: a capitalized name of two to four words right after a title or role ("aide Yuri
Ushakov", "Senator Jane Doe"), after a role phrase and a comma ("Russia's ambassador to
Washington, Anatoly Antonov, said") or before an appositive role ("Anatoly Antonov, Russia's
ambassador"), in a list after a title in the plural ("Deputy Prime Ministers X and Y"), before
a verb of reporting ("X reported"), with a country in brackets or after a dash in a list
("X (Slovak Republic)", "Vietnam – X"), in a transcript's speaker labels ("X: Thank
you"), after a known given name ("Vladimir Minin, who founded the choir") or named twice by
the same two words and nothing else. Title words, acronyms ("CEO") and the words of a long
title before a name are cut off it. Organizations: a capitalized phrase ending in an
institutional head noun ("Russian Volunteer Corps", "Federal Migration Service"), unless
every word before the head is generic ("Foreign Ministry": whose?) and no owner follows
("National Assembly of Hungary"); or the head first after "the" ("the Ministry of
Culture"). Nothing is discovered in title-case lines (headlines,
section heads), and a candidate that overlaps a known person or organization is dropped.

Discovered actors get ids shaped like the dictionary's (person_jane_doe), so a name that the
dictionary adds later joins its past mentions. Later surname-only mentions of a person named
in full ("Kirby said") are linked in the same article.
"""

from __future__ import annotations

import itertools
import re
import sys
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick_rs

from pipelines.nlp.dates import NUMBER_WORDS
from pipelines.nlp.letters import LOWER, UPPER
from pipelines.nlp.syntax import is_common_word, is_known_noun

# (start, end, actor_id, kind)
Mention = tuple[int, int, str, str]

# (a name may open with a digit, a capital in the same word: "4Cast", "3Com")
_CAP = r"(?:[A-ZÀ-ÖØ-ÞĀ-ſ]|\d(?=[\w’'\-]*[A-Z]))[\w’'\-]*[\w]"
_ORDINAL = r"\d+(?:st|nd|rd|th)"
# (Irish particles are capitalized: "Colm Ó Floinn", "Síle Ní Bhriain")
_PARTICLE = r"(?:al|el|bin|ibn|van|von|de|da|der|den|la|le|du|dos|los|las|del|Ó|Ní|Nic|Uí)"
# The ties a text introduces a relative, a friend or a neighbour by ("her nephew, Rāwiri",
# "their eldest son, Timur"), for the patterns of the names after them.
FAMILY_TIES = (
    r"(?:son|daughter|brother|sister|husband|wife|partner|mother|father|grandson|"
    r"granddaughter|grandmother|grandfather|nephew|niece|aunt|uncle|cousin|child|"
    r"fianc[ée]e?|neighbou?r|friend)"
)
# A tie after a possessive: "His mother", "our friend", "their eldest son".
TIE_AFTER_POSSESSIVE = (
    rf"(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+(?:[a-z]+\s+)?(?P<tie>{FAMILY_TIES})(?![\w'’])"
)
# (two particles may stand together: "Pieter van der Merwe", "Maria de los Santos")
NAME_PATTERN = rf"{_CAP}(?:\s+(?:(?:{_PARTICLE}\s+){{1,2}}|{_PARTICLE}-)?{_CAP}){{1,3}}"

# Words that take a name right after them as a title. Role terms from the seed are added.
TITLE_WORDS = (
    "minister",
    "official",
    "adviser",
    "advisor",
    "aide",
    "commander",
    "commander-in-chief",
    "ceo",
    "chief executive",
    "captain",
    "lieutenant",
    "general",
    "gen.",
    # (British style, no stop: "Gen Ann Vale", "Brig Tom Reyes"; a member of parliament: "MP",
    # of the Scottish or the European one: "MSP", "MEP")
    "gen",
    "brig",
    "brig.",
    "mp",
    "msp",
    "mep",
    "mla",
    "lt. gen.",
    "maj. gen.",
    # (ranks abbreviated, and the clergy's and a Hausa elder's titles: "Lt. Col. Mike
    # Garrity", "the Rev. Marcus Bell", "Fr Tom Reyes", "Alhaji Musa Danjuma")
    "lt.",
    "lt",
    "capt.",
    "capt",
    "col",
    "maj.",
    "maj",
    "cmdr.",
    "cmdr",
    "cpl.",
    "cpl",
    "commodore",
    "rev.",
    "rev",
    "reverend",
    "fr.",
    "fr",
    "alhaji",
    "alhaja",
    "colonel",
    "col.",
    "admiral",
    "marshal",
    "field marshal",
    "adm.",
    "senator",
    "sen.",
    "rep.",
    "representative",
    "congressman",
    "congresswoman",
    "lawmaker",
    "governor",
    "gov.",
    "mayor",
    "secretary",
    "commissioner",
    "director",
    "chief",
    "deputy",
    "negotiator",
    "diplomat",
    "analyst",
    "professor",
    "prof.",
    "prof",
    "dr.",
    "mr.",
    "mrs.",
    "ms.",
    "sheikh",
    "prince",
    "princess",
    "knyaz",
    "tsar",
    "tsarina",
    "emperor",
    "empress",
    "duke",
    "queen",
    "judge",
    "prosecutor",
    "attorney",
    "lawyer",
    "solicitor",
    "economist",
    "editor",
    "correspondent",
    "presenter",
    "interviewer",
    "reporter",
    "chairman",
    "chairwoman",
    "speaker",
    "opposition leader",
    "leader",
    "envoy",
    "ambassador",
    "head",
    "inspector",
    "counterpart",
    "colleague",
    "under-secretary-general",
    "co-chair",
    "chair",
    "coordinator",
    "delegate",
    "mediator",
    "rapporteur",
    "researcher",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "founder",
    "co-founder",
    "manager",
    "rector",
    "patriarch",
    "metropolitan",
    "archbishop",
    "bishop",
    "cardinal",
    "imam",
    "mufti",
    "rabbi",
    "lama",
    "abbot",
    "pastor",
    "priest",
    "archpriest",
    "archimandrite",
    "hegumen",
    "ayatollah",
    "father",
    # occupations written before a name ("hockey player X", "speed skater X")
    "player",
    "skater",
    "skier",
    "athlete",
    "champion",
    "coach",
    "wrestler",
    "boxer",
    "swimmer",
    "gymnast",
    "footballer",
    "writer",
    "poet",
    "novelist",
    "actor",
    "actress",
    "singer",
    "composer",
    "conductor",
    "artist",
    "painter",
    "sculptor",
    "scientist",
    "physicist",
    "academician",
    "cosmonaut",
    "astronaut",
    "journalist",
    "filmmaker",
    "film director",
    "dancer",
    "ballerina",
    "musician",
    "pianist",
    "violinist",
    "teacher",
    "nurse",
    "surgeon",
    "paramedic",
    "engineer",
    "farmer",
    "pilot",
    "entrepreneur",
    "businessman",
    "businesswoman",
    "historian",
    # ranks below the officers' and a person's status ("Sergeant Ivan Petrov", "US citizen
    # Trevor Reed")
    "sergeant",
    "corporal",
    "ensign",
    "warrant officer",
    "petty officer",
    "major",
    "ombudsman",
    "ombudswoman",
    "citizen",
    # local offices and the law, as news writes them before a name ("Councilman X",
    # "Sheriff X", "Detective X")
    "councilman",
    "councilwoman",
    "councilmember",
    # (and abbreviated: "Cllr Ann Vale", "Cr Vale", "Det. Sgt. Tom Reyes")
    "cllr",
    "cllr.",
    "cr",
    "cr.",
    "det.",
    "sgt.",
    "councillor",
    "councilor",
    "alderman",
    "alderwoman",
    "assemblyman",
    "assemblywoman",
    "assemblymember",
    "supervisor",
    "sheriff",
    "detective",
    "officer",
    "superintendent",
    "constable",
    "magistrate",
    "justice",
    "trustee",
)
# The same without their abbreviation stops ("gen." as "gen").
TITLE_WORDS_PLAIN = frozenset(t.rstrip(".") for t in TITLE_WORDS)
# Verbs of speech: a name right before or after one is a person ("Kristian Haugland said",
# "said Rosalind Okafor").
SPEECH_TRIGGERS = ("said", "says", "told", "added", "stressed", "warned", "noted")
# Verbs of reporting: a name right before one is a person ("Ivan Sokolov reported to the
# President"); what follows them is not a name as often, so only the name before counts.
REPORT_TRIGGERS = (
    "reported",
    "informed",
    "explained",
    "thanked",
    "emphasised",
    "emphasized",
    "cited",
    "briefed",
)
# Capitalized words that belong to names of places and bodies, not of people.
_NOT_PERSON_WORDS = {
    # faiths and churches ("Roman Catholic organisations": "Roman" is a given name too)
    "catholic",
    "protestant",
    "orthodox",
    "anglican",
    "methodist",
    "lutheran",
    "muslim",
    "jewish",
    "hindu",
    "sikh",
    "buddhist",
    # fields a body studies or serves ("Institute for Fiscal Studies", "Centre for
    # Economic Research")
    "studies",
    "research",
    "economics",
    "strategy",
    "services",
    "industries",
    "union",
    "house",
    "office",
    "state",
    "states",
    "court",
    "university",
    "news",
    "times",
    "post",
    "bank",
    "group",
    "company",
    "street",
    "square",
    "island",
    "islands",
    "sea",
    "river",
    "gulf",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "united",
    "republic",
    "kingdom",
    "international",
    "national",
    "federal",
    "new",
    "saint",
    "fort",
    "mount",
    "lake",
    "city",
    "province",
    "region",
    "strait",
    "peninsula",
    "summit",
    "talks",
    "treaty",
    "accords",
    "agreement",
    "conference",
    "forum",
    "mission",
    "media",
    "press",
    "television",
    "radio",
    "airlines",
    "airport",
    "port",
    "fleet",
    "officer",
    "doctor",
    "st",
    "hall",
    "day",
    "cathedral",
    "church",
    "palace",
    "museum",
    "theatre",
    "theater",
    "stadium",
    "stability",
    "relief",
    "joint",
    "chiefs",
    "staff",
    "guards",
    "society",
    "rights",
    "affairs",
    "situations",
    "relations",
    "sciences",
    "activities",
    "issues",
    "policy",
    "transport",
    "communications",
    "resources",
    "technologies",
    "industry",
    # places and things named after people ("Alexander Garden", "the Yury Gagarin Prize")
    "garden",
    "gardens",
    "park",
    "avenue",
    "prospekt",
    "boulevard",
    "lane",
    "embankment",
    "bridge",
    "monument",
    "memorial",
    "cemetery",
    "station",
    "hotel",
    "hospital",
    "clinic",
    "school",
    "gymnasium",
    "lyceum",
    "library",
    "centre",
    "center",
    "prize",
    "award",
    "medal",
    "order",
    "cup",
    "trophy",
    "festival",
    "hill",
    "valley",
    "bay",
    "cape",
    # counties, parishes and boroughs ("Jefferson Parish Sheriff Harry Lee")
    "county",
    "parish",
    "borough",
    "township",
    # units of a country's territory ("Envoy to the Urals Federal District Jan Novak",
    # "the Krasnoyarsk Territory")
    # things and kinds of people, not names ("Vostochny Cosmodrome", "Honorary Member")
    "cosmodrome",
    "system",
    "systems",
    "member",
    "members",
    # competitions ("the Summer Games", "the Winter Olympics")
    "games",
    "olympics",
    "paralympics",
    "olympiad",
    "championship",
    "championships",
    "tournament",
    # fields of ministries ("Deputy Minister of Energy Jan Novak")
    "trade",
    "energy",
    "culture",
    "health",
    "healthcare",
    "education",
    "science",
    "finance",
    "justice",
    "labour",
    "labor",
    "sport",
    "sports",
    "agriculture",
    "economy",
    "construction",
    "emergencies",
    "tourism",
    "ecology",
    "environment",
    "district",
    "territory",
    "territories",
    "oblast",
    "krai",
}
# The last words of newspapers' and other publications' names ("Evening Standard", "Sunday
# Telegraph", "Daily Mail"), heads of bodies (`ORG_HEADS`) that no person's surname is.
MASTHEAD_WORDS = ("Times", "Post", "Herald", "Standard", "Gazette", "Tribune", "Chronicle",
                  "Telegraph", "Journal", "Guardian", "Observer", "Mirror", "Express", "Mail",
                  "Examiner", "Inquirer", "Newspaper", "Magazine", "News", "Weekly")  # fmt: skip
# Head nouns that end an organization's name.
ORG_HEADS = (
    "Ministry",
    "Council",
    "Service",
    "Agency",
    "Committee",
    "Commission",
    "Corps",
    "Party",
    "Front",
    "Army",
    "Navy",
    "Guard",
    "Brigade",
    "Battalion",
    "Legion",
    "Command",
    "Directorate",
    "Bureau",
    "Parliament",
    "Assembly",
    "Movement",
    "Organization",
    "Organisation",
    "Institute",
    "Foundation",
    "Fund",
    "Forces",
    "Police",
    "Department",
    "Authority",
    "Administration",
    "Coalition",
    "Alliance",
    "Militia",
    # companies, societies and creative collectives ("Russian Geographical Society",
    # "Izhevsk Mechanical Plant", "Moscow State Academic Chamber Choir")
    "Society",
    "Association",
    "Company",
    "Corporation",
    # and by the abbreviation of their legal form ("Control Data Corp.", "Upjohn Inc.")
    "Corp",
    "Co",
    "Inc",
    "Ltd",
    "PLC",
    "LLC",
    "Plant",
    "Fleet",
    "Flotilla",
    "Club",
    "Choir",
    "Orchestra",
    "Ensemble",
    "League",
    "Union",
    "Academy",
    "Chamber",
    "Court",
    "Church",
    "Patriarchate",
    "Centre",
    "Center",
    "University",
    "School",
    # federations of societies and sports ("International Judo Federation"), a city's or
    # region's government ("Moscow Government"), secretariats, banks, groups of companies
    # and theatre companies
    "Federation",
    "Confederation",
    "Government",
    "Secretariat",
    # a head of state's office ("the Brazilian Presidency")
    "Presidency",
    "Bank",
    "Group",
    "Holding",
    "Holdings",
    "Partners",
    "Concern",
    "Theatre",
    "Theater",
    "Studio",
    # hospitals, schools, museums and enterprises named with their town ("Kaluga Regional
    # Hospital", "Tomsk Petrochemical Works", "Kazan Aviation Lyceum", "Vyatka Plywood Mill")
    "Hospital",
    "Clinic",
    "Lyceum",
    "Gymnasium",
    "College",
    "Museum",
    "Library",
    "Laboratory",
    "Works",
    "Mill",
    "Factory",
    "Shipyard",
    "Refinery",
    # companies by their trade ("Lumera Pharma", "Aeroflot Airlines", "Kestrel Technologies")
    "Pharma",
    "Pharmaceuticals",
    "Therapeutics",
    "Biotech",
    "Motors",
    "Airlines",
    "Airways",
    "Technologies",
    "Industries",
    "Robotics",
    "Aerospace",
    "Telecom",
    "Communications",
    "Electronics",
    "Networks",
    "Network",
    "Productions",
    "Exchange",
    "Office",
    # the last words of companies' names that no surname or place ends in ("Yeahronimo
    # Media Ventures", "Harbour Records", "Kestrel Pictures")
    "Ventures",
    "Enterprises",
    "Associates",
    "Studios",
    "Pictures",
    "Records",
    "Software",
    "Labs",
    "Foods",
    "Brewing",
    "Investments",
    "Electric",
    "Laboratories",
    "Cooperative",
    "Terminal",
    "Port",
    "Sangha",
    *MASTHEAD_WORDS,
)
# The same heads in lowercase: a speaker's or a word's test against them ("the commission").
ORG_HEAD_WORDS = frozenset(head.lower() for head in ORG_HEADS)
# Words that say what kind of body, not whose: "Foreign Ministry" alone names no one.
_GENERIC = {
    "foreign",
    "defence",
    "defense",
    "interior",
    "security",
    "finance",
    "justice",
    "health",
    "national",
    "federal",
    "state",
    "general",
    "supreme",
    "central",
    "armed",
    "special",
    "presidential",
    "joint",
    "military",
    "economic",
    "emergency",
    "emergencies",
    "border",
    "foreign affairs",
    "internal",
    "home",
    "public",
    # which term of a government, not whose ("an Interim Government"), and kinds of groups
    # ("Working Group", "Contact Group")
    "interim",
    "transitional",
    "provisional",
    "working",
    "contact",
    "expert",
    "task",
    "of",
    "for",
    "and",
    "the",
}
# Capitalized words that start sentences or name days and months: never part of a name.
_SENTENCE_WORDS = {
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "By",
    "For",
    "From",
    "With",
    "But",
    "And",
    "Or",
    "If",
    "As",
    "So",
    "Yet",
    "However",
    "Meanwhile",
    "Moreover",
    "Also",
    "Then",
    # adverbs that open a sentence ("Later Ann Vale answered")
    *[
        "Later",
        "Earlier",
        "Afterwards",
        "Subsequently",
        "Finally",
        "Next",
        "Recently",
        "Still",
        "Instead",
        "Indeed",
        "Thus",
        "Therefore",
        "Besides",
        "Again",
        "Here",
        "There",
        "Once",
        "Soon",
        "Lastly",
        "Furthermore",
        "Nevertheless",
        "Nonetheless",
        "Otherwise",
        "Accordingly",
        "Initially",
        "Eventually",
        "Separately",
        "Additionally",
        "Specifically",
        "Previously",
        "Currently",
        "Tonight",
    ],
    # what a person was or is about to be, before the title ("Former WorldCom chief
    # Bernard Ebbers"): never the first word of a name
    "Former",
    "Outgoing",
    "Now",
    "Today",
    "Yesterday",
    "Tomorrow",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "Your",
    "My",
    "After",
    "Before",
    "During",
    "While",
    "When",
    "Although",
    "Since",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
}
# Title words: never part of a person's name.
# The head words of texts a state adopts: "the National Security Concept", "the Minsk
# Protocol" are documents, never people.
_DOCUMENT_WORDS = {
    "Concept",
    "Doctrine",
    "Strategy",
    "Protocol",
    "Programme",
    "Program",
    "Treaty",
    "Declaration",
    "Charter",
    "Agreement",
    "Agreements",
    "Accord",
    "Accords",
    "Memorandum",
    "Convention",
    "Statute",
    "Constitution",
}
_NOT_NAME = (
    _SENTENCE_WORDS
    | _DOCUMENT_WORDS
    | {
        "President",
        "Minister",
        "Prime",
        "Foreign",
        "Defence",
        "Defense",
        "Secretary",
        "General",
        "Chancellor",
        "Spokesman",
        "Spokeswoman",
        "Spokesperson",
        "Ambassador",
        "Envoy",
        "Senator",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
    }
)
_SPEECH_WORDS = set(SPEECH_TRIGGERS)
_REPORT_WORDS = set(REPORT_TRIGGERS)
_ACRONYM = re.compile(r"\(([A-Z]{2,8})\)")
# An acronym used alone after "the": "the USGS said", "The RTC will sell".
_ACRONYM_USED = re.compile(r"(?<![\w.])(?:[Tt]he)\s+(?P<letters>[A-Z]{2,6})(?![\w.’'\-])")
# A capitalized phrase that may be a body's name written in full before its acronym: "U.S.
# Geological Survey", "Resolution Trust Corp.", "African National Congress".
_RUN_WORD = r"(?:(?:[A-Z]\.){2,3}|[A-Z][\w’'\-]*)"
_FULL_NAME_RUN = re.compile(
    rf"{_RUN_WORD}(?:(?:\s+(?:of|for|and|the|on|in))*\s+{_RUN_WORD})+(?:(?:(?<=Corp)|(?<=Inc)|(?<=Ltd))\.)?"
)
_ACRONYM_REACH = 3000
_NAME_WORD = re.compile(r"[\w’'\-]+")
_CONNECTORS = {"of", "for", "and", "the", "on", "in"}
# Last words of acronymed names that are no body: documents, plans, events, places.
_NOT_BODY_HEADS = {
    "programme",
    "program",
    "plan",
    "strategy",
    "law",
    "act",
    "code",
    "treaty",
    "agreement",
    "declaration",
    "summit",
    "conference",
    "concept",
    "project",
    "initiative",
    "order",
    "doctrine",
    "convention",
    "charter",
    "index",
    "system",
    "zone",
    "area",
    "region",
    "standard",
    "exhibition",
    "festival",
    "games",
    "championship",
    "cup",
    "award",
    "prize",
    "day",
    "week",
    "year",
    "forum",
    "route",
    "corridor",
    "pipeline",
    "missile",
    "line",
    "border",
}
_PHRASE = re.compile(rf"{_CAP}(?:(?:\s+(?:of|for|and|the|on|in))*\s+{_CAP})+")
_OF_PREFIXES = {
    "Member",
    "Members",
    "Meeting",
    "Session",
    "Chair",
    "Chairman",
    "Chairwoman",
    "Head",
    "Board",
    "Trustees",
    "Presidium",
}
_HEADS_LOWER = {h.lower() for h in ORG_HEADS}
_SPEECH_AFTER = (
    r"(?:said|says|told|added|noted|stressed|warned|explained|wrote|stated|announced|confirmed)"
)
_KNOWN_BLOCKING = ("person", "organization", "group")
# What follows the last name of a list of officials: a comma, the end, "and" or a verb.
_LIST_GOES_ON = (
    r"(?=\s*(?:[,;]|\.(?:\s|$)|$)"
    r"|\s+(?:and|said|says|told|who|has|had|was|is|were|will|died|reported|became)\b)"
)
# A transcript's speaker label: capitalized words (a title, then the name) before a colon
# and the turn's first capitalized word ("Jan Novak: Thank you", "Minister of Health Jan
# Novak (retranslated): Good afternoon").
_LABEL = re.compile(
    rf"(?<![\w’'\-])(?P<run>{_CAP}(?:\s+(?:{_PARTICLE}\s+)?{_CAP}){{1,5}})"
    r"(?:\s*\([a-z ]{1,20}\))?$"
)
# A list of people with their country in brackets, as credential ceremonies write them:
# "Maria Santos Ferreira (Portuguese Republic), Jan Novak (Czech Republic) and ...". The
# brackets hold the country's name only (capitalized words and connectors).
_BEFORE_BRACKET = re.compile(
    rf"(?<![\w’'\-])(?P<name>{_CAP}(?:\s+(?:{_PARTICLE}\s+)?{_CAP}){{1,5}})\s+\($"
)


def _turn_colons(text: str) -> list[int]:
    """Where a colon ends a speaker label: after a word or a bracket (a space between them
    aside: "... Federal District : Mr President", where the space stands for the colon),
    before a turn's first capital or quotation mark."""
    colons = []
    at = text.find(": ")
    while at != -1:
        following = text[at + 2 : at + 3]
        end = at - 1 if at > 1 and text[at - 1] == " " else at
        if (
            end > 0
            and (text[end - 1].isalnum() or text[end - 1] == ")")
            and (following.isupper() or following in ("“", '"', "«"))
        ):
            colons.append(end)
        at = text.find(": ", at + 2)
    return colons


# A name printed twice in a speaker label, the second time surname first (a page's caption,
# its title glued to it): "Jan Novak Novak Jan", "Ann Vale Vale AnnChair of the Board".
# Lowercase letters are word characters other than digits, "_" and A-Z.
_LOWER = r"[^\W\d_A-Z]"
DOUBLED_NAME = re.compile(
    rf"(?<![\w'’])(?P<first>[A-Z](?:{_LOWER}|['’\-])+)\s+(?P<last>[A-Z](?:{_LOWER}|['’\-])+)"
    rf"\s+(?P=last)\s+(?P=first)(?!{_LOWER})"
)


def _label_end(text: str, colon: int) -> int:
    """Where a label's name ends: before the colon, or before a bracket ("(retranslated)")."""
    end = colon
    if text[colon - 1] == ")":
        bracket = text.rfind("(", max(0, colon - 25), colon)
        if bracket != -1:
            end = bracket
            while end > 0 and text[end - 1] == " ":
                end -= 1
    return end


def _opens_a_sentence(text: str, start: int) -> bool:
    """Whether `start` opens a sentence or a transcript's turn (after a speaker's colon)."""
    return _starts_a_turn(text, start) or text[max(0, start - 2) : start] == ": "


def _char_before(text: str, start: int) -> str:
    """The character before `start`, spaces and tabs skipped ("" at the text's start)."""
    at = start - 1
    while at >= 0 and text[at] in " \t":
        at -= 1
    return text[at] if at >= 0 else ""


def _starts_a_turn(text: str, start: int) -> bool:
    """Whether `start` follows the text's start or a turn's end (., ?, !, …, a quotation mark)."""
    before = _char_before(text, start)
    return before == "" or before in '.?!…>*”")'


# The particles as words ("van", "bin"): written small or capitalized ("Van Der Beek"), they
# open a surname and count for no word of a name.
SURNAME_PARTICLES = frozenset(
    p.lower() for p in _PARTICLE.removeprefix("(?:").removesuffix(")").split("|")
)
_PARTICLES = SURNAME_PARTICLES
_DASHES = ("–", "—")
_DASH_NAME = re.compile(
    rf"\s+[–—]\s+(?P<name>{NAME_PATTERN})(?![\w’'\-]|\s+{_CAP})(?=\s*[;,.]|\s+and\b|\s*$)"
)
_NAME_DASH = re.compile(
    rf"(?:^|[;,:]\s+|\b(?:and|by|be|are|were)\s+)(?P<name>{NAME_PATTERN})\s+[–—]\s+(?:the\s+)?$"
)
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+$")
_COUNTRY_IN_BRACKETS = re.compile(rf"(?:{_CAP}|of|the|and)(?:\s+(?:{_CAP}|of|the|and)){{0,6}}")


@dataclass(frozen=True)
class Discovered:
    start: int
    end: int
    name: str
    actor_type: str

    @property
    def actor_id(self) -> str:
        prefix = "person" if self.actor_type == "person" else "org"
        return f"{prefix}_{slug(self.name)}"


def body_initials(word: str) -> str:
    """The letters a word gives a body's acronym: its capital ("Survey" → "S"), each letter of
    a dotted abbreviation ("U.S." → "US"), each capitalized part of a hyphenated word
    ("Asia-Pacific" → "AP"); "" for a lowercase word."""
    if re.fullmatch(r"(?:[A-Z]\.)+", word):
        return word.replace(".", "")
    return "".join(part[0] for part in word.split("-") if part[:1].isupper())


def slug(name: str) -> str:
    """Lowercase ASCII slug of a name ("Anatoly Antonov" -> "anatoly_antonov")."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_")


def _trie_alternation(words: set[str]) -> str:
    """An alternation of the words as a trie ("Al(?:an|ex(?:ander)?)"): the regex engine tries
    one branch per letter instead of every word at every position; where one word is the
    start of another, the longer is tried first."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, dict]) -> str:
        branches = [re.escape(c) + pattern(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a word ends here: the longer ones are tried first
            return f"(?:{body})?"
        return body

    return pattern(trie)


# A nickname in quotation marks between a given name and a surname: ' “Dodong”'.
_NICKNAME = r"(?:\s+[“\"‘][A-Z][\w’'\-]{1,15}[”\"’](?=\s))"

# The accented letters a given name may be written with where a list holds it without
# ("Seán", "Sebastián", "Zoë", "Çağla" for Sean, Sebastian, Zoe, Cagla).
_ACCENTED = {
    "a": "áàâäãåą", "e": "éèêëę", "i": "íìîïı", "o": "óòôöõø", "u": "úùûü", "n": "ñ",
    "c": "çć", "s": "şš", "g": "ğ", "z": "žż", "y": "ý",
    "A": "ÁÀÂÄÃÅ", "E": "ÉÈÊË", "I": "ÍÌÎÏİ", "O": "ÓÒÔÖØ", "U": "ÚÙÛÜ", "C": "Ç", "S": "ŞŠ",
}  # fmt: skip


def _with_accents(alternation: str) -> str:
    """A trie alternation of names (`_trie_alternation`, letters and regex syntax) whose
    letters also match their accented forms: each such letter becomes a class."""
    return "".join(f"[{c}{_ACCENTED[c]}]" if c in _ACCENTED else c for c in alternation)


_CONNECTOR_PARTS = re.compile(r"(?<=-)(?:In|Of|The|At|For|And|To|On)(?=-)")


# Words Title Case leaves lowercase inside a title ("Minister of Foreign Affairs").
_TITLE_CONNECTORS = {"of", "the", "and", "for", "on", "in", "to", "at"}


def trigger_variants(
    words: list[str], capitalized_only: frozenset[str] | set[str] = frozenset()
) -> dict[str, str]:
    """Surface forms of trigger words -> the lowercase word: lowercase, Capitalized and Title
    Case ("prime minister", "Prime minister", "Prime Minister"); `capitalized_only` words (the
    head nouns of organizations) only capitalized."""
    variants: dict[str, str] = {}
    for word in dict.fromkeys(w.lower() for w in words):
        forms = {word[:1].upper() + word[1:], word.title()}
        if "-" in word:  # "Commander-in-Chief": the connectors stay lowercase
            forms.add(_CONNECTOR_PARTS.sub(lambda m: m.group(0).lower(), word.title()))
        if " " in word:  # "Chief of the General Staff": so do words between
            titled = " ".join(
                w if w in _TITLE_CONNECTORS else w[:1].upper() + w[1:] for w in word.split(" ")
            )
            forms.add(titled)
            if word not in capitalized_only:
                # "the head of the Foreign Ministry": a common noun before a body's name
                forms.add(word.split(" ", 1)[0] + titled[titled.index(" ") :])
        if word not in capitalized_only:
            forms.add(word)
        for form in forms:
            variants[form] = word
    return variants


def is_whole_word(text: str, start: int, end: int) -> bool:
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-’'"):
        return False
    return not (end < len(text) and (text[end].isalnum() or text[end] == "-"))


class TriggerFinder:
    """Whole-word occurrences of trigger words (titles, role terms, speech verbs, head nouns)
    in one Aho-Corasick pass over the text as written, so the context patterns run only where
    a trigger is. (ActorMatcher folds the same keys into its alias automaton.)"""

    def __init__(
        self, words: list[str], capitalized_only: frozenset[str] | set[str] = frozenset()
    ) -> None:
        variants = trigger_variants(words, capitalized_only)
        self._words = list(variants.values())
        self._automaton = ahocorasick_rs.AhoCorasick(
            list(variants), matchkind=ahocorasick_rs.MatchKind.Standard
        )

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, lowercase word) of triggers in `text`, longest at each start."""
        return longest_triggers(
            text,
            [
                (start, end, self._words[index])
                for index, start, end in self._automaton.find_matches_as_indexes(
                    text, overlapping=True
                )
            ],
        )


def longest_triggers(text: str, hits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Whole-word trigger hits, the longest at each start, in text order."""
    best: dict[int, tuple[int, int, str]] = {}
    for start, end, word in hits:
        if is_whole_word(text, start, end) and (start not in best or best[start][1] < end):
            best[start] = (start, end, word)
    out: list[tuple[int, int, str]] = []
    for hit in sorted(best.values()):
        # "supreme leader" holds "leader": keep the longer one only.
        if not out or hit[0] >= out[-1][1]:
            out.append(hit)
    return out


# Common given names (beside the first names of the dictionary's people): a capitalized word
# after one of them is a surname ("Vladimir Minin, who founded the choir").
COMMON_GIVEN_NAMES = (
    "Alexander", "Alexei", "Alexey", "Anatoly", "Andrei", "Andrey", "Anton", "Arkady", "Artyom",
    "Boris", "Daniil", "Denis", "Dmitry", "Dmitri", "Eduard", "Fyodor", "Gennady", "Georgy",
    "Grigory", "Igor", "Ilya", "Ivan", "Kirill", "Konstantin", "Leonid", "Maxim", "Mikhail",
    "Nikita", "Nikolai", "Nikolay", "Oleg", "Pavel", "Pyotr", "Roman", "Ruslan", "Rustam",
    "Semyon", "Sergei", "Sergey", "Stanislav", "Timur", "Vadim", "Valentin", "Valery",
    "Vasily", "Viktor", "Vitaly", "Vladimir", "Vladislav", "Vyacheslav", "Yevgeny", "Yevgeni",
    "Evgeny", "Yury", "Yuri", "Anastasia", "Anna", "Darya", "Ekaterina", "Yekaterina", "Elena",
    "Yelena", "Galina", "Irina", "Larisa", "Lyudmila", "Marina", "Maria", "Natalya", "Natalia",
    "Nadezhda", "Olga", "Svetlana", "Tatyana", "Tatiana", "Valentina", "Vera", "Veronika",
    "Yulia", "Zhanna", "Ahmed", "Ali", "Andrew", "Anne", "Antonio", "Carlos", "Catherine",
    "Christian", "Christopher", "Daniel", "David", "Elizabeth", "Francesco", "Hans", "Hassan",
    "Helen", "Jan", "Jean", "Johannes", "John", "Jorge", "José", "Juan", "Karl", "Klaus",
    "Laura", "Luis", "Marie", "Michael", "Mohammed", "Muhammad", "Omar", "Patrick", "Paul",
    "Peter", "Pierre", "Richard", "Robert", "Sarah", "Stefan", "Thomas", "Wang", "William",
    "Wolfgang", "Yusuf", "Zhang",
    # more Russian given names, and their other transliterations
    "Aleksandr", "Aleksei", "Aleksey", "Dmitriy", "Yevgeniy", "Vitaliy", "Vasiliy", "Grigoriy",
    "Anatoliy", "Valeriy", "Yuriy", "Georgiy", "Arkadiy", "Gennadiy", "Albert", "Arseny",
    "Artur", "Artem", "Bogdan", "Danila", "Efim", "Yefim", "Egor", "Yegor", "Emil", "Filipp",
    "Fedor", "Gleb", "Ignat", "Innokenty", "Makar", "Matvei", "Matvey", "Mstislav", "Nazar",
    "Platon", "Prokhor", "Rodion", "Rostislav", "Savva", "Stepan", "Svyatoslav", "Taras",
    "Timofei", "Timofey", "Trofim", "Veniamin", "Vsevolod", "Yakov", "Yaroslav", "Zakhar",
    "Marat", "Rinat", "Renat", "Ildar", "Rustem", "Damir", "Shamil", "Magomed", "Murat",
    "Akhmed", "Ramzan", "Arsen", "Aslan", "Airat", "Aidar", "Bulat", "Rafael", "Rafail",
    "Alla", "Alina", "Alyona", "Alena", "Alexandra", "Aleksandra", "Angelina", "Antonina",
    "Arina", "Daria", "Dina", "Diana", "Elvira", "Evgenia", "Yevgenia", "Inna", "Inga",
    "Karina", "Ksenia", "Kseniya", "Kristina", "Lidiya", "Lidia", "Lilia", "Liliya",
    "Lyubov", "Margarita", "Nina", "Oksana", "Olesya", "Polina", "Raisa", "Rimma", "Tamara",
    "Ulyana", "Valeria", "Valeriya", "Vasilisa", "Viktoria", "Victoria", "Yana", "Yuliya",
    "Zinaida", "Zoya", "Zarina", "Madina", "Dinara", "Gulnara", "Aigul", "Aliya", "Nelli",
    "Eleonora", "Snezhana", "Milana", "Sabina",
    # and common ones of other languages
    "Gerhard", "Helmut", "Egon", "Heinz", "Jürgen", "Joachim", "Matthias", "Markus",
    "Andreas", "Tobias", "Sebastian", "Philipp", "Florian", "Lukas", "Maximilian",
    "Michaela", "Katharina", "Sabine", "Petra", "Monika", "Ursula", "Claudia", "Susanne",
    "Giuseppe", "Giovanni", "Luca", "Matteo", "Alessandro", "Roberto", "Paolo", "Mario",
    "Sergio", "Francesca", "Giulia", "Miguel", "Manuel", "Pedro", "Javier", "Fernando",
    "Ricardo", "Alejandro", "Diego", "Pablo", "Carmen", "Isabel", "François", "Philippe",
    "Nicolas", "Michel", "Alain", "Jacques", "Christophe", "Frédéric", "Laurent", "Olivier",
    "Sophie", "Isabelle", "Nathalie", "James", "George", "Charles", "Henry", "Edward", "Mary",
    "Margaret", "Susan", "Jennifer", "Kevin", "Brian", "Steven", "Stephen", "Jeffrey",
    "Timothy", "Jason", "Jonathan", "Anthony", "Joseph", "Nicholas", "Ahmad", "Mahmoud",
    "Mustafa", "Ibrahim", "Khalid", "Abdullah", "Abdul", "Hussein", "Nasser", "Fatima",
    "Mehmet", "Ahmet", "Kemal", "Hamid", "Reza", "Mohammad", "Mohamed", "Rashid", "Salman",
    # people a text names without a title have given names of every language: Russian,
    # Central Asian, Caucasian, European, American, Middle Eastern, African and South and
    # Southeast Asian ones (no word that is also a common English noun or a title)
    "Yelizaveta", "Elizaveta", "Sofia", "Sofya", "Taisia", "Varvara", "Yaroslava", "Regina",
    "Emma", "Elmira", "Gulzada", "Indira", "Asel", "Aizhan", "Gulnaz", "Leila", "Leyla",
    "Nursultan", "Shavkat", "Emomali", "Sadyr", "Serdar", "Gurbanguly", "Ilham", "Nikol",
    "Armen", "Ashot", "Tigran", "Vazgen", "Levon", "Zurab", "Giorgi", "Irakli", "Teodor",
    "Ioannis", "Georgios", "Konstantinos", "Dimitris", "Nikos", "Kyriakos", "Reinhard",
    "Aron", "Aaron", "Tomas", "Janos", "János", "Zoltan", "Zoltán", "Miroslav", "Milos",
    "Miloš", "Milorad", "Aleksandar", "Vojislav", "Dragan", "Goran", "Zoran", "Ivica",
    "Branko", "Jozef", "Andrzej", "Krzysztof", "Tadeusz", "Jaroslaw", "Mateusz",
    "Pekka", "Sauli", "Juha", "Lars", "Erik", "Anders", "Olaf", "Sven", "Emmanuel", "Xavier",
    "Bernard", "Gérard", "Marcel", "Louis", "Henri", "Martin", "Walter", "Rudolf", "Otto",
    "Fritz", "Kurt", "Angela", "Barbara", "Donald", "Ronald", "Barack", "Hillary", "Gordon",
    "Theresa", "Rishi", "Justin", "Narendra", "Rahul", "Imran", "Nawaz", "Shehbaz", "Recep",
    "Ebrahim", "Bashar", "Hafez", "Faisal", "Tamim", "Abdel", "Abdelaziz", "Abdelmadjid",
    "Kais", "Ismail", "Jair", "Luiz", "Alberto", "Cristina", "Nicolás", "Evo", "Fidel",
    "Raul", "Raúl", "Andrés", "Gustavo", "Abiy", "Cyril", "Jacob", "Nelson", "Yoweri",
    "Uhuru", "Macky", "Emmerson", "Muhammadu", "Faustin", "Assimi", "Mamady", "Naftali",
    "Benjamin", "Yair", "Isaac", "Avigdor", "Moshe", "Shimon", "Yitzhak", "Joko", "Fumio",
    "Shinzo", "Yoshihide", "Anwar", "Mahathir", "Rodrigo", "Ferdinand", "Elon", "Jeff",
    "Satya", "Sundar", "Joan", "Julia", "Hugo", "Dmitrii", "Elisabeth",
)  # fmt: skip

# English given names that are also words, months, places, titles or firms' first words
# ("June", "Grace", "Georgia", "Dean", "Morgan Stanley"): not taken from the lists below.
_WORDLIKE_GIVEN = {
    "April", "June", "August", "Autumn", "Summer", "Dawn", "Faith", "Grace", "Hope", "Joy",
    "Angel", "Crystal", "Diamond", "Destiny", "Raven", "Chase", "Hunter", "Mason", "Parker",
    "Taylor", "Grant", "Mark", "Rose", "Georgia", "Virginia", "Jordan", "Sydney", "Savannah",
    "Dakota", "Cheyenne", "Mercedes", "Lance", "Kent", "Clinton", "Jesus", "Penny", "Misty",
    "Sandy", "Brandy", "Ebony", "Melody", "Holly", "Daisy", "Robin", "Sierra", "Bailey",
    "Morgan", "Austin", "Hazel", "Ruby", "Jade", "Amber", "Heather", "Carol", "Bill", "Frank",
    "Earl", "Dean", "Drew", "Gene", "Glen", "Miles", "Harmony", "Ivy", "Iris", "Brooke",
    "Lincoln", "Trinity", "Paris", "Victoria", "Carolina", "Chelsea", "Madison", "Lewis",
    "Douglas", "Warren", "Stanley", "Franklin", "Marshall", "Baker", "Sage", "Skye", "Star",
    "River", "Rock", "Royal",
}  # fmt: skip


@lru_cache(maxsize=1)
def english_given_names() -> frozenset[str]:
    """The commonest given names of the US (census frequencies) and the UK, as Faker ships
    them, without those that are English words or names of other things too."""
    from faker.providers.person.en_GB import Provider as british
    from faker.providers.person.en_US import Provider as american

    names: set[str] = set()
    for provider in (american, british):
        names |= set(provider.first_names_male) | set(provider.first_names_female)
    return frozenset(names - _WORDLIKE_GIVEN)


@lru_cache(maxsize=1)
def given_name_genders() -> dict[str, tuple[str, bool]]:
    """Lower-case given names (accents kept and folded) → ("he" or "she", sure), counted
    over the men's and women's given-name lists of every Latin-script locale Faker ships
    (census and registry lists of some 80 countries): sure when the name is in at least two
    lists of one gender and at most a quarter as many of the other ("Carmen": 17 women's
    lists, one man's); a suggestion when one gender only leads ("Jean"); absent when the
    counts tie ("Kim") or one list alone holds the name ("Ilhan", a Turkish man's name and a
    Somali woman's).

    Why: "she said" is resolved by the gender a name tells, and the names in the news come
    from everywhere; a hand list only holds the names someone happened to meet."""
    import importlib
    import pkgutil

    import faker.providers.person as person_providers

    counts: dict[str, list[int]] = {}
    unaccented: dict[str, list[int]] = {}  # "Danièle" is a woman, "Daniele" a man
    for module in pkgutil.iter_modules(person_providers.__path__):
        provider = importlib.import_module(f"{person_providers.__name__}.{module.name}").Provider
        for attribute, index in (("first_names_male", 0), ("first_names_female", 1)):
            names = {n.lower() for n in getattr(provider, attribute, None) or ()}
            for name in names:
                counts.setdefault(name, [0, 0])[index] += 1
            for name in {
                unicodedata.normalize("NFKD", n).encode("ascii", "ignore").decode() for n in names
            } - names:
                unaccented.setdefault(name, [0, 0])[index] += 1
    counts = {n: c for n, c in (unaccented | counts).items() if n.replace("-", "").isalpha()}
    genders: dict[str, tuple[str, bool]] = {}
    for name, (men, women) in counts.items():
        gender, most, fewest = ("he", men, women) if men > women else ("she", women, men)
        if most >= 2 and most > fewest:
            genders[name] = (gender, 4 * fewest <= most)
    return genders


def _faker_names(*attributes: str) -> frozenset[str]:
    """Lower-case names of the given lists ("last_names", "first_names", …) of every locale
    Faker's person provider ships; lists given as properties (built per call) are left."""
    import importlib
    import pkgutil

    import faker.providers.person as person_providers

    names: set[str] = set()
    for module in pkgutil.iter_modules(person_providers.__path__):
        provider = importlib.import_module(f"{person_providers.__name__}.{module.name}").Provider
        for attribute in attributes:
            listed = getattr(provider, attribute, None) or ()
            if isinstance(listed, dict):  # (some locales weigh their names)
                listed = listed.keys()
            if not isinstance(listed, property):
                names |= {n.lower() for n in listed if isinstance(n, str)}
    return frozenset(n for n in names if n.replace("-", "").isalpha())


# The possessive that ends a name: "Ann Vale's", "Ricky Tavis'" (a bare apostrophe after s).
_POSSESSIVE_END = re.compile(r"['’]s$|(?<=s)['’]$")


def without_possessive(name: str) -> str:
    """A name without the possessive it was written with ("Ricky Tavis'" → "Ricky Tavis")."""
    return _POSSESSIVE_END.sub("", name)


def _plural_owner(name: str, text: str, end: int) -> bool:
    """Whether a name read before a bare possessive apostrophe ends in a plural noun that is
    no surname: "Lewis Boys' School" is a school, "Kelly Holmes' victory" hers."""
    last = name.rsplit(" ", 1)[-1]
    return (
        text[end : end + 1] in ("'", "’")
        and is_known_noun(last)
        and last.lower() not in known_surnames()
    )


@lru_cache(maxsize=1)
def known_surnames() -> frozenset[str]:
    """Lower-case surnames of every locale Faker ships (some 23,000): "Brown", "Hunt",
    "Rice" are English words and surnames both.

    Why: a capitalized pair whose last word is an English word may still be a person's name;
    these lists tell which words are also borne as surnames."""
    return _faker_names("last_names")


@lru_cache(maxsize=1)
def any_given_names() -> frozenset[str]:
    """Lower-case given names of any list of any locale Faker ships (some 31,000): a name
    one country's list alone holds is still a given name ("Wendell", "Stevie")."""
    return _faker_names("first_names", "first_names_male", "first_names_female")


# The syllables of Hanyu Pinyin without tones: Chinese names romanized ("Pan Yue", "Wen
# Jiabao") are people's whatever English words their syllables spell ("yue", "long").
_PINYIN_SYLLABLES = frozenset(
    """a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai
    can cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua
    chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de
    dei den deng di dian diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan
    fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan
    guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui
    hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao
    ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei
    leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lv lve ma mai man
    mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne
    nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nun nuo nv o ou pa pai
    pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie
    qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui
    run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi
    shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan
    tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei
    wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang
    yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha
    zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui
    zhun zhuo zi zong zou zu zuan zui zun zuo""".split()  # noqa: SIM905 (400 syllables read best as text)
)


def _is_pinyin(word: str) -> bool:
    """Whether a word is one or two Pinyin syllables ("Yue", "Jiabao", "Xiao-ping")."""
    low = word.lower().replace("-", "")
    return low in _PINYIN_SYLLABLES or any(
        low[:i] in _PINYIN_SYLLABLES and low[i:] in _PINYIN_SYLLABLES for i in range(1, len(low))
    )


def _is_given_name(word: str) -> bool:
    """Whether a word is a given name: of the common lists (`given_name_genders`,
    `english_given_names`), or of any one list and no English word ("Wendell", "Stevie";
    not "Star", which a list of names holds too)."""
    low = word.lower()
    if low in given_name_genders() or word in english_given_names():
        return True
    return low in any_given_names() and not (is_common_word(word) or is_known_noun(word))


def names_no_person(name: str) -> bool:
    """Whether capitalized words are surely no person's name: initials ("IAAF"), or two
    words or more that hold no given name, a word that is an English adjective or verb or
    the head noun of an event, a work or a building and no surname, and end in an English
    word that is no surname ("Grand Slam", "Dubai Open", "Nottingham Forest", "Oxford
    English Dictionary"; not "Ossie Davis", "Schalk Burger", "Hind Dehiba", nor a name of
    Pinyin syllables, "Pan Yue", nor one a surname's particle joins, "Osama bin Laden").
    One word alone may be a surname, whatever it is ("Straw said").

    Why: a story names events, clubs, works and places in capitals as it names people; the
    given-name and surname lists of many countries and the model's English lemma index
    tell them apart without a list of every event."""
    words = name.split()
    if words and all(w.isupper() and len(w) > 1 for w in words):
        return True
    if len(words) < 2 or all(_is_pinyin(w) for w in words):
        return False
    if words[0].lower() in _CARDINALS:
        return True  # "the Two Ronnies", "the Three Tenors": a number of people is no name
    # (a calling may come before the given name: "Boss Steve Bruce")
    if any(_is_given_name(part) for word in words[:-1] for part in word.split("-")):
        return False
    if any(w in SURNAME_PARTICLES for w in words[1:-1]):
        return False
    surnames = known_surnames()

    def telling(word: str) -> bool:
        # (a noun may be a surname the lists lack, "Zulu", or a given name, "Blessing": only
        # the head nouns of events, works and buildings tell)
        low = word.lower()
        return low not in surnames and (is_common_word(word) or low in _THING_HEAD_NOUNS)

    last = words[-1]
    return (
        last.lower() not in surnames
        and (telling(last) or is_known_noun(last))
        and any(telling(w) for w in words)
    )


# Cardinal number words ("two", "twenty"), which open no person's name ("ten" is a Dutch
# surname's particle too: "Henk Ten Cate").
_CARDINALS = frozenset(word for word in NUMBER_WORDS if word not in ("a", "an", "ten"))

# Head nouns of the names of events, works and buildings ("the Oxford English Dictionary",
# "the Swaminarayan Mandir Temple", "the World Indoor Championships").
_THING_HEAD_NOUNS = frozenset(
    {
        *("dictionary", "encyclopedia", "encyclopaedia", "temple", "cathedral", "mosque"),
        *("championships", "championship", "cup", "games", "festival", "awards", "prize"),
        *("tournament", "league", "trophy", "olympics", "marathon", "grammys", "oscars"),
    }
)


# Acts only people receive, and kin: the name after them is a person's (`after_person_verbs`).
_PERSON_OBJECT = re.compile(
    r"\b(?:congratulated|thanked|decorated|appointed|relieved|dismissed|awarded\s+to|"
    r"presented\s+to|(?:headed|chaired)\s+by|"
    r"(?:family|widow|widower|parents|relatives|son|daughter|mother|father|"
    r"wife|husband)\s+of)\s+(?P<name>[A-Z][\w’'\-]*[a-z](?:\s+(?:"
    + _PARTICLE
    + r"\s+)*[A-Z][\w’'\-]*[a-z]){1,3})(?![\w’'\-]|\s+[A-Z])"
)
# (an age set off by commas marks a person too: "Kim Sung-ho, 22, a history student")
_WHO_AFTER_COMMA = re.compile(r",\s+(?:who\s+[a-z]|\d{1,3},\s)")
_WHO_NAME_REACH = 120
# A knighthood inside a run of capitalized words: the person's name starts after it.
_KNIGHTHOOD_INSIDE = re.compile(r"\s(?:Sir|Dame)\s")
# A name and a relative clause only people take: "Aiyyna Nikiforova, who runs ..." (a body
# takes "which"), or an age: "Kim Sung-ho, 22,".
_NAME_THEN_WHO = re.compile(
    rf"(?<![\w’'\-])(?P<name>{_CAP}(?:\s+(?:{_PARTICLE}\s+)*{_CAP}){{1,3}}),\s+(?:who\s+[a-z]|\d{{1,3}},\s)"
)
# A phrase that picks one of a group, then a name in apposition: "One of them, Bair
# Tsyrenov,", "the other, Islam Magomadov, is", "One of the students, Kwame Mensah from".
# (so does a family tie: "His mother, Carol O’Donnell,", "her neighbour, Ann Vale,")
_ONE_OF_THEM = re.compile(
    r"\b(?:[Oo]ne\s+of\s+(?:them|us|the\s+[a-z]+|our\s+[a-z]+)|[Tt]he\s+other|"
    rf"[Tt]he\s+(?:first|second|third|elder|younger|eldest|youngest)|{TIE_AFTER_POSSESSIVE})"
    rf",\s+(?P<name>{_CAP}(?:\s+{_CAP}){{1,2}})(?=\s*[,;]|\s+from\s|\s+(?:is|was)\s)"
)
# The end of an "of" phrase before a name: "Head of the Republic of ", "Chairman of the
# Gazprom " (capitalized words after "of" or "of the").
# (a list of portfolios too: "Minister of Construction, Housing and Utilities Ann Vale")
_OF_PHRASE_BEFORE = re.compile(r"\bof\s+(?:the\s+)?(?:(?:[A-Z][\w'’\-]*,?|and)\s+)*$")
# Ranks that are ordinary words too, before a name written in full: "Private Grigory Titov".
RANKS_AS_WORDS = frozenset({"Private", "Major", "Guards", "Cadet", "Corporal", "Sergeant"})
# A name opening its sentence: its first word may be capitalized only for that ("Welder
# Dmitry Khan told …", "Twelve-year-old Kirill Smirnov showed …").
_SENTENCE_OPENS_BEFORE = re.compile(r"(?:^|[.!?][”\"»’)]?\s+)$")


class ActorDiscoverer:
    """Finds candidate unknown people and organizations in a text."""

    def __init__(self, role_terms: list[str], given_names: list[str] | None = None) -> None:
        singular = {t.lower() for t in (*TITLE_WORDS, *role_terms)}
        # Titles in the plural head a list of names: "Deputy Prime Ministers Jan Novak and
        # Eva Horakova", "ministers Jan Novak, Eva Horakova and Petr Svoboda".
        self.plurals = {_plural(t) for t in singular if re.fullmatch(r"[a-z -]*[a-z]", t)}
        self.plurals -= singular
        self.titles = singular | self.plurals
        self.heads = {h.lower() for h in ORG_HEADS}
        name = rf"(?P<name>{NAME_PATTERN})"
        not_more = rf"(?![\w’'\-]|\s+{_CAP})"
        # After a title: "aide Yuri Ushakov", "Senator Jane Doe"
        self._after_title = re.compile(rf"\s+{name}{not_more}")
        # The next name of a list: ", Eva Horakova", " and Eva Horakova"
        self._next_in_list = re.compile(rf"(?:,\s+(?:and\s+)?|\s+and\s+){name}{not_more}")
        # After a role and a comma: "ambassador to Washington, Anatoly Antonov, said"
        self._after_role_comma = re.compile(
            rf"(?:\s+(?:to|of|for|at|in|on)\s+[^,.;:“”\"\n]{{1,60}}?)?,\s+{name}(?=\s*[,;.]|\s+{_SPEECH_AFTER}\b)"
        )
        # After a title and what it heads, in a list of officials: "Governor of the Kaluga
        # Region Vladislav Shapsha,", "Ambassador Extraordinary and Plenipotentiary of Kenya to
        # Russia Peter Mwangi and ...": the last two capitalized words before the list goes on.
        self._after_title_of = re.compile(
            r"(?:\s+[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?)?\s+(?:of|to|for|at)\s+(?:the\s+)?"
            rf"(?:(?:[\w’'\-]+|[–—])\s+){{0,9}}?(?P<name>{_CAP}\s+{_CAP}){not_more}"
            rf"(?:{_LIST_GOES_ON}|(?=\s+(?:at|in|on|to|for|with|from|during|about|also|"
            r"informed|noted|stressed|expressed|thanked|congratulated|briefed|presented"
            r"|held|met|made|took|gave|sent|paid|led|spoke|said|told|went|came|has|had|was|will"
            r"|[a-z]{3,}ed)\b))"
        )
        # The same list's next two capitalized words, when the first were no name ("Chair of
        # the Council for Civil Society and Human Rights Jan Novak": not "Civil Society").
        self._later_name = re.compile(
            rf"(?:[\w’'\-]+\s+){{0,8}}?(?P<name>{_CAP}\s+{_CAP}){not_more}{_LIST_GOES_ON}"
        )
        # Before an appositive role: "Anatoly Antonov, Russia's ambassador", "Anatoly Antonov,
        # Ambassador of Russia" (a capitalized title needs no article).
        self._before_apposition = re.compile(
            rf"(?<![\w’'\-]){name},\s+(?:(?:the|a|an|his|her|its|their|{_CAP}['’]s)\s+"
            rf"(?:[\w’'\-]+\s+){{0,4}}?|(?:[A-Z][\w’'\-]*\s+){{0,3}})$"
        )
        # "Kristian Haugland said": the name right before a verb of speech.
        self._before_speech = re.compile(rf"(?<![\w’'\-]){name},?\s+$")
        # "said UN Under-Secretary-General Rosalind Okafor.": a name ending the phrase.
        self._after_speech = re.compile(
            rf"\s+(?:(?:the|a|an)\s+)?(?:[\w’'.\-]+\s+){{0,5}}?{name}{not_more}(?=\s*(?:[,;]|\.(?:\s|$)|$)|\s+(?:who|in|on|at|after|during|when|of)\b)"
        )
        # A given name and one or two capitalized words, no more: "Vladimir Minin"; the
        # given name may be a hyphenated pair ("Jean-Claude Killy"), a particle may stand
        # before the surname ("Pierre de Coubertin").
        self._given_name = None
        if given_names:
            # the lookahead on the names' first letters skips most positions at once: an
            # alternation of hundreds of names is otherwise tried at every character
            initials = "".join(sorted({n[0] for n in given_names}))
            initials = re.escape(initials + "".join(_ACCENTED.get(c, "") for c in initials))
            self._given_name = re.compile(
                rf"(?<![\w’'\-])(?=[{initials}])"
                rf"(?P<name>(?:{_with_accents(_trie_alternation(set(given_names)))})"
                # (a middle initial, as English-language news writes one: "John C. Marous";
                # a nickname in quotation marks: "Ricardo “Dodong” Villaflor")
                rf"(?:-{_CAP})?(?:\s+[A-Z]\.)?{_NICKNAME}?"
                rf"(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_CAP}){{1,4}})"
                # (or a possessive's bare apostrophe after s: "Ricky Gervais' new sitcom")
                rf"(?:(?![\w’'\-])|(?<=s)(?=['’](?![\w’'\-])))"
            )
        # (a company's "&": "Valley Federal Savings & Loan Association", "Dow Jones & Co.")
        connector = r"(?:\s+(?:of|for|and|&)(?:\s+the)?)?\s+"
        # A capitalized phrase ending where the head noun starts: "Russian Volunteer " + "Corps"
        # A military unit keeps its number: "the 64th Separate Motor Rifle " + "Brigade".
        self._org_before_head = re.compile(
            # (an ordinal and an abbreviation with stops may open it: "9th U.S. Circuit Court")
            rf"(?<![\w’'\-])(?P<name>(?:{_ORDINAL}\s+(?:(?:[A-Z]\.){{2,3}}\s+)?)?{_CAP}"
            rf"(?:{connector}{_CAP}){{0,5}}?)"
            rf"{connector}$"
        )

    def after_acronyms(self, text: str) -> list[Discovered]:
        """Organizations named in full before their acronym: "the Agency for Strategic
        Initiatives (ASI)", the acronym's letters the initials of the capitalized words."""
        found: list[Discovered] = []
        for match in _ACRONYM.finditer(text):
            acronym = match.group(1)
            words = list(_NAME_WORD.finditer(text, max(0, match.start() - 160), match.start()))
            letters: list[str] = []
            first = None
            for word in reversed(words):
                value = word.group(0)
                if value in _CONNECTORS:
                    continue
                if not value[:1].isupper() or len(letters) == len(acronym):
                    break
                # "Asia-Pacific Economic Cooperation (APEC)": a hyphenated word gives each
                # capitalized part's initial
                initials = [part[0] for part in value.split("-") if part[:1].isupper()]
                if len(letters) + len(initials) > len(acronym):
                    break
                letters.extend(reversed(initials))
                first = word
            if first is None or "".join(reversed(letters)) != acronym or len(letters) < 2:
                continue
            phrase = text[first.start() : match.start()].rstrip()
            names = phrase.split()
            if (
                not _PHRASE.fullmatch(phrase)
                or names[0] in _SENTENCE_WORDS
                or names[-1].lower() in _NOT_BODY_HEADS
            ):
                continue
            found.append(
                Discovered(first.start(), first.start() + len(phrase), phrase, "organization")
            )
        return [d for d in found if not _in_title_case_line(text, d.start)]

    def before_later_acronyms(
        self, text: str, known_spans: list[tuple[int, int]]
    ) -> list[Discovered]:
        """Organizations named in full, then by their acronym alone ("The U.S. Geological
        Survey said … the USGS said", "the Resolution Trust Corp. … the RTC"): the last
        capitalized phrase before the acronym whose words' initials spell it (a dotted
        abbreviation gives each letter), when no known actor holds the acronym; the acronym
        is a mention of that body too.

        Why: news name a body in full once and by its acronym after, without brackets; the
        acronym says the phrase is one body's name, which its words alone may not."""
        found: list[Discovered] = []
        named: dict[str, Discovered] = {}
        for used in _ACRONYM_USED.finditer(text):
            letters = used.group("letters")
            at = used.start("letters")
            if any(k0 <= at < k1 for k0, k1 in known_spans):
                continue
            if letters not in named:
                body = self._body_spelled(text, letters, max(0, at - _ACRONYM_REACH), at)
                words = body.name.split() if body is not None else []
                if (
                    body is None
                    # no body: "the Line of Actual Control … the LAC", "the Patriot Act"
                    or words[-1].lower() in _NOT_BODY_HEADS
                    or (len(words) > 2 and words[1] == "of" and words[0].lower() in _NOT_BODY_HEADS)
                ):
                    continue
                named[letters] = body
                found.append(body)
        for letters, full in named.items():
            # every use of the letters once "the ISU" says whose they are: "An ISU statement",
            # "ISU officials" name the body too
            for used in re.finditer(rf"(?<![\w.]){letters}(?![\w.’'\-])", text):
                at = used.start()
                if not any(k0 <= at < k1 for k0, k1 in known_spans):
                    found.append(Discovered(at, used.end(), full.name, "organization"))
        return found

    @staticmethod
    def _body_spelled(text: str, letters: str, start: int, end: int) -> Discovered | None:
        """The last capitalized phrase in text[start:end] whose last words' initials are
        `letters`, as a discovered organization; None when none is."""
        spelled = None
        for run in _FULL_NAME_RUN.finditer(text, start, end):
            words = run.group().split()
            initials = ""
            for index in range(len(words) - 1, -1, -1):
                word = words[index]
                if word in _CONNECTORS:
                    continue
                initials = body_initials(word) + initials
                if initials == letters:
                    phrase = " ".join(words[index:])
                    if phrase.split()[0] in _SENTENCE_WORDS:
                        break
                    begin = run.end() - len(phrase)
                    if text[begin : run.end()] == phrase:  # (one space between the words)
                        spelled = Discovered(begin, run.end(), phrase, "organization")
                    break
                if len(initials) >= len(letters):
                    break
        return spelled

    def after_given_names(
        self, text: str, known: list[tuple[int, int, str, str]] | None = None
    ) -> list[Discovered]:
        """People named by a known given name and a surname, whatever the context: "Vladimir
        Minin, who founded the choir". Not inside another name ("the Order of Alexander
        Nevsky", "Ivan Franko Street": a capitalized word and "of" before, or a place's or
        body's word in it), nor a word the text also writes in lowercase ("Mark Said" where
        "said" is a verb), nor a place ("in Ivan Sokolov")."""
        if self._given_name is None:
            return []
        found: list[Discovered] = []
        # a name the dictionary already found there ("Vladimir Putin") needs no checks
        starts = {start for start, _, _, _ in known or ()}
        for match in self._given_name.finditer(text):
            if match.start() in starts:
                continue
            # "Viktor Moskvin's life": the name without the possessive (and without a
            # nickname: "Ricardo “Dodong” Villaflor" is Ricardo Villaflor)
            name = without_possessive(re.sub(_NICKNAME, "", match.group("name")))
            if "\n" in name or _plural_owner(name, text, match.end()):
                continue
            # the name ends where a title or a body's word starts ("Maria Lvova-Belova
            # Presidential Commissioner", "Arkady Gostev Director of ..."); a longer run of
            # capitalized words is some other name
            words = name.split()
            while len(words) > 2 and words[-1] in _GENERATION:
                words.pop()
            end = next((i for i, w in enumerate(words[1:], 1) if self._ends_a_name(w)), len(words))
            # a particle counts for no word, written small or capitalized ("James Van Der Beek")
            if not 2 <= len([w for w in words[:end] if w.lower() not in _PARTICLES]) <= 3:
                continue
            name = " ".join(words[:end])
            if _OF_BEFORE.search(text, max(0, match.start() - 40), match.start()):
                continue
            # a given name inside a longer name ("Juan Fernando Holguin Flores"), not after a
            # title, a body's word or a sentence's first word ("Conductor Vladimir Minin",
            # "Minister for ... Disaster Relief Alexander Chupriyan", "Today Ivan ...")
            before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
            if (
                before is not None
                and not self._ends_a_name(before.group("word"))
                # (a knighthood opens a name: "… last year. Sir Paul Kestrel will play"; so
                # does a party's word: "Ranking Democrat Dianne Feinstein")
                and not _OPENS_OWN_NAME.fullmatch(before.group("word"))
            ):
                continue
            words = [w for w in name.split() if w.lower() not in _PARTICLES]
            if any(used_in_lowercase(w, text) for w in words) or any(
                _is_title(w, self.titles) for w in words
            ):
                continue
            if _clean_person(name, self.titles, text) != name:
                continue
            found.append(Discovered(match.start(), match.start() + len(name), name, "person"))
            found += self._rest_of_list(text, match.start() + len(name))
        return [
            d
            for d in found
            if not _in_title_case_line(text, d.start) and not _named_as_a_place(text, d.name)
        ]

    def bodies_beside_bodies(self, text: str, ends: set[int]) -> list[Discovered]:
        """A company or body named with "and" after one the dictionary knows ("Gazprom and
        Uzbekneftegaz", "PhosAgro and Volga Potash were ready"): one to three capitalized
        words up to a lowercase word, none a title's, a place's or a kind of body's word
        (that is a body of its own, found by its head) nor written in lowercase."""
        found: list[Discovered] = []
        for end in sorted(ends):
            match = _AND_BODY.match(text, end)
            if match is None:
                continue
            name = match.group("name")
            if any(
                w in _NOT_NAME or self._ends_a_name(w) or used_in_lowercase(w, text)
                for w in name.split()
            ):
                continue
            found.append(Discovered(match.start("name"), match.end("name"), name, "organization"))
        return [d for d in found if not _in_title_case_line(text, d.start)]

    def lists_after_people(self, text: str, ends: set[int]) -> list[Discovered]:
        """The names a list goes on with after people the dictionary knows ("attended by
        Ramzan Kadyrov and Radiy Khabirov"), as `_rest_of_list` reads them."""
        found: list[Discovered] = []
        for end in sorted(ends):
            if text.startswith((", ", " and "), end):
                found += self._rest_of_list(text, end)
        return found

    def _rest_of_list(self, text: str, end: int) -> list[Discovered]:
        """The names a list goes on with after a person's (", Varvara Voronchikhina and
        ..."): two capitalized words each, neither a title, a body's or place's word, nor
        written in lowercase; the list stops at the first that is no such name."""
        found: list[Discovered] = []
        while (match := self._next_in_list.match(text, end, min(len(text), end + 80))) is not None:
            name = match.group("name")
            if len(name.split()) != 2 or not self._plain_name(name, text):
                break
            found.append(Discovered(match.start("name"), match.end("name"), name, "person"))
            end = match.end("name")
        return found

    def named_units(
        self, text: str, kinds: list[tuple[int, int, str]], known_starts: set[int] | None = None
    ) -> list[Discovered]:
        """Bodies named by a capitalized word before a lowercase word of their kind (`kinds`:
        the hits of `KIND_WORDS`): armed units ("the Sparta battalion", "the Vostok brigade",
        the whole phrase), companies, newspapers and charities ("the Yandex company",
        "Petrozavodskmash foundry": the name alone). The word no country, demonym, title or
        kind of body, no name the dictionary found there (`known_starts`), no word after
        another capitalized one, nor a sentence's first word, never written in lowercase."""
        known_starts = known_starts or set()
        found: list[Discovered] = []
        for start, end, kind in kinds:
            unit = kind in _UNIT_KINDS
            if not (unit or kind in _COMPANY_KINDS):
                continue
            before = start
            if kind == "agency" and text.endswith("news ", max(0, start - 5), start):
                before = start - 5  # "the Xinhua news agency"
            match = _NAME_RIGHT_BEFORE.search(text, max(0, before - 40), before)
            if match is None or (unit and not text.endswith("the ", 0, match.start())):
                continue
            word, first = match.group("word"), match.start("word")
            if (
                word in _NOT_NAME
                or word in _UNIT_WORDS
                or first in known_starts
                # "the Chicago-based airline": where it sits, or who owns it, is no name
                or _PLACE_ADJECTIVE.search(word)
                or self._ends_a_name(word)
                or used_in_lowercase(word, text)
                or _capitalized_word_right_before(text, first)
                # a sentence's or a turn's first word is capitalized anyway ("Every agency")
                or (not unit and _opens_a_sentence(text, first))
            ):
                continue
            last = end if unit else match.end("word")
            found.append(Discovered(first, last, text[first:last], "organization"))
        return [d for d in found if not _in_title_case_line(text, d.start)]

    def named_after_kind(
        self, text: str, kinds: list[tuple[int, int, str]], known_starts: set[int] | None = None
    ) -> list[Discovered]:
        """Companies, media and other bodies named right after a lowercase word of their kind
        ("the Russian corporation Power Machines", "our companies ChemRar and BIOCAD", "the
        newspaper Novaya Gazeta"): one to three capitalized words (a second name after
        "and"), no word of a title, body, place or kind among them, none written in
        lowercase, no name the dictionary found there (`known_starts`: it wins). Not after
        the words that are verbs too ("as concerns Nord Stream", "holding WorldSkills")."""
        known_starts = known_starts or set()
        found: list[Discovered] = []
        for _, end, kind in kinds:
            match = _KIND_THEN_NAME.match(text, end) if kind in _KIND_BEFORE_NAME else None
            if match is None:
                continue
            for group in ("name", "second"):
                first = match.start(group)
                if first == -1 or first in known_starts:
                    continue
                name = match.group(group)
                words = name.split()
                later = self._later_given_name(name) if len(words) >= 3 else None
                if later is not None and len(name[later:].split()) >= 2:
                    # "the aerospace group EADS Philippe Camus": the body, then its man
                    found.append(
                        Discovered(first + later, first + len(name), name[later:], "person")
                    )
                    name = name[:later].rstrip()
                    words = name.split()
                if any(
                    w in _NOT_NAME
                    # (a title or a head in the plural ends no name there: "Reporters
                    # Without Borders", "Kestrel Industries")
                    or (
                        (self._ends_a_name(w) or _is_title(w, self.titles))
                        and not _PLURAL_IN_A_NAME.search(w)
                    )
                    # (ordinary words capitalized together after a kind are a name:
                    # "the watchdog Reporters Without Borders")
                    or (len(words) == 1 and used_in_lowercase(w, text))
                    for w in words
                ):
                    continue
                found.append(Discovered(first, first + len(name), name, "organization"))
        return [d for d in found if not _in_title_case_line(text, d.start)]

    def named_before_kind(
        self, text: str, kinds: list[tuple[int, int, str]], known_starts: set[int] | None = None
    ) -> list[Discovered]:
        """Bodies named right before an apposition that says what kind of body they are
        ("Shares in Cairn Energy, a UK oil firm, fell", "Hallam, the insurer, said"): one to
        three capitalized words before ", a/an/the", up to three words and a singular kind
        that ends the apposition (a comma, a full stop or "based"; not "a bank manager", "a
        group of"). The same words are refused as in `named_after_kind`."""
        known_starts = known_starts or set()
        found: list[Discovered] = []
        for start, end, kind in kinds:
            if kind not in _SINGULAR_BODY_KINDS or not _APPOSITION_ENDS.match(text, end):
                continue
            match = _NAME_THEN_APPOSITION.search(text, max(0, start - 120), start)
            if match is None:
                continue
            first, name = match.start("name"), match.group("name")
            words = name.split()
            if (
                first in known_starts
                or _capitalized_word_right_before(text, first)
                or any(
                    w in _NOT_NAME
                    or _is_title(w, self.titles)
                    # (a head of a body's name ends it: "Cairn Energy", not "Energy" alone)
                    or (len(words) == 1 and (self._ends_a_name(w) or used_in_lowercase(w, text)))
                    for w in words
                )
                or (len(words) == 1 and _opens_a_sentence(text, first))
            ):
                continue
            found.append(Discovered(first, first + len(name), name, "organization"))
        return [d for d in found if not _in_title_case_line(text, d.start)]

    def after_person_verbs(self, text: str, known_starts: set[int]) -> list[Discovered]:
        """People named as the object of an act only people receive ("congratulated Alsu
        Mingazova on", "relieved Tagir Sabirov of", "presented to Zulfiya Gainutdinova, a
        nurse", "the family of Ilgiz Sharafiev", "headed by João de Souza Almeida") or
        before a clause only people take ("Aiyyna Nikiforova, who runs"): two to four
        capitalized words (particles aside), no known actor, none a title's, a body's or a
        place's word nor written in lowercase."""
        found: list[Discovered] = []
        # (a name with "who" after it, not the end of a longer capitalized phrase)
        whos = [
            m
            for m in self._names_before_who(text)
            if _char_before(text, m.start()) in ("", ";", ",", ".", ":", "(", "\n")
            or not _capitalized_word_before(text, m.start())
            # (a knighthood opens a name, whatever stands before: "Lib Dem Sir Ann Vale, who")
            or _KNIGHTHOOD_INSIDE.search(m.group("name"))
        ]
        for match in [*_PERSON_OBJECT.finditer(text), *whos]:
            start = match.start("name")
            name = without_possessive(match.group("name"))
            if match.re is _NAME_THEN_WHO:
                start, name = self._who_name(text, start, name)
                if knight := _KNIGHTHOOD_INSIDE.search(name):
                    start, name = start + knight.end(), name[knight.end() :]
            if (
                start in known_starts
                or not 2 <= len([w for w in name.split() if w not in _PARTICLES]) <= 4
                or not self._plain_name(name, text)
                or _named_as_a_place(text, name)
            ):
                continue
            found.append(Discovered(start, start + len(name), name, "person"))
        return [d for d in found if not _in_title_case_line(text, d.start)]

    def _titled_chain_before(self, text: str, start: int) -> bool:
        """Whether a title heads the phrase that ends right before `start` with "of", "to" or
        "for": "Ambassador of the ", "Director of the Institute of Applied Optics of the
        Siberian Branch of the " (capitalized words and connectors between)."""
        window = max(0, start - 160)
        for word in _CAP_WORD.finditer(text, window, start):
            if _is_title(word.group(0), self.titles) and _TITLE_CHAIN.fullmatch(
                text, word.start(), start
            ):
                return True
        return False

    @staticmethod
    def _names_before_who(text: str) -> list[re.Match[str]]:
        """The capitalized names right before ", who" (searched only around each ", who":
        a scan of the whole text from every capitalized word costs as much as the rest)."""
        found = []
        for who in _WHO_AFTER_COMMA.finditer(text):
            lower = max(0, who.start() - _WHO_NAME_REACH)
            match = _NAME_THEN_WHO.search(text, lower, who.end())
            # the leftmost match in the window may be an earlier name: take the one at "who"
            while match is not None and match.end() < who.end():
                match = _NAME_THEN_WHO.search(text, match.start() + 1, who.end())
            if match is not None:
                found.append(match)
        return found

    def _later_given_name(self, name: str) -> int | None:
        """The offset in `name` of a word after its first that a known given name starts."""
        if self._given_name is None:
            return None
        starts = (m.start() for m in re.finditer(r"(?<=\s)\S", name))
        return next((k for k in starts if self._given_name.match(name, k)), None)

    def _who_name(self, text: str, start: int, name: str) -> tuple[int, str]:
        """The person's name in a run of capitalized words before "who": from its given name
        on ("Heart surgeon from Tomsk Boris Zaslavets, who": the town before it is no part),
        else without a sentence's first word that is no given name ("Steelmaker Fanis
        Garipov, who")."""
        words = name.split()
        if len(words) < 3:
            return start, name
        if self._given_name is not None and not self._given_name.match(name):
            later = self._later_given_name(name)
            if later is not None and len(name[later:].split()) >= 2:
                return start + later, name[later:]
        if (_opens_a_sentence(text, start) or _char_before(text, start) == "\n") and (
            self._given_name is None or not self._given_name.match(name)
        ):
            cut = len(words[0]) + 1
            return start + cut, name[cut:].lstrip()
        return start, name

    def after_ranks(self, text: str) -> list[Discovered]:
        """People named by a military rank, an honorific or an office and their surname alone
        ("Captain 1st rank Shpirko", "Colonel General Ivanov", "Mr Belozerov", "Governor
        Tsivilev"; a dictionary person's surname is theirs, `PersonVariants`): one
        capitalized word after the rank and no other after it, a word of no title, body,
        place or kind, never written in lowercase, and no surname of someone the text names
        in full (that is the same person: surname linking finds them)."""
        found: list[Discovered] = []
        for match in _RANK_SURNAME.finditer(text):
            surname = without_possessive(match.group("name"))
            if (
                self._ends_a_name(surname)
                # ("General Motors", "General Electric": a company, its rank word its name's)
                or surname.lower() in ORG_HEAD_WORDS
                or surname in _SENTENCE_WORDS
                or surname.endswith(("person", "man", "woman"))
                or used_in_lowercase(surname, text)
                or len(surname) < 3
                # "Lt. Gen. Walter Boomer": a rank's abbreviation after another is no surname
                or re.fullmatch(_RANK, surname + ".") is not None
                # ("the General Election", "Daily Mail & General Trust": a rank that is an
                # English adjective too, and an English noun that is no surname after it)
                or (
                    is_common_word(text[match.start() : match.start("name")].split()[-1])
                    and is_known_noun(surname)
                    and surname.lower() not in known_surnames()
                )
                or any(
                    not (self._ends_a_name(given) or re.fullmatch(_RANK, given))
                    for given in _capitalized_before(text).get(surname, ())
                )
                or _named_as_a_place(text, surname)
            ):
                continue
            start = match.start("name")
            found.append(Discovered(start, start + len(surname), surname, "person"))
        return [d for d in found if not _in_title_case_line(text, d.start)]

    def one_of_them(self, text: str) -> list[Discovered]:
        """People named in apposition to a phrase that picks one of a group: "One of them,
        Bair Tsyrenov, is a Buryat; the other, Islam Magomadov, is a Chechen", "One of the
        students, Kwame Mensah from Ghana, …": two or three capitalized words of no title,
        body, place or kind, never written in lowercase, then a comma, a semicolon, "from"
        or a verb of being.

        Why: accounts introduce ordinary people so, with names no list of given names
        holds."""
        found: list[Discovered] = []
        for match in _ONE_OF_THEM.finditer(text):
            name = match.group("name")
            if any(
                self._ends_a_name(w) or used_in_lowercase(w, text) or w in _SENTENCE_WORDS
                for w in name.split()
            ) or _named_as_a_place(text, name):
                continue
            found.append(Discovered(match.start("name"), match.end("name"), name, "person"))
        return found

    def royal_names(self, text: str) -> list[Discovered]:
        """Monarchs, their consorts and church leaders named by the title and one name
        ("Queen Letizia", "Metropolitan Hilarion of Volokolamsk": "Metropolitan Hilarion",
        "Sovereign Prince of Monaco Albert II": "Prince Albert II"), the name no word of a
        title, body or place, never written in lowercase, and not the given name of a longer
        name the text writes ("Prince Mohammed" where it names Mohammed bin Salman)."""
        found: list[Discovered] = []
        for match in _ROYAL_NAME.finditer(text):
            first = match.group("name").split()[0]
            if (
                self._ends_a_name(first)
                or used_in_lowercase(first, text)
                or re.search(
                    rf"(?<![\w’'\-]){re.escape(first)}\s+(?:(?![IVX]+\b)[A-Z]|{_PARTICLE}\b)", text
                )
            ):
                continue
            name = f"{match.group('title')} {match.group('name')}"
            start = (
                match.start()
                if match.start("name") == match.end("title") + 1
                else match.start("name")
            )
            found.append(Discovered(start, match.end(), name, "person"))
        for match in _EPITHET_NAME.finditer(text):
            # "Catherine the Great", "Yaroslav the Wise" (not "the Great Patriotic War")
            first = match.group("given")
            if not (self._ends_a_name(first) or used_in_lowercase(first, text)):
                found.append(Discovered(match.start(), match.end(), match.group(), "person"))
        return [d for d in found if not _in_title_case_line(text, d.start)]

    def repeated_names(self, text: str) -> list[Discovered]:
        """People named twice or more by the same two capitalized words and nothing else
        around them ("sent greetings to Mintimer Shaimiyev ... Mintimer Shaimiyev is"), or
        once and then by the second word alone as the doer of a verb ("Her co-star, Chidi
        Nwosu, ... Nwosu insisted", as news names people after the first time): a
        pair of words of no title, body, place or kind, neither written in lowercase in the
        text, never after "the" (names take no article) nor inside a longer name."""
        counts: dict[str, list[int]] = {}
        for match in _TWO_WORDS.finditer(text):
            counts.setdefault(match.group(0), []).append(match.start())
        found: list[Discovered] = []
        for name, starts in counts.items():
            if "\n" in name:
                continue
            words = name.split()
            # (a known given name acting alone later: "Kirill Smirnov showed … Kirill said")
            given = self._given_name is not None and self._given_name.fullmatch(name) is not None
            if (
                len(starts) < 2
                and not _acts_alone(text, words[-1], starts[0] + len(name))
                and not (given and _acts_alone(text, words[0], starts[0] + len(name)))
            ):
                continue
            if any(self._ends_a_name(w) or used_in_lowercase(w, text) for w in words):
                continue
            if any(
                _ARTICLE_BEFORE.search(text, max(0, at - 6), at)
                or _OF_BEFORE.search(text, max(0, at - 40), at)
                or (
                    _capitalized_word_right_before(text, at)
                    # "Welder Dmitry Khan", "Twelve-year-old Kirill Smirnov": a word that opens
                    # the sentence before a known given name is no part of the name
                    and not (given and _opens_sentence_before(text, at))
                )
                for at in starts
            ):
                continue
            if _clean_person(name, self.titles, text) != name or _named_as_a_place(text, name):
                continue
            if any(
                (after := _NEXT_LOWER_WORD.match(text, at + len(name))) is not None
                and after.group("word") in self.titles
                for at in starts
            ):
                continue  # "Lib Dem leader Ann Vale": the body whose leader she is
            found += [Discovered(at, at + len(name), name, "person") for at in starts]
        return [d for d in found if not _in_title_case_line(text, d.start)]

    def from_given_names(self, text: str, found: list[Discovered]) -> list[Discovered]:
        """People whose name was taken with the end of an "of" phrase before its given name
        ("Tatarstan Rustam Minnikhanov" after "Head of the Republic of", "Board Alexei
        Miller" after "Chairman of the Gazprom"), or with a word that opens its sentence
        ("Welder Dmitry Khan told"): the name from the given name on, when the
        first word is no given name, the words cut are capitalized ones (no "bin") and two
        words or more are left. (A list's next name, "…), Akambi Andre Okounlola-Biaou",
        keeps its first word.)"""
        if self._given_name is None:
            return found
        out = []
        for d in found:
            name = d.name
            if (
                d.actor_type == "person"
                and not self._given_name.match(name)
                and (
                    _OF_PHRASE_BEFORE.search(text, max(0, d.start - 80), d.start)
                    or _SENTENCE_OPENS_BEFORE.search(text, max(0, d.start - 4), d.start)
                    # ranks that are ordinary words alone: "Private Grigory Titov"
                    or name.split()[0] in RANKS_AS_WORDS
                )
            ):
                later = self._later_given_name(name)
                if later is not None:
                    trimmed = name[later:]
                    cut = name[:later].split()
                    if len(trimmed.split()) >= 2 and all(w[:1].isupper() for w in cut):
                        d = Discovered(d.start + later, d.end, trimmed, "person")
            out.append(d)
        return out

    def _plain_name(self, name: str, text: str) -> bool:
        """Whether capitalized words are a person's name as they stand: none a title's, a
        body's or a place's word nor written in lowercase, nothing `_clean_person` cuts."""
        return (
            not any(
                self._ends_a_name(w) or used_in_lowercase(w, text)
                for w in name.split()
                if w not in _PARTICLES  # "de" in "João de Souza" is written small
            )
            and _clean_person(name, self.titles, text) == name
        )

    def _ends_a_name(self, word: str) -> bool:
        """Whether a capitalized word after a name is no part of it: a title, a word of
        kinds of bodies ("Presidential", "Federal") or of places and bodies."""
        lower = word.lower()
        return (
            word in _NOT_NAME
            or _is_title(word, self.titles)
            or lower in _GENERIC
            or lower in _NOT_PERSON_WORDS
            or lower in _HEADS_LOWER
        )

    def after_possessives(self, text: str, mentions: list[Mention]) -> list[Discovered]:
        """People named right after a place's possessive: "Belgrade's Dragana Milosavljević"."""
        found: list[Discovered] = []
        for _, end, _, kind in mentions:
            if kind in ("name", "short", "capital") and text.startswith(("'s ", "’s "), end):
                match = self._after_title.match(text, end + 2, min(len(text), end + 80))
                if match:
                    self._add_person(found, match, self.titles, text)
        return [d for d in found if not _in_title_case_line(text, d.start)]

    def speaker_labels(self, text: str, known_ends: set[int]) -> list[Discovered]:
        """The people a transcript names in its speaker labels ("Jan Novak: Thank you."), when
        the text has two labels or more; a label's leading title words left out, and labels
        ending where a known name ends (`known_ends`) skipped."""
        colons = _turn_colons(text)
        if len(colons) < 2:
            return []
        found: list[Discovered] = []
        accepted: dict[str, bool] = {}
        for colon in colons:
            if _label_end(text, colon) in known_ends:
                continue
            match = _LABEL.search(text, max(0, colon - 120), colon)
            if match is None:
                continue
            run = match.group("run")
            doubled = DOUBLED_NAME.search(run)
            if doubled is not None:
                # a caption repeating the name surname first, maybe glued to the title
                start = match.start("run") + doubled.start()
                name = run[doubled.start() : doubled.end("last")]
            else:
                words = list(_NAME_WORD.finditer(run))
                # the last two words, or three when they are the whole label ("Nguyen Van
                # An:"): before them is the title ("Minister of Education Jan Novak:")
                first = len(words) - 2
                if first > 0 and words[first - 1].group(0) in _PARTICLES:
                    first -= 1
                if first == 1 and _starts_a_turn(text, match.start("run")):
                    first = 0
                start = match.start("run") + words[first].start()
                name = text[start : match.start("run") + words[-1].end()]
            if name not in accepted:
                accepted[name] = _clean_person(
                    name, self.titles, text
                ) == name and not _named_as_a_place(text, name)
            if accepted[name]:
                found.append(Discovered(start, start + len(name), name, "person"))
        return found

    def dashed_to_countries(self, text: str, countries: list[Mention]) -> list[Discovered]:
        """People listed with their country and a dash: "Slovak Republic – Jan Novak;",
        "Jan Novak – Slovak Republic,"."""
        found: list[Discovered] = []
        for start, end, _, _ in countries:
            if text[end + 1 : end + 2] in _DASHES:
                match = _DASH_NAME.match(text, end, min(len(text), end + 80))
                if match:
                    self._add_person(found, match, self.titles, text)
            before = start - 6 if text[start - 4 : start] == "the " else start - 2
            if text[before : before + 1] in _DASHES:
                match = _NAME_DASH.search(text, max(0, start - 80), start)
                if match:
                    self._add_person(found, match, self.titles, text)
        return [
            d
            for d in found
            if not _in_title_case_line(text, d.start) and not _named_as_a_place(text, d.name)
        ]

    def before_countries(self, text: str, countries: list[Mention]) -> list[Discovered]:
        """People listed with their country in brackets: "Jan Novak (Czech Republic)", the
        brackets holding nothing but the name of one of `countries` (country mentions)."""
        found: list[Discovered] = []
        seen: set[int] = set()
        for start, end, _, _ in countries:
            opening = text.rfind("(", max(0, start - 40), start)
            closing = text.find(")", end, end + 40)
            if opening < 2 or closing == -1 or opening in seen:
                continue
            seen.add(opening)
            if not _COUNTRY_IN_BRACKETS.fullmatch(text, opening + 1, closing):
                continue
            match = _BEFORE_BRACKET.search(text, max(0, opening - 100), opening + 1)
            # "the Grain Deal (Turkey)": a name has no article
            if match and not _ARTICLE_BEFORE.search(text, max(0, match.start() - 6), match.start()):
                self._add_person(found, match, self.titles, text)
        return [
            d
            for d in found
            if not _in_title_case_line(text, d.start) and not _named_as_a_place(text, d.name)
        ]

    def bodies_after_countries(self, text: str, countries: list[Mention]) -> list[Discovered]:
        """Bodies named by a country and one word of their own, as the subject of a verb of
        saying: "UK Coal said", "China Mobile has said" (`countries`: country mentions). Not
        a word that ends a name (`_ends_a_name`: a title, "US President said"; a body's
        generic noun, "UK Government", which the country's rules read) nor a given name."""
        found: list[Discovered] = []
        for start, end, _, _ in countries:
            match = _BODY_AFTER_COUNTRY.match(text, end, end + 60)
            if match is None or _capitalized_word_right_before(text, start):
                continue
            word = match.group("word")
            if self._ends_a_name(word) or word.lower() in given_name_genders():
                continue
            found.append(
                Discovered(
                    start, match.end("word"), text[start : match.end("word")], "organization"
                )
            )
        return [d for d in found if not _in_title_case_line(text, d.start)]

    def extend_after_known(
        self, text: str, candidates: list[Discovered], known_ends: set[int]
    ) -> list[Discovered]:
        """People named after a title of a known country or body (`known_ends`: where their
        mentions end) with one more given name than the patterns take: "Ambassador of Peru
        Luis Alberto Quispe" (found: "Alberto Quispe") gets back "Luis", the one capitalized
        word between the known name and the person."""
        out = []
        for candidate in candidates:
            match = None
            if candidate.actor_type == "person":
                match = _WORD_BEFORE.search(text, max(0, candidate.start - 40), candidate.start)
            if match is not None and match.start() in known_ends:
                word = match.group("word")
                if not (
                    word in _NOT_NAME
                    or _is_title(word, self.titles)
                    or word.lower() in _NOT_PERSON_WORDS
                    or word.lower() in _HEADS_LOWER
                    or used_in_lowercase(word, text)
                ):
                    name = f"{word} {candidate.name}"
                    candidate = Discovered(match.start("word"), candidate.end, name, "person")
            out.append(candidate)
        return out

    def after_titled_owners(self, text: str, owners: list[tuple[int, int]]) -> list[Discovered]:
        """People named whole right after the country or body their title is of (`owners`:
        known mentions' spans): "Ambassador of the Kingdom of the Netherlands Hendrik-Jan
        van der Berge,", "Ambassador of Chile María José de la Fuente Ortúzar and ...". The
        title before the owner tells where the person's name starts, so it may run long:
        two to five capitalized words and particles up to where a list or the clause goes
        on, none a title's, a body's or a place's word nor written in lowercase."""
        found: list[Discovered] = []
        for start, end in owners:
            # (cheap first: the owner right after "of", "to", "for" or "from")
            if not _OWNER_PREP_BEFORE.search(text, max(0, start - 12), start):
                continue
            if not self._titled_chain_before(text, start):
                continue
            match = _OWNED_NAME.match(text, end, min(len(text), end + 90))
            if match is None:
                continue
            name = match.group("name")
            # (a particle written small is no word of the count: "van der"; "Le Van Thanh"
            # is three)
            words = [w for w in name.split() if w not in _PARTICLES]
            if not 2 <= len(words) <= 5 or any(
                self._ends_a_name(w)
                # (a capitalized particle, "Van", may be written small in another name)
                or (w.lower() not in _PARTICLES and used_in_lowercase(w, text))
                for w in words
            ):
                continue
            found.append(Discovered(match.start("name"), match.end("name"), name, "person"))
        return [d for d in found if not _in_title_case_line(text, d.start)]

    @property
    def trigger_words(self) -> list[str]:
        return sorted(self.titles | self.heads | _SPEECH_WORDS | _REPORT_WORDS)

    @property
    def capitalized_only(self) -> set[str]:
        """Trigger words that count only capitalized: head nouns, and titles that are
        ordinary words in lowercase ("a major company")."""
        return self.heads | _CAPITALIZED_TITLES

    def find(self, text: str, triggers: list[tuple[int, int, str]]) -> list[Discovered]:
        """Discovered people and organizations, in text order, not overlapping each other."""
        found: list[Discovered] = []
        for start, end, word in triggers:
            # Cheap checks first: a head noun after a capitalized word, an apposition after
            # a comma; most triggers ("President Putin") are neither.
            headed = len(found)
            if (
                word in self.heads
                and _capitalized_word_before(text, start)
                and not (word in _INNER_HEADS and _CAPITALIZED_NEXT.match(text, end))
            ):
                match = self._org_before_head.search(text, max(0, start - 100), start)
                if match and not _IN_A_COUNTRY_NAME.get(word, _NEVER).search(match.group(0)):
                    # (a name ends at a line break: "Profits\n\nKestle Electric has …" is
                    # Kestle Electric, not a name run on from the heading)
                    phrase = text[match.start("name") : end].rpartition("\n")[2]
                    # "Moscow State University and Peking University": two bodies, each
                    # with its head; this one is the second
                    left, sep, right = phrase.rpartition(" and ")
                    if sep and left.rpartition(" ")[2].lower() in self.heads:
                        phrase = right
                    organization = _clean_organization(phrase, self.titles)
                    whose = _OF_WHOM.match(text, end)
                    if organization is None and whose is not None:
                        # "the National Assembly of Hungary": a kind of body and whose
                        generic = _clean_organization(phrase, self.titles, generic=True)
                        if generic is not None:
                            first = end - len(generic)
                            found.append(
                                Discovered(
                                    first, whose.end(), text[first : whose.end()], "organization"
                                )
                            )
                    elif organization is None and _FIELD_AFTER.match(text, end):
                        # "the Federal Agency for Nationality Affairs": a kind of body and
                        # what it is for make its name (the tail below)
                        organization = _clean_organization(phrase, self.titles, generic=True)
                    if organization is not None:
                        first = end - len(organization)
                        tail = _org_tail(text, end)
                        if tail > end and self._given_name is not None:
                            # "the Gamaleya Centre of Epidemiology Denis Logunov": the tail
                            # stops where a person's name starts
                            person = self._given_name.search(text, end, tail + 40)
                            if person is not None and person.start() < tail:
                                tail = end + len(text[end : person.start()].rstrip())
                                self._add_person(found, person, self.titles, text)
                            # "... Administration and Head of the Working Group": a second
                            # office of the same person starts after "and"
                            office = _AND_OFFICE.search(text, end, tail)
                            if office is not None:
                                tail = office.start()
                        found.append(
                            Discovered(first, tail, text[first:tail], "organization")
                            if tail > end
                            else Discovered(first, end, organization, "organization")
                        )
            if (
                len(found) == headed
                and word in self.heads
                and text[max(0, start - 4) : start] in ("the ", "The ")
            ):
                organization = self._head_first(text, start, end)
                if organization is not None:
                    found.append(organization)
            following = text[end : end + 2]
            if word in _REPORT_WORDS:
                if _capitalized_word_before(text, start):
                    match = self._before_speech.search(text, max(0, start - 80), start)
                    if match:
                        self._add_person(found, match, self.titles, text)
                continue
            if word in _SPEECH_WORDS:
                # Each pattern only where its first word could be a name.
                if _capitalized_word_before(text, start):
                    match = self._before_speech.search(text, max(0, start - 80), start)
                    if match:
                        self._add_person(found, match, self.titles, text)
                if following[:1] == " " and following[1:].isalpha():
                    match = self._after_speech.match(text, end, min(len(text), end + 120))
                    if match:
                        self._add_person(found, match, self.titles, text)
                continue
            if word not in self.titles:
                continue
            if word in self.plurals:
                match = self._after_title.match(
                    text, end, min(len(text), end + 120)
                ) or self._after_title_of.match(text, end, min(len(text), end + 120))
                while match:
                    self._add_person(found, match, self.titles, text)
                    at = match.end()
                    match = self._next_in_list.match(text, at, min(len(text), at + 120))
                continue
            if following[:1] == "," or (following[:1] == " " and following[1:].isalpha()):
                for pattern in (self._after_title, self._after_role_comma, self._after_title_of):
                    match = pattern.match(text, end, min(len(text), end + 120))
                    if match:
                        added = self._add_person(found, match, self.titles, text)
                        if not added and pattern is self._after_title_of:
                            self._retry_later(found, text, match, end + 120)
                        break
            if text.find(", ", max(0, start - 60), start) == -1:
                continue
            match = self._before_apposition.search(text, max(0, start - 160), start)
            if match:
                added = len(found)
                self._add_person(found, match, self.titles, text)
                if len(found) > added and _OF_PHRASE_BEFORE.search(
                    text, max(0, found[-1].start - 80), found[-1].start
                ):
                    # "Chief Rabbi of the Communities of Siberia Mendel Gurevich, Lama ...":
                    # the name's first words may end the "of" phrase; its last two are
                    # the name
                    last = found.pop()
                    words = last.name.split()
                    if len(words) >= 3:
                        two = " ".join(words[-2:])
                        last = Discovered(last.end - len(two), last.end, two, "person")
                    found.append(last)
        found = [
            d
            for d in found
            if not _in_title_case_line(text, d.start)
            and not (d.actor_type == "person" and _named_as_a_place(text, d.name))
        ]
        found.sort(key=lambda d: (d.start, -(d.end - d.start)))
        out: list[Discovered] = []
        for candidate in found:
            if out and candidate.start < out[-1].end:
                continue
            out.append(candidate)
        return out

    def _head_first(self, text: str, start: int, end: int) -> Discovered | None:
        """A body named head first after "the": "the Ministry of Culture", "the Federal Agency
        for Youth Affairs" (the head "Agency" after a capitalized word is the other path).
        Not where a list may go on with the name's last words ("the Ministry of Construction,
        Housing and Utilities": where it ends is unclear), nor into a person's name ("the
        Agency for Youth Affairs Ksenia Razuvayeva": cut before the given name)."""
        match = _HEAD_FIRST_TAIL.match(text, end)
        if match is None or "\n" in match.group(0):
            return None
        stop = match.end()
        cut = match.group(0).find(" and the ")
        if cut != -1:
            stop = end + cut
        elif _LIST_AFTER.match(text, stop):
            return None
        if self._given_name is not None:
            person = self._given_name.search(text, end, stop + 40)
            if person is not None and person.start() < stop:
                stop = person.start()
        office = _AND_OFFICE.search(text, end, stop)
        if office is not None:  # "the Commission on X and Head of ...": a second office
            stop = office.start()
        name = text[start:stop].rstrip()
        words = name.split()
        if len(words) < 3 or words[-1] in ("of", "for", "on", "the", "and", "in"):
            return None
        if words[2] in _SENTENCE_WORDS or words[-1].lower() in _NOT_BODY_HEADS:
            return None
        return Discovered(start, start + len(name), name, "organization")

    def _retry_later(
        self, found: list[Discovered], text: str, match: re.Match[str], limit: int
    ) -> None:
        """After a list's capitalized words that were no name, the next ones (twice at most)."""
        for _ in range(2):
            at = text.find(" ", match.start("name")) + 1
            match = self._later_name.match(text, at, min(len(text), limit))
            if match is None or self._add_person(found, match, self.titles, text):
                return

    @staticmethod
    def _add_person(
        found: list[Discovered], match: re.Match[str], titles: set[str], text: str
    ) -> bool:
        person = _clean_person(match.group("name"), titles, text)
        if person is None or _KIND_RIGHT_BEFORE.search(
            text, max(0, match.start("name") - 20), match.start("name")
        ):
            # (a body its kind introduces is no person: "editor of UK magazine Mac Format")
            return False
        # Leading title words may have been dropped: locate what is left, whatever spacing
        # (a line break, two spaces) stands between its words in the text.
        words = person.split(" ")
        where = re.search(r"\s+".join(map(re.escape, words)), match.group("name"))
        if where is not None:
            start, end = match.start("name") + where.start(), match.start("name") + where.end()
            found.append(Discovered(start, end, person, "person"))
        return where is not None


# A title's phrase up to its owner's name: a title, capitalized words and connectors, and
# "of", "to" or "for" ("Ambassador of the ", "Director of the Institute of Applied Optics of
# the Siberian Branch of the "): the owner's title, whose holder's name follows the owner.
_CAP_WORD = re.compile(r"(?<![\w’'\-])[A-Z][\w\-]+")
_OWNER_PREP_BEFORE = re.compile(r"\b(?:of|to|for|from)\s+(?:the\s+)?$")
_TITLE_CHAIN = re.compile(
    r"[A-Z][\w\-]+(?:\s+(?:[A-Z][\w’'\-]+|of|the|and|for|on|in))*?\s+(?:of|to|for|from)\s+(?:the\s+)?"
)
# A person's name after their title's owner, up to where a list or the clause goes on.
_OWNED_NAME = re.compile(
    rf"\s+(?P<name>{_CAP}(?:\s+(?:{_PARTICLE}\s+)*{_CAP}){{1,5}})(?![\w’'\-])"
    r"(?=\s*[,;.:]|\s+and\s|\s+(?:who|whom|at|in|on|has|had|was|is|will|said|[a-z]{3,}ed)\b|\s*$)"
)


# What a body's head noun may take after it: "Commission on Monitoring Foreign Investment in
# Russia", "Council for Civil Society and Human Rights", "Society of People with
# Disabilities".
_ORG_TAIL = re.compile(
    rf"\s+(?:on|for|of)\s+(?:the\s+)?{_CAP}(?:(?:\s+(?:of|and|in|the|for|on|with))*\s+{_CAP})*"
)


# What a body's head noun takes when it comes first: "Ministry" + " of Culture", "Agency" + "
# for Youth Affairs".
_HEAD_FIRST_TAIL = re.compile(
    rf"\s+(?:of|for|on)\s+(?:the\s+)?{_CAP}(?:(?:\s+(?:of|and|in|the|for|on))*\s+{_CAP})*"
)
# The lowercase word right after a name: a title there makes the name its owner's.
_NEXT_LOWER_WORD = re.compile(r"\s+(?P<word>[a-z][a-z\-]+)\b")
# Two capitalized words alone: no capitalized word right before or after.
_TWO_WORDS = re.compile(rf"(?<![\w’'\-]){_CAP}\s+{_CAP}(?![\w’'\-]|\s+{_CAP})")


# What follows a surname standing alone as the doer of a verb: "Nwosu insisted", "Vale
# says", "Vale was", "Vale's lawyer".
_ACTS_AFTER = re.compile(
    r"\s+(?:[a-z]+ed|[a-z]{2,}[^s\W]s|said|told|wrote|spoke|was|is|has|had|will|would|could|"
    r"added|says)\b|['’]s\s"
)


def _acts_alone(text: str, word: str, after: int) -> bool:
    """Whether `word` stands alone after offset `after` as the doer of a verb: not right
    after another capitalized word nor after "the". (`str.find`, not a pattern per word:
    this runs for every pair of capitalized words a text writes once.)"""
    at = text.find(word, after)
    while at != -1:
        end = at + len(word)
        if (
            not text[at - 1 : at].isalnum()
            and not text[end : end + 1].isalnum()
            and _ACTS_AFTER.match(text, end)
            and not _capitalized_word_right_before(text, at)
            and not _ARTICLE_BEFORE.search(text, max(0, at - 6), at)
        ):
            return True
        at = text.find(word, end)
    return False


def _opens_sentence_before(text: str, start: int) -> bool:
    """Whether the one word right before `start` opens its sentence."""
    match = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return (
        match is not None
        and _SENTENCE_OPENS_BEFORE.search(
            text, max(0, match.start("word") - 4), match.start("word")
        )
        is not None
    )


def _capitalized_word_right_before(text: str, start: int) -> bool:
    """Whether a capitalized word (not a sentence's first word: "The") ends right before."""
    match = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return match is not None and match.group("word") not in _SENTENCE_WORDS


# Whose a body of a generic name is: "of (the) Hungary", "of the Republic of Serbia" (one to
# three capitalized words, "of" between).
_OF_WHOM = re.compile(
    rf"\s+of\s+(?:the\s+)?{_CAP}(?:\s+(?:of\s+)?{_CAP}){{0,2}}(?![\w’'\-]|\s+{_CAP})"
)
# What a body of a generic name is for: " for Nationality Affairs", " on Youth Policy".
_FIELD_AFTER = re.compile(rf"\s+(?:for|on)\s+(?:the\s+)?{_CAP}")
# A comma and a capitalized word: the name may go on as a list ("Construction, Housing").
_LIST_AFTER = re.compile(r",\s+[A-Z]")


# A body's number after its head noun: "City Clinical Hospital No. 21", "School No. 5".
_NUMBER_TAIL = re.compile(r"\s+(?:No\.|№)\s?\d+\b")


def _org_tail(text: str, end: int) -> int:
    """Where a body's name ends when its head noun takes "on/for" and capitalized words,
    or its number ("No. 21")."""
    number = _NUMBER_TAIL.match(text, end)
    if number is not None:
        return number.end()
    match = _ORG_TAIL.match(text, end)
    if match is None or "\n" in match.group(0):
        return end
    words = match.group(0).split()
    if words[1] in _SENTENCE_WORDS:  # "the Council on Monday"
        return end
    tail = match.group(0)
    cut = tail.find(" and the ")
    return end + (cut if cut != -1 else len(tail))


def _plural(title: str) -> str:
    """ "minister" -> "ministers", "deputy" -> "deputies", "prime minister" -> "prime
    ministers" (the last word)."""
    if title.endswith("y") and title[-2:-1] not in "aeiou":
        return title[:-1] + "ies"
    if title.endswith(("s", "sh", "ch", "x")):
        return title + "es"
    return title + "s"


# A military rank before a surname alone: "Captain 1st rank", "Colonel General", "Rear
# Admiral", "Sergeant" ("Major" and "Private" alone are ordinary words too often).
_RANK = (
    r"(?:(?:Captain|Captain-Lieutenant|Commander)\s+(?:1st|2nd|3rd|[Ff]irst|[Ss]econd|[Tt]hird)"
    r"\s+[Rr]ank"
    r"|(?:Colonel|Lieutenant|Major)[ -]General|General\s+of\s+the\s+Army"
    r"|(?:Vice|Rear)[ -]Admiral|Admiral\s+of\s+the\s+Fleet"
    r"|(?:Senior|Junior)\s+(?:Lieutenant|Sergeant)|Lieutenant[ -]Colonel|Sergeant\s+Major"
    r"|Guards\s+(?:Captain|Colonel|Lieutenant|Major|Sergeant)"
    r"|Colonel|General|Admiral|Captain|Lieutenant|Sergeant|Corporal|Ensign|Warrant\s+Officer"
    r"|Maj\.\s+Gen\.|Lt\.\s+Gen\.|Lt\.\s+Col\.|Gen\.|Col\.|Lt\.|Sgt\.|Adm\.|Capt\.|Maj\.|Cmdr\.|Sen\."
    r"|Rep\.|Gov\."
    # and the honorifics and offices a transcript puts before a surname alone ("Mr Gref",
    # "Governor Tsivilev")
    r"|Mr\.?|Mrs\.?|Ms\.?|Madam|Dr\.?|Governor|Minister|Mayor|Senator|Ambassador|Academician"
    r"|Professor"
    # and a peer's title, by which British news names members of the Lords ("Lord Greaves",
    # "Baroness Kennedy")
    r"|Lord|Lady|Baroness|Baron|Viscount|Earl|Countess)"
)
_RANK_SURNAME = re.compile(
    rf"(?<![\w’'\-]){_RANK}\s+(?P<name>{_CAP})(?![\w’'\-]|\s+{_CAP}|\s+(?:of|for)\b)"
)
# Words of a unit's kind, no name: "the Guards brigade", "the Airborne regiment".
_UNIT_WORDS = {"Guards", "Separate", "Airborne", "Marine", "Tank", "Assault", "Artillery",
               "Rifle", "Motor", "Special", "Naval", "Engineer", "Reconnaissance", "Volunteer",
               "Territorial", "Presidential", "Mechanised", "Mechanized", "Infantry",
               "Parachute", "Missile", "Air", "Police", "Border", "Cossack"}  # fmt: skip
# Heads that often sit inside a longer name ("the First National School History Forum"):
# followed by a capitalized word, they end no name.
_INNER_HEADS = {"university", "school"}
_CAPITALIZED_NEXT = re.compile(r"\s+[A-Z]")
_AND_OFFICE = re.compile(
    r"\s+and\s+(?:[A-Z][a-z]+\s+)?(?:Head|Chair|Chairman|Chairwoman|Deputy|Minister|Director"
    r"|Member|Secretary|President|Governor|Mayor|Ambassador|Mr|Mrs|Ms|Dr)\b"
)
# A monarch's or a church leader's title (maybe "of" a country) and one name, maybe a regnal
# number, and no other name after: "Queen Letizia", "Prince of Monaco Albert II".
_ROYAL_NAME = re.compile(
    r"(?<![\w’'\-])(?P<title>King|Queen|Prince|Princess|Emperor|Empress|Grand\s+Duke"
    r"|Grand\s+Duchess|Patriarch|Metropolitan|Archbishop|Bishop|Cardinal|Catholicos)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"
    r"\s+(?P<name>[A-Z][a-z]+(?:\s+[IVX]+)?)(?![\w’'\-]|\s+[A-Z]|\s+(?:al|bin|ibn|el)\b)"
)
# A ruler named by a given name and an epithet: "Peter the Great", "Ivan the Terrible".
EPITHETS = (
    r"(?:Great|Terrible|Wise|Bold|Conqueror|Elder|Younger|Magnificent|Pious|Blessed|Fair|Red"
    r"|Quiet|Saint|Lionheart|Liberator)"
)
_EPITHET_NAME = re.compile(
    rf"(?<![\w’'\-])(?P<given>[A-Z][a-z]+)\s+the\s+{EPITHETS}(?![\w’'\-]|\s+[A-Z])"
)
# Lowercase words of kinds of bodies: after a name ("the Sparta battalion", "the Yandex
# company") or before one ("the corporation Power Machines", "companies ChemRar and
# BIOCAD"), found by the automaton (`KIND_WORDS`) rather than a scan of the text.
_UNIT_KINDS = {"battalion", "regiment", "brigade", "squadron", "detachment"}
_COMPANY_KINDS = {"company", "corporation", "concern", "holding", "foundry", "bank", "airline",
                  "newspaper", "agency", "charity", "foundation", "fund", "publisher",
                  "broadcaster", "ensemble", "chain", "cooperative"}  # fmt: skip
# not "concern" nor "holding": verbs too ("as concerns Nord Stream", "holding WorldSkills")
_KIND_BEFORE_NAME = {"company", "companies", "corporation", "corporations", "bank", "banks",
                     "firm", "firms", "newspaper", "newspapers", "magazine", "magazines",
                     "broadcaster", "broadcasters", "charity", "charities", "foundation",
                     "foundations", "organisation", "organisations", "organization",
                     "organizations", "movement", "movements", "publisher", "publishers",
                     "manufacturer", "manufacturers", "producer", "producers", "operator",
                     "operators", "airline", "airlines", "retailer", "retailers", "automaker",
                     "automakers", "carmaker", "carmakers", "developer", "developers",
                     "startup", "startups", "cooperative", "cooperatives", "group",
                     "watchdog", "watchdogs", "consultancy", "consultancies", "website",
                     "websites", "regulator", "regulators", "insurer", "insurers", "lender",
                     "lenders", "supermarket", "supermarkets", "think-tank", "think-tanks",
                     "daily", "dailies", "tabloid", "tabloids"}  # fmt: skip
KIND_WORDS = tuple(sorted(_UNIT_KINDS | _COMPANY_KINDS | _KIND_BEFORE_NAME))
# A lowercase kind of body right before a name: "the magazine ", "IT firm " (not a kind a
# person may be called by too: "film producer", "games developer", "publisher", nor
# "group", which a band or a person's circle may be).
_KINDS_OF_PEOPLE_TOO = {"publisher", "publishers", "manufacturer", "manufacturers", "producer",
                        "producers", "operator", "operators", "developer", "developers",
                        "cooperative", "cooperatives", "group"}  # fmt: skip
_KIND_RIGHT_BEFORE = re.compile(
    rf"(?<![\w’'\-])(?:{'|'.join(sorted(_KIND_BEFORE_NAME - _KINDS_OF_PEOPLE_TOO))})\s+$"
)
# The next body of a pair: " and Uzbekneftegaz", " and Volga Potash were".
_AND_BODY = re.compile(rf"\s+and\s+(?P<name>{_CAP}(?:\s+{_CAP}){{0,2}})(?=\s+[a-z]|\s*[,.;])")
_NAME_RIGHT_BEFORE = re.compile(rf"(?<![\w’'\-])(?P<word>{_CAP})\s+$")
_PLURAL_IN_A_NAME = re.compile(r"[a-z]{3}(?<!s)s$")
# (two names joined by "&" are one: "the insurance firm Marsh & McLennan")
_KIND_NAME = rf"{_CAP}(?:\s+(?:&\s+)?{_CAP}){{0,2}}"
_KIND_THEN_NAME = re.compile(
    rf",?\s+(?P<name>{_KIND_NAME})(?:\s+and\s+(?P<second>{_KIND_NAME}))?"
    rf"(?![\w’'\-]|\s+{_CAP}|\s+(?:of|for)\b)"
)
_WORD_BEFORE = re.compile(rf"\s(?P<word>{_CAP})\s+$")
# A parliament's committee written in lowercase, as British desks do ("the Commons work and
# pensions committee", "the environment select committee"): its house or "select" tells a
# standing committee from any panel ("an all-party committee", "the emergency committee").
_LOWERCASE_COMMITTEE = re.compile(
    r"(?<![\w’'\-])[Tt]he\s+(?P<name>(?:(?P<house>Commons|Lords|Senate|House|Assembly)\s+)?"
    r"(?P<topic>[a-z][a-z\-]+(?:\s+(?:and\s+|of\s+)?[a-z][a-z\-]+){0,3}?)"
    r"(?P<select>\s+select)?\s+committee)(?![\w’'\-])"
)
# words that say how a committee is made up or when it sits, not what it oversees
_NO_COMMITTEE_TOPIC = frozenset(
    {"all-party", "cross-party", "joint", "local", "emergency", "parliamentary", "new",
     "same", "former", "influential", "powerful", "party", "special", "standing", "ad-hoc",
     "relevant", "senior", "main", "whole", "full"}
)  # fmt: skip
_LOWERCASE_CONNECTORS = frozenset({"and", "of", "on", "for"})


def committees_named_in_lowercase(text: str) -> list[Discovered]:
    """Parliamentary committees a story names in lowercase ("the Commons education select
    committee", "the environment select committee"), named as the committee names itself
    ("Commons Education Select Committee"): a house before the topic or "select" after it,
    and a topic that says what the committee oversees."""
    found: list[Discovered] = []
    for match in _LOWERCASE_COMMITTEE.finditer(text):
        topic = match.group("topic").split()
        if not (match.group("house") or match.group("select")) or any(
            w in _NO_COMMITTEE_TOPIC for w in topic
        ):
            continue
        name = panel_proper_name(match.group("name"))
        found.append(Discovered(match.start("name"), match.end("name"), name, "organization"))
    return found


def panel_proper_name(written: str) -> str:
    """A panel's name written in lowercase as a proper name: "Commons work and pensions
    committee" → "Commons Work and Pensions Committee"."""
    return " ".join(
        w if w in _LOWERCASE_CONNECTORS else w[0].upper() + w[1:] for w in written.split()
    )


# What a body's name and its apposition look like before the kind: "Cairn Energy, a UK oil
# ", "Hallam, the "; and how the apposition ends after it.
_SINGULAR_BODY_KINDS = frozenset(
    k for k in _KIND_BEFORE_NAME | _COMPANY_KINDS if not k.endswith("s")
) - {"holding", "concern", "group", "chain", "fund", "agency"}
_NAME_THEN_APPOSITION = re.compile(
    rf"(?<![\w’'\-&])(?P<name>{_KIND_NAME}),\s+(?:an?|the)\s+(?:[\w’'\-]+\s+){{0,3}}$"
)
_APPOSITION_ENDS = re.compile(r"\s*(?:[,;)]|\.(?:\s|$)|\s+based\b)")
# Heads that end countries' names too: after "of" ("the Constitution of the Russian
# Federation", "Swiss Confederation") the phrase is a country's, no body's.
_IN_A_COUNTRY_NAME = {
    "federation": re.compile(r"\bof\b"),
    "confederation": re.compile(r"\bof\b|\bSwiss\s+$"),
}
_NEVER = re.compile(r"(?!)")
# A capitalized word and "of" (or "named after") right before: a name inside another name.
_OF_BEFORE = re.compile(rf"(?:{_CAP}\s+of\s+(?:the\s+)?|named\s+after\s+)$")


def _is_title(word: str, titles: set[str]) -> bool:
    lower = word.lower()
    # (an abbreviation as British news writes it, with no stop: "Dr" for "Dr.")
    return (
        lower in titles or f"{lower}." in titles or any(part in titles for part in lower.split("-"))
    )


@lru_cache(maxsize=8)
def _capitalized_before(text: str) -> dict[str, list[str]]:
    """Each word of `text` with the capitalized words written right before it, once per
    text ("Captain Shpirko", "Igor Shpirko": Shpirko after Captain and Igor)."""
    out: dict[str, list[str]] = {}
    for match in _CAP_BEFORE_WORD.finditer(text):
        out.setdefault(match.group(2), []).append(match.group(1))
    return out


_CAP_BEFORE_WORD = re.compile(rf"(?<![\w’'\-])({_CAP})\s+(?=([\w’'\-]+))")


@lru_cache(maxsize=8)
def _lowercase_words(text: str) -> frozenset[str]:
    """The words of ASCII letters `text` writes in lowercase, once per text."""
    return frozenset(_LOWER_WORD.findall(text))


# a run of lowercase ASCII letters between characters that are not letters
_LOWER_WORD = re.compile(r"(?<![^\W\d_])[a-z]+(?![^\W\d_])")


def used_in_lowercase(word: str, text: str) -> bool:
    """True when `text` also writes `word` in lowercase as a whole word: an ordinary word
    ("order", "entrepreneurs"), so not part of a name."""
    lower = word.lower()
    if lower == word:
        return True
    if lower.isascii() and lower.isalpha():
        return lower in _lowercase_words(text)
    start = text.find(lower)
    while start != -1:
        end = start + len(lower)
        if (start == 0 or not text[start - 1].isalpha()) and (
            end == len(text) or not text[end].isalpha()
        ):
            return True
        start = text.find(lower, end)
    return False


# A generation's suffix after a surname ("Louis Gerstner Jr.") or, in British usage, a
# post-nominal ("Ann Vale KC", "Tom Reyes MP"): not the surname, and not part of the name a
# reader looks the person up by.
_GENERATION = {"Jr", "Jr.", "Sr", "Sr.", "II", "III", "KC", "QC", "MP", "MEP", "MSP"}


# "Chennai-based", "London-born", "state-owned": an adjective made of a place or a word,
# written before a name or a body, no word of a person's name
_PLACE_ADJECTIVE = re.compile(
    r"-(?:based|born|owned|run|led|backed|made|controlled|listed|registered|funded)$",
    re.IGNORECASE,
)


def _clean_person(name: str, titles: set[str], text: str) -> str | None:
    name = without_possessive(name)
    words = name.split()
    while len(words) > 2 and words[-1] in _GENERATION:
        words.pop()
    # Title words and what precedes them are not part of the name ("Chief Inspector Margit
    # Olofsson", "National Security Adviser Baek Seung-ho").
    # An acronym before a name is a body or a title ("Gazprom CEO Alexei Miller", "FSB
    # officer"): cut there too.
    last_title = max(
        (i for i, w in enumerate(words) if _is_title(w, titles) or _is_acronym(w)), default=-1
    )
    words = words[last_title + 1 :]
    # Leading words the text also uses in lowercase are ordinary words ("Entrepreneurs
    # Alexander Shokhin", "Executive Order"), not names; leading words of places and bodies
    # end a title ("Minister of State Khalid Al Suwaidi").
    # ... and so do words of places, bodies and abstract nouns before the last two or more
    # ("Minister of Labour and Social Protection Anton Kotyakov")
    cut = max(
        (
            i
            for i, w in enumerate(words[:-2])
            if w.lower() in _NOT_PERSON_WORDS or w.lower() in _HEADS_LOWER or _NOUN_ENDING.search(w)
        ),
        default=-1,
    )
    # a place's first word takes the next with it ("Mayor of St Petersburg Alexander Beglov")
    if 0 <= cut < len(words) - 3 and words[cut].lower().rstrip(".") in PLACE_PREFIXES:
        cut += 1
    words = words[cut + 1 :]
    while words and (
        words[0] in _NOT_NAME
        or used_in_lowercase(words[0], text)
        or _PLACE_ADJECTIVE.search(words[0])
    ):
        words.pop(0)
    # a knighthood opens the name, whatever stands before it ("Lib Dem Sir Ann Vale")
    knighted = next((i for i, w in enumerate(words[1:-1], 1) if w in ("Sir", "Dame")), 0)
    words = without_leading_callings(words[knighted:])
    if len(words) < 2 or any(w in _NOT_NAME for w in words):
        return None
    # (a family name written first is a name, whatever else it means: "Park Ji-hoon")
    # (and a place's word that is also a common surname ends a name after a given name the
    # lists hold for one gender surely: "Steven Park", "Jerry Hall")
    surname_last = (
        len(words) == 2
        and words[1].lower() in _SURNAME_PLACE_WORDS
        and given_name_genders().get(words[0].lower(), (None, False))[1]
    )
    if any(
        (w.lower() in _NOT_PERSON_WORDS or w.lower() in _HEADS_LOWER)
        and not (i == 0 and w in _FAMILY_NAMES_FIRST)
        and not (i == 1 and surname_last)
        for i, w in enumerate(words)
    ):
        return None
    if _NOUN_ENDING.search(words[-1]) and words[0].lower() not in given_name_genders():
        # "Environmental Protection": a noun, not a surname (but "Wolfgang Clement" is one)
        return None
    if len(set(words)) < len(words):  # "Dmitry Rogozin Rogozin Dmitry": a listing, not a name
        return None
    if any(w.isupper() and len(w) > 1 and not _is_initial(w) for w in words):  # "NATO Secretary"
        return None
    return " ".join(words)


_CAPITALIZED_TITLES = {"major", "father"}
_SURNAME_PLACE_WORDS = frozenset({"park", "hall", "hill"})
PLACE_PREFIXES = {"st", "saint", "san", "santa", "fort", "mount", "lake", "cape", "port", "new"}
_NOUN_ENDING = re.compile(r"(?:tion|sion|ment|ness|ity|ism|ship|ogy)$")


def _is_initial(word: str) -> bool:
    """A middle initial: "C." of "John C. Marous"."""
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def _is_acronym(word: str) -> bool:
    """ "CEO", "FSB": capitals only, two or more (an initial is "J." and stays)."""
    return len(word) > 1 and word.isupper() and word.isalpha()


def _clean_organization(name: str, titles: set[str], generic: bool = False) -> str | None:
    # a caption's name printed twice and glued to the title ("Jan Novak Novak JanHead of
    # the Federal Agency"): the body's name is after it
    doubled = DOUBLED_NAME.search(name)
    if doubled is not None:
        name = name[doubled.end() :]
    # "Deputy Chairman of the Security Council", "Members of the Collective Security Council":
    # the office or the people of a body, whose name follows "of (the)".
    while True:
        head, sep, rest = name.partition(" of ")
        if not sep or not any(_is_title(w, titles) or w in _OF_PREFIXES for w in head.split()):
            break
        name = rest.removeprefix("the ")
    # "Ann Lee of the Miami-based Harbour Foundation": a person (no body's word before "of")
    # of the body named after it, whose "X-based" says where it sits
    head, sep, rest = name.partition(" of the ")
    if not sep and (
        # (a company joined by "&" has no article: "Beth Underwood of Lanier Brothers & Co.")
        " & " in name
        # nor need a body after a person's given name: "Jon Pearse of Delft University"
        or (name.split() or [""])[0].lower() in given_name_genders()
    ):
        head, sep, rest = name.partition(" of ")
    if sep and not any(
        w.lower() in _HEADS_LOWER or w.lower() in _GENERIC or _is_title(w, titles)
        for w in head.split()
    ):
        name = re.sub(r"^[\w’'.]+-based\s+", "", rest)
    # "Brisbane-based Halden Property Group": where it sits is no part of its name
    name = re.sub(r"^[\w’'.]+-based\s+", "", name)
    if " and the " in name:  # "State Duma and the Federation Council": the second one
        name = name.rpartition(" and the ")[2]
    words = name.split()
    while words and (
        # (a day names a paper's Sunday edition: "The Sunday Telegraph", "Sunday Times")
        (words[0] in _SENTENCE_WORDS and not (words[0] == "Sunday" and words[-1] in MASTHEAD_WORDS))
        or words[0] == "the"  # "... and the Holocaust Centre"
        or not (words[0][0].isalpha() or re.fullmatch(_ORDINAL, words[0]))
    ):
        words.pop(0)
    if len(words) < 2:
        return None
    if (
        not generic
        and all(w.lower() in _GENERIC for w in words[:-1])
        and words[-1] not in _TRADE_HEADS
    ):
        return None
    # "the Law On Government Social Assistance": a document's title, not a body
    if words[0].lower() in _LOWER_DOCUMENT_WORDS:
        return None
    # "Presidential Council for Civil Society": an earlier head taking "for/on" is the body,
    # this head only a word of what it is for
    if any(
        w.lower() in _HEADS_LOWER and following in ("for", "on")
        for w, following in itertools.pairwise(words)
    ):
        return None
    return " ".join(words)


# Heads of bodies that only companies end in ("Kestle Electric", "Lumera Pharma").
_COMPANY_HEADS = frozenset(
    {"Pharma", "Pharmaceuticals", "Therapeutics", "Biotech", "Motors", "Airlines", "Airways",
     "Technologies", "Industries", "Robotics", "Aerospace", "Telecom", "Electronics",
     "Productions", "Ventures", "Enterprises", "Studios", "Pictures", "Records", "Software",
     "Labs", "Foods", "Brewing", "Investments", "Electric", "Laboratories"}
)  # fmt: skip
# A company's or a paper's last word, after which a generic word is a name of its own
# ("General Motors", "General Electric", "National Post"), unlike a state body's ("General
# Staff", "Foreign Office": whose?).
_TRADE_HEADS = _COMPANY_HEADS | frozenset(MASTHEAD_WORDS)


# First words that make a phrase a document's name whatever its last word ("Law On ...").
_LOWER_DOCUMENT_WORDS = {"law", "code", "decree", "concept", "doctrine", "strategy",
                         "resolution", "programme", "program"}  # fmt: skip

_PLACE_BEFORE = ("in ", "at ", "near ", "outside ", "visited ", "visit to ")


def _named_as_a_place(text: str, name: str) -> bool:
    """Whether the text also writes "in <name>", "near <name>"...: a place, not a person."""
    start = text.find(name)
    while start != -1:
        window = text[max(0, start - 12) : start]
        for before in _PLACE_BEFORE:
            # Whole words only: "diplomat " does not end in the preposition "at ".
            if window.endswith(before) and not window[: -len(before)][-1:].isalpha():
                return True
        start = text.find(name, start + len(name))
    return False


# Nouns of things a name may stand before: "the Sputnik Light vaccine", "Kinzhal missiles".
_THING_AFTER = re.compile(
    r"\s+(?:\d|(?:vaccines?|jabs?|drugs?|missiles?|rockets?|systems?|aircraft|helicopters?"
    r"|engines?|rifles?|tanks?|vehicles?|satellites?)\b)"
)


# A work's noun right before its title: "Mike Leigh's film Vera Drake", "the album Ray".
_WORK_BEFORE = re.compile(
    r"\b(?:film|movie|album|single|song|novel|book|play|musical|opera|sitcom|drama|"
    r"documentary|biopic|thriller|comedy|cartoon|game|painting|sculpture)\s+$"
)


def titled_as_a_work(text: str, name: str) -> bool:
    """Whether the text writes a work's noun right before the name ("Mike Leigh's film Vera
    Drake"): a film's, a book's or a song's title, no person's."""
    return any(
        _WORK_BEFORE.search(text, max(0, start - 16), start)
        for start, _ in _occurrences(text, name)
    )


# How a text writes of a firm after its name ("Time Warner's fourth quarter profits") and
# before it ("Frankfurt-based", "shares in", "analysts at").
_FIRM_AFTER = re.compile(
    r"['’]s\s+(?:(?!as\b)[a-z\-]+\s+){0,2}?(?:shares?|profits?|results|sales|revenues?|"
    r"earnings|shareholders|subsidiary|stock)\b"
    # (an apposition that is the firm's kind and ends there: "Deutsche Boerse, the German
    # stock exchange,"; not "Ann Vale, the company's founder", "…, the head of the group")
    r"|,\s+(?:the|a|an)\s+(?:(?!of\b|at\b|for\b|with\b)[a-z\-]+\s+|[A-Z][\w\-]+\s+){0,3}?"
    r"(?:company|firm|group|bank|exchange|retailer|airline|carrier|maker|manufacturer|giant|"
    r"insurer|brewer|chain)\s*[,.;]"
)
_FIRM_BEFORE_NAME = re.compile(
    r"(?:\b[A-Z][\w]+-based|\b[Ss]hares\s+(?:in|of)|\b[Ss]take\s+in|"
    r"\b(?:[Aa]nalysts?|[Ee]conomists?|[Rr]esearchers|[Pp]artner|[Ss]trategists?)\s+at)\s+$"
)


def written_of_as_a_firm(text: str, name: str) -> bool:
    """Whether the text writes of a name of two words or more as of a firm (its profits,
    "Frankfurt-based …", "shares in …", "analysts at …", "…, the German stock exchange") and
    never calls its last word with an honorific ("Mr Sachs").

    Why: firms named after their founders read as people's names; what is written around
    them tells them apart."""
    words = name.split()
    if len(words) < 2 or any(
        _HONORIFIC_BEFORE.search(text, max(0, start - 6), start)
        for start, _ in _occurrences(text, words[-1])
    ):
        return False
    return any(
        _FIRM_AFTER.match(text, end) or _FIRM_BEFORE_NAME.search(text, max(0, start - 30), start)
        for start, end in _occurrences(text, name)
    )


def _occurrences(text: str, name: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each place the text writes the name, in order."""
    start = text.find(name)
    while start != -1:
        yield start, start + len(name)
        start = text.find(name, start + len(name))


def named_as_a_thing(text: str, name: str) -> bool:
    """Whether the text writes a number or a thing's noun right after the name ("Sputnik
    Light vaccines", "Adenovirus Serotype 26"): a product's or a term's name, no person's;
    or a work's noun before it (`titled_as_a_work`)."""
    if titled_as_a_work(text, name):
        return True
    return any(_THING_AFTER.match(text, end, end + 16) for _, end in _occurrences(text, name))


def _capitalized_word_before(text: str, start: int) -> bool:
    """Whether the word before `start` (after a space or a connector) is capitalized."""
    words = text[max(0, start - 30) : start].split()
    while words and words[-1] in ("of", "for", "and", "the", "&"):
        words.pop()
    return bool(words) and words[-1][:1].isupper()


def _in_title_case_line(text: str, offset: int) -> bool:
    """True inside a headline-like line, where most words are capitalized."""
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    if len(line) > 200:
        return False
    words = [w for w in line.split() if w[:1].isalpha()]
    if len(words) < 3:
        return False
    capitalized = sum(w[0].isupper() for w in words)
    return capitalized / len(words) >= 0.75


_LONGEST = 400  # characters: longer than any alias or discovered name


def _person_or_organization(found: Discovered) -> Discovered:
    """A discovered person as found, unless its name is surely no person's
    (`names_no_person`): then an organization, as a company is ("Japan's Sumitomo Mitsui
    Financial", "Hyundai Motor"), a band or a choir ("Baikal Voices"). An event or a work
    in capitals ("Grand Slam", "Six Nations") becomes one too: it stays what the text names,
    but never stands for "he" or "she"."""
    if found.actor_type != "person" or not names_no_person(found.name):
        return found
    return Discovered(found.start, found.end, found.name, "organization")


def merge_discovered(
    dictionary_mentions: list[Mention],
    discovered: list[Discovered],
    actor_types: dict[str, str],
) -> tuple[list[Mention], dict[str, tuple[str, str]]]:
    """Dictionary mentions plus the discovered actors that do not overlap a known person or
    organization; a discovered organization replaces a mention inside it, but for the country
    that opens its name ("British" of "British Chambers of Commerce"), which stays a mention
    of its own. Returns the mentions and {actor_id: (name, type)} of the new."""
    kept: list[Discovered] = []
    # mentions sorted by start, none longer than _LONGEST: only those starting in
    # [start - _LONGEST, end) may overlap a candidate
    starts = [m[0] for m in dictionary_mentions]

    def overlapping_of(start: int, end: int) -> list[Mention]:
        first = bisect_left(starts, start - _LONGEST)
        return [m for m in dictionary_mentions[first : bisect_left(starts, end)] if start < m[1]]

    owners: set[Mention] = set()
    # a person found twice, once inside a longer form ("Mohammed bin Rashid Al Maktoum" and
    # "Rashid Al Maktoum"): the longer; and a company's name holds no person ("Dow Jones &
    # Co.", "Johns Hopkins University")
    enclosing = [d for d in discovered if d.actor_type in ("person", "organization")]
    discovered = [
        d
        for d in discovered
        if d.actor_type != "person"
        or not any(
            o is not d
            and o.start <= d.start
            and d.end <= o.end
            and o.end - o.start > d.end - d.start
            for o in enclosing
        )
    ]
    discovered = [_person_or_organization(d) for d in discovered]
    for candidate in discovered:
        overlapping = overlapping_of(candidate.start, candidate.end)
        owner = _owner_before_body(candidate, overlapping, actor_types)
        if owner is not None:
            # "the CSTO Collective Peacekeeping Forces": a body of its own, and the
            # organization that owns it stays a mention too
            owners.add(owner)
            kept.append(candidate)
            continue
        if _region_demonym_first(candidate, overlapping, actor_types):
            # "European Aviation Safety Agency", "African Development Bank": a region's
            # demonym opens the body's name, the region is no actor there
            kept.append(candidate)
            continue
        if any(actor_types.get(m[2]) in _KNOWN_BLOCKING for m in overlapping):
            continue
        # inside a country's name ("Republic of the Union of Myanmar"): the country's
        if any(m[0] <= candidate.start and candidate.end <= m[1] for m in overlapping):
            continue
        # "Ambassador of Peru Jan Novak, ...": the country before a person's name is no part
        # of it (two words or more left)
        if (
            candidate.actor_type == "person"
            and len(overlapping) == 1
            and overlapping[0][0] == candidate.start
            and actor_types.get(overlapping[0][2]) == "country"
        ):
            # "Austria's Leonore Gewessler": the country's possessive is no part of the name
            rest = re.sub(
                r"^['’]s\s+", "", candidate.name[overlapping[0][1] - candidate.start :].lstrip()
            )
            if len(rest.split()) < 2:
                continue
            candidate = Discovered(candidate.end - len(rest), candidate.end, rest, "person")
            overlapping = []
        # a person's name may hold a capital's ("Rodrigo de Lima Baena"), not start with it
        if candidate.actor_type == "person" and any(
            m[3] != "capital" or m[0] <= candidate.start for m in overlapping
        ):
            continue
        if (
            candidate.actor_type == "organization"
            and overlapping
            and overlapping[0][0] == candidate.start
            and actor_types.get(overlapping[0][2]) == "country"
            and len(candidate.name[overlapping[0][1] - candidate.start :].split()) >= 3
        ):
            # "the British Chambers of Commerce", "the US Trade Representative's Office": the
            # country opens the body's own name, and stays a mention that tells its country
            # (not in a name of two words: "British Airways" is one company, no country's)
            owners.add(overlapping[0])
        kept.append(candidate)
    replaced = {m for d in kept for m in overlapping_of(d.start, d.end)} - owners
    mentions = [m for m in dictionary_mentions if m not in replaced]
    mentions += [(d.start, d.end, d.actor_id, "discovered") for d in kept]
    mentions.sort()
    return mentions, {d.actor_id: (d.name, d.actor_type) for d in kept}


def _region_demonym_first(
    candidate: Discovered, overlapping: list[Mention], actor_types: dict[str, str]
) -> bool:
    """Whether a discovered organization of three words or more overlaps only a region's
    demonym, at its start ("European" of "European Aviation Safety Agency")."""
    return (
        candidate.actor_type == "organization"
        and len(overlapping) == 1
        and overlapping[0][0] == candidate.start
        and overlapping[0][3] == "demonym"
        and actor_types.get(overlapping[0][2]) == "group"
        and len(candidate.name.split()) >= 3
    )


def _owner_before_body(
    candidate: Discovered, overlapping: list[Mention], actor_types: dict[str, str]
) -> Mention | None:
    """The known organization a discovered one starts with, when the rest is a body's name
    of two words or more ("CSTO" of "CSTO Collective Peacekeeping Forces", "BRICS" of "BRICS
    Business Council"): the rest is that organization's body, not a second name of it."""
    if candidate.actor_type != "organization" or len(overlapping) != 1:
        return None
    owner = overlapping[0]
    if owner[0] != candidate.start or actor_types.get(owner[2]) != "organization":
        return None
    rest = candidate.name[owner[1] - candidate.start :].split()
    if len(rest) < 2 or not all(w[:1].isupper() for w in rest):
        return None
    # the owner written as its acronym, the rest one of its organs ("Rosatom State
    # Corporation", "Gazprom Group" are the company itself, under its kind)
    acronym = candidate.name[: owner[1] - candidate.start]
    if not (acronym.isupper() and acronym.isalpha()) or rest[-1] in _OWN_KINDS:
        return None
    return owner


_OWN_KINDS = {"Corporation", "Company", "Group", "Holding", "Bank", "Party", "Organization",
              "Organisation", "Union", "Alliance"}  # fmt: skip


# One capitalized word after a country's name, then a verb of saying: "UK Coal said".
_BODY_AFTER_COUNTRY = re.compile(
    rf"\s(?P<word>[A-Z][a-z]{{2,}})\s+(?:has\s+|have\s+|had\s+|also\s+)?{_SPEECH_AFTER}\b"
)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted, non-overlapping `spans`."""
    index = bisect_right(spans, (start, sys.maxsize))
    return (index > 0 and spans[index - 1][1] > start) or (
        index < len(spans) and spans[index][0] < end
    )


# Common family names of the languages that write them first (Chinese, Korean, Vietnamese),
# less those that are English words opening a sentence ("He", "Do", "Ma").
_FAMILY_NAMES_FIRST = frozenset(
    {
        "Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun",
        "Zhu", "Hu", "Guo", "Lin", "Luo", "Gao", "Zheng", "Liang", "Xie", "Song", "Tang", "Han",
        "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai",
        "Jiang", "Du", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren", "Shen", "Yao", "Jin", "Fu",
        "Zhong", "Qin", "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim",
        "Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang", "Bui", "Ngo", "Duong", "Le", "Phan",
        "Vo", "Do", "Ho", "Truong", "Dinh", "Ly", "Trinh",
    }
)  # fmt: skip
_TITLE_SET = TITLE_WORDS_PLAIN | {"miss"}


def without_leading_callings(words: list[str]) -> list[str]:
    """A person's name without the capitalized words written before it that are no part of
    it: those before a given name that end as English callings do and are no given names
    themselves ("Frontman Jesse Corbin", "Brigadier Osman Hamid"), or up to an acronym before
    a given name ("Turi Ward MCA Daniel Kimani"). Two words at least are left, and a family
    name written first ("Nguyen Van Thieu", "Le Van Hung") opens a name.

    Why: a calling, a rank or a party before a name is capitalized like the name, and no
    list of titles holds them all; given names come from the name lists of many countries
    (`given_name_genders`)."""
    given = given_name_genders()

    def a_given_name(word: str) -> bool:
        # (capitalized: "van" of "Hendrik-Jan van der Velde" is a particle)
        return word[:1].isupper() and word.lower() in given

    acronyms = [
        i for i, w in enumerate(words[:-2]) if _is_acronym(w) and a_given_name(words[i + 1])
    ]
    if acronyms:
        words = words[acronyms[-1] + 1 :]
    for k in range(1, len(words) - 1):
        first = words[k - 1]
        if (
            first in _FAMILY_NAMES_FIRST
            or a_given_name(first)
            or not _CALLING_ENDING.search(first.lower())
        ):
            break  # ("Akambi Andre Okoufolo": a name the lists do not hold is still a name)
        if a_given_name(words[k]):
            return words[k:]
    return words


# How English words for callings and ranks end ("Frontman", "Barrister", "Brigadier",
# "Architect", "Executive", "Democrat", "Campaigner", "Director"); a first name rarely does
# unless it is a given name the lists hold ("Hunter", "Victor").
_CALLING_ENDING = re.compile(r"(?:man|woman|er|or|ist|ant|ent|ive|ect|crat|ier|ess|ian|eer|ee)$")


# The same word opening the text or a paragraph ("Folake Adebayo started the bakery").
_OPENING_WORD_BEFORE = re.compile(rf"(?:^|(?<=\n))(?P<word>{_CAP})\s+$")


def other_given_name_before(text: str, start: int) -> bool:
    """Whether a capitalized word that is no title nor particle (`_capitalized_word_right_before`)
    stands right before the surname at `start`: "Her sister, Bisi Adebayo" is someone else of
    that name."""
    match = _WORD_BEFORE.search(text, max(0, start - 40), start) or _OPENING_WORD_BEFORE.search(
        text, max(0, start - 40), start
    )
    if match is None:
        return False
    word = match.group("word")
    return (
        word not in _SENTENCE_WORDS
        and not word.endswith(("'s", "’s"))  # an owner: "Ethiopia's Abiy"
        and word not in ("Sir", "Dame")  # a knight by given name: "Sir Howard"
        and word.lower() not in _TITLE_SET
        # (a head of state's or government's title the roles resolve: "President Aldaray")
        and word.lower() not in _HEAD_TITLES_BEFORE_SURNAME
        and word.lower() not in SURNAME_PARTICLES
    )


_HEAD_TITLES_BEFORE_SURNAME = frozenset(
    {"president", "chancellor", "premier", "king", "emir", "pope"}
)


_CAPITAL_PARTICLES = frozenset({"Ó", "Ní", "Nic", "Uí"})


# Plurals that end the names of parties and groups, never a person's surname: "Liberal
# Democrats", "Scottish Greens", "Law Lords", "Lib Dems".
GROUP_PLURAL_END = re.compile(
    r"\s(?:Democrats|Dems|Republicans|Conservatives|Tories|Liberals|Socialists|Communists|"
    r"Greens|Nationalists|Unionists|Loyalists|Lords|Commons|Islamists|Maoists|Taliban|"
    r"Houthis|Rebels|Separatists|Brothers|Sisters|Forces|Guards|Brigades)$"
)


# What stands before a person's own name inside a candidate: a knighthood ("Sir Ian
# Blair" is Ian Blair), an owner ("War on Want's John Hilary") or a party's word ("Lib Dem
# Norman Baker"); a member's letters before a given name ("MEP Gerard Batten") are
# `without_leading_callings`'s acronyms.
_PARTY_WORD = (
    r"(?:(?:Lib\s+)?Dem|Liberal\s+Democrat|Tory|Labour|Conservative|Democrat|Republican|SNP|Plaid|"
    r"UKIP|Green)"
)
# One word of those, before a given name: "Sir", "Tory", "Democrat".
_OPENS_OWN_NAME = re.compile(rf"Sir|Dame|{_PARTY_WORD}")
_BEFORE_OWN_NAME = re.compile(
    rf"^(?:(?:Sir|Dame)\s+|.*['’]s\s+|(?:Former\s+|Fellow\s+)?{_PARTY_WORD}\s+)"
    # (not the party's own name: "Green Party leader Ann Vale")
    r"(?=[A-Z])(?!(?:Party|Democrats?|Dems?)\b)"
)
# A knight called by title and given name ("Sir Howard", "Dame Ann"), not followed by a
# family name: the one named in full, whom `link_knights` finds by that given name.
KNIGHT_BY_GIVEN_NAME = re.compile(r"\b(?:Sir|Dame)\s+(?P<given>[A-Z][a-z'’\-]+)\b(?!\s+[A-Z])")


def own_name_offset(name: str) -> int:
    """Where a person's own name starts in a name written with a knighthood, an owner, a
    party's word or a member's letters before it ("Lib Dem Norman Baker": 8), two words
    left at least; 0 when nothing stands before it."""
    before = _BEFORE_OWN_NAME.match(name)
    cut = before.end() if before is not None and " " in name[before.end() :] else 0
    words = list(re.finditer(r"\S+", name[cut:]))
    kept = without_leading_callings([w.group() for w in words])
    return cut + (words[len(words) - len(kept)].start() if kept else 0)


def tidied_person(candidate: Discovered) -> Discovered:
    """A discovered person as named: without a knighthood, an owner, a party's word or a
    member's letters before the name (`without_leading_callings`), two words left at least;
    a "person" whose name ends in a party's or group's plural is that group."""
    if candidate.actor_type != "person":
        return candidate
    if GROUP_PLURAL_END.search(candidate.name):
        return Discovered(candidate.start, candidate.end, candidate.name, "group")
    cut = own_name_offset(candidate.name)
    if cut:
        return Discovered(candidate.start + cut, candidate.end, candidate.name[cut:], "person")
    return candidate


def without_owning_s(candidate: Discovered) -> Discovered:
    """A discovered body whose name runs "… of …" without the possessive it was written with
    ("the Bank of England's rate-setting body": the Bank of England); a name that is one
    possessive ("Sainsbury's", "Moody's") keeps it."""
    if (
        candidate.actor_type == "person"
        or " of " not in candidate.name
        or not candidate.name.endswith(("'s", "’s"))
    ):
        return candidate
    return Discovered(candidate.start, candidate.end - 2, candidate.name[:-2], candidate.actor_type)


def with_given_name_written(text: str, candidate: Discovered) -> Discovered:
    """A person found by a surname a particle opens ("Ms Ní Bhriain") as the name the text
    writes in full with a given name before it ("Síle Ní Bhriain"), else unchanged."""
    words = candidate.name.split()
    # (only the particles written in capitals that no name starts with: "Le Van Thanh" is
    # whole after "Vietnam")
    if candidate.actor_type != "person" or words[0] not in _CAPITAL_PARTICLES:
        return candidate
    full = re.search(
        rf"(?<![\w’'\-])(?P<given>[{UPPER}][{LOWER}’'\-]+) {re.escape(candidate.name)}(?![\w’'\-])",
        text,
    )
    if (
        full is None
        or full.group("given") in _SENTENCE_WORDS
        or full.group("given").lower() in _TITLE_SET
    ):
        return candidate
    return Discovered(
        candidate.start, candidate.end, f"{full.group('given')} {candidate.name}", "person"
    )


def link_surnames(text: str, mentions: list[Mention], people: dict[str, str]) -> list[Mention]:
    """Surname-only mentions of people named in full in the text ({actor_id: full name}).
    Where several people share the surname ("Elian Gonzalez", "Lazaro Gonzalez"), the
    surname alone is the one named in full last before it, else the first one named."""
    surnames: dict[str, list[str]] = {}
    for actor_id, full_name in people.items():
        surname = full_name.split()[-1]
        if len(surname) >= 3 and surname[0].isupper():
            surnames.setdefault(surname, []).append(actor_id)
    for actor_id, full_name in people.items():
        # Chinese, Korean and Vietnamese names put the family name first ("Li Jifeng ... Li
        # explained"): a name of two or three words opening so is called by its first word
        words = full_name.split()
        if 2 <= len(words) <= 3 and words[0] in _FAMILY_NAMES_FIRST:
            surnames.setdefault(words[0], []).append(actor_id)
    if not surnames:
        return mentions
    taken = [(m[0], m[1]) for m in mentions]  # sorted by start: mentions are
    named_at: dict[str, list[int]] = {}
    for m_start, _, actor_id, _ in mentions:
        named_at.setdefault(actor_id, []).append(m_start)
    # (only an honorific before a surname asks for the genders)
    honorific = _ANY_HONORIFIC.search(text) is not None or _ANY_REFLEXIVE.search(text) is not None
    genders = _told_genders(text, people) if honorific else None
    children = _children(text, people) if honorific else frozenset()
    added = [
        (start, start + len(surname), actor_id, "surname")
        for surname, ids in surnames.items()
        for start, actor_id in _surname_owners(
            text, surname, ids, taken, named_at, genders, children
        )
    ]
    return sorted(mentions + added) if added else mentions


# The abbreviations of a company's legal form that may end its name ("Upjohn Inc.",
# "Dow Jones & Co."), and the "&" that joins its words.
LEGAL_FORMS = frozenset(
    {
        "Inc",
        "Corp",
        "Co",
        "Cos",
        "Ltd",
        "Limited",
        "PLC",
        "LLC",
        "LP",
        "Partnership",
        "AG",
        "SA",
        "NV",
    }
)
_AMPERSANDS = frozenset({"&"})


# The words after a company's own name that say what it does or is ("Phoenix Technologies",
# "Norwood Partners", "Yamaichi Securities"): the name before them is the company's alone.
_TRADE_WORDS = frozenset(ORG_HEADS) | {
    "Securities", "Capital", "Management", "Systems", "Financial", "Energy", "Resources",
    "Petroleum", "Oil", "Steel", "Software", "Investments", "Insurance", "Media", "Foods",
    "Chemicals", "Mining", "Airlines", "Brothers", "Enterprises", "Properties", "Trust",
}  # fmt: skip
# (the words only a business's name ends with: no body's head like "University")
_COMMERCIAL_TRADE_WORDS = _TRADE_WORDS - frozenset(ORG_HEADS) - {"Trust", "Media"}
# The last word of a company's full name: a word of its trade or its legal form.
_TRADE_OR_LEGAL_END = (
    rf"(?:{'|'.join(re.escape(w) for w in sorted(_COMMERCIAL_TRADE_WORDS | LEGAL_FORMS))})\b\.?"
)


def company_short_names(name: str) -> list[str]:
    """The shorter names a company goes by after it is named in full, longest first: its
    name without its legal form ("Upjohn" of "Upjohn Inc.", "Norwood Partners" of "Norwood
    Partners Limited Partnership"), its words before an "&" ("Dow Jones" of "Dow Jones &
    Co.", "Marsh" of "Marsh & McLennan"), its first two words when it has four or more
    ("Valley Federal" of "Valley Federal Savings & Loan Association") and, with a legal form,
    its first word before a word of its trade ("Phoenix" of "Phoenix Technologies Ltd.", not
    "Dow" of "Dow Jones & Co."), as of two words where that word is a trade's alone ("Cairn"
    of "Cairn Energy"), or of three when its first word is no English word ("Sumitomo" of
    "Sumitomo Mitsui Financial"). Other names have none: "Security Council" is no short
    name, nor "Des Moines" of "Des Moines Water Works", nor "Oxford" of "Oxford University"."""
    words = name.replace(".", " ").split()
    bare = list(words)
    while len(bare) > 1 and bare[-1] in LEGAL_FORMS:
        bare.pop()
    legal = len(bare) < len(words)
    joined = [i for i, w in enumerate(words) if w in _AMPERSANDS]
    if len(words) == 2 and (
        words[1] in _COMMERCIAL_TRADE_WORDS
        # ("Kestle" of "Kestle Electric", not "General" of "General Electric")
        or (words[1] in _COMPANY_HEADS and words[0].lower() not in _GENERIC)
    ):
        return [words[0]]
    if (
        len(words) == 3
        and words[2] in _COMMERCIAL_TRADE_WORDS
        and not (is_common_word(words[0]) or is_known_noun(words[0]))
    ):
        # "Sumitomo" of "Sumitomo Mitsui Financial": a first word no English word
        return [words[0]]
    if not (legal or joined):
        return []
    shorts: list[list[str]] = []
    if legal:
        shorts.append(bare)
    if joined and joined[0] >= 1:
        shorts.append(words[: joined[0]])
    if len(words) >= 4:
        shorts.append(words[:2])
    if legal and len(bare) >= 2 and bare[1] in _TRADE_WORDS and words[0].lower() not in _GENERIC:
        shorts.append(words[:1])
    found: list[str] = []
    for short in shorts:
        while short and (short[-1] in _AMPERSANDS or short[-1].lower() in _CONNECTORS):
            short = short[:-1]
        text = " ".join(short)
        if short and len(short) < len(words) and text not in found:
            found.append(text)
    return sorted(found, key=len, reverse=True)


def longer_company_names(
    text: str, mentions: list[Mention], discovered: dict[str, tuple[str, str]]
) -> tuple[list[Mention], dict[str, tuple[str, str]]]:
    """A body discovered by one word ("Daiwa, the country's second-largest brokerage firm")
    that the text also writes in full, that word and up to three capitalized words ending
    in a word of a trade or a legal form ("Daiwa Securities jumped"): the body is named so,
    and each full form where no other actor is named is its mention; one full form only.

    Why: a story names a company in full once and by its first word after, and the
    pattern that finds it may fire on either."""
    taken = sorted((m[0], m[1]) for m in mentions)
    added: list[Mention] = []
    renamed = dict(discovered)
    for actor_id, (name, kind) in discovered.items():
        if kind != "organization" or " " in name:
            continue
        fulls = {
            m.span(): m.group(0).rstrip(".")
            for m in re.finditer(
                rf"(?<![\w’'\-&]){re.escape(name)}(?:\s+(?:&\s+)?[A-Z][\w’'\-]*){{0,2}}"
                rf"\s+{_TRADE_OR_LEGAL_END}",
                text,
            )
        }
        if len(set(fulls.values())) != 1:
            continue
        renamed[actor_id] = (next(iter(fulls.values())), kind)
        for (start, _), full in fulls.items():
            end = start + len(full)
            inside = [t for t in taken if t[0] < end and start < t[1]]
            if all(t[0] == start for t in inside):
                added.append((start, end, actor_id, "discovered"))
    if not added:
        return mentions, renamed
    starts = {m[0] for m in added}
    return sorted([m for m in mentions if m[0] not in starts] + added), renamed


def link_company_short_names(
    text: str, mentions: list[Mention], companies: dict[str, str], people: set[str]
) -> list[Mention]:
    """Mentions of discovered companies ({actor_id: name}) by a shorter name after their
    full one ("Dow Jones & Co. ... Dow Jones said"): where no other mention holds the words,
    or where a discovered person or body of those very words does ("Dow Jones" is no man). A
    short name two companies share, or a single word written in lowercase too, names
    neither.

    Why: business news name a company in full once and by its short name after; each of
    those mentions is the company's, as an actor and as a speaker."""
    owners: dict[str, list[str]] = {}
    for actor_id, name in companies.items():
        # (a body of one word is named again by that word: "the insurer Hallam ... Hallam
        # said"; a longer name is found again by the patterns that found it)
        shorts = company_short_names(name) + ([name] if " " not in name else [])
        # (and a body of two words or more by its initials, bare: "British Airways … BA will
        # now suspend the flights", "General Motors … GM said")
        # (no body's: "the Line of Actual Control … the LAC")
        words = name.split()
        initials = "".join(body_initials(word) for word in words)
        if (
            len(words) >= 2
            and 2 <= len(initials) <= 5
            and words[-1].lower() not in _NOT_BODY_HEADS
            and words[0].lower() not in _NOT_BODY_HEADS
        ):
            shorts.append(initials)
        for short in shorts:
            owners.setdefault(short, []).append(actor_id)
    first_named = {}
    for start, _, actor_id, _ in mentions:
        first_named.setdefault(actor_id, start)
    added: list[Mention] = []
    replaced: set[Mention] = set()
    taken = sorted((m[0], m[1]) for m in mentions)
    by_span = {(m[0], m[1]): m for m in mentions}
    for short, ids in sorted(owners.items(), key=lambda item: -len(item[0])):
        if len(ids) != 1 or ids[0] not in first_named:
            continue
        if " " not in short and (used_in_lowercase(short, text) or short in english_given_names()):
            continue
        for match in re.finditer(
            rf"(?<![\w’'\-&]){re.escape(short)}(?![\w’'\-]|\s+&|\s+[A-Z])", text
        ):
            start, end = match.span()
            if start < first_named[ids[0]]:
                continue
            held = by_span.get((start, end))
            if (
                held is not None
                and held[3] == "discovered"
                # (a person, or a body, of those very words: "Fenwick Grain" is the thrift's)
                and (held[2] in people or (held[2] != ids[0] and companies.get(held[2]) == short))
            ):
                replaced.add(held)
            elif _overlaps(taken, start, end):
                continue
            added.append((start, end, ids[0], "short"))
            taken.append((start, end))
            taken.sort()
    if not added:
        return mentions
    return sorted([m for m in mentions if m not in replaced] + added)


# An honorific right before a surname, and the gender it tells: "Ms Fallon", "Mr. Rahman".
_HONORIFIC_BEFORE = re.compile(r"(?<![\w’'])(?P<title>Mr|Mrs|Ms|Miss)\.?\s+$")
HONORIFIC_GENDERS = {"mr": "he", "mrs": "she", "ms": "she", "miss": "she"}
_ANY_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Miss)\b")
# A reflexive right after a surname tells the gender as an honorific does: "Osbourne himself".
_ANY_REFLEXIVE = re.compile(r"\b(?:himself|herself)\b")
_REFLEXIVE_AFTER = re.compile(r"\s+(himself|herself)\b")
# A family tie in apposition before a name, and its gender: "Her husband, Declan,".
TIE_GENDERS: dict[str, str] = {
    **dict.fromkeys(
        ("husband", "son", "brother", "father", "nephew", "uncle", "grandson", "grandfather"), "he"
    ),
    **dict.fromkeys(
        ("wife", "daughter", "sister", "mother", "niece", "aunt", "granddaughter", "grandmother"),
        "she",
    ),
}
_TIE_BEFORE = re.compile(rf"\b(?P<tie>{'|'.join(TIE_GENDERS)}),?\s+(?:[A-Z][\w’'\-]*\s+)*$")


def _told_genders(text: str, people: dict[str, str]) -> dict[str, str]:
    """{actor_id: "he"/"she"} of the people whose gender the text or their given name tells:
    a common given name's ("Declan"), else a family tie before the name ("her nephew, Rāwiri
    Tāwhiri")."""
    by_name = given_name_genders()
    found: dict[str, str] = {}
    for actor_id, full_name in people.items():
        given = full_name.split()[0].lower()
        told = by_name.get(given)
        if told is not None and told[1]:
            found[actor_id] = told[0]
            continue
        tie = _introducing_tie(text, full_name)
        if tie in TIE_GENDERS:
            found[actor_id] = TIE_GENDERS[tie]
    return found


def _introducing_tie(text: str, full_name: str) -> str | None:
    """The family tie in apposition right before the first place `text` names the person
    of `full_name`, in full or by the given name ("Their son, Cian, …"), else None."""
    # (the given name's first place is the full name's, or comes before it; str.find, not a
    # pattern compiled per name)
    given = full_name.split()[0]
    at = text.find(given)
    while at > 0 and (
        text[at - 1].isalnum() or text[at + len(given) : at + len(given) + 1].isalnum()
    ):
        at = text.find(given, at + 1)
    tie = _TIE_BEFORE.search(text, max(0, at - 40), at) if at > 0 else None
    return tie.group("tie") if tie is not None else None


_CHILD_TIES = frozenset(("son", "daughter", "grandson", "granddaughter", "nephew", "niece"))


def _children(text: str, people: dict[str, str]) -> frozenset[str]:
    """The people the text introduces as someone's child by a tie before their given name
    ("Their son, Cian,"): called by that name, never by an honorific and the surname."""
    return frozenset(a for a, name in people.items() if _introducing_tie(text, name) in _CHILD_TIES)


# A relative called by a given name after a family tie: "and his wife Pauline have",
# "Her husband, Emyr, 77,", "Their son, Cian, runs".
_TIED_GIVEN_NAME = re.compile(
    rf"(?<![\w'’]){TIE_AFTER_POSSESSIVE}\s*,?\s+"
    rf"(?P<name>[{UPPER}][{LOWER}'’\-]{{2,}})(?=,|\.|\s+[a-z])"
)
# A tie after a named owner's possessive, then a given name: "Mr Eavis' daughter Emily".
NAMED_OWNER_TIE = re.compile(
    rf"(?P<owner>[{UPPER}][{LOWER}'’\-]+)(?:['’]s|['’])\s+(?P<tie>{FAMILY_TIES})\s*,?\s+"
    rf"(?P<name>[{UPPER}][{LOWER}'’\-]{{2,}})(?=,|\.|\s+[a-z])"
)
# How far before the tie the relative's family member is named.
_TIE_REACH = 600


def tied_family_members(
    text: str, found: list[Mention], name_of: dict[str, tuple[str, str]]
) -> tuple[list[Mention], dict[str, tuple[str, str]]]:
    """The relatives `text` calls by a given name after a tie to the person it named last
    with a surname (`name_of`: {actor_id: (name, type)} of the mentions' actors), and later
    by an honorific of the tie's gender and that surname, as people of that surname ("Derek
    Hartley … and his wife Pauline … Mrs Hartley" → Pauline Hartley): the mentions with one
    where each given name stands, and {actor_id: (name, "person")} of the new.

    Why: news introduce a spouse or a child by the given name, then call them "Mrs
    Hartley"; only as one of the family can the honorific find them."""
    added: list[Mention] = []
    new: dict[str, tuple[str, str]] = {}
    starts = [m[0] for m in found]
    for tied in _TIED_GIVEN_NAME.finditer(text):
        gender = TIE_GENDERS.get(tied.group("tie"))
        if gender is None or tied.group(0)[0] in "MmOo":
            continue  # a friend; or the speaker's own relative ("my wife"), no one's named
        n_start, n_end = tied.span("name")
        word = tied.group("name")
        first = bisect_left(starts, n_start - _LONGEST)
        if word.lower() in _NOT_PERSON_WORDS or any(
            m[0] < n_end and n_start < m[1] for m in found[first : bisect_left(starts, n_end)]
        ):
            continue
        owner = next(
            (
                name_of[m[2]][0]
                for m in reversed(found[: bisect_left(starts, tied.start())])
                if tied.start() - m[0] <= _TIE_REACH
                and name_of.get(m[2], ("", ""))[1] == "person"
                and len(name_of[m[2]][0].split()) >= 2
            ),
            None,
        )
        if owner is None or owner.split()[-1] == word:
            continue
        surname = owner.split()[-1]
        if not any(
            HONORIFIC_GENDERS[h.group("title").lower()] == gender
            for h in re.finditer(rf"\b(?P<title>Mr|Mrs|Ms|Miss)\.?\s+{re.escape(surname)}\b", text)
            if h.start() > n_end
        ):
            continue  # never called by the family's name: "Their son, Cian," is Cian
        full = f"{word} {surname}"
        actor_id = f"person_{slug(full)}"
        new[actor_id] = (full, "person")
        added.append((n_start, n_end, actor_id, "discovered"))
    for tied in NAMED_OWNER_TIE.finditer(text):
        # "Mr Eavis' daughter Emily said": the owner's possessive names the family, so she is
        # Emily Eavis however the text calls her after
        n_start, n_end = tied.span("name")
        word, surname = tied.group("name"), tied.group("owner")
        first = bisect_left(starts, n_start - _LONGEST)
        inside = found[first : bisect_left(starts, n_end)]
        # (the owner is one named before in full: "Michael Eavis … Mr Eavis' daughter")
        owner_person = any(
            name_of.get(m[2], ("", ""))[1] == "person"
            and len(name_of[m[2]][0].split()) >= 2
            and name_of[m[2]][0].split()[-1] == surname
            for m in found[: bisect_left(starts, tied.start())]
        )
        if (
            not owner_person
            or word == surname
            or word.lower() in _NOT_PERSON_WORDS
            or any(m[0] < n_end and n_start < m[1] for m in inside)
        ):
            continue
        full = f"{word} {surname}"
        actor_id = f"person_{slug(full)}"
        new[actor_id] = (full, "person")
        added.append((n_start, n_end, actor_id, "discovered"))
    return (sorted(found + added), new) if added else (found, new)


def tie_gender(text: str, start: int) -> str | None:
    """The gender ("he"/"she") a family tie in apposition right before the name at `start`
    tells ("her nephew, Rāwiri", "their eldest son, Timur"), else None."""
    tie = _TIE_BEFORE.search(text, max(0, start - 40), start)
    return TIE_GENDERS[tie.group("tie")] if tie is not None else None


def _surname_owners(
    text: str,
    surname: str,
    actor_ids: list[str],
    taken: list[tuple[int, int]],
    named_at: dict[str, list[int]],
    genders: dict[str, str] | None = None,
    children: frozenset[str] = frozenset(),
) -> list[tuple[int, str]]:
    """(start, person) of each lone use of a surname that `actor_ids` share: the person
    named in full last before it, else the first of them; once a lone use called someone
    (before the others were named), the surname stays theirs ("Ann Vale … Vale said … her
    husband Tom Vale … Vale added": Ann)."""
    owner: str | None = None
    owners = []
    for start in _alone_at(text, surname, 0, taken):
        honorific = _HONORIFIC_BEFORE.search(text, max(0, start - 6), start)
        reflexive = _REFLEXIVE_AFTER.match(text, start + len(surname))
        if (honorific is not None or reflexive is not None) and genders is not None:
            # "Ms Fallon" is no man of that family ("Declan Fallon"), nor "Fallon himself" a
            # woman; a woman of it named only in writing is left to the written names
            told = (
                HONORIFIC_GENDERS[honorific.group("title").lower()]
                if honorific is not None
                else ("he" if reflexive.group(1) == "himself" else "she")  # type: ignore[union-attr]
            )
            fitting = [a for a in actor_ids if genders.get(a, told) == told]
            if len(fitting) > 1 and children:
                # "Mr Byrne" is the father, not the son the text calls "Cian"
                fitting = [a for a in fitting if a not in children] or fitting
            if fitting and len(fitting) < len(actor_ids):
                owners.append((start, _last_named(fitting, named_at, start)))
                continue
            if not fitting:
                continue
        before = _named_before(actor_ids, named_at, start)
        if owner is None and len(before) == 1 and len(actor_ids) > 1:
            owner = before[0][1]  # called by the surname alone while the only one named
        owners.append((start, owner or _last_named(actor_ids, named_at, start)))
    return owners


def _named_before(
    actor_ids: list[str], named_at: dict[str, list[int]], start: int
) -> list[tuple[int, str]]:
    """(where named last before `start`, actor) of those of `actor_ids` named before it."""
    return [
        (max(at for at in named_at.get(a, ()) if at < start), a)
        for a in actor_ids
        if any(at < start for at in named_at.get(a, ()))
    ]


def _last_named(actor_ids: list[str], named_at: dict[str, list[int]], start: int) -> str:
    """Of `actor_ids`, the one named last before `start`, else the first of them."""
    before = _named_before(actor_ids, named_at, start)
    return max(before)[1] if before else actor_ids[0]


def _alone_at(text: str, word: str, start: int, taken: list[tuple[int, int]]) -> list[int]:
    """Where `word` stands as a whole word from `start` on, in no mention of `taken` and
    after no other capitalized name word ("Her sister, Bisi Adebayo": someone else).
    (str.find per word, a handful per article, beats compiling a pattern per article.)"""
    found = []
    size = len(text)
    at = text.find(word, start)
    while at != -1:
        end = at + len(word)
        before = text[at - 1] if at else " "
        after = text[end] if end < size else " "
        if (
            not (before.isalnum() or before == "-")
            and not (after.isalnum() or after == "-")
            and not _overlaps(taken, at, end)
            and not other_given_name_before(text, at)
        ):
            found.append(at)
        at = text.find(word, end)
    return found


def _people_by_given_name(people: dict[str, str]) -> dict[str, list[str]]:
    """{given name: the actors of that given name} of the people named in full."""
    by_given: dict[str, list[str]] = {}
    for actor_id, full_name in people.items():
        words = full_name.split()
        if len(words) >= 2 and words[0][:1].isupper() and len(words[0]) >= 3:
            by_given.setdefault(words[0], []).append(actor_id)
    return by_given


def link_knights(text: str, mentions: list[Mention], people: dict[str, str]) -> list[Mention]:
    """Mentions of knights called by title and given name ("Sir Keir", "Dame Ann") for the
    one person of that given name the text names in full, known or discovered.

    Why: British news calls a knight so after naming him once; unlike a bare given name,
    the title makes it unambiguous."""
    by_given = _people_by_given_name(people)
    taken = [(m[0], m[1]) for m in mentions]
    added = [
        (hit.start("given"), hit.end("given"), owners[0], "given")
        for hit in KNIGHT_BY_GIVEN_NAME.finditer(text)
        if len(owners := by_given.get(hit.group("given"), [])) == 1
        and not _overlaps(taken, hit.start("given"), hit.end("given"))
    ]
    return sorted(mentions + added) if added else mentions


def link_given_names(
    text: str, mentions: list[Mention], people: dict[str, str], discovered: set[str]
) -> list[Mention]:
    """Given-name-only mentions ("Kirill said") of people the text named in full before and
    the dictionary lacks ({actor_id: full name}, `discovered` the ids not in it), when no
    other such person named in the text shares that given name.

    Why: releases and stories call the ordinary people they introduce in full ("Twelve-year-
    old Kirill Smirnov showed a drone") by their first name after that ("Kirill said");
    a known figure is called by surname or title instead, so a minister of that given name
    leaves "Kirill" the schoolboy's."""
    by_given = {
        given: [o for o in owners if o in discovered]
        for given, owners in _people_by_given_name(people).items()
    }
    first_at: dict[str, int] = {}
    for start, _, actor_id, _ in mentions:
        first_at.setdefault(actor_id, start)
    taken = [(m[0], m[1]) for m in mentions]
    added = [
        (start, start + len(given), owners[0], "given")
        for given, owners in by_given.items()
        if len(owners) == 1 and owners[0] in first_at
        for start in _alone_at(text, given, first_at[owners[0]], taken)
        # no possessive nor surname after it: "Kirill Dmitriev" is someone else
        if not _SURNAME_OR_POSSESSIVE_AFTER.match(text, start + len(given))
    ]
    return sorted(mentions + added) if added else mentions


_SURNAME_OR_POSSESSIVE_AFTER = re.compile(r"['’]| [A-Z]")
