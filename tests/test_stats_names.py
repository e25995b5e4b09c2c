"""Finding 7 of issue 16 (command line): `stats` and `office programme list` never cut a name."""

from __future__ import annotations

from ifdesk.cli import app
from ifdesk.store import Workspace


def test_stats_prints_every_theme_and_region_name_whole(tmp_path, capsys):
    ws_dir = tmp_path / "ws"
    assert app.main(["--lang", "fr", "--data-dir", str(ws_dir), "demo", "--companies", "12"]) == 0
    capsys.readouterr()
    assert app.main(["--lang", "fr", "--data-dir", str(ws_dir), "stats"]) == 0
    out = capsys.readouterr().out
    ws = Workspace(ws_dir)
    try:
        themes = [t.title for t in ws.referentiels.current().themes]
    finally:
        ws.close()
    assert any(len(t) > 52 for t in themes)  # « Numérique, données, virtualisation et objets connectés »
    for t in themes:
        assert t in out
    assert "Provence-Alpes-Côte d'Azur" in out and "Auvergne-Rhône-Alpes" in out
    assert app.main(["--lang", "fr", "--data-dir", str(ws_dir), "office", "programme", "list"]) == 0
    listing = capsys.readouterr().out
    assert "Provence-Alpes-Côte d'Azur" in listing and "2027-" not in listing
