"""Handing an approved draft to the learner's own mail program: a mailto: link when it fits,
an .eml file otherwise. Nothing is sent from here; the learner sends it themselves.
"""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr
from urllib.parse import quote

#: Browsers and mail programs do not all accept longer mailto: links (older Outlook and
#: some webmail stop near 2,000 characters), so a longer one becomes a file instead.
MAILTO_MAX_CHARS = 2000
SUBJECTS = {
    "request": "A short conversation about your work?",
    "follow_up": "Following up on my note",
    "thank_you": "Thank you for your time",
}


def subject_for(kind: str) -> str:
    """A plain subject line for this kind of message (the learner can change it)."""
    return SUBJECTS.get(kind, "Hello")


def mailto_link(to: str, subject: str, body: str) -> str | None:
    """A mailto: link with the message filled in, or None when it is too long to be safe."""
    # RFC 6068: the address and the fields are percent-encoded; line breaks are CRLF.
    body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    link = f"mailto:{quote(to.strip(), safe='@')}?subject={quote(subject)}&body={quote(body)}"
    return link if len(link) <= MAILTO_MAX_CHARS else None


def eml_bytes(to: str, subject: str, body: str, *, to_name: str = "") -> bytes:
    """The message as an .eml file that mail programs open as a draft ready to send."""
    message = EmailMessage(policy=SMTP)
    message["To"] = formataddr((to_name, to.strip())) if to.strip() else ""
    message["Subject"] = subject
    # Outlook and Thunderbird open a message marked unsent as a draft to edit and send.
    message["X-Unsent"] = "1"
    message.set_content(body.replace("\r\n", "\n"), charset="utf-8")
    return message.as_bytes()
