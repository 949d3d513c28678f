"""The static HTML report: the site build (``site``), one story's page data (``storypage``), diff
pages (``diffpage``), headline changes (``headlines``), Atom feeds (``atom``) and the output
folder's bookkeeping (``outdir``)."""
