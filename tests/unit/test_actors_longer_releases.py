"""Kinds of actors the longer unannotated dev releases (council openings, meetings with
governors and business leaders, transcripts) showed missed or wrongly found: people named
with no title and a given name of any language, bodies whose name opens with a region's
demonym, products and terms taken for people, a body under its former name, a dated
single-seat office, and clubs, exporters and mediators as data. Invented sentences and
people; real offices and bodies."""

from datetime import date

from pipelines.nlp.actors import ActorMatcher

DAY = date(2022, 3, 1)


def _names(matcher: ActorMatcher, text: str, home: str | None = "RUS") -> set[str]:
    """The names of the actors found in `text` (the dictionary's or the discovered ones)."""
    mentions, discovered, _ = matcher.mentions_in_context(text, DAY, home)
    return {
        discovered[actor_id][0] if actor_id in discovered else matcher.names[actor_id]
        for _, _, actor_id, _ in mentions
        if actor_id in discovered or actor_id in matcher.names
    }


def test_people_with_given_names_of_other_languages(seeds: ActorMatcher) -> None:
    text = (
        "We should also remember Ioannis Paleodaskalos, who taught there, and the painter "
        "Yelizaveta Korovkina has been given the award for her work in the villages"
    )
    assert {"Ioannis Paleodaskalos", "Yelizaveta Korovkina"} <= _names(seeds, text)


def test_a_body_opening_with_a_regions_demonym(seeds: ActorMatcher) -> None:
    names = _names(seeds, "the plane was certified by the European Rotorcraft Safety Agency")
    assert "European Rotorcraft Safety Agency" in names and "Europe" not in names


def test_products_and_terms_are_no_people(seeds: ActorMatcher) -> None:
    text = (
        "I received Korvel Light today; the Korvel Prime and Korvel Light vaccines work, "
        "and the second component relies on Helvin Marker 5"
    )
    names = _names(seeds, text)
    assert "Korvel Light" not in names and "Helvin Marker" not in names


def test_a_body_under_its_former_name(seeds: ActorMatcher) -> None:
    text = "a campus built with the Ministry of Education and Science and the region's government"
    names = _names(seeds, text)
    assert "Ministry of Education and Science" in names
    assert "Russian Education Ministry" not in names


def test_the_chief_sanitary_doctor_and_bodies_as_data(seeds: ActorMatcher) -> None:
    names = _names(seeds, "the rules are set by the Chief Sanitary Doctor and the regions")
    assert "Anna Popova" in names
    text = (
        "the fans of Spartak cheered, Rosoboronexport signed the contract, and the Middle "
        "East Quartet met; EASA has not certified the machine yet"
    )
    assert {
        "Spartak Moscow",
        "Rosoboronexport",
        "Middle East Quartet",
        "European Aviation Safety Agency",
    } <= _names(seeds, text)
