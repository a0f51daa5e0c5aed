"""Scripted terminal sessions through a real pseudo-terminal (pexpect): what the issue "Confirmation you can see"
found, reproduced and asserted on the chain (sender nonce, balances), not on wording alone.

Each session runs the real CLI on a fresh memory chain (``pty_driver.py``); the driver writes the chain's state on
exit. Nothing may move without a yes typed after the plan was drawn, to that plan; the right plan moves exactly its
amount, once.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

DRIVER = Path(__file__).with_name("pty_driver.py")
PROMPT = "you> "
TENTH = 10**17
KEY = "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"


class Session:
    def __init__(self, home: Path, *args: str) -> None:
        self.state_file = home / "pty-state.json"
        env = {**os.environ, "PTY_STATE": str(self.state_file), "COLUMNS": "200", "TERM": "xterm"}
        self.child = pexpect.spawn(
            sys.executable, [str(DRIVER), *args], env=env, encoding="utf-8", timeout=180, dimensions=(50, 200)
        )
        self.out = ""

    def expect(self, pattern: str) -> str:
        self.child.expect(pattern)
        seen = self.child.before + self.child.after
        self.out += seen
        return seen

    def prompt(self) -> str:
        return self.expect(re.escape(PROMPT))

    def say(self, text: str) -> str:
        """Type one line, return everything printed until the next prompt."""
        self.child.sendline(text)
        return self.prompt()

    def close(self) -> dict:
        self.child.sendline("exit")
        self.child.expect(pexpect.EOF)
        self.out += self.child.before
        self.child.close()
        assert "Traceback" not in self.out, self.out
        return json.loads(self.state_file.read_text())


@pytest.fixture
def chat(ledgerlm_home: Path):
    sessions: list[Session] = []

    def start() -> Session:
        s = Session(ledgerlm_home, "chat")
        s.prompt()
        sessions.append(s)
        return s

    yield start
    for s in sessions:
        if s.child.isalive():
            s.child.terminate(force=True)


def test_type_ahead_is_discarded_and_then_the_shown_plan_moves_its_amount_once(chat) -> None:
    s = chat()
    s.child.send("send 0.1 ETH to bob\nyes\n")  # "yes" typed ahead, before the plan was drawn
    shown = s.prompt()
    assert "Here is exactly what will happen" in shown and "Done" not in shown
    after = s.say("what is the price of ETH?")  # if "yes" had survived it would have been read before this
    assert "Done" not in after and "cancelled" in after
    s.say("send 0.1 ETH to bob")
    done = s.say("yes")
    assert "Done" in done
    again = s.say("yes")
    assert "Done" not in again and "nothing waiting" in again
    state = s.close()
    assert state["bob"] == TENTH and state["nonce"] == 1


def test_stale_plan_after_a_question_is_cancelled(chat) -> None:
    s = chat()
    plan = s.say("send 0.1 ETH to bob")
    assert "Plan " in plan and "Type yes" in plan
    answer = s.say("what is impermanent loss?")
    assert "was cancelled" in answer and "nothing was sent" in answer
    ok = s.say("ok")
    assert "Done" not in ok and "nothing waiting" in ok
    state = s.close()
    assert state["bob"] == 0 and state["nonce"] == 0


def test_refused_key_paste_cancels_the_plan_before_it(chat, ledgerlm_home: Path) -> None:
    s = chat()
    s.say("给 bob 转 0.1 个 ETH")
    refused = s.say(f"my key is {KEY}")
    assert "private key" in refused and "was cancelled" in refused
    after = s.say("是")
    assert "已完成" not in after and "Done" not in after
    state = s.close()
    assert state["bob"] == 0 and state["nonce"] == 0
    for path in ledgerlm_home.rglob("*"):
        if path.is_file():
            assert KEY[2:].encode() not in path.read_bytes(), path


def test_escape_sequences_never_reach_the_terminal(chat) -> None:
    s = chat()
    plan = s.say("send 0.1 ETH to bob \x1b[2J\x1b[H\x1b]0;pwned\x07 hi")
    assert "\x1b[2J" not in plan and "\x1b]0;" not in plan
    assert "Here is exactly what will happen" in plan
    done = s.say("yes")
    assert "Done" in done
    state = s.close()
    assert state["bob"] == TENTH and state["nonce"] == 1


def test_markup_in_a_message_is_shown_as_text_and_history_still_lists(chat, ledgerlm_home: Path) -> None:
    s = chat()
    reply = s.say("send 0.1 ETH to bob [/] [bold red]boom[/bold red] [link=http://x]y")
    assert "Traceback" not in reply and "Here is exactly what will happen" in reply
    s.say("[/][/]")
    state = s.close()
    assert state["bob"] == 0
    listing = Session(ledgerlm_home, "history", "list")
    listing.child.expect(pexpect.EOF)
    text = listing.child.before
    listing.child.close()
    assert listing.child.exitstatus == 0, text
    assert "[/][/]" in text and "[bold red]boom" in text


def test_large_plan_needs_its_code_not_yes(chat) -> None:
    s = chat()
    plan = s.say("send 1 ETH to bob")  # about $3,000 at the shipped price: above the $1,000 threshold
    code = re.search(r"type the code ([A-Z0-9]{6})", plan)
    assert code, plan
    said_yes = s.say("yes")
    assert "needs its code" in said_yes and "Done" not in said_yes
    done = s.say(code.group(1).lower())
    assert "Done" in done
    state = s.close()
    assert state["bob"] == 10 * TENTH and state["nonce"] == 1


def test_piped_yes_is_not_a_confirmation_but_act_yes_is(ledgerlm_home: Path) -> None:
    import subprocess

    env = {**os.environ, "PTY_STATE": str(ledgerlm_home / "act-state.json")}
    piped = subprocess.run(
        [sys.executable, str(DRIVER), "act", "send 0.1 ETH to bob"],
        input="yes\n",
        text=True,
        capture_output=True,
        env=env,
        timeout=300,
    )
    assert piped.returncode == 1 and "not a terminal" in piped.stdout + piped.stderr
    assert json.loads((ledgerlm_home / "act-state.json").read_text())["bob"] == 0
    scripted = subprocess.run(
        [sys.executable, str(DRIVER), "act", "--yes", "send 0.1 ETH to bob"],
        text=True,
        capture_output=True,
        env=env,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )
    assert scripted.returncode == 0, scripted.stdout + scripted.stderr
    assert json.loads((ledgerlm_home / "act-state.json").read_text())["bob"] == TENTH
    stranger = subprocess.run(
        [sys.executable, str(DRIVER), "act", "--yes", "send 0.1 ETH to 0x1111111111111111111111111111111111111111"],
        text=True,
        capture_output=True,
        env=env,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )
    assert stranger.returncode == 1 and "--yes only confirms" in stranger.stdout + stranger.stderr
    assert json.loads((ledgerlm_home / "act-state.json").read_text())["nonce"] == 0


def test_assent_the_plan_did_not_offer_cancels_it(chat) -> None:
    """Round 7: "好的" confirmed a plan whose prompt said only 是 / yes confirm (anything else cancels). Now "好的"
    and 👍 cancel it, saying only the offered word confirms; that word then moves the next plan's amount once."""
    s = chat()
    plan = s.say("给 bob 转 0.1 个 ETH")
    assert "输入“是”、“确认”或 yes" in plan
    for word in ("好的", "👍"):
        said = s.say(word)
        assert "已取消" in said and "已完成" not in said
        s.say("给 bob 转 0.1 个 ETH")
    done = s.say("确认")
    assert "已完成" in done
    state = s.close()
    assert state["bob"] == TENTH and state["nonce"] == 1
