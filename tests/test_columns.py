"""``--column-unit byte``: columns as Vim, ALE and Neovim count them (UTF-8 bytes)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newslint.formatters.columns import Columns
from schema_helper import assert_valid_json_output

ROOT = Path(__file__).parents[1]
# An em-dash dateline (three bytes for one character) before the misspelt name; accents
# (two bytes each) and another dash before the second finding.
ARTICLE = (
    "WASHINGTON — Senator Marko Rubio met officials on Tuesday.\n"
    "\n"
    "The café owner — José — said Nicolas Maduro had called.\n"
)
FLAGGED = ["Marko Rubio", "Nicolas Maduro"]


def check(
    *args: str, text: str = ARTICLE, name: str = "story.txt"
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "newslint",
            "check",
            "--no-color",
            *args,
            "-",
            "--stdin-filename",
            name,
        ],
        input=text,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def byte_slice(line: str, start: int, end: int) -> str:
    """The text between 1-based byte columns ``[start, end)`` of ``line``."""
    return line.encode("utf-8")[start - 1 : end - 1].decode("utf-8")


def test_columns_convert_code_points_to_bytes() -> None:
    text = "a — b 😀 c\nplain\n"
    byte = Columns(text, "byte")
    assert [byte(1, c) for c in (1, 2, 3, 4, 6, 7, 8)] == [1, 2, 3, 6, 8, 9, 13]
    assert byte(2, 3) == 3
    assert byte(1, 12) == 17  # past the end of the line: one byte a column
    assert byte(9, 4) == 4  # no such line: left as it is
    assert Columns(text, "character")(1, 4) == 4
    assert Columns(None, "byte")(1, 4) == 4


def test_json_byte_columns_land_on_the_flagged_words() -> None:
    done = check("--format", "json", "--column-unit", "byte")
    assert done.returncode == 1, done.stderr
    data = assert_valid_json_output(done.stdout)
    assert data["column_unit"] == "byte"
    lines = ARTICLE.splitlines()
    found = [
        byte_slice(lines[d["line"] - 1], d["column"], d["end_column"])
        for d in data["files"][0]["diagnostics"]
    ]
    assert found == FLAGGED
    # The default still counts code points, and differs on these lines.
    default = json.loads(check("--format", "json").stdout)
    assert default["column_unit"] == "character"
    columns = [(d["column"], d["end_column"]) for d in default["files"][0]["diagnostics"]]
    assert [lines[n][c - 1 : e - 1] for n, (c, e) in zip((0, 2), columns, strict=True)] == FLAGGED
    assert columns != [(d["column"], d["end_column"]) for d in data["files"][0]["diagnostics"]]


def test_text_byte_columns_with_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    done = subprocess.run(
        [sys.executable, "-m", "newslint", "check", "-q", "--column-unit", "byte", str(path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    where = [tuple(map(int, m)) for m in re.findall(r"story\.txt:(\d+):(\d+):", done.stdout)]
    lines = ARTICLE.splitlines()
    # The BOM is not part of the line an editor shows; the carriage return ends it.
    assert [
        byte_slice(lines[n - 1], c, c + len(w.encode()))
        for (n, c), w in zip(where, FLAGGED, strict=True)
    ] == FLAGGED


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--column-unit", "bytes"],
            "--column-unit: unknown unit 'bytes'; choose from character, byte",
        ),
        (
            ["--format", "sarif", "--column-unit", "byte"],
            "--column-unit byte applies to the text and json formats, not 'sarif'",
        ),
    ],
)
def test_column_unit_errors(args: list[str], message: str) -> None:
    done = check(*args)
    assert done.returncode == 2
    assert done.stderr.strip() == f"newslint: {message}"


def _ale_recipe() -> str:
    docs = (ROOT / "docs" / "editors.md").read_text(encoding="utf-8")
    [block] = [b for b in re.findall(r"```vim\n(.*?)```", docs, re.S) if "NewslintHandle" in b]
    return block


VIM_TEST = r"""
set nocompatible encoding=utf-8
let &runtimepath = g:stub . ',' . &runtimepath
execute 'source ' . fnameescape(g:recipe)
execute 'edit ' . fnameescape(g:article)
let s:result = {'defined': map(copy(g:defined), {_, d -> [d[0], d[1].name]})}
for [s:ft, s:def] in g:defined
  if s:ft ==# 'markdown'
    let s:command = substitute(s:def.command, '%e', g:exe, '')
    let s:command = substitute(s:command, '%s', shellescape(g:article), '')
    let s:result.command = s:def.command
    let s:items = function(s:def.callback)(bufnr(''), systemlist(s:command, getline(1, '$')))
    let s:result.words = map(s:items, {_, i -> strpart(getline(i.lnum), i.col - 1, i.end_col - i.col + 1)})
  endif
endfor
call writefile([json_encode(s:result)], g:out)
qall!
"""


@pytest.mark.skipif(shutil.which("vim") is None, reason="vim is not installed")
def test_ale_recipe_in_vim_highlights_the_flagged_words(tmp_path: Path) -> None:
    """The ALE recipe from docs/editors.md, run by real Vim on a buffer (ALE itself is
    replaced by a stub that records each linter definition)."""
    stub = tmp_path / "stub" / "autoload" / "ale"
    stub.mkdir(parents=True)
    (stub / "linter.vim").write_text(
        "let g:defined = []\n"
        "function! ale#linter#Define(filetype, linter) abort\n"
        "  call add(g:defined, [a:filetype, a:linter])\n"
        "endfunction\n",
        encoding="utf-8",
    )
    recipe = tmp_path / "newslint.vim"
    recipe.write_text(_ale_recipe(), encoding="utf-8")
    article = tmp_path / "story.md"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.json"
    script = tmp_path / "test.vim"
    script.write_text(VIM_TEST, encoding="utf-8")
    exe = f"{sys.executable} -m newslint"
    lets = {"stub": tmp_path / "stub", "recipe": recipe, "article": article, "out": out, "exe": exe}
    cmd = ["vim", "-Nu", "NONE", "-i", "NONE", "-es"]
    for name, value in lets.items():
        cmd += ["--cmd", f"let g:{name} = {json.dumps(str(value))}"]
    subprocess.run([*cmd, "-S", str(script)], check=False, timeout=120)
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["defined"] == [["markdown", "newslint"], ["text", "newslint"]]
    assert "--column-unit byte" in result["command"]
    assert result["words"] == FLAGGED
