"""The gradient tab's controls on their own: button rules, speed, and long example names kept narrow."""
from app.widgets.descent_panel import SPEEDS, DescentPanel

LONG = ["Notes: (x0-2)² + 4(x1-3)² from (100, -10), lr = 0.01, 1000 steps, and much more text " * 2]


def test_buttons_follow_the_state(qtbot):
    panel = DescentPanel("x0**2 + x1**2", LONG, 5000)
    qtbot.addWidget(panel)
    panel.set_buttons(playing=False, can_run=True, computing=False, at_end=False)
    assert panel.play_button.isEnabled() and panel.step_button.isEnabled() and panel.end_button.isEnabled()
    assert not panel.pause_button.isEnabled()
    panel.set_buttons(playing=False, can_run=False, computing=False, at_end=False)  # a refused input
    assert not (panel.play_button.isEnabled() or panel.step_button.isEnabled() or panel.end_button.isEnabled())
    panel.set_buttons(playing=False, can_run=True, computing=True, at_end=False)
    assert not panel.play_button.isEnabled() and not panel.reset_button.isEnabled()
    panel.set_buttons(playing=True, can_run=True, computing=False, at_end=False)
    assert panel.pause_button.isEnabled() and not panel.play_button.isEnabled()
    panel.set_blocked("why", error=True)
    assert not panel.blocked_label.isHidden() and "c62828" in panel.blocked_label.styleSheet()
    panel.set_blocked("", error=False)
    assert panel.blocked_label.isHidden()


def test_speed_and_ticks(qtbot):
    panel = DescentPanel("", [], 5000)
    qtbot.addWidget(panel)
    panel.set_speed(12)
    assert panel.speed() == 10 and panel.tick() == (100, 1) and panel.speed_label.text() == "Speed: 10 steps/s"
    panel.set_speed(SPEEDS[-1])
    interval, per_tick = panel.tick()
    assert interval == 20 and per_tick == 10  # 500 steps/s as 50 frames of 10 steps


def test_long_example_names_do_not_widen_the_panel(qtbot):
    panel = DescentPanel("x0**2 + x1**2", LONG, 5000)
    qtbot.addWidget(panel)
    assert panel.minimumSizeHint().width() < 340  # BaseTab.arrange's panel width
    assert "Steps (1 to 5000)" in [w.text() for w in panel.findChildren(type(panel.speed_label))]
