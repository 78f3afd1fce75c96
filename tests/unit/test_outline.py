"""Behaviour tests for zh.py and outline.py: small synthetic texts per rule, then the structure
read by hand from the eight real speeches (speeches.json beside this file).

(Over 400 lines: one short case per outline rule, then the real speeches' expected structure.)"""

from __future__ import annotations

import json
import random

import pytest

from askspeech.ingest.outline import (
    OutlineNode,
    deepest_at,
    family_of,
    found_count,
    from_dict,
    iter_nodes,
    list_items,
    parse_outline,
    path_to,
    siblings,
    to_dict,
)
from askspeech.text.zh import (
    LAST,
    announced_count,
    chinese_number,
    chinese_numeral,
    is_lead_in,
    leading_marker,
    marker_at,
    sentence_spans,
)
from tests.conftest import shipped_speeches

# --------------------------------------------------------------------------- helpers


def text_of(paragraphs: list[str]) -> str:
    return "\n".join(paragraphs)


def marked(root: OutlineNode) -> list[OutlineNode]:
    return [n for n in iter_nodes(root) if n.marker]


def by_marker(root: OutlineNode, marker: str) -> list[OutlineNode]:
    return [n for n in iter_nodes(root) if n.marker == marker]


def one(root: OutlineNode, marker: str) -> OutlineNode:
    found = by_marker(root, marker)
    assert len(found) == 1, [(n.marker, n.heading[:10]) for n in found]
    return found[0]


def top_items(root: OutlineNode) -> list[OutlineNode]:
    """Marked nodes directly under the root, looking through lead-ins."""
    out: list[OutlineNode] = []
    for c in root.children:
        out.extend(top_items(c) if c.kind == "lead_in" else [c])
    return out


def lead_ins(root: OutlineNode) -> list[OutlineNode]:
    return [n for n in iter_nodes(root) if n.kind == "lead_in"]


def check_invariants(root: OutlineNode, text: str) -> None:
    """What every tree must satisfy, whatever the input."""
    assert root.kind == "root" and root.start == 0 and root.end == len(text)
    for node in iter_nodes(root):
        if node.kind != "root":
            assert node.start < node.end <= len(text)
            assert text[node.start:node.start + len(node.marker)] == node.marker
            assert node.heading == "" or node.heading in text[node.start:node.end]
            assert node.paragraph == text.count("\n", 0, node.start) + 1
        prev_end = node.start
        for c in node.children:
            assert node.start <= c.start and c.end <= node.end, (node.heading, c.heading)
            assert c.start >= prev_end, "siblings overlap"
            assert c.level == node.level + 1
            prev_end = c.end


# --------------------------------------------------------------------------- zh: numbers


@pytest.mark.parametrize(("s", "n"), [
    ("三", 3), ("十", 10), ("十二", 12), ("二十", 20), ("二十三", 23), ("两", 2),
    ("一百零五", 105), ("12", 12), ("１２", 12), ("零", 0),
])
def test_chinese_number_reads_numerals(s: str, n: int) -> None:
    assert chinese_number(s) == n


@pytest.mark.parametrize("s", ["", "二三", "十十", "第一", "abc", "几"])
def test_chinese_number_rejects_non_numbers(s: str) -> None:
    assert chinese_number(s) is None


@pytest.mark.parametrize(("n", "s"), [(3, "三"), (10, "十"), (12, "十二"), (20, "二十"),
                                      (105, "一百零五"), (110, "一百一十")])
def test_chinese_numeral_writes_ordinals(n: int, s: str) -> None:
    assert chinese_numeral(n) == s
    assert chinese_number(s) == n


# --------------------------------------------------------------------------- zh: markers


@pytest.mark.parametrize(("text", "family", "ordinal", "marker"), [
    ("一、总体要求", "heading", 1, "一、"),
    ("（二）加强领导", "paren", 2, "（二）"),
    ("(三)加强领导", "paren", 3, "(三)"),
    ("1.提高认识", "arabic", 1, "1."),
    ("2、提高认识", "arabic", 2, "2、"),
    ("3．提高认识", "arabic", 3, "3．"),
    ("（1）细则", "paren_arabic", 1, "（1）"),
    ("第一，要坚持", "di", 1, "第一，"),
    ("第二、要坚持", "di", 2, "第二、"),
    ("第三,要坚持", "di", 3, "第三,"),
    ("第四是要坚持", "di", 4, "第四"),
    ("一是加强学习", "shi", 1, "一是"),
    ("十二是加强学习", "shi", 12, "十二是"),
    ("二要压实责任", "yao", 2, "二要"),
    ("一方面,要把握", "fangmian", 1, "一方面"),
    ("首先,要把握", "sequence", 1, "首先"),
    ("其次,要把握", "sequence", 2, "其次"),
    ("再次,要把握", "sequence", 3, "再次"),
])
def test_marker_at_reads_each_family(text: str, family: str, ordinal: int, marker: str) -> None:
    m = marker_at(text, 0)
    assert m is not None
    assert (m.family, m.ordinal, m.text, m.length) == (family, ordinal, marker, len(marker))


def test_last_markers_say_the_list_ends() -> None:
    m = marker_at("最后,要把握", 0)
    assert m is not None and m.ordinal == LAST and m.last
    m = marker_at("。另一方面,要把握", 1)
    assert m is not None and m.family == "fangmian" and m.ordinal == 2 and m.last


@pytest.mark.parametrize("text", [
    "。第一书记要驻村", "。第一次会议", "。第一线工作", "。第一时间赶到", "。第一责任人要履职",
    "。第一要务是发展", "。第一要义是发展",
])
def test_first_secretary_and_friends_are_not_markers(text: str) -> None:
    assert marker_at(text, 1) is None


@pytest.mark.parametrize(("text", "pos"), [
    ("村党组织第一书记", 4),  # not at a sentence start
    ("发展是第一要务", 3),
    ("党的统一是根本", 3),  # "一是" inside 统一是
    ("组织部门的同志首先要理解", 7),  # 首先 mid-sentence
    ("病毒肆虐,首先就必须依靠", 5),  # 首先 after a comma is prose
    ("在这一方面", 3),
    ("1.5万元", 0),  # a decimal, not "1."
])
def test_markers_need_a_sentence_start(text: str, pos: int) -> None:
    assert marker_at(text, pos) is None


def test_leading_marker_skips_whitespace() -> None:
    m = leading_marker("  （三）加强领导")
    assert m is not None and m.text == "（三）"
    assert leading_marker("加强领导") is None


# --------------------------------------------------------------------------- zh: sentences


def test_sentence_spans_split_on_sentence_ends() -> None:
    text = "甲。乙！丙？丁；戊"
    assert [text[s:e] for s, e in sentence_spans(text)] == ["甲。", "乙！", "丙？", "丁；", "戊"]


def test_sentence_spans_keep_quotes_whole_and_own_the_closing_quote() -> None:
    text = "他指出:“要抓好。不能放松。”我们要落实。"
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "他指出:“要抓好。不能放松。”", "我们要落实。"]


def test_sentence_spans_break_at_newlines() -> None:
    text = "第一段没有句号\n第二段。"
    assert [text[s:e] for s, e in sentence_spans(text)] == ["第一段没有句号", "第二段。"]


# --------------------------------------------------------------------------- zh: lead-ins


@pytest.mark.parametrize(("sentence", "count"), [
    ("下面,我讲三点意见。", 3),
    ("要着力抓好以下三个方面的工作:", 3),
    ("概括起来有这么五个挑战:", 5),
    ("应该突出这么“三个先”:", 3),
    ("要做到“四个到位”。", 4),
    ("重点抓好以下几项工作", None),
    ("主要有以下几点:", None),
    ("下面,我讲三个方面的意见。", 3),
    ("当前,重点要从四个方面抓好村级班子建设。", 4),
])
def test_announced_count_reads_lead_ins(sentence: str, count: int | None) -> None:
    assert announced_count(sentence) == count
    assert is_lead_in(sentence)


@pytest.mark.parametrize("sentence", [
    "这是一个很重要的原因。",
    "我们要贯彻“三个代表”重要思想。",
    "工作取得了明显成效。",
])
def test_ordinary_sentences_are_not_lead_ins(sentence: str) -> None:
    assert not is_lead_in(sentence)


def test_slogans_do_not_count() -> None:
    assert announced_count("贯彻“三个代表”重要思想。") is None


# --------------------------------------------------------------------------- outline rules


def test_items_span_following_unmarked_paragraphs() -> None:
    paras = [
        "一、加强组织建设",
        "第一,要选好书记。书记是关键。",
        "这一段没有标记,仍属于第一项。",
        "第二,要管好党员。",
        "二、加强作风建设",
        "作风建设的内容。",
    ]
    root = parse_outline(paras)
    text = text_of(paras)
    check_invariants(root, text)
    first = one(root, "第一,")
    assert first.kind == "item" and first.heading == "要选好书记。"
    assert text[first.start:first.end] == (
        "第一,要选好书记。书记是关键。\n这一段没有标记,仍属于第一项。")
    second = one(root, "第二,")
    assert text[second.start:second.end] == "第二,要管好党员。"
    heading1 = one(root, "一、")
    assert heading1.kind == "heading" and heading1.heading == "加强组织建设"
    assert [c.marker for c in heading1.children] == ["第一,", "第二,"]
    assert text[heading1.start:heading1.end].endswith("第二,要管好党员。")
    assert [n.marker for n in top_items(root)] == ["一、", "二、"]


def test_inline_items_split_one_paragraph_and_the_last_runs_to_its_end() -> None:
    paras = ["主要做法:一是抓学习,提高素质;二是抓制度。制度要管用。三是抓落实。落实要到位。",
             "下一段。"]
    root = parse_outline(paras)
    text = text_of(paras)
    check_invariants(root, text)
    items = [n for n in iter_nodes(root) if n.kind == "item"]
    assert [text[n.start:n.end] for n in items] == [
        "一是抓学习,提高素质;", "二是抓制度。制度要管用。", "三是抓落实。落实要到位。"]
    assert [n.heading for n in items] == ["抓学习,提高素质;", "抓制度。", "抓落实。"]


def test_inline_list_continues_into_a_broken_next_paragraph() -> None:
    # Scrapes break paragraphs mid-list: "一是" in one, "二是" in the next.
    paras = ["(二)提高素质。要办好培训班。一是办学历班,从村干部中。",
             "精选学员参加培训。二是抓好队伍培训;三是搞好双语培训。"]
    root = parse_outline(paras)
    check_invariants(root, text_of(paras))
    item = one(root, "(二)")
    assert [c.marker for c in list_items(item)] == ["一是", "二是", "三是"]


def test_lead_in_with_count_wraps_its_items() -> None:
    paras = [
        "一、全面完成建设任务",
        "这是今年的重点。要着力抓好以下三个方面的工作:",
        "第一,提高认识。内容。",
        "第二,加快进度。内容。",
        "第三,处理好关系。内容。",
    ]
    root = parse_outline(paras)
    text = text_of(paras)
    check_invariants(root, text)
    (lead,) = lead_ins(root)
    assert lead.heading == "要着力抓好以下三个方面的工作:"
    assert lead.announced == 3 and found_count(lead) == 3
    assert text[lead.start:lead.start + len(lead.heading)] == lead.heading
    assert [c.marker for c in lead.children] == ["第一,", "第二,", "第三,"]
    assert path_to(root, text.index("加快进度"))[-2:] == [lead, lead.children[1]]


def test_numbered_items_whose_numerals_the_scrape_lost_are_numbered_in_order() -> None:
    # "(二)建设标准规范。" scraped as "()建设标准规范。"; the first item, right after the colon
    # of the sentence announcing six, was never marked
    paras = ["(六)加快建设。要努力做到“四规范”,即:工程技术规范。一是选址;二是签合同;"
             "()建设标准规范。一是大村;二是小村。()“四室两场”规范。一是“四室”。"
             "()土地审批手续规范。凡在规划图内的,必须有合法手续。"]
    root = parse_outline(paras)
    text = text_of(paras)
    check_invariants(root, text)
    (lead,) = lead_ins(root)
    items = list_items(lead)
    assert [n.ordinal for n in items] == [1, 2, 3, 4]
    assert {family_of(n) for n in items} == {"blank"}
    assert [n.heading for n in items] == [
        "工程技术规范。", "建设标准规范。", "“四室两场”规范。", "土地审批手续规范。"]
    # each "一是…" list sits inside its own item
    assert [c.marker for c in items[0].children] == ["一是", "二是"]
    assert [c.marker for c in items[1].children] == ["一是", "二是"]
    assert "合法手续" in text[items[3].start:items[3].end]
    # one "()" alone is no list, and text without one keeps its old outline
    single = ["要做到:()建设标准规范。一是大村;二是小村。"]
    assert not [n for n in iter_nodes(parse_outline(single)) if family_of(n) == "blank"]


def test_opinion_announcement_covers_headings_in_later_paragraphs() -> None:
    paras = [
        "同志们:",
        "今天召开会议。下面,我讲三点意见。",
        "这是开场的一段。",
        "一、统一思想",
        "内容一。",
        "二、明确任务",
        "内容二。",
        "三、加强领导",
        "内容三。",
        "同志们,让我们共同努力!",
    ]
    root = parse_outline(paras)
    text = text_of(paras)
    check_invariants(root, text)
    (lead,) = lead_ins(root)
    assert lead.announced == 3 and found_count(lead) == 3
    assert [c.marker for c in lead.children] == ["一、", "二、", "三、"]
    # The closing address is not part of section three.
    assert "让我们" not in text[lead.children[-1].start:lead.children[-1].end]
    assert deepest_at(root, text.index("让我们")) is root


def test_fewer_items_than_announced_are_kept() -> None:
    paras = ["下面,我讲三点意见。", "一、统一思想", "内容。", "二、明确任务", "内容。"]
    root = parse_outline(paras)
    (lead,) = lead_ins(root)
    assert lead.announced == 3 and found_count(lead) == 2


def test_heading_that_announces_its_items_carries_the_count() -> None:
    paras = ["第三,处理好三个关系。一要处理甲的关系。二要处理乙的关系。三要处理丙的关系。"]
    root = parse_outline(paras)
    item = one(root, "第三,")
    assert item.announced == 3 and found_count(item) == 3
    assert not lead_ins(root)


def test_count_without_colon_needs_matching_items() -> None:
    paras = ["要按照“六个不批”制度的要求,提高质量。一是甲。二是乙。",
             "要按照“两个不批”制度的要求,提高质量。一是甲。二是乙。"]
    root = parse_outline(paras)
    (lead,) = lead_ins(root)
    assert lead.announced == 2 and lead.paragraph == 2


def test_first_secretary_does_not_start_items() -> None:
    paras = [
        "一、选好书记",
        "村党组织第一书记要驻村。第一时间到岗,当好第一责任人,发展是第一要务。第一次会议。",
    ]
    root = parse_outline(paras)
    check_invariants(root, text_of(paras))
    assert [n.marker for n in marked(root)] == ["一、"]


def test_nesting_follows_the_order_families_are_met() -> None:
    paras = [
        "一、总体要求",
        "（一）提高认识",
        "1.抓学习",
        "学习内容。一是读原著;二是写心得。",
        "2.抓培训",
        "（二）加强领导",
        "二、具体措施",
        "第一,要落实。一要定责任。二要抓考核。",
        "第二,要督查。",
    ]
    root = parse_outline(paras)
    text = text_of(paras)
    check_invariants(root, text)
    path = path_to(root, text.index("写心得"))
    assert [n.marker for n in path[1:]] == ["一、", "（一）", "1.", "二是"]
    assert [c.marker for c in one(root, "（一）").children] == ["1.", "2."]
    assert [c.marker for c in one(root, "一、").children] == ["（一）", "（二）"]
    assert [n.marker for n in path_to(root, text.index("抓考核"))[1:]] == ["二、", "第一,", "二要"]
    assert [n.marker for n in top_items(root)] == ["一、", "二、"]


def test_meeting_an_open_family_closes_back_to_it() -> None:
    paras = ["（一）甲", "1.子项", "内容。", "（二）乙", "内容。"]
    root = parse_outline(paras)
    assert [c.marker for c in root.children] == ["（一）", "（二）"]
    assert one(root, "1.").end < one(root, "（二）").start


def test_higher_rank_never_nests_under_lower_rank() -> None:
    paras = ["1.甲项", "内容。", "（二）乙", "内容。"]
    root = parse_outline(paras)
    assert [c.marker for c in root.children] == ["1.", "（二）"]


def test_stray_markers_are_text() -> None:
    paras = [
        "一、第一部分",
        "内容。二、这是正文里的顿号编号。三是一句话。首先要说明的是这一点。",
        "二、第二部分",
        "首先,我代表市委表示感谢。",
    ]
    root = parse_outline(paras)
    check_invariants(root, text_of(paras))
    assert [n.marker for n in marked(root)] == ["一、", "二、"]
    assert one(root, "二、").paragraph == 3


def test_new_list_restarts_at_one() -> None:
    paras = ["甲规范。一是甲一。二是甲二。乙规范。一是乙一。二是乙二。三是乙三。"]
    root = parse_outline(paras)
    assert [(c.marker, c.ordinal) for c in root.children] == [
        ("一是", 1), ("二是", 2), ("一是", 1), ("二是", 2), ("三是", 3)]


def test_sequence_words_form_a_list_only_with_a_follow_up() -> None:
    paras = ["首先,要统一思想。其次,要加强领导。最后,要抓好落实。"]
    root = parse_outline(paras)
    assert [(c.marker, c.ordinal) for c in root.children] == [
        ("首先", 1), ("其次", 2), ("最后", 3)]
    assert not parse_outline(["首先,要统一思想。然后再说。"]).children


def test_scrape_gaps_and_repeated_headings_do_not_corrupt_the_tree() -> None:
    paras = [
        "下面,讲几点意见:",
        "开场白没有标题。",
        "二、明确任务",  # 一、 lost in the scrape
        "二、明确任务",  # and this heading repeated
        "（一）甲",
        "（三）丙",  # （二） lost
        "三、加强领导",
        "内容。",
    ]
    root = parse_outline(paras)
    text = text_of(paras)
    check_invariants(root, text)
    assert [n.marker for n in top_items(root)] == ["二、", "三、"]
    assert [(c.marker, c.ordinal) for c in one(root, "二、").children] == [
        ("（一）", 1), ("（三）", 3)]
    (lead,) = lead_ins(root)
    assert lead.announced is None and found_count(lead) == 2


def test_long_marked_paragraph_is_an_item_short_one_a_heading() -> None:
    long_body = "三、改革创新是时代潮流。" + "内容" * 60 + "。"
    root = parse_outline([long_body, "二要以创新的载体来推动。", "三要以创新的途径来推进。"])
    node = one(root, "三、")
    assert node.kind == "item" and node.heading == "改革创新是时代潮流。"
    assert [c.marker for c in node.children] == ["二要", "三要"]
    assert one(parse_outline(["三、加强领导。"]), "三、").kind == "heading"


def test_roundtrip_to_dict_from_dict() -> None:
    paras = ["下面,我讲两点意见。", "一、甲", "第一,要甲。一是子;二是子。", "二、乙"]
    root = parse_outline(paras)
    d = to_dict(root)
    again = from_dict(json.loads(json.dumps(d, ensure_ascii=False)))
    assert again == root
    assert to_dict(again) == d


def test_from_dict_rejects_malformed_input() -> None:
    with pytest.raises(ValueError):
        from_dict({"kind": "root"})


def test_siblings_and_deepest_at() -> None:
    paras = ["一、甲", "内容。", "二、乙", "第一,子一。", "第二,子二。"]
    root = parse_outline(paras)
    text = text_of(paras)
    second = one(root, "第二,")
    assert [n.marker for n in siblings(root, second)] == ["第一,", "第二,"]
    assert siblings(root, root) == ()
    assert deepest_at(root, text.index("子二")) == second
    assert deepest_at(root, 0) == one(root, "一、")


def test_empty_and_odd_input_never_raises() -> None:
    for paras in ([], [""], ["", ""], ["一、"], ["（", "）"], ["第一,"], ["一是", "二是"]):
        root = parse_outline(paras)
        check_invariants(root, text_of(paras))


# --------------------------------------------------------------------------- real speeches


def _load() -> dict[int, list[str]]:
    return {s.number: list(s.paragraphs) for s in shipped_speeches()}


@pytest.fixture(scope="module")
def speeches() -> dict[int, list[str]]:
    return _load()


@pytest.fixture(scope="module")
def trees(speeches: dict[int, list[str]]) -> dict[int, OutlineNode]:
    return {n: parse_outline(p) for n, p in speeches.items()}


def test_real_speeches_satisfy_invariants_and_round_trip(
        speeches: dict[int, list[str]], trees: dict[int, OutlineNode]) -> None:
    assert sorted(speeches) == list(range(1, 9))
    for n, paras in speeches.items():
        check_invariants(trees[n], text_of(paras))
        assert from_dict(json.loads(json.dumps(to_dict(trees[n])))) == trees[n]


def test_damaged_real_speeches_never_break_invariants(speeches: dict[int, list[str]]) -> None:
    rng = random.Random(7)
    for paras in speeches.values():
        for _ in range(15):
            damaged = list(paras)
            for _ in range(rng.randint(1, 4)):
                op = rng.choice(["drop", "dup", "swap", "cut"])
                i = rng.randrange(len(damaged))
                if op == "drop" and len(damaged) > 1:
                    damaged.pop(i)
                elif op == "dup":
                    damaged.insert(i, damaged[i])
                elif op == "swap":
                    j = rng.randrange(len(damaged))
                    damaged[i], damaged[j] = damaged[j], damaged[i]
                else:
                    cut = rng.randrange(len(damaged[i]) + 1)
                    damaged[i:i + 1] = [damaged[i][:cut], damaged[i][cut:]]
            check_invariants(parse_outline(damaged), text_of(damaged))


def test_speech_1_is_only_a_fragment(trees: dict[int, OutlineNode]) -> None:
    assert trees[1].children == ()


def test_speech_2_three_points_announced_one_heading_survived(
        trees: dict[int, OutlineNode]) -> None:
    root = trees[2]
    lead = root.children[0]
    assert lead.kind == "lead_in" and lead.heading.endswith("讲三点意见。")
    assert lead.announced == 3 and found_count(lead) == 1
    (challenges,) = [n for n in lead_ins(root) if n.announced == 5]
    assert challenges.heading.startswith("随着改革开放") and challenges.paragraph == 5
    assert [c.marker for c in challenges.children] == ["一是", "二是", "三是", "四是", "五是"]
    third = one(root, "三、")
    assert third.kind == "item" and [c.marker for c in third.children] == ["二要", "三要"]
    assert [n.marker for n in top_items(root) if family_of(n) != "shi"] == [
        "第三,", "第四,", "三、"]


def test_speech_3_four_points_with_their_lists(trees: dict[int, OutlineNode]) -> None:
    root = trees[3]
    (lead,) = root.children
    assert lead.announced == 4
    assert [c.marker for c in lead.children] == ["一、", "二、", "三、", "四、"]
    first = lead.children[0]
    (three,) = first.children
    assert three.heading == "要着力抓好以下三个方面的工作:" and three.announced == 3
    assert [c.marker for c in three.children] == ["第一,", "第二,", "第三,"]
    assert [c.paragraph for c in three.children] == [5, 6, 7]
    four = three.children[0].children[0]
    assert four.announced == 4 and found_count(four) == 4
    relations = three.children[2]
    assert relations.announced == 3 and [c.marker for c in relations.children] == [
        "一要", "二要", "三要"]
    (teams,) = lead.children[1].children
    assert teams.announced == 5 and found_count(teams) == 5
    assert [c.marker for c in lead.children[3].children] == ["第一,", "第二,", "第三,", "第四,"]


def test_speech_4_achievements_and_problems_are_separate_lists(
        trees: dict[int, OutlineNode]) -> None:
    root = trees[4]
    (lead,) = root.children
    assert lead.heading.endswith("先讲三点意见:") and lead.announced == 3
    assert found_count(lead) == 1  # 一、 and 二、 headings are missing from the scrape
    achievements, problems, third = lead.children
    assert achievements.heading == "主要体现在以下几个方面:"
    assert [c.marker for c in achievements.children] == ["1、", "2、", "3、", "4、", "5、", "6、"]
    assert achievements.children[-1].paragraph == 9 and problems.paragraph == 10
    assert [c.marker for c in problems.children] == ["第一,", "第二,", "第三,", "第四,", "第五,"]
    assert third.marker == "三、" and third.paragraph == 17
    (tasks,) = third.children
    assert tasks.heading.endswith("要着力抓好如下几项工作:") and tasks.announced is None
    assert [c.marker for c in tasks.children] == ["一要", "二要", "三要", "四要", "五要"]
    (teams,) = tasks.children[2].children
    assert teams.announced == 4 and found_count(teams) == 4


def test_speech_5_three_sections_and_three_firsts(trees: dict[int, OutlineNode]) -> None:
    root = trees[5]
    assert [c.marker for c in root.children] == ["一、", "二、", "三、"]
    assert not root.children[0].children  # 班子要配强… are unmarked points
    (firsts,) = root.children[2].children
    assert "“三个先”" in firsts.heading and firsts.announced == 3
    assert [(c.marker, c.paragraph) for c in firsts.children] == [
        ("一要", 16), ("二要", 17), ("三要", 18)]


def test_speech_6_ten_numbered_measures_with_one_lost(trees: dict[int, OutlineNode]) -> None:
    root = trees[6]
    lead = root.children[0]
    assert lead.heading == "下面,讲几点意见:" and lead.announced is None
    second = one(root, "二、")
    assert [c.ordinal for c in second.children] == [1, 2, 3, 5, 6, 7, 8, 9, 10]
    (six_nos,) = second.children[0].children
    assert six_nos.announced == 6 and found_count(six_nos) == 6
    training = second.children[1]
    assert [(c.marker, c.paragraph) for c in training.children] == [
        ("一是", 9), ("二是", 10), ("三是", 10), ("四是", 10)]
    # "六规范", five of whose numerals the scrape lost ("()建设标准规范。")
    (norms,) = [n for n in lead_ins(root) if "六规范" in n.heading]
    assert [n.heading[:4] for n in list_items(norms)] == [
        "工程技术", "建设标准", "村级“四", "公开监督", "工程竣工", "土地审批"]
    # The closing address's 一是…三是 are not inside section 二.
    assert [c.marker for c in root.children[1:]] == ["一是", "二是", "三是"]
    assert root.children[1].paragraph == 18


def test_speech_7_three_aspects_announced_two_headings_found(
        trees: dict[int, OutlineNode]) -> None:
    root = trees[7]
    (lead,) = root.children
    assert lead.heading == "下面,我讲三个方面的意见。" and lead.announced == 3
    assert found_count(lead) == 2
    second = one(root, "二、")
    assert [c.marker for c in second.children] == ["(一)", "(二)"]
    assert [c.marker for c in second.children[1].children] == [
        "1、", "2、", "3、", "4、", "5、", "6、"]
    (five,) = second.children[0].children[0].children
    assert five.announced == 5 and found_count(five) == 5
    assert [c.marker for c in one(root, "三、").children] == ["第一,", "第二,", "第三,"]


def test_speech_8_sections_items_and_no_first_secretaries(
        speeches: dict[int, list[str]], trees: dict[int, OutlineNode]) -> None:
    root = trees[8]
    text = text_of(speeches[8])
    assert [c.marker for c in root.children] == ["一、", "二、", "三、"]
    assert [len(c.children) for c in root.children] == [3, 3, 4]
    assert not by_marker(root, "第一书记")
    assert all(family_of(n) != "di" or n.marker.endswith(",") for n in marked(root))
    where = text.index("村党组织第一书记")
    assert [n.marker for n in path_to(root, where)[1:]] == ["二、", "第一,", "一是"]
    education = one(root, "四是")
    assert [c.marker for c in education.children] == ["一方面", "另一方面"]
