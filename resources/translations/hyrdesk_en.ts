<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="71"/>
        <source>&amp;Tillbaka</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="73"/>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="254"/>
        <source>&amp;Förhandsgranska</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="77"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="91"/>
        <source>Ange vilken kolumn i filen som innehåller vad. Kolumner med kända namn är redan valda; hyrdesk kommer ihåg valet till nästa fil med samma kolumner.</source>
        <translation>Say which column of the file holds what. Columns with known names are already chosen; hyrdesk remembers your choice for the next file with the same columns.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="97"/>
        <source>Rubrikrad</source>
        <translation>Header row</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="99"/>
        <source>&amp;Rubrikrad:</source>
        <translation>&amp;Header row:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="105"/>
        <source>Filens första rader:</source>
        <translation>The first rows of the file:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="109"/>
        <source>Förhandsvisning av filen</source>
        <translation>Preview of the file</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="126"/>
        <source>Rader som inte importeras:</source>
        <translation>Rows that will not be imported:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="128"/>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="227"/>
        <source>Rad</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="128"/>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="227"/>
        <source>Orsak</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="132"/>
        <source>Avvisade rader</source>
        <translation>Rejected rows</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="140"/>
        <source>Fil: {0}</source>
        <translation>File: {0}</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="141"/>
        <source>Läser {0}…</source>
        <translation>Reading {0}…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="146"/>
        <source>Filen {0} innehåller inga rader.</source>
        <translation>The file {0} contains no rows.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="166"/>
        <source> (valfri)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="180"/>
        <source>– ingen –</source>
        <translation>– none –</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="211"/>
        <source>Välj en kolumn för: {0}</source>
        <translation>Choose a column for: {0}</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="215"/>
        <source>Samma kolumn är vald för flera fält.</source>
        <translation>The same column is chosen for several fields.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="219"/>
        <source>Kontrollerar raderna…</source>
        <translation>Checking the rows…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="245"/>
        <source>Importen misslyckades: {0}</source>
        <translation>The import failed: {0}</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="257"/>
        <source>&amp;Importera</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="35"/>
        <source> – demo</source>
        <translation> – demo</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="71"/>
        <source>Demoläge: påhittade data i en tillfällig databas. Det du gör här sparas inte i dina egna data.</source>
        <translation>Demo mode: made-up data in a temporary database. Nothing you do here is saved in your own data.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="77"/>
        <source>Navigering</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="96"/>
        <source>&amp;Ny enhet…</source>
        <translation>&amp;New unit…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="98"/>
        <source>Ä&amp;ndra enhet…</source>
        <translation>&amp;Edit unit…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="99"/>
        <source>&amp;Inställningar…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="101"/>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="103"/>
        <source>Å&amp;ngra</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="105"/>
        <source>&amp;Gör om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="107"/>
        <source>&amp;Om hyrdesk</source>
        <translation>&amp;About hyrdesk</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="108"/>
        <source>Öppna &amp;datamappen</source>
        <translation>Open the &amp;data folder</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="109"/>
        <source>Visa &amp;loggfilen</source>
        <translation>Show the &amp;log file</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="110"/>
        <source>Öppna &amp;demodata</source>
        <translation>Open &amp;demo data</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="119"/>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="125"/>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="127"/>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="129"/>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="135"/>
        <location filename="../../hyrdesk/ui/main_window.py" line="141"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="138"/>
        <source>  &amp;Enhet: </source>
        <translation>  &amp;Unit: </translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="172"/>
        <source>Ingen enhet ännu</source>
        <translation>No unit yet</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="223"/>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="223"/>
        <source>Starta om hyrdesk för att byta språk.</source>
        <translation>Restart hyrdesk to change the language.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="227"/>
        <source>Demodata</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="227"/>
        <source>Demodata kunde inte startas.</source>
        <translation>The demo could not be started.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="238"/>
        <source>Om hyrdesk</source>
        <translation>About hyrdesk</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/main_window.py" line="240"/>
        <source>&lt;h3&gt;hyrdesk {0}&lt;/h3&gt;&lt;p&gt;Ett verktyg för dig som är chef i vården och arbetar för att bli oberoende av inhyrd personal: bemanningsluckor, hyrkostnader, administrativ översyn och underlag för dialog i linjen.&lt;/p&gt;&lt;p&gt;Dina data finns i:&lt;br&gt;&lt;code&gt;{1}&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;hyrdesk {0}&lt;/h3&gt;&lt;p&gt;A tool for managers in health care working to become independent of hired staff: staffing gaps, hire costs, the administration-task review and material for the line dialogue.&lt;/p&gt;&lt;p&gt;Your data is kept in:&lt;br&gt;&lt;code&gt;{1}&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../hyrdesk/ui/pages/overview.py" line="58"/>
        <source>Översikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/overview.py" line="66"/>
        <source>Nyckeltalen visas här när du har registrerat bemanningsluckor och hyrkostnader.</source>
        <translation>Key figures appear here once you have registered staffing gaps and hire costs.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/overview.py" line="76"/>
        <source>Kom igång</source>
        <translation>Get started</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../hyrdesk/ui/pages/placeholder.py" line="20"/>
        <source>Här kommer du att kunna:</source>
        <translation>Here you will be able to:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/placeholder.py" line="27"/>
        <source>Den här delen ingår i en kommande version av hyrdesk.</source>
        <translation>This part comes in a later version of hyrdesk.</translation>
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
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../hyrdesk/ui/dialogs/unit_dialog.py" line="56"/>
        <source>Ny enhet</source>
        <translation>New unit</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/dialogs/unit_dialog.py" line="56"/>
        <source>Ändra enhet</source>
        <translation>Edit unit</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <location filename="../../hyrdesk/ui/dialogs/unit_dialog.py" line="21"/>
        <source>t.ex. MED4 eller 1234</source>
        <translation>e.g. MED4 or 1234</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/dialogs/unit_dialog.py" line="23"/>
        <source>t.ex. Medicinavdelning 4</source>
        <translation>e.g. Medical ward 4</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/dialogs/unit_dialog.py" line="27"/>
        <source>&amp;Kod (kostnadsställe):</source>
        <translation>&amp;Code (cost centre):</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/dialogs/unit_dialog.py" line="28"/>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/dialogs/unit_dialog.py" line="29"/>
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
    <name>app</name>
    <message>
        <location filename="../../hyrdesk/app.py" line="66"/>
        <source>hyrdesk är redan igång. Byt till det fönster som redan är öppet.</source>
        <translation>hyrdesk is already running. Switch to the window that is already open.</translation>
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
        <location filename="../../hyrdesk/selftest.py" line="90"/>
        <location filename="../../hyrdesk/ui/pages/__init__.py" line="16"/>
        <source>Bemanningsluckor</source>
        <translation>Staffing gaps</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/__init__.py" line="17"/>
        <source>Pass och perioder som egen personal inte kunde täcka.</source>
        <translation>Shifts and periods that own staff could not cover.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/__init__.py" line="19"/>
        <source>registrera en lucka på några sekunder: datum, pass, yrkeskategori, orsak och hur den täcktes</source>
        <translation>register a gap in seconds: date, shift, staff category, cause and how it was covered</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/__init__.py" line="20"/>
        <source>bläddra, filtrera och rätta luckor, med ångra och gör om</source>
        <translation>browse, filter and correct gaps, with undo and redo</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/__init__.py" line="21"/>
        <source>se per månad hur många timmar som täcktes av hyrpersonal och hur många som inte täcktes alls</source>
        <translation>see per month how many hours hired staff covered and how many were not covered at all</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/__init__.py" line="22"/>
        <source>importera en gammal logg från Excel</source>
        <translation>import an old log from Excel</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/__init__.py" line="26"/>
        <source>Hyrkostnader</source>
        <translation>Hire costs</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/__init__.py" line="27"/>
        <source>Kostnaden för inhyrd personal jämfört med egen personal.</source>
        <translation>The cost of hired staff compared with own staff.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/__init__.py" line="29"/>
        <source>importera utdrag ur ekonomisystemet (Excel eller CSV)</source>
        <translation>import exports from the finance system (Excel or CSV)</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/__init__.py" line="30"/>
        <source>följa hyrkostnaden per månad, rullande 12 månader och ackumulerat mot förra året</source>
        <translation>follow hire cost per month, rolling 12 months and year to date against last year</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/__init__.py" line="31"/>
        <source>se hyrkostnaden som andel av kostnaden för egen personal mot målet 2 %</source>
        <translation>see hire cost as a share of own staff cost against the 2 % target</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/__init__.py" line="35"/>
        <source>Administrativ översyn</source>
        <translation>Administration review</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/__init__.py" line="36"/>
        <source>Gå igenom enhetens administrativa uppgifter med regionens mall.</source>
        <translation>Review the unit&apos;s administrative tasks with the region&apos;s template.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/__init__.py" line="38"/>
        <source>lista alla administrativa uppgifter och hur mycket tid de tar</source>
        <translation>list every administrative task and how much time it takes</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/__init__.py" line="39"/>
        <source>föreslå för varje uppgift: behålla, förenkla, omfördela eller ta bort</source>
        <translation>propose for each task: keep, simplify, redistribute or remove</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/__init__.py" line="40"/>
        <source>se vilka beslut du fattar själv och vilka som kräver dialog i linjen</source>
        <translation>see which decisions you take yourself and which need the line dialogue</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/__init__.py" line="44"/>
        <source>Export och delning</source>
        <translation>Export and sharing</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/__init__.py" line="45"/>
        <source>Underlag för dialog i linjen, levererat till den delade mappen.</source>
        <translation>Material for the line dialogue, delivered to the shared folder.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/__init__.py" line="47"/>
        <source>skapa en Excel-arbetsbok med nyckeltal, trender och översynens uppgifter</source>
        <translation>create an Excel workbook with key figures, trends and the review&apos;s tasks</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/__init__.py" line="48"/>
        <source>leverera den till den delade mappen där linjen samlar alla enheters underlag</source>
        <translation>deliver it to the shared folder where the line collects every unit&apos;s material</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/__init__.py" line="49"/>
        <source>samla alla enheters underlag i en arbetsbok (för dig som är chef i linjen)</source>
        <translation>combine every unit&apos;s material in one workbook (for line managers)</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/__init__.py" line="55"/>
        <source>Registrera bemanningsluckor</source>
        <translation>Register staffing gaps</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/__init__.py" line="56"/>
        <source>Vad egen personal inte kunde täcka, varför och hur det löstes.</source>
        <translation>What own staff could not cover, why, and how it was solved.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/__init__.py" line="57"/>
        <source>Följ hyrkostnaderna</source>
        <translation>Follow hire costs</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/__init__.py" line="58"/>
        <source>Importera ekonomiutdrag och se trenden mot målet.</source>
        <translation>Import finance exports and see the trend against the target.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/__init__.py" line="59"/>
        <source>Gör den administrativa översynen</source>
        <translation>Run the administration review</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/__init__.py" line="60"/>
        <source>Förenkla, omfördela eller ta bort administrativa uppgifter.</source>
        <translation>Simplify, redistribute or remove administrative tasks.</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/__init__.py" line="61"/>
        <source>Ta fram underlag för dialog i linjen</source>
        <translation>Prepare the line-dialogue material</translation>
    </message>
    <message>
        <location filename="../../hyrdesk/ui/pages/__init__.py" line="62"/>
        <source>En arbetsbok till din chef, i den delade mappen.</source>
        <translation>A workbook for your manager, in the shared folder.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../hyrdesk/ui/import_wizard.py" line="39"/>
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
