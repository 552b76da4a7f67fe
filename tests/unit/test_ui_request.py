"""Tests for the request notebook's widgets, driven headless."""

import re

import pytest

from infointerview import content
from infointerview.model import ActivityKind, InputError, Profile, Stage
from infointerview.ui.request import RequestDrafter, StagesPanel


@pytest.fixture(autouse=True)
def _profile(workspace):
    """A participant with a profile, so suggested drafts are signed with their name."""
    workspace.save_profile(Profile.from_input("Sam", "transport", ["job"]))


def _ready(drafter: RequestDrafter) -> RequestDrafter:
    """Fill the suggestion's [why them] line in the participant's own words."""
    drafter._draft.value = re.sub(
        r"\[why them[^\]]*\]",
        "your talk on bus priority made me want to ask you",
        drafter._draft.value,
    )
    return drafter


def _research_all(workspace, contact_id):
    for item in content.research_checklist().items:
        workspace.save_research(contact_id, item.id, done=True)


def test_the_draft_starts_from_the_contact_and_passes_the_checks(workspace):
    """The suggested draft names the contact and the connection, asks for the participant's
    own 'why them' line, and once that is written breaks no rule."""
    workspace.save_profile(Profile.from_input("Sam", "transport", ["job"]))
    workspace.add_contact("Amara Okafor", connection="Same university", industry="Rail")
    drafter = RequestDrafter(workspace)
    text = drafter._draft.value
    assert text.startswith("Dear Amara Okafor,") and "same university" in text and "rail" in text
    assert "Fill in the parts in [brackets] first: [why them" in drafter._findings.value
    assert "Open it in my mail program" not in drafter._send_links.value
    _ready(drafter)
    assert drafter.findings == []
    assert "Nothing to fix" in drafter._findings.value
    assert "Download it as an email (.eml)" in drafter._send_links.value


def test_findings_appear_as_the_participant_types(workspace):
    """Typing a job ask shows the finding at once; fixing it makes it go away."""
    workspace.add_contact("Amara Okafor")
    drafter = RequestDrafter(workspace)
    good = drafter._draft.value
    drafter._draft.value = good + " Also, are you hiring?"
    assert "job-request" in drafter._findings.value
    drafter._draft.value = good
    assert "job-request" not in drafter._findings.value
    assert "words (limit 75)" in drafter._count.value


def test_the_draft_is_kept_as_it_is_typed(workspace):
    """A half-written draft comes back in a new session."""
    contact = workspace.add_contact("Amara Okafor")
    RequestDrafter(workspace)._draft.value = "Dear Amara, half a thought"
    assert RequestDrafter(workspace)._draft.value == "Dear Amara, half a thought"
    assert workspace.draft(contact.id, "request") == "Dear Amara, half a thought"


def test_the_word_limit_can_be_switched_to_100(workspace):
    """Choosing 100 words changes the count's limit and the too-long finding."""
    workspace.add_contact("Amara Okafor")
    drafter = RequestDrafter(workspace)
    drafter._draft.value += " more" * 20
    assert "too-long" in drafter._findings.value
    drafter._limit.value = 100
    assert "too-long" not in drafter._findings.value and "limit 100" in drafter._count.value


def test_logging_with_little_research_warns_first(workspace):
    """Under half the research done, Log as sent asks for confirmation before logging."""
    contact = workspace.add_contact("Amara Okafor", connection="Same university")
    drafter = _ready(RequestDrafter(workspace))
    drafter._send.click()
    assert "research items" in drafter._status.value
    assert workspace.activities(kind=ActivityKind.REQUEST_SENT) == []
    drafter._confirm.click()
    assert workspace.contact(contact.id).stage is Stage.REQUESTED
    assert "Logged your request to Amara Okafor" in drafter._status.value


def test_not_yet_leaves_the_request_unlogged(workspace):
    """Choosing 'Not yet' logs nothing and points back to the research."""
    workspace.add_contact("Amara Okafor")
    drafter = _ready(RequestDrafter(workspace))
    drafter._send.click()
    drafter._cancel.click()
    assert workspace.activities(kind=ActivityKind.REQUEST_SENT) == []
    assert "01 Who to ask" in drafter._status.value


def test_after_a_no_the_widgets_refuse_another_request(workspace):
    """Declined is final in the widgets: the drafter and the follow-up button refuse."""
    contact = workspace.add_contact("Grace Liu", connection="Her lecture")
    _research_all(workspace, contact.id)
    drafter = _ready(RequestDrafter(workspace))
    panel = StagesPanel(workspace)
    drafter._send.click()
    assert workspace.contact(contact.id).stage is Stage.REQUESTED
    panel._no.click()
    assert workspace.contact(contact.id).stage is Stage.REQUESTED  # not before confirming
    panel._confirm_no.click()
    assert "said no" in panel._status.value
    drafter._send.click()
    assert "a no is final" in drafter._status.value
    panel._follow_up.click()
    assert "a no is final" in panel._status.value
    assert len(workspace.activities(kind=ActivityKind.REQUEST_SENT)) == 1


def test_the_pipeline_table_lists_contacts_with_next_steps(workspace):
    """Every contact appears with stage and next step; typed markup is escaped."""
    workspace.add_contact("<b>Bold</b> Person")
    panel = StagesPanel(workspace)
    assert "&lt;b&gt;Bold&lt;/b&gt; Person" in panel._table.value
    assert "Do the short research on them" in panel._table.value


def test_replies_and_one_follow_up_from_the_panel(workspace):
    """No reply, a follow-up only after seven business days, and never a second one."""
    from datetime import date, timedelta

    from infointerview.stages import log_request

    contact = workspace.add_contact("Samuel Adeyemi", connection="My manager")
    panel = StagesPanel(workspace)
    log_request(
        workspace,
        contact.id,
        "Thank you! 20 minutes, whenever suits you?",
        on=date.today() - timedelta(days=2),
    )
    panel._silent.click()
    panel._follow_up.click()
    assert "too soon to follow up" in panel._status.value
    contact2 = workspace.add_contact("Hannah Becker", connection="Her article")
    log_request(
        workspace,
        contact2.id,
        "Thank you! 20 minutes, whenever suits you?",
        on=date.today() - timedelta(days=14),
    )
    panel._picker.value = contact2.id
    panel._follow_up.click()
    assert workspace.contact(contact2.id).stage is Stage.FOLLOWED_UP
    panel._follow_up.click()
    assert "One follow-up is enough" in panel._status.value
    panel._yes.click()
    assert workspace.contact(contact2.id).stage is Stage.ACCEPTED


def test_a_draft_with_a_bracketed_prompt_is_not_logged(workspace):
    """The suggestion's [bracketed] prompt must be replaced before the request is logged."""
    contact = workspace.add_contact("Luca Romano")
    _research_all(workspace, contact.id)
    drafter = RequestDrafter(workspace)
    assert "[Start with what connects you" in drafter._draft.value
    assert "Fill in the parts in [brackets]" in drafter._findings.value
    drafter._send.click()
    assert "Fill in the parts in [brackets] first" in drafter._status.value
    assert workspace.activities(kind=ActivityKind.REQUEST_SENT) == []


def test_a_long_bracketed_part_wraps_inside_the_message(workspace):
    """A long unbroken part quoted back in a message wraps inside the box (no running off)."""
    workspace.add_contact("Amara Okafor")
    drafter = RequestDrafter(workspace)
    drafter._draft.value = "[" + "A" * 1500 + "]"
    message = drafter._findings.value
    assert "Fill in the parts in [brackets] first: [AAAA" in message
    boxes = message.split('class="ii-message')[1:]
    assert boxes and all("overflow-wrap:anywhere" in box.split(">")[0] for box in boxes)


def test_a_no_is_confirmed_first_and_can_be_undone_while_the_page_is_open(workspace):
    """'They said no' asks first; 'Undo that no' takes it back and the contact can be asked."""
    contact = workspace.add_contact("Grace Liu", connection="Her lecture")
    _research_all(workspace, contact.id)
    _ready(RequestDrafter(workspace))._send.click()
    panel = StagesPanel(workspace)
    panel._no.click()
    panel._keep_open.click()
    assert workspace.contact(contact.id).stage is Stage.REQUESTED
    panel._no.click()
    panel._confirm_no.click()
    assert workspace.refusal(contact.id) is not None
    panel._undo.click()
    assert workspace.contact(contact.id).stage is Stage.REQUESTED
    assert workspace.refusal(contact.id) is None
    assert [a.kind for a in workspace.activities(kind=ActivityKind.REPLY_RECEIVED)] == []


def test_a_no_is_final_once_the_page_moves_on(workspace):
    """After another action (or a new sitting) the no can no longer be taken back."""
    contact = workspace.add_contact("Grace Liu", connection="Her lecture")
    _research_all(workspace, contact.id)
    _ready(RequestDrafter(workspace))._send.click()
    panel = StagesPanel(workspace)
    panel._no.click()
    panel._confirm_no.click()
    panel._silent.click()  # any other reply closes the window
    assert panel._undo.layout.display == "none"
    assert workspace.contact(contact.id).stage is Stage.DECLINED
    with pytest.raises(InputError, match="no longer be taken back"):
        workspace.undo_decline(contact.id)


def test_not_now_is_not_a_no(workspace, pinned_today):
    """'Not now: ask me later' keeps the door open and puts the day on the due list."""
    from datetime import timedelta

    from infointerview.due import due_items

    contact = workspace.add_contact("Grace Liu", connection="Her lecture")
    _research_all(workspace, contact.id)
    _ready(RequestDrafter(workspace))._send.click()
    panel = StagesPanel(workspace)
    panel._later.click()
    assert "Say when they suggested" in panel._status.value
    panel._ask_again_on.value = pinned_today + timedelta(days=60)
    panel._later.click()
    assert workspace.contact(contact.id).stage is Stage.LATER
    assert workspace.refusal(contact.id) is None
    assert [(i.kind, i.due_on) for i in due_items(workspace)] == [
        ("ask_again", pinned_today + timedelta(days=60))
    ]


def test_asking_for_what_helps_goes_into_the_suggestion_and_passes_the_checks(workspace):
    """Choosing captions puts a kind line and a video call into the draft, with room for it."""
    workspace.add_contact("Amara Okafor", connection="Same university", industry="Rail")
    drafter = RequestDrafter(workspace)
    drafter._need.value = "captions"
    text = drafter._draft.value
    assert "captions switched on" in text and "a short video call" in text
    assert text.index("captions") < text.index("Would you have")  # it still ends by asking
    assert (
        drafter._limit.value == 100 and "Added to the suggested request" in drafter._need_note.value
    )
    _ready(drafter)
    assert drafter.findings == []


def test_a_written_request_is_never_changed_by_the_choice(workspace):
    """Once the participant has written, the chosen line is offered, not put in for them."""
    workspace.add_contact("Amara Okafor", connection="Same university", industry="Rail")
    drafter = _ready(RequestDrafter(workspace))
    written = drafter._draft.value
    drafter._need.value = "quiet"
    assert drafter._draft.value == written
    assert "somewhere quiet would help me" in drafter._need_note.value
    assert "not changed" in drafter._need_note.value


def test_something_else_leaves_a_line_for_the_participant_to_write(workspace):
    """The open choice puts a bracketed prompt in, so it cannot be sent unwritten."""
    workspace.add_contact("Amara Okafor", connection="Same university", industry="Rail")
    drafter = _ready(RequestDrafter(workspace))
    drafter._draft.value = ""
    drafter._draft.edited = False
    workspace.save_draft(workspace.contacts()[0].id, "request", "")
    drafter._need.value = "other"
    assert "[What would help you take part" in drafter._draft.value
    assert "Fill in the parts in [brackets] first" in drafter._findings.value


def test_screen_readers_hear_the_findings_when_they_change_not_at_each_keystroke(workspace):
    """A job ask is announced once, by name; more typing with the same finding stays quiet."""
    workspace.add_contact("Amara Okafor", connection="Same university", industry="Rail")
    drafter = _ready(RequestDrafter(workspace))
    assert drafter._announce.message == "Nothing to fix."
    said = drafter._announce.count
    drafter._draft.value += " Also, are you hiring?"
    assert drafter._announce.message == "1 thing to look at: Asks for a job."
    assert drafter._announce.count == said + 1
    drafter._draft.value += " Thanks"
    assert drafter._announce.count == said + 1  # the same news is not said again
    assert 'role="status"' not in drafter._findings.value  # the boxes are not read as well
