"""Actor shapes of government press releases, on the seeds dictionary: people listed with
their country in brackets, a publisher's own bodies named without the country, titles in
the plural, long titles before a name, hyphenated names. Invented people and sentences."""

from datetime import date

import pytest

from pipelines.nlp.actors import ActorDictionary, ActorMatcher
from pipelines.settings import SEEDS_DIR

DAY = date(2022, 3, 1)


@pytest.fixture(scope="module")
def matcher() -> ActorMatcher:
    return ActorMatcher(ActorDictionary.from_seeds(SEEDS_DIR))


def _names(matcher: ActorMatcher, text: str, home: str | None = "RUS") -> dict[str, str]:
    """{text as written: actor name} of the mentions found."""
    found, discovered, _ = matcher.mentions_in_context(text, DAY, home)
    return {
        text[start:end]: discovered[actor_id][0]
        if actor_id in discovered
        else matcher.names[actor_id]
        for start, end, actor_id, _ in found
    }


def test_people_listed_with_their_country_in_brackets(matcher):
    text = (
        "Letters of credence were presented by Tomasz Wrobelski (Republic of Poland), "
        "Ana de Lima Costa (Portuguese Republic), Kwabena Osei Mensah (Republic of Ghana) "
        "and Hoang Van Tuan (Socialist Republic of Vietnam)."
    )
    names = _names(matcher, text)
    for person in (
        "Tomasz Wrobelski",
        "Ana de Lima Costa",
        "Kwabena Osei Mensah",
        "Hoang Van Tuan",
    ):
        assert names[person] == person
    assert names["Portuguese Republic"] == "Portugal"
    # a capital inside a person's name is no government
    assert "Peru" not in names.values()


def test_brackets_of_something_else_name_no_person(matcher):
    names = _names(
        matcher, "Exports rose sharply (Russia and China) after the Grain Deal (Turkey)."
    )
    assert set(names.values()) <= {"Russia", "China", "Turkey"}


def test_the_publishers_bodies_without_the_country(matcher):
    text = (
        "The Foreign Ministry has drafted the concept. The Central Bank will set the limits, "
        "and the Defence Ministry reported to the Security Council."
    )
    names = _names(matcher, text, "RUS")
    assert names["Foreign Ministry"] == "Russian Foreign Ministry"
    assert names["Central Bank"] == "Bank of Russia"
    assert names["Defence Ministry"] == "Russian Defence Ministry"
    assert names["Security Council"] == "Russian Security Council"
    # no publisher: whose ministry is not said
    assert "Russian Foreign Ministry" not in _names(matcher, text, None).values()
    # a body whose country follows is that country's
    other = _names(matcher, "He met the Foreign Ministry of Peru delegation.", "RUS")
    assert "Russian Foreign Ministry" not in other.values()


def test_a_body_with_its_country_in_another_shape(matcher):
    names = _names(matcher, "Oleg Serebrov, Secretary of Russia's Security Council, spoke.", None)
    assert names["Russia's Security Council"] == "Russian Security Council"


def test_a_title_in_the_plural_heads_a_list_of_names(matcher):
    names = _names(matcher, "Deputy Prime Ministers Ivan Sokolovsky and Pyotr Zaitsev took part.")
    assert names["Ivan Sokolovsky"] == "Ivan Sokolovsky"
    assert names["Pyotr Zaitsev"] == "Pyotr Zaitsev"


def test_a_longer_name_after_a_title_of_a_known_country(matcher):
    names = _names(matcher, "Present were Ambassador of Peru Luis Alberto Quispe and others.")
    assert names["Luis Alberto Quispe"] == "Luis Alberto Quispe"
    assert names["Peru"] == "Peru"


def test_a_long_title_before_a_name_skips_capitalized_words_that_are_no_name(matcher):
    text = (
        "The briefing was given by Chair of the Council for Civil Society and Human Rights "
        "Boris Anisimov and Rector of the Academy Gleb Urusov."
    )
    names = _names(matcher, text)
    assert names["Boris Anisimov"] == "Boris Anisimov"
    assert "Civil Society" not in names


def test_hyphenated_names_that_are_no_pair_and_documents(matcher):
    assert "Asia" not in _names(matcher, "Growth in the Asia-Pacific region slowed.").values()
    pair = _names(matcher, "Russia-NATO relations and Russian-Armenian ties were discussed.")
    assert {"Russia", "NATO", "Armenia"} <= set(pair.values())
    document = _names(matcher, "Kiev must implement the Minsk Package of Measures.")
    assert "Belarus" not in document.values()


def test_heads_of_state_of_2022_by_their_office(matcher):
    text = "He spoke with the President of Laos and the President of Bolivia."
    found, _, _ = matcher.mentions_in_context(text, DAY, "RUS")
    people = {matcher.names[actor_id] for _, _, actor_id, kind in found if kind == "role"}
    assert people == {"Thongloun Sisoulith", "Luis Arce"}


FILLER = (
    " The ceremony took place in the hall, and the participants then discussed the outcomes of"
    " the year with the heads of the delegations that had arrived for the occasion."
)


def test_people_listed_with_their_country_and_a_dash_or_a_plural_title(matcher):
    dashed = "The new ambassadors are: Slovak Republic – Tomas Kralik; Vietnam – Hoang Van Tuan."
    names = _names(matcher, dashed + FILLER)
    assert names["Tomas Kralik"] == "Tomas Kralik"
    assert names["Hoang Van Tuan"] == "Hoang Van Tuan"
    plural = "Present were the ambassadors of Slovakia Tomas Kralik and Vietnam Hoang Van Tuan."
    names = _names(matcher, plural + FILLER)
    assert names["Tomas Kralik"] == "Tomas Kralik"
    assert names["Hoang Van Tuan"] == "Hoang Van Tuan"


def test_speaker_labels_of_a_transcript_are_people(matcher):
    text = (
        "President of Russia Vladimir Putin: Good afternoon, Mr Kolbasov. Minister of Education "
        "Gennady Kolbasov: Good afternoon, Mr President. Vladimir Putin: How are the schools?"
    )
    names = _names(matcher, text)
    assert names["Gennady Kolbasov"] == "Gennady Kolbasov"
    assert "Education Gennady Kolbasov" not in names.values()
    # a caption that repeats the name surname first before the label
    caption = (
        "Vladimir Putin: Let us begin. Head of the Agency Gennady Kolbasov Kolbasov Gennady: "
        "Thank you. Vladimir Putin: Go ahead."
    )
    assert _names(matcher, caption)["Gennady Kolbasov"] == "Gennady Kolbasov"
    # one colon is no transcript
    assert "Gennady Kolbasov" not in _names(matcher, "Note by Gennady Kolbasov: None.").values()


def test_people_before_a_verb_of_reporting_or_after_an_occupation(matcher):
    text = (
        "Gennady Kolbasov reported to the President on the harvest. Hockey player Ilya "
        "Zavarzin and speed skater Marina Tulpina carried the flag."
    )
    names = _names(matcher, text + FILLER)
    assert {"Gennady Kolbasov", "Ilya Zavarzin", "Marina Tulpina"} <= set(names.values())


def test_a_body_with_words_after_its_head_and_the_government_inside_a_name(matcher):
    text = "The Government Commission on Monitoring Foreign Investment in Russia will decide."
    names = _names(matcher, text + FILLER)
    assert "Government Commission on Monitoring Foreign Investment in Russia" in names.values()
    assert "Government of Russia" not in names.values()


def test_cities_as_places_and_currencies_are_no_governments(matcher):
    text = (
        "He laid flowers at the obelisks of Leningrad, Kiev, Minsk, Stalingrad and Tula, then "
        "met personnel of the Moscow Garrison. Firms invested US$20 billion."
    )
    found = set(_names(matcher, text + FILLER).values())
    assert not found & {"Ukraine", "Belarus", "Russia", "United States"}
    # a capital that stands for the government still does
    assert {"Russia", "Ukraine"} <= set(_names(matcher, "Moscow and Kiev held talks.").values())


def test_an_acronym_of_a_hyphenated_name_and_a_title_before_a_named_person(matcher):
    names = _names(matcher, "The Euro-Atlantic Shipping Board (EASB) will meet." + FILLER)
    assert names["Euro-Atlantic Shipping Board"] == "Euro-Atlantic Shipping Board"
    text = "He called Federal Chancellor of Germany Olaf Scholz and President of the French Republic Emmanuel Macron."
    found, _, _ = matcher.mentions_in_context(text, DAY, "RUS")
    people = {matcher.names.get(actor_id) for _, _, actor_id, _ in found}
    assert "Frank-Walter Steinmeier" not in people


def test_people_named_whole_after_the_country_their_title_is_of(matcher):
    text = (
        "Credentials were presented by Ambassador of the Kingdom of Denmark Jens-Ole van der "
        "Linden, Ambassador of the Republic of Colombia Ana Lucía de la Torre Mejía, "
        "Ambassador of the Republic of Kenya Wanjiru Otieno-Kamau and Ambassador of the "
        "Socialist Republic of Vietnam Le Van Thanh."
    )
    names = _names(matcher, text)
    for person in (
        "Jens-Ole van der Linden",
        "Ana Lucía de la Torre Mejía",
        "Wanjiru Otieno-Kamau",
        "Le Van Thanh",
    ):
        assert names[person] == person
    # the owner stays a country, not the start of a name
    assert "Kenya Wanjiru Otieno-Kamau" not in names


def test_people_before_a_who_clause_headed_by_and_under_religious_titles(matcher):
    text = (
        "The medal went to Arslan Dzhanibekov, who founded a rescue team, and the Institute of "
        "Soil Science, headed by Bolat Kaliyev, will lead the survey. Taking part were Lama "
        "Tsyren Dorzhiev, Father Pavel Sokolin and teacher Zulfiya Rakhimova."
    )
    names = _names(matcher, text)
    for person in (
        "Arslan Dzhanibekov",
        "Bolat Kaliyev",
        "Tsyren Dorzhiev",
        "Pavel Sokolin",
        "Zulfiya Rakhimova",
    ):
        assert names[person] == person
    assert not any(name.startswith("Father") for name in names.values())


def test_a_who_clause_after_an_of_phrase_keeps_the_known_person(matcher):
    text = "Head of Bashkortostan Radiy Khabirov, who opened the championship, read the message."
    names = _names(matcher, text)
    assert names["Radiy Khabirov"] == "Radiy Khabirov"
    assert "Bashkortostan Radiy Khabirov" not in names


def test_hospitals_plants_and_schools_numbered_and_companies_paired_with_known_ones(matcher):
    text = (
        "Doctors of the Tver City Clinical Hospital No. 7 and the Kirov Regional Hospital "
        "were thanked, as were the Votkinsk Machine Works and the Kazan Aviation Lyceum. "
        "Gazprom and Tomskneftekhim were ready to expand the plant."
    )
    names = _names(matcher, text)
    for body in (
        "Tver City Clinical Hospital No. 7",
        "Kirov Regional Hospital",
        "Votkinsk Machine Works",
        "Kazan Aviation Lyceum",
        "Tomskneftekhim",
    ):
        assert names[body] == body, body


def test_a_who_clause_name_without_the_town_or_the_trade_before_it(matcher):
    text = (
        "Vladimir Putin presented the medals.\nHeart surgeon from Tomsk Boris Zaslavets, who "
        "has performed thousands of operations, spoke first.\nSteelmaker Fanis Garipov, who "
        "has worked at the plant since 1989, spoke after him."
    )
    names = _names(matcher, text)
    assert names["Boris Zaslavets"] == "Boris Zaslavets"
    assert names["Fanis Garipov"] == "Fanis Garipov"
    assert not any(name.startswith(("Tomsk", "Steelmaker")) for name in names.values())


def test_a_title_heading_a_long_chain_of_bodies_before_the_name(matcher):
    text = (
        "Vladimir Putin met with Director of the Institute of Applied Optics of the Siberian "
        "Branch of the Russian Academy of Sciences Lev Gurvich-Saltykov."
    )
    names = _names(matcher, text)
    assert names["Lev Gurvich-Saltykov"] == "Lev Gurvich-Saltykov"
    assert "Applied Optics" not in names.values()


def test_a_body_named_with_a_countrys_possessive_takes_its_adjective(matcher):
    text = (
        "Mongolia’s Foreign Ministry welcomed the visit. Later the Mongolian Foreign Ministry "
        "published the programme."
    )
    names = _names(matcher, text)
    assert names["Mongolia’s Foreign Ministry"] == "Mongolian Foreign Ministry"
    found, _, _ = matcher.mentions_in_context(text, DAY, "RUS")
    ids = {text[s:e]: a for s, e, a, _ in found}
    # one body, one actor, whichever way the text writes it
    assert ids["Mongolia’s Foreign Ministry"] == ids["Mongolian Foreign Ministry"]


def test_people_introduced_after_a_word_that_opens_the_sentence_and_then_by_given_name(matcher):
    text = (
        "The President talked with the shipyard's workers. Welder Pavel Gromov told him about "
        "his flat. Twelve-year-old Kirill Smirnov showed a drone. Kirill said it finds fires."
    )
    found, discovered, _ = matcher.mentions_in_context(text, DAY, "RUS")
    named = {text[s:e]: (discovered.get(a, ("",))[0], kind) for s, e, a, kind in found}
    assert named["Pavel Gromov"][0] == "Pavel Gromov"
    assert named["Kirill Smirnov"][0] == "Kirill Smirnov"
    assert named["Kirill"] == ("Kirill Smirnov", "given")
    assert "Welder Pavel Gromov" not in named and "Twelve-year-old Kirill Smirnov" not in named
