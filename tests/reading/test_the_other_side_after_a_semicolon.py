"""After a semicolon closing a clause that tells one side's signing, a clause opening on the
other side and a comma names that side's signer, the verb left out: "Côté ivoirien, c’est M.
Sékou A. Bamba qui a signé ; côté hongrois, M. Szendrei, sous le regard des deux chefs de
diplomatie" (eval-fr-ai, seen failing once the chargé d'affaires' title was read whole: he was
an official with no role, and a correct record's signatory "never said to sign"). The others
are written for the class."""

from __future__ import annotations

import pytest

from helpers.reading import officials

CASES = [
    ("fr", "Un mémorandum d’entente a été signé. Côté ivoirien, c’est le directeur de cabinet, M. Sékou A. Bamba, qui a "
           "signé ; côté hongrois, M. Ákos Szendrei, sous le regard des deux ministres.", "Ákos Szendrei"),
    ("fr", "Un accord a été signé. Le ministre Abdou Diallo a signé pour le Sénégal ; pour la Mauritanie, M. Ahmed Ould "
           "Sidi, secrétaire général.", "Ahmed Ould Sidi"),
    ("en", "A memorandum was signed. Rebecca Kamau signed for Kenya; for Hungary, Mr Ákos Szendrei, the chargé "
           "d'affaires.", "Ákos Szendrei"),
    ("en", "A memorandum was signed. The Kenyan side was represented by Rebecca Kamau, who signed; on behalf of "
           "Hungary, Ms Eva Nagy, the ambassador.", "Eva Nagy"),
]


@pytest.mark.parametrize("language, sentence, name", CASES)
def test_the_other_side_s_signer_signs(language, sentence, name):
    found = officials(sentence, language)
    assert name in found and "signatory" in found[name][1], found
