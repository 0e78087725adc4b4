"""Direct quotations and who said them.

Finds quoted spans (typographic or straight quotes) of at least a few words, then looks
for the attribution right after ("…,” Peskov said / said the minister") or right before
("Peskov said: “…”", "officials said the summit “…”"). A pronoun speaker ("he said") takes
the previous speaker of the article; an unattributed quote in the same paragraph as an
attributed one continues it. The speaker resolves to the actor mentioned in its text (a
person before an organization before a country, so "the press secretary of the Russian
President" is the person the role resolves to, not Russia); a described body without a name
("the agency's statement", "officials") resolves to the organization the text mentioned last.
A quote that is only a capitalized name ("the “Russian Volunteer Corps”") is not a quote.
A transcript's turns ("Vladimir Putin: …", "Question: …") are quotes of the speaker the
label names (`transcript_turns`).

Context the speaker is found from: a title alone ("The Governor reported …") is the person
named before with that title (`title_anaphora`); the next paragraph of a quote running over
several keeps its speaker; "you" in a turn is the participant the turn turns to ("Mr
President,") or the one a bracketed summary before it is about (`addressee`); a saying ("as
the saying goes") is nobody's; a message an aide reads out is its sender's
(`read_out_sender`), a question handed over and read out its asker's
(`handed_question_sender`).

On text no rule was fitted to: a speech verb may follow auxiliaries ("Washington keeps
saying"); a body named in writing speaks as written ("the Russian Embassy in Oslo",
"Morocco's foreign ministry" → "Moroccan foreign ministry", `written_organization`), not
the country in its name; a lone family name is the person named before in full ("Paek"
after "Paek Song-ho"); a name only suggesting a gender excludes nobody (`_gender`); a
title no name goes with is the last person named who is not the publisher's head; a quote
closed paragraph by paragraph, or after a colon ("In particular:"), keeps the speaker
before it (`intro_speaker`, `previous_sentence_speaker`); "you" after a name called is
that person (`vocative_person`); people at large, unnamed groups and laws quoted for their
wording are nobody.

News shapes (measured on wire stories as well as releases): a quote opening the sentence
right after the one that attributed the quote before it goes on with that speaker, across a
paragraph break too (`follows_attribution`); a name inside quotation marks is never the
subject who reports (`outside_quotations`); ", and Ann Vale had …" opens a clause whose
subject she is; an honorific or the speaker's own "her" tells a gender the name only
guesses (`told_genders`); "In his words" binds like "he said"; a title with words before it ("the region's
Governor", "the Duma Chairman") is the person named with those words; middle initials and
"Jr." do not break a written name, and "Mr. Vale" is the name written in full before; an
attribution may end the sentence of a partial quote ("“…” for both sides, said Ann
Vale") or open it with the verb ("Replied Tom Reyes, “…”"); "he asked" after a question,
"Some say:", a saying with adjectives, "It says" after a law, "set the task:" and a message
"from" someone are read as such. A family name alone is the person named in full before
when its actor was not (`lone_names_to_full`), an acronym the body named in full
(`acronym_body`); an opening phrase ("In a statement, the White House said") is no subject,
nor a person named after a preposition in an apposition ("Ann Vale, a lawyer for the Reyes
family,", `appositive_head`); a name and a day before a quote label it in a list of
statements (`statement_label`); a participle opening the sentence ("Saying “…”, the
ministry urged") gives the quote to the subject after; "continued the letter" goes on with
the letter quoted before, while "a message" of no named sender is nobody's.

Found by perturbing those shapes (quotes written anew, tests/unit/test_quotes_context.py): a
transcript's label is no subject in its turn's first sentence; a quotation glued to the stop
before it ("…respect.\"In 2021") opens a sentence of its own (`split_at_glued_quotes`); a
quote over several paragraphs attributed after the last one gives the earlier paragraphs
that speaker, a glued mark before a lone closing one opening the last paragraph
(`quotations`); "he"/"she" with nobody nearer is the person named last however far; a person
described by a title ("The regional head reported to the President") is none of the people
that sentence names as objects, an owner ("the President's question") is no subject, and
"he replied" is not who asked; a message's sender is the subject of the sentence sending it
before any other; "Mr President, your counterpart said" speaks by the counterpart, "Sergei
Viktorovich," calls that participant, and a question opening a transcript addresses who
answers; "Mr Vale's words:" are his; present-tense speech verbs ("She writes:") report, and
"One might say" is nobody.
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from functools import cache, partial
from itertools import pairwise
from typing import TypeVar

import polars as pl

from pipelines import settings
from pipelines.nlp.dates import WEEKDAYS
from pipelines.nlp.descriptors import descriptor_anaphora, is_describing_word, occupation_nouns
from pipelines.nlp.discovery import (
    DOUBLED_NAME,
    GROUP_PLURAL_END,
    HONORIFIC_GENDERS,
    KIND_WORDS,
    LEGAL_FORMS,
    MASTHEAD_WORDS,
    ORG_HEAD_WORDS,
    ORG_HEADS,
    PLACE_PREFIXES,
    RANKS_AS_WORDS,
    TIE_AFTER_POSSESSIVE,
    TIE_GENDERS,
    TITLE_WORDS,
    TITLE_WORDS_PLAIN,
    any_given_names,
    body_initials,
    given_name_genders,
    names_no_person,
    own_name_offset,
    panel_proper_name,
    tie_gender,
    titled_as_a_work,
    without_leading_callings,
)
from pipelines.nlp.letters import LOWER, UPPER
from pipelines.nlp.places import PlaceFinder
from pipelines.nlp.quote_syntax import (
    DATELINE_OPENING,
    SAYING_NOUNS,
    SPEAKING_LEMMAS,
    UNNAMED_HEAD_WORDS,
    clause_subjects,
    main_clause_subject_over,
    named_subject_over,
    opening_tag,
    reporting_subject,
    salient_names,
    unnamed_reporter,
)
from pipelines.nlp.roles import name_words
from pipelines.nlp.sentences import sentence_index_of, split_sentences
from pipelines.nlp.syntax import irregular_verb_forms, is_common_word, is_gerund, is_known_noun
from pipelines.text.dateparse import MONTHS
from pipelines.text.line_features import PHOTO_CREDIT

# A speaker phrase that describes and names nobody: "the mayor", "its chief executive".
_DESCRIPTION_ONLY = re.compile(r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur)\s+[^A-Z]+")
# "the American", "the 24-year-old Briton": one person of a country, when the word is one
# of the seeds' demonyms (`_any_demonym`; not a country named with "the": "the Netherlands").
_THE_NATIONAL = re.compile(r"[Tt]he\s+(?:\d+-year-old\s+)?(?P<demonym>[A-Z][\w'’\-]*)")
# What may come before a sentence's subject when the subject opens it: marks, a
# connective ("But", "And so").
_CONNECTIVES_ONLY = re.compile(r"[\s“\"]*(?:(?:But|And|Yet|So|Still|However|Meanwhile|Now),?\s+)*")
# The end of a quotation right before a speaker: "“…,” ", "“…” ".
_AFTER_A_QUOTATION = re.compile(r"[”\"],?\s+$")
# A definite description: "the commission", "The Tory leader", "its authors"
_DEFINITE_DESCRIPTION = re.compile(r"(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+\S")
# How a quote's speaker was found, the `attribution` column (the warehouse documents each):
# at the quote by a name, a pronoun or a description; from the quote's own sentence, the
# sentences before it, the quote before it (a speaker going on), an exchange of replies, a
# transcript's turn or label, or a text's author; nobody on purpose; or nothing found.
ATTRIBUTIONS = (
    "named", "pronoun", "description", "sentence", "context", "same_speaker", "exchange",
    "turn", "label", "document", "unnamed", "parse", "none",
)  # fmt: skip
QUOTE_SCHEMA: dict[str, pl.DataType] = {
    "article_id": pl.String(),
    "sentence_index": pl.Int64(),
    "char_start": pl.Int64(),
    "char_end": pl.Int64(),
    "speaker_actor_id": pl.String(),
    "speaker_text": pl.String(),
    "quote_text": pl.String(),
    "attribution": pl.String(),  # one of ATTRIBUTIONS
}

# Speech verbs in the present too ("She writes:", "as he notes,"): speakers in a transcript
# or a speech read letters and articles out in the present tense.
_PRESENT_SPEECH_VERBS = (
    r"writes|notes|stresses|emphasi[sz]es|warns|insists|explains|declares|argues|concludes|"
    r"announces|remarks|replies|recalls|admits|answers|assures|complains|predicts|underlines|"
    # ("continues to receive threats" is no speech)
    r"reiterates|tells\s+\w+(?:\s+\w+)?|points\s+out|puts\s+it|comments|continues(?!\s+to\b)|adds|testifies|"
    r"cautions|observes|acknowledges|responds|concedes|counters|jokes|affirms|clarifies|"
    r"promises|retorts|repeats|asserts|laments|confesses|reveals|reports|"
    r"vows|urges|pleads|contends|confirms|scoffs|"
    # and of people at large ("parents complain:")
    r"complain"
)
SPEECH_VERBS = (
    # (never after a possessive, where the word is a noun: "Mr Bell's comments were")
    r"(?<!['’]s )(?:said|says|say|added|adds|stated|claimed|claims|asserted|told\s+\w+(?:\s+\w+)?|"
    r"informed\s+\w+|"
    # a question passed on: "A student, Ann Vale, asked us to pass on her question:"
    r"asked\s+(?:us|me)\s+to\s+(?:pass\s+on|convey|read\s+out)(?:\s+(?:her|his|their|this|a))?"
    r"(?:\s+question)?|noted|stressed|emphasi[sz]ed|warned|insisted|explained|declared|argued|wrote|continued(?!\s+to\b)|concluded|announced|remarked|replied|acknowledged|reported|put\s+it|admitted|countered|conceded|confessed|recalled|complained|assured|responded|answered|exclaimed|joked|predicted|pointed\s+out|underlined|underscored|reiterated|affirmed|specified|clarified|summed\s+up|went\s+on|"
    # a promise or a question pressed is speech too ("“…,” the Governor promised")
    r"promised|pressed|"
    # what is made known or charged ("revealed that as a student he was “…”")
    r"revealed|disclosed|alleged|"
    # a point made ("Ann Vale raised a fair point:")
    r"(?:raised|made)\s+(?:a|an|the|one)\s+(?:\w+\s+)?point|"
    # words of a reply or a comment ("“…,” his counterpart interjected", "repeated that …")
    r"commented|observed|repeated|interjected|retorted|cautioned|lamented|"
    # speech online or under oath ("“…,” Noem tweeted", "the envoy testified")
    r"tweeted|posted|wrote\s+on\s+\w+|testified|quipped|"
    # a pledge, a plea or a case in words ("“…,” the union vowed")
    r"vowed|urged|pleaded|contended|confirmed|scoffed|snapped|proclaimed|"
    # a rejoinder ("“…,” Trump shot back"; a regular past is `_ANY_PAST`'s)
    r"(?:shot|hit|struck)\s+back|"
    # an order given in words, with no one named to carry it out ("“…,” the court instructed.")
    r"(?:instructed|ordered)(?=\s*[.,;]|\s*$)|"
    # an agency's report of the words: "Ann Vale was quoted by TASS as saying"
    r"(?:was|were|is)\s+quoted\s+(?:by\s+[\w\-]+(?:\s+[\w\-]+)?\s+)?as\s+saying|"
    # a habit of saying: "The actor used to tell young performers:", "liked to say that"
    r"used\s+to\s+(?:say|repeat|tell\s+\w+(?:\s+\w+)?)|(?:liked|loved)\s+to\s+(?:say|repeat)|"
    # a teacher's words: "Suvorov taught his soldiers:", "Confucius taught:"
    r"taught(?:\s+(?:his|her|their|the|us|me)\s+\w+)?(?=\s*[:,])|" + _PRESENT_SPEECH_VERBS + ")"
)
# Capitalized words that open sentences are not names ("This time, officials said ...").
_NOT_A_NAME = r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|Yesterday|Today|Tomorrow|This|That|These|Those|The|It|In|On|At|But|And|However|Meanwhile|When|While|After|Before|As|If|So|Yet|Still|Then|Now|Earlier|Later|You|We|They|He|She|It|His|Her|Its|Our|My|Your|Their|Some|Others|Many|Most|All|Both|Few|Everyone|Everybody|Someone|Somebody|Nobody|Indeed|Also|Instead|Thus|Moreover|Furthermore|Nevertheless|Nonetheless|Besides|Likewise|Similarly|Finally|Separately|With|Without|From|By|Under|For|During|Despite|Amid|Among|Following|Although|Though|Because|Since|Until|Unlike|To|Like|Against|Through|Across|Around|Between|Beyond|Inside|Outside|Within|Via|Whether|Where|Why|How|What|Which|Who|Once|Unless|Whereas|Whilst|Above|Below|Behind|Beside|Toward|Towards|Upon|Into|Onto|About|Along|Regarding|Including|Perhaps|Overall|Already)\b)"
_FUNCTION_WORDS = frozenset(_NOT_A_NAME[6:-4].lower().split("|"))
# Capitalized words that open a clause before a speaker: "As Vera Lind wrote".
_OPENING_WORDS = frozenset(
    w
    for w in _NOT_A_NAME[6:-4].split("|")
    if w not in ("The", "His", "Her", "Its", "Our", "My", "Your", "Their")
)
_PARTICLE = r"(?:al|el|bin|ibn|de|da|van|von|der|la|le)"
# A name does not run on past a sentence end ("… with Ann Vale. He said"): a word of three
# lowercase letters or more and a stop ends it; initials, "Jr." and a rank's abbreviation
# ("Capt. Rod Beer", "Prof. Ann Vale") do not.
# Abbreviated ranks and titles written with a stop ("Gen.", "Capt.", "Prof.").
_RANK_ABBREVIATIONS = (
    *("Gen", "Col", "Lt", "Sgt", "Capt", "Maj", "Adm", "Gov", "Sen", "Rev", "Fr", "Cmdr"),
    *("Cpl", "Brig", "Prof", "Supt", "Insp"),
)
# (those of three lowercase letters or more, which the sentence-end rule would stop at)
_RANK_STOPS = "|".join(
    rf"(?<=\b{word}\.)" for word in _RANK_ABBREVIATIONS if re.search("[a-z]{3}$", word)
)
# (a name may open with a digit, a capital in the same word: "4Cast", "3Com", "7-Eleven")
# After an abbreviation's full stop, an article or a pronoun opens the next sentence, no
# more of the name ("… in Man Utd. The Sunday Telegraph says").
_NO_SENTENCE_OPENING_AFTER_STOP = r"(?!(?<=\.\s)(?:The|A|An|It|He|She|They|We|This|That|But|And)\s)"
_NAME = rf"(?:{_NOT_A_NAME}(?:[{UPPER}]|\d(?=[\w\-]*[{UPPER}]))[\w'’.\-]+(?:(?:(?<![a-z]{{3}}\.)|{_RANK_STOPS})\s+(?:&\s+)?{_NO_SENTENCE_OPENING_AFTER_STOP}(?:[{UPPER}][\w'’.\-]+|{_PARTICLE}-[{UPPER}][\w'’.\-]+|{_PARTICLE}))*)"
# Bodies and groups of people that speak without a name: resolved to the organization the
# article mentioned last ("The agency's statement said", "officials said").
_BODY_NOUNS = r"(?:officials|authorities|agency|ministry|service|government|office|department|embassy|military|army|council|committee|administration|statement|diplomats|sources|source|press\s+service|alliance|watchdog)"
_COMPANY_NOUNS = (
    r"(?:company|firm|concern|\w*maker|producer|carrier|retailer|insurer|lender|bank|"
    r"manufacturer|utility|thrift|chain|airline|conglomerate|brewer|brokerage|broker|miner|"
    r"refiner|operator|supplier|distributor|exporter|importer|shipper|giant|startup|start-up|"
    # (places of business a person runs: "The hotel has said", not its manager)
    r"hotel|restaurant|store|supermarket|casino)"
)
_NOMINAL = rf"(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?)\s+)?(?:(?!(?:said|says|told|added)\b)[\w'’\-]+\s+){{0,3}}?(?:{_BODY_NOUNS}|{_COMPANY_NOUNS}|spokesman|spokeswoman|spokesperson)(?:['’]s\s+(?:statement|spokesman|spokeswoman|spokesperson|press\s+service))?"
# A body named in writing: "the Russian Embassy in Helsinki", "Morocco's foreign ministry",
# "the Ministry of Foreign Affairs of Kazakhstan" (its head noun, words before it, a place or
# a body after "of"/"in").
_ORG_HEAD_NOUNS = (
    r"(?i:ministry|embassy|consulate|mission|government|cabinet|secretariat|court|council|"
    r"committee|commission|agency|service|department|directorate|bureau|parliament|assembly|"
    r"administration|command|headquarters|office|party|movement|front|chambers?|association|"
    r"confederation|presidency|television|radio)"
)
_ORG_MODIFIERS = (
    r"(?:foreign|defen[cs]e|interior|justice|finance|health|security|press|state|federal|"
    r"national|emergencies|economy|economic|trade|energy|education|culture|transport|"
    r"agriculture|general|prosecutor's|prosecutor’s|investigative|central|supreme|constitutional|"
    r"information|communications|environment|labou?r|industry|commerce|tourism|science|"
    r"sports?|youth|social|welfare|housing|water|mining|oil|petroleum|home|news)"
)
_ORG_PHRASE = (
    r"(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+)?"
    r"(?P<owner>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2}['’]s\s+)?"
    rf"(?P<words>(?:(?:[A-Z][\w’'\-]*|{_ORG_MODIFIERS})\s+){{0,4}}?)"
    rf"(?P<head>{_ORG_HEAD_NOUNS})"
    r"(?P<of>\s+(?:of|in|for|on)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w’'\-]*){0,5})?"
)
_WRITTEN_ORG = re.compile(_ORG_PHRASE)
_ORG_HEAD_WORD = re.compile(_ORG_HEAD_NOUNS)


def _ends_in_a_body_head(name: str) -> bool:
    """Whether a written name's last word is the head noun of a body's name ("Home Office",
    "Evening Standard", "South Korea's Foreign Ministry")."""
    last = name.split()[-1] if name.strip() else ""
    return bool(_ORG_HEAD_WORD.fullmatch(last)) or last.lower() in ORG_HEAD_WORDS


# The same as a clause's subject, where a body named by kind in lowercase ("a joint
# commission") is no subject: an owner or a capitalized head.
_ORG_SUBJECT = (
    r"(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+)?"
    rf"(?:[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){{0,2}}['’]s\s+(?:{_ORG_MODIFIERS}\s+|[A-Z][\w’'\-]*\s+){{0,3}}?"
    rf"|(?:[A-Z][\w’'\-]*\s+){{0,4}}?(?=[A-Z])){_ORG_HEAD_NOUNS}"
    r"(?:\s+(?:of|in|for|on)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w’'\-]*){0,5})?"
)
# Capitalized words that say what kind of body, not whose: "the Foreign Ministry" alone is
# the one the publisher's context gives, not a body named in writing.
_GENERIC_ORG_WORDS = frozenset(
    [
        "foreign",
        "defence",
        "defense",
        "interior",
        "federal",
        "state",
        "national",
        "security",
        "justice",
        "finance",
        "health",
        "emergencies",
        "press",
        "supreme",
        "central",
        "general",
        "presidential",
        "economic",
        "economy",
        "development",
        "constitutional",
        "investigative",
    ]
)
# A speaker: a name with up to four title words before it ("NATO spokesperson Ingrid
# Valtonen", "foreign minister Ana Rojas"), a described person ("the ministry's
# spokesman", "his Ukrainian counterpart": news describes the other party with a
# possessive), or a pronoun. A conjunction ends a description ("He thanked her and said:"
# has no speaker "her and"), except in a portfolio of two fields before its office ("the work
# and pensions minister"; not two offices: "the peer and former minister").
_DESCRIPTION_WORD = r"(?!(?:and|or|but|then)\b)[\w'’\-]+"
# A body's name whose words hold "and" after "of": "the Colorado Department of Public Health
# and Environment", "the Ministry of Industry and Trade".
_BODY_WITH_AND = (
    r"(?:[Tt]he\s+)?(?:[A-Z][\w'’\-]*\s+){1,3}of\s+(?:[A-Z][\w'’\-]*\s+){1,3}and\s+"
    r"[A-Z][\w'’\-]*"
)
# A description owned by a name: "Tokyo’s foreign ministry", "Seoul's finance ministry",
# "Vale's lawyer" (the owner's own words are no description: "Vale's").
_OWNED_DESCRIPTION = (
    rf"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){{0,2}}['’]s\s+(?:{_DESCRIPTION_WORD}\s+){{0,3}}"
    rf"{_DESCRIPTION_WORD}"
)
# (the words before a name are its titles: never a clause that reports it, "Mr Peston's book
# claimed that Mr Brown told him")
# (nor a verb's auxiliary or "if": "When asked if Brown and Carragher would start Eriksson
# replied:" is Eriksson's reply; "and" joins titles: "Chairman and Chief Executive Ann Vale")
_NOT_A_TITLE_WORD = (
    r"(?!(?:that|who|which|whom|said|says|claimed|claims|told|tells|if|would|will|could|"
    r"should|can|might|must|did|does|do)\b)"
)
_BODY_PEOPLE = (
    r"(?:spokesperson|spokesman|spokeswoman|official|diplomat|source|representative|officer|"
    r"aide|adviser|advisor|staffer|employee)"
)
# One unnamed person of a body: "a Pentagon spokesperson", "A senior Japanese Finance
# Ministry official".
_UNNAMED_OF_A_BODY = rf"(?:[Aa]n?|[Oo]ne)\s+(?:[\w'’.\-]+\s+){{0,5}}?{_BODY_PEOPLE}"
_SPEAKER = rf"(?<![\w'’])(?P<speaker>(?:(?:[Tt]he|[Aa]n?)\s+)?(?:{_NOT_A_TITLE_WORD}[\w'’\-]+\s+){{0,4}}?{_NAME}|{_BODY_WITH_AND}|{_OWNED_DESCRIPTION}|(?:[Tt]he|[Aa]n?|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir)\s+(?:{_DESCRIPTION_WORD}\s+){{0,3}}(?:[a-z][\w'’\-]*\s+and\s+(?=[a-z])(?:(?!(?:former|then|new|current|acting|future)\b){_DESCRIPTION_WORD}\s+)?)?{_DESCRIPTION_WORD}|[Mm]y\s+(?:[a-z]+\s+){{0,2}}?(?:colleague|counterpart|partner|friend|brother)|{_UNNAMED_OF_A_BODY}|[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Yy]ou)"
# A speaker described after a verb, up to where the phrase ends: "said British ambassador
# Fiona Marchbank", "said the U.S. co-chair, Major General Robert Keene".
# An abbreviated rank's stop ends no phrase ("said Gen. Tom Reyes, the commander"), nor does a
# middle initial's ("said Ann C. Vale").
_ABBREVIATION_STOPS = "".join(rf"(?<!\b{word})" for word in _RANK_ABBREVIATIONS)
_PHRASE_END = rf"(?=\s*(?:[,;:]|(?<!\.[A-Z])(?<!\b[MD][rs])(?<!\bMrs)(?<!\s[A-Z]){_ABBREVIATION_STOPS}\.(?:\s|$)|$)|\s+(?:who|which|that|in|on|at|after|during|when|as|from|to|before|while)\b)"
# A day or time right after the verb is no speaker: "announced yesterday that …".
_NOT_A_DESCRIBED_SPEAKER = (
    r"(?!(?:yesterday|today|tonight|tomorrow|earlier|later|on|last|this|that|"
    # a preposition opens what the verb is about ("warned against relaxing"), no speaker
    r"against|about|of|for|with|to|in|at|over|from|by|before|after|during|when|while|as|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)"
)
_DESCRIBED_SPEAKER = rf"(?P<speaker>{_NOT_A_DESCRIBED_SPEAKER}[^,“”\"\n]{{2,80}}?){_PHRASE_END}"
# The same with a named apposition: "said Russia's envoy in Vienna, Arkady Lemeshev, who".
# (the description stays in its sentence: "said Ann Vale. A pupil, Tom Reyes, …" is Vale's;
# a stop after a word of four small letters ends a sentence, not an abbreviation's)
_DESCRIBED_AND_NAMED = (
    rf"(?P<speaker>(?:(?![a-z]{{4}}\.\s+[A-Z])[^,“”\"\n]){{2,80}}?),\s+(?P<apposition>{{name}})"
    rf"{_PHRASE_END}"
)
# Participles of saying: ", saying", ", adding".
_SAYING_PARTICIPLES = r"saying|adding|claiming|asserting|telling|tweeting"
# Verbs that introduce a partial quote inside reported speech ("X accused Y of “...”").
_REPORTING_VERBS = rf"(?:{SPEECH_VERBS}|asked\s+(?:how|whether|why|what|if|when|where|who)|forecast|describes|calls|terms|dubs|brands|labels|hailed|hails|praised|praises|blasted|blasts|slammed|slams|lambasted|decried|decries|derided|deemed|deems|begged|implored|pleaded|cited|accused|accuses|accuse|asserts|condemned|called|described|dismissed|urged|rejected|criticized|criticised|denounced|promised|pledged|vowed|welcomed|termed|branded|labell?ed|dubbed|characteri[sz]ed|fired\s+back|{_SAYING_PARTICIPLES})"
# The verb of saying that closes a sentence after its subject: " have said.", " say".
_CLOSING_ATTRIBUTION = re.compile(
    rf"\s+(?:(?:have|has|had|also|now|again)\s+){{0,2}}{_REPORTING_VERBS}\s*[.!?]?[\s”\"]*"
)
# Typographic quotations pair unambiguously; straight ones are paired by `quotations`.
# A pair closes on its own line; an opening mark left unclosed at a line break is a paragraph
# of a quotation running on (`_UNCLOSED_QUOTE`), whose words end there.
_PAIRED_QUOTE = re.compile(r"“(?P<q1>[^”\n]{3,}?)”|«(?P<q2>[^»\n]{3,}?)»")
_UNCLOSED_QUOTE = re.compile(r"[“«](?P<q>[^”»\n]{3,})(?=\n|$)")
_STRAIGHT_MARK = re.compile(r"\"")
# What may follow a closing straight quote mark (a space, punctuation, the end).
_AFTER_CLOSING = frozenset(" \t\n\r\u00a0,.;:!?)]–—-…")
_SENTENCE_STOPS = frozenset(".!?…")


# A typographic opening mark closed by a straight one on the same line, and a straight
# opening mark closed by a typographic one.
_MIXED_CLOSING = re.compile(r'(“[^”“"\n]{3,})"(?=[\s,.;:!?)\]–—…-]|$)')
_MIXED_OPENING = re.compile(r'(?:(?<=^)|(?<=[\s(:]))"(?=[^\s,.;:!?)\]])([^”“"\n]{3,}”)')


# A straight mark with a space on both sides, before a word and a mark on the same line that
# closes a word: "would begin \" almost instantly.\"".
_SPACED_OPENING = re.compile(r'" [^\s"][^"\n]*[^\s"]"(?:[\s,.;:!?)\]–—…-]|$)')


def _opens_spaced(body: str, at: int) -> bool:
    """Whether a straight mark with a space on both sides opens a quotation: no quotation is
    open, a space or the line's start is before it, and the next mark on its line closes.

    Why: some wire archives write every opening mark with a space after it (a converted
    ``), which alone reads as a closing mark; the quotation was lost."""
    return (at == 0 or body[at - 1] in " \t\n(:") and _SPACED_OPENING.match(body, at) is not None


def quotations(body: str) -> list[tuple[int, int, str]]:
    """(start, end, words) of each quotation in `body`, its marks included in the span.

    Straight marks are paired by which side they face: a mark with a space, a colon or
    nothing before it and a word after it only opens; a mark with punctuation or a space after it
    only closes. A mark that only opens while a quotation is open starts a new paragraph of
    a quote running over several paragraphs: the open one ends there, without its closing
    mark, and so does one left open at a line break. A lone closing mark is skipped.

    Why: releases glue marks to words ("By\"we\" I mean", "in full.\"I have"); pairing
    marks in turn lets one short or unclosed quotation shift every pair after it, so that
    the text between two quotations is taken for a quote and the quote itself is lost."""
    # a typographic mark closed by a straight one, or the other way round ("“Our results
    # reflected growth," the CEO said): pair them as typographic marks (same length, so
    # every offset holds)
    body = _MIXED_CLOSING.sub(r"\g<1>”", _MIXED_OPENING.sub(r"“\g<1>", body))
    found = [
        (m.start(), m.end(), m.group("q1") or m.group("q2") or "")
        for m in _PAIRED_QUOTE.finditer(body)
    ]
    paired = [(start, end) for start, end, _ in found]
    found += [
        (m.start(), m.start() + 1 + len(m.group("q").rstrip()), m.group("q").rstrip())
        for m in _UNCLOSED_QUOTE.finditer(body)
        if not any(start <= m.start() < end for start, end in paired)
    ]
    open_at = -1
    length = len(body)
    # the quotation a mark glued between two sentences last closed ("part.\"We"), and that
    # mark: it may instead open the quote's next paragraph
    glued: tuple[tuple[int, int, str], int] | None = None

    def unclosed(start: int, end: int) -> None:
        words = body[start + 1 : end].rstrip()
        found.append((start, start + 1 + len(words), words))

    for mark in _STRAIGHT_MARK.finditer(body):
        at = mark.start()
        if open_at >= 0:
            line_end = body.find("\n", open_at, at)
            if line_end != -1:
                unclosed(open_at, line_end)
                open_at = -1
        opens_only = (at == 0 or body[at - 1].isspace() or body[at - 1] in ":(") and (
            at + 1 < length and body[at + 1] not in _AFTER_CLOSING
        )
        closes_only = at + 1 >= length or body[at + 1] in _AFTER_CLOSING
        last_glued, glued = glued, None
        if open_at < 0:
            if not closes_only or _opens_spaced(body, at):
                open_at = at
            elif last_glued is not None and "\n" not in body[last_glued[1] : at]:
                # "\"Part one.\"Part two,\" she said": a lone closing mark after a glued one;
                # the glued mark opened the next paragraph of the quote, which it left open
                (start, _, _), paragraph = last_glued
                found.remove(last_glued[0])
                unclosed(start, paragraph)
                found.append((paragraph, at + 1, body[paragraph + 1 : at]))
        elif opens_only:
            unclosed(open_at, at)
            open_at = at
        else:
            found.append((open_at, at + 1, body[open_at + 1 : at]))
            if body[at - 1] in _SENTENCE_STOPS and body[at + 1 : at + 2].isupper():
                glued = found[-1], at
            open_at = -1
    if open_at >= 0:
        line_end = body.find("\n", open_at)
        unclosed(open_at, line_end if line_end != -1 else length)
    found.sort()
    kept: list[tuple[int, int, str]] = []
    for quotation in found:
        if not kept or quotation[0] >= kept[-1][1]:
            kept.append(quotation)
    return kept


# Words between a speaker and the speech verb: auxiliaries and adverbs ("Washington keeps
# saying", "NATO has repeatedly stated", "Poland was the first to say").
_AUXILIARIES = (
    r"(?:(?:has|have|had|will|would|could|can|may|might|did|does|do|keeps?|kept|keep\s+on|"
    r"continues?\s+to|continued\s+to|went\s+on\s+to|used\s+to|"
    r"(?:was|were|is|are)\s+the\s+first\s+to|"
    r"repeatedly|already|also|always|often|then|once|just|only|publicly|officially|openly|never|even|"
    r"still|again|later|recently|rightly|constantly|regularly|simply|now|first|further|"
    r"specifically|explicitly|directly|immediately|earlier|previously|reportedly|allegedly|"
    # any adverb of manner ("Brooke tearfully asked"), not a noun ending so ("the family")
    r"(?!(?:family|assembly|monopoly|anomaly|homily|melancholy)\b)[a-z]{3,}ly)\s+)"
)
# The same with a form of "be" ("are saying"), where the verb's form is checked apart.
_AUXILIARIES_BE = _AUXILIARIES.replace("(?:(?:has|", "(?:(?:is|was|were|are|been|has|", 1)
# "be" right before a verb: a passive ("Russia was accused of") unless the verb is in -ing.
_BE_BEFORE = re.compile(r"(?<![\w'’])(?:is|was|were|are|been|be)\s+(?:[a-z]+ly\s+)?$")
# Words opening a speaker phrase that make it nobody in particular: "Someone in the West",
# "Many of our colleagues", "Some experts".
_INDEFINITE_SPEAKERS = frozenset(
    [
        "someone",
        "somebody",
        "anyone",
        "anybody",
        "everyone",
        "everybody",
        "nobody",
        "many",
        "some",
        "others",
        "few",
        "most",
        "several",
        # "one European diplomat said": one of many, unnamed
        "one",
    ]
)
# The same words opening the clause a place in the speaker phrase ends: "Many of our
# colleagues in Europe said".
_INDEFINITE_BEFORE = re.compile(
    r"(?:^|[.!?,;:“”\"]\s*|\b(?:and|but)\s+)(?i:someone|somebody|anyone|everyone|nobody|many|"
    r"some|others|few|most|several)\s+(?:[a-z]+\s+){0,5}$"
    # one of a group, described by where they are: "One of them, from Leipzig, wrote:"
    r"|(?:^|[.!?,;:“”\"]\s*)[Oo]ne\s+of\s+(?:them|us|the\s+[a-z]+|our\s+[a-z]+),\s+(?:from|in)\s+$"
)
# A plural noun ending a speaker phrase: "the so-called experts", "the participants" (not
# "an unnamed official", who is someone).
_PLURAL = re.compile(r"(?<!s)s$|(?:people|men|women|children)$")
# Texts quoted for their wording, nobody's speech: "The Constitution says:", "the UN
# Charter reads".
_LEGAL_TEXTS = frozenset(
    [
        "constitution",
        "charter",
        "treaty",
        "code",
        "law",
        "article",
        "clause",
        "agreement",
        "agreements",
        "decree",
        "convention",
        "act",
        "bill",
        "paragraph",
        # "The Minsk Protocol says:", "The draft says:"
        "protocol",
        "draft",
        "accord",
        "accords",
    ]
)
# The actors of unnamed groups ("residents", "protesters", "police"): no one a reader names.
_UNNAMED_GROUP = "sector_"
# A habitual or imagined saying after "they" ("they keep saying", "they will say"): the words
# of people at large.
_HABITUAL_AFTER = re.compile(
    r"\s+(?:will|would|may|might|can|could|keep|keeps|kept|always|often|usually|used\s+to|tend\s+to)\b"
)
# Someone named as a text's owner: "Morquendi's", "Tom Reyes's".
_OWNER_NAME = r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}"
_OWNER_WRITTEN = rf"{_OWNER_NAME}['’]s?"
# Attribution after the quote ("…,” Rojas said / said Rojas / according to Rojas) or before it.
# What may stand between a quote and the attribution after it: a comma, a dash ("…” – he
# said", "…,” – said Ann Vale").
_AFTER_OPENING = r"\s*,?\s*(?:[–—]\s*)?"
# A speech verb, then its speaker, right after a quote: "“Absolutely,” said Tom Reyes".
_SAID_NAME_AFTER = re.compile(rf"{_AFTER_OPENING}{SPEECH_VERBS}\s+{_DESCRIBED_SPEAKER}")
# The patterns after a quote whose speaker comes before the verb ("Ann Vale said"), tried
# before the rest.
_SUBJECT_FIRST_AFTER = [
    re.compile(rf"{_AFTER_OPENING}{_SPEAKER}\s+{_AUXILIARIES}{{0,2}}{SPEECH_VERBS}\b"),
    # "…,” the statement read": a text "reads" its words (no speech verb of a person)
    re.compile(
        rf"{_AFTER_OPENING}(?P<speaker>(?:the|its|his|her|their|{_OWNER_WRITTEN})\s+(?:[\w'’\-]+\s+){{0,2}}?"
        r"(?:statement|communiqu[eé]|declaration|opinion|ruling|report|letter|message|note|"
        r"release|announcement|notice))\s+(?:read|reads)\b"
    ),
    # "…,” police said": the police, in lowercase, with no article ("Stockholm police said")
    re.compile(
        rf"{_AFTER_OPENING}(?P<speaker>(?:[A-Z][\w'’\-]*\s+){{0,3}}police)\s+"
        rf"{_AUXILIARIES}{{0,2}}{SPEECH_VERBS}\b"
    ),
    # "…!” officers announced", "…,” residents said": people no one names, by a plural
    # noun with no article (an adjective before it perhaps): nobody a reader could name
    re.compile(
        rf"{_AFTER_OPENING}(?P<speaker>(?:[a-z][\w\-]+\s+)?[a-z][\w\-]+[^\Ws]s)\s+"
        rf"{_AUXILIARIES}{{0,2}}{SPEECH_VERBS}\b"
    ),
    # "…,” chairman, CEO and president Craig Menear said": offices listed before the name
    re.compile(
        rf"{_AFTER_OPENING}(?P<speaker>(?:[A-Za-z][\w'’\-]*,\s+){{1,3}}(?:[\w'’\-]+\s+){{0,4}}?"
        rf"{_NAME})\s+{_AUXILIARIES}{{0,2}}{SPEECH_VERBS}\b"
    ),
    # "…?” he asked.": a question's asker, the verb ending the attribution
    re.compile(
        rf"{_AFTER_OPENING}{_SPEAKER}\s+{_AUXILIARIES}{{0,2}}(?:asked|wondered)(?=\s*[.,;!?]|\s*$"
        # ("… asked before apologizing to the actor", "… asked as the lights went out")
        r"|\s+(?:before|after|as|while|when|with)\b)"
    ),
    # "…,” Ariane Duchesne, the organization's regional director, said; the apposition may
    # hold commas and abbreviations ("a fellow at the institute in Munich, Germany, said"),
    # a role in lowercase may precede the name ("study lead author Ann Vale, ..., has written"),
    # and its owner before it ("Mr Nogar's son Stephen, 57, said")
    re.compile(
        rf"{_AFTER_OPENING}(?:(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w\-]*['’]s\s+)?"
        rf"(?:[a-z][\w'’\-]*\s+){{0,3}}(?P<speaker>{_NAME}),\s+(?P<apposition>(?:[^.“”\"\n]|\.(?=\S)){{1,160}}?),\s+{_AUXILIARIES}{{0,2}}(?:{SPEECH_VERBS}|written)\b"
    ),
    # "…,” Ann Vale from the Kestrel Institute, told the BBC", "…,” Ann Vale, of the
    # institute (KI) said": a name, then the body she is from, the commas left unpaired
    re.compile(
        rf"{_AFTER_OPENING}(?P<speaker>{_NAME}),?\s+(?:from|of|at)\s+(?:the\s+)?[A-Z]"
        rf"[^,.“”\"\n]{{1,80}}?,?\s+{_AUXILIARIES}{{0,2}}{SPEECH_VERBS}\b"
    ),
    # "…,” a detective, speaking on condition of anonymity, said": a speaker described, not
    # named, with a phrase set off by commas
    re.compile(
        rf"{_AFTER_OPENING}(?P<speaker>(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s+(?:[\w'’\-]+\s+){{0,3}}?"
        rf"[a-z][\w'’\-]*),\s+(?P<apposition>[^.“”\"\n,]{{1,100}}),\s+{_AUXILIARIES}{{0,2}}"
        rf"{SPEECH_VERBS}\b"
    ),
]
# … and the one tried last: "…” the bloc's enlargement commissioner, Jana Horváthová, said"
_LAST_SUBJECT_FIRST = re.compile(
    rf"{_AFTER_OPENING}(?:[^,.“”\"]{{1,60}},\s)?(?P<speaker>{_NAME}),?\s+{SPEECH_VERBS}\b"
)
# A name whose apposition the writer left unclosed before the verb: "Mark Serwotka, the
# leader of the union said:" (the name speaks, not the body at the apposition's end).
# The name opens its clause, and the apposition is a calling ("the leader of", "founder of").
_NAME_AND_OPEN_APPOSITION = (
    rf"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n)|(?<=[”\"]\s)|(?<=[”\"],\s))(?P<speaker>{_NAME}),\s+"
    r"(?:the\s+|an?\s+)?(?:[\w'’\-]+\s+){0,3}?"
    r"(?:[a-z\-]*(?:man|woman|er|or|ist|ant|ent|ive|ect|crat|ier|ess|ian|eer|ee|head|chief))\b"
    r"[^,“”\"\n.:;]{0,80}?\s+"
)
# ... and after a quotation that leaves its sentence open, a name, perhaps with an
# apposition, before any verb in the past: "“…,” Howard Dean, the former governor,
# proclaimed" (not one who passes on another's words: "Reuters quoted an official as saying")
_AFTER_OPEN_QUOTATION = rf"(?<=[,!?][”\"»]){_AFTER_OPENING}"
_ANY_PAST = r"[a-z]{2,}ed\b"
_NAME_BEFORE_ANY_PAST = re.compile(
    rf"{_AFTER_OPEN_QUOTATION}(?P<speaker>{_NAME})"
    r"(?:,\s+(?P<apposition>(?:[^.“”\"\n]|\.(?=\S)){1,160}?),)?\s+"
    rf"(?!quoted\b|cited\b|reported\b){_ANY_PAST}"
)
_AFTER_PATTERNS = [
    *_SUBJECT_FIRST_AFTER,
    re.compile(
        rf"{_AFTER_OPENING}{SPEECH_VERBS}\s+" + _DESCRIBED_AND_NAMED.replace("{name}", _NAME)
    ),
    _SAID_NAME_AFTER,
    # "“…?” asked Ann Vale of Channel 7": after a question only, the verb first; a pronoun
    # after it is whom the question went to ("asked him")
    re.compile(
        rf"(?<=\?[”\"»]){_AFTER_OPENING}(?:asked|wondered|inquired)\s+"
        rf"(?!(?:him|her|them|me|us|you|whether|if|why|how|what)\b){_DESCRIBED_SPEAKER}"
    ),
    # "“…,” worries former adviser Ann Vale": after a comma only, a verb of how one speaks
    # that no speaker-first pattern holds, then the speaker
    re.compile(
        rf"(?<=,[”\"»]){_AFTER_OPENING}(?:worr(?:ies|ied)|frets|fretted|mus(?:es|ed)|quip(?:s|ped)|"
        r"marvel(?:s|l?ed)|caution(?:s|ed)|observ(?:es|ed)|lament(?:s|ed)|boast(?:s|ed)|"
        rf"grumbl(?:es|ed)|jok(?:es|ed)|sigh(?:s|ed)|shrug(?:s|ged))\s+{_DESCRIBED_SPEAKER}"
    ),
    # "“This is fantastic!” beamed Ann Vale": after a quotation that leaves its sentence
    # open, any verb in the past before a speaker named by a capital is how they said it
    # (not "whispered the party person": someone unnamed)
    re.compile(rf"{_AFTER_OPEN_QUOTATION}{_ANY_PAST}\s+(?=[A-Z])(?!The\b){_DESCRIBED_SPEAKER}"),
    _NAME_BEFORE_ANY_PAST,
    re.compile(rf"{_AFTER_OPENING}according\s+to\s+{_DESCRIBED_SPEAKER}"),
    # "the “new Gannett,” as Reed dubbed the combination": the one whose name for it it is
    re.compile(
        rf"{_AFTER_OPENING}as\s+{_SPEAKER}\s+(?:dubbed|dubs|called|calls|termed|terms|"
        r"described|describes|branded|brands|labell?ed|labels|put\s+it|puts\s+it)\b"
    ),
    # "“…” was what Ann Vale ordered": the one the clause after the quote names
    re.compile(
        rf"{_AFTER_OPENING}(?:was|were|is|are)\s+what\s+{_SPEAKER}\s+(?:{SPEECH_VERBS}|ordered|"
        r"demanded|called\s+for|urged|taught|advised)\b"
    ),
    # "“…,” Adam Hume, the broadcaster's futurologist told the website"
    re.compile(rf"{_AFTER_OPENING}{_NAME_AND_OPEN_APPOSITION}{SPEECH_VERBS}\b"),
    # "“…” These were the words of Ann Vale, a teacher": the next sentence names whose
    re.compile(
        r"(?<=[.!?][”\"»])\s*(?:These|Those|Such|This|That)\s+(?:were|was|are|is)\s+the\s+"
        rf"words\s+of\s+{_DESCRIBED_SPEAKER}"
    ),
    _LAST_SUBJECT_FIRST,
]
_SUBJECT_FIRST = (*_SUBJECT_FIRST_AFTER, _LAST_SUBJECT_FIRST, _NAME_BEFORE_ANY_PAST)
# People at large as the subject of a speech verb: "Some say:", "Someone might say:", "Many
# people say" (`_INDEFINITE_SPEAKERS` makes them nobody).
_INDEFINITE_SUBJECT = (
    r"(?P<speaker>(?:[Ss]ome|[Mm]any|[Oo]thers|[Ee]veryone|[Ee]verybody|[Ss]omeone|[Ss]omebody|"
    r"[Nn]obody|[Ff]ew|[Mm]ost)(?:\s+(?:people|of\s+them|of\s+us))?)"
)
_MANNER_VERBS = r"(?:laughed|smiled|sighed|shrugged|nodded|grinned|chuckled)"
_MANNER_OF_REPLY = re.compile(rf"\b{_MANNER_VERBS}\b")
_BEFORE_PATTERNS = [
    re.compile(rf"{_NAME_AND_OPEN_APPOSITION}{_AUXILIARIES}{{0,2}}{SPEECH_VERBS}\s*[:,]?\s*$"),
    # an adverb may come between: "As you rightly said,", "Ann Vale has repeatedly stated:"
    re.compile(
        # (not what one recalls: "recalled what his guest had told him during dinner:")
        rf"(?<!what ){_SPEAKER}\s+{_AUXILIARIES}{{0,2}}{SPEECH_VERBS}"
        # when: "said during our talks:"
        r"(?:\s+during\s+(?:[\w'’\-]+\s+){0,3}?[\w'’\-]+)?"
        r"\s*[:,]?\s*$"
    ),
    re.compile(
        rf"(?<![\w'’]){_INDEFINITE_SUBJECT}\s+{_AUXILIARIES}{{0,2}}{SPEECH_VERBS}"
        r"(?:\s+that)?\s*[:,]?\s*$"
    ),
    re.compile(rf"[Aa]ccording\s+to\s+{_SPEAKER}\s*[:,]\s*$"),
    # "According to him, “…”": the person the pronoun stands for
    re.compile(r"[Aa]ccording\s+to\s+(?P<speaker>him|her|them)\s*[:,]\s*$"),
    # "In the words of Ann Vale, “…”", "In the President's words, “…”", "In his words:"
    re.compile(rf"[Ii]n\s+the\s+words\s+of\s+{_SPEAKER}\s*[:,]\s*$"),
    re.compile(
        r"[Ii]n\s+(?P<speaker>(?:the\s+)?(?:[\w\-]+\s+){0,3}?[\w\-]+?)['’]s?\s+(?:own\s+)?words\s*[:,]\s*$"
    ),
    re.compile(r"[Ii]n\s+(?P<speaker>his|her|their)\s+(?:own\s+)?words\s*[:,]\s*$"),
    # the manner of a reply before a colon: "When I asked him, he laughed: “…”" (after a
    # quote, "X smiled" is no attribution: "“…” Ann Vale, asked about it, smiled.")
    re.compile(rf"{_SPEAKER}\s+{_MANNER_VERBS}(?:\s+[a-z]+ly)?\s*:\s*$"),
]
# The object form of a pronoun speaker ("according to him") as its subject form.
_SUBJECT_FORM = {"him": "he", "her": "she", "them": "they", "his": "he", "their": "they"}
# A title or body "of" a place or body, the name perhaps after it: "The President of
# Ukraine", "Minister of Foreign Affairs Ann Vale", "High Commissioner for Human Rights",
# "Bishop Ann Vale of the Diocese of Leeds" (the mention in it tells who, a person first).
_OF_PHRASE = (
    r"(?:[Tt]he\s+)?(?:[A-Z][\w'’\-]*\s+){0,3}[A-Z][\w'’\-]*(?:\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’\-]*\s+){0,3}[A-Z][\w'’\-]*){1,2}"
)
# A side, a leadership or an office described by its country's adjective: "The Ukrainian
# side", "the American leadership", "the Ukrainian President" (the mention in it tells who).
_SIDE_SUBJECT = (
    r"(?:[Tt]he|[Oo]ur|[Tt]heir)\s+(?:[a-z]+\s+)?(?:[A-Z][\w'’\-]*\s+){1,2}(?:side|authorities|"
    r"leadership|government|regime|delegation|partners|colleagues|officials|president|President|"
    r"leader|chancellor|Chancellor|prime\s+minister|Prime\s+Minister|minister|Minister|"
    r"ambassador|Ambassador|envoy|spokesman|spokeswoman|spokesperson|military|army|media|press)"
)
# Someone's unnamed relative or lawyer: "Kopp's stepmother" (an aide or a spokesman is an
# office the roles may know the holder of: "Putin's spokesman").
_SOMEONES_PERSON = (
    rf"{_NAME}['’]s\s+(?:step|half-|grand)?(?:mother|father|wife|husband|son|daughter|brother"
    r"|sister|uncle|aunt|parents|children|lawyer|attorney|friend|neighbou?r)"
)
_SOMEONES_PERSON_SPEAKER = re.compile(_SOMEONES_PERSON)
_RELATIVE_OF_SOMEONE_DESCRIBED = re.compile(
    _SOMEONES_PERSON.replace(
        _NAME, r"(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*", 1
    )
)
# A name opening the clause, then words between commas however long, then the verb: "Linda
# Knox, Director of the Management Centre at Strathclyde University, said", "Dr Gibbons, who
# was a GP in Blaengwynfi, in the Upper Afan Valley, said" (the name speaks, not a body or a
# place or a person named between the commas).
_NAME_AND_INSERTION_BEFORE_VERB = re.compile(
    rf"\s*(?P<speaker>(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady)\.?\s+)?{_NAME})(?:,\s|\s[-–—]\s)"
    # (or between dashes: "Lord Bingham - a senior law lord - said")
    r"(?P<apposition>[^“”\"]{1,220}?)(?:,|\s[-–—])\s+(?:also\s+|[a-z]+ly\s+)?$"
)
# A clause coordinated after another ("…, but she warned", "…, and it added"): wider than
# `_CLAUSE_OPENING_BREAK`, since "and" here joins a second reporting clause.
_COORDINATED_CLAUSE = re.compile(r"[;,]\s+(?:but|and|while|whereas|yet)\b|;")
# A plain verb of saying and the clause it reports: "said that", "says".
_SAID_THAT = re.compile(r"(?:said|says|told\s+\w+|insisted|added|argued)\s+(?:that\s+)?")
# Words between commas that end with a name of their own: ", the head of the village, Tamara
# Lukina".
_NAME_LAST = re.compile(rf"(?:^|,\s)(?:[{UPPER}][\w'’.\-]*\s+){{1,3}}[{UPPER}][\w'’.\-]*$")
# When, between a subject and its verb: "Bob Geldof in July said", "the minister on Monday
# told".
_TIME_BETWEEN = (
    r"(?:\s+(?:in|on|last|earlier|later|this)\s+(?:(?:the\s+)?(?:week|month|year|morning|"
    r"afternoon|evening|night|weekend)|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday))?"
)
# Reported speech earlier in the same clause: the subject right before its last reporting
# verb ("Sissoko accused Algiers of “…”", "its spokesperson, Andrei Kovalchuk, said the group
# “…”", "The agency's statement, reported by Sputnik, said: “…”"); an apposition may have a
# second part that opens with an article or a relative ("Ann Vale, founder of Harbor Watch, a
# group that patrols the bay, called"); a speech verb may follow auxiliaries ("keeps saying").
# A character of an apposition: no comma but one grouping a number's digits ("which
# represents some 25,000 owners"), no quotation mark.
_NOT_A_CLAUSE_COMMA = r"(?:[^,“”\"]|(?<=\d),(?=\d{3}))"
_SUBJECT_BEFORE_VERB = re.compile(
    rf"(?:^|[\s(])(?P<speaker>{_SOMEONES_PERSON}|{_ORG_SUBJECT}|{_OF_PHRASE}|{_SIDE_SUBJECT}|{_NAME}|[Hh]e|[Ss]he|[Tt]hey|[Ii]t|{_NOMINAL})(?:,\s(?P<apposition>{_NOT_A_CLAUSE_COMMA}{{1,80}}(?:,\s(?:an?|the|who|which|whose|its|his|her|their)\s{_NOT_A_CLAUSE_COMMA}{{1,120}})?))?{_TIME_BETWEEN},?\s+{_AUXILIARIES_BE}{{0,3}}$"
)
# A word of a description: no lone dash, no relative pronoun ("The IAAF - which said it was
# “…”" is the IAAF's clause, not a description of the IAAF's).
_DESCRIBING_WORD = r"(?!(?:which|who|whose)\b)[\w'’][\w'’\-]*"
# A clause opened by a description of its subject, up to its verb of saying: "The
# chancellor said the plans were “…”", "But the newspaper also claimed …" (read by the
# description's resolver: the office holder, the body a noun stands for).
_DESCRIBED_SUBJECT_BEFORE_VERB = re.compile(
    r"\s*(?:(?:But|And|Yet|However|Meanwhile|Now|Earlier|Later|Separately),?\s+)?"
    rf"(?P<speaker>(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:{_DESCRIBING_WORD}\s+){{0,3}}?{_DESCRIBING_WORD})"
    rf"(?P<apposition>){_TIME_BETWEEN},?\s+{_AUXILIARIES_BE}{{0,3}}"
)
# A sentence end or a quotation mark ends a clause; the stop of an abbreviation or an
# initial does not, nor one before a comma ("the SEC accused Mr. Antar of “…”", "Louis
# Gerstner Jr., chairman of RJR, called the sale a “…”", "Judge J.L. Edmonson wrote").
_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "Jr", "Sr", "Corp", "Inc", "Co", "Ltd", "Bros")
_ABBREVIATION_STOP = (
    "(?:" + "|".join(rf"(?<=\b{word})" for word in _ABBREVIATIONS) + r"|(?<=\b[A-Z]))\.|\.(?=,)"
)
_ABBREVIATION_END = re.compile(rf"\b(?:{'|'.join(_ABBREVIATIONS)}|[A-Z])\.$")


def _without_closing_stop(speaker: str) -> str:
    """A speaker's words without the punctuation after them, the stop of an abbreviation
    kept ("Brandel Corp.", "Louis Gerstner Jr."), and without an auxiliary of the verb a
    description took in ("a Labour backbencher has" of "… has said")."""
    words = _TRAILING_AUXILIARY.sub("", speaker.rstrip(",;:"))
    return words if _ABBREVIATION_END.search(words) else words.rstrip(".,;:")


_TRAILING_AUXILIARY = re.compile(r"(?<=[a-z])\s+(?:has|have|had)$")


_CLAUSE_BREAK = re.compile(
    rf"(?:[!?“”\"]|(?!{_ABBREVIATION_STOP})\.)(?:[^.!?“”\"]|{_ABBREVIATION_STOP})*$"
)
_REPORTING_VERB = re.compile(rf"\b{_REPORTING_VERBS}\b")
_SPEECH_VERB = re.compile(rf"\b{SPEECH_VERBS}\b")
_BODY_SPEAKER = re.compile(rf"(?:^|\s){_BODY_NOUNS}\b", re.I)
# A company described, not named: "the company", "the pharmaceutical company", "the
# Dallas-based carrier".
_COMPANY_SPEAKER = re.compile(
    rf"(?:^|\s)(?:[Tt]he|[Ii]ts)\s+(?:[\w'’\-]+\s+){{0,3}}?{_COMPANY_NOUNS}$"
)
_PRONOUNS = {"he", "she", "they", "it"}
# How far back the text mentions the body a nominal speaker refers to (about three sentences).
_BODY_LOOKBACK_CHARS = 600
_PRONOUN_LOOKBACK_CHARS = 600
# How far back "he"/"she" finds a person when nobody is named nearer and nobody spoke before.
_PRONOUN_FAR_CHARS = 2500
# Attribution is looked for this far around a quote; bounded, so long paragraphs stay linear.
_AFTER_WINDOW = 220
_BEFORE_WINDOW = 240
_TYPE_RANK = {"person": 0, "organization": 1, "group": 1, "country": 2}

# (start, end, actor_id, actor_type) of the article's actor mentions, sorted by start.
Mention = tuple[int, int, str, str]
# A mention or a written name (start, end, name): anything located by its first two fields.
_Spanned = TypeVar("_Spanned", Mention, tuple[int, int, str])


def _person_after_country(
    start: int,
    end: int,
    actor_id: str | None,
    mentions: list[Mention],
    written: list[tuple[int, int, str]],
) -> str | None:
    """The name only written after the country a speaker phrase names when that country is
    all the phrase resolved to ("Hero of Russia Ann Vale": "Ann Vale"); else None."""
    inside = [m for m in mentions if m[0] < end and start < m[1]]
    if actor_id is None or not inside or any(m[3] != "country" for m in inside):
        return None
    after = max(m[1] for m in inside)
    names = [w for w in written if after < w[0] and w[1] <= end and " " in w[2]]
    return names[-1][2] if names else None


def _parsed_speaker(
    body: str,
    q_start: int,
    q_end: int,
    sentence: tuple[int, int],
    mentions: list[Mention],
    names: list[tuple[int, int, str]],
    pronoun_speaker: Callable[[str, int], tuple[str | None, str | None]],
    any_verb: bool = False,
    describe: Callable[[int, int, str], tuple[str | None, str | None] | None] | None = None,
    main_clause: bool = False,
) -> tuple[str | None, str | None] | None:
    """(actor id, speaker text) of the subject of the verb of saying that governs the
    quotation in the parse of its sentence (`reporting_subject`): whom its pronoun stands
    for; the actor its head word names, else a person named in it or in apposition to it;
    else the name it is written as (`names`: `written_names`, else its proper nouns, not a
    title). A description ("lenders", "the report") is whom `describe(start, end, verb)`
    resolves it to; None without one: it names nobody, and keeping its quotation scored no
    better than the rules' guess."""
    s_start, s_end = sentence
    if not s_start <= q_start < s_end or not (
        # (a quotation that is its whole sentence hangs from no clause: nothing to parse)
        body[s_start:q_start].strip(_MARKS_AROUND_QUOTES)
        or body[q_end:s_end].strip(_MARKS_AROUND_QUOTES)
    ):
        return None
    sentence_text = body[s_start:s_end]
    subject = reporting_subject(sentence_text, q_start - s_start, min(q_end, s_end) - s_start)
    if subject is None and any_verb:
        # (with `any_verb`, for a quotation no rule gave a speaker at, the proper name that
        # is the subject of whatever verb it hangs from: `named_subject_over`)
        subject = named_subject_over(sentence_text, q_start - s_start, min(q_end, s_end) - s_start)
    if subject is None and main_clause:
        subject = main_clause_subject_over(
            sentence_text, q_start - s_start, min(q_end, s_end) - s_start
        )
    if subject is None:
        return None
    if subject.pronoun:
        found = pronoun_speaker(subject.text, s_start + subject.head_start)
        return found if found != (None, None) else None
    if "\n" in body[s_start + subject.start : q_start]:
        # (a sentence over a paragraph break is the splitter's miss: a dateline, a heading)
        return None
    # the actor its head word names ("Harbour Party officials argue …" are officials, not
    # the party); else a person named in it or beside it ("Harbian Education Minister Ann
    # Vale", "the Lord Chief Justice, Lord Fenwick,")
    actor_id = _speaker_actor(s_start + subject.head_start, s_start + subject.head_end, mentions)
    spans_named = [*subject.appositions, (subject.start, subject.end)]
    for start, end in spans_named if actor_id is None else ():
        actor_id = _speaker_actor(s_start + start, s_start + end, mentions, persons_only=True)
        if actor_id is not None:
            break
    if actor_id is not None:
        return (actor_id, body[s_start + subject.start : s_start + subject.end])
    written = next(
        (
            n
            for start, end in [(subject.head_start, subject.head_end), *spans_named]
            for n in names
            if s_start + start <= n[0] < s_start + end or n[0] <= s_start + start < n[1]
        ),
        None,
    )
    if written is not None:
        # a person no dictionary holds, as the text writes their name ("Tan Mei Ling")
        return (None, written[2])
    if subject.name_start is not None:
        # a body no dictionary holds, written as a name ("Valdor said …"); not a title
        # ("Harbian Finance Minister", "the Ambassador")
        name = body[s_start + subject.name_start : s_start + subject.end]
        if not _is_name_word(name.split()[-1]):
            return None
        at = s_start + subject.name_start
        # (an acronym is the name it stands for: "the FAO report" after "Food & Agriculture
        # Organisation")
        acronym = acronym_body(body, name, at, mentions)
        if acronym is not None:
            return (acronym, name)
        return (None, acronym_spelled_out(body, name, at, mentions) or name)
    if describe is not None:
        return describe(s_start + subject.start, s_start + subject.end, subject.verb)
    return None


# A noun of someone's words (`SAYING_NOUNS`) with its owner after it: "a claim by", "a
# comment from".
_SAYING_NOUN_WORDS = rf"(?:{'|'.join(sorted(SAYING_NOUNS))})s?"
_WORDS_BY_SOMEONE = re.compile(rf"\b{_SAYING_NOUN_WORDS}\s+(?:by|from)\s+")
# ... with the words between: "a call for him to “…” from"; the quotation's closing mark
# and "from" or "by" after it.
_SAYING_NOUN = re.compile(rf"\b{_SAYING_NOUN_WORDS}\b")
_BY_SOMEONE_AFTER = re.compile(r"[”\"’']?\s+(?:by|from)\s+[A-Z]")


# A personal pronoun that may stand for a speaker.
_SPEAKER_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)\b")


def _someone_else_could_speak(
    body: str,
    sentence: tuple[int, int],
    q_start: int,
    q_end: int,
    actor_id: str | None,
    mentions: list[Mention],
) -> bool:
    """Whether the quotation's sentence, outside the quotation, names a person other than
    `actor_id` or holds a personal pronoun before it: only then may the parse find another
    speaker than the one named at the quotation (and only then is the parse worth its cost)."""
    s_start, s_end = sentence
    return _SPEAKER_PRONOUN.search(body, s_start, q_start) is not None or any(
        m[2] != actor_id and not q_start <= m[0] < q_end
        for m in _persons_between(s_start, s_end, mentions)
    )


def _people_at_large(subject: str) -> bool:
    """Whether a subject is people at large or someone indefinite: "a judge", "another
    worker", "some", "UKIP officials", "Fans" (`_INDEFINITE_SPEAKERS`, `_INDEFINITE_OPENING`,
    or a `_PLURAL` of at most two words that is no acronym, "the MPs")."""
    words = subject.split()
    if not words:
        return False
    if words[0].lower() in (*_INDEFINITE_SPEAKERS, "another") or _INDEFINITE_OPENING.match(subject):
        return True
    last = words[-1]
    return len(words) <= 2 and last[1:].islower() and _PLURAL.search(last) is not None


def _is_person(actor_id: str, mentions: list[Mention]) -> bool:
    return any(m[2] == actor_id and m[3] == "person" for m in mentions)


def _without_owners(body: str, start: int, end: int, mentions: list[Mention]) -> list[Mention]:
    """`mentions` less the people a possessive makes owners in body[start:end], when another
    person is named there after them ("Mr Nogar's son Stephen": Stephen speaks)."""
    owners = [
        m
        for m in mentions
        if start <= m[0] and m[1] < end and m[3] == "person" and body.startswith(("'s", "’s"), m[1])
    ]
    if not owners or not any(
        m[3] == "person" and m[0] > owners[-1][1] and m[1] <= end for m in mentions
    ):
        return mentions
    return [m for m in mentions if m not in owners]


def _speaker_actor(
    start: int, end: int, mentions: list[Mention], persons_only: bool = False
) -> str | None:
    """The actor a speaker span names: the first person in it, else a body, else a country."""
    inside = [m for m in mentions if m[0] < end and start < m[1]]
    if persons_only:
        inside = [m for m in inside if m[3] == "person"]
    if not inside:
        return None
    best = min(_TYPE_RANK.get(m[3], 3) for m in inside)
    ranked = [m for m in inside if _TYPE_RANK.get(m[3], 3) == best]
    if ranked[0][3] == "organization":
        # a body within a body's words is the one that speaks: "the Communist Party
        # newspaper Neues Deutschland", "the Bank of England's monetary policy committee"
        # (a name inside a longer one is part of it: "BRICS" in "BRICS Business Council")
        outer = [
            m
            for m in ranked
            if not any(o[0] <= m[0] and m[1] <= o[1] and o[1] - o[0] > m[1] - m[0] for o in ranked)
        ]
        return max(outer, key=lambda m: m[0])[2]
    return min(ranked, key=lambda m: m[0])[2]


# A country's adjective naming a language, before a text in it: "a Spanish version of the
# letter", "the English-language text".
_IN_A_LANGUAGE = re.compile(
    r"\b[A-Z][a-z]+(?:-language)?\s+(?:version|translation|text|edition|original|transcript|"
    r"subtitles)\b"
)


# A speech verb in the passive: its subject is the one told or asked, not the speaker.
_PASSIVE_SPEECH = re.compile(
    r"\b(?:is|are|was|were|been|being)\s+(?:[a-z]+ly\s+|often\s+|always\s+|still\s+)?"
    r"(?:told|asked)\b"
)
# What "they" told: "told us", "asked us", "assured us", "kept telling us".
_TO_US = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:told|tell|asked|ask|assured|promised|warned|wrote\s+to|said\s+to)"
    r"\s+us\b"
)


def _speaker_country(
    offset: int,
    turns: Sequence[tuple[int, str | None, str | None]],
    publisher_head: str | None,
    countries: dict[str, str] | None,
) -> str | None:
    """The country of whoever speaks at `offset`: the transcript turn's speaker, else the
    publisher's head (the one "us" includes)."""
    index = _turn_at(turns, offset) if turns else -1
    speaker = turns[index][1] if index >= 0 else publisher_head
    return (countries or {}).get(speaker) if speaker else None


# One unnamed person of a body (`_UNNAMED_OF_A_BODY`), the body perhaps named after: "A
# spokesperson for the Chinese Foreign Ministry".
_ONE_OF_A_BODY = re.compile(
    _UNNAMED_OF_A_BODY + r"(?:\s+(?:for|of|at|in)\s+(?:the\s+)?(?:[\w'’.\-]+\s+){0,5}?[\w'’.\-]+)?"
)
# ... and the words before a body's name that make its speaker one of it: "A spokesperson
# for | the Chinese Foreign Ministry said".
_ONE_OF_A_BODY_BEFORE = re.compile(
    rf"(?<![\w'’])(?:[Aa]n?|[Oo]ne)\s+(?:[\w\-]+\s+){{0,2}}?{_BODY_PEOPLE}"
    r"\s+(?:for|of|at|in)\s+(?:the\s+)?"
    # (the body's name may come first and the speaker's phrase be where it is: "A
    # spokesperson for NHS England in the | North West said")
    r"(?:[A-Z][\w'’.\-]*\s+(?:[A-Z][\w'’.\-]*\s+){0,3}(?:in|of|at)\s+(?:the\s+)?)?$"
    # someone described by where they are: "A young developer in | Novosibirsk told me" (not
    # a letter or a call from someone, who is named)
    r"|(?<![\w'’])(?:[Aa]n?|[Oo]ne)\s+(?:[a-z\-]+\s+){0,2}?"
    r"(?!(?:letter|message|call|note|question|request|telegram|reply|answer|email|text)\b)"
    r"[a-z]+\s+(?:in|from|at)\s+(?:the\s+)?$"
)
# A body's spokesperson, no name given: "The Darlington Council spokesman".
_THE_BODYS_SPOKESPERSON = re.compile(
    r"[Tt]he\s+(?:[A-Z][\w'’.\-]*\s+){1,5}spokes(?:man|woman|person)"
)
# An indefinite article and a few words right before a speaker's words.
_INDEFINITE_LEAD = re.compile(r"(?<![\w'’])(?:[Aa]n?|[Oo]ne)\s+(?:[\w'’.\-]+\s+){0,5}$")
# "“…,” I said": the one who speaks in the turn says it of their own words
_FIRST_PERSON_AFTER = re.compile(
    r"\s*,?\s*(?:[–—]\s*)?(?P<speaker>I)\s+(?:then\s+|also\s+)?(?:said|added|told\s+\w+|"
    r"replied|answered|wrote|stressed|noted|insisted)\b"
)
# The speaker of a turn saying what they say or said: "I said in June, and I repeat:".
_I_SAY = re.compile(
    r"\bI\s+(?:have\s+|had\s+|will\s+|would\s+|can\s+)?(?:also\s+|already\s+)?"
    r"(?:said|say|repeat|wrote|stressed|noted|stated|told\s+\w+)\b[^.!?“”\"«]*$"
)


# How a leader speaks of the other one beside them: "my old friend", "my dear brother",
# "Mr President" as a subject.
_THE_OTHER_ONE = re.compile(
    r"(?:[Mm]y|[Oo]ur)\s+(?:(?:old|good|dear|great|true)\s+)*(?:friend|brother)|Mr\.?\s+President"
)


def _other_principal(
    speaker_text: str,
    offset: int,
    turns: Sequence[tuple[int, str | None, str | None]],
    countries: dict[str, str] | None,
) -> str | None:
    """The one other speaker of the transcript, of another country than the turn's speaker,
    whom "my friend" or "Mr President" in that turn stands for; None when not one."""
    if not turns or not _THE_OTHER_ONE.fullmatch(speaker_text):
        return None
    own = _turn_speaker(turns, offset)
    if own is None:
        return None
    home = (countries or {}).get(own)
    others = {
        speaker
        for _, speaker, _ in turns
        if speaker not in (None, own)
        and (countries or {}).get(speaker) is not None
        and (countries or {}).get(speaker) != home
    }
    return next(iter(others)) if len(others) == 1 else None


# "the official", "the Kremlin official", "the senior official": an office holder named
# before, called by no title of theirs.
_THE_OFFICIAL = re.compile(r"[Tt]he\s+(?:(?:[A-Z][\w'’\-]*|senior|top)\s+)?official")


# A description of one person by a lowercase noun, after "the": "the witness", "the shop
# owner", "the soldier's father" (its head noun is the last word).
_THE_ONE_DESCRIBED = re.compile(
    r"[Tt]he\s+(?:(?!(?:of|for|at|in|from|with|on)\s)[a-z][\w'’\-]*\s+){0,3}?"
    r"(?P<head>[a-z][\w\-]{2,})"
)
# People introduced without a name: "a man", "an Israeli security official", "one victim",
# "a neighbouring shop owner", "the father of one of the soldiers".
_INDEFINITE_ONE = (
    r"(?:\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+"
    # (modifiers of that noun only: "a meeting with the rectors" brings in no rector)
    r"(?:(?!(?:of|for|at|in|from|with|on|to|by|the|an?|his|her|their|its|and|or)\s)"
    r"[\w'’\-]+\s+){{0,4}}?{head}\b)"
)
# A name right before an apposition ("P Balasubramanian, an executive engineer") or right
# after the description ("a trader, Ann Vale,", "a caterer named Ann Vale", "one victim, Ann").
_NAMED_BEFORE = re.compile(r"[A-Z][\w'’.\-]+,\s*$")
_NAMED_AFTER = re.compile(
    r"(?:\s+(?:from|in|at|of|near|with|for)\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,3}?[\w'’\-]+)?"
    r"(?:,\s+|\s+(?:named|called)\s+)[A-Z][\w'’\-]+"
)


def unnamed_antecedent(
    body: str, speaker_text: str, start: int, quote_spans: list[tuple[int, int]]
) -> bool:
    """Whether a speaker described by a noun ("the witness", "the woman") stands for someone
    the text introduced without a name: the last use of that noun before `start` (within
    `_BODY_LOOKBACK_CHARS` × 2) is an indefinite one ("a man … the man", "a neighbouring
    shop owner … the shop owner") with no name beside it, outside the quotations
    (`quote_spans`); a use as a title ("Coroner Ann Vale") is no indefinite one. A body, a
    company or a text ("the agency", "the brokerage", "the report") is not looked at: its
    author is found elsewhere.

    Why: news bring in people who are not named ("A woman sat on a broken curb.") and quote
    them by a definite description; the person named last before is someone else."""
    described = _THE_ONE_DESCRIBED.fullmatch(speaker_text.strip(" ,.;:"))
    if described is None:
        return False
    head = described.group("head")
    if any(
        re.fullmatch(nouns, head)
        for nouns in (_BODY_OR_TEXT_NOUNS, _BODY_NOUNS, _COMPANY_NOUNS, _TEXT_NOUNS)
    ):
        return False
    lower = max(0, start - 2 * _BODY_LOOKBACK_CHARS)

    def outside(at: int) -> bool:
        return not any(q0 <= at < q1 for q0, q1 in quote_spans)

    uses = [
        lower + u.start()
        for u in re.finditer(rf"(?i)\b{re.escape(head)}s?\b", body[lower:start])
        if outside(lower + u.start())
    ]
    if not uses:
        return False
    indefinite = None
    for found in re.finditer(
        _INDEFINITE_ONE.format(head=re.escape(head) + "s?"), body[lower:start]
    ):
        if outside(lower + found.start()) and lower + found.end() >= uses[-1] + len(head):
            indefinite = found
    if indefinite is None:
        return False
    i_start, i_end = lower + indefinite.start(), lower + indefinite.end()
    return not (
        _NAMED_BEFORE.search(body, max(0, i_start - 40), i_start) or _NAMED_AFTER.match(body, i_end)
    )


def _last_person_outside(
    offset: int, mentions: list[Mention], quote_spans: list[tuple[int, int]]
) -> str | None:
    """The person named last before `offset` (within `_BODY_LOOKBACK_CHARS`), outside
    quotations."""
    people = _persons_between(max(0, offset - _BODY_LOOKBACK_CHARS), offset, mentions)
    outside = [m for m in people if not any(q0 <= m[0] < q1 for q0, q1 in quote_spans)]
    return outside[-1][2] if outside else None


# An official introduced without a name: "A Turkish official, speaking on condition of
# anonymity, said" (whom a later "the official" is).
# (one unnamed, or one of several: "the first law enforcement official", "two officials")
_AN_OFFICIAL = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Tt]he\s+(?:first|second|third|other)|[Tt]wo|[Tt]hree|[Ss]everal)\s+"
    r"(?:[\w\-]+\s+){0,3}?officials?\b"
)


def _apposition_owner(
    body: str, described_at: int | None, mentions: list[Mention]
) -> tuple[str, str] | None:
    """(actor, name) of the person named right before a description in apposition that
    starts at `described_at` ("Klaus Hoffmann, | a pensioner from | Dresden"), else None."""
    if described_at is None:
        return None
    comma = body.rfind(",", 0, described_at)
    if comma == -1 or body[comma + 1 : described_at].strip():
        return None
    at = bisect_left(mentions, (comma,)) - 1
    if at < 0 or mentions[at][3] != "person" or body[mentions[at][1] : comma].strip():
        return None
    return mentions[at][2], body[mentions[at][0] : mentions[at][1]]


# A speaker phrase opening with an indefinite article: someone described, maybe in
# apposition to a name before ("Peter Dobrow, a T-Mobile spokesperson said"), or a subject
# bringing in someone unnamed ("A union spokesman", "Another official").
_INDEFINITE_OPENING = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s")


def _names_a_person(
    start: int, end: int, mentions: list[Mention], written: list[tuple[int, int, str]]
) -> bool:
    """Whether body[start:end] holds a person the text names (a mention or a name written),
    not one a title stands for ("Many Muscovites, the Mayor said, keep asking": they ask)."""
    return any(m[0] < end and start < m[1] and m[3] == "person" for m in mentions) or any(
        w[0] < end and start < w[1] for w in written
    )


_OF_THE_BEFORE = re.compile(r"\s+of\s+$")
_IN_THE_BEFORE = re.compile(r"\b(?:in|at|from)\s+the\s+$")


def _title_of(body: str, start: int, mentions: list[Mention]) -> int | None:
    """Where the title of a person starts when the speaker phrase at `start` is its "of"
    part ("The Chairman of | the People's Republic of China"), else None. Why: a speaker
    phrase is cut at a few words; a long country name leaves the title before it."""
    at = bisect_left(mentions, (start,)) - 1
    if at < 0 or mentions[at][3] != "person" or mentions[at][1] > start:
        return None
    return mentions[at][0] if _OF_THE_BEFORE.fullmatch(body, mentions[at][1], start) else None


# What may stand between a quote and the next one's "he added": "And", "Then", a comma.
_SHORT_LINK = 60


def _same_pronoun_goes_on(
    body: str, start: int, pronoun: str, history: list[Turn], mentions: list[Mention]
) -> bool:
    """Whether "he/she" at `start` is the same pronoun that attributed the quote right
    before, with no one named between ("he said: “…” And he added: “…”"): the same person,
    whoever else the text named before."""
    if not history or pronoun not in ("he", "she"):
        return False
    _, last_end, (actor_id, text), _ = history[-1]
    if (
        actor_id is None
        or (text or "").lower() != pronoun
        or not 0 <= start - last_end <= _SHORT_LINK
    ):
        return False
    return not any(last_end <= m[0] < start for m in mentions)


_FIRST_PERSON_RIGHT_BEFORE = re.compile(r"(?<![\w'’])(?:I|[Ww]e)\s+(?:then\s+|also\s+)?$")
_REPLY_VERB = re.compile(r"\b(?:replied|replies|answered|answers|responded|responds)\b")
_ASKED = re.compile(r"\b(?:asked|inquired|enquired|wanted\s+to\s+know)\b")


def asker_before(
    body: str, quote_start: int, spans: list[tuple[int, int]], mentions: list[Mention]
) -> str | None:
    """The person who asked in the sentence before the quote's ("The President asked about the
    airport."), the subject of "asked"; None when no such sentence.

    Why: "“…,” he replied" after a question is the one asked, never the asker."""
    asking = _asking_before(body, quote_start, spans, mentions)
    return asking[0] if asking is not None else None


def _asking_before(
    body: str, quote_start: int, spans: list[tuple[int, int]], mentions: list[Mention]
) -> tuple[str, re.Match[str]] | None:
    """(the asker, the match of "asked") of the sentence before the quote's, as
    `asker_before` reads it; None when that sentence has no named asker."""
    if not spans:
        return None
    sentence = sentence_index_of(spans, quote_start)
    if sentence == 0:
        return None
    start, end = spans[sentence - 1]
    verb = _ASKED.search(body, start, end)
    if verb is None or _FIRST_PERSON_RIGHT_BEFORE.search(body, start, verb.start()):
        return None  # "I asked him why": the speaker asked, the one asked answers
    if _PASSIVE_AUXILIARY_BEFORE.search(body, max(start, verb.start() - 30), verb.start()):
        return None  # "The Tory leader was asked about …": the subject is the one asked
    subject = _named_subject(body, start, verb.start(), mentions, [])
    return (subject[0], verb) if subject is not None and subject[0] is not None else None


# A passive's auxiliary right before "asked": "was asked", "had been asked".
_PASSIVE_AUXILIARY_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:[a-z]+ly\s+)?$")
# What follows "asked" before the question: the one asked, by name or pronoun, and the
# question's opening, perhaps with its subject pronoun ("asked him how", "asked whether she").
_ONE_ASKED = re.compile(
    r"\s+(?:(?P<object>him|her)\s+)?(?:[^.!?“”\"]{0,80}?\s)?"
    r"(?P<question>whether|if|how|what|why|when|where|who|about)\s+(?:(?P<subject>he|she)\s)?"
)


def one_asked_before(
    body: str,
    quote_start: int,
    spans: list[tuple[int, int]],
    mentions: list[Mention],
    resolve_pronoun: Callable[[str, int], tuple[str | None, str | None]],
) -> tuple[str | None, str | None] | None:
    """(actor, text) of the one a person asked in the sentence right before a quote opening
    its own sentence ("Vladimir Putin asked operator Ann Vale how …", "The President asked
    him how …", "… asked whether she had been paid"): the first person named after "asked",
    else whom the pronoun after it stands for, never the asker; None when the sentence
    before asks nothing or names no one asked.

    Why: a release narrates the head's question, then quotes the answer alone."""
    sentence = sentence_index_of(spans, quote_start) if spans else 0
    if sentence == 0 or not _OPENS_SENTENCE.match(body, spans[sentence][0], quote_start):
        return None
    start, end = spans[sentence - 1]
    asking = _asking_before(body, quote_start, spans, mentions)
    if asking is None or _ANY_MARK.search(body, start, end):
        return None
    asker, verb = asking
    asked = _ONE_ASKED.match(body, verb.end(), end)
    if asked is None:
        return None  # "asked the Governor to prepare the documents": a request, no question
    for m_start, m_end, actor_id, _ in _persons_between(
        verb.end(), asked.start("question"), mentions
    ):
        if actor_id != asker:
            return actor_id, body[m_start:m_end]
    pronoun = asked.group("object") or asked.group("subject")
    if not pronoun or (
        asked.group("object") is None and body[verb.end() : asked.start("question")].strip()
    ):
        return None  # ("asked the girl what she wanted": she is the girl, named or not)
    word = {"him": "he", "her": "she"}.get(pronoun, pronoun)
    # ("him" is never the subject of its own sentence, the asker: whom the sentences before
    # name; "whether she" the same)
    found = resolve_pronoun(word, start)
    return found if found[0] is not None and found[0] != asker else None


# A sentence whose subject is some of a group, unnamed: "Members of the delegation",
# "Representatives of the companies", "Participants in the forum".
_SOME_OF_A_GROUP = re.compile(
    r"[\s“\"«]*(?:Members|Representatives|Participants|Delegates|Several|Some)\s+(?:of|in|from)\s"
)


def _attributed_quote_start(offset: int, quote_spans: list[tuple[int, int]], default: int) -> int:
    """Where the quotation opens that a pronoun at `offset` attributes ("“…,” he said": it
    ends right before the pronoun), else `default`."""
    return max((q0 for q0, q1 in quote_spans if q1 <= offset <= q1 + 12), default=default)


def _attributed_sentence(
    offset: int, spans: list[tuple[int, int]], quote_spans: list[tuple[int, int]]
) -> int:
    """The index of the sentence where the quotation a pronoun at `offset` attributes opens,
    else of the pronoun's own sentence."""
    here = spans[sentence_index_of(spans, offset)][0]
    return sentence_index_of(spans, _attributed_quote_start(offset, quote_spans, here))


def _described_body_spoke_before(
    body: str,
    offset: int,
    spans: list[tuple[int, int]],
    quote_spans: list[tuple[int, int]],
    mentions: list[Mention],
    last_speaker: tuple[str | None, str | None] | None,
) -> bool:
    """Whether the last speaker is a body and the sentence before the quotation "it" at
    `offset` attributes opens with a description of a body and its verb ("The ministry said
    NATO must …"): that body goes on speaking."""
    if last_speaker is None or last_speaker[0] is None:
        return False
    if not any(m[2] == last_speaker[0] and m[3] in ("organization", "group") for m in mentions):
        return False
    index = _attributed_sentence(offset, spans, quote_spans)
    return index > 0 and _DESCRIBED_BODY_SPEAKING.match(body, spans[index - 1][0]) is not None


_DESCRIBED_BODY_SPEAKING = re.compile(
    rf"\s*(?:[Tt]he|[Ii]ts)\s+(?:[a-z][\w'’\-]*\s+){{0,2}}?(?:{_BODY_NOUNS}|{_COMPANY_NOUNS})"
    r"\s+(?:also\s+)?(?:said|says|added|stated|insisted|warned)\b"
)


def _body_closing_the_sentence_before(
    body: str,
    offset: int,
    spans: list[tuple[int, int]],
    quote_spans: list[tuple[int, int]],
    mentions: list[Mention],
) -> str | None:
    """The body (an organization or group mention) whose attribution closes the sentence
    before the quotation "it" at `offset` attributes (", the US Trade Representative's
    Office said."), else None."""
    index = _attributed_sentence(offset, spans, quote_spans)
    if index == 0:
        return None
    start, end = spans[index - 1]
    for m_start, m_end, actor_id, actor_type in mentions[bisect_left(mentions, (start,)) :]:
        if m_start >= end:
            break
        if (
            actor_type in ("organization", "group")
            and _ATTRIBUTION_OPENING.search(body, start, m_start)
            and _SAID_CLOSING.fullmatch(body, m_end, end)
        ):
            return actor_id
    return None


# What opens a closing attribution before its subject: ", the ", "," (a clause ends).
_ATTRIBUTION_OPENING = re.compile(r",\s+(?:the\s+)?$")
# A verb of saying after its subject that ends the sentence: " said.", " has said on Friday.".
_SAID_CLOSING = re.compile(
    r"\s+(?:has\s+|had\s+)?(?:said|says|added|stated|announced|reported)"
    r"(?:\s+(?:on|in|late|early|last)\b[^.,;“”\"]{0,30})?[.]?\s*"
)


def _right_after_the_quote_before(offset: int, quote_spans: list[tuple[int, int]]) -> bool:
    """Whether the quote a pronoun at `offset` attributes follows the quote before it with
    no more than a short attribution between ("“…,” said the group. “…,” it said")."""
    before = sorted(span for span in quote_spans if span[1] <= offset)
    return len(before) >= 2 and before[-1][0] - before[-2][1] <= _ATTRIBUTION_GAP


# The most characters an attribution takes between two quotes ("," said the group in a
# statement. ").
_ATTRIBUTION_GAP = 60


def _pronoun_speaker(
    pronoun: str,
    offset: int,
    mentions: list[Mention],
    quote_spans: list[tuple[int, int]],
    last_speaker: tuple[str | None, str | None] | None,
    written: list[tuple[int, int, str]] = (),  # type: ignore[assignment]
    body: str | None = None,
    spans: list[tuple[int, int]] | None = None,
    turns: Sequence[tuple[int, str | None, str | None]] = (),
) -> tuple[str | None, str | None]:
    """ "he/she said" is the person the text named last (outside quotes) before `offset`:
    an actor mention (discovered names included), else a person's name only written
    (`written_names`: "[Ann] Vale … he said"; a written name is a guess from capitals, so a
    known person nearby comes first); "they/it" the body or country named last; else the
    previous speaker; else nobody (None, None). With the `body` and its sentence `spans`,
    "he/she" is the subject of the last sentence naming a person of the pronoun's gender
    (`_person_antecedent`). In a transcript turn (`turns`), "he/she" is never the turn's
    speaker, who says "I"."""
    person = pronoun in ("he", "she")
    speaking = _turn_speaker(turns, offset) if person else None
    if speaking is not None:
        mentions = [m for m in mentions if m[2] != speaking]
    if person and body is not None and spans:
        asked = asked_one_before(pronoun, offset, body, spans, mentions)
        if asked is not None:
            return asked
        opened = _temporal_clause_person(
            pronoun, offset, body, spans, mentions
        ) or _main_clause_person(pronoun, offset, body, spans, mentions)
        if opened is not None:
            return opened
        s_start = spans[sentence_index_of(spans, offset)][0]
        if _DESCRIBED_SUBJECT.match(body, s_start, offset) and not any(
            s_start <= m[0] < offset for m in mentions
        ):
            # "My grandmother taught physics for forty years, and she always told me:" the
            # pronoun stands for the one described, named nowhere
            return None, None
        index = sentence_index_of(spans, offset)
        if (
            index
            and bisect_left(written, (spans[index - 1][0],)) == bisect_left(written, (offset,))
            and _stands_for_unnamed(body, pronoun, offset, spans[index - 1][0], mentions)
        ):
            # "I had a letter from a pensioner. She wrote:"
            return None, None
        # (the sentence before the quotation the pronoun attributes, however many it holds)
        quoted_sentence = _attributed_sentence(offset, spans, quote_spans)
        if _unnamed_reporter_before(
            body, spans[quoted_sentence][0], spans, mentions, written, pronoun
        ) or _unnamed_speaker_before(
            body, pronoun, offset, spans[max(0, quoted_sentence - 1)][0], mentions, spans, written
        ):
            # "One of the workers told the President that … “…,” he said": the worker
            return None, None
        reporter = _reporting_person_before(
            pronoun, offset, body, spans, mentions, quote_spans, written
        )
        if reporter is not None:
            return reporter
        found = _person_antecedent(pronoun, offset, body, spans, mentions, quote_spans, written)
        if found is not None:
            return found
    if pronoun == "they" and body is not None and spans:
        # "When we asked our colleagues in the United States why …, they told us:": the
        # body the pronoun's own clause turned to, before any named after it
        s_start = spans[sentence_index_of(spans, offset)][0]
        own = _first_body_between(body, s_start, offset, mentions, quote_spans)
        if own is not None:
            return own, pronoun
        # "Members of the Tanzanian delegation, who met Rosatom, spoke for it. “…,” they
        # said": some of a group, named nowhere (not the body their clause names)
        index = _attributed_sentence(offset, spans, quote_spans)
        for p_start, _ in spans[max(0, index - 1) : index + 1]:
            if _SOME_OF_A_GROUP.match(body, p_start):
                return None, None
        here = sentence_index_of(spans, offset)
        if here and _people_at_large_subject(body, *spans[here - 1], mentions, quote_spans):
            # "Ministers deny they were spurred into action. Instead, they say the plans are
            # “evolving”": people at large, no body named before them
            return None, None
        opening = _body_opening_a_sentence(offset, body, spans, mentions)
        if opening is not None:
            # "The Liberal Democrats want a local income tax, of the kind seen in Norway and
            # Switzerland. It would be administered by the Revenue, which they say …": the
            # body a sentence is about, not a country named last in a list
            return opening, pronoun
    if pronoun == "it" and body is not None and spans:
        # "Harbury Telecom declined to comment on what it calls “…”": the body its own
        # sentence opens with, before the one the sentence before is about
        here = sentence_index_of(spans, offset)
        subject = _body_opening(body, spans[here][0], offset, mentions, quote_spans) or (
            _body_opening(body, *spans[here - 1], mentions, quote_spans) if here else None
        )
        if subject is not None:
            # "The China Coast Guard said it had taken measures against Philippine vessels.
            # “…,” it said": the body the sentence is about, not the country named last
            return subject, pronoun
        if _described_body_spoke_before(body, offset, spans, quote_spans, mentions, last_speaker):
            # "“…,” the foreign ministry said. The ministry said NATO must “…”. “…,” it
            # said": the body the sentence before opens with, which spoke last, not the
            # one it spoke of
            return last_speaker  # type: ignore[return-value]
        closing = _body_closing_the_sentence_before(body, offset, spans, quote_spans, mentions)
        if closing is not None:
            # "The talks failed, the US Trade Representative's Office said. “…,” it said":
            # the body whose words the sentence before reported, not one that spoke earlier
            return closing, pronoun
        written_body = _written_body_subject(body, offset, spans, mentions)
        if written_body is None and (named := _named_subject_said(body, offset, spans, mentions)):
            # "Waka Kotahi said on Thursday it could not … “…,” it said": the name that spoke
            # last as a sentence's subject, a body's by the pronoun, whatever its words
            return named
        if written_body is not None:
            # "The Yugoslav government called the attack a crime. “…,” it said": the body
            # written there, which no dictionary holds
            return None, written_body
        acting = body_acting_at(body, spans[here][0], offset, mentions)
        if isinstance(acting, tuple) and opening_tag(body[slice(*spans[here])]) == "NNP":
            # "Kestrair has declined to elaborate on what it calls “…”": the name that
            # opens the pronoun's own sentence as its subject, though no dictionary holds it
            # and it says nothing, before a country named earlier
            return acting
        if (
            last_speaker is not None
            and last_speaker[0] is None
            and last_speaker[1]
            and _WRITTEN_ORG.fullmatch(last_speaker[1])
        ):
            # "“…,” Seoul's finance ministry said. “…,” it said": the body that spoke last
            return last_speaker
        if last_speaker is not None and _OWNED_TEXT.search(last_speaker[1] or ""):
            # "Mr Crosby's statement said: “…” It added: “…”": the statement goes on
            return last_speaker
        if (
            last_speaker is not None
            and last_speaker[0] is not None
            and any(m[2] == last_speaker[0] and m[3] in ("organization", "group") for m in mentions)
            and _right_after_the_quote_before(offset, quote_spans)
        ):
            # "“…,” said the group in a statement. “…,” it said": the body that spoke last,
            # its attribution all that stands between the two quotes
            return last_speaker
        if (
            last_speaker is not None
            and last_speaker[0] is None
            and (last_speaker[1] or "")[:1].isupper()
            and (last_speaker[1] or "").split()[0].lower() not in given_name_genders()
        ):
            # "Contrack said “…”. But the firm denied it was leaving Iraq. “…,” it said": a
            # name no dictionary holds, with no given name first, that spoke last is a body's
            return last_speaker
    wanted = ("person",) if person else ("organization", "group", "country")
    # (the bodies within reach, whose names may hold a country's: "Morocco's Foreign Ministry")
    bodies = [
        (m[0], m[1])
        for m in mentions[bisect_left(mentions, (offset - _PRONOUN_LOOKBACK_CHARS,)) :]
        if m[3] in ("organization", "group") and m[0] < offset
    ]
    for m_start, m_end, actor_id, actor_type in reversed(mentions):
        if m_end > offset or offset - m_start > _PRONOUN_LOOKBACK_CHARS:
            continue
        if actor_type == "country" and any(
            b0 <= m_start and m_end <= b1 and (b0, b1) != (m_start, m_end) for b0, b1 in bodies
        ):
            continue  # "Morocco's Foreign Ministry … it said": the body, not its country
        if _country_adjective_of_a_noun(body or "", (m_start, m_end, actor_id, actor_type)):
            continue  # "onto the table of five Italian guests … they said": no country
        if (
            pronoun == "they"
            and actor_type == "country"
            and _PLACE_PREPOSITION_BEFORE.search(body or "", max(0, m_start - 6), m_start)
        ):
            continue  # "her honeymoon in Fiji … “…,” they added": a place, not who speaks
        told, sure = _gender(actor_id)
        if person and sure and told != pronoun:
            continue  # "she" is no man named last ("Sergei Lavrov … she replied")
        if actor_type in wanted and not any(q0 <= m_start < q1 for q0, q1 in quote_spans):
            return actor_id, pronoun
    if pronoun == "it" and (org := _document_author(offset, mentions, quote_spans)) is not None:
        return org, pronoun  # "It reads:" far from the body that issued the document
    if person:
        for w_start, w_end, name in reversed(written[: bisect_left(written, (offset,))]):
            if offset - w_start > _PRONOUN_LOOKBACK_CHARS:
                break
            if w_end <= offset and not any(q0 <= w_start < q1 for q0, q1 in quote_spans):
                return None, name
    if (
        last_speaker is not None
        and pronoun != "they"
        and (speaking is None or last_speaker[0] != speaking)
    ):
        # "they" is no previous speaker of one's own words: many, or a body named above
        return last_speaker
    if person and body is not None and spans:
        # a report may run on for long after naming who gives it ("The Governor reported on
        # … “…,” he said"): the person named last before it, however far
        found = _person_antecedent(
            pronoun, offset, body, spans, mentions, quote_spans, written, _PRONOUN_FAR_CHARS
        )
        if found is not None:
            return found
    # a pronoun nothing resolves names nobody: "they say" of people at large is no speaker
    return None, None


# How many sentences before a quotation "he/she said" looks back for its speaker by the
# parse, not counting those whose subject is the same pronoun (the story still following
# that one).
_REPORTER_SENTENCES = 3
_REPORTER_CHAIN = 8


def _reporting_person_before(
    pronoun: str,
    offset: int,
    body: str,
    spans: list[tuple[int, int]],
    mentions: list[Mention],
    quote_spans: list[tuple[int, int]],
    written: list[tuple[int, int, str]],
) -> tuple[str | None, str | None] | None:
    """Whom "he/she" at `offset` stands for, read from the parse of the sentences before the
    quotation it attributes (`clause_subjects`): the first person of the pronoun's gender
    who speaks in the sentence nearest it that has one ("Tony Blair said he would help. But
    the law, set when a court ruled on the case of Tony Bland, stands. “…,” he said": Blair,
    not Bland, named last). A sentence whose main subject is the same pronoun carries the
    look back on, as does one whose subjects are no one (nouns, bodies, other pronouns) or
    of the other gender. None, and the rules decide, when someone else may be meant: a
    person named in the quotation's own sentence before the pronoun, a person of that
    gender who is a subject but says nothing, one described by office ("The head of the
    bank reported"), a name no dictionary holds, or a name that tells no gender where
    another tells the pronoun's. Someone unnamed whom the sentence has speaking ("A union
    spokesman criticised Ann Vale's record, saying …") is nobody, (None, None).

    Why: a story reports a speaker as the subject of a verb of saying, then quotes them
    with "he said" after sentences that name others as objects, owners or victims; the
    words around the names cannot tell those roles apart, the parse can."""
    quoted = _attributed_quote_start(offset, quote_spans, offset)
    index = sentence_index_of(spans, quoted)
    titled = told_genders(body, offset)
    quote_words = _capitalized_words(
        body, quoted, next((q1 for q0, q1 in quote_spans if q0 == quoted), quoted)
    )

    def fits(person: tuple[str | None, str | None]) -> bool | None:
        """True when the person's name tells the pronoun's gender, None when it tells none."""
        told, sure = _titled_gender(person[0] or person[1] or "", titled)
        return told == pronoun if sure else None

    if any(
        fits((m[2], None)) is not False
        for m in _persons_between(spans[index][0], min(offset, quoted), mentions)
        if not any(q0 <= m[0] < q1 for q0, q1 in quote_spans)
    ):
        return None  # "I heard a report from Ann Vale, and she put it simply: “…”"
    plain = chained = 0
    for j in range(index - 1, -1, -1):
        if plain >= _REPORTER_SENTENCES or plain + chained >= _REPORTER_CHAIN:
            return None
        s_start, s_end = spans[j]
        if not _may_name_someone(body, s_start, s_end, pronoun, mentions, written):
            plain += 1  # (nothing to parse for: no person, no office, not the pronoun)
            continue
        if _opened_by_pronoun(body, s_start, pronoun):
            chained += 1  # (the pronoun opens it as its subject: "He added that …")
            continue
        subjects = [
            subject
            for subject in clause_subjects(body[s_start:s_end])
            if not any(q0 <= s_start + subject.start < q1 for q0, q1 in quote_spans)
        ]
        main = next((subject for subject in subjects if subject.main), None)
        if main is not None and main.pronoun == pronoun:
            chained += 1
            continue
        speaker, unsure = None, False
        for subject in subjects:
            start, end = s_start + subject.start, s_start + subject.end
            person = (
                _person_in(start, end, subject.head, body, mentions, written)
                if not subject.pronoun
                else None
            )
            if person is None:
                if (
                    subject.speaks
                    and subject.head in _PERSON_HEADS
                    and not subject.proper
                    and _INDEFINITE_OPENING.match(body, start, end)
                    and _GENDERED_ROLE.get(subject.head, pronoun) == pronoun
                    and not _named_beside(body, start, end, s_end, mentions)
                ):
                    # "A union spokesman said the offer was poor. … “…,” he said": someone
                    # unnamed, not a person the sentence names as an object
                    return None, None
                # one described by office, or a name no dictionary holds
                unsure |= subject.head in _PERSON_HEADS or (
                    subject.proper and not _mentions_in(start, end, mentions)
                )
                continue
            fitting = fits(person)
            if fitting is False:
                continue
            if person[0] and _called_by_any_name(person[0], quote_words, body, mentions):
                # "Ann Vale spoke of her dislike … “I've had a word with Ann,” he said": the
                # quotation calls her by name, someone else says it
                unsure = True
                continue
            if (
                not subject.speaks
                and not (
                    fitting
                    and subject.main
                    and subject.active
                    and _names_the_sentence_subject(
                        body, s_start, start, end, subject.head, mentions, written
                    )
                )
            ) or (fitting is None and _sure_of_the_pronoun_near(pronoun, offset, mentions)):
                unsure = True
                continue
            speaker = speaker or ((person[0], pronoun) if person[0] else person)
        if speaker is not None:
            return speaker
        if unsure or _someone_salient(body, s_start, s_end, quote_spans, mentions, fits):
            # (one of that gender near the top of the sentence, though no subject, or one
            # described by office or trade: "I recall a talk with Ann Vale. She said to me:
            # …", "Let me return to the nurse. She told me: …")
            return None
        plain += 1
    return None


def _named_beside(
    body: str,
    start: int,
    end: int,
    limit: int,
    mentions: list[Mention],
) -> bool:
    """Whether the subject at `start`-`end`, or what stands between it and its verb of
    saying (before `limit`), holds what may be a person's name: a capitalized word outside
    the names of bodies ("A spokeswoman for the Premier, Ruth Geller, said"; not "A Labour
    Party spokesman said")."""
    verb = _REPORT_AFTER.search(body, end, min(limit, end + _ATTRIBUTION_GAP * 2))
    last = verb.start() if verb else end
    bodies = [(m[0], m[1]) for m in mentions if m[3] != "person" and start <= m[0] < last]
    # (a capitalized word no body's name holds may be a name no dictionary has: "A bus
    # conductor, who gave his name only as Segun, said")
    return any(
        not any(b0 <= word.start() < b1 for b0, b1 in bodies)
        for word in _CAPITALIZED_WORD.finditer(body, start + 1, last)
    )


def _opened_by_pronoun(body: str, start: int, pronoun: str) -> bool:
    """Whether the sentence at `start` opens with `pronoun` as its subject ("He added that
    …"; not "He and Ann Vale …")."""
    # (re caches the compiled pattern of each pronoun)
    opening = re.compile(rf"[\s“\"]*{pronoun.capitalize()}\s+(?!and\b)[a-z]")
    return opening.match(body, start) is not None


# What may stand before a sentence's subject: an opening phrase set off by a comma.
_OPENING_PHRASE_ONLY = re.compile(r"[\s“\"]*(?:[^,;:“”\"]{1,60},\s+)?")


def _names_the_sentence_subject(
    body: str,
    s_start: int,
    start: int,
    end: int,
    head: str,
    mentions: list[Mention],
    written: list[tuple[int, int, str]],
) -> bool:
    """Whether body[start:end], whose head word is `head`, is its sentence's main subject
    named at the sentence's head ("Bilal Ahmed has sold corn for 20 years", "On Monday,
    Vale met …"): its head a word of a person's name, not a title or a trade ("The
    Governor"), nor a relative a description brings in with a name beside it ("His nephew,
    Usman Ali, started …", "One of his clients, Piotr Zielinski, owns …"); no verb before
    it ("Beside her were Ann Vale and …")."""
    if (
        head in _PERSON_HEADS
        or head in TITLE_WORDS_PLAIN
        or not _OPENING_PHRASE_ONLY.fullmatch(body, s_start, start)
    ):
        return False
    word = re.compile(rf"\b{re.escape(head)}\b", re.IGNORECASE)
    people = [(m[0], m[1]) for m in mentions if m[3] == "person"]
    return any(
        start <= n_start and n_end <= end and word.search(body, n_start, n_end)
        for n_start, n_end in [*people, *((w[0], w[1]) for w in written)]
    )


def _someone_salient(
    body: str,
    start: int,
    end: int,
    quote_spans: list[tuple[int, int]],
    mentions: list[Mention],
    fits: Callable[[tuple[str | None, str | None]], bool | None],
) -> bool:
    """Whether body[start:end] names, near the top of its tree (`salient_names`) and outside
    quotations, a person whose name `fits` does not rule out, or one by office or trade."""
    for n_start, n_end, proper in salient_names(body[start:end]):
        at, to = start + n_start, start + n_end
        if any(q0 <= at < q1 for q0, q1 in quote_spans):
            continue
        if not proper:
            if body[at:to].lower() in _PERSON_HEADS:
                return True
            continue
        person = _person_in(at, to, "", body, mentions, [])
        if person is not None and fits(person) is not False:
            return True
    return False


def _may_name_someone(
    body: str,
    start: int,
    end: int,
    pronoun: str,
    mentions: list[Mention],
    written: list[tuple[int, int, str]],
) -> bool:
    """Whether body[start:end] names a person, a written name or an office, or holds the
    pronoun: a sentence with none of them has no subject the look back wants."""
    if any(m[3] == "person" for m in _mentions_in(start, end, mentions)):
        return True
    first = bisect_left(written, (start,))
    if first < len(written) and written[first][0] < end:
        return True
    words = re.findall(r"[a-z]+", body[start:end].lower())
    return pronoun in words or any(word in _PERSON_HEADS for word in words)


def _sure_of_the_pronoun_near(pronoun: str, offset: int, mentions: list[Mention]) -> bool:
    """Whether someone whose name surely tells the pronoun's gender is named within reach
    before `offset`."""
    return any(
        _gender(m[2]) == (pronoun, True)
        for m in _persons_between(offset - _PRONOUN_LOOKBACK_CHARS, offset, mentions)
    )


def _mentions_in(start: int, end: int, mentions: list[Mention]) -> list[Mention]:
    """The mentions that start within body[start:end] or run into it (from at most 80
    characters before it)."""
    inside = []
    for m in mentions[bisect_left(mentions, (start - 80,)) :]:
        if m[0] >= end:
            break
        if m[1] > start:
            inside.append(m)
    return inside


def _person_in(
    start: int,
    end: int,
    head: str,
    body: str,
    mentions: list[Mention],
    written: list[tuple[int, int, str]],
) -> tuple[str | None, str | None] | None:
    """(actor, None) of the person mentioned within body[start:end] whose words hold its
    `head` word, else the last one (a subject's head comes last: "Harbour chairman Sir Tom
    Reyes"), else (None, name) of a person's name only written there, else None."""
    persons = [m for m in _mentions_in(start, end, mentions) if m[3] == "person"]
    if persons:
        holding = [m for m in persons if head and head in body[m[0] : m[1]].lower().split()]
        return (holding or persons)[-1][2], None
    for w_start, w_end, name in written[bisect_left(written, (start - 80,)) :]:
        if w_start >= end:
            break
        # (not a thing in capitals: "the Two Ronnies star said" names the show)
        if w_end > start and not _names_a_thing(name):
            return None, name
    return None


def _body_opening_a_sentence(
    offset: int, body: str, spans: list[tuple[int, int]], mentions: list[Mention]
) -> str | None:
    """The organization or group that opens, as its subject, the sentence of `offset` or one
    of the two before it (the nearest), else None."""
    index = sentence_index_of(spans, offset)
    for s_start, _ in reversed(spans[max(0, index - 2) : index + 1]):
        first = bisect_left(mentions, (s_start,))
        if first < len(mentions) and mentions[first][0] < offset:
            m_start, _, actor_id, actor_type = mentions[first]
            if actor_type in ("organization", "group") and _ARTICLE_ONLY.fullmatch(
                body, s_start, m_start
            ):
                return actor_id
    return None


def _people_at_large_subject(
    body: str, start: int, end: int, mentions: list[Mention], quote_spans: list[tuple[int, int]]
) -> bool:
    """Whether the main subject of the sentence at body[start:end], in its parse
    (`clause_subjects`), is people at large ("Ministers deny …", "Critics say …"): a plural
    of common nouns (`_people_at_large`) that names no body."""
    for subject in clause_subjects(body[start:end]):
        if not subject.main or subject.pronoun:
            continue
        at, to = start + subject.start, start + subject.end
        if any(q0 <= at < q1 for q0, q1 in quote_spans) or _mentions_in(at, to, mentions):
            return False
        return _people_at_large(body[at:to])
    return False


def _body_opening(
    body: str, start: int, end: int, mentions: list[Mention], quote_spans: list[tuple[int, int]]
) -> str | None:
    """The organization or group that opens body[start:end] as its subject ("The China
    Coast Guard said …"), when the first body (or country) it names does so; else None."""
    named = [
        m
        for m in mentions[bisect_left(mentions, (start,)) :]
        if m[0] < end
        and m[3] in ("organization", "group", "country")
        and not any(q0 <= m[0] < q1 for q0, q1 in quote_spans)
    ]
    if not named:
        return None
    first = min(named, key=lambda m: (m[0], -m[1]))
    if first[3] == "country" or first[2].startswith(_UNNAMED_GROUP):
        return None
    return first[2] if _ARTICLE_ONLY.fullmatch(body, start, first[0]) else None


# A body written out opening a sentence as its subject: "The Yugoslav government called",
# "Cuba's government said".
_OPENING_WRITTEN_ORG = re.compile(
    # (a place or a day may open the sentence: "In Lima, the Peruvian government repeated")
    rf"[\s“\"«]*(?:(?:In|On|At|From|Late|Early)\s+[^,.;:“”\"]{{1,40}},\s+)?"
    rf"(?P<org>{_ORG_PHRASE})\s+[a-z]+\b"
)


def _sentence_and_the_one_before(
    body: str, offset: int, spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """(start, end) of the sentence at `offset`, cut at `offset`, and of the one before, in
    that order; a sentence a quotation opens is left out (someone's words, no subject)."""
    index = sentence_index_of(spans, offset)
    return [
        (start, min(end, offset))
        for start, end in (spans[at] for at in (index, index - 1) if at >= 0)
        if not _ANY_MARK.match(body[start:end].lstrip())
    ]


def _written_body_subject(
    body: str, offset: int, spans: list[tuple[int, int]], mentions: list[Mention]
) -> str | None:
    """The body written out (`written_organization`) that opens, as its subject, the
    sentence of "it" at `offset` ("Cuba's government said it would not …, and blamed
    Washington for what it called") or else the sentence before; None when neither does."""
    for start, end in _sentence_and_the_one_before(body, offset, spans):
        if (org := opening_body(body, start, end, mentions)) is not None:
            return org
    return None


def opening_body(body: str, start: int, end: int, mentions: list[Mention]) -> str | None:
    """The body written out (`written_organization`) that opens body[start:end] as the
    subject of a verb ("The Kenyan government blamed", "In Lima, the Peruvian government
    repeated"), else None."""
    opening = _OPENING_WRITTEN_ORG.match(body, start, end)
    if opening is None:
        return None
    return written_organization(opening.group("org"), opening.start("org"), mentions)


# A name opening a sentence as the subject of a verb of saying, perhaps after a place or a
# time and before an apposition: "EADS said", "In a media release, NEA said:", "Vons, a unit
# of Safeway Inc., said in a statement", "The Rio Grande do Sul Civil Defence said".
_SUBJECT_NAME = (
    rf"[\s“\"«]*(?:(?:In|On|At|From|Late|Early|Earlier|Later)\s+[^,.;:“”\"]{{1,40}},\s+)?"
    rf"(?:The\s+)?(?P<name>[{UPPER}][\w&’'.\-]*"
    rf"(?:\s+(?:(?:of|for|and|de|do|du|da|the|on)\s+)*[{UPPER}][\w&’'.\-]*){{0,6}})"
    r"(?:\s+\([A-Z]{2,}\))?(?:,\s+[^,;“”\"]{3,120},)?"
    r"\s+(?:also\s+|later\s+|earlier\s+|has\s+|had\s+)?"
)
_NAMED_SUBJECT_SAID = re.compile(
    _SUBJECT_NAME + r"(?:said|says|told|added|announced|reported|stated|warned|wrote|"
    r"insisted|noted|argued|confirmed|denied|maintained|acknowledged|declared)\b"
)
# The same subject of any verb: "Radio-Television Serbia resumed", "NATO said".
_BODY_ACTING = re.compile(_SUBJECT_NAME + r"(?:said|told|[a-z]+(?:ed|s))\b")
_NOT_A_SUBJECT_NAME = frozenset((
    "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
    "Here", "But", "And", "Yet", "So", "Then", "Now", "Police", "Officials", "Authorities",
    "Critics", "Residents", "Analysts",
    # a preposition opening the sentence ("In its complaint, the commission said" read as
    # "In" doing "its")
    "In", "On", "At", "From", "For", "With", "After", "Before", "As", "By", "Under", "During",
    "When", "While", "If", "Since", "Despite", "Without",
    # nor a word of time or a connective ("Earlier this year, …" read as "Earlier" doing
    # "this")
    "Earlier", "Later", "Early", "Late", "Last", "Next", "Meanwhile", "However", "Also",
    "Still", "Instead", "Yesterday", "Today", "Tonight",
))  # fmt: skip


def _opens_with_no_body(words: list[str]) -> bool:
    """Whether a sentence's capitalized subject opens as no body's name does: a pronoun, a
    connective, people at large ("Critics"), or a given name (a person's)."""
    return words[0] in _NOT_A_SUBJECT_NAME or words[0].lower() in given_name_genders()


# A text of findings that speaks for whoever published it: "the report said".
_THE_FINDINGS = re.compile(r"[Tt]he\s+(?:report|study|survey|research|poll|figures|findings)")
# The end of a sentence whose speaker is named after its verb: "…, said market analyst
# Kestrometer." (a few lowercase words of description before the name).
_SAID_BY_NAME_AT_END = re.compile(
    r",?\s+(?:said|says|according\s+to)\s+(?:[a-z][\w\-]*\s+){0,3}?"
    r"(?P<name>[A-Z][\w&'’\-]*(?:\s+[A-Z][\w&'’\-]*){0,3})\s*[.!?]?\s*$"
)


def _source_said_before(
    body: str, offset: int, spans: list[tuple[int, int]], mentions: list[Mention]
) -> tuple[str | None, str] | None:
    """(actor, name) of the body the sentence before the one at `offset` gives as its
    source, by name after its verb ("…, said market analyst Kestrometer."); None when it
    names none or names a person."""
    index = sentence_index_of(spans, offset)
    if index == 0:
        return None
    start, end = spans[index - 1]
    found = _SAID_BY_NAME_AT_END.search(body, start, end)
    if found is None:
        return None
    n_start, n_end = found.span("name")
    inside = [m for m in mentions if n_start <= m[0] and m[1] <= n_end]
    if any(m[3] == "person" for m in inside) or _is_a_name(found.group("name")):
        return None
    return (inside[0][2], found.group("name")) if inside else (None, found.group("name"))


def _named_subject_said(
    body: str, offset: int, spans: list[tuple[int, int]], mentions: list[Mention]
) -> tuple[str | None, str] | None:
    """(actor, name) of the name that opens the sentence of "it" at `offset`, or else the
    sentence before, as the subject of a verb of saying, when it is no person (no given name
    first): the actor its mention is, else the name as written; None when neither sentence
    opens so.

    Why: "it" that continues a body's words refers to the body that spoke, and many bodies
    (agencies, companies, acronyms) carry no head noun that marks their names as a body's."""
    for start, end in _sentence_and_the_one_before(body, offset, spans):
        found = _NAMED_SUBJECT_SAID.match(body, start, end)
        if found is None:
            continue
        n_start, n_end = found.span("name")
        words = found.group("name").split()
        if _opens_with_no_body(words):
            return None
        # (a name taken for a person's from its capitals, with no given name first, is a
        # body's when "it" continues its words: "Waka Kotahi said")
        inside = [m for m in mentions if n_start <= m[0] and m[1] <= n_end]
        whole = [m for m in inside if (m[0], m[1]) == (n_start, n_end) and m[3] != "person"]
        if whole:
            return whole[0][2], body[n_start:n_end]
        if any(m[3] != "person" for m in inside):
            return None  # "Russia's Vale said": a name with a body or country in it
        # ("Carrollton said" after "Carrollton Foods Inc.": the company's name in full)
        return None, full_company_name(body, body[n_start:n_end], n_start)
    return None


# Nothing but the article before a sentence's subject: "The", "“The".
_ARTICLE_ONLY = re.compile(r"[\s“\"«]*(?:The\s+)?")
# A sentence opening with a few words of a title, after a connective and an article: "But
# committee member ", "Economy " (a description of the subject to come; no preposition or
# verb that would make what follows an object).
_DESCRIPTION_OPENING = re.compile(
    r"[\s“\"«]*(?:(?:But|And|Yet|Meanwhile|However|Now),?\s+)?(?:(?:[Tt]he|[Aa]n?)\s+)?"
    r"(?:(?!(?:with|to|for|from|by|on|about|at|in|of|between|among|against|talks|met|meets)\b)"
    r"[A-Za-z][a-z\-]*\s+){1,4}"
)


# A temporal clause opening the sentence, up to its comma: "When Ann Vale visited the plant,".
_TEMPORAL_OPENING = re.compile(
    r"[\s“\"«]*(?:And\s+|But\s+)?(?:When|While|After|Before|Once|As\s+soon\s+as)\s+"
    r"(?!asked\b)[^,;.!?“”\"]*$"
)


def _temporal_clause_person(
    pronoun: str, offset: int, body: str, spans: list[tuple[int, int]], mentions: list[Mention]
) -> tuple[str, str] | None:
    """(actor, pronoun) of the one person a temporal clause opening the pronoun's sentence
    names ("When Prime Minister Ann Vale visited the park, she said:"), when the pronoun
    follows that clause's comma and the name may be of its gender; else None.

    Why: the person of the opening clause is who the main clause's "he" or "she" is, not
    someone named in the sentences before."""
    s_start = spans[sentence_index_of(spans, offset)][0]
    comma = body.rfind(",", s_start, offset)
    if (
        comma == -1
        or body[comma + 1 : offset].strip()
        or not _TEMPORAL_OPENING.match(body, s_start, comma)
    ):
        return None
    named = {m[2] for m in _persons_between(s_start, comma, mentions)}
    if len(named) != 1:
        return None
    (actor_id,) = named
    told, sure = _gender(actor_id)
    return (actor_id, pronoun) if not sure or told == pronoun else None


# A clause opening its sentence with a pronoun for its subject: "Although he called the
# market “highly competitive,” Mr. Lamb forecast …" (the pronoun stands for the main
# clause's subject, named after it).
_PRONOUN_CLAUSE_OPENING = re.compile(
    r"[\s“\"«]*(?:And\s+|But\s+)?(?:Although|Though|Even\s+though|While|Whilst|When|As|After|"
    r"Before|Because|Since|If|Once)\s+$"
)
_MAIN_SUBJECT_BEFORE = re.compile(r",[”\"»]?\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$")


def _main_clause_person(
    pronoun: str, offset: int, body: str, spans: list[tuple[int, int]], mentions: list[Mention]
) -> tuple[str, str] | None:
    """(actor, pronoun) of the person named right after the comma that closes the clause
    the pronoun opens ("Although he called …, Mr. Lamb forecast"), when nobody is named
    before the pronoun in its sentence and the name may be of its gender; else None.

    Why: a pronoun in a clause before its sentence's subject looks ahead to that subject,
    not back to whoever the sentences before named."""
    s_start, s_end = spans[sentence_index_of(spans, offset)]
    if not _PRONOUN_CLAUSE_OPENING.fullmatch(body, s_start, offset) or _persons_between(
        s_start, offset, mentions
    ):
        return None
    for m_start, _, actor_id, _ in _persons_between(offset, s_end, mentions):
        if _MAIN_SUBJECT_BEFORE.search(body, max(offset, m_start - 8), m_start):
            told, sure = _gender(actor_id)
            return (actor_id, pronoun) if not sure or told == pronoun else None
    return None


def asked_one_before(
    pronoun: str, offset: int, body: str, spans: list[tuple[int, int]], mentions: list[Mention]
) -> tuple[str, str] | None:
    """(actor, "he"/"she") of the person the sentence before asked something ("Vladimir
    Putin asked Ann Vale whether …"), when the pronoun at `offset` opens the next sentence
    ("She said it did: “…”") and that person may be of its gender; else None.

    Why: the one asked answers; the last person of the pronoun's gender named before may be
    someone else, introduced earlier."""
    index = sentence_index_of(spans, offset)
    opening = _PRONOUN_OPENING.match(body, spans[index][0])
    if index == 0 or opening is None or opening.start("pronoun") != offset:
        return None
    asked = _ASKED_SOMEONE.search(body, *spans[index - 1])
    if asked is None or not asked.group("object"):
        return None
    named = _persons_between(asked.start("object"), asked.end("object"), mentions)
    if not named:
        return None
    told, sure = _gender(named[0][2])
    return (named[0][2], pronoun) if not sure or told == pronoun else None


# Someone told or asked something, by name: "told Tom Reyes in Moscow:", "asked Ann Vale".
_TOLD_SOMEONE = re.compile(
    r"\b(?:told|said\s+to|assured|promised|asked|wrote\s+to)\s+"
    r"(?P<object>(?:[A-Z][\w'’.\-]*\s+){0,4}[A-Z][\w'’\-]+)"
)


def _told_one(
    body: str,
    quote_start: int,
    spans: list[tuple[int, int]],
    mentions: list[Mention],
    teller: str,
) -> str | None:
    """The person the words before the quote at `quote_start`, in its sentence, say `teller`
    told or asked something, by name ("Ann Vale told Tom Reyes: “…”"); else None.

    Why: a reply after words told to someone is theirs, not the teller's; the one told is
    named as an object, which a pronoun's search passes over."""
    start = spans[sentence_index_of(spans, quote_start)][0] if spans else 0
    told = _last_match(_TOLD_SOMEONE, body, start, quote_start)
    if told is None:
        return None
    named = [
        m
        for m in _persons_between(told.start("object"), told.end("object"), mentions)
        if m[2] != teller
    ]
    return named[0][2] if named else None


# A person named as the object of a preposition or of a verb, titles perhaps between: "talks
# with Ann Vale", "thanked Governor Ann Vale", "the initiative of the President of X", "a
# spokeswoman for Ann Vale".
# Such a person is spoken of; the subject of the sentence is who speaks next. "and" after a
# comma opens a clause of its own ("…, and Ann Vale has gone on"): its name is a subject.
_OBJECT_WORDS = (
    r"(?<![\w'’])(?:[a-z]{2,}\s+of|with|to|for|from|by|on|about|at|between|among|against|towards?|(?<![,;]\s)and|under|"
    r"into|through|via|within|thanked|"
    r"congratulated|met|meet|meets|received|receives|invited|told|asked|visited|urged|awarded|"
    r"presented|greeted|welcomed|informed|briefed|addressing|instructed|appointed|heard)\s+"
)
_OBJECT_BEFORE = re.compile(
    _OBJECT_WORDS
    # (a day or a month is no object: "but on Wednesday Mr Straw said")
    + r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\s+[A-Z])"
    r"(?:(?:[A-Z][\w'’.\-]*|of|the|for|and)\s+){0,8}$"
)
# The same, with a lowercase description of the person between: "the backing of boss
# Martin O'Neill", "talks with party leader Ann Vale", "a comment by All England Club
# chairman Tim Phillips" (`is_describing_word` checks the lowercase words).
_OBJECT_BEFORE_DESCRIBED = re.compile(
    _OBJECT_WORDS
    + r"(?:the\s+|his\s+|her\s+)?(?:[A-Z][\w'’.\-]*\s+){0,4}(?P<words>(?:[a-z][\w\-]*\s+){1,3})$"
)
# "by" after a passive verb names its doer ("The talks were mediated by Ann Vale", "a
# meeting chaired by the President"), who is no object.
_PASSIVE_DOER_BEFORE = re.compile(
    r"(?<![\w'’])(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\s+"
    # (a place or time may come between: "was congratulated at Star City by")
    r"(?:(?:at|in|on|during)\s+(?:[\w'’\-]+\s+){1,4}?)?by\s+"
    r"(?:(?:[A-Z][\w'’.\-]*|of|the|for|and)\s+){0,8}$"
)
_PRONOUN_SUBJECT_AFTER = re.compile(r",\s+(?:he|she|they)\s+[a-z]")
# First names that tell a person's gender surely where the given-name lists Faker ships do
# not (`given_name_genders`: Cyrillic lists, names of one country's list only): women's
# names that do not end in -a, men's names that do.
_FEMALE_FIRST_NAMES = frozenset(
    [
        "hillary",
        "tsai",
        "sheikh",
        "kamala",
        "dilma",
    ]
)
_MALE_FIRST_NAMES_IN_A = frozenset(
    [
        "nikita",
        "ilya",
        "foma",
        "kuzma",
        "mostafa",
        "khawaja",
        "bola",
        "moussa",
        "isa",
        "issa",
        "sasha",
        "misha",
        "juma",
        "akira",
        "dara",
        # men's names in -a from South Asia and the Slavic world
        "narendra",
        "rajendra",
        "surendra",
        "mahendra",
        "jitendra",
        "devendra",
        "ravindra",
        "krishna",
        "chandra",
        "mykola",
        "dima",
        "vova",
        "pasha",
        "grisha",
        "kolya",
        "petya",
        "vanya",
    ]
)
# Women's first names common in the news that those lists do not hold surely (a name in -a
# alone only suggests it), transliterated from Russian and Ukrainian mostly.
_COMMON_FEMALE_FIRST_NAMES = frozenset(
    [
        "yelena",
        "tatyana",
        "natalya",
        "yekaterina",
        "lyudmila",
        "yulia",
        "yuliya",
        "oksana",
        "nadezhda",
        "lyubov",
        "darya",
        "ksenia",
        "kseniya",
        "polina",
        "zinaida",
        "sofya",
        "evgenia",
        "yevgenia",
        "taisiya",
        "kristalina",
        "hasina",
        "jacinda",
    ]
)
# Given names a man bears in one language and a woman in another (Andrea Orlando and Andrea
# Leadsom, Nicola Zingaretti and Nicola Sturgeon): they suggest a gender, never tell it, so
# that "she" may go to either and an honorific ("Ms Sturgeon") decides.
_EITHER_GENDER_FIRST_NAMES = frozenset(["andrea", "nicola", "simone"])
_FEMALE_SURNAME = re.compile(r"(?:ova|eva|yova|ina|aya|ska)$")
_MALE_SURNAME = re.compile(r"(?:ov|ev|yov|in|yn|sky|skiy|enko|uk|chuk)$")


# Titles written as part of a name that tell the gender whatever the name's ending.
_GENDERED_TITLES = {
    **dict.fromkeys(("father", "brother", "sir", "lord", "king", "prince"), "he"),
    **dict.fromkeys(("sister", "mother", "lady", "dame", "queen", "princess"), "she"),
}


def name_gender(name: str) -> str | None:
    """ "she" or "he" when a person's full name tells it (a given name that the given-name
    lists of many countries hold as one gender's, a few listed by hand, a Slavic surname's
    ending: -ova/-eva/-ina/-aya "she", -ov/-ev/-in/-sky "he"; a first name in -a suggests
    "she"), None for a single word or a name that tells nothing ("Yury", "Kiran"); the
    underscores of an actor id count as spaces ("person_ann_vale").

    Why: "she said" after a paragraph naming a man and a woman is the woman."""
    return _gender(name)[0]


def _gender(name: str) -> tuple[str | None, bool]:
    """`name_gender` and whether the name tells it surely: a given name listed for one
    gender far more often than for the other does, as does a Slavic surname's ending; a name
    listed for both with one leading ("Jean"), or unlisted in -a (Narendra, Rama), only
    suggests it."""
    words = name.replace("_", " ").lower().split()
    if words[:1] == ["person"]:
        words = words[1:]
    if len(words) < 2:
        return None, False
    if words[0] in _GENDERED_TITLES:
        return _GENDERED_TITLES[words[0]], True  # "Father Andriy", "Sister Maria"
    first, last = words[0], words[-1]
    if first in _FEMALE_FIRST_NAMES or _FEMALE_SURNAME.search(last):
        return "she", True
    if first in _MALE_FIRST_NAMES_IN_A:
        return "he", True
    if first in _COMMON_FEMALE_FIRST_NAMES:
        return "she", True
    if first in _EITHER_GENDER_FIRST_NAMES:
        return (given_name_genders().get(first) or (None,))[0], False
    if listed := given_name_genders().get(first):
        return listed  # "Tom", "Carmen", "Hassan": the given-name lists of many countries
    if first.endswith("a"):
        return "she", False  # Narendra, Rama, Krishna: men's names end in -a too
    if _MALE_SURNAME.search(last):
        return "he", True
    return None, False  # Ilhan, Yury: no list holds it, and the ending does not tell


# An honorific right before a name tells the person's gender whatever the name suggests
# ("Ms. Dunlin", "Mr Reyes").
_HONORIFIC_TITLES = r"Mr|Mrs|Ms|Miss|Madam|Madame|Mme"
_HONORIFIC_NAME = re.compile(
    rf"(?<![\w'’])(?P<title>{_HONORIFIC_TITLES})\.?\s+(?P<surname>[A-Z][\w'’\-]+)"
)
_HONORIFIC_REACH = 4000


# A name whose own clause goes on with a speech verb and a possessive or a subject pronoun
# ("Leonore Gewessler said her country needed more time", "Okonkwo said he had never"): the
# pronoun is the speaker's, and tells the gender.
# Verbs that take a person as object ("told her", "thanked her") are left out.
_OWN_POSSESSIVE = re.compile(
    r"(?<![\w'’])(?P<surname>[A-Z][\w'’\-]+)\s+(?:also\s+)?(?:(?:said|says|added|argued|"
    r"insisted|warned|believes|believed|thinks|thought|feels|felt)\s+(?:that\s+)?"
    # a verb that takes an object ("recalled her first role": someone else's) only with
    # "that" before the clause
    r"|(?:noted|stressed|explained|recalled|admitted|acknowledged)\s+that\s+)"
    r"(?P<possessive>his|her|he|she)\s+[a-z]"
)


# A sentence opened by a name as its subject, then one opened by "He" or "She": "But Umaga,
# in England for the match, backed New Zealand. He told BBC Sport:" (the pronoun that goes
# on from the subject tells the gender a foreign name does not).
_NAME_THEN_PRONOUN_SENTENCE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:(?:But|And|However|Meanwhile),?\s+)?"
    r"(?:[A-Z][\w'’\-]+\s+){0,2}(?P<surname>[A-Z][\w'’\-]+)(?=[\s,])(?!\s+[A-Z])"
    r"[^.!?\n“”\"]{1,300}[.!?]\s+(?P<pronoun>He|She)\s+[a-z]"
)


def told_genders(body: str, offset: int) -> dict[str, str]:
    """The gender the text itself tells, by surname, for the names within the lookback
    before `offset`: an honorific before the name ("Ms. Dunlin" → {"dunlin": "she"}) or the
    speaker's own possessive or pronoun after it ("Vale said her country …" → {"vale":
    "she"}); an honorific wins.

    Why: a name's ending only guesses a gender (an English "Dunlin" is no Slavic man's
    name, "Leonore" tells nothing); the text's own "Ms." or "her" says it, and of everyone
    with that surname."""
    lower = max(0, offset - _HONORIFIC_REACH)
    # (weakest: the pronoun that opens the sentence after one the name opens)
    followed = {
        found.group("surname").lower(): found.group("pronoun").lower()
        for found in _NAME_THEN_PRONOUN_SENTENCE.finditer(body, lower, offset)
    }
    told = followed | {
        found.group("surname").lower(): "she"
        if found.group("possessive") in ("her", "she")
        else "he"
        for found in _OWN_POSSESSIVE.finditer(body, lower, offset)
    }
    return told | {
        found.group("surname").lower(): HONORIFIC_GENDERS.get(found.group("title").lower(), "she")
        for found in _HONORIFIC_NAME.finditer(body, lower, offset)
    }


def _names_a_thing(name: str) -> bool:
    """Whether a name only written (no actor holds it) is surely no person's
    (`names_no_person`: "Grand Slam", "IAAF"); a title before it ("Lord Falconer") makes it
    a person's.

    Why: "he said" goes to the person named last, and a story names events, clubs, works
    and places in capitals too; a pronoun of a person never stands for them."""
    return _without_titles(name) == name and names_no_person(name)


def _titled_gender(name: str, titled: dict[str, str]) -> tuple[str | None, bool]:
    """(gender, sure) of a name (`_gender`); a name that tells none surely takes the one an
    honorific before its surname tells (`told_genders`: "Ms Vale")."""
    told = _gender(name)
    if told[1] or (surname := _surname(name)) not in titled:
        return told
    return titled[surname], True


def _surname(name: str) -> str:
    """The last word of a name or an actor id, lowercase ("person_ann_vale" → "vale")."""
    words = name.replace("_", " ").split()
    return words[-1].lower() if words else ""


# A place's name in an apposition right before a speech verb ("…, based in Chattanooga,
# Tenn., said"), and the sentence's subject that apposition follows ("The company, …").
_IN_A_PLACE_BEFORE = re.compile(
    r",\s+(?:[a-z]+\s+)?(?:in|from|near|outside)\s+(?:[A-Z][\w'’.\-]*,?\s+){1,4}$"
)
_APPOSED_SUBJECT = re.compile(
    r"[\s“\"«]*(?P<subject>(?:[Tt]he|[Ii]ts|[Tt]heir)\s+[a-z][\w'’\-]*(?:\s+[a-z][\w'’\-]*)?"
    r"|(?:[A-Z][\w'’.\-]*\s+){0,3}[A-Z][\w'’.\-]*)(?=,\s)"
)
# A person's name right before "of (the) …" and the body's name the speaker phrase holds:
# "Senator Ann Vale of the leftist | Party of Labour".
_MEMBER_OF_BEFORE = re.compile(
    r"(?P<person>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’.\-]+){1,3})\s+of\s+(?:the\s+)?(?:[a-z\-]+\s+){0,2}$"
)
# A speaker phrase that reports someone else's telling: "Ushakov said Vladimir Putin" (had
# told his counterpart: “…”).
_REPORTED_SPEAKER = re.compile(
    r"(?:[\w'’.\-]+\s+){1,4}?(?:said|says|added|noted|recalled|reported|explained)\s+"
    r"(?:that\s+)?(?P<inner>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3})"
)
# A verb right after a clause's subject: "Maxim stayed", "Ann Vale has", "Tom later said".
_VERB_AFTER_NAME = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)?\b(?!,)")
# Where a clause with a subject of its own opens inside a sentence: "; ", ", while ".
_CLAUSE_OPENING_BREAK = re.compile(r";\s*|,\s+(?:while|whereas|but)\s+")
# Nothing but capitalized title words before a name: "", "Cr ", "Deputy Mayor ".
_TITLE_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w.]*\s+){0,3}")
# An apposition, then the verb: ", who chairs the planning committee, said".
_APPOSED_VERB = re.compile(r",[^,;.!?“”\"]{1,100},\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)?\b")


def _name_words(name: str) -> set[str]:
    """The words of a person's name that name them: capitalized, no title nor function word
    ("The head of the region" has none; "Nomvula Dlamini" both)."""
    return {
        w
        for w in name.split()
        if w[:1].isupper()
        and len(w) > 2
        and w.lower() not in _FUNCTION_WORDS
        and w.lower().rstrip(".") not in TITLE_WORDS_PLAIN
        and w.lower() not in _TITLE_WORDS_ALONE
    }


# A sentence "he" or "she" opens, up to a quote inside it: "He wants to make podcasting “".
_PRONOUN_OPENS_ITS_SENTENCE = re.compile(
    r"[\s“”\"]*(?:(?:And|But|So|Yet)\s+)?(?:(?P<pronoun>He|She)"
    # ("It blamed “…”", "It issued a statement that “…”": a body acting, not "It was a “…”")
    r"|(?P<it>It)(?=\s+(?:also\s+)?(?!(?:is|was|has|had|seems|seemed|remains|remained|appears|"
    r"appeared|looks|looked|means|meant|takes|took|comes|came|goes|went|makes|made|needs|"
    r"needed|gets|got)\b)[a-z]+(?:ed|s)\b))\s+[^.!?:;“”\"]{3,200}$"
)
# A verb of coming before "from": what follows is where words come from, a source, no object.
_CAME_BEFORE = re.compile(r"\b(?:came|comes|come|coming)\s+$")
# A relative clause after a name whose verb is one of saying, perhaps after an age or a
# short apposition: "for Staunton, 49, who told BBC News she had not thought".
_WHO_SAID_AFTER = re.compile(
    rf"(?:,\s+[^,;.“”\"]{{1,40}})?,\s+who\s+(?:has\s+|had\s+|also\s+|later\s+)?{SPEECH_VERBS}\b"
)


def _person_antecedent(
    pronoun: str,
    offset: int,
    body: str,
    spans: list[tuple[int, int]],
    mentions: list[Mention],
    quote_spans: list[tuple[int, int]],
    written: list[tuple[int, int, str]],
    reach: int = _PRONOUN_LOOKBACK_CHARS,
    depth: int = 0,
) -> tuple[str | None, str | None] | None:
    """Whom "he"/"she" at `offset` stands for: among the people named (outside quotes and
    labels) within `reach` characters before it whose name does not tell the other gender,
    those of the last sentence naming any; of them the first not named as an object ("talks
    with Ann Vale") nor as an owner ("the President's question"), a known actor before a
    name only written, else the last known one, else None. When a later sentence names
    people only as objects and its subject is a person described by a title ("The regional
    head reported to the President."), the pronoun is that person: the last one named
    before who is none of those objects.

    A sentence whose subject is the same pronoun ("She shares the flat with Ann Vale.") has
    the one that pronoun stands for as its subject; someone introduced by their tie to the
    pronoun's owner ("Her neighbour, Ann Vale, still had heat.", "One of his clients, Tom
    Reyes, owns two flats") is no subject unless they speak there.

    Why: releases name the speaker as the subject of a sentence about a meeting, then quote
    them with "he said"; the person met, thanked or reported to is named later in that
    sentence but does not speak. A story goes on about the one its pronouns follow; the
    people it brings in around them do not take the pronoun over."""
    lower = offset - reach
    first, last = bisect_left(mentions, (lower,)), bisect_left(mentions, (offset,))
    candidates: list[tuple[int, int, str | None, str | None]] = [
        (m[0], m[1], m[2], None)
        for m in mentions[first:last]
        if m[3] == "person" and m[1] <= offset
    ]
    covered = [(c[0], c[1]) for c in candidates]
    for w_start, w_end, name in written[
        bisect_left(written, (lower,)) : bisect_left(written, (offset,))
    ]:
        if w_end <= offset and not any(c0 < w_end and w_start < c1 for c0, c1 in covered):
            if _names_a_thing(name):
                continue  # "the 2003 World Indoor Championships. “…,” he said"
            candidates.append((w_start, w_end, None, name))
    titled = told_genders(body, offset)
    # (a given name that tells the gender surely outweighs an honorific before the surname,
    # which another of the family may bear: "Ms Fallon" and her husband "Declan Fallon")
    genders = {c[:2]: _titled_gender(c[2] or c[3] or "", titled) for c in candidates}
    for c in candidates:
        # "their eldest son, Timur": the tie tells the gender a foreign name does not
        if (tie := tie_gender(body, c[0])) is not None:
            genders[c[:2]] = (tie, True)
    # "" (a person described, "the retired admiral"): any gender fits
    fitting = (None, pronoun) if pronoun else (None, "he", "she")
    candidates = [
        c
        for c in candidates
        if not any(q0 <= c[0] < q1 for q0, q1 in quote_spans)
        and (genders[c[:2]][0] in fitting or not genders[c[:2]][1])
    ]
    if pronoun and any(genders[c[:2]] == (pronoun, True) for c in candidates):
        # "she" with Tatyana Golikova in play is not Mikhail Murashko, whose name only
        # suggests a man
        candidates = [c for c in candidates if genders[c[:2]][0] in fitting]
    # one the quote the pronoun attributes calls by name does not speak ("“We were shouting
    # for Nomvula until it was light,” she said" is not Nomvula's)
    if pronoun and depth < 2:
        for subject in _pronoun_subjects(
            pronoun, offset, body, spans, mentions, quote_spans, written, reach, depth
        ):
            candidates.append(subject)
            genders[subject[:2]] = (pronoun, True)
        candidates.sort()
    attributed = [(q0, q1) for q0, q1 in quote_spans if q1 <= offset <= q1 + 12]
    if attributed:
        words = _capitalized_words(body, *attributed[-1])
        # (by any name the text gives them, when the pronoun is the speaker's: not "his"
        # of "“…,” his counterpart said")
        speaking = body[offset : offset + len(pronoun) + 1].lower() == f"{pronoun} "
        unnamed = [
            c
            for c in candidates
            if not (_name_words(c[3] or body[c[0] : c[1]]) & words)
            and not (speaking and c[2] and _called_by_any_name(c[2], words, body, mentions))
        ]
        candidates = unnamed or candidates
    if not candidates:
        return None

    # the last sentence naming a person not as an object ("The report went to Ann Vale."
    # names her as one; so does "He said he had met Ann Vale.", whose subject is the same
    # pronoun), else the last naming any
    s_ends = {c[0]: spans[sentence_index_of(spans, c[0])][1] for c in candidates}

    def object_in_sentence(c: tuple[int, int, str | None, str | None]) -> bool:
        if _WHO_SAID_AFTER.match(body, c[1]):
            return False  # "a nomination for Staunton, 49, who told BBC News …": she speaks
        c_start = spans[sentence_index_of(spans, c[0])][0]
        window = max(c_start, c[0] - 80)
        if _ACCORDING_TO.fullmatch(body, c_start, c[0]) or _ACCORDING_TO_INSIDE.search(
            body, max(c_start, c[0] - 16), c[0]
        ):
            return False  # "According to Vale, …": the source of what is reported speaks
        marker = _OBJECT_BEFORE.search(body, window, c[0])
        if (
            marker is None
            and (described := _OBJECT_BEFORE_DESCRIBED.search(body, window, c[0])) is not None
            and all(is_describing_word(w) for w in described.group("words").split())
            # (not a subject joined to another: "Kirill Sotnikov and his colleague Ann Vale
            # raised the issue")
            and not described.group(0).startswith("and")
        ):
            marker = described
        if marker is not None and any(
            m[3] in ("organization", "group") and m[0] <= marker.start() < m[1] for m in mentions
        ):
            # "President of the Russian Union of Industrialists and Entrepreneurs Ann Vale":
            # the "and" of a body's name coordinates nothing
            marker = None
        if (
            marker is not None
            and marker.group(0).startswith("and")
            and _DESCRIPTION_OPENING.fullmatch(body, c_start, marker.start())
            and not any(c_start <= m[0] < marker.start() for m in mentions)
        ):
            # "But committee member and Tory MP Ann Vale said", "Economy and Labour Minister
            # Ann Vale called …": the "and" joins two descriptions (or title words) of the
            # one subject, no object
            marker = None
        if marker is not None and _CAME_BEFORE.search(
            body, max(0, marker.start() - 12), marker.start()
        ):
            marker = None  # "One dissenting view came from Ann Vale": she is brought in to speak
        return bool(
            (marker and not _PASSIVE_DOER_BEFORE.search(body, window, c[0]))
            or _SUBORDINATE_OPENING.match(body, c_start, c[0])
            or _pronoun_opens(body, c_start, c[0], pronoun)
            # (or another pronoun: "They could picture Michael Howard doing it.")
            or _OTHER_PRONOUN_OPENING.match(body, c_start, c[0]) is not None
            # an owner is no subject: "Answering the President's question, he said" (but
            # the owner of a sentence's subject, no one else named there, is what it is
            # about: "Lindqvist's department will also run clinics.")
            or (
                _POSSESSIVE_AFTER.match(body, c[1])
                and not (
                    _ARTICLE_ONLY.fullmatch(body, c_start, c[0])
                    and sum(
                        c_start <= o[0] < spans[sentence_index_of(spans, c[0])][1]
                        for o in candidates
                    )
                    == 1
                )
            )
            # nor one who is told: "The President was informed about the repairs."
            or _TOLD_AFTER.match(body, c[1])
            # nor one in what a pronoun is said to have said: "And Tony Blair would lead
            # the campaign, he said.", "Nobody, he claimed, could picture Ann Vale winning"
            # (the pronoun is the speaker, someone else)
            or (
                (reporter := _PRONOUN_REPORTER_OF_CONTENT.search(body, c_start, s_ends[c[0]]))
                is not None
                and reporter.start("pronoun") != c[0]
                # (not one who speaks there first: "Ann Vale added: “…,” she said")
                and not _SPEECH_VERB.search(body, c[1], reporter.start())
            )
            # nor a club or a party named before its member's title and name: "Radcliffe
            # Vale manager Lee Dobbs did not hide his frustration"
            or _MEMBER_TITLE_AFTER.match(body, c[1])
            # nor one named in a phrase before the sentence's own subject, a pronoun: "In a
            # statement read by the prosecutor, Tom Reyes, she described ..."
            or _PRONOUN_SUBJECT_AFTER.match(body, c[1])
            # nor, for the pronoun of a quote, one brought in by a tie to the pronoun's owner
            # ("Her neighbour, Ann Vale, had heat. “…,” she said"); a pronoun opening the next
            # sentence is theirs ("Her sister, Bisi, runs the finances. She said …")
            or (depth == 0 and _tied_to_owner(body, window, c[0], c[1], pronoun, spans))
        )

    # "Before the trip I heard a report from Ann Vale, and he put it simply:", "I asked Ann
    # Vale about it. He answered:": the last sentence naming anyone has "I" or "we" as its
    # subject, so "he" is the one it names
    last_named = max(sentence_index_of(spans, c[0]) for c in candidates)
    if _FIRST_PERSON_SUBJECT.match(body, spans[last_named][0], offset):
        own = sorted(c for c in candidates if sentence_index_of(spans, c[0]) == last_named)
        # (not one named as what something is of: "Ann Vale, one of the architects of the
        # policy of Tom Reyes": she was the one met)
        own = [
            c for c in own if not _OF_SOMETHING_BEFORE.search(body, max(0, c[0] - 30), c[0])
        ] or own
        # a known person before a name only written, which may be a title in capitals
        named = [c for c in own if c[2] is not None] or own
        return (named[-1][2], pronoun) if named[-1][2] is not None else (None, named[-1][3])
    subject_sentences = [
        sentence_index_of(spans, c[0]) for c in candidates if not object_in_sentence(c)
    ]
    sentence = max(subject_sentences or [sentence_index_of(spans, c[0]) for c in candidates])
    last_named = max(sentence_index_of(spans, c[0]) for c in candidates)
    if last_named > sentence and _DESCRIBED_PERSON.match(body, spans[last_named][0]):
        # "The regional head reported to the President. “…,” he said": the person the
        # description stands for is the subject, not the one named in that sentence as an
        # object; so the person named before who is none of those
        objects = {c[2] or c[3] for c in candidates if sentence_index_of(spans, c[0]) == last_named}
        others = [c for c in candidates if (c[2] or c[3]) not in objects]
        if others:
            chosen = max(others, key=lambda c: (genders[c[:2]][0] in fitting, c[0]))
            return (chosen[2], pronoun) if chosen[2] is not None else (None, chosen[3])
    in_sentence = sorted(c for c in candidates if sentence_index_of(spans, c[0]) == sentence)
    subjects = [c for c in in_sentence if not object_in_sentence(c)]
    # among the subjects (else the people named), one whose name only suggests the other
    # gender comes after the rest
    if subjects:
        subjects = [c for c in subjects if genders[c[:2]][0] in fitting] or subjects
    else:
        in_sentence = [c for c in in_sentence if genders[c[:2]][0] in fitting] or in_sentence
    if len(subjects) > 1:
        # "Ilya stayed for two weeks; Maxim stayed for the whole summer.": the subject of
        # the last clause a semicolon opens
        # (the name opens that clause and a verb follows it; not a list's next item,
        # "…; and Olga Belyaeva, head of …")
        # (so is the clause "while" or "but" opens: "Cr Ann Vale said …, while Cr Tom
        # Reyes, who chairs the committee, said …"; a title may stand before the name)
        breaks = list(_CLAUSE_OPENING_BREAK.finditer(body, subjects[0][1], subjects[-1][0]))
        opening = [
            c
            for c in subjects
            if breaks
            and c[0] >= breaks[-1].end()
            and _TITLE_WORDS_BEFORE.fullmatch(body, breaks[-1].end(), c[0])
            and (_VERB_AFTER_NAME.match(body, c[1]) or _APPOSED_VERB.match(body, c[1]))
        ]
        if opening:
            subjects = opening
    # the one whose words the sentence reports, after them ("Mr Brown liked to rattle off
    # …, the Tory leader said."): the speaker, not the subject of what was said
    reporting = [
        c
        for c in subjects
        if (
            _TRAILING_REPORTER_BEFORE.search(body, max(0, c[0] - 40), c[0])
            and _SPEECH_VERB_AFTER.match(body, c[1])
        )
        # (or after its verb, ending the sentence: "…, says Michael Howard.")
        or (
            _TRAILING_VERB_BEFORE.search(body, max(0, c[0] - 60), c[0])
            and _SENTENCE_END_AFTER.match(body, c[1])
        )
    ]
    subjects = reporting or subjects
    known = [c for c in subjects if c[2] is not None]
    if known or subjects:
        chosen = (known or subjects)[0]
    else:
        chosen = ([c for c in in_sentence if c[2] is not None] or in_sentence)[-1]
    s_end = spans[sentence][1]
    if (
        sentence > 0
        and (object_pronoun := _OBJECT_PRONOUN.get(pronoun)) is not None
        and object_pronoun.search(body, chosen[1], s_end)
        and not _SPEECH_VERB.search(body, chosen[1], s_end)
        and not _INTRODUCING_VERB.search(body, chosen[1], s_end)
        # (not after a reflexive that puts the subject in focus: "Tait himself appeared
        # unaffected by the treatment dished out to him")
        and not _EMPHATIC_REFLEXIVE.match(body, chosen[1])
    ):
        # "Ann Vale had come with a list she said was agreed. Her partner, Joy Obi, was
        # helping her cut it down. “…,” she said": an object pronoun of that gender in the
        # last subject's own sentence is someone else (never its clause's subject), the one
        # the story keeps in focus; so is the quote's pronoun: the subject of the sentence
        # before, unless the last subject speaks in hers
        focus = [
            c
            for c in candidates
            if sentence_index_of(spans, c[0]) == sentence - 1
            and not object_in_sentence(c)
            and genders[c[:2]][0] in fitting
            and (c[2] or c[3]) != (chosen[2] or chosen[3])
        ]
        if focus:
            chosen = ([c for c in focus if c[2] is not None] or focus)[0]
    if chosen[2] is not None:
        return chosen[2], pronoun
    return None, chosen[3]


def _capitalized_words(body: str, start: int, end: int) -> set[str]:
    """The capitalized words of body[start:end]."""
    return set(re.findall(r"[A-Z][\w'’\-]+", body[start:end]))


def _called_by_any_name(actor_id: str, words: set[str], body: str, mentions: list[Mention]) -> bool:
    """Whether `words` hold a word of any name the text gives the actor ("Olof" of Olof
    Mellberg, named "Mellberg" since): a quotation calling someone so is not theirs."""
    return any(m[2] == actor_id and _name_words(body[m[0] : m[1]]) & words for m in mentions)


# A reflexive right after a name, putting its person in focus: "Tait himself".
_EMPHATIC_REFLEXIVE = re.compile(r"\s+(?:himself|herself)\b")
# A noun and "of" right before a name: "the policy of", "the widow of the".
_OF_SOMETHING_BEFORE = re.compile(r"\b[a-z]{2,}\s+of\s+(?:the\s+)?$")


# A reporting clause a pronoun opens inside a sentence or at its end: "Nobody, he
# claimed, could", ", he said.", ", she added on Monday."
_PRONOUN_SAYING = rf"(?P<pronoun>he|she)\s+(?:also\s+|[a-z]+ly\s+)?{SPEECH_VERBS}\b"
_PRONOUN_REPORTER = re.compile(rf",\s+{_PRONOUN_SAYING}(?:[^,;:“”\"]{{0,40}}$|,)")
# The same after a quote's closing mark, its clause perhaps going on: "Mr Sullivan “made the
# decisions,” he told the court, saying …" (Mr Sullivan is in what "he" reported).
_PRONOUN_REPORTER_OF_CONTENT = re.compile(rf",[”\"]?\s+{_PRONOUN_SAYING}[^,;:“”\"]{{0,40}}(?:$|,)")
# A trailing reporting clause's subject: ", the Tory leader said", ", Mr Howard added".
_TRAILING_REPORTER_BEFORE = re.compile(r",[”\"]?\s+(?:[Tt]he\s+)?(?:[\w'’\-]+\s+){0,3}$")
_TRAILING_VERB_BEFORE = re.compile(
    rf",\s+(?:{SPEECH_VERBS}|(?:has|have)\s+{SPEECH_VERBS})\s+(?:[\w'’\-]+\s+){{0,4}}$"
)
_SENTENCE_END_AFTER = re.compile(r"(?:,\s+[^.!?;“”\"]{1,80})?[.!?]")
# (in the perfect too, as a story's first sentence has it: "…, Michael Howard has said.")
_SPEECH_VERB_AFTER = re.compile(
    rf"\s+(?:also\s+|[a-z]+ly\s+)?(?:(?:has|have|had)\s+(?:also\s+)?)?{SPEECH_VERBS}\b"
)


# An object pronoun, which never stands for the subject of its own clause ("was helping her
# cut the list", "stood beside him."): "her" only where no noun follows it (a possessive,
# "her stall", may be the subject's own).
_OBJECT_PRONOUN = {
    "he": re.compile(r"(?<![\w'’])him\b"),
    "she": re.compile(
        r"(?<![\w'’])her(?=\s*[,.;:!?)]|\s+(?:to|and|or|with|in|at|on|about|for|from|as|that|"
        r"up|down|out|off|back|into|over|again|too|through|cut|do|make|get|go|come|take|find|"
        r"see|pay|carry|stay|leave|sell|buy|move|work|keep)\b)"
    ),
}


# A lowercase title and a capitalized name after a name: what the name before is, is the
# club, party or company of that person ("Tanduay coach Paolo Reyes", "Labour leader Ann Vale").
_MEMBER_TITLE_AFTER = re.compile(
    r"\s+(?:head\s+|assistant\s+|chief\s+|general\s+|team\s+|club\s+|party\s+)?"
    r"(?:manager|coach|chairman|chairwoman|captain|spokesman|spokeswoman|spokesperson|leader|"
    r"president|director|boss|owner|striker|goalkeeper|defender|midfielder|forward|player|"
    r"star|executive|founder|treasurer|secretary)\s+(?=[A-Z])"
)
# A person introduced by a tie to someone a pronoun stands for: "Her neighbour across the
# yard, ", "One of his clients, ", "It took his son, ", "So did their friend " (not an
# honour: "Her Majesty", "His Excellency").
_TIED_BEFORE = re.compile(
    r"(?<![\w'’])(?P<owner>[Hh]er|[Hh]is|[Tt]heir)\s+"
    r"(?!(?:Majesty|Excellency|Highness|Holiness|Royal|Eminence|Grace|Beatitude)\b)"
    r"(?:[a-z][\w'’\-]*\s+){0,4}?[a-z][\w'’\-]*,?\s+$"
)


def _tied_to_owner(
    body: str, window: int, start: int, end: int, pronoun: str, spans: list[tuple[int, int]]
) -> bool:
    """Whether the person named at body[start:end] is introduced by a tie to someone the
    pronoun (of `pronoun`'s gender, or "their") stands for and does not speak in that
    sentence ("His spokesman, Tom Reyes, said …" speaks)."""
    tied = _TIED_BEFORE.search(body, window, start)
    if tied is None or _OWNER_PRONOUN.get(tied.group("owner").lower(), pronoun) != pronoun:
        return False
    s_end = spans[sentence_index_of(spans, start)][1]
    return _SPEECH_VERB.search(body, end, s_end) is None


def _pronoun_subjects(
    pronoun: str,
    offset: int,
    body: str,
    spans: list[tuple[int, int]],
    mentions: list[Mention],
    quote_spans: list[tuple[int, int]],
    written: list[tuple[int, int, str]],
    reach: int,
    depth: int,
) -> list[tuple[int, int, str | None, str | None]]:
    """(start, end, actor, name) of the person each sentence opened by `pronoun` within
    `reach` before `offset` stands for ("She shares the flat with …"), as a candidate named
    where the pronoun stands (with the name the text called a known one by last); the quote
    `offset` attributes and what follows it excluded."""
    attributed = [q0 for q0, q1 in quote_spans if q1 <= offset <= q1 + 12]
    limit = min([offset, *attributed[-1:]])
    found: list[tuple[int, int, str | None, str | None]] = []
    for index in range(sentence_index_of(spans, max(0, offset - reach)), len(spans)):
        s_start = spans[index][0]
        if s_start >= limit:
            break
        opening = _PRONOUN_OPENING.match(body, s_start, limit) or _PRONOUN_REPORTER.search(
            body, s_start, min(spans[index][1], limit)
        )
        if opening is None or opening.group("pronoun").lower() != pronoun:
            continue
        at = opening.start("pronoun")
        if s_start < offset - reach or any(q0 <= at < q1 for q0, q1 in quote_spans):
            continue
        resolved = _person_antecedent(
            pronoun, at, body, spans, mentions, quote_spans, written, reach, depth + 1
        )
        if resolved is not None and (resolved[0] is not None or resolved[1]):
            # (the name as written last, for a known person: "Folake" named in a quote)
            named = [m for m in mentions[: bisect_left(mentions, (at,))] if m[2] == resolved[0]]
            name = body[named[-1][0] : named[-1][1]] if named else resolved[1]
            found.append((at, at + len(pronoun), resolved[0], name))
    return found


# One person described and not named who asks or says what is quoted: "A young man from the
# back rows asked:", "A question came from a member of the public:".
_PERSON_NOUNS = (
    r"(?:man|woman|girl|boy|participant|member\s+of\s+the\s+(?:public|audience)|resident|"
    r"student|schoolgirl|schoolboy|pensioner|worker|citizen|voter|listener|viewer|caller|"
    r"veteran|volunteer|mother|father|parent|teacher|farmer|reporter|journalist|correspondent|"
    r"(?:\w+-)?grader|pupil|child|youngster|grandmother|grandfather|nurse|doctor|driver)"
)
# Relatives and acquaintances, who are described the same way ("my wife", "a friend").
_RELATIVE_NOUNS = r"(?:wife|husband|son|daughter|sister|brother|friend|neighbou?r|colleague)"
# The noun of someone described and not named, a person or a relative.
_DESCRIBED_NOUN = rf"(?:{_PERSON_NOUNS}|{_RELATIVE_NOUNS})"
# A sentence whose subject is someone described and not named: "My grandmother", "One of
# the students", "A woman from Omsk".
_DESCRIBED_SUBJECT = re.compile(
    # a transcript's label may open the sentence ("Ann Vale: My grandmother ...")
    r"(?:[A-Z][^:.!?“”\"]{0,60}:\s+)?"
    # ("As for your grandmother, she …")
    r"[\s“\"«]*(?:My|Our|Your|A|An|One\s+of\s+(?:the|our|my)|As\s+(?:for|to)\s+(?:my|our|your))\s+"
    r"(?:[a-z][\w\-]*\s+){0,2}?"
    rf"{_DESCRIBED_NOUN}s?\b[^.!?“”\"]*?,?\s+(?:and\s+|but\s+)?$"
)
# A sentence opening with "I" or "we" as its subject, a few words of time or place before.
# ("Let me return to the nurse from Rostov.": the speaker's own sentence too)
_FIRST_PERSON_SUBJECT = re.compile(
    r"[\s“\"«]*(?:[A-Za-z][\w'’\-]*,?\s+){0,5}?(?:I|[Ww]e|[Ll]et\s+(?:me|us)|[Aa]llow\s+me)\s"
)
_POSSESSIVE_AFTER = re.compile(r"['’]s?(?![\w'’])")
# A subject who is told something, in the passive: the teller speaks next, not them.
_TOLD_AFTER = re.compile(
    r"\s+(?:was|were)\s+(?:also\s+|then\s+)?(?:told|informed|briefed|updated|shown|"
    r"presented\s+with)\b"
)
_PRONOUN_OPENING = re.compile(
    r"[\s“\"]*(?:(?:And|But|Yet|So)\s+)?(?P<pronoun>[Hh]e|[Ss]he)(?:\s+|,\s+)[a-z]"
)
_OTHER_PRONOUN_OPENING = re.compile(r"[\s“\"]*(?:They|We|I)(?:\s+|,\s+)[a-z]")
# The same after a clause of time opening the sentence: "When the water reached the step,
# she woke her daughters and knocked on the door of Ann Vale".
_PRONOUN_AFTER_CLAUSE = re.compile(
    r"[\s“\"]*(?:When|After|As|Before|While|Once|Until)\s+[^,.;:!?“”\"]{3,120},\s+"
    r"(?P<pronoun>he|she)\s+[a-z]"
)
# A sentence whose subject is a person described by a title, no name with it: "The regional
# head reported …", "The head of the company told …", "The minister briefed …".
_DESCRIBED_PERSON = re.compile(
    r"[\s“\"«]*[Tt]he\s+(?:[\w'’\-]+\s+){0,2}?(?i:"
    + "|".join(sorted((re.escape(w) for w in TITLE_WORDS if "." not in w), key=len, reverse=True))
    + r")(?:\s+of\s+(?:the\s+)?[a-z][\w\-]*)?\s+(?:also\s+|then\s+)?[a-z]+(?:ed|s)\b"
)


# A clause opening the sentence with a subordinating word, up to its comma: a person named
# in it is not the subject of the main clause ("After Vale had left, Reyes spoke").
_SUBORDINATE_OPENING = re.compile(
    r"[\s“\"«]*(?:After|When|While|Before|Once|Since|Although|Though|Until|Because|Whereas|If|"
    r"As\s+soon\s+as"
    # a question put to the speaker: "Asked whether the President would call X, Ann Vale said"
    r"|(?:When\s+)?[Aa]sked\s+(?:whether|if|about|why|how|what|when|where|who)"
    r"|Answering\s+(?:a|the)\s+question"
    # a participle opening the sentence, its object after it: "Thanking the Brazilian
    # President for attending, Vladimir Putin noted" (the participles of meeting and
    # speaking: a name ending so is no participle, "Beijing Mayor Ann Vale")
    r"|(?:Thanking|Welcoming|Greeting|Addressing|Answering|Speaking|Opening|Closing|"
    r"Commenting|Responding|Replying|Meeting|Visiting|Congratulating|Introducing|Praising|"
    r"Citing|Quoting|Recalling|Referring|Turning|Following|Hosting|Receiving|Joining))"
    r"\b[^,;.!?“”\"]*$"
)


def _pronoun_opens(body: str, start: int, end: int, pronoun: str) -> bool:
    """Whether the sentence at `start` opens with `pronoun` as its subject before `end`
    ("He said he had met Ann Vale"): a person named after it is not its subject."""
    found = _PRONOUN_OPENING.match(body, start, end) or _PRONOUN_AFTER_CLAUSE.match(
        body, start, end
    )
    if found is None:
        return False
    # (for a description, "" here: "He was once threatened by City boss Tom Reyes … the
    # defender said": a sentence "he" or "she" opens is about someone named before)
    return found.group("pronoun").lower() in ((pronoun,) if pronoun else ("he", "she"))


# A run of capitalized words, a first name perhaps put in by the editor in brackets ("[Ann]
# Vale", "Kazakhstan [Ann Vale]"), middle initials perhaps between ("Ann C. Vale"); its last
# two or three name words are a written name.
_CAPITALIZED_RUN = re.compile(
    rf"(?<![\w'’.\-])\[?[{UPPER}][{LOWER}'’\-]+(?:(?<=-)[{UPPER}][{LOWER}'’\-]+)*\]?"
    rf"(?:\s+(?:[A-Z]\.|(?:Ó|Ní|Nic|Uí)(?=\s)|\[?[{UPPER}][{LOWER}'’\-]+(?:(?<=-)[{UPPER}][{LOWER}'’\-]+)*\]?))+(?![\w'’\-])"
)
# A suffix after a surname, no name of its own ("Ann Vale Jr." is Ann Vale).
_NAME_SUFFIXES = frozenset({"Jr", "Sr"})
# A name word, a hyphenated one too ("Kassym-Jomart").
_CAPITALIZED_WORD = re.compile(
    rf"[{UPPER}][{LOWER}'’\-]+(?:(?<=-)[{UPPER}][{LOWER}'’\-]+)*|(?:Ó|Ní|Nic|Uí)(?=\s)"
)
_LONE_SURNAME = re.compile(rf"(?<=[{LOWER},] )(?P<name>[{UPPER}][{LOWER}'’\-]{{2,}})(?![\w'’\-])")
# One name word introduced as a person: after a tie in apposition ("Their son, Cian,", "her
# brother, Mateo,") or with an age ("Sofía, 9,": the age is looked for first, a cheap scan;
# no name word before the name, "Ann Vale, 22," being a name in full).
# (a word or two of description may come first, then the name ends its phrase: "his wife,
# ex-model Sandra.")
_TIED_ONE_NAME = re.compile(
    rf"\b{TIE_AFTER_POSSESSIVE}\s*,\s+(?:(?!(?:the|a|an|his|her|their)\b)[a-z][\w\-]*\s+){{0,2}}"
    rf"(?P<name>[{UPPER}][{LOWER}'’\-]{{2,}})(?=,|[.;](?:\s|$)|\s+(?:and|who)\b)"
)
_AGE_AFTER_NAME = re.compile(r",\s+\d{1,2},")
_ONE_NAME_BEFORE = re.compile(
    rf"(?<![\w'’\-])(?<![\w'’\-] )(?P<name>[{UPPER}][{LOWER}'’\-]{{2,}})$"
)


def _one_word_names(body: str) -> list[tuple[int, int]]:
    """(start, end) of the one-word names introduced as people (`_TIED_ONE_NAME`, or a
    name word with an age after it)."""
    found = [tied.span("name") for tied in _TIED_ONE_NAME.finditer(body)]
    for age in _AGE_AFTER_NAME.finditer(body):
        before = _ONE_NAME_BEFORE.search(body, max(0, age.start() - 40), age.start())
        if before is not None:
            found.append(before.span("name"))
    return sorted(set(found))


# A name word alone opening a sentence: "Siti said she had stopped looking." (a name only
# when the text wrote it in full before: any sentence opens with a capital)
_LONE_NAME_OPENING = re.compile(
    rf"(?:^|[.!?][”\"]? )(?P<name>[{UPPER}][{LOWER}'’\-]{{2,}})(?=,|\s+[a-z])",
    re.MULTILINE,
)
_NOT_NAME_IN_WRITING = frozenset(
    [
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december", "monday", "tuesday"),
        *("wednesday", "thursday", "friday", "saturday", "sunday"),
        *(head.lower() for head in ORG_HEADS),
        # descriptions capitalized as the sentence's first word or as an honour before a
        # name ("Laureate Ann Vale", "Volunteer Tom Reyes"): no part of the name
        *("laureate", "winner", "veteran", "student", "pupil", "teacher", "nurse"),
        *("volunteer", "activist", "journalist", "reporter", "correspondent", "writer"),
        *("poet", "singer", "actor", "actress", "athlete", "champion", "scientist"),
        *("researcher", "engineer", "worker", "farmer", "pilot", "soldier", "resident"),
        *("surgeon", "physician", "paramedic", "economist", "goaltender", "goalkeeper"),
        *("striker", "midfielder", "defender", "winger", "forward", "coach", "manager"),
        # named storms: "Storm Desmond", "Hurricane Otis"
        *("storm", "hurricane", "cyclone", "typhoon"),
        # the portfolio of an ombudsman ("Commissioner for Human Rights")
        "rights",
        # head words of places ("the Jewish Autonomous Region", "Kamchatka Territory"): a
        # place named in full is no person, and its head word alone no surname
        *("region", "territory", "republic", "province", "district", "oblast", "krai"),
        *("peninsula", "island", "islands", "river", "sea", "mountains", "valley"),
        # and of prisons, palaces and sites ("Belmarsh Prison"; streets and stations below)
        *("prison", "jail", "palace", "cathedral", "mosque", "barracks", "boulevard"),
        # and the words that open the names of towns ("St Petersburg", "Fort Worth")
        *PLACE_PREFIXES,
        # and of events ("the coming Olympic Games", "the Eastern Economic Forum")
        *("games", "olympics", "cup", "championship", "festival", "forum", "summit"),
        *("congress", "conference", "exhibition", "expo", "contest", "competition"),
        # portfolios in a title ("Deputy Minister of Foreign Affairs Ann Vale", "Minister
        # of Economic Development"): part of the office, not of a name
        *("affairs", "development", "relations", "defence", "defense", "justice"),
        *("finance", "finances", "healthcare", "education", "culture", "trade", "industry"),
        *("energy", "transport", "agriculture", "emergencies", "economy", "labour"),
        *("construction", "resources", "environment", "federation", "situations"),
        # days and holidays ("Happy Students' Day", "Victory Day")
        *("day", "holiday", "anniversary", "eve"),
        # sports clubs ("Westbrook Rovers", "Harbour City", "Hull United")
        *("rovers", "rangers", "wanderers", "athletic", "albion", "united", "city", "fc"),
        # head words of buildings and streets ("At Dublin Airport", "Union Square")
        *("airport", "station", "street", "avenue", "road", "square", "park", "bridge"),
        *("stadium", "arena", "hall", "hospital", "airfield", "harbour", "harbor", "port"),
    ]
)
# A hyphenated word with a lowercase part is a description ("Nine-year-old"), never a name
# ("Jean-Luc", "Kassym-Jomart" are capitalized after the hyphen).
_LOWERCASE_AFTER_HYPHEN = re.compile(r"-[a-z]")


def _is_a_name(written: str) -> bool:
    """Whether `written` is a person's name of two words or more once the titles before it
    are set aside ("Ann Vale", "Dr Ann Vale"; not "Harbour Trust Chairman")."""
    words = _without_titles(written).split()
    return len(words) > 1 and all(_is_name_word(w) for w in words)


def _is_name_word(word: str) -> bool:
    low = word.lower()
    return not (
        _LOWERCASE_AFTER_HYPHEN.search(word)
        or low in _TITLES
        or low in _NOT_NAME_WORDS
        or low in _NOT_NAME_IN_WRITING
        or low in _FUNCTION_WORDS
    )


def _covered(start: int, end: int, mentions: list[Mention]) -> bool:
    first, last = bisect_left(mentions, (start - 200,)), bisect_left(mentions, (end,))
    return any(m[1] > start for m in mentions[first:last])


# "in" or "near" right before capitalized words: a place ("the centre in Staraya Derevnya").
_LOCATIVE_BEFORE_NAME = re.compile(
    r"\b(?:in|near)\s+$"
    # someone described as from a place: "a mother of five from Naberezhnye Chelny" (not a
    # letter or words from someone, nor what one heard or got from them)
    r"|\b(?!(?:letter|letters|message|messages|call|note|question|questions|request|reply|"
    r"answer|telegram|greetings|words|email|text|gift|visit|heard|received|got|learned|learnt|"
    r"support|help|advice|thanks|praise|quote)\b)[a-z]+\s+from\s+$"
)
# A body's head and "of" before capitalized words: they are the body's name ("the Institute
# of Applied Optics"), no person's.
_BODY_OF_BEFORE = re.compile(rf"\b(?:{'|'.join(ORG_HEADS)})\s+of\s+(?:the\s+)?$")
# An office and what it is of: "the mayor of Kestrel Bay", "Governor of New Jersey" (a place
# or a body follows, not a person).
_OFFICE_OF_BEFORE = re.compile(
    rf"\b(?i:{'|'.join(sorted(map(re.escape, TITLE_WORDS_PLAIN), key=len, reverse=True))})"
    r"\s+of\s+(?:the\s+)?$"
)


# The last word of a company's name that tells its trade, alone or compounded
# ("Teleservices", "Infosystems"): no person's surname ends so. (Only long words: a short
# head of discovery's `_TRADE_WORDS`, "Bank" or "Port", ends surnames too.)
_TRADE_ENDING = re.compile(
    r"(?i)(?:services|systems|technologies|communications|networks|industries|software|"
    r"electronics|holdings|telecom|airlines|airways)$"
)


# An honorific right before a surname (`_HONORIFIC_NAME` without the surname).
_HONORIFIC_ENDING = re.compile(rf"(?<![\w'’])(?:{_HONORIFIC_TITLES})\.?\s+$")


def _describes_before_a_given_name(word: str, after: str) -> bool:
    """Whether a word that opens a sentence before a given name describes the person: an
    English adjective or verb, or a hyphened calling ("Defiant", "Film-maker"), itself no
    given name."""
    return (
        after.lower() in any_given_names()
        and word.lower() not in given_name_genders()
        and (is_common_word(word) or "-" in word)
    )


def written_names(body: str, mentions: list[Mention]) -> list[tuple[int, int, str]]:
    """(start, end, name) of the people the text names without an actor holding the name,
    in order: the last two or three words of a run of capitalized words ("Pyotr Petrovskis",
    "[Ann] Vale" with its brackets dropped, "Kazakhstan [Ann Vale]") that are neither
    covered by a mention nor a title, a body's head word ("Council"), a month or a function
    word; and a lone surname written mid-sentence after such a name ("… Vale" → "Ann
    Vale"). A person mention there is the actor's own name, not a written one.

    Why: people of history and of the past ("here are his exact words", "he said") are in no
    dictionary, yet a reader takes the pronoun for the person named last."""
    names: list[tuple[int, int, str]] = []
    surnames: dict[str, str] = {}
    # (a given name alone stands for the one name written in full with it, no other)
    given: dict[str, str | None] = {}
    hits = [(m.start(), m.end(), True) for m in _CAPITALIZED_RUN.finditer(body)]
    hits += [(m.start(), m.end(), False) for m in _LONE_SURNAME.finditer(body)]
    hits += [(m.start("name"), m.end(), False) for m in _LONE_NAME_OPENING.finditer(body)]
    for w_start, w_end in _one_word_names(body):
        # "Their son, Cian, who is 14", "Sofía, 9, and her brother": a person called by
        # one name, as children and relatives are
        word = body[w_start:w_end]
        if _is_name_word(word) and not _covered(w_start, w_end, mentions):
            given.setdefault(word, word)
            hits.append((w_start, w_end, False))
    for start, end, full in sorted(hits):
        words = list(_CAPITALIZED_WORD.finditer(body, start, end))
        while words and words[-1].group() in _NAME_SUFFIXES:
            words.pop()
        kept: list[re.Match[str]] = []
        for word in reversed(words):
            if len(kept) == 3 or not _is_name_word(word.group()):
                break
            if _covered(word.start(), word.end(), mentions):
                break
            kept.insert(0, word)
            if body[word.start() - 1 : word.start()] == "[":
                break  # the editor's brackets open the name: "Kazakhstan [Ann Vale]"
        if len(kept) > 2 and kept[0].group() in RANKS_AS_WORDS:
            kept.pop(0)  # "Private Grigory Titov": the rank is no part of the name
        if (
            kept
            and is_gerund(kept[0].group())
            and _SENTENCE_OPENS_BEFORE.search(body, max(0, kept[0].start() - 3), kept[0].start())
        ):
            kept.pop(0)  # "Bringing Cadillac production to Sweden …": a verb opens it
        if (
            len(kept) == 3
            and _describes_before_a_given_name(kept[0].group(), kept[1].group())
            and _SENTENCE_OPENS_BEFORE.search(body, max(0, kept[0].start() - 3), kept[0].start())
        ):
            kept.pop(0)  # "Defiant Matt Williams insists", "Film-maker Spike Lee has …"
        if full and kept and kept[0] is words[0] and kept[0].group() in _COMPASS_WORDS:
            continue  # "West Ham", "North Ayrshire": a place, no person
        if (
            full
            and kept
            and kept[0] is words[0]
            and (article := _TITLE_ARTICLE_BEFORE.search(body, max(0, start - 5), start))
            is not None
            and (
                article.group("article") != "The"
                or not _SENTENCE_OPENS_BEFORE.search(
                    body, max(0, article.start() - 3), article.start()
                )
            )
        ):
            continue  # "The film, A Different Story,", "starred in The Wild Ones": a title
        if kept and kept[0] is not words[0]:
            before = words[words.index(kept[0]) - 1].group().rstrip(".").lower()
            if before in PLACE_PREFIXES:
                kept.pop(0)  # "Governor of St Petersburg Ann Vale": "Petersburg" is the town's
        if (
            full
            and kept
            and _LOCATIVE_BEFORE_NAME.search(body, max(0, kept[0].start() - 40), kept[0].start())
        ):
            continue  # "a new centre in Staraya Derevnya": a place, no person
        if (
            full
            and kept
            and _BODY_OF_BEFORE.search(body, max(0, kept[0].start() - 40), kept[0].start())
        ):
            continue  # "the Institute of Applied Optics": the body's name
        if (
            full
            and 0 < len(kept) <= 2
            and _OFFICE_OF_BEFORE.search(body, max(0, kept[0].start() - 40), kept[0].start())
        ):
            continue  # "Ann Vale, the mayor of Kestrel Bay,": the town she is mayor of
        if full and any(word.group().endswith(("'s", "’s")) for word in kept[:-1]):
            continue  # "the Lay of Igor's Campaign", "Putin's Russia": a possessive, no name
        if (
            full
            and len(kept) == 1
            and kept[0] is words[-1]
            and _HONORIFIC_ENDING.search(body, max(0, kept[0].start() - 6), kept[0].start())
        ):
            # "Ms Abbott described it as …" with no full name before: the person the text
            # calls by honorific and surname (the honorific tells "she said" who she is)
            word = kept[0].group()
            if word.endswith(("'s", "’s")):
                word, end = word[:-2], end - 2  # "Mr Reyes's aides": the owner's name
            names.append((kept[0].start(), end, surnames.get(word, word)))
            continue
        if full and len(kept) >= 2 and kept[-1] is words[-1]:
            name = " ".join(word.group() for word in kept)
            if _TRADE_ENDING.search(name):
                continue  # "Tata Teleservices", "Kestrel Networks": a company, no person
            if titled_as_a_work(body, name):
                continue  # "Mike Leigh's film Vera Drake": a work's title, no person
            if name in _place_countries():
                continue  # "a late-night Los Angeles recording session": a place
            if (title := _TITLE_AND_NAME_AFTER.match(body, end)) is not None and title.group(
                "title"
            ) in _TITLES:
                continue  # "Sale Sharks director of rugby Ann Vale": a club before her title
            if GROUP_PLURAL_END.search(" " + name) or _MEMBER_NOUN_AFTER.match(body, end):
                # "the Law Lords", "the Lib Dems", "the Liberal Democrat leader": a party or
                # a group, or a word that qualifies a noun, never a person's name
                continue
            if name.endswith(("'s", "’s")):
                # "Ana Costa's landlord": the owner's name without the possessive
                name, end = name[:-2], end - 2
            names.append((kept[0].start(), end, name))
            surnames[kept[-1].group()] = name
            first = kept[0].group()
            given[first] = name if given.get(first, name) == name else None
        elif (
            not full
            and kept
            and (kept[0].group() in surnames or given.get(kept[0].group()))
            and not (names and names[-1][0] <= start < names[-1][1])
        ):
            word = kept[0].group()
            names.append((start, end, surnames.get(word) or given[word] or word))
    return names


# A lowercase title after a run of capitals, then a name within a few words: the run
# qualifies the title ("Sale Sharks director of rugby Ann Vale", "Wolves chief executive").
_TITLE_AND_NAME_AFTER = re.compile(r"\s+(?P<title>[a-z]+)(?:\s+[a-z]+){0,3}\s+[A-Z]")
# A noun after a run of capitals, which the run qualifies: "Liberal Democrat peer",
# "Labour council leaders".
_MEMBER_NOUN_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:leaders?|peers?|spokes(?:man|woman|person)|MPs?|MEPs?|MSPs?|"
    r"councillors?|candidates?|chair(?:man|woman)?|members?|ministers?|secretary|supporters|"
    r"activists|voters|government|party|council|group|judgement|ruling)\b"
)


_COMPASS_WORDS = frozenset({"North", "South", "East", "West", "Northern", "Southern"})


def full_written_name(name: str, before: int, written: list[tuple[int, int, str]]) -> str:
    """A lone surname as the text wrote it in full before `before` ("Vale" after
    "[Ann] Vale" → "Ann Vale"), else a lone first name so ("Ann" → "Ann Vale"), else the
    name unchanged."""
    if " " in name:
        return name
    for w_start, _, full in reversed(written):
        if w_start < before and full.split()[-1] == name:
            return full
    # a first name alone, of someone written in full before ("Sasha Orlov … Sasha replied")
    for w_start, _, full in reversed(written):
        if w_start < before and len(full.split()) == 2 and full.split()[0] == name:
            return full
    return name


# A company's legal form (discovery's list) or a word that ends a company's name.
_COMPANY_SUFFIX = (
    rf"(?:{'|'.join(sorted(LEGAL_FORMS, key=len, reverse=True))}|plc|Group|Bank|Association|"
    r"Partners|Company|Corporation|Holdings)\.?"
)


def full_company_name(body: str, name: str, before: int) -> str:
    """A company or a body called by the first words of its name ("Poughkeepsie said",
    "Savin cited", "Three Rivers said") after the text wrote it in full with a company's
    suffix or a body's head noun ("Poughkeepsie Savings Bank", "Savin Corp.", "Three Rivers
    Community Health", "Trinity Federal Savings and Loan Association"): the full name, else
    `name` unchanged."""
    if not name[:1].isupper() or len(name.split()) > 2:
        return name
    full = re.search(
        # (the longest: "Norwood Partners Limited Partnership", not "… Limited")
        rf"(?<![\w'’]){re.escape(name)}(?:\s+(?:[A-Z][\w&'’.\-]*|and|of|for|&)){{0,5}}"
        rf"\s+(?:{_COMPANY_SUFFIX}|{_NAME_HEADS})(?![\w])",
        body[:before],
    )
    if full is None:
        return name
    # (a full stop after a word no abbreviation ends its sentence: "Foster's Group.")
    return re.sub(r"(?<=[a-z]{4})\.$", "", full.group(0))


# The head nouns a body's name ends with ("… Police Department", "… Community Health").
_NAME_HEADS = (
    "(?:"
    + "|".join(
        sorted(
            {h for h in ORG_HEADS if len(h) > 3}
            | {"Health", "Network", "Exchange", "Services", "Trust", "Board", "Office", "Hospital"}
            | {"Partnership"},
            key=len,
            reverse=True,
        )
    )
    + ")"
)


# A company's name written in full: capitalized words and a company's suffix.
_COMPANY_WRITTEN = re.compile(
    rf"(?<![\w'’])(?:[A-Z][\w&'’.\-]*\s+){{1,5}}?{_COMPANY_SUFFIX}(?![\w])"
)


def last_company_written_at(body: str, before: int) -> tuple[int, str] | None:
    """(where it was last written, name) of the company the text named last before
    `before`, in full with a company's suffix or by the first word of that name ("Courtaulds
    PLC … Courtaulds is moving …": "the company" after it is Courtaulds PLC), within about
    three paragraphs; else None."""
    latest: tuple[int, str] | None = None
    for found in _COMPANY_WRITTEN.finditer(body, 0, before):
        words = found.group(0).split()
        while len(words) > 1 and words[0].lower() in _FUNCTION_WORDS:
            words.pop(0)  # "But Upjohn Co.": the word opening the sentence is no part of it
        full = " ".join(words)
        short = re.compile(rf"(?<![\w'’]){re.escape(words[0])}(?![\w'’])")
        last = max((m.start() for m in short.finditer(body, found.start(), before)), default=-1)
        if last >= before - 1500 and (latest is None or last > latest[0]):
            latest = (last, full)
    return latest


# Two to four capitalized words, each with a lowercase letter (not "NEW YORK"): a name.
_PROPER_NAME_WORDS = re.compile(
    r"(?<![\w'’&.\-])(?:[A-Z][\w'’&\-]*[a-z][\w'’&\-]*\s+){1,3}[A-Z][\w'’&\-]*[a-z][\w'’&\-]*"
    r"(?![\w'’&\-])"
)
# Month and weekday names, in lowercase: no part of a body's or a person's name.
CALENDAR_NAMES = frozenset([*(m.lower() for m in MONTHS), *WEEKDAYS])


def _lede_proper_name(
    body: str, spans: list[tuple[int, int]], mentions: Sequence[Mention], before: int
) -> str | None:
    """The only name of two to four capitalized words in the story's first sentence that
    no mention covers, nor a weekday or month is in, and that does not open the sentence,
    when its first word comes again before `before` ("SkyLink's chief executive"); else
    None (none, or several: which one the story is about is not said)."""
    start, end = spans[0]
    start = _past_dateline(body, start)
    names = [
        hit.group()
        for hit in _PROPER_NAME_WORDS.finditer(body, start, end)
        if hit.start() > start
        and not set(hit.group().lower().split()) & CALENDAR_NAMES
        and not any(m[0] < hit.end() and hit.start() < m[1] for m in mentions)
    ]
    if len(names) != 1:
        return None
    again = re.compile(rf"(?<![\w'’]){re.escape(names[0].split()[0])}(?![\w\-])")
    return names[0] if again.search(body, end, before) else None


@cache
def _demonym_aliases() -> dict[str, list[str]]:
    """{country actor: its demonym aliases} as the seeds list them ("Turkish", "Turk");
    empty without the seeds."""
    path = settings.SEEDS_DIR / "actor_aliases.csv"
    if not path.exists():
        return {}
    found: dict[str, list[str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row.get("alias_kind") == "demonym":
                found.setdefault(row["actor_id"], []).append(row["alias"])
    return found


@cache
def demonyms() -> dict[str, str]:
    """The adjective of each country the seeds know ("country_mar" → "Moroccan"): its
    shortest demonym alias with an adjective's ending ("Turkish", not the noun "Turk"),
    else its shortest; empty without the seeds."""
    return {c: min(aliases, key=_adjective_rank) for c, aliases in _demonym_aliases().items()}


@cache
def _any_demonym() -> frozenset[str]:
    """Every demonym alias of the seeds ("American", "Briton", "Swiss")."""
    return frozenset(a for aliases in _demonym_aliases().values() for a in aliases)


# Endings of a country's adjective ("Turkish", "Chinese", "Indian", "Swiss", "Dutch", "Iraqi").
_ADJECTIVE_ENDING = re.compile(r"(?:ish|ese|an|ic|i|ine|ch|ss)$")


def _adjective_rank(demonym: str) -> tuple[bool, int]:
    """Sort key of a demonym as a country's adjective: one with an adjective's ending first,
    then the shorter."""
    return _ADJECTIVE_ENDING.search(demonym) is None, len(demonym)


def written_organization(speaker_text: str, start: int, mentions: list[Mention]) -> str | None:
    """The name of a body a speaker phrase (at `start` in the body) names in writing, when
    no person or organization mention holds it: "The Russian Embassy in Helsinki" → "Russian
    Embassy in Helsinki", "Morocco's foreign ministry" → "Moroccan foreign ministry" (a
    country's possessive as its adjective); None for a phrase that is no body or names it
    only by kind ("the Foreign Ministry", which the publisher's context resolves).

    Why: a country named inside a body's name ("Russian", "in Helsinki") is not the speaker;
    the embassy or the ministry is."""
    text = speaker_text.strip(" ,.;:")
    found = _WRITTEN_ORG.fullmatch(text)
    if found is None:
        return None
    at = start + (len(speaker_text) - len(speaker_text.lstrip(" ,.;:")))
    inside = [m for m in mentions if m[0] < at + len(text) and at < m[1]]
    if any(m[3] in ("person", "organization", "group") for m in inside):
        return None
    words = found.group("words").split()
    named = (
        found.group("owner")
        or found.group("of")
        or any(w[:1].isupper() and w.lower() not in _GENERIC_ORG_WORDS for w in words)
    )
    if not named:
        return None
    owner = ""
    if found.group("owner"):
        o_start = at + found.start("owner")
        country = next((m[2] for m in inside if m[0] <= o_start < m[1]), None)
        owner = demonyms().get(country or "", found.group("owner").strip()) + " "
    return owner + text[found.start("words") :]


# Members of a parliament as a group: what they say as a body is their committee's.
_MEMBER_LETTERS = r"(?:MPP?|MSP|MEP|MLA|AM|TD)"
_MEMBERS = re.compile(rf"(?:[Tt]he\s+)?(?:[\w\-]+\s+){{0,2}}?{_MEMBER_LETTERS}s")


# A report, a study or a survey called by its noun, and where a story says whose it is:
# "Oxfam says in a report", "a report by the Audit Office", "the commission's report",
# "the watchdog published a report".
_REPORT_NOUNS = "report|study|survey"
_THE_REPORT = re.compile(rf"(?i:the|this|that)\s+(?:new\s+|latest\s+)?(?:{_REPORT_NOUNS})")
_A_REPORT = rf"(?:new\s+|latest\s+|annual\s+)?(?:{_REPORT_NOUNS})\b"
_REPORT_AUTHORS = (
    re.compile(
        rf"(?P<author>{_NAME}),?\s+(?:says|said|warns|warned|argues|argued|claims|claimed)\s+"
        rf"in\s+(?:a|its|their)\s+{_A_REPORT}"
    ),
    re.compile(rf"\b(?:{_REPORT_NOUNS})\s+(?:by|from)\s+(?:the\s+)?(?P<author>{_NAME})"),
    re.compile(rf"(?P<author>{_NAME})['’]s\s+{_A_REPORT}"),
    re.compile(
        rf"(?P<author>{_NAME})\s+(?:has\s+)?(?:published|released|issued)\s+(?:a|its)\s+{_A_REPORT}"
    ),
    # "the Marketlane report", "a Harbour Institute study": the name before the noun
    re.compile(rf"\b(?:[Tt]he|[Aa]n?)\s+(?P<author>{_NAME})\s+{_A_REPORT}"),
)
_REPORT_REACH = 1500


def report_author_before(
    body: str, offset: int, mentions: list[Mention]
) -> tuple[str | None, str] | None:
    """(actor, name) of the author of the report a story last said whose it is before
    `offset` ("Oxfam says in a report", "a report by the National Audit Office", "the
    commission's report"), within 1,500 characters; else None.

    Why: "the report said" after such a sentence quotes that author, whose name the quote's
    own sentence does not repeat."""
    lower = max(0, offset - _REPORT_REACH)
    found = [hit for pattern in _REPORT_AUTHORS for hit in pattern.finditer(body, lower, offset)]
    if not found:
        return None
    last = max(found, key=lambda hit: hit.start())
    start, end = last.span("author")
    name = re.sub(r"^(?:The|A|An)\s+", "", last.group("author"))
    return _speaker_actor(start, end, mentions), name


# Words of a body that governs: what "the government said" may stand for.
_GOVERNING_BODY = re.compile(r"(?i)government|ministry|executive|cabinet|administration|council")
# A conjunction opening a clause, before its subject: "but ", "and ", "while ".
_JOINING_WORD = re.compile(r"^\s*(?:but|and|yet|while|whereas)\s+(?=[a-z])")


def _unnamed_speaker(
    body: str,
    speaker_text: str,
    s_start: int,
    s_end: int,
    mentions: list[Mention],
    quote_spans: list[tuple[int, int]],
    written: list[tuple[int, int, str]],
    spans: list[tuple[int, int]] | None = None,
    as_written: str | None = None,
) -> tuple[str | None, str | None]:
    """(actor, text) of a speaker phrase no mention in it resolves: a lone name of a person
    named before in full (`_lone_name_person`), a described body ("the ministry") the
    organization named last, a document ("the statement") its author; people at large
    ("the so-called experts", a plural of common nouns) and a law or treaty quoted for its
    wording nobody, (None, None); else the bare name ("an unnamed official" as written).
    An acronym is looked up in `as_written`, the body with its bracketed acronyms (which
    `body` may have blanked out).

    Why: people at large and texts quoted without an author are nobody's words a reader
    could name; a lowercase phrase kept as the speaker's name reads as one."""
    # ("… called this “…” but the government said": the conjunction joins clauses)
    speaker_text = _JOINING_WORD.sub("", speaker_text, count=1)
    authored = _AUTHORED_TEXT.search(speaker_text) or (
        _AUTHORED_TEXT.match(f"{speaker_text.split()[-1]}{body[s_end : s_end + 120]}")
        if speaker_text.split()
        else None
    )
    if authored is not None:
        # "a report from Kotak Institutional Equities", "a study by the Centre for …": the
        # text's author
        return None, authored.group("author")
    if _MEMBERS.fullmatch(speaker_text.strip()):
        # "the committee said … The MPs said": the committee they sit on, else no one named
        return body_named_by_its_noun(body, "the committee", s_start, mentions) or (None, None)
    if _THE_REPORT.fullmatch(speaker_text.strip()) and (
        author := report_author_before(body, s_start, mentions)
        or (_body_reporting_before(body, s_start, spans, mentions, as_written) if spans else None)
    ):
        return author  # "Oxfam says in a report, … The report said: “…”"
    named = _NAME_OF_BODY.match(speaker_text)
    if named is not None and _is_a_name(named.group("name")):
        # "Ann Vale of the Vale Foundation": the person, not the body she is with
        speaker_text = named.group("name")
    lone = _without_honorific(speaker_text)
    actor_id = _lone_name_person(body, lone, s_start, mentions) or acronym_body(
        body, speaker_text, s_start, mentions
    )
    if actor_id is None and (defined := acronym_defined(as_written or body, speaker_text, s_start)):
        return None, defined  # "GAM said" after "the Free Aceh Movement (GAM)"
    if actor_id is None and (spelled := acronym_spelled_out(body, speaker_text, s_start, mentions)):
        return None, spelled  # "GF said" after "General Ferries has warned", no brackets
    if (
        actor_id is None
        and lone != speaker_text
        and " " in (full := full_written_name(lone, s_end, written))
    ):
        return None, full  # "Mr. Vale" after "Ann C. Vale": the name written in full
    if _ANONYMOUS_SOURCE.search(speaker_text) and actor_id is None:
        return None, None  # "the source said", "one highly placed source": nobody named
    governs = _GOVERNMENT_SPEAKER.fullmatch(speaker_text.strip(" ,.;:")) is not None
    government = (
        country_government(body, s_start, mentions) if actor_id is None and governs else None
    )
    if actor_id is None and _INDEFINITE_PANEL.match(speaker_text):
        # "An all-party committee said": a body brought in here, not one named before
        return None, speaker_text
    if (
        actor_id is None
        and spans
        and _DESCRIBED_BODY.fullmatch(speaker_text.strip())
        # (a statement's issuer is found by the statement: `written_statement_issuer`)
        and not _DOCUMENT_SPEAKER.search(speaker_text)
        and (subject := _body_that_spoke_before(body, s_start, spans, mentions, as_written))
        is not None
        # ("… committee called this “…” but the government said": a government is no panel)
        and not (governs and _GOVERNING_BODY.search(subject[1] or "") is None)
    ):
        # "Radio-Television Serbia resumed broadcasting … “…,” the station said": the body
        # that spoke, or acted, as the subject of this sentence or the one before
        return subject
    if actor_id is None and (
        named_body := body_named_by_its_noun(body, speaker_text, s_start, mentions)
    ):
        if government is not None and named_body[0] is None:
            return None, government  # a country's government, not a body written before
        return named_body  # "the union said" after "The Allied Nurses Union said …"
    owned_document = _BODY_DOCUMENT.fullmatch(speaker_text.strip())
    if (
        actor_id is None
        and owned_document is not None
        and owned_document.group("noun") in ORG_HEAD_WORDS
        and (
            named_body := body_named_by_its_noun(
                body, f"the {owned_document.group('noun')}", s_start, mentions
            )
        )
    ):
        if government is not None and named_body[0] is None:
            return None, government
        return named_body  # "a government statement said" after "The Cuban government said"
    if government is not None:
        return None, government  # "said a government communique" in a Havana story
    if actor_id is None and _DOCUMENT_SPEAKER.search(speaker_text):
        if _JOINT_TEXT.search(body, max(0, s_start - 300), s_start):
            return None, None  # a joint statement is its signatories' all, no one's
        written_issuer = written_statement_issuer(body, s_start, mentions, as_written)
        if written_issuer is not None:
            # "The Kenyan government said in a statement …", "In a statement, the union
            # urged …": the body written as that sentence's subject
            return written_issuer
        # "“…,” the statement read" after "Russia's foreign ministry said in a statement"
        actor_id = statement_issuer(body, s_start, mentions, quote_spans)
    if actor_id is None and _COMPANY_SPEAKER.search(speaker_text):
        # "Consolidated Edison said it would … “…,” the utility said": the name that spoke
        # as the subject of this sentence or the one before
        said_before = _named_subject_said(body, s_start, spans, mentions) if spans else None
        if said_before is not None:
            return said_before
        spoke = _parsed_body_speaker(body, s_start, spans, mentions) if spans else None
        if spoke is not None:
            # "— Harbour/Tire Inc. said it would recall tires fitted on Valdor Motor Co.
            # cars. “…,” the tire maker said": the body the parse has speaking, not the one
            # named last
            return spoke
        # "the pharmaceutical company said": the company named last before, an actor or a
        # name written with a company's suffix ("Upjohn Co.")
        actor_id = _last_body_before(s_start, mentions, (("organization",),))
        written_company = last_company_written_at(body, s_start)
        if written_company is not None and (
            actor_id is None
            # (a company written with its suffix after the last organization mentioned:
            # "The Electoral Commission said … Coast Range Lumber Co. said … the company")
            or written_company[0] > _last_mention_start(s_start, mentions, actor_id)
        ):
            return None, written_company[1]
        if (
            actor_id is None
            and spans
            and (lede_name := _lede_proper_name(body, spans, mentions, s_start))
        ):
            # "Pilots at SkyLink Atlantic will walk out … The airline said": the one name
            # the story opens with, of no person or place, is the company it is about
            return None, lede_name
    if (
        actor_id is None
        and _BODY_SPEAKER.search(speaker_text)
        # (not someone unnamed whose office the body's noun qualifies: "a government
        # minister said" is no body named before)
        and not (
            _INDEFINITE_OPENING.match(speaker_text)
            and speaker_text.split()[-1].lower() in _PERSON_HEADS
        )
    ):
        actor_id = _last_body_before(s_start, mentions)
        if actor_id is not None and governs and _GOVERNING_BODY.search(actor_id) is None:
            actor_id = None  # "the government said" after a committee: not the committee
    if actor_id is None and _DOCUMENT_SPEAKER.search(speaker_text):
        actor_id = _document_author(s_start, mentions, quote_spans)
    if actor_id is None and _OWN_RELATIVE.fullmatch(speaker_text.strip()):
        return None, None  # "my older brother said": a relative of the speaker, unnamed
    if actor_id is None and _UNNAMED_INDIVIDUAL.match(speaker_text):
        # "A worker in Cherepovets", "an official from the ministry": the description, no
        # name (not the place)
        return None, speaker_text
    if actor_id is None:
        words = speaker_text.split()
        if words[:1] and words[0].lower() in ("the", "a", "an", "one", "these", "those"):
            words = words[1:]
        if words and (
            words[-1].lower() in _LEGAL_TEXTS
            or (not any(w[:1].isupper() for w in words) and _PLURAL.search(words[-1]))
        ):
            return None, None
        speaker_text = full_written_name(bare_name(speaker_text), s_end, written)
        speaker_text = full_company_name(body, speaker_text, s_start)
    return actor_id, speaker_text


# Relatives, as a speaker calls them by their tie ("my father", "our grandparents").
_RELATIVES = (
    "grandparents", "grandmother", "grandfather", "granddaughter", "grandson", "relatives",
    "children", "parents", "daughter", "husband", "brother", "sister", "mother", "father",
    "uncle", "aunt", "wife", "son",
)  # fmt: skip
# A relative of the one speaking, called by the tie: "my older brother", "our grandmother"
# (not "my friend" or "my colleague", often a leader named near: `_MY_FRIEND_SAID`).
_OWN_RELATIVE = re.compile(rf"(?:[Mm]y|[Oo]ur)\s+(?:[a-z]+\s+){{0,2}}?(?:{'|'.join(_RELATIVES)})")
# Someone described, not named, perhaps by where they are from: "A worker in Cherepovets",
# "an elderly woman", "a text message from Irkutsk" (the place does not speak).
_UNNAMED_INDIVIDUAL = re.compile(
    r"(?:[Aa]n?|[Oo]ne)\s+(?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*"
    r"(?:\s+(?:from|in|at|of|near)\s+(?:the\s+)?(?:[A-Z][\w'’\-]*\s*){1,3})?$"
)
# "the union", "the commission", "the trust": a body called by the noun its name ends with.
# A document a body issued, called by that body's noun: "a government statement", "the
# ministry communique".
_BODY_DOCUMENT = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?P<noun>[a-z]+)\s+(?:statement|communiqu[eé]|declaration|note|release)"
)
# A country's government named by the word alone, or a text it issued: "the government",
# "a government communique", "the communist government's statement" (lowercase: "the
# Government" of a government's own release is its publisher's).
_GOVERNMENT_SPEAKER = re.compile(
    r"(?:[Tt]he|[Aa])\s+(?:(?:communist|military|federal|national|new|interim|transitional)\s+)?"
    r"government(?:['’]s)?(?:\s+(?:communiqu[eé]|statement|declaration|note|message|release)"
    # (what was done with it may follow: "a government statement read on the radio")
    r"(?:\s+(?:read|issued|released|broadcast|published|carried))?)?"
)
# A government the text names with its country: "Cuba's government", "the Cuban government",
# "the government of Cuba".
_NAMED_GOVERNMENT = re.compile(
    # (as a subject, not a noun's modifier: "the U.S. government decision")
    r"(?P<owner>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)(?:['’]s)?\s+government"
    r"(?=\s+(?:has|had|was|is|will|would|said|told|[a-z]+ed|[a-z]+s)\b)"
    r"|\bgovernment\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)"
)


@cache
def _place_countries() -> dict[str, str]:
    """{place: country actor} of the gazetteer, for datelines; empty without the seeds."""
    if not (settings.SEEDS_DIR / "actors.csv").exists():
        return {}
    return PlaceFinder.from_seeds(settings.SEEDS_DIR).country_of


def country_government(body: str, start: int, mentions: list[Mention]) -> str | None:
    """The name of the government "the government" at `start` is ("Cuban government"): the
    country whose government the text named last before ("Cuba's government said"), else
    the country of the dateline's place ("HAVANA (AP) --"), else the country the text names
    most before it when one leads; None when none is known.

    Why: wire copy calls a government by the word alone once its country is plain; no
    dictionary holds each country's government, and the country alone is not the speaker."""
    country = None
    for named in _NAMED_GOVERNMENT.finditer(body, 0, start):
        group = "owner" if named.group("owner") else "of"
        g_start, g_end = named.span(group)
        held = [m[2] for m in mentions if m[3] == "country" and g_start <= m[0] < g_end]
        if held:
            country = held[0]
    if country is None:
        dateline = DATELINE_OPENING.match(body)
        if dateline is not None:
            country = _place_countries().get(dateline.group("place").title())
    if country is None:
        # the country the story names most before it, when one leads ("South Korea …
        # South Koreans … the government said")
        counts = Counter(m[2] for m in mentions if m[3] == "country" and m[0] < start)
        ranked = counts.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            country = ranked[0][0]
    if country is None:
        return None
    adjective = demonyms().get(country)
    return f"{adjective} government" if adjective else None


# Where a sentence or a dateline's story opens, and an article opening a name.
_SENTENCE_OPENS_BEFORE = re.compile(r"(?:^|[.!?][”\"’]?\s+|\n\s*|[-–—]\s+)$")
_ARTICLE_FIRST = re.compile(r"(?:The|A|An)\s")
# A capitalized article right before a run of capitals: a title's ("A Different Story"),
# mid-sentence also "The" ("in The Wild Ones"); no person's name has one.
_TITLE_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?P<article>The|A|An)\s+$")
_ARTICLE_AND_NOUN = re.compile(r"(?:The|A|An)\s+[A-Za-z][a-z]+")
_BASED_IN = re.compile(r"-based\s")
_THE_BODY_NOUN = re.compile(r"[Tt]he\s+(?P<noun>[A-Za-z][a-z]{3,})")
_BODY_NAME_REACH = 2000
# The nouns that head bodies' names ("army", "ministry", "court"), in lowercase.


# Nouns for a body of any kind ("the group said" after "the watchdog Reporters Without
# Borders"), and the kinds that introduce a body's name (`KIND_WORDS`).
_GENERIC_BODY_NOUNS = frozenset({"group", "organisation", "organization", "body"})
_ANY_KIND = "|".join(sorted(KIND_WORDS, key=len, reverse=True))


def body_named_by_its_noun(
    body: str, speaker_text: str, before: int, mentions: Sequence[Mention] = ()
) -> tuple[str | None, str] | None:
    """The body a speaker called by a noun stands for ("The Allied Nurses Union said … “…,”
    the union said"), named before `before`, as (actor, text): the last organization or
    group mention holding that noun ("India's Ministry of External Affairs" for "the
    ministry"); else (None, the last name written with the noun capitalized, its "of …"
    tail with it: "Ministry of Foreign Affairs of Kazakhstan"); else None.

    Why: a body's name often goes on after its head noun, and a name cut at the noun
    ("India's Ministry") is no body a reader knows."""
    found = _THE_BODY_NOUN.fullmatch(speaker_text.strip())
    if found is None:
        return None
    # ("the Ministry said", capitalized as some desks write a body named before)
    noun = found.group("noun").lower()
    if noun in _PERSON_HEADS or _PLURAL.search(noun):
        return None
    holds = re.compile(rf"(?i)(?<![\w'’]){noun}(?![\w'’])")
    # the body the noun introduced ("US magazine Mobile PC … the magazine said"); a group
    # or an organisation is any body some kind introduced ("the media watchdog, Reporters
    # Without Borders … the pressure group said")
    kinds = _ANY_KIND if noun in _GENERIC_BODY_NOUNS else noun
    if noun in _PUBLICATION_NOUNS:
        # ("Spanish daily ABC accuses … the paper said": any word for a publication)
        kinds = "|".join(sorted(_PUBLICATION_NOUNS))
    introduced = re.compile(rf"(?i)(?<![\w'’])(?:{kinds}),?\s+$")
    for m_start, m_end, actor_id, actor_type in reversed(
        mentions[: bisect_left(mentions, (before,))]
    ):
        if before - m_start > _BODY_NAME_REACH:
            break
        if (
            actor_type in ("organization", "group")
            and not actor_id.startswith(_UNNAMED_GROUP)
            and (
                holds.search(body, m_start, m_end)
                or introduced.search(body, max(0, m_start - 30), m_start)
                # ("the local Arab News said … The newspaper said": a masthead's name)
                or (
                    noun in _PUBLICATION_NOUNS and body[m_start:m_end].split()[-1] in MASTHEAD_WORDS
                )
                # ("The Maariv newspaper said … the newspaper said": the noun in lowercase
                # after the whole name; not "the Russian U.N. mission", "an SEC filing")
                or (
                    body.startswith(f" {noun}", m_end)
                    and re.fullmatch(_TEXT_NOUNS, noun) is None
                    # ("the Treasury committee" is a panel of MPs on the Treasury)
                    and noun not in _PANEL_NOUNS
                    and _ARTICLE_RIGHT_BEFORE.search(body, max(0, m_start - 5), m_start) is not None
                )
            )
        ):
            return actor_id, body[m_start:m_end]
    # (a body's noun in lowercase after a country's adjective: "The Yugoslav army said")
    written_as = f"{noun.capitalize()}|{noun}" if noun in ORG_HEAD_WORDS else noun.capitalize()
    name = re.compile(
        rf"(?<![\w'’])(?P<name>(?:[A-Z][\w'’&.\-]*\s+){{1,6}}(?:{written_as})"
        rf"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w'’\-]*){{0,5}})?)"
        r"(?![\w'’])"
    )
    last, last_at = None, -1
    starts = {m[0] for m in mentions if m[3] != "person" and not m[2].startswith(_UNNAMED_GROUP)}
    for hit in name.finditer(body, max(0, before - _BODY_NAME_REACH), before):
        if (
            hit.group("name").endswith(noun)
            and not _ARTICLE_FIRST.match(hit.group("name"))
            and _SENTENCE_OPENS_BEFORE.search(body, max(0, hit.start() - 3), hit.start())
            and hit.start() not in starts
        ):
            continue  # "Riot police fired": a sentence's first word, no place's or body's
        if _ARTICLE_AND_NOUN.fullmatch(hit.group("name")) or _BASED_IN.search(hit.group("name")):
            # "The company said" opening a sentence before, "the Minneapolis-based company":
            # the noun, no name
            continue
        last, last_at = hit.group("name"), hit.start()
    # "Turkey's foreign ministry … the ministry said": the country's adjective for its
    # possessive ("Turkish foreign ministry")
    owned = re.compile(
        rf"(?<![\w'’])(?P<owner>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)['’]s\s+"
        rf"(?P<rest>(?:[a-z\-]+\s+){{0,2}}(?:{noun.capitalize()}|{noun}))(?![\w'’])"
    )
    for hit in owned.finditer(body, max(0, before - _BODY_NAME_REACH), before):
        country = next((m[2] for m in mentions if m[0] == hit.start() and m[3] == "country"), None)
        if country is not None and hit.start() >= last_at and noun in ORG_HEAD_WORDS:
            last, last_at = (
                f"{demonyms().get(country, hit.group('owner'))} {hit.group('rest')}",
                hit.start(),
            )
    if last is None and noun in _PANEL_NOUNS:
        # "the environment select committee said … the committee added": a panel the
        # story names in lowercase, as it spoke
        spoke = re.compile(
            rf"(?<![\w'’])[Tt]he\s+(?P<name>(?:(?:Commons|Lords|[a-z][a-z\-]+)\s+){{1,4}}{noun})"
            rf"\s+(?:has\s+|had\s+)?{_PANEL_SPOKE}"
        )
        spoken = _last_match(spoke, body, max(0, before - _BODY_NAME_REACH), before)
        if spoken is not None and not _GENERIC_PANEL_WORDS.match(spoken.group("name")):
            # (its name as a proper name: "Environment Select Committee"; in full as the
            # story first gave it: "the Commons education select committee called … The
            # select committee found")
            fuller = [
                hit.group("name")
                for hit in spoke.finditer(body, max(0, before - _BODY_NAME_REACH), before)
                if hit.group("name").lower().endswith(" " + spoken.group("name").lower())
            ]
            return None, panel_proper_name(fuller[0] if fuller else spoken.group("name"))
    if last is None:
        if noun not in ORG_HEAD_WORDS and re.fullmatch(_COMPANY_NOUNS, noun) is None:
            return None
        # "Mehta Spices, the family company founded by …": a name the noun is set beside
        beside = _last_match(
            re.compile(
                rf"(?<![\w'’])(?P<name>(?:[A-Z][\w'’&.\-]*\s+){{0,4}}[A-Z][\w'’&.\-]*),\s+"
                rf"(?:the|a|an)\s+(?:[a-z][\w\-]*\s+){{0,3}}?{noun}(?![\w'’])"
            ),
            body,
            max(0, before - _BODY_NAME_REACH),
            before,
        )
        # (a mention covering it whole is someone named: "Ann Vale, the company's founder")
        if beside is None or any(
            m[0] <= beside.start("name") and beside.end("name") <= m[1] for m in mentions
        ):
            return None
        return None, beside.group("name")
    # (not the end of the sentence before: "… last February. The Maariv newspaper")
    last = re.sub(r"^(?:\S+\s+)*?[A-Z][a-z]{3,}\.\s+(?=[A-Z])", "", last)
    last = re.sub(r"^(?:The|A|An)\s+", "", last)
    proper = _NAMED_THEN_KIND.fullmatch(last)
    if proper is not None and not set(proper.group("name").split()) & set(demonyms().values()):
        # "The Force Ouvriere union", "the Hamas movement": the body's name is the proper
        # name, the lowercase noun only says what it is (not "the Yugoslav army")
        return None, proper.group("name").strip()
    return None, last


_ARTICLE_RIGHT_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s$")


# Panels a story may name in lowercase ("the environment select committee"), the verbs they
# speak by, and the words that name no particular one ("the new committee").
_PANEL_NOUNS = frozenset({"committee", "commission", "council", "inquiry", "panel", "tribunal"})
# A panel after an indefinite article, nothing capitalized: "an all-party committee".
_INDEFINITE_PANEL = re.compile(
    rf"[Aa]n?\s+(?:[a-z][\w'’\-]*\s+){{0,3}}?(?:{'|'.join(sorted(_PANEL_NOUNS))})$"
)
_PANEL_SPOKE = (
    r"(?:said|says|warned|warns|found|finds|concluded|called|recommended|urged|added|argued)\b"
)
_GENERIC_PANEL_WORDS = re.compile(r"(?:new|same|other|whole|full|special|main)\s")


# A proper name, then the lowercase kind of body it is.
_NAMED_THEN_KIND = re.compile(r"(?P<name>(?:[A-Z][\w'’&.\-]*\s+){1,5}?)(?:union|movement)")


# A text and its author named after it: "a report from Kotak Institutional Equities", "a
# 2019 study by the Centre for Economic Policy Research".
_AUTHORED_TEXT = re.compile(
    r"(?i:\b(?:report|study|survey|analysis|paper|review|note|statement)\s+"
    # ("a statement issued on behalf of Robert Zoellick")
    r"(?:(?:issued|released|published|put\s+out)\s+)?(?:by|from|on\s+behalf\s+of)\s+"
    r"(?:the\s+)?)(?P<author>[A-Z][\w'’\-]*(?:\s+(?:of|for|and|the|[A-Z][\w'’\-]*))*"
    r"(?<![\s,])(?<!\sof)(?<!\sfor)(?<!\sand)(?<!\sthe))"
)
# The same opening a clause: "A 2019 study by the Centre ...", "The report from ...".
_AUTHORED_OPENING = re.compile(
    r"\s*(?:[Aa]n?|[Tt]he|[Tt]his|[Ii]ts)\s+(?:[\w\-]+\s+){0,2}?" + _AUTHORED_TEXT.pattern
)
# A source not named (its body, if any, a mention in the phrase names): "the source",
# "one highly placed source", "sources close to the talks".
_ANONYMOUS_SOURCE = re.compile(r"(?i)\bsources?\b")
# A relative clause after a name, no apposition: "Wang Yi, who hosted Ann Vale, said".
_RELATIVE_OPENING = re.compile(r"\s*(?:who|whom|whose|which|that)\b")
# A person described, not named, as the speaker: "the 44-year-old", "the retired admiral",
# "his Ukrainian counterpart", "the head of Ukrainian diplomacy": a determiner, up to three
# modifiers, a lowercase (or numeric) head noun, perhaps an "of" phrase after it.
_DESCRIBED_ONE = re.compile(
    r"(?P<det>[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Mm]y)\s+(?:[\w'’\-]+\s+){0,3}?"
    # (a member's letters are a head too: "the Ealing North MP")
    rf"(?P<head>[a-z0-9][\w'’\-]*|{_MEMBER_LETTERS}|QC|CEO)"
    # ("the MP for Harbury and Kestle": a member's seat)
    r"(?:\s+(?:of|for)\s+(?:[\w'’\-]+\s+){0,2}[\w'’\-]+)?"
)
# Heads that describe no one person: a spokesman unnamed is not the leader he speaks for
# (`_NAMED_WITH_TITLE_ONLY`); a side, a text or a channel is no person at all.
_NOT_PERSON_HEADS = frozenset(
    [
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "side",
        "leadership",
        "delegation",
        "regime",
        "media",
        "press",
        "team",
        "party",
        "report",
        "letter",
        "message",
        "note",
        "text",
        "website",
        "channel",
        "newspaper",
        "paper",
        "broadcaster",
        "outlet",
        "network",
        "company",
        "firm",
        "bank",
        "court",
        "police",
        "one",
        "other",
        "latter",
        "former",
        "official",
        "source",
        "insider",
        "person",
        # (a group of players: "The band said they were victims" is the band, not its singer)
        "band",
        "group",
        "orchestra",
        "choir",
        "club",
        "squad",
    ]
)
# Words after a description that say it is someone unnamed on purpose: "said the diplomat,
# who spoke on condition of anonymity".
_ANONYMOUS_AFTER = re.compile(r"anonymity|not\s+to\s+be\s+(?:named|identified)|not\s+authori[sz]ed")
# Heads a country's adjective may qualify and still describe a person ("the Kazakh
# diplomat"); with another head ("the Ukrainian side") the country is the speaker.
_PERSON_HEADS = frozenset(
    {w for w in TITLE_WORDS if " " not in w and "." not in w}
    | set(
        [
            "counterpart",
            "colleague",
            "host",
            "guest",
            "visitor",
            "diplomat",
            "envoy",
            "negotiator",
            "leader",
            "president",
            "premier",
            "chancellor",
            "head",
        ]
    )
)


# How far back a description's head is looked for as the last word of a name.
_NAME_ENDING_HEAD_REACH = 3000


def described_person(
    body: str,
    speaker_text: str,
    s_start: int,
    s_end: int,
    mentions: list[Mention],
    quote_spans: list[tuple[int, int]],
    written: list[tuple[int, int, str]],
    spans: list[tuple[int, int]],
) -> tuple[str | None, str | None] | None:
    """Whom a description speaking ("the retired admiral said", "his Ukrainian counterpart
    said") stands for: "the"/"their" one the person a gender-free "he/she" would be (the
    subject of the last sentence naming people); "his"/"her" one the last person named
    before who is not the possessor (the one "his" is). None when the phrase names a
    person or a body, describes no one person, or an indefinite one with its head came
    before ("a senior official … the official said": someone unnamed).

    Why: news names a person once, then describes them ("Kirby, a retired admiral, … “…,”
    the retired admiral said"); "his counterpart" is the other party, never "he"."""
    found = _DESCRIBED_ONE.fullmatch(speaker_text)
    if found is None or not spans:
        return None
    head = found.group("head").lower()
    inside = [m for m in mentions if m[0] < s_end and s_start < m[1]]
    if (
        head in _NOT_PERSON_HEADS
        # ("the commission said": the noun a body's name ends with; a guard is a person)
        or (head in ORG_HEAD_WORDS and head not in _PERSON_HEADS and head != "guard")
        or any(m[3] != "country" for m in inside)
        or (inside and head not in _PERSON_HEADS)
        or _BODY_SPEAKER.search(speaker_text)
        or _COMPANY_SPEAKER.search(speaker_text)
        or _DESCRIBED_BODY.fullmatch(speaker_text)
        or _DOCUMENT_SPEAKER.search(speaker_text)
        or head in _LEGAL_TEXTS
        # ("the Berlin Film Festival … The festival praises him": the last word of a name
        # written before, an event's or a body's, no person's title)
        or (
            head not in _PERSON_HEADS
            and head not in _TITLES
            and head.isalpha()
            and re.search(
                rf"(?<![\w'’])(?!(?:The|A|An|His|Her|Its|Their|This|That|Our|My)\s)[A-Z][\w'’\-]*"
                rf"\s+{re.escape(head.capitalize())}\b",
                body[max(0, s_start - _NAME_ENDING_HEAD_REACH) : s_start],
            )
            is not None
        )
        # ("the study said", "the letter said": a text speaks for its author, no person)
        or _TEXT_HEAD.fullmatch(head)
        or (_PLURAL.search(head) and not head.endswith("ss"))
        or _ANONYMOUS_AFTER.search(body, s_end, s_end + 100)
        # an indefinite one in apposition or as a predicate describes a named person
        # ("Kirby, a retired admiral,", "Vale is a former boxer"): no one unnamed
        or _unnamed_one_introduced(body, head, s_start, mentions)
        # "One of the students, a physicist, asked … “…,” the student said", "One of them,
        # a chemist, …": one of many
        or re.search(
            r"\b[Oo]ne\s+of\s+(?:(?:the|our|my|their)\s+(?:[\w'’\-]+\s+){0,2}?"
            rf"{re.escape(head)}s(?![\w'’\-])|(?:them|the\s+[a-z]+s),\s+an?\s+"
            rf"(?:[\w'’\-]+\s+){{0,3}}?{re.escape(head)}(?![\w'’\-]))",
            body[max(0, s_start - _TITLE_LOOKBACK_CHARS) : s_start],
        )
    ):
        return None
    det = found.group("det").lower()
    if det == "my":
        # "my colleague told me:" in a turn: the other leader named last (the turn's own
        # speaker is no mention of the turn)
        others = [
            m
            for m in mentions[: bisect_left(mentions, (s_start,))]
            if m[3] == "person"
            and s_start - m[0] <= _PRONOUN_LOOKBACK_CHARS
            and not any(q0 <= m[0] < q1 for q0, q1 in quote_spans)
        ]
        return (others[-1][2], speaker_text) if others else None
    if det in ("his", "her", "their", "my") and head in _PERSONAL_TIES:
        # "His commander wrote:", "Her husband added:": someone of the person's own circle,
        # named only where the text gave the tie with the name, else nobody named
        return _named_with_tie(body, head, s_start, mentions, written) or (None, None)
    if det in ("his", "her"):
        possessor = _person_antecedent(
            "he" if det == "his" else "she", s_start, body, spans, mentions, quote_spans, written
        )
        lower = s_start - _PRONOUN_LOOKBACK_CHARS
        people = sorted(
            [(m[0], m[1], m[2], None) for m in mentions if m[3] == "person"]
            + [(w[0], w[1], None, w[2]) for w in written],
            key=lambda p: p[0],
        )
        for p_start, p_end, actor_id, name in reversed(people[: bisect_left(people, (s_start,))]):
            if p_start < lower:
                break
            if p_end > s_start or any(q0 <= p_start < q1 for q0, q1 in quote_spans):
                continue
            if possessor is not None and (actor_id or name) in possessor:
                continue
            if actor_id is None and any(m[0] < p_end and p_start < m[1] for m in mentions):
                continue  # a written name a known actor's mention covers
            return (actor_id, speaker_text) if actor_id is not None else (None, name)
        return None
    # ("the mother-of-nine said": a woman, not her son named last)
    told = _HEAD_GENDERS.get(head.split("-")[0], "")
    antecedent = _person_antecedent(told, s_start, body, spans, mentions, quote_spans, written)
    if antecedent is None:
        return None
    if head in _COURT_OFFICERS and not _described_so(body, head, antecedent, mentions, s_start):
        # "the judge said" after the singer on trial: the court's officer, the one named
        # with the office ("Justice Folasade Ojo"), else nobody named; not the one it tries
        people = dict.fromkeys(
            m[2]
            for m in reversed(mentions[: bisect_left(mentions, (s_start,))])
            if m[3] == "person"
        )
        officer = next(
            (
                actor_id
                for actor_id in people
                if any(
                    _described_so(body, word, (actor_id, None), mentions, s_start)
                    for word in _COURT_OFFICERS[head]
                )
            ),
            None,
        )
        return (officer, speaker_text) if officer is not None else None
    if head in _PASSERS_BY and not _described_so(body, head, antecedent, mentions, s_start):
        # "A man waiting for a taxi told reporters he saw the fight. “…,” the witness said":
        # someone met in the street, named nowhere, not the officer the story quoted before
        return None
    if _SHADOW.search(speaker_text) and not any(
        m[2] == antecedent[0]
        and (
            _SHADOW.search(body, max(0, m[0] - 40), m[0])
            or _SHADOW_AFTER.match(body, m[1])
            or _FOR_THE_OPPOSITION_AFTER.match(body, m[1])
        )
        for m in mentions
    ):
        # "Ann Vale presented her budget. The shadow chancellor said": the opposition's
        # speaker on her office is someone else, unless the text calls her so
        return None
    return (antecedent[0], speaker_text) if antecedent[0] is not None else antecedent


_SHADOW = re.compile(r"(?<![\w\-])[Ss]hadow\b")
_SHADOW_AFTER = re.compile(r",\s+(?:the\s+)?(?:\w+\s+)?[Ss]hadow\b")
# Someone who speaks for a party or for the opposition: "Ann Vale, for the Greens, said".
_FOR_THE_OPPOSITION_AFTER = re.compile(
    r",\s+(?:speaking\s+)?for\s+the\s+(?:[A-Z][\w'’\-]*|opposition)(?:\s+[A-Z][\w'’\-]*)*,"
)
# A member of a parliament by the letters after their seat ("The Harbury MP"), and the
# article before a speaker phrase that left it out.
_MEMBER_LETTERS_END = re.compile(rf"\s{_MEMBER_LETTERS}$")
_DETERMINER_BEFORE = re.compile(r"(?<![\w'’])(?:[Tt]he|[Hh]is|[Hh]er)\s+$")
# The words of a member's seat before its last name: "The MP for Harbury and " (Kestle).
_SEAT_BEFORE = re.compile(
    r"(?<![\w'’])(?:[Tt]he|[Hh]is|[Hh]er)\s+(?:[a-z][\w\-]*\s+){0,2}"
    rf"(?:{_MEMBER_LETTERS}|member|senator|congress(?:man|woman)|representative|deputy)\s+"
    r"for\s+(?:[A-Z][\w'’\-]*\s+(?:and\s+)?){0,3}$"
)


# Nouns for people a story meets rather than names: they stand for a person named before
# only where the text calls that person so ("Ann Vale, a witness,", "witness Ann Vale").
_PASSERS_BY = frozenset(
    {"man", "woman", "witness", "passer-by", "bystander", "resident", "neighbour", "neighbor",
     "passenger", "shopper", "customer", "motorist", "onlooker", "villager"}
)  # fmt: skip


# Heads of a description that tell a gender: "the mother-of-nine", "the actress" (the
# family ties' genders, and words for people of one sex).
_HEAD_GENDERS = TIE_GENDERS | {
    **dict.fromkeys(
        ("widow", "actress", "businesswoman", "sportswoman", "chairwoman", "spokeswoman"), "she"
    ),
    **dict.fromkeys(("widower", "businessman", "sportsman", "chairman", "spokesman"), "he"),
}


# Officers of a court a story on a trial brings in, with the titles they are named by:
# "the judge" is "Judge Ann Vale" or "Justice Folasade Ojo".
_COURT_OFFICERS = {
    "judge": ("judge", "justice"),
    "magistrate": ("magistrate", "judge"),
    "coroner": ("coroner",),
    "recorder": ("recorder", "judge"),
}


def _described_so(
    body: str,
    head: str,
    person: tuple[str | None, str | None],
    mentions: list[Mention],
    before: int,
) -> bool:
    """Whether the text calls `person` by `head` before `before`: right before one of their
    mentions ("witness Ann Vale", "a witness, Ann Vale") or right after it ("Ann Vale, a
    witness")."""
    actor_id, name = person
    spans = [(m[0], m[1]) for m in mentions if actor_id is not None and m[2] == actor_id]
    if name and actor_id is None:
        spans += [(m.start(), m.end()) for m in re.finditer(re.escape(name), body[:before])]
    word = re.escape(head)
    return any(
        re.search(rf"\b{word},?\s+$", body[max(0, a - 40) : a], re.I)
        or re.match(rf",\s+(?:an?|the)\s+(?:[\w'’\-]+\s+){{0,3}}{word}\b", body[b : b + 60], re.I)
        for a, b in spans
        if a < before
    )


def _unnamed_one_introduced(body: str, head: str, s_start: int, mentions: list[Mention]) -> bool:
    """Whether an indefinite one with the description's `head` came before `s_start`
    ("a senior official … the official said", "Outside the gate, a mother waiting for her
    son … the mother said"): someone unnamed. One in apposition to a person named right
    before ("Kirby, a retired admiral,") or a predicate ("Vale is a former boxer") is that
    person, named."""
    lower = max(0, s_start - _TITLE_LOOKBACK_CHARS)
    for hit in re.finditer(
        r"(?<![\w'’])(?<!\bis )(?<!\bwas )(?<!\bas )(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+"
        rf"(?:[\w'’\-]+\s+){{0,3}}{re.escape(head)}(?![\w'’\-])",
        body[lower:s_start],
    ):
        at = lower + hit.start()
        if body.endswith(", ", 0, at) and (
            any(m[1] == at - 2 and m[3] == "person" for m in mentions)
            # (or a name only written there)
            or _WRITTEN_NAME_END.search(body, max(0, at - 40), at)
        ):
            continue  # "Kirby, a retired admiral,"
        return True
    return False


# A person's name only written right before ", ": two capitalized words.
_WRITTEN_NAME_END = re.compile(r"\b[A-Z][\w'’.\-]*\s+[A-Z][\w'’\-]+,\s$")


# Ties of family, school, work and service by which a text calls someone of a person's own
# circle ("his commander", "her husband"), who is seldom the one named last.
_PERSONAL_TIES = frozenset(
    [
        *_RELATIVES, "widow", "fiancee", "fiancée", "teacher", "commander", "mentor",
        "foreman", "boss", "lawyer", "attorney", "neighbour", "neighbor", "tutor",
        "instructor", "supervisor", "grandmother", "grandfather",
    ]
)  # fmt: skip


# A clause before a quote whose subject is someone of a person's circle: "His commander wrote
# in the recommendation for the award:", "My own first teacher used to tell us:".
_CIRCLE_SUBJECT = re.compile(
    r"[\s“\"«]*(?:[A-Z][^.!?:;“”\"«]{0,60}?,\s+)?(?:[Hh]is|[Hh]er|[Mm]y|[Oo]ur|[Tt]heir|[Yy]our)\s+"
    r"(?:own\s+)?(?P<words>(?:[a-z\-]+\s+){0,2}[a-z]+)(?![\w'’])(?!\s*,)[^.!?:;“”\"«]*:\s*[“\"«‘]?"
)
# Words owned by one described, not named: "the foreman's words on her first day:".
_DESCRIBED_ONES_WORDS = re.compile(
    r"\b(?P<owner>(?:[Tt]he|[Hh]is|[Hh]er|[Mm]y|[Oo]ur|[Tt]heir|[Yy]our)\s+(?:[a-z\-]+\s+){0,2}?"
    r"(?P<head>[a-z]+))['’]s\s+(?:[a-z]+\s+)?(?:words|advice|phrase|motto|instruction|rule)\b"
    r"[^.!?:;“”\"«]*[:–—,]\s*[“\"«‘]?$"
)


def _circle_speaker(
    body: str,
    clause_start: int,
    quote_start: int,
    mentions: list[Mention],
    written: list[tuple[int, int, str]],
) -> tuple[str | None, str | None] | None:
    """The speaker of a quote the clause before introduces with someone of a person's own
    circle as its subject ("His commander wrote:", "my own first teacher used to tell us:")
    or as the owner of the words ("the foreman's words:"): the one named with that tie
    (`_named_with_tie`), one a mention there resolves ("the welder's words" after "welder
    Ann Vale"), else (None, None); None when the clause is of no such shape."""
    subject = _CIRCLE_SUBJECT.fullmatch(body, clause_start, quote_start)
    ties = [w for w in subject.group("words").split() if w in _PERSONAL_TIES] if subject else []
    if ties:
        return _named_with_tie(body, ties[0], clause_start, mentions, written) or (None, None)
    owned = _DESCRIBED_ONES_WORDS.search(body, max(clause_start, quote_start - 160), quote_start)
    if owned is None or owned.group("head") in _TITLE_WORDS_ALONE:
        return None
    named = _persons_between(owned.start("owner"), owned.end("owner"), mentions)
    if named:
        return named[-1][2], body[named[-1][0] : named[-1][1]]
    if owned.group("head") in _PERSONAL_TIES:
        # "your teacher's advice": the teacher the text named with that tie
        tied = _named_with_tie(body, owned.group("head"), owned.start(), mentions, written)
        if tied is not None:
            return tied
    return None, None


def _named_with_tie(
    body: str,
    head: str,
    before: int,
    mentions: list[Mention],
    written: list[tuple[int, int, str]],
) -> tuple[str | None, str | None] | None:
    """The person the text named with a tie before `before` ("her husband, Alexei Nikitin",
    "Alexei Nikitin, her husband", "his commander, Lieutenant Ann Vale"): the last one, as
    (actor, text) or (None, written name); else None."""
    # (or a named owner's: "Mr Nogar's son Stephen", whom a given name alone may name)
    tie = (
        rf"(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our|[A-Z][\w\-]*(?:['’]s|['’]))\s+"
        rf"(?:[\w'’\-]+\s+){{0,2}}?{re.escape(head)}"
    )
    named = re.compile(
        # (titles may come before the name: "My mentor, First Deputy Governor Ann Vale")
        rf"{tie},?\s+(?P<after>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{0,5}})"
        rf"|(?P<before>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{1,2}}),\s+{tie}(?![\w'’\-])"
    )
    last = None
    for found in named.finditer(body, max(0, before - _TITLE_LOOKBACK_CHARS), before):
        last = found
    if last is None:
        return None
    start, end = last.span("after") if last.group("after") else last.span("before")
    for m_start, m_end, actor_id, actor_type in mentions:
        if actor_type == "person" and start <= m_start < end:
            return actor_id, body[m_start:m_end]
    for w_start, _, name in written:
        if start <= w_start < end:
            return None, name
    return None, body[start:end]


_ACRONYM = re.compile(r"(?:[Tt]he\s+)?(?P<letters>[A-Z]{2,6})")
# An acronym after the adjective of its country: "the Chinese CDC".
_QUALIFIED_ACRONYM = re.compile(r"(?:[Tt]he\s+)?[A-Z][a-z]+\s+(?P<acronym>[A-Z]{2,6})")


def acronym_body(body: str, speaker_text: str, start: int, mentions: list[Mention]) -> str | None:
    """The organization named in full before `start` whose capitalized words' initials are
    the speaker's acronym ("the SEC" after "the Securities and Exchange Commission"), or
    hold it in a row when it has three letters or more ("the CDC" after "the Chinese Center
    for Disease Control and Prevention"), the last one; None when the speaker is no acronym
    or nothing fits.

    Why: news name a body in full once, then by its acronym, which no dictionary may hold."""
    found = _ACRONYM.fullmatch(speaker_text.strip(" ,.;:"))
    if found is None:
        return None
    letters = found.group("letters")
    for m_start, m_end, actor_id, actor_type in reversed(
        mentions[: bisect_left(mentions, (start,))]
    ):
        initials = "".join(body_initials(word) for word in body[m_start:m_end].split())
        if actor_type in ("organization", "group") and (
            letters == initials
            # "the CDC" after "the Chinese Center for Disease Control and Prevention": an
            # acronym of three letters or more may leave out words at either end
            or (len(letters) >= 3 and letters in initials)
        ):
            return actor_id
    return None


# The name a text gives in full before an acronym in brackets: "the Free Aceh Movement (GAM)".
_NAME_BEFORE_BRACKETS = re.compile(
    r"(?:[A-Z][\w’'\-]*|&)(?:(?:\s+(?:of|for|and|the|on|in|de|du|des))*\s+(?:[A-Z][\w’'\-.]*|&))*\s*$"
)


# An acronym some desks write in title case ("Igad", "Nato"): defined in brackets only.
_TITLE_CASE_ACRONYM = re.compile(r"(?P<letters>[A-Z][a-z]{1,5})")


def acronym_defined(body: str, speaker_text: str, start: int) -> str | None:
    """The name the text wrote in full right before the speaker's acronym in brackets, before
    `start` ("Rebels of the Free Aceh Movement (GAM) said …" → "Free Aceh Movement"), whatever
    its initials (an acronym of another language: GAM is Gerakan Aceh Merdeka); None when
    the speaker is no acronym or the text defines it nowhere."""
    found = _ACRONYM.fullmatch(speaker_text.strip(" ,.;:")) or _TITLE_CASE_ACRONYM.fullmatch(
        speaker_text.strip(" ,.;:")
    )
    if found is None:
        return None
    at = body.rfind(f"({found.group('letters')})", 0, start)
    if at == -1:
        return None
    named = _NAME_BEFORE_BRACKETS.search(body, max(0, at - 120), at)
    if named is None:
        return None
    # (people of the body open the run, not its name: "Rebels of the Free Aceh Movement")
    name = re.sub(r"^(?:[A-Z]\w+s\s+of\s+)?(?:[Tt]he\s+)?", "", named.group().strip())
    return name if " " in name else None


# A run of capitalised words, "of", "and", "for", "the" between them, that may spell an acronym.
_CAPITALISED_RUN = re.compile(
    r"(?<![\w'’])[A-Z][\w'’\-]*(?:\s+(?:(?:of|for|and|the|on|in|&)\s+)*[A-Z][\w'’\-]*)+"
)


def acronym_spelled_out(
    body: str, speaker_text: str, start: int, mentions: list[Mention]
) -> str | None:
    """The last name written before `start`, two capitalised words or more, whose initials
    are the speaker's acronym exactly ("General Ferries" for "GF", "British Academy of Film
    and Television Arts" for "Bafta"), unless it is a person's whole name; None when the
    speaker is no acronym or nothing spells it.

    Why: a story names a company or a body in full once, then by its letters, without the
    brackets `acronym_defined` reads and whether or not any dictionary holds it."""
    text = speaker_text.strip(" ,.;:")
    found = _ACRONYM.fullmatch(text) or _TITLE_CASE_ACRONYM.fullmatch(text)
    if found is None:
        return None
    letters = found.group("letters").upper()
    spelled = None
    for run in _CAPITALISED_RUN.finditer(body, 0, start):
        words = run.group().split()
        # (the run may open with words of its own: "the UN's Food & Agriculture Organisation")
        for first in range(len(words) - 1):
            if words[first][:1].isupper() and "".join(map(body_initials, words[first:])) == letters:
                at = run.start() + run.group().index(words[first])
                spelled = (at, run.end(), " ".join(words[first:]))
                break
    # (a person's whole name spells no body; a title taken for one inside it may: "General")
    if spelled is None or any(
        m[3] == "person" and m[0] <= spelled[0] and spelled[1] <= m[1] for m in mentions
    ):
        return None
    return spelled[2]


# A person's name, two words or more, then the body they are with: "Ann Vale of the Vale
# Foundation".
_NAME_OF_BODY = re.compile(
    r"(?P<name>[A-Z][\w'’\-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’\-]+))*\s+[A-Z][\w'’\-]+)"
    r"\s+of\s+(?:the\s+)?[A-Z]"
)
_HONORIFICS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "gen",
        "col",
        "sen",
        "gov",
        "prof",
        "cllr",
        "cr",
        "sgt",
        "det",
    }
)


def _without_honorific(speaker_text: str) -> str:
    """A lone name without the honorific or title before it ("Mr. Vale" → "Vale"), else the
    text unchanged."""
    words = speaker_text.split()
    if len(words) == 2 and words[0].rstrip(".").lower() in _HONORIFICS | _TITLES:
        return words[1]
    return speaker_text


# Titles of heads of state and the like that the title list keeps only within phrases.
_STATE_TITLES = frozenset(
    {"president", "prime", "chancellor", "king", "marshal", "pope", "saint", "st"}
)


def _without_titles(name: str, also: frozenset[str] = frozenset()) -> str:
    """A name without the titles and honorifics before it ("President Ho Chi Minh" → "Ho
    Chi Minh"), and without the words `also` holds; its last word is kept."""
    titles = _HONORIFICS | _TITLES | _STATE_TITLES | also
    words = name.split()
    while len(words) > 1 and words[0].rstrip(".,").lower() in titles:
        words.pop(0)
    return " ".join(words)


# Words that open a written speaker's name and are none of it: ranks and callings
# ("Private", "Field Marshal", "Guide"), an adverb the sentence opened with ("Even").
_NOT_OF_THE_NAME = frozenset(
    ["private", "field", "guide", "comrade", "emir", "even", "only", "also", "then"]
)


def written_speaker_name(speaker_text: str) -> str | None:
    """A speaker no actor holds as a reader names them: the written name without the titles,
    ranks and callings before it ("Marshal Georgy Zhukov" → "Georgy Zhukov", "Field Marshal
    Kutuzov" → "Kutuzov"); None for an address alone ("Mr Ambassador"); a description
    ("the head of the district") unchanged."""
    if not speaker_text[:1].isupper():
        return speaker_text
    # ("Lib Dem Norman Baker", "Former Labour MP Lord Janner": the party's words first; a
    # body keeps its owner: "South Korea's Foreign Ministry")
    own = (
        speaker_text
        if _ends_in_a_body_head(speaker_text)
        else speaker_text[own_name_offset(speaker_text) :]
    )
    words = own.split()
    portfolio = [i for i, w in enumerate(words[:-2]) if w.rstrip(".,").lower() in _TITLES]
    if portfolio and all(w[:1].isupper() for w in words[portfolio[-1] + 1 :]):
        # "Economy and Labour Minister Wolfgang Clement": the name after the office
        own = " ".join(words[portfolio[-1] + 1 :])
    name = " ".join(without_leading_callings(_without_titles(own, _NOT_OF_THE_NAME).split()))
    if name != speaker_text and name.rstrip(".,").lower() in _TITLES | _STATE_TITLES:
        # an address ("Mr Ambassador") names no one; a lone calling may be a name
        # ("Economist", of the weekly)
        first = speaker_text.split()[0].rstrip(".").lower()
        return None if first in _HONORIFICS else speaker_text
    return name


def _lone_name_person(
    body: str, speaker_text: str, start: int, mentions: list[Mention]
) -> str | None:
    """The person named earlier in full whose first or last name is a lone capitalized
    speaker word ("Min" after "Min Jae-seong", "Vale" after "Ann Vale"): the last one
    by surname, else the last one by first name; None when nobody is.

    Why: a family name comes first in East Asian names, and the text calls the person by it."""
    word = speaker_text.strip(" ,.;:")
    if not _CAPITALIZED_WORD.fullmatch(word) or word.lower() in _FUNCTION_WORDS:
        return None
    persons = [m for m in mentions[: bisect_left(mentions, (start,))] if m[3] == "person"]
    for position in (-1, 0):
        for m_start, m_end, actor_id, _ in reversed(persons):
            names = body[m_start:m_end].split()
            if len(names) > 1 and names[position] == word:
                return actor_id
    return None


# A preposition or a possessive before a name: the name is no head of its phrase ("a
# lawyer for the Reyes family", "Ann Vale's deputy").
_NOT_HEAD_BEFORE = re.compile(r"\b(?:for|of|to|with|at|by|from|in|on|about)\b")


def appositive_head(body: str, start: int, end: int, mentions: list[Mention]) -> str | None:
    """The person an apposition at body[start:end] names as its head ("the Russian leader",
    "Major General Ann Vale"), not one named after a preposition in it ("an attorney for
    the Vale family"): the first such person mention, else None.

    Why: an apposition after a speaker's name says who they are; a person it mentions on
    the way is someone else."""
    for m_start, m_end, actor_id, actor_type in mentions[bisect_left(mentions, (start,)) :]:
        if m_start >= end:
            break
        if (
            actor_type == "person"
            and m_end <= end
            and _NOT_HEAD_BEFORE.search(body, start, m_start) is None
            and not body.startswith(("'s", "’s"), m_end)
        ):
            return actor_id
    return None


# A statement's label: only a name, perhaps a day, between the end of what came before (a
# quotation, a colon, a line) and the quote: "… inaccurate.” Ann Vale on Friday “…”".
_STATEMENT_LABEL = re.compile(
    rf"(?:^|[:”\"\n])\s*(?P<speaker>{_NAME})(?:\s+(?:on|in)\s+[A-Z][a-z]+)?[.:]?\s*$"
)


def statement_label(
    body: str, quote_start: int, mentions: list[Mention], written: list[tuple[int, int, str]]
) -> tuple[str | None, str] | None:
    """(actor, name) of the label a quote follows in a list of statements ("Following are
    statements by …: Ann Vale on Thursday “…” Reyes on Friday “…”"): the actor of a mention
    in it, else of the person named in full before by that family name, else the name as
    written in full; None when the quote follows no such label.

    Why: a wire story listing statements gives each its speaker's name and day only, with
    no speech verb to find an attribution by."""
    found = _STATEMENT_LABEL.search(body, max(0, quote_start - 80), quote_start)
    if found is None:
        return None
    start, end = found.span("speaker")
    name = found.group("speaker")
    actor_id = _speaker_actor(start, end, mentions) or _lone_name_person(
        body, name, start, mentions
    )
    full = full_written_name(name, start, written)
    if actor_id is None and " " not in full:
        return None  # one capitalized word no one bears: "Saying “…”"
    return actor_id, full


def lone_names_to_full(body: str, mentions: list[Mention]) -> list[Mention]:
    """The person mentions of one name word ("Mr. Lego said") whose actor the text has not
    named in full before, as the person it named last in full with that last name ("Paul
    E. Lego").

    Why: news name someone in full once, then by family name alone; an actor found for the
    family name alone (a discovered "Lego") is that person, not someone else to a reader.
    An actor named in full before keeps its mentions: of two people sharing a family name
    the story says which it goes on about, not the last named."""
    last_named: dict[str, str] = {}
    named: set[str] = set()
    # (a relative named by the given name, "Her husband, Emyr,", and then by the surname
    # is named as well: two words of theirs, one at a time)
    words_of: dict[str, set[str]] = {}
    out: list[Mention] = []
    for start, end, actor_id, actor_type in mentions:
        if actor_type == "person":
            words = body[start:end].split(" of ", 1)[0].split()
            if len(words) > 1 and _is_name_word(words[-1]):
                last_named[words[-1]] = actor_id
                named.add(actor_id)
            elif len(words) == 1 and words[0][:1].isupper() and actor_id not in named:
                if words_of.get(actor_id, {words[0]}) - {words[0]}:
                    named.add(actor_id)
                else:
                    words_of.setdefault(actor_id, set()).add(words[0])
                    actor_id = last_named.get(words[0], actor_id)
        out.append((start, end, actor_id, actor_type))
    return out


# Documents a body issues; "The statement reads:", "the declaration says", "It reads:" (the
# "it" opening a clause: "doctors it says perform …" is no document's wording).
# The texts a body is said to issue "in" ("said in a statement", "In a filing, …").
_ISSUED_TEXTS = r"(?:statement|communiqu[eé]|filing|complaint)"
_DOCUMENT_NOUNS = rf"(?:{_ISSUED_TEXTS}|declaration|document|resolution|appeal)"
# Texts that speak for their authors, those above and more: "the report said", "the
# letter said" (`unnamed_antecedent` leaves them to the rules of authors).
_TEXT_NOUNS = (
    rf"(?:{_DOCUMENT_NOUNS}|report|letter|message|study|survey|decision|judg(?:e)?ment|order|"
    r"circular|release|announcement|memo|petition|lawsuit|suit|motion|brief|review|analysis|"
    r"note|text|post)"
)
_DOCUMENT_SPEAKER = re.compile(rf"\b{_DOCUMENT_NOUNS}\b", re.I)
_TEXT_HEAD = re.compile(_TEXT_NOUNS)
# Someone's text that speaks for them: "Mr Crosby's statement", "her letter".
_OWNED_TEXT = re.compile(rf"['’]s\s+(?:[a-z]+\s+)?{_TEXT_NOUNS}$")
# A text called by its owner's pronoun: "His sales pitch", "her statement", "their letter".
_TEXT_OF_A_PRONOUN = re.compile(
    r"(?P<pronoun>[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[a-z\-]+\s+){0,2}?"
    rf"(?:{_TEXT_NOUNS}|pitch|post|blog|tweet|website|memoir|diary|e-?mail|advert)"
)
# A text called by its owner's name: "Tom Reyes's statement", "Morquendi's message".
_TEXT_OF_SOMEONE = re.compile(rf"(?P<owner>{_OWNER_NAME})['’]s?\s+(?:[a-z]+\s+)?{_TEXT_NOUNS}")
# A text's author named as the agent of a passive: "Our position was set out by the
# Foreign Ministry in its statement last week:".
_ISSUED_BY = re.compile(
    r"\bby\s+(?P<author>(?:the\s+)?(?:[A-Z][\w'’\-]*\s+){1,5}?)in\s+(?:its|his|her|their|a|an)\s+"
    rf"(?:[\w'’\-]+\s+){{0,2}}?{_DOCUMENT_NOUNS}\b[^.!?“”\"]{{0,25}}[:,]\s*$"
)
_DOCUMENT_INTRO = re.compile(
    rf"(?:\b{_DOCUMENT_NOUNS}\b[^.!?“”\"]{{0,80}}?|(?:^|(?<=[.!?:;,]\s)|(?<=\n))[Ii]t\s+)\b(?:reads?|says|states|stated|notes|noted|"
    r"stresses|stressed|goes\s+on)\b[^.!?“”\"]{0,25}$",
    re.I,
)


def _document_author(
    offset: int,
    mentions: list[Mention],
    quote_spans: list[tuple[int, int]] = (),  # type: ignore[assignment]
) -> str | None:
    """The organization the text named last before `offset`, outside quotes, however far
    (`statement_issuer` first where the text says who issued a statement).

    Why: a release names the body that adopted a statement or a declaration, describes it
    over several paragraphs, then quotes it ("The statement reads:", "It says:")."""
    for m_start, m_end, actor_id, actor_type in reversed(
        mentions[: bisect_left(mentions, (offset,))]
    ):
        if (
            m_end <= offset
            and actor_type in ("organization", "group")
            and not any(q0 <= m_start < q1 for q0, q1 in quote_spans)
        ):
            return actor_id
    return None


_JOINT_TEXT = re.compile(r"\bjoint\s+(?:statement|declaration|communiqu[eé])", re.I)
# A body's statement said to be issued: "said in a statement", "issued a statement".
_SAID_IN_A_STATEMENT = re.compile(
    r"\b(?:said|says|announced|noted|stated|added|warned|declared)\s+in\s+(?:a|its|an)\s+"
    rf"(?:[a-z]+\s+)?{_ISSUED_TEXTS}|\b(?:issued|released|published|filed)\s+(?:a|its)\s+"
    rf"(?:[a-z]+\s+)?{_ISSUED_TEXTS}"
)


def statement_issuer(
    body: str, offset: int, mentions: list[Mention], quote_spans: list[tuple[int, int]]
) -> str | None:
    """The body the text last said issued a statement, within 1,500 characters before
    `offset` ("Russia's foreign ministry said in a statement that …"): the last body or
    country named before that verb in its sentence; else None."""
    issued = _last_match(_SAID_IN_A_STATEMENT, body, max(0, offset - 1500), offset)
    if issued is None:
        return None
    clause = body.rfind(". ", 0, issued.start()) + 1
    subject = [
        m
        for m in mentions[bisect_left(mentions, (clause,)) :]
        if m[1] <= issued.start()
        and m[3] in ("organization", "group", "country")
        and not any(q0 <= m[0] < q1 for q0, q1 in quote_spans)
    ]
    # (the longest of those opening at one place: "Russia's foreign ministry", not "Russia")
    return max(subject, key=lambda m: (m[0], m[1]))[2] if subject else None


# A newspaper or a magazine as a speaker describes it: "the newspaper", "the paper".
_PUBLICATION_NOUNS = frozenset({"newspaper", "paper", "daily", "tabloid", "magazine", "weekly"})
# Nouns for a body or a text it issued, as a speaker describes them: "the station", "the
# environmental group", "the Geneva-based organisation", "a club statement", "the post".
_BODY_OR_TEXT_NOUNS = (
    r"(?:station|network|channel|broadcaster|newspaper|paper|daily|agency|group|"
    r"organi[sz]ation|club|team|league|body|board|panel|court|majority|opinion|ruling|post|"
    r"notice|bulletin|statement|communiqu[eé]|union|party|movement|council|commission|"
    r"committee|institute|university|school|hospital|regulator|watchdog|charity|foundation|"
    r"association|federation|embassy|consulate|mission|website|site|chain|firm|company|"
    r"utility|operator|carrier|airline|thrift|bank|fund|authority|service)"
)
_DESCRIBED_BODY = re.compile(
    # (modifiers before the noun, no "of" phrase: "the head of the mission" is a person)
    rf"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:(?!(?:of|the|for|at|in)\s)[\w'’\-]+\s+){{0,3}}?"
    rf"(?P<noun>{_BODY_OR_TEXT_NOUNS})"
    r"(?:['’]s\s+(?:statement|post|website))?"
)


# A body's name of two capitalised words or more, "&" inside a word ("AT&T Wireless"), no
# "the" between. (`_CAPITALISED_RUN`, which spells acronyms, reads "&" and "the" otherwise;
# in its place here one quote of the BBC test half changed speaker.)
_NAME_OF_SEVERAL_WORDS = re.compile(
    r"[A-Z][\w'’&\-]*(?:\s+(?:of|for|and|on|[A-Z][\w'’&\-]*))*\s+[A-Z][\w'’&\-]*"
)


def _body_reporting_before(
    body: str,
    offset: int,
    spans: list[tuple[int, int]],
    mentions: list[Mention],
    as_written: str | None = None,
) -> tuple[str | None, str] | None:
    """(actor, name) of the last body that opens a sentence as its subject (`body_acting_at`),
    or a panel named in lowercase that found or said something ("The select committee
    found"), within 1,500 characters before `offset`, past sentences a person opens; None
    when none does.

    Why: a story on a report names the body that wrote it ("The Harbour Board found …"),
    then quotes "the report" sentences later without its author's name."""
    index = sentence_index_of(spans, offset)
    for start, end in reversed(spans[: index + 1]):
        if end < offset - _REPORT_REACH:
            break
        if _ANY_MARK.match(body[start:end].lstrip()):
            continue
        found = body_acting_at(body, start, min(end, offset), mentions, as_written)
        if found and (found[0] is not None or _NAME_OF_SEVERAL_WORDS.fullmatch(found[1])):
            return found  # (a lone capitalised word opening a sentence names no body)
        if (spoke := _body_speaking_in(body, start, min(end, offset), mentions)) is not None:
            return spoke  # "Sales rose 5%, the Harbour Institute said on Monday."
        panel = _PANEL_OPENING.match(body, start, min(end, offset))
        if panel is not None and (
            named := body_named_by_its_noun(body, f"the {panel.group('noun')}", offset, mentions)
        ):
            return named  # "The select committee found …" in lowercase, named as it spoke
    return None


def _body_speaking_in(
    body: str, start: int, end: int, mentions: list[Mention]
) -> tuple[str | None, str] | None:
    """(actor, name) of a body that says something in body[start:end] as the subject of its
    verb of saying in the parse (`_main_speakers`), wherever the sentence puts it ("…, the
    Harbour Institute said on Monday."); None when no body does."""
    if not any(m[3] in ("organization", "group") for m in _mentions_in(start, end, mentions)):
        return None
    for s0, s1, _ in _main_speakers(body, start, end):
        inside = [m for m in _mentions_in(s0, s1, mentions) if s0 <= m[0] and m[1] <= s1]
        if inside and inside[0][3] in ("organization", "group"):
            return inside[0][2], body[inside[0][0] : inside[0][1]]
    return None


# A panel opening a sentence as the subject of its finding: "The select committee found".
_PANEL_OPENING = re.compile(
    rf"\s*[Tt]he\s+(?:[\w\-]+\s+){{0,4}}?(?P<noun>{'|'.join(sorted(_PANEL_NOUNS))})\s+"
    rf"(?:has\s+|had\s+)?{_PANEL_SPOKE}"
)


def _body_that_spoke_before(
    body: str,
    offset: int,
    spans: list[tuple[int, int]],
    mentions: list[Mention],
    as_written: str | None = None,
) -> tuple[str | None, str] | None:
    """(actor, name) of the body that opens the sentence at `offset`, or else the one
    before, as the subject of a verb (`body_acting_at`); None when neither opens so."""
    for start, end in _sentence_and_the_one_before(body, offset, spans):
        found = body_acting_at(body, start, end, mentions, as_written)
        if found is not False:
            return found
    return None


def body_acting_at(
    body: str, start: int, end: int, mentions: list[Mention], as_written: str | None = None
) -> tuple[str | None, str] | bool | None:
    """(actor, name) of the body that opens body[start:end] as the subject of a verb
    ("Radio-Television Serbia resumed broadcasting", "NATO said", "The Yugoslav government
    called"): the organization or group mentioned there, else the name written (an acronym
    in title case as the name defined with it); None when a person or a country opens it
    there, False when nothing does. Acronyms are defined in `as_written` (the body with its
    bracketed acronyms) when given."""
    if (written := opening_body(body, start, end, mentions)) is not None:
        return None, written
    found = _BODY_ACTING.match(body, start, end)
    if found is None:
        return False
    n_start, n_end = found.span("name")
    words = found.group("name").split()
    if _opens_with_no_body(words):
        return None
    inside = [m for m in mentions if n_start <= m[0] and m[1] <= n_end]
    bodies = [m for m in inside if m[3] in ("organization", "group")]
    if bodies and not bodies[0][2].startswith(_UNNAMED_GROUP):
        return bodies[0][2], body[bodies[0][0] : bodies[0][1]]
    if any(m[3] == "person" for m in inside) or any(
        (m[0], m[1]) == (n_start, n_end) for m in inside
    ):
        return None  # a person or a country: "Ann Vale", "Serbia"
    name = body[n_start:n_end]
    if len(words) == 1 and is_known_noun(name) and opening_tag(body[n_start:end]) in ("NN", "NNS"):
        return False  # "Margins also suffered …": a noun capitalised as the sentence opens
    if len(words) == 1 and (defined := acronym_defined(as_written or body, name, n_start)):
        return None, defined  # "Igad said" after "the Intergovernmental … (Igad)"
    # (a country in a body's name is the body's: "Radio-Television Serbia")
    return None, full_company_name(body, name, n_start)


# A sentence opened by the statement its subject issued: "In a statement Tuesday, the union
# urged", "In its statement, the ministry said".
_IN_A_STATEMENT_OPENING = re.compile(
    # ("In a Securities and Exchange Commission filing, Norwood said")
    r"[\s“\"«]*In\s+(?:a|its|their|an)\s+(?:[\w\-]+\s+){0,5}?"
    rf"{_ISSUED_TEXTS}[^,.;“”\"]{{0,40}},\s+"
)
# The subject of a verb of saying after the report it closes, set off by a comma and of a
# few words: "…, the Harbour Coast Guard said in a statement".
_SUBJECT_AFTER_REPORT = re.compile(r",\s+(?P<subject>(?:[\w'’&.\-]+\s+){0,5}[\w'’&.\-]+)\s+$")
# A body called by its noun as a clause's subject: "the union urged", "The ministry said".
_THE_BODY_SUBJECT = re.compile(r"(?P<noun>[Tt]he\s+[a-z]{4,})\s+[a-z]")


def written_statement_issuer(
    body: str, offset: int, mentions: list[Mention], as_written: str | None = None
) -> tuple[str | None, str] | None:
    """(actor, name) of the body written out, or called by its noun, as the subject of the
    last sentence within 1,500 characters before `offset` that says it issued a statement
    ("The Kenyan government said in a statement …", "In a statement Tuesday, the union
    urged …"), else None (`statement_issuer` then looks for a mention there)."""
    lower = max(0, offset - 1500)
    said = _last_match(_SAID_IN_A_STATEMENT, body, lower, offset)
    opened = None
    for found in re.finditer(
        r"(?:^|(?<=[.!?”\"]\s)|(?<=\n))In\s+(?:a|its|their|an)\s", body[lower:offset]
    ):
        hit = _IN_A_STATEMENT_OPENING.match(body, lower + found.start(), offset)
        if hit is not None:
            opened = hit
    if said is None and opened is None:
        return None
    if opened is not None and (said is None or opened.start() > said.start()):
        subject_start, stop = opened.end(), min(offset, opened.end() + 120)
    else:
        assert said is not None
        subject_start = max(
            body.rfind(". ", 0, said.start()) + 2, body.rfind("\n", 0, said.start()) + 1
        )
        subject_start, stop = max(subject_start, lower), said.start() + 1
        opening = _IN_A_STATEMENT_OPENING.match(body, subject_start, stop)
        subject_start = opening.end() if opening is not None else subject_start
        inverted = _SUBJECT_AFTER_REPORT.search(body, subject_start, said.start())
        if inverted is not None:
            # "Two soldiers died, the army said in a statement": the subject after the
            # report, not the words opening it
            subject_start = inverted.start("subject")
    acting = body_acting_at(body, subject_start, stop, mentions, as_written)
    if acting:
        return acting  # type: ignore[return-value]
    the_noun = _THE_BODY_SUBJECT.match(body, subject_start, stop)
    if the_noun is not None:
        return body_named_by_its_noun(body, the_noun.group("noun"), subject_start, mentions)
    return None


def _office_of_a_state_or_body(start: int, end: int, mentions: list[Mention]) -> bool:
    """Whether the speaker phrase at [start, end) is a country's or a body's office that a
    person mention ends ("Russia's foreign minister", "Britain's home secretary"): the holder
    the roles resolved, not someone's unnamed aide."""
    first, last = bisect_left(mentions, (start,)), bisect_left(mentions, (end,))
    inside = [m for m in mentions[first:last] if m[1] <= end]
    return (
        len(inside) >= 2
        and inside[0][0] == start
        and inside[0][3] in ("country", "organization")
        and inside[-1][1] == end
        and inside[-1][3] == "person"
    )


def _last_body_before(
    offset: int,
    mentions: list[Mention],
    preferred: tuple[tuple[str, ...], ...] = (("organization", "group"), ("country",)),
) -> str | None:
    """The body the text mentioned last before `offset`, of the first actor types in
    `preferred` that has one (by default an organization, else a country)."""
    recent = [m for m in mentions if offset - _BODY_LOOKBACK_CHARS <= m[0] and m[1] <= offset]
    for wanted in preferred:
        for m in reversed(recent):
            if m[3] in wanted:
                return m[2]
    return None


def _last_mention_start(offset: int, mentions: list[Mention], actor_id: str) -> int:
    """Where the text last mentioned `actor_id` before `offset` (-1: nowhere)."""
    return max((m[0] for m in mentions if m[2] == actor_id and m[1] <= offset), default=-1)


def _is_name_in_quotes(quote: str) -> bool:
    """Whether a quotation is a name or a title in capitals ("The Nuremberg Files"); a cry
    is not ("Liberty! Liberty!")."""
    if "!" in quote:
        return False
    words = [w for w in quote.split() if w[:1].isalpha()]
    return bool(words) and len(words) <= 6 and all(w[0].isupper() for w in words)


def _mentions_by_article(mentions: pl.DataFrame) -> dict[str, list[Mention]]:
    if "actor_type" not in mentions.columns:
        mentions = mentions.with_columns(actor_type=pl.lit(None, pl.String))
    by_article: dict[str, list[Mention]] = {}
    for article_id, start, end, actor_id, actor_type in mentions.select(
        "article_id", "char_start", "char_end", "actor_id", "actor_type"
    ).iter_rows():
        by_article.setdefault(article_id, []).append((start, end, actor_id, actor_type))
    for article_mentions in by_article.values():
        article_mentions.sort()
    return by_article


def _reporting_person(
    body: str, quote_start: int, spans: list[tuple[int, int]], mentions: list[Mention]
) -> tuple[str, str] | None:
    """The last person named before a reporting verb in the quote's own sentence."""
    sentence_start = spans[sentence_index_of(spans, quote_start)][0] if spans else 0
    return _reporting_person_in(body, sentence_start, quote_start, mentions)


# One asked by someone a question the quote is in: "was asked by moderator Gerard Baker
# whether …".
_ASKED_BY = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+|then\s+|also\s+|later\s+)?asked\s+"
    r"(?:[\w'’\-]+\s+){0,3}?by\s+(?P<by>[^,;:.!?“”\"]{2,80}?)\s+"
    r"(?:whether|if|about|how|what|why|when|where|who|which)\b"
)
# A relative clause's "who" right before its verb: ", who reported", ", who also said".
_WHO_BEFORE_VERB = re.compile(r",\s+who\s+(?:[a-z]+\s+){0,2}$")


# A verb that names the words quoted right after it: "described as “", "called it “".
# A verb that gives a thing a name, in any tense ("calls", "dubbed", "described … as",
# "refers to … as"): the name quoted after it is the words of the verb's subject.
_NAMING_VERB = (
    r"(?:call(?:s|ed|ing)|dub(?:s|bed|bing)|term(?:s|ed|ing)|brand(?:s|ed|ing)|"
    r"label(?:s|l?ed|l?ing)|(?:describ(?:es|ed|ing)|refer(?:s|red|ring)\s+to)"
    r"(?:\s+[\w'’\-]+){0,5}?\s+as)"
)
_NAMES_THE_WORDS = re.compile(
    r"(?:described|called|termed|dubbed|branded|labell?ed|characteri[sz]ed)"
    r"(?:\s+(?:it|them|this|that))?(?:\s+as)?\s*[“\"«]?\s*"
)
# Participles of speaking and judging, for a "with" clause and a sentence's opening.
_SPEAKING_PARTICIPLES = (*_SAYING_PARTICIPLES.split("|"),
    "warning", "insisting", "arguing", "noting", "stressing", "calling", "urging", "describing",
    "accusing", "branding", "dubbing", "labell?ing", "dismissing", "condemning",
    "critici[sz]ing", "attacking", "hailing", "welcoming", "predicting", "declaring",
    "promising", "vowing", "pledging", "demanding", "praising", "denouncing", "reiterating",
    "recalling", "explaining", "acknowledging", "admitting", "complaining")  # fmt: skip
# Someone a "with" clause has speak: "with Foreign Minister Ayman Safadi warning of".
_WITH_ONE_SAYING = re.compile(
    rf"\bwith\s+(?:[\w'’.\-]+\s+){{1,6}}?(?:{'|'.join(_SPEAKING_PARTICIPLES)})\b"
)
# A participle of saying that a comma sets after its clause: ", saying", ", adding".
# (or joined to one: "calling it “disqualifying” and asserting that …")
_PARTICIPLE_AFTER_COMMA = re.compile(rf"(?:(?<=,\s)|(?<=\band\s))(?:{_SAYING_PARTICIPLES})\b")
# A relative clause about a thing opening right before a verb: ", which the Governor".
_RELATIVE_BEFORE_VERB = re.compile(r",\s+(?:which|where|whereby)\s+(?:[\w'’\-]+\s+){0,4}$")
# A time clause opening right before a verb ("after the interview concluded,"), and the
# comma that closes it.
_TIME_CLAUSE_BEFORE_VERB = re.compile(
    r"\b(?:[Aa]fter|[Bb]efore|[Ww]hen|[Oo]nce|[Uu]ntil|[Aa]s\s+soon\s+as)\s+(?:[\w'’\-]+\s+){0,5}$"
)


def _introducing_verb(body: str, start: int, end: int) -> re.Match[str] | None:
    """The first `_INTRODUCING_VERB` of body[start:end] outside a time clause."""
    verb = _verb_search(_INTRODUCING_VERB, body, start, end)
    while verb is not None and _in_time_clause(body, start, end, verb):
        verb = _verb_search(_INTRODUCING_VERB, body, verb.end(), end)
    return verb


def _in_time_clause(body: str, start: int, end: int, verb: re.Match[str]) -> bool:
    """Whether `verb` stands in a time clause that a comma closes before `end`: "after the
    interview concluded, Maher stated …", "When Trump suggested that …, Rubio fired back:".
    Such a verb reports nothing the sentence goes on to quote."""
    return bool(
        _TIME_CLAUSE_BEFORE_VERB.search(body, max(start, verb.start() - 60), verb.start())
        and body.find(",", verb.end(), end) >= 0
    )


def _reporting_person_in(
    body: str,
    start: int,
    end: int,
    mentions: list[Mention],
    bodies: bool = False,
    written: list[tuple[int, int, str]] = (),  # type: ignore[assignment]
) -> tuple[str | None, str] | None:
    """The last person named before the first reporting verb of body[start:end]; with
    `bodies`, the last one not named as an object ("Speaking with Ann Vale, Tom Reyes
    noted"), else a name only `written` there, else the last person, else the subject that
    opens the clause when it is an organization or a country ("Ukraine threw a tantrum,
    claiming that …")."""
    asked_by = _ASKED_BY.search(body, start, end)
    if asked_by is not None and (askers := _persons_between(*asked_by.span("by"), mentions)):
        # "Rubio was asked by moderator Gerard Baker whether it would risk “…”": the
        # question, and the words quoted in it, are the asker's
        return askers[-1][2], body[askers[-1][0] : askers[-1][1]]
    verb = _verb_search(_REPORTING_VERB, body, start, end)
    while verb is not None and (
        (
            _RELATIVE_BEFORE_VERB.search(body, max(start, verb.start() - 60), verb.start())
            # ("four days, which Ushakov described as “unprecedentedly long”": the clause's
            # verb names the words quoted right after it)
            and not _NAMES_THE_WORDS.fullmatch(body, verb.start(), end)
        )
        or _in_time_clause(body, start, end, verb)
    ):
        # "asked about the roads, which the Governor said would …": a relative clause's
        # verb reports nothing the sentence quotes
        verb = _verb_search(_REPORTING_VERB, body, verb.end(), end)
    joined = _WITH_ONE_SAYING.search(body, start, end)
    if joined is not None and (saying := _persons_between(joined.start(), joined.end(), mentions)):
        # "Jordan criticised the shift, with Foreign Minister Ayman Safadi warning of “…”",
        # "with Ann Vale accusing him of …": the one the "with" clause has speak
        return saying[-1][2], body[saying[-1][0] : saying[-1][1]]
    if verb is None:
        return None
    if _PRONOUN_OPENING.match(body, start):
        return None  # "He thanked the President and added:": the pronoun's, not the President's
    if _INSERTED_PRONOUN_REPORTER.search(body, max(start, verb.start() - 20), verb.start()):
        # "Mr Reyes has failed, he claimed, saying …": the pronoun reports; whoever is named
        # before it is what was said
        return None
    relative = _WHO_BEFORE_VERB.search(body, start, verb.start())
    if relative is not None and (before := _persons_between(start, relative.start(), mentions)):
        # "Putin met with the head of the agency, who reported on ...": the one "who" is
        m_start, m_end, actor_id, _ = before[-1]
        return actor_id, body[m_start:m_end]
    after_comma = re.search(r",\s*$", body[max(start, verb.start() - 3) : verb.start()])
    if after_comma and (owner := relative_clause_owner(body, start, verb.start(), mentions)):
        # "Ann Vale, who met Tom Reyes and Ivan Petrov, reported:": the clause's owner
        return owner[2], body[owner[0] : owner[1]]
    if (
        bodies
        and after_comma
        and (owner := _which_clause_owner(body, start, verb.start(), mentions))
    ):
        # "Riyadh, which had pushed for an increase, said it was satisfied": the country
        # or body the clause is about
        return owner[2], body[owner[0] : owner[1]]
    if bodies and (org := _organization_subject(body, start, verb.start(), mentions)):
        return org
    participle = _PARTICIPLE_AFTER_COMMA.match(body, verb.start()) is not None
    if (
        participle
        and (named_first := _persons_between(start, verb.start(), mentions))
        # (after any phrase a comma closes before it: "On Thursday, after remaining
        # neutral, Warren appeared …")
        and _BEFORE_CLAUSE_SUBJECT.fullmatch(
            body, max(start, body.rfind(", ", start, named_first[0][0]) + 2), named_first[0][0]
        )
        and _VERB_NOT_LINK_AFTER.match(body, named_first[0][1])
        and not _OTHER_CLAUSE.search(body, named_first[0][1], verb.start())
    ):
        # ("Warren appeared with Maddow and endorsed Clinton, saying “…”": the one opening
        # the clause as its subject, whatever it names as objects after)
        first = named_first[0]
        return first[2], body[first[0] : first[1]]
    if (bodies or participle) and (
        named := _named_subject(body, start, verb.start(), mentions, written)
    ):
        # (", saying …" speaks for the clause's subject, not for the one it names as an
        # object: "Ann Vale paid tribute to Tom Reyes's campaign, saying it was “…”")
        return named
    persons = _persons_between(start, verb.start(), mentions)
    # (not a name in a clause about someone else, or one naming a thing after "the":
    # "Priebus, who has been in contact with the Trump campaign, acknowledged that …")
    subjects = [
        m
        for m in persons
        if relative_clause_owner(body, start, m[0], mentions) is None
        and not _DEFINITE_BEFORE.search(body, max(start, m[0] - 4), m[0])
    ]
    # (nor one named as an object: "Bush referred to Rubio as “…” but described …",
    # "Trump doubled down on his comments about Curiel and said the judge had “…”"; one
    # joined by "and" is a subject too, "Mr Tarrow and Mr Dunne said")
    unbound = [
        m
        for m in subjects
        if (bound := _OBJECT_BEFORE.search(body, max(start, m[0] - 80), m[0])) is None
        or bound.group().startswith("and")
    ]
    if unbound or subjects or persons:
        m_start, m_end, actor_id, _ = (unbound or subjects or persons)[-1]
        return actor_id, body[m_start:m_end]
    return _body_subject(body, start, verb.start(), verb.end(), mentions) if bodies else None


# A sentence opened by "he" or "she" whose verb of speech comes before the quote, an object
# perhaps between: "He asked members “to …”", "She told the court “…”".
_PRONOUN_REPORTS = re.compile(
    rf"[\s“\"]*(?P<pronoun>[Hh]e|[Ss]he)\s+(?:[a-z]+ly\s+)?(?:{_REPORTING_VERBS}|asked)\b[^.!?;“”\"]{{0,80}}[\s“\"]*$"
)


# A determiner or possessive before a verb's form makes it a noun: "In his remarks", "the
# comments", "their answers".
_NOUN_BEFORE = re.compile(
    r"(?<![\w'’])(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|[Aa]n?|[Tt]hese|[Tt]hose|[Mm]y|[Oo]ur)\s+$"
)


def _last_verb(pattern: re.Pattern[str], body: str, start: int, end: int) -> re.Match[str] | None:
    """The last match of a verb `pattern` in body[start:end] used as a verb, not as a noun
    after a determiner ("his comments were")."""
    found = [
        m
        for m in pattern.finditer(body, start, end)
        if not _NOUN_BEFORE.search(body, max(start, m.start() - 8), m.start())
    ]
    return found[-1] if found else None


def _verb_search(pattern: re.Pattern[str], body: str, start: int, end: int) -> re.Match[str] | None:
    """The first match of a verb `pattern` in body[start:end] used as a verb, not as a noun
    after a determiner ("In his remarks, the Head of State focused on …")."""
    found = pattern.search(body, start, end)
    while found is not None and _NOUN_BEFORE.search(
        body, max(start, found.start() - 8), found.start()
    ):
        found = pattern.search(body, found.end(), end)
    return found


# A body named in writing as the subject right before a verb, an opening phrase perhaps
# before it ("On Monday, the Ministry of Foreign Affairs of Kazakhstan stated").
_ORG_SUBJECT_BEFORE_VERB = re.compile(
    rf"[\s“\"«‘']*(?:[A-Z][^,.!?;“”\"]{{0,60}},\s+)?(?P<org>{_ORG_SUBJECT}),?\s+{_AUXILIARIES}{{0,3}}$"
)


def _organization_subject(
    body: str, start: int, verb_start: int, mentions: list[Mention]
) -> tuple[None, str] | None:
    """(None, name) of a body named in writing that is the subject of the verb at
    `verb_start`, the clause opening at `start` ("The Ministry of Foreign Affairs of
    Kazakhstan stated that …" → "Ministry of Foreign Affairs of Kazakhstan"); None when it
    is no such body or a mention resolves it (`written_organization`).

    Why: the capitalized words of a body's name are no person's name written, and the
    country in it is not who speaks."""
    found = _ORG_SUBJECT_BEFORE_VERB.fullmatch(body, start, verb_start)
    if found is None:
        return None
    org = written_organization(found.group("org"), found.start("org"), mentions)
    return (None, org) if org is not None else None


# What a body's report or forecast says, right before the quotation: "reports that “",
# "projects that “".
_BODY_REPORTS_THAT = re.compile(
    r"\b(?:reports?|projects?|estimates?|forecasts?|predicts?|notes?|states?|warns?|writes?|"
    r"concludes?|finds?|believes?)\s+that\s*[“\"«]?\s*$"
)


def body_reporting_that(
    body: str, clause_start: int, quote_start: int, mentions: list[Mention]
) -> tuple[str, str] | None:
    """(actor, text) of the organization or country that opens the quote's clause as the
    subject of "reports that", "projects that" right before the quotation ("The
    International Monetary Fund, in its October outlook, projects that “…”"); else None."""
    verb = _BODY_REPORTS_THAT.search(body, max(clause_start, quote_start - 40), quote_start)
    if verb is None:
        return None
    start = max(clause_start, _clause_start(body, verb.start()))
    for m_start, m_end, actor_id, actor_type in mentions[
        bisect_left(mentions, (start,)) : bisect_left(mentions, (verb.start(),))
    ]:
        if (
            actor_type in _BODY_TYPES
            and body[start:m_start].strip() in ("", "The", "the")
            # (a phrase between commas may stand before the verb: ", in its outlook,")
            and _PARENTHETICAL.fullmatch(body, m_end, verb.start())
        ):
            return actor_id, body[m_start:m_end]
    return None


# A speech verb joined to the verb before it, its subject left out: "… launched an offer,
# and said it would …", "… discloses the forecasts but says it views …".
_COORDINATED_SPEECH = re.compile(
    r"\b(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?:said|says|added|adds|warned|warns|"
    r"noted|notes|stressed|stresses|insisted|insists|announced|announces|predicted|predicts)"
    r"(?:\s+that)?(?:\s+(?P<pronoun>it|its|he|his|she|her|they|their)\b)?[^.!?;“”\"«»]*$"
)
# The words a sentence may open with before its subject: "In the supplement,", "A unit of".
_BEFORE_SUBJECT = re.compile(
    r"[\s“\"«]*(?:[A-Z][^,.;:!?“”\"]{0,60},\s+)?(?:(?:An?|The|One)\s+(?:[a-z]+\s+){0,2}of\s+)?"
    r"(?:[Tt]he\s+)?"
)


def coordinated_reporter(
    body: str, clause_start: int, quote_start: int, mentions: list[Mention]
) -> tuple[str, str] | None:
    """(actor, text) of the subject that opens the quote's sentence when the speech verb
    before the quote shares it with the verb before ("A unit of the Harwick Group launched
    an offer, and said it would sell “as soon as possible”"), a pronoun after the verb, if
    any, fitting it ("it" a body, "he"/"she" a person); else None."""
    verb = _COORDINATED_SPEECH.search(body, max(clause_start, quote_start - 200), quote_start)
    if verb is None:
        return None
    first = bisect_left(mentions, (clause_start,))
    if first == len(mentions) or mentions[first][0] >= verb.start():
        return None
    if not _BEFORE_SUBJECT.fullmatch(body, clause_start, mentions[first][0]):
        return None
    m_start, m_end, actor_id, actor_type = mentions[first]
    if (
        first + 1 < len(mentions)
        and mentions[first + 1][3] == "person"
        and _title_words_between(body, m_end, mentions[first + 1][0])
    ):
        # "Hungarian Prime Minister Viktor Orban visited …": the person, not the country
        m_start, m_end, actor_id, actor_type = mentions[first + 1]
    pronoun = verb.group("pronoun")
    fits = (
        pronoun is None
        or (pronoun in ("it", "its", "they", "their") and actor_type in _BODY_TYPES)
        or (pronoun in ("he", "his", "she", "her") and actor_type == "person")
    )
    return (actor_id, body[m_start:m_end]) if fits else None


_TITLE_WORDS_BETWEEN = re.compile(r"(?:['’]s)?(?P<words>(?:\s+(?:[A-Z][\w'’\-]*|[a-z]+))*)\s+")


def _title_words_between(body: str, start: int, end: int) -> bool:
    """Whether body[start:end] holds only title words between a body and a person: capitalized
    words, "of", "the", "for", "and", and lowercase titles ("EC spokeswoman Ann Vale")."""
    between = _TITLE_WORDS_BETWEEN.fullmatch(body, start, end)
    return between is not None and all(
        word[0].isupper() or word in ("of", "the", "for", "and") or word in _TITLES
        for word in between.group("words").split()
    )


_PARENTHETICAL = re.compile(r"(?:,\s+[^,.;:!?“”\"]{1,60},)?\s+")


def _body_subject(
    body: str, start: int, verb_start: int, verb_end: int, mentions: list[Mention]
) -> tuple[str, str] | None:
    """(actor, text) of the organization or country that is the subject of the verb at
    body[verb_start:verb_end]: it opens the clause at `start` or follows a comma, and a verb
    follows it (the verb itself counts: "The United States stated that …"); else None."""
    first, last = bisect_left(mentions, (start,)), bisect_left(mentions, (verb_start,))
    for m_start, m_end, actor_id, actor_type in reversed(mentions[first:last]):
        if (
            actor_type in _BODY_TYPES
            and (
                _KIND_BEFORE_SUBJECT.fullmatch(body, start, m_start)
                or _CLAUSE_OPENS_BEFORE.search(body, max(start, m_start - 40), m_start)
            )
            and _VERB_AFTER_SUBJECT.match(body, m_end, verb_end)
        ):
            return actor_id, body[m_start:m_end]
    return None


# A paragraph that is an interviewer's question (no quotation in it), right before an
# answer's paragraph; and a topic labelling an answer: "On the draw: “".
_QUESTION_PARAGRAPH = re.compile(r"\n\n(?P<question>[^\n“”\"]{3,200}\?)\s*\n\n[“\"]$")
_TOPIC_LABEL = re.compile(r"(?:^|\n)On\s+[^\n:“”\"]{1,60}:\s*[“\"]$")
# Someone interviewed: "Ms Ní Bhriain spoke to the Irish Examiner", "Dunmore spoke to
# reporters", "Vale told the BBC", "in an interview with".
_INTERVIEWED = re.compile(
    r"\b(?:spoke|talked|speaking|talking)\s+(?:to|with)\s+(?:reporters|journalists|the\s+[A-Z]|[A-Z])"
    r"|\bsat\s+down\s+with\b|\bin\s+an\s+interview\s+with\b"
)
_INTERVIEW_REACH = 2000


def interviewee_answer(
    body: str, quote_start: int, mentions: list[Mention], written: list[tuple[int, int, str]]
) -> tuple[str | None, str] | None:
    """(actor, name) of the person interviewed, when the quote at `quote_start` opens a
    paragraph right after an interviewer's question (a paragraph of its own ending with "?")
    or after a topic's label ("On the draw: “…"): the subject of the last sentence within
    reach that says who spoke to reporters or a publication; else None.

    Why: interviews printed as questions and answers give the answers no attribution; the
    one interviewed answers them all."""
    before = body[max(0, quote_start - 260) : quote_start + 1]
    if not (_QUESTION_PARAGRAPH.search(before) or _TOPIC_LABEL.search(before)):
        return None
    said = _last_match(_INTERVIEWED, body, max(0, quote_start - _INTERVIEW_REACH), quote_start)
    if said is None:
        return None
    start = max(body.rfind("\n", 0, said.start()) + 1, body.rfind(". ", 0, said.start()) + 2)
    subject = _named_subject(body, start, said.start(), mentions, written)
    asker_is_a_body = subject is None or _ends_in_a_body_head(subject[1])
    if asker_is_a_body:
        # "The Harbour Times spoke to Ann Vale": a publication asks, the one it spoke to answers
        if spoken_to := _persons_between(said.end() - 1, said.end() + 80, mentions):
            return spoken_to[0][2], body[spoken_to[0][0] : spoken_to[0][1]]
        if named := [w for w in written if said.end() - 1 <= w[0] < said.end() + 80]:
            return None, named[0][2]
    return subject


def _named_subject(
    body: str,
    start: int,
    end: int,
    mentions: list[Mention],
    written: list[tuple[int, int, str]],
    objects: bool = False,
) -> tuple[str | None, str] | None:
    """(actor, text) of the last person named in body[start:end] who is not named as an
    object of a preposition or a verb (`_OBJECT_BEFORE`; with `objects` any is), else
    (None, name) of the last such name only written (`written_names`), else None."""
    persons = [
        m
        for m in _persons_between(start, end, mentions)
        if objects
        or not (
            _OBJECT_BEFORE.search(body, max(start, m[0] - 80), m[0])
            # "Ann Vale, who met Tom Reyes, …": named in a clause about someone else
            or relative_clause_owner(body, start, m[0], mentions) is not None
        )
    ]
    if len(persons) > 1 and _opens_as_subject(body, start, persons[0], persons[-1][0]):
        # "Earlier Tory leader Ann Vale sent Mr Reyes her congratulations, saying": the
        # clause's subject, whatever verb makes the later one its object
        return persons[0][2], body[persons[0][0] : persons[0][1]]
    if persons:
        return persons[-1][2], body[persons[-1][0] : persons[-1][1]]
    names = [
        w
        for w in written[bisect_left(written, (start,)) : bisect_left(written, (end,))]
        if w[1] <= end
        and (objects or not _OBJECT_BEFORE.search(body, max(start, w[0] - 80), w[0]))
        and not _DEFINITE_BEFORE.search(body, max(start, w[0] - 4), w[0])
    ]
    return (None, names[-1][2]) if names else None


# Words that open a clause of its own before a sentence's subject: "When Trump suggested
# …, Rubio fired back:".
_SUBORDINATORS = (
    "when", "after", "before", "once", "until", "if", "while", "although", "though",
    "because", "since", "unless",
)  # fmt: skip
# A word or mark that opens a clause with a subject of its own (not "and" joining a
# subject's verbs: "Warren appeared with Maddow and endorsed Clinton, saying").
_OTHER_CLAUSE = re.compile(
    rf"\b(?:who|whom|whose|which|that|but|as|{'|'.join(_SUBORDINATORS)})\b|[;:“”\"]"
)
# What may stand before a clause's subject: an adverb of time or a conjunction, then title
# words, capitalized or not ("Earlier Tory leader ", "But party chairman ").
_BEFORE_CLAUSE_SUBJECT = re.compile(
    r"[\s“\"«]*(?:(?:Earlier|Later|Meanwhile|But|And|Now|Yesterday|Today|Then)\s+)?"
    # (not a clause of its own: "When Trump suggested …, Rubio fired back:")
    rf"(?!(?:{'|'.join(w.capitalize() for w in _SUBORDINATORS)})\b)"
    # (not a participle opening the sentence: "Welcoming the Russian leader, …")
    r"(?:(?![\w\-]+ing\b)(?:[A-Z][\w'’.\-]*|[a-z][a-z\-]+)\s+){0,4}"
)
# A verb after a name, not a preposition or a conjunction: "Ann Vale sent", not "… at".
_VERB_NOT_LINK_AFTER = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?!(?:at|in|on|of|for|with|to|from|by|and|or|but|who|which|that|"
    r"whose|where|as|after|before)\b)[a-z]+\b(?!,)"
)


# (not "after" or "before" right before a name, a preposition there: "Romney went after
# Trump over his taxes, calling it …")
_CLAUSE_WORD = re.compile(
    r"\b(?:and|but|while|who|whom|whose|which|where|as|when|(?:after|before)(?!\s+[A-Z]))\b"
)


def _opens_as_subject(body: str, start: int, person: Mention, later: int) -> bool:
    """Whether `person` is the subject that opens the clause at `start`: only an adverb or
    title words before it, a verb right after it, and no clause of its own opening between
    it and the one named `later`."""
    return bool(
        _BEFORE_CLAUSE_SUBJECT.fullmatch(body, start, person[0])
        and not _OBJECT_BEFORE.search(body, start, person[0])
        and _VERB_NOT_LINK_AFTER.match(body, person[1])
        and not _SPEECH_VERB.match(body, person[1] + 1)
        and not _CLAUSE_OPENING_BREAK.search(body, person[1], later)
        # (to the later name's first letter, which tells a preposition: "went after Trump")
        and not _CLAUSE_WORD.search(body, person[1], later + 1)
    )


# "the" before capitalized words written as a name: a thing ("the Minsk Agreements"), no person.
_DEFINITE_BEFORE = re.compile(r"(?<![\w'’])[Tt]he\s+$")


# A sentence that opens by saying whose view it gives: "According to Ann Vale, …".
_ACCORDING_TO = re.compile(r"[\s“\"«‘']*(?:According\s+to|In\s+the\s+words\s+of)\s+")
_ACCORDING_TO_INSIDE = re.compile(r",\s+according\s+to\s+")
# "In Ann Vale's words, …", "In his words, …": the same, the source before "words".
_IN_WORDS_OF = re.compile(
    r"[\s“\"«‘']*In\s+(?P<source>[^,.;:“”\"]{2,60}?)['’]s?\s+(?:own\s+)?words\s*,"
    r"|[\s“\"«‘']*In\s+(?P<pronoun>his|her)\s+(?:own\s+)?words\s*,"
)
# Verbs by which a sentence says its subject spoke without a speech verb: "Ann Vale spoke
# about the harvest", "addressed the participants", "thanked", "underscored".
_INTRODUCING_VERB = re.compile(
    r"\b(?:spoke|speaks|addressed|addresses|thanked|thanks|congratulated|congratulates|"
    r"commented|comments|highlighted|highlights|underscored|underscores|underlined|"
    r"pointed\s+out|points\s+out|recalled|recalls|mentioned|praised|expressed|voiced|"
    r"touched\s+(?:up)?on|focused|drew\s+attention|reminded|proposed|suggested|assured|"
    r"outlined|summed\s+up|answered|responded|welcomed|greeted|wished|reiterated|"
    r"confirmed|observed|believes|opened|put\s+it|asked|inquired|wondered|spoken|formulated|"
    # "The Governor briefed the President on …", "gave his own account": a report in words
    r"briefed|briefs|informed|informs|(?:gave|gives)\s+(?:his|her|their)\s+(?:own\s+)?account|"
    # "Nikolai Patrushev delivered a report.": the report quoted after is his
    r"(?:delivered|made|gave|presented)\s+(?:a|an|his|her|their)\s+(?:[a-z]+\s+)?(?:report|"
    r"presentation|speech|address)|"
    # "The President set the task:": the task in his words
    r"(?:set|sets|has\s+set)\s+(?:[a-z]+\s+){0,3}?(?:task|tasks|goal|goals|objective)|"
    # "Ann Vale sent a message of greetings to …": the message quoted after is hers
    r"(?:sent|sends|conveyed|extended|addressed)\s+(?:a\s+|an\s+|his\s+|her\s+)?(?:[a-z]+\s+){0,2}?"
    r"(?:message|messages|letter|telegram|greetings|condolences|congratulations)|"
    r"(?:made|issued|released|published)\s+(?:a\s+|an\s+)?"
    r"(?:official\s+|joint\s+)?(?:statements?|declaration|comment)|"
    # "Ann Vale chimed in, noting that the offer was “…”": a participle of speech
    r"noting|stressing|arguing|explaining|warning|insisting|"
    # "A study by the Centre, a think tank, concluded that “…”": a finding in its words
    r"concluded|concludes|found|finds)\b"
)


# A body or country as a clause's subject: it opens the sentence or follows a comma ("the
# next day, Ukraine threw …", "The Foreign Ministry said"), and a verb follows it, not a
# preposition or a conjunction ("Ukraine's", "Russia and China").
# The words a clause's subject may follow: "the", and a lowercase word of what kind of body
# it is, perhaps with two words before that ("producers Marsh & Kent Productions said",
# "the insurance firm Hallam said"; not "one European leader told", "the same NATO
# official")
_KIND_WORDS_BEFORE = (
    r"(?:[Tt]he\s+)?(?:(?:[a-z][a-z\-]+\s+){0,2}"
    rf"(?:{'|'.join(sorted(KIND_WORDS, key=len, reverse=True))})\s+)?"
)
_KIND_BEFORE_SUBJECT = re.compile(rf"\s*{_KIND_WORDS_BEFORE}")
_CLAUSE_OPENS_BEFORE = re.compile(rf"[,;]\s+{_KIND_WORDS_BEFORE}$")
_VERB_AFTER_SUBJECT = re.compile(
    r"\s+(?!(?:of|and|or|to|in|on|for|with|by|at|from|as|is|was|which|that|who)\b)[a-z]+\b"
)
_BODY_TYPES = frozenset({"organization", "group", "country"})


_SENTENCE_END_IN_QUOTE = re.compile(r"[.!?…]\s*[”\"]$")
# (a place or a text between: "said in a statement: “")
_NEXT_QUOTE_OPENS = re.compile(r"(?:\s+(?:in|on|at)\s+[^“”\"«».:,;]{1,40}?)?\s*[,:]\s*[“\"«]")


def _introduces_next_quote(body: str, quote_end: int, attribution_end: int) -> bool:
    """Whether an attribution after a quote that closed its sentence ("… bridge.” As Ann
    Vale wrote, “…”") introduces the next quote instead: a new sentence owns it."""
    return bool(
        _SENTENCE_END_IN_QUOTE.search(body, max(0, quote_end - 3), quote_end)
        and _NEXT_QUOTE_OPENS.match(body, attribution_end)
    )


# What ends an attribution after a quote: a stop or comma, the end, or a place, time or
# manner ("“…?” he asked.", "“….” Ann Vale said at the briefing"); not a clause ("Ann Vale
# stressed that …", "Ann Vale said the talks …", "Ann Vale added:").
_ATTRIBUTION_ENDS = re.compile(
    r"\s*(?:[.,;!?)]|$)|\s+(?:in|at|on|during|after|when|while|from|before|with|as|later|then|"
    r"again|also|yesterday|today|recently|earlier|afterwards|firmly|emphatically)\b"
    # what it was said of: "“…?” Ann Vale said about the plan" (not "told the President
    # about": a sentence of its own on a topic)
    r"|(?<=\bsaid)\s+(?:about|of)\b"
    # the one told, by a possessive: "told Britain’s ITV"
    r"|[’']s\s+[A-Z]"
    # the one a question went to, and no more: "“…?” Ann Vale asked him.", "asked the
    # minister."
    r"|(?<=\basked)\s+(?:him|her|them|me|us|you|(?:the|an?|his|her|their|its)\s+"
    r"[^.!?;:“”\"\n]{1,60}?)\s*[.!?]"
    # "to" the one spoken to ("said to reporters"), not an infinitive ("promised to present
    # a plan": an act of its own)
    r"|\s+to\s+(?:the|an?|his|her|its|their|this|that|our|your|my|me|us|him|them|"
    r"reporters|journalists|[A-Z])"
)


# A quoted phrase used as a noun after its article: "instead of the “", "an “"; and the
# whole phrase, right before what comes next: "the “bonfire of quangos” ".
_ARTICLE_AND_QUOTE = r"\b(?:the|a|an)\s*[“\"«]"
_ARTICLE_BEFORE_QUOTE = re.compile(rf"{_ARTICLE_AND_QUOTE}$")
_QUOTED_NOUN_PHRASE_END = re.compile(rf"{_ARTICLE_AND_QUOTE}[^”\"»]{{1,80}}[”\"»]\s*$")


def _relative_clause_after(
    body: str, quote_start: int, quote_end: int, found: re.Match[str], line_start: int
) -> bool:
    """Whether a "Name said" right after a quoted phrase is a clause about that phrase in
    someone else's reported speech: "Ann Vale said instead of the “bonfire of quangos” the
    party had promised, …" (an article before the quote, no comma or stop closing it, and
    a verb of speech earlier in its sentence). The phrase is the reporter's words."""
    if (
        body[quote_end - 2 : quote_end - 1] in ",.!?"
        or body[quote_end : found.start("speaker")].strip()
    ):
        return False
    if not _ARTICLE_BEFORE_QUOTE.search(body, max(0, quote_start - 8), quote_start + 1):
        return False
    clause = body[max(line_start, quote_start - 200) : quote_start]
    clause = clause[max(clause.rfind(". "), clause.rfind("; ")) + 1 :]
    return _SPEECH_VERB.search(clause) is not None


def _new_sentence_after(body: str, quote_start: int, quote_end: int, found: re.Match[str]) -> bool:
    """Whether a "Name said" after a quote that closed its sentence opens a sentence of its
    own ("“… soon.” Ann Vale stressed that sanctions would stay."): the words after the
    verb go on as a clause, so the quote is not what the verb reports.

    Why: releases quote one participant and go on with another in the next sentence; taking
    that sentence's subject for the speaker gives the quote to the wrong person."""
    return bool(
        _SENTENCE_END_IN_QUOTE.search(body, max(0, quote_end - 3), quote_end)
        and found.group("speaker")[:1].isupper()
        and found.start("speaker") < found.end() - 1
        and (
            not _ATTRIBUTION_ENDS.match(body, found.end())
            # "… drew attention to it: “…” The Minister reported on …": a colon gave the
            # quote its speaker before it
            or _COLON_BEFORE.search(body, max(0, quote_start - 6), quote_start) is not None
            # "He went on to add that “….” Ann Vale said on TV …": so did a speech verb
            # reporting the quote's clause before it
            or _SAID_THAT_BEFORE.search(body, max(0, quote_start - 120), quote_start) is not None
            # "“….” The crane operator added with a smile that …": the verb reports a
            # clause of its own
            or _OWN_CLAUSE_AFTER.match(body, found.end()) is not None
            # "“….” The ministry also commented on the visit.": a topic, not these words
            or (
                _VERB_WITH_TOPIC.search(found.group(0)) is not None
                and _TOPIC_AFTER.match(body, found.end()) is not None
            )
            # "“….” The agency continues to get letters, Ann Vale said.": a sentence of its
            # own reported before its attribution
            or _REPORTED_SENTENCE_BEFORE.fullmatch(body, quote_end, found.start("speaker"))
            is not None
        )
    )


_SAID_THAT_BEFORE = re.compile(
    rf"\b(?:{SPEECH_VERBS}|add|say|state|note|stress)\s+that\s+[^.!?“”\"«»]{{0,80}}[“\"«]?$"
)
_REPORTED_SENTENCE_BEFORE = re.compile(r"[\s”\"»]*[A-Z][^.!?:;“”\"«»]*?(?:\s+\S+){3,},\s+")


# Verbs whose "on" takes a topic ("commented on the visit"), and that topic after them.
_VERB_WITH_TOPIC = re.compile(
    r"\b(?:commented|reported|remarked|elaborated|touched|dwelt|focused|reflected)$"
)
_TOPIC_AFTER = re.compile(r"\s+(?:up)?on\s+(?:the|a|an|his|her|its|their|this|that|these)\s")
# The rest of an attribution's sentence reporting a clause: "with a smile that …".
_OWN_CLAUSE_AFTER = re.compile(r"[^.!?:;“”\"«»]{0,60}?\bthat\s")


# A day or time after a sentence-final attribution: "…, Cuba predicted Wednesday."
_WHEN_SAID = (
    r"(?:\s+(?:on\s+|last\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|yesterday|today|tonight|week|month))?"
)
# The attribution that ends the sentence a partial quote opens: "“A fair step” for both
# sides, said Ann Vale, an analyst." (no quote mark nor stop between).
_SENTENCE_FINAL = (
    # "…,” the agency quoted Peoplesoft worker David Ogden as saying": the one quoted
    re.compile(
        rf"[^.!?“”\"\n]{{0,60}}?\bquoted\s+(?P<speaker>(?:[\w'’\-]+\s+){{0,4}}?{_NAME})"
        r"\s+as\s+say(?:ing|s)\b"
    ),
    # (", told the BBC News website": the one told follows "told", never its speaker)
    re.compile(
        rf"[^.!?“”\"\n]{{1,160}}?,\s+(?!told\b|informed\b){SPEECH_VERBS}\s+{_DESCRIBED_SPEAKER}"
    ),
    re.compile(
        rf"[^.!?“”\"\n]{{1,160}}?,\s+{_SPEAKER}\s+{_AUXILIARIES}{{0,2}}{SPEECH_VERBS}"
        rf"(?={_WHEN_SAID}\s*[.;])"
    ),
    # the same after more quoted words in the sentence: "People would face a “clear choice”
    # at the election, either “more waste or lower taxes”, he said."
    re.compile(
        rf"[^.!?\n]{{1,200}}?,\s+{_SPEAKER}\s+{_AUXILIARIES}{{0,2}}{SPEECH_VERBS}"
        rf"(?={_WHEN_SAID}\s*[.;])"
    ),
)
# A passive verb of naming or judging right before a quote, and its agent right after:
# "was described as “…” by the ministry", "were dismissed as “…” by Ann Vale".
_NAMING_PARTICIPLE = (
    r"(?:described|called|dismissed|branded|labell?ed|termed|dubbed|condemned|critici[sz]ed|"
    r"hailed|praised|denounced|derided|attacked|rejected)"
)
_PASSIVE_NAMING_BEFORE = re.compile(
    # (or a participle alone after its noun: "in a move branded a “…” by the Tories")
    r"(?<![\w'’])(?:(?:is|was|were|are|been|be)\s+(?:[a-z]+ly\s+)?)?"
    rf"{_NAMING_PARTICIPLE}\s+(?:as\s+)?(?:[a-z]+\s+){{0,2}}[“\"«]?$"
)
# The one who gave a thing the name quoted right after: the agent of a passive verb of
# naming before it ("was described by Jobs as the “…”"), or a name a relative clause with
# that verb follows ("Beijing, which described the embargo as a “…”").
_NAMED_AS_BEFORE_QUOTE = r"\s+(?:[a-z]+\s+){0,3}[“\"«]?$"
_NAMERS_BEFORE = (
    re.compile(
        rf"(?:is|was|were|are|been|be)\s+{_NAMING_PARTICIPLE}\s+by\s+(?:the\s+(?=[A-Z]))?"
        rf"(?P<speaker>{_ORG_SUBJECT}|{_NAME})\s+as{_NAMED_AS_BEFORE_QUOTE}"
    ),
    re.compile(
        rf"(?<![\w'’])(?P<speaker>{_ORG_SUBJECT}|{_NAME}),\s+(?:which|who)\s+(?:has\s+|had\s+)?"
        rf"{_NAMING_PARTICIPLE}\s+(?:[\w'’\-]+\s+){{0,5}}?as{_NAMED_AS_BEFORE_QUOTE}"
    ),
)
_AGENT_AFTER = re.compile(
    rf"[”\"»]?\s*by\s+(?:the\s+(?=[A-Z]))?(?P<speaker>{_ORG_SUBJECT}|{_NAME}|{_NOMINAL})"
    r"(?=\s*[.,;!?]|\s+(?:on|in|at|last|this|earlier)\b)"
)
# A quote's last words ending a sentence, its closing mark, then the next sentence's capital.
_CLOSES_ITS_SENTENCE = re.compile(r"[^.]{0,2}\.[”\"»]?[”\"»]\s+[A-Z]")
# A participle opening the sentence with the quote, its subject after the comma: "Saying
# “…” about the talks, the agency urged …" (the subject of the main clause says it).
_PARTICIPLE_OPENING = re.compile(
    r"(?:^|[.!?]\s+|\n\s*)"
    rf"(?:{'|'.join(word[0].upper() + word[1:] for word in _SPEAKING_PARTICIPLES)})\b"
    r"[^.!?“”\"\n]{0,40}$"
)
_PARTICIPLE_SUBJECT = re.compile(
    # (right after the quote when its comma is inside the marks: "…,” McCaw asked")
    rf"(?:[^.!?“”\"\n]{{0,160}}?,)?\s+(?P<speaker>{_ORG_SUBJECT}|{_NAME}|[Hh]e|[Ss]he|[Tt]hey|"
    rf"{_NOMINAL})\s+{_AUXILIARIES}{{0,2}}(?:[a-z]+ed|said|told|says|urges|calls|warns)\b"
)
# A speech verb opening the sentence before its speaker and the quote: "Replied the
# ministry's spokesman Tom Reyes, “…”", "Says Ann Vale, an analyst at Vale Partners: “…”".
_VERB_FIRST = re.compile(
    r"(?:^|(?<=[.!?”\"\n])\s*)(?:Says|Said|Replied|Adds|Added|Asked|Wrote)\s+"
    # "Asked whether …, the President said": a question's topic, not an inverted speaker
    r"(?!(?:whether|if|about|what|how|why|when|where|who|which|to|for|on|by|in|at)\b)"
    r"(?P<speaker>[^,:;“”\"\n]{2,80}?)(?:,[^:;“”\"\n]{0,120})?[:,]\s*$"
)


def _attribution(body: str, quote_start: int, quote_end: int) -> tuple[re.Match[str] | None, int]:
    """The attribution match around a quote and the offset its positions are relative to;
    failing all, the attribution ending the quote's sentence (`_SENTENCE_FINAL`), or the
    subject of a sentence a participle opens with the quote (`_PARTICIPLE_OPENING`). A quote
    closing a sentence that opened with its source ("According to Ann Vale, “….”") has none
    after it: the next sentence is its own."""
    if (
        _SENTENCE_END_IN_QUOTE.search(body, max(0, quote_start, quote_end - 3), quote_end)
        and _ACCORDING_TO.match(body, _clause_start(body, quote_start), quote_start)
        # ("According to Mr Peston the prime minister said: “…”": the one said to speak)
        and not _SPEECH_VERB_RIGHT_BEFORE.search(body, max(0, quote_start - 30), quote_start)
    ):
        return None, 0
    found, offset = _attribution_near(body, quote_start, quote_end)
    namer = next(
        (
            hit
            for pattern in (_NAMERS_BEFORE if found is None else ())
            if (hit := pattern.search(body, max(0, quote_start - 200), quote_start))
        ),
        None,
    )
    if namer is not None:
        # "was described by Jobs as the “…”", "welcomed by Beijing, which described the
        # embargo as a “…”": the one who named it so
        return namer, 0
    if found is None and _PASSIVE_NAMING_BEFORE.search(body, max(0, quote_start - 80), quote_start):
        # "… have been described as “idle speculation” by Downing Street": the agent
        agent = _AGENT_AFTER.match(body, quote_end, min(len(body), quote_end + 160))
        if agent is not None:
            return agent, 0
    # a quote closing its sentence with a full stop ("… to all the injured.” Dmitry Peskov
    # said …") leaves the next sentence its own
    closed = _CLOSES_ITS_SENTENCE.match(body, max(0, quote_end - 3)) is not None
    for pattern in _SENTENCE_FINAL if found is None and not closed else ():
        final = pattern.match(body, quote_end, min(len(body), quote_end + 240))
        if final is not None:
            return final, 0
    if found is None and _PARTICIPLE_OPENING.search(body, max(0, quote_start - 60), quote_start):
        subject = _PARTICIPLE_SUBJECT.match(body, quote_end, min(len(body), quote_end + 240))
        if subject is not None:
            return subject, 0
    return found, offset


_SPEECH_VERB_RIGHT_BEFORE = re.compile(rf"{SPEECH_VERBS}\s*[:,]?\s*$")


# A quotation signed on the line under it, as reviews, letters and epigraphs are: "“…”" then
# "– Ann Vale" (a dash, a name of a few words and nothing else on the line).
_SIGNATURE = re.compile(
    r"[”\"»]?[ \t]*\n\s*[–—―-][ \t]*(?P<speaker>[A-Z][^\s.,;:!?]*(?:[ \t]+[A-Z][^\s.,;:!?]*){0,3})"
    # (a stop, or a comma and who they are, may end the line: "- Sanders.", "—Michelle
    # Marks, Philadelphia.", "-President Obama, tweeting after the speech.")
    r"(?:\.|,[^\n“”\"]{1,80})?[ \t]*(?=\n|$)"
)


# What someone calls a thing, quoted: "in what it calls “the data solutions” business",
# "what Ann Vale described as “a fair deal”", "an impression, which he calls “good fun”".
_WHAT_ONE_CALLS = re.compile(
    rf"\b(?:what|which)\s+(?P<speaker>[Ii]t|[Hh]e|[Ss]he|[Tt]hey|{_NAME})\s+{_NAMING_VERB}\s*[“\"«]?$"
)
# Someone's statement and what it says: "Senator Ann Vale's statement that the bill would be".
_OWNED_STATEMENT = re.compile(
    rf"(?P<speaker>{_NAME})['’]s\s+(?:[a-z]+\s+)?(?:statement|remarks?|words|claim|comments?|"
    r"assertion|warning|promise|threat|pledge|prediction)\s+that\b[^.!?“”\"«]{0,100}$"
)
_CLAUSE_CONJUNCTION = re.compile(r"(?:while|whereas|although|though|but)\s", re.I)
# The subject of a sentence a participle interrupts before a quote: "The paper, citing “",
# "Ann Vale, quoting “".
_SUBJECT_BEFORE_PARTICIPLE = re.compile(rf"{_SPEAKER},\s+[a-z]+ing\s+$")
# A clause after a verb of saying: a subject of a few words, then its finite verb ("Norway
# had signalled", "the talks would resume"), no relative pronoun between.
_FINITE_CLAUSE = re.compile(
    r"(?:(?!(?:who|which|that|whose)\b)\S+\s+){1,4}?"
    r"(?:had|has|have|was|were|is|are|would|will|could|should|might|must|did|does)\b"
)


_COLON_PARAGRAPH_END = re.compile(r":[ \t]*\n\s*$")


def _introducing_line_start(body: str, quote_start: int) -> int:
    """Where the words before a quote start: its line's start, or the line before when the
    quote opens its paragraph and that line ends with a colon ("Asked about it, a spokesman
    said:" then the quote as a paragraph of its own)."""
    line_start = body.rfind("\n", 0, quote_start) + 1
    if body[line_start:quote_start].strip() or not _COLON_PARAGRAPH_END.search(
        body, max(0, line_start - 400), line_start
    ):
        return line_start
    return body.rfind("\n", 0, len(body[:line_start].rstrip())) + 1


def _attribution_near(
    body: str, quote_start: int, quote_end: int
) -> tuple[re.Match[str] | None, int]:
    """The attribution match right around a quote and the offset its positions are relative
    to; for a quote opening its paragraph after one that ends with a colon, the attribution
    ending that paragraph when it is someone unnamed ("Asked about it, a Justice Department
    spokesman said:"; a named or titled speaker there is read from the context)."""
    line_start = body.rfind("\n", 0, quote_start) + 1
    found, offset = _attribution_in_line(body, quote_start, quote_end, line_start)
    introduced = _introducing_line_start(body, quote_start)
    if found is None and introduced != line_start:
        earlier, at = _attribution_in_line(body, quote_start, quote_end, introduced)
        if earlier is not None and _ONE_OF_A_BODY.match(earlier.groupdict().get("speaker") or ""):
            return earlier, at
    return found, offset


def _attribution_in_line(
    body: str, quote_start: int, quote_end: int, line_start: int
) -> tuple[re.Match[str] | None, int]:
    """The attribution match around a quote, the words before it read from `line_start`."""
    line_end = body.find("\n", quote_end, quote_end + _AFTER_WINDOW)
    after_end = line_end if line_end != -1 else min(len(body), quote_end + _AFTER_WINDOW)
    first_person = _FIRST_PERSON_AFTER.match(body, quote_end, after_end)
    if (
        first_person is not None
        # (“…,” I said: the comma leaves the sentence open; after “…?” a new one starts)
        and body[quote_end - 2 : quote_end - 1] == ","
        and not _introduces_next_quote(body, quote_end, first_person.end())
    ):
        return first_person, 0
    for pattern in _AFTER_PATTERNS:
        found = pattern.match(body, quote_end, after_end)
        if (
            found
            and not _introduces_next_quote(body, quote_end, found.end())
            # "“…”, while Starmer said …": another clause, another speaker's words
            and not _CLAUSE_CONJUNCTION.match(found.group("speaker"))
            and not (
                pattern in _SUBJECT_FIRST
                and (
                    _new_sentence_after(body, quote_start, quote_end, found)
                    or _relative_clause_after(body, quote_start, quote_end, found, line_start)
                )
            )
        ):
            if pattern is _SAID_NAME_AFTER and _FINITE_CLAUSE.match(found.group("speaker")):
                # "The paper, citing “secret reports,” said Norway had …": what was said,
                # whose subject follows the verb; the paper, before the participle, says it
                cited = _SUBJECT_BEFORE_PARTICIPLE.search(body, line_start, quote_start)
                if cited is not None:
                    return cited, 0
                continue
            return found, 0
    signed = _SIGNATURE.match(body, quote_end)
    if signed is not None:
        return signed, 0
    before_start = max(line_start, quote_start - _BEFORE_WINDOW)
    before = body[before_start:quote_start]
    if "\n" in before:
        # the paragraph before ends "… a spokesman said:" and introduces the quote
        before = before.rstrip() + " "
    tail = before[-40:]
    if (
        _SPEECH_VERB.search(tail)
        or "ccording" in tail
        or " words" in tail
        or _MANNER_OF_REPLY.search(tail)
    ):
        for pattern in _BEFORE_PATTERNS:
            found = pattern.search(before)
            if found and len(found.group("speaker").split()) > 1 and _ends_first_person(found):
                return None, 0  # "At the meeting of the Government I told them:"
            if found:
                return found, before_start
    called = _WHAT_ONE_CALLS.search(before)
    if called is not None:
        # "… in what it calls “the data solutions” business": the words of whoever calls
        return called, before_start
    owned = _OWNED_STATEMENT.search(before)
    if owned is not None:
        # "Senator Ann Vale's statement that the bill would be “…”": hers
        return owned, before_start
    given = _GIVEN_WORDS.search(before)
    if given is not None and not _ends_first_person(given):
        return given, before_start
    verb_first = _VERB_FIRST.search(before)
    if verb_first is not None:
        return verb_first, before_start
    sender = _FROM_SENDER.search(before)
    if sender is not None:
        # "I got a call from Ann Vale: “…”": the caller's words
        return sender, before_start
    dashed = _DASHED_NAME_COLON.search(before)
    if dashed is not None:
        # "TURNOUT HIGHER THAN EXPECTED - Michael McDonald: “…”": a roundup's item, the
        # name after the dash its author's, as a label is
        return dashed, before_start
    # The clause the quote sits in, and its last reporting verb.
    clause_break = _CLAUSE_BREAK.search(before)
    clause_start = clause_break.start() + 1 if clause_break else 0
    aside = _WRITERS_ASIDE.match(before, clause_start)
    if aside is not None:
        # "As we've noted, a study by X concluded that “…”": the writer's aside reports
        # nothing; the clause after it does
        clause_start = aside.end()
    verbs = list(_REPORTING_VERB.finditer(before, clause_start))
    if not verbs and (earlier := _fragment_before(before, clause_start)) is not None:
        # "Ann Vale said the list “underscores our resolve” by all “to fight on.”": the
        # second fragment of one reported sentence is the first one's
        clause_start = earlier
        verbs = list(_REPORTING_VERB.finditer(before, clause_start))
    if not verbs:
        return None, 0
    through = _SAID_THROUGH.search(before, clause_start)
    if through is not None:
        # "Russia said through its spokesperson Ann Vale that it was “…”": the one it spoke by
        return through, before_start
    found = None
    for verb in reversed(verbs):
        if verb.group().endswith("ing") and before[: verb.start()].rstrip().endswith(","):
            continue  # "X said …, adding: “…”": the subject of the verb before speaks
        if not verb.group().endswith("ing") and _BE_BEFORE.search(
            before, clause_start, verb.start()
        ):
            continue  # "Russia was accused of “…”": no speech of the subject
        found = _NAME_AND_INSERTION_BEFORE_VERB.fullmatch(before, clause_start, verb.start())
        if found is not None and _NAME_LAST.search(found.group("apposition")):
            # "Dmitry Anatolyevich, the head of the village, Tamara Lukina, asked": one called,
            # then the subject with her title: the name before the verb speaks
            found = None
        found = (
            found
            or _SUBJECT_BEFORE_VERB.search(before, clause_start, verb.start())
            or _DESCRIBED_SUBJECT_BEFORE_VERB.fullmatch(before, clause_start, verb.start())
        )
        if found is not None and _QUOTED_NOUN_PHRASE_END.search(
            before, max(0, found.start("speaker") - 120), found.start("speaker")
        ):
            # "Ann Vale said instead of the “bonfire” the party had promised, there had been
            # an “…”": a clause about a quoted phrase reports nothing after it
            found = None
            continue
        apposition = (found.group("apposition") or "").split() if found else []
        if apposition in (["but"], ["and"], ["yet"]):
            # "X said that troops occupy Kuwait, but insisted:": the verb is X's, coordinated
            # with the one before it
            found = None
            continue
        if (
            apposition[:1]
            and (
                # "Look, I said it and I'll say it again:", "X wants to join BRICS, and I said
                # so:": a clause, no apposition
                (
                    apposition[0] in ("he", "she", "they", "I", "we", "you", "and", "but")
                    and len(apposition) > 1
                )
                # (one called, when no comma closes the words after theirs: "Mr Putin, French
                # sources said" calls him; "Mr Vale, editor of the Herald, said" is his own)
                or (
                    _VOCATIVE_OPENING.match(found.group("speaker"))
                    and not before[found.end("apposition") : verb.start()].lstrip().startswith(",")
                )
                or found.group("speaker").split()[0].lower() in _OPENING_PREPOSITIONS
                or _last_word(before, clause_start, found.start("speaker")) in _OPENING_PREPOSITIONS
                or (
                    _in_opening_phrase(before, clause_start, found.start("apposition"))
                    # ("After the ruling Ann Vale, legal director of Redress, said": a name
                    # ends the phrase, and a title set off by commas is hers)
                    and not (
                        _NAME_AT_END.search(found.group("speaker"))
                        and found.group("apposition")[:1].islower()
                        and before[found.end("apposition") : verb.start()].lstrip()[:1] == ","
                    )
                )
                # "Asked about the call with Putin, the spokesman would only say": a modal in
                # it makes the words after the comma a clause, not an apposition
                or _MODAL_WORD.search(found.group("apposition")) is not None
            )
        ):
            # "When we spoke to our colleagues, they all said:", "In a statement, the
            # agency said", "On Sunday, the police said", "Mr President, your counterpart
            # said": the words after the comma are the subject, not the opening phrase nor
            # the one called
            found = _SUBJECT_BEFORE_VERB.search(before, found.start("apposition") - 1, verb.start())
        if found is None or not _RELATIVE_BEFORE.search(before, clause_start, found.start()):
            break
        # "X said its plan, which the Council described as …, remained “…”": the subject
        # of a relative clause does not say the quote; the verb before it may
        found = None
    if (
        found is not None
        and len(verbs) >= 2
        and found.start() > verbs[0].end()
        and not before.rstrip().endswith(":")
        and _SAID_THAT.match(before, verbs[0].start())
        # (not words the inner subject coined, "had dubbed it “…”", nor a clause of its own
        # coordinated after the first: "She said …, but she warned that “…”")
        and not _NAMES_THE_WORDS.match(verb.group())
        and not _COORDINATED_CLAUSE.search(before, verbs[0].end(), found.start())
        and (outer := _SUBJECT_BEFORE_VERB.search(before, clause_start, verbs[0].start()))
        is not None
    ):
        # "Pompeo said that after consultation Washington had concluded the settlements were
        # “not, per se, inconsistent …”": words set inside what the first subject said are
        # that subject's, not those of the one their clause reports on
        found = outer
    if found is not None and (found.group("apposition") or "").strip() in _PERSONAL_PRONOUNS:
        # "When I met Ann Vale, I told him:": the pronoun after the comma is the subject
        return None, 0
    if found is not None and _ends_first_person(found):
        # "and I'll say it again:": the one who speaks, read by `personal_speaker`
        return None, 0
    return (found, before_start) if found else (None, 0)


# The writer's aside opening a sentence: "As we've noted, ", "As I reported, ".
_WRITERS_ASIDE = re.compile(
    r"\s*(?:As|Like)\s+(?:I|we)(?:['’](?:ve|d))?\s+(?:[a-z]+\s+){0,2}?[a-z]+(?:ed|id|ote)\b"
    r"(?:\s+(?:before|earlier|previously|here|already))?,\s"
)
# A time or condition clause opening a sentence, to its first comma: "When Trump suggested
# that Cuba would sue, " (the subject of the sentence comes after it).
_FRONTED_CLAUSE = re.compile(
    rf"[\s“\"«]*(?:{'|'.join(w.capitalize() for w in _SUBORDINATORS)}|As\s+soon\s+as)\s"
    r"[^,;:“”\"«»\n]{3,160},\s"
)


def _fragment_before(before: str, clause_start: int) -> int | None:
    """Where the clause starts that a quoted fragment ending the text's last clause break
    sits in, when that break is the fragment's closing mark and a few words without a
    stop join it to what follows ("… “underscores the commitment” by the United States "):
    the clause break before the fragment's opening mark; else None."""
    closing = clause_start - 1
    if (
        closing < 1
        or before[closing] not in '”"'
        or before[closing - 1] in ".!?,;:"  # the fragment ended its sentence or clause
        or len(before) - clause_start > 60
        or not re.match(r"\s+[a-z]", before[clause_start:])  # "… by the United States "
    ):
        return None
    opening = max(before.rfind("“", 0, closing), before.rfind('"', 0, closing))
    if opening < 0 or before[opening - 1 : opening] not in (" ", ""):
        return None
    earlier = _CLAUSE_BREAK.search(before, 0, opening)
    return earlier.start() + 1 if earlier else 0


# A crowd's words right before a short quotation: "protesters chanting “Liberty!”".
_SHOUTED_BEFORE = re.compile(
    r"\b(?:chant(?:ed|ing|s)?|shout(?:ed|ing|s)?|yell(?:ed|ing|s)?|scream(?:ed|ing|s)?|"
    r"cr(?:ied|ying)\s+out)\s*[:,]?\s*[“\"«]?$"
)
# Words someone calls a thing by, quoted: "called the exiles “criminals”", "dubbed it the
# “Gordon problem”", "described the charges as “unusual”": the words of whoever calls them
# so, however short.
_NAMED_AS_BEFORE = re.compile(
    rf"\b{_NAMING_VERB}\s+(?!for\b|on\b|upon\b|in\b|off\b)"
    # (the second of two names: "called them “criminals” and “mafia members”")
    r"(?:[\w'’\-“”\"«»]+,?\s+){0,6}?(?:an?\s+|the\s+)?[“\"«]?$"
)
_FIRST_PERSON_FORM = re.compile(r"(?:I|[Ww]e)(?:['’](?:ll|m|ve|d|re))?")
# Words someone gives, quoted after a colon: "Ann Vale gave us a clear instruction:", "the
# Governor gave the same answer:".
_GIVEN_WORDS = re.compile(
    rf"{_SPEAKER}\s+(?:gave|gives|has\s+given|issued)\s+(?:(?:us|me|them|him|her|everyone)\s+)?"
    r"(?:a|an|the|this|his|her|their|one)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:instruction|order|answer|reply|response|promise|warning|assurance|advice|task)s?"
    r"\s*:\s*$"
)


def _ends_first_person(found: re.Match[str]) -> bool:
    """Whether the speaker matched is "I" or "we", alone or after the words of a phrase
    before it ("At the meeting of the Government I told them:")."""
    words = (found.groupdict().get("speaker") or "").split()
    return bool(words) and _FIRST_PERSON_FORM.fullmatch(words[-1]) is not None


_MODAL_WORD = re.compile(r"\b(?:would|will|could|can|did|does|should|might|may|must)\b")


# A name after a spaced dash, then a colon, right before a quote: a roundup's item credited
# to its author ("… for Republican contests - Philip Bump: “").
_DASHED_NAME_COLON = re.compile(rf"\s[-–—]\s+(?P<speaker>{_NAME}):\s*$")
# A call, letter or question from someone, their words right after: "I got a call from Ann
# Vale: “…”", "a letter from Ann Vale, who wrote:" is left to the "who" rule.
_FROM_SENDER = re.compile(
    rf"\b(?:call|letter|message|telegram|note|question|request|reply|answer)"
    # ("a message on the screen from Ann Vale, from Pskov:": where it is, where she is)
    rf"(?:\s+[a-z]+){{0,4}}?\s+from\s+"
    # (or someone unnamed: "a short letter from a pensioner in Tver:")
    rf"(?P<speaker>(?:[A-Z][\w'’\-]*\s+){{0,4}}?{_NAME}|(?:an?|one)\s+[a-z]+"
    r"(?:\s+(?:in|from|of)\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})?)"
    r"(?:,\s+(?:from|of|in)\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})?\s*[:,]\s*$"
)
_SAID_THROUGH = re.compile(
    rf"\b{SPEECH_VERBS}\s+(?:via|through)\s+(?P<speaker>[^,.;“”\"]{{2,80}}?)"
    rf"(?:,\s+(?P<apposition>{_NAME}),)?(?=\s+that\b|\s*[,:])"
)
_RELATIVE_BEFORE = re.compile(r"\b(?:which|whom|whose|where)\s*(?:the\s*)?$")
# Someone called by honorific or title, not the subject after the comma: "Mr President,".
_VOCATIVE_OPENING = re.compile(
    r"(?:Mr|Mrs|Ms|Madam|Madame|Dear|Your\s+(?:Excellency|Majesty|Holiness))\b"
)
# Prepositions opening a phrase before a clause's subject: "In a statement, the agency said".
_OPENING_PREPOSITIONS = frozenset(
    {"in", "on", "at", "after", "before", "during", "from", "with", "by", "under", "for"}
)


_RELATIVE_WORD = re.compile(r"(?:who|whom|whose|which|that)\b")


# A person's name of two capitalized words or more ending a phrase.
_NAME_AT_END = re.compile(r"(?<![\w'’\-])[A-Z][\w'’\-]+\s+[A-Z][\w'’\-]+$")


def _in_opening_phrase(text: str, clause_start: int, apposition: int) -> bool:
    """Whether the words before the comma at `apposition` are a phrase opening the clause
    with a preposition or a subordinating word and no comma of its own ("With Castro in the
    front row of Havana's Conventions Palace, a string of veterans called for …"): the
    words after the comma are the subject, not an apposition of a name in the phrase."""
    phrase = text[clause_start : apposition - 2]
    words = phrase.split()
    if _RELATIVE_WORD.match(text, apposition):
        return False  # "Asked about Ann Vale, who had called it “…”": hers, a relative clause
    return (
        bool(words)
        and "," not in phrase
        and (
            words[0].lower() in _OPENING_PREPOSITIONS
            or _SUBORDINATE_OPENING.fullmatch(phrase) is not None
        )
    )


def _last_word(text: str, start: int, end: int) -> str:
    """The last word of text[start:end], lowercase ("" when none)."""
    words = text[start:end].split()
    return words[-1].lower() if words else ""


_PERSONAL_PRONOUNS = frozenset({"I", "we", "We", "he", "He", "she", "She", "they", "They"})


def extract_quotes(articles: pl.DataFrame, mentions: pl.DataFrame) -> pl.DataFrame:
    """Quotes of each article (article_id, body in; actor mentions to resolve speakers)."""
    by_article = _mentions_by_article(mentions)
    rows: list[tuple] = []
    for article_id, body in articles.select("article_id", "body").iter_rows():
        if has_quotes(body):
            rows += quotes_of_article(
                article_id, body, split_sentences(body), by_article.get(article_id, [])
            )
    return pl.DataFrame(rows, schema=QUOTE_SCHEMA, orient="row")


def has_quotes(body: str | None) -> bool:
    """Whether a body may hold quotes: quotation marks, or a colon (a transcript's labels).

    Guillemets count too: foreign-ministry releases often quote only with «» and no colon."""
    return bool(body) and any(mark in body for mark in ("“", '"', "«", ":"))  # type: ignore[arg-type]


# A transcript's speaker label: capitalized words (titles, then the name; "of", "the", "and",
# "for" may join them, a dash may glue two titles), an optional note in brackets
# ("(retranslated)") or an abbreviation ("(FMBA)"), a colon (a space before it is a typo
# releases make), then the turn
# ("President of Russia Vladimir Putin: Colleagues, …", "MS. PSAKI: Good afternoon",
# "Question: …"; a turn cut short opens with "…" or "<…>"). The label may start mid-line:
# releases glue a heading, a "* * *" separator or a tooltip copy of the name ("Sergei Lavrov
# Lavrov SergeiForeign Minister") to it.
# (an initial glued to the surname, "S.Lavrov", as ministries print their transcripts)
# (a word with a stop is an initial or an abbreviation, "Mr.", "Dr.": "Channel One. Question:"
# holds two)
_LABEL_WORD = (
    r"(?:[A-Z]\.[A-Z][\w'’\-]+|(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|Rev|Sen|Rep|Gov|Amb|Prof)\."
    r"|[A-Z]\.(?:[A-Z]\.)+|[A-Z][\w'’\-]*"
    # an Arabic article glued to a name: "Abdel Fattah el-Sisi:", "Mohammed al-Sudani:"
    r"|(?:al|el|as|ad|ash)-[A-Z][\w'’\-]*)"
)
_FLOOR_SPEAKERS = ("voice", "remark", "question", "comment", "reply")
_FLOOR_PLACES = ("audience", "floor", "hall")
_FROM_THE_FLOOR = (
    rf"(?:{'|'.join(w.capitalize() for w in _FLOOR_SPEAKERS)})\s+from\s+the\s+"
    rf"(?:{'|'.join(_FLOOR_PLACES)})"
)
_LABEL = re.compile(
    r"(?<![\w'’.\-])"
    # a blank line ends a label: a heading above it is no part of it ("…'s Remarks\n\nQ:")
    # (or someone in the hall, unnamed: "Voice from the audience:")
    rf"(?P<label>{_FROM_THE_FLOOR}|{_LABEL_WORD}(?:(?:(?:(?!\n\s*\n)\s)+|\s*[–—]\s*)(?:(?:of|the|and|for|on|in|at|under|to|bin|ibn|de|da|van|von|der|du|di)\s+)*{_LABEL_WORD}){{0,15}})"
    # a note in brackets may follow: "(retranslated)", "(speaking Belarusian, retranslated)",
    # "(Tatarstan)", "(Governor of the Central Bank)", "(Rossiya TV channel)", "(Volunteer
    # Medics, Kazan)"
    r"(?:\s*\((?:[a-z][A-Za-z ,\-]{0,50}|[A-Z][A-Za-z]{1,9}"
    r"|[A-Z][A-Za-z]+(?:,?\s+[A-Za-z][A-Za-z\-]*){1,7})\))?"
    r"\s?:\s*(?=[A-Z“\"‘'¿¡\d(…<])"
)
# What may stand between the end of a sentence and a label that opens a new one: nothing,
# a separator ("* * *", "***") or the mark of words left out ("<…>", "[…]").
_TURN_OPENING = re.compile(r"(?:^|[.!?…”\"’)\]:>]|\n|\*)[\s*]*$")
# A speech verb or a quotation mark next to a "Name:" in running text: the colon introduces
# a quote ("said Foreign Minister Ann Vale: “…”"), it is no speaker label.
# A title may come before the description ("General Director of Land of Opportunity
# non-profit organisation Ann Vale:").
_DESCRIPTION_BEFORE = re.compile(
    r"(?:[A-Z][\w'’\-]*(?:\s*[–—]\s*|\s+)(?:(?:of|the|and|for|on)\s+)*){0,8}"
    r"[A-Z][\w'’\-]*(?P<words>(?:\s+[a-z][\w'’\-]*){1,3})\s+$"
)
_NOT_DESCRIPTION_WORDS = frozenset(
    [
        "told",
        "asked",
        "said",
        "says",
        "tells",
        "thanked",
        "to",
        "from",
        "by",
        "with",
        "and",
        "or",
        "the",
        "a",
        "an",
        "of",
        "for",
        "as",
        "at",
        "in",
        "on",
        "is",
        "was",
        "were",
        "are",
        "has",
        "had",
        "have",
        "will",
        "would",
    ]
)
_SEPARATOR_BEFORE = re.compile(r"(?:\*\s*){3}$")
_QUOTE_INTRO_BEFORE = re.compile(rf"\b{SPEECH_VERBS}\s+(?:[\w'’\-]+\s+){{0,2}}$")
_QUOTE_MARK_AFTER = re.compile(r"\s*[“\"«]")
# Labels of a turn whose speaker is not named (an interviewer, the floor).
ANONYMOUS_LABELS = {
    "question",
    "remark",
    "answer",
    "reply",
    "q",
    "a",
    "moderator",
    "voice",
    "response",
    # the press, unnamed ("Journalist:", "Reporter:")
    "journalist",
    "reporter",
    "correspondent",
    "interviewer",
    # someone in the hall: "Voice from the audience:"
    *(f"{who} from the {where}" for who in _FLOOR_SPEAKERS for where in _FLOOR_PLACES),
}
# An anonymous turn that opens with the asker introducing themselves: "Question: Ann Vale,
# Daily Courier. My question is…". Words that open a turn but are no name are refused.
# The name may follow a greeting ("Good afternoon, Mr President. Ann Vale, …") or "My name
# is", and be followed by the outlet after a comma, "from" or a bracket.
# (the one asked may be called the Russian way, by name and patronymic: "Good afternoon,
# Vladimir Vladimirovich. Ann Vale, Izvestia.")
_CALLED = (
    r"(?:(?:Mr|Ms|Mrs|Madam)\.?\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?"
    # "Comrade Supreme Commander-in-Chief", as servicemen address him
    r"|Comrade\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2}"
    r"|[A-Z][a-z]+\s+[A-Z][a-z]+(?:vich|vna|ichna|inichna))"
)
# A rank or what the asker is, before their name: "Guards Sergeant Ildar Nigmatullin",
# "Yunarmia cadet Varvara Semyonova", "student Ann Vale".
_ASKER_TITLE = (
    r"(?:(?:[A-Z][a-z]+\s+)?(?:cadet|student|pupil|teacher|volunteer|doctor|nurse|engineer|"
    r"farmer|worker|deputy|member|entrepreneur)\s+"
    r"|(?:Guards\s+)?(?:(?:Senior|Junior)\s+)?(?:Private|Corporal|Sergeant|Lieutenant|Captain|"
    r"Major|Colonel)\s+)"
)
# A name word: "Ann", "Vale-Smith", "Jean-Pierre", "O'Brien".
_INTRODUCED_WORD = (
    rf"[{UPPER}][{LOWER}]*['’]?[{UPPER}{LOWER}][{LOWER}'’]*(?:-[{UPPER}]?[{LOWER}'’]+)*"
)
_SELF_INTRODUCTION = re.compile(
    r"(?:(?:Good\s+(?:afternoon|morning|evening|day)|Hello|Hi|Thank\s+you(?:\s+very\s+much)?"
    # "If I may, Mr President. Ann Vale, Daily Courier.", "Excuse me. Ann Vale, …"
    r"|If\s+I\s+may|If\s+you\s+allow\s+me|Excuse\s+me|Sorry|Colleagues)"
    rf"(?:,\s+{_CALLED})?[.!,]\s+)?"
    # "Mr President, Ann Vale, Daily Courier.": the one asked called first
    rf"(?:{_CALLED},\s+(?={_ASKER_TITLE}?[A-Z][a-z'’\-]+\s+[A-Z]))?"
    r"(?:(?:[Mm]y\s+name\s+is|I\s+am|I'm)\s+)?"
    rf"{_ASKER_TITLE}?"
    rf"(?P<name>{_INTRODUCED_WORD}(?:\s+{_INTRODUCED_WORD}){{1,2}})"
    r"(?:,\s|\s+(?:from|of)\s+[A-Z]|\s+\(|\s+[–—]\s+[A-Z])"
)
# The name given after the outlet: "Good afternoon. I am from Channel One, my name is Ann Vale."
_NAME_GIVEN_LATER = re.compile(
    r"(?:(?:Good\s+(?:afternoon|morning|evening|day)|Hello|Hi)[.!,]\s+)?"
    r"(?:I\s+am|I'm|I\s+work)\s+(?:from|for|with)\s+[^,.!?]{1,60},\s+(?:and\s+)?[Mm]y\s+name\s+is\s+"
    rf"(?P<name>{_INTRODUCED_WORD}(?:\s+{_INTRODUCED_WORD}){{1,2}})(?=[.,;!]|\s+and\b)"
)
_NOT_NAME_WORDS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "madam",
        "dear",
        "good",
        "thank",
        "thanks",
        "hello",
        "colleagues",
        "friends",
        "ladies",
        "gentlemen",
        "excellency",
        "comrade",
        "comrades",
        "president",
        "minister",
        "prime",
        "please",
        "yes",
        "no",
        "well",
        "sir",
        "your",
        "my",
        "our",
    }
)
# The quote text kept of a long turn: its first sentences, up to about this many characters.
_TURN_CHARS = 600
# A transcript whose only label names its speaker near its start (a speech): the label sits
# in the first sentences, after a heading glued to it or a sentence or two of summary ("Ann
# Vale addressed the parliament. She spoke in German. Ann Vale: Mr Speaker, …").
_SPEECH_LABEL_SENTENCES = 5

# (label start, turn start, speaker actor, label text, anonymous)
Label = tuple[int, int, str | None, str, bool]


def speaker_labels(body: str, mentions: list[Mention]) -> list[Label]:
    """The speaker labels of a body, in order.

    Why: a label is what makes a turn a quote, and what ends the turn before it. One that
    opens a sentence (or follows a "* * *" separator) may name anybody; one glued mid-line
    to a heading or a tooltip counts only when it names a person the text knows or is an
    anonymous label ("Remark:"), and never when a speech verb or a quotation mark shows the
    colon introduces a quote. Its speaker is the person its name is (`label_speaker`)."""
    labels: list[Label] = []
    for match in _LABEL.finditer(body):
        start = match.start("label")
        label = match.group("label")
        anonymous = label.strip(" .").lower() in ANONYMOUS_LABELS
        person = None if anonymous else label_speaker(label, start, mentions)
        opens = _TURN_OPENING.search(body, max(0, start - 12), start) is not None or (
            _label_name(label) is not None and _opens_after_description(body, start)
        )
        if not opens and (
            not (person or anonymous)
            or _QUOTE_INTRO_BEFORE.search(body, max(0, start - 60), start)
            or _QUOTE_MARK_AFTER.match(body, match.end())
        ):
            continue
        labels.append((start, match.end(), person, label, anonymous))
    return labels


def label_speaker(label: str, start: int, mentions: list[Mention]) -> str | None:
    """The person a label names: the one its name is (titles come first, "Head of the
    Council Ann Vale"; a doubled tooltip name is one person). A person the titles hold
    ("President of China Media Group Shen Haixiong": China's president) is not the speaker
    when the label ends with a name of its own."""
    end = start + len(label)
    first, last = bisect_left(mentions, (start,)), bisect_left(mentions, (end,))
    persons = [m for m in mentions[first:last] if m[3] == "person" and m[1] <= end]
    if not persons:
        return None
    doubled = DOUBLED_NAME.search(label)
    if doubled is not None:
        at = [
            m
            for m in persons
            if m[0] <= start + doubled.end("last") and start + doubled.start() < m[1]
        ]
        return at[0][2] if at else None
    name = _label_name(label)
    if persons[-1][1] < end and name is not None:
        return None  # the label ends with a name no mention holds: that name speaks
    if (
        name is not None
        and persons[-1][0] > end - len(name)
        and not _may_be_named(name, persons[-1][2])
    ):
        # "Artem Zhoga:" where only "Zhoga" is a mention, of Vladimir Zhoga: a relative
        return None
    return persons[-1][2]


def _may_be_named(name: str, actor_id: str) -> bool:
    """Whether a written full name ("Artem Zhoga") may be the person an actor id names when
    only its surname is a mention: each word of the id before the surname shares its
    initial with a word of the name ("person_sergey_lavrov" for "Sergei Lavrov", not
    "person_vladimir_zhoga"); an id that does not end with the surname (a role, an alias)
    is not judged."""
    words = [
        word
        for word in name.lower().replace("-", " ").split()
        if word.rstrip(".") not in _NOT_NAME_WORDS and word.rstrip(".") not in _TITLES
    ]
    ids = actor_id.lower().replace("-", "_").split("_")
    if ids[:1] == ["person"]:
        ids = ids[1:]
    if len(words) < 2 or not ids or ids[-1] != words[-1]:
        return True  # "Mr Vale": a surname alone says nothing against the actor
    initials = {word[:1] for word in words[:-1]}
    return all(token[:1] in initials for token in ids[:-1])


def _opens_after_description(body: str, start: int) -> bool:
    """Whether a label is preceded, from the opening of its line or sentence, only by a
    lowercase description of the speaker ("Plenary session moderator Ann Vale:",
    "Daily Courier correspondent Ann Vale:"), not by a clause ("He told Ann Vale:")."""
    found = _DESCRIPTION_BEFORE.search(body, max(0, start - 160), start)
    if found is None or not _TURN_OPENING.search(body, max(0, found.start() - 12), found.start()):
        return False
    return not (set(found.group("words").lower().split()) & _NOT_DESCRIPTION_WORDS)


def _is_transcript(labels: list[Label], body: str, spans: list[tuple[int, int]]) -> bool:
    """Two labels that name a speaker, one of them a person the text knows or an anonymous
    one ("Question"); or one such label at the body's start, in its first sentences (a
    heading glued before it, or a sentence or two of summary), right after a "* * *"
    separator (a speech with its speaker, after a summary) or in a sentence that opens
    after one."""
    known = [lab for lab in labels if lab[2] is not None or lab[4]]
    named = [lab for lab in labels if lab[2] is None and not lab[4] and _label_name(lab[3])]
    if known and len(known) + len(named) >= 2:
        return True
    if not known:
        return False
    at = known[0][0]
    index = sentence_index_of(spans, at)
    # the sentence holding the label opens after a separator: a heading before the label
    # ("* * * Speech at the meeting President of Russia Ann Vale: …")
    opening = spans[index][0] if spans else at
    return (
        at == 0
        or index < _SPEECH_LABEL_SENTENCES
        or _SEPARATOR_BEFORE.search(body, max(0, at - 12), at) is not None
        or _SEPARATOR_BEFORE.search(body, max(0, opening - 12), opening) is not None
    )


def self_introduction(turn: str) -> str | None:
    """The name an anonymous turn opens with when the asker introduces themselves
    ("Ann Vale, Daily Courier. …", "Good afternoon. My name is Ann Vale, …", "Ann Vale
    from Daily Courier" → "Ann Vale"), else None ("Mr President, …")."""
    found = _self_introduction(turn)
    return found[1] if found is not None else None


def _self_introduction(turn: str) -> tuple[int, str] | None:
    """(offset in the turn, name) of `self_introduction`."""
    found = _SELF_INTRODUCTION.match(turn) or _NAME_GIVEN_LATER.match(turn)
    if found is None:
        return None
    name = found.group("name")
    # "Happy Tatiana Day, Mr President!": a greeting, no name
    if not all(_is_name_word(word) for word in name.split()):
        return None
    if _PATRONYMIC_VOCATIVE.match(f"{name},"):
        return None  # "Alexander Grigoryevich, ...": the one asked, called the Russian way
    return found.start("name"), name


def transcript_turns(
    body: str, spans: list[tuple[int, int]], mentions: list[Mention]
) -> list[tuple[int, int, str | None, str | None, str]]:
    """(start, end, speaker actor, speaker text, quote text) of each turn of a transcript.

    A body is a transcript when two labels name a person (an actor mention inside the
    label) or are anonymous ("Question"), or one does in its first sentence (a speech with
    its speaker); a sentence that merely opens with "Name:" in running text is no transcript.
    In a transcript every label ends the turn before it, and a label naming nobody the
    dictionary or discovery knows gives the name it holds ("Pavel Zarubin:", "Chairman
    Valery Zorkin:", a doubled "Ann Vale Vale Ann"). Anonymous labels have no speaker unless
    the turn opens with the asker's own name ("Question: Ann Vale, Daily Courier. …")."""
    return _turns_and_labels(body, spans, mentions)[0]


def _turns_and_labels(
    body: str,
    spans: list[tuple[int, int]],
    mentions: list[Mention],
    headline_person: tuple[str, str] | None = None,
) -> tuple[list[tuple[int, int, str | None, str | None, str]], list[tuple[int, int]]]:
    """`transcript_turns` and the (start, end) of the labels that open them.
    `headline_person` (actor id, name): the one person the article's title names, who
    answers when the body names nobody before its first label."""
    labels = speaker_labels(body, mentions)
    if not _is_transcript(labels, body, spans):
        return [], []
    turns = []
    speaking = {lab[2] for lab in labels if lab[2] is not None}
    answerer = _heading_person(labels[0][0], mentions) if labels else None
    interviewer = _interviewer(body, labels[0][0], mentions) if labels else None
    answerer_name = None
    if answerer is None and headline_person is not None:
        # "Spokesperson Zhao Lijian's Remarks on …" as the title only: the page's heading
        answerer, answerer_name = headline_person
    for i, (label_start, text_start, person, label, anonymous) in enumerate(labels):
        # a label as written, but a page's doubled caption ("Ann Vale Vale AnnChair of the
        # Board") by the name it holds
        written = _label_name(label) if person and DOUBLED_NAME.search(label) else label
        name = None if anonymous else written if person else _label_name(label)
        if name is None and not anonymous:
            # "Governor:", "The Minister:": the one named with that title before
            person = _title_label_person(body, label_start, label, mentions)
            if person is None:
                continue  # "Note:", "MOSCOW:": not a speaker
            name = label.strip()
        turn_end = labels[i + 1][0] if i + 1 < len(labels) else len(body)
        end = text_start
        for s_start, s_end in spans[sentence_index_of(spans, text_start) :]:
            if s_start >= turn_end:
                break
            end = min(s_end, turn_end)
            if end - text_start >= _TURN_CHARS:
                break
        text = body[text_start:end].strip()
        if anonymous and text:
            introduced = _self_introduction(text)
            name = introduced[1] if introduced is not None else None
            if introduced is not None:
                at = text_start + introduced[0]
                person = _speaker_actor(at, at + len(introduced[1]), mentions, True)
            else:
                after = labels[i - 1][1] if i else 0
                person = _given_the_floor(body, after, label_start, mentions, speaking)
                name = None
                if person is None and label.strip(" :.").lower() in _QUESTION_LABELS:
                    # an interview: its questions are the interviewer's named at its start
                    person = interviewer
                if person is None and label.strip(" :.").lower() in _ANSWER_LABELS:
                    # "Answer:" under a heading naming one person ("Ann Vale's answer to a
                    # media question"): that person answers
                    person = answerer
                    name = answerer_name if person is not None else None
        if text:
            turns.append((text_start, text_start + len(text), person, name, text))
    return turns, [(start, text_start) for start, text_start, *_ in labels]


def _title_label_person(
    body: str, label_start: int, label: str, mentions: list[Mention]
) -> str | None:
    """The person a label of a title alone stands for ("Governor:", "The Minister:"): the
    last one named before it with that title ("Governor of the Kaluga Region Ann Vale",
    "Ann Vale, the Governor", a role the dictionary resolved, "the Minister of Defence");
    else None.

    Why: transcripts of a meeting with one governor or minister name them once in the
    summary, then label their turns by the title."""
    title = re.sub(r"(?i)^the\s+", "", label.strip(" .:")).lower()
    if title not in _TITLE_BEFORE_NAME:
        return None
    before_name, after_name = _TITLE_BEFORE_NAME[title], _TITLE_AFTER_NAME[title]
    for m_start, m_end, actor_id, actor_type in reversed(
        mentions[: bisect_left(mentions, (label_start,))]
    ):
        if actor_type != "person" or m_end > label_start:
            continue
        if (
            before_name.search(body, max(0, m_start - _TITLE_REACH), m_start)
            or after_name.match(body, m_end, m_end + _TITLE_REACH)
            or _role_holds_title(body[m_start:m_end], title)
        ):
            return actor_id
    return None


def _role_holds_title(mention_text: str, title: str) -> bool:
    """Whether a person's mention, a role the dictionary resolved, holds `title` as one of
    its words ("Minister of Defence", "the new Defence Minister" for "minister"): not
    another office holding the word (a Deputy Prime Minister is no "Minister"), nor the
    title alone ("the President" is the roles' to resolve)."""
    return (
        re.search(rf"(?i)\b(?:{title})\b", mention_text) is not None
        and re.search(r"(?i)\b(?:deputy|prime|vice)\b", mention_text) is None
        and re.fullmatch(rf"(?i)(?:the\s+)?(?:{title})", mention_text) is None
    )


# Anonymous labels of the one who answers, not of the one who asks.
_ANSWER_LABELS = frozenset({"answer", "a", "reply", "response"})
# A line opening with one of them: only then is the title read for who answers.
ANSWER_LABEL_LINE = re.compile(r"(?m)^[\s*]*(?:Answer|A|Reply|Response)\s*:")


def _interviewer(body: str, first_label: int, mentions: list[Mention]) -> str | None:
    """The one person named before a transcript's first label as its interviewer ("The
    interview was recorded by the channel's presenter Ann Vale."), else None.

    Why: an interview labels every question "Question:", and says who asks them once, in
    the lines before the first."""
    found = {
        m[2]
        for m in mentions
        if m[3] == "person"
        and m[1] <= first_label
        and _INTERVIEWER_BEFORE.search(body, max(0, m[0] - 80), m[0])
    }
    return found.pop() if len(found) == 1 else None


def _heading_person(first_label: int, mentions: list[Mention]) -> str | None:
    """The one person the text names before its first label (its heading), else None."""
    people = {m[2] for m in mentions[: bisect_left(mentions, (first_label,))] if m[3] == "person"}
    return people.pop() if len(people) == 1 else None


# The host gives the floor right before a question: "Ann Vale, please.", "Go ahead, Ann
# Vale.", "Ann Vale has the floor."
_GIVES_FLOOR = re.compile(
    r"\b(?:please|go\s+ahead|the\s+floor|your\s+question|microphone|"
    # "The next question comes from Ann Vale, a student."
    r"question\s+(?:comes|is)\s+from|over\s+to)\b",
    re.I,
)
# Who conducts an interview, named before its first label: "the channel's presenter Ann
# Vale", "interviewed by Ann Vale", "correspondent Ann Vale asked the questions".
_INTERVIEWER_BEFORE = re.compile(
    r"\b(?:presenter|journalist|correspondent|host|anchor|interviewer|editor-in-chief|"
    r"(?:interviewed|recorded|conducted)\s+(?:[a-z]+\s+){0,4}?by(?:\s+(?:the\s+)?[a-z]+['’]s)?"
    r"(?:\s+(?:presenter|journalist|correspondent|host|anchor))?"
    # "gave an interview to Ann Vale, a correspondent of …"
    r"|interview\s+(?:to|with)),?\s+$"
)
_QUESTION_LABELS = frozenset({"question", "q"})
_FLOOR_WINDOW = 150


def _given_the_floor(
    body: str, after: int, label_start: int, mentions: list[Mention], speaking: set[str | None]
) -> str | None:
    """The person the host gives the floor to in the words right before an anonymous label
    ("Dmitry Peskov: Ann Vale, please. Question: …"), when that person speaks under no label
    of their own; else None.

    Why: at news conferences the asker's turn is labelled "Question", and who asks is said
    by the host just before it."""
    start = max(after, label_start - _FLOOR_WINDOW)
    window_start = max(start, body.rfind(". ", start, label_start - 2) + 1)
    if not _GIVES_FLOOR.search(body, window_start, label_start):
        return None
    persons = _persons_between(window_start, label_start, mentions)
    if not persons and window_start > start:
        # "Ann Vale would like to ask a question. Please, go ahead.": the sentence before
        window_start = max(start, body.rfind(". ", start, window_start - 2) + 1)
        persons = _persons_between(window_start, label_start, mentions)
    for _, _, actor_id, _ in reversed(persons):
        if actor_id not in speaking:
            return actor_id
    return None


_NAME_WORD = re.compile(rf"[{UPPER}][{LOWER}'’]+(?:-[{UPPER}]?[{LOWER}'’]+)*")


def _label_name(label: str) -> str | None:
    """The name a title-and-name label holds: a name printed twice, surname first the second
    time ("Dmitry Rogozin Rogozin Dmitry" → "Dmitry Rogozin"), else its last two words when
    both look like name words ("Chairman Valery Zorkin" → "Valery Zorkin")."""
    doubled = DOUBLED_NAME.search(label)
    if doubled is not None:
        return f"{doubled.group('first')} {doubled.group('last')}"
    words = label.split()
    if len(words) >= 2 and all(_NAME_WORD.fullmatch(w) for w in words[-2:]):
        return " ".join(words[-2:])
    return None


# A message quoted without its sender: "The message reads, in part:", "The President's
# message of greetings reads:", "The telegram says:".
_MESSAGE_NOUNS = (
    r"(?:message|messages|letter|telegram|greetings?|condolences|congratulations|cable|address)"
)
# What a message does with its words: "reads", "says", and what a writer does in it ("The
# letter notes:", "The telegram stresses, in particular:").
_MESSAGE_VERBS = (
    r"reads?|says|said|states|stated|goes\s+on|notes|noted|stresses|stressed|emphasi[sz]es|"
    r"emphasi[sz]ed|underlines|underlined|points\s+out|continues|adds|concludes|"
    # "The telegram ends with the words:"
    r"(?:ends|closes|opens|begins)\s+with"
)
_MESSAGE_INTRO = re.compile(
    rf"\b{_MESSAGE_NOUNS}\b[^.!?“”\"]{{0,80}}?\b(?:{_MESSAGE_VERBS})\b[^.!?“”\"]{{0,25}}$",
    re.I,
)
_MESSAGE_AFTER = re.compile(
    rf"{_AFTER_OPENING}(?:(?:the|his|her|its|their|this|that)\s+(?:[\w'’\-]+\s+){{0,3}}?{_MESSAGE_NOUNS}"
    # its sender or addressee may come between: "the message from the President of Russia reads"
    rf"(?:\s+(?:of|from|to)\s+[^.,;!?“”\"]{{1,80}}?)?\s+(?:reads?|say|says|said)"
    # "…,” reads the text of the greetings
    rf"|(?:reads?|says?|said)\s+(?:the\s+text\s+of\s+)?(?:the|his|her|its|their)\s+{_MESSAGE_NOUNS}\b[^.!?“”\"]{{0,100}}"
    # "…,” the head of state noted in his message
    rf"|[^.!?“”\"]{{0,80}}?\b{SPEECH_VERBS}\s+in\s+(?:the|his|her|its|their|a)\s+(?:[\w'’\-]+\s+){{0,2}}?{_MESSAGE_NOUNS}\b)",
    re.I,
)
_MESSAGE_NOUN = re.compile(rf"\b{_MESSAGE_NOUNS}\b", re.I)
# A headline of a release that publishes a message: "Greetings to …", "Condolences to …",
# "Congratulations to …", "Message to …", "Telegram to …", "Birthday greetings to …".
MESSAGE_HEADLINE = re.compile(
    r"^(?:Birthday\s+)?(?:Greetings|Condolences|Congratulations|Message|Telegram|Letter)\b"
)
# (the noun in lowercase after other words: "Mr Cable", "Ms Letter" are people)
_MESSAGE_SPEAKER = re.compile(
    rf"^(?:(?i:[\w'’\-]+\s+){{1,4}}?{_MESSAGE_NOUNS}|(?i:{_MESSAGE_NOUNS}))$"
)
# A message named as one quoted before ("continued the letter"), not a new one ("a message").
_DEFINITE_MESSAGE = re.compile(r"(?:the|this|that)\s", re.I)
# Verbs whose subject sends what a release then quotes.
_SENDING_VERB = re.compile(
    # "offered to send a team" offers help, no message
    r"\b(?:sent|sends|addressed|addresses|conveyed|extended|offered(?!\s+to\b)|wrote|writes|congratulated|"
    r"congratulates|thanked|thanks|expressed|expresses|greeted|greets)\b"
)
_OPENS_SENTENCE = re.compile(r"[\s“\"«‘']*$")  # used with match(): anchored at pos
# How many sentences back an earlier quote's speaker still carries an unattributed quote
# (a quote running over several paragraphs, or a second quote of the same person).
_CONTINUATION_SENTENCES = 3
# A sentence that ends by saying who spoke it: "…, Ms Vale says."
_ENDS_SAYING = re.compile(rf",\s+(?:[\w'’.\-]+\s+){{1,4}}?{SPEECH_VERBS}\s*[.!]\s*$")


# A relative clause about a person opening after their name: "Ann Vale, who …", up to a
# later offset with no stop or quotation mark between.
# (a short name in quotation marks may stand in it: "who heads the “Defenders” Foundation")
_WHO_CLAUSE = re.compile(r",\s+(?:who|whose)\s(?:[^.!?“”\"«»]|“[^.!?“”]{1,60}”|«[^.!?«»]{1,60}»)*$")


def relative_clause_owner(
    body: str, start: int, end: int, mentions: list[Mention]
) -> Mention | None:
    """The person named right before a relative clause that runs from body[start:end] up to
    `end` ("Ann Vale, who met Tom Reyes, Ivan Petrov and the heads of banks, …" → Ann Vale's
    mention), unless named as an object ("thanked Ann Vale, who …"); else None.

    Why: a speech verb after such a clause is its owner's ("…, who met X and Y, told me:");
    the names the clause lists were met, thanked or visited, and did not speak."""
    clause = _WHO_CLAUSE.search(body, max(start, end - 400), end)
    if clause is None:
        return None
    owner = _persons_between(start, clause.start(), mentions)
    if not owner or owner[-1][1] != clause.start():
        return None
    if _OBJECT_BEFORE.search(body, max(start, owner[-1][0] - 80), owner[-1][0]):
        return None
    return owner[-1]


_WHICH_CLAUSE = re.compile(r",\s+which\s[^.!?“”\"«»]*$")


def _which_clause_owner(body: str, start: int, end: int, mentions: list[Mention]) -> Mention | None:
    """The country or body opening body[start:end] right before a "which" clause that runs
    up to `end` ("Riyadh, which had pushed for more, "), else None."""
    clause = _WHICH_CLAUSE.search(body, max(start, end - 300), end)
    if clause is None:
        return None
    first = bisect_left(mentions, (start,))
    if first == len(mentions):
        return None
    owner = mentions[first]
    if (
        owner[1] != clause.start()
        or owner[3] not in ("country", "organization", "group")
        or not _ARTICLE_ONLY.fullmatch(body, start, owner[0])
    ):
        return None
    return owner


# Someone unnamed who speaks for the person named next: "a spokesperson for Gov. Ann Vale".
_SPEAKS_FOR_BEFORE = re.compile(
    rf"(?i:{UNNAMED_HEAD_WORDS})\s+(?:for|to|of|close\s+to)\s+(?:[\w.]+\s+){{0,3}}$"
)


def _spoken_for(
    body: str, actor_id: str, sentence: tuple[int, int], mentions: list[Mention]
) -> bool:
    """Whether the sentence mentions `actor_id` as the one an unnamed speaker speaks for."""
    start, end = sentence
    return any(
        m[2] == actor_id and _SPEAKS_FOR_BEFORE.search(body, start, m[0])
        for m in mentions[bisect_left(mentions, (start,)) : bisect_left(mentions, (end,))]
    )


# What may stand between a description and the name it gives: "spokeswoman for women Ann".
_BEFORE_THE_NAME = re.compile(
    r"(?:\s+(?:for|on|of|at)\s+(?:[\w\-]+\s+){0,3}?[\w\-]+)?,?\s+(?=[A-Z])"
)


def _named_after_description(
    body: str,
    start: int,
    end: int,
    mentions: list[Mention],
    written: list[tuple[int, int, str]],
) -> bool:
    """Whether a person is mentioned in body[start:end], or a person's mention or written
    name follows it right after (a "for" phrase between)."""
    if _persons_between(start, end, mentions):
        return True
    gap = _BEFORE_THE_NAME.match(body, end)
    if gap is None:
        return False
    at = gap.end()
    return any(
        m[3] == "person"
        for m in mentions[bisect_left(mentions, (at,)) : bisect_left(mentions, (at + 1,))]
    ) or any(
        w[0] == at for w in written[bisect_left(written, (at,)) : bisect_left(written, (at + 1,))]
    )


def _persons_between(start: int, end: int, mentions: Sequence[Mention]) -> list[Mention]:
    first, last = bisect_left(mentions, (start,)), bisect_left(mentions, (end,))
    return [m for m in mentions[first:last] if m[3] == "person" and m[1] <= end]


# A message said to come from someone: "a message of greetings from Ann Vale", "a letter
# from the President of X, Ann Vale" (the first person named within reach after "from").
# ("a letter you forwarded to us, Mr President, from Ann Vale": a short clause between)
_MESSAGE_FROM = re.compile(
    rf"\b{_MESSAGE_NOUNS}\s+(?:of\s+[a-z]+\s+)?(?:[^.!?“”\"]{{1,60}}?\s)?from\s+", re.I
)
_FROM_REACH = 60


# The words before a message's addressee: "The message to President of Belarus Ann Vale".
_ADDRESSED_BEFORE = re.compile(r"\b(?:to|addressed\s+to)\s+(?:[\w'’\-]+\s+){0,6}$")


# A message from people described, not named: "a letter from a group of residents of the
# district", "a letter from residents of the village", "an appeal from a mother of seven".
_UNNAMED_SENDER = re.compile(
    r"\b(?:letter|message|appeal|petition)s?\b[^.!?“”\"]{0,40}?\bfrom\s+"
    r"(?:(?:a|an|the|some|several|many|one|two|three)\s+)?(?:group\s+of\s+)?[a-z]"
)


def message_sender(
    body: str,
    quote_start: int,
    intro: tuple[int, int],
    spans: list[tuple[int, int]],
    mentions: list[Mention],
    publisher_head: str | None,
) -> str | None:
    """The sender of a message a release quotes after "The message reads:".

    Why: greetings, condolences and letters are quoted without a speech verb; their speaker
    is whoever sent them. That is the person the introduction names ("The President's
    message reads" once the role resolves), else the one a sentence before says it came from
    ("Vladimir Putin received a message from Ann Vale."), else the subject of the sentence
    that introduces the message ("The President sent a message of greetings to Ann Vale.
    The message reads:"):
    the first person before a sending verb in this sentence or the one before, else the
    head of the publisher (a Kremlin release's unsigned message is the President's)."""
    index = sentence_index_of(spans, quote_start) if spans else 0
    sentence_start = spans[index][0] if spans else 0
    for s_start, s_end in spans[max(0, index - 1) : index + 1]:
        unnamed = _UNNAMED_SENDER.search(body, s_start, s_end)
        if unnamed is not None and not _persons_between(unnamed.end() - 1, s_end, mentions):
            # "passed on a letter from a group of residents:": no one a reader could name
            return None
    # the owner of the message right before its noun: "The President's message reads"
    lower = intro[0] if intro[0] > quote_start else max(sentence_start, intro[0] - 40)
    named = _persons_between(lower, intro[1], mentions)
    # "The message to Ann Vale reads": whom it went to is not who sent it
    addressees = [p for p in named if _ADDRESSED_BEFORE.search(body, max(lower, p[0] - 60), p[0])]
    named = [p for p in named if p not in addressees]
    if named:
        return named[-1][2]
    if addressees:
        # the one a sentence before says sent a message to that addressee, else the head of
        # the publisher (messages to several leaders, each quoted in turn); not whoever
        # wrote last ("X, in turn, wrote that …" is the reply of another)
        to = {p[2] for p in addressees}
        for s_start, s_end in reversed(spans[max(0, index - 2) : index]):
            verb = _SENDING_VERB.search(body, s_start, s_end)
            if verb is not None and any(
                p[2] in to for p in _persons_between(verb.end(), s_end, mentions)
            ):
                senders = _persons_between(s_start, verb.start(), mentions)
                if senders:
                    return senders[0][2]
        if publisher_head is not None and publisher_head not in to:
            return publisher_head
    for s_start, s_end in reversed(spans[max(0, index - 4) : index]):
        # "Vladimir Putin received a message from Ann Vale.": the one it is from (a letter
        # quoted twice with a sentence of paraphrase between)
        came = _MESSAGE_FROM.search(body, s_start, s_end)
        senders = _persons_between(came.end(), s_end, mentions)[:1] if came else []
        if senders and senders[0][0] - came.end() <= _FROM_REACH:
            return senders[0][2]
    before = list(reversed(spans[max(0, index - 2) : index]))
    # a sentence that sends a message first ("Ann Vale sent a message …"), then any sending
    # ("Tom Reyes thanked Russia for its help" between is no sender of the message quoted)
    for s_start, s_end in [s for s in before if _MESSAGE_NOUN.search(body, *s)] + before:
        verb = _SENDING_VERB.search(body, s_start, s_end)
        if verb is None:
            continue
        senders = _persons_between(s_start, verb.start(), mentions)
        # "In a message to Ann Vale, Tom Reyes expressed …": the one it is sent to is not
        # its sender
        senders = [
            p for p in senders if not _OBJECT_BEFORE.search(body, max(s_start, p[0] - 80), p[0])
        ] or senders
        if senders:
            return senders[0][2]
    return publisher_head


# The one quoted: "I want to quote General Ann Vale, a theorist:", "in the words of Ann Vale".
_QUOTED_PERSON = re.compile(
    rf"\b(?:quote|quoting|cite|citing|in\s+the\s+words\s+of|"
    rf"(?:words|phrase|quote|quotation|statement|expression|line|maxim|dictum|aphorism)\s+(?:of|by|from))"
    rf"\s+(?P<speaker>{_NAME})(?:,[^.!?“”\"]{{0,60}})?[:,]?\s*$"
)
# The antecedent of "who" that speaks: "Ann Vale, who said,", "[Ann] Vale, who wrote the line:".
_RELATIVE_SPEAKER = re.compile(
    r"(?P<speaker>(?:\[?[A-Z][\w'’\-]+\]?\s+){0,2}[A-Z][\w'’\-]+),?\s+who\s+(?:[^.!?“”\"]{0,120}?\s)?"
    r"(?:said|says|wrote|writes|saying|writing|noted|declared|stated|put\s+it)\b[^.!?“”\"]{0,60}[,:]?\s*$"
)
# Words owned by a name right before the quote: "Mr Zelensky's words:", "Ann Vale's famous
# phrase," (not "Ann Vale's comment on your words “…”": the words are the owner's own).
_OWNED_WORDS = re.compile(
    r"(?<![\w'’\-])(?P<speaker>(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w\-]+)['’]s\s+(?:[a-z]+\s+){0,2}?"
    r"(?:words?|phrase|statement|remarks?|reply|answer|comment|expression|saying|quote|"
    r"promise|appeal)(?:\s+to\s+(?:[\w'’\-]+\s+){0,3}?[\w'’\-]+)?\s*[:,]?\s*$"
)
# A clause's subject written as a name, then its verb phrase: "Ann Vale ended her remarks by
# saying:" (the name need not be a known actor).
_NAMED_SUBJECT = re.compile(rf"\s*(?P<speaker>{_NAME})\s+[a-z]")  # used with match()


_TRAILING_NAME = re.compile(rf"{_NAME}$")
_TITLES = frozenset(word.rstrip(".") for word in TITLE_WORDS if " " not in word)


def written_speaker(
    body: str, clause_start: int, quote_start: int, subject: bool = True
) -> tuple[int, int, str] | None:
    """(start, end, name) of a speaker the clause before a quote names in writing, when no
    speech verb pattern found one: the one quoted ("I want to quote Ann Vale:"), the
    antecedent of a speaking "who" ("Ann Vale, who said,"), the owner of the words ("Mr
    Vale's words:"), or the clause's subject when the
    clause reports speech ("Ann Vale ended her remarks by saying:"; only with `subject`).

    Why: people quoted from books and history are in no dictionary, yet the text names them."""
    for pattern in (_QUOTED_PERSON, _RELATIVE_SPEAKER, _OWNED_WORDS):
        found = pattern.search(body, clause_start, quote_start)
        if found is not None:
            start, end = found.span("speaker")
            return start, end, bare_name(found.group("speaker").replace("[", "").replace("]", ""))
    if not subject or _REPORTING_VERB.search(body, clause_start, quote_start) is None:
        return None
    found = _NAMED_SUBJECT.match(body, clause_start, quote_start)
    if found is not None and len(found.group("speaker").split()) >= 2:
        return found.start("speaker"), found.end("speaker"), bare_name(found.group("speaker"))
    return None


def bare_name(speaker_text: str) -> str:
    """The name a speaker phrase ends with, without the words or titles before it ("As Ann
    Vale", "General Ann Vale" → "Ann Vale"): what a reader gives as the speaker when no
    actor is known."""
    found = _TRAILING_NAME.search(speaker_text)
    if found is None:
        return speaker_text
    words = found.group(0).split()
    while len(words) > 2 and words[0].lower().rstrip(".") in _TITLES:
        words = words[1:]
    if len(words) == 2 and words[0].lower() in _TITLES_BEFORE_SURNAME:
        words = words[1:]  # "President Bakiyev": the surname is the name
    return " ".join(words)


# Titles that, before a surname alone, are no part of the name ("President Bakiyev").
_TITLES_BEFORE_SURNAME = frozenset(
    {"president", "minister", "governor", "mayor", "senator", "chancellor", "ambassador"}
)


def _message_after(body: str, quote_start: int, quote_end: int) -> bool:
    intro = message_attribution(body, quote_start, quote_end)
    return intro is not None and intro[0] >= quote_end


def message_attribution(body: str, quote_start: int, quote_end: int) -> tuple[int, int] | None:
    """The span of the words that say a quote is a message, before it ("The message reads:")
    or after it ("…,” the message reads", "…,” reads the message of condolence from …"),
    or None."""
    before = _MESSAGE_INTRO.search(body, max(0, quote_start - 160), quote_start)
    if before is not None:
        return before.span()
    after = _MESSAGE_AFTER.match(body, quote_end, min(len(body), quote_end + 160))
    # "…” \n\nThe message reads:": the next paragraph introduces another quote; so does a
    # new sentence after a quote that closed its own ("….” The message to Ann Vale reads,
    # in part: “…")
    if after is None or "\n" in after.group(0):
        return None
    closed = _SENTENCE_END_IN_QUOTE.search(body, max(0, quote_end - 3), quote_end) is not None
    if closed and after.group(0).lstrip(" ,–—")[:1].isupper():
        return None
    return after.span()


# Whose words a quote is, said by a possessive before it: "here are his exact words:", "the
# end of his phrase,", "my answer was simple:", "your phrase".
_POSSESSIVE_INTRO = re.compile(
    r"\b(?P<owner>[Hh]is|[Hh]er|[Mm]y|[Yy]our)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:words?|phrase|statement|remarks?|reply|answer|comment|expression|saying|opinion|view|"
    r"conclusion|assessment|estimate|belief|judge?ment|verdict|response|explanation|position|"
    r"report|request|advice|speech|address|interview|article|letter|message|toast)"
    # "his reply to the President's question was short:", "His report came over the
    # radio and was greeted with applause:" (a colon closes what stands between)
    r"(?:(?:\s+(?:was|were|is|are)(?:\s+[a-z]+)?)?\s*[:,]?|\b[^.!?“”\"]{1,100}:)\s*$"
)
# The same with the owner after the noun: "Those words of hers stayed with me:", "a phrase
# of his that I often repeat:".
_POSSESSIVE_OF_INTRO = re.compile(
    r"\b(?:words?|phrase|remarks?|reply|answer|saying|advice)\s+of\s+(?P<owner>his|hers|mine|yours)"
    r"\b(?:[^.!?“”\"]{1,80}?)?[:,]\s*$",
    re.I,
)
_OWNER_OF_PRONOUN = {"his": "he", "hers": "she", "mine": "i", "yours": "you"}
# "I" or "you" reporting speech in the quote's clause: "I was saying to Ann Vale,", "you
# said you were “…”", "when you say, “…”", and instructing ("Mr President, last year you
# instructed us:", "you set us the task:", "And I add today:").
_PERSONAL_REPORT = re.compile(
    r"(?<![\w'’])(?P<pronoun>I|[Yy]ou)\s+(?:(?:was|were|have|had|did|do|then|once|just|also|always|often|already|repeatedly|never|even|remember|recall)\s+){0,2}"
    # ("I remember telling journalists:"); another verb first, the speech verb after "and":
    # "I telephoned Ann Vale and told her:"
    r"(?:[a-z]+\s+(?:[^.!?“”\"]{0,80}?\s)?and\s+)?"
    r"(?:said|say|says|saying|told|tell|telling|wrote|write|asked|ask|replied|answered|put\s+it|"
    r"repeat|repeated|add|added|instructed|instruct|set\s+(?:us|me|them|the\s+Government)\s+(?:the|a)\s+task|"
    r"stressed|emphasi[sz]ed|insisted|warned|promised|urged)\b[^.!?“”\"]{0,80}$"
    # "I would put it like this:", "I would answer them this way:"
    r"|(?<![\w'’])(?P<pronoun2>I)\s+would\s+(?:put|phrase|formulate|answer|say|reply)\s+"
    r"(?:(?:it|this|them|him|her)\s+)?(?:like\s+this|this\s+way|as\s+follows|so)\s*:\s*$"
)
# The speaker quoting, or reading out, words of someone the sentences before speak of, with
# no one named in the clause: "Let me quote:", "I will read it out:", "I will read a few lines
# from it:" (a speech comes back to a figure it named paragraphs before).
_QUOTING_UNNAMED = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"]\s))(?:[Ll]et\s+me|I\s+(?:will|would\s+like\s+to|want\s+to|"
    r"shall|am\s+going\s+to|can)|I)\s+(?:quote(?:\s+(?:it|them|this|from\s+it))?|"
    r"cite\s+(?:it|them|this)|read(?:\s+(?:it|them|this))?"
    r"(?:\s+(?:a\s+few\s+(?:lines|words)|an?\s+(?:excerpt|passage|extract|fragment)|some\s+lines))?"
    r"(?:\s+(?:out|from\s+(?:it|them)))?)(?:\s+(?:exactly|verbatim|in\s+full))?\s*:\s*$"
)
# Words "we" received from others: "we were told:", "the answer was:", "Their answer was:",
# "what did we hear in reply?" (the body the sentence asked, or named last, answered).
_TOLD_US = re.compile(
    r"(?:\b[Ww]e\s+were\s+(?:told|assured|answered|informed)|\b(?:[Tt]he|[Tt]heir)\s+"
    r"(?:answer|reply|response)\s+was|\b[Ww]e\s+heard\s+(?:in\s+reply|in\s+response|back)"
    r"|\bdid\s+we\s+hear\s+in\s+reply\?)(?:\s+(?:then|again|simply|each\s+time))?[:,]?\s*$"
)
# The one spoken to quoted: "Let me quote you:", "I am citing you,".
# A rhetorical question before the answer it quotes: "And what did we hear in response?",
# "What did we hear from our American colleague in September?".
_WHAT_WE_HEARD = re.compile(
    r"\b[Ww]hat\s+did\s+(?:we|I)\s+hear(?:\s+in\s+(?:reply|response|return))?"
    r"(?:\s+from\s+(?P<source>[^?“”\"]{1,120}?))?(?:,[^?“”\"]{0,120})?\?\s*[“\"«]?\s*$"
)
_QUOTING_YOU = re.compile(r"\b(?:quote|quoting|cite|citing)\s+you\b[^.!?“”\"]{0,20}?[:,]?\s*$")
# Someone spoken of quoted: "I will quote him exactly:", "Let me cite her:".
_QUOTING_HIM = re.compile(
    r"\b(?:quote|quoting|cite|citing)\s+(?P<whom>him|her)\b[^.!?“”\"]{0,20}?[:,]?\s*$"
)
# "We" reporting what a state told others: "No matter how many times we tell them:", "we
# said to our partners,". Its speaker is the state of the head who speaks.
_WE_REPORT = re.compile(
    r"(?<![\w'’])[Ww]e\s+(?:(?:have|had|did|do|then|once|just|also|always|often|kept|keep|were|"
    r"repeatedly|constantly|honestly)\s+){0,2}"
    # ("we were told:", "we were asked": others spoke to us)
    r"(?<!were\s)(?:said|say|saying|told|tell|telling|warned|warn|asked|ask|replied|answered|wrote|write)\b"
    r"[^.!?“”\"]{0,60}[:,]\s*$"
)
_OWNER_PRONOUN = {"his": "he", "her": "she", "my": "i", "your": "you"}


def personal_speaker(body: str, clause_start: int, quote_start: int) -> tuple[int, str] | None:
    """(offset, pronoun) of whose words a quote is when the clause before it says so by a
    personal or possessive pronoun: "here are his exact words:" ("he"), "my answer was
    simple:" and "I was saying to Ann Vale," ("i"), "your phrase", "you said you were" and
    "Let me quote you:" ("you"), "I will quote him:" ("he"), "Let me quote:" with no one
    named ("one spoken of"), "we were told:" ("they answering"); else None.

    Why: speakers in transcripts and speeches quote themselves, the one they answer and the
    people they speak of without a speech verb after a name."""
    window = max(clause_start, quote_start - 120)
    owned = _POSSESSIVE_INTRO.search(body, window, quote_start)
    if owned is not None:
        return owned.start(), _OWNER_PRONOUN[owned.group("owner").lower()]
    owned = _POSSESSIVE_OF_INTRO.search(body, window, quote_start)
    if owned is not None:
        return owned.start(), _OWNER_OF_PRONOUN[owned.group("owner").lower()]
    quoted = _QUOTING_YOU.search(body, window, quote_start)
    if quoted is not None:
        return quoted.start(), "you"
    quoted = _QUOTING_HIM.search(body, window, quote_start)
    if quoted is not None:
        return quoted.start(), _SUBJECT_FORM[quoted.group("whom")]
    reported = _PERSONAL_REPORT.search(body, window, quote_start)
    if reported is not None:
        return reported.start(), (reported.group("pronoun") or reported.group("pronoun2")).lower()
    unnamed = _QUOTING_UNNAMED.search(body, window, quote_start)
    if unnamed is not None:
        return unnamed.start(), "one spoken of"
    heard = _WHAT_WE_HEARD.search(body, max(0, quote_start - 200), quote_start)
    if heard is not None:
        # "And what did we hear from our American colleague?": whom we heard it from
        if heard.group("source"):
            return heard.start("source"), "heard from"
        return heard.start(), "they answering"
    told = _TOLD_US.search(body, window, quote_start)
    if told is not None:
        return told.start(), "they answering"
    we = _WE_REPORT.search(body, window, quote_start)
    if we is not None:
        return we.start(), "we"
    return None


_CLOSING_MARK = re.compile(r"[”\"»]")


def previous_sentence_speaker(
    body: str,
    quote_start: int,
    spans: list[tuple[int, int]],
    mentions: list[Mention],
    resolve_pronoun: Callable[[str, int], tuple[str | None, str | None]] | None = None,
    written: list[tuple[int, int, str]] = (),  # type: ignore[assignment]
) -> tuple[str | None, str | None] | None:
    """The person (else the organization or country that is the subject) who reports
    speech in the sentence before a quote that opens a sentence; "he"/"she" right before
    that sentence's reporting verb is who `resolve_pronoun(pronoun, offset)` says. A
    person named as an object ("talks with Ann Vale") is not that person, a name only
    `written` is when no known one is; a sentence that opens "According to Ann Vale," or
    whose verb says someone spoke without a speech verb ("spoke about", "addressed",
    "thanked", "underscored") names its speaker too. Someone unnamed reporting speech
    there ("One of the workers said that …") is nobody: (None, None).

    Why: releases name the speaker, then quote them in the next sentence or paragraph
    ("Ann Vale stressed that ties had grown. “We will meet again soon.”")."""
    if not spans:
        return None
    index = sentence_index_of(spans, quote_start)
    s_start = spans[index][0]
    if index == 0:
        return None
    opens = _OPENS_SENTENCE.match(body, s_start, quote_start) or _bare_intro(
        body, s_start, quote_start, mentions
    )
    # (or anywhere in a sentence after one that ends by saying who spoke it: "…, Howitt
    # says. Just because scientists found “taste” receptors first, “that doesn't mean …”")
    if not opens and _ENDS_SAYING.search(body, *spans[index - 1]) is None:
        return None
    closing = _CLOSING_MARK.search(body, quote_start)
    answer = not is_question(body[quote_start : closing.start() if closing else len(body)])
    for back in range(1, _CONTEXT_SENTENCES + 1 if opens else 2):
        if index - back < 0:
            return None
        p_start, p_end = spans[index - back]
        if back == 1 and _unnamed_reporter_before(body, s_start, spans, mentions, written):
            # "One of the workers said that … “…”": someone the release does not name
            return None, None
        found = _sentence_speaker(
            body, p_start, p_end, mentions, resolve_pronoun, written, answer and back == 1
        )
        parsed = (
            _parsed_sentence_speaker(body, p_start, p_end, mentions, written) if back == 1 else None
        )
        if parsed is not None and (
            found is None or (found[0] is not None and not _is_person(found[0], mentions))
        ):
            # "Then, says Ann Vale, the bloggers found out.", "Ann Vale, deputy editor of the
            # magazine Harbour Weekly, said …": she speaks, not the body her title names
            return parsed
        if found is not None:
            return found
        if back == 1 and (titled := _titled_subject(body, p_start, p_end, mentions)) is not None:
            # "The Special Envoy spoke about grain. “…”": the one that title came with
            return titled
        # look further back only past a sentence that names no person but as an object
        # ("The report went to Ann Vale.") and quotes nothing (a body named there does not
        # speak: it would have been found)
        first, last = bisect_left(mentions, (p_start,)), bisect_left(mentions, (p_end,))
        named = [m[0] for m in mentions[first:last] if m[3] == "person"]
        named += [
            w[0] for w in written[bisect_left(written, (p_start,)) : bisect_left(written, (p_end,))]
        ]
        if _ANY_MARK.search(body, p_start, p_end) or any(
            not _OBJECT_BEFORE.search(body, max(p_start, at - 80), at) for at in named
        ):
            return None
    return None


# A sentence opened by a capitalized title as its subject, a verb after it: "The Special
# Envoy spoke about …", "The Federation Council Chairperson proposed …".
_TITLE_OPENING = re.compile(
    r"[\s“\"«]*The\s+(?P<title>(?:[A-Z][\w'’\-]*\s+){0,3}[A-Z][\w'’\-]*)\s+"
    r"(?:also\s+|then\s+|later\s+)?[a-z]{3,}(?:ed|ke|ld|id)\b"
)
_TITLED_NAME_REACH = 160


def _titled_subject(
    body: str, start: int, end: int, mentions: list[Mention]
) -> tuple[str, str] | None:
    """(actor, name) of the person a sentence at body[start:end] calls by the title it opens
    with ("The Special Envoy spoke about …"): the person named first after that title's
    last earlier use ("Special Envoy of the President of Paraguay Juan Carlos …"); None
    when the sentence opens otherwise, a mention covers the title, or no one follows it.

    Why: a release introduces a guest with a title before the name, then calls the guest by
    the title alone and quotes the guest in the next sentence."""
    opening = _TITLE_OPENING.match(body, start, end)
    if opening is None or any(
        m[0] < opening.end("title") and opening.start("title") < m[1] for m in mentions
    ):
        return None
    earlier = body.rfind(opening.group("title"), 0, start)
    if earlier < 0:
        return None
    for m_start, m_end, actor_id, _ in _persons_between(
        earlier, earlier + _TITLED_NAME_REACH, mentions
    ):
        return actor_id, body[m_start:m_end]
    return None


def _parsed_body_speaker(
    body: str, offset: int, spans: list[tuple[int, int]], mentions: list[Mention]
) -> tuple[str, str] | None:
    """(actor, name) of the organization that speaks as the main subject of the sentence
    before the one at `offset`, in its parse (`clause_subjects`); else None."""
    index = sentence_index_of(spans, offset)
    for at, to, _ in _main_speakers(body, *spans[index - 1]) if index else ():
        bodies = [
            m for m in _mentions_in(at, to, mentions) if m[3] == "organization" and m[0] >= at
        ]
        return (bodies[-1][2], body[bodies[-1][0] : bodies[-1][1]]) if bodies else None
    return None


def _parsed_sentence_speaker(
    body: str,
    start: int,
    end: int,
    mentions: list[Mention],
    written: list[tuple[int, int, str]],
) -> tuple[str | None, str | None] | None:
    """The person who speaks as the main subject of body[start:end] in its parse
    (`clause_subjects`: "Then, says Ann Vale, the bloggers found out."), outside its
    quotations; else None."""
    return next(
        (
            person
            for at, to, head in _main_speakers(body, start, end)
            if (person := _person_in(at, to, head, body, mentions, written)) is not None
        ),
        None,
    )


def _main_speakers(body: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, head word) of each subject that speaks in the main clause of
    body[start:end], in its parse (`clause_subjects`), no pronoun and outside its
    quotations."""
    for subject in clause_subjects(body[start:end]):
        if not (subject.speaks and subject.main) or subject.pronoun:
            continue
        before = body[start : start + subject.start]
        if before.count("“") > before.count("”") or before.count('"') % 2:
            continue  # (words inside a quotation)
        yield start + subject.start, start + subject.end, subject.head


# A pronoun set in a sentence as its reporter, after a comma: "…, he claimed".
_INSERTED_PRONOUN_REPORTER = re.compile(r",\s+(?:[Hh]e|[Ss]he)\s+(?:also\s+)?$")


# A sentence opening with someone unnamed who reports speech: "One of the workers, a grinder,
# told the President that …", "A young engineer who joined the plant said that …".
# Any trade's noun (`occupation_nouns`): "one dealer", "a City economist", "his agent".
_TRADES = "|".join(sorted(occupation_nouns(), key=len, reverse=True))
_UNNAMED_REPORTER = re.compile(
    r"[\s“”\"]*(?:(?:One\s+of\s+(?:the|them|his|her|their|our)\b(?:\s+[\w'’\-]+){0,3}?"
    r"|(?:An?|Another|[Oo]ne)\s+(?:[\w'’\-]+\s+){0,3}?(?:worker|student|engineer|resident|participant|"
    r"teacher|doctor|nurse|[a-z]*woman|[a-z]*man|girl|boy|veteran|volunteer|farmer|member|employee|"
    r"pensioner|mother|father|pupil|graduate|entrepreneur|fitter|welder|miner|driver|operator|"
    r"specialist|scientist|researcher|villager|soldier|serviceman|local|parent|official|diplomat|"
    r"officer|aide|executive|lawyer|analyst|witness|neighbou?r|spokesperson|source|manager"
    rf"|(?P<trade>{_TRADES})))"
    # (someone's unnamed aide or agent too: "His agent told the Times that …")
    rf"|(?:His|Her|Their)\s+(?:[a-z][\w\-]*\s+){{0,2}}?(?P<role>{_BODY_PEOPLE}|{_TRADES}))"
    r"\b[^.!?“”\"]{0,200}?\b(?P<verb>said|told|added|noted|asked|complained|explained|replied|"
    r"remarked|recalled|admitted)\b"
)


# ... or a spokesman by whose they are: "On Monday, Tony Blair's official spokesman declined"
_OWNED_SPOKESMAN_OPENING = re.compile(
    r"[\s“”\"]*(?:(?:On|In|Last|Earlier|Later|But|And)\b[^,.]{0,30},\s+)?"
    r"(?:[A-Z][\w'’\-]*\s+){0,3}[A-Z][\w'’\-]*['’]s\s+(?:[a-z]+\s+){0,2}spokes(?:man|woman|person)\b"
)


# A group the speaker phrase is in a clause about: "Our border guards who served on the
# border" (the noun phrase before "who", plural, no name).
_GROUP_WHO_BEFORE = re.compile(
    r"(?<![\w'’])(?:[Oo]ur|[Tt]he|[Mm]y|[Tt]hose|[Tt]hese)\s+(?:[a-z][\w\-]*\s+){0,2}[a-z]+s\s+"
    r"who\s+[^,.;:!?“”\"]*$"
)
# A message whose sender is only a place: "Here is a text message from Irkutsk:".
_MESSAGE_FROM_PLACE = re.compile(
    r"\b(?:an?\s+)?(?:[a-z]+\s+)?(?:message|letter|note|text|question|call|SMS)\s+from\s+(?:the\s+)?$"
)


# The last clause a conjunction opens before an offset, and a place or time opening it.
_CLAUSE_AND = re.compile(r"(?:,\s+|;\s+)(?:and|but)\s+(?=[^,;]*$)")
_LEADING_PHRASE = re.compile(r"(?:(?:at|in|on|during|after)\s+(?:the\s+)?[a-z]+\s+)")


def unnamed_clause_subject(
    body: str, sentence_start: int, s_start: int, s_end: int, mentions: list[Mention]
) -> bool:
    """Whether the speaker phrase body[s_start:s_end] before a speech verb only ends a clause
    whose subject is someone unnamed ("An elderly man I brought his insulin to told me",
    "One of the fitters, who has worked here for years, said"), a group ("Our border guards
    who served on the Afghan border told me") or a message from a place ("a text message
    from Irkutsk"), no person or body named in that clause.

    Why: the words right before a verb are its subject only when no clause ends there."""
    if _persons_between(sentence_start, s_end, mentions) or _UNNAMED_INDIVIDUAL.match(
        body, s_start, s_end
    ):
        return False  # (someone described as the whole phrase keeps the description)
    near = mentions[bisect_left(mentions, (s_start - 200,)) : bisect_left(mentions, (s_end,))]
    if any(m[1] > s_start and m[3] == "organization" for m in near):
        return False  # a body named in the phrase speaks: "The Foreign Ministry … told me"
    # (the sentence's subject, or one of a clause after "and": "…, and at the pavilion one
    # Italian businessman told me")
    conjunction = _CLAUSE_AND.search(body, sentence_start, s_start)
    for start in (sentence_start, conjunction.end() if conjunction else None):
        if start is None:
            continue
        opening = _LEADING_PHRASE.match(body, start, s_end)
        unnamed = _UNNAMED_REPORTER.match(
            body, opening.end() if opening else start, min(len(body), s_end + 40)
        )
        if unnamed is not None and unnamed.start() < s_end and unnamed.end() > s_start:
            return True
    if _GROUP_WHO_BEFORE.search(body, max(sentence_start, s_start - 120), s_start):
        return True
    return _MESSAGE_FROM_PLACE.search(body, max(sentence_start, s_start - 40), s_start) is not None


# Speech verbs in any tense, and the base forms people at large use ("they like to repeat",
# "People here say").
_ANY_SPEECH_VERB = re.compile(
    rf"(?<![\w'’])(?:{SPEECH_VERBS}|{_PRESENT_SPEECH_VERBS}|say|tell|ask|asks|write|repeat|"
    r"saying|telling|asking|writing|shouted|called\s+out|cried|exclaimed)(?![\w'’])"
)
# What may stand between a subject and its speech verb: auxiliaries, adverbs, "themselves".
_BEFORE_VERB_FILLER = re.compile(
    rf"(?:\s+(?:{_AUXILIARIES[3:-4]}|themselves|himself|herself|like\s+to|prefer\s+to|"
    r"love\s+to|tend\s+to|would|usually|sometimes|[a-z]+ly))+\s*$"
)
# A clause's opening boundary before its subject: a comma, a conjunction, a subordinator.
_SUBJECT_BOUNDARY = re.compile(
    r"(?:^|[,;–—]\s*|\s(?:and|but|so|when|while|then|after|before|because|as)\s+)(?=[^,;–—]*$)"
)
# A relative clause or apposition closing a subject: "one of the presidents, whom I will not
# name,", "a mother of seven, from Chuvashia,".
_TRAILING_ASIDE = re.compile(r",\s+(?:whom?|which|who|from|in|a|an)\b[^,]{0,80},\s*$")
# Someone described, not named, whom a pronoun after may stand for: "a mother of seven from
# Chuvashia", "My granddaughter", "an old man", "one of the nurses".
_UNNAMED_ANTECEDENT = re.compile(
    r"(?<![\w'’])(?P<det>[Aa]n?|[Mm]y|[Oo]ur|[Oo]ne\s+of\s+(?:the|our|my))\s+"
    r"(?:[a-z][\w\-]*\s+){0,2}?"
    rf"(?P<noun>{_DESCRIBED_NOUN}|granddaughter|grandson|grandma|grandpa|"
    r"sister|brother|lawyers|colleagues|[a-z]+(?:wo)?man)(?P<plural>s)?(?![\w'’])"
)
_OF_A_PLACE_AFTER = re.compile(r"\s+(?:in|from)\s+(?:the\s+)?[A-Z]")
_FEMALE_NOUNS = re.compile(
    r"woman|girl|mother|grandmother|grandma|daughter|granddaughter|"
    r"sister|wife|schoolgirl|nurse"
)
_MALE_NOUNS = re.compile(
    r"(?<!wo)man|boy|father|grandfather|grandpa|son|grandson|brother|"
    r"husband|schoolboy"
)


def _stands_for_unnamed(
    body: str, pronoun: str, pronoun_at: int, previous_start: int, mentions: list[Mention]
) -> bool:
    """Whether "he"/"she"/"they" as a speaker stands for someone described and named
    nowhere in its sentence or the one before ("a letter from a mother of seven. She
    wrote:", "My granddaughter is six, and every evening she asks:"): the last description
    of a person there agrees with the pronoun and no person is named in those sentences.

    Why: the name a pronoun would reach back to lies before the one described."""
    if _persons_between(previous_start, pronoun_at, mentions):
        return False
    last = _last_match(_UNNAMED_ANTECEDENT, body, previous_start, pronoun_at)
    if last is None:
        return False
    opened = body[previous_start : last.start()]
    if (
        opened.count("“") > opened.count("”")
        or _ANY_MARK.search(body, last.end(), pronoun_at)
        or _BE_BEFORE.search(body, max(0, last.start() - 12), last.start())
        or re.match(r"\s+as\s*$", body[max(0, last.start() - 4) : last.start()])
    ):
        return False  # a description inside a quote, or said of someone ("he was a friend")
    noun = last.group("noun")
    plural = bool(last.group("plural")) or noun.endswith("s")
    if pronoun == "they":
        # ("our colleagues in the United States … they told us": that country's)
        return bool(plural) and not _OF_A_PLACE_AFTER.match(body, last.end())
    if plural:
        return False
    gender_of = (
        "she" if _FEMALE_NOUNS.fullmatch(noun) else "he" if _MALE_NOUNS.fullmatch(noun) else None
    )
    return gender_of in (None, pronoun)


# A place "they" are in, people at large there: "in Europe these days", "in some European
# capitals", "In Washington".
_IN_A_PLACE = re.compile(
    r"(?<![\w'’])[Ii]n\s+(?:some\s+|many\s+|most\s+|certain\s+)?(?:[A-Z][\w'’\-]*\s*)+"
    r"(?:[a-z]+\s+)?"
)


def _they_at_large_in_a_place(
    body: str, clause_start: int, pronoun_at: int, previous_start: int, mentions: list[Mention]
) -> bool:
    """Whether "they" speaking stands for people at large in a place its clause names ("in
    Europe these days they like to repeat:", "in some European capitals, they prefer to
    say:"): no one described or named before it for "they" to stand for.

    Why: the place is where people say it, not who says it."""
    place = _IN_A_PLACE.search(body, clause_start, pronoun_at)
    if place is None or _UNNAMED_ANTECEDENT.search(body, previous_start, pronoun_at):
        return False
    named = mentions[
        bisect_left(mentions, (previous_start,)) : bisect_left(mentions, (pronoun_at,))
    ]
    return not any(
        m[3] in ("person", "organization", "group") and not place.start() <= m[0] < place.end()
        for m in named
    )


# Adverbs that may open a clause before its subject: "Then her husband added".
_OPENING_ADVERB = re.compile(
    r"^\s*(?:(?:[Tt]hen|[Ll]ater|[Nn]ow|[Oo]nce|[Ss]o|[Aa]nd|[Bb]ut|[Aa]lso)\s+)+"
)
# Determiners that make the subject someone unnamed: "a mother of five", "another
# participant", "one of the miners", "some colleagues", "several residents".
_UNNAMED_DETERMINERS = frozenset(
    ["a", "an", "another", "one", "some", "several", "many", "someone", "somebody", "people"]
)
# The head of a subject ends where a phrase of place or belonging begins: "Truck drivers at
# the Pogranichny crossing", "the head of one district".
_HEAD_END = re.compile(r"\s+(?:at|in|from|on|near|of|with|who|whom|that)\s")
# Those a speaker calls by their tie to them: "my father", "our lawyers" (`_OWN_RELATIVE`).
_KIN_NOUNS = frozenset(_RELATIVES) | frozenset(
    ["grandma", "grandpa", "mum", "mom", "dad", "kids", "neighbour", "neighbor", "neighbours",
     "lawyers", "colleagues", "friends"]
)  # fmt: skip
_SUBJECT_PRONOUNS = frozenset(["i", "we", "you", "he", "she", "they", "it"])
# Groups of people at large that may open a sentence alone: "Observers say", "Critics say".
_GROUPS_AT_LARGE = frozenset(
    ["observers", "experts", "analysts", "critics", "officials", "politicians", "diplomats",
     "residents", "locals", "commentators", "economists", "sceptics", "skeptics"]
)  # fmt: skip


def _previous_sentence_start(spans: list[tuple[int, int]], index: int) -> int | None:
    """Where the sentence before sentence `index` starts, or None for the first."""
    return spans[index - 1][0] if spans and index > 0 else None


def unnamed_speech_subject(
    body: str,
    clause_start: int,
    quote_start: int,
    previous_start: int | None = None,
    mentions: list[Mention] = (),  # type: ignore[assignment]
) -> bool:
    """Whether the sentence that introduces a quote with a colon ("…, a mother of five once
    told me during a visit:", "British officials told us:", "My father always said:") has
    as its speech verb's subject someone no name is given: an indefinite phrase ("a", "one
    of", "some"), a plural of common nouns ("truck drivers at the crossing", "our
    lawyers"), a head of something indefinite ("the head of one district") or a relative
    called by the tie ("my grandmother") with no name in the phrase.

    Why: such a speaker is nobody a reader could name; the nearest name (a place in the
    opening phrase, the person speaking the turn) is not theirs."""
    text = body[clause_start:quote_start].rstrip(' \t\r\n“"«')
    verb = _last_match(_ANY_SPEECH_VERB, text, 0, len(text))
    if verb is None or re.search(r"[.!?“”\"]", text[verb.end() : -1]):
        return False
    if _BE_BEFORE.search(text, 0, verb.start()):
        return False  # "The company said it was informed that …": told, not speaking
    # (a colon, or the clause the verb reports: "say that the troops “…”")
    if len(text) - verb.end() > (90 if text.endswith(":") else 60):
        return False
    before = text[: verb.start()]
    filler = _BEFORE_VERB_FILLER.search(before)
    if filler is not None:
        before = before[: filler.start()]
    aside = _TRAILING_ASIDE.search(before)
    if aside is not None:
        before = before[: aside.start()]
    boundary = _last_match(_SUBJECT_BOUNDARY, before, 0, len(before))
    subject = before[boundary.end() :] if boundary is not None else before
    subject = _OPENING_ADVERB.sub("", subject)
    words = subject.split()
    if words and words[-1].lower() in ("he", "she", "they"):
        # ("and every evening she asks:")
        pronoun_at = clause_start + len(before.rstrip()) - len(words[-1])
        if words[-1].lower() == "they" and _they_at_large_in_a_place(
            body, clause_start, pronoun_at, previous_start or clause_start, mentions
        ):
            return True
        return _stands_for_unnamed(
            body, words[-1].lower(), pronoun_at, previous_start or clause_start, mentions
        )
    if not words or len(words) > 8 or _PERSON_WORD.search(subject):
        return False  # (a clause inside: "a sentence that I would ask you to remember:")
    head_end = _HEAD_END.search(subject)
    head = (subject[: head_end.start()] if head_end else subject).split()
    rest = subject[head_end.start() :] if head_end else ""
    first = head[0].lower() if head else ""
    if any(w[:1].isupper() for w in head[1:]) or first in _SUBJECT_PRONOUNS:
        return False  # a name or a title in the head ("the Bank of Russia Governor")
    if not head or not re.fullmatch(r"[A-Za-z][\w'’\-]*", head[0]):
        return False
    if first in _UNNAMED_DETERMINERS:
        return True
    if re.match(r"\s+of\s+(?:one|a|an|some)\s", rest):
        return True  # "the head of one district"
    last = head[-1].lower()
    if first in ("my", "our") and last in _KIN_NOUNS and len(head) <= 3 and "dear" not in head:
        # ("my dear brother", a leader's address to another: `_other_principal`)
        # (unless the tie was given a name before: "our youngest, Polina,")
        named_tie = re.compile(rf"\b{re.escape(head[-1])},\s+[A-Z]", re.I)
        return named_tie.search(body, max(0, clause_start - 2000), clause_start) is None
    if last in ("authorities", "government", "side", "leadership", "media") or (
        len(head) == 1 and _BODY_SPEAKER.match(f" {last}")
    ):
        # a body called by its noun ("officials said" after "The Kremlin …"), whom
        # `_unnamed_speaker` finds named before
        return False
    # "truck drivers", "our lawyers", "British officials" (a lone capitalized word ending in
    # -s may be a name: "Reuters", "Carlos")
    return (
        _PLURAL.search(last) is not None
        and not last.endswith("ss")
        and (len(head) > 1 or head[0].islower() or last in _GROUPS_AT_LARGE)
    )


# One sentence of background in the past perfect: "Ann Vale had reported on the metro
# earlier.", "Foreign Ministers Ann Vale and Tom Reyes had discussed it the week before."
_BACKGROUND_SENTENCE = re.compile(
    r"\s*[A-Z][^.!?“”\"]{0,160}?\bhad\s+(?:(?:already|earlier|also|previously)\s+)?"
    r"(?:spoken|reported|mentioned|submitted|discussed|raised|noted|told|proposed|presented|"
    r"informed|briefed|written|sent|described|outlined|asked)\b[^.!?“”\"]{0,200}[.!?]\s*$"
)


def _background_between(body: str, attribution_end: int, quote_start: int) -> bool:
    """Whether all that stands between a quotation's attribution and the next quotation is
    one sentence of background in the past perfect (`_BACKGROUND_SENTENCE`).

    Why: a release breaks one speaker's words with a reminder of what someone else had
    said before; the next quotation is still the first speaker's."""
    between = body[attribution_end:quote_start]
    if not 20 <= len(between) <= 400:
        return False
    return _BACKGROUND_SENTENCE.fullmatch(between.lstrip(" .,")) is not None


# "I asked", "I raised this with", "I put the question to": the speaker asking someone ("we
# raised it with NATO" asks a body: `_body_antecedent`).
_I_ASKED = re.compile(
    r"\bI\s+(?:[a-z]+\s+){0,2}?(?:asked|raised|put\s+(?:the|this|a)\s+question|"
    r"posed|inquired)\b"
)


def _person_i_asked(
    offset: int, body: str, spans: list[tuple[int, int]], mentions: list[Mention]
) -> str | None:
    """The person a sentence of the last three before `offset` says "I" asked ("I raised
    this issue with my American colleague … I asked directly whether …"), named in one of
    those sentences; else None.

    Why: "And the answer was:" after the speaker's own question is the answer of the one
    asked, a person, not of the state the question was about."""
    index = sentence_index_of(spans, offset)
    window = spans[max(0, index - 2)][0]
    if not any(_I_ASKED.search(body, *spans[i]) for i in range(max(0, index - 2), index + 1)):
        return None
    # (not a transcript's label: the speaker who asks)
    people = [
        m for m in _persons_between(window, offset, mentions) if not body.startswith(":", m[1])
    ]
    return people[-1][2] if people else None


def _body_antecedent(
    offset: int,
    body: str,
    spans: list[tuple[int, int]],
    mentions: list[Mention],
    quote_spans: list[tuple[int, int]],
) -> tuple[str | None, str | None] | None:
    """The organization or country "they" at `offset` answers for: the first one its own
    sentence names before it ("When we made this proposal to the European Union, the answer
    was:"), else the first one of the last sentence before that names one ("The reply of
    the United States was handed to our Foreign Ministry. Their answer was:"); None when no
    sentence of the last three names one.

    Why: a speaker reporting what other states answered names them in the clause that asks,
    the answer's own clause saying only "we were told"."""
    index = sentence_index_of(spans, offset)
    for back in range(0, 4):
        if index - back < 0:
            return None
        s_start, s_end = spans[index - back]
        found = _first_body_between(
            body, s_start, offset if back == 0 else s_end, mentions, quote_spans
        )
        if found is not None:
            return found, None
    return None


# "our Foreign Ministry", "its own government": no other body that answers us
_OWN_BEFORE = re.compile(r"\b(?:our|my|own)\s+$")


def _first_body_between(
    body: str, start: int, end: int, mentions: list[Mention], quote_spans: list[tuple[int, int]]
) -> str | None:
    """The first organization or country named in body[start:end] outside quotations and
    not as our own, else None."""
    for m in mentions[bisect_left(mentions, (start,)) : bisect_left(mentions, (end,))]:
        if (
            m[3] in ("organization", "country")
            and m[1] <= end
            and not any(q0 <= m[0] < q1 for q0, q1 in quote_spans)
            and not _OWN_BEFORE.search(body, max(0, m[0] - 6), m[0])
            # ("onto the table of five Italian guests - causing the fight, they said": an
            # adjective before people, no body that speaks)
            and not _country_adjective_of_a_noun(body, m)
        ):
            return m[2]
    return None


_LOWERCASE_WORD_AFTER = re.compile(r"\s+[a-z]")
# A preposition of place right before a name: "in Fiji", "to Spain".
_PLACE_PREPOSITION_BEFORE = re.compile(r"(?<![\w'’])(?:in|into|to|from|at|near)\s+$")


def _country_adjective_of_a_noun(body: str, mention: Mention) -> bool:
    """Whether a country's mention is its adjective before a lowercase word ("five Italian
    guests", "the German chip maker") or its short name in capitals before a singular noun
    ("The US tycoon"): people or a thing of the country, not the country that a pronoun
    after it could stand for."""
    if mention[3] != "country":
        return False
    if body[mention[0] : mention[1]] == demonyms().get(mention[2]):
        return _LOWERCASE_WORD_AFTER.match(body, mention[1]) is not None
    # ("The US tycoon … it has confirmed": a short name before a singular noun qualifies it)
    after = _NEXT_WORD.match(body, mention[1])
    return (
        after is not None
        and body[mention[0] : mention[1]].isupper()
        and not after.group(1).endswith("s")
        and after.group(1) not in _AUXILIARY_WORDS
        and is_known_noun(after.group(1))
    )


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_AUXILIARY_WORDS = frozenset(
    {"will", "would", "can", "could", "may", "might", "must", "shall", "should", "had", "did"}
)


def _unnamed_reporter_before(
    body: str,
    s_start: int,
    spans: list[tuple[int, int]],
    mentions: list[Mention],
    written: list[tuple[int, int, str]],
    pronoun: str | None = None,
) -> bool:
    """Whether the sentence before the one opening at `s_start` opens with someone unnamed
    reporting speech ("One of the workers told the President that …"), no name given them
    ("One of them, Ann Vale, said" names her). With the `pronoun` of the quotation, the
    sentences it opens as their subject carry the look back ("A spokesman for the union
    said … He said the offer was poor. “…,” he said")."""
    index = sentence_index_of(spans, s_start)
    for _ in range(_REPORTER_SENTENCES):
        if index == 0 or not pronoun or not _opened_by_pronoun(body, spans[index - 1][0], pronoun):
            break
        index -= 1
    if index == 0:
        return False
    p_start, p_end = spans[index - 1]
    owned = _OWNED_SPOKESMAN_OPENING.match(body, p_start, p_end)
    if owned is not None:
        # "Tony Blair's official spokesman declined to say whether the prime minister (Tony
        # Blair again) backed it. He said:": the spokesman, unless someone else comes in
        owners = {m[2] for m in _persons_between(p_start, owned.end(), mentions)}
        if all(m[2] in owners for m in _persons_between(owned.end(), p_end, mentions)):
            return True
    unnamed = _UNNAMED_REPORTER.match(body, p_start, p_end)
    if unnamed is None or (unnamed.group("trade") and unnamed.group("verb") == "asked"):
        # "A journalist from the Rossiya channel asked the President …": his answer follows
        return False
    if unnamed.group("role") and _role_introductions(unnamed.group("role"))[1].search(
        body, 0, p_start
    ):
        # "his agent" named before ("agent Ann Vale", "Ann Vale, his agent") is no one unnamed
        return False
    return not _persons_between(p_start, unnamed.end(), mentions) and bisect_left(
        written, (p_start,)
    ) == bisect_left(written, (unnamed.end(),))


# Speech of someone unnamed whom the text calls by a role: "said a Sun spokesman", "the
# spokeswoman said", "an official of the ministry told reporters".
# (and any trade: "one dealer", "a City economist")
_UNNAMED_ROLE_NOUNS = (
    rf"(?P<noun>{_BODY_PEOPLE}|executive|analyst|trader|lawyer|attorney|investigator|negotiator"
    rf"|{_TRADES})"
)
# (verbs an unnamed one reports with, before what they said: "a spokeswoman insisted …")
_UNNAMED_REPORTS = (
    r"(?:said|says|told|added|insisted|stressed|explained|confirmed|denied|argued|warned|"
    r"claimed|replied|responded|noted|admitted|rejected)"
)
# (the first of them after a subject, `_named_beside`)
_REPORT_AFTER = re.compile(rf"\b(?:{_UNNAMED_REPORTS}|asked|wrote|announced|urged)\b")
_UNNAMED_ATTRIBUTION = re.compile(
    rf"\b(?:said|says|told|added)\s+(?P<article>an?|the|one|another)\s+(?:[\w'’.\-]+\s+){{0,3}}?"
    rf"{_UNNAMED_ROLE_NOUNS}\b"
    # (someone's aide is as unnamed as "an aide": "President Vale's chief aide said")
    rf"|\b(?P<article2>[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[A-Z][\w.\-]*['’]s)\s+"
    # (a body's long name may come first: "A Department for Education and Skills spokeswoman")
    rf"(?:[\w'’.\-]+\s+){{0,3}}?(?:(?:for|of|and|&)\s+[A-Z][\w'’.\-]*\s+){{0,3}}"
    rf"{_UNNAMED_ROLE_NOUNS.replace('noun', 'noun2')}(?:\s+(?:for|of|at|in|from|with)\s+[^,.;“”\"]{{1,60}}?)?"
    # ("one dealer, who asked not to be named, told Reuters")
    rf"(?:,\s+who\s+[^,.;“”\"]{{1,60}},)?"
    rf",?\s+(?:also\s+)?{_UNNAMED_REPORTS}\b"
)
_GENDERED_ROLE = {"spokesman": "he", "spokeswoman": "she"}


@cache
def _role_introductions(noun: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Patterns of a role noun introduced without a name ("an IBM spokeswoman") and with one
    ("spokesman Ann Vale", "Ann Vale, a spokesman")."""
    introduced = re.compile(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w'’.\-]+\s+){{0,3}}?{noun}\b")
    named = re.compile(
        rf"(?i:{noun})\s+{_NAME}|{_NAME},\s+(?:an?|the)\s+(?:[\w'’.\-]+\s+){{0,3}}?{noun}\b"
    )
    return introduced, named


def _unnamed_speaker_before(
    body: str,
    pronoun: str,
    offset: int,
    s_start: int,
    mentions: list[Mention],
    spans: list[tuple[int, int]],
    written: list[tuple[int, int, str]],
) -> bool:
    """Whether the last speech reported between `s_start` (the sentence before the
    pronoun's) and the pronoun at `offset` is that of someone unnamed called by a role of
    the pronoun's gender ("“…,” said a Sun spokesman. … “…,” he said"), nobody named after
    it, and, for "the spokesman", one introduced as "a spokesman" before and nobody named with
    that role.

    Why: "he" continues the speaker of the speech just reported, whom the text never named;
    the person named before that is someone else."""
    attributions = list(_UNNAMED_ATTRIBUTION.finditer(body, s_start, offset))
    found = attributions[-1] if attributions else None
    if found is None:
        return False
    # (one named in what they said is not named after them: "a spokeswoman insisted Ann Vale
    # had meant adults. “…,” she said")
    said_end = spans[sentence_index_of(spans, found.end())][1]
    if _persons_between(min(said_end, offset), offset, mentions):
        return False
    # "Marco Villa, the company's chief operating officer, said": an apposition names them
    # (by a name only written too: "Laureate Ann Vale, a chemist from Omsk, told")
    clause = max(s_start, body.rfind(". ", 0, found.start()), body.rfind("\n", 0, found.start()))
    if _persons_between(clause, found.start(), mentions) or bisect_left(
        written, (clause,)
    ) < bisect_left(written, (found.start(),)):
        return False
    noun = found.group("noun") or found.group("noun2")
    if _GENDERED_ROLE.get(noun, pronoun) != pronoun:
        return False
    article = (found.group("article") or found.group("article2")).lower()
    if article != "the":
        return True
    # "the spokeswoman" is one introduced as "an IBM spokeswoman", not one named with the
    # role ("White House spokesman Ann Vale", "Ann Vale, a spokesman"; "the aide" after
    # "Presidential Aide Ann Vale")
    introduced, named = _role_introductions(noun)
    return (
        introduced.search(body, 0, found.start()) is not None
        and named.search(body, 0, found.start()) is None
    )


# A sentence whose subject is a text quoted for its wording: "Clause 4 states otherwise.",
# "The treaty reads".
_TEXT_SUBJECT = re.compile(
    r"[\s“\"«‘']*(?:(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+)?(?:[\w'’\-]+\s+){0,3}?(?P<noun>[A-Za-z]+)"
    r"(?:\s+[\dIVX][\d.IVX]*)?\s+(?:says|said|reads|read|states|stated|stipulates|provides)\b"
)


def legal_text_before(body: str, offset: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the sentence before the one at `offset` has a law, a treaty or one of their
    articles for its subject ("Clause 4 states otherwise."): "It says" next is that
    text's wording, nobody's speech."""
    if not spans:
        return False
    index = sentence_index_of(spans, offset)
    if index == 0:
        return False
    found = _TEXT_SUBJECT.match(body, *spans[index - 1])
    return found is not None and found.group("noun").lower() in _LEGAL_TEXTS


# A quote that asks: its words end with a question mark.
_QUESTION_END = re.compile(r"\?[\s”\"»’']*$")
# "X was asked whether …": X is asked, the question is someone else's ("… by Ann Vale").
_ASKED_PASSIVE = re.compile(
    r"\b(?:was|were|is|are|being|been)\s+(?:also\s+|then\s+|later\s+|[a-z]+ly\s+)?asked\b"
    r"(?P<by>\s+by\s+)?"
)
# How far back the quotes of one exchange of questions and answers may reach.
_EXCHANGE_CHARS = 1200
# A quote of an exchange: start, end of the quote or of its attribution after it, speaker
# (actor, text), whether it asks.
Turn = tuple[int, int, tuple[str | None, str | None], bool]


def is_question(quote: str) -> bool:
    """Whether a quote's words ask ("And next week?")."""
    return _QUESTION_END.search(quote.rstrip(" ,")) is not None


def _who(speaker: tuple[str | None, str | None]) -> str | None:
    """A speaker's identity for comparing turns: the actor, else the text."""
    return speaker[0] or speaker[1]


def _goes_on_in_its_paragraph(body: str, window: list[Turn], quote_start: int) -> bool:
    """Whether a quote right after someone's question (the last turn of `window`) is that
    person going on: the text has paragraphs, the question and the quote share one that no
    exchange opened before the question, and the asker is no "I" or "we" of an interview
    ("“How many will be left?” he asked. “Nothing stops them.”": a new speaker would open
    a new paragraph)."""
    question = window[-1]
    paragraph = body.rfind("\n", 0, question[0]) + 1
    return (
        "\n" in body
        and "\n" not in body[question[0] : quote_start]
        and (question[2][1] or "").lower() not in ("i", "we")
        and not any(paragraph <= turn[0] for turn in window[:-1])
    )


def exchange_turn(
    body: str,
    quote_start: int,
    quote: str,
    history: list[Turn],
    spans: list[tuple[int, int]],
    mentions: list[Mention],
) -> tuple[str | None, str | None] | None:
    """The speaker of an unattributed quote in an exchange of questions and answers: right
    after a question (nothing but its attribution between), an answer is the other party's,
    the one who spoke before the asker; right after an answer, a question is the asker's of
    the exchange (the last one who asked someone else), (None, None) when unnamed. A
    question right after a sentence saying someone "was asked" is the asker's, not theirs.
    None when no such exchange tells.

    Why: interviews and briefings alternate question and answer with one attribution for
    a pair; carrying the last speaker on gives the answer to the one who asked."""
    asks = is_question(quote)
    window = [t for t in history if t[0] >= quote_start - _EXCHANGE_CHARS]
    if window and not body[window[-1][1] : quote_start].strip(" \t\r\n.,;:–—"):
        last = window[-1]
        if last[3] and not asks and _goes_on_in_its_paragraph(body, window, quote_start):
            return None
        if last[3] and not asks:
            for turn in reversed(window[:-1]):
                if _who(turn[2]) != _who(last[2]) and _who(turn[2]) is not None:
                    return turn[2]
        elif asks and not last[3]:
            for turn in reversed(window[:-1]):
                if turn[3] and _who(turn[2]) != _who(last[2]):
                    return turn[2]
    if asks and spans:
        index = sentence_index_of(spans, quote_start)
        start = spans[max(0, index - 1)][0]
        passive = _last_match(_ASKED_PASSIVE, body, start, quote_start)
        if passive is not None:
            if passive.group("by"):
                asker = _speaker_actor(passive.end(), passive.end() + 60, mentions, True)
                if asker is not None:
                    return asker, None
            return None, None
    return None


# A sentence right after a quote standing alone that says whose it was: "Those words,
# spoken by Ann Vale …", "So said Ann Vale …", "That was how Ann Vale described …", "This
# was stated by Ann Vale", "These words of Ann Vale …", "Ann Vale said this …".
_NEXT_SENTENCE_ATTRIBUTION = re.compile(
    r"[\s”\"».]*(?:(?:Those|These|The|Such)\s+(?:[a-z]+\s+)?(?:words|remarks|comments?)\b"
    r"[^.!?“”\"]{0,40}?\b(?:spoken|said|uttered|made|written|delivered|posted)\s+by\s+"
    r"|(?:So|Thus)\s+(?:said|says|wrote|writes|spoke)\s+"
    # "The words came from Ann Vale, a shopkeeper"
    r"|(?:The|Those|These)\s+(?:[a-z]+\s+)?(?:words|remarks|comments?)\s+came\s+from\s+"
    r"|(?:That|This)\s+(?:was|is)\s+(?:how|what)\s+"
    # "This was stated by Ann Vale", "This was announced on Monday by …"
    r"|(?:That|This)\s+(?:was|is|has\s+been)\s+(?:stated|said|announced|declared|noted|"
    r"reported|stressed|emphasi[sz]ed|written|posted)\s+(?:[^.!?“”\"]{0,40}?\s)?by\s+"
    # "These words of Ann Vale were met with applause", "With these words Ann Vale closed"
    r"|(?:Those|These|Such)\s+(?:[a-z]+\s+)?(?:words|remarks|comments?)\s+(?:of|from)\s+"
    r"|With\s+(?:these|those|such)\s+(?:[a-z]+\s+)?words,?\s+"
    # "Ann Vale said this on Monday": the name before the verb that points back
    r"|(?=(?P<lead>(?:[A-Z][\w'’\-]+\s+){1,4})(?:said|wrote|stated|declared)\s+"
    r"(?:this|these\s+words|so)\b))"
)
_NEXT_SENTENCE_REACH = 120
# A quote opening its sentence, perhaps after the dateline ("BRUSSELS (Wire) – “…”").
_OPENS_AFTER_DATELINE = re.compile(r"(?:[A-Z][^\n–—.“”\"]{0,40}[–—]\s*)?[\s“\"«‘']*$")


def next_sentence_speaker(
    body: str,
    quote_start: int,
    quote_end: int,
    spans: list[tuple[int, int]],
    mentions: list[Mention],
    written: list[tuple[int, int, str]],
) -> tuple[str | None, str | None] | None:
    """The speaker the sentence right after a quote that stands as a sentence of its own
    names ("“…” Those words, spoken by Ann Vale on Monday, …"): the first person named
    after the words that point back; None when no such sentence follows.

    Why: news opens with a quote and names its speaker only in the next sentence."""
    if not spans:
        return None
    index = sentence_index_of(spans, quote_start)
    if _OPENS_AFTER_DATELINE.match(body, spans[index][0], quote_start) is None:
        return None
    found = _NEXT_SENTENCE_ATTRIBUTION.match(body, quote_end)
    if found is None:
        return None
    if found.group("lead"):
        return _named_subject(
            body, found.start("lead"), found.end("lead"), mentions, written, objects=True
        )
    end = min(len(body), found.end() + _NEXT_SENTENCE_REACH)
    stop = re.compile(r"[.!?](?:\s|$)").search(body, found.end(), end)
    return _named_subject(
        body, found.end(), stop.start() if stop else end, mentions, written, objects=True
    )


def follows_attribution(
    body: str,
    quote_start: int,
    spans: list[tuple[int, int]],
    attribution_end: int,
) -> bool:
    """Whether a quote that opens its sentence comes right after the sentence that ended
    with the attribution of the quote before it (`attribution_end`), a paragraph break
    perhaps between, and no other speech reported after that attribution ("“…,” said Ann
    Vale, an analyst at Vale Partners. “…”"; not "“…,” said Ann Vale, who called it …").

    Why: news writes a speaker's next sentences as quotes of their own; the sentence before
    holds the first quote, so its subject is no guide (a name inside the quote is not)."""
    if not spans:
        return False
    index = sentence_index_of(spans, quote_start)
    return (
        index > 0
        and _OPENS_SENTENCE.match(body, spans[index][0], quote_start) is not None
        and sentence_index_of(spans, max(0, attribution_end - 1)) == index - 1
        and _REPORTING_VERB.search(body, attribution_end, quote_start) is None
    )


def outside_quotations(items: list[_Spanned], quoted: list[tuple[int, int]]) -> list[_Spanned]:
    """The mentions or written names (sorted by start) that start outside every quotation
    span of `quoted` (sorted, not overlapping)."""
    starts = [start for start, _ in quoted]
    kept = []
    for item in items:
        at = bisect_left(starts, item[0] + 1) - 1
        if at < 0 or item[0] >= quoted[at][1]:
            kept.append(item)
    return kept


# A quote's own sentence introducing it by a colon ("Ann Vale commented on the talks:"), and
# "he"/"she" opening a sentence, an opening phrase perhaps before it ("Later, he thanked").
_COLON_BEFORE = re.compile(r":\s*[“\"«]?\s*$")
# (a dash introduces a quote as a colon does: "Trump also embraced waterboarding -- “I think
# …”")
_COLON_OR_DASH_BEFORE = re.compile(r"(?::|\s(?:--|—|–))\s*[“\"«]?\s*$")
_OPENING_PRONOUN = re.compile(
    r"[\s“\"«‘']*(?:[A-Z][^,.!?;:“”\"]{0,80},\s+)?(?P<pronoun>[Hh]e|[Ss]he)\s+(?![\w'’]+ing\b)"
)


# What may come before a clause's subject named at its opening: a description and a comma
# ("Her Latvian counterpart, Ann Vale, was"), a fronted phrase ("At the end of the meeting,
# the Head of State"), or title words ("Foreign Minister Ann Vale"). A dateline may open the
# text's first sentence ("KYIV (Wire) – ").
_BEFORE_OPENING_SUBJECT = re.compile(
    r"(?:[A-Z][^\n–—.]{0,40}[–—]\s+)?[\s“\"«]*(?:[\w'’\-]+\s+){0,7}(?:[\w'’\-]+,\s+(?:[Tt]he\s+)?)?"
)
# Words of the one who speaks or is spoken to: a clause with them is no third person's intro
# ("let me quote:", "Mr President, as you said:").
# ("me" or "us" after "to" or "for" is no subject: "Ann Vale summed it up for me:"; nor
# "our" after "of": "One of our volunteers, Ann Vale, sent it to us:")
_FIRST_OR_SECOND_PERSON = re.compile(
    r"(?<![\w'’])(?:I|my|we|(?<!of\s)our|you|your|(?<!to\s)(?<!for\s)(?:me|us))(?![\w'’])", re.I
)


def _opening_subject(
    body: str,
    start: int,
    end: int,
    quote_start: int,
    mentions: list[Mention],
    written: list[tuple[int, int, str]],
) -> tuple[str | None, str | None] | None:
    """The person named as the subject at the opening of the clause body[start:end] that
    introduces a quote at `quote_start` without a speech verb: named within its first
    words, not as an object, not called (a vocative), the clause free of quotation marks
    and of "I"/"we"/"you" (but for the writer's aside: "As we've noted, "); else None."""
    aside = _WRITERS_ASIDE.match(body, start, quote_start) or _FRONTED_CLAUSE.match(
        body, start, quote_start
    )
    if aside is not None:
        # ("When Trump suggested that …, Rubio fired back forcefully:": Rubio's)
        start = aside.end()
    clause = body[start:quote_start]
    if (
        _ANY_MARK.search(clause)
        or _FIRST_OR_SECOND_PERSON.search(clause)
        or _VOCATIVE_OPENING.match(clause.lstrip(' “"«'))
    ):
        return None
    authored = _AUTHORED_TEXT.match(body, start + len(clause) - len(clause.lstrip()), end)
    if authored is None:
        authored = _AUTHORED_OPENING.match(body, start, end)
    if authored is not None:
        # "A study by the Centre for Economic Research concluded that “…”": its author's
        author = authored.group("author")
        at = authored.start("author")
        return _speaker_actor(at, at + len(author), mentions), author
    found = _named_subject(body, start, end, mentions, written)
    if found is None:
        return None
    at = body.find(found[1], start, end) if found[1] else -1
    return found if at >= 0 and _BEFORE_OPENING_SUBJECT.fullmatch(body, start, at) else None


def _last_match(pattern: re.Pattern[str], body: str, start: int, end: int) -> re.Match[str] | None:
    """The last match of `pattern` in body[start:end], or None."""
    matches = list(pattern.finditer(body, start, end))
    return matches[-1] if matches else None


def intro_speaker(
    body: str,
    quote_start: int,
    spans: list[tuple[int, int]],
    mentions: list[Mention],
    resolve_pronoun: Callable[[str, int], tuple[str | None, str | None]],
    written: list[tuple[int, int, str]] = (),  # type: ignore[assignment]
) -> tuple[str | None, str | None] | None:
    """Who speaks by the words before a quote in its own sentence when no speech verb next
    to the quote says it: the subject of a sentence that introduces the quote with a colon
    ("Ann Vale commented on the talks: “…”", the way `previous_sentence_speaker` reads a
    sentence), or "he"/"she" opening the sentence when a reporting verb comes later ("He
    thanked Tom Reyes for the visit and said the talks were “…”"); else None.

    Why: releases put the speaker and the quote in one sentence with a verb that is no
    speech verb, or with the subject far from the verb that reports the quote."""
    if not spans:
        return None
    s_start = spans[sentence_index_of(spans, quote_start)][0]
    if s_start >= quote_start:
        return None
    opening = _OPENING_PRONOUN.match(body, s_start, quote_start)
    if _COLON_OR_DASH_BEFORE.search(body, max(s_start, quote_start - 6), quote_start):
        found = _sentence_speaker(body, s_start, quote_start, mentions, resolve_pronoun, written)
        if opening is not None and (
            found is None or not found[1] or body.find(found[1], s_start) < opening.start("pronoun")
        ):
            # "Speaking about the Games, he criticised …:", "Asked about it, she was brief:":
            # the pronoun is the subject, not a name in the phrase that opens the sentence
            actor_id, name = resolve_pronoun(
                opening.group("pronoun").lower(), opening.start("pronoun")
            )
            if actor_id is not None or name:
                return actor_id, name
        if found is None:
            # "Zelensky tweeted after the call:", "Her counterpart, Ann Vale, was more
            # careful:": a colon ending a clause with no speech verb introduces its subject
            found = _opening_subject(body, s_start, quote_start, quote_start, mentions, written)
        if found is not None:
            return found
    elif (verb := _last_verb(_INTRODUCING_VERB, body, s_start, quote_start)) is not None:
        # "Lavrov thanked his host for “…”": the subject of the verb that introduces it
        found = _opening_subject(body, s_start, verb.start(), quote_start, mentions, written)
        if found is not None:
            return found
    if opening is not None and _REPORTING_VERB.search(body, opening.end(), quote_start):
        actor_id, name = resolve_pronoun(opening.group("pronoun").lower(), opening.start("pronoun"))
        if actor_id is not None or name:
            return actor_id, name
    return None


def _bare_intro(body: str, start: int, quote_start: int, mentions: list[Mention]) -> bool:
    """Whether the words before a quote in its sentence only introduce it, naming nobody:
    "In particular:", "Quote:", "Its key points are as follows:", or a few words of
    transition ("Even so, “…”", "For now, “…”")."""
    intro = body[start:quote_start].rstrip(' \t\r\n“"«')  # the quote may open the next line
    first, last = bisect_left(mentions, (start,)), bisect_left(mentions, (quote_start,))
    return (
        (intro.endswith(":") or (intro.endswith(",") and len(intro.split()) <= 3))
        and len(intro) <= 80
        and not _ANY_MARK.search(intro)
        and not _PERSON_WORD.search(intro)
        and not _REPORTING_VERB.search(intro)
        and not any(m[3] in _SPEAKING_TYPES for m in mentions[first:last])
    )


_PERSON_WORD = re.compile(
    r"(?<![\w'’])(?:I|[Ww]e|[Yy]ou|[Hh]e|[Ss]he|[Tt]hey|[Hh]is|[Hh]er)(?![\w'’])"
)


# How many sentences back a quote opening a sentence finds its speaker named.
_CONTEXT_SENTENCES = 4
_SPEAKING_TYPES = frozenset({"person", "organization", "group"})
_ANY_MARK = re.compile(r"[“”\"«»]")


# A sentence saying someone was spoken to, by whom: "was addressed by", "was greeted by".
_ADDRESSED_BY = re.compile(
    r"\b(?:was|were)\s+(?:then\s+|first\s+)?(?:addressed|greeted|welcomed|told|asked|answered)"
    r"\s+by\s"
)


def _sentence_speaker(
    body: str,
    p_start: int,
    p_end: int,
    mentions: list[Mention],
    resolve_pronoun: Callable[[str, int], tuple[str | None, str | None]] | None,
    written: list[tuple[int, int, str]],
    answer: bool = False,
) -> tuple[str | None, str | None] | None:
    """Who speaks by the sentence body[p_start:p_end] (`previous_sentence_speaker`); with
    `answer`, the quote after it asks nothing and may answer a question asked there."""
    source = source_opening(body, p_start, p_end, mentions, resolve_pronoun, written)
    if source is not None:
        # "According to Ann Vale, the talks went well. “…”"
        return source
    fronted = _ASKED_FRONTED.match(body, p_start, p_end) if answer else None
    if fronted is not None:
        # "Asked by the President what he remembered, the veteran paused. “The silence.”"
        opening = _named_subject(body, fronted.end(), p_end, mentions, written)
        if opening is not None:
            return opening
    # "Vladimir Putin also asked about the roads:" introduces his own words, no answer
    introduces = body[p_start:p_end].rstrip(' \t\r\n“"«').endswith(":")
    if introduces and (asking := _ASKED.search(body, p_start, p_end)) is not None:
        # "Vladimir Putin also asked about the roads, which the Governor said …:": the
        # asker's own words follow
        asker = _named_subject(body, p_start, asking.start(), mentions, written)
        if asker is not None:
            return asker
    asked = None if introduces else _ASKED_SOMEONE.search(body, p_start, p_end)
    about = (
        None
        if introduces or asked is not None or not answer
        else _ASKED_ABOUT.search(body, p_start, p_end)
    )
    if about is not None:
        # "The President asked whether the schools had teachers. “Not yet in every
        # village.”": the answer is the other one's, named before
        subject = _persons_between(p_start, about.start(), mentions)
        passive = _ASKED_PASSIVE.search(body, p_start, about.end())
        if passive is not None:
            # "Vale was also asked whether … “…”": the one asked answers
            return _named_subject(body, p_start, passive.start(), mentions, written)
        asker = (
            (subject[-1][2], "")
            if subject
            else _reporting_person_in(body, p_start, about.end(), mentions, bodies=True)
        )
        other = _last_person_but(mentions, p_start, asker[0] if asker else None)
        if other is not None:
            return other[2], body[other[0] : other[1]]
    if asked is not None:
        # "The President asked her what had kept her there. “The children.”": the answer
        # is the one asked
        if asked.group("pronoun"):
            if resolve_pronoun is not None:
                found = resolve_pronoun(
                    _SUBJECT_FORM[asked.group("pronoun")], asked.start("pronoun")
                )
                if found[0] is not None or found[1]:
                    return found
        else:
            named = _persons_between(asked.start("object"), asked.end("object"), mentions)
            if named:
                return named[0][2], body[named[0][0] : named[0][1]]
            word = asked.group("object")
            if word[:1].isupper() and " " not in word:
                # "The President asked Gleb how much it cost.": the guest written in full
                # before, called by one of their names
                for w in reversed(written[: bisect_left(written, (asked.start(),))]):
                    if word in w[2].split():
                        return None, w[2]
            elif answer and (one := _described_one_asked(body, p_start, asked, mentions)):
                # "Vladimir Putin asked the girl what she wanted to do. “Go to the sea.”": the
                # one the description stands for, not the asker
                return one[2], body[one[0] : one[1]]
    friend = _MY_FRIEND_SAID.search(body, p_start, p_end)
    if friend is not None:
        # "At our last meeting, my friend said:": the person the speaker named last, not
        # the speaker's own label
        named = _last_person_but(mentions, friend.start(), None, _FRIEND_CHARS, body)
        if named is not None:
            return named[2], body[named[0] : named[1]]
    addressed = _ADDRESSED_BY.search(body, p_start, p_end)
    if addressed is not None:
        # "The President was addressed by surgeon Ann Vale. “…”": the one who addressed him
        by = _persons_between(addressed.end(), p_end, mentions)
        if by:
            return by[0][2], body[by[0][0] : by[0][1]]
    found = _reporting_person_in(body, p_start, p_end, mentions, bodies=True, written=written)
    if found is not None:
        return found
    verb = _verb_search(_REPORTING_VERB, body, p_start, p_end)
    if verb is None and (verb := _introducing_verb(body, p_start, p_end)):
        # "Ann Vale spoke about the harvest. “…”"
        found = _named_subject(body, p_start, verb.start(), mentions, written)
        if found is None:
            # "The European Union issued a statement. “…”"
            found = _body_subject(body, p_start, verb.start(), verb.end(), mentions)
        if found is not None:
            return found
    if verb is None:
        # "Vladimir Putin supported the request. “Let us do it.”", "The President smiled.":
        # the person the sentence opens with goes on to speak
        opening = _opening_person(body, p_start, p_end, mentions, written)
        if opening is not None:
            return opening
    if introduces and (opening := _opening_subject(body, p_start, p_end, p_end, mentions, written)):
        # "At the end of the meeting, the Head of State returned to rural incomes:" ¶ “…”:
        # a colon ending a sentence with no speech verb introduces its subject's words
        return opening
    if resolve_pronoun is None:
        return None
    # "He added that … . “…”": the person the pronoun stands for
    subject = _PRONOUN_SUBJECT.search(body, p_start, verb.start()) if verb else None
    if subject is None:
        return None
    actor_id, name = resolve_pronoun(subject.group(1).lower(), subject.start(1))
    return (actor_id, name) if actor_id is not None or name else None


def _described_one_asked(
    body: str, p_start: int, asked: re.Match[str], mentions: list[Mention]
) -> Mention | None:
    """The person a description asked something stands for ("asked the girl what"): the last
    person named before the sentence, within a pronoun's reach, who is not the asker
    (the person the sentence opens with) nor someone brought in by a tie ("and her mother,
    Ann Vale"); None when no one is."""
    asker = {m[2] for m in _persons_between(p_start, asked.start(), mentions)}
    for m in reversed(mentions[: bisect_left(mentions, (p_start,))]):
        if p_start - m[0] > _PRONOUN_LOOKBACK_CHARS:
            return None
        if m[3] == "person" and m[2] not in asker and tie_gender(body, m[0]) is None:
            return m
    return None


# A leader's "my friend" (no name with it) speaking: one of the people the speaker named
# just before ("I have known President Xi for years. My friend said: …").
_MY_FRIEND_SAID = re.compile(
    rf"(?<![\w'’])[Mm]y\s+(?:good\s+|old\s+|dear\s+)?friend\s+(?:once\s+|also\s+)?{SPEECH_VERBS}"
)
_FRIEND_CHARS = 600
# A sentence opening with the question its subject was asked: "Asked by the President
# what he remembered, the veteran paused."
_ASKED_FRONTED = re.compile(r"[\s“\"«‘']*(?:When\s+)?[Aa]sked\b[^.!?;“”\"]*?,\s+")
# Asked, no one said to be asked: "The President asked whether …".
_ASKED_ABOUT = re.compile(r"\basked\s+(?:whether|if|how|what|why|when|where|who|which|about)\b")
# How far back the other one of an exchange may be named.
_EXCHANGE_PARTNER_CHARS = 1500


def _last_person_but(
    mentions: list[Mention],
    before: int,
    asker: str | None,
    reach: int = _EXCHANGE_PARTNER_CHARS,
    body: str | None = None,
) -> Mention | None:
    """The last person named before `before` (within `reach` characters) who is not the
    `asker`; with the `body`, not one named as a transcript's label ("Vladimir Putin:")."""
    for m in reversed(mentions[: bisect_left(mentions, (before,))]):
        if before - m[0] > reach:
            return None
        if m[3] == "person" and m[2] != asker and not (body and body.startswith(":", m[1])):
            return m
    return None


# Someone asked about something or to do something: the next words may be their answer.
_ASKED_SOMEONE = re.compile(
    r"\basked\s+(?:(?P<pronoun>him|her)|(?P<object>(?:[A-Z][\w'’.\-]*\s+){0,5}?[A-Z][\w'’\-]+"
    # "asked the Governor about …", "asked the young pilot whether …" (not "asked the
    # President to help": a request the asker goes on with)
    r"|(?:the|his|her|their)\s+(?:[\w'’\-]+\s+){0,2}?[\w'’\-]+(?=\s+(?!to\b)))"
    r")\s+(?:what|whether|if|how|why|when|where|who|which|about|to)\b"
)


def _opening_person(
    body: str,
    start: int,
    end: int,
    mentions: list[Mention],
    written: list[tuple[int, int, str]] = (),  # type: ignore[assignment]
) -> tuple[str | None, str] | None:
    """(actor, text) of the person a sentence body[start:end] opens with as its subject
    ("Vladimir Putin supported …", "The President smiled.", "Chief physician Ann Vale
    showed the President …"; a name only `written` as (None, name)), else None."""
    candidates: list[tuple[int, int, str | None, str, str | None]] = []
    first = bisect_left(mentions, (start,))
    if first < len(mentions) and mentions[first][0] < end:
        m_start, m_end, actor_id, actor_type = mentions[first]
        candidates.append((m_start, m_end, actor_id, actor_type, None))
    w = bisect_left(written, (start,))
    if w < len(written) and written[w][0] < end:
        candidates.append((written[w][0], written[w][1], None, "person", written[w][2]))
    if not candidates:
        return None
    p_start, p_end, actor_id, actor_type, name = min(
        candidates, key=lambda c: (c[0], c[4] is not None)
    )
    if (
        actor_type == "person"
        and _opens_with_description(body[start:p_start])
        and (
            _VERB_AFTER_SUBJECT.match(body, p_end, end)
            # "The Governor's answer was short:", "Ann Vale's reply came at once."
            or _WORDS_OF_OWNER.match(body, p_end, end)
        )
    ):
        return (actor_id, body[p_start:p_end]) if name is None else (None, name)
    return None


# A person's own words as the subject: "'s answer", "'s brief reply", "'s comment".
_WORDS_OF_OWNER = re.compile(
    r"['’]s\s+(?:[a-z]+\s+)?(?:answer|reply|response|words|comment|comments|remarks|verdict|"
    r"assessment|conclusion|view|position|advice|message)\b"
)


def _opens_with_description(before: str) -> bool:
    """Whether the words before a sentence's first person only introduce them: none, "The",
    or a short description ending in a word that describes people ("Chief physician",
    "Welder", "The young test pilot"), no verb or preposition ("The minutes went to")."""
    words = before.strip(" \t\r\n“\"«‘'").split()
    if words[:1] in (["The"], ["the"]):
        words = words[1:]
    if not words:
        return True
    return (
        len(words) <= 3
        and (is_describing_word(words[-1].lower()) or words[-1][:1].isupper())
        and not any(w.lower().endswith("ed") or w.lower() in _NOT_IN_DESCRIPTION for w in words)
    )


_NOT_IN_DESCRIPTION = frozenset(
    # (or a clause of its own opens: "When Trump suggested …, Rubio fired back:")
    {"to", "with", "by", "for", "from", "of", "in", "on", "at", "and", "or", "as", *_SUBORDINATORS}
)


# A source written with capitals: "the Elysée Palace", "the Ministry of Defence of France".
_WRITTEN_SOURCE = re.compile(
    r"(?:[Tt]he\s+)?[A-Z][\w'’\-]*(?:\s+(?:of|for|and|the|[A-Z][\w'’\-]*))*"
)


# A report, study or survey as the source a sentence opens with ("According to the report",
# "According to a Marketlane survey", "According to the study by the Harbour Institute").
_REPORT_SOURCE = re.compile(
    rf"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:{_NAME}\s+)?{_A_REPORT}"
    rf"(?:\s+(?:by|from|of)\s+(?:the\s+)?{_NAME})?"
)


def source_opening(
    body: str,
    start: int,
    end: int,
    mentions: list[Mention],
    resolve_pronoun: Callable[[str, int], tuple[str | None, str | None]] | None,
    written: list[tuple[int, int, str]],
) -> tuple[str | None, str | None] | None:
    """The person a sentence body[start:end] opens by giving the view of ("According to
    Ann Vale,", "In the words of Ann Vale,", "In Ann Vale's words,", "In his words," with
    `resolve_pronoun`), else None.

    Why: such an opening attributes all the sentence says, a quotation in it too ("In Ann
    Vale's words, the plant “will be a symbol of our ties.”")."""
    # (or inside it, set off by commas: "A basic PC that, according to PC Pro, has “…”")
    according = _ACCORDING_TO.match(body, start, end) or _ACCORDING_TO_INSIDE.search(
        body, start, end
    )
    if according is not None:
        comma = body.find(",", according.end(), end)
        report = _REPORT_SOURCE.match(body, according.end(), end if comma == -1 else comma)
        if report is not None:
            # "According to the Marketlane report(,) the trend …", "According to the report,"
            # after "a study by the Harbour Institute": the report's author
            author = report_author_before(body, report.end(), mentions)
            return author if author is not None and (author[0] or author[1]) else None
        if comma == -1:
            return None
        source = body[according.end() : comma].strip()
        if source.lower() in ("him", "her", "them") and resolve_pronoun is not None:
            # "According to her, “…”": whom the pronoun stands for
            found = resolve_pronoun(_SUBJECT_FORM[source.lower()], according.end())
            return found if found[0] is not None or found[1] else None
        return _named_subject(body, according.end(), comma, mentions, written, objects=True) or (
            # "According to the Kremlin press service,": a body
            (body_id, source)
            if (body_id := _speaker_actor(according.end(), comma, mentions)) is not None
            # "According to the Elysée Palace,": a name no actor holds, as written (an
            # acronym spelled out before in full: "According to NIESR,")
            else (
                None,
                acronym_spelled_out(body, source, according.end(), mentions)
                or source.removeprefix("the ").removeprefix("The "),
            )
            if _WRITTEN_SOURCE.fullmatch(source)
            else None
        )
    words = _IN_WORDS_OF.match(body, start, end)
    if words is None:
        return None
    if words.group("pronoun"):
        if resolve_pronoun is None:
            return None
        found = resolve_pronoun(_SUBJECT_FORM[words.group("pronoun")], words.start("pronoun"))
        return found if found[0] is not None or found[1] else None
    return _named_subject(
        body, words.start("source"), words.end("source"), mentions, written, objects=True
    )


# "he"/"she" as the subject of a reporting verb: at the clause's start, right before it
# ("He noted that", "Then, she said", "as he stressed,").
_PRONOUN_SUBJECT = re.compile(
    # (a phrase set off by commas may follow: "She, for her part, warned")
    r"(?<![\w'’])([Hh]e|[Ss]he)(?:,\s+[^,.;:!?“”\"]{1,30},)?\s+(?:[a-z]+ly\s+|also\s+)?$"
)


def _clause_start(body: str, quote_start: int) -> int:
    """Where the clause holding a quote starts: after the last sentence end or quotation
    mark before it on its line."""
    line_start = body.rfind("\n", 0, quote_start) + 1
    lower = max(line_start, quote_start - _BEFORE_WINDOW)
    found = _CLAUSE_BREAK.search(body, lower, quote_start)
    return found.start() + 1 if found else lower


def _personal_resolved(
    personal: tuple[int, str],
    turns: list[tuple[int, str | None, str | None]],
    mentions: list[Mention],
    quote_spans: list[tuple[int, int]],
    last_speaker: tuple[str | None, str | None] | None,
    written: list[tuple[int, int, str]],
    publisher_head: str | None = None,
    addressed: Callable[[int], tuple[str | None, str | None] | None] | None = None,
    body: str | None = None,
    spans: list[tuple[int, int]] | None = None,
) -> tuple[str | None, str | None] | None:
    """The speaker a `personal_speaker` pronoun stands for: "i" the speaker of the
    transcript turn it is in, "you" the one that turn answers (`addressed(offset)`, else
    `addressee`), "he"/"she" the person it binds to (`_pronoun_speaker`: with the `body`
    and its sentence `spans`, the subject of the last sentence naming one, "In his words"
    after "Ann Vale told the President …" is hers), "we" the state of the publisher's head
    when they speak (`_own_country`), "one spoken of" whom the sentences before are
    about (`_person_antecedent`, either gender), "they answering" the body the clause
    turned to (`_body_antecedent`, never the state "we" is); None when nothing says who."""
    offset, pronoun = personal
    if pronoun == "we":
        return _own_country(turns, offset, mentions, publisher_head)
    if pronoun == "i":
        index = _turn_at(turns, offset)
        return turns[index][1:] if index >= 0 else None
    if pronoun == "you":
        return addressed(offset) if addressed is not None else addressee(turns, offset)
    if pronoun == "heard from":
        # "what did we hear from Ann Vale?": the person, else the body, named there; from
        # people described ("from the doctors themselves") nobody
        end = body.find("?", offset) if body is not None else -1
        if end == -1:
            return None
        person = _persons_between(offset, end, mentions)
        if person:
            return person[0][2], None
        source = _speaker_actor(offset, end, mentions)
        return (source, None) if source is not None else (None, None)
    if pronoun == "they answering":
        # the body the sentence turned to, else the one named last; not the state "we" is
        if body is None or spans is None:
            return None
        if (asked := _person_i_asked(offset, body, spans, mentions)) is not None:
            return asked, None  # "I asked Ann Vale whether … And the answer was:"
        ours = _own_country(turns, offset, mentions, publisher_head)
        others = [m for m in mentions if ours is None or m[2] != ours[0]]
        return _body_antecedent(offset, body, spans, others, quote_spans)
    if pronoun == "one spoken of":
        # whom the sentences before are about, of either gender
        if body is None or spans is None:
            return None
        return _person_antecedent("", offset, body, spans, mentions, quote_spans, written)
    found = _pronoun_speaker(
        pronoun, offset, mentions, quote_spans, None, written, body=body, spans=spans, turns=turns
    )
    return None if found == (None, None) else found


def _own_country(
    turns: list[tuple[int, str | None, str | None]],
    offset: int,
    mentions: list[Mention],
    head: str | None,
) -> tuple[str | None, str | None] | None:
    """The country "we" is in words of the publisher's `head` (a turn of theirs, or a body
    without turns: their speech): the country the article names most; else None.

    Why: a head of state reporting what "we" told other states speaks for the state."""
    if head is None:
        return None
    index = _turn_at(turns, offset)
    if (index >= 0 and turns[index][1] != head) or (index < 0 and turns):
        return None
    counts: dict[str, int] = {}
    for _, _, actor_id, actor_type in mentions:
        if actor_type == "country":
            counts[actor_id] = counts.get(actor_id, 0) + 1
    if not counts:
        return None
    country = max(counts, key=counts.__getitem__)
    return country, None


def _without_countries_opening_names(mentions: list[Mention]) -> list[Mention]:
    """`mentions` less a country's that opens a longer one ("US" of "the US Trade
    Representative's Office said"): the body speaks, and its name tells its country."""
    return [
        m
        for i, m in enumerate(mentions)
        if m[3] != "country"
        or not any(o[0] == m[0] and o[1] > m[1] for o in mentions[max(0, i - 1) : i + 2])
    ]


# A photo's credit on a line of its own ("Neilson Barnard via Getty Images.", "Gary
# Cameron/Reuters."): a short line the cleaner's credit pattern matches, its stop aside.
_CREDIT_LINE_WORDS = 12


def _without_photo_credits(body: str, mentions: list[_Spanned]) -> list[_Spanned]:
    """`mentions` (or names written) less those on a photo's credit line: the photographer
    is no one a description or a pronoun after it stands for."""
    credits = [
        line.span()
        for line in re.finditer(r"[^\n]+", body)
        if len(line.group().split()) <= _CREDIT_LINE_WORDS
        and PHOTO_CREDIT.search(line.group().strip().rstrip("."))
    ]
    if not credits:
        return mentions
    return [m for m in mentions if not any(a <= m[0] < b for a, b in credits)]


def _without_self_references(
    mentions: list[Mention], turns: Sequence[tuple[int, str | None, str | None]]
) -> list[Mention]:
    """`mentions` less those of a transcript turn's speaker inside that turn."""
    if not turns:
        return mentions
    kept = []
    for mention in mentions:
        turn = _turn_at(turns, mention[0])
        if turn < 0 or mention[3] != "person" or mention[2] != turns[turn][1]:
            kept.append(mention)
    return kept


# The end of a labelled quotation's sentence: its line ends, or a new sentence opens after it
# (the paragraphs of a release run together on one line).
_NARRATION_AFTER_QUOTE = re.compile(r"[”\"»]?(?:[ \t]*\n\s*|[ \t]+(?=[A-Z]))")


def narration_after_quoted_turns(
    body: str, label_spans: list[tuple[int, int]], found_quotes: list[tuple[int, int, str]]
) -> list[tuple[int, None, None]]:
    """Pseudo-turns of nobody where a label's words were a quotation closing its sentence
    ("Ann Vale: “…”" ¶ "The President also spoke of …"): the account goes on there in
    the publisher's voice, until the next label. Sorted among the turns, they end the
    labelled turn at its quotation's end (`_turn_at`).

    Why: an account that quotes its speakers after labels narrates between them; "the
    President" and "he" in its narration may be the one who spoke last, not someone else
    than the turn's speaker who says "I"."""
    starts = [start for start, _, _ in found_quotes]
    narration: list[tuple[int, None, None]] = []
    for i, (_, text_start) in enumerate(label_spans):
        next_label = label_spans[i + 1][0] if i + 1 < len(label_spans) else len(body)
        at = bisect_left(starts, text_start)
        if at == len(starts) or body[text_start : starts[at]].strip(' \t“"«'):
            continue  # the turn does not open with a quotation
        end = found_quotes[at][1]
        line_end = _NARRATION_AFTER_QUOTE.match(body, end)
        if line_end is not None and line_end.end() < next_label:
            narration.append((line_end.end(), None, None))
    return narration


def _turn_at(turns: Sequence[tuple[int, str | None, str | None]], offset: int) -> int:
    """The index of the transcript turn `offset` lies in, or -1."""
    return bisect_left(turns, (offset + 1,)) - 1


def _turn_speaker(turns: Sequence[tuple[int, str | None, str | None]], offset: int) -> str | None:
    """The actor speaking the transcript turn `offset` lies in, or None."""
    index = _turn_at(turns, offset) if turns else -1
    return turns[index][1] if index >= 0 else None


def addressee(
    turns: list[tuple[int, str | None, str | None]],
    offset: int,
    body: str | None = None,
    mentions: list[Mention] = (),  # type: ignore[assignment]
    head: str | None = None,
) -> tuple[str | None, str | None] | None:
    """Who "you" is in a transcript turn: with the `body`, the participant the turn turns
    to before it (`_turned_to`); else the speaker of the nearest turn before it by someone
    else (an answer's "you said" is the asker's words, a question's the host's); else, in
    a turn no other opens the transcript before, the speaker of the next turn by someone
    else (who answers the question)."""
    index = _turn_at(turns, offset)
    if index < 0:
        return None
    own = turns[index][1:]
    if body is not None:
        turned = _turned_to(body, turns, index, offset, mentions, head)
        if turned is not None:
            return turned

    def someone_else(actor_id: str | None, name: str | None) -> bool:
        return (actor_id, name) != own and (actor_id is None or actor_id != own[0])

    for _, actor_id, name in reversed(turns[:index]):
        if someone_else(actor_id, name):
            return actor_id, name  # (None, None) for an anonymous asker
    # a question opening the transcript: the one who answers it
    for _, actor_id, name in turns[index + 1 :]:
        if someone_else(actor_id, name):
            return (actor_id, name) if actor_id is not None or name else None
    return None


# A participant spoken to by title or name: "Mr President,", ", Mr Orban?" (a comma, a stop
# or a question mark after it: "Mr Orban said" speaks of him).
_VOCATIVE = re.compile(
    r"(?<![\w'’])(?:Mr|Ms|Mrs|Madam)\.?\s+(?P<who>President|[A-Z][\w'’\-]+)(?=\s*[,.!?;:])"
)


# The words that may open a reply before its vocative: "Thank you, Mr President.",
# "Yes, Ms Vale,", "Understood, Mr President."
_VOCATIVE_AT_OPENING = re.compile(
    r"[\s“\"«‘']*(?:(?:[A-Z][a-z]+(?:\s+[a-z]+){0,2}|Of\s+course|Thank\s+you(?:\s+very\s+much)?)"
    r"[,!.]\s+)?(?:Mr|Ms|Mrs|Madam)\.?\s+(?P<who>President|[A-Z][\w'’\-]+)(?=\s*[,.!?;:])"
)


# "We will not allow that, Mr President.": the vocative closing the quote's first sentence.
_VOCATIVE_ENDING_FIRST = re.compile(
    r"[^.!?“”\"]{0,120}?,\s+(?:Mr|Ms|Mrs|Madam)\.?\s+(?P<who>President|[A-Z][\w'’\-]+)[.!?]"
)


def addressed_at_opening(
    quote: str, head: str | None, mentions: list[Mention], body: str
) -> str | None:
    """The actor a quote calls by a vocative among its first words ("Thank you, Mr
    President.", "Yes, Mr Lavrov,"): the publisher's `head` for "Mr President", else the
    person the text names with that surname; None when it opens with none."""
    found = _VOCATIVE_AT_OPENING.match(quote) or _VOCATIVE_ENDING_FIRST.match(quote)
    if found is None:
        return None
    who = found.group("who")
    if who == "President":
        return head
    for m_start, m_end, actor_id, actor_type in mentions:
        if actor_type == "person" and body[m_start:m_end].split()[-1:] == [who]:
            return actor_id
    return None


# A participant called by first name and patronymic, as Russians address each other:
# "Vladimir Vladimirovich,", "Tatyana Alexeyevna,".
_PATRONYMIC_VOCATIVE = re.compile(
    r"(?<![\w'’\-])(?P<first>[A-Z][a-z]+)\s+[A-Z][a-z]+(?:vich|vna|ichna|inichna)(?=\s*[,.!?;:])"
)


def vocative_person(
    body: str, offset: int, spans: list[tuple[int, int]], mentions: list[Mention]
) -> tuple[str, str] | None:
    """(actor, text) of the person a sentence calls by name before `offset` ("Mr Lavrov,
    as you said", "Ms Vale, you wrote"), the last one there; None when it calls nobody
    the text knows as a person ("Mr President," is left to the turns).

    Why: in a speech "you" is the one the speaker turns to, who need not speak in a turn."""
    if not spans:
        return None
    s_start = spans[sentence_index_of(spans, offset)][0]
    found = None
    for vocative in _VOCATIVE.finditer(body, s_start, offset):
        if vocative.group("who") != "President":
            found = vocative
    if found is None:
        return None
    start, end = found.span("who")
    person = _speaker_actor(start, end, mentions, persons_only=True)
    return (person, found.group(0)) if person is not None else None


# A participant the sentence before says spoke: "The President of Ann also spoke about this."
_SPOKE_AFTER = re.compile(r"[^.!?“”\"]{0,40}?\b(?:spoke|said|mentioned|noted|wrote|stated)\b")
_TURNED_TO_CHARS = 300


def _turned_to(
    body: str,
    turns: list[tuple[int, str | None, str | None]],
    index: int,
    offset: int,
    mentions: list[Mention],
    head: str | None,
) -> tuple[str | None, str | None] | None:
    """The participant (a speaker of another turn) the turn at `index` addresses last before
    `offset`: by a vocative ("Mr President," is the publisher's head, "Mr Orban," the
    participant of that surname, "Sergei Viktorovich," the one of that first name), or named as the subject of a speech verb in a sentence
    before it ("The President of Kazakhstan also spoke about this. Let me quote you:");
    else None.

    Why: a moderator with two guests turns from one to the other; the nearest earlier turn
    by someone else may be the guest not addressed."""
    start, own = turns[index][0], turns[index][1]
    participants = {
        actor_id: (actor_id, name)
        for _, actor_id, name in turns
        if actor_id is not None and actor_id != own
    }
    if not participants:
        return None
    found: list[tuple[int, tuple[str | None, str | None]]] = []
    for called in _PATRONYMIC_VOCATIVE.finditer(body, start, offset):
        # "Sergei Viktorovich,": the participant of that first name
        first = called.group("first").lower()
        named = [p for a, p in participants.items() if name_words(a)[:1] == [first]]
        if len(named) == 1:
            found.append((called.start(), named[0]))
    for vocative in _VOCATIVE.finditer(body, start, offset):
        who = vocative.group("who")
        if who == "President":
            if head in participants:
                found.append((vocative.start(), participants[head]))
            continue
        suffix = "_" + who.lower()
        named = [p for a, p in participants.items() if a.lower().endswith(suffix)]
        if len(named) == 1:
            found.append((vocative.start(), named[0]))
    lower = max(start, offset - _TURNED_TO_CHARS)
    for m_start, m_end, actor_id, actor_type in mentions[
        bisect_left(mentions, (lower,)) : bisect_left(mentions, (offset,))
    ]:
        if (
            actor_type == "person"
            and actor_id in participants
            and _SPOKE_AFTER.match(body, m_end, offset)
            and not _OBJECT_BEFORE.search(body, max(start, m_start - 80), m_start)
            and re.search(r"[.!?]\s", body[m_end:offset])  # a sentence before the quote's
        ):
            found.append((m_start, participants[actor_id]))
    return max(found, key=lambda f: f[0])[1] if found else None


# A summary of someone's remarks in brackets right before a speaker label: "(Ann Vale spoke
# about the harvest.) Tom Reyes: …", "(In her remarks, Ann Vale raised …)".
_SUMMARY_CHARS = 2000
_SUMMARY_MIN_CHARS = 30


def _summary_turns(
    body: str,
    label_spans: list[tuple[int, int]],
    mentions: list[Mention],
    written: list[tuple[int, int, str]],
) -> list[tuple[int, str | None, str | None]]:
    """(start, person, name) of each bracketed summary of a participant's remarks that ends
    right before a speaker label, its person the first one named in it not as an object (a
    known actor or a name only `written`).

    Why: transcripts leave out a participant's words and summarize them in brackets; the
    next speaker's "you said" answers that participant, not the one who spoke before."""
    found: list[tuple[int, str | None, str | None]] = []
    for label_start, _ in label_spans:
        end = label_start - 1  # the closing bracket, if any, before spaces
        while end > 0 and body[end].isspace():
            end -= 1
        if end <= 0 or body[end] != ")":
            continue
        opening = body.rfind("(", max(0, end - _SUMMARY_CHARS), end)
        start = opening + 1
        if (
            opening < 0
            or end - start < _SUMMARY_MIN_CHARS
            or not body[start : start + 1].isupper()
            or ")" in body[start:end]
        ):
            continue
        named = [(m[0], m[2], body[m[0] : m[1]]) for m in _persons_between(start, end, mentions)]
        named += [
            (w_start, None, name)
            for w_start, w_end, name in written[
                bisect_left(written, (start,)) : bisect_left(written, (end,))
            ]
            if w_end <= end
        ]
        for n_start, actor_id, name in sorted(named, key=lambda n: n[0]):
            if not _OBJECT_BEFORE.search(body, max(start, n_start - 80), n_start):
                found.append((opening, actor_id, name))
                break
    return found


# Occupations a person may be named with, then called by: only the one named so.
_OCCUPATIONS = (
    "pilot", "physician", "doctor", "surgeon", "nurse", "paramedic", "teacher", "scientist",
    "researcher", "engineer", "veteran", "athlete", "coach", "farmer", "academician",
    "professor", "priest", "mufti", "rabbi", "bishop",
    # the figures a speech names once and comes back to paragraphs later ("the economist
    # Ann Vale … Let me return to the economist I mentioned. He wrote:")
    "writer", "poet", "philosopher", "economist", "historian", "thinker", "composer",
    "novelist", "painter", "chemist", "physicist", "mathematician", "inventor", "explorer",
    "scholar", "playwright", "statesman", "reformer",
)  # fmt: skip
# Words of praise before such a noun that the name's own description need not repeat ("the
# great poet", "the famous economist").
_PRAISE_WORDS = frozenset({"great", "famous", "renowned", "outstanding", "eminent", "late"})
# A person referred to by the title alone, definite: "The Governor", "the Minister", "the
# Mayor" (a title the role seeds do not resolve; a name right after it is its holder's).
_TITLES_ALONE = (
    "Governor|Minister|Mayor|Chairman|Chairwoman|Chair|Director|Commissioner|Ambassador|"
    "Prosecutor|Ombudsman|Speaker|Patriarch|Rector|Head|CEO|Chief|governor|minister|mayor|"
    "chairman|chairwoman|ambassador|ombudsman|patriarch|rector|commissioner|head|director|"
    # "the Security Council Secretary", "the Press Secretary": named with that title before
    "Secretary|secretary|"
    # offices of the courts, the police and local government that news names people with
    # ("Judge Ann Vale … said the judge", "Sheriff Tom Reyes … the sheriff said")
    "Judge|judge|prosecutor|Sheriff|sheriff|Senator|senator|Councillor|councillor|Superintendent|"
    "superintendent|Inspector|inspector|Detective|detective|Coroner|coroner|"
    "spokesman|spokeswoman|spokesperson|diplomat|envoy|negotiator|"
    # a head of state the roles leave open ("The Mongolian leader", a holder the seeds lack)
    "President|president|Leader|leader|"
    # the visitor a head of state receives ("The guest agreed."), never named with the word;
    # occupations a release names someone with ("test pilot Ann Vale ... the pilot replied")
    "guest|"
    # a rank a soldier was named with ("Captain Andrei Voronin … the captain said")
    "captain|Captain|colonel|Colonel|commander|Commander|lieutenant|Lieutenant|sergeant|"
    "Sergeant|admiral|Admiral|" + "|".join(_OCCUPATIONS)
)
# The words of those titles, which the text's own describing words leave to them.
_TITLE_WORDS_ALONE = frozenset(title.lower() for title in _TITLES_ALONE.split("|"))
# Titles that stand for someone only when named with them ("Kremlin spokesman Dmitry
# Peskov ... the spokesman said"): an unnamed spokesman is not the guest named last.
_NAMED_WITH_TITLE_ONLY = {"spokesman", "spokeswoman", "spokesperson", "diplomat", "envoy",
                          "negotiator", "judge", "prosecutor", "sheriff", "senator", "councillor",
                          "superintendent", "inspector", "detective", "coroner",
                          *_OCCUPATIONS}  # fmt: skip
# Matched from "he" (a literal start is fast to find); "T"/"t" before it is checked after.
# Up to two words may say whose title it is ("the region's Governor", "the Duma Chairman");
# "of" may follow only before a common noun ("the head of the republic"), not a name.
_TITLE_ANAPHOR = re.compile(
    rf"he\s+(?P<modifiers>(?:(?:[A-Z][\w\-]*|[a-z]+['’]s|chief|senior|deputy|test|general|executive|managing|{'|'.join(sorted(_PRAISE_WORDS))})\s+){{0,2}}?)"
    rf"(?P<title>{_TITLES_ALONE})"
    # "the Director General", "the Prosecutor General": the title, its rank after it
    r"(?:\s+General\b)?"
    # (a possessive is the title's holder too: "The Governor's answer was short:")
    r"(?![\w\-])(?!['’](?!s\b))(?:\s+of\s+the\s+(?P<of>[a-z]+)\b"
    # "the Governor of the Tula Region said": the place's words, no name after them
    r"|\s+of\s+(?:the\s+)?(?P<of_name>(?:[A-Z][\w'’\-]*\s+){0,3}[A-Z][\w'’\-]*)(?=\s+[a-z])"
    r"|(?!\s+(?:of\s|(?!I\s)[A-Z])))"  # ("the writer I mentioned": no name after it)
)
# Titles of those who head a region, which "the head of <region>" also names.
_REGION_TITLES = frozenset({"governor", "head"})
# Titles that say only that someone heads something: "the head of the region" is whoever
# was named with a title and the region ("Governor of the Sakhalin Region Ann Vale").
_HEAD_TITLES = frozenset({"head", "chief", "leader"})
_ANY_TITLE_BEFORE_NAME = re.compile(
    rf"\b(?i:{_TITLES_ALONE}|general|secretary)(?:\s+(?:of|for|to|the|and|[A-Z][\w'’\-]*))*,?\s+$"
)
# A colleague named by where they come from: "his colleague from Kaluga", "Her colleague
# from the Tula Region" (a place's capitalized words, a common noun after them).
_COLLEAGUE_FROM = re.compile(
    r"(?<![\w'’])(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Yy]our)\s+(?P<title>colleague)\s+from\s+(?:the\s+)?"
    r"(?P<of_name>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})(?![\w'’\-])"
)
# How far before a title its holder may be named with it, and how far back the holder is.
_TITLE_REACH = 90
_TITLE_LOOKBACK_CHARS = 4000
_OCCUPATION_LOOKBACK_CHARS = 16000
# What may stand between a title and the name it goes with: the place or body it is of
# ("Governor of the Tula Region Ann Vale"), or in an apposition before the title ("Ann
# Vale, the Tula Region Governor").
# (a body written small after "of" too: "chief physician of the regional children's
# hospital Ann Vale")
_OF_BODY_WRITTEN_SMALL = r"(?:\s+of\s+(?:the\s+)?(?:[a-z]+(?:['’]s)?\s+){0,3}[a-z]+(?:['’]s)?)?"
_TITLE_BEFORE_NAME = {
    title.lower(): re.compile(
        # (one occupation of several: "the great poet and thinker Ann Vale")
        rf"\b(?i:{title})(?:\s+(?:of|for|to|the|and|[A-Z][\w'’\-]*))*{_OF_BODY_WRITTEN_SMALL}"
        rf"(?:\s+and\s+(?:{'|'.join(_OCCUPATIONS)}))?,?\s+$"
    )
    for title in _TITLES_ALONE.split("|")
}


# The apposition ends with the title: "Ann Vale, the Tula Region Governor, said" (not "…
# with Putin, the spokesman would only say", a clause after a fronted phrase).
def _title_after_name(titles: str) -> re.Pattern[str]:
    return re.compile(
        rf",\s+(?:(?:the|an?|[A-Z][\w'’\-]*)\s+){{0,5}}"
        # words that describe the title ("Ann Vale, a senior nurse from Rostov")
        r"(?:(?!(?:of|for|to|and|with|in|at|from|who|whose|which|is|was)\b)[a-z][\w'’\-]*\s+){0,2}"
        rf"(?i:{titles})\b"
        r"(?=\s*[,.;:)–—]|\s*$|\s+(?:of|for|at|in|to|and|who|from)\b)"
    )


_TITLE_AFTER_NAME = {title.lower(): _title_after_name(title) for title in _TITLES_ALONE.split("|")}
# Any of those titles in an apposition after the name ("Ann Vale, Governor of the Tula Region").
_ANY_TITLE_AFTER_NAME = _title_after_name(_TITLES_ALONE)


# The capitalized words of a title chain before its title ("Tula Region Governor").
_TITLE_CHAIN_BEFORE = re.compile(
    r"(?:(?:[A-Z][\w'’\-]*|of|the|and|for|chief|senior|deputy|test)\s+)*$"
)
_SENTENCE_STOP = re.compile(r"[.;!?](?:\s|$)")


def _title_words(
    body: str,
    p_start: int,
    p_end: int,
    before: re.Match[str] | None,
    after: re.Match[str] | None,
    floor: int = 0,
) -> str:
    """The words of the titles a person is named with: the chain before the name, after
    `floor` ("Tula Region Governor Ann Vale", "External Affairs Minister S. Jaishankar") and the
    apposition after it up to the sentence's end ("Ann Vale, Governor of the Tula Region")."""
    parts = []
    if before is not None:
        chain = _TITLE_CHAIN_BEFORE.search(body, max(0, floor, before.start() - 60), before.start())
        parts.append(body[max(floor, chain.start() if chain else before.start()) : p_start])
    if after is not None:
        stop = _SENTENCE_STOP.search(body, after.end(), after.end() + 60)
        parts.append(body[p_end : stop.start() if stop else after.end() + 60])
    return " ".join(parts)


# "the" before a written name, a capitalized word perhaps between: a thing ("the Kuril
# Islands", "the Russian Far East"), no person (`_DEFINITE_BEFORE` with a modifier).
_THING_BEFORE = re.compile(r"(?<![\w'’])[Tt]he\s+(?:[A-Z][\w'’\-]*\s+)?$")


def _introduced_with(body: str, turn_start: int, outlet: str) -> bool:
    """Whether the turn at `turn_start` opens with its speaker introducing themselves with
    `outlet` ("Ann Vale, Kommersant. …")."""
    found = _self_introduction(body[turn_start : turn_start + 200])
    return found is not None and (
        re.match(
            rf",\s+(?:the\s+)?{re.escape(outlet)}\b",
            body[turn_start + found[0] + len(found[1]) : turn_start + 200],
        )
        is not None
    )


def title_anaphora(
    body: str,
    mentions: list[Mention],
    written: list[tuple[int, int, str]],
    head: str | None = None,
    quoted: list[tuple[int, int]] = (),  # type: ignore[assignment]
    head_title: str | None = None,
    turns: Sequence[tuple[int, str | None, str | None]] = (),
) -> tuple[list[Mention], list[tuple[int, int, str]]]:
    """Mentions of people the text refers to by their title alone ("The Governor reported",
    "the Minister said") and names only written for them: the last person named before,
    with that title before the name in the same sentence ("Governor of the Tula Region Ann
    Vale", "Tula Region Governor Ann Vale") or right after it ("Ann Vale, Governor of …").
    A title a mention already covers ("the Defence Minister" resolved by the roles) is left.
    With the publisher's `head`, a title no name goes with is the last person named before
    who is not the head, outside the `quoted` spans (a name someone speaks of is no guest).
    The head's own title alone (`head_title`: "minister" on a foreign ministry's site) is
    the head: a ministry calls its minister "the Minister", the guest "his counterpart".
    In a transcript turn (`turns`) a title is never the turn's speaker, who says "I".

    Why: releases name the guest once with the title, then call them "the Governor"; "he
    said" after "The Governor reported …" is the Governor, not the President who met them."""
    extra: list[Mention] = []
    extra_written: list[tuple[int, int, str]] = []
    hits = [
        (
            hit.start() - 1,
            hit.end(),
            hit.group("title").lower(),
            hit.group("modifiers").split(),
            hit.start("title"),
            hit.group("of"),
            hit.group("of_name"),
        )
        for hit in _TITLE_ANAPHOR.finditer(body)
        if hit.start() > 0
        and body[hit.start() - 1] in "Tt"
        and (hit.start() < 2 or not _WORD_CHAR.match(body, hit.start() - 2))
    ]
    # "Her colleague from Kaluga said …": whoever was named with a title and that place
    hits += [
        (hit.start(), hit.end(), "colleague", [], hit.start("title"), None, hit.group("of_name"))
        for hit in _COLLEAGUE_FROM.finditer(body)
    ]
    if not hits:
        return extra, extra_written
    people = sorted(
        [(m[0], m[1], m[2], None) for m in mentions if m[3] == "person"]
        + [
            (w[0], w[1], None, w[2])
            for w in written
            # "the Kuril Islands", "the Russian Far East": a place or a thing, no one
            if not _THING_BEFORE.search(body, max(0, w[0] - 30), w[0])
        ],
        key=lambda p: p[0],
    )
    # "the company's head, Ann Vale, …": the phrase given once with a name in apposition
    # is that person wherever it comes again
    given: dict[tuple[str, tuple[str, ...]], tuple[str | None, str | None]] = {}
    # titles resolved so far, qualified ones ("The Governor of the Tula Region reported"):
    # a bare title after one stands for it, not for a holder named earlier in a list
    resolved: list[tuple[int, str, str | None, str | None]] = []

    def resolve_to(start: int, end: int, actor_id: str | None, name: str | None) -> None:
        if actor_id is not None:
            extra.append((start, end, actor_id, "person"))
        elif name is not None:
            extra_written.append((start, end, name))

    for start, end, title, modifiers, title_start, of, of_name in hits:
        if title == "colleague" and of_name is not None:
            # "Your colleague from Kommersant asked me": the journalist who introduced
            # themselves with that outlet ("Question: Ann Vale, Kommersant.")
            # (the turn the introduction opens, whose speaker's own name is no mention)
            introduced = [
                turn
                for turn in turns
                if turn[0] < start
                and turn[1] is not None
                and _introduced_with(body, turn[0], of_name)
            ]
            if introduced:
                extra.append((start, end, introduced[-1][1], "person"))
                continue
        if _covered(title_start, end, mentions):
            continue  # the roles resolved the title; a body named before it is no matter
        phrase = (title, tuple(w.lower() for w in modifiers))
        named_after = [p for p in people if p[0] == end + 2]
        if named_after and body.startswith(", ", end):
            # "The company's president, Ann Vale, said": the name is given with it
            given[phrase] = (named_after[0][2], named_after[0][3])
            continue
        if (modifiers or of) and phrase in given:
            actor_id, name = given[phrase]
            if actor_id is not None:
                extra.append((start, end, actor_id, "person"))
            elif name is not None:
                extra_written.append((start, end, name))
            continue
        speaking = _turn_speaker(turns, start)
        if head is not None and title == head_title and not modifiers and of is None:
            extra.append((start, end, head, "person"))
            continue
        # "the Duma Chairman" is the Chairman named with "Duma" around the name
        # ("the company's CEO", "the plant's director": a common noun's possessive points
        # back to the body named with the person, in whatever words)
        owners = [w for w in modifiers if w[:1].islower() and w.endswith(("'s", "’s"))]
        words = [
            re.escape(w.lower().removesuffix("'s").removesuffix("’s"))
            for w in modifiers
            if w not in owners and w not in _PRAISE_WORDS
        ]
        before_name = _TITLE_BEFORE_NAME.get(title, _ANY_TITLE_BEFORE_NAME)
        after_name = _TITLE_AFTER_NAME.get(title, _ANY_TITLE_AFTER_NAME)
        if owners and of is None and title in _HEAD_TITLES:
            # "the republic's leader": as "the head of the republic"
            of = owners[0].lower().removesuffix("'s").removesuffix("’s")
        if of is not None and title in _HEAD_TITLES:
            # "the head of the region": any title, named with the region
            before_name, words = _ANY_TITLE_BEFORE_NAME, [*words, re.escape(of)]
        elif of_name is not None:
            # "the Governor of the Tula Region": the Governor named with "Tula Region"; "the
            # head of Altai Territory": any title named with it
            words += [re.escape(w.lower()) for w in of_name.split()]
            if title in _HEAD_TITLES:
                before_name, after_name = _ANY_TITLE_BEFORE_NAME, _ANY_TITLE_AFTER_NAME
        bare = not modifiers and of is None and of_name is None
        latest = next(
            (
                r
                for r in reversed(resolved)
                if bare and (r[1] == title or (r[1] in _HEAD_TITLES and title in _REGION_TITLES))
            ),
            None,
        )
        # a figure a speech named with their occupation may come back pages later
        lower = start - (
            _OCCUPATION_LOOKBACK_CHARS if title in _OCCUPATIONS else _TITLE_LOOKBACK_CHARS
        )
        for index in range(bisect_left(people, (start,)) - 1, -1, -1):
            p_start, p_end, actor_id, name = people[index]
            if p_start < lower:
                break
            if p_end > start or (speaking is not None and actor_id == speaking):
                continue
            # the title before the name stops at a person named before and coordinated
            # ("Minister Tom Reyes and CEO of the Railways Ann Vale": "Minister" is not Vale's;
            # "a spokesman for Chancellor Tom Reyes, Ann Vale" is hers)
            floor = p_start - _TITLE_REACH
            if index and re.search(r"\band\b", body[people[index - 1][1] : p_start]):
                floor = max(floor, people[index - 1][1])
            before = before_name.search(body, max(0, floor), p_start)
            after = after_name.match(body, p_end, p_end + _TITLE_REACH)
            if latest is not None and latest[0] > p_start:
                # "Governor … Ann Vale, Governor … Tom Reyes. The Governor of the Tula Region
                # reported … “…,” the Governor said": the one the qualified title stood for
                actor_id, name = latest[2], latest[3]
                resolve_to(start, end, actor_id, name)
                resolved.append((start, title, actor_id, name))
                break
            if actor_id is not None and not words and _role_holds_title(body[p_start:p_end], title):
                # "The Minister of Defence reported … The Minister told me", "the new
                # Defence Minister … the minister noted"
                extra.append((start, end, actor_id, "person"))
                resolved.append((start, title, actor_id, None))
                break
            if (before or after) and all(
                re.search(
                    rf"(?i)\b{word}",
                    # the chain ends at the person named before ("Governor Ann Vale and
                    # Minister Tom Reyes": "Governor" is not Reyes's)
                    _title_words(
                        body, p_start, p_end, before, after, people[index - 1][1] if index else 0
                    ),
                )
                for word in words
            ):
                resolve_to(start, end, actor_id, name)
                resolved.append((start, title, actor_id, name))
                break
        else:
            occupation = title in _OCCUPATIONS
            if head is None or (title in _NAMED_WITH_TITLE_ONLY and not occupation):
                continue
            # nobody was named with the title: the guest of a meeting with the head, the
            # last person named before who is not the head ("Ann Vale briefed the President
            # on the harvest. The Governor said …"); an occupation only for the one named
            # just before ("steelworker Ann Vale … The veteran said")
            reach = _OCCUPATION_FALLBACK_CHARS if occupation else _TITLE_FALLBACK_CHARS
            for p_start, p_end, actor_id, name in reversed(people[: bisect_left(people, (start,))]):
                if p_start < start - reach:
                    break
                if (
                    occupation
                    and (
                        body.startswith(":", p_end)  # a transcript's label
                        or re.search(
                            r"\b(?:of|in|at|from|to)\s+$", body[max(0, p_start - 5) : p_start]
                        )
                    )
                ):
                    continue  # (a place written as a name: "the village of Upper Kigi")
                if (
                    p_end <= start
                    and actor_id != head
                    and (speaking is None or actor_id != speaking)
                    and not (actor_id is None and name is not None and _is_head_name(name, head))
                    and not any(q0 <= p_start < q1 for q0, q1 in quoted)
                ):
                    if actor_id is not None:
                        extra.append((start, end, actor_id, "person"))
                    else:
                        extra_written.append((start, end, name))
                    break
    return extra, extra_written


# A person described by their country and a title or role noun: "the Russian minister", "The
# Iranian diplomat", "the visiting Turkish leader", "the head of Ukrainian diplomacy".
_BEFORE_COUNTRY_DESCRIPTION = re.compile(
    r"(?<![\w'’])(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z]+\s+)?"
    r"|[Tt]he\s+(?:head|chief)\s+of\s+(?:the\s+)?)$"
)
_COUNTRY_DESCRIPTION_HEADS = frozenset(_PERSON_HEADS) - set(_NAMED_WITH_TITLE_ONLY) | {
    "diplomat",
    "envoy",
    "negotiator",
}
_AFTER_COUNTRY = re.compile(
    # "the Chinese Minister", "the Russian minister": a title capitalized or not
    rf"\s+(?:[a-z]+\s+)??(?P<head>(?i:{'|'.join(sorted(_COUNTRY_DESCRIPTION_HEADS, key=len, reverse=True))}))"
    r"(?![\w'’\-])(?!\s+[A-Z])"
)
_OF_COUNTRY_FIELDS = re.compile(r"\s+(?:diplomacy|government|state|delegation|cabinet)\b")
# "The Ambassador of Zambia recalled", "the Prime Minister of Japan said": a title of the
# country, no name after it (that would be the person named: "Ambassador of Zambia Ann Vale").
_TITLE_OF_COUNTRY = re.compile(
    rf"(?<![\w'’])[Tt]he\s+(?:[A-Z][a-z]+\s+)?(?P<head>(?i:{'|'.join(sorted(_COUNTRY_DESCRIPTION_HEADS, key=len, reverse=True))}))"
    r"\s+of\s+(?:the\s+)?$"
)
_NO_NAME_AFTER = re.compile(r"(?=\s*[,.;:)–—]|\s+[a-z])")


def country_descriptions(
    body: str,
    mentions: list[Mention],
    countries: dict[str, str],
    quote_spans: list[tuple[int, int]],
) -> list[Mention]:
    """Mentions of people the text describes by their country ("the Russian minister", "The
    Iranian diplomat", "the head of Ukrainian diplomacy", "the Ambassador of Zambia"): the
    last person named before
    whose country (`countries`: actor id → country code, persons and countries alike) is
    the one described. A description a person mention already covers (a role the seeds
    resolved) is left.

    Why: after naming both sides of talks, news tells them apart by country; the last
    person named is as often the other side."""
    people = [
        m
        for m in outside_quotations(mentions, quote_spans)
        if m[3] == "person" and m[2] in countries
    ]
    extra: list[Mention] = []
    for c_start, c_end, country_id, kind in mentions:
        if kind != "country" or country_id not in countries:
            continue
        head = None
        before = _BEFORE_COUNTRY_DESCRIPTION.search(body, max(0, c_start - 30), c_start)
        if before is not None and " of" in before.group(0):
            after = _OF_COUNTRY_FIELDS.match(body, c_end)
        elif before is not None:
            after = _AFTER_COUNTRY.match(body, c_end)
            head = after.group("head") if after is not None else None
        else:
            before = _TITLE_OF_COUNTRY.search(body, max(0, c_start - 50), c_start)
            after = _NO_NAME_AFTER.match(body, c_end) if before is not None else None
            head = before.group("head") if after is not None else None
        if before is None or after is None:
            continue
        start, end = before.start(), after.end() if after.end() > c_end else c_end
        if any(m[0] < end and start < m[1] and m[3] == "person" for m in mentions):
            continue
        code = countries[country_id]
        same = [
            p
            for p in people
            if p[1] <= start and start - p[0] <= _TITLE_LOOKBACK_CHARS and countries[p[2]] == code
        ]
        if head and head.lower() not in _GENERIC_DESCRIPTION_HEADS:
            # "the Chinese Minister" after "Minister of Foreign Affairs of China Wang Yi"
            # and "the Chinese leader": the one named with that title
            titled = {
                p[2]
                for p in same
                if re.search(
                    rf"(?i)\b{re.escape(head)}\b", body[max(0, p[0] - _TITLE_REACH) : p[0]]
                )
            }
            same = [p for p in same if p[2] in titled] or same
        if same:
            extra.append((start, end, same[-1][2], "person"))
    return extra


_LATTER_FORMER = re.compile(
    r"(?<![\w'’])[Tt]he\s+(?P<which>latter|former)(?![\w'’\-])(?!\s+[a-z]+\s+of\b)"
)


def latter_and_former(
    body: str, mentions: list[Mention], quote_spans: list[tuple[int, int]]
) -> list[Mention]:
    """Mentions of "the latter" and "the former" as people: the second and the first of the
    two people named last before ("Naryshkin and Shoigu also spoke. The latter noted ...":
    Shoigu), when those two are different people.

    Why: releases name two speakers together, then tell them apart so."""
    people = [m for m in outside_quotations(mentions, quote_spans) if m[3] == "person"]
    extra: list[Mention] = []
    for hit in _LATTER_FORMER.finditer(body):
        before = [m for m in people if m[1] <= hit.start() and hit.start() - m[0] < 400]
        distinct: list[Mention] = []
        for m in reversed(before):
            if all(m[2] != d[2] for d in distinct):
                distinct.append(m)
            if len(distinct) == 2:
                break
        if len(distinct) < 2:
            continue
        second, first = distinct
        chosen = second if hit.group("which") == "latter" else first
        extra.append((hit.start(), hit.end(), chosen[2], "person"))
    return extra


# Words for whoever heads a body: "the head of Rosneft", "the Sberbank chief".
_HEAD_WORDS = r"(?:head|chief|boss|CEO|chairman|chairwoman|director|director\s+general|president)"
_HEAD_OF_BEFORE = re.compile(
    rf"(?<![\w'’])[Tt]he\s+(?:company\s+)?{_HEAD_WORDS}\s+of\s+(?:the\s+)?$"
)
_HEAD_AFTER = re.compile(rf"\s+{_HEAD_WORDS}(?![\w'’\-])")
_THE_BEFORE = re.compile(r"(?<![\w'’])[Tt]he\s+$")
# What may stand between a body and the name of its head: "Rosneft Igor Sechin", "VTB Bank
# Andrei Kostin", "Sberbank, German Gref"; or after the name: "Igor Sechin, head of ".
_TITLE_GAP = re.compile(r"[\s,]*(?:[A-Z][\w'’\-]*\s+){0,3}")
# "Igor Sechin, head of Rosneft", "Igor Sechin of Rosneft"
_APPOSITION_GAP = re.compile(
    r"(?:,\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,4}?|\s+)(?:of|at)\s+(?:the\s+)?"
)
# How far from a person's name the body they head may be named ("CEO of Sberbank German
# Gref", "Igor Sechin, head of Rosneft").
_HEAD_NAME_REACH = 60


def organization_heads(
    body: str, mentions: list[Mention], quote_spans: list[tuple[int, int]]
) -> list[Mention]:
    """Mentions of people described as the head of a body named ("the head of Rosneft",
    "the Sberbank chief"): the last person named before with that body beside the name,
    within a few words ("CEO of Sberbank German Gref", "Igor Sechin, head of Rosneft").

    Why: releases name a company's chief once with the title, then call them "the head of
    X"; the body's name in the phrase is not the speaker."""
    bodies = [m for m in mentions if m[3] == "organization"]
    free = outside_quotations(mentions, quote_spans)
    people = [m for m in free if m[3] == "person"]
    extra: list[Mention] = []
    for o_start, o_end, org_id, _ in (m for m in free if m[3] == "organization"):
        before = _HEAD_OF_BEFORE.search(body, max(0, o_start - 40), o_start)
        after = None if before else _HEAD_AFTER.match(body, o_end)
        if before is not None:
            start, end = before.start(), o_end
        elif after is not None and (the := _THE_BEFORE.search(body, max(0, o_start - 6), o_start)):
            start, end = the.start(), after.end()
        else:
            continue
        if any(m[0] < end and start < m[1] for m in people):
            continue  # "the head of Rosneft Igor Sechin": named right there
        # the body named beside the person elsewhere
        beside = [m for m in bodies if m[2] == org_id and not (start <= m[0] < end)]
        for p_start, p_end, actor_id, _ in reversed(people):
            if p_end > start or start - p_start > _TITLE_LOOKBACK_CHARS:
                continue
            if any(
                (
                    0 <= p_start - b_end <= _HEAD_NAME_REACH
                    and _TITLE_GAP.fullmatch(body, b_end, p_start)
                )
                or (
                    0 <= b_start - p_end <= _HEAD_NAME_REACH
                    and _APPOSITION_GAP.fullmatch(body, p_end, b_start)
                )
                for b_start, b_end, _, _ in beside
            ):
                extra.append((start, end, actor_id, "person"))
                break
    return extra


# Description heads that are no title a person is named with ("the Turkish guest").
_GENERIC_DESCRIPTION_HEADS = frozenset(
    {"leader", "counterpart", "colleague", "host", "guest", "visitor", "diplomat", "head"}
)


# How far back a title alone no name goes with finds the person it stands for.
_OCCUPATION_FALLBACK_CHARS = 250
_TITLE_FALLBACK_CHARS = 1500


def _is_head_name(name: str, head: str) -> bool:
    """Whether a written name is the head's ("Putin" for "person_vladimir_putin")."""
    return name.lower().split()[-1] == head.lower().rsplit("_", 1)[-1]


# A title someone else holds, owned by a name: "Putin's spokesman", "Vale's chief of staff"
# (up to two words between).
_OWNED_TITLE = re.compile(
    rf"(?P<owner>.+?)['’]s?\s+(?:[\w\-]+\s+){{0,2}}?(?P<title>{_TITLES_ALONE})"
)


_CAPITALIZED_NAME = re.compile(r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)*")


def owned_title_holder(
    body: str,
    speaker_text: str,
    s_start: int,
    mentions: list[Mention],
    written: list[tuple[int, int, str]],
) -> tuple[str | None, str | None] | None:
    """Who speaks as "X's <title>" ("Putin's spokesman added") when X is a person: the last
    person named before with that title beside the name ("Kremlin spokesman Dmitry
    Peskov"), else nobody named (None, the phrase). None when the phrase is no such title
    or its owner is no person.

    Why: the person in the phrase owns the title; the holder speaks for them."""
    found = _OWNED_TITLE.fullmatch(speaker_text)
    if found is None:
        return None
    owner_end = s_start + found.end("owner")
    owners = {m[2] for m in mentions if s_start <= m[0] < owner_end and m[3] == "person"}
    # an owner only written ("Vale's spokesman"): anyone of that family name is the owner
    owner_names = {_surname(w[2]) for w in written if s_start <= w[0] < owner_end} or (
        {_surname(owner)}
        if _CAPITALIZED_NAME.fullmatch(owner := found.group("owner"))
        and all(_is_name_word(w) for w in owner.split())
        else set()
    )
    if not owners and not owner_names:
        return None
    title = found.group("title").lower()
    before_name, after_name = _TITLE_BEFORE_NAME[title], _TITLE_AFTER_NAME[title]
    people = sorted(
        [(m[0], m[1], m[2], None) for m in mentions if m[3] == "person"]
        + [(w[0], w[1], None, w[2]) for w in written],
        key=lambda p: p[0],
    )
    for p_start, p_end, actor_id, name in reversed(people[: bisect_left(people, (s_start,))]):
        if p_start < s_start - _TITLE_LOOKBACK_CHARS:
            break
        if (
            actor_id in owners
            or _surname(actor_id or name or "") in owner_names
            or (actor_id is None and _covered(p_start, p_end, mentions))
        ):
            continue
        if before_name.search(body, max(0, p_start - _TITLE_REACH), p_start) or after_name.match(
            body, p_end, p_end + _TITLE_REACH
        ):
            return (actor_id, speaker_text) if actor_id is not None else (None, name)
    return None, speaker_text


_WORD_CHAR = re.compile(r"[\w'’]")


# A saying quoted as one: "As the saying goes, “…”", "“…,” as they say", "as the proverb has it".
# "as the old saying goes", "as the Chinese proverb goes": a people's adjective may say whose
# ("As an old Chinese saying goes,": an article and two modifiers)
_SAYING = (
    r"(?:(?:the|an?)\s+)?(?:(?:old|popular|famous|wise|good|[A-Z][a-z]+)\s+){0,2}"
    r"(?:saying|proverb|adage)"
)
_SAYING_BEFORE = re.compile(
    rf"(?:\b[Aa]s\s+{_SAYING}\s+(?:goes|says|has\s+it)|\b[Aa]s\s+(?:they|people)\s+(?:say|put\s+it)"
    # "as we say in Russia,": a people's saying, the speaker's among them
    rf"|\b[Aa]s\s+we\s+say\s+in\s+[A-Z][\w'’\-]+"
    # "As the Chinese say,": a people's saying
    # (a people, not an office: "As the Governor put it" is the Governor's)
    rf"|\b[Aa]s\s+the\s+[A-Z][a-z]+(?:ese|ch|sh|s|i)\s+(?:say|put\s+it)\b"
    rf"|\b(?:[Aa]|[Tt]he|[Aa]n\s+old|[Aa]\s+popular)\s+(?:saying|proverb|adage)\s+(?:goes|says)"
    rf"|\b[Tt]here\s+is\s+(?:a|an)\s+(?:[\w'’\-]+\s+){{0,3}}?(?:saying|proverb|adage)"
    # "We have a saying:", "The Chinese have a good proverb:"
    rf"|\b(?:have|has)\s+(?:a|an|this)\s+(?:[\w'’\-]+\s+){{0,2}}?(?:saying|proverb|adage|joke)"
    # "recalled an old saying of the space industry:", "quoted a proverb:"
    rf"|\b(?:recalled|quoted|cited|used|remembered)\s+(?:a|an|the)\s+(?:[\w'’\-]+\s+){{0,2}}?"
    # ("recalled a saying often heard in the army,": what is said of it may follow)
    rf"(?:saying|proverb|adage|maxim|motto)s?\b(?:\s+[^.!?“”\":]{{1,40}}?)?"
    # a named maxim or slogan: "the old principle of “…”", "The team's motto, “…”"
    rf"|\b(?:principle|motto|slogan|maxim|watchword|catchphrase)s?\b(?:\s+of)?)"
    rf"[^.!?“”\"]{{0,40}}?[:,]?\s*$"
)
# Words written on a thing, no one's speech: "Posters reading “…”", "A banner across the
# gate read “…”", "a plaque with the words “…”", "a traditional wish, “…”".
_INSCRIPTION_BEFORE = re.compile(
    r"\b(?:posters?|banners?|signs?|placards?|inscriptions?|plaques?|billboards?|"
    r"signboards?|graffiti|t-shirts?|stickers?|leaflets?)\b[^.!?“”\"«»]{0,60}?"
    r"\b(?:read|reads|reading|said|saying|says|bearing|bore|with\s+the\s+words)\s*[:,]?\s*$"
    r"|\btraditional\s+(?:wish|toast|greeting|blessing|saying)\s*[:,]?\s*$",
    re.I,
)
_SAYING_AFTER = re.compile(
    rf"[,\s]*(?:as\s+{_SAYING}\s+(?:goes|says|has\s+it)|as\s+(?:they|people)\s+say)\b"
)


# A law's, an order's or a joint text's wording introduced by its name: "The executive
# order says:", "The joint statement reads:", "Article 10 of the treaty states,".
# Texts of law and state papers ("The National Security Concept says:"), and a joint
# statement, which speaks for no one signatory.
_LAW_NOUNS = (
    r"(?:constitution|charter|treaty|memorandum|protocol|accord|law|decree|executive\s+order|"
    r"order|convention|act|bill|resolution|declaration|concept|doctrine|joint\s+statement|"
    r"communiqu[eé]|agreement|article|clause|paragraph)"
)
_LEGAL_WORDING = re.compile(
    # (a law known by its number, no article: "Federal Law No. 122 is very clear:")
    r"(?:\b(?:Federal\s+|Constitutional\s+|Presidential\s+)?(?:Law|Decree|Order)\s+No\.?\s*[\w\-–/]+|"
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Oo]ur|[Yy]our|[Tt]heir)\s+(?:[\w'’\-]+\s+){0,3}?"
    rf"(?i:{_LAW_NOUNS}|statement|"
    # a code of laws ("The Civil Code says clearly:")
    r"(?:civil|criminal|tax|labour|labor|land|family|administrative|budget)\s+code))"
    # where it is: "The draft law that is now in the State Duma says"
    r"(?:\s+(?:that|which)\s+(?:is|was|are)\s+[^.!?“”\"«]{1,50}?)?"
    # whose it is: "The Treaty on the Creation of the Union State says"
    r"(?:\s+(?:on|of|for|between|about)\s+(?:[\w'’\-]+\s+){0,6}?[\w'’\-]+)?"
    # when it was signed: "The joint declaration signed today says"
    r"(?:\s+(?:signed|adopted|approved|issued|published)(?:\s+[\w'’\-]+){0,5}?)?\s+"
    r"(?:(?:says|reads|read|states|stated|stipulates|stipulated|provides|provided|notes|"
    r"declares|declared|proclaims|requires|guarantees|defines|establishes|sets|begins|opens)"
    r"(?:\s+(?:it|this|that))?"
    r"(?:\s+(?:plainly|clearly|explicitly|directly|unambiguously|simply))?"
    # what it says follows: "stated that the parties would work “", "states that its aim is"
    r"(?:(?<=that)\s+[^.!?“”\"«]{1,60}?)?"
    # what it says, how: "says in black and white:", "sets a clear threshold:", "begins
    # with the words:"
    r"(?:\s+(?:in|with|a|an|the|clear|firm|strict|black|and|white|words?|threshold|"
    r"limit|goal|target|task|rule|principle|norm|requirement)){0,4}"
    # "The UN Charter is very clear on this:", "The federal law is strict:"
    r"|(?:is|are)\s+(?:very\s+|quite\s+|absolutely\s+|perfectly\s+)?"
    r"(?:clear|unambiguous|explicit|strict|categorical|precise|specific)"
    r"(?:\s+(?:on|about)\s+(?:this|that|it)(?:\s+(?:point|matter|issue|question|score))?)?)"
    r"\s*[:,]?\s*[“\"«]?\s*$"
)


# The words of someone named, cited: "recalled the words of President Ho Chi Minh:".
_WORDS_OF_NAMED = re.compile(
    r"\bthe\s+words\s+of\s+"
    # a description may come first: "the words of the institute's founder, academician X:"
    r"(?:(?:the|its|his|her|their|my|our|your)\s+(?:[\w'’\-]+\s+){0,3}?[a-z]+,\s+(?:[a-z]+\s+){0,2})?"
    r"(?P<owner>(?:[A-Z][\w'’\-.]*\s+){0,5}[A-Z][\w'’\-]*)"
    # (and who they were: "the words of Ann Vale, the founder of the school:")
    r"(?:,\s+(?:the|an?)\s+[^,:;“”\"«»]{1,80})?"
    r"\s*[:,]?\s*[“\"«]?\s*$"
)
_DATED_TEXT = re.compile(
    r"\b(?:statement|declaration|communiqu[eé])s?\s+of\s+(?:\d|"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\b"
)


# A short phrase quoted as what a law calls something: "under the law on healthcare, children's
# health is recognised as “a priority of the state”".
_UNDER_THE_LAW = re.compile(
    r"\b(?:[Uu]nder|[Ii]n|[Bb]y)\s+the\s+(?:[\w'’\-]+\s+){0,2}?(?i:law|constitution|code|decree|"
    r"charter|treaty)\b[^.!?“”\"]{0,100}?\b(?:recognised|recognized|defined|described|declared|"
    r"named|called|designated|referred\s+to)\s+as\s*$"
)


# A text quoted for its wording, by the noun that names it ("The Code of Ethics …", "the
# second document", "an inscription"); a statement one body issued is that body's.
_TEXT_NOUN = re.compile(
    rf"(?i:\b(?:{_LAW_NOUNS}|code|document|inscription|strategy|programme|program)s?\b)"
)
# The verbs by which a text says what it says.
_TEXT_VERB = re.compile(
    r"\b(?:says|reads|states|stipulates|provides|notes|declares|proclaims|requires|"
    r"guarantees|defines|establishes|sets|reaffirms|affirms|adds|enshrines|begins|opens)\b"
)


def document_wording(
    body: str, clause_start: int, quote_start: int, mentions: list[Mention]
) -> bool:
    """Whether the clause before a quote says a text's wording follows, the text the
    subject of its verb however long its name or the clause about it ("The Code of Ethics
    …, which our companies have signed, states:", "The decree I signed in May says:",
    "That resolution reaffirms “…”", "The Executive Order sets the target of “…”"): a
    document noun before the verb, no person or body named with it or between them.

    Why: a law, a treaty or an inscription quoted is nobody's speech; the person named
    near it (who signed it, who spoke before) did not say the words."""
    text = body[clause_start:quote_start]
    verb = _last_match(_TEXT_VERB, text, 0, len(text))
    if (
        verb is None
        or len(text) - verb.end() > 100
        or _ANY_MARK.search(text, verb.end(), len(text) - 1)
    ):
        return False
    noun = _last_match(_TEXT_NOUN, text, 0, verb.start())
    if noun is None or verb.start() - noun.end() > 120:
        return False
    between = text[noun.end() : verb.start()]
    if re.search(r"[.!?;]|\b(?:and|but)\s+(?:he|she|they|we|it)\b", between):
        return False
    # a body's own text speaks for it ("The NATO summit declaration reads:", "The resolution
    # adopted by the Assembly reads:"), as a statement does
    phrase_start = clause_start + max(0, noun.start() - 60)
    named = mentions[
        bisect_left(mentions, (phrase_start,)) : bisect_left(
            mentions, (clause_start + verb.start(),)
        )
    ]
    return not any(m[3] in ("person", "organization", "group") for m in named)


def _message_before(body: str, quote_start: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the sentence before the quote's own names a message ("A similar message was
    sent to Ann Vale."), which "it says" after the quote then stands for."""
    index = sentence_index_of(spans, quote_start) if spans else 0
    return index > 0 and _MESSAGE_NOUN.search(body, *spans[index - 1]) is not None


def document_before(body: str, offset: int, spans: list[tuple[int, int]]) -> bool:
    """Whether "It says"/"It adds" at `offset` continues a document the sentence before
    names ("Today we signed a declaration on partnership. It says that …"), a joint
    statement or a text of law; a statement one body issued is that body's."""
    index = sentence_index_of(spans, offset) if spans else 0
    if index == 0:
        return False
    p_start, p_end = spans[index - 1]
    # (a noun inside a quotation names no document: 'called it “a criminal act”')
    return any(
        not _inside_quotation(body, p_start, noun.start())
        for noun in _TEXT_NOUN.finditer(body, p_start, p_end)
    )


def _inside_quotation(body: str, start: int, at: int) -> bool:
    """Whether `at` is inside a quotation opened after `start` and not yet closed."""
    before = body[start:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def legal_wording(body: str, quote_start: int) -> bool:
    """Whether the quote is a text's wording introduced by the text ("The executive order
    says:", "The joint statement reads:"), a joint statement's being its signatories' all
    and no one's in particular; a statement that only one body issued is that body's
    (`_DOCUMENT_INTRO`)."""
    if _UNDER_THE_LAW.search(body, max(0, quote_start - 180), quote_start):
        return True
    found = _LEGAL_WORDING.search(body, max(0, quote_start - 140), quote_start)
    if found is None:
        return False
    text = found.group(0).lower()
    if "statement" in text or "communiqu" in text or "declaration" in text:
        # one body's statement speaks for it; a joint one, adopted by several, for none
        before = body[max(0, found.start() - 300) : found.start()].lower()
        # "The statement of November 9 says:": a text known by its date, no one's words
        dated = _DATED_TEXT.search(text) is not None
        # "The Johannesburg Declaration says": a declaration known by its title, a summit's
        named = _TITLED_DECLARATION.search(found.group(0)) is not None
        return (
            dated
            or named
            or "joint" in text
            or "joint statement" in before
            or "joint declaration" in before
        )
    return True


# A text a body adopted, its author named with it, then what the text does with its words:
# "The resolution of the European Parliament reads:", "The written reply of NATO says:", "The
# Declaration of State Sovereignty, adopted by the Verkhovna Rada, says:".
_AUTHORED_LEGAL_TEXT = re.compile(
    r"\b(?i:resolution|declaration|reply|response|decision|ruling|appeal|report)"
    r"(?:\s+of\s+(?:the\s+)?(?P<of>[A-Z][^,;.!?“”\"«]{1,60}?)"
    r"|[^,;.!?“”\"«]{0,60}?,\s+(?:adopted|issued|passed)\s+by\s+(?:the\s+)?(?P<by>[A-Z][^,;.!?“”\"«]{1,60}?),)"
    r"\s+(?:reads|says|states|stated|said|read)\b[^.!?“”\"«]{0,25}[:,]?\s*[“\"«]?$"
)


def legal_text_author(body: str, quote_start: int, mentions: list[Mention]) -> str | None:
    """The organization a text quoted for its wording is the act of, named with it ("The
    resolution of the European Parliament reads:"): the body mention where the name is, a
    body and no country, place nor person; else None (the text is no one's words,
    `legal_wording`)."""
    found = _AUTHORED_LEGAL_TEXT.search(body, max(0, quote_start - 200), quote_start)
    if found is None:
        return None
    group = "of" if found.group("of") else "by"
    start, end = found.span(group)
    for m_start, m_end, actor_id, actor_type in mentions:
        if m_start == start and actor_type in ("organization", "group") and m_end <= end + 1:
            return actor_id
    return None


_TITLED_DECLARATION = re.compile(r"\b[A-Z][\w'’\-]+\s+Declaration\b")


def is_saying(
    body: str, quote_start: int, quote_end: int, mentions: Sequence[Mention] = ()
) -> bool:
    """Whether a quote is a saying, or words of people at large, no one's in particular: "As
    the saying goes, “…”", "“…,” as they say", "There is a saying: “…”", "recalled an old
    saying:", words on a poster or a banner, "some Western politicians keep repeating the
    same line:", "Many Muscovites
    keep asking the same question:", "people in the industry often say “…”", "recalled the
    words of her first mentor:" (someone unnamed).

    Why: a proverb inside a speech is not the speaker's statement, nor anyone else's; the
    one who cites what people keep saying is not saying it."""
    lo = max(0, quote_start - 160)
    clause = body.rfind(".", lo, quote_start) + 1 or lo
    return bool(
        _SAYING_BEFORE.search(body, max(0, quote_start - 80), quote_start)
        or _INSCRIPTION_BEFORE.search(body, max(0, quote_start - 120), quote_start)
        or _SAYING_AFTER.match(body, quote_end, quote_end + 40)
        or _people_at_large_say(body, max(lo, clause), quote_start, mentions)
        or _WORDS_OF_UNNAMED.search(body, max(lo, clause), quote_start)
        or _unnamed_one_asks(body, max(lo, clause), quote_start, mentions)
    )


def _people_at_large_say(body: str, start: int, end: int, mentions: Sequence[Mention]) -> bool:
    """Whether people at large speak in body[start:end] (`_PEOPLE_AT_LARGE_SAY`), not a
    person whose surname looks like a town's people ("Sanders", "Rogers" as "Londoners")."""
    for hit in _PEOPLE_AT_LARGE_SAY.finditer(body, start, end):
        if not any(m[0] <= hit.start() < m[1] and m[3] == "person" for m in mentions):
            return True
    return False


_UNNAMED_ONE = re.compile(
    rf"(?:\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w'’\-]+\s+){{0,3}}?{_PERSON_NOUNS}\b"
    r"[^.!?“”\"«]{0,60}?\b(?:asked|said|wanted\s+to\s+know|wondered|shouted|wrote|put\s+it)"
    rf"|\b[Qq]uestion\s+(?:was\s+(?:then\s+)?(?:taken|put|asked)|(?:then\s+|also\s+)?came)\s+(?:from|by)\s+"
    rf"(?:(?:an?|one|another)\s+(?:[\w'’\-]+\s+){{0,3}}?{_PERSON_NOUNS}\b"
    # "A question then came from the back of the hall:": someone there
    r"|the\s+(?:back|floor|front|audience|hall)\b)"
    # "Asked by a reporter whether “…”, Ann Vale said": the asker's words, not the answer
    rf"|\b[Aa]sked\s+(?:by\s+(?:an?|one|another)\s+(?:[\w'’\-]+\s+){{0,3}}?{_PERSON_NOUNS}\s+)?(?:whether|if)(?=\s*[“\"«]?\s*$))"
    r"[^.!?“”\"«]{0,60}?[:,]?\s*[“\"«]?\s*$"
)
# A name written in the clause: the one who asks is named after all ("A reporter from
# BelTA, Olga Kravets, asked").
_TWO_CAPITALIZED = re.compile(r"\b[A-Z][\w'’\-]+\s+[A-Z][\w'’\-]+")


# What a relative clause says its person was: "Ann Vale, who was a student of his, said".
_WHO_WAS_BEFORE = re.compile(r",\s+who\s+(?:[a-z]+\s+){1,3}$")


def _unnamed_one_asks(body: str, start: int, quote_start: int, mentions: Sequence[Mention]) -> bool:
    """Whether the clause before a quote says one unnamed person asks or says it (not what
    a named one was: "Ann Vale, who was a student of his, said"; nor when a person named
    after the asking answers: "a woman asked for a photo and Clinton said, “…”")."""
    found = _UNNAMED_ONE.search(body, start, quote_start)
    return (
        found is not None
        and not _TWO_CAPITALIZED.search(body, found.start() + 1, quote_start)
        and not any(
            _SPEECH_VERB.match(body, m[1] + 1)
            for m in _persons_between(found.start() + 1, quote_start, mentions)
        )
        and not _WHO_WAS_BEFORE.search(body, max(start, found.start() - 40), found.start())
        # "Klaus Hoffmann, a pensioner from Dresden, wrote:": described after the name
        and not _NAME_COMMA_BEFORE.search(body, max(start, found.start() - 60), found.start() + 1)
    )


_NAME_COMMA_BEFORE = re.compile(r"[A-Z][\w'’\-]+\s+[A-Z][\w'’\-]+,\s*\S?$")


# People at large as the subject of what is quoted: "some Western politicians keep repeating
# the same line:", "Many Muscovites keep asking the same question:", "people in the industry
# often say", "her pupils often asked her the same question:", "students joke:".
_PEOPLE_AT_LARGE_SAY = re.compile(
    r"(?:\b(?:[Ss]ome|[Mm]any|[Mm]ost|[Oo]ther|[Ss]everal|[Cc]ertain)\s+(?:[\w'’\-]+\s+){0,2}?"
    r"[a-zA-Z]+s|\b[Pp]eople(?:\s+(?:in|from|of)\s+(?:the\s+)?[\w'’\-]+)?"
    # a people the speaker belongs to: "We Egyptians say:", "we Russians often say"
    r"|\b[Ww]e\s+[A-Z][a-z]+(?:ns|ese|is|ks|hs|s)\b"
    # the West at large: "Our Western partners promised us:", "Western politicians claim"
    r"|\b(?:(?:[Oo]ur|[Tt]he|[Tt]heir)\s+(?:former\s+)?)?Western\s+(?:partners|colleagues|"
    r"politicians|leaders|countries|governments|elites|capitals|officials)"
    # "Some in Europe argue", "Many in Washington believe"
    r"|\b(?:[Ss]ome|[Mm]any|[Oo]thers|[Ff]ew)\s+in\s+(?:the\s+)?[A-Z][\w'’\-]+"
    # "Businesspeople often tell me:", "townspeople"
    r"|\b[A-Za-z]+people\b"
    r"|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Yy]our)\s+(?:[\w'’\-]+\s+)?(?:pupils|students|colleagues|"
    r"critics|opponents|neighbours|neighbors|friends|readers|viewers|voters|residents|citizens|"
    r"farmers|workers|teachers|doctors|parents|employees|pensioners|entrepreneurs|fishermen)"
    # where they are: "Our colleagues in the Union often say:"
    r"(?:\s+(?:in|from|at)\s+(?:the\s+)?[A-Z][\w'’\-]*)?"
    # the press at large: "Western media keep repeating:"
    r"|\b(?:[Tt]he\s+)?(?:[A-Z][a-z]+\s+)?media"
    # a group with an article and where they are ("The fishermen in Nakhodka say:") or
    # saying what they always say ("the joke the governors tell about …")
    r"|\b[Tt]he\s+(?!(?:keep|continue|say|tell|write|ask|repeat|complain)s\b)"
    rf"(?!{_BODY_NOUNS}\b)[a-z]{{3,}}(?:s|men)"
    # where they are, one or two steps: "The pupils of one of the schools on Vasilyevsky
    # Island wrote:", "The farmers of the Stavropol Territory asked us:"
    r"(?:(?:\s+(?:of|in|from|at|on)\s+(?:one\s+of\s+)?(?:the\s+)?"
    r"(?:(?:[A-Z][\w'’\-]*|[a-z]+)\s+){0,3}?[\w'’\-]+){1,2}"
    r"|(?=\s+(?:say|tell|like\s+to\s+say|joke)\b)"
    # who they are: "The guys who come home often say:"
    r"|\s+who\s+(?:[a-z]+\s+){0,3}?[a-z]+(?=\s+(?:often|always|usually|still|keep|say|tell)\b))"
    # a plural with no article opening a clause: "In our hostels, students joke:"
    r"|(?:(?<=,\s)|(?<=[.:;]\s)|(?<=^)|(?<=\bAs\s))(?:[a-z][\w\-]*\s+)?"
    r"(?!(?:keep|continue|say|tell|write|ask|repeat|complain)s\b)"
    # (officials, diplomats, sources speak for the body named before: `_BODY_SPEAKER`)
    rf"(?!{_BODY_NOUNS}\b)[a-z]{{3,}}s"
    # where they are: "As farmers in the Rostov Region put it,"
    r"(?:\s+(?:of|in|from|at|across|around)\s+(?:the\s+)?(?:[A-Z][\w'’\-]*\s+){0,3}[\w'’\-]+)?"
    # people of a town ("Muscovites used to complain:", "Londoners say"; a country's
    # people, "the Ukrainians said", speak for it)
    r"|\b[A-Z][a-z]+(?:ites|ers)"
    # a capitalized plural opening a sentence with where they are: "Residents of the region
    # like to joke:", "Workers at the plant say"
    r"|(?:(?<=[.:;]\s)|(?<=^))[A-Z][a-z]{2,}s\s+(?:of|in|from|at|across|around)\s+"
    r"(?:the\s+)?[\w'’\-]+"
    # someone unnamed: "I remember someone in Minsk saying:"
    r"|\b(?:[Ss]omeone|[Ss]omebody|[Aa]nyone|[Ee]veryone)(?:\s+(?:in|from|at)\s+[\w'’\-]+)?"
    # critics and experts at large, no article: "Critics say:", "Analysts warn"
    r"|\b(?:[Cc]ritics|[Aa]nalysts|[Ee]xperts|[Ss]ceptics|[Ss]keptics|[Oo]bservers|[Oo]pponents|"
    r"[Cc]ommentators|[Pp]undits|[Pp]rosecutors|[Cc]ampaigners|[Ii]nvestigators|[Pp]rotesters|"
    r"[Aa]ctivists|[Rr]esearchers|[Ss]cientists|[Dd]octors|[Ee]conomists|[Ww]itnesses|"
    r"[Ii]nsiders|[Ss]upporters|[Dd]etractors)"
    # "they" of a place, no one said before: "In the West they say:", "They say in Brussels:"
    r"|\b[Ii]n\s+(?:the\s+)?[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?,?\s+they"
    r"|\b[Tt]hey(?=\s+(?:[a-z]+\s+)?say\s+in\s+(?:the\s+)?[A-Z]))"
    # who they are: "German business people who come to see me say quietly:"
    r"(?:\s+who\s+(?:[a-z]+\s+){0,4}?[a-z]+)?"
    r"\s+(?:(?:keep|kept|often|also|always|still|usually|constantly|regularly|sometimes|now"
    r"|quietly|openly|privately|publicly"
    r"|used\s+to|like\s+to|love\s+to|might|may|could|would|will|(?:have|has|had)\s+been"
    # "Several newspapers have claimed that", "spokespeople had earlier warned that"
    r"|earlier|even|immediately|again|(?:have|has|had)(?=\s+(?:earlier\s+)?[a-z]+ed\b))\s+)*"
    r"(?:say|says|said|saying|ask|asks|asked|asking|repeat|repeats|repeated|repeating|write|"
    r"writes|wrote|tell|told|complain|complained|joke|joked|put\s+it|object|objects|argue|argues|"
    r"argued|claim|claims|claimed|warn|warns|warned|insist|insists|insisted|predicted|"
    r"promise|promised|beg|begged|urge|urged|described|believe|believes|calling|called)"
    r"\b[^.!?“”\"«]{0,50}?[:,]?\s*[“\"«]?\s*$"
)
# The words of someone described, not named: "recalled the words of her first mentor:".
# ("In the words of the head of state, …" opens a sentence with its source: a person)
_WORDS_OF_UNNAMED = re.compile(
    r"(?<!\bIn\s)\bthe\s+words\s+of\s+(?:a|an|the|his|her|their|my|our)\s+(?:[a-z\-]+\s+){0,3}?"
    r"[a-z\-]+\s*[:,]?\s*[“\"«]?\s*$"
)


# A message read out or conveyed by someone other than its sender: "Ann Vale read out the
# President's message of greetings", "The greetings were read out by Ann Vale".
_READ_OUT = re.compile(
    rf"\b(?:read\s+out|conveyed|delivered|passed\s+on)\s+(?!(?:your|my|our|their|his|her|its)\b)"
    rf"(?:(?!(?:your|my|our|their|his|her|its)\b)[\w'’\-]+\s+){{0,4}}?"
    rf"(?P<noun>{_MESSAGE_NOUNS})\b"
    rf"|\b(?P<noun2>{_MESSAGE_NOUNS})\b[^.!?“”\"]{{0,60}}?\b(?:was|were)\s+(?:read\s+out|conveyed|delivered)\b"
)
_FROM = re.compile(r"\s+from\s+")


def read_out_sender(
    body: str,
    quote_start: int,
    spans: list[tuple[int, int]],
    mentions: list[Mention],
    publisher_head: str | None,
) -> str | None:
    """The sender of a message the sentence before a quote says someone read out or
    conveyed: the person after "from" ("a message of greetings from the President") or
    before "'s" ("the President's greetings"), else, when no sender is said, the
    publisher's head; None when the quote does not open a sentence, the sentence before
    reads out no message or its sender is no person known.

    Why: at events an aide reads out the President's greetings; the release names the
    reader, then quotes the message, whose words are the sender's."""
    if not spans:
        return None
    index = sentence_index_of(spans, quote_start)
    if index == 0 or not _OPENS_SENTENCE.match(body, spans[index][0], quote_start):
        return None
    p_start, p_end = spans[index - 1]
    found = _READ_OUT.search(body, p_start, p_end)
    if found is None:
        return None
    noun_start, noun_end = found.span("noun") if found.group("noun") else found.span("noun2")
    owner = _persons_between(max(p_start, noun_start - 40), noun_start, mentions)
    if owner and re.match(r"['’]s?\s", body[owner[-1][1] : owner[-1][1] + 3]):
        return owner[-1][2]
    sender = _FROM.match(body, noun_end, p_end)
    if sender is None:
        after = re.search(r"\s+of\s+[a-z]+\s+from\s+", body[noun_end:p_end])
        sender_at = noun_end + after.end() if after else None
    else:
        sender_at = sender.end()
    if sender_at is not None:
        # "greetings from the leadership of his country": a sender said but no person
        # known is not the publisher's head; whoever conveys them may speak for them
        named = _persons_between(sender_at, min(p_end, sender_at + 80), mentions)
        return named[0][2] if named else None
    return publisher_head


_CLOSING = frozenset('”»"')


def _left_open(body: str, quote_end: int) -> bool:
    """Whether a quotation ends without its closing mark (`quotations` ends a paragraph of a
    quote running over several there: the next paragraph opens with a mark of its own)."""
    return body[quote_end - 1 : quote_end] not in _CLOSING


# A question or note someone handed over, read out next: "Ann Vale gave me a question for
# you. I will read it out:".
_HANDED = re.compile(
    r"\b(?:gave|sent|handed|passed(?:\s+on)?|forwarded|asked\s+me\s+to\s+(?:pass\s+on|read\s+out|ask))"
    r"\s+(?:(?:me|us|to\s+me)\s+)?(?:a|an|the|this|his|her|their)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:question|questions|note|letter|request)\b"
)
_READS_IT_OUT = re.compile(
    r"\b(?:read\s+(?:it|them|this)\s+out|read\s+out|read\s+(?:it|them)|quote\s+(?:it|them))\b"
    r"[^.!?“”\"]{0,60}[:,]?\s*$"
)


def handed_question_sender(
    body: str,
    quote_start: int,
    spans: list[tuple[int, int]],
    mentions: list[Mention],
    written: list[tuple[int, int, str]],
) -> tuple[str | None, str] | None:
    """(actor, name) of who handed over a question or a note read out right before its
    quote ("Ann Vale gave me a question for you. I will read it out:"): the subject of the
    handing verb in the quote's sentence or one of the two before; else None.

    Why: at news conferences journalists read out questions colleagues or listeners gave
    them; the words are the colleague's, not the reader's."""
    if not spans or not _READS_IT_OUT.search(body, max(0, quote_start - 120), quote_start):
        return None
    index = sentence_index_of(spans, quote_start)
    for s_start, s_end in reversed(spans[max(0, index - 2) : index + 1]):
        handed = _HANDED.search(body, s_start, min(s_end, quote_start))
        if handed is not None:
            return _named_subject(body, s_start, handed.start(), mentions, written)
    return None


def split_at_glued_quotes(
    body: str, spans: list[tuple[int, int]], quotes: list[tuple[int, int, str]]
) -> list[tuple[int, int]]:
    """The sentence spans, a sentence also ending right before a quotation whose opening mark
    is glued to the stop before it ("… of mutual respect.\"In 2021, …\""): the sentence
    splitter wants a space there, and the sentence before is no part of the quote's.

    Why: releases glue marks to words; the stop before a capitalized quotation still ends a
    sentence, and who spoke in it is not who reports the quote."""
    cuts = [
        start
        for start, _, words in quotes
        if start >= 1 and body[start - 1] in _SENTENCE_STOPS and words[:1].isupper()
    ]
    if not cuts or not spans:
        return spans
    split: list[tuple[int, int]] = []
    at = 0
    for s_start, s_end in spans:
        while at < len(cuts) and cuts[at] <= s_start:
            at += 1
        while at < len(cuts) and cuts[at] < s_end:
            split.append((s_start, cuts[at]))
            s_start = cuts[at]
            at += 1
        split.append((s_start, s_end))
    return split


def _unsigned_message_quotes(
    body: str, rows: list[tuple], found_quotes: list[tuple[int, int, str]], publisher_head: str
) -> list[tuple]:
    """A quotation that opens the body of a release publishing a message, left without a
    speaker: the message itself, the publisher head's.

    Why: such a release may be nothing but the message in quotation marks, or open with it
    and say only later, if at all, who wrote it; its headline already said the President
    sent it. Quotations further on stay as found: a message quotes sayings and others'
    words ("as the poet wrote, “…”"), which are not the sender's."""
    first = found_quotes[0][0] if found_quotes else -1
    if first < 0 or body[: max(0, first - 1)].strip():
        return rows
    return [
        (*row[:4], publisher_head, None, row[6], "document")
        if row[4] is None and row[2] == first
        else row
        for row in rows
    ]


def _paragraphs_take_the_last(
    body: str,
    rows: list[tuple],
    found_quotes: list[tuple[int, int, str]],
    guessed: set[int],
    said_after: dict[int, tuple[str | None, str | None]],
) -> list[tuple]:
    """The rows, each paragraph of a quote running over several that is left open and
    attributed by nothing of its own (its speaker `guessed`) given the speaker the
    attribution after the last paragraph names (`said_after`): "\"Part one.\"Part two,\"
    she said".

    Why: releases attribute a long quote once, after its last paragraph; the earlier
    paragraphs, their closing marks left out, are the same person's words."""
    index_of = {row[2]: i for i, row in enumerate(rows)}
    following: tuple[int, tuple[str | None, str | None]] | None = None
    for q_start, q_end, _ in reversed(found_quotes):
        at = index_of.get(q_start)
        speaker = said_after.get(q_start)
        if (
            at is not None
            and q_start in guessed
            and following is not None
            and _left_open(body, q_end)
            and not body[q_end : following[0]].strip()
        ):
            speaker = following[1]
            rows[at] = (*rows[at][:4], *speaker, rows[at][6], "same_speaker")
        following = (q_start, speaker) if speaker is not None and any(speaker) else None
    return rows


# A role the first paragraph names its speaker by, a definite or owned one: "the work and
# pensions minister", "Scotland's first minister" (not "a spokesman": someone unnamed).
# The person words a lede describes its speaker by, named in the next paragraph.
_LEDE_PERSON_WORDS = _TITLES | {
    "backbencher", "peer", "campaigner", "activist", "expert", "candidate", "critic",
    "challenger", "contender", "hopeful", "creator", "author",
}  # fmt: skip
_LEDE_ROLE = re.compile(
    rf"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[A-Z][\w'’\-]*['’]s)\s+"
    rf"(?:[\w\-]+\s+){{0,4}}?(?P<role>{'|'.join(sorted(_LEDE_PERSON_WORDS))})\b"
)
_UNNAMED_ROLES = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "official", "aide", "source", "analyst"}
)
# A text a lede's quote is from, its author named only after: "…, a report says.", "…, new
# guidelines say.", "…, according to its authors."; and the text as a speaker's words.
_LEDE_TEXT = (
    r"(?:[Aa]n?|[Tt]he|[Nn]ew|[Ii]ts|[Tt]heir)\s+(?:[\w\-]+\s+){0,2}?"
    rf"(?:{_REPORT_NOUNS}|research|guidelines|guidance|figures|analysis|poll|review)"
)
_LEDE_DOCUMENT = re.compile(
    rf",?\s+(?:{_LEDE_TEXT}\s+"
    r"(?:says|said|suggests|suggested|shows|showed|finds|found|warns|warned|claims|claimed|"
    r"say|suggest|show|find|warn|claim)"
    rf"|according\s+to\s+(?:(?:its|their)\s+(?:authors|makers|creators)|{_LEDE_TEXT}))\s*[.!?]"
)
_LEDE_DOCUMENT_SPEAKER = re.compile(_LEDE_TEXT)
# A role that a quote's sentence ends by saying it: "…, its chief has said."
_LEDE_ROLE_ENDING = re.compile(
    rf",\s+{_LEDE_ROLE.pattern}\s+(?:has\s+|have\s+)?{SPEECH_VERBS}\s*[.!?]?\s*$"
)


def _lede_roles_named_next(
    body: str,
    rows: list[tuple],
    short: list[tuple],
    mentions: list[Mention],
    spans: list[tuple[int, int]],
    written: list[tuple[int, int, str]] = (),  # type: ignore[assignment]
) -> tuple[list[tuple], list[tuple]]:
    """The rows and the short phrases left out, each quote of the first paragraph whose
    speaker is a role nobody holds on record ("…, the work and pensions minister has said",
    "…, a Labour backbencher has said"; or, with no speaker, a sentence a role opens:
    "Scotland's first minister has told pupils it is okay “once in a while”") given the
    first person the next paragraph names as no one's owner; and each whose sentence ends
    with a text speaking ("…, a report says.") given the first body the next paragraph
    names. A short phrase so resolved joins the rows. `spans` are the sentences the rows'
    indexes count.

    Why: news opens with what was said and by whom in office, and names the person at the
    start of the next paragraph ("Alan Johnson said", "Jack McConnell was speaking …"); a
    report's author too ("The National Audit Office praised ministers …")."""
    # (the first paragraph with words, past blank lines and a wire dateline on its own line)
    lede_start = len(body) - len(body.lstrip())
    if (dateline := DATELINE_OPENING.match(body, lede_start)) is not None and "\n" in (
        dateline.group()
    ):
        lede_start = dateline.end()
    lede_end = body.find("\n", lede_start)
    following = _NEXT_PARAGRAPH.search(body, lede_end) if lede_end >= 0 else None
    if following is None or not (rows or short):
        return rows, short
    # (the first person there, known or a name only `written`, who owns nothing: "Formerly
    # one of Mr Brown's closest aides, Ed Balls hinted …" is Ed Balls's)
    known = [
        (m[0], m[1], m[2], body[m[0] : m[1]])
        for m in _persons_between(following.start(), following.end(), mentions)
    ]
    named = sorted(
        known
        + [
            (w[0], w[1], None, w[2])
            for w in written[
                bisect_left(written, (following.start(),)) : bisect_left(
                    written, (following.end(),)
                )
            ]
            if not any(k[0] < w[1] and w[0] < k[1] for k in known)
        ],
        key=lambda n: (n[0], n[1]),
    )
    named = [n for n in named if not body.startswith(("'s", "’s"), n[1])]
    first, last = (
        bisect_left(mentions, (following.start(),)),
        bisect_left(mentions, (following.end(),)),
    )
    # (a body by its name: not a sector named by a common noun, "police")
    bodies = [
        m
        for m in mentions[first:last]
        if m[3] in ("organization", "group") and not m[2].startswith("sector_")
    ]
    person = (named[0][2], named[0][3]) if named else None
    author = (bodies[0][2], body[bodies[0][0] : bodies[0][1]]) if bodies else None

    def speaker(row: tuple) -> tuple[str | None, str] | None:
        if row[2] >= lede_end or row[4] is not None:
            return None
        role = (
            _LEDE_ROLE.fullmatch(row[5])
            if row[5]
            else _LEDE_ROLE.match(body, _past_dateline(body, spans[row[1]][0] if spans else 0))
            or (
                _LEDE_ROLE_ENDING.search(body, row[3], spans[row[1]][1])
                if spans and spans[row[1]][1] > row[3]
                else None
            )
        )
        if role is not None and not row[5] and _LEDE_ROLE.search(body, role.end(), row[2]):
            # someone else brought in before the quote speaks it: "A former adviser went on
            # trial, with a prosecutor telling jurors …"
            role = None
        if role is not None and role.group("role") not in _UNNAMED_ROLES:
            return person
        if (
            _LEDE_DOCUMENT_SPEAKER.fullmatch(row[5])
            if row[5]
            else _LEDE_DOCUMENT.match(body, row[3])
        ):
            return author
        return None

    def given(row: tuple, found: tuple[str | None, str]) -> tuple:
        return (*row[:4], *found, row[6], "description")

    out = [given(row, found) if (found := speaker(row)) else row for row in rows]
    resolved = [(row, found) for row in short if (found := speaker(row))]
    taken = {row[2] for row, _ in resolved}
    return out + [given(row, found) for row, found in resolved], [
        row for row in short if row[2] not in taken
    ]


def _parenthetical_speakers(
    body: str, rows: list[tuple], spans: list[tuple[int, int]], mentions: list[Mention]
) -> list[tuple]:
    """The rows, each whose speaker is no person, a description or no one, given the name a
    parenthetical verb of saying brings in before the quote in its sentence ("The idea,
    says BT, is to shape a “21st Century model”").

    Why: "X, says Y, is …" names its speaker inside the clause, where the rules read the
    subject before the comma as the speaker."""
    if not spans:
        return rows
    out = []
    for row in rows:
        if row[7] in ("description", "none", "context", "parse", "sentence") and not (
            row[4] is not None and _is_person(row[4], mentions)
        ):
            inserted = _last_match(_PARENTHETICAL_SAYING, body, spans[row[1]][0], row[2])
            if inserted is not None:
                start, end = inserted.span("name")
                row = (
                    *row[:4],
                    _speaker_actor(start, end, mentions),
                    inserted.group("name"),
                    row[6],
                    "named",
                )
        out.append(row)
    return out


# A speaker set between commas inside a clause, after the verb: ", says BT,".
_PARENTHETICAL_SAYING = re.compile(rf",\s+{SPEECH_VERBS}\s+(?P<name>{_NAME}),")


def _unnamed_spokesperson_named_next(
    body: str, rows: list[tuple], spans: list[tuple[int, int]]
) -> list[tuple]:
    """The rows, each whose speaker is an unnamed spokesperson ("But a spokesman stressed
    the meeting was “…”") given the person the next quote, in the same or the next
    sentence, names with that same role ("“…,” MAB spokesman Dr Azzam Tamimi said").

    Why: news brings in a body's spokesman unnamed, then names him at his next words."""
    by_start = sorted(rows, key=lambda row: row[2])
    given: dict[int, tuple] = {}
    for row, after in pairwise(by_start):
        # (the role as the speaker's text, else as written before the quote in its sentence)
        role = (
            _SPOKESPERSON_WORD.search(row[5] or "")
            or (
                _SPOKESPERSON_WORD.search(body, spans[row[1]][0], row[2])
                if spans and row[5] is None
                else None
            )
            if row[7] == "unnamed"
            else None
        )
        if (
            role is not None
            and row[4] is None
            and after[4] is not None
            and after[7] == "named"
            and 0 <= after[1] - row[1] <= 1
            and re.search(rf"\b{role.group()}\b", after[5] or "") is not None
        ):
            given[row[2]] = (*row[:4], after[4], after[5], row[6], "context")
    return [given.get(row[2], row) for row in rows]


_SPOKESPERSON_WORD = re.compile(r"\bspokes(?:man|woman|person)\b")
# A line that is a quotation alone, under a number maybe: a heading quoting words said below
# it ("6. “The Gordon problem”").
_QUOTED_HEADING = re.compile(r"[ \t]*(?:\d{1,2}[.)][ \t]*)?[“\"‘'][^\n]{2,120}?[”\"’'][.!?]?[ \t]*")
# How far below a quoted heading the words it quotes are looked for.
_HEADING_REACH = 1500


def _headings_take_the_speaker_below(body: str, rows: list[tuple]) -> list[tuple]:
    """The rows, each whose quotation is a heading line of its own ("6. “The Gordon
    problem”") given the speaker of the first quotation below it that repeats its words
    ("… had dubbed Sondland's role as “the Gordon problem,” he said").

    Why: a story's list of highlights heads each item with a few words one of its speakers
    says in it; the heading is theirs, though no verb of saying stands beside it."""
    by_start = sorted(rows, key=lambda row: row[2])
    given: dict[int, tuple] = {}
    for index, row in enumerate(by_start):
        line_start = body.rfind("\n", 0, row[2]) + 1
        line_end = body.find("\n", row[3])
        if not _QUOTED_HEADING.fullmatch(body, line_start, len(body) if line_end < 0 else line_end):
            continue
        words = row[6].strip(" .,!?;:").lower()
        if len(words.split()) > 12:
            continue
        below = next(
            (
                after
                for after in by_start[index + 1 :]
                if after[2] - row[3] <= _HEADING_REACH
                and words in after[6].lower()
                and (after[4] is not None or after[5] is not None)
            ),
            None,
        )
        if below is not None:
            given[row[2]] = (*row[:4], below[4], below[5], row[6], "context")
    return [given.get(row[2], row) for row in rows]


def _past_dateline(body: str, start: int) -> int:
    """Where the words at body[start:] begin past a wire dateline ("ATLANTA (AP) -- ")."""
    dateline = DATELINE_OPENING.match(body, start)
    return start if dateline is None else dateline.end()


# A paragraph searched for from a line break: its first non-blank character to its end.
_NEXT_PARAGRAPH = re.compile(r"[^\s][^\n]*")


def _partials_take_the_sentence_end(
    body: str,
    rows: list[tuple],
    short_unattributed: list[tuple],
    said_after: dict[int, tuple[str | None, str | None]],
) -> list[tuple]:
    """The rows, each quote that nothing attributed given the speaker of the next quote in
    its sentence when an attribution after that one closes the sentence (`said_after`) and
    no verb of saying stands between them: "… an “unusually high turnover” of staff, which
    had “seriously interfered” with its work, said the committee". A short phrase of
    `short_unattributed` (else a scare quote, left out) is kept when so attributed.

    Why: news sets several partial quotes in one sentence and names the speaker once, at its
    end; each of them is that speaker's words."""
    short = {row[2] for row in short_unattributed}
    given: dict[int, tuple] = {}
    # (sentence, start, speaker) of the quote after the one read, read from the last back
    following: tuple[int, int, tuple[str | None, str | None]] | None = None
    for row in sorted([*rows, *short_unattributed], key=lambda row: row[2], reverse=True):
        if (
            row[4] is None
            and row[5] is None
            and row[7] == "none"
            and following is not None
            and following[0] == row[1]
            and not _REPORTING_VERB.search(body, row[3], following[1])
        ):
            row = given[row[2]] = (*row[:4], *following[2], row[6], "sentence")
        elif row[2] in short:
            following = None
            continue
        speaker = said_after.get(row[2]) or (row[4:6] if row[2] in given else None)
        following = (row[1], row[2], speaker) if speaker is not None and any(speaker) else None
    # (the rows keep their order: a quote inside a turn's label is matched after the label)
    return [given.get(row[2], row) for row in rows] + sorted(
        given[row[2]] for row in short_unattributed if row[2] in given
    )


# A quotation inside a quotation, in single marks: "‘…’", or "'…'" opening after a space
# or a colon and closing before a space or punctuation (an apostrophe in "Don't" is neither).
_INNER_QUOTE = re.compile(
    r"‘(?P<q1>[^’]{3,}?\s[^’]*?)’"
    r"|(?<=[\s:(“\"])'(?P<q2>\w(?:[^'\n]|(?<=\w)'(?=\w))*?\s(?:[^'\n]|(?<=\w)'(?=\w))*?[^\s'])'(?![\w])"
)


def inner_quotations(
    body: str, found_quotes: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """(start, end, words) of each quotation of two words or more in single marks inside one
    of `found_quotes`: a speaker citing someone else ("“My father tells me, ‘Don’t start what
    you cannot finish,’ and I agree”"). Its words are not the speaker's: who said them, the
    quote does not say.

    Why: an analyst asking who said what must not find a proverb or a rival's line under
    the name of the one who cited it."""
    return [
        (m.start(), m.end(), (m.group("q1") or m.group("q2")).strip().rstrip(","))
        for start, end, _ in found_quotes
        for m in _INNER_QUOTE.finditer(body, start + 1, end - 1)
    ]


def quoted_within(found_quotes: list[tuple[int, int, str]], start: int, end: int) -> bool:
    """Whether the quote body[start:end] lies inside another of `found_quotes` (sorted by
    start): "“My father tells me, ‘Don’t start what you cannot finish,’ and …”"."""
    return any(
        o_start < start and end <= o_end
        for o_start, o_end, _ in found_quotes[: bisect_left(found_quotes, (start,))]
    )


def title_person_speaker(
    pronoun: str,
    offset: int,
    title_person: tuple[str, str] | None,
    mentions: list[Mention],
    written: list[tuple[int, int, str]],
) -> tuple[str | None, str | None]:
    """Whom "he" or "she" stands for when the body names no person before it: the one
    person the article's title names, when the name does not tell another gender."""
    if title_person is None or pronoun not in ("he", "she"):
        return None, None
    if _last_person_before(offset, mentions) is not None:
        return None, None
    if any(start < offset for start, _, _ in written):
        return None, None
    gender, _ = _gender(title_person[1])
    if gender is not None and gender != pronoun:
        return None, None
    return title_person[0], pronoun


# How far into a sentence its subject may be named, a few words of time or place before it
# ("Last autumn our chief agronomist, Ann Vale, did …").
_SUBJECT_REACH = 70


def third_person_before(
    body: str,
    quote_start: int,
    spans: list[tuple[int, int]],
    mentions: list[Mention],
    written: list[tuple[int, int, str]],
    resolve_pronoun: Callable[[str, int], tuple[str | None, str | None]],
    turn_speaker: str | None,
) -> tuple[str | None, str | None] | None:
    """The person the sentence before a quote standing alone is about, as its subject: a
    person named near its opening and not as an object ("Our agronomist, Ann Vale, did the
    sums."), or "he"/"she" as the subject of its main clause ("When we came to her village,
    she laughed at us."); not the turn's own speaker, nor when that sentence quotes or
    speaks in the first person; else None.

    Why: a speaker telling a story quotes the people in it with no verb of saying; the
    words after a sentence about someone are that person's."""
    index = sentence_index_of(spans, quote_start)
    if index == 0:
        return None
    p_start, p_end = spans[index - 1]
    # (a subordinate clause before the subject: "When we came to her village, she laughed")
    comma = body.find(", ", p_start, p_end)
    opens = comma > 0 and _SUBORDINATE_OPENING.match(body, p_start, comma) is not None
    subject_start = comma + 2 if opens else p_start
    if _ANY_MARK.search(body, p_start, p_end) or _FIRST_PERSON_SUBJECT.match(
        body, subject_start, p_end
    ):
        return None
    pronoun = _PRONOUN_OPENING.match(body, subject_start, p_end)
    if pronoun is not None:
        found = resolve_pronoun(pronoun.group("pronoun").lower(), pronoun.start("pronoun"))
    elif _passive_main_clause(body, subject_start, p_end):
        # "The President was shown around the shop by its head, Ann Vale. “…”": the one who
        # acts on the subject speaks
        return None
    else:
        found = _named_subject(
            body, subject_start, min(p_end, subject_start + _SUBJECT_REACH), mentions, written
        )
    if found is None or (found[0] is None and not found[1]):
        return None
    if found[0] is not None and found[0] == turn_speaker:
        return None
    return found


# The first auxiliary of being and the word after it: "was shown", "were told" (passives),
# "was keen" (no passive: the word is no participle).
_BEING_AND_WORD = re.compile(
    r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?(?P<word>[a-z]+)\b"
)


def _passive_main_clause(body: str, start: int, end: int) -> bool:
    """Whether the first "was/were …" of body[start:end] is a passive ("was shown", "were
    connected"), its word a past participle: "-ed" or an irregular verb form."""
    found = _BEING_AND_WORD.search(body, start, end)
    if found is None:
        return False
    word = found.group("word")
    return word.endswith("ed") or (word in irregular_verb_forms() and not word.endswith("ing"))


def standalone_quote(body: str, q_start: int, q_end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether a quotation is whole sentences of its own: it opens its sentence and nothing
    but punctuation follows it there (no frame around it says whose or what it is)."""
    index = sentence_index_of(spans, q_start) if spans else 0
    start = spans[index][0] if spans else 0
    if body[start:q_start].strip(" \t\n\"“«‘'"):
        return False
    last = sentence_index_of(spans, max(q_start, q_end - 1)) if spans else 0
    tail_end = spans[last][1] if spans else len(body)
    return not re.search(r"\w", body[q_end:tail_end])


# What may stand between quotations with nothing else said: spaces, breaks, marks, stops.
_MARKS_AROUND_QUOTES = " \t\r\n\"“”«»‘’'.,"
# A reply that addresses the one who chairs: "We will, Mr President."
_ADDRESSING_THE_CHAIR = re.compile(r"\b(?:Mr|Madam)\.? (?:President|Prime Minister|Chairman)\b")
# A sentence that gives an instruction or settles a matter: "Good.", "Please report to me",
# "Do not forget", "Let us find the rest", "Prepare the proposals".
_DIRECTIVE = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:Good|Agreed|Fine|Very well|Excellent)[.!]"
    r"|(?:Please|Do not|Don't|Let us|Let's|Prepare|Submit|Report|Check|Make sure|Ensure|"
    r"Send|Finish|Look into|Consider|Draft|Coordinate|Keep)\b)"
)


def _ends_its_paragraph(body: str, q_end: int) -> bool:
    """Whether nothing but punctuation follows a quotation in its paragraph (no attribution
    after it says whose it is)."""
    line_end = body.find("\n", q_end)
    line_end = len(body) if line_end == -1 else line_end
    return not body[q_end:line_end].strip(_MARKS_AROUND_QUOTES)


def directive_reply(body: str, q_end: int, quote: str) -> bool:
    """Whether a quotation that ends its paragraph gives an instruction or settles a matter
    ("Good. Let us check it in April.").
    Why: in an account of a meeting such a reply right after a report is the one who chairs
    it, the head of the office that publishes the account, not the one who just reported."""
    return _ends_its_paragraph(body, q_end) and _DIRECTIVE.search(quote.strip()) is not None


# One name word a turn or a said-colon opens with, a comma after it: someone spoken to
# ("Vladimir Putin: Dmitry, the damper …"), who is not brought in to speak.
_SPOKEN_TO_AFTER_COLON = re.compile(r": [A-Z][\w'’\-]+,")


def newcomer_between(
    body: str, start: int, end: int, mentions: list[Mention], speaker: str | None
) -> tuple[str, str] | None:
    """(actor, text) of the last person other than `speaker` named in body[start:end] not as
    an object ("thanked Ann Vale", "talks with Ann Vale") or an owner ("Vale's plan"), else
    None.

    Why: where paragraphs run together, a quote a few sentences after another's speaker may
    be someone the account has just brought in ("A pupil from Tyumen, Ann Vale, presented
    her project. “…”"); the previous speaker goes on only when no one else came in."""
    persons = _persons_between(start, end, mentions)
    for index in range(len(persons) - 1, -1, -1):
        m_start, m_end, actor_id, _ = persons[index]
        if actor_id == speaker:
            return None  # the speaker is named again, after anyone else
        if index and _VERB_BETWEEN_PEOPLE.fullmatch(body, persons[index - 1][1], m_start):
            continue  # "US coach Ann Vale wants Tom Reyes to play": the object of her verb
        if relative_clause_owner(body, start, m_start, mentions) is not None:
            continue  # "Ann Vale, who met Tom Reyes, …": named in a clause about her
        if _SPOKEN_TO_AFTER_COLON.fullmatch(body, max(0, m_start - 2), m_end + 1):
            continue  # "Vladimir Putin: Dmitry, the damper …": the asker, spoken to
        if not _OBJECT_BEFORE.search(
            body, max(start, m_start - 80), m_start
        ) and not _POSSESSIVE_AFTER.match(body, m_end):  # "Vale's plan": no subject
            return actor_id, body[m_start:m_end]
    return None


# Lowercase words only, a verb's, between two people: the second is its object ("Ann Vale
# wants Tom Reyes", "Ann Vale will face Tom Reyes"); not a conjunction, nor a speech verb
# whose clause the second may open ("Ann Vale said Tom Reyes was wrong").
_VERB_BETWEEN_PEOPLE = re.compile(
    r"\s+(?:(?!(?:and|or|but|nor|said|says|while|whereas|as|when|who|whom|if|that|than)\b)"
    r"[a-z]+\s+){1,3}"
)


def _last_person_before(offset: int, mentions: list[Mention]) -> str | None:
    """The person named last before `offset` (mentions sorted by start)."""
    named = _persons_between(0, offset, mentions)
    return named[-1][2] if named else None


# An acronym or a party label in brackets after a name: "(MEA)", "(SADC)", "(R-Texas)".
_BRACKETED_ACRONYM = re.compile(r"(?<=[\w.])\s+\([A-Z][A-Za-z0-9&.'’\-]{1,14}\)(?=[\s,;:.])")


def _without_bracketed_acronyms(
    body: str, mentions: list[Mention], found_quotes: list[tuple[int, int, str]]
) -> tuple[str, list[Mention]]:
    """The body with each bracketed acronym outside quotations blanked out (same length, so
    every offset holds), and the mentions without those inside them.

    Why: news names a body in full with its acronym in brackets before the verb ("the
    Southern African Development Community (SADC) said it “strongly condemns” …"); the
    patterns that find the subject of a speech verb read a name right before it."""
    quoted = [(start, end) for start, end, _ in found_quotes]
    blanked = [
        m.span()
        for m in _BRACKETED_ACRONYM.finditer(body)
        if not any(q0 <= m.start() < q1 for q0, q1 in quoted)
    ]
    if not blanked:
        return body, mentions
    pieces, at = [], 0
    for start, end in blanked:
        pieces += [body[at:start], " " * (end - start)]
        at = end
    pieces.append(body[at:])
    kept = [m for m in mentions if not any(b0 <= m[0] < b1 for b0, b1 in blanked)]
    return "".join(pieces), kept


def quotes_of_article(
    article_id: str,
    body: str,
    spans: list[tuple[int, int]],
    article_mentions: list[Mention],
    publisher_head: str | None = None,
    countries: dict[str, str] | None = None,
    headline_person: tuple[str, str] | None = None,
    publisher_office: str | None = None,
    title_person: tuple[str, str] | None = None,
    message_release: bool = False,
) -> list[tuple]:
    """QUOTE_SCHEMA rows of one article, given its sentence spans and its actor mentions
    (start, end, actor_id, actor_type) sorted by start. `publisher_head` is the person who
    heads the publisher on the article's date (`RoleBook.head_of`): an unsigned message the
    article quotes is theirs. `countries` maps the article's actors to their country codes
    (`country_descriptions`); `headline_person` (actor id, name) is the one person the
    title names, who answers a transcript's "Answer:" when the body names nobody before;
    `title_person` the same, whom "he said" stands for before the body names anyone. A
    publisher that speaks for an office (`publisher_office`, "foreign minister": a
    ministry's site) calls its head by that title alone ("the Minister"). In a
    `message_release` (its headline announces greetings, condolences or a message) a
    quotation nobody else is said to have spoken is the publisher head's message."""
    article_mentions = _without_photo_credits(
        body, _without_countries_opening_names(article_mentions)
    )
    turns, label_spans = _turns_and_labels(body, spans, article_mentions, headline_person)
    rows: list[tuple] = [
        (article_id, sentence_index_of(spans, start), start, end, actor_id, label, text, "label")
        for start, end, actor_id, label, text in turns
    ]
    turn_speakers = [(start, actor_id, label) for start, _, actor_id, label, _ in turns]
    found_quotes = quotations(body)
    # "The Ministry of External Affairs (MEA) said": the acronym in brackets is read as
    # blanks (offsets kept), so the name before it is the subject of the verb after it
    as_written = body
    body, article_mentions = _without_bracketed_acronyms(body, article_mentions, found_quotes)
    # the turns, ended by the account's narration after a labelled quotation
    narrated_turns = sorted(
        turn_speakers + narration_after_quoted_turns(body, label_spans, found_quotes),
        key=lambda turn: turn[0],
    )
    # a turn's speaker says "I": the speaker named or described in their own turn ("as the
    # President said" in the President's turn) is someone else, whom titles resolve below
    article_mentions = _without_self_references(article_mentions, narrated_turns)
    last_speaker: tuple[str | None, str | None] | None = None
    last_paragraph = -1
    last_sentence = -(10**9)
    # "he said" in a turn is someone else than the turn's speaker: no antecedent in a label.
    # who speaks is read by sentences, a quotation glued to the stop before it opening one;
    # the rows keep the article's sentence numbers
    article_spans, spans = spans, split_at_glued_quotes(body, spans, found_quotes)
    quote_spans = [(start, end) for start, end, _ in found_quotes] + label_spans
    names = _without_photo_credits(body, written_names(body, article_mentions))
    # people described, not named ("the Chinese Minister", "the head of Rosneft", "the
    # latter"): a title with a country is the person of that country first; a title alone
    # ("the Minister") then the one named with it
    only_quotes = [(start, end) for start, end, _ in found_quotes]
    if countries and found_quotes:
        described = country_descriptions(body, article_mentions, countries, only_quotes)
        if described:
            article_mentions = sorted(article_mentions + described)
    if found_quotes:
        heads = organization_heads(body, article_mentions, only_quotes)
        heads += latter_and_former(body, article_mentions, only_quotes)
        if heads:
            article_mentions = sorted(article_mentions + heads)
    titled, titled_written = (
        title_anaphora(
            body,
            article_mentions,
            names,
            publisher_head,
            only_quotes,
            publisher_office.rsplit(None, 1)[-1] if publisher_office else None,
            narrated_turns,
        )
        if found_quotes
        else ([], [])
    )
    if titled:
        article_mentions = sorted(article_mentions + titled)
    if found_quotes:
        # "welder Ann Vale … The welder answered first.": words the text described them by
        by_word, by_word_written = descriptor_anaphora(
            body, article_mentions, names + titled_written, only_quotes, _TITLE_WORDS_ALONE
        )
        if by_word:
            article_mentions = sorted(article_mentions + by_word)
        titled_written = titled_written + by_word_written
    article_mentions = lone_names_to_full(body, article_mentions)
    if titled_written:
        names = sorted(names + titled_written)
    # a name inside quotation marks is spoken of, never the subject who reports a quote; nor
    # is a transcript's label, which the sentence splitter leaves in the turn's first sentence
    quoted = sorted([(start, end) for start, end, _ in found_quotes] + label_spans)
    free_mentions, free_names = (
        outside_quotations(article_mentions, quoted),
        outside_quotations(names, quoted),
    )
    # "you" is whom a turn addresses; a summary of remarks in brackets is a turn too
    summaries = _summary_turns(body, label_spans, article_mentions, names) if found_quotes else []
    spoken_to = sorted(turn_speakers + summaries)
    in_turns = partial(
        addressee, spoken_to, body=body, mentions=article_mentions, head=publisher_head
    )

    def addressed(offset: int) -> tuple[str | None, str | None] | None:
        """Whom "you" at `offset` is: the person called by name in its sentence before it
        ("Mr Lavrov, as you said, “…”"), else the one the turn answers."""
        return vocative_person(body, offset, spans, article_mentions) or in_turns(offset)

    continued: tuple[int, tuple[str | None, str | None]] | None = None
    # the end of the attribution after the last quote and its speaker ("“…,” said Ann Vale")
    attributed: tuple[int, tuple[str | None, str | None]] | None = None
    # the quotes whose speaker was guessed from the context, and those attributed after them
    guessed: set[int] = set()
    said_after: dict[int, tuple[str | None, str | None]] = {}
    # short quoted phrases nothing attributed where they stand
    short_unattributed: list[tuple] = []
    # the last quotes read, for exchanges of questions and answers (`exchange_turn`)
    exchange: list[Turn] = []
    # the one the chair's last reply answered (`directive_reply`)
    replied_to: tuple[str | None, str | None] | None = None

    def resolve(
        last: tuple[str | None, str | None] | None,
    ) -> Callable[[str, int], tuple[str | None, str | None]]:
        """Whom a pronoun at an offset stands for, the previous speaker `last` failing all."""
        return partial(
            _pronoun_speaker,
            mentions=article_mentions,
            quote_spans=quote_spans,
            last_speaker=last,
            written=names,
            body=body,
            spans=spans,
            turns=narrated_turns,
        )

    def parsed_description(start: int, end: int) -> tuple[str | None, str | None] | None:
        """Whom a definite description the parse has speaking stands for ("The Tory leader
        … has said current rules are “…”", "the MPs found …"), as the same description at
        the quotation would: the person described, else the body (never a person) its noun
        names; a text's author named right after it, whatever its article ("a statement
        issued on behalf of Robert Zoellick"); None when it resolves to no one named, or is
        no definite description."""
        text = body[start:end]
        authored = _AUTHORED_TEXT.search(body, start, min(len(body), end + 160))
        if authored is not None and authored.start() < end:
            # "a statement issued on behalf of Robert Zoellick, US trade representative,
            # said" (the parse ends the subject at its noun): the text's author
            at, author = authored.start("author"), authored.group("author")
            return _speaker_actor(at, at + len(author), article_mentions), author
        if not _DEFINITE_DESCRIPTION.match(text):
            return None  # ("county officials", "a judge": people at large, someone unnamed)
        person = described_person(
            body, text, start, end, article_mentions, quote_spans, names, spans
        )
        if person is not None:
            return person
        found = _unnamed_speaker(
            body, text, start, end, article_mentions, quote_spans, names, spans, as_written
        )
        if found[0] is not None:
            return None if _is_person(found[0], article_mentions) else found
        return found if found[1] and found[1] != text else None

    def parsed_description_or_nobody(
        start: int, end: int, verb: str = ""
    ) -> tuple[str | None, str | None] | None:
        """As `parsed_description`; else nobody, (None, None), for people at large or
        someone indefinite opening the sentence, right after its quotation or closing it
        ("UKIP officials also argue he has not been “…”", "“…,” one said", "… a “lull”,
        lenders have said."), or anywhere as the subject of a `verb` of speaking out
        (`SPEAKING_LEMMAS`): their words are not those of the one quoted before. (Not the
        subject of finding or thinking in a clause within: "Just because scientists found
        the “taste” receptors first, …" goes on with the speaker before.)"""
        found = parsed_description(start, end)
        if found is not None or not _people_at_large(body[start:end]):
            return found
        opening, closing = spans[sentence_index_of(spans, start)]
        if (
            _CONNECTIVES_ONLY.fullmatch(body, opening, start)
            or _AFTER_A_QUOTATION.search(body, opening, start)
            or _CLOSING_ATTRIBUTION.fullmatch(body, end, closing)
            # (or wherever, as the subject of a verb of speaking out: "… remembered how one
            # of her colleagues called all women “Betty”")
            or verb in SPEAKING_LEMMAS
        ):
            # ("“…,” one of the miners told journalists", "… a “post-Christmas lull” in
            # January, lenders have said.")
            return None, None
        return None

    def quote_row(
        q_start: int,
        q_end: int,
        quote: str,
        actor_id: str | None,
        speaker_text: str | None,
        how: str,
    ) -> tuple:
        """A QUOTE_SCHEMA row of the quote at body[q_start:q_end], found as `how` says."""
        sentence = sentence_index_of(article_spans, q_start)
        owned = _TEXT_OF_SOMEONE.fullmatch(speaker_text.strip()) if speaker_text else None
        if actor_id is None and owned is not None:
            # "“…,” Tom Reyes's statement said", "Morquendi's message read": the owner's
            speaker_text = owned.group("owner")
            actor_id = next(
                (
                    m[2]
                    for m in reversed(article_mentions[: bisect_left(article_mentions, (q_end,))])
                    if body[m[0] : m[1]] == speaker_text
                ),
                None,
            )
        pronoun_owned = (
            _TEXT_OF_A_PRONOUN.fullmatch(speaker_text.strip())
            if actor_id is None and speaker_text
            else None
        )
        if pronoun_owned is not None:
            # "His sales pitch adds:", "“…,” her statement said": whom the pronoun stands for
            owner = _SUBJECT_FORM.get(pronoun_owned.group("pronoun").lower(), "it")
            found = resolve(last_speaker)(owner, q_start)
            if found != (None, None):
                actor_id, speaker_text = found
        if actor_id is None and speaker_text:
            speaker_text = written_speaker_name(speaker_text)
            if speaker_text:
                # "Three Rivers said" after "Three Rivers Community Health": the name in full
                speaker_text = full_company_name(body, speaker_text, q_start)
        return (
            article_id,
            sentence,
            q_start,
            q_end,
            actor_id,
            speaker_text,
            quote.strip().rstrip(","),
            how,
        )

    for q_start, q_end, quote in found_quotes:
        answered, replied_to = replied_to, None  # the chair's reply answers the quote before
        if (
            len(quote.strip()) < 3
            or (
                # ("“Absolutely,” he said.": a word in capitals someone says)
                _is_name_in_quotes(quote)
                and _AFTER_PATTERNS[0].match(body, q_end) is None
                and _SAID_NAME_AFTER.match(body, q_end) is None
            )
            # a nickname inside a person's name: "Paolo “Pao” Reyes-Javier"
            or any(
                m[0] < q_start and q_end < m[1] and m[3] == "person"
                for m in article_mentions[
                    bisect_left(article_mentions, (q_start - 60,)) : bisect_left(
                        article_mentions, (q_start,)
                    )
                ]
            )
        ):
            continued = None
            continue
        line_start = body.rfind("\n", 0, q_start) + 1
        sentence = sentence_index_of(spans, q_start)
        found, offset = _attribution(body, q_start, q_end)
        author = legal_text_author(body, q_start, article_mentions)
        if author is not None:
            # "The resolution of the European Parliament reads: “…”": the body that adopted it
            rows.append(quote_row(q_start, q_end, quote, author, None, "document"))
            last_speaker = (author, None)
            continued = None
            continue
        if (
            is_saying(body, q_start, q_end, article_mentions)
            or legal_wording(body, q_start)
            or document_wording(body, spans[sentence][0] if spans else 0, q_start, article_mentions)
            or quoted_within(found_quotes, q_start, q_end)
        ):
            # "As the saying goes, “…”", "“…,” as they say": words of nobody in particular;
            # a quote inside a quote is words its speaker cites, not theirs
            rows.append(quote_row(q_start, q_end, quote, None, None, "unnamed"))
            continued = None
            continue
        cited = _WORDS_OF_NAMED.search(body, max(0, q_start - 160), q_start)
        if cited is not None:
            # "recalled the words of President Ho Chi Minh: “…”": the words of the one
            # named, cited by the speaker (who goes on speaking after them)
            owner_start, owner_end = cited.span("owner")
            owner_id = _speaker_actor(owner_start, owner_end, article_mentions, persons_only=True)
            owner_text = None if owner_id else _without_titles(cited.group("owner"))
            rows.append(quote_row(q_start, q_end, quote, owner_id, owner_text or None, "sentence"))
            continued = None
            continue
        # "The message said:": the sender speaks, see below
        message = found.group("speaker").strip(" .,;:") if found is not None else ""
        if message and _MESSAGE_SPEAKER.match(message) and not _TEXT_OF_SOMEONE.fullmatch(message):
            found = None
        else:
            message = ""
        speaker_text = actor_id = None
        how = "none"  # how the speaker was found: the `attribution` column
        said_whose = False  # a pronoun before the quote says whose words it is
        if message and message_attribution(body, q_start, q_end) is None:
            # "“…,” continued the letter": the letter quoted last, its sender's; "“…,” said
            # a message read out at the rally": a message whose sender is not said
            if _DEFINITE_MESSAGE.match(message) and sentence - last_sentence <= 2:
                how = "document"
                actor_id, speaker_text = last_speaker or (None, None)
                last_sentence = sentence
        elif (
            found is None
            and exchange
            and exchange[-1][2][0] is not None
            and _background_between(body, exchange[-1][1], q_start)
        ):
            # "“…,” the President said. Ann Vale had reported on it earlier. “…”": a sentence
            # of background between does not pass the word
            how = "same_speaker"
            actor_id, speaker_text = exchange[-1][2]
            last_speaker, last_sentence = exchange[-1][2], sentence
        elif (
            found is None
            and (turn := exchange_turn(body, q_start, quote, exchange, spans, article_mentions))
            is not None
        ):
            # "“And next week?” Vale pressed. “Ask me then.”": the answer is the other
            # party's, not the asker's
            how = "exchange"
            actor_id, speaker_text = turn
            last_sentence = sentence
        elif (
            found is None
            and (
                after := next_sentence_speaker(
                    body, q_start, q_end, spans, free_mentions, free_names
                )
            )
            is not None
        ):
            # "“…” Those words, spoken by Ann Vale, …": the speaker the next sentence names
            how = "context"
            actor_id, speaker_text = after
            last_speaker, last_paragraph, last_sentence = after, line_start, sentence
        elif (
            found is None
            and publisher_head is not None
            and exchange
            and exchange[-1][2][0] not in (None, publisher_head)
            and not body[exchange[-1][1] : q_start].strip(_MARKS_AROUND_QUOTES)
            and any(m[2] == publisher_head for m in article_mentions if m[1] <= q_start)
            and directive_reply(body, q_end, quote)
        ):
            # "“…,” the Governor said. ¶ “Good. Prepare the proposals.”": the chair replies
            how = "exchange"
            actor_id, speaker_text = publisher_head, None
            last_sentence = sentence
            replied_to = exchange[-1][2]
        elif (
            found is None
            and answered is not None
            and _ADDRESSING_THE_CHAIR.search(quote) is not None
            and _ends_its_paragraph(body, q_end)
        ):
            # "“We will not, Mr President.”" right after the chair's reply: the one it
            # replied to
            how = "exchange"
            actor_id, speaker_text = answered
            last_sentence = sentence
        elif (
            found is None
            and continued is not None
            and not body[continued[0] : q_start].strip()
            and not _message_after(body, q_start, q_end)
        ):
            # the next paragraph of a quote running over several: the same speaker, unless
            # the attribution after it says whose the quote is ("…,” the message says)
            how = "same_speaker"
            actor_id, speaker_text = continued[1]
            last_sentence = sentence
        elif (
            found is None
            and attributed is not None
            and follows_attribution(body, q_start, spans, attributed[0])
        ):
            # "“…,” said Ann Vale, an analyst. “…”": the same speaker goes on
            how = "same_speaker"
            actor_id, speaker_text = attributed[1]
            last_sentence = sentence
        elif (
            found is None
            and (answered_by := interviewee_answer(body, q_start, article_mentions, names))
            is not None
        ):
            # "Ms Ní Bhriain spoke to the Irish Examiner … What will you miss most? “…”":
            # an answer printed after its question, or after the topic ("On Reid: “…”"), is
            # the one interviewed
            how = "turn"
            actor_id, speaker_text = answered_by
            last_speaker, last_paragraph, last_sentence = answered_by, line_start, sentence
        elif found is None and (label := statement_label(body, q_start, article_mentions, names)):
            # "Ann Vale on Friday “…”" in a list of statements: the one the label names
            how = "turn"
            actor_id, speaker_text = label
            last_speaker, last_paragraph, last_sentence = label, line_start, sentence
        elif found is None:
            if not _COLON_BEFORE.search(body, max(0, q_start - 6), q_start):
                guessed.add(q_start)  # from the context: the quote's end may say better
            clause_start = spans[sentence][0] if spans else 0
            reporter = _reporting_person(body, q_start, spans, free_mentions)
            written = written_speaker(body, clause_start, q_start, subject=reporter is None)
            unnamed = _UNNAMED_REPORTER.match(body, clause_start, q_start)
            if (
                unnamed is not None
                or unnamed_speech_subject(
                    body,
                    clause_start,
                    q_start,
                    _previous_sentence_start(spans, sentence),
                    article_mentions,
                )
            ) and (
                (unnamed is None or reporter is None)
                and not _persons_between(clause_start, q_start, article_mentions)
            ):
                # "A woman from Aleppo, a mother of four, said to our officers:": someone
                # unnamed, who is nobody a reader could name
                how = "unnamed"
                last_speaker, last_paragraph, last_sentence = (None, None), line_start, sentence
            elif (
                sender := _UNNAMED_SENDER.search(body, clause_start, q_start)
            ) is not None and not _persons_between(sender.end() - 1, q_start, article_mentions):
                # "The Governor passed on a letter from a group of residents:": its senders,
                # whom no name is given, not the one who passed it on
                how = "unnamed"
                last_speaker, last_paragraph, last_sentence = (None, None), line_start, sentence
            elif (
                document := _DOCUMENT_INTRO.search(body, max(0, q_start - 160), q_start)
            ) is not None and (
                author := _speaker_actor(document.start(), q_start, article_mentions)
                or _document_author(document.start(), article_mentions, quote_spans)
            ) is not None:
                # "The statement reads:": the body that issued it, named before
                how = "document"
                actor_id = author
                last_speaker, last_paragraph, last_sentence = (author, None), line_start, sentence
            elif (
                issued := _ISSUED_BY.search(body, max(clause_start, q_start - 200), q_start)
            ) is not None:
                # "Our position was set out by the Foreign Ministry in its statement:": the
                # body that issued it
                how = "document"
                a_start, a_end = issued.span("author")
                actor_id = _speaker_actor(a_start, a_end, article_mentions)
                speaker_text = None if actor_id else issued.group("author").strip()
                last_speaker = (actor_id, speaker_text)
                last_paragraph, last_sentence = line_start, sentence
            elif (
                read_out := read_out_sender(body, q_start, spans, article_mentions, publisher_head)
            ) is not None:
                # "Ann Vale read out the President's greetings. “…”": the sender's words
                how = "document"
                actor_id = read_out
                last_speaker, last_paragraph, last_sentence = (read_out, None), line_start, sentence
            elif (
                handed := handed_question_sender(body, q_start, spans, article_mentions, names)
            ) is not None:
                # "Ann Vale gave me a question for you. I will read it out:"
                how = "document"
                actor_id, speaker_text = handed
                last_speaker, last_paragraph, last_sentence = handed, line_start, sentence
            elif (intro := message_attribution(body, q_start, q_end)) is not None:
                how = "document"
                actor_id = message_sender(
                    body, q_start, intro, spans, article_mentions, publisher_head
                )
                if actor_id is not None:
                    last_speaker, last_paragraph = (actor_id, None), line_start
                    last_sentence = sentence
                if intro[0] >= q_end:  # "“…,” the message says": attributed after it
                    guessed.discard(q_start)
                    said_after[q_start] = (actor_id, None)
            elif written is not None:
                # "I want to quote Ann Vale:", "Ann Vale, who said,": a name no actor holds.
                how = "sentence"
                actor_id = _speaker_actor(written[0], written[1], article_mentions, True)
                speaker_text = full_written_name(written[2], written[1], names)
                last_speaker = (actor_id, speaker_text)
                last_paragraph, last_sentence = line_start, sentence
            elif (
                circle := _circle_speaker(body, clause_start, q_start, article_mentions, names)
            ) is not None:
                # "His commander wrote in the recommendation:", "She remembers the foreman's
                # words:": someone of a person's circle, unnamed unless the tie came with a name
                how = "description"
                actor_id, speaker_text = circle
                last_speaker, last_paragraph, last_sentence = circle, line_start, sentence
            elif (
                personal := personal_speaker(body, _clause_start(body, q_start), q_start)
            ) is not None and (
                resolved := _personal_resolved(
                    personal,
                    turn_speakers,
                    article_mentions,
                    quote_spans,
                    last_speaker,
                    names,
                    publisher_head,
                    addressed,
                    body=body,
                    spans=spans,
                )
            ) is not None:
                # "here are his exact words:", "my answer was:", "you said you were “…”"
                how = "pronoun"
                actor_id, speaker_text = resolved
                last_speaker, last_paragraph, last_sentence = resolved, line_start, sentence
                said_whose = True
            elif (
                reporting := body_reporting_that(body, clause_start, q_start, free_mentions)
            ) is not None:
                # "The New Development Bank reports that “…”": the body that reports
                how = "sentence"
                actor_id, speaker_text = reporting
                last_speaker, last_paragraph, last_sentence = reporting, line_start, sentence
            elif (
                coordinated := coordinated_reporter(body, clause_start, q_start, free_mentions)
            ) is not None:
                # "The Harwick Group raised its dividend and said it expects “…”"
                how = "sentence"
                actor_id, speaker_text = coordinated
                last_speaker, last_paragraph, last_sentence = coordinated, line_start, sentence
            elif reporter is not None:
                # "X said the deal was fair, and accused Y of “…”": the person who reports.
                how = "sentence"
                actor_id, speaker_text = reporter
                last_speaker, last_paragraph, last_sentence = reporter, line_start, sentence
            elif (org := opening_body(body, clause_start, q_start, article_mentions)) is not None:
                # "The Kenyan government blamed the violence on “…”": the body written out
                # as the sentence's subject
                how = "sentence"
                actor_id, speaker_text = None, org
                last_speaker, last_paragraph, last_sentence = (None, org), line_start, sentence
            elif (panel := _PANEL_OPENING.match(body, clause_start, q_start)) is not None and (
                by_noun := body_named_by_its_noun(
                    body, f"the {panel.group('noun')}", clause_start, article_mentions
                )
            ):
                # "The select committee found that … “…”": the panel named before
                how = "sentence"
                actor_id, speaker_text = by_noun
                last_speaker, last_paragraph, last_sentence = by_noun, line_start, sentence
            elif (opening := _PRONOUN_REPORTS.match(body, clause_start, q_start)) is not None and (
                by_pronoun := resolve(last_speaker)(
                    opening.group("pronoun").lower(), opening.start("pronoun")
                )
            ) != (None, None):
                # "He asked members “to put themselves in the shoes of others”": whom "he"
                # stands for
                how = "pronoun"
                actor_id, speaker_text = by_pronoun
                last_speaker, last_paragraph, last_sentence = by_pronoun, line_start, sentence
            elif (
                source := source_opening(
                    body, clause_start, q_start, free_mentions, resolve(last_speaker), free_names
                )
            ) is not None:
                # "In Ann Vale's words, the plant “will be …”": the view the sentence gives
                how = "sentence"
                actor_id, speaker_text = source
                last_speaker, last_paragraph, last_sentence = source, line_start, sentence
            elif (
                own := intro_speaker(
                    body, q_start, spans, free_mentions, resolve(last_speaker), free_names
                )
            ) is not None:
                # "Ann Vale commented on the talks: “…”", "He thanked … and said it was “…”"
                how = "sentence"
                actor_id, speaker_text = own
                last_speaker, last_paragraph, last_sentence = own, line_start, sentence
            elif (
                asked := one_asked_before(body, q_start, spans, free_mentions, resolve(None))
            ) is not None:
                # "The President asked whether she had been paid. “…”": the answer of the
                # one asked, not more of the asker's words
                how = "context"
                actor_id, speaker_text = asked
                last_speaker, last_paragraph, last_sentence = asked, line_start, sentence
            elif (
                previous := previous_sentence_speaker(
                    body,
                    q_start,
                    spans,
                    free_mentions,
                    resolve(last_speaker),
                    written=free_names,
                )
            ) is not None:
                # "Ann Vale stressed that … . “…”": the speaker of the sentence before.
                how = "context"
                actor_id, speaker_text = previous
                last_speaker, last_paragraph, last_sentence = previous, line_start, sentence
            elif (
                narrated_turns
                and _I_SAY.search(body, spans[sentence][0], q_start)
                and (own_turn := _turn_at(narrated_turns, q_start)) >= 0
                and narrated_turns[own_turn][1] is not None
            ):
                # "I said then, and I will repeat it now:": the turn's speaker
                how = "turn"
                actor_id = narrated_turns[own_turn][1]
                last_speaker, last_paragraph, last_sentence = (actor_id, None), line_start, sentence
            elif last_speaker is not None and (
                (
                    last_paragraph == line_start
                    and sentence - last_sentence <= _CONTINUATION_SENTENCES
                )
                # "…, Ms Vale says.\n\nThere are “no big differences” between …": the
                # paragraph goes on with the words of the one the paragraph before ended on
                or (
                    sentence - last_sentence == 1
                    and not turns
                    and _ENDS_SAYING.search(body, *spans[last_sentence]) is not None
                )
            ):
                # An unattributed quote close to one whose speaker is already named; unless
                # the sentences between bring in someone else ("Polina added that they had
                # tested it. “We found two fires.”")
                how = "context"
                newcomer = newcomer_between(
                    body, spans[last_sentence][1], q_start, free_mentions, last_speaker[0]
                )
                actor_id, speaker_text = newcomer or last_speaker
                if newcomer is not None:
                    last_speaker = newcomer
                last_sentence = sentence
            elif (
                standalone_quote(body, q_start, q_end, spans)
                and (
                    subject := third_person_before(
                        body,
                        q_start,
                        spans,
                        free_mentions,
                        free_names,
                        resolve(last_speaker),
                        _turn_speaker(narrated_turns, q_start),
                    )
                )
                is not None
            ):
                # "Vale, who met Tom Reyes last year, now wants a sequel. “…”", in a turn "She
                # laughed at us. “…”": the one the sentence before is about, not the person
                # named last nor the turn's speaker
                how = "context"
                actor_id, speaker_text = subject
                last_speaker, last_paragraph, last_sentence = subject, line_start, sentence
            elif (
                standalone_quote(body, q_start, q_end, spans)
                and not turns
                and (lead := _last_person_before(q_start, free_mentions)) is not None
            ):
                # a quotation standing as sentences of its own in an account, no one said to
                # speak it: the person the account is about, named last before it (in a
                # transcript it is words a speaker imagines or cites)
                how = "context"
                actor_id = lead
                last_speaker, last_paragraph, last_sentence = (lead, None), line_start, sentence
            elif (
                spans
                and not turns
                and (
                    opening := _PRONOUN_OPENS_ITS_SENTENCE.match(body, spans[sentence][0], q_start)
                )
                is not None
                and (
                    by_pronoun := resolve(last_speaker)(
                        (opening.group("pronoun") or "it").lower(),
                        opening.start("pronoun")
                        if opening.group("pronoun")
                        else opening.start("it"),
                    )
                )
                != (None, None)
            ):
                # "He wants to make podcasting “the Next Big Thing”": words the sentence's
                # subject holds, whatever its verb
                how = "pronoun"
                actor_id, speaker_text = by_pronoun
                last_speaker, last_paragraph, last_sentence = by_pronoun, line_start, sentence
        if found is not None:
            speaker_text = _without_closing_stop(found.group("speaker"))
            s_start = offset + found.start("speaker")
            s_end = offset + found.start("speaker") + len(speaker_text)
            opening = speaker_text.split(None, 1)
            if len(opening) == 2 and opening[0] in _OPENING_WORDS and opening[1][:1].isupper():
                # "As Vera Lind wrote,": the word that opens the clause is no part of the name
                s_start = s_end - len(opening[1])
                speaker_text = opening[1]
            placed = (
                _IN_A_PLACE_BEFORE.search(body, max(line_start, s_start - 40), s_start)
                if spans and s_start < q_start
                else None
            )
            subject = (
                _APPOSED_SUBJECT.match(body, spans[sentence_index_of(spans, s_start)][0], s_start)
                if placed is not None
                else None
            )
            if subject is not None and subject.end() <= placed.start():
                # "The company, based in Chattanooga, Tenn., said": the place is no speaker;
                # the subject the apposition follows is
                s_start, s_end = subject.span("subject")
                speaker_text = subject.group("subject")
            member = _MEMBER_OF_BEFORE.search(body, max(line_start, s_start - 60), s_start)
            if (
                member is not None
                and s_start < q_start
                and _names_a_person(member.start(), member.end("person"), article_mentions, [])
            ):
                # "Senator Ann Vale of the leftist Party of Labour called it “…”": the member,
                # not the party named after "of"
                s_start, s_end = member.span("person")
                speaker_text = member.group("person")
            inner = _REPORTED_SPEAKER.fullmatch(speaker_text)
            if (
                inner is not None
                and found.start("speaker") < found.end("speaker") <= q_start - offset
            ):
                # "Ushakov said Vladimir Putin had told his counterpart: “…”": the one whose
                # telling the quote gives, not the one who reports it
                s_start = s_end - len(inner.group("inner"))
                speaker_text = inner.group("inner")
            if speaker_text == "I":
                # "“…,” I said": the turn's speaker, else the publisher's head (a speech)
                index = _turn_at(narrated_turns, q_start) if narrated_turns else -1
                own = narrated_turns[index][1] if index >= 0 else publisher_head
                if own is not None:
                    rows.append(quote_row(q_start, q_end, quote, own, None, "turn"))
                    last_speaker, last_paragraph, last_sentence = (own, None), line_start, sentence
                    continued = None
                    continue
            if (title := _title_of(body, s_start, article_mentions)) is not None:
                # "The Chairman of [the People's Republic of China] said": the title's holder
                s_start, speaker_text = title, body[title:s_end]
            last_word = speaker_text.rsplit(None, 1)[-1]
            if last_word.lower() in _PRONOUNS | {"you"} and last_word != speaker_text:
                # "a year ago you told us": the pronoun ends the phrase and speaks
                s_start = s_end - len(last_word)
                speaker_text = last_word
            pronoun = _SUBJECT_FORM.get(speaker_text.lower(), speaker_text.lower())
            # (a name in apposition after the phrase: "A farmer from the Rostov Region, Ann
            # Vale, told me" names her)
            apposition_end = (
                offset + found.end("apposition") if found.groupdict().get("apposition") else s_end
            )
            # the phrase (or its apposition) names a person, not one a title stands for
            # ("Many Muscovites, the Mayor said, keep asking": they ask)
            names_someone = _names_a_person(
                s_start,
                apposition_end,
                article_mentions,
                # (a name written after "in the" is a place's: "… in the North West"; one
                # ending in a body's head noun a body's: "a Home Office spokesman")
                [
                    w
                    for w in names
                    if not _IN_THE_BEFORE.search(body, max(0, w[0] - 8), w[0])
                    and not _ends_in_a_body_head(w[2])
                ],
            ) and not speaker_text.lower().startswith("the ")
            # "a Pentagon spokesperson", "A young developer in | Novosibirsk": one unnamed
            one_of = _ONE_OF_A_BODY_BEFORE.search(body, max(line_start, s_start - 80), s_start)
            if one_of is None and (
                lead := _INDEFINITE_LEAD.search(body, max(line_start, s_start - 60), s_start)
            ):
                # "A spokeswoman | for the Department for …", "A Department for | Education
                # and Skills spokeswoman": the phrase the speaker's words end
                one_of = lead if _ONE_OF_A_BODY.fullmatch(body, lead.start(), s_end) else None
            s_sentence = spans[sentence_index_of(spans, s_start)][0] if spans else 0
            if (
                body.startswith(",", s_end)
                and (owner := relative_clause_owner(body, s_sentence, s_start, free_mentions))
                is not None
            ):
                # "Ann Vale, who met Tom Reyes and the heads of banks, told me:": the
                # phrase before the verb ends the clause about her
                how = "named"
                actor_id, speaker_text = owner[2], body[owner[0] : owner[1]]
                last_speaker = (actor_id, speaker_text)
                last_paragraph, last_sentence = line_start, sentence
            elif (
                speaker_text.split()[0].lower() in _INDEFINITE_SPEAKERS
                or speaker_text.lower() == "one"  # "One might say:", the impersonal pronoun
                # "Young people in the West are told:": the subject hears, someone unnamed speaks
                or _PASSIVE_SPEECH.search(found.group(0)) is not None
            ) or (
                _INDEFINITE_BEFORE.search(body, max(line_start, s_start - 60), s_start)
                # ("one of them, Ann Vale, said": named in apposition)
                and not names_someone
            ):
                # "Someone in the West said", "Many of our colleagues in Europe say": nobody
                # in particular, not the place named
                how = "unnamed"
                actor_id, speaker_text = None, None
            elif unnamed_antecedent(body, speaker_text, s_start, quote_spans):
                # "A man waiting for a taxi told reporters he saw the fight. … “…,” the
                # witness said": the one introduced without a name, whoever was named before
                # (kept as written, as other people described but unnamed are)
                how = "unnamed"
                actor_id = None
            elif unnamed_clause_subject(
                # (after a transcript's label, its turn)
                body,
                max(s_sentence, body.rfind(": ", s_sentence, s_start) + 2),
                s_start,
                apposition_end,
                article_mentions,
            ) and not any(s_start <= w[0] < s_end for w in names):
                # "An elderly man I brought his insulin to told me:", "Our border guards
                # who served there told me:", "a text message from Irkutsk:": nobody named
                how = "unnamed"
                actor_id, speaker_text = None, None
            elif (
                s_start < q_start
                # ("a woman from Shushary" is kept as written, as `_unnamed_speaker` keeps it)
                and not _UNNAMED_INDIVIDUAL.match(speaker_text)
                and not _persons_between(s_start, s_end, article_mentions)
                and not any(s_start <= w[0] < s_end for w in names)
                and unnamed_speech_subject(
                    body,
                    max(s_sentence, body.rfind(": ", s_sentence, s_start) + 2),
                    q_start,
                    _previous_sentence_start(spans, sentence_index_of(spans, s_start)),
                    article_mentions,
                )
            ):
                # "the head of one district told me:", "Truck drivers at the crossing told
                # me:", "my father said:": someone described, whom no name is given
                how = "unnamed"
                actor_id, speaker_text = None, None
            elif pronoun == "you":
                how = "exchange"
                actor_id, speaker_text = addressed(q_start) or (None, None)
            elif pronoun == "they" and _HABITUAL_AFTER.match(body, s_end):
                # "they keep saying:", "they will say:": people at large, no one in particular
                how = "unnamed"
                actor_id, speaker_text = None, None
            elif pronoun == "it" and (
                legal_text_before(body, s_start, spans) or document_before(body, s_start, spans)
            ):
                # "Clause 4 states otherwise. It says, “…”": a text's wording
                how = "unnamed"
                actor_id, speaker_text = None, None
            elif pronoun == "it" and _message_before(body, q_start, spans):
                # "A similar message was sent to Ann Vale. “…,” it says.": the sender's
                how = "document"
                actor_id = message_sender(
                    body, q_start, (s_start, s_end), spans, article_mentions, publisher_head
                )
                speaker_text = None
                last_speaker = (actor_id, None)
                last_paragraph, last_sentence = line_start, sentence
            elif pronoun in _PRONOUNS:
                # "The President asked … “…,” he replied": the one asked; "“…,” Vale
                # argued. “…,” she replied": not the one who spoke right before
                how = "pronoun"
                replies = _REPLY_VERB.search(found.group(0)) is not None
                asker = asker_before(body, q_start, spans, article_mentions) if replies else None
                if (
                    replies
                    and asker is None
                    and exchange
                    # (the reply's own attribution before it aside: "“…” He answered: “…”")
                    and not body[exchange[-1][1] : min(q_start, offset + found.start())].strip(
                        ' \t\r\n.,;:–—“”"«»'
                    )
                ):
                    asker = exchange[-1][2][0]
                candidates = (
                    [m for m in article_mentions if m[2] != asker] if asker else article_mentions
                )
                told = (
                    _told_one(body, exchange[-1][0], spans, article_mentions, asker)
                    if replies and asker is not None and exchange
                    else None
                )
                if pronoun == "they" and _TO_US.match(body, s_end):
                    # "In 2022 they told us:": not the speaker's own country or its bodies
                    ours = _speaker_country(s_start, narrated_turns, publisher_head, countries)
                    candidates = [m for m in candidates if (countries or {}).get(m[2], "") != ours]
                if told is not None:
                    # "Ann Vale told Tom Reyes: “…” He answered: “…”": the one told
                    actor_id, speaker_text = told, pronoun
                elif not replies and _same_pronoun_goes_on(
                    body, s_start, pronoun, exchange, article_mentions
                ):
                    # "…, he said: “…” And he added: “…”": the one the first "he" is
                    actor_id, speaker_text = exchange[-1][2]
                else:
                    actor_id, speaker_text = _pronoun_speaker(
                        pronoun,
                        s_start,
                        candidates,
                        quote_spans,
                        last_speaker,
                        names,
                        body=body,
                        spans=spans,
                        turns=narrated_turns,
                    )
                if actor_id is None and speaker_text is None:
                    # "“…,” he said" with no one named before it: the one person the
                    # title names ("Meeting with Governor Ann Vale")
                    actor_id, speaker_text = title_person_speaker(
                        pronoun, s_start, title_person, free_mentions, free_names
                    )
                if actor_id is not None or speaker_text is not None:
                    # "“…,” she said. There could be dangers “if …”": she goes on
                    last_speaker = (actor_id, speaker_text)
                    last_paragraph, last_sentence = line_start, sentence
            elif (
                other := _other_principal(speaker_text, q_start, narrated_turns, countries)
            ) is not None:
                # "my old friend told me:", "Mr President said" at a joint news conference:
                # the other leader on the stage
                how = "description"
                actor_id = other
            elif (
                _THE_OFFICIAL.fullmatch(speaker_text)
                and (official := _last_person_outside(s_start, article_mentions, quote_spans))
                and not _AN_OFFICIAL.search(body, max(0, s_start - _BODY_LOOKBACK_CHARS), s_start)
            ):
                # "“…,” the official noted", "the Kremlin official said": the office holder
                # named last, whose title the release does not repeat
                how = "description"
                actor_id = official
            elif (
                owner := _apposition_owner(
                    body,
                    one_of.start()
                    if one_of
                    # ("“…,” Peter Dobrow, a T-Mobile spokesperson said": the one so described)
                    else s_start
                    if _INDEFINITE_OPENING.match(speaker_text)
                    else None,
                    article_mentions,
                )
            ) is not None:
                # "Klaus Hoffmann, a pensioner from Dresden, wrote:": the one described
                how = "named"
                actor_id, speaker_text = owner
            elif (
                _ONE_OF_A_BODY.fullmatch(speaker_text)
                or one_of
                or (
                    _THE_BODYS_SPOKESPERSON.fullmatch(speaker_text)
                    # (one the record holds is named by the title: "the Kremlin spokesman")
                    and not _persons_between(s_start, s_end, article_mentions)
                )
            ) and not names_someone:
                # "a Pentagon spokesperson said", "The Darlington Council spokesman added":
                # someone unnamed, not the body itself
                how = "unnamed"
                actor_id = None
                if one_of:
                    speaker_text = body[one_of.start() : s_end]
            else:
                # ("the mayor said" resolved to the mayor named before is described)
                how = "description" if _DESCRIPTION_ONLY.fullmatch(speaker_text) else "named"
                named = _NAME_OF_BODY.match(speaker_text)
                if (
                    named is not None
                    and _is_a_name(named.group("name"))
                    and not _persons_between(s_start, s_end, article_mentions)
                ):
                    # "said Ann C. Vale of Vale Partners": the person, not the body she is with
                    speaker_text = named.group("name")
                    s_end = s_start + len(speaker_text)
                apposition = found.groupdict().get("apposition")
                if apposition and _RELATIVE_OPENING.match(apposition):
                    # "Wang Yi, who hosted Ann Vale, said": a relative clause, no apposition;
                    # the person it names is not the speaker
                    apposition = None
                # "said the U.S. co-chair, Major General Robert Keene": the named person in
                # the apposition is the speaker
                appositive_person = (
                    appositive_head(
                        body,
                        offset + found.start("apposition"),
                        offset + found.end("apposition"),
                        article_mentions,
                    )
                    if apposition
                    else None
                )
                actor_id = appositive_person or _speaker_actor(
                    s_start, s_end, _without_owners(body, s_start, s_end, article_mentions)
                )
                if not appositive_person and _SOMEONES_PERSON_SPEAKER.fullmatch(speaker_text):
                    actor_id = None  # "Kopp's stepmother said": someone named nowhere
                elif _IN_A_LANGUAGE.search(speaker_text) and any(
                    m[2] == actor_id and m[3] == "country" for m in article_mentions
                ):
                    actor_id = None  # "said a Spanish version of the letter": a language
                elif (
                    (qualified := _QUALIFIED_ACRONYM.fullmatch(speaker_text))
                    and not appositive_person
                    and (
                        acronym := acronym_body(
                            body, qualified.group("acronym"), s_start, article_mentions
                        )
                    )
                ):
                    actor_id = acronym  # "the Chinese CDC": the body, not the country
                org = None
                if appositive_person:
                    speaker_text = apposition.strip()
                elif (
                    org := written_organization(speaker_text, s_start, article_mentions)
                ) is not None:
                    # "The Russian Embassy in Helsinki said": the body, not Russia in its name
                    actor_id, speaker_text = None, org
                elif (
                    person_written := _person_after_country(
                        s_start, s_end, actor_id, article_mentions, names
                    )
                ) is not None:
                    # "Hero of Russia Ann Vale wrote": the person, not the country in her title
                    actor_id, speaker_text = None, person_written
                elif (
                    (national_word := _THE_NATIONAL.fullmatch(speaker_text)) is not None
                    and national_word.group("demonym") in _any_demonym()
                    and any(m[2] == actor_id and m[3] == "country" for m in article_mentions)
                    and (
                        national := _person_antecedent(
                            "", s_start, body, spans, article_mentions, quote_spans, names
                        )
                    )
                    is not None
                ):
                    # "Reacting to a comment by Tim Phillips, the American said": a person of
                    # that country, the one the story is about, not the state
                    how = "description"
                    actor_id = national[0]
                    speaker_text = national[1] or speaker_text
                if (
                    actor_id is None
                    and org is None
                    and not appositive_person
                    and (seat := _SEAT_BEFORE.search(body, max(0, s_start - 80), s_start))
                ):
                    # "The MP for Harbury and Kestle said": the member, not the town
                    speaker_text, s_start = body[seat.start() : s_end], seat.start()
                elif (
                    actor_id is None
                    and org is None
                    and not appositive_person
                    and _MEMBER_LETTERS_END.search(speaker_text)
                    and (det := _DETERMINER_BEFORE.search(body, max(0, s_start - 5), s_start))
                ):
                    # "The Harbury MP said": a member by the seat, whom a name before is
                    speaker_text, s_start = body[det.start() : s_end], det.start()
                # "the company's CEO" resolved whole to the person named with the title
                # (`title_anaphora`) needs no owner's holder
                resolved_whole = any(
                    m[0] <= s_start and s_end <= m[1] and m[3] == "person" for m in article_mentions
                ) or _office_of_a_state_or_body(s_start, s_end, article_mentions)
                owned = (
                    None
                    if appositive_person or org is not None or resolved_whole
                    else owned_title_holder(body, speaker_text, s_start, article_mentions, names)
                )
                anaphor = [
                    n
                    for n in names
                    if n[0] < s_end and s_start < n[1] and body[n[0] : n[1]] != n[2]
                ]
                if actor_id is None and org is None and not appositive_person and anaphor:
                    # "the company's CEO assured": the person named with that title before
                    how = "description"
                    actor_id, speaker_text = None, anaphor[0][2]
                elif owned is not None:
                    # "Putin's spokesman added": the spokesman named before, not Putin
                    how = "description"
                    actor_id, speaker_text = owned
                elif (
                    not appositive_person
                    and org is None
                    # ("the victim's mother": the relative of someone unnamed is unnamed too)
                    and not _RELATIVE_OF_SOMEONE_DESCRIBED.fullmatch(speaker_text)
                    # a country's adjective in it ("the Kazakh diplomat") may be all it names
                    and (
                        described := described_person(
                            body,
                            speaker_text,
                            s_start,
                            s_end,
                            article_mentions,
                            quote_spans,
                            names,
                            spans,
                        )
                    )
                    is not None
                ):
                    # "the retired admiral said", "his Ukrainian counterpart said": the
                    # person described, named before
                    how = "description"
                    actor_id, speaker_text = described
                    asker = asker_before(body, q_start, spans, article_mentions)
                    if actor_id is not None and actor_id == asker:
                        # "The President asked how … “…,” the worker said": the one asked,
                        # not the asker the sentence before names
                        other = _last_person_but(article_mentions, q_start, asker, body=body)
                        if other is not None:
                            actor_id = other[2]
                elif actor_id is None and org is None:
                    how = "description"
                    actor_id, speaker_text = _unnamed_speaker(
                        body,
                        speaker_text,
                        s_start,
                        s_end,
                        article_mentions,
                        quote_spans,
                        names,
                        spans,
                        as_written,
                    )
                    if (
                        actor_id is None
                        and _THE_FINDINGS.fullmatch(speaker_text or "")
                        and (source := _source_said_before(body, s_start, spans, article_mentions))
                    ):
                        # "…, said market analyst Kestrometer. Children use “…”, the report
                        # said": the report of the source the sentence before names
                        actor_id, speaker_text = source
                last_speaker = (actor_id, speaker_text)
                last_paragraph, last_sentence = line_start, sentence
        if (
            spans
            and (
                how in ("none", "context")
                # a description the rules resolved to no one ("“…,” Ann Vale, editor of
                # Gamesweekly.com told reporters"), by the actor the parse finds
                or (how == "description" and actor_id is None)
                # a speaker named at the quote gives way only to a person (below): "“…,”
                # says Ann Vale of IT firm Vale Data" is hers, not the firm's
                or (
                    how == "named"
                    and (
                        not (actor_id is not None and _is_person(actor_id, free_mentions))
                        # ("Vale said a claim by Tom Reyes that she was “…” was false": the
                        # claim's owner, whose words the quotation gives)
                        or _WORDS_BY_SOMEONE.search(body, spans[sentence][0], q_start) is not None
                        # ("a call for him to “pause for thought” from Ann Vale")
                        or (
                            _BY_SOMEONE_AFTER.match(body, q_end) is not None
                            and _SAYING_NOUN.search(body, spans[sentence][0], q_start) is not None
                        )
                        # ("Walter Kemp said Dorne is “telling his supporters …”": the one
                        # whose verb of saying governs the quotation, not the subject of the
                        # reported clause; the parse is asked only where another could speak)
                        or _someone_else_could_speak(
                            body, spans[sentence], q_start, q_end, actor_id, free_mentions
                        )
                    )
                )
            )
            # (in a transcript's turn a quotation is words the turn's speaker cites)
            and _turn_at(narrated_turns, q_start) < 0
            and (
                parsed := _parsed_speaker(
                    body,
                    q_start,
                    q_end,
                    spans[sentence],
                    free_mentions,
                    free_names,
                    resolve(last_speaker),
                    any_verb=how in ("none", "context"),
                    describe=parsed_description_or_nobody if how in ("none", "context") else None,
                    main_clause=how == "none",
                )
            )
            is not None
            and (
                how in ("none", "context")
                or (
                    parsed[0] is not None
                    and (
                        how != "named"
                        or (_is_person(parsed[0], free_mentions) and parsed[0] != actor_id)
                    )
                )
            )
        ):
            # "The Harbour Board wrote to the ferry firms to question “the steep fares” …": the
            # subject of the verb of saying the sentence's parse hangs the quotation from
            # (people at large there, "lenders have said", are someone unnamed)
            how = "parse" if parsed != (None, None) else "unnamed"
            actor_id, speaker_text = parsed
            last_speaker, last_paragraph, last_sentence = parsed, line_start, sentence
        elif (
            spans
            and actor_id is not None
            and how in ("sentence", "context", "named", "description")
            # (a person named at the quote is named, "Harbour spokesman Tom Reyes said",
            # unless the rules read them in an unnamed one's title: "a spokesperson for Ann
            # Vale said")
            and not (
                how == "named"
                and _is_person(actor_id, free_mentions)
                and not _spoken_for(body, actor_id, spans[sentence], free_mentions)
            )
            and _turn_at(narrated_turns, q_start) < 0
            and spans[sentence][0] <= q_start < spans[sentence][1]
            and (
                unnamed := unnamed_reporter(
                    body[spans[sentence][0] : spans[sentence][1]],
                    q_start - spans[sentence][0],
                    min(q_end, spans[sentence][1]) - spans[sentence][0],
                )
            )
            # (a person named in it, or right after its words, is no one unnamed: "Harbour
            # spokesman Tom Reyes", "Green spokeswoman for farming Ann Vale said")
            and not _named_after_description(
                body,
                spans[sentence][0] + unnamed[0],
                spans[sentence][0] + unnamed[1],
                free_mentions,
                free_names,
            )
        ):
            # "President Vale's chief aide said it was “economic aggression”", "The
            # minister's official spokesman rejected the claims, saying: “…”": someone
            # unnamed, not the one named beside them
            how, actor_id = "unnamed", None
            speaker_text = body[spans[sentence][0] + unnamed[0] : spans[sentence][0] + unnamed[1]]
            last_speaker = (None, speaker_text)
        elif (
            found is None
            and actor_id is None
            and not said_whose
            and len(quote.split()) < 3
            # ("According to NIESR, it is “unlikely” …": a name the sentence opens with)
            and not (how == "sentence" and speaker_text)
            # (nor a phrase the parse hangs from a verb of saying: "… a “lull”, lenders said")
            and how not in ("parse", "unnamed")
            and not _SHOUTED_BEFORE.search(body, max(line_start, q_start - 40), q_start)
            and not _NAMED_AS_BEFORE.search(body, max(line_start, q_start - 60), q_start)
        ):
            continued = None
            # a short quoted phrase without a speaker is a scare quote, unless an attribution
            # closing its sentence names whose words it is (`_partials_take_the_sentence_end`)
            short_unattributed.append(quote_row(q_start, q_end, quote, None, speaker_text, how))
            continue
        if actor_id is not None and actor_id.startswith(_UNNAMED_GROUP):
            # "The residents asked:": an unnamed group is nobody in particular; "police
            # said" the force the text named ("Stockholm police"), if it did
            force = (
                body_named_by_its_noun(body, "the police", q_start, article_mentions)
                if (speaker_text or "").strip().lower() == "police"
                else None
            )
            actor_id, speaker_text = force or (None, None)
            how = how if force else "unnamed"
        if (
            found is None
            and actor_id is not None
            and actor_id == addressed_at_opening(quote, publisher_head, article_mentions, body)
        ):
            # "“Understood, Mr President. …”" after the President's words: nobody calls
            # themselves so; the one spoken to before answers
            other = next(
                (t[2] for t in reversed(exchange) if t[2][0] not in (None, actor_id)), None
            )
            if other is None and (lead := _last_person_but(article_mentions, q_start, actor_id)):
                other = (lead[2], body[lead[0] : lead[1]])
            if other is not None:
                actor_id, speaker_text = other
                how = "exchange"
                last_speaker = other
        attributed = (
            (offset + found.end(), (actor_id, speaker_text))
            if found is not None and offset + found.start() >= q_end
            else None
        )
        if attributed is not None:
            said_after[q_start] = attributed[1]
        exchange = [
            *exchange[-3:],
            (
                q_start,
                attributed[0] if attributed is not None else q_end,
                (actor_id, speaker_text),
                is_question(quote),
            ),
        ]
        rows.append(quote_row(q_start, q_end, quote, actor_id, speaker_text, how))
        # a quotation left open (no closing mark) goes on in the next one, when it follows;
        # so does one that closed its sentence when the next opens right after it (the next
        # paragraph of the same quote, the paragraphs glued into one line)
        continued = (
            (q_end, (actor_id, speaker_text))
            if _left_open(body, q_end)
            or _SENTENCE_END_IN_QUOTE.search(body, max(0, q_end - 3), q_end)
            else None
        )
        if spans and last_sentence == sentence:
            # a quote over several sentences: the next is counted from its last one
            last_sentence = max(sentence, sentence_index_of(spans, max(q_start, q_end - 2)))
    rows = _paragraphs_take_the_last(body, rows, found_quotes, guessed, said_after)
    rows, short_unattributed = _lede_roles_named_next(
        body, rows, short_unattributed, article_mentions, article_spans, names
    )
    rows = _partials_take_the_sentence_end(body, rows, short_unattributed, said_after)
    rows = _parenthetical_speakers(body, rows, article_spans, article_mentions)
    rows = _unnamed_spokesperson_named_next(body, rows, article_spans)
    if "\n" in body:
        rows = _headings_take_the_speaker_below(body, rows)
    if message_release and publisher_head is not None:
        rows = _unsigned_message_quotes(body, rows, found_quotes, publisher_head)
    rows += [
        (
            article_id,
            sentence_index_of(article_spans, start),
            start,
            end,
            None,
            None,
            words,
            "unnamed",
        )
        for start, end, words in inner_quotations(body, found_quotes)
    ]
    # one row per start: a turn that opens with a quotation is that turn (the warehouse keys
    # quotes by article and start)
    first_at: dict[int, tuple] = {}
    for row in rows:
        first_at.setdefault(row[2], row)
    return list(first_at.values())
