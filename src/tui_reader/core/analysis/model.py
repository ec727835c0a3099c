"""The analysis data: plain frozen dataclasses with spans into one text."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Entity:
    name: str
    type: str
    mentions: tuple[Mention, ...]
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()  # titles seen before the name ("Defense Minister"), kept as context

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "type": self.type,
            "aliases": list(self.aliases),
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass(frozen=True, slots=True)
class Quote:
    kind: str  # "direct" | "reported"
    text: str
    start: int
    end: int
    speaker: str | None = None
    cue: str | None = None
    speaker_mention: str | None = None  # the words that name the speaker here ("she", "Ruiz")

    def to_dict(self) -> dict:
        return {"kind": self.kind, "text": self.text, "start": self.start, "end": self.end,
                "speaker": self.speaker, "speaker_mention": self.speaker_mention, "cue": self.cue}


@dataclass(frozen=True, slots=True)
class Value:
    text: str
    type: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"text": self.text, "type": self.type, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Fact:
    kind: str
    text: str
    start: int
    end: int
    values: tuple[Value, ...] = ()
    about: str | None = None  # the entity the value is about, when the sentence names one

    def to_dict(self) -> dict:
        return {"kind": self.kind, "text": self.text, "start": self.start, "end": self.end,
                "values": [v.to_dict() for v in self.values], "about": self.about}


@dataclass(frozen=True, slots=True)
class Analysis:
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    facts: tuple[Fact, ...] = ()
    sentences: tuple[tuple[int, int], ...] = field(default=(), repr=False)

    def to_dict(self) -> dict:
        return {
            "entities": [e.to_dict() for e in self.entities],
            "quotes": [q.to_dict() for q in self.quotes],
            "facts": [f.to_dict() for f in self.facts],
        }

    # A record is the analysis as nested tuples of str, int and None: what `marshal` stores. Reading
    # one back is five times faster than unpickling the dataclasses (0.3 s against 1.5 s at 3 MB),
    # and it runs as Python code, which lets the UI thread have the interpreter lock meanwhile.

    # The same few words come again and again: an entity's name in each of its thousands of
    # mentions, a speaker, a cue, a type. The record holds each as one string, which `marshal`
    # writes once and reads back once (a 3 MB article's analysis: 18% less memory).

    def to_record(self) -> tuple:
        one = {None: None}.setdefault
        return (
            tuple((e.name, e.type, tuple((m.start, m.end, one(m.text, m.text)) for m in e.mentions), e.aliases, e.roles)
                  for e in self.entities),
            tuple((one(q.kind, q.kind), q.text, q.start, q.end, one(q.speaker, q.speaker), one(q.cue, q.cue),
                   one(q.speaker_mention, q.speaker_mention)) for q in self.quotes),
            tuple((one(f.kind, f.kind), f.text, f.start, f.end,
                   tuple((v.text, one(v.type, v.type), v.start, v.end) for v in f.values), one(f.about, f.about))
                  for f in self.facts),
            self.sentences,
        )

    @classmethod
    def from_record(cls, record: tuple) -> "Analysis":
        """The analysis a record holds; ValueError or TypeError when it is not one."""
        entities, quotes, facts, sentences = record
        return cls(
            entities=tuple(Entity(name, etype, tuple(Mention(*m) for m in mentions), tuple(aliases), tuple(roles))
                           for name, etype, mentions, aliases, roles in entities),
            quotes=tuple(Quote(*q) for q in quotes),
            facts=tuple(Fact(kind, text, start, end, tuple(Value(*v) for v in values), about)
                        for kind, text, start, end, values, about in facts),
            sentences=tuple(tuple(s) for s in sentences),
        )
