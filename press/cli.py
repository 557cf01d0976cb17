"""The `press` command line: a thin layer of lazily imported commands.

Each command lives in its own module under press/commands and is imported only when it
runs, so `press --help` stays fast and `press check` never imports the PDF stack.
"""

from __future__ import annotations

import errno
import importlib
import os
import sys
from pathlib import Path

import click

COMMANDS: dict[str, tuple[str, str]] = {
    # name: (module under press.commands, one-line help shown by `press --help`)
    "init": ("init", "Start a new press project (releases, termbase, default brand)."),
    "build": ("build", "Render releases to HTML, PDF and DOCX in every language."),
    "archive": ("archive", "Export published releases as a static trilingual site and a BagIt bundle."),
    "translate": ("translate", "Machine-draft untranslated and stale segments (names, dates kept)."),
    "review": ("review", "Translator review: export/import XLIFF or DOCX, coverage status."),
    "check": ("check", "Check that names, dates and numbers agree across en/kk/ru (exit 1 on errors)."),
    "glossary": ("glossary", "The termbase: suggest, confirm, promote and add names."),
    "correct": ("correct", "Record a dated correction note in every language of a release."),
    "new": ("new", "Scaffold a new release: metadata filled in, empty body in each language."),
    "import": ("importing", "Import a Word, HTML or text draft into a release (aligned, reported)."),
    "preview": ("preview", "Serve the three versions side by side with the checker's findings."),
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module = importlib.import_module(f"press.commands.{COMMANDS[name][0]}")
        return getattr(module, name.replace("-", "_"))

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][1]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--project", type=click.Path(file_okay=False, path_type=Path),
              help="The press project folder (default: found from the current folder upward).")
@click.version_option(package_name="press")
@click.pass_context
def cli(ctx: click.Context, project: Path | None) -> None:
    """press: trilingual press releases (English, Kazakh, Russian).

    A release is written once as a structured source under releases/, localised into
    the three languages, checked so that names, dates and numbers agree, and rendered to
    HTML, PDF and DOCX with the ministry's brand.
    """
    ctx.obj = {"project": project}


def main(argv: list[str] | None = None) -> None:
    """Entry point: errors caused by input are shown as one clear message, exit status 2."""
    from press.errors import PressError

    try:
        code = cli.main(args=argv, prog_name="press", standalone_mode=False)
        if isinstance(code, int) and code:  # ctx.exit(N) returns N when not standalone
            sys.exit(code)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except PressError as exc:
        click.echo(f"press: {exc}" if "\n" not in str(exc) else str(exc), err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo("Interrupted; finished work is saved.", err=True)
        sys.exit(130)
    except OSError as exc:  # an output path that is a folder, a full disk, no permission …
        click.echo(f"press: {os_error_line(exc)}", err=True)
        sys.exit(2)
    except Exception as exc:  # a bug: one line and a way to report it, never a traceback
        if os.environ.get("PRESS_DEBUG"):
            raise
        click.echo(f"press: internal error ({type(exc).__name__}: {_one_line(exc)}); this is a bug in "
                   "press, please report it with the command you ran (PRESS_DEBUG=1 shows the details)",
                   err=True)
        sys.exit(3)


def os_error_line(exc: OSError) -> str:
    """`path: what the system said` for an error of the file system."""
    what = exc.strerror or _one_line(exc)
    if exc.errno == errno.ENOSPC:
        what += "; free some space and run the command again (finished files are kept)"
    where = exc.filename if exc.filename is not None else ""
    return f"{where}: {what}" if where else what


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300] or "no message"


if __name__ == "__main__":
    main()
