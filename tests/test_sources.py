"""Reading sources: normalization and offsets, front matter, HTML, hashing, bad bytes."""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accordcheck.dataset.sources import (
    SourceError,
    normalize_text,
    read_source,
    source_from_text,
    text_sha256,
)

from helpers import FIXTURE_DATASET, SEED_SOURCE

FRONT = "---\npublished: 2026-01-14\nlanguage: fr\n---\n"
BODY = "Le Maroc et le Pakistan ont signé, ce mardi à Rabat, une note.\nL’accord couvre la cybersécurité.\n"


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


# --- normalization ----------------------------------------------------------------------------


def test_normalize_newlines():
    assert normalize_text("a\r\nb\rc\nd") == "a\nb\nc\nd"
    assert normalize_text("a\r\r\nb") == "a\n\nb"
    assert normalize_text("\r\n\r\n") == "\n\n"


def test_normalize_nfc():
    nfd = unicodedata.normalize("NFD", "sécurité défensive")
    assert nfd != "sécurité défensive"
    assert normalize_text(nfd) == "sécurité défensive"


def test_normalize_changes_nothing_else():
    text = "  l’ambassadeur\u00a0«\u202fvisite\u202f»\t—  fin  \n\n\n"
    assert normalize_text(text) == text
    assert "\u2019" in normalize_text("l\u2019accord") and "'" not in normalize_text("l\u2019accord")


def test_read_source_normalizes_and_removes_front_matter(tmp_path):
    raw = FRONT + BODY
    variants = {
        "lf.txt": raw.encode(),
        "crlf.txt": raw.replace("\n", "\r\n").encode(),
        "cr.txt": raw.replace("\n", "\r").encode(),
        "nfd.txt": unicodedata.normalize("NFD", raw).encode(),
        "bom.txt": b"\xef\xbb\xbf" + raw.replace("\n", "\r\n").encode(),
        "md.md": raw.encode(),
    }
    for name, data in variants.items():
        source = read_source(write(tmp_path, name, data))
        assert source.text == BODY, name
        assert source.metadata.published == dt.date(2026, 1, 14), name
        assert source.metadata.language == "fr", name
        assert source.sha256 == hashlib.sha256(BODY.encode("utf-8")).hexdigest(), name
    assert read_source(tmp_path / "md.md").kind == "md"
    assert read_source(tmp_path / "lf.txt").kind == "txt"


def test_offsets_point_into_the_normalized_text(tmp_path):
    raw = "\ufeff" + FRONT.replace("\n", "\r\n") + unicodedata.normalize("NFD", BODY).replace("\n", "\r\n")
    source = read_source(write(tmp_path, "a.txt", raw))
    start = BODY.index("cybersécurité")
    assert source.text[start : start + len("cybersécurité")] == "cybersécurité"
    rabat = BODY.index("Rabat")
    assert source.text[rabat : rabat + 5] == "Rabat"
    assert source.text.index("L’accord") == BODY.index("L’accord")  # U+2019 kept as written


def test_seed_source_offsets(seed_record):
    source = read_source(FIXTURE_DATASET / SEED_SOURCE)
    assert not source.text.startswith("---")
    assert source.metadata.published == dt.date(2026, 1, 14)
    assert source.sha256 == seed_record["sources"][0]["sha256"]
    span = seed_record["people"][3]["evidence"][0]
    assert source.text[span["start"] : span["end"]] == span["text"]
    assert "\u2019" in span["text"]


def test_source_from_text_matches_read_source(tmp_path):
    raw = "\ufeff" + FRONT.replace("\n", "\r\n") + unicodedata.normalize("NFD", BODY)
    from_file = read_source(write(tmp_path, "a.txt", raw))
    from_text = source_from_text(raw)
    assert from_text.text == from_file.text == BODY
    assert from_text.metadata == from_file.metadata


_alphabet = st.sampled_from(list("ae é\u0301’'«» \t\u00a0\n-—") + ["\u0301", "ç", "Å", "A\u030a"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_alphabet, max_size=60).map("".join), st.sampled_from(["\n", "\r\n", "\r"]))
def test_normalization_property(text, newline):
    """Every way of writing the same text gives the same normalized text and sha256."""
    text = "Texte " + text  # (a text that starts with '---' would open front matter)
    expected = unicodedata.normalize("NFC", text)
    written = unicodedata.normalize("NFD", text).replace("\n", newline)
    got = source_from_text(written)
    assert got.text == expected
    assert got.sha256 == text_sha256(expected)
    assert normalize_text(written) == expected


def test_text_sha256_is_over_utf8_of_the_text():
    assert text_sha256("é") == hashlib.sha256("é".encode("utf-8")).hexdigest()
    assert text_sha256("é") != text_sha256(unicodedata.normalize("NFD", "é"))


# --- front matter ---------------------------------------------------------------------------


def test_front_matter_all_keys(tmp_path):
    raw = (
        "---\n"
        "url: https://example.org/a\n"
        "publisher: Hespress FR\n"
        "published: 2026-01-14\n"
        "language: fr\n"
        "title: \"Maroc-Pakistan : une note signée\"\n"
        "---\n" + BODY
    )
    source = read_source(write(tmp_path, "a.md", raw))
    m = source.metadata
    assert (m.url, m.publisher, m.published, m.language, m.title) == (
        "https://example.org/a",
        "Hespress FR",
        dt.date(2026, 1, 14),
        "fr",
        "Maroc-Pakistan : une note signée",
    )
    assert source.text == BODY


def test_quoted_published_date_is_parsed(tmp_path):
    source = read_source(write(tmp_path, "a.txt", "---\npublished: '2026-01-14'\n---\nx\n"))
    assert source.metadata.published == dt.date(2026, 1, 14)


def test_empty_front_matter(tmp_path):
    source = read_source(write(tmp_path, "a.txt", "---\n---\nbody\n"))
    assert source.text == "body\n"
    assert source.metadata.published is None


def test_no_front_matter_leaves_text_alone(tmp_path):
    for raw in ("Texte.\n---\nurl: x\n---\n", "----\nx\n", "--- \nx\n", "x"):
        assert read_source(write(tmp_path, "a.txt", raw)).text == raw


@pytest.mark.parametrize(
    "front, expected",
    [
        ("---\npublished: 2026-01-14\nauthor: X\n---\n", "front matter line 3: unknown key 'author'"),
        ("---\npublished: 2026-01-14\nlanguage: fr\n", "never closed"),
        ("---\n- a\n- b\n---\n", "must be a mapping"),
        ("---\npublished: 14/01/2026\n---\n", "front matter line 2: 'published' is not an ISO date"),
        ("---\npublished: 2026\n---\n", "front matter line 2: 'published' is not an ISO date"),
        ("---\nlanguage: fr\npublished: 2026-13-45\n---\n", "front matter line 3:"),
        ("---\nlanguage: xx\n---\n", "front matter line 2: 'xx' is not an ISO 639-1"),
        ("---\nlanguage: fr\ntitle: [a, b]\n---\n", "front matter line 3: 'title' must be text"),
        ("---\nurl: [unclosed\n---\n", "front matter line"),
    ],
)
def test_bad_front_matter(tmp_path, front, expected):
    path = write(tmp_path, "bad.txt", front + BODY)
    with pytest.raises(SourceError) as caught:
        read_source(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert expected in message
    assert "\n" not in message


def test_a_headline_with_a_colon_needs_no_quotes(tmp_path):
    # French headlines put a space before the colon: YAML refuses "title: Maroc : …" unquoted
    front = "---\npublished: 2026-01-14\nlanguage: fr\ntitle: Défense : Rabat et Islamabad signent\n---\n"
    source = read_source(write(tmp_path, "a.txt", front + BODY))
    assert source.metadata.title == "Défense : Rabat et Islamabad signent"
    assert source.metadata.published == dt.date(2026, 1, 14) and source.text == BODY


@pytest.mark.parametrize(
    "front, expected",
    [
        ("---\ntitle: Défense : un accord\nauthor: X : Y\n---\n", "front matter line"),
        ("---\ntitle: Défense : un accord\npublished: demain\n---\n", "'published' is not an ISO date"),
    ],
)
def test_a_colon_in_a_value_does_not_excuse_other_faults(tmp_path, front, expected):
    with pytest.raises(SourceError) as caught:
        read_source(write(tmp_path, "a.txt", front + BODY))
    assert expected in str(caught.value)


def test_unsafe_yaml_tag_is_refused_and_never_run(tmp_path):
    marker = tmp_path / "pwned"
    raw = f'---\nlanguage: fr\ntitle: !!python/object/apply:os.system ["touch {marker}"]\n---\n' + BODY
    path = write(tmp_path, "evil.txt", raw)
    with pytest.raises(SourceError) as caught:
        read_source(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: front matter line 3: ")
    assert "python/object/apply" in message
    assert "\n" not in message
    assert not marker.exists()


# --- bad bytes and bad files ---------------------------------------------------------------------


def test_non_utf8_names_file_and_byte_offset(tmp_path):
    data = (FRONT + "Le Maroc a signé").encode("utf-8")
    offset = len(data)
    data += b" \xe9t\xe9 " + BODY.encode()
    path = write(tmp_path, "latin1.txt", data)
    with pytest.raises(SourceError) as caught:
        read_source(path)
    assert str(caught.value) == f"{path}: not valid UTF-8 (byte 0xe9 at offset {offset + 1})"
    assert data[offset + 1] == 0xE9


def test_non_utf8_offset_counts_the_bom(tmp_path):
    data = b"\xef\xbb\xbfabc\xffdef"
    path = write(tmp_path, "bom.txt", data)
    with pytest.raises(SourceError) as caught:
        read_source(path)
    assert str(caught.value).endswith("(byte 0xff at offset 6)")
    assert data[6] == 0xFF


def test_missing_file(tmp_path):
    with pytest.raises(SourceError, match="no such file"):
        read_source(tmp_path / "nope.txt")


def test_directory(tmp_path):
    (tmp_path / "dir.txt").mkdir()
    with pytest.raises(SourceError, match="directory"):
        read_source(tmp_path / "dir.txt")


@pytest.mark.parametrize("name", ["a.pdf", "a.json", "noext"])
def test_unsupported_suffix(tmp_path, name):
    path = write(tmp_path, name, BODY)
    with pytest.raises(SourceError, match="unsupported source type"):
        read_source(path)


def test_source_error_is_one_line_and_keeps_the_reason():
    error = SourceError("sources/a.txt", "no such file")
    assert str(error) == "sources/a.txt: no such file"
    assert error.reason == "no such file"
    assert error.path == Path("sources/a.txt")


# --- HTML ---------------------------------------------------------------------------------------------

ARTICLE_PARAGRAPHS = [
    "Le Maroc et le Pakistan ont signé, ce mardi à Rabat, une note de compréhension en matière de "
    "coopération défensive, illustrant la volonté conjointe d’améliorer les relations militaires entre "
    "les deux pays.",
    "Ce protocole a été signé lors de la visite de travail du ministre pakistanais de la Défense, "
    "Khawaja Mohammad Asif, au Maroc, laquelle se déroule sur une durée de trois jours.",
    "Le texte couvre la formation militaire, les exercices communs, la cybersécurité et l’industrie de "
    "défense, selon un communiqué officiel publié à l’issue de la cérémonie.",
]

HTML_PAGE = """<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>Le Maroc et le Pakistan signent un mémorandum de défense | Le Journal du Sud</title>
  <meta property="og:site_name" content="Le Journal du Sud">
  <meta property="og:title" content="Le Maroc et le Pakistan signent un mémorandum de défense">
  <meta property="article:published_time" content="2026-01-14T09:30:00+01:00">
  <link rel="canonical" href="https://journal-du-sud.example/politique/maroc-pakistan-defense">
</head>
<body>
  <header><nav><ul>
    <li><a href="/">Accueil</a></li><li><a href="/politique">Politique</a></li><li><a href="/sport">Sport</a></li>
  </ul></nav></header>
  <main>
    <article>
      <h1>Le Maroc et le Pakistan signent un mémorandum de défense</h1>
      <p>{p0}</p>
      <p>{p1}</p>
      <p>{p2}</p>
    </article>
  </main>
  <aside><h2>Les plus lus</h2><ul><li><a href="/sport/1">Le derby du week-end au stade</a></li></ul></aside>
  <footer><p>© 2026 Le Journal du Sud. Tous droits réservés. Mentions légales.</p></footer>
</body>
</html>
"""


def html_page() -> str:
    return HTML_PAGE.format(p0=ARTICLE_PARAGRAPHS[0], p1=ARTICLE_PARAGRAPHS[1], p2=ARTICLE_PARAGRAPHS[2])


def test_html_main_text_and_date(tmp_path):
    source = read_source(write(tmp_path, "article.html", html_page()))
    assert source.kind == "html"
    for paragraph in ARTICLE_PARAGRAPHS:
        assert paragraph in source.text
    for boilerplate in ("Accueil", "Les plus lus", "derby", "Tous droits réservés"):
        assert boilerplate not in source.text
    assert "<p>" not in source.text
    assert source.metadata.published == dt.date(2026, 1, 14)
    assert source.metadata.language == "fr"
    assert source.metadata.title == "Le Maroc et le Pakistan signent un mémorandum de défense"
    assert source.sha256 == text_sha256(source.text)
    start = source.text.index("Khawaja Mohammad Asif")
    assert source.text[start : start + 21] == "Khawaja Mohammad Asif"


def test_html_text_is_normalized(tmp_path):
    page = unicodedata.normalize("NFD", html_page()).replace("\n", "\r\n")
    source = read_source(write(tmp_path, "article.htm", b"\xef\xbb\xbf" + page.encode()))
    assert "\r" not in source.text
    assert source.text == unicodedata.normalize("NFC", source.text)
    assert ARTICLE_PARAGRAPHS[2] in source.text
    assert source.metadata.published == dt.date(2026, 1, 14)


def test_html_without_article_text(tmp_path):
    path = write(tmp_path, "empty.html", "<html><head><title>x</title></head><body></body></html>")
    with pytest.raises(SourceError, match="no article text"):
        read_source(path)


def test_html_non_utf8(tmp_path):
    path = write(tmp_path, "latin1.html", html_page().encode("latin-1", errors="replace"))
    with pytest.raises(SourceError, match=r"not valid UTF-8 \(byte 0x[0-9a-f]{2} at offset \d+\)"):
        read_source(path)


# --- the front matter is text like the body: one Unicode form, whatever form the file uses --------
@pytest.mark.parametrize(("key", "value", "newline"), [
    ("publisher", "Ouaddaï Info", "\n"),  # seen: an NFD file's publisher "contradicted" the record's
    ("title", "Le Koweït prête 15 millions au Tchad", "\n"),
    ("title", "Côte d’Ivoire : un accord signé à Abidjan", "\r\n"),
    ("publisher", "Agência Angola Press", "\r\n"),
])
def test_front_matter_in_nfd_reads_as_nfc(tmp_path, key, value, newline):
    decomposed = unicodedata.normalize("NFD", f'---\n{key}: "{value}"\n---\nCorps.\n').replace("\n", newline)
    assert decomposed != unicodedata.normalize("NFC", decomposed)
    source = read_source(write(tmp_path, "a.txt", decomposed))
    assert getattr(source.metadata, key) == value


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_a_record_in_either_unicode_form_matches_the_front_matter(tmp_path, form):
    from accordcheck.checking.runner import check_dataset

    from helpers import build_dataset
    from helpers.claims import record_of

    text = "Le Tchad et le Koweït ont signé mardi à Alger un accord."
    record = record_of(text, "fr", "2026-01-14", parties=[("TCD", "Tchad", "Tchad"), ("KWT", "Koweït", "Koweït")],
                       date="2026-01-13", expression="mardi", kind="agreement", title="accord", place=("Alger", "DZA", "Alger"))
    record["sources"][0]["publisher"] = unicodedata.normalize(form, "Ouaddaï Info")
    front = unicodedata.normalize("NFD" if form == "NFC" else "NFC", "---\npublished: 2026-01-14\nlanguage: fr\npublisher: Ouaddaï Info\n---\n")
    root = build_dataset(tmp_path, records={"x": record}, sources={"a.txt": front + text}, seed=False)
    checks = check_dataset(root, expectations=False, cache=False).records[0].checks
    assert not [c for c in checks if c.check == "source_metadata"]
