"""Is this text in English? A light guess from the script and from common short words.

The checks read English only, so a text in another language must get a plain "this was not
checked" rather than a misleading "nothing to fix". The guess needs no dictionary or model:
most of any sentence is made of short function words ("the", "and", "de", "und", "się"), and
which language's function words dominate says which language it is. A greeting, a name or a
sign-off in another language ("Kia ora", "Merci d'avance", "Gracias") leaves an English text
English, and a text too short to tell is taken as English.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Function words of English: only ones that are not also common in the languages below.
_ENGLISH = frozenset(
    """
    the and of to is are was were be been being you your yours i'm i've i'd i'll it's that
    this these those with for from at by about as would could should will can do does did
    have has had not what how why when where which who whom my our we they them their there
    here if or but so an any some all very much many more most also just than then into over
    after before because while during up out off only other such own same too again further
    once thank thanks please time minutes hello dear hi regards best wishes kind sincerely
    yours truly it its he she his her him me us
    """.split()
)

#: Function words of other languages the workshop's participants often write in.
_OTHERS: dict[str, frozenset[str]] = {
    "Spanish": frozenset(
        """
        el la los las un una unos unas y que del al por para con sin su sus mi mis tu es
        está estoy soy muy más pero como cuando donde quien también gracias hola usted ustedes
        le les lo se nos mucho trabajo quisiera puedo podría sería hoy ya esta este estos
        estas eso esa ese porque sobre hasta desde entre saludos atentamente adjunto hay
        """.split()
    ),
    "French": frozenset(
        """
        le la les un une des du et est sont je vous nous il elle ils elles pour avec dans sur
        que qui mon ma mes votre vos notre nos pas ne merci bonjour suis sommes au aux ce cette
        ces mais ou où très bien aussi comme quand parce cordialement madame monsieur serait
        pourriez voudrais j'ai c'est n'est qu'il d'un d'une l'entreprise vos leur leurs
        """.split()
    ),
    "German": frozenset(
        """
        der die das und ich sie mit für ist ein eine einen einem zu von den dem nicht mein
        meine ihr ihre ihnen auf bei wir auch sehr danke bitte guten würde können könnten
        sind bin habe haben hat wie was wenn oder aber noch nur schon über unter mich mir
        dich dir uns euch sich freundlichen grüßen herr frau liebe lieber gerne möchte
        """.split()
    ),
    "Portuguese": frozenset(
        """
        o os um uma uns umas e que da do das dos para com não eu você vocês meu minha meus
        minhas seu sua seus suas em no na nos nas por muito obrigado obrigada gostaria olá
        bom dia tarde está estou sou é são mas como quando onde também mais isso esse essa
        este esta agradeço atenciosamente trabalho poderia seria pelo pela
        """.split()
    ),
    "Italian": frozenset(
        """
        il lo gli una uno e che di del della dei delle per con non io lei mio mia miei tuo
        suo sua è sono ma come quando dove anche più molto grazie buongiorno vorrei potrebbe
        sarebbe nel nella questo questa cordiali saluti gentile
        """.split()
    ),
    "Dutch": frozenset(
        """
        de het een en van ik je jij u uw wij zij met voor niet dat die dit zijn ben heb heeft
        op aan bij ook maar als wat hoe wanneer waar graag dank bedankt groeten vriendelijke
        mijn onze zou kunnen
        """.split()
    ),
    "Polish": frozenset(
        """
        w z na się nie że jest jak mnie pan pani czy mój moja moje bardzo dziękuję
        proszę jestem chciałbym chciałabym od po za dla ale co kiedy gdzie też już
        tak się ze we są był była być mam może mogę pracy pracę dzień dobry pozdrawiam
        szanowna szanowny państwa
        """.split()
    ),
    "Turkish": frozenset(
        """
        ve bir bu da de ile için çok ben siz sizin benim ama gibi daha ne nasıl teşekkür
        teşekkürler ederim merhaba saygılarımla olarak olan var yok iş mi mı
        """.split()
    ),
    "Indonesian": frozenset(
        """
        dan yang di ke dari untuk dengan ini itu saya anda kami tidak ada akan bisa juga
        terima kasih selamat pagi siang bapak ibu
        """.split()
    ),
}

# Scripts other than Latin: a text mostly in one of them is not English.
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
#: The fewest words a Latin-script text needs before its language is guessed.
MIN_WORDS = 4


def _script(character: str) -> str:
    """Name the script of a letter from its Unicode name ("CJK", "CYRILLIC", "LATIN" …)."""
    name = unicodedata.name(character, "")
    if name.startswith(("CJK", "HIRAGANA", "KATAKANA", "HANGUL")):
        return "Chinese, Japanese or Korean"
    return name.split(" ", 1)[0].capitalize() or "unknown"


@lru_cache(maxsize=256)
def language(text: str) -> str | None:
    """Return the name of the language the text seems to be in, or None for English.

    None also when the text is too short to tell. A text mostly in a script other than
    Latin returns that script's name ("Chinese, Japanese or Korean", "Cyrillic", "Arabic").
    """
    letters = _LETTER.findall(text)
    if not letters:
        return None
    latin = sum(1 for c in letters if _LATIN.match(c))
    if latin < len(letters) / 2:
        scripts: dict[str, int] = {}
        for character in letters:
            if not _LATIN.match(character):
                script = _script(character)
                scripts[script] = scripts.get(script, 0) + 1
        return max(scripts, key=lambda s: scripts[s])
    words = [w.lower().replace("\u2019", "'") for w in _WORD.findall(text)]
    if len(words) < MIN_WORDS:
        return None
    english = sum(1 for w in words if w in _ENGLISH)
    best, hits = max(
        ((name, sum(1 for w in words if w in vocabulary)) for name, vocabulary in _OTHERS.items()),
        key=lambda pair: pair[1],
    )
    # Another language wins only on clear evidence: more of its words than of English ones,
    # and a fair share of the whole text.
    if hits > english and hits >= max(2, 0.2 * len(words)):
        return best
    return None
