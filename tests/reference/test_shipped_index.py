"""The index that ships with the package is the bundled YAML's, so a first run reads it."""

from __future__ import annotations

from factcheck.reference import cache, load


def test_the_shipped_index_was_built_from_the_bundled_data():
    root = load.bundled_reference_dir()
    digest = load.content_digest(load.bundled_files(root), root)
    assert cache.shipped_digest() == digest, (
        f"{root} changed but {cache.SHIPPED_INDEX} was not rebuilt from it: every first run "
        f"would index the data (~15 s) before its verdict. Rebuild it with\n"
        f"    {cache.REBUILD_COMMAND}\n"
        "(the importer does this itself when it writes the bundled folder) and commit it."
    )


def test_the_shipped_index_opens_and_holds_every_result():
    root = load.bundled_reference_dir()
    digest = load.content_digest(load.bundled_files(root), root)
    found = cache.open_shipped(digest)
    assert found is not None, f"{cache.SHIPPED_INDEX} is damaged: run {cache.REBUILD_COMMAND}"
    records, store = found
    assert len(records.constituencies) > 1000
    assert store.count() == sum(store.counts_by_election().values()) > 10000
