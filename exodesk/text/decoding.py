"""Turn a file's bytes into text, or say plainly why that is not possible.

Saved pages arrive as UTF-8 (with or without BOM), UTF-16 from Windows tools,
GB18030/GBK from mainland sites, Big5 from Taiwan and Hong Kong, and
Windows-1252 from older Western tools. UTF-8 is tried first because it is
strict: text that decodes as UTF-8 almost never is anything else.
"""

from __future__ import annotations

import codecs

# The legacy encodings we expect; charset-normalizer picks among them.
LEGACY_ENCODINGS = ["gb18030", "big5", "cp1252"]

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


class DecodeError(ValueError):
    pass


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as a NUL in every other byte of ASCII text."""
    sample = data[:2000]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). Raises DecodeError with a reason."""
    if not data.strip():
        raise DecodeError("the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise DecodeError(f"broken {encoding} text ({error.reason})") from None
    utf16 = _bomless_utf16(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:8192]:
        raise DecodeError("it is a binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # loaded only for legacy files

    best = from_bytes(data, cp_isolation=LEGACY_ENCODINGS).best()
    if best is None or best.chaos > 0.3:
        raise DecodeError("its text encoding could not be recognised")
    return str(best), best.encoding
