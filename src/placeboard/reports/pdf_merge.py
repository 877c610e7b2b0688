"""Attached paper PDFs merged into a pack (pypdf).

reportlab lays the pack out with one reserved page per attached page (`attachment_
flowables`), so every page number, the contents, the outline and the agenda's "Pages
a – b" already count them. Each reserved page carries the running header and footer;
`stamp_attachments` then puts the attached page on it, scaled into the space between
header and footer, so "Page n of N" and PUBLIC or CONFIDENTIAL are on every page and
never print over a paper's own text.

Each attached page goes in as a form XObject (its content stream copied as it is, never
parsed), which keeps merging ten 20-page papers to a fraction of a second.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.errors import PdfReadError
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
)
from reportlab.platypus import Flowable
from reportlab.platypus.flowables import PageBreakIfNotEmpty

from .errors import PackError
from .pack_flowables import Anchor, Placement, ReservedPage

Matrix = tuple[float, float, float, float, float, float]
Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in points

BORDER_RGB = (0.682, 0.718, 0.741)  # the tables' rule grey, round each placed page


@dataclass(frozen=True)
class AttachedPdf:
    """An attached paper: the stored file, its page count (known before layout) and the
    name its bookmark shows."""

    path: Path
    pages: int
    title: str


def attachment_flowables(pdf: AttachedPdf, key: str, level: int = 2) -> list[Flowable]:
    """A fresh page, a bookmark, and one reserved page per page of the PDF."""
    if pdf.pages < 1:
        raise PackError(f"The attached paper {pdf.title} has no pages.")
    return [
        PageBreakIfNotEmpty(),
        Anchor(pdf.title, level, key, in_contents=False),
        *(ReservedPage(pdf.path, i) for i in range(pdf.pages)),
    ]


def page_count(path: Path) -> int:
    """Pages of a PDF (for attachments stored before their count was recorded)."""
    try:
        return len(PdfReader(path).pages)
    except (OSError, PdfReadError, ValueError) as exc:
        raise PackError(f"The attached paper {path.name} could not be read ({exc}).") from exc


# -- placing a page ----------------------------------------------------------------------


def multiply(m: Matrix, n: Matrix) -> Matrix:
    """m then n, in PDF's row-vector convention ([x y 1] · m · n)."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (
        a * p + b * r,
        a * q + b * s,
        c * p + d * r,
        c * q + d * s,
        e * p + f * r + t,
        e * q + f * s + u,
    )


def _rotation(rotate: int, width: float, height: float) -> tuple[Matrix, float, float]:
    """The page's /Rotate (clockwise, as viewers show it) as a matrix on content whose
    origin is the crop box's corner, with the width and height as shown."""
    turns = (rotate // 90) % 4
    if turns == 1:
        return (0, -1, 1, 0, 0, width), height, width
    if turns == 2:
        return (-1, 0, 0, -1, width, height), width, height
    if turns == 3:
        return (0, 1, -1, 0, height, 0), height, width
    return (1, 0, 0, 1, 0, 0), width, height


def fit(crop: Box, rotate: int, box: Box) -> tuple[Matrix, Box]:
    """The matrix that shows a page (crop box, /Rotate) as large as fits in `box`,
    centred across and at the top, and where it lands."""
    x0, y0, x1, y1 = crop
    turn, shown_w, shown_h = _rotation(rotate, x1 - x0, y1 - y0)
    bx0, by0, bx1, by1 = box
    scale = min((bx1 - bx0) / shown_w, (by1 - by0) / shown_h)
    w, h = shown_w * scale, shown_h * scale
    tx, ty = bx0 + (bx1 - bx0 - w) / 2, by1 - h
    matrix = multiply(multiply((1, 0, 0, 1, -x0, -y0), turn), (scale, 0, 0, scale, tx, ty))
    return matrix, (tx, ty, tx + w, ty + h)


def _num(v: float) -> str:
    text = f"{v:.4f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _form(writer: PdfWriter, page: PageObject, crop: Box) -> DictionaryObject:
    """The page as a form XObject: its content as it is, its resources copied over."""
    contents = page.get_contents()
    form = DecodedStreamObject()
    form.set_data(contents.get_data() if contents is not None else b"")
    form[NameObject("/Type")] = NameObject("/XObject")
    form[NameObject("/Subtype")] = NameObject("/Form")
    form[NameObject("/BBox")] = ArrayObject(FloatObject(v) for v in crop)
    resources = page.get("/Resources")
    if resources is not None:
        form[NameObject("/Resources")] = resources.get_object().clone(writer)
    return form.flate_encode()


def _prepend(writer: PdfWriter, target: DictionaryObject, data: bytes) -> None:
    """Draw `data` before the page's own content (so the header and footer stay on top)."""
    stream = DecodedStreamObject()
    stream.set_data(data)
    ref = writer._add_object(stream)
    existing = target.raw_get("/Contents") if "/Contents" in target else None
    if existing is None:
        parts: list[object] = []
    elif isinstance(existing.get_object(), ArrayObject):
        parts = list(existing.get_object())
    else:
        parts = [existing]
    target[NameObject("/Contents")] = ArrayObject([ref, *parts])


def _copied(parent: DictionaryObject, key: str) -> DictionaryObject:
    """A shallow copy of a sub-dictionary (empty if missing), safe to add entries to
    even when the original is shared with other pages."""
    return DictionaryObject(parent[key].get_object()) if key in parent else DictionaryObject()


def place_page(
    writer: PdfWriter, target: PageObject, page: PageObject, name: str, box: Box
) -> None:
    """Put `page` (of another PDF) onto `target` (a reserved page of the pack)."""
    c = page.cropbox
    crop = (float(c.left), float(c.bottom), float(c.right), float(c.top))
    form_ref = writer._add_object(_form(writer, page, crop))
    resources = _copied(target, "/Resources")
    xobjects = _copied(resources, "/XObject")
    xobjects[NameObject(name)] = form_ref
    resources[NameObject("/XObject")] = xobjects
    target[NameObject("/Resources")] = resources
    matrix, (x0, y0, x1, y1) = fit(crop, int(page.get("/Rotate", 0) or 0), box)
    r, g, b = BORDER_RGB
    draw = (
        f"q {' '.join(_num(v) for v in matrix)} cm {name} Do Q\n"
        f"q {_num(r)} {_num(g)} {_num(b)} RG 0.5 w "
        f"{_num(x0)} {_num(y0)} {_num(x1 - x0)} {_num(y1 - y0)} re S Q\n"
    )
    _prepend(writer, target, draw.encode("ascii"))


def stamp_attachments(
    base: bytes,
    placements: Sequence[Placement],
    box: Box,
    step: Callable[[str], None] | None = None,
) -> bytes:
    """The laid-out pack with each attached page put on its reserved page.

    The outline, metadata and catalog (with /Lang) are kept. The file /ID is a digest of
    the laid-out pack and the attached files, so the same inputs give the same bytes."""
    writer = PdfWriter(clone_from=PdfReader(BytesIO(base)))
    digest = hashlib.md5(base, usedforsecurity=False)
    sources: dict[Path, PdfReader] = {}
    for n, placement in enumerate(placements, start=1):
        if step is not None and n % 20 == 1:
            step(f"Merging the attached papers (page {n} of {len(placements)})")
        source = sources.get(placement.path)
        if source is None:
            source = _read(placement.path, digest)
            sources[placement.path] = source
        try:
            page = source.pages[placement.index]
        except IndexError:
            raise PackError(
                f"The attached paper {placement.path.name} has fewer pages than recorded; "
                "attach it again."
            ) from None
        place_page(writer, writer.pages[placement.page - 1], page, f"/PbAttached{n}", box)
    fingerprint = ByteStringObject(digest.digest())
    writer._ID = ArrayObject([fingerprint, fingerprint])
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def _read(path: Path, digest: hashlib._Hash) -> PdfReader:
    try:
        data = path.read_bytes()
        digest.update(hashlib.sha256(data).digest())
        return PdfReader(BytesIO(data))
    except (OSError, PdfReadError, ValueError) as exc:
        raise PackError(f"The attached paper {path.name} could not be read ({exc}).") from exc
