<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Kontotabell</source>
        <translation>Account table</translation>
    </message>
    <message>
        <source>Ange för varje konto, eller intervall av konton, i ekonomisystemet om det är hyrkostnad, kostnad för egen personal eller ska ignoreras. Det mest specifika gäller: ett enskilt konto går före ett intervall som innehåller det. Yrkeskategorin används när filen inte har någon kolumn för yrkeskategori.</source>
        <translation>For each account, or range of accounts, in the finance system, say whether it is hire cost, own staff cost or to be ignored. The most specific row applies: a single account goes before a range that contains it. The staff category is used when the file has no staff category column.</translation>
    </message>
    <message>
        <source>t.ex. 4611 eller 4600-4699</source>
        <translation>e.g. 4611 or 4600-4699</translation>
    </message>
    <message>
        <source>– ingen –</source>
        <translation>– none –</translation>
    </message>
    <message>
        <source>&amp;Konto:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>&amp;Slag:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Yrkeskategori:</source>
        <translation>Staff categor&amp;y:</translation>
    </message>
    <message>
        <source>Spara &amp;raden</source>
        <translation>&amp;Save row</translation>
    </message>
    <message>
        <source>&amp;Ta bort raden</source>
        <translation>&amp;Remove row</translation>
    </message>
    <message>
        <source>Konton i filen som saknas i tabellen: {0}</source>
        <translation>Accounts in the file that are missing from the table: {0}</translation>
    </message>
    <message>
        <source>Kontotabell: {0}</source>
        <translation>Account table: {0}</translation>
    </message>
    <message>
        <source>Ta bort {0} ur kontotabellen</source>
        <translation>Remove {0} from the account table</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Konto eller intervall</source>
        <translation>Account or range</translation>
    </message>
    <message>
        <source>Slag</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Yrkeskategori</source>
        <translation>Staff category</translation>
    </message>
</context>
<context>
    <name>ActionChart</name>
    <message>
        <source>Före och efter för vald åtgärd</source>
        <translation>Before and after for the selected action</translation>
    </message>
    <message>
        <source>Välj en åtgärd i tabellen för att se effekten månad för månad.</source>
        <translation>Select an action in the table to see its effect month by month.</translation>
    </message>
    <message>
        <source>Åtgärden har ingen indikator och ingen mätbar effekt.</source>
        <translation>The action has no indicator and no measurable effect.</translation>
    </message>
    <message>
        <source>Det finns inga uppgifter för baslinjen ännu.</source>
        <translation>There is no data for the baseline yet.</translation>
    </message>
    <message>
        <source>före</source>
        <translation>before</translation>
    </message>
    <message>
        <source>efter</source>
        <translation>after</translation>
    </message>
    <message>
        <source>mål</source>
        <translation>target</translation>
    </message>
</context>
<context>
    <name>ActionCommands</name>
    <message>
        <source>Ny åtgärd</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Ändra åtgärd</source>
        <translation>Edit action</translation>
    </message>
    <message>
        <source>Ta bort åtgärd</source>
        <translation>Delete action</translation>
    </message>
    <message>
        <source>Ta bort {0} åtgärder</source>
        <translation>Delete {0} actions</translation>
    </message>
    <message>
        <source>Ändra plan framåt</source>
        <translation>Edit plan ahead</translation>
    </message>
    <message>
        <source>Läs in åtgärdsplan</source>
        <translation>Import action plan</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Ny åtgärd</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Ändra åtgärd</source>
        <translation>Edit action</translation>
    </message>
    <message>
        <source>t.ex. Rekrytera två specialistsjuksköterskor</source>
        <translation>e.g. Recruit two specialist nurses</translation>
    </message>
    <message>
        <source>&amp;Åtgärd</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>&amp;Område</source>
        <translation>&amp;Area</translation>
    </message>
    <message>
        <source>Alla yrkeskategorier</source>
        <translation>All staff categories</translation>
    </message>
    <message>
        <source>&amp;Yrkeskategori</source>
        <translation>Staff &amp;category</translation>
    </message>
    <message>
        <source>En roll, aldrig ett namn.</source>
        <translation>A role, never a name.</translation>
    </message>
    <message>
        <source>Ansvarig &amp;roll</source>
        <translation>Owner &amp;role</translation>
    </message>
    <message>
        <source>Över enhet tas åtgärden i dialog i linjen.</source>
        <translation>Above unit level the action goes to the line dialogue.</translation>
    </message>
    <message>
        <source>&amp;Beslutsnivå</source>
        <translation>&amp;Decision level</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>S&amp;tart</translation>
    </message>
    <message>
        <source>&amp;Klart senast</source>
        <translation>D&amp;ue</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD (valfritt)</source>
        <translation>YYYY-MM-DD (optional)</translation>
    </message>
    <message>
        <source>&amp;Nästa uppföljning</source>
        <translation>&amp;Next follow-up</translation>
    </message>
    <message>
        <source>Orsa&amp;ker</source>
        <translation>Cau&amp;ses</translation>
    </message>
    <message>
        <source>Orsakerna till bemanningsluckor som åtgärden riktar sig mot. Ingen vald: alla.</source>
        <translation>The causes of staffing gaps the action targets. None selected: all.</translation>
    </message>
    <message>
        <source>Ingen</source>
        <translation>None</translation>
    </message>
    <message>
        <source>&amp;Indikator</source>
        <translation>&amp;Indicator</translation>
    </message>
    <message>
        <source>per månad, t.ex. −20</source>
        <translation>per month, e.g. −20</translation>
    </message>
    <message>
        <source>&amp;Förväntad förändring</source>
        <translation>&amp;Expected change</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Baslinje från</source>
        <translation>Baseline from</translation>
    </message>
    <message>
        <source>Baslinje till</source>
        <translation>Baseline to</translation>
    </message>
    <message>
        <source>Bas&amp;linje</source>
        <translation>Base&amp;line</translation>
    </message>
    <message>
        <source>Tomt: de 6 månaderna före startmånaden.</source>
        <translation>Empty: the 6 months before the start month.</translation>
    </message>
    <message>
        <source>kronor (valfritt)</source>
        <translation>kronor (optional)</translation>
    </message>
    <message>
        <source>Kostna&amp;d</source>
        <translation>C&amp;ost</translation>
    </message>
    <message>
        <source>Ant&amp;eckning</source>
        <translation>N&amp;ote</translation>
    </message>
</context>
<context>
    <name>ActionTable</name>
    <message>
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Ansvarig roll</source>
        <translation>Owner role</translation>
    </message>
    <message>
        <source>Beslutsnivå</source>
        <translation>Decision level</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Klart senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Baslinje</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Utfall</source>
        <translation>Observed</translation>
    </message>
    <message>
        <source>Förändring</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Förväntat</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Effekt</source>
        <translation>Effect</translation>
    </message>
    <message>
        <source>Före → efter</source>
        <translation>Before → after</translation>
    </message>
    <message>
        <source>Ej mätt ännu</source>
        <translation>Not measured yet</translation>
    </message>
    <message>
        <source>Uppnådd</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Ej uppnådd</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <source>Tas i dialog i linjen.</source>
        <translation>Goes to the line dialogue.</translation>
    </message>
    <message>
        <source>Klart senast har passerat och åtgärden är varken genomförd eller avbruten.</source>
        <translation>The due date has passed and the action is neither done nor cancelled.</translation>
    </message>
    <message>
        <source>försenad</source>
        <translation>overdue</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Enhetens åtgärder för att minska behovet av hyrpersonal, med status och uppmätt effekt.</source>
        <translation>The unit&apos;s actions to need less agency staff, with status and measured effect.</translation>
    </message>
    <message>
        <source>&amp;Ny åtgärd…</source>
        <translation>&amp;New action…</translation>
    </message>
    <message>
        <source>&amp;Importera…</source>
        <translation>I&amp;mport…</translation>
    </message>
    <message>
        <source>Genomförda</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Försenade</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Dialog i linjen</source>
        <translation>Line dialogue</translation>
    </message>
    <message>
        <source>Effekt uppnådd</source>
        <translation>Effect reached</translation>
    </message>
    <message>
        <source>Utan uppmätt effekt</source>
        <translation>No measured effect</translation>
    </message>
    <message>
        <source>Åtgärder</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>E&amp;xportera till Excel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <source>&amp;Ändra åtgärd…</source>
        <translation>Edit &amp;action…</translation>
    </message>
    <message>
        <source>Markera som &amp;genomförd</source>
        <translation>Ma&amp;rk as done</translation>
    </message>
    <message>
        <source>Ta &amp;bort</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Före → efter: grå stapel = baslinje, färgad = utfall (grön när effekten är uppnådd), streck = mål.</source>
        <translation>Before → after: grey bar = baseline, coloured = observed (green when the effect is reached), dash = target.</translation>
    </message>
    <message>
        <source>Plan framåt</source>
        <translation>Plan ahead</translation>
    </message>
    <message>
        <source>Vad som händer härnäst: vad som ska följas upp, beslutas eller tas i linjen.</source>
        <translation>What happens next: what to follow up, decide or take to the line.</translation>
    </message>
    <message>
        <source>&amp;Spara plan framåt</source>
        <translation>&amp;Save plan ahead</translation>
    </message>
    <message>
        <source>{0} · effekten mätt till och med {1}</source>
        <translation>{0} · effect measured up to {1}</translation>
    </message>
    <message>
        <source>{0} av {1}</source>
        <translation>{0} of {1}</translation>
    </message>
    <message>
        <source>{0} pågår, {1} ej påbörjade</source>
        <translation>{0} ongoing, {1} not started</translation>
    </message>
    <message>
        <source>klart senast har passerat</source>
        <translation>due date has passed</translation>
    </message>
    <message>
        <source>beslut över enhetens nivå</source>
        <translation>decisions above the unit&apos;s level</translation>
    </message>
    <message>
        <source>förändringen minst den förväntade</source>
        <translation>change at least the expected</translation>
    </message>
    <message>
        <source>ingen indikator eller inget utfall ännu</source>
        <translation>no indicator or no observed months yet</translation>
    </message>
    <message>
        <source>Per område: </source>
        <translation>By area: </translation>
    </message>
    <message>
        <source>{0} {1} av {2}</source>
        <translation>{0} {1} of {2}</translation>
    </message>
    <message>
        <source>Inga åtgärder ännu. Lägg till den första med Ny åtgärd…</source>
        <translation>No actions yet. Add the first with New action…</translation>
    </message>
    <message>
        <source>Plan framåt, {0}</source>
        <translation>Plan ahead, {0}</translation>
    </message>
    <message>
        <source>Före → efter: {0}</source>
        <translation>Before → after: {0}</translation>
    </message>
    <message>
        <source>Före → efter</source>
        <translation>Before → after</translation>
    </message>
    <message>
        <source>Markera som genomförd</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <source>Exportera åtgärdsplan</source>
        <translation>Export action plan</translation>
    </message>
    <message>
        <source>Excel-arbetsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Sparad som {0}.</source>
        <translation>Saved as {0}.</translation>
    </message>
    <message>
        <source>Läs in åtgärdsplan</source>
        <translation>Import action plan</translation>
    </message>
    <message>
        <source>Arbetsboken har fel</source>
        <translation>The workbook has errors</translation>
    </message>
    <message>
        <source>{0} har {1} fel. Inget har sparats. Rätta felen i Excel och läs in filen igen.</source>
        <translation>{0} has {1} errors. Nothing has been saved. Correct them in Excel and import the file again.</translation>
    </message>
    <message>
        <source>Så här ändras åtgärdsplanen om du läser in filen. Inget är sparat ännu.</source>
        <translation>This is how the action plan changes if you import the file. Nothing is saved yet.</translation>
    </message>
    <message>
        <source>&amp;Läs in</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>BackupModel</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Slag</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Storlek</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Säkerhetskopior</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>hyrdesk gör en säkerhetskopia av databasen första gången du startar programmet varje dag, och innan databasen uppgraderas till en ny version. Kopiorna ligger i {0}.</source>
        <translation>hyrdesk backs up the database the first time you start the program each day, and before the database is upgraded to a new version. The copies are in {0}.</translation>
    </message>
    <message>
        <source>Inga säkerhetskopior ännu. Skapa den första med Skapa nu.</source>
        <translation>No backups yet. Make the first one with Back up now.</translation>
    </message>
    <message>
        <source>&amp;Spara de senaste</source>
        <translation>&amp;Keep the latest</translation>
    </message>
    <message>
        <source>Antal säkerhetskopior som sparas av varje slag</source>
        <translation>Number of backups kept of each kind</translation>
    </message>
    <message>
        <source>kopiorna av varje slag (dagliga, egna, före uppgradering, före återställning).</source>
        <translation>copies of each kind (daily, your own, before upgrade, before restore).</translation>
    </message>
    <message>
        <source>S&amp;kapa nu</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Återställ…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Öppna &amp;mappen</source>
        <translation>Open the &amp;folder</translation>
    </message>
    <message>
        <source>S&amp;täng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Skapar en säkerhetskopia…</source>
        <translation>Making a backup…</translation>
    </message>
    <message>
        <source>Återställa databasen från säkerhetskopian från {0} ({1})?

Det du har ändrat efter det försvinner ur programmet. Den nuvarande databasen sparas först som en egen säkerhetskopia (Före återställning), så du kan gå tillbaka till den.</source>
        <translation>Restore the database from the backup of {0} ({1})?

Whatever you changed after that disappears from the program. The current database is saved first as a backup of its own (Before restore), so you can go back to it.</translation>
    </message>
    <message>
        <source>Återställ säkerhetskopia</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Återställ</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Nytt avrop</source>
        <translation>New booking</translation>
    </message>
    <message>
        <source>&amp;Referens:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <source>Avropets referens</source>
        <translation>Booking reference</translation>
    </message>
    <message>
        <source>&amp;Yrkeskategori:</source>
        <translation>Staff categor&amp;y:</translation>
    </message>
    <message>
        <source>Yrkeskategori</source>
        <translation>Staff category</translation>
    </message>
    <message>
        <source>&amp;Nivå:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>Nivå enligt avtalet</source>
        <translation>Level under the agreement</translation>
    </message>
    <message>
        <source>&amp;Leverantör:</source>
        <translation>Su&amp;pplier:</translation>
    </message>
    <message>
        <source>Leverantör</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>&amp;Från (ÅÅÅÅ-MM-DD):</source>
        <translation>&amp;From (YYYY-MM-DD):</translation>
    </message>
    <message>
        <source>Avropets första dag</source>
        <translation>The booking&apos;s first day</translation>
    </message>
    <message>
        <source>&amp;Till (ÅÅÅÅ-MM-DD):</source>
        <translation>&amp;To (YYYY-MM-DD):</translation>
    </message>
    <message>
        <source>Avropets sista dag</source>
        <translation>The booking&apos;s last day</translation>
    </message>
    <message>
        <source>&amp;Beställda timmar:</source>
        <translation>Ordered &amp;hours:</translation>
    </message>
    <message>
        <source>Beställda timmar</source>
        <translation>Ordered hours</translation>
    </message>
    <message>
        <source>&amp;Utanför avtalet</source>
        <translation>O&amp;utside the agreement</translation>
    </message>
    <message>
        <source>Avropet görs utanför avtalet</source>
        <translation>The booking is made outside the agreement</translation>
    </message>
    <message>
        <source>&amp;IVO-utdrag, datum:</source>
        <translation>&amp;IVO extract, date:</translation>
    </message>
    <message>
        <source>Datum för IVO-utdraget</source>
        <translation>Date of the IVO extract</translation>
    </message>
    <message>
        <source>&amp;HOSP-utdrag, datum:</source>
        <translation>HOSP e&amp;xtract, date:</translation>
    </message>
    <message>
        <source>Datum för HOSP-utdraget</source>
        <translation>Date of the HOSP extract</translation>
    </message>
    <message>
        <source>HLR-utbildning, &amp;datum:</source>
        <translation>CPR training, &amp;date:</translation>
    </message>
    <message>
        <source>Datum för HLR-utbildningen</source>
        <translation>Date of the CPR training</translation>
    </message>
    <message>
        <source>&amp;Karens kontrollerad:</source>
        <translation>&amp;Quarantine period checked:</translation>
    </message>
    <message>
        <source>Karens kontrollerad</source>
        <translation>Quarantine period checked</translation>
    </message>
    <message>
        <source>ej kontrollerad</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Beställda timmar: ”%1” är inget tal.</source>
        <translation>Ordered hours: “%1” is not a number.</translation>
    </message>
    <message>
        <source>första dagen</source>
        <translation>the first day</translation>
    </message>
    <message>
        <source>sista dagen</source>
        <translation>the last day</translation>
    </message>
    <message>
        <source>Nytt avrop %1</source>
        <translation>New booking %1</translation>
    </message>
</context>
<context>
    <name>BrowseTab</name>
    <message>
        <source>Från datum</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>Till datum</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>Yrkeskategori</source>
        <translation>Staff category</translation>
    </message>
    <message>
        <source>Alla orsaker</source>
        <translation>All causes</translation>
    </message>
    <message>
        <source>Orsak</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Alla täckningar</source>
        <translation>All coverage</translation>
    </message>
    <message>
        <source>Täckning</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Sök i anteckning och bemanningsföretag</source>
        <translation>Search notes and agencies</translation>
    </message>
    <message>
        <source>Fritext</source>
        <translation>Free text</translation>
    </message>
    <message>
        <source>Ren&amp;sa filter</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>S&amp;ök:</source>
        <translation>Se&amp;arch:</translation>
    </message>
    <message>
        <source>&amp;Från:</source>
        <translation>Fr&amp;om:</translation>
    </message>
    <message>
        <source>&amp;Till:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Yrkeskategori:</source>
        <translation>Staff categor&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Orsak:</source>
        <translation>&amp;Cause:</translation>
    </message>
    <message>
        <source>Täc&amp;kning:</source>
        <translation>Covera&amp;ge:</translation>
    </message>
    <message>
        <source>Bemanningsluckor</source>
        <translation>Staffing gaps</translation>
    </message>
    <message>
        <source>Ä&amp;ndra…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>Ta &amp;bort</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Ta bort de markerade luckorna (Delete). Kan ångras med Ctrl+Z.</source>
        <translation>Delete the selected gaps (Delete). Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <source>Alla yrkeskategorier</source>
        <translation>All staff categories</translation>
    </message>
    <message>
        <source>{0} luckor</source>
        <translation>{0} gaps</translation>
    </message>
    <message>
        <source>1 lucka</source>
        <translation>1 gap</translation>
    </message>
    <message>
        <source> matchar filtret</source>
        <translation> match the filter</translation>
    </message>
    <message>
        <source>Markera högst {0} luckor åt gången för att ta bort dem.</source>
        <translation>Select at most {0} gaps at a time to delete them.</translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <source>Budget för hyrkostnad %1</source>
        <translation>Hire-cost budget %1</translation>
    </message>
    <message>
        <source>Ange årets budget för hyrkostnad i kronor, per rapportgrupp eller bara för Totalt. Lämna tomt där det inte finns någon budget.</source>
        <translation>Enter the year&apos;s hire-cost budget in kronor, per report group or for the total only. Leave a field empty where there is no budget.</translation>
    </message>
    <message>
        <source>Budget för %1</source>
        <translation>Budget for %1</translation>
    </message>
    <message>
        <source>t.ex. 1 200 000</source>
        <translation>e.g. 1 200 000</translation>
    </message>
    <message>
        <source>%1: en budget kan inte vara negativ.</source>
        <translation>%1: a budget cannot be negative.</translation>
    </message>
    <message>
        <source>Budgeten sparades inte</source>
        <translation>The budget was not saved</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Dag</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Kväll</source>
        <translation>Evening</translation>
    </message>
    <message>
        <source>Natt</source>
        <translation>Night</translation>
    </message>
    <message>
        <source>Vakans</source>
        <translation>Vacancy</translation>
    </message>
    <message>
        <source>Planerad frånvaro</source>
        <translation>Planned absence</translation>
    </message>
    <message>
        <source>Oplanerad frånvaro</source>
        <translation>Unplanned absence</translation>
    </message>
    <message>
        <source>Ökat vårdbehov</source>
        <translation>Increased care need</translation>
    </message>
    <message>
        <source>Övrigt</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Egen personal (övertid/mertid)</source>
        <translation>Own staff (overtime/extra)</translation>
    </message>
    <message>
        <source>Timavlönad</source>
        <translation>Hourly paid</translation>
    </message>
    <message>
        <source>Intern bemanningspool</source>
        <translation>Internal staffing pool</translation>
    </message>
    <message>
        <source>Hyrpersonal</source>
        <translation>Agency staff</translation>
    </message>
    <message>
        <source>Ej täckt</source>
        <translation>Not covered</translation>
    </message>
    <message>
        <source>Primärvård</source>
        <translation>Primary care</translation>
    </message>
    <message>
        <source>Sjukhusvård</source>
        <translation>Hospital care</translation>
    </message>
    <message>
        <source>Psykiatri</source>
        <translation>Psychiatry</translation>
    </message>
    <message>
        <source>Patientsäkerhet</source>
        <translation>Patient safety</translation>
    </message>
    <message>
        <source>Ingen leverans inom avtalet</source>
        <translation>No delivery within the agreement</translation>
    </message>
    <message>
        <source>Akut behov</source>
        <translation>Acute need</translation>
    </message>
    <message>
        <source>Annat</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Hyrkostnad</source>
        <translation>Hire cost</translation>
    </message>
    <message>
        <source>Egen personal</source>
        <translation>Own staff</translation>
    </message>
    <message>
        <source>Ignoreras</source>
        <translation>Ignored</translation>
    </message>
    <message>
        <source>per dag</source>
        <translation>per day</translation>
    </message>
    <message>
        <source>per vecka</source>
        <translation>per week</translation>
    </message>
    <message>
        <source>per månad</source>
        <translation>per month</translation>
    </message>
    <message>
        <source>per år</source>
        <translation>per year</translation>
    </message>
    <message>
        <source>Lag/föreskrift</source>
        <translation>Law/regulation</translation>
    </message>
    <message>
        <source>Regionbeslut</source>
        <translation>Regional decision</translation>
    </message>
    <message>
        <source>Förvaltningsbeslut</source>
        <translation>Administration decision</translation>
    </message>
    <message>
        <source>Lokal rutin</source>
        <translation>Local routine</translation>
    </message>
    <message>
        <source>Okänt</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Behålla</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Förenkla</source>
        <translation>Simplify</translation>
    </message>
    <message>
        <source>Omfördela</source>
        <translation>Redistribute</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Osäkert</source>
        <translation>Unsure</translation>
    </message>
    <message>
        <source>Eget beslut</source>
        <translation>Own decision</translation>
    </message>
    <message>
        <source>Dialog i linjen</source>
        <translation>Line dialogue</translation>
    </message>
    <message>
        <source>Förslag</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Beslutad</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Ej påbörjad</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Pågår</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Genomförd</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Avbruten</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Verksamhet</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Förvaltning</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Luckor, timmar/mån</source>
        <translation>Gaps, hours/month</translation>
    </message>
    <message>
        <source>Hyrpersonal, timmar/mån</source>
        <translation>Agency staff, hours/month</translation>
    </message>
    <message>
        <source>Övertid/mertid, timmar/mån</source>
        <translation>Overtime, hours/month</translation>
    </message>
    <message>
        <source>Ej täckt, timmar/mån</source>
        <translation>Uncovered, hours/month</translation>
    </message>
    <message>
        <source>Hyrkostnad, kr/mån</source>
        <translation>Hire cost, SEK/month</translation>
    </message>
    <message>
        <source>Avslagen</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>1 – ingen nytta</source>
        <translation>1 – no use</translation>
    </message>
    <message>
        <source>2 – liten nytta</source>
        <translation>2 – little use</translation>
    </message>
    <message>
        <source>3 – ganska stor nytta</source>
        <translation>3 – fairly useful</translation>
    </message>
    <message>
        <source>4 – stor nytta</source>
        <translation>4 – very useful</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Uppgift</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Utförs av (roll)</source>
        <translation>Done by (role)</translation>
    </message>
    <message>
        <source>Minuter per tillfälle</source>
        <translation>Minutes per occurrence</translation>
    </message>
    <message>
        <source>Frekvens</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Antal per period</source>
        <translation>Times per period</translation>
    </message>
    <message>
        <source>Timmar per år</source>
        <translation>Hours per year</translation>
    </message>
    <message>
        <source>Nytta (1–4)</source>
        <translation>Usefulness (1–4)</translation>
    </message>
    <message>
        <source>Kravets ursprung</source>
        <translation>Origin of requirement</translation>
    </message>
    <message>
        <source>Mottagande roll</source>
        <translation>Receiving role</translation>
    </message>
    <message>
        <source>Påverkar andra enheter</source>
        <translation>Affects other units</translation>
    </message>
    <message>
        <source>Beslutsväg</source>
        <translation>Decision route</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Klart senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Frigjorda timmar per år</source>
        <translation>Hours freed per year</translation>
    </message>
    <message>
        <source>Läkare (rapportgrupp)</source>
        <translation>Doctors</translation>
    </message>
    <message>
        <source>Sjuksköterskor/barnmorskor</source>
        <translation>Nurses/midwives</translation>
    </message>
    <message>
        <source>Övriga (rapportgrupp)</source>
        <translation>Others</translation>
    </message>
    <message>
        <source>Totalt</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>pågående</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <source>avslutad</source>
        <translation>finished</translation>
    </message>
</context>
<context>
    <name>CostPlot</name>
    <message>
        <source>Hyrkostnad per månad och R12 (tkr)</source>
        <translation>Hire cost per month and R12 (tkr)</translation>
    </message>
    <message>
        <source>per månad, tkr</source>
        <translation>per month, tkr</translation>
    </message>
    <message>
        <source>R12, tkr</source>
        <translation>R12, tkr</translation>
    </message>
    <message>
        <source>R12 totalt (höger skala)</source>
        <translation>R12 total (right scale)</translation>
    </message>
    <message>
        <source>Peka på en månad för att se exakta belopp.</source>
        <translation>Point at a month to see the exact amounts.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;: inga belopp registrerade</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: no amounts recorded</translation>
    </message>
    <message>
        <source>totalt {0}</source>
        <translation>total {0}</translation>
    </message>
    <message>
        <source>R12 {0}</source>
        <translation>R12 {0}</translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <source>Inhyrd personal jämfört med egen personal.</source>
        <translation>Hired staff compared with own staff.</translation>
    </message>
    <message>
        <source>&amp;Importera…</source>
        <translation>I&amp;mport…</translation>
    </message>
    <message>
        <source>Importera ett utdrag ur ekonomisystemet (Excel eller CSV)</source>
        <translation>Import an export from the finance system (Excel or CSV)</translation>
    </message>
    <message>
        <source>Registrera &amp;månad…</source>
        <translation>E&amp;nter month…</translation>
    </message>
    <message>
        <source>Registrera eller rätta en månads belopp för hand</source>
        <translation>Enter or correct a month&apos;s amounts by hand</translation>
    </message>
    <message>
        <source>&amp;Kontotabell…</source>
        <translation>&amp;Account table…</translation>
    </message>
    <message>
        <source>Im&amp;portlogg…</source>
        <translation>Import &amp;log…</translation>
    </message>
    <message>
        <source>Visa gjorda importer och ångra en</source>
        <translation>Show past imports and undo one</translation>
    </message>
    <message>
        <source>Här visas enhetens hyrkostnader per månad, rullande 12 månader (R12), ackumulerat mot förra året och som andel av kostnaden för egen personal. Importera ett utdrag ur ekonomisystemet (Excel eller CSV), eller registrera en månads belopp för hand. Kontotabellen talar om vilka konton som är hyrkostnad och vilka som är egen personal.</source>
        <translation>This page shows the unit&apos;s hire costs per month, rolling 12 months (R12), year to date against last year and as a share of own staff cost. Import an export from the finance system (Excel or CSV), or enter a month&apos;s amounts by hand. The account table says which accounts are hire cost and which are own staff.</translation>
    </message>
    <message>
        <source>Importera ekonomiutdrag…</source>
        <translation>Import ledger export…</translation>
    </message>
    <message>
        <source>Registrera en månad…</source>
        <translation>Enter a month…</translation>
    </message>
    <message>
        <source>Kontotabell…</source>
        <translation>Account table…</translation>
    </message>
    <message>
        <source>&amp;Till och med:</source>
        <translation>Up &amp;to:</translation>
    </message>
    <message>
        <source>Till och med månad</source>
        <translation>Up to month</translation>
    </message>
    <message>
        <source>Vi&amp;sa:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Tidsintervall</source>
        <translation>Time range</translation>
    </message>
    <message>
        <source>alla månader</source>
        <translation>all months</translation>
    </message>
    <message>
        <source>{0} månader</source>
        <translation>{0} months</translation>
    </message>
    <message>
        <source>Ackumulerat jämfört med förra året</source>
        <translation>Year to date compared with last year</translation>
    </message>
    <message>
        <source>månad</source>
        <translation>month</translation>
    </message>
    <message>
        <source>Andel hyrkostnad kan inte räknas för {0}: {1}.</source>
        <translation>Hire cost share cannot be computed for {0}: {1}.</translation>
    </message>
    <message>
        <source>Senaste import: {0}, {1}</source>
        <translation>Latest import: {0}, {1}</translation>
    </message>
    <message>
        <source>Ackumulerat {0} jämfört med samma period {1}</source>
        <translation>Year to date {0} compared with the same period {1}</translation>
    </message>
    <message>
        <source>SKR-måttet = hyrkostnad / kostnad för egen personal, i procent; mål högst {0} (Arkiv → Inställningar). R12 = summan av de 12 månaderna t.o.m. månaden, visas först när alla 12 har belopp. Ack = januari t.o.m. månaden.</source>
        <translation>Hire ratio (SKR measure) = hire cost / own staff cost, in percent; target at most {0} (File → Settings). R12 = the sum of the 12 months up to and including the month, shown only when all 12 have amounts. Year to date = January up to and including the month.</translation>
    </message>
    <message>
        <source>Importera ekonomiutdrag</source>
        <translation>Import ledger export</translation>
    </message>
    <message>
        <source>Importen</source>
        <translation>The import</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Skriv ett datum, t.ex. 2026-11-23, 20261123, 23/11 eller 23/11/2026</source>
        <translation>Type a date, e.g. 2026-11-23, 20261123, 23/11 or 23/11/2026</translation>
    </message>
    <message>
        <source>Välj i kalendern</source>
        <translation>Choose in the calendar</translation>
    </message>
    <message>
        <source>Ange ett datum, t.ex. 2026-11-23.</source>
        <translation>Enter a date, e.g. 2026-11-23.</translation>
    </message>
</context>
<context>
    <name>DeliveriesModel</name>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Skapad</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Försök</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Levererad till, eller varför den väntar</source>
        <translation>Delivered to, or why it is waiting</translation>
    </message>
    <message>
        <source>Väntar</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Levererad {0}</source>
        <translation>Delivered {0}</translation>
    </message>
</context>
<context>
    <name>DeliveriesTab</name>
    <message>
        <source>&amp;Leverera nu</source>
        <translation>Deliver &amp;now</translation>
    </message>
    <message>
        <source>Försök leverera väntande exporter till den delade mappen nu</source>
        <translation>Try to deliver waiting exports to the shared folder now</translation>
    </message>
    <message>
        <source>&amp;Öppna lokala kopior</source>
        <translation>Open &amp;local copies</translation>
    </message>
    <message>
        <source>Mappen på din dator där varje export sparas</source>
        <translation>The folder on your computer where every export is kept</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Exports</translation>
    </message>
    <message>
        <source>Väntande exporter försöker levereras igen varannan minut och när hyrdesk startar. Inget går förlorat om du stänger programmet.</source>
        <translation>Waiting exports are retried every two minutes and when hyrdesk starts. Nothing is lost if you close the program.</translation>
    </message>
    <message>
        <source>1 export väntar på leverans: {0}</source>
        <translation>1 export is waiting for delivery: {0}</translation>
    </message>
    <message>
        <source>{0} exporter väntar på leverans: {1}</source>
        <translation>{0} exports are waiting for delivery: {1}</translation>
    </message>
    <message>
        <source>Allt är levererat.</source>
        <translation>Everything has been delivered.</translation>
    </message>
    <message>
        <source>Inga exporter ännu.</source>
        <translation>No exports yet.</translation>
    </message>
    <message>
        <source>Levererar till den delade mappen…</source>
        <translation>Delivering to the shared folder…</translation>
    </message>
</context>
<context>
    <name>DeviationDialog</name>
    <message>
        <source>För in avsteg</source>
        <translation>Log a deviation</translation>
    </message>
    <message>
        <source>&amp;Datum (ÅÅÅÅ-MM-DD):</source>
        <translation>&amp;Date (YYYY-MM-DD):</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Avrop:</source>
        <translation>&amp;Booking:</translation>
    </message>
    <message>
        <source>Avrop</source>
        <translation>Booking</translation>
    </message>
    <message>
        <source>&amp;Skäl:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Skäl</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Kronor över tariff:</source>
        <translation>&amp;Kronor above tariff:</translation>
    </message>
    <message>
        <source>Kronor över tariff</source>
        <translation>Kronor above tariff</translation>
    </message>
    <message>
        <source>&amp;Godkänt av (roll):</source>
        <translation>&amp;Approved by (role):</translation>
    </message>
    <message>
        <source>Godkänt av, en roll</source>
        <translation>Approved by, a role</translation>
    </message>
    <message>
        <source>&amp;Eskalerat till (roll):</source>
        <translation>&amp;Escalated to (role):</translation>
    </message>
    <message>
        <source>Eskalerat till, en roll</source>
        <translation>Escalated to, a role</translation>
    </message>
    <message>
        <source>datum</source>
        <translation>the date</translation>
    </message>
    <message>
        <source>Avsteg %1</source>
        <translation>Deviation %1</translation>
    </message>
</context>
<context>
    <name>DialogueTab</name>
    <message>
        <source>Ändra texten till dialogen</source>
        <translation>Change the text for the dialogue</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Pe&amp;riod:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Förvalt: senaste hela månaden.</source>
        <translation>Default: the last complete month.</translation>
    </message>
    <message>
        <source>Skapa arbetsboken, spara den lokalt och leverera den till den delade mappen</source>
        <translation>Create the workbook, keep it locally and deliver it to the shared folder</translation>
    </message>
    <message>
        <source>Det här kommer med i arbetsboken</source>
        <translation>What the workbook will include</translation>
    </message>
    <message>
        <source>Blad</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Innehåll</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Text till dialogen</source>
        <translation>Text for the dialogue</translation>
    </message>
    <message>
        <source>Det du vill ta upp med din chef: läget, vad som behöver beslutas, vad som påverkar andra enheter. Skriv aldrig personuppgifter.</source>
        <translation>What you want to raise with your manager: the situation, what needs deciding, what affects other units. Never write personal data.</translation>
    </message>
    <message>
        <source>E&amp;xportera</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>Text till &amp;dialogen (kommer med på bladet Sammanfattning)</source>
        <translation>&amp;Text for the dialogue (goes on the Sammanfattning sheet)</translation>
    </message>
    <message>
        <source>Spara &amp;texten</source>
        <translation>&amp;Save the text</translation>
    </message>
    <message>
        <source>Öppna &amp;filen</source>
        <translation>Open the &amp;file</translation>
    </message>
    <message>
        <source>Öppna &amp;mappen</source>
        <translation>Open the fol&amp;der</translation>
    </message>
    <message>
        <source>Exporterar underlag för dialog i linjen…</source>
        <translation>Exporting the line-dialogue workbook…</translation>
    </message>
    <message>
        <source>Arbetsboken är sparad: {0}</source>
        <translation>The workbook is saved: {0}</translation>
    </message>
    <message>
        <source>Arbetsboken är sparad: {0}&lt;br&gt;Den väntar på leverans till den delade mappen: {1}</source>
        <translation>The workbook is saved: {0}&lt;br&gt;It is waiting for delivery to the shared folder: {1}</translation>
    </message>
    <message>
        <source>Arbetsboken är sparad: {0}&lt;br&gt;Levererad till: {1}</source>
        <translation>The workbook is saved: {0}&lt;br&gt;Delivered to: {1}</translation>
    </message>
    <message>
        <source>Exporten misslyckades: {0}</source>
        <translation>The export failed: {0}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>EntryTab</name>
    <message>
        <source>En lucka per rad: Enter sparar och tömmer formuläret för nästa, med samma val som förra gången.</source>
        <translation>One gap at a time: Enter saves and clears the form for the next one, with the same choices as last time.</translation>
    </message>
    <message>
        <source>Spara (Enter)</source>
        <translation>Save (En&amp;ter)</translation>
    </message>
    <message>
        <source>Re&amp;nsa</source>
        <translation>Cle&amp;ar</translation>
    </message>
    <message>
        <source>Registrerade nu</source>
        <translation>Registered now</translation>
    </message>
    <message>
        <source>Luckor registrerade nu</source>
        <translation>Gaps registered now</translation>
    </message>
    <message>
        <source>Ångra med Ctrl+Z, gör om med Ctrl+Shift+Z. Rätta äldre luckor under Alla luckor.</source>
        <translation>Undo with Ctrl+Z, redo with Ctrl+Shift+Z. Correct older gaps under All gaps.</translation>
    </message>
    <message>
        <source>Luckan är inte sparad: rätta det som står under fälten.</source>
        <translation>The gap is not saved: correct what is shown under the fields.</translation>
    </message>
    <message>
        <source>Sparad, men anteckningen kan innehålla ett namn. Ändra den under Alla luckor om den gör det.</source>
        <translation>Saved, but the note may contain a name. Change it under All gaps if it does.</translation>
    </message>
    <message>
        <source>Samma lucka igen?</source>
        <translation>The same gap again?</translation>
    </message>
    <message>
        <source>Du sparade nyss en likadan lucka (samma datum, pass, yrkeskategori, timmar, orsak och täckning). Spara den en gång till?</source>
        <translation>You just saved an identical gap (same date, shift, staff category, hours, cause and coverage). Save it once more?</translation>
    </message>
    <message>
        <source>Sparad: {0} h, {1} – {2}.</source>
        <translation>Saved: {0} h, {1} – {2}.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Underlag för dialog i linjen, levererat till den delade mappen.</source>
        <translation>Workbook for the line dialogue, delivered to the shared folder.</translation>
    </message>
    <message>
        <source>&amp;Kontrollera</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>Prova att skriva i den delade mappen</source>
        <translation>Try writing in the shared folder</translation>
    </message>
    <message>
        <source>&amp;Ändra…</source>
        <translation>Ch&amp;ange…</translation>
    </message>
    <message>
        <source>Välj den delade mappen i inställningarna</source>
        <translation>Choose the shared folder in the settings</translation>
    </message>
    <message>
        <source>&amp;Underlag för dialog i linjen</source>
        <translation>L&amp;ine-dialogue workbook</translation>
    </message>
    <message>
        <source>Levera&amp;nser</source>
        <translation>&amp;Deliveries</translation>
    </message>
    <message>
        <source>&amp;Sammanställ enheter</source>
        <translation>Roll u&amp;p units</translation>
    </message>
    <message>
        <source>Levera&amp;nser ({0} väntar)</source>
        <translation>De&amp;liveries ({0} waiting)</translation>
    </message>
    <message>
        <source>{0} · underlag för dialog i linjen, levererat till den delade mappen</source>
        <translation>{0} · line-dialogue workbook, delivered to the shared folder</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ingen delad mapp är vald.&lt;/b&gt; Exporterna sparas på din dator och levereras när du har valt en mapp.</source>
        <translation>&lt;b&gt;No shared folder is chosen.&lt;/b&gt; Exports are kept on your computer and delivered once you have chosen a folder.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Delad mapp:&lt;/b&gt; {0}&lt;br&gt;&lt;span style=&apos;color:#b3261e&apos;&gt;Går inte att leverera till just nu: {1}&lt;/span&gt;</source>
        <translation>&lt;b&gt;Shared folder:&lt;/b&gt; {0}&lt;br&gt;&lt;span style=&apos;color:#b3261e&apos;&gt;Cannot deliver there right now: {1}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Delad mapp:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Shared folder:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>1 export väntar på leverans</source>
        <translation>1 export is waiting for delivery</translation>
    </message>
    <message>
        <source>{0} exporter väntar på leverans</source>
        <translation>{0} exports are waiting for delivery</translation>
    </message>
    <message>
        <source>Kontrollerar den delade mappen…</source>
        <translation>Checking the shared folder…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Delad mapp:&lt;/b&gt; {0}&lt;br&gt;&lt;span style=&apos;color:#b3261e&apos;&gt;{1}&lt;/span&gt;</source>
        <translation>&lt;b&gt;Shared folder:&lt;/b&gt; {0}&lt;br&gt;&lt;span style=&apos;color:#b3261e&apos;&gt;{1}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Delad mapp:&lt;/b&gt; {0}&lt;br&gt;&lt;span style=&apos;color:#2e7d4f&apos;&gt;hyrdesk kan skriva i mappen.&lt;/span&gt;</source>
        <translation>&lt;b&gt;Shared folder:&lt;/b&gt; {0}&lt;br&gt;&lt;span style=&apos;color:#2e7d4f&apos;&gt;hyrdesk can write in the folder.&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>FollowUpCommands</name>
    <message>
        <source>Ändra budget %1</source>
        <translation>Change budget %1</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Prognos för helåret, utrymme till målet, budget och hur luckorna täcktes.</source>
        <translation>Full-year forecast, room to the target, budget and how the gaps were covered.</translation>
    </message>
    <message>
        <source>&amp;Budget…</source>
        <translation>&amp;Budget…</translation>
    </message>
    <message>
        <source>Ange årets budget för hyrkostnad per rapportgrupp</source>
        <translation>Enter the year&apos;s hire-cost budget per report group</translation>
    </message>
    <message>
        <source>&amp;Stängd månad:</source>
        <translation>&amp;Closed month:</translation>
    </message>
    <message>
        <source>Stängd månad</source>
        <translation>Closed month</translation>
    </message>
    <message>
        <source>Helårsprognos</source>
        <translation>Full-year forecast</translation>
    </message>
    <message>
        <source>Helårsprognos per rapportgrupp</source>
        <translation>Full-year forecast per report group</translation>
    </message>
    <message>
        <source>&amp;Kommentar till avvikelsen mot budget:</source>
        <translation>Co&amp;mment on the deviation from budget:</translation>
    </message>
    <message>
        <source>Kommentar till avvikelsen mot budget</source>
        <translation>Comment on the deviation from budget</translation>
    </message>
    <message>
        <source>S&amp;para kommentaren</source>
        <translation>Save the c&amp;omment</translation>
    </message>
    <message>
        <source>Täckning av luckorna, timmar och årsarbetare</source>
        <translation>How the gaps were covered, in hours and FTE</translation>
    </message>
    <message>
        <source>Täckning per täckningssätt</source>
        <translation>Coverage by kind</translation>
    </message>
    <message>
        <source>Täckning per yrkeskategori, rullande 12 månader</source>
        <translation>Coverage by staff category, rolling 12 months</translation>
    </message>
    <message>
        <source>Sjukfrånvaro</source>
        <translation>Sick leave</translation>
    </message>
    <message>
        <source>&amp;Importera sjukfrånvaro…</source>
        <translation>&amp;Import sick leave…</translation>
    </message>
    <message>
        <source>Importera HR-systemets sammanställning per månad: period, schemalagd tid och sjukfrånvaro</source>
        <translation>Import the HR system&apos;s monthly summary: period, scheduled hours and sick hours</translation>
    </message>
    <message>
        <source>Fakturor som troligen saknas</source>
        <translation>Invoices probably missing</translation>
    </message>
    <message>
        <source>Inga hyrkostnader ännu: importera ett ekonomiutdrag under Hyrkostnader.</source>
        <translation>No hire costs yet: import a ledger export under Hire costs.</translation>
    </message>
    <message>
        <source>Prognosen kan inte räknas: någon månad saknar belopp.</source>
        <translation>The forecast cannot be computed: a month has no figures.</translation>
    </message>
    <message>
        <source>Prognos %1 av egen personal · %2 kvar till målet %3</source>
        <translation>Forecast %1 of own staff cost · %2 of room left to the %3 target</translation>
    </message>
    <message>
        <source>Prognos %1 av egen personal · %2 över målet %3</source>
        <translation>Forecast %1 of own staff cost · %2 over the %3 target</translation>
    </message>
    <message>
        <source>Utfall januari–%1 plus resten av året enligt förra årets månader, skalade med årets takt (%2–%3).</source>
        <translation>Actual January–%1 plus the rest of the year on last year&apos;s months, scaled by this year&apos;s pace (%2–%3).</translation>
    </message>
    <message>
        <source>Utfall januari–%1 plus snittet för %2–%3 gånger de månader som är kvar.</source>
        <translation>Actual January–%1 plus the mean of %2–%3 times the months left.</translation>
    </message>
    <message>
        <source>Osäker: bara de första månaderna av året är kända.</source>
        <translation>Uncertain: only the first months of the year are known.</translation>
    </message>
    <message>
        <source>Rapportgrupp</source>
        <translation>Report group</translation>
    </message>
    <message>
        <source>Utfall ack</source>
        <translation>Actual YTD</translation>
    </message>
    <message>
        <source>Prognos resten</source>
        <translation>Forecast, rest</translation>
    </message>
    <message>
        <source>Prognos helår</source>
        <translation>Forecast, full year</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Avvikelse</source>
        <translation>Deviation</translation>
    </message>
    <message>
        <source>Avvikelse %</source>
        <translation>Deviation %</translation>
    </message>
    <message>
        <source>Täckning</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>%1, timmar</source>
        <translation>%1, hours</translation>
    </message>
    <message>
        <source>%1, årsarbetare</source>
        <translation>%1, FTE</translation>
    </message>
    <message>
        <source>R12, timmar</source>
        <translation>R12, hours</translation>
    </message>
    <message>
        <source>R12, årsarbetare</source>
        <translation>R12, FTE</translation>
    </message>
    <message>
        <source>Yrkeskategori</source>
        <translation>Staff category</translation>
    </message>
    <message>
        <source>Årsarbetare = timmar ÷ %1 timmar per helår (inställning), räknat på fönstrets längd.</source>
        <translation>FTE = hours ÷ %1 hours per full-time year (a setting), over the length of the window.</translation>
    </message>
    <message>
        <source>Hyrkostnaden R12 motsvarar %1 egna årsarbetare.</source>
        <translation>Hire cost R12 equals %1 own full-time staff.</translation>
    </message>
    <message>
        <source>Ingen sjukfrånvaro importerad. Ta fram enhetens sammanställning per månad ur HR-systemet (aldrig per person) och importera den, så visas den här bredvid luckorna vid oplanerad frånvaro.</source>
        <translation>No sick leave imported. Take the unit&apos;s monthly summary from the HR system (never per person) and import it; it is then shown here beside the gaps caused by unplanned absence.</translation>
    </message>
    <message>
        <source>%1: %2 · rullande 12 månader %3 · varav sjukperioder på 60 dagar eller mer %4</source>
        <translation>%1: %2 · rolling 12 months %3 · of which spells of 60 days or more %4</translation>
    </message>
    <message>
        <source>Enheten har 10 eller färre anställda (eller okänt antal): sjukfrånvaron visas bara här och följer aldrig med i arbetsboken, den delade mappen eller sammanställningen.</source>
        <translation>The unit has 10 or fewer employees (or an unknown number): sick leave is shown only here and never goes into the workbook, the shared folder or the roll-up.</translation>
    </message>
    <message>
        <source>Importera sjukfrånvaro</source>
        <translation>Import sick leave</translation>
    </message>
    <message>
        <source>Inga: för varje månad visar huvudboken minst så mycket hyrkostnad som luckorna med hyrpersonal.</source>
        <translation>None: for every month the ledger shows at least as much hire cost as the gaps covered by agency staff.</translation>
    </message>
    <message>
        <source>%1: luckorna %2, huvudboken %3</source>
        <translation>%1: gaps %2, ledger %3</translation>
    </message>
    <message>
        <source>Fakturor saknas troligen (huvudboken släpar efter):</source>
        <translation>Invoices probably missing (the ledger lags behind):</translation>
    </message>
    <message>
        <source>Kommentaren sparades inte</source>
        <translation>The comment was not saved</translation>
    </message>
</context>
<context>
    <name>GapChart</name>
    <message>
        <source>Lucktimmar per månad</source>
        <translation>Gap hours per month</translation>
    </message>
    <message>
        <source>timmar</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>Lucktimmar per månad och täckning</source>
        <translation>Gap hours per month and coverage</translation>
    </message>
    <message>
        <source>Lucktimmar per månad och orsak</source>
        <translation>Gap hours per month and cause</translation>
    </message>
    <message>
        <source>Peka på en månad för att se timmarna.</source>
        <translation>Point at a month to see its hours.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;: inga luckor</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: no gaps</translation>
    </message>
    <message>
        <source>totalt {0} h</source>
        <translation>total {0} h</translation>
    </message>
    <message>
        <source>hyrpersonal {0}</source>
        <translation>agency staff {0}</translation>
    </message>
</context>
<context>
    <name>GapCommands</name>
    <message>
        <source>Registrera lucka</source>
        <translation>Register gap</translation>
    </message>
    <message>
        <source>Ändra lucka</source>
        <translation>Edit gap</translation>
    </message>
    <message>
        <source>Ta bort lucka</source>
        <translation>Delete gap</translation>
    </message>
    <message>
        <source>Ta bort {0} luckor</source>
        <translation>Delete {0} gaps</translation>
    </message>
    <message>
        <source>Importera {0} luckor</source>
        <translation>Import {0} gaps</translation>
    </message>
</context>
<context>
    <name>GapDialog</name>
    <message>
        <source>Ändra bemanningslucka</source>
        <translation>Edit staffing gap</translation>
    </message>
    <message>
        <source>Luckan kommer från en import. Ändringen finns kvar även om samma fil importeras igen.</source>
        <translation>This gap was imported. The change is kept even if the same file is imported again.</translation>
    </message>
</context>
<context>
    <name>GapForm</name>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>flera dagar</source>
        <translation>several days</translation>
    </message>
    <message>
        <source>Luckan gäller flera dagar</source>
        <translation>The gap covers several days</translation>
    </message>
    <message>
        <source>Till och med</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <source>&amp;Pass:</source>
        <translation>Shift:</translation>
    </message>
    <message>
        <source>&amp;Yrkeskategori:</source>
        <translation>Staff categor&amp;y:</translation>
    </message>
    <message>
        <source>Antal pass</source>
        <translation>Number of shifts</translation>
    </message>
    <message>
        <source>t.ex. 7,5</source>
        <translation>e.g. 7.5</translation>
    </message>
    <message>
        <source>Till och med:</source>
        <translation>Unt&amp;il:</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>An&amp;tal pass:</source>
        <translation>Num&amp;ber of shifts:</translation>
    </message>
    <message>
        <source>Ti&amp;mmar:</source>
        <translation>H&amp;ours:</translation>
    </message>
    <message>
        <source>Välj orsak…</source>
        <translation>Choose a cause…</translation>
    </message>
    <message>
        <source>&amp;Orsak:</source>
        <translation>&amp;Cause:</translation>
    </message>
    <message>
        <source>Välj hur luckan täcktes…</source>
        <translation>Choose how the gap was covered…</translation>
    </message>
    <message>
        <source>Täc&amp;kning:</source>
        <translation>Covera&amp;ge:</translation>
    </message>
    <message>
        <source>bara för hyrpersonal</source>
        <translation>agency staff only</translation>
    </message>
    <message>
        <source>&amp;Bemanningsföretag:</source>
        <translation>Agency:</translation>
    </message>
    <message>
        <source>bara för hyrpersonal, t.ex. 12 500</source>
        <translation>agency staff only, e.g. 12 500</translation>
    </message>
    <message>
        <source>Ko&amp;stnad (kr):</source>
        <translation>Cost (SE&amp;K):</translation>
    </message>
    <message>
        <source>Ante&amp;ckning:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>vad hände – aldrig vem</source>
        <translation>what happened – never who</translation>
    </message>
    <message>
        <source>× {0} h per pass</source>
        <translation>× {0} h per shift</translation>
    </message>
</context>
<context>
    <name>GapSummaryTab</name>
    <message>
        <source>Från månad</source>
        <translation>From month</translation>
    </message>
    <message>
        <source>Till månad</source>
        <translation>To month</translation>
    </message>
    <message>
        <source>täckning</source>
        <translation>coverage</translation>
    </message>
    <message>
        <source>orsak</source>
        <translation>cause</translation>
    </message>
    <message>
        <source>Fördela timmarna per</source>
        <translation>Split the hours by</translation>
    </message>
    <message>
        <source>&amp;Från:</source>
        <translation>Fr&amp;om:</translation>
    </message>
    <message>
        <source>&amp;Till:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Fördela &amp;per:</source>
        <translation>Split &amp;by:</translation>
    </message>
    <message>
        <source>Lucktimmar per månad</source>
        <translation>Gap hours per month</translation>
    </message>
    <message>
        <source>En lucka över flera månader fördelas på månaderna efter antalet dagar i varje månad.</source>
        <translation>A gap spanning months is split over the months by its number of days in each month.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; lucktimmar {1} – {2} · &lt;b&gt;{3}&lt;/b&gt; täckta av hyrpersonal · &lt;b&gt;{4}&lt;/b&gt; ej täckta</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; gap hours {1} – {2} · &lt;b&gt;{3}&lt;/b&gt; covered by agency staff · &lt;b&gt;{4}&lt;/b&gt; not covered</translation>
    </message>
    <message>
        <source>Inga luckor registrerade {0} – {1}.</source>
        <translation>No gaps registered {0} – {1}.</translation>
    </message>
</context>
<context>
    <name>GapTableModel</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Helg</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <source>Yrkeskategori</source>
        <translation>Staff category</translation>
    </message>
    <message>
        <source>Timmar</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Orsak</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Täckning</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Bemanningsföretag</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Kostnad</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>GapsPage</name>
    <message>
        <source>Pass och perioder som egen personal inte kunde täcka – varför, och hur de täcktes.</source>
        <translation>Shifts and periods own staff could not cover – why, and how they were covered.</translation>
    </message>
    <message>
        <source>&amp;Importera…</source>
        <translation>I&amp;mport…</translation>
    </message>
    <message>
        <source>Importera luckor från en Excel- eller CSV-fil, t.ex. enhetens gamla logg</source>
        <translation>Import gaps from an Excel or CSV file, e.g. the unit&apos;s old log</translation>
    </message>
    <message>
        <source>Pass&amp;längder…</source>
        <translation>Shift &amp;lengths…</translation>
    </message>
    <message>
        <source>Hur många timmar ett dag-, kvälls- och nattpass är</source>
        <translation>How many hours a day, evening and night shift lasts</translation>
    </message>
    <message>
        <source>Re&amp;gistrera</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>Alla l&amp;uckor</source>
        <translation>All ga&amp;ps</translation>
    </message>
    <message>
        <source>Sammanst&amp;ällning</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <source>Importera bemanningsluckor</source>
        <translation>Import staffing gaps</translation>
    </message>
</context>
<context>
    <name>GuidedFlow</name>
    <message>
        <source>Steg</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>‹ Före&amp;gående</source>
        <translation>‹ &amp;Previous</translation>
    </message>
    <message>
        <source>&amp;Nästa ›</source>
        <translation>Ne&amp;xt ›</translation>
    </message>
    <message>
        <source>Mallens förslag på vanliga uppgifter</source>
        <translation>The template&apos;s suggested common tasks</translation>
    </message>
    <message>
        <source>Lägg till &amp;alla förslag</source>
        <translation>Add &amp;all suggestions</translation>
    </message>
    <message>
        <source>Ny &amp;egen uppgift…</source>
        <translation>New task of your &amp;own…</translation>
    </message>
    <message>
        <source>Ä&amp;ndra…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>Ta &amp;bort</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Uppgifter i området</source>
        <translation>Tasks in the area</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Sammanställning</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Steg {0} av {1}</source>
        <translation>Step {0} of {1}</translation>
    </message>
    <message>
        <source>Visa &amp;sammanställningen</source>
        <translation>Show the &amp;summary</translation>
    </message>
    <message>
        <source>Uppgifter i området: {0} · {1} per år</source>
        <translation>Tasks in the area: {0} · {1} per year</translation>
    </message>
    <message>
        <source>&lt;p&gt;Mall: {0}&lt;/p&gt;&lt;p&gt;Du går igenom de här områdena, ett i taget:&lt;/p&gt;&lt;ol&gt;{1}&lt;/ol&gt;&lt;p&gt;Uppgifter hittills: {2}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Template: {0}&lt;/p&gt;&lt;p&gt;You go through these areas, one at a time:&lt;/p&gt;&lt;ol&gt;{1}&lt;/ol&gt;&lt;p&gt;Tasks so far: {2}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{0}&lt;/b&gt; uppgifter tar &lt;b&gt;{1}&lt;/b&gt; per år. Förslagen frigör &lt;b&gt;{2}&lt;/b&gt; per år.&lt;/p&gt;&lt;p&gt;Av förändringsförslagen går {3} till dialog i linjen och {4} är eget beslut; {5} uppgifter behålls som de är.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{0}&lt;/b&gt; tasks take &lt;b&gt;{1}&lt;/b&gt; a year. The proposals free &lt;b&gt;{2}&lt;/b&gt; a year.&lt;/p&gt;&lt;p&gt;Of the proposed changes, {3} go to dialogue in the line and {4} are the unit&apos;s own decision; {5} tasks are kept as they are.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{0} — {1}, {2} min {3} × {4} ({5} per år)</source>
        <translation>{0} — {1}, {2} min {3} × {4} ({5} per year)</translation>
    </message>
    <message>
        <source>Tillagd</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Lägg till {0}</source>
        <translation>Add {0}</translation>
    </message>
</context>
<context>
    <name>HandbookDialog</name>
    <message>
        <source>Handbok</source>
        <translation>Handbook</translation>
    </message>
    <message>
        <source>Handbok – hyrdesk</source>
        <translation>Handbook – hyrdesk</translation>
    </message>
    <message>
        <source>Avsnitt</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Handbokens text</source>
        <translation>Handbook text</translation>
    </message>
</context>
<context>
    <name>HireForms</name>
    <message>
        <source>Ange %1.</source>
        <translation>Enter %1.</translation>
    </message>
    <message>
        <source>%1: skriv datumet som ÅÅÅÅ-MM-DD.</source>
        <translation>%1: write the date as YYYY-MM-DD.</translation>
    </message>
</context>
<context>
    <name>HirePage</name>
    <message>
        <source>Över tariff</source>
        <translation>Above tariff</translation>
    </message>
    <message>
        <source>Fler timmar än beställt</source>
        <translation>More hours than ordered</translation>
    </message>
    <message>
        <source>Utanför avtalet</source>
        <translation>Outside the agreement</translation>
    </message>
    <message>
        <source>Avrop längre än 12 månader</source>
        <translation>Booking longer than 12 months</translation>
    </message>
    <message>
        <source>Dokument saknas eller för gamla</source>
        <translation>Documents missing or too old</translation>
    </message>
    <message>
        <source>Ingen tariff</source>
        <translation>No tariff</translation>
    </message>
    <message>
        <source>Avrop enligt det nationella avtalet, fakturakontroll mot tariffer och avsteg i kronor.</source>
        <translation>Bookings under the national agreement, invoices checked against tariffs, and deviations in kronor.</translation>
    </message>
    <message>
        <source>&amp;Kontroll</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>Avro&amp;p</source>
        <translation>&amp;Bookings</translation>
    </message>
    <message>
        <source>Av&amp;steg</source>
        <translation>&amp;Deviations</translation>
    </message>
    <message>
        <source>&amp;Tariffer</source>
        <translation>&amp;Tariffs</translation>
    </message>
    <message>
        <source>&amp;Månad:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>Månad som kontrolleras</source>
        <translation>Month checked</translation>
    </message>
    <message>
        <source>Avvikelser i månadens fakturor</source>
        <translation>Findings in the month&apos;s invoices</translation>
    </message>
    <message>
        <source>Per yrkeskategori</source>
        <translation>Per staff category</translation>
    </message>
    <message>
        <source>Månaden per yrkeskategori</source>
        <translation>The month per staff category</translation>
    </message>
    <message>
        <source>&amp;Nytt avrop…</source>
        <translation>&amp;New booking…</translation>
    </message>
    <message>
        <source>&amp;Fakturarad…</source>
        <translation>&amp;Invoice line…</translation>
    </message>
    <message>
        <source>Registrera en fakturarad för det valda avropet</source>
        <translation>Register an invoice line for the selected booking</translation>
    </message>
    <message>
        <source>Avrop</source>
        <translation>Booking</translation>
    </message>
    <message>
        <source>Ett avrop är en beställning, inte en person: konsultens namn eller personnummer sparas aldrig.</source>
        <translation>A booking is an order, not a person: the consultant&apos;s name or personal identity number is never stored.</translation>
    </message>
    <message>
        <source>&amp;För in avsteg…</source>
        <translation>&amp;Log a deviation…</translation>
    </message>
    <message>
        <source>Avsteg</source>
        <translation>Deviations</translation>
    </message>
    <message>
        <source>Hämta från &amp;delade mappen</source>
        <translation>Fetch from the &amp;shared folder</translation>
    </message>
    <message>
        <source>Importera regionens tariffil från mallar i den delade mappen</source>
        <translation>Import the region&apos;s tariff file from mallar in the shared folder</translation>
    </message>
    <message>
        <source>&amp;Importera tariffer…</source>
        <translation>&amp;Import tariffs…</translation>
    </message>
    <message>
        <source>Tariffer</source>
        <translation>Tariffs</translation>
    </message>
    <message>
        <source>Zon: %1</source>
        <translation>Zone: %1</translation>
    </message>
    <message>
        <source>Zon: inte angiven (Ändra enhet)</source>
        <translation>Zone: not set (Edit unit)</translation>
    </message>
    <message>
        <source>Över tariff %1 · utanför avtalet %2 (%4 av hyrkostnaden) · %3 avvikelser</source>
        <translation>Above tariff %1 · outside the agreement %2 (%4 of hire cost) · %3 findings</translation>
    </message>
    <message>
        <source>Avvikelse</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Förklaring</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Kronor</source>
        <translation>Kronor</translation>
    </message>
    <message>
        <source>Avvikelser</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Kronor utanför avtalet</source>
        <translation>Kronor outside the agreement</translation>
    </message>
    <message>
        <source>Kontrollerade fakturor %1; huvudboken har ingen hyrkostnad för månaden ännu.</source>
        <translation>Checked invoices %1; the ledger has no hire cost for the month yet.</translation>
    </message>
    <message>
        <source>Huvudbok %1, kontrollerade fakturor %2: %3 inte kontrollerat</source>
        <translation>Ledger %1, checked invoices %2: %3 not checked</translation>
    </message>
    <message>
        <source>Huvudbok %1, kontrollerade fakturor %2: fakturorna är %3 mer än huvudboken</source>
        <translation>Ledger %1, checked invoices %2: the invoices are %3 more than the ledger</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Referens</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Yrkeskategori</source>
        <translation>Staff category</translation>
    </message>
    <message>
        <source>Nivå</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Leverantör</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Beställda timmar</source>
        <translation>Ordered hours</translation>
    </message>
    <message>
        <source>Inom avtalet</source>
        <translation>Within the agreement</translation>
    </message>
    <message>
        <source>Karens kontrollerad</source>
        <translation>Quarantine period checked</translation>
    </message>
    <message>
        <source>Att åtgärda</source>
        <translation>To put right</translation>
    </message>
    <message>
        <source>ej kontrollerad</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>längre än 12 månader</source>
        <translation>longer than 12 months</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Skäl</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Kronor över tariff</source>
        <translation>Kronor above tariff</translation>
    </message>
    <message>
        <source>Luckor som avropet täckte</source>
        <translation>Gaps the booking covered</translation>
    </message>
    <message>
        <source>%1 luckor, %2 h</source>
        <translation>%1 gaps, %2 h</translation>
    </message>
    <message>
        <source>Godkänt av (roll)</source>
        <translation>Approved by (role)</translation>
    </message>
    <message>
        <source>Eskalerat till (roll)</source>
        <translation>Escalated to (role)</translation>
    </message>
    <message>
        <source>Från %1.</source>
        <translation>From %1.</translation>
    </message>
    <message>
        <source>Inga tariffer ännu. Importera regionens tariffil (kategori, nivå, zon, giltig från, pris per timme).</source>
        <translation>No tariffs yet. Import the region&apos;s tariff file (category, level, zone, valid from, price per hour).</translation>
    </message>
    <message>
        <source>Zon</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Giltig från</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Pris per timme</source>
        <translation>Price per hour</translation>
    </message>
    <message>
        <source>Fakturarad</source>
        <translation>Invoice line</translation>
    </message>
    <message>
        <source>Välj först ett avrop i tabellen.</source>
        <translation>First select a booking in the table.</translation>
    </message>
    <message>
        <source>Importera tariffer</source>
        <translation>Import tariffs</translation>
    </message>
    <message>
        <source>Tarifferna importerades inte</source>
        <translation>The tariffs were not imported</translation>
    </message>
    <message>
        <source>%1 tariffer importerades och ersätter den tidigare tabellen.</source>
        <translation>%1 tariffs were imported and replace the previous table.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Enhetens översyner över tid. En ny översyn kan utgå från en tidigare: uppgifterna som finns kvar följer med, besluten börjar om.</source>
        <translation>The unit&apos;s reviews over time. A new review can start from an earlier one: the tasks that remain carry over, the decisions start afresh.</translation>
    </message>
    <message>
        <source>Översyn</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Startad</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Avslutad</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Mall</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Uppgifter</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Timmar per år</source>
        <translation>Hours per year</translation>
    </message>
    <message>
        <source>Frigörs per år</source>
        <translation>Freed per year</translation>
    </message>
    <message>
        <source>Dialog i linjen</source>
        <translation>Line dialogue</translation>
    </message>
    <message>
        <source>Översyner</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>V&amp;isa översynen</source>
        <translation>Sho&amp;w the review</translation>
    </message>
    <message>
        <source>&amp;Ny översyn från den här…</source>
        <translation>New rev&amp;iew from this one…</translation>
    </message>
    <message>
        <source>pågår</source>
        <translation>ongoing</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Läs in ifylld arbetsbok</source>
        <translation>Read a filled-in workbook</translation>
    </message>
    <message>
        <source>Så här ändras översynen om du läser in {0}. Inget är sparat ännu.</source>
        <translation>This is how the review changes if you read {0}. Nothing is saved yet.</translation>
    </message>
    <message>
        <source>&amp;Läs in</source>
        <translation>&amp;Read in</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>&amp;Tillbaka</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Förhandsgranska</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ange vilken kolumn i filen som innehåller vad. Kolumner med kända namn är redan valda; hyrdesk kommer ihåg valet till nästa fil med samma kolumner.</source>
        <translation>Say which column of the file holds what. Columns with known names are already chosen; hyrdesk remembers your choice for the next file with the same columns.</translation>
    </message>
    <message>
        <source>Rubrikrad</source>
        <translation>Header row</translation>
    </message>
    <message>
        <source>&amp;Rubrikrad:</source>
        <translation>&amp;Header row:</translation>
    </message>
    <message>
        <source>Filens första rader:</source>
        <translation>The first rows of the file:</translation>
    </message>
    <message>
        <source>Förhandsvisning av filen</source>
        <translation>Preview of the file</translation>
    </message>
    <message>
        <source>Rader som inte importeras:</source>
        <translation>Rows that will not be imported:</translation>
    </message>
    <message>
        <source>Rad</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Orsak</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Avvisade rader</source>
        <translation>Rejected rows</translation>
    </message>
    <message>
        <source>Fil: {0}</source>
        <translation>File: {0}</translation>
    </message>
    <message>
        <source>Läser {0}…</source>
        <translation>Reading {0}…</translation>
    </message>
    <message>
        <source>Filen {0} innehåller inga rader.</source>
        <translation>The file {0} contains no rows.</translation>
    </message>
    <message>
        <source> (valfri)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source>– ingen –</source>
        <translation>– none –</translation>
    </message>
    <message>
        <source>Välj en kolumn för: {0}</source>
        <translation>Choose a column for: {0}</translation>
    </message>
    <message>
        <source>Samma kolumn är vald för flera fält.</source>
        <translation>The same column is chosen for several fields.</translation>
    </message>
    <message>
        <source>Kontrollerar raderna…</source>
        <translation>Checking the rows…</translation>
    </message>
    <message>
        <source>Importen misslyckades: {0}</source>
        <translation>The import failed: {0}</translation>
    </message>
    <message>
        <source>&amp;Importera</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>ImportedLedgerCommand</name>
    <message>
        <source>Importera {0}</source>
        <translation>Import {0}</translation>
    </message>
</context>
<context>
    <name>ImportsDialog</name>
    <message>
        <source>Importer för {0}</source>
        <translation>Imports for {0}</translation>
    </message>
    <message>
        <source>Varje import av ett ekonomiutdrag sparas här. En ny import av samma månad ersätter de tidigare beloppen för månaden; de ersatta beloppen sparas, så att en import kan ångras.</source>
        <translation>Every import of a ledger export is kept here. A new import of the same month replaces that month&apos;s earlier amounts; the replaced amounts are kept, so that an import can be undone.</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>&amp;Ångra importen…</source>
        <translation>&amp;Undo import…</translation>
    </message>
    <message>
        <source>Ångra importen</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <source>Ta bort beloppen från {0} och återställ det som importen ersatte?</source>
        <translation>Remove the amounts from {0} and restore what the import replaced?</translation>
    </message>
</context>
<context>
    <name>ImportsModel</name>
    <message>
        <source>Importerad</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Månader</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Rader</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Ersatte</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{0} importerade, {1} avvisade, {2} hoppades över</source>
        <translation>{0} imported, {1} rejected, {2} skipped</translation>
    </message>
    <message>
        <source>ångrad {0}</source>
        <translation>undone {0}</translation>
    </message>
    <message>
        <source>delvis ersatt av senare import</source>
        <translation>partly replaced by a later import</translation>
    </message>
    <message>
        <source>gäller</source>
        <translation>in effect</translation>
    </message>
    <message>
        <source>{0} belopp</source>
        <translation>{0} amounts</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <source>Fakturarad för %1</source>
        <translation>Invoice line for %1</translation>
    </message>
    <message>
        <source>&amp;Månad (ÅÅÅÅ-MM):</source>
        <translation>&amp;Month (YYYY-MM):</translation>
    </message>
    <message>
        <source>Fakturerad månad</source>
        <translation>Invoiced month</translation>
    </message>
    <message>
        <source>&amp;Timmar:</source>
        <translation>&amp;Hours:</translation>
    </message>
    <message>
        <source>Fakturerade timmar</source>
        <translation>Invoiced hours</translation>
    </message>
    <message>
        <source>&amp;Belopp för timmarna (kr):</source>
        <translation>&amp;Amount for the hours (kr):</translation>
    </message>
    <message>
        <source>Belopp för timmarna</source>
        <translation>Amount for the hours</translation>
    </message>
    <message>
        <source>&amp;Resor och logi (kr):</source>
        <translation>&amp;Travel and lodging (kr):</translation>
    </message>
    <message>
        <source>Resor och logi</source>
        <translation>Travel and lodging</translation>
    </message>
    <message>
        <source>En kreditfaktura skrivs med minus.</source>
        <translation>Write a credit invoice with a minus sign.</translation>
    </message>
    <message>
        <source>Månad: %1</source>
        <translation>Month: %1</translation>
    </message>
    <message>
        <source>Fakturarad %1</source>
        <translation>Invoice line %1</translation>
    </message>
</context>
<context>
    <name>LedgerImportWizard</name>
    <message>
        <source>Kostnadsställen i filen. Bara markerade importeras; enhetens egna ({0}) är alltid med.</source>
        <translation>Cost centres in the file. Only ticked ones are imported; the unit&apos;s own ({0}) are always included.</translation>
    </message>
    <message>
        <source>Kostnadsställe</source>
        <translation>Cost centre</translation>
    </message>
    <message>
        <source>Rader</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Hyrkostnad</source>
        <translation>Hire cost</translation>
    </message>
    <message>
        <source>Egen personal</source>
        <translation>Own staff</translation>
    </message>
    <message>
        <source>Kostnadsställen i filen</source>
        <translation>Cost centres in the file</translation>
    </message>
    <message>
        <source>&amp;Lägg till saknade konton…</source>
        <translation>&amp;Add missing accounts…</translation>
    </message>
    <message>
        <source>Hela filen gäller {0} (filen har ingen kolumn för kostnadsställe)</source>
        <translation>The whole file is {0}&apos;s (the file has no cost-centre column)</translation>
    </message>
    <message>
        <source> (enhetens)</source>
        <translation> (the unit&apos;s)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source> – demo</source>
        <translation> – demo</translation>
    </message>
    <message>
        <source>Demoläge: påhittade data i en tillfällig databas. Det du gör här sparas inte i dina egna data.</source>
        <translation>Demo mode: made-up data in a temporary database. Nothing you do here is saved in your own data.</translation>
    </message>
    <message>
        <source>Navigering</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;Ny enhet…</source>
        <translation>&amp;New unit…</translation>
    </message>
    <message>
        <source>Ä&amp;ndra enhet…</source>
        <translation>&amp;Edit unit…</translation>
    </message>
    <message>
        <source>&amp;Inställningar…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Säkerhetskopior…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Å&amp;ngra</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Gör om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Handbok</source>
        <translation>&amp;Handbook</translation>
    </message>
    <message>
        <source>&amp;Om hyrdesk</source>
        <translation>&amp;About hyrdesk</translation>
    </message>
    <message>
        <source>Öppna &amp;datamappen</source>
        <translation>Open the &amp;data folder</translation>
    </message>
    <message>
        <source>Visa &amp;loggfilen</source>
        <translation>Show the &amp;log file</translation>
    </message>
    <message>
        <source>Öppna &amp;demodata</source>
        <translation>Open &amp;demo data</translation>
    </message>
    <message>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>  &amp;Enhet: </source>
        <translation>  &amp;Unit: </translation>
    </message>
    <message>
        <source>Ingen enhet ännu</source>
        <translation>No unit yet</translation>
    </message>
    <message>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Starta om hyrdesk för att byta språk.</source>
        <translation>Restart hyrdesk to change the language.</translation>
    </message>
    <message>
        <source>Demodata</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>Demodata kunde inte startas.</source>
        <translation>The demo could not be started.</translation>
    </message>
    <message>
        <source>Om hyrdesk</source>
        <translation>About hyrdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;hyrdesk {0}&lt;/h3&gt;&lt;p&gt;Ett verktyg för dig som är chef i vården och arbetar för att bli oberoende av inhyrd personal: bemanningsluckor, hyrkostnader, administrativ översyn och underlag för dialog i linjen.&lt;/p&gt;&lt;p&gt;Dina data finns i:&lt;br&gt;&lt;code&gt;{1}&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;hyrdesk {0}&lt;/h3&gt;&lt;p&gt;A tool for managers in health care working to become independent of hired staff: staffing gaps, hire costs, the administration-task review and material for the line dialogue.&lt;/p&gt;&lt;p&gt;Your data is kept in:&lt;br&gt;&lt;code&gt;{1}&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MonthEntryDialog</name>
    <message>
        <source>Registrera eller rätta en månad</source>
        <translation>Enter or correct a month</translation>
    </message>
    <message>
        <source>Beloppen du skriver här läggs till beloppen från ekonomisystemet för månaden och ersätts aldrig av en import. Skriv ett negativt belopp för att rätta något, lämna tomt för inget.</source>
        <translation>The amounts you write here are added to the finance system&apos;s amounts for the month and are never replaced by an import. Write a negative amount to correct something; leave empty for none.</translation>
    </message>
    <message>
        <source>&amp;Månad:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Månad</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>&amp;Visa månaden</source>
        <translation>&amp;Show month</translation>
    </message>
    <message>
        <source>Yrkeskategori</source>
        <translation>Staff category</translation>
    </message>
    <message>
        <source>Hyrkostnad från import</source>
        <translation>Hire cost from import</translation>
    </message>
    <message>
        <source>Hyrkostnad, manuellt (kr)</source>
        <translation>Hire cost, manual (SEK)</translation>
    </message>
    <message>
        <source>Egen personal från import</source>
        <translation>Own staff from import</translation>
    </message>
    <message>
        <source>Egen personal, manuellt (kr)</source>
        <translation>Own staff, manual (SEK)</translation>
    </message>
    <message>
        <source>{0}, {1}, manuellt belopp</source>
        <translation>{0}, {1}, manual amount</translation>
    </message>
    <message>
        <source>t.ex. 125 000</source>
        <translation>e.g. 125 000</translation>
    </message>
    <message>
        <source>{0}, {1}: ”{2}” är inget belopp.</source>
        <translation>{0}, {1}: “{2}” is not an amount.</translation>
    </message>
    <message>
        <source>{0}, {1}: {2} är orimligt stort (högst en miljard kronor).</source>
        <translation>{0}, {1}: {2} is unreasonably large (at most one billion kronor).</translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <source>jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>maj</source>
        <translation>May</translation>
    </message>
    <message>
        <source>jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>dec</source>
        <translation>Dec</translation>
    </message>
    <message>
        <source>januari</source>
        <translation>January</translation>
    </message>
    <message>
        <source>februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>mars</source>
        <translation>March</translation>
    </message>
    <message>
        <source>april</source>
        <translation>April</translation>
    </message>
    <message>
        <source>juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>augusti</source>
        <translation>August</translation>
    </message>
    <message>
        <source>september</source>
        <translation>September</translation>
    </message>
    <message>
        <source>oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>november</source>
        <translation>November</translation>
    </message>
    <message>
        <source>december</source>
        <translation>December</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Nyckeltalen visas här när du har registrerat bemanningsluckor och hyrkostnader.</source>
        <translation>Key figures appear here once you have registered staffing gaps and hire costs.</translation>
    </message>
    <message>
        <source>Kom igång</source>
        <translation>Get started</translation>
    </message>
</context>
<context>
    <name>PlotPanel</name>
    <message>
        <source>Spara som bild…</source>
        <translation>Save as image…</translation>
    </message>
    <message>
        <source>Spara diagrammet som bild</source>
        <translation>Save the chart as an image</translation>
    </message>
    <message>
        <source>Spara som bild</source>
        <translation>Save as image</translation>
    </message>
    <message>
        <source>PNG-bild (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
</context>
<context>
    <name>RatioPlot</name>
    <message>
        <source>Andel hyrkostnad (SKR-måttet), %</source>
        <translation>Hire cost share (SKR measure), %</translation>
    </message>
    <message>
        <source>per månad</source>
        <translation>per month</translation>
    </message>
    <message>
        <source>R12</source>
        <translation>R12</translation>
    </message>
    <message>
        <source>mål</source>
        <translation>target</translation>
    </message>
    <message>
        <source>mål {0}</source>
        <translation>target {0}</translation>
    </message>
    <message>
        <source>Peka på en månad för att se exakta värden.</source>
        <translation>Point at a month to see the exact values.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;: per månad {1} · R12 {2} · mål {3}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: per month {1} · R12 {2} · target {3}</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>hyrdesk – databasen kan inte öppnas</source>
        <translation>hyrdesk – the database cannot be opened</translation>
    </message>
    <message>
        <source>Det tekniska felet: {0}</source>
        <translation>The technical error: {0}</translation>
    </message>
    <message>
        <source>Välj en säkerhetskopia att återställa:</source>
        <translation>Choose a backup to restore:</translation>
    </message>
    <message>
        <source>Säkerhetskopior</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Det finns inga säkerhetskopior att återställa i {0}.</source>
        <translation>There are no backups to restore in {0}.</translation>
    </message>
    <message>
        <source>&amp;Återställ vald kopia…</source>
        <translation>&amp;Restore the chosen copy…</translation>
    </message>
    <message>
        <source>&amp;Börja om med en ny databas…</source>
        <translation>&amp;Start over with a new database…</translation>
    </message>
    <message>
        <source>&amp;Försök igen</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>A&amp;vsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Databasen är skadad</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>Databasen är tom</source>
        <translation>The database is empty</translation>
    </message>
    <message>
        <source>Filen är ingen hyrdesk-databas</source>
        <translation>The file is not a hyrdesk database</translation>
    </message>
    <message>
        <source>Databasen är från en nyare version</source>
        <translation>The database is from a newer version</translation>
    </message>
    <message>
        <source>Databasen används av ett annat program</source>
        <translation>The database is in use by another program</translation>
    </message>
    <message>
        <source>Databasen är skrivskyddad</source>
        <translation>The database is read-only</translation>
    </message>
    <message>
        <source>Disken är full eller har fel</source>
        <translation>The disk is full or faulty</translation>
    </message>
    <message>
        <source>Databasen kan inte öppnas</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <source>hyrdesk hittade fel i databasfilen {0}, till exempel efter ett strömavbrott eller ett diskfel. Ingenting har ändrats i filen. Återställ den senaste säkerhetskopian, eller börja om med en ny databas; den skadade filen flyttas då undan och behålls.</source>
        <translation>hyrdesk found errors in the database file {0}, for example after a power cut or a disk fault. Nothing in the file has been changed. Restore the latest backup, or start over with a new database; the damaged file is then moved aside and kept.</translation>
    </message>
    <message>
        <source>Databasfilen {0} är tom, fast det har funnits data i den (det finns säkerhetskopior). Den kan ha tömts av ett synkprogram eller en misslyckad kopiering. Återställ den senaste säkerhetskopian, eller börja om med en ny databas.</source>
        <translation>The database file {0} is empty, although it has held data (there are backups). A sync program or a failed copy may have emptied it. Restore the latest backup, or start over with a new database.</translation>
    </message>
    <message>
        <source>Filen {0} är inte en hyrdesk-databas. Den har inte ändrats. Återställ en säkerhetskopia, eller börja om med en ny databas; filen flyttas då undan och behålls.</source>
        <translation>The file {0} is not a hyrdesk database. It has not been changed. Restore a backup, or start over with a new database; the file is then moved aside and kept.</translation>
    </message>
    <message>
        <source>Databasen {0} har sparats av en nyare version av hyrdesk än den här. Installera den nya versionen för att öppna den. Du kan också återställa en äldre säkerhetskopia; den nuvarande filen sparas först som en egen kopia.</source>
        <translation>The database {0} was saved by a newer version of hyrdesk than this one. Install the new version to open it. You can also restore an older backup; the current file is saved first as a copy of its own.</translation>
    </message>
    <message>
        <source>Ett annat program håller databasen {0} låst, kanske ett annat hyrdesk eller ett säkerhetskopieringsprogram. Stäng det och försök igen.</source>
        <translation>Another program holds the database {0} locked, perhaps another hyrdesk or a backup program. Close it and try again.</translation>
    </message>
    <message>
        <source>hyrdesk får inte skriva i databasen {0} eller i mappen den ligger i. Be IT om skrivrätt, eller ändra filens egenskaper, och försök igen.</source>
        <translation>hyrdesk may not write to the database {0} or to its folder. Ask IT for write permission, or change the file&apos;s properties, and try again.</translation>
    </message>
    <message>
        <source>Databasen {0} kunde inte läsas eller skrivas: disken är full eller har fel. Frigör utrymme och försök igen.</source>
        <translation>The database {0} could not be read or written: the disk is full or faulty. Free some space and try again.</translation>
    </message>
    <message>
        <source>Databasen {0} kan inte öppnas. Försök igen, återställ en säkerhetskopia eller börja om med en ny databas.</source>
        <translation>The database {0} cannot be opened. Try again, restore a backup or start over with a new database.</translation>
    </message>
    <message>
        <source>Återställa databasen från säkerhetskopian från {0} ({1})? Den nuvarande filen sparas först (som en kopia, eller flyttad åt sidan om den är skadad).</source>
        <translation>Restore the database from the backup of {0} ({1})? The current file is saved first (as a copy, or moved aside if it is damaged).</translation>
    </message>
    <message>
        <source>Återställ säkerhetskopia</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Återställ</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Börja om med en tom databas? Den nuvarande filen raderas inte: den flyttas undan till {0}.skadad-&lt;tid&gt; i samma mapp.</source>
        <translation>Start over with an empty database? The current file is not deleted: it is moved aside to {0}.skadad-&lt;time&gt; in the same folder.</translation>
    </message>
    <message>
        <source>Ny databas</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Börja om</source>
        <translation>Start over</translation>
    </message>
    <message>
        <source>Den gamla databasen finns kvar som {0}. hyrdesk startar med en tom databas.</source>
        <translation>The old database is kept as {0}. hyrdesk starts with an empty database.</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>Ta bort uppgift</source>
        <translation>Delete task</translation>
    </message>
    <message>
        <source>Ta bort {0} uppgifter</source>
        <translation>Delete {0} tasks</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Administrativ översyn</source>
        <translation>Administrative review</translation>
    </message>
    <message>
        <source>Gå igenom enhetens administrativa uppgifter med regionens mall: förenkla, omfördela eller ta bort.</source>
        <translation>Go through the unit&apos;s administrative tasks with the region&apos;s template: simplify, redistribute or remove.</translation>
    </message>
    <message>
        <source>&amp;Uppgifter</source>
        <translation>T&amp;asks</translation>
    </message>
    <message>
        <source>Sa&amp;mmanställning</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <source>Översyn</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>N&amp;y översyn…</source>
        <translation>&amp;New review…</translation>
    </message>
    <message>
        <source>E&amp;xcel</source>
        <translation>Ex&amp;cel</translation>
    </message>
    <message>
        <source>Exportera översynen till Excel…</source>
        <translation>Export the review to Excel…</translation>
    </message>
    <message>
        <source>Exportera en tom mall till Excel…</source>
        <translation>Export an empty template to Excel…</translation>
    </message>
    <message>
        <source>Läs in ifylld arbetsbok…</source>
        <translation>Read a filled-in workbook…</translation>
    </message>
    <message>
        <source>Ingen översyn ännu</source>
        <translation>No review yet</translation>
    </message>
    <message>
        <source>Budgeten minskar den administrativa personalen. Gå därför igenom alla enhetens administrativa uppgifter med regionens mall och hitta dem som kan förenklas, omfördelas eller tas bort. En uppgift som inte påverkar någon annan enhet får du besluta om själv; påverkar den andra enheter tas den i dialog i linjen.</source>
        <translation>The budget cuts administrative staff. Go through all the unit&apos;s administrative tasks with the region&apos;s template and find those that can be simplified, redistributed or removed. A task that does not affect any other unit is yours to decide; if it affects other units it goes through line dialogue.</translation>
    </message>
    <message>
        <source>&amp;Starta översynen…</source>
        <translation>&amp;Start the review…</translation>
    </message>
    <message>
        <source>Exportera tom &amp;mall till Excel…</source>
        <translation>Export an empty &amp;template to Excel…</translation>
    </message>
    <message>
        <source>&amp;Läs in ifylld arbetsbok…</source>
        <translation>&amp;Read a filled-in workbook…</translation>
    </message>
    <message>
        <source>Steg &amp;för steg</source>
        <translation>Step &amp;by step</translation>
    </message>
    <message>
        <source>Hist&amp;orik</source>
        <translation>Hist&amp;ory</translation>
    </message>
    <message>
        <source>&amp;Översyn:</source>
        <translation>&amp;Review:</translation>
    </message>
    <message>
        <source>Åter&amp;öppna</source>
        <translation>Re&amp;open</translation>
    </message>
    <message>
        <source>Av&amp;sluta översynen</source>
        <translation>Finish &amp;the review</translation>
    </message>
    <message>
        <source>Översyn {0}</source>
        <translation>Översyn {0}</translation>
    </message>
    <message>
        <source>Ny översyn</source>
        <translation>New review</translation>
    </message>
    <message>
        <source>Starta översyn</source>
        <translation>Start review</translation>
    </message>
    <message>
        <source>Avsluta översyn</source>
        <translation>Finish review</translation>
    </message>
    <message>
        <source>Återöppna översyn</source>
        <translation>Reopen review</translation>
    </message>
    <message>
        <source>Lägg till förslag</source>
        <translation>Add suggestion</translation>
    </message>
    <message>
        <source>Lägg till {0} förslag</source>
        <translation>Add {0} suggestions</translation>
    </message>
    <message>
        <source>Ny uppgift</source>
        <translation>New task</translation>
    </message>
    <message>
        <source>Ändra uppgift</source>
        <translation>Edit task</translation>
    </message>
    <message>
        <source>Exportera översynen</source>
        <translation>Export the review</translation>
    </message>
    <message>
        <source>Excel-arbetsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporterar översynen…</source>
        <translation>Exporting the review…</translation>
    </message>
    <message>
        <source>Exportera tom mall</source>
        <translation>Export an empty template</translation>
    </message>
    <message>
        <source>Mall:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <source>Exporterar mallen…</source>
        <translation>Exporting the template…</translation>
    </message>
    <message>
        <source>Exporterad</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Arbetsboken är sparad som
{0}</source>
        <translation>The workbook is saved as
{0}</translation>
    </message>
    <message>
        <source>&amp;Öppna filen</source>
        <translation>&amp;Open the file</translation>
    </message>
    <message>
        <source>Öppna &amp;mappen</source>
        <translation>Open the &amp;folder</translation>
    </message>
    <message>
        <source>Läs in ifylld arbetsbok</source>
        <translation>Read a filled-in workbook</translation>
    </message>
    <message>
        <source>Läser arbetsboken…</source>
        <translation>Reading the workbook…</translation>
    </message>
    <message>
        <source>Läs in arbetsbok</source>
        <translation>Read workbook</translation>
    </message>
</context>
<context>
    <name>ReviewSummaryTab</name>
    <message>
        <source>Administrativ tid per år</source>
        <translation>Administrative time per year</translation>
    </message>
    <message>
        <source>Frigörs per år</source>
        <translation>Freed per year</translation>
    </message>
    <message>
        <source>Dialog i linjen / eget beslut</source>
        <translation>Line dialogue / own decision</translation>
    </message>
    <message>
        <source>Timmar per år</source>
        <translation>Hours per year</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Uppgifter</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Förslag</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Uppgift</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Klart senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Per område</source>
        <translation>By area</translation>
    </message>
    <message>
        <source>Per förslag</source>
        <translation>By proposal</translation>
    </message>
    <message>
        <source>Behöver dialog i linjen innan beslut</source>
        <translation>Needs line dialogue before a decision</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} h</translation>
    </message>
    <message>
        <source>{0} uppgifter</source>
        <translation>{0} tasks</translation>
    </message>
    <message>
        <source>{0} % av den administrativa tiden</source>
        <translation>{0} % of the administrative time</translation>
    </message>
    <message>
        <source>förändringsförslag; {0} behålls som de är</source>
        <translation>proposed changes; {0} kept as they are</translation>
    </message>
    <message>
        <source>, {0} saknar svar på Påverkar andra enheter</source>
        <translation>, {0} lack an answer to Affects other units</translation>
    </message>
    <message>
        <source>Förslag som går till dialog i linjen ({0})</source>
        <translation>Proposals that go to dialogue in the line ({0})</translation>
    </message>
    <message>
        <source>Totalt</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>RollupTab</name>
    <message>
        <source>För dig som är chef i linjen: peka ut den delade mappen (en undermapp per enhet) och jämför enheternas senaste underlag. Filer som inte är underlag från hyrdesk, eller är skadade, hoppas över och listas.</source>
        <translation>For line managers: point at the shared folder (one subfolder per unit) and compare the units&apos; latest workbooks. Files that are not hyrdesk workbooks, or are damaged, are skipped and listed.</translation>
    </message>
    <message>
        <source>&amp;Mapp:</source>
        <translation>Fo&amp;lder:</translation>
    </message>
    <message>
        <source>Mapp med enheternas underlag</source>
        <translation>Folder with the units&apos; workbooks</translation>
    </message>
    <message>
        <source>Vä&amp;lj…</source>
        <translation>Ch&amp;oose…</translation>
    </message>
    <message>
        <source>Sammans&amp;täll</source>
        <translation>&amp;Roll up</translation>
    </message>
    <message>
        <source>S&amp;para arbetsbok…</source>
        <translation>Save &amp;workbook…</translation>
    </message>
    <message>
        <source>Spara sammanställningen som en Excel-arbetsbok</source>
        <translation>Save the roll-up as an Excel workbook</translation>
    </message>
    <message>
        <source>Spara CSV för &amp;BI…</source>
        <translation>Save C&amp;SV for BI…</translation>
    </message>
    <message>
        <source>Spara alla enheters siffror som en lång tabell (CSV, UTF-8) för Power BI eller Qlik</source>
        <translation>Save every unit&apos;s figures as one long table (CSV, UTF-8) for Power BI or Qlik</translation>
    </message>
    <message>
        <source>Öppna sa&amp;mmanställningen</source>
        <translation>Open the roll-&amp;up</translation>
    </message>
    <message>
        <source>Enheternas nyckeltal</source>
        <translation>The units&apos; key figures</translation>
    </message>
    <message>
        <source>Fil som inte togs med</source>
        <translation>File not included</translation>
    </message>
    <message>
        <source>Orsak</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Filer som inte togs med</source>
        <translation>Files not included</translation>
    </message>
    <message>
        <source>Välj mappen med enheternas underlag</source>
        <translation>Choose the folder with the units&apos; workbooks</translation>
    </message>
    <message>
        <source>Välj mappen med enheternas underlag först.</source>
        <translation>Choose the folder with the units&apos; workbooks first.</translation>
    </message>
    <message>
        <source>Sammanställer enheternas underlag…</source>
        <translation>Rolling up the units&apos; workbooks…</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Administrativa timmar per år</source>
        <translation>Administrative hours per year</translation>
    </message>
    <message>
        <source>Frigjorda timmar per år</source>
        <translation>Hours freed per year</translation>
    </message>
    <message>
        <source>Kod</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Verksamhetsområde</source>
        <translation>Care area</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Hyrkostnad månad</source>
        <translation>Hire cost, month</translation>
    </message>
    <message>
        <source>Hyrkostnad R12</source>
        <translation>Hire cost, R12</translation>
    </message>
    <message>
        <source>Ack i år</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <source>Ack samma period i fjol</source>
        <translation>Same period last year</translation>
    </message>
    <message>
        <source>Ack förändring</source>
        <translation>YTD change</translation>
    </message>
    <message>
        <source>Ack förändring %</source>
        <translation>YTD change %</translation>
    </message>
    <message>
        <source>Kostnad egen personal månad</source>
        <translation>Own-staff cost, month</translation>
    </message>
    <message>
        <source>Hyrkvot %</source>
        <translation>Hire ratio %</translation>
    </message>
    <message>
        <source>Hyrkvot R12 %</source>
        <translation>Hire ratio R12 %</translation>
    </message>
    <message>
        <source>Dialog i linjen</source>
        <translation>Line dialogue</translation>
    </message>
    <message>
        <source>Summa</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>1 enhet med underlag</source>
        <translation>1 unit with a workbook</translation>
    </message>
    <message>
        <source>{0} enheter med underlag</source>
        <translation>{0} units with workbooks</translation>
    </message>
    <message>
        <source>alla filer togs med</source>
        <translation>all files were included</translation>
    </message>
    <message>
        <source>1 fil togs inte med</source>
        <translation>1 file was not included</translation>
    </message>
    <message>
        <source>{0} filer togs inte med</source>
        <translation>{0} files were not included</translation>
    </message>
    <message>
        <source>{0} filer lästa, {1} oförändrade sedan förra gången</source>
        <translation>{0} files read, {1} unchanged since last time</translation>
    </message>
    <message>
        <source>Tomma summor: håll muspekaren över dem för att se varför.</source>
        <translation>Empty totals: hover over them to see why.</translation>
    </message>
    <message>
        <source>Spara sammanställningen</source>
        <translation>Save the roll-up</translation>
    </message>
    <message>
        <source>Excel-arbetsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Sparar sammanställningen…</source>
        <translation>Saving the roll-up…</translation>
    </message>
    <message>
        <source>Spara den långa tabellen som CSV</source>
        <translation>Save the long table as CSV</translation>
    </message>
    <message>
        <source>CSV-fil (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Sparar CSV-filen…</source>
        <translation>Saving the CSV file…</translation>
    </message>
    <message>
        <source>Sammanställningen är sparad: {0}</source>
        <translation>The roll-up is saved: {0}</translation>
    </message>
    <message>
        <source>Sammanställning</source>
        <translation>Roll-up</translation>
    </message>
</context>
<context>
    <name>SetMonthCommand</name>
    <message>
        <source>Belopp för {0}</source>
        <translation>Amounts for {0}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Språk:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Mål för hyrkostnad (%):</source>
        <translation>Hire-cost &amp;target (%):</translation>
    </message>
    <message>
        <source>t.ex. en mappad nätverksenhet eller en synkad mapp</source>
        <translation>e.g. a mapped network drive or a synced folder</translation>
    </message>
    <message>
        <source>&amp;Bläddra…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Delad mapp:</source>
        <translation>&amp;Shared folder:</translation>
    </message>
    <message>
        <source>Språkbytet gäller från nästa start av hyrdesk.</source>
        <translation>A change of language takes effect the next time hyrdesk starts.</translation>
    </message>
    <message>
        <source>Välj delad mapp</source>
        <translation>Choose the shared folder</translation>
    </message>
    <message>
        <source>Välj en annan mapp, eller lämna fältet tomt.</source>
        <translation>Choose another folder, or leave the field empty.</translation>
    </message>
</context>
<context>
    <name>ShiftLengthsDialog</name>
    <message>
        <source>Passlängder</source>
        <translation>Shift lengths</translation>
    </message>
    <message>
        <source>Antal timmar i ett pass. En lucka som registreras som ett antal pass får antal × passlängd timmar; redan sparade luckor ändras inte.</source>
        <translation>Hours in one shift. A gap registered as a number of shifts gets number × shift length hours; gaps already saved do not change.</translation>
    </message>
    <message>
        <source>&amp;Dagpass (timmar):</source>
        <translation>&amp;Day shift (hours):</translation>
    </message>
    <message>
        <source>&amp;Kvällspass (timmar):</source>
        <translation>&amp;Evening shift (hours):</translation>
    </message>
    <message>
        <source>&amp;Nattpass (timmar):</source>
        <translation>&amp;Night shift (hours):</translation>
    </message>
</context>
<context>
    <name>SickLeaveChart</name>
    <message>
        <source>Sjukfrånvaro och luckor vid oplanerad frånvaro</source>
        <translation>Sick leave and gaps from unplanned absence</translation>
    </message>
    <message>
        <source>lucktimmar</source>
        <translation>gap hours</translation>
    </message>
    <message>
        <source>sjukfrånvaro %</source>
        <translation>sick leave %</translation>
    </message>
    <message>
        <source>lucktimmar, oplanerad frånvaro</source>
        <translation>gap hours, unplanned absence</translation>
    </message>
    <message>
        <source>Peka på en månad för att se värdena.</source>
        <translation>Point at a month to see its values.</translation>
    </message>
    <message>
        <source>sjukfrånvaro {0} · lucktimmar vid oplanerad frånvaro {1}{2}h</source>
        <translation>sick leave {0} · gap hours from unplanned absence {1}{2}h</translation>
    </message>
</context>
<context>
    <name>StartReviewDialog</name>
    <message>
        <source>Mallar som inte kan användas</source>
        <translation>Templates that cannot be used</translation>
    </message>
    <message>
        <source>{0} mallfiler kunde inte läsas. Visa detaljer för vad som är fel i varje fil.</source>
        <translation>{0} template files could not be read. Show details for what is wrong in each file.</translation>
    </message>
    <message>
        <source>Starta en ny översyn</source>
        <translation>Start a new review</translation>
    </message>
    <message>
        <source>Mall</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Öppna &amp;mallfil…</source>
        <translation>Open a template &amp;file…</translation>
    </message>
    <message>
        <source>&amp;Mall:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>{0} mallar i den delade mappen kunde inte läsas – visa varför</source>
        <translation>{0} templates in the shared folder could not be read – show why</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Utgå från ”{0}”</source>
        <translation>&amp;Start from “{0}”</translation>
    </message>
    <message>
        <source>Uppgifterna som finns kvar följer med: det som togs bort är borta och det som omfördelades görs av den nya rollen. Besluten börjar om.</source>
        <translation>The tasks that remain carry over: what was removed is gone and what was redistributed is done by the new role. The decisions start afresh.</translation>
    </message>
    <message>
        <source>&amp;Starta</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>{0} områden: {1}.</source>
        <translation>{0} areas: {1}.</translation>
    </message>
    <message>
        <source>Öppna mallfil</source>
        <translation>Open template file</translation>
    </message>
    <message>
        <source>Översynsmallar (*.json)</source>
        <translation>Review templates (*.json)</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <source>Månad</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Totalt, h</source>
        <translation>Total, h</translation>
    </message>
    <message>
        <source>Andel
hyrpersonal</source>
        <translation>Agency
share</translation>
    </message>
    <message>
        <source>Totalt</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Ny uppgift</source>
        <translation>New task</translation>
    </message>
    <message>
        <source>Ändra uppgift</source>
        <translation>Edit task</translation>
    </message>
    <message>
        <source>&amp;Område:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <source>t.ex. Sammanställning av beläggning till förvaltningen</source>
        <translation>e.g. Occupancy report to the administration</translation>
    </message>
    <message>
        <source>&amp;Uppgift:</source>
        <translation>&amp;Task:</translation>
    </message>
    <message>
        <source>Utförs av (&amp;roll):</source>
        <translation>Done by (&amp;role):</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Minuter per tillfälle:</source>
        <translation>&amp;Minutes per occurrence:</translation>
    </message>
    <message>
        <source>&amp;Frekvens:</source>
        <translation>&amp;Frequency:</translation>
    </message>
    <message>
        <source>&amp;Antal per period:</source>
        <translation>&amp;Count per period:</translation>
    </message>
    <message>
        <source>Timmar per år:</source>
        <translation>Hours per year:</translation>
    </message>
    <message>
        <source>Ej bedömd</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>N&amp;ytta:</source>
        <translation>Usef&amp;ulness:</translation>
    </message>
    <message>
        <source>Kravets &amp;ursprung:</source>
        <translation>&amp;Origin of the requirement:</translation>
    </message>
    <message>
        <source>&amp;Förslag:</source>
        <translation>&amp;Proposal:</translation>
    </message>
    <message>
        <source>Mottagande ro&amp;ll:</source>
        <translation>Receiving ro&amp;le:</translation>
    </message>
    <message>
        <source>– välj –</source>
        <translation>– choose –</translation>
    </message>
    <message>
        <source>&amp;Påverkar andra enheter:</source>
        <translation>Affects other &amp;units:</translation>
    </message>
    <message>
        <source>Beslutsväg:</source>
        <translation>Route:</translation>
    </message>
    <message>
        <source>Ansvarig är en roll ur mallens lista, aldrig ett namn.</source>
        <translation>Responsible is a role from the template&apos;s list, never a name.</translation>
    </message>
    <message>
        <source>Ans&amp;varig (roll):</source>
        <translation>Res&amp;ponsible (role):</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Klart senast:</source>
        <translation>&amp;Due date:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Frigjorda &amp;timmar per år:</source>
        <translation>&amp;Hours freed per year:</translation>
    </message>
    <message>
        <source>{0} timmar</source>
        <translation>{0} hours</translation>
    </message>
    <message>
        <source>ingen (uppgiften behålls)</source>
        <translation>none (the task is kept)</translation>
    </message>
    <message>
        <source>svara på Påverkar andra enheter</source>
        <translation>answer Affects other units</translation>
    </message>
    <message>
        <source>förslag: {0} (lämna tomt för att använda det)</source>
        <translation>suggested: {0} (leave empty to use it)</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Minuter</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Antal</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Tim/år</source>
        <translation>Hrs/yr</translation>
    </message>
    <message>
        <source>Nytta</source>
        <translation>Useful</translation>
    </message>
    <message>
        <source>Ursprung</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Mottagare</source>
        <translation>Receiver</translation>
    </message>
    <message>
        <source>Påverkar andra</source>
        <translation>Affects others</translation>
    </message>
    <message>
        <source>Frigörs tim/år</source>
        <translation>Freed hrs/yr</translation>
    </message>
    <message>
        <source>Räknas fram: minuter × antal × tillfällen per år / 60 (220 arbetsdagar, 44 arbetsveckor, 12 månader).</source>
        <translation>Computed: minutes × count × occurrences per year / 60 (220 working days, 44 working weeks, 12 months).</translation>
    </message>
    <message>
        <source>Räknas fram: Eget beslut när uppgiften inte påverkar andra enheter, annars Dialog i linjen.</source>
        <translation>Computed: Own decision when the task does not affect other units, otherwise Line dialogue.</translation>
    </message>
    <message>
        <source>Uppgiftens nummer, samma som i Excel-arbetsboken.</source>
        <translation>The task&apos;s number, the same as in the Excel workbook.</translation>
    </message>
    <message>
        <source>Förslag utifrån förslaget: {0} h/år. Töm fältet för att använda det.</source>
        <translation>Suggested from the proposal: {0} h/yr. Empty the field to use it.</translation>
    </message>
    <message>
        <source>Ändra ”{0}”</source>
        <translation>Edit “{0}”</translation>
    </message>
</context>
<context>
    <name>TaskTableTab</name>
    <message>
        <source>Visa område</source>
        <translation>Show area</translation>
    </message>
    <message>
        <source>Bara &amp;dialog i linjen</source>
        <translation>Only &amp;line dialogue</translation>
    </message>
    <message>
        <source>Sök uppgift, roll eller ansvarig</source>
        <translation>Search task, role or responsible</translation>
    </message>
    <message>
        <source>Sök</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Ny u&amp;ppgift…</source>
        <translation>Ne&amp;w task…</translation>
    </message>
    <message>
        <source>Ä&amp;ndra…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>&amp;Ta bort</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Uppgifter</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Dubbelklicka eller börja skriva i en cell för att ändra den. Grå kolumner räknas fram. Ctrl+Z ångrar.</source>
        <translation>Double-click or start typing in a cell to change it. Grey columns are computed. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <source>Alla områden</source>
        <translation>All areas</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Ny enhet</source>
        <translation>New unit</translation>
    </message>
    <message>
        <source>Ändra enhet</source>
        <translation>Edit unit</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <source>t.ex. MED4 eller 1234</source>
        <translation>e.g. MED4 or 1234</translation>
    </message>
    <message>
        <source>t.ex. Medicinavdelning 4</source>
        <translation>e.g. Medical ward 4</translation>
    </message>
    <message>
        <source>t.ex. 41230 eller 41230, 41231</source>
        <translation>e.g. 41230 or 41230, 41231</translation>
    </message>
    <message>
        <source>&amp;Kod:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Enhetens kortnamn i hyrdesk, exporter och den delade mappen. Kan inte ändras senare.</source>
        <translation>The unit&apos;s short name in hyrdesk, exports and the shared folder. Cannot be changed later.</translation>
    </message>
    <message>
        <source>Kostnads&amp;ställen:</source>
        <translation>Cost cen&amp;tres:</translation>
    </message>
    <message>
        <source>Koderna som enhetens rader har i ekonomiutdragets kolumn Ansvar eller Kostnadsställe (t.ex. 41230). Skilj flera med komma. Vid import tas bara dessa kostnadsställens rader med; lämnas fältet tomt används enhetens kod.</source>
        <translation>The codes the unit&apos;s rows carry in the ledger export&apos;s Ansvar or cost-centre column (e.g. 41230). Separate several with commas. An import takes only these cost centres&apos; rows; if left empty, the unit&apos;s code is used.</translation>
    </message>
    <message>
        <source>Enhetens kortnamn i hyrdesk, exporter och den delade mappen; det kan inte ändras.</source>
        <translation>The unit&apos;s short name in hyrdesk, exports and the shared folder; it cannot be changed.</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>V&amp;erksamhetsområde:</source>
        <translation>Care &amp;area:</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Välkommen till hyrdesk</source>
        <translation>Welcome to hyrdesk</translation>
    </message>
    <message>
        <source>hyrdesk hjälper dig som chef att minska beroendet av inhyrd personal: registrera bemanningsluckor, följ hyrkostnaderna mot målet 2 %, gör den administrativa översynen och ta fram underlag för dialog i linjen.

Börja med att lägga upp din enhet.</source>
        <translation>hyrdesk helps you as a manager reduce the dependence on hired staff: register staffing gaps, follow hire costs against the 2 % target, run the administration-task review and prepare material for the line dialogue.

Start by setting up your unit.</translation>
    </message>
    <message>
        <source>Titta på &amp;demodata</source>
        <translation>Look at &amp;demo data</translation>
    </message>
    <message>
        <source>Öppnar en påhittad enhet i ett eget fönster. Dina egna data påverkas inte.</source>
        <translation>Opens a made-up unit in a window of its own. Your own data is not touched.</translation>
    </message>
    <message>
        <source>&amp;Skapa enheten</source>
        <translation>&amp;Create the unit</translation>
    </message>
</context>
<context>
    <name>WorkbookErrorsDialog</name>
    <message>
        <source>Arbetsboken har fel</source>
        <translation>The workbook has errors</translation>
    </message>
    <message>
        <source>{0} har {1} fel. Inget har sparats. Rätta felen i Excel och läs in filen igen.</source>
        <translation>{0} has {1} errors. Nothing has been saved. Correct them in Excel and read the file again.</translation>
    </message>
    <message>
        <source>&amp;Kopiera listan</source>
        <translation>&amp;Copy the list</translation>
    </message>
</context>
<context>
    <name>YtdTableModel</name>
    <message>
        <source>Rapportgrupp</source>
        <translation>Report group</translation>
    </message>
    <message>
        <source>Ack {0}</source>
        <translation>YTD {0}</translation>
    </message>
    <message>
        <source>Förändring</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Förändring %</source>
        <translation>Change %</translation>
    </message>
    <message>
        <source>Hyrkostnad januari–{0}</source>
        <translation>Hire cost January–{0}</translation>
    </message>
    <message>
        <source>Hyrkostnad {0}</source>
        <translation>Hire cost {0}</translation>
    </message>
    <message>
        <source>R12</source>
        <translation>R12</translation>
    </message>
    <message>
        <source>Andel {0}</source>
        <translation>Share {0}</translation>
    </message>
    <message>
        <source>Andel R12</source>
        <translation>Share R12</translation>
    </message>
    <message>
        <source>Hyrkostnad för de 12 månaderna t.o.m. {0}</source>
        <translation>Hire cost for the 12 months up to and including {0}</translation>
    </message>
    <message>
        <source>Hyrkostnad / kostnad för egen personal, {0}</source>
        <translation>Hire cost / own staff cost, {0}</translation>
    </message>
    <message>
        <source>Hyrkostnad / kostnad för egen personal, 12 månader t.o.m. {0}</source>
        <translation>Hire cost / own staff cost, 12 months up to and including {0}</translation>
    </message>
    <message>
        <source>Kan inte beräknas: någon månad saknar belopp.</source>
        <translation>Cannot be computed: a month has no amounts.</translation>
    </message>
    <message>
        <source>Kan inte räknas: {0}.</source>
        <translation>Cannot be computed: {0}.</translation>
    </message>
    <message>
        <source>Hyrkostnad delat med kostnad för egen personal.</source>
        <translation>Hire cost divided by own staff cost.</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <source>Inget sparades</source>
        <translation>Nothing was saved</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>hyrdesk är redan igång. Byt till det fönster som redan är öppet.</source>
        <translation>hyrdesk is already running. Switch to the window that is already open.</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>Databasen är återställd från {0}.</source>
        <translation>The database has been restored from {0}.</translation>
    </message>
    <message>
        <source>Den tidigare databasen sparades som säkerhetskopian {0}.</source>
        <translation>The previous database was saved as the backup {0}.</translation>
    </message>
    <message>
        <source>Den skadade databasen flyttades undan till {0} och finns kvar.</source>
        <translation>The damaged database was moved aside to {0} and is kept.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Ett oväntat fel</source>
        <translation>An unexpected error</translation>
    </message>
    <message>
        <source>Något gick fel i hyrdesk. Det du redan har sparat finns kvar.

Felet har skrivits till loggfilen:
{0}</source>
        <translation>Something went wrong in hyrdesk. What you have already saved is still there.

The error has been written to the log file:
{0}</translation>
    </message>
</context>
<context>
    <name>notices</name>
    <message>
        <source>Databasen {0} är skrivskyddad. Du kan titta på allt, men inga ändringar kan sparas förrän ditt konto får skrivrätt till den och dess mapp.</source>
        <translation>The database {0} is read-only. You can look at everything, but no change can be saved until your account may write to it and its folder.</translation>
    </message>
    <message>
        <source>Dagens säkerhetskopia kunde inte göras. {0} Dina data är oförändrade.</source>
        <translation>Today&apos;s backup could not be made. {0} Your data is unchanged.</translation>
    </message>
    <message>
        <source>Viktigt meddelande</source>
        <translation>Important message</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Registrera bemanningsluckor</source>
        <translation>Register staffing gaps</translation>
    </message>
    <message>
        <source>Vad egen personal inte kunde täcka, varför och hur det löstes.</source>
        <translation>What own staff could not cover, why, and how it was solved.</translation>
    </message>
    <message>
        <source>Följ hyrkostnaderna</source>
        <translation>Follow hire costs</translation>
    </message>
    <message>
        <source>Importera ekonomiutdrag och se trenden mot målet.</source>
        <translation>Import finance exports and see the trend against the target.</translation>
    </message>
    <message>
        <source>Gör den administrativa översynen</source>
        <translation>Run the administration review</translation>
    </message>
    <message>
        <source>Förenkla, omfördela eller ta bort administrativa uppgifter.</source>
        <translation>Simplify, redistribute or remove administrative tasks.</translation>
    </message>
    <message>
        <source>Följ upp åtgärdsplanen</source>
        <translation>Follow up the action plan</translation>
    </message>
    <message>
        <source>Enhetens åtgärder, status och uppmätt effekt.</source>
        <translation>The unit&apos;s actions, status and measured effect.</translation>
    </message>
    <message>
        <source>Ta fram underlag för dialog i linjen</source>
        <translation>Prepare the line-dialogue material</translation>
    </message>
    <message>
        <source>En arbetsbok till din chef, i den delade mappen.</source>
        <translation>A workbook for your manager, in the shared folder.</translation>
    </message>
    <message>
        <source>Översikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Bemanningsluckor</source>
        <translation>Staffing gaps</translation>
    </message>
    <message>
        <source>Hyrkostnader</source>
        <translation>Hire costs</translation>
    </message>
    <message>
        <source>Månadsuppföljning</source>
        <translation>Monthly follow-up</translation>
    </message>
    <message>
        <source>Inhyrning och avtal</source>
        <translation>Hire and agreement</translation>
    </message>
    <message>
        <source>Administrativ översyn</source>
        <translation>Administrative review</translation>
    </message>
    <message>
        <source>Åtgärder</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Export och delning</source>
        <translation>Export and sharing</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Kalkylblad (*.xlsx *.csv *.txt);;Alla filer (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
