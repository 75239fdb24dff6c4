#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the .ts that lrelease compiles: the translator's .ts plus, for strings that go
through a module's free translation helper, a copy under the context the code asks for.

Several modules translate through a file-local helper,
    QString tr(const char* text) { return QCoreApplication::translate("Estran::Data", text); }
lupdate cannot see through it: it files each call under the class or namespace it appears in
(a member function of a plain class gives "CfTimeAxis", a nested namespace "Estran::Data::detail"),
while at run time the lookup is for "Estran::Data". The translator keeps working on lupdate's
file as it is; this step adds, from each message's <location>, a copy under the helper's context,
so the .qm answers the lookup the code really makes. Extra contexts in a .qm cost nothing.

    runtime_contexts.py IN.ts OUT.ts
"""
import copy
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HELPER = re.compile(
    r'QString\s+tr\s*\(\s*const\s+char\s*\*\s*\w*\s*\)\s*(?:const\s*)?\{\s*'
    r'return\s+QCoreApplication::translate\(\s*"([^"]+)"')
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


class ContextFinder:
    def __init__(self):
        self.cache = {}

    def helper_in(self, path):
        if path not in self.cache:
            try:
                text = path.read_text(encoding="utf-8", errors="replace")
            except OSError:
                text = ""
            m = HELPER.search(text)
            self.cache[path] = (m.group(1) if m else None, text)
        return self.cache[path]

    def context_for(self, path):
        """The helper's context for calls in `path`: its own helper, one in a header it
        includes, or the only one defined in its directory."""
        own, text = self.helper_in(path)
        if own:
            return own
        for include in INCLUDE.findall(text):
            found, _ = self.helper_in((path.parent / include).resolve())
            if found:
                return found
        in_dir = {self.helper_in(p)[0] for p in path.parent.glob("*.cpp")} - {None}
        return in_dir.pop() if len(in_dir) == 1 else None


def main():
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    tree = ET.parse(source)
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.findall("context")}
    present = {(c, m.findtext("source"), m.findtext("comment"))
               for c, ctx in contexts.items() for m in ctx.findall("message")}
    finder = ContextFinder()
    added = 0
    # With -locations relative, a <location> without filename is in the file named last, in
    # document order.
    filename = None
    for name, context in list(contexts.items()):
        for message in context.findall("message"):
            wanted = set()
            for location in message.findall("location"):
                filename = location.get("filename") or filename
                if filename:
                    found = finder.context_for((source.parent / filename).resolve())
                    if found and found != name:
                        wanted.add(found)
            for runtime in sorted(wanted):
                key = (runtime, message.findtext("source"), message.findtext("comment"))
                if key in present:
                    continue
                if runtime not in contexts:
                    element = ET.SubElement(root, "context")
                    ET.SubElement(element, "name").text = runtime
                    contexts[runtime] = element
                contexts[runtime].append(copy.deepcopy(message))
                present.add(key)
                added += 1
    target.parent.mkdir(parents=True, exist_ok=True)
    text = ET.tostring(root, encoding="unicode")
    target.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n",
                      encoding="utf-8")
    print(f"runtime_contexts: {added} message(s) copied to their run-time context")
    return 0


if __name__ == "__main__":
    sys.exit(main())
