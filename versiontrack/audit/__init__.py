"""The auditor: the one comparison of two versions (``compare``), published correction notes
found (``notes``) and each substantive change judged disclosed or silent under a policy
(``judge``)."""
