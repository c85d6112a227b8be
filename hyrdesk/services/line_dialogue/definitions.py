"""The Definitioner sheet's text: how each measure is computed, and the data sheet's schema.

The wording follows the feature services' own definitions (domain/costs.py,
the gaps and review services); docs/data-schema.md says the same.
"""

from __future__ import annotations

from hyrdesk.services.line_dialogue import schema

DEFINITIONS = (
    (
        "Hyrkostnad",
        "Kostnaden för inhyrd personal (fakturor från bemanningsföretag) som bokförts på enheten, "
        "per månad och rapportgrupp. Totalt = summan av alla rapportgrupper.",
    ),
    (
        "Kostnad egen personal",
        "Enhetens personalkostnad för egen personal samma månad; nämnaren i hyrkvoten. "
        "Kostnad utan yrkeskategori räknas bara in i Totalt.",
    ),
    ("Rapportgrupp", "Läkare, Sjuksköterskor/barnmorskor och Övriga, efter yrkeskategorins grupp, samt Totalt."),
    (
        "R12 (rullande 12 månader)",
        "Summan av de 12 månader som slutar med den visade månaden. Visas bara när alla "
        "12 månaderna har uppgifter – en delsumma visas aldrig som R12.",
    ),
    (
        "Ackumulerat (ack)",
        "Januari till och med den visade månaden i år, jämfört med samma månader förra året. "
        "Förändring i kr = ack i år − ack i fjol; i % = förändringen / ack i fjol.",
    ),
    (
        "Hyrkvot (SKR-måttet)",
        "Hyrkostnad / kostnad egen personal × 100, för månaden och för R12. "
        "Regionernas mål: högst {target} %. Saknas när kostnaden för egen personal är noll "
        "eller saknas.",
    ),
    (
        "Bemanningslucka",
        "Ett pass eller en period som egen personal inte kunde täcka. Redovisas bara som "
        "timmar per månad per täckning och per orsak; anteckningar och enskilda luckor ingår "
        "aldrig i exporten.",
    ),
    (
        "Täckning",
        "Hur luckan täcktes: egen personal (övertid/mertid), timavlönad, intern bemanningspool, "
        "hyrpersonal, eller inte alls (ej täckt).",
    ),
    (
        "Orsak",
        "Vakans, planerad frånvaro, oplanerad frånvaro, ökat vårdbehov eller övrigt (medvetet grovt: "
        "aldrig kopplat till en person).",
    ),
    (
        "Administrativ översyn",
        "Enhetens senaste översyn av administrativa uppgifter med regionens mall. "
        "Timmar per år = minuter per tillfälle × antal tillfällen per år.",
    ),
    (
        "Beslutsväg",
        "Eget beslut när uppgiften inte påverkar andra enheter; annars (ja eller osäkert) "
        "dialog i linjen. Räknas fram, skrivs aldrig in.",
    ),
    ("Frigjorda timmar per år", "Enhetens uppskattning av den tid förslaget frigör per år."),
    (
        "Åtgärd",
        "En åtgärd i enhetens åtgärdsplan för att minska behovet av hyrpersonal. Beslutsnivå över enhet "
        "(verksamhet, förvaltning, region) innebär dialog i linjen. Försenad: klart senast har passerat "
        "och åtgärden är varken genomförd eller avbruten.",
    ),
    (
        "Åtgärdens effekt",
        "Räknas fram, skrivs aldrig in. Baslinje = medelvärde per månad de 6 månaderna före start (eller "
        "enhetens valda period); utfall = medelvärde per månad de 3 senaste månaderna, från startmånaden. "
        "Förändring = utfall − baslinje; effekten är uppnådd när förändringen är minst den förväntade. "
        "Luckor räknas bara för åtgärdens orsaker och yrkeskategori; månader utan uppgifter räknas inte som 0.",
    ),
    (
        "Helårsprognos",
        "Utfall januari till och med den stängda månaden plus resten av året: förra årets månader "
        "skalade med årets takt (ack i år / samma period i fjol) när förra året har uppgifter för "
        "alla månader, annars snittet av de tre senaste månaderna gånger de månader som är kvar. "
        "Osäker till och med mars.",
    ),
    (
        "Utrymme till målet",
        "Målet i procent × prognosen för kostnad egen personal − prognosen för hyrkostnad, i kronor; "
        "negativt betyder över målet.",
    ),
    (
        "Årsarbetare",
        "Timmar / (timmar per årsarbetare × fönstrets månader / 12). Timmar per årsarbetare är en "
        "inställning, 1 700 som standard: 40 h × 52 veckor minus semester och helgdagar.",
    ),
    (
        "Sjukfrånvaro",
        "Sjuktimmar / schemalagda timmar, för månaden och R12, ur HR-systemets sammanställning per "
        "månad (aldrig per person). Lämnar aldrig datorn för en enhet med 10 eller färre anställda.",
    ),
    (
        "Över tariff",
        "Timmar × (fakturerat pris per timme − regionens tariff för avropets yrkeskategori, nivå och "
        "enhetens zon, giltig den fakturerade månaden). Inhyrning utanför avtalet prissätts inte mot "
        "tariffen: hela beloppet räknas som utanför avtalet.",
    ),
    ("Tom cell", "Ett värde som inte kan beräknas lämnas tomt (aldrig 0)."),
)

SCHEMA_ROWS = (
    ("unit_code", "Enhetens kod (kostnadsställe eller ansvar)."),
    ("unit_name", "Enhetens namn."),
    ("period", "Månaden som raden gäller, som text ÅÅÅÅ-MM."),
    ("measure", "Måttets namn, se nedan."),
    ("category", "Rapportgrupp, täckning eller orsak beroende på måttet; tom för översynens mått."),
    ("value", "Värdet som tal: kronor för belopp, procent för kvoter (2,3 betyder 2,3 %), timmar för tid."),
    (schema.HIRE_COST, "Hyrkostnad för månaden (kr); category = rapportgrupp eller Totalt."),
    (schema.OWN_STAFF_COST, "Kostnad egen personal för månaden (kr); category = rapportgrupp eller Totalt."),
    (schema.HIRE_COST_R12, "Hyrkostnad R12 (kr); saknas tills 12 månader finns."),
    (schema.HIRE_COST_YTD, "Hyrkostnad ackumulerat i år till och med månaden (kr)."),
    (schema.HIRE_COST_YTD_PREV, "Hyrkostnad ackumulerat samma månader förra året (kr)."),
    (schema.HIRE_RATIO_PCT, "Hyrkvot för månaden (%)."),
    (schema.HIRE_RATIO_R12_PCT, "Hyrkvot R12 (%)."),
    (schema.GAP_HOURS, "Timmar bemanningsluckor under månaden; category = täckning."),
    (schema.GAP_HOURS_BY_CAUSE, "Timmar bemanningsluckor under månaden; category = orsak."),
    (
        schema.ADMIN_HOURS_PER_YEAR,
        "Tid för alla uppgifter i senaste översynen (timmar per år); period = exportens period.",
    ),
    (schema.ADMIN_HOURS_FREED, "Frigjorda timmar per år i senaste översynen; period = exportens period."),
    (schema.ADMIN_TASKS_LINE_DIALOGUE, "Antal uppgifter med beslutsväg dialog i linjen."),
    (schema.ACTIONS_TOTAL, "Antal åtgärder i åtgärdsplanen; category = Totalt; period = exportens period."),
    (schema.ACTIONS_DONE, "Antal genomförda åtgärder; category = Totalt."),
    (schema.ACTIONS_OVERDUE, "Antal försenade åtgärder vid periodens slut; category = Totalt."),
    (schema.ACTIONS_LINE_DIALOGUE, "Antal åtgärder över enhetens beslutsnivå (dialog i linjen); category = Totalt."),
    (schema.HIRE_COST_FORECAST_YEAR, "Helårsprognos för hyrkostnad (kr); category = rapportgrupp eller Totalt."),
    (schema.HIRE_COST_BUDGET, "Årets budget för hyrkostnad (kr), när en budget är satt."),
    (schema.HIRE_RATIO_FORECAST_PCT, "Prognos för hyrkvoten helåret (%); category = Totalt."),
    (schema.HEADROOM_KR, "Utrymme till målet (kr), negativt över målet; category = Totalt."),
    (schema.GAP_FTE_R12, "Lucktimmar R12 som årsarbetare; category = täckning."),
    (schema.SICK_LEAVE_PCT, "Sjukfrånvaro för månaden (%); saknas för enheter med 10 eller färre anställda."),
    (schema.SICK_LEAVE_R12_PCT, "Sjukfrånvaro R12 (%); saknas för enheter med 10 eller färre anställda."),
    (schema.SICK_LEAVE_LONG_SHARE_R12_PCT, "Andel av sjukfrånvaron R12 i sjukperioder på 60 dagar eller mer (%)."),
    (
        schema.SICK_LEAVE_SUPPRESSED,
        "1 när enheten har sjukfrånvaro som stannar på datorn (10 eller färre anställda); "
        "sammanställningen räknar då bort enheten ur sjukfrånvarons totaler.",
    ),
    (
        schema.HIRE_ABOVE_TARIFF_KR,
        "Kronor över regionens tariff i månadens kontrollerade fakturor; category = rapportgrupp eller Totalt.",
    ),
    (schema.HIRE_OUTSIDE_AGREEMENT_KR, "Kronor för inhyrning utanför avtalet i månadens fakturor (hela beloppet)."),
    (schema.DEVIATIONS_COUNT, "Antal avsteg från avtalet förda för månaden."),
)
