#!/usr/bin/env python3
"""Copies a half of the corpus with every source.txt reshaped as stored pages reshape text, to see
how the drafter holds up where the wording is the same and only the layout differs:

  halfwidth  ，；：（）？！％ written half-width (。 kept: no page in the corpus ends sentences with .)
  wrap40     every line broken after 40 characters, as text copied from a PDF or a fixed-width page
  oneline    every line break a space, as a page that flattens its paragraphs
  fullwidth  digits, the point between them and ％ written full-width (２０２１年，增长８．５％), as an input method may

The keys stay as they are: corpus/README.md places them in the folded text, where width and
whitespace do not count. Score the copy with its own score.sh (copied along):

  python3 corpus/perturb.py wrap40 development /tmp/wrap40
  bash /tmp/wrap40/corpus/score.sh development -- dotnet path/to/ReportSdk.Cli.dll
"""
import os
import re
import shutil
import sys

HALF_WIDTH = str.maketrans({'，': ',', '；': ';', '：': ':', '（': '(', '）': ')', '？': '?', '！': '!', '％': '%'})


FULL_WIDTH_DIGITS = str.maketrans({str(d): chr(0xFF10 + d) for d in range(10)})


def wrap(text, width):
    lines = []
    for line in text.split('\n'):
        while len(line) > width:
            lines.append(line[:width])
            line = line[width:]
        lines.append(line)
    return '\n'.join(lines)


def reshape(variant, text):
    if variant == 'halfwidth':
        return text.translate(HALF_WIDTH)
    if variant == 'wrap40':
        return wrap(text, 40)
    if variant == 'oneline':
        return re.sub(r'\s*\n\s*', ' ', text.strip()) + '\n'
    if variant == 'fullwidth':
        text = re.sub(r'(?<=[0-9])\.(?=[0-9])', '．', text).replace('%', '％')
        return text.translate(FULL_WIDTH_DIGITS)
    raise SystemExit(f'unknown variant {variant!r}: halfwidth, wrap40, oneline or fullwidth')


def main():
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    variant, half, out = sys.argv[1:]
    corpus = os.path.dirname(os.path.abspath(__file__))
    source_half = os.path.join(corpus, half)
    target = os.path.join(out, 'corpus')
    os.makedirs(target, exist_ok=True)
    shutil.copy(os.path.join(corpus, 'score.sh'), target)
    for name in sorted(os.listdir(source_half)):
        folder = os.path.join(source_half, name)
        if not os.path.isdir(folder):
            continue
        copy = os.path.join(target, half, name)
        shutil.copytree(folder, copy, dirs_exist_ok=True)
        with open(os.path.join(folder, 'source.txt'), encoding='utf-8', newline='') as f:
            text = f.read()
        with open(os.path.join(copy, 'source.txt'), 'w', encoding='utf-8', newline='') as f:
            f.write(reshape(variant, text))


if __name__ == '__main__':
    main()
