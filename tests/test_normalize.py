import pytest

from banmian.text.lines import to_lines
from banmian.text.normalize import _charmap, clean_line, letter_spaced, tidy, tidy_title, width


def test_justification_spaces_inside_cjk_are_removed():
    assert tidy(clean_line("这 个 时 候我们")) == "这个时候我们"


def test_spaces_around_numbers_in_chinese_are_removed():
    assert tidy(clean_line("部署了 2023 年农村工作")) == "部署了2023年农村工作"


def test_space_between_latin_runs_is_kept():
    assert tidy(clean_line("发布 Open Source 软件 v2 版")) == "发布Open Source软件v2版"


def test_half_width_punctuation_next_to_chinese_becomes_full_width():
    assert clean_line("他说:好,我们走;对吗?走!") == "他说：好，我们走；对吗？走！"


def test_half_width_punctuation_between_digits_is_kept():
    assert clean_line("共3,000人，14:00开始") == "共3,000人，14:00开始"


def test_vertical_forms_become_horizontal():
    assert clean_line("\ufe43开门红\ufe44\ufe35试行\ufe36\ufe10好\ufe12") == "“开门红”（试行），好。"


def test_ideographic_space_indent_and_nbsp():
    lines = to_lines("\u3000\u3000第一段\u00a0文字\r\n第二行\r\n")
    assert lines[0].indent and tidy(lines[0].text) == "第一段文字"
    assert lines[1].text == "第二行" and not lines[1].indent
    assert len(lines) == 2


def test_width_counts_latin_as_half_cells():
    assert width("图）1月30日") == 5.5


def test_headline_keeps_one_space_between_halves_but_drops_letter_spacing():
    assert tidy_title("抢抓发展新机遇  开局拼出新作为") == "抢抓发展新机遇 开局拼出新作为"
    assert tidy_title("要 闻 快 递") == "要闻快递"
    assert tidy_title("奋 力 抓 开 局   力 争 “ 开 门 红 ”") == "奋力抓开局 力争“开门红”"


def test_letter_spacing_is_single_spaces_between_characters():
    assert letter_spaced("王 建 明 作 讲 话 ， 部 署")
    assert not letter_spaced("腾讯网总编辑  李  方")


@pytest.mark.parametrize(("src", "dst"), sorted(_charmap()[1].items()))
def test_every_charmap_row_is_applied_inside_a_line(src: str, dst: str) -> None:
    assert clean_line(f"甲{src}乙") == f"甲{dst}乙"
