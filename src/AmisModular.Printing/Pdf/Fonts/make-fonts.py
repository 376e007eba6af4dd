#!/usr/bin/python3
"""Builds the embedded DejaVu Sans faces from the system copies (Debian fonts-dejavu-core) with fontTools.

1. Subset to what Vietnamese accounting documents print: Latin (incl. Latin Extended Additional = Vietnamese),
   combining marks, Greek, Cyrillic, punctuation, currency (₫, €), letterlike, arrows, math, box drawing.
2. Flatten every composite glyph into a plain outline. PDFsharp 6.2.4 resolves composite glyphs only one level
   deep when it subsets a font (empira/PDFsharp#348), and DejaVu builds ề, ễ, ố, ằ… from composites of composites:
   without this step those letters print without their marks ("tiền" prints as "tien").

Usage: /usr/bin/python3 make-fonts.py   (needs python3-fonttools; writes next to this script)
"""
import os
from fontTools import subset
from fontTools.pens.recordingPen import DecomposingRecordingPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont

SOURCE = "/usr/share/fonts/truetype/dejavu"
FACES = ["DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"]
RANGES = [(0x20, 0x7E), (0xA0, 0x2FF), (0x300, 0x36F), (0x370, 0x3FF), (0x400, 0x4FF), (0x1E00, 0x1EFF),
          (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2100, 0x214F), (0x2190, 0x21FF), (0x2200, 0x22FF),
          (0x2500, 0x257F), (0x25A0, 0x25FF)]


def subset_font(path):
    options = subset.Options()
    options.layout_features = []      # PDFsharp does no shaping; GSUB/GPOS only add weight
    options.name_IDs = ["*"]          # keep copyright and licence strings
    options.name_languages = ["*"]
    options.hinting = False
    options.notdef_outline = True
    font = subset.load_font(path, options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[u for lo, hi in RANGES for u in range(lo, hi + 1)])
    subsetter.subset(font)
    return font


def flatten_composites(font):
    glyph_set = font.getGlyphSet()
    glyf = font["glyf"]
    flat = {}
    for name in font.getGlyphOrder():
        if glyf[name].isComposite():
            recording = DecomposingRecordingPen(glyph_set)
            glyph_set[name].draw(recording)
            pen = TTGlyphPen(None)
            recording.replay(pen)
            flat[name] = pen.glyph()
    for name, glyph in flat.items():
        glyf[name] = glyph
        glyph.recalcBounds(glyf)
    return len(flat)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    for face in FACES:
        font = subset_font(os.path.join(SOURCE, face + ".ttf"))
        count = flatten_composites(font)
        out = os.path.join(here, face + ".ttf")
        font.save(out)
        print(f"{face}: {count} composites flattened, {os.path.getsize(out)} bytes")


if __name__ == "__main__":
    main()
