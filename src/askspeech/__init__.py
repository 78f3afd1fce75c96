"""askspeech: ask questions about a corpus of Chinese speeches; every answer cites verbatim
passages.

    >>> import askspeech
    >>> a = askspeech.answer("篇七讲话中,村干部报酬要落实什么制度?")
    >>> a.text, [(c.passage.speech, c.passage.paragraph, c.quote) for c in a.citations]
"""

from askspeech.answer.types import Answer, Citation
from askspeech.api import answer, answer_stream, as_retriever, retrieve, speech, speeches
from askspeech.config import Settings, get_settings
from askspeech.ingest.chunking import Passage
from askspeech.ingest.corpus import CorpusError, Speech
from askspeech.store import IndexUnavailableError, SpeechText

__all__ = [
    "Answer",
    "Citation",
    "CorpusError",
    "IndexUnavailableError",
    "Passage",
    "Settings",
    "Speech",
    "SpeechText",
    "answer",
    "answer_stream",
    "as_retriever",
    "get_settings",
    "retrieve",
    "speech",
    "speeches",
]
__version__ = "0.1.0"
