"""paho's network loop waits with poll() (kiosk/calls/paho_poll.py): it answers as select()
does, and a kiosk and a console still find each other when every file descriptor below 1024
is in use, where select() fails and paho said "connecting" for ever (a long test run that had
leaked descriptors timed out waiting for presence)."""
from __future__ import annotations

import gc
import os
import resource
import select
import socket

import paho.mqtt.client as mqtt
import pytest
from alert_support import kiosk_and_desk, needs_mosquitto
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.calls.outbox import CallOutbox
from kiosk.calls.paho_poll import PollSelect, poll_select

FD_SETSIZE = 1024  # select()'s limit on Linux


def test_the_client_waits_with_poll():
    assert isinstance(mqtt.select, PollSelect)
    assert mqtt.select.POLLIN == select.POLLIN  # the rest is the real module


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.booleans(), st.booleans()), min_size=1,
                max_size=5))
def test_it_answers_as_select_does(pairs):
    """Socket pairs, each with or without data waiting, its far end open or closed, watched
    for writing or not: the same sockets ready as select() says, in the same order."""
    made = []
    try:
        rlist, wlist = [], []
        for data, hung_up, write in pairs:
            near, far = socket.socketpair()
            made += [near, far]
            if data:
                far.send(b"x")
            if hung_up:
                far.close()
            rlist.append(near)
            if write:
                wlist.append(near)
        assert poll_select(rlist, wlist, [], 0) == select.select(rlist, wlist, [], 0)
    finally:
        for s in made:
            s.close()


def test_it_fails_as_select_does_where_paho_counts_on_it():
    """paho takes TypeError (no socket) and ValueError (a closed one) for a lost link."""
    with pytest.raises(TypeError):
        poll_select([None], [], [], 0)
    closed = socket.socket()
    closed.close()
    with pytest.raises(ValueError):
        poll_select([closed], [], [], 0)


@pytest.fixture
def low_descriptors_taken():
    """Every descriptor below FD_SETSIZE in use: the next socket is numbered above it."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and hard < FD_SETSIZE + 200:
        pytest.skip(f"the process may open {hard} files, too few to pass {FD_SETSIZE}")
    wanted = FD_SETSIZE + 200 if hard == resource.RLIM_INFINITY else min(hard, 4 * FD_SETSIZE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, wanted), hard))
    held = []
    # A socket an earlier test left as garbage, closed by the collector after the low numbers
    # are taken, gives its number back and the next socket takes it (fd 18 in a CI run): the
    # garbage goes first, and the collector waits until the test is over.
    gc.collect()
    gc.disable()
    try:
        while not held or held[-1] < FD_SETSIZE - 1:
            held.append(os.open(os.devnull, os.O_RDONLY))
        yield
    finally:
        gc.enable()
        for fd in held:
            os.close(fd)
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


def test_a_socket_numbered_past_select_s_limit_is_watched(low_descriptors_taken):
    near, far = socket.socketpair()
    with near, far:
        assert near.fileno() >= FD_SETSIZE
        far.send(b"x")
        assert poll_select([near], [near], [], 1) == ([near], [near], [])


@needs_mosquitto
def test_kiosk_and_console_meet_with_every_low_descriptor_taken(broker, started, store,
                                                                 low_descriptors_taken):
    k, c, _, cc = kiosk_and_desk(broker, started, CallOutbox(store))
    assert k._client.socket().fileno() >= FD_SETSIZE
    call = k.call("mobility")
    cc.until(lambda: call.key in c.calls, what="the console has the call")
