"""Translatable texts outside widgets, without Qt: the lupdate marker and the app's input error.

``QT_TRANSLATE_NOOP("Context", "text")`` only marks a literal for lupdate (which files it under that
context) and returns it unchanged; whoever shows it translates it then. A refused input raises
:class:`TranslatableError`: ``str()`` is the English sentence, ``template`` and ``fields`` let the GUI
format its translation (``error.translated(QCoreApplication.translate)``, or
:func:`app.language.message_text`). It is the core's :class:`~scratchnn_core.messages.MessageError`
with the app's own context, so core and app messages are shown translated the same way.
"""
from __future__ import annotations

from scratchnn_core.messages import Message, MessageError

__all__ = ["QT_TRANSLATE_NOOP", "Message", "TranslatableError"]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 -- the marker lupdate looks for
    """Mark ``text`` for translation under ``context`` (a literal) without importing Qt."""
    return text


class TranslatableError(MessageError):
    """A refused input: ``template`` (marked under ``context``) filled with ``fields`` is its English text.

    Subclasses name their context once (``context = "GradientTab"``); ``context=`` overrides it.
    """

    context = ""

    def __init__(self, template: str, *, context: str | None = None, **fields) -> None:
        if context is not None:
            self.context = context
        if not self.context:
            raise TypeError("a TranslatableError needs the context its template is marked in")
        super().__init__(template, **fields)
