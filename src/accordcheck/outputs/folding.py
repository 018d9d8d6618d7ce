"""One root finding per wrong fact, for the outputs people read.

A person the record names wrongly (a failed ``person_name`` on ``people[i].name``) makes the
checks of that person's titles, roles, country and evidence fail too: they were looked for
next to a name the source does not give. The terminal, the GitHub annotations and the HTML report
show them folded under the name's finding. The results JSON keeps every check as it is (its shape never
changes); folding is for human outputs only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from accordcheck.model.results import CheckResult

__all__ = ["fold_checks"]

_PERSON = re.compile(r"^people\[(\d+)\]")
_FOLLOWERS = {"person_title", "person_role", "person_country", "evidence_support", "evidence_text", "person_name_variant", "person_omitted"}


def fold_checks(checks: Sequence[CheckResult]) -> list[tuple[CheckResult, list[CheckResult]]]:
    """``checks`` as ``(root, folded)`` pairs, in their order: a failed check on a person whose
    name failed is folded under that name's check."""
    roots: dict[str, CheckResult] = {}
    for check in checks:
        person = _PERSON.match(check.path)
        if check.check == "person_name" and check.failed and check.accepted is None and person:
            roots.setdefault(person.group(0), check)
    out: list[tuple[CheckResult, list[CheckResult]]] = []
    index: dict[int, int] = {}
    pending: dict[str, list[CheckResult]] = {}
    for check in checks:
        person = _PERSON.match(check.path)
        root = roots.get(person.group(0)) if person else None
        if root is not None and check is not root and check.check in _FOLLOWERS and check.failed and check.accepted is None:
            if id(root) in index:
                out[index[id(root)]][1].append(check)
            else:
                pending.setdefault(person.group(0), []).append(check)
            continue
        out.append((check, []))
        if person and root is check:
            index[id(check)] = len(out) - 1
            out[-1][1].extend(pending.pop(person.group(0), []))
    for leftovers in pending.values():  # a root that came later (not expected): keep them visible
        out.extend((c, []) for c in leftovers)
    return out
