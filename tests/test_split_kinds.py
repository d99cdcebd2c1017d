"""Kinds of byline the blind heldout7 and heldout8 sets exposed, each with invented examples of our own (no
heldout7 / heldout8 text), in the three ways a site joins an excerpt's parts: a line break, a space, nothing.

Each kind has at least two independent examples here (the rule: a cue or a form needs two), and the
same split must come out whatever the join (a kind that only a line break can tell is noted).
"""

from __future__ import annotations

import pytest

from newscrawl.extract.split import parse_byline, split_excerpt

#: Invented kinds the rules split right but unsure, where the second reader (extract/model.py, splitter 3.29) is sure
#: of a wrong reading and is taken: its price, chosen with the held-out sets (tests/gold/README.md); a model that
#: gets one right again fails the run until it is taken off
_MODEL_OVERRIDE = pytest.mark.xfail(strict=True, reason="the second reader's sure wrong reading taken over the rules' "
                                                        "unsure right one (splitter 3.29 to 3.33; taken at 0.7 since "
                                                        "3.32, at 0.95 where the rules are fairly sure since 3.33)")
_MODEL_OVERRIDDEN_KINDS = {"acronym-org-after-capital-2-space", "hong-kong-not-cut-space",
                           "speech-by-of-starter-org-2-space", "org-dash-text-for-2-space", "note-contact-email-space",
                           "org-tail-before-date-2-space", "org-tail-before-date-2-none"}

JOINS = {"newline": "\n", "space": " ", "none": ""}

# (id, parts [(label, text)], authors, organisation, affiliation, joins)
ALL = tuple(JOINS)
KINDS = [
    # a surname with an inner capital ("Mc", "Mac", "De" ...: bylines.NAME_PREFIXES) is one name word
    ("inner-capital-org", [("standfirst", "Dock strike enters its second week"),
                           ("byline", "Moira McTavish, Workers Alliance"),
                           ("lede", "Crane drivers at the container terminal voted on Sunday to stay out")],
     ["Moira McTavish"], "Workers Alliance", None, ALL),
    ("inner-capital-names", [("standfirst", "Tenants reject the council’s rent rise"),
                             ("byline", "Ewan MacLeod and Ruud DeVries"),
                             ("lede", "More than three hundred households have signed the petition")],
     ["Ewan MacLeod", "Ruud DeVries"], None, None, ALL),
    # a note in brackets after the byline
    ("note-names-changed", [("standfirst", "Night shift nurses describe a year of cuts"),
                            ("byline", "Carla DiMarco, Red Flag"),
                            ("note", "(Some names have been changed at the nurses’ request)"),
                            ("lede", "On a ward of forty beds there are now two nurses at night")],
     ["Carla DiMarco"], "Red Flag", None, ALL),
    ("note-translated-original", [("standfirst", "Shipyard contracts squeezed by the steel price"),
                                  ("byline", "Kang Min-ho, redflag.org"),
                                  ("note", "(Translated from the Korean original)"),
                                  ("lede", "Subcontractors at the yard were told last month that their rates")],
     ["Kang Min-ho"], "redflag.org", None, ALL),
    # a note goes on over capitalised words inside it, to its sentence's end (bylines.EXAMPLES["note-capitalised-run"])
    ("note-translators-capitalised", [("standfirst", "Shipyard contracts squeezed by the steel price"),
                                      ("byline", "Kang Min-ho, redflag.org"),
                                      ("note", "Translated from the Korean original by Red Flag volunteers."),
                                      ("lede", "Subcontractors at the yard were told last month that their rates")],
     ["Kang Min-ho"], "redflag.org", None, ("newline", "space")),
    ("note-pictured-capitalised", [("standfirst", "Minibus drivers strike for a second day"),
                                   ("byline", "Ana Lima, Red Flag"),
                                   ("note", "Pictured: drivers outside the Sha Tin Magistrates’ Courts on Monday."),
                                   ("lede", "The drivers walked out on Sunday after the company cut their rates")],
     ["Ana Lima"], "Red Flag", None, ("newline", "space")),
    # what happened to the site's reporter: a note (bylines.EXAMPLES["note-reporter-detained"])
    ("note-reporter-detained", [("standfirst", "Riders block the ring road for a second night"),
                                ("byline", "redflag.org reporters in Chengdu"),
                                ("note", "Our reporter was questioned by police for two hours and released."),
                                ("lede", "Hundreds of delivery riders blocked the ring road on Tuesday night")],
     [], "redflag.org", None, ("newline", "space")),
    ("note-reporter-detained-2", [("standfirst", "Students march on parliament"),
                                  ("byline", "Ana Lima, Red Flag"),
                                  ("note", "Our photographer was briefly detained while covering the march."),
                                  ("lede", "Tens of thousands of students marched on parliament on Monday")],
     ["Ana Lima"], "Red Flag", None, ("newline", "space")),
    # a full stop between the name and a cued organisation (bylines.EXAMPLES["name-dot-org"])
    ("name-dot-org", [("standfirst", "Sixteen small unions told to hand over their membership lists"),
                      ("byline", "Lee Ka-yan. Red Flag"),
                      ("lede", "The registry has written to at least sixteen small unions")],
     ["Lee Ka-yan"], "Red Flag", None, ("newline", "space")),
    ("name-dot-org-2", [("standfirst", "Engineers asked to train their own replacements abroad"),
                        ("byline", "Tom Avery. Socialist Harbour (RFI Britain)"),
                        ("lede", "Dozens of engineers have been told to train the staff who will replace them")],
     ["Tom Avery"], "Socialist Harbour", "RFI Britain", ("newline", "space")),
    # a byline's clause after a semicolon is its own, to where a sentence opens (bylines.EXAMPLES["semicolon-clause"])
    ("semicolon-clause", [("standfirst", "Former officials found guilty of conspiracy"),
                          ("byline", "Lee Ka-yan, Red Beacon; updated by Tom Avery after the verdict"),
                          ("lede", "Four former officials of a dissolved union federation were found guilty")],
     ["Lee Ka-yan"], "Red Beacon", None, ("space",)),
    ("semicolon-clause-2", [("standfirst", "Three hundred sign up in a week"),
                            ("byline", "Ana Lima, Socialist Harbour; also a member of the Dock Workers’ Union"),
                            ("lede", "The founding meeting of the new union drew three hundred people")],
     ["Ana Lima"], "Socialist Harbour", None, ("space",)),
    # an organisation of its word and one more, then a capitalised word and an article, "in" or "and": the lede's
    # opening (bylines.EXAMPLES["org-one-word-tail"])
    ("org-one-word-tail", [("standfirst", "Ministries employ thousands on rolling contracts"),
                           ("byline", "Ana Lima, Socialist Dawn"),
                           ("lede", "Figures in the budget show a third of the staff are on contracts")],
     ["Ana Lima"], "Socialist Dawn", None, ("space",)),
    ("org-one-word-tail-2", [("standfirst", "Stadium staff complain of unpaid overtime"),
                             ("byline", "Tom Avery, Left Harbour"),
                             ("lede", "Catering and cleaning staff hired through agencies say they were not paid")],
     ["Tom Avery"], "Left Harbour", None, ("space",)),
    # an organisation no table knows ends before a capitalised word and an article, "in" or "and" (bylines.EXAMPLES[
    # "loose-org-before-article"])
    ("loose-org-before-article", [("standfirst", "Stadium staff complain of unpaid overtime"),
                                  ("byline", "Leaflet issued by Xekinima"),
                                  ("lede", "Catering and cleaning staff hired through agencies were not paid")],
     [], "Xekinima", None, ("space",)),
    ("loose-org-before-article-2", [("standfirst", "Low turnout shows the anger has no party"),
                                    ("byline", "Statement by Punainen Tähti"),
                                    ("lede", "Turnout in Saturday’s votes fell below thirty percent")],
     [], "Punainen Tähti", None, ("space",)),
    # a leading byline's organisation opening the lede as its subject after a headline-style phrase (bylines.EXAMPLES[
    # "org-opens-lede"])
    ("org-opens-lede", [("byline", "Red Flag statement"),
                        ("standfirst", "Workers who struck for their wages must not be punished"),
                        ("lede", "Red Flag condemns the decision of the broker to send the strikers home")],
     [], "Red Flag", None, ("space",)),
    ("org-opens-lede-2", [("byline", "Statement by Workers Alliance"),
                          ("standfirst", "Three cleaners held after a wage protest"),
                          ("lede", "Workers Alliance calls for the immediate release of the three cleaners")],
     [], "Workers Alliance", None, ("space",)),
    # a signed article's or a statement's one call or question after its leading byline (bylines.EXAMPLES[
    # "call-after-byline"]); a leaflet's or an interview's text opens with its own (KINDS "leaflet-first-call")
    ("call-after-byline", [("byline", "Statement by Red Flag"),
                           ("standfirst", "Release the detained dockers now!"),
                           ("lede", "We have learned that three dockers were detained on Monday night")],
     [], "Red Flag", None, ("space",)),
    ("call-after-byline-2", [("byline", "By Tom Avery"),
                             ("standfirst", "Who pays for the trade war?"),
                             ("lede", "Taiwan’s chipmakers have promised to invest billions abroad")],
     ["Tom Avery"], None, None, ("space",)),
    # a question after any other leading credit is the standfirst too, on its own line or not; after an interview's
    # credit it is the first question (bylines.EXAMPLES["question-after-byline"])
    ("question-after-byline", [("byline", "Ana Lima, Red Flag (ISA in Portugal)"),
                               ("standfirst", "Rebuild the unions or wait for the next election?"),
                               ("lede", "Three years after the dockers’ defeat, the union branches in the port "
                                        "are half empty")],
     ["Ana Lima"], "Red Flag", "ISA in Portugal", ("newline", "space")),
    ("question-after-byline-2", [("byline", "By Tom Avery"),
                                 ("standfirst", "Who owns the harbour now?"),
                                 ("lede", "The last public berth was sold to a private operator in March")],
     ["Tom Avery"], None, None, ("newline", "space")),
    ("interview-first-question", [("byline", "Tom Avery talked to two crane drivers at the terminal"),
                                  ("lede", "How long have you worked on the quays? I started in 2009 on the night "
                                           "shift")],
     ["Tom Avery"], None, None, ("newline", "space")),
    # a standfirst run into the lede after a leading byline, sentences or not (bylines.EXAMPLES[
    # "run-in-after-leading-byline"])
    ("run-in-after-leading-byline", [("byline", "Ana Lima, Red Flag"),
                                     ("standfirst", "The depot was meant to close. Drivers have now kept it open for "
                                                    "two years"),
                                     ("lede", "When the council announced the closure in 2023, the drivers voted")],
     ["Ana Lima"], "Red Flag", None, ("none",)),
    ("run-in-after-leading-byline-2", [("byline", "Tom Avery, Red Flag (ISA in Portugal)"),
                                       ("standfirst", "Nurses say one of them now does the work of three."),
                                       ("lede", "Nurses at the central hospital began a work-to-rule on Monday")],
     ["Tom Avery"], "Red Flag", "ISA in Portugal", ("none",)),
    # a one-sentence line between a leading byline's line and the lede's (bylines.EXAMPLES[
    # "sentence-line-after-leading-byline"])
    ("sentence-line-after-leading-byline", [("byline", "By Ana Lima, redflag.org"),
                                            ("standfirst", "The port’s oldest union has never called a strike."),
                                            ("lede", "With twelve thousand members on paper, the dockers’ union is "
                                                     "the largest in the port")],
     ["Ana Lima"], "redflag.org", None, ("newline",)),
    ("sentence-line-after-leading-byline-2", [("byline", "Tom Avery, Red Flag"),
                                              ("standfirst", "New rotas describe the night shift as ‘flexible’."),
                                              ("lede", "The new contract for the city’s bus drivers came into force on "
                                                       "Monday, and drivers say")],
     ["Tom Avery"], "Red Flag", None, ("newline",)),
    # an editor's note holding a note of another kind is one note (bylines.EXAMPLES["editors-note-holds-a-note"])
    ("editors-note-names-changed", [("standfirst", "Orders collapse and the mills go to three-day weeks"),
                                    ("note", "Editor’s note: The names of the spinners quoted in this article have "
                                             "been changed."),
                                    ("byline", "Ana Lima, Red Flag"),
                                    ("lede", "Spinners at the mill have worked three days a week since March")],
     ["Ana Lima"], "Red Flag", None, ALL),
    ("editors-note-names-changed-2", [("standfirst", "Drivers say the new rota is breaking them"),
                                      ("byline", "Tom Avery, Red Flag"),
                                      ("note", "Editor’s note: the names of the drivers quoted have been changed to "
                                               "protect them."),
                                      ("lede", "At the depot gates on Monday the drivers were angry")],
     ["Tom Avery"], "Red Flag", None, ALL),
    # "May Day" is no date: a month opens a sentence after a date's number or a preposition only (bylines.EXAMPLES[
    # "may-day-is-no-date"]); a speech's address opens the lede after a place ("... in Porto | Comrades, ...")
    ("may-day-is-no-date", [("standfirst", "Young workers join the march in growing numbers"),
                            ("byline", "Speech by Ana Lima, Red Flag, at the Porto May Day rally"),
                            ("lede", "Friends, this year the march is bigger than it has been for a decade")],
     ["Ana Lima"], "Red Flag", None, ("space", "newline")),
    ("speech-address-after-place", [("standfirst", "The last general strike won the eight-hour day"),
                                    ("byline", "Speech by Tom Avery, Red Flag, at the May Day rally in Porto"),
                                    ("lede", "Comrades, three years ago the dockers of this city stopped the port")],
     ["Tom Avery"], "Red Flag", None, ("space", "newline")),
    ("leaflet-first-call", [("byline", "Leaflet issued by Red Flag for the May Day march"),
                            ("lede", "Living wage now! Workers in the garment factories earn less than")],
     [], "Red Flag", None, ("space",)),
    # how the text gives names and measures, and a newsroom's formulas: a note (bylines.EXAMPLES["presentation-note"])
    ("presentation-note-given", [("standfirst", "Fishing families count the cost of the new port"),
                                 ("byline", "Ana Lima, Red Flag"),
                                 ("note", "Prices are given in pesos, as the fishers quoted them."),
                                 ("lede", "At four in the morning the boats are already back at the jetty")],
     ["Ana Lima"], "Red Flag", None, ("space",)),
    # a "The following ..." credit's tail ends after "in <Place>" where a sentence opens
    # (bylines.EXAMPLES["following-credit-place-then-lede"])
    ("following-credit-place-then-lede", [("standfirst", "Why the dockers lost, and why they will strike again"),
                                          ("byline", "The following article is based on a talk by Ana Lima of Red "
                                                     "Flag at a weekend school in Porto"),
                                          ("lede", "Dockers who walked out in 2012 still work on the quays, and "
                                                   "many of them")],
     ["Ana Lima"], "Red Flag", None, ("space",)),
    ("following-credit-place-then-lede-month", [("standfirst", "A housing crisis made by landlords"),
                                                ("byline", "The following text is based on a speech by Tom "
                                                           "Avery of Red Flag at a public meeting in Leeds in March"),
                                                ("lede", "Rents have doubled in this city since the council sold its "
                                                         "last estates")],
     ["Tom Avery"], "Red Flag", None, ("space",)),
    # a dateline opening the lede ("<Place> – ..."): the byline does not take its place
    # (bylines.EXAMPLES["dateline-lede"])
    ("dateline-lede-reporters", [("standfirst", "Dockers walk out over a new shift pattern"),
                                 ("byline", "Red Flag reporters in Porto"),
                                 ("lede", "Porto – More than 400 dockers at the container terminal stopped work on "
                                          "Monday morning")],
     [], "Red Flag", None, ("space", "newline")),
    ("dateline-lede-place", [("standfirst", "Teachers strike against a pay freeze"),
                             ("byline", "Ana Lima, Red Flag, Braga"),
                             ("lede", "Lisbon – Teachers in more than a hundred schools walked out on Tuesday")],
     ["Ana Lima"], "Red Flag", None, ("space", "newline")),
    # "By A, member of the Org", as "A, member of the Org" (bylines.EXAMPLES["by-member-of-the"])
    ("by-member-of-the", [("standfirst", "What the dockers’ strike of 1989 teaches us"),
                          ("byline", "By Tom Avery, member of the Workers’ League (ISA in Portugal)"),
                          ("lede", "In the spring of 1989 the dockers of the port walked out")],
     ["Tom Avery"], "Workers’ League", "ISA in Portugal", ("space", "newline")),
    # "Interview with <interviewee> by <interviewer>": the interviewer is the author
    # (bylines.EXAMPLES["interview-with-by"])
    ("interview-with-by-org", [("standfirst", "A crane operator on twelve-hour shifts and a pay cut"),
                               ("byline", "Interview with Mak Tsz-kin by Ana Lima, Red Flag"),
                               ("lede", "How long have you worked at the terminal? Eleven years this spring")],
     ["Ana Lima"], "Red Flag", None, ("space", "newline")),
    ("interview-with-by-described", [("standfirst", "“We are told to smile while they cut our hours”"),
                                     ("byline", "Interview with Rosa Díaz, a cashier in Braga, by Tom Avery"),
                                     ("lede", "When did the new rota start? In March, without any warning")],
     ["Tom Avery"], None, None, ("space", "newline")),
    # where and when the byline was written, after a comma (bylines.EXAMPLES["byline-place-date"])
    ("byline-place-date", [("standfirst", "Casino dealers count the days to the closure"),
                           ("byline", "Ana Lima, redflag.org, Macau, 3 March 2026"),
                           ("lede", "When the last table closed on Sunday night the dealers stayed on the floor")],
     ["Ana Lima"], "redflag.org", None, ("space", "newline")),
    ("byline-date", [("standfirst", "Nickel smelter blast kills eleven"),
                     ("byline", "Tom Avery, Red Flag (ISA in Indonesia), Palu, 14 February"),
                     ("lede", "Eleven workers were killed when a furnace exploded at a smelter")],
     ["Tom Avery"], "Red Flag", "ISA in Indonesia", ("space", "newline")),
    # a dateline and a dash before the byline are the byline's (bylines.EXAMPLES["dateline-byline"])
    ("dateline-byline", [("standfirst", "“One carer for twenty beds is not care”"),
                         ("byline", "Braga, 1 May – Ana Lima, Red Flag"),
                         ("lede", "Several hundred care workers marched through the city centre on Friday")],
     ["Ana Lima"], "Red Flag", None, ("space",)),
    ("dateline-statement", [("standfirst", "The workers who built the port have no say in how it is run"),
                            ("byline", "Porto, 1 May 2026 – Red Flag statement"),
                            ("lede", "On this May Day, Red Flag sends greetings to every docker")],
     [], "Red Flag", None, ("space",)),
    # a signed byline in brackets between two parts (bylines.EXAMPLES["bracketed-by"])
    ("bracketed-by-org", [("standfirst", "Teachers sign an open letter despite the threats"),
                          ("byline", "(By Ana Lima, Red Flag)"),
                          ("lede", "More than 900 teachers have put their names to a letter")],
     ["Ana Lima"], "Red Flag", None, ("space", "newline")),
    ("bracketed-by-name", [("standfirst", "The last stilt houses on the creek"),
                           ("byline", "(By Mak Tsz-kin)"),
                           ("lede", "Residents have lived over the tidal creek for more than a century")],
     ["Mak Tsz-kin"], None, None, ("space", "newline")),
    # a nickname in quotes inside a name (bylines.EXAMPLES["nickname-in-name"])
    ("nickname-in-name", [("standfirst", "Jeepney drivers return to the road after the stoppage"),
                          ("byline", "Rodel “Boy” Manalastas, Red Flag"),
                          ("lede", "Drivers and operators say the new franchise rules")],
     ["Rodel “Boy” Manalastas"], "Red Flag", None, ("space",)),
    ("nickname-in-name-plain-quotes", [("standfirst", "Helpers gather under the walkway on their rest day"),
                                       ("byline", "Analyn \"Lyn\" Cabrera, Red Flag (ISA in Hong Kong)"),
                                       ("lede", "Every Sunday more than a hundred domestic workers meet")],
     ["Analyn \"Lyn\" Cabrera"], "Red Flag", "ISA in Hong Kong", ("space",)),
    ("nickname-in-name-hyphenated", [("standfirst", "Oyster farmers say the cable will ruin the tidal flats"),
                                     ("byline", "Lin “A-Mei” Hsiu-ling, Red Flag"),
                                     ("lede", "The tidal flats off the coast have fed oyster farming families")],
     ["Lin “A-Mei” Hsiu-ling"], "Red Flag", None, ("space",)),
    # an abbreviated title with its full stop opens the byline, after a capitalised word too
    # (bylines.EXAMPLES["abbreviated-title"])
    ("abbreviated-title-after-place", [("standfirst", "Landslides cut off the villages above Braga"),
                                       ("byline", "Dr. Ana Lima, Red Flag"),
                                       ("lede", "More than forty villages have been cut off for a week")],
     ["Ana Lima"], "Red Flag", None, ("space",)),
    ("abbreviated-title-prof", [("standfirst", "Why the port strike matters for the whole of Europe"),
                                ("byline", "Prof. Tom Avery, Red Flag"),
                                ("lede", "The dockers of the port have been out for six weeks")],
     ["Tom Avery"], "Red Flag", None, ("space",)),
    # an organisation no table knows before a lede opening with a quotation or a number
    # (bylines.EXAMPLES["loose-org-quote-number"])
    ("loose-org-quote", [("standfirst", "Who gains from the cheap escudo?"),
                         ("byline", "Ana Lima, Faísca"),
                         ("lede", "“Record profits, record tourists” – the headlines about the economy")],
     ["Ana Lima"], "Faísca", None, ("space",)),
    ("loose-org-number", [("standfirst", "Smog season returns early"),
                          ("byline", "Tom Avery, Brandur Rauður"),
                          ("lede", "1,200 on the air quality index was passed in parts of the city on Saturday")],
     ["Tom Avery"], "Brandur Rauður", None, ("space",)),
    # a one-word pen name alone between a standfirst's lower-case end and a sentence starter; not a month, not a word
    # the excerpt names again (bylines.EXAMPLES["bare-pen-name"])
    ("bare-pen-name", [("standfirst", "Twelve hours on the road in the rainy season"),
                       ("byline", "Yunshan"),
                       ("lede", "The first order comes in at six, a breakfast for an office across the river")],
     ["Yunshan"], None, None, ("space",)),
    ("bare-pen-name-since", [("standfirst", "Landlords raise the rents again"),
                             ("byline", "Heping"),
                             ("lede", "Since the start of the year rents in the urban villages have gone up")],
     ["Heping"], None, None, ("space",)),
    # ... or after a one-word place after a preposition (bylines.EXAMPLES["pen-name-after-place"])
    ("pen-name-after-place", [("standfirst", "Overtime bans are now routine in Penang"),
                              ("byline", "Yunshan"),
                              ("lede", "For three weeks in March, workers at the plant refused to stay late")],
     ["Yunshan"], None, None, ("space",)),
    ("pen-name-after-place-2", [("standfirst", "New cars, old wages on the night shift in Harbin"),
                                ("byline", "Heping"),
                                ("lede", "It was minus twenty degrees when the first bus left the depot")],
     ["Heping"], None, None, ("space",)),
    # ... or opening the excerpt, before a sentence starter or run into the lede (bylines.EXAMPLES[
    # "pen-name-opens-excerpt"])
    ("pen-name-opens-excerpt", [("byline", "Yunshan"),
                                ("lede", "The phrase ‘common prosperity’ is on every billboard in the city this year")],
     ["Yunshan"], None, None, ("space", "none")),
    ("pen-name-opens-excerpt-2", [("byline", "Heping"),
                                  ("lede", "At least twenty street sweepers collapsed in the heat last week")],
     ["Heping"], None, None, ("space", "none")),
    # names with an organisation no table knows after a one-word place too (bylines.EXAMPLES["names-org-after-place"])
    ("names-org-after-place", [("standfirst", "Migrant workers describe twelve to a room in Setúbal"),
                               ("byline", "Ana Lima, Luta Operária"),
                               ("lede", "Three years after the buyer suspended its orders, workers at the plant say")],
     ["Ana Lima"], "Luta Operária", None, ("space",)),
    ("names-org-after-place-2", [("standfirst", "Two buses swept off the coast road near Nazaré"),
                                 ("byline", "Tom Avery, Maré Vermelha"),
                                 ("lede", "Rescue workers recovered the bodies of eleven passengers on Thursday")],
     ["Tom Avery"], "Maré Vermelha", None, ("space",)),
    # an organisation does not end on the adjective that opens its name (bylines.EXAMPLES["org-goes-on"])
    ("org-goes-on-leaflet", [("standfirst", "Postal workers oppose the sell-off"),
                             ("byline", "Leaflet issued by Socialist Dawn to postal workers at the sorting centre"),
                             ("lede", "The government wants to turn the post office into a company")],
     [], "Socialist Dawn", None, ("space",)),
    # a writer's and a photographer's credit together: the byline, the writer its author
    # (bylines.EXAMPLES["words-and-pictures"])
    ("words-and-pictures", [("standfirst", "Whole families live and work on the salt pans"),
                            ("byline", "Words: Ana Lima. Pictures: Tom Avery."),
                            ("lede", "The salt workers arrive on the pans in October, when the water has gone")],
     ["Ana Lima"], None, None, ("space", "newline")),
    ("words-and-photos-run-in", [("standfirst", "Tenants offered a month’s rent to leave"),
                                 ("byline", "Words: Mak Tsz-kin. Photos: Lau Ka-yan"),
                                 ("lede", "The building on the corner of the market street was sold in March")],
     ["Mak Tsz-kin"], None, None, ("none", "space")),
    # a family name in capitals after the standfirst's place or run into its last word
    # (bylines.EXAMPLES["capitals-family-name"])
    ("capitals-family-name-after-place", [("standfirst", "Care workers find new work and new fears in Japan"),
                                          ("byline", "TANAKA Yui, Red Flag"),
                                          ("lede", "In a small room above a noodle shop, four care workers")],
     ["TANAKA Yui"], "Red Flag", None, ("space",)),
    ("capitals-family-name-run-in", [("standfirst", "Rents double around the new chip plant"),
                                     ("byline", "SAITO Haruka, Red Flag (ISA in Japan)"),
                                     ("lede", "Kikuyo, a quiet farming town, has been transformed in three years")],
     ["SAITO Haruka"], "Red Flag", "ISA in Japan", ("none",)),
    # when the article was published, in brackets: a note (bylines.EXAMPLES["note-published-on"])
    ("note-published-on", [("standfirst", "Teachers unpaid for three months"),
                           ("byline", "Ana Lima, Red Flag"),
                           ("note", "(Published on 3 March 2026)"),
                           ("lede", "Around 200 teachers in a county town have not been paid since December")],
     ["Ana Lima"], "Red Flag", None, ("space", "newline")),
    ("note-updated-on", [("standfirst", "Dockers vote to strike"),
                         ("byline", "Tom Avery, redflag.org"),
                         ("note", "(Updated on 12 May)"),
                         ("lede", "Dockers at the container terminal voted by a large majority")],
     ["Tom Avery"], "redflag.org", None, ("space", "newline")),
    # a byline in capitals, as printed (bylines.EXAMPLES["capitals-byline"])
    ("capitals-byline-by", [("standfirst", "Wildcat strikes win a pay rise in the export zone"),
                            ("byline", "BY ANA LIMA, RED FLAG"),
                            ("lede", "Workers at more than thirty export plants walked out")],
     ["ANA LIMA"], "RED FLAG", None, ("space", "newline")),
    ("capitals-byline-domain", [("standfirst", "Bonuses cut at the big banks"),
                                ("byline", "TOM AVERY, REDFLAG.ORG"),
                                ("lede", "Employees at several of the largest banks say their bonuses")],
     ["TOM AVERY"], "REDFLAG.ORG", None, ("space", "newline")),
    # an interview's lede that opens with its interviewee's name (bylines.EXAMPLES["interview-lede-names-interviewee"])
    ("interview-lede-names-interviewee", [("standfirst", "A night guard on twelve-hour shifts"),
                                          ("byline", "Interview with Rosa Díaz by Ana Lima, Red Flag"),
                                          ("lede", "Rosa Díaz is 41 and guards a housing estate six nights a week")],
     ["Ana Lima"], "Red Flag", None, ("space", "newline")),
    ("interview-lede-names-interviewee-no-org", [("standfirst", "Shop workers form a union"),
                                                 ("byline", "Interview with Mak Tsz-kin by Tom Avery"),
                                                 ("lede", "Mak Tsz-kin is 24 and has worked night shifts since")],
     ["Tom Avery"], None, None, ("space", "newline")),
    # a dateline run into the standfirst's last word (bylines.EXAMPLES["dateline-byline"])
    ("dateline-byline-run-in", [("standfirst", "Residents say the compensation is too low"),
                                ("byline", "Braga, 14 March — Ana Lima, Red Flag"),
                                ("lede", "Shopkeepers in the old market say the offer would not cover a year")],
     ["Ana Lima"], "Red Flag", None, ("none",)),
    ("presentation-note-verified", [("standfirst", "Riot police clear a canteen sit-in"),
                                    ("byline", "Tom Avery, redflag.org"),
                                    ("note", "Accounts from inside the plant could not be independently verified."),
                                    ("lede", "Workers say riot police entered the canteen shortly after midnight")],
     ["Tom Avery"], "redflag.org", None, ("space",)),
    ("presentation-note-views", [("standfirst", "Volunteers fill a gap left by the schools"),
                                 ("byline", "Ana Lima, a volunteer teacher in Kowloon"),
                                 ("note", "Views expressed by guest writers are not necessarily those of Red Flag."),
                                 ("lede", "Every Saturday morning about forty children come to the community hall")],
     ["Ana Lima"], None, None, ("space",)),
    # review credits: the whole credit is the byline, the reviewer its author
    ("review-of-title", [("standfirst", "A history of the steel towns that forgets the women who kept them going"),
                         ("byline", "Review of ‘Rust Belt Rising: Steel, Debt and the New Unions’ by Carla DiMarco. "
                                    "Reviewed by Tomasz Nowak"),
                         ("lede", "DiMarco spent a decade interviewing retired steelworkers in three")],
     ["Tomasz Nowak"], None, None, ALL),
    ("review-title-publisher", [("standfirst", "Dockers, their city and a century of strikes"),
                                ("byline", "‘Harbour Lights: Dockers and the City’ by Renee LaFleur, Tidewater Press, "
                                           "2023. Reviewed by Kang Min-ho"),
                                ("lede", "LaFleur, a former port clerk, tells the story from the quayside")],
     ["Kang Min-ho"], None, None, ALL),
    ("reviewer-reviews", [("standfirst", "Essays that take the delta’s factories seriously"),
                          ("byline", "Ana Lima reviews ‘The Long March of Capital: Essays on the Delta’ by Pieter "
                                     "VanDamme"),
                          ("lede", "Few books on the region begin on the factory floor")],
     ["Ana Lima"], None, None, ALL),
    # a place credit naming its author
    ("report-from-place-by", [("standfirst", "Rubber tappers strike over the new quota"),
                              ("byline", "Report from Penang by Ruth Okafor"),
                              ("lede", "At dawn on Tuesday the tappers of two estates gathered at the gate")],
     ["Ruth Okafor"], None, None, ALL),
    ("letter-from-place-by", [("standfirst", "What the shipyard closure means for a town"),
                              ("byline", "Letter from Busan by Kang Min-ho"),
                              ("lede", "Every family here has someone who worked at the yard")],
     ["Kang Min-ho"], None, None, ALL),
    # an interview credit, then ", organisation"
    ("interview-by-org", [("standfirst", "A bus driver on ten years of split shifts"),
                          ("byline", "Interview by Tomasz Nowak, redflag.org"),
                          ("lede", "Mr Silva has driven the night route for a decade")],
     ["Tomasz Nowak"], "redflag.org", None, ALL),
    ("interview-with-org", [("standfirst", "Organising the warehouse from the break room"),
                            ("byline", "Interview with Ana Lima, Workers Alliance"),
                            ("lede", "How did the first meeting come about?")],
     ["Ana Lima"], "Workers Alliance", None, ALL),
    # ... and an organisation, then a lede that opens with a domain
    ("interview-then-domain", [("standfirst", "A young organiser on the student movement"),
                               ("byline", "Interview with Ruth Okafor of Socialist Alternative"),
                               ("lede", "redflag.org: Why did the students walk out in March")],
     ["Ruth Okafor"], "Socialist Alternative", None, ("newline", "space")),
    ("names-org-then-domain", [("standfirst", "Why the platform pays riders less each year"),
                               ("byline", "Pieter VanDamme, Workers Alliance"),
                               ("lede", "labournotes.net has seen the new contracts that riders were sent")],
     ["Pieter VanDamme"], "Workers Alliance", None, ("newline", "space")),
    # who wrote an article for which edition of a publication
    ("written-for-edition", [("standfirst", "Pensions, austerity and the coming general strike"),
                             ("byline", "This article was written by Ana Lima for the Portuguese edition of "
                                        "redflag.org"),
                             ("lede", "When the government announced the reform in January")],
     ["Ana Lima"], "redflag.org", None, ALL),
    ("translated-from-article", [("standfirst", "Subcontracting is the yard’s real business model"),
                                 ("byline", "Translated from an article by Kang Min-ho on the Korean website of "
                                            "Workers Alliance"),
                                 ("lede", "Nine in ten of the workers on the dock are not employed by the yard")],
     ["Kang Min-ho"], "Workers Alliance", None, ALL),
    # a leaflet credit naming the organisation's members
    ("leaflet-members", [("byline", "This is the text of a leaflet handed out by Red Flag members at the 8 March "
                                    "rally in Lisbon"),
                         ("lede", "Ten years after the reform was passed, wages are lower than")],
     [], "Red Flag", None, ALL),
    ("statement-branches", [("byline", "This is the text of a statement issued by Socialist Party branches in Leeds "
                                       "for the strike day"),
                            ("lede", "We support the nurses and porters who walk out on Thursday")],
     [], "Socialist Party", None, ALL),
    # "<name>, <organisation no table knows>", then a sure end (a sentence starter, a run-in, a line break)
    ("name-unknown-org-starter", [("standfirst", "Cleaners win back their lost holiday pay"),
                                  ("byline", "Marta Ruiz, Lucha Obrera"),
                                  ("lede", "The union said the agreement covers every cleaner on the contract")],
     ["Marta Ruiz"], "Lucha Obrera", None, ALL),
    ("name-unknown-org-when", [("standfirst", "A school closes with two weeks’ notice"),
                               ("byline", "Pelle Ek, Vänsterpressen"),
                               ("lede", "When the owners announced the closure, the teachers called a meeting")],
     ["Pelle Ek"], "Vänsterpressen", None, ALL),
    # a clause after a comma in a standfirst is no credit ("In March, A met ...")
    ("clause-met", [("standfirst", "In March, Carla DiMarco met the strike committee in Porto for the first time."),
                    ("byline", "Tomasz Nowak, redflag.org"),
                    ("lede", "The meeting was short and the mood was grim")],
     ["Tomasz Nowak"], "redflag.org", None, ("newline", "space")),
    ("clause-spoke-to", [("standfirst", "Last year, Kang Min-ho spoke to dock workers in Busan about the contracts."),
                         ("byline", "Ana Lima, Workers Alliance"),
                         ("lede", "The contracts run out in June and nobody expects them")],
     ["Ana Lima"], "Workers Alliance", None, ("newline", "space")),
    # (heldout8) a leading "<names>, <org>", then a headline phrase opening with an organisation word and a
    # lower-case word: the organisation stops before it ("Workers Alliance | Unions call off")
    ("leading-org-then-org-word", [("byline", "Kang Min-ho, Workers Alliance"),
                                   ("standfirst", "Unions call off the strike at the yard"),
                                   ("lede", "Subcontractors at the yard were told on Friday")],
     ["Kang Min-ho"], "Workers Alliance", None, ALL),
    ("leading-names-org-then-org-word", [("byline", "Ruth Okafor and Pelle Ek, Socialist Alternative"),
                                         ("standfirst", "Solidarity grows on the picket line"),
                                         ("lede", "The strike entered its third week")],
     ["Ruth Okafor", "Pelle Ek"], "Socialist Alternative", None, ALL),
    # names, then a bracket naming an organisation (no organisation of their own)
    ("names-affiliation", [("standfirst", "Nurses count the cost of the new rota"),
                           ("byline", "Ana Lima and Tom Reyes (Red Flag in Porto)"),
                           ("lede", "The hospital board met on Tuesday to approve it")],
     ["Ana Lima", "Tom Reyes"], None, "Red Flag in Porto", ALL),
    ("name-affiliation", [("standfirst", "Tenants take the landlord to the rent tribunal"),
                          ("byline", "Ruud DeVries (Socialist Alternative in Utrecht)"),
                          ("lede", "Forty households in the block have stopped paying")],
     ["Ruud DeVries"], None, "Socialist Alternative in Utrecht", ALL),
    # a name's form in another alphabet in brackets (Cyrillic, Greek), then the organisation
    ("name-cyrillic", [("standfirst", "Dockers vote to strike over the new shift pattern"),
                       ("byline", "Olena Shevchuk (Олена Шевчук), Workers Alliance"),
                       ("lede", "The vote was almost unanimous")],
     ["Olena Shevchuk"], "Workers Alliance", None, ALL),
    ("name-greek", [("standfirst", "Bus drivers reject the new timetable"),
                    ("byline", "Nikos Papadakis (Νίκος Παπαδάκης), Socialist Voice"),
                    ("lede", "Drivers at the Piraeus depot say the breaks are too short")],
     ["Nikos Papadakis"], "Socialist Voice", None, ALL),
    # an organisation's acronyms in two languages ("LSP-PSL"), a Filipino particle ("dela", "delos")
    ("hyphenated-acronyms", [("standfirst", "Why the car plant closed and who pays for it"),
                             ("byline", "Pieter VanDamme, SAV-ASA"),
                             ("lede", "The announcement came on a Friday afternoon")],
     ["Pieter VanDamme"], "SAV-ASA", None, ALL),
    ("particle-dela", [("standfirst", "Fishers block the bay against the reclamation"),
                       ("byline", "Rosario dela Paz and Andres delos Reyes, Workers Alliance"),
                       ("lede", "Around two hundred boats took part in the protest")],
     ["Rosario dela Paz", "Andres delos Reyes"], "Workers Alliance", None, ALL),
    # credit sentences: "This <subject> was <verb> by <org> ...", "Statement by <org> supporters in <place>",
    # "Abridged from the <noun> of <publication> issue N", a tail that ends with a date
    ("this-leaflet-was", [("byline", "This leaflet was distributed by Workers Alliance at the Porto depot on 3 May"),
                          ("lede", "Drivers have been on strike for a week because the company")],
     [], "Workers Alliance", None, ALL),
    ("this-statement-was", [("standfirst", "No to the closure of the maternity ward"),
                            ("byline", "This statement was issued by Socialist Alternative in Utrecht on 12 June 2025"),
                            ("lede", "The hospital trust wants to close the ward")],
     [], "Socialist Alternative in Utrecht", None, ALL),
    ("statement-supporters", [("standfirst", "Teachers stay out as talks collapse"),
                              ("byline", "Statement by Red Flag supporters in Lisbon"),
                              ("lede", "The decision of the union leaders to accept the offer")],
     [], "Red Flag", None, ALL),
    ("org-supporters", [("standfirst", "Port workers vote for an overtime ban"),
                        ("byline", "Workers Alliance supporters in Porto"),
                        ("lede", "The ballot closed on Monday with a large majority")],
     [], "Workers Alliance", None, ALL),
    ("abridged-from", [("standfirst", "Dock strike enters its second week"),
                       ("byline", "Abridged from the editorial of Socialist Voice issue 14"),
                       ("lede", "Crane drivers voted on Sunday to stay out")],
     [], "Socialist Voice", None, ALL),
    ("adapted-from-other-script", [("standfirst", "What the new labour law leaves out"),
                                   ("byline", "Adapted from an article in Workers Alliance (《工人聯盟》) issue 3"),
                                   ("lede", "Riders and drivers are still outside the law")],
     [], "Workers Alliance", None, ALL),
    # an organisation that runs on into its own first words: the lede repeats it ("Statement by X | X demands")
    ("org-repeated-statement", [("standfirst", "Free the jailed dockers"),
                                ("byline", "Statement by Workers Alliance"),
                                ("lede", "Workers Alliance demands the release of the four dockers")],
     [], "Workers Alliance", None, ("newline", "space")),
    ("org-repeated-interview", [("standfirst", "Organising under the new law"),
                                ("byline", "Interview with Ana Lima of Socialist Voice"),
                                ("lede", "Socialist Voice has kept its paper going despite the ban")],
     ["Ana Lima"], "Socialist Voice", None, ("newline", "space")),
    # splitter 3.3 (bench/split_perturb.py: the gold's bylines given organisations no table knows)
    # a later name of a comma list followed by an organisation word opens the organisation
    ("list-org-start", [("standfirst", "Depot drivers refuse split shifts"),
                        ("byline", "By Ana Lima, Democratic Socialist Movement"),
                        ("lede", "Bus drivers at the depot voted on Monday to refuse the new rosters")],
     ["Ana Lima"], "Democratic Socialist Movement", None, ALL),
    ("list-org-start-stem", [("standfirst", "Bonus fraud at the assembly plant"),
                             ("byline", "By Tomasz Nowak, Lewica Socjalistyczna"),
                             ("lede", "Video clips shared online showed new recruits facing the guards")],
     ["Tomasz Nowak"], "Lewica Socjalistyczna", None, ALL),
    # a capitalised run no table knows, where the context says an organisation comes, up to a new sentence
    ("loose-org-statement", [("standfirst", "After the union ban: how can workers organise now?"),
                             ("byline", "Statement by Xekinima"),
                             ("lede", "Two years after the ban, the independent unions are down to a handful")],
     [], "Xekinima", None, ALL),
    ("loose-org-statement-sentence", [("standfirst", "The junta’s sham election"),
                                      ("byline", "Statement by Punainen Tähti"),
                                      ("lede", "Polling stations in many townships were almost empty on Sunday")],
     [], "Punainen Tähti", None, ALL),
    ("loose-org-role", [("standfirst", "Unions reject the new outsourcing rules"),
                        ("byline", "Xekinima statement"),
                        ("lede", "Tens of thousands of workers marched to the parliament on Thursday")],
     [], "Xekinima", None, ALL),
    ("loose-org-role-two-words", [("standfirst", "Nurses say the ratio law is ignored"),
                                  ("byline", "Lutte Ouvrière correspondents"),
                                  ("lede", "Dozens of nurses rallied outside the ministry on Tuesday")],
     [], "Lutte Ouvrière", None, ALL),
    ("loose-org-other-script", [("standfirst", "Stall holders given three weeks to leave"),
                                ("byline", "Lu Mei-chieh (呂美潔) Linke Offensive"),
                                ("lede", "When the government announced the plan, stall holders were given")],
     ["Lu Mei-chieh"], "Linke Offensive", None, ALL),
    ("loose-org-other-script-one-word", [("standfirst", "A stimulus that cannot revive a bubble"),
                                         ("byline", "Kwok Tsz-kin (郭子健) Offensiv"),
                                         ("lede", "Every few months official commentators announce the turn")],
     ["Kwok Tsz-kin"], "Offensiv", None, ALL),
    # a middle initial that is also a word ("A", "I") between two name words
    ("middle-initial-a", [("standfirst", "Thousands demand a shorter week"),
                          ("byline", "Fenna A Quigley, Workers Alliance"),
                          ("lede", "Nurses and bus drivers marched from the ministry on 1 May")],
     ["Fenna A Quigley"], "Workers Alliance", None, ALL),
    ("middle-initial-i-amp", [("standfirst", "A lost generation of graduates"),
                              ("byline", "Rosalind I Pemberton & Ana Lima, Red Flag"),
                              ("lede", "A record number of students graduate this summer into the worst market")],
     ["Rosalind I Pemberton", "Ana Lima"], "Red Flag", None, ALL),
    # names, then an organisation no table knows, then a new sentence (a capital, then a lower-case word)
    ("names-any-org-sentence", [("standfirst", "Platform workers fight back against pay cuts"),
                                ("byline", "Ines Lam & Xiao Haoxia, Xekinima"),
                                ("lede", "Delivery riders in the capital have begun to organise")],
     ["Ines Lam", "Xiao Haoxia"], "Xekinima", None, ALL),
    ("names-any-org-sentence-two-words", [("standfirst", "Chipmakers tighten the screws"),
                                          ("byline", "Tomasz Nowak, Linke Offensive"),
                                          ("lede", "Engineers at the largest firm say they work twelve hours")],
     ["Tomasz Nowak"], "Linke Offensive", None, ALL),
    # an organisation word, a tail of capitalised words, then a new sentence or "and" and a second organisation
    ("org-tail-new-sentence", [("standfirst", "Factory closures spread across the delta"),
                               ("byline", "Interview with Ana Lima of Alternativa Socialista Brasil"),
                               ("lede", "Dongguan’s electronics belt has seen forty closures since March")],
     ["Ana Lima"], "Alternativa Socialista Brasil", None, ALL),
    ("org-tail-new-sentence-by", [("standfirst", "Workers pay for the property collapse"),
                                  ("byline", "By Tomasz Nowak, Solidarność Pracownicza"),
                                  ("lede", "Taiwan’s political establishment is more divided than ever")],
     ["Tomasz Nowak"], "Solidarność Pracownicza", None, ALL),
    ("org-tail-and-org", [("standfirst", "The property crisis reaches the regime"),
                          ("byline", "Solidarność Pracownicza and redflag.org reporters"),
                          ("lede", "Nobody in Beijing expected the crisis to become the biggest threat")],
     [], "Solidarność Pracownicza", None, ALL),  # (the first organisation named: splitter 3.6)
    # a credit's tail ends after "in <Place>" before a new sentence
    ("credit-tail-place-sentence", [("standfirst", "Drivers refuse twelve-hour shifts"),
                                    ("byline", "Leaflet issued by Red Flag for the May Day march in Ipoh"),
                                    ("lede", "Bus drivers at three depots refused to start their shifts")],
     [], "Red Flag", None, ALL),
    ("credit-tail-place-sentence-text-of", [("standfirst", "Home care staff walk out"),
                                            ("byline", "This is the text of a leaflet from Workers Alliance for the "
                                                       "rally in Rosario"),
                                            ("lede", "Home care workers in two districts stopped work on Monday")],
     [], "Workers Alliance", None, ALL),
    # a three-word name does not end before a lone name word and a comma: the lede opens with a two-word name
    ("names-before-a-name", [("standfirst", "A documentary that lets the nurses speak"),
                             ("byline", "Reviewed by Dagny Gao"),
                             ("lede", "Lau Kam-wing, who died in August, spent forty years on the docks")],
     ["Dagny Gao"], None, None, ("newline", "space")),
    ("names-before-a-name-by", [("standfirst", "Promises of a way of life"),
                                ("byline", "By Ana Lima"),
                                ("lede", "Deng Xiaoping, like many tycoons, promised that nothing would change")],
     ["Ana Lima"], None, None, ("newline", "space")),
    # ... an organisation's tail is no month before a number (a date opens the lede)
    ("org-tail-not-a-date", [("standfirst", "Can the dictatorship survive another quarter century?"),
                             ("byline", "Ana Lima, Lewica Socjalistyczna"),
                             ("lede", "June 4th comes round again with the square empty")],
     ["Ana Lima"], "Lewica Socjalistyczna", None, ALL),
    ("org-tail-not-a-date-interview", [("standfirst", "The massacre that crushed the movement"),
                                       ("byline", "Interview with Ana Lima of Sozialistische Alternative"),
                                       ("lede", "June 4 this year fell on a Sunday")],
     ["Ana Lima"], "Sozialistische Alternative", None, ALL),
    # capitals of Latin Extended-A/B open capitalised words ("Łódź", "Šimon")
    ("extended-latin-place", [("standfirst", "Union leaders accept ‘dialogue’ as prices keep rising"),
                              ("byline", "Ana Lima and Kang Min-ho in Łódź"),
                              ("lede", "The decision to suspend the strike after one day has been met with anger")],
     ["Ana Lima", "Kang Min-ho"], None, None, ALL),
    ("extended-latin-name", [("standfirst", "Tram drivers walk out over rosters"),
                             ("byline", "Šimon Černý, Workers Alliance"),
                             ("lede", "Drivers at two depots stopped work at dawn on Monday")],
     ["Šimon Černý"], "Workers Alliance", None, ALL),
    # a name is not followed by "Hong" of "Hong Kong"
    ("name-before-hong-kong", [("standfirst", "Actions in eight cities on 30 June"),
                               ("byline", "By Ana Lima"),
                               ("lede", "Hong Kong activists held street meetings in eight cities")],
     ["Ana Lima"], None, None, ("newline", "space")),
    ("name-before-hong-kong-possessive", [("standfirst", "Cuts to public services"),
                                          ("byline", "By Ho Ming-wah"),
                                          ("lede", "Hong Kong’s budget deficit is paid for by the poorest")],
     ["Ho Ming-wah"], None, None, ("newline", "space")),
    # a publication's own capitalised "The"
    ("credit-the-publication", [("standfirst", "Memoirs that fill gaps in our knowledge"),
                                ("byline", "Editorial from The Anvil magazine issue 40"),
                                ("lede", "The circumstances under which the book was written are dramatic")],
     [], "Anvil magazine", None, ALL),
    ("credit-the-publication-by", [("standfirst", "Free the jailed dockers"),
                                   ("byline", "Statement by The Left Bloc"),
                                   ("lede", "Four dockers were arrested at the gates on Monday")],
     [], "Left Bloc", None, ALL),
    # a full name with an initial after a headline ending in a lower-case word
    ("initial-after-first-name", [("standfirst", "An anniversary nobody asked for"),
                                  ("byline", "Lorcan S. Jablonski, Workers Alliance"),
                                  ("lede", "Xi Jinping, like every ruler who fears his people, prefers anniversaries")],
     ["Lorcan S. Jablonski"], "Workers Alliance", None, ("newline", "space")),
    ("initial-after-first-name-two", [("standfirst", "Exercises aimed at Taipei and at Washington"),
                                      ("byline", "Kerstin Z. Böhm, Workers Alliance"),
                                      ("lede", "For the second time in six months the exercises began at dawn")],
     ["Kerstin Z. Böhm"], "Workers Alliance", None, ALL),
    # an organisation word, then more capitalised words before a credit's tail
    ("org-tail-credit-tail", [("standfirst", "Free the jailed dockers"),
                              ("byline", "Leaflet issued by Solidarność Pracownicza for the May Day march"),
                              ("lede", "Workers in the port have had enough of the company’s threats")],
     [], "Solidarność Pracownicza", None, ALL),
    ("org-tail-credit-tail-country", [("standfirst", "Workers need their own voice"),
                                      ("byline", "Leaflet issued by Alternativa Socialista Brasil for the 1 May rally"),
                                      ("lede", "The minimum wage rise announced by the cabinet is far below")],
     [], "Alternativa Socialista Brasil", None, ALL),
    # a credit's tail, then a quotation opening the lede
    ("credit-tail-quote", [("standfirst", "Teachers: we are told what to think"),
                           ("byline", "Leaflet issued by Red Flag for the march in Haifa"),
                           ("lede", "“Every lesson plan must now be checked,” a teacher told us")],
     [], "Red Flag", None, ALL),
    ("credit-tail-quote-single", [("standfirst", "Close the plants now"),
                                  ("byline", "This is the text of a leaflet from Workers Alliance for the rally "
                                             "in Porto"),
                                  ("lede", "‘We must close down every one of them,’ the speakers said")],
     [], "Workers Alliance", None, ALL),
    # splitter 3.3: where the author writes from, after the organisation or a role in it
    ("org-then-place", [("standfirst", "Porters win back the night allowance"),
                        ("byline", "Ana Lima, Workers Alliance, Porto"),
                        ("lede", "Hospital porters employed by the contractor have won")],
     ["Ana Lima"], "Workers Alliance", None, ALL),
    ("org-affil-then-place", [("standfirst", "A month on strike for staffing ratios"),
                              ("byline", "Pelle Ek, Socialist Alternative (ISA in Sweden), Malmö"),
                              ("lede", "Nurses and cleaners at the city hospital voted")],
     ["Pelle Ek"], "Socialist Alternative", "ISA in Sweden", ALL),
    ("org-role-in-place", [("standfirst", "Dinner ladies reject the council’s offer"),
                           ("byline", "Moira McTavish, Workers Alliance organiser in Dundee"),
                           ("lede", "School kitchen staff in four council areas have voted")],
     ["Moira McTavish"], "Workers Alliance", None, ALL),
    ("org-role-in-place-2", [("standfirst", "Couriers stop work in the rain"),
                             ("byline", "Tomasz Nowak, Socialist Party organiser in Cork"),
                             ("lede", "About two hundred couriers switched off their apps")],
     ["Tomasz Nowak"], "Socialist Party", None, ALL),
    ("reporting-from", [("standfirst", "Squatter villages cleared for a logistics park"),
                        ("byline", "Kang Min-ho, reporting from Busan"),
                        ("lede", "Some of the houses in the village were built")],
     ["Kang Min-ho"], None, None, ALL),
    ("org-and-member", [("standfirst", "Dock pensions cut again"),
                        ("byline", "Ana Lima, Workers Alliance, and member of the dockers’ union in Porto"),
                        ("lede", "The pension fund announced in the spring")],
     ["Ana Lima"], "Workers Alliance", None, ALL),
    ("org-and-member-2", [("standfirst", "Wards renamed to dodge the staffing rules"),
                          ("byline", "Kang Min-ho, Socialist Party, and member of a nurses’ union"),
                          ("lede", "Since the rules came into force at least four hospitals")],
     ["Kang Min-ho"], "Socialist Party", None, ALL),
    ("document-credit", [("standfirst", "Perspectives for the year ahead"),
                         ("byline", "Document adopted by the congress of Workers Alliance"),
                         ("lede", "The text below was discussed in every branch")],
     [], "Workers Alliance", None, ALL),
    ("document-credit-2", [("standfirst", "The world economy after the crash"),
                           ("byline", "Document adopted by the executive committee of Red Spark"),
                           ("lede", "Five years after the crash the world economy")],
     [], "Red Spark", None, ("newline", "space")),
    ("review-directed-by", [("standfirst", "A film about the night buses that says more than most"),
                            ("byline", "‘Last Bus: A Year on the Night Routes’, directed by Carla DiMarco. "
                                       "Reviewed by Tomasz Nowak, Workers Alliance"),
                            ("lede", "The film follows three drivers")],
     ["Tomasz Nowak"], "Workers Alliance", None, ALL),
    ("review-written-by", [("standfirst", "A novel of the steel towns"),
                           ("byline", "‘Iron Summer: A Novel’, written by Ruud DeVries. "
                                      "Reviewed by Ana Lima, redflag.org"),
                           ("lede", "Three sisters inherit a shuttered mill")],
     ["Ana Lima"], "redflag.org", None, ALL),
    ("writing-from", [("standfirst", "The bus depots that said no"),
                      ("byline", "Ruth Okafor, writing from Lagos"),
                      ("lede", "Drivers at two depots refused to take out")],
     ["Ruth Okafor"], None, None, ALL),
    # a bare two-word name between a standfirst's lower-case end and a sentence's opening
    ("bare-name-then-sentence", [("standfirst", "Porters fear the new scanners will cost them their breaks"),
                                 ("byline", "Ines Carvalho"),
                                 ("lede", "Porters at the central depot were given the handsets in March")],
     ["Ines Carvalho"], None, None, ALL),
    ("bare-hyphenated-name-then-sentence", [("standfirst", "Bus captains asked to drive longer routes"),
                                            ("byline", "Leung Wai-man"),
                                            ("lede", "Drivers on three cross-harbour routes learned of the change")],
     ["Leung Wai-man"], None, None, ALL),
]

# notes: "This article is based on a speech ..." ending with its date, a note run into the lede, a series note
# on its own line (no full stop)
NOTES = [
    # a translator's credit ending with its full stop, before a byline (bylines.EXAMPLES["translator-full-stop"])
    ([("standfirst", "Twelve hours a day on the assembly line"), ("note", "Translated from Chinese by Ana Lima."),
      ("byline", "Xiaoyu"), ("lede", "I started on the line in March. The first week they")], ("space",)),
    ([("standfirst", "The night shift at the parcel hub"), ("byline", "Tom Avery, Red Flag"),
      ("note", "Translated from the Portuguese by Rosa Díaz."),
      ("lede", "Drivers at the hub say their shifts have grown")], ("space",)),
    ([("standfirst", "Why the shipyard must be nationalised"), ("byline", "Kang Min-ho, Workers Alliance"),
      ("note", "This article is based on a speech at a rally in Busan on 14 March"),
      ("lede", "Few of the workers who marched that day expected")], ("newline", "space")),
    ([("standfirst", "Tenants win a rent freeze"), ("byline", "Ana Lima, redflag.org"),
      ("note", "This article is based on a talk given at a tenants’ meeting in Porto on May 2"),
      ("lede", "The meeting was packed")], ("newline", "space")),
    ([("standfirst", "Hospitals cut bonuses again"), ("byline", "Ruth Okafor, Workers Alliance"),
      ("note", "This article first appeared in Portuguese and has been translated for this site"),
      ("lede", "At a hospital in Braga the nurses were asked")], ("newline", "none")),
    ([("standfirst", "The strike wave in the port cities"), ("byline", "Pelle Ek, Socialist Alternative"),
      ("note", "This article was first published in Swedish and translated by our volunteers"),
      ("lede", "When the first ships were turned away")], ("newline", "none")),
    # a note ending at any domain (splitter 3.3: not only .info/.org/.com/.net)
    ([("standfirst", "Campaign against harassment"), ("byline", "Ana Lima, leftasia.se"),
      ("note", "This article first appeared in Chinese on leftasia.se"),
      ("lede", "Several women who took part in the campaign have been")], ("newline", "space")),
    ([("standfirst", "A plenum that changes little"), ("byline", "Kang Min-ho, redflag.org.uk"),
      ("note", "This article first appeared in Korean on redflag.org.uk"),
      ("lede", "The long-delayed meeting produced a resolution")], ("newline", "space")),
    ([("standfirst", "Empty towers in a county town"), ("byline", "Pieter VanDamme, redflag.org"),
      ("note", "This is the second of a four-part series on the housing collapse"),
      ("lede", "Drive into the town from the motorway")], ("newline",)),
    ([("standfirst", "Who owns the harbour"), ("byline", "Tomasz Nowak, Workers Alliance"),
      ("note", "This is the first part of a series on the port’s new owners"),
      ("lede", "The harbour was sold in 2019")], ("newline",)),
    # splitter 3.3: unbracketed notes of the article's history, each ending where the lede starts
    # (a sentence starter and a lower-case word, a capitalised word and a lower-case word, a run-in)
    ([("standfirst", "Porters walk out over the new rota"), ("byline", "Ana Lima, Workers Alliance"),
      ("note", "First published in Portuguese on 3 June"),
      ("lede", "Every porter on the night shift stopped work")], ALL),
    ([("standfirst", "The bus drivers’ long summer"), ("byline", "Pelle Ek, redflag.org"),
      ("note", "Originally published in Swedish on 9 August"),
      ("lede", "When the depot managers announced the new timetable")], ALL),
    ([("standfirst", "Cleaners win back their allowance"), ("byline", "Ruth Okafor, Workers Alliance"),
      ("note", "An abridged version of this article appeared in Red Spark"),
      ("lede", "Cleaners at the city hospital have won")], ALL),
    ([("standfirst", "A rent strike in the old town"), ("byline", "Tomasz Nowak, redflag.org"),
      ("note", "A shorter version of this interview was published in Workers Today magazine"),
      ("lede", "Tenants in four blocks stopped paying")], ALL),
    ([("standfirst", "Inside the parcel hub"), ("byline", "Kang Min-ho, Workers Alliance"),
      ("note", "The names of the workers quoted here have been changed"),
      ("lede", "Jae-won has loaded lorries at the hub for six years")], ALL),
    ([("standfirst", "Women on the night line"), ("byline", "Ana Lima, redflag.org"),
      ("note", "Names have been changed to protect the interviewees."),
      ("lede", "Marta works from ten at night until six")], ALL),
    ([("standfirst", "The council that never says no"), ("byline", "Pieter VanDamme, Workers Alliance"),
      ("note", "Translated by Ruud DeVries"),
      ("lede", "At the end of its first year the new council has passed")], ALL),
    ([("standfirst", "Dock pensions cut again"), ("byline", "Pelle Ek, Socialist Alternative"),
      ("note", "Translated by Moira McTavish"),
      ("lede", "In the spring the pension fund announced")], ALL),
    ([("standfirst", "Subcontracted and unpaid"), ("byline", "Kang Min-ho, Workers Alliance"),
      ("note", "This article is based on a report to a union meeting in Busan"),
      ("lede", "A court ruling that the contractors must pay")], ("newline", "space")),
    ([("standfirst", "A strike that was never reported"), ("byline", "Ruth Okafor, redflag.org"),
      ("note", "This article is based on interviews with drivers in Lagos"),
      ("lede", "The drivers began their stoppage on a Monday")], ("newline", "space")),
    ([("standfirst", "Dormitory rules in the chip plants"), ("byline", "Tomasz Nowak, redflag.org"),
      ("note", "This is the third of a four-part series on women in the chip plants"),
      ("lede", "In the dormitory the lights go out at eleven")], ALL),
    # splitter 3.3, heldout10's note kinds: a series part, a picture credit, an update, when or for whom the
    # article was written, names changed by the writers
    ([("standfirst", "How the dockers of 1926 stopped the port"), ("byline", "Pelle Ek, redflag.org"),
      ("note", "Part 3 of our series on the general strike"),
      ("lede", "The first ships were left at anchor on the Monday")], ("newline",)),
    ([("standfirst", "The rice riots a century on"), ("byline", "Kang Min-ho, Workers Alliance"),
      ("note", "Part two of a series marking the centenary of the riots"),
      ("lede", "In the summer of 1918 the price of rice doubled")], ("newline",)),
    ([("standfirst", "Bus drivers picket the depot"), ("byline", "Workers Alliance reporters"),
      ("note", "Photos by Ruud DeVries"),
      ("lede", "About two hundred drivers stood at the gates")], ALL),
    ([("standfirst", "Cleaners occupy the town hall"), ("byline", "Ana Lima, redflag.org"),
      ("note", "Pictures by Moira McTavish"),
      ("lede", "The cleaners arrived before the councillors")], ALL),
    ([("standfirst", "Porters win their back pay"), ("byline", "Tomasz Nowak, Workers Alliance"),
      ("note", "Updated on 4 June with the hospital’s reply"),
      ("lede", "Porters at the city hospital have been paid")], ALL),
    ([("standfirst", "Tenants take the landlord to court"), ("byline", "Ruth Okafor, redflag.org"),
      ("note", "Updated to include the council’s statement"),
      ("lede", "Tenants of two blocks in the old town")], ALL),
    ([("standfirst", "A union leader on trial"), ("byline", "Kang Min-ho, Workers Alliance"),
      ("note", "This article was written before the court’s ruling on 2 March"),
      ("lede", "The trial lasted four days")], ALL),
    ([("standfirst", "Students questioned over a poster"), ("byline", "Pieter VanDamme, redflag.org"),
      ("note", "This article was first written in Korean for readers in Busan"),
      ("lede", "The posters went up on a Friday night")], ("newline",)),
    ([("standfirst", "Warehouse pickers describe the new targets"), ("byline", "Ana Lima, Workers Alliance"),
      ("note", "We have changed the pickers’ names at their request"),
      ("lede", "Marta starts her shift at six")], ("newline",)),
    ([("standfirst", "Nurses on the night ward"), ("byline", "Moira McTavish, redflag.org"),
      ("note", "We have withheld the names of the nurses for their safety"),
      ("lede", "On a ward of forty beds there are two nurses")], ALL),
    # splitter 3.4, heldout11's note kinds: a content warning, an edit for length, a series part opening with
    # its ordinal, a link to the same text in another language, where a translation's original appeared
    ([("standfirst", "Dormitory guards and the women they watch"), ("byline", "Ana Lima, Workers Alliance"),
      ("note", "Content warning: this article describes violence against women"),
      ("lede", "Three women who worked at the plant told us")], ALL),
    ([("standfirst", "Inside a debt collection call centre"), ("byline", "Pelle Ek, redflag.org"),
      ("note", "Trigger warning: suicide"),
      ("lede", "The callers are given a script")], ("newline", "space")),
    ([("standfirst", "Why the docks must be public"), ("byline", "Kang Min-ho, Workers Alliance"),
      ("note", "This article has been edited for length"),
      ("lede", "The Harbour Board met on Tuesday")], ALL),
    ([("standfirst", "A reply to the mayor"), ("byline", "Ruth Okafor, redflag.org"),
      ("note", "This speech was shortened for publication"),
      ("lede", "Councillors, the housing list grows every week")], ALL),
    ([("standfirst", "The steel towns after the closures"), ("byline", "Tomasz Nowak, redflag.org"),
      ("note", "Second of a three-part series"),
      ("lede", "Between 1990 and 1996 the mills let go")], ("newline", "space")),
    ([("standfirst", "What the 1980 strikes won"), ("byline", "Moira McTavish, Workers Alliance"),
      ("note", "Final part of our series on the shipyard strikes"),
      ("lede", "When the shipyard workers went back")], ("newline",)),
    ([("standfirst", "Arrests of lawyers a decade on"), ("byline", "Pieter VanDamme, redflag.org"),
      ("note", "Chinese version: 中文版"),
      ("lede", "On 9 July 2015 the arrests began")], ALL),
    ([("standfirst", "The port strike in pictures"), ("byline", "Ana Lima, Workers Alliance"),
      ("note", "Korean version: 한국어"),
      ("lede", "Dockers at the southern terminal walked out")], ALL),
    ([("standfirst", "Pensioners block the road to the oilfield"), ("byline", "Kang Min-ho, Workers Alliance"),
      ("note", "Translated from the Korean original published on our website on 3 May"),
      ("lede", "Hundreds of retired drillers stood on the road")], ALL),
    ([("standfirst", "Nurses count the cost of the new rota"), ("byline", "Ruth Okafor, redflag.org"),
      ("note", "Translated from the Portuguese original first posted in April"),
      ("lede", "The rota was introduced without warning")], ("newline", "space")),
    # splitter 3.5 (heldout12): a series part counted in words, a translator after "original", a longer version in
    # an issue, a correction, the sources
    ([("standfirst", "The vigils and what remains of them"), ("byline", "Ana Lima, Workers Alliance"),
      ("note", "This is the second of two articles"),
      ("lede", "When the alliance was dissolved many of those")], ALL),
    ([("standfirst", "The port strike, ten years on"), ("byline", "Pelle Ek, redflag.org"),
      ("note", "This is the first of three articles"),
      ("lede", "In the spring of 2015 the dockers")], ("newline", "space")),
    ([("standfirst", "Mothers pushed out of paid work"), ("byline", "Yunfeng, redflag.org"),
      ("note", "Translated from the Chinese original by Moira McTavish"),
      ("lede", "State media have run a series of stories")], ALL),
    ([("standfirst", "Shipyard contracts squeezed"), ("byline", "Kang Min-ho, Workers Alliance"),
      ("note", "Translated from the Korean original by Tomasz Nowak"),
      ("lede", "Subcontractors at the yard were told")], ("newline", "space")),
    ([("standfirst", "How the county borrowed against its future"), ("byline", "Ruth Okafor, redflag.org"),
      ("note", "A longer version of this article appears in the spring issue of Rebel Voice"),
      ("lede", "The financing vehicles were set up")], ALL),
    ([("standfirst", "Landlords and the new rent law"), ("byline", "Ana Lima, Workers Alliance"),
      ("note", "A shorter version of this article appeared in the May edition of Red Flag"),
      ("lede", "The law was passed in March")], ALL),
    ([("standfirst", "Union officials sentenced"), ("byline", "Red Flag reporters"),
      ("note", "Correction: an earlier version of this report gave the wrong date for the hearing"),
      ("lede", "Three former officials of the union")], ALL),
    ([("standfirst", "The strike at the bottling plant"), ("byline", "Pelle Ek, redflag.org"),
      ("note", "Clarification: the plant is owned by a subsidiary, not the group itself"),
      ("lede", "Two hundred workers walked out")], ALL),
    ([("standfirst", "Residents march against the chemical plant"), ("byline", "redflag.org reporters"),
      ("note", "Sources: local social media posts, reports from residents"),
      ("lede", "Hundreds of residents marched to the town hall")], ("newline", "space")),
    ([("standfirst", "The mine that never reopened"), ("byline", "Kang Min-ho, Workers Alliance"),
      ("note", "Source: union leaflets and interviews with miners"),
      ("lede", "Five years after the explosion")], ALL),
    # a note's end before a sentence opening with a starter and a number, with a group of people, with a two-word
    # name; a series' subject before a capitalised word and a lower-case one (not a possessive)
    ([("standfirst", "How a shooting turned a protest into a general strike"), ("byline", "Ana Lima, redflag.org"),
      ("note", "Part 3 of our series marking the centenary of the revolution of 1848–49"),
      ("lede", "On 18 March 1848 soldiers fired on the crowd")], ("newline", "space")),
    ([("standfirst", "The dockers’ long summer"), ("byline", "Pelle Ek, Workers Alliance"),
      ("note", "This is the second of a three-part series on the strikes of 1926"),
      ("lede", "In 1926 the dockers came out first")], ("newline", "space")),
    ([("standfirst", "Nurses vote for action over ratios"), ("byline", "Ruth Okafor, Workers Alliance"),
      ("note", "This article first appeared on the website of Red Flag in the United States"),
      ("lede", "Nurses at nine hospitals voted on Monday")], ("newline", "space")),
    ([("standfirst", "Bus drivers vote to strike"), ("byline", "Kang Min-ho, redflag.org"),
      ("note", "This article was first published on the website of Workers Alliance in New Zealand"),
      ("lede", "Drivers at four depots backed the action")], ("newline", "space")),
    ([("standfirst", "Women at a battery plant describe rationed breaks"), ("byline", "Yunfeng, redflag.org"),
      ("note", "We have changed the workers’ names at their request"),
      ("lede", "Mei Ling works ten-hour shifts on the line")], ("newline", "space")),
    ([("standfirst", "Cleaners describe the new rota"), ("byline", "Ana Lima, Workers Alliance"),
      ("note", "We have changed the cleaners’ names at their request"),
      ("lede", "Rosa Díaz starts work at five")], ("newline", "space")),
    ([("standfirst", "Empty towers and unpaid builders in a county town"), ("byline", "Tomasz Nowak, redflag.org"),
      ("note", "This is the first of a three-part series on Korea’s shipyard crisis"),
      ("lede", "Drive along the coast road and the first thing you see is a crane")], ("newline", "space")),
    ([("standfirst", "The union hall after the defeat"), ("byline", "Pelle Ek, Workers Alliance"),
      ("note", "This is the second of a two-part series on the dockers’ long strike"),
      ("lede", "Walk into the union hall today and the posters are still up")], ("newline", "space")),
    # a short line on its own after a byline line, without a sentence end, is a note whatever it says
    ([("standfirst", "Cleaners strike at the airport"), ("byline", "Pelle Ek, redflag.org"),
      ("note", "Live coverage, with reports from the picket"),
      ("lede", "The first shift walked out at five.")], ("newline",)),
    ([("standfirst", "Tenants occupy the council chamber"), ("byline", "Ana Lima, Workers Alliance"),
      ("note", "Video and transcript below"),
      ("lede", "About sixty tenants came in with the public.")], ("newline",)),
]


@pytest.mark.parametrize("parts,join", [pytest.param(parts, join, id=f"note{k}-{join}")
                                        for k, (parts, joins) in enumerate(NOTES) for join in joins])
def test_note(parts, join):
    got = split_excerpt(_excerpt(parts, join))
    expected = dict(parts)
    assert (got.standfirst, got.byline, got.note, got.lede) == (
        expected["standfirst"], expected["byline"], expected["note"], expected["lede"])


# an excerpt cut inside a credit's comma clause ("Statement by X, supported by Y and Z ..."): a byline, no lede
CREDIT_CUT = [
    ("No to the closure of the ward", "Statement by Workers Alliance (Red Flag in Porto), supported by the "
     "Porto Nurses’ Group and the Braga", "Workers Alliance"),
    ("Hands off the dockers’ union", "Statement by Socialist Alternative, endorsed by the Harbour Tenants’ "
     "Association", "Socialist Alternative"),
]


@pytest.mark.parametrize("join", ["newline", "space"])
@pytest.mark.parametrize("standfirst,byline,organisation", CREDIT_CUT)
def test_credit_cut_inside_its_comma_clause(standfirst, byline, organisation, join):
    got = split_excerpt(JOINS[join].join([standfirst, byline]) + "...")
    assert (got.standfirst, got.byline, got.lede, got.organisation) == (standfirst, byline, None, organisation)


def test_a_lone_name_with_a_dangling_comma_on_its_own_line_names_its_author():
    for name in ("Tomasz Nowak", "Kang Min-ho"):
        got = split_excerpt(f"Who owns the harbour\n{name},\nThe harbour was sold in 2019 to a fund")
        assert (got.byline, got.authors) == (f"{name},", [name])


# splitter 3.3 (heldout10): a by-credit naming its kind of writing ("Obituary by", "Eyewitness report by",
# "Guest article by"), or whose words a first-person text is ("As told to A, Org")
KINDS += [
    ("obituary-by", [("standfirst", "A docker who led the 1976 strike"),
                     ("byline", "Obituary by Pelle Ek, redflag.org"),
                     ("lede", "When he died in March the port stopped")], ["Pelle Ek"], "redflag.org", None, ALL),
    ("tribute-by", [("standfirst", "A teacher who never stopped organising"),
                    ("byline", "Tribute by Ana Lima, Workers Alliance"),
                    ("lede", "She joined the union in 1981")], ["Ana Lima"], "Workers Alliance", None, ALL),
    ("eyewitness-report-by", [("standfirst", "Pickets hold the gate through the storm"),
                              ("byline", "Eyewitness report by Kang Min-ho, Workers Alliance"),
                              ("lede", "The rain came in sideways at midnight")],
     ["Kang Min-ho"], "Workers Alliance", None, ALL),
    ("guest-article-by", [("standfirst", "The bank that owns the harbour"),
                          ("byline", "Guest article by Ruth Okafor, redflag.org"),
                          ("lede", "In 2019 the harbour authority sold its land")],
     ["Ruth Okafor"], "redflag.org", None, ALL),
    ("as-told-to", [("standfirst", "A porter describes her night shift"),
                    ("byline", "As told to Moira McTavish, Workers Alliance"),
                    ("lede", "I start at ten and the first job is the linen")],
     ["Moira McTavish"], "Workers Alliance", None, ALL),
    ("as-told-to-2", [("standfirst", "A driver on the new rota"), ("byline", "As told to Tomasz Nowak, redflag.org"),
                      ("lede", "My first run leaves the depot at five")], ["Tomasz Nowak"], "redflag.org", None, ALL),
    # ... and who the author is, to a sure end (a line break, a sentence starter, a run-in capital)
    ("guest-article-described", [("standfirst", "The coal plants that will outlive us"),
                                 ("byline", "Guest article by Dr Ruud DeVries, lecturer in economics at the "
                                            "University of Leiden"),
                                 ("lede", "The promise of a peak rests on")], ["Ruud DeVries"], None, None,
     ("newline", "space")),
    ("obituary-described", [("standfirst", "A nurse who built the union on her ward"),
                            ("byline", "Obituary by Ana Lima, a member of the nurses’ branch in Porto"),
                            ("lede", "The ward was full on the day of her funeral")], ["Ana Lima"], None, None,
     ("newline", "space")),
]

# splitter 3.3 (heldout10): a byline's tail saying for whom it was written or who else reported
KINDS += [
    ("special-to", [("standfirst", "The new government signs up to the loan terms"),
                    ("byline", "Ruth Okafor, Workers Alliance (Red Flag in Nigeria), special to redflag.org"),
                    ("lede", "Six months after the election the new cabinet")],
     ["Ruth Okafor"], "Workers Alliance", "Red Flag in Nigeria", ALL),
    ("special-to-2", [("standfirst", "Rubber tappers strike over the new quota"),
                      ("byline", "Pelle Ek, Socialist Alternative, special to chinaworker.info"),
                      ("lede", "At dawn on Tuesday the tappers gathered")],
     ["Pelle Ek"], "Socialist Alternative", None, ALL),
    ("additional-reporting", [("standfirst", "Cleaners will be taken back in-house"),
                              ("byline", "Ana Lima, Workers Alliance, with additional reporting by Tomasz Nowak"),
                              ("lede", "The council voted on Wednesday")],
     ["Ana Lima", "Tomasz Nowak"], "Workers Alliance", None, ALL),
    ("additional-reporting-2", [("standfirst", "Dockers reject the pay offer"),
                                ("byline", "Kang Min-ho, redflag.org, with reporting by Moira McTavish"),
                                ("lede", "In a ballot that closed on Friday")],
     ["Kang Min-ho", "Moira McTavish"], "redflag.org", None, ALL),
]

# splitter 3.3 (heldout10): a title before the first author belongs to the byline (never to the author's name)
KINDS += [
    ("councillor-name-org", [("standfirst", "Tenants of a harbour estate form a union after forty notices to quit"),
                             ("byline", "Councillor Moira McTavish, Workers Alliance (Red Flag in Scotland)"),
                             ("lede", "When the letters arrived most of the families")],
     ["Moira McTavish"], "Workers Alliance", "Red Flag in Scotland", ALL),
    ("dr-name-org", [("standfirst", "Why the new plants will lock in emissions for decades"),
                     ("byline", "Dr Pieter VanDamme, redflag.org"),
                     ("lede", "The climate promises of the government rest on")],
     ["Pieter VanDamme"], "redflag.org", None, ("newline", "space")),  # run in: "decadesDr" hides the name's start
]

# splitter 3.3 (heldout10): a credit that names what the author gave before a colon or a dash, then the names
KINDS += [
    ("text-and-photos", [("standfirst", "A night with the porters of the fish market"),
                         ("byline", "Text and photos: Ruth Okafor, redflag.org"),
                         ("lede", "By two in the morning the first lorries arrive")],
     ["Ruth Okafor"], "redflag.org", None, ALL),
    ("words-and-pictures", [("standfirst", "The last weavers of the old mill town"),
                            ("byline", "Words and pictures: Kang Min-ho, Workers Alliance"),
                            ("lede", "There were forty looms here in 1990")],
     ["Kang Min-ho"], "Workers Alliance", None, ALL),
    ("film-review-dash", [("standfirst", "A patient film follows a fishing family through the closures"),
                          ("byline", "Film review: ‘Low Tide: A Harbour Family’ – Pelle Ek, redflag.org"),
                          ("lede", "The grandfather went to sea in 1971")],
     ["Pelle Ek"], "redflag.org", None, ALL),
    ("book-review-dash", [("standfirst", "A history of the tram strikes that forgets the conductors"),
                          ("byline", "Book review: ‘Rails and Wages’ – Ana Lima, Workers Alliance"),
                          ("lede", "The author spent ten years in the archives")],
     ["Ana Lima"], "Workers Alliance", None, ALL),
]

# splitter 3.3 (heldout10): a sentence as the byline: where the author reports from, what the author is a member of
KINDS += [
    ("reports-from", [("standfirst", "Grid officials check tenants’ contracts"),
                      ("byline", "Kang Min-ho reports from Busan"),
                      ("lede", "The knock came on a Sunday evening")], ["Kang Min-ho"], None, None, ALL),
    ("writes-from", [("standfirst", "Rents double in the harbour district"),
                     ("byline", "Ruth Okafor writes from Lagos"),
                     ("lede", "Tenants in four blocks have stopped paying")], ["Ruth Okafor"], None, None, ALL),
    ("is-a-member-of", [("standfirst", "How the right won the dockland wards"),
                        ("byline", "Pelle Ek is a member of Socialist Alternative"),
                        ("lede", "In the last election the party came first")],
     ["Pelle Ek"], "Socialist Alternative", None, ALL),
    ("is-an-organiser-for", [("standfirst", "The bus drivers’ long summer"),
                             ("byline", "Ana Lima is an organiser for Red Flag"),
                             ("lede", "When the depot closed the drivers")], ["Ana Lima"], "Red Flag", None, ALL),
]

# splitter 3.3 (heldout10): a credit from a publication no table knows, named by its issue number
KINDS += [
    ("editorial-from-issue", [("standfirst", "New law would let police close migrant clubs"),
                              ("byline", "Editorial from Framåt issue 212"),
                              ("lede", "The bill presented on Tuesday borrows its words")], [], "Framåt", None, ALL),
    ("article-from-issue", [("standfirst", "Porters and the new contract"),
                            ("byline", "Article from Rebel Post issue 48"),
                            ("lede", "The contract signed last week gives")], [], "Rebel Post", None, ALL),
]

# splitter 3.3 (heldout10): the site's own words for a document credit ("We publish the text of ...")
KINDS += [
    ("we-publish-leaflet", [("standfirst", "Pride at twenty"),
                            ("byline", "We publish the text of a leaflet from Socialist Action for the Pride march"),
                            ("lede", "Twenty years ago a few hundred people walked")], [], "Socialist Action", None,
     ALL),
    ("we-publish-below-speech", [("standfirst", "Nurses and the ward closures"),
                                 ("byline", "We publish below the text of a speech by Workers Alliance at the rally "
                                            "in Porto"),
                                 ("lede", "The ward was closed in March")], [], "Workers Alliance", None, ALL),
    # splitter 3.4 (heldout11): the site's other verbs for it
    ("we-reproduce-here-statement", [("standfirst", "Pensioners march on the council"),
                                     ("byline", "We reproduce here the text of a statement from Workers Alliance "
                                                "for the rally"),
                                     ("lede", "The council has cut the bus passes of")], [], "Workers Alliance", None,
     ALL),
    ("we-print-below-leaflet", [("standfirst", "Dockers and the new rota"),
                                ("byline", "We print below the text of a leaflet from Red Flag for the picket"),
                                ("lede", "The rota was posted on a Friday")], [], "Red Flag", None, ALL),
]

# splitter 3.3 (heldout10): a lone name whose comma runs into the lede's capital (nothing between them)
KINDS += [
    ("name-comma-run-in", [("standfirst", "Low pay drives nurses out of the wards as fees keep rising"),
                           ("byline", "Tomasz Nowak,"), ("lede", "Thousands of nurses marched to the ministry")],
     ["Tomasz Nowak"], None, None, ("newline", "none")),
    ("name-comma-run-in-2", [("standfirst", "The latest purge reaches the navy"), ("byline", "Kang Min-ho,"),
                             ("lede", "Three more admirals have disappeared from view")],
     ["Kang Min-ho"], None, None, ("newline", "none")),
]

# splitter 3.4 (heldout11): a person described after the name, with a bracketed word ("(pseudonym)") and a
# workplace before the place
KINDS += [
    ("described-pseudonym-workplace", [("standfirst", "Drivers count the cost of the new app"),
                                       ("byline", "Ahmed (pseudonym), a driver at a delivery depot in Leeds"),
                                       ("lede", "When the app changed in May, my pay fell by a third")],
     ["Ahmed"], None, None, ALL),
    ("described-workplace", [("standfirst", "The port after the sale"),
                             ("byline", "Ana Lima, a crane driver at the container terminal in Porto"),
                             ("lede", "The new owners arrived in March with a plan")],
     ["Ana Lima"], None, None, ALL),
    # ... or writing in a personal capacity
    ("writing-in-a-capacity", [("standfirst", "Exporters squeezed between tariffs and a weak market"),
                               ("byline", "Pelle Ek, writing in a personal capacity"),
                               ("lede", "The trade fair halls were as crowded as ever")],
     ["Pelle Ek"], None, None, ALL),
    ("writes-in-a-capacity", [("standfirst", "What the election result means for the unions"),
                              ("byline", "Ruth Okafor writes in a private capacity"),
                              ("lede", "Turnout fell in every working-class ward")],
     ["Ruth Okafor"], None, None, ALL),
]

# splitter 3.3 (heldout10): a credit line no form knows, on its own line between a headline-like first line
# and the lede, is the byline (only a line break tells it: run into the text it reads as the lede's start)
CREDIT_LINES = [
    ("Nurses strike at the city hospital", "Kang Min-ho reports from Busan", "On Monday morning the nurses"),
    ("Rents double in the harbour district", "Ruth Okafor reports from Lagos", "Tenants in four blocks"),
    ("Why the right won the dockland wards", "Pelle Ek is a member of Workers Alliance in Gothenburg",
     "In the last election the party came first"),
    ("The bus drivers’ long summer", "Ana Lima is an organiser for Red Flag in Porto", "When the depot closed"),
    ("A council votes to sell the park", "Speech by Councillor Moira McTavish to Dundee City Council",
     "Chair, this council has a waiting list"),
    ("The coal plants that will outlive us", "Guest article by Dr Ruud DeVries, lecturer in economics at the "
     "University of Leiden", "Every promise of a peak rests on"),
    ("New law would close migrant clubs", "Editorial from Framåt issue 212", "The bill presented on Tuesday"),
    ("Porters and the new contract", "Leader from Tidewater issue 48", "The contract signed last week"),
]


def test_a_second_line_that_ends_a_sentence_or_follows_one_is_no_credit_line():
    got = split_excerpt("The strike is over.\nWorkers at the Busan yard went back to work on Monday\nOn Monday the")
    assert got.byline is None
    got = split_excerpt("Nurses strike\nThe hospital told Ruth Okafor it would close the ward.\nOn Monday they")
    assert got.byline is None


def _excerpt(parts: list[tuple[str, str]], join: str) -> str:
    return JOINS[join].join(text for _, text in parts)




# an excerpt cut inside a byline's tail (", with ..."): a byline and no lede
CUT = [
    ("Why rents rose fastest in the port districts", "Ana Lima, redflag.org, with photos by Jo", ["Ana Lima"],
     "redflag.org"),
    ("Nurses count the cost of the new rota", "Tom Reyes and Mei Chan, Workers Alliance, with additional report",
     ["Tom Reyes", "Mei Chan"], "Workers Alliance"),
    # splitter 3.9: cut inside the affiliation's brackets
    ("Most will receive nothing at all, the drivers say", "Hailang, redstrait.info (SCI in Ch", ["Hailang"],
     "redstrait.info"),
    ("Porters at the city hospital walk out over agency pay", "Ana Lima, Workers Alliance (ISA in Ma", ["Ana Lima"],
     "Workers Alliance"),
    # an interview credit with an organisation no table knows before its member, cut in the "who" clause
    ("Students abroad face visits from police back home", "Interview with Red Southerly member Hannah Brightwell, who "
     "organised the consulate p", ["Hannah Brightwell"], "Red Southerly"),
    ("Dockers say the new rosters break the deal", "Interview with Ny Tid member Ola Berg, who has worked at the port "
     "for twenty y", ["Ola Berg"], "Ny Tid"),
]


@pytest.mark.parametrize("join", ["newline", "space"])
@pytest.mark.parametrize("standfirst,byline,authors,organisation", CUT)
def test_excerpt_cut_inside_a_byline_tail(standfirst, byline, authors, organisation, join):
    got = split_excerpt(JOINS[join].join([standfirst, byline]) + "...")
    assert (got.standfirst, got.byline, got.lede, got.truncated) == (standfirst, byline, None, True)
    assert (got.authors, got.organisation) == (authors, organisation)


@pytest.mark.parametrize("standfirst,byline,authors,organisation", [
    # splitter 3.20: the byline's own last line, its tail no form reads, cut or whole (bylines.EXAMPLES[
    # "byline-last-line"])
    ("Ice carvers still unpaid three months on", "Lena Holm and Tomas Hale, redflag.org reporters in Harbin, with "
     "photos by a rea...", ["Lena Holm", "Tomas Hale"], "redflag.org"),
    ("Police kill two as owners refuse the new pay scale", "Ana Lima and Tom Reyes, Workers Alliance reporters in "
     "Ashulia, Gazipur and the Savar ex...", ["Ana Lima", "Tom Reyes"], "Workers Alliance"),
    ("Nurses in Leipzig demand the same ratios", "Lena Holm, Workers Alliance (ISA in Germany), member of the works "
     "council", ["Lena Holm"], "Workers Alliance"),
])
def test_a_byline_on_the_last_line_with_a_tail_no_form_reads(standfirst, byline, authors, organisation):
    got = split_excerpt(f"{standfirst}\n{byline}")
    assert (got.standfirst, got.byline.rstrip("."), got.lede) == (standfirst, byline.rstrip("."), None)
    assert (got.authors, got.organisation) == (authors, organisation)


def test_a_lede_opening_with_a_name_and_a_clause_on_the_last_line_is_no_byline() -> None:
    # names open ledes as often as bylines: only a membership or a second credit after them makes the line a byline
    for lede in ("Ho Wing-kei, who chaired a union of hospital clerks until it voted to dissolve itself, was refused",
                 "Lena Holm, a former union chair, was refused bail for the fourth time on Monday, eleven months"):
        got = split_excerpt(f"Court turns down a fourth bail application\n{lede}...")
        assert (got.standfirst, got.byline, got.lede) == ("Court turns down a fourth bail application", None, lede)


@_MODEL_OVERRIDE
def test_a_tail_after_an_organisation_is_no_cut_byline_when_the_excerpt_is_whole():
    got = split_excerpt("Why rents rose fastest in the port districts Ana Lima, redflag.org, with photos by Jo")
    assert got.byline != "Ana Lima, redflag.org, with photos by Jo"


@pytest.mark.parametrize("excerpt,byline,lede", [
    ("By Kang Min-ho Mrs Park has sold noodles at the same corner for twenty years", "By Kang Min-ho",
     "Mrs Park has sold noodles at the same corner for twenty years"),
    ("By Ruth Okafor Mr Adeyemi drove a bus in Lagos for thirty years before the depot closed", "By Ruth Okafor",
     "Mr Adeyemi drove a bus in Lagos for thirty years before the depot closed"),
])
def test_a_title_opening_the_lede_is_never_the_end_of_a_leading_byline(excerpt, byline, lede):
    # (splitter 3.3, heldout10: "Mr", "Mrs", "Ms" are titles, never name words)
    got = split_excerpt(excerpt)
    assert (got.byline, got.lede) == (byline, lede)


def test_an_update_inside_a_sentence_is_no_note():
    got = split_excerpt("Rents rise again\nThe council’s figures were updated with data from the landlords Workers at "
                        "the depot say")
    assert got.note is None


# splitter 3.5 (heldout12): what a member is after the organisation (a place first, a body, a candidacy)
KINDS += [
    ("org-place-role", [("standfirst", "Dock cranes stand idle as the port waits for a buyer"),
                        ("byline", "Ana Lima, Workers Alliance, Porto youth organiser"),
                        ("lede", "The crane drivers were told on Monday that their contracts end")],
     ["Ana Lima"], "Workers Alliance", None, ALL),
    ("org-body", [("standfirst", "The council’s budget leaves the libraries to close"),
                  ("byline", "Tomasz Nowak, Red Flag national committee"),
                  ("lede", "Gdansk’s libraries will lose a third of their opening hours")],
     ["Tomasz Nowak"], "Red Flag", None, ALL),
    ("org-candidate", [("standfirst", "Bus drivers back a workers’ candidate for the city council"),
                       ("byline", "Ruth Okafor, Socialist Party candidate in Lagos Island"),
                       ("lede", "At the depot gates on Tuesday morning drivers signed the nomination")],
     ["Ruth Okafor"], "Socialist Party", None, ALL),
    ("org-candidate-for", [("standfirst", "A campaign for rent control in the old town"),
                           ("byline", "Pelle Ek, Workers Alliance candidate for Gothenburg East"),
                           ("lede", "Rents in the district have risen by half in five years")],
     ["Pelle Ek"], "Workers Alliance", None, ("newline",)),
]

# splitter 3.5 (heldout12): a web byline's separators ("A | Org", "A for Org") and labels ("Guest post: ...")
KINDS += [
    ("bar-org", [("standfirst", "Cleaners at the airport say the new contractor cut their hours"),
                 ("byline", "Yunfeng | Red Flag"),
                 ("lede", "Since the contract changed hands in April the night shift has lost")],
     ["Yunfeng"], "Red Flag", None, ("newline", "space")),
    ("bar-domain", [("standfirst", "The mine that never reopened"),
                    ("byline", "Kang Min-ho | redflag.org"),
                    ("lede", "Five years after the explosion the shaft is still sealed")],
     ["Kang Min-ho"], "redflag.org", None, ALL),
    ("for-domain", [("standfirst", "Shipyards return to overcapacity as orders dry up"),
                    ("byline", "Ruth Okafor for redflag.org"),
                    ("lede", "Three of the yards on the estuary have told their welders")],
     ["Ruth Okafor"], "redflag.org", None, ALL),
    ("for-org", [("standfirst", "Rents rise fastest where the new metro line opens"),
                 ("byline", "Tomasz Nowak for Socialist Action"),
                 ("lede", "Flats within a kilometre of the new stations cost")],
     ["Tomasz Nowak"], "Socialist Action", None, ALL),
    ("guest-post-member", [("standfirst", "Unpaid overtime and the first union in the warehouse district"),
                           ("byline", "Guest post: Pelle Ek, member of the Warehouse Workers’ Union"),
                           ("lede", "I have packed parcels for six years and never")],
     ["Pelle Ek"], "Warehouse Workers’ Union", None, ALL),
    ("guest-post-member-unknown-org", [("standfirst", "Crunch time in the game studios"),
                                       ("byline", "Guest post: Ana Lima, member of the Linke Offensive"),
                                       ("lede", "I have worked in the industry for nine years")],
     ["Ana Lima"], "Linke Offensive", None, ALL),
    ("opinion-label", [("standfirst", "Why the docks must stay public"),
                       ("byline", "Opinion: Ana Lima, Workers Alliance"),
                       ("lede", "The Harbour Board met on Tuesday")],
     ["Ana Lima"], "Workers Alliance", None, ALL),
    ("pamphlet-extracts", [("standfirst", "Why the bus passes should be kept"),
                           ("byline", "Extracts from the Red Flag pamphlet ‘Who Owns the Buses?’"),
                           ("lede", "The council says the passes cost too much")], [], "Red Flag", None,
     ("newline", "space")),  # (run together, a closing quote then a capital reads as an apostrophe: "’The")
    ("pamphlet-excerpts", [("standfirst", "The case for public housing"),
                           ("byline", "Excerpts from the Workers Alliance pamphlet ‘Homes, Not Profits’"),
                           ("lede", "Every year the waiting list grows")], [], "Workers Alliance", None,
     ("newline", "space")),
]

# splitter 3.5 (heldout12): an interview's intro ends before a new sentence, or a question cut by the excerpt's end
KINDS += [
    ("spoke-to-question-cut", [("standfirst", "Dockers in Mombasa pay for the port deal"),
                               ("byline", "Ana Lima spoke to Joseph Otieno of the Workers Alliance of Kenya "
                                          "(Red Flag in Kenya)"),
                               ("lede", "What has the new concession meant for the dockers on the")],
     # (the interviewee's organisation is not the byline's: tests/gold heldout12 t046 labels it, a known failure)
     ["Ana Lima"], None, None, ("newline", "space")),
    ("talked-to-new-sentence", [("standfirst", "Cadets at the shipping school work for nothing"),
                                ("byline", "Kang Min-ho talked to three cadets at a shipping school near Busan"),
                                ("lede", "All three finished their courses in June and were offered places.")],
     ["Kang Min-ho"], None, None, ("newline", "space")),
]

# splitter 3.5 (heldout12): an editorial of an organisation's publication named by the possessive, with its name
# in another script (which is no affiliation)
KINDS += [
    ("editorial-possessive-bulletin", [("standfirst", "The stimulus goes to the banks, not to workers"),
                                       ("byline", "Editorial from Red Flag’s bulletin 《紅旗》 issue 12"),
                                       ("lede", "Every few months another package is announced")],
     [], "Red Flag", None, ALL),
    ("editorial-possessive-weekly", [("standfirst", "Pay freeze for the civil service"),
                                     ("byline", "Editorial from Workers Alliance’s weekly issue 204"),
                                     ("lede", "The minister announced the freeze on Friday")],
     [], "Workers Alliance", None, ALL),
    # (the possessive of an organisation word that no table gives a possessive class: "Alternatif’s")
    ("editorial-possessive-org-word", [("standfirst", "Wages fall behind prices again"),
                                       ("byline", "Editorial from Marxa Alternatif’s bulletin issue 8"),
                                       ("lede", "Every month the statistics office reports")],
     [], "Marxa Alternatif", None, ALL),
    ("editorial-other-script-name", [("standfirst", "Pay freeze for the civil service"),
                                     ("byline", "Editorial from Rebel Voice magazine (《反抗之聲》) issue 8"),
                                     ("lede", "The minister announced the freeze on Friday")],
     [], "Rebel Voice magazine", None, ALL),
    # a speech credit naming a person of the organisation, then the event; the speech opens with its salutation
    ("speech-person-of-org", [("standfirst", "‘The docks belong to the people who work them’"),
                              ("byline", "Speech by Ana Lima of Workers Alliance in Porto at the May Day rally "
                                         "outside the town hall"),
                              ("lede", "Friends, comrades. Every year we march")],
     ["Ana Lima"], "Workers Alliance in Porto", None, ALL),
    ("speech-person-of-org-2", [("standfirst", "Why the nurses will strike again"),
                                ("byline", "Speech by Ruth Okafor of Red Flag at the rally outside the ministry"),
                                ("lede", "Comrades, the ministry has had our claim for a year")],
     ["Ruth Okafor"], "Red Flag", None, ALL),
]

# splitter 3.5 (heldout12): bare names between a standfirst's lower-case end and a sentence opening with a
# possessive, or two such names joined by "and"; a name's dangling comma before a group of people
KINDS += [
    ("bare-name-possessive-opening", [("standfirst", "Car workers ask what the sale means for them"),
                                      ("byline", "Pelle Ek"),
                                      ("lede", "Gothenburg’s oldest factory has changed hands three times")],
     ["Pelle Ek"], None, None, ALL),
    ("bare-name-possessive-opening-2", [("standfirst", "Dockers fear the new owners"),
                                        ("byline", "Ruth Okafor"),
                                        ("lede", "Lagos’s container port was sold in March")],
     ["Ruth Okafor"], None, None, ("newline", "space")),
    ("bare-two-names", [("standfirst", "A survey finds three hours a day spent commuting"),
                        ("byline", "Ana Lima and Tomasz Nowak"),
                        ("lede", "Workers who live in the new towns spend")],
     ["Ana Lima", "Tomasz Nowak"], None, None, ALL),
    ("bare-two-names-2", [("standfirst", "Rents double in the harbour district"),
                          ("byline", "Kang Min-ho and Ruth Okafor"),
                          ("lede", "Tenants in four blocks received letters")],
     ["Kang Min-ho", "Ruth Okafor"], None, None, ("newline", "space")),
    ("name-comma-group", [("standfirst", "Debt deal brings more austerity to the estates"),
                          ("byline", "Ana Lima,"),
                          ("lede", "Workers on the coffee estates have waited two years")],
     ["Ana Lima"], None, None, ALL),
    ("name-comma-group-2", [("standfirst", "The hospital cuts begin"),
                            ("byline", "Tomasz Nowak,"),
                            ("lede", "Nurses at the city hospital were told on Monday")],
     ["Tomasz Nowak"], None, None, ALL),
    # an organisation word then "and" and a lower-case word opens the lede ("Socialist Action | Red and green ...")
    ("org-then-org-word-and-lower", [("standfirst", "Operators pass the fuel price on to drivers"),
                                     ("byline", "Yunfeng, Socialist Action"),
                                     ("lede", "Red and green minibus drivers say their takings fell")],
     ["Yunfeng"], "Socialist Action", None, ALL),
    ("org-then-org-word-and-lower-2", [("standfirst", "Tenants and the new landlord"),
                                       ("byline", "Ana Lima, Workers Alliance"),
                                       ("lede", "Labour and housing groups met on Friday")],
     ["Ana Lima"], "Workers Alliance", None, ALL),
]

# splitter 3.5: a credit's tail ends after a place of two words before a new sentence, or before a number opening
# the lede (found by bench/split_perturb.py: new organisations and places in the gold's leaflet credits)
KINDS += [
    ("tail-two-word-place", [("standfirst", "Falling prices and the limits of growth"),
                             ("byline", "Leaflet issued by Red Flag for the May Day march in Da Nang"),
                             ("lede", "Consumer prices have fallen in most months since 2023")], [], "Red Flag", None,
     ("newline", "space")),
    ("tail-place-number", [("standfirst", "Wage arrears on the building sites"),
                           ("byline", "Leaflet issued by Workers Alliance for the May Day march in Porto"),
                           ("lede", "3 million building workers were owed wages at the end of the year")],
     [], "Workers Alliance", None, ("newline", "space")),
    ("tail-possessive-opening", [("standfirst", "The longest hours in Asia"),
                                 ("byline", "Leaflet issued by Red Flag for the Labour Day march"),
                                 ("lede", "Hong Kong’s workers create the wealth of the city")], [], "Red Flag", None,
     ("newline", "space")),
    ("tail-possessive-opening-2", [("standfirst", "Dockers and the sale of the port"),
                                   ("byline", "This is the text of a leaflet from Workers Alliance for the rally"),
                                   ("lede", "Porto’s dockers have worked without a contract")], [], "Workers Alliance",
     None, ("newline", "space")),
    ("tail-place-date", [("standfirst", "A May Day without unions"),
                         ("byline", "Leaflet issued by Red Flag for the rally in Buenos Aires"),
                         ("lede", "1 May passed without a single union march for the fifth year")],
     [], "Red Flag", None, ("newline", "space")),
]

# splitter 3.5: names are a comma list only where "and" closes it after name words, not an "and" in the lede
# ("A, Sosyalist Alternatif | I start at seven and the first job ...": found by bench/split_perturb.py)
KINDS += [
    ("comma-then-org-lede-and", [("standfirst", "A cleaner describes her shifts on the ward"),
                                 ("byline", "As told to Ana Lima, Sosyalist Alternatif"),
                                 ("lede", "I start at seven and the first job is the toilets")],
     ["Ana Lima"], "Sosyalist Alternatif", None, ("newline", "space")),
    ("comma-then-org-lede-and-2", [("standfirst", "Lashers keep up their protest through the typhoon"),
                                   ("byline", "Eyewitness report by Kang Min-ho, Marxa Alternatif"),
                                   ("lede", "The signal went up at eleven and by midnight the rain")],
     ["Kang Min-ho"], "Marxa Alternatif", None, ("newline", "space")),
]

# splitter 3.5: an organisation no table knows ends before a person's title opening the lede
KINDS += [
    ("loose-org-title-lede", [("standfirst", "Stallholders describe long nights and no pension"),
                              ("byline", "Statement by Partido Obrero Unificado"),
                              ("lede", "Mrs Huang has sold omelettes at the same spot for twenty years")],
     [], "Partido Obrero Unificado", None, ("newline", "space")),
    ("loose-org-title-lede-2", [("standfirst", "The deficit and who will pay for it"),
                                ("byline", "Ana Lima, Rood Links"),
                                ("lede", "Financial Secretary Paul Chan has announced cuts of 7 percent")],
     ["Ana Lima"], "Rood Links", None, ("newline", "space")),
]

# splitter 3.5: an organisation no table knows may link its words with a particle ("Frente de Izquierda")
KINDS += [
    ("loose-org-particle", [("standfirst", "Porters earn a few yuan for every journey between wards"),
                            ("byline", "By Kang Min-ho, Frente de Izquierda"),
                            ("lede", "Porters who move patients and supplies are paid a piece rate")],
     ["Kang Min-ho"], "Frente de Izquierda", None, ("newline", "space")),
    ("loose-org-particle-2", [("standfirst", "Bus fares rise for the third time"),
                              ("byline", "By Ana Lima, Partido dos Trabalhadores"),
                              ("lede", "Riders who use the night buses and the ferry pay twice")],
     ["Ana Lima"], "Partido dos Trabalhadores", None, ("newline", "space")),
]

# splitter 3.5: an issue number run into the lede's first word, however short ("issue 42In", "issue 263A new")
KINDS += [
    ("issue-run-in-short-word", [("standfirst", "Four years since the union's forced dissolution"),
                                 ("byline", "Editorial from Rebel Voice magazine issue 42"),
                                 ("lede", "In October 2021 the union voted to disband")], [], "Rebel Voice magazine",
     None, ALL),
    ("issue-run-in-article", [("standfirst", "Children taught to report their relatives"),
                              ("byline", "Editorial from Red Flag magazine issue 263"),
                              ("lede", "A new set of textbooks was issued to primary schools")], [],
     "Red Flag magazine", None, ALL),
]

# splitter 3.5: a guest author's description ends before a capitalised possessive and a lower-case word
KINDS += [
    ("guest-described-possessive", [("standfirst", "Why the new coal plants will outlive us"),
                                    ("byline", "Guest article by Dr Ruud DeVries, lecturer in economics at the "
                                               "University of Leiden"),
                                    ("lede", "Europe’s climate targets rest on a promise")],
     ["Ruud DeVries"], None, None, ("newline", "space")),
    ("guest-described-possessive-2", [("standfirst", "The port sale and the city"),
                                      ("byline", "Guest article by Ana Lima, researcher in labour history at the "
                                                 "University of Porto"),
                                      ("lede", "Porto’s docks have changed hands three times")],
     ["Ana Lima"], None, None, ("newline", "space")),
]

# splitter 3.5 (heldout12): a credit line whose label ends in "by" is the byline whole (only a line break tells)
CREDIT_LINES += [
    # a web domain opening the line (bylines.EXAMPLES["domain-credit-line"])
    ("Sick, dismissed, deported: the fate of a carer", "redflag.org migrant reporters’ collective",
     "Wati had looked after an elderly woman for four years"),
    ("What the figures say about the pay gap", "redflag.org research team", "Women at the three largest banks"),
    ("The railway company owes more than some countries", "Fact sheet by Red Flag researchers",
     "China State Railway Group reported debts"),
    ("Who owns the harbour", "Figures compiled by Red Flag researchers", "The harbour board sold"),
]


def test_no_byline_a_person_named_with_their_age_opens_the_lede() -> None:
    # "... in public housing | Lam Siu-fong, 52, has cleaned ...": bylines.EXAMPLES["person-age-opens-lede"]; a
    # described byline keeps its age ("Mei, 19, a nursing student"), and so does a credit ("spoke to Xiaolan, 22, who")
    for standfirst, lede in [("Outsourcing keeps pay low on the housing estates",
                              "Chan Mei-ling, 57, has cleaned the same block in Tsuen Wan for nine years"),
                             ("Riders say the new rates are a pay cut",
                              "Xiao Luo, 31, delivers parcels in Hangzhou six days a week and says")]:
        got = split_excerpt(f"{standfirst} {lede}...")
        assert (got.standfirst, got.byline, got.lede) == (standfirst, None, lede)


@pytest.mark.parametrize("standfirst,lede", [
    # splitter 3.5: no byline, a standfirst's lower-case end, then a capitalised possessive opening the lede
    ("Agency work to be allowed in the ports and shipyards", "Korea’s labour ministry has proposed rules that would"),
    ("Labour shortage at the battery plant despite youth unemployment", "Northvolt’s main plant is offering"),
    # splitter 3.9: a two-word name's possessive
    ("Almost half of young people are without work", "South Africa’s official unemployment rate rose again"),
    ("Bus fares rise again in the new towns", "Hong Kong’s transport department approved the increase"),
    # ... or after an adverb that ends a clause
    ("Conservation plans ignore the people who live there", "India’s forest department wants to move them out"),
    ("Savers worry as prices fall again", "Beijing’s central bank cut its lending rate on Monday"),
    # splitter 3.20: a possessive before a number (bylines.EXAMPLES["possessive-before-number"])
    ("Direct hiring promised, but the brokers’ lobby fights back", "Taiwan’s 750,000 migrant workers still pay"),
    ("Domestic workers’ minimum wage frozen again", "Hong Kong’s 340,000 domestic workers will wait another"),
])
def test_no_byline_a_capitalised_possessive_opens_the_lede(standfirst: str, lede: str) -> None:
    got = split_excerpt(f"{standfirst} {lede} a bonus to new recruits...")
    assert (got.standfirst, got.byline) == (standfirst, None)
    assert got.lede is not None and got.lede.startswith(lede)


def test_a_possessive_after_a_verb_inside_a_headline_gives_way_to_a_later_break() -> None:
    got = split_excerpt("Council quietly backs Porto’s plan for the harbour as tenants warn of rents Tenants say "
                        "the plan will double the rents in the old town...")
    assert got.standfirst == "Council quietly backs Porto’s plan for the harbour as tenants warn of rents"


@pytest.mark.parametrize("byline,authors", [
    # a byline on its own line whose first name word is also a sentence's first word ("He", "Ma"): the line break
    # says where it starts
    ("He Jie, Workers Alliance", ["He Jie"]),
    ("Ana Lima and He Yingzi, Red Flag", ["Ana Lima", "He Yingzi"]),
])
def test_a_byline_on_its_own_line_starts_with_the_line(byline: str, authors: list[str]) -> None:
    got = split_excerpt(f"The trials of the dock union leaders\n{byline}\nThe court sat for six days in March...")
    assert (got.standfirst, got.byline, got.authors) == ("The trials of the dock union leaders", byline, authors)


# splitter 3.6 (heldout13): each kind a general rule, two invented examples
_SF, _LD = "standfirst", "lede"
KINDS += [
    # a review's title after its reviewer and a colon, with the book's author or its publisher
    ("review-title", [(_SF, "A novel of the shipyards"),
                      ("byline", "Reviewed by Ana Lima: ‘Rust and Salt: A Porto Story’ by Jo Pereira (Tidewater "
                                 "Press, 2024)"),
                      (_LD, "Few novels have tried to describe a dry dock")],
     ["Ana Lima"], None, None, ("newline", "space")),
    ("review-title-2", [(_SF, "Memoirs of a dock strike"),
                        ("byline", "Reviewed by Tom Kay, Red Flag: ‘The Long Night’ (Harbour Books, 2023)"),
                        (_LD, "The author was nineteen when the strike began")],
     ["Tom Kay"], "Red Flag", None, ("newline", "space")),
    # an organisation's publication in a language, by its possessive
    ("possessive-publication-language", [(_SF, "Local councils run out of money"),
                                         ("byline", "Editorial from Red Flag’s Chinese bulletin 《紅旗》 issue 4"),
                                         (_LD, "Across the province, councils that borrowed")],
     [], "Red Flag", None, ("newline", "space")),
    ("possessive-publication-language-2", [(_SF, "The pension age goes up again"),
                                           ("byline", "Editorial from Workers Alliance’s Korean bulletin issue 12"),
                                           (_LD, "The government wants everyone to work longer")],
     [], "Workers Alliance", None, ("newline", "space")),
    # a label ending in a colon, run into the standfirst's last lower-case word
    ("run-in-label-colon", [(_SF, "Dockers in Porto load ships for the new owners"),
                            ("byline", "Dispatch 3 from Porto: Ana Lima, Red Flag"),
                            (_LD, "At six in the morning the gates open")],
     ["Ana Lima"], "Red Flag", None, ("newline", "space")),
    ("run-in-label-colon-2", [(_SF, "Fifty years since the harbour strike"),
                              ("byline", "From the archive (2009): Tom Kay, Workers Alliance"),
                              (_LD, "In May 1975 the dockers of the city walked out")],
     ["Tom Kay"], "Workers Alliance", None, ("newline", "space")),
    # ... or in "by"
    ("run-in-label-by", [(_SF, "A debate on rents and the rights of tenants"),
                         ("byline", "A contribution to the discussion by Ana Lima, Red Flag"),
                         (_LD, "The city’s latest housing plan has been welcomed")],
     ["Ana Lima"], "Red Flag", None, ("newline", "space")),
    ("run-in-label-by-2", [(_SF, "Is the port still public? Our readers ask"),
                           ("byline", "Readers’ questions answered by Tom Kay, Workers Alliance"),
                           (_LD, "Since our meeting on the port sale we have received")],
     ["Tom Kay"], "Workers Alliance", None, ("newline", "space")),
    # "on behalf of" an organisation or its body
    ("on-behalf-of", [(_SF, "Ten years of our paper"),
                      ("byline", "Ana Lima on behalf of the Red Flag editorial board"),
                      (_LD, "This month our paper publishes its hundredth issue")],
     ["Ana Lima"], "Red Flag", None, ("newline", "space")),
    ("on-behalf-of-2", [(_SF, "Why we stand in the council election"),
                        ("byline", "Tom Kay on behalf of Workers Alliance"),
                        (_LD, "The council has cut the bus routes")],
     ["Tom Kay"], "Workers Alliance", None, ("newline", "space")),
    # whom the author answers in a debate
    ("replies-to", [(_SF, "A reply in our debate on the port sale"),
                    ("byline", "Debate: Ana Lima, Red Flag, replies to Tom Kay"),
                    (_LD, "In last month’s article Tom Kay argued that")],
     ["Ana Lima"], "Red Flag", None, ("newline", "space")),
    ("replies-to-2", [(_SF, "Should the left back the ferry strike"),
                      ("byline", "Tom Kay, Workers Alliance, responds to Ana Lima"),
                      (_LD, "The ferry crews have been out for a week")],
     ["Tom Kay"], "Workers Alliance", None, ("newline", "space")),
    # notes: a reading time, a dedication, what else there is of this article, a series part by "The"
    ("note-reading-time", [(_SF, "Nurses who kept the wards open"), ("byline", "Ana Lima, Red Flag"),
                           ("note", "Reading time: 6 minutes"), (_LD, "Three years after the lockdowns")],
     ["Ana Lima"], "Red Flag", None, ("newline", "space")),
    ("note-reading-time-2", [(_SF, "The ferry crews’ long week"), ("byline", "Tom Kay, Workers Alliance"),
                             ("note", "Estimated reading time: 4 min"),
                             (_LD, "The ferry crews have been out for a week")],
     ["Tom Kay"], "Workers Alliance", None, ("newline", "space")),
    ("note-dedication", [(_SF, "The last doctor of the valley"), ("byline", "Ana Lima, Red Flag"),
                         ("note", "Dedicated to the memory of Dr Rui Costa, 1950–2024"),
                         (_LD, "For thirty years Dr Costa ran the only clinic")],
     ["Ana Lima"], "Red Flag", None, ("newline", "space")),
    ("note-dedication-2", [(_SF, "A dockers’ leader remembered"), ("byline", "Tom Kay, Workers Alliance"),
                           ("note", "In memory of Jo Pereira (1931-2023)"), (_LD, "When the strike began in 1975")],
     ["Tom Kay"], "Workers Alliance", None, ("newline", "space")),
    ("note-available", [(_SF, "Cleaners at the station are paid the least"), ("byline", "Ana Lima, Red Flag"),
                        ("note", "A printable Portuguese leaflet based on this article is available from our branch"),
                        (_LD, "The cleaners at the central station")],
     ["Ana Lima"], "Red Flag", None, ("newline", "space")),
    ("note-available-2", [(_SF, "Why the ferries must stay public"), ("byline", "Tom Kay, Workers Alliance"),
                          ("note", "A PDF of this article is available on request"),
                          (_LD, "The ferry company wants to sell")],
     ["Tom Kay"], "Workers Alliance", None, ("newline", "space")),
    ("note-series-the", [(_SF, "Farmers lose water to the new plants"), ("byline", "Ana Lima, Red Flag"),
                         ("note", "The second of three articles on the valley’s battery boom"),
                         (_LD, "When the reservoirs ran low")],
     ["Ana Lima"], "Red Flag", None, ("newline", "space")),
    ("note-series-the-2", [(_SF, "Where the port’s money goes"), ("byline", "Tom Kay, Workers Alliance"),
                           ("note", "The first of two articles on the port sale"),
                           (_LD, "Before the sale the harbour board")],
     ["Tom Kay"], "Workers Alliance", None, ("newline", "space")),
    # a member's role after the organisation and a comma, the byline first or after the standfirst
    ("role-after-comma-first", [("byline", "Ana Lima, Red Flag, labour researcher"),
                                (_LD, "Since the dockers’ union was dissolved")],
     ["Ana Lima"], "Red Flag", None, ("newline", "space")),
    ("role-after-comma", [(_SF, "Nurses refuse extra shifts"),
                          ("byline", "Tom Kay, Workers Alliance, health workers’ spokesperson in Porto"),
                          (_LD, "Nurses at the city hospital have begun")],
     ["Tom Kay"], "Workers Alliance", None, ("newline", "space")),
    # a credit based on what a person said, its author and organisation by "of"
    ("based-on-talk", [(_SF, "What the port sale means for the city"),
                       ("byline", "This article is based on a speech given by Ana Lima of Red Flag at the May Day "
                                  "rally in Porto."),
                       (_LD, "Comrades, the harbour was built by")],
     ["Ana Lima"], "Red Flag", None, ("newline", "space")),
    ("based-on-talk-2", [(_SF, "The ferries and the city"),
                         ("byline", "This text is based on a talk by Tom Kay of Workers Alliance."),
                         (_LD, "The ferry company wants to sell")],
     ["Tom Kay"], "Workers Alliance", None, ("newline", "space")),
    # a leaflet's credit opening the excerpt after a short lead-in
    ("leaflet-first-lead-in", [("byline", "Below, the text of a leaflet from Porto members of Red Flag for the May "
                                          "Day march"),
                               (_SF, "Rents have doubled while wages have not moved"),
                               (_LD, "Workers in Porto build the ships")],
     [], "Red Flag", None, ("newline", "space")),
    ("leaflet-first-lead-in-2", [("byline", "Handed out in Porto: text of a leaflet from Red Flag’s youth group for "
                                            "the students’ strike"),
                                 (_LD, "The university says it has no choice but to raise fees")],
     [], "Red Flag", None, ("newline", "space")),
    # two organisations: the first named is the organisation, with its own affiliation only
    ("org-and-org-first", [(_SF, "Ferry crews walk out"),
                           ("byline", "Workers Alliance and Socialist Front reporters"),
                           (_LD, "The ferry crews have been out for a week")],
     [], "Workers Alliance", None, ("newline", "space")),
    ("org-and-org-first-2", [(_SF, "No to the port sale"),
                             ("byline", "Joint statement of Red Flag and Workers Alliance (WA Norway)"),
                             (_LD, "The harbour board wants to sell")],
     [], "Red Flag", None, ("newline", "space")),
    # a social-media handle after the name: no author, like the name's other script
    ("handle", [(_SF, "Young workers refuse the long week"), ("byline", "Ana Lima (@analima), Red Flag"),
                (_LD, "For a growing number of young people")],
     ["Ana Lima"], "Red Flag", None, ("newline", "space")),
    ("handle-2", [(_SF, "The port after the sale"), ("byline", "Tom Kay (@tkay_writes), Workers Alliance"),
                  (_LD, "Since the sale the harbour has")],
     ["Tom Kay"], "Workers Alliance", None, ("newline", "space")),
    # an interview sentence ending in whom it was for
    ("interview-for", [(_SF, "A rider’s twelve-hour day"),
                       ("byline", "Ana Lima talked to Jo Pereira, a rider in Porto, for Red Flag"),
                       (_LD, "He has worked for the app for three years")],
     ["Ana Lima"], "Red Flag", None, ("newline", "space")),
    ("interview-for-2", [(_SF, "Nurses on the night shift"),
                         ("byline", "Tom Kay spoke to two nurses for redflag.org"),
                         (_LD, "Both women have worked nights for a decade")],
     ["Tom Kay"], "redflag.org", None, ("newline", "space")),
    # a talk or speech as the text, its speaker by "by" after any lead-in, to a sentence's or a credit tail's end
    ("talk-based-on", [(_SF, "How the ride apps set pay"),
                       ("byline", "Based on a talk by Ana Lima at the Red Flag summer school in Porto"),
                       (_LD, "Most of the riders I meet have never seen")],
     ["Ana Lima"], None, None, ("newline", "space")),
    ("talk-transcript", [(_SF, "What the 1975 strike teaches"),
                         ("byline", "This is an edited transcript of a speech given by Tom Kay at the May Day rally "
                                    "in Porto"),
                         (_LD, "Most of the dockers who struck in 1975")],
     ["Tom Kay"], None, None, ("newline", "space")),
    ("talk-version", [(_SF, "The port and the city"),
                      ("byline", "Slightly shortened version of the opening talk by Ana Lima, redflag.org, to the "
                                 "dockers’ school in Porto"),
                      (_LD, "Comrades, the harbour was built by")],
     ["Ana Lima"], "redflag.org", None, ("newline",)),
    # who or what of the organisation issued a leaflet ("the Porto branch of X")
    ("leaflet-branch-of", [("byline", "We publish the text of a leaflet from the Porto branch of Red Flag for the "
                                      "May Day march"),
                           (_LD, "Twenty years ago a few hundred dockers walked")],
     [], "Red Flag", None, ("newline", "space")),
    # a body of the organisation goes like a role word: the organisation is named
    ("body-of-org", [(_SF, "No to the port sale"),
                     ("byline", "Statement from the International Secretariat of Workers Alliance"),
                     (_LD, "The harbour board wants to sell")],
     [], "Workers Alliance", None, ("newline", "space")),
    ("body-of-org-2", [(_SF, "Perspectives for the year"),
                       ("byline", "Resolution adopted by the National Committee of Red Flag"),
                       (_LD, "The crisis of the port economy deepens")],
     [], "Red Flag", None, ("newline", "space")),
]

# splitter 3.6 (heldout14): each kind a general rule, two invented examples
KINDS += [
    ("steward-at", [(_SF, "Drivers attacked on the night routes"),
                    ("byline", "Ana Lima, Red Flag shop steward at Porto Ferries"),
                    (_LD, "Drivers on three routes have been attacked")],
     ["Ana Lima"], "Red Flag", None, ("newline", "space")),
    ("steward-at-2", [("byline", "Tom Kay, Workers Alliance, union steward at Harbour Buses"),
                      (_LD, "Since January the company has cut")],
     ["Tom Kay"], "Workers Alliance", None, ("newline", "space")),
    ("writes-from", [(_SF, "Plant closures test the new union leaders"),
                     ("byline", "Ana Lima, Workers Alliance, writes from Detroit"),
                     (_LD, "Two years after the strike won record raises")],
     ["Ana Lima"], "Workers Alliance", None, ("newline", "space")),
    ("writes-from-2", [(_SF, "Dockers vote to strike"), ("byline", "Tom Kay, Red Flag, reports from Porto"),
                       (_LD, "The ballot closed on Friday")],
     ["Tom Kay"], "Red Flag", None, ("newline", "space")),
    ("issue-after-appositive", [(_SF, "The budget closes maternity wards"),
                                ("byline", "Editorial from Offensiv, weekly paper of Workers Alliance, issue 1618"),
                                (_LD, "The budget presented this week tells us")],
     [], "Offensiv", None, ("newline", "space")),
    ("issue-after-appositive-2", [(_SF, "Rents and wages"),
                                  ("byline", "Editorial from Red Spark, monthly paper of Workers Alliance, issue 42"),
                                  (_LD, "Every month the rent takes more")],
     [], "Red Spark", None, ("newline", "space")),
    ("event-in-place", [(_SF, "Young socialists meet in the port"),
                        ("byline", "Resolution adopted by the Workers Alliance youth school in Porto"),
                        (_LD, "The conflict between the great powers")],
     [], "Workers Alliance", None, ("newline", "space")),
    ("event-in-place-2", [(_SF, "Perspectives for the docks"),
                          ("byline", "Statement adopted by the redflag.org summer camp in Braga"),
                          (_LD, "The sale of the port is only")],
     [], "redflag.org", None, ("newline", "space")),
    ("full-text-leaflet", [("byline", "Full text of a leaflet from hospital workers in Red Flag for the cleaners’ "
                                      "protest in Porto on 3 March"),
                           (_LD, "Cleaners and porters keep our hospitals running")],
     [], "Red Flag", None, ("newline", "space")),
    ("full-text-leaflet-2", [("byline", "Complete text of the statement by Workers Alliance"),
                             (_LD, "The harbour board wants to sell the port")],
     [], "Workers Alliance", None, ("newline", "space")),
    ("org-reviews", [(_SF, "A reporter’s account of the coalfields"),
                     ("byline", "Ana Lima, Red Flag, reviews ‘Black Dust: Life in the Valley Mines’"),
                     (_LD, "This book began as a series of reports")],
     ["Ana Lima"], "Red Flag", None, ("newline", "space")),
    ("org-reviews-2", [(_SF, "The port in fiction"),
                       ("byline", "Tom Kay, Workers Alliance, reviews ‘Salt Harbour’ by Jo Pereira"),
                       (_LD, "Few novels describe a dock strike")],
     ["Tom Kay"], "Workers Alliance", None, ("newline", "space")),
    ("conversation-recorded", [(_SF, "Couriers and the clock"),
                               ("byline", "This conversation with a courier in Porto was recorded by Ana Lima of "
                                          "Workers Alliance over three evenings."),
                               (_LD, "How long is your shift?")],
     ["Ana Lima"], "Workers Alliance", None, ("newline", "space")),
    ("conversation-recorded-2", [(_SF, "A docker remembers"),
                                 ("byline", "This interview with a retired docker was conducted by Tom Kay."),
                                 (_LD, "When did you start on the docks?")],
     ["Tom Kay"], None, None, ("newline", "space")),
    ("letter-from", [(_SF, "Patients skip appointments they cannot pay for"),
                     ("byline", "A letter from Ana Lima, a nurse in Porto"),
                     (_LD, "Since the new fees came in, I have seen")],
     ["Ana Lima"], None, None, ("newline", "space")),
    ("letter-from-2", [(_SF, "The lift stops on every third floor"),
                       ("byline", "Letter from Tom Kay, a tenant of the Harbour estate"),
                       (_LD, "I live on the ninth floor")],
     ["Tom Kay"], None, None, ("newline", "space")),
    ("compiled-from", [(_SF, "Sudden shutdowns leave workers unpaid"),
                       ("byline", "Compiled by Red Flag reporters from workers’ posts on social media"),
                       (_LD, "In the past month we have counted")],
     [], "Red Flag", None, ("newline", "space")),
    ("compiled-from-2", [(_SF, "The ferry strike day by day"),
                         ("byline", "Compiled by redflag.org reporters from the crews’ own reports"),
                         (_LD, "On Monday the first ferry stayed in port")],
     [], "redflag.org", None, ("newline", "space")),
    ("written-with-reporting", [(_SF, "Empty factories along the highway"),
                                ("byline", "Written by Ana Lima with additional reporting by Tom Kay, Red Flag"),
                                (_LD, "Along the highway from the port")],
     ["Ana Lima", "Tom Kay"], "Red Flag", None, ("newline", "space")),
    ("written-with-reporting-2", [(_SF, "The harbour after the sale"),
                                  ("byline", "Written by Tom Kay with reporting by Jo Pereira, redflag.org"),
                                  (_LD, "Since the sale the harbour has")],
     ["Tom Kay", "Jo Pereira"], "redflag.org", None, ("newline", "space")),
    ("member-of-described", [(_SF, "Shops close early in the old town"),
                             ("byline", "Eyewitness report by Ana Lima, a member of Red Flag in Porto"),
                             (_LD, "The streets were empty by six")],
     ["Ana Lima"], "Red Flag", None, ("newline", "space")),
    ("member-of-described-2", [(_SF, "The night the lights went out"),
                               ("byline", "Guest article by Tom Kay, a member of Workers Alliance"),
                               (_LD, "The power went off at nine")],
     ["Tom Kay"], "Workers Alliance", None, ("newline", "space")),
    ("asked", [(_SF, "Retired teachers are back on the streets"),
               ("byline", "redflag.org asked Jo Pereira, a retired teacher from Porto, why pensioners protest"),
               (_LD, "We were told that if we worked for the state")],
     [], "redflag.org", None, ("newline", "space")),
    ("asked-2", [(_SF, "What the dockers want"),
                 ("byline", "Workers Alliance asked three dockers about the sale"),
                 (_LD, "They want the port to stay public")],
     [], "Workers Alliance", None, ("newline",)),
    ("note-two-part-analysis", [(_SF, "How the port’s debt was built"), ("byline", "Ana Lima, Red Flag"),
                                ("note", "This is the first part of a two-part analysis"),
                                (_LD, "For fifteen years the harbour board borrowed")],
     ["Ana Lima"], "Red Flag", None, ("newline", "space")),
    ("note-translated-edition", [(_SF, "Bonuses dangled and withdrawn"), ("byline", "Tom Kay, Workers Alliance"),
                                 ("note", "Translated from the Portuguese edition of redflag.org by our volunteers"),
                                 (_LD, "Recruitment agents once again line the streets")],
     ["Tom Kay"], "Workers Alliance", None, ("newline", "space")),
    ("note-updated-place", [(_SF, "Teachers unpaid for five months"), ("byline", "Red Flag reporters"),
                            ("note", "Updated on 14 March with news of the arrests in Braga"),
                            (_LD, "Teachers from at least six towns have posted")],
     [], "Red Flag", None, ("newline", "space")),
    ("note-updated-place-2", [(_SF, "Ferry crews strike"), ("byline", "Workers Alliance reporters"),
                              ("note", "Updated on 2 May with the company’s reply from Porto"),
                              (_LD, "Crews on the river ferries walked out")],
     [], "Workers Alliance", None, ("newline", "space")),
    ("acronym-plural-before-name", [(_SF, "Mills pay workers in IOUs"), ("byline", "Ana Lima, Red Flag"),
                                    (_LD, "In the steel districts workers say")],
     ["Ana Lima"], "Red Flag", None, ("space",)),
    ("acronym-plural-before-name-2", [(_SF, "Donors desert the NGOs"), ("byline", "Tom Kay, Workers Alliance"),
                                      (_LD, "Since the new law came in")],
     ["Tom Kay"], "Workers Alliance", None, ("space",)),
    ("source-then-by", [(_SF, "What the trade deals mean for dockers"),
                        ("byline", "This article first appeared in the magazine of Red Flag (WA in Macau). By Ana "
                                   "Lima, Red Flag"),
                        (_LD, "The minister returned from Beijing")],
     ["Ana Lima"], "Red Flag", "WA in Macau", ("newline", "space")),
    ("source-then-by-2", [(_SF, "Young workers leave the country"),
                          ("byline", "This article was written for the May Day bulletin of Workers Alliance. By Tom "
                                     "Kay"),
                          (_LD, "In every town there is a family")],
     ["Tom Kay"], None, None, ("newline", "space")),
    # (a person-shaped name, then "of" and an organisation a form reads as one organisation with it)
    ("person-of-org", [(_SF, "Nurses count the cost"),
                       ("byline", "Chan Wai-man of Socialist Front spoke to two nurses at the city hospital"),
                       (_LD, "The wards are short of staff")],
     ["Chan Wai-man"], "Socialist Front", None, ("newline",)),
    ("person-of-org-2", [(_SF, "Riders against the algorithm"),
                         ("byline", "Lee Ka-yan of Workers Alliance talked to three riders in Porto"),
                         (_LD, "How do the fines work?")],
     ["Lee Ka-yan"], "Workers Alliance", None, ("newline",)),
]


# splitter 3.7 (heldout15's misses, each kind in two invented examples): notes of another language or medium, an
# audio version, why names were changed, a series' subject holding a name; a role and an occupation, a writer or
# correspondent "for" an organisation, an editorial board "of" one, "reports for <org> from <place>", a kind of
# correspondent with the organisation, a quoted title "reviewed by", a scene's notes "by" their writer, a section's
# kicker before a byline that opens the excerpt, a credit sentence naming an organisation with its section before
# "By <Name>" (the first organisation named)
KINDS += [
    ("note-available-in", [(_SF, "Ferry crews demand a floor on fares"), ("byline", "Ana Lima"),
                           ("note", "This article is also available in Portuguese"),
                           (_LD, "Crews on the river ferries logged off for two days")],
     ["Ana Lima"], None, None, ("newline", "space", "none")),
    ("note-available-in-2", [(_SF, "Dockers vote to strike"), ("byline", "Tom Kay, Red Flag"),
                             ("note", "This interview is now available as a podcast"),
                             (_LD, "Dockers at the container port voted by a wide margin")],
     ["Tom Kay"], "Red Flag", None, ("newline", "space", "none")),
    ("note-listen", [(_SF, "Cleaners demand the wage they were promised"), ("byline", "Ana Lima, Red Flag"),
                     ("note", "Listen: an audio version of this article is on our podcast page"),
                     (_LD, "Cleaners at the city hospital walked out on Monday")],
     ["Ana Lima"], "Red Flag", None, ("newline", "space")),
    ("note-listen-2", [(_SF, "Bus drivers reject the new rosters"), ("byline", "Tom Kay, Workers Alliance"),
                       ("note", "Audio: this report read aloud by our volunteers"),
                       (_LD, "Drivers at both depots rejected the offer")],
     ["Tom Kay"], "Workers Alliance", None, ("newline", "space")),
    ("note-names-changed-why", [(_SF, "Ports at a standstill"), ("byline", "Ana Lima"),
                                ("note", "Names of the workers quoted have been changed to protect them from "
                                         "reprisals"),
                                (_LD, "Ferry crews in Porto stopped work for a week")],
     ["Ana Lima"], None, None, ("newline", "space")),
    ("note-names-changed-why-2", [(_SF, "Night shifts without a break"), ("byline", "Tom Kay, Red Flag"),
                                  ("note", "The names of the nurses have been changed for their own safety"),
                                  (_LD, "Hospital wards in Braga run on two nurses at night")],
     ["Tom Kay"], "Red Flag", None, ("newline", "space")),
    ("note-series-named-subject", [(_SF, "A new container terminal brings jobs, and a fight over conditions."),
                                   ("byline", "By Ana Lima"),
                                   ("note", "This is the first part of a two-part series on the Pearl River Delta "
                                            "factories"),
                                   (_LD, "At the terminal near the river, containers are unloaded")],
     ["Ana Lima"], None, None, ("newline", "space")),
    ("note-series-named-subject-2", [(_SF, "Rice prices and the rail freight boom"), ("byline", "Tom Kay, Red Flag"),
                                     ("note", "This is the third of four articles on the new Silk Road in Europe"),
                                     (_LD, "At the freight yard outside the city, trains arrive")],
     ["Tom Kay"], "Red Flag", None, ("newline", "space")),
    ("role-and-occupation", [(_SF, "Members vote down the new rosters"),
                             ("byline", "Ana Lima, Red Flag member and bus driver in Porto"),
                             (_LD, "Drivers at the depots have rejected the offer")],
     ["Ana Lima"], "Red Flag", None, ("newline", "space")),
    ("role-and-occupation-2", [(_SF, "Wards close as staff leave"),
                               ("byline", "Tom Kay, Workers Alliance organiser and nurse"),
                               (_LD, "Two wards of the city hospital closed")],
     ["Tom Kay"], "Workers Alliance", None, ("newline", "space")),
    ("writer-for", [(_SF, "Rooms for three in the student suburbs"),
                    ("byline", "Ana Lima, guest writer for redflag.org"),
                    (_LD, "In the suburbs around the university, rooms")],
     ["Ana Lima"], "redflag.org", None, ("newline", "space")),
    ("writer-for-2", [(_SF, "The port after the sale"), ("byline", "Tom Kay, correspondent for Workers Alliance"),
                      (_LD, "Since the sale the harbour has")],
     ["Tom Kay"], "Workers Alliance", None, ("newline", "space")),
    ("editorial-board-of", [(_SF, "The governor wants to sell the ferries"),
                            ("byline", "Ana Lima, editorial board of Red Flag (WA in Macau)"),
                            (_LD, "Ferry workers stopped work for a day")],
     ["Ana Lima"], "Red Flag", "WA in Macau", ("newline", "space")),
    ("editorial-board-of-2", [(_SF, "Pensions cut again"), ("byline", "Tom Kay, editorial board of Workers Alliance"),
                              (_LD, "Retired teachers marched on the ministry")],
     ["Tom Kay"], "Workers Alliance", None, ("newline", "space")),
    ("reports-for-from", [(_SF, "Fuel costs double for workers"),
                          ("byline", "Ana Lima reports for Workers Alliance from Porto"),
                          (_LD, "Protests against the cost of petrol spread")],
     ["Ana Lima"], "Workers Alliance", None, ("newline", "space")),
    ("reports-for-from-2", [(_SF, "Teachers unpaid for months"),
                            ("byline", "Tom Kay reports for redflag.org from Braga"),
                            (_LD, "Teachers in six towns have not been paid")],
     ["Tom Kay"], "redflag.org", None, ("newline", "space")),
    ("kind-of-correspondent", [(_SF, "A shipyard walks away and leaves its workers in limbo"),
                               ("byline", "Special correspondent, redflag.org, in Porto"),
                               (_LD, "The gates of the shipyard have been chained shut")],
     [], "redflag.org", None, ("newline", "space")),
    ("kind-of-correspondent-2", [(_SF, "Rents rise again in the old town"),
                                 ("byline", "Staff reporter, Workers Alliance"),
                                 (_LD, "Tenants in the old town face")],
     [], "Workers Alliance", None, ("newline", "space")),
    ("title-reviewed-by", [(_SF, "A sociologist’s years among dockers"),
                           ("byline", "‘Harbour of Ghosts: Dockers of Porto’ reviewed by Ana Lima, Red Flag"),
                           (_LD, "This book grew out of ten years of visits")],
     ["Ana Lima"], "Red Flag", None, ("newline", "space")),
    ("title-reviewed-by-2", [(_SF, "The long night of the mills"),
                             ("byline", "‘The Long Night Shift’ reviewed by Tom Kay, redflag.org"),
                             (_LD, "Few novels about factory work")],
     ["Tom Kay"], "redflag.org", None, ("newline", "space")),
    ("scene-by", [(_SF, "The workers were told by text message"),
                  ("byline", "Notes from the picket line by Ana Lima, Red Flag member"),
                  (_LD, "At two in the morning the gate is usually")],
     ["Ana Lima"], "Red Flag", None, ("newline", "space", "none")),
    ("scene-by-2", [(_SF, "Shifts cut without notice at the mill"),
                    ("byline", "Diary from a strike committee by Tom Kay"),
                    (_LD, "On the first morning we met in the canteen")],
     ["Tom Kay"], None, None, ("newline", "space", "none")),
    ("kicker-first", [("byline", "Opinion | Ana Lima, Red Flag"),
                      (_SF, "A slogan that promised to curb the rich disciplines the poor"),
                      (_LD, "When the minister revived the phrase in 2021, few")],
     ["Ana Lima"], "Red Flag", None, ("newline", "space")),
    ("kicker-first-2", [("byline", "Long read | Tom Kay, Workers Alliance"),
                        (_SF, "How the harbour board sold the port"),
                        (_LD, "For fifteen years the board borrowed")],
     ["Tom Kay"], "Workers Alliance", None, ("newline", "space")),
    # an organisation does not start inside a capitalised run: "... drag on | Red Flag reporters" (a verb's particle
    # before it), not "... drag on Red | Flag reporters"
    ("particle-then-org-reporters", [(_SF, "Pension cuts stay while the arguments drag on"),
                                     ("byline", "Red Flag reporters"),
                                     (_LD, "Retired teachers marched on the ministry")],
     [], "Red Flag", None, ("space",)),
    ("particle-then-org-reporters-2", [(_SF, "Rents keep rising and the protests go on"),
                                       ("byline", "Workers Alliance reporters"),
                                       (_LD, "The tenants of the old estates marched")],
     [], "Workers Alliance", None, ("space",)),
    # an organisation, a dash and what it calls its text ("CWI - a socialist analysis" on a real reviews page)
    ("org-tagline", [(_SF, "Rents rise again in the old town"), ("byline", "Workers Alliance — an eyewitness report"),
                     (_LD, "The tenants of the old estates marched")],
     [], "Workers Alliance", None, ("newline", "space")),
    ("org-tagline-2", [(_SF, "Ferry fares double for the second time"),
                       ("byline", "Socialist Front - a socialist view"), (_LD, "Crews on the river ferries say")],
     [], "Socialist Front", None, ("newline", "space")),
    # splitter 3.7, ordinary editors' shapes no set held (found by trying them): a date after the byline, "By <names>
    # in <place>", "<Name> writes for <org>", a role between the name and the organisation (after a comma or a
    # bar), a role by the organisation's possessive, a member of an organisation's body by its possessive, an
    # activist "with" an organisation, an eyewitness "account", "Reporting by A; editing by B", a dash between the
    # name and the organisation
    ("names-org-date", [(_SF, "Dockers vote to strike"), ("byline", "Ana Lima, Workers Alliance, 12 March 2025"),
                        (_LD, "Dockers at the two terminals voted")],
     ["Ana Lima"], "Workers Alliance", None, ("newline", "space")),
    ("names-org-date-2", [(_SF, "Rents rise again in the old town"), ("byline", "Tom Kay, redflag.org, March 3, 2024"),
                          (_LD, "Tenants of the old estates marched")],
     ["Tom Kay"], "redflag.org", None, ("newline", "space")),
    ("by-names-in-place", [(_SF, "Dockers vote to strike"), ("byline", "By Ana Lima and Tom Kay in Porto"),
                           (_LD, "Dockers at the two terminals voted")],
     ["Ana Lima", "Tom Kay"], None, None, ("newline", "space")),
    ("by-names-in-place-2", [(_SF, "Ferry crews walk out"), ("byline", "By Jo Pereira in Braga"),
                             (_LD, "Crews on the river ferries walked out")],
     ["Jo Pereira"], None, None, ("newline", "space")),
    ("writes-for", [(_SF, "Dockers vote to strike"), ("byline", "Ana Lima writes for Workers Alliance"),
                    (_LD, "Dockers at the two terminals voted")],
     ["Ana Lima"], "Workers Alliance", None, ("newline", "space")),
    ("writes-for-2", [(_SF, "Ferry crews walk out"), ("byline", "Tom Kay, writing for redflag.org"),
                      (_LD, "Crews on the river ferries walked out")],
     ["Tom Kay"], "redflag.org", None, ("newline", "space")),
    ("role-between", [(_SF, "Dockers vote to strike"), ("byline", "Ana Lima, national secretary, Workers Alliance"),
                      (_LD, "Dockers at the two terminals voted")],
     ["Ana Lima"], "Workers Alliance", None, ("newline", "space")),
    ("role-between-2", [(_SF, "Ferry crews walk out"), ("byline", "Tom Kay | Staff writer, redflag.org"),
                        (_LD, "Crews on the river ferries walked out")],
     ["Tom Kay"], "redflag.org", None, ("newline", "space")),
    ("possessive-role", [(_SF, "Dockers vote to strike"), ("byline", "Ana Lima, Red Flag’s labour correspondent"),
                         (_LD, "Dockers at the two terminals voted")],
     ["Ana Lima"], "Red Flag", None, ("newline", "space")),
    ("possessive-role-2", [(_SF, "Ferry crews walk out"),
                           ("byline", "Tom Kay, member of Workers Alliance’s national committee"),
                           (_LD, "Crews on the river ferries walked out")],
     ["Tom Kay"], "Workers Alliance", None, ("newline", "space")),
    ("activist-with", [(_SF, "Dockers vote to strike"), ("byline", "Ana Lima, an activist with Workers Alliance"),
                       (_LD, "Dockers at the two terminals voted")],
     ["Ana Lima"], "Workers Alliance", None, ("newline", "space")),
    ("activist-with-2", [(_SF, "Ferry crews walk out"), ("byline", "Tom Kay, an organiser with redflag.org"),
                         (_LD, "Crews on the river ferries walked out")],
     ["Tom Kay"], "redflag.org", None, ("newline", "space")),
    ("eyewitness-account", [(_SF, "Dockers vote to strike"), ("byline", "Eyewitness account by Ana Lima"),
                            (_LD, "Dockers at the two terminals voted")],
     ["Ana Lima"], None, None, ("newline", "space")),
    ("eyewitness-account-2", [(_SF, "Ferry crews walk out"), ("byline", "Eyewitness account by Tom Kay, Red Flag"),
                              (_LD, "Crews on the river ferries walked out")],
     ["Tom Kay"], "Red Flag", None, ("newline", "space")),
    ("reporting-editing", [(_SF, "Dockers vote to strike"), ("byline", "Reporting by Ana Lima; editing by Tom Kay"),
                           (_LD, "Dockers at the two terminals voted")],
     ["Ana Lima"], None, None, ("newline", "space")),
    ("reporting-editing-2", [(_SF, "Ferry crews walk out"),
                             ("byline", "Reporting by Jo Pereira, redflag.org; editing by Li Wei"),
                             (_LD, "Crews on the river ferries walked out")],
     ["Jo Pereira"], "redflag.org", None, ("newline", "space")),
    ("names-dash-org", [(_SF, "Dockers vote to strike"), ("byline", "Ana Lima – Workers Alliance"),
                        (_LD, "Dockers at the two terminals voted")],
     ["Ana Lima"], "Workers Alliance", None, ("newline", "space")),
    ("names-dash-org-2", [(_SF, "Ferry crews walk out"), ("byline", "Tom Kay — redflag.org"),
                          (_LD, "Crews on the river ferries walked out")],
     ["Tom Kay"], "redflag.org", None, ("newline", "space")),
    ("analysis-written-for-then-by", [(_SF, "Promises give way to tax breaks"),
                                      ("byline", "This analysis was written for Red Flag (WA in Macau). By Ana Lima, "
                                                 "redflag.org"),
                                      (_LD, "The long-delayed plenum promised")],
     ["Ana Lima"], "Red Flag", "WA in Macau", ("newline", "space")),
    ("analysis-written-for-then-by-2", [(_SF, "Why the rail deal failed"),
                                        ("byline", "This analysis was written for Workers Alliance (WA in Porto). "
                                                   "By Tom Kay"),
                                        (_LD, "When the contract was signed")],
     ["Tom Kay"], "Workers Alliance", "WA in Porto", ("newline", "space")),
]


# a joint credit's list of organisations cut by the excerpt's end: no lede, the first organisation named
CUT_JOINT = [
    ("Free the detained dockers", "Joint statement by Red Flag (WA in Macau), Workers Alliance, Socialist Front and "
                                  "members of", "Red Flag", "WA in Macau"),
    ("Stop the raids", "Joint appeal by Workers Alliance, Red Flag (WA in Macau), Socialist Front (WA in",
     "Workers Alliance", None),
]


@pytest.mark.parametrize("standfirst,byline,organisation,affiliation", CUT_JOINT)
def test_a_joint_credit_cut_inside_its_list_of_organisations(standfirst, byline, organisation, affiliation):
    got = split_excerpt(f"{standfirst} {byline}...")
    assert (got.standfirst, got.byline, got.lede) == (standfirst, byline, None)
    assert (got.organisation, got.affiliation) == (organisation, affiliation)


@pytest.mark.parametrize("excerpt,standfirst", [
    # splitter 3.6: a capitalised word after a compass adjective is a place, not a sentence's start
    ("Floods across southern China leave thousands homeless Families in the river towns have",
     "Floods across southern China leave thousands homeless"),
    ("Drought in eastern Kenya ruins the harvest Farmers in the hills say the rains",
     "Drought in eastern Kenya ruins the harvest"),
])
def test_no_byline_a_place_after_a_compass_adjective_is_no_break(excerpt: str, standfirst: str) -> None:
    got = split_excerpt(excerpt + " failed twice...")
    assert (got.standfirst, got.byline) == (standfirst, None)


@pytest.mark.parametrize("byline,lede", [
    # splitter 3.6: an acronym organisation takes no place that opens with a title
    ("By Ana Lima, WA", "President Costa returned from Beijing"),
    ("Tom Kay, LSR", "Governor Silva said the port"),
])
def test_an_acronym_organisation_ends_before_a_title(byline: str, lede: str) -> None:
    got = split_excerpt(f"What the new trade deals mean for dockers {byline} {lede} would stay public...")
    assert (got.byline, got.lede is not None and got.lede.startswith(lede)) == (byline, True)

@pytest.mark.parametrize("standfirst,lede", [
    # splitter 3.7: a short label ending in its only colon, then a sentence (a real sidebar's "<org> commemorates
    # <years>:"): the label is the standfirst
    ("Red Flag marks May Day 2024:", "This year workers across the region marched for shorter hours"),
    ("Our series on the 1989 movement:", "Thirty-five years ago students and workers filled the square"),
])
def test_no_byline_a_short_label_ending_in_a_colon_before_a_sentence(standfirst: str, lede: str) -> None:
    got = split_excerpt(f"{standfirst} {lede} and...")
    assert (got.standfirst, got.byline, got.lede) == (standfirst, None, lede + " and")


def test_a_colon_inside_a_longer_standfirst_or_before_a_name_is_no_label_end() -> None:
    got = split_excerpt("China: Xi tightens his grip as the economy falters and the local debt piles up...")
    assert got.standfirst is None or not got.standfirst.endswith(":")


@pytest.mark.parametrize("first,name", [
    # splitter 3.7: an excerpt cut right after a byline's first word, alone on the last line (a real page's
    # "... imperialism.\n<First name> ...")
    ("The regime tightens its grip on the unions in the north.", "Anna-Lena"),
    ("Rents in the old town have doubled in three years.", "Tomasz"),
])
def test_a_lone_name_word_on_the_last_line_of_a_cut_excerpt_opens_the_byline(first: str, name: str) -> None:
    got = split_excerpt(f"{first}\n{name} ...")
    assert (got.standfirst, got.byline, got.authors, got.lede) == (first, name, [name], None)
    got = split_excerpt(f"{first}\nThe ...")  # a sentence's first word is no name
    assert got.byline is None


@pytest.mark.parametrize("excerpt,standfirst,byline,lede", [
    # splitter 3.7: a person the standfirst names by their role ("leader <First> <Last>") is no byline's start; a
    # bare name after that person is the byline (a real page: "... former British leader <Name> <Author>, ...")
    ("Tributes pour in after the death of union leader Jim Larkin Tom Kay, Larkin, who led the dockers, died",
     "Tributes pour in after the death of union leader Jim Larkin", "Tom Kay,", "Larkin, who led the dockers, died"),
    ("Protests greet the visit of the prime minister Ana Costa Li Wei, Costa, who arrived on Monday, met",
     "Protests greet the visit of the prime minister Ana Costa", "Li Wei,", "Costa, who arrived on Monday, met"),
    # ... while a byline with an organisation may follow the role word itself
    ("A daily mocked the housing minister Jin Ruo, redwire.net Within two days of the cartoon, the paper",
     "A daily mocked the housing minister", "Jin Ruo, redwire.net", "Within two days of the cartoon, the paper"),
])
def test_a_person_named_by_role_in_the_standfirst_is_no_byline(excerpt, standfirst, byline, lede) -> None:
    got = split_excerpt(excerpt + "...")
    assert (got.standfirst, got.byline, got.lede) == (standfirst, byline, lede)


@pytest.mark.parametrize("credit,more", [
    # splitter 3.7: a credit's second sentence about the same text, cut by the excerpt's end, is the credit's (a real
    # sidebar: "The following is an interview with <org>. The interview was made by <org> in <place>, a ...")
    ("The following is a statement by Red Flag (WA in Macau).",
     "The statement was adopted by its national committee in Porto on a day when"),
    ("This is the text of a speech by Ana Lima of Workers Alliance.",
     "The speech was given at the May Day rally in Braga, where thousands"),
])
def test_a_credits_second_sentence_cut_short_is_the_credits(credit: str, more: str) -> None:
    got = split_excerpt(f"{credit} {more} ...")
    assert (got.standfirst, got.byline, got.lede) == (None, f"{credit} {more}", None)
    got = split_excerpt(f"{credit} {more}. Thousands marched ...")  # whole: the lede's own sentence
    assert got.byline == credit


# splitter 3.8: credit shapes a blind set (held-out 16) exposed, each with two invented examples
KINDS += [
    # a beat title between "By our" and the correspondent's name
    ("by-our-beat-correspondent", [("standfirst", "Nurses say the hospital ignored their complaints for months"),
                                   ("byline", "By our labour correspondent Ana Lindqvist"),
                                   ("lede", "Staff at the county hospital in Wuhan walked out on Monday after")],
     ["Ana Lindqvist"], None, None, ALL),
    ("by-our-beat-correspondent-2", [("standfirst", "Port pilots refuse the new rota"),
                                     ("byline", "By our industrial correspondent Tomas Berg-Lund"),
                                     ("lede", "The pilots who guide container ships into the harbour say the rota")],
     ["Tomas Berg-Lund"], None, None, ALL),
    # who asks "in conversation with" whom: the first is the author, the second is asked
    ("in-conversation-with", [("standfirst", "Migrant workers face a winter without pay"),
                              ("byline", "Tomas Berg in conversation with Xiao Ming"),
                              ("lede", "Construction workers in Chengdu have not been paid since August")],
     ["Tomas Berg"], None, None, ALL),
    ("in-conversation-with-org", [("standfirst", "What a strike taught a ward of nurses"),
                                  ("byline", "Ana Lima, Red Flag, in conversation with Dr Kang Min-ho, a nurse in "
                                             "Busan"),
                                  ("lede", "The hospital’s managers had not expected the night shift to walk out")],
     ["Ana Lima"], "Red Flag", None, ALL),
    # an unnamed writer who writes to the site
    ("reader-writes-to", [("standfirst", "Rents are rising faster than wages"),
                          ("byline", "A reader in Guangzhou writes to chinaworker.info"),
                          ("lede", "I have lived in this city for ten years and never paid so much")],
     [], "chinaworker.info", None, ALL),
    ("reader-writes-to-2", [("standfirst", "Twelve-hour shifts are back on our ward"),
                            ("byline", "A young nurse writes to Red Flag"),
                            ("lede", "When the hospital merged with its neighbour in spring, the managers")],
     [], "Red Flag", None, ALL),
    # an author's biography as the byline: member of an organisation, and a job in a place
    ("member-and-job", [("standfirst", "The strike wave spreads to the south"),
                        ("byline", "Kai Lundgren is a member of Socialist Action and a bus driver in Kowloon"),
                        ("lede", "Bus drivers at three depots voted on Friday to refuse overtime")],
     ["Kai Lundgren"], "Socialist Action", None, ALL),
    ("member-and-job-2", [("standfirst", "Why teachers are organising again"),
                          ("byline", "Maria Olsen is an organiser for Workers Alliance and a teacher in Porto"),
                          ("lede", "The new contracts arrived in the last week of the summer holidays")],
     ["Maria Olsen"], "Workers Alliance", None, ALL),
    # a web byline's bars: name, organisation, date, opening the excerpt
    ("bars-name-org-date", [("byline", "Kai Lundgren | Socialist Action | 12 March 2025"),
                            ("lede", "Bus drivers at three depots voted on Friday to refuse overtime")],
     ["Kai Lundgren"], "Socialist Action", None, ALL),
    ("bars-name-org-date-2", [("byline", "Ana Lima | redflag.org | 3 June 2024"),
                              ("lede", "Thousands of teachers marched through the city centre on Saturday")],
     ["Ana Lima"], "redflag.org", None, ALL),
    # notes: an editor's note, the currency of the figures, what the report drew on
    ("note-editors", [("standfirst", "Workers win back pay after sit-in"),
                      ("byline", "Ana Lima, Red Flag"),
                      ("note", "Editor’s note: this article was written before the court ruling on Friday"),
                      ("lede", "Workers at the plant in Dongguan had occupied the canteen for six days")],
     ["Ana Lima"], "Red Flag", None, ALL),
    ("note-translators", [("standfirst", "Dockers vote to strike"),
                          ("byline", "Kang Min-ho, redflag.org"),
                          ("note", "Translator’s note: a hagwon is a private after-school academy."),
                          ("lede", "Crane drivers at the container terminal voted on Sunday to stay out")],
     ["Kang Min-ho"], "redflag.org", None, ALL),
    ("note-currency", [("standfirst", "Inflation bites in Vietnam"),
                       ("byline", "Tomas Berg, Workers Alliance"),
                       ("note", "All figures in this article are in US dollars"),
                       ("lede", "Workers at the garment factories around Ho Chi Minh City say")],
     ["Tomas Berg"], "Workers Alliance", None, ALL),
    ("note-currency-rate", [("standfirst", "Rents swallow a nurse’s pay"),
                            ("byline", "Ana Lima, Red Flag"),
                            ("note", "All prices quoted are converted to euros at the rate of 1 June."),
                            ("lede", "Nurses in the capital pay more than half their wages in rent")],
     ["Ana Lima"], "Red Flag", None, ALL),
    ("note-sources", [("standfirst", "The debt crisis in Laos"),
                      ("byline", "Tomas Berg, Workers Alliance"),
                      ("note", "Sources for this article include Radio Free Asia and local social media posts."),
                      ("lede", "The government in Vientiane has again delayed its payments")],
     ["Tomas Berg"], "Workers Alliance", None, ALL),
    ("note-sources-2", [("standfirst", "Bus fares double in the capital"),
                        ("byline", "Ana Lima, Red Flag"),
                        ("note", "The sources used in this report are drivers’ own accounts and Caixin."),
                        ("lede", "Commuters queued for two hours on Monday as the new fares began")],
     ["Ana Lima"], "Red Flag", None, ALL),
]


# splitter 3.8: ordinary editors' byline shapes found by trying them (bench of shapes in no gold set), two
# invented examples each
_SF = "Hospital cleaners win their fight against outsourcing"
_LEDE = "Cleaners at the central hospital ended their strike"
_SF2, _LEDE2 = "Bus drivers reject the new rota", "Drivers at three depots voted on Friday to refuse overtime"


def _plain(kind, byline, authors, org, affil=None, joins=ALL, pair=0):
    sf, lede = ((_SF, _LEDE), (_SF2, _LEDE2))[pair]
    return (kind, [("standfirst", sf), ("byline", byline), ("lede", lede)], authors, org, affil, joins)


KINDS += [
    # where the author writes from, after "By", the names and the organisation
    _plain("by-org-place", "By Jane Dorsey, Socialist Alternative, Seattle", ["Jane Dorsey"], "Socialist Alternative"),
    _plain("by-org-place-2", "By Tom Avery, Workers Alliance, Hong Kong", ["Tom Avery"], "Workers Alliance", pair=1),
    # one member of an organisation, unnamed
    _plain("member-correspondent", "By a Socialist Action member in Tsuen Wan", [], "Socialist Action"),
    _plain("member-correspondent-2", "A Workers Alliance member in Taichung", [], "Workers Alliance", pair=1),
    # for whom a credit's author wrote
    _plain("written-for", "Written by Jane Dorsey for Socialist Action", ["Jane Dorsey"], "Socialist Action"),
    _plain("written-for-2", "Written by Tom Avery for chinaworker.info", ["Tom Avery"], "chinaworker.info", pair=1),
    # what the author gave, then "by"
    _plain("text-and-photos-by", "Text and photos by Jane Dorsey", ["Jane Dorsey"], None),
    _plain("words-and-pictures-by", "Words and pictures by Tom Avery", ["Tom Avery"], None, pair=1),
    # an editorial, then whose
    _plain("editorial-comma-org", "Editorial, Red Flag", [], "Red Flag"),
    _plain("editorial-comma-org-2", "Editorial, Socialist Action", [], "Socialist Action", pair=1),
    # "A, Org, writes"
    _plain("org-writes", "Jane Dorsey, Socialist Action, writes", ["Jane Dorsey"], "Socialist Action"),
    _plain("org-writes-2", "Tom Avery, chinaworker.info, writes", ["Tom Avery"], "chinaworker.info", pair=1),
    # "A, a <org> member", "A, Org supporter"
    _plain("a-org-member", "Jane Dorsey, a Socialist Action member", ["Jane Dorsey"], "Socialist Action"),
    _plain("org-supporter", "Tom Avery, Red Flag supporter", ["Tom Avery"], "Red Flag", pair=1),
    # "A, reporting for <org>"
    _plain("reporting-for", "Jane Dorsey, reporting for chinaworker.info", ["Jane Dorsey"], "chinaworker.info"),
    _plain("reports-for", "Tom Avery reports for Socialist Action", ["Tom Avery"], "Socialist Action", pair=1),
    # "Contributed by A", "Posted by A"
    _plain("contributed-by", "Contributed by Jane Dorsey", ["Jane Dorsey"], None),
    _plain("posted-by", "Posted by Tom Avery", ["Tom Avery"], None, pair=1),
    # a described author of an occupation the tables know
    _plain("described-cleaner", "Jane Dorsey, a hospital cleaner in Kowloon", ["Jane Dorsey"], None),
    _plain("described-docker", "Tom Avery, a retired docker from Keelung", ["Tom Avery"], None, pair=1),
    # names and the day written
    _plain("names-date", "Jane Dorsey, 28 March 2024", ["Jane Dorsey"], None),
    _plain("names-date-2", "Tom Avery and Lin Pei-ju, 3 May 2025", ["Tom Avery", "Lin Pei-ju"], None, pair=1),
    # a person's kind of text "by" a run of name words names a person (on its own line: merged, the run may take
    # the lede's first word)
    _plain("report-by-person", "Report by Jane Dorsey", ["Jane Dorsey"], None, joins=("newline",)),
    _plain("speech-by-person", "Speech by Tom Avery", ["Tom Avery"], None, joins=("newline",), pair=1),
]


KINDS += [
    # an organisation word's name before its issue number
    _plain("editorial-issue", "Editorial from Red Banner issue 88", [], "Red Banner"),
    _plain("editorial-issue-2", "Editorial from Workers Star issue 12", [], "Workers Star", pair=1),
    # a review's kind before "by"
    _plain("book-review-by", "Book review by Jane Dorsey", ["Jane Dorsey"], None),
    _plain("film-review-by", "Film review by Tom Avery, Socialist Action", ["Tom Avery"], "Socialist Action", pair=1),
    # three two-word names in a list, between the standfirst and the lede's opening
    _plain("three-names", "Jane Dorsey, Tom Avery and Lin Pei-ju", ["Jane Dorsey", "Tom Avery", "Lin Pei-ju"], None),
    _plain("three-names-2", "Ana Lima, Kang Min-ho and Ruth Okafor", ["Ana Lima", "Kang Min-ho", "Ruth Okafor"], None,
           pair=1),
    # translators named by their team; a series' subject of one word
    ("note-translated-by-team", [("standfirst", _SF), ("byline", "Jane Dorsey, Socialist Action"),
                                 ("note", "Translated by the chinaworker.info team"), ("lede", _LEDE)],
     ["Jane Dorsey"], "Socialist Action", None, ALL),
    ("note-translated-by-volunteers", [("standfirst", _SF2), ("byline", "Tom Avery, Red Flag"),
                                       ("note", "Translated by our volunteer translators"), ("lede", _LEDE2)],
     ["Tom Avery"], "Red Flag", None, ALL),
    ("note-series-one-word-subject", [("standfirst", _SF), ("byline", "Jane Dorsey, Socialist Action"),
                                      ("note", "Part two of our series on outsourcing"), ("lede", _LEDE)],
     ["Jane Dorsey"], "Socialist Action", None, ALL),
    ("note-series-one-word-subject-2", [("standfirst", _SF2), ("byline", "Tom Avery, Red Flag"),
                                        ("note", "The third article in a series on privatisation"), ("lede", _LEDE2)],
     ["Tom Avery"], "Red Flag", None, ALL),
]


_SF3, _LEDE3 = "Hospital porters walk out over the new contractor", "Porters at the central hospital say the contractor"

# a capitalised group of people (no organisation word) opens the lede after a credit: it is no word of the
# organisation's name, of a place, or of what an interview was about
KINDS += [
    ("group-after-org-tail", [("standfirst", _SF), ("byline", "Statement by Workers Alliance"), ("lede", _LEDE)],
     [], "Workers Alliance", None, ALL),
    ("group-after-org-tail-2", [("standfirst", _SF3),
                                ("byline", "Statement by the International Executive of Red Flag"),
                                ("lede", _LEDE3)], [], "Red Flag", None, ("newline", "space")),
    ("group-after-place", [("standfirst", _SF), ("byline", "Leaflet by Red Flag members in Taichung"),
                           ("lede", _LEDE)], [], "Red Flag", None, ALL),
    ("group-after-place-2", [("standfirst", _SF3), ("byline", "Leaflet by Socialist Action supporters in Kowloon"),
                             ("lede", _LEDE3)], [], "Socialist Action", None, ALL),
    ("group-after-interview", [("standfirst", _SF),
                               ("byline", "Jane Dorsey spoke to strikers on the picket line"), ("lede", _LEDE)],
     ["Jane Dorsey"], None, None, ("newline", "space")),
    ("group-after-interview-2", [("standfirst", _SF3), ("byline", "Tom Avery talked to porters about the new rota"),
                                 ("lede", _LEDE3)], ["Tom Avery"], None, None, ("newline", "space")),
]


# an organisation no table knows (no organisation word) ends before the lede's capitalised possessive, a group of
# people, or a date's month
_SPACE_NONE = ("space", "none")
KINDS += [
    ("unknown-org-possessive", [("standfirst", "Housing: a quarter of a million people live in subdivided flats"),
                                ("byline", "Tamsin van der Berg, Arbeterstimme"),
                                ("lede", "Hong Kong’s housing crisis is a man-made disaster, and it is getting worse")],
     ["Tamsin van der Berg"], "Arbeterstimme", None, ALL),
    ("unknown-org-possessive-2", [("standfirst", "A documentary about the garment workshops of Huzhou"),
                                  ("byline", "By Ines Kowalczyk, Kämpa Tillsammans"),
                                  ("lede", "Huzhou’s workshops employ young workers from across the country")],
     ["Ines Kowalczyk"], "Kämpa Tillsammans", None, ALL),
    ("unknown-org-group", [("standfirst", "Five years after the security law"),
                           ("byline", "Hsu Hua-kuan, Dělnická Fronta"),
                           ("lede", "Workers, youth and all democrats must stand together")],
     ["Hsu Hua-kuan"], "Dělnická Fronta", None, ALL),
    ("unknown-org-group-2", [("standfirst", "The election offers no way out"),
                             ("byline", "Fenna Okonkwo, Ny Tid"),
                             ("lede", "Voters go to the polls on Saturday with little to choose from")],
     ["Fenna Okonkwo"], "Ny Tid", None, ALL),
    ("unknown-org-month", [("standfirst", "Can the dictatorship survive another quarter of a century?"),
                           ("byline", "Tamsin Zielinski, Takaisku"),
                           ("lede", "June 4th marks the anniversary of the massacre in Beijing")],
     ["Tamsin Zielinski"], "Takaisku", None, _SPACE_NONE),
    ("unknown-org-month-2", [("standfirst", "Why the pension reform must be defeated"),
                             ("byline", "Ruth Okafor, Linke Stimme"),
                             ("lede", "March 8 saw the largest demonstrations in a decade")],
     ["Ruth Okafor"], "Linke Stimme", None, _SPACE_NONE),
]


# an organisation no table knows right after a one-word place a preposition names starts after the place; a
# Tagalog particle ("ng") links an organisation's words as "de" does
KINDS += [
    ("unknown-org-after-place", [("standfirst", "The new tariff lands hardest on metalworking shops in Changhua"),
                                 ("byline", "Ny Tid editorial"),
                                 ("lede", "From April the electricity tariff for small users goes up again")],
     [], "Ny Tid", None, ("newline", "space")),
    ("unknown-org-after-place-2", [("standfirst", "Strike for a wage rise spreads from Ashulia to Gazipur"),
                                   ("byline", "Punane Rida statement"),
                                   ("lede", "Soldiers were deployed outside factory gates on Sunday")],
     [], "Punane Rida", None, ("newline", "space")),
    ("particle-ng-org", [("standfirst", _SF), ("byline", "Partido ng Manggagawa statement"), ("lede", _LEDE)],
     [], "Partido ng Manggagawa", None, ALL),
    # (after a name and a comma it reads as a second name, "Ana Reyes, Samahan ng Obrero": as "Maria de la Cruz")
    ("particle-ng-org-2", [("standfirst", _SF3), ("byline", "Samahan ng Obrero reporters"), ("lede", _LEDE3)],
     [], "Samahan ng Obrero", None, ALL),
]


# notes in new words: a series of articles, what a report drew on, a picture's caption or credit, when it was
# written or updated, its translator (two invented examples each)
_WRITERS = (("Jane Dorsey", "Socialist Action"), ("Tom Avery", "Red Flag"))


def _noted(kind, note, pair=0, joins=ALL):
    (sf, lede), (author, org) = ((_SF, _LEDE), (_SF2, _LEDE2))[pair], _WRITERS[pair]
    parts = [("standfirst", sf), ("byline", f"{author}, {org}"), ("note", note), ("lede", lede)]
    return (kind, parts, [author], org, None, joins)


KINDS += [
    _noted("note-series-of-articles", "This is the first in a series of articles on outsourcing in Hong Kong."),
    _noted("note-series-of-reports", "The second in a series of reports on the dock strike.", pair=1),
    _noted("note-draws-on", "This article draws on reports in the Hong Kong Free Press."),
    _noted("note-based-on-reports", "Based on reports from our correspondents in Kowloon.", pair=1),
    _noted("note-photo-caption", "(Photo: strikers outside the hospital)"),
    _noted("note-pictures-caption", "(Pictures: the picket line on Monday)", pair=1),
    _noted("note-photo-credit", "Photo: Tom Avery"),
    _noted("note-pictures-credit", "Pictures: Lin Pei-ju", pair=1),
    _noted("note-written-on", "This article was written on 12 May."),
    _noted("note-written-on-2", "This piece was written on 3 June, before the vote.", pair=1),
    _noted("note-updated-date", "Updated 14 May 2025"),
    _noted("note-last-updated", "Last updated: 3 June", pair=1),
    _noted("note-translated-original-language", "Translated from the original Chinese by Tom Avery"),
    _noted("note-english-translation-by", "English translation by Lin Pei-ju", pair=1),
]


KINDS += [
    # a web byline's bar after "By A"
    _plain("by-bar-org", "By Jane Dorsey | Socialist Action", ["Jane Dorsey"], "Socialist Action"),
    _plain("by-bar-org-2", "By Tom Avery | chinaworker.info", ["Tom Avery"], "chinaworker.info", pair=1),
    # two authors, each with an organisation
    _plain("by-two-pairs", "By Jane Dorsey, Socialist Action, and Tom Avery, Red Flag", ["Jane Dorsey", "Tom Avery"],
           "Socialist Action"),
    _plain("by-two-pairs-2", "By Lin Pei-ju, Workers Alliance and Ana Lima, chinaworker.info",
           ["Lin Pei-ju", "Ana Lima"],
           "Workers Alliance", pair=1),
    # (each author with an organisation: the first named is the organisation, as the gold labels it: EXAMPLES[
    # "names-affil-list"])
    _plain("two-names-affils", "Jane Dorsey (Socialist Action) and Tom Avery (Red Flag)", ["Jane Dorsey", "Tom Avery"],
           "Socialist Action", None),
    _plain("two-names-affils-2", "Lin Pei-ju (ISA in Taiwan) and Ana Lima (Workers Alliance)",
           ["Lin Pei-ju", "Ana Lima"],
           "ISA in Taiwan", None, pair=1),
    # a member of the organisation's body
    _plain("member-of-org-body", "Jane Dorsey, member of the Red Flag national committee", ["Jane Dorsey"], "Red Flag"),
    _plain("member-of-org-body-2", "Tom Avery, member of the Workers Alliance executive committee", ["Tom Avery"],
           "Workers Alliance", pair=1),
    # a job after the organisation
    _plain("org-and-a-job", "Jane Dorsey, Socialist Action, and a nurse at Queen Mary Hospital", ["Jane Dorsey"],
           "Socialist Action"),
    _plain("org-and-a-job-2", "Tom Avery, Red Flag, and a bus driver in Kowloon", ["Tom Avery"], "Red Flag", pair=1),
    # a document of what a person said
    _plain("transcript-of-speech", "Transcript of a speech by Jane Dorsey at the May Day rally", ["Jane Dorsey"], None),
    _plain("from-a-talk", "From a talk by Tom Avery at the Socialist Action summer school", ["Tom Avery"], None,
           pair=1),
]


# splitter 3.8: kinds a blind set (held-out 18) exposed, each with two invented examples of our own
KINDS += [
    # a disclosure; an event the article announces, to its "All welcome"
    ("note-disclosure", [("standfirst", _SF), ("byline", "Jane Dorsey, Socialist Action"),
                         ("note", "Disclosure: the author works as a porter at a hospital in Hong Kong in Kowloon."),
                         ("lede", _LEDE)], ["Jane Dorsey"], "Socialist Action", None, ALL),
    ("note-declaration", [("standfirst", _SF2), ("byline", "Tom Avery, Red Flag"),
                          ("note", "Declaration of interest: the author is a member of the drivers’ union."),
                          ("lede", _LEDE2)], ["Tom Avery"], "Red Flag", None, ALL),
    ("note-public-meeting", [("standfirst", _SF), ("byline", "Jane Dorsey, Socialist Action"),
                             ("note", "Public meeting: ‘Outsourcing kills’, Friday 4 April, 7pm, Union Hall, Leeds. "
                                      "All welcome."), ("lede", _LEDE)],
     ["Jane Dorsey"], "Socialist Action", None, ALL),
    ("note-film-screening", [("standfirst", _SF2), ("byline", "Tom Avery, Red Flag"),
                             ("note", "Film screening: ‘The Long Shift’, Sunday 2pm, Corn Exchange, Bristol. Everyone "
                                      "welcome!"), ("lede", _LEDE2)], ["Tom Avery"], "Red Flag", None, ALL),
    # an interview's author with the organisation between commas
    _plain("talked-to-org-commas", "Jane Dorsey, Socialist Action, talked to three porters about their pay.",
           ["Jane Dorsey"], "Socialist Action"),
    _plain("interviewed-org-commas", "Tom Avery, Red Flag, interviewed Lin Pei-ju, who drives a night bus in Leeds.",
           ["Tom Avery"], "Red Flag", pair=1),
    # a dangling comma before the lede's capitalised possessive
    ("dangling-comma-possessive", [("standfirst", _SF), ("byline", "Jane Dorsey,"),
                                   ("lede", "Beijing’s officials like to claim otherwise")],
     ["Jane Dorsey"], None, None, ("newline", "space")),
    ("dangling-comma-possessive-2", [("standfirst", _SF2), ("byline", "Lin Pei-ju,"),
                                     ("lede", "Taipei’s bus companies have cut the rota again")],
     ["Lin Pei-ju"], None, None, ("newline", "space")),
    # a list of names with a one-word (pen) name
    # (before a sentence's starter: "... | Lanmu and Tom Avery | The ...")
    ("names-list-pen-name", [("standfirst", _SF), ("byline", "Lanmu and Tom Avery"),
                             ("lede", "The cleaners at the central hospital ended their strike")],
     ["Lanmu", "Tom Avery"], None, None, ALL),
    ("names-list-pen-name-2", [("standfirst", _SF2), ("byline", "Jane Dorsey and Xiaofeng"),
                               ("lede", "For three weeks the drivers have refused overtime")],
     ["Jane Dorsey", "Xiaofeng"], None, None, ALL),
    # an age after a one-word name, a job and membership
    _plain("name-age-job-member", "Mei, 19, a nursing student and ISA member in Leeds", ["Mei"], "ISA"),
    _plain("name-age-job-member-2", "Jun, 23, a bus driver and Socialist Action member in Kowloon", ["Jun"],
           "Socialist Action", pair=1),
    # an unnamed author's job and membership, the name withheld
    _plain("by-a-job-and-member", "By a Hong Kong care worker and ISA member in Reading (name withheld)", [], "ISA"),
    _plain("by-a-job-and-member-2", "By a hospital porter and Socialist Action member in Kowloon", [],
           "Socialist Action", pair=1),
    # pronouns in brackets after the name
    _plain("name-pronouns", "Jess Okonkwo (they/them), Socialist Alternative", ["Jess Okonkwo"],
           "Socialist Alternative"),
    _plain("name-pronouns-2", "Ana Lima (she/her), Red Flag", ["Ana Lima"], "Red Flag", pair=1),
    # an acronym right after a longer acronym that ends the standfirst
    ("acronym-after-acronym", [("standfirst", "Dockers demand the release of the leaders of the HKCTU"),
                               ("byline", "ISA in Canada reporters"),
                               ("lede", "A local of the dockers’ union has voted to send a delegation")],
     [], "ISA in Canada", None, ("newline", "space")),
    ("acronym-after-acronym-2", [("standfirst", "Nurses back the campaign against the NHSBT"),
                                 ("byline", "CWI Britain reporters"),
                                 ("lede", "Blood donation staff in three cities walked out on Monday")],
     [], "CWI Britain", None, ("newline", "space")),
    # the same byline in Chinese after a slash
    _plain("byline-slash-chinese", "Ho Wing-yan, ISA in Canada / 何詠欣，國際社會主義者加拿大支部", ["Ho Wing-yan"],
           "ISA in Canada", joins=("newline", "space")),
    _plain("byline-slash-chinese-2", "Lin Pei-ju, Workers Alliance / 林佩如，工人聯盟", ["Lin Pei-ju"],
           "Workers Alliance",
           joins=("newline", "space"), pair=1),
    # a kind of message, whose, to whom
    _plain("solidarity-message", "Solidarity message from the Leeds Exiles’ Labour Network to the striking porters "
           "of a Bristol hospital", [], "Leeds Exiles’ Labour Network", joins=("newline", "space")),
    _plain("greetings-message", "Greetings message from Workers Alliance to the striking drivers of Kowloon Bay", [],
           "Workers Alliance", joins=("newline", "space"), pair=1),
]


# an organisation no table knows whose words a particle links ("de", "dos", "ng"), after "of" or before its section
KINDS += [
    _plain("interview-of-particle-org", "Interview with Ana Lima of Frente de Izquierda", ["Ana Lima"],
           "Frente de Izquierda", joins=("newline",)),
    _plain("interview-of-particle-org-2", "Interview with Kang Min-ho of Samahan ng Obrero", ["Kang Min-ho"],
           "Samahan ng Obrero", joins=("newline",), pair=1),
    _plain("particle-org-section", "Ho Ka-yan, Partido dos Trabalhadores (ISA in Brazil)", ["Ho Ka-yan"],
           "Partido dos Trabalhadores", "ISA in Brazil", joins=("newline",)),
    _plain("particle-org-section-2", "Lin Pei-ju, Tinig ng Manggagawa (CWI in the Philippines)", ["Lin Pei-ju"],
           "Tinig ng Manggagawa", "CWI in the Philippines", joins=("newline",), pair=1),
]


# two one-word pen names in a place
KINDS += [
    _plain("pen-names-in-place", "Monian and Jiangshi in Bandung", ["Monian", "Jiangshi"], None),
    _plain("pen-names-in-place-2", "Laoyan and Kebai in Nagoya", ["Laoyan", "Kebai"], None, pair=1),
]


# an organisation no table knows, then its member's role and name, then the interview
KINDS += [
    _plain("unknown-org-member-interviewed",
           "Ny Tid member Lam Yin-shing interviewed Nino Ibrahim, a refugee in Kowloon.",
           ["Lam Yin-shing"], "Ny Tid", joins=("newline", "space")),
    _plain("unknown-org-member-spoke", "Punane Rida member Ana Lima spoke to a bus driver at the depot.",
           ["Ana Lima"], "Punane Rida", joins=("newline", "space"), pair=1),
]


# an organisation no table knows after its capitalised body, in a credit
KINDS += [
    _plain("credit-from-org-body", "Statement from the International Secretariat of Arbeterstimme", [],
           "Arbeterstimme"),
    _plain("credit-from-org-body-2", "Statement from the National Committee of Punane Rida", [], "Punane Rida",
           pair=1),
]


# a job and a membership after the name, no article
KINDS += [
    _plain("job-and-member", "Jane Dorsey, cleaner and Socialist Action member", ["Jane Dorsey"], "Socialist Action"),
    _plain("job-and-member-2", "Tom Avery, bus driver and ISA member in Kowloon", ["Tom Avery"], "ISA", pair=1),
]


# splitter 3.8: kinds a blind set (held-out 19) exposed, two invented examples each
KINDS += [
    # a Korean name's Hangul form in brackets
    _plain("hangul-form", "Kim Seo-yeon (김서연), Workers’ Voice (RHI in Korea)", ["Kim Seo-yeon"], "Workers’ Voice",
           "RHI in Korea"),
    _plain("hangul-form-2", "Park Ji-hoon (박지훈), Red Flag", ["Park Ji-hoon"], "Red Flag", pair=1),
    # a sentence starter as an organisation's last word ("Tomorrow", "Today") before its role, a break, a run-in
    ("starter-org-tail-role", [("standfirst", _SF), ("byline", "Socialist Tomorrow reporters"),
                               ("lede", "Around six hundred cleaners rallied outside the ministry")],
     [], "Socialist Tomorrow", None, ALL),
    ("starter-org-tail", [("standfirst", _SF2), ("byline", "Tom Avery, Socialism Today"),
                          ("lede", "The drivers voted by a large majority to refuse overtime")],
     ["Tom Avery"], "Socialism Today", None, ("newline", "none")),
    # "A of Org spoke to ...", "A of Org writes:"
    _plain("of-org-spoke-to", "Ana Lima of Sulong Obrero spoke to two sugar workers about the dead season.",
           ["Ana Lima"], "Sulong Obrero", joins=("newline", "space")),
    _plain("of-org-interviewed", "Kim Seo-yeon of Workers’ Voice interviewed Bishal, a farmworker in Gyeonggi.",
           ["Kim Seo-yeon"], "Workers’ Voice", joins=("newline", "space"), pair=1),
    _plain("of-org-writes", "Ogawa Ren of Socialist Tomorrow writes:", ["Ogawa Ren"], "Socialist Tomorrow",
           joins=("newline", "space")),
    _plain("of-org-writes-2", "Ana Lima of Red Flag writes:", ["Ana Lima"], "Red Flag", joins=("newline", "space"),
           pair=1),
    # who of an organisation, in a place, report
    _plain("members-of-org-report", "Members of Perlawanan Sosialis in North Jakarta report:", [],
           "Perlawanan Sosialis", joins=("newline", "space")),
    _plain("supporters-of-org-report", "Supporters of Red Flag in Taichung report:", [], "Red Flag",
           joins=("newline", "space"), pair=1),
    # a speech given by a member of an organisation whose name ends in a starter, at an event
    _plain("speech-by-of-starter-org", "This article is based on a speech given by Ana Lima of Socialist Tomorrow at a "
           "rally in Osaka on 6 August.", ["Ana Lima"], "Socialist Tomorrow", joins=("newline", "space")),
    _plain("speech-by-of-starter-org-2", "This article is based on a talk given by Tom Avery of Socialism Today at "
           "the summer school in Leeds.", ["Tom Avery"], "Socialism Today", joins=("newline", "space"), pair=1),
    # a body meeting inside the lede is no interview's credit
    # a standfirst ending in "Hong Kong" before a one-word pen name: the name does not start at "Kong"
    ("name-after-hong-kong", [("standfirst", "Young mainlanders try their luck in Hong Kong"),
                              ("byline", "Zhouzhou, rebelstruggle.com"),
                              ("lede", "Under a new talent scheme, 100,000 graduates have moved to the city")],
     ["Zhouzhou"], "rebelstruggle.com", None, ALL),
    ("name-after-hong-kong-2", [("standfirst", "A new stage of repression in Hong Kong"),
                                ("byline", "Kebai, Red Flag (ISA in Turkey)"),
                                ("lede", "The passage of the new security law by the legislature was quick")],
     ["Kebai"], "Red Flag", "ISA in Turkey", ALL),
    # a credit's "by" opens a three-word name: the name is whole, not its last two words with the organisation
    ("by-credit-whole-name", [("standfirst", "An important contribution marred by its conclusions"),
                              ("byline", "Reviewed by Kwan Lok Sai, rebelstruggle.com"),
                              ("lede", "Few episodes in the history of the movement are as important")],
     ["Kwan Lok Sai"], "rebelstruggle.com", None, ALL),
    ("by-credit-whole-name-2", [("standfirst", "Stories of the night shift at a parcel hub"),
                                ("byline", "Written by Lee Ka Ming, Red Flag"),
                                ("lede", "The sorting hall never goes quiet, even at four in the morning")],
     ["Lee Ka Ming"], "Red Flag", None, ALL),
    # a quotation of several words closing the standfirst ends a phrase: a three-word name after it is whole
    ("name-after-closing-quote", [("standfirst", "Riders reject the app’s new ‘Fair Pay Plan’"),
                                  ("byline", "Noor Aini Hamid, Socialist Alternative"),
                                  ("lede", "The riders’ union says the plan cuts pay")],
     ["Noor Aini Hamid"], "Socialist Alternative", None, ("newline", "space")),
    ("name-after-closing-quote-2", [("standfirst", "Agency pay is the norm in the ‘Silicon Island’"),
                                    ("byline", "Siti Aminah Yusof, Workers Alliance"),
                                    ("lede", "When the chief minister told investors the state was open, few asked")],
     ["Siti Aminah Yusof"], "Workers Alliance", None, ("newline", "space")),
    # an organisation word as a plural possessive takes the word it possesses, whatever follows
    ("org-possessive-head", [("standfirst", "Three workers arrested for handing out leaflets"),
                             ("byline", "Joint statement by Workers’ Beacon and Port Workers’ Union"),
                             ("lede", "On 1 May, three workers were arrested for distributing leaflets")],
     [], "Workers’ Beacon", None, ALL),
    ("org-possessive-head-2", [("standfirst", "Cleaners win back their lost hours"),
                               ("byline", "Ana Lima, Workers’ Beacon, in Porto"),
                               ("lede", "Forty cleaners at the hospital have won back the hours cut in spring")],
     ["Ana Lima"], "Workers’ Beacon", None, ALL),
    # "A, Org, in <Place>": where the author writes from
    ("org-comma-in-place", [("standfirst", "Dockers vote to strike over the new rosters"),
                            ("byline", "Ana Lima, Socialist Alternative, in Porto"),
                            ("lede", "The dockers at the container terminal voted by a large majority")],
     ["Ana Lima"], "Socialist Alternative", None, ALL),
    ("org-comma-in-place-2", [("standfirst", "Imported labourers wait for wages owed since January"),
                              ("byline", "Daniel Ferreira, Workers Alliance, in Taipa"),
                              ("lede", "Forty construction workers have been living in shipping containers")],
     ["Daniel Ferreira"], "Workers Alliance", None, ALL),
    # two authors, each with an organisation of their own: the first organisation is the one named
    ("names-org-pairs", [("standfirst", "A cross-border meeting of hospitality workers"),
                         ("byline", "Ana Lima, Socialist Alternative and Tom Avery, Workers Alliance"),
                         ("lede", "Workers from casinos and hotels met online last weekend")],
     ["Ana Lima", "Tom Avery"], "Socialist Alternative", None, ALL),
    ("names-org-pairs-2", [("standfirst", "Nurses on both sides of the border compare rosters"),
                           ("byline", "Ho Ka-lun, Workers’ Circle, and Tinhang, redflag.org"),
                           ("lede", "Nurses from hospitals in two cities met to compare their shifts")],
     ["Ho Ka-lun", "Tinhang"], "Workers’ Circle", None, ALL),
    # a leading byline, then a lede opening with a quotation: the quotation is no standfirst
    ("byline-first-quotation-lede", [("byline", "Ana Lima, Socialist Alternative organiser in Porto"),
                                     ("lede", "“We will not pay for their crisis.” That was the message of more than "
                                              "300 people at the rally on Saturday")],
     ["Ana Lima"], "Socialist Alternative", None, ("space", "none")),
    ("byline-first-quotation-lede-2", [("byline", "Tom Avery, Workers Alliance"),
                                       ("lede", "“Where will the old people buy their food?” That was the question a "
                                                "stallholder put to me")],
     ["Tom Avery"], "Workers Alliance", None, ("space", "none")),
    # an organisation, a dash and what it calls its text, for whom or from where
    ("org-dash-text-for", [("standfirst", "What branches can do to support the dockers"),
                           ("byline", "Port Workers Solidarity Network – a briefing for trade unionists"),
                           ("lede", "Since March the port authority has dismissed more than forty union members")],
     [], "Port Workers Solidarity Network", None, ("newline", "space")),
    ("org-dash-text-for-2", [("standfirst", "Cleaners hold the line at the airport"),
                             ("byline", "Workers Alliance — a report from the picket line"),
                             ("lede", "The cleaners have now been on strike for eleven days")],
     [], "Workers Alliance", None, ("newline", "space")),
    # reporters of a publication named with its own "The", then whose paper it is
    ("role-of-the-publication", [("standfirst", "Plan to extend the wait hits new arrivals"),
                                 ("byline", "Reporters of The Picket, paper of Socialist Forward (WAI in Wales)"),
                                 ("lede", "Families who moved to Britain on the visa route were told to wait")],
     [], "Picket", "WAI in Wales", ALL),
    ("role-of-the-publication-2", [("standfirst", "Tenants block the eviction of a family of six"),
                                   ("byline", "Correspondents of The Spark, paper of Workers Alliance"),
                                   ("lede", "More than forty neighbours stood at the door of the flat on Monday")],
     [], "Spark", None, ALL),
    # a dash opening the byline
    ("dash-before-byline", [("standfirst", "Family members in Hong Kong questioned after a protest"),
                            ("byline", "— Ana Lima, Workers Alliance (ISA in Australia)"),
                            ("lede", "Three weeks after she spoke at a small protest, a student received a call")],
     ["Ana Lima"], "Workers Alliance", "ISA in Australia", ("newline", "space")),
    ("dash-before-byline-2", [("standfirst", "Cleaners hold the line at the airport"),
                              ("byline", "– Tom Avery, Socialist Alternative"),
                              ("lede", "The cleaners have now been on strike for eleven days")],
     ["Tom Avery"], "Socialist Alternative", None, ("newline", "space")),
    # a series note's subject ends before a quotation opening the lede
    ("note-series-quote-lede", [("standfirst", "What the opt-out movements reveal about capitalism"),
                                ("byline", "Zhao Ming, redflag.org"),
                                ("note", "This is the first of a three-part series on young workers in China"),
                                ("lede", "‘Lying flat’, ‘letting it rot’: every year the internet finds a new name")],
     ["Zhao Ming"], "redflag.org", None, ("space", "none")),
    ("note-series-quote-lede-2", [("standfirst", "Dockers vote to strike"), ("byline", "Ana Lima, Workers Alliance"),
                                  ("note", "The second of three articles on the port strike"),
                                  ("lede", "“We will not go back,” said one docker on Monday")],
     ["Ana Lima"], "Workers Alliance", None, ("space", "none")),
    # a resolution passed by a body of the organisation, the body named by its year
    ("credit-by-body-year", [("standfirst", "Neither Canberra nor Beijing: a socialist policy on China"),
                             ("byline", "Resolution adopted by the 2026 congress of Red Flag (ISA Australia)"),
                             ("lede", "The growing rivalry between the two powers shapes politics here")],
     [], "Red Flag", "ISA Australia", ALL),
    ("credit-passed-by-body", [("standfirst", "Our answer to the new security law"),
                               ("byline", "Resolution passed by the national committee of Workers Alliance"),
                               ("lede", "The new law is aimed at every union that still organises")],
     [], "Workers Alliance", None, ALL),
    # initials make no name long: "By" and a name of two initials and two words
    ("by-two-initials", [("standfirst", "Foreign-financed projects leave the country owing billions"),
                         ("byline", "By S. M. Rafiqul Islam, Red Delta Socialists"),
                         ("lede", "The foreign debt has more than doubled in eight years")],
     ["S. M. Rafiqul Islam"], "Red Delta Socialists", None, ALL),
    ("by-two-initials-2", [("standfirst", "Rents rise again in the port districts"),
                           ("byline", "By J. R. Okafor Mensah, Workers Alliance"),
                           ("lede", "The city’s rents have risen for the ninth month running")],
     ["J. R. Okafor Mensah"], "Workers Alliance", None, ALL),
    # a name in a script without capitals (vowel signs inside its words) in brackets after the name
    ("name-other-script-caseless", [("standfirst", "Half a million women work in homes without contracts"),
                                    ("byline", "Farhana Akter (ফারহানা আক্তার), Red Delta Socialists"),
                                    ("lede", "Most of them start before dawn and finish after midnight")],
     ["Farhana Akter"], "Red Delta Socialists", None, ALL),
    ("name-other-script-caseless-2", [("standfirst", "Tanker owners make a fortune as taps run dry"),
                                      ("byline", "Meena Kumari (मीना कुमारी), Workers Alliance"),
                                      ("lede", "In the settlements a tanker of water costs more than a day’s wage")],
     ["Meena Kumari"], "Workers Alliance", None, ALL),
    # a capitalised domain run into the standfirst's last lower-case word
    ("capitalised-domain-run-in", [("standfirst", "A new generation of working women taking the lead"),
                                   ("byline", "Redmonsoon.info"),
                                   ("lede", "In Lahore, the women’s march went ahead despite a ban")],
     [], "Redmonsoon.info", None, ("none",)),
    ("capitalised-domain-run-in-2", [("standfirst", "Cleaners win back their hours"),
                                     ("byline", "Workersvoice.org reporters"),
                                     ("lede", "Forty cleaners at the hospital have won back the hours cut in spring")],
     [], "Workersvoice.org", None, ("none",)),
    # an organisation no table knows, "and" a second organisation whose name holds an organisation word
    ("loose-org-and-org", [("standfirst", "Organisations across the region call for action"),
                           ("byline", "Joint statement by Red Bangle and Sangharsh Socialist Front"),
                           ("lede", "In the past month alone, a nurse was attacked on her way home")],
     [], "Red Bangle", None, ALL),
    ("loose-org-and-org-2", [("standfirst", "Free the jailed dockers"),
                             ("byline", "Statement by Red Lantern and Kowloon Workers Alliance"),
                             ("lede", "Four dockers were arrested at the gates on Monday")],
     [], "Red Lantern", None, ALL),
    # where the author is, in brackets after the name
    ("name-in-place-bracket", [("standfirst", "While taps run dry, tanker owners make a fortune"),
                               ("byline", "Rukhsana Baloch (in Karachi), Mazdoor Awaz"),
                               ("lede", "In Orangi, a tanker of water now costs more than a week’s wages")],
     ["Rukhsana Baloch"], "Mazdoor Awaz", None, ALL),
    ("name-in-place-bracket-2", [("standfirst", "Dockers vote to strike"),
                                 ("byline", "Ana Lima (in Porto), Workers Alliance"),
                                 ("lede", "The dockers at the terminal voted by a large majority")],
     ["Ana Lima"], "Workers Alliance", None, ALL),
    # a name opening with an initial, run into the standfirst's last word
    ("initial-run-in", [("standfirst", "Riders log off over a scheme that cuts their pay per order"),
                        ("byline", "K. Ramesh, Sangharsh Socialist Front"),
                        ("lede", "Thousands of delivery riders switched off their apps on Friday evening")],
     ["K. Ramesh"], "Sangharsh Socialist Front", None, ALL),
    ("initial-run-in-2", [("standfirst", "Cleaners win back their lost hours"),
                          ("byline", "J. Okafor, Workers Alliance"),
                          ("lede", "Forty cleaners at the hospital have won back the hours cut in spring")],
     ["J. Okafor"], "Workers Alliance", None, ALL),
    # after a leading byline the lede comes: no standfirst found only by a full stop, nor before a clause's "I"
    ("byline-first-lede", [("byline", "A poem by Thandi Mokoena, Workers Alliance member in Durban"),
                           ("lede", "He goes down before the sun and the rock decides whether I am a wife or a widow. "
                                    "The company sends a calendar at Christmas")],
     ["Thandi Mokoena"], "Workers Alliance", None, ALL),
    ("byline-first-lede-2", [("byline", "A poem by Ana Lima, Workers Alliance member in Porto"),
                             ("lede", "The sea takes the boats because I was not there to hold them. The harbour is "
                                      "quiet now")],
     ["Ana Lima"], "Workers Alliance", None, ALL),
    # a credit opening with a capitalised kind of text and "by" or "from" after a standfirst ending in a function word
    ("credit-after-function-word", [("standfirst", "Powers the old emergency laws only dreamed of"),
                                    ("byline", "Statement by Samathuvam (ISA Sri Lanka)"),
                                    ("lede", "The government’s draft bill must be withdrawn at once")],
     [], "Samathuvam", "ISA Sri Lanka", ("newline", "space")),
    ("credit-after-function-word-2", [("standfirst", "A pay deal the cleaners could only dream of"),
                                      ("byline", "Statement by Ny Tid (ISA Norway)"),
                                      ("lede", "The march was smaller than last year but louder")],
     [], "Ny Tid", "ISA Norway", ("newline", "space")),
    # the author's one-sentence biography on its own line
    ("bio-line", [("standfirst", "Two hundred applications, four interviews and no job"),
                  ("byline", "Lin Qiao (a pen name) is a final-year student at a university in Wuhan."),
                  ("lede", "Last week I sent my two-hundredth job application.")],
     ["Lin Qiao"], None, None, ("newline",)),
    ("bio-line-2", [("standfirst", "What the night shift does to a family"),
                    ("byline", "Ana Lima is a member of Workers Alliance and a nurse in Porto."),
                    ("lede", "When my son was born I was working four nights a week.")],
     ["Ana Lima"], "Workers Alliance", None, ("newline",)),
    # a second writer "with" the first
    ("names-with-names", [("standfirst", "Breaking up the power utility will not keep the lights on"),
                          ("byline", "Thandi Mokoena with Sipho Dube, Socialist Alternative"),
                          ("lede", "After another winter of rolling blackouts, the government has a plan")],
     ["Thandi Mokoena", "Sipho Dube"], "Socialist Alternative", None, ALL),
    ("names-with-names-2", [("standfirst", "Dockers vote to strike"),
                            ("byline", "Ana Lima with Tom Avery, Workers Alliance"),
                            ("lede", "The dockers at the terminal voted by a large majority")],
     ["Ana Lima", "Tom Avery"], "Workers Alliance", None, ALL),
    # the writer and unnamed comrades of the organisation
    ("names-and-comrades", [("standfirst", "Rising seas are driving farmers off the land in the delta"),
                            ("byline", "S. M. Rafiq Hossain and comrades of Red Delta Socialists"),
                            ("lede", "In the villages the rice fields are now shrimp ponds")],
     ["S. M. Rafiq Hossain"], "Red Delta Socialists", None, ALL),
    ("names-and-comrades-2", [("standfirst", "Dockers vote to strike"),
                              ("byline", "Ana Lima and members of Workers Alliance"),
                              ("lede", "The dockers at the terminal voted by a large majority")],
     ["Ana Lima"], "Workers Alliance", None, ALL),
    # a delegate of the organisation to a body's meeting
    ("delegate-to", [("standfirst", "Conference votes to affiliate to the solidarity network"),
                     ("byline", "Report-back by Fiona Carrick, Socialist Front delegate to the Civil and Public "
                                "Workers’ Union conference"),
                     ("lede", "It was one of the best debates of the week.")],
     ["Fiona Carrick"], "Socialist Front", None, ("newline", "space")),
    ("delegate-to-2", [("standfirst", "Porters win the vote on agency pay"),
                       ("byline", "Ana Lima, Workers Alliance delegate to the Hospital Workers Union congress"),
                       ("lede", "It was one of the best debates of the week.")],
     ["Ana Lima"], "Workers Alliance", None, ("newline", "space")),
    # the author's desk after a domain and its place
    ("org-desk", [("standfirst", "The electoral commission rules that the lists are ‘not loyal’"),
                  ("byline", "Ho Ka-lun, redkapok.info Macau desk"),
                  ("lede", "Macau’s electoral affairs commission has barred six candidates")],
     ["Ho Ka-lun"], "redkapok.info", None, ALL),
    ("org-desk-2", [("standfirst", "Dockers vote to strike"),
                    ("byline", "Ana Lima, redflag.org Porto desk"),
                    ("lede", "The dockers at the terminal voted by a large majority")],
     ["Ana Lima"], "redflag.org", None, ALL),
    # where the author was, a report's witness
    ("names-org-was-there", [("standfirst", "All twelve young defendants found guilty of rioting"),
                             ("byline", "Kebai, Workers’ Beacon, was in the public gallery."),
                             ("lede", "Some of the parents began to cry before the judge had finished")],
     ["Kebai"], "Workers’ Beacon", None, ALL),
    ("names-org-was-there-2", [("standfirst", "Cleaners hold the line at the airport"),
                               ("byline", "Ana Lima, Workers Alliance, was at the picket line."),
                               ("lede", "The cleaners have now been on strike for eleven days")],
     ["Ana Lima"], "Workers Alliance", None, ALL),
    # an organisation talks to people: its name is no person's
    ("org-talks-to", [("standfirst", "Garment workers speak out"),
                      ("byline", "Red Bangle talked to three garment workers about their lives and their union."),
                      ("lede", "How long have you worked here? Eleven years.")],
     [], "Red Bangle", None, ("newline",)),
    ("org-talks-to-2", [("standfirst", "What comes next for the dockers"),
                        ("byline", "Red Harbour talks to Ana Lima of redflag.org about the strike."),
                        ("lede", "The strike is in its second week.")],
     [], "Red Harbour", None, ("newline",)),
    # a name's CJK form without brackets is no part of the author
    ("cjk-name-bare", [("standfirst", "Public libraries pull more titles"),
                       ("byline", "張詠詩 Cheung Wing-sze, Workers’ Lantern"),
                       ("lede", "The city’s public libraries have removed another 800 titles")],
     ["Cheung Wing-sze"], "Workers’ Lantern", None, ("newline",)),
    ("cjk-name-bare-2", [("standfirst", "Rents rise again"), ("byline", "Ho Ka-yan 何家欣, Red Flag"),
                         ("lede", "Tenants say the rise is the third this year")],
     ["Ho Ka-yan"], "Red Flag", None, ("newline",)),
    # a person of an organisation in an interview credit: the name words before "of" are the author's
    ("person-of-org-interview", [("standfirst", "Traders count the cost"),
                                 ("byline", "Chidi Obi of Movement for a Workers’ Party spoke to a trader in the "
                                            "main market."),
                                 ("lede", "Prices have doubled since the spring.")],
     ["Chidi Obi"], "Movement for a Workers’ Party", None, ("newline",)),
    ("person-of-org-interview-2", [("standfirst", "Dockers count the cost"),
                                   ("byline", "Marisol Reyes of Workers’ Voice talked to two dockers."),
                                   ("lede", "The strike is in its second week.")],
     ["Marisol Reyes"], "Workers’ Voice", None, ("newline",)),
    # a remark of a few lower-case words in brackets after the name
    ("name-remark-bracket", [("standfirst", "Public libraries pull more titles as the purge widens"),
                             ("byline", "Cheung Wing-sze (pictured), Workers’ Lantern"),
                             ("lede", "The city’s public libraries have removed another 800 titles")],
     ["Cheung Wing-sze"], "Workers’ Lantern", None, ALL),
    ("name-remark-bracket-2", [("standfirst", "Dockers vote to strike"),
                               ("byline", "Ana Lima (name changed), Workers Alliance"),
                               ("lede", "The dockers at the terminal voted by a large majority")],
     ["Ana Lima"], "Workers Alliance", None, ALL),
    # an organisation no table knows after a by-credit's names and a comma
    ("by-credit-loose-org", [("standfirst", "Night shifts at the depot"),
                             ("byline", "Written by Ana Lima, Kämpa Tillsammans"),
                             ("lede", "The union’s new rota came into force on Monday")],
     ["Ana Lima"], "Kämpa Tillsammans", None, ("newline", "space")),
    ("by-credit-loose-org-2", [("standfirst", "A study of the garment towns that says little about workers"),
                               ("byline", "Reviewed by Tom Avery, Lucha Obrera"),
                               ("lede", "When the book came out last spring, the reviews were kind")],
     ["Tom Avery"], "Lucha Obrera", None, ("newline", "space")),
    # a place after the role stops before a possessive its last word would begin
    ("place-before-possessive", [("standfirst", "Court ruling covers 1,400 cleanroom cleaners at a plant"),
                                 ("byline", "eastasiaworker.net correspondent in Seoul"),
                                 ("lede", "South Korea’s Supreme Court ruled on Thursday that the cleaners")],
     [], "eastasiaworker.net", None, ("newline", "space")),
    ("place-before-possessive-2", [("standfirst", "Dockers win back pay"),
                                   ("byline", "Workers Alliance reporters in Porto"),
                                   ("lede", "North Korea’s ports are closed to the ships that once called here")],
     [], "Workers Alliance", None, ALL),
    # a job and a place in brackets after the name
    ("name-job-place-bracket", [("standfirst", "Why a chip plant worker signed up"),
                                ("byline", "Chou Ming-hsien (lithography technician, Tainan)"),
                                ("lede", "I have worked on the same tools for nine years.")],
     ["Chou Ming-hsien"], None, None, ("newline",)),
    ("name-job-place-bracket-2", [("standfirst", "Why I joined the union"),
                                  ("byline", "Ana Lima (night nurse, Porto)"),
                                  ("lede", "I have worked nights for nine years.")],
     ["Ana Lima"], None, None, ("newline",)),
    # a writer and unnamed co-authors
    ("names-et-al", [("standfirst", "Our investigation traced 41 agencies supplying workers to three plants"),
                     ("byline", "Tsai Yu-ting et al., eastasiaworker.net"),
                     ("lede", "Behind every cleanroom badge stands a chain of contractors")],
     ["Tsai Yu-ting"], "eastasiaworker.net", None, ALL),
    ("names-et-al-2", [("standfirst", "Dockers vote to strike"), ("byline", "Ana Lima et al., Workers Alliance"),
                       ("lede", "The dockers at the terminal voted by a large majority")],
     ["Ana Lima"], "Workers Alliance", None, ALL),
    # a credit with the day it was issued
    ("credit-dated", [("standfirst", "Cancer cluster fears at a shuttered wafer plant"),
                      ("byline", "Press release from the Fab Workers’ Alliance, 14 March 2025"),
                      ("lede", "The alliance today asked the labour ministry to release its records")],
     [], "Fab Workers’ Alliance", None, ("newline", "space")),
    ("credit-dated-2", [("standfirst", "Cleaners win back their hours"),
                        ("byline", "Statement by Workers Alliance, 3 June 2025"),
                        ("lede", "Forty cleaners at the hospital have won back the hours cut in spring")],
     [], "Workers Alliance", None, ("newline", "space")),
    # a body of the organisation in a place, the verb with its adverb, and the day
    ("credit-body-place", [("standfirst", "Former transport workers pledge support to the rail strike"),
                           ("byline", "Motion passed unanimously by the London branch of the Exiled Unions Network "
                                      "on 22 June 2025"),
                           ("lede", "This branch notes that rail workers face a six-day week")],
     [], "Exiled Unions Network", None, ("newline", "space")),
    ("credit-body-place-2", [("standfirst", "Dockers win back pay"),
                             ("byline", "Resolution adopted by the Porto branch of Workers Alliance"),
                             ("lede", "The branch notes that the dockers have won back their pay")],
     [], "Workers Alliance", None, ("newline", "space")),
    # an organisation's tail stops before a title and a name opening the lede ("Uncle", "Auntie")
    ("org-before-title", [("standfirst", "Pensioners describe how they make ends meet"),
                          ("byline", "Tom Avery, Socialist Front"),
                          ("lede", "Uncle Wah is 74 and lives in a partitioned room")],
     ["Tom Avery"], "Socialist Front", None, ("space",)),
    ("org-before-title-2", [("standfirst", "Automation ends a canteen that fed dockers for forty years"),
                            ("byline", "Ana Lima, Red Flag"),
                            ("lede", "Auntie Fong has been frying noodles for crane operators since 1986")],
     ["Ana Lima"], "Red Flag", None, ("space",)),
    # splitter 3.10: a version of a magazine's text dated by its season; its issue's number before the paper and the
    # paper's owner after it
    ("credit-version-season", [("standfirst", "Why the property slump is not over"),
                               ("byline", "This article is an abridged version of the editorial in Red Flag "
                                          "magazine, issue 40, winter 2025"),
                               ("lede", "House prices fell again in every big city last month")],
     [], "Red Flag magazine", None, ("newline", "space")),
    ("credit-version-issue-of", [("standfirst", "Why the property slump is not over"),
                                 ("byline", "This article is an edited version of the editorial in issue 40 of Red "
                                            "Spark, the monthly journal of Workers Alliance"),
                                 ("lede", "House prices fell again in every big city last month")],
     [], "Red Spark", None, ("newline", "space")),
    # a name's dangling comma before a lede opening with "Hong Kong’s": no organisation "Hong"
    ("names-comma-hong-kong", [("standfirst", "What the charter promised and what the courts deliver"),
                               ("byline", "Tom Avery,"),
                               ("lede", "Hong Kong’s highest court this week upheld the sentences of nine unionists")],
     ["Tom Avery"], None, None, ("space",)),
    ("names-comma-hong-kong-2", [("standfirst", "Another union wound up under pressure"),
                                 ("byline", "Lin Pei-ju,"),
                                 ("lede", "Hong Kong’s oldest teachers’ union has voted to dissolve itself")],
     ["Lin Pei-ju"], None, None, ("space",)),
    # a credit's place of two words before its date is no place then a sentence ("in South | Shields on 3 May")
    ("credit-place-two-words-date", [("standfirst", "Why the dock strike of 1889 still matters"),
                                     ("byline", "This article is based on a speech by Tom Avery of Red Flag at a "
                                                "meeting of dockers in South Shields on 3 May."),
                                     ("lede", "When the dockers of London came out in 1889, nobody expected "
                                              "them to win")],
     ["Tom Avery"], "Red Flag", None, ("newline", "space")),
    ("credit-place-two-words-weekday", [("standfirst", "No to twelve-hour shifts!"),
                                        ("byline", "The following is the text of a leaflet distributed by Workers "
                                                   "Alliance at the depot in Kwai Chung on Monday:"),
                                        ("lede", "Drivers are not asking for much: a day that ends")],
     [], "Workers Alliance", None, ("newline", "space")),
    # a paper's own "The" after a member's role ("editor of The Spark, paper of Org")
    ("member-of-the-paper", [("standfirst", "Dockers vote to strike"),
                             ("byline", "Tom Avery, editor of The Spark, paper of Workers Alliance"),
                             ("lede", "Dockers at the port voted by a large majority")],
     ["Tom Avery"], "Spark", None, ("newline", "space")),
    ("member-of-the-paper-2", [("standfirst", "Rents up by a third in five years"),
                               ("byline", "Ana Lima, editor of The Anvil, paper of Red Flag"),
                               ("lede", "Across the big cities a worker on the median wage")],
     ["Ana Lima"], "Anvil", None, ("newline", "space")),
    # an organisation's capitalised tail before a lede opening with "Hong Kong’s" and a lower-case word
    ("org-tail-before-hong-kong", [("standfirst", "Dock pay has risen by less than inflation for seven years"),
                                   ("byline", "Tom Avery, Socialist Harbour"),
                                   ("lede", "Hong Kong’s largest terminal operator reported an 18 percent rise")],
     ["Tom Avery"], "Socialist Harbour", None, ("space",)),
    ("org-tail-before-hong-kong-2", [("standfirst", "Cleaners win back their hours"),
                                     ("byline", "Ana Lima, Workers Compass"),
                                     ("lede", "Hong Kong’s biggest cleaning contractor has agreed to restore")],
     ["Ana Lima"], "Workers Compass", None, ("space",)),
    # any top-level domain of two to six letters names a publication ("coalface.asia", "redflag.online")
    ("domain-any-tld", [("standfirst", "Piece rates cut again at the shoe-sole plants"),
                        ("byline", "Tom Avery, redflag.asia"),
                        ("lede", "Workers at a shoe-sole plant were told on Friday that the rate would drop")],
     ["Tom Avery"], "redflag.asia", None, ALL),
    ("domain-any-tld-2", [("standfirst", "Couriers walk out across four districts"),
                          ("byline", "workersvoice.online reporters"),
                          ("lede", "Riders for a parcel platform switched off their app on Wednesday")],
     [], "workersvoice.online", None, ("newline", "space")),  # (run in with nothing: where does the domain start?)
    # "Members" is a group of people, no name: "Members asked about ..." is no credit
    ("members-group", [("standfirst", "Members asked about ‘foreign funding’ and their contacts abroad"),
                       ("byline", "Tom Avery, Red Flag"),
                       ("lede", "Three members of the union were taken to the police station last Thursday")],
     ["Tom Avery"], "Red Flag", None, ("newline", "space")),
    ("members-group-2", [("standfirst", "Members asked about the strike fund and their contacts in Porto"),
                         ("byline", "Red Flag reporters"),
                         ("lede", "Four members of the dockers’ committee were questioned for six hours")],
     [], "Red Flag", None, ("newline", "space")),
    # a credit that introduces the text after it runs to its colon, whatever it names on the way
    ("text-intro-to-colon", [("byline", "The following is the text of a leaflet distributed by Red Flag (ISA in "
                                        "Portugal) in Matosinhos and Leixões:"),
                             ("lede", "Dockers are not asking for much: a rota that lets them see their children")],
     [], "Red Flag", "ISA in Portugal", ("newline", "space")),
    ("text-intro-to-colon-2", [("byline", "The following is the text of a leaflet distributed by Workers Alliance "
                                          "members in Leeds, Hull and York at protests outside Chinese consulates:"),
                               ("lede", "Free the Guangzhou five! No to the crackdown on workers’ organisations")],
     [], "Workers Alliance", None, ("newline", "space")),
    # ... also one no form reads, opening the excerpt
    ("text-intro-opening", [("byline", "Below is the leaflet that Red Flag members handed out at the Kowloon Bay "
                                       "depot on Friday:"),
                            ("lede", "A fair rota, not a faster one! Twelve hours behind the wheel is dangerous")],
     [], None, None, ("newline", "space")),  # (its organisation is not read: a known limit)
    ("text-intro-opening-2", [("byline", "Text of the leaflet distributed by Workers Alliance at the container "
                                         "terminal gates on 2 May:"),
                              ("lede", "Crane drivers deserve a pay rise, not a robot! The company made millions")],
     # (the leaflet's issuer is its organisation, as the gold labels every such credit: splitter 3.32)
     [], "Workers Alliance", None, ("newline", "space")),
    # no byline ends between "Hong" and "Kong"
    ("hong-kong-not-cut", [("standfirst", "How the British ruled through tycoons and triads"),
                           ("byline", "Tom Avery,"),
                           ("lede", "Hong Kong was never the free city of legend")],
     ["Tom Avery"], None, None, ("space",)),
    # reporters "at" a place, before a new sentence
    ("org-role-at-place", [("standfirst", "Ground staff warn the new runway rota is unsafe"),
                           ("byline", "Red Flag reporters at Chek Lap Kok"),
                           ("lede", "Ramp workers and baggage handlers say the rota leaves them exhausted")],
     [], "Red Flag", None, ("newline", "space")),
    ("org-role-at-place-2", [("standfirst", "Cabin cleaners stop work over unpaid breaks"),
                             ("byline", "Workers Alliance reporters at Kai Tak"),
                             ("lede", "Cleaners on the cruise terminal contract walked off the job on Monday")],
     [], "Workers Alliance", None, ("newline", "space")),
    # an organisation's capitalised tail before whom it talked to ("Left Harbour | talked to a bus captain ...")
    ("org-tail-talked-to", [("standfirst", "‘The camera watches us, not the road’"),
                            ("byline", "Left Compass talked to a bus captain in Tuen Mun about the new rules."),
                            ("lede", "What is the new system? There is a camera above the windscreen")],
     [], "Left Compass", None, ("space",)),
    ("org-tail-talked-to-2", [("standfirst", "‘We clean the wards but nobody sees us’"),
                              ("byline", "Socialist Lantern talked with two hospital cleaners in Porto about their "
                                         "contracts."),
                              ("lede", "How long have you worked at the hospital? Eleven years, always through")],
     [], "Socialist Lantern", None, ("space",)),
    # what a credit's text was made from, after its organisation ("Edited by A, Org, from the accounts of ...")
    ("by-credit-from-source", [("standfirst", "Five days at the truck queue, in the drivers’ own words"),
                               ("byline", "Edited by Tom Avery, redflag.org, from the accounts of striking "
                                          "drivers"),
                               ("lede", "Day one. We were told to be at the gate by five")],
     ["Tom Avery"], "redflag.org", None, ("newline", "space")),
    ("by-credit-from-source-2", [("standfirst", "A message from the container queue"),
                                 ("byline", "Transcribed by Ana Lima, workersvoice.org, from a voice message sent by "
                                            "a driver on the third day"),
                                 ("lede", "My name doesn’t matter. There are more than three hundred of us")],
     ["Ana Lima"], "workersvoice.org", None, ("newline", "space")),
    # after a leading byline, sentences are the lede, not a standfirst
    ("byline-first-sentences", [("byline", "Tom Avery, Red Flag"),
                                ("lede", "I have lived in this dormitory for six years. There are eight women in a "
                                         "room and one toilet for the corridor. When I first came here I thought")],
     ["Tom Avery"], "Red Flag", None, ("space",)),
    ("byline-first-sentences-2", [("byline", "Ana Lima, Workers Alliance"),
                                  ("lede", "My shift starts at six. The bus leaves at five, so I get up at four. "
                                           "Then I work until the evening without a break")],
     ["Ana Lima"], "Workers Alliance", None, ("space",)),
    # ... but a lede's long first sentence that mentions the article reports the news: no note
    ("lede-mentions-this-article", [("standfirst", "Mills cut wages as export orders fall"),
                                    ("byline", "Tom Avery, Red Flag"),
                                    ("lede", "Shipping records and recruitment notices reviewed for this article "
                                             "show that at least six spinning mills in the province have cut basic "
                                             "pay since March. The mills blame the fall in orders")],
     ["Tom Avery"], "Red Flag", None, ("newline", "space")),
    # Latin's combining accents are inside their letters (Pe̍h-ōe-jī: "Tân Bûn-hô͘")
    ("name-latin-combining", [("standfirst", "Nurses demand safe staffing written into law"),
                              ("byline", "Tân Bûn-hô͘, Red Flag"),
                              ("lede", "Several thousand nurses marched to the Presidential Office on Sunday")],
     ["Tân Bûn-hô͘"], "Red Flag", None, ALL),
    ("name-latin-combining-2", [("standfirst", "The uprising of 1947 remembered"),
                                ("byline", "By Lâu Siù-lân"),
                                ("lede", "Seventy-nine years ago an uprising against the corrupt rule spread")],
     ["Lâu Siù-lân"], None, None, ("newline", "space")),
    # a middle dot between the name and the organisation; a group of people opening the lede ends the organisation
    ("names-middle-dot-org", [("standfirst", "Public hospitals replace paid overtime with time off nobody can take"),
                              ("byline", "Tom Avery · redflag.org"),
                              ("lede", "Nurses at three public hospitals in Kowloon say the change means")],
     ["Tom Avery"], "redflag.org", None, ("newline", "space")),
    ("names-middle-dot-org-2", [("standfirst", "Villages wait days for water and power"),
                                ("byline", "Ana Lima · Red Spark"),
                                ("lede", "Residents of mountain villages went without water for five days")],
     ["Ana Lima"], "Red Spark", None, ("newline", "space")),
    ("org-tail-before-group", [("standfirst", "Estate residents win a rent freeze"),
                               ("byline", "Tom Avery, Socialist Harbour"),
                               ("lede", "Residents of the Lai Kok estate voted on Sunday to accept the offer")],
     ["Tom Avery"], "Socialist Harbour", None, ("space",)),
    ("org-tail-before-group-2", [("standfirst", "Porters walk out over unpaid breaks"),
                                 ("byline", "Ana Lima, Socialist Compass"),
                                 ("lede", "Porters of the city hospital walked out on Monday")],
     ["Ana Lima"], "Socialist Compass", None, ("space",)),
    # a second writer's part after the organisation ("A, Org, with an afterword by B")
    ("with-part-by", [("standfirst", "Sanctions and subsidies serve the same masters"),
                      ("byline", "Tom Avery, redflag.org, with an afterword by Ana Lima"),
                      ("lede", "The race between the two powers is usually described as a contest")],
     ["Tom Avery", "Ana Lima"], "redflag.org", None, ("newline", "space")),
    ("with-part-by-2", [("standfirst", "Villagers had warned for years about the logging"),
                        ("byline", "Lin Pei-ju, Workers Alliance, with a postscript by Hafiz bin Osman"),
                        ("lede", "Eleven people died when a hillside above the village collapsed")],
     ["Lin Pei-ju", "Hafiz bin Osman"], "Workers Alliance", None, ("newline", "space")),
    # a credit introducing its text after the standfirst
    ("text-intro-after-standfirst", [("standfirst", "Dockers need a union that answers to them"),
                                     ("byline", "Below is the leaflet Red Flag handed out at the terminal gates on "
                                                "Sunday morning:"),
                                     ("lede", "Thirteen hours is too long! Heat kills, and the company knows it")],
     [], None, None, ("space",)),
    ("text-intro-after-standfirst-2", [("standfirst", "Porters say no to the new rota"),
                                       ("byline", "Below is the text Workers Alliance members handed out at the "
                                                  "hospital on Monday:"),
                                       ("lede", "Twelve-hour shifts are not safe for patients or for us")],
     [], None, None, ("space",)),
    # a lower-case letter prefixed to a name (Irish "tSaoi", "hAodha") is part of it, and "an" links it
    ("name-lower-case-prefix", [("standfirst", "Hospital porters vote to strike over outsourcing"),
                                ("byline", "Orla Ó hAodha, Workers Alliance"),
                                ("lede", "Porters at two hospitals in Cork have voted by a large majority")],
     ["Orla Ó hAodha"], "Workers Alliance", None, ALL),
    ("name-lower-case-prefix-2", [("standfirst", "Bus drivers reject the new timetable"),
                                  ("byline", "Séamus Mac an tSionnaigh, Red Flag"),
                                  ("lede", "Drivers at the northside depot say the rota leaves no time to eat")],
     ["Séamus Mac an tSionnaigh"], "Red Flag", None, ("newline", "space")),
    # an acronym's plural is one word, no acronym run into a capitalised word ("NG|Os")
    ("acronym-plural", [("standfirst", "NGOs told to cut posts as the grant is frozen"),
                        ("byline", "Jane Dorsey, Red Flag"),
                        ("lede", "Care workers say their employers are cutting permanent jobs")],
     ["Jane Dorsey"], "Red Flag", None, ALL),
    ("acronym-plural-2", [("standfirst", "CEOs of the big four banks take home record pay"),
                          ("byline", "Kang Min-ho, Workers Alliance"),
                          ("lede", "The heads of the four largest banks were paid more last year")],
     ["Kang Min-ho"], "Workers Alliance", None, ALL),
    # a name of four words after a standfirst's lower-case end is one name
    ("four-word-name", [("standfirst", "Garment workers win back pay after a week of protests"),
                        ("byline", "Nguyen Thi Minh Chau, Workers Alliance"),
                        ("lede", "Around six hundred workers at a garment factory outside Ho Chi Minh City")],
     ["Nguyen Thi Minh Chau"], "Workers Alliance", None, ALL),
    ("four-word-name-2", [("standfirst", "Teachers in the north reject the new contract"),
                          ("byline", "María José Herrera Luna, Red Flag"),
                          ("lede", "Secondary school teachers in three provinces voted on Friday")],
     ["María José Herrera Luna"], "Red Flag", None, ALL),
    # a joint credit of two organisations no table knows
    ("joint-loose-orgs", [("standfirst", "Nickel deaths go on"),
                          ("byline", "Joint statement by Punainen Tähti and Arbeiderstemme"),
                          ("lede", "The workers of the industrial park have once again buried colleagues")],
     [], "Punainen Tähti", None, ("newline", "space")),
    ("joint-loose-orgs-2", [("byline", "Joint statement by Lakas Tao and Ombak Merah"),
                            ("lede", "We, socialists in the Philippines and Malaysia, send our solidarity to them")],
     [], "Lakas Tao", None, ("newline", "space")),
    # a publication no table knows, before its issue number (a comma between)
    ("loose-publication-issue", [("standfirst", "Rents rise again in the new towns"),
                                 ("byline", "Editorial from Punainen Lehti, issue 7"),
                                 ("lede", "Tenants in the new towns say the council has broken its promise")],
     [], "Punainen Lehti", None, ALL),
    ("loose-publication-issue-2", [("standfirst", "The budget cuts are still coming"),
                                   ("byline", "This article is an abridged version of the editorial in Kaum, issue 12, "
                                              "March 2026"),
                                   ("lede", "The government’s retreat on the price of fuel shows how weak it is")],
     [], "Kaum", None, ALL),
    # a name's CJK form in full-width brackets, an organisation's name in title marks, two joined by a slash
    ("full-width-brackets", [("standfirst", "Domestic workers demand a full rest day"),
                             ("byline", "Lam Ka-yan（林嘉欣）, Workers Alliance"),
                             ("lede", "A lobby group of employers has called for rest days to be flexible")],
     ["Lam Ka-yan"], "Workers Alliance", None, ("newline", "space")),
    ("full-width-brackets-2", [("standfirst", "Bus drivers reject the new rota"),
                               ("byline", "Ho Wing-yan（何詠欣）, Red Flag (WA in Macau)"),
                               ("lede", "Drivers at three depots voted on Friday to refuse overtime")],
     ["Ho Wing-yan"], "Red Flag", "WA in Macau", ("newline", "space")),
    ("org-title-marks", [("standfirst", "Both parties delay safe staffing ratios"),
                         ("byline", "Tom Avery, Workers Alliance《工人聯盟》"),
                         ("lede", "A bill to write minimum ratios into law has been stuck in committee")],
     ["Tom Avery"], "Workers Alliance", None, ("newline", "space")),
    ("org-title-marks-2", [("standfirst", "Dockers walk out over the new cranes"),
                           ("byline", "Chen Mei, Red Flag《紅旗》"),
                           ("lede", "Crane drivers at the terminal stopped work on Monday morning")],
     ["Chen Mei"], "Red Flag", None, ("newline", "space")),
    ("org-slash-org", [("standfirst", "Mine wall collapse kills fourteen"),
                       ("byline", "Jane Dorsey, Red Flag/redwire.net"),
                       ("lede", "At least fourteen workers were killed when the wall of the pit gave way")],
     ["Jane Dorsey"], "Red Flag", None, ("newline", "space")),
    ("org-slash-org-2", [("standfirst", "Call centre agents form a union"),
                         ("byline", "Kang Min-ho, Workers Alliance / Call Centre Workers’ Union"),
                         ("lede", "The first meeting was held in a fast-food restaurant at three in the morning")],
     ["Kang Min-ho"], "Workers Alliance", None, ("newline", "space")),
    # a bare name before a lede that opens with a person by title
    ("lede-opens-with-title", [("standfirst", "Cardboard pickers lose half their income"),
                               ("byline", "Maud Fenwick"),
                               ("lede", "Mrs Lau is 81 years old and has collected cardboard for nineteen years")],
     ["Maud Fenwick"], None, None, ("newline", "space")),
    ("lede-opens-with-title-2", [("standfirst", "An old docker remembers the strike"),
                                 ("byline", "Tan Ah Kow"),
                                 ("lede", "Uncle Lim is eighty-seven now, and his hands shake when he pours tea")],
     ["Tan Ah Kow"], None, None, ("newline", "space")),
    # a byline after a place's or an institution's last word starts after it
    ("after-place-end", [("standfirst", "No rest breaks at a parcel hub in Kowloon Bay"),
                         ("byline", "Mingde, Red Flag"),
                         ("lede", "Workers sorting parcels say the temperature rose above 35 degrees")],
     ["Mingde"], "Red Flag", None, ("newline", "space")),
    ("after-place-end-2", [("standfirst", "Nurses leave in record numbers, figures from the Hospital Authority show"),
                           ("byline", "Jane Dorsey, Workers Alliance"),
                           ("lede", "The turnover rate among nurses in public hospitals reached eleven per cent")],
     ["Jane Dorsey"], "Workers Alliance", None, ("newline", "space")),
    # a joint credit's second organisation after "and the"
    ("joint-and-the-org", [("standfirst", "Contractor threatens to sack porters who spoke out"),
                           ("byline", "Joint statement by Red Flag and the Bus Drivers’ Union"),
                           ("lede", "Three drivers at the northern depot have been told they face dismissal")],
     [], "Red Flag", None, ("newline", "space")),
    # a credit's opening after a capitalised word, a company's last word before a byline, an ʻokina in a name
    ("credit-after-capital", [("standfirst", "A film about the dockers of Santos"),
                              ("byline", "Reviewed by Mingde, Red Flag"),
                              ("lede", "The film opens on a winter morning at the container terminal")],
     ["Mingde"], "Red Flag", None, ("newline", "space")),
    ("credit-after-capital-2", [("standfirst", "Strike ends at the port of Santos"),
                                ("byline", "Compiled by Tiefang, Red Flag"),
                                ("lede", "Dockers at the container terminal voted on Friday to return to work")],
     ["Tiefang"], "Red Flag", None, ("newline", "space")),
    ("after-company-end", [("standfirst", "Assembly lines stop at Foxlink Electronics"),
                           ("byline", "Mingde, Red Flag"),
                           ("lede", "Workers at the plant downed tools on Monday over unpaid overtime")],
     ["Mingde"], "Red Flag", None, ("newline", "space")),
    ("after-law-end", [("standfirst", "Home-care workers excluded from the Labour Standards Act"),
                       ("byline", "Lin Mei-hua (RFI in Taiwan)"),
                       ("lede", "Several hundred caregivers gathered outside the legislature on Sunday")],
     ["Lin Mei-hua"], None, "RFI in Taiwan", ("newline", "space")),
    ("after-company-end-2", [("standfirst", "Couriers lose their routes at Speedy Express"),
                             ("byline", "Tom Avery, Workers Alliance"),
                             ("lede", "Couriers at the depot say refusing the extra day costs them work")],
     ["Tom Avery"], "Workers Alliance", None, ("newline", "space")),
    ("okina-in-name", [("standfirst", "Hotel housekeepers demand their staffing levels back"),
                       ("byline", "Kaʻiulani Akana, Red Flag"),
                       ("lede", "Housekeepers at three hotels walked out on Saturday morning")],
     ["Kaʻiulani Akana"], "Red Flag", None, ALL),
    ("okina-in-name-2", [("standfirst", "Nurses vote to strike at the island’s hospitals"),
                         ("byline", "Lehua Kahaleʻole, Workers Alliance"),
                         ("lede", "Nurses at two hospitals voted by a large majority on Friday")],
     ["Lehua Kahaleʻole"], "Workers Alliance", None, ALL),
    # an elided article in a name ("Dall’Olio"), Dutch "'t" between a name's words
    ("name-elision", [("standfirst", "Migrant porters demand an end to the cooperative system"),
                      ("byline", "Rosa Sant’Anna, Red Flag"),
                      ("lede", "Porters at the warehouses outside the city walked out on Monday")],
     ["Rosa Sant’Anna"], "Red Flag", None, ("newline", "space")),
    ("name-elision-2", [("standfirst", "Dock workers block an arms shipment"),
                        ("byline", "Marco Dell’Acqua, Workers Alliance"),
                        ("lede", "Dockers at the port refused to load the containers on Friday")],
     ["Marco Dell’Acqua"], "Workers Alliance", None, ("newline", "space")),
    ("particle-apostrophe-t", [("standfirst", "Rail guards strike over single staffing"),
                               ("byline", "Sophie van ’t Veld, Red Flag"),
                               ("lede", "Guards on the night trains walked out on Sunday")],
     ["Sophie van ’t Veld"], "Red Flag", None, ("newline", "space")),
    ("particle-apostrophe-t-2", [("standfirst", "Cleaners at the airport win direct employment"),
                                 ("byline", "Joost van 't Hof, Workers Alliance"),
                                 ("lede", "After a year of actions the cleaners are taken on by the airport")],
     ["Joost van 't Hof"], "Workers Alliance", None, ("newline", "space")),
    # a compass adjective or "mainland" before a byline's place
    ("place-adjective", [("standfirst", "Bus drivers walk out over the new rota"),
                         ("byline", "Workers Alliance reporters in northern Thailand"),
                         ("lede", "Drivers at three depots stopped work on Monday morning")],
     [], "Workers Alliance", None, ("newline", "space")),
    ("place-adjective-2", [("standfirst", "Students held for reading labour history must be freed"),
                           ("byline", "Joint statement by RFI sections in Macau, Taiwan and mainland China"),
                           ("lede", "Four university students in Guangzhou have been held for a month")],
     [], "RFI", None, ("newline", "space")),
    # an organisation in another capitalised script, before its section
    ("org-other-script", [("standfirst", "Dockers refuse to load arms shipments"),
                          ("byline", "Ivan Petrov, Рабочая Сила (RFI in Russia)"),
                          ("lede", "Dockers at the port of St Petersburg stopped work on Monday")],
     ["Ivan Petrov"], "Рабочая Сила", "RFI in Russia", ("newline", "space")),
    ("org-other-script-2", [("standfirst", "Port workers block the war cargo"),
                            ("byline", "Nikos Pappas, Κόκκινη Σημαία (RFI in Greece)"),
                            ("lede", "Port workers in Piraeus refused to load the containers")],
     ["Nikos Pappas"], "Κόκκινη Σημαία", "RFI in Greece", ("newline", "space")),
    ("body-meets-in-lede", [("standfirst", _SF), ("byline", "Jane Dorsey, Red Flag"),
                            ("lede", "Every summer, as the Minimum Wage Council meets to set the rate, employers "
                                     "complain")],
     ["Jane Dorsey"], "Red Flag", None, ("newline", "space")),
    ("body-meets-in-lede-2", [("standfirst", _SF2), ("byline", "Tom Avery, Socialist Action"),
                              ("lede", "This spring, as the Transport Board met to discuss fares, drivers walked out")],
     ["Tom Avery"], "Socialist Action", None, ("newline", "space")),
    _noted("note-name-order", "Korean names in this article are given with the family name first."),
    _noted("note-name-order-2", "Japanese names in this article are written family name first.", pair=1),
    _noted("note-petition", "Sign the petition for the release of the Bataan 7 – the link is at the end of this "
                            "article."),
    _noted("note-petition-2", "Please sign our open letter to the labour ministry: the link is below.", pair=1),
    _noted("note-glossary", "A glossary of the Indonesian terms used in this article follows at the end."),
    _noted("note-timeline", "A timeline of the dispute is given at the end of the article.", pair=1),
]


@pytest.mark.parametrize("excerpt,byline,authors,organisation", [
    ("Hundreds sign the statement\n(By Haneul, Workers’ Voice)\nMore than 1,700 teachers have signed",
     "(By Haneul, Workers’ Voice)", ["Haneul"], "Workers’ Voice"),
    ("Drivers refuse overtime\n(By Lin Pei-ju, chinaworker.info)\nThe drivers at three depots voted on Friday",
     "(By Lin Pei-ju, chinaworker.info)", ["Lin Pei-ju"], "chinaworker.info"),
])
def test_a_byline_in_brackets_on_its_own_line(excerpt, byline, authors, organisation):
    got = split_excerpt(excerpt)
    assert (got.byline, got.authors, got.organisation) == (byline, authors, organisation)


# splitter 3.8, held-out 17 (blind, then these few general kinds): Vietnamese letters are letters of names and
# organisations; an interview's language; thanks, "See also" and funding notes (two invented examples each)
KINDS += [
    _plain("vietnamese-org-role", "Tiếng Thợ reporters in Binh Duong", [], "Tiếng Thợ"),
    _plain("vietnamese-name-org", "Phạm Văn Lực, Tiếng Thợ", ["Phạm Văn Lực"], "Tiếng Thợ", pair=1),
    _plain("interview-in-language", "Interview conducted in Vietnamese by Mai Hoa, Tiếng Thợ", ["Mai Hoa"], "Tiếng Thợ",
           joins=("newline",)),
    _plain("interview-in-language-2", "Interview conducted in Tagalog by Ana Reyes, Red Flag", ["Ana Reyes"],
           "Red Flag", joins=("newline",), pair=1),
    _noted("note-thanks", "With thanks to the crane operators who spoke to us between shifts."),
    _noted("note-thanks-2", "With many thanks to the drivers’ union for the figures.", pair=1),
    _noted("note-see-also", "See also: ‘Vietnam: Shoe workers stage wildcat strike’ (March)."),
    _noted("note-see-also-2", "See also: “Depot cleaners win back their hours” (June).", pair=1),
    _noted("note-funded", "This investigation was funded entirely by small donations from our readers."),
    _noted("note-funded-2", "This series is supported by a grant from the journalists’ union.", pair=1),
    _noted("note-spoiler-warning", "Spoiler warning: this review reveals how the novel ends."),
    _noted("note-spoiler-warning-2", "Spoiler warning: the last part of this review discusses the film’s ending.",
           pair=1),
    # splitter 3.10: how readers reach the publication (an email address, a hashtag, a web address with a path)
    # (not run in with nothing: an address runs on into the next word)
    _noted("note-contact-email", "Seen something at your depot? Tell us in confidence: depots@redflag.example",
           joins=("newline", "space")),
    _noted("note-contact-path", "Gifts to the hardship fund can be made at redflag.example/fund.", pair=1,
           joins=("newline", "space")),
    _noted("note-contact-hashtag", "Join the campaign online: #FairRostersNow", joins=("newline", "space")),
    # a short sentence about the text itself, its site or its writer
    _noted("note-meta-tools", "No automated tools were used in writing this piece.", joins=("newline", "space")),
    _noted("note-meta-figures", "The figures in this report are correct as of 3 June.", pair=1,
           joins=("newline", "space")),
    _noted("note-meta-writer", "The writer can be reached through the contact form on this site.",
           joins=("newline", "space")),
    _noted("note-meta-quoted", "The posts quoted here were archived before they were deleted.", pair=1,
           joins=("newline", "space")),
    _noted("note-meta-version", "This web version leaves out the footnotes; the full text is in the print edition.",
           joins=("newline", "space")),
    # the right to republish it
    _noted("note-licence", "Published under a Creative Commons licence (CC BY-SA 4.0).", joins=("newline", "space")),
    _noted("note-licence-2", "You may republish this report with a link to our site.", pair=1,
           joins=("newline", "space")),
    # the clock a live report keeps
    _noted("note-time-zone", "All times are Taipei time (UTC+8)."),
    _noted("note-time-zone-2", "All times given in this report are Central European time.", pair=1),
    _noted("note-time-zone-abbreviation", "All times are Taipei time (CST).", pair=1),
    # the publication's schedule, the figures the text gives, where it first ran
    _noted("note-our-schedule", "Our next report from the picket line will appear on Friday.",
           joins=("newline", "space")),
    _noted("note-our-schedule-2", "Our full report on the vote will follow on Monday.", pair=1,
           joins=("newline", "space")),
    _noted("note-figures-given", "Ages given are those at the time of the interviews.", joins=("newline", "space")),
    _noted("note-figures-given-2", "Wages cited are those before tax.", pair=1,
           joins=("newline", "space")),
    _noted("note-rounding", "Totals may not add up due to rounding.", joins=("newline", "space")),
    _noted("note-rounding-2", "Percentages may not add up to 100 because of rounding.", pair=1,
           joins=("newline", "space")),
    _noted("note-right-of-reply", "The company was asked to comment but had not replied at the time of publication.",
           joins=("newline", "space")),
    _noted("note-right-of-reply-2", "The council did not answer our questions before publication.", pair=1,
           joins=("newline", "space")),
    _noted("note-pictured", "Pictured: cleaners outside the government offices on the fourth day of the strike.",
           joins=("newline", "space")),
    _noted("note-pictured-2", "Pictured: drivers at the depot gates on Monday.", pair=1, joins=("newline", "space")),
    _noted("note-first-ran", "(This report first ran on 12 March)"),
    _noted("note-first-ran-2", "(This article originally ran in our print edition)", pair=1),
]


KINDS += [
    # two words no table knows joined by "and" or "&" before the organisation word are one organisation
    # (bylines.EXAMPLES["org-words-joined"])
    ("org-words-joined-by-and", [("standfirst", "Depot cleaners vote to strike over the new rota"),
                                 ("byline", "Orla Quigley, Bread and Roses Socialists"),
                                 ("lede", "Cleaners at the two bus depots voted by a large majority")],
     ["Orla Quigley"], "Bread and Roses Socialists", None, ALL),
    ("org-words-joined-by-ampersand", [("standfirst", "Porters walk out at the city hospital"),
                                       ("byline", "Tiago Mendes, Rank & File Socialists (SCI in Portugal)"),
                                       ("lede", "Porters at the hospital stopped work on Monday morning")],
     ["Tiago Mendes"], "Rank & File Socialists", "SCI in Portugal", ALL),
]


KINDS += [
    # a standfirst never ends in "by": the credit it opens is the byline's (bylines.EXAMPLES["credit-before-by"])
    ("credit-before-by-one-word", [("standfirst", "Why not simply abolish poverty by decree?"),
                                   ("byline", "Satire by Mirela Dunne, Red Flag"),
                                   ("lede", "The ministry has once again proved that there is no problem")],
     ["Mirela Dunne"], "Red Flag", None, ("space", "none")),
    ("credit-before-by-profile", [("standfirst", "Auntie Wong has organised her workmates for thirty years"),
                                  ("byline", "A profile of Wong Siu-lan, hospital cleaner and union representative, "
                                             "by Tom Avery, Red Flag"),
                                  ("lede", "She was nineteen when she started mopping the wards")],
     ["Tom Avery"], "Red Flag", None, ("space",)),
]


KINDS += [
    # a body named in the lede with an interview verb ("meets", "met") is no credit: its capitalised words follow
    # an article
    ("body-meets-in-lede", [("standfirst", "Shop closures are blamed on the wage floor again"),
                            ("byline", "Tamsin Castellanos,"),
                            ("lede", "Every summer, as the Labour Advisory Board meets to set the rate, the same "
                                     "argument appears in the press")], ["Tamsin Castellanos"], None, None, ALL),
    ("body-met-in-lede", [("standfirst", "Porters at the city hospital walk out over agency pay"),
                          ("byline", "Arvid Holm,"),
                          ("lede", "Last week, when the Hospital Trust Board met the union, managers offered "
                                   "nothing")], ["Arvid Holm"], None, None, ALL),
]


KINDS += [
    # splitter 3.13: a byline may end before a comma when its own clause, a Chinese form or a sentence follows
    # (bylines.EXAMPLES["byline-comma-clause"], ["byline-comma-chinese-form"])
    ("org-comma-clause", [("standfirst", "Cleaners at the ferry piers walk out over unpaid overtime"),
                          ("byline", "Orla Quigley, Red Lantern, on the picket line at the pier"),
                          ("lede", "Around sixty cleaners stopped work at dawn on Monday")],
     ["Orla Quigley"], "Red Lantern", None, ("space", "none")),
    ("org-comma-and-clause", [("standfirst", "Two generations of bus drivers on the new roster"),
                              ("byline", "Tam Wing-sze, Socialist Harbour, and her uncle Tam Kwok-fai, a retired "
                                         "driver"),
                              ("lede", "My uncle drove the night bus for thirty years")],
     ["Tam Wing-sze"], "Socialist Harbour", None, ("space", "none")),
    ("org-section-comma-chinese", [("standfirst", "Dormitory fees rise again for migrant workers"),
                                   ("byline", "Lin Pei-yu, Red Lantern (IWL Taiwan), 台中"),
                                   ("lede", "About forty workers at a textile mill refused to pay")],
     ["Lin Pei-yu"], "Red Lantern", "IWL Taiwan", ("space",)),
    ("org-dangling-comma", [("standfirst", "Hospital porters vote to strike over the new rota"),
                            ("byline", "Orla Quigley, Red Lantern,"),
                            ("lede", "It was the third ballot in a year")],
     ["Orla Quigley"], "Red Lantern", None, ("space",)),
    # ... a described author's comma left dangling before the lede (bylines.EXAMPLES["described-dangling-comma"])
    ("described-dangling-comma", [("standfirst", "A night on the assembly line"),
                                  ("byline", "Wei Xiaolan, a packer in Dongguan,"),
                                  ("lede", "The orders come in at midnight and we pack until six")],
     ["Wei Xiaolan"], None, None, ("space",)),
    ("described-dangling-comma-2", [("standfirst", "The strike kitchen at gate four"),
                                    ("byline", "Dolores Manalo, a union volunteer in Batangas,"),
                                    ("lede", "The women who run the kitchen start cooking at five")],
     ["Dolores Manalo"], None, None, ("space",)),
    # a capitalised run before a member's role is its organisation (bylines.EXAMPLES["loose-org-member-role"])
    ("loose-org-role-place", [("standfirst", "Glove factory workers demand the new minimum wage"),
                              ("byline", "Hafiz Roslan, Angin Timur organiser, Kedah"),
                              ("lede", "Workers from nine plants gathered on Sunday")],
     ["Hafiz Roslan"], "Angin Timur", None, ("newline", "space")),
    ("loose-org-role-in-place", [("standfirst", "Port workers count the cost of automation"),
                                 ("byline", "Dewi Lestari, Suluh Laut organiser in Surabaya"),
                                 ("lede", "The new cranes arrived in March")],
     ["Dewi Lestari"], "Suluh Laut", None, ("newline", "space")),
    # one name word run in on both sides is a part of its own (bylines.EXAMPLES["one-word-run-in-both-sides"])
    ("one-word-name-run-in", [("standfirst", "What the dockers of 1922 can teach us"),
                              ("byline", "Qingyun"),
                              ("lede", "Few strikes in the city’s history lasted as long")],
     ["Qingyun"], None, None, ("none",)),
    ("one-word-name-in-place-run-in", [("standfirst", "Why the night shift pays more than money"),
                                       ("byline", "Haneul in Changwon"),
                                       ("lede", "Inside the paint shop the air is thick")],
     ["Haneul"], None, None, ("none",)),
]

KINDS += [
    # a speech's credit says to whom it was given: the tail goes with the credit (bylines.EXAMPLES["credit-tail-to"])
    ("credit-tail-to", [("standfirst", "What the dock strike taught a new generation"),
                        ("byline", "Speech by Pelle Ek to the annual meeting of the Harbour Pensioners' Club"),
                        ("lede", "Friends, it is forty years since we walked off the quay")],
     ["Pelle Ek"], None, None, ALL),
    # every number word opens a sentence, the teens too (bylines.SENTENCE_STARTERS): no organisation's last word
    ("number-word-opens-lede", [("standfirst", "Crew stranded for months after the trawler is seized"),
                                ("byline", "Ana Lima and Tom Avery, Filipino Seafarers' Mutual Aid Association"),
                                ("lede", "Seventeen Filipino crew members have not been paid since March")],
     ["Ana Lima", "Tom Avery"], "Filipino Seafarers' Mutual Aid Association", None, ALL),
    # a name, an age, then a job with no article (bylines.EXAMPLES["name-age-job"])
    ("name-age-job", [("standfirst", "Students walk out over the new uniform rules"),
                      ("byline", "Mara Quint, 17, secondary school student"),
                      ("lede", "On Monday morning more than two hundred of us stayed outside the gates")],
     ["Mara Quint"], None, None, ALL),
    ("name-age-job-2", [("standfirst", "Why I joined the night shift walkout"),
                        ("byline", "Tovi Rendal, 24, caregiver"),
                        ("lede", "I have worked nights at the care home for three years and")],
     ["Tovi Rendal"], None, None, ALL),
    # a review's, an essay's or an obituary's history is a note, as an article's is (split._note_patterns "writings")
    ("review-first-appeared", [("standfirst", "A new history of the harbour lockout puts the women back in it"),
                               ("byline", "Tovi Rendal, Workers Alliance"),
                               ("note", "This review first appeared in Red Flag, the monthly magazine of Workers "
                                        "Alliance"),
                               ("lede", "Most accounts of the lockout begin with the employers")],
     ["Tovi Rendal"], "Workers Alliance", None, ALL),
    ("credit-tail-to-2", [("standfirst", "Teachers' pay: no more broken promises"),
                          ("byline", "Talk by Ruth Okafor-Lane to the Porto Amber school strike rally"),
                          ("lede", "Colleagues, the minister told us last spring that the money was there")],
     ["Ruth Okafor-Lane"], None, None, ALL),
]



KINDS += [
    # a title after a capitalised word ends the standfirst's title phrase, it opens no byline ("the Chief Executive |
    # A, Org"; bylines.EXAMPLES["title-phrase-end"])
    ("title-phrase-ends-standfirst", [("standfirst", "Jailed for posts criticising the Chief Executive"),
                                      ("byline", "Tam Wing-sze, Socialist Harbour"),
                                      ("lede", "A former councillor was sentenced on Friday")],
     ["Tam Wing-sze"], "Socialist Harbour", None, ("space",)),
    ("title-phrase-ends-standfirst-2", [("standfirst", "Dockers write an open letter to the Prime Minister"),
                                        ("byline", "Orla Quigley, Red Lantern"),
                                        ("lede", "More than two hundred dockers signed the letter")],
     ["Orla Quigley"], "Red Lantern", None, ("space",)),
]

KINDS += [
    # a long name's first word that the excerpt names again is the standfirst's place, not the name's
    # (bylines.EXAMPLES["long-name-first-word-recurs"])
    ("long-name-first-word-recurs", [("standfirst", "A speaking tour by exiled dockers reaches Gothenburg"),
                                     ("byline", "Ingrid Holmqvist, Red Lantern"),
                                     ("lede", "When two exiled dockers spoke in Gothenburg’s harbour hall")],
     ["Ingrid Holmqvist"], "Red Lantern", None, ("space",)),
    ("long-name-first-word-recurs-2", [("standfirst", "The strike wave hits Rotterdam"),
                                       ("byline", "Pieter Bakker, Workers Alliance"),
                                       ("lede", "Crews on the night ferries from Rotterdam walked off at midnight")],
     ["Pieter Bakker"], "Workers Alliance", None, ("space",)),
]

KINDS += [
    # a credit sentence naming who made the text, then "By A, Org": one byline (the translation credit is no note
    # there; bylines.EXAMPLES["translation-credit-then-by"])
    ("translation-credit-then-by", [("standfirst", "Handing pensions to the market is no answer"),
                                    ("byline", "Translated from the Korean by redflag.org volunteers. By Kang Min-ho, "
                                               "redflag.org (WA in Korea)"),
                                    ("lede", "The national pension fund will run out of money by 2055")],
     ["Kang Min-ho"], "redflag.org", "WA in Korea", ("newline", "space")),
    ("abridged-credit-then-by", [("standfirst", "Why the ferry strike matters"),
                                 ("byline", "Abridged from a longer article by the Workers Alliance editors. By Ana "
                                            "Lima, Workers Alliance"),
                                 ("lede", "The ferry crews have now been out for three weeks")],
     ["Ana Lima"], "Workers Alliance", None, ("newline", "space")),
]

KINDS += [
    # an interview credit ends where a capital runs into its last word, as every byline form's end does
    # (forms.END: "reportersMarch")
    ("interview-credit-run-in", [("standfirst", "A crane driver on ten years at the terminal"),
                                 ("byline", "Ana Lima of Workers Alliance spoke to a crane driver who asked not to "
                                            "be named"),
                                 ("lede", "How long have you worked at the terminal? Ten years.")],
     ["Ana Lima"], "Workers Alliance", None, ("none",)),
    ("interview-credit-run-in-2", [("standfirst", "Night shifts at the sorting hub"),
                                   ("byline", "Tom Kay of Red Flag talked to two sorters at the hub near the airport"),
                                   ("lede", "What changed when the new scanners came in? Everything.")],
     ["Tom Kay"], "Red Flag", None, ("none",)),
]

KINDS += [
    # where the article's own headline comes from, between the byline and the lede (bylines.EXAMPLES[
    # "note-headline-source"]); a lede's "the headline figure" is no note (tests below)
    _noted("note-headline-quotes", "The headline quotes a placard carried by the cleaners on Monday."),
    _noted("note-headline-taken-from", "The headline is taken from a banner hung at the depot gate.", pair=1),
]

KINDS += [
    # the part a byline's line leaves open before a form's byline (a comma, a joiner) is the byline's in the lines
    # rendering too: its line is the byline's (bylines.EXAMPLES["name-before-comma"])
    ("open-part-on-the-byline-line", [("standfirst", "A worker’s account of the night shift"),
                                      ("byline", "Kwan Ka-ho [關家豪], Workers Alliance (WA in Macau)"),
                                      ("lede", "The alarm goes at ten past six")], ["Kwan Ka-ho"], "Workers Alliance",
     "WA in Macau",
     ("newline",)),
    ("open-part-on-the-byline-line-2", [("standfirst", "‘My number is on my locker, my name is not’"),
                                        ("byline", "Worker 5120, redflag.org"),
                                        ("lede", "The night shift begins at eight with a roll call")],
     ["Worker 5120"], "redflag.org", None, ("newline",)),
]

KINDS += [
    # a standfirst never ends in a comma: the word before an organisation's comma is the byline's name, after a
    # capitalised word too (bylines.EXAMPLES["names-before-comma-org"])
    ("names-before-comma-org", [("standfirst", "A second night of protest at the bus depot outside Shatin"),
                                ("byline", "Mingde, redflag.org"),
                                ("lede", "More than two hundred drivers blocked the gates of the depot on Thursday")],
     ["Mingde"], "redflag.org", None, ("newline", "space")),
    ("names-before-comma-org-cjk", [("standfirst", "A lecturer’s suspension angers students"),
                                    ("byline", "林小玲，redflag.org"),
                                    ("lede", "Around forty students occupied the corridor outside the dean’s office")],
     ["林小玲"], "redflag.org", None, ("newline", "space")),
    # a sentence after the byline in which the publication speaks of its own work, or that opens as a notice does,
    # is a note (bylines.EXAMPLES["publisher-voice-note"], ["notice-opening-note"])
    _noted("note-publisher-voice", "The tribunal sits again on 3 June; we will report on the hearing."),
    _noted("note-publisher-voice-2", "For their safety our members in the city write under pen names.", pair=1),
    _noted("note-notice-published", "Published jointly with The Lantern, paper of Red Flag.", pair=1),
    _noted("note-notice-follow", "Follow redflag.org on Telegram for news from the picket lines."),
    # a number's abbreviation is no sentence end (bylines.EXAMPLES["no-dot-number"])
    _noted("note-no-dot-number", "This article was written before the No. 3 signal was hoisted on Friday; some "
                                 "details may have changed since."),
    _noted("note-no-dot-number-2", "This article was written before the No. 8 signal was lowered on Sunday.", pair=1),
    # a note on how the text was made right after an organisation, no table knows it or not (bylines.EXAMPLES[
    # "org-then-translation-note"])
    ("translation-note-after-org", [("standfirst", "The government wants health workers to pay for the crisis"),
                                    ("byline", "Ana Lima, Arbeiterlinie"),
                                    ("note", "Translated from the German by the Red Flag volunteer team."),
                                    ("lede", "Nurses in three regions are now on an overtime ban")],
     ["Ana Lima"], "Arbeiterlinie", None, ("space",)),
    ("translation-note-after-cued-org", [("standfirst", "The government wants health workers to pay for the crisis"),
                                         ("byline", "Ana Lima, Red Flag"),
                                         ("note", "Translated from the Portuguese by our volunteers."),
                                         ("lede", "Nurses in three regions are now on an overtime ban")],
     ["Ana Lima"], "Red Flag", None, ("space",)),
    # an Irish name's article opens an organisation no table knows; "An" before a nationality opens the lede (bylines.
    # EXAMPLES["irish-article-org"])
    ("irish-article-org", [("standfirst", "Rents have risen by half as the government waits for the market"),
                           ("byline", "Ana Lima, An Solas"),
                           ("lede", "More than four hundred people crammed into a community hall on Tuesday")],
     ["Ana Lima"], "An Solas", None, ("newline", "space")),
    ("irish-article-org-member", [("standfirst", "A forgotten dispute and what the unions won"),
                                  ("byline", "By Tom Avery, member of An Solas (RFI Ireland)"),
                                  ("lede", "Within weeks of the first walkout, the strike had spread")],
     ["Tom Avery"], "An Solas", "RFI Ireland", ("newline", "space")),
    # a notice of where readers' messages go, or at whose request the text was published (bylines.EXAMPLES[
    # "notice-opening-note"])
    # what the text is a version of, after its byline: a note, with its full stop or run into the lede
    # (bylines.EXAMPLES["version-note"])
    _noted("note-edited-version", "This is an edited version of a talk given at a Red Flag day school in May."),
    _noted("note-abridged-translation", "This is an abridged translation of an article from the Lisbon paper Luta.",
           pair=1),
    _noted("note-abridged-from-run-in", "Abridged from an article first published in the Red Flag monthly",
           joins=("space",)),
    ("note-translated-by-run-in", [("standfirst", "Depots close as the new rota bites"),
                                   ("byline", "Tom Avery, Red Flag"),
                                   ("note", "Translated from Portuguese by redflag.org"),
                                   ("lede", "At least nine depots have closed since March")],
     ["Tom Avery"], "Red Flag", None, ("space",)),
    # a translation note's named translator with a double-barrelled surname, its full stop run into the lede or
    # not; what it was translated from, "original" and no full stop (bylines.EXAMPLES["translation-note-edges"])
    _noted("note-translator-double-barrelled", "Translated from Chinese by Ana Lima-Costa."),
    _noted("note-translator-double-barrelled-2", "Translated from the Chinese original by Wei Pritchard-Lam.",
           pair=1),
    _noted("note-translated-from-original", "Translated from the Korean original"),
    _noted("note-translated-from-original-2", "Translated from the Japanese original", pair=1),
    _noted("note-messages-sent-to", "Messages of support for the strikers can be sent to Red Flag, which will pass "
                                    "them on."),
    _noted("note-published-at-request", "Published at the request of the tenants’ association, which asked us to "
                                        "print its figures in full.", pair=1),
]

KINDS += [
    # a compass word ends a place before a sentence's capitalised first word (bylines.EXAMPLES[
    # "place-ends-in-compass-word"])
    ("place-ends-in-compass-word", [("standfirst", "Villagers evicted for a logistics park that may never be built"),
                                    ("byline", "Ana Lima, Red Flag organiser, Kowloon East"),
                                    ("lede", "Bulldozers moved into the vegetable plots on Monday morning")],
     ["Ana Lima"], "Red Flag", None, ("newline", "space")),
    ("place-ends-in-compass-word-2", [("standfirst", "Bus routes cut in the new towns"),
                                      ("byline", "Tom Avery, Workers Alliance organiser, Porto North"),
                                      ("lede", "Residents of the estates already spend a fifth of their pay on fares")],
     ["Tom Avery"], "Workers Alliance", None, ("newline", "space")),
    # a dash after the organisation, then lower-case words: the byline's own tail (bylines.EXAMPLES["dash-tail"])
    ("dash-tail-analysis", [("standfirst", "Tariffs, blocs and the workers caught between them"),
                            ("byline", "RFI – a Marxist analysis"),
                            ("lede", "Below we publish a resolution adopted by the executive in July")],
     [], "RFI", None, ("newline", "space")),
    ("dash-tail-photographs", [("standfirst", "Drivers at the border wait two days for a load"),
                               ("byline", "Ana Lima, redflag.org — photographs by the author"),
                               ("lede", "At four in the morning the lorry park beside the checkpoint is silent")],
     ["Ana Lima"], "redflag.org", None, ("newline", "space")),
]

KINDS += [
    # a meeting held somewhere is no interview credit (bylines.EXAMPLES["met-in-place"])
    ("met-in-place", [("standfirst", "Delegates from thirty countries debate the new era of war"),
                      ("byline", "RFI International Secretariat"),
                      ("lede", "The ninth World Congress of Red Flag International met in Porto from 2 to 6 May with "
                               "delegates from thirty countries")],
     [], "RFI", None, ("newline", "space")),
    ("met-in-place-2", [("standfirst", "A new programme for the coming year"),
                        ("byline", "Tom Avery, Red Flag"),
                        ("lede", "The national committee of Red Flag met in Porto on Sunday and agreed a programme")],
     ["Tom Avery"], "Red Flag", None, ("newline", "space")),
]

KINDS += [
    # a byline opening the excerpt, then a note: the lede follows, no standfirst (bylines.EXAMPLES[
    # "byline-first-note-lede"])
    ("byline-first-note-lede", [("byline", "Ana Lima, Red Flag (RFI Portugal)"),
                                ("note", "(This article was first published on 3 May 2026)"),
                                ("lede", "Migrant workers from Nepal and Bangladesh at component factories supplying "
                                         "Portugal’s carmakers are paying brokers three months’ wages")],
     ["Ana Lima"], "Red Flag", "RFI Portugal", ("newline", "space")),
    ("byline-first-note-lede-2", [("byline", "Tom Avery, Workers Alliance"),
                                  ("note", "(This article was first published on 15 June 2019)"),
                                  ("lede", "The fire that tore through a tower block in west London on Wednesday "
                                           "night, killing dozens of people, was no accident")],
     ["Tom Avery"], "Workers Alliance", None, ("newline", "space")),
]

KINDS += [
    # a capitalised word, "of", a determiner and a lower-case word open a sentence: no organisation's name holds
    # them (bylines.EXAMPLES["capital-of-the-lower"])
    ("capital-of-the-lower", [("standfirst", "Cleaners win a pay rise after a three-day strike"),
                              ("byline", "Ana Lima, Red Banner"),
                              ("lede", "Parts of the estate were flooded on Monday as the cleaners marched")],
     ["Ana Lima"], "Red Banner", None, ("newline", "space")),
    ("capital-of-the-lower-2", [("standfirst", "Porters march on the hospital"),
                                ("byline", "Tom Avery and Jane Dorsey, Workers Beacon"),
                                ("lede", "Most of the porters at the hospital are on agency contracts")],
     ["Tom Avery", "Jane Dorsey"], "Workers Beacon", None, ("newline", "space")),
]

KINDS += [
    # "by" in another language opens the byline, and is no name's word (bylines.EXAMPLES["foreign-by"])
    ("foreign-by-malay", [("standfirst", "Five years after the import ban, glove workers say little has changed"),
                          ("byline", "Oleh Siti Nur Hakim, Suara Pekerja"),
                          ("lede", "The company was ordered to repay the recruitment fees last year")],
     ["Siti Nur Hakim"], "Suara Pekerja", None, ALL),
    ("foreign-by-tagalog", [("standfirst", "Why farmers and city workers are on the same side"),
                            ("byline", "Sinulat ni Ramon Bautista, Red Flag"),
                            ("lede", "The strikers at the rice mill in Nueva Ecija were joined on Monday by farmers")],
     ["Ramon Bautista"], "Red Flag", None, ALL),
    ("foreign-by-chinese", [("standfirst", "Workers at the landfill say they are given no shade and no water breaks"),
                            ("byline", "文：Lau Ka-ming, Red Flag"),
                            ("lede", "Construction workers at the landfill extension have stopped work twice")],
     ["Lau Ka-ming"], "Red Flag", None, ("newline", "space")),
]

KINDS += [
    # a name's first token no place or acronym takes (an initial, an abbreviation, a family name in capitals) after a
    # phrase's end is the name's (bylines.EXAMPLES["name-token-before"])
    ("name-token-before-capitals", [("standfirst", "Care homes close wards for lack of staff"),
                                    ("byline", "HAYASHI Akiko, Red Flag"),
                                    ("lede", "Three care homes in the city have closed wards since April")],
     ["HAYASHI Akiko"], "Red Flag", None, ("space",)),
    ("name-token-before-surname-starter", [("standfirst", "A small union’s survival tells a bigger story"),
                                           ("byline", "He Mingfang, Red Flag"),
                                           ("lede", "The speech therapists’ union was founded in a church hall")],
     ["He Mingfang"], "Red Flag", None, ("space",)),
    ("name-token-before-abbreviation", [("standfirst", "Teachers say their pay has lagged behind prices since 2022"),
                                        ("byline", "Ma. Teresa Villanueva, Red Flag"),
                                        ("lede", "Public school teachers marched on the education department")],
     ["Ma. Teresa Villanueva"], "Red Flag", None, ("space",)),
]

KINDS += [
    # "By A in P and B in Q": each writer's own place (bylines.EXAMPLES["by-names-places"])
    ("by-names-places", [("standfirst", "Copycat protests spread after online posts"),
                         ("byline", "By Lin Pei-ju in Taipei and Ana Lima in Porto"),
                         ("lede", "Protests against the new fees spread to four more campuses on Monday")],
     ["Lin Pei-ju", "Ana Lima"], None, None, ALL),
    ("by-names-places-2", [("standfirst", "Delegates from the oil industry outnumber those from the flooded countries"),
                           ("byline", "By Tom Avery in Leeds and Jane Dorsey in Accra"),
                           ("lede", "More than a thousand lobbyists registered for the summit this year")],
     ["Tom Avery", "Jane Dorsey"], None, None, ALL),
]

KINDS += [
    # an acronym after a capitalised word opens an organisation's name: no run of capitalised words goes on into it
    # (bylines.EXAMPLES["acronym-org-after-capital"])
    ("acronym-org-after-capital", [("standfirst", "Greetings to the dockers’ rally in Port Louis"),
                                   ("byline", "RFI International Secretariat"),
                                   ("lede", "The International Secretariat of Red Flag International sends its "
                                            "solidarity to the dockers")],
     [], "RFI", None, ("newline", "space")),
    # an interview credit's person described after a comma: the byline's own clause, to where a sentence opens
    # (bylines.EXAMPLES["interview-who-clause"])
    ("interview-who-clause", [("standfirst", "‘The night shift is where the mistakes happen’"),
                              ("byline", "Interview with RFI member Ana Lima, who works as a porter at a teaching "
                                         "hospital in Porto"),
                              ("lede", "What are the main demands of the porters? The first is simple: more staff")],
     ["Ana Lima"], "RFI", None, ("newline", "space")),
    ("interview-who-clause-2", [("standfirst", "Ten years on, what did we learn?"),
                                ("byline", "Interview with Red Flag member Chan Ka-wing, who was a student in 2016"),
                                ("lede", "What do you remember most from that year? The tear gas, mostly")],
     ["Chan Ka-wing"], "Red Flag", None, ("newline", "space")),
    # a second sentence saying who made the interview the credit introduced: the same byline (bylines.EXAMPLES[
    # "interview-made-by"])
    ("interview-made-by", [("standfirst", "Why workers trust neither party"),
                           ("byline", "The following is an interview with our comrades of Red Flag (RFI Taiwan). The "
                                      "interview was conducted by the Norwegian paper Framtid."),
                           ("lede", "How do you explain the defeat of the recall campaign?")],
     [], "Red Flag", "RFI Taiwan", ("newline", "space")),
    # the names' organisations in their order (bylines.EXAMPLES["orgs-respectively"])
    ("orgs-respectively", [("standfirst", "Cross-border workers between two cities"),
                           ("byline", "Ana Lima and Tom Avery, Red Flag and redflag.org respectively"),
                           ("lede", "Every morning tens of thousands of people cross the border")],
     ["Ana Lima", "Tom Avery"], "Red Flag", None, ("newline", "space")),
    # an organisation no table knows ends before a member's role with lower-case words before it (bylines.EXAMPLES[
    # "loose-org-role-phrase"])
    ("loose-org-role-phrase", [("standfirst", "Leaking roofs and one tap for six families"),
                               ("byline", "Ana Lima, Tenaga Biru estates organiser, Perak"),
                               ("lede", "“If the company kept its cattle like this, the vets would close the farm,” "
                                        "says a harvester")],
     ["Ana Lima"], "Tenaga Biru", None, ("newline", "space")),
    # a group of people opens the lede after an organisation no table knows ("Families", "Crew": bylines.GROUP_NOUNS)
    ("group-families-after-org", [("standfirst", "Units fill up, but thousands of households are still waiting"),
                                  ("byline", "Ana Lima, Socialist Upswing"),
                                  ("lede", "Families in the subdivided flats told us their rents have risen again")],
     ["Ana Lima"], "Socialist Upswing", None, ("space",)),
    # a one-word name in a place between a standfirst's lower-case end and a sentence's opening (bylines.EXAMPLES[
    # "one-word-name-in-place"])
    ("one-word-name-in-place", [("standfirst", "The strikes are over, but the towers are still empty shells"),
                                ("byline", "Hongmei in Wuhan"),
                                ("lede", "Three years after the buyers stopped paying, the site is silent")],
     ["Hongmei"], None, None, ("space",)),
    # two full bylines with a separator between them: one byline, the first's organisation (bylines.EXAMPLES[
    # "bylines-separated"])
    ("bylines-separated-bullet", [("standfirst", "Nurses move abroad – and meet its labour laws"),
                                  ("byline", "Ana Lima, Red Flag (RFI in Portugal) • Tom Avery, Workers Alliance "
                                             "(RFI Britain)"),
                                  ("lede", "Since 2020, several thousand nurses have left for Britain")],
     ["Ana Lima", "Tom Avery"], "Red Flag", "RFI in Portugal", ("newline", "space")),
    ("acronym-org-after-capital-2", [("standfirst", "Statement on International Workers’ Memorial Day"),
                                     ("byline", "WFI International Executive"),
                                     ("lede", "Every year more workers are killed at work than in wars")],
     [], "WFI", None, ("newline", "space")),
]

KINDS += [
    # people who are no writers issue a credit through the organisation: its byline, the organisation's
    # (bylines.EXAMPLES["credit-through-org"])
    ("credit-through-org", [("standfirst", "Parents of a jailed porter appeal for letters"),
                            ("byline", "Statement from the family of Lee Ka-yan, released through Red Flag"),
                            ("lede", "Our daughter has been held for eleven weeks without trial")],
     [], "Red Flag", None, ("newline", "space", "none")),
    ("credit-through-org-2", [("byline", "Statement from the parents of Tom Avery, issued by Workers Alliance (RFI "
                                         "Britain)"),
                              ("lede", "On the night of 12 April our son went to work as he had done for years")],
     [], "Workers Alliance", "RFI Britain", ("newline", "space")),
    # "We" opens the lede, never ends an organisation's name; the second organisation after "and the" may have four
    # words before its organisation word (bylines.EXAMPLES["we-opens-lede"])
    ("we-opens-lede", [("standfirst", "End the night shift, restore the meal break"),
                       ("byline", "Joint statement by Red Flag and the Kwai Chung Crane Operators’ Union"),
                       ("lede", "We, the undersigned, support the crane drivers in their demand")],
     [], "Red Flag", None, ("newline", "space")),
    ("we-opens-lede-2", [("byline", "Joint statement by Workers Alliance (RFI Britain) and the Hull Bus Drivers’ "
                                    "Union"),
                         ("lede", "We, the undersigned, call on the council to end split shifts")],
     [], "Workers Alliance", "RFI Britain", ("newline", "space")),
]

KINDS += [
    # a byline's own clause ends before a capitalised preposition and a name, a day or a number: a sentence opens
    # there (bylines.EXAMPLES["preposition-opens-lede"])
    ("clause-then-preposition", [("standfirst", "The company offers a bonus, the strikers ask for the roster"),
                                 ("byline", "Ana Lima, redflag.org, via messages from the picket line"),
                                 ("lede", "By Tuesday afternoon the operator had offered a one-off payment")],
     ["Ana Lima"], "redflag.org", None, ("space",)),
    ("clause-then-preposition-2", [("standfirst", "Porters stop work at the hospital"),
                                   ("byline", "Tom Avery, Red Flag, reporting from the picket line"),
                                   ("lede", "On 3 May the porters voted to strike for a week")],
     ["Tom Avery"], "Red Flag", None, ("space",)),
]

KINDS += [
    # lines rendering: a byline found inside the line between the standfirst's and the lede's is the whole line
    # (bylines.EXAMPLES["whole-middle-line"])
    ("whole-middle-line", [("standfirst", "Railway staff demand permanent jobs after years on rolling contracts"),
                           ("byline", "Amani Ng’eno, Sauti ya Wafanyakazi (RFI in Kenya)"),
                           ("lede", "More than a thousand workers on the line stopped work on Monday")],
     ["Amani Ng’eno"], "Sauti ya Wafanyakazi", "RFI in Kenya", ("newline",)),
    ("whole-middle-line-2", [("standfirst", "The official federation has sided with the owners at every turn"),
                             ("byline", "Lou Ka-lok, Macau Labour Left organiser, Taipa and Coloane"),
                             ("lede", "In every dispute on the casino floors the federation took the owners’ side")],
     ["Lou Ka-lok"], "Macau Labour Left", None, ("newline",)),
]

KINDS += [
    # what the text is a version of, after a whole byline: its note, even where it credits a publication
    # (bylines.EXAMPLES["version-note-after-byline"])
    ("version-note-after-byline", [("standfirst", "Why the price war will not save the shipyards"),
                                   ("byline", "Tomas Hale, redflag.org"),
                                   ("note", "This is an abridged version of an article in Red Flag magazine issue 61."),
                                   ("lede", "‘Overcapacity’ has become the word of the year among officials")],
     ["Tomas Hale"], "redflag.org", None, ("newline", "space")),
    ("version-note-after-byline-2", [("standfirst", "Dockers count the cost of automation"),
                                     ("byline", "Ana Lima, Red Flag"),
                                     ("note", "This is an edited version of an article in Luta monthly issue 12."),
                                     ("lede", "‘Automation’ was meant to make the docks safer and the work lighter")],
     ["Ana Lima"], "Red Flag", None, ("newline", "space")),
    # "A, B, and C reporting from <place> for <org>" (bylines.EXAMPLES["reporting-from-for"], ["serial-comma-names"])
    ("reporting-from-for", [("standfirst", "Port workers face their first joint stoppage"),
                            ("byline", "Ines Barrio, Tomas Hale, and Lena Holm reporting from Valparaíso for "
                                       "redflag.org"),
                            ("lede", "Around 900 dockers walked out on Monday in the first joint action")],
     ["Ines Barrio", "Tomas Hale", "Lena Holm"], "redflag.org", None, ALL),
    ("reporting-from-for-2", [("standfirst", "Furniture workers guard their machines at night"),
                              ("byline", "Lin Pei-ju reporting from Dongguan for Red Flag"),
                              ("lede", "Workers at a furniture plant in Houjie have slept beside the presses")],
     ["Lin Pei-ju"], "Red Flag", None, ALL),
    ("serial-comma-names", [("standfirst", "Helpers count the cost of the typhoon week"),
                            ("byline", "Maria Santos, Ayu Lestari, and Lin Pei-ju, Domestic Workers’ Network"),
                            ("lede", "During last week’s typhoon our members were made to work through")],
     ["Maria Santos", "Ayu Lestari", "Lin Pei-ju"], "Domestic Workers’ Network", None, ALL),
    # a byline printed in capitals, its organisation's section too (bylines.EXAMPLES["byline-in-capitals"])
    ("byline-in-capitals", [("standfirst", "Welfare cuts hit the most vulnerable"),
                            ("byline", "CHAN MEI-LING, RED FLAG (ISA IN HONG KONG)"),
                            ("lede", "Disabled people and their carers will lose up to a third of their")],
     ["CHAN MEI-LING"], "RED FLAG", "ISA IN HONG KONG", ALL),
    ("byline-in-capitals-2", [("standfirst", "Four union officers jailed for up to three years"),
                              ("byline", "TOMAS HALE, WORKERS ALLIANCE (ISA IN WALES)"),
                              ("lede", "The sentences handed down today are an attack on every union")],
     ["TOMAS HALE"], "WORKERS ALLIANCE", "ISA IN WALES", ALL),
]

KINDS += [
    # an organisation's body in two role words (bylines.EXAMPLES["org-two-role-words"])
    ("org-editorial-board", [("standfirst", "Cut working hours, not jobs"),
                             ("byline", "redflag.org editorial board"),
                             ("lede", "With one in five young people out of work, the government tells them")],
     [], "redflag.org", None, ("newline", "space")),  # (a domain run into a word: knowledge places it)
    ("org-editorial-board-2", [("standfirst", "Women workers are fighting back"),
                               ("byline", "Workers Alliance editorial board"),
                               ("lede", "This 8 March, millions of women will strike for equal pay across")],
     [], "Workers Alliance", None, ALL),
]

KINDS += [
    # a video's credit: the organisation's video team (bylines.EXAMPLES["org-video-team"])
    ("org-video-team", [("standfirst", "A short explainer on the new rent law, with English subtitles"),
                        ("byline", "Workers Alliance (ISA in Portugal) video team"),
                        ("lede", "Landlords in Lisbon can now raise rents twice a year, and tenants who")],
     [], "Workers Alliance", "ISA in Portugal", ALL),
    ("org-video-team-2", [("standfirst", "Watch our report from Sunday’s march on the labour ministry"),
                          ("byline", "redflag.org video team"),
                          ("lede", "Thousands of bus drivers and their families marched from the harbour to")],
     [], "redflag.org", None, ("newline", "space")),
]

KINDS += [
    # a one-word pen name before a lede opening with a day, a month or a number
    # (bylines.EXAMPLES["pen-name-before-dated-opening"])
    ("pen-name-before-weekday", [("standfirst", "Delivery platform cuts the rate per order overnight"),
                                 ("byline", "Shanbei"),
                                 ("lede", "On Monday evening, at the height of the lunch rush, riders across")],
     ["Shanbei"], None, None, ("newline", "space")),
    ("pen-name-before-month", [("standfirst", "Pensioners march against cuts to their incomes"),
                               ("byline", "Tizón"),
                               ("lede", "Every March since the cuts began, retired dockers have gathered outside the")],
     ["Tizón"], None, None, ("newline", "space")),
]

KINDS += [
    # a two-word place opens the lede: the byline ends before its first word
    # (bylines.EXAMPLES["two-word-place-opens-lede"])
    ("two-word-place-opens-lede", [("standfirst", "The fight against the gender pay gap"),
                                   ("byline", "Kim Ha-eun, Red Harbour"),
                                   ("lede", "South Korea has the widest pay gap of any rich country, with")],
     ["Kim Ha-eun"], "Red Harbour", None, ALL),
    ("two-word-place-opens-lede-2", [("standfirst", "Unions call for a vote against the damages law"),
                                     ("byline", "Lena Holm and Tomas Hale, Workers Alliance"),
                                     ("lede", "North Korea’s missile launches have dominated a campaign in which the")],
     ["Lena Holm", "Tomas Hale"], "Workers Alliance", None, ALL),
]

KINDS += [
    # a quotation with no sentence in it, after a leading byline, is the standfirst
    # (bylines.EXAMPLES["quotation-standfirst"])
    ("quotation-standfirst-after-byline", [("byline", "Lena Holm, redflag.org"),
                                           ("standfirst", "“There is no work after the New Year”"),
                                           ("lede", "Yiwu produces most of the world’s Christmas decorations. This")],
     ["Lena Holm"], "redflag.org", None, ("newline", "space")),
    ("quotation-standfirst-after-byline-2", [("byline", "Tomas Hale, Workers Alliance"),
                                             ("standfirst", "‘We sleep in the lorry cabs’"),
                                             ("lede", "Drivers queueing at the border say they have waited four")],
     ["Tomas Hale"], "Workers Alliance", None, ("newline", "space")),
]

KINDS += [
    # an organisation said twice in a row: the credit ends with it and the lede opens with it
    # (bylines.EXAMPLES["org-repeated-opens-lede"])
    ("org-repeated-opens-lede", [("standfirst", "Three depositors face ‘picking quarrels’ charges"),
                                 ("byline", "Statement by Workers Alliance of the Pacific"),
                                 ("lede", "Workers Alliance of the Pacific (WAP) condemns the detention of three")],
     [], "Workers Alliance of the Pacific", None, ("newline", "space")),
    ("org-repeated-opens-lede-2", [("standfirst", "Feminist activists held for a year without trial"),
                                   ("byline", "Statement by Red Harbour Socialist League"),
                                   ("lede", "Red Harbour Socialist League demands the release of the two women")],
     [], "Red Harbour Socialist League", None, ("newline", "space")),
    # being asked to do a thing is no interview (bylines.EXAMPLES["asked-to-is-no-interview"])
    ("asked-to-is-no-interview", [("standfirst", "Workers asked to work up to ten more hours a week as wards close"),
                                  ("byline", "Statement by Red Harbour"),
                                  ("lede", "The decision to close three wards at the district hospital was taken")],
     [], "Red Harbour", None, ("newline", "space")),
]

KINDS += [
    # a byline ends at the place its organisation is in: the capitalised words after it open the lede
    # (bylines.EXAMPLES["byline-ends-at-its-place"])
    ("byline-ends-at-its-place", [("standfirst", "Remittances should not bail out the budget"),
                                  ("byline", "Lena Holm, ISA in the Philippines"),
                                  ("lede", "Overseas Filipino workers sent home a record sum last year, and the")],
     ["Lena Holm"], "ISA in the Philippines", None, ("space",)),
    # (a place of two words the table holds word by word is whole: "... reporters in Phnom Penh | Cambodia’s ...")
    ("byline-ends-at-its-place-3", [("standfirst", "Ruling party claims 120 of 125 seats"),
                                    ("byline", "redflag.org reporters in Phnom Penh"),
                                    ("lede", "Cambodia’s ruling party has declared a landslide in Sunday’s election")],
     [], "redflag.org", None, ("space",)),
    ("byline-ends-at-its-place-2", [("standfirst", "Drop the charges! Defend the right to strike!"),
                                    ("byline", "Statement by ISA in South Korea"),
                                    ("lede", "International Socialist Alternative condemns the arrest of the union")],
     [], "ISA in South Korea", None, ("space",)),
]

KINDS += [
    # a name's suffix with its full stop before the organisation's comma (bylines.EXAMPLES["name-suffix"])
    ("name-suffix", [("standfirst", "Victory after a 40-day strike in Iloilo"),
                     ("byline", "Danilo Reyes Jr., Red Harbour"),
                     ("lede", "Over 600 contractual workers at a sugar mill have won regular status after")],
     ["Danilo Reyes Jr."], "Red Harbour", None, ALL),
    ("name-suffix-2", [("standfirst", "Port workers reject the new shift pattern"),
                       ("byline", "Ernesto dela Paz Sr., Workers Alliance"),
                       ("lede", "Dockers at the container terminal voted by a large majority on Sunday to")],
     ["Ernesto dela Paz Sr."], "Workers Alliance", None, ALL),
]

KINDS += [
    # a person named with their age, then what they did, opens the lede (bylines.EXAMPLES["person-age-opens-lede"])
    ("person-age-opens-lede", [("standfirst", "Outsourcing keeps pay low on the housing estates"),
                               ("byline", "Interview with Chan Mei-ling by Tomas Hale, Workers Alliance"),
                               ("lede", "Chan Mei-ling, 57, has cleaned the same block in Tsuen Wan for nine years")],
     ["Tomas Hale"], "Workers Alliance", None, ("newline", "space")),
]

KINDS += [
    # a note on its own line is the whole line, where its pattern stops short (bylines.EXAMPLES["note-whole-line"])
    ("note-whole-line", [("standfirst", "The biggest May Day in Cebu for years"),
                         ("byline", "Workers Alliance reporters"),
                         ("note", "Photos by Workers Alliance members."),
                         ("lede", "Around 30,000 workers marched through the centre of the city on May Day")],
     [], "Workers Alliance", None, ("newline",)),
    ("note-whole-line-2", [("standfirst", "A jailed organiser writes to his comrades"),
                           ("byline", "Tomas Hale"),
                           ("note", "Translated from Burmese. The letter was smuggled out of prison in May."),
                           ("lede", "Dear friends, it is now two years and five months since I was taken")],
     ["Tomas Hale"], None, None, ("newline",)),
]

KINDS += [
    # a sentence line between a byline's own line and the lede's is a note (bylines.EXAMPLES["note-sentence-line"])
    ("note-sentence-line", [("standfirst", "Miners walk out over a wage offer"),
                            ("byline", "Lena Holm, Workers Alliance"),
                            ("note", "Figures for the number of strikers come from the union; the firm disputes it."),
                            ("lede", "More than 4,000 miners at the shaft stopped work on Monday after the company")],
     ["Lena Holm"], "Workers Alliance", None, ("newline",)),
    ("note-sentence-line-2", [("standfirst", "A history of the rent strikes of the 1970s"),
                              ("byline", "Reviewed by Tomas Hale, Red Harbour"),
                              ("note", "Page numbers refer to the 2024 paperback edition."),
                              ("lede", "Rent strikes are remembered, if at all, as a footnote to the riots of 1967")],
     ["Tomas Hale"], "Red Harbour", None, ("newline",)),
]

KINDS += [
    # a second line crediting someone, between the standfirst's and the lede's, no form reading it
    # (bylines.EXAMPLES["credit-line-between"])
    ("credit-line-between", [("standfirst", "Farewell to a founder of the domestic workers’ union"),
                             ("byline", "Eulogy for Ana Lima, delivered by Lena Holm at her funeral in Cebu on 3 May"),
                             ("lede", "Ate Ana came to Hong Kong in 1989 with one suitcase and a phone number")],
     ["Lena Holm"], None, None, ("newline",)),
    ("credit-line-between-2", [("standfirst", "What the new piece rates mean for riders"),
                               ("byline", "A rider in Wuhan told redflag.org:"),
                               ("lede", "They cut the rate per order twice this year, and each time the app said")],
     [], "redflag.org", None, ("newline",)),
    # a standfirst's last word run into a domain byline, the parts run together with nothing
    # (bylines.EXAMPLES["word-run-into-domain"])
    ("word-run-into-domain", [("standfirst", "Fares rise again as the harbour ferry company posts a record profit"),
                              ("byline", "redflag.org reporters"),
                              ("lede", "The ferry company will raise fares by four percent from July, using a")],
     [], "redflag.org", None, ("none",)),
    ("word-run-into-domain-2", [("standfirst", "A small win at one of the busiest container ports"),
                                ("byline", "harbourlamp.info"),
                                ("lede", "After a three-day go-slow that left ships waiting at anchor outside")],
     [], "harbourlamp.info", None, ("none",)),
    ("word-run-into-domain-3", [("standfirst", "Riders say the new piece rates leave them with nothing"),
                                ("byline", "redflag.org reporters"),
                                ("lede", "“We ride twelve hours and bring home less than last year,” said one")],
     [], "redflag.org", None, ("none",)),
    # two places after a place preposition end the standfirst: the byline starts after them
    # (bylines.EXAMPLES["two-place-list-before-byline"])
    ("two-place-list-before-byline", [("standfirst", "Night shifts doubled at the car plants in Wuhu and Hefei"),
                                      ("byline", "Shanmu, redflag.org"),
                                      ("lede", "Workers at two car plants say the company has doubled the number")],
     ["Shanmu"], "redflag.org", None, ("space",)),
    ("two-place-list-before-byline-2", [("standfirst", "Cleaners attacked twice in a month in Leeds and Bradford"),
                                        ("byline", "Kestrel, Red Flag"),
                                        ("lede", "Several hundred people gathered outside the station on Sunday")],
     ["Kestrel"], "Red Flag", None, ("space",)),
    # a dash opening the byline, run into the standfirst's end (bylines.EXAMPLES["dash-run-in"])
    ("dash-run-in", [("standfirst", "A courier dies after a month of fourteen-hour shifts"),
                     ("byline", "— Ana Lima, Red Flag (ISA in Portugal)"),
                     ("lede", "The family of a 31-year-old courier say he had worked every day for a")],
     ["Ana Lima"], "Red Flag", "ISA in Portugal", ("none",)),
    # two two-word names joined by "and" before a capitalised word that opens the lede
    # (bylines.EXAMPLES["name-pair-before-capital"])
    ("name-pair-before-capital", [("standfirst", "Why fares rise faster than wages in both cities"),
                                  ("byline", "Ana Lima and Tom Avery"),
                                  ("lede", "Lisbon and Porto are among the least affordable cities in Europe for")],
     ["Ana Lima", "Tom Avery"], None, None, ("space",)),
    ("name-pair-before-capital-2", [("standfirst", "Tenants and builders join forces over an unfinished estate"),
                                    ("byline", "Lo Ka-man and Mak Tsz-kin"),
                                    ("lede", "Buyers of flats in an unfinished estate joined builders who had")],
     ["Lo Ka-man", "Mak Tsz-kin"], None, None, ("space",)),
    # a place's capitalised words before an organisation that opens with its socialist adjective are the standfirst's
    # (bylines.EXAMPLES["place-before-org-opening"])
    ("place-before-org-opening", [("standfirst", "Small gatherings replace the vigil as police patrol Mong Kok"),
                                  ("byline", "Socialist Flame reporters"),
                                  ("lede", "For the third year there was no rally in the square, but small groups")],
     [], "Socialist Flame", None, ("space",)),
    ("place-before-org-opening-2", [("standfirst", "Petition for rent control launched in Kwai Hing"),
                                    ("byline", "Socialist Beacon reporters"),
                                    ("lede", "A new campaign for rent control was launched on Sunday outside")],
     [], "Socialist Beacon", None, ("space",)),
    # a number run into the byline's closing bracket (bylines.EXAMPLES["number-run-into-bracket"])
    ("number-run-into-bracket", [("standfirst", "Cleaners walk out over unpaid wages in Porto"),
                                 ("byline", "Ana Lima, Red Flag (ISA in Portugal)"),
                                 ("lede", "300 cleaners at the city’s two hospitals walked out on Monday after")],
     ["Ana Lima"], "Red Flag", "ISA in Portugal", ("none",)),
]

KINDS += [
    # "and" in an organisation's own language links its words (bylines.EXAMPLES["org-name-conjunction"])
    ("org-name-conjunction", [("standfirst", "Dockers at the new container berth win a first contract"),
                              ("byline", "Ruth Okafor, Kazi na Nguvu"),
                              ("lede", "After eleven days on strike the dockers at the berth returned to work")],
     ["Ruth Okafor"], "Kazi na Nguvu", None, ALL),
    ("org-name-conjunction-ya", [("standfirst", "Port workers meet to plan a common fight"),
                                 ("byline", "Ruth Okafor, Sauti ya Umoja (ISA in Kenya)"),
                                 ("lede", "Around eighty dockers and drivers met in the port city on Saturday")],
     ["Ruth Okafor"], "Sauti ya Umoja", "ISA in Kenya", ALL),
    ("org-name-conjunction-2", [("standfirst", "A battery plant’s promises meet a town’s water shortage"),
                                ("byline", "Pelle Ek and Lena Holm, Bröd och Rosor reporters in Malmö"),
                                ("lede", "The plant was sold to the town as two thousand jobs, but the")],
     ["Pelle Ek", "Lena Holm"], "Bröd och Rosor", None, ALL),
    # after its organisation word, "for" links the words of its aim (bylines.EXAMPLES["org-for-aim"])
    ("org-for-aim", [("standfirst", "Tenants march on the housing office"),
                     ("byline", "Ana Lima, Campaign for Decent Homes"),
                     ("lede", "Several hundred tenants of the harbour estates marched on Saturday")],
     ["Ana Lima"], "Campaign for Decent Homes", None, ALL),
    ("org-for-aim-2", [("standfirst", "Care workers’ pay claim goes to ballot"),
                       ("byline", "Tom Avery, Alliance for Fair Pay (ISA in England)"),
                       ("lede", "Home care workers in three boroughs will vote next month on")],
     ["Tom Avery"], "Alliance for Fair Pay", "ISA in England", ALL),
    # who else reported, and where, after an organisation any capitalised run may name
    # (bylines.EXAMPLES["additional-reporting"])
    ("additional-reporting-place", [("standfirst", "Ferry crews stop work over the new rosters"),
                                    ("byline", "Ana Lima, Red Flag, with additional reporting by Tom Avery in Porto"),
                                    ("lede", "Crews on the river ferries refused to sail on Monday morning after")],
     ["Ana Lima", "Tom Avery"], "Red Flag", None, ALL),
    ("additional-reporting-loose-org", [("standfirst", "Smelter fumes: villagers demand an inquiry"),
                                        ("byline", "Ruth Okafor, Rood Anker, with additional reporting by Pelle Ek"),
                                        ("lede", "A 41-year-old furnace operator died last week after a leak at")],
     ["Ruth Okafor", "Pelle Ek"], "Rood Anker", None, ALL),
    # a name and an organisation in brackets, run in too (bylines.EXAMPLES["bracketed-name-org"])
    ("bracketed-name-org", [("standfirst", "How a port loan keeps a failing government afloat"),
                            ("byline", "(Ana Lima, Frente de Base)"),
                            ("lede", "Argentina’s finance ministry renewed the swap line on Friday, weeks after")],
     ["Ana Lima"], "Frente de Base", None, ALL),
    # a person described before the name: a role word, an organisation in the description
    # (bylines.EXAMPLES["described-name"])
    ("described-name", [("standfirst", "What the new rota looks like at 4am"),
                        ("byline", "Night porter and Red Flag member Ana Lima"),
                        ("lede", "At four in the morning the ward is quiet, but the porters’ lift has")],
     ["Ana Lima"], "Red Flag", None, ("space",)),
    ("described-name-2", [("standfirst", "Falling prices send shock waves through world markets"),
                          ("byline", "ISA labour correspondent Tom Avery"),
                          ("lede", "Prices at the factory gate fell again last month, the thirtieth fall in")],
     ["Tom Avery"], "ISA", None, ("space",)),
]

KINDS += [
    # who else reported, with no organisation (bylines.EXAMPLES["additional-reporting"])
    ("additional-reporting-no-org", [("standfirst", "Loom workers block the ring road over piece rates"),
                                     ("byline", "Ana Lima with additional reporting by Tom Avery"),
                                     ("lede", "Several thousand power loom workers stopped work on Wednesday to")],
     ["Ana Lima", "Tom Avery"], None, None, ALL),
    # authors each with an organisation, in a list (bylines.EXAMPLES["names-affil-list"])
    ("names-affil-list", [("standfirst", "Three socialists report back from the delta"),
                          ("byline", "Ana Lima (Red Flag), Tom Avery (Workers Alliance) and Ruth Okafor (ISA in "
                                     "Nigeria)"),
                          ("lede", "The three of us travelled separately to the factory towns of the delta")],
     ["Ana Lima", "Tom Avery", "Ruth Okafor"], "Red Flag", None, ALL),
    ("names-affil-list-semicolons", [("standfirst", "Three answers to one question"),
                                     ("byline", "Ana Lima (Red Flag); Tom Avery (Workers Alliance); Pelle Ek "
                                                "(Rood Anker)"),
                                     ("lede", "Is a war over the strait likely in the next few years? Each of us")],
     ["Ana Lima", "Tom Avery", "Pelle Ek"], "Red Flag", None, ALL),
    ("names-org-semicolon-pair", [("standfirst", "Shipyard welders compare notes across the strait"),
                                  ("byline", "Ana Lima, ISA in South Korea; Tom Avery, ISA in Japan"),
                                  ("lede", "For the first time in years a delegation of subcontract welders")],
     ["Ana Lima", "Tom Avery"], "ISA in South Korea", None, ALL),
    # an organisation no table knows, then a dateline's place and dash or a place's possessive and its capitalised
    # words (bylines.EXAMPLES["loose-org-dateline"], ["loose-org-possessive-run"])
    ("loose-org-dateline", [("standfirst", "General strike stops the buses and the docks"),
                            ("byline", "Ana Lima, Rood Anker"),
                            ("lede", "Porto – Dockers, bus drivers and refuse workers stopped work on Thursday as")],
     ["Ana Lima"], "Rood Anker", None, ("space",)),
    ("loose-org-possessive-run", [("standfirst", "Thousands rally after a nurse dies on a night shift"),
                                  ("byline", "Ana Lima, Rood Anker"),
                                  ("lede", "Lisbon’s Avenida Square filled with thousands of people on Saturday")],
     ["Ana Lima"], "Rood Anker", None, ("space",)),
    # a leading byline whose organisation names its aim, then a lede opening with a place (bylines.EXAMPLES[
    # "org-for-aim"])
    ("org-for-aim-byline-first", [("byline", "Ruth Okafor, Movement for Workers’ Unity"),
                                  ("lede", "Kano was once the heart of the region’s textile industry, with tens of")],
     ["Ruth Okafor"], "Movement for Workers’ Unity", None, ("space",)),
]

KINDS += [
    # a pen name in lower case before the organisation's comma (bylines.EXAMPLES["lower-case-pen-name"])
    ("lower-case-pen-name", [("standfirst", "Twelve hours and a scanner that counts every second"),
                             ("byline", "qiaomu, redflag.org"),
                             ("lede", "I started at the sorting hub in October, after the toy factory where I had")],
     ["qiaomu"], "redflag.org", None, ("newline", "space")),
    ("lower-case-pen-name-by", [("standfirst", "Christmas orders down by a third in the toy towns"),
                                ("byline", "by lan xiaoqiao, redflag.org"),
                                ("lede", "The toy towns produce a large share of the world’s plastic toys. In")],
     ["lan xiaoqiao"], "redflag.org", None, ("newline", "space")),
    # where and when a letter was written, after a name (bylines.EXAMPLES["byline-place-date"])
    ("name-place-date", [("standfirst", "A granddaughter asks why her grandfather was taken"),
                         ("byline", "Ana Lima, Porto, 14 October 2025"),
                         ("lede", "My grandfather was a teacher in a village school. In October he was taken")],
     ["Ana Lima"], None, None, ALL),
    # a byline in capitals with its brackets, and a statement's credit in capitals (bylines.EXAMPLES[
    # "caps-byline-brackets"])
    ("caps-byline-brackets", [("standfirst", "Hundreds owed months of wages"),
                              ("byline", "TOM AVERY (湯安), RED FLAG (ISA IN PORTUGAL)"),
                              ("lede", "The collapse of the junket trade left hundreds of workers without pay")],
     ["TOM AVERY"], "RED FLAG", "ISA IN PORTUGAL", ALL),
    ("caps-statement-by", [("standfirst", "Urgent appeal for solidarity"),
                           ("byline", "STATEMENT BY RED FLAG (ISA IN PORTUGAL)"),
                           ("lede", "Four strike leaders were arrested by police in the early hours of Saturday")],
     [], "RED FLAG", "ISA IN PORTUGAL", ALL),
    # where or how long, before "by" (bylines.EXAMPLES["by-credit-phrase"])
    ("by-credit-phrase", [("standfirst", "How the price war is passed down the chain"),
                          ("byline", "Reported over four weeks in Porto and Braga by Ana Lima, redflag.org"),
                          ("lede", "Every one of the thirty workers we spoke to had seen their pay fall")],
     ["Ana Lima"], "redflag.org", None, ALL),
    ("by-credit-phrase-2", [("standfirst", "A border town where the yuan is king"),
                            ("byline", "Reporting from Boten by Tom Avery and Ruth Okafor"),
                            ("lede", "The first thing you notice when you arrive by train is that the clocks")],
     ["Tom Avery", "Ruth Okafor"], None, None, ALL),
    # the organisation's member's role after a "by" credit's names (bylines.EXAMPLES["by-credit-org-role"])
    ("by-credit-org-role", [("standfirst", "A village school is shut after twenty years"),
                            ("byline", "Report and photos by Ana Lima, redflag.org correspondent in Porto"),
                            ("lede", "The school occupied two low buildings behind the market and taught")],
     ["Ana Lima"], "redflag.org", None, ALL),
    # a note's full stop run into the lede after an acronym (bylines.EXAMPLES["run-in-after-acronym-stop"])
    ("run-in-after-acronym-stop", [("standfirst", "Graduates face the worst job market in years"),
                                   ("byline", "Ana Lima, redflag.org"),
                                   ("note", "This article first appeared on redflag.org and was translated for ISA."),
                                   ("lede", "Workers at the call centre graduated in accounting two years ago and")],
     ["Ana Lima"], "redflag.org", None, ("none",)),
]

# splitter 3.25 (kinds the blind heldout93-95 sets showed)
KINDS += [
    # an organisation's word in its own language (bylines.ORG_WORDS_BY_LANGUAGE)
    ("org-words-abroad", [("standfirst", "Owners refuse the rate set by the Wage Board"),
                          ("byline", "Ana Lima and Tom Avery, Mazdoor Ekta Sangh"),
                          ("lede", "Around three thousand workers on the estates walked out on Monday")],
     ["Ana Lima", "Tom Avery"], "Mazdoor Ekta Sangh", None, ALL),
    ("org-words-abroad-2", [("standfirst", "Police use water cannon on marchers in Porto Fort"),
                            ("byline", "Tom Avery, Kesatuan Pekerja Baru"),
                            ("lede", "Thousands of students marched from the university towards the fort")],
     ["Tom Avery"], "Kesatuan Pekerja Baru", None, ALL),
    # "Nor" opens Malay names, not sentences (bylines.SENTENCE_STARTERS)
    ("nor-opens-a-name", [("standfirst", "Young women send most of their wages home"),
                          ("byline", "Nor Aini Hashim, Red Flag (ISA in Malaysia)"),
                          ("lede", "Every Friday night a line of buses leaves the industrial estates")],
     ["Nor Aini Hashim"], "Red Flag", "ISA in Malaysia", ALL),
    # a month after a day's number is a date, no name (bylines.EXAMPLES["day-month-no-name"])
    ("day-month-no-name", [("standfirst", "Solidarity with the ten workers facing trial on 14 August"),
                           ("byline", "Ana Lima, Red Flag"),
                           ("lede", "The ten were arrested after the stoppage at the bottling plant")],
     ["Ana Lima"], "Red Flag", None, ALL),
    # a by-credit's writer, then its own clause (bylines.EXAMPLES["by-credit-clause"])
    ("by-credit-clause-comma", [("standfirst", "“Books are my only window”"),
                                ("byline", "Letter from Porto Prison by Tom Avery, transcribed by visitors"),
                                ("lede", "Ninety books have passed through my hands since I came here")],
     ["Tom Avery"], None, None, ALL),
    ("by-credit-clause-after-bracket", [("standfirst", "A new history of the great strike of 1925"),
                                        ("byline", "Reviewed by Ruth Okafor, Red Flag (ISA in Portugal), author of a "
                                                   "pamphlet on the docks"),
                                        ("lede", "The book opens on the quayside in June 1925, when the seamen")],
     ["Ruth Okafor"], "Red Flag", "ISA in Portugal", ALL),
    # a described author's organisation run into the standfirst's last word (bylines.EXAMPLES[
    # "described-name-run-in"])
    ("described-name-run-in", [("standfirst", "Fishing families on checkpoints and the CPEC"),
                               ("byline", "Red Flag member Ana Lima interviewed Tom Avery, a fisherman from the old "
                                          "town."),
                               ("lede", "How long have you been fishing here?")],
     ["Ana Lima"], "Red Flag", None, ("none",)),
    # the organisation first, then a colon or a bar (forms "org-names")
    ("org-colon-names", [("standfirst", "Tariffs cost jobs, but protectionism is no answer"),
                         ("byline", "Red Flag (ISA in Portugal): Ana Lima"),
                         ("lede", "Container volumes at the port fell by a fifth in the spring")],
     ["Ana Lima"], "Red Flag", "ISA in Portugal", ALL),
    ("org-bar-names", [("standfirst", "The rebuilding plan is an eviction notice"),
                       ("byline", "Workers Voice | Lanfang"),
                       ("lede", "Every evening from six o’clock the stalls are set out along")],
     ["Lanfang"], "Workers Voice", None, ALL),
    # where and when, after a web byline's bar (bylines.EXAMPLES["byline-place-date"])
    ("bar-place-date", [("standfirst", "Plan to sell the terminal sparks a strike"),
                        ("byline", "Ana Lima | redflag.org | Porto, 9 March 2025"),
                        ("lede", "The port came to a near standstill on Sunday as crane drivers")],
     ["Ana Lima"], "redflag.org", None, ALL),
    # a domain's possessive before its reporter's interview credit
    ("domain-possessive-interview", [("standfirst", "Threats to family members back home"),
                                     ("byline", "redflag.org’s Ana Lima spoke to a student in Istanbul"),
                                     ("lede", "When did you last have contact with your parents?")],
     ["Ana Lima"], "redflag.org", None, ("newline", "space")),
    # a joint credit's list closed by "&"
    ("joint-list-ampersand", [("byline", "Joint statement of Red Flag, Workers Alliance & Socialist Front"),
                              ("lede", "We, the undersigned organisations of workers and students, call on")],
     [], "Red Flag", None, ALL),
    # who else reported, and their organisation no table knows (forms "names-reporting")
    ("reporting-by-loose-org", [("standfirst", "Rebuilding has barely begun in the valley"),
                                ("byline", "Ana Lima with additional reporting by Tom Avery, Kämpa Tillsammans"),
                                ("lede", "More than two hundred families displaced by the floods are still")],
     ["Ana Lima", "Tom Avery"], "Kämpa Tillsammans", None, ("newline",)),
    # what else a member is, in more words ("a retired bus captain and member of Org")
    ("member-of-long-description", [("standfirst", "A driver of thirty years on the crisis in public transport"),
                             ("byline", "Tom Avery, a retired bus captain and member of Red Flag (ISA in Portugal)"),
                             ("lede", "I drove buses in this city for thirty years, most of them on the")],
     ["Tom Avery"], "Red Flag", "ISA in Portugal", ALL),
    # a month, then a sentence starter, ends a talk's credit (forms._DATE_THEN_CAPITAL)
    ("credit-following-month", [("standfirst", "Why the fight against sexism is a fight against capitalism"),
                                ("byline", "The following is based on a speech by Ana Lima of Red Flag at a summer "
                                           "school in Porto in July"),
                                ("lede", "The movement reached the universities in 2018, and within months")],
     ["Ana Lima"], "Red Flag", None, ALL),
    # a known place ends the standfirst (extract/places.py; bylines.EXAMPLES["known-place-before-byline"])
    ("known-place-before-long-name", [("standfirst", "Aid cuts hit the camps of Cox’s Bazar"),
                                      ("byline", "Arif Rahman Babu, redflag.org"),
                                      ("lede", "More than a thousand volunteers lost their stipends this month")],
     ["Arif Rahman Babu"], "redflag.org", None, ALL),
    ("no-byline-inside-known-place", [("standfirst", "Night markets thrive again in Porto Alegre"),
                                      ("byline", "Lanfang, Red Flag"),
                                      ("lede", "Every evening the stalls stretch for three blocks along the river")],
     ["Lanfang"], "Red Flag", None, ALL),
    # two known places joined by "and" end the standfirst (extract/places.py)
    ("known-place-list-before-name", [("standfirst", "Transnational repression reaches Leeds and Bristol"),
                                      ("byline", "Farida Akter Lima, Red Flag"),
                                      ("lede", "Activists from Hong Kong say they were followed after the meeting")],
     ["Farida Akter Lima"], "Red Flag", None, ALL),
    # a place's or a firm's last word is no name's first (bylines.PLACE_NAME_ENDS)
    ("place-name-end-delta", [("standfirst", "What is left of worker centres in the Pearl River Delta"),
                              ("byline", "Lanfang, Red Flag"),
                              ("lede", "Ten years ago there were dozens of small worker centres here")],
     ["Lanfang"], "Red Flag", None, ALL),
    ("place-name-end-year", [("standfirst", "Wages unpaid two weeks before the Lunar New Year"),
                             ("byline", "Lanfang, redflag.org"),
                             ("lede", "Construction workers gathered outside the site office on Monday")],
     ["Lanfang"], "redflag.org", None, ALL),
    # Arabic's article before a capitalised word: a name's or an organisation's word (tokens.NAME_SHAPE_RE)
    ("arabic-article-org", [("standfirst", "Strikes spread to the phosphate mines"),
                            ("byline", "Youssef Amrani, Sawt al-Ummal"),
                            ("lede", "More than two thousand miners stopped work on Monday after the company")],
     ["Youssef Amrani"], "Sawt al-Ummal", None, ALL),
    ("arabic-article-name", [("standfirst", "A socialist view from the port city"),
                             ("byline", "Samir al-Masri, al-Badil al-Ishtiraki (Red Flag supporters)"),
                             ("lede", "The port has become a laboratory for every power in the region")],
     ["Samir al-Masri"], "al-Badil al-Ishtiraki", "Red Flag supporters", ALL),
    # "by" and "and" in a section's own language, before long names (bylines.EXAMPLES["names-joined-y-e"])
    ("foreign-by-long-names", [("standfirst", "Socialists reply to the union leaders"),
                               ("byline", "Por Ana Lima Soto y Tomás Ávila, Red Flag (ISA en Chile)"),
                               ("lede", "At the congress of contract miners in Antofagasta last week, the")],
     ["Ana Lima Soto", "Tomás Ávila"], "Red Flag", "ISA en Chile", ("newline", "space")),  # (run in, the second
    # name alone scores higher: "leadersPor A B C y | D E, Org")
    ("names-joined-och", [("standfirst", "New owner cuts four hundred jobs"),
                          ("byline", "Av Linnea Berg och Oskar Lund, Red Flag (ISA i Sverige)"),
                          ("lede", "The northern city that had been promised a green revolution was shaken")],
     ["Linnea Berg", "Oskar Lund"], "Red Flag", "ISA i Sverige", ALL),
    # an organisation's last word no table knows, before a date opening the lede (forms._CAPS_TAIL_NEW_SENTENCE)
    ("org-tail-before-date", [("standfirst", "Can the dictatorship survive another quarter of a century?"),
                              ("byline", "Tom Avery, Partido Obrero Unificado"),
                              ("lede", "June 4th marks the anniversary of the massacre that ended the movement")],
     ["Tom Avery"], "Partido Obrero Unificado", None, ALL),
    ("org-tail-before-date-2", [("standfirst", "Dockers vote to strike"),
                                ("byline", "Ana Lima, Socialist Party Renewal"),
                                ("lede", "May 1st saw the biggest march in the port for twenty years")],
     ["Ana Lima"], "Socialist Party Renewal", None, ALL),
    # a particle between an organisation's words before its organisation word ("Tinig ng Manggagawa")
    ("org-particle-link", [("standfirst", "Welders demand the wage cuts be reversed"),
                           ("byline", "Tom Avery, Boses ng Manggagawa"),
                           ("lede", "More than nine hundred welders at the shipyard walked out on Monday")],
     ["Tom Avery"], "Boses ng Manggagawa", None, ALL),
    # an organisation's last word no table knows, the lede run into it (forms._CAPS_TAIL_NEW_SENTENCE)
    ("org-tail-run-in", [("standfirst", "Air pollution forty times the safe limit"),
                         ("byline", "Ana Lima & Tom Avery, Obrera Unida"),
                         ("lede", "“I love our city, but I refuse to be a vacuum cleaner!” This was one of")],
     ["Ana Lima", "Tom Avery"], "Obrera Unida", None, ("none",)),
    # a question's mark run into the byline's first name (bylines.EXAMPLES["sentence-end-run-in"])
    ("sentence-end-run-in", [("standfirst", "Who profits from the mines of the Copperbelt?"),
                             ("byline", "Jean-Marc Ilunga Mbuyi, redflag.org correspondent in Lubumbashi"),
                             ("lede", "The trucks leave the pits every twenty minutes, day and night")],
     ["Jean-Marc Ilunga Mbuyi"], "redflag.org", None, ("none",)),
    # a known place opens the lede: the byline never ends inside it (bylines.EXAMPLES["place-opens-lede"])
    ("place-opens-lede", [("standfirst", "Delivery riders join forces against falling rates"),
                          ("byline", "Ana Lima, LSR"),
                          ("lede", "São Paulo’s avenues were taken over by thousands of motorcycles on Monday as")],
     ["Ana Lima"], "LSR", None, ("space", "none")),
    ("place-opens-lede-after-place", [("standfirst", "A collapsed canopy sparks months of protest"),
                                      ("byline", "redflag.org correspondent in Belgrade"),
                                      ("lede", "Novi Sad railway station’s concrete canopy came down in November")],
     [], "redflag.org", None, ("space",)),
    ("place-list-opens-lede", [("standfirst", "A town of dust and trucks"),
                               ("byline", "Tom Avery, Lubumbashi"),
                               ("lede", "Kolwezi, a town of dust and trucks, has grown fast since the mines")],
     ["Tom Avery"], None, None, ("space",)),
    # a leading byline, a standfirst, a lede opening with a capitalised name (bylines.EXAMPLES[
    # "name-run-opens-lede-after-byline"])
    ("name-run-opens-lede-after-byline", [("byline", "Ana Lima, Red Flag"),
                                          ("standfirst", "Dockers vote to strike over the new shift rota"),
                                          ("lede", "Harbour Workers Union members at the container port voted on")],
     ["Ana Lima"], "Red Flag", None, ("space",)),
    # a one-word pen name before a sentence with no starter word (bylines.EXAMPLES["pen-name-before-sentence"])
    ("pen-name-before-sentence", [("standfirst", "Night-shift porters win back their meal allowance"),
                                  ("byline", "Qiaomu"),
                                  ("lede", "Porters at a district hospital in Foshan stopped work on Monday after")],
     ["Qiaomu"], None, None, ("space",)),
    # initials and a surname: a whole bare name (bylines.EXAMPLES["initials-name-before-sentence"])
    ("initials-name-before-sentence", [("standfirst", "Depot staff reject the new shift rota"),
                                       ("byline", "T. Kowalski"),
                                       ("lede", "Drivers at the depot say the new rota leaves them eleven hours")],
     ["T. Kowalski"], None, None, ("space",)),
    # a family name and a given name open the lede (bylines.EXAMPLES["lede-opens-with-surname"])
    ("lede-opens-with-surname", [("standfirst", "Night shifts and no overtime pay at the airport"),
                                 ("byline", "Tom Avery, Socialist Harbour"),
                                 ("lede", "Zhou Meifang has worked the night shift at a cargo terminal for eleven")],
     ["Tom Avery"], "Socialist Harbour", None, ("space",)),
    # a known place run into the domain (bylines.EXAMPLES["word-run-into-domain"])
    ("place-run-into-domain", [("standfirst", "Wage arrears spark anger in the Copperbelt"),
                               ("byline", "redflag.org reporters"),
                               ("lede", "Kitwe and Chambishi have seen three strikes in a month over wages owed")],
     [], "redflag.org", None, ("none",)),
    # a particle's word after a lower-case word is English, no name's inside (bylines.EXAMPLES[
    # "particle-after-lower-word"])
    ("particle-after-lower-word", [("standfirst", "A small win shows what a sit-in can do"),
                                   ("byline", "Lanqiao"),
                                   ("lede", "After a four-day sit-in, forty street cleaners were paid in full.")],
     ["Lanqiao"], None, None, ("space",)),
    # a name, a comma and an organisation with no cue: no list of two people (bylines.EXAMPLES["name-comma-place"])
    # a place after "to" ends the standfirst (bylines.EXAMPLES["place-after-to-before-byline"])
    ("place-after-to-before-byline", [("standfirst", "The supply chain that links the Andes to Hsinchu"),
                                      ("byline", "Marisol Condori Quispe, Vía Obrera"),
                                      ("lede", "Few workers in the free trade zone have heard of the mines that")],
     ["Marisol Condori Quispe"], "Vía Obrera", None, ("space",)),
    # an accented word before a name inside one run is the name's (bylines.EXAMPLES["accented-name-word"])
    ("accented-name-word", [("standfirst", "Brides, debts and the brokers two decades on"),
                            ("byline", "Trần Thị Bích Ngọc, Red Flag"),
                            ("lede", "In the early 2000s thousands of young women left the Mekong delta")],
     ["Trần Thị Bích Ngọc"], "Red Flag", None, ("space",)),
    ("accented-name-word-after-of", [("standfirst", "Dormitory fires and the subcontractors of Bắc Ninh"),
                                     ("byline", "Ngô Văn Hùng, Red Flag"),
                                     ("lede", "For the second time this year a dormitory outside the industrial")],
     ["Ngô Văn Hùng"], "Red Flag", None, ("space",)),
    # a name's last noun opens the lede (bylines.EXAMPLES["name-end-opens-lede"])
    ("name-end-opens-lede", [("standfirst", "Night shifts and silence in the chip fabs"),
                             ("byline", "Ana Lima, Socialist Action"),
                             ("lede", "Hsinchu Science Park never sleeps, and neither do the engineers who")],
     ["Ana Lima"], "Socialist Action", None, ("space",)),
    ("name-end-opens-lede-country", [("standfirst", "Power bills rise again for households"),
                                     ("byline", "Ana Lima, ISA Taiwan"),
                                     ("lede", "Taiwan Power Company has announced a rise of eleven percent for")],
     ["Ana Lima"], "ISA Taiwan", None, ("space",)),
    ("name-end-opens-lede-named-before", [("standfirst", "Rents drive hawkers from Nam Cheong Street"),
                                          ("byline", "Ana Lima, Socialist Action"),
                                          ("lede", "Nam Cheong Street has been a market for cheap tools for as long")],
     ["Ana Lima"], "Socialist Action", None, ("space",)),
    # a single opening quote runs into the bracket (bylines.EXAMPLES["quote-run-into-bracket"])
    ("quote-run-into-bracket", [("standfirst", "Cleaners at the port vote to stay out"),
                                ("byline", "Ana Lima, Red Flag (ISA in Portugal)"),
                                ("lede", "‘We will not move until the contract is signed,’ said one of the cleaners")],
     ["Ana Lima"], "Red Flag", "ISA in Portugal", ("none",)),
    # a pen name after a question mark (bylines.EXAMPLES["pen-name-after-punctuation"])
    ("pen-name-after-punctuation", [("standfirst", "Who will pay for the flood?"),
                                    ("byline", "Qiaomu"),
                                    ("lede", "The county’s dykes were last repaired in 1998, and villagers say")],
     ["Qiaomu"], None, None, ("space",)),
    # a writer's and a photographer's credit with a slash between (bylines.EXAMPLES["words-and-pictures"])
    ("words-slash-photos", [("standfirst", "A week on the picket line at the quarry"),
                            ("byline", "Words: Ana Lima / Photos: Tomás Reyes"),
                            ("lede", "The road to the picket climbs through tea terraces above the river")],
     ["Ana Lima"], None, None, ("space",)),
    # initials after a known place (bylines.EXAMPLES["known-place-before-byline"])
    ("initials-after-known-place", [("standfirst", "Chip money pours into Bayan Lepas"),
                                    ("byline", "T. K. Suresh and Ana Lima, Red Flag"),
                                    ("lede", "The free trade zone has been home to chip plants since the 1970s")],
     ["T. K. Suresh", "Ana Lima"], "Red Flag", None, ("space",)),
    # the standfirst's last word said again opens a dated byline (bylines.EXAMPLES["word-said-twice-before-byline"])
    ("word-said-twice-before-byline", [("standfirst", "Dock workers march through Valparaíso"),
                                       ("byline", "Valparaíso, 1 May – Ana Lima, Red Flag"),
                                       ("lede", "Around two thousand people marched from the port to the square")],
     ["Ana Lima"], "Red Flag", None, ("space",)),
    # the person the credit names, said again, opens the lede (bylines.EXAMPLES["name-said-again-opens-lede"])
    ("name-said-again-opens-lede", [("standfirst", "‘We build the roads, and we are the first to go’"),
                                    ("byline", "Ana Lima spoke to Pedro Quispe, a road worker from Cusco"),
                                    ("lede", "Pedro Quispe is 52 and has worked on the highways for thirty years")],
     ["Ana Lima"], None, None, ("space",)),
    # an organisation's name of six words before its organisation word (bylines.EXAMPLES["long-org-name"])
    ("long-org-name", [("standfirst", "Porters are paid less than directly employed staff"),
                       ("byline", "Statement by the Tuen Mun Hospital Porters’ Mutual Aid Group"),
                       ("lede", "We, the porters of the hospital, have worked through three winters of flu")],
     [], "Tuen Mun Hospital Porters’ Mutual Aid Group", None, ("space",)),
    # a byline as a Chinese text writes it (bylines.EXAMPLES["chinese-script-byline"])
    ("chinese-script-byline", [("standfirst", "The ferry strike that shook the colony"),
                               ("byline", "林曉彤，紅帆社（ISA香港）"),
                               ("lede", "In the spring of 1966 a young man sat down at the pier and refused to eat")],
     ["林曉彤"], "紅帆社", None, ("space", "none")),
    ("chinese-publication-byline", [("standfirst", "A reply to our readers"),
                                    ("byline", "Ana Lima, 《紅帆》月刊"),
                                    ("lede", "Since we published our position last spring we have received letters")],
     ["Ana Lima"], "《紅帆》月刊", None, ("space",)),
    ("full-width-bracket-byline", [("standfirst", "Kindergartens close as pupils leave"),
                                   ("byline", "Ana Lima, Red Flag（ISA in Hong Kong）"),
                                   ("lede", "At least forty kindergartens will close at the end of the school year")],
     ["Ana Lima"], "Red Flag", "ISA in Hong Kong", ("space",)),
    # a name, a job with no article, a place (bylines.EXAMPLES["name-job-place"])
    ("name-job-place", [("standfirst", "How to bring a wage claim"),
                        ("byline", "Dr Ana Lima, labour lawyer, Porto"),
                        ("lede", "Since the new labour courts opened, workers have had a faster way to")],
     ["Ana Lima"], None, None, ("space", "none")),
    ("name-age-job-in-place", [("standfirst", "A care worker tells her story"),
                               ("byline", "Siti Rahmawati, 31, domestic worker in Taipei"),
                               ("lede", "I came to Taiwan when I was 24, after an agent promised my family")],
     ["Siti Rahmawati"], None, None, ("space",)),
    # a pen name run in on both sides (bylines.EXAMPLES["pen-name-run-in"])
    ("pen-name-run-in", [("standfirst", "Forty orders and a flat tyre on the ring road in 2023"),
                         ("byline", "Qiaomu"),
                         ("lede", "In late autumn the platform cut the rate per order for the third time")],
     ["Qiaomu"], None, None, ("none",)),
    ("name-said-again-after-interview", [("standfirst", "‘The night shift never ends for us’"),
                                         ("byline", "Interview with Marisol Quispe by Ana Lima, ISA Philippines"),
                                         ("lede", "Marisol Quispe, 29, has worked at the call centre for six years")],
     ["Ana Lima"], "ISA Philippines", None, ("space",)),
    ("text-bar-photos-org", [("standfirst", "A week on the picket line at the quarry"),
                             ("byline", "Text: Ana Lima-Souza | Photos: Tomás Reyes, Red Flag"),
                             ("lede", "The road to the picket climbs through tea terraces above the river")],
     ["Ana Lima-Souza"], "Red Flag", None, ("space",)),
    # a by-credit's name with its family name before a clause (bylines.EXAMPLES["surname-after-by"])
    ("surname-after-by", [("standfirst", "How the fare strike was won"),
                          ("byline", "Compiled by Qiao Lanfang from Chinese media reports"),
                          ("lede", "In the six weeks before the holiday, bus drivers in three cities")],
     ["Qiao Lanfang"], None, None, ("space",)),
    # a family name that is a sentence starter after a place's last word (bylines.EXAMPLES["starter-surname"])
    ("starter-surname-after-place-end", [("standfirst", "Drivers protest at new bus routes to North Point"),
                                         ("byline", "He Lanfang, Red Flag"),
                                         ("lede", "Bus drivers at the depot say the new routes leave them no break")],
     ["He Lanfang"], "Red Flag", None, ("space",)),
    # a weekday in the plural ends the standfirst (bylines.EXAMPLES["plural-weekday"])
    ("plural-weekday", [("standfirst", "Helpers are still made to work on Sundays"),
                        ("byline", "Qiaomu, Red Flag"),
                        ("lede", "A survey of six hundred domestic workers found that one in four had been")],
     ["Qiaomu"], "Red Flag", None, ("space",)),
    # a one-word pen name with its Chinese form in brackets is a whole name (bylines.EXAMPLES["pen-name-chinese-form"])
    ("pen-name-chinese-form", [("standfirst", "Herders moved off the pastures into the county town"),
                               ("byline", "Caoyuan (草原)"),
                               ("lede", "In the new village the concrete houses stand in straight rows along the")],
     ["Caoyuan"], None, None, ALL),
    ("pen-names-chinese-forms", [("standfirst", "Students sent to the assembly lines for the peak season"),
                                 ("byline", "Dongmu (冬木) and Xiaolin (小林)"),
                                 ("lede", "Students at a vocational college were told to work three months or")],
     ["Dongmu", "Xiaolin"], None, None, ALL),
    # an organisation no table knows after a name's comma, before a capitalised word and "and" with a lower-case
    # word: the lede's opening (bylines.EXAMPLES["loose-org-before-article"])
    ("name-comma-loose-org-and-lower", [("standfirst", "Stadium staff say they were kept on site until three"),
                                        ("byline", "Ana Lima, Ergatiki"),
                                        ("lede", "Catering and cleaning staff hired through three agencies say")],
     ["Ana Lima"], "Ergatiki", None, ("space",)),
    # a region named with a lower-case noun after "the" (bylines.EXAMPLES["place-lower-noun"])
    ("org-reporters-place-lower-noun", [("standfirst", "New owners of the bus company cut the night allowance"),
                                        ("byline", "Workers Alliance reporters in the Pearl River delta"),
                                        ("lede", "Commuters in the city waited in vain at bus stops on Monday")],
     [], "Workers Alliance", None, ALL),
    # a name run into the number the standfirst ends with (bylines.EXAMPLES["name-run-into-number"])
    ("name-run-into-number", [("standfirst", "Estate redevelopment means evictions for 200,000"),
                              ("byline", "Mabel Chan Ka-yee, redflag.org"),
                              ("lede", "Madam Lau has lived in the same flat since 1979 and nobody has told her")],
     ["Mabel Chan Ka-yee"], "redflag.org", None, ("none",)),
    # an organisation no table knows, after a name that follows a word no name holds (bylines.EXAMPLES[
    # "names-any-org-after-non-name"])
    ("names-any-org-after-non-name", [("standfirst", "A second year without a rise, set by the Legislative Council"),
                                      ("byline", "Rosa Lindqvist, Punane Rida"),
                                      ("lede", "About two hundred workers gathered outside the government offices")],
     ["Rosa Lindqvist"], "Punane Rida", None, ("space",)),
    # a sea's, a strait's or a gulf's last word is no name's (bylines.PLACE_NAME_ENDS)
    ("strait-ends-place", [("standfirst", "Why the left must talk about the danger of war in the Taiwan Strait"),
                           ("byline", "Lena Holm, Workers Alliance (ISA in Sweden)"),
                           ("lede", "One of the best attended sessions of the school was on the future of")],
     ["Lena Holm"], "Workers Alliance", "ISA in Sweden", ("space",)),
    # a translator's name with its particles, or an Irish "O’", as the byline forms read names
    _noted("note-translator-particles", "Translated from Dutch by Pieter van der Meulen"),
    _noted("note-translator-irish-o", "Translated from Portuguese by Aoife O’Brien", pair=1),
    # the credit's person named again, run into the byline's last word, opens the lede (bylines.EXAMPLES[
    # "name-said-again-opens-lede"])
    ("name-said-again-run-in", [("standfirst", "“We cannot speak freely even here”"),
                                ("byline", "Interview by Ana Lima, Offensiv"),
                                ("lede", "Ana Lima spoke to three students from the mainland about the pressure their "
                                         "families face at home")],
     ["Ana Lima"], "Offensiv", None, ("none",)),
    ("name-comma-org", [("standfirst", "The old textile city votes for change"),
                        ("byline", "Ana Lima, Lewy Kompas"),
                        ("lede", "Łódź, once the heart of the country’s textile industry, has voted for")],
     ["Ana Lima"], "Lewy Kompas", None, ("space",)),
]

# (last: every KINDS and CREDIT_LINES addition above is collected)
@pytest.mark.parametrize("kind,parts,authors,organisation,affiliation,join", [
    pytest.param(kind, parts, authors, org, affil, join, id=f"{kind}-{join}",
                 marks=[_MODEL_OVERRIDE] if f"{kind}-{join}" in _MODEL_OVERRIDDEN_KINDS else [])
    for kind, parts, authors, org, affil, joins in KINDS for join in joins])
def test_kind(kind, parts, authors, organisation, affiliation, join):
    got = split_excerpt(_excerpt(parts, join))
    expected = dict(parts)
    assert (got.standfirst, got.byline, got.note, got.lede) == (
        expected.get("standfirst"), expected["byline"], expected.get("note"), expected["lede"])
    assert (got.authors, got.organisation, got.affiliation) == (authors, organisation, affiliation)


@pytest.mark.parametrize("standfirst,lede,join", [
    # a short label ending in a colon, then a sentence: the label is the standfirst, run together too
    # (bylines.EXAMPLES["label-colon-run-in"])
    ("redflag.org remembers 1925-27:", "In this series we recall the women workers who made the revolution", ""),
    ("redflag.org looks back:", "When the strike began the dockers had no union at all", ""),
])
def test_a_label_ending_in_a_colon_is_the_standfirst(standfirst: str, lede: str, join: str) -> None:
    got = split_excerpt(standfirst + join + lede)
    assert (got.standfirst, got.byline, got.lede) == (standfirst, None, lede)


@pytest.mark.parametrize("standfirst,byline,lede", CREDIT_LINES)
def test_a_credit_line_between_a_headline_line_and_the_lede_is_the_byline(standfirst, byline, lede):
    got = split_excerpt("\n".join([standfirst, byline, lede]))
    assert (got.standfirst, got.byline, got.lede) == (standfirst, byline, lede)


@pytest.mark.parametrize("text", [
    "Workers born in mainland China who lost their jobs were sent home without pay",
    "Students from mainland Taiwan who study abroad face new checks at home",
])
def test_no_standfirst_break_inside_mainland_and_its_place(text: str) -> None:
    from newscrawl.extract.split import standfirst_break

    standfirst, _, _ = standfirst_break(text)
    assert standfirst is None or not standfirst.endswith("mainland")


@pytest.mark.parametrize("standfirst,lede", [
    # splitter 3.9: a standfirst run into the lede after a number or a colon
    ("Why employers will not hire workers over 35", "Job adverts in China routinely specify an age limit"),
    ("Bus fares to rise for the third time since 2019", "Commuters in the new towns will pay more"),
    ("Britain’s Hong Kong community at the ballot box:", "For the first time, thousands of new arrivals voted"),
    ("The union’s answer to the new rosters:", "Drivers will refuse overtime from Monday"),
])
def test_no_byline_a_standfirst_run_in_after_a_number_or_a_colon(standfirst: str, lede: str) -> None:
    got = split_excerpt(standfirst + lede)
    assert (got.standfirst, got.byline, got.lede) == (standfirst, None, lede)


@pytest.mark.parametrize("standfirst,lede", [
    # the name the standfirst opens with, said again, opens the lede (bylines.EXAMPLES["opening-said-again"])
    ("Golden Crane Holdings shuts two mills in a week",
     "Golden Crane Holdings, which employed 3,000 people at its peak, told workers on Friday"),
    pytest.param("Harbour Star Logistics cuts drivers’ pay again",
                 "Harbour Star Logistics’ drivers were told on Monday that the rate per delivery would fall",
                 marks=[_MODEL_OVERRIDE]),
])
def test_no_byline_the_opening_name_said_again_opens_the_lede(standfirst: str, lede: str) -> None:
    got = split_excerpt(f"{standfirst} {lede}")
    assert (got.standfirst, got.byline, got.lede) == (standfirst, None, lede)


@pytest.mark.parametrize("text", [
    # splitter 3.9: a place never ends at the "Hong" of "Hong Kong" ("Family members in Hong | Kong questioned" is
    # no "<org> members in <place>" byline)
    "Family members in Hong Kong questioned after a protest abroad\nThree weeks after she spoke at the rally, a "
    "student received a call from her mother",
    "Union members in Hong Kong vote to dissolve the federation Leaders of the federation said the decision was "
    "taken under pressure",
])
def test_no_byline_ends_inside_hong_kong(text: str) -> None:
    got = split_excerpt(text)
    assert not (got.byline or "").endswith("Hong")


@pytest.mark.parametrize("standfirst,lede", [
    # splitter 3.9: a headline question holding a decimal point
    ("Will chatbots replace the region’s 1.7 million outsourcing workers?", "Outsourcing firms have spent the year "
     "installing assistants"),
    ("Is a 3.5 per cent rise enough for the cleaners?", "The union says it is not, and a ballot opens"),
])
def test_no_byline_a_question_with_a_decimal_point_is_the_standfirst(standfirst: str, lede: str) -> None:
    got = split_excerpt(f"{standfirst} {lede}")
    assert (got.standfirst, got.byline, got.lede) == (standfirst, None, lede)


@pytest.mark.parametrize("standfirst,name", [
    # splitter 3.9: a standfirst of one sentence, then a lone name word at the excerpt's cut (merged)
    ("The new government promised to abolish the executive presidency within a year; twelve months later the "
     "president holds more power than ever and the promise has quietly been dropped", "Nadeesha"),
    ("Management tried everything to stop a works council from being elected, from ‘information evenings’ to a "
     "hand-picked list of candidates, and most of it failed in the end", "Henrike"),
])
def test_a_lone_name_at_the_cut_after_a_one_sentence_standfirst_is_the_byline(standfirst: str, name: str) -> None:
    got = split_excerpt(f"{standfirst} {name}...")
    assert (got.standfirst, got.byline, got.authors, got.lede) == (standfirst, name, [name], None)


@pytest.mark.parametrize("text", [
    "Workers at the plant walked out on Monday. The strike is the first since 2019, and the union says it will go on "
    "until the company talks to Chen...",
    # (after a full stop, a capitalised word at the cut is as often a lede's second sentence cut inside its first word)
    pytest.param("Stricter checks on people born abroad who lived in the city New rules from the interior ministry "
                 "mean that residents must now wait longer and pass more checks before receiving residency. Severa...",
                 marks=[_MODEL_OVERRIDE]),
])
def test_a_name_at_the_cut_of_a_lede_is_no_byline(text: str) -> None:
    assert split_excerpt(text).byline is None


@pytest.mark.parametrize("text", [
    # splitter 3.9: what the excerpt's cut leaves of a lede's clause is no cut organisation
    "Teachers say no to longer hours Hsu Mei-ling in Taipei “We are exhausted,” said a teacher at the rally outside "
    "the Executive Yuan, where...",
    "Ana Lima and Ximu in Durban There will be no march this year. We call it fear, and fear is not consent. "
    "Prices, r...",
])
def test_a_clause_cut_in_the_lede_is_no_cut_organisation(text: str) -> None:
    assert split_excerpt(text).byline not in ("Executive Yuan, where", "Yuan, where", "Prices, r")


def test_an_organisations_tail_does_not_end_inside_a_title_phrase() -> None:
    got = split_excerpt("Nationalism is a dead end for workers By Xibai, Sozialistische Alternative Japanese Prime "
                        "Minister Sanae Takaichi's remarks triggered a crisis")
    assert got.byline == "By Xibai, Sozialistische Alternative"


@pytest.mark.parametrize("join", ["\n", " "])
@pytest.mark.parametrize("standfirst,byline,authors,lede", [
    ("Older porters bear the brunt of the hospital cuts",
     "Text by Jane Dorsey, drawing on interviews by Red Flag members in Tuen Mun", ["Jane Dorsey"],
     "Most of the porters at the two hospitals are over fifty and employed by an outsourcing company that pays"),
    ("Dock pay deal falls short", "Statement by Workers Alliance, adopted at its conference in Kowloon", [],
     "Every crane driver at the terminal says the offer is less than inflation and that the union was never asked"),
])
def test_a_credits_comma_clause_ends_at_its_place_before_a_sentence(standfirst, byline, authors, lede, join):
    got = split_excerpt(join.join([standfirst, byline, lede]) + "...")  # cut: a clause could run to the cut
    assert (got.standfirst, got.byline, got.authors, got.lede) == (standfirst, byline, authors, lede)


@pytest.mark.parametrize("lede", [
    "In the workshops of the village, machinists are paid by the piece and hired by the day. This spring, the rates",
    "The report found that one in three drivers works more than twelve hours a day. The union says the figure",
])
def test_a_ledes_short_first_sentence_naming_a_piece_or_a_report_is_no_note(lede: str) -> None:
    got = split_excerpt(f"Piece rates fall again\nJane Dorsey, Red Flag\n{lede}...")
    assert (got.note, got.lede) == (None, lede)


@pytest.mark.parametrize("join", [" ", "\n"])
@pytest.mark.parametrize("byline,authors,lede", [
    ("The following article is based on a speech by Mei Hsiang of Workers Alliance at a public meeting in Tainan on "
     "8 March 2026", ["Mei Hsiang"], "Women make up more than hal"),
    ("The following text is based on a talk by Jane Dorsey of Red Flag at a day school in Leeds on 3 May",
     ["Jane Dorsey"], "The container terminal has cut crane cr"),
])
def test_a_credits_date_before_a_capitalised_word_ends_it(byline, authors, lede, join):
    # (the excerpt cut a few words into the lede: a credit's tail could otherwise run to the cut)
    got = split_excerpt(join.join(["Dockers, nurses and the new rules", byline, lede]) + "...")
    assert (got.byline, got.authors, got.lede) == (byline, authors, lede)


@pytest.mark.parametrize("byline,authors,organisation,affiliation", [
    ("Ombak Merah (WSA Malaysia)", [], "Ombak Merah", "WSA Malaysia"),
    ("Lakas Tao (RHI in the Philippines)", [], "Lakas Tao", "RHI in the Philippines"),
    # (a person: a hyphenated given name, or a name of one word)
    ("Wu Chia-ming (ISA in Taiwan)", ["Wu Chia-ming"], None, "ISA in Taiwan"),
])
def test_capitalised_words_before_an_organisations_section_are_the_organisation(byline, authors, organisation,
                                                                                affiliation):
    assert parse_byline(byline) == (authors, organisation, affiliation)


@pytest.mark.parametrize("name", ["Gwenllian ap Rhys", "Dafydd ab Owain", "Yusuf ibn Rashid", "Mariam bint Salem",
                                  "João do Rosário", "Karl zu Hohenlohe", "Joost van ’t Hof"])
def test_a_particle_of_a_name_in_another_language_links_its_words(name: str) -> None:
    # (bylines.NAME_PARTICLES: Welsh, Arabic, Portuguese, German, Dutch; Swahili "wa" links an organisation's words)
    got = split_excerpt(f"Refuse workers fight pay cuts {name}, Red Flag Refuse collectors in the city struck today")
    assert (got.byline, got.authors) == (f"{name}, Red Flag", [name])


def test_a_swahili_particle_links_an_organisations_words() -> None:
    got = split_excerpt("Young people remember those killed Umoja wa Wafanyakazi statement Thousands of young people "
                        "marched on Tuesday")
    assert (got.byline, got.organisation) == ("Umoja wa Wafanyakazi statement", "Umoja wa Wafanyakazi")


@pytest.mark.parametrize("byline,authors,organisation", [
    ("Lucía Moreno y Iker Zubiri, Red Flag", ["Lucía Moreno", "Iker Zubiri"], "Red Flag"),
    ("João Silva e Maria Costa, Red Flag", ["João Silva", "Maria Costa"], "Red Flag"),
    ("Pan y Trabajo (RFI México) reporters", [], "Pan y Trabajo"),
    # (two organisations with their sections, no hyphenated given name: a joint statement's)
    ("Statement by Ola Roja (RFI Chile) and Pan y Trabajo (RFI México)", [], "Ola Roja"),
])
def test_names_and_organisations_joined_by_y_or_e(byline, authors, organisation):
    got = split_excerpt(f"Residents march a year after the floods\n{byline}\nThousands marched through the town")
    assert (got.byline, got.authors, got.organisation) == (byline, authors, organisation)


@pytest.mark.parametrize("standfirst,byline,lede", [
    # splitter 3.13: "by" introduces a whole name: a candidate starting at its second word is its tail
    # (bylines.EXAMPLES["name-after-by-word"])
    ("Why the union must stand its own candidates",
     "This is an edited version of a speech by Marek Szulc Dobrowolski, Red Lantern, to a meeting of dockers in "
     "Gdynia.",
     "Comrades, the port has changed beyond recognition"),
    ("New rules on village elections",
     "Summarised by Trần Minh Khoa, redriver.info, from reports in the Vietnamese press",
     "The ministry published the rules in May"),
])
def test_a_name_after_by_is_whole(standfirst: str, byline: str, lede: str) -> None:
    got = split_excerpt(f"{standfirst} {byline} {lede}")
    assert (got.standfirst, got.byline, got.lede) == (standfirst, byline, lede)


@pytest.mark.parametrize("standfirst,byline,lede", [
    # splitter 3.13: a standfirst ending in a capitalised word, then a label opening with the next one
    # (bylines.EXAMPLES["label-after-capital-end"])
    ("Ten questions on the strike that shaped modern Korea", "Reading notes prepared by Ana Lima, redflag.org",
     "These notes go with the articles in our series"),
    ("The port that built Rotterdam", "Study guide written by Tom Avery, Workers Alliance",
     "Each section below ends with questions"),
])
def test_a_label_after_a_capitalised_standfirst_end(standfirst: str, byline: str, lede: str) -> None:
    got = split_excerpt(f"{standfirst} {byline} {lede}")
    assert (got.standfirst, got.byline, got.lede) == (standfirst, byline, lede)


@pytest.mark.parametrize("excerpt,byline,lede", [
    # splitter 3.13: a joint credit's list closed by its bracket, then a sentence opening, is no list cut by the
    # excerpt's end, however the lede is cut
    ("Workers of all countries, unite against the war economy Joint statement by redflag.org (WA in China), Red Rivet "
     "(WA in Macau) and Red Kapok (WA Taiwan) This May Day, workers across the region face fall...",
     "Joint statement by redflag.org (WA in China), Red Rivet (WA in Macau) and Red Kapok (WA Taiwan)",
     "This May Day, workers across the region face fall"),
    ("Free the detained dockers Joint appeal by Workers Alliance (WA in Korea), Red Flag (WA in Japan) and Sosyalist "
     "Alternatif (WA Turkey) The arrests on Monday followed a week of stoppages at the termi...",
     "Joint appeal by Workers Alliance (WA in Korea), Red Flag (WA in Japan) and Sosyalist Alternatif (WA Turkey)",
     "The arrests on Monday followed a week of stoppages at the termi"),
])
def test_a_closed_joint_list_before_the_lede_is_not_cut(excerpt: str, byline: str, lede: str) -> None:
    got = split_excerpt(excerpt)
    assert (got.byline, got.lede) == (byline, lede)


@pytest.mark.parametrize("excerpt,byline,lede", [
    # splitter 3.13: a byline's own clause runs to the excerpt's cut when no sentence opens before it (a lede opens a
    # sentence: never with the comma), and ends before a sentence opening after a date's month ("... on 30 August |
    # Friends, we ...")
    ("Lessons for young workers from the strike wave of 1987 Ana Lima, Workers Alliance, based on interviews with "
     "veterans of the independent union...",
     "Ana Lima, Workers Alliance, based on interviews with veterans of the independent union", None),
    ("Speech at the Leeds rally for the jailed dockers Tom Kay, Red Flag, speaking at a rally outside the court in "
     "Leeds on 12 March Friends, we are here because six dockers are in prison",
     "Tom Kay, Red Flag, speaking at a rally outside the court in Leeds on 12 March",
     "Friends, we are here because six dockers are in prison"),
])
def test_a_byline_clause_to_the_cut_or_to_a_dated_sentence_opening(excerpt: str, byline: str,
                                                                    lede: str | None) -> None:
    got = split_excerpt(excerpt)
    assert (got.byline, got.lede or None) == (byline, lede)


@pytest.mark.parametrize("standfirst,byline,lede", [
    # splitter 3.13: a credit calling the text a version of another, which no form reads to its end, runs to where a
    # sentence opens (bylines.EXAMPLES["version-credit-to-sentence"])
    ("Orders from abroad hide the weakness of the shipyards",
     "This article is an abridged version of the editorial in Red Tide, Workers Alliance’s Korean-language bulletin, "
     "issue 9, May-June 2025", "Korea’s shipbuilders reported record orders"),
    ("Deflation and the limits of stimulus",
     "What follows is a shortened version of the editorial in issue 31 of Hongqi magazine (WA Chinese-language "
     "journal《紅旗》), March-April 2026", "For the second year running prices fell"),
])
def test_a_version_credit_runs_to_a_sentence_opening(standfirst: str, byline: str, lede: str) -> None:
    for join in (" ", "\n"):
        got = split_excerpt(join.join([standfirst, byline, lede]))
        assert (got.standfirst, got.byline, got.lede) == (standfirst, byline, lede)


def test_a_ledes_headline_figure_is_no_note() -> None:
    text = ("Bus company reports a surplus Tom Kay, Red Flag The headline figure was a surplus of HK$300 million, but "
            "the drivers saw none of it")
    got = split_excerpt(text)
    assert (got.byline, got.note) == ("Tom Kay, Red Flag", None)
    assert got.lede.startswith("The headline figure")


@pytest.mark.parametrize("standfirst,lede", [
    # splitter 3.13: no byline; a capitalised group of people and a lower-case word open the lede after any phrase's
    # end, a function word's too (bylines.EXAMPLES["group-opens-lede"])
    ("Heat records fall, and the shifts go on", "Builders on three sites worked through the hottest week"),
    ("Ferry operator pays a week’s bonus instead of four", "Employees at the ferry company were told on Friday"),
])
def test_no_byline_a_group_of_people_opens_the_lede(standfirst: str, lede: str) -> None:
    got = split_excerpt(f"{standfirst} {lede}")
    assert (got.standfirst, got.byline, got.lede) == (standfirst, None, lede)


@_MODEL_OVERRIDE
def test_no_byline_a_group_after_the_opens_no_lede() -> None:
    got = split_excerpt("Higher pay for the Teachers of the island schools is promised again by the new minister")
    assert got.standfirst is None


@pytest.mark.parametrize("standfirst,lede", [
    # splitter 3.13: a capital break too early for a standfirst (fewer words than one holds) gives way to a later one
    ("Bosses blame Korean imports but the real problem is decades of private profit",
     "Harbour Steel’s announcement that it will close one of its mills puts 900 jobs at risk"),
    ("Managers blame Japanese rivals but the real cause is the owners’ dividends",
     "Pacific Shipping’s decision to shut its yard leaves 400 workers without a job"),
])
def test_no_byline_a_capital_break_too_early_gives_way(standfirst: str, lede: str) -> None:
    got = split_excerpt(f"{standfirst} {lede}")
    assert (got.standfirst, got.byline, got.lede) == (standfirst, None, lede)


@pytest.mark.parametrize("standfirst,byline,lede", [
    # splitter 3.13: a standfirst never ends in "from", "with" or "of": the credit it opens is the byline's
    # (bylines.EXAMPLES["credit-before-preposition"])
    ("What the new ferry law changes, and what it does not",
     "Orla Quigley, with input from Red Lantern members in Cork", "The amendments that came into force this spring"),
    ("From the shipyard to the city council", "Q&A with Tom Kay, Workers Alliance organiser in Leeds",
     "How did you come to stand for the council?"),
])
def test_a_standfirst_never_ends_in_from_with_or_of(standfirst: str, byline: str, lede: str) -> None:
    got = split_excerpt(f"{standfirst} {byline} {lede}")
    assert (got.standfirst, got.byline, got.lede) == (standfirst, byline, lede)


@pytest.mark.parametrize("text,standfirst", [
    # ... but a phrasal verb's particle ends one ("three years on", "move in")
    ("Harbour strike: the dockers three years on Tam Wing-sze, Red Lantern (WA in Hong Kong) Three years after the "
     "strike", "Harbour strike: the dockers three years on"),
    ("The hospital cleaners’ strike ten years on Orla Quigley, Red Lantern Ten years after the strike the cleaners "
     "are still", "The hospital cleaners’ strike ten years on"),
])
def test_a_phrasal_verbs_particle_ends_a_standfirst(text: str, standfirst: str) -> None:
    assert split_excerpt(text).standfirst == standfirst


@pytest.mark.parametrize("byline", [
    "The following article is based on a speech by Ana Lima of redflag.org at a Workers Alliance public meeting in "
    "Leeds on 3 May, 2026",
    "The following article is based on a speech by Tom Avery of Red Flag at a public meeting organised by Workers "
    "Alliance on 9 June 2025 in Porto",
])
@pytest.mark.parametrize("join", [" ", "\n"])
def test_a_credits_long_dated_tail_ends_before_a_lede_the_cut_shortens(byline: str, join: str) -> None:
    # a credit's long tail of where and when the talk was given ends with its date (and the place after it) before a
    # capitalised word, though the excerpt's cut leaves the lede short (bylines.EXAMPLES["credit-long-dated-tail"])
    got = split_excerpt(join.join(["Solidarity meeting hears from striking dockers", byline,
                                   "Since the spring the port has been clo..."]))
    assert (got.standfirst, got.byline) == ("Solidarity meeting hears from striking dockers", byline)
    assert got.lede is not None and got.lede.startswith("Since the spring")


@pytest.mark.parametrize("standfirst,byline,lede", [
    # a one-word pen name and its comma after a lower-case word, a number or a sentence's end, before a sentence's
    # first word or a date (bylines.EXAMPLES["pen-name-comma"])
    ("A housing crisis the council will not discuss", "Hongmei,", "The evictions of three families in a month"),
    # ... and a name of two words before any capitalised word and a lower-case one that goes on a sentence
    # (bylines.EXAMPLES["name-comma-sentence"])
    ("Pensions at risk for those who will not sign", "Ana Lima,", "Retired teachers say they have had letters"),
    ("What striking nurses can learn from the workers of 1984", "Jiangbo,", "In May 1984 the miners' wives"),
    ("The strikers set the depot on fire. Their anger exposed the whole system.", "Haibo,",
     "On 3 August the police moved in"),
])
def test_a_pen_names_dangling_comma(standfirst: str, byline: str, lede: str) -> None:
    got = split_excerpt(" ".join([standfirst, byline, lede]))
    assert (got.standfirst, got.byline, got.lede, got.authors) == (standfirst, byline, lede, [byline.rstrip(",")])


@pytest.mark.parametrize("excerpt,byline", [
    # an acronym after an article run into the byline's last word opens no byline: the lede's "The MTR ..."
    # (bylines.EXAMPLES["acronym-org-after-capital"] is for an acronym after any other capitalised word)
    ("Profits from property should pay for cheaper faresAna Lima, Rood LinksThe MTR Corporation’s announcement of a "
     "fare rise came weeks after it reported a profit", "Ana Lima, Rood Links"),
    # an organisation is whole after its bracketed section: a capitalised word and a member's role open the lede
    ("Crews describe eighteen-hour days and confiscated passports Ana Lima, Red Dawn (RFI Taiwan) Crew members from "
     "Indonesia who returned to port say they were paid less", "Ana Lima, Red Dawn (RFI Taiwan)"),
    # an interview credit naming its organisation ends there: the person described after a comma is the lede's
    # (bylines.EXAMPLES["interview-who-clause"] is for the credit's own person)
    ("Obituary: Chan Tai-man, 1951–2025 Interview with Ana Lima of Left Socialist Party Chan Tai-man, who died on 14 "
     "February at the age of 74, was a veteran of the 1967 riots", "Interview with Ana Lima of Left Socialist Party"),
])
def test_what_follows_a_byline_is_no_part_of_it(excerpt: str, byline: str) -> None:
    assert split_excerpt(excerpt).byline == byline


@pytest.mark.parametrize("standfirst,lede", [
    # no byline: a capitalised possessive whose noun is capitalised words, then a lower-case word, opens the lede
    # where nothing else breaks ("... stagnate | Taiwan’s Executive Yuan has approved ...")
    pytest.param("The government promises more arms, while wages stagnate",
                 "Portugal’s Council of Ministers has approved a defence budget of more than nine billion euros",
                 marks=[_MODEL_OVERRIDE]),
    ("The statistics office changes its method for the second time in three years",
     "Britain’s Office for National Statistics said on Monday that it would revise its figures"),
])
def test_no_byline_a_possessive_and_its_capitalised_noun_open_the_lede(standfirst: str, lede: str) -> None:
    got = split_excerpt(f"{standfirst} {lede}")
    assert (got.standfirst, got.byline, got.lede) == (standfirst, None, lede)


def test_an_organisation_with_a_particle_after_a_names_comma_is_no_sentence() -> None:
    # "A, Tinig ng Manggagawa": no dangling comma before a sentence (bylines.EXAMPLES["name-comma-sentence"] needs a
    # lower-case word that goes on a sentence, not a name's particle)
    got = split_excerpt("Welders demand the wage cuts be reversed Ana Lima, Tinig ng Bayan More than 900 welders "
                        "walked out on Monday")
    assert (got.standfirst, got.byline, got.lede) == ("Welders demand the wage cuts be reversed",
                                                      "Ana Lima, Tinig ng Bayan", "More than 900 welders walked out "
                                                      "on Monday")


@pytest.mark.parametrize("standfirst,byline,lede", [
    # a name's dangling comma before "Hong Kong" after a capitalised word, and a lower-case word
    pytest.param("What the colonial years mean for the movement today", "Ana Lima,",
                 "Colonial Hong Kong was never a free city", marks=_MODEL_OVERRIDE),
    ("Why the handover promises were broken", "Tom Avery,", "British Hong Kong had no elected government"),
    # a one-word pen name's dangling comma before a group of people opening the lede
    # (bylines.EXAMPLES["pen-name-comma"])
    ("Thousands of sorters learn of the closures from a group chat", "Hongye,", "Couriers in the district arrived"),
    ("Cleaners are told to reapply for their own jobs", "Lanfeng,", "Workers at the hospital were told on Monday"),
])
def test_a_names_dangling_comma_before_a_sentence(standfirst: str, byline: str, lede: str) -> None:
    got = split_excerpt(f"{standfirst} {byline} {lede}")
    assert (got.standfirst, got.byline, got.lede) == (standfirst, byline, lede)


@pytest.mark.parametrize("byline,organisation", [
    # a domain's possessive and a role after the name's comma (bylines.EXAMPLES["domain-possessive-role"])
    ("Kan Lok-hang, kaigong.info’s labour editor", "kaigong.info"),
    ("Ana Lima, redflag.org’s housing correspondent", "redflag.org"),
])
def test_a_domains_possessive_and_a_role(byline: str, organisation: str) -> None:
    got = split_excerpt(f"Guards in private estates work the longest hours {byline} Security guards at private "
                        "estates work more than sixty hours a week")
    assert (got.standfirst, got.byline, got.organisation) == ("Guards in private estates work the longest hours",
                                                              byline, organisation)


@pytest.mark.parametrize("excerpt", [
    # a month after a date (bylines.EXAMPLES["bare-pen-name"]: not a pen name)
    "Delegates from ten countries met for three days from 9 to 11 August A lively and confident school, it heard",
    # a word the excerpt names again is its subject
    pytest.param("Riders protest against Meituan The company cut the pay per order again, and Meituan’s riders say "
                 "they will", marks=[_MODEL_OVERRIDE]),
])
def test_a_lone_capitalised_word_that_is_no_pen_name_opens_no_byline(excerpt):
    assert split_excerpt(excerpt).byline is None


@pytest.mark.parametrize("text", [
    "Floods close factories in Guangdong Province The union says four thousand workers were sent home without pay",
    pytest.param("Dockers strike in Rotterdam Harbour The port authority says the strike will cost millions a day this "
                 "week", marks=[_MODEL_OVERRIDE]),
    "Workers rally in Kowloon Bay Since the start of the year the estate has lost two of its clinics and a market",
])
def test_a_place_noun_after_a_one_word_place_is_no_pen_name(text: str) -> None:
    # (bylines.EXAMPLES["pen-name-after-place"]: the pen name is a name, not the place's own last word)
    assert split_excerpt(text).byline is None


def test_a_lede_of_sentences_on_the_line_after_a_leading_byline_is_no_standfirst() -> None:
    # (bylines.EXAMPLES["sentence-line-after-leading-byline"]: one short sentence only; a lede's paragraph of two
    # sentences stays the lede, and a note about the text is a note)
    got = split_excerpt("Ana Lima, Red Flag\nThe port is idle. The dockers have been out since Monday.\nThe "
                        "company says it will not talk until the pickets are lifted...")
    assert got.standfirst is None and got.lede.startswith("The port is idle.")
    got = split_excerpt("Ana Lima, Red Flag\nThis article first appeared in the Red Flag monthly.\nThe company "
                        "says it will not talk until the pickets are lifted...")
    assert got.standfirst is None and got.note == "This article first appeared in the Red Flag monthly."


@pytest.mark.parametrize("standfirst,lede", [
    ("Short-term lets push dockers out of Porto", "Porto has become one of the dearest cities in the south"),
    ("Free the Harbour Nine", "Nine dockers face trial for blocking a ship in March"),
])
def test_no_byline_a_capitalised_word_said_twice_is_the_boundary(standfirst: str, lede: str) -> None:
    # (bylines.EXAMPLES["repeated-word-boundary"])
    got = split_excerpt(f"{standfirst} {lede}")
    assert (got.standfirst, got.byline, got.lede) == (standfirst, None, lede)


@pytest.mark.parametrize("text", [
    "Subsidy ‘rationalisation’ hits the poorest hardest as fuel prices rise again",
    "Beijing The government announced on Monday that the new rules would apply",
    "Workers At the depot, drivers say the new rota is breaking them",
])
def test_a_capitalised_word_opening_an_excerpt_is_no_pen_name_before_a_quote_a_place_or_a_group(text: str) -> None:
    # (bylines.EXAMPLES["pen-name-opens-excerpt"]: a name word, then a sentence starter or a run-in only)
    assert split_excerpt(text).byline is None


@pytest.mark.parametrize("byline,lede", [
    ("Ana Lima, Red Flag", "The company’s decision in March to cut the rates of forty routes by up to a third set off "
                           "a new round of the fare war that has gripped Porto’s bus companies for two years"),
    ("Statement by Red Flag", "The arrest of a union organiser came three days after his photograph appeared on a "
                              "police-linked Telegram channel describing him as a danger to public order"),
])
def test_a_weak_break_deep_in_the_lede_after_a_leading_byline_is_no_standfirst(byline: str, lede: str) -> None:
    # (bylines.EXAMPLES["capital-break-after-byline"])
    got = split_excerpt(f"{byline} {lede}...")
    assert (got.standfirst, got.byline, got.lede) == (None, byline, lede)


def test_no_byline_an_infinitive_takes_the_name_after_it() -> None:
    # (bylines.EXAMPLES["infinitive-takes-name"]: no break in "to protect | Lisbon"; a possessive after an infinitive
    # still opens a sentence)
    got = split_excerpt("Floodgates opened upstream to protect Lisbon and the new city say villagers who lost homes")
    assert got.standfirst is None
    got = split_excerpt("Autoworkers are told to cheer Canada’s decision to impose a surtax was presented as a "
                        "defence of jobs")
    assert got.standfirst == "Autoworkers are told to cheer"


@pytest.mark.parametrize("domain", ["redflag.network", "workers.digital", "lyemun.invalid", "redflag.org"])
@pytest.mark.parametrize("join", ["\n", " "])
def test_a_domain_with_a_long_top_level_domain_is_an_organisation(domain: str, join: str) -> None:
    parts = ("Bus drivers reject the new rota", f"Ana Lima, {domain}", "Drivers at three depots voted on Friday")
    got = split_excerpt(join.join(parts))
    assert (got.standfirst, got.byline, got.organisation, got.lede) == (parts[0], parts[1], domain, parts[2])


@pytest.mark.parametrize("join", ["\n", " "])
def test_a_question_put_to_you_after_a_leading_credit_opens_the_lede(join: str) -> None:
    # (bylines.EXAMPLES["question-after-byline"]: an interviewer's question, whatever the credit says)
    got = split_excerpt(join.join(["Ana Lima, Red Flag", "How long have you been driving for the company?",
                                   "Four years, all of them on the night routes out of the port"]))
    assert got.standfirst is None and got.lede.startswith("How long have you been driving")



@pytest.mark.parametrize("standfirst,byline,lede", [
    # bare names between a standfirst and a lede's opening: a proper noun before a comma, a possessive, a pen name
    # beside a full name, after a quotation mark (bylines.EXAMPLES["bare-names-before-sentence"])
    ("Small shops shed staff as councils chase ‘hidden debts’", "Ines Barrio and Tomas Hale",
     "Private firms, which provide most jobs in the city, are cutting staff again"),
    ("The stadiums are empty but the kafala contracts remain", "Lena Holm and Ana Lima",
     "Rahim, a 34-year-old electrician from Sylhet, has been in Doha for nine years"),
    ("What dockers can learn from Hong Kong", "Maria Santos and Lin Pei-ju",
     "Hong Kong’s unions were not destroyed in a day: first came the smear campaign"),
    ("Convenience stores and the logic of ‘always open’", "Ines Barrio and Tomas Hale",
     "Japan’s 56,000 convenience stores never close, and the men who run them"),
    ("Property slump drags on a third of the economy", "Tomas Hale and Qiushan",
     "New home sales in the hundred largest cities fell again in March"),
])
@pytest.mark.parametrize("join", [" ", "\n"])
def test_bare_names_before_a_ledes_opening(standfirst: str, byline: str, lede: str, join: str) -> None:
    got = split_excerpt(join.join([standfirst, byline, lede]) + "...")
    assert (got.standfirst, got.byline, got.lede) == (standfirst, byline, lede)
    assert got.authors == byline.split(" and ")


@pytest.mark.parametrize("standfirst,byline,author", [
    # a family name that is an English sentence starter opens the name (bylines.EXAMPLES["starter-surname"])
    ("Airport handlers strike over cuts to meal allowance", "So Mei-ling, Red Flag", "So Mei-ling"),
    ("Bus drivers walk out over the new rota", "To Wing-kei, Workers Alliance", "To Wing-kei"),
    ("Cleaners walk out over unpaid wages in Foshan", "He Xiaolan, redflag.org", "He Xiaolan"),
])
@pytest.mark.parametrize("join", [" ", "\n"])
def test_a_family_name_that_is_a_sentence_starter_opens_the_byline(standfirst: str, byline: str, author: str,
                                                                    join: str) -> None:
    got = split_excerpt(join.join([standfirst, byline, "More than two hundred workers stopped work on Monday"]))
    assert (got.standfirst, got.byline, got.authors) == (standfirst, byline, [author])


@pytest.mark.parametrize("standfirst,lede", [
    # a decimal point or a time's colon ends no phrase: the weakest break still reads after it
    ("Increase of 3.2 percent will not keep pace with rents",
     "Taiwan’s monthly minimum wage will rise from January, the labour ministry said"),
    ("Talks resume at 10:30 as the strike enters its third week",
     "Dockers at the container terminal voted on Sunday to stay out until the company")])
def test_a_decimal_point_is_no_phrase_end_for_the_weakest_break(standfirst: str, lede: str) -> None:
    got = split_excerpt(f"{standfirst} {lede}...")
    assert (got.standfirst, got.byline, got.lede) == (standfirst, None, lede)


@pytest.mark.parametrize("standfirst,byline,lede", [
    # a name with a dangling comma after a capitalised word, where the name says where it starts (a surname and a
    # hyphenated given name) or a date stands before it (bylines.EXAMPLES["name-comma-start-known"])
    ("The regime still fears the memory of Tiananmen", "Lau Mei-ling,",
     "June 4 this year falls on a Thursday, and the police have already warned"),
    ("Workers locked in at night in Changhua", "Tsai Wen-hsin,", "Workers say the factory locked the dormitory doors"),
    ("Victoria Park stays dark on the night of 4 June", "Ines Barrio,",
     "Police officers outnumbered passers-by in Causeway Bay on the evening"),
])
def test_a_name_with_a_dangling_comma_where_its_start_is_known(standfirst: str, byline: str, lede: str) -> None:
    got = split_excerpt(f"{standfirst} {byline} {lede}...")
    assert (got.standfirst, got.byline, got.lede) == (standfirst, byline, lede)
    assert got.authors == [byline.rstrip(",")]


@pytest.mark.parametrize("lede", [
    # "Hong Kongers" is no name (bylines.EXAMPLES["hong-kongers"])
    "The day school brought young Hong Kongers, Chinese students and trade unionists together.",
    "The letters carried a photograph of a young Hong Konger...",
])
def test_hong_kongers_is_no_byline(lede: str) -> None:
    got = split_excerpt(f"Sixty attend a day of discussion Ines Barrio {lede}")
    assert (got.byline, got.lede) == ("Ines Barrio", lede.removesuffix("..."))


@pytest.mark.parametrize("note,byline,authors", [
    # a note without its full stop runs on into the byline after it in merged text: the byline is cut back out
    # (bylines.EXAMPLES["byline-after-note-run-on"])
    ("Editor’s note: this is the first of two articles on the history of the dock strike", "Ana Lima, Red Flag",
     ["Ana Lima"]),
    ("This article first appeared in the Red Flag monthly", "Tomas Hale and Lena Holm, Workers Alliance",
     ["Tomas Hale", "Lena Holm"]),
])
def test_a_byline_run_on_into_a_note_before_it(note: str, byline: str, authors: list[str]) -> None:
    standfirst, lede = "Dockers remember the long strike", "In the summer of 1987 the dockers walked out for"
    got = split_excerpt(f"{standfirst} {note} {byline} {lede}...")
    assert (got.standfirst, got.note, got.byline, got.lede) == (standfirst, note, byline, lede)
    assert got.authors == authors


@pytest.mark.parametrize("note", [
    # a version of a talk no one is named giving, before the byline: a note (bylines.EXAMPLES["version-of-a-talk-note"])
    "This article is an abridged version of a talk given at the Red Flag summer school in July.",
    "The following is an edited version of a speech given at a May Day meeting in Porto.",
])
@pytest.mark.parametrize("join", [" ", "\n"])
def test_a_version_of_a_talk_before_the_byline_is_a_note(note: str, join: str) -> None:
    parts = ["Why the unions must break with the old parties", note, "Ana Lima, Red Flag",
             "Comrades, two hundred years after the first strike on the docks of this city we"]
    got = split_excerpt(join.join(parts) + "...")
    assert (got.standfirst, got.note, got.byline, got.lede) == (parts[0], note, parts[2], parts[3])
    # ... but one naming its speaker is the byline
    credit = "This is an edited version of a speech by Ana Lima, Red Flag, to a May Day meeting in Porto."
    assert split_excerpt(join.join([parts[0], credit, parts[3]]) + "...").note is None


@pytest.mark.parametrize("standfirst,byline", [
    # a list of places ends the standfirst, the byline's names start after its last item
    # (bylines.EXAMPLES["place-list-before-byline"])
    ("Drivers switch off their apps in Jakarta, Surabaya and Makassar", "Dewi Lestari – Red Flag (ISA in Indonesia)"),
    ("Leaflets handed out at protests in Bangkok, Istanbul and London", "Tomas Hale, redflag.org"),
])
def test_a_byline_after_a_list_of_places(standfirst: str, byline: str) -> None:
    got = split_excerpt(f"{standfirst} {byline} More than forty workers were detained on Monday after a...")
    assert (got.standfirst, got.byline) == (standfirst, byline)


def test_a_family_name_that_is_a_sentence_starter_opening_the_excerpt() -> None:
    # (bylines.EXAMPLES["starter-surname"])
    for byline in ("He Xiaolan, redflag.org", "So Mei-ling, Red Flag"):
        got = split_excerpt(f"{byline} In June 1925 seamen, tram workers and printers walked out across the city...")
        assert (got.standfirst, got.byline, got.authors) == (None, byline, [byline.split(",")[0]])


@pytest.mark.parametrize("byline,author,org", [
    # a credit by a person described before the name (bylines.EXAMPLES["described-by"])
    ("Report by Porto dock worker and Red Flag member Tomas Hale", "Tomas Hale", "Red Flag"),
    ("Report by Workers Alliance organiser Lin Pei-ju in Taichung", "Lin Pei-ju", "Workers Alliance"),
])
@pytest.mark.parametrize("join", [" ", "\n"])
def test_a_credit_by_a_described_person(byline: str, author: str, org: str, join: str) -> None:
    parts = ["Dockers stop work at three terminals after a crane accident", byline,
             "Since Monday, dockers at three container terminals have refused all overtime"]
    got = split_excerpt(join.join(parts) + "...")
    assert (got.standfirst, got.byline, got.lede) == tuple(parts)
    assert (got.authors, got.organisation) == ([author], org)


@pytest.mark.parametrize("standfirst,byline,lede", [
    # a closing quotation mark run into a domain's byline, an opening one run into the lede
    # (bylines.EXAMPLES["quote-run-into-domain"])
    ("Teachers unpaid for months – ‘We are owed 38,000 yuan each’", "redflag.org reporters",
     "“They tell us to be patient,” a teacher in the county said on Monday"),
    ("Three convicted of ‘picking quarrels’", "redflag.org (ISA in China) reporters",
     "Three former staff members of a labour group were sentenced on Friday"),
    ("Ana Lima, redflag.org", None, "‘Rat people’ is what young graduates who stay in bed all day call themselves"),
])
def test_quotation_marks_run_into_a_domains_byline(standfirst: str, byline: str | None, lede: str) -> None:
    got = split_excerpt("".join(p for p in (standfirst, byline, lede) if p) + "...")
    if byline is None:  # (a leading byline: the first part is the byline)
        assert (got.byline, got.organisation) == (standfirst, "redflag.org")
    else:
        assert (got.standfirst, got.byline, got.organisation, got.lede) == (standfirst, byline, "redflag.org", lede)


@pytest.mark.parametrize("standfirst,byline", [
    # a place's or a proper noun's last word ends the standfirst (bylines.EXAMPLES["after-place-end"])
    ("Fishermen caught between navies in the South China Sea", "Ines Barrio, redflag.org"),
    ("Delivery riders strike before Spring Festival", "Tomas Hale and Lena Holm, Red Flag"),
])
def test_a_byline_after_a_proper_nouns_last_word(standfirst: str, byline: str) -> None:
    got = split_excerpt(f"{standfirst} {byline} For the fishermen of the harbour town the season has barely begun...")
    assert (got.standfirst, got.byline) == (standfirst, byline)


def test_a_memo_shared_with_the_knowledge_free_byline_reads_the_same_text() -> None:
    # byline_presence reads the knowledge-free byline first, with the memo split_excerpt uses next: both read the
    # merged text with the same part boundaries (split._part_breaks) and the same candidate edges
    from newscrawl.extract.split import byline_without_knowledge
    for excerpt in ["Depositors face ‘picking quarrels’ charges Statement by Workers Alliance of the Pacific Workers "
                    "Alliance of the Pacific (WAP) condemns the detention of three",
                    "Unions call for a vote against the damages law Lena Holm, Workers Alliance South Korea has the "
                    "widest pay gap of any rich country"]:
        memo: dict = {}
        found, _ = byline_without_knowledge(excerpt, memo)
        alone = split_excerpt(excerpt)
        assert found is not None and excerpt[found.start : found.end] == alone.byline
        assert split_excerpt(excerpt, memo=memo) == alone


@pytest.mark.parametrize("excerpt,byline", [
    # the parts are spaced: the domain is whole ("posts a record profit | redbanner.info reporters")
    ("Fares rise again as the ferry company posts a record profit redbanner.info reporters The ferry company will "
     "raise fares", "redbanner.info reporters"),
    # a sentence ends before it: no word is run into it
    ("The ferry company posts a record profit. redbanner.info reportersThe ferry company will raise fares",
     "redbanner.info reporters"),
    # nor after a comma
    ("Dockers walk out over pay and pensions, redbanner.info reportersThe dockers walked out on Monday",
     "redbanner.info reporters"),
])
def test_a_domain_byline_keeps_its_first_word_where_no_word_is_run_into_it(excerpt: str, byline: str) -> None:
    assert split_excerpt(excerpt).byline == byline
