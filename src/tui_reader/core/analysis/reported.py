"""Reported speech: "she said that ...", "..., the ministry warned", "according to X, ...".

A sentence gives at most one reported statement: the first verb of saying or
belief (from the lexicon's inflected forms) whose clause can be read, that is
not the cue of a direct quote and not a noun ("the claims"). Its speaker is the
subject of the cue, resolved like a direct quote's.
"""

from __future__ import annotations

import bisect
import re

from . import lexicon as lx
from .attribution import ATTRIBUTION_REACH
from .document import Document
from .model import Quote
from .patterns import (AUX_AT_END, NEGATED, TO_A_VERB, head_before_participle, last_clause_mark, looks_past,
                       one_of, with_subject)
from .resolve import (NAME_AFTER_PREPOSITION, REPORTING_VERB, SETTING, UNNAMED_SPEAKER, Resolver, is_passive,
                      passive_speaker)
from .segment import Coverage

_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ ,]$")
_PLURAL_SUBJECTS = frozenset("they we police people".split())
# Words ending in "s" before a base form that are no plural subject ("this", "has", "does say").
_NOT_PLURAL = frozenset("this his its has does was is us yes whereas perhaps always sometimes".split())
_CUE_WORDS = rf"{REPORTING_VERB}|according to|According to"
# ("(?<!\w)" is "\b" before a word: the engine tries it faster than a boundary that opens a pattern)
_ANY_REPORT_CUE = re.compile(rf"(?<!\w)(?:{_CUE_WORDS})\b")
# The same, or a base form of a verb of saying, which reports only after a plural subject ("Police
# say", "Officials believe"): one scan of the text finds both (the two lists share no word).
_CUE_OR_BASE = re.compile(rf"(?<!\w)(?:{_CUE_WORDS}|(?P<base>{one_of(sorted(lx.REPORTING_BASES))}))\b")
_BARE_OK = lx.BARE_CLAUSE_VERBS | frozenset(lx.BARE_DOCUMENT_VERBS)
# A verb by which documents report, after a noun for one: "court records show", "the data showed".
_DOCUMENT_CUE = re.compile(rf"(?:{one_of(sorted(lx.DOCUMENT_VERBS))})\b")
# The first letters of those verbs after a space: rare in a text, so looked for as plain strings first.
_DOCUMENT_STEMS = tuple(sorted({" " + verb[:4] for verb in lx.DOCUMENT_VERBS}))
_DOCUMENT_BEFORE = re.compile(rf"\b(?:{one_of(sorted(lx.DOCUMENT_NOUNS))})(?:,?\s+[^\s.;:“”\"]+){{0,4}},? $", re.I)
_DOCUMENT_VERBS = frozenset(lx.DOCUMENT_VERBS)
# Who was told, then when and where, between a cue and its clause: "told reporters on Monday that",
# "said to the council that". Only a verb with a hearer (tell, warn, assure ...) takes the hearer
# without "to": after "said", "the plan would ..." is the clause itself.
# (a word after "the" or "a" and one word is the hearer's only when no pronoun, determiner or verb: "told the
# council the plan would ..." has the hearer "the council")
_HEARER_SECOND_WORD = (r"(?!(?:he|she|they|it|we|I|the|a|an|his|her|its|their|was|were|is|are|would|will|could|had|has"
                       r"|of|about|for|on|in|at|with|from|over|against|to)\b)\w+")  # ("warned the council of the risk")
# (the first alternative: up to five words before "that", "a packed council meeting that")
_HEARER = (r"(?:(?:the|a|an|his|her|their|its)\s+(?:(?!(?:the|a|an)\s)[\w’'-]+\s+){1,3}?[\w’'-]+(?=\s+that\b)|"
           r"reporters|journalists|the\s+[A-Z][\w.]+(?:(?:,?\s+and)?,?\s+[A-Z][\w.]+){1,7}|"  # ("the Senate Health, Labor and ...")
           rf"(?>the\s+\w+(?:\s+{_HEARER_SECOND_WORD})?)|(?>a\s+\w+(?:\s+{_HEARER_SECOND_WORD})?)|"
           r"local\s+\w+|him|her|them|us|me|parliament|police|Reuters|AFP|[A-Z][\w.]+(?:\s+[A-Z][\w.]+){0,3}|"
           r"[a-z]{3,}s|people|children|women|men|staff|"  # (plurals without s too)
           r"(?:anyone|everyone|anybody|everybody)"  # ("anyone with information", "anyone who would listen that")
           r"(?:\s+with\s+\w+|\s+who\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+(?=\s+that\b))?)(?=[\s,]|$)")
_AFTER_HEARER = (r"(?:\s+by\s+[^,.;:“”\"]{2,60}?(?=\s+that\b))?"  # a passive cue's agent ("told by the minister")
                 r"(?:\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\s+(?:on|in|last|this)\s+(?!(?:a|an)\s)\w+"
                 r"|\s+(?:late|early)\s+(?=[A-Z]|(?:morning|afternoon|evening|night|last|this|next|on)\b)\w+)?"
                 r"(?:\s+in\s+an?\s+(?:[\w\s,’'-]|(?<=\b[A-Z][a-z])\.){1,60}?(?=,?\s+that\b))?"  # ("to Mr. Lee")
                 r"(?:\s+(?:afterwards?|later|earlier|yesterday|today|again|publicly|privately|online|repeatedly|only|simply|"
                 r"merely|also)(?=,?\s+that\b))?"
                 r"\s*,?\s+"
                 r"(?P<that>that\b(?!\s+(?:was|is|were|are|would|will|could|should|seemed|seems|made|makes|had|has)\b)"
                 r"[\s,]+)?")  # (not "said that was untrue": there "that" is the clause's subject)
# (a hearer is never followed by a verb: in "warned the target was unrealistic" the clause opens at once;
# "the" and two words are taken whole or not at all, so "the waiting list was" is no hearer "the waiting")
_OBJECT = re.compile(rf"(?:\s+(?:to\s+)?{_HEARER}(?:,\s+\d{{1,3}},)?"  # (an age: "told Pat Lee, 38, that")
                     r"(?!\s+(?:was|were|is|are|would|will|could|had|has|have|should|might|may|can|must)\b))?"
                     rf"{_AFTER_HEARER}")
_TO_OBJECT = re.compile(rf"(?:\s+to\s+{_HEARER})?{_AFTER_HEARER}")
# What a verb with a hearer asks for: "to" and a verb after the hearer ("urged residents to leave"), or "for"
# what is to be done ("asked for the vote to be delayed").
_REQUEST = re.compile(rf"(?:\s+(?:(?:his|her|their|its|our|my)\s+\w+(?:\s+\w+)?(?=\s+to\b)|{_HEARER}))?\s*,?\s+"
                      rf"(?P<what>{TO_A_VERB}|for\s+(?:[^\s.,;:]+\s+){{1,6}}?to\s+be\b)")
_AGENT_REQUEST = re.compile(rf"\s+by\s+[^,.;:“”\"]{{2,60}}?\s+(?P<what>{TO_A_VERB})")
# (never past an infinitive or a relative "that" of a noun: "warned people to avoid pills that ...")
# (nor past a question word: "asked officials how the papers that ...")
# (nor past the verb of a clause of its own: "said the bridge would open and that ..." is said whole)
# (nor past a verb of saying or showing: "said the contract showed that ..." is said whole)
_LATE_THAT = re.compile(r"\s+(?:(?!(?:that|to|which|who|how|what|why|whether|if|where|when|and|but|would|will|"
                        r"was|were|is|are|had|has|have|could|should|can|may|might"
                        rf"|{REPORTING_VERB}|{one_of(sorted(lx.DOCUMENT_VERBS))})\b)[\w’'-]+(?:,\d{{3}})*\s+){{2,10}}?"
                        r"that\s+(?!(?:was|were|is|are|would|will|could|should|had|has|have|can|may|might)\b)"
                        r"(?=[a-z“\"A-Z])")  # ("a bill that would ...": a relative "that", no clause)
# A cue said not to have been spoken: "did not say", "have not said", "declined to say", "never said".
# "as" right before a cue, perhaps with an adverb: "as expected", "as widely predicted".
_AS_BEFORE = re.compile(r"\b[Aa]s\s+(?:[a-z]+ly\s+)?$")
# Past participles that modify a noun right before them ("a video posted online") as often as they report.
_MODIFYING_PARTICIPLES = frozenset("posted published released issued written sent broadcast recorded".split())
_NOUN_PHRASE_BEFORE = re.compile(r"\b(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+)?(?!(?:has|had|was|were|is)\b)"
                                 r"[a-z]+\s+$")
# The rest of a phrase set off by commas, then a cue: " whether he would run, said" (after ", asked").
_SET_OFF_THEN_CUE = re.compile(rf"[^,.;:“”\"]{{1,120}},\s+(?:also\s+|later\s+)?(?:{REPORTING_VERB})\b")
# "quoted" and whom before "as saying": "quoted a rebel commander as saying".
_QUOTED_AS = re.compile(r"\bquot(?:ed|es|ing)\s+(?:([^;:“”\"]{2,80}?),?\s+)?as\s+$")  # (passive: "was quoted as")
# A subordinator with no subject after it, before a past participle: "if confirmed", "when asked", "once
# approved" (but "while claiming that ..." is the subject's participle, which says it).
_ELLIPTICAL_BEFORE = re.compile(r"\b(?:[Ii]f|[Oo]nce|[Uu]nless|[Uu]ntil|[Ww]hen|[Ww]hile|[Tt]hough|[Aa]lthough)\s+$")
_HEARER_VERBS = frozenset(lx.verb_forms("hearer_verbs")[0])
_PLEDGE_VERBS = frozenset(lx.verb_forms("pledge_verbs")[0])
# After a trailing cue: who was told, then when or where (", Lee told Reuters on Monday.").
# (then perhaps a participle that goes on: ", Lee added, saying ...")
# Participles that go on with what a cue's speaker said: ", Lee added, saying ...".
_PARTICIPLES = r"(?:saying|adding|noting|insisting|arguing|explaining|warning)"
_PARTICIPLE_AFTER = re.compile(rf",\s+{_PARTICIPLES}\b")
_TRAIL_TAIL = re.compile(rf"(?:\s+(?:to\s+)?{_HEARER})?"
                         r"(?:\s+(?:on|in|at|outside|after|before|during|last|this|late|early|yesterday|today|earlier"
                         r"|later)\b[\w\s]{0,30})?"
                         r"(?:,\s+[a-z]+ing\b.*|,?\s+according\s+to\b.*)?\s*$", re.S)
# A name of two to four capitalised words ending a subject, before its cue.
# (a whole name: not the end of one after "of", as in "the Office of the Director of National Intelligence";
# nor one of two subjects, after "and")
_NAME_BEFORE_CUE = re.compile(r"(?<![\w’'.-])(?<!\bof )(?<!\band )[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}\s*$")
# The source of a statement at its sentence's end, after a comma: ", a government statement said.",
# ", the ministry said on Monday."
# (no relative or conjunction opens it, and the cue is a finite verb: not ", which would help in finding it")
_SOURCE_TAIL = re.compile(r",[”\"]?\s+(?!(?:which|who|whom|whose|that|as|while|and|but|so|if|when)\b)"
                          rf"(?:[\w’'.-]+\s+){{1,6}}?(?:{REPORTING_VERB})(?<!ing)(?:\s+[\w’'-]+){{0,3}}[\s.]*$")
# A clause without "that" opens with its subject ("said the plan ...", "said debris would ..."), never
# with a preposition, conjunction or adverb of the sentence around it ("said between ...", "said on Monday").
# (but a preposition of an amount opens a subject: "said at least 40 people were hurt", "said about 200 ...")
_CLAUSE_START = re.compile(r"(?:(?=(?:at\s+(?:least|most)|as\s+(?:many|much|few)\s+as)\b|(?:about|over|under)\s+\d)"
                           r"|(?!(?:between|in|on|at|of|to|for|with|from|by|about|during|after|before|over|under|"
                           r"as|while|if|when|and|or|but|so|also|again|later|earlier|yesterday|today|according|"
                           r"had|has|have|was|were|is|are|would|will|could)\b))[\w“\"]")
# (nor with a verb: "children they said had been harmed" leaves the clause's subject before the cue)
_LEAD = re.compile(r"^.*?\b(?:while|whereas|when|where|as|but|and|after|because|since|although|though|which|who|however)\s+", re.S | re.I)


# The cues of one sentence that are tried, first to last: a sentence of news holds a few; a "sentence"
# of thousands is not prose, and trying them all would cost each one's reading.
_CUES_PER_SENTENCE = 12


def find_reported(doc: Document, res: Resolver, direct: list[Quote]) -> list[Quote]:
    """Reported speech: for each sentence, the first cue that opens a clause of what someone said,
    with the subject of the cue as its speaker."""
    text, sentences = doc.text, doc.sentences
    out: list[Quote] = []
    quoted = Coverage(sorted((q.start - 1, q.end + 1) for q in direct)).of
    spans = sorted((q.end + 1, q.start - 1) for q in direct)  # (just past the closing mark, the opening mark)
    quote_ends = [e for e, _ in spans]
    quote_opens = [o for _, o in spans]

    # one scan, in the text's order; a cue never spans a sentence's edge
    cues = [m for m in _CUE_OR_BASE.finditer(text) if m.group("base") is None
            or _after_plural_subject(text, m.start()) and not _ends_a_name(doc, m.start())
            or _plural_head_before(text, m.start())
            or text.startswith(", ", m.start() - 2) and _PLURAL_SUBJECT_ENDS.match(text, m.end()) is not None]
    documents = _document_cues(text) + _phrase_cues(text)
    if documents:
        cues = sorted(cues + documents, key=lambda m: m.start())
    cue_starts = [m.start() for m in cues]
    for s, e in _clauses_of(text, sentences, cue_starts):
        s = res.after_dateline(s, e)  # "LONDON (Reuters) - British police said ...": the sentence opens after it
        body_e = e
        while body_e > s and text[body_e - 1] in ".!?…”\"’;":
            body_e -= 1
        if body_e - s < 20:
            continue
        first = bisect.bisect_left(cue_starts, s)
        last = bisect.bisect_left(cue_starts, body_e, first)
        resume_at = -1  # a second statement of the same speaker goes on from here
        carried: tuple[str | None, str | None] | None = None  # that speaker, for a cue with no subject of its own
        other_from = -1  # a statement of someone else, joined to the one before, opens here
        for cm in cues[first:min(last, first + _CUES_PER_SENTENCE)]:
            if cm.end() > body_e:
                break
            if cm.start() < max(resume_at, other_from):
                continue
            if other_from >= 0:
                resume_at = other_from = -1  # (its own subject: nothing carried over)
                carried = None
            elif resume_at >= 0 and _NEXT_STATEMENT.fullmatch(text, resume_at, cm.start()) is None:
                break  # only a cue joined to the first by "and" or a participle says more
            if _attributes_a_quote(text, quote_ends, quote_opens, s, cm.start()) or \
                    cm.re is not _PHRASE_CUE and _is_noun_use(text, cm.start()):
                continue
            if cm.group() in _MODIFYING_PARTICIPLES and _NOUN_PHRASE_BEFORE.search(text, max(s, cm.start() - 40), cm.start()):
                continue  # "said in a video posted online", "a letter sent to members": the thing, not a cue
            if cm.group() == "asked" and text.startswith(", ", cm.start() - 2) and \
                    _SET_OFF_THEN_CUE.match(text, cm.end()) is not None:
                continue  # "Lee, asked whether he would run, said no": he was asked; his cue comes after
            if NEGATED.search(text, max(s, cm.start() - 20), cm.start()):
                continue  # "the ferry firm has not said when ...", "refused to say if": nothing was said
            quoted_as = _QUOTED_AS.search(text, max(s, cm.start() - 100), cm.start()) \
                if cm.group() == "saying" else None
            if quoted_as is None and _AS_BEFORE.search(text, max(s, cm.start() - 20), cm.start()) or \
                    not cm.group().endswith("ing") and _ELLIPTICAL_BEFORE.search(text, max(s, cm.start() - 10), cm.start()):
                continue  # "held rates, as expected", "as previously reported", "If confirmed, she ...": no one's statement
            if _OPENS_A_QUOTE.match(text, cm.end()):
                continue  # 'he said, “...”': the cue introduces direct speech
            found = _reported_at(text, s, body_e, cm)
            if found is None:
                continue
            cs, ce, ss, se = found
            while cs < ce and text[cs] in " ,":
                cs += 1
            while ce > cs and text[ce - 1] in " ,":
                ce -= 1
            if text.count("“", cs, ce) > text.count("”", cs, ce) or text.count('"', cs, ce) % 2:
                # the clause ends on a quote it opened: its closing mark (after a stop inside it) is the clause's too
                closing = _CLOSING_MARK.match(text, ce)
                if closing is not None:
                    ce = closing.end()
            coordinated = _AND_CUE.search(text, cs, ce) if text.find(" and ", cs, ce) >= 0 or \
                text.find("ing that", cs, ce) >= 0 else None
            if coordinated is not None:
                ce = coordinated.start()  # "warned that ..., and urged ...": two statements, each its own
            later = bisect.bisect_right(cue_starts, cm.start())  # (the pattern ends in a cue: none, no search)
            other = _OTHER_SPEAKER_JOINED.search(text, cs, ce) if coordinated is None and ce > cm.end() \
                and later < len(cue_starts) and cue_starts[later] < ce else None
            if other is not None:
                ce = other.start()  # "Ruiz said the plan was sound, but Lee said ...": Lee's is a statement of his own
            elif _RELATIVE_BEFORE_CUE.search(text, max(s, cm.start() - 40), cm.start()):
                main = _MAIN_CUE_AFTER_COMMA.search(text, cm.end(), ce)
                if main is not None:
                    # "Lee, who had urged members to oppose the bill, said ...": the relative clause's statement
                    # ends at its closing comma, and the sentence's own cue says one more
                    ce, other = main.start(), main
            if ce - cs < 12 and not text.startswith("to ", cs) or len(text[cs:min(ce, cs + 200)].split()) < 3:
                continue
            if _CUE_OR_BASE.match(text, cs) is not None and is_passive(text, s, cm.start(), cm.end()):
                continue  # "was claimed by a group that said ...": the agent's relative clause says it, with its own cue
            if text[cs] in "“\"" and _QUOTE_THEN_ITS_CUE.match(text, cs, ce):
                continue  # '“...,” Ruiz wrote in a post published a year, she said, after ...': direct speech
            if quoted(cm.start(), cm.end()) or quoted(cs, ce) > 0.8 * (ce - cs) and \
                    not _WORD_BEFORE_QUOTE.match(text, cs, ce):  # (but "the fine “does nothing ...”" has its subject)
                continue  # the cue belongs to a direct quote, or the clause is one
            speaker = said = None
            if quoted_as is not None and quoted_as.group(1):
                # "Interfax quoted a rebel commander as saying ...": the one quoted says it
                speaker, said = res.attribution(quoted_as.start(1), quoted_as.end(1), s - 3000)
                if speaker is None and said is None:
                    said = quoted_as.group(1)
            elif carried is not None and (_NO_SUBJECT.fullmatch(text, max(s, ss), max(s, ss, se)) or resume_at >= 0
                                        and _NEXT_STATEMENT.fullmatch(text, resume_at, cm.start()) is not None
                                        and res.clause_person(out[-1].start, cm.start(), s - 3000) is None):
                # (joined by "and" to a statement that does not open with someone else: "said he backed the bill
                # and urged ..."; but "told jurors that the mayor called him in and said ...": the mayor's)
                speaker, said = carried  # "..., and urged ...", "..., Lee added, saying ...": the same speaker
            elif cm.group().endswith("ing") and (with_np := with_subject(text, s, cm.start())) is not None:
                # "The bank cut rates, with its chief, Pat Lee, saying ...": the participle's subject follows "with"
                speaker, said = res.attribution(*with_np, s - 3000)
                if speaker is None and said is None:
                    said = text[with_np[0]:with_np[1]].strip(" ,")
            elif is_passive(text, s, cm.start(), cm.end()):
                # "Lee was told by the minister that ...": the agent speaks, or no one named does.
                # (the pattern after the cue has already passed over the agent to the clause)
                speaker, said = passive_speaker(res, cm.end(), ce, s - 3000, (cs, ce))
            elif cm.group().endswith("ing") and text[ss:se].strip(" ”\"’") in ("", "before", "after", "then") and \
                    text[ss - 1:ss] == ",":  # ("..., before adding that ...": the sentence's subject, too)
                # "Lee vetoed the bill on Friday, saying ...": the one who said it is the sentence's subject
                # (also past a quote's closing mark: "Lee called it “a farce,” adding that ...");
                # after a quote, the subject of the cue before ("“...,” Lee said, adding that ...")
                cue_before = _CUE_BEFORE_PARTICIPLE.search(text, s, ss) or _INVERTED_CUE_BEFORE_PARTICIPLE.search(text, s, ss)
                if cue_before is not None:
                    speaker, said = res.attribution(cue_before.start(1), cue_before.end(1), s - 3000)
                elif text[s] in "“\"‘":
                    speaker = said = None  # the sentence opens with a quote: its subject is not its first word
                else:
                    speaker, said = res.sentence_subject(s, ss, s - 3000)
            elif cm.group().endswith("ing") and se > ss and text[s] not in "“\"‘" and \
                    not _BE_BEFORE.search(text, ss, cm.start()) and not _SUBJECT_IN.search(text, ss, se):
                # "Lee posted to Twitter asking if ...": the participle's speaker is the sentence's subject,
                # never a name after a preposition (but "Police are asking ...": the subject is before the cue)
                speaker, said = res.sentence_subject(s, cm.start(), s - 3000)
                if speaker is None and said is None and not NAME_AFTER_PREPOSITION.search(text, ss, se):
                    speaker, said = res.attribution(ss, se, s - 3000)  # ("On Monday Lee wrote to the board urging")
            elif se > ss and _VERB_AND.search(text, ss, se) and \
                    not _OWN_SUBJECT_IN.search(text, _past_setting(text, ss, se), se):
                # "She promised funds and said ...": a second verb of the sentence's subject (also after
                # a setting: "Afterward, he thanked the council and said ..."); but of the person a statement
                # before it opens with ("Lee told jurors that the mayor called him in and said ...")
                inner = None
                for inner_m in _STATEMENT_OPENS.finditer(text, ss, se):
                    inner = inner_m
                inner = inner and res.clause_person(inner.end(), cm.start(), s - 3000)
                speaker, said = inner or res.sentence_subject(s, cm.start(), s - 3000)
                if inner and text.startswith(" that ", cm.end()) and res.sentence_subject(s, ss, s - 3000)[0] != speaker:
                    # "He told the crowd that Lee had lied and predicted that ...": a "that" after each cue; the
                    # teller, or the one told of, goes on, and the words do not say which
                    speaker = said = None
            elif se > ss and text[ss:se].strip() in ("which", "who") and text[ss - 1:ss] == ",":
                # "the Trade Commission, which says ...": the name the relative clause hangs on
                named = res.relative_antecedent(s, ss - 1, text[ss:se].strip())
                if named is not None:
                    speaker, said = res.name(named), res.doc.mention_text(named, s, ss)
            elif se > ss:
                sub = text[ss:se]
                lead = _LEAD.match(sub)
                if lead and lead.end() < len(sub) and not (
                        sub[:lead.end()].rstrip().endswith(" and") and _PREPOSITION_IN.search(sub, 0, lead.end())) \
                        and not _RESTRICTIVE_WHO.search(sub, 0, lead.end()):
                    ss += lead.end()  # (not "Analysts at Acme and Barclays": "and" joins what the preposition names)
                speaker, said = res.attribution(ss, se, s - 3000)
                if said is None and UNNAMED_SPEAKER.match(text[ss:se].strip()):
                    said = text[ss:se].strip()  # "..., officials said": someone, not named
            cue = cm.group()
            out.append(Quote("reported", text[cs:ce], cs, ce, speaker,
                             cue.lower() if cue.lower() == "according to" else cue, said))
            if cue in _DOCUMENT_VERBS:
                other_from = cs  # "papers show Lee warned that ...": what they show may hold a statement of its own
                continue
            if coordinated is not None:
                resume_at = coordinated.start()
            elif other is not None:
                other_from = other.start()
                continue
            elif ce <= cm.start() and _PARTICIPLE_AFTER.match(text, cm.end(), body_e):
                resume_at = cm.end()  # "..., Lee added, saying ...": what the participle says is Lee's too
            else:
                break
            carried = (speaker, said)
    return out


def _past_setting(text: str, start: int, end: int) -> int:
    """Where the words after a sentence's setting and its subject pronoun begin ("Afterward, he", or "he"
    after a setting already passed over), or start."""
    m = _SETTING_THEN_PRONOUN.match(text, start, end)
    return m.end() if m is not None else start


_SETTING_THEN_PRONOUN = re.compile(rf"\s*(?:{SETTING.pattern})?(?:he|she|they|it|we)\b")


def _titles_only(words: str) -> bool:
    """The words are titles, or none: "state Sen. ", "former judge " (before a name); not "led by ". (Read
    from the words alone, where no resolver is at hand: `Resolver.titles_between` also knows names.)"""
    titles = lx.title_words()
    return all(w.lower().rstrip(".") in titles or w.lower() in lx.TITLE_MODIFIERS for w in words.split())


def _no_party_member(name: str) -> bool:
    """The capitalised words are no member of a people or party from a place ("Harwick Democrat")."""
    return name.split()[-1] not in lx.demonyms()


# A plural subject after a base-form cue that ends its sentence: ", say oceanographers.", ", say police."
_PLURAL_SUBJECT_ENDS = re.compile(r"\s+(?:[a-z-]+\s+){0,2}(?:[a-z]{3,}s|police|people)(?:[.!?]|$)")


# Phrases that report what someone said, before "that" and its clause: "made clear that", "pointed out that",
# "expressed confidence that", and saying again one's own claim ("repeated his claim that"; but "rejected
# their argument that" is someone else's, not told here).
# (read back from each " that ", which the text holds far more seldom than the places a phrase could open)
_PHRASE_CUE = re.compile(r"\b(?:ma(?:de|ke|kes|king)\s+(?:it\s+)?clear|ma(?:de|ke|kes|king)\s+the\s+case"
                         r"|point(?:ed|s|ing)?\s+out|express(?:ed|es|ing)?\s+(?:confidence|concerns?|hope|doubts?)"
                         r"|(?:repeat|reiterat|renew|defend)(?:ed|s|ing|e|es)?\s+(?:his|her|their|its)\s+"
                         r"(?:claim|assertion|contention|argument|insistence|warning)s?)"
                         r"(?=,?$)")
_PHRASE_CUE_REACH = len("reiterated their insistence") + 2


def _phrase_cues(text: str) -> list[re.Match]:
    """The phrases of saying that stand right before a " that " (see _PHRASE_CUE), in order."""
    out = []
    i = text.find(" that ")
    while i >= 0:
        m = _PHRASE_CUE.search(text, max(0, i - _PHRASE_CUE_REACH), i)
        if m is not None:
            out.append(m)
        i = text.find(" that ", i + 6)
    return out


def _document_cues(text: str) -> list[re.Match]:
    """The verbs by which documents report, each after a noun for one ("records show"), in order."""
    out = []
    for stem in _DOCUMENT_STEMS:
        i = text.find(stem)
        while i >= 0:
            m = _DOCUMENT_CUE.match(text, i + 1)
            if m is not None and _DOCUMENT_BEFORE.search(text, max(0, i - 59), i + 1):
                out.append(m)
            i = text.find(stem, i + 1)
    return sorted(out, key=lambda m: m.start())


def _ends_a_name(doc: Document, pos: int) -> bool:
    """The word before pos ends the name of a place, body or person ("Des Moines say"): however it
    ends, no plural subject. A people is one ("Democrats say")."""
    ent = doc.entity_at(max(0, pos - 2), max(0, pos - 1))
    return ent is not None and ent.type in ("PLACE", "ORG", "PERSON")


_NOT_ONE_PHRASE = re.compile(r"[\n“”\"]")


def _after_plural_subject(text: str, pos: int) -> bool:
    """The word before pos is a plural subject: "they", "police", or a plural noun ("Officials", "experts");
    or it ends a phrase set off by commas after one ("The rebels, led by Pat Lee, say")."""
    if text.startswith(", ", pos - 2):
        opening = text.rfind(",", max(0, pos - 120), pos - 2)
        if opening > 0 and _NOT_ONE_PHRASE.search(text, opening, pos):
            opening = -1  # a comma in the paragraph before, or in a quote, sets off nothing of this subject
        m = _WORD_BEFORE.search(text, max(0, opening - 30), opening + 1) if opening > 0 else None
    else:
        m = _WORD_BEFORE.search(text, max(0, pos - 30), pos)
    return m is not None and _is_plural(m.group(1).lower())


def _plural_head_before(text: str, pos: int) -> bool:
    """A plural noun opens the sentence, then a phrase of where or who they are with no verb of its own,
    right before pos: "Families living beside the wall say", "Critics of the plan say"."""
    lo = max(0, pos - 160)
    opening = max(text.rfind(". ", lo, pos), text.rfind("\n", lo, pos))  # (where the sentence opens, if in reach)
    if opening < 0 and lo > 0:
        return False
    m = _PLURAL_HEAD_THEN_PHRASE.match(text, opening + 1 if opening >= 0 else 0, pos)
    if m is None or not _is_plural(m.group(1).lower()):
        return False
    words = text[m.end(1):pos].split()
    return words[-1] not in _BEFORE_A_BARE_VERB and not any(looks_past(w) for w in words)


def _is_plural(word: str) -> bool:
    return word in _PLURAL_SUBJECTS or len(word) > 3 and word.endswith("s") and not word.endswith("ss") \
        and word not in _NOT_PLURAL and word not in lx.STOPWORDS


_PLURAL_HEAD_THEN_PHRASE = re.compile(r"\s*(?:(?:The|Many|Some|Most|Other)\s+)?(?:[A-Za-z-]+\s+)?"
                                      r"([A-Za-z]+s)\s+(?:of|in|at|from|for|on|near|across|beside|who|living|working)"
                                      r"\b[^,.;:“”\"!?\n]{0,100}\s$")


def _clauses_of(text: str, sentences: list[tuple[int, int]], cue_starts: list[int]):
    """The sentences, each cut at a semicolon outside quotation marks when a cue follows it: "Democrats
    said ...; Republicans said ..." holds two statements, each with its own subject."""
    for s, e in sentences:
        semi = text.find(";", s, e)
        while semi >= 0:
            i = bisect.bisect_left(cue_starts, semi)
            if i < len(cue_starts) and cue_starts[i] < e and text.count("“", s, semi) == text.count("”", s, semi) \
                    and text.count('"', s, semi) % 2 == 0:
                yield s, semi + 1
                s = semi + 1
                while s < e and text[s] == " ":
                    s += 1
            semi = text.find(";", semi + 1, e)
        yield s, e


_AND_THEN = r"and\s+(?:then\s+|later\s+|also\s+)?"
# A second verb of saying joined to the first's clause: "warned that ..., and urged ...".
# (not "and accused the union of ...": an accusation is no statement of its own, and the clause goes on)
_AND_CUE = re.compile(rf",?\s+{_AND_THEN}(?!accus)(?=(?:{REPORTING_VERB})\b)"
                      rf"|,\s+(?={_PARTICIPLES}\s+that\b)")
# Another subject's statement joined to the clause of one: ", but Lee said", ", while Democrats say", "
# and the mayor said", ", but doctors' leaders warned". The subject opens with a capital, a determiner, a
# pronoun or a plural (not "which", whose clause is inside the first: "the plan, which officials said would
# cost ..., was"); its words hold no verb "to be" but before the cue, and no "than" ("and Peru were
# melting faster than expected" is still the first statement).
_OTHER_SPEAKER_JOINED = re.compile(
    r"(?:,\s*|\s+)(?:while|whereas|but|and)\s+(?=[A-Z]|(?:the|a|an|he|she|they|we|his|her|their|its|some|many|several|few|"
    rf"most|others?)\b|[a-z]+s(?:['’]|\s))(?:(?!(?:than|is|are|was|were)\s)[\w’'.-]+\s+){{1,6}}?"
    rf"(?:(?:is|are|was|were)\s+)?(?:also\s+)?(?:{REPORTING_VERB})\b")
# A relative clause set off after a name, up to its cue: ", who had " (before "urged"); and the cue of the
# sentence's own verb after the clause's closing comma: ", said" (perhaps with "also", "later").
_RELATIVE_BEFORE_CUE = re.compile(r",\s+who\s+(?:[a-z]+\s+){0,2}$")
_MAIN_CUE_AFTER_COMMA = re.compile(rf",\s+(?:also\s+|later\s+|then\s+)?(?={REPORTING_VERB}\b)")
# Between a statement's end and the next cue of the same speaker: "and" or a comma.
_NEXT_STATEMENT = re.compile(rf",?\s+{_AND_THEN}|,\s+")
# No subject of its own before a second cue: "..., and urged".
_NO_SUBJECT = re.compile(rf"[\s,]*(?:{_AND_THEN})?")


# Between a closing quotation mark and the verb that attributes it: commas, spaces and a
# subject of a few words ("“...,” the senator’s lawyer, Jane Roe, said").
_QUOTE_TO_CUE = re.compile(r"[\s,”\"’»]*(?:[^\s“”\"‘’!?;:]+[\s,]+){0,7}")
# Words before a cue that make it a noun ("the claims", "their reports", "such fears").
# ("her" and "that" are left out: "told her insisting", "a report that found" are verbs.)
_PREPOSITIONS = frozenset("on of about amid despite after following over by with without against from for in into "
                          "among".split())
_WORD = re.compile(r"\w+")
_DETERMINERS = frozenset("the a an these those his its their our my your such many new "
                         "some several recent earlier other previous similar further any no".split())


def _attributes_a_quote(text: str, quote_ends: list[int], quote_opens: list[int], sentence_start: int,
                        cue_start: int) -> bool:
    """The cue attributes the direct quote that opens its sentence ("“We are ready,” said Pat Lee"):
    that is direct speech, not reported speech as well. A second cue after it ("..., said
    Lee, noting that ...") does open reported speech."""
    i = bisect.bisect_right(quote_ends, cue_start) - 1
    if i < 0 or cue_start - quote_ends[i] > 120 or quote_ends[i] < sentence_start:
        return False
    # (a quote of several sentences opens before the sentence of its cue: "“... Mexico. We ...,” Lee told X")
    if quote_opens[i] >= sentence_start and _WORD_CHAR.search(text, sentence_start, quote_opens[i]):
        return False  # the quote is inside the sentence ("was initially “high”, Baker added")
    m = _QUOTE_TO_CUE.match(text, quote_ends[i], cue_start)
    if m is None or m.end() != cue_start:
        return False
    return _ANY_REPORT_CUE.search(text, quote_ends[i], cue_start) is None


def _is_noun_use(text: str, cue_start: int) -> bool:
    """A cue word used as a noun, after a determiner or possessive, or after a preposition unless it is
    a gerund ("comment on reports that", but "by saying that"): not a verb of saying. A gerund after "of" is
    what someone is said to do ("accused Lee of adding demands", "of saying that"), not a statement told."""
    before = text[max(0, cue_start - 20):cue_start].split()
    if not before:
        return False
    last = before[-1].lower()
    if text.startswith("s", _word_end(text, cue_start) - 1) and (
            last.endswith("ed") or _PARTICIPLE_THEN_OBJECT.search(text, max(0, cue_start - 30), cue_start)
            or len(before) >= 2 and before[-2].lower() in _BEFORE_A_BARE_VERB):
        # "referred questions to", ", taking notes", "to settle claims that", "will investigate reports":
        # a verb, then its object ("the ruling says" is a subject)
        return True
    return last in _DETERMINERS or last.endswith(("’s", "'s")) or \
        last in _PREPOSITIONS and (last == "of" or not text.startswith("ing", _word_end(text, cue_start) - 3))


# Words before a verb in its bare form: "to", a modal, "did not".
_BEFORE_A_BARE_VERB = frozenset("to will would can could should must may might not".split())
_PARTICIPLE_THEN_OBJECT = re.compile(r",\s+[a-z]+ing\s+$")


def _word_end(text: str, pos: int) -> int:
    m = _WORD.match(text, pos)
    return m.end() if m else pos


# The patterns after a cue read only a few words of the sentence, never the rest of it.
# ("two U.S. officials"; "a person familiar with the plans who was not authorized to speak")
_ACCORDING_SUBJECT = re.compile(r"\s+((?:(?:[A-Z]\.){2,}|[^,.;]){2,60}?)"
                                r"(?:\s+(?:who|whom|whose)\b[^,.;]{1,100})?\s*(?:,|$)")
# A phrase of setting alone, opening with a preposition and set off by a comma: "In a speech in 2019, ".
_SETTING_ONLY = re.compile(r"[\s“\"]*(?:In|At|On|During|Before|After|Since|Until|Throughout|Over)\s"
                           r"[^,;:.“”\"]+,\s*")
_ONLY_COMMAS = re.compile(r"[ ,]*+")
# A name after "According to" at a sentence's start, then the clause with no comma between: "According to
# Okafor the ledger was found ..." (the clause opens with a determiner or a pronoun).
_ACCORDING_NAME_THEN_CLAUSE = re.compile(r"\s+((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*)\s+"
                                         r"(?=(?:the|a|an|this|these|those|his|her|its|their|he|she|it|they|we|"
                                         r"there|some|many|most|all|no)\s)")
# A clause with a subject of its own before a quote that says the rest: "the fine “does nothing for ...”".
_WORD_BEFORE_QUOTE = re.compile(r"[^“”\"‘’]*?\w[^“”\"‘’]*?\s[“\"‘]")
# 'said, “...', 'said in a statement: “...', 'told reporters: “...': the cue introduces direct speech
_OPENS_A_QUOTE = re.compile(r"(?:\s+(?!that\b)[^,:;.“”\"]{1,40}?)?\s*[,:]\s*[“\"‘«']")
_WORD_CHAR = re.compile(r"[^\s“\"‘'(—–-]")
# A clause opened by a question word, after at most three words of who was asked ("asked city
# officials how"); "if" and "when" only right after the cue (further on they are a condition or a time).
_WH_CLAUSE = re.compile(r"(?:(?:[\w’'-]+\s+){0,3}?(how|why|whether|what|where|who)|(if|when))\s+(?=[\w“\"])")
# Verbs that take an object as often as a clause ("admitted fraud", "suggested a delay"): their clause
# without "that" must show its own verb within a few words ("admitted his team had played badly").
# A passive auxiliary right before a cue: "been ", "being ", "was ".
_PASSIVE_BEFORE = re.compile(r"\b(?:been|being|be|is|are|was|were)\s+$")
# A preposition in an apposition: the name in it is not the one set beside the subject ("led by Pat Lee").
_PREPOSITION_IN = re.compile(r"\b(?:by|of|from|in|at|with|for|to)\b")
# Where someone named is from, after the name: " of Ohio", " from the Bronx".
_WHERE_AFTER_NAME = re.compile(r"\s+(?:of|from|at|with)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*$")
# A determined noun in small letters opening a phrase: someone's role ("Her counterpart in Ohio").
_ROLE_PHRASE = re.compile(r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:in|of|at|for|from)\b")
# A possessor, then a word or two before a people or party: "The panel's top Republican".
_POSSESSED_PEOPLE = re.compile(r"(?:[Tt]he\s+)?[\w-]+(?:\s+[\w-]+)?['’]s\s+(?:[a-z-]+\s+){0,2}[A-Z][a-z]+$")
# Words that stand for one of several people named by the apposition after them: "Another, Pat Lee, said".
_ONE_OF_SEVERAL = frozenset("Another One Both Each".split())
_ONE_OF_SEVERAL_OPENERS = frozenset("A An Another One".split())
# A participle naming what the head is called: "known as ", "also known as ", "billed as ".
_CALLED_AS = re.compile(r"(?:[a-z]+\s+){1,2}as\s")
# Words that open the noun phrase of an inverted subject: "..., said the officials" (a phrase with a
# verb of its own is a clause: "said the street was quiet").
_DETERMINED = frozenset("the a an one another two three several some".split())
_AUXILIARIES = frozenset("was were is are had has have would will could can should might may did".split())
_OBJECT_VERBS = frozenset("add adds added adding admit admits admitted admitting suggest suggests suggested suggesting "
                          "conclude concludes concluded concluding claim claims claimed claiming "
                          "confirm confirms confirmed confirming predict predicts predicted predicting "
                          "concede concedes conceded conceding indicate indicates indicated indicating "
                          "announce announces announced announcing".split())
# What is claimed as a thing, not said ("claimed responsibility", "claims asylum"): no clause after it.
_CLAIMED_THINGS = re.compile(r"(?:responsibility|victory|credit|asylum|ownership|compensation|damages|benefits)\b")
# A clause of three words: a subject pronoun, then a modal or auxiliary and a verb ("he would appeal"),
# or a verb and its object ("she heard screaming").
# A verb in the past or an auxiliary within a few words: a clause, not a thing shown ("a man running").
_FINITE_OR_PAST_SOON = re.compile(r"(?:[^\s,;:]+\s+){0,5}?(?:[a-z]+ed|was|were|is|are|had|has|have|would|will|could|"
                                  rf"can|should|might|may|must|did|does|do|{one_of(lx.IRREGULAR_PAST)})\b")
_SHORT_CLAUSE = re.compile(r"(?:(?:he|she|they|it|we|I)\s+(?:(?:would|will|could|can|should|might|may|had|has|was|were|did)"
                           r"\s+(?:not\s+)?[a-z]+|[a-z]+\s+[a-z]+)"
                           # (or a noun, then an auxiliary or "be" and one word: "prices were rising", "demand was weak")
                           r"|[\w’'-]+\s+(?:would|will|could|can|should|might|may|had|has|have|was|were|is|are)"
                           r"\s+(?:not\s+)?[a-z]+"
                           # (or a word or two and a verb in the past: "two people died", "prices rose")
                           rf"|(?:[\w’'-]+\s+){{1,2}}(?:[a-z]+ed|{one_of(lx.IRREGULAR_PAST)}))\W*$")
# A cue after a quote, then the comma before a participle: "“...,” Lee said, adding ...".
_CUE_BEFORE_PARTICIPLE = re.compile(rf"[,”\"’]\s+([A-Z][^,“”\"]{{0,40}}?|he|she|they)\s+(?:{REPORTING_VERB}),\s*$")
# An inverted cue after a quote, then the comma before a participle: "“...,” said Pat Lee, noting ...".
_INVERTED_CUE_BEFORE_PARTICIPLE = re.compile(
    rf"[,”\"’]\s+(?:{REPORTING_VERB})\s+((?:(?:van|von|de|al)\s+)?[A-Z][^,“”\"]{{0,40}}?|the\s+[a-z][^,“”\"]{{0,40}}?),\s*$")
# A quote, then a subject of a few words and the cue that gives it: direct speech, told as such.
_QUOTE_THEN_ITS_CUE = re.compile(rf"[“\"][^“”\"]+[”\"][\s,]*(?:[^\s“”\"]+\s+){{0,6}}?(?:{REPORTING_VERB})\b")
# A form of "be" right before a participle: "are asking", "was saying".
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|am)\s+(?:\w+ly\s+)?$|[’']s\s+$")
# A subject phrase that ends in "and", with no subject of its own after the sentence's first words
# A relative pronoun with no comma before it ends the lead: "families of people who died" is one subject.
_RESTRICTIVE_WHO = re.compile(r"[^,\s]\s+(?:who|which)\s+$")
_VERB_AND = re.compile(r"\s(?:and|but)\s*$")
# A verb of saying, a hearer perhaps, and "that": where a statement opens ("told jurors that ").
_STATEMENT_OPENS = re.compile(rf"\b(?:{REPORTING_VERB})\b(?:\s+[\w’'-]+){{0,3}}?\s+that\s+")
_SUBJECT_IN = re.compile(r"\b(?:he|she|they|it|we|I|who|which)\b|,")
# The same, but not the subject of a question or clause the verb takes: "asked Lee why he had ..."
_OWN_SUBJECT_IN = re.compile(r"(?<!\bwhy )(?<!\bwhether )(?<!\bhow )(?<!\bwhat )(?<!\bif )(?<!\bthat )"
                             r"\b(?:he|she|they|it|we|I|who|which)\b|,")
# A relative clause that ends an apposition: ", who grows apples".
_RELATIVE_AFTER = re.compile(r",\s*(?:who|whose|which)\b")
# A subject that ends in a relative pronoun: "a lawyer who" (before "wrote the complaint").
# A body's name set off after a noun for a body: "the Harwick Observatory for Rights", "Acme Freight".
_NAMED_BODY = re.compile(r"(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:of|for|and|on|the|[A-Z][\w’'&.-]*)){0,7}")
# A noun phrase and a participle's phrase set off after it, and nothing else: "The lawsuit, filed in May by
# the state," is the subject of the cue after it, no statement before an inverted one.
_HEAD_THEN_SET_OFF_PARTICIPLE = re.compile(r"[\s“\"]*(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+[^,.;:“”\"]{1,50},"
                                           r"\s+[a-z]+(?:ed|en|wn)\s[^;:“”\"]{1,150},\s*")
# A role, then a name, each set off by commas, before a cue: ", her lawyer, Pat Lee, " (or the name first).
_SET_OFF_ROLE = r"(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|[Aa]n?)\s+(?:[\w’'-]+\s+){0,3}[a-z][\w-]*"
_SET_OFF_NAME = r"(?P<name>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+)"
_ROLE_THEN_NAME_ENDS = re.compile(rf",\s+{_SET_OFF_ROLE},\s+{_SET_OFF_NAME},\s*$")
_NAME_THEN_ROLE_ENDS = re.compile(rf",\s+{_SET_OFF_NAME},\s+{_SET_OFF_ROLE},\s*$")
_CONJUNCTION_AFTER_COMMA = re.compile(r",\s+(?:though|although|while|whereas|but|because|since)\s+")
_JOINED_ITEM = re.compile(r"\s*(?:and|or|but|nor)\b")
_RELATIVE_END = re.compile(r"\b(?:who|which)\s*$")
# A name of two or more capitalised words ending an apposition ("retired teacher Pat Lee").
_ENDS_IN_NAME = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+\s*$")
_CLOSING_MARK = re.compile(r"[.!?…,]?[”\"]")
_SAID_SUBJECT = re.compile(r"\s+([^,]{2,60}?)(?=,|$)")
# The subject after an inverted cue: capitalised words (an initial or abbreviation with its period),
# "of" or "the" between them, or a phrase of someone not named ("a spokesman for the firm").
_INVERTED_NAME = re.compile(r"(?:[A-Z][\w’'-]*\.?(?:\s+(?:of\s+|the\s+|de\s+|van\s+|von\s+|al\s+)*[A-Z][\w’'-]*\.?)*"
                            r"|(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+[^,.;]*)")


def _has_a_past_verb(words: list[str]) -> bool:
    """A verb in the past stands among the words before any relative pronoun: "the United States remained
    engaged" is a clause, not who said ("a man who declined to be named" is one)."""
    for w in words[1:]:
        w = w.strip("“”\",.")
        if w in ("who", "that", "which", "whose"):
            return False
        if w.islower() and looks_past(w):
            return True
    return False


def _reported_at(text: str, s: int, e: int, cm: re.Match) -> tuple[int, int, int, int] | None:
    """(content start, content end, subject start, subject end) for a cue, or None."""
    cue = cm.group().lower() if cm.group().lower() == "according to" else cm.group()
    c0, c1 = cm.start(), cm.end()
    if cue == "according to":
        m = _ACCORDING_SUBJECT.match(text, c1, e)
        bare = _ACCORDING_NAME_THEN_CLAUSE.match(text, c1, e) if _ONLY_COMMAS.fullmatch(text, s, c0) else None
        if bare is not None and (m is None or m.end(1) > bare.end(1)):
            return bare.end(), e, bare.start(1), bare.end(1)  # "According to Lee the plan ...": no comma after the name
        if not m:
            return None
        subj = (m.start(1), m.end(1))
        if _ONLY_COMMAS.fullmatch(text, s, c0):
            return m.end(), e, *subj
        if text[s] in "“\"‘" and _ANY_REPORT_CUE.search(text, s, c0):
            return None  # "“...,” Lee said, according to the agency": the statement is Lee's, and told as such
        if text[m.end() - 1] == "," and _SETTING_ONLY.fullmatch(text, s, c0) and len(text[m.end():e].split()) >= 3:
            # "In a speech in 2019, according to the emails, she spoke of ...": a setting, the source set off,
            # then the sentence's clause; what the source says is the whole sentence, on both sides of it
            return s, e, *subj
        return s, c0, *subj
    # the subject: the phrase before the cue, back to the last comma or clause mark
    head = text[max(s, c0 - 90):c0]
    subj_e = c0
    paren = head.rfind("(")
    close = head.find(")", paren) if paren >= 0 else -1
    if close >= 0:
        # "Sen. Pat Lee (R-Ohio) said", "Acme (NYSE: ACM) said": a bracket closed before the cue says
        # more of the subject, which ends where it opens
        head = head[:paren] + " " * (close + 1 - paren) + head[close + 1:]
        if not head[close + 1:].strip():
            subj_e = max(s, c0 - 90) + len(head[:paren].rstrip())
    cut = last_clause_mark(head, ",;:—(")
    subj_s = max(s, c0 - 90) + cut + 1 if cut >= 0 else max(s, c0 - 90)
    subj = (subj_s, subj_e)
    aux = AUX_AT_END.search(text, subj_s, subj_e)
    if aux:
        subj = (subj_s, aux.start())
    if cut >= 0 and not text[subj_s:subj_e].strip() and text[subj_s - 1] == "," and _TRAIL_TAIL.fullmatch(text, c1, e):
        # "..., her lawyer, Pat Lee, said." / "..., Pat Lee, her lawyer, said.": a name set off with its role
        # after the statement
        set_off = _ROLE_THEN_NAME_ENDS.search(text, max(s, c0 - 120), c0) or \
            _NAME_THEN_ROLE_ENDS.search(text, max(s, c0 - 120), c0)
        if set_off is not None and set_off.start() > s and \
                len(text[s:set_off.start()].split()) >= 3:
            return s, set_off.start(), set_off.start("name"), set_off.end("name")
    # "..., X said." / "..., said X."
    # (a subject of one to six words: in "Her aide, Pat Lee, agreed." the cue's subject opens the sentence)
    # (a subject that ends in "who" or "which" is a relative clause's: "..., said Ann Ruiz, a lawyer who
    # wrote the complaint" tells what she wrote, not that she wrote what came before)
    if cut >= 0 and _TRAIL_TAIL.fullmatch(text, c1, e) and 1 <= len(text[subj[0]:subj[1]].split()) \
            and len(text[subj_s:subj_e].split()) <= 6 \
            and _RELATIVE_END.search(text, subj_s, c0) is None \
            and not _JOINED_ITEM.match(text, subj_s, c0):  # (not a list's last item: "..., and limit claims.")
        if SETTING.fullmatch(text, s, subj_s):
            return None  # "In a letter to the mayor, seven senators urged a delay.": no statement before
        content_end = subj_s - 1
        return s, content_end, *subj
    # (a closing quotation mark after the comma is no subject: "... system,” said Pat Lee, a ...";
    # nor an adverb or auxiliary: "Her aide, Pat Lee, later said")
    if cut >= 0 and text[subj_s - 1] == "," and text[subj_s:subj[1]].strip(" ”\"’") == "" and not cue.endswith("ing"):
        m = _SAID_SUBJECT.match(text, c1, e) if cue in ("said", "says", "say", "added") else None
        ws = m.group(1).split() if m else []
        head_ws = ws[:ws.index("who")] if "who" in ws else ws  # ("said a man who asked not to be named")
        determined = ws and ws[0].lower() in _DETERMINED and len(head_ws) <= 4 and not _AUXILIARIES & set(head_ws)
        if ws and len(ws) <= 8 and (any(w[0].isupper() for w in ws) or determined) and \
                not _HEAD_THEN_SET_OFF_PARTICIPLE.fullmatch(text, s, subj_s) and \
                not _AUXILIARIES & set(head_ws) and not _has_a_past_verb(ws) and \
                ws[0].lower() not in ("it", "that", "there", "this", "he", "she", "they", "we", "i"):
            # "..., said Pat Lee on Monday.": a name, then at most who heard it and when; "said Lee
            # had a knee injury" is a clause, whose subject is before the cue.
            named = _INVERTED_NAME.match(text, m.start(1), m.end(1))
            if named is not None and _TRAIL_TAIL.fullmatch(text, named.end(), m.end(1)):
                return s, subj_s - 1, m.start(1), named.end()
        if ws and cue == "say" and _PLURAL_SUBJECT_ENDS.match(text, c1, e):
            return s, subj_s - 1, m.start(1), m.end(1)  # "..., say oceanographers.": people, not named
        opener = SETTING.match(text, s, subj_s)
        s0 = opener.end() if opener is not None and opener.end() < subj_s - 1 else s
        first_comma = text.find(",", s0, min(c0, s0 + ATTRIBUTION_REACH))
        joined = _CONJUNCTION_AFTER_COMMA.match(text, first_comma) if first_comma > s0 else None
        if joined is not None and joined.end() < subj_s:
            # "Democrats stayed silent, though one aide in Washington, who ..., said": the subject is the
            # second clause's
            s0 = joined.end()
            first_comma = text.find(",", s0, min(c0, s0 + ATTRIBUTION_REACH))
        participle_head = head_before_participle(text, s0, c0)
        if participle_head is not None:
            subj = participle_head  # "The nominee, appearing with her running mate, Sen. Pat Lee, said": the nominee
        elif first_comma > s0:  # "The council, a long-time critic, warned that ...": the subject opens the sentence
            subj = (s0, first_comma)
            apposition = text[first_comma + 1:subj_s - 1].strip()
            relative = _RELATIVE_AFTER.search(apposition)
            if relative is not None:  # "Their neighbour, Pat Lee, who grows apples, said": the name
                apposition = apposition[:relative.start()]
            words = text[s0:first_comma].split()
            last = words[-1]
            # "spokesman", "the local MP"; but "Steve King" is a name, after a given name
            # ("A Democrat, Rep. Pat Lee,": one of a party or people, then the name)
            role = not last[:1].isupper() or len(words) == 1 and last in _ONE_OF_SEVERAL \
                or len(words) == 2 and words[0] in _ONE_OF_SEVERAL_OPENERS \
                or last.lower().rstrip(".") in lx.TITLE_HEADS and words[0] in ("The", "the") \
                or last.lower().rstrip(".") in lx.TITLE_HEADS and (
                len(words) < 2 or not words[-2][:1].isupper() or words[-2].lower().rstrip(".") in lx.TITLE_HEADS) \
                or _ROLE_PHRASE.match(text, s0, first_comma) is not None \
                or _POSSESSED_PEOPLE.match(text, s0, first_comma) is not None and last in lx.demonyms()
            # ("Her counterpart in Ohio, Pat Lee,"; "The panel's top Republican, Pat Lee,": a party member)
            apposition = _WHERE_AFTER_NAME.sub("", apposition)  # "Sen. Pat Lee of Ohio": the name, not where from
            app_s = first_comma + 1  # where the apposition opens (each cut of it above kept its opening)
            while text[app_s].isspace():
                app_s += 1
            if "," in apposition and role:
                # phrases set off in turn ("The bill's author, Rep. Pat Lee, a Democrat from Ohio,"): the first
                # that is a name is the person's; the others say more of them
                at = 0
                for part in apposition.split(","):
                    named = _ENDS_IN_NAME.search(part)
                    if named is not None and _titles_only(part[:named.start()]) and _no_party_member(named.group()):
                        # (a name with its title before it: "state Sen. Pat Lee"; not "a Harwick Democrat")
                        app_s, apposition = app_s + at + named.start(), named.group().strip()
                        break
                    at += len(part) + 1
            if apposition[:1].isupper() and len(apposition.split()) <= 4 and (text[s0:s0 + 1].isupper() or s0 > s) \
                    and role:
                subj = (app_s, app_s + len(apposition))  # "A rebel spokesman, Pat Lee, said": the name
            elif last.lower() in lx.BODY_NOUNS and _NAMED_BODY.fullmatch(apposition):
                # "A local monitoring group, the Harwick Observatory for Rights, said": the body named
                subj = (app_s, app_s + len(apposition))
            elif role and not _PREPOSITION_IN.search(apposition) and not _CALLED_AS.match(apposition) and \
                    not apposition.startswith(("including ", "such as ", "among them ")):
                # (not "The review, led by Pat Lee,": the review; nor "the law, known as the Lee Act,"; nor
                # "His advisers, including Pat Lee,": the advisers)
                named = _ENDS_IN_NAME.search(text, app_s, app_s + len(apposition))
                if named is not None and len(apposition.split()) <= 6 and _no_party_member(named.group()):
                    subj = (named.start(), named.end())  # "Her neighbour, retired teacher Pat Lee, said"
    # "The plan, Peru argued, would cost ..."
    if text.startswith(",", c1, e) and cut >= 0 and 1 <= len(text[subj_s:subj_e].split()) <= 4 and subj_s - s > 3:
        return s, e, *subj
    if cue in _HEARER_VERBS or cue in _PLEDGE_VERBS:
        # (passive, only with the one who asked: "was urged by his lawyers to appeal")
        request = _AGENT_REQUEST.match(text, c1, e) if _PASSIVE_BEFORE.search(text, max(s, c0 - 12), c0) \
            else _REQUEST.match(text, c1, e)
        if request is not None:  # "urged residents to leave", "asked for the vote to be delayed": what was asked
            return request.start("what"), e, *subj
    m = (_OBJECT if cue in _HEARER_VERBS else _TO_OBJECT).match(text, c1, e)
    if not m or not m.group("that"):
        # "warned late last week before the ballot that ...": a phrase of when or why, then "that"
        late = None if cue.endswith("ing") else _LATE_THAT.match(text, c1, e)
        after_that = _WORD.match(text, late.end()) if late is not None else None
        if after_that is not None and looks_past(after_that.group()):
            late = None  # "announced his bid in a video that made no mention of ...": a relative "that"
        if late is not None and not _ANY_REPORT_CUE.search(text, c1, late.end()):
            return late.end(), e, *subj
    if not m:
        return None
    rest_s = m.end()
    if not m.group("that") and cue in lx.QUESTION_VERBS:
        # "asked officials how the papers got out", "described how it began": the question or account
        wh = _WH_CLAUSE.match(text, rest_s, e)
        if wh is not None:
            return (wh.start(1) if wh.group(1) else wh.start(2)), e, *subj
    if not m.group("that"):
        if cue not in _BARE_OK or not _CLAUSE_START.match(text, rest_s, e):
            return None
        if _PASSIVE_BEFORE.search(text, max(s, c0 - 12), c0):
            return None  # "have been added gradually": a passive with no clause of what was said
        if len(text[rest_s:min(e, rest_s + 200)].split()) < 4 and not _SHORT_CLAUSE.match(text, rest_s, e):
            return None  # "said on Monday": too few words to be a clause, unless a pronoun and a verb
        if cue.startswith("claim") and _CLAIMED_THINGS.match(text, rest_s, e):
            return None  # "the rebels claimed victory": a thing claimed
        if (cue in _OBJECT_VERBS or cue in _DOCUMENT_VERBS) and not _FINITE_OR_PAST_SOON.match(text, rest_s, e):
            # "admitted fraud at a hearing", "concluded the talks", "the video shows a man running": an object,
            # not a clause with a verb of its own
            return None
    if subj[1] - subj[0] > 80 and not _VERB_AND.search(text, subj[0], subj[1]):
        # (not the first verb of the sentence's subject and the rest of its clause, "and" before the cue:
        # "Pat Lee called the decision “deeply troubling” and said ...", asked of that subject)
        # a long subject names its speaker only by a name that ends it, next to the cue ("Harwick's envoy to
        # the Kellan Union's standing veterinary committee Werner Brandt said"); else no one
        named = _NAME_BEFORE_CUE.search(text, subj[1] - 80, subj[1])
        subj = (named.start(), subj[1]) if named is not None else (subj[1], subj[1])
    source = _SOURCE_TAIL.search(text, rest_s, e) if text.find(",", rest_s, e) >= 0 else None
    if source is not None and source.start() - rest_s >= 12:
        e = source.start()  # "Lee said India expected more, a government statement said.": where it was told
    return rest_s, e, *subj
