"""Discovery of people and bodies no dictionary holds: what is part of a name."""


def test_callings_ranks_and_parties_before_a_given_name_are_no_part_of_it() -> None:
    from pipelines.nlp.discovery import without_leading_callings

    def cut(name: str) -> str:
        return " ".join(without_leading_callings(name.split()))

    assert cut("Frontman Jesse Corbin") == "Jesse Corbin"
    assert cut("Brigadier Osman Hamid") == "Osman Hamid"
    assert cut("Turi Ward MCA Daniel Kimani Njoroge") == "Daniel Kimani Njoroge"
    # a given name opening the name, a family name written first, a particle, one word left
    assert cut("Karen Lindqvist") == "Karen Lindqvist"
    assert cut("Nguyen Van Thieu") == "Nguyen Van Thieu"
    assert cut("Le Van Hung") == "Le Van Hung"
    assert cut("Hendrik-Jan van der Velde") == "Hendrik-Jan van der Velde"
    assert cut("Abiy Ahmed") == "Abiy Ahmed"
    assert cut("Akambi Andre Okoufolo") == "Akambi Andre Okoufolo"
    # no given name after the acronym: a body's name is left alone
    assert cut("US Embassy in Hanoi") == "US Embassy in Hanoi"


def _extracted(body: str) -> tuple:
    """The actor mentions and quotes of one article with the seeds' dictionary."""
    from datetime import date

    import polars as pl

    from pipelines.nlp.actors import ActorDictionary, ActorMatcher, extract_actors_and_quotes
    from pipelines.settings import SEEDS_DIR

    articles = pl.DataFrame(
        {"article_id": ["a"], "body": [body], "published_date": [date(2022, 3, 1)]},
        schema={"article_id": pl.String, "body": pl.String, "published_date": pl.Date},
    )
    mentions, quotes = extract_actors_and_quotes(
        articles, ActorMatcher(ActorDictionary.from_seeds(SEEDS_DIR))
    )
    return mentions, quotes


def _found(body: str) -> tuple:
    """{mention text: actor id} and the quotes of one article (`_extracted`)."""
    mentions, quotes = _extracted(body)
    return dict(zip(mentions["mention_text"], mentions["actor_id"], strict=True)), quotes


def test_a_person_of_a_body_with_no_article_is_a_person_and_the_body_not_one_name() -> None:
    found, quotes = _found(
        "Dr John Pearse of Delft University has studied the network. “Nothing can stop "
        "it,” he said."
    )
    # ("Dr" with no stop is an honorific, as British news writes it)
    assert found.get("John Pearse") == "person_john_pearse"
    assert found.get("Delft University") == "org_delft_university"
    assert not any("Pearse" in text for text, actor in found.items() if actor.startswith("org_"))
    assert quotes["speaker_actor_id"].to_list() == ["person_john_pearse"]


def test_a_body_named_with_of_loses_the_possessive_it_was_written_with() -> None:
    from pipelines.nlp.discovery import Discovered, without_owning_s

    owned = Discovered(4, 26, "Bank of Harbury's", "organization")
    assert without_owning_s(owned) == Discovered(4, 24, "Bank of Harbury", "organization")
    # a name that is one possessive keeps it, as does a person
    assert without_owning_s(Discovered(0, 11, "Sainsbury's", "organization")).name == (
        "Sainsbury's"
    )
    assert without_owning_s(Discovered(0, 14, "Ann of Vale's", "person")).name == "Ann of Vale's"


def test_a_discovered_body_written_in_the_possessive_is_named_without_it() -> None:
    mentions, _ = _extracted(
        "The decision was passed 8-1 by the Bank of Harbury's rate-setting body, minutes "
        "have shown."
    )
    assert "Bank of Harbury" in mentions["actor_name"].to_list()
    assert "Bank of Harbury's" not in mentions["actor_name"].to_list()


def test_a_body_named_by_its_network_exchange_office_or_productions_is_no_person() -> None:
    found, _ = _found(
        "The Harbury Survivors Network said in a statement that the trial came too late. "
        "The Kestle Metals Exchange said trading would resume on Monday. "
        "The Harbury Regional Affairs Office said it had not been consulted. "
        "Vale & Reyes Productions said the show would close early."
    )
    people = [text for text, actor in found.items() if actor.startswith("person_")]
    assert people == []
    for name in ("Survivors Network", "Metals Exchange", "Affairs Office", "Productions"):
        assert any(name in text for text in found), name


def test_a_company_named_by_ventures_records_or_pictures_is_a_body_it_stands_for() -> None:
    found, quotes = _found(
        "The Harbury computer brand was bought by a US-based music distributor.\n\n"
        "New owner Kestrelmo Media Ventures has not ruled out new computers. It also plans "
        "to develop a “worldwide entertainment concept” with the brand. Vale Records and "
        "Kestle Pictures declined to comment."
    )
    assert found.get("Kestrelmo Media Ventures") == "org_kestrelmo_media_ventures"
    assert found.get("Vale Records") == "org_vale_records"
    assert found.get("Kestle Pictures") == "org_kestle_pictures"
    # "it" is the company, not the country its rival is based in
    assert quotes["speaker_actor_id"].to_list() == ["org_kestrelmo_media_ventures"]


def test_a_weekly_is_a_publication_not_the_person_a_description_stands_for() -> None:
    found, quotes = _found(
        "Pop star Ann Vale has attacked “false” tabloid magazines after they reported she "
        "was pregnant.\n\n"
        "In a letter on her website, the singer named the tabloids Harbury Weekly and Star "
        "Now as the worst offenders. “Until you face what is going on in your life, you will "
        "remain a false tabloid,” the 23-year-old wrote."
    )
    assert found.get("Harbury Weekly") == "org_harbury_weekly"
    assert quotes["speaker_actor_id"].to_list()[-1] == "person_ann_vale"


def test_a_rank_before_a_body_s_last_word_names_no_person() -> None:
    found, _ = _found(
        "General Electric said orders were “strong” in the quarter. General Motors said it "
        "would cut costs. General Reyes said the troops would stay."
    )
    people = {text for text, actor in found.items() if actor.startswith("person_")}
    # "General" is part of the companies' names, a rank only before a surname
    assert not people & {"Electric", "Motors"}
    assert "Reyes" in people


def test_a_country_and_one_word_of_its_own_saying_something_is_a_body() -> None:
    found, quotes = _found(
        "The country's biggest miner lost money again. UK Coal said it was making "
        "“real progress” at its pits. US President Joe Biden said nothing about it."
    )
    assert found.get("UK Coal") == "org_uk_coal"
    assert quotes["speaker_actor_id"].to_list() == ["org_uk_coal"]
    # a title after the country names a person, no body
    assert not any(actor.startswith("org_us_") for actor in found.values())


def test_a_body_named_at_a_paragraph_s_start_does_not_take_the_line_before() -> None:
    # "Profits\n\nKestle Electric has …": the heading's word is no part of the name, and the
    # mention stands where the name does
    found, _ = _found("Profits\n\nKestle Electric has reported higher profits this year.")
    assert found == {"Kestle Electric": "org_kestle_electric"}
