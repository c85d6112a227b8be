<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../hyrdesk/ui/costs/accounts_dialog.py" line="84"/>
        <location filename="../../hyrdesk/ui/costs/accounts_dialog.py" line="98"/>
        <source>Kontotabell</source>
        <translation>Account table</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/accounts_dialog.py" line="87"/>
        <source>Ange för varje konto, eller intervall av konton, i ekonomisystemet om det är hyrkostnad, kostnad för egen personal eller ska ignoreras. Det mest specifika gäller: ett enskilt konto går före ett intervall som innehåller det. Yrkeskategorin används när filen inte har någon kolumn för yrkeskategori.</source>
        <translation>For each account, or range of accounts, in the finance system, say whether it is hire cost, own staff cost or to be ignored. The most specific row applies: a single account goes before a range that contains it. The staff category is used when the file has no staff category column.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/accounts_dialog.py" line="109"/>
        <source>t.ex. 4611 eller 4600-4699</source>
        <translation>e.g. 4611 or 4600-4699</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/accounts_dialog.py" line="115"/>
        <source>– ingen –</source>
        <translation>– none –</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/accounts_dialog.py" line="118"/>
        <source>&amp;Konto:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/accounts_dialog.py" line="119"/>
        <source>&amp;Slag:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/accounts_dialog.py" line="120"/>
        <source>&amp;Yrkeskategori:</source>
        <translation>Staff &amp;category:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/accounts_dialog.py" line="123"/>
        <source>&amp;Spara raden</source>
        <translation>&amp;Save row</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/accounts_dialog.py" line="126"/>
        <source>&amp;Ta bort raden</source>
        <translation>&amp;Remove row</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/accounts_dialog.py" line="147"/>
        <source>Konton i filen som saknas i tabellen: {0}</source>
        <translation>Accounts in the file that are missing from the table: {0}</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/accounts_dialog.py" line="189"/>
        <source>Kontotabell: {0}</source>
        <translation>Account table: {0}</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/accounts_dialog.py" line="196"/>
        <source>Ta bort {0} ur kontotabellen</source>
        <translation>Remove {0} from the account table</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../hyrdesk/ui/costs/accounts_dialog.py" line="43"/>
        <source>Konto eller intervall</source>
        <translation>Account or range</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/accounts_dialog.py" line="44"/>
        <source>Slag</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/accounts_dialog.py" line="45"/>
        <source>Yrkeskategori</source>
        <translation>Staff category</translation>
    </message>
</context>
<context>
    <name>BackupModel</name>
    <message>
        <location filename="../../hyrdesk/ui/backup_list.py" line="38"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/backup_list.py" line="38"/>
        <source>Slag</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/backup_list.py" line="38"/>
        <source>Storlek</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/backup_list.py" line="38"/>
        <source>Fil</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../hyrdesk/ui/dialogs/backups_dialog.py" line="28"/>
        <location filename="../../hyrdesk/ui/dialogs/backups_dialog.py" line="41"/>
        <location filename="../../hyrdesk/ui/dialogs/backups_dialog.py" line="110"/>
        <source>Säkerhetskopior</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/dialogs/backups_dialog.py" line="33"/>
        <source>hyrdesk gör en säkerhetskopia av databasen första gången du startar programmet varje dag, och innan databasen uppgraderas till en ny version. Kopiorna ligger i {0}.</source>
        <translation>hyrdesk backs up the database the first time you start the program each day, and before the database is upgraded to a new version. The copies are in {0}.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/dialogs/backups_dialog.py" line="44"/>
        <source>Inga säkerhetskopior ännu. Skapa den första med Skapa nu.</source>
        <translation>No backups yet. Make the first one with Back up now.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/dialogs/backups_dialog.py" line="49"/>
        <source>&amp;Spara de senaste</source>
        <translation>&amp;Keep the latest</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/dialogs/backups_dialog.py" line="53"/>
        <source>Antal säkerhetskopior som sparas av varje slag</source>
        <translation>Number of backups kept of each kind</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/dialogs/backups_dialog.py" line="58"/>
        <source>kopiorna av varje slag (dagliga, egna, före uppgradering, före återställning).</source>
        <translation>copies of each kind (daily, your own, before upgrade, before restore).</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/dialogs/backups_dialog.py" line="63"/>
        <source>S&amp;kapa nu</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/dialogs/backups_dialog.py" line="66"/>
        <source>&amp;Återställ…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/dialogs/backups_dialog.py" line="68"/>
        <source>Öppna &amp;mappen</source>
        <translation>Open the &amp;folder</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/dialogs/backups_dialog.py" line="72"/>
        <source>S&amp;täng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/dialogs/backups_dialog.py" line="112"/>
        <source>Skapar en säkerhetskopia…</source>
        <translation>Making a backup…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/dialogs/backups_dialog.py" line="119"/>
        <source>Återställa databasen från säkerhetskopian från {0} ({1})?

Det du har ändrat efter det försvinner ur programmet. Den nuvarande databasen sparas först som en egen säkerhetskopia (Före återställning), så du kan gå tillbaka till den.</source>
        <translation>Restore the database from the backup of {0} ({1})?

Whatever you changed after that disappears from the program. The current database is saved first as a backup of its own (Before restore), so you can go back to it.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/dialogs/backups_dialog.py" line="121"/>
        <location filename="../../hyrdesk/ui/dialogs/backups_dialog.py" line="129"/>
        <location filename="../../hyrdesk/ui/dialogs/backups_dialog.py" line="134"/>
        <source>Återställ säkerhetskopia</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/dialogs/backups_dialog.py" line="121"/>
        <source>Återställ</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>BrowseTab</name>
    <message>
        <location filename="../../hyrdesk/ui/gaps/browse_tab.py" line="49"/>
        <source>Från datum</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/browse_tab.py" line="50"/>
        <source>Till datum</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/browse_tab.py" line="52"/>
        <source>Yrkeskategori</source>
        <translation>Staff category</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/browse_tab.py" line="53"/>
        <source>Alla orsaker</source>
        <translation>All causes</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/browse_tab.py" line="53"/>
        <source>Orsak</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/browse_tab.py" line="54"/>
        <source>Alla täckningar</source>
        <translation>All coverage</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/browse_tab.py" line="54"/>
        <source>Täckning</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/browse_tab.py" line="56"/>
        <source>Sök i anteckning och bemanningsföretag</source>
        <translation>Search notes and agencies</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/browse_tab.py" line="57"/>
        <source>Fritext</source>
        <translation>Free text</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/browse_tab.py" line="59"/>
        <source>Rensa &amp;filter</source>
        <translation>Clear &amp;filters</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/browse_tab.py" line="62"/>
        <source>&amp;Från:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/browse_tab.py" line="62"/>
        <source>&amp;Till:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/browse_tab.py" line="62"/>
        <source>&amp;Yrkeskategori:</source>
        <translation>Staff &amp;category:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/browse_tab.py" line="63"/>
        <source>&amp;Orsak:</source>
        <translation>&amp;Cause:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/browse_tab.py" line="63"/>
        <source>Täc&amp;kning:</source>
        <translation>Co&amp;verage:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/browse_tab.py" line="63"/>
        <source>&amp;Sök:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/browse_tab.py" line="76"/>
        <source>Bemanningsluckor</source>
        <translation>Staffing gaps</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/browse_tab.py" line="106"/>
        <source>Ä&amp;ndra…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/browse_tab.py" line="108"/>
        <source>Ta &amp;bort</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/browse_tab.py" line="109"/>
        <source>Ta bort de markerade luckorna (Delete). Kan ångras med Ctrl+Z.</source>
        <translation>Delete the selected gaps (Delete). Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/browse_tab.py" line="151"/>
        <source>Alla yrkeskategorier</source>
        <translation>All staff categories</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/browse_tab.py" line="198"/>
        <source>{0} luckor</source>
        <translation>{0} gaps</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/browse_tab.py" line="198"/>
        <source>1 lucka</source>
        <translation>1 gap</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/browse_tab.py" line="200"/>
        <source> matchar filtret</source>
        <translation> match the filter</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/browse_tab.py" line="240"/>
        <source>Markera högst {0} luckor åt gången för att ta bort dem.</source>
        <translation>Select at most {0} gaps at a time to delete them.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="38"/>
        <source>Dag</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="39"/>
        <source>Kväll</source>
        <translation>Evening</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="40"/>
        <source>Natt</source>
        <translation>Night</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="41"/>
        <source>Vakans</source>
        <translation>Vacancy</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="42"/>
        <source>Planerad frånvaro</source>
        <translation>Planned absence</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="43"/>
        <source>Oplanerad frånvaro</source>
        <translation>Unplanned absence</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="44"/>
        <source>Ökat vårdbehov</source>
        <translation>Increased care need</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="45"/>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="54"/>
        <source>Övrigt</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="46"/>
        <source>Egen personal (övertid/mertid)</source>
        <translation>Own staff (overtime/extra)</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="47"/>
        <source>Timavlönad</source>
        <translation>Hourly paid</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="48"/>
        <source>Intern bemanningspool</source>
        <translation>Internal staffing pool</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="49"/>
        <source>Hyrpersonal</source>
        <translation>Agency staff</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="50"/>
        <source>Ej täckt</source>
        <translation>Not covered</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="51"/>
        <source>Primärvård</source>
        <translation>Primary care</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="52"/>
        <source>Sjukhusvård</source>
        <translation>Hospital care</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="53"/>
        <source>Psykiatri</source>
        <translation>Psychiatry</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="55"/>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="57"/>
        <source>Hyrkostnad</source>
        <translation>Hire cost</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="56"/>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="58"/>
        <source>Egen personal</source>
        <translation>Own staff</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="59"/>
        <source>Ignoreras</source>
        <translation>Ignored</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="60"/>
        <source>per dag</source>
        <translation>per day</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="61"/>
        <source>per vecka</source>
        <translation>per week</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="62"/>
        <source>per månad</source>
        <translation>per month</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="63"/>
        <source>per år</source>
        <translation>per year</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="64"/>
        <source>Lag/föreskrift</source>
        <translation>Law/regulation</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="65"/>
        <source>Regionbeslut</source>
        <translation>Regional decision</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="66"/>
        <source>Förvaltningsbeslut</source>
        <translation>Administration decision</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="67"/>
        <source>Lokal rutin</source>
        <translation>Local routine</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="68"/>
        <source>Okänt</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="69"/>
        <source>Behålla</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="70"/>
        <source>Förenkla</source>
        <translation>Simplify</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="71"/>
        <source>Omfördela</source>
        <translation>Redistribute</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="72"/>
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="73"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="74"/>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="75"/>
        <source>Osäkert</source>
        <translation>Unsure</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="76"/>
        <source>Eget beslut</source>
        <translation>Own decision</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="77"/>
        <source>Dialog i linjen</source>
        <translation>Line dialogue</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="78"/>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="103"/>
        <source>Förslag</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="79"/>
        <source>Beslutad</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="80"/>
        <source>Genomförd</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="81"/>
        <source>Avslagen</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="86"/>
        <source>1 – ingen nytta</source>
        <translation>1 – no use</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="87"/>
        <source>2 – liten nytta</source>
        <translation>2 – little use</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="88"/>
        <source>3 – ganska stor nytta</source>
        <translation>3 – fairly useful</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="89"/>
        <source>4 – stor nytta</source>
        <translation>4 – very useful</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="94"/>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="95"/>
        <source>Uppgift</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="96"/>
        <source>Utförs av (roll)</source>
        <translation>Done by (role)</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="97"/>
        <source>Minuter per tillfälle</source>
        <translation>Minutes per occurrence</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="98"/>
        <source>Frekvens</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="99"/>
        <source>Antal per period</source>
        <translation>Times per period</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="100"/>
        <source>Timmar per år</source>
        <translation>Hours per year</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="101"/>
        <source>Nytta (1–4)</source>
        <translation>Usefulness (1–4)</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="102"/>
        <source>Kravets ursprung</source>
        <translation>Origin of requirement</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="104"/>
        <source>Mottagande roll</source>
        <translation>Receiving role</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="105"/>
        <source>Påverkar andra enheter</source>
        <translation>Affects other units</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="106"/>
        <source>Beslutsväg</source>
        <translation>Decision route</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="107"/>
        <source>Ansvarig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="108"/>
        <source>Klart senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="109"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="110"/>
        <source>Frigjorda timmar per år</source>
        <translation>Hours freed per year</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="136"/>
        <source>pågående</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/choice_labels.py" line="137"/>
        <source>avslutad</source>
        <translation>finished</translation>
    </message>
</context>
<context>
    <name>CostPlot</name>
    <message>
        <location filename="../../hyrdesk/ui/costs/plots.py" line="61"/>
        <source>Hyrkostnad per månad och R12 (tkr)</source>
        <translation>Hire cost per month and R12 (kSEK)</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/plots.py" line="65"/>
        <source>per månad, tkr</source>
        <translation>per month, kSEK</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/plots.py" line="69"/>
        <source>R12, tkr</source>
        <translation>R12, kSEK</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/plots.py" line="78"/>
        <source>R12 totalt (höger skala)</source>
        <translation>R12 total (right scale)</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/plots.py" line="116"/>
        <source>Peka på en månad för att se exakta belopp.</source>
        <translation>Point at a month to see the exact amounts.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/plots.py" line="123"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;: inga belopp registrerade</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: no amounts recorded</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/plots.py" line="125"/>
        <source>totalt {0}</source>
        <translation>total {0}</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/plots.py" line="126"/>
        <source>R12 {0}</source>
        <translation>R12 {0}</translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <location filename="../../hyrdesk/ui/costs/page.py" line="38"/>
        <source>Inhyrd personal jämfört med egen personal.</source>
        <translation>Hired staff compared with own staff.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/page.py" line="45"/>
        <source>&amp;Importera…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/page.py" line="47"/>
        <source>Importera ett utdrag ur ekonomisystemet (Excel eller CSV)</source>
        <translation>Import an export from the finance system (Excel or CSV)</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/page.py" line="49"/>
        <source>&amp;Registrera månad…</source>
        <translation>&amp;Enter month…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/page.py" line="50"/>
        <source>Registrera eller rätta en månads belopp för hand</source>
        <translation>Enter or correct a month&apos;s amounts by hand</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/page.py" line="52"/>
        <source>&amp;Kontotabell…</source>
        <translation>&amp;Account table…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/page.py" line="54"/>
        <source>Im&amp;portlogg…</source>
        <translation>Import &amp;log…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/page.py" line="55"/>
        <source>Visa gjorda importer och ångra en</source>
        <translation>Show past imports and undo one</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/page.py" line="74"/>
        <source>Här visas enhetens hyrkostnader per månad, rullande 12 månader (R12), ackumulerat mot förra året och som andel av kostnaden för egen personal. Importera ett utdrag ur ekonomisystemet (Excel eller CSV), eller registrera en månads belopp för hand. Kontotabellen talar om vilka konton som är hyrkostnad och vilka som är egen personal.</source>
        <translation>This page shows the unit&apos;s hire costs per month, rolling 12 months (R12), year to date against last year and as a share of own staff cost. Import an export from the finance system (Excel or CSV), or enter a month&apos;s amounts by hand. The account table says which accounts are hire cost and which are own staff.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/page.py" line="78"/>
        <source>Importera ekonomiutdrag…</source>
        <translation>Import ledger export…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/page.py" line="79"/>
        <source>Registrera en månad…</source>
        <translation>Enter a month…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/page.py" line="80"/>
        <source>Kontotabell…</source>
        <translation>Account table…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/page.py" line="99"/>
        <source>&amp;Till och med:</source>
        <translation>&amp;Up to:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/page.py" line="101"/>
        <source>Till och med månad</source>
        <translation>Up to month</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/page.py" line="108"/>
        <source>&amp;Visa:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/page.py" line="110"/>
        <source>Tidsintervall</source>
        <translation>Time range</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/page.py" line="112"/>
        <source>alla månader</source>
        <translation>all months</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/page.py" line="112"/>
        <source>{0} månader</source>
        <translation>{0} months</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/page.py" line="142"/>
        <source>Ackumulerat jämfört med förra året</source>
        <translation>Year to date compared with last year</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/page.py" line="196"/>
        <source>Senaste import: {0}, {1}</source>
        <translation>Latest import: {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/page.py" line="233"/>
        <source>Ackumulerat {0} jämfört med samma period {1}</source>
        <translation>Year to date {0} compared with the same period {1}</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/page.py" line="236"/>
        <source>SKR-måttet = hyrkostnad / kostnad för egen personal, i procent; mål högst {0} (Arkiv → Inställningar). R12 = summan av de 12 månaderna t.o.m. månaden, visas först när alla 12 har belopp. Ack = januari t.o.m. månaden.</source>
        <translation>Hire ratio (SKR measure) = hire cost / own staff cost, in percent; target at most {0} (File → Settings). R12 = the sum of the 12 months up to and including the month, shown only when all 12 have amounts. Year to date = January up to and including the month.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/page.py" line="243"/>
        <source>Importera ekonomiutdrag</source>
        <translation>Import ledger export</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/page.py" line="268"/>
        <source>Importen</source>
        <translation>The import</translation>
    </message>
</context>
<context>
    <name>DeliveriesModel</name>
    <message>
        <location filename="../../hyrdesk/ui/export/models.py" line="26"/>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/models.py" line="27"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/models.py" line="28"/>
        <source>Skapad</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/models.py" line="29"/>
        <source>Försök</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/models.py" line="30"/>
        <source>Levererad till, eller varför den väntar</source>
        <translation>Delivered to, or why it is waiting</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/models.py" line="52"/>
        <source>Väntar</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/models.py" line="53"/>
        <source>Levererad {0}</source>
        <translation>Delivered {0}</translation>
    </message>
</context>
<context>
    <name>DeliveriesTab</name>
    <message>
        <location filename="../../hyrdesk/ui/export/deliveries_tab.py" line="24"/>
        <source>&amp;Leverera nu</source>
        <translation>&amp;Deliver now</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/deliveries_tab.py" line="26"/>
        <source>Försök leverera väntande exporter till den delade mappen nu</source>
        <translation>Try to deliver waiting exports to the shared folder now</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/deliveries_tab.py" line="28"/>
        <source>Öppna &amp;lokala kopior</source>
        <translation>Open &amp;local copies</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/deliveries_tab.py" line="29"/>
        <source>Mappen på din dator där varje export sparas</source>
        <translation>The folder on your computer where every export is kept</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/deliveries_tab.py" line="37"/>
        <source>Exporter</source>
        <translation>Exports</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/deliveries_tab.py" line="49"/>
        <source>Väntande exporter försöker levereras igen varannan minut och när hyrdesk startar. Inget går förlorat om du stänger programmet.</source>
        <translation>Waiting exports are retried every two minutes and when hyrdesk starts. Nothing is lost if you close the program.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/deliveries_tab.py" line="59"/>
        <source>1 export väntar på leverans: {0}</source>
        <translation>1 export is waiting for delivery: {0}</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/deliveries_tab.py" line="61"/>
        <source>{0} exporter väntar på leverans: {1}</source>
        <translation>{0} exports are waiting for delivery: {1}</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/deliveries_tab.py" line="63"/>
        <source>Allt är levererat.</source>
        <translation>Everything has been delivered.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/deliveries_tab.py" line="65"/>
        <source>Inga exporter ännu.</source>
        <translation>No exports yet.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/deliveries_tab.py" line="78"/>
        <source>Levererar till den delade mappen…</source>
        <translation>Delivering to the shared folder…</translation>
    </message>
</context>
<context>
    <name>DialogueTab</name>
    <message>
        <location filename="../../hyrdesk/ui/export/dialogue_tab.py" line="31"/>
        <source>Ändra texten till dialogen</source>
        <translation>Change the text for the dialogue</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/dialogue_tab.py" line="57"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/dialogue_tab.py" line="59"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/dialogue_tab.py" line="65"/>
        <source>Förvalt: senaste hela månaden.</source>
        <translation>Default: the last complete month.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/dialogue_tab.py" line="69"/>
        <source>&amp;Exportera</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/dialogue_tab.py" line="71"/>
        <source>Skapa arbetsboken, spara den lokalt och leverera den till den delade mappen</source>
        <translation>Create the workbook, keep it locally and deliver it to the shared folder</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/dialogue_tab.py" line="76"/>
        <location filename="../../hyrdesk/ui/export/dialogue_tab.py" line="82"/>
        <source>Det här kommer med i arbetsboken</source>
        <translation>What the workbook will include</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/dialogue_tab.py" line="79"/>
        <location filename="../../hyrdesk/ui/export/dialogue_tab.py" line="179"/>
        <location filename="../../hyrdesk/ui/export/dialogue_tab.py" line="193"/>
        <source>Blad</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/dialogue_tab.py" line="79"/>
        <location filename="../../hyrdesk/ui/export/dialogue_tab.py" line="179"/>
        <location filename="../../hyrdesk/ui/export/dialogue_tab.py" line="193"/>
        <source>Innehåll</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/dialogue_tab.py" line="94"/>
        <source>&amp;Text till dialogen (kommer med på bladet Sammanfattning)</source>
        <translation>&amp;Text for the dialogue (goes on the Sammanfattning sheet)</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/dialogue_tab.py" line="97"/>
        <source>Text till dialogen</source>
        <translation>Text for the dialogue</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/dialogue_tab.py" line="98"/>
        <source>Det du vill ta upp med din chef: läget, vad som behöver beslutas, vad som påverkar andra enheter. Skriv aldrig personuppgifter.</source>
        <translation>What you want to raise with your manager: the situation, what needs deciding, what affects other units. Never write personal data.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/dialogue_tab.py" line="110"/>
        <source>&amp;Spara texten</source>
        <translation>&amp;Save the text</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/dialogue_tab.py" line="124"/>
        <source>Öppna &amp;filen</source>
        <translation>Open the &amp;file</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/dialogue_tab.py" line="126"/>
        <source>Öppna &amp;mappen</source>
        <translation>Open the fol&amp;der</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/dialogue_tab.py" line="242"/>
        <source>Exporterar underlag för dialog i linjen…</source>
        <translation>Exporting the line-dialogue workbook…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/dialogue_tab.py" line="248"/>
        <source>Arbetsboken är sparad: {0}</source>
        <translation>The workbook is saved: {0}</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/dialogue_tab.py" line="258"/>
        <source>Arbetsboken är sparad: {0}&lt;br&gt;Den väntar på leverans till den delade mappen: {1}</source>
        <translation>The workbook is saved: {0}&lt;br&gt;It is waiting for delivery to the shared folder: {1}</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/dialogue_tab.py" line="261"/>
        <source>Arbetsboken är sparad: {0}&lt;br&gt;Levererad till: {1}</source>
        <translation>The workbook is saved: {0}&lt;br&gt;Delivered to: {1}</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/dialogue_tab.py" line="265"/>
        <source>Exporten misslyckades: {0}</source>
        <translation>The export failed: {0}</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/dialogue_tab.py" line="266"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>EntryTab</name>
    <message>
        <location filename="../../hyrdesk/ui/gaps/entry_tab.py" line="35"/>
        <source>En lucka per rad: Enter sparar och tömmer formuläret för nästa, med samma val som förra gången.</source>
        <translation>One gap at a time: Enter saves and clears the form for the next one, with the same choices as last time.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/entry_tab.py" line="43"/>
        <source>&amp;Spara (Enter)</source>
        <translation>&amp;Save (Enter)</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/entry_tab.py" line="46"/>
        <source>R&amp;ensa</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/entry_tab.py" line="60"/>
        <source>Registrerade nu</source>
        <translation>Registered now</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/entry_tab.py" line="66"/>
        <source>Luckor registrerade nu</source>
        <translation>Gaps registered now</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/entry_tab.py" line="78"/>
        <source>Ångra med Ctrl+Z, gör om med Ctrl+Shift+Z. Rätta äldre luckor under Alla luckor.</source>
        <translation>Undo with Ctrl+Z, redo with Ctrl+Shift+Z. Correct older gaps under All gaps.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/entry_tab.py" line="100"/>
        <source>Luckan är inte sparad: rätta det som står under fälten.</source>
        <translation>The gap is not saved: correct what is shown under the fields.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/entry_tab.py" line="106"/>
        <source>Sparad, men anteckningen kan innehålla ett namn. Ändra den under Alla luckor om den gör det.</source>
        <translation>Saved, but the note may contain a name. Change it under All gaps if it does.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/entry_tab.py" line="112"/>
        <source>Sparad: {0} h, {1} – {2}.</source>
        <translation>Saved: {0} h, {1} – {2}.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../hyrdesk/ui/export/page.py" line="27"/>
        <source>Underlag för dialog i linjen, levererat till den delade mappen.</source>
        <translation>Workbook for the line dialogue, delivered to the shared folder.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/page.py" line="40"/>
        <source>&amp;Kontrollera</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/page.py" line="41"/>
        <source>Prova att skriva i den delade mappen</source>
        <translation>Try writing in the shared folder</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/page.py" line="43"/>
        <source>&amp;Ändra…</source>
        <translation>C&amp;hange…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/page.py" line="44"/>
        <source>Välj den delade mappen i inställningarna</source>
        <translation>Choose the shared folder in the settings</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/page.py" line="54"/>
        <source>&amp;Underlag för dialog i linjen</source>
        <translation>&amp;Line-dialogue workbook</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/page.py" line="55"/>
        <location filename="../../hyrdesk/ui/export/page.py" line="105"/>
        <source>Le&amp;veranser</source>
        <translation>De&amp;liveries</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/page.py" line="56"/>
        <source>Sa&amp;mmanställ enheter</source>
        <translation>Roll &amp;up units</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/page.py" line="80"/>
        <source>{0} · underlag för dialog i linjen, levererat till den delade mappen</source>
        <translation>{0} · line-dialogue workbook, delivered to the shared folder</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/page.py" line="98"/>
        <source>&lt;b&gt;Ingen delad mapp är vald.&lt;/b&gt; Exporterna sparas på din dator och levereras när du har valt en mapp.</source>
        <translation>&lt;b&gt;No shared folder is chosen.&lt;/b&gt; Exports are kept on your computer and delivered once you have chosen a folder.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/page.py" line="100"/>
        <source>&lt;b&gt;Delad mapp:&lt;/b&gt; {0}&lt;br&gt;&lt;span style=&apos;color:#b3261e&apos;&gt;Går inte att leverera till just nu: {1}&lt;/span&gt;</source>
        <translation>&lt;b&gt;Shared folder:&lt;/b&gt; {0}&lt;br&gt;&lt;span style=&apos;color:#b3261e&apos;&gt;Cannot deliver there right now: {1}&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/page.py" line="103"/>
        <source>&lt;b&gt;Delad mapp:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Shared folder:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/page.py" line="105"/>
        <source>Le&amp;veranser ({0} väntar)</source>
        <translation>De&amp;liveries ({0} waiting)</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/page.py" line="108"/>
        <source>1 export väntar på leverans</source>
        <translation>1 export is waiting for delivery</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/page.py" line="109"/>
        <source>{0} exporter väntar på leverans</source>
        <translation>{0} exports are waiting for delivery</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/page.py" line="133"/>
        <source>Kontrollerar den delade mappen…</source>
        <translation>Checking the shared folder…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/page.py" line="138"/>
        <source>&lt;b&gt;Delad mapp:&lt;/b&gt; {0}&lt;br&gt;&lt;span style=&apos;color:#b3261e&apos;&gt;{1}&lt;/span&gt;</source>
        <translation>&lt;b&gt;Shared folder:&lt;/b&gt; {0}&lt;br&gt;&lt;span style=&apos;color:#b3261e&apos;&gt;{1}&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/page.py" line="141"/>
        <source>&lt;b&gt;Delad mapp:&lt;/b&gt; {0}&lt;br&gt;&lt;span style=&apos;color:#2e7d4f&apos;&gt;hyrdesk kan skriva i mappen.&lt;/span&gt;</source>
        <translation>&lt;b&gt;Shared folder:&lt;/b&gt; {0}&lt;br&gt;&lt;span style=&apos;color:#2e7d4f&apos;&gt;hyrdesk can write in the folder.&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>GapChart</name>
    <message>
        <location filename="../../hyrdesk/ui/gaps/chart.py" line="43"/>
        <source>Lucktimmar per månad</source>
        <translation>Gap hours per month</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/chart.py" line="45"/>
        <source>timmar</source>
        <translation>hours</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/chart.py" line="62"/>
        <source>Lucktimmar per månad och täckning</source>
        <translation>Gap hours per month and coverage</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/chart.py" line="64"/>
        <source>Lucktimmar per månad och orsak</source>
        <translation>Gap hours per month and cause</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/chart.py" line="86"/>
        <source>Peka på en månad för att se timmarna.</source>
        <translation>Point at a month to see its hours.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/chart.py" line="93"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;: inga luckor</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: no gaps</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/chart.py" line="99"/>
        <source>totalt {0} h</source>
        <translation>total {0} h</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/chart.py" line="100"/>
        <source>hyrpersonal {0}</source>
        <translation>agency staff {0}</translation>
    </message>
</context>
<context>
    <name>GapCommands</name>
    <message>
        <location filename="../../hyrdesk/ui/gaps/commands.py" line="26"/>
        <source>Registrera lucka</source>
        <translation>Register gap</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/commands.py" line="44"/>
        <source>Ändra lucka</source>
        <translation>Edit gap</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/commands.py" line="59"/>
        <source>Ta bort lucka</source>
        <translation>Delete gap</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/commands.py" line="61"/>
        <source>Ta bort {0} luckor</source>
        <translation>Delete {0} gaps</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/commands.py" line="79"/>
        <source>Importera {0} luckor</source>
        <translation>Import {0} gaps</translation>
    </message>
</context>
<context>
    <name>GapDialog</name>
    <message>
        <location filename="../../hyrdesk/ui/gaps/dialog.py" line="16"/>
        <source>Ändra bemanningslucka</source>
        <translation>Edit staffing gap</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/dialog.py" line="25"/>
        <source>Luckan kommer från en import. Ändringen finns kvar även om samma fil importeras igen.</source>
        <translation>This gap was imported. The change is kept even if the same file is imported again.</translation>
    </message>
</context>
<context>
    <name>GapForm</name>
    <message>
        <location filename="../../hyrdesk/ui/gaps/form.py" line="96"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/form.py" line="101"/>
        <source>flera dagar</source>
        <translation>several days</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/form.py" line="102"/>
        <source>Luckan gäller flera dagar</source>
        <translation>The gap covers several days</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/form.py" line="105"/>
        <source>Till och med</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/form.py" line="112"/>
        <source>Till och &amp;med:</source>
        <translation>&amp;Until:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/form.py" line="115"/>
        <source>&amp;Pass:</source>
        <translation>S&amp;hift:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/form.py" line="117"/>
        <source>&amp;Yrkeskategori:</source>
        <translation>Staff &amp;category:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/form.py" line="124"/>
        <source>Antal pass</source>
        <translation>Number of shifts</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/form.py" line="130"/>
        <source>&amp;Antal pass:</source>
        <translation>Number of shi&amp;fts:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/form.py" line="133"/>
        <source>t.ex. 7,5</source>
        <translation>e.g. 7.5</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/form.py" line="134"/>
        <source>T&amp;immar:</source>
        <translation>Ho&amp;urs:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/form.py" line="136"/>
        <source>Välj orsak…</source>
        <translation>Choose a cause…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/form.py" line="137"/>
        <source>&amp;Orsak:</source>
        <translation>&amp;Cause:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/form.py" line="138"/>
        <source>Välj hur luckan täcktes…</source>
        <translation>Choose how the gap was covered…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/form.py" line="139"/>
        <source>Täc&amp;kning:</source>
        <translation>Co&amp;verage:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/form.py" line="141"/>
        <source>bara för hyrpersonal</source>
        <translation>agency staff only</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/form.py" line="142"/>
        <source>&amp;Bemanningsföretag:</source>
        <translation>A&amp;gency:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/form.py" line="144"/>
        <source>bara för hyrpersonal, t.ex. 12 500</source>
        <translation>agency staff only, e.g. 12 500</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/form.py" line="145"/>
        <source>Kostnad (k&amp;r):</source>
        <translation>Cost (SE&amp;K):</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/form.py" line="147"/>
        <source>vad hände – aldrig vem</source>
        <translation>what happened – never who</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/form.py" line="149"/>
        <source>A&amp;nteckning:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/form.py" line="188"/>
        <source>× {0} h per pass</source>
        <translation>× {0} h per shift</translation>
    </message>
</context>
<context>
    <name>GapSummaryTab</name>
    <message>
        <location filename="../../hyrdesk/ui/gaps/summary_tab.py" line="109"/>
        <source>Från månad</source>
        <translation>From month</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/summary_tab.py" line="110"/>
        <source>Till månad</source>
        <translation>To month</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/summary_tab.py" line="112"/>
        <source>täckning</source>
        <translation>coverage</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/summary_tab.py" line="113"/>
        <source>orsak</source>
        <translation>cause</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/summary_tab.py" line="114"/>
        <source>Fördela timmarna per</source>
        <translation>Split the hours by</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/summary_tab.py" line="115"/>
        <source>&amp;Från:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/summary_tab.py" line="115"/>
        <source>&amp;Till:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/summary_tab.py" line="116"/>
        <source>Fördela &amp;per:</source>
        <translation>Split &amp;by:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/summary_tab.py" line="137"/>
        <source>Lucktimmar per månad</source>
        <translation>Gap hours per month</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/summary_tab.py" line="146"/>
        <source>En lucka över flera månader fördelas på månaderna efter antalet dagar i varje månad.</source>
        <translation>A gap spanning months is split over the months by its number of days in each month.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/summary_tab.py" line="203"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; lucktimmar {1} – {2} · &lt;b&gt;{3}&lt;/b&gt; täckta av hyrpersonal · &lt;b&gt;{4}&lt;/b&gt; ej täckta</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; gap hours {1} – {2} · &lt;b&gt;{3}&lt;/b&gt; covered by agency staff · &lt;b&gt;{4}&lt;/b&gt; not covered</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/summary_tab.py" line="207"/>
        <source>Inga luckor registrerade {0} – {1}.</source>
        <translation>No gaps registered {0} – {1}.</translation>
    </message>
</context>
<context>
    <name>GapTableModel</name>
    <message>
        <location filename="../../hyrdesk/ui/gaps/model.py" line="31"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/model.py" line="32"/>
        <source>Pass</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/model.py" line="33"/>
        <location filename="../../hyrdesk/ui/gaps/model.py" line="58"/>
        <source>Helg</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/model.py" line="34"/>
        <source>Yrkeskategori</source>
        <translation>Staff category</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/model.py" line="35"/>
        <source>Timmar</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/model.py" line="36"/>
        <source>Orsak</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/model.py" line="37"/>
        <source>Täckning</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/model.py" line="38"/>
        <source>Bemanningsföretag</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/model.py" line="39"/>
        <source>Kostnad</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/model.py" line="40"/>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>GapsPage</name>
    <message>
        <location filename="../../hyrdesk/ui/gaps/page.py" line="31"/>
        <source>Pass och perioder som egen personal inte kunde täcka – varför, och hur de täcktes.</source>
        <translation>Shifts and periods own staff could not cover – why, and how they were covered.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/page.py" line="35"/>
        <source>&amp;Importera…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/page.py" line="36"/>
        <source>Importera luckor från en Excel- eller CSV-fil, t.ex. enhetens gamla logg</source>
        <translation>Import gaps from an Excel or CSV file, e.g. the unit&apos;s old log</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/page.py" line="38"/>
        <source>Pass&amp;längder…</source>
        <translation>Shift &amp;lengths…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/page.py" line="39"/>
        <source>Hur många timmar ett dag-, kvälls- och nattpass är</source>
        <translation>How many hours a day, evening and night shift lasts</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/page.py" line="48"/>
        <source>&amp;Registrera</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/page.py" line="49"/>
        <source>&amp;Alla luckor</source>
        <translation>&amp;All gaps</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/page.py" line="50"/>
        <source>Samman&amp;ställning</source>
        <translation>Su&amp;mmary</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/page.py" line="124"/>
        <source>Importera bemanningsluckor</source>
        <translation>Import staffing gaps</translation>
    </message>
</context>
<context>
    <name>GuidedFlow</name>
    <message>
        <location filename="../../hyrdesk/ui/review/guided.py" line="40"/>
        <source>Steg</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/guided.py" line="73"/>
        <source>‹ &amp;Föregående</source>
        <translation>‹ &amp;Previous</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/guided.py" line="74"/>
        <location filename="../../hyrdesk/ui/review/guided.py" line="181"/>
        <source>Nä&amp;sta ›</source>
        <translation>Ne&amp;xt ›</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/guided.py" line="96"/>
        <source>Mallens förslag på vanliga uppgifter</source>
        <translation>The template&apos;s suggested common tasks</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/guided.py" line="98"/>
        <source>Lägg till &amp;alla förslag</source>
        <translation>Add &amp;all suggestions</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/guided.py" line="119"/>
        <source>Ny &amp;egen uppgift…</source>
        <translation>New task of your &amp;own…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/guided.py" line="120"/>
        <source>Ä&amp;ndra…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/guided.py" line="121"/>
        <source>Ta &amp;bort</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/guided.py" line="132"/>
        <source>Uppgifter i området</source>
        <translation>Tasks in the area</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/guided.py" line="144"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/guided.py" line="149"/>
        <location filename="../../hyrdesk/ui/review/guided.py" line="189"/>
        <source>Sammanställning</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/guided.py" line="179"/>
        <source>Steg {0} av {1}</source>
        <translation>Step {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/guided.py" line="181"/>
        <source>Visa &amp;sammanställningen</source>
        <translation>Show the &amp;summary</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/guided.py" line="216"/>
        <source>Uppgifter i området: {0} · {1} per år</source>
        <translation>Tasks in the area: {0} · {1} per year</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/guided.py" line="226"/>
        <source>&lt;p&gt;Mall: {0}&lt;/p&gt;&lt;p&gt;Du går igenom de här områdena, ett i taget:&lt;/p&gt;&lt;ol&gt;{1}&lt;/ol&gt;&lt;p&gt;Uppgifter hittills: {2}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Template: {0}&lt;/p&gt;&lt;p&gt;You go through these areas, one at a time:&lt;/p&gt;&lt;ol&gt;{1}&lt;/ol&gt;&lt;p&gt;Tasks so far: {2}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/guided.py" line="228"/>
        <source>&lt;p&gt;&lt;b&gt;{0}&lt;/b&gt; uppgifter tar &lt;b&gt;{1}&lt;/b&gt; per år. Förslagen frigör &lt;b&gt;{2}&lt;/b&gt; per år.&lt;/p&gt;&lt;p&gt;{3} uppgifter går till dialog i linjen, {4} är eget beslut. {5} förslag behöver dialog i linjen innan beslut.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{0}&lt;/b&gt; tasks take &lt;b&gt;{1}&lt;/b&gt; a year. The proposals free &lt;b&gt;{2}&lt;/b&gt; a year.&lt;/p&gt;&lt;p&gt;{3} tasks go to line dialogue, {4} are the unit&apos;s own decision. {5} proposals need line dialogue before a decision.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/guided.py" line="243"/>
        <source>{0} — {1}, {2} min {3} × {4} ({5} per år)</source>
        <translation>{0} — {1}, {2} min {3} × {4} ({5} per year)</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/guided.py" line="247"/>
        <source>Tillagd</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/guided.py" line="247"/>
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/guided.py" line="249"/>
        <source>Lägg till {0}</source>
        <translation>Add {0}</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../hyrdesk/ui/review/history_tab.py" line="22"/>
        <source>Enhetens översyner över tid. En ny översyn kan utgå från en tidigare: uppgifterna som finns kvar följer med, besluten börjar om.</source>
        <translation>The unit&apos;s reviews over time. A new review can start from an earlier one: the tasks that remain carry over, the decisions start afresh.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/history_tab.py" line="26"/>
        <source>Översyn</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/history_tab.py" line="26"/>
        <source>Startad</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/history_tab.py" line="26"/>
        <source>Avslutad</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/history_tab.py" line="26"/>
        <source>Mall</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/history_tab.py" line="27"/>
        <source>Uppgifter</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/history_tab.py" line="27"/>
        <source>Timmar per år</source>
        <translation>Hours per year</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/history_tab.py" line="27"/>
        <source>Frigörs per år</source>
        <translation>Freed per year</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/history_tab.py" line="28"/>
        <source>Dialog i linjen</source>
        <translation>Line dialogue</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/history_tab.py" line="29"/>
        <source>Översyner</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/history_tab.py" line="34"/>
        <source>&amp;Visa översynen</source>
        <translation>&amp;Show the review</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/history_tab.py" line="35"/>
        <source>Ny översyn &amp;från den här…</source>
        <translation>New review &amp;from this one…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/history_tab.py" line="52"/>
        <source>pågår</source>
        <translation>ongoing</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../hyrdesk/ui/review/excel_dialogs.py" line="31"/>
        <source>Läs in ifylld arbetsbok</source>
        <translation>Read a filled-in workbook</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/excel_dialogs.py" line="32"/>
        <source>Så här ändras översynen om du läser in {0}. Inget är sparat ännu.</source>
        <translation>This is how the review changes if you read {0}. Nothing is saved yet.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/excel_dialogs.py" line="36"/>
        <source>&amp;Läs in</source>
        <translation>&amp;Read in</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="76"/>
        <source>&amp;Tillbaka</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="78"/>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="265"/>
        <source>&amp;Förhandsgranska</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="82"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="96"/>
        <source>Ange vilken kolumn i filen som innehåller vad. Kolumner med kända namn är redan valda; hyrdesk kommer ihåg valet till nästa fil med samma kolumner.</source>
        <translation>Say which column of the file holds what. Columns with known names are already chosen; hyrdesk remembers your choice for the next file with the same columns.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="102"/>
        <source>Rubrikrad</source>
        <translation>Header row</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="104"/>
        <source>&amp;Rubrikrad:</source>
        <translation>&amp;Header row:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="110"/>
        <source>Filens första rader:</source>
        <translation>The first rows of the file:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="114"/>
        <source>Förhandsvisning av filen</source>
        <translation>Preview of the file</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="131"/>
        <source>Rader som inte importeras:</source>
        <translation>Rows that will not be imported:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="133"/>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="232"/>
        <source>Rad</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="133"/>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="232"/>
        <source>Orsak</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="137"/>
        <source>Avvisade rader</source>
        <translation>Rejected rows</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="145"/>
        <source>Fil: {0}</source>
        <translation>File: {0}</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="146"/>
        <source>Läser {0}…</source>
        <translation>Reading {0}…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="151"/>
        <source>Filen {0} innehåller inga rader.</source>
        <translation>The file {0} contains no rows.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="171"/>
        <source> (valfri)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="185"/>
        <source>– ingen –</source>
        <translation>– none –</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="216"/>
        <source>Välj en kolumn för: {0}</source>
        <translation>Choose a column for: {0}</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="220"/>
        <source>Samma kolumn är vald för flera fält.</source>
        <translation>The same column is chosen for several fields.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="224"/>
        <source>Kontrollerar raderna…</source>
        <translation>Checking the rows…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="250"/>
        <source>Importen misslyckades: {0}</source>
        <translation>The import failed: {0}</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="268"/>
        <source>&amp;Importera</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>ImportedLedgerCommand</name>
    <message>
        <location filename="../../hyrdesk/ui/costs/import_command.py" line="24"/>
        <source>Importera {0}</source>
        <translation>Import {0}</translation>
    </message>
</context>
<context>
    <name>ImportsDialog</name>
    <message>
        <location filename="../../hyrdesk/ui/costs/imports_dialog.py" line="77"/>
        <source>Importer för {0}</source>
        <translation>Imports for {0}</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/imports_dialog.py" line="80"/>
        <source>Varje import av ett ekonomiutdrag sparas här. En ny import av samma månad ersätter de tidigare beloppen för månaden; de ersatta beloppen sparas, så att en import kan ångras.</source>
        <translation>Every import of a ledger export is kept here. A new import of the same month replaces that month&apos;s earlier amounts; the replaced amounts are kept, so that an import can be undone.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/imports_dialog.py" line="86"/>
        <source>Importer</source>
        <translation>Imports</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/imports_dialog.py" line="95"/>
        <source>&amp;Ångra importen…</source>
        <translation>&amp;Undo import…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/imports_dialog.py" line="125"/>
        <location filename="../../hyrdesk/ui/costs/imports_dialog.py" line="133"/>
        <location filename="../../hyrdesk/ui/costs/imports_dialog.py" line="139"/>
        <source>Ångra importen</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/imports_dialog.py" line="126"/>
        <source>Ta bort beloppen från {0} och återställ det som importen ersatte?</source>
        <translation>Remove the amounts from {0} and restore what the import replaced?</translation>
    </message>
</context>
<context>
    <name>ImportsModel</name>
    <message>
        <location filename="../../hyrdesk/ui/costs/imports_dialog.py" line="43"/>
        <source>Importerad</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/imports_dialog.py" line="44"/>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/imports_dialog.py" line="45"/>
        <source>Månader</source>
        <translation>Months</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/imports_dialog.py" line="46"/>
        <source>Rader</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/imports_dialog.py" line="47"/>
        <source>Ersatte</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/imports_dialog.py" line="48"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/imports_dialog.py" line="58"/>
        <source>{0} importerade, {1} avvisade, {2} hoppades över</source>
        <translation>{0} imported, {1} rejected, {2} skipped</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/imports_dialog.py" line="61"/>
        <source>ångrad {0}</source>
        <translation>undone {0}</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/imports_dialog.py" line="63"/>
        <source>delvis ersatt av senare import</source>
        <translation>partly replaced by a later import</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/imports_dialog.py" line="65"/>
        <source>gäller</source>
        <translation>in effect</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/imports_dialog.py" line="66"/>
        <source>{0} belopp</source>
        <translation>{0} amounts</translation>
    </message>
</context>
<context>
    <name>LedgerImportWizard</name>
    <message>
        <location filename="../../hyrdesk/ui/costs/ledger_wizard.py" line="16"/>
        <source>&amp;Lägg till saknade konton…</source>
        <translation>&amp;Add missing accounts…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="39"/>
        <source> – demo</source>
        <translation> – demo</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="114"/>
        <source>Demoläge: påhittade data i en tillfällig databas. Det du gör här sparas inte i dina egna data.</source>
        <translation>Demo mode: made-up data in a temporary database. Nothing you do here is saved in your own data.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="120"/>
        <source>Navigering</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="143"/>
        <source>&amp;Ny enhet…</source>
        <translation>&amp;New unit…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="145"/>
        <source>Ä&amp;ndra enhet…</source>
        <translation>&amp;Edit unit…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="146"/>
        <source>&amp;Inställningar…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="148"/>
        <source>&amp;Säkerhetskopior…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="149"/>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="151"/>
        <source>Å&amp;ngra</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="153"/>
        <source>&amp;Gör om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="155"/>
        <source>&amp;Om hyrdesk</source>
        <translation>&amp;About hyrdesk</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="156"/>
        <source>Öppna &amp;datamappen</source>
        <translation>Open the &amp;data folder</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="157"/>
        <source>Visa &amp;loggfilen</source>
        <translation>Show the &amp;log file</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="158"/>
        <source>Öppna &amp;demodata</source>
        <translation>Open &amp;demo data</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="167"/>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="174"/>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="176"/>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="178"/>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="184"/>
        <location filename="../../hyrdesk/ui/main_window.py" line="190"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="187"/>
        <source>  &amp;Enhet: </source>
        <translation>  &amp;Unit: </translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="221"/>
        <source>Ingen enhet ännu</source>
        <translation>No unit yet</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="272"/>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="272"/>
        <source>Starta om hyrdesk för att byta språk.</source>
        <translation>Restart hyrdesk to change the language.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="290"/>
        <source>Demodata</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="290"/>
        <source>Demodata kunde inte startas.</source>
        <translation>The demo could not be started.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="301"/>
        <source>Om hyrdesk</source>
        <translation>About hyrdesk</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="303"/>
        <source>&lt;h3&gt;hyrdesk {0}&lt;/h3&gt;&lt;p&gt;Ett verktyg för dig som är chef i vården och arbetar för att bli oberoende av inhyrd personal: bemanningsluckor, hyrkostnader, administrativ översyn och underlag för dialog i linjen.&lt;/p&gt;&lt;p&gt;Dina data finns i:&lt;br&gt;&lt;code&gt;{1}&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;hyrdesk {0}&lt;/h3&gt;&lt;p&gt;A tool for managers in health care working to become independent of hired staff: staffing gaps, hire costs, the administration-task review and material for the line dialogue.&lt;/p&gt;&lt;p&gt;Your data is kept in:&lt;br&gt;&lt;code&gt;{1}&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MonthEntryDialog</name>
    <message>
        <location filename="../../hyrdesk/ui/costs/entry_dialog.py" line="54"/>
        <source>Registrera eller rätta en månad</source>
        <translation>Enter or correct a month</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/entry_dialog.py" line="57"/>
        <source>Beloppen du skriver här läggs till beloppen från ekonomisystemet för månaden och ersätts aldrig av en import. Skriv ett negativt belopp för att rätta något, lämna tomt för inget.</source>
        <translation>The amounts you write here are added to the finance system&apos;s amounts for the month and are never replaced by an import. Write a negative amount to correct something; leave empty for none.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/entry_dialog.py" line="62"/>
        <source>&amp;Månad:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/entry_dialog.py" line="64"/>
        <source>ÅÅÅÅ-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/entry_dialog.py" line="65"/>
        <source>Månad</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/entry_dialog.py" line="68"/>
        <source>&amp;Visa månaden</source>
        <translation>&amp;Show month</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/entry_dialog.py" line="82"/>
        <source>Yrkeskategori</source>
        <translation>Staff category</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/entry_dialog.py" line="82"/>
        <source>Hyrkostnad från import</source>
        <translation>Hire cost from import</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/entry_dialog.py" line="82"/>
        <source>Hyrkostnad, manuellt (kr)</source>
        <translation>Hire cost, manual (SEK)</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/entry_dialog.py" line="83"/>
        <source>Egen personal från import</source>
        <translation>Own staff from import</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/entry_dialog.py" line="83"/>
        <source>Egen personal, manuellt (kr)</source>
        <translation>Own staff, manual (SEK)</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/entry_dialog.py" line="97"/>
        <source>{0}, {1}, manuellt belopp</source>
        <translation>{0}, {1}, manual amount</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/entry_dialog.py" line="98"/>
        <source>t.ex. 125 000</source>
        <translation>e.g. 125 000</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/entry_dialog.py" line="153"/>
        <source>{0}, {1}: ”{2}” är inget belopp.</source>
        <translation>{0}, {1}: “{2}” is not an amount.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/entry_dialog.py" line="160"/>
        <source>{0}, {1}: {2} är orimligt stort (högst en miljard kronor).</source>
        <translation>{0}, {1}: {2} is unreasonably large (at most one billion kronor).</translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <location filename="../../hyrdesk/ui/months.py" line="22"/>
        <source>jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/months.py" line="22"/>
        <source>feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/months.py" line="23"/>
        <source>mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/months.py" line="23"/>
        <source>apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/months.py" line="24"/>
        <location filename="../../hyrdesk/ui/months.py" line="36"/>
        <source>maj</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/months.py" line="24"/>
        <source>jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/months.py" line="25"/>
        <source>jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/months.py" line="25"/>
        <source>aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/months.py" line="26"/>
        <source>sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/months.py" line="26"/>
        <source>okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/months.py" line="27"/>
        <source>nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/months.py" line="27"/>
        <source>dec</source>
        <translation>Dec</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/months.py" line="34"/>
        <source>januari</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/months.py" line="34"/>
        <source>februari</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/months.py" line="35"/>
        <source>mars</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/months.py" line="35"/>
        <source>april</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/months.py" line="36"/>
        <source>juni</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/months.py" line="37"/>
        <source>juli</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/months.py" line="37"/>
        <source>augusti</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/months.py" line="38"/>
        <source>september</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/months.py" line="38"/>
        <source>oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/months.py" line="39"/>
        <source>november</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/months.py" line="39"/>
        <source>december</source>
        <translation>December</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../hyrdesk/ui/pages/overview.py" line="67"/>
        <source>Nyckeltalen visas här när du har registrerat bemanningsluckor och hyrkostnader.</source>
        <translation>Key figures appear here once you have registered staffing gaps and hire costs.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/overview.py" line="77"/>
        <source>Kom igång</source>
        <translation>Get started</translation>
    </message>
</context>
<context>
    <name>PlotPanel</name>
    <message>
        <location filename="../../hyrdesk/ui/plots.py" line="71"/>
        <source>Spara som bild…</source>
        <translation>Save as image…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/plots.py" line="72"/>
        <source>Spara diagrammet som bild</source>
        <translation>Save the chart as an image</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/plots.py" line="135"/>
        <source>Spara som bild</source>
        <translation>Save as image</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/plots.py" line="136"/>
        <source>PNG-bild (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
</context>
<context>
    <name>RatioPlot</name>
    <message>
        <location filename="../../hyrdesk/ui/costs/plots.py" line="132"/>
        <source>Andel hyrkostnad (SKR-måttet), %</source>
        <translation>Hire cost share (SKR measure), %</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/plots.py" line="155"/>
        <source>per månad</source>
        <translation>per month</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/plots.py" line="156"/>
        <source>R12</source>
        <translation>R12</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/plots.py" line="157"/>
        <source>mål</source>
        <translation>target</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/plots.py" line="171"/>
        <source>mål {0}</source>
        <translation>target {0}</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/plots.py" line="179"/>
        <source>Peka på en månad för att se exakta värden.</source>
        <translation>Point at a month to see the exact values.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/plots.py" line="185"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;: per månad {1} · R12 {2} · mål {3}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: per month {1} · R12 {2} · target {3}</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../hyrdesk/ui/recovery.py" line="64"/>
        <source>hyrdesk – databasen kan inte öppnas</source>
        <translation>hyrdesk – the database cannot be opened</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/recovery.py" line="74"/>
        <source>Det tekniska felet: {0}</source>
        <translation>The technical error: {0}</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/recovery.py" line="86"/>
        <source>Välj en säkerhetskopia att återställa:</source>
        <translation>Choose a backup to restore:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/recovery.py" line="87"/>
        <source>Säkerhetskopior</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/recovery.py" line="90"/>
        <source>Det finns inga säkerhetskopior att återställa i {0}.</source>
        <translation>There are no backups to restore in {0}.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/recovery.py" line="97"/>
        <source>&amp;Återställ vald kopia…</source>
        <translation>&amp;Restore the chosen copy…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/recovery.py" line="102"/>
        <source>&amp;Börja om med en ny databas…</source>
        <translation>&amp;Start over with a new database…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/recovery.py" line="106"/>
        <source>&amp;Försök igen</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/recovery.py" line="111"/>
        <source>A&amp;vsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/recovery.py" line="118"/>
        <source>Databasen är skadad</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/recovery.py" line="119"/>
        <source>Databasen är tom</source>
        <translation>The database is empty</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/recovery.py" line="120"/>
        <source>Filen är ingen hyrdesk-databas</source>
        <translation>The file is not a hyrdesk database</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/recovery.py" line="121"/>
        <source>Databasen är från en nyare version</source>
        <translation>The database is from a newer version</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/recovery.py" line="122"/>
        <source>Databasen används av ett annat program</source>
        <translation>The database is in use by another program</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/recovery.py" line="123"/>
        <source>Databasen är skrivskyddad</source>
        <translation>The database is read-only</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/recovery.py" line="124"/>
        <source>Disken är full eller har fel</source>
        <translation>The disk is full or faulty</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/recovery.py" line="125"/>
        <source>Databasen kan inte öppnas</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/recovery.py" line="129"/>
        <source>hyrdesk hittade fel i databasfilen {0}, till exempel efter ett strömavbrott eller ett diskfel. Ingenting har ändrats i filen. Återställ den senaste säkerhetskopian, eller börja om med en ny databas; den skadade filen flyttas då undan och behålls.</source>
        <translation>hyrdesk found errors in the database file {0}, for example after a power cut or a disk fault. Nothing in the file has been changed. Restore the latest backup, or start over with a new database; the damaged file is then moved aside and kept.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/recovery.py" line="130"/>
        <source>Databasfilen {0} är tom, fast det har funnits data i den (det finns säkerhetskopior). Den kan ha tömts av ett synkprogram eller en misslyckad kopiering. Återställ den senaste säkerhetskopian, eller börja om med en ny databas.</source>
        <translation>The database file {0} is empty, although it has held data (there are backups). A sync program or a failed copy may have emptied it. Restore the latest backup, or start over with a new database.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/recovery.py" line="131"/>
        <source>Filen {0} är inte en hyrdesk-databas. Den har inte ändrats. Återställ en säkerhetskopia, eller börja om med en ny databas; filen flyttas då undan och behålls.</source>
        <translation>The file {0} is not a hyrdesk database. It has not been changed. Restore a backup, or start over with a new database; the file is then moved aside and kept.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/recovery.py" line="132"/>
        <source>Databasen {0} har sparats av en nyare version av hyrdesk än den här. Installera den nya versionen för att öppna den. Du kan också återställa en äldre säkerhetskopia; den nuvarande filen sparas först som en egen kopia.</source>
        <translation>The database {0} was saved by a newer version of hyrdesk than this one. Install the new version to open it. You can also restore an older backup; the current file is saved first as a copy of its own.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/recovery.py" line="133"/>
        <source>Ett annat program håller databasen {0} låst, kanske ett annat hyrdesk eller ett säkerhetskopieringsprogram. Stäng det och försök igen.</source>
        <translation>Another program holds the database {0} locked, perhaps another hyrdesk or a backup program. Close it and try again.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/recovery.py" line="134"/>
        <source>hyrdesk får inte skriva i databasen {0} eller i mappen den ligger i. Be IT om skrivrätt, eller ändra filens egenskaper, och försök igen.</source>
        <translation>hyrdesk may not write to the database {0} or to its folder. Ask IT for write permission, or change the file&apos;s properties, and try again.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/recovery.py" line="135"/>
        <source>Databasen {0} kunde inte läsas eller skrivas: disken är full eller har fel. Frigör utrymme och försök igen.</source>
        <translation>The database {0} could not be read or written: the disk is full or faulty. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/recovery.py" line="136"/>
        <source>Databasen {0} kan inte öppnas. Försök igen, återställ en säkerhetskopia eller börja om med en ny databas.</source>
        <translation>The database {0} cannot be opened. Try again, restore a backup or start over with a new database.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/recovery.py" line="143"/>
        <source>Återställa databasen från säkerhetskopian från {0} ({1})? Den nuvarande filen sparas först (som en kopia, eller flyttad åt sidan om den är skadad).</source>
        <translation>Restore the database from the backup of {0} ({1})? The current file is saved first (as a copy, or moved aside if it is damaged).</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/recovery.py" line="145"/>
        <location filename="../../hyrdesk/ui/recovery.py" line="150"/>
        <location filename="../../hyrdesk/ui/recovery.py" line="153"/>
        <source>Återställ säkerhetskopia</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/recovery.py" line="145"/>
        <source>Återställ</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/recovery.py" line="158"/>
        <source>Börja om med en tom databas? Den nuvarande filen raderas inte: den flyttas undan till {0}.skadad-&lt;tid&gt; i samma mapp.</source>
        <translation>Start over with an empty database? The current file is not deleted: it is moved aside to {0}.skadad-&lt;time&gt; in the same folder.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/recovery.py" line="160"/>
        <location filename="../../hyrdesk/ui/recovery.py" line="165"/>
        <location filename="../../hyrdesk/ui/recovery.py" line="168"/>
        <source>Ny databas</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/recovery.py" line="160"/>
        <source>Börja om</source>
        <translation>Start over</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/recovery.py" line="167"/>
        <source>Den gamla databasen finns kvar som {0}. hyrdesk startar med en tom databas.</source>
        <translation>The old database is kept as {0}. hyrdesk starts with an empty database.</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <location filename="../../hyrdesk/ui/review/commands.py" line="46"/>
        <source>Ta bort uppgift</source>
        <translation>Delete task</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/commands.py" line="48"/>
        <source>Ta bort {0} uppgifter</source>
        <translation>Delete {0} tasks</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="311"/>
        <source>Administrativ översyn</source>
        <translation>Administrative review</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="38"/>
        <source>Gå igenom enhetens administrativa uppgifter med regionens mall: förenkla, omfördela eller ta bort.</source>
        <translation>Go through the unit&apos;s administrative tasks with the region&apos;s template: simplify, redistribute or remove.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="51"/>
        <source>&amp;Steg för steg</source>
        <translation>&amp;Step by step</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="52"/>
        <source>&amp;Uppgifter</source>
        <translation>&amp;Tasks</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="53"/>
        <source>Sa&amp;mmanställning</source>
        <translation>Su&amp;mmary</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="54"/>
        <source>&amp;Historik</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="64"/>
        <source>Ö&amp;versyn:</source>
        <translation>Re&amp;view:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="67"/>
        <source>Översyn</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="70"/>
        <source>N&amp;y översyn…</source>
        <translation>N&amp;ew review…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="73"/>
        <source>E&amp;xcel</source>
        <translation>E&amp;xcel</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="76"/>
        <source>Exportera översynen till Excel…</source>
        <translation>Export the review to Excel…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="77"/>
        <source>Exportera en tom mall till Excel…</source>
        <translation>Export an empty template to Excel…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="79"/>
        <source>Läs in ifylld arbetsbok…</source>
        <translation>Read a filled-in workbook…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="93"/>
        <source>Ingen översyn ännu</source>
        <translation>No review yet</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="95"/>
        <source>Budgeten minskar den administrativa personalen. Gå därför igenom alla enhetens administrativa uppgifter med regionens mall och hitta dem som kan förenklas, omfördelas eller tas bort. En uppgift som inte påverkar någon annan enhet får du besluta om själv; påverkar den andra enheter tas den i dialog i linjen.</source>
        <translation>The budget cuts administrative staff. Go through all the unit&apos;s administrative tasks with the region&apos;s template and find those that can be simplified, redistributed or removed. A task that does not affect any other unit is yours to decide; if it affects other units it goes through line dialogue.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="97"/>
        <source>&amp;Starta översynen…</source>
        <translation>&amp;Start the review…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="100"/>
        <source>Exportera tom &amp;mall till Excel…</source>
        <translation>Export an empty &amp;template to Excel…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="102"/>
        <source>&amp;Läs in ifylld arbetsbok…</source>
        <translation>&amp;Read a filled-in workbook…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="142"/>
        <source>&amp;Avsluta översynen</source>
        <translation>&amp;Finish the review</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="142"/>
        <source>Åter&amp;öppna</source>
        <translation>Re&amp;open</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="164"/>
        <source>Översyn {0}</source>
        <translation>Översyn {0}</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="172"/>
        <source>Ny översyn</source>
        <translation>New review</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="177"/>
        <source>Starta översyn</source>
        <translation>Start review</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="185"/>
        <source>Avsluta översyn</source>
        <translation>Finish review</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="187"/>
        <source>Återöppna översyn</source>
        <translation>Reopen review</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="196"/>
        <source>Lägg till förslag</source>
        <translation>Add suggestion</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="196"/>
        <source>Lägg till {0} förslag</source>
        <translation>Add {0} suggestions</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="205"/>
        <source>Ny uppgift</source>
        <translation>New task</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="211"/>
        <source>Ändra uppgift</source>
        <translation>Edit task</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="224"/>
        <source>Exportera översynen</source>
        <translation>Export the review</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="225"/>
        <location filename="../../hyrdesk/ui/review/page.py" line="246"/>
        <location filename="../../hyrdesk/ui/review/page.py" line="270"/>
        <source>Excel-arbetsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="230"/>
        <source>Exporterar översynen…</source>
        <translation>Exporting the review…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="240"/>
        <location filename="../../hyrdesk/ui/review/page.py" line="245"/>
        <source>Exportera tom mall</source>
        <translation>Export an empty template</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="240"/>
        <source>Mall:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="250"/>
        <source>Exporterar mallen…</source>
        <translation>Exporting the template…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="255"/>
        <source>Exporterad</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="256"/>
        <source>Arbetsboken är sparad som
{0}</source>
        <translation>The workbook is saved as
{0}</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="257"/>
        <source>&amp;Öppna filen</source>
        <translation>&amp;Open the file</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="258"/>
        <source>Öppna &amp;mappen</source>
        <translation>Open the &amp;folder</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="269"/>
        <source>Läs in ifylld arbetsbok</source>
        <translation>Read a filled-in workbook</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="287"/>
        <source>Läser arbetsboken…</source>
        <translation>Reading the workbook…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/page.py" line="297"/>
        <location filename="../../hyrdesk/ui/review/page.py" line="302"/>
        <location filename="../../hyrdesk/ui/review/page.py" line="303"/>
        <source>Läs in arbetsbok</source>
        <translation>Read workbook</translation>
    </message>
</context>
<context>
    <name>ReviewSummaryTab</name>
    <message>
        <location filename="../../hyrdesk/ui/review/summary_tab.py" line="63"/>
        <source>Administrativ tid per år</source>
        <translation>Administrative time per year</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/summary_tab.py" line="64"/>
        <location filename="../../hyrdesk/ui/review/summary_tab.py" line="71"/>
        <source>Frigörs per år</source>
        <translation>Freed per year</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/summary_tab.py" line="65"/>
        <source>Dialog i linjen / eget beslut</source>
        <translation>Line dialogue / own decision</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/summary_tab.py" line="71"/>
        <source>Timmar per år</source>
        <translation>Hours per year</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/summary_tab.py" line="72"/>
        <location filename="../../hyrdesk/ui/review/summary_tab.py" line="74"/>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/summary_tab.py" line="72"/>
        <location filename="../../hyrdesk/ui/review/summary_tab.py" line="73"/>
        <source>Uppgifter</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/summary_tab.py" line="73"/>
        <location filename="../../hyrdesk/ui/review/summary_tab.py" line="74"/>
        <source>Förslag</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/summary_tab.py" line="74"/>
        <source>Uppgift</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/summary_tab.py" line="75"/>
        <source>Ansvarig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/summary_tab.py" line="75"/>
        <source>Klart senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/summary_tab.py" line="76"/>
        <source>Per område</source>
        <translation>By area</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/summary_tab.py" line="77"/>
        <source>Per förslag</source>
        <translation>By proposal</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/summary_tab.py" line="79"/>
        <source>Behöver dialog i linjen innan beslut</source>
        <translation>Needs line dialogue before a decision</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/summary_tab.py" line="101"/>
        <location filename="../../hyrdesk/ui/review/summary_tab.py" line="103"/>
        <source>{0} h</source>
        <translation>{0} h</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/summary_tab.py" line="101"/>
        <source>{0} uppgifter</source>
        <translation>{0} tasks</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/summary_tab.py" line="104"/>
        <source>{0} % av den administrativa tiden</source>
        <translation>{0} % of the administrative time</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/summary_tab.py" line="106"/>
        <source>{0} förslag behöver dialog i linjen innan beslut</source>
        <translation>{0} proposals need line dialogue before a decision</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/summary_tab.py" line="112"/>
        <location filename="../../hyrdesk/ui/review/summary_tab.py" line="113"/>
        <source>Totalt</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/summary_tab.py" line="115"/>
        <source>Behöver dialog i linjen innan beslut ({0})</source>
        <translation>Needs line dialogue before a decision ({0})</translation>
    </message>
</context>
<context>
    <name>RollupTab</name>
    <message>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="29"/>
        <source>För dig som är chef i linjen: peka ut den delade mappen (en undermapp per enhet) och jämför enheternas senaste underlag. Filer som inte är underlag från hyrdesk, eller är skadade, hoppas över och listas.</source>
        <translation>For line managers: point at the shared folder (one subfolder per unit) and compare the units&apos; latest workbooks. Files that are not hyrdesk workbooks, or are damaged, are skipped and listed.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="35"/>
        <source>&amp;Mapp:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="37"/>
        <source>Mapp med enheternas underlag</source>
        <translation>Folder with the units&apos; workbooks</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="39"/>
        <source>&amp;Välj…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="41"/>
        <source>&amp;Sammanställ</source>
        <translation>&amp;Roll up</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="44"/>
        <source>Spara &amp;arbetsbok…</source>
        <translation>Save &amp;workbook…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="45"/>
        <source>Spara sammanställningen som en Excel-arbetsbok</source>
        <translation>Save the roll-up as an Excel workbook</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="55"/>
        <source>Öppna sa&amp;mmanställningen</source>
        <translation>Open the roll-&amp;up</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="65"/>
        <source>Enheternas nyckeltal</source>
        <translation>The units&apos; key figures</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="70"/>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="130"/>
        <source>Fil som inte togs med</source>
        <translation>File not included</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="70"/>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="130"/>
        <source>Orsak</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="73"/>
        <source>Filer som inte togs med</source>
        <translation>Files not included</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="88"/>
        <source>Välj mappen med enheternas underlag</source>
        <translation>Choose the folder with the units&apos; workbooks</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="95"/>
        <source>Välj mappen med enheternas underlag först.</source>
        <translation>Choose the folder with the units&apos; workbooks first.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="100"/>
        <source>Sammanställer enheternas underlag…</source>
        <translation>Rolling up the units&apos; workbooks…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="108"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="108"/>
        <source>Kod</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="108"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="108"/>
        <source>Hyrkostnad månad</source>
        <translation>Hire cost, month</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="108"/>
        <source>Hyrkostnad R12</source>
        <translation>Hire cost, R12</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="109"/>
        <source>Ack förändring</source>
        <translation>YTD change</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="109"/>
        <source>Ack förändring %</source>
        <translation>YTD change %</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="109"/>
        <source>Hyrkvot %</source>
        <translation>Hire ratio %</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="109"/>
        <source>Hyrkvot R12 %</source>
        <translation>Hire ratio R12 %</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="110"/>
        <source>Luckor 12 mån (h)</source>
        <translation>Gaps, 12 months (h)</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="110"/>
        <source>varav hyrpersonal (h)</source>
        <translation>of which hired staff (h)</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="110"/>
        <source>varav ej täckt (h)</source>
        <translation>of which not covered (h)</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="111"/>
        <source>Dialog i linjen</source>
        <translation>Line dialogue</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="124"/>
        <source>Summa</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="134"/>
        <source>1 enhet med underlag</source>
        <translation>1 unit with a workbook</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="135"/>
        <source>{0} enheter med underlag</source>
        <translation>{0} units with workbooks</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="136"/>
        <source>alla filer togs med</source>
        <translation>all files were included</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="136"/>
        <source>1 fil togs inte med</source>
        <translation>1 file was not included</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="137"/>
        <source>{0} filer togs inte med</source>
        <translation>{0} files were not included</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="146"/>
        <source>Spara sammanställningen</source>
        <translation>Save the roll-up</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="146"/>
        <source>Excel-arbetsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="156"/>
        <source>Sparar sammanställningen…</source>
        <translation>Saving the roll-up…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="161"/>
        <source>Sammanställningen är sparad: {0}</source>
        <translation>The roll-up is saved: {0}</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/export/rollup_tab.py" line="175"/>
        <source>Sammanställning</source>
        <translation>Roll-up</translation>
    </message>
</context>
<context>
    <name>SetMonthCommand</name>
    <message>
        <location filename="../../hyrdesk/ui/costs/entry_dialog.py" line="32"/>
        <source>Belopp för {0}</source>
        <translation>Amounts for {0}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../hyrdesk/ui/dialogs/settings_dialog.py" line="20"/>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/dialogs/settings_dialog.py" line="30"/>
        <source>&amp;Språk:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/dialogs/settings_dialog.py" line="33"/>
        <source>&amp;Mål för hyrkostnad (%):</source>
        <translation>Hire-cost &amp;target (%):</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/dialogs/settings_dialog.py" line="40"/>
        <source>t.ex. en mappad nätverksenhet eller en synkad mapp</source>
        <translation>e.g. a mapped network drive or a synced folder</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/dialogs/settings_dialog.py" line="41"/>
        <source>&amp;Bläddra…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/dialogs/settings_dialog.py" line="45"/>
        <source>&amp;Delad mapp:</source>
        <translation>&amp;Shared folder:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/dialogs/settings_dialog.py" line="47"/>
        <source>Språkbytet gäller från nästa start av hyrdesk.</source>
        <translation>A change of language takes effect the next time hyrdesk starts.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/dialogs/settings_dialog.py" line="56"/>
        <source>Välj delad mapp</source>
        <translation>Choose the shared folder</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/dialogs/settings_dialog.py" line="73"/>
        <source>Välj en annan mapp, eller lämna fältet tomt.</source>
        <translation>Choose another folder, or leave the field empty.</translation>
    </message>
</context>
<context>
    <name>ShiftLengthsDialog</name>
    <message>
        <location filename="../../hyrdesk/ui/gaps/shift_dialog.py" line="17"/>
        <source>Passlängder</source>
        <translation>Shift lengths</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/shift_dialog.py" line="20"/>
        <source>Antal timmar i ett pass. En lucka som registreras som ett antal pass får antal × passlängd timmar; redan sparade luckor ändras inte.</source>
        <translation>Hours in one shift. A gap registered as a number of shifts gets number × shift length hours; gaps already saved do not change.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/shift_dialog.py" line="26"/>
        <source>&amp;Dagpass (timmar):</source>
        <translation>&amp;Day shift (hours):</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/shift_dialog.py" line="26"/>
        <source>&amp;Kvällspass (timmar):</source>
        <translation>&amp;Evening shift (hours):</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/shift_dialog.py" line="27"/>
        <source>&amp;Nattpass (timmar):</source>
        <translation>&amp;Night shift (hours):</translation>
    </message>
</context>
<context>
    <name>StartReviewDialog</name>
    <message>
        <location filename="../../hyrdesk/ui/review/start_dialog.py" line="20"/>
        <source>Mallar som inte kan användas</source>
        <translation>Templates that cannot be used</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/start_dialog.py" line="21"/>
        <source>{0} mallfiler kunde inte läsas. Visa detaljer för vad som är fel i varje fil.</source>
        <translation>{0} template files could not be read. Show details for what is wrong in each file.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/start_dialog.py" line="31"/>
        <source>Starta en ny översyn</source>
        <translation>Start a new review</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/start_dialog.py" line="39"/>
        <source>Mall</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/start_dialog.py" line="42"/>
        <source>Öppna &amp;mallfil…</source>
        <translation>Open a template &amp;file…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/start_dialog.py" line="46"/>
        <source>&amp;Mall:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/start_dialog.py" line="54"/>
        <source>{0} mallar i den delade mappen kunde inte läsas – visa varför</source>
        <translation>{0} templates in the shared folder could not be read – show why</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/start_dialog.py" line="61"/>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/start_dialog.py" line="66"/>
        <source>&amp;Utgå från ”{0}”</source>
        <translation>&amp;Start from “{0}”</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/start_dialog.py" line="69"/>
        <source>Uppgifterna som finns kvar följer med: det som togs bort är borta och det som omfördelades görs av den nya rollen. Besluten börjar om.</source>
        <translation>The tasks that remain carry over: what was removed is gone and what was redistributed is done by the new role. The decisions start afresh.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/start_dialog.py" line="76"/>
        <source>&amp;Starta</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/start_dialog.py" line="92"/>
        <source>{0} områden: {1}.</source>
        <translation>{0} areas: {1}.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/start_dialog.py" line="95"/>
        <source>Öppna mallfil</source>
        <translation>Open template file</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/start_dialog.py" line="95"/>
        <source>Översynsmallar (*.json)</source>
        <translation>Review templates (*.json)</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <location filename="../../hyrdesk/ui/gaps/summary_tab.py" line="61"/>
        <source>Månad</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/summary_tab.py" line="63"/>
        <source>Totalt, h</source>
        <translation>Total, h</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/summary_tab.py" line="65"/>
        <source>Andel
hyrpersonal</source>
        <translation>Agency
share</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/gaps/summary_tab.py" line="72"/>
        <source>Totalt</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../hyrdesk/ui/review/task_dialog.py" line="38"/>
        <source>Ny uppgift</source>
        <translation>New task</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/task_dialog.py" line="38"/>
        <source>Ändra uppgift</source>
        <translation>Edit task</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/task_dialog.py" line="52"/>
        <source>&amp;Område:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/task_dialog.py" line="54"/>
        <source>t.ex. Sammanställning av beläggning till förvaltningen</source>
        <translation>e.g. Occupancy report to the administration</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/task_dialog.py" line="55"/>
        <source>&amp;Uppgift:</source>
        <translation>&amp;Task:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/task_dialog.py" line="57"/>
        <source>Utförs av (&amp;roll):</source>
        <translation>Done by (&amp;role):</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/task_dialog.py" line="61"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/task_dialog.py" line="62"/>
        <source>&amp;Minuter per tillfälle:</source>
        <translation>&amp;Minutes per occurrence:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/task_dialog.py" line="64"/>
        <source>&amp;Frekvens:</source>
        <translation>&amp;Frequency:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/task_dialog.py" line="68"/>
        <source>&amp;Antal per period:</source>
        <translation>&amp;Count per period:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/task_dialog.py" line="71"/>
        <source>Timmar per år:</source>
        <translation>Hours per year:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/task_dialog.py" line="73"/>
        <source>Ej bedömd</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/task_dialog.py" line="77"/>
        <source>N&amp;ytta:</source>
        <translation>Usef&amp;ulness:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/task_dialog.py" line="79"/>
        <source>Kravets &amp;ursprung:</source>
        <translation>&amp;Origin of the requirement:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/task_dialog.py" line="81"/>
        <source>&amp;Förslag:</source>
        <translation>&amp;Proposal:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/task_dialog.py" line="83"/>
        <source>Mottagande ro&amp;ll:</source>
        <translation>Receiving ro&amp;le:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/task_dialog.py" line="85"/>
        <source>&amp;Påverkar andra enheter:</source>
        <translation>Affects other &amp;units:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/task_dialog.py" line="88"/>
        <source>Beslutsväg:</source>
        <translation>Route:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/task_dialog.py" line="90"/>
        <source>Ans&amp;varig:</source>
        <translation>Res&amp;ponsible:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/task_dialog.py" line="92"/>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/task_dialog.py" line="93"/>
        <source>&amp;Klart senast:</source>
        <translation>&amp;Due date:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/task_dialog.py" line="95"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/task_dialog.py" line="100"/>
        <source>Frigjorda &amp;timmar per år:</source>
        <translation>&amp;Hours freed per year:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/task_dialog.py" line="132"/>
        <source>{0} timmar</source>
        <translation>{0} hours</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/task_dialog.py" line="137"/>
        <source>förslag: {0} (lämna tomt för att använda det)</source>
        <translation>suggested: {0} (leave empty to use it)</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <location filename="../../hyrdesk/ui/review/task_model.py" line="79"/>
        <location filename="../../hyrdesk/ui/review/task_model.py" line="100"/>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/task_model.py" line="79"/>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/task_model.py" line="79"/>
        <source>Minuter</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/task_model.py" line="79"/>
        <source>Antal</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/task_model.py" line="80"/>
        <source>Tim/år</source>
        <translation>Hrs/yr</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/task_model.py" line="80"/>
        <source>Nytta</source>
        <translation>Useful</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/task_model.py" line="80"/>
        <source>Ursprung</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/task_model.py" line="81"/>
        <source>Mottagare</source>
        <translation>Receiver</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/task_model.py" line="81"/>
        <source>Påverkar andra</source>
        <translation>Affects others</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/task_model.py" line="82"/>
        <source>Frigörs tim/år</source>
        <translation>Freed hrs/yr</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/task_model.py" line="107"/>
        <source>Räknas fram: minuter × antal × tillfällen per år / 60 (220 arbetsdagar, 44 arbetsveckor, 12 månader).</source>
        <translation>Computed: minutes × count × occurrences per year / 60 (220 working days, 44 working weeks, 12 months).</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/task_model.py" line="109"/>
        <source>Räknas fram: Eget beslut när uppgiften inte påverkar andra enheter, annars Dialog i linjen.</source>
        <translation>Computed: Own decision when the task does not affect other units, otherwise Line dialogue.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/task_model.py" line="111"/>
        <source>Uppgiftens nummer, samma som i Excel-arbetsboken.</source>
        <translation>The task&apos;s number, the same as in the Excel workbook.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/task_model.py" line="152"/>
        <source>Förslag utifrån förslaget: {0} h/år. Töm fältet för att använda det.</source>
        <translation>Suggested from the proposal: {0} h/yr. Empty the field to use it.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/task_model.py" line="204"/>
        <source>Ändra ”{0}”</source>
        <translation>Edit “{0}”</translation>
    </message>
</context>
<context>
    <name>TaskTableTab</name>
    <message>
        <location filename="../../hyrdesk/ui/review/table_tab.py" line="51"/>
        <source>Visa område</source>
        <translation>Show area</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/table_tab.py" line="53"/>
        <source>Bara &amp;dialog i linjen</source>
        <translation>Only line &amp;dialogue</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/table_tab.py" line="55"/>
        <source>Sök uppgift, roll eller ansvarig</source>
        <translation>Search task, role or responsible</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/table_tab.py" line="56"/>
        <source>Sök</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/table_tab.py" line="58"/>
        <source>&amp;Ny uppgift…</source>
        <translation>&amp;New task…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/table_tab.py" line="59"/>
        <source>Ä&amp;ndra…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/table_tab.py" line="60"/>
        <source>&amp;Ta bort</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/table_tab.py" line="72"/>
        <source>Uppgifter</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/table_tab.py" line="82"/>
        <source>Dubbelklicka eller börja skriva i en cell för att ändra den. Grå kolumner räknas fram. Ctrl+Z ångrar.</source>
        <translation>Double-click or start typing in a cell to change it. Grey columns are computed. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/table_tab.py" line="105"/>
        <source>Alla områden</source>
        <translation>All areas</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../hyrdesk/ui/dialogs/unit_dialog.py" line="57"/>
        <source>Ny enhet</source>
        <translation>New unit</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/dialogs/unit_dialog.py" line="57"/>
        <source>Ändra enhet</source>
        <translation>Edit unit</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <location filename="../../hyrdesk/ui/dialogs/unit_dialog.py" line="22"/>
        <source>t.ex. MED4 eller 1234</source>
        <translation>e.g. MED4 or 1234</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/dialogs/unit_dialog.py" line="24"/>
        <source>t.ex. Medicinavdelning 4</source>
        <translation>e.g. Medical ward 4</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/dialogs/unit_dialog.py" line="28"/>
        <source>&amp;Kod (kostnadsställe):</source>
        <translation>&amp;Code (cost centre):</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/dialogs/unit_dialog.py" line="29"/>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/dialogs/unit_dialog.py" line="30"/>
        <source>&amp;Verksamhetsområde:</source>
        <translation>Care &amp;area:</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../hyrdesk/ui/welcome.py" line="35"/>
        <source>Välkommen till hyrdesk</source>
        <translation>Welcome to hyrdesk</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/welcome.py" line="40"/>
        <source>hyrdesk hjälper dig som chef att minska beroendet av inhyrd personal: registrera bemanningsluckor, följ hyrkostnaderna mot målet 2 %, gör den administrativa översynen och ta fram underlag för dialog i linjen.

Börja med att lägga upp din enhet.</source>
        <translation>hyrdesk helps you as a manager reduce the dependence on hired staff: register staffing gaps, follow hire costs against the 2 % target, run the administration-task review and prepare material for the line dialogue.

Start by setting up your unit.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/welcome.py" line="49"/>
        <source>Titta på &amp;demodata</source>
        <translation>Look at &amp;demo data</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/welcome.py" line="50"/>
        <source>Öppnar en påhittad enhet i ett eget fönster. Dina egna data påverkas inte.</source>
        <translation>Opens a made-up unit in a window of its own. Your own data is not touched.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/welcome.py" line="52"/>
        <source>&amp;Skapa enheten</source>
        <translation>&amp;Create the unit</translation>
    </message>
</context>
<context>
    <name>WorkbookErrorsDialog</name>
    <message>
        <location filename="../../hyrdesk/ui/review/excel_dialogs.py" line="46"/>
        <source>Arbetsboken har fel</source>
        <translation>The workbook has errors</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/excel_dialogs.py" line="47"/>
        <source>{0} har {1} fel. Inget har sparats. Rätta felen i Excel och läs in filen igen.</source>
        <translation>{0} has {1} errors. Nothing has been saved. Correct them in Excel and read the file again.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/review/excel_dialogs.py" line="50"/>
        <source>&amp;Kopiera listan</source>
        <translation>&amp;Copy the list</translation>
    </message>
</context>
<context>
    <name>YtdTableModel</name>
    <message>
        <location filename="../../hyrdesk/ui/costs/ytd_model.py" line="66"/>
        <source>Rapportgrupp</source>
        <translation>Report group</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/ytd_model.py" line="67"/>
        <location filename="../../hyrdesk/ui/costs/ytd_model.py" line="68"/>
        <source>Ack {0}</source>
        <translation>YTD {0}</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/ytd_model.py" line="69"/>
        <source>Förändring</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/ytd_model.py" line="70"/>
        <source>Förändring %</source>
        <translation>Change %</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/ytd_model.py" line="82"/>
        <location filename="../../hyrdesk/ui/costs/ytd_model.py" line="83"/>
        <source>Hyrkostnad januari–{0}</source>
        <translation>Hire cost January–{0}</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/ytd_model.py" line="85"/>
        <source>Hyrkostnad {0}</source>
        <translation>Hire cost {0}</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/ytd_model.py" line="72"/>
        <source>R12</source>
        <translation>R12</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/ytd_model.py" line="73"/>
        <source>Andel {0}</source>
        <translation>Share {0}</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/ytd_model.py" line="74"/>
        <source>Andel R12</source>
        <translation>Share R12</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/ytd_model.py" line="86"/>
        <source>Hyrkostnad för de 12 månaderna t.o.m. {0}</source>
        <translation>Hire cost for the 12 months up to and including {0}</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/ytd_model.py" line="87"/>
        <source>Hyrkostnad / kostnad för egen personal, {0}</source>
        <translation>Hire cost / own staff cost, {0}</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/ytd_model.py" line="88"/>
        <source>Hyrkostnad / kostnad för egen personal, 12 månader t.o.m. {0}</source>
        <translation>Hire cost / own staff cost, 12 months up to and including {0}</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/ytd_model.py" line="106"/>
        <source>Kan inte beräknas: någon månad saknar belopp.</source>
        <translation>Cannot be computed: a month has no amounts.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/costs/ytd_model.py" line="110"/>
        <source>Hyrkostnad delat med kostnad för egen personal; visas inte när kostnaden för egen personal är noll eller okänd.</source>
        <translation>Hire cost divided by own staff cost; not shown when own staff cost is zero or unknown.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../hyrdesk/app.py" line="76"/>
        <source>hyrdesk är redan igång. Byt till det fönster som redan är öppet.</source>
        <translation>hyrdesk is already running. Switch to the window that is already open.</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <location filename="../../hyrdesk/ui/backup_list.py" line="103"/>
        <source>Databasen är återställd från {0}.</source>
        <translation>The database has been restored from {0}.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/backup_list.py" line="105"/>
        <source>Den tidigare databasen sparades som säkerhetskopian {0}.</source>
        <translation>The previous database was saved as the backup {0}.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/backup_list.py" line="109"/>
        <source>Den skadade databasen flyttades undan till {0} och finns kvar.</source>
        <translation>The damaged database was moved aside to {0} and is kept.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../hyrdesk/ui/crash.py" line="40"/>
        <source>Ett oväntat fel</source>
        <translation>An unexpected error</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/crash.py" line="42"/>
        <source>Något gick fel i hyrdesk. Det du redan har sparat finns kvar.

Felet har skrivits till loggfilen:
{0}</source>
        <translation>Something went wrong in hyrdesk. What you have already saved is still there.

The error has been written to the log file:
{0}</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../hyrdesk/ui/pages/__init__.py" line="66"/>
        <source>Registrera bemanningsluckor</source>
        <translation>Register staffing gaps</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/__init__.py" line="67"/>
        <source>Vad egen personal inte kunde täcka, varför och hur det löstes.</source>
        <translation>What own staff could not cover, why, and how it was solved.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/selftest.py" line="117"/>
        <location filename="../../hyrdesk/ui/pages/__init__.py" line="68"/>
        <source>Följ hyrkostnaderna</source>
        <translation>Follow hire costs</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/__init__.py" line="69"/>
        <source>Importera ekonomiutdrag och se trenden mot målet.</source>
        <translation>Import finance exports and see the trend against the target.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/__init__.py" line="70"/>
        <source>Gör den administrativa översynen</source>
        <translation>Run the administration review</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/__init__.py" line="71"/>
        <source>Förenkla, omfördela eller ta bort administrativa uppgifter.</source>
        <translation>Simplify, redistribute or remove administrative tasks.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/__init__.py" line="72"/>
        <source>Ta fram underlag för dialog i linjen</source>
        <translation>Prepare the line-dialogue material</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/__init__.py" line="73"/>
        <source>En arbetsbok till din chef, i den delade mappen.</source>
        <translation>A workbook for your manager, in the shared folder.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/titles.py" line="8"/>
        <source>Översikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/titles.py" line="9"/>
        <source>Bemanningsluckor</source>
        <translation>Staffing gaps</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/titles.py" line="10"/>
        <source>Hyrkostnader</source>
        <translation>Hire costs</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/titles.py" line="11"/>
        <source>Administrativ översyn</source>
        <translation>Administrative review</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/titles.py" line="12"/>
        <source>Export och delning</source>
        <translation>Export and sharing</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="40"/>
        <source>Kalkylblad (*.xlsx *.csv *.txt);;Alla filer (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../hyrdesk/ui/tasks.py" line="75"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
