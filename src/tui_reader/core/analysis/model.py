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
