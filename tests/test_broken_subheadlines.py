"""Headlines set over two lines: a subheadline broken in its box stays one subheadline."""

from banmian.pipeline import parse_structure


def test_a_subheadline_broken_over_two_lines_keeps_its_second_half():
    """The dash line breaks off mid-phrase (…青溪县山区) and the line under it, as wide, goes on
    with no clause mark: the rest of the subheadline, not the body's first paragraph."""
    page = "\n".join([
        "“山路再远也要把书送到孩子手里”",
        "——青溪县流动图书车十年走遍全县山区",
        "一百二十个村庄的乡村阅读推广纪实报道",
        "",
        "　　本报青溪5月8日电  记者林若川报道：清晨六",
        "点，满载图书的流动图书车从县城出发，沿着盘",
        "山公路驶向最远的石门村。司机周远航已经在这",
        "条路上跑了整整十年。",
        "　　十年来，图书车累计行驶三十多万公里，借",
        "出图书二十余万册。孩子们说，每到周六，大家",
        "都会在村口等着图书车的喇叭声。",
    ]) + "\n"
    art = parse_structure(page).articles[0]
    assert art.headline == "“山路再远也要把书送到孩子手里”"
    assert art.subheadline == "——青溪县流动图书车十年走遍全县山区一百二十个村庄的乡村阅读推广纪实报道"
    assert "清晨六点" in art.paragraphs[0] and "纪实报道" not in art.paragraphs[0]

