"""Reading a conversation: earlier questions and answers, and whether a new question follows
them.

History is a list of chat messages (``{"role": "user"|"assistant", "content": str}``, as Gradio
and OpenAI hold them) or of ``(question, answer)`` pairs. An assistant message may carry the
`Answer` it showed under the key ``"answer"`` (the web chat and `askspeech eval` pass it); when
it does not, the previous answer is recomputed from the previous question, which gives the same
answer on the same index.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from askspeech.answer.types import Answer
from askspeech.text.zh import PLACEHOLDERS, YAO_POINT

History = Sequence[Mapping[str, Any] | tuple[str, str] | list[str]]

# The words by which a question asks something of its own ("怎么说的"), not "呢" alone.
# ("多长时间", "多大": how long, how large, asked as "多少" asks how many)
_QUESTION_WORD = r"(?:怎|咋|什么|啥|哪|多[少长久大高远]|几|为何|如何|是否|谁|干嘛|干吗)"
# The measure words an item of a list is counted by: "第二点", "第三种" (抓法), "第一层" (意思).
_ITEM_MEASURES = "点条项个部块种类层招"
_ASKS_OWN = re.compile(
    rf"{_QUESTION_WORD}|\b(?:what|how|which|who|when|where|why)\b(?!\s+about)", re.IGNORECASE)
_FOLLOW_UP = re.compile(
    # ("具体亮哪三样?": the details of what was just said)
    r"^(那|那么|这么|这样|这是|还有|另外|其中|此外|再|然后|除了|其余|剩下|剩余|换成|换到|轮到|具体|"
    # "都是在哪些企业里建的?": all of what was just said
    r"都(?=是|有|在|叫|包括|指|分别)|"
    r"and\b|so\b|what about|how about|and what|also\b"
    # "Same question for Anhui?", "同样的问题,耒阳呢?": the last question again
    r"|(?:the )?same (?:question|thing|query)|同样的?问题|一样的问题)"
    # "平均年龄呢?", "农村呢?": a bare topic with 呢 asks the previous question about it
    # (not "报酬怎么定呢?", a question of its own)
    rf"|^(?!.*{_QUESTION_WORD})[^,，。?？]{{1,8}}呢[?？]?$"
    # "社区那边呢?换了多少个?": a topic put with "那边呢" opening it, then its own question
    # (not a speech: "篇七那边呢?用啥办法…?" asks its own question of it)
    r"|^(?![^,，。?？]*篇)[^,，。?？]{1,8}(?:那边|这边|那块|这块|那头)呢"
    r"|(它|它们|他们|她们|这个|这些|那个|那些|该|上述|前者|后者|(?:第[一二三四五六七八九十\d]+|头一"
    # "最后一条具体怎么要求的?": the last item of the list just quoted
    rf"|(?:最后|末尾|最末)的?[一那这]?一?)[{_ITEM_MEASURES}件步对支]"
    # "第四要里…": the fourth of points made "一要…二要…"
    rf"|第[一二三四五六七八九十\d]+{YAO_POINT})"
    # "这里面点了哪几家企业?": among what was just said
    r"|[这那](?:里面|里头|里边|当中|其中)"
    # "他在那里还做了什么?": the person or the place just named (not "其他", "他人", "吉他")
    r"|(?<![其吉利])[他她](?![们人])|那(?:里|儿)"
    # "那批干部", "这项制度", "城乡那一块": a demonstrative with a measure word (not "那篇", a
    # speech)
    r"|[这那]一?(?:批|位|项|条|种|件|类|支|对|拨|份|块|部分|方面|几[个条项点种类样]"
    # "讲这段之前…", not "这段时间" (a period)
    r"|段(?!时间|时期|日子))"
    r"|[这那]一[点个圈套摊轮趟]"
    # "同一轮里精简掉多少人?": the same round, year, … as was just asked of
    r"|同一[轮次批年届回]"
    # "这话是谁说的?": the words just quoted (not "这话题")
    r"|[这那](?:句|番)?话(?!题)|[这那]句"
    # "篇四里又是怎么规定的?": what was just asked, asked in turn of another speech
    r"|^[^,，。?？]{1,8}?又是?(?:怎么|怎样|如何|咋)"
    # "要是自查查出毛病来呢?": what if, of what was just said
    r"|^(?:那)?(?:要是|如果|假如|万一)[^?？]{0,20}呢[?？]?$"
    # "下一对呢?", "前一条": the item beside one just quoted
    r"|(?:下|上|前|后)一[条项点个对支拨]"
    # "头两个是啥?": the first items of the list just quoted
    r"|[前头](?:两|[二三四五六七八九])[个条项点种类样]"
    # "这两回选举", "那三条": things counted just before
    r"|[这那](?:两|[二三四五六七八九十几])[回次个条项点种类批位件样]"
    # "What happened to the review results there?": the place just named (not "Is there…",
    # nor "while the team was there", where the sentence says whose place)
    r"|(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bgo )(?<!\bwent )"
    r"\bthere(?=\s*[?.!,]|$)"
    # a person just named ("What else did he do…")
    r"|\b(it|its|they|them|that|those|this|these|he|him|his|she|her"
    r"|the (?:first|second|third|fourth|fifth|last|final|middle)"
    r"(?: one)?|more about|say more|elaborate"
    # an item of the list just quoted, named by what it is about ("the vanadium-titanium
    # one", "the one about industry"; not "the number one task")
    r"|the (?!number\b)[\w-]+(?: [\w-]+)? one(?! of\b)"
    r"|the one (?:about|on|with|for|that|which|where)"
    # or by its place in the list ("Which one is listed third?")
    r"|(?:listed|comes|coming|placed|ranked) (?:first|second|third|fourth|fifth|sixth|last)"
    # an item named by its number ("explain number three")
    # ("in position two")
    r"|(?:number|item|point|position|no\.)\s*"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|[1-9]))\b",
    re.IGNORECASE,
)
# "篇五第二部分", "Speech 5's second part": a part named with its speech refers to nothing earlier.
_OWN_PART = re.compile(
    r"(?:篇[一二三四五六七八九十\d]+|第[一二三四五六七八九十\d]+篇)(?:讲话)?[的中里]?"
    rf"(?:第[一二三四五六七八九十\d]+|最后一?)[{_ITEM_MEASURES}]"
    r"|\bspeech\s*\d+'?s?,?\s+(?:first|second|third|fourth|fifth|last)\b"
    r"|\b(?:the )?(?:first|second|third|fourth|fifth|last) part of (?:the )?speech\s*\d+",
    re.IGNORECASE)
# A follow-up is short; English says the same in more characters.
FOLLOW_UP_MAX_CHARS = 30
FOLLOW_UP_MAX_CHARS_EN = 90
# A first question this short that leans on something earlier ("那第二点呢?") cannot be
# answered without it.
DANGLING_MAX_CHARS = 12
DANGLING_MAX_CHARS_EN = 40
_LATIN = re.compile(r"[A-Za-z]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
ELLIPTICAL_MAX_CHARS = 8  # "不能卡哪些条件": a verb and a question word, no subject
_NAMES_ITS_OWN = re.compile(r"篇|第[一二三四五六七八九十\d]+篇|[“”\"'‘’《》]")


def previous_questions(history: History | None) -> list[str]:
    """The user's earlier questions, oldest first, from messages or (user, bot) pairs."""
    out: list[str] = []
    for turn in history or ():
        if isinstance(turn, Mapping):
            if turn.get("role") == "user" and isinstance(turn.get("content"), str):
                out.append(str(turn["content"]))
        elif isinstance(turn, (tuple, list)) and turn and isinstance(turn[0], str):
            out.append(turn[0])
    return out


def previous_answer(history: History | None) -> Answer | None:
    """The `Answer` the last assistant turn carries, if it carries one."""
    for turn in reversed(history or ()):
        if isinstance(turn, Mapping) and turn.get("role") == "assistant":
            found = turn.get("answer")
            return found if isinstance(found, Answer) else None
        if isinstance(turn, Mapping) and turn.get("role") == "user":
            return None
    return None


def before_last_question(history: History | None) -> list[Any]:
    """The history as it stood when the last question was asked."""
    turns = list(history or ())
    for i in range(len(turns) - 1, -1, -1):
        turn = turns[i]
        if (isinstance(turn, Mapping) and turn.get("role") == "user") or isinstance(
                turn, (tuple, list)):
            return turns[:i]
    return []


def _english(question: str) -> bool:
    return len(_LATIN.findall(question)) > len(question) / 2


def _leans_back(question: str) -> bool:
    return bool(_FOLLOW_UP.search(_OWN_PART.sub(" ", question)))


# "为啥要赶得这么紧?": a manner or degree pointing at what was just said, its consequence
# or purpose ("…会闹出什么后果?", "图个啥?"); in a conversation only (a first "为什么党建
# 这么重要?" is no question about something earlier)
_SO = re.compile(r"这么|这样|那样|如此|(?:什么|啥)后果|会(?:怎样|怎么样|咋样)|图(?:个)?(?:啥|什么)"
                 # or an example of it ("…能举个例子吗?", "Any examples?")
                 r"|为了(?:啥|什么)|举(?:个|几个)?例|举了?[^?？]{1,12}例子|比如说?呢"
                 # ("有具体例子吗?", "有没有实例?")
                 r"|有(?:没有)?(?:什么|啥)?(?:具体)?的?(?:例子|事例|实例)"
                 # or the examples it named ("举了哪几家企业?")
                 r"|举了?(?:哪[几些]|什么|啥)"
                 r"|\b(?:for )?(?:an )?examples?\b"
                 # or a request to go through it item by item ("能一条条列一下吗", "list them
                 # one by one")
                 r"|一([条项个点])\1|逐[条项个一]|挨个|列(?:一下|出来)|\bone by one\b"
                 r"|\blist them\b")


def is_follow_up(question: str) -> bool:
    english = _english(question)
    limit = FOLLOW_UP_MAX_CHARS_EN if english else FOLLOW_UP_MAX_CHARS
    if _CONTINUES.match(question) and _leans_back(question):
        limit *= 2  # "And how should … so they don't pull those graduates away…?"
    elif english and _PRONOUN_SUBJECT.match(question):
        # "What are they warned not to substitute for that work, and what … their visits?":
        # asked of someone not named in it, a long English question still follows (not "How
        # should measures be designed so that they…", where "they" are the measures)
        limit *= 2
    return len(question) <= limit and (_leans_back(question) or bool(_SO.search(question)))


# An English question whose subject is a pronoun, within its first words ("What are they…",
# "Why does it…").
_PRONOUN_SUBJECT = re.compile(r"^\W*(?:[a-z]+\s+){0,3}(?:they|it|he|she)\b", re.IGNORECASE)
# A question that opens by continuing the conversation ("And …", "OK, and …", "那么…",
# "好的,那…"): it may run long.
_CONTINUES = re.compile(r"(?:(?:ok(?:ay)?|right|well|thanks|got it)\W+)?(?:and|so|but)\b"
                        r"|(?:好的?|行|嗯)?[,，]?(?:那么?|那就|还有)", re.IGNORECASE)


# A total asked of nothing named ("一共砸进去多少钱?"): the total of what was just asked about.
_TOTAL = re.compile(r"一共|总共|加起来|合计|共计")


# A count asked of nothing named ("分了几条?", "一共有几点?"): how many of what was just
# quoted there are.
_COUNT_OF_IT = re.compile(r"^(?:那么?|这)?(?:一共|总共)?"
                          r"(?:是|分(?:成|为)?|有|包括|包含|讲|列|提)?了?(?:几|多少)[个大]?(?:条|项|点|块|部分|方面|样|种|个)"
                          r"(?:意见|措施|内容|要求)?(?:呢|啊)?[?？]?$")


def asks_count_of_it(question: str) -> bool:
    """A question counting the items of nothing it names: in a conversation, of what was
    just said."""
    return bool(_COUNT_OF_IT.match(question.strip()))


def asks_total_of_it(question: str) -> bool:
    """An elliptical question asking a total: in a conversation, of what was just asked,
    however colloquial its verb ("砸进去" is no word of the speeches')."""
    return is_elliptical(question) and bool(_TOTAL.search(question))


def is_elliptical(question: str) -> bool:
    """A question too short to say what it is about ("不能卡哪些条件?", "去了多少人?"):
    in a conversation, about what was just asked when it is in the speeches' words (the API
    checks that: "明天天气怎么样?" is not). Not one naming a speech or quoting a term: those
    say what they are about."""
    # (each of two such questions in one: "钱从哪儿来的?一共投了多少?")
    parts = [p for p in re.split(r"[?？]", question) if _CJK.search(p)]
    return (not _english(question) and bool(parts)
            and all(len(_CJK.findall(p)) <= ELLIPTICAL_MAX_CHARS for p in parts)
            and not _NAMES_ITS_OWN.search(question))


# How a question asks ("多长时间", "怎么样", "哪些", "哪些东西"): no word of its topic, and
# often none of the speeches' ("多长时间" is no word of theirs; "要学" is).
_ASKING = re.compile(rf"(?:什么|啥|哪些)(?:{'|'.join(PLACEHOLDERS)})|"
                     r"多长时间|多久|多少|几[个名人项次条位天年]?|怎么样|怎么|怎样|咋样|咋|如何|"
                     r"为什么|为啥|什么时候|啥时候|什么|啥|哪些|哪里|哪儿|哪个|哪|谁|吗|呢")


def topic_words(question: str) -> str:
    """The question without the words by which it asks: what it is about."""
    return _ASKING.sub(" ", question)


def asks_own(question: str) -> bool:
    """Whether a follow-up asks a question of its own ("那篇三对离任村干部怎么说的?") rather
    than the previous one again about something else ("那篇三呢?", "What about Speech 5?")."""
    return bool(_ASKS_OWN.search(question))


def is_dangling(question: str) -> bool:
    """A first question that only makes sense after another ("那第二点呢?"); not an English
    keyword query naming what it is about ("Shaya six vetoes: the first three")."""
    english = _english(question)
    limit = DANGLING_MAX_CHARS_EN if english else DANGLING_MAX_CHARS
    named = english and any(w not in _OPENERS for w in _CAPITALISED.findall(question))
    # (nor one naming the speech it asks something of: "篇五那个会是谁召开的?"; "那篇五呢?"
    # asks nothing of its own)
    named = named or bool(_SPEECH_NAMED.search(question) and asks_own(question))
    return len(question) <= limit and _leans_back(question) and not named


_SPEECH_NAMED = re.compile(r"篇[一二三四五六七八九十]|第[一二三四五六七八九十\d]篇")


# Capitalised words that name something (a place, "Speech"), not the word opening a question.
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{2,}\b")
_OPENERS = frozenset({"What", "Which", "How", "And", "But", "The", "Then", "Why", "Who", "When",
                      "Where", "Does", "Did", "Can", "Could", "Tell", "Okay", "Also", "Next",
                      "Now", "Please", "Give", "Show", "Any", "Anything", "Else", "Same", "That",
                      "This", "They", "Its", "Are", "Was", "Were", "Explain", "More"})


# The words by which a follow-up says it asks the previous question again ("Same question for
# Anhui?", "同样的问题,耒阳呢?"): no topic of their own ("question" is no 问题 asked about).
_ASKED_AGAIN = re.compile(r"\b(?:the )?same (?:question|thing|query)s?\b|\bsame\b|\bagain\b"
                          r"|(?:同样|一样|同一个?)的?(?:问题|问法)|同样地?问", re.IGNORECASE)


def asked_again(question: str) -> str:
    """A follow-up asking the previous question again, without the words saying so."""
    return _ASKED_AGAIN.sub(" ", question)


def search_query(question: str, history: History | None) -> str:
    """What retrieval searches for: a follow-up ("那第二点呢?") is read together with the
    question it follows."""
    earlier = previous_questions(history)
    if earlier and is_follow_up(question):
        return f"{earlier[-1]} {question}"
    return question
