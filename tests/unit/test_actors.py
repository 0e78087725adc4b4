"""Actor extraction beyond plain aliases: roles by date, discovery from context, surnames,
and the quote speakers that depend on them. Invented people, real offices."""

from datetime import date

import polars as pl
import pytest

from pipelines.nlp.actors import (
    ActorDictionary,
    ActorMatcher,
    dictionary_fingerprint,
    extract_actor_mentions,
)
from pipelines.nlp.discovery import ActorDiscoverer, TriggerFinder, written_of_as_a_firm
from pipelines.nlp.quotes import extract_quotes
from pipelines.raw_store import ensure_table
from pipelines.settings import SEEDS_DIR


@pytest.fixture(scope="module")
def matcher() -> ActorMatcher:
    actors = pl.DataFrame(
        {
            "actor_id": [
                "country_rus",
                "country_usa",
                "org_kremlin",
                "person_ivan_petrov",
                "person_olga_sidorova",
                "person_tom_baker",
                "person_ann_wells",
            ],
            "name": [
                "Russia",
                "United States",
                "Kremlin",
                "Ivan Petrov",
                "Olga Sidorova",
                "Tom Baker",
                "Ann Wells",
            ],
            "actor_type": [
                "country",
                "country",
                "organization",
                "person",
                "person",
                "person",
                "person",
            ],
            "country_code": ["RUS", "USA", "RUS", "RUS", "RUS", "USA", "USA"],
            "cameo_code": ["RUS", "USA", "RUSGOV", "RUSGOV", "RUSGOV", "USAGOV", "USAGOV"],
        }
    )
    aliases = pl.DataFrame(
        {
            "actor_id": [
                "country_rus",
                "country_rus",
                "country_rus",
                "country_usa",
                "country_usa",
                "org_kremlin",
                "person_ivan_petrov",
                "person_ivan_petrov",
                "person_olga_sidorova",
                "person_tom_baker",
                "person_ann_wells",
            ],
            "alias": [
                "Russia",
                "Russian",
                "Moscow",
                "United States",
                "US",
                "Kremlin",
                "Ivan Petrov",
                "Petrov",
                "Olga Sidorova",
                "Tom Baker",
                "Ann Wells",
            ],
            "alias_kind": [
                "name",
                "demonym",
                "capital",
                "name",
                "short",
                "name",
                "name",
                "surname",
                "name",
                "name",
                "name",
            ],
        }
    )
    roles = pl.DataFrame(
        {
            "actor_id": [
                "person_ivan_petrov",
                "person_olga_sidorova",
                "person_tom_baker",
                "person_ann_wells",
            ],
            "role": ["spokesperson", "spokesperson", "president", "president"],
            "role_country_code": ["RUS", "RUS", "USA", "USA"],
            "role_org_id": ["org_kremlin", None, None, None],
            "start_date": ["2012-01-01", "2015-01-01", "2017-01-20", "2021-01-20"],
            "end_date": [None, None, "2021-01-20", "2025-01-20"],
        }
    )
    terms = pl.DataFrame(
        {
            "term": ["spokesman", "press secretary", "president"],
            "role": ["spokesperson", "spokesperson", "president"],
        }
    )
    return ActorMatcher(
        ActorDictionary(actors=actors, aliases=aliases, roles=roles, role_terms=terms)
    )


def mentions_of(matcher, text: str, published: date | None = None) -> list[tuple[str, str, str]]:
    frame = pl.DataFrame(
        {"article_id": ["a"], "body": [text], "published_date": [published]},
        schema_overrides={"published_date": pl.Date},
    )
    mentions = extract_actor_mentions(frame, matcher)
    return list(mentions.select("mention_text", "actor_id", "alias_kind").iter_rows())


def test_role_with_an_organization_resolves_to_its_holder(matcher):
    found = mentions_of(matcher, "The Kremlin spokesman declined to comment.")
    assert ("spokesman", "person_ivan_petrov", "role") in found
    # "A Kremlin spokesman" is someone unnamed, not the office holder.
    found = mentions_of(matcher, "A Kremlin spokesman declined to comment.")
    assert all(kind != "role" for _, _, kind in found)


def test_role_with_a_country_resolves_by_the_article_date(matcher):
    text = "The US President will travel to Moscow."
    assert ("President", "person_ann_wells", "role") in mentions_of(matcher, text, date(2022, 5, 1))
    assert ("President", "person_tom_baker", "role") in mentions_of(matcher, text, date(2019, 5, 1))
    # No date and no name in the article: left unresolved rather than guessed.
    assert all(kind != "role" for _, _, kind in mentions_of(matcher, text))


def test_an_unqualified_role_resolves_to_the_holder_the_article_names(matcher):
    text = "Olga Sidorova spoke first. Later the spokesman said talks would go on."
    assert ("spokesman", "person_olga_sidorova", "role") in mentions_of(matcher, text)


def test_a_role_used_as_a_title_is_not_a_second_mention(matcher):
    found = mentions_of(
        matcher, "Kremlin spokesman Ivan Petrov said so. Petrov, the spokesman, left."
    )
    assert [kind for _, actor, kind in found if actor == "person_ivan_petrov"] == [
        "name",
        "surname",
    ]


def test_unknown_people_are_discovered_from_titles_appositions_and_speech(matcher):
    text = (
        "Russia's ambassador to Canada, Boris Lemkin, said the talks failed.\n\n"
        "Deputy Foreign Minister Marta Kowal met envoy Jean-Paul Mbeki on Monday.\n\n"
        "“We are ready,” said Ruth Okonjo, who leads the mission. Lemkin disagreed."
    )
    found = mentions_of(matcher, text, date(2026, 3, 1))
    discovered = {(t, a) for t, a, kind in found if kind == "discovered"}
    assert discovered == {
        ("Boris Lemkin", "person_boris_lemkin"),
        ("Marta Kowal", "person_marta_kowal"),
        ("Jean-Paul Mbeki", "person_jean_paul_mbeki"),
        ("Ruth Okonjo", "person_ruth_okonjo"),
    }
    # A later surname-only mention links to the person named in full.
    assert ("Lemkin", "person_boris_lemkin", "surname") in found


def test_organizations_are_discovered_by_their_head_noun_but_not_generic_ones(matcher):
    text = (
        "The Baltic Volunteer Corps claimed the attack. The Foreign Ministry denied it, and the "
        "US Federal Aviation Administration closed the airspace."
    )
    discovered = [(t, a) for t, a, kind in mentions_of(matcher, text) if kind == "discovered"]
    # the country that opens a body's name stays in it: "British Chambers of Commerce" and
    # "Indian Chambers of Commerce" are two bodies, not one "Chambers of Commerce"
    assert discovered == [
        ("Baltic Volunteer Corps", "org_baltic_volunteer_corps"),
        ("US Federal Aviation Administration", "org_us_federal_aviation_administration"),
    ]


def test_a_title_after_a_work_s_noun_is_no_person(matcher):
    text = (
        "Tom Brady's film Mara Selwyn opens on Friday. Mara Selwyn was shot in Leeds, and "
        "the album Joan Harte sold well. Producer Ann Kettle said it took a year."
    )
    people = {a for _, a, _ in mentions_of(matcher, text) if a.startswith("person_")}
    assert people == {"person_tom_brady", "person_ann_kettle"}


def test_a_company_named_by_a_generic_word_and_its_trade_and_by_its_first_word(matcher):
    text = (
        "General Motors cut 5,000 jobs and General Electric raised its forecast. Kestle "
        "Electric reported a loss. Kestle shares fell. British Airways flew on."
    )
    found = [(t, a) for t, a, _ in mentions_of(matcher, text)]
    assert ("General Motors", "org_general_motors") in found
    assert ("General Electric", "org_general_electric") in found
    assert ("Kestle", "org_kestle_electric") in found
    # a company of two words that a country opens is no mention of that country
    assert [a for _, a in found if a.startswith("country_")] == []


def test_a_faith_after_a_given_name_is_no_person(matcher):
    text = "Protest planned.\n\nRoman Catholic groups in India have demanded a ban on the film."
    assert [a for _, a, _ in mentions_of(matcher, text) if a.startswith("person_")] == []


def test_a_body_named_in_full_is_named_again_by_its_bare_initials(matcher):
    text = (
        "Kestle Airways is to halt its flights to Jeddah. KA currently runs four flights a "
        "week. Troops held the Line of Actual Control, and the LAC stayed calm."
    )
    found = [(t, a) for t, a, _ in mentions_of(matcher, text)]
    assert ("KA", "org_kestle_airways") in found
    assert not any(t == "LAC" for t, _ in found)


def test_capitals_surely_no_person_s_name_are_an_organization(matcher):
    text = (
        "Markets mixed.\n\n"
        "Full-back Tom Reyes kept alive Russia's Grand Slam hopes. Russia's Kestle Mitsui"
        " Financial dropped its bid, and Russia's Hanbo Motor fell. Kestle said it would wait."
        " Russia's Hind Dehiba won the race. Deputy director Pan Yue spoke."
    )
    found = [(t, a) for t, a, _ in mentions_of(matcher, text)]
    assert ("Grand Slam", "org_grand_slam") in found
    assert ("Kestle Mitsui Financial", "org_kestle_mitsui_financial") in found
    assert ("Kestle", "org_kestle_mitsui_financial") in found
    assert ("Hanbo Motor", "org_hanbo_motor") in found
    assert ("Hind Dehiba", "person_hind_dehiba") in found
    assert ("Pan Yue", "person_pan_yue") in found  # a Chinese name, "yue" a noun too


def test_a_county_or_a_parish_before_a_title_is_no_person(matcher):
    text = (
        "Jail video row.\n\n"
        "“I'm not pleased,” Jefferson Parish Sheriff Harry Lee said. Franklin County Judge Ann"
        " Vale agreed."
    )
    people = [a for _, a, _ in mentions_of(matcher, text) if a.startswith("person_")]
    assert people == ["person_harry_lee", "person_ann_vale"]


def test_a_name_before_a_bare_possessive_apostrophe_is_discovered(matcher):
    text = (
        "Sitcom news.\n\n"
        "Two actors have signed up for Peter Tavis' new sitcom. Tavis said it was a dream."
        " He attended Lewis Boys' School in Pengam."
    )
    found = [(t, a) for t, a, _ in mentions_of(matcher, text)]
    assert ("Peter Tavis", "person_peter_tavis") in found
    assert ("Tavis", "person_peter_tavis") in found
    # (a plural noun that is no surname before the apostrophe: a school's name)
    assert not any(a.startswith("person_lewis") for _, a in found)


def test_general_before_an_english_noun_is_the_adjective_not_a_rank(matcher):
    text = (
        "Pension row.\n\n"
        "The strike could embarrass the government before the General Election, union leader"
        " Ann Vale said. Shares in Daily Mail & General Trust rose. General Tom Reyes agreed."
    )
    people = [a for _, a, _ in mentions_of(matcher, text) if a.startswith("person_")]
    assert people == ["person_ann_vale", "person_tom_reyes"]


def test_a_peer_named_by_title_and_surname_is_a_person(matcher):
    text = (
        "Lords vote.\n\n"
        "Tory peer Lord Tebworth attacked the plan on Monday in a speech in London."
        " Baroness Kettering agreed. The Lord Chancellor and the Lord Mayor stayed silent at"
        " Lord's."
    )
    people = [t for t, a, _ in mentions_of(matcher, text) if a.startswith("person_")]
    assert people == ["Tebworth", "Kettering"]


def test_a_firm_named_like_a_person_is_an_organization_by_how_it_is_written_of(matcher):
    text = (
        "Media results.\n\n"
        "Walter Kessing reported its results on Friday. Walter Kessing's fourth quarter"
        " profits were up 5%. Judy Bell, the company's founder,"
        " welcomed the news. Ken Perkins, an analyst at research firm Kettle Data, agreed."
    )
    types = {a: a.split("_")[0] for _, a, _ in mentions_of(matcher, text)}
    assert "org_walter_kessing" in types
    assert written_of_as_a_firm("Shares in Peter Vogel fell.", "Peter Vogel")
    assert written_of_as_a_firm("Frankfurt-based Peter Vogel said", "Peter Vogel")
    assert written_of_as_a_firm("Peter Vogel, the German stock exchange, said", "Peter Vogel")
    assert not written_of_as_a_firm("Peter Vogel, the company's founder, said", "Peter Vogel")
    # (an honorific on the surname tells a person)
    assert not written_of_as_a_firm("Mr Vogel spoke. Shares in Peter Vogel fell.", "Peter Vogel")
    # (a founder or an analyst described by the firm is a person still)
    assert "person_judy_bell" in types
    assert "person_ken_perkins" in types


def test_no_discovery_in_headlines_or_from_ordinary_words(matcher):
    text = (
        "Kremlin Spokesman Rejects Western Peace Plan\n\n"
        "The executive order was signed. The President signed Executive Order 12 on Friday."
    )
    assert [t for t, _, kind in mentions_of(matcher, text) if kind == "discovered"] == []


def test_trigger_finder_respects_word_boundaries_and_case():
    finder = TriggerFinder(["envoy", "head", "foreign minister", "council"], {"council"})
    text = "The Envoy met the Foreign minister ahead of the headline; the council met the Council."
    assert finder.find(text) == [
        (4, 9, "envoy"),
        (18, 34, "foreign minister"),
        (78, 85, "council"),
    ]


def test_discoverer_strips_titles_inside_the_name():
    discoverer = ActorDiscoverer(["spokesperson"])
    finder = TriggerFinder(discoverer.trigger_words)
    text = "Chief Inspector Margit Holm said the site was closed."
    found = discoverer.find(text, finder.find(text))
    assert [(d.name, text[d.start : d.end]) for d in found] == [("Margit Holm", "Margit Holm")]


def test_a_discovered_name_spread_over_odd_spacing_keeps_its_span():
    # Generated and scraped text puts two spaces or a line break inside names; the name
    # is normalized, the offsets still cover the words in the text.
    discoverer = ActorDiscoverer(["spokesperson"])
    finder = TriggerFinder(discoverer.trigger_words)
    text = "Chief Inspector Margit  Holm said the site was closed."
    found = discoverer.find(text, finder.find(text))
    assert [(d.name, text[d.start : d.end]) for d in found] == [("Margit Holm", "Margit  Holm")]


def test_quote_speakers_from_appositions_bodies_pronouns_and_partial_quotes(matcher):
    body = (
        "The Kremlin issued a statement on Monday.\n\n"
        "“The door stays open,” said the country's envoy in Geneva, Boris Lemkin, who arrived late.\n\n"
        "Officials said the plan was “a dead end for everyone”.\n\n"
        "Marta Kowal, a deputy minister, rejected the claim. “We never agreed to that,” she said.\n\n"
        "Lemkin called the offer “unserious” and left. Supporters waved the “Free Baltic Union”."
    )
    frame = pl.DataFrame({"article_id": ["a"], "body": [body]})
    quotes = extract_quotes(frame, extract_actor_mentions(frame, matcher))
    assert quotes.select("speaker_actor_id", "quote_text").rows() == [
        ("person_boris_lemkin", "The door stays open"),
        ("org_kremlin", "a dead end for everyone"),
        ("person_marta_kowal", "We never agreed to that"),
        ("person_boris_lemkin", "unserious"),
    ]


def test_the_dictionary_fingerprint_follows_the_seeds(tmp_path):
    for name in ("actors.csv", "actor_aliases.csv", "actor_roles.csv", "role_terms.csv"):
        (tmp_path / name).write_bytes((SEEDS_DIR / name).read_bytes())
    before = dictionary_fingerprint(tmp_path)
    assert before == dictionary_fingerprint(SEEDS_DIR)
    with (tmp_path / "role_terms.csv").open("a") as handle:
        handle.write("first lady,spouse\n")
    assert dictionary_fingerprint(tmp_path) != before


def test_raw_tables_gain_new_columns_in_place():
    import duckdb

    conn = duckdb.connect()
    ensure_table(conn, "t", {"a": pl.String()})
    conn.execute("INSERT INTO raw.t (a) VALUES ('kept')")
    ensure_table(conn, "t", {"a": pl.String(), "b": pl.Boolean()})
    assert conn.execute("SELECT a, b FROM raw.t").fetchall() == [("kept", None)]


def test_worker_processes_find_what_one_process_finds(monkeypatch):
    from pipelines.nlp import parallel
    from pipelines.nlp.actors import extract_actors_and_quotes

    body = (
        "Kremlin spokesman Dmitry Peskov said on Monday that talks would resume. "
        "“We are ready,” said Ukraine's envoy, Olena Marchuk. Peskov added: “Nothing is agreed.”"
    )
    articles = pl.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(12)],
            "body": [body.replace("Monday", f"day {i}") for i in range(12)],
            "published_date": [date(2025, 5, 1)] * 12,
        }
    )
    from pipelines import workers

    monkeypatch.setattr(workers, "PARALLEL_MIN_ROWS", 1)
    mentions, quotes = parallel.actors_and_quotes_of(articles, SEEDS_DIR, workers=2)
    expected = extract_actors_and_quotes(articles, parallel.matcher_for(SEEDS_DIR))
    assert mentions.equals(expected[0]) and quotes.equals(expected[1])
    assert quotes.height == 24 and mentions["article_id"].n_unique() == 12
    assert "person_olena_marchuk" in mentions["actor_id"].to_list()


def test_no_actors_from_bylines_captions_or_related_links():
    from pipelines.text.articles import clean_source
    from pipelines.text.read import read_input_file

    page = (
        "World | Europe | Business\n"
        "Envoys Trade Blame as Black Sea Grain Talks Stall\n"
        "By Miriam Okonkwo, Staff Correspondent\n"
        "Published: 12 March 2026\n"
        "Photo: Kremlin spokesman Dmitry Peskov at a briefing. Credit: Reuters Pictures\n"
        "Talks on reopening Black Sea grain shipments stalled on Thursday after Russia and "
        "Ukraine traded accusations over attacks on port infrastructure, diplomats said.\n\n"
        "Turkey's foreign minister, who hosted the meeting in Istanbul, said both delegations "
        "had agreed to meet again but had not set a date for the next round.\n\n"
        "“We are not giving up on this corridor,” the minister told reporters after the talks, "
        "adding that the United Nations would keep its monitoring team in place.\n\n"
        "Related articles\n"
        "NATO allies weigh new air defence orders for Poland\n"
        "Kenya's president heads to Addis Ababa for AU summit\n"
    )
    source = read_input_file("scraped/grain.txt", page.encode()).sources[0]
    cleaned = clean_source(source)
    frame = pl.DataFrame(
        {
            "article_id": ["g"],
            "body": [cleaned["body"]],
            "published_date": [cleaned["published_date"]],
        },
        schema_overrides={"published_date": pl.Date},
    )
    dictionary = ActorDictionary.from_seeds(SEEDS_DIR)
    mentions = extract_actor_mentions(frame, ActorMatcher(dictionary))
    names = set(mentions["actor_name"])
    assert {"Russia", "Ukraine", "Turkey", "United Nations"} <= names
    # Byline, caption, credit and related links are not the article.
    assert not names & {"Miriam Okonkwo", "Dmitry Peskov", "Kremlin", "NATO", "Kenya", "Poland"}


def test_a_name_the_text_uses_as_a_place_is_not_a_person(matcher):
    text = (
        "Governor Nizhny Varta said the plant would reopen. "
        "Workers in Nizhny Varta welcomed the news, said Olga Petrenko, a union official."
    )
    discovered = {t for t, _, kind in mentions_of(matcher, text) if kind == "discovered"}
    assert discovered == {"Olga Petrenko"}


def test_names_in_odd_case_are_found_only_where_case_is_telling(matcher):
    found = mentions_of(matcher, "President petrov spoke to rUssia's envoy. Petrov left.")
    assert ("petrov", "person_ivan_petrov", "surname") in found
    assert ("rUssia", "country_rus", "name") in found
    # a lowercase word alone is just a word
    assert mentions_of(matcher, "The petrov file and russia were cited.") == []


def test_discovered_people_take_the_country_of_their_title(matcher):
    frame = pl.DataFrame(
        {
            "article_id": ["a"],
            "body": [
                "The US commander in Canada, General Piet Hollander, met Ivan Petrov. "
                "Russian opposition leader Vera Lanskaya said no. "
                "Canada's envoy Sam Ortiz agreed."
            ],
        }
    )
    mentions = extract_actor_mentions(frame, matcher)
    country = dict(mentions.select("actor_id", "actor_country").iter_rows())
    assert country["person_piet_hollander"] == "USA"
    assert country["person_vera_lanskaya"] == "RUS"
    assert country["person_ivan_petrov"] == "RUS"  # the dictionary's
    # Canada is not in this dictionary: its envoy stays without a country
    assert country["person_sam_ortiz"] is None


def test_discovered_bodies_take_the_country_that_opens_or_closes_their_name():
    matcher = ActorMatcher(ActorDictionary.from_seeds(SEEDS_DIR))
    frame = pl.DataFrame(
        {
            "article_id": ["http://en.kremlin.ru/events/president/news/1"],
            "body": [
                "The Swiss Federal Department of Foreign Affairs welcomed the talks. The "
                "Ministry of Foreign Affairs of Kazakhstan also responded. The National Crisis "
                "Management Centre was on alert."
            ],
        }
    )
    mentions = extract_actor_mentions(frame, matcher)
    country = dict(mentions.select("actor_id", "actor_country").iter_rows())
    # the country opens the body's own name, and stays a mention of its own
    assert country["org_swiss_federal_department_of_foreign_affairs"] == "CHE"
    assert "country_che" in country
    assert country["org_ministry_of_foreign_affairs_of_kazakhstan"] == "KAZ"
    # a state body named with no country is the publisher's
    assert country["org_national_crisis_management_centre"] == "RUS"


def test_a_role_word_inside_a_name_is_not_a_second_mention():
    matcher = ActorMatcher(ActorDictionary.from_seeds(SEEDS_DIR))
    found = mentions_of(matcher, "Greetings went to King Felipe VI of Spain.", date(2020, 1, 1))
    felipe = [(t, kind) for t, a, kind in found if a == "person_king_felipe_vi"]
    assert felipe == [("King Felipe VI", "name")]


def _quotes_of(matcher, body: str) -> list[tuple[str | None, str | None, str]]:
    from pipelines.nlp.actors import extract_actors_and_quotes

    articles = pl.DataFrame(
        {"article_id": ["a"], "body": [body], "published_date": [date(2022, 3, 1)]},
        schema={"article_id": pl.String, "body": pl.String, "published_date": pl.Date},
    )
    _, quotes = extract_actors_and_quotes(articles, matcher)
    return [
        (row["speaker_actor_id"], row["speaker_text"], row["quote_text"][:24])
        for row in quotes.sort("char_start").iter_rows(named=True)
    ]


def test_a_transcripts_turns_are_quotes_of_the_speakers_their_labels_name(matcher):
    body = (
        "The President met the head of the regional council. "
        "Prime Minister Ivan Petrov: Good afternoon, colleagues. Let us begin. "
        "Regional Council Chairman Tomas Halvane: Thank you, Mr President. The harvest was good. "
        "Question: What comes next? "
        "Ivan Petrov: We will see."
    )
    assert _quotes_of(matcher, body) == [
        ("person_ivan_petrov", "Prime Minister Ivan Petrov", "Good afternoon, colleagu"),
        (
            "person_tomas_halvane",
            "Regional Council Chairman Tomas Halvane",
            "Thank you, Mr President.",
        ),
        (None, None, "What comes next?"),
        ("person_ivan_petrov", "Ivan Petrov", "We will see."),
    ]


def test_a_sentence_opening_with_a_label_in_running_text_is_no_transcript(matcher):
    body = (
        "Officials met in Geneva on Monday. Note: The talks will resume next week. "
        "Moscow: The ministry gave no details."
    )
    assert _quotes_of(matcher, body) == []


def test_a_role_is_not_the_title_of_a_name_in_the_next_sentence(matcher):
    text = "Talks went well, the President of the United States noted. Ann Wells then left."
    found = mentions_of(matcher, text, date(2022, 5, 1))
    assert ("President", "person_ann_wells", "role") in found
    # an initial's stop is no sentence end: "the President of the U.S. Ann Wells" is a title
    titled = mentions_of(matcher, "Talks with the President of the US Ann Wells.", date(2022, 5, 1))
    assert [kind for _, actor, kind in titled if actor == "person_ann_wells"] == ["name"]


@pytest.fixture(scope="module")
def seeds_matcher() -> ActorMatcher:
    return ActorMatcher(ActorDictionary.from_seeds(SEEDS_DIR))


def names_in(matcher, text: str, home: str | None = None) -> set[str]:
    found, discovered, _ = matcher.mentions_in_context(text, None, home)
    return {discovered[a][0] if a in discovered else matcher.names[a] for _, _, a, _ in found}


def test_a_national_government_is_an_actor_and_a_bare_one_is_the_publishers(seeds_matcher):
    text = "The Government of the Russian Federation approved it. The Serbian Government agreed."
    assert {"Government of Russia", "Government of Serbia"} <= names_in(seeds_matcher, text)
    assert names_in(seeds_matcher, "The Government has drafted a bill.", "RUS") == {
        "Government of Russia"
    }
    assert names_in(seeds_matcher, "The Government has drafted a bill.") == set()


def test_both_halves_of_a_hyphenated_pair_are_countries(seeds_matcher):
    names = names_in(
        seeds_matcher, "They discussed Russian-Uzbek ties and the Serbia-Hungary route."
    )
    assert {"Russia", "Uzbekistan", "Serbia", "Hungary"} <= names
    assert "Russia" not in names_in(seeds_matcher, "The pro-Russian bloc met.")


def test_two_names_sharing_one_head_are_both_found(seeds_matcher):
    names = names_in(seeds_matcher, "He met envoys of the Donetsk and Lugansk People's Republics.")
    assert {"Donetsk People's Republic", "Lugansk People's Republic"} <= names


def test_religious_leaders_and_bodies_are_known(seeds_matcher):
    text = "Pope Francis wrote to Patriarch Kirill about the Russian Orthodox Church."
    assert {"Pope Francis", "Patriarch Kirill", "Russian Orthodox Church"} <= names_in(
        seeds_matcher, text
    )


def test_a_capital_naming_a_treaty_or_format_is_not_the_country(seeds_matcher):
    names = names_in(seeds_matcher, "Both sides cited the Minsk agreements and the Astana format.")
    assert "Belarus" not in names and "Kazakhstan" not in names
    assert "Belarus" in names_in(seeds_matcher, "Minsk rejected the claim.")


def test_discovery_of_hyphenated_names_numbered_units_lists_and_acronyms(seeds_matcher):
    names = names_in(seeds_matcher, "Thanks go to Lars-Erik Holm, the founder of the festival.")
    assert "Lars-Erik Holm" in names
    names = names_in(seeds_matcher, "The 12th Separate Tank Brigade was honoured.")
    assert names == {"12th Separate Tank Brigade"}
    text = (
        "Present were Governor of the Tula Region Ivan Petrenko, Ambassador of Chile to Russia"
        " Rosa Mendez and Minister of Transport Pavel Orlov."
    )
    assert {"Ivan Petrenko", "Rosa Mendez", "Pavel Orlov"} <= names_in(seeds_matcher, text)
    names = names_in(
        seeds_matcher, "The Agency for Coastal Research (ACR) and the Grain Plan (GP)."
    )
    assert "Agency for Coastal Research" in names and "Grain Plan" not in names


def test_a_person_named_bare_in_a_publishers_release_is_of_its_country(matcher):
    frame = pl.DataFrame(
        {
            "article_id": ["http://en.kremlin.ru/events/president/news/1", "b"],
            "body": [
                "Yelena Morozova said the new school had opened on time.",
                "Yelena Morozova said the new school had opened on time.",
            ],
        }
    )
    mentions = extract_actor_mentions(frame, matcher)
    country = dict(
        mentions.filter(pl.col("actor_name") == "Yelena Morozova")
        .select("article_id", "actor_country")
        .iter_rows()
    )
    # the Kremlin's release: Russia's; a text whose publisher nothing tells: no country
    assert country == {"http://en.kremlin.ru/events/president/news/1": "RUS", "b": None}
    frame = pl.DataFrame(
        {
            "article_id": ["http://en.kremlin.ru/events/president/news/2"],
            "body": ["I thank the Northern Lights Research Foundation for its work."],
        }
    )
    found = extract_actor_mentions(frame, matcher).filter(pl.col("actor_type") == "organization")
    assert found["actor_country"].to_list() == ["RUS"]


def test_a_given_name_and_patronymic_is_the_person_named_in_full_with_that_given_name(
    seeds_matcher,
):
    text = (
        "Vladimir Putin met Arkady Volkov, the head of the Kama Shipyard. Later, Arkady "
        "Petrovich showed him the new dock. Semyon Ilyich, a welder, joined them."
    )
    found, discovered, _ = seeds_matcher.mentions_in_context(text, None, "RUS")
    by_words = {text[s:e]: a for s, e, a, _ in found}
    assert by_words["Arkady Petrovich"] == by_words["Arkady Volkov"]
    assert discovered[by_words["Arkady Volkov"]][0] == "Arkady Volkov"
    # no one named in full with the given name: a person of their own
    assert discovered[by_words["Semyon Ilyich"]][0] == "Semyon Ilyich"


def test_a_party_member_s_noun_before_a_given_name_opens_a_name(seeds_matcher):
    # ("Democrat" stands before the name like a title, not as part of a longer name)
    text = "Senate Intelligence Ranking Democrat Maude Kettering (D-Calif.) said it was wrong."
    found, discovered, _ = seeds_matcher.mentions_in_context(text, None, "USA")
    assert [text[s:e] for s, e, _, _ in found] == ["Maude Kettering"]
    assert discovered[found[0][2]] == ("Maude Kettering", "person")


def test_a_surname_ending_like_a_patronymic_is_no_address(seeds_matcher):
    # ("-ich" ends surnames too: "Kasich", "Ulrich"; only a patronymic's endings address)
    text = (
        "Voters liked John Tarrant in 2000. Ohio Gov. John Kasich is staking his hopes here, "
        "and Martin Ulrich backs him."
    )
    found, discovered, _ = seeds_matcher.mentions_in_context(text, None, "USA")
    by_words = {text[s:e]: a for s, e, a, _ in found}
    assert len({by_words["John Tarrant"], by_words["John Kasich"]}) == 2
    assert discovered[by_words["John Kasich"]][0] == "John Kasich"


def test_a_given_name_and_patronymic_shared_by_two_named_is_the_one_named_last(seeds_matcher):
    text = (
        "Vladimir Putin heard Arkady Volkov on the shipyard. Arkady Lanin spoke about the "
        "port. Arkady Petrovich then stressed the wages. Arkady Volkov answered, and "
        "Arkady Petrovich agreed."
    )
    found, _, _ = seeds_matcher.mentions_in_context(text, None, "RUS")
    addressed = [a for s, e, a, _ in found if text[s:e] == "Arkady Petrovich"]
    by_words = {text[s:e]: a for s, e, a, _ in found}
    assert addressed == [by_words["Arkady Lanin"], by_words["Arkady Volkov"]]


def test_an_adverb_opening_a_sentence_is_no_part_of_the_name_after_it(seeds_matcher):
    text = (
        "Vladimir Putin heard Arkady Volkov on the shipyard. Later Arkady Volkov answered "
        "questions. Afterwards Arkady Volkov showed the dock."
    )
    found, _, _ = seeds_matcher.mentions_in_context(text, None, "RUS")
    assert [text[s:e] for s, e, a, _ in found if a != "person_vladimir_putin"] == [
        "Arkady Volkov"
    ] * 3


def test_the_head_word_of_a_document_makes_no_person(seeds_matcher):
    text = (
        "Vladimir Putin: The National Security Concept says so, and the Minsk Protocol was "
        "signed by Gleb Orlov. The Arctic Treaty Council of Norland agreed."
    )
    _, discovered, _ = seeds_matcher.mentions_in_context(text, None, "RUS")
    people = {name for name, kind in discovered.values() if kind == "person"}
    assert people == {"Gleb Orlov"}
    assert "Arctic Treaty Council of Norland" in {name for name, _ in discovered.values()}
