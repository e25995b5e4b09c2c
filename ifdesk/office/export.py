"""`office export`: the office tables as one Excel workbook, or as CSV files for French Excel.

Excel: one formatted sheet per table (bold header on a fill, header row frozen, autofilter,
column widths, number formats: scores `0.00`, euros `#,##0 "€"` — shown `1 500 000 €` in a French
Excel —, dates `jj/mm/aaaa`), written in openpyxl's streaming mode. A table longer than a sheet
(1,048,576 rows) continues on « Réponses (2) », …
CSV: UTF-8 with a byte-order mark, `;` between fields, decimal comma, dates `AAAA-MM-JJ`: what a
French Excel opens correctly with a double click.
Text never becomes a formula (docs/decisions-safety.md): a text that starts like one (`=`, `+`, `-`,
`@`, tab, CR) is an explicit text cell with a quote prefix in Excel, and starts with a `'` in CSV;
numbers stay numbers.
Both are written under a temporary name, then renamed: an interrupted export leaves no partial
file under the final name.
"""

from __future__ import annotations

import csv
import math
import os
import secrets
import shutil
from datetime import date, datetime
from pathlib import Path
from typing import Callable

from ..core.atomic import replace_durably
from ..core.errors import IfdeskError
from ..core.safe_text import spreadsheet_text, starts_formula
from ..i18n import _
from ..store import Workspace
from .filters import Filters
from .tables import Table, tables

MAX_ROWS = 1_048_576  # Excel's sheet limit, header included
HEADER_FILL = "DDEBF7"
FORMATS = {"score": "0.00", "eur": '#,##0 "€"', "date": "DD/MM/YYYY", "datetime": "DD/MM/YYYY HH:MM"}  # integers: General


class ExportError(IfdeskError):
    pass


def _fail(path: Path, exc: OSError) -> ExportError:
    return ExportError(_("Impossible d'écrire {p} : {e}", p=path, e=exc.strerror or exc))


Progress = Callable[[str, int], None]  # (table name, rows written so far); raise from it to cancel
PROGRESS_EVERY = 5_000


def export_xlsx(ws: Workspace, path: Path | str, f: Filters | None = None,
                progress: Progress | None = None) -> dict[str, int]:
    """Write the workbook to `path`; returns rows per sheet.

    `progress` is called every few thousand rows (a window shows it); an exception raised from it
    cancels the export, which then leaves nothing behind.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ExportError(_("Le classeur doit porter l'extension .xlsx : {p}", p=path))
    if path.is_dir():
        raise ExportError(_("{p} est un dossier : donnez un nom de fichier .xlsx (ou --csv pour un dossier).", p=path))
    tmp = _temp_file(path)
    counts: dict[str, int] = {}
    wb = None
    try:
        wb = Workbook(write_only=True)

        def text_cell(sh, text):
            """A cell that holds `text` as text, whatever it starts with: never a formula."""
            c = WriteOnlyCell(sh, value=text)
            if starts_formula(text):
                c.data_type, c.quotePrefix = "s", True  # openpyxl made it a formula; Excel keeps it text
            return c
        bold, fill = Font(name="Calibri", size=11, bold=True), PatternFill("solid", fgColor=HEADER_FILL)
        left = Alignment(vertical="center", wrap_text=True)
        right = Alignment(vertical="center", horizontal="right", wrap_text=True)

        def new_sheet(table: Table, part: int):
            title = table.name if part == 1 else f"{table.name} ({part})"
            sh = wb.create_sheet(title[:31])
            sh.freeze_panes = "A2"
            # printed (or converted to PDF): landscape A4, one page wide, the header row on every page
            sh.page_setup.orientation = "landscape"
            sh.page_setup.paperSize = "9"  # A4
            sh.page_setup.fitToWidth, sh.page_setup.fitToHeight = 1, 0
            sh.sheet_properties.pageSetUpPr.fitToPage = True
            sh.print_title_rows = "1:1"
            sh.print_options.gridLines = True  # numbers sit right, text left: lines keep columns legible
            lines = 1
            for i, (h, _k, width) in enumerate(table.columns, 1):  # long headers wrap, on up to 3 lines
                width = max(width, max(len(w) for w in h.split()) * 1.2 + 2)
                sh.column_dimensions[get_column_letter(i)].width = width
                lines = max(lines, min(3, math.ceil((len(h) * 1.15 + 2) / width)))
            sh.row_dimensions[1].height = 15 * lines + 3
            header = []
            for h, kind, _w in table.columns:  # headers aligned like their values
                c = text_cell(sh, h)
                c.font, c.fill, c.alignment = bold, fill, (left if kind in ("text", "bool") else right)
                header.append(c)
            sh.append(header)
            return sh, title

        for table in tables(ws, f):
            styles = [FORMATS.get(kind) for _h, kind, _w in table.columns]
            part, n = 1, 0
            sh, title = new_sheet(table, part)
            last = get_column_letter(len(table.columns))
            for row in table.rows():
                if n == MAX_ROWS - 1:
                    sh.auto_filter.ref = f"A1:{last}{n + 1}"
                    counts[title] = n
                    part, n = part + 1, 0
                    sh, title = new_sheet(table, part)
                cells = []
                for v, fmt in zip(row, styles):
                    if starts_formula(v):
                        cells.append(text_cell(sh, v))
                    elif fmt and v is not None:
                        c = WriteOnlyCell(sh, value=v)
                        c.number_format = fmt
                        cells.append(c)
                    else:
                        cells.append(v if v != "" else None)  # an empty cell costs nothing to write
                sh.append(cells)
                n += 1
                if progress and n % PROGRESS_EVERY == 0:
                    progress(title, n)
            sh.auto_filter.ref = f"A1:{last}{n + 1}"
            counts[title] = n
        wb.save(tmp)
        replace_durably(tmp, path)
    except OSError as exc:
        _discard(wb, tmp)
        raise _fail(path, exc) from None
    except BaseException:
        _discard(wb, tmp)
        raise
    return counts


def _discard(wb, tmp: Path) -> None:
    """After a failure: close the streamed sheets and remove their temporary files, then ours."""
    for sh in getattr(wb, "_sheets", []) if wb is not None else []:
        writer, rows = getattr(sh, "_writer", None), getattr(sh, "_rows", None)
        try:
            if rows is not None:
                rows.close()  # ends the suspended row writer while its file is still open
            if writer is not None and not sh.closed:
                writer.close()
                writer.cleanup()
        except Exception:  # noqa: BLE001 — best effort; the export already failed
            pass
    _unlink(tmp)


def _cell(v, kind: str) -> str:
    if v is None:
        return ""
    if isinstance(v, float) or kind in ("score", "eur"):
        if kind == "eur" and float(v).is_integer():
            return str(int(v))
        return (f"{v:.6f}".rstrip("0").rstrip(".") if isinstance(v, float) else str(v)).replace(".", ",")
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M")
    if isinstance(v, date):
        return v.isoformat()
    return spreadsheet_text(v) if isinstance(v, str) else str(v)  # a negative number is a number


def export_csv(ws: Workspace, folder: Path | str, f: Filters | None = None,
               progress: Progress | None = None) -> dict[str, int]:
    """One CSV file per table in `folder` (created if needed); returns rows per file. `progress`: as above."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ExportError(_("{p} existe et n'est pas un dossier.", p=folder))
    parent = folder.parent if str(folder.parent) else Path(".")
    try:
        parent.mkdir(parents=True, exist_ok=True)
        tmpdir = _temp_name(folder)
        tmpdir.mkdir()  # not mkdtemp: the folder keeps the user's usual permissions once renamed
    except OSError as exc:
        raise _fail(folder, exc) from None
    counts: dict[str, int] = {}
    try:
        for table in tables(ws, f):
            kinds = [k for _h, k, _w in table.columns]
            n = 0
            with open(tmpdir / table.file, "w", encoding="utf-8-sig", newline="") as fh:
                w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
                w.writerow([spreadsheet_text(h) for h, _k, _w in table.columns])
                for row in table.rows():
                    w.writerow([_cell(v, k) for v, k in zip(row, kinds)])
                    n += 1
                    if progress and n % PROGRESS_EVERY == 0:
                        progress(table.file, n)
            counts[table.file] = n
        if not folder.exists():
            os.replace(tmpdir, folder)
        else:
            for name in counts:
                os.replace(tmpdir / name, folder / name)
    except OSError as exc:
        raise _fail(folder, exc) from None
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    return counts


def _temp_name(path: Path) -> Path:
    """A fresh hidden name beside `path` (same file system, so the final rename is atomic)."""
    return path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")


def _temp_file(path: Path) -> Path:
    tmp = _temp_name(path)
    try:
        tmp.open("xb").close()  # created with the user's usual permissions, unlike mkstemp's 0600
    except OSError as exc:
        raise _fail(path, exc) from None
    return tmp


def _unlink(p: Path) -> None:
    try:
        p.unlink()
    except OSError:
        pass
