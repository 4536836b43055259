"""A tiny text format for the demo's article bodies, so that long French
paragraphs can be wrapped in Python source and still come out verbatim.

Blocks are separated by blank lines; a block starting with "## " is an <h2>,
any other block a <p>; lines inside a block are joined with one space.
"""

from html import escape


def to_html(text):
    blocks = []
    for block in text.strip().split("\n\n"):
        line = " ".join(part.strip() for part in block.strip().splitlines())
        if line.startswith("## "):
            blocks.append(f"<h2>{escape(line[3:], quote=False)}</h2>")
        elif line:
            blocks.append(f"<p>{escape(line, quote=False)}</p>")
    return "\n".join(blocks)
