"""A form's one-line boxes send their value when left, so a button press never overtakes it."""

import pytest

from infointerview.ui.research import ContactForm
from infointerview.ui.target_list import IntroductionHelper, TargetListEditor
from infointerview.ui.welcome import ProfileForm

FORMS = [
    (ProfileForm, ("_name", "_field")),
    (ContactForm, ("_name", "_role", "_organisation", "_industry", "_connection", "_address_as")),
    (TargetListEditor, ("_name", "_notes")),
    (IntroductionHelper, ("_friend", "_who")),
]


@pytest.mark.parametrize(("form", "boxes"), FORMS, ids=lambda f: getattr(f, "__name__", ""))
def test_the_boxes_a_button_reads_send_their_value_when_left(workspace, form, boxes):
    """Sent keystroke by keystroke, a box's last letters could reach the kernel after the press
    of Save (ipywidgets holds a box's updates back, never a button's); sent when the box is
    left, they always come first."""
    built = form(workspace)
    for name in boxes:
        box = getattr(built, name)
        assert box.continuous_update is False, name
        assert box.description and box.placeholder, name  # named, with an example
