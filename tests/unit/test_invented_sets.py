"""The event coder on the accounts and wire items written for the project
(`pipelines/evaluation/invented.py`): the files are well formed and the scores do not fall
below the figures measured when the sets were added (2026-12-02) by more than a margin."""

from __future__ import annotations

import json

import pytest

from pipelines.evaluation.cleaning import evaluate_pages
from pipelines.evaluation.events import evaluate_petr2
from pipelines.evaluation.invented import (
    INVENTED_CALLS,
    INVENTED_PAGES,
    INVENTED_QUOTES,
    INVENTED_RELEASES,
    INVENTED_WIRE,
    evaluate_invented_actors,
    evaluate_invented_calls,
    evaluate_invented_quotes,
)


def test_every_annotated_sentence_is_in_its_account_and_codes_are_cameo():
    records = [json.loads(line) for line in INVENTED_CALLS.read_text().splitlines() if line]
    assert {r["set"] for r in records} == {"calls-1", "calls-2", "calls-3"}
    assert len(records) == 82 + 30
    for record in records:
        for sentence in record["sentences"]:
            assert sentence["text"] in record["body"], record["id"]
            for event in sentence["events"]:
                assert event["code"].isdigit() and len(event["code"]) in (3, 4)
    wire = [json.loads(line) for line in INVENTED_WIRE.read_text().splitlines() if line]
    assert len(wire) == 125


def test_the_coder_holds_its_figures_on_the_invented_sets():
    # measured when added: calls-1 226/260 of 308, calls-2 193/262 of 358, wire 98/133 of 141
    calls_2 = evaluate_invented_calls("calls-2")
    assert calls_2.gold == 358
    assert calls_2.recall >= 0.50 and calls_2.precision >= 0.70
    calls_1 = evaluate_invented_calls("calls-1")
    assert calls_1.gold == 308
    assert calls_1.recall >= 0.69 and calls_1.precision >= 0.82
    # calls-3 (Kremlin-style calls of the war's first months, written blind by a helper):
    # first score 0.778 / 0.625 (252/324 of 403), with the code of that session's middle;
    # 0.770 / 0.615 with the code of its start. Its first 15 accounts were tuned on, the
    # last 15 kept as a held-out check (0.744 / 0.634 first and last)
    calls_3 = evaluate_invented_calls("calls-3")
    assert calls_3.gold == 403
    assert calls_3.recall >= 0.63 and calls_3.precision >= 0.77
    wire = evaluate_petr2(INVENTED_WIRE)
    assert wire.gold == 141
    assert wire.recall >= 0.65 and wire.precision >= 0.70


def test_every_invented_quote_is_in_its_item_with_a_kind_of_resolution():
    records = [json.loads(line) for line in INVENTED_QUOTES.read_text().splitlines() if line]
    assert {r["set"] for r in records} == {
        "quotes-1",
        "quotes-2",
        "quotes-3",
        "quotes-4",
        "quotes-5",
        "quotes-6",
        "quotes-7",
        "quotes-8",
        "quotes-9",
        "quotes-10",
        "quotes-11",
        "quotes-12",
        "quotes-13",
        "quotes-14",
        "quotes-15",
        "quotes-16",
        "quotes-17",
        "quotes-18",
        "quotes-19",
        "quotes-20",
        "quotes-21",
        "quotes-22",
        "quotes-23",
        "quotes-24",
        "quotes-25",
        "quotes-26",
        "quotes-27",
        "quotes-28",
        "quotes-29",
        "quotes-30",
        "quotes-31",
        "quotes-32",
        "quotes-33",
        "quotes-34",
        "quotes-35",
        "quotes-36",
        "quotes-37",
        "quotes-38",
        "quotes-39",
        "quotes-40",
        "quotes-41",
        "quotes-42",
        "quotes-43",
        "quotes-44",
        "quotes-45",
        "quotes-46",
        "quotes-47",
        "quotes-48",
        "quotes-49",
        "quotes-50",
        "quotes-51",
        "quotes-52",
        "quotes-53",
    }
    assert len(records) == (
        62
        + 45
        + 30 * 16
        + 20
        + 20
        + 12
        + 25
        + 8
        + 8
        + 20
        + 25
        + 7
        + 15
        + 16
        + 34
        + 9
        + 22
        + 15
        + 16
        + 37
        + 12
        + 13
        + 30
        + 28
        + 10
        + 26
        + 24
        + 24 * 5
        + 25
        + 24 * 5
    )
    assert len({r["id"] for r in records}) == len(records)
    kinds = {"name", "role", "pronoun", "context", "label"}
    for record in records:
        assert record["quotes"], record["id"]
        for quote in record["quotes"]:
            assert quote["text"] in record["body"], record["id"]
            assert quote["resolved_by"] in kinds


def test_the_quote_extractor_holds_its_figures_on_the_invented_items():
    # measured when added (2026-12-03): 125 of 132 speakers right, every quote found; 128
    # after the fixes it showed
    score = evaluate_invented_quotes("quotes-1")
    assert score.gold == 132
    assert score.found == 132
    assert score.speaker_accuracy >= 0.94
    assert score.by_resolution["context"] == 53
    assert score.right_by_resolution["context"] >= 48
    # quotes-2, written blind: 86 of 101 on its first score, 94 after the fixes it showed
    second = evaluate_invented_quotes("quotes-2")
    assert (second.gold, second.found) == (101, 101)
    assert second.speaker_accuracy >= 0.92


# The blind sets after quotes-2, each written before the code first ran on it: (set, gold
# quotes, found, speakers right at least). First scores: quotes-3 (Kremlin style) 67/89,
# quotes-4 (news conferences, interviews, transcripts) 89/113, quotes-5 (speakers found from
# the context) 71/90, quotes-6 (the genres of Kremlin releases drawn from dev) 78/92,
# quotes-7 (replies in meeting accounts, long titles, unnamed speakers) 112/128, quotes-8
# (quotes inside transcript turns, labels in capitals, half the bodies on one line)
# 170/196, quotes-9 (general news stories, speakers found through pronouns and the context)
# 190/260, quotes-10 (Kremlin narrative releases and transcripts, a ministry and a wire)
# 135/154, quotes-11 (Kremlin narrative releases: pronouns with several men in play, roles
# worded unlike the title, letters received) 134/160, quotes-12 (Kremlin narratives quoted
# from the context, messages to several leaders, transcripts quoting others) 161/185, its
# first 15 items tuned on (80 → 89 of 96), its last 15 held out (81 of 89, unchanged);
# quotes-13 (Kremlin narratives, transcripts with labels in many forms, briefings) 157/171,
# its odd items tuned on (72 → 77 of 79), its even ones held out (85 of 92, unchanged);
# quotes-14 (Kremlin narratives whose speakers no dictionary knows, quoted from the context)
# 115/161, its odd items tuned on (62 → 74 of 80), its even ones held out (53 → 56 of 81);
# quotes-15 (speakers found from the context in many shapes) 116/162 with the code of the
# start of the session that drew it, 121 when drawn; its odd items tuned on (54 → 60 of
# 82), its even ones held out (67 → 67 of 80); quotes-16 (Kremlin meetings whose guests
# answer the President's questions, described by what they do) 119/159 with the code of the
# start of the session that drew it, its odd items tuned on (62 → 74 of 81), its even ones
# held out (57 → 62 of 78); quotes-17 (Kremlin speeches, messages and reports quoted after
# colons, speakers named far before) 134/166 with the code of the start of that session, 132
# when drawn, its odd items tuned on (69 → 72 of 84), its even ones held out (64 → 63 of
# 82) → 84 and 64 after the next session's fixes; quotes-18 (Kremlin accounts whose speakers
# are found from the context: colons, narration between labelled turns, titles, pronouns,
# replies, messages) 126/152 with the code of the start of the session that drew it, 132
# when drawn (odd items 66 of 75, even items 66 of 77); quotes-19 (Kremlin-style speeches on
# one line that quote figures, leaders, documents and themselves deep inside) 128/177 with
# the code of the start of the session that drew it (odd items 72 of 88, even 56 of 89);
# quotes-20 (Kremlin-style transcripts on one line whose turns quote others after colons)
# 206/263 (odd 103 of 128, even 103 of 135); quotes-21 (long speeches quoting what states,
# blocs and leaders told us, documents and historical figures) 111/163 with the code of the
# session's start, 122 when drawn (odd 58 of 81, even 64 of 82); quotes-22 (one-line
# meeting reports, messages and calls quoted after colons, paraphrase and background) 121/153
# with the code of the session's start, 124 when drawn (odd 70 of 83, even 54 of 70);
# quotes-23 (long news conferences on one line: journalists quoting leaders and bodies, the
# President quoting askers, documents and himself) 172/191 both with the code of the
# session's start and when drawn (odd 86 of 94, even 86 of 97); quotes-24 (long addresses
# whose speaker recalls what people named thousands of characters before told them, the
# nearest name seldom the speaker's) 127/165 with the code of the start of the session that
# drew it (odd 68 of 84, even 59 of 81); quotes-25 (transcripts with labels of a title
# alone, initials, voices from the audience, turns quoting others a few words after the
# label) 190/227 (odd 91 of 114, even 99 of 113); quotes-26 (narrative releases: speakers
# given by context, alternating exchanges, sources, unnamed people) 132/166 (odd 73 of 90,
# even 59 of 76); quotes-27 (long addresses: figures named many times then "he said",
# conversations recalled without a name, rhetorical questions before answers) 114/144 both
# at the session's start and when drawn (odd 69 of 82, even 45 of 62); quotes-28 (joint news
# conferences, interviews, briefings) 153/171 at the start, 154 when drawn (odd 77 of 85,
# even 77 of 86); quotes-29 (long news conferences and meetings whose turns quote people
# named before, people at large, letters and self-introduced askers) 205/228 at the start of
# the session that drew it (odd 99 of 113, even 106 of 115); quotes-30 (narrative releases:
# messages, calls, trips, speakers from the context and pronouns) 176/199 (odd 81 of 95, even
# 95 of 104); quotes-31 (long speeches: pronouns not for the last person named, recalled
# conversations, documents) 119/166 (odd 73 of 94, even 46 of 72); quotes-32 (working
# meetings and joint statements: labels of a title or a surname, documents and requests
# quoted in turns) 154/182 (odd 74 of 88, even 80 of 94); quotes-33 (meetings with citizens:
# labels of all kinds, askers who name themselves, turns quoting the asker, documents and
# children) 174/213 (odd 96 of 114, even 78 of 99); quotes-34 (joint statements and news
# conferences: leaders quoting each other, documents, proverbs, third countries) 143/185
# (odd 83 of 101, even 60 of 84); quotes-35 (narrative releases on foreign affairs: aides,
# statements, foreign ministries, fragments in reported speech) 150/180 (odd 74 of 96, even
# 76 of 84); quotes-36 (interviews: askers quoting third parties, viewers' questions,
# leaders named before "he told me") 148/181 (odd 77 of 94, even 71 of 87); six more drawn
# at the start of the session after, when the even items of quotes-29 to 36 were tuned on
# too, scored at that session's start and when drawn: quotes-37 (news conferences whose
# turns quote others) 131/151 (odd 67 of 75, even 64 of 76, 65 when drawn); quotes-38
# (narrative releases, speakers from the context) 152/165 (odd 73 of 82, even 79 of 83);
# quotes-39 (pronouns with several people in play) 157/166 (odd 78 of 83, even 79 of 83);
# quotes-40 (speeches recalling others' words) 124/153 (odd 67 of 84, even 57 of 69; 68
# and 58 when drawn); quotes-41 (foreign affairs: aides, bodies, documents) 157/169 (odd 85
# of 90, even 72 of 79); quotes-42 (domestic meetings: titles, lists, pronouns) 139/160
# (odd 65 of 75, even 74 of 85); three sets of news written blind the session after, the
# first in the project not in a head of state's genre, scored with the code of that
# session's start and when drawn: quotes-43 (web news pages: courts, councils, sport,
# health; "he said" with several people of one gender, titles such as "Cr" and "Judge")
# 154/205 and 155 (odd 80 and 81 of 100, even 74 of 105); quotes-44 (1988-2000 wire copy:
# companies, courts, governments and their statements, crowds) 171/203 both (odd 92 of 105,
# even 79 of 98); quotes-45 (world news desks: ministries called by a country's possessive,
# agencies, spokespeople, statements) 166/217 and 169 (odd 86 and 88 of 110, even 80 and 81
# of 107); two more news sets written blind at that session's end, scored with the code of
# its start and its end: quotes-46 (wire copy spoken mostly by bodies and unnamed people)
# 165 and 184 of 246 (odd 89 of 124, even 95 of 122); quotes-47 (world news pages with
# pronouns and many non-English names) 136 and 138 of 201 (odd 70, even 68), then 144 once
# two pronoun rules were tuned on its odd items (odd 73 of 100, even 71 of 101).
# The session after tuned on the odd items of both (quotes-46 odd 89 → 94, even 95 held;
# quotes-47 odd 73 → 82, even 71 → 76). Two more written blind in that session, scored with
# the code of its start: quotes-48 (Kremlin-style releases quoted from the context) 141/154
# (odd 71 of 81, even 70 of 73); quotes-49 (news: pronouns, ties, honorifics, names of many
# origins) 154/215 (odd 81 of 113, even 73 of 102); after tuning on their odd items 146
# (even 70) and 167 (even 75). Two more written blind at that session's end, scored with the
# code of its start, when drawn and at its end: quotes-50 (wire copy of 1989-2006: bodies,
# governments, officials) 145, 149, 159 of 199 (even 74, 75, 75 of 102); quotes-51 (web
# news pages) 172, 174, 178 of 219 (even 90, 90, 91 of 112). Two more written blind in the
# session after, scored with the code of its start before any was read: quotes-52 (wire
# copy of 1989-2000: datelines, bodies, officials) 184/209 (odd 92 of 106, even 92 of 103);
# quotes-53 (news pages: honorifics on shared surnames, relatives, names of many origins)
# 150/210 (odd 65 of 109, even 85 of 101). After tuning on their odd items: 191 (even 94)
# and 175 (even 86).
# The minimums are the figures after the fixes each showed.
@pytest.mark.parametrize(
    ("name", "gold", "found", "right"),
    [
        ("quotes-3", 89, 89, 87),
        ("quotes-4", 113, 112, 107),
        ("quotes-5", 90, 90, 86),
        # (all 92 found since 2026-12-08: a "… says:" line over a quotation is no longer
        # taken for a comment section's header and cut from the body)
        ("quotes-6", 92, 92, 89),
        # (121 since 2026-12-06: the parse took a title after "spoke at a debate on the
        # theme" for what the speaker said, a parser's error; it gained in the real sets)
        ("quotes-7", 128, 126, 121),
        ("quotes-8", 196, 194, 192),
        ("quotes-9", 260, 259, 241),
        ("quotes-10", 154, 154, 152),
        ("quotes-11", 160, 160, 155),
        ("quotes-12", 185, 185, 177),
        ("quotes-13", 171, 171, 167),
        ("quotes-14", 161, 158, 136),
        ("quotes-15", 162, 162, 142),
        ("quotes-16", 159, 159, 138),
        ("quotes-17", 166, 166, 152),
        ("quotes-18", 152, 152, 138),
        ("quotes-19", 177, 177, 150),
        ("quotes-20", 263, 263, 241),
        ("quotes-21", 163, 163, 140),
        ("quotes-22", 153, 153, 144),
        ("quotes-23", 191, 191, 182),
        ("quotes-24", 165, 165, 148),
        ("quotes-25", 227, 227, 214),
        ("quotes-26", 166, 165, 147),
        ("quotes-27", 144, 144, 132),
        ("quotes-28", 171, 171, 165),
        ("quotes-29", 228, 228, 222),
        ("quotes-30", 199, 199, 193),
        ("quotes-31", 166, 166, 147),
        ("quotes-32", 182, 182, 175),
        ("quotes-33", 213, 213, 202),
        ("quotes-34", 185, 185, 169),
        ("quotes-35", 180, 180, 169),
        ("quotes-36", 181, 181, 166),
        ("quotes-37", 151, 151, 136),
        ("quotes-38", 165, 165, 159),
        ("quotes-39", 166, 166, 162),
        ("quotes-40", 153, 153, 136),
        ("quotes-41", 169, 169, 162),
        ("quotes-42", 160, 160, 149),
        ("quotes-43", 205, 205, 183),
        ("quotes-44", 203, 203, 185),
        ("quotes-45", 217, 217, 195),
        ("quotes-46", 246, 245, 200),
        ("quotes-47", 201, 201, 167),
        ("quotes-48", 154, 154, 146),
        ("quotes-49", 215, 215, 184),
        ("quotes-50", 199, 199, 165),
        ("quotes-51", 219, 219, 187),
        ("quotes-52", 209, 209, 191),
        ("quotes-53", 210, 209, 177),
    ],
)
def test_the_quote_extractor_holds_its_figures_on_each_blind_set(name, gold, found, right):
    score = evaluate_invented_quotes(name)
    assert (score.gold, score.found) == (gold, found)
    assert score.right >= right


def test_every_invented_release_sentence_is_in_its_body():
    records = [json.loads(line) for line in INVENTED_RELEASES.read_text().splitlines() if line]
    assert len(records) == 40 + 35 + 35 + 35 + 30 + 30 + 30 + 30
    assert {r["set"] for r in records} == {
        "releases-3",
        "releases-4",
        "releases-5",
        "releases-6",
        "releases-7",
        "releases-8",
        "releases-9",
        "releases-10",
    }
    for record in records:
        for sentence in record["sentences"]:
            assert sentence["text"] in record["body"], record["id"]


# Each blind release set's figures: (set, gold events, recall and precision at least). First
# scores, each written blind: releases-3 0.518 / 0.312 (88/170 of 282), 115/182 after the
# fixes it showed, 122/207 once every country listed in a phrase is a side ("the
# ambassadors of Japan, France, Turkey and India": four hosting events where its annotator
# codes 040, and a four-party summit "expected to discuss" that it codes as no event);
# releases-4 (statements and answers) 0.483 / 0.305 (73/239), 82/159 after its fixes;
# releases-5 (what Russia's leaders say about other states) 0.398 / 0.271 (64/161 of 236);
# releases-6 (the genres of Kremlin releases drawn from dev) 0.580 / 0.408 (91/157 of 223);
# releases-7 (by a helper under the Kremlin annotators' conventions) 0.549 / 0.419 (117/213
# of 279), 125/217 after its fixes; releases-8 (speeches, domestic meetings, talks,
# messages) 0.551 / 0.294 (96/174 of 327) with the code of the start of the session that
# drew it, odd items tuned on, even ones held out, 0.572 / 0.352 (115/201) → 0.568 / 0.370
# (121/213) once a lone speech label after a sentence of summary gave two of its speeches
# their speaker (their first person coded, six events right and six not; releases-6 gained
# 12 events right, 25 coded, the same way); releases-9 (statements of calls, talks, reports
# at home and news conferences, a third of its sentences with no event) 0.568 / 0.568
# (230/405) with the code of that session's start, odd items tuned on; releases-10
# (calls and talks about third states, reports at home) 0.670 / 0.675 (295/437) with the
# code of that session's start and when drawn, odd items tuned on, even items held out.
@pytest.mark.parametrize(
    ("name", "gold", "recall", "precision"),
    [
        ("releases-3", 282, 0.43, 0.58),
        ("releases-4", 239, 0.34, 0.51),
        ("releases-5", 236, 0.31, 0.47),
        ("releases-6", 223, 0.40, 0.57),
        ("releases-7", 279, 0.44, 0.57),
        ("releases-8", 327, 0.36, 0.56),
        ("releases-9", 405, 0.56, 0.56),
        ("releases-10", 437, 0.67, 0.66),
    ],
)
def test_the_coder_holds_its_figures_on_each_blind_release_set(name, gold, recall, precision):
    score = evaluate_invented_calls(name, INVENTED_RELEASES)
    assert score.gold == gold
    assert score.recall >= recall and score.precision >= precision


def test_the_cleaner_holds_its_figures_on_the_invented_pages():
    # pages-blind-1, 40 text dumps written blind by a helper: first score titles 39/40,
    # dates 35/40, body F1 0.949; after the fixes it showed 40/40, 36/40 (three pages
    # show only an "Updated" date, which its annotator left as no published date), 37/40
    # once Ukrainian months were read. pages-blind-2, 40 harder ones (22 in 18 languages
    # other than English): first score titles 33/40, dates 28/40; its odd lines tuned on,
    # its even ones held out: 35/40, 34/40 after. pages-blind-3, 40 more (22 in 22 other
    # languages): first score titles 36/40, dates 33/40; odd lines tuned on (17 -> 20 and
    # 14 -> 20 of 20), even ones held out (19 -> 19 and 19 -> 20). pages-blind-4, 40 pages
    # of the wider web (blogs, magazines, university news, forums): first 36/40 and 36/40;
    # odd lines tuned on (18 -> 20 and 17 -> 20), even ones held out (18 -> 18, 19 -> 19).
    # pages-blind-5, 40 news pages in 19 languages: first 37/40 and 40/40 (odd lines tuned on,
    # 19 -> 20 titles). pages-blind-6, 30 long English pages, half of them showing their
    # headline only in the browser's title: first 15/30 and 26/30; odd lines tuned on (titles
    # 7 -> 12 of 15), even ones held out (8 -> 11)
    score = evaluate_pages(
        INVENTED_PAGES, with_html=False, with_peer=False, meta_gold=INVENTED_PAGES
    )[0]
    assert len(score.titles) == 230
    assert sum(score.titles) >= 212
    assert sum(score.dates) >= 220
    assert score.summary()["body_f1"] >= 0.94


def test_the_actor_extractor_holds_its_figures_on_the_invented_actors():
    # actors-1, 30 Kremlin-style releases naming invented people and bodies, written blind:
    # first score F1 0.810 on its odd items, 0.856 on its even ones; the odd ones tuned on
    tuned = evaluate_invented_actors("actors-1", parity=1)
    held = evaluate_invented_actors("actors-1", parity=0)
    assert (tuned.required, held.required) == (197, 207)
    # (since 2026-12-06 a body found matches as the text wrote it too: tuned 0.908 → 0.926,
    # held 0.876 → 0.907 by that scoring alone)
    assert tuned.required_found >= 181 and tuned.found_right >= 193
    assert held.required_found >= 182 and held.found_right >= 194
    assert tuned.f1 >= 0.92 and held.f1 >= 0.90


def test_an_invented_actor_found_matches_as_the_text_wrote_it(tmp_path):
    record = {
        "id": "http://en.kremlin.ru/events/president/news/99901",
        "title": "Meeting with the Minister of Science",
        "published": "2023-05-04",
        "body": "Vladimir Putin met with Minister of Science Valery Falkov. The Ministry of "
        "Science and Higher Education reported on new laboratories.",
        "set": "actors-x",
        "actors": [
            {"name": "Vladimir Putin", "type": "person", "required": True},
            {"name": "Valery Falkov", "type": "person", "required": True},
            {
                "name": "Ministry of Science and Higher Education",
                "type": "organization",
                "required": True,
            },
        ],
    }
    path = tmp_path / "actors.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    score = evaluate_invented_actors("actors-x", path=path)
    # the home ministry written without its country is the dictionary's Russian one
    assert (score.required_found, score.required) == (3, 3)
