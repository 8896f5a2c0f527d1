"""Layout thresholds come from settings.cfg; a user file overrides them."""

import dataclasses

import pytest

import banmian
from banmian.settings import SettingsError, default_settings, load_settings
from tests.conftest import EXAMPLE
from tests.test_cli import run


def test_package_settings_name_every_threshold():
    s = default_settings()
    assert all(getattr(s, f.name) > 0 for f in dataclasses.fields(s))


def test_user_file_overrides_only_what_it_names(tmp_path):
    cfg = tmp_path / "my.cfg"
    cfg.write_text("[columns]\ntolerance = 2.5\n", encoding="utf-8")
    s = load_settings(cfg)
    assert s.tolerance == 2.5
    assert dataclasses.replace(s, tolerance=default_settings().tolerance) == default_settings()


def test_settings_change_what_the_parser_decides():
    # A two-cell first-line indent is read as an indent only while first_line_indent allows it.
    page = ["石振棋指出，过去一年，我", "们沉着应对新冠疫情等多重超", "预期因素的严峻考验，按照“疫",
            "情要防住、经济要稳住、发展要", "安全”重大要求。"]
    lead = ["本报讯（记者 林一帆）1月30日，芗城", "区召开2023年度区委工作会议，总", "结成绩，部署工作。"]
    text = "\n".join([*lead, *page])
    default = banmian.parse(text)
    strict = banmian.parse(text, settings=dataclasses.replace(default_settings(), first_line_indent=0.5))
    assert len(default.articles[0].paragraphs) == 2
    assert default.to_dict() != strict.to_dict()


@pytest.mark.parametrize(("body", "message"), [("[columns]\nwindoww = 3\n", "unknown setting"),
                                                ("[columns]\nwindow = many\n", "not a number"),
                                                ("no section\n", "cannot read")])
def test_bad_settings_file_is_refused(tmp_path, body, message):
    cfg = tmp_path / "bad.cfg"
    cfg.write_text(body, encoding="utf-8")
    with pytest.raises(SettingsError, match=message):
        load_settings(cfg)
    out = run("parse", str(EXAMPLE), "--settings", str(cfg))
    assert out.returncode == 2 and b"BM106" in out.stderr and b"Traceback" not in out.stderr
