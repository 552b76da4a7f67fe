"""Tests for texts not in English: the checks say plainly that they read English only."""

import pytest

from infointerview.checks import (
    NOT_ENGLISH,
    check_question,
    check_question_list,
    check_request,
    check_thank_you,
    tips,
)
from infointerview.checks_language import language

# A job ask with a CV attached and no length asked for, in each language: before, the Spanish
# one got only "no-duration", as if the rest were fine.
OTHER_LANGUAGES = {
    "Spanish": "Estimada Sra. García: Me gustaría saber si hay alguna vacante en su empresa. "
    "Le adjunto mi currículum por si le interesa. Muchas gracias por su tiempo.",
    "French": "Bonjour Madame, je vous écris pour savoir si vous avez un poste pour moi dans "
    "votre équipe. Je vous joins mon CV. Merci beaucoup pour votre temps.",
    "German": "Sehr geehrte Frau Weber, ich würde mich sehr freuen, wenn Sie eine Stelle für "
    "mich in Ihrem Team hätten. Meinen Lebenslauf habe ich angehängt. Vielen Dank!",
    "Portuguese": "Olá Sr. Costa, gostaria de saber se você tem alguma vaga para mim na sua "
    "empresa. Envio o meu currículo em anexo. Muito obrigado pela atenção.",
    "Polish": "Szanowna Pani, chciałabym zapytać, czy jest wolne stanowisko w Pani zespole. "
    "Załączam moje CV. Dziękuję bardzo za poświęcony czas.",
    "Chinese, Japanese or Korean": "王老师您好，我想问一下贵公司是否有适合我的职位。"
    "我附上了我的简历。非常感谢您的时间！",
}
QUESTIONS = {
    "Spanish": "¿Cómo empezó usted a trabajar en este sector?",
    "French": "Comment avez-vous commencé dans ce métier ?",
    "German": "Wie sind Sie zu diesem Beruf gekommen?",
    "Portuguese": "Como você começou a trabalhar nessa área?",
    "Polish": "Jak zaczęła Pani pracę w tej branży?",
    "Chinese, Japanese or Korean": "你在这个行业工作多久了？",
}


@pytest.mark.parametrize(("name", "text"), OTHER_LANGUAGES.items())
@pytest.mark.parametrize("check", [check_request, check_thank_you, check_question])
def test_another_language_gets_one_plain_finding(check, name, text):
    """One not-english finding naming the language, never a misleading 'nothing to fix'."""
    [finding] = check(text)
    assert finding.rule == NOT_ENGLISH
    assert name in finding.message and "English only" in finding.message
    assert tips(text) == []


@pytest.mark.parametrize(("name", "question"), QUESTIONS.items())
def test_a_question_in_another_language_is_named_too(name, question):
    """Even a one-line question is recognised, and a list says so line by line."""
    assert language(question) == name
    [(_, _, found)] = check_question_list(question)
    assert [f.rule for f in found] == [NOT_ENGLISH]


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        (
            "Kia ora Aroha,\n\nThank you for walking the paddocks with me and for your tip "
            "about soil testing.\n\nNgā mihi nui,\nHemi",
            [],
        ),
        (
            "Dear Señor Núñez, thank you for the tour of the bodega in Jerez. Your tip about "
            "the solera system was exactly what I needed. ¡Muchas gracias! Ana",
            [],
        ),
        (
            "Querida Dra. Pérez,\n\nMerci for the chat about the Lisbon project! Could you "
            "forward my CV to your hiring manager?\n\nGracias,\nSofía",
            ["job-request"],
        ),
    ],
)
def test_english_with_foreign_names_and_greetings_is_checked(text, rules):
    """A greeting, a sign-off or a place name in another language leaves a note English."""
    assert language(text) is None
    assert [f.rule for f in check_thank_you(text)] == rules


@pytest.mark.parametrize("text", ["", "Hi", "¿Qué tal?", "Merci!", "12:30", "???"])
def test_too_short_to_tell_is_read_as_english(text):
    """A text too short to tell is not called another language."""
    assert language(text) is None
