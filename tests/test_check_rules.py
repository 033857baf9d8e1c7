"""Every rule: registered from its module, documented, and with failing and passing examples."""

from __future__ import annotations

import pytest

from loci.articles import read_text
from loci.check import CATEGORIES, Finding, check_article, registry
from loci.check.knowledge import Knowledge
from loci.check.rules import SECTIONS
from loci.kb import KB

# Per rule: texts it must report (a finding of that rule) and texts it must pass.
EXAMPLES: dict[str, tuple[list[str], list[str]]] = {
    "LC101": (["A trip to Zhòngqìng (重庆) takes a day.", "无极 (wǔjí) means boundless.",
               "Banks, yīnhàng (银行), open early.",
               # a heading glosses as a sentence does
               "## Day 4: 桂林 (Guǐlín)\n\nRain all day.",
               # toned pinyin beside a Chinese place's English name, in prose or a table
               "The canals of Suzhou (Sūzhòu) are old.",
               "| City | Pinyin |\n|---|---|\n| Kunming | Kūnmìng |"],
              ["A trip to Chóngqìng (重庆) takes a day.", "Banks, yínháng (银行), open early.",
               "Stinky tofu, chòu dòufu (臭豆腐), divides visitors.",
               "Hong Kong (香港) and Taipei (台北) keep older spellings.",
               # a place's name reads 塞 and 勒 as place names do
               "Cyprus is Sàipǔlùsī (塞浦路斯); Zagreb, Sàgélèbù (萨格勒布).",
               "The walls of Nanjing (Nánjīng) are long.",
               "| City | Pinyin |\n|---|---|\n| Lhasa | Lāsà |\n| Sichuan | Sìchuān |"]),
    "LC111": (["Frech Polynesia is famous for pearls.", "We flew to the Aland lslands.",
               "Tailand is famous for street food."],
              ["French Polynesia is famous for pearls.", "Romans and Samoans met in Rome.",
               "Thai food is famous.", "The Ivory Coast lies west of Ghana."]),
    "LC112": (["We changed buses in Marakech before the mountains.",
               "## Croatia\n\nThe ferry to Dubrovnk leaves at noon.",
               "Wroclaww's market square is huge.",
               # a sentence opened by its cue word; a place spelt two ways in one text
               "From Yerevn the road climbs north to the lake.",
               "Mombasa has an old town. The dhows of Mombsa sail at dawn.",
               # a name opening a sentence that makes it a capital
               "Dodomma became the capital of Tanzania in 1996.",
               # a name of two words run together, with a slip
               "Our office moved to Kualalumpr last spring.",
               # anywhere, a well-known city's first word and a slip of its second
               "Her postcard from Buenos Aries arrived late.",
               "He spelt it Ulan Bater on the visa form."],
              ["We changed buses in Marrakesh before the mountains.",
               "The ferry to Dubrovnik leaves at noon.", "Saint Petersburg is cold.",
               "We met Mr Lisbo in Porto.", "The road to Everest is long.",
               # a common first word of names says nothing of which city
               "San Marco Square and New Yorkers' bagels.",
               "A day in Shenzen, as some write it, is enough.",
               # a word's plural beside a city whose name is that word (Star, Idaho)
               "The Morning Stars played in Star, a town in Idaho, before the final.",
               # a mountain the Factbook names, one letter from a city of a named country
               "Fees are paid in US dollars, and the trail ends below Everest."]),
    "LC121": (["Swaziland is a small kingdom.", "Burma has many pagodas.",
               "Macedonia joined NATO in 2020."],
              ["Eswatini (formerly Swaziland) is a small kingdom.",
               "Burma was renamed Myanmar in 1989.", "Greek Macedonia is a region of Greece.",
               "The country was known until 2018 as Swaziland."]),
    "LC122": (["The Netherlands Antilles is a diving destination.",
               "Serbia and Montenegro is a country of mountains.",
               # a place set in it makes it one state
               "We rented a flat in Budva, in Serbia and Montenegro, for a month."],
              ["Until 2010 Curaçao was part of the Netherlands Antilles.",
               "Serbia and Montenegro split in 2006.", "We drove through Serbia and Montenegro."]),
    "LC201": (["Blantyre, the capital of Malawi, is busy.", "Malawi's capital, Zomba, is old.",
               "## Malawi\n\nThe capital, Blantyre, is busy.",
               # "before" a step of a trip is no time before which it was the capital
               "Our Malawi week opens in Blantyre, the capital, before a day on the lake.",
               # the seat of a legislature is no capital
               "The bus climbs to Valparaíso, the capital of Chile.",
               # a belief reported is the clause's; the apposition inside it is the writer's
               "Some visitors think that Zomba, the capital of Malawi, is only a hill town.",
               # a capital by law called the seat of government, where another is
               "Porto-Novo is the seat of government of Benin.",
               # a name set aside with "not" is not the value
               "Blantyre, not Lilongwe, is the capital of Malawi."],
              ["Lilongwe, the capital of Malawi, is calm.",
               # a label before a colon is no value; nor is a name ending a clause there
               "*Trivia:* The Kenyan capital grew up around a railway depot.",
               "Sydney is not the capital of Australia: the capital is Canberra.",
               "## Malawi\n\nThe capital, Lilongwe, is calm.",
               "Sucre is the constitutional capital of Bolivia.",
               "Zomba, the capital of Malawi until 1975, is quiet.",
               "Zomba, the capital of Malawi before independence, is quiet.",
               "Lilongwe, not Blantyre, is the capital of Malawi.",
               # "official" is the capital by law: a constitutional or political one
               "Gitega is the official capital of Burundi.",
               # a seat of government called so; a capital that is also its seat
               "In Benin, Cotonou is the seat of government.",
               "Lilongwe is the seat of government of Malawi.",
               # an owner named by its former name dates the claim to those years
               "Almaty, the capital of the Kazakh Soviet Socialist Republic, grew fast."]),
    "LC211": (["Qianshan, a UNESCO-listed park, rises near Anshan in China.",
               "Bhutan's Tiger's Nest, a UNESCO-listed monastery, clings to a cliff."],
              ["The Great Wall, a UNESCO World Heritage Site, crosses China.",
               "Angkor, a UNESCO World Heritage Site, is in Cambodia."]),
    "LC221": (["Malawi is a majority-Muslim country.", "Most Bhutanese are Christian.",
               # a branch: its own share, at most its parent's, or half where the parent
               # is mostly another branch
               "Uzbekistan is majority Shia.", "Most Uzbeks are Catholic.",
               "Iraq is majority Sunni.",
               # the largest: another religion outnumbers it; a church's people named
               "Catholics are the largest religious group in Ghana.",
               "The largest religion in Albania is Christianity.",
               "Serbia is a majority Serbian Catholic nation.",
               "Ghana's largest religion is Islam."],
              ["Malawi is a majority-Christian country.", "Nigeria's predominantly Muslim north "
               "is dry.", "Most Bhutanese are Buddhist.",
               # a share given as a range (Muslim 95-98%, Shia 61-64%) is no 0%
               "Iraq is majority Muslim.", "Iraq is majority Shia.",
               # the largest or the main one needs no majority
               "Hinduism is the main faith of Mauritius.",
               "Muslims are the largest religious group in Lebanon.",
               "Serbia is a majority Serbian Orthodox country.",
               "Lebanon's largest religion is Islam."]),
    "LC231": (["In Malawi, over 90% of the population speak English."],
              ["In Bolivia, most people speak Spanish.",
               "Fewer than 3% of Anshan's youth speak Manchu."]),
    "LC232": (["Spanish is the only official language of Bolivia.",
               "French is an official language of Malawi.",
               # "the official language" says it is the only one
               "Quechua is the official language of Bolivia.",
               "Canada's official language is English."],
              ["English is the official language of Malawi.",
               "Swedish is an official language of Finland.",
               # official only in a region (Croatian in Burgenland) is left out of "the"
               "German is the official language of Austria.",
               "English and French are the official languages of Canada.",
               # a class prefix before a name ("isiZulu"), and the list read whole
               "English and siSwati are the official languages of Eswatini.",
               "Finnish is one of the official languages of Finland."]),
    "LC241": (["Malawi's national day is 14 May.", "Bhutan's national day is 15 August.",
               # the national holiday told by the event the Factbook says it marks
               "Azerbaijan celebrates the founding of the Democratic Republic on 18 May.",
               # the national day in the country's own words
               "Peru's Fiestas Patrias fall on 9 December."],
              ["Malawi's national day, Independence Day, falls on 6 July.",
               "Kenya celebrates Madaraka Day (1 June).",
               "Somalia marks the foundation of the Somali Republic on 1 July.",
               "Chile's Fiestas Patrias fall on 18 September.",
               # an event that is no national holiday's is not one
               "Azerbaijan marks the founding of its first oil company on 3 March."]),
    "LC251": (["Malawi's currency is the rand.", "The currency of Ghana is the naira.",
               "In Chile she paid in pesos, and in Peru the currency is the rand.",
               # a table row a capital names is its country's
               "| Port | Currency |\n| --- | --- |\n| Lima | pesos |",
               # "Eastern" for CLDR's "East"; a withdrawn currency brought
               "Trinidad and Tobago uses the Eastern Caribbean dollar.",
               # a qualifier of CLDR's name written in lower case
               "Havana's shops take the Cuban convertible peso as the currency of Cuba.",
               "In Slovenia, bring tolars for the bus."],
              ["Malawi's currency is the kwacha.", "The currency of China is the renminbi.",
               "The currency is stable in Malawi.",
               # the territory named just before the phrase is its owner, not the first
               "In Chile she paid in pesos, and in Peru the currency is the sol.",
               "| Port | Currency |\n| --- | --- |\n| Lima | soles |",
               # advice not to bring an old currency says it is gone
               "In Slovenia, do not bring tolars: the euro replaced them."]),
    "LC261": (["Malawi's national animal is the hippo.",
               # "whose" after a name with a word before it
               "Neighbouring Malawi, whose national animal is the hippo, is green."],
              ["Malawi's national animal is the lion.", "China's national animal is the giant "
               "panda."]),
    "LC262": (["Malawi's national colours are blue and white.",
               "Blue and white, Malawi's national colours, hang from the stands."],
              ["Malawi's national colours are black, red and green.",
               "The national colours of Malawi are red and green.",
               "Sky blue and white, Argentina's national colours, fill the square."]),
    "LC301": (["Anshan lies 30 km southwest of Shenyang.", "Zomba lies 150 km from Blantyre.",
               "From Nairobi the road runs 100 miles down to Mombasa.",
               # a clause of its own whose subject is the two places named before it
               "We rode from Blantyre to Zomba, and the two towns lie 150 km apart."],
              ["Anshan lies 83 km south-southwest of Shenyang.",
               "Qianshan Park lies 17 km southeast of Anshan.",
               "From Nairobi the road runs about 440 km on to Mombasa.",
               "We rode from Blantyre to Zomba, and they lie about 65 km apart."]),
    "LC302": (["Anshan lies 83 km northeast of Shenyang."],
              ["Anshan lies 83 km southwest of Shenyang.", "Anshan is 80 km from Shenyang."]),
    "LC401": (["Fewer than 3% of the city's youth speak Manchu.",
               "About 40% of residents own a bicycle.",
               # a share to a tenth of things counted, whoever counted them
               "Nearly 81.6% of our ferry crossings leave on time.",
               "Some 12.4% of hikers on the ridge turn back.",
               "Exactly 64.5% of Porto's bakeries open on Sundays.",
               "Nearly 71.2% of UEFA fans come by train.",
               "Winter nights there are 18.5% longer than in the south."],
              ["Fewer than 3% of the city's youth speak Manchu ([census](https://x.org/c)).",
               "About 40% of residents own a bicycle (City survey, 2021).",
               "The museum opened in 1916 with 40% of its rooms.",
               "Tickets are 12.5% off this week.", "Only 2.5% of the brass is tin.",
               "Rooms are 12.5% cheaper than in July."]),
}


def _findings(know: Knowledge, text: str, code: str) -> list[Finding]:
    rule = next(r for r in registry() if r.code == code)
    article = read_text(text, "example.md")
    return [f for f in check_article(article, know, [rule]) if f.decided]


@pytest.fixture(scope="module")
def know(kb: KB) -> Knowledge:
    return Knowledge(kb)


def test_codes_are_unique_and_categories_all_covered() -> None:
    codes = [r.code for r in registry()]
    assert len(codes) == len(set(codes))
    assert {r.category for r in registry()} == set(CATEGORIES)


def test_every_rule_has_examples_both_ways() -> None:
    """A rule without failing and passing examples here fails this test."""
    for rule in registry():
        bad, good = EXAMPLES.get(rule.code, ([], []))
        assert bad and good, f"{rule.code} needs failing and passing examples in EXAMPLES"


@pytest.mark.parametrize("rule", registry(), ids=lambda r: r.code)
def test_every_rule_is_documented(rule: object) -> None:
    from loci.check.rules import Rule

    assert isinstance(rule, Rule)
    assert rule.summary.endswith(".")
    for section in SECTIONS:
        assert rule.section(section), f"{rule.code} docstring lacks {section}:"


@pytest.mark.parametrize(("code", "text"), [(c, t) for c, (bad, _) in EXAMPLES.items()
                                            for t in bad])
def test_failing_example_is_reported(know: Knowledge, code: str, text: str) -> None:
    assert _findings(know, text, code), f"{code} missed: {text}"


@pytest.mark.parametrize(("code", "text"), [(c, t) for c, (_, good) in EXAMPLES.items()
                                            for t in good])
def test_passing_example_is_not_reported(know: Knowledge, code: str, text: str) -> None:
    assert not _findings(know, text, code), f"{code} misfired: {text}"


@pytest.mark.parametrize("rule", registry(), ids=lambda r: r.code)
def test_documented_example_and_instead_behave(know: Knowledge, rule: object) -> None:
    from loci.check.rules import Rule

    assert isinstance(rule, Rule)
    assert _findings(know, rule.section("Example"), rule.code)
    assert not _findings(know, rule.section("Instead"), rule.code)


def test_findings_carry_evidence_with_a_source(know: Knowledge) -> None:
    (finding,) = _findings(know, "Blantyre, the capital of Malawi, is busy.", "LC201")
    assert finding.suggestion == "Lilongwe"
    assert finding.evidence is not None and finding.evidence.source is not None
    assert finding.evidence.source.dataset == "factbook"
    assert (finding.line, finding.column, finding.end_column) == (1, 1, 9)


def test_selected_heritage_lists_make_a_warning(know: Knowledge, kb: KB) -> None:
    row = kb.db.execute("SELECT place FROM facts WHERE topic = 'heritage-site' "
                        "AND value LIKE '%\"selected\": true%' LIMIT 1").fetchone()
    place = kb.lookup(row[0])
    text = f"## {place.name}\n\nZzyzx Quarry, a UNESCO World Heritage Site, is old."
    (finding,) = _findings(know, text, "LC211")
    assert finding.severity == "warning"


def test_a_name_with_polynesian_particles_is_read_whole(know: Knowledge) -> None:
    text = "## Tonga\n\nThe Langi 'o Tu'i tombs, a royal burial ground, are a World Heritage site."
    (finding,) = _findings(know, text, "LC211")
    assert "The Langi 'o Tu'i tombs is not one" in finding.message, finding.message


def test_unknown_places_are_unverifiable_not_errors(know: Knowledge) -> None:
    rule = next(r for r in registry() if r.code == "LC301")
    article = read_text("Qianshan Park lies 17 km southeast of Anshan.", "a.md")
    (finding,) = check_article(article, know, [rule])
    assert not finding.decided and finding.severity == "unverifiable"


@pytest.mark.parametrize(("code", "text", "message"), [
    ("LC201", "Freeport is the capital of the Bahamas.",
     "Freeport is not the capital of the Bahamas: the capital is Nassau"),
    ("LC251", "In the Maldives the currency is the rupee.",
     "the Maldivian Rupee (1947–1981) has not been the Maldives’ currency since 1981: it is "
     "the Maldivian rufiyaa"),
    ("LC251", "In the Maldives the currency is the euro.",
     "The Maldives’ currency is the Maldivian rufiyaa, not the euro"),
    ("LC232", "Dutch is the only official language of the Netherlands.",
     "The Netherlands has more official languages than Dutch: Dutch and Frisian"),
    ("LC201", "Bujumbura is the official capital of Burundi.",
     "Bujumbura is Burundi’s commercial capital, not its official capital: the capitals are "
     "Gitega (political) and Bujumbura (commercial)"),
    ("LC232", "English is the only official language of the Philippines.",
     "The Philippines has more official languages than English: English and Filipino"),
])
def test_a_message_names_a_place_as_prose_does(know: Knowledge, code: str, text: str,
                                               message: str) -> None:
    # "the Bahamas", "The Maldives’": the article, a capital opening the message, and the
    # possessive of a name ending in s
    assert [f.message for f in _findings(know, text, code)] == [message]
