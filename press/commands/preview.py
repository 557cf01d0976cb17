"""`press preview [RELEASE]`: the versions side by side in a browser, on 127.0.0.1 only."""

from __future__ import annotations

import click

from press.commands import project_of


@click.command()
@click.argument("release", required=False)
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port on 127.0.0.1 (0: any free port).")
@click.option("--open", "open_browser", is_flag=True, help="Open the page in the default browser.")
@click.pass_context
def preview(ctx: click.Context, release: str | None, port: int, open_browser: bool) -> None:
    """Serve RELEASE (default: every release) at http://127.0.0.1:PORT until Ctrl-C.

    Each segment is a row with its version in each language, a status badge, and the
    checker's findings marked on the text; the page reloads itself when a source is saved.
    """
    from press.preview.server import PreviewApp, serve

    project = project_of(ctx)
    names = [release] if release else []
    folders = project.release_folders(names)  # an unknown release fails here, with a suggestion
    server = serve(PreviewApp(project, names), port=port)
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    if len(folders) == 1:
        url += f"release/{folders[0].name}"
    click.echo(f"Previewing at {url} (loopback only); Ctrl-C to stop.")
    if open_browser:
        import webbrowser

        webbrowser.open(url)
    try:
        server.serve_forever()
    finally:
        server.server_close()
