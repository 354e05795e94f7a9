"""Draw the ExoDesk icon and write every size and format the builds need.

The mark: a white paper sheet with a folded corner on a clinic-blue to teal
tile, and on the sheet an extracellular vesicle (a round double membrane with a
little cargo inside), above three lines of text. It stays recognisable at
16 px because the sheet and the teal ring are the only large shapes.

    python packaging/make_icons.py

writes packaging/icons/exodesk-<size>.png, exodesk.ico, exodesk.icns and
resources/icons/exodesk.png (256 px, the window icon). Needs Pillow.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageChops, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "packaging" / "icons"
WINDOW_ICON = ROOT / "resources" / "icons" / "exodesk.png"

SIZE = 1024
SCALE = 4  # drawn four times larger, then reduced: smooth edges without an SVG renderer
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

CLINIC_BLUE = (24, 96, 168)
TEAL = (0, 150, 150)
DEEP_TEAL = (0, 110, 118)
SHEET = (255, 255, 255)
FOLD = (208, 226, 236)
TEXT_LINE = (150, 178, 198)
CARGO = (24, 96, 168)


def _gradient_tile(size: int) -> Image.Image:
    """A rounded square shading from clinic blue (top left) to teal (bottom right)."""
    down = Image.linear_gradient("L").resize((size, size))
    ramp = ImageChops.add(down, down.transpose(Image.Transpose.ROTATE_90).transpose(Image.Transpose.FLIP_LEFT_RIGHT), scale=2)
    blue = Image.new("RGB", (size, size), CLINIC_BLUE)
    teal = Image.new("RGB", (size, size), TEAL)
    tile = Image.composite(teal, blue, ramp).convert("RGBA")
    mask = Image.new("L", (size, size), 0)
    margin = size * 0.06
    ImageDraw.Draw(mask).rounded_rectangle(
        (margin, margin, size - margin, size - margin), radius=size * 0.2, fill=255
    )
    tile.putalpha(mask)
    return tile


def draw(size: int = SIZE) -> Image.Image:
    big = size * SCALE
    image = _gradient_tile(big)
    u = big / 100  # work in percent of the icon
    small = size <= 32  # tiny icons keep only the sheet and the ring

    # The sheet, its top-right corner cut off and folded over.
    left, top, right, bottom, fold = 24 * u, 14 * u, 76 * u, 86 * u, 15 * u
    sheet = Image.new("L", image.size, 0)
    m = ImageDraw.Draw(sheet)
    m.rounded_rectangle((left, top, right, bottom), radius=4 * u, fill=255)
    m.polygon([(right - fold, top - 1), (right + 1, top - 1), (right + 1, top + fold)], fill=0)
    image.paste(SHEET, mask=sheet)
    d = ImageDraw.Draw(image)
    d.polygon([(right - fold, top), (right - fold, top + fold), (right, top + fold)], fill=FOLD)

    # The vesicle: outer and inner leaflet of the membrane, cargo inside.
    cx, cy, r = 50 * u, (50 if small else 43) * u, (21 if small else 17) * u
    d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=TEAL)
    inner = r - (7 if small else 4.2) * u
    d.ellipse((cx - inner, cy - inner, cx + inner, cy + inner), fill=SHEET)
    if small:
        return image.resize((size, size), Image.LANCZOS)
    core = inner - 2.2 * u
    d.ellipse((cx - core, cy - core, cx + core, cy + core), fill=(226, 244, 244), outline=DEEP_TEAL, width=int(1.2 * u))
    for dx, dy, dr in ((-4.5, -3.5, 2.6), (4.0, -1.0, 2.0), (-1.0, 4.5, 2.2), (5.0, 5.5, 1.4)):
        x, y, rr = cx + dx * u, cy + dy * u, dr * u
        d.ellipse((x - rr, y - rr, x + rr, y + rr), fill=CARGO)

    # Three lines of text under it.
    for n, width in enumerate((38, 38, 24)):
        y = (68 + n * 6.5) * u
        d.rounded_rectangle((32 * u, y, (32 + width) * u, y + 2.8 * u), radius=1.4 * u, fill=TEXT_LINE)

    return image.resize((size, size), Image.LANCZOS)


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    WINDOW_ICON.parent.mkdir(parents=True, exist_ok=True)
    master = draw(SIZE)
    # Small sizes are drawn at their own size, not shrunk from 1024, so thin
    # lines do not blur away.
    images = {size: (master if size == SIZE else draw(size)) for size in PNG_SIZES}
    for size, image in images.items():
        image.save(ICONS / f"exodesk-{size}.png", optimize=True)
    images[256].save(WINDOW_ICON, optimize=True)
    images[256].save(ICONS / "exodesk.ico", sizes=[(s, s) for s in ICO_SIZES],
                     append_images=[images[s] for s in ICO_SIZES if s != 256])
    master.save(ICONS / "exodesk.icns", append_images=[images[s] for s in (16, 32, 64, 128, 256, 512)])


if __name__ == "__main__":
    main()
