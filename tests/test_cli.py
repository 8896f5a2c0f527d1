"""The command line, run as a user runs it: a real subprocess, real files."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import EXAMPLE


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "banmian", *args], input=stdin, capture_output=True,
                          timeout=60)


def test_parse_prints_the_page_contract():
    out = run("parse", str(EXAMPLE))
    assert out.returncode == 0, out.stderr
    page = json.loads(out.stdout)
    assert page["source"] == EXAMPLE.name
    assert len(page["articles"]) == 2


def test_stdin_and_markdown():
    out = run("parse", "-", "--format", "markdown", stdin=EXAMPLE.read_bytes())
    assert out.returncode == 0
    assert "## 稳订单 保用工 促投产" in out.stdout.decode()


def test_gb18030_file(tmp_path):
    f = tmp_path / "gb.txt"
    f.write_bytes(EXAMPLE.read_text(encoding="utf-8").encode("gb18030"))
    out = run("parse", str(f))
    assert out.returncode == 0
    assert json.loads(out.stdout)["articles"][0]["headline"] == "凝心聚力抓项目 实干担当开新局"


def test_bad_files_are_reported_and_the_others_still_come_out(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "img.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 4)
    out = run("parse", str(empty), str(EXAMPLE), str(binary), str(tmp_path / "missing.txt"), "--format", "jsonl")
    assert out.returncode == 2
    assert [json.loads(line)["source"] for line in out.stdout.decode().splitlines()] == [EXAMPLE.name]
    err = out.stderr.decode().splitlines()
    assert len(err) == 3
    assert "BM101" in err[0] and "BM102" in err[1] and "Traceback" not in out.stderr.decode()
    assert "BM105" in err[2] and "missing.txt" in err[2]


def test_a_directory_is_reported_as_unreadable(tmp_path):
    out = run("parse", str(tmp_path))
    assert out.returncode == 2
    assert b"BM105 is a directory" in out.stderr and b"Traceback" not in out.stderr


def test_oversized_file_is_refused_without_reading_it(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    out = run("parse", str(big))
    assert out.returncode == 2
    assert b"BM104" in out.stderr and b"Traceback" not in out.stderr


def test_user_lexicon_adds_a_title(tmp_path):
    lex = tmp_path / "titles.txt"
    lex.write_text("# titles of our own paper\n首席联络官\n", encoding="utf-8")
    page = tmp_path / "p.txt"
    page.write_text("青溪县首席联络官周一鸣出席会议。\n", encoding="utf-8")
    plain = json.loads(run("parse", str(page)).stdout)
    extended = json.loads(run("parse", str(page), "--lexicon", str(lex)).stdout)
    assert not any(p["name"] == "周一鸣" for a in plain["articles"] for p in a["people"])
    assert any(p["name"] == "周一鸣" for a in extended["articles"] for p in a["people"])


def test_bad_user_lexicon_is_one_line_and_status_2(tmp_path):
    lex = tmp_path / "titles.txt"
    lex.write_text("首席 联络 官 多\n", encoding="utf-8")
    out = run("parse", str(EXAMPLE), "--lexicon", str(lex))
    assert out.returncode == 2
    assert out.stderr.decode().count("\n") == 1 and b"BM301" in out.stderr


def test_a_truncated_pdf_is_named_not_parsed(tmp_path):
    pdf = tmp_path / "page.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog")
    out = run("parse", str(pdf))
    assert out.returncode == 2 and out.stdout == b""
    assert b"BM102 a PDF file, not page text" in out.stderr and b"Traceback" not in out.stderr


def test_oversized_stdin_is_refused():
    out = run("parse", "-", "--max-bytes", "1000", stdin="青溪县召开经济工作会议。\n".encode() * 200)
    assert out.returncode == 2 and out.stdout == b""
    assert b"<stdin>: BM104 input is over" in out.stderr and b"Traceback" not in out.stderr
