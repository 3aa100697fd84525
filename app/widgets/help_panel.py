"""The help panel: one tab's idea, formula and book sections, and "Try this" buttons (issue 13).

It shows a :class:`app.help_topics.HelpTopic` translated (context "Help") and emits
``experiment_requested(Experiment)`` when a button is pressed; whoever owns the tabs runs it and hands
back the sentence to read with :meth:`HelpPanel.show_outcome`. It never touches a tab itself.
"""
from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from app.help_topics import CONTEXT, Experiment, HelpTopic

# No CSS padding: QLabel's own margin (set below) is what its word wrapping accounts for.
FORMULA_STYLE = "QLabel { background: palette(alternate-base); border: 1px solid palette(mid); border-radius: 4px; }"
OUTCOME_STYLE = "QLabel { background: #fff8e1; color: #3e2723; border-left: 4px solid #ffb300; }"


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _label(style: str = "") -> QLabel:
    """A rich-text label that wraps and whose text can be selected and copied."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # wrap to the panel's width
    if style:
        label.setStyleSheet(style)
        label.setMargin(6)
    return label


class WrappingButton(QPushButton):
    """A push button whose text wraps to its width (a QPushButton's or QCommandLinkButton's never does)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(f"▶ {text}")
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # clicks reach the button
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 5, 8, 5)
        layout.addWidget(self.label)
        # QPushButton's default vertical policy is Fixed at one line; the layout's height-for-width decides.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(text)
        self.setToolTip(text)

    def caption(self) -> str:
        """The button's text (``text()`` is empty: the label draws it)."""
        return self.accessibleName()


class HelpPanel(QWidget):
    """Title, idea, formula, book section and "Try this" buttons for one topic; then what to look for."""

    experiment_requested = Signal(object)  # the Experiment whose button was pressed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.topic: HelpTopic | None = None
        self.experiments: list[Experiment] = []  # the ones with a button, in order
        self.buttons: list[WrappingButton] = []
        self.text_label = _label()
        self.formula_label = _label(FORMULA_STYLE)
        self.formula_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.section_label = _label()
        try_this = self.tr("Try this")
        self.try_label = QLabel(f"<b>{escape(try_this)}</b>")
        self.outcome_label = _label(OUTCOME_STYLE)
        self.outcome_label.hide()
        self._layout = QVBoxLayout(self)
        for widget in (self.text_label, self.formula_label, self.section_label, self.try_label):
            self._layout.addWidget(widget)
        self._buttons_at = self._layout.count()
        self._layout.addWidget(self.outcome_label)
        self._layout.addStretch(1)
        self.show_topic(None)

    def show_topic(self, topic: HelpTopic | None,
                   available: Callable[[Experiment], bool] | None = None) -> None:
        """Show ``topic`` (None: a short note); a button for each experiment ``available`` accepts."""
        self.topic = topic
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.hide()  # deleteLater waits for the event loop: until then it must not cover the text
            button.deleteLater()
        self.buttons, self.experiments = [], []
        self.outcome_label.clear()
        self.outcome_label.hide()
        if topic is None:
            none = self.tr("There is no help for this tab yet.")
            self.text_label.setText(f"<p>{escape(none)}</p>")
            for widget in (self.formula_label, self.section_label, self.try_label):
                widget.hide()
            return
        title, idea = escape(_translate(topic.title)), escape(_translate(topic.idea))
        self.text_label.setText(f"<h3>{title}</h3><p>{idea}</p>")
        self.formula_label.setText(_translate(topic.formula))  # rich text by design: sub- and superscripts
        self.section_label.setText(f"<i>{escape(_translate(topic.section))}</i>")
        for widget in (self.formula_label, self.section_label):
            widget.show()
        for experiment in topic.experiments:
            if available is not None and not available(experiment):
                continue  # the tab lacks a method it needs (or is not there): no button
            button = WrappingButton(_translate(experiment.label))
            button.clicked.connect(lambda _checked=False, e=experiment: self._on_button_clicked(e))
            self._layout.insertWidget(self._buttons_at + len(self.buttons), button)
            self.buttons.append(button)
            self.experiments.append(experiment)
        self.try_label.setVisible(bool(self.buttons))

    def show_outcome(self, text: str) -> None:
        """What to look for after an experiment (already translated)."""
        look_for = self.tr("Look for:")
        self.outcome_label.setText(f"<b>{escape(look_for)}</b> {escape(text)}")
        self.outcome_label.show()

    def plain_text(self) -> str:
        """Everything the panel shows, without markup (tests, and a check that nothing is empty)."""
        parts = [self.text_label.text()]
        parts += [w.text() for w in (self.formula_label, self.section_label, self.try_label, self.outcome_label)
                  if not w.isHidden()]
        parts += [escape(button.caption()) for button in self.buttons]
        doc = QTextDocument()
        doc.setHtml("<br>".join(parts))
        return doc.toPlainText()

    def _on_button_clicked(self, experiment: Experiment) -> None:
        self.experiment_requested.emit(experiment)
