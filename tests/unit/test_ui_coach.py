"""The welcome page's coach: the Today box and the learner's own rhythm, as widgets."""

from datetime import date, time

from infointerview import clock
from infointerview.ui.welcome import CoachSettingsPanel, TodayPanel


def test_saving_the_rhythm_keeps_the_slot_plan_and_days_off(workspace, pinned_today):
    """A weekly slot, the plan and Friday–Saturday days off are saved and shown again."""
    panel = CoachSettingsPanel(workspace)
    panel._day.value = 2
    panel._time.value = "18:15"
    panel._days_off.value = "Friday and Saturday"
    panel._plan.value = True
    panel._save.click()
    settings = workspace.coach_settings()
    assert (settings.slot_weekday, settings.slot_time) == (2, time(18, 15))
    assert settings.weekend == clock.WEEKENDS["Friday and Saturday"]
    assert settings.plan_started_on == date(2026, 3, 16)  # the pinned Monday
    assert "calendar file in 05 now includes your weekly slot" in panel._status.value
    again = CoachSettingsPanel(workspace)
    assert again._days_off.value == "Friday and Saturday"
    assert again._plan.value is True


def test_a_time_that_is_not_a_time_is_explained_and_nothing_changes(workspace, pinned_today):
    """'half five' is refused in words and the saved rhythm stays as it was."""
    panel = CoachSettingsPanel(workspace)
    panel._time.value = "half five"
    panel._days_off.value = "Sunday only"
    panel._save.click()
    assert "Not saved" in panel._status.value and "17:30" in panel._status.value
    assert workspace.coach_settings().weekend == clock.SATURDAY_SUNDAY


def test_today_box_follows_the_workspace(workspace, pinned_today):
    """Adding a first contact changes the Today box's next step without a re-run."""
    panel = TodayPanel(workspace)
    assert "Start your target list" in panel._status.value
    workspace.add_contact("Priya Raman", organisation="City Council")
    assert "Do the short research on Priya Raman" in panel._status.value
    panel.close()
