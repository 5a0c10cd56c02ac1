#!/usr/bin/env python3
"""Generate Parley's error-code dictionary (error-codes.tsv) from real headers.

Inputs
  * ntstatus.h, winerror.h, bugcodes.h from Debian's mingw-w64-common package
    (apt-get install mingw-w64-common; they land in /usr/share/mingw-w64/include)
  * the NTSTATUS -> Win32 translation table (status_hex, status_name, win32_name)
  * bugcheck-supplement.tsv beside this script: well-known bug checks that the
    ReactOS-derived bugcodes.h lacks (e.g. DRIVER_POWER_STATE_FAILURE 0x9F)

Output: one TSV, committed, read by org.parley.analysis.ErrorCodes:
  kind  name  value  key  links
where value is 8 lowercase hex digits, key is "<kind>#<value>" (the token that
the analyzers index) and links lists keys this code is translated to.

Python 3 standard library only.  Run with --check to verify the committed file
is up to date without rewriting it.
"""

import argparse
import hashlib
import os
import re
import sys

SCRIPT_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.normpath(os.path.join(SCRIPT_DIR, "..", ".."))
DEFAULT_INCLUDE = "/usr/share/mingw-w64/include"
DEFAULT_TRANSLATION = os.path.normpath(
    os.path.join(REPO_ROOT, "..", "shared", "data", "ntstatus-win32.tsv"))
DEFAULT_SUPPLEMENT = os.path.join(SCRIPT_DIR, "bugcheck-supplement.tsv")
DEFAULT_OUTPUT = os.path.join(
    REPO_ROOT, "parley-analysis", "src", "main", "resources", "org", "parley",
    "analysis", "error-codes.tsv")

NTSTATUS, WIN32, HRESULT, BUGCHECK = "ntstatus", "win32", "hresult", "bugcheck"
KIND_ORDER = {NTSTATUS: 0, WIN32: 1, HRESULT: 2, BUGCHECK: 3}

DEFINE = re.compile(r"^\s*#\s*define\s+([A-Za-z_][A-Za-z0-9_]*)\s+(.*?)\s*$")
NUMBER = r"(0[xX][0-9a-fA-F]+|\d+)[uUlL]*"
CAST = re.compile(r"^\(\(\s*(NTSTATUS|HRESULT|ULONG|DWORD|LONG)\s*\)\s*" + NUMBER + r"\s*\)$")
MSABI_LONG = re.compile(r"^__MSABI_LONG\(\s*" + NUMBER + r"\s*\)$")
HRESULT_TYPEDEF = re.compile(r"^_HRESULT_TYPEDEF_\(\s*" + NUMBER + r"\s*\)$")
PLAIN = re.compile(r"^" + NUMBER + r"$")
SUM = re.compile(r"^\(\s*([A-Za-z_]\w*)\s*\+\s*" + NUMBER + r"\s*\)$")
FROM_WIN32 = re.compile(r"^HRESULT_FROM_WIN32\(\s*([A-Za-z_]\w*)\s*\)$")
ALIAS = re.compile(r"^([A-Za-z_]\w*)$")

# Range markers and building blocks, not codes a person would quote.
NOT_A_CODE = re.compile(r"(^FACILITY_|^SEVERITY_|^STATUS_SEVERITY_|_FIRST$|_LAST$|_BASE$|_MASK$)")


def number(text):
    return int(text, 16) if text.lower().startswith("0x") else int(text)


def strip_comments(line):
    return re.sub(r"/\*.*?\*/", "", line).split("//")[0]


def read_defines(path):
    """Yield (name, expression) for each one-line #define, in file order."""
    with open(path, encoding="latin-1") as header:
        for line in header:
            match = DEFINE.match(strip_comments(line))
            if match:
                yield match.group(1), match.group(2).strip()


class Dictionary:
    def __init__(self):
        self.codes = {}       # name -> (kind, value)
        self.links = {}       # key -> set(keys)
        self.warnings = []

    def add(self, kind, name, value, source):
        value &= 0xFFFFFFFF
        if name in self.codes:
            if self.codes[name] != (kind, value):
                self.warnings.append("%s: %s redefined as %s 0x%08x, keeping %s 0x%08x" % (
                    source, name, kind, value, self.codes[name][0], self.codes[name][1]))
            return
        self.codes[name] = (kind, value)

    def link(self, source_name, target_name):
        self.links.setdefault(key(*self.codes[source_name]), set()).add(key(*self.codes[target_name]))


def key(kind, value):
    return "%s#%08x" % (kind, value)


def parse_ntstatus(path, dictionary):
    for name, expr in read_defines(path):
        match = CAST.match(expr)
        if match and match.group(1) == "NTSTATUS" and not NOT_A_CODE.search(name):
            dictionary.add(NTSTATUS, name, number(match.group(2)), path)


def parse_winerror(path, dictionary):
    """Win32 errors are __MSABI_LONG(n) or WSABASEERR sums; HRESULTs are typed casts."""
    symbols = {}
    pending = []
    for name, expr in read_defines(path):
        plain = PLAIN.match(expr)
        if plain:
            symbols.setdefault(name, number(plain.group(1)))
            continue
        if NOT_A_CODE.search(name):
            continue
        match = MSABI_LONG.match(expr)
        if match:
            dictionary.add(WIN32, name, number(match.group(1)), path)
            continue
        match = HRESULT_TYPEDEF.match(expr) or CAST.match(expr)
        if match and (match.re is HRESULT_TYPEDEF or match.group(1) == "HRESULT"):
            dictionary.add(HRESULT, name, number(match.group(match.lastindex)), path)
            continue
        match = SUM.match(expr)
        if match and match.group(1) in symbols:
            dictionary.add(WIN32, name, symbols[match.group(1)] + number(match.group(2)), path)
            continue
        pending.append((name, expr))
    # Aliases and HRESULT_FROM_WIN32 refer to names defined anywhere in the file.
    for name, expr in pending:
        match = FROM_WIN32.match(expr)
        if match and match.group(1) in dictionary.codes:
            win32 = dictionary.codes[match.group(1)][1]
            dictionary.add(HRESULT, name, hresult_from_win32(win32), path)
            continue
        match = ALIAS.match(expr)
        if match and match.group(1) in dictionary.codes:
            kind, value = dictionary.codes[match.group(1)]
            dictionary.add(kind, name, value, path)


def hresult_from_win32(code):
    return code if code <= 0 else (code & 0xFFFF) | (7 << 16) | 0x80000000


def parse_bugcodes(path, dictionary):
    for name, expr in read_defines(path):
        match = CAST.match(expr)
        if not match or NOT_A_CODE.search(name):
            continue
        value = number(match.group(2))
        # bugcodes.h also carries message-table ids (0x4000007e banner text, ...).
        if value & 0xC0000000:
            continue
        dictionary.add(BUGCHECK, name, value, path)


def read_tsv(path):
    with open(path, encoding="utf-8") as table:
        rows = [line.rstrip("\n").split("\t") for line in table
                if line.strip() and not line.startswith("#")]
    return rows[1:]


def parse_supplement(path, dictionary):
    for name, value in read_tsv(path):
        dictionary.add(BUGCHECK, name, int(value, 16), path)


def parse_translation(path, dictionary):
    for status_hex, status_name, win32_name in read_tsv(path):
        status_value = int(status_hex, 16)
        if status_name not in dictionary.codes:
            # A few statuses are missing from ntstatus.h; the table itself is the source.
            dictionary.add(NTSTATUS, status_name, status_value, path)
        elif dictionary.codes[status_name][1] != status_value:
            dictionary.warnings.append("%s: %s is 0x%08x in the table but 0x%08x in the headers" % (
                path, status_name, status_value, dictionary.codes[status_name][1]))
            continue
        if win32_name not in dictionary.codes:
            dictionary.warnings.append("%s: unknown Win32 error %s" % (path, win32_name))
            continue
        dictionary.link(status_name, win32_name)


def link_win32_hresults(dictionary):
    """HRESULT_FROM_WIN32 is a fixed encoding, so 0x8007xxxx names Win32 error xxxx."""
    win32_values = {value for kind, value in dictionary.codes.values() if kind == WIN32}
    for kind, value in set(dictionary.codes.values()):
        if kind == HRESULT and (value & 0xFFFF0000) == 0x80070000 and (value & 0xFFFF) in win32_values:
            dictionary.links.setdefault(key(kind, value), set()).add(key(WIN32, value & 0xFFFF))


def render(dictionary, sources):
    lines = ["# Generated by scripts/errorcodes/generate.py; do not edit by hand."]
    for label, path in sources:
        with open(path, "rb") as source:
            digest = hashlib.sha256(source.read()).hexdigest()[:16]
        lines.append("# source %s: %s sha256:%s" % (label, os.path.basename(path), digest))
    lines.append("kind\tname\tvalue\tkey\tlinks")
    ordered = sorted(dictionary.codes.items(),
                     key=lambda item: (KIND_ORDER[item[1][0]], item[1][1], item[0]))
    for name, (kind, value) in ordered:
        code_key = key(kind, value)
        links = ",".join(sorted(dictionary.links.get(code_key, ())))
        lines.append("%s\t%s\t%08x\t%s\t%s" % (kind, name, value, code_key, links))
    return "\n".join(lines) + "\n"


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--include", default=DEFAULT_INCLUDE,
                        help="directory with ntstatus.h, winerror.h, bugcodes.h (default: %(default)s)")
    parser.add_argument("--translation", default=DEFAULT_TRANSLATION,
                        help="NTSTATUS->Win32 table (default: %(default)s)")
    parser.add_argument("--supplement", default=DEFAULT_SUPPLEMENT,
                        help="extra bug checks (default: %(default)s)")
    parser.add_argument("--output", default=DEFAULT_OUTPUT, help="TSV to write (default: %(default)s)")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if --output differs from what would be generated")
    args = parser.parse_args(argv)

    headers = {name: os.path.join(args.include, name)
               for name in ("ntstatus.h", "winerror.h", "bugcodes.h")}
    for path in list(headers.values()) + [args.translation, args.supplement]:
        if not os.path.isfile(path):
            sys.exit("missing input %s (install mingw-w64-common, or pass --include/--translation)" % path)

    dictionary = Dictionary()
    parse_ntstatus(headers["ntstatus.h"], dictionary)
    parse_winerror(headers["winerror.h"], dictionary)
    parse_bugcodes(headers["bugcodes.h"], dictionary)
    parse_supplement(args.supplement, dictionary)
    parse_translation(args.translation, dictionary)
    link_win32_hresults(dictionary)

    text = render(dictionary, [("ntstatus", headers["ntstatus.h"]), ("winerror", headers["winerror.h"]),
                               ("bugcodes", headers["bugcodes.h"]), ("supplement", args.supplement),
                               ("translation", args.translation)])
    for warning in dictionary.warnings:
        print("warning: " + warning, file=sys.stderr)
    if args.check:
        with open(args.output, encoding="utf-8") as committed:
            if committed.read() != text:
                sys.exit("%s is out of date; rerun scripts/errorcodes/generate.py" % args.output)
        return
    os.makedirs(os.path.dirname(args.output), exist_ok=True)
    with open(args.output, "w", encoding="utf-8", newline="\n") as out:
        out.write(text)
    kinds = {}
    for kind, _ in dictionary.codes.values():
        kinds[kind] = kinds.get(kind, 0) + 1
    print("wrote %s: %s" % (args.output, ", ".join("%s=%d" % item for item in sorted(kinds.items()))))


if __name__ == "__main__":
    main(sys.argv[1:])
