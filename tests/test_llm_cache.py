"""Where the dequantised model copy is cached."""

from __future__ import annotations

from tokenauction.llm.cache import cache_root


def test_cache_root_prefers_the_override_then_xdg_then_home(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("TOKENAUCTION_CACHE", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    assert cache_root() == tmp_path / "home" / ".cache" / "tokenauction"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_root() == tmp_path / "xdg" / "tokenauction"
    monkeypatch.setenv("TOKENAUCTION_CACHE", str(tmp_path / "mine"))
    assert cache_root() == tmp_path / "mine"
