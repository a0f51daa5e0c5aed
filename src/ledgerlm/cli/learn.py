"""``ledgerlm learn [TOPIC]``: short lessons from the knowledge base with a question after each."""

from __future__ import annotations

import typer

from ledgerlm.cli.options import JSON_OPTION, command, lang_option
from ledgerlm.cli.output import console, emit
from ledgerlm.errors import InputError

_TEXT = {
    "en": {
        "q": "Question",
        "a": "Model answer",
        "src": "Source",
        "good": "Good: you used the key ideas.",
        "partial": "Partly: compare with the model answer.",
        "skip": "(skipped)",
        "next": "Lesson",
        "topics": "Topics (ledgerlm learn TOPIC):",
    },
    "zh": {
        "q": "问题",
        "a": "参考答案",
        "src": "来源",
        "good": "很好：你抓住了要点。",
        "partial": "部分正确：对照一下参考答案。",
        "skip": "（跳过）",
        "next": "第",
        "topics": "主题（ledgerlm learn 主题）：",
    },
}


def learn_cmd(
    topic: str = typer.Argument(None, help="A topic id or title word, e.g. wallets, gas, 稳定币 (default: a tour)."),
    lang: str = lang_option("zh or en (default: the topic's language, else en)."),
    interactive: bool = typer.Option(
        None,
        "--interactive/--no-interactive",
        help="Wait for your answer after each question (default: when stdin is a tty).",
    ),
    list_topics: bool = typer.Option(False, "--list", help="List the topics and exit."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Walk through short lessons from the knowledge base, with a question after each (Chinese or English)."""
    import sys

    from ledgerlm.assistant.knowledge import lessons as kb
    from ledgerlm.language.lang import detect_lang

    if lang not in (None, "en", "zh"):
        raise InputError(f"unknown language {lang!r}", hint="use --lang zh or --lang en")
    words = lang or (detect_lang(topic) if topic else "en")
    t = _TEXT[words]
    if list_topics:
        topic_rows = [{"topic": k, "title": v} for k, v in kb.topics(words)]
        emit(
            topic_rows,
            as_json,
            lambda rows: console.print(
                t["topics"] + "\n" + "\n".join(f"  {r['topic']:<16} {r['title']}" for r in rows),
                highlight=False,
                markup=False,
            ),
        )
        return
    items = kb.lessons(topic, words)
    if as_json:
        emit([x.to_data() for x in items], True, lambda _: None)
        return
    ask = sys.stdin.isatty() if interactive is None else interactive
    for n, lesson in enumerate(items, 1):
        head = f"{t['next']} {n}/{len(items)}" + (" 课" if words == "zh" else "")
        console.print(f"\n{head}: {lesson.title} - {lesson.section}", style="bold", highlight=False, markup=False)
        console.print(lesson.text, highlight=False, markup=False)
        console.print(f"({t['src']}: {lesson.source}; {lesson.checked})", style="dim", highlight=False, markup=False)
        console.print(f"{t['q']}: {lesson.question}", highlight=False, markup=False)
        if ask:
            reply = typer.prompt(">", default="", show_default=False)
            if reply.strip():
                console.print(
                    t["good"] if kb.grade(lesson, reply) >= 0.3 else t["partial"], highlight=False, markup=False
                )
            else:
                console.print(t["skip"], highlight=False, markup=False)
        console.print(f"{t['a']}: {lesson.model_answer}", highlight=False, markup=False)


def register(app: typer.Typer) -> None:
    command(app, "learn")(learn_cmd)
