#!/usr/bin/env python3
"""A real LanguageTool client (language_tool_python, remote_server=) against `preelection serve`.

Usage: language_tool_client.py PATH/TO/preelection
Starts the server on a free loopback port, checks releases with emoji, Welsh accents and CRLF line ends,
and asserts that every match's offset and length (which the client converts from UTF-16 code units to
Python characters) pick out the words PreElection flagged. Stops the server with SIGTERM and expects exit 0.
"""
import importlib.metadata
import os
import re
import signal
import subprocess
import sys

import language_tool_python


def main() -> int:
    binary = sys.argv[1]
    env = dict(os.environ, PREELECTION_TODAY="2027-04-20")
    server = subprocess.Popen([binary, "serve", "--port", "0", "--country", "wales"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, env=env, text=True)
    try:
        line = server.stdout.readline()
        found = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert found, f"serve did not print its URL: {line!r}"
        url = found.group(0)
        tool = language_tool_python.LanguageTool("en-GB", remote_server=url)
        cases = [
            ("Croeso 😀 i Geredigion — dŵr, tŷ.\r\n“A great day for Aberystwyth,” said Cllr Siân Jones.\r\nVote Labour on 6 May! 🗳️",
             {"PREELECTION_MEMBER_QUOTE": "“A great day for Aberystwyth,”", "PREELECTION_ELECTIONEERING": "Vote Labour"}),
            ("The library reopens on Monday. 📚 Opening hours are 9am to 5pm.", {}),
        ]
        for text, expected in cases:
            matches = tool.check(text)
            got = {m.rule_id: text[m.offset:m.offset + m.error_length] for m in matches}
            assert got == expected, f"for {text!r}: got {got}, expected {expected}"
            for m in matches:
                assert m.category == "PREELECTION", m.category
                assert "pre-election period" in m.message, m.message
        tool.close()
        print(f"language_tool_python {importlib.metadata.version('language_tool_python')}: "
              f"{sum(len(e) for _, e in cases)} matches at the right offsets")
    finally:
        server.send_signal(signal.SIGTERM)
        status = server.wait(timeout=10)
    log = server.stderr.read()
    assert status == 0, f"serve exited {status} after SIGTERM: {log}"
    assert "POST /v2/check 200" in log, log
    assert "Aberystwyth" not in log, "the access log must never contain a draft"
    return 0


if __name__ == "__main__":
    sys.exit(main())
