"""The supervisor's wait before restarting Mosquitto (calls/restart_backoff.py), on an injected
clock: a broker killed again and again comes back at once, a broker that cannot stay up waits
longer and longer but never beyond the cap, and after the kills stop the kiosk is back within
a bounded time."""
from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from kiosk.calls.restart_backoff import CAP, FIRST, STEADY, RestartBackoff


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def run(policy: RestartBackoff, clock: Clock, uptime: float) -> float:
    """The broker comes up, stays `uptime` seconds, dies: the wait before the next start."""
    policy.up()
    clock.now += uptime
    wait = policy.died()
    clock.now += wait
    return wait


def test_a_broker_killed_every_two_seconds_restarts_after_the_first_wait_every_time():
    clock = Clock()
    policy = RestartBackoff(clock=clock)
    waits = [run(policy, clock, 2.0 - FIRST) for _ in range(500)]
    assert set(waits) == {FIRST}


def test_a_broker_that_never_comes_up_waits_twice_as_long_each_time_up_to_the_cap():
    clock = Clock()
    policy = RestartBackoff(clock=clock)
    policy.up()
    waits = []
    for _ in range(10):
        waits.append(policy.died())  # exited at start: up() never called again
        clock.now += waits[-1]
    assert waits == [FIRST, 1.0, 2.0, 4.0, 8.0, 16.0, CAP, CAP, CAP, CAP]


def test_a_broker_that_dies_sooner_than_the_last_wait_backs_off_then_recovers():
    clock = Clock()
    policy = RestartBackoff(clock=clock)
    crash_loop = [run(policy, clock, 0.1) for _ in range(8)]
    assert crash_loop == [FIRST, 1.0, 2.0, 4.0, 8.0, 16.0, CAP, CAP]
    # it stays up a while (less than the cap, more than STEADY): the next death is a kill
    assert run(policy, clock, STEADY) == FIRST
    # or it stays up as long as it was last waited for
    for _ in range(3):
        run(policy, clock, 0.1)
    assert policy.wait == 4.0
    assert run(policy, clock, 4.0) == FIRST


@given(st.lists(st.floats(min_value=0.0, max_value=120.0), min_size=1, max_size=60),
       st.floats(min_value=0.0, max_value=1e6))
@example([29.928426062220613, 0.0, 1.0], 0.0)  # a second's uptime measured 0.9999…
def test_waits_stay_between_first_and_cap_and_never_exceed_the_last_uptime_after_a_kill(
        uptimes, start):
    clock = Clock()
    clock.now = start
    policy = RestartBackoff(clock=clock)
    for uptime in uptimes:
        before = policy.wait
        # The uptime as the policy's clock tells it: (t + 1.0) - t is 0.9999… for some t.
        measured = (clock.now + uptime) - clock.now
        wait = run(policy, clock, uptime)
        assert FIRST <= wait <= CAP
        if measured > 0 and measured >= min(max(before, FIRST), STEADY):
            assert wait == FIRST  # it had been up as long as it was waited for: a kill
    # after the last kill: the broker is started again within the cap
    assert policy.wait <= CAP
