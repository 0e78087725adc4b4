"""CAMEO events from the dependency parse of one sentence.

A trigger is a word whose lemma heads a pattern of the `event_verb_patterns` seed and whose
clause holds the pattern's words ("expressed condolences to" -> 018). From the parse:

- **source**: the subject (`nsubj`), or for a passive the agent ("was attacked by X"); a
  verb without its own subject takes its governor's ("agreed to maintain": the one who
  agreed; "met and discussed": the one who met; "Kiev, which refuses": Kiev). A nominal
  trigger takes its possessor or modifier ("Russia's talks", "Ethiopian shelling") or the
  subject of the verb it is the object of ("held talks with").
- **target**: the object (`dobj`, `dative`), else the object of a preposition of the
  trigger or of its object ("talks with X", "condolences to X"), else the country of the
  place where it happened ("will meet in Zurich"); a passive's subject.
- **coordination**: every conjunct of a source or target is one more event ("Chile and
  Peru are seeking ..." is two); parties coordinated as sources of cooperation (03-06)
  without a target act toward each other.
- **complements**: the clause a reporting verb ("said", "noted") reports is coded on its
  own, its pronouns being the speaker ("Norway announced it would release the crew"), and
  the saying is then no event (`_without_said_content`); a statement whose content blames
  someone ("noted Kiev's destructive policy") criticizes them (`_with_censures`, 111); what
  a statement reports as fact is coded too ("briefed him on his talks with X"). An intent
  verb or noun with an infinitive ("agreed to meet", "expressed readiness to help") codes
  the intent to do that act (036, 033); "pledged to expel" codes the expulsion; "urged X
  to act" only the appeal; "I would like to thank" the thanks; "claimed that X attacked
  Y" is an accusation of X (112), and what it alleges is not coded as fact; "warned that
  ... if Y ..." is a threat against Y. Statement verbs share the stance patterns of
  "express" ("reaffirmed its commitment"). Content that credits someone ("highlighted the
  Red Army's contribution") praises them (051); stressing the importance of an act
  appeals to whoever it names (020), or, said by both parties, commits them (030).
- **speech as an act**: in a quote or a transcript turn, the speaker's own words of
  censure or credit criticize or praise (`_speakers_evaluations`); what a message's writer
  holds ("my condolences", "words of sympathy") is the writer's, addressed to the other
  party; "grateful to you" praises; "Thank you." alone is a formula, "I would like to
  thank you" a thanks; receiving or welcoming a guest, or being glad to, is hosting (043)
  and the guest's visit (042).
- **talks of two parties**: in an account of two parties' talks, agentless discussions
  ("the situation in Libya was also discussed"), talks named as a subject ("the discussion
  covered ..."), agentless signings and "we" keeping contact are theirs, with each other.
  The publisher's head of state is a party when the title names only the counterpart;
  sanctions naming no target, in such a publisher's release, are against its country.
- **no event**: negated ("did not attack"; a refused cooperation is a rejection, 12x),
  conditional ("if", "could", "might"), questioned, an adjective ("the proposed plan"), a
  participle or infinitive modifying a noun ("the concern expressed by X", "the operation
  to defend"), a statement to no one, a PETRARCH verb's bare default with no actor on the
  other end.
- **references**: a pronoun or a collective ("the two leaders", "the parties", "both
  sides") resolves through `Context`: the subject of the verb reporting the clause, "I"
  and "we" inside a quote its speaker, "you" the other party, the person named
  first in the nearest earlier sentence naming one, the article's two principal parties
  ("they" only in an account of their talks).
  In such an account a party's statement, appeal or praise without an addressee goes to
  the other (`_other_party`), "his counterpart" is the other, "It was agreed" both.

Each event carries how it was found (`explanation`): the pattern and the parse path of its
source and target, so a warehouse user can see why a sentence was coded as it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from pipelines.nlp.syntax import ParsedToken
from pipelines.nlp.verb_patterns import Slot, VerbPattern, VerbPatterns

REPORT, TARGET_SOURCE, BETWEEN, HOLDER, IGNORE, ASK, WARN = (
    "report",
    "reverse",
    "between",
    "holder",
    "ignore",
    "ask",
    "warn",
)
SOURCE_ONLY = "source_only"
# Every `kind` the seed may give a pattern ("" for none).
KINDS = ("", REPORT, TARGET_SOURCE, BETWEEN, HOLDER, IGNORE, ASK, WARN)

# Dependencies that open another clause: a trigger's pattern words are not looked for there.
_CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "parataxis", "csubj", "acl", "conj", "punct", "cc"}
# What a noun phrase is made of, for finding the actor it names.
_NP_DEPS = {"compound", "amod", "poss", "appos", "nmod", "npadvmod", "flat", "nummod", "det"}
_SUBJECT_DEPS = ("nsubj", "csubj", "expl")
_PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")
# Prepositions whose object can be the target, in order of preference.
_TARGET_PREPS = (
    "with",
    "to",
    "against",
    "on",
    "at",
    "toward",
    "towards",
    "into",
    "for",
    "from",
    "over",
    "between",
    "upon",
    "onto",
)
_LOCATIVE_PREPS = {"in", "at", "near", "inside", "outside", "across"}
# Whose idea an act was: "at the request of", "on the initiative of", "at X's invitation".
_OCCASION_NOUNS = {"initiative", "request", "invitation", "suggestion", "behest", "proposal"}
_CONDITIONAL_MARKS = {"if", "unless", "whether"}
_HYPOTHETICAL_AUX = {"could", "might", "may", "should", "must", "can"}
# Auxiliaries of an act not yet done ("will meet with", "would make a trip to").
_NOT_YET_AUX = _HYPOTHETICAL_AUX | {"will", "shall", "would", "'ll", "wo"}
_NEGATORS = {"not", "n't", "never", "no", "neither", "nor"}
_REFUSAL_HEADS = {"refuse", "decline", "reject", "fail"}
# An infinitive after these asserts the act ("decided to impose", "is due to visit").
_ASSERTIVE_HEADS = {
    "decide",
    "begin",
    "start",
    "continue",
    "move",
    "proceed",
    "manage",
    "choose",
    "vote",
    "go",
    "prepare",
    "set",
    "resume",
    "use",
    "help",
    "schedule",
    "due",
    "expect",
    "slate",
    "poise",
}
# A wish or plan to cooperate is an intent to (033, 036, ...); to do anything else, no event.
_WISH_HEADS = {
    "want",
    "plan",
    "intend",
    "aim",
    "seek",
    "hope",
    "wish",
    "ready",
    "willing",
    "try",
    # adjectives of readiness: "Russia is prepared to supply" (the verb, "prepared to go", acts)
    "prepared",
    "eager",
    "keen",
    "determined",
}
_INTENT_ROOT = "03"
_PETRARCH = "petrarch2"
# A trigger noun after these is a circumstance of the clause, not what its verb acts on.
_CIRCUMSTANCE_PREPS = {"during", "following", "after", "since"}
# prepositions whose gerund is done by the governing verb's subject ("began by thanking")
_MANNER_PREPS = {"by", "after", "before", "upon", "while"}
# A meeting noun after these took place ("during the talks with X").
_MEETING_TIME_PREPS = _CIRCUMSTANCE_PREPS | {"at", "in"}
_PAST_WORDS = {"recent", "last", "latest", "previous", "earlier"}
_MET_CODES = {"040", "041"}
_CALL_CODE = "041"
# How many listed targets one trigger reaches ("delivered food to Lebanon, Tajikistan, ...,
# Cuba and Sudan"): lists of partners run past four; a cap keeps a runaway parse in check.
_MAX_LISTED = 8
# What one deserves that credits one (051).
_CREDIT_NOUNS = {"recognition", "respect", "credit", "gratitude", "praise", "admiration", "honour"}
# Acts a message addresses to people, and the unnamed people it may address.
_AUDIENCE_ROOTS = {"01", "02", "03", "04", "05", "07"}
# Sympathy and condolences (018).
_SYMPATHY_CODE = "018"
# Accord expressed (019); a speaker's agreement with someone endorses them (051), as the
# Kremlin gold codes "I agree with the President of France".
_ACCORD_CODE = "019"
_ENDORSE_CODE = "051"
# Mediation (045) and the intent to mediate (039).
_MEDIATE_CODE = "045"
_MEDIATION_INTENT = "039"
# Of those, a meeting or a cooperation: with people an audience noun names, none foreign.
_MEETING_AUDIENCE_ROOTS = {"03", "04"}
_FOREIGN_WORDS = {"international", "foreign", "overseas", "western", "european", "global"}
_AUDIENCE_NOUNS = {
    "winner",
    "medallist",
    "medalist",
    "champion",
    "laureate",
    "undergraduate",
    "professor",
    "participant",
    "finalist",
    "student",
    "graduate",
    "veteran",
    "doctor",
    "nurse",
    "teacher",
    "team",
    "athlete",
    "member",
    "staff",
    "employee",
    "worker",
    "colleague",
    "friend",
    "family",
    "citizen",
    "compatriot",
    "resident",
    "volunteer",
    "scientist",
    "researcher",
    "serviceman",
    "personnel",
    "organiser",
    "organizer",
    "guest",
    "teammate",
    "coach",
    "mentor",
    "parent",
    "child",
    "pupil",
    "practitioner",
    "specialist",
    "professional",
    "officer",
    "soldier",
    "cadet",
    "crew",
    "rescuer",
    "firefighter",
    "builder",
    "farmer",
    "miner",
    "journalist",
    "artist",
    "player",
    "fan",
    "all",
    "everyone",
    "everybody",
}
# What a statement may be made in, to its addressee.
_MESSAGE_NOUNS = {"message", "letter", "address", "telegram", "greeting", "greetings"}
# Texts someone issues or sends that say something of their own (`_subject`).
_ISSUING_VERBS = {
    "issue", "send", "adopt", "publish", "release", "sign", "pass", "approve", "make",
    "deliver", "address", "circulate", "submit", "present", "write", "post", "read", "draft",
}  # fmt: skip
_ISSUED_TEXTS = _MESSAGE_NOUNS | {"statement", "declaration", "communique", "resolution", "note"}
# Aid one may be thanked for (070; humanitarian aid, evacuation and relief, 073).
_AID_NOUNS = {"aid", "assistance", "help"}
# Verbs that are aid themselves, whatever act they help with.
_AID_VERBS = {"help", "assist"}
_HUMANITARIAN_WORDS = {"humanitarian", "evacuate", "evacuation", "relief", "medical", "vaccine"}
_RELATIVES = {"which", "who", "that"}
# Bodies and people of one side: "our ministries" are the speaker's country's.
_SIDE_NOUNS = {
    "ministry",
    "government",
    "agency",
    "department",
    "service",
    "delegation",
    "expert",
    "diplomat",
    "military",
    "country",
    "state",
    "colleague",
}
# What one's side does, doing it ("our efforts helped the Syrian government").
_OWN_EFFORT_NOUNS = _AID_NOUNS | {"effort", "support", "contribution", "work"}
# Saying one is for talks between two others urges them to meet (026).
_ADVOCACY_VERBS = {"support", "advocate", "urge", "call", "propose", "suggest", "speak", "back"}
_TALK_NOUNS = {"talk", "contact", "dialogue", "negotiation", "consultation", "meeting"}
# Talks one may declare oneself ready for ("readiness for dialogue with Kiev").
_DIALOGUE_NOUNS = {"dialogue", "talk", "negotiation", "contact", "consultation"}
# Cooperation one may commit to keep up, and the words that keep it up (030, 036).
_COOPERATION_NOUNS = {
    "cooperation",
    "interaction",
    "coordination",
    "partnership",
    "collaboration",
    "dialogue",
    "contact",
    "consultation",
}
# Cooperation named by a verb ("continuing to coordinate efforts").
_COOPERATION_VERBS = {"cooperate", "coordinate", "interact", "collaborate"}
# Cooperation that is a meeting: keeping it up is an intent to meet (036).
_MEETING_NOUNS = _TALK_NOUNS & _COOPERATION_NOUNS
_CONTINUATION_WORDS = {
    "continue",
    "continued",
    "continuing",
    "continuation",
    "develop",
    "developing",
    "development",
    "further",
    "expand",
    "expanding",
    "expansion",
    "strengthen",
    "strengthening",
    "deepen",
    "deepening",
    "promote",
    "promoting",
    "boost",
    "enhance",
    "intensify",
}
# A pattern whose only slot after its head is "with" ("meeting with").
_WITH = ((("with",),),)
_PARTNER_PREPS = {"with", "to", "against", "on", "between", "toward", "towards"}
_PERFORMATIVE_HEADS = {"like", "want", "wish"}
# "take this opportunity to thank": an act said by seizing the occasion for it.
_SEIZING_VERBS = {"take", "use", "seize"}
_OPPORTUNITY_NOUNS = {"opportunity", "occasion", "chance"}
# The verb whose stance-noun patterns any statement verb shares ("reaffirmed readiness").
_STANCE_VERB = "express"
_STATEMENT_VERBS = {
    "express",
    "reaffirm",
    "confirm",
    "reiterate",
    "underline",
    "underscore",
    "emphasise",
    "emphasize",
    "stress",
    "note",
    "voice",
    "declare",
    "state",
    "indicate",
    "signal",
    "convey",
    "show",
    "demonstrate",
}
INTENT_CODES = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
_COMMITMENT_HEADS = {"pledge", "promise", "vow", "agree", "undertake", "commit"}
REFUSAL_CODES = {
    "02": "120",
    "03": "120",
    "04": "125",
    "05": "120",
    "06": "121",
    "07": "121",
    "08": "124",
}
# The threat (13x) of a conflictual act warned of, by the act's root.
_THREAT_CODES = {"16": "1312", "17": "137", "15": "138", "18": "138", "19": "138", "20": "138"}
# Consultations and negotiations are mutual: "X talked with Y" is also Y talking with X.
MUTUAL_CODES = {"046"}
_NEEDS_TARGET_ROOTS = {"04", "06"}
# Verbal acts (statements, appeals, intents, praise, demands, disapproval, rejections): in
# an account of two people's talks, addressed to the other when no addressee is named.
_ADDRESSED_ROOTS = {"01", "02", "03", "05", "10", "11", "12"}
_PATTERN_DEPTH = 3
# Parties named together as the subject of cooperation act toward each other ("Chile and
# Peru agreed to ...", "the two leaders praised ..."); of a statement, an appeal, aid or
# force, not ("Norway and Qatar pledged funds", "A and B attacked C").
_MUTUAL_ROOTS = {"03", "04", "05", "06"}

_PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
_SPEAKER_PRONOUNS = {"i", "me", "my", "we", "us", "our"}
_ADDRESSEE_PRONOUNS = {"you", "your"}
_GROUP_PRONOUNS = {"they", "them", "their", "both"}
_IT_PRONOUNS = {"it", "its"}
# Nouns that, with "the", "both", "two" or "their", name the article's parties together.
_COLLECTIVE_NOUNS = {
    "leader",
    "president",
    "party",
    "side",
    "head",
    "minister",
    "country",
    "nation",
    "state",
    "delegation",
    "counterpart",
    "participant",
}
# Participles that give a statement's topic before it ("Speaking about …, he said").
_TOPIC_PARTICIPLES = {"speak", "talk", "comment", "refer", "touch"}
# Statement verbs beside the seed's reporting verbs whose content may censure someone.
_CITING_VERBS = {"point", "cite", "mention", "comment", "describe", "draw"}
# Words of censure: a statement whose content holds one about an actor criticizes it (111).
_CENSURE_WORDS = {
    "violation",
    "violate",
    "crime",
    "criminal",
    "aggression",
    "aggressive",
    "provocation",
    "provocative",
    "destructive",
    "destabilise",
    "destabilize",
    "destabilising",
    "destabilizing",
    "atrocity",
    "sabotage",
    "ignore",
    "hostile",
    "illegal",
    "illegitimate",
    "unlawful",
    "unacceptable",
    "lie",
    "irresponsible",
    "genocide",
    "discrimination",
    "discriminatory",
    "neglect",
    "evade",
    "inhumane",
    "cynical",
    "cynicism",
    "cruelty",
    "brutal",
    "barbaric",
    "reckless",
    "refuse",
    "obstruct",
    "undermine",
    "blackmail",
    "interference",
    "meddling",
    "terrorist",
    "neo-nazi",
    "mistake",
    "selfish",
    "short-sighted",
    "counterproductive",
    "barbarous",
    "hypocrisy",
    "hypocritical",
    "unfounded",
    "groundless",
    "propaganda",
    "russophobia",
    "inconsistency",
    "unwillingness",
    "failure",
    "blame",
    "regret",
    # breaking one's word: "had once again deviated from the agreements"
    "deviate",
    "deceive",
    "deception",
    "cheat",
    "betray",
    "betrayal",
    "renege",
    "backtrack",
    "mislead",
    # hostility, harm and bad faith said of another's conduct
    "unfriendly",
    "unjustified",
    "unjustifiable",
    "inadmissible",
    "unconstructive",
    "hysteria",
    "hysterical",
    "absurd",
    "dangerous",
    "dirty",
    "colonial",
    "neocolonial",
    "plunder",
    "theft",
    "fake",
    "staged",
    "disinformation",
    "slander",
    "baseless",
    "arrogance",
    "arrogant",
    "blatant",
    "outrageous",
    "shameful",
    "disgraceful",
    "deplorable",
    "persecute",
    "persecution",
    "racism",
    "racist",
    "russophobic",
    "xenophobia",
    "extremist",
    "coercion",
    "bullying",
    "arbitrary",
    "arbitrariness",
    "lawlessness",
    "irresponsibility",
    "wrong",
    "erroneous",
    "obstacle",
    "hinder",
    "impede",
    "hamper",
    "strangle",
    "pretext",
    "manipulate",
    "manipulation",
    "falsify",
    "falsification",
    "distort",
    "distortion",
    "glorify",
    "glorification",
    "hegemony",
    "exceptionalism",
    "diktat",
    # judgements of another's conduct as foolish, unjust or base ("calling the decision of
    # the Western countries stupid and harmful"); "gross" only as an adjective of conduct
    # is too common ("gross domestic product"), so it is left out
    "harmful",
    "stupid",
    "senseless",
    "pointless",
    "unfair",
    "unjust",
    "ridiculous",
    "irrational",
    "cruel",
    "inhuman",
    "predatory",
    "vile",
    "beastly",
    "flagrant",
    "insolent",
    "shameless",
    "treacherous",
    "perfidious",
}
# Words of credit: a statement whose content holds one about an actor praises it (051).
_PRAISE_WORDS = {
    "regard",
    "respect",
    "prestige",
    "grateful",
    "appreciate",
    "contribution",
    "achievement",
    "accomplishment",
    "success",
    "merit",
    "heroism",
    "courage",
    "bravery",
    "outstanding",
    "remarkable",
    "impressive",
    "invaluable",
    "selfless",
    "wisdom",
    "excellent",
    "tremendous",
    "deserve",
    "acclaim",
    "valour",
    "dedication",
    "professionalism",
}
# An effort made toward the act its purpose infinitive names ("doing everything possible to
# ensure", "took steps to protect"): the act is done, by the effort's subject.
_EFFORT_VERBS = {"do", "make", "take"}
_EFFORT_OBJECTS = {"everything", "all", "utmost", "best", "effort", "measure", "step"}
# Unconventional violence, assault, fights and mass violence: their object may be a place.
_FORCE_ROOTS = {"18", "19", "20"}
# The alias kind of unnamed groups ("servicemen", "police").
_SECTOR_KIND = "sector"
# Stances two parties state of each other when no one is said to (`_code_trigger`):
# intent to cooperate (03) and approval (05).
_SHARED_STANCE_ROOTS = {"03", "05"}
# What is presented or awarded (`_targets`): its country is the giver's, not the recipient's.
_AWARD_NOUNS = {"decoration", "award", "medal", "order", "star", "prize", "title"}
# Sanctions and other cuts of relations (16x) that name no target, in a release by a
# government they are imposed on, are against its country.
_SANCTION_ROOT = "16"
# Verbs that host a guest named as their object (043, and the guest's visit, 042).
_HOSTING_VERBS = {"receive", "welcome"}
# What one is glad to do is done as said ("I am glad to welcome you").
_PLEASURE_WORDS = {
    "glad", "pleased", "delighted", "happy", "pleasure", "honour", "honor", "gratifying",
}  # fmt: skip
# Politeness formulas ("Thank you."): ignored alone, coded when someone says them.
_FORMULA_VERBS = {"thank"}
# What one stresses the importance or the need of, one appeals for (020).
_IMPORTANCE_NOUNS = {"importance", "need", "necessity"}
# The statement verb whose pattern stressing an importance takes.
_STRESS_VERB = "stress"
# "The situation in Mali was also considered", "The issue of grain was raised": a topic
# taken up in talks, with no one said to take it up, is discussed (by the parties, when the
# account is of two parties' talks). "raise" only with a topic noun ("prices were raised").
_DISCUSS_VERB = "discuss"
# What a preposition after a topic discussed adds to it.
_TOPIC_PREPS = {"include", "including", "concern", "concerning", "regard", "regarding"}
_EMPHASIS_NOUNS = {"emphasis", "focus", "accent", "stress", "view"}
_TAKEN_UP_VERBS = {"consider", "examine", "address", "cover", "raise"}
_TOPIC_NOUNS = {
    "issue", "question", "matter", "topic", "subject", "situation", "problem", "concern",
    "theme", "aspect", "prospect", "agenda",
}  # fmt: skip
_COMMITMENT_CODE = "030"
# Threats (13x): what a threat's pattern names is threatened, not done.
_THREAT_ROOT = "13"
# What words of censure and of credit make of a statement, censure first.
_EVALUATIONS = (("111", _CENSURE_WORDS, "censure"), ("051", _PRAISE_WORDS, "praise"))
# Being so toward someone praises them (051).
_GRATEFUL_WORDS = {"grateful", "thankful", "satisfied"}
EVALUATION_WORDS = frozenset(_CENSURE_WORDS | _PRAISE_WORDS | _GRATEFUL_WORDS | {"gratifying"})
# Credit in a phrase of common words ("you have done a great deal"): such sentences are
# parsed too, though no trigger word marks them.
CREDIT_PHRASES = r"(?i)\b(?:done|did)\s+(?:so\s+|very\s+)?(?:much|a\s+lot|a\s+great\s+deal)\b"
# What two parties sign with each other (057), named as the subject of "was signed".
_SIGN_CODE = "057"
_DOCUMENT_NOUNS = {
    "agreement",
    "declaration",
    "statement",
    "memorandum",
    "treaty",
    "document",
    "protocol",
    "accord",
    "contract",
    "communique",
}
# The other party to whoever acts ("informed his French counterpart").
_COUNTERPART_NOUNS = {"counterpart", "interlocutor"}
# Nouns of one's relations: what a possessive before them names is not who they are.
_RELATIONAL_NOUNS = _COUNTERPART_NOUNS | {
    "partner", "ally", "colleague", "neighbour", "neighbor", "friend", "rival", "adversary",
    "opponent",
}  # fmt: skip
# Acts that stand with no one on the other end: symbolic acts (017: a wreath laid), and
# appeals, yielding, rejections, force and coercion, whose target may be people unnamed.
_SYMBOLIC_CODE = "017"
# Offers, support and aid: an object that only names the giver's own country is what is
# given ("offered the support of the French services"), not whom it goes to.
_OFFERING_ROOTS = {"03", "07"}
# Verbs whose reported clause is said not to have happened.
_DENYING_VERBS = {"deny", "dismiss", "refute", "rebut"}
# A denial ("Russia denied any involvement") stands alone: it answers no one in particular.
_DENIAL_CODE = "016"
_TARGETLESS_ROOTS = {"02", "08", "12", "14", "15", "16", "17", "18", "19", "20"}
# Talks named with their two sides before them ("the Russian-Ukrainian talks").
_NEGOTIATION_NOUNS = {"talk", "negotiation", "consultation"}
# Greetings an address may hold with no one named ("Congratulations on the holiday!").
_GREETING_NOUNS = {"congratulation", "greeting"}
# Participles that say who held a meeting ("talks held by ...").
_HOLDING_VERBS = {"hold", "conduct"}
_HAPPENING_VERBS = {"happen", "occur", "follow", "ensue"}
# verbs whose pattern is their object, which a passive puts first ("Opinions were exchanged")
_OBJECT_FIRST_VERBS = {"express", "exchange", "voice", "share"}
# what talks are said to cover ("the discussion focused on ...")
_COVERING_VERBS = {"focus", "cover", "centre", "center", "concentrate", "touch", "revolve"}
# appeals and demands: what their clause asks for is not done ("demanded that X withdraw")
_DEMANDING_ROOTS = {"02", "10"}
_DEMAND_VERBS = {"demand", "insist", "require"}
# what one party is told in a passive ("was briefed on ..."): by the other
_TELLING_VERBS = {"brief", "tell", "inform", "update", "notify", "assure", "acquaint"}
# Appeals made to someone named as the passive's subject ("The President of France was
# asked to be more active"): in an account of two parties' talks, the other party asked.
_ASKING_VERBS = {"ask", "urge", "request", "encourage", "invite"}
_AGREEING_VERBS = {"agree", "reach"}
# Offices one person holds, which name them in an account of their talks with the lead.
OFFICE_NOUNS = {
    "governor",
    "mayor",
    "head",
    "minister",
    "director",
    "chairman",
    "chairwoman",
    "chief",
    "prosecutor",
    "ombudsman",
    "commissioner",
    "rector",
    "ambassador",
    "premier",
}
_COLLECTIVE_DETERMINERS = {"the", "both", "two", "their", "all"}


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor named in the sentence: offsets within it, actor and type ('person', ...)."""

    start: int
    end: int
    actor_id: str
    actor_type: str = ""
    kind: str = ""  # the alias kind ("sector" for unnamed groups)
    country: str = ""  # the actor's three-letter country code, when known


@dataclass
class Context:
    """What a reference in the sentence can point to, from the article so far.

    `parties`: the article's two principal parties; `last_person`: the person named first
    in the nearest earlier sentence naming one; `quoted`: spans of the sentence inside a
    quote or a transcript turn, with its speaker (start, end, actor); `home`: the
    publisher's country."""

    parties: tuple[str, ...] = ()
    last_person: str | None = None
    quoted: tuple[tuple[int, int, str], ...] = ()
    parties_are_people: bool = False
    counterpart_named: bool = False
    # the publisher's country ("country_rus" for the Kremlin's releases), when known
    home: str | None = None


@dataclass(frozen=True, slots=True)
class CodedEvent:
    trigger_start: int
    trigger_end: int
    code: str
    source: str
    target: str | None
    explanation: str
    # character spans of the trigger's own clause, where a date governs the event
    scope: tuple[tuple[int, int], ...] = ()


@dataclass
class _Sentence:
    text: str
    tokens: tuple[ParsedToken, ...]
    mentions: list[Mention]
    context: Context
    children: list[list[int]] = field(default_factory=list)
    mention_at: list[Mention | None] = field(default_factory=list)
    # each token's children by dependency label (`kids` is called a million times a batch)
    children_by_dep: list[dict[str, list[int]]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.children = [[] for _ in self.tokens]
        self.children_by_dep = [{} for _ in self.tokens]
        for t in self.tokens:
            if t.head != t.i:
                self.children[t.head].append(t.i)
                self.children_by_dep[t.head].setdefault(t.dep, []).append(t.i)
        self.mention_at = [None] * len(self.tokens)
        for m in self.mentions:
            for t in self.tokens:
                if t.start < m.end and t.end > m.start and self.mention_at[t.i] is None:
                    self.mention_at[t.i] = m

    def kids(self, i: int, *deps: str) -> list[int]:
        """Token i's children with one of the labels `deps`, in sentence order."""
        by_dep = self.children_by_dep[i]
        if len(deps) == 1:
            return list(by_dep.get(deps[0], ()))
        found = [c for dep in deps for c in by_dep.get(dep, ())]
        return sorted(found) if len(found) > 1 else found

    def mentions_type(self, actor_id: str) -> str:
        """The type of an actor the sentence names ("" when it names it not)."""
        return next((m.actor_type for m in self.mentions if m.actor_id == actor_id), "")

    def dep(self, i: int) -> str:
        return self.tokens[i].dep

    def head(self, i: int) -> int:
        return self.tokens[i].head

    def subtree(self, top: int) -> list[int]:
        """Token `top` and every token that hangs from it."""
        found, stack = [], [top]
        while stack:
            k = stack.pop()
            found.append(k)
            stack.extend(self.children[k])
        return found

    def region(self, i: int, *, after: bool, depth: int = 99) -> list[int]:
        """The tokens of i's own clause on one side of it (not inside another clause), at
        most `depth` links below i."""
        found: list[int] = []
        stack = [(c, 1) for c in self.children[i] if (c > i) == after]
        while stack:
            c, d = stack.pop()
            if self.dep(c) in _CLAUSE_DEPS or d > depth:
                continue
            found.append(c)
            stack.extend((g, d + 1) for g in self.children[c])
        return sorted(found)


# ----------------------------------------------------------------------------- patterns


def _prep_objects(
    s: _Sentence, i: int, lemmas: set[str], deps: tuple[str, ...] = ("prep",)
) -> list[int]:
    """The objects of token i's prepositions among `lemmas` ("talks with X": X)."""
    return [o for p in s.kids(i, *deps) if s.tokens[p].lemma in lemmas for o in s.kids(p, "pobj")]


def _word_matches(token: ParsedToken, word: str) -> bool:
    return word == token.lemma or word == token.text.lower()


def _match_slots(s: _Sentence, region: list[int], slots: tuple[Slot, ...]) -> list[int] | None:
    """The token index ending each slot, matched in order in `region`, or None."""
    ends: list[int] = []
    position = 0
    for slot in slots:
        hit = None
        for j in range(position, len(region)):
            for alternative in slot:
                run = region[j : j + len(alternative)]
                if (
                    len(run) == len(alternative)
                    and run == list(range(run[0], run[0] + len(run)))
                    and all(
                        _word_matches(s.tokens[k], w) for k, w in zip(run, alternative, strict=True)
                    )
                ):
                    hit = (j + len(alternative), run[-1])
                    break
            if hit:
                break
        if hit is None:
            return None
        position, end = hit
        ends.append(end)
    return ends


# Words of a time phrase ("on Wednesday", "in the morning"): a preposition heading one says
# when, and is no word of a pattern ("demanded ... on")
_TIME_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "today", "yesterday", "tomorrow", "tonight",
    "morning", "afternoon", "evening", "night", "weekend", "day", "week", "month", "year",
    "eve", "hour", "hours", "minute", "minutes", "time",
}  # fmt: skip
_TIME_PREPS = {"on", "before", "after", "during", "in", "at", "by", "until", "since"}


def _without_time_phrases(s: _Sentence, region: list[int]) -> list[int]:
    """`region` less its time phrases: a preposition of time ("on Wednesday", "in the
    morning") and everything under it, and a bare time word ("held a call today with X")."""
    dropped: set[int] = set()
    for k in region:
        if s.dep(k) in ("npadvmod", "advmod") and s.tokens[k].lemma.lower() in _TIME_WORDS:
            dropped.update(s.subtree(k))
        if s.dep(k) == "prep" and s.tokens[k].lemma in _TIME_PREPS:
            objects = s.kids(k, "pobj")
            if objects and all(s.tokens[o].lemma in _TIME_WORDS for o in objects):
                dropped.update(s.subtree(k))
    return [k for k in region if k not in dropped] if dropped else region


def _pattern_of(
    s: _Sentence, i: int, patterns: VerbPatterns, lemma: str, skip_ignored: bool = False
) -> tuple[VerbPattern, list[int]] | None:
    if lemma not in patterns:
        return None
    # a pattern's words are the trigger's own phrase: its object, its prepositions and
    # their objects ("expressed condolences to", "spoke by telephone"), not words deep in
    # a modifier ("spoke about the state of talks between ...")
    after = s.region(i, after=True, depth=_PATTERN_DEPTH)
    if s.dep(i) == "dobj" and s.tokens[s.head(i)].lemma in _LIGHT_VERBS:
        # "held a video call today with X": the parser hangs the partner on the light verb
        # once a time word comes between
        own = set(s.subtree(i))
        after = sorted(
            {
                *after,
                *(k for k in s.region(s.head(i), after=True, depth=2) if k > i and k not in own),
            }
        )
    for c in s.kids(i, "advcl"):
        marks = [m for m in s.kids(c, "mark") if s.tokens[m].lemma == "for"]
        if marks and c > i:
            # "called for a ceasefire to be declared": the parser makes "for" the mark of a
            # clause whose subject is what is called for
            subject = [k for x in s.kids(c, "nsubj", "nsubjpass") for k in s.subtree(x)]
            after = sorted({*after, *marks, *subject})
    after = _without_time_phrases(s, after)
    # "congratulated all festival participants": a word classing the people addressed is
    # not what the act is about (PETRARCH's "congratulate ... festival" is a celebration)
    after = [
        k
        for k in after
        if not (s.dep(k) == "compound" and s.tokens[s.head(k)].lemma in _AUDIENCE_NOUNS)
    ]
    if s.dep(i) == "acl" and s.tokens[i].tag == "VBN":
        # "the sanctions imposed by X": the noun a participle modifies is its object
        after = [s.head(i), *after]
    elif (
        lemma in _OBJECT_FIRST_VERBS
        and (passive_subjects := s.kids(i, "nsubjpass"))
        and not s.kids(i, "agent")
    ):
        # "Mutual satisfaction was expressed with ...", "Opinions were exchanged on ...":
        # what was expressed or exchanged is its subject
        after = [passive_subjects[0], *after]
    before = s.region(i, after=False, depth=_PATTERN_DEPTH)
    words = {w for k in (*before, *after) for w in (s.tokens[k].lemma, s.tokens[k].text.lower())}
    for pattern in patterns.candidates(lemma, words):
        if skip_ignored and pattern.kind == IGNORE:
            continue
        if pattern.before and _match_slots(s, before, pattern.before) is None:
            continue
        ends = _match_slots(s, after, pattern.after)
        if ends is None:
            continue
        first = ends[0] if ends else None
        if (
            first is not None
            and s.dep(first) == "prep"
            and s.head(first) == i
            and any(o < first for o in s.kids(i, "dobj"))
            # ("using civilians as a human shield": "as" says what the object is made)
            and s.tokens[first].lemma != "as"
        ):
            # "engage in" is engaging in an activity; "engage Russian forces in the city"
            # has its object first and "in" only says where
            continue
        return pattern, ends
    return None


# ----------------------------------------------------------------------------- actors


def _collective(s: _Sentence, i: int) -> bool:
    t = s.tokens[i]
    if t.lemma == "two" and t.dep in _SUBJECT_DEPS and not s.kids(i, "prep"):
        # "The two agreed to remain in touch": the two parties
        return any(s.tokens[c].lemma == "the" for c in s.kids(i, "det"))
    if t.lemma not in _COLLECTIVE_NOUNS or t.tag not in ("NNS", "NNPS"):
        return False
    return any(s.tokens[c].text.lower() in _COLLECTIVE_DETERMINERS for c in s.children[i])


def _names_members(s: _Sentence, j: int, mention: Mention) -> bool:
    """Whether the actor found in collective noun j's phrase names its members: in its own
    words ("the EU member states") or as its own "of" object ("the leaders of Russia and
    China"), not deeper ("the leaders of the outcomes of ... Russia")."""
    heads = [j] + [o for p in s.kids(j, "prep") for o in s.kids(p, "pobj")]
    heads += [c for o in heads[1:] for c in _conjuncts(s, o)]
    for head in heads:
        words = [
            k for k in s.subtree(head) if not any(s.dep(a) == "prep" for a in _path(s, k, head))
        ]
        if any(
            (m := s.mention_at[k]) is not None and m.actor_id == mention.actor_id for k in words
        ):
            return True
    return False


def _path(s: _Sentence, k: int, top: int) -> list[int]:
    """The tokens from k up to top, top excluded (k hangs from top)."""
    path = []
    while k != top and s.head(k) != k:
        path.append(k)
        k = s.head(k)
    return path


def _speaker_of_clause(s: _Sentence, i: int, done: dict[int, list[str]]) -> str | None:
    """The subject actor of the nearest verb above i that reports or governs its clause
    ("Peskov said he ...": Peskov)."""
    j = i
    while s.head(j) != j:
        j = s.head(j)
        if done.get(j):
            return done[j][0]
    return None


def _reference(s: _Sentence, i: int, done: dict[int, list[str]]) -> tuple[list[str], str]:
    """Actors a pronoun or collective noun refers to, and how it was resolved."""
    word = s.tokens[i].text.lower()
    ctx = s.context
    if word in _SPEAKER_PRONOUNS or word in _ADDRESSEE_PRONOUNS:
        speaker = _quote_speaker(s, i)
        if word in _SPEAKER_PRONOUNS:
            return ([speaker], "coref:speaker") if speaker else ([], "")
        # "you" in a party's speech at talks of two is the other party
        if speaker and len(ctx.parties) >= 2 and speaker in ctx.parties:
            return [p for p in ctx.parties if p != speaker], "coref:addressee"
        if speaker and ctx.home and len(ctx.parties) < 2 and speaker != ctx.home:
            # a head of state's message or speech to no foreign counterpart ("I congratulate
            # you on your victory", to a team, a school, a regiment): its audience at home
            return [ctx.home], "coref:home audience"
        return [], ""
    if (word in _PERSON_PRONOUNS or word in _IT_PRONOUNS) and s.dep(i) == "poss":
        # "a week after Israel eased its blockade": a possessive is its own clause's subject
        # first, before any speaker of the sentence
        owner = _own_clause_subject(s, i, person=word in _PERSON_PRONOUNS)
        if owner:
            return [owner], "coref:clause subject"
    if word in _PERSON_PRONOUNS or word in _IT_PRONOUNS:
        above = _speaker_of_clause(s, i, done)
        if above and not (word in _IT_PRONOUNS and s.mentions_type(above) == "person"):
            # "it" is a country or a body, never the person who says it
            return [above], "coref:governing subject"
        if word in _IT_PRONOUNS:
            # "Kiev has continued its policy": the subject of its own clause
            j = i
            while s.head(j) != j:
                j = s.head(j)
                for subject in s.kids(j, "nsubj"):
                    m = _np_actor(s, subject)
                    if m is not None and m.actor_type != "person" and subject != i:
                        return [m.actor_id], "coref:clause subject"
                if s.tokens[j].pos == "VERB":
                    break
        if word in _PERSON_PRONOUNS:
            # "Putin informed him": an object pronoun is not its own verb's subject; in a
            # turn, "he" is never its speaker, who says "I"
            own_subjects = _subjects_of_objects_verb(s, i) | {_quote_speaker(s, i)}
            earlier = [
                m.actor_id
                for m in s.mentions
                if m.end <= s.tokens[i].start
                and m.actor_type == "person"
                and m.actor_id not in own_subjects
            ]
            if earlier:
                return [earlier[-1]], "coref:last person"
            if ctx.last_person and ctx.last_person not in own_subjects:
                return [ctx.last_person], "coref:last person"
        return [], ""
    owners = {s.tokens[c].text.lower() for c in s.kids(i, "poss")}
    if s.tokens[i].lemma in _SIDE_NOUNS | _OWN_EFFORT_NOUNS and owners & {"our", "my"}:
        # "our foreign ministries", "our experts", "our efforts helped ...": the speaker's side
        speaker = _quote_speaker(s, i)
        if speaker:
            return [speaker], "coref:speaker"
    if _counterparts_office(s, i):
        # "The Governor reported ...", "the Head of the Republic noted ..." in an account of
        # the lead's meeting with one person: that person, by the office they hold
        return [ctx.parties[1]], "coref:counterpart's office"
    # "they" are the two parties only in an account of their talks; "the two leaders" are
    if word in _GROUP_PRONOUNS and not (ctx.counterpart_named or ctx.parties_are_people):
        return [], ""
    if word in {"they", "them", "their"} and _quote_speaker(s, i) in ctx.parties:
        # in a party's own words "they" are others: the speaker and partner say "we"
        return [], ""
    if (word in _GROUP_PRONOUNS or _collective(s, i)) and len(ctx.parties) >= 2:
        return list(ctx.parties), "coref:parties"
    return [], ""


def _own_clause_subject(s: _Sentence, i: int, person: bool) -> str | None:
    """The actor that is the subject of the nearest verb above token i (a person for "his",
    "her"; else a country or a body), when it has one of its own."""
    j = i
    while s.head(j) != j:
        j = s.head(j)
        if s.tokens[j].pos in ("VERB", "AUX"):
            for subject in s.kids(j, "nsubj"):
                m = _np_actor(s, subject)
                if m is not None and (m.actor_type == "person") == person and subject != i:
                    return m.actor_id
            return None
    return None


def _counterparts_office(s: _Sentence, i: int) -> bool:
    """Whether noun i is an office in the singular with "the" and no one named in it ("the
    Governor", "the Head of the Republic", "the Moscow Mayor") in an account of the lead's
    talks with one other person, who then holds it."""
    ctx = s.context
    return (
        s.tokens[i].lemma in OFFICE_NOUNS
        and s.tokens[i].tag in ("NN", "NNP")
        and any(s.tokens[d].lemma == "the" for d in s.kids(i, "det"))
        and ctx.parties_are_people
        and len(ctx.parties) == 2
        # "the Moscow Mayor": a place may qualify the office; "the head of Rosatom" names
        # someone else's
        and not any((m := s.mention_at[k]) is not None and m.kind != "place" for k in s.subtree(i))
    )


def _subjects_of_objects_verb(s: _Sentence, i: int) -> set[str]:
    """The actors named as the subject of the verb whose object pronoun i is ("him" in
    "Putin informed him", "told him about")."""
    if s.dep(i) not in ("dobj", "dative", "pobj"):
        return set()
    verb = s.head(i)
    if s.dep(i) == "pobj" and s.dep(verb) in ("prep", "dative"):
        verb = s.head(verb)
    return {
        m.actor_id for subject in s.kids(verb, "nsubj") if (m := _np_actor(s, subject)) is not None
    }


def _np_actor(s: _Sentence, i: int, places: bool = False, located: bool = False) -> Mention | None:
    """The actor a noun phrase headed by i names: the mention at its head, else the nearest
    mention inside it (titles and "of" phrases: "the President of Egypt"), a person before
    another actor at the same depth."""
    here = s.mention_at[i]
    if here is not None and (here.kind != "place" or places):
        return here
    best: tuple[int, int, int] | None = None
    found: Mention | None = None
    # "Kazakhstan's partners", "Russia's allies": others, whom the owner has as partners
    others = s.tokens[i].lemma in _RELATIONAL_NOUNS
    stack = [(c, 1) for c in s.children[i] if not (others and s.dep(c) == "poss")]
    while stack:
        c, depth = stack.pop()
        dep = s.dep(c)
        of_or_in = dep == "prep" and s.tokens[c].lemma in ("of", "in")
        if dep not in _NP_DEPS and not of_or_in and dep != "pobj":
            continue
        m = s.mention_at[c]
        if m is not None and (m.kind != "place" or places):
            # "in" phrases only when nothing else names the phrase ("a court in Guyana")
            if s.tokens[s.head(c)].lemma == "in" and (depth > 2 or not located):
                # a subject named by its place ("a court in Guyana"), not an object by
                # where it is ("peacekeepers in Ukraine") nor "work in the context of ..."
                continue
            penalty = 10 if s.tokens[s.head(c)].lemma == "in" else 0
            key = (depth + penalty, m.actor_type != "person", -c)
            if best is None or key < best:
                best, found = key, m
            continue
        stack.extend((g, depth + 1) for g in s.children[c])
    return found


def _conjuncts(s: _Sentence, i: int) -> list[int]:
    """Tokens coordinated with i, or with any word of the actor name i is part of (the
    parser may hang "and Putin" on any word of "Barack Obama")."""
    m = s.mention_at[i]
    heads = [t.i for t in s.tokens if s.mention_at[t.i] is m] if m is not None else [i]
    out: list[int] = []
    stack = [c for h in heads for c in s.kids(h, "conj") if c not in heads]
    # "Ebrahim Raisi and Vladimir Putin", parsed with the first name as a modifier of the
    # second: a name before "and" inside the phrase is coordinated with it
    out += [
        c
        for h in heads
        for c in s.kids(h, "nmod", "compound")
        if (other := s.mention_at[c]) is not None
        and other is not m
        and other.actor_type == "person"
        and any(s.tokens[x].lemma == "and" for x in s.kids(c, "cc"))
    ]
    out += _listed_people(s, heads, m if m is not None else i)
    while stack:
        c = stack.pop(0)
        out.append(c)
        stack.extend(s.kids(c, "conj"))
    return out


def _listed_people(s: _Sentence, heads: list[int], first: Mention | int) -> list[int]:
    """The rest of a list of titled people the parser hung as appositions ("with President
    of Kyrgyzstan X, President of Belarus Y, President of Tajikistan Z and Prime Minister
    W": Y on X, Z on Y, or the whole tail on X's title): the people named in an apposition
    of the first name or of its title, when the list ends with "and"; one token of each
    person's name. `first` is the first name's mention, or the token of the phrase holding
    it (read only when the phrase has appositions)."""
    holders = set(heads)
    for h in heads:
        j = h
        # "President of Kazakhstan X": the title is the phrase that names X
        while s.dep(j) in ("pobj", "prep") and s.head(j) != j:
            j = s.head(j)
            if s.dep(j) == "prep" and s.tokens[j].lemma != "of":
                break
            holders.add(j)
    appositions = [c for h in sorted(holders) for c in s.kids(h, "appos")]
    if not appositions:
        return []
    if isinstance(first, int):
        found = _np_actor(s, first)
        if found is None:
            return []
        first = found
    if first.actor_type != "person":
        return []
    listed = [k for c in appositions for k in sorted(s.subtree(c))]
    ends_with_and = any(
        s.dep(k) == "cc" and s.tokens[k].lemma == "and"
        for k in listed + [c for h in holders for c in s.kids(h, "cc")]
    )
    out: list[int] = []
    seen = {first.actor_id}
    for k in listed if ends_with_and else []:
        m = s.mention_at[k]
        if m is not None and m.actor_type == "person" and m.actor_id not in seen:
            seen.add(m.actor_id)
            out.append(k)
    return out


def _actors(
    s: _Sentence, i: int, done: dict[int, list[str]], places: bool = False, subject: bool = False
) -> tuple[list[str], str]:
    """Actors named by the phrase headed by i and its conjuncts, with how (`places`: a
    place's country counts, for where an act happened)."""
    found: list[str] = []
    how = ""
    for j in [i, *_conjuncts(s, i)]:
        mention = _np_actor(s, j, places, located=subject)
        if mention is not None and _collective(s, j) and not _names_members(s, j, mention):
            mention = None  # "informed the leaders of the outcomes of ... Russia": the parties
        if mention is not None:
            # "Indian and Pakistani diplomats met": each coordinated modifier of a subject
            # names a side; "President of Zimbabwe X and Vladimir Putin talked": the parser
            # coordinated the second name with the first, inside the title's phrase
            sides = _coordinated_modifiers(s, j, mention) if subject else []
            if mention.actor_type == "person" or (
                s.mention_at[j] is not mention and mention.actor_type in ("country", "organization")
            ):
                # ("met with President of Azerbaijan Ilham Aliyev and Prime Minister of
                # Armenia Nikol Pashinyan": the second hung on the first one's name)
                # "the leaders of Lithuania, Latvia and Estonia": each country listed
                sides += _inner_conjuncts(s, j, mention)
            ids, way = [mention.actor_id, *sides], ""
        else:
            ids, way = _reference(s, j, done)
        for actor in ids:
            if actor not in found:
                found.append(actor)
        how = how or way
    return _without_title_countries(s, found), how


def _without_title_countries(s: _Sentence, found: list[str]) -> list[str]:
    """The actors without a country that only titles a person among them ("Putin and
    President of China Xi Jinping": China is Xi's title, not a third side)."""
    if len(found) < 2:
        return found
    by_id = {m.actor_id: m for m in s.mentions}
    people = [by_id[a] for a in found if a in by_id and by_id[a].actor_type == "person"]
    titles = {
        c.actor_id
        for c in s.mentions
        if c.actor_type == "country"
        and c.actor_id in found
        and any(
            0 <= p.start - c.end <= 25 and _country_of(s, p.actor_id) == _country_of(s, c.actor_id)
            for p in people
        )
    }
    return [a for a in found if a not in titles] if titles else found


def _inner_conjuncts(s: _Sentence, j: int, mention: Mention) -> list[str]:
    """Actors of the kind of `mention` (a person, a country, an organization) coordinated
    with it inside noun j's phrase."""
    inside = [k for k in s.subtree(j) if s.mention_at[k] is mention]
    if mention.actor_type == "person":
        # "The President of Russia and Mario Draghi": the parser hung the second person on
        # the country of the first one's title
        inside += [
            k
            for k in s.subtree(j)
            if (m := s.mention_at[k]) is not None
            and m.actor_type == "country"
            and s.dep(k) == "pobj"
            and s.tokens[s.head(k)].lemma == "of"
            and s.head(s.head(k)) == j
        ]
    return [
        other.actor_id
        for k in inside
        for c in _conjuncts(s, k)
        # (the conjunct may be a title over its holder's name: "and Prime Minister of
        # Armenia Nikol Pashinyan")
        if (other := s.mention_at[c] or _np_actor(s, c)) is not None
        and other is not mention
        and other.actor_type == mention.actor_type
    ]


def _coordinated_modifiers(s: _Sentence, j: int, mention: Mention) -> list[str]:
    """The actors of modifiers coordinated with the one that names noun j's actor ("Indian
    and Pakistani foreign secretaries": Pakistan beside India)."""
    return [
        m.actor_id
        for k in s.kids(j, "amod", "compound")
        if s.mention_at[k] is mention
        for c in _conjuncts(s, k)
        if (m := s.mention_at[c]) is not None and m.kind != "place" and m is not mention
    ]


def _intent_code(act: str) -> str:
    """The code of the intent to an act: to mediate (045) is its own (039, "offered to
    mediate between Russia and Ukraine", "readiness to act as a mediator"), the rest by root
    (`INTENT_CODES`)."""
    return _MEDIATION_INTENT if act.startswith(_MEDIATE_CODE) else INTENT_CODES[act[:2]]


def _speaker_agrees(s: _Sentence, v: int) -> bool:
    """Whether "agree" at v is a speaker's own agreement with someone now ("I fully agree
    with X"): "I" as subject, the present tense, an object of "with" and no act agreed on
    ("agree to meet", "agree on a plan")."""
    return (
        s.tokens[v].tag == "VBP"
        and any(s.tokens[k].text == "I" for k in s.kids(v, "nsubj"))
        and bool(_prep_objects(s, v, {"with"}))
        and not s.kids(v, "xcomp", "ccomp")
        and not _prep_objects(s, v, {"on", "to"})
    )


def _turns_main_verb(s: _Sentence, v: int) -> bool:
    """Whether verb v is its sentence's main verb, or would be but for a transcript's label
    the parser made the root ("Ann Vale: Mr President, thank you": "thank" hung on "Vale")."""
    if s.dep(v) == "ROOT":
        return True
    head = s.head(v)
    return (
        head < v
        and s.dep(head) == "ROOT"
        and any(s.tokens[k].text == ":" for k in range(head + 1, v))
    )


def _vocative(s: _Sentence, k: int, v: int) -> bool:
    """Whether subject k of verb v is a form of address the parser took for a subject
    ("Mr Lukashenko, thank you for coming"): a name set off by a comma right before a verb
    in the base form that addresses "you"."""
    # the comma may hang from the name ("Mr Lukashenko ,"), or a transcript's label may
    # open the phrase ("Vladimir Putin: Mr Lukashenko, thank you")
    after = max(w for w in s.subtree(k) if s.tokens[w].text != ",") + 1
    return (
        s.tokens[k].pos == "PROPN"
        and after + 1 == v
        and s.tokens[after].text == ","
        and s.tokens[v].tag in ("VB", "VBP")
        and any(s.tokens[o].text.lower() == "you" for o in s.kids(v, "dobj"))
    )


def _subject(s: _Sentence, v: int, done: dict[int, list[str]]) -> tuple[list[str], str]:
    """The subject actors of verb v, inherited from its governor when it has none."""
    seen: set[int] = set()
    j = v
    while j not in seen:
        seen.add(j)
        # "Iran is scheduled to visit": a governor's passive subject does the act
        subjects = (
            [k for k in s.kids(j, *_SUBJECT_DEPS) if not _vocative(s, k, j)]
            or (s.kids(j, "nsubjpass") if j != v else [])
            or _subject_in_fronted_phrase(s, j)
        )
        if subjects:
            if (
                j == v
                and s.dep(v) == "relcl"
                and s.tokens[subjects[-1]].lemma == "who"
                and (m := _np_actor(s, s.head(v))) is not None
                and m.actor_type == "person"
            ):
                # "talks with Olaf Scholz, who arrived in Moscow", "Xi Jinping, who is in
                # Russia on a state visit": the one "who" follows
                return [m.actor_id], "relcl antecedent"
            # "Mr President, I would like to thank you": a form of address parsed as a
            # second subject comes first; the subject is the one nearest the verb
            actors, how = _actors(s, subjects[-1], done, subject=True)
            return actors, how or "nsubj"
        dep = s.dep(j)
        if dep == "conj" and _speech_joined_to_report(s, j):
            # "X said that Kiev was responsible ... and expressed his support": the parser
            # joins the second statement to the reported clause; it is the speaker's
            j = s.head(s.head(j))
            continue
        # "..., while also indicating readiness": a participle's subject is its clause's;
        # "Iran was ready to negotiate": an adjective's subject is its copula's
        if dep in ("xcomp", "conj", "acomp") or (dep == "advcl" and s.tokens[j].tag == "VBG"):
            j = s.head(j)
            continue
        if dep == "advcl" and s.tokens[j].tag == "VB" and _effort_or_occasion(s, s.head(j)):
            # "is doing everything possible to ensure ...", "took measures to protect ...":
            # the effort's subject does the act
            j = s.head(j)
            continue
        if (
            dep == "relcl"
            and s.tokens[j].tag == "VB"
            and s.tokens[s.head(j)].lemma in _EFFORT_OBJECTS
            and s.tokens[s.head(s.head(j))].lemma in _EFFORT_VERBS
        ):
            # "would do everything to help Ukraine", parsed as "everything" the infinitive
            # describes: the effort's subject does the act
            j = s.head(s.head(j))
            continue
        if dep == "relcl":
            actors, how = _actors(s, s.head(j), done)
            return actors, how or "relcl head"
        n = s.head(j)
        if (
            dep == "pcomp"
            and s.tokens[n].lemma in _MANNER_PREPS
            and s.dep(n) == "prep"
            and s.tokens[s.head(n)].pos in ("VERB", "AUX")
        ):
            # "began by thanking X", "responded after meeting Y": the governing verb's
            # subject does it ("thanked X for accepting": not X's act)
            j = s.head(n)
            continue
        if dep == "acl" and s.tokens[j].tag == "VBG" and s.tokens[n].lemma in _ISSUED_TEXTS:
            # "issued a statement condemning X", "sent a message urging Y": whoever issues
            # the text says what it says ("Russia's statement condemning X": its holder)
            for c in s.kids(n, "poss"):
                actors, how = _actors(s, c, done)
                if actors:
                    return actors, how or "text's holder"
            if (
                s.dep(n) in ("dobj", "nsubjpass")
                and s.head(n) != n
                and s.tokens[s.head(n)].lemma in _ISSUING_VERBS
            ):
                # "sent a message urging Y"; "rejected a resolution imposing sanctions" is
                # no text of the one who rejects it
                j = s.head(n)
                continue
        break
    return [], ""


# Statements a speaker, not the subject of what is reported, goes on to make
_SPEAKERS_OWN_VERBS = (_STATEMENT_VERBS - {"show", "demonstrate", "indicate", "signal"}) | {
    "say",
    "add",
    "thank",
    "welcome",
    "praise",
    "call",
    "urge",
}


def _speech_joined_to_report(s: _Sentence, j: int) -> bool:
    """Whether conj verb j, without a subject, is the speaker's second statement that the
    parser joined to the clause the speaker reports: "said that X ... and expressed"."""
    h = s.head(j)
    if s.dep(h) != "ccomp" or s.kids(j, *_SUBJECT_DEPS):
        return False
    reporting = s.head(h)
    return (
        reporting < h
        and s.tokens[j].lemma in _SPEAKERS_OWN_VERBS
        and s.tokens[reporting].lemma in _SPEAKERS_OWN_VERBS
        and s.tokens[j].tag == s.tokens[reporting].tag
    )


def _subject_in_fronted_phrase(s: _Sentence, v: int) -> list[int]:
    """The subject the parser hung as an apposition inside the phrase that opens the clause
    ("At the request of Joao Lourenco, Vladimir Putin informed him": Putin, parsed as an
    apposition of Lourenco after the comma)."""
    if s.tokens[v].pos != "VERB":
        return []
    for p in s.kids(v, "prep"):
        if p > v:
            continue
        found = [
            k
            for k in s.subtree(p)
            if s.dep(k) == "appos" and k > 0 and s.tokens[k - 1 - _name_length(s, k)].text == ","
        ]
        if found:
            return found[-1:]
    return []


def _name_length(s: _Sentence, k: int) -> int:
    """How many words of a name come before its head k ("Vladimir" before "Putin")."""
    n = 0
    while k - n - 1 >= 0 and s.dep(k - n - 1) == "compound" and s.head(k - n - 1) == k:
        n += 1
    return n


def _effort_or_occasion(s: _Sentence, v: int) -> bool:
    """Whether verb v makes an effort toward an act or takes an occasion for it ("took
    measures to protect", "take this opportunity to congratulate"): its subject acts."""
    return _effort(s, v) or _takes_an_occasion(s, v)


def _takes_an_occasion(s: _Sentence, v: int) -> bool:
    """Whether verb v takes an occasion ("take this opportunity", "use this occasion")."""
    return s.tokens[v].lemma in _SEIZING_VERBS and any(
        s.tokens[o].lemma in _OPPORTUNITY_NOUNS for o in s.kids(v, "dobj")
    )


def _effort(s: _Sentence, v: int) -> bool:
    """Whether verb v makes an effort toward an act ("do everything possible", "make every
    effort", "take measures", "do its utmost")."""
    return s.tokens[v].lemma in _EFFORT_VERBS and any(
        s.tokens[o].lemma in _EFFORT_OBJECTS for o in s.kids(v, "dobj")
    )


def _targets(
    s: _Sentence,
    v: int,
    pattern_ends: list[int],
    source: list[str],
    done: dict[int, list[str]],
    root: str,
) -> tuple[list[str], str]:
    """The target actors of trigger v: a preposition of its pattern, its objects, the
    objects of its prepositions and of its object's prepositions."""
    candidates: list[tuple[int, str]] = []
    for end in pattern_ends:
        if s.dep(end) in ("prep", "dative", "agent"):
            candidates += [
                (o, f"pattern {s.tokens[end].text.lower()}") for o in s.kids(end, "pobj")
            ]
    candidates += [
        # "extended wishes to X and the people of Y": a "to" parsed as the dative stands for
        # its objects, each with its conjuncts
        (n, "dative")
        for o in s.kids(v, "dative")
        for n in (s.kids(o, "pobj") if s.tokens[o].pos == "ADP" else [o])
    ]
    candidates += [(o, s.dep(o)) for o in s.kids(v, "dobj", "attr", "oprd")]
    for n in [v, *pattern_ends]:
        if s.tokens[n].lemma not in _SANCTION_NOUNS:
            continue
        # "sanctions targeting Russian suppliers", "its Russia sanctions regime", "the
        # anti-Russian sanctions": whom the measures are against
        candidates += [
            (o, "sanctions' target")
            for a in s.kids(n, "acl")
            if s.tokens[a].lemma in ("target", "hit", "affect")
            for o in s.kids(a, "dobj")
        ]
        candidates += [(c, "sanctions' target") for c in s.kids(n, "compound", "amod")]
        if s.dep(n) == "compound":
            candidates += [(c, "sanctions' target") for c in s.kids(s.head(n), "compound")]
    if s.tokens[v].lemma in _AID_VERBS:
        # "helped Syria to rebuild": the one helped is the subject of the act helped with
        candidates += [
            (o, "helped") for c in s.kids(v, "ccomp", "xcomp") for o in s.kids(c, "nsubj")
        ]
    objects = s.kids(v, "dobj")
    # "open to dialogue with Kiev": the partner of the pattern's own noun
    objects += [o for end in pattern_ends if s.dep(end) == "prep" for o in s.kids(end, "pobj")]
    if root == _THREAT_ROOT:
        # "threatened to attack the militias": the object of the act threatened
        # or of its prepositions ("to impose sanctions on Russia")
        acts = [e for e in pattern_ends if s.tokens[e].pos == "VERB"]
        acted_on = [o for e in acts for o in s.kids(e, "dobj")]
        candidates += [(o, "dobj") for o in acted_on if o not in pattern_ends]
        objects = objects + acts + acted_on
    own = _own_countries(s, source)
    for head in [v, *objects]:
        preps = s.kids(head, "prep", "dative")
        for word in _TARGET_PREPS:
            for p in preps:
                if s.tokens[p].lemma == word or s.tokens[p].text.lower() == word:
                    candidates += [
                        (o, f"prep {word}")
                        for o in s.kids(p, "pobj")
                        # "raised the issue of gas supplies to Italy" (by Italy's premier):
                        # the speaker's own country inside the object is what it is about
                        if head == v or _country_of(s, _np_id(s, o, country_only=True)) not in own
                    ]
    nouns = objects + [o for p in s.kids(v, "prep") for o in s.kids(p, "pobj")]
    if s.tokens[v].lemma == "attend":
        # "attended the opening ceremony of the Games in Sochi": where what is attended was
        nouns += [o for n in objects for o in _prep_objects(s, n, {"of"})]
    for head in [v, *nouns]:
        for p in s.kids(head, "prep"):
            if s.tokens[p].text.lower() in _LOCATIVE_PREPS:
                candidates += [(o, "place") for o in s.kids(p, "pobj")]
    for o, how in candidates:
        if how in ("prep at", "prep on", "place") and s.tokens[o].lemma in _OCCASION_NOUNS:
            # "at the Italian side's initiative", "at the request of Kiev": whose idea it
            # was, no party to the act
            continue
        if how == "place" and len(source) >= 3 and root in _MUTUAL_ROOTS:
            # "Putin, Erdogan and Raisi met in Tehran": a summit of three is of the three
            # with each other (of two, PETRARCH's gold keeps the host country)
            continue
        if (
            how == "place"
            and len(source) >= 2
            and root in _MUTUAL_ROOTS
            and (place := _np_actor(s, o, places=True)) is not None
            and _country_of(s, place.actor_id) in own
        ):
            # "Putin and Erdogan met in Sochi": in the country of one of the two, where
            # they met each other, not a party
            continue
        if how == "place" and root not in _NEEDS_TARGET_ROOTS:
            # where an act happened: only a country or a known place ("attacked a convoy in
            # Syria"); a meeting also at a named building ("met at the Kremlin")
            mention = _np_actor(s, o, places=True)
            if mention is None or (mention.actor_type != "country" and mention.kind != "place"):
                continue
            actors, way = [mention.actor_id], "place"
        elif (
            how == "dobj"
            and root == "11"
            and s.mention_at[o] is None
            and (doer := _doer_of(s, o, done))
        ):
            # "condemned London's decision to ...", "criticised the attempts by the US to
            # ...": what is disapproved of is its doer's act
            actors, way = doer, "doer of the object"
        elif how == "dobj" and o in pattern_ends and s.kids(o, "poss"):
            continue  # a stance's holder ("reaffirmed Russia's readiness") is not its target
        elif how == "dobj" and o in pattern_ends and _unnamed_group(s, o):
            continue  # "deployed additional troops": the pattern's own forces, no target
        elif how == "dobj" and _own_forces(s, o, source):
            continue  # "to withdraw Russian troops" (by Russia's president): its own forces
        elif how == "dobj" and o in pattern_ends and s.tokens[o].lemma in _AWARD_NOUNS:
            continue  # "a Russian state decoration" is Russia's: who receives it is its target
        elif (
            how == "dobj"
            and s.kids(o, "poss")
            and s.mention_at[o] is None
            and s.tokens[o].lemma not in _COLLECTIVE_NOUNS | _RELATIONAL_NOUNS
        ):
            # "support your position on Kosovo": whose position is supported; "outlined
            # Russia's assessment" (by Russia's president): the speaker's own, no target
            actors, way = _actors(s, s.kids(o, "poss")[0], done)
            own = _own_countries(s, source)
            if actors and all(_country_of(s, a) in own for a in actors):
                continue
            if not actors:
                actors, way = _actors(s, o, done)
        elif (
            how == "dobj"
            and root in _OFFERING_ROOTS
            and s.mention_at[o] is None
            and own
            and s.tokens[o].lemma not in _COUNTERPART_NOUNS | _COLLECTIVE_NOUNS
            and (inside := _actors(s, o, done)[0])
            and all(_country_of(s, a) in own for a in inside)
        ):
            continue  # "offered the support of the French services" (by France): its own
        elif s.tokens[o].lemma in _COUNTERPART_NOUNS and s.mention_at[o] is None:
            # "briefed his counterpart": the other of the article's two parties; "my French
            # counterpart": France's
            named = [
                m.actor_id
                for k in s.kids(o, "amod", "compound")
                if (m := s.mention_at[k]) is not None and m.kind != "place"
            ]
            actors, way = (named, "counterpart's country") if named else _other_party(s, source)
        else:
            # force against a place ("the shelling of Donetsk") is against its country
            # "visited Moscow": the capital's country is visited
            places = (
                how == "place"
                or root in _FORCE_ROOTS
                or s.tokens[v].lemma in _VISIT_VERBS
                # "made a working visit to Damascus": a visit goes to the city's country
                or (
                    how.endswith(" to")
                    and any(s.tokens[e].lemma in _VISIT_NOUNS for e in pattern_ends)
                    and not _aux_words(s, v) & _NOT_YET_AUX
                )
                # "flew aid into Tbilisi", "recalled its ambassador from Tbilisi": where aid
                # goes or an envoy leaves is that city's country
                or (how in _MOVING_PREPS and root in _PLACE_TARGET_ROOTS)
            )
            actors, way = _actors(s, o, done, places=places)
        if _groups_of_one_country(s, v, o):
            if actors:
                return actors, f"{way or how} {_ONE_COUNTRY}"
            continue
        # "Ukrainian forces shelled Donetsk": force against a place of the doer's own
        # country is against that country (CAMEO's UKRMIL on UKR)
        own_places = [
            a for a in actors if a in source and root in _FORCE_ROOTS and _place_named(s, o, a)
        ]
        if own_places:
            return own_places, f"{way or how} {_ONE_COUNTRY}"
        actors = [a for a in actors if a not in source]
        if actors:
            return actors, way or how
    return [], ""


def _place_named(s: _Sentence, o: int, actor_id: str) -> bool:
    """Whether the phrase headed by o names a place (not an actor) of `actor_id`'s country."""
    return any(
        (m := s.mention_at[k]) is not None and m.kind == "place" and m.actor_id == actor_id
        for k in s.subtree(o)
    )


# how a target is marked when it and the source are two groups of one country
_ONE_COUNTRY = "(groups of one country)"


def _demonym_group(s: _Sentence, n: int) -> bool:
    """Whether noun n is a group named by its country's demonym ("Georgian demonstrators",
    "the Iraqi police")."""
    return s.tokens[n].pos == "NOUN" and any(
        (m := s.mention_at[c]) is not None and m.kind == "demonym" for c in s.kids(n, "amod")
    )


def _groups_of_one_country(s: _Sentence, v: int, o: int) -> bool:
    """Whether verb v's subject and its object o are two groups of one country, each named
    by the demonym ("Georgian demonstrators ... at the Georgian government"): a domestic act,
    whose target is not dropped for having the subject's country."""
    subjects = s.kids(v, "nsubj", "agent")
    return _demonym_group(s, o) and any(
        _demonym_group(s, k) and s.tokens[k].lemma != s.tokens[o].lemma for k in subjects
    )


# ----------------------------------------------------------------------------- modality


def _negated(s: _Sentence, v: int) -> bool:
    return any(
        s.dep(c) == "neg" or (s.dep(c) == "advmod" and s.tokens[c].text.lower() in _NEGATORS)
        for c in s.children[v]
    )


def _aux_words(s: _Sentence, v: int) -> set[str]:
    return {s.tokens[c].text.lower() for c in s.kids(v, "aux", "auxpass")}


def _reported(s: _Sentence, v: int) -> bool:
    """Whether v's clause is reported by a verb ("announced it would ...")."""
    return s.dep(v) == "ccomp" and s.head(v) != v


_ALLEGING_WORDS = {"alleged", "allegedly", "purported", "purportedly", "supposed", "supposedly"}


def _alleged(s: _Sentence, v: int) -> bool:
    """Whether trigger v, or the noun its participle describes, is called alleged."""
    nouns = [v, s.head(v)] if s.dep(v) == "acl" else [v]
    return any(
        s.tokens[c].lemma in _ALLEGING_WORDS or s.tokens[c].text.lower() in _ALLEGING_WORDS
        for n in nouns
        for c in s.kids(n, "amod", "advmod")
    )


def _in_condition(s: _Sentence, v: int) -> bool:
    """Whether v is in an "if"/"unless"/"whether" clause, at any depth ("... if Prague
    allowed the United States to deploy a radar": the deployment is a condition)."""
    j = v
    while True:
        if any(s.tokens[c].lemma in _CONDITIONAL_MARKS for c in s.kids(j, "mark")):
            return True
        if s.head(j) == j:
            return False
        j = s.head(j)


def _announced(s: _Sentence, v: int) -> bool:
    """Whether verb v is announced for the future in a government's release ("Russia will
    continue to supply", "said that Russia would provide"), itself or the verb its
    infinitive hangs from. Releases announce what their side intends; in news of unknown
    origin (wire items) "X will send" is coded as the act, as PETRARCH's coders do."""
    if s.context.home is None:
        return False
    j = v
    while True:
        aux = _aux_words(s, j)
        if aux & {"will", "shall"} or ("would" in aux and _reported(s, j)):
            return True
        if j != v and _is_scheduled(s, j):
            return True  # "the presidents are expected to discuss", "is due to arrive"
        if s.dep(j) == "relcl" and s.tokens[s.head(j)].lemma in _EFFORT_OBJECTS:
            j = s.head(j)  # "will do everything to help": the effort is announced
        if s.dep(j) not in ("xcomp", "dobj", "advcl") or s.head(j) == j:
            return False
        j = s.head(j)


def _announced_as_subject(s: _Sentence, v: int) -> bool:
    """Whether noun v is the subject of a clause announced for the future ("the discussion
    will cover", "the talks are to focus on")."""
    if s.dep(v) not in ("nsubj", "nsubjpass") or s.head(v) == v:
        return False
    h = s.head(v)
    if s.tokens[h].lemma == "be" and s.kids(h, "xcomp"):
        return s.context.home is not None and _is_scheduled(s, h)
    return _announced(s, h)


# What a release says is scheduled: "are expected to", "is due to", "is set to", "is to".
_SCHEDULING_HEADS = {"expect", "schedule", "due", "set", "slate", "plan", "be"}


def _is_scheduled(s: _Sentence, j: int) -> bool:
    """Whether word j, the head of an act's infinitive, puts the act on a schedule ("are
    expected to", "is scheduled to", "is to"): a passive or a predicate with "be"."""
    lemma = s.tokens[j].lemma
    if lemma not in _SCHEDULING_HEADS:
        return False
    if lemma == "be":
        return not _negated(s, j)
    return "be" in {s.tokens[a].lemma for a in s.kids(j, "auxpass", "aux", "cop")} or (
        s.tokens[j].pos == "ADJ"
    )


def _modality(s: _Sentence, v: int) -> str:
    """'asserted', 'negated', 'refused' or 'hypothetical' for verb v and the verbs it
    hangs from through infinitives and coordination."""
    j = v
    chain = [v]
    while s.dep(j) in ("xcomp", "conj") and s.head(j) != j:
        if s.dep(j) == "conj" and s.kids(j, "nsubj", "nsubjpass"):
            break  # "..., and we remain in touch": a clause of its own
        j = s.head(j)
        chain.append(j)
    if _in_condition(s, v):
        return "hypothetical"
    for k in chain:
        aux = _aux_words(s, k)
        if aux & _HYPOTHETICAL_AUX:
            return "hypothetical"
        if "would" in aux and not _reported(s, k):
            return "hypothetical"
        if (
            k != v
            and s.tokens[k].lemma in _REFUSAL_HEADS
            and s.dep(chain[chain.index(k) - 1]) == "xcomp"
        ):
            return "refused"
        if _negated(s, k):
            refusing = {"will", "wo"} | ({"would"} if _reported(s, k) else set())
            # "did not accept the new payment arrangement": not accepting is rejecting
            accepting = s.tokens[k].lemma == "accept" and bool(s.kids(k, "dobj"))
            return "refused" if aux & refusing or accepting else "negated"
    return "asserted"


# ----------------------------------------------------------------------------- coding


# Verbs that carry a noun's event ("held talks", "continued their discussion").
_LIGHT_VERBS = {
    "hold",
    "have",
    "continue",
    "conduct",
    "begin",
    "start",
    "resume",
    "launch",
    "carry",
    "make",
    "give",
    "express",
    "stage",
    "mount",
    "pay",
    "host",
}
_NOMINAL_SUFFIXES = (
    ("ation", ("", "e", "ate")),
    ("ition", ("", "e")),
    ("ion", ("", "e")),
    ("ment", ("",)),
    ("al", ("", "e")),
    ("ance", ("", "e")),
    ("ence", ("", "e")),
    ("ure", ("", "e")),
)


def _force_noun(s: _Sentence, i: int, of: tuple[VerbPattern, ...]) -> bool:
    """A noun of force with its author and its target ("missile strikes by the Ukrainian
    army at Donetsk", "Kiev's shelling of Donbass"): an attack stated as fact."""
    preps = {s.tokens[p].lemma for p in s.kids(i, "prep")}
    aimed = any(
        p.code[:2] in _FORCE_ROOTS and len(p.after) == 1 and set(p.after[0][0]) & preps for p in of
    )
    return aimed and bool(_nominal_source(s, i, {})[0])


def _verb_of_noun(lemma: str, patterns: VerbPatterns) -> str | None:
    """The verb a noun names the act of ("discussion" -> discuss, "negotiation" ->
    negotiate, "agreement" -> agree), when it is in the patterns."""
    for suffix, endings in _NOMINAL_SUFFIXES:
        if lemma.endswith(suffix) and len(lemma) > len(suffix) + 2:
            stem = lemma[: -len(suffix)]
            for ending in endings:
                if stem + ending in patterns:
                    return stem + ending
    return None


def _wish_with_act(s: _Sentence, i: int, matched: dict[int, tuple[VerbPattern, list[int]]]) -> bool:
    """A wish verb whose infinitive is itself a trigger ("wants to help Israel"): the
    infinitive codes the intent (033), not the wish verb's own pattern."""
    return (
        s.tokens[i].lemma in _WISH_HEADS
        and matched[i][0].kind != ASK
        and any(x in matched and not s.kids(x, "nsubj") for x in s.kids(i, "xcomp"))
    )


# Measures one party takes against another, named as a noun ("US sanctions against Russia").
_SANCTION_NOUNS = {"sanction", "embargo"}


def _sanction_parties(s: _Sentence, i: int) -> bool:
    """Whether sanction noun i names who imposes it ("US sanctions", "the sanctions imposed
    by the West") and whom it is against ("sanctions against Russia", "anti-Russian")."""
    return bool(_doer_of(s, i, {})) and any(
        s.mention_at[o] is not None for o in _prep_objects(s, i, {"against", "on"})
    )


def _relational_noun(s: _Sentence, i: int, patterns: VerbPatterns) -> bool:
    """A noun of the seed's `between` or `holder` kind ("talks between", "Russia's
    opposition to"), or a meeting noun with its partner ("during a videoconference with
    President X")."""
    of = patterns.of(s.tokens[i].lemma)
    if any(p.kind in (BETWEEN, HOLDER) for p in of):
        return True
    if _force_noun(s, i, of):
        return True
    if s.tokens[i].lemma in _SANCTION_NOUNS and _sanction_parties(s, i):
        return True
    if _took_place(s, i) and any(p.code[:2] == "04" for p in of):
        return True  # "An exchange of views took place"
    return any(s.tokens[p].lemma == "with" for p in s.kids(i, "prep")) and any(
        p.after == _WITH and p.code[:2] == "04" and p.origin != _PETRARCH for p in of
    )


def _under_trigger(s: _Sentence, i: int, matched: dict[int, tuple[VerbPattern, list[int]]]) -> bool:
    """Whether a verb trigger governs noun i within its clause ("agreed to continue their
    contacts": the intent is coded, not the contacts)."""
    if s.dep(i) in ("nsubj", "nsubjpass"):
        return False  # "Talks between A and B resumed": the talks are the event
    if i in matched and matched[i][0].kind == BETWEEN:
        return False  # "informed X about the talks between A and B": those talks too
    j = i
    while s.head(j) != j:
        if s.dep(j) in ("ccomp", "advcl", "relcl", "parataxis", "csubj", "nsubj", "nsubjpass"):
            return False  # another clause, or the subject's phrase ("hours of talks ... yielded")
        if s.dep(j) == "pobj" and s.tokens[s.head(j)].lemma in _CIRCUMSTANCE_PREPS:
            return False  # "approved during X's visit": the visit is a circumstance, and took place
        j = s.head(j)
        if j in matched and s.tokens[j].pos == "VERB" and matched[j][0].kind != IGNORE:
            # what a statement is about is coded as well, when stated as fact ("briefed
            # him on his meeting with X"); an intent's object is not ("agreed to continue
            # their contacts")
            pattern = matched[j][0]
            if pattern.code[:2] == "11" and i in matched and matched[i][0].code[:2] in _FORCE_ROOTS:
                # "condemned the shelling of Donetsk by Ukrainian forces": the force
                # censured is stated as fact, and coded too
                return False
            return not (pattern.kind == REPORT or pattern.code[:2] == "01")
    return False


def _is_trigger_token(t: ParsedToken) -> bool:
    if t.pos == "VERB":
        return t.dep not in ("amod", "compound") and not (t.tag == "VBG" and t.dep == "pobj")
    return t.pos in ("NOUN", "PROPN")


def _nominal_source(
    s: _Sentence, n: int, done: dict[int, list[str]], spoken: bool = False
) -> tuple[list[str], str]:
    """Whose act noun n names: its possessor or modifier ("Russia's support", "Russian
    aid"), the subject of the verb it is the object of, or, for what a speaker holds
    (`spoken`: sympathy, gratitude, greetings), the speaker of the quote it is in."""
    for c in s.kids(n, "poss", "compound", "amod", "nmod"):
        actors, how = _actors(s, c, done)
        if actors:
            return actors, how or s.dep(c)
    for o in _prep_objects(s, n, {"by"}):
        # "the visit by the President of Uzbekistan to Russia": the act's agent
        actors, how = _actors(s, o, done)
        if actors:
            return actors, how or "by"
    for o in _misplaced_agents(s, n):
        actors, how = _actors(s, o, done)
        if actors:
            return actors, how or "by (on the verb)"
    head = s.head(n)
    if s.dep(n) in ("dobj", "attr") and head != n:
        actors, how = _subject(s, head, done)
        if actors:
            return actors, how or "subject of governing verb"
    speaker = _quote_speaker(s, n)
    if speaker and spoken:
        # "Please convey words of sympathy to the families": in a message, the sympathy,
        # condolences or greetings no one else holds are the writer's
        return [speaker], "coref:speaker"
    return [], ""


def _misplaced_agents(s: _Sentence, n: int) -> list[int]:
    """The objects of a "by" phrase the parser hung on the active verb whose object holds
    act noun n ("drew attention to the shelling of Donbass by the Ukrainian army": the
    army shells, the verb is no passive that "by" could be the agent of)."""
    k = n
    while s.dep(k) in ("pobj", "prep", "dobj") and s.head(k) != k:
        k = s.head(k)
        if s.tokens[k].pos in ("VERB", "AUX"):
            break
    if k == n or s.tokens[k].pos not in ("VERB", "AUX") or s.kids(k, "auxpass"):
        return []
    return [
        o
        for p in s.kids(k, "prep")
        if s.tokens[p].lemma == "by" and p > n
        for o in s.kids(p, "pobj")
    ]


def _held_by_an_actor(s: _Sentence, n: int) -> bool:
    """Whether noun n's possessor names an actor ("reaffirmed Russia's support": Russia's
    stance, coded at the noun), not a pronoun ("expressed his gratitude": the verb's)."""
    return any(s.mention_at[c] is not None for c in s.kids(n, "poss"))


def _quote_speaker(s: _Sentence, i: int) -> str | None:
    """Who speaks or writes the quote or transcript turn that holds token i."""
    at = s.tokens[i].start
    speakers = [who for start, end, who in s.context.quoted if start <= at < end]
    return speakers[-1] if speakers else None


def code_parsed_sentence(
    text: str,
    tokens: tuple[ParsedToken, ...],
    mentions: list[Mention],
    patterns: VerbPatterns,
    context: Context | None = None,
) -> list[CodedEvent]:
    """The events of one parsed sentence."""
    if not tokens:
        return []
    s = _Sentence(text, tokens, sorted(mentions, key=lambda m: m.start), context or Context())
    question = text.rstrip().endswith("?")
    matched = {}
    for t in tokens:
        if not _is_trigger_token(t):
            continue
        lemmas = [t.lemma]
        if t.pos != "VERB":
            carried = (
                s.tokens[t.head].lemma in _LIGHT_VERBS and t.dep in ("dobj", "attr")
            ) or bool(s.kids(t.i, "poss"))
            if not carried and not _relational_noun(s, t.i, patterns):
                continue
            verb = _verb_of_noun(t.lemma, patterns) if carried else None
            lemmas += [verb] if verb else []
        hit = None
        for lemma in lemmas:
            hit = _pattern_of(s, t.i, patterns, lemma)
            if hit is not None:
                break
        bare_statement = hit is None or (
            not hit[0].after and (hit[0].kind == REPORT or hit[0].code[:2] == "01")
        )
        if (
            hit is None
            and t.pos == "VERB"
            and t.lemma in _STATEMENT_VERBS
            and any(s.tokens[o].lemma in _IMPORTANCE_NOUNS for o in s.kids(t.i, "dobj"))
        ):
            # "reaffirmed the importance of ...": stated as "stressed" would be
            hit = _pattern_of(s, t.i, patterns, _STRESS_VERB)
            bare_statement = False
        if t.pos == "VERB" and t.lemma in _STATEMENT_VERBS and bare_statement:
            # "reaffirmed its readiness", "underlined their commitment": a statement verb
            # with a stance noun states that stance, as "expressed" would
            stance = _pattern_of(s, t.i, patterns, _STANCE_VERB)
            if stance is not None and stance[0].after and stance[0].kind != REPORT:
                hit = stance
        if _topic_taken_up(s, t.i) or _topic_taken_up_together(s, t.i):
            hit = _pattern_of(s, t.i, patterns, _DISCUSS_VERB)
        if (
            hit is not None
            and hit[0].kind == IGNORE
            and t.lemma in _FORMULA_VERBS
            and (
                s.kids(t.i, "nsubj")
                or (t.dep == "xcomp" and s.tokens[t.head].lemma in _PERFORMATIVE_HEADS)
                or (t.dep == "acl" and s.tokens[t.head].lemma in _OPPORTUNITY_NOUNS)
                or any(s.tokens[p].lemma == "for" for p in s.kids(t.i, "prep"))
            )
        ):
            # "Thank you." opens a turn; "I would like to thank you for ...", "Thank you for
            # accepting my invitation", "I take this opportunity to thank you" thank
            hit = _pattern_of(s, t.i, patterns, t.lemma, skip_ignored=True)
        if t.pos != "VERB" and (
            (hit is None and _talks_of_the_parties(s, t.i))
            # "the Russian-Ukrainian talks": between the pair
            or (
                t.lemma in _NEGOTIATION_NOUNS
                and len(set(_held_by(s, t.i, {}) or _pair_before(s, t.i))) >= 2
            )
        ):
            between = [p for p in patterns.of(t.lemma) if p.kind == BETWEEN]
            hit = (between[0], []) if between else hit
        if hit is not None:
            matched[t.i] = hit  # an ignored phrase is kept too: it blocks its words
    if question:
        return []
    if not matched:
        events = _speakers_evaluations(s, {}, []) + _gratitude(s, {}) + _welcome(s)
        events += _greeting(s, events)
        events += _credit_given(s, {}, events)
        events += _visits_named(s, {}, events)
        return _press_statements(s, {}, _cooperation_to_continue(s, {}, events))
    # a noun a verb's pattern names ("expressed his gratitude", "conveyed congratulations
    # to"): the verb codes it
    # "the talks held by Russian and Ukrainian representatives": the talks, between them,
    # not the participle that says who held them
    held = {
        p
        for p in matched
        if s.dep(p) == "acl" and s.head(p) in matched and len(set(_held_by(s, s.head(p), {}))) >= 2
    }
    matched = {i: hit for i, hit in matched.items() if i not in held}
    named = {e for i, (_, ends) in matched.items() if tokens[i].pos == "VERB" for e in ends}
    # talks between two sides of their own stand as an event whatever takes them as a topic
    others_talks = {i for i in matched if _talks_of_others(s, i)}
    matched = {
        i: hit
        for i, hit in matched.items()
        if tokens[i].pos == "VERB" or i not in named or _held_by_an_actor(s, i) or i in others_talks
    }
    stances = {
        i
        for i, (pattern, _) in matched.items()
        if tokens[i].pos != "VERB" and pattern.kind == HOLDER and s.kids(i, "poss")
    }
    matched = {
        i: hit
        for i, hit in matched.items()
        if (
            tokens[i].pos == "VERB"
            or i in stances | others_talks
            or not _under_trigger(s, i, matched)
        )
        and not _wish_with_act(s, i, matched)
        # "Peskov reiterated Russia's opposition to X": the stance is Russia's, coded there
        and not (tokens[i].pos == "VERB" and any(_within(s, k, i) for k in stances))
    }
    # subjects coded so far, for pronouns in the clauses they govern (processed head first)
    done: dict[int, list[str]] = {}
    consumed: set[int] = set()
    events: list[CodedEvent] = []
    order = sorted(matched, key=lambda i: _depth(s, i))
    for v in order:
        if v in consumed and v not in others_talks:
            continue
        pattern, ends = matched[v]
        if pattern.kind == IGNORE:
            consumed.update(ends)
            continue
        events += _code_trigger(s, v, pattern, ends, matched, consumed, done, patterns)
    events = _without_said_content(s, matched, events)
    events = _importance_stressed(s, matched, done, events)
    events = _with_censures(s, matched, done, events)
    events += _speakers_evaluations(s, done, events)
    events += _gratitude(s, done)
    events += _aid_thanked_for(s, events, done)
    events += _visits_named(s, done, events)
    events += _credit_given(s, done, events)
    events = _press_statements(s, done, events)
    events += _welcome(s) if not any(e.code == "043" for e in events) else []
    events += _greeting(s, events)
    events = _cooperation_to_continue(s, done, events)
    events += _talks_urged(s, matched, done, events)
    events += _talks_hosted(s, events)
    events = _restrictions_abroad(s, events)
    events = _optimism_about_relations(s, events)
    # one event said twice in a sentence ("said ... and began his report") is one event,
    # as PETRARCH codes it: the first trigger's
    first: dict[tuple[str, str, str | None], CodedEvent] = {}
    for e in sorted(events, key=lambda e: e.trigger_start):
        if e.target is None and not (_targetless(e.code) or e.explanation.startswith(_PRESS)):
            continue
        first.setdefault((e.code, e.source, e.target), e)
    return list(first.values())


def _targetless(code: str) -> bool:
    """Whether an event of this code stands with no one on the other end: a symbolic act
    ("laid a wreath"), a refusal, an appeal to all, a fight whose enemy is unnamed. Other acts
    are between two actors, and one whose other end the sentence does not name is too
    uncertain to code ("expressed hope", "provided assistance")."""
    return code in (_SYMBOLIC_CODE, _DENIAL_CODE) or code[:2] in _TARGETLESS_ROOTS


def _talks_urged(
    s: _Sentence,
    matched: dict[int, tuple[VerbPattern, list[int]]],
    done: dict[int, list[str]],
    events: list[CodedEvent],
) -> list[CodedEvent]:
    """Supporting or calling for talks between two others urges them to meet (026): "Putin
    supported the restoration of contacts between the EU states and Belarus", "spoke in
    favour of direct contacts between EU representatives and Minsk"."""
    have = {(e.source, e.target) for e in events}
    for v in matched:
        if s.tokens[v].lemma not in _ADVOCACY_VERBS or _negated(s, v):
            continue
        sources = done.get(v) or _subject(s, v, done)[0]
        if not sources:
            continue
        for n in s.subtree(v):
            if s.tokens[n].lemma not in _TALK_NOUNS:
                continue
            urged = [
                a
                for o in _prep_objects(s, n, {"between"})
                for a in _actors(s, o, done)[0]
                if a not in sources
            ]
            urged = list(dict.fromkeys(urged))
            if len(urged) < 2:
                continue
            token = s.tokens[n]
            explanation = "talks urged [newsevents]; source: nsubj; target: the two it urges"
            return [
                CodedEvent(token.start, token.end, "026", sources[0], b, explanation, ())
                for b in urged[:2]
                if (sources[0], b) not in have
            ]
    return []


def _cooperation_to_continue(
    s: _Sentence, done: dict[int, list[str]], events: list[CodedEvent]
) -> list[CodedEvent]:
    """The events with the commitment (030; of dialogue or contacts, to meet, 036) of the
    actors who say they will keep up or deepen cooperation ("the leaders reaffirmed the
    importance of continued close cooperation", "spoke in favour of continuing
    coordination", "we will continue our friendly interaction"), which replaces their
    support of it. The main verb's subject commits, to the cooperation's partner ("with
    X"), else, between two parties, to each other, else to the other party of the
    article."""
    root = next((t.i for t in s.tokens if t.dep == "ROOT"), None)
    if root is None or _negated(s, root) or s.tokens[root].pos != "VERB":
        return events
    if any(e.trigger_start == s.tokens[root].start and e.code[:2] == "04" for e in events):
        return events  # "discussed further coordination": talks about it, no commitment yet
    continued = [
        k
        for k, t in enumerate(s.tokens)
        if (
            t.lemma in _COOPERATION_NOUNS
            # "continuing to coordinate efforts": the cooperation as a verb
            or (t.lemma in _COOPERATION_VERBS and s.dep(k) == "xcomp")
        )
        and s.dep(k) not in ("nsubj", "nsubjpass")
        and (
            s.tokens[s.head(k)].lemma in _CONTINUATION_WORDS
            # "the expansion of trade and economic cooperation"
            or (
                s.dep(k) == "pobj"
                and s.tokens[s.head(k)].lemma == "of"
                and s.tokens[s.head(s.head(k))].lemma in _CONTINUATION_WORDS
            )
            or any(s.tokens[a].lemma in _CONTINUATION_WORDS for a in s.kids(k, "amod", "advmod"))
        )
        and not _negated(s, s.head(k))
    ]
    if not continued:
        return events
    sources, how = _subject(s, root, done)
    if not sources:
        return events
    k = continued[0]
    targets: list[str] = []
    for o in _prep_objects(s, k, {"with"}):
        targets = targets or [a for a in _actors(s, o, done)[0] if a not in sources]
    target_how = "with" if targets else ""
    if not targets:
        targets, target_how = _other_party(s, sources)
    code = "036" if s.tokens[k].lemma in _MEETING_NOUNS else "030"
    if targets:
        pairs = [(a, b) for a in sources[:2] for b in targets[:2] if a != b]
    else:
        pairs = [(a, b) for a in sources[:2] for b in sources[:2] if a != b]
        target_how = "the other party"
    have = {(e.source, e.target) for e in events if e.code[:2] == "03"}
    token = s.tokens[k]
    explanation = (
        f"{s.tokens[root].lemma} + cooperation to continue [newsevents]; source: "
        f"{how or 'nsubj'}; target: {target_how}"
    )
    added = [
        CodedEvent(token.start, token.end, code, a, b, explanation, ())
        for a, b in dict.fromkeys(pairs)
        if (a, b) not in have
    ]
    if s.tokens[root].lemma in _SUPPORT_VERBS:
        # "X expressed support for continuing to coordinate efforts": X's commitment is the
        # event, not X's support of it
        committed = {(e.source, e.target) for e in added}
        start = s.tokens[root].start
        events = [
            e
            for e in events
            if not (
                e.trigger_start == start
                and e.code[:2] == "05"
                and (e.source, e.target) in committed
            )
        ]
    return events + added


# Verbs of support or welcome whose object may be the cooperation committed to.
_SUPPORT_VERBS = {"support", "welcome", "express", "endorse", "back"}


def _message_addressees(s: _Sentence, v: int, done: dict[int, list[str]]) -> tuple[list[str], str]:
    """Whom statement v is addressed to when it is made in a message ("In his messages to
    the heads of ..., the President noted", "in a message addressed to X, he stressed")."""
    for message in _prep_objects(s, v, {"in"}):
        if s.tokens[message].lemma not in _MESSAGE_NOUNS:
            continue
        # "messages to X", "a message addressed to X"
        for holder in [message, *s.kids(message, "acl")]:
            for o in _prep_objects(s, holder, {"to"}, ("prep", "dative")):
                actors, _ = _actors(s, o, done)
                if actors:
                    return actors, "message's addressee"
    return [], ""


def _credit_given(
    s: _Sentence, done: dict[int, list[str]], events: list[CodedEvent]
) -> list[CodedEvent]:
    """Credit a speaker gives is praise (051): "you deserve the highest recognition", "X
    deserves special credit" (of the one who deserves it), "we are proud of the work of our
    doctors" (of what one is proud of; unnamed people at home are the country's), "it is
    gratifying that you ...", "you have done a great deal for ..." (of the one who did)."""
    opening_speaker = _quote_speaker(s, 0)
    out: list[CodedEvent] = []
    for k, token in enumerate(s.tokens):
        if token.lemma not in _CREDIT_WORDS or _negated(s, k):
            continue
        # the quote may open after the sentence's first words ("The message reads: “…")
        speaker = opening_speaker or _quote_speaker(s, k)
        if token.lemma == "deserve" and speaker:
            if not any(s.tokens[o].lemma in _CREDIT_NOUNS for o in s.kids(k, "dobj")):
                continue
            sources, credited = [speaker], _subject(s, k, done)[0]
        elif token.lemma == "proud" and s.dep(k) == "acomp":
            sources = _subject(s, s.head(k), done)[0]
            objects = _prep_objects(s, k, {"of"})
            if not objects:
                continue
            credited = _actors(s, objects[0], done)[0]
        elif (
            (token.lemma in _PLEASURE_WORDS and s.dep(k) == "acomp")
            or (token.text.lower() == "gratifying" and token.pos == "VERB")  # "is gratifying"
            # "It is wonderful that more and more people join the campaign"
            or (
                token.lemma in _APPROVING_WORDS
                and s.dep(k) == "acomp"
                and _expletive_subject(s, s.head(k))
            )
        ):
            feeling = s.head(k) if s.dep(k) == "acomp" else k
            # "I am genuinely pleased that you came far ahead of your competitors", "it is
            # gratifying that specialists of the highest qualifications work there"
            subjects = [
                n for c in s.kids(k, "ccomp") + s.kids(feeling, "ccomp") for n in s.kids(c, "nsubj")
            ]
            if not subjects or not (
                s.tokens[subjects[0]].text.lower() == "you"
                or s.mention_at[subjects[0]] is not None
                or (s.tokens[subjects[0]].tag == "NNS" and speaker)
            ):
                continue
            sources = _subject(s, feeling, done)[0]
            if not sources and speaker and _expletive_subject(s, feeling):
                sources = [speaker]  # "it is gratifying": the speaker's own feeling
            credited = _actors(s, subjects[0], done)[0]
        elif (
            token.lemma in _MERIT_ADJECTIVES
            and s.dep(k) == "acomp"
            and speaker
            and any(
                s.tokens[p].text.lower() == "your"
                for n in s.kids(s.head(k), "nsubj")
                for p in s.kids(n, "poss")
            )
        ):
            # "Your readiness to cooperate is highly relevant": the one addressed is credited
            sources = [speaker]
            credited = _other_party(s, sources)[0]
        elif (
            token.lemma in _NOTING_VERBS
            and token.pos == "VERB"
            and (merit := _merit_noted(s, k)) is not None
        ):
            # "I would like to highlight the creative work of the Heraldic Council", "note
            # the special role of the Supreme Court": credit for whose merit it is
            sources = _subject(s, k, done)[0] or ([speaker] if speaker else [])
            owners = s.kids(merit, "poss") + _prep_objects(s, merit, {"of"})
            credited = _actors(s, owners[0], done)[0] if owners else []
        elif token.lemma == "do" and speaker and _credited_deed(s, k):
            # "you have done much for our relations": credit for what was done
            sources, credited = [speaker], _subject(s, k, done)[0]
        else:
            continue
        sectors = {m.actor_id for m in s.mentions if m.kind == _SECTOR_KIND}
        if _at_home(s) and all(a in sectors for a in credited):
            # unnamed people at home ("our doctors", "our servicemen") are the country's
            credited = [s.context.home]  # type: ignore[list-item]
        explanation = f"{token.lemma} [newsevents]; source: coref:speaker; target: credited"
        out += [
            CodedEvent(token.start, token.end, "051", a, b, explanation, ())
            for a in sources[:2]
            for b in credited[:2]
            if a != b and not any(e.code[:2] == "05" and e.target == b for e in events)
        ]
    return out


# Verbs that single out someone's merit ("highlight the selfless work of the doctors").
_NOTING_VERBS = {
    "highlight", "note", "emphasise", "emphasize", "stress", "mention", "underline",
    "underscore", "acknowledge", "recognise", "recognize", "appreciate", "single",
}  # fmt: skip
# Merits, and the words that make their mention credit ("the special role", "great work").
_MERIT_NOUNS = {
    "contribution", "role", "work", "effort", "merit", "service", "achievement",
    "dedication", "professionalism", "courage", "heroism", "commitment", "success",
}  # fmt: skip
_MERIT_PRAISE = {
    "special", "great", "huge", "important", "significant", "creative", "selfless",
    "painstaking", "invaluable", "outstanding", "tremendous", "enormous", "considerable",
    "key", "decisive", "personal", "active", "hard", "dedicated", "professional",
    "fruitful", "remarkable", "immense", "substantial", "excellent", "tireless",
}  # fmt: skip
# Words that judge what someone addressed has or does as a merit ("your work is invaluable").
_MERIT_ADJECTIVES = {
    "relevant", "valuable", "invaluable", "commendable", "impressive", "admirable",
    "remarkable", "outstanding", "exemplary", "praiseworthy", "inspiring",
}  # fmt: skip
# Words that approve of what someone does, said of it with "it is ... that".
_APPROVING_WORDS = {"wonderful", "heartening", "encouraging", "admirable", "commendable"}
# The words `_credit_given` reads (the rest of a sentence it skips at once).
_CREDIT_WORDS = (
    {"deserve", "proud", "do", "gratify"}
    | _PLEASURE_WORDS
    | _NOTING_VERBS
    | _MERIT_ADJECTIVES
    | _APPROVING_WORDS
)
# How much was done, as credit: "you have done much", "did a lot", "a great deal".
_MUCH_DONE = {"much", "lot", "deal"}


def _merit_noted(s: _Sentence, k: int) -> int | None:
    """The merit noun verb k singles out as credit ("highlight the painstaking work of X",
    "note the special role of Y"): its object, a merit with a word of praise, not negated
    nor in a question; else None."""
    for o in s.kids(k, "dobj"):
        if s.tokens[o].lemma in _MERIT_NOUNS and any(
            s.tokens[a].lemma in _MERIT_PRAISE for a in s.kids(o, "amod", "compound")
        ):
            return o
    return None


def _credited_deed(s: _Sentence, k: int) -> bool:
    """Whether "do" at k says someone, not the speaker's side, has done much: done already
    (past or perfect, not "will do much") and its object an amount ("much", "a lot")."""
    if s.tokens[k].tag not in ("VBD", "VBN") or s.kids(k, "auxpass"):
        return False
    if not any(s.tokens[o].lemma in _MUCH_DONE for o in s.kids(k, "dobj")):
        return False
    subjects = s.kids(k, "nsubj")
    return bool(subjects) and s.tokens[subjects[0]].text.lower() not in _FIRST_PERSON


def _expletive_subject(s: _Sentence, v: int) -> bool:
    return any(s.tokens[j].text.lower() == "it" for j in s.kids(v, "nsubj", "expl"))


def _at_home(s: _Sentence) -> bool:
    """Whether the sentence is in a release of a publisher with a home country that names no
    foreign party: a head of state's message or meeting at home."""
    return bool(s.context.home) and len(s.context.parties) < 2


def _home_audience(s: _Sentence, v: int, root: str) -> bool:
    """Whether trigger v is addressed to unnamed people ("the winners", "all of you", "our
    doctors") in a release of a head of state with no foreign counterpart; for a meeting or
    a cooperation (03, 04: "a meeting with our Olympic team") only people a noun of the
    audience names and no word calls foreign ("talks with international colleagues")."""
    if not _at_home(s):
        return False
    mutual = root in _MEETING_AUDIENCE_ROOTS
    # "pass my congratulations to your teammates": the noun's verb names whom it goes to
    holders = [v, s.head(v)] if s.tokens[v].pos != "VERB" and s.dep(v) == "dobj" else [v]
    preps = {"to", "for", "with"} if mutual else {"to", "for"}
    objects = s.kids(v, "dobj", "dative") + [
        o for h in holders for o in _prep_objects(s, h, preps, ("prep", "dative"))
    ]
    if not objects and s.tokens[v].pos != "VERB" and s.tokens[v].lemma in _GREETING_NOUNS:
        # "Congratulations on the holiday!": to whoever the address is to
        return not mutual
    for o in objects:
        words = [o, *[k for p in s.kids(o, "prep") for k in s.kids(p, "pobj")]]
        # "our Kazakhstani friends": people a demonym or a name qualifies are not at home
        qualifiers = [q for k in words for q in s.kids(k, "amod", "compound")]
        if any(s.mention_at[k] is not None for k in (*words, *qualifiers)):
            return False
        if mutual:
            if s.tokens[o].lemma in _AUDIENCE_NOUNS and not any(
                s.tokens[a].lemma in _FOREIGN_WORDS for a in s.kids(o, "amod")
            ):
                return True
            continue
        if any(
            s.tokens[k].lemma in _AUDIENCE_NOUNS
            or s.tokens[k].text.lower() == "you"
            # "your teammates", "our doctors"
            or any(s.tokens[c].text.lower() in ("your", "our") for c in s.kids(k, "poss"))
            for k in words
        ):
            return True
    return False


# Speaking to the press: "held a news conference", "gave a press conference", "answered
# journalists' questions", "briefed the media", "spoke to reporters".
_PRESS = "press statement [newsevents]"
_PRESS_VERBS = {"hold", "give", "answer", "brief", "address", "speak", "talk", "take"}
_PRESS_NOUNS = {"press", "media", "journalist", "reporter", "newsman", "correspondent"}
_PRESS_EVENTS = {"conference", "briefing", "question", "representative"}
# the press's only when the press qualifies them ("media representatives")
_PRESS_QUALIFIED = {"question", "representative"}


def _press_word(s: _Sentence, k: int) -> bool:
    """Whether token k names the press ("journalists", "media", "reporters")."""
    return s.tokens[k].lemma in _PRESS_NOUNS or s.tokens[k].text.lower() == "media"


def _press_object(s: _Sentence, o: int) -> bool:
    """Whether object o is the press or an event of it: "the press", "journalists" (no named
    outlet), "a news conference", "a briefing", "questions from reporters", "media
    representatives"."""
    lemma = s.tokens[o].lemma
    if _press_word(s, o):
        named = s.mention_at[o]
        return (named is None or named.kind == _SECTOR_KIND) and (
            lemma != "press" or bool(s.kids(o, "det"))
        )
    if lemma not in _PRESS_EVENTS:
        return False
    if lemma in _PRESS_QUALIFIED:
        return any(_press_word(s, k) for k in s.subtree(o) if k != o)
    if lemma == "conference":
        return any(s.tokens[k].lemma in ("news", "press") for k in s.kids(o, "compound", "amod"))
    return True


def _press_statements(
    s: _Sentence, done: dict[int, list[str]], events: list[CodedEvent]
) -> list[CodedEvent]:
    """A statement to the public (010, no one on the other end) by whoever holds a news
    conference, a briefing, or answers or briefs journalists; it replaces what the verb's
    own pattern made of it ("held a conference" as a meeting, "briefed" someone).

    Why: the press is no party; an account's other party or the city it happened in is
    not whom a news conference addresses."""
    out = list(events)
    for v, t in enumerate(s.tokens):
        if t.lemma not in _PRESS_VERBS or t.pos != "VERB" or _negated(s, v):
            continue
        objects = s.kids(v, "dobj") + [o for p in s.kids(v, "prep") for o in s.kids(p, "pobj")]
        press = any(_press_object(s, o) for o in objects)
        if not press:
            continue
        sources, how = done.get(v) or [], "nsubj"
        if not sources:
            sources, how = _subject(s, v, done)
        if not sources:
            continue
        # "held a joint news conference with X": the meeting with X stays
        out = [
            e
            for e in out
            if e.trigger_start != t.start or " with" in e.explanation.rpartition("target:")[2]
        ]
        out += [
            CodedEvent(t.start, t.end, "010", a, None, f"{_PRESS}; source: {how or 'nsubj'}", ())
            for a in sources[:2]
        ]
    return out


def _welcome(s: _Sentence) -> list[CodedEvent]:
    """ "Welcome, Emmanuel.", "I am delighted to see you, welcome.": a party's welcome in a
    transcript of two parties' talks hosts the other (043), who visits (042)."""
    for k, token in enumerate(s.tokens):
        if token.lemma != "welcome" or token.pos == "VERB" or s.kids(k, "nsubj"):
            continue
        opens = k == 0 or s.tokens[k - 1].text in (":", ",", ".", "!")
        if s.dep(k) not in ("ROOT", "advcl", "conj", "parataxis", "intj") and not opens:
            continue  # "a welcome decision", "welcome news": no greeting
        return _speaker_hosts(s, k, "welcome")
    return []


def _speaker_hosts(s: _Sentence, k: int, what: str) -> list[CodedEvent]:
    """The speaker of token k, one of the article's two parties, hosts the other (043), who
    visits (042); not a guest the sentence names as of the publisher's own country (a
    minister thanked for coming to the Kremlin is at home)."""
    speaker = _quote_speaker(s, k)
    if speaker is None or speaker not in s.context.parties:
        return []
    guests, _ = _other_party(s, [speaker])
    home = (s.context.home or "").removeprefix("country_").upper()
    guests = [g for g in guests if not (home and _country_of(s, g) == home)]
    token = s.tokens[k]
    explanation = f"{what} [newsevents]; source: coref:speaker; target: coref:addressee"
    return _with_visits(
        [CodedEvent(token.start, token.end, "043", speaker, g, explanation, ()) for g in guests]
    )


# A host's greeting of a guest who came ("thank you for coming", "for being here in
# Russia", "for accepting my invitation to come", "a pleasure to see you", "welcome you to
# Moscow"): the words after the host's pleasure or thanks.
_GREETING = re.compile(
    r"\b(?:thank(?:s|\s+you)?\b[^.;:!?]{0,40}?\bfor\s+(?:(?:finding|taking)\s+(?:the\s+)?time\s+to\s+"
    r"come|coming|being\s+(?:here|with\s+us)|accepting\s+(?:my|our)\s+invitation|your\s+visit"
    r"|visiting)|(?:glad|pleased|delighted|happy|nice|good|great|pleasure)\s+to\s+(?:see|meet|"
    r"welcome|receive|host)\s+you|(?<![\w-])welcome\s+you\s+(?:to|in|here)\b)",
    re.I,
)


def _greeting(s: _Sentence, events: list[CodedEvent]) -> list[CodedEvent]:
    """A party's greeting of the other in a transcript of their talks ("Thank you for being
    here in Russia today", "It is a pleasure to see you"): the speaker hosts the other
    (`_speaker_hosts`)."""
    if any(e.code in ("042", "043") for e in events):
        return []
    found = _GREETING.search(s.text)
    k = next((t.i for t in s.tokens if t.start >= found.start()), None) if found else None
    return [] if k is None else _speaker_hosts(s, k, "greeting")


# A visit named as a noun, and what makes it one not yet made.
_VISIT_NOUNS = {"visit", "trip"}
_VISIT_VERBS = {"visit", "tour"}
_MOVING_PREPS = {"prep into", "prep to", "prep from", "prep toward", "prep towards"}
_PLACE_TARGET_ROOTS = {"07", "08", "16", "17"}
_UNMADE_WORDS = {"upcoming", "forthcoming", "planned", "future", "possible", "next", "potential"}
# Verbs whose object goes on the visit they name ("invited me on an official visit") and
# verbs whose subject does ("came to Moscow on a working visit").
_INVITING_VERBS = {"invite"}
_TRAVEL_VERBS = {"come", "arrive", "go", "travel", "fly"}


def _visits_named(
    s: _Sentence, done: dict[int, list[str]], events: list[CodedEvent]
) -> list[CodedEvent]:
    """A visit named as a noun with its visitor ("the visit by the President of Uzbekistan
    to Russia", "Macron's visit to Moscow", "thank you for inviting me on an official visit
    to the Russian Federation", "your visit" said by the host): the visitor visits (042)
    where it went, else the one who speaks of "your visit". A visit not yet made ("the
    upcoming visit") or with no visitor named ("during the visit") is not coded."""
    coded = {e.trigger_start for e in events}
    out: list[CodedEvent] = []
    for k, token in enumerate(s.tokens):
        if (
            token.lemma not in _VISIT_NOUNS
            or token.pos not in ("NOUN", "PROPN")
            or token.start in coded
            or any(s.tokens[a].lemma in _UNMADE_WORDS for a in s.kids(k, "amod"))
        ):
            continue
        visitors, how, yours = _visitors(s, k, done)
        if not visitors:
            continue
        hosts, target_how = [], ""
        for o in (
            _prep_objects(s, k, {"to"})
            or _prep_objects(s, _visit_verb(s, k), {"to"})
            or _to_within(s, k)
        ):
            hosts, target_how = _actors(s, o, done, places=True)
        if not hosts and yours and (speaker := _quote_speaker(s, k)):
            hosts, target_how = [speaker], "coref:speaker"  # "your visit", said by the host
        explanation = f"visit named [newsevents]; source: {how}; target: {target_how}"
        out += [
            CodedEvent(token.start, token.end, "042", v, h, explanation, ())
            for v in visitors
            for h in hosts
            if h != v
        ]
    return out


def _visit_verb(s: _Sentence, k: int) -> int:
    """The verb visit noun k is the goal of ("invited me on a visit", "came on a visit"),
    else k itself."""
    head = s.head(k)
    if s.dep(k) == "pobj" and s.tokens[head].lemma in ("on", "for") and s.dep(head) == "prep":
        return s.head(head)
    return k


def _to_within(s: _Sentence, k: int) -> list[int]:
    """The object of the first "to" phrase after noun k that the parser hung elsewhere: on
    a word inside k's phrase ("the visit by the President of Uzbekistan to Russia"), or on
    the word k is the object of ("following the visit by X to Russia")."""
    for p in sorted(s.subtree(k)):
        if p > k and s.tokens[p].lemma == "to" and s.dep(p) == "prep" and s.head(p) != k:
            return s.kids(p, "pobj")[:1]
    if s.dep(k) in ("dobj", "pobj"):
        # "following the visit by X to Russia", the "to" hung on "following"
        head = s.head(k)
        return [o for o in _prep_objects(s, head, {"to"}) if o > k][:1]
    return []


def _visitors(s: _Sentence, k: int, done: dict[int, list[str]]) -> tuple[list[str], str, bool]:
    """Who makes visit k (its owner, its "by", the one invited on it or travelling on it),
    how, and whether it is "your" visit."""
    for c in s.kids(k, "poss"):
        actors, how = _actors(s, c, done)
        return actors, how or "poss", s.tokens[c].text.lower() == "your"
    for o in _prep_objects(s, k, {"by"}):
        actors, how = _actors(s, o, done)
        return actors, how or "by", False
    verb = _visit_verb(s, k)
    if verb == k or _negated(s, verb):
        return [], "", False
    if s.tokens[verb].lemma in _INVITING_VERBS:
        for o in s.kids(verb, "dobj"):
            actors, how = _actors(s, o, done)
            return actors, how or "invited", s.tokens[o].text.lower() == "you"
    if s.tokens[verb].lemma in _TRAVEL_VERBS:
        actors, how = _subject(s, verb, done)
        return actors, how, False
    return [], "", False


# Coercion by restrictions (170, and 172, administrative sanctions, CAMEO's curfews and bans
# a government imposes at home) that one country imposes on another is a sanction (163).
_RESTRICTION_CODES = {"170", "172"}
_SANCTIONS_CODE = "163"


def _restrictions_abroad(s: _Sentence, events: list[CodedEvent]) -> list[CodedEvent]:
    """Restrictions one country imposes on another's country, citizens or companies ("the
    United States imposed restrictive measures on Russian legal entities") are sanctions
    (163), not the administrative sanctions (172) a government imposes at home. A bloc or a
    region of no one country ("the Western states", "the EU") imposes them abroad."""
    home = s.context.home
    # "the restrictions imposed by Washington were hampering Russian exports", in a release
    # at home: restrictions on the home country, named in the sentence
    home_named = home is not None and any(
        m.actor_id == home and m.kind != "place" for m in s.mentions
    )
    out = []
    for e in events:
        target = e.target
        if (
            e.code in _RESTRICTION_CODES
            and target is None
            and home_named
            and _country_of(s, e.source) not in ("", _country_of(s, home or ""))
        ):
            target = home
        out.append(
            replace(
                e,
                code=_SANCTIONS_CODE,
                target=target,
                explanation=e.explanation + "; restrictions abroad: 163",
            )
            if e.code in _RESTRICTION_CODES
            and target is not None
            and (other := _country_of(s, target))
            and _country_of(s, e.source) != other
            else e
        )
    return out


def _aid_thanked_for(
    s: _Sentence, events: list[CodedEvent], done: dict[int, list[str]]
) -> list[CodedEvent]:
    """Aid one is thanked for was given, as stated ("thanked Russia for the humanitarian aid
    supplied to the republic", "expressed gratitude for the assistance provided by the
    Defence Ministry"): aid (070; humanitarian, 073) from its giver (the aid's owner or the
    participle's agent, else the one thanked) to its receiver (the participle's "to", else
    the one who thanks)."""
    by_start = {t.start: t.i for t in s.tokens}
    out: list[CodedEvent] = []
    for e in events:
        if e.code[:2] != "05" or e.trigger_start not in by_start:
            continue
        v = by_start[e.trigger_start]
        # "extended his gratitude for the help": the noun's verb holds the "for"
        top = s.head(v) if s.tokens[v].pos != "VERB" and s.dep(v) == "dobj" else v
        for k in s.subtree(top):
            if (
                s.tokens[k].lemma not in _AID_NOUNS
                or s.dep(k) != "pobj"
                or s.tokens[s.head(k)].lemma != "for"
                or not _within(s, k, top)
                # "assistance in hosting the talks": help with an act, no aid given (but
                # "help in evacuating citizens" is humanitarian aid)
                or any(
                    s.kids(p, "pcomp")
                    and not any(s.tokens[x].lemma in _HUMANITARIAN_WORDS for x in s.subtree(p))
                    for p in s.kids(k, "prep")
                )
            ):
                continue
            givers: list[str] = []
            receivers: list[str] = []
            for c in s.kids(k, "poss", "compound", "amod"):
                # a named owner ("Russia's aid"); "its aid" is the one thanked
                if (m := _np_actor(s, c)) is not None:
                    givers = givers or [m.actor_id]
            for o in _prep_objects(s, k, {"of"}) + [
                o for c in _conjuncts(s, k) for o in _prep_objects(s, c, {"of"})
            ]:
                # "the help and support of the Russian Federation" (its first actor: what
                # follows is often an apposition, "..., Kazakhstan's strategic partner")
                givers = givers or _actors(s, o, done)[0][:1]
            for participle in s.kids(k, "acl"):
                for a in s.kids(participle, "agent"):
                    for o in s.kids(a, "pobj"):
                        givers = givers or _actors(s, o, done)[0]
                for o in _prep_objects(s, participle, {"to"}, ("prep", "dative")):
                    receivers = receivers or _actors(s, o, done, places=True)[0]
            givers = givers or ([e.target] if e.target else [])
            receivers = receivers or [e.source]
            humanitarian = any(s.tokens[x].lemma in _HUMANITARIAN_WORDS for x in s.subtree(k))
            code = "073" if humanitarian else "070"
            explanation = "aid thanked for [newsevents]; source: giver; target: receiver"
            token = s.tokens[k]
            out += [
                CodedEvent(token.start, token.end, code, a, b, explanation, ())
                for a in givers[:2]
                for b in receivers[:2]
                if a != b
            ]
    return list(dict.fromkeys(out))


def _shared_importance(s: _Sentence, v: int, subject: int) -> bool:
    """Whether passive statement v says the importance of an act no one else is named in
    was stated ("The importance of continuing cooperation was stressed")."""
    t = s.tokens[v]
    return (
        (t.lemma in _STATEMENT_VERBS or t.lemma == _STRESS_VERB)
        and s.tokens[subject].lemma in _IMPORTANCE_NOUNS
        and not _mentions_others(s, within=s.subtree(subject))
    )


def _importance_stressed(
    s: _Sentence,
    matched: dict[int, tuple[VerbPattern, list[int]]],
    done: dict[int, list[str]],
    events: list[CodedEvent],
) -> list[CodedEvent]:
    """Stressing the importance or the need of an act ("emphasised the importance of Kiev's
    strict compliance with ...", "stressed the need for the US and NATO to respond") appeals
    to whoever it names for it (020); said by both parties of their own acts ("the leaders
    reaffirmed the importance of continuing cooperation"), it is their commitment to each
    other (030)."""
    out = list(events)
    for v, (pattern, _) in matched.items():
        t = s.tokens[v]
        if t.pos != "VERB" or not done.get(v) or _negated(s, v):
            continue
        if not (
            pattern.kind == REPORT
            or t.lemma in _STATEMENT_VERBS
            or pattern.code[:2] in ("01", "10")
        ):
            continue
        stressed = [o for o in s.kids(v, "dobj") if s.tokens[o].lemma in _IMPORTANCE_NOUNS]
        if not stressed:
            continue
        sources = done[v]
        # "the need for the US and NATO to respond": the act's own subject is whom it asks
        agents = [
            a
            for k in s.subtree(stressed[0])
            if any(s.tokens[c].lemma == "for" for c in s.kids(k, "mark"))
            for n in s.kids(k, "nsubj")
            for a in (n, *_conjuncts(s, n))
        ]
        named = [
            m.actor_id
            for k in (agents if any(s.mention_at[a] for a in agents) else s.subtree(stressed[0]))
            if (m := s.mention_at[k]) is not None
            and m.kind != "place"
            and m.actor_type != "group"  # regions and unnamed groups are no addressees
            and m.actor_id not in sources
        ]
        named = list(dict.fromkeys(named))
        if len(sources) >= 2:
            # the two parties, stressing what they are to do together
            code, what = _COMMITMENT_CODE, "commitment"
            pairs = [(a, b) for a in sources[:2] for b in sources[:2] if a != b]
        elif named:
            code, pairs, what = "020", [(sources[0], b) for b in named[:2]], "appeal"
        else:
            continue
        out = [e for e in out if e.trigger_start != t.start]
        if code == "020":
            # the act appealed for is not done ("the need for NATO to take Russia's demands
            # seriously"): no event of its own
            asked = {s.tokens[k].start for k in s.subtree(stressed[0])}
            out = [e for e in out if e.trigger_start not in asked]
        explanation = (
            f"{pattern.describe()} + importance of an act ({what}); source: nsubj; target: "
            + ("actor named in the act" if code == "020" else "the other party")
        )
        scope = tuple(
            (s.tokens[k].start, s.tokens[k].end)
            for k in sorted({v, *s.region(v, after=True), *s.region(v, after=False)})
        )
        out += [
            CodedEvent(t.start, t.end, code, a, b, explanation, scope)
            for a, b in dict.fromkeys(pairs)
        ]
    return out


def _gratitude(s: _Sentence, done: dict[int, list[str]]) -> list[CodedEvent]:
    """Being grateful to or satisfied with someone praises them (051): "We are grateful to
    you for ...", "I am satisfied with the progress in Russian-Hungarian relations"."""
    out: list[CodedEvent] = []
    for k, token in enumerate(s.tokens):
        if token.lemma not in _GRATEFUL_WORDS or s.dep(k) != "acomp" or _negated(s, s.head(k)):
            continue
        sources, source_how = _subject(s, s.head(k), done)
        if not sources:
            continue
        objects = [
            o
            for p in s.kids(k, "prep")
            if s.tokens[p].lemma in ("to", "with")
            for o in s.kids(p, "pobj")
        ]
        targets, target_how = [], ""
        own = _own_countries(s, sources)
        for o in objects if source_how != "coref:parties" else []:
            targets = [a for a in _actors(s, o, done)[0] if a not in sources]
            # "with the progress in Russian-Hungarian relations" (by Hungary's leader): the
            # relations' other country
            targets += [
                m.actor_id
                for r in s.subtree(o)
                if s.tokens[r].lemma in _RELATION_NOUNS
                for m in _modifier_mentions(s, r)
                if m.actor_type == "country"
            ]
            targets = list(dict.fromkeys(targets))
            if any(_country_of(s, a) not in own for a in targets):
                targets = [a for a in targets if _country_of(s, a) not in own]
            if targets:
                target_how = "prep"
                break
        if source_how == "coref:parties":
            # "Both sides were satisfied with Russian-Angolan relations": with each other
            targets, target_how = sources[:2], "the other party"
        if not targets:
            targets, target_how = _other_party(s, sources)
        explanation = f"{token.text.lower()} [newsevents]; source: {source_how or 'nsubj'}; target: {target_how}"
        out += [
            CodedEvent(token.start, token.end, "051", a, b, explanation, ())
            for a in sources[:2]
            for b in targets[:2]
            if a != b
        ]
    return out


def _culprits(s: _Sentence, k: int, done: dict[int, list[str]]) -> list[str]:
    """Whom a word of censure at k is about: the subject of a censure verb ("Kiev refuses"),
    else the owner of the censured thing ("Kiev's destructive policy", "violations by Kiev",
    "provocations from Ukrainian militants", "Ukrainian provocations"), else the subject of
    the clause that has it ("Kiev is pursuing a destructive policy")."""
    if s.tokens[k].pos == "VERB":
        subjects = s.kids(k, "nsubj")
        if subjects and s.dep(k) == "relcl" and s.tokens[subjects[0]].lemma in _RELATIVES:
            # "actions taken by Kiev, which is evading compliance": what "which" stands for
            return _actors(s, s.head(k), done)[0]
        found = _subject(s, k, done)[0]
        for subject in [] if found else s.kids(k, "nsubj"):
            # "the restrictions Washington imposed are hampering exports": their doer
            found = _doer_of(s, subject, done)
            if found:
                break
        return found
    n = s.head(k) if s.dep(k) == "amod" else k
    if s.tokens[n].lemma == "as" and n != k:
        # "described Washington's behaviour as aggressive": the parser hangs the adjective
        # on "as"; what is so described is the object before it
        n = k
    for c in s.kids(n, "poss"):
        found = _actors(s, c, done)[0]
        if found:
            return found
    for p in s.kids(n, "prep"):
        if s.tokens[p].lemma in ("by", "from", "of"):
            for o in s.kids(p, "pobj"):
                found = _actors(s, o, done)[0] or _agent_of(s, o, done)
                if found:
                    return found
    found = _agent_of(s, n, done)
    if found:
        return found
    mention = _np_actor(s, n)
    if mention is not None and mention.kind != "place":
        return [mention.actor_id]
    h = s.head(n)
    if s.dep(n) == "pobj" and s.dep(h) == "prep":
        if s.tokens[h].lemma == "of" and s.tokens[s.head(h)].pos == "NOUN":
            # "cited facts of violations of the law by Kiev": the "by" hung on "facts"
            for o in _prep_objects(s, s.head(h), {"by"}):
                found = _actors(s, o, done)[0]
                if found:
                    return found
        # "provided examples of violations by Kiev", the "by" hung on the verb by the parser
        governor = s.head(s.head(h)) if s.dep(s.head(h)) in ("dobj", "pobj") else s.head(h)
        if s.tokens[governor].pos == "VERB" and not s.kids(governor, "auxpass"):
            for o in _prep_objects(s, governor, {"by"}):
                found = _actors(s, o, done)[0]
                if found:
                    return found
    if s.dep(n) in ("dobj", "attr", "acomp") and s.tokens[h].pos in ("VERB", "AUX"):
        # "Kiev is pursuing a destructive policy", "the US activity there is unacceptable"
        found = _subject(s, h, done)[0]
        for subject in [] if found else s.kids(h, "nsubj", "nsubjpass"):
            # "the sanctions imposed by the US are illegitimate", "NATO's expansion was a
            # mistake": the subject's doer
            found = _doer_of(s, subject, done)
            if found:
                break
        return found
    if (
        s.dep(n) == "pobj"
        and s.tokens[h].lemma in ("in", "with", "through", "by")
        and s.dep(h) == "prep"
        and s.tokens[s.head(h)].pos in ("VERB", "AUX")
    ):
        # "in violation of the agreements, Kiev is betting on force": the manner of what the
        # clause's subject does
        return _subject(s, s.head(h), done)[0]
    if (s.dep(n) == "pobj" or (n == k and s.dep(k) == "amod")) and s.tokens[h].lemma == "as":
        # "described Russia's statements as lies": the owner of what is so described (the
        # parser may hang "as" on a word inside the object, so look up the chain)
        j = h
        while s.head(j) != j:
            j = s.head(j)
            for o in s.kids(j, "dobj"):
                found = [a for c in s.kids(o, "poss") for a in _actors(s, c, done)[0]]
                # "described the decision of the German authorities as unfriendly"
                found = found or [
                    a for x in _prep_objects(s, o, {"of", "by"}) for a in _actors(s, x, done)[0]
                ]
                mention = _np_actor(s, o)
                if found or mention is not None:
                    return found or [mention.actor_id]  # type: ignore[union-attr]
    return []


def _country_of(s: _Sentence, actor_id: str) -> str:
    """An actor's three-letter country: its mention's in the sentence, a country's from its
    id ("country_ukr"), else ""."""
    for m in s.mentions:
        if m.actor_id == actor_id and m.country:
            return m.country.upper()
    return actor_id.removeprefix("country_").upper() if actor_id.startswith("country_") else ""


# Armed forces named by a country's demonym: a country's own, when it acts on them.
_FORCE_NOUNS = {
    "troops", "forces", "soldiers", "units", "army", "military", "peacekeepers", "warships",
    "ships", "tanks", "jets", "aircraft", "contingent", "servicemen", "personnel",
}  # fmt: skip


def _own_forces(s: _Sentence, o: int, source: list[str]) -> bool:
    """Whether object o is the forces of the source's own country ("withdraw Russian
    troops", said of Russia's president or government)."""
    return (
        s.tokens[o].lemma in _FORCE_NOUNS or s.tokens[o].text.lower() in _FORCE_NOUNS
    ) and _country_of(s, _np_id(s, o)) in _own_countries(s, source)


def _unnamed_group(s: _Sentence, i: int) -> bool:
    """Whether noun i is an unnamed group ("troops", "police") that no demonym or name
    qualifies."""
    m = s.mention_at[i]
    return (
        m is not None
        and m.kind == _SECTOR_KIND
        and not any(
            (q := s.mention_at[k]) is not None and q is not m
            for k in s.kids(i, "amod", "compound", "poss")
        )
    )


def _np_id(s: _Sentence, i: int, country_only: bool = False) -> str:
    """The id of the actor the noun phrase headed by i names ("Russian troops"), or "";
    with `country_only`, only a country ("Italy", "Brazil's farmers": a body of that country
    is not the country, "the rebel front")."""
    mention = _np_actor(s, i)
    if mention is None or (country_only and mention.actor_type != "country"):
        return ""
    return mention.actor_id


def _own_countries(s: _Sentence, sources: list[str]) -> set[str]:
    """The countries of the sources; a source named before the sentence ("He stressed") is
    taken for the publisher's side, whose releases these mostly are."""
    named = {m.actor_id for m in s.mentions}
    countries = {a: _country_of(s, a) for a in sources}
    if all(country or a in named for a, country in countries.items()):
        return set(countries.values()) - {""}
    home = _country_of(s, s.context.home or "")
    return {country or ("" if a in named else home) for a, country in countries.items()} - {""}


def _failure_of_another(s: _Sentence, k: int) -> bool:
    """Whether verb k states, as a fact, that its own named subject does not act ("Kiev is
    not showing", "had done nothing"): negated or with "nothing" as object, not in a
    condition, a purpose or a question, and not a modal's ("need not", "should not")."""
    t = s.tokens[k]
    # "Kiev was dragging out the talks and was not showing any interest": a conjunct
    # shares its head's subject
    subject_of = s.head(k) if s.dep(k) == "conj" and not s.kids(k, "nsubj") else k
    if t.pos not in ("VERB", "AUX") or not s.kids(subject_of, "nsubj"):
        return False
    nothing = any(s.tokens[o].lemma == "nothing" for o in s.kids(k, "dobj"))
    if not (_negated(s, k) or nothing):
        return False
    if _aux_words(s, k) & (_HYPOTHETICAL_AUX | {"will", "would", "wo", "need"}):
        return False
    return not any(s.tokens[c].lemma in _CONDITIONAL_MARKS for c in s.kids(k, "mark"))


def _doer_of(s: _Sentence, n: int, done: dict[int, list[str]]) -> list[str]:
    """Who did what noun n names, by its owner or modifier ("London's decision", "Russian
    attacks") or its "by" phrase ("attempts by the US"); [] when no actor is said."""
    for c in s.kids(n, "poss", "compound", "amod", "nmod"):
        actors = _actors(s, c, done)[0]
        if actors:
            return actors
    for c in s.kids(n, "relcl"):
        if s.tokens[c].pos == "VERB" and not s.kids(c, "dobj", "auxpass"):
            # "the restrictions Washington had imposed": the relative clause's subject,
            # whose object the noun is
            for subject in s.kids(c, "nsubj"):
                actors = _actors(s, subject, done)[0]
                if actors:
                    return actors
    return _agent_of(s, n, done)


def _agent_of(s: _Sentence, n: int, done: dict[int, list[str]]) -> list[str]:
    """Who did what noun n names, by its "by" phrase: "crimes committed by X" (through the
    participle), "violations of the law by X" (hung on the object's noun by the parser)."""
    for c in [n, *s.kids(n, "acl")]:
        for p in s.kids(c, "agent", "prep"):
            if s.tokens[p].lemma == "by":
                for o in s.kids(p, "pobj"):
                    found = _actors(s, o, done)[0]
                    if found:
                        return found
    return []


def _with_censures(
    s: _Sentence,
    matched: dict[int, tuple[VerbPattern, list[int]]],
    done: dict[int, list[str]],
    events: list[CodedEvent],
) -> list[CodedEvent]:
    """A statement whose content censures an actor ("noted Kiev's destructive policy",
    "stressed that Kiev refuses to ...") criticizes that actor (111) rather than just
    saying something (01); one whose content credits an actor ("highlighted the Red Army's
    decisive contribution") praises it (051). The evaluation is the statement's event;
    censure wins over praise."""
    out = list(events)
    for v, (pattern, _) in matched.items():
        t = s.tokens[v]
        if t.pos != "VERB" or not done.get(v):
            continue
        stating = pattern.kind == REPORT or pattern.code[:2] == "01"
        if not stating and t.lemma not in _STATEMENT_VERBS | _CITING_VERBS:
            continue
        sources = done[v]
        content = _statement_content(s, v, pattern, matched)
        for code, words, what in _EVALUATIONS:
            if code == "051" and not stating:
                continue  # a citing verb's praise is rare; its censure is not
            evaluated: list[str] = []
            said = [k for k in content if s.tokens[k].lemma in words and not _negated(s, k)]
            # "emphasised the missile strikes by the Ukrainian army": force its author is
            # named for, stated as a fact, accuses that author (the strikes stay an event)
            force = [
                k
                for k in content
                if code == "111"
                and k in matched
                and s.tokens[k].pos == "NOUN"
                and matched[k][0].code[:2] in _FORCE_ROOTS
            ]
            # "stressed that Kiev is not showing a serious commitment", "noted that X had done
            # nothing to ...": another side's failure to act, stated, is a criticism of it
            failed = [
                k
                for k in content
                if code == "111"
                and _failure_of_another(s, k)
                and s.tokens[k].lemma not in _CENSURE_WORDS
                # "did not violate", "has not attacked": not doing harm is no failure
                and not (
                    k in matched
                    and matched[k][0].code[:2] >= "10"
                    and not _takes_an_occasion(s, k)  # "not seized the opportunity"
                )
            ]
            for k in said + force:
                evaluated += [a for a in _culprits(s, k, done) if a not in sources]
            speakers = _own_countries(s, sources)
            for k in failed:
                evaluated += [
                    a
                    for a in _culprits(s, k, done)
                    if a not in sources and speakers and _country_of(s, a) not in speakers
                ]
            evaluated = list(dict.fromkeys(evaluated))
            if not evaluated:
                continue
            root = code[:2]
            already = {(e.source, e.target) for e in out if e.code[:2] in (root, "12")}
            # "cited the crimes committed by X": the crimes are the censure's substance, not
            # an attack of their own
            named = {
                s.tokens[x].start
                for x, (other, ends) in matched.items()
                if other.code[:2] >= "14" and set(ends) & set(said)
            }
            # "informed Orban about the talks, and also gave assessments of Kiev's cynical
            # provocation": censure only in a coordinated predicate leaves the telling too
            coordinated = {
                k for c in s.kids(v, "conj") if s.tokens[c].pos == "VERB" for k in s.subtree(c)
            }
            keep_statement = bool(coordinated) and set(said + force + failed) <= coordinated
            out = [
                e
                for e in out
                if not (e.trigger_start == t.start and e.code[:2] == "01" and not keep_statement)
                and e.trigger_start not in named
            ]
            explanation = (
                f"{pattern.describe()} + {what} in its content; source: nsubj; target: "
                + ("culprit" if root == "11" else "credited")
            )
            scope = tuple(
                (s.tokens[k].start, s.tokens[k].end)
                for k in sorted({v, *s.region(v, after=True), *s.region(v, after=False)})
            )
            out += [
                CodedEvent(t.start, t.end, code, a, b, explanation, scope)
                for a in sources[:2]
                for b in evaluated[:2]
                if (a, b) not in already
            ]
            break
    return out


def _speakers_evaluations(
    s: _Sentence, done: dict[int, list[str]], events: list[CodedEvent]
) -> list[CodedEvent]:
    """In a quote or a transcript turn, the speaker's own sentence is a statement: words of
    censure or credit about an actor ("our colleagues in the West preferred to ignore all
    this", "you rightfully gained high regard") criticize (111) or praise (051) that actor,
    when no statement verb of the sentence has done so already. The quote may open inside
    the sentence ("The message reads, in part: “…”"): its words are its speaker's."""
    if not s.context.quoted:
        return []
    out: list[CodedEvent] = []
    for code, words, what in _EVALUATIONS:
        if any(e.code[:2] == code[:2] for e in events):
            continue
        for k, token in enumerate(s.tokens):
            if token.lemma not in words or _negated(s, k):
                continue
            speaker = _quote_speaker(s, k)
            if speaker is None:
                continue
            evaluated = [a for a in _culprits(s, k, done) if a != speaker]
            if not evaluated and code == "051" and _credits_people_at_home(s, k):
                evaluated = [s.context.home]  # type: ignore[list-item]
            explanation = f"{what} in the speaker's words; source: coref:speaker; target: " + (
                "culprit" if code == "111" else "credited"
            )
            out += [
                CodedEvent(token.start, token.end, code, speaker, a, explanation, ())
                for a in evaluated[:2]
            ]
            if out:
                return out
    return out


# Who holds the credit when the speaker is the one praised: self-praise is no event.
_FIRST_PERSON = {"i", "we", "my", "our", "me", "us", "myself", "ourselves"}


def _credit_holder(s: _Sentence, k: int) -> int | None:
    """The word naming who holds the credit that word k gives: the owner of the credited
    thing ("the society's contribution"), else the subject of the clause that has it ("they
    have made a great contribution")."""
    n = s.head(k) if s.dep(k) == "amod" else k
    owners = s.kids(n, "poss")
    if owners:
        return owners[0]
    h = s.head(n)
    if s.dep(n) in ("dobj", "attr") and s.tokens[h].pos in ("VERB", "AUX"):
        subjects = s.kids(h, "nsubj")
        return subjects[0] if subjects else None
    return None


def _credits_people_at_home(s: _Sentence, k: int) -> bool:
    """Whether praise word k, in a quote or turn of a release with a home country and no
    foreign party, credits people no actor names: "they have made a huge contribution", "the
    society's substantial contribution" (the country's people, as `_credit_given` takes
    them), not the speaker's own side ("our achievements")."""
    if not _at_home(s):
        return False
    holder = _credit_holder(s, k)
    if holder is None or s.tokens[holder].text.lower() in _FIRST_PERSON:
        return False
    return s.tokens[holder].pos in ("PRON", "NOUN")


def _statement_content(
    s: _Sentence, v: int, pattern: VerbPattern, matched: dict[int, tuple[VerbPattern, list[int]]]
) -> list[int]:
    """The words a statement at v says: its subtree without its subject, and, for an act of
    telling ("gave an update, noting that ..."), without a statement nested in it, which has
    its own content."""
    subjects = {k for j in s.kids(v, *_SUBJECT_DEPS, "nsubjpass") for k in s.subtree(j)}
    telling = pattern.kind != REPORT and s.tokens[v].lemma not in _STATEMENT_VERBS | _CITING_VERBS
    nested = {
        k
        for x, (other, _) in matched.items()
        if telling
        and x != v
        and s.tokens[x].pos == "VERB"
        and _within(s, x, v)
        and (other.kind == REPORT or s.tokens[x].lemma in _STATEMENT_VERBS | _CITING_VERBS)
        for k in s.subtree(x)
    }
    return [k for k in s.subtree(v) if k != v and k not in subjects | nested]


def _infinitives(
    s: _Sentence, v: int, matched: dict[int, tuple[VerbPattern, list[int]]]
) -> list[int]:
    """The first trigger down v's chain of infinitives ("agreed to continue to maintain
    contact": maintain), or the direct infinitives when none is a trigger."""
    direct = s.kids(v, "xcomp")
    stack = list(direct)
    while stack:
        x = stack.pop(0)
        if x in matched:
            return [x]
        stack.extend(s.kids(x, "xcomp"))
    return direct


def _within(s: _Sentence, k: int, top: int) -> bool:
    """Whether token k is top or hangs from it."""
    while True:
        if k == top:
            return True
        if s.head(k) == k:
            return False
        k = s.head(k)


def _reporter(
    s: _Sentence,
    v: int,
    matched: dict[int, tuple[VerbPattern, list[int]]],
    done: dict[int, list[str]],
) -> list[str]:
    """The speaker of the reporting verb whose clause holds v, if any."""
    j = v
    while s.dep(j) in ("conj", "xcomp") and s.head(j) != j:
        j = s.head(j)
    if s.dep(j) == "ROOT":
        return _view_holder(s, j, done)
    if s.dep(j) != "ccomp":
        return []
    governor = s.head(j)
    if governor > j:
        return []  # "X bombarded Y, media reported": an attribution, the act stands
    if governor in matched and matched[governor][0].kind == REPORT:
        return done.get(governor, [])
    return []


# Nouns by which a sentence opens with whose view it gives: "In his view, …".
_VIEW_NOUNS = {"view", "opinion", "assessment", "estimate", "words"}


def _view_holder(s: _Sentence, root: int, done: dict[int, list[str]]) -> list[str]:
    """Whose view a main clause states, by its opening: "According to him, Kiev had
    shelled …" (the person "him" is), "In the President's view, …"; else []."""
    holders = []
    for p in s.kids(root, "prep"):
        if p > root:
            continue
        if s.tokens[p].lemma == "accord":
            holders += [o for to in s.kids(p, "prep") for o in s.kids(to, "pobj")]
        if s.tokens[p].lemma == "in":
            holders += [
                owner
                for o in s.kids(p, "pobj")
                if s.tokens[o].lemma in _VIEW_NOUNS
                for owner in s.kids(o, "poss")
            ]
    if not holders:
        return []
    if s.tokens[holders[0]].text.lower() in ("him", "his", "her"):
        # "According to him,": the person named last before
        return [s.context.last_person] if s.context.last_person else []
    return _actors(s, holders[0], done)[0]


def _depth(s: _Sentence, i: int) -> int:
    d, j = 0, i
    while s.head(j) != j and d < 50:
        j, d = s.head(j), d + 1
    return d


def _code_trigger(
    s: _Sentence,
    v: int,
    pattern: VerbPattern,
    ends: list[int],
    matched: dict[int, tuple[VerbPattern, list[int]]],
    consumed: set[int],
    done: dict[int, list[str]],
    patterns: VerbPatterns,
) -> list[CodedEvent]:
    t = s.tokens[v]
    code = pattern.code
    nominal = t.pos != "VERB"
    if code == _ACCORD_CODE and t.lemma == "agree" and _speaker_agrees(s, v):
        # "I fully agree with the President of France": endorsing someone's view (051)
        code = _ENDORSE_CODE
    if t.lemma == "call" and s.kids(v, "oprd"):
        return []  # "what it called the illegal entry": naming, no call
    # a pattern's nouns are part of this event; its verbs are coded on their own, but for a
    # threat ("threatened to impose sanctions"): the act threatened is not done
    consumed.update(e for e in ends if s.tokens[e].pos != "VERB" or code[:2] == _THREAT_ROOT)
    # an infinitive after a verb that is not a trigger: asserted after "decided", an intent
    # after "wants", nothing after the rest ("need to meet")
    governor = s.head(v)
    # "I am glad to welcome you", "it gives us great pleasure to receive ...": the welcome
    performative = not nominal and t.lemma in _HOSTING_VERBS and _pleasure_host(s, v) is not None
    performative = performative or (not nominal and _opportunity_taken(s, v, code))
    if not nominal and s.dep(v) in ("xcomp", "ccomp") and governor != v and not performative:
        head_lemma = s.tokens[governor].lemma
        asking = governor in matched and matched[governor][0].kind == ASK
        # "I would like to thank ...", "we want to express our condolences", "I would like
        # to invite you": saying so is the thanks, the condolence or the invitation itself
        performative = (
            head_lemma in _PERFORMATIVE_HEADS
            and (code[:2] in ("01", "05") or t.lemma in _INVITING_VERBS)
            and any(s.tokens[c].lemma in _SPEAKER_PRONOUNS for c in s.kids(governor, "nsubj"))
            and not _negated(s, governor)
        )
        appeal = (
            governor in matched
            and matched[governor][0].code[:2] == "02"
            # "urged X to influence Kiev", "X was urged to influence Kiev"
            and bool(s.kids(governor, "dobj", "nsubjpass"))
        )
        if performative:
            pass
        elif appeal and not asking:
            return []  # "urged X to influence Kiev": the act appealed for is not done
        elif head_lemma in _WISH_HEADS or asking:
            if s.kids(v, "nsubj") or s.dep(v) == "ccomp":
                return []  # "wants Putin to attack": an appeal to Putin, coded by "wants"
            if code[:2] not in INTENT_CODES:
                return []
            code = _intent_code(code)
        elif (
            s.dep(v) == "xcomp"
            and governor not in matched
            and head_lemma not in _ASSERTIVE_HEADS
            and head_lemma not in _REFUSAL_HEADS
        ):
            return []
    if (
        nominal
        and s.dep(v) == "dobj"
        and s.dep(act := s.head(v)) == "xcomp"
        and act not in matched
        and s.tokens[s.head(act)].lemma in _WISH_HEADS
        and code[:2] in INTENT_CODES
    ):
        # "we are ready to continue the negotiations with X": talks intended, not held
        code = _intent_code(code)
    # an intent verb with an infinitive trigger: the intent to do that act, or the act
    if not nominal and t.lemma in _REFUSAL_HEADS and any(x in matched for x in s.kids(v, "xcomp")):
        return []  # "refused to negotiate": coded as a rejection at "negotiate"
    if (
        not nominal
        and t.lemma in _ASSERTIVE_HEADS
        and s.kids(v, "xcomp")
        # "helped the republic to obtain equipment": with no act named after it, the help
        # is the event
        and (t.lemma not in _AID_VERBS or any(x in matched for x in s.kids(v, "xcomp")))
    ):
        return []  # "decided to impose sanctions": the sanctions are coded on their own
    # "agreed that the experts would discuss it": a commitment to the act, as "agreed to"
    promised = [
        c
        for c in s.kids(v, "ccomp")
        if c in matched and {s.tokens[a].lemma for a in s.kids(c, "aux")} & {"will", "would"}
    ]
    if not nominal and t.lemma in _COMMITMENT_HEADS and promised and code[:2] != _INTENT_ROOT:
        code = "030"
    if not nominal and t.lemma == "agree" and code[:2] in ("03", "05") and _contacts_agreed(s, v):
        # "agreed to keep in contact", "it was agreed that the contacts would continue": an
        # intent to meet again (036), as "agreed to meet"
        code = INTENT_CODES["04"]
    ready_with: list[int] = []
    if not nominal and code[:2] == _INTENT_ROOT:
        # "agreed to continue talks", "expressed readiness to provide assistance"
        noun_acts = [x for e in ends for x in s.kids(e, "acl", "xcomp") if x in matched]
        # "reaffirmed Russia's readiness for dialogue with Kiev": talks it is ready for,
        # with whom it would hold them
        for e in ends:
            for x in _prep_objects(s, e, {"for"}):
                partners = _prep_objects(s, x, {"with"})
                if s.tokens[x].lemma in _DIALOGUE_NOUNS and partners:
                    code = INTENT_CODES["04"]
                    ready_with = partners
        for x in noun_acts or promised or _infinitives(s, v, matched):
            if x in matched and x not in consumed:
                act = matched[x][0].code
                if act[:2] in INTENT_CODES:
                    code = _intent_code(act)
                    consumed.add(x)
                elif act[:2] >= "10" and t.lemma in _COMMITMENT_HEADS:
                    return []  # "pledged to expel": the expulsion is coded on its own
                else:
                    consumed.add(x)
    modality = "asserted" if nominal or performative else _modality(s, v)
    announced_talks = False
    if modality == "refused":
        if code[:2] not in REFUSAL_CODES:
            return []
        code = REFUSAL_CODES[code[:2]]
    elif modality != "asserted":
        return []
    elif not (nominal or performative) and code[:2] in INTENT_CODES and _announced(s, v):
        # "Russia will continue to provide aid to Syria": an act announced is an intent to it
        code = _intent_code(code)
        announced_talks = code == INTENT_CODES["04"]
    elif nominal and (code[:2] == "04" or t.lemma in _TALK_NOUNS) and _announced_as_subject(s, v):
        # "The discussion will cover ...", "the talks are to focus on ...": talks announced
        code = INTENT_CODES["04"]
        announced_talks = True
    root = code[:2]
    if s.dep(v) == "acl" and (
        root in ("01", "02") or t.lemma in _STATEMENT_VERBS | {"raise", "address"}
    ):
        return []  # "the concern expressed by X", "proposals made by Y": a noun's modifier
    if (
        not nominal
        and t.lemma == "call"
        and not pattern.size
        and (objects := s.kids(v, "dobj"))
        and s.mention_at[objects[0]] is None
        and s.tokens[objects[0]].lemma not in _COUNTERPART_NOUNS | OFFICE_NOUNS
        and s.tokens[objects[0]].pos != "PRON"
    ):
        return []  # "calling the decision stupid": naming a thing, no call placed
    if (
        s.dep(v) == "ccomp"
        and s.head(v) in matched
        and matched[s.head(v)][0].code[:2] in _DEMANDING_ROOTS
    ):
        return []  # "demanded that Britain release the sailors": asked for, not done
    if _alleged(s, v):
        return []  # "alleged war crimes committed by X": an allegation, not a fact
    if s.dep(v) == "ccomp" and s.tokens[s.head(v)].lemma in _DENYING_VERBS:
        return []  # "denied that Russian forces had bombed the hospital": no act stated
    if (
        s.dep(v) == "advcl"
        and t.tag == "VBG"
        and pattern.code[:2] >= "14"
        and _reporter(s, s.head(v), matched, done)
    ):
        return []  # "said X had bombed Gori, killing civilians": the accusation covers both
    if (
        s.dep(v) == "advcl"
        and t.tag == "VBG"
        and t.lemma in _TOPIC_PARTICIPLES
        and not any(s.tokens[p].lemma == "with" for p in s.kids(v, "prep"))
        and (
            s.tokens[s.head(v)].lemma in _STATEMENT_VERBS
            or (s.head(v) in matched and matched[s.head(v)][0].kind == REPORT)
        )
    ):
        return []  # "Speaking about relations with the US, he said": the saying is the event
    if s.dep(v) == "acl" and t.tag == "VB" and not performative:
        # "the operation to defend Donbass", "measures to evacuate": a purpose ("this
        # opportunity to thank you" is the thanks)
        return []
    if (
        t.tag == "VB"
        and s.dep(v) in ("xcomp", "advcl")
        and v >= 2
        and s.tokens[v - 1].lemma == "to"
        and s.tokens[v - 2].pos == "NOUN"
        and s.dep(v - 2) == "pobj"
    ):
        return []  # the same purpose, which the parser hung on the clause's verb
    passive = bool(s.kids(v, *_PASSIVE_SUBJECT_DEPS, "auxpass")) or (
        t.tag == "VBN" and s.dep(v) == "acl"
    )
    source_how = target_how = ""
    if nominal:
        if pattern.kind == BETWEEN:
            parties = _talk_sides(s, v, done) or _pair_before(s, v)
            parties = list(dict.fromkeys(parties))
            if len(parties) < 2 and _talks_of_the_parties(s, v) and not _restated(s, v):
                # "The discussion covered ...": the talks the article is an account of, of
                # all its parties with each other
                parties = list(s.context.parties)
                return _emit(s, v, code, parties, [], pattern, "coref:parties", "", False)
            if len(parties) < 2:
                return []
            return _emit(s, v, code, parties[:1], parties[1:2], pattern, "between", "between", True)
        talk_noun = t.lemma in _TALK_NOUNS
        covering = s.dep(v) == "nsubj" and s.tokens[s.head(v)].lemma in _COVERING_VERBS
        if (
            (root == "04" or talk_noun)
            and (_took_place(s, v) or covering)
            and _talks_of_the_parties(s, v)
        ):
            # "An exchange of views took place on Syria", "Talks were held", "Their
            # discussion focused on energy": in an account of two parties' talks, talks no
            # one is said to hold are theirs, with each other
            if root != "04" and not announced_talks:  # "talks" are talks, whatever the verb
                code = "046" if t.lemma in _NEGOTIATION_NOUNS else "040"
            parties = list(s.context.parties)
            return _emit(s, v, code, parties, [], pattern, "coref:parties", "", False)
        if (
            not pattern.after
            and pattern.kind != HOLDER
            and (
                pattern.verb == t.lemma
                or (
                    pattern.origin == _PETRARCH
                    and not any(s.tokens[p].lemma in _PARTNER_PREPS for p in s.kids(v, "prep"))
                )
            )
            and s.tokens[s.head(v)].lemma not in _LIGHT_VERBS
            and not _force_noun(s, v, patterns.of(t.lemma))
        ):
            # a bare noun ("the target") is no act; "attack on", "held talks" are; nor is a
            # PETRARCH verb's bare default through its noun with no partner ("their
            # relations"; "his interaction with the US" is one)
            return []
        sources, source_how = _nominal_source(s, v, done, spoken=root in ("01", "05"))
        lead = s.context.parties[:1]
        if not sources and root == "04" and lead and pattern.after == _WITH and _held(s, v):
            # "This came up during a videoconference with President X": in an account of
            # the lead party's talks, a meeting no one is said to hold is the lead's
            sources, source_how = list(lead), "coref:lead party"
        if not sources:
            return []
        targets, target_how = _targets(s, v, ends, sources, done, root)
        if source_how == "coref:lead party" and not targets:
            return []
    elif passive:
        agents = [o for a in s.kids(v, "agent") for o in s.kids(a, "pobj")]
        subjects = s.kids(v, *_PASSIVE_SUBJECT_DEPS)
        impersonal = (
            bool(subjects)
            and s.tokens[subjects[0]].lemma == "it"
            and bool(s.kids(v, "xcomp", "ccomp"))
        )
        if (
            not agents
            and impersonal
            and root in _MUTUAL_ROOTS
            and s.context.parties_are_people
            and len(s.context.parties) >= 2
        ):
            # "It was agreed to maintain contact": in an account of two parties' talks,
            # what was agreed without saying by whom, both parties agreed, with each other
            return _emit(
                s, v, code, list(s.context.parties), [], pattern, "coref:parties", "", False
            )
        two_party = s.context.counterpart_named and len(s.context.parties) >= 2
        # the document signed: the passive's subject, or the noun the participle or the
        # relative clause qualifies ("the Declaration, which has just been signed", "the
        # agreement signed in February")
        signed_document = (
            s.head(v)
            if s.dep(v) in ("acl", "relcl")
            and (not subjects or s.tokens[subjects[0]].tag in ("WDT", "WP"))
            else (subjects[0] if subjects else None)
        )
        signed = (
            signed_document is not None
            and code == _SIGN_CODE
            and s.tokens[_through_quantity(s, signed_document)].lemma in _DOCUMENT_NOUNS
        )
        # "Preparations for the SCO summit were discussed": actors inside the topic are
        # what was discussed, not who discussed it
        topic = set(s.subtree(subjects[0])) if subjects else set()
        # "..., including Israeli air strikes", "with an emphasis on ...": more of the topic
        for p in s.kids(v, "prep"):
            if s.tokens[p].lemma in _TOPIC_PREPS or (
                s.tokens[p].lemma == "with"
                and any(s.tokens[o].lemma in _EMPHASIS_NOUNS for o in s.kids(p, "pobj"))
            ):
                topic |= set(s.subtree(p))
        discussed_scope_free = not _mentions_others(
            s, within=[k for k in range(len(s.tokens)) if k not in topic]
        )
        discussed = root == "04" and discussed_scope_free
        # "Mutual satisfaction was expressed with the level of cooperation": a stance of
        # goodwill stated without saying whose, in an account of two parties' talks
        expressed = (
            bool(subjects)
            and t.lemma == "express"
            and root in _SHARED_STANCE_ROOTS
            and not _mentions_others(s, within=s.subtree(subjects[0]))
        )
        if not agents and two_party and subjects and _shared_importance(s, v, subjects[0]):
            # "The importance of continuing cooperation was stressed": in an account of two
            # parties' talks, their commitment to each other
            code = _COMMITMENT_CODE
            discussed = True
        # "Further contacts were agreed upon", "An agreement was reached to continue ...":
        # what was agreed without saying by whom, in an account of two parties' talks
        agreed = (
            t.lemma in _AGREEING_VERBS
            and root in _MUTUAL_ROOTS
            and discussed_scope_free
            and bool(subjects)
            and s.dep(v) != "acl"  # "agreements reached on ...": a noun's modifier
        )
        if agreed and subjects and s.tokens[subjects[0]].lemma in _TALK_NOUNS:
            code = INTENT_CODES["04"]  # contacts agreed on are talks intended
        if not agents and two_party and subjects and t.lemma in _TELLING_VERBS | _ASKING_VERBS:
            # "The South African President was briefed on ...", "He was told that ...": in
            # an account of two parties' talks, the other party told them
            told, told_how = _actors(s, subjects[0], done, subject=True)
            parties = s.context.parties
            if len(told) == 1 and told[0] in parties[:2]:
                other = [p for p in parties[:2] if p != told[0]]
                return _emit(
                    s,
                    v,
                    code,
                    other,
                    told,
                    pattern,
                    "coref:other party",
                    told_how or "nsubjpass",
                    False,
                )
        if (
            not agents
            and two_party
            and subjects
            and t.lemma == "express"
            and root == "01"
            and (concerned := _targets(s, v, [], list(s.context.parties), done, root)[0])
        ):
            # "Concern was expressed over the actions of Kiev": in an account of two
            # parties' talks, both voiced it, about whoever the concern is over
            parties = list(s.context.parties)
            return _emit(s, v, code, parties, concerned, pattern, "coref:parties", "", False)
        if not agents and two_party and (signed or discussed or expressed or agreed):
            # "Following the talks, a declaration was signed", "The situation in Libya was
            # also discussed": in an account of two parties' talks, by the two of them,
            # with each other
            parties = list(s.context.parties)
            return _emit(s, v, code, parties, [], pattern, "coref:parties", "", False)
        if not agents:
            return []
        sources, _ = _actors(s, agents[0], done)
        source_how = "agent"
        if subjects:
            targets, target_how = _actors(s, subjects[0], done)
            target_how = target_how or "nsubjpass"
        elif s.dep(v) == "acl":
            targets, target_how = _actors(s, s.head(v), done)
            target_how = target_how or "acl head"
        else:
            targets = []
        if not targets:
            # "measures imposed on Russia by the US": a preposition of the participle
            targets, target_how = _targets(s, v, [], sources, done, root)
    else:
        sources, source_how = _subject(s, v, done)
        host = _pleasure_host(s, v) if performative else None
        if not sources and host is not None:
            sources, source_how = _actors(s, host, done)
        if not sources and performative and s.dep(v) == "acl":
            # "I would like to take this opportunity to thank you": who takes it thanks
            taker = s.head(s.head(v))
            for k in (taker, s.head(taker)):
                if s.kids(k, "nsubj"):
                    sources, source_how = _actors(s, s.kids(k, "nsubj")[0], done)
                    break
        speaker = _quote_speaker(s, v)
        if not sources and t.lemma in _FORMULA_VERBS and _turns_main_verb(s, v) and speaker:
            # "Thank you for accepting my invitation", said in a turn: the speaker thanks
            sources, source_how = [speaker], "coref:speaker"
        if not sources and t.lemma in _HOSTING_VERBS and _turns_main_verb(s, v) and speaker:
            # "Welcome to Russia!", said by the host to the guest: the host receives them
            guests, _ = _other_party(s, [speaker])
            if not guests:
                return []
            return _with_visits(
                _emit(
                    s,
                    v,
                    "043",
                    [speaker],
                    guests,
                    pattern,
                    "coref:speaker",
                    "coref:addressee",
                    False,
                )
            )
        if pattern.kind == TARGET_SOURCE:
            targets, target_how = sources, source_how
            sources, source_how = _targets(s, v, ends, targets, done, root)
            if source_how.endswith(_ONE_COUNTRY):
                target_how = f"{target_how} {_ONE_COUNTRY}"
        elif pattern.kind == HOLDER:
            return []  # a stance noun's holder is handled as a nominal trigger
        elif pattern.kind == ASK:
            asked = [c for x in s.kids(v, "ccomp", "xcomp") for c in s.kids(x, "nsubj")]
            asked += s.kids(v, "dobj")
            targets, target_how = _actors(s, asked[0], done) if asked else ([], "")
            if not targets:
                return []
        elif pattern.kind == WARN:
            # "warned Ukraine", "threatened the United States": the one warned, unless
            # what it warns of names its target
            warned = s.kids(v, "dobj", "dative")
            targets, target_how = _actors(s, warned[0], done) if warned else ([], "")
            for c in s.kids(v, "ccomp"):
                if c in matched and matched[c][0].code[:2] >= "10":
                    code = _THREAT_CODES.get(matched[c][0].code[:2], code)
                    threatened = _targets(s, c, matched[c][1], sources, done, root)
                    if threatened[0]:
                        targets, target_how = threatened
                    consumed.add(c)
                    break
            if not targets:
                # "warned that Russia is prepared ... if Europe chooses to escalate": the
                # threat is against whoever the condition names
                for c in s.kids(v, "ccomp"):
                    for condition in s.kids(c, "advcl"):
                        marks = {s.tokens[m].lemma for m in s.kids(condition, "mark")}
                        subjects = s.kids(condition, "nsubj")
                        if marks & _CONDITIONAL_MARKS and subjects:
                            targets, _ = _actors(s, subjects[0], done)
                            target_how = "subject of the condition"
        elif pattern.direction == SOURCE_ONLY or pattern.kind == REPORT:
            targets, target_how = [], ""
            if pattern.kind == REPORT:
                # "informed the President", "reported to the President"
                told = s.kids(v, "dobj", "dative") + [
                    o
                    for p in s.kids(v, "prep")
                    if s.tokens[p].lemma == "to"
                    for o in s.kids(p, "pobj")
                ]
                if told:
                    targets, target_how = _actors(s, told[0], done)
                else:
                    targets, target_how = _message_addressees(s, v, done)
        else:
            targets, target_how = _targets(s, v, ends, sources, done, root)
        if ready_with:
            readied = _actors(s, ready_with[0], done)[0]
            if readied:
                targets, target_how = readied, "partner of the talks it is ready for"
        if not targets and root == _INTENT_ROOT:
            # "agreed to continue its contacts with Austria": the partner of the act intended
            for x in _infinitives(s, v, matched):
                targets, target_how = _targets(s, x, [], sources, done, root)
                if target_how == "coref:parties" and len(sources) >= 2:
                    # "X and Y agreed on consultations between their countries": "their"
                    # is the subjects', who act toward each other
                    targets, target_how = [], ""
                if targets:
                    target_how = f"intended act's {target_how}"
                    break
        if not targets and root == "10" and t.lemma in _DEMAND_VERBS:
            # "demanded that Britain apologise": of whom the act is demanded (a subjunctive
            # or "should" clause: "need"/"hope that you will" demand nothing)
            for c in s.kids(v, "ccomp"):
                if s.tokens[c].tag not in ("VB", "VBP") or _aux_words(s, c) - {"should", "must"}:
                    continue
                for subject in s.kids(c, "nsubj"):
                    targets, target_how = _actors(s, subject, done)
                    target_how = target_how or "subject of the demanded act"
                    break
        if not targets and root == "11":
            # "claimed that ISIL had attacked Iraq": an accusation of the clause's subject;
            # what it alleges is not coded as a fact
            for c in s.kids(v, "ccomp"):
                subjects = s.kids(c, "nsubj", "nsubjpass")
                if subjects:
                    targets, target_how = _actors(s, subjects[0], done)
                    target_how = target_how or "subject of the alleged clause"
                consumed.update(k for k in matched if _within(s, k, c))
    done[v] = sources
    if not sources:
        return []
    if code == _SYMBOLIC_CODE and pattern.direction == SOURCE_ONLY:
        # "laid flowers at the Eternal Flame": a symbolic act, with no one on the other end
        return _emit(s, v, code, sources, [], pattern, source_how, "", False, True)
    # (the context is read only where a rule needs it: a sentence coded without reading a
    # field is coded once for every article it is copied into, see `events._CodedSentences`)
    if (
        not targets
        and root == _SANCTION_ROOT
        and (home := s.context.home) is not None
        and home not in sources
        and all(s.mentions_type(a) in ("country", "group", "organization") for a in sources)
    ):
        # "the sanctions imposed by Western countries", in a release of a sanctioned
        # country's government: against that country
        targets, target_how = [home], "publisher's country"
    if (
        targets
        and target_how == "place"
        and root in _MUTUAL_ROOTS
        and source_how == "coref:speaker"
        and len(parties := s.context.parties) >= 2
        and sources[0] in parties
        and _first_person_plural(s, v)
        and {_country_of(s, a) for a in targets} <= _own_countries(s, sources)
    ):
        # "we met in Moscow in June", said by one of two parties to the other: the two of
        # them met, in the speaker's country
        sources, source_how, targets, target_how = list(parties), "coref:parties", [], ""
    if (
        not targets
        and root in _NEEDS_TARGET_ROOTS
        and source_how == "coref:speaker"
        and len(parties := s.context.parties) >= 2
        and sources[0] in parties
        and _first_person_plural(s, v)
        and all(m.actor_id in parties for m in s.mentions if m.kind != "place")
    ):
        # "We maintain constant contact", said by one of two parties to the other, with no
        # one else named: the two of them, with each other
        sources, source_how = list(parties), "coref:parties"
    if source_how == "coref:parties" and len(sources) >= 2 and root in _MUTUAL_ROOTS:
        # "the two leaders discussed the Syrian settlement": with each other, not with Syria
        targets, target_how = [], ""
    if _topic_of_coordinated_talks(s, v, sources, source_how, targets, target_how, root):
        # "X and Y discussed the situation in Ukraine", "X and Y had an exchange of views
        # on Syria": talks of the two with each other, about a country
        targets, target_how = [], ""
    if not targets and root in _AUDIENCE_ROOTS and _home_audience(s, v, root):
        # "I congratulate the winners", "thanks to all of you": in a head of state's
        # message to no foreign counterpart, people it addresses are its own country's
        targets, target_how = [s.context.home], "home audience"  # type: ignore[list-item]
    if not targets and code == _SYMPATHY_CODE and _at_home(s) and s.context.home not in sources:
        # "I offer my condolences to the victims' families": sympathy at home goes to the
        # home country's people, however deep the parser hangs them
        targets, target_how = [s.context.home], "home audience"  # type: ignore[list-item]
    if (
        targets
        and root == "01"
        and len(s.context.parties) >= 2
        and s.context.parties_are_people
        and t.lemma not in _TELLING_VERBS  # "informed his ministers": told them
        and target_how not in ("dative", "prep to", "prep with")
        and {_country_of(s, a) for a in targets} <= _own_countries(s, sources)
    ):
        # "The President of Uzbekistan raised the situation of Uzbek citizens": in an
        # account of two parties' talks, what one says of its own country is said to the
        # other
        targets, target_how = [], ""
    if (
        not targets
        and root in _ADDRESSED_ROOTS
        and pattern.kind not in (WARN,)
        # "Scholz and Kishida agreed to begin consultations": coordinated subjects of
        # cooperation act toward each other, not toward the article's parties
        and not (len(sources) >= 2 and root in _MUTUAL_ROOTS and source_how == "nsubj")
    ):
        targets, target_how = _other_party(s, sources)
    speaker = _reporter(s, v, matched, done)
    if speaker and root >= "14" and not nominal:
        if not targets and pattern.origin == _PETRARCH and not pattern.size:
            # "said the peacekeepers were taking measures": a PETRARCH verb's default code
            # alone, with no one on the other end, is not that act (as below)
            return []
        if not _own_countries(s, speaker) & _own_countries(s, sources):
            # a reported act of force is, as PETRARCH codes it, an accusation by the
            # speaker against its author ("The US said that Iraq had attacked ..."): 112;
            # of the speaker's own side, no accusation
            return _emit(
                s, v, "112", speaker, sources, pattern, "reporter", source_how, False, False
            )
    if not targets and root in _NEEDS_TARGET_ROOTS and len(sources) < 2:
        return []
    if not targets and root == "01" and code != _DENIAL_CODE:
        return []  # a statement to no one in particular: the quotes table has what was said
    if not targets and pattern.origin == _PETRARCH and not pattern.size and len(sources) < 2:
        # a PETRARCH verb's default code holds between two actors, as PETRARCH codes it:
        # "took", "resolved", "saw" alone, with no one on the other end, are not that act
        return []
    if t.lemma in _HOSTING_VERBS and not pattern.after:
        # the guest is the object, or the subject of the passive ("he was welcomed by X")
        guests = s.kids(v, "dobj") + (
            [o for o in s.kids(v, *_PASSIVE_SUBJECT_DEPS) if s.tokens[o].lemma in _PERSON_PRONOUNS]
            if passive
            else []
        )
        if targets and any(_guest(s, o) for o in guests):
            code = "043"  # "received my French counterpart", "welcomed Mr X": hosts the guest
        elif code == "043":
            return []  # "received the proposals": nothing hosted
    # "his meeting with X": a meeting with someone is theirs as well; "spoke by phone with
    # X": a call is both parties' (PETRARCH codes a verb's meeting one way)
    mutual = (
        code in MUTUAL_CODES
        or (nominal and pattern.after == _WITH and code in _MET_CODES)
        # "Putin met (with) X" in a press office's account: the office records an
        # encounter of both (a wire item, with no publisher known, is coded one way, as
        # PETRARCH does)
        or (
            s.context.home is not None
            and code in _MET_CODES
            and (
                (pattern.after == _WITH and target_how in ("pattern with", "prep with"))
                or (t.lemma == "meet" and not nominal and target_how == "dobj")
            )
            and not _aux_words(s, v) & _NOT_YET_AUX
        )
        # a call is a conversation of both, whoever placed it ("X phoned Y")
        or (code == _CALL_CODE and (not nominal or target_how in ("pattern with", "prep with")))
        # "Russia was in contact with the US side": contact is of both
        or (
            code in _MET_CODES
            and target_how in ("pattern with", "prep with")
            and any(s.tokens[e].lemma in _TALK_NOUNS | {"touch", "communication"} for e in ends)
        )
        # "Putin will hold talks with X" in a release: both intend the talks announced
        or (announced_talks and target_how in ("pattern with", "prep with"))
    )
    # "X and Y held talks", "X and Y had a conversation": the light verb's coordinated
    # subjects act with each other, as with a verb
    carried = nominal and source_how == "nsubj" and s.tokens[s.head(v)].lemma in _LIGHT_VERBS
    coordinated = not (nominal or passive) or source_how == "coref:parties" or carried
    return _with_visits(
        _emit(s, v, code, sources, targets, pattern, source_how, target_how, mutual, coordinated)
    )


def _topic_of_coordinated_talks(
    s: _Sentence,
    v: int,
    sources: list[str],
    source_how: str,
    targets: list[str],
    target_how: str,
    root: str,
) -> bool:
    """Whether the targets of talks held by coordinated subjects are what the talks are
    about (a country, a place: "discussed Ukraine", "views on the situation in Syria"), not a
    partner (a person, or one talked "with") nor where they meet ("will meet in Geneva",
    which PETRARCH codes as the target)."""
    if not (
        root == "04"
        and len(sources) >= 2
        and source_how == "nsubj"
        and targets
        and not target_how.endswith("with")
        and all(s.mentions_type(a) != "person" for a in targets)
    ):
        return False
    where = {
        m.actor_id
        for p in s.kids(v, "prep")
        if s.tokens[p].text.lower() in _LOCATIVE_PREPS
        for o in s.kids(p, "pobj")
        if (m := _np_actor(s, o, places=True)) is not None
    }
    return not where & set(targets)


def _talks_hosted(s: _Sentence, events: list[CodedEvent]) -> list[CodedEvent]:
    """Talks held in a place of one side's country ("Following the talks held in Moscow,
    Vladimir Putin and Ilham Aliyev spoke by telephone", "Putin held talks with Xi Jinping in
    Beijing"): the other side visited that country (042) and the host received them (043).
    Only in a release of a publisher with a home country, as its press office writes the
    visits of its head; a wire's "talks in Beijing" are coded as talks."""
    if not s.context.home:
        return []
    talks = [k for k, t in enumerate(s.tokens) if t.lemma in _TALK_NOUNS and t.pos == "NOUN"]
    heads = talks + [
        p for k in talks for p in s.kids(k, "acl") if s.tokens[p].lemma in _HOLDING_VERBS
    ]
    heads += [s.head(k) for k in talks if s.tokens[s.head(k)].lemma in _HOLDING_VERBS]
    places = {
        m.actor_id
        for h in heads
        for o in _prep_objects(s, h, {"in"})
        if (m := s.mention_at[o]) is not None and m.actor_type == "country"
    }
    if len(places) != 1:
        return []
    where = places.pop()
    country = _country_of(s, where)
    out: list[CodedEvent] = []
    for e in events:
        if e.code[:2] != "04" or e.target is None:
            continue
        source, target = _country_of(s, e.source), _country_of(s, e.target)
        if not country or not source or not target or source == target:
            continue
        if source == country:
            host, guest = e.source, e.target
        elif target == country:
            host, guest = e.target, e.source
        else:
            continue
        explanation = f"talks held in the host's country [newsevents]; {e.explanation}"
        out += [
            CodedEvent(e.trigger_start, e.trigger_end, "042", guest, where, explanation),
            CodedEvent(e.trigger_start, e.trigger_end, "043", host, guest, explanation),
        ]
    return out


def _with_visits(events: list[CodedEvent]) -> list[CodedEvent]:
    """A host's welcome (043) is also its guest's visit: 042 from the guest to the host."""
    return events + [
        replace(e, code="042", source=e.target, target=e.source)
        for e in events
        if e.code == "043" and e.target
    ]


def _held(s: _Sentence, n: int) -> bool:
    """Whether meeting noun n names a meeting that took place ("during a recent
    videoconference with X", "at their last meeting with Y"), not one wished for
    ("readiness for dialogue with X")."""
    head = s.head(n)
    return (s.dep(n) == "pobj" and s.tokens[head].lemma in _MEETING_TIME_PREPS) or any(
        s.tokens[a].lemma in _PAST_WORDS for a in s.kids(n, "amod")
    )


# Verbs whose talks are still to come (offered, hosted, resumed, urged) or are a third
# party's act (brokered, mediated: coded as its mediation).
_TALKS_TO_COME_VERBS = {
    "host", "hold", "resume", "organise", "organize", "propose", "offer", "encourage", "urge",
    "support", "start", "begin", "launch", "arrange", "facilitate", "mediate", "broker", "want",
    "seek",
}  # fmt: skip


def _talks_of_others(s: _Sentence, n: int) -> bool:
    """Whether negotiation noun n names two sides of its own that are not the article's
    parties ("exchanged views on Ukraine, including the current talks between Russian and
    Ukrainian representatives"): talks of their own, whatever verb takes them as a topic."""
    if s.tokens[n].lemma not in _NEGOTIATION_NOUNS:
        return False
    if s.tokens[s.head(n)].lemma in _TALKS_TO_COME_VERBS:
        return False  # "offered to host talks between ...", "resuming negotiations between"
    sides = set(_talk_sides(s, n, {}))
    return len(sides) >= 2 and not sides <= set(s.context.parties)


def _talk_sides(s: _Sentence, v: int, done: dict[int, list[str]]) -> list[str]:
    """The sides of talks noun v: "talks between A and B", "talks held by Russian and
    Ukrainian representatives"."""
    between = [a for o in _prep_objects(s, v, {"between"}) for a in _sides_named(s, o, done)]
    return list(dict.fromkeys(between + _held_by(s, v, done)))


def _held_by(s: _Sentence, v: int, done: dict[int, list[str]]) -> list[str]:
    """The actors who held talks noun v ("talks held by A and B", "talks held via
    videoconference by A and B", where the parser may hang "by" on the medium)."""
    return [
        a
        for participle in s.kids(v, "acl")
        if s.tokens[participle].lemma in _HOLDING_VERBS
        for by in s.subtree(participle)
        if s.tokens[by].lemma == "by" and s.dep(by) in ("agent", "prep")
        for o in s.kids(by, "pobj")
        for a in _sides_named(s, o, done)
    ]


def _sides_named(s: _Sentence, o: int, done: dict[int, list[str]]) -> list[str]:
    """The actors a phrase naming the sides of talks names: itself and its conjuncts, its
    coordinated modifiers ("Russian and Ukrainian representatives") and the objects of its
    "of" ("the delegations of Russia and Ukraine")."""
    sides = _actors(s, o, done)[0]
    sides += [
        m.actor_id
        for k in s.kids(o, "amod", "compound")
        for j in (k, *_conjuncts(s, k))
        if (m := s.mention_at[j]) is not None and m.kind != "place"
    ]
    if s.mention_at[o] is None:
        sides += [a for x in _prep_objects(s, o, {"of"}) for a in _actors(s, x, done)[0]]
    return sides


def _pair_before(s: _Sentence, n: int) -> list[str]:
    """The actors named by the modifiers before noun n ("the Russian-Ukrainian talks",
    "Russia-Ukraine negotiations"), unless they are the article's own two parties, whose
    talks the account codes in its own words ("agreed to continue the Russian-French
    dialogue"); none when the noun has an owner ("Russia's Ukrainian talks")."""
    if s.kids(n, "poss"):
        return []
    pair = list(dict.fromkeys(m.actor_id for m in _modifier_mentions(s, n) if m.kind != "place"))
    return [] if set(pair) <= set(s.context.parties) else pair


def _modifier_mentions(s: _Sentence, n: int) -> list[Mention]:
    """The actors named by the modifiers before noun n ("Russian-Hungarian relations")."""
    return [
        m
        for k in s.subtree(n)
        if k < n and s.dep(k) in ("amod", "compound") and (m := s.mention_at[k]) is not None
    ]


def _restated(s: _Sentence, n: int) -> bool:
    """Whether talks noun n, said to have taken place, is the account's own talks told again
    ("Overall, the conversation took place in a business-like atmosphere", "Today's
    conversation was held against the backdrop of ...")."""
    definite = bool(s.kids(n, "poss")) or any(
        s.tokens[d].lemma in ("the", "this", "that") for d in s.kids(n, "det")
    )
    return definite and _took_place(s, n, definite_too=True)


def _took_place(s: _Sentence, n: int, definite_too: bool = False) -> bool:
    """Whether noun n is said to have taken place ("An exchange of views took place", "A
    discussion was held"); with `definite_too`, also when told with "the" or an owner."""
    h = s.head(n)
    lemma = s.tokens[h].lemma
    if s.dep(n) not in ("nsubj", "nsubjpass"):
        return False
    if not definite_too and (
        s.kids(n, "poss")
        or any(s.tokens[d].lemma in ("the", "this", "that") for d in s.kids(n, "det"))
    ):
        return False  # "the conversation took place in a business-like atmosphere": told already
    if lemma == "take":
        return any(s.tokens[o].lemma == "place" for o in s.kids(h, "dobj"))
    return lemma in _HAPPENING_VERBS or (lemma in _HOLDING_VERBS and s.dep(n) == "nsubjpass")


def _talks_of_the_parties(s: _Sentence, n: int) -> bool:
    """Whether noun n, the subject of its clause with no "between" or "with" of its own,
    names the talks of the article's two parties ("The discussion covered ...", "The
    conversation focused on ...")."""
    return (
        s.dep(n) in ("nsubj", "nsubjpass")
        and s.context.counterpart_named
        and len(s.context.parties) >= 2
        and not any(s.tokens[p].lemma in ("between", "with") for p in s.kids(n, "prep"))
        # others named in what the talks covered are their topic, not their parties
        and not _mentions_others(s, within=s.subtree(n))
    )


def _topic_taken_up(s: _Sentence, v: int) -> bool:
    """Whether verb v says a topic was taken up, with no one said to take it up ("The
    situation in Syria was also considered", "The issue of grain supplies was raised")."""
    t = s.tokens[v]
    if t.pos != "VERB" or t.lemma not in _TAKEN_UP_VERBS or not s.kids(v, "auxpass"):
        return False
    subjects = s.kids(v, *_PASSIVE_SUBJECT_DEPS)
    if not subjects or s.kids(v, "agent"):
        return False
    # "is considered an important event", "was considered as a partner": a judgement
    if s.kids(v, "oprd", "attr", "acomp", "xcomp", "ccomp") or any(
        s.tokens[p].lemma == "as" for p in s.kids(v, "prep")
    ):
        return False
    return t.lemma != "raise" or s.tokens[subjects[0]].lemma in _TOPIC_NOUNS


# Nouns of relations between countries ("Russian-Hungarian relations").
_RELATION_NOUNS = {"relation", "relationship", "tie", "cooperation", "partnership", "dialogue",
                   "friendship", "trade", "interaction", "contact"}  # fmt: skip
# Nouns that count or group what their "of" names ("a package of documents").
_QUANTITY_NOUNS = {"number", "package", "set", "series", "range", "list", "pair", "couple", "total"}


def _through_quantity(s: _Sentence, i: int) -> int:
    """The noun a quantity noun at i counts ("a number of agreements": agreements), else i."""
    if s.tokens[i].lemma in _QUANTITY_NOUNS:
        for o in _prep_objects(s, i, {"of"}):
            return o
    return i


# Words of a speaker's hope or confidence ("I hope that", "I am confident that").
_HOPING_WORDS = {"hope", "expect", "confident", "certain", "sure", "convinced"}
_OPTIMISM_CODE = "013"


def _optimism_about_relations(s: _Sentence, events: list[CodedEvent]) -> list[CodedEvent]:
    """A speaker's hope or confidence that relations or cooperation with the one addressed
    will grow ("I hope that your work will help develop Russian-Bulgarian cooperation", "I
    am confident that we will ensure further progress of our relations") is an optimistic
    comment to them (013), not an appeal or a commitment; it replaces what the sentence's
    verbs of hope and the acts hoped for were coded as, from the speaker to the addressee."""
    for k, token in enumerate(s.tokens):
        if token.lemma not in _HOPING_WORDS:
            continue
        clause = s.head(k) if token.pos == "ADJ" and s.dep(k) == "acomp" else k
        subjects = s.kids(clause, "nsubj")
        if not subjects or s.tokens[subjects[0]].text.lower() not in ("i", "we"):
            continue
        if _negated(s, clause):
            continue
        content = [x for c in s.kids(k, "ccomp") + s.kids(clause, "ccomp") for x in s.subtree(c)]
        if not any(s.tokens[x].lemma in _RELATION_NOUNS for x in content):
            continue
        speaker = _quote_speaker(s, k)
        parties = s.context.parties
        if speaker is None or speaker not in parties or len(parties) < 2:
            continue
        spans = {s.tokens[x].start for x in [k, clause, *content]}
        kept = [
            e
            for e in events
            if not (e.source == speaker and e.trigger_start in spans and e.code[:2] in ("02", "03"))
        ]
        explanation = "hope for relations [newsevents]; source: coref:speaker; target: addressee"
        return kept + [
            CodedEvent(token.start, token.end, _OPTIMISM_CODE, speaker, other, explanation, ())
            for other in parties
            if other != speaker
        ]
    return events


def _contacts_agreed(s: _Sentence, v: int) -> bool:
    """Whether what verb v agrees to is to talk or stay in contact (a talk noun or "meet"
    in its clause or infinitive)."""
    return any(
        s.tokens[k].lemma in _TALK_NOUNS | {"meet"} and not _negated(s, s.head(k))
        for c in s.kids(v, "xcomp", "ccomp")
        for k in s.subtree(c)
    )


def _topic_taken_up_together(s: _Sentence, v: int) -> bool:
    """Whether verb v says that several, together, took a topic up ("The two leaders also
    addressed the Iranian nuclear programme", "They examined the proposals"): their talks.
    One who "addresses" or "raises" an issue alone states it."""
    t = s.tokens[v]
    if t.pos != "VERB" or t.lemma not in _TAKEN_UP_VERBS - {"raise"} or s.kids(v, "auxpass"):
        return False
    subjects = s.kids(v, "nsubj")
    objects = s.kids(v, "dobj")
    if not subjects or not objects or s.kids(v, "oprd", "xcomp", "ccomp"):
        return False
    subject = s.tokens[subjects[0]]
    together = (
        subject.tag in ("NNS", "NNPS")
        or subject.text.lower() in ("they", "we")
        or bool(s.kids(subjects[0], "conj"))
    )
    topic = s.mention_at[objects[0]]
    return together and (topic is None or topic.kind == "place")


def _mentions_others(s: _Sentence, within: list[int] | None = None) -> bool:
    """Whether the sentence (or the tokens `within`) names an actor, not a place, other than
    the article's parties."""
    spans = None if within is None else {(s.tokens[k].start, s.tokens[k].end) for k in within}
    return any(
        (spans is None or any(a <= m.start < b for a, b in spans))
        and m.actor_id not in s.context.parties
        and m.kind != "place"
        and m.actor_type != "country"
        # "European security issues": a region named as a topic is no party
        and not (m.kind == "demonym" and m.actor_type == "group")
        for m in s.mentions
    )


def _first_person_plural(s: _Sentence, v: int) -> bool:
    """Whether verb v's subject is "we" or "our ..." ("our foreign ministries")."""
    for subject in s.kids(v, "nsubj"):
        words = [subject, *s.kids(subject, "poss")]
        if any(s.tokens[k].text.lower() in ("we", "our") for k in words):
            return True
    return False


def _opportunity_taken(s: _Sentence, v: int, code: str) -> bool:
    """Whether act v is said by taking an opportunity to do it, in the first person ("I
    would like to take this opportunity to congratulate you", "let me use this occasion to
    thank ..."): the saying is the congratulation or the thanks itself."""
    taker = s.head(v)
    if s.dep(v) not in ("advcl", "xcomp", "acl") or code[:2] not in ("01", "05"):
        return False
    if s.dep(v) == "acl":
        # "to take this opportunity to congratulate": hung on the opportunity
        if s.tokens[taker].lemma not in _OPPORTUNITY_NOUNS:
            return False
        taker = s.head(taker)
    if not _takes_an_occasion(s, taker):
        return False
    speakers = [taker, s.head(taker)] if s.dep(taker) == "xcomp" else [taker]
    return any(
        s.tokens[c].lemma in _SPEAKER_PRONOUNS for k in speakers for c in s.kids(k, "nsubj")
    ) and not any(_negated(s, k) for k in speakers)


def _pleasure_host(s: _Sentence, v: int) -> int | None:
    """The one pleased to do v, when v is what someone is glad to do ("I am glad to
    welcome you": I; "it gives us great pleasure to welcome ...": us)."""
    j = v
    while s.dep(j) == "conj" and s.head(j) != j:
        j = s.head(j)  # "delighted to meet you and to receive you"
    head = s.head(j)
    if head == j:
        return None
    if s.dep(j) == "xcomp" and s.tokens[head].lemma in _PLEASURE_WORDS:
        for subject in s.kids(s.head(head), "nsubj") if s.dep(head) == "acomp" else []:
            return subject
    if s.dep(j) == "advcl" and any(
        s.tokens[o].lemma in _PLEASURE_WORDS for o in s.kids(head, "dobj")
    ):
        for pleased in s.kids(head, "dative"):
            return pleased
    return None


# People one hosts, named by what they are ("welcomed the leaders of Russia and Iran").
_GUEST_NOUNS = {
    "delegation", "leader", "president", "head", "guest", "minister", "participant",
    "delegate", "ambassador", "envoy", "he", "she", "they", "him", "her", "them",
}  # fmt: skip


def _guest(s: _Sentence, o: int) -> bool:
    """Whether object o names a person or a delegation, as a guest ("received the
    President of Egypt", "welcome you"), not a thing ("welcomed the decision")."""
    mention = s.mention_at[o]
    if mention is not None:
        return mention.actor_type == "person"
    return s.tokens[o].lemma in _ADDRESSEE_PRONOUNS | _COUNTERPART_NOUNS | _GUEST_NOUNS


def _without_said_content(
    s: _Sentence, matched: dict[int, tuple[VerbPattern, list[int]]], events: list[CodedEvent]
) -> list[CodedEvent]:
    """The events without the statements whose reported clause holds a trigger ("noted that
    Kiev refuses to ...": the refusal is the event, saying it adds nothing; "said Russia
    might expel ...": a hedged act is no event, and neither is its saying)."""
    # only content that was coded: a trigger there that made no event ("noted that our
    # soldiers are fighting", with no one fought named) leaves the saying as the event
    starts = {e.trigger_start for e in events}
    said = set()
    for v, (pattern, _) in matched.items():
        if pattern.kind != REPORT or s.tokens[v].pos != "VERB":
            continue
        content = {s.tokens[k].start for c in s.kids(v, "ccomp") for k in s.subtree(c)}
        if content & starts:
            said.add(s.tokens[v].start)
    for v, (pattern, _) in matched.items():
        # "sent a message wishing X a happy birthday": the wish is what the message says
        texts = [o for o in s.kids(v, "dobj") if s.tokens[o].lemma in _ISSUED_TEXTS]
        if pattern.code[:2] == "01" and any(
            s.tokens[a].start in starts for o in texts for a in s.kids(o, "acl")
        ):
            said.add(s.tokens[v].start)
    return [e for e in events if not (e.trigger_start in said and e.code[:2] == "01")]


def _other_party(s: _Sentence, sources: list[str]) -> tuple[list[str], str]:
    """In an account of two people's talks, what one of them says, asks, offers or
    praises without a named addressee is addressed to the other ("Putin explained ...",
    "Scholz expressed gratitude": to the counterpart)."""
    parties = s.context.parties
    if (
        (len(parties) == 1 or (len(parties) == 2 and not s.context.counterpart_named))
        and s.context.home is not None
        and len(sources) == 1
        and sources[0] not in parties
        and s.mentions_type(sources[0]) == "person"
    ):
        # "Shoigu reported on ...", at a meeting the publisher's head chairs with no named
        # counterpart (a council, a government meeting): reported to the chair
        return [parties[0]], "coref:chair"
    if len(parties) < 2:
        return [], ""
    speaker = _quote_speaker(s, s.tokens[0].i)
    if len(sources) == 1 and speaker in parties and sources[0] not in parties:
        # "Russia shares the grief of ...", in the President's message to the other party:
        # what a party's message says is addressed to the other
        return [p for p in parties if p != speaker], "coref:addressee"
    if len(sources) == 1:
        # the lead person's counterpart may be a country; a country does not address a person
        lead_speaks = sources[0] == parties[0] and s.context.counterpart_named
        if lead_speaks or (s.context.parties_are_people and sources[0] in parties):
            return [p for p in parties if p != sources[0]], "coref:other party"
    elif (
        parties[0] not in sources
        and any(p in sources for p in parties[1:])
        and s.context.parties_are_people
    ):
        # "the President of France and the Chancellor of Germany expressed ...": to the lead
        return [parties[0]], "coref:lead party"
    return [], ""


def _emit(
    s: _Sentence,
    v: int,
    code: str,
    sources: list[str],
    targets: list[str],
    pattern: VerbPattern,
    source_how: str,
    target_how: str,
    mutual: bool,
    coordinated: bool = True,
) -> list[CodedEvent]:
    t = s.tokens[v]
    kind = f" ({pattern.kind})" if pattern.kind else ""
    explanation = f"{pattern.describe()}{kind}; source: {source_how or 'nsubj'}"
    if targets:
        explanation += f"; target: {target_how}"
    pairs: list[tuple[str, str | None]] = []
    if targets:
        for a in sources[:4]:
            for b in targets[:_MAX_LISTED]:
                if a != b or target_how.endswith(_ONE_COUNTRY):
                    pairs.append((a, b))
                    if mutual:
                        pairs.append((b, a))
    elif len(sources) >= 2 and coordinated and code[:2] in _MUTUAL_ROOTS:
        # parties coordinated as sources act toward each other; of three parties to a call
        # or a meeting, each counterpart with the lead
        pairs = [(a, b) for a in sources[:4] for b in sources[:4] if a != b]
        if source_how == "coref:parties" and len(sources) > 2:
            pairs = [(a, b) for a, b in pairs if sources[0] in (a, b)]
        explanation += "; target: the other coordinated party"
    else:
        pairs = [(sources[0], None)]
    unique = list(dict.fromkeys(pairs))
    scope = tuple(
        (s.tokens[k].start, s.tokens[k].end)
        for k in sorted({v, *s.region(v, after=True), *s.region(v, after=False)})
    )
    return [CodedEvent(t.start, t.end, code, a, b, explanation, scope) for a, b in unique]
