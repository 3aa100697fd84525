"""A clock the test sets by hand, for the throttles and rates that take a ``clock`` (no sleeping)."""


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now
