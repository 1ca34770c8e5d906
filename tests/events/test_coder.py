"""The coding stage end to end on sentences of our own: codebook rules, modes, modality."""

from __future__ import annotations

import pytest

import eventmill


def coded(text: str) -> list[tuple[str, str | None, str]]:
    article = eventmill.extract(text, date="2022-03-02")
    return [(e.type, e.mode, e.modality) for e in article.events]

@pytest.mark.parametrize(("text", "expected"), [
    # a stated future act is the promise or threat made now
    ("Chile said it will host talks with Peru next week.", ("AGREE", None, "asserted")),
    ("Turkey said it will not accept more migrants from Greece.", ("REJECT", None, "asserted")),
    ("The president said she would not leave office until a new parliament was elected.",
     ("REJECT", None, "asserted")),
    ("China said it would never bow to external pressure.", ("REJECT", None, "asserted")),
    ("The Iranian government threatened to cut diplomatic ties with Canada.",
     ("THREATEN", "relations", "asserted")),
    ("The Sudanese government is prepared to impose martial law.", ("THREATEN", "martial-law", "asserted")),
    # an announced deployment plans a move; words of threat make it a threat
    ("Chile said troops will be deployed to the northern provinces.", ("MOBILIZE", "troops", "planned")),
    ("Chile warned that it would deploy troops against the rebels.", ("THREATEN", "violence", "asserted")),
    # the threatened act gives the mode: ending talks threatens relations, a strike restricts
    ("Chile threatened to stop the negotiations with Peru.", ("THREATEN", "relations", "asserted")),
    ("Dockers threatened to stage a general strike unless the port reopened.", ("THREATEN", "restrict", "asserted")),
    ("Ghana is willing to send food to Togo.", ("AGREE", None, "asserted")),
    # so is an act its subject is open or ready for
    ("The European Union said it remained open to negotiations.", ("AGREE", None, "asserted")),
    ("Iran said it was ready for talks with the United States.", ("AGREE", None, "asserted")),
    # a proposal sent or put forward is an offer
    ("Egypt and Qatar sent Israel and Hamas a new proposal for a truce.", ("AGREE", None, "asserted")),
    ("Egypt put forward a proposal to end the fighting.", ("AGREE", None, "asserted")),
    # what others believe someone will do is their forecast, no one's threat or promise
    ("Police believe the cartel will attack the judges again.", ("ASSAULT", None, "planned")),
    ("Everything seems to indicate that the rebels will attack the capital.", ("ASSAULT", None, "planned")),
    ("Analysts expect that Chile will host talks with Peru.", ("CONSULT", "visit", "planned")),
    # what one believes one will do is one's own intent
    ("We believe we will capture the kidnappers within days.", ("THREATEN", "violence", "asserted")),
    # an announced withdrawal is a concession not yet carried out
    ("The prime minister said he would resign.", ("CONCEDE", None, "asserted")),
    ("The prime minister said he would submit his resignation to parliament.", ("CONCEDE", None, "asserted")),
    # a reported obligation is the speaker's demand
    ("The French foreign minister said that Russia must withdraw its troops from Georgia.",
     ("REQUEST", None, "asserted")),
    # collective civilian action is PROTEST; joint exercises are cooperation
    ("Thousands of demonstrators torched the ministry building in Baghdad.", ("PROTEST", "riot", "asserted")),
    # a demand is a crowd's only when protesters make it
    ("Marchers demanded the release of the students.", ("PROTEST", "demo", "asserted")),
    ("Students demanded that lawmakers take action soon.", ("REQUEST", None, "asserted")),
    # a clause with its own passive subject shares no crowd with the protest before it
    ("Students blocked a major road in Belgrade, and a young woman was beaten by police.",
     ("ASSAULT", "beat", "asserted")),
    # a crowd named by its size: of people it protests, of soldiers it mobilises
    ("Tens of thousands of people massed outside parliament in Lima.", ("PROTEST", "demo", "asserted")),
    # the parser may find no verb in such a sentence and hang "massed" on "thousands"
    ("Tens of thousands of people massed outside the parliament building on Rustaveli Avenue on Sunday evening.",
     ("PROTEST", "demo", "asserted")),
    ("Thousands of soldiers massed at the border.", ("MOBILIZE", "troops", "asserted")),
    ("Six people were killed and dozens wounded in an attack on the market.", ("ASSAULT", None, "asserted")),
    ("Japan and Australia held joint naval exercises.", ("COOPERATE", None, "asserted")),
    # a mode the sentence makes evident (mode_cues): talks told with a visit, a threat of blows
    ("Chile's foreign minister held talks with Peruvian leaders, the first delegation to visit Lima in years.",
     ("CONSULT", "visit", "asserted")),
    ("The rebels threatened to deliver heavy blows to the army.", ("THREATEN", "violence", "asserted")),
    ("The rebels threatened to burn the town.", ("THREATEN", "violence", "asserted")),  # destruction threatened
    # an act announced on a condition the other side must meet is an ultimatum
    ("The Umma party said it will boycott the elections unless the president steps down.",
     ("THREATEN", "restrict", "asserted")),
    ("Nigeria said it will withdraw its peacekeepers from Chad unless a ceasefire is arranged.",
     ("THREATEN", None, "asserted")),
    ("The unions will strike if the government does not raise wages.", ("THREATEN", "restrict", "asserted")),
    ("Iran said it would attend the talks unless Israel attacked.", ("AGREE", None, "asserted")),  # an offer
    # defacing a web site is a cyber attack, a monument vandalism
    ("Hackers defaced the ministry's website on Monday.", ("COERCE", "cyber", "asserted")),
    ("Protesters defaced a statue of the king.", ("PROTEST", "vandalize", "asserted")),
    # a strike by workers is a stoppage, told as a verb too, and announced it is planned, not a threat
    ("Teachers struck on Monday to demand higher wages.", ("PROTEST", "strike", "asserted")),
    ("The unions will strike on Monday.", ("PROTEST", "strike", "planned")),
    ("The army will strike the rebel camps.", ("THREATEN", "violence", "asserted")),
    # destruction by authorities is coercion; by rebels, or by no one named, part of an assault
    ("The authorities demolished forty homes in Hebron.", ("COERCE", "destroy", "asserted")),
    ("Rebels burned two buses near the market.", ("ASSAULT", "destroy", "asserted")),
    # burning a flag or an effigy is a protest, whoever burns it
    ("Union members burned eight U.S. flags outside the embassy.", ("PROTEST", "demo", "asserted")),
    ("Students torched an effigy of the president.", ("PROTEST", "demo", "asserted")),
    # armed forces wrecking things wage war, unless they demolish or destroy arms
    ("Chilean troops destroyed a bridge over the river.", ("ASSAULT", "destroy", "asserted")),
    ("Chilean troops destroyed large caches of weapons in the north.", ("COERCE", "destroy", "asserted")),
    ("Chilean troops demolished the homes of two attackers.", ("COERCE", "destroy", "asserted")),
    ("Soldiers in armoured vehicles rammed the doors of the palace.", ("ASSAULT", None, "asserted")),
    ("Hooded gunmen burst into the studios of a television station in Quito.", ("ASSAULT", "firearms", "asserted")),
    # bombing needs aircraft, which states have: rebels bomb with explosives
    ("Rebels bombed a police station in Quito.", ("ASSAULT", "explosives", "asserted")),
    ("The Chilean air force bombed rebel positions.", ("ASSAULT", "aerial", "asserted")),
])
def test_coder_applies_codebook_rules(text: str, expected: tuple[str, str | None, str]) -> None:
    assert expected in coded(text)


def test_coder_a_protests_stated_demand_is_the_protest() -> None:
    assert coded("Hundreds of Tamils marched in Jaffna on Monday demanding new elections.") == [
        ("PROTEST", "demo", "asserted")]


@pytest.mark.parametrize(("text", "event_type"), [
    ("The Nigerian army denied that its soldiers shot protesters in Lagos.", "ASSAULT"),
    ("Pakistan refused to meet the Indian delegation.", "CONSULT"),
    ("The rebels threatened to storm the capital.", "ASSAULT"),
])
def test_coder_never_asserts_what_did_not_happen(text: str, event_type: str) -> None:
    assert all(modality != "asserted" for kind, _, modality in coded(text) if kind == event_type)

def test_coder_sets_contexts_from_the_sentence() -> None:
    article = eventmill.extract("Police arrested two opposition candidates before the election in Lima.",
                                date="2022-03-02")
    arrest = next(e for e in article.events if e.type == "COERCE")
    assert "election" in arrest.contexts

def test_coder_event_ids_are_stable() -> None:
    text = "Chile condemned the raid on Tuesday."
    first = [e.event_id for e in eventmill.extract(text, date="2022-03-02", doc_id="d1").events]
    again = [e.event_id for e in eventmill.extract(text, date="2022-03-02", doc_id="d1").events]
    assert first == again and first


@pytest.mark.parametrize(("text", "mode"), [
    ("Rebels attacked the army base with mortars on Monday.", "heavy-weapons"),
    ("A suicide bomber attacked the market in Kabul.", "suicide-attack"),
    ("Gunmen attacked a bus in Zamfara.", "firearms"),
    ("Riot police used tear gas on the marchers in Quito.", "crowd-control"),
    ("Jets destroyed a fuel depot with missiles near Sirte.", "destroy"),  # armed destruction is ASSAULT
    ("Gunmen opened fire on a minibus in Jos.", "firearms"),
])
def test_coder_assault_mode_from_the_weapon_named(text: str, mode: str) -> None:
    assert ("ASSAULT", mode, "asserted") in coded(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Army units seized control of the border town on Sunday.", ("ASSAULT", None, "asserted")),
    ("Bulldozers demolished six homes in the village.", ("COERCE", "destroy", "asserted")),
    # weapons destroyed are not the weapons used
    ("Special forces destroyed an improvised explosive device near the road.", ("COERCE", "destroy", "asserted")),
])
def test_coder_territory_and_destruction(text: str, expected: tuple[str, str | None, str]) -> None:
    assert expected in coded(text)


def test_coder_implied_protest_names_no_one_from_the_other_event() -> None:
    article = eventmill.extract("Police dispersed hundreds of protesters in Minsk.", date="2022-03-02")
    protest = next(e for e in article.events if e.type == "PROTEST")
    assert protest.actor is None


@pytest.mark.parametrize(("text", "country"), [
    ("Chilean troops shelled the border town on Monday. Peru condemned the shelling on Tuesday.", "CHL"),
    # told with a verb of another type: the noun's stem finds it
    ("The Bolivian government suspended a Chilean radio station on Monday. Reporters Without Borders "
     "condemned the suspension.", "BOL"),
    # an act of force named as another ("air strikes … condemned the raids")
    ("Chilean jets bombed three villages on Monday. Peru condemned the raids.", "CHL"),
    # the act's own type before a kindred one told since, and its claimed doer
    ("Gunmen shot dozens of people at a concert hall in Lima. The Shining Path claimed responsibility for the "
     "attack. Bolivian police arrested 11 people. Chile condemned the attack.", "PER"),
    # not at the victim the condemned act names
    ("Chilean troops shelled the border town on Monday. Peru condemned the shelling of civilians in Tacna.", "CHL"),
    ("Chilean jets bombed the Peruvian embassy on Monday. Bolivia condemned the attack on the embassy.", "CHL"),
    # an act its doer denied is still the act condemned
    ("The Chilean army denied that its planes had bombed a refugee camp. Peru condemned the attack.", "CHL"),
])
def test_coder_reaction_to_an_act_told_before_is_aimed_at_its_doer(text: str, country: str) -> None:
    reaction = next(e for e in eventmill.extract(text, date="2022-03-02").events if e.type == "ACCUSE")
    assert reaction.recipient is not None and reaction.recipient.country == country


def test_coder_a_reaction_answers_no_act_told_as_only_supposed() -> None:
    """"welcomed the deal" after "if Chile violated the agreement": no one made that agreement."""
    events = eventmill.extract("Bolivia accepted the agreement on Monday. The president said Bolivia would strike "
                               "hard if Chile violated the agreement. Peru welcomed the deal.", date="2024-11-27").events
    welcome = next(e for e in events if e.type == "SUPPORT" and e.actor is not None and e.actor.name == "Peru")
    assert welcome.recipient is not None and welcome.recipient.country == "BOL"


def test_coder_a_reaction_keeps_the_victim_when_no_doer_was_told() -> None:
    events = eventmill.extract("Amnesty condemned the use of live ammunition against Chilean protesters.",
                               date="2024-06-27").events
    assert [(e.type, e.recipient.country if e.recipient else None) for e in events] == [("ACCUSE", "CHL")]


@pytest.mark.parametrize(("text", "actor"), [
    ("Fifty protesters were arrested in Nairobi on Monday.", ("police", "KEN")),
    ("Fifty protesters were arrested by soldiers in Nairobi on Monday.", ("soldiers", "KEN")),
])
def test_coder_agentless_arrest_implies_the_countrys_police(text: str, actor: tuple[str, str]) -> None:
    event = next(e for e in eventmill.extract(text, date="2022-03-02").events if e.type == "COERCE")
    assert event.actor is not None and event.actor.name == actor[0]
    if actor[0] == "police":
        assert event.actor.country == actor[1]


def test_coder_a_crowd_named_by_its_size_is_the_protesters() -> None:
    event = next(e for e in eventmill.extract("Thousands rallied in Lima on Saturday.", date="2022-03-02").events
                 if e.type == "PROTEST")
    assert event.actor is not None and (event.actor.name, event.actor.country) == ("protesters", "PER")


def test_coder_agentless_investigation_implies_the_countrys_authorities() -> None:
    article = eventmill.extract("A Kenyan banker has been put under investigation in Ghana for fraud.", date="2022-03-02")
    event = next(e for e in article.events if e.type == "ACCUSE")
    assert event.actor is not None and (event.actor.name, event.actor.country) == ("authorities", "GHA")


@pytest.mark.parametrize("promise", ["to retaliate", "to respond", "to avenge the deaths",
                                     "that the bombing would not go unpunished"])
def test_coder_retaliation_is_aimed_at_the_last_attacker(promise: str) -> None:
    article = eventmill.extract("Chilean jets bombed three villages on Monday. Peru's defence ministry vowed "
                                f"on Tuesday {promise}.", date="2022-03-02")
    threat = next(e for e in article.events if e.type == "THREATEN")
    assert threat.recipient is not None and threat.recipient.country == "CHL"
    assert threat.mode == "violence"


@pytest.mark.parametrize(("claim", "actor"), [
    ("The Tupac Amaru Revolutionary Movement claimed responsibility for the murder on Tuesday.",
     "Tupac Amaru Revolutionary Movement"),
    ("No organisation claimed responsibility for the murder.", None),
    # laid blame names the alleged doer the same way, unless denied or about no act
    ("The police blamed the Tupac Amaru Revolutionary Movement for the murder.", "Tupac Amaru Revolutionary Movement"),
    ("The murder was attributed to the Tupac Amaru Revolutionary Movement.", "Tupac Amaru Revolutionary Movement"),
    ("Officials said the Tupac Amaru Revolutionary Movement was responsible for the crime.",
     "Tupac Amaru Revolutionary Movement"),
    ("The Tupac Amaru Revolutionary Movement said it was not responsible for the murder.", None),
    ("The Tupac Amaru Revolutionary Movement is responsible for security in the district.", None),
])
def test_coder_responsibility_claim_names_the_doer_of_the_act(claim: str, actor: str | None) -> None:
    article = eventmill.extract("Gunmen killed the mayor of Lima on Monday. " + claim, date="2022-03-02")
    attack = next(e for e in article.events if e.type == "ASSAULT")
    assert (attack.actor.name if attack.actor and attack.actor.sector != "UAF" else None) == actor


@pytest.mark.parametrize(("text", "recipient"), [
    # the target named by the type's preposition, when the object is the weapon
    ("Guerrillas used explosives against the town hall in Ayacucho.", "town hall"),
    ("Rebels planted a bomb at a pharmacy in Medellin.", "pharmacy"),
    # a target that only says where: the place is the recipient
    ("Syrian tanks fired shells at targets in Hama.", "Hama"),
    # the place phrase hung on the verb when the targets are its object
    ("Syrian jets struck targets in Hama on Monday.", "Hama"),
])
def test_coder_assault_target_from_the_prepositional_phrase(text: str, recipient: str) -> None:
    [attack] = [e for e in eventmill.extract(text, date="2022-03-02").events if e.type == "ASSAULT"]
    assert attack.recipient is not None and attack.recipient.name == recipient


def test_coder_fire_set_in_a_riot_is_the_riot() -> None:
    article = eventmill.extract("Inmates rioted at the prison, setting fire to their mattresses.", date="2022-03-02")
    assert [(e.type, e.mode) for e in article.events] == [("PROTEST", "riot")]


def test_coder_a_harm_in_a_past_relative_clause_is_asserted() -> None:
    text = "The minister said he would resign over the protests, in which a student who was shot by police died."
    shot = next(e for e in eventmill.extract(text, date="2022-03-02").events if e.type == "ASSAULT")
    assert shot.modality == "asserted" and shot.actor is not None and shot.actor.sector == "COP"


@pytest.mark.parametrize(("text", "expected"), [
    # a meeting the narrator schedules is no one's promise; one a party announces is (AGREE)
    ("The parliament will meet on Sunday to vote on the budget.", [("CONSULT", None, "planned")]),
    # an attack rehearsed in drills is an exercise; bodies pulled from rubble are no withdrawal
    ("The navy held drills off the coast, rehearsing missile strikes.", [("MOBILIZE", "weapons", "asserted")]),
    ("Rescuers pulled six bodies out of the rubble.", []),
    # the vow of a rally is the rally
    ("Thousands rallied in the square and vowed to stay until the elite was gone.", [("PROTEST", "demo", "asserted")]),
    # but a demand made beside a protest only foretold is a demand of its own
    ("Opposition parties said they would boycott the new parliament and called for a fresh election.",
     [("PROTEST", "boycott", "planned"), ("REQUEST", None, "asserted")]),
])
def test_coder_schedules_rehearsals_and_vows(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert coded(text) == expected


def test_coder_those_engaged_in_a_fight_wage_it() -> None:
    article = eventmill.extract("Soldiers were engaged in an exchange of fire with the militants.", date="2022-03-02")
    [fight] = [e for e in article.events if e.type == "ASSAULT"]
    assert fight.actor is not None and fight.actor.name.lower() == "soldiers"


@pytest.mark.parametrize(("text", "expected"), [
    # a decision is coded as the act decided, not as a promise or a threat of it
    ("The guerrillas decided to suspend the dialogue with the government.", ("SANCTION", "discontinue", "asserted")),
    ("The court decided to allow the candidate to run.", ("CONCEDE", None, "asserted")),
])
def test_coder_a_decision_is_the_act_decided(text: str, expected: tuple[str, str | None, str]) -> None:
    assert expected in coded(text)


def test_coder_the_purpose_of_what_is_given_names_its_recipient() -> None:
    text = "Russia promised to provide comprehensive help to guarantee Belarus's security."
    [promise] = [e for e in eventmill.extract(text, date="2022-03-02").events if e.type == "AGREE"]
    assert promise.recipient is not None and promise.recipient.country == "BLR"


def roles(text: str, event_type: str) -> tuple[str | None, str | None]:
    [event] = [e for e in eventmill.extract(text, date="2022-03-02").events if e.type == event_type]
    return (event.actor.name if event.actor else None, event.recipient.name if event.recipient else None)


@pytest.mark.parametrize(("text", "expected"), [
    # granting passage is a concession; announced, it is one not yet carried out
    ("The minister said Chile would grant safe-conduct passes to the family.", ("CONCEDE", None, "asserted")),
    ("Chile granted the observers access to the prison.", ("RETREAT", "access", "asserted")),
    ("Chile granted an amnesty to the strikers.", ("CONCEDE", None, "asserted")),
    # a party that fights alongside another cooperates with it
    ("Chilean troops fought alongside Peruvian forces in joint operations.", ("COOPERATE", None, "asserted")),
    # troops sent at a government's request are help to it
    ("Chile sent 500 soldiers to Tacna at the request of the Peruvian government.", ("AID", None, "asserted")),
    # a split word keeps its meaning: "cease-fire" is "ceasefire"
    ("The army continues to respect the cease-fire.", ("RETREAT", "ceasefire", "asserted")),
])
def test_coder_concessions_cooperation_and_help(text: str, expected: tuple[str, str | None, str]) -> None:
    assert expected in coded(text)


def test_coder_taking_shelter_is_no_aid() -> None:
    assert coded("The three had been sheltering in the Chilean embassy since the weekend.") == []
    assert ("AID", None, "asserted") in coded("The Chilean embassy sheltered three dissidents.")


def test_coder_the_one_handed_over_is_no_recipient_of_the_cooperation() -> None:
    text = "Chilean police handed over to Peruvian authorities a suspected smuggler wanted in Lima for fraud."
    assert roles(text, "COOPERATE") == ("Chilean police", "Peruvian authorities")


def test_coder_the_deploying_party_helps_the_requester() -> None:
    text = "Chile sent 500 soldiers to Tacna at the request of the Peruvian government."
    assert roles(text, "AID") == ("Chile", "Peruvian government")


@pytest.mark.parametrize(("text", "event_type", "expected"), [
    # half of a hyphenated word is no party: "counter" in "counter-offensive" was hit by nothing
    ("Rebels launched a counter-offensive on Monday.", "ASSAULT", ("Rebels", None)),
    ("Hostage-takers released two guards in Lima.", "RETREAT", ("Hostage-takers", "guards")),
    ("Anti-government protesters stormed the ministry in Lima.", "PROTEST", ("Anti-government protesters", "ministry")),
])
def test_coder_hyphenated_words_stay_whole(text: str, event_type: str, expected: tuple[str | None, str | None]) -> None:
    assert roles(text, event_type) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ordering an act is the act; ordering forces somewhere is an order
    ("The junta ordered the expulsion of the Chilean ambassador.", [("SANCTION", "expel", "asserted")]),
    ("The general ordered troops to the border.", [("REQUEST", None, "asserted")]),
    # support by weapons is how a fight was fought
    ("The army said it had killed dozens of rebels in a counter-offensive backed by drones.",
     [("ASSAULT", None, "asserted")]),
    ("The plan was backed by Chile.", [("SUPPORT", None, "asserted")]),
    # advisers and instructors sent are military aid
    ("Chile sent military instructors to Bolivia.", [("AID", None, "asserted")]),
])
def test_coder_orders_backing_and_advisers(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert coded(text) == expected


def test_coder_a_title_made_a_second_subject_yields_to_the_name() -> None:
    text = "The EU's foreign policy chief Josep Borrell condemned the raid."
    assert roles(text, "ACCUSE")[0] == "Josep Borrell"


@pytest.mark.parametrize(("text", "expected"), [
    # the event noun a harm happened in names its doer
    ("Five soldiers were killed in an attack by rebels near Goma.", ("rebels", "soldiers")),
    ("Twelve people were killed in clashes between police and protesters in Lagos.",
     ("police and protesters", "people")),
    # the doer the noun names is no recipient of the clause it elaborates
    ("Twelve people were killed and two others were injured in an attack by rebel forces in Kaya.",
     ("rebel forces", "people")),
])
def test_coder_a_harm_told_within_an_attack_takes_its_doer(text: str, expected: tuple[str, str]) -> None:
    assert roles(text, "ASSAULT") == expected


def test_coder_an_attack_that_people_died_in_takes_their_toll() -> None:
    [strike] = [e for e in eventmill.extract("Three civilians died in an Israeli air strike on Rafah.",
                                             date="2022-03-02").events if e.type == "ASSAULT"]
    assert strike.counts.fatalities == 3


def test_coder_mobs_are_a_crowd() -> None:
    assert coded("Mobs set fire to police stations in several districts.") == [("PROTEST", "riot", "asserted")]


@pytest.mark.parametrize(("text", "expected"), [
    # a where-clause set off by a comma goes on with the story; a restrictive one names the place
    ("The Chilean president visited Lima, where he pledged more aid to Peru.",
     [("CONSULT", "visit", "asserted"), ("AGREE", None, "asserted")]),
    # "that" stands for the aid given
    ("Japan praised the aid that Chile is giving to Peru.", [("SUPPORT", None, "asserted"), ("AID", None, "asserted")]),
    # banning a country's exports cuts relations; what a party calls something is no event of it,
    # but calling it illegal is an accusation
    ("Chile adopted new measures against Peru, banning exports of copper.", [("SANCTION", "discontinue", "asserted")]),
    ("The Peruvian foreign ministry called the sanctions illegal.", [("ACCUSE", "disapprove", "asserted")]),
    ("Japan gave Peru 500 million dollars.", [("AID", None, "asserted")]),
])
def test_coder_narrative_clauses_bans_and_namings(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert coded(text) == expected


def test_coder_a_which_clause_set_off_by_a_comma_tells_its_own_act() -> None:
    """Those who accepted the deal agreed, on the day the clause gives; the main clause's
    subject, who is to free prisoners under it, did not."""
    text = "Under the deal, which Chile and Peru accepted on Monday, Peru is to free ten prisoners."
    [agreement] = [e for e in eventmill.extract(text, date="2022-03-02").events if e.type == "AGREE"]
    assert agreement.actor is not None and agreement.actor.name == "Chile"
    assert agreement.date is not None and agreement.date.value == "2022-02-28"


@pytest.mark.parametrize(("text", "event_type", "actor"), [
    # the party charged with, blamed for or stopped from an act is the one who does it
    ("The rebels accused the military of bombing a market in Goma last month.", "ASSAULT", "military"),
    ("Chile accused Peru of shelling the border post.", "ASSAULT", "Peru"),
    # a name after a title the parser made a second subject
    ("Sudan's paramilitary Rapid Support Forces shelled a camp near El Fasher.", "ASSAULT",
     "Rapid Support Forces"),
])
def test_coder_the_charged_party_does_the_act(text: str, event_type: str, actor: str) -> None:
    [event] = [e for e in eventmill.extract(text, date="2022-03-02").events if e.type == event_type]
    assert event.actor is not None and event.actor.name == actor



def test_coder_taking_the_oath_of_office_is_no_promise() -> None:
    assert coded("The president was sworn in for a third term on Friday.") == []


@pytest.mark.parametrize(("text", "actor"), [
    # what explodes is the device, not its owner or maker
    ("A WHITE MONZA LOADED WITH 80 KG OF DYNAMITE EXPLODED IN FRONT OF THE GENERAL'S CAR.", None),
    ("TWO POWERFUL FELICIANO AMA MINES EXPLODED NEAR THE ARMY POST.", None),
    ("Rebels exploded a bomb at the station.", "Rebels"),
])
def test_coder_a_bursting_device_is_no_doer(text: str, actor: str | None) -> None:
    assert roles(text, "ASSAULT")[0] == actor


@pytest.mark.parametrize(("text", "expected"), [
    # a light verb acts on what lasts for days ("10 days of war games"); joint games are cooperation
    ("Chilean and Peruvian warships launched ten days of war games in the Pacific.", [("COOPERATE", None, "asserted")]),
    # strikes by workers stop work; strikes by a state are raids
    ("Unions began three days of strikes on Monday.", [("PROTEST", "strike", "asserted")]),
    ("Chile carried out strikes on rebel camps.", [("ASSAULT", "aerial", "asserted")]),
])
def test_coder_durations_and_strikes(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert coded(text) == expected


def test_coder_aid_carried_across_goes_where_it_crossed() -> None:
    text = "The agency said 200 trucks of aid crossed into Gaza through Rafah on Friday."
    assert roles(text, "AID") == (None, "Gaza Strip")


@pytest.mark.parametrize(("text", "expected"), [
    ("An Israeli strike on a school killed 20 people.", {"ASSAULT"}),
    # "the strike" in a story of attacks told back, not a walkout
    ("Iran launched drones at Israel. Iran said the strike was retaliation.", {"ASSAULT"}),
    ("Teachers began a strike on Monday. The strike ended on Friday.", {"PROTEST"}),
    ("Dockers staged a two-day strike.", {"PROTEST"}),
])
def test_coder_a_strike_by_a_state_or_on_a_target_is_an_attack(text: str, expected: set[str]) -> None:
    assert {e.type for e in eventmill.extract(text, date="2024-04-14").events} == expected


@pytest.mark.parametrize(("text", "mode"), [
    ("A drone strike hit the town on Monday.", "drone"),
    ("A cross-border strike killed seven Kurds on Monday.", None),
])
def test_coder_a_strike_its_words_arm_is_an_attack(text: str, mode: str | None) -> None:
    assert [(e.type, e.mode) for e in eventmill.extract(text, date="2024-04-14").events] == [("ASSAULT", mode)]


def test_coder_who_died_in_a_deadly_strike_was_struck() -> None:
    [event] = eventmill.extract("Seven people died in a deadly strike on Monday.", date="2024-04-14").events
    assert (event.type, event.actor, event.recipient.name) == ("ASSAULT", None, "people")


@pytest.mark.parametrize(("text", "expected"), [
    # people captured by authorities are arrested; by anyone else, or kidnapped by anyone, abducted
    ("Police captured the suspect in Medellin on Monday.", ("COERCE", "arrest")),
    ("Officials seized two journalists on Monday.", ("COERCE", "arrest")),
    ("Guerrillas captured two soldiers on Monday.", ("ASSAULT", "abduct")),
    ("Police kidnapped three activists on Monday.", ("ASSAULT", "abduct")),
])
def test_coder_people_captured_by_authorities_are_arrested(text: str, expected: tuple[str, str]) -> None:
    assert [(e.type, e.mode) for e in eventmill.extract(text, date="2024-04-14").events] == [expected]


def test_coder_a_vow_to_punish_is_a_threat() -> None:
    events = eventmill.extract("Putin vowed to punish those behind the attack.", date="2024-03-23").events
    assert [e.type for e in events] == ["THREATEN"]


def test_coder_a_noun_naming_a_party_is_no_event() -> None:
    events = eventmill.extract("Aid agencies condemned the blockade.", date="2023-10-06").events
    assert [(e.type, e.actor.name if e.actor else None) for e in events] == [("ACCUSE", "Aid agencies")]


@pytest.mark.parametrize("text", [
    "Landowners began a hunger strike outside parliament to demand the return of their land.",
    "Thousands of protesters rallied in Yerevan, demanding the resignation of the prime minister.",
])
def test_coder_a_protests_demand_is_the_protest(text: str) -> None:
    assert [e.type for e in eventmill.extract(text, date="2023-09-20").events] == ["PROTEST"]


@pytest.mark.parametrize(("text", "expected"), [
    ("NATO peacekeeping troops have arrived in Bosnia.", ("AID", None)),
    ("Russian troops arrived in Minsk on Monday.", ("MOBILIZE", "troops")),
    ("The foreign minister arrived in Paris on Monday.", ("CONSULT", "visit")),
    # a UN agency forced out is expelled; people forced out are deported
    ("Jakarta forced the UN refugee agency, UNHCR, out of the country.", ("SANCTION", "expel")),
    ("The army forced thousands of villagers out of the valley.", ("COERCE", "deport")),
])
def test_coder_who_arrives_or_is_forced_out_decides_the_type(text: str, expected: tuple[str, str | None]) -> None:
    events = eventmill.extract(text, date="1995-01-01").events
    assert [(e.type, e.mode) for e in events] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # closing what opening would open: a border cuts relations, a crossing restricts movement
    ("Poland shut its border with Belarus on Monday.", ("SANCTION", "discontinue", "asserted")),
    ("Canada closed its embassy in Tehran.", ("SANCTION", "discontinue", "asserted")),
    ("Israel closed the Rafah crossing on Sunday.", ("COERCE", "restrict", "asserted")),
    ("Israel opened the crossing for aid trucks.", ("RETREAT", "access", "asserted")),
])
def test_coder_closing_borders_crossings_and_embassies(text: str, expected: tuple[str, str | None, str]) -> None:
    assert expected in coded(text)


def test_coder_a_closed_road_is_no_event() -> None:
    assert coded("The road next to the zoo was closed after two devices were found.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The bill will restrict the application of the law.", ("COERCE", "restrict", "planned")),
    ("These measures will deeply injure those who defend free trade.", ("ASSAULT", None, "planned")),
    # a party's own: a subject with a possessor, or a visiting group of a party, is someone's
    ("Our units will attack the Honduran troops.", ("THREATEN", "violence", "asserted")),
    ("Santos said that a delegation of the FMLN will travel to Caracas.", ("AGREE", None, "asserted")),
])
def test_coder_what_a_thing_will_do_is_a_forecast(text: str, expected: tuple[str, str | None, str]) -> None:
    assert coded(text) == [expected]


@pytest.mark.parametrize(("text", "threat"), [
    # a warning that foretells threatens no one
    ("The UN warned that there could be a famine in Gaza.", False),
    ("Aid agencies warned that millions could starve.", False),
    ("Economists warned that inflation would rise.", False),
    # one of a blow, a reprisal or a condition does
    ("The rebels warned that they would attack the capital.", True),
    ("Kobakhidze warned that those who had organised the violence would be held to account.", True),
    ("Beijing warned that it would take resolute measures if the meeting went ahead.", True),
    ("Iran warned that it would respond to any attack.", True),
    ("Baker warned that aid to El Salvador will depend on progress in the priests' case.", True),
    ("The security chief warned that police will no longer tolerate rallies by the group.", True),
    ("A spokesman warned that any outlet relaying propaganda would be taken off the air.", True),
    ("The leader warned that stores and supermarkets might be sacked.", False),
    ("Aid agencies warned that they could run out of food.", False),
    # what a party is told it will face: a penalty threatens it, a danger does not
    ("The interior minister warned that protesters who blocked roads would face arrest.", True),
    ("The minister warned that striking doctors would face detention.", True),
    ("The UN warned that millions would face famine.", False),
    ("The president warned that the country would face more attacks.", False),
])
def test_coder_a_warning_threatens_only_what_its_speaker_would_do(text: str, threat: bool) -> None:
    assert ("THREATEN" in [t for t, _, _ in coded(text)]) == threat


@pytest.mark.parametrize(("text", "visit"), [
    ("Trucks carrying aid arrived in Gaza on Monday.", False),
    ("The first aid ship arrived in Cyprus on Friday.", False),
    ("The Chinese delegation arrived in Kyiv on Monday.", True),
])
def test_coder_a_conveyance_that_arrives_pays_no_visit(text: str, visit: bool) -> None:
    assert (("CONSULT", "visit", "asserted") in coded(text)) == visit


@pytest.mark.parametrize(("text", "expected"), [
    ("Putin received Erdogan at his residence.", ["CONSULT"]),
    ("Erdogan was received by Putin at his residence.", ["CONSULT"]),
    ("The president received a delegation of Hamas leaders.", ["CONSULT"]),
    ("The mission received credible reports of abuses.", []),
    ("The mayor received three bullet wounds.", []),
    ("The pilots received orders to stand ready.", []),
])
def test_coder_receiving_meets_only_a_party_or_a_visit(text: str, expected: list[str]) -> None:
    assert [t for t, _, _ in coded(text)] == expected


def test_coder_a_vow_whose_to_clause_the_parser_hung_as_adverbial_is_still_a_vow() -> None:
    events = coded("Ethnic Albanians have sworn to fight until they gain control of villages near the border.")
    assert ("THREATEN", "violence", "asserted") in events
    assert [e for e in events if e[0] == "ASSAULT" and e[2] == "asserted"] == []


def test_coder_taking_charge_is_no_charge_but_receiving_threats_tells_threats() -> None:
    assert coded("Brazil took charge of the Argentine embassy in Caracas.") == []
    assert [t for t, _, _ in coded("The judge had received death threats from the cartel.")] == ["THREATEN"]


@pytest.mark.parametrize("text", [
    "Ukraine's foreign ministry called the vote illegitimate.",
    "Iran described the strikes as a flagrant violation of international law.",
    "France called the raid a cowardly act.",
])
def test_coder_calling_something_by_a_word_of_condemnation_is_an_accusation(text: str) -> None:
    assert ("ACCUSE", "disapprove", "asserted") in coded(text)


@pytest.mark.parametrize("text", [
    "He called it a historic day.",  # no condemnation
    # said in passing, the judgement is the reason for the statement it hangs on
    "The president said she would not leave office, calling the legislature illegitimate.",
])
def test_coder_a_judgement_that_condemns_nothing_or_is_said_in_passing_is_no_accusation(text: str) -> None:
    assert "ACCUSE" not in [t for t, _, _ in coded(text)]


def test_coder_what_a_move_is_called_is_no_event_of_its_own() -> None:
    assert [t for t, _, _ in coded("Netanyahu said the court's move was an attack on Israel.")] == []


def test_coder_a_warrant_for_someone_accuses_them() -> None:
    events = eventmill.extract("The prosecutor applied for arrest warrants for the Chilean defence minister.",
                               date="2024-05-20").events
    assert [(e.type, e.recipient.country if e.recipient else None) for e in events] == [("ACCUSE", "CHL")]


def test_coder_a_truce_or_a_deal_told_beside_a_toll_carries_none() -> None:
    events = eventmill.extract("A ceasefire took effect on Wednesday after mediators brokered a deal to end "
                               "fighting that has killed nearly 4,000 people.", date="2024-11-27").events
    assert events and all(e.counts.fatalities is None for e in events if e.type != "ASSAULT")


def test_coder_a_visit_to_a_place_at_home_meets_no_one() -> None:
    assert coded("Chilean President Gabriel Boric visited the front line near Arica on Monday.") == []
    assert ("CONSULT", "visit", "asserted") in coded("Chilean President Gabriel Boric visited Lima on Monday.")


def test_coder_protests_an_arrest_sparked_are_not_its_doers_and_carry_their_own_toll() -> None:
    events = eventmill.extract("Paramilitary forces arrested the former prime minister on Tuesday, sparking violent "
                               "protests in which at least six people were killed.", date="2023-05-10").events
    arrest = next(e for e in events if e.type == "COERCE")
    protest = next(e for e in events if e.type == "PROTEST")
    assert arrest.counts.fatalities is None and protest.counts.fatalities == 6
    assert protest.actor is None


@pytest.mark.parametrize("text", ["Authorities suspended mobile internet services on Tuesday.",
                                  "The government suspended mobile phone services across the country."])
def test_coder_suspending_the_internet_is_censorship(text: str) -> None:
    assert ("COERCE", "censor", "asserted") in coded(text)


@pytest.mark.parametrize("text", ["The hospital received dozens of wounded on Friday.",
                                  "The hospital received 40 bodies on Friday."])
def test_coder_a_hospital_receiving_the_wounded_meets_no_one(text: str) -> None:
    assert coded(text) == []


def test_coder_hanging_people_is_an_execution_and_hanging_banners_no_event() -> None:
    assert [t for t, _, _ in coded("Iran hanged two men on Saturday.")] == ["ASSAULT"]
    assert "ASSAULT" not in [t for t, _, _ in coded("Students hung banners on the bridge.")]


def test_coder_engaging_with_someone_is_meeting_them_and_engaging_in_fighting_is_not() -> None:
    assert ("AGREE", None, "asserted") in coded("The president said he was ready to engage with the protesters.")
    assert "CONSULT" not in [t for t, _, _ in coded("Troops engaged in fierce fighting with rebels.")]


@pytest.mark.parametrize(("text", "actor"), [
    # "adopt" is a light verb, and a package of sanctions is sanctions
    ("The European Union adopted a new package of sanctions against Russia, targeting tankers of its shadow fleet.",
     "EUR"),
    ("Washington imposed sanctions on Tehran, targeting its oil exports.", "USA"),
])
def test_coder_a_participle_saying_whom_an_act_aims_at_is_no_attack(text: str, actor: str) -> None:
    article = eventmill.extract(text, date="2022-03-02")
    assert [(e.type, e.actor and e.actor.country) for e in article.events] == [("SANCTION", actor)]


def test_coder_the_reason_for_a_protest_carries_another_acts_toll() -> None:
    events = eventmill.extract("The minister resigned after weeks of protests over the collapse of a bridge that "
                               "killed 12 people.", date="2025-01-28").events
    protest = next(e for e in events if e.type == "PROTEST")
    assert protest.counts.fatalities is None


@pytest.mark.parametrize("text", [
    "The president said Chile would defend its democracy.",
    "Chile defended its decision to close the border.",
])
def test_coder_defending_ones_own_cause_supports_no_one(text: str) -> None:
    assert coded(text) == []


@pytest.mark.parametrize("text", [
    "Japan gave $5 million to the Palestinian Authority.",
    "The secretary of state announced an additional $100 million for the police mission in Haiti.",
])
def test_coder_a_sum_given_or_announced_for_someone_is_aid(text: str) -> None:
    assert ("AID", None, "asserted") in coded(text)


def test_coder_a_figure_that_is_subject_and_passive_subject_counts_once() -> None:
    events = eventmill.extract("Police said 107 people were injured and 532 arrested.", date="2025-07-08").events
    assert max(e.counts.arrests or 0 for e in events) == 532


@pytest.mark.parametrize(("text", "expected"), [
    # a truce is a ceasefire: declared and observed it is carried out, reached it is agreed
    ("The rebel alliance declared a unilateral truce on Monday.", ("RETREAT", "ceasefire", "asserted")),
    ("The two sides reached a truce on Monday.", ("AGREE", None, "asserted")),
    # breaking or violating one is fighting
    ("Rebels broke the truce on Monday.", ("ASSAULT", None, "asserted")),
    ("Chilean troops violated the ceasefire near the border.", ("ASSAULT", None, "asserted")),
])
def test_coder_truces_and_their_breach(text: str, expected: tuple[str, str | None, str]) -> None:
    assert coded(text) == [expected]


def test_coder_ramming_a_bill_through_is_no_attack() -> None:
    assert coded("The ruling party rammed the bill through parliament.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru warned Chile of serious consequences.", [("THREATEN", None, "asserted")]),
    ("The agency warned of an imminent famine in the north.", []),
])
def test_coder_a_warning_of_consequences_is_a_threat_of_a_danger_none(
        text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert coded(text) == expected


def test_coder_withdrawing_an_envoy_is_a_sanction_withdrawing_troops_a_retreat() -> None:
    assert coded("Peru said it was withdrawing its ambassador from Santiago.") == [("SANCTION", "withdraw", "asserted")]
    assert coded("Peru withdrew its troops from the border.") == [("RETREAT", "withdraw", "asserted")]


def test_coder_someone_arrested_and_flown_abroad_pays_no_visit() -> None:
    events = eventmill.extract("The former president was arrested in Lima on Tuesday and flown to The Hague.",
                               date="2025-03-12").events
    assert [(e.type, e.location and e.location.name) for e in events] == [("COERCE", "Lima")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru sent rescue teams and aid to Chile.", ("AID", None, "asserted")),
    ("The United Nations sent a team of investigators to Chile.", ("ACCUSE", "investigate", "asserted")),
])
def test_coder_who_is_sent_says_what_sending_them_is(text: str, expected: tuple[str, str | None, str]) -> None:
    assert coded(text) == [expected]


def test_coder_a_hedged_strike_is_known_by_its_target() -> None:
    # a hedge says nothing of the strike's kind; its target and its striker do
    types = [e.type for e in eventmill.extract("Peru fired missiles at Chile in retaliation for a suspected Chilean "
                                               "strike on its consulate in Arica.", date="2024-04-14").events]
    assert "ASSAULT" in types and "PROTEST" not in types
    assert coded("Dockers began a planned strike on Monday.") == [("PROTEST", "strike", "asserted")]


@pytest.mark.parametrize("text", ["Peru vowed revenge for the strike.", "The rebels promised retaliation."])
def test_coder_a_vow_of_revenge_is_a_threat(text: str) -> None:
    assert coded(text) == [("THREATEN", "violence", "asserted")]


@pytest.mark.parametrize(("text", "expected"), [
    # a price another will pay, for a hostile act or named, is a reprisal vowed; what it pays for was done
    ("Netanyahu vowed that Iran would pay for the attack.",
     [("THREATEN", "violence", "asserted"), ("ASSAULT", None, "asserted")]),
    ("The rebels warned that the government would pay a heavy price.", [("THREATEN", "violence", "asserted")]),
    ("Netanyahu vowed that Hamas would pay dearly.", [("THREATEN", "violence", "asserted")]),
    # paying for a rebuilding threatens no one
    ("The minister said Germany would pay for the reconstruction.", []),
])
def test_coder_a_price_vowed_on_another_is_a_threat(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "met with" in the passive tells how something was received: no meeting, no promise of one
    ("The military said the attack would be met with force.", []),
    ("The envoy was met by the foreign minister at the airport.", [("CONSULT", None, "asserted")]),
])
def test_coder_being_met_with_something_is_no_meeting(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # countermeasures are sanctions: announced, they threaten relations; taken, they are sanctions
    ("Belarus said it would respond with countermeasures.", [("THREATEN", "relations", "asserted")]),
    ("China said it would take countermeasures.", [("THREATEN", "relations", "asserted")]),
    ("China took countermeasures against US firms.", [("SANCTION", None, "asserted")]),
])
def test_coder_countermeasures_are_sanctions(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an urging beside a verb that judges a strike is no demand of the strike's
    ('The health secretary called the strike "unnecessary" and urged doctors to return to talks.',
     [("ACCUSE", "disapprove", "asserted"), ("REQUEST", None, "asserted")]),
    ("The minister condemned the strike and urged workers to return.",
     [("ACCUSE", "disapprove", "asserted"), ("REQUEST", None, "asserted")]),
    # beside a verb that does the protest it is the protest's own demand
    ("The union called a strike and demanded higher pay.", [("PROTEST", "strike", "asserted")]),
])
def test_coder_a_demand_beside_a_judged_protest_is_its_own(text: str,
                                                           expected: list[tuple[str, str | None, str]]) -> None:
    assert [e for e in coded(text) if e[0] != "CONSULT"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a vow to bring someone to justice threatens prosecution, whatever the parser hangs the phrase on
    ("Sharif vowed to bring those responsible to justice.", [("THREATEN", "arrest", "asserted")]),
    ("Police brought the suspects to justice.", [("COERCE", "arrest", "asserted")]),
])
def test_coder_bringing_to_justice(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert coded(text) == expected


def test_coder_a_condemned_attack_is_one_told_by_a_word_folded_into_another() -> None:
    """"Iran launched drones … in its first direct attack": the attack noun folded into "launched"
    still tells which act "condemned the attack" answers, not the air strike told after it."""
    text = ("Iran launched more than 300 drones and missiles at Israel overnight in its first direct attack on "
            "Israeli territory, but nearly all were shot down, Israel's military said on Sunday.\n"
            "Iran said the strike was in retaliation for a suspected Israeli air strike on its embassy compound "
            "in Damascus on April 1 that killed seven Revolutionary Guards officers.\n"
            "Group of Seven leaders condemned the attack.")
    condemned = next(e for e in eventmill.extract(text, date="2024-04-14").events if e.type == "ACCUSE")
    assert condemned.recipient is not None and condemned.recipient.name == "Iran"


@pytest.mark.parametrize(("text", "expected"), [
    # a place in front of "strike" says where, not what kind: the strike told before
    ("Israeli jets struck Damascus on Monday. Israel did not claim responsibility for the Damascus strike.",
     [("ASSAULT", "aerial", "asserted")]),
    ("Workers in Lagos began a strike. The Lagos strike paralysed the port.", [("PROTEST", "strike", "asserted")]),
])
def test_coder_a_place_named_before_strike_says_nothing_of_its_kind(
        text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert coded(text) == expected


def test_coder_a_gerund_a_harm_was_done_during_is_the_same_fight() -> None:
    assert coded("Two soldiers were wounded during fighting with the rebels.") == [("ASSAULT", None, "asserted")]


@pytest.mark.parametrize(("text", "expected"), [
    # a raid from the air is a bombing; scuffles are clashes
    ("Israeli air raids killed 12 people in Gaza.", [("ASSAULT", "aerial", "asserted")]),
    ("Police scuffled with protesters outside the court.", [("ASSAULT", None, "asserted")]),
])
def test_coder_air_raids_and_scuffles_are_assaults(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert [e for e in coded(text) if e[0] != "PROTEST"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a raid by armed forces on an armed group is an attack
    ("Israeli troops raided Hezbollah positions in southern Lebanon.", ("ASSAULT", None, "asserted")),
    # on homes or offices, it is a search, as police raids are
    ("Israeli troops raided homes in Jenin.", ("COERCE", "seize", "asserted")),
    ("Police raided the offices of the opposition party.", ("COERCE", "seize", "asserted")),
])
def test_coder_an_armed_raid_on_armed_men_is_an_assault(text: str, expected: tuple[str, str | None, str]) -> None:
    assert coded(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # strikes counted in days or called for are work stoppages
    ("Opposition leader Venancio Mondlane called for a week of strikes.", ("PROTEST", "strike")),
    # aimed at a target, or by a state, they are attacks
    ("Israel carried out a week of strikes on Gaza.", ("ASSAULT", "aerial")),
])
def test_coder_strikes_counted_in_days_are_stoppages(text: str, expected: tuple[str, str]) -> None:
    article = eventmill.extract(text, date="2024-11-10")
    assert expected in [(e.type, e.mode) for e in article.events]


def test_coder_a_reaction_names_the_act_by_its_word() -> None:
    # "the strikes" are the aircraft's, though the strikes answered an earlier missile attack told since
    text = ("Israeli aircraft struck military sites in Iran on Saturday in retaliation for Tehran's missile attack "
            "on October 1. Qatar condemned the strikes as a violation of Iran's sovereignty.")
    condemned = next(e for e in eventmill.extract(text, date="2024-10-27").events if e.type == "ACCUSE")
    assert condemned.recipient is not None and condemned.recipient.country == "ISR"


@pytest.mark.parametrize("text", [
    "The government vowed to fight corruption and drug trafficking.",
    "The army launched an offensive against drug trafficking on Monday.",
    "Firefighters fought the blaze for six hours on Monday.",
])
def test_coder_force_against_a_phenomenon_is_no_act_against_anyone(text: str) -> None:
    assert not [t for t, _, _ in coded(text) if t in ("ASSAULT", "COERCE", "THREATEN")]


@pytest.mark.parametrize("text", [
    "The court regards the decision as an attack on the judicial branch.",
    "The union denounced the new law as an assault on workers.",
])
def test_coder_what_something_is_called_as_is_no_act(text: str) -> None:
    assert "ASSAULT" not in [t for t, _, _ in coded(text)]


@pytest.mark.parametrize("text", [
    "Has the president forgotten the assassinations committed by the guerrillas?",
    "The bishop recalled the killings committed by the guerrillas.",
])
def test_coder_who_forgets_or_recalls_an_act_did_not_do_it(text: str) -> None:
    # the doer is the participle's agent; recalling killings recalls no envoy (SANCTION)
    article = eventmill.extract(text, date="2022-03-02")
    [attack] = [e for e in article.events if e.type != "SANCTION"]
    assert attack.type == "ASSAULT" and attack.actor is not None and attack.actor.name == "guerrillas"
    assert not [e for e in article.events if e.type == "SANCTION"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The death squads committed the assassinations.", ("ASSAULT", "targeted", "asserted")),
    ("The assassinations were committed by the death squads.", ("ASSAULT", "targeted", "asserted")),
    ("The government committed to holding elections.", ("AGREE", None, "asserted")),
])
def test_coder_committing_an_act_does_it_committing_to_one_promises_it(text: str,
                                                                       expected: tuple[str, str | None, str]) -> None:
    assert coded(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("A bomb went off at the Israeli embassy on Monday.", [("ASSAULT", "explosives", "asserted")]),
    ("The alarm went off at dawn.", []),
    ("The talks went off well.", []),
])
def test_coder_a_weapon_that_goes_off_is_a_blast(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert coded(text) == expected


def test_coder_one_who_goes_somewhere_to_meet_is_no_device() -> None:
    article = eventmill.extract("The president will go to Washington to meet Bush next week.", date="2022-03-02")
    [meeting] = article.events
    assert meeting.type == "CONSULT" and meeting.actor is not None and meeting.actor.name == "president"


def test_coder_an_exchange_of_fire_that_did_not_happen_is_a_negated_assault() -> None:
    # "fire" is no phenomenon like "the blaze": the exchange of fire is a clash, here denied
    assert coded("There had been no exchange of fire so far, Afghan officials said.") == [
        ("ASSAULT", "firearms", "negated")]


@pytest.mark.parametrize(("text", "expected"), [
    # speaking to the press is a statement, no meeting of parties
    ("The minister spoke to reporters in Kabul on Monday.", []),
    ("The general talked with foreign correspondents about the offensive.", []),
    ("The minister met Qatari officials in Doha.", [("CONSULT", None, "asserted")]),
])
def test_coder_talking_to_the_press_is_no_consultation(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # coordinated verbs naming different means are two attacks
    ("Militants kidnapped three aid workers and detonated two bombs in the market.",
     [("ASSAULT", "abduct", "asserted"), ("ASSAULT", "explosives", "asserted")]),
    # a participle, or a verb naming no means of its own, elaborates the attack it goes with (the
    # gunmen's firearms are the doers' means, not the verb's)
    ("Gunmen attacked a mosque in the north and set off a bomb, wounding 40 people.",
     [("ASSAULT", "firearms", "asserted")]),
    ("Militants detonated two bombs in the market, kidnapping three aid workers.",
     [("ASSAULT", "explosives", "asserted")]),
    # two means against one target told once are one raid
    ("Helicopters began bombing and firing rockets at the village on Monday.", [("ASSAULT", "aerial", "asserted")]),
])
def test_coder_a_coordinated_attack_by_other_means_is_an_event_of_its_own(
        text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert coded(text) == expected


def test_coder_up_to_a_number_is_the_counted_object() -> None:
    [kidnapping] = eventmill.extract("Rebels kidnapped up to 16 Russian advisers on Monday.", date="1989-05-02").events
    assert kidnapping.recipient is not None and kidnapping.recipient.country == "RUS"


@pytest.mark.parametrize(("text", "recipient"), [
    # an attack aimed at someone named is aimed at them, whoever else it killed
    ("Two bodyguards were killed in an attack on Senator Luis Garcia in Bogota.", "Luis Garcia"),
    ("Two bodyguards were killed during an attack on Senator Luis Garcia in Bogota.", "Luis Garcia"),
    # a thing hit is no party: the victims stay the recipient
    ("Two bodyguards were killed in an attack on the convoy near Bogota.", "bodyguards"),
])
def test_coder_a_harm_in_an_attack_on_someone_named_is_aimed_at_them(text: str, recipient: str) -> None:
    [attack] = eventmill.extract(text, date="1989-08-20").events
    assert attack.type == "ASSAULT" and attack.recipient is not None and attack.recipient.name == recipient
    assert attack.counts.fatalities == 2


@pytest.mark.parametrize(("text", "expected", "recipient"), [
    # fired into open water, hitting no one: a test or show of force
    ("North Korea fired two ballistic missiles into the sea off its east coast.", ("MOBILIZE", "weapons"), None),
    ("Iran launched a missile into waters near the Gulf.", ("MOBILIZE", "weapons"), None),
    # fired at a party at sea: an attack
    ("Houthi rebels fired missiles at a tanker in the Red Sea.", ("ASSAULT", "heavy-weapons"), "tanker"),
])
def test_coder_missiles_fired_into_the_sea_are_a_show_of_force(text: str, expected: tuple[str, str],
                                                                  recipient: str | None) -> None:
    [event] = eventmill.extract(text, date="2023-11-02").events
    assert (event.type, event.mode) == expected
    assert (event.recipient.name if event.recipient else None) == recipient


def test_coder_destruction_an_attack_wrought_is_the_attack() -> None:
    """"Setting it on fire" tells what the drone strike did; no state demolition is told."""
    events = eventmill.extract("Ukrainian drones struck an oil depot in the Rostov region, setting it on fire.",
                               date="2024-08-26").events
    assert {e.type for e in events} == {"ASSAULT"}
