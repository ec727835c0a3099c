"""Generate news-like text of a given size, deterministic, for benchmarks."""

from __future__ import annotations

import random

_PEOPLE = ["Rajnath Singh", "Andrey Belousov", "Dong Jun", "Maria Lopez", "John Carter", "Aiko Tanaka",
           "Pierre Dubois", "Fatima Khan", "Olu Adeyemi", "Sarah O’Neill"]
_PLACES = ["Qingdao", "India", "Russia", "China", "Pakistan", "Brazil", "Kenya", "Berlin", "Tokyo", "Lima"]
_ORGS = ["the Ministry of Defense", "the Shanghai Cooperation Organization (SCO)", "the World Bank",
         "Acme Corporation", "the National Health Service", "the University of Lagos"]
_TEMPLATES = [
    "{p} met {q} in {pl} on April {d}, {y}, to discuss {n} new agreements.",
    "“We had insightful deliberations on boosting ties,” {p} said after the talks in {pl}.",
    "{o} noted that the current context underscores the need for {n} percent more spending.",
    "According to {o}, the programme will cost ${n} million over {d} years.",
    "The delegation travelled {n} km from {pl} to {pl2} for the summit.",
    "{q} expressed solidarity with {pl}, calling it a “cowardly act of terror.”",
    "Officials said {n} people were evacuated from {pl2} on Monday.",
    "During the meeting, {pl} reaffirmed its historic ties with {pl2}.",
    "Taking to social media, she shared, “Happy to have met the minister.”",
    "This exclusion, {pl} argued, displayed a concerning bias and failed to reflect the region’s landscape.",
]


def news_text(size: int, seed: int = 7) -> str:
    rnd = random.Random(seed)
    paras: list[str] = []
    total = 0
    while total < size:
        sents = []
        for _ in range(rnd.randint(2, 5)):
            t = rnd.choice(_TEMPLATES)
            sents.append(t.format(p=rnd.choice(_PEOPLE), q=rnd.choice(_PEOPLE), pl=rnd.choice(_PLACES),
                                  pl2=rnd.choice(_PLACES), o=rnd.choice(_ORGS), d=rnd.randint(1, 28),
                                  y=rnd.randint(1990, 2030), n=rnd.randint(2, 900)))
        p = " ".join(sents)
        paras.append(p)
        total += len(p) + 2
    return "\n\n".join(paras)
