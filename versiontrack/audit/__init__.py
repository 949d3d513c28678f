"""The auditor: published correction notes found (``notes``) and each substantive change judged
disclosed or silent under a policy (``judge``)."""
