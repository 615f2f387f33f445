#!/usr/bin/env python3
"""Writes the small PDFs that seed fuzz_pdf (tests/fuzz/seeds/fuzz_pdf/) and the damaged-layout
reproducers of tests/fixtures/fuzz/fuzz_pdf/: pages laid out as a UN document is (running header
and footer, body text, raised footnote markers, a footnote rule, notes in small type, link
annotations), in Helvetica, which every PDF reader has, so that each file is a few KB.

    tests/fuzz/makepdfseeds.py SEEDS_DIR REPRODUCERS_DIR
"""
import sys
from pathlib import Path


def escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def write_pdf(path, pages):
    """pages: list of (items, links); items are (x, y, size, text), links (x0, y0, x1, y1, uri)."""
    objects = []  # bodies, numbered from 1

    def add(body):
        objects.append(body)
        return len(objects)

    catalog = add(None)
    tree = add(None)
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids = []
    for items, links in pages:
        content = "".join(
            f"BT /F1 {size} Tf {x} {y} Td ({escape(text)}) Tj ET\n" for x, y, size, text in items
        ).encode("latin-1")
        stream = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream")
        annots = [
            add(
                (
                    f"<< /Type /Annot /Subtype /Link /Rect [{x0} {y0} {x1} {y1}] /Border [0 0 0] "
                    f"/A << /S /URI /URI ({escape(uri)}) >> >>"
                ).encode("latin-1")
            )
            for x0, y0, x1, y1, uri in links
        ]
        refs = " ".join(f"{a} 0 R" for a in annots)
        kids.append(
            add(
                (
                    f"<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 595 842] /Contents {stream} 0 R "
                    f"/Resources << /Font << /F1 {font} 0 R >> >> /Annots [{refs}] >>"
                ).encode("latin-1")
            )
        )
    objects[catalog - 1] = f"<< /Type /Catalog /Pages {tree} 0 R >>".encode()
    objects[tree - 1] = (
        f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>"
    ).encode()

    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        catalog,
        xref,
    )
    Path(path).write_bytes(bytes(out))


def un_page(number, count, body, notes, rule=True, links=()):
    """A page of a UN document: header and footer furniture, body lines at 10 pt from the top,
    then the footnote rule and the notes at 8 pt. A body item may be (text, raised marker)."""
    items = [(72, 800, 10, "A/80/604/Add.6"), (72, 40, 8, "26-04865"), (500, 40, 8, f"{number}/{count}")]
    y = 760
    for line in body:
        text, raised = (line, None) if isinstance(line, str) else line
        items.append((72, y, 10, text))
        if raised:
            items.append((72 + 5.0 * len(text), y + 4, 6, raised))
        y -= 12
    y = 130
    if rule:
        items.append((72, y, 10, "__________________"))
        y -= 12
    for note in notes:
        items.append((72, y, 8, note))
        y -= 10
    return items, list(links)


BODY = [
    "1. The Advisory Committee has considered the report of the Secretary-General on the",
    ("budget of the United Nations Interim Force, which amounts to $6,896,800,", "1"),
    "or 15.0 per cent of the appropriation for the period from 1 July 2025 to 30 June",
    "2026 (see A/80/615 and resolution 76/234).",
    "",
    "2. The Committee recommends that the General Assembly approve the proposed",
    "resources, subject to its observations and recommendations in paragraph 5 below.",
]


def main(seeds, reproducers):
    seeds.mkdir(parents=True, exist_ok=True)
    reproducers.mkdir(parents=True, exist_ok=True)
    link = (72, 720, 400, 732, "https://undocs.org/en/A/80/615")
    write_pdf(
        seeds / "un-two-pages.pdf",
        [
            un_page(1, 2, BODY, ["1 Excludes one-time requirements; see A/80/615."], links=[link]),
            un_page(2, 2, BODY[4:] + ["3. Annex: decision 79/555 and S/RES/1540 (2004)."],
                    ["2 See https://undocs.org/en/A/RES/76/234", "continued note text"]),
        ],
    )
    write_pdf(seeds / "un-no-rule.pdf", [un_page(1, 1, BODY, ["1 A note in small type."], rule=False)])
    write_pdf(seeds / "plain-page.pdf", [([(72, 760, 12, "Hello, world.")], [])])
    # A damaged layout: the notes at the foot of the page begin with a line that has no marker
    # (its first line was lost), so the note has none. Reading it once crashed the reflow.
    write_pdf(
        reproducers / "note-without-marker.pdf",
        [un_page(1, 1, BODY, ["the second line of a note whose first line is lost", "1 A note."])],
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
