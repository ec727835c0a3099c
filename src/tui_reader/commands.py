"""Command palette: jump to any entity of the open article."""

from __future__ import annotations

from functools import partial

from textual.command import Hit, Hits, Provider


class EntityCommands(Provider):
    """'Jump to <entity>' for each entity of the article on screen."""

    async def search(self, query: str) -> Hits:
        from tui_reader.screens.reader import ReaderScreen

        screen = self.screen
        if not isinstance(screen, ReaderScreen) or screen.analysis is None:
            return
        matcher = self.matcher(query)
        for i, entity in enumerate(screen.analysis.entities):
            title = f"Jump to {entity.name}"
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), partial(screen.jump_to_entity, i),
                          help=f"{entity.type}, {len(entity.mentions)} mentions")
