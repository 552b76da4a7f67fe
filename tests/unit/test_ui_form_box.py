"""A form's one-line boxes send their value when left, so a button press never overtakes it;
forms emptied after each add send as typed."""

import pytest

from infointerview.ui.research import ContactForm
from infointerview.ui.target_list import IntroductionHelper, TargetListEditor
from infointerview.ui.welcome import ProfileForm

FORMS = [
    (ProfileForm, ("_name", "_field"), False),
    (IntroductionHelper, ("_friend", "_who"), False),
    # Forms the kernel empties after each add keep sending as typed (see form_box).
    (
        ContactForm,
        ("_name", "_role", "_organisation", "_industry", "_connection", "_address_as"),
        True,
    ),
    (TargetListEditor, ("_name", "_notes"), True),
]


@pytest.mark.parametrize(
    ("form", "boxes", "as_typed"), FORMS, ids=lambda f: getattr(f, "__name__", "")
)
def test_the_boxes_a_button_reads_send_their_value_when_left(workspace, form, boxes, as_typed):
    """Sent keystroke by keystroke, a box's last letters could reach the kernel after the press
    of Save (ipywidgets holds a box's updates back, never a button's); sent when the box is
    left, they always come first."""
    built = form(workspace)
    for name in boxes:
        box = getattr(built, name)
        assert box.continuous_update is as_typed, name
        assert box.description and box.placeholder, name  # named, with an example
