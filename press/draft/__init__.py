"""Drafting: scaffold a new release, import a Word/HTML/text draft into it.

    scaffold  `press new`: the release folder with its metadata and empty language files
    readers   .docx, HTML and plain text drafts → blocks (kind + Markdown text)
    anchors   what a paragraph states (numbers, dates, names) so translations can be aligned
    align     order-preserving alignment of imported paragraphs with the source segments
    propose   entity and fact register entries proposed from what the draft states
    importer  `press import`: the above, written into the release atomically
"""
