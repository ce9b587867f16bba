"""Nothing the game does touches the network, and the tests prove it: every test runs inside a guard
(``tests/conftest.py``) that fails it if a network socket is opened."""

from __future__ import annotations

import socket

import pytest

from dropoff_buddy.playtest import NetworkSocketOpened, no_network_sockets


def test_the_guard_refuses_network_sockets_and_remembers_the_attempt() -> None:
    with no_network_sockets() as attempts:
        with pytest.raises(NetworkSocketOpened):
            socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        with pytest.raises(NetworkSocketOpened):
            socket.create_connection(("192.0.2.1", 80), timeout=0.1)
        with pytest.raises(NetworkSocketOpened):
            socket.socket()  # the default family is the internet
    assert len(attempts) == 3 and attempts[0].startswith("AF_INET")


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="local sockets are POSIX")
def test_local_sockets_stay_allowed() -> None:
    with no_network_sockets() as attempts:
        left, right = socket.socketpair(socket.AF_UNIX)
        left.close()
        right.close()
    assert attempts == []


def test_every_test_runs_inside_the_guard() -> None:
    """The conftest fixture is active here: the guard's __init__ is in place on socket.socket."""
    assert socket.socket.__init__.__qualname__.endswith("guarded")
