"""CLI: ``ledgerlm intent TEXT``, ``ledgerlm ask QUESTION`` and ``ledgerlm train intent`` (thin shell over the API).

``ledgerlm intent`` is answered without typer (``ledgerlm.cli.lazy.FAST``): its options live in one table
(``INTENT_OPTIONS``) that ``register`` declares to typer and ``run_fast`` reads a plain call with
(``ledgerlm.cli.lazy.read_args``). Typer and the shared options are imported only inside ``register``, so a plain
``ledgerlm intent "..."`` never imports typer, click or rich (rich only for the human view).
"""

from __future__ import annotations

from pathlib import Path  # the train options' annotation, resolved from this module's globals by typer
from typing import TYPE_CHECKING, Any

from ledgerlm.cli.lazy import Option, read_args
from ledgerlm.cli.output import JSON_HELP, console, emit

if TYPE_CHECKING:
    import typer

INTENT_TEXT_HELP = "An utterance in Chinese or English, e.g. '买 2 个 ETH'."
#: The options of ``ledgerlm intent``, in the order ``--help`` lists them (after the TEXT argument).
INTENT_OPTIONS: tuple[Option, ...] = (
    Option("--model", "model", True, "Intent model NAME (default: config assistant.intent_model)."),
    Option("--json", "as_json", False, JSON_HELP),
)


def intent_args(args: list[str]) -> dict[str, Any] | None:
    """``args`` (after ``intent``) as ``intent_text``'s keyword arguments, or None where typer must answer."""
    return read_args(args, INTENT_OPTIONS)


def run_fast(args: list[str]) -> int | None:
    """``ledgerlm intent ARGS`` without typer (exit status 0), or None when ``intent_args`` declines. Errors
    propagate to the top-level handler, which words them as it does for every command."""
    kwargs = intent_args(args)
    if kwargs is None:
        return None
    intent_text(**kwargs)
    return 0


def intent_text(text: str, model: str | None = None, as_json: bool = False) -> None:
    """Classify an utterance into one of 16 intents and extract its slots."""
    from ledgerlm.assistant.intents import understand

    result = understand(text, model=model).to_dict()

    def render(data: dict[str, Any]) -> None:
        ev = data.get("evidence", {})

        def said(k: str) -> str:
            words = [sp["words"] for sp in ev.get(k, {}).get("spans", [])]
            return f" ({', '.join(repr(w) for w in words)})" if words else " (inferred)"

        slots = ", ".join(f"{k}={v}{said(k)}" for k, v in data["slots"].items()) or "-"
        console.print(f"[bold]{data['intent']}[/] ({data['confidence']:.0%})  slots: {slots}", highlight=False)

    emit(result, as_json, render)


def register(app: typer.Typer) -> None:
    """Declare ``intent`` (from ``INTENT_OPTIONS``), ``ask`` and the ``train`` group to typer. Typer and the
    shared options are imported here, never at module top (``run_fast`` answers a plain ``intent`` without them)."""
    import typer

    from ledgerlm.cli.options import JSON_OPTION, chain_option, command, group, lang_option

    _model, _json = INTENT_OPTIONS

    def intent_cmd(
        text: str = typer.Argument(..., help=INTENT_TEXT_HELP),
        model: str = typer.Option(None, _model.flag, help=_model.help),
        as_json: bool = typer.Option(False, _json.flag, help=_json.help),
    ) -> None:
        intent_text(text=text, model=model, as_json=as_json)

    intent_cmd.__doc__ = intent_text.__doc__

    def ask_cmd(
        question: str = typer.Argument(..., help="A question about crypto/DeFi, e.g. '什么是无常损失'."),
        lang: str = lang_option("Reply language 'zh' or 'en' (default: the question's)."),
        top_k: int = typer.Option(3, "--top-k", min=1, max=10, help="Passages to retrieve."),
        no_llm: bool = typer.Option(False, "--no-llm", help="Never call a configured LLM; answer extractively."),
        as_json: bool = JSON_OPTION,
    ) -> None:
        """Answer a question from the bundled bilingual knowledge base, citing file and section."""
        from ledgerlm.assistant.knowledge import answer

        result = answer(question, lang=lang, top_k=top_k, use_llm=not no_llm)

        def render(data: Any) -> None:
            console.print(data.text, highlight=False, markup=False, emoji=False)
            for c in data.citations:
                console.print(f"  [dim]\\[{c['file']} § {c['section']}] score {c['score']:.3f}[/]", highlight=False)

        emit(result, as_json, render)

    def train_intent_cmd(
        data: Path = typer.Option(
            None, "--data", help="CSV with columns text,label (default: the shipped training set)."
        ),
        test: Path = typer.Option(None, "--test", help="Evaluate on this CSV instead of a held-out split."),
        save: str = typer.Option(None, "--save", help="Save as NAME under <data_dir>/models/NAME."),
        output: Path = typer.Option(None, "--output", help="Save into this directory instead."),
        use: bool = typer.Option(
            False, "--use", help="Select the saved model for the assistant (assistant.intent_model)."
        ),
        test_size: float = typer.Option(0.2, "--test-size", help="Held-out fraction when --test is not given."),
        seed: int = typer.Option(0, "--seed"),
        c: float = typer.Option(10.0, "--c", help="Inverse regularisation strength of the logistic-regression head."),
        ngram_weight: float = typer.Option(1.0, "--ngram-weight", help="Weight of char n-gram features (0 = off)."),
        backbone: Path = typer.Option(None, "--backbone", help="Fine-tune this local Hugging Face encoder end to end."),
        epochs: float = typer.Option(3.0, "--epochs", help="Fine-tuning epochs (--backbone)."),
        batch_size: int = typer.Option(16, "--batch-size", help="Fine-tuning batch size (--backbone)."),
        lr: float = typer.Option(5e-5, "--lr", help="Fine-tuning learning rate (--backbone)."),
        max_steps: int = typer.Option(None, "--max-steps", help="Stop fine-tuning after this many steps."),
        text_column: str = typer.Option("text", "--text-column"),
        label_column: str = typer.Option("label", "--label-column"),
        register_model: bool = typer.Option(
            False, "--register", help="Register the saved head and its training data in the model registry."
        ),
        chain: str = chain_option("Chain for --register (default: configured chain)."),
        as_json: bool = JSON_OPTION,
    ) -> None:
        """Train an intent classifier, report accuracy / macro-F1 / per-label scores, optionally save and select it."""
        from ledgerlm.assistant.intents.train import DEFAULT_TRAIN_CSV, train_intent

        report = train_intent(
            data or DEFAULT_TRAIN_CSV,
            test=test,
            save=save,
            output=output,
            use=use,
            test_size=test_size,
            seed=seed,
            c=c,
            ngram_weight=ngram_weight,
            backbone=backbone,
            epochs=epochs,
            batch_size=batch_size,
            learning_rate=lr,
            max_steps=max_steps,
            text_column=text_column,
            label_column=label_column,
            progress=None if as_json else (lambda msg: console.print(f"[dim]{msg}[/]", highlight=False)),
        )

        def render(r: Any) -> None:
            console.print(r.report, highlight=False)
            console.print(
                f"[bold]accuracy {r.accuracy:.2%}   macro-F1 {r.macro_f1:.2%}[/]  "
                f"({r.n_train} train / {r.n_test} test, {r.evaluated_on}; {r.seconds:.1f} s)",
                highlight=False,
            )
            if r.saved_to:
                console.print(
                    f"saved to {r.saved_to}" + ("  [green](now used by the assistant)[/]" if r.selected else ""),
                    highlight=False,
                )

        data_out = report.to_dict()
        if register_model:
            if not report.saved_to:
                from ledgerlm.errors import InputError

                raise InputError("--register needs a saved model", hint="add --save NAME or --output DIR")
            from ledgerlm.chain import connect
            from ledgerlm.registry.api import register_trained_head

            entries = register_trained_head(
                report.saved_to,
                data or DEFAULT_TRAIN_CSV,
                chain=connect(chain),
                metrics={"accuracy": report.accuracy, "macro_f1": report.macro_f1},
            )
            data_out["registry"] = {k: v.to_dict() for k, v in entries.items()}
            if not as_json:
                console.print(
                    f"registered: model {entries['model'].id} (parent {entries['model'].parent}), "
                    f"training data {entries['data'].id}",
                    highlight=False,
                )
        emit(data_out, as_json, lambda d: render(report))

    def list_models_cmd(as_json: bool = JSON_OPTION) -> None:
        """List the built-in and trained intent models and which one is selected."""
        from ledgerlm.assistant.intents import registry

        current = registry.configured_model() or "default"
        models = [{**m, "selected": m["name"] == current} for m in registry.list_models()]

        def render(rows: list[dict[str, Any]]) -> None:
            from rich.table import Table  # only for the human view: `intent --json` never imports rich

            table = Table("name", "kind", "labels", "accuracy", "selected", "path")
            for m in rows:
                acc = "-" if m["accuracy"] is None else f"{m['accuracy']:.2%}"
                table.add_row(m["name"], m["kind"], str(m["labels"]), acc, "*" if m["selected"] else "", m["path"])
            console.print(table)

        emit(models, as_json, render)

    train_app = group("Train the assistant's models (intent classifier).")
    train_app.command("intent")(train_intent_cmd)
    train_app.command("list")(list_models_cmd)
    command(app, "intent")(intent_cmd)
    command(app, "ask")(ask_cmd)
    app.add_typer(train_app, name="train")
