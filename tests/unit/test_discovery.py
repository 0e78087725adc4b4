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
