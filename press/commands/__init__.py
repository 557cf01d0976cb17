"""One module per command; each stays thin and calls the pipeline module that does the job."""

from __future__ import annotations

from pathlib import Path

import click

from press.project import Project, ProjectNotFound


class IsoDate(click.DateTime):
    """A calendar date written YYYY-MM-DD, shown so in help and error messages."""

    name = "date"

    def __init__(self) -> None:
        super().__init__(formats=["%Y-%m-%d"])

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        return "YYYY-MM-DD"

    def __repr__(self) -> str:
        return "YYYY-MM-DD"


DATE = IsoDate()


class FullHelpGroup(click.Group):
    """A command group whose listing shows each subcommand's whole first sentence: click
    cuts summaries at 45 characters with "…", which hides what the command is for."""

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, command.get_short_help_str(limit=300)))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


def project_of(ctx: click.Context) -> Project:
    """The project named by --project, or found from the current folder upward."""
    root: Path | None = (ctx.find_root().obj or {}).get("project")
    if root is None:
        return Project.find()
    if not (root / "releases").is_dir():
        raise ProjectNotFound(f"{root}: not a press project (it has no releases/ folder)")
    return Project(root.resolve())


def split_list(value: str | None, allowed: tuple[str, ...], what: str) -> list[str]:
    """Parse "en,kk" into a list, refusing unknown items with a clear message."""
    if not value:
        return list(allowed)
    items = [item.strip() for item in value.split(",") if item.strip()]
    for item in items:
        if item not in allowed:
            raise click.BadParameter(f"unknown {what} {item!r}; expected {', '.join(allowed)}")
    return items


class Moment(click.ParamType):
    """A date and time on the command line (2027-01-01 10:00, or with an offset); without an
    offset it is read in Kazakhstan's zone, as embargoes are (press.model.DEFAULT_TIMEZONE)."""

    name = "datetime"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> object:
        import datetime as dt

        from press.model import aware
        from press.schema import as_datetime

        if isinstance(value, dt.datetime):
            return aware(value)
        moment = as_datetime(str(value))
        if moment is None:
            self.fail(f"{value!r} is not a date and time like 2027-01-01 10:00 or 2027-01-01T10:00+05:00",
                      param, ctx)
        return aware(moment)


NOW_HELP = ("Act as at this time instead of the clock (YYYY-MM-DD HH:MM, Astana time unless an offset "
            "is given): an embargo that has passed by then is published. For tests and scheduled runs.")
