"""Per-theme phrase table for the demo assessment (what Exampleland did, plans, lacks, asks for).

Kept apart from :mod:`poa_desktop.services.demo.content`, which assembles the answers, because it
is prose data, not logic.
"""

from __future__ import annotations

from typing import NamedTuple


class Theme(NamedTuple):
    agencies: tuple[str, ...]  # short names, most responsible first
    laws: tuple[str, ...]  # keys of _LAWS
    kinds: tuple[str, ...]  # assistance kinds Exampleland would ask for
    maturity: int  # added to the status roll: positive means more often implemented
    done: str  # what was done, for implemented measures
    progress: str  # what is under way, for developing ones
    gap: str  # the main challenge
    need: str  # the assistance Exampleland would ask for
    target: str  # a national target


# Six lines a theme: "id | agencies | laws | assistance kinds | maturity", then done, progress,
# gap, need and target, one line each.
THEME_TABLE = """\
coordination | MFA NP CBS | arms | technical | 15
The National Commission on Small Arms, set up by decree in 2014, met quarterly in 2024 and 2025.
New terms of reference adding the Statistics Office to the Commission await Cabinet approval.
The National Commission has no budget line of its own; two seconded staff run it.
Support to set up a permanent secretariat and case database for the National Commission.
A fully staffed National Commission secretariat with its own budget line.
legislation | MOJ FLA NP | arms penal | legal | 15
The Firearms and Ammunition Act 2012, amended in 2021, regulates the whole life cycle of firearms.
An amendment bill drafted after a 2024 legal gap analysis was tabled in Parliament in 2025.
Parliamentary time is scarce and the bill competes with other justice reforms.
Legal drafting advice to align national law with the Firearms Protocol and the ITI.
Amendments to the Firearms and Ammunition Act adopted by Parliament.
stockpile-management | MOD NP | depot | equipment training | 5
All 23 police and military armouries were inspected against MOSAIC in 2024; six were refitted.
A national armoury security standard was adopted in 2025; 9 of the 23 armouries meet it so far.
Several rural police stations still keep weapons in buildings below the standard.
Safes, racks and alarms for 12 police armouries, and training for 40 armourers.
All 23 State armouries meet the national security standard.
disposal-destruction | MOD NP | depot | equipment technical | 5
The Ministry of Defence destroyed 6,480 surplus and seized weapons by cutting in 2024-2025.
A 2025 review of military holdings declared 2,100 weapons surplus; they await destruction.
There is no national facility to destroy unserviceable ammunition safely.
A mobile cutting unit and training for a national destruction team.
Every weapon declared surplus in the 2025 review destroyed.
transfer-controls | FLA CBS MFA | export | technical | 10
Every transfer needs a licence after a risk assessment; 312 were issued and 9 refused in 2024-2025.
An electronic licensing system linking the Licensing Authority and Customs was piloted in 2025.
Checks that delivered weapons reach the declared end user are not systematic.
Technical support to design post-shipment verification procedures.
Electronic licensing in use for all transfer applications.
diversion | NP CBS FLA | export arms | training | 0
A diversion-risk checklist applies to all licences, and all 17 incidents in 2024-2025 were probed.
A joint Police-Customs diversion analysis cell was set up in 2025 and is recruiting analysts.
Losses and thefts from private security companies are under-reported.
Training for the analysts of the diversion cell on case analysis and risk profiling.
Every reported loss or theft analysed by the joint cell within 30 days.
brokering | FLA MOJ | broker | legal | 15
Brokers must register and hold a licence per deal; six are registered and one was convicted in 2023.
A 2025 draft amendment extends brokering controls to nationals acting abroad.
Brokering by nationals living abroad is hard to detect and prosecute.
Legal advice on extraterritorial brokering controls and their enforcement.
Brokering controls extended to Exampleland nationals acting abroad.
marking | NP MOD FLA | mark | equipment training | 5
Since 2015 all new and imported weapons bear a unique mark; 41,300 older State arms were marked.
Marking of older police weapons is 70% complete; Defence holdings follow in 2026-2027.
Two marking machines cannot reach remote provinces and one needs spare parts.
Two mobile laser marking machines and training for eight operators.
All State-owned small arms marked to the national standard.
record-keeping | FLA NP MOD | mark | equipment technical | 5
The national firearms register holds 187,000 civilian and State weapons, kept indefinitely.
Paper records from before 2010 are being digitized; 60% were entered by the end of 2025.
Regional police stations are not yet connected to the central register.
Servers and software to connect 30 regional police stations to the register.
All historical paper records entered in the national register.
tracing | NP CBS MOJ | mark penal | training | 0
The Police Tracing Unit sent 64 requests in 2024-2025 and answered 21 of the 23 it received.
Procedures to trace every seized weapon were drafted in 2025 and are tested in two provinces.
Answers to outgoing tracing requests often take months, and some never come.
Training for 25 investigators on tracing and on INTERPOL's iARMS and IBIN.
Every seized weapon traced under the new standard procedure.
manufacturing-technology | NP FLA MOJ | penal arms | training technical | -15
The 2021 amendments made illicit manufacture, including by 3D printing, a criminal offence.
A 2025 study on 3D-printed, polymer and modular weapons will inform a regulation on components.
Forensic capacity to identify 3D-printed and modular weapons is limited.
Forensic training and equipment to examine 3D-printed and polymer weapons.
A regulation defining the essential components of modular weapons.
deactivation-conversion | FLA NP | deact | technical | -10
The Licensing Authority certified 212 weapons deactivated to the 2022 standard in 2024-2025.
Rules on convertible alarm and signal weapons were drafted after a 2025 police report.
Converted blank-firing pistols are seized more often and are not all recorded.
Expert help to test deactivation standards and examine converted weapons.
Controls on convertible alarm and signal weapons in force.
online-trade | NP CBS | penal customs | training | -15
A police cybercrime unit has watched online marketplaces since 2022 and referred 11 cases.
An agreement with the two largest marketplaces on removing firearm listings is being negotiated.
Investigating sales on the dark web needs skills the police do not yet have.
Training on dark-web investigations and tracing cryptocurrency payments.
Agreements with the main online platforms and courier companies signed.
border-customs | CBS NP | customs export | equipment | 5
Customs installed X-ray scanners at the main crossings in 2023 and seized 1,140 firearms since.
Joint patrols with a neighbouring State started on one border segment in 2025.
Long land borders with few crossing points are hard to patrol.
Vehicle scanners and detection kits for two land crossings.
Joint patrols cover every land border.
conflict-post-conflict | MOD MFA | | training | -5
Units deployed to UN peace operations have been trained on weapons management since 2019.
A national guidance note on weapons management in peace operations was drafted in 2025.
Few national trainers are qualified on weapons and ammunition management.
A train-the-trainers course on weapons and ammunition management for 20 officers.
Every contingent trained on weapons and ammunition management before deployment.
arms-embargoes | MFA CBS FLA | export | technical | 10
Security Council embargoes take effect by ministerial order within ten days of their adoption.
An embargo watch-list is being built into the Customs risk system in 2025.
Embargo updates reach border posts late.
Support to connect the Customs system to United Nations sanctions lists.
Automatic embargo screening of all shipments in the Customs system.
gender | MGE NP NSO | dv | technical training | -10
Women hold 7 of 19 seats on the Commission; since 2020 abusers' firearm licences are suspended.
A gender analysis of small arms policy was launched with the Gender Ministry in 2025.
Data on firearm violence are not yet disaggregated by sex and age nationwide.
Support for a national gender analysis and for disaggregated data collection.
Women make up at least 40% of the National Commission and its working groups.
youth | MGE NP | | training | -5
A youth advisory group of 15 members aged 18 to 29 has advised the Commission since 2023.
A youth violence-prevention programme was piloted in three cities in 2025.
Youth organizations outside the capital are hard to reach.
Training for youth workers on preventing armed violence.
Youth violence-prevention programmes in all provinces.
sdg-16-4 | NSO NP CBS | stats | technical | 0
The Statistics Office has reported SDG indicator 16.4.2 every year since 2021.
A common seizure data standard for Police, Customs and Defence was drafted in 2025.
Seizure data from the provinces arrive late and in different formats.
Technical support to build a single seizure database for SDG indicator 16.4.2.
Complete indicator 16.4.2 data published every year.
cooperation-assistance | MFA MOD NP | | financial technical | -5
Two bilateral partners and UNODC funded marking and stockpile projects in 2022-2025.
A list of priority needs drawn from the national action plan was prepared in 2025.
Donor projects are short and their results are hard to sustain.
Multi-year funding for the priority projects of the national action plan.
A donor coordination meeting held every year with partners.
information-exchange | NP MFA CBS | | technical equipment | 5
Police, Customs and the Licensing Authority have shared one seizure database since 2021.
Access to the shared seizure database is being extended to prosecutors in 2025.
Agencies still use separate systems that do not exchange data automatically.
Software support to link the agencies' databases securely.
Automatic data exchange between Police, Customs and the Licensing Authority.
reporting-transparency | MFA NSO | stats | technical | 15
Exampleland submitted national reports in 2016, 2018, 2020, 2022 and 2024.
A template to collect report data from all agencies each year was introduced in 2025.
Collecting figures from agencies for each report still takes months.
Support to build a data workflow for national reports.
National reports submitted on time in every cycle.
regional-cooperation | MFA NP CBS | | technical training | 5
Exampleland implements the 2021 subregional road map and signed a data-sharing protocol in 2024.
Regional targets under the subregional road map were under negotiation in 2025.
Regional meetings are irregular and depend on outside funding.
Support for joint regional training with neighbouring States.
All road map milestones due for Exampleland met.
terrorism-crime | NP MOJ CBS | penal | training | 5
Trafficking carries up to 15 years in prison; 96 people were convicted of it in 2024-2025.
A specialized prosecution team for firearms and organized crime was being set up in 2025.
Links between firearms trafficking and organized crime are rarely investigated.
Training for prosecutors and judges on firearms trafficking cases.
A specialized firearms prosecution team in every judicial district.
ammunition | MOD NP FLA | depot arms | equipment technical | 0
Depots were surveyed in 2024 and 42 tonnes of unserviceable ammunition were destroyed.
Lot marking of police ammunition is being introduced from 2025.
Ammunition depots are close to inhabited areas.
Technical advice and equipment to relocate two ammunition depots.
Both remaining ammunition depots meet IATG risk-reduction levels.
civil-society-industry | MFA FLA | | training | 0
Two NGOs and the dealers' association sit on the Commission; 40 dealers were briefed in 2024.
A code of conduct with licensed dealers and the two local manufacturers is being negotiated.
Civil society has little funding to take part in the Commission's work.
Support for civil society research and monitoring.
A code of conduct signed with licensed dealers and manufacturers.
culture-of-peace | MGE NP | | training | 5
Peace education has been taught in schools since 2020; a 2024 amnesty collected 3,250 weapons.
A national awareness campaign on the risks of illicit weapons is planned for 2026.
Awareness campaigns reach few rural communities.
Support for a national awareness campaign.
A national awareness campaign reaching every province.
follow-up-meetings | MFA | | financial | 10
Police and Customs experts were in the delegations to BMS8 in 2022 and RevCon4 in 2024.
Preparations for BMS9 started in 2025 with a national consultation.
Sending experts from the capital to meetings is costly.
Funding for national experts to attend meetings in New York.
A national expert in the delegation to every Programme of Action meeting.
"""


def parse_themes(table: str) -> dict[str, Theme]:
    lines = table.splitlines()
    themes: dict[str, Theme] = {}
    for start in range(0, len(lines), 6):
        theme_id, *codes, maturity = (part.strip() for part in lines[start].split("|"))
        agencies, laws, kinds = (tuple(code.split()) for code in codes)
        texts = lines[start + 1 : start + 6]
        themes[theme_id] = Theme(agencies, laws, kinds, int(maturity), *texts)
    return themes


THEMES = parse_themes(THEME_TABLE)
