"""One event, many outlets: related stories (:mod:`relate`), event groups kept in the archive
(:mod:`events`), a copy's paragraphs linked to its source's (:mod:`paraphrase`), facts that
differ between them (:mod:`facts`), whether copies followed the source's corrections
(:mod:`propagation`), and the one comparison of a source with its copies (:mod:`copies`).

It sits beside the audit: it reads the differ's classifier and the audit's correction notes;
neither of them knows it."""
