"""The words a text describes a person by, read from the text itself."""

from pipelines.nlp.descriptors import described_people, descriptor_anaphora


def _written(body: str, *names: str) -> list[tuple[int, int, str]]:
    return sorted((body.index(name), body.index(name) + len(name), name) for name in names)


def test_a_noun_before_a_name_or_an_apposition_after_it_describes_the_person():
    body = (
        "The President thanked Ann Vale and met crane operator Zoya Fedina, and later "
        "Oleg Surin, 61, a driver with thirty years behind him, and Ivan Lodygin."
    )
    written = _written(body, "Ann Vale", "Zoya Fedina", "Oleg Surin", "Ivan Lodygin")
    assert [(d[1], d[3]) for d in described_people(body, [], written, [])] == [
        ("operator", "Zoya Fedina"),
        ("driver", "Oleg Surin"),
    ]


def test_the_word_later_is_the_last_person_described_by_it_outside_quotations():
    body = (
        "Welders came from far away: welder Ravil Tagirov, then welder Gleb Rudin. "
        "“The welder is tired,” said a guest. The welder answered first. The welder "
        "Ann Vale waved."
    )
    written = _written(body, "Ravil Tagirov", "Gleb Rudin", "Ann Vale")
    quoted = [(body.index("The welder is"), body.index(",” said"))]
    extra, extra_written = descriptor_anaphora(body, [], written, quoted)
    assert extra == []
    assert [(body[s:e], name) for s, e, name in extra_written] == [("The welder", "Gleb Rudin")]
    # a title word is left to the title resolver
    assert descriptor_anaphora(body, [], written, quoted, frozenset({"welder"})) == ([], [])


def test_a_describing_word_opening_a_sentence_before_a_name_describes_the_person():
    body = (
        "The council met in Pskov. Composer Lev Brand spoke of music schools.\n"
        "Painter Ida Lunz agreed. Then the composer went on."
    )
    written = _written(body, "Lev Brand", "Ida Lunz")
    assert [(d[1], d[3]) for d in described_people(body, [], written, [])] == [
        ("composer", "Lev Brand"),
        ("painter", "Ida Lunz"),
    ]
    _, extra_written = descriptor_anaphora(body, [], written, [])
    assert [(body[s:e], name) for s, e, name in extra_written] == [("the composer", "Lev Brand")]
