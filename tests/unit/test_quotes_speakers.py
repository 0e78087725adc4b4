"""Quote speakers on unseen text: verbs after auxiliaries, bodies named in writing, names
written family name first, gender that a name only suggests, titles alone, quotes over
several paragraphs or after a colon, pronouns opening a sentence, roles "of" a country,
nobody in particular, people called by name. Every sentence here is invented."""

import pytest
from test_quotes_context import _speakers as context_speakers  # same folder, no package

from pipelines.nlp.actors import ActorDictionary, ActorMatcher
from pipelines.nlp.quotes import (
    _gender,
    full_written_name,
    name_gender,
    quotes_of_article,
    told_genders,
    written_organization,
)
from pipelines.nlp.sentences import split_sentences
from pipelines.settings import SEEDS_DIR

KREMLIN = "http://en.kremlin.ru/events/president/news/1"
SPEECH = "President of Russia Vladimir Putin: Colleagues, good afternoon. "


@pytest.fixture(scope="module")
def matcher() -> ActorMatcher:
    return ActorMatcher(ActorDictionary.from_seeds(SEEDS_DIR))


def _speakers(matcher: ActorMatcher, body: str, article_id: str = KREMLIN) -> list[tuple]:
    """(speaker actor, speaker text, first words) of each quote, in order, in a release of
    the Kremlin by default."""
    return context_speakers(matcher, body, article_id)


def _quoted(rows: list[tuple], opening: str) -> tuple:
    (row,) = [row for row in rows if row[2].startswith(opening)]
    return row


def _mentioned(body: str, *people: tuple[str, str], kind: str = "person") -> list[tuple]:
    """Mentions (start, end, actor, type) of each (words, actor) at every place they occur."""
    found = []
    for words, actor_id in people:
        at = body.find(words)
        while at != -1:
            found.append((at, at + len(words), actor_id, kind))
            at = body.find(words, at + 1)
    return sorted(found)


def _rows(body: str, mentions: list[tuple], head: str | None = None) -> list[tuple]:
    """(speaker actor, speaker text, first words) of quotes_of_article with given mentions."""
    rows = quotes_of_article("a", body, split_sentences(body), mentions, publisher_head=head)
    return [(row[4], row[5], row[6][:20]) for row in sorted(rows, key=lambda r: r[2])]


def test_a_speech_verb_after_auxiliaries_and_adverbs_still_names_its_subject(matcher):
    body = (
        SPEECH + "NATO has repeatedly stated that “its doors remain open to anyone.” "
        "And Washington keeps saying that “all options remain on the table.”"
    )
    rows = _speakers(matcher, body)
    assert _quoted(rows, "its doors")[0] == "org_nato"
    assert _quoted(rows, "all options")[0] == "country_usa"


def test_they_keep_saying_or_will_say_is_people_at_large(matcher):
    body = (
        SPEECH + "The United States is far away. Whatever map you show them, they will say: "
        "“Anywhere but here, please.” And they keep saying: “Not in our backyard, thank you.”"
    )
    rows = _speakers(matcher, body)
    assert _quoted(rows, "Anywhere")[:2] == (None, None)
    assert _quoted(rows, "Not in our")[:2] == (None, None)


@pytest.mark.parametrize(
    "intro",
    [
        "In the Tver Region, teachers put it to me this way:",
        "Western media keep repeating:",
        "The fishermen in Murmansk say:",
        "Mr Siluanov, you know what your farmers say:",
        "Mr Siluanov, you know the joke the governors tell about the Finance Ministry:",
        "Someone might object:",
    ],
)
def test_a_group_at_large_saying_is_no_one_named_near_it(matcher, intro):
    body = (
        "Vladimir Putin: Colleagues, Anton Siluanov reported on the budget. The harvest was "
        f"good this year. {intro} “The grain is ours, but the profit goes elsewhere.”"
    )
    assert _quoted(_speakers(matcher, body), "The grain")[:2] == (None, None)


def test_a_name_and_verb_after_a_closed_quote_open_the_next_sentence(matcher):
    body = (
        "Sergei Lavrov and Olaf Scholz met in Geneva. “We are open to talks,” Lavrov said. "
        "“We have always been ready to negotiate.” Scholz stressed that the measures would "
        "stay. “Germany wants a diplomatic solution.”"
    )
    rows = _speakers(matcher, body)
    assert _quoted(rows, "We have always")[0] == "person_sergei_lavrov"
    assert _quoted(rows, "Germany wants")[0] == "person_olaf_scholz"


def test_a_body_named_in_writing_speaks_not_the_country_in_its_name(matcher):
    body = (
        "The Russian Embassy in Oslo said the vessel had no link to the state, adding: "
        "“Northern capitals are inventing a threat once again.”\n\n"
        "Morocco's foreign ministry said its plan, which the Council described as a basis, "
        "remained “the only realistic solution for the region.”\n\n"
        "The Ministry of Foreign Affairs of Kazakhstan stated that it would not recognise "
        "the vote. “Kazakhstan is guided by the principle of territorial integrity.”"
    )
    rows = _speakers(matcher, body, "a")
    assert _quoted(rows, "Northern capitals")[:2] == (None, "Russian Embassy in Oslo")
    assert _quoted(rows, "the only realistic")[:2] == (None, "Moroccan foreign ministry")
    # the ministry, as an organization discovery makes of it or as the name written
    actor_id, text, _ = _quoted(rows, "Kazakhstan is guided")
    assert (actor_id or "").startswith("org_ministry") or text == (
        "Ministry of Foreign Affairs of Kazakhstan"
    )


def test_written_organization_needs_a_name_and_leaves_known_bodies_to_their_mentions():
    body = "The Foreign Ministry said"
    assert written_organization("The Foreign Ministry", 0, []) is None  # a kind, not a name
    assert written_organization("Ann Vale", 0, []) is None
    assert written_organization("the Vale Embassy in Oslo", 0, []) == "Vale Embassy in Oslo"
    known = [(4, 20, "org_russian_foreign_ministry", "organization")]
    assert written_organization("The Foreign Ministry", 0, known) is None
    assert body  # the phrase sits at offset 0 of a body like this one


def test_a_lone_family_name_is_the_person_named_before_family_name_first():
    body = (
        "The deal was signed by Foreign Minister Paek Song-ho and his counterpart Ito Ren. "
        "“Our radars must see as one,” Paek said at the news conference."
    )
    mentions = _mentioned(body, ("Paek Song-ho", "person_paek_song_ho"))
    assert _rows(body, mentions)[0][0] == "person_paek_song_ho"


def test_a_lone_surname_or_first_name_is_the_name_written_in_full_before():
    written = [(0, 10, "Ann Vale"), (40, 55, "Sasha Orlov"), (70, 90, "Tom Reyes")]
    assert full_written_name("Vale", 100, written) == "Ann Vale"
    assert full_written_name("Sasha", 100, written) == "Sasha Orlov"
    assert full_written_name("Tom", 60, written) == "Tom"  # (written after the speaker)
    assert full_written_name("Reyes", 100, written) == "Tom Reyes"


def test_a_name_that_only_suggests_a_gender_does_not_exclude_the_person():
    assert name_gender("Meseret Alemu") is None  # no list of given names holds it
    assert _gender("Meseret Alemu") == (None, False)
    assert _gender("Jean Dubois") == ("he", False)  # more men's lists than women's
    assert _gender("Irina Volkova") == ("she", True)
    assert _gender("Bhima Rao") == ("she", False)  # men's names end in -a too
    assert _gender("Narendra Modi") == ("he", True)  # (a listed man's name in -a)
    body = (
        "Commissioner Kofi Adjei said the bloc was alarmed. Government spokesperson Meseret "
        "Alemu said the country had no intention of going to war.\n\n"
        "“We will pursue our interests by peaceful means,” she said."
    )
    mentions = _mentioned(
        body, ("Kofi Adjei", "person_kofi_adjei"), ("Meseret Alemu", "person_meseret_alemu")
    )
    assert _rows(body, mentions)[0][0] == "person_meseret_alemu"
    body = (
        "The President sent condolences to Bhima Rao. Bhima Rao thanked the "
        "President. “I am grateful for your support,” he wrote."
    )
    mentions = _mentioned(body, ("Bhima Rao", "person_bhima_rao"), ("President", "person_pres"))
    assert _rows(body, mentions)[0][0] == "person_bhima_rao"


def test_given_names_tell_a_gender_by_the_lists_of_many_countries():
    assert _gender("Carmen Lopez") == ("she", True)  # ends in a consonant, a woman's name
    assert _gender("Hassan Rouhani") == ("he", True)  # 7 men's lists, one woman's
    assert _gender("Zoë Kravitz") == ("she", True)
    assert _gender("Kim Tran") == ("she", False)  # 10 women's lists, 8 men's: a suggestion
    # the text's own "he" after the name tells what the name does not
    body = "Emeka Okonkwo said he would stay. “I am not finished,” she said of Ann."
    assert told_genders(body, len(body)) == {"okonkwo": "he"}


def test_a_title_alone_named_with_nobody_is_the_last_person_other_than_the_head():
    body = (
        "Ann Vale briefed the President on the harvest in the region. The Governor said: "
        "“Farmers have gathered a record crop this year.”"
    )
    mentions = _mentioned(body, ("Ann Vale", "person_ann_vale"), ("President", "person_pres"))
    assert _rows(body, mentions, head="person_pres")[0][0] == "person_ann_vale"


def test_a_label_with_an_abbreviation_in_brackets_opens_a_turn():
    body = (
        "Vladimir Putin: Good afternoon. Head of the Federal Marsh Agency Ann Vale "
        "Vale AnnHead of the Federal Marsh Agency(FMA): Good afternoon, Mr President."
    )
    mentions = _mentioned(body, ("Vladimir Putin", "person_vladimir_putin"))
    rows = _rows(body, mentions)
    assert rows[0][2] == "Good afternoon."
    assert rows[1][1:] == ("Ann Vale", "Good afternoon, Mr P")


def test_a_quote_closed_paragraph_by_paragraph_keeps_its_speaker(matcher):
    body = (
        "The talks lasted three hours. Sergei Lavrov said: “First of all, we are ready. We "
        "are open. We will talk. We will act. We will not give up.” “The talks must go on.”"
    )
    assert _quoted(_speakers(matcher, body), "The talks must")[0] == "person_sergei_lavrov"


def test_a_quote_after_a_colon_is_the_speaker_the_sentence_or_the_one_before_names(matcher):
    for intro in (
        "Sergei Lavrov commented on the grain deal:",
        "Sergei Lavrov said Moscow was ready for talks. In particular:",
        "Sergei Lavrov made a statement. Its key points are as follows:",
    ):
        body = f"{intro} “We are open to any format of dialogue.”"
        assert _speakers(matcher, body)[0][0] == "person_sergei_lavrov", intro


def test_he_opening_a_sentence_reports_a_quote_its_later_verb_brings(matcher):
    body = (
        "Alexander Lukashenko arrived in Sochi. He thanked his counterpart for the invitation "
        "and said the talks had been “very productive and frank.”"
    )
    assert _speakers(matcher, body)[0][0] == "person_alexander_lukashenko"


def test_a_sentence_naming_only_a_body_does_not_stop_the_search_for_the_speaker(matcher):
    body = (
        "Sergei Lavrov noted that the pipeline was important. Drafts have been prepared with "
        "the Ministry of Industry and Trade. “We need a decision on financing.”"
    )
    assert _speakers(matcher, body)[0][0] == "person_sergei_lavrov"


def test_a_role_of_a_country_and_a_side_speak_as_the_holder_and_the_country(matcher):
    body = (
        SPEECH + "The President of Ukraine said on television: “We will not fulfil the deal.” "
        "The Ukrainian side, for its part, keeps saying that “talks are pointless.”"
    )
    rows = _speakers(matcher, body)
    assert _quoted(rows, "We will not fulfil")[0] == "person_volodymyr_zelensky"
    assert _quoted(rows, "talks are pointless")[0] == "country_ukr"


def test_someone_or_many_speak_for_nobody_in_particular(matcher):
    body = (
        SPEECH + "Someone in the West said: “Europe can do without its neighbours.” Many of "
        "our colleagues in Europe said the same: “Yes, this is the only way forward.”"
    )
    rows = _speakers(matcher, body)
    assert _quoted(rows, "Europe can do")[:2] == (None, None)
    assert _quoted(rows, "Yes, this is")[:2] == (None, None)


def test_you_after_a_person_called_by_name_is_that_person(matcher):
    body = SPEECH + "Mr Lavrov, as you said, “diplomacy needs patience and time.”"
    assert _quoted(_speakers(matcher, body), "diplomacy")[0] == "person_sergei_lavrov"


def test_the_phrase_by_someone_and_his_opinion_or_he_went_on_name_the_speaker(matcher):
    body = SPEECH + "There is a well-known phrase by Sergei Lavrov: “Diplomacy is patience.”"
    assert _quoted(_speakers(matcher, body), "Diplomacy is")[0] == "person_sergei_lavrov"
    for intro in ("In his opinion,", "He went on:", "In his view,"):
        body = f"Sergei Lavrov reported on the talks. {intro} “The sides have come closer.”"
        assert _speakers(matcher, body)[0][0] == "person_sergei_lavrov", intro


def test_laws_people_at_large_and_unnamed_groups_are_nobody(matcher):
    body = (
        SPEECH + "The Constitution says: “The state guarantees equal rights to all.” The "
        "so-called experts say: “The harvest will fail this year.” One of the participants "
        "said: “We need more support for farmers.” An unnamed official said: “Nobody "
        "expects a breakthrough at the talks.”"
    )
    rows = _speakers(matcher, body)
    assert _quoted(rows, "The state guarantees")[:2] == (None, None)
    assert _quoted(rows, "The harvest will")[:2] == (None, None)
    assert _quoted(rows, "We need more")[:2] == (None, None)
    # someone singular described keeps the description
    assert _quoted(rows, "Nobody expects")[:2] == (None, "An unnamed official")


def test_a_speech_label_after_a_separator_and_a_heading_opens_a_transcript():
    body = (
        "The meeting discussed the harvest. * * * Speech at the meeting of the Marsh Board "
        "President of Russia Vladimir Putin: Colleagues, good afternoon. We will begin."
    )
    mentions = _mentioned(body, ("Vladimir Putin", "person_vladimir_putin"))
    row = _rows(body, mentions)[0]
    assert (row[0], row[2]) == ("person_vladimir_putin", "Colleagues, good aft")


def test_a_sentence_naming_someone_only_as_an_object_does_not_take_the_quote():
    body = (
        "Ann Vale recalled the talks with the mayor. The report was later sent to Tom Reyes. "
        "“We agreed on everything that mattered,” she said. The minutes went to Tom Reyes "
        "too. “The rest can wait until spring.”"
    )
    mentions = _mentioned(body, ("Ann Vale", "person_ann_vale"), ("Tom Reyes", "person_tom_reyes"))
    assert [row[0] for row in _rows(body, mentions)] == ["person_ann_vale", "person_ann_vale"]


def test_a_dash_may_stand_between_a_quote_and_its_attribution(matcher):
    body = (
        "Olaf Scholz met Sergei Lavrov in Geneva. “We will meet again soon” – Lavrov said. "
        "“The channel stays open,” – said Lavrov."
    )
    rows = _speakers(matcher, body)
    assert [row[0] for row in rows] == ["person_sergei_lavrov", "person_sergei_lavrov"]


def test_a_directive_reply_to_a_report_is_the_chairs_and_the_answer_to_it_the_reporters(
    matcher,
):
    body = (
        "Vladimir Putin held a working meeting with Governor of the Tver Region Pavel Lomov.\n\n"
        '"Gas has reached 112 villages this year," Pavel Lomov said.\n\n'
        '"Do not forget about the remote villages."\n\n'
        '"We will not, Mr President. Design work is under way."\n\n'
        '"Three more plants will open in the spring," the Governor said.\n\n'
        '"The first of them will make plywood."'
    )
    rows = _speakers(matcher, body)
    putin, lomov = "person_vladimir_putin", "person_pavel_lomov"
    # an instruction right after the Governor's report: the President, who chairs
    assert _quoted(rows, "Do not forget")[0] == putin
    # the answer that addresses the President: the Governor again
    assert _quoted(rows, "We will not")[0] == lomov
    # a paragraph that goes on with no instruction in it: the same speaker as before
    assert _quoted(rows, "The first of them")[0] == lomov
    # on a page whose publisher has no known head, nobody is assumed to chair
    rows = _speakers(matcher, body, "https://wire.example/1")
    assert _quoted(rows, "Do not forget")[0] == lomov


def test_a_portfolio_in_a_long_title_is_no_name_that_cuts_the_title_off(matcher):
    # "Foreign Affairs" is part of the office: the title reaches the name after it
    body = (
        "Deputy Minister of Foreign Affairs of the Russian Federation Pavel Lomov met with "
        'the Ambassador of Brazil Paulo Moreira. "BRICS should stay open," the Deputy '
        "Minister noted."
    )
    rows = _speakers(matcher, body, "https://www.mid.ru/en/foreign_policy/news/1/")
    assert _quoted(rows, "BRICS should")[0] == "person_pavel_lomov"


# Accounts whose quotes take their speakers from the context, each case (body, publisher's
# link, {quote opening: speaker actor, None for words of nobody in particular}).
_PUTIN, _ORLOV, _REZNIK, _SOKOLOV, _REYES = (
    "person_vladimir_putin",
    "person_gleb_orlov",
    "person_olga_reznik",
    "person_ivan_sokolov",
    "person_tom_reyes",
)
_CONTEXT_CASES = [
    pytest.param(
        '"We are very pleased with the new deal," said Ruth Abernathy, who manages a fund.\n\n'
        "But Tomas Ferreira, an analyst at Brightline, finds the offer flawed. "
        '"How many shares will be left in five years?" he asked. "Nothing stops them from '
        'buying more."\n\nI met the mayor, Greta Falk, at the harbour. "Will you run again?" I '
        'asked. "No, never," she said. "Will you?" I asked. "Not this year."',
        "https://news.example/1",
        {"Nothing stops": "person_tomas_ferreira", "Not this year": "person_greta_falk"},
        # after someone's own question in a paragraph of their own, the quote that follows
        # is theirs; after an interviewer's "I asked", it is the other party's answer
        id="a_question_and_the_quote_after_it_in_one_paragraph",
    ),
    pytest.param(
        "Hundreds of dock workers chanting “Fair pay!” blocked the harbour gates on Friday.",
        "https://wire.example/1",
        {"Fair pay": None},
        # a crowd's chant is speech of no one named, not a scare quote dropped
        id="a_crowd_chanting_a_short_quote",
    ),
    pytest.param(
        "Marchers in the capital chanting “Bread! Work!” filled the square. The state channel "
        "called the marchers “hooligans” and “foreign agents.”",
        "https://wire.example/1",
        {
            "Bread! Work!": None,
            "hooligans": "The state channel",
            "foreign agents": "The state channel",
        },
        # a cry in capitals is no title in quotes; the words a thing is called by are
        # someone's words however short, not a scare quote dropped (the channel's, as written)
        id="a_cry_in_capitals_and_the_names_a_thing_is_called",
    ),
    pytest.param(
        "Ann Vale said that cargo traffic had grown. Tom Reyes said the target should not be "
        "revised. “We set this goal knowing how hard it would be.” Ann Vale promised to "
        "present an updated plan.",
        "https://wire.example/1",
        {"We set this goal": "person_tom_reyes"},
        # "promised to present" after the closed quote is an act of its own, not the
        # quote's attribution; "said to reporters" would be one
        id="a_verb_with_an_infinitive_after_a_closed_quote_opens_a_new_sentence",
    ),
    pytest.param(
        "The board met on Monday. Urging the directors to hold “a fair vote on a level field,” "
        "Tom Reyes asked how the public would be served.",
        "https://wire.example/1",
        {"a fair vote": "person_tom_reyes"},
        # a participle opens the sentence with the quote; its subject comes right after the
        # quote's marks, the comma inside them (a name no dictionary holds, kept as written)
        id="a_participle_opening_and_its_subject_right_after_the_quote",
    ),
    pytest.param(
        "Ivan Sokolov said the plant was late.\n\nAlthough he called the market “highly "
        "competitive,” Mr. Tom Reyes, the chairman, raised the dividend.",
        "https://wire.example/1",
        {"highly competitive": "person_tom_reyes"},
        # a pronoun in a clause before its sentence's subject looks ahead to that subject
        id="a_pronoun_in_an_opening_clause_is_the_subject_after_it",
    ),
    pytest.param(
        "A unit of the Harwick Group launched an offer for the shares of Delmar Corp. on "
        "Monday, and said it would sell the business “as soon as possible,” even without a "
        "merger.\n\nRussian Deputy Minister Ivan Sokolov visited the port and said that "
        "“the work goes on.”",
        "https://wire.example/1",
        {"as soon as possible": "org_harwick_group", "the work goes on": "person_ivan_sokolov"},
        # a speech verb joined to the verb before shares its subject, the one the sentence
        # opens with (a person after the adjective of a country and a title)
        id="a_speech_verb_joined_to_the_verb_before_it",
    ),
    pytest.param(
        "Ivan Sokolov played the old songs at the harbour on Monday.\n\nAfter the show, the "
        "singer and guitarist told the audience, “maybe we should go on the road.”",
        "https://wire.example/1",
        {"maybe we should": "person_ivan_sokolov"},
        # one person described by two nouns joined with "and", no second "the": the one
        # the sentence before named
        id="a_person_described_by_two_nouns",
    ),
    pytest.param(
        "Ann Vale and Ivan Sokolov danced on Monday.\n\n“Can I give my place to Ivan?” Vale "
        "tearfully asked before hugging him.",
        "https://wire.example/1",
        {"Can I give": "person_ann_vale"},
        # the asker after a question, the attribution going on after the verb
        id="an_asker_after_the_question_and_a_clause_after_the_verb",
    ),
    pytest.param(
        "Ivan Sokolov conceded that the plant had tried to do too much. “Absolutely,” he "
        "said. The film “Northern Lights” opens on Friday.",
        "https://wire.example/1",
        {"Absolutely": "person_ivan_sokolov"},
        # one word in capitals with a speech verb after it is speech, not a title in quotes
        id="a_word_in_capitals_someone_says",
    ),
    pytest.param(
        "In a message, Ivan Sokolov told the crews that their task was to “bring the ships "
        "home.” He went on to add that “no crew will be left behind.” Tom Reyes said on the "
        "programme “Week in Review” that the plan was sound.",
        "https://wire.example/1",
        {"no crew will": "person_ivan_sokolov"},
        # a speech verb before the quote reports it; the next sentence's speaker does not
        id="a_quote_reported_before_it_is_not_the_next_sentence_s",
    ),
    pytest.param(
        "Ivan Sokolov spoke first.\n\n“The cost of that could be high,” worries former "
        "adviser Tom Reyes.",
        "https://wire.example/1",
        {"The cost": "person_tom_reyes"},
        # a verb of how one speaks, the speaker after it
        id="a_verb_of_how_one_speaks_before_its_speaker",
    ),
    pytest.param(
        "Vladimir Putin met with Ivan Sokolov and Olga Reznik. Ivan Sokolov spoke about the "
        "loans. “More than 30,000 companies have applied.” She, for her part, warned against "
        "relaxing too early. “Inflation expectations remain high.” The President thanked them.",
        KREMLIN,
        {"More than": _SOKOLOV, "Inflation": _REZNIK},
        # a phrase set off by commas between the pronoun and its verb
        id="a_pronoun_then_a_phrase_between_commas_then_its_verb",
    ),
    pytest.param(
        "Police are looking for Daniel Orwin. Orwin's stepmother, who married Orwin's father "
        "when Orwin was in his 30s, said on Thursday from her home in Texas: “I would like to "
        "see him come forward.” Orwin's lawyer, Tomas Ferreira, said: “My client will speak "
        "soon.”",
        "https://wire.example/1",
        {"I would like": "Orwin's stepmother", "My client": "person_tomas_ferreira"},
        # someone's unnamed relative speaks, not the one whose relative she is; a lawyer
        # named in apposition is that lawyer
        id="someones_relative_is_no_one_named",
    ),
    pytest.param(
        "Question: Mr President, Olga Reznik, Tomsk. My grandmother lives alone in a village. "
        "What can be done about the road?\nVladimir Putin: Please give her my best wishes. As "
        "for your grandmother, she is right when she says: “Without a road there is no life.”",
        KREMLIN,
        {"Without a road": None},
        # "she" after "As for your grandmother" is that grandmother, named nowhere
        id="as_for_your_grandmother_she_says",
    ),
    pytest.param(
        "The United Nations High Commissioner for Human Rights said the decision did “not "
        "change the law of the sea in any way.”",
        "https://news.example/1",
        {"not change": "org_un"},
        # a title "for" a field is one subject with its body, not the field's capitals
        id="a_title_for_a_field_is_one_subject",
    ),
    pytest.param(
        "Harbor director Marta Quell said that placing the wreck on the list “underscores the "
        "resolve” of the port authority “to keep the channel open.” The agency continues to "
        "receive letters from sailors, Tomas Ferreira said.",
        "https://wire.example/1",
        {"underscores": "person_marta_quell", "to keep": "person_marta_quell"},
        # the second fragment of one reported sentence is the first one's speaker, not the
        # next sentence's ("continues to receive" is no speech either)
        id="the_second_fragment_of_a_reported_sentence",
    ),
    pytest.param(
        "Vladimir Putin attended the launch of the icebreaker. Governor of the region Arkady "
        "Senin spoke at the ceremony. Excerpts from his speech: “The yard has never built a "
        "larger ship.”",
        KREMLIN,
        {"The yard": "person_arkady_senin"},
        id="excerpts_from_his_speech_are_his",
    ),
    pytest.param(
        "Vladimir Putin: Colleagues, good afternoon. I would put it like this: “We will not give "
        "up.” To put it simply: “No gas, no money.” Some say: “Let them freeze.”",
        KREMLIN,
        {
            "We will not": "person_vladimir_putin",
            "No gas": "person_vladimir_putin",
            "Let them": None,
        },
        # the speaker's own wording announced ("I would put it like this:", "To put it
        # simply:") is the speaker's; people at large are no one
        id="the_speaker_s_own_wording_announced",
    ),
    pytest.param(
        "The court ruled against the club on Monday. “We will appeal,” Tom Harlow angrily said.",
        "https://news.example/1",
        {"We will appeal": "person_tom_harlow"},
        id="an_adverb_of_manner_between_the_speaker_and_the_verb",
    ),
    pytest.param(
        "The fund will leave with a payout that investor Ruth Abernathy blasted on a call as "
        "“plainly wrong.” Omar Castell, a biologist at the institute, studies gut cells. He "
        "describes the prospects of the work as “thrilling,” but adds that the field is young.",
        "https://news.example/1",
        {"plainly wrong": "person_ruth_abernathy", "thrilling": "person_omar_castell"},
        # a word or two quoted after a verb of judging ("blasted", "describes") is the
        # subject's, not a scare quote
        id="short_quotes_after_verbs_of_judging_are_the_subject_s",
    ),
    pytest.param(
        'Governor Alma Reyes spoke for an hour. "We have a plan for the bridge," Reyes said.'
        "\n\nAsked about the plan, a Transport Department spokesman said:\n\n"
        '"It changes things. How much is hard to say at this point."\n\n'
        "Two investigators spoke on condition of anonymity. The first investigator said the "
        "tests could take weeks. The second official said the results were unclear.\n\n"
        '"In the end, we would need a sample taken from the site itself," the official said.'
        "\n\nThe daily printed a letter from the miners' families. \"No bonus can replace a "
        'father," said a Spanish version of the letter.',
        "https://wire.example/1",
        {
            "It changes": "a Transport Department spokesman",
            "In the end": "the official",
            "No bonus": "a Spanish version of the letter",
        },
        # a paragraph ending with someone unnamed said: introduces the quote after it; "the
        # official" after "the second official" is that one, not the governor named before;
        # a country's adjective before "version" is a language
        id="unnamed_speakers_of_wire_stories_are_not_the_person_named_before",
    ),
    pytest.param(
        "Marisol Okafor stayed at home with her uncle. Desmond Okafor, her uncle and guardian, "
        'had not signed the papers. "I will not cooperate in anything," Okafor told a radio '
        'station.\n\nHelena Brandt runs the bakery. "We open at six," Brandt said. Her husband '
        'Jonas Brandt joined her in March. "The ovens are new," Brandt added.',
        "https://wire.example/1",
        {
            "I will not": "person_desmond_okafor",
            "We open": "person_helena_brandt",
            "The ovens": "person_helena_brandt",
        },
        # a surname that two people share is the one named in full last, unless the text
        # already called the other by it alone before this one was named
        id="a_shared_surname_is_the_one_named_last_or_the_one_it_already_called",
    ),
    pytest.param(
        "Chip buyers shrugged. Tomas Ferreira, an analyst at Brightline Research, said the "
        "flaw was minor. Kestrel Systems said the flaw would not delay its machines. "
        '"We have not changed our plans in any way," said a Kestrel spokesman. To switch to '
        'another supplier, "would not be an option at all," he said. An Orbis spokeswoman said '
        "the company had told customers on Monday. Orbis has no plans to recall its cards, the "
        'spokeswoman said. "We do not see this as a serious problem for us," she said.',
        "https://wire.example/1",
        {"would not be": None, "We do not see": None},
        # "he" and "she" continue the speech of someone unnamed called by a role ("said a
        # Kestrel spokesman", "the spokeswoman" introduced as "an Orbis spokeswoman"), not the
        # person named before them
        id="a_pronoun_after_an_unnamed_spokesman_is_that_spokesman",
    ),
    pytest.param(
        '"The advance is going better than planned," said a confident Lt. Gen. Tomas Whitcombe, '
        "the corps commander. With the mayor and other council members seated in the front row "
        "of the Harbor Civic Hall, a spokesman for the Dock Workers Union called the new rules "
        '"a gift to the shipping lines."',
        "https://wire.example/1",
        {
            "The advance": "person_tomas_whitcombe",
            "a gift": "a spokesman for the Dock Workers Union",
        },
        # a rank's abbreviation after another ("Lt. Gen.") is no surname; a place named in a
        # phrase opening the clause is not the subject after its comma
        id="ranks_abbreviated_and_a_phrase_opening_the_clause",
    ),
    pytest.param(
        "Harold Brennan Jr., chairman and chief executive of the Ohio grain trader Midland "
        'Silos, called the sale a "turning point for the cooperative" on Tuesday. Marta Quell, '
        "founder of Harbor Watch, a volunteer group that patrols the bay at night, called the "
        'new rules "a gift to polluters." Indeed, Greta Falk seemed to hint at that option in a '
        'letter. Urging the board to hold "a fair vote," Falk asked how the members would be '
        'served "by a sale to the lowest bidder."',
        "https://wire.example/1",
        {
            "turning point": "person_harold_brennan",
            "a gift": "person_marta_quell",
            "by a sale": "person_greta_falk",
        },
        # the subject of the reporting verb before a partial quote, past the stop of "Jr.",
        # an apposition of two parts, and "asked how"; not a name inside the apposition
        id="subject_of_the_reporting_verb_past_an_apposition",
    ),
    pytest.param(
        "Vladimir Putin spoke with Olga Reznik, editor of the Tomsk weekly Sibirsky Vestnik.\n"
        "Olga Reznik: “Mr President, when will the new bridge over the Tom open?”\n"
        "Vladimir Putin: “Construction is on schedule. The bridge will open next autumn.”\n"
        "The President also spoke about the city's airport. In particular:\n"
        "“The runway will be extended so that larger aircraft can land in winter.”",
        KREMLIN,
        {"The runway": _PUTIN, "“Mr President": _REZNIK},
        # "The President" in the narration between labelled quotations is the one who
        # spoke last, not someone other than that turn's speaker
        id="narration_after_a_labelled_quotation_ends_the_turn",
    ),
    pytest.param(
        "Vladimir Putin spoke with Olga Reznik, editor of the Tomsk weekly Sibirsky Vestnik. "
        "Olga Reznik: “Mr President, when will the new bridge over the Tom open?” "
        "Vladimir Putin: “Construction is on schedule.” "
        "The President also spoke about the city's airport. In particular: "
        "“The runway will be extended.” "
        "In his remarks at the end, the Head of State focused on schools. In particular: "
        "“Every district will get a new school by next year.”",
        KREMLIN,
        {"The runway": _PUTIN, "Every district": _PUTIN},
        # the Kremlin's releases run their paragraphs together; "his remarks" is no verb
        id="narration_and_a_possessive_noun_on_one_line",
    ),
    pytest.param(
        "Vladimir Putin held a meeting with Minister of Transport Olga Reznik.\n\n"
        "“Forty new ferries will be ordered this year,” the Minister said.\n\n"
        "Vladimir Putin: “Order them from our own shipyards.”\n\n"
        "Olga Reznik: “That is the plan.”\n\n"
        "At the close of the long meeting, the Head of State came back to rural roads:\n\n"
        "“Every village school must be reachable by bus all year round.”",
        KREMLIN,
        {"Every village": _PUTIN, "Forty new": _REZNIK},
        id="a_colon_ending_a_sentence_without_a_speech_verb_introduces_its_subject",
    ),
    pytest.param(
        "Vladimir Putin chaired a meeting of the Security Council.\n\n"
        "Secretary of the Security Council Gleb Orlov reported on attacks on power grids. "
        "Minister of Energy Olga Reznik spoke about repairs.\n\n"
        "The Security Council Secretary stressed: “Most attacks come through contractors.”\n\n"
        "Press Secretary Ivan Sokol briefed reporters afterwards. The Press Secretary "
        "went on: “No decisions were announced today.”",
        KREMLIN,
        {"Most attacks": _ORLOV, "No decisions": "person_ivan_sokol"},
        id="a_secretary_called_by_title_alone_is_the_one_named_with_it",
    ),
    pytest.param(
        "Academician Ivan Belov died on Friday.\n\n"
        "Head of the laboratory Gleb Orlov, who was a student of the academician, said: "
        "“He taught us to doubt every result.”",
        "https://news.example/1",
        {"He taught": _ORLOV},
        id="what_a_relative_clause_says_a_named_speaker_was_is_no_unnamed_speaker",
    ),
    pytest.param(
        "Vladimir Putin met the winners of a science contest. “Our drone can fly for six "
        "hours,” said Gleb Orlov. A pupil from Tyumen, Ivan Sokolov, presented a project on "
        "bacteria that clean up oil. “The bacteria work even in the cold.” Their first "
        "test was near Surgut. “They cleared a hectare in a month.”",
        KREMLIN,
        # the description before the newcomer's name is no apposition of the first
        # speaker; with nobody new between, the one who spoke last goes on
        {"Our drone": _ORLOV, "The bacteria": _SOKOLOV, "They cleared": _SOKOLOV},
        id="someone_brought_in_between_two_quotes_on_one_line_speaks_the_second",
    ),
    pytest.param(
        "Vladimir Putin met builders of the bridge, among them crane operator Olga Reznik "
        "and welder Ivan Sokolov. The President asked what had been hardest. The welder "
        "answered first. “The ice in spring.” The crane operator added with a smile that "
        "her family missed her. “My daughter drew the bridge.”",
        KREMLIN,
        {"The ice": _SOKOLOV, "My daughter": _REZNIK},
        id="a_sentence_reporting_its_own_clause_after_a_quote_does_not_attribute_it",
    ),
    pytest.param(
        "The head of the agency, Ivan Sokolov, spoke about fire prevention. “We plant more "
        "than we lose,” he said. Posters reading “One match can burn a forest” went up in "
        "every district. A banner across the gate read “Built for a hundred years”. The "
        "visit ended with the sailors' traditional wish, “Seven feet under the keel”.",
        KREMLIN,
        {"We plant": _SOKOLOV, "One match": None, "Built for": None, "Seven feet": None},
        id="words_on_posters_banners_and_traditional_wishes_are_nobodys",
    ),
    pytest.param(
        "Vladimir Putin met Governor of the Kaliningrad Region Ivan Sokolov. “Ferries are "
        "the lifeline,” the Governor said. Residents of the region like to joke about it: "
        "“We go abroad to get home.” There is a saying among rural librarians of the region: "
        "“A village without books is a house without windows.” Students have a joke about "
        "their dormitory: “Built for one generation, home to four.” As the Governor put it "
        "at the last meeting of the council, “the task is to keep the ferries running.”",
        KREMLIN,
        {"We go abroad": None, "A village": None, "Built for": None, "the task": _SOKOLOV},
        id="jokes_of_people_at_large_are_nobodys_an_office_holders_words_theirs",
    ),
    pytest.param(
        "Vladimir Putin met chief physician Anna Lebedeva and nurses of her hospital.\n\n"
        "Olga Reznik, a senior nurse, spoke about staff shortages. The nurse went on:\n\n"
        "“Each new nurse needs a week beside an experienced one.”\n\n"
        "Vladimir Putin asked Anna Lebedeva whether her hospital had enough oxygen. She said "
        "it did, thanks to a new station:\n\n“We installed it in September.”",
        KREMLIN,
        {"We installed": "person_anna_lebedeva", "Each new nurse": _REZNIK},
        id="he_or_she_opening_the_sentence_after_a_question_is_the_one_asked",
    ),
    pytest.param(
        "Vladimir Putin spoke by telephone with Governor of the Amur Region Ivan Sokolov.\n\n"
        "The President asked whether the shelters had enough water. The Governor's answer "
        "was short:\n\n“Water is there. We need boats.”",
        KREMLIN,
        {"Water is there": _SOKOLOV},
        id="the_answer_of_someone_called_by_title_introduces_their_words",
    ),
    pytest.param(
        "The festival opened in Kazan. “I sincerely congratulate all of you on the holiday. I "
        "am sure your work will strengthen our friendship,” reads the text of the greetings.",
        KREMLIN,
        {"I sincerely": _PUTIN},
        id="the_text_of_the_greetings_read_after_the_quote_is_the_sender_s",
    ),
    pytest.param(
        "Vladimir Putin addressed the parliament of Arcadia during his visit. He spoke first "
        "in Russian and then in Arcadian. Vladimir Putin: Mr Speaker, deputies, thank you "
        "for the invitation. Trade between our countries has doubled in five years. Last "
        "year, in Moscow, I said: “Our doors are open to Arcadian business.”",
        KREMLIN,
        {"Mr Speaker": _PUTIN, "Our doors": _PUTIN},
        id="a_lone_label_after_a_summary_opens_the_speech_and_its_speaker_says_i",
    ),
    pytest.param(
        "Vladimir Putin: Friends, " + "a century ago the economist Pavel Grekov described "
        "the long waves of growth. "
        + "Our economy grew by three percent last year. "
        * 60
        + "Let me return to the economist I mentioned at the beginning. He wrote: “Those "
        "who build in a crisis own the recovery.”",
        KREMLIN,
        {"Those who build": "person_pavel_grekov"},
        id="a_figure_named_with_an_occupation_is_that_occupation_pages_later",
    ),
    pytest.param(
        "Vladimir Putin: Mr Siluanov, please. Anton Siluanov: Mr President, colleagues, the "
        "budget has a surplus. Mr President, last year you instructed us: “Keep the reserves "
        "for a rainy day.” We have done so.",
        KREMLIN,
        {"Keep the reserves": _PUTIN},
        id="you_instructed_us_in_a_turn_is_the_one_addressed",
    ),
    pytest.param(
        "Vladimir Putin: Good afternoon. Please, go ahead. Ivan Orlov (Volunteer Medics, "
        "Kazan): Mr President, I am a fifth-year student and a volunteer.",
        KREMLIN,
        {"Mr President, I am": "person_ivan_orlov"},
        id="a_label_with_a_note_of_several_capitalized_parts_in_brackets",
    ),
    pytest.param(
        "Vladimir Putin gave an interview to Arcadia Television. The interview was recorded "
        "in the Kremlin by the channel's presenter Marta Kovac. Question: Mr President, "
        "thank you for your time. How do you see our trade? Vladimir Putin: It is growing. "
        "Question: And tourism? Vladimir Putin: Also growing.",
        KREMLIN,
        {"Mr President, thank": "person_marta_kovac", "And tourism": "person_marta_kovac"},
        id="an_interview_s_questions_are_the_interviewer_s_named_before_them",
    ),
    pytest.param(
        "Vladimir Putin met students in Tomsk. Vladimir Putin: Good afternoon. Moderator: "
        "Thank you. The next question comes from Olga Reznik, a student of physics. "
        "Question: Mr President, will the grants for young scientists grow?",
        KREMLIN,
        {"Mr President, will": _REZNIK},
        id="the_next_question_comes_from_gives_the_floor",
    ),
    pytest.param(
        "Vladimir Putin: Friends, next year we mark the jubilee of the great poet and "
        "thinker Pavel Grekov. "
        + "Our grain exports grew again this year. "
        * 40
        + "Let me return to the great poet with whom I began. His thoughts on power sound "
        "very modern today. Let me quote: “A ruler who forgets the village forgets the "
        "country.” "
        "Someone might object: “Poems are not a programme.”",
        KREMLIN,
        {"A ruler who": "person_pavel_grekov", "Poems are": None},
        id="let_me_quote_is_the_figure_the_sentences_before_speak_of",
    ),
    pytest.param(
        "Vladimir Putin: Colleagues, the regions will share the cost. When we discussed it, "
        "Governor of the Amur Region Ivan Sokolov raised a fair point: “Poor regions cannot "
        "pay half.”",
        KREMLIN,
        {"Poor regions": _SOKOLOV},
        id="raising_a_point_is_speech",
    ),
    pytest.param(
        "Dmitry Peskov: Let us start with Channel One. Question: Gleb Orlov, Channel One. Mr "
        "President, how did the talks go? Vladimir Putin: Well. Dmitry Peskov: Kommersant, "
        "please. Question: Olga Reznik, Kommersant. Mr President, and the sanctions? Vladimir "
        "Putin: Your colleague from Kommersant asked me in the corridor: “Will they last "
        "forever?” I do not know. The protocol says: “The parties will cease fire.”",
        KREMLIN,
        {"Gleb Orlov, Channel": _ORLOV, "Will they last": _REZNIK, "The parties will": None},
        id="a_station_s_name_before_a_label_and_a_colleague_from_an_outlet",
    ),
    pytest.param(
        "Vladimir Putin: Friends, NATO took in fourteen countries. Russia raised it many "
        "times. We were told: “Every nation chooses its own alliances.” We said: “Then so do "
        "we.”",
        KREMLIN,
        {"Every nation": "org_nato", "Then so do we": "country_rus"},
        id="we_were_told_is_others_words_we_said_ours",
    ),
    pytest.param(
        "Vladimir Putin visited the bearing plant in Samara. One of the workers, a welder "
        "who has worked there for thirty years, told the President that the new lines had "
        "made the work easier. “The young ones want offices now. But someone has to make "
        "bearings,” he said. A young engineer who joined the plant last year said that "
        "housing was the main problem. “A mortgage is out of reach.” One of them, Gleb "
        "Orlov, said that the canteen had improved. “The soup is hot now.” Many reporters "
        "have been asking the same thing for weeks: “What comes next?”",
        KREMLIN,
        {"The young ones": None, "A mortgage": None, "The soup": _ORLOV, "What comes": None},
        id="someone_unnamed_reporting_before_a_quote_is_nobody",
    ),
    pytest.param(
        "Vladimir Putin met Governor of the Amur Region Ivan Sokolov. “The dams must be "
        "ready by spring,” the President said. Ivan Sokolov had reported on the dams in "
        "February. “Keep me informed every week.” The Governor nodded and turned to the "
        "maps. “We will send a report every Monday.”",
        KREMLIN,
        # a sentence of its own about the other, in the past tense, passes the word
        {"Keep me informed": _PUTIN, "We will send": _SOKOLOV},
        id="a_sentence_of_background_between_quotations_does_not_pass_the_word",
    ),
    pytest.param(
        "Vladimir Putin: Friends, our trade with Europe has fallen. When we made this "
        "proposal to the European Union, the answer was: “This is a bilateral matter.” "
        "When we raised it with NATO in Brussels, we were told: “Enlargement threatens no "
        "one.” When we asked our colleagues in the United States why they bypassed the "
        "United Nations, they told us: “The Security Council is too slow.”",
        KREMLIN,
        {"This is a bilateral": "org_eu", "Enlargement": "org_nato", "The Security": "country_usa"},
        id="what_we_were_told_is_the_body_the_clause_turned_to",
    ),
    pytest.param(
        "Vladimir Putin: Colleagues, the banks held. Gleb Orlov, who spent the spring in "
        "talks with Herman Gref of Sberbank, Andrei Kostin of VTB and the heads of regional "
        "banks, summed it up for me in one phrase: “The banks are alive, but afraid.” Olga "
        "Reznik, who met Sergei Lavrov, Ivan Sokolov and the governors last week, reported "
        "to me: “The roads are ready.”",
        KREMLIN,
        {"The banks are alive": _ORLOV, "The roads are ready": _REZNIK},
        id="a_relative_clause_listing_people_met_ends_before_its_owner_s_verb",
    ),
    pytest.param(
        "Vladimir Putin: Friends, Asia is growing. In the West they say: “Asia is a threat "
        "to the order.” I see it otherwise. They say in Brussels: “Russia will not change.” "
        "One of the volunteers, a young man from Kazan, told me: “We will stay to the end.” "
        "A worker in Cherepovets once told me: “First give me a wage a bank believes.”",
        KREMLIN,
        {
            "Asia is a threat": None,
            "Russia will not": None,
            "We will stay": None,
            # someone singular described keeps the description, not the place
            "First give": "A worker in Cherepovets",
        },
        id="they_of_a_place_and_someone_unnamed_from_a_place_are_nobody",
    ),
    pytest.param(
        "Vladimir Putin: Friends, in a hospital near Moscow I talked with Olga Reznik, a "
        "senior nurse who came there from Rostov. Ivan Sokolov, a surgeon, showed me the "
        "wards. The Minister of Defence reported to me last week on the hospitals. The "
        "Minister told me: “We are adding a thousand beds.” Irina Gromova also wrote to me "
        "about prosthetics. Let me return to the nurse from Rostov. I asked her what was "
        "hardest. But she spoke about something else. Those words of hers stayed with me: "
        "“The wounds heal, but loneliness does not.”",
        KREMLIN,
        {"We are adding": "person_sergei_shoigu", "The wounds heal": _REZNIK},
        id="a_title_alone_after_a_role_and_an_occupation_named_with_an_article",
    ),
    pytest.param(
        "Vladimir Putin met with Governor of the Amur Region Ivan Sokolov. The President: "
        "Ivan Nikolayevich, how is the harvest going? Governor: Mr President, it is good. I "
        "told our district heads: “Count every tonne.” S.Lavrov: The Chinese side agrees. "
        "I.Ivanov: The Security Council agrees too. Voice from the audience: We are from "
        "the Kirov Plant, and we have a question. Vladimir Putin: Go ahead.",
        KREMLIN,
        {
            "Mr President, it is": _SOKOLOV,
            "Count every": _SOKOLOV,
            "The Security Counc": "person_igor_ivanov",
            "We are from the": None,
        },
        id="labels_of_a_title_alone_an_initial_and_a_voice_from_the_audience",
    ),
    pytest.param(
        "Gleb Orlov: Our first link is with a school in Kazan. One of the teachers there, "
        "Olga Reznik, would like to ask a question. Please, go ahead. Question: Good "
        "afternoon. Teachers earn too little. Vladimir Putin: Federal Law No. 122 is very "
        "clear on this point: “the support already achieved may not be lowered”. The "
        "National Security Concept says: “the border is a priority”. The joint declaration "
        "signed today says: “the sides support each other”. But I have already said: “No "
        "reform may lower pay.”",
        KREMLIN,
        {
            "Good afternoon. Tea": _REZNIK,
            "the support already": None,
            "the border is": None,
            "the sides support": None,
            "No reform may": _PUTIN,
        },
        id="the_floor_given_a_sentence_before_and_texts_quoted_for_their_wording",
    ),
    pytest.param(
        "Vladimir Putin held a meeting on the borders. The new Defence Minister offered "
        "the help of the army. “Where there are no roads, soldiers are the state,” the "
        "minister noted. In the words of the head of state, “every year of delay costs "
        "money.” As farmers in the Amur Region put it, “diesel gets dearer every spring.” "
        "According to the Association of Amur Shipbuilders, “orders have doubled.” One of "
        "the students, a young physicist, asked about housing. “Half of my year has "
        "left,” the student said. President Tokhtarov said during the talks: “We are "
        "ready to help.” When Prime Minister Gleb Orlov visited the port, he said: “This "
        "is a model for the region.”",
        KREMLIN,
        {
            "Where there are no": "person_sergei_shoigu",
            "every year of delay": _PUTIN,
            "diesel gets dearer": None,
            "orders have doubled": "org_association_of_amur_shipbuilders",
            # one of many described: no one named (not the President named before)
            "Half of my year": "the student",
            # a title before a surname the dictionary lacks: that surname, not the President
            "We are ready to he": "Tokhtarov",
            "This is a model": _ORLOV,
        },
        id="roles_sources_people_at_large_and_the_person_of_a_temporal_clause",
    ),
    pytest.param(
        "Vladimir Putin visited a plant in Kaluga. The plant's general director, Olga "
        "Reznik, showed him the shop. Vladimir Putin asked where the plant had found its "
        "staff. “We trained them ourselves,” said the general director. One of them, a "
        "chemist, had come back from Moscow. “Here I have my own flat,” the young chemist "
        "said. According to her, “half of the staff are under thirty.” Gleb Orlov "
        "reported on the exports. According to the Association of Kaluga Chemists, “the "
        "market share has doubled.” Ivan Sokolov spoke about the roads. The new Defence "
        "Minister spoke about the army. “We will build depots here,” the minister noted.",
        KREMLIN,
        {
            "We trained them": _REZNIK,
            "Here I have my own": "the young chemist",
            "half of the staff": _REZNIK,
            # the sentence after a quote its opening sourced is not its attribution
            "the market share": "org_association_of_kaluga_chemists",
            "We will build depo": "person_sergei_shoigu",
        },
        id="a_general_director_one_of_them_according_to_her_and_a_role_s_own_title",
    ),
    pytest.param(
        "Vladimir Putin: Friends, last year I went to Kaliningrad. The surgeon Ivan "
        "Sokolov works there. Gleb Orlov showed me the port. Later I spent an hour in Dr "
        "Sokolov's clinic, and I asked him why he had come "
        "back from abroad. I asked him why, and he answered: “Here I am needed.” A woman "
        "from Aleppo, a mother of four, said to our officers who brought the convoy: “We "
        "need schools, not speeches.” Our border guards who served on the Afghan border "
        "told me: “The couriers have found new routes.” An elderly man I brought his "
        "medicine to told me: “I thought everyone had forgotten me.” Here is a text "
        "message from Irkutsk: “Why are medicines so dear?”",
        KREMLIN,
        {
            "Here I am needed": _SOKOLOV,
            "We need schools": None,
            "The couriers have": None,
            "I thought everyone": None,
            "Why are medicines": None,
        },
        id="the_one_i_asked_answers_and_unnamed_subjects_of_their_own_clauses",
    ),
    pytest.param(
        "Vladimir Putin spoke with the President of France. According to the Elysée "
        "Palace, “the presidents agreed to meet again.” Gleb Orlov: Good afternoon. Here "
        "is a text message from Irkutsk: “Why is petrol so dear?” Olga Reznik: Thank you. "
        "I would like to start with one message. One of our volunteers, Irina Gromova from "
        "Tver, sent it to us this morning: “A veteran saluted me at the door today.”",
        KREMLIN,
        {
            "the presidents agre": "Elysée Palace",
            "Why is petrol so de": None,
            "A veteran saluted m": "person_irina_gromova",
        },
        id="a_written_source_a_message_from_a_place_in_a_turn_and_one_of_our_volunteers",
    ),
    pytest.param(
        "Vladimir Putin: Friends, missile defence matters. I raised this issue with my "
        "American colleague in April. I asked directly whether Washington would look at it "
        "afresh. And the answer was: “We will review the plan honestly.” And what did we "
        "hear from our American colleague in September? “The old plan is dropped.” We sent "
        "our concerns in writing to NATO. We asked for a reply. And what did we hear in "
        "response? “The Allies have taken note.” And what did we hear from the doctors "
        "themselves? “Masks and sleep.” Critics say: “Nothing changes.” Many firms work "
        "here, and at the fair one Italian businessman told me: “We are staying.” On that "
        "day I telephoned Gleb Orlov and told him: “We are with you.” The Chairman of the "
        "Government assured me yesterday: “Every region will get the funds.”",
        KREMLIN,
        {
            "We will review the": "person_joe_biden",
            "The old plan is dro": "person_joe_biden",
            "The Allies have tak": "org_nato",
            "Masks and sleep": None,
            "Nothing changes": None,
            "We are staying": None,
            "We are with you": _PUTIN,
            "Every region will g": "person_mikhail_mishustin",
        },
        id="answers_to_what_we_asked_critics_at_large_and_the_chairman_of_the_government",
    ),
    pytest.param(
        "Ahead of his visit to India, Vladimir Putin gave an interview to Olga Reznik, a "
        "correspondent of the Press Trust of India. Question: Mr President, what do you "
        "expect from the visit? Vladimir Putin: A great deal. Question: And on trade? "
        "Vladimir Putin: Trade will grow.",
        KREMLIN,
        {"Mr President, what": _REZNIK, "And on trade?": _REZNIK},
        id="the_questions_of_an_interview_given_to_someone_are_theirs",
    ),
    pytest.param(
        "Vladimir Putin: Colleagues, Gleb Orlov told me about the new bank. The New "
        "Development Bank reports that “ninety projects have been approved”. The "
        "International Monetary Fund, in its October outlook, projects that “emerging "
        "economies will lead growth”. I agree.",
        KREMLIN,
        {"ninety projects hav": "org_ndb", "emerging economies ": "org_imf"},
        id="a_body_that_reports_or_projects_that",
    ),
    pytest.param(
        "Vladimir Putin: Friends, the great poet Yanka Volat, whose words are known to every "
        "schoolchild, wrote about the dignity of his people. At the same time he was a "
        "friend of Russian literature; he translated the Lay of Igor's Campaign and "
        "Pushkin, and he died in Moscow in 1942, during the war. In one of his poems he "
        "wrote: “A people that knows its name will not be lost.”",
        KREMLIN,
        {"A people that knows": "person_yanka_volat"},
        id="a_possessive_in_a_title_is_no_name_a_pronoun_may_stand_for",
    ),
    pytest.param(
        "Vladimir Putin: Colleagues, this morning I had a call with Prime Minister of Italy "
        "Mario Draghi about gas deliveries. At home, the Chairman of the Government promised "
        "me: “The heating season will start on time in every region.” Our Prime Minister "
        "also told the governors: “No school will stay cold.”",
        KREMLIN,
        {"The heating season": "person_mikhail_mishustin", "No school": "person_mikhail_mishustin"},
        # the home government's formal title and "our": not the foreign prime minister named
        id="the_chairman_of_the_government_and_our_prime_minister_are_the_home_ones",
    ),
    pytest.param(
        "Vladimir Putin: We had a long talk in Samarkand. The Chairman of the People's "
        "Republic of China told me: “Partners who listen to each other need no referee.” "
        "I agree with him.",
        KREMLIN,
        {"Partners who listen": "person_xi_jinping"},
        id="a_chairman_of_a_named_country_is_its_head_of_state",
    ),
    pytest.param(
        "Vladimir Putin: The United Nations must stay at the centre of world affairs. The "
        "Secretary-General wrote to us last week: “Every member of the Council bears a "
        "special duty.” We share this view.",
        KREMLIN,
        {"Every member of": "person_antonio_guterres"},
        # the one body named in the text with a secretary-general
        id="a_definite_office_of_the_one_body_named",
    ),
    pytest.param(
        "Vladimir Putin: How is the new port doing? Ann Vale: It is working, Mr President. "
        "When Governor Tom Reyes came to see the quays in May, he said: “This port should be "
        "a model for the whole coast.” And he added: “The region must not wait for Moscow.” "
        "We are trying to live up to that.",
        KREMLIN,
        {"This port should": _REYES, "The region must": _REYES},
        # the second "he" goes on from the first, not to the one the turn calls "Mr President"
        id="he_added_right_after_he_said_is_the_same_person",
    ),
    pytest.param(
        "Governor Ann Vale: Mr President, the letters reached every veteran. The pupils of "
        "one of the schools on Kamenny Island wrote: “Thank you for the city we grew up in.” "
        "The farmers of the Orenburg Region asked us: “Please pay before the sowing.” "
        "Businesspeople often tell me: “Send us engineers, not subsidies.” The regional law "
        "on heritage is strict: “No facade shall be altered without a permit.” As an old "
        "Tatar saying goes, “A guest brings the weather with him.” Young people abroad are "
        "told every day: “Nobody visits that country.”",
        KREMLIN,
        {
            "Thank you for": None,
            "Please pay before": None,
            "Send us engineers": None,
            "No facade shall": None,
            "A guest brings": None,
            "Nobody visits": None,
        },
        # groups where they are, a law's wording, a saying, the ones told: no one in particular
        id="groups_laws_sayings_and_the_ones_told_speak_for_no_one",
    ),
    pytest.param(
        "Vladimir Putin spoke at the plenary session of the forum in Kazan. The session was "
        "also attended by President of Laos Thongloun Sisoulith. Some 4,000 guests came. "
        "The theme of the forum is “Growth – the Shared Horizon”. President of Russia "
        "Vladimir Putin: Friends, good day. A year ago, from this stage, I said: “Our "
        "economy will not break.” It did not.",
        KREMLIN,
        {"Friends, good day": _PUTIN, "Our economy will": _PUTIN},
        # a speech's one label, in the body's fourth sentence after a summary
        id="a_speech_label_after_a_summary_of_four_sentences",
    ),
    pytest.param(
        "Olga Reznik: We have a message on the screen from Gleb Orlov, from Tomsk: “Where is "
        "our new bridge?” And a short letter from a teacher in Omsk: “Why are books so "
        "dear?” Ivan Sokolov: Let me mention a letter you passed to us, Mr President, from "
        "Pavel Gromov, a father of six from the Altai. The letter says: “Our village has no "
        "school bus.” Vladimir Putin: Ann Vale, who runs the “Open Door” Foundation, told "
        "me: “The queues have halved.” Back then, many of my colleagues in Europe told me: "
        "“You exaggerate.” Some Russian economists also say, and I quote, “the boom will "
        "end”.",
        KREMLIN,
        {
            "Where is our new": _ORLOV,
            # someone unnamed: no actor, the words that describe them
            "Why are books": "a teacher in Omsk",
            "Our village has": "person_pavel_gromov",
            "The queues have": "person_ann_vale",
            "You exaggerate": None,
            "the boom will end": None,
        },
        # senders of letters and messages, a clause with a name in quotation marks, groups
        # at large
        id="letters_and_messages_from_named_and_unnamed_senders_and_groups_at_large",
    ),
    pytest.param(
        "Vladimir Putin: Russia did not collapse, and the Russian economy grew. In 2022 they "
        "told us: “You will not last a year.” Where is that forecast now?",
        KREMLIN,
        {"You will not last": None},
        # "they" who told "us" is not the speaker's own country
        id="they_who_told_us_are_not_our_country",
    ),
    pytest.param(
        "Sergei Lavrov wrote to his counterpart. Mongolia’s Foreign Ministry thanked the "
        "countries that had offered help. “Four offers have been accepted,” it said.",
        KREMLIN,
        {"Four offers have": "org_mongolian_foreign_ministry"},
        # "it" is the body, not the country its name holds
        id="it_after_a_body_named_with_a_countrys_possessive_is_the_body",
    ),
    pytest.param(
        "Vladimir Putin: I recently met two sailors. One of them, Aidar Sagitov, is from Ufa; "
        "the other, Bolat Nurlanov, is from Omsk. Aidar told me: “The sea does not ask where "
        "you were born.” When I asked Bolat about his plans, he laughed: “To sail, what "
        "else?” A farmer from the Kuban, Zaur Berov, told me when I saw his fields: “We "
        "sowed twice.” The builders at one of the bridge sites promised me: “We will finish "
        "by May.”",
        KREMLIN,
        {
            "The sea does not": "person_aidar_sagitov",
            "To sail, what": "person_bolat_nurlanov",
            "We sowed twice": "person_zaur_berov",
            "We will finish": None,
        },
        # people named in apposition to "one of them", called by the given name after; the
        # one asked, who laughs before a colon; a name in apposition to an unnamed farmer
        id="one_of_them_named_then_called_by_given_name_and_the_manner_of_a_reply",
    ),
    pytest.param(
        "Question: Mr President, after the test, a Pentagon spokesperson said: “It is only "
        "a prototype.” What do you say? Vladimir Putin: Let them count. The Samarkand "
        "Declaration adopted last year says: “The parties favour settlements in national "
        "currencies.” We follow it.",
        KREMLIN,
        {"It is only": "a Pentagon spokesperson", "The parties favour": None},
        # someone unnamed of a body is not the body; a declaration known by its title is a
        # document quoted for its wording
        id="one_unnamed_of_a_body_and_a_titled_declaration",
    ),
    pytest.param(
        "Russian Foreign Minister Sergei Lavrov wrote to his counterpart. Mongolia’s Foreign "
        "Ministry thanked all the countries. “We accepted four offers,” it said. Vladimir "
        "Putin: Last autumn I received a letter from Saule Temirkhanova, a mother of five from "
        "Naberezhnye Chelny. She wrote: “We want our children to stay near us.”",
        KREMLIN,
        {"We accepted four": "org_mongolian_foreign_ministry", "We want our": "Saule Temirkhanova"},
        # a country's possessive before a body of the name another country named has; a
        # place after "from" is no name "she" may stand for
        id="another_countrys_possessive_body_and_a_place_after_from",
    ),
    pytest.param(
        "Yuri Ushakov briefed journalists on the visit. It will last four days, which Ushakov "
        "described as “unusually long” for a trip. Some in Europe argue that the target is "
        "“simply unaffordable” for small states. Several European newspapers have claimed "
        "that the summit had been “quietly shelved.” President Emmanuel Macron told "
        "television that such a force would be “a guarantee on the ground”, while Prime "
        "Minister Keir Starmer said his country would play “a leading role”. Asked about "
        "Senator Lindsey Graham's statement that the bill would be “bone-crushing”, Dmitry "
        "Peskov was restrained.",
        KREMLIN,
        {
            "unusually long": "person_yuri_ushakov",
            "simply unaffordable": None,
            "quietly shelved": None,
            "a guarantee on": "person_emmanuel_macron",
            "a leading role": "person_keir_starmer",
            "bone-crushing": "person_lindsey_graham",
        },
        # a relative clause that names the words quoted, groups at large with "have", a
        # clause after "while" that is someone else's, someone's statement that …
        id="fragments_quoted_in_reported_speech",
    ),
    pytest.param(
        "Dmitry Peskov: The presidents will make statements. President of the Arab Republic of "
        "Egypt Abdel Fattah el-Sisi (retranslated): Mr President, welcome. We Egyptians say: "
        "“Whoever drinks from the Nile returns to it.” Vladimir Putin: Thank you. Some Western "
        "media even wrote that “Cairo is a pawn.” Our Western partners promised us: “All "
        "restrictions will go.” The memorandum signed with the UN Secretariat stated that the "
        "parties would work “to ease the export of Russian food.” A spokesperson for the "
        "Chinese Foreign Ministry said at the time: “Normal trade targets no one.” “We will "
        "keep working,” I said in Cairo.",
        KREMLIN,
        {
            "Mr President, welc": "person_abdel_fattah_el_sisi",
            "Whoever drinks": None,
            "Cairo is a pawn": None,
            "All restrictions": None,
            "to ease the export": None,
            "Normal trade": "A spokesperson for the Chinese Foreign Ministry",
            "We will keep": _PUTIN,
        },
        # a label with an Arabic article, a people the speaker belongs to, the West at large,
        # a memorandum that states that …, someone unnamed of a body, "I said" after a comma
        id="a_joint_statement_with_peoples_documents_and_the_speakers_own_words",
    ),
    pytest.param(
        "Ruslan Bekov: I answered him with the words of my own teacher, Khasan Tlupov: "
        "“Check everyone else.” Vladimir Putin: When we announced the programme, some said "
        "that “it is just another campaign.” We found a letter from a soldier of our town, "
        "Private Grigory Titov. He wrote: “Mother, do not cry.” The guys who come home often "
        "say: “I do not know which door to knock on.” The draft law that is now in the State "
        "Duma says that a platform “may not change the terms.” The Federal Penitentiary "
        "Service has informed me that “the review will end in January.”",
        KREMLIN,
        {
            "Check everyone": "person_khasan_tlupov",
            "it is just another": None,
            "Mother, do not cry": "Grigory Titov",
            "I do not know which": None,
            "may not change": None,
            "the review will end": "org_federal_penitentiary_service",
        },
        # the words of my teacher, named; people at large after "that" or with who they
        # are; a rank before a name; a draft law where it is; a body that informs
        id="words_of_my_teacher_ranks_groups_who_draft_laws_and_informing_bodies",
    ),
    pytest.param(
        "Anna Baumann: Why? Vladimir Putin: German business people who come to see me say "
        "quietly: “We cannot say it out loud.” Our colleagues in the Union often say: “The "
        "union works.” A young developer in Novosibirsk told me: “Give us the servers.” In "
        "August a senior adviser at the White House said: “Every barrel pays for the war.” "
        "I said in June, when I spoke at the ministry, and I will repeat it now: “We are "
        "ready to talk.” Anna Baumann: One of them, from Leipzig, wrote: “Can we travel "
        "again?” One of them, Olga Reznik, wrote: “Thank you.”",
        KREMLIN,
        {
            "We cannot say it": None,
            "The union works": None,
            "Give us the servers": "A young developer in Novosibirsk",
            "Every barrel pays": "a senior adviser at the White House",
            "We are ready to": _PUTIN,
            "Can we travel": None,
            "Thank you": _REZNIK,
        },
        # groups with who they are or where, someone described by where they are, the
        # turn's speaker saying what they said, one of a group from a place or named
        id="groups_described_people_and_what_the_turns_speaker_said",
    ),
    pytest.param(
        "Abdel Fattah el-Sisi (retranslated): Mr President, my dear friend, welcome to "
        "Cairo. Vladimir Putin: Thank you. My dear friend said during our meeting: “Egypt is "
        "waiting for tourists.” Mr President said during our talks: “We will ensure their "
        "safety.”",
        KREMLIN,
        {
            "Egypt is waiting": "person_abdel_fattah_el_sisi",
            "We will ensure": ("person_abdel_fattah_el_sisi"),
        },
        # at a joint news conference, "my friend" and "Mr President" are the other leader
        id="my_friend_and_mr_president_are_the_other_leader",
    ),
    pytest.param(
        "Vladimir Putin: Please. Question: Comrade Supreme Commander-in-Chief, Yunarmia cadet "
        "Varvara Semyonova, Smolensk. At school we read soldiers' letters. Vladimir Putin: "
        "Good. Question: Good afternoon. Guards Sergeant Ildar Nigmatullin, call sign Tatarin. "
        "I work in the city administration. Anna Baumann: And Klaus Hoffmann, a pensioner "
        "from Dresden, wrote: “My father came home alive.” A student from Chennai, Priya "
        "Raman, asked us to pass on her question: “What would you advise?”",
        KREMLIN,
        {
            "Comrade Supreme": "person_varvara_semyonova",
            "Good afternoon. Gua": "person_ildar_nigmatullin",
            "My father came": "person_klaus_hoffmann",
            "What would you": "Priya Raman",
        },
        # askers naming themselves after an address, a greeting and a rank; a name with a
        # description in apposition; a question passed on
        id="askers_who_name_themselves_and_named_people_described",
    ),
    pytest.param(
        "Deputy Chief of Staff of the Presidential Executive Office Maxim Oreshkin spoke "
        "about trade. “Most of it is settled in roubles,” the official noted. A Turkish "
        "official, speaking on condition of anonymity, said Ankara wanted the same. “It is a "
        "technical question,” the official said.",
        KREMLIN,
        {"Most of it is": "person_maxim_oreshkin", "It is a technical": "the official"},
        # "the official" is the office holder named last, unless an unnamed one came between
        id="the_official_is_the_office_holder_named_last",
    ),
    pytest.param(
        "Vladimir Putin: I met two soldiers. Their commander, Captain Andrei Voronin, is from "
        "Pskov. Islam Magomadov told me: “He is my brother now.” Later the captain said: "
        "“There are men of eleven nationalities in my company.”",
        KREMLIN,
        {"There are men": "person_andrei_voronin"},
        # a rank named with someone is a title "the captain" stands for
        id="the_captain_is_the_one_named_with_the_rank",
    ),
    pytest.param(
        "Vladimir Putin: Let me begin with the schools. In Tambov, a grandmother of three once "
        "told me while we were walking past a closed library: “The children have nowhere to "
        "go after lessons.” Back in the spring, regional officials told us: “The money will "
        "come in autumn.” Later, over tea, one of the headmasters, whom I will not name, said "
        "to me: “Nobody asked us.” Olga Reznik: Bus drivers at the Kirsanov depot keep telling "
        "me: “We need new buses, not promises.” My older brother always said: “Measure twice.”",
        KREMLIN,
        {
            "The children have": None,
            "The money will": None,
            "Nobody asked": None,
            "We need new buses": None,
            "Measure twice": None,
        },
        # the subject of the speech verb is someone described and never named (a person,
        # a group, a relative); the place in the sentence or the turn's speaker is not theirs
        id="a_speech_verb_whose_subject_is_described_and_unnamed",
    ),
    pytest.param(
        "Olga Reznik: In March the Deputy Minister, Ivan Sokolov, came and said: “Every "
        "house will be checked.” Nobody has come since. Last week I had a letter from a "
        "pensioner from Kostroma. She wrote: “Our heating fails every January.” My little son "
        "is five, and every night he asks: “When will the snow melt?” Our neighbour, Pavel "
        "Orlov, is a welder. He told me: “The pipes were laid in 1968.”",
        KREMLIN,
        {
            "Our heating": None,
            "When will the snow": None,
            "The pipes were": "person_pavel_orlov",
        },
        # "she"/"he" after someone described stands for them (no one a reader could name);
        # a neighbour named in apposition is named
        id="a_pronoun_after_someone_described_and_unnamed",
    ),
    pytest.param(
        "Vladimir Putin: In his memoirs Marshal Ivan Konev wrote: “The crossing decided the "
        "battle.” Field Marshal Suvorov used to say: “Hard in training, easy in battle.” "
        "Private Oleg Bystrov, who is with us today, wrote to his mother: “Do not worry about "
        "me.” Mr Ambassador, you told me: “The harvest was good this year.”",
        KREMLIN,
        {
            "The crossing": "person_ivan_konev",
            "Hard in training": "Suvorov",
            "Do not worry": "person_oleg_bystrov",
            "The harvest": None,
        },
        # a rank or a calling before a name is none of it ("Marshal" a title discovery
        # leaves out, "Field Marshal" before a surname alone cut from the written name); an
        # address alone names no one
        id="a_written_speaker_is_named_without_the_ranks_before_the_name",
    ),
    pytest.param(
        "Vladimir Putin held a meeting on the harvest. Taking part were Governor of Tambov "
        "Region Ivan Sokolov and Governor of Kursk Region Pavel Orlov. The Governor of Tambov "
        "Region reported that sowing was over. “We finished a week early,” the Governor said. "
        "The head of Kursk Region spoke about storage. “Our elevators are full,” the Governor "
        "noted.",
        KREMLIN,
        {"We finished": "person_ivan_sokolov", "Our elevators": "person_pavel_orlov"},
        # a bare title stands for the holder the qualified title before it named, not for
        # the last holder of that title in the list of participants
        id="a_bare_title_after_a_qualified_one_is_its_holder",
    ),
    pytest.param(
        "Vladimir Putin: Let me recall one conversation. In 1990 the envoy, Tom Reyes, told "
        "Ivan Sokolov in Geneva: “We will not move one step further.” He answered: “Then put "
        "it in writing.” Nobody did.",
        KREMLIN,
        {"We will not move": "person_tom_reyes", "Then put it": "person_ivan_sokolov"},
        # a reply after words told to someone by name is the one told, not the teller
        id="a_reply_to_words_told_to_someone_is_theirs",
    ),
    pytest.param(
        "Vladimir Putin: Good afternoon. Olga Reznik: When we opened the farm, the head of one "
        "village told me: “Nobody will come back here.” When I told my father that I was "
        "leaving Moscow, he said: “You will be back in a month.” When we asked our colleagues "
        "in Germany why the gas deal stalled, they told us: “It is not up to us.” My dear "
        "brother, the President of Arcadia, said to me: “Our doors are open.”",
        KREMLIN,
        {
            "Nobody will come": None,
            "You will be back": None,
            "It is not up to us": "country_deu",
        },
        # the same unnamed subjects where the speaker phrase is read before the verb; a
        # group named with its country speaks for it
        id="a_described_subject_read_as_the_speaker_phrase",
    ),
    pytest.param(
        "Vladimir Putin: Please go ahead. Olga Reznik: My question is about grain exports. "
        "Last autumn our chief agronomist, Pavel Orlov, did the sums for the new season. "
        "“With this duty every hectare brings a loss.” I checked it myself. Our first "
        "partner was a milkmaid, Nina Petrova. When we came to her village, she laughed at "
        "us. “You city people will run off by winter.” Now she teaches the young ones.",
        KREMLIN,
        {
            "With this duty": "person_pavel_orlov",
            "You city people": "person_nina_petrova",
        },
        # in a turn, words standing alone after a sentence about someone else are theirs
        id="a_quote_alone_after_a_sentence_about_someone_in_a_turn",
    ),
    pytest.param(
        "Vladimir Putin: Thank you, Ms Reznik. The decree I signed in March says: “A large "
        "family is one with three children or more.” The Code of Conduct, which our largest "
        "employers have signed, states: “No worker may be dismissed for caring for a child.” "
        "Today we signed a declaration on partnership with Arcadia. It says that the parties "
        "“will widen trade in national currencies.” The final declaration of the NATO summit "
        "reads: “The Alliance will respond.”",
        KREMLIN,
        {
            "A large family": None,
            "No worker may": None,
            "will widen trade": None,
            "The Alliance will": "org_nato",
        },
        # a text quoted for its wording is no one's speech, however long the clause about
        # it; a body's own declaration speaks for it
        id="a_document_quoted_for_its_wording",
    ),
    pytest.param(
        "Vladimir Putin: The door is not closed. Instead, in Europe these days they like to "
        "repeat: “There is no other way.” Observers in Asia say the plan is “bound to "
        "fail.” Politicians in the Baltic states and Poland claim that “the troops are "
        "massing.”",
        KREMLIN,
        {"There is no other": None, "bound to fail": None, "the troops are": None},
        # people at large in a place, and groups of them, are nobody; the place is not
        # the speaker
        id="people_at_large_in_a_place",
    ),
    pytest.param(
        "Vladimir Putin held a meeting with Governor of Tambov Region Ivan Sokolov. The "
        "Governor also passed on a letter from a group of residents of Kirsanov: “Please "
        "help us keep our old cinema.” At the end, the Governor handed the President a letter "
        "from the pupils of School No. 3. “We want a swimming pool,” the letter reads.",
        KREMLIN,
        {"Please help us": None, "We want a swimming": None},
        # a letter from people described and not named is theirs, not its bearer's
        id="a_letter_from_people_not_named",
    ),
    pytest.param(
        "Vladimir Putin: Friends, many of you became doctors and teachers after your service. "
        "Hero of Russia Lyudmila Sergeyeva, a military doctor, wrote to me this autumn: “Our "
        "hospital became a front line.” I fully agree with her.",
        KREMLIN,
        {"Our hospital": "Lyudmila Sergeyeva"},
        # a country in an honorary title before a name is not the speaker
        id="a_country_in_a_title_before_a_name",
    ),
    pytest.param(
        "President of China Xi Jinping (retranslated): Dear friends, in 1989 Mikhail "
        "Gorbachev came to Beijing and opened a new page. My Russian colleague said during "
        "the talks: “Our trade will keep growing.”",
        KREMLIN,
        {"Our trade will": "person_vladimir_putin"},
        # "my Russian colleague" is the counterpart of the one speaking, not of a figure of
        # history the speech named last
        id="my_colleague_is_the_speakers_counterpart",
    ),
    pytest.param(
        "Vladimir Putin visited the tractor plant. Lathe operator Pavel Orlov, who has worked "
        "there for 30 years, said that many young people had joined. The President asked how "
        "they were trained. “Each of them gets a mentor,” the worker said.",
        KREMLIN,
        {"Each of them": "person_pavel_orlov"},
        # a description answering a question is the one asked, not the asker
        id="a_description_answering_a_question_is_not_the_asker",
    ),
    pytest.param(
        "Vladimir Putin held talks with President of Arcadia Ann Vale. Members of the "
        "Arcadian business delegation, who met with Rosatom on the same day, spoke in favour "
        "of trade in national currencies. “It must become routine,” they said.",
        KREMLIN,
        {"It must become": None},
        # "they" for some members of a group, named nowhere, is not the body their clause
        # names
        id="they_for_members_of_a_group",
    ),
    pytest.param(
        "Vladimir Putin sent a message of condolences to President of Arcadia Ann Vale. "
        "“Please accept my sympathy,” the message says. A similar message was sent to the "
        "President of Syria. “We share your grief,” it says.",
        KREMLIN,
        {"We share your grief": "person_vladimir_putin"},
        # "it says" after a sentence about a message is its sender's words
        id="it_says_after_a_message",
    ),
    pytest.param(
        "India's Ministry of External Affairs thanked Arcadia for its help. “We value this "
        "solidarity,” the ministry said. The Ministry of Foreign Affairs of Kazakhstan also "
        "responded. “We welcome the talks,” the ministry said.",
        KREMLIN,
        {
            "We value": "org_indian_foreign_ministry",
            "We welcome": "org_ministry_of_foreign_affairs_of_kazakhstan",
        },
        # "the ministry" is the body named before whose name holds the noun, however its
        # name goes on after it
        id="the_ministry_is_the_body_whose_name_holds_the_word",
    ),
    pytest.param(
        "Vladimir Putin met with Director General of the Northern Shipyard Ivan Sokolov. The "
        "President asked about the order book. “It is full until 2030,” the Director General "
        "replied.",
        KREMLIN,
        {"It is full": "person_ivan_sokolov"},
        # a title with its rank after it ("Director General") is a title alone too
        id="the_director_general_is_the_one_named_with_that_title",
    ),
    pytest.param(
        "Vladimir Putin talked with the President of Brazil by telephone. The Brazilian "
        "Presidency published its own account of the call. “The two leaders agreed to stay "
        "in touch,” the statement read.",
        KREMLIN,
        {"The two leaders": "org_brazilian_presidency"},
        # a statement "reads" its words: the body that published it
        id="the_statement_read_after_a_quote",
    ),
    pytest.param(
        "Vladimir Putin sent a message of condolences to President of Arcadia Ann Vale. The "
        "message reads, in part: “I share your grief.” Dmitry Peskov, answering questions "
        "from journalists, said Russian rescuers were ready to help.",
        KREMLIN,
        {"I share your grief": "person_vladimir_putin"},
        # the quote closed its sentence: "Peskov … said" reports a clause of its own
        id="a_closed_quote_takes_no_attribution_from_the_next_sentence",
    ),
    pytest.param(
        SPEECH + "Ilya Petrov and Maxim Yeremin went to Mariupol last summer. Ilya stayed for "
        "two weeks; Maxim stayed for the whole summer. I asked him why. He said: “You cannot "
        "leave halfway.”",
        KREMLIN,
        {"You cannot": "person_maxim_yeremin"},
        # "he" after two clauses joined by a semicolon is the subject of the last one
        id="he_after_a_semicolon_is_the_last_clause_s_subject",
    ),
    pytest.param(
        "Yuri Ushakov briefed journalists on the call. Ushakov said Vladimir Putin had told "
        "his counterpart: “Do not shift the blame onto Russia.”",
        KREMLIN,
        {"Do not shift": "person_vladimir_putin"},
        # the one whose telling the quote gives, not the aide who reports it
        id="one_who_said_another_had_told",
    ),
    pytest.param(
        SPEECH + "Last year the European Parliament adopted a resolution on our country. The "
        "resolution of the European Parliament reads: “No further steps may be taken.” The "
        "Constitution says: “The state protects the family.”",
        KREMLIN,
        {"No further steps": "org_european_parliament", "The state protects": None},
        # a text quoted for its wording is its adopting body's when the body is named with
        # it; a constitution quoted alone is no one's words
        id="a_resolution_of_a_named_body",
    ),
    pytest.param(
        SPEECH + "Confucius taught: “Seek harmony, not sameness.” And, as Field Marshal Kutuzov "
        "liked to repeat, “Patience and time will do everything.”",
        KREMLIN,
        {"Seek harmony": "Confucius", "Patience and time": "Kutuzov"},
        # a teacher's words and a habit of repeating are speech
        id="taught_and_liked_to_repeat",
    ),
    pytest.param(
        "“Everything has been prepared with our hosts,” Yuri Ushakov said. “I will not "
        "comment further.” The Mongolian Foreign Ministry also commented on the visit.",
        KREMLIN,
        {"I will not comment": "person_yuri_ushakov"},
        # "commented on the visit" after the closed quote has a topic of its own
        id="a_verb_with_a_topic_after_a_closed_quote",
    ),
    pytest.param(
        "“Growth needs workers,” Maxim Oreshkin said. President of the Russian Union of "
        "Industrialists and Entrepreneurs Alexander Shokhin thanked the President for his "
        "attention. He noted that the Union had prepared proposals. “We are ready to share "
        "the responsibility,” he said.",
        KREMLIN,
        {"We are ready": "person_alexander_shokhin"},
        # the "and" of a body's name coordinates no object with the name after it
        id="and_inside_a_body_s_name_before_a_person",
    ),
    pytest.param(
        "The school's headmistress, Nadezhda Sokolova, showed the President the new gym. In "
        "the chemistry room he talked with Vera Antonova, who has taught there for forty "
        "years. The veteran teacher explained why she stays: “Who else will teach them?” "
        "Vladimir Putin asked the headmistress how many vacancies the school had. She said "
        "there were two: “We have been looking for a year.”",
        KREMLIN,
        {"We have been looking": "person_nadezhda_sokolova"},
        # "the headmistress" is the one the text named with that word, set off by commas
        id="the_one_asked_is_named_by_the_word_that_introduced_her",
    ),
    pytest.param(
        SPEECH + "Colonel Sergei Lapin is with us today. Before this meeting, he told me: “I "
        "am not a hero.” His commander wrote in the recommendation for the award: “He led "
        "the assault group himself.” Olga Nikitina came with her husband, Alexei Nikitin. "
        "“We ask for a bus that runs on time,” she said. Her husband added: “Nobody here has "
        "heard of the certificate.” My own first teacher used to tell us: “Read every book "
        "to the end.” Anna Belyayeva still remembers the foreman's words on her first day: "
        "“Every part you turn counts.”",
        KREMLIN,
        {
            "He led the": None,
            "Nobody here": "person_alexei_nikitin",
            "Read every": None,
            "Every part": None,
        },
        # someone of a person's circle speaks: the one the text named with that tie, else
        # an unnamed individual, not the person named last
        id="someone_of_a_person_s_circle",
    ),
    pytest.param(
        "Vladimir Putin: We are ready for your questions.\nQuestion: If I may, Mr President. "
        "Irina Lomova, Kommersant. When will the exercises end?\nVladimir Putin: Soon.",
        KREMLIN,
        {"If I may": "person_irina_lomova"},
        # a journalist introduces herself after asking leave to speak
        id="a_self_introduction_after_if_i_may",
    ),
    pytest.param(
        "Crowds gathered outside the party offices.\n\n“Today every voter can be proud.” The "
        "words came from Suresh Mehta, 45, a shopkeeper in the market.\n\nKim Sung-ho, 22, "
        "a history student, said police had stopped him.\n\n“They pulled us off the bus,” "
        "Kim said.",
        "https://wire.example/1",
        {"Today every voter": "person_suresh_mehta", "They pulled us": "person_kim_sung_ho"},
        # a name with an age set off by commas is a person's; the words came from them
        id="names_with_an_age_and_words_that_came_from_someone",
    ),
    pytest.param(
        "The Yugoslav army said in a statement that its air defences were intact.\n\n“Our "
        "units are fully operational,” the army said.\n\nThe Cuban government said the boy "
        "would return.\n\n“The struggle goes on,” a government statement said.\n\nTurkey’s "
        "foreign ministry condemned the protest.\n\n“This act is unacceptable,” the "
        "ministry said.",
        "https://wire.example/1",
        {
            "Our units": "Yugoslav army",
            "The struggle": "Cuban government",
            "This act": "Turkish foreign ministry",
        },
        # a body called by its noun is the one the text named with a country's adjective or
        # possessive before (the possessive as the adjective)
        id="bodies_named_with_a_country_then_by_their_noun",
    ),
    pytest.param(
        "Council voted on the tower on Tuesday. Cr Joanne Pratt voted against it.\n\n“This "
        "is double the height we were promised,” Cr Pratt said.\n\nFranklin County Judge "
        "Karen Holloway sentenced Weeks to 14 years. Assistant Prosecutor Michael Tran had "
        "asked for 18.\n\n“A bullet does not care what you meant,” said the judge.",
        "https://wire.example/1",
        {"This is double": "person_joanne_pratt", "A bullet does not": "person_karen_holloway"},
        # "Cr" is a councillor's title; "the judge" is the one named with that title
        id="a_councillor_s_title_and_the_judge",
    ),
    pytest.param(
        "A spokesperson for NHS England in the North West said: “Winter is always hard.”\n\n"
        "Stockholm police had granted a permit for the protest.\n\n“Our task is safety,” "
        "police said in a statement.\n\nThe Coast Guard Command said it had warned the "
        "Arcadian vessels.\n\n“The other side ignored our warnings,” it said.",
        "https://wire.example/1",
        {
            "Winter is always": "A spokesperson for NHS England in the North West",
            "Our task is safety": "Stockholm police",
            "The other side": "org_coast_guard_command",
        },
        # an unnamed spokesperson is kept as written, no place's name; "police said" the
        # force the text named;
        # "it said" the body the sentence before is about
        id="an_unnamed_spokesperson_the_police_and_it",
    ),
    pytest.param(
        "Russia’s foreign ministry said in a statement that it had notified the U.N. "
        "Secretariat of its objection. The World Food Programme warned of higher prices.\n\n"
        "“Moscow will return to the deal when its terms are met,” the statement read.",
        "https://wire.example/1",
        {"Moscow will return": "org_russian_foreign_ministry"},
        # the statement is the issuer's, not the body named since
        id="the_statement_read_is_its_issuer_s",
    ),
    pytest.param(
        "Foreign Minister Shah Mahmood Qureshi said Pakistan wanted peace.\n\nSenator "
        "Nasreen Qureshi said parliament had not been consulted.\n\n“The government "
        "deserves credit,” she said.",
        "https://wire.example/1",
        {"The government": "person_nasreen_qureshi"},
        # a known surname after another given name is someone else
        id="a_known_surname_after_another_given_name",
    ),
    pytest.param(
        "Opposition politicians accused the government of misleading the public. Senator "
        "Hector Ramirez of the leftist Party of the Democratic Revolution called the "
        "devaluation “a betrayal of every voter.”",
        "https://wire.example/1",
        {"a betrayal": "person_hector_ramirez"},
        # the member named before "of", not the party after it
        id="a_member_of_a_party_calls_something",
    ),
    pytest.param(
        "Thandeka Mkhize was asleep when the wall gave way. She, her grandmother and her "
        "cousin climbed out through the kitchen window. Their neighbour, Nomvula Dlamini, "
        "has not been seen since.\n\n“We were shouting for Nomvula until it was light,” "
        "she said.",
        "https://news.example/1",
        {"We were shouting": "Thandeka Mkhize"},
        # the person the quote calls by name is not the one who speaks it
        id="she_said_is_not_the_one_the_quote_names",
    ),
    pytest.param(
        "Priyanka Sharma had ten minutes to decide what to carry. When the water reached her "
        "step, she woke her daughters and knocked on the door of her neighbour Sunita Devi."
        "\n\n“I told the girls to take only their school bags,” she said.",
        "https://news.example/1",
        {"I told the girls": "Priyanka Sharma"},
        # a sentence whose subject is "she" after a clause of time names others as objects
        id="she_after_a_clause_of_time_is_the_subject",
    ),
    pytest.param(
        "Lerato Mokoena was asleep when the wall of her aunt's house gave way.\n\nShe, her "
        "aunt, Nandi Zulu, 70, and a cousin climbed out through a window. Their neighbour, "
        "Precious Khumalo, has not been seen since.\n\n“We were calling for Precious all "
        "night,” she said.",
        "https://news.example/1",
        {"We were calling": "Lerato Mokoena"},
        # a sentence opened by "She" goes on about the one "she" stood for before; the aunt
        # named with her is no subject, the neighbour is brought in by a tie to "their"
        id="she_opening_a_sentence_keeps_the_one_she_stands_for",
    ),
    pytest.param(
        "Amina Yusuf went from one shop to another with a list of books.\n\nHer cousin, "
        "Halima Musa, whose son is in the same class, had more luck in Kano.\n\n“Without her "
        "I would still be walking the streets,” she said.\n\nTomasz Nowak, an estate agent, "
        "said he had seen landlords selling. One of his clients, Piotr Zielinski, owns two "
        "flats.\n\n“Every week someone asks me how to sell,” he said.",
        "https://news.example/1",
        {"Without her": "person_amina_yusuf", "Every week": "person_tomasz_nowak"},
        # someone brought in by a tie to her or him ("Her cousin, …", "One of his clients,
        # …") does not take the pronoun over
        id="a_person_introduced_by_a_tie_to_the_pronouns_owner",
    ),
    pytest.param(
        "Ana Costa's landlord sent her a message in May. She shares the flat with Beatriz "
        "Lima, a student.\n\n“I showed him the contract,” she said.\n\nHis spokesman, Tom "
        "Reyes, said the talks would go on. “We will meet again,” he said.",
        "https://news.example/1",
        {"I showed him": "Ana Costa", "We will meet": "person_tom_reyes"},
        # the owner's name without its possessive; one brought in by a tie who speaks there
        # is the subject
        id="a_possessive_owner_and_a_tied_person_who_speaks",
    ),
    pytest.param(
        "Folake Adebayo started the bakery in her kitchen in 2019.\n\n“The first year I made "
        "more mistakes than cakes.”\n\nHer younger sister, Bisi Adebayo, left her job to run "
        "the finances. She said the expansion had been planned carefully.\n\n“Folake is the "
        "dreamer. I am the one who says no,” she said.",
        "https://news.example/1",
        {"The first year": "Folake Adebayo", "Folake is the": "person_bisi_adebayo"},
        # "She" opening the sentence right after the tied person is hers, and so is the
        # pronoun of the quote after it
        id="a_tied_person_taken_up_by_the_next_sentences_she",
    ),
    pytest.param(
        "Cr Ann Vale said the tower would bring housing, while Cr Tom Reyes, who chairs the "
        "planning committee, said officers had recommended approval.\n\n“Our own experts "
        "looked at this for months,” he said.\n\nSam Okonkwo and Ben Lindqvist both said "
        "clinics would open. Lindqvist’s department will also run clinics at libraries.\n\n"
        "“We will be wherever people are,” he said.\n\nA Turkish official, who asked not to "
        "be named, told reporters the visit by Defence Minister Dan Cole had lost its "
        "meaning.\n\n“There is no point now,” he said.",
        "https://news.example/1",
        {
            "Our own experts": "person_tom_reyes",
            "We will be": "person_ben_lindqvist",
            "There is no point": None,
        },
        # the subject of the clause "while" opens, an apposition after him; the owner of
        # a sentence's subject no one else is named in; an unnamed official who told
        # reporters, not the minister his words were about
        id="a_while_clause_an_owner_as_subject_and_an_unnamed_official",
    ),
    pytest.param(
        "For three days Máiréad Fallon has walked the ditch at the bottom of her farm.\n\n"
        "Her husband, Declan, has moved the cattle. Their son, Cian, has been kept home.\n\n"
        "“You just watch the water,” Ms Fallon said.\n\nDeclan Fallon said the family had "
        "lost 20 acres since Storm Desmond swept through. He said he had “seen nothing "
        "like it”.\n\nCian said he did not mind missing school.\n\n“Half my class are doing "
        "the same,” he said.",
        "https://news.example/1",
        {
            "You just watch": "person_mairead_fallon",
            "seen nothing like": "person_declan_fallon",
            "Half my class": "Cian",
        },
        # "Ms Fallon" is no man of the family; a named storm is nobody; "He said he had
        # “…”" is whom "he" stands for; a child called by one name after a tie is a person
        id="an_honorific_s_gender_a_storm_and_a_child_s_one_name",
    ),
    pytest.param(
        "Last autumn I received a letter from Guzel Khabibullina, a mother of five. Her "
        "husband works at a plant, and their eldest son, Timur, is a student. She wrote: “We "
        "are not asking for anything special.”",
        "http://en.kremlin.ru/events/president/transcripts/1",
        {"We are not asking": "Guzel Khabibullina"},
        # a son is no "she", whatever his name tells
        id="a_family_tie_tells_the_gender_of_a_name",
    ),
    pytest.param(
        "Defence solicitor Ann Vale said her client was ashamed.\n\nJudge Colm Ó Floinn said "
        "he had read the letter.\n\n“It is a decent letter,” he said.\n\nSíle Ní Bhriain "
        "has run the school for 40 years. “It is a happy noise,” Ms Ní Bhriain said.",
        "https://news.example/1",
        {"It is a decent": "person_colm_o_floinn", "It is a happy": "person_sile_ni_bhriain"},
        # Irish surnames open with a particle in capitals ("Ó", "Ní"); the surname after an
        # honorific is the name written in full with it
        id="irish_surnames_with_a_particle",
    ),
    pytest.param(
        "Siti Rahayu went back on Tuesday to the place where her house stood.\n\n“I wanted "
        "to find the photographs,” she said.\n\nAgus Budiman, a volunteer, had been digging "
        "for two days.\n\nSiti said she had stopped looking after an hour.\n\n“If they are "
        "gone, they are gone.”\n\nGülşen Arslan rents a flat in Kadıköy. Doğan, her "
        "neighbour's son, works abroad.\n\nArslan said she was thinking of moving.\n\n“Rent "
        "is half my salary.”",
        "https://news.example/1",
        {
            "If they are gone": "person_siti_rahayu",
            "Rent is half": "person_gulsen_arslan",
        },
        # a given name alone opening a sentence is the name written in full with it; names
        # with letters beyond a to z are names
        id="a_given_name_opening_a_sentence_and_accented_names",
    ),
]


@pytest.mark.parametrize(("body", "article_id", "speakers"), _CONTEXT_CASES)
def test_each_quote_has_the_speaker_its_context_gives(matcher, body, article_id, speakers):
    rows = _speakers(matcher, body, article_id)
    found = {}
    for opening in speakers:
        actor_id, speaker_text, _ = _quoted(rows, opening)
        # words of nobody in particular have neither an actor nor a speaker's text (a text
        # with no actor is shown as written)
        found[opening] = actor_id or speaker_text
    assert found == speakers


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        ("Congratulations to Ann Vale on her election as President of Arcadia", _PUTIN),
        ("Condolences to the people of Arcadia", _PUTIN),
        # no message announced: a quotation nobody is said to have spoken stays unattributed
        ("Meeting with Ann Vale", None),
    ],
)
def test_a_release_that_is_its_message_quoted_is_the_sender_s(matcher, title, speaker):
    body = (
        "“Please accept my sincere congratulations on your victory. I am confident that your "
        "work will serve the friendship of our peoples.” People in Arcadia like to repeat: "
        "“The river gives and the river takes.”"
    )
    rows = context_speakers(matcher, body, KREMLIN, title=title)
    assert [row[0] for row in rows if row[2].startswith("Please accept")] == [speaker]
    # a quotation further on is not the message: people at large are nobody
    assert [row[:2] for row in rows if row[2].startswith("The river")] == [(None, None)]


def test_a_title_in_capitals_without_a_speech_verb_is_no_quote(matcher):
    body = "Ivan Sokolov is back. “Absolutely,” he said. The film “Northern Lights” opens soon."
    assert [row[2] for row in _speakers(matcher, body, "https://wire.example/1")] == ["Absolutely"]
    body = "Ivan Sokolov is back. “Absolutely,” said Tom Reyes, the chairman."
    assert [row[2] for row in _speakers(matcher, body, "https://wire.example/1")] == ["Absolutely"]
