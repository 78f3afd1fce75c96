"""A build on a full disk (a real 2 MB tmpfs) says the disk is full and how much room a build
needs — never a Chroma traceback, never "run --rebuild"; the current index is kept."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import askspeech
from tests.conftest import write_corpus


@pytest.fixture()
def small_disk(tmp_path: Path) -> Iterator[Path]:
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(disk)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def test_a_build_on_a_full_disk_says_so_and_how_much_room_it_needs(small_disk: Path,
                                                                     tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    (small_disk / "filler").write_bytes(b"\0" * 1_900_000)  # leave ~100 KB free
    env = dict(os.environ, ASKSPEECH_INDEX_DIR=str(small_disk),
               PYTHONPATH=str(Path(askspeech.__file__).parents[1]))
    done = subprocess.run([sys.executable, "-m", "askspeech.cli", "index", "--corpus",
                           str(corpus)], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 1
    assert "is full" in done.stderr and "needs about" in done.stderr and "MB" in done.stderr
    assert "Traceback" not in done.stderr and "--rebuild" not in done.stderr
    assert not any((small_disk / "builds").glob("*")), "the failed build was not cleared"
