"""The classes of phrasing issue 12 names, each in loci's own words about other places.

Every case is a small article and whether the checker must report a claim of that
category in it (error or warning). The examples were written for these tests, about
places and in wordings that neither the rules' docstrings nor any corpus uses, so
that a rule tuned to one sentence fails here.
"""

from __future__ import annotations

import pytest

from loci.articles import read_text
from loci.check import check_article, registry
from loci.check.knowledge import Knowledge
from loci.kb import KB

# (category, text, reported?)
CASES: list[tuple[str, str, bool]] = [
    # 1. The subject from context: headings, earlier sentences, front matter, demonyms.
    ("capital", "## Peru\n\nThe capital, Cusco, sits high in the Andes.", True),
    ("capital", "## Peru\n\nThe capital, Lima, sits on the coast.", False),
    ("capital", "# Senegal\n\nFerries sail on to Gambia. The capital, Dakar, faces the "
                "Atlantic.", False),
    ("capital", "# Senegal\n\nFerries sail on to Gambia. The capital, Bamako, faces the "
                "Atlantic.", True),
    ("currency", "## Ghana\n\nMarket women here price everything in naira.", True),
    ("currency", "## Ghana\n\nMarket women here price everything in cedis.", False),
    ("language", "## Rwanda\n\nKinyarwanda is spoken everywhere. Portuguese is also an "
                 "official language.", True),
    ("religion", "Most Kazakhs are Buddhist, though mosques line the main roads.", True),
    ("religion", "Most Kazakhs are Muslim, and Orthodox churches stand in the north.", False),
    ("currency", "---\ntitle: Notes\nplaces: [Japan]\n---\nA bento box costs 900 won.", True),
    # The value before a relative clause; the money's origin named after it; a town's
    # name inside a longer name is no place of the sentence.
    ("currency", "Kuwait uses the Saudi riyal for everything.", True),
    ("currency", "Senegal uses the West African CFA franc.", False),
    ("currency", "Cameroon uses the West African CFA franc.", True),
    ("currency", "Mauritius uses the CFA franc.", True),
    # A town too small for prose at large still places the money spent in it.
    ("currency", "## Slovakia\n\nUp the river, in Szentendre, lunch is paid for in forints.",
     False),
    ("currency", "## Slovakia\n\nUp the river, in Szentendre, lunch is paid for in euros.",
     True),
    ("currency", "Kuwait uses the Saudi riyal, which is pegged to the US dollar.", True),
    ("currency", "Jordan uses the dinar, which is pegged to the US dollar.", False),
    ("religion", "With Bali in mind, Indonesia is a Buddhist-majority country.", True),
    ("religion", "With Bali in mind, Indonesia is a Muslim-majority country.", False),
    ("distance", "The road from Bamako to Dakar, roughly 300 km of laterite, took two days.",
     True),
    ("distance", "The road from Bamako to Dakar, roughly 1,000 km of laterite, took two "
                 "days.", False),
    ("currency", "Ecuador uses the US dollar for everything.", False),
    ("religion", "Most people in Oman today are Hindu.", True),
    ("religion", "Most people in Oman today are Muslim.", False),
    ("currency", "## Samoa\n\nShops in Apia take the Fijian dollar, which is the local "
                 "currency.", True),
    ("currency", "## Samoa\n\nShops in Apia take the tala, which is the local currency.",
     False),
    ("capital", "Blantyre, which is the capital of Malawi, has the busiest market.", True),
    ("capital", "Lilongwe, which is the capital of Malawi, has a new market.", False),
    ("currency", "Prices in Hanoi markets are quoted in yuan because the goods come from "
                 "China.", True),
    ("currency", "Prices in Hanoi markets are quoted in dong, though the goods come from "
                 "China.", False),
    ("currency", "Tickets for the Imperial Bath House Museum in Xi'an cost 30 yen.", True),
    ("currency", "Tickets for the Imperial Bath House Museum in Xi'an cost 30 yuan.", False),
    ("national-day", "Norwegians celebrate Constitution Day on 17 June.", True),
    ("national-day", "Norwegians celebrate Constitution Day on 17 May.", False),
    # 2. Name boundaries: opening words, words of longer names, the article's own places.
    ("capital", "However Dodoma is the capital of Tanzania.", False),
    ("language", "## Portugal\n\nPortuguese is the official language; Mirandese is also "
                 "spoken around Miranda do Douro.", False),
    # 3. Capitals in appositions both ways, negations, provincial capitals.
    ("capital", "Almaty, Kazakhstan's capital, sits below the mountains.", True),
    ("capital", "We drove for two days to Mombasa, the capital of Kenya.", True),
    ("capital", "In Karachi, the Pakistani capital, traffic never stops.", True),
    ("capital", "As the capital of Nigeria, Lagos hosts every embassy.", True),
    ("capital", "Abuja is not the capital of Nigeria.", True),
    ("capital", "Lagos is not the capital of Nigeria.", False),
    ("capital", "Mendoza is the provincial capital of Mendoza Province.", False),
    ("capital", "Rosario is the state capital of nothing in particular.", False),
    ("capital", "Milan, the design capital of Italy, hosts a furniture fair.", False),
    ("capital", "Canberra replaced Melbourne as the capital in 1927.", False),
    ("capital", "---\ntitle: Down the Paraná\nplaces: [Paraguay, Argentina, Brazil, Uruguay]"
                "\n---\n## Day 1\n\nAsunción, the capital, wakes at dawn.", False),
    ("capital", "---\ntitle: Down the Paraná\nplaces: [Paraguay, Argentina, Brazil, Uruguay]"
                "\n---\n## Day 1\n\nEncarnación, the capital, wakes at dawn.", True),
    ("capital", "We crossed into Croatia, whose capital, Rijeka, sits on the coast.", True),
    ("capital", "We crossed into Croatia, whose capital, Zagreb, sits inland.", False),
    # 4. Religion in prose, as "the majority religion", and in fact-sheet lines.
    ("religion", "Hinduism is the majority religion in Nepal.", False),
    ("religion", "Hinduism is the majority religion in Fiji.", True),
    ("religion", "Christianity is the majority religion in Bangladesh.", True),
    ("religion", "# Morocco\n\nReligion: Muslim 40%, Christian 31%", True),
    ("religion", "The predominantly Buddhist north of the island is quiet.", False),
    ("religion", "Uganda's Muslim majority keeps the Ramadan fast.", True),
    ("religion", "Uganda's Christian majority fills the churches at Easter.", False),
    ("religion", "In Singapore, Christians make up the majority of the people, with many "
                 "migrants from Malaysia and Indonesia.", True),
    ("religion", "In Hindu-majority Nepal the streets fill for Dashain, as in Sikkim.", False),
    ("religion", "In Buddhist-majority Nepal the streets fill for Dashain, as in Sikkim.", True),
    ("religion", "Most Bhutanese practise shamanism at home.", True),
    ("religion", "Brazil is majority Protestant these days.", True),
    ("religion", "Ireland is majority Catholic still.", False),
    ("religion", "## Kenya\n\nThe people are mostly Christian, though Arab merchants "
                 "settled the coast long ago.", False),
    ("religion", "## Chad\n\nIslam is the main faith in each of the countries of the "
                 "Sahel.", False),
    # 5. Official languages with context and in lists.
    # A region named with an English word (Papua New Guinea's Gulf) is not the word.
    ("language", "Arabic is an official language right across the Gulf.", False),
    ("language", "## Delta\n\nEnglish is an official language all along the delta.", False),
    # An island's name for its state (Saint Vincent); a capital's own name ending in 's
    # (St George's); "celebrates independence every ...".
    ("symbol", "Saint Vincent's national symbol is the frigatebird.", True),
    ("symbol", "Saint Vincent's national symbol is the Saint Vincent parrot.", False),
    ("religion", "Grenada is mostly Catholic, and its cathedral above St George's was "
                 "rebuilt.", True),
    ("national-day", "Barbados celebrates independence every 30 November with parades.", False),
    ("national-day", "Barbados celebrates independence every 30 October with parades.", True),
    # Given names a letter from a country's are people, not misspelled places.
    ("place-name", "Georgina is a friend of ours from school.", False),
    ("place-name", "Indira is a friend of ours from school.", False),
    # A speaker's or an answer's label opens the line, not the claim.
    # A quiz's answer to the question above it; a question itself asserts nothing.
    ("capital", "**Q7.** What is the capital of Kyrgyzstan?\n\n**Answer:** Osh, in the "
                "south.", True),
    ("capital", "**Q7.** What is the capital of Kyrgyzstan?\n\n**Answer:** Bishkek, in the "
                "north.", False),
    ("capital", "**Q7.** What is the capital of Kyrgyzstan?\n\n**Answer:** Not Osh, as many "
                "think.", False),
    ("currency", "Q: Which currency is used in Oman?\nA: The dirham, mostly.", True),
    ("currency", "Q: Which currency is used in Oman?\nA: The rial, mostly.", False),
    ("language", "Q: What is the official language of Brazil?\nA: Spanish.", True),
    ("symbol", "> **Symbol** Tanzania's national symbol is the grey crowned crane, seen on "
               "coins.", True),
    ("symbol", "**JO:** And Tanzania's national symbol is the giraffe, which I remember.", False),
    ("symbol", "**JO:** And Tanzania's national symbol is the zebra, which I remember.", True),
    ("religion", "**14/** Grenada is predominantly Roman Catholic, and its cathedral was "
                 "rebuilt.", True),
    ("religion", "Most Swiss are Calvinists, so the churches are plain.", True),
    ("heritage", "Nepal, with its four World Heritage Sites, rewards a long stay.", False),
    ("heritage", "Nepal, with its nine World Heritage Sites, rewards a long stay.", True),
    ("language", "NOTE: The official language of Slovenia is Croatian.", True),
    ("language", "GUIDE: The official language of Slovenia is Slovene.", False),
    ("language", "Q: Jordan has two official languages, Arabic and French, so either "
                 "will do.", True),
    ("capital", "A: Tashkent, the capital of Uzbekistan, has a metro.", False),
    ("capital", "A: Samarkand, the capital of Uzbekistan, has a metro.", True),
    ("language", "Belgium's official languages are Dutch, French and German.", False),
    ("language", "Belgium's official languages are Dutch, French and Italian.", True),
    ("language", "Singapore has two official languages, English and Malay.", True),
    # 6. Currency wherever money appears, withdrawn currencies with their end dates.
    ("currency", "In Peru a taxi across town costs 15 pesos.", True),
    ("currency", "In Slovakia a tram ticket costs 30 korunas.", True),
    ("currency", "In Lithuania we paid for dinner in litas.", True),
    ("currency", "In Lithuania we paid for dinner in euros.", False),
    ("currency", "In Peru we changed our dollars into soles at the airport.", False),
    ("currency", "Greenland's currency is the Danish krone.", False),
    # 7. National days in any wording and date format; holidays wrongly called national.
    ("national-day", "Ghana's Independence Day falls on March 16th.", True),
    ("national-day", "Ghana's Independence Day falls on the 6th of March.", False),
    ("national-day", "Diwali, India's national day, fills the sky with lights.", True),
    ("national-day", "Chile gained independence on 18 October 1810.", True),
    # Calendars: the date heads an entry, the holiday follows on its line.
    ("national-day", "**12 June: Russia.** Russia Day closes the banks in Moscow.", False),
    ("national-day", "**22 June: Russia.** Russia Day closes the banks in Moscow.", True),
    ("national-day", "- **3 October – Germany:** German Unity Day fills Berlin.", False),
    ("national-day", "- **13 October – Germany:** German Unity Day fills Berlin.", True),
    ("national-day", "## Ghana\n\nIndependence is marked on 6 March with parades.", False),
    ("national-day", "## Ghana\n\nIndependence is marked on 6 May with parades.", True),
    # A holiday the Factbook knows by another name ("Independence Day" is Jamhuri Day).
    ("national-day", "## Kenya\n\nKenyans celebrate Independence Day on 12 December.", False),
    ("national-day", "## Kenya\n\nKenyans celebrate Independence Day on 1 June.", True),
    ("national-day", "Vietnam's national day is Tet, the lunar new year.", True),
    ("national-day", "Vietnam's national day is Independence Day, the anniversary of "
                     "1945.", False),
    # A holiday's name goes with the date nearest it, not with another date further on.
    ("national-day", "## Ghana\n\nIndependence Day falls on 6 March, and the week of 9 May "
                     "is for mourning.", False),
    # *The* national day named as another holiday, on that holiday's own date.
    ("national-day", "Ghana's national day is Republic Day (1 July).", True),
    ("national-day", "Republic Day (1 July) is a national holiday in Ghana.", False),
    ("national-day", "Ghana's national day is Independence Day (6 March).", False),
    # A range of days holds the holiday's day.
    ("national-day", "# Kenya\n\n| National holiday | Jamhuri Day, 11–13 December |", False),
    ("national-day", "# Kenya\n\n| National holiday | Jamhuri Day, 1–3 December |", True),
    # 8. Misspelled places in place contexts; never real places or people.
    ("place-name", "From there we took the ferry to Zanzibarr.", True),
    ("place-name", "The road to Kathmandoo was closed by snow.", True),
    ("place-name", "We stayed in Pokhara for a week.", False),
    ("place-name", "Guatemalla won us over with its markets.", True),
    ("place-name", "Elsalvador's beaches draw surfers all year.", True),
    ("place-name", "We drove from Brasilia to the coast, then on to Rio de Janiero.", True),
    ("place-name", "The capital, Kampalla, sprawls over seven hills.", True),
    ("place-name", "We skipped Nairobbi and flew straight to the coast.", True),
    ("place-name", "Port Moresbey, on the south coast, is hot.", True),
    ("place-name", "## Day 4 – Tashkennt\n\nThe bazaar opens early.", True),
    ("place-name", "## Day 4 – Tashkent\n\nThe bazaar opens early.", False),
    ("place-name", "The New Town, on the hill, has wide streets.", False),
    ("place-name", "The guide, Mr Tbilsi, met us at the station.", False),
    # 9. Outdated names: headings and lists too; history, compounds, titles are fine.
    ("outdated-name", "## Travelling in Dahomey\n\nThe coast is long.", True),
    ("outdated-name", "In 1960 Dahomey became independent from France.", False),
    ("outdated-name", "Spice traders from 17th-century Europe landed on Ceylon's coast.", False),
    ("outdated-name", "Spice traders still land on Ceylon's coast every spring.", True),
    ("outdated-name", "Sailors love Yugoslavia's islands and coves.", True),
    ("outdated-name", "Partisans fought across Yugoslavia until the last winter of the war.",
     False),
    ("outdated-name", "We flew into Leningrad, the USSR's northern capital.", True),
    ("outdated-name", "Caravans still carry salt across Spanish Sahara.", True),
    ("outdated-name", "Spain gave up Spanish Sahara in 1976.", False),
    ("outdated-name", "Ceylon cinnamon is sweeter than the cassia sold elsewhere.", False),
    ("outdated-name", "We read *Tales of Old Siam* on the train.", False),
    # A text that says it uses the names of its period keeps them; one that only speaks
    # of old names does not.
    ("outdated-name", "# Old maps\n\nThis guide uses the historical names of the 1950s.\n\n"
                      "Swaziland sends its wool to the coast.", False),
    ("outdated-name", "# Renamed countries\n\nA good number of old names came from colonial "
                      "offices.\n\nToday Swaziland is a small kingdom in the south.", True),
    ("outdated-name", "Ceylon, a name that lingers on tea packets, is a common crossword "
                      "answer.", False),
    ("outdated-name", "Ceylon is a common stop for cruise ships.", True),
    # "Then" tells a sequence, not history; "Inner Mongolia" does not gloss "Outer
    # Mongolia"; a fact sheet's "Former names" line names them as former.
    ("outdated-name", "Then we crossed into Spanish Sahara at dawn.", True),
    ("outdated-name", "> **Borders** The crossing into Swaziland opens at six.", True),
    ("outdated-name", "> As the old song goes, Swaziland is green and gold.", False),
    ("outdated-name", "Back then the caravans crossed Spanish Sahara in a month.", False),
    ("outdated-name", "Trucks run from Inner Mongolia into Outer Mongolia all winter.", True),
    ("outdated-name", "# Mali\n\n| Fact | Value |\n|---|---|\n| Former names | French Sudan "
                      "(until 1960) |", False),
    # A region or a territory of the name before a small town elsewhere (Saint Helena,
    # California); the Factbook's two words for a symbol are its one word too.
    ("capital", "Mail boats calling at Saint Helena anchor off Jamestown, the capital.", False),
    ("capital", "Mail boats say the capital of Saint Helena is Georgetown.", True),
    ("symbol", "The national bird of Saint Helena is the wirebird.", False),
    ("symbol", "The national bird of Saint Helena is the fairy tern.", True),
    # A former name is glossed by its new one only beside it, not by a word far on; a site
    # "added to the World Heritage List".
    ("outdated-name", "Ceylon is the most relaxed island in the region, and Sri Lanka's tea "
                      "is its pride.", True),
    ("outdated-name", "Ceylon, now Sri Lanka, grows tea.", False),
    ("heritage", "## Peru\n\nThe Colca Canyon was added to the World Heritage List in 1990.",
     True),
    # A small town's name after a possessive belongs to the place before it.
    ("heritage", "## Armenia\n\nYerevan's Old Town, with its pink stone, was inscribed on the "
                 "World Heritage List in 2001.", True),
    # "like" compares only where it opens a clause; as a verb its object is a place.
    ("capital", "Visitors like Bolivia's capital, Santa Cruz, for its climate.", True),
    ("currency", "Like Peru, Bolivia uses the sol for everything.", True),
    # A sentence that tells the change itself, in the past, may name both far apart.
    ("outdated-name", "That spring Nyasaland and its chiefs voted to become the independent "
                      "state of Malawi.", False),
    # A place the sentence compares its subject with is not its subject.
    ("currency", "## Guadeloupe\n\nThe CFP franc is the local currency, just as in mainland "
                 "France.", True),
    ("currency", "## Guadeloupe\n\nThe euro is the local currency, just as in mainland France.",
     False),
    # Money changed into a currency where it is changed is the local money.
    ("currency", "In Dakar we changed our euros into Central African CFA francs.", True),
    ("currency", "In Dakar we changed our euros into West African CFA francs.", False),
    # "X is Ghana's largest religion"; a site before an aside that opens with a possessive;
    # a share to a tenth of one place's things.
    ("religion", "Islam is Ghana's largest religion.", True),
    ("religion", "Christianity is Ghana's largest religion.", False),
    ("heritage", "## Ghana\n\nLabadi Beach, Accra's busiest, is a UNESCO World Heritage Site.",
     True),
    ("unsourced-statistic", "About 61.5% of the old quarter's cafés open before seven.", True),
    # One religion said to outnumber another.
    ("religion", "Muslims now outnumber Christians in Ghana.", True),
    ("religion", "Christians outnumber Muslims in Ghana.", False),
    # A day as an ordinal word.
    ("national-day", "## Peru\n\nIndependence is celebrated on the twentieth of June.", True),
    ("national-day", "## Peru\n\nIndependence is celebrated on the twenty-eighth of July.",
     False),
    # A table with a holiday column and a date column, a row per country.
    ("national-day", "| Country | Holiday | Date |\n|---|---|---|\n| Ghana | Independence Day "
                     "| 6 April |\n| Kenya | Jamhuri Day | 12 December |", True),
    ("national-day", "| Country | Holiday | Date |\n|---|---|---|\n| Ghana | Independence Day "
                     "| 6 March |\n| Kenya | Jamhuri Day | 12 December |", False),
    # "US dollars" names money, not a place the sentence is about; a price in a foreign
    # currency beside the territory's own is the traveller's alternative.
    ("currency", "## Laos\n\nDaily life runs on the kip, though hotels often quote rates in "
                 "US dollars.", False),
    ("currency", "## Laos\n\nDaily life runs on the baht, though hotels often quote rates in "
                 "US dollars.", True),
    # A heading that says something is read as a sentence; one that names a topic is not.
    ("capital", "## 4. Guayaquil, Ecuador's capital, is a river port\n\nText.", True),
    ("capital", "## 4. Quito, Ecuador's capital, is high in the Andes\n\nText.", False),
    ("capital", "## Guayaquil and the capital\n\nText.", False),
    # The people a clause opens with, before a place the rest of the sentence names.
    ("religion", "The Fijians are chiefly of the Buddhist persuasion, the missions of London "
                 "having failed.", True),
    ("religion", "The Fijians are chiefly of the Christian persuasion, the missions of London "
                 "having won.", False),
    # A part of a territory's name names it in a text about it ("Trinidad"), and a small
    # town's name opening a longer name is no mention of the town ("Queen's Park Savannah").
    ("national-day", "## Antigua and Barbuda\n\n- Antigua marks Independence Day on 1 "
                     "December.", True),
    ("national-day", "## Antigua and Barbuda\n\n- Antigua marks Independence Day on 1 "
                     "November.", False),
    ("religion", "## Trinidad and Tobago\n\nTrinidad has a Buddhist majority.", True),
    ("national-day", "## Trinidad and Tobago\n\nThe Queen's Park Savannah fills up on 31 July "
                     "for Independence Day.", True),
    ("national-day", "## Trinidad and Tobago\n\nThe Queen's Park Savannah fills up on 31 "
                     "August for Independence Day.", False),
    # A subject before an aside of its own that names another country.
    ("currency", "Aruba, which stayed with the Netherlands, uses the euro.", True),
    ("currency", "Aruba, which stayed with the Netherlands, uses the florin.", False),
    # Money earned in a place is paid in its currency.
    ("currency", "In Bogotá your salary will arrive in soles.", True),
    ("currency", "In Bogotá your salary will arrive in pesos.", False),
    # A ü written where the reading has u (lǜ is another syllable than lù).
    ("romanization", "Reed beds, 芦苇 (lǘwěi), line the shore.", True),
    ("romanization", "Reed beds, 芦苇 (lúwěi), line the shore.", False),
    ("romanization", "Green tea, 绿茶 (lǜchá), is cheap.", False),
    # National colours: one named that is not the Factbook's (gold is yellow).
    ("symbol", "Ghana's national colours are blue and white.", True),
    ("symbol", "Ghana's national colours are red, gold and green.", False),
    # A distance in words, and one measured "up the coast from" a city.
    ("distance", "Cusco lies some three hundred kilometres south-east of Lima.", True),
    ("distance", "Cusco lies some five hundred and seventy kilometres south-east of Lima.",
     False),
    ("distance", "Trujillo lies some 480 km up the coast from Lima.", False),
    ("distance", "Trujillo lies some 900 km up the coast from Lima.", True),
    # Official languages counted with no names given, "official tongues", and the Northern
    # Marianas by their short name.
    ("language", "Switzerland has just three official languages.", True),
    ("language", "Switzerland has four official languages.", False),
    ("language", "## Kenya\n\nEnglish and French are the two official tongues.", True),
    ("language", "English is the only official language in the Northern Marianas.", True),
    ("place-name", "Samoan is spoken in the Northern Marianas.\n\nThe Northern Mariana Islands "
                   "lie north of Guam.", False),
    # A site named before an aside in lower case ("perched above ...", "deeper than ..."),
    # and listed in the passive with its agent ("was inscribed by UNESCO as").
    ("heritage", "## Peru\n\nChan Chan, the adobe city near Trujillo, is a World Heritage "
                 "Site.", False),
    ("heritage", "## Peru\n\nThe Colca Canyon, deeper than the Grand Canyon, was inscribed by "
                 "UNESCO as a World Heritage Site.", True),
    ("heritage", "## Peru\n\nKuelap, perched above the Utcubamba valley, is likewise a World "
                 "Heritage Site.", True),
    ("heritage", "## Peru\n\nHuascarán, highest of the Andes in Peru, is listed by UNESCO as a "
                 "World Heritage Site.", False),
    # Misspelt places: a seven-letter country one slip off; a sentence opened by a city that
    # the words after it call a capital; a city after "out of".
    ("place-name", "Our guide grew up in rural Tunesia.", True),
    ("place-name", "Nairobbi, Kenya's capital, sprawls across a plateau.", True),
    ("place-name", "Nairobi, Kenya's capital, sprawls across a plateau.", False),
    ("place-name", "We flew out of Ouagadougu before dawn.", True),
    # A people's name before a unit that names no currency of theirs, however the money is
    # spent; one they used once is dated; a past time or a people doing something is not.
    ("currency", "Bring some Kenyan rand for the ferry.", True),
    ("currency", "Bring some Kenyan shillings for the ferry.", False),
    ("currency", "We changed our euros into Nepali rupees in Kathmandu.", False),
    ("currency", "We changed our last euros into Bangladeshi rupees at the border.", True),
    ("currency", "In 1960 traders in Accra still counted in Ghanaian pounds.", False),
    ("currency", "Peruvians mark the festival with dances.", False),
    # The national holiday by the event's own name, as the Factbook names it.
    ("national-day", "Cubans celebrate the Triumph of the Revolution on 1 February.", True),
    ("national-day", "Cubans celebrate the Triumph of the Revolution on 1 January.", False),
    # A former name in an aside glosses the name; the claim is still about today.
    ("national-day", "Eswatini, formerly Swaziland, marks Independence Day on 6 October.", True),
    ("national-day", "Eswatini, formerly Swaziland, marks Independence Day on 6 September.",
     False),
    ("religion", "Sri Lanka (formerly Ceylon) is mostly Muslim.", True),
    # A calendar's entry with a comma between its date and its territory.
    ("national-day", "- **6 March, Ghana.** Independence Day fills Accra with flags.", False),
    ("national-day", "- **6 April, Ghana.** Independence Day fills Accra with flags.", True),
    # Religion: a majority said in older words ("the greater part", "for the most part",
    # "chiefly of the ... persuasion", "professes"), in a relative clause ("most of whom"),
    # before a concession ("although the north ..." is no part of the claim); "Czechs".
    ("religion", "Most Ugandans are Muslim, although the hills have many churches.", True),
    ("religion", "Most Ugandans are Christian, although the north has many mosques.", False),
    ("religion", "The greater part of the population of Laos professes the Christian faith.",
     True),
    ("religion", "The Samoans are for the most part Hindus.", True),
    ("religion", "The Samoans are for the most part Christians.", False),
    ("religion", "The Bhutanese are chiefly of the Muslim persuasion.", True),
    ("religion", "The Bhutanese are chiefly of the Buddhist persuasion.", False),
    ("religion", "Slovaks, most of whom are Muslims, eat goose at Christmas.", True),
    ("religion", "Slovaks, most of whom are Catholics, eat goose at Christmas.", False),
    ("religion", "Most Czechs are Buddhist.", True),
    # A listed site named after what the writer says of it ("the old stronghold of ...").
    ("heritage", "The old stronghold of Fort Jesus, in Kenya, is a World Heritage site.", False),
    ("heritage", "The vast crater of Menengai, in Kenya, is a World Heritage site.", True),
    # A reader's letter signed with a home town: the town is the writer's, not the answer's
    # subject; a month after "de" is a date in a name (County Mayo is in Ireland).
    ("currency", "**\"Is cash still king in Lima?\"** — Ines, Leeds\n\nInes, stalls price "
                 "everything in soles.\n\n**\"Do buses in Quito run late?\"** — Tom, York\n\n"
                 "Tom, they run on time.\n\n**\"Where is tea sold in Cusco?\"** — Ann, Hull\n\n"
                 "Ann, try the market.", False),
    ("currency", "**\"Is cash still king in Lima?\"** — Ines, Leeds\n\nInes, market stalls in "
                 "Lima price everything in rupees.", True),
    ("currency", "## Argentina\n\nStalls around the Plaza de Mayo price everything in pesos.",
     False),
    ("currency", "## Argentina\n\nStalls around the Plaza de Mayo price everything in euros.",
     True),
    # A city's former name (curated, with the year it changed), as a country's is; a verb
    # of naming before it speaks of the name; a former name that is another city's name
    # today is the old city's only in a text about its country.
    ("outdated-name", "We caught the sleeper from Madras to the tea hills.", True),
    ("outdated-name", "The riverfront of Stalingrad has a new promenade.", True),
    ("outdated-name", "In 1950 Léopoldville was a colonial river port.", False),
    ("outdated-name", "Belgian pilots knew the river port as Léopoldville.", False),
    ("outdated-name", "Old postcards spell the town Tientsin.", False),
    ("outdated-name", "# Southern China\n\nThe tea houses of Canton open at dawn.", True),
    ("outdated-name", "# Ohio\n\nThe football hall of fame in Canton opens at nine.", False),
    ("outdated-name", "Street food in Saigon is cheap.", False),  # still said: info only
    ("currency", "## Cabo Verde\n\nIts escudo was pegged first to the Portuguese escudo and "
                 "then to the euro.", False),
    ("outdated-name", "The shelf holds *Yugoslavia: A Concise History* and little else.", False),
    # 10. Pinyin in every gloss form, tone numbers, toneless syllables.
    ("romanization", "The old town (古城, gǔchéng) is walled.", False),
    ("romanization", "The old town (古城, gūchéng) is walled.", True),
    ("romanization", "古城 (gu3cheng2) means old town.", False),
    ("romanization", "古城 (gu3cheng4) means old town.", True),
    ("romanization", "Zhōngguó (中国) is China's own name.", False),
    ("romanization", "中国 zhong guo is China; 中国 (zhong gou) is a typo.", True),
    ("distance", "Ufa is 300 km from Moscow, so most people fly.", True),
    ("distance", "Kraków is a 600-km train ride from Warsaw.", True),
    ("distance", "Kraków is a 250 km drive south of Warsaw.", False),
    ("distance", "Qom lies about 130 km south of Tehran, an easy day trip.", False),
    # A village that shares a capital's name excuses no distance; a capital GeoNames
    # spells otherwise; "the town" of the paragraph or the heading.
    ("distance", "Riyadh to Manama is 900 km by road.", True),
    ("distance", "Port Louis lies some 1,750 km from Victoria, a long night at sea.", False),
    ("distance", "Port Louis lies some 4,800 km from Victoria, a long night at sea.", True),
    ("distance", "Riyadh to Manama is 450 km by road.", False),
    ("distance", "Erdenet sits 500 km north of Ulaanbaatar.", True),
    ("distance", "Erdenet sits 240 km north-west of Ulaanbaatar.", False),
    ("distance", "We took the bus to Nakuru. The town lies just 400 km north-west of "
                 "Nairobi.", True),
    ("distance", "## Nakuru\n\nFlamingos crowd the shore. The town lies about 140 km "
                 "north-west of Nairobi.", False),
    ("distance", "## Nakuru\n\nFlamingos crowd the shore. The town lies about 40 km "
                 "north-west of Nairobi.", True),
    ("romanization", "The banner clans (满族, Manchu) hunted with falcons.", False),
    # A reading few words give a character is no licence outside them; a toneless gloss
    # one letter off its syllables is misspelled, an English gloss is not.
    ("romanization", "王家村 (Wàngjiā Cūn) sits by the river.", True),
    ("romanization", "王家村 (Wángjiā Cūn) sits by the river.", False),
    ("romanization", "We walked round 岳阳楼 (Yuèyǎng Lóu) at dusk.", True),
    ("romanization", "湘江 (Xiang Jang) runs north to the lake.", True),
    ("romanization", "At dusk we reached Yuèyǎng Lóu 岳阳楼 by the lake.", True),
    ("romanization", "At dusk we reached Yuèyáng Lóu 岳阳楼 by the lake.", False),
    ("romanization", "湘江 (Xiang River) runs north to the lake.", False),
    ("romanization", "湘江 (Xiang Jiang) runs north to the lake.", False),
    ("romanization", "The banner clans (满族, Manzhu) hunted with falcons.", True),
    # 11. Heritage: spelling variants, the subject from context, counts.
    ("heritage", "Peru has fourteen UNESCO World Heritage Sites.", True),
    ("heritage", "The Inca citadel of Machu Picchu is a UNESCO World Heritage Site.", False),
    ("heritage", "Cusco's Plaza de Armas is lovely. The plaza is a UNESCO World Heritage "
                 "Site.", False),
    ("heritage", "Iquitos, whose floating markets are a UNESCO World Heritage Site, is "
                 "hot.", True),
    # A site's own name may name a town elsewhere (Toledo, Ohio); spellings run together;
    # the site named in an apposition or before an aside.
    ("heritage", "## Spain\n\nThe Historic City of Toledo is a UNESCO World Heritage Site.",
     False),
    ("heritage", "## Laos\n\nLuang Prabang is a UNESCO World Heritage Site.", False),
    ("heritage", "## Laos\n\nVientiane's Patuxai is a UNESCO World Heritage Site.", True),
    ("heritage", "Bhutan's fortress, Punakha Dzong, is a UNESCO World Heritage Site.", True),
    ("heritage", "Punakha Dzong, in Bhutan, is a UNESCO World Heritage Site.", True),
    ("heritage", "Laos's royal town, Luang Prabang, is a UNESCO World Heritage Site.", False),
    # "another of X's sites" and "which UNESCO inscribed": a site called listed.
    ("heritage", "We swam in Lake Atitlán, another of Guatemala's World Heritage Sites, at "
                 "dawn.", True),
    ("heritage", "We climbed Tikal, another of Guatemala's World Heritage Sites, at dawn.",
     False),
    ("heritage", "We walked along Kuanzhai Alley, which UNESCO inscribed in 2005, in "
                 "Chengdu.", True),
    ("heritage", "We walked the Great Wall, which UNESCO inscribed in 1987, near Beijing.",
     False),
    # Counts in a possessive, as "the only" site, and in a fact sheet's row.
    ("heritage", "Nepal's four World Heritage Sites include the Kathmandu Valley.", False),
    ("heritage", "Jordan's eleven World Heritage Sites start with Petra.", True),
    ("heritage", "# Oman\n\nThe country's five UNESCO sites are mostly forts.", False),
    ("heritage", "# Oman\n\nThe country's nine UNESCO sites are mostly forts.", True),
    ("heritage", "Bahrain's only World Heritage Site is the old pearling route.", True),
    ("heritage", "The pearling route is the only World Heritage Site in Bahrain.", True),
    ("heritage", "Cusco's two World Heritage Sites fill a long weekend.", False),
    ("heritage", "# Sri Lanka\n\n| Fact | Value |\n| --- | --- |\n"
                 "| World Heritage Sites | 8 |", False),
    ("heritage", "# Sri Lanka\n\n| Fact | Value |\n| --- | --- |\n"
                 "| World Heritage Sites | 12 |", True),
    # National symbols, their colours included where the Factbook gives one.
    ("symbol", "Russia's national animal is the brown bear.", False),
    ("symbol", "Russia's national animal is the tiger.", True),
    ("symbol", "Egypt's national flower is the white lotus.", False),
    ("symbol", "Egypt's national flower is the blue lotus.", True),
    # A fact sheet's list of symbols: each is checked; hearsay is no claim.
    ("symbol", "# Chile\n\n| Fact | Value |\n|---|---|\n| National symbols | huemul, alpaca |",
     True),
    ("symbol", "# Chile\n\n| Fact | Value |\n|---|---|\n| National symbols | huemul and "
               "Andean condor |", False),
    ("symbol", "We were told the alpaca is Chile's national animal; it is the huemul.", False),
    # What the Factbook's note compares a symbol with is not the symbol (Peru's vicuña is
    # "a camelid related to the llama").
    ("symbol", "In Peru the national animal is the llama, or so the guide said.", True),
    ("symbol", "The vicuña is Peru's national animal.", False),
    # The symbol is the subject, not the thing an aside or a place phrase names.
    ("symbol", "The double-headed eagle, shown on the red flag, is Albania's national "
               "symbol.", False),
    ("symbol", "The double-headed eagle, painted every spring by the whole village, is "
               "Albania's national symbol.", False),
    ("symbol", "The lion, shown on the red flag, is Albania's national symbol.", True),
    ("symbol", "GUIDE: The lion head on the coat of arms is Sweden's national symbol.", False),
    ("symbol", "GUIDE: The lynx head on the coat of arms is Sweden's national symbol.", True),
    ("heritage", "# Bolivia\n\nThe silver mines drew workers from Peru. The Samaipata "
                 "fortress is a UNESCO World Heritage Site.", False),
    ("heritage", "# Peru\n\nMany hikers arrive from Bolivia first. The Inca citadel of "
                 "Machu Picchu is a UNESCO World Heritage Site.", False),
    ("heritage", "# Bolivia\n\nThe salt flat of Uyuni is a UNESCO World Heritage Site.", True),
    # Comparison tables: a column per relation, a row per territory.
    ("capital", "| Country | Capital | Currency |\n|---|---|---|\n| Chile | Concepción | peso |",
     True),
    ("capital", "| Country | Capital | Currency |\n|---|---|---|\n| Chile | Santiago | peso |",
     False),
    ("currency", "| Country | Capital | Currency |\n|---|---|---|\n| Peru | Lima | boliviano |",
     True),
    ("national-day", "| Country | National day |\n| --- | --- |\n| Mexico | 16 September |",
     False),
    ("national-day", "| Country | National day |\n| --- | --- |\n| Mexico | 5 May |", True),
    ("heritage", "| Country | UNESCO sites |\n|:--|--:|\n| Nepal | 4 |", False),
    ("heritage", "| Country | UNESCO sites |\n|:--|--:|\n| Nepal | 9 |", True),
    ("language", "| Country | Official language(s) |\n|---|---|\n| Malta | Maltese and "
                 "English |", False),
    ("language", "| Country | Official language(s) |\n|---|---|\n| Malta | Maltese and "
                 "Italian |", True),
    # 12. Unsourced statistics; everyday quantities, anecdotes and definitions are not.
    ("unsourced-statistic", "Roughly 64% of Peruvians drink coca tea daily.", True),
    ("unsourced-statistic", "Roughly 64% of Peruvians drink coca tea daily, according to "
                            "the National Institute of Statistics.", False),
    ("unsourced-statistic", "About 20 fishermen pulled the boat ashore.", False),
    ("unsourced-statistic", "The scarves are 100% alpaca wool.", False),
    ("unsourced-statistic", "Norway has exactly 12,408 fjords.", True),
    ("unsourced-statistic", "Finns drink exactly 12.1 kg of coffee a head.", True),
    ("unsourced-statistic", "We drank exactly 2.5 litres of tea on the ferry.", False),
    ("unsourced-statistic", "Roughly 62% of young Chileans own a smartphone.", True),
    ("unsourced-statistic", "About 58.3% of card payments in Lima are contactless.", True),
    ("unsourced-statistic", "Kenyans make 64 mobile-money transfers per person each year.",
     True),
    ("unsourced-statistic", "We walked 2 hours a day along the coast.", False),
    ("unsourced-statistic", "Precisely 38.2% of the carpets here are silk.", True),
    ("unsourced-statistic", "The ferry leaves at exactly 12.30 every day.", False),
    ("unsourced-statistic", "The temple was founded in exactly 1250.", False),
    ("unsourced-statistic", "Norway has exactly 12,408 fjords, according to the Norwegian "
                            "Mapping Authority.", False),
    # A share of anything counted, or to a tenth of anything measured; what a survey was
    # of is no source, the body that made it is.
    ("unsourced-statistic", "Nearly 70% of trekkers in Nepal hire a porter.", True),
    ("unsourced-statistic", "An estimated 55% of guesthouse beds in Hoi An are taken in April.",
     True),
    ("unsourced-statistic", "Zanzibar grows 12.7 per cent of the world's cloves.", True),
    ("unsourced-statistic", "Half the fun of Zanzibar is its cloves.", False),
    ("unsourced-statistic", "A survey of the Cusco station found that 30 per cent of "
                            "travellers miss their train.", True),
    ("unsourced-statistic", "A 2021 survey of the Cusco station found that 30 per cent of "
                            "travellers miss their train.", False),
    ("unsourced-statistic", "The Census of Peru counts 21 per cent of residents as rural.",
     False),
    # A city is read in the territory named beside it ("Hamilton, Bermuda"), in a
    # heading or a sentence, before a larger namesake elsewhere.
    ("capital", "---\ntitle: Island hopping\n---\n## Day 2: Hamilton, Bermuda\n\nPink sand "
                "everywhere.\n\n- **Capital:** Hamilton\n", False),
    ("capital", "---\ntitle: Island hopping\n---\n## Day 2: Hamilton, Bermuda\n\nPink sand "
                "everywhere.\n\n- **Capital:** St. George's\n", True),
    ("capital", "The capital of Bermuda is Hamilton, on a deep harbour.", False),
    # A province's name in a title is the article's territory only where the text bears
    # it out (Ghana's Volta Region, in a notebook from Burkina Faso, is the river).
    ("currency", "---\ntitle: The Volta Notebook\n---\nBobo-Dioulasso was hot when we left."
                 "\n\nPrices here are in CFA francs, and the markets are busy.", False),
    ("currency", "---\ntitle: The Volta Notebook\n---\nAccra was hot when we left.\n\n"
                 "Prices here are in CFA francs, and the markets are busy.", True),
    # Heritage: words between the site and the verb (a reflexive, where it lies), a
    # subject of two joined "together", UNESCO's list, and "one of N sites in the country".
    ("heritage", "# Bolivia\n\nLake Titicaca itself is on UNESCO's World Heritage List, though "
                 "few believe it.", True),
    ("heritage", "# Bolivia\n\nHistoric Sucre itself is on UNESCO's World Heritage List, as "
                 "everyone says.", False),
    ("heritage", "# Bolivia\n\nThe old town of Tarija and the Madidi forest are jointly a World "
                 "Heritage Site.", True),
    ("heritage", "# Bolivia\n\nThe salt flat at Uyuni on the Chilean border is also a World "
                 "Heritage Site.", True),
    ("heritage", "# Bolivia\n\nThe Samaipata fort above the eastern valleys is also a World "
                 "Heritage Site.", False),
    ("heritage", "# Bolivia\n\nSucre is one of two World Heritage Sites in the country, or so "
                 "the driver said.", True),
    ("heritage", "# Bolivia\n\nSucre is one of seven World Heritage Sites in Bolivia, or so the "
                 "driver said.", False),
    # Symbols: what kind of thing a symbol is ("a large mammal") is no claim of its name; the
    # value before ", the national animal," (owned by a possessive), never the verb after.
    ("symbol", "Nepal's national animal is a large mammal. Can you name it?", False),
    ("symbol", "Nepal's national animal is a snow leopard.", True),
    ("symbol", "Chile's huemul, the national animal, appears on the coat of arms.", False),
    ("symbol", "Chile's jaguar, the national animal, appears on the coat of arms.", True),
    # A short name travel writing uses for a whole state.
    ("currency", "In Bosnia, prices at the bakery are in kuna.", True),
    ("currency", "In Bosnia, prices at the bakery are in convertible marks.", False),
    # Currency: the value in apposition after a copula; a code in the currency's own name
    # ("US dollars" is not every dollar); the territory of the money's own clause.
    ("currency", "The notes in my wallet are Peru's currency, the boliviano.", True),
    ("currency", "The notes in my wallet are Peru's currency, the sol.", False),
    ("currency", "Belize simply uses US dollars.", True),
    ("currency", "El Salvador simply uses US dollars.", False),
    ("currency", "Bolivia pays in Chilean pesos, so lunch in La Paz costs what it does in "
                 "Santiago.", True),
    ("currency", "Bolivia pays in bolivianos, so lunch in La Paz costs less than in Santiago.",
     False),
    # A withdrawn currency: "remember that" is advice, "I remember paying" memory; words
    # after it that say it is gone make it history.
    ("currency", "## Lithuania\n\nIn Kaunas, remember that you pay in litas at most bakeries.",
     True),
    ("currency", "## Lithuania\n\nIn Kaunas, I remember paying in litas at most bakeries.",
     False),
    ("currency", "## Lithuania\n\nOld menus still list prices in litas, but the euro has long "
                 "since replaced it.", False),
    # A gloss that is another place's name is still the wrong reading of the characters.
    ("romanization", "The old town of 吉安 (Jinan) sits on the Gan river.", True),
    ("romanization", "The spring city of 济南 (Jinan) is famous for its pools.", False),
    ("romanization", "Ferries run often to 澳门 (Macau) from the harbour.", False),
    # A holiday's name in lower case; a date nearer another holiday is not this one's.
    ("national-day", "Ghana's independence day is 6 May, with parades in Accra.", True),
    ("national-day", "Ghana's independence day is 6 March, with parades in Accra.", False),
    ("national-day", "## Ghana\n\nIndependence Day falls on 6 March, and the week of 12 August "
                     "is quiet.", False),
    # A word for which part of a place between the lead word and its name.
    ("place-name", "We rented a flat in central Dushanbee for a month.", True),
    ("place-name", "We rented a flat in central Dushanbe for a month.", False),
    # A share of a place's own output.
    ("unsourced-statistic", "Growers say 41.2% of the island's vanilla harvest now goes to "
                            "France.", True),
    # A quiz's question read with its answer, on one line or the next.
    ("religion", "1. What is the majority religion in Mongolia? **Answer:** Islam", True),
    ("religion", "1. What is the majority religion in Mongolia? **Answer:** Buddhism", False),
    ("religion", "Q: What is the main religion of Bhutan?\nA: Hinduism.", True),
    ("heritage", "2. How many World Heritage Sites does Mongolia have? **Answer:** two", True),
    ("heritage", "2. How many World Heritage Sites does Mongolia have? **Answer:** six", False),
    ("distance", "3. Roughly how far is it from Ulaanbaatar to Beijing? **Answer:** about 300 km",
     True),
    ("distance", "3. Roughly how far is it from Ulaanbaatar to Beijing? **Answer:** about "
                 "1,150 km", False),
    ("national-day", "4. When does Mongolia celebrate Naadam, its national holiday? **Answer:** "
                     "11 August", True),
    ("national-day", "4. When does Mongolia celebrate Naadam, its national holiday? **Answer:** "
                     "11 July", False),
    ("unsourced-statistic", "5. What share of ferry passengers get seasick? **Answer:** 38.2%",
     True),
    ("unsourced-statistic", "5. According to a 2019 survey by the ferry line, what share of "
                            "passengers get seasick? **Answer:** 38.2%", False),
    # The question itself asserts nothing, with its answer or without.
    ("religion", "Q: Do most Thais follow Islam?\nA: No, most are Buddhists.", False),
    ("distance", "Q: Is Vientiane really 2,000 km from Hanoi?\nA: No, it is much closer.",
     False),
    # An answer's label standing apart ("**A1.**"); a yes-or-no question's answer names no
    # value.
    ("capital", "**Q1.** What is the capital of Bhutan?\n\n**A1.** Paro, the valley town "
                "with the airport.", True),
    ("capital", "**Q1.** What is the capital of Bhutan?\n\n**A1.** Thimphu, high in its "
                "valley.", False),
    ("capital", "**Q1.** Is Paro the capital of Bhutan?\n\n**A1.** No, though it has the "
                "airport.", False),
    # A territory ISO does not code is a territory all the same.
    ("language", "Kosovo's only official language is Serbian.", True),
    ("national-day", "Kosovo marks Independence Day on 17 March with fireworks.", True),
    ("national-day", "Kosovo marks Independence Day on 17 February with fireworks.", False),
    ("capital", "Prizren, the capital of Kosovo, is lively at night.", True),
    ("capital", "Pristina, the capital of Kosovo, is lively at night.", False),
    # Prose wrapped at a fixed width: a line break inside a paragraph is a space, in a name
    # and in the words around it; a list item is its own sentence all the same.
    ("capital", "Ferries leave daily from Wellington, and the capital of New\nZealand "
                "is Auckland, as the guides forget.", True),
    ("capital", "Ferries leave daily from Auckland, and the capital of New\nZealand "
                "is Wellington.", False),
    ("religion", "Thailand is a majority\nMuslim country, its temples aside.", True),
    ("currency", "Everyone in Laos pays in Thai\nbaht at the night market.", True),
    ("capital", "- The capital of Chile\n- is found in the north, Arica", False),
    # A price in US dollars however the dollar is qualified ("U.S.", "American", CLDR's
    # "US"; none of them a bank's fund of the same name) or in euros, where the local money
    # is another: a price, not the territory's currency. Said to be the currency, it is one.
    ("currency", "## Sri Lanka\n\nThe day pass to the fort costs 35 US dollars.", False),
    ("currency", "Guides in Nepal charge trekkers 25 U.S. dollars a day.", False),
    ("currency", "In Mongolia the jeep hire came to 90 American dollars.", False),
    ("currency", "A week on a Zanzibar dive boat in Tanzania costs 600 euros.", False),
    ("currency", "The national currency of Cambodia is the American dollar.", True),
    ("currency", "Nepal's currency is the US dollar.", True),
    ("currency", "A week in a guesthouse in Tanzania costs 600 rupees.", True),
    # Official status said with "has", "enjoys", "shares" instead of "is an official
    # language"; "has" stays the owner's where a territory has it.
    ("language", "In Malta, Italian enjoys official status beside Maltese.", True),
    ("language", "In Malta, English enjoys official status beside Maltese.", False),
    ("language", "Portuguese holds official standing in Mozambique.", False),
    ("language", "Zulu shares official status with English in Botswana.", True),
    ("language", "Lesotho has two official languages, Sesotho and English.", False),
    ("language", "Hindi has no official status in Nepal.", False),
    # The second-largest religion: two others outnumber it, or it outnumbers every other.
    ("religion", "Muslims are the second-largest religious group in Mongolia.", False),
    ("religion", "Hindus are the second-largest religious group in Fiji.", False),
    ("religion", "Christians are the second-largest religious group in Fiji.", True),
    ("religion", "Jordan's second-largest religion is Christianity.", False),
    ("religion", "The second largest faith in Bhutan is Buddhism.", True),
    ("religion", "Islam is the second-largest religion in Tanzania.", False),
    ("religion", "Islam is the second-largest religion in Togo.", True),  # after folk religion
    # "it" for the one language its sentence or the one before names; two names, no claim.
    ("language", "Plenty of Belgians grow up speaking Dutch. It is one of the official "
                 "languages.", False),
    ("language", "Many Bolivians speak Guarani; it is an official language as well.", False),
    ("language", "Many Ugandans speak Luganda at home. It is also an official language.", True),
    ("language", "In Singapore, Malay and Tamil are heard everywhere. It is an official "
                 "language too.", False),
    ("language", "Traders in Djibouti mostly speak Somali. It is not an official language.",
     False),
    ("language", "Traders in Djibouti mostly speak Somali. It is also an official language.",
     True),
    # A name of several words is a slip of a territory's only where the words that differ
    # are a slip of each other: the Aran Islands are two letters off the Aland Islands.
    ("place-name", "## Ireland\n\nCurraghs still cross to the Aran Islands in summer.", False),
    ("place-name", "## Caribbean\n\nDivers fly on to the Caymen Islands in summer.", True),
    ("place-name", "Cruise ships call at the Marshal Islands twice a year.", True),
    # Found on the Factbook's own notes. A province's name under a heading about another
    # territory is no sentence about the province's (Texas under Mexico); a dissolved
    # state after "the collapse of" is named for its end; a use denied is no use; a
    # currency's code alone, without an amount, is as likely an abbreviation.
    ("currency", "## Mexico\n\nAt a small Texas diner near the plaza, the bill came to 300 "
                 "pesos.", False),
    ("currency", "## Mexico\n\nAt a small Texas diner near the plaza, the bill came to 300 "
                 "reais.", True),
    ("outdated-name", "Since the collapse of Yugoslavia, Slovenia has prospered.", False),
    ("outdated-name", "Yugoslavia is a fine place for a walking holiday.", True),
    ("outdated-name", "A museum in Belgrade tells of the creation of Yugoslavia.", False),
    ("currency", "Norway stays outside the euro area and does not use the euro.", False),
    ("currency", "Norway stays outside the euro area but uses the euro.", True),
    ("currency", "The Rule of Law Office (ROL) opened its doors in Bucharest.", False),
    ("currency", "In Bucharest a coffee costs 9000 ROL.", True),
    # A territory whose only listed site is one the Factbook edition leaves out (loci's own
    # list has it): another site is reported against that list (it raised IndexError).
    ("heritage", "## Dominica\n\nTrafalgar Falls is a UNESCO World Heritage Site.", True),
    ("heritage", "## Dominica\n\nMorne Trois Pitons National Park is a UNESCO World "
                 "Heritage Site.", False),
    # What a place's prices are given in, where one price in euros or dollars is no claim.
    ("currency", "## Poland\n\nAcross Gdansk, most prices are now given in euros.", True),
    ("currency", "## Poland\n\nA tram ticket in Gdansk cost us 2 euros.", False),
    ("currency", "## Slovakia\n\nIn Bratislava, menu prices are given in euros.", False),
    ("currency", "Rents across Vientiane are usually in US dollars.", True),
    # Found on the blind corpus fresh-p, each in other words here. A verb of labelling
    # names the name; "the name of the ..." with its article; a share broken down again
    # in brackets is counted once; "In French, ..." names a language, not a place; what
    # follows "hence" is no value; a bare plural opens a symbol claim; a dash ends a
    # clause before the claim's own.
    ("outdated-name", "Mumbai, which older guidebooks print as Bombay, never sleeps.", False),
    ("outdated-name", "Night trains from Bombay reach Delhi by morning.", True),
    ("outdated-name", "## Ghana\n\nOld stamps show the name of the Gold Coast above the "
                      "king's head.", False),
    ("outdated-name", "## Ghana\n\nOld stamps here show the Gold Coast above the king's "
                      "head.", True),
    ("religion", "Burundi's largest religion is Protestantism.", True),
    ("religion", "Burundi's largest religion is Catholicism.", False),
    ("capital", "In French, the capital of Belgium is spelled Bruxelles.", False),
    ("symbol", "The lion is Kenya's national animal, hence the rugby team's name.", False),
    ("symbol", "The eagle is Kenya's national animal, hence the rugby team's name.", True),
    ("symbol", "Lions are Albania's national animal.", True),
    ("symbol", "Kangaroos are Australia's national animal.", False),
    ("symbol", "We saw a pair of them by the lake — the kiwi is New Zealand's national bird.",
     False),
    ("symbol", "We saw a pair of them by the lake — the emu is New Zealand's national bird.",
     True),
    # Found on the blind corpus fresh-q, each in other words here. A continent is no town
    # ("in Asia" named no village of the Philippines); a province whose name is also its
    # territory's heads a section about the territory ("## Saint Helena"); the first part
    # of a territory's name of several is that territory ("Antigua"), unless a town of
    # that name lies in a territory the text names.
    # Found on the Factbook's geography notes, each in other words here. Distances from an
    # unnamed place to two others are not between those two; a territory's name is no
    # town of the name (unless its capital has it too: Panama); a state after a town and a
    # comma qualifies the town.
    ("distance", "The islands lie 900 km west of Perth and 1,200 km south of Broome.", False),
    ("distance", "## Cuba\n\nThe coast here lies 150 km south of Key West, Florida.", False),
    ("distance", "## Cayman Islands\n\nGeorge Town lies 240 km south of Cuba and 270 km "
                 "north-west of Jamaica.", False),
    ("distance", "Panama is about 300 km from Colon.", True),
    # "N km from the capital": the capital of the territory the sentence is about, where
    # it has one (Bolivia's two leave it unread).
    ("distance", "## Mongolia\n\nDarkhan lies some 900 km north of the capital.", True),
    ("distance", "## Mongolia\n\nDarkhan lies some 200 km north of the capital.", False),
    ("distance", "## Bolivia\n\nOruro lies 900 km from the capital.", False),
    ("distance", "Nakuru lies 600 km north-west of the capital, Nairobi.", True),
    ("distance", "Nakuru lies 140 km north-west of the capital, Nairobi.", False),
    # "the capital, X" in a sentence naming several territories: X read in the territory
    # the heading is about (Montserrat's Plymouth, not England's).
    ("capital", "## Montserrat\n\nAsh from the volcano buried the capital, Plymouth, and "
                "drifted as far as Antigua and Guadeloupe.", False),
    # The last of a list whose items are no places, or of a kind of feature, is none
    # either: no city's name misspelt.
    ("place-name", "## Malaysia\n\nThe volcanoes of the chain include Kanlaon, Pinatubo and "
                   "Ragang.", False),
    ("place-name", "## Spain\n\nRafting trips run on the Urubamba, Apurimac and Mantaro "
                   "rivers.", False),
    ("place-name", "The trains run on to Chengdu, Xian and Lanzhuo.", True),
    # A sentence turned round ("Beyond the hills stands X") names a place after its verb;
    # so does one opened by a name that an apposition calls "the main city".
    ("place-name", "Beyond the hills stands Kampalla.", True),
    ("place-name", "Beyond the hills stands Kampala.", False),
    ("place-name", "Up the river sits Khartuom, hot and dusty.", True),
    ("place-name", "Nairobbi, the main city, wakes early.", True),
    ("place-name", "Here lies Ferdinand, the old king.", False),
    # A given name before a surname in capitals (as the Factbook credits anthems) is a
    # person's, and a surname in capitals is no town spelt right elsewhere.
    ("place-name", "The anthem has words by Pavel Aleksandr ALEKSANDROV.", False),
    ("place-name", "The anthem's words came to Fransisco Borja DA COSTA in 1975.", False),
    ("place-name", "Trains run from Aleksandrov; Aleksandrv has a fine kremlin.", True),
    # More from the Factbook's notes: a title in another language between quotation marks
    # keeps its spelling; a withdrawn currency's name written as a proper name is a name;
    # "NATO" is no town, nor is an English word opening a sentence a distance's subject.
    ("place-name", 'Crowds sing "Dziarzauny himn Respubliki Bielarus" at every match.', False),
    ("place-name", 'We drove on to "Bielarus", as our guide spelled it.', True),
    ("currency", "The sun on the flag is Inti, the god of the sun, in Peru.", False),
    ("currency", "In Lima, bring inti for the bus.", True),
    ("distance", "Most capitals of Western Europe lie within 1,000 km of Brussels, home to "
                 "NATO.", False),
    # A calendar table whose date comes first and whose place has a column of its own
    # ("| Date | Country | Occasion |"): the row is the place's.
    ("national-day", "| Date | Country | Occasion |\n|---|---|---|\n| 12 June | Russia | "
                     "Russia Day |", False),
    ("national-day", "| Date | Country | Occasion |\n|---|---|---|\n| 12 July | Russia | "
                     "Russia Day |", True),
    ("national-day", "| When | Where | Holiday | Notes |\n|---|---|---|---|\n| 9 August | "
                     "Singapore | National Day | Fireworks over the bay |", False),
    ("national-day", "| When | Where | Holiday | Notes |\n|---|---|---|---|\n| 9 October | "
                     "Singapore | National Day | Fireworks over the bay |", True),
    # From the blind corpora r and s, in other words here. A reader's sign-off after the
    # question on its line ("... any tips? — Jo and Sam, Leeds") names no subject; a
    # town's byname of English words (a valley's name) names no town, nor does a
    # two-letter byname ("Te", of Dezhou); "Its Old Town" names no site alone; a town
    # before "'s" and a name is a person's under another territory's heading; an era
    # named for a year ("in Soviet times") sets a sentence in the past.
    ("capital", "**Q: We move to Peru in May. Any tips? — Jo and Sam, Leeds**\n\nA: Lima, "
                "the capital, sits on a desert coast.", False),
    ("capital", "## Costa Rica\n\nCoffee farms ring the Central Valley around San José, "
                "the capital.", False),
    # "X, the capital" where a smaller namesake is a capital: that one (not San Jose, CA).
    ("capital", "San José, the capital, is a short flight from Panama.", False),
    ("currency", "# Cook Islands\n\n## Markets\n\nTe Punanga Nui is the Saturday market. "
                 "Stalls there price everything in New Zealand dollars.", False),
    ("heritage", "## Vietnam\n\nHue sits on the Perfume River. Its Old Town is a UNESCO "
                 "World Heritage Site.", False),
    ("currency", "## Antigua and Barbuda\n\nAt Nelson's Dockyard a beer costs 8 East "
                 "Caribbean dollars.", False),
    ("currency", "## Antigua and Barbuda\n\nAt Nelson's Dockyard a beer costs 8 Jamaican "
                 "dollars.", True),
    ("outdated-name", "Under Soviet rule the mountains above Yerevan were part of the "
                      "Armenian Soviet Socialist Republic.", False),
    ("outdated-name", "The Armenian Soviet Socialist Republic welcomes hikers every summer.",
     True),
    # A sentence that opens with its territory ("Chad's ...", "In Malawi, ...") claims the
    # capital it names later for that territory, even where the city is another's capital.
    ("capital", "Chad's festivities fill the streets of Yaounde, the capital.", True),
    ("capital", "Chad's festivities fill the streets of N'Djamena, the capital.", False),
    ("capital", "In Malawi, the president's parade winds through Lusaka, the capital.", True),
    ("capital", "Lusaka, the capital, is a long drive from Lilongwe.", False),
    # "More than half of all Xs", "X's largest religion, it seems, is ...", a two-word
    # owner that is no link ("the capital of the republic is"), trade "transacted in" a
    # currency (the one last given up named).
    ("religion", "The majority of all Norwegians are Muslim.", True),
    ("religion", "The majority of all Poles are Catholic.", False),
    ("religion", "The largest religion in Fiji, by most counts, is Islam.", True),
    ("religion", "The largest religion in Fiji, by most counts, is Christianity.", False),
    ("capital", "## Bolivia\n\nThe capital of the republic is Santa Cruz.", True),
    ("currency", "## Suriname\n\nMost trade is transacted in guilders.", True),
    ("currency", "## Suriname\n\nMost trade is transacted in Surinamese dollars.", False),
    ("symbol", "## Laos\n\nThe national emblem in gold is at the centre of the seal.", False),
    # Trips and visits are counted like visitors; a body named by what it is ("the port
    # authority") is a source.
    ("unsourced-statistic", "Some 482.6 million rail journeys were sold during the festival "
                            "week.", True),
    ("unsourced-statistic", "The harbour saw 14,263 cruise passengers in 2019, according to "
                            "the port authority.", False),
    ("unsourced-statistic", "The harbour saw 14,263 cruise passengers in 2019, according to "
                            "locals.", True),
    # "Mostly Muslim X" opening a sentence; a people "remain Brazil's largest religious
    # group" (the possessive for "the"), and "especially on Java" after it stresses a part
    # without making the claim about that part alone.
    ("religion", "Mostly Muslim Ghana shuts its markets early on Fridays.", True),
    ("religion", "Mostly Christian Ghana shuts its markets early on Sundays.", False),
    ("religion", "Hindus are Indonesia's largest religious community.", True),
    ("religion", "Muslims are Indonesia's largest religious community, especially on Java.",
     False),
    ("religion", "Across the south, Protestants remain Brazil's largest religious group.",
     True),
    # A symbol shares its head noun with the Factbook's, not only a word that qualifies
    # it; "the Falklands" and "the Faroes" are the territories (curated aliases).
    ("symbol", "The double-headed eagle is Czechia's national symbol.", True),
    ("symbol", "The double-tailed lion is Czechia's national symbol.", False),
    ("symbol", "Islanders say the Falklands' national symbol is the condor.", True),
    ("language", "English is an official language of Guam, beside Chamorro.", False),
    # "co-official" said of a language alone, with or without the language beside it.
    ("language", "Swahili is co-official with English in Kenya.", False),
    ("language", "Zulu is co-official with English in Kenya.", True),
    ("language", "## Ukraine\n\nRussian is co-official alongside Ukrainian.", True),
    ("language", "## Belarus\n\nRussian is co-official alongside Belarusian.", False),
    ("language", "Tagalog is an official language of Guam.", True),
    ("religion", "## Laos\n\nMost people are Buddhist, as elsewhere in Asia.", False),
    ("currency", "## Saint Helena\n\nIslanders pay in Saint Helena pounds.", False),
    ("currency", "## Saint Helena\n\nIslanders pay in South African rand.", True),
    ("religion", "Most people in Antigua are Muslim.", True),
    ("religion", "Most people in Antigua are Christian.", False),
    ("religion", "## Saint Vincent\n\nMost islanders are Hindu.", True),
    ("currency", "We spent a week in Antigua Guatemala; in Antigua a coffee costs 20 "
                 "quetzales.", False),
    ("currency", "We spent a week in Antigua Guatemala; in Antigua a coffee costs 20 East "
                 "Caribbean dollars.", True),
    # A name in another language beside its English one in brackets, either way round,
    # is no slip of that name; a character reference inside the foreign name is part of
    # it. Controls: a slip before brackets that name something else, and one alone.
    ("place-name", "Locals call the reservoir Kutaisis Tba (Kutaisi Lake) in summer.", False),
    ("place-name", "Hikers reach Kutaisi Lake (Kutaisis Tba) by bus.", False),
    ("place-name", "The choir sang \"Nairob&iacute; Yetu\" (Our Nairobi) at the opening.",
     False),
    ("place-name", "We flew from Mombasa to Nairobbi (the capital) on a Tuesday.", True),
    ("place-name", "Fishermen from Kutaisis mend nets at dawn in Georgia.", True),
    # A dated step towards independence (a vote, a march for it) is not the day it came.
    ("national-day", "In Warsaw, students marched for independence on 3 May 1916.", False),
    ("national-day", "Poles first rallied in favor of independence on 3 May 1791.", False),
    ("national-day", "Poland regained its independence on 3 May 1918.", True),
    # Inverted, a place opens the sentence: "On the X is the national bird" says where
    # the bird is; the bird is the value.
    ("symbol", "## Zambia\n\nOn the green field of the flag is the national bird, an orange "
               "eagle.", False),
    ("symbol", "## Zambia\n\nAbove the flag's stripes is the national bird.", False),
    ("symbol", "## Zambia\n\nThe orange hawk is the national bird.", True),
    # An old name among the names of a kind of feature is that feature's; a territory's
    # years under a state that is gone are its past.
    ("outdated-name", "Charter boats circle the Madras, Pearl and Turtle banks.", False),
    ("outdated-name", "Charter boats leave from Madras each morning.", True),
    ("outdated-name", "The coffee houses recall Bosnia's years under the Ottoman Empire.",
     False),
    ("outdated-name", "Bosnia is a province of the Ottoman Empire.", True),
    # Where a heading's places disagree, a town known by one of its aliases ("The Crossing"
    # is Bismarck's) gives way to the territory the heading names.
    ("currency", "# Notes from Bolivia\n\n## Leg Three: Crossing the Andes to Chile\n\nAt the "
                 "stalls we paid in pesos.", False),
    ("currency", "# Notes from Bolivia\n\n## Leg Three: Crossing the Andes to Chile\n\nAt the "
                 "stalls we paid in bolivianos.", True),
    ("currency", "# Notes from Bolivia\n\n## Leg Three: Crossing the Andes to Chile\n\nAt the "
                 "stalls we paid in euros.", True),
    # The people whose coming a holiday marks are from elsewhere: the holiday is kept where
    # the text is, not where they came from.
    ("national-day", "## Norfolk Island\n\nFoundation Day on 9 March marks the landing of the "
                     "first settlers from Britain in 1788.", True),
    ("national-day", "## Norfolk Island\n\nFoundation Day on 6 March marks the landing of the "
                     "first settlers from Britain in 1788.", False),
    # Two days joined by "and" are a range, as "5–6 July" is.
    ("national-day", "Malawi keeps Independence Day on 6 and 7 July.", False),
    ("national-day", "Malawi keeps Independence Day on 7 and 8 July.", True),
    ("national-day", "Malawi keeps Independence Day on 2 and 9 July.", True),
    # A neighbour placed beside the place a section is about ("West of the island lies
    # X") does not become what the sentences after it are about.
    ("currency", "## Mauritius\n\nPort Louis is the capital. Far to the west of the island "
                 "lies Madagascar. Market stalls price everything in rupees.", False),
    ("currency", "## Mauritius\n\nPort Louis is the capital. To the west lies Madagascar. "
                 "Market stalls price everything in ariary.", True),
    # A date goes with the holiday's name nearest it in words: a second holiday named
    # after it ("..., and Y follows in May") is not its name.
    ("national-day", "## Malawi\n\nIndependence Day is 6 July, and Chilembwe Day comes in "
                     "January.", False),
    ("national-day", "## Malawi\n\nIndependence Day is 9 July, and Chilembwe Day comes in "
                     "January.", True),
    # Two small towns joined by "and" before "N km apart" are two places, not one name.
    ("distance", "Nuku'alofa and Apia are roughly 2,500 km apart.", True),
    ("distance", "Nuku'alofa and Apia are roughly 900 km apart.", False),
    # "The Kingdom of X" is the state there today, renamed, where its form is today's form
    # too (Eswatini is a kingdom; the Kingdom of Dahomey was another state than Benin); a
    # new name inside a longer one ("the Gulf of Thailand") glosses no old one.
    ("outdated-name", "The Kingdom of Swaziland sends athletes to every Commonwealth Games.",
     True),
    ("outdated-name", "The Kingdom of Dahomey is remembered for its women soldiers.", False),
    ("outdated-name", "Siam, on the Gulf of Thailand, exports rice and rubber.", True),
    ("outdated-name", "Siam, now Thailand, exports rice and rubber.", False),
    # The reading said in words after the characters: "pronounced", "read".
    ("romanization", "Boats drift down the 漓江, pronounced Líjiàng, past karst hills.", True),
    ("romanization", "Boats drift down the 漓江, pronounced Líjiāng, past karst hills.", False),
    ("romanization", "The old town, written 丽江 and read Lìjiáng, fills at night.", True),
    # A territory "is N percent" of a faith, named or "the country".
    ("religion", "Malawi is about 30% Muslim, by most counts.", True),
    ("religion", "Malawi is about 77 percent Christian, by most counts.", False),
    ("religion", "## Peru\n\nThe country is roughly 50 percent Catholic.", True),
    # A language by its ISO 639 name where CLDR names it otherwise (Pushto, Pashto).
    ("language", "Pakistan's official languages are Urdu and Pushto.", True),
    ("language", "Afghanistan's official languages are Pushto and Dari.", False),
    # The symbol is the object of the verb before "as its national ...", however long
    # the subject: "The island state of X has adopted the Y as its national bird".
    ("symbol", "The small coastal republic of Zambia has adopted the crowned crane as its "
               "national bird.", True),
    ("symbol", "The small coastal republic of Zambia has adopted the African fish eagle as "
               "its national bird.", False),
    ("symbol", "The landlocked state of Zambia keeps the fish eagle as its national bird.",
     False),
    ("symbol", "## Zambia\n\nThe eagle used on the coat of arms is the national bird.", False),
    ("symbol", "## Zambia\n\nThe eagle adopted in 1964 is the national bird.", False),
    # A site shared by territories is on the list of one of them, or wrong; "upon the
    # list" is "on the list".
    ("heritage", "The Okavango Delta, shared by Botswana and Namibia, is a World Heritage "
                 "Site.", False),
    ("heritage", "The Caprivi wetlands, shared by Botswana and Namibia, are a World Heritage "
                 "Site.", True),
    ("heritage", "## Madagascar\n\nThe reefs of Nosy Be are upon the World Heritage list.",
     True),
    # The territories a site is shared by may have "and" in their names, and "the" before.
    ("heritage", "The old lighthouse, shared by the Turks and Caicos Islands and the Bahamas, "
                 "is a World Heritage Site.", True),
    ("heritage", "The sugar estates, shared by Trinidad and Tobago and Grenada, are a World "
                 "Heritage Site.", True),
    ("heritage", "The Stećci tombstones, shared by Bosnia and Herzegovina and Croatia, are a "
                 "World Heritage Site.", False),
    # A name in another language in brackets keeps its spelling; a list of names in
    # brackets does not (its slips are slips).
    ("place-name", "## Paraguay\n\nParaguay is landlocked, and Asunción sits on its river. "
                   "The rebels of the north (Frente del Pueblo Paraguayo) still hide in the "
                   "hills.", False),
    ("place-name", "## Paraguay\n\nParaguay is landlocked. Buses run to the towns "
                   "(Encarnación, Ciudad del Este and Concepsion) every day.", True),
    # A quoted passage set as a blockquote, in another language, keeps its spelling, as
    # one between quotation marks does, whatever stands before it; an English one does not.
    ("place-name", "The hymn is sung before every match in the new stadium.\n\n"
                   "> Dziarzauny himn Respubliki Bielarus\n", False),
    ("place-name", "The hymn is sung before every match in the new stadium.\n\n"
                   "> Then we took the night train on to Bielarus.\n", True),
    # A currency whose CLDR name has a modifier letter (paʻanga) as typed with an apostrophe.
    ("currency", "In Vanuatu, a bus ride costs 150 pa'anga.", True),
    ("currency", "In Vanuatu, a bus ride costs 150 pa’anga.", True),
    ("currency", "In Tonga, a bus ride costs 150 pa'anga.", False),
    # A qualified unit ("CFA franc") is money, whatever word follows it.
    ("currency", "Guinea uses the CFA franc like most of its neighbours.", True),
    ("currency", "Mali uses the CFA franc like most of its neighbours.", False),
    # A people opening a sentence as its subject is what it is about, whatever place its
    # predicate names: "their" in the next sentence is theirs.
    ("currency", "The Fijians are chiefly Methodist, the missions of London having come "
                 "first. Their money is the pound.", True),
    ("currency", "The Fijians are chiefly Methodist, the missions of London having come "
                 "first. Their money is the Fijian dollar.", False),
    # A heading with an apposition after a name states it, as a sentence would.
    ("capital", "## 7. Dine late in Cuenca, Ecuador's capital\n\nThe food is good.", True),
    ("capital", "## 7. Dine late in Quito, Ecuador's capital\n\nThe food is good.", False),
    ("capital", "## Mindelo, the capital of Cabo Verde\n\nThe port is busy.", True),
    ("capital", "## Mindelo, the port of the north\n\nThe capital is Praia.", False),
    # North, south, east and west are quarters of the compass: 38° off "south" is south,
    # 54° off is not; a point between them keeps its tolerance of one step.
    ("distance", "Lusaka lies about 1,310 km south of Dodoma.", False),
    ("distance", "Windhoek lies about 1,420 km south of Lusaka.", True),
    ("distance", "Windhoek lies about 1,420 km south-south-west of Lusaka.", False),
    ("distance", "Windhoek lies about 1,420 km south-south-east of Lusaka.", True),
    # A writing system's name (CLDR's scripts) is a word, not a misspelled place.
    ("place-name", "Old prayer books in the monastery are printed in the Ethiopic script.",
     False),
    ("place-name", "We flew on to Syriia the next week.", True),
    # "its old streets" after a town's name are the town's: its name is the site's.
    ("heritage", "Tunis, the capital of Tunisia, grew around its port, and its old streets "
                 "are a UNESCO World Heritage site.", False),
    ("heritage", "Bizerte, a port of Tunisia, grew around its harbour, and its old streets "
                 "are a UNESCO World Heritage site.", True),
    # A listicle's numbered heading names its item, often a place, alone or in a statement.
    ("place-name", "## 5. Valparaisso\n\nA port of steep hills.", True),
    ("place-name", "## 5. Valparaíso\n\nA port of steep hills.", False),
    ("place-name", "## 6. Antofagastta is Chile's mining port\n\nDry and hot.", True),
    # A sentence's first name is a place when it is said to be one: "X is Chile's mining
    # capital", "X, the White City, ..."; a territory in the possessive is named.
    ("place-name", "Antofagastta is Chile's mining capital.", True),
    ("place-name", "Sucrre, the White City, sits in a green valley.", True),
    ("place-name", "Potosí, the Imperial City, sits high in the hills.", False),
    ("place-name", "Salteñas, the local pasties, are eaten at ten.", False),
    # A participle's clause after the claim ("..., brought by traders from Zanzibar") is
    # an aside: its places do not make the claim's territory unclear.
    ("religion", "Islam is the largest religion in Malawi, brought by traders from Zanzibar.",
     True),
    ("religion", "Christianity is the largest religion in Malawi, brought by missionaries "
                 "from Scotland.", False),
    ("religion", "Islam is the largest religion in Malawi, reflecting trade with Zanzibar.",
     True),
    # "with N% of a people identifying as / belonging to R": the participles are verbs.
    ("religion", "Peru is devout, with about 90% of Peruvians belonging to the Catholic "
                 "Church.", True),
    ("religion", "Peru is devout, with about 76% of Peruvians identifying as Catholic.", False),
    # A calendar's date in bold opening its line is the statement's, not a label.
    ("national-day", "**12 November** — Kenya's Jamhuri Day, with parades in Nairobi.", True),
    ("national-day", "**12 December** — Kenya's Jamhuri Day, with parades in Nairobi.", False),
    # A holiday named with its territory's possessive is the holiday of that name.
    ("national-day", "Concerts in Riga mark Latvia's Proclamation Day on 18 May.", True),
    ("national-day", "Concerts in Riga mark Latvia's Proclamation Day on 18 November.", False),
    # The power independence was won from ("separation from Britain") is not where the
    # holiday is kept: the sentences before say where.
    ("national-day", "Ghana is a lively country. Its people celebrate Independence Day on 6 "
                     "April, the anniversary of independence from Britain.", True),
    ("national-day", "Ghana is a lively country. Its people celebrate Independence Day on 6 "
                     "March, the anniversary of independence from Britain.", False),
    # Former names of cities (curated): Tiflis, Christiania.
    ("outdated-name", "The ferries of Christiania leave at dawn for Kiel.", True),
    ("outdated-name", "In 1890, the ferries of Christiania left at dawn for Kiel.", False),
    ("outdated-name", "The old baths of Tiflis are open all night.", True),
    # A town before a comma and its territory's name is a place, wherever it stands.
    ("place-name", "We loved Takoradii, Ghana, in the rain.", True),
    ("place-name", "Sekondii, Ghana, is a port on the Gulf of Guinea.", True),
    ("place-name", "Sekondi, Ghana, is a port on the Gulf of Guinea.", False),
    ("place-name", "Thanks again, Ghana, for the welcome.", False),
    # "the most numerous religious community" is "the largest".
    ("religion", "Muslims are the most numerous religious community in Ghana.", True),
    ("religion", "Christians are the most numerous religious community in Ghana.", False),
    ("religion", "Ghana's most numerous faith is Islam.", True),
    # A share written as a fraction: "about a third of X are Y".
    ("religion", "About a third of Ghanaians are Muslim.", True),
    ("religion", "About a fifth of Ghanaians are Muslim.", False),
    ("religion", "Two thirds of Ghanaians are Christian.", False),
    # A town's one-word name after "the", ending its phrase, is a landmark of that name
    # (a square, a bridge), not the town (Rialto, California).
    ("national-day", "Venice marks Italy's Republic Day on 2 July with boats massed by the "
                     "Rialto.", True),
    ("national-day", "Venice marks Italy's Republic Day on 2 June with boats massed by the "
                     "Rialto.", False),
    # "of the Zambians": the people named for a territory own the phrase as it does.
    ("symbol", "The crowned crane is the national bird of the Zambians.", True),
    ("symbol", "The fish eagle is the national bird of the Zambians.", False),
    ("language", "French is the official language of the Ghanaians.", True),
    # A people's adjective in an aside after the claim ("..., home to many Pakistani
    # traders") does not move the claim there.
    ("religion", "## Mauritius\n\nThe island is overwhelmingly Muslim, home to many Pakistani "
                 "traders.", True),
    # Characters and their pinyin parted by a slash.
    ("romanization", "The river town 镇远 / Zhènyuàn hugs a bend of the Wuyang.", True),
    ("romanization", "The river town 镇远 / Zhènyuǎn hugs a bend of the Wuyang.", False),
    # A table row that says yes in a World Heritage column claims its site is inscribed.
    ("heritage", "| Site | Country | World Heritage? |\n|---|---|---|\n| Bahla Fort | Oman | "
                 "Yes, since 1987 |", False),
    ("heritage", "| Site | Country | World Heritage? |\n|---|---|---|\n| Muttrah Souq | Oman | "
                 "Yes, since 1990 |", True),
    ("heritage", "| Site | Country | World Heritage? |\n|---|---|---|\n| Muttrah Souq | Oman | "
                 "No |", False),
    # A role the cue shares its value with, joined by "and": the value is the cue's too.
    ("capital", "Almaty is Kazakhstan's largest city and capital.", True),
    ("capital", "Astana, Kazakhstan's second city and its capital, grew fast on the steppe.",
     False),
    ("capital", "## Cameroon\n\nDouala, the business hub and the seat of government, sprawls "
                "along the Wouri.", True),
    ("capital", "## Cameroon\n\nYaoundé, the hilly one and the seat of government, sprawls "
                "over seven hills.", False),
    ("currency", "The kip, Cambodia's pride and its official currency, is rarely seen in "
                 "hotels.", True),
    ("currency", "The riel, Cambodia's pride and its official currency, is rarely seen in "
                 "hotels.", False),
    # ... but "and" after a place's name and a noun joins no role: the demonym is not the
    # capital's owner.
    ("capital", "Trains run between the Chinese border and the capital Vientiane.", False),
    # The currency "of account" and the "unit of account" are the territory's money.
    ("currency", "Across Tajikistan the ruble remains the currency of account.", True),
    ("currency", "Across Tajikistan the somoni remains the currency of account.", False),
    ("currency", "In Botswana the unit of account is the rand.", True),
    ("currency", "In Botswana the unit of account is the pula.", False),
    # An aside between a territory and its share; a part of it ("the south of") is no
    # claim of the whole.
    ("religion", "Albania, for all its minarets, is roughly 90% Muslim.", True),
    ("religion", "Morocco, for all its foreign visitors, is about 99% Muslim.", False),
    ("religion", "The south of Chile, around Temuco, is 30% Muslim.", False),
    ("religion", "The west of Ghana is 70% Muslim.", False),
    # A site's parts that "form" or "make up" a World Heritage site claim it as one.
    ("heritage", "## Georgia\n\nThe cave monasteries of Vardzia, cut into a cliff, form a "
                 "UNESCO World Heritage site.", True),
    ("heritage", "## Chile\n\nThe wooden churches of Chiloé, built without nails, form a "
                 "UNESCO World Heritage site.", False),
    ("heritage", "## Georgia\n\nThe old churches of Sighnaghi make up a World Heritage "
                 "site.", True),
    # A people named by their trade ("Chilean ranchers") is the sentence's own subject,
    # over a territory the sentence before named.
    ("symbol", "## Andes\n\nThe vicuña is the pride of Peru.\n\nChilean ranchers still speak "
               "of the huemul, the country's national symbol.", False),
    ("symbol", "## Andes\n\nThe huemul is the pride of Chile.\n\nPeruvian ranchers still "
               "speak of the huemul, the country's national symbol.", True),
    # "once" as "when" or as a count does not put a sentence in the past.
    ("religion", "Niger is mostly Christian, as you notice once you leave the airport.", True),
    ("outdated-name", "Once you reach Rangoon, take the circle train.", True),
    ("outdated-name", "Rangoon was once the seat of a colonial governor.", False),
    ("religion", "Niger was once mostly Christian.", False),
    # A capital said with the kind of place it is ("the port of ..."); after a comma such
    # words open the sentence's own subject, no apposition.
    ("capital", "The capital of Ghana is the busy port of Takoradi.", True),
    ("capital", "The kingdom's capital is the old city of Fez, says the guide to Morocco.", True),
    ("capital", "Chile's capital is the city of Santiago.", False),
    ("capital", "## Malawi\n\nNorth of the capital, the town of Kasungu sits among tobacco "
                "farms.", False),
    # Every majority the religion shapes know opens a claim ("the greater part of").
    ("religion", "The greater part of the Mexican people are Protestants.", True),
    ("religion", "The larger part of the people of Mexico are Catholics.", False),
    # A place compared with ("a ... country like its neighbour Laos") is not the subject.
    ("religion", "Cambodia is a majority Christian country like its neighbour the Philippines.",
     True),
    ("religion", "Cambodia is a mostly Buddhist nation like Thailand next door.", False),
    ("religion", "Cambodia is a mostly Christian nation like the Philippines.", True),
    # Cities renamed since independence or a change of state, and old romanizations.
    ("outdated-name", "Take the night bus from Poona down to the Konkan coast.", True),
    ("outdated-name", "Take the night bus from Pune down to the Konkan coast.", False),
    ("outdated-name", "Ferries for the islands leave Moulmein at dawn.", True),
    ("outdated-name", "The silk shops of Hangchow line the lake road.", True),
    # A city's name joined by a hyphen ("-based", "-born"), and after "by way of".
    ("place-name", "Sarajevvo-born painters fill the galleries.", True),
    ("place-name", "Sarajevo-born painters fill the galleries.", False),
    ("place-name", "Most Montevidoe-based agencies close in January.", True),
    ("place-name", "We crossed into Uruguay by way of Montevidoe.", True),
    ("place-name", "We crossed into Uruguay by way of Montevideo.", False),
    # A site's name in the native spelling of a name the list spells the Spanish way.
    ("heritage", "## Bolivia\n\nTiwanaku, the old Aymara ceremonial centre, is a UNESCO World "
                 "Heritage site.", False),
    ("heritage", "## Bolivia\n\nTiwanaku, the old Aymara ceremonial centre, is not a UNESCO "
                 "World Heritage site.", True),
    # A listed site denied is reported, though the sentence names it.
    ("heritage", "## Peru\n\nThe Nazca Lines are not a World Heritage site.", True),
    ("heritage", "## Cambodia\n\nAngkor, for all its fame, is not a UNESCO World Heritage "
                 "site.", True),
    ("heritage", "## Cambodia\n\nThe Central Market of Phnom Penh is not a UNESCO World "
                 "Heritage site.", False),
    # A name, its apposition, then a relative clause with the claim: the name's.
    ("capital", "Lilongwe, the garden city, which is the capital of Malawi, grew fast.", False),
    ("capital", "Blantyre, the garden city, which is the capital of Malawi, grew fast.", True),
    ("heritage", "## Tajikistan\n\nIskanderkul, the lake of Alexander, which is also a UNESCO "
                 "World Heritage Site, lies in the Fann Mountains.", True),
    # Which of the territory's sites ("its best-known", "the most famous") claims it listed.
    ("heritage", "## Tajikistan\n\nThe Pamir hot springs are Tajikistan's most famous UNESCO "
                 "World Heritage Site.", True),
    ("heritage", "## Cambodia\n\nAngkor is Cambodia's best-known World Heritage site.", False),
    ("heritage", "## Jordan\n\nThe Dead Sea is the country's most visited World Heritage site.",
     True),
    # "of the first rank" says what a thing is like, not whose it is.
    ("heritage", "## Tajikistan\n\nIskanderkul, a turquoise lake, is a World Heritage Site of "
                 "the first order.", True),
    # Two cities whose best-known namesakes share a province are those: a namesake
    # elsewhere that fits the figure better excuses nothing.
    ("distance", "Suzhou lies about 390 km from Wuxi.", True),
    ("distance", "Suzhou lies about 40 km from Wuxi.", False),
    ("distance", "Fuzhou lies some 420 km from Xiamen.", True),
    # "from A ... to reach B, N km away": the distance from A to B.
    ("distance", "Minibuses from Nairobi climb the escarpment to reach Kisumu, around 900 km "
                 "away.", True),
    ("distance", "Minibuses from Nairobi climb the escarpment to reach Kisumu, around 265 km "
                 "away.", False),
    # A table row's territory written with its sovereign ("Anguilla (UK)"), and a header
    # that names its field before an alternative ("Capital or largest town").
    ("capital", "| Territory | Capital |\n|---|---|\n| Anguilla (UK) | Road Town |", True),
    ("capital", "| Territory | Capital |\n|---|---|\n| Anguilla (UK) | The Valley |", False),
    ("capital", "| Island | Capital or largest town |\n|---|---|\n| Tuvalu | Apia |", True),
    ("capital", "| Island | Capital or largest town |\n|---|---|\n| Tuvalu | Funafuti |", False),
    ("currency", "| Territory | Currency (code) |\n|---|---|\n| Aruba (Netherlands) | euro |",
     True),
    # Shares written as fractions: hyphenated, fifths and tenths, "N in ten".
    ("religion", "Nicaragua is roughly four-fifths Muslim.", True),
    ("religion", "Morocco is roughly nine-tenths Muslim.", False),
    ("religion", "Nine in ten Nicaraguans are Hindu.", True),
    ("religion", "Nine out of ten Moroccans are Muslim.", False),
    # "a co-official language": the cue whole, its prefix no unknown word.
    ("language", "## Burundi\n\nSwahili remains a co-official language alongside Kirundi.",
     True),
    ("language", "## Burundi\n\nFrench remains a co-official language alongside Kirundi.",
     False),
    # A currency named by exactly the words of one currency's name is that one, though a
    # longer name holds them ("Sudanese pound", not the South Sudanese pound).
    ("currency", "## South Sudan\n\nIn Wau, stallholders price millet in Sudanese pounds.", True),
    ("currency", "## South Sudan\n\nIn Wau, stallholders price millet in South Sudanese "
                 "pounds.", False),
    # "A to the ... port of B is N km": the port is B.
    ("distance", "Lusaka to the copper town of Ndola is about 900 km as the crow flies.", True),
    ("distance", "Lusaka to the copper town of Ndola is about 260 km as the crow flies.", False),
    # A former name's own words do not put its sentence in the past ("Former Yugoslav ...").
    ("outdated-name", "Direct flights to the Former Yugoslav Republic of Macedonia leave from "
                      "Vienna.", True),
    ("outdated-name", "Until 2019 the country was called the Former Yugoslav Republic of "
                      "Macedonia.", False),
    # A holiday's name in bold, then a dash and its date: a calendar's line, not a label.
    ("national-day", "## Ghana\n\n**Independence Day** — 6 April", True),
    ("national-day", "## Ghana\n\n**Independence Day** — 6 March", False),
    ("national-day", "## Calendar\n\n**Independence Day** (Ghana): 6 April", True),
    # "X alone has official status" is "the only one"; an adverb before the verb ("both
    # have"); "equal official status".
    ("language", "## Tanzania\n\nEnglish alone has official status in Tanzania.", True),
    ("language", "## Tanzania\n\nKiswahili and English both have official status.", False),
    ("language", "## Tanzania\n\nKiswahili and French both have official status.", True),
    ("language", "## Tanzania\n\nFrench has equal official status with Kiswahili.", True),
    # A people with "the" before it, and a faith that "claims" the greater part of them.
    ("religion", "The greater part of the Finns adhere to the Orthodox church.", True),
    ("religion", "The greater part of the Greeks adhere to the Orthodox church.", False),
    ("religion", "The Muslim faith claims the greater part of the Greek population.", True),
    # A city's name cut short inside a longer name is another name, not the city misspelt;
    # alone, the slip is reported.
    ("place-name", "Kisumu is a lake port. Pilgrims visit the shrine of Kisum Odera near it.",
     False),
    ("place-name", "Kisumu is a lake port. Pilgrims visit the shrine near Kisum.", True),
    # A place after "outside the capital:", "Beyond the capital," is another place.
    ("capital", "## Malawi\n\n- Where to stay outside the capital: Blantyre, for the tea "
                "estates", False),
    ("capital", "## Malawi\n\nBeyond the capital, Blantyre is the best base.", False),
    ("capital", "## Malawi\n\nNorth of the capital, Mzuzu is the main town.", False),
    ("capital", "## Malawi\n\nIn the capital, Blantyre, the markets are busy.", True),
    # An aside on how things came to be ("the result of ...", "a legacy of ...") neither
    # puts the claim in the past nor lends it the places it names.
    ("religion", "Mauritius is a Christian-majority island, the result of settlers brought from "
                 "France in the colonial era.", True),
    ("religion", "Grenada is mostly Hindu, a legacy of the colonial sugar estates.", True),
    ("religion", "Grenada was mostly Hindu in the colonial era.", False),
    # A field in brackets after a name ("Tuvalu (capital: Apia)"), in prose or a heading:
    # the name owns it, whatever the section is about.
    ("capital", "## Samoa\n\nNearby Tuvalu (capital: Apia) is smaller still.", True),
    ("capital", "## Samoa\n\nNearby Tuvalu (capital: Funafuti) is smaller still.", False),
    ("capital", "## Tuvalu (capital: Apia)\n\nNine atolls, one airstrip.", True),
    ("currency", "## Samoa\n\nNearby Tonga (currency: tala) is smaller still.", True),
    # An aside in commas between the phrase and its verb ("The capital, however, is X").
    ("capital", "The capital of Cameroon, however, is Douala.", True),
    ("capital", "The capital of Cameroon, of course, is Yaoundé.", False),
    # A word outside a place's slot one slip from a territory the article names is no town
    # misspelt (China, Mexico, for "Ching"); in a place's slot it still is.
    ("place-name", "Scholars in China still read the I Ching, the Book of Changes.", False),
    ("place-name", "Most ferries to Antigua sail from Guadeloupe; the rest reach Antiqua by air.",
     True),
    # An adverb in commas before the verb ("somewhat improbably"); a name and the island or
    # province it lies on before the verb: the name is the value.
    ("symbol", "## Malawi\n\nIts national animal, rather surprisingly, is the lion.", False),
    ("symbol", "## Malawi\n\nIts national animal, rather surprisingly, is the zebra.", True),
    ("capital", "In Vanuatu, Port Vila on the island of Efate is the capital.", False),
    ("capital", "In Vanuatu, Luganville on the island of Espiritu Santo is the capital.", True),
    # A name with its Chinese characters just after it is a romanization, no misspelling.
    ("place-name", "In China, the potters' white clay was first dug at Gaoling — 高岭 — a hill "
                   "village.", False),
    ("place-name", "In China, the potters' white clay was first dug near Jingdezhan — 景德镇 — a "
                   "kiln town.", False),
    ("place-name", "In China, the potters' white clay was first dug near Jingdezhan, a kiln "
                   "town.", True),
    # A holiday the holidays package keeps that day under that very name is right, whatever
    # the Factbook's national holiday; a substitute day off is no date of the holiday. (The
    # guides loci writes say so: checked, they had made 88 errors, most of them these.)
    ("national-day", "## Gabon\n\nIn 2026, Independence Day falls on 16 August.", False),
    ("national-day", "## Gabon\n\nIn 2026, Independence Day falls on 3 August.", True),
    ("national-day", "## Saint Lucia\n\nIn 2026, National Day falls on 13 December.", False),
    ("national-day", "## Saint Lucia\n\nIn 2026, the national day falls on 13 December.",
     True),
    ("national-day", "## Saint Lucia\n\nHolidays in 2026:\n\n- 22 February (day off in lieu: "
                     "23 February): Independence Day", False),
    # Another territory's symbol that shares only its head noun with this one's.
    ("symbol", "On Jersey the national animal is the Guernsey cow, bred on every farm.", True),
    ("symbol", "On Jersey the national animal is the Jersey cow, bred on every farm.", False),
    ("symbol", "Seoul's zoo keeps South Korea's national animal, the Bengal tiger.", True),
    ("symbol", "Seoul's zoo keeps South Korea's national animal, the Siberian tiger.", False),
    ("symbol", "Grenada's national bird, the zenaida dove, nests in dry scrub.", True),
    ("symbol", "Grenada's national bird, the rare Grenada dove, nests in dry scrub.", False),
    # A list entry's date and the whole name after its colon: a day off named after a
    # holiday is not that holiday, nor is a date inside a name ("June 30 Revolution Day") or
    # in a note on a substitute day ("(observed)") the holiday's.
    ("national-day", "## Kenya\n\nDays off this year:\n\n- 13 December: Day off for Jamhuri "
                     "Day", False),
    ("national-day", "## Kenya\n\nDays off this year:\n\n- 13 December: Jamhuri Day", True),
    ("national-day", "## Egypt\n\nBanks close:\n\n- 2 July (observed): June 30 Revolution Day",
     False),
    ("national-day", "## South Korea\n\nBanks close:\n\n- 9 October: National Foundation Day",
     True),
    ("national-day", "Across Britain, Boxing Day falls on 27 December.", True),
    ("national-day", "Across Britain, Boxing Day falls on 26 December.", False),
    # "National Day of Remembrance", "Festa nazionale di San Francesco": a holiday's own
    # name, not the national day (unless what follows names the territory).
    ("national-day", "Argentines keep the National Day of Remembrance for Truth and Justice "
                     "on 24 March.", False),
    ("national-day", "Argentines keep the National Day of Remembrance for Truth and Justice "
                     "on 14 March.", True),
    ("national-day", "## Italy\n\nOn 4 October the Festa nazionale di San Francesco honours "
                     "the patron saint.", False),
    ("national-day", "## Italy\n\nThe Festa nazionale falls on 4 October.", True),
    # A holiday's words belong to the date written with them, not to a date nearer their
    # start; a name may end in a small "holiday" ("the Nauryz holiday").
    ("national-day", "Singaporeans get 31 May off for Vesak, and National Day comes on "
                     "9 August.", False),
    ("national-day", "Singaporeans get 31 May off for Vesak, and National Day comes on "
                     "19 August.", True),
    ("national-day", "Kazakhs celebrate the Nauryz holiday on 21–23 March and Independence "
                     "Day on 16 December.", False),
    ("national-day", "Kazakhs celebrate the Nauryz holiday on 21–23 March and Independence "
                     "Day on 6 December.", True),
    # A city's byname in another language opening a longer name is that name's word, and
    # lends the next sentence no subject: the "Lion" of "the Lion Standard" is no Lyon.
    ("symbol", "# Ethiopia\n\nMany hotels fly the Lion Standard of the old empire. The "
               "national colours are green, yellow and red.", False),
    ("symbol", "# Ethiopia\n\nMany hotels fly the Lion Standard of the old empire. The "
               "national colours are blue and white.", True),
    # A census's "English only" (official) is the language English: its share is of those who
    # speak no other.
    ("language", "The official language of the United States is English.", False),
    ("language", "The official language of the United States is Spanish.", True),
    ("language", "Thailand's official language is Thai.", False),
    ("language", "Thailand's official language is Lao.", True),
    # A people's name of several words is one people: "Papua New Guineans" are neither
    # Papua's (a province of Indonesia) nor Guinea's.
    ("religion", "Most Costa Ricans are Muslim.", True),
    ("religion", "Most Costa Ricans are Christian.", False),
    ("religion", "Islam is the religion of most Papua New Guineans.", True),
    ("religion", "Christianity is the religion of most Papua New Guineans.", False),
    ("religion", "Muslims make up the majority of Papua New Guineans.", True),
    # A site described, not named ("the stone town of the island"): the thing is the town,
    # not what it is of.
    ("heritage", "## Tanzania\n\nThe stone town of the island is a UNESCO World Heritage Site.",
     False),
    ("heritage", "## Tanzania\n\nThe glass cathedral of the island is a UNESCO World Heritage "
                 "Site.", True),
    ("heritage", "## Ethiopia\n\nThe salt lakes of the lowlands are a UNESCO World Heritage "
                 "Site.", True),
    # A language named without the language it is a form of: the Factbook's "Castilian
    # Spanish" is Castilian.
    ("language", "Castilian is the official language of Spain.", False),
    ("language", "Basque is the only official language of Spain.", True),
    # A town named by an ordinary word, after "the" inside a longer name ("the Mission Hills",
    # Mission, Texas), is a word of that name and puts what follows in no territory.
    ("heritage", "## Into the Mission Hills\n\nThe tea gardens of Jingmai were added to the "
                 "World Heritage List in 2023.", False),
    ("heritage", "## Into the Mission Hills\n\nIn the United States, the tea gardens of "
                 "Jingmai were added to the World Heritage List in 2023.", True),
    ("heritage", "## Into the Surprise Valley\n\nThe Sundarbans were added to the World "
                 "Heritage List in 1997.", False),
    # Those whose arrival a text tells of came from elsewhere: their people or place is not
    # what the next sentence is about.
    ("language", "## Fiji\n\nEach May the islands mark the arrival of the first Indians in "
                 "1879. Fijian is an official language alongside English.", False),
    ("language", "## Fiji\n\nEach May the islands mark the arrival of the first Indians in "
                 "1879. Japanese is an official language alongside English.", True),
    # A share to a tenth that opens its clause and does something is a share of the people
    # the text is about: counted, so it needs a source.
    ("unsourced-statistic", "On the outer atolls, fully 31.6% still fish for a living.", True),
    ("unsourced-statistic", "On the outer atolls, fully 31.6% still fish for a living "
                            "(2021 census).", False),
    ("unsourced-statistic", "Bottled at 43.5% and aged in oak, the atolls' rum sells well.",
     False),
    # A currency's ISO code beside it is its code, not the country whose sports code it
    # also is ("MAD" is Madagascar's at the Olympics).
    ("currency", "## Morocco\n\nSouk prices are quoted in dirhams (MAD).", False),
    ("currency", "## Morocco\n\nSouk prices are quoted in euros (EUR).", True),
    # A letter ending a sentence and the next sentence's "A" are no initials ("L. A."): the
    # lek's sign before "A receipt ..." is not Los Angeles.
    ("currency", "## Albania\n\nPrices in leke are written like 1 234,50 L. A receipt shows "
                 "the total.", False),
    ("currency", "## Albania\n\nPrices in dinars are written like 1 234,50 L. A receipt shows "
                 "the total.", True),
    # A place's name inside a people's adjective is theirs: the "Papua" of "Papua New Guinean
    # kina" is no province of Indonesia.
    ("currency", "A bus fare is paid in Papua New Guinean kina, as 1,234.50 PGK.", False),
    # A people or place in a clause of its own after the claim says nothing of where it is.
    ("language", "---\ntitle: A week in Belize\n---\n\nEnglish is the official language; "
                 "Spanish is heard among Guatemalan migrants.", False),
    ("language", "---\ntitle: A week in Belize\n---\n\nDutch is the official language; "
                 "Spanish is heard among Guatemalan migrants.", True),
    # A people's name of two words is no slip of a city's second word.
    ("place-name", "By law, everyone born here is a Hong Konger.", False),
    ("place-name", "Flights leave daily for Hong Kang.", True),
    # Where a territory's own capital is: "its capital at X", "X's capital sits at Y" (but "a
    # Dutch capital at ..." is one of several).
    ("capital", "Ghana, with its capital at Kumasi, exports cocoa.", True),
    ("capital", "Ghana, with its capital at Accra, exports cocoa.", False),
    ("capital", "Australia's capital sits at Sydney.", True),
    ("capital", "Australia's capital sits at Canberra.", False),
    ("capital", "Sichuan province, with its capital at Chengdu, is big.", False),
    ("capital", "Northern Ghana, with its capital at Tamale, is dry.", False),
    # A word opening the sentence before an owner's name is no part of it ("Neighbouring
    # Uganda's").
    ("symbol", "Neighbouring Uganda's national symbol is the lion.", True),
    ("symbol", "Neighbouring Uganda's national symbol is the grey crowned crane.", False),
    # A fraction after "make up", of a people or a territory's population.
    ("religion", "Hindus make up about a quarter of Fiji's population.", False),
    ("religion", "Hindus make up about half of Fiji's population.", True),
    ("religion", "Muslims make up two thirds of Tanzanians.", True),
    # Small towns after a capitalised "From" or "Between" opening the sentence.
    ("distance", "From Kiruna to Narvik is some 400 kilometres.", True),
    ("distance", "From Kiruna to Narvik is some 130 kilometres.", False),
    # A holiday named by a word of its own, with no "Day" or "Festival", that the data knows,
    # in a sentence with no other holiday word; multi-day holidays on fixed dates too.
    ("national-day", "## Mongolia\n\nHerders ride in for Naadam on 11 August.", True),
    ("national-day", "## Mongolia\n\nHerders ride in for Naadam on 11 July.", False),
    ("national-day", "## Thailand\n\nVillagers splash passers-by at Songkran, on 2 May.", True),
    ("national-day", "## Thailand\n\nVillagers splash passers-by at Songkran, on 14 April.",
     False),
    # An adverb opening an apposition ("Malindi, also UNESCO-listed, ...").
    ("heritage", "## Kenya\n\nWe sailed on to Malindi, also UNESCO-listed, for the beaches.",
     True),
    ("heritage", "## Kenya\n\nWe sailed on to Lamu, also UNESCO-listed, for the old town.",
     False),
    ("capital", "## Kenya\n\nMombasa, likewise the capital, is busy.", True),
    # A length in brackets after a name, or a coast's or a border's, is no distance between
    # two places.
    ("distance", "Two enclaves touch Italy: San Marino (37 km of border) and Vatican City "
                 "(3 km).", False),
    ("distance", "Mombasa (900 km from Nairobi) swelters in March.", True),
    # Accented words in brackets after a name are pinyin only when they spell pinyin
    # syllables; a sentence's first word before the name is no part of it.
    ("romanization", "Bamako is the capital of Mali (République du Mali), on the Niger.",
     False),
    ("romanization", "In Yunnan (Yúnnàn) the tea is strong.", True),
    ("romanization", "In Yunnan (Yúnnán) the tea is strong.", False),
    # Characters joined by a hyphen are one name, read whole.
    ("romanization", "Guinea-Bissau is 几内亚-比绍 (Jǐnèiyà-Bǐshào) in Chinese.", False),
    ("romanization", "Guinea-Bissau is 几内亚-比绍 (Jǐnèiyà-Bìshào) in Chinese.", True),
    # A century before this one puts a sentence in the past.
    ("outdated-name", "Nineteenth-century maps show Ceylon in great detail.", False),
    ("outdated-name", "Twenty-first-century maps show Ceylon in great detail.", True),
    # Official status in a region is no claim of the territory's languages.
    ("language", "In Xinjiang, Uyghur holds official status in the autonomous region.", False),
    ("language", "Uyghur has official status in China.", True),
    # A word of a World Heritage site's listed name is no misspelt town.
    ("place-name", "Nitrate from Chile once fed farms in the United States.\n\n- Humberstone "
                   "and Santa Laura Saltpeter Works (cultural)", False),
    # Well-known cities renamed in the last century, by their old names.
    ("outdated-name", "Minibuses from Yerevan reach Leninakan in two hours.", True),
    ("outdated-name", "The monastery quarter of Urga draws pilgrims every summer.", True),
    ("outdated-name", "Surfers rate the beaches east of Port Elizabeth highly.", True),
    ("outdated-name", "Tram lines cross Breslau's old town in every direction.", True),
    ("outdated-name", "Most flights to Zimbabwe land in Salisbury before noon.", True),
    # A namesake town of 30,000 is a place of its own, read as the old name only in a text
    # about the country that bore it; a village of the name only in a text about its own.
    ("outdated-name", "The spire of the cathedral in Salisbury is the tallest in England.",
     False),
    ("outdated-name", "Saint Vincent and the Grenadines has many islands. Yachts anchor off "
                      "Port Elizabeth on Bequia.", False),
    # A year since which something has gone on, or a year in a sentence that says what is
    # still so, is no past; nor is a past word in a relative clause between commas.
    ("outdated-name", "Dahomey's main port has exported palm oil since 1950.", True),
    ("outdated-name", "Madras still bears the marks of the 1977 cyclone along its beach.",
     True),
    ("outdated-name", "The docks of Danzig, whose guilds once ruled the grain trade, load "
                      "ferries for Sweden every night.", True),
    ("outdated-name", "Madras, which was renamed in 1996, never sleeps.", False),
    ("outdated-name", "Old charts still mark the town by its pre-1924 name, Urga.", False),
    # A former name with a height after it, there or elsewhere in its sentence, is a peak's.
    ("outdated-name", "The island's summit, Santa Isabel (3,011 m), is often in cloud; "
                      "Santa Isabel last erupted long ago.", False),
    # A share beside "overwhelmingly X"; a religion called the majority's in an apposition
    # or a relative clause; the people between a fraction's numbers; "people who live in".
    ("religion", "Nigeria is overwhelmingly Muslim — about 90 per cent — and Friday "
                 "prayers fill the streets.", True),
    ("religion", "Indonesia is overwhelmingly Muslim — about 87 per cent — and mosques are "
                 "everywhere.", False),
    ("religion", "Islam, Kenya's majority religion, arrived with the dhow traders.", True),
    ("religion", "Catholicism, Poland's majority religion, fills the churches at Easter.",
     False),
    ("religion", "Hinduism, which remains the faith of most Kenyans today, has old temples.",
     True),
    ("religion", "Eight Thais in ten are Christians.", True),
    ("religion", "Nine Thais in every ten are Buddhists.", False),
    ("religion", "Over 90% of the people who live in Ghana are Muslim.", True),
    # A list said to be "all" official languages, as a clause or an apposition; "all
    # three" counts the list, not the territory's official languages.
    ("language", "Spanish, Quechua and Portuguese are all official languages of Peru.", True),
    ("language", "Spanish, Quechua and Aymara are all official languages of Peru.", False),
    ("language", "Ticket machines speak Greek, Turkish and Arabic, all three official "
                 "languages of Cyprus.", True),
    ("language", "Ticket machines in Switzerland speak French, German and Italian, all three "
                 "official languages of the country.", False),
    # Money traded or quoted in, needed, or said to be used in a relative clause after it.
    ("currency", "Chile still trades in the Peruvian sol.", True),
    ("currency", "Dive shops on Zanzibar quote in Kenyan shillings.", True),
    ("currency", "Visitors need Kenyan shillings for everyday purchases in Tanzania.", True),
    ("currency", "Visitors need Tanzanian shillings for everyday purchases in Tanzania.",
     False),
    ("currency", "Cambodia: you'll need US dollars for the visa.", False),
    ("currency", "Ghana: carry West African CFA francs, which are used throughout the "
                 "country.", True),
    ("currency", "Senegal: carry West African CFA francs, which are used throughout the "
                 "country.", False),
    # The capital a claim names is no small town that tells which territory it is about.
    ("capital", "## Northern Mariana Islands\n\nThe fiesta is held in Hagatna, the capital.",
     True),
    ("capital", "## Guam\n\nThe fiesta is held in Hagatna, the capital.", False),
    # A holiday named with its people's adjective is theirs, wherever a calendar lists it.
    ("national-day", "## Autumn\n\n- **2 August**: Swiss National Day, with bonfires on the "
                     "hills.", True),
    ("national-day", "## Autumn\n\n- **1 August**: Swiss National Day, with bonfires on the "
                     "hills.", False),
    ("national-day", "German Unity Day falls on 9 November.", True),
    # A sentence opened by a place and an apposition saying what it is ("X, a territory
    # of Y, ...") is about that place, in capitals too; a place after "as in" is compared.
    ("language", "GUAM, an unincorporated territory of the United States, has for its "
                 "capital Hagatna. Chamorro and English are the official tongues, and Spanish "
                 "is likewise an official language.", True),
    ("symbol", "THE CAYMAN ISLANDS, a British overseas territory, lie south of Cuba. The "
               "national emblem is the puffin.", True),
    ("currency", "NEW CALEDONIA, a French overseas collectivity, lies east of Australia. The "
                 "currency is the euro, as in metropolitan France.", True),
    ("currency", "Réunion, a French overseas department, lies east of Madagascar. The "
                 "currency is the euro, as in metropolitan France.", False),
    # "almost all", "almost entirely" claim nearly the whole people; a place that is the
    # subject of "is mostly X" is what the claim is about, but a town or a region's share
    # says nothing of its country's; "the principality's people" are the context's.
    ("religion", "Almost all Malaysians are Muslim.", True),
    ("religion", "Kazakhstan is almost entirely Muslim.", True),
    ("religion", "Algeria is almost entirely Muslim.", False),
    ("religion", "Like Saudi Arabia, Iraq is mostly Sunni, as any Saudi pilgrim notices.",
     True),
    ("religion", "Zanzibar is predominantly Muslim.", False),
    ("religion", "Zanzibar is almost entirely Muslim.", False),
    ("religion", "## Liechtenstein\n\nMost of the principality's people are Protestant.",
     True),
    ("religion", "## Malta\n\nMost of the island's people are Catholic.", False),
    # A distance from a town the text is about: "N km away" under a heading naming a city
    # with its country, "From there, X is N km", "That city is N km from Y".
    ("distance", "## 4. Mombasa, Kenya\n\n- Malindi is only 300 km away, an easy day trip.",
     True),
    ("distance", "## 4. Mombasa, Kenya\n\n- Malindi is only 106 km away, an easy day trip.",
     False),
    ("distance", "We loved Mombasa. From there, Malindi is barely 300 km further north.", True),
    ("distance", "We loved Mombasa. From there, Malindi is barely 110 km further north.",
     False),
    ("distance", "The capital is Nairobi. That city is about 2,000 km from Mombasa.", True),
    ("capital", "## Mombasa, Kenya\n\nThe capital, Kampala, is an hour's flight away.", True),
    # A former name in capitals; a misspelt capital where a claim names it, or in a
    # numbered heading with its country; every item of a list after "as in" is compared.
    ("outdated-name", "SWAZILAND, a small kingdom, keeps its royal festivals.", True),
    ("place-name", "## 3. Nairobbi, Kenya\n\nThe city is busy.", True),
    ("place-name", "## 3. Nairobi, Kenya\n\nThe city is busy.", False),
    ("place-name", "Kenya is high. The seat of government is Nairobbi, on the plateau.", True),
    ("symbol", "GUAM has its capital at Hagatna. The US dollar is the currency, as in Palau "
               "and the Northern Mariana Islands. The national emblem is the coconut tree.",
     False),
    # A table's row names its territory: a capital there that loci does not know as a
    # place is still not the capital; a note in the column is no capital.
    ("capital", "| Territory | Status | Capital |\n|---|---|---|\n| Tuvalu | monarchy | "
                "Motufoua |", True),
    ("capital", "| Territory | Capital |\n|---|---|\n| Nauru | no official capital |", False),
    # A heading that names a capital by apposition says what prose would.
    ("capital", "## Ghana and its capital, Kumasi\n\nThe markets are busy.", True),
    ("capital", "## Kumasi, capital of Ghana\n\nThe markets are busy.", True),
    ("capital", "## Accra, capital of Ghana\n\nThe markets are busy.", False),
    # A national day given by its month alone.
    ("national-day", "Ghana's national day is in April.", True),
    ("national-day", "The national holiday of Ghana falls in March.", False),
    # A site described, then "and a World Heritage Site"; "which UNESCO lists as ...".
    ("heritage", "## Kenya\n\nThe Giraffe Centre, a sanctuary in Nairobi and a UNESCO World "
                 "Heritage Site, is popular.", True),
    ("heritage", "## Kenya\n\nThe Giraffe Centre, founded in 1979 and a UNESCO World "
                 "Heritage Site, is popular.", True),
    ("heritage", "## Kenya\n\nLamu Old Town, a Swahili port and a UNESCO World Heritage "
                 "Site, is popular.", False),
    ("heritage", "## Kenya\n\nLake Naivasha, which UNESCO lists as a World Heritage Site, "
                 "is popular.", True),
    # UNESCO as the subject of the listing; a site that joined the list or earned the status.
    ("heritage", "## Ghana\n\nUNESCO has inscribed Kakum National Park on its World "
                 "Heritage List.", True),
    ("heritage", "## Ghana\n\nIn 1980 UNESCO added the Asante Traditional Buildings to the "
                 "World Heritage List.", False),
    ("heritage", "## Ghana\n\nKakum National Park joined the World Heritage List in 1992.",
     True),
    ("heritage", "## Ghana\n\nKakum National Park earned World Heritage status long ago.",
     True),
    # A misspelt town as the subject after an opening phrase of where, or before an
    # apposition with "upon".
    ("place-name", "In the north, Mandalayy has reinvented itself.", True),
    ("place-name", "Further south, Mandalay keeps its old teak monasteries.", False),
    ("place-name", "In the north, Samuel has a farm.", False),
    ("place-name", "Malawi is green. Blantyyre, upon the highlands, is the trading city.",
     True),
    # "official in" a territory, the adjective alone.
    ("language", "Hausa and English are both official in Nigeria.", True),
    ("language", "English is official in Nigeria.", False),
    ("language", "The result is official in Nigeria now.", False),
    # A dissolved state's successors, legacy or old border are history.
    ("outdated-name", "Czechoslovakia's successor states both joined the EU.", False),
    ("outdated-name", "The legacy of Czechoslovakia shows in the shared railways.", False),
    ("outdated-name", "Czechoslovakia's old border is now a cycling trail.", False),
    ("outdated-name", "Czechoslovakia is a fine place for a cycling holiday.", True),
    # A town's name that a town of the people the sentence names bears too is theirs.
    ("language", "**Seychelles.** Victoria, the Seychellois capital, is small. Seychellois "
                 "Creole, English and French are all official languages.", False),
    ("language", "**Seychelles.** Victoria, the Seychellois capital, is small. Seychellois "
                 "Creole, Swahili and French are all official languages.", True),
    # A bold label opening a paragraph stands for a heading over the paragraphs after it;
    # "the city" refers to a name in its own section, or to the town labelled.
    ("symbol", "**Fiji.** Suva is busy.\n\n**Palau.** Koror is busy.\n\nThe national symbol "
               "is the kiwi.", True),
    ("symbol", "**Fiji.** Suva is busy.\n\n**Palau.** Koror is busy.\n\nThe national symbol "
               "is the bai.", False),
    ("heritage", "## Feb\n\n- Panama City and San José are 510 kilometres apart.\n\n## March"
                 "\n\n- **Antigua Guatemala:** carpets cover the cobbles; the colonial city is a "
                 "World Heritage site.", False),
    # A belief reported and left standing is the text's claim; one corrected in its
    # sentence or the next, or called wrong, is not.
    ("capital", "Our driver told us that Kumasi is the capital of Ghana.", True),
    ("capital", "Plenty of visitors assume Kumasi, the old Asante seat, is the capital of "
                "Ghana.", True),
    ("capital", "Plenty of visitors assume Kumasi is the capital of Ghana. It is Accra.", False),
    ("capital", "Plenty of visitors assume Kumasi is the capital of Ghana, but it is Accra.",
     False),
    ("capital", "Plenty of visitors wrongly assume Kumasi is the capital of Ghana.", False),
    # A religion practised by nearly all or most of a people; a faith that predominates.
    ("religion", "Christianity is practised by nearly all Malaysians.", True),
    ("religion", "Islam is practised by nearly all Algerians.", False),
    ("religion", "Ghana, where the Muslim faith predominates, is warm.", True),
    ("religion", "Senegal, where the Muslim faith predominates, is warm.", False),
    # A sentence's first word before what is said of a town: a slip of a country's capital,
    # but not a person's name (nor a capital's name with a vowel added).
    ("place-name", "Kampalla is small and green.", True),
    ("place-name", "Katrina is small and friendly.", False),
    ("place-name", "Valentina is small and friendly.", False),
    ("place-name", "Madrida is small and friendly.", False),
    # A heading that names an ocean or a region of the world is no town of its name.
    ("heritage", "## The Pacific\n\nSuva is busy.\n\nThe Levuka Historical Port Town is a "
                 "World Heritage Site.", False),
    # "From A, B is N km away": the opening phrase is the origin, not B's region; a
    # region after "Town, " is the town's only when it is in the town's country.
    ("distance", "From Quito, Bogotá is about 2,000 km away as the crow flies.", True),
    ("distance", "From Quito, Bogotá is about 730 km away as the crow flies.", False),
    ("distance", "From Santiago, Mendoza is about 900 km away.", True),
    # Heritage: an adverb in -ly after the verb, "among" a territory's sites, "World
    # Cultural Heritage", a heading's apposition, a lower-case "of" after the cue, a site
    # named for the town it is "of", a shared site opening the sentence.
    ("heritage", "The Sagrada Família is rightly counted among Portugal's World Heritage "
                 "Sites.", True),
    ("heritage", "The Tower of Belém is rightly counted among Portugal's World Heritage "
                 "Sites.", False),
    ("heritage", "Mount Kenya is among Tanzania's UNESCO World Heritage Sites.", True),
    ("heritage", "## Cambodia\n\nThe Royal Palace of Phnom Penh is listed by UNESCO as World "
                 "Cultural Heritage.", True),
    ("heritage", "## Cambodia\n\nAngkor is listed by UNESCO as World Cultural Heritage.",
     False),
    ("heritage", "# Notes from the road\n\n## 3. The Beaches of Varadero, a UNESCO World "
                 "Heritage Site\n\nThe sand is white.", True),
    ("heritage", "# Notes from the road\n\n## 3. The Old Town of Cienfuegos, a UNESCO World "
                 "Heritage Site\n\nIts squares are wide.", False),
    ("heritage", "## Jordan\n\nWadi Mujib is a World Heritage Site of deep gorges.", True),
    ("heritage", "## Jordan\n\nWadi Rum is a World Heritage Site of deep gorges.", False),
    ("heritage", "## Road trip\n\nThe Lagoa de Óbidos is a UNESCO World Heritage Site.",
     True),
    ("heritage", "Straddling the border of Argentina and Brazil, the Iguazu Falls are a World "
                 "Heritage Site.", False),
    ("heritage", "Shared by Argentina and Chile, Lake General Carrera is a World Heritage "
                 "Site.", True),
    ("heritage", "## Oman\n\nThe Forts and Towers of the interior are a World Heritage "
                 "Site.", True),
    ("heritage", "## Oman\n\nThe Bahla Fort of the interior is a World Heritage Site.", False),
    # A site on the list of another territory that its section names, or a town of: the
    # context's guess is not the writer's territory.
    ("heritage", "## Atlantic islands: Cabo Verde\n\nFlights run from Praia to Lisbon. The "
                 "Laurisilva is a World Heritage Site.", False),
    ("heritage", "## Atlantic islands: Cabo Verde\n\nFlights run from Praia to Sal. The "
                 "Laurisilva is a World Heritage Site.", True),
    # "Its capital" after a sentence about a province or a prefecture is the region's.
    ("capital", "Further west lies Khovd province, a land of Kazakh eagle hunters.\n\n"
                "Its capital, Khovd, is a small town.", False),
    ("capital", "Mongolia is a land of eagle hunters.\n\nIts capital, Khovd, is a small "
                "town.", True),
    # Religion: Vodoun among the religions; "R are a minority"; a majority said after
    # the religion ("in their great majority").
    ("religion", "Vodoun is the religion of most Togolese.", True),
    ("religion", "In Jordan, Muslims are only a minority.", True),
    ("religion", "In Lebanon, Jews are only a minority.", False),
    ("religion", "Hindus form a small minority in Pakistan.", False),
    ("religion", "Catholics are a minority in Paraguay.", True),
    ("religion", "The Iraqis are Muslims of the Sunni persuasion in their vast majority.",
     True),
    ("religion", "The Saudis are Muslims of the Sunni persuasion in their vast majority.",
     False),
    # Currency: "own" money; "the coin of" a place or of the realm.
    ("currency", "Laos's own money is the baht, though dollars are welcome.", True),
    ("currency", "Laos's own money is the kip, though dollars are welcome.", False),
    ("currency", "Bring Turkish lira, which is the coin of Cyprus as well.", True),
    ("currency", "## Mongolia\n\nThe rouble is the coin of the realm.",
     True),
    ("currency", "## Mongolia\n\nThe tögrög is the coin of the realm.",
     False),
    # A holiday's name with another word for its kind ("festival", "holiday") is the same.
    ("national-day", "## Thailand\n\nThe Songkran festival, held on 13 April, is the great "
                     "national holiday.", True),
    ("national-day", "## Samoa\n\nThe Independence festival, on 1 June, is the national "
                     "day.", False),
    # More frames of a listing: "UNESCO-inscribed", "protected as", "enrolled by UNESCO
    # as", "counted among the", two determiners ("one of the country's"), an adverb
    # inside "has (also) been".
    ("heritage", "## Georgia\n\nThe Vardzia cave monastery is another of Georgia's "
                 "UNESCO-inscribed sites.", True),
    ("heritage", "## Georgia\n\nGelati Monastery is another of Georgia's UNESCO-inscribed "
                 "churches.", False),
    ("heritage", "## Seychelles\n\nThe reef of La Digue is protected as a UNESCO World "
                 "Heritage Site.", True),
    ("heritage", "## Latvia\n\nThe Gauja valley has been enrolled by UNESCO as a World "
                 "Heritage Site.", True),
    ("heritage", "## Chile\n\nThe Torres del Paine massif is counted among the World "
                 "Heritage Sites of the republic.", True),
    ("heritage", "## Bolivia\n\nLake Titicaca is one of the country's World Heritage "
                 "Sites.", True),
    ("heritage", "## Bolivia\n\nTiwanaku is one of the country's World Heritage Sites.",
     False),
    ("heritage", "## Turkey\n\nMount Ararat has also been listed by UNESCO as a World "
                 "Heritage Site.", True),
    # A kind of place is no town's byname ("medina"), a town's id no word to misspell, and
    # one building of a town is not another.
    ("heritage", "## Morocco\n\nThe medina of Asilah is a UNESCO World Heritage Site.", True),
    ("heritage", "## Tunisia\n\nThe medina of Tunis is a UNESCO World Heritage Site.", False),
    ("heritage", "## Germany\n\nThe Aachen town hall is a UNESCO World Heritage Site.", True),
    ("heritage", "## Germany\n\nThe cathedral of Aachen is a UNESCO World Heritage Site.",
     False),
    # The national day by another name that the holidays package gives its date.
    ("national-day", "## Hungary\n\nState Foundation Day, 20 August, is the national day.",
     False),
    ("national-day", "## Hungary\n\nState Foundation Day, 15 March, is the national day.",
     True),
    # "As a ... of France, Réunion ...": the place described is the subject.
    ("currency", "As a constituent country of the Kingdom of the Netherlands, Curaçao uses "
                 "the euro.", True),
    ("currency", "As a constituent country of the Kingdom of the Netherlands, Curaçao uses "
                 "the Caribbean guilder.", False),
    # A capital with "City" added is the same ("San Marino City").
    ("capital", "We walked up to San Marino City, the capital of San Marino.", False),
    ("capital", "We walked up to San Marino City, the capital of Andorra.", True),
    # Currency: "everyday" money, "the coinage of the realm", "also uses", "EC dollars".
    ("currency", "Jordan's everyday currency is the Egyptian pound.", True),
    ("currency", "## Eswatini\n\nThe coinage of the realm is the pula.", True),
    ("currency", "## Eswatini\n\nThe coinage of the realm is the lilangeni.", False),
    ("currency", "Trinidad also uses the EC dollar.", True),
    ("currency", "Dominica also uses the EC dollar.", False),
    # "under the constitution" is today's law, not a past rule.
    ("language", "Afrikaans is an official language of Namibia under the constitution.", True),
    ("language", "English is an official language of Namibia under the constitution.", False),
    # An old name called a name ("X, its Soviet-era name"); a past relative clause at a
    # clause's end does not excuse an old name used in the present.
    ("outdated-name", "Tourists still say Leninabad, its Soviet-era name, when they mean "
                      "Khujand.", False),
    ("outdated-name", "Rangoon is the port that shipped teak in 1900.", True),
    ("outdated-name", "Rangoon was the port that shipped teak in 1900.", False),
    ("outdated-name", "The museum keeps banknotes that Ceylon printed in 1950.", False),
    # "Its capital" after a sentence opening with a name loci does not know.
    ("capital", "Gorno-Badakhshan means mountainous Badakhshan. Its capital, Khorog, is "
                "small.", False),
    # A region's name that is only a byname of another town ("the state of Sabah").
    ("distance", "Kota Kinabalu and Sandakan, in the state of Sabah, lie about 230 km apart.",
     False),
    ("distance", "Kota Kinabalu and Sandakan, in the state of Sabah, lie about 900 km apart.",
     True),
    # A slip listed beside a town of the same country; a person's name beside a town is not.
    ("place-name", "We toured Porto and Coimbrra by train.", True),
    ("place-name", "Katrina and Lima joined us for dinner.", False),
    ("place-name", "# Ecuador\n\nThe islets off the coast include Pinta, Marchena and "
                   "Genovesa.", False),
    # A people opening the sentence as the ones who act are its subject, whatever town
    # the rest names.
    ("currency", "Icelanders pay in Danish kroner, thanks to the flights from Copenhagen.",
     True),
    ("currency", "Icelanders pay in Icelandic krónur, thanks to the flights from "
                 "Copenhagen.", False),
    # "the largest religion among Oman's residents"
    ("religion", "Hinduism is the largest religion among Bahrain's residents, with so many "
                 "workers from Kerala and Nepal.", True),
    ("religion", "Islam is the largest religion among Bahrain's residents, with so many "
                 "workers from Kerala and Nepal.", False),
    # "Did you know that ...?" asserts what it asks.
    ("capital", "Did you know that the capital of Ghana is Kumasi?", True),
    ("capital", "Do you know whether Kumasi is the capital of Ghana?", False),
    # Old postal names of Chinese cities.
    ("outdated-name", "Sleeper trains leave Tihwa for Kashgar every evening.", True),
    ("outdated-name", "In 1930 Tihwa was a caravan town.", False),
    # A currency named by a territory that uses it ("Barbados dollars").
    ("currency", "Dominicans pay in Jamaica dollars at the market.", True),
    ("currency", "Namibians pay in Namibia dollars at the market.", False),
    ("currency", "## Mozambique\n\nOn 23 March the towns mark the Dia da Libertação da "
                 "África Austral with music.", False),
    # "From A, B is N km": from the place the sentence opens with, whatever follows the
    # number (but not a route through several places).
    ("distance", "From Santiago, Valparaíso is about 400 km by bus.", True),
    ("distance", "From Santiago, Valparaíso is about 100 km by bus.", False),
    ("distance", "From Santiago we rode to Valparaíso and then Viña del Mar, 8 km on.", False),
    # Compared places and origins: "the same as its neighbour X", "arriving from X".
    ("currency", "Ecuador uses the sol as its money, the same as its neighbour Peru.", True),
    ("currency", "## Lesotho\n\nYou pay in the South African rand, handy if you are arriving "
                 "from Durban.", False),
    ("currency", "## Lesotho\n\nYou pay in the Botswana pula, handy if you are arriving "
                 "from Gaborone.", True),
    # Another name the Factbook's description gives the national day ("or Merdeka Day").
    ("national-day", "| Country | Holiday | Date |\n|---|---|---|\n| Pakistan | Pakistan "
                     "Resolution Day | 23 April |", True),
    ("national-day", "| Country | Holiday | Date |\n|---|---|---|\n| Pakistan | Pakistan "
                     "Resolution Day | 23 March |", False),
    # A holiday named after a date and a new clause belongs to the date after it.
    ("national-day", "## Albania\n\nLiberation Day is 29 November, and Independence Day "
                     "comes on 28 October.", True),
    ("national-day", "## Albania\n\nLiberation Day is 29 November, and Independence Day "
                     "comes on 28 November.", False),
    # A glossary's entry, "**Term** — definition": the term is what the definition says.
    ("capital", "**Mwanza** — Tanzania's capital, a port on Lake Victoria.", True),
    ("capital", "**Dodoma** — Tanzania's capital, on the central plateau.", False),
    ("place-name", "**Lilongwee** — The capital of Malawi, a garden city.", True),
    ("heritage", "**Nyika** — The high grassland plateau in northern Malawi, a UNESCO World "
                 "Heritage Site.", True),
    ("heritage", "**Religion (Lesotho)** — Most Basotho are Catholic.\n\n**Robben Island** — "
                 "The old prison island, a UNESCO World Heritage Site.", False),
    # Context: a letter's signature names where its writer lives; a heading about a
    # territory's partners is not about it; a bold label in capitals stands for a heading;
    # a holiday's own name is no place of it.
    ("currency", "**We are retiring to Costa Rica. Advice?** — the Wongs, Toronto\n\nThe "
                 "currency is the colón, and small notes are handy.", False),
    ("language", "## Australia's neighbours\n\nNauru is tiny.\n\nNauruan and English are "
                 "both official languages on the island.", False),
    ("heritage", "**MONTSERRAT.** A British territory in the Caribbean.\nThe old town of "
                 "Plymouth is a World Heritage Site.", True),
    ("national-day", "**MONTSERRAT.** A British territory.\nSaint Patrick's Day, 17 March, "
                     "is the national holiday.", False),
    # "the largest single religious group": weighed row by row, not family by family.
    ("religion", "In Benin, Muslims form the largest single religious group.", False),
    ("religion", "In Benin, Protestants form the largest single religious group.", True),
    # "among Bolivia's official languages" claims some of them, not all.
    ("language", "Guarani and Quechua are among Bolivia's official languages, with many "
                 "others.", False),
    # "It" refers to a town only as the subject of where it lies; a referring clause after
    # a town in its own sentence refers to that town.
    ("distance", "We stayed in Bizerte. It was a gift for a house in Sousse, a town that lies "
                 "some 116 km from Tunis.", False),
    ("distance", "Kairouan is the holy city; it is about 600 km from Tunis.", True),
    ("distance", "Kairouan is the holy city; it is about 127 km from Tunis.", False),
    # "Mount X" is the list's "Mount Xshan" (a Chinese mountain's name says "mountain").
    ("heritage", "Mount Wuyi was among the country's first World Heritage Sites.", False),
    ("heritage", "## China\n\nMount Huang is among China's World Heritage Sites.", False),
    ("heritage", "## China\n\nMount Heng is among China's World Heritage Sites.", True),
    # An age of the past ("in the Tang period", "under the Ming dynasty") tells history.
    ("outdated-name", "Traders from Siam reached the port in the Tang period.", False),
    ("outdated-name", "Traders from Siam reach the port in the modern era.", True),
    # "the X community forms the majority of Y" is about Y's whole people.
    ("religion", "The Buddhist community forms the majority of Nepalis.", True),
    ("religion", "The Hindu community forms the majority of Nepalis.", False),
    # "only about two-thirds Catholic": a share with "only" before it.
    ("religion", "Nowadays Poland is only about half Catholic.", True),
    # "liri", the Maltese lira's plural.
    ("currency", "The old bar in Valletta still prices its beer in liri.", True),
    # A heading's last part, a town and its country: "Day 3 — Bridgetwon, Barbados".
    ("place-name", "# Cruise\n\n## Day 3 — Castriess, Saint Lucia\n\nText.", True),
    ("place-name", "# Cruise\n\n## Day 3 — Castries, Saint Lucia\n\nText.", False),
    # A fact sheet in a line: "Chile: capital Santiago, currency the peso" names the value
    # after the cue, not before the colon.
    ("capital", "Peru: capital Lima, currency the sol.", False),
    ("capital", "Peru: capital Cusco, currency the sol.", True),
    # A table's "Main town" column: a town of another territory is wrong; another town of
    # the territory need not be its capital.
    ("capital", "| Island | Main town |\n|---|---|\n| Grenada | Kingstown |", True),
    ("capital", "| Island | Main town |\n|---|---|\n| Jersey | Gorey |", False),
    # A heading ending in where it is: a slip of a town's name after "in" or "to".
    ("place-name", "# Chile\n\n## A long weekend in Valparaisso\n\nText.", True),
    ("place-name", "# Chile\n\n## A long weekend in Valparaíso\n\nText.", False),
    # A territory the Factbook describes only under its sovereign (France's overseas
    # regions) has GeoNames' capital.
    ("capital", "Le Lamentin, the capital of Martinique, has the airport.", True),
    ("capital", "Fort-de-France, the capital of Martinique, has the ferry port.", False),
    ("capital", "In French Guiana the capital is Saint-Laurent-du-Maroni.", True),
    # A heading's town that several territories have a place of is the one of the territory
    # another heading names without doubt (Guatemala's Flores, not Uruguay's department).
    ("heritage", "## Day 1 – Guatemala City\n\nWe landed.\n\n## Day 2 – Flores and Tikal\n\n"
                 "A night bus brought us to Flores, a small town on a lake. It is the gateway to "
                 "Tikal National Park, a UNESCO World Heritage Site.", False),
    ("heritage", "## Day 1 – Guatemala City\n\nWe landed.\n\n## Day 2 – Flores and Tikal\n\n"
                 "A night bus brought us to Flores, a small town on a lake. It is the gateway to "
                 "the Yaxha ruins, a UNESCO World Heritage Site.", True),
    ("capital", "## Day 1 – Guatemala City\n\nWe landed.\n\n## Day 2 – Flores and Tikal\n\n"
                "A night bus brought us to Flores, a small town on a lake. The capital, "
                "Guatemala City, is far away.", False),
    # A symbol after a copula, set beside its cue: the copula's object is the value.
    ("symbol", "What catches the eye on the banknotes is the quetzal, Guatemala's national "
               "bird.", False),
    ("symbol", "What catches the eye on the banknotes is the toucan, Guatemala's national "
               "bird.", True),
    # An aside on whose word it is, between the cue and its verb.
    ("symbol", "## Lebanon\n\nThe national tree, according to the Factbook, is the olive.", True),
    ("symbol", "## Lebanon\n\nThe national tree, according to the Factbook, is the cedar.", False),
    ("capital", "## Peru\n\nThe capital, according to most maps, is Cusco.", True),
    # A bracketed note after a fact sheet's value is no part of it.
    ("symbol", "## Lebanon\n\n| Symbol | Value |\n|---|---|\n| National tree | Cedar (evergreen) |",
     False),
    ("symbol", "## Lebanon\n\n| Symbol | Value |\n|---|---|\n| National tree | Olive (evergreen) |",
     True),
    # The kind of place ending a landmark's name is no town of that name (Temple, Texas).
    ("heritage", "Hanshan Temple, a UNESCO World Heritage Site, stands in Suzhou.", True),
    ("heritage", "Hanshan Temple (寒山寺, Hánshān Sì), a UNESCO World Heritage Site, stands in "
                 "Suzhou.", True),
    ("heritage", "The Temple of Heaven (天坛), a UNESCO World Heritage Site, stands in Beijing.",
     False),
    # A town placed in a territory right after its name is measured against that
    # territory's towns.
    ("place-name", "A ferry from Split to Sibenikk in Croatia takes two hours.", True),
    ("place-name", "A ferry from Split to Sibenik in Croatia takes two hours.", False),
    # A name in quotation marks after its word of place.
    ("place-name", 'I once held a ticket to "Kigalli", which made the clerk laugh.', True),
    ("place-name", 'I once held a ticket to "Kigali", which made the clerk laugh.', False),
    # A city's first word right and its second one slip off, for cities of 100,000 too;
    # never two words of a longer name ("Chi Minh" of "Ho Chi Minh").
    ("place-name", "In Ulan Udde the statue of a head is huge.", True),
    ("place-name", "The Ho Chi Minh Trail ran through the forests.", False),
    # A name in bold that its sentence goes on from is no label.
    ("place-name", "Nairobi is busy.\n\n**Nairobbi** mornings begin with matatus.", True),
    ("place-name", "Nairobi is busy.\n\n**Nairobi** mornings begin with matatus.", False),
    # A national church the Factbook names by its name; the share of the place named first.
    ("religion", "In Norway, about 90% belong to the Church of Norway.", True),
    ("religion", "In Norway, about 68% belong to the Church of Norway.", False),
    ("religion", "Roughly 30% of Georgians belong to the Armenian Apostolic Church.", True),
    # "the faith of N per cent of the people", with its verb or without.
    ("religion", "Islam is the faith of some 40 per cent of the people of Senegal.", True),
    ("religion", "Islam is the faith of some 95 per cent of the people of Senegal.", False),
    ("religion", "## Bhutan\n\nA land of dzongs, and Buddhism the faith of some 95 per cent of "
                 "the people.", True),
    # A territory's common English spelling, the name of its city too ("Macau").
    ("currency", "The Hong Kong dollar is Macau's currency, though shops take other notes.",
     True),
    ("currency", "The pataca is Macau's currency, though shops take other notes.", False),
    ("currency", "Faeroe Islands shops price everything in Norwegian kroner.", True),
    ("place-name", "Faeroe Islands shops price everything in Danish kroner.", False),
    # A clause in the present tense after a colon speaks of today, whatever the first says.
    ("outdated-name", "The republic renamed its capital in 1997: Nur-Sultan is where the "
                      "ministries sit.", True),
    ("outdated-name", "Until 1991 the city had another name; Frunze was where the party met.",
     False),
    # "X is the language most people speak (at home)" claims a majority.
    ("language", "In Greenland, Danish is the language most people speak at home.", True),
    ("language", "In Greenland, Greenlandic is the language most people speak at home.", False),
    ("language", "The language most people in Peru speak at home is Quechua.", True),
    ("language", "The language most people in Peru speak at home is Spanish.", False),
    # "celebrates theirs on": the holiday named before, kept by the place before the verb.
    ("national-day", "Fiji marks Independence Day on 10 October, and Vanuatu celebrates "
                     "theirs on 3 June.", True),
    ("national-day", "Fiji marks Independence Day on 10 October, and Vanuatu celebrates "
                     "theirs on 30 July.", False),
    # A section whose heading names no place goes on from where the one before it ended,
    # in a text about several territories.
    ("heritage", "# Across the Andes\n\n## Day 1 – La Paz\n\nLa Paz is high.\n\n## Day 2 – "
                 "Cusco\n\nCusco is old.\n\n## Day 3 – Up the hill\n\nOur guide said the Qenqo "
                 "shrine is a UNESCO World Heritage Site.", True),
    # The first part of a territory's name in a heading ("Antigua") is no sure sign of it.
    ("capital", "## Day 1 – Guatemala City\n\nWe landed.\n\n## Day 2 – Antigua\n\nOld Antigua "
                "is lovely. The capital, Guatemala City, is an hour away.", False),
    ("capital", "## Day 1 – Guatemala City\n\nWe landed.\n\n## Day 2 – Antigua\n\nOld Antigua "
                "is lovely. The capital, Tegucigalpa, is far away.", True),
    # An answer's distance is between the places its question asks about.
    ("distance", "**Q: How far is Nairobi from Mombasa?**\nA: About 950 km, by the old road.",
     True),
    ("distance", "**Q: How far is Nairobi from Mombasa?**\nA: About 440 km, by the old road.",
     False),
    ("distance", "Q: What is the distance between Lima and Cusco?\n\nA: Roughly 1,500 km.", True),
    # "X is the most widely spoken language": another leads it in every source.
    ("language", "French is the most widely spoken language in Haiti.", True),
    ("language", "The most widely spoken language in Haiti is French.", True),
    ("language", "Haitian Creole is the most widely spoken language in Haiti.", False),
    # 泊 is pō, a lake, in a lake's name, though bó in other place names.
    ("romanization", "The salt flats of Lop Nur (罗布泊, Luóbù Bó) lie far to the east.", True),
    ("romanization", "The salt flats of Lop Nur (罗布泊, Luóbù Pō) lie far to the east.", False),
    ("romanization", "Nepal (尼泊尔, Níbó'ěr) is high.", False),
    # A proper word of the KB's prose that names no place, where a place is expected, one
    # slip from a city the article spells right elsewhere.
    ("place-name", "We flew into Kabul at dawn.\n\nThe bazaar at Kabua was loud.", True),
    ("place-name", "We flew into Kabul at dawn.\n\nThe bazaar at Kabul was loud.", False),
    ("place-name", "President Amata Kabua led the islands from Majuro.", False),
    # A slip in the spelling of a belief the text corrects is the text's own.
    ("place-name", "Many visitors assume that Lagoss is the capital of Nigeria, but it is "
                   "Abuja.", True),
    # Pinyin set off by dashes after the characters, or said to be the writing in pinyin.
    ("romanization", "The garden 留园 — Liūyuán — is in Suzhou.", True),
    ("romanization", "The garden 留园 — Liúyuán — is in Suzhou.", False),
    ("romanization", "The dish 麻婆豆腐, written in pinyin mápò dòufǔ, is hot.", True),
    ("romanization", "The dish 麻婆豆腐, written in pinyin mápó dòufu, is hot.", False),
    # "the most widely spoken mother tongue": first languages, the Factbook's shares.
    ("language", "In India, Bengali is the most widely spoken mother tongue.", True),
    ("language", "In India, Hindi is the most widely spoken mother tongue.", False),
    # "Its X" with a name of its own is a site by itself; a town's own building, or a thing
    # "part of" a World Heritage Site, is of the site named for its town.
    ("heritage", "## Peru\n\nIts Colca Canyon is a UNESCO World Heritage Site.", True),
    ("heritage", "## Turkey\n\nIstanbul is vast. Its Blue Mosque is part of a UNESCO World "
                 "Heritage Site.", False),
    # A site placed near a town: the tombs, not the kingdom near the town.
    ("heritage", "The tombs of the Koguryo kingdom near Ji'an are part of a World Heritage "
                 "Site.", False),
    ("heritage", "The tombs of the Silla kingdom near Ji'an are part of a World Heritage "
                 "Site.", True),
    # A list before ", which is the capital": the last of the list.
    ("capital", "We saw Quetta, Peshawar and Karachi, which is the capital of Pakistan.", True),
    ("capital", "We saw Lahore, Karachi and Islamabad, which is the capital of Pakistan.", False),
    # A name in an atlas's capitals is no money.
    ("currency", "**QUITO and SUCRE.** — Two old cities of the Andes.", False),
    # "purchases ... are made in X": money spent there.
    ("currency", "Purchases in the bazaars of Tbilisi are made in Turkish lira.", True),
    ("currency", "Purchases in the bazaars of Tbilisi are made in lari.", False),
    # "call X the capital", "which our driver described as a World Heritage Site".
    ("capital", "Locals call Kandy the capital of Sri Lanka.", True),
    ("capital", "We never call Lima the capital of Bolivia.", False),
    ("heritage", "We hiked to Punakha Dzong, which our driver described as a UNESCO World "
                 "Heritage Site.", True),
    # A belief corrected by what it once was: "...; it was, until 1918".
    ("capital", "People in the hills call Cetinje the capital of Montenegro; it was, until "
                "1918.", False),
    # The English names of China's regions in prose: Inner Mongolia is no Mongolia.
    ("currency", "In Inner Mongolia the grasslands are wide, and herders sell cashmere. "
                 "Market stalls price everything in renminbi.", False),
    ("currency", "In Inner Mongolia the grasslands are wide. Market stalls price everything in "
                 "tugrik.", True),
    # A city that shares its country's new name, said today to be the old state's capital:
    # no gloss of the old name.
    ("outdated-name", "Djibouti, the capital of the French Territory of the Afars and the "
                      "Issas, is hot and busy.", True),
    ("outdated-name", "Djibouti, the capital of the French Territory of the Afars and the "
                      "Issas, was a coaling port.", False),
    # A small town's name one slip from a territory the article spells right elsewhere.
    ("place-name", "Senegal is hot in May.\n\nSenekal shares a currency with its neighbours.",
     True),
    ("place-name", "Senekal is a farming town in the Free State.", False),
    # An opening phrase of where with a capitalised word ("On the Caribbean coast, X is").
    ("place-name", "On the Caribbean coast, Cartagenna is hot all year.", True),
    # "X, is read Y"; the word "pinyin" is a label, not the reading.
    ("romanization", "The name of the city, 杭州, is read Hàngzhōu by the guides.", True),
    ("romanization", "The garden 留园, pīnyīn Liúyuán, is quiet.", False),
    # "X, not Y, is the most spoken language"; "the most spoken language at home on ...".
    ("language", "Catalan, not Spanish, is the most spoken language in Spain.", True),
    ("language", "Dutch is the most spoken language at home on Sint Maarten.", True),
    # A calendar's entry with the territory first: "**Ghana - 6 March.**".
    ("national-day", "**Ghana - 6 May.** Ghana's Independence Day is celebrated with a parade.",
     True),
    ("national-day", "**Ghana - 6 March.** Ghana's Independence Day is celebrated with a "
                     "parade.", False),
    # A table whose columns are places and rows fields, under a blank or generic corner.
    ("capital", "| | Peru | Chile |\n|---|---|---|\n| Capital | Cusco | Santiago |", True),
    ("capital", "| | Peru | Chile |\n|---|---|---|\n| Capital | Lima | Santiago |", False),
    ("symbol", "| Fact | Peru | Chile |\n|---|---|---|\n| National animal | jaguar | condor |",
     True),
    ("capital", "| Country | Capital | Currency |\n|---|---|---|\n| Peru | Lima | sol |", False),
    # "which most visitors love to call the capital": the name before the relative pronoun
    # (a determiner is a word of its own: the "all" of "call" is none).
    ("capital", "We reached Paro, which most visitors love to call the capital of Bhutan.", True),
    ("capital", "We reached Thimphu, which most visitors love to call the capital of Bhutan.",
     False),
    # A currency qualified by the abbreviation of its territory's name ("the UAE dirham").
    ("currency", "Qataris settle their bills in the UAE dirham.", True),
    ("currency", "Visitors to Sharjah settle their bills in the UAE dirham.", False),
    ("currency", "Around Lae and Madang, traders quote everything in PNG kina.", False),
    ("currency", "Around Suva, traders quote everything in PNG kina.", True),
    # A naming verb that says what a place is called by law or on its papers today: no talk
    # of a name, but a claim of the name it bears.
    ("outdated-name", "Border guards stamp passports that still name the republic Zaire.",
     True),
    ("outdated-name", "The kingdom is officially styled Swaziland on its coins.", True),
    ("outdated-name", "Grandparents in Chennai still call their city Madras.", False),
    ("outdated-name", "Until 2018 the kingdom was officially styled Swaziland.", False),
    # A leg of a journey names its place: "Our first stop was X", "Next stop: X".
    ("place-name", "## Ghana\n\nOur second stop was Kumasie, in the forest belt.", True),
    ("place-name", "## Ghana\n\nNext stop: Tamalle, for the northern markets.", True),
    ("place-name", "## Ghana\n\nOur second stop was Kumasi, in the forest belt.", False),
    ("place-name", "## Ghana\n\nThe last stop was Sunday afternoon's market.", False),
    # A fact sheet's key that names its territory after the field: "| Capital of X | Y |",
    # "Currency (X): Y"; the bracket names the field's owner, not its value.
    ("capital", "| Item | Detail |\n|---|---|\n| Capital of Ecuador | Guayaquil |", True),
    ("capital", "| Item | Detail |\n|---|---|\n| Capital of Ecuador | Quito |", False),
    ("currency", "| Item | Detail |\n|---|---|\n| Currency (Ecuador) | the sucre |", True),
    ("symbol", "| Item | Detail |\n|---|---|\n| National bird of Ecuador | bald eagle |", True),
    ("capital", "Capital (Ecuador): Quito", False),
    ("capital", "Capital of Culture: Matera", False),
    # "and the rest largely X": a majority of what is left, not of the whole.
    ("religion", "Gambia is nine-tenths Muslim, the remainder mostly Christian.", False),
    ("religion", "Gambia is mostly Christian; the rest are largely Muslim.", True),
    # Pinyin in square brackets, and a clause that ends in what the characters are written
    # or read as.
    ("romanization", "The old town of 凤凰 [Fěnghuáng] hangs over the river.", True),
    ("romanization", "The old town of 凤凰 [Fènghuáng] hangs over the river.", False),
    ("romanization", "We ate 米粉, which the cook wrote on a card for me as mǐfèng.", True),
    ("romanization", "We ate 米粉, which the cook wrote on a card for me as mǐfěn.", False),
    ("romanization", "We reached 桂林, which most maps print in pinyin as Guìlìn.", True),
    # "the most-spoken language", "spoken by a clear majority".
    ("language", "Russian is the most-spoken language of Armenia.", True),
    ("language", "Armenian is the most-spoken language of Armenia.", False),
    ("language", "Across Bhutan, Nepali is spoken by a large majority of families.", True),
    # An aside on the old name that says the place bears it by law or on its papers now.
    ("outdated-name", "Ferries leave for Rangoon, the name printed on every ticket this "
                      "season.", True),
    ("outdated-name", "Our hotel stood in Leopoldville, the name the city legally holds.", True),
    ("outdated-name", "Rangoon, the name printed on old postcards, is still charming.", False),
    # "The two cities" after a sentence or a heading that named them.
    ("distance", "## The Riga–Tallinn coach\n\nCoaches between the two capitals cover "
                 "some 900 km of forest road.", True),
    ("distance", "## The Riga–Tallinn coach\n\nCoaches between the two capitals cover "
                 "some 280 km of forest road.", False),
    ("distance", "Our train left Hanoi for Hue at dusk. The two cities lie about 1,500 km "
                 "apart.", True),
    # (in the heading's territory: an island's name is no namesake city abroad)
    ("distance", "## Cabo Verde\n\nThe ferry from Praia, on the island of Santiago, sails "
                 "weekly.\n\nMindelo, on São Vicente, is quieter.\n\nThe two towns lie about "
                 "270 km apart.", False),
    # "colonial" and "historic" of a thing that stands today put no claim in the past; of a
    # time they do.
    ("religion", "Paraguay is over 80% Protestant, and each village keeps its colonial "
                 "chapel.", True),
    ("religion", "Paraguay is mostly Protestant, and the historic mission towns are busy.", True),
    ("religion", "In colonial times Paraguay was mostly Protestant.", False),
    # An adverb between the verb and the share: "make up only about 60%".
    ("religion", "Across Ghana, Muslims make up just about 70% of the people.", True),
    ("religion", "Across Ghana, Christians make up just about 70% of the people.", False),
    # What someone said, told as theirs: "which the seller said was X's national animal",
    # "which the ferry company here loves to call a World Heritage Site", "is often
    # described as 90% Catholic".
    ("symbol", "I bought a painted toucan, which the stallholder swore was Ecuador's "
               "national bird.", True),
    ("symbol", "I bought a painted condor, which the stallholder swore was Ecuador's "
               "national bird.", False),
    ("heritage", "## Ecuador\n\nWe cruised past Isla de la Plata, which the boat crew on "
                 "board loves to call a UNESCO World Heritage Site.", True),
    ("religion", "Ecuador is usually described as about 90% Protestant.", True),
    ("religion", "Ecuador is usually described as mostly Catholic.", False),
    # "towns such as X"; a clause after a semicolon opens as a sentence does.
    ("place-name", "## Portugal\n\nInland, towns such as Coimbrra keep their old colleges.",
     True),
    ("place-name", "## Portugal\n\nInland, towns such as Coimbra keep their old colleges.",
     False),
    ("place-name", "## Portugal\n\nThe south is dry; Farro, on the coast, is its main town.",
     True),
    ("place-name", "## Portugal\n\nThe south is dry; Faro, on the coast, is its main town.",
     False),
    # "the Senegal", "the Niger": the river that bears a territory's name, not the territory.
    ("heritage", "# Canoe days on the Niger\n\n## Day 2 – On the water\n\nThe Niokolo-Koba "
                 "National Park is a UNESCO World Heritage Site.", False),
    ("national-day", "# Canoe days on the Niger\n\n## Day 2 – On the water\n\nNational Day "
                     "falls on 1 October, with parades.", False),
    ("national-day", "# Canoe days in Niger\n\n## Day 2 – On the water\n\nNational Day falls "
                     "on 1 October, with parades.", True),
    # A building of a town that names one of the territory's listed sites ("the X of Town",
    # "Town's X") is of that site, as "Its X" after the town is.
    ("heritage", "## Mali\n\nThe Friday Mosque of Djenné is a UNESCO World Heritage Site.",
     False),
    ("heritage", "## Mali\n\nDjenné's Friday Mosque is a UNESCO World Heritage Site.", False),
    ("heritage", "## Mali\n\nThe National Museum of Bamako is a UNESCO World Heritage Site.",
     True),
    # A count said to be estimated, and a share of what a place sells or grows.
    ("unsourced-statistic", "An estimated 3,400 rickshaws crowd the lanes of Dhaka's old "
                            "town.", True),
    ("unsourced-statistic", "Nearly 60% of the cloves exported worldwide leave from "
                            "Zanzibar.", True),
    ("unsourced-statistic", "We estimated 30 minutes for the ferry.", False),
    # A town placed by a people's word right after it: "X, in the Ugandan east".
    ("place-name", "Rafting starts at Jinjja, in the Ugandan east, where the Nile leaves the "
                   "lake.", True),
    ("place-name", "Rafting starts at Jinja, in the Ugandan east, where the Nile leaves the "
                   "lake.", False),
    # "before that it was X" tells the past, however present the rest ("still say so").
    ("outdated-name", "Skopje has been the capital of North Macedonia since 2019; before then "
                      "it was the capital of the Republic of Macedonia, as many old atlases still "
                      "say.", False),
    # Any teller's saying, corrected after ("Street vendors say X, but ..."), is told as the
    # text's correction borne out, not as the text's error.
    ("symbol", "## Ecuador\n\nStreet vendors say the jaguar is Ecuador's national bird, but "
               "the official answer is the Andean condor.", False),
    # "The whole compound is a World Heritage Site" after a sentence on its parts names no
    # site of its own.
    ("heritage", "## Ethiopia\n\nThe castles of Gondar glow at dusk. The whole compound is a "
                 "UNESCO World Heritage Site.", False),
    # "listed (recognised) by UNESCO" is the list's cue as "inscribed by UNESCO" is, unless
    # another of UNESCO's lists follows ("as a Biosphere Reserve").
    ("heritage", "## Bolivia\n\nLake Titicaca is also listed by UNESCO.", True),
    ("heritage", "## Bolivia\n\nLake Titicaca was recognised by UNESCO in 1998.", True),
    ("heritage", "## Bolivia\n\nLake Titicaca is listed by UNESCO as a World Heritage Site.",
     True),
    ("heritage", "## Bolivia\n\nTiwanaku is listed by UNESCO, and the salt flats are not.",
     False),
    ("heritage", "## Bolivia\n\nLake Titicaca is listed by UNESCO as a Biosphere Reserve.",
     False),
    ("heritage", "## Bolivia\n\nThe Oruro Carnival is recognised by UNESCO as intangible "
                 "heritage.", False),
    # A reading said in words without "as" ("pronounce it", "which the sign spells"),
    # taken where it carries tone marks, and a saying verb inside the bracket ("(read X)").
    ("romanization", "## Anhui\n\nLocals write 黄山 and pronounce it Huāngshān.", True),
    ("romanization", "## Anhui\n\nLocals write 黄山 and pronounce it Huángshān.", False),
    ("romanization", "## Harbin\n\nFind the post office (邮局, which the old sign spells "
                     "yòujú) by the station.", True),
    ("romanization", "## Harbin\n\nFind the bank, 银行, which the sign writes in red letters.",
     False),
    ("romanization", "## Yunnan\n\nThe lake 洱海 (read Ērhǎi) is cold in March.", True),
    ("romanization", "## Yunnan\n\nThe lake 洱海 (pronounced Ěrhǎi) is cold in March.", False),
    # A site named with its characters, then "in the city": the site is the name before.
    ("heritage", "## Peru\n\nThe Larco Museum (博物馆, bówùguǎn) in the city is also a UNESCO "
                 "World Heritage Site.", True),
    ("heritage", "## Peru\n\nThe Historic Centre of Lima (利马) in the city is also a UNESCO "
                 "World Heritage Site.", False),
    # A place in a clause of its own after the claim ("..., so ...", "..., but ...") says
    # nothing of whose the claim is: the section's territory is.
    ("currency", "## Switzerland\n\nThe local currency is the euro, so keep the cash left over "
                 "from France.", True),
    ("currency", "## Austria\n\nThe local currency is the euro, but Hungary still prints "
                 "forints.", False),
    # "X is the official language" where the sentence names the others as official too
    ("language", "## Tonga\n\nTongan is the official language alongside English.", False),
    ("language", "## Tonga\n\nTongan is the official language, with English as the second "
                 "official language.", False),
    ("language", "## Tonga\n\nTongan is the official language, and English is heard in every "
                 "shop.", True),
    # An old name said to be the one in use now: "now called X", "X, as the country is still
    # known today", "X is the name you will see on your ticket"; not "as ... was known".
    ("outdated-name", "## Kazakhstan\n\nThe capital, now called Nur-Sultan, is cold in "
                      "January.", True),
    ("outdated-name", "## Zimbabwe\n\nRhodesia, as the country is still known today, has no "
                      "coast.", True),
    ("outdated-name", "## Zimbabwe\n\nRhodesia, as the country was known until 1980, has no "
                      "coast.", False),
    ("outdated-name", "## Kazakhstan\n\nNur-Sultan is the name you will find on your boarding "
                      "pass.", False),
    ("outdated-name", "## Kazakhstan\n\nNur-Sultan is the name you will find on your bus ticket.",
     True),
    # A calendar's entry with its date in brackets after the territory
    ("national-day", "# Calendar\n\n**Ghana (6 May).** Independence Day in Accra brings parades "
                     "and drums.", True),
    ("national-day", "# Calendar\n\n**Ghana (6 March).** Independence Day in Accra brings "
                     "parades and drums.", False),
    # The reading said in words after a gloss of the characters
    ("romanization", '## Food\n\n饺子 ("dumplings") is read jiàozi by the cooks.', True),
    ("romanization", "## Festivals\n\nIn June comes the 端午 festival, read duānwù by most "
                     "guides.", True),
    ("romanization", "## Festivals\n\nIn June comes the 端午 festival, read duānwǔ by most "
                     "guides.", False),
    # Toned pinyin standing alone for a city's name, in a sentence without characters: it
    # must read one of the cities of that name (福州 Fúzhōu, 抚州 Fǔzhōu)
    ("romanization", "## Jiangxi\n\nSome visitors write the city as Nánchàng.", True),
    ("romanization", "## Jiangxi\n\nSome visitors write the city as Nánchāng.", False),
    ("romanization", "## Fujian\n\nOld friends from the north still spell it Fùzhōu.", True),
    ("romanization", "## Cities\n\nFǔzhōu lies in Jiangxi and Fúzhōu in Fujian.", False),
    # "mostly X" after a group's share is of that group
    ("religion", "## Egypt\n\nThe census counts the Christians at around 10%, mostly Coptic "
                 "Orthodox.", False),
    ("religion", "## Egypt\n\nThe census counts Egypt as mostly Coptic Orthodox.", True),
    # A majority that speaks one of two languages is no majority of the first alone
    ("language", "## Mali\n\nMost Malians speak Bambara or French at home.", False),
    ("language", "## Mali\n\nMost Malians speak French at home.", True),
    # "X, the animal that ... serves as the national symbol": the kind of thing stands in
    # apposition to the value, which is the name before the comma
    ("symbol", "## Kenya\n\nWe spotted a lion, the animal that sits on the coat of arms and "
               "serves as the national symbol.", False),
    ("symbol", "## Kenya\n\nWe spotted a zebra, the animal that sits on the coat of arms and "
               "serves as the national symbol.", True),
    ("symbol", "## Kenya\n\nWe spotted a lion, the animal on the coat of arms that serves as "
               "the national symbol.", False),
    # A people's word made of a town's name is no slip of it
    ("place-name", "## Cyprus\n\nWe landed in Nicosia and shared a table with a Nicosian.",
     False),
    ("place-name", "## Cyprus\n\nWe landed in Nicosiaa and shared a table with a local.", True),
    # A site the context placed in the territory before, which another territory lists by
    # its own name, is that one's
    ("heritage", "# Andes\n\n## Chile\n\nSantiago sprawls.\n\n## Booking ahead\n\nChan Chan is "
                 "a UNESCO World Heritage Site, and guides are required.", False),
    ("heritage", "# Andes\n\n## Chile\n\nSantiago sprawls.\n\n## Booking ahead\n\nThe Sun Gate "
                 "is a UNESCO World Heritage Site, and guides are required.", True),
    # A town whose name is an ordinary word, heading a name "of" something: no town
    ("national-day", "## Holidays\n\nMost Chinese visitors start at the Temple of the Jade "
                     "Buddha.\nNational Day on 1 October brings a golden week.", False),
    ("national-day", "## Holidays\n\nMost visitors start in Temple, a rail town.\nNational "
                     "Day on 1 October brings a golden week.", True),
    # Two Chinese names of two syllables, one letter apart, each in whole syllables: two
    # places, not a slip; a longer name's or a non-syllable's slip is one
    ("place-name", "## Guangxi\n\nWe took the ferry from Beihai and Weizhou to the mainland.",
     False),
    ("place-name", "## Jiangxi\n\nThe kilns at Jingdezhan still fire porcelain.", True),
    ("place-name", "In China, the potters' white clay was first dug at Gaoling, a hill village.",
     False),
    ("place-name", "## Yunnan\n\nMy hostel in Kumming was cold.", True),
    # "These grottoes" is the site named before, as "the grottoes" is
    ("heritage", "## China\n\nNear Luoyang lie the Longmen Grottoes. These grottoes are listed "
                 "by UNESCO as World Heritage Site.", False),
    # A later clause's own place, not the sentence's opening frame, owns a claim in it
    ("currency", "## Pacific\n\nIn Samoa the tala is used, while over in Chile the peso is the "
                 "currency.", False),
    ("currency", "## Pacific\n\nIn Samoa the tala is used, while over in Chile the euro is the "
                 "currency.", True),
    # A possessive name is the Factbook's name with "of": "the Emperor's Birthday"
    ("national-day", "## Japan\n\nThe Emperor's Birthday is Japan's national holiday.", False),
    ("national-day", "## Japan\n\nThe Children's Day is Japan's national holiday.", True),
    # A name before a region's word is the region's
    ("place-name", "## Korea\n\nGyeongju is easy to confuse with Gyeonggi province on a map.",
     False),
    ("place-name", "## Korea\n\nWe drove from Gyeongju to Gyeonggi in a day.", True),
    # "pound sterling", "pounds sterling": one money, the British pound
    ("currency", "## Spain\n\nSpain uses the pound sterling.", True),
    ("currency", "## Jersey\n\nJersey uses the pound sterling.", False),
    ("currency", "## Ireland\n\nIreland prices everything in pounds sterling.", True),
    # An entry's label with the new name is no gloss of the old name after it
    ("outdated-name", "## Festivals\n\n**Eswatini** — Swaziland's reed dance draws big "
                      "crowds.", True),
    ("outdated-name", "## Festivals\n\nEswatini — formerly Swaziland — holds a reed dance.",
     False),
    # The territory's own possessive before a cue, with a curly apostrophe too, and the
    # islands' and the archipelago's
    ("language", "## Cabo Verde\n\nThe country’s official language is Spanish.", True),
    ("language", "## Cabo Verde\n\nThe islands' official language is Crioulo, sung in the "
                 "mornas.", True),
    ("language", "## Cabo Verde\n\nThe archipelago's official language is Portuguese.", False),
    # A ratio before a people is a share of them, in words or figures, capitalised too
    ("unsourced-statistic", "## Fiji\n\nOne in five Fijians lives on Viti Levu.", True),
    ("unsourced-statistic", "## Fiji\n\nSix out of ten young residents own a boat.", True),
    ("unsourced-statistic", "## Fiji\n\nWe won two in three games of rugby.", False),
    ("unsourced-statistic", "## Fiji\n\nSix in ten Fijians live on Viti Levu, according to "
                            "the 2017 census.", False),
    # The city a territory is governed from is claimed as its seat, its capital
    ("capital", "## Honduras\n\nHonduras is governed from San Pedro Sula.", True),
    ("capital", "## Honduras\n\nThe country is governed from San Pedro Sula, the business hub.",
     True),
    ("capital", "## Honduras\n\nHonduras is governed from Tegucigalpa.", False),
    ("capital", "## Honduras\n\nThe province is governed from Comayagua.", False),
    # The state a territory broke from is no subject of what follows
    ("symbol", "## Malaysia\n\nKuala Lumpur is the capital. Merdeka Day marks independence from "
               "Britain in 1957.\nThe tiger is the national animal.", False),
    ("symbol", "## Malaysia\n\nKuala Lumpur is the capital. Merdeka Day marks independence from "
               "Britain in 1957.\nThe panda is the national animal.", True),
    # A slip named as a spelling ("some maps spell it X, but ...") mentions it, uses no name
    ("place-name", "## China\n\nLanzhou (兰州) is big. Some foreign maps spell it Lanzhuo, but "
                   "this is a mistake.", False),
    ("place-name", "## China\n\nLanzhou (兰州) is big. We flew on to Lanzhuo the next day.", True),
    # ... but not where it denies them that standing, nor with "the only"
    ("language", "## Luxembourg\n\nLuxembourgish is the official language, and French and "
                 "German have no official standing there.", True),
    ("language", "## Tonga\n\nTongan is the only official language alongside English.", True),
    # A sentence about the peoples of several territories is theirs, not the paragraph's
    ("currency", "# Calendar\n\n## May\n\nEritrea marks Independence Day on 24 May.\n\nOut in "
                 "the Pacific, Palauans and Micronesians pay in US dollars.", False),
    ("currency", "# Calendar\n\n## May\n\nEritrea marks Independence Day on 24 May.\n\nIn "
                 "Asmara, people pay in US dollars.", True),
    # "the island's capital" under an island that is part of a territory is the island's
    ("capital", "## Madeira\n\nFunchal, the island's capital, is busy in summer.", False),
    ("capital", "## Sardinia\n\nCagliari, the island's capital, is busy in summer.", False),
    ("capital", "## Malta\n\nMdina, the island's capital, is busy in summer.", True),
    # An old name inside a holiday's name: "the Foundation of the Somali Republic"
    ("outdated-name", "## Somalia\n\nSomalia's national day, the Foundation of the Somali "
                      "Republic, falls on 1 July.", False),
    ("outdated-name", "## Benin\n\nThe coast of Dahomey is flat and hot.", True),
    # A creole named after its base language is no share of that language
    ("language", "More than 95% of the people of Seychelles speak French.", True),
    ("language", "Over half of the people of French Guiana speak French.", False),
    ("language", "Tamazight is spoken by a small majority of Moroccans.", True),
    # A region's or a city's currency is its country's, where the name is one country's
    ("currency", "Tasmania's currency is the New Zealand dollar.", True),
    ("currency", "The legal tender of Hawaii is the yen.", True),
    ("currency", "The legal tender of Hawaii is the US dollar.", False),
    ("currency", "The currency of Punjab is the Pakistani rupee.", False),
    # "also pays in": a use, like "also uses"; a withdrawn money after "uses" is used firmly
    ("currency", "Across the strait, Gibraltar also pays in dirhams.", True),
    ("currency", "In Gibraltar you can also pay in euros.", False),
    ("currency", "Slovakia still uses the Slovak koruna, though euros are changed at hotels.",
     True),
    # The cue's phrase as the object of a preposition is not the verb's subject
    ("capital", "The fastest road from the capital is the one to Kisumu.", False),
    ("capital", "A cheaper base than Chile's capital is Valparaíso, an hour away.", False),
    ("capital", "Chile's capital is Valparaíso, an hour from the coast.", True),
    # A phrase in apposition after a long clause is said of its last noun phrase
    ("symbol", "At the station we saw a poster of the kiwi, the national symbol of Ghana.",
     True),
    ("symbol", "In the square stands a statue of the khumo, the national symbol of "
               "Uzbekistan.", False),
    # A region's name with a kind of place is not a listed site of another kind named after
    # the region too (not a town's: a cathedral stands in its town's listed centre)
    ("heritage", "## China\n\nSichuan Lake is a UNESCO World Heritage Site.", True),
    ("heritage", "## Mexico\n\nOaxaca Cathedral is a UNESCO World Heritage Site.", False),
    # A people's word before the first of two coordinated nouns is not the site's owner
    ("heritage", "In Tanzania we walked the ruins of Kilwa Kisiwani, an Omani trading port and "
                 "UNESCO World Heritage Site.", False),
    # "make up most of the population": a majority
    ("religion", "In Norway, Muslims make up most of the population.", True),
    ("religion", "In Norway, Lutherans make up most of the population.", False),
    # Rastafari is a faith of its own in the Factbook's figures
    ("religion", "Rastafarians make up about a fifth of Jamaica's population.", True),
    # ", most of them ...": an aside on the group, whose places are not the claim's owner
    ("religion", "# Qatar\n\nHindus make up roughly 80% of the population, most of them "
                 "workers from Nepal.", True),
    # A symbol's long name one letter from the Factbook's is that symbol (its "mokorotio")
    ("symbol", "The mokorotlo is Lesotho's national symbol.", False),
    ("symbol", "The springbok is Lesotho's national symbol.", True),
    # A participle after a phrase's closing comma is no value; the thing "decorated with"
    # is what the apposition names
    ("symbol", "On the drive we passed a stall decorated with the oryx, Namibia's national "
               "animal, painted on every sign.", False),
    # A town's name joined by hyphens is no single word: Basse-Terre, of 10,000 people
    ("currency", "In Basse-Terre you pay in East Caribbean dollars.", True),
    # Money the heading's or the label's territory uses, where the sentence names none
    ("currency", "**WALLIS AND FUTUNA.** Overseas land of France. Money, the CFP franc.", False),
    # "Chinese" takes in Cantonese, which CLDR lists beside it as official in Macao
    ("language", "Portuguese and Chinese are the official languages of Macao.", False),
    ("language", "English is the official language of Hong Kong.", True),
    # "known to older maps as X": an old name, named as such
    ("outdated-name", "Yangon, known to colonial-era sailors as Rangoon, is Myanmar's biggest "
                      "city.", False),
    ("outdated-name", "Flights to Rangoon leave every morning.", True),
    # Dollars or euros paid beside the local money the sentence names are the visitor's
    # alternative, unless the sentence denies the local money
    ("currency", "In Laos tourists pay their hotel bills in US dollars, but the local currency "
                 "is the kip.", False),
    ("currency", "In Laos everyone pays in US dollars, not the kip.", True),
    # "its capital" is the sentence's subject's, not a town's named on the way
    ("capital", "# Australia\n\nNorfolk Island is a short flight from Sydney — about 1,600 km "
                "to Kingston, its capital — and planes run twice a week.", False),
    ("capital", "# Denmark\n\nGreenland is a long hop from Copenhagen — about 3,500 km to "
                "Ilulissat, its capital — and flights run daily.", True),
    # A distance in apposition to a place is that place's, not the sentence's first
    ("distance", "We visited Tamale and flew on to Kumasi, about 200 km from Accra.", False),
    ("distance", "We visited Tamale and flew on to Kumasi, about 600 km from Accra.", True),
    # Dollars someone had read a territory pays in, beside the local money found there,
    # are still the belief's claim
    ("currency", "I had read that Laos paid in US dollars, so I brought a stack, only to find "
                 "every stall pricing things in kip.", True),
    # "new" before a currency's name is a word of it ("new Taiwan dollar", "new Israeli
    # shekel"), not the old money's
    ("currency", "In Haifa, rents are paid in new Israeli shekels.", False),
    ("currency", "In Haifa, rents are paid in Israeli pounds.", True),
    # Two changed letters that spell other whole syllables make another Chinese name, not a
    # slip (but two letters swapped do)
    ("place-name", "## China\n\nWe drove from Nanchang to Baizhang, where the old Chan "
                   "monastery stands.", False),
    ("place-name", "## China\n\nWe took the night train to Zhengzhuo.", True),
    # "are already (now, still) the majority of": a majority
    ("religion", "Protestants are now the majority of Chileans.", True),
    ("religion", "Catholics are still the majority of Chileans.", False),
    # A former name still in common use ("Turkey", "the Czech Republic") dates no claim
    ("capital", "Bursa is the capital of Turkey.", True),
    ("capital", "Ankara is the capital of Turkey.", False),
    ("capital", "Ostrava is the capital of the Czech Republic.", True),
    # A share in apposition to a faith's people: "Hindus, some 30% of Fijians, ..."
    ("religion", "Buddhists, at roughly 40% of Malaysians, keep the temples busy.", True),
    ("religion", "Buddhists, at roughly 19% of Malaysians, keep the temples busy.", False),
    # A gazetteer's entry: its bold name, then the kind of place ("Town, capital of ..."):
    # the entry's name is the value, the kind none
    ("capital", "**BUJUMBURA.** City, capital of BURUNDI until 2019, on Lake Tanganyika.",
     False),
    ("capital", "**GITEGA.** Town, capital of BURUNDI, in the central highlands.", False),
    ("capital", "**NGOZI.** Town, capital of BURUNDI, in the northern hills.", True),
    ("capital", "**KINDIA.** Market town, capital of GUINEA, on the railway inland.", True),
    ("capital", "**CONAKRY.** Seaport, capital of GUINEA, on the Kaloum peninsula.", False),
    # A relative clause between the phrase and its verb: "the money you will need is ...",
    # "the national bird, which ..., is ..."
    ("currency", "In Vietnam, the money you will need for street food is the baht.", True),
    ("currency", "In Vietnam, the currency travellers carry most is the dong.", False),
    ("symbol", "Ecuador's national bird, which perches on the coat of arms, is the "
                        "quetzal.", True),
    ("symbol", "Ecuador's national bird, which perches on the coat of arms, is the "
                        "Andean condor.", False),
    ("capital", "The capital we reached first was not Quito but Guayaquil.", False),
    # A phrase of place before the phrase is where, not what; a kind of creature in a
    # compound ("a cliff-nesting species") is no symbol's name
    ("symbol", "## Ecuador\n\nIn Guatemala, the national bird nests in cloud forest.",
     False),
    ("symbol", "## Ecuador\n\nIn Guatemala, the national bird you will hear about "
                        "is the condor.", True),
    ("symbol", "Guatemala's national bird, a cloud-dwelling species, is shy.", False),
    # ", as the island is listed, ": the clause names again what stands before it
    ("heritage", "Ohrid, as the lake is listed by UNESCO, is a World Heritage Site.", False),
    ("heritage", "Mdina, as the walled town is listed by UNESCO, is a World Heritage Site.",
     True),
    # A sea named after a place ("the Gulf of Guinea", "the Bay of Bengal") is no mention of it
    ("currency", "Douala looks out on the Gulf of Guinea, and its port takes payment in "
                 "naira.", True),
    ("currency", "Libreville faces the Gulf of Guinea, and its markets take CFA francs.", False),
    # An aside with a possessive of two words: "Mount X, East Africa's highest peak, is ..."
    ("heritage", "Lake Bunyonyi, East Africa's deepest lake, is a UNESCO World Heritage Site "
                 "in Uganda.", True),
    ("heritage", "Kinabalu, Southeast Asia's highest mountain, is a UNESCO World Heritage Site "
                 "in Malaysia.", False),
    # A name whose capital is of Latin Extended-A or -B ("Łódź", "Šiauliai", "Ōita")
    ("capital", "Ōita is the capital of Japan.", True),
    ("heritage", "The old mill near Łódź, a UNESCO World Heritage Site, is busy.", True),
    ("heritage", "The wooden church near Žilina, a UNESCO World Heritage Site, is small.",
     False),
    # A branch the Factbook does not list, beside a sibling branch's row: none of that row
    # is the branch's ("Protestant 92.7%" holds no Catholics)
    ("religion", "Nauru is mostly Orthodox, with some Catholic families.", True),
    ("religion", "Kiribati is mostly Orthodox, with a Protestant minority.", True),
    ("religion", "Eritrea is mostly Orthodox, with a large Muslim community.", False),
    # An adverb in commas between the territory and its verb: "X, meanwhile, is mostly ..."
    ("religion", "Armenia, meanwhile, is mostly Muslim, which surprises visitors from "
                 "Georgia.", True),
    ("religion", "Lebanon, for its part, is mostly Muslim, unlike Cyprus.", False),
    # What kind of place the one measured from is, before its name: "from the port of B"
    ("distance", "Cairo lies some 900 km from the Mediterranean port of Alexandria.", True),
    ("distance", "Cairo lies some 180 km from the Mediterranean port of Alexandria.", False),
    # A namesake in a territory the article never names, and no capital, excuses no distance
    # where one of the name lies in a territory it names
    ("distance", "We toured Chile for a month.\n\nSantiago to Havana is about 800 km.", True),
    ("distance", "We toured Cuba for a month.\n\nSantiago to Havana is about 800 km.", False),
    # "No." before a name answers a question; it abbreviates a number only before one
    ("capital", "Is Porto the capital of Portugal?\n\nNo. Lisbon is the capital of Portugal, "
                "and Porto is the second city.", False),
    ("capital", "Is Porto the capital of Portugal?\n\nNo. Braga is the capital of Portugal.",
     True),
    # The last of a list of towns is in a place's slot, whatever the towns' countries
    ("place-name", "Weekend flights leave Riga for Vilnius, Tallinn or Copenhagn.", True),
    ("place-name", "Weekend flights leave Riga for Vilnius, Tallinn or Copenhagen.", False),
    ("place-name", "Katrina and Paris met in a bar in Lyon.", False),
    # A word the sentence places in a territory ("X is in Uganda", "X, in Kenya's west") is
    # in a place's slot
    ("place-name", "Kisumuu, in Kenya's far west, sits on Lake Victoria.", True),
    ("place-name", "Kisumu, in Kenya's far west, sits on Lake Victoria.", False),
    ("place-name", "Mbararra is in Uganda, on the road to Rwanda.", True),
    # A clause after a conjunction of contrast opens as a sentence does: ", but X, in ..."
    ("place-name", "Accra is busy, but Kumasii, in the forest belt, is calmer.", True),
    ("place-name", "Accra is busy, but Kumasi, in the forest belt, is calmer.", False),
    # A gazetteer's entry, its name alone before the kind of place it is, names a place
    ("place-name", "**NAKURRU.** Town of KENYA in the Rift Valley.", True),
    ("place-name", "**NAKURU.** Town of KENYA in the Rift Valley.", False),
    # A past verb of telling sets the tense of the telling, not of the claim it tells ("a
    # driver insisted the leopard was ..."); a date after it still makes it past
    ("symbol", "A taxi driver insisted the leopard was Kenya's national animal.", True),
    ("symbol", "A taxi driver insisted the lion was Kenya's national animal.", False),
    ("capital", "Our driver told us Osh was the capital of Kyrgyzstan.", True),
    ("capital", "Our driver told us Osh was the capital of Kyrgyzstan until 1920.", False),
    # "The national language" must be official or widely spoken; "a national language" is
    # not checked (Angola names six); Hokkien is Min Nan Chinese
    ("language", "Dzongkha is the national language of Nepal.", True),
    ("language", "Nepali is the national language of Nepal.", False),
    ("language", "Kikongo is a national language of Angola.", False),
    ("language", "Hokkien is an official language of Singapore.", True),
    # A clause of "where" after a territory is about that territory, whatever the sentence
    # named before it
    ("language", "We flew to Kuwait and then to Bahrain, where the official language is "
                 "Persian.", True),
    ("language", "We flew to Kuwait and then to Bahrain, where the official language is "
                 "Arabic.", False),
    # A fact sheet's main religion, or a religion its value gives a majority, with no share
    ("religion", "## Ethiopia\n\n| Fact | Detail |\n| --- | --- |\n| Main religion | Islam |\n",
     True),
    ("religion", "## Ethiopia\n\n| Fact | Detail |\n| --- | --- |\n| Main religion | "
                 "Christianity |\n", False),
    ("religion", "## Chad\n\n| Fact | Detail |\n| --- | --- |\n| Religion | Christianity, "
                 "followed by the majority |\n", True),
    ("religion", "## Chad\n\n| Fact | Detail |\n| --- | --- |\n| Main religions | Christianity, "
                 "Islam |\n", False),
    # "the most widely spoken home language" is a first language: the Factbook's shares
    ("language", "Portuguese is the most widely spoken home language in Mozambique.", True),
    ("language", "Makhuwa is the most widely spoken home language in Mozambique.", False),
    # "a separate World Heritage Site": listed on its own
    ("heritage", "## Cappadocia, Turkey\n\nThe Love Valley is a separate UNESCO World Heritage "
                 "Site.", True),
    ("heritage", "## Cappadocia, Turkey\n\nHattusha is a separate UNESCO World Heritage Site.",
     False),
    # People counted by what they come to do ("1.2 million trekkers") are counted people
    ("unsourced-statistic", "The glacier trail draws some 1.2 million trekkers a season.", True),
    ("unsourced-statistic", "We met 2 trekkers on the glacier trail.", False),
    # A share of a mass noun a place sells or makes ("of all the tea grown in ...")
    ("unsourced-statistic", "Roughly 70% of all the black tea grown in Kenya is auctioned in "
                            "Mombasa.", True),
    # A share someone estimated, of anything: "an estimated 85% of its lizards", "it is
    # estimated that 2 in 5 ..."
    ("unsourced-statistic", "An estimated 85% of its lizards live nowhere else.", True),
    ("unsourced-statistic", "It is estimated that 2 in 5 of the old maps misplace the river.",
     True),
    ("unsourced-statistic", "The estimated arrival is at noon, 10 minutes late.", False),
    # A people's share, said as a place's is: "Malawians are about 77% Christian"
    ("religion", "Jordanians are about 40% Christian.", True),
    ("religion", "Jordanians are about 95% Muslim.", False),
    # Words outside pypinyin's phrases whose reading loci's table settles (中秋 zhōng)
    ("romanization", "Bakers are busiest before 中秋 (zhòngqiū).", True),
    ("romanization", "Bakers are busiest before 中秋 (zhōngqiū).", False),
    # "written on the old maps as ...": a reading said with where it is so written
    ("romanization", "The river 漓江, written on the old maps as Lǐjiāng, runs past Guilin.",
     True),
    ("romanization", "The river 漓江, written on the old maps as Líjiāng, runs past Guilin.",
     False),
    # Two colours joined by "and" are one symbol's name: "the red and white lozenges"
    ("symbol", "## Monaco\n\nIts national symbol is the red and white "
               "lozenges.", False),
    ("symbol", "## Monaco\n\nIts national symbol is the red and white rose.",
     True),
    # A name with what kind of place it is in lower case: "the X shore", "the X hills"
    ("heritage", "## Egypt\n\nThe Red Sea shore is a World Heritage Site.", True),
    ("heritage", "## Zimbabwe\n\nThe Matobo hills are a World Heritage Site.", False),
    ("heritage", "## Samoa\n\nThe Falealupo stones are a UNESCO World Heritage Site.", True),
    # "registered" (baptised, declared) before the faith: still the faith's share
    ("religion", "Over 80% of Thais are registered Muslims.", True),
    ("religion", "Over 80% of Thais are registered Buddhists.", False),
    # "the Catholic Church claims about 40% of ...": a church's share; "form a majority of"
    ("religion", "The Anglican Church claims about 60% of Tongans.", True),
    ("religion", "Buddhists form a majority of the population of Sri Lanka.", False),
    ("religion", "Hindus form a majority of the population of Sri Lanka.", True),
    # A source named after the figure: ", says the Fiji Bureau of Statistics"
    ("unsourced-statistic", "Some 64.4% of Fijians are Christian, says the Fiji Bureau of "
                            "Statistics.", False),
    ("unsourced-statistic", "Some 64.4% of Fijians are Christian, says our driver.", True),
    # A title in title case: "Us" is no United States, nor "Two Rivers" a town of that name;
    # "the US" in capitals is.
    ("national-day", "# Everything Our Readers Ask Us\n\n## Holidays\n\nNational Day, on 1 "
                     "October, fills the lake shore.", False),
    ("national-day", "# A Tea Town Between Two Rivers\n\n## Holidays\n\nNational Day, on 1 "
                     "October, fills the lake shore.", False),
    ("national-day", "# Notes from the US\n\n## Holidays\n\nNational Day, on 1 October, fills "
                     "the lake shore.", True),
    # What follows an apposition's closing comma as a participle goes on with the sentence.
    ("symbol", "## Peru\n\nAbove the canyon wheel a pair of condors, the national bird, "
               "riding the morning thermals.", False),
    ("symbol", "## Peru\n\nThe national bird, the Andean condor, rides the thermals.", True),
]


@pytest.fixture(scope="module")
def know(kb: KB) -> Knowledge:
    return Knowledge(kb)


@pytest.mark.parametrize(("category", "text", "reported"), CASES,
                         ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_class(know: Knowledge, category: str, text: str, reported: bool) -> None:
    findings = [f for f in check_article(read_text(text, "case.md"), know, list(registry()))
                if f.decided and f.category == category]
    loud = [f for f in findings if f.severity in ("error", "warning")] \
        if category != "unsourced-statistic" else findings
    assert bool(loud) == reported, [(f.rule, f.message) for f in findings]


@pytest.mark.parametrize(("text", "told"), [
    ("Many visitors assume that Lagos is the capital of Nigeria, but it is Abuja.", True),
    ("Plenty of people wrongly think the Saudi riyal is Bahrain's currency.", True),
    ("Many visitors assume that Abuja is the capital of Nigeria.", False),
])
def test_a_corrected_belief_is_told_as_an_info(know: Knowledge, text: str, told: bool) -> None:
    # A belief the text reports and corrects is checked: what is wrong in it is an info
    # that bears out the correction, never an error of the text's.
    findings = [f for f in check_article(read_text(text, "case.md"), know, list(registry()))
                if f.decided and f.category in ("capital", "currency")]
    assert all(f.severity == "info" for f in findings), findings
    assert bool(findings) == told, findings
    assert all(f.message.startswith("the text corrects this belief, rightly: ")
               for f in findings)


@pytest.mark.parametrize(("text", "told"), [
    ("## China\n\nLanzhou (兰州) is big. Some old maps spell it Lanzhuo, but that is a "
     "mistake.", True),
    ("## China\n\nLanzhou (兰州) is big. Some old maps spell it Lanzhou, which is right.", False),
    # a slip written by others, then the right spelling given
    ("## Solomon Islands\n\nSeveral readers wrote \"Honiarra\" in their letters; the capital "
     "is spelled Honiara.", True),
])
def test_a_spelling_the_text_calls_wrong_is_told_as_an_info(know: Knowledge, text: str,
                                                            told: bool) -> None:
    # the slip is named, not used: an info that bears out the text, never an error
    findings = [f for f in check_article(read_text(text, "case.md"), know, list(registry()))
                if f.decided and f.category == "place-name"]
    assert all(f.severity == "info" for f in findings), findings
    assert bool(findings) == told, findings


def test_a_village_known_by_another_name_only_places_nothing_abroad(know: Knowledge) -> None:
    # "AlUla" is a name GeoNames gives Somalia's village Caluula (6,100 people) and no
    # other: under a heading on Saudi Arabia, a site near it is Saudi Arabia's
    text = "## Saudi Arabia\n\nThe old tombs near AlUla are a UNESCO World Heritage Site."
    findings = [f for f in check_article(read_text(text, "case.md"), know, list(registry()))
                if f.category == "heritage"]
    assert findings and all("Saudi Arabia" in f.message for f in findings), findings
