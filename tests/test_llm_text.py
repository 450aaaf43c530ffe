"""The tokenizer read from its BPE parts is the tokenizer ``tokenizer.json`` serialises.

The first read of a directory writes the parts; the second reads them. Both must
serialise (``Tokenizer.to_str``) and encode/decode exactly as ``Tokenizer.from_file``
does, including added tokens with ids inside the vocabulary, byte fallback for
characters the vocabulary lacks, and a Gemma-style normaliser (space to ``▁``).
A tokenizer read in a helper process answers every call as the one read here, and an
unreadable directory is its error in the caller.
"""

from __future__ import annotations

import pytest
from tokenizers import AddedToken, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors, trainers

from tokenauction.llm.text import BPE_PARTS, FastTokenizer, TokenizerProcess

TEXTS = ["Fly to Hawaii with Alpha Airlines, the", "Stay at the Beta Resort in Hawaii, where",
         "Café 東京 🌺 <eos> done <mask>", "\n\n  double  spaces\tand tabs", ""]


def gemma_like_directory(folder):
    """A small BPE tokenizer shaped like Gemma's: ``▁`` for spaces, byte fallback, added tokens."""
    tokenizer = Tokenizer(models.BPE(unk_token="<unk>", fuse_unk=True, byte_fallback=True))
    tokenizer.normalizer = normalizers.Replace(" ", "▁")
    tokenizer.decoder = decoders.Sequence([decoders.Replace("▁", " "), decoders.ByteFallback(), decoders.Fuse()])
    bytes_ = [f"<0x{b:02X}>" for b in range(256)]
    tokenizer.train_from_iterator(TEXTS[:2] * 4, trainers.BpeTrainer(
        vocab_size=400, special_tokens=["<pad>", "<eos>", "<bos>", "<unk>", *bytes_], show_progress=False))
    tokenizer.add_tokens([AddedToken("<mask>", special=False, normalized=False)])
    tokenizer.post_processor = processors.TemplateProcessing(single="<bos> $A", special_tokens=[("<bos>", 2)])
    tokenizer.save(str(folder / "tokenizer.json"))
    (folder / "tokenizer_config.json").write_text('{"eos_token": "<eos>", "pad_token": "<pad>"}')
    return folder


def assert_reads_as_the_json(folder, json_file="tokenizer.json"):
    reference, fast = Tokenizer.from_file(str(folder / json_file)), FastTokenizer(folder)
    assert fast._tokenizer.to_str() == reference.to_str()
    assert (fast.eos_token_id, fast.pad_token_id) == (1, 0)
    for text in TEXTS:
        ids = fast(text)["input_ids"]
        assert ids == reference.encode(text).ids
        for skip in (True, False):
            assert fast.decode(ids + [1], skip) == reference.decode(ids + [1], skip_special_tokens=skip)


def test_the_first_read_writes_the_parts_and_the_second_reads_them_alike(tmp_path):
    folder = gemma_like_directory(tmp_path)
    assert_reads_as_the_json(folder)
    assert (folder / BPE_PARTS).is_file()
    (folder / "tokenizer.json").rename(folder / "original.json")
    (folder / "tokenizer.json").write_text("not JSON: the second read must not need it")
    assert_reads_as_the_json(folder, "original.json")


def test_a_tokenizer_read_in_a_helper_process_answers_as_the_one_read_here(tmp_path):
    folder = gemma_like_directory(tmp_path)
    here, helper = FastTokenizer(folder), TokenizerProcess(folder)
    try:
        assert (helper.eos_token_id, helper.pad_token_id) == (here.eos_token_id, here.pad_token_id) == (1, 0)
        for text in TEXTS:
            ids = helper(text)["input_ids"]
            assert ids == here(text)["input_ids"]
            for skip in (True, False):
                assert helper.decode(ids + [1], skip) == here.decode(ids + [1], skip)
    finally:
        helper.close()


def test_a_helper_that_cannot_read_the_tokenizer_raises_its_error_in_the_caller(tmp_path):
    (tmp_path / "tokenizer.json").write_text("not JSON")
    with pytest.raises(Exception) as here:
        FastTokenizer(tmp_path)
    helper = TokenizerProcess(tmp_path)
    try:
        for _ in range(2):  # the helper keeps its error (the pool does not restart it forever)
            with pytest.raises(type(here.value)) as there:
                helper("hi")
            assert str(there.value) == str(here.value)
    finally:
        helper.close()


def test_a_tokenizer_that_is_not_bpe_is_read_from_its_json_only(tmp_path):
    tokenizer = Tokenizer(models.WordLevel({"<pad>": 0, "<eos>": 1, "<bos>": 2, "<unk>": 3, "hi": 4}, unk_token="<unk>"))
    tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    tokenizer.save(str(tmp_path / "tokenizer.json"))
    (tmp_path / "tokenizer_config.json").write_text('{"eos_token": "<eos>", "pad_token": "<pad>"}')
    assert FastTokenizer(tmp_path)("hi there")["input_ids"] == [4, 3]
    assert not (tmp_path / BPE_PARTS).exists()


@pytest.mark.model
def test_the_default_models_tokenizer_reads_from_its_parts_as_from_its_json():
    from tokenauction.llm import load_model
    from tokenauction.llm.cache import default_model_directory

    load_model()  # builds the cache (and the parts) on a cold machine
    assert (default_model_directory() / BPE_PARTS).is_file()
    assert_reads_as_the_json(default_model_directory())
