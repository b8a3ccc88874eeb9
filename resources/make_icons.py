#!/usr/bin/env python3
"""Draws Relatio's application icon as PNG files in resources/icons/ (standard library only).

The icon: a blue rounded square with two interlocking white rings, the customer and the company.
Run it again after changing the drawing; the PNGs are committed so the build needs no Python.
"""
import math
import os
import struct
import zlib

SIZES = (16, 24, 32, 48, 64, 128, 256)
BLUE = (31, 95, 159)
SUPERSAMPLE = 4


def coverage(size, x, y):
    """Returns (alpha of the square, whiteness of the rings) for one subsample, in 0..1."""
    u = (x + 0.5) / size
    v = (y + 0.5) / size
    # Rounded square with a margin of 4 % and corner radius 22 %.
    m, r = 0.04, 0.22
    dx = max(abs(u - 0.5) - (0.5 - m - r), 0)
    dy = max(abs(v - 0.5) - (0.5 - m - r), 0)
    inside = math.hypot(dx, dy) <= r
    if not inside:
        return 0.0, 0.0
    ring = 0.0
    thickness = 0.075 if size >= 32 else 0.11
    for cx in (0.38, 0.62):
        d = math.hypot(u - cx, v - 0.5)
        if abs(d - 0.2) <= thickness / 2:
            ring = 1.0
    return 1.0, ring


def draw(size):
    n = SUPERSAMPLE
    rows = []
    for y in range(size):
        row = bytearray([0])  # filter type: none
        for x in range(size):
            a = w = 0.0
            for sy in range(n):
                for sx in range(n):
                    ca, cw = coverage(size * n, x * n + sx, y * n + sy)
                    a += ca
                    w += cw
            a /= n * n
            w = w / (n * n) / a if a > 0 else 0.0
            rgb = [round(c + (255 - c) * w) for c in BLUE]
            row += bytes(rgb + [round(255 * a)])
        rows.append(bytes(row))
    return b"".join(rows)


def png(size, pixels):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(pixels, 9)) + chunk(b"IEND", b"")


def main():
    folder = os.path.join(os.path.dirname(os.path.abspath(__file__)), "icons")
    os.makedirs(folder, exist_ok=True)
    for size in SIZES:
        with open(os.path.join(folder, f"relatio-{size}.png"), "wb") as f:
            f.write(png(size, draw(size)))


if __name__ == "__main__":
    main()
