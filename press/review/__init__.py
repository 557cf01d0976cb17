"""The translator review workflow: hand-off files out, reviewed translations back in.

    export   press.review.export.export_file  → XLIFF 2.1, XLIFF 1.2 or a bilingual DOCX
    import   press.review.importer             untrusted file → plan → diff → atomic apply
    status   press.review.status               per release × language coverage
    stale    press.review.stale                minor source edits that keep translations

One unit (row) per segment. Each carries the segment id and the hash of the source text it
shows, so a file that comes back after the source changed is caught segment by segment.
"""
