"""Uploaded images: checked by their content, re-encoded, and served as renditions.

An upload must be a real JPEG, PNG or WebP image (read by Pillow, not judged by
its name), at most 10 MB and 40 megapixels; a decompression bomb is refused.
Accepted images are re-encoded (which drops EXIF data, GPS position included)
and stored under a generated name.
"""

import io
import uuid
import warnings

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from imagekit.models import ImageSpecField
from imagekit.processors import ResizeToFill
from PIL import Image, ImageOps

MAX_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 40_000_000
FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}


def clean_upload(upload):
    """A re-encoded copy of an uploaded image, or ValidationError with a French message."""
    if upload.size > MAX_BYTES:
        raise ValidationError(
            _("L’image pèse %(size).1f Mo : 10 Mo au plus.") % {"size": upload.size / 1024 / 1024}
        )
    upload.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(upload) as probe:
                image_format = probe.format
                width, height = probe.size
                if image_format not in FORMATS:
                    raise ValidationError(_("Formats acceptés : JPEG, PNG ou WebP."))
                if width * height > MAX_PIXELS:
                    raise ValidationError(
                        _("L’image fait %(mpx).0f mégapixels : 40 au plus.")
                        % {"mpx": width * height / 1_000_000}
                    )
                probe.verify()
            upload.seek(0)
            with Image.open(upload) as image:
                image.load()
                image = ImageOps.exif_transpose(image)
                return reencode(image, image_format)
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError(
            _("Image refusée : ses dimensions déclarées sont démesurées.")
        ) from None
    except Exception:  # anything Pillow cannot read is not an image we want
        raise ValidationError(
            _("Ce fichier n’est pas une image lisible (JPEG, PNG ou WebP).")
        ) from None


def reencode(image, image_format):
    """The pixels only, in the same format, under a generated name (no EXIF, no metadata)."""
    if image_format == "JPEG" and image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    buffer = io.BytesIO()
    options = {"JPEG": {"quality": 88, "optimize": True}, "WEBP": {"quality": 88}}
    image.save(buffer, image_format, **options.get(image_format, {}))
    return ContentFile(buffer.getvalue(), name=f"{uuid.uuid4().hex}.{FORMATS[image_format]}")


def rendition(width, height, image_format="JPEG"):
    """A cropped, resized copy of a model's `cover`, made on first use and then stored."""
    return ImageSpecField(
        source="cover",
        processors=[ResizeToFill(width, height)],
        format=image_format,
        options={"quality": 82} if image_format == "WEBP" else {"quality": 84, "progressive": True},
    )
