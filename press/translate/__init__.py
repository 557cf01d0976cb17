"""Machine-translation drafts that keep names, dates and numbers right.

    config   engine settings from press.toml (project) and ~/.config/press/press.toml (user)
    engines  deep-translator engines behind a deadline, retries and clear refusals
    protect  entity mentions, dates, numbers and designations as placeholders, and their fill-in
    memory   approved segments of every release, matched exactly or fuzzily before any engine
    runner   what needs a draft, one segment at a time, saved after each

deep_translator is imported only when an engine is made, so importing this package is cheap.
"""
