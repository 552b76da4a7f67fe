"""The coach's settings: one row per setting, read back into ``coach.CoachSettings``."""

from __future__ import annotations

from datetime import date, time

from infointerview import clock
from infointerview.coach import CoachSettings
from infointerview.store.changes import Change
from infointerview.store.file import WorkspaceFile


class SettingsRecords(WorkspaceFile):
    def coach_settings(self) -> CoachSettings:
        """Return the learner's coach settings (the defaults until any are saved)."""
        with self._reading() as conn:
            rows = dict(conn.execute("SELECT key, value FROM settings").fetchall())
        default = CoachSettings()
        weekday = rows.get("slot_weekday", "")
        started = rows.get("plan_started_on", "")
        return CoachSettings(
            quiet_days=int(rows.get("quiet_days", default.quiet_days)),
            slot_weekday=int(weekday) if weekday else None,
            slot_time=time.fromisoformat(rows["slot_time"])
            if "slot_time" in rows
            else default.slot_time,
            slot_minutes=int(rows.get("slot_minutes", default.slot_minutes)),
            plan_started_on=date.fromisoformat(started) if started else None,
            weekend=clock.WEEKENDS.get(rows.get("weekend", ""), default.weekend),
        )

    def save_coach_settings(self, settings: CoachSettings) -> CoachSettings:
        """Save the coach settings (checked by ``coach``) and return them as saved."""
        checked = settings.checked()
        values = {
            "quiet_days": str(checked.quiet_days),
            "slot_weekday": "" if checked.slot_weekday is None else str(checked.slot_weekday),
            "slot_time": checked.slot_time.isoformat(timespec="minutes"),
            "slot_minutes": str(checked.slot_minutes),
            "plan_started_on": checked.plan_started_on.isoformat()
            if checked.plan_started_on
            else "",
            "weekend": clock.weekend_name(checked.weekend),
        }
        with self._writing(Change("settings")) as conn:
            conn.executemany(
                "INSERT INTO settings(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                list(values.items()),
            )
        return self.coach_settings()
