"""Telling open panels that the workspace changed, and letting them stop listening.

Only a saved change that others should show is announced: a record added, a stage moved,
a plan saved. Text saved as it is typed (drafts, notes) is announced to nobody, so a panel
never redraws while its participant is typing.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Change:
    """What was saved: the kind of record (``what``) and, where there is one, the contact.

    ``what`` is one of "profile", "contact-added", "contacts", "activity", "research",
    "plans", "targets" (weekly targets), "target_list" (organisations), "settings" (the
    coach's), "self_check" or "fresh" (the workspace was started afresh).
    """

    what: str
    contact_id: int | None = None


class Subscription:
    """One listener; ``cancel()`` stops it (twice is harmless)."""

    def __init__(self, listeners: Listeners, callback: Callable[[Change], None]) -> None:
        self._listeners = listeners
        self.callback = callback

    def cancel(self) -> None:
        self._listeners.remove(self)

    @property
    def active(self) -> bool:
        return self in self._listeners.current()


class Listeners:
    """The workspace's listeners, safe to change from a callback or another thread."""

    def __init__(self) -> None:
        self._subscriptions: list[Subscription] = []
        self._lock = threading.Lock()

    def add(self, callback: Callable[[Change], None]) -> Subscription:
        subscription = Subscription(self, callback)
        with self._lock:
            self._subscriptions.append(subscription)
        return subscription

    def remove(self, subscription: Subscription) -> None:
        with self._lock:
            if subscription in self._subscriptions:
                self._subscriptions.remove(subscription)

    def current(self) -> tuple[Subscription, ...]:
        with self._lock:
            return tuple(self._subscriptions)

    def announce(self, change: Change) -> None:
        """Call every listener; one that fails is logged and the others still hear."""
        for subscription in self.current():
            if not subscription.active:
                continue  # cancelled by an earlier listener in this round
            try:
                subscription.callback(change)
            except Exception:  # a panel's bug must not undo or hide a save that succeeded
                log.exception("A workspace listener failed on %s", change)
