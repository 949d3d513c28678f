"""The differ: paragraph alignment (``align``), word diffs inside aligned pairs (``worddiff``)
and labels with reasons for each change (``classify``). Compiled with mypyc as one group, with
:mod:`versiontrack.normalize`."""
