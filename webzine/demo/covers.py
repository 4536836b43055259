"""Images drawn with Pillow for the demo: a small pool of article covers
(gradients, shapes and a category label) and authors' avatars (initials on a
coloured square).

Covers are saved once under covers/demo/ in the default storage and reused by
file name, whatever the number of articles; an existing file is never redrawn.
"""

import io
import random

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image, ImageChops, ImageDraw, ImageFont

COVER_SIZE = (1200, 675)
COVER_DIR = "covers/demo"
COVERS_PER_ROOT = 5
CREDIT = "Illustration : 42mag.fr"

# Two gradient colours and an accent per top-level category.
PALETTES = {
    "actualites": [("#0f2027", "#2c5364", "#f9a825"), ("#1a237e", "#00acc1", "#ffeb3b")],
    "politique": [("#1b1f3b", "#b71c1c", "#ffffff"), ("#0d47a1", "#263238", "#ef5350")],
    "culture": [("#4a148c", "#f06292", "#fff59d"), ("#311b92", "#ff7043", "#ffffff")],
    "bon-a-savoir": [("#1b5e20", "#9ccc65", "#ffffff"), ("#004d40", "#26a69a", "#ffca28")],
    "decouvertes": [("#e65100", "#fdd835", "#212121"), ("#880e4f", "#7e57c2", "#80deea")],
}
AVATAR_COLOURS = ["#c62828", "#1565c0", "#2e7d32", "#6a1b9a", "#ef6c00", "#00838f", "#4e342e"]
FONT_FILES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "DejaVuSans-Bold.ttf",
]


def font(size):
    for path in FONT_FILES:
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def _hex(colour):
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def _gradient(size, start, end, direction):
    """A linear gradient from `start` to `end`: down, across, or along a diagonal."""
    down = Image.linear_gradient("L").resize(size)
    across = Image.linear_gradient("L").rotate(90).resize(size)
    masks = {
        "down": down,
        "across": across,
        "diagonal": ImageChops.add(down, across, scale=2.0),
        "anti-diagonal": ImageChops.add(down, ImageChops.invert(across), scale=2.0),
    }
    return Image.composite(
        Image.new("RGB", size, end), Image.new("RGB", size, start), masks[direction]
    )


def render_cover(label, seed, palette, subtitle=""):
    """A 1200×675 JPEG: a gradient, translucent shapes, the label in a band."""
    rng = random.Random(seed)
    start, end, accent = (_hex(c) for c in palette)
    width, height = COVER_SIZE
    image = _gradient(
        COVER_SIZE, start, end, rng.choice(["down", "across", "diagonal", "anti-diagonal"])
    ).convert("RGBA")
    layer = Image.new("RGBA", COVER_SIZE, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    for _ in range(rng.randint(5, 9)):
        x, y = rng.randint(-100, width), rng.randint(-100, height)
        size = rng.randint(80, 380)
        colour = (*rng.choice([accent, (255, 255, 255), start]), rng.randint(40, 110))
        shape = rng.choice(["ellipse", "rectangle", "triangle"])
        if shape == "ellipse":
            draw.ellipse((x, y, x + size, y + size), fill=colour)
        elif shape == "rectangle":
            draw.rectangle((x, y, x + size, y + size // 2), fill=colour)
        else:
            draw.polygon([(x, y + size), (x + size // 2, y), (x + size, y + size)], fill=colour)
    for step in range(0, width, rng.choice([40, 60, 80])):
        draw.line((step, height, step + height // 2, 0), fill=(255, 255, 255, 18), width=2)
    image = Image.alpha_composite(image, layer).convert("RGB")

    draw = ImageDraw.Draw(image, "RGBA")  # RGBA on an RGB image: translucent fills blend
    band_top = height - 170
    draw.rectangle((0, band_top, width, height), fill=(0, 0, 0, 150))
    draw.rectangle((60, band_top + 38, 72, band_top + 132), fill=(*accent, 255))
    draw.text((100, band_top + 30), label.upper(), font=font(56), fill=(255, 255, 255, 255))
    draw.text(
        (102, band_top + 102), subtitle or "42mag.fr", font=font(28), fill=(235, 235, 235, 255)
    )
    return _jpeg(image)


def _jpeg(image):
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85, optimize=True, progressive=True)
    return buffer.getvalue()


def save_once(name, render):
    """Store the bytes `render()` returns under `name` unless the file exists."""
    if not default_storage.exists(name):
        default_storage.save(name, ContentFile(render()))
    return name


def cover_pool(roots):
    """Draw the pool (COVERS_PER_ROOT per top-level category) once.

    `roots` is [(slug, name)]; returns {root slug: [file names]}.
    """
    pool = {}
    for slug, name in roots:
        palettes = PALETTES.get(slug, PALETTES["actualites"])
        names = []
        for index in range(1, COVERS_PER_ROOT + 1):
            palette = palettes[index % len(palettes)]
            file_name = f"{COVER_DIR}/{slug}-{index:02d}.jpg"
            names.append(
                save_once(
                    file_name, lambda n=name, i=index, p=palette: render_cover(n, f"{n}{i}", p)
                )
            )
        pool[slug] = names
    return pool


def named_cover(file_stem, label, subtitle, palette_key, seed):
    """A cover drawn for one article (the reference article)."""
    palette = PALETTES.get(palette_key, PALETTES["actualites"])[0]
    return save_once(
        f"{COVER_DIR}/{file_stem}.jpg", lambda: render_cover(label, seed, palette, subtitle)
    )


def render_avatar(name, size=256):
    initials = "".join(part[0] for part in name.split()[:2]).upper()
    colour = _hex(AVATAR_COLOURS[sum(map(ord, name)) % len(AVATAR_COLOURS)])
    image = Image.new("RGB", (size, size), colour)
    draw = ImageDraw.Draw(image)
    draw.text((size / 2, size / 2), initials, font=font(size * 2 // 5), fill="white", anchor="mm")
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()
