"""Where the dequantised model copy is cached, and its tokenizer read without transformers' wrapper."""

from __future__ import annotations

from tokenauction.llm.cache import cache_root


def test_cache_root_prefers_the_override_then_xdg_then_home(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("TOKENAUCTION_CACHE", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    assert cache_root() == tmp_path / "home" / ".cache" / "tokenauction"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_root() == tmp_path / "xdg" / "tokenauction"
    monkeypatch.setenv("TOKENAUCTION_CACHE", str(tmp_path / "mine"))
    assert cache_root() == tmp_path / "mine"


def test_the_fast_tokenizer_reads_like_transformers_tokenizer(tmp_path):
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors, trainers
    from transformers import AutoTokenizer, PreTrainedTokenizerFast

    from tokenauction.llm.text import FastTokenizer

    tokenizer = Tokenizer(models.BPE(unk_token="<unk>"))
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    corpus = ["Fly to Hawaii with Alpha Airlines, the best way.", "Aloha! Café crème, 東京 🌺"] * 3
    tokenizer.train_from_iterator(corpus, trainers.BpeTrainer(
        vocab_size=300, special_tokens=["<pad>", "<eos>", "<bos>", "<unk>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False))
    tokenizer.post_processor = processors.TemplateProcessing(single="<bos> $A", special_tokens=[("<bos>", 2)])
    PreTrainedTokenizerFast(tokenizer_object=tokenizer, pad_token="<pad>", eos_token="<eos>",
                            bos_token="<bos>", unk_token="<unk>").save_pretrained(tmp_path)
    reference, fast = AutoTokenizer.from_pretrained(tmp_path), FastTokenizer(tmp_path)
    assert (fast.eos_token_id, fast.pad_token_id) == (reference.eos_token_id, reference.pad_token_id) == (1, 0)
    for text in ["Fly to Hawaii with Alpha Airlines, the", "Café 東京 🌺 <eos> done", ""]:
        ids = fast(text)["input_ids"]
        assert ids == reference(text)["input_ids"] and ids[0] == 2
        for skip in (True, False):
            assert fast.decode(ids + [1], skip) == reference.decode(ids + [1], skip_special_tokens=skip)
