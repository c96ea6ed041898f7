"""Headless Chromium driven over the DevTools protocol through a pipe (no extra package).

`--dump-dom` cannot click, resize or follow a link, so these tests talk to Chromium: open a
page, wait for its load event, evaluate a script and await its promise, resize the viewport.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from tests.outputs.render.chromium import FLAGS, chromium


class Browser:
    def __init__(self, process: subprocess.Popen[bytes], send: int, receive: int) -> None:
        self.process, self._send, self._receive = process, send, receive
        self._next = 0
        self._buffer = b""
        self._events: list[dict[str, Any]] = []
        self.session = ""

    def _read(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            if time.monotonic() > deadline:
                raise TimeoutError("Chromium did not answer in time")
            chunk = os.read(self._receive, 1 << 16)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self._buffer += chunk
        message, _, self._buffer = self._buffer.partition(b"\0")
        result: dict[str, Any] = json.loads(message)
        return result

    def call(self, method: str, timeout: float = 60, **params: Any) -> dict[str, Any]:
        self._next += 1
        message: dict[str, Any] = {"id": self._next, "method": method, "params": params}
        if self.session and not method.startswith("Target."):
            message["sessionId"] = self.session
        os.write(self._send, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self._next:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                answer: dict[str, Any] = reply.get("result", {})
                return answer
            self._events.append(reply)

    def wait_event(self, name: str, timeout: float = 60) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            for event in self._events:
                if event.get("method") == name:
                    self._events.remove(event)
                    return event
            self._events.append(self._read(deadline))

    def open(self, url: str, width: int = 1280, height: int = 900) -> None:
        self.call(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=height,
            deviceScaleFactor=1,
            mobile=width < 600,
        )
        self._events.clear()
        self.call("Page.navigate", url=url)
        self.wait_event("Page.loadEventFired")

    def evaluate(self, expression: str, timeout: float = 60) -> Any:
        result = self.call(
            "Runtime.evaluate",
            timeout=timeout,
            expression=expression,
            awaitPromise=True,
            returnByValue=True,
        )
        if "exceptionDetails" in result:
            raise RuntimeError(f"script failed: {result['exceptionDetails']}")
        return result["result"].get("value")


@contextmanager
def browser() -> Iterator[Browser]:
    """A fresh headless Chromium with one page open, closed afterwards."""
    executable = chromium()
    to_browser_read, to_browser_write = os.pipe()
    from_browser_read, from_browser_write = os.pipe()

    def wire() -> None:
        high_in, high_out = os.dup(to_browser_read), os.dup(from_browser_write)
        os.dup2(high_in, 3)
        os.dup2(high_out, 4)

    with tempfile.TemporaryDirectory(prefix="ogpkit-cdp-", ignore_cleanup_errors=True) as profile:
        process = subprocess.Popen(
            [executable, *FLAGS, f"--user-data-dir={profile}", "--remote-debugging-pipe"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            # Chromium reads its pipe on fd 3 and writes on fd 4; only dup2 runs in the child.
            preexec_fn=wire,  # noqa: PLW1509
            close_fds=False,
        )
        os.close(to_browser_read)
        os.close(from_browser_write)
        driver = Browser(process, to_browser_write, from_browser_read)
        try:
            target = driver.call("Target.createTarget", url="about:blank")["targetId"]
            attached = driver.call("Target.attachToTarget", targetId=target, flatten=True)
            driver.session = attached["sessionId"]
            driver.call("Page.enable")
            yield driver
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            os.close(to_browser_write)
            os.close(from_browser_read)
