"""Reading intent: does a text ask the contact to act on the writer's candidacy?

A job ask is recognised by its structure, not by a word such as "job" or "CV": who is asked to
act, on what, and for whom. Each sentence is split into clauses, and each clause is read for a
request form addressed to the contact ("could you", "would you mind", "I'd be grateful if you",
"please", an imperative, "if you hear of anything... let me know") whose action bears on the
writer's candidacy and whose object is the writer ("me", "my CV", "my name", "someone like
me"), or for a question whether a place exists for them. The shapes, in the order tried:

``cv``
    the writer sends, attaches or encloses their CV (or portfolio, application), offers to,
    or asks the contact to go through it: "my CV is attached", "I can send my CV", "would
    you look over my CV", "I've attached my portfolio in case...".
``pass-on``
    the contact is asked to pass the writer on to whoever hires: forward or share "my CV",
    "my details", "my name" or "my portfolio"; refer or recommend "me"; put in a word for
    "me"; introduce "me" to a hiring manager; open a door "for me"; speak to someone "about me";
    put the writer's case to whoever decides ("could you ask your manager whether I could do
    some shifts?", or "could you ask her for me?" after the wish, read across two sentences).
    Whom an introduction is to must be the one who hires, not someone whose path went through
    hiring ("Femi, who moved from recruitment"); what the contact offered unasked ("kind of you
    to offer to introduce me") is theirs to give, and is not read as an ask. Whoever hires may be
    described by what they do ("the person who puts the crew together", "whoever picks next
    year's cohort"): something of the writer's handed to them, good words said of the writer
    ("say a few kind words about me to…"), or "let whoever picks the crew know I'm keen"; thanks
    or greetings passed on to them ("pass my thanks on to…") are not. Something that shows what
    the writer can do may be handed on ("my reel is online… could you pass it to your head of
    programming?", "put my CV in the hands of the hiring manager"), and an introduction may be
    asked in one sentence and its purpose said in the next ("…I'd like to talk to her about
    joining the team").
``hirer``
    the writer asks who does the hiring where the contact works, or whom they know who is
    hiring: "who on your team decides on hiring", "do you know anyone who is recruiting".
``consider``
    the contact is asked to consider the writer: "consider me", "keep me in mind", "think of
    me", "put me forward", "be considered", "on your radar", "with a view to joining", or be
    the first they turn to: "the first person you think of", "make me your first call", one
    of those they turn to ("I'd love to be among those you approach", not "…you invite to the
    dinner"; "if you are asked for names, I'd be honoured if mine were one of them"), or told
    before anyone else when a place may come ("if the practice has a free chair, could you let
    me know before other people?").
``take-on``
    the contact (or their organisation) is asked to take the writer on or give them work:
    "take me on", "hire me", "get me an internship", "give me some projects", "can I come and
    work for you", "I would love to join your team", "how would I get hired at your firm",
    "bring me aboard", "fit me into your team", "take a chance on me"; or work offered to
    them: "some freelance proofreading for you", "any translation work you might have";
    time, trial or freelance work offered to their own team: "offer my time to your events
    team", "volunteer with your crew", "help your team as a freelancer", "a trial piece for your
    next tender", a sample only when it is to show what the writer can do; taken into their team
    or on placement ("take me in your team", "does your clinic take students for placement?"), a
    contract or trial with them ("could I come back for a trial shift?"), or a place with a hope
    of staying on.
``notify``
    the writer asks to be told when a place comes up: "let me know", "I'd love to hear about
    it", "keep me posted", "send them my way" … with "if anything comes up", "should a role
    open", "if your team ever needs another pair of hands", "when you have work", "when your
    practice next grows", "if you ever have a report that needs a fresh pair of eyes", "if you
    and the team end up needing someone", "next time your crew is a person down" or
    short-handed, work they cannot cover themselves ("a project that
    you can't cover yourself", "more hearings than the interpreters can cover"); a time said
    inside the condition ("if, in the future, your group…", "if for the summer season the
    reception…") is read past. Whoever decides may be named ("should your trustees decide to
    bring in a programme manager, I would hope to be part of that conversation"); and a request
    to be told about a place may be followed by the wish to apply ("please keep me informed about
    it; I would like to apply").

``place``
    the writer asks whether a place exists, or will, for them or at the contact's
    organisation: "is there room for someone like me", "do you have any vacancies", "are you
    hiring", "is your firm taking on trainees", "any chance of an internship this summer".

What only *mentions* a CV, hiring or a job search (advice on a CV, on interviews, on how a
field hires; "I am job hunting"; "I applied for the MSc") is not an ask; ``Reader.mentions``
finds those, for the gentle ``mentions-hiring`` tip. A clause that says the writer is not
asking ("I am not looking for a job", "not after a referral") is skipped, and so are questions
about the contact's own past ("How did you get hired?"), hypotheticals ("if you were hiring
someone like me, what…") and field-wide questions ("Are there many jobs for translators these
days?").

The vocabulary (which nouns are places, documents or hiring people) comes from
``content/checks.toml`` so an instructor can add their field's words; the shapes are here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

#: The kinds of job ask, in the order they are looked for in a sentence.
ASK_KINDS = ("cv", "pass-on", "hirer", "consider", "take-on", "notify", "place")


_Span = tuple[int, int]


@dataclass(frozen=True)
class Ask:
    """One job ask found: what kind, and where it stands in the text that was read."""

    kind: str
    span: tuple[int, int]


def _alternatives(words: Sequence[str]) -> str:
    """A regex alternation of plain words and phrases (longest first; spaces match any space)."""
    ordered = sorted({w.strip().lower() for w in words if w.strip()}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


# Words that are always part of the grammar (not field vocabulary), so they live here.
_YOU = r"(?:you|u|ya)(?:\s+guys|\s+all)?"
_YOUR = r"(?:your|ur|yr)"
_ME = (
    r"(?:me|myself|(?:someone|somebody|people|a\s+person|anyone)\s+(?:like\s+me|with\s+my\s+[\w-]+"
    r"(?:\s+[\w-]+)?|of\s+my\s+[\w-]+|from\s+my\s+[\w-]+))"
)
_ASK_NEGATION = re.compile(
    r"\b(?:not|never|no\s+longer|n't|nt)\s+(?:[\w']+\s+){0,3}?(?:ask|asking|asked|look|looking|"
    r"seek|seeking|after|writing|write|here|about|send|sending|attach|attaching|want|wanting|"
    r"expect|expecting|hope|hoping|request|requesting|reach|reaching|try|trying|come|came|"
    r"coming|contact|contacting|for|fishing|angling|pitching|applying|to\s+ask|put\s+myself|"
    r"putting\s+myself)\b"
)
_ASKS_INSIDE = re.compile(
    r"\b(?:whether|if\s+(?:you|u|there|your|ur|any|anything|something)|could\s+you|would\s+you|"
    r"can\s+you|will\s+you|please|keep\s+me|let\s+me\s+know|think\s+of\s+me|consider\s+me|"
    r"mind\s+me\s+asking|(?:do\s+not|don't|dont|never)\s+hesitate)\b"
)
_THANKS_FOR = re.compile(
    r"^\W*(?:(?:dear|hi|hello|hey)\s+[\w.' -]{1,30}?,\s*)?"
    r"(?:thank(?:s|\s+you)?|many\s+thanks|cheers)\b"
    r"[^.?!]{0,30}?\bfor\s+(?:\w+ing\b|(?:spend|give|share|take|make|explain|tell|answer|meet|talk|"
    # "thank you for spend time with me": the bare verb some writers of English use
    r"speak|show)\s+(?:time|your|me|us|so|the|all|with)\b)"
)
# What the contact offered of their own accord ("it was kind of you to offer to introduce
# me…", "you kindly offered to…") is theirs to give: like thanks, it asks nothing.
_THEIR_OFFER = re.compile(
    r"\b(?:(?:kind|good|generous|nice|thoughtful|lovely|sweet)\s+(?:of|from)\s+{you}\s+to\s+offer|{you}\s+"
    r"(?:\w+\s+)?offered|{you}(?:'ve|\s+have)\s+(?:\w+\s+)?offered|{your}\s+(?:\w+\s+)?offer)\s+"
    r"(?:to|of)\b|\b{you}\s+(?:mentioned|said)\s+(?:that\s+)?{you}(?:'d|\s+(?:could|would|might|can))\s+"
    r"(?:be\s+(?:happy|glad|willing)\s+to\s+)?(?:introduce|connect|put\s+me\s+in\s+touch|look\s+(?:at|over)|"
    r"read|review|go\s+through)\b|\b{you}\s+(?:mentioned|said)\s+(?:that\s+)?i\s+(?:can|could|may|might)\s+"
    r"send\b".format(you=r"(?:you|u)", your=r"(?:your|ur)")
)
# A sentence that answers what the contact offered or asked for ("you kindly offered, without
# my asking, to forward my CV", "for offering to send my CV to…", "as you suggested I attach it").
_ANSWERS_THEIR_OFFER = re.compile(
    r"\b(?:you|u)\s+(?:\w+\s+){0,2}?(?:offered|proposed|volunteered)\b|\bfor\s+(?:so\s+)?(?:\w+ly\s+)?offering\b|\boffering,?\s+without\s+my\b|"
    r"\bas\s+(?:you|u)\s+(?:\w+\s+)?(?:suggested|asked|requested|offered)\b|\bsince\s+(?:you|u)\s+"
    r"(?:\w+\s+)?offered\b|\btak(?:e|ing)\s+(?:you|u)\s+up\s+on\s+(?:your|ur)\s+(?:\w+\s+)?offer\b"
)
# Someone's own path, said of whom the writer would meet: "who moved from recruitment".
_CAREER_PATH = re.compile(
    r"\b(?:who|that|she|he|they)(?:'s|\s+has|\s+had)?\s+(?:also\s+|once\s+|previously\s+|first\s+)?"
    r"(?:moved|came(?:\s+over)?|switched|went|left|transferred|crossed\s+over|retrained|spent|"
    r"used\s+to|started(?:\s+out)?|began|made\s+the\s+(?:jump|move|switch|leap))\b[^,;.?!\u2013\u2014]*"
)
# Where a thank-you runs on into a new request in the same breath ("thank you for explaining
# the shifts and if there is a vacancy please tell me"), the part after it is read on its own.
_RUNS_ON = re.compile(
    r"\s(?:and|also|so|and\s+also)\s+(?=(?:if|please|could|would|can|will|may|might|i|i'd|i'm|"
    r"i'll|maybe|perhaps|when|should|do|kindly|let|is|are|any)\b)"
)
_GENERAL = re.compile(
    r"\bif\s+(?:you|u)\s+were\s+(?:hiring|recruiting|me\b|in\s+my)|"
    r"\b(?:in\s+(?:this|the|my|that|your)\s+(?:field|industry|sector|profession|area|trade|"
    r"country|market|line\s+of\s+work)|these\s+days|nowadays|in\s+general|generally|typically|"
    r"usually|tend\s+to|most\s+(?:firms|companies|employers|studios|teams|places)|"
    r"(?:firms|companies|employers|studios|agencies|places|teams|organi[sz]ations)\s+like\s+yours|"
    r"(?:a|an)\s+(?:firm|company|team|studio|agency|place|organi[sz]ation|practice|lab)\s+like\s+yours|"
    r"for\s+(?:people|career\s+changers|newcomers|graduates|grads|juniors|beginners)\b)"
)
# "If a logistics company posts an opening for a trainee, what…": some organisation, not theirs.
_SOME_ORG = re.compile(
    r"\b(?:if|when|whenever|once|say)\s+(?:a|an|another|some)\s+(?:[\w&'-]+\s+){0,2}?(?:firm|company|"
    r"team|studio|agency|employer|organi[sz]ation|practice|lab|hospital|school|council|business|"
    r"charity|newsroom|restaurant|hotel|clinic|trust|startup|consultancy|department)\s+(?:posts|"
    r"advertises|opens|lists|has|is\s+hiring|creates|puts\s+up)\b"
)
_PAST_YOU = re.compile(
    rf"\b(?:did\s+{_YOU}|(?<!have\s)(?<!'ve\s)(?<!if\s){_YOU}\s+(?:got|were|was|landed|joined|started|applied|found)|"
    rf"when\s+{_YOU}\s+(?:started|joined|were|began|first)|{_YOUR}\s+(?:own|first))\b"
)
# Sentences end at . ! ? or a line break; a title such as "Mr." does not end one.
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)|\n+")
_TITLE = re.compile(r"(?:^|\W)(?:mr|mrs|ms|dr|st|prof|engr|sr|jr|p\.s|e\.g|i\.e)$")
_CLAUSE_END = re.compile(r"[,;:()\u2013\u2014]|\s-\s|\bbut\b|\bthough\b|\balthough\b")


@dataclass(frozen=True)
class Vocabulary:
    """The field words the shapes are built from; each list can be extended by an instructor.

    ``places``      nouns for a job or a place in a team ("vacancy", "internship");
    ``loose_places`` nouns that are a place only when the writer or the contact's
                    organisation is named ("shift", "contract", "work", "spot");
    ``documents``   what a candidate sends ("cv", "résumé");
    ``credentials`` what else of the writer's can be passed on ("details", "portfolio");
    ``hirers``      who hires ("hiring manager", "recruiter", "hr", "whoever hires");
    ``staff``       who a team takes on ("intern", "apprentice", "pair of hands");
    ``groups``      what the contact's organisation may be called ("team", "firm", "lab").
    """

    places: tuple[str, ...]
    loose_places: tuple[str, ...]
    documents: tuple[str, ...]
    credentials: tuple[str, ...]
    hirers: tuple[str, ...]
    staff: tuple[str, ...]
    groups: tuple[str, ...]

    @classmethod
    def from_table(cls, table: Mapping[str, Sequence[str]]) -> Vocabulary:
        return cls(**{name: tuple(table.get(name, ())) for name in cls.__dataclass_fields__})


class Reader:
    """The compiled shapes for one vocabulary; ``job_ask`` and ``mentions`` read a text."""

    def __init__(self, words: Vocabulary) -> None:
        place = _alternatives(words.places)
        loose = _alternatives(words.loose_places)
        any_place = _alternatives(words.places + words.loose_places)
        doc = _alternatives(words.documents)
        cred = _alternatives(words.documents + words.credentials)
        hirer = _alternatives(words.hirers)
        staff = _alternatives(words.staff)
        group = _alternatives(words.groups)
        mod = r"(?:[\w'-]+\s+){0,3}?"
        self._place = re.compile(rf"\b{any_place}\b")
        self._strong_place = re.compile(rf"\b{place}\b")
        # Whoever hires, described by what they do: "the person who puts the crew together",
        # "whoever picks next year's cohort", "the one who chooses the editorial assistants".
        deed = (
            rf"(?:(?:(?:the|a)\s+(?:[\w-]+\s+)?(?:person|people|one|ones|colleague|colleagues|"
            rf"manager|partner|lead|woman|man|editor|director|head|folks?)|those|anyone|someone)\s+"
            rf"(?:who(?:'s|\s+is|\s+are)?|that|in\s+charge\s+of)|whoever|whomever)\s+(?:\w+\s+)?"
            rf"(?:choos(?:es|e|ing)|picks?|picking|selects?|selecting|assembles?|assembling|builds?|"
            rf"building|puts?|putting|decides?|deciding|hires?|hiring|recruits?|recruiting|staffs?|"
            rf"staffing|books?|booking|casts?|casting|signs?\s+off|handpicks?)\b[^.?!,;]{{0,50}}?"
            rf"\b(?:team|crew|staff|cohort|intake|cast|panel|associates|squad|roster|rota|line-?up|"
            rf"bench|volunteers|contractors|together|who\s+(?:joins|gets|comes)|{staff})\b"
        )
        self._deed_hirer = re.compile(deed)
        self._hirer = re.compile(rf"\b{hirer}\b|{deed}")
        self._staff = re.compile(rf"\b{staff}\b")
        # The contact's own job ("your role", "her position") is not a place for the writer.
        self._their_job = re.compile(
            r"\b(?:your|ur|her|his|their|my\s+(?:current|old|last|first))\s+(?:own\s+|current\s+|"
            r"first\s+|old\s+|previous\s+)?(?:job|role|position|post|work|shift|shifts|contract)\b"
        )
        self._writer = re.compile(
            rf"\b(?:for|take|takes|hire|consider|have|has|want|need|needs)\s+{_ME}\b|\blike\s+me\b|"
            rf"\bi\s+(?:could|can|might|would|'d)\s+(?:\w+\s+)?(?:apply|join|start|work|fill|take)\b|"
            rf"\b{_ME}\s+on\b|\bmyself\b"
        )
        self._org = re.compile(rf"\b(?:{_YOU}|{_YOUR})\b")
        self._your_group = re.compile(
            rf"\b{_YOUR}\s+(?:[\w&'.-]+\s+){{0,2}}?{group}\b|\b(?:at|with|from)\s+{_YOU}\b"
        )
        self._time = re.compile(
            r"\b(?:this|next|coming)\s+(?:summer|autumn|fall|winter|spring|year|season|month|"
            r"term|quarter|week)|\bat\s+the\s+moment\b|\bright\s+now\b|\bcurrently\b|\bnow\b|"
            r"\bsoon\b|\bcoming\s+up\b|\bonce\s+i\b|\bafter\s+i\b|\bwhen\s+i\s+(?:finish|graduate|"
            r"qualify)|\bin\s+(?:the\s+)?(?:summer|autumn|spring|winter|new\s+year)\b"
        )
        # Each pattern comes with the words it cannot match without (its gate): a sentence that
        # holds none of them is not searched, which keeps a check well under a millisecond.
        doc_words = " ".join(_tokens(" ".join(words.documents)))
        self._cv = _gated(
            (
                doc_words,
                rf"\b(?:attach|attached|attaching|enclose|enclosed|enclosing|included|"
                rf"including|tucked|tuck|send|sending|sent|forward|forwarding|share|sharing|pass|"
                rf"passing|drop|dropping|bring|bringing|give|giving|hand|handing|email|emailing|"
                rf"circulate|circulating|submit|submitting|upload|uploading|show|showing|left|leave|leaving)\b"
                rf"(?:\s+(?:{_YOU}|it|them|over|along|on|in))?\s+"
                rf"(?:(?!on\b|in\b|onto\b|into\b|from\b|about\b|for\b|to\b)[\w'-]+\s+){{0,3}}?"
                rf"(?:my|mine|a\s+copy\s+of\s+my)\s+(?:[\w'-]+\s+){{0,2}}?{doc}\b",
            ),
            (
                doc_words,
                rf"\bmy\s+(?:[\w'-]+\s+){{0,2}}?{doc}(?:\s+and\s+[\w' -]+?)?\s+(?:is\s+|are\s+)?"
                rf"(?:attached|enclosed|below|herewith|included|here)\b",
            ),
            (
                doc_words,
                rf"\b{doc}\b[^.?!]{{0,40}}\b(?:in\s+case|just\s+in\s+case|for\s+(?:your\s+)?"
                rf"reference|for\s+your\s+records|for\s+your\s+files)\b",
            ),
            (
                doc_words,
                rf"\b(?:find|see)\s+(?:attached|enclosed|below)\b[^.?!]{{0,25}}\b{doc}\b",
            ),
            (
                doc_words,
                rf"\b(?:find|see)\s+{mod}{doc}\s+(?:attached|enclosed|below)\b",
            ),
            (
                doc_words,
                rf"\b{doc}\b[^.?!]{{0,15}}\b(?:attached|enclosed)\b",
            ),
            (
                # "If you were the person reading my CV, what would you cut?" imagines: advice.
                doc_words,
                rf"\b{_YOU}(?!\s+were\b)(?:'d)?\s+(?:\w+\s+){{0,3}}?(?:look|looking|glance|glancing|go|"
                rf"going|read|reading|check|checking|review|reviewing|change|critique|skim|cast\s+an\s+eye)\b"
                rf"[^.?!]{{0,20}}\bmy\s+(?:[\w'-]+\s+){{0,2}}?{doc}\b",
            ),
            (
                "file",
                rf"\b(?:keep|kept|have|hold)\s+(?:it|them|my\s+{doc})\s+on\s+file\b",
            ),
            (
                doc_words,
                rf"\bmy\s+(?:[\w'-]+\s+){{0,2}}?{doc}\b[^.?!]{{0,60}}\b(?:attached|enclosed|attach|enclose|"
                rf"included|tucked)\s+(?:it|them)\b|\b{doc}\b[^.?!]{{0,20}}\bon\s+(?:its|the)\s+way\b",
            ),
            (
                doc_words,
                rf"\b(?:my|mine)\s+(?:[\w'-]+\s+){{0,2}}?{doc}\b[^.?!]{{0,60}}\b(?:send|sending|pass|passing|"
                rf"forward|forwarding|give|giving|show|showing|hand|handing|bring|bringing|flag|flagging)\s+"
                rf"(?:it|them)\s+(?:to\s+{_YOU}\b|on\b|along\b|for\s+them\b|to\s+(?:whoever|whomever|"
                rf"the\s+(?:person|people|one)\s+(?:who|that)|someone\s+who|anyone\s+who)\b)",
            ),
        )
        hand_on = (
            r"(?:pass|passes|passing|forward|forwards|forwarding|send|sending|share|sharing|"
            r"circulate|circulating|hand|handing|give|giving|show|showing|flag|flagging|put|"
            r"putting|drop|dropping|mention|mentioning|submit|submitting|get|getting|take|"
            r"taking|nudge|nudging|push|pushing|bring|bringing)"
        )
        papers = (
            rf"(?:{doc}|application|applications|portfolio|cover\s+letter|documents|paperwork|"
            rf"certificates|papers)"
        )
        self._papers = _gated(
            (
                "my",
                rf"\b(?:submit|send|give|hand|bring|email|show|pass)\s+(?:{_YOU}\s+)?my\s+(?:[\w'-]+\s+)?"
                rf"(?:(?:[\w'-]+\s+){{0,2}}?(?:and|&)\s+)?(?:application|documents|papers|certificates|portfolio|"
                rf"references|paperwork|diplomas?|qualifications|transcripts?)\b",
            ),
            (
                "my",
                rf"\b{_YOU}(?!\s+were\b)(?:'d)?\s+(?:\w+\s+){{0,3}}?(?:look|looking|glance|glancing|go|going|"
                rf"read|reading|check|checking|review|reviewing|critique|skim)\b[^.?!]{{0,20}}\bmy\s+(?:[\w'-]+\s+){{0,2}}?"
                rf"{papers}\b",
            ),
        )
        self._attach_work = re.compile(
            r"\b(?:attach|attached|attaching|enclose|enclosed|enclosing|included|tucked)\b[^.?!]{0,25}"
            r"\b(?:my|a|some\s+of\s+my|a\s+few\s+of\s+my|a\s+summary\s+of\s+my)\s+(?:[\w'-]+\s+)?"
            r"(?:portfolio|reel|showreel|work\s+samples?|samples?|writing\s+samples?|application|"
            r"cover\s+letter|references|drawings|designs|qualifications|certificates)\b"
            r"|\b(?:attach|attached|attaching|enclose|enclosed|enclosing)\b[^.?!]{0,25}\ba\s+summary\s+of\s+"
            r"my\s+\w+"
            r"|\b(?:link\s+to|here(?:'s|\s+is))\s+my\s+(?:portfolio|cv|r[ée]sum[ée]|showreel|reel)\b"
            r"|\bmy\s+(?:portfolio|showreel|reel|work\s+samples|writing\s+samples?)\b[^.?!]{0,40}\bin\s+"
            r"case\b"
        )
        self._pass_doc = re.compile(
            rf"(?:\b{hand_on}|\b(?:pass|passing|send|sending|hand|handing)\s+(?:on|along|over|across))"
            rf"\s+(?:my|mine)\s+(?:[\w'-]+\s+)"
            rf"{{0,2}}?{cred}\b(?!\s+in\s+for\b)(?:\s+(?:on|along|over|forward|across))?"
            rf"(?=[^.?!]{{0,80}}?\b(?:on|along|forward|to|with|in\s+front\s+of|for)\b)"
            rf"|\bnudge\b[^.?!]{{0,20}}\b(?:mine|it|my\s+\w+)\s+along\b"
        )
        self._advice_purpose = re.compile(
            r"\bso\s+(?:that\s+)?(?:he|she|they)\s+(?:can|could|might)\s+(?:tell|advise|explain|"
            r"talk|share|show)|\bfor\s+(?:advice|another\s+perspective|a\s+chat)\b|\bto\s+learn\b|"
            r"\b(?:newsletter|mailing\s+list|meetup|event|webinar|course|study\s+group)\b"
        )
        # --- pass-on: the contact asked to pass the writer on (see also _pass_doc, _intro)
        self._pass_me = _gated(
            # "you are the good person to speak about me to the director of the theatre"
            (
                "speak speaking talk talking",
                r"\b(?:speak|speaking|talk|talking)\s+(?:well\s+|highly\s+|kindly\s+)?(?:about|of)\s+me\s+"
                r"to\s+(?:the|your|his|her|their)\s+(?:[\w&'.-]+\s+){0,2}?(?:director|manager|head|boss|"
                r"lead|owner|partner|chief|editor|producer|supervisor|principal|founder)\b",
            ),
            # "put my CV straight into the hands of the hiring manager"
            (
                "hands",
                rf"\b(?:my|mine)\s+(?:[\w'-]+\s+){{0,2}}?{cred}\s+(?:(?:directly|straight|personally|"
                rf"right)\s+)?(?:in|into)\s+(?:the\s+)?hands\s+of\b",
            ),
            (
                "know",
                rf"\blet\s+(?:the\s+|{_YOUR}\s+|them\s+|her\s+|him\s+)?(?:[\w-]+\s+){{0,3}}?know\s+(?:that\s+)?"
                rf"(?:i'm|i\s+am|i'd|i\s+would|i'll|about\s+{_ME})\s+(?:\w+\s+)?(?:interested|keen|available|"
                rf"looking|applying|free|happy\s+to\s+(?:help|work|start)|me\b)",
            ),
            (
                "refer referring recommend recommending suggest suggesting",
                r"\b(?:refer|referring|recommend|recommending|suggest|suggesting)\s+my\s+"
                r"(?:name|profile|cv|candidature)\b",
            ),
            (
                "refer referring",
                rf"\b(?:refer|referring)\s+{_ME}\b(?!\s+to\s+(?:someone|anyone|somebody|anybody|"
                rf"people|a\s+few|other|others|colleagues?|a\s+colleague|books?|resources?|an?\s+\w+\s+"
                rf"(?:book|course|guide|website)|the\s+(?:book|course|guide|website)))",
            ),
            (
                "recommend recommending",
                rf"(?<!that\syou\s)(?<!which\syou\s)\brecommend(?:ing)?\s+{_ME}\b(?=\s*(?:for|to\s+(?:{_YOUR}|the|whoever|them|her|him)|"
                rf"as\b|$|[.?!,;]|to\s+(?!(?:someone|anyone|somebody|anybody|people|colleagues?|a\s+colleague|"
                rf"speak|talk|chat|meet|contact|ask|read|try|see|visit|get|learn|look|join|call|email|write|"
                rf"go|follow|reach)\b)"
                rf"[\w.'-]+(?:\s+[\w.'-]+)?\s+for\s+(?!(?:advice|a\s+chat|a\s+coffee|a\s+call|tips|guidance|a\s+"
                rf"conversation|an?\s+informational)\b)))",
            ),
            (
                "mention mentioning suggest suggesting nominate nominating put putting propose "
                "proposing name naming",
                rf"\b(?:mention|mentioning|suggest|suggesting|nominate|nominating|put|putting|"
                rf"propose|proposing|name|naming)\s+(?:{_ME}|my\s+name)\s+(?:forward\b|to\s+(?!do\b|make\b|take\b|"
                rf"try\b|read\b|look\b|join\b|contact\b|speak\b|talk\b|get\b|write\b)|for\b)",
            ),
            (
                "forward",
                rf"\bput(?:ting)?\s+(?:my\s+name|{_ME})\s+forward\b",
            ),
            (
                "word",
                r"\bput(?:ting)?\s+(?:in\s+)?(?:a|the)\s+(?:good\s+|kind\s+|positive\s+)?word\b",
            ),
            (
                "word",
                r"\b(?:a|the)\s+good\s+word\b",
            ),
            (
                "for",
                rf"\b(?:speak|speaking|talk|talking|word)\s+(?:up\s+)?for\s+{_ME}\b",
            ),
            (
                "vouch vouching about",
                rf"\bvouch(?:ing)?\s+for\s+{_ME}\b|\b(?:tell|telling|mention|mentioning)\s+(?:them|her|him|"
                rf"{_YOUR}\s+\w+(?:\s+\w+)?)\s+about\s+{_ME}\b",
            ),
            (
                "about",
                rf"\b(?:speak|speaking|talk|talking|have\s+a\s+word|word)\s+(?:to|with)\s+"
                rf"(?:[\w.'-]+\s+){{1,6}}?about\s+(?:{_ME}|my\s+(?:application|candidacy|profile|cv))\b",
            ),
            (
                "door doors",
                rf"\bopen(?:ing)?\s+(?:a|the|some|any)?\s*doors?\s+(?:for\s+{_ME}|with)\b",
            ),
            (
                "referee",
                r"\b(?:be\s+my|as\s+(?:a|my)|act\s+as\s+(?:a|my))\s+referee\b",
            ),
            (
                "reference referee",
                rf"\b(?:write|give|provide|be)\s+(?:{_ME}\s+)?(?:a\s+)?(?:reference|referee)\s+for\s+{_ME}\b",
            ),
            (
                "referral reference",
                rf"\b(?:give|write|make|provide|offer)\s+{_ME}\s+a\s+(?:referral|reference)\b",
            ),
            (
                "referral",
                rf"\ba\s+referral\s+(?:from\s+{_YOU}|for\s+{_ME}|to\s+{_YOUR}|for\s+(?:the|a|an|that)\b)",
            ),
            (
                "referral",
                r"\b(?:could|can|may|might)\s+i\s+(?:get|have|ask\s+for|request)\s+a\s+referral\b",
            ),
            (
                "referral",
                rf"\bask(?:ing)?\s+(?:{_YOU}\s+)?for\s+a\s+referral\b",
            ),
            (
                "name",
                rf"\bmention(?:ed|ing)?\s+{_YOUR}\s+name\b",
            ),
            (
                "pass",
                r"\bpass\s+(?:them|it|those|any)\s+on\b(?=[^.?!]*\b(?:leads?|openings?|jobs?|roles?))",
            ),
            (
                "way me",
                r"\b(?:send|pass|point)\s+(?:them|it|those|any|anything)\s+(?:my\s+way|to\s+me)\b",
            ),
            (
                "front",
                r"\bmy\s+(?:application|name|cv)\s+in\s+front\s+of\b",
            ),
            (
                "recommended referred nominated forward",
                rf"\b(?:i|me)\b[^.?!]{{0,30}}\b(?:be|being|get|getting)\s+(?:recommended|referred|"
                rf"nominated|put\s+forward)\s+(?:by\s+{_YOU}\s+)?(?:to|for)\b",
            ),
            (
                "tell telling inform informing",
                rf"\b(?:tell|telling|inform|informing)\s+(?:{_YOUR}\s+|the\s+)?(?:{hirer}|boss|manager|"
                rf"director|head\s+of\s+\w+|supervisor|partners?)\s+(?:that\s+)?(?:i'm|i\s+am|i'd\s+be|"
                rf"i\s+would\s+be)\s+(?:very\s+|really\s+|so\s+)?(?:interested|available|keen|looking|"
                rf"applying|free)\b",
            ),
            # Anything of the writer's handed on to whoever hires ("pass my contact to HR"),
            # and the writer's papers sent so the contact can pass them round.
            (
                "my",
                rf"\b{hand_on}\s+(?:{_YOU}\s+)?(?:on\s+|along\s+)?my\s+(?:[\w'-]+\s+){{0,2}}?"
                rf"(?:on\s+|along\s+)?to\s+(?:the\s+|{_YOUR}\s+|a\s+)?{hirer}\b",
            ),
            # Good words said of the writer: "say a few kind words about me to…".
            (
                "kind good nice positive warm glowing",
                r"\b(?:say|put\s+in|share|pass\s+on|drop)\s+(?:a\s+few\s+|some\s+|a\s+couple\s+of\s+|"
                r"one\s+or\s+two\s+|a\s+)?(?:kind|good|nice|positive|warm|glowing)\s+(?:words?|things)\s+"
                r"(?:about|for|on\s+behalf\s+of)\s+(?:me|myself|my\s+\w+)\b",
            ),
            (
                "share pass forward send show circulate",
                rf"\bmy\s+(?:[\w'-]+\s+){{0,2}}?{cred}\b[^.?!]{{0,30}}\bso\s+(?:that\s+)?{_YOU}\s+"
                rf"(?:can|could|might|may)\s+(?:share|pass|forward|send|show|circulate)\s+(?:it|them)\b",
            ),
        )
        self._to_deed_hirer = re.compile(
            rf"\b(?:{hand_on}|share|sharing|say|saying|tell|telling|recommend|recommending|"
            rf"introduce|introducing|word|words|things|include|including|add|adding)\b[^.?!]{{0,60}}?"
            rf"\b(?:to|with|for)\s+{deed}|\blet\s+{deed}\s+know\s+(?:that\s+)?(?:i'm|i\s+am|i'd\s+be|"
            rf"i\s+would\s+be)\s+(?:\w+\s+)?(?:interested|keen|available|free|looking|applying)\b|"
            rf"\b(?:tell|telling|remind|reminding)\s+{deed}[^.?!]{{0,40}}?\babout\s+(?:me|my)\b"
        )
        self._intro = re.compile(
            rf"\b(?:introduce|introducing|connect|connecting|link|linking|point|pointing)\s+{_ME}\s+"
            rf"(?:to|with|towards|at)\b|\bput(?:ting)?\s+{_ME}\s+in\s+(?:touch|contact)\b|"
            rf"\bi\s+(?:could|can|might|should)\s+be\s+introduced\s+to\b|"
            rf"\b(?:(?:could|can|might|should)\s+i\s+be\s+introduced\s+to)\b|"
            rf"\b(?:who(?:\s+else)?|which(?:\s+[\w-]+){{1,3}}?)\s+(?:should|could|can|do|would|"
            rf"might)\s+i\s+(?:speak|talk|"
            rf"write|reach\s+out|contact|approach|email|send|apply|go)\b|"
            rf"\b(?:i|me)\s+(?:\w+\s+){{0,3}}?(?:approach|contact|email|write\s+to|reach\s+out\s+to|"
            rf"speak\s+to|talk\s+to|ask)\s+{_YOUR}\s+(?:boss|manager|director|head|supervisor|lead)\b|"
            rf"\bthe\s+right\s+person\b|\b(?:arrange|set\s+up|fix|organise|organize)\s+(?:a|an)\s+(?:meeting|"
            rf"call|interview|chat|introduction)\s+(?:for\s+me\s+)?with\b"
        )
        self._knows_hirer = re.compile(
            rf"\b{_YOU}\s+(?:\w+\s+)?know\s+(?:of\s+)?(?:anyone|anybody|someone|somebody|any\s+\w+)\b"
            rf"[^.?!]{{0,40}}\b(?:recruiting|hiring|looking\s+for\s+(?:staff|someone|people|an?\s+\w+|"
            rf"new\s+\w+))\b"
        )
        self._who_hires = re.compile(
            r"\bwho(?:\s+else)?\b[^.?!]{0,40}\b(?:decides?|handles?|does|runs|makes|manages|is\s+in\s+"
            r"charge\s+of|looks\s+after|reads|deals\s+with|signs\s+off)\b[^.?!]{0,25}\b(?:hiring|"
            r"recruitment|recruiting|referrals|new\s+hires|applications|intake|taking\s+people\s+on)\b"
        )
        self._about_place = re.compile(
            rf"\b(?:about|regarding|for|re)\s+(?:getting\s+|landing\s+|securing\s+|being\s+"
            rf"(?:hired|taken\s+on)\s+(?:for\s+)?)?(?:a|an|the|that|this|any|one\s+of\s+the|"
            rf"{_YOUR})?\s*{mod}(?:{place}|openings?|vacanc(?:y|ies)|intake|selection)\b"
        )
        # --- consider: the contact asked to consider the writer, or keep them in mind
        self._consider = _gated(
            (
                "consider considering",
                rf"\b(?:consider|considering)\s+(?:{_ME}|my\s+(?:application|cv|name|r[ée]sum[ée]|request|"
                rf"candidacy|candidature|profile))\b|\brequest\s+for\s+(?:a|an|any)\s+(?:[\w-]+\s+)?{place}\b",
            ),
            (
                "considered",
                r"\b(?:i|i'd|i\s+would|to|get|getting|and)[\s,]+(?:[\w,]+\s+){0,3}?(?:be|being|get|getting)\s+"
                r"considered\b",
            ),
            (
                "mind file record radar books loop",
                rf"\b(?:keep|keeping|kept|bear|bearing|have|hold|put)\s+(?:{_ME}|my\s+(?:name|cv|"
                rf"r[ée]sum[ée]|details|application))\s+(?:\w+\s+){{0,2}}?(?:in\s+(?:your\s+)?mind|on\s+file|"
                rf"on\s+record|on\s+{_YOUR}\s+(?:list|radar|books)|in\s+the\s+loop)",
            ),
            (
                "kept",
                r"\bto\s+be\s+kept\s+in\s+mind\b|\bbe\s+kept\s+in\s+mind\b",
            ),
            # "…so I'm considered for next year", "I'd love to be put forward"
            (
                "considered",
                r"\bi(?:'m|\s+am|'d\s+be|\s+would\s+be|\s+could\s+be|\s+can\s+be|\s+might\s+be|'ll\s+be|"
                r"\s+will\s+be|\s+get)\s+(?:\w+\s+)?considered\s+(?:for|when|if|as|in)\b",
            ),
            (
                "forward",
                r"\b(?:i|i'd|i\s+would|i'm|me|to)\b[^.?!]{0,20}?\b(?:be|being|get|getting)\s+put\s+forward\b",
            ),
            # Time with them as a trial for a place: "ideally as a trial for joining it"
            (
                "trial try tryout audition test",
                rf"\bas\s+(?:a|an)\s+(?:sort\s+of\s+|kind\s+of\s+)?(?:trial|try-?out|audition|test\s+run)\s+"
                rf"(?:for|before|towards)\s+(?:joining|being\s+(?:hired|taken\s+on|employed)|(?:a|an|the)\s+"
                rf"(?:[\w-]+\s+){{0,2}}?(?:{place}|place|post|contract))\b",
            ),
            (
                "think thought thinking",
                rf"\b(?:think|thought|thinking)\s+(?:of|about)\s+{_ME}\b(?!\s+(?:fondly|kindly|when\s+you\s+"
                rf"(?:read|see|hear\s+about\s+the)))",
            ),
            (
                "name",
                r"\bmy\s+name\b[^.?!]{0,40}\b(?:think\s+of|thought\s+of|remember|comes?\s+to\s+mind|"
                r"top\s+of)\b",
            ),
            (
                "radar books list shortlist hat forget",
                rf"(?<!companies\s)(?<!firms\s)(?<!people\s)(?<!names\s)(?<!books\s)\bon\s+{_YOUR}\s+"
                rf"(?:radar|books|list|shortlist)\b(?!\s+of\s+(?:guests|speakers|attendees|readers|"
                rf"books|events|contacts|people\s+to))|\bmy\s+name\s+in\s+the\s+hat\b|"
                rf"\b(?:don't|do\s+not)\s+forget\s+(?:about\s+)?me\b",
            ),
            # The writer the first (or only) one they turn to: "I'm the first person you think
            # of", "the first freelancer you ring", "make me your first call", "call me first".
            (
                "first top go name one person call front forefront",
                rf"\b(?:i|i'm|i\s+am|i'd|i'll|me|myself)\s+(?:[\w']+\s+){{0,4}}?(?:the|your)\s+(?:first|top|go-to|"
                rf"obvious|natural|only)?\s*(?:[\w-]+\s+)?(?:that\s+|who\s+)?{_YOU}\s+(?:'ll\s+|will\s+|"
                rf"would\s+|'d\s+|might\s+|then\s+|next\s+)?(?:think\s+of|call|ring|contact|phone|email|"
                rf"turn\s+to|come\s+to|remember|pick|choose|approach|go\s+to|hire|consider|ask)\b"
                rf"|\bmake\s+me\s+{_YOUR}\s+(?:first|go-to)\s+(?:call|choice|port\s+of\s+call|person)\b"
                rf"|\b(?:call|ring|contact|phone|email|ask|try|think\s+of)\s+me\s+first\b"
                rf"|\b(?:top|front|forefront)\s+of\s+{_YOUR}\s+(?:list|mind)\s+(?:for|when)\b[^.?!]{{0,30}}"
                rf"\b(?:{any_place}|hir\w+|recruit\w*|{staff})\b",
            ),
            (
                "shortlist short",
                rf"\b(?:shortlist|short-list)\s+{_ME}\b",
            ),
            (
                "view",
                rf"\bwith\s+a\s+view\s+to\s+(?:joining|working|applying|an?\s+application|employment|"
                rf"(?:a|an|the|that|this)\s+(?:[\w-]+\s+){{0,2}}?(?:{place}|place|post|contract)|being\s+"
                rf"(?:hired|taken\s+on|employed|considered))\b",
            ),
            (
                "interviewed interview",
                r"\b(?:chance|opportunity|hope|love|like)\s+to\s+(?:be\s+interviewed|interview\s+(?:for|"
                r"with|at))\b",
            ),
            (
                "interview",
                r"\b(?:(?:i|me)\s+(?:could|can|might|may|to)|(?:could|can|might|may)\s+i)\s+(?:\w+\s+){0,2}?"
                r"interview\s+(?:for|with|at)\b",
            ),
            (
                "interview",
                r"\b(?:treat\s+it\s+as|give\s+me|offer\s+me|(?:could|can|may|might)\s+i\s+(?:get|have))\s+"
                r"(?:an?\s+)?(?:job\s+)?interview\s+"
                r"(?:for|with|at)\b",
            ),
        )
        # --- take-on: the writer taken on, given work, or putting themself forward
        self._take_on = _gated(
            (
                "me",
                rf"\b(?:take|takes|taking|bring|brings|bringing|have|having)\s+{_ME}\s+on\b",
            ),
            # Taken on with any particle: "bring me aboard", "welcome me on board", "take me onto
            # your team", "bring me in as a junior", "fit me into your team", "take a chance on me".
            (
                "me myself",
                rf"\b(?:take|takes|taking|bring|brings|bringing|have|having|welcome|welcoming|get|getting)\s+"
                rf"{_ME}\s+(?:aboard|on\s*board|onboard)\b|\b(?:take|taking|bring|bringing|welcome|welcoming|"
                rf"fit|fitting|get|getting|squeeze)\s+{_ME}\s+(?:in\s*to|into|onto|on\s+to)\s+(?:{_YOUR}|the)\s+"
                rf"(?:[\w&'.-]+\s+){{0,2}}?{group}\b|\b(?:bring|bringing|take|taking)\s+{_ME}\s+in\s+as\s+"
                rf"(?:a|an|your)\b|\btake\s+a\s+(?:chance|punt|gamble|risk)\s+on\s+{_ME}\b",
            ),
            (
                "aboard board onboard",
                r"\b(?:i|me)\b[^.?!]{0,30}\b(?:come|coming|climb|hop|jump|get|be\s+taken|be\s+brought|be\s+"
                r"welcomed)\s+(?:aboard|on\s+board|onboard)\b",
            ),
            # Work offered to them: "do some freelance proofreading for you", "take on any
            # translation work you might have", "send any surplus transcription my way".
            (
                "do doing take taking pick picking handle handling cover covering",
                rf"\b(?:do|doing|take\s+on|taking\s+on|pick\s+up|picking\s+up|handle|handling|cover|covering)"
                rf"\s+(?:some|any|a\s+bit\s+of|a\s+little|the\s+odd|more|occasional|extra|your|a\s+few|"
                rf"a\s+couple\s+of)\s+"
                rf"(?:(?:[\w-]+\s+){{0,2}}?(?:work|shifts?|projects?|jobs?|hours)|(?:freelance|paid|contract|pro\s+"
                rf"bono|casual|temp|temporary|part-time|overflow|surplus|spare)\s+(?:[\w-]+\s+)?[\w-]+)\s+"
                rf"(?:for|with|at|in)\s+(?:{_YOU}\b(?!r)|{_YOUR}\s+(?:[\w&'.-]+\s+){{0,2}}?{group}\b)",
            ),
            (
                "trial tryout try",
                r"\b(?:i|i'd|i'm|i\s+am|me|possible|chance)\b[^.?!]{0,30}\b(?:do|doing|come\s+(?:back\s+|in\s+|along\s+|"
                r"over\s+|round\s+|out\s+)?(?:with\s+(?:the|your)\s+[\w'-]+\s+)?for|coming\s+(?:back\s+|in\s+)?for|"
                r"have|work|book)\s+"
                r"(?:a|an|some|a\s+few|a\s+couple\s+of|one|two|three)\s+(?:unpaid\s+|paid\s+|short\s+)?"
                r"(?:trial|try-?out)\s+(?:days?|shifts?|weeks?|periods?|sessions?|evenings?|nights?|"
                r"mornings?|afternoons?|services?|runs?)\b"
                r"(?![^.?!]{0,30}?\b(?:at|with|in|for)\s+(?:a|an|another|other|some|my|one)\b)",
            ),
            (
                "have",
                rf"\b(?:take\s+on|pick\s+up|do|handle|cover)\s+(?:any|some)\s+(?:[\w-]+\s+){{0,2}}?"
                rf"(?:work|projects?|shifts?|jobs?|overflow)\s+(?:that\s+)?{_YOU}\s+(?:might|may|could)\s+"
                rf"(?:\w+\s+)?have\b",
            ),
            (
                "way",
                r"\bsend\s+(?:any|some|more|the\s+odd)\s+(?:[\w-]+\s+){0,2}?(?:work|overflow|surplus|"
                r"freelance|shifts?|projects?|jobs?|gigs?|clients?|commissions?|editing|translation|"
                r"transcription|proofreading)\s+my\s+way\b",
            ),
            (
                "hands",
                rf"\btake\s+(?:some\s+of\s+|a\s+bit\s+of\s+)?(?:the|{_YOUR}|it|that|them|some|a\s+few|"
                rf"a\s+couple\s+of|any|one\s+or\s+two)\s+"
                rf"(?:[\w-]+\s+){{0,2}}?off\s+{_YOUR}\s+hands\b",
            ),
            (
                "me",
                r"\b(?:take|takes|taking|took|bring|brings|bringing|taken)\s+on\s+(?:[\w'-]+\s+){0,4}?"
                r"like\s+me\b",
            ),
            (
                "me myself",
                rf"\b(?:hire|hiring|employ|employing|recruit|recruiting|engage|engaging|onboard)\s+{_ME}\b",
            ),
            # "if the newsdesk could use me for a few weeks", "I could be that apprentice"
            (
                "use",
                rf"\b(?:could|can|might|would)\s+(?:ever\s+|possibly\s+|perhaps\s+|really\s+)?use\s+"
                rf"(?:{_ME}|my\s+(?:help|services|skills))\b(?!\s+as\s+(?:an?\s+)?(?:example|case|guinea))",
            ),
            (
                "be",
                rf"\bi\s+(?:could|can|might|may|would)\s+be\s+(?:that|the|this|your|one\s+of\s+(?:the|your|"
                rf"those|them))\s+(?:new\s+|next\s+|extra\s+|lucky\s+)?{staff}\b",
            ),
            (
                "me myself",
                rf"\b(?:give|offer|find|get|got|send|throw|pass)\s+{_ME}\s+(?:(?:a|an|any|some|more|extra|"
                rf"the)\s+)?(?:[\w'-]+\s+){{0,2}}?(?:{place}|work|projects?|shifts?|gigs?|commissions?|"
                rf"contracts?|cover|hours|trial|start|spot|seat|corner|desk|bench|opening|vacancy)\b"
                rf"(?!\s+(?:title|description|"
                rf"advert|board|market))",
            ),
            (
                "help helping",
                rf"\bhelp(?:ing)?\s+{_ME}\s+(?:to\s+)?(?:get|find|land|secure|obtain)\s+(?:(?:a|an|any|"
                rf"some|the)\s+)?(?:[\w'-]+\s+){{0,2}}?(?:{place}|work|start|contract|foot\s+in\b|in\b)|"
                rf"\bhelp(?:ing)?\s+{_ME}\s+(?:for|with|in\s+getting)\s+(?:a|an|any|some)\s+(?:[\w-]+\s+)?"
                rf"(?:{place}|work)\b",
            ),
            (
                "happy glad pleased ready willing available pleasure honour honor",
                rf"\b(?:happy|glad|pleased|ready|willing|available|pleasure|honour|honor)\s+to\s+work\s+"
                rf"(?:together\s+)?(?:under|for|in|at|with)\s+(?:{_YOU}\b(?!r)|{_YOUR}\s+"
                rf"(?:[\w&'.-]+\s+){{0,2}}?{group}\b)",
            ),
            (
                "chance opportunity try break",
                rf"\b(?:give|offer)\s+{_ME}\s+(?:(?:a|an|one|some)\s+)?(?:[\w-]+\s+)?(?:chance|opportunity|"
                rf"try|break)\b(?!\s+to\s+(?:ask|learn|meet|talk|speak|hear|understand|see|visit|observe|"
                rf"shadow|come))",
            ),
            (
                "accept accepting",
                rf"\baccept(?:ing)?\s+{_ME}\s+(?:as|in|into|for|on)\b|\bif\s+{_YOU}\s+accept\s+{_ME}\b",
            ),
            (
                "practice practices practicum internship stage traineeship",
                rf"\b(?:do|make|doing|making)\s+(?:a\s+|my\s+|some\s+)?(?:practice|practices|practicum|"
                rf"internship|stage|traineeship)\s+(?:in|at|with)\s+(?:{_YOUR}|{_YOU}\b)",
            ),
            (
                "part",
                rf"\b(?:i|me)\s+(?:can|could|might|will|may)\s+(?:\w+\s+)?be\s+(?:a\s+)?part\s+of\s+{_YOUR}\b",
            ),
            (
                "taking take takes",
                rf"\b(?:if|whether|is|are)\s+(?:{_YOU}|{_YOUR}\s+(?:[\w&'.-]+\s+){{0,2}}?{group}|the\s+{group})\s+"
                rf"(?:\w+\s+)?(?:taking|take|takes)\s+(?:new|more|any|some)\s+(?:[\w-]+\s+)?(?:{staff}|"
                rf"\w+(?:er|or|ist|ant|ian|ee)s?|(?:nurse|chef|cook|clerk|aide|carer)s?)\b",
            ),
            (
                "needful regarding",
                r"\bneedful\b[^.?!]{0,20}\b(?:regarding|about|for|with)\s+my\s+(?:job|employment|application|"
                r"candidature|placement|appointment)\b",
            ),
            (
                "come",
                rf"\b(?:can|could|may|might)\s+i\s+come\s+(?:to|into|and\s+join)\s+{_YOUR}\s+(?:[\w-]+\s+)?"
                rf"{group}\s+(?:for|to\s+do)\s+(?:a|an|the|some)?\s*(?:[\w-]+\s+)?(?:training|internship|"
                rf"placement|work|job|trial|attachment)\b",
            ),
            (
                "need",
                rf"\bi\s+(?:\w+\s+)?need\s+(?:a|an|any|some)\s+(?:[\w-]+\s+)?(?:{place}|work)\b[^.?!]{{0,30}}"
                rf"\b(?:please|help|kindly)\b",
            ),
            (
                "reply answer response news decision call email message feedback",
                rf"\b(?:reply|answer|response|news|decision|call|email|message|feedback)\s+(?:about|regarding|on)\s+(?:the|a|my|any)\s+"
                rf"(?:[\w-]+\s+)?{place}\b",
            ),
            (
                "work start join apprentice help",
                rf"\b(?:can|could|may|might)\s+i\s+(?:come\s+(?:and|to)\s+)?(?:work|start|join|apprentice|"
                rf"help\s+out)\s+(?:for|with|at|on|in)?\s*(?:{_YOU}|{_YOUR})\b",
            ),
            (
                "one count",
                r"\b(?:could|can|may|might)\s+i\s+be\s+one\s+of\s+them\b|\bcount\s+me\s+in\b",
            ),
            (
                "join work apprentice part",
                rf"\b(?:i|i'd|i'm|i\s+am|i\s+would|i\s+really)\s+(?:\w+\s+){{0,2}}?(?:love|like|want|"
                rf"wanting|keen|hoping|hope|eager|wish|dream|aiming|honoured|honored|delighted|thrilled|interested|"
                rf"proud|privileged)(?:\s+very\s+much|\s+so\s+much|\s+a\s+lot)?\s+to\s+(?:join(?:\s+(?:in|to|with))?|be\s+(?:a\s+)?part\s+of|apprentice\s+"
                rf"(?:at|with|for)|work\s+(?:together\s+)?(?:for|with|at|on|in|under|alongside|beside))\s+(?:what\s+{_YOU}(?:'re|\s+are)\s+"
                rf"(?:building|doing|creating)|{_YOU}\b(?!r)|{_YOUR}\s+(?!field|"
                rf"industry|sector|profession|line|kind|type|webinar|meetup|event|call|talk|workshop|"
                rf"session|network|association|society|course|mailing|newsletter|club)|there\b)",
            ),
            (
                "join",
                rf"\bjoin\s+(?:in\s+|with\s+|to\s+)?{_YOUR}\s+(?:[\w&'.-]+\s+){{0,2}}?{group}\b"
                rf"(?![^.?!]*\b(?:webinar|meetup|event|call|talk|"
                rf"workshop|session|mailing|newsletter|course|study|conference|party|dinner|lunch|drinks))",
            ),
            (
                "hired taken employed recruited brought signed onboarded",
                r"\b(?:i|me)\b[^.?!]{0,35}\b(?:get|be|getting|being|got)\s+(?:hired|taken\s+on|"
                r"employed|recruited|brought\s+on|signed\s+on|onboarded)\b",
            ),
            (
                "get getting land landing secure securing",
                rf"\b(?:i|me)\b[^.?!]{{0,40}}\b(?:get|getting|land|landing|secure|securing)\s+"
                rf"(?:(?:a|an|any)\s+)?(?:[\w'-]+\s+){{0,2}}?(?:{place}|spot|place|start|interview|"
                rf"trial)\s+(?:(?:with|at|in|on)\s+(?:{_YOUR}|{_YOU}\b)|there\b)",
            ),
            (
                "get getting",
                rf"\b(?:get|getting)\s+(?:a\s+foot\s+in\s+|in\s+at\s+|onto\s+|on\s+to\s+|into\s+)"
                rf"{_YOUR}\s+(?:[\w'-]+\s+){{0,2}}?{group}\b",
            ),
            (
                "how",
                rf"\bhow\s+(?:do|can|could|would|should|might)\s+i\s+get\s+(?:on|onto|into|in|on\s+to)\s+"
                rf"(?:it|that|the\s+list|that\s+list|the\s+scheme|{_YOUR})\b",
            ),
            (
                "apply applying",
                rf"\bapply(?:ing)?\s+(?:for|to)\s+(?:the|an?|any|one\s+of)\s+{mod}(?:{place}|openings?|"
                rf"vacanc(?:y|ies))\b[^.?!]{{0,30}}\b(?:{_YOUR}|there)\b(?!\s+(?:advice|tips?|help|"
                rf"suggestions?|story|insights?|point|comments?|feedback|encouragement|words))",
            ),
            (
                "apply applying",
                rf"\b(?:{place}|openings?|vacanc(?:y|ies))\s+(?:at|in|on|with)\s+{_YOUR}\b[^.?!]{{0,40}}"
                rf"\b(?:(?:i|me)\s+(?:could|can|should|might)|(?:could|can|should|might)\s+i)\s+"
                rf"(?:be\s+)?apply(?:ing)?\s+(?:for|to)?\b",
            ),
            (
                "apply",
                r"\bthat\s+i\s+(?:could|can|might|should)\s+apply\s+(?:for|to)\b",
            ),
            (
                "apply applying",
                rf"\b(?:{_YOUR}\s+)(?:vacancies|openings|jobs)\b[^.?!]{{0,40}}\b(?:apply|applying)\b",
            ),
            (
                "application",
                r"\b(?:send|submit)\s+(?:an?\s+|my\s+)?application\b",
            ),
            (
                "start",
                r"\b(?:(?:available|ready|free|able)\s+to|i\s+can|i\s+could)\s+start\s+(?:work(?:ing)?\s+)?"
                r"(?:immediately|straight\s+away|right\s+"
                r"away|work|whenever|any\s*time|now|tomorrow|next\s+(?:week|month|\w+day)|on\s+\w+day|"
                r"this\s+\w+day|from)\b",
            ),
            (
                "start",
                r"\bi\s+(?:am|'m)\s+ready\s+to\s+start\s+whenever\b|\b(?:happy|glad|keen|willing|"
                r"delighted|pleased|eager)\s+to\s+start\s+(?:work(?:ing)?\s+)?(?:immediately|straight\s+"
                r"away|right\s+away|at\s+short\s+notice|whenever\s+(?:you|u)\s+need)\b(?!\s+(?:on|with)\b)",
            ),
            # Time, help or trial work offered to their own team: "offer my time to your events
            # team", "volunteer with your crew", "help your team as a freelancer", "do a trial
            # piece for your next tender".
            (
                "offer offering",
                rf"\boffer(?:ing)?\s+(?:{_YOU}\s+)?my\s+(?:time|services|skills|hands|expertise)\s+"
                rf"(?:to|for)\s+(?:{_YOU}\b(?!r)|{_YOUR}\s+(?!(?:reading|book|study|running|walking|"
                rf"writing|supper)\s)(?:[\w&'.-]+\s+){{0,2}}?{group}\b|the\s+(?:[\w&'.-]+\s+)?(?:team|"
                rf"department|practice|studio|unit|office|firm|company|lab|crew|desk|clinic)\b)"
                rf"(?![^.?!]{{0,40}}\b(?:survey|study|research|questionnaire|feedback|event|fair|meeting|"
                rf"open\s+day))",
            ),
            (
                "volunteer volunteering freelance freelancing temp temping locum",
                rf"\b(?:i|i'd|i'm|me)\b[^.?!]{{0,30}}\b(?:volunteer(?:ing)?|freelanc(?:e|ing)|temp(?:ing)?|"
                rf"locum(?:ming)?)\s+(?:my\s+time\s+)?(?:with|"
                rf"for|at|on|in)\s+(?:{_YOU}\b(?!r)|{_YOUR}\s+(?:[\w&'.-]+\s+){{0,2}}?{group}\b)",
            ),
            (
                "as",
                rf"\b(?:help|helping|support|supporting|work|working|join|joining|assist|assisting)\s+"
                rf"(?:out\s+)?(?:for\s+|with\s+|at\s+)?(?:{_YOU}\b(?!r)|{_YOUR}\s+(?:[\w&'.-]+\s+)"
                rf"{{0,2}}?{group}\b)\s+(?:out\s+)?as\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:{staff}|"
                rf"contractor|consultant|associate)\b",
            ),
            (
                "trial test spec",
                rf"\b(?:do|write|produce|prepare|draft|submit|send|try)\s+(?:{_YOU}\s+)?(?:a|an|one|"
                rf"some)\s+(?:(?:short|small|free|unpaid|quick)\s+)*(?:trial|test|spec)\s+"
                rf"(?:piece|pieces|task|article|project|translation|edit|job|section|chapter|bid|design|"
                rf"brief|assignment|post|page|shift|day)\b[^.?!]{{0,40}}?\b(?:for|with)\s+"
                rf"(?:{_YOU}\b(?!r)|{_YOUR}\b)",
            ),
            # A sample only when it is to show what the writer can do for them.
            (
                "sample samples",
                rf"\b(?:do|write|produce|prepare|draft|submit|send|try)\s+(?:{_YOU}\s+)?(?:a|an|one|"
                rf"some)\s+(?:(?:short|small|free|unpaid|quick)\s+)*samples?\s+(?:[\w-]+\s+)?"
                rf"(?:for|with)\s+(?:{_YOU}\b(?!r)|{_YOUR}\b)[^.?!]{{0,60}}\b(?:unpaid|for\s+free|"
                rf"so\s+(?:that\s+)?{_YOU}\s+(?:can|could)\s+(?:see|judge|assess|check)|to\s+show\s+"
                rf"{_YOU})",
            ),
            (
                "suit suits fit fits",
                rf"\b(?:{place}|spot|place|room|space|seat)\b[^.?!]{{0,20}}\b(?:suit|suits|fit|fits)\s+me\b",
            ),
            (
                "myself",
                r"\b(?:prove|show)\s+myself\b",
            ),
            (
                "if have having",
                rf"\bif\s+(?:{_YOU}|{_YOUR}\s+(?:[\w&'.-]+\s+){{0,2}}?{group}|the\s+{group}|they)\s+(?:would|'d|"
                rf"will|could|might)\s+have\s+me\b|\b(?:have|having)\s+me\s+(?:on|in|at|with|"
                rf"join)\s+(?:{_YOUR}|the)\s+(?:[\w-]+\s+)?{group}\b|\b(?:have|having)\s+me\s+(?:for|on)\s+a\s+"
                rf"trial\b",
            ),
            (
                "come start join return taken stay kept",
                rf"\b(?:come\s+back|start|join|return|be\s+taken\s+on|stay(?:\s+on)?|be\s+kept\s+on)\s+"
                rf"(?:(?:with\s+{_YOU}|at\s+{_YOUR}\s+(?:[\w&'.-]+\s+){{0,2}}?{group})\s+)?as\s+"
                rf"(?:(?:a|an|your)\s+)?(?:[\w-]+\s+)?{staff}\b",
            ),
            (
                "wonderful amazing great brilliant dream honour honor privilege fantastic lovely",
                rf"\b(?:wonderful|amazing|great|brilliant|dream|honour|honor|privilege|fantastic|lovely)\s+to\s+"
                rf"(?:work|join)\s+(?:for|with|under|alongside|beside)?\s*(?:{_YOU}\b(?!r)|{_YOUR}\s+"
                rf"(?:[\w&'.-]+\s+){{0,2}}?{group}\b)",
            ),
            (
                "take do cover work",
                rf"\b(?:take|do|cover|work)\s+(?:any|some|a\s+few)\s+(?:[\w-]+\s+){{0,2}}?(?:{place}|work|"
                rf"shifts?|projects?|hours|cover|gigs?|contracts?)\s+(?:that\s+)?{_YOU}\s+(?:can|could|might|may|"
                rf"have|'ve|'d)?\s*(?:offer|give|spare|send|throw|pass|have\s+(?:going|for\s+me))\b",
            ),
            (
                "fit match candidate asset addition",
                rf"\b(?:i'd|i\s+would|i'm|i\s+am|i\s+could|i\s+might)\s+(?:be\s+)?(?:a\s+)?(?:good\s+|great\s+|"
                rf"strong\s+|real\s+|natural\s+)?(?:fit|match|candidate|asset|addition)\s+(?:for|to)\s+(?:the|a|"
                rf"this|that|{_YOUR}|any)\b",
            ),
            (
                "recommendation referral reference word",
                r"\b(?:grateful|thankful|appreciate|glad|happy)\s+(?:for|of)\s+(?:a|any|your)\s+"
                r"(?:recommendation|referral|reference|good\s+word)\b",
            ),
            (
                "leads",
                rf"\b(?:grateful|thankful|appreciate|welcome|glad\s+of)\b[^.?!]{{0,20}}\b(?:any|some)\s+"
                rf"(?:job\s+)?leads\b|\b(?:any|some)\s+(?:job\s+)?leads\s+(?:that\s+)?{_YOU}\s+(?:might|may|"
                rf"could)\s+(?:have|hear|know|come)",
            ),
            (
                "discuss talk explore chat",
                rf"\b(?:discuss|talk\s+about|explore|chat\s+about)\s+(?:a|any|the)\s+(?:possible\s+|potential\s+)?"
                rf"(?:{place}|place|spot|opportunit(?:y|ies))\s+(?:on|in|at|with|for)\s+(?:{_YOUR}|{_YOU}\b|me\b)",
            ),
            (
                "paid",
                r"\b(?:i|me)\b[^.?!]{0,40}\b(?:get|getting|earn|earning|some|any)\s+(?:some\s+)?paid\s+"
                r"(?:work|shifts?|hours|gigs?)\b|\bas\s+a\s+paid\s+\w+",
            ),
            (
                "fit",
                rf"\b(?:i|me)\s+(?:might|could|would|can)\s+fit\s+(?:in|into)\s+(?:{_YOUR}|the)\s+"
                rf"(?:[\w&'.-]+\s+){{0,2}}?{group}\b",
            ),
            (
                "available free ready open",
                rf"\b(?:i'm|i\s+am|i'd\s+be|i\s+would\s+be)\s+(?:\w+\s+){{0,2}}?(?:available|free|ready|open)\s+"
                rf"(?:for|to\s+do|to\s+take\s+on)\s+(?:any|some|a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:work|{place}|"
                rf"shifts?|projects?|contracts?|cover)\b",
            ),
            (
                "stay kept experience",
                rf"\b(?:could|can|may|might)\s+i\b[^.?!]{{0,60}}\b(?:stay\s+on|be\s+kept\s+on)\b|"
                rf"\b(?:could|can|may|might)\s+i\s+(?:\w+\s+){{0,2}}?(?:do|get|have|arrange)\s+(?:some\s+|a\s+"
                rf"(?:week|day|few\s+days|fortnight)\s+(?:of\s+)?)?work\s+experience\s+(?:with|at|in)\s+"
                rf"(?:{_YOUR}|{_YOU}\b)",
            ),
            (
                "reference referee down",
                rf"\b(?:gave|give|giving|put|putting|listed|list|listing|named|used|use|using)\s+(?:down\s+)?"
                rf"{_YOUR}\s+name\s+(?:down\s+)?as\s+(?:a|my)\s+(?:reference|referee)\b|\bput\s+{_YOU}\s+down\s+"
                rf"as\b|\blist(?:ed)?\s+{_YOU}\s+as\s+(?:a|my)\s+(?:reference|referee)\b",
            ),
            (
                "there",
                rf"\b{_YOUR}\b[^.?!]{{0,80}}\b(?:keen|love|like|want|hope|hoping|eager)\s+to\s+work\s+there\b|"
                rf"\b(?:keen|love|like|want|hope|hoping|eager)\s+to\s+work\s+there\b[^.?!]{{0,80}}\b{_YOUR}\b",
            ),
            (
                "happy glad keen willing able love like",
                r"\b(?:happy|glad|keen|willing|able|love|like)\s+to\s+(?:cover|do|work|pick\s+up|take)\s+"
                r"(?:the\s+odd|a\s+few|some|any|extra|the\s+occasional)\s+(?:[\w-]+\s+)?(?:shifts?|hours|days|"
                r"projects?|jobs?|work|cover|weekends?)\b",
            ),
            (
                "i",
                rf"\bi\s+(?:could|can|might)\s+(?:come\s+(?:and|to)\s+)?(?:work|start|help\s+out)\s+(?:for|with|"
                rf"at|in)\s+(?:{_YOU}\b(?!r)|{_YOUR}\s+(?:[\w&'.-]+\s+){{0,2}}?{group}\b(?!'))",
            ),
            (
                "love like keen hoping hope want eager",
                rf"\b(?:love|like|keen|hoping|hope|want|eager)\s+to\s+(?:do|get|have|take|land)\s+(?:an?\s+|some\s+)?"
                rf"(?:[\w-]+\s+)?(?:{place}|work\s+experience)\s+(?:with|at|in|on)\s+(?:{_YOU}\b(?!r)|{_YOUR}\b)",
            ),
            (
                "leads",
                r"\b(?:any|some)\s+(?:job\s+)?leads\b[^.?!]{0,30}\b(?:appreciated|welcome|grateful|great|"
                r"amazing|helpful)\b",
            ),
            (
                "opportunity opportunities contribute pointers pointer heads lead leads part",
                rf"\bopportunit(?:y|ies)\s+for\s+me\s+to\s+(?:join|work|contribute|help\s+out|start)\b|"
                rf"\bcontribute\s+to\s+{_YOUR}\s+(?:[\w&'.-]+\s+){{0,2}}?{group}\b|"
                rf"\b(?:pointers?|heads[- ]up|leads?)\s+(?:to|towards)\s+(?:any\s+)?"
                rf"(?:openings|vacancies|jobs|"
                rf"roles|positions)\b|\b(?:expand\w*|grow\w*|hiring|recruiting|scal\w+\s+up)\b[^.?!]{{0,60}}\bbe\s+"
                rf"(?:a\s+)?part\s+of\s+(?:it|that|this)\b",
            ),
            (
                "hear trial tryout try capacity eye",
                rf"\bhear\s+(?:back\s+)?(?:from\s+{_YOU}\s+)?(?:about|regarding)\s+(?:the|a|any|that)\s+"
                rf"(?:[\w-]+\s+)?{place}\b(?!\s+(?:of|that|which|in\s+(?:the|this|your)\s+(?:field|industry)))|"
                rf"\b(?:could|can|may|might)\s+i\s+(?:come\s+in\s+for|do|have|get)\s+"
                rf"(?:a\s+)?(?:trial|work\s+trial|try-?out)\b|\b(?:help|work|join|contribute|support)\b[^.?!]{{0,25}}"
                rf"\bin\s+(?:any|whatever|whichever)\s+(?:capacity|role|way\s+(?:on|in)\s+{_YOUR})\b|"
                # not the writer's own watch ("I'll keep an eye out for openings that suit me")
                rf"(?<!\bi'll\s)(?<!\bwill\s)(?<!\bi'm\s)(?<!\bto\s)(?<!\bshall\s)\bkeep\s+(?:an\s+)?eye\s+"
                rf"out\s+for\s+(?:me|anything|something|any\s+\w+|openings|roles|jobs|vacancies|positions)\b",
            ),
            (
                "show work",
                rf"\bshow\s+(?:{_YOU}\s+)?what\s+i\s+can\s+do\b|\b(?:i|me)\b[^.?!]{{0,25}}\bwork\s+(?:for\s+free|unpaid)\b(?!\s+(?:overtime|hours))",
            ),
            (
                "foot",
                r"\bmy\s+foot\s+in\b",
            ),
            (
                "join work part",
                rf"\b(?:chance|opportunity)\s+to\s+(?:join|be\s+(?:a\s+)?part\s+of|work\s+(?:for|with|at|in|"
                rf"on|under|alongside|beside))\s+(?:{_YOU}\b(?!r)|"
                rf"{_YOUR}\s+(?:[\w&'.-]+\s+){{0,2}}?{group}\b)",
            ),
            # Shapes added from paraphrases written to widen the take-on reading (issue 17):
            # a place asked for politely ("grateful for any opportunity in your firm"), a
            # wish to become part of or work with them, or an offer to work unpaid for them.
            (
                "grateful thankful appreciate welcome glad happy interested open",
                rf"\b(?:grateful|thankful|appreciate|welcome|glad|happy|interested|open)\b[^.?!]{{0,25}}"
                rf"\b(?:any|an|a|some)\s+(?:possible\s+|future\s+|suitable\s+)?(?:opportunit(?:y|ies)|"
                rf"{place})\s+(?:in|at|with|within|on)\s+(?:{_YOUR}\s+(?:[\w&'.-]+\s+){{0,2}}?{group}\b|"
                rf"{_YOU}\b(?!r))",
            ),
            (
                "opportunity opportunities fit",
                rf"\b(?:opportunit(?:y|ies)|(?:a|any)\s+(?:good\s+|possible\s+)?fit)\s+for\s+"
                rf"(?:me|myself|someone\s+like\s+me)\s+(?:in|at|with|within|on)\s+(?:{_YOUR}\s+"
                rf"(?:[\w&'.-]+\s+){{0,2}}?{group}\b|{_YOU}\b(?!r))",
            ),
            (
                "become",
                rf"\b(?:i|me)\s+(?:can|could|might|will|may|would)\s+(?:\w+\s+)?become\s+(?:a\s+)?"
                rf"(?:part|member)\s+of\s+{_YOUR}\b",
            ),
            (
                "honoured honored delighted thrilled privileged proud",
                rf"\b(?:would|'d)\s+be\s+(?:so\s+|very\s+|truly\s+|really\s+)?(?:honoured|honored|"
                rf"delighted|thrilled|privileged|proud)\s+to\s+work\s+(?:with|for|alongside|under)\s+"
                rf"{_YOU}\b(?!r)(?!\s+on\b)",
            ),
            (
                "dream",
                rf"\bdream\s+(?:is\s+)?to\s+(?:work|join)\s+(?:for|with|at|in|on)\s+(?:{_YOU}\b(?!r)|"
                rf"{_YOUR}\s+(?:[\w&'.-]+\s+){{0,2}}?{group}\b)",
            ),
            (
                "accept",
                rf"\bif\s+(?:{_YOU}|{_YOUR}\s+(?:[\w&'.-]+\s+){{0,2}}?{group}|the\s+{group}|they)\s+"
                rf"(?:can|could|would|will|might)\s+accept\s+me\b",
            ),
            (
                "interview",
                r"\b(?:get|find|arrange|land|secure|fix)\s+me\s+(?:an?\s+)?(?:job\s+)?interview\s+"
                r"(?:there|with|at|for)\b",
            ),
            (
                "unpaid paid free volunteer",
                rf"\b(?:help|work|pitch\s+in|lend\s+a\s+hand)\b[^.?!]{{0,50}}\b(?:{_YOUR}\s+"
                rf"(?:[\w&'.-]+\s+){{0,2}}?{group}|{_YOU}\b(?!r))[^.?!]{{0,40}}\b(?:paid\s+or\s+unpaid|"
                rf"unpaid\s+or\s+paid|even\s+unpaid|for\s+free|as\s+a\s+volunteer)\b",
            ),
            (
                "anything whatever",
                rf"\b(?:help|pitch\s+in|lend\s+a\s+hand)\s+(?:out\s+)?with\s+(?:anything|whatever)\s+"
                rf"(?:that\s+)?{_YOUR}\s+(?:[\w&'.-]+\s+){{0,2}}?{group}\s+(?:needs|might\s+need)\b",
            ),
            (
                "one become member part",
                rf"\b(?:i|me)\s+(?:can|could|might|may|will|would)\s+(?:\w+\s+)?(?:be|become)\s+one\s+of\s+"
                rf"{_YOUR}\s+(?:[\w-]+\s+)?(?:{group}|{staff})\b",
            ),
            (
                "call contact email ring interview phone",
                rf"\b(?:call|contact|email|ring|phone|interview)\s+me\s+(?:for|about)\s+(?:the|a|an|any)\s+"
                rf"(?:[\w-]+\s+){{0,2}}?{place}\b",
            ),
            (
                "ask asking",
                rf"\b(?:ask|asking)\s+(?:her|him|them|{_YOU}|{_YOUR}\s+\w+|the\s+\w+)\s+for\s+(?:a|an|any|"
                rf"some)\s+(?:[\w-]+\s+)?{place}\b",
            ),
            (
                "support help backing",
                rf"\b(?:support|help|backing)\s+(?:with|for|on)\s+my\s+(?:job\s+)?application\s+(?:to|at|"
                rf"with|for)\s+(?:{_YOUR}\b|{_YOU}\b)",
            ),
            (
                "host hosting take taking have having sponsor sponsoring supervise supervising",
                rf"\b(?:host|hosting|take|taking|have|having|sponsor|sponsoring|supervise|supervising)\s+"
                rf"me\s+(?:for|as|during|on)\s+(?:a|an|my|the|{_YOUR})\s+(?:[\w-]+\s+){{0,5}}?(?:{place}|"
                rf"work\s+experience|trial)\b",
            ),
            # Shapes added from the five families of the second blind thank-you set's tuning two
            # thirds (issue 17), written from fresh paraphrases: taken into their team ("take me
            # in your team"), students taken on placement where they work, a contract with them,
            # a place with a hope of staying on, and the writer among those they bring in.
            (
                "take taking accept accepting",
                rf"\b(?:take|taking|accept|accepting)\s+{_ME}\s+(?:in|at|with)\s+{_YOUR}\s+"
                rf"(?:[\w&'.-]+\s+){{0,2}}?{group}\b",
            ),
            (
                "placement placements experience internship internships attachment attachments "
                "practicum secondment secondments traineeship",
                rf"\b(?:if|whether|do|does|did|would|could|might|can|will|is|are)\s+(?:{_YOU}|{_YOUR}\s+"
                rf"(?:[\w&'.-]+\s+){{0,2}}?{group}|the\s+{group}|they)\s+(?:\w+\s+){{0,3}}?(?:take|takes|"
                rf"taking|host|hosts|hosting|accept|accepts|accepting|have|has|having|offer|offers|"
                rf"offering|welcome|welcomes)\s+(?:any\s+|some\s+|new\s+|more\s+)?(?:[\w-]+\s+){{0,2}}?"
                rf"(?:students?|{staff}|people)\s+(?:for|on|to\s+do)\s+(?:a\s+|an\s+|the\s+|their\s+|"
                rf"some\s+)?(?:[\w-]+\s+)?(?:placements?|work\s+experience|internships?|attachments?|"
                rf"practicums?|secondments?|traineeships?)\b",
            ),
            (
                "possible possibility chance way could can may might",
                rf"\b(?:possible|possibility|chance|way|could\s+i|can\s+i|may\s+i|might\s+i)\b[^.?!]{{0,30}}?"
                rf"\b(?:(?:to|i)\s+(?:have|get|do|sign|secure|land)|of)\s+(?:a|an|any|some)\s+"
                rf"(?:[\w-]+\s+){{0,2}}?(?:{place}|contract|shift|trial|spot)\s+(?:with|at|in|on)\s+"
                rf"{_YOUR}\s+(?:[\w&'.-]+\s+){{0,2}}?{group}\b",
            ),
            (
                "staying kept",
                r"\b(?:could|can|may|might|would|wonder|wondered|possible|hope|hoping|love|like|keen|"
                r"welcome|grateful)\b[^.?!]{0,80}\b(?:(?:possibility|chance|prospect|option|hope)\s+of|"
                r"(?:talk|talking|chat|chatting|speak|speaking)\s+about(?:\s+me)?|discuss|discussing)\s+"
                r"(?:staying\s+on|being\s+kept\s+on|being\s+taken\s+on|a\s+permanent\s+(?:job|role|post|"
                r"place|position|contract))\b",
            ),
            # Tried out, then kept: "shadow you for a week and, if it goes well, maybe continue"
            (
                "well",
                r"\bif\s+(?:it|that|this|things|all)\s+(?:goes|go|went|works?\s+out|turns?\s+out)\s+well\b"
                r"[^.?!]{0,40}?\b(?:stay|staying|continue|continuing|carry\s+on|join|joining|be\s+kept\s+on|"
                r"be\s+taken\s+on|take\s+me\s+on|keep\s+me)\b(?!\s+(?:in\s+(?:touch|contact)|posted|updated|"
                r"informed|the\s+conversation|talking|learning|reading|studying))",
            ),
            # On the list of those called on: "how soon could you add my name to it?"
            (
                "add put",
                r"\b(?:add|put)\s+(?:my\s+name|me)\s+(?:on|to)\s+(?:the|your|that|their)\s+(?!(?:[\w-]+\s+)"
                r"{0,3}?(?:mailing|email|e-mail|distribution|guest|waiting|newsletter|invite|invitation)\b)"
                r"(?:[\w'-]+\s+){0,3}?(?:list|register|roster|rota|pool|bank|books)\b|\b(?<!mailing\s)"
                r"(?<!email\s)(?<!waiting\s)(?:list|register|roster|rota|pool|bank)\b[^.?!]{0,80}\b(?:add|"
                r"put)\s+(?:my\s+name|me)\s+(?:on|to)\s+it\b",
            ),
            # "is there a possibility for me to start by you?"; "let me come and sit at the bench
            # with you on busy days"
            (
                "start begin",
                rf"\b(?:possibility|chance|way|possible|could\s+i|can\s+i|may\s+i)\b[^.?!]{{0,30}}\b"
                rf"(?:start|begin)\s+(?:working\s+)?(?:by|with|at|for)\s+(?:{_YOU}\b(?!r)|{_YOUR}\s+"
                rf"(?:[\w&'.-]+\s+){{0,2}}?{group}\b)",
            ),
            (
                "let",
                rf"\blet\s+me\s+(?:come\s+(?:and\s+)?)?(?:sit|work|help|join|stand|start|assist)\b[^.?!]{{0,40}}"
                rf"\b(?:with\s+{_YOU}\b(?!r)|(?:in|at|on)\s+{_YOUR}\s+(?:[\w&'.-]+\s+){{0,2}}?{group}\b)",
            ),
            # "…even as a volunteer at first, with the hope to join the team later"
            (
                "join joining becoming staying",
                rf"\b(?:hope|hoping|view|aim|intention|idea|plan|chance|possibility)\s+(?:to|of)\s+"
                rf"(?:join|joining|becoming\s+(?:a\s+)?(?:part|member)\s+of|staying\s+(?:on\s+)?(?:with|in|at))\s+"
                rf"(?:the|{_YOUR})\s+(?:[\w&'.-]+\s+){{0,2}}?{group}\b(?!'s)",
            ),
            # "if the expansion brings a need for more controllers, I ask only to be remembered"
            (
                "remembered",
                r"\b(?:if|when|should|once)\b[^.?!]{0,120}\b(?:to\s+be|be|being)\s+remembered\b",
            ),
            # "does the works ever take on summer students?", not "does the industry…"
            (
                "take takes hire recruit host accept",
                rf"\b(?:do|does|would|will|might|could)\s+(?:{_YOU}|{_YOUR}\s+(?:[\w&'.-]+\s+){{0,2}}?"
                rf"[\w&'-]+|the\s+(?!(?:industry|field|sector|profession|market|trade|world|business)\b)"
                rf"(?:[\w&'.-]+\s+){{0,2}}?[\w&'-]+)\s+(?:ever\s+|still\s+|sometimes\s+|usually\s+|"
                rf"currently\s+)?(?:take\s+on|take|hire|recruit|host|accept)\s+(?:any\s+|some\s+|new\s+|"
                rf"more\s+)?(?:[\w-]+\s+)?(?:{staff}|students?)\b",
            ),
            (
                "one among",
                r"\b(?:opportunity|chance|privilege|honou?r|love|like|hope|glad|happy|delighted|keen|"
                r"welcome)\s+to\s+be\s+(?:one\s+of\s+them|among\s+them)\b"
                r"(?!\s*,?\s*(?:some\s*day|one\s+day|eventually|in\s+time|the\s+\w+\s+who))",
            ),
            (
                "mine name",
                r"\b(?:if|that)\s+(?:mine|my\s+name)\s+(?:were|was|is|could\s+be|would\s+be|might\s+be)\s+"
                r"(?:(?:one\s+of|among)\s+(?:them|those|the\s+(?:names|people|candidates|applicants|ones)\b)|"
                r"on\s+(?:the|your|that)\s+(?:list|shortlist)|included|in\s+the\s+(?:mix|running|hat|"
                r"pile))",
            ),
            (
                "help assist support",
                rf"\b(?:looking|searching|hunting)\s+for\s+(?:a\s+|any\s+|some\s+)?(?:[\w-]+\s+)?"
                rf"(?:{place}|work)\b[^.?!]{{0,60}}\b(?:if\s+{_YOU}\s+(?:can|could)|could\s+{_YOU}|"
                rf"can\s+{_YOU}|please|kindly)\s+(?:\w+\s+)?(?:help|assist|support)\s+me\b",
            ),
            (
                # "what kind of small contract might you have for me around the next playtest?"
                "have",
                rf"\b(?:{place}|work|contracts?|shifts?|projects?|gigs?|hours|cover)\b[^.?!]{{0,30}}\b(?:might|"
                rf"could|would|will|do|may)\s+{_YOU}\s+(?:ever\s+|possibly\s+|perhaps\s+)?have\s+(?:going\s+)?"
                rf"for\s+(?:me|someone\s+like\s+me)\b",
            ),
            (
                "like",
                rf"\b{_YOU}\s+(?:might\s+|may\s+|will\s+|could\s+)?(?:ever\s+)?need\s+(?:someone|somebody|"
                rf"a\s+person|people)\s+like\s+me\b",
            ),
            (
                "interview",
                rf"\bif\s+{_YOU}\s+(?:need|want|wish|like)\b[^.?!]{{0,20}}\b(?:come|attend)\s+(?:in\s+)?"
                rf"for\s+(?:an?\s+)?(?:job\s+)?interview\b",
            ),
            (
                "be become becoming",
                rf"\b(?:i|me)\b[^.?!]{{0,40}}\b(?:be|become|becoming)\s+{_YOUR}\s+(?:new\s+|next\s+|"
                rf"future\s+)?(?:{staff}|colleagues?|employees?|team\s+member|co-?workers?)\b",
            ),
            (
                "career",
                rf"\b(?:start|begin|launch|build)\s+my\s+career\s+(?:in|at|with)\s+(?:{_YOUR}\s+(?:[\w&'.-]+\s+){{0,2}}?{group}\b|{_YOU}\b(?!r))",
            ),
            (
                "possibility possibilities chance chances prospect prospects",
                rf"\b(?:{place}|job|work|employment)\s+(?:possibilit(?:y|ies)|prospects?|chances?)\s+"
                rf"(?:in|at|with|within|for\s+me\s+(?:in|at|with))\s+(?:{_YOUR}\s+(?:[\w&'.-]+\s+){{0,2}}?{group}\b|{_YOU}\b(?!r))|"
                rf"\b(?:possibilit(?:y|ies)|chances?|prospects?)\s+(?:of|for)\s+(?:a|an|any|some|getting\s+"
                rf"(?:a|an))\s+(?:[\w-]+\s+)?(?:{place}|work|employment)\s+(?:in|at|with|within)\s+(?:{_YOUR}\s+(?:[\w&'.-]+\s+){{0,2}}?{group}\b|{_YOU}\b(?!r))",
            ),
            # New work at their organisation, and "remember me" beside it: a place asked for.
            (
                "remember consider",
                rf"\b(?:if|when|whenever|once)\s+(?:{_YOU}|{_YOUR}\s+(?:[\w&'.-]+\s+){{0,2}}?{group}|they|"
                rf"the\s+{group})\s+(?:ever\s+|next\s+|do\s+|does\s+|will\s+)?(?:plans?|planning|"
                rf"launch(?:es)?|starts?|opens?|sets?\s+up|begins?)\s+(?:a|an|the|its|their|another|"
                rf"any)\s+new\b[^.?!]{{0,80}}\b(?:remember|consider|think\s+of)\s+me\b|"
                rf"\b(?:remember|consider|think\s+of)\s+me\s+(?:if|when|whenever|once)\s+(?:{_YOU}|"
                rf"{_YOUR}\s+(?:[\w&'.-]+\s+){{0,2}}?{group}|they|the\s+{group})\s+(?:ever\s+|next\s+|"
                rf"do\s+|does\s+|will\s+)?(?:plans?|planning|launch(?:es)?|starts?|opens?|sets?\s+up|"
                rf"begins?)\s+(?:a|an|the|its|their|another|any)\s+new\b",
            ),
            (
                "remember consider",
                rf"\b(?:remember|consider)\s+me\s+for\s+(?:the\s+)?(?:next|coming|new|future|any|upcoming)\s+"
                rf"(?:[\w-]+\s+)?(?:season|intake|round|{place}|vacanc\w*|openings?|hiring|recruitment|"
                rf"contracts?|shifts?|projects?)\b",
            ),
            (
                "employment",
                r"\b(?:help|assist|support)(?:ing)?\s+me\s+(?:with|in|into|to\s+(?:get|find|secure|gain)|"
                r"(?:get|find|secure|gain))\s+(?:(?:an?|some|any)\s+)?(?:gainful\s+)?employment\b",
            ),
            (
                "serve",
                rf"\b(?:pleasure|honour|honor|privilege|dream|happy|glad|proud|keen|eager|love|like)\s+to\s+"
                rf"serve\s+(?:in|at|for|with|on)\s+(?:{_YOUR}\s+(?:[\w&'.-]+\s+){{0,2}}?{group}\b|{_YOU}\b(?!r))",
            ),
            (
                "present introduce put",
                rf"\bpresent\s+(?:myself|my\s+(?:skills|profile|cv|experience|candidacy))\b[^.?!]{{0,40}}"
                rf"\b(?:for|to)\s+(?:{_YOUR}\s+(?:[\w&'.-]+\s+){{0,2}}?{group}\b|{_YOU}\b(?!r))|\b(?:introduce|present|put)\s+myself\s+(?:forward\s+)?as\s+(?:a|an)\s+"
                rf"(?:[\w-]+\s+)?(?:candidate|applicant)\b",
            ),
            # Asking the contact to put the writer to someone as a candidate.
            (
                "introduce present recommend mention put",
                r"\b(?:introduce|present|recommend|mention|put)\s+me\b(?:\s+forward)?[^.?!]{0,60}?\bas\s+"
                r"(?:a|an|your|their)\s+(?:[\w-]+\s+){0,2}?(?:candidate|applicant|new\s+hire|recruit)\b",
            ),
            (
                "how",
                rf"\bhow\s+(?:i|can\s+i|could\s+i|would\s+i|do\s+i|might\s+i|should\s+i)\s+(?:can\s+|"
                rf"could\s+|might\s+|would\s+)?(?:join|get\s+into|get\s+onto|enter|be\s+accepted\s+"
                rf"(?:in|into|on|onto))\s+(?:{_YOUR}\s+(?:[\w&'.-]+\s+){{0,2}}?{group}\b|the\s+"
                rf"(?:[\w-]+\s+){{0,2}}?(?:{place}|programme|program|scheme|{group})\s+(?:at|in|with)\s+"
                rf"{_YOUR}\b)",
            ),
            (
                "continue stay start come join work be",
                rf"\b(?:continue|stay|start|come|join|work|be)\s+(?:on\s+)?(?:with|for|at|in)\s+(?:{_YOUR}\s+(?:[\w&'.-]+\s+){{0,2}}?{group}\b(?!')|{_YOU}\b(?!r))\s+as\s+"
                rf"(?:a|an|your)\s+(?:[\w-]+\s+)?(?:{staff}|employee|member\s+of\s+staff)\b",
            ),
            (
                "meet see speak talk",
                rf"\b(?:meet|see|speak\s+(?:to|with)|talk\s+(?:to|with))\s+{_YOUR}\s+(?:boss|manager|director|"
                rf"head|supervisor|lead|{hirer})\s+(?:about|regarding|for)\s+(?:a|an|the|any)\s+"
                rf"(?:[\w-]+\s+){{0,2}}?{place}\b",
            ),
            (
                "work help volunteer train",
                rf"\b(?:can|could|may|might)\s+i\s+(?:come\s+(?:and|to)\s+)?(?:work|help\s+out|volunteer|train)\s+"
                rf"(?:a\s+few|some|two|three|a\s+couple\s+of)\s+(?:days|weeks|hours|shifts|weekends|months)\s+"
                rf"(?:for|with|at|on|in)\s+(?:{_YOUR}\s+(?:[\w&'.-]+\s+){{0,2}}?{group}\b(?!')|{_YOU}\b(?!r))",
            ),
            (
                "colleagues",
                r"\bwe\s+(?:will|would|could|can|might|may|shall)\s+(?:\w+\s+)?(?:be|become)\s+colleagues\b",
            ),
            (
                "list",
                rf"\bput\s+(?:me|my\s+name)\s+(?:down\s+)?on\s+(?:the|{_YOUR}|a)\s+(?:[\w'-]+\s+)?list\s+for\s+"
                rf"(?:[\w'-]+\s+){{0,3}}?(?:intake|{place}|hiring|recruitment|shifts?|cover|season|{staff})\b",
            ),
            (
                "assist help support",
                rf"\b(?:assist|help|support)\s+{_YOU}\s+(?:in|on|with)\s+{_YOUR}\s+(?:\w+\s+)?(?:projects?|"
                rf"work|team|business)\b[^.?!]{{0,30}}\b(?:in\s+the\s+future|one\s+day|someday|soon)\b",
            ),
            (
                "keep",
                rf"\bkeep\s+(?:my\s+(?:[\w-]+\s+)?(?:{doc}|details|application|portfolio|name)|it|them)\s+"
                rf"(?:on\s+file\s+)?for\s+(?:any\s+)?(?:future|upcoming|later|next)\s+(?:[\w-]+\s+)?"
                rf"(?:{place}|vacanc\w*|openings?|opportunit\w*|needs)\b",
            ),
            (
                "ask asking talk talking speak speaking discuss discussing",
                rf"\b(?:ask|asking|talk|talking|speak|speaking|discuss|discussing)\s+(?:\w+\s+)?about\s+"
                rf"(?:working|a\s+job|joining)\s+(?:with|for|at|in)\s+(?:{_YOUR}\s+(?:[\w&'.-]+\s+){{0,2}}?{group}\b(?!')|{_YOU}\b(?!r))",
            ),
            (
                "chance",
                rf"\b(?:i|me)\b[^.?!]{{0,30}}\b(?:have|stand|get)\s+(?:a|any)\s+(?:real\s+|good\s+)?chance\s+"
                rf"(?:of\s+(?:a|an|getting\s+(?:a|an))\s+(?:[\w-]+\s+)?{place}\s+)?(?:there\b|with\s+{_YOU}\b(?!r)|"
                rf"(?:at|in)\s+{_YOUR}\b)",
            ),
            (
                "sponsor sponsoring",
                r"\bspons(?:or|oring)\s+(?:me|my\s+(?:visa|work\s+permit|permit|work\s+visa))\b",
            ),
            (
                "email message note letter mail",
                rf"\b{hand_on}\s+(?:this|my)\s+(?:email|message|note|letter|mail)\s+(?:on\s+|along\s+)?(?:to|with)\s+"
                rf"(?:[\w']+\s+){{0,3}}?(?:{hirer}|boss|manager|director|supervisor)\b",
            ),
            (
                "like",
                rf"\bthere\s+(?:is|are|might\s+be|may\s+be|could\s+be)\s+(?:a|an|any|some)\s+(?:[\w-]+\s+){{0,2}}?"
                rf"{group}\s+(?:that|which|who)\s+(?:needs?|could\s+use|wants?)\s+(?:[\w-]+\s+){{0,3}}?like\s+me\b",
            ),
            (
                "interviews interview",
                r"\b(?:i'm|i\s+am)\s+(?:\w+\s+)?(?:available|free|ready)\s+for\s+(?:job\s+interviews?|interviews)\b",
            ),
            (
                "application",
                r"\b(?:support|back|endorse|push)\s+my\s+(?:job\s+)?application\b(?!\s+(?:to|for)\s+(?:the\s+|a\s+|"
                r"an\s+)?(?:msc|ma|mba|phd|course|degree|programme|program|university|college|scholarship|"
                r"grant|visa)\b)",
            ),
            (
                "application applied",
                rf"\bmy\s+(?:job\s+)?application\b[^.?!]{{0,60}}\b{_YOU}\s+(?:can|could|might)\s+(?:\w+\s+)?"
                rf"(?:check|chase|look\s+into|find\s+out|ask\s+about)\b|\b(?:{_YOU}|could|can|would|please)\b"
                rf"[^.?!]{{0,30}}\b(?:check|chase|look\s+into|find\s+out)\b[^.?!]{{0,30}}\bmy\s+(?:job\s+)?"
                rf"application\b|\bapplied\s+(?:for|to)\b[^.?!]{{0,60}}\b(?:{_YOUR}|there)\b[^.?!]{{0,40}}"
                rf"\b(?:check|chase|look\s+into|find\s+out|status)\b",
            ),
            (
                "inform notify know posted informed updated update",
                rf"\b(?:inform|notify|update|let)\s+me\s+(?:know\s+)?(?:about|of|on|regarding)\s+"
                rf"(?:any|future|upcoming|new|open|forthcoming|the\s+next)\s+(?:[\w-]+\s+)?{place}\b|"
                rf"\bkeep\s+me\s+(?:posted|informed|updated)\s+(?:about|of|on|regarding)\s+(?:any|future|"
                rf"upcoming|new|open|forthcoming|the\s+next)\s+(?:[\w-]+\s+)?{place}\b",
            ),
        )
        # What the writer asks to be told, or offers, once a place exists.
        # --- notify: what the writer asks to be told, or offers, once a place exists...
        self._notify = re.compile(
            rf"\b(?:let(?:ting)?\s+me\s+know|lmk|tell\s+me|telling\s+me|inform\s+me|notify\s+me|"
            rf"update\s+me|write\s+to\s+me|email\s+me|message\s+me|keep\s+me\s+(?:posted|"
            rf"informed|updated|in\s+the\s+loop)|let\s+me\s+hear|giv(?:e|ing)\s+me\s+a\s+(?:shout|call|"
            rf"ring|heads[- ]up|buzz)|"
            rf"(?:grateful|thankful)\s+for\s+(?:a|any)\s+(?:heads[- ]up|shout|nudge)|hit\s+me\s+up|"
            rf"drop\s+me\s+a\s+(?:line|note)|ping\s+me|"
            rf"contact\s+me|"
            rf"call\s+me|get\s+in\s+touch|reach\s+out\s+to\s+me|hear\s+from\s+{_YOU}|"
            rf"i(?:'d|\s+would)\s+(?:\w+\s+){{0,2}}?(?:love|like|be\s+(?:glad|happy|grateful|delighted|"
            rf"keen|thrilled|interested|honoured|honored|so\s+grateful))\s+(?:to\s+(?:(?:know|hear)\b"
            rf"(?!\s+(?:how|what|why|which|who|where|more\s+about\s+(?:how|your)|about\s+your|"
            rf"your))|apply|"
            rf"be\s+considered|join|help|step\s+in|be\s+(?:that\s+person|the\s+one|one\s+of\s+them))|"
            rf"if|it)|i(?:'d|\s+would)\s+jump\b|(?:i'm|i\s+am)\s+(?:\w+\s+){{0,2}}?(?:free|available|"
            rf"ready|keen|interested|still\s+registered|happy\s+to\s+help)|count\s+me\s+in|"
            rf"do\s+let|give\s+me\b|send\s+me\b|know\s+where\s+to\s+find\s+me|(?:i'm|i\s+am)\s+your\s+"
            rf"(?:man|woman|person|guy)|(?:happy|glad|keen)\s+to\s+(?:help|step|jump|pitch)|"
            rf"mention(?:ing)?\s+(?:me|my\s+name)|tell\s+(?:them|her|him)\s+about\s+me|"
            rf"i(?:'d|\s+would)\s+(?:take|grab|jump\s+at|snap\s+up)\s+(?:it|that|them)|"
            rf"(?:i'll|i\s+will|i\s+may|i\s+might)\s+(?:\w+\s+)?(?:follow\s+up|check\s+back|check\s+in|be\s+in\s+"
            rf"touch|get\s+back\s+in\s+touch)|(?:stay|keep)\s+in\s+touch|{_YOU}\s+(?:have|know|'ve\s+got)\s+my\s+(?:number|email|details)|(?:would\s+be|is|are)\s+(?:very\s+|so\s+|really\s+|"
            rf"most\s+|more\s+than\s+)?(?:welcome|appreciated|wonderful|brilliant|amazing)|"
            rf"{_ME}\s+in\s+mind|think\s+(?:of|about)\s+me|remember\s+me|consider\s+me|be\s+considered|"
            rf"(?:the\s+)?first\s+(?:to\s+(?:know|hear)|in\s+(?:line|the\s+queue)|on\s+{_YOUR}\s+list)|"
            rf"(?:top|front|head|forefront)\s+of\s+{_YOUR}\s+(?:list|mind|queue|pile)|"
            rf"pass(?:ed)?\s+(?:them|it)\s+on|send\s+(?:them|it)\s+my\s+way|i\s+(?:would|'d|will|"
            rf"can)\s+apply)\b"
        )
        # ... and the conditions it hangs on ('if anything comes up', 'if your team needs');
        # whoever decides may be named ("should your trustees decide to bring in a manager").
        deciders = (
            rf"(?:{_YOUR}|the)\s+(?:[\w&'.-]+\s+){{0,2}}?(?:board|trustees|partners|directors|"
            rf"committee|panel|management|governors|owners?|boss|manager|director|head|principal)|"
            rf"the\s+(?:[\w&'.-]+\s+){{1,2}}?{group}(?:\s+(?:that\s+)?{_YOU}\s+(?:described|mentioned|"
            rf"lead|run|manage|work\s+in))?"
        )
        decide = (
            r"(?:(?:decide|decides|decided|choose|chooses|plan|plans|want|wants|need|needs|manage|"
            r"manages|get|gets|are\s+able|is\s+able)\s+to\s+|(?:thinking|planning|hoping)\s+(?:of|about|"
            r"to)\s+)?"
        )

        self._opening = _gated(
            (
                "there's there",
                r"\b(?:if|when|should)\s+there(?:'s|\s+is|\s+are|\s+were|\s+was|\s+will\s+be|\s+would\s+"
                r"be|\s+might\s+be)\s+(?:ever\s+)?"
                r"(?P<object>[^.?!,;]{0,50})",
            ),
            (
                "if",
                r"\bif\s+there(?:'s|\s+is|\s+were|\s+was)\s+(?:ever\s+)?(?:any|a)\s+(?:way|door|chance)\s+"
                r"(?:in|for\s+me)\b",
            ),
            (
                "hear across know see spot",
                rf"\b(?P<what>anything|something|any(?:\s+[\w-]+){{0,2}}?)\s+(?:that\s+)?{_YOU}\s+(?:might\s+|"
                rf"may\s+|do\s+|ever\s+)?(?:hear|come\s+across|know|see|spot)\s+(?:of|about)\b",
            ),
            (
                "if when whenever should once case soon whether",
                r"\b(?:if|when|whenever|should|once|in\s+case|as\s+soon\s+as|whether)\b(?P<what>[^.?!]{0,60}?)"
                r"\b(?:comes?\s+up|came\s+up|coming\s+up|come\s+along|comes\s+along|came\s+along|"
                r"opens?(?:\s+up)?|opened(?:\s+up)?|opening\s+up|becomes?\s+(?:available|free|vacant)|"
                r"became\s+(?:available|free|vacant)|is\s+(?:available|free|going|advertised|vacant)|"
                r"are\s+(?:available|going|advertised)|arises?|arose|arise|turns?\s+up|crops?\s+up|"
                r"is\s+there|are\s+there|"
                r"frees?\s+up|goes\s+live|gets?\s+advertised|appears?|appeared|emerges?|emerged|"
                r"pops?\s+up|popped\s+up|is\s+posted|gets?\s+posted)\b",
            ),
            (
                "if when whenever should once case soon",
                rf"\bif\s+{_YOU}\s+(?:ever\s+|do\s+|did\s+|should\s+|happen\s+to\s+)?(?:hear|know|come\s+"
                rf"across|see|learn)\s+(?:of\s+|about\s+)?(?P<what>(?:anything|something|any|some|a|an)\b"
                rf"[^.?!,;]{{0,40}}|(?:anyone|someone|anybody|somebody)\s+(?:who(?:'s|\s+is)\s+)?"
                rf"(?:hiring|recruiting|looking\s+for))",
            ),
            (
                "if when whenever should once case soon time anytime",
                rf"\b(?:if|when|whenever|should|once|in\s+case|next\s+time|any\s*time)\s+(?:{_YOU}|"
                rf"{_YOUR}\s+(?:[\w&'.-]+\s+){{0,2}}?{group}|they|she|he|the\s+(?:[\w-]+\s+)?{group})"
                rf"(?:'re|'s)?\s+(?:ever\s+|next\s+|still\s+|do\s+|"
                rf"does\s+|will\s+|ever\s+again\s+)?(?:get|gets|are|is|find\s+(?:yourself|yourselves|"
                rf"themselves)|end\s+up|run)?\s*(?:ever\s+|really\s+|very\s+|a\s+bit\s+|too\s+)?(?:busy|short(?:-staffed|\s+staffed|\s+of\s+(?:hands|staff|people|"
                rf"help|cover|a\s+pair))?|short-?handed|(?:a|one)\s+(?:person|pair\s+of\s+hands|body|member|"
                rf"pair\s+of\s+hands)\s+(?:down|short)|stretched|understaffed|swamped|staffing\s+up|expanding|growing|"
                rf"grows?|grew|expands?|scales?\s+up|scaling\s+up|busier|bigger|takes?\s+on\s+more)\b"
                rf"(?!\s+(?:for|on)\s+time\b)",
            ),
            (
                "if when whenever should once case soon",
                rf"\b(?:if|when|whenever|should|once|in\s+case)\s+(?:{_YOU}|{_YOUR}\s+(?:[\w&'.-]+\s+){{0,2}}?{group}|"
                rf"they|she|he|the\s+{group}|{deciders})(?:'re|'s)?\s+(?:ever\s+|next\s+|still\s+|do\s+|does\s+|will\s+|"
                rf"are\s+|is\s+|(?:are|is)\s+ever\s+|(?:ever\s+|will\s+|should\s+)?be\s+)?{decide}(?:hiring|recruiting|taking\s+on|takes?\s+on|"
                rf"take\s+(?:anyone|someone|people)\s+on|takes\s+(?:anyone|someone|people)\s+on|hires?|"
                rf"recruits?|brings?\s+on|brings?\s+in|bringing\s+(?:in|on)|appointing|staffs?\s+up|"
                rf"looking\s+for|looks?\s+for|appoints?)\b",
            ),
            (
                "if when whenever should once case soon time anytime",
                rf"\b(?:if|when|whenever|should|once|in\s+case|next\s+time|any\s*time)\s+(?:{_YOU}\s+and\s+(?:the|{_YOUR})\s+"
                rf"(?:[\w-]+\s+)?{group}|{_YOU}|{_YOUR}\s+(?:[\w&'.-]+\s+){{0,2}}?{group}|"
                rf"they|she|he|the\s+(?:[\w-]+\s+)?{group}|there)\s+(?:ever\s+|next\s+|still\s+|do\s+|does\s+|will\s+|"
                rf"might\s+|(?:is|are)\s+|ends?\s+up\s+|(?:ever\s+)?end\s+up\s+)?(?:needing|need|needs|needed|want|wants|require|requires|required|has|have|"
                rf"(?:ends?|ended)\s+up\s+with|finds?\s+(?:itself|themselves|yourselves)\s+with|"
                rf"had|got|gets?|run|runs|opens?|creates?|adds?|advertises?|funds?|"
                rf"is|are|be)\s+(?P<object>[^.?!,;]{{0,50}})",
            ),
            (
                "if when whenever should",
                rf"\b(?:if|when|whenever|should)\s+(?:{_YOUR}\s+(?:[\w-]+\s+){{0,2}}?|{_YOU}\s+|they\s+|"
                rf"anyone\s+|someone\s+)(?:ever\s+)?(?:asks?|asked)\s+(?:{_YOU}\s+)?(?:for|about)\s+"
                rf"(?P<object>[^.?!,;]{{0,50}})",
            ),
        )
        # Work they cannot cover themselves: "whenever a project lands on your desk that you
        # can't cover yourself", "more hearings than the interpreters can cover".
        self._overflow = _gated(
            (
                "if when whenever should once case",
                rf"\b(?:if|when|whenever|should|once|in\s+case)\b[^.?!]{{0,80}}?\b(?:{_YOU}|they|the\s+"
                rf"(?:[\w-]+\s+)?{group}|the\s+\w+s)\s+(?:can't|cannot|can\s+not|couldn't|won't|"
                rf"(?:don't|do\s+not)\s+have\s+(?:the\s+)?(?:time|capacity|hands)\s+to)\s+(?:cover|"
                rf"handle|manage|take\s+on|fit\s+in|do|get\s+to|staff|fit)\b",
            ),
            (
                "if when whenever should once case",
                rf"\b(?:if|when|whenever|should|once|in\s+case)\b[^.?!]{{0,80}}?\bmore\s+"
                rf"(?:[\w-]+\s+){{0,2}}?than\s+(?:{_YOU}|they|the\s+[\w-]+|{_YOUR}\s+[\w-]+)\s+"
                rf"(?:can|could)\s+(?:cover|handle|manage|cope\s+with|take\s+on|do)\b",
            ),
        )
        self._opening = self._opening + self._overflow
        # --- place: is there (or will there be) a place for the writer, where they work?
        self._existence = _gated(
            (
                "there",
                r"\b(?:is|are|was|were|will|would|might|could|may)\s+there\s+(?:be\s+|ever\s+be\s+)?",
            ),
            (
                "there",
                r"\b(?:if|whether)\s+there\s+(?:is|are|'s|will\s+be|might\s+be|would\s+be|could\s+be|"
                r"may\s+be)\b",
            ),
            (
                "there'd there",
                r"\bthere(?:'d|\s+would)\s+be\b",
            ),
            (
                "do does did would will might could have has",
                rf"\b(?:do|does|did|would|will|might|could|have|has)\s+(?:{_YOU}(?:\s+guys|\s+all)?|"
                rf"{_YOUR}\s+(?:[\w&'.-]+\s+){{0,2}}?{group}|the\s+{group}|they|she|he)\s+(?:currently\s+|"
                rf"still\s+|ever\s+|now\s+|think\s+(?:there|you)\s+)?(?:have|has|got|offer|run|need|"
                rf"take|hire|use|do\s+with|know\s+(?:of|about))\b",
            ),
            (
                "if whether",
                rf"\b(?:if|whether)\s+(?:{_YOU}|{_YOUR}\s+(?:[\w&'.-]+\s+){{0,2}}?{group}|the\s+{group}|"
                rf"they)\s+(?:might\s+|would\s+|will\s+|could\s+|currently\s+|still\s+|ever\s+)?"
                rf"(?:have|has|need|needs|take\s+on|takes\s+on|(?:are|is)\s+(?:hiring|recruiting|"
                rf"taking\s+on)|offer|offers|run|runs)\b",
            ),
            (
                "what which",
                r"\b(?:what|which)\s+(?:[\w-]+\s+)?(?:openings|vacancies|internships|placements|"
                r"positions|intake)\s+(?:does|do|is|are|will|have|has|might|could)\b",
            ),
            (
                "what which",
                r"\b(?:what|which)\s+(?:[\w-]+\s+)?(?:jobs|roles|places|spots)\b[^.?!]{0,30}\b"
                r"(?:going|open|available|coming\s+up|recruiting|hiring|advertised)\b",
            ),
            (
                "any some",
                r"\b(?:any|some)\s+(?:chance|possibility|hope|likelihood|way)\s+(?:of|that|for)\b",
            ),
            (
                "any",
                rf"\bany\s+(?:[\w-]+\s+)?(?:{place}|openings|vacancies)\b",
            ),
            (
                "possible could can might",
                rf"\b(?:is\s+it\s+possible|would\s+it\s+be\s+possible|could\s+i|can\s+i|might\s+i)\s+"
                rf"(?:to\s+)?(?:get|have|secure|land|do)\s+(?:a|an|any)\s+{mod}{place}\b",
            ),
        )
        self._hiring_now = _gated(
            (
                "if whether chance",
                rf"\b(?:if|whether|chance(?:\s+that)?)\s+(?:{_YOU}|{_YOUR}\s+(?:[\w&'.-]+\s+){{0,2}}?{group}|"
                rf"the\s+{group}|they|"
                rf"she|he)\s+(?:is|are|'s|'re|will\s+be|might\s+be)\s+(?:currently\s+|still\s+)?(?:hiring|"
                rf"recruiting|taking\s+on|(?:looking\s+for|seeking)\s+(?:any\s+|new\s+|more\s+|an?\s+|some\s+)?"
                rf"(?:[\w-]+\s+){{0,2}}?{staff}\b)",
            ),
            (
                "looking seeking after",
                rf"\b(?:is|are|will|'s|'re)\s+(?:{_YOU}|{_YOUR}\s+(?:[\w&'.-]+\s+){{0,2}}?{group}|the\s+"
                rf"{group}|they|she|he)\s+(?:currently\s+|still\s+|now\s+|ever\s+)?(?:looking\s+for|"
                rf"seeking|after)\s+(?:any\s+|new\s+|more\s+|an?\s+|some\s+|extra\s+)?(?:[\w-]+\s+){{0,2}}?"
                rf"{staff}\b",
            ),
            (
                "hiring recruiting taking bringing staffing advertising",
                rf"\b(?:is|are|will|'s|'re)\s+(?:{_YOU}(?:\s+guys|\s+all)?|{_YOUR}\s+(?:[\w&'.-]+\s+)"
                rf"{{0,2}}?{group}|the\s+{group}|they|she|he)\s+(?:currently\s+|still\s+|now\s+|ever\s+|"
                rf"be\s+|going\s+to\s+be\s+)?(?:hiring|recruiting|taking\s+on|bringing\s+on|staffing\s+up|"
                rf"advertising|taking\s+(?:anyone|anybody|someone|somebody|people|more\s+people|any\s+"
                rf"(?:new\s+|more\s+|extra\s+)?(?:[\w-]+\s+)?(?:{staff}|people|hands))\s+on)\b",
            ),
            (
                "take bring hire",
                rf"\b(?:might|could|would|will)\s+(?:{_YOU}|{_YOUR}\s+(?:[\w&'.-]+\s+){{0,2}}?{group}|"
                rf"the\s+{group}|they)\s+(?:ever\s+|possibly\s+)?(?:take\s+on|bring\s+on|hire|take)\s+"
                rf"(?:{_ME}|(?:[\w'-]+\s+){{0,4}}?like\s+me|(?:a|an|any|some)\s+)",
            ),
            (
                "hiring recruiting taking",
                rf"\b{_YOUR}\s+(?:[\w&'.-]+\s+){{0,2}}?{group}\s+(?:will|is\s+going\s+to|might)\s+be\s+"
                rf"(?:hiring|recruiting|taking\s+on)\b",
            ),
            (
                "next",
                rf"\b(?:when|how\s+often)\s+(?:do|does|will)\s+(?:{_YOU}|{_YOUR}\s+(?:[\w&'.-]+\s+){{0,2}}?"
                rf"{group})\s+next\s+(?:recruit|hire|take\s+on|open)\b",
            ),
            (
                "hiring recruiting taking",
                r"^\W*(?:hiring|recruiting|taking\s+on)\s+(?:any|anyone|at|this|now|right|new|more)\b",
            ),
            (
                "intake",
                rf"\b{_YOUR}\s+next\s+(?:[\w-]+\s+)?intake\b",
            ),
            (
                "looking seeking",
                rf"\b(?:are|is)\s+{_YOU}\s+(?:currently\s+|still\s+)?(?:looking\s+for|seeking)\s+"
                rf"(?:someone|anyone|people|staff|new|more|an?\s+\w+)",
            ),
        )
        for_me = _alternatives(
            [w for w in words.places + words.loose_places if w not in _NOT_FOR_ME]
            + ["anything", "something"]
        )
        self._for_me = re.compile(
            rf"\b{for_me}\s+(?:\w+\s+)?for\s+(?:{_ME}|one\s+more|another\s+\w+|a\s+"
            rf"(?:newbie|junior|beginner|trainee|graduate|apprentice|newcomer|career\s+changer))\b|"
            rf"\b{for_me}\s+(?:in|at|on|with)\s+{_YOUR}\s+(?:[\w&'.-]+\s+)?[\w-]+\s+for\s+{_ME}\b|"
            rf"\b{for_me}\s+(?:[\w-]+\s+){{0,4}}?for\s+(?:a\s+person|someone|somebody|people)\s+like\s+me\b"
            rf"(?!\s+to\b)"
        )
        self._room = re.compile(r"\b(?:room|space)\s+(?:for|on|in)\b")
        self._would_have = re.compile(
            rf"\b(?:{_YOU}|{_YOUR}\s+(?:[\w&'.-]+\s+){{0,2}}?{group}|the\s+{group})\s+(?:would|might|"
            rf"could|will|may)\s+(?:ever\s+|possibly\s+|still\s+|perhaps\s+)?(?:have|need|take|find)\b"
        )
        self._place_gate = (
            _tokens(" ".join(words.places + words.loose_places + words.staff)) | _PLACE_GATE
        )
        # The conditions about their organisation needing or having staff ("if your team ever
        # needs...", "if there's an opening..."): beside them, any offer of the writer's counts.
        self._staffing = {g for g in (self._opening[0], *self._opening[5:8], *self._overflow)}
        # "any internship": the one existence shape that is not a question by its grammar.
        self._any_place = self._existence[8]

        self._loose = re.compile(rf"\b{loose}\b")
        # The writer working, or taken on, where the contact works (read by _go_between).
        self._writer_in = re.compile(
            rf"\b(?:i|me|i'd|i'm)\s+(?:(?:\w+\s+){{0,2}}?(?:love|like|glad|happy|keen)\s+to\s+)?"
            rf"(?:could|might|can|may|would|to|will)?\s*(?:be\s+able\s+to\s+)?"
            rf"(?:come|coming|do|doing|work|working|join|joining|start|starting|have|get|take|"
            rf"taking|help(?:ing)?\s+out|cover|covering|try|trying)\b[^.?!]{{0,40}}?(?:\b(?:{any_place}|"
            rf"trials?|shifts?|work\s+experience|{staff}|there|internship)\b|\b(?:in|at|on|with)\s+"
            rf"(?:the|{_YOUR})\s+(?:[\w&'.-]+\s+)?{group}\b)|\b(?:take|taking|hire|hiring|have|having|"
            rf"consider|considering|accept|accepting)\s+{_ME}\b|\blike\s+me\b|"
            rf"\b(?:i|me)\s+(?:could|might|can|may|would|'d|to)\s+(?!visit|see|tour|observe|shadow|meet|"
            rf"watch|attend|come\s+and\s+(?:see|visit|watch)|ask|talk|speak|chat)\w+\b[^.?!]{{0,40}}?\b(?:in|at|on|"
            rf"with)\s+(?:the|{_YOUR})\s+(?:[\w&'.-]+\s+)?{group}\b|\bto\s+(?:work|write|"
            rf"cook|draw|design|edit|translate|film|play|teach|nurse|volunteer)\s+(?:for|at|in|with|on)\s+"
            rf"(?:the|{_YOUR})\s+(?:[\w&'.-]+\s+)?{group}\b"
        )
        # "could you pass it to your head of programming?" (see _shown_to_boss)
        self._to_boss = re.compile(
            rf"\b{hand_on}\s+(?:it|them|these|those|this|mine|one|the\s+(?:revised|new|updated|latest|final|"
            rf"shorter|edited)\s+(?:version|copy|draft|one))\s+(?:on\s+|along\s+)?(?:to|with)\s+"
            rf"(?:{_YOUR}|the)\s+(?:[\w&'.-]+\s+){{0,2}}?(?:director|manager|head|boss|lead|editor|partners?|"
            rf"producer|supervisor|owner|principal|chief|{hirer})\b|\b{hand_on}\s+(?:it|them|these|those|"
            rf"this)\s+(?:on\s+|along\s+)?to\s+(?:whoever|the\s+(?:person|one)\s+who)\s+(?:runs|manages|leads|"
            rf"heads|organises|organizes|coordinates|oversees|looks\s+after|is\s+in\s+charge\s+of)\b"
        )
        self._room_for_staff = re.compile(
            rf"\b(?:room|space|capacity|a\s+place|a\s+spot)\s+for\s+(?:(?:a|an|another|one\s+more|any|more)\s+"
            rf"(?:[\w-]+\s+){{0,2}}?(?:{staff}|students?)|someone|somebody|anyone|anybody)\b"
        )

    # --- reading ---------------------------------------------------------------------------------

    def job_ask(self, plain: str, *, thank_you: bool = False) -> Ask | None:
        """Return the first job ask in lower-cased text, or None.

        With ``thank_you``, two look-alikes that thank-you notes are full of are let through: a
        sentence that answers what the contact offered ("you kindly offered to forward my CV,
        so I've attached it"), and help offered at a one-off event ("if you need a hand on the
        honey stall at the county show").
        """
        # "If, in the future, your group needs…" reads as "if your group needs…": a time said
        # between the "if" and who needs is blanked (same length, so places stay put).
        plain = _blank_group(_WHEN_ADVERBIAL, plain, "when")
        plain = _blank_group(_JOB_IDIOM, plain, "job", "job2")
        sentences = list(_sentences(plain))
        before = ""
        for n, (start, sentence) in enumerate(sentences):
            answered = thank_you and answers_their_offer(sentence)
            if answered and not _ASKS_BEYOND_OFFER.search(sentence):
                before = sentence
                continue
            after = sentences[n + 1][1] if n + 1 < len(sentences) else ""
            for clause_start, clause in _asking_clauses(sentence):
                found = self._in_clause(clause, sentence)
                if found is not None:
                    kind, (a, b) = found
                    if thank_you and kind in _FAVOUR_KINDS and _ONE_OFF.search(clause):
                        continue
                    if _looks_alike(kind, clause, (a, b), sentence):
                        continue
                    if self._introduced_for_advice(
                        kind, clause, sentence[clause_start + b :] + " " + after
                    ):
                        continue
                    offset = start + clause_start
                    return Ask(kind, (offset + a, offset + b))
            if (span := self._go_between(sentence, before)) is not None:
                return Ask("pass-on", (start + span[0], start + span[1]))
            if before and (shown := self._shown_to_boss(sentence, before)) is not None:
                return Ask("pass-on", (start + shown.start(), start + shown.end()))
            if (need := _their_need(sentence, after)) is not None:
                return Ask("take-on", (start + need[0], start + need[1]))
            if (other := _in_other_words(sentence)) is not None:
                kind, (a, b) = other
                return Ask(kind, (start + a, start + b))
            if (across := self._across(sentence, after)) is not None:
                kind, (a, b) = across
                return Ask(kind, (start + a, start + b))
            before = sentence
        return None

    def _go_between(self, sentence: str, before: str) -> _Span | None:
        """The contact asked to put the writer's case to whoever decides ("could you ask your
        manager whether I could do some shifts?", "…I would be so happy. Could you ask her for
        me?"): what is asked for is read in the sentence, or in the one before when this one
        only says "for me" or "on my behalf"."""
        if _GO_BETWEEN_GATE.isdisjoint(_tokens(sentence)):
            return None
        for match in _GO_BETWEEN.finditer(sentence):
            if _THANKS_BEFORE.search(sentence[: match.start()]):
                continue  # "thank you for asking your manager for me" thanks a favour done
            rest = sentence[match.end() :]
            if self._wants_in(rest):
                return match.span()
            behalf = _ON_MY_BEHALF.match(rest) or _ON_MY_BEHALF.search(sentence[match.start() :])
            if behalf and self._wants_in(before + " " + sentence[: match.start()]):
                return match.span()
        return None

    def _wants_in(self, text: str) -> bool:
        """True when the text has the writer working, or taken on, where the contact works."""
        return bool(
            self._writer_in.search(text) or self._for_me.search(text) or _LOOKED_ON.search(text)
        )

    def _introduced_for_advice(self, kind: str, clause: str, then: str) -> bool:
        """An introduction to whoever hires, asked for advice and said so ("so I can ask how
        they read applications", "I'd only want to ask her which skills are in demand"), with
        no place asked about in the same breath (unless to say it will not be)."""
        if kind != "pass-on" or not self._intro.search(clause):
            return False
        match = _INTRO_FOR_ADVICE.search(then)
        if match is None:
            return False
        said = then[match.start() : match.end() + 60]
        return not self._strong_place.search(said) or bool(_ASK_NEGATION.search(then))

    def _across(self, sentence: str, after: str) -> tuple[str, _Span] | None:
        """A job ask read across two sentences: an introduction to someone at their
        organisation, then "I'd like to talk to her about joining"; or to be told about a place,
        then "I'd like to apply". Only the asking clauses of the first sentence are read."""
        for at, clause in _asking_clauses(sentence):
            tokens = _tokens(clause)
            if (
                not _INTRO_GATE.isdisjoint(tokens)
                and (match := self._intro.search(clause))
                and _JOINING.search(sentence[at + match.end() :] + " " + after)
                and not self._introduced_for_advice(
                    "pass-on", clause, sentence[at + match.end() :] + " " + after
                )
            ):
                return "pass-on", (at + match.start(), at + match.end())

            if match := _TOLD.search(clause):
                rest = sentence[at + match.end() :] + " " + after
                if _TO_APPLY.search(rest) and (
                    self._strong_place.search(sentence + " " + after)
                    or _ADVERTISED.search(sentence + " " + after)
                ):
                    return "notify", (at + match.start(), at + match.end())
        return None

    def _shown_to_boss(self, sentence: str, before: str = "") -> re.Match[str] | None:
        """Something of the writer's ("my reel… could you pass it to your head of programming?")
        handed on to the one they answer to, asked in a request; thanks passed on are not. What
        is handed on may be named in the sentence before ("I've put my notebooks on GitHub.
        Would you show them to your head of analytics?")."""
        match = self._to_boss.search(sentence)
        if match is None or _PLEASANTRIES.search(sentence):
            return None
        shown = before + " " + sentence[: match.start()]
        if _SHOWCASE.search(shown) and _REQUEST_FORM.search(sentence):
            return match
        return None

    def _in_clause(self, clause: str, sentence: str) -> tuple[str, tuple[int, int]] | None:
        """The first shape of job ask in one clause: its kind and where it stands."""
        tokens = _tokens(clause)
        for kind, find in (
            ("cv", self._cv_ask),
            ("pass-on", self._pass_on_ask),
            ("hirer", self._hirer_ask),
            ("consider", self._consider_ask),
            ("take-on", self._take_on_ask),
            ("notify", self._notify_ask),
            ("place", self._place_ask),
        ):
            if (span := find(clause, sentence, tokens)) is not None:
                return kind, span
        return None

    def _cv_ask(self, clause: str, _sentence: str, tokens: frozenset[str]) -> _Span | None:
        """The writer's CV (or portfolio, application…) sent, attached or to be gone through."""
        match = _first_match(self._cv, clause, tokens)
        if match and not _generic_recipient(clause, match.end()):
            return match.span()
        if not _ATTACH_GATE.isdisjoint(tokens) and (match := self._attach_work.search(clause)):
            return match.span()
        if "my" in tokens and (match := _first_match(self._papers, clause, tokens)):
            return match.span()
        return None

    def _pass_on_ask(self, clause: str, sentence: str, tokens: frozenset[str]) -> _Span | None:
        """The contact asked to pass the writer on: their details, a good word, an introduction."""
        match = self._pass_doc.search(clause) if not _PASS_GATE.isdisjoint(tokens) else None
        if match and not self._advice_purpose.search(clause):
            return match.span()
        if match := _first_match(self._pass_me, clause, tokens):
            return match.span()
        # Something of the writer's handed to whoever hires, described by what they do: "a
        # note about my experience, for you to share with the person who assembles the crew".
        if (
            not _DEED_GATE.isdisjoint(tokens)
            and (match := self._to_deed_hirer.search(clause))
            and not _PLEASANTRIES.search(match.group())
            and _MINE.search(sentence)
            and _REQUEST_FORM.search(sentence)
        ):
            return match.span()
        # Spoken for to whoever hires, or about a place: "would you speak to the hiring panel on
        # my behalf?", not "…to the organisers on my behalf about a student ticket".
        if (
            "behalf" in tokens
            and (match := _SPEAK_ON_BEHALF.search(clause))
            and (self._hirer.search(match.group()) or self._strong_place.search(sentence))
        ):
            return match.span()
        if not _INTRO_GATE.isdisjoint(tokens) and (match := self._intro.search(clause)):
            # Whom they are asked to introduce the writer to must be the one who hires, not
            # someone whose story is wanted ("Femi, who moved from recruitment into L&D").
            rest = _blank(_CAREER_PATH, sentence[sentence.find(clause) :])
            if self._hirer.search(rest) or self._about_place.search(rest):
                return match.span()
        if not _TO_BOSS_GATE.isdisjoint(tokens) and (match := self._shown_to_boss(sentence)):
            at = sentence.find(clause)
            if at <= match.start() < at + len(clause):
                return match.start() - at, match.end() - at
        return None

    def _hirer_ask(self, clause: str, _sentence: str, tokens: frozenset[str]) -> _Span | None:
        """Who hires at their organisation, or whom they know who is hiring."""
        if "know" in tokens and (match := self._knows_hirer.search(clause)):
            return match.span()
        match = self._who_hires.search(clause) if "who" in tokens else None
        if match and self._org.search(clause) and not _GENERAL.search(clause):
            return match.span()
        return None

    def _consider_ask(self, clause: str, sentence: str, tokens: frozenset[str]) -> _Span | None:
        match = _first_match(self._consider, clause, tokens)
        if match:
            return match.span()
        # Told before anyone else, when a place may come: "if the practice has a free chair,
        # could you let me know before other people?"; not "let me know first if Tuesday suits".
        # One of those they turn to ("I'd love to be among those you approach"), unless for
        # an event, a survey or advice ("one of the people you call for the podcast").
        if (
            not _AMONG_GATE.isdisjoint(tokens)
            and (match := _AMONG.search(clause))
            and not _SCHEDULING.search(clause[match.end() : match.end() + 50])
        ):
            return match.span()
        # "If one day you need somebody at the counter, please remember me": remembered when
        # they need someone, not "remember me to your wife".
        if (
            "remember" in tokens
            and (match := _REMEMBER_ME.search(clause))
            and _CONDITION.search(sentence)
            and (self._staff.search(sentence) or _SOMEBODY.search(sentence))
        ):
            return match.span()
        if (
            not _LEADS_GATE.isdisjoint(tokens)
            and (match := _LEADS_TO_PLACE.search(clause))
            and _WRITER_SPEAKS.search(sentence)
            and not _PAST_YOU.search(sentence)
        ):
            return match.span()
        if (
            not _FIRST_GATE.isdisjoint(tokens)
            and (match := _TOLD_FIRST.search(clause))
            and _CONDITION.search(sentence)
            and not _SCHEDULING.search(sentence)
        ):
            return match.span()
        return None

    def _take_on_ask(self, clause: str, _sentence: str, tokens: frozenset[str]) -> _Span | None:
        match = _first_match(self._take_on, clause, tokens)
        # Field-wide words count only in the part of the clause the ask stands in: "in my
        # country I was a chemist, so if I could join your team…" still asks.
        if match and not _PAST_YOU.search(clause) and not _GENERAL.search(_piece(clause, match)):
            return match.span()
        return None

    def _notify_ask(self, clause: str, sentence: str, tokens: frozenset[str]) -> _Span | None:
        """A request to be told (or an offer to step in) once a place exists."""
        if _NOTIFY_GATE.isdisjoint(tokens):
            return None
        for gated in self._opening:
            if not gated.open(tokens):
                continue
            for match in gated.pattern.finditer(clause):
                groups = match.groupdict()
                what = groups.get("what")
                after = clause[match.end() : match.end() + 40]
                if (
                    what is not None
                    and not self._strong_place.search(what)
                    and _SCHEDULING.search(what + " " + after)
                ):
                    continue
                if what is not None and not (
                    _VAGUE.fullmatch(what) or self._place.search(what) or self._staff.search(what)
                ):
                    continue
                thing = groups.get("object")
                if thing is not None:
                    around = thing + " " + after
                    if " there " in f" {match.group()} ":
                        staffing = self._place.search(thing)  # "if there is a place", not "anyone"
                    else:
                        staffing = (
                            self._place.search(thing)
                            or self._staff.search(thing)
                            or _NEEDS_HELP.search(thing)
                        )
                    if not staffing or self._their_job.search(thing) or _NOT_STAFF.search(around):
                        continue
                if self._notify.search(sentence):
                    return match.span()
                if gated in self._staffing and self._offers_self(sentence, clause, match):
                    return match.span()
        return None

    @staticmethod
    def _offers_self(sentence: str, clause: str, condition: re.Match[str]) -> bool:
        """True when, beside "if your team needs…", the writer puts themself forward."""
        at = sentence.find(clause) + condition.start()
        rest = (
            sentence[:at]
            + " " * (condition.end() - condition.start())
            + sentence[at + len(condition.group()) :]
        )
        if sentence.rstrip().endswith("?") and _WH.search(sentence):
            return False  # "When you hire juniors, what do you look for?" asks for advice
        if _IN_RETURN.search(rest):
            return False  # "…I'd gladly proofread it for you in return" offers a favour back
        return bool(_OFFER.search(_blank(_CURIOUS, _blank(_HOPES_FOR_OTHERS, rest))))

    def _place_ask(self, clause: str, sentence: str, tokens: frozenset[str]) -> _Span | None:
        """A question (or wondering) whether a place exists, or will, for the writer."""
        if self._place_gate.isdisjoint(tokens):
            return None
        if (match := self._for_me.search(clause)) and not _SOME_ORG.search(clause):
            return match.span()
        # Said as a statement but asked ("I don't suppose your team would have room for a summer
        # student?"): only when the sentence is a question or a wondering.
        if (
            (match := self._would_have.search(clause))
            and (sentence.rstrip().endswith("?") or _WONDER.search(sentence))
            and (
                self._strong_place.search(clause, match.end())
                or self._room_for_staff.search(clause, match.end())
            )
        ):
            return match.span()
        if _PAST_YOU.search(clause):
            return None
        general = (
            _GENERAL.search(clause)
            and not self._writer.search(clause)
            and not self._your_group.search(clause)
        )
        if (match := _first_match(self._hiring_now, clause, tokens)) and not general:
            return match.span()
        asked = sentence.rstrip().endswith("?") or bool(_WONDER.search(sentence))
        for gated in self._existence:
            if not gated.open(tokens):
                continue
            for match in gated.pattern.finditer(clause):
                rest = _blank(_NOT_A_PLACE, _blank(self._their_job, clause[match.start() :]))[:120]
                strong = self._strong_place.search(rest) or self._room_for_staff.search(rest)
                if strong is None and _TAKES.match(match.group().split()[-1]):
                    strong = self._staff.search(rest)
                loose = self._loose.search(rest) or self._room.search(rest)
                if loose is not None and _NOT_STAFF.search(rest):
                    loose = None
                if not (strong or loose) or general:
                    continue
                writer = self._writer.search(clause)
                theirs = self._org.search(clause)
                initial = not clause[: match.start()].strip(" \t\n\"'*-")
                noun = strong or loose
                assert noun is not None
                span = (match.start(), match.start() + noun.end())
                weak = gated is self._any_place
                if strong and (
                    writer or theirs or self._time.search(clause) or (asked and initial)
                ):
                    return span
                if strong and asked and not weak:
                    return span
                if loose and (writer or self._your_group.search(clause)):
                    return span
                if loose and theirs and _AVAILABLE.search(rest):
                    return span  # "do you have any shifts going?"
        return None

    def mentions(self, plain: str) -> re.Match[str] | None:
        """The first mention of a CV, hiring or a job search: advice about them is fine."""
        return _MENTIONS.search(plain)


# Beside "if your team needs…", the writer offers themself: "me", "my help", or "I" with a word
# of willingness or work ("I'd love to", "I am available", "I could cover"), not "I'll read it".
_OFFER = re.compile(
    r"\b(?:me|myself|my\s+(?:[\w-]+\s+)?(?:name|cv|details|number|hand|help|skills|services|email|"
    r"contact|profile|portfolio|r[ée]sum[ée]))\b|"
    r"\b(?:i|i'd|i'm|i'll|i've)\s+(?:\w+\s+){0,3}?(?:help|work|come|join|start|step|cover|do|take|jump|"
    r"love|like|happy|glad|keen|available|free|ready|interested|willing|delighted|thrilled|pleased|"
    r"honoured|honored|be|apply|volunteer|pitch|assist|support|fill|contribute|lend|serve|able|open|"
    r"eager|here|around|call|email|phone|contact|hope|wish|want|grateful|reachable|only)\b"
)
# "I'd love to hear how you kept the culture": curiosity about their story, not an offer.
_CURIOUS = re.compile(
    r"\bi(?:'d|\s+would)\s+(?:\w+\s+)?(?:love|like)\s+to\s+(?:hear|know|learn|read|see|understand|"
    r"find\s+out|get\s+a\s+(?:sense|feel)\s+(?:of|for))\s+(?:how|what|"
    r"why|which|who|where|about|more)\b"
)
# "I hope the new starters get a mentor like you": the writer speaks, but of others.
_HOPES_FOR_OTHERS = re.compile(
    r"\bi\s+(?:hope|think|guess|bet|imagine|expect|trust|am\s+sure|'m\s+sure)\s+(?=(?:the|they|"
    r"it|you|your|that\s+(?:the|they|it|you|your))\b)"
)
_IN_RETURN = re.compile(
    r"\b(?:in\s+return|return\s+the\s+favou?r|as\s+(?:a\s+)?(?:small\s+)?thank(?:s|[\s-]you)|to\s+say\s+"
    r"thank\s+you)\b"
)
# A time said between "if"/"when" and the rest: blanked before reading (see Reader.job_ask).
# "The job" in sayings that ask for none: "learn on the job", "prepare for the job".
_JOB_IDIOM = re.compile(
    r"\b(?:learn\w*|train\w*|pick\w*\s+(?:it|things)\s+up|experience|taught)\s+on\s+(?P<job>the\s+job)\b|"
    r"\b(?:prepare|preparing|ready|fit|fitness)\s+(?:\w+\s+){0,2}?for\s+(?P<job2>the\s+job)\b"
)
_WHEN_ADVERBIAL = re.compile(
    r"\b(?:if|when|whenever|should|once|in\s+case|as\s+soon\s+as)(?P<when>\s*,?\s*(?:in\s+the\s+"
    r"(?:near\s+|distant\s+|not\s+too\s+distant\s+)?future|one\s+day|some\s*day|some\s*time|at\s+some\s+"
    r"(?:point|stage)|at\s+any\s+(?:time|point|stage)|by\s+any\s+chance|by\s+chance|later(?:\s+on)?"
    r"(?:\s+(?:this|next)\s+\w+)?|(?:this|next|later\s+this)\s+(?:year|month|season|spring|summer|"
    r"autumn|fall|winter|term|quarter)|(?:for|in|over|during)\s+the\s+(?:[\w-]+\s+)?(?:season|summer|"
    r"winter|spring|autumn|holidays|peak)|in\s+the\s+(?:coming|next)\s+(?:few\s+)?(?:weeks|months|"
    r"years?|season)|down\s+the\s+(?:line|road)|again|ever)\s*,?)(?=\s)"
)
# The contact asked to put a question to someone else: "could you ask your manager…",
# "would you check with HR…", "sound out your partners…", "speak to the owner on my behalf".
_FIRST_GATE = frozenset({"first", "before"})
_LEADS_GATE = frozenset({"lead", "leads", "turn", "turns"})
_AMONG_GATE = frozenset({"among", "amongst", "one"})
_AMONG = re.compile(
    r"\b(?:i|i'd|i'm|me|myself)\b[^.?!]{0,40}\b(?:among|amongst|one\s+of)\s+(?:those|the\s+"
    r"(?:[\w-]+\s+)?(?:people|ones|names|freelancers|candidates|associates|\w+ers))\s+"
    r"(?:that\s+|who\s+|whom\s+)?(?:you|u)\s+(?:'ll\s+|will\s+|would\s+|'d\s+|might\s+|"
    r"then\s+|next\s+|ever\s+)?(?:approach|call|ring|contact|pick|choose|consider|think\s+of|"
    r"turn\s+to|bring\s+in|bring\s+on|take\s+on|hire|book|select|shortlist|line\s+up)\b"
)
# Greetings and thanks passed on are kind, not a candidacy: "pass my thanks on to…".
_PLEASANTRIES = re.compile(
    r"\b(?:thanks|thank\s+you|regards|best\s+wishes|love|greetings|hello|hi|feedback|"
    r"compliments|congratulations|apologies|sympathies|good\s+wishes)\b"
)
_TOLD_FIRST = re.compile(
    r"\b(?:inform|tell|notify|let|call|ring|contact|email|message|warn|alert)\s+me\s+(?:know\s+)?"
    r"(?:first|before\s+(?:other\s+people|others|anyone\s+else|anybody\s+else|everyone\s+else|"
    r"other\s+candidates|other\s+applicants|it\s+(?:is|'s|goes|gets)\s+(?:advertised|posted|"
    r"public|out)))\b(?!\s+(?:what|whether|how|if|which|who|when|where)\b)"
)
# "If I shadowed you for a week, could that lead to being taken on?": time with them that
# leads on to a place for the writer (read only where the writer speaks of themself).
_LEADS_TO_PLACE = re.compile(
    r"\b(?:lead|leads|turn|turns)\s+(?:in)?to\s+(?:me\s+)?being\s+(?:taken\s+on|hired|employed|kept\s+on|"
    r"brought\s+on|offered\s+(?:a|an|something))\b"
)
_WRITER_SPEAKS = re.compile(r"\b(?:i|i'm|i've|i'd|me|my)\b")
_SPEAK_ON_BEHALF = re.compile(
    r"\b(?:speak|speaking|talk|talking|have\s+a\s+word|put\s+in\s+a\s+word|write|writing)\s+"
    r"(?:to|with)\s+(?:[\w.'-]+\s+){1,6}?on\s+my\s+behalf\b"
)
_REMEMBER_ME = re.compile(r"\bremember\s+(?:me|my\s+name)\b(?!\s+to\b)")
_SOMEBODY = re.compile(
    r"\b(?:need|needs|want|wants|looking\s+for)\s+(?:somebody|someone|anybody|anyone|a\s+person|"
    r"people|help)\b"
)
_CONDITION = re.compile(r"\b(?:if|when|whenever|should|once|in\s+case)\b")
# The contact asked to do something, in any of the polite forms (read with _deed_hirer).
_REQUEST_FORM = re.compile(
    r"\b(?:could|would|can|will|might)\s+(?:you|u)\b|\bplease\b|\bgrateful\s+if\b|"
    r"\bmay\s+i\s+ask\b|\bfor\s+(?:you|u)\s+to\b|\bif\s+(?:you|u)\s+(?:could|would|can|might)\b|"
    r"\bwould\s+it\s+be\s+(?:all\s+right|alright|ok|okay|possible)\b|\bkindly\b"
)
_GO_BETWEEN_GATE = frozenset(
    "ask asking check checking find sound raise word speak talk put request mention mentioning "
    "tell telling".split()
)
_GO_BETWEEN = re.compile(
    r"(?:\b(?:could|can|would|will|might)\s+(?:you|u)\s+(?:please\s+|kindly\s+|possibly\s+|perhaps\s+|"
    r"also\s+|maybe\s+|mind\s+|be\s+(?:willing|able|happy|so\s+kind\s+as)\s+to\s+)?|\bplease\s+|"
    r"\bperhaps\s+you\s+could\s+|\bif\s+you\s+could\s+(?:please\s+)?)"
    r"(?:ask(?:ing)?\s+(?:around\s+)?|check(?:ing)?\s+with\s+|find(?:ing)?\s+out\s+from\s+|"
    r"sound(?:ing)?\s+out\s+|rais(?:e|ing)\s+it\s+with\s+|hav(?:e|ing)\s+a\s+word\s+with\s+|"
    r"speak(?:ing)?\s+(?:to|with)\s+|talk(?:ing)?\s+(?:to|with)\s+|"
    r"put(?:ting)?\s+in\s+a\s+(?:request|word)\s+with\s+|mention(?:ing)?\s+(?:it\s+)?to\s+|"
    r"mention(?:ing)?\s+(?:this|that|them)\s+to\s+|tell(?:ing)?\s+(?!me\b))"
    r"[\w&'.-]+(?:\s+[\w&'.-]+){0,3}?(?=\s+(?:whether|if|about|for|on|to|that)\b|\s*(?:[?.!,;]|$)|"
    r"\s+and\s+(?:also\s+)?(?:ask|check|see|find\s+out)\s+(?:whether|if)\b)"
)
_ON_MY_BEHALF = re.compile(r"\s*(?:for\s+me|on\s+my\s+behalf)\b")
# A one-off event the writer offers to help at is a favour, not a way into the team: "if you
# ever need a hand setting up the stand at the design fair", "to volunteer at your fundraiser".
_FAVOUR_KINDS = frozenset({"take-on", "notify", "place"})
_ONE_OFF = re.compile(
    r"\b(?:fair|festival(?!\s+season)|f[eê]te|gala|fundraiser|fundraising\s+(?:day|event|night|"
    r"dinner|ball|walk|run)|open\s+(?:day|farm|house|evening|studio)|tournament|fun\s+run|"
    r"charity\s+(?:run|walk|event|day|night|ball|dinner)|concert|exhibition\s+opening|screening|"
    r"parade|bake\s+sale|car\s+boot|on\s+the\s+night|repair\s+caf[eé]|ceremony|celebration|"
    r"(?:the|a|your)\s+(?:[\w-]+\s+){0,3}?show|(?:launch|christmas|summer|leaving|retirement)\s+"
    r"(?:party|do|event)|(?:the|an|your)\s+(?:[\w-]+\s+){0,2}?event|one-off|one\s+time|abseil|"
    r"(?:beach|river|park|canal)\s+clean(?:-?up)?|litter\s+pick|quiz\s+night|sponsored\s+\w+|"
    r"marathon|(?:sports|race|family|fun|activity|volunteer|community)\s+day|"
    r"(?:just\s+)?for\s+the\s+(?:night|evening)|that\s+(?:evening|night)|before\s+(?:the\s+|its\s+)?launch|"
    r"bioblitz|bird\s+count|public\s+(?:[\w-]+\s+){0,2}?(?:event|walk|talk|day|night|evening|morning|session|lecture|"
    r"tour|count|survey)|as\s+(?:a\s+)?(?:small\s+|little\s+)?thank(?:s|-you|\s+you))\b"
)

# What the one who decides is asked to do with the writer's case: "whether he would look at
# my application favourably".
_LOOKED_ON = re.compile(
    r"\b(?:look|looks|looking)\s+(?:kindly|favourably|favorably|positively|at|over|through)\b"
    r"[^.?!]{0,20}\bmy\s+(?:[\w-]+\s+)?(?:application|cv|r[ée]sum[ée]|portfolio|candidacy|"
    r"candidature)\b|\bmy\s+(?:application|cv|r[ée]sum[ée]|candidacy|candidature)\s+"
    r"(?:kindly|favourably|favorably|positively)\b|\b(?:favourably|favorably)\b"
)
_TO_BOSS_GATE = frozenset(
    "director manager head boss lead editor partner producer supervisor owner principal chief "
    "hiring recruiter recruiters hr".split()
)
# Their need for people, asked about or supposed, then the writer offered for it: "Who do you
# call when you need extra hands for the honey harvest? I am free all that month."; "Your company
# takes extra people for the summer season? I have strong back and driving licence."
_ROLE = (
    r"(?:(?!(?:others?|answers?|matters?|papers?|numbers?|letters?|orders?|offers?|chapters?|"
    r"computers?|colou?rs?|errors?|factors?|sectors?|floors?|doors?|favou?rs?|reminders?|masters?|"
    r"bachelors?|quarters?|centers?|borders?|corners?|ers|ors)\b)"
    r"[\w-]{3,}(?:ers?|ors?|ists?|ians?|ants?)|nurses?|engineers?)"
)
_PEOPLE_WORDS = (
    r"(?:people|hands|staff|workers|help|helpers|runners?|crew|cover|pickers|drivers|volunteers|"
    r"someone|somebody|anyone|anybody|pair\s+of\s+hands|person|persons|freelancers|temps|"
    r"graduates|apprentices?|interns?|trainees?|students|juniors?)"
)
_PEOPLE = r"(?:" + _PEOPLE_WORDS + "|" + _ROLE + r")"
_NEED_FOR_PEOPLE = re.compile(
    r"\b(?:need|needs|needed|needing|take|takes|taking|call|hire|hires|hiring|find|finds|use|uses|"
    r"get|gets|looking\s+for|bring\s+in|brings\s+in|bringing\s+in)\s+(?:on\s+)?(?:(?:some|any|an?|another|"
    r"more|extra|seasonal|temporary|casual|new|additional|spare|second|one\s+more)\s+(?:[\w-]+\s+)??"
    + _PEOPLE
    + r"|(?:summer\s+|seasonal\s+)?(?:[\w-]+\s+)??"
    + _PEOPLE_WORDS
    + r")\b|"
    r"\bopen\s+to\s+(?:taking\s+on\s+)?(?:juniors|graduates|career\s+changers|newcomers|apprentices|"
    r"interns|trainees|people|beginners)\b|"
    # ... or their being short of people, in the words people use for it.
    r"\bshort[-\s]?(?:staffed|handed)\b|\bshort\s+(?:of|on)\s+(?:[\w-]+\s+)?" + _PEOPLE + r"\b|"
    r"\b(?:one|two|three|a\s+few|a\s+couple)\s+(?:of\s+)?(?:people\s+|crew\s+|hands\s+|staff\s+|bodies\s+)?"
    r"(?:down|short)(?=\s*(?:[,.;:!?\u2014\u2013-]|$|\s+(?:on|for|at|this|that|next|over|in)\b))|"
    r"\bstretched\s+(?:thin|over)\b|\bstretch\s+(?:your|the|ur)\s+(?:[\w-]+\s+){0,2}thin\b|"
    r"\bnot\s+enough\s+(?:[\w-]+\s+)?(?:" + _PEOPLE + r"|guides)\b|"
    r"\bscrambling\s+for\s+(?:people|staff|hands|crew|cover)\b|"
    r"\bcould\s+(?:use|do\s+with)\s+(?:another|an\s+extra|one\s+more|more|some\s+extra)\s+[\w-]+|"
    r"\b(?:extra|spare|second)\s+pair\s+of\s+hands\b|\bstuck\s+for\s+an?\s+[\w-]+|\b[\w-]+\s+shortage\b|"
    r"\b(?:crewing|staffing)\s+up\b"
)
_WRITER_OFFERED = re.compile(
    r"\bi\s*(?:am|'m)\s+(?!not\b)(?:\w+\s+)?(?:free|available|around|ready)\b|"
    r"\bi\s+(?:can|could)\s+(?:\w+\s+)?(?:come|start|help|work|drive|do\s+it|be\s+there|cover)\b|"
    r"\bi\s+(?:have|'ve\s+got|got)\s+(?:a\s+|my\s+own\s+|a\s+strong\s+|strong\s+|a\s+full\s+|full\s+|"
    r"a\s+clean\s+|clean\s+)?(?:driving\s+licen[cs]e|licen[cs]e|tools|van|car|boots|back|kit)\b|"
    r"\basking\s+for\s+(?:me|myself)\b|"
    # ... or what they hold, or what they are good at, or hints that they would come if called.
    r"\bi\s+(?:have|hold|'ve\s+got|'ve|got)\s+(?:my\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}(?:licen[cs]e|"
    r"ticket|tickets|card|certificate|qualification)\b|"
    r"\bi\s+(?:have|'ve\s+got|'ve\s+had|had)\s+(?:\w+\s+)?(?:\d+|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|twelve|fifteen|twenty)\s+years\b|"
    r"\bi\s*(?:am|'m)\s+(?:very\s+|really\s+|quite\s+)?(?:(?:quick|fast|good|handy)\s+(?:with|at)|"
    r"strong|experienced|qualified|fluent|trained|reliable)\b|"
    r"\bi\s*(?:am|'m)\s+(?:your\s+(?:person|man|woman|guy|girl|lad)|up\s+for\s+it|only\s+an?\s+"
    r"(?:email|call|phone\s+call|message|text|ring)\s+away)\b|\bthat(?:'s|\s+is)\s+me\b|"
    r"\bgive\s+me\s+a\s+(?:shout|call|ring|bell|buzz)\b|\b(?:offer|lend)\s+(?:you\s+)?(?:my|a)\s+"
    r"(?:help|hand|hands)\b|\b(?:i'd|i\s+would)\s+(?:happily|gladly)\s+(?:come|start|work|pick|do|"
    r"join|cover|help\s+out\s+(?:for|over|through)\s+the\s+(?:season|summer|winter))\b|"
    r"\b(?:i'd|i\s+would)\s+(?:be\s+)?(?:really\s+|so\s+|very\s+|more\s+than\s+)?(?:glad|happy|keen|"
    r"delighted)\s+to\s+(?:get\s+the\s+call|step\s+in|fill\s+in|pitch\s+in|muck\s+in|get\s+involved|"
    r"roll\s+up)\b|\b(?:i'd|i\s+would)\s+bring\b|\bthe\s+(?:person|one)\s+you\s+(?:ring|call|phone)\b|"
    r"\b(?:onto|on)\s+(?:your|the|that|this)\s+(?:[\w-]+\s+){0,2}(?:list|rota|books)\b|"
    r"\b(?:would|'d)\s+love\s+to\s+(?:be\s+on\s+it|be\s+part\s+of\s+it|join\s+(?:it|them|the\s+crew|"
    r"the\s+team))\b|"
    r"\b(?:would|'d)\s+(?:mean\s+a\s+(?:great\s+deal|lot)|love)\s+to\s+(?:train|work|learn)\s+(?:under|"
    r"with|for|alongside)\s+(?:you|u)\b|"
    # someone described, said to be keen: "A recent graduate with a bat licence would be keen."
    r"\bwould\s+(?:be\s+)?(?:keen|thrilled|delighted|glad\s+to\s+start|jump\s+at\s+it|love\s+to\s+"
    r"(?:be\s+part|join))\b"
)
# Said of the contact's side ("you'd", "you'll" included).
_THEIR_SIDE = re.compile(r"\b(?:you|u|your|ur)\b")
# Said to the contact, or asked: their need, not people's in general.
_TO_THEM = re.compile(_THEIR_SIDE.pattern + r"|\?")
_ONLY_ASKING = re.compile(
    r"\b(?:wonder\w*|whether|does\s+(?:that|it)|would\s+(?:that|it)|is\s+(?:that|it)|should\s+i|"
    r"do\s+i\s+need|advice|matter|count|curious)\b"
)


# A yes-or-no question, or one about the chances, whether their side needs people: "What are
# the chances your lighting crew could use an extra pair of hands on the autumn tour?"
_WHETHER_THEY_NEED = re.compile(
    r"^\s*(?:(?:so|and|but|also|then|hi|hey)\b,?\s+)?(?:what\s+are\s+the\s+chances|(?:is\s+there\s+)?"
    r"any\s+chance|(?:is|are|does|do|will|would|might|may)\s+(?:your|ur|the|you|u)\b)"
)
# ... and not a question about how things are done, or an either-or.
_HOW_IT_IS_DONE = re.compile(
    r"\b(?:how|why|what|which|who|where|when|whether|tell\s+me|describe|explain|recommend|usually|"
    r"normally|typically|generally|tend|or)\b"
)
_PLAINLY_PEOPLE = re.compile(
    r"\b(?:"
    + _PEOPLE_WORDS
    + r"|extra|more|another|additional|seasonal|temporary|casual|spare|second)\b"
)


# ... unless the next sentence says the writer only wants to know how it works.
_CURIOUS_AFTER = re.compile(
    r"\b(?:love\s+to\s+(?:know|hear|understand)|curious|asking\s+because|wonder\w*|interested\s+in\s+"
    r"how|want\s+to\s+understand|trying\s+to\s+understand)\b"
)


# A place asked for in other words: staying on after a trial ("…and, should you think I'm up
# to it, stay on in the brigade"), a way in ("if this could be a way for me to join you
# later"), a placement or stage with them, pieces taken from the writer, a first step towards a
# post with them, being told when their side starts hiring, a talk about joining their team,
# "with a view to staying", who to speak to about doing the work, somewhere on their side the
# writer might fit ("anything coming up on the estates team where an ex-electrician might fit
# in"), or an introduction to whoever decides who joins. Each alternative names its group.
_IN_OTHER_WORDS = re.compile(
    r"\b(?:i|me|i'm|i'd)\b[^.?!]{0,60}?\b(?P<stay>stay(?:ing)?\s+on)\b(?!\s+(?:top|track|course|"
    r"the\s+line))|"
    r"\b(?P<way>(?:way|chance|route|path|door)\s+for\s+me\s+to\s+join(?:ing)?\s+(?:you|u|your\s+[\w-]+))\b|"
    r"\b(?P<placement>(?:let\s+me|(?:i|me)\s+(?:could|can|might|may))\s+(?:do|take|complete|have)\s+(?:my|a|an)\s+"
    r"(?:[\w-]+\s+)?(?:placement|stage|internship|apprenticeship|work\s+experience|trial|residency|"
    r"rotation)\s+(?:with|at|in)\s+(?:you|u|your|ur)\b)|"
    r"\b(?P<pieces>consider\s+(?:taking|using|commissioning|publishing|running|buying)\s+[^.?!]{0,30}?\bfrom\s+"
    r"me)\b|"
    r"\b(?P<step>step\s+(?:towards|to|into)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:post|job|role|position|place|"
    r"contract)\s+(?:with|at|in|on)\s+(?:you|u|your|ur))\b|"
    r"\b(?P<told>(?:tell|let)\s+me\s+(?:know\s+)?(?:if|when|whether)\s+(?:your|ur)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:will\s+|ever\s+|starts?\s+|start\s+)?(?:need|needs|hiring|hires|recruit\w*|take\s+on|taking\s+on|"
    r"takes\s+on|looking\s+for))\b|"
    r"\b(?P<talk>(?:talk|chat|speak)\s+(?:\w+\s+)?about\s+(?:me\s+)?(?:joining|working\s+(?:for|with|on|in))\s+"
    r"(?:your|ur)\s+(?:[\w-]+\s+)?(?:team|company|firm|studio|practice|crew|department|lab|kitchen|office|"
    r"group|paper|desk|agency|school|ward|unit))\b|"
    r"\b(?P<view>with\s+a\s+view\s+to\s+(?:staying|being\s+kept|joining|working\s+(?:there|here|for|with|"
    r"at)|being\s+taken\s+on))\b|"
    r"\b(?P<route>who\s+(?:should|could|would|do|can)\s+i\s+(?:speak|talk|write|reach\s+out|go)\s+to\s+about\s+"
    r"(?:(?:teaching|covering|doing|taking\s+on|running)\s+(?:it|that|this|those|them)|joining\s+(?:you|"
    r"your\s+[\w-]+|the\s+team|them)|working\s+(?:for|with|at)\s+(?:you|your\s+[\w-]+)))\b|"
    r"\b(?P<fit>(?:anything|something|a\s+(?:place|spot|role|slot|gap))\s+(?:coming\s+up\s+)?(?:on|in|at|"
    r"within)\s+(?:the|your|ur)\s+(?:[\w-]+\s+){0,2}?(?:team|department|office|crew|practice|group|"
    r"unit|side|kitchen|studio)\s+where\s+(?:i|an?\s+[\w-]+|someone\s+like\s+me|a\s+person\s+like\s+"
    r"me)\s+(?:might|could|would|can)\s+(?:fit|help|be\s+useful|slot\s+in))\b|"
    r"\b(?P<intro>introduc\w*\s+(?:me\s+)?to\s+(?:your|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+,?\s+who\s+(?:i\s+"
    r"(?:understand|gather|believe|think|hear)\s+)?(?:decides|chooses|picks|hires|recruits|handles\s+"
    r"(?:hiring|recruitment)|is\s+in\s+charge\s+of\s+(?:hiring|recruitment)))\b"
)


# "I'm not looking to stay on" says the opposite.
_NOT = re.compile(r"\b(?:not|never)\b|n't\b")


def _in_other_words(sentence: str) -> tuple[str, _Span] | None:
    """A place asked for in words no other shape names (see _IN_OTHER_WORDS): its kind and span."""
    found = _IN_OTHER_WORDS.search(sentence)
    if found is None:
        return None
    group = next(name for name, value in found.groupdict().items() if value is not None)
    if group == "stay" and _NOT.search(found.group()):
        return None  # "I'm not looking to stay on"
    kind = {"intro": "pass-on", "told": "notify"}.get(group, "take-on")
    return kind, found.span(group)


def _their_need(sentence: str, after: str) -> _Span | None:
    """Where a sentence speaks of the contact's need for people and either offers the writer
    for it or asks, yes or no, whether their side has that need."""
    need = _NEED_FOR_PEOPLE.search(sentence)
    if need is None:
        return None
    if _offered_for(need, sentence, after) or _asked_whether(need, sentence, after):
        return need.span()
    return None


def _offered_for(need: re.Match[str], sentence: str, after: str) -> bool:
    """True when, said to them, the writer offers themself for that need, in the same sentence
    or the next (not to ask whether it would count)."""
    if not _TO_THEM.search(sentence):
        return False
    for offered in (sentence[need.end() :], after):
        found = _WRITER_OFFERED.search(offered)
        if found and not _ONLY_ASKING.search(offered[found.start() :]):
            return True
    return False


def _asked_whether(need: re.Match[str], sentence: str, after: str) -> bool:
    """True when a yes-or-no question asks whether the contact's side needs (or could use)
    people, and the next sentence does not say the writer only wants to know how it works."""
    opener = _WHETHER_THEY_NEED.search(sentence)
    if opener is None or not sentence.rstrip().endswith("?"):
        return False
    if _HOW_IT_IS_DONE.search(sentence, opener.end()) or _ONLY_ASKING.search(sentence):
        return False
    if _CURIOUS_AFTER.search(after) or not _THEIR_SIDE.search(sentence[: need.start()]):
        return False
    # "do you need a master's to…" asks what the work needs, not who
    return bool(_PLAINLY_PEOPLE.search(need.group()))


# What an introduction is for, when it is for advice (Reader._introduced_for_advice).
_INTRO_FOR_ADVICE = re.compile(
    r"\bso\s+(?:that\s+)?i\s+(?:can|could|might)\s+(?:ask|learn|hear|find\s+out|understand)\b|"
    r"\b(?:only|just)\s+(?:want|wanting|like|hoping|hope|wish)\s+to\s+(?:ask|hear|learn)\b|"
    r"\b(?:i'd|i\s+would)\s+(?:only|just)\s+(?:want|like|love)\s+to\s+(?:ask|hear|learn)\b|"
    r"\bonly\s+for\s+(?:her|his|their)\s+(?:view|views|advice|perspective|thoughts)\b|"
    r"\bfor\s+(?:a\s+)?(?:short\s+|quick\s+|brief\s+)?advice\s+(?:conversation|chat|call)\b|"
    r"\bnot\s+to\s+put\s+myself\s+forward\b"
)
# Across two sentences (Reader._across): an introduction, then what it is for ...
_JOINING = re.compile(
    r"\babout\s+(?:(?:me\s+)?(?:joining|working\s+(?:for|at|with|in|on))\s+(?!(?:the|this|that|a)\s+"
    r"(?:field|profession|industry|sector|trade|line\s+of\s+work)\b)|(?:a|an|any)\s+(?:[\w-]+\s+)?"
    r"(?:job|vacancy|opening|placement|internship)\b|being\s+taken\s+on|starting\s+(?:at|with|there))"
)
# What shows what the writer can do, handed on to the one the contact answers to.
_SHOWCASE = re.compile(
    r"\bmy\s+(?:[\w-]+\s+){0,2}?(?:cv|r[ée]sum[ée]|portfolio|reel|showreel|demo|work|samples?|website|"
    r"site|spec|designs?|drawings?|writing|application|profile|articles?|photos?|photographs?|"
    r"sketches|ads?|code|github|blog|clips?|recordings?|tapes?|pieces?|notebooks?|dissertation|"
    r"thesis|repo|repository|projects?|background|letters?)\b"
)
_ADVERTISED = re.compile(r"\b(?:advertised|posted|goes\s+live|opens?(?:\s+up)?|comes?\s+up)\b")
# ... or a request to be told about a place, then the wish to apply for it.
_TOLD = re.compile(
    r"\b(?:keep\s+me\s+(?:posted|informed|updated|in\s+the\s+loop)|let\s+me\s+know|inform\s+me|"
    r"update\s+me|notify\s+me)\b"
)
_TO_APPLY = re.compile(
    r"\b(?:i|i'd|i'll|i'm)\b[^.?!]{0,30}?\b(?:apply(?=\s+(?:for|to)\b|\s*[.?!,;]|\s*$|\s+(?:as|when|"
    r"once|straight|right|immediately|then)\b)|put\s+in\s+(?:an\s+|my\s+)?application|"
    r"send\s+(?:in\s+)?(?:an\s+|my\s+)?application|submit\s+(?:an\s+|my\s+)?application)\b"
    r"(?!\s+(?:elsewhere|to\s+(?:other|another|university|college|the\s+(?:msc|ma|course))|for\s+"
    r"(?:the\s+|a\s+|an\s+|my\s+)?(?:[\w-]+\s+)?(?:bursary|grant|scholarship|course|degree|"
    r"programme|program|visa|funding|conference|masters|master's|msc|mba|phd|place\s+on\s+the\s+"
    r"course)))"
)

_THANKS_BEFORE = re.compile(r"\bthank(?:s|\s+you)?\b[^.?!]{0,20}\bfor\s*$")
_WH = re.compile(r"\b(?:what|how|which|why|who|where)\b")
_PASS_GATE = frozenset({"my", "mine", "nudge"})
_DEED_GATE = frozenset({"who", "whoever", "whomever", "that", "charge"})
_MINE = re.compile(r"\b(?:me|my|myself|i'm|i\s+am)\b")
_ATTACH_GATE = frozenset(
    "attach attached attaching enclose enclosed enclosing included tucked link here here's "
    "case".split()
)
_INTRO_GATE = frozenset(
    "me introduced who which right boss manager director head supervisor lead arrange set fix "
    "organise organize".split()
)
_NOTIFY_GATE = frozenset(
    "if when whenever should once case soon hear across know spot whether time anytime".split()
)
_PLACE_GATE = frozenset(
    "room space hiring recruiting taking intake looking seeking hire take bring recruit next "
    "me".split()
)
_AVAILABLE = re.compile(
    r"\b(?:going|available|open|free|vacant|coming\s+up|to\s+fill|to\s+cover|on\s+offer)\b"
)
_WONDER = re.compile(
    r"\b(?:(?:don't|do\s+not|didn't)\s+suppose|suppose)\b|"
    r"\b(?:wonder|wondered|wondering|know|ask|asking|tell\s+me|find\s+out|check|inform\s+me|"
    r"notify\s+me|update\s+me|advise\s+me|keep\s+me\s+posted|let\s+me\s+know)\s+(?:if|whether)\b"
)
_NOT_A_PLACE = re.compile(
    r"\brole\s+(?:of|for\s+(?!me\b|someone|somebody))|\broles?\s+(?:that|which)\s+(?:use|involve|"
    r"need|require)|\bopening\s+(?:of|hours|night|day|ceremony|remarks)|\bplace\s+(?:to|where|of|"
    r"like)|\bwork\s+(?:on|like|that|life|experience)|\bpositions?\s+(?:on|of|about)\b"
)
_TAKES = re.compile(r"(?:take|takes|hire|hires|need|needs|on|hiring|recruiting|use|with)$")
_NOT_FOR_ME = frozenset({"work", "hours", "opportunity", "opportunities", "project", "cover"})
_VAGUE = re.compile(
    r"\s*(?:anything|something)(?:\s+(?:suitable|relevant|similar|at\s+all|else|new))?"
    r"(?:\s+(?:ever\s+)?(?:in|on|at|with|for|within|where|around)\b.*)?\s*"
)
_SCHEDULING = re.compile(
    r"\b(?:time|slot|date|day|diary|calendar|schedule|availability|meeting|call|chat|coffee|"
    r"reschedul\w*|cancel\w*|postpone\w*|question|questions|emergency|trip|week|plans?|"
    r"busy|deadline|courses?|class|term|module|programme|program|exam|results?|"
    r"book|article|events?|conference|talk|webinar|meetup|podcast|meet|prefer|suits?|"
    r"visit|tour|information|info|details|feedback|thoughts|advice|links?|minutes?|moment)\b"
)
_NOT_STAFF = re.compile(
    r"\b(?:time|slot|date|diary|calendar|schedule|availability|meeting|call|chat|coffee|"
    r"questions?|information|info|details|feedback|thoughts|advice|links?|minutes?|moment|meet|"
    r"prefer|anything\s+(?:else\s+)?from\s+me|reminder|speak|talk|learn|meet|write\s+to|"
    r"reach\s+out|get\s+in\s+touch|advice|advise|sources|articles|papers|references|readings|"
    r"materials|examples|data|contacts|translations|copies|books)\b"
)
_NEEDS_HELP = re.compile(
    r"\b(?:(?:that|which)\s+needs?\s+(?:[\w-]+\s+){0,4}?(?:eyes|hands?|help|doing|\w+ing|subtitles?|"
    r"translation|work|\w+(?:er|or|ist)s?)|(?:one|two|a\s+few)\s+more\s+\w+|more\s+\w+s|"
    r"more\s+(?:[\w-]+\s+){1,2}?than\s+(?:you|it|they|we|she|he|the\s+[\w-]+)\s+can\s+(?:handle|"
    r"manage|cope\s+with|do|take\s+on|cover))\b|"
    r"\b(?:(?:a|an|some|one)\s+(?:[\w-]+\s+)?(?:person|hand|body)\b)|"
    r"\b(?:someone|anyone|somebody|anybody|people|staff|hands?|cover|help|helpers?|"
    r"(?:another|an?\s+extra|extra|more)\s+(?:pair|hands?|person|people|body|bodies|\w+(?:er|or|ist|ant)s?)|"
    r"another\s+\w+|work|jobs?|shifts?|spot|room|vacanc\w*|openings?|gaps?|capacity|"
    r"(?:a|an|any|some|new|more|extra)\s+(?:[\w-]+\s+){0,2}?(?!(?:letter|number|paper|reminder|computer|answer|order|"
    r"bigger|better|other|another|water|chapter|poster|register|folder|timer|filter|printer|matter|"
    r"summer|winter|corner|member|lecturer|speaker|user|customer|consumer|buyer|seller|supplier|"
    r"provider|volunteer|computer|for|or|nor|after|over|under|ever|never|either|neither|whether|"
    r"rather|together|later|sooner|per|other|another|further|ever)\b)(?:\w+(?:er|or|ist|ant|ian)s?|"
    r"(?!stress\b)\w+tress(?:es)?|\w+(?:smith|wright)s?))\b"
)
_MENTIONS = re.compile(
    r"\b(?:cv|cvs|c\.v\.|r[ée]sum[ée]s?|curriculum\s+vitae|cover\s+letters?|hiring|hire|hires|"
    r"hired|recruit\w*|vacanc\w*|job\s+(?:hunt\w*|search\w*|openings?|offers?|applications?)|"
    r"applying|applications?|referrals?|interviews?\s+(?:for|at|with)\s+(?!you\b)|"
    r"openings?|job\s+market)\b"
)


def _blank_group(pattern: re.Pattern[str], text: str, *groups: str) -> str:
    """The text with a named group of each match of ``pattern`` replaced by spaces: the first of
    ``groups`` that took part in the match (a name can stand in only one alternative)."""

    def blanked(match: re.Match[str]) -> str:
        group = next(name for name in groups if match.group(name) is not None)
        start, end = match.start(group) - match.start(), match.end(group) - match.start()
        return match.group()[:start] + " " * (end - start) + match.group()[end:]

    return pattern.sub(blanked, text)


def _blank(pattern: re.Pattern[str], text: str) -> str:
    """The text with every match of ``pattern`` replaced by as many spaces."""
    return pattern.sub(lambda m: " " * len(m.group()), text)


def _generic_recipient(clause: str, end: int) -> bool:
    """True when a CV goes to employers in general ("when I send my CV to firms"), not to them."""
    return bool(
        re.match(
            r"\s+(?:out\s+)?to\s+(?:employers|firms|companies|studios|agencies|recruiters|"
            r"practices|schools|hospitals|organi[sz]ations|places|them\s+all|jobs)\b",
            clause[end:],
        )
    )


_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def _tokens(text: str) -> frozenset[str]:
    return frozenset(_TOKEN.findall(text))


class _Gated:
    """A pattern with the words it cannot match without (empty: no such words).

    The pattern is compiled the first time a text opens its gate: most texts open few gates, so
    the first check in a notebook compiles a handful of patterns, not hundreds.
    """

    __slots__ = ("_compiled", "gate", "source")

    def __init__(self, source: str, gate: frozenset[str]) -> None:
        self.source = source
        self.gate = gate
        self._compiled: re.Pattern[str] | None = None

    @property
    def pattern(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.source)
        return self._compiled

    def open(self, tokens: frozenset[str]) -> bool:
        return not self.gate or not self.gate.isdisjoint(tokens)


def _gated(*entries: tuple[str, str]) -> tuple[_Gated, ...]:
    """(gate words, pattern) pairs; the gate is a space-separated list of words."""
    return tuple(_Gated(source, frozenset(gate.split())) for gate, source in entries)


def _first_match(
    patterns: Sequence[_Gated], text: str, tokens: frozenset[str]
) -> re.Match[str] | None:
    found = [m for p in patterns if not p.gate.isdisjoint(tokens) and (m := p.pattern.search(text))]
    return min(found, key=lambda m: m.start()) if found else None


def _sentences(text: str) -> Iterator[tuple[int, str]]:
    """Yield (start, sentence) for each sentence; a P.S. line is a sentence of its own."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.group() == "." and _TITLE.search(text, max(0, match.start() - 6), match.start()):
            continue
        end = match.end()
        if text[start:end].strip():
            yield start, text[start:end]
        start = end
    if text[start:].strip():
        yield start, text[start:]


def _piece(clause: str, match: re.Match[str]) -> str:
    """The part of a clause, between commas (or the like), that a match stands in."""
    start = max((m.end() for m in _CLAUSE_END.finditer(clause, 0, match.start())), default=0)
    end = next((m.start() for m in _CLAUSE_END.finditer(clause, match.end())), len(clause))
    return clause[start:end]


def asking_clauses(plain: str) -> Iterator[tuple[int, str, str]]:
    """Yield (start, clause, its sentence) for each clause of a lower-cased text that could ask
    something.

    What the shapes read: clauses that thank for something done, disclaim an ask or speak of
    what the contact offered are left out (see ``_asking_clauses``).
    """
    for start, sentence in _sentences(plain):
        for at, clause in _asking_clauses(sentence):
            yield start + at, clause, sentence


# A CV looked over, then advice asked on it ("could you look over my CV and tell me what an IT
# manager would cut?"): advice on a CV is fine; "would you look over my CV?" alone, or looked
# over and then passed on, asks them to act on it.
_REVIEWED = re.compile(
    r"\b(?:look|looking|glance|glancing|read|reading|check|checking|review|reviewing|go\s+through|"
    r"going\s+through|skim|skimming|cast\s+an\s+eye)\b"
)
_FOR_ADVICE = re.compile(
    r"(?:\s+(?!(?:and|then|to)\b)[\w'-]+){0,3}?\s*(?:,\s*)?(?:and|then|to)\s+(?:(?:tell|telling|say|saying|let|letting|show|showing)\s+me\b|"
    r"(?:give|giving|offer|offering|share|sharing)\s+(?:me\s+)?(?:some\s+|any\s+|your\s+|a\s+few\s+)?"
    r"(?:honest\s+|quick\s+)?(?:feedback|advice|comments|thoughts|pointers|tips|notes)\b|"
    r"(?:point|pointing)\s+out\b|(?:suggest|suggesting)\b)|\s+for\s+(?:your\s+)?(?:feedback|comments|"
    r"advice|thoughts|pointers|tips)\b"
)
# Taking up what the contact offered in the meeting ("would you be up for looking over my CV
# after this, like you offered earlier?").
# Advice on one's CV, sent or changed for their view only: "how would you suggest I change my
# résumé…", "…would you be willing to tell me how it reads?", "just to show you how I changed it".
_CV_FOR_THEIR_VIEW = re.compile(
    r"\b(?:suggest|recommend|advise)\s+(?:that\s+)?(?:i|me\s+to)\s+(?:\w+\s+)?(?:change|tailor|improve|rewrite|"
    r"update|adapt|format|structure|reword|shorten|present|adjust|edit|reorder|reorgani[sz]e|rearrange|"
    r"order|lay\s+out)\b|\btell\s+me\s+(?:how\s+"
    r"(?:it|they)\s+(?:reads?|looks?|comes?\s+across)|what\s+you\s+think|what(?:'s|\s+is)\s+missing|what\s+"
    r"to\s+(?:improve|change|fix|add|cut))\b|\bto\s+show\s+you\s+how\s+"
    r"i\s+(?:\w+\s+)?(?:changed|improved|updated|rewrote|used|reworked)\b"
)
# The writer's own application, told: "I submit my application next week."
_OWN_APPLICATION = re.compile(
    r"\s*(?:and\s+|so\s+|now\s+)?i\s+(?:will\s+|'ll\s+|am\s+going\s+to\s+|plan\s+to\s+|hope\s+to\s+)?"
    r"(?:submit|send\s+off|send\s+in|finish|finalise|finalize)\s+my\s+application\b"
)
_AS_OFFERED = re.compile(
    r"\b(?:like|as|since|because)\s+(?:you|u)\s+(?:kindly\s+|so\s+kindly\s+)?(?:offered|suggested)\b"
)
_HANDED_ON = re.compile(
    r"\b(?:pass|passing|forward|forwarding|share\s+it|sharing\s+it|send\s+it|sending\s+it|put\s+it\s+"
    r"forward|hand\s+it|show\s+it\s+to|keep\s+(?:me|it)\s+in\s+mind|job|jobs|vacanc\w*|openings?|"
    r"positions?|hire|hiring|interview\s+me)\b"
)


# An opening the writer found elsewhere, told to them: "I've found an opening for a junior
# tester at a fintech in Leeds."
_FOUND_ELSEWHERE = re.compile(
    r"\bi(?:'ve|\s+have)?\s+(?:just\s+|now\s+|already\s+)?(?:found|seen|spotted|noticed|applied\s+"
    r"for|come\s+across)\s+(?:an?|the|one)\s+(?:[\w-]+\s+)?$"
)
# A place somewhere else: "I'm applying for a research nurse role at another trust".
_ELSEWHERE = re.compile(
    r"\b(?:at|with|in|for)\s+(?:another|other|a\s+different|a\s+few\s+other)\s+(?:[\w-]+\s+)?(?:trusts?|"
    r"compan(?:y|ies)|firms?|hospitals?|schools?|practices?|agenc(?:y|ies)|studios?|organi[sz]ations?|"
    r"employers?|charit(?:y|ies)|councils?|banks?|universit(?:y|ies)|labs?|clinics?|places?)\b|"
    r"\belsewhere\b"
)
# The writer's own news: "I start as a junior quantity surveyor at Kier next Monday!"
_WRITER_STARTS = re.compile(r"(?:^|\W)i(?:'m|\s+am|'ll|\s+will)?\s*$")
# "If you have a minute: …" has them spare time, not a place.
_SPARE_MOMENT = re.compile(
    r"if\s+(?:you|u)\s+have\s+(?:a\s+)?(?:spare\s+|free\s+)?(?:minute|moment|second|sec|chance|time)\b"
)
# A small favour offered back, not a place: "if you ever want a native speaker's opinion…".
# (A favour given in return, _IN_RETURN, counts too.)
_SMALL_FAVOUR = re.compile(
    r"\b(?:(?:an?\s+|my\s+)?(?:honest\s+|native\s+speaker's\s+)?opinion|taster|proofread\w*|"
    r"second\s+pair\s+of\s+eyes|check\s+(?:a|an|any|the)\s+(?:[\w-]+\s+)?(?:document|text|"
    r"translation|letter|email|contract))\b"
)
# A good word said for someone else: "did somebody put a good word in for you?"
_FOR_SOMEONE_ELSE = re.compile(
    r"\s+(?:in\s+)?for\s+(?:you|u|him|her|them|someone|somebody|others)\b"
)
# Starting as something, said of others: "most editors start as assistants".
_STARTING_AS = re.compile(
    r"(?:come\s+back|start|join|return|be\s+taken\s+on|stay|be\s+kept\s+on)\b"
)
_OTHERS_BEFORE = re.compile(
    r"\b(?:they|he|she|you|u|people|most|many|everyone|someone|somebody|who|[a-z]+(?<![sui])s)\s+"
    r"(?:usually\s+|often\s+|mostly\s+|normally\s+|all\s+|typically\s+|first\s+)?$"
)


def _looks_alike(kind: str, clause: str, span: _Span, sentence: str) -> bool:
    """True when a shape found in a sentence is one of the look-alikes that ask nothing for the
    writer: a tip wished for ("think of me if you come across a good course"), what the contact
    said reported back ("you mentioned your lab will be hiring next year"), where places are
    listed ("any website you'd trust for placement listings"), something the writer did
    ("I've put my name down for their session"), someone else put forward ("my mate Kieran is
    qualified, so I can send you his number"), advice once they grow ("tell me how you
    managed the bigger crew"), an opening found elsewhere ("I've found an opening at a fintech
    in Leeds") or a place at another organisation, what others start as ("most editors start
    as assistants"), the writer's own news ("I start as a junior surveyor at Kier on Monday"),
    a good word said for someone else, a small favour offered back ("if you ever want a native
    speaker's opinion"), "if you have a minute", or a CV sent for their view only ("just to
    show you how I changed it"). ``span`` is where the shape stands in the clause."""
    if kind in {"consider", "notify"} and _RESOURCE_TIP.search(sentence):
        return True
    if kind == "cv" and _LANGUAGE_CHECK.search(sentence):
        return True
    if kind == "cv" and _AS_OFFERED.search(sentence):
        return True
    if kind == "cv" and _CV_FOR_THEIR_VIEW.search(sentence) and not _HANDED_ON.search(sentence):
        return True
    if kind == "cv" and _OWN_APPLICATION.match(clause) and not _THEIR_SIDE.search(clause):
        return True
    if kind == "cv" and _REVIEWED.search(clause[span[0] : span[1]]):
        then = clause[span[1] :]
        if _FOR_ADVICE.match(then) and not _HANDED_ON.search(then):
            return True
    if kind == "notify" and _TELL_HOW.search(sentence):
        return True
    if kind == "place" and (
        _LISTINGS.search(clause[: span[1]])
        or (_REPORTED.match(sentence) and not _WRITER_OR_ASKED.search(sentence))
    ):
        return True
    if kind == "place" and _FOUND_ELSEWHERE.search(clause[: span[0]]):
        return True
    if kind in {"take-on", "place"} and _ELSEWHERE.search(clause):
        return True
    if kind == "place" and _SPARE_MOMENT.match(clause, span[0]):
        return True
    if (
        kind == "take-on"
        and _WRITER_STARTS.search(clause[: span[0]])
        and not _THEIR_SIDE.search(clause[span[1] :])
    ):
        return True
    if kind == "notify" and (_IN_RETURN.search(sentence) or _SMALL_FAVOUR.search(sentence)):
        return True
    if (
        kind == "take-on"
        and _STARTING_AS.match(clause, span[0])
        and _OTHERS_BEFORE.search(clause[: span[0]])
    ):
        return True
    if kind == "pass-on" and (
        _FOR_SOMEONE_ELSE.match(clause, span[1])
        or _WRITER_DID.search(clause[: span[0]])
        or _TO_ME.match(clause, span[1] - 6)
        or _OWN_REFEREE.search(clause[: span[0]])
        or _FREE_FOR_COURSE.search(sentence)
    ):
        return True
    if kind in {"notify", "place"} and _IS_THERE_A_COURSE.search(sentence):
        return True
    if kind == "take-on" and _HEARD_ABOUT.search(clause[: span[1]]):
        return True
    if kind in _FAVOUR_KINDS and (
        _OFFERS_A_NAME.search(sentence) or _FOR_THEM.search(sentence) or _TO_LEARN.search(sentence)
    ):
        return True
    return _SOMEONE_ELSE.search(sentence) is not None and not _ME_TOO.search(sentence)


_TIP = (
    r"(?:course|book|article|podcast|website|site|talk|webinar|workshop|resource|reading|class|"
    r"guide|paper|video|conference|meetup|module|scholarship|bursary|grant|textbook|blog)s?"
)
_RESOURCE_TIP = re.compile(
    r"\bif\s+you\s+(?:ever\s+|happen\s+to\s+)?(?:find|come\s+across|hear\s+(?:of|about)|know\s+of|"
    r"see|spot|stumble\s+(?:on|across|upon)|run\s+into|read)\s+(?:a|an|any|some|another)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{_TIP}\b"
)
# Only their English read: "look at my cover letter and tell me if the English is correct".
_LANGUAGE_CHECK = re.compile(
    r"\b(?:english|grammar|spelling|language|wording)\s+is\s+(?:correct|right|ok|okay|good|fine|clear|"
    r"natural)\b|\bcheck\s+(?:my|the)\s+(?:english|grammar|spelling)\b"
)
_TELL_HOW = re.compile(r"\b(?:tell|show)\s+me\s+how\s+(?:you|they|it|the\s+\w+)\b")
_LISTINGS = re.compile(
    r"\b(?:website|web\s*site|site|job\s+board|board|newsletter|listings?|mailing\s+list|app|"
    r"magazine|journal)s?\b"
)
_REPORTED = re.compile(
    r"\W*(?:as\s+)?you\s+(?:mentioned|said|told\s+me|explained|noted|pointed\s+out|shared|"
    r"were\s+saying)\b"
)
_WRITER_OR_ASKED = re.compile(r"\b(?:i|me|my|mine|myself|i'd|i'm|i'll|i've)\b|\?")
_WRITER_DID = re.compile(r"\bi(?:'ve|\s+have|'d|\s+had)?\s+(?:already\s+|just\s+|now\s+|also\s+)?$")
_SOMEONE_ELSE = re.compile(
    r"\bmy\s+(?:[\w-]+\s+){0,2}?(?:friend|mate|colleague|classmate|sister|brother|cousin|partner|"
    r"husband|wife|son|daughter|flatmate|neighbour|neighbor|nephew|niece|former\s+student)\b"
    r"[^.?!]*\b(?:(?:his|her|their)\s+(?:number|details|email|contact|cv|r[ée]sum[ée])|"
    r"(?:he|she|they)\s+(?:is|are|'s|'re)\s+(?:qualified|looking|available|free))"
)
# Someone else asked to vouch: "I'll ask my old manager to be my referee".
_OWN_REFEREE = re.compile(
    r"\bask\s+my\s+(?:[\w-]+\s+){0,2}?(?:manager|boss|tutor|teacher|lecturer|supervisor|colleague|"
    r"friend|mentor|employer)\s+(?:if\s+(?:she|he|they)\s+(?:would|will|can|could)\s+|to\s+)$"
)
# Free for a course, not for work: "I'm free Tuesdays for the moving and handling course".
_FREE_FOR_COURSE = re.compile(
    r"\b(?:free|available)\b[^.?!]{0,60}?\bfor\s+the\s+(?:[\w-]+\s+){0,4}?(?:course|class|training|"
    r"workshop|talk|session)\b"
)
# Whether a course or an event exists: "tell me if there is a good sewing course near me".
_IS_THERE_A_COURSE = re.compile(
    r"\bthere\s+(?:is|are|'s|will\s+be)\s+(?:a|an|any|some)\s+(?:[\w-]+\s+){0,2}?(?:course|class|"
    r"meetup|meet-up|event|network|society|workshop|webinar|talk|fair|conference|evening\s+class|"
    r"training\s+(?:course|provider|day))s?\b"
)
# Glad to have heard about the work: "helpful to hear about the different jobs in a care home".
_HEARD_ABOUT = re.compile(
    r"\b(?:helpful|useful|interesting|good|great|nice|fascinating|inspiring|glad|pleased|happy|"
    r"lovely)\s+to\s+hear\s+about\b"
)
_TO_ME = re.compile(r".{0,6}?\bto\s+me\b")
_OFFERS_A_NAME = re.compile(
    r"\bif\s+you\s+(?:ever\s+)?(?:need|want)\s+(?:the\s+name\s+of|a\s+recommendation\s+for|"
    r"the\s+number\s+of|someone's\s+number|a\s+contact\s+(?:for|at|in))\b"
)
# A favour for them, not work for their organisation: "a hand with the noise in your van",
# "a beta reader for the novel you mentioned".
_FOR_THEM = re.compile(
    r"\bbeta\s+read(?:er|ers|ing)?\b|\bthe\s+(?:novel|memoir)\s+(?:you|u)\b|\byour\s+(?:novel|memoir|"
    r"wedding|house\s+move|own\s+(?:house|home|garden|flat|kids|children))\b|\b(?:noise|rattle|fault|"
    r"leak|problem)s?\s+(?:in|with|on)\s+your\s+(?:van|car|bike|boiler|roof)\b"
)
# To see how they do it: "maybe you can send me photos after, I want to see how you mount panels".
_TO_LEARN = re.compile(
    r"\bsend\s+me\s+(?:some\s+|a\s+few\s+|the\s+)?(?:photos|pictures|images|videos|clips)\b|"
    r"\b(?:want|like|love)\s+to\s+see\s+how\s+(?:you|u|they|it)\b"
)
_ME_TOO = re.compile(r"\b(?:me|myself|we\s+both|us\s+both|both\s+of\s+us)\b")


# What a sentence answering their offer may still ask beyond it: "As you kindly offered, I've
# attached my CV, and I'd be grateful if you could pass it to your features editor."
_ASKS_BEYOND_OFFER = re.compile(
    r"\b(?:could|would|can|will)\s+(?:you|u)\s+(?:please\s+|kindly\s+)?(?:pass|forward|share|show|send|put)\b|"
    r"\bif\s+(?:you|u)\s+could\s+(?:please\s+)?(?:pass|forward|share|show|send|put)\b|"
    r"\b(?:she|he|they|you)\s+(?:could|would|might)\s+consider\s+me\b|\bconsider\s+me\s+for\b|"
    r"\bin\s+case\s+(?:they|you|there)\b[^.?!]{0,30}\b(?:openings?|vacanc\w*|roles?|jobs?|positions?|"
    r"places?)\b|\bput\s+in\s+a\s+(?:good\s+)?word\b"
)


def answers_their_offer(sentence: str) -> bool:
    """True when a lower-cased sentence answers what the contact offered or asked for."""
    return bool(_ANSWERS_THEIR_OFFER.search(sentence))


def _disclaims(clause: str) -> bool:
    """True for "I'm not looking for a job"; not for "I hope you don't mind me asking whether…"."""
    return bool(_ASK_NEGATION.search(clause)) and not _ASKS_INSIDE.search(clause)


def _asking_clauses(sentence: str) -> Iterator[tuple[int, str]]:
    """Yield the clauses of a sentence that could ask something.

    A clause that says the writer is not asking ("I'm not looking for a job") is left out, and
    so is one that thanks them for something done ("thank you for introducing me to…").
    """
    start = 0
    pieces: list[tuple[int, str]] = []
    for match in _CLAUSE_END.finditer(sentence):
        pieces.append((start, sentence[start : match.start()]))
        start = match.end()
    pieces.append((start, sentence[start:]))
    kept = []
    whole = True
    for at, piece in pieces:
        if not piece.strip() or _disclaims(piece) or _THEIR_OFFER.search(piece):
            whole = False
            continue
        if _THANKS_FOR.search(piece):
            whole = False  # the thanks are left out, even where the clause runs on
            if (runs_on := _RUNS_ON.search(piece)) is None:
                continue
            at, piece = at + runs_on.end(), piece[runs_on.end() :]
        kept.append((at, piece))
    if whole:
        # Nothing was left out: read the sentence whole, so shapes may span its commas.
        yield 0, sentence
        return
    yield from kept
