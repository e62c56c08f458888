from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.feed_server import FeedServer


@pytest.fixture
def server() -> Iterator[FeedServer]:
    running = FeedServer().start()
    yield running
    running.stop()
