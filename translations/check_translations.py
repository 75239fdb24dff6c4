#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a .ts file is behind the code or badly translated.

Runs lupdate over the current sources into a scratch copy of the .ts (the real file is never
touched), so a string added to the code but not yet in the .ts shows up as unfinished there.
Then every message must have a non-empty, finished translation whose %1..%n, %n and HTML-ish
placeholders match the source, so a translation can never drop an argument.
"""
import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

PLACEHOLDER = re.compile(r"%(?:L?\d+|n)")


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text or ""))


def translation_texts(translation):
    forms = translation.findall("numerusform")
    if forms:
        return [f.text or "" for f in forms]
    return [translation.text or ""]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lupdate", required=True, help="path of Qt's lupdate")
    parser.add_argument("--sources", required=True, help="list file: one source per line, -I lines")
    parser.add_argument("ts", help="the .ts file to check")
    args = parser.parse_args()

    ts = Path(args.ts)
    if not ts.is_file():
        print(f"{ts}: missing (build the update_translations target to create it)")
        return 1

    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp) / ts.name
        shutil.copyfile(ts, scratch)
        run = subprocess.run(
            [args.lupdate, "-silent", "-no-obsolete", "-locations", "none",
             "@" + args.sources, "-ts", str(scratch)],
            capture_output=True, text=True)
        if run.returncode != 0:
            print(f"{args.lupdate}: failed ({run.returncode})\n{run.stdout}{run.stderr}")
            return 1
        root = ET.parse(scratch).getroot()

    problems = []
    # lupdate drops these calls altogether, so they would never show up as unfinished: a
    # free tr() used where lupdate sees no class or namespace (e.g. `using X::tr;` at file
    # scope). Qualify the call (Cli::tr) or use a Tr struct with Q_DECLARE_TR_FUNCTIONS.
    for line in (run.stdout + run.stderr).splitlines():
        if "cannot be called without context" in line:
            problems.append(f"{line.strip()} (the string is lost to translators)")
    count = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            count += 1
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = f"{name}: \"{source}\""
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("unfinished", "missing"):
                problems.append(f"{where}: not translated (new in the code, or unfinished)")
                continue
            if kind in ("vanished", "obsolete"):
                continue
            texts = translation_texts(translation)
            if any(not t.strip() for t in texts):
                problems.append(f"{where}: empty translation")
                continue
            want = placeholders(source)
            for text in texts:
                got = placeholders(text)
                # Numerus forms may spell the number out in one form, so %n may be absent.
                if message.get("numerus") == "yes":
                    want_args = [p for p in want if p != "%n"]
                    got_args = [p for p in got if p != "%n"]
                    if want_args != got_args:
                        problems.append(f"{where}: placeholders {want_args} became {got_args}")
                elif got != want:
                    problems.append(f"{where}: placeholders {want} became {got} in \"{text}\"")

    language = root.get("language", "?")
    if count == 0:
        problems.append("no messages at all: lupdate found no tr() strings in the listed sources")
    if problems:
        print(f"{ts}: {len(problems)} problem(s) in {count} messages ({language}):")
        for p in problems:
            print("  " + p)
        print("Fix: cmake --build <build> --target update_translations, then translate the "
              "entries marked unfinished in Qt Linguist (or by hand).")
        return 1
    print(f"{ts}: {count} messages, all translated ({language})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
