"""Messages a learner reads, kept as templates and fields so a GUI can show them in its language (no Qt).

A core error keeps its English sentence as ``str()`` (the CLI and notebooks print it unchanged) and also
its ``template`` and ``fields``: ``template.format(**fields)`` is that sentence, and a GUI formats its own
translation of ``template`` with the same fields instead. A field may itself be a :class:`Message` (the
part of a sentence that varies, such as what is wrong with a file): it is translated the same way.

Every template the core can raise is made with :func:`template`, which records it in :data:`TEMPLATES`;
the app marks each one for its translators, and a test fails when one is missing there.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Mapping

__all__ = ["CONTEXT", "TEMPLATES", "Message", "MessageError", "template"]

#: The translation context of the core's templates (a name for the catalog, nothing Qt-specific here).
CONTEXT = "CoreMessages"
#: Every core template, in the order the modules define them.
TEMPLATES: list[str] = []

#: ``translate(context, text)``: the text in the reader's language (Qt's ``QCoreApplication.translate``).
Translate = Callable[[str, str], str]


def template(text: str) -> str:
    """Record ``text`` as a core template (``{name}`` placeholders for ``str.format``) and return it."""
    if text not in TEMPLATES:
        TEMPLATES.append(text)
    return text


def _formatted(text: str, fields: Mapping, translate: Translate | None) -> str:
    return text.format(**{name: value.translated(translate) if isinstance(value, (Message, MessageError))
                          else value for name, value in fields.items()})


@dataclass(frozen=True)
class Message:
    """A sentence or part of one: ``template`` filled with ``fields``; ``str()`` is the English."""

    template: str
    fields: Mapping = field(default_factory=dict)
    context: str = CONTEXT

    def translated(self, translate: Translate | None = None) -> str:
        """The text with ``translate(context, template)`` (English without one), fields translated alike."""
        text = self.template if translate is None else translate(self.context, self.template)
        return _formatted(text, self.fields, translate)

    def __str__(self) -> str:
        return self.translated()


class MessageError(ValueError):
    """A refused value or file: ``str()`` is English, ``template`` and ``fields`` let a GUI translate it."""

    context = CONTEXT

    def __init__(self, template: str, **fields) -> None:
        self.template, self.fields = template, fields
        super().__init__(_formatted(template, fields, None))

    @property
    def message(self) -> Message:
        return Message(self.template, self.fields, self.context)

    def translated(self, translate: Translate | None = None) -> str:
        """The sentence in the reader's language (see :meth:`Message.translated`)."""
        return self.message.translated(translate)
