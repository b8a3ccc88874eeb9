<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>BulkLoad</name>
    <message>
        <source>Preparing the load: %1</source>
        <translation>Voorbereiden van het laden: %1</translation>
    </message>
    <message>
        <source>Building indexes: %1</source>
        <translation>Opbouwen van indexen: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Try &apos;relatio-cli --help&apos;.</source>
        <translation>Probeer &apos;relatio-cli --help&apos;.</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>geen opdracht opgegeven.</translation>
    </message>
    <message>
        <source>--customers and --seed belong to the demo command.</source>
        <translation>--customers en --seed horen bij de opdracht demo.</translation>
    </message>
    <message>
        <source>demo takes no arguments besides its options.</source>
        <translation>demo accepteert naast de eigen opties geen argumenten.</translation>
    </message>
    <message>
        <source>demo needs --customers N.</source>
        <translation>demo vereist --customers N.</translation>
    </message>
    <message>
        <source>--customers takes a whole number from 0 to 100000000.</source>
        <translation>--customers verwacht een geheel getal van 0 tot en met 100000000.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed verwacht een geheel getal.</translation>
    </message>
    <message>
        <source>Writing demo data: %1 of %2 (%3%)</source>
        <translation>Demogegevens schrijven: %1 van %2 (%3%)</translation>
    </message>
    <message>
        <source>Wrote %1 demo customers to %2 in %3 s.</source>
        <translation>%1 demoklanten in %3 s naar %2 geschreven.</translation>
    </message>
    <message>
        <source>info takes no arguments.</source>
        <translation>info accepteert geen argumenten.</translation>
    </message>
    <message>
        <source>Database:        %1</source>
        <translation>Database:        %1</translation>
    </message>
    <message>
        <source>Schema version:  %1</source>
        <translation>Schemaversie:    %1</translation>
    </message>
    <message>
        <source>Customers:       %1</source>
        <translation>Klanten:         %1</translation>
    </message>
    <message>
        <source>Deleted:         %1</source>
        <translation>Verwijderd:      %1</translation>
    </message>
    <message>
        <source>backup needs exactly one FILE.</source>
        <translation>backup vereist precies één FILE.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>Back-up van %1 gemaakt in %2.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>onbekende opdracht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>kan het bestand niet openen: %1</translation>
    </message>
    <message>
        <source>encoding: %1</source>
        <translation>codering: %1</translation>
    </message>
    <message>
        <source>delimiter: %1</source>
        <translation>scheidingsteken: %1</translation>
    </message>
    <message>
        <source>inspect needs exactly one FILE.</source>
        <translation>inspect heeft precies één FILE nodig.</translation>
    </message>
    <message>
        <source>unknown encoding &apos;%1&apos; (try utf-8, utf-16, windows-1252 or latin1).</source>
        <translation>onbekende codering &apos;%1&apos; (probeer utf-8, utf-16, windows-1252 of latin1).</translation>
    </message>
    <message>
        <source>--delimiter takes one character, such as , ; | or tab.</source>
        <translation>--delimiter neemt één teken, zoals , ; | of tab.</translation>
    </message>
    <message>
        <source>Usage: relatio-cli [--db PATH] [--lang en|nl|nb] COMMAND [options]

Commands:
  demo --customers N [--seed S]   write N demo customers (Dutch, Belgian, Norwegian) into an
                                  empty database; the same seed gives the same data
  info                            show the database file, schema version and record counts
  backup FILE                     write a consistent copy of the database to FILE
  inspect FILE [--json] [--delimiter C] [--encoding NAME]
                                  show how a CSV file is read: its encoding and delimiter,
                                  then its records as a JSON array of objects keyed by the
                                  header row; --json prints one JSON object with all of it
  import customers FILE [--delimiter C] [--encoding NAME] [--on-duplicate skip|update|create]
                        [--dry-run] [--rejects FILE]
                                  import customers from a CSV file in one transaction; a row
                                  matching a record (Relatio id, external id, then e-mail) is
                                  skipped (default), updated, or created anyway. Rows with
                                  errors stop the import, unless --rejects names a file for
                                  them: then the good rows are imported. --dry-run only checks
  export customers FILE [--delimiter C] [--bom]
                                  export every customer as a canonical customer file; --bom
                                  marks it as UTF-8 for Excel

Options:
  --db PATH      the database file (default: %1)
  --lang L       language of messages: en, nl or nb
  -h, --help     show this help
  -v, --version  show the version

Exit codes: 0 success, 1 failure (for import: the input had errors; each is printed as
FILE:LINE:COLUMN: message), 2 usage error.
</source>
        <translation>Gebruik: relatio-cli [--db PATH] [--lang en|nl|nb] COMMAND [options]

Opdrachten:
  demo --customers N [--seed S]   N demoklanten (Nederlandse, Belgische, Noorse) in een lege
                                  database schrijven; dezelfde seed geeft dezelfde gegevens
  info                            het databasebestand, de schemaversie en het aantal records tonen
  backup FILE                     een consistente kopie van de database naar FILE schrijven
  inspect FILE [--json] [--delimiter C] [--encoding NAME]
                                  tonen hoe een CSV-bestand wordt gelezen: de codering en het
                                  scheidingsteken, daarna de records als JSON-array van objecten
                                  met de namen uit de kopregel als sleutels; --json drukt alles
                                  af als één JSON-object
  import customers FILE [--delimiter C] [--encoding NAME] [--on-duplicate skip|update|create]
                        [--dry-run] [--rejects FILE]
                                  klanten uit een CSV-bestand importeren in één transactie; een rij
                                  die overeenkomt met een record (Relatio-id, extern id, dan
                                  e-mail) wordt overgeslagen (standaard), bijgewerkt of toch
                                  aangemaakt. Rijen met fouten stoppen de import, tenzij --rejects
                                  er een bestand voor opgeeft: dan worden de goede rijen
                                  geïmporteerd. --dry-run controleert alleen
  export customers FILE [--delimiter C] [--bom]
                                  alle klanten exporteren als standaardklantenbestand; --bom
                                  markeert het als UTF-8 voor Excel

Opties:
  --db PATH      het databasebestand (standaard: %1)
  --lang L       taal van de meldingen: en, nl of nb
  -h, --help     deze hulp tonen
  -v, --version  de versie tonen

Afsluitcodes: 0 geslaagd, 1 mislukt (bij import: de invoer bevatte fouten; elke fout wordt getoond
als FILE:LINE:COLUMN: message), 2 gebruiksfout.
</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importeren van %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Proefrun: er is niets geschreven.</translation>
    </message>
    <message>
        <source>Nothing was written: fix the rows above, or use --rejects FILE to import the good rows.</source>
        <translation>Er is niets geschreven: verbeter de rijen hierboven, of gebruik --rejects FILE om de goede rijen te importeren.</translation>
    </message>
    <message>
        <source>The rows with errors were written to %1.</source>
        <translation>De rijen met fouten zijn naar %1 geschreven.</translation>
    </message>
    <message>
        <source>Exporting to %1</source>
        <translation>Exporteren naar %1</translation>
    </message>
    <message>
        <source>Exported %1 customers to %2.</source>
        <translation>%1 klanten geëxporteerd naar %2.</translation>
    </message>
    <message>
        <source>--json belongs to the inspect command.</source>
        <translation>--json hoort bij de opdracht inspect.</translation>
    </message>
    <message>
        <source>--encoding belongs to the inspect and import commands.</source>
        <translation>--encoding hoort bij de opdrachten inspect en import.</translation>
    </message>
    <message>
        <source>--delimiter belongs to the inspect, import and export commands.</source>
        <translation>--delimiter hoort bij de opdrachten inspect, import en export.</translation>
    </message>
    <message>
        <source>--on-duplicate, --dry-run and --rejects belong to the import command.</source>
        <translation>--on-duplicate, --dry-run en --rejects horen bij de opdracht import.</translation>
    </message>
    <message>
        <source>--bom belongs to the export command.</source>
        <translation>--bom hoort bij de opdracht export.</translation>
    </message>
    <message>
        <source>use: import customers FILE</source>
        <translation>gebruik: import customers FILE</translation>
    </message>
    <message>
        <source>use: export customers FILE</source>
        <translation>gebruik: export customers FILE</translation>
    </message>
    <message>
        <source>export writes , or ; as its --delimiter.</source>
        <translation>export gebruikt alleen , of ; als --delimiter.</translation>
    </message>
    <message>
        <source>--on-duplicate takes skip, update or create.</source>
        <translation>--on-duplicate verwacht skip, update of create.</translation>
    </message>
    <message>
        <source>--rejects needs a FILE.</source>
        <translation>--rejects vereist een FILE.</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 rij</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 rijen</translation>
    </message>
    <message>
        <source>%1: %2 (%3, delimiter %4): %5 new, %6 updated, %7 skipped, %8 with errors.</source>
        <translation>%1: %2 (%3, scheidingsteken %4): %5 nieuw, %6 bijgewerkt, %7 overgeslagen, %8 met fouten.</translation>
    </message>
    <message>
        <source>Exported 1 customer to %1.</source>
        <translation>1 klant geëxporteerd naar %1.</translation>
    </message>
    <message>
        <source>Of the new customers, %1 are organisations that people in the file belong to.</source>
        <translation>Van de nieuwe klanten zijn er %1 organisaties waartoe mensen in het bestand behoren.</translation>
    </message>
    <message>
        <source>Of the new customers, 1 is an organisation that people in the file belong to.</source>
        <translation>Van de nieuwe klanten is 1 een organisatie waartoe mensen in het bestand behoren.</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>België</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Noorwegen</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Duitsland</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankrijk</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Verenigd Koninkrijk</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Ierland</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Zweden</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Denemarken</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finland</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>IJsland</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spanje</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italië</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Oostenrijk</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Zwitserland</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Verenigde Staten</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the chunk size and the length limits must be positive</source>
        <translation>de blokgrootte en de lengtegrenzen moeten positief zijn</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be the delimiter: choose an ASCII character other than a quote or a line break</source>
        <translation>&quot;%1&quot; kan geen scheidingsteken zijn: kies een ASCII-teken dat geen aanhalingsteken of regeleinde is</translation>
    </message>
    <message>
        <source>the file cannot be read: it is not open for reading</source>
        <translation>het bestand kan niet gelezen worden: het is niet geopend om te lezen</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>het bestand kan niet gelezen worden: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <source>not a text file: it contains NUL bytes</source>
        <translation>geen tekstbestand: het bevat NUL-bytes</translation>
    </message>
    <message>
        <source>not a text file: it contains NUL characters</source>
        <translation>geen tekstbestand: het bevat NUL-tekens</translation>
    </message>
    <message>
        <source>the file ends in the middle of a %1 character (bytes %2)</source>
        <translation>het bestand eindigt midden in een %1-teken (bytes %2)</translation>
    </message>
    <message>
        <source>not valid %1 text (bytes %2)</source>
        <translation>geen geldige %1-tekst (bytes %2)</translation>
    </message>
    <message>
        <source>not valid UTF-8 text (bytes %1), although the start of the file is; choose the file&apos;s encoding, for example Windows-1252</source>
        <translation>geen geldige UTF-8-tekst (bytes %1), hoewel het begin van het bestand dat wel is; kies de codering van het bestand, bijvoorbeeld Windows-1252</translation>
    </message>
    <message>
        <source>the quoted field that starts here is longer than %1 characters; is its closing quote missing?</source>
        <translation>het veld tussen aanhalingstekens dat hier begint is langer dan %1 tekens; ontbreekt het sluitende aanhalingsteken?</translation>
    </message>
    <message>
        <source>the field is longer than %1 characters</source>
        <translation>het veld is langer dan %1 tekens</translation>
    </message>
    <message>
        <source>the record is longer than %1 characters</source>
        <translation>het record is langer dan %1 tekens</translation>
    </message>
    <message>
        <source>wrong number of fields: %1 instead of %2 as in the header</source>
        <translation>verkeerd aantal velden: %1 in plaats van %2 zoals in de kopregel</translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with one; put the whole field in quotes and double this quote (&quot;&quot;)</source>
        <translation>een aanhalingsteken in een veld dat er niet mee begint; zet het hele veld tussen aanhalingstekens en verdubbel dit aanhalingsteken (&quot;&quot;)</translation>
    </message>
    <message>
        <source>this quote is never closed: the quoted field runs to the end of the file</source>
        <translation>dit aanhalingsteken wordt nooit gesloten: het veld loopt door tot het einde van het bestand</translation>
    </message>
    <message>
        <source>text after the closing quote; a quoted field ends at its quote (write &quot;&quot; for a quote inside it)</source>
        <translation>tekst na het sluitende aanhalingsteken; een veld tussen aanhalingstekens eindigt bij dat teken (schrijf &quot;&quot; voor een aanhalingsteken erin)</translation>
    </message>
</context>
<context>
    <name>CsvUi</name>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Puntkomma ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Verticale streep ( | )</translation>
    </message>
</context>
<context>
    <name>CustomerCommands</name>
    <message>
        <source>Create %1</source>
        <translation>%1 aanmaken</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>%1 herstellen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
</context>
<context>
    <name>CustomerCsv</name>
    <message>
        <source>Relatio id</source>
        <translation>Relatio-id</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Extern id</translation>
    </message>
    <message>
        <source>Person or organisation</source>
        <translation>Persoon of organisatie</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Organisation&apos;s Relatio id</source>
        <translation>Relatio-id van organisatie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Other e-mail</source>
        <translation>Ander e-mailadres</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobiel</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straat en huisnummer</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Full name (split into given and family name)</source>
        <translation>Volledige naam (gesplitst in voor- en achternaam)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD (2024-03-01), optionally with a time (2024-03-01T09:30:00Z), or as day-month-year (1-3-2024 or 01.03.2024).</source>
        <translation>&quot;%1&quot; is geen datum; schrijf de datum als YYYY-MM-DD (2024-03-01), eventueel met een tijd (2024-03-01T09:30:00Z), of als dag-maand-jaar (1-3-2024 of 01.03.2024).</translation>
    </message>
</context>
<context>
    <name>CustomerExporter</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <translation>De export is geannuleerd; %1 is niet geschreven.</translation>
    </message>
    <message>
        <source>Reading customers: %1</source>
        <translation>Lezen van klanten: %1</translation>
    </message>
    <message>
        <source>The delimiter must be a comma, a semicolon or a tab.</source>
        <translation>Het scheidingsteken moet een komma, een puntkomma of een tab zijn.</translation>
    </message>
</context>
<context>
    <name>CustomerImporter</name>
    <message>
        <source>Relatio id: &quot;%1&quot; is not a Relatio id (leave it empty for new records).</source>
        <translation>Relatio-id: &quot;%1&quot; is geen Relatio-id (laat dit leeg voor nieuwe records).</translation>
    </message>
    <message>
        <source>Organisation&apos;s Relatio id: &quot;%1&quot; is not a Relatio id.</source>
        <translation>Relatio-id van organisatie: &quot;%1&quot; is geen Relatio-id.</translation>
    </message>
    <message>
        <source>Person or organisation: &quot;%1&quot; is neither; write person or organisation.</source>
        <translation>Persoon of organisatie: &quot;%1&quot; is geen van beide; schrijf persoon of organisatie.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1 has no header row.</source>
        <translation>%1 heeft geen kopregel.</translation>
    </message>
    <message>
        <source>%1: none of the columns (%2) is one Relatio knows; name them as in the canonical customer file (given_name, family_name, organisation, email, …) or choose them by hand.</source>
        <translation>%1: Relatio kent geen van de kolommen (%2); geef ze dezelfde namen als in het standaardklantenbestand (given_name, family_name, organisation, email, …) of kies ze handmatig.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>De database is niet geopend.</translation>
    </message>
    <message>
        <source>Importing %1: %2: %3</source>
        <translation>Importeren van %1: %2: %3</translation>
    </message>
    <message>
        <source>reading the database</source>
        <translation>database lezen</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importeren van %1</translation>
    </message>
    <message>
        <source>preparing the import</source>
        <translation>import voorbereiden</translation>
    </message>
    <message>
        <source>Organisation&apos;s Relatio id: no organisation has the id %1.</source>
        <translation>Relatio-id van organisatie: er is geen organisatie met het id %1.</translation>
    </message>
    <message>
        <source>The rejects file %1 cannot be written: %2</source>
        <translation>Het foutenbestand %1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>regel %1: %2</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was written.</source>
        <translation>De import van %1 is geannuleerd; er is niets geschreven.</translation>
    </message>
    <message>
        <source>recording the import</source>
        <translation>import vastleggen</translation>
    </message>
    <message>
        <source>The customers were imported, but the rejects file %1 could not be written: %2</source>
        <translation>De klanten zijn geïmporteerd, maar het foutenbestand %1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Undoing the import</source>
        <translation>Ongedaan maken van de import</translation>
    </message>
    <message>
        <source>Import %1 does not exist.</source>
        <translation>Import %1 bestaat niet.</translation>
    </message>
    <message>
        <source>This import has been undone already.</source>
        <translation>Deze import is al ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>This import has not been undone.</source>
        <translation>Deze import is niet ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is chosen for more than one column of the file.</source>
        <translation>Het veld &quot;%1&quot; is voor meer dan één kolom van het bestand gekozen.</translation>
    </message>
</context>
<context>
    <name>CustomerInserter</name>
    <message>
        <source>Saving %1: %2</source>
        <translation>Opslaan van %1: %2</translation>
    </message>
    <message>
        <source>Saving tags: %1</source>
        <translation>Opslaan van labels: %1</translation>
    </message>
</context>
<context>
    <name>CustomerRepository</name>
    <message>
        <source>Reading customer %1</source>
        <translation>Lezen van klant %1</translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>Klant %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Reading organisation %1</source>
        <translation>Lezen van organisatie %1</translation>
    </message>
    <message>
        <source>The chosen organisation does not exist.</source>
        <translation>De gekozen organisatie bestaat niet.</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>Opslaan van %1</translation>
    </message>
    <message>
        <source>An organisation cannot belong to itself.</source>
        <translation>Een organisatie kan niet bij zichzelf horen.</translation>
    </message>
    <message>
        <source>Saving tags</source>
        <translation>Opslaan van labels</translation>
    </message>
    <message>
        <source>Deleting customer %1</source>
        <translation>Verwijderen van klant %1</translation>
    </message>
    <message>
        <source>Restoring customer %1</source>
        <translation>Herstellen van klant %1</translation>
    </message>
    <message>
        <source>Customer %1 is already deleted.</source>
        <translation>Klant %1 is al verwijderd.</translation>
    </message>
    <message>
        <source>Customer %1 is not deleted.</source>
        <translation>Klant %1 is niet verwijderd.</translation>
    </message>
    <message>
        <source>Counting customers</source>
        <translation>Tellen van klanten</translation>
    </message>
    <message>
        <source>Saving owner %1</source>
        <translation>Opslaan van eigenaar %1</translation>
    </message>
    <message>
        <source>Saving tag %1</source>
        <translation>Opslaan van label %1</translation>
    </message>
</context>
<context>
    <name>CustomerValidator</name>
    <message>
        <source>Enter a name: a given name, a family name or both.</source>
        <translation>Vul een naam in: een voornaam, een achternaam of beide.</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Vul de naam van de organisatie in.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address (expected name@example.com).</source>
        <translation>&quot;%1&quot; is geen geldig e-mailadres (verwacht: naam@example.com).</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Kies een land uit de lijst.</translation>
    </message>
    <message>
        <source>A Dutch postcode has four digits and two letters, like 1012 AB.</source>
        <translation>Een Nederlandse postcode bestaat uit vier cijfers en twee letters, zoals 1012 AB.</translation>
    </message>
    <message>
        <source>A postcode in this country has four digits, like 0150.</source>
        <translation>Een postcode in dit land bestaat uit vier cijfers, zoals 0150.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: the database is locked by another program (%2). Close it and try again.</source>
        <translation>%1: de database is vergrendeld door een ander programma (%2). Sluit dat programma en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is geen bestand.</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translation>%1 kan niet worden gelezen: toegang geweigerd.</translation>
    </message>
    <message>
        <source>not an SQLite database, or damaged</source>
        <translation>geen SQLite-database, of beschadigd</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kan niet worden geopend: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not one of Relatio&apos;s. It has not been changed.</source>
        <translation>%1 is een SQLite-database, maar niet van Relatio. Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Relatio (schema version %2; this version understands up to %3). It has not been changed: please update Relatio to open it.</source>
        <translation>%1 is geschreven door een nieuwere versie van Relatio (schemaversie %2; deze versie begrijpt tot en met %3). Het bestand is niet gewijzigd: werk Relatio bij om het te openen.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>De map %1 kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Openen van %1</translation>
    </message>
    <message>
        <source>%1: cannot read the schema version.</source>
        <translation>%1: de schemaversie kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>Before upgrading %1 a copy must be made, and that failed: %2. Nothing was changed.</source>
        <translation>Voordat %1 wordt bijgewerkt, moet er een kopie worden gemaakt, en dat is mislukt: %2. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Upgrading %1</source>
        <translation>Bijwerken van %1</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema version %2 (%3)</source>
        <translation>Bijwerken van %1 naar schemaversie %2 (%3)</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 bestaat al; kies een andere naam.</translation>
    </message>
    <message>
        <source>Backing up to %1</source>
        <translation>Back-up maken in %1</translation>
    </message>
</context>
<context>
    <name>DemoWriter</name>
    <message>
        <source>The number of customers cannot be negative.</source>
        <translation>Het aantal klanten kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>De database is niet geopend.</translation>
    </message>
    <message>
        <source>Writing demo data: %1: %2</source>
        <translation>Demogegevens schrijven: %1: %2</translation>
    </message>
    <message>
        <source>counting customers</source>
        <translation>klanten tellen</translation>
    </message>
    <message>
        <source>preparing the load</source>
        <translation>laden voorbereiden</translation>
    </message>
    <message>
        <source>owners</source>
        <translation>eigenaren</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>labels</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>klant %1</translation>
    </message>
    <message>
        <source>tags of customer %1</source>
        <translation>labels van klant %1</translation>
    </message>
    <message>
        <source>Loading demo data was cancelled; nothing was written.</source>
        <translation>Het laden van de demogegevens is geannuleerd; er is niets geschreven.</translation>
    </message>
    <message>
        <source>The database already holds customers (%1); demo data only goes into an empty database.</source>
        <translation>De database bevat al klanten (%1); demogegevens gaan alleen in een lege database.</translation>
    </message>
    <message>
        <source>Writing demo data</source>
        <translation>Demogegevens schrijven</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import of 1 customer from %1</source>
        <translation>import van 1 klant uit %1</translation>
    </message>
    <message>
        <source>Import of %1 customers from %2</source>
        <translation>import van %1 klanten uit %2</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>&quot;%1&quot; is geen telefoonnummer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number in %2.</source>
        <translation>&quot;%1&quot; is geen geldig telefoonnummer in %2.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnie&amp;uw</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Kni&amp;ppen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>P&amp;lakken</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles selecteren</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nee</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Niet opslaan</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnie&amp;uw</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Kni&amp;ppen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>P&amp;lakken</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles selecteren</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Vorige</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>V&amp;olgende &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Voltooien</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Doorvoeren</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Relatio, a desktop CRM for sales teams.</source>
        <translation>Relatio, een desktop-CRM voor verkoopteams.</translation>
    </message>
    <message>
        <source>Use the database at &lt;path&gt; instead of the default one.</source>
        <translation>De database op &lt;path&gt; gebruiken in plaats van de standaarddatabase.</translation>
    </message>
    <message>
        <source>User interface language: en, nl or nb (default: the system&apos;s).</source>
        <translation>Taal van de gebruikersinterface: en, nl of nb (standaard: die van het systeem).</translation>
    </message>
    <message>
        <source>Relatio cannot open the database</source>
        <translation>Relatio kan de database niet openen</translation>
    </message>
</context>
<context>
    <name>relatio::CsvActions</name>
    <message>
        <source>&amp;Import Customers…</source>
        <translation>Klanten &amp;importeren…</translation>
    </message>
    <message>
        <source>Add or update customers from a CSV file (Ctrl+Shift+I); you can also drop the file on the window</source>
        <translation>Klanten toevoegen of bijwerken vanuit een CSV-bestand (Ctrl+Shift+I); u kunt het bestand ook naar het venster slepen</translation>
    </message>
    <message>
        <source>&amp;Export Customers…</source>
        <translation>Klanten &amp;exporteren…</translation>
    </message>
    <message>
        <source>Save customers to a CSV file for a spreadsheet or another program (Ctrl+Shift+E)</source>
        <translation>Klanten opslaan in een CSV-bestand voor een spreadsheet of een ander programma (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Relatio</source>
        <translation>Relatio</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated. Undo (Ctrl+Z) takes it back.</source>
        <translation>%1 geïmporteerd: %2 nieuw, %3 bijgewerkt. Met Ongedaan maken (Ctrl+Z) draait u de import terug.</translation>
    </message>
</context>
<context>
    <name>relatio::CustomerEditor</name>
    <message>
        <source>Select a customer in the list, or press Ctrl+N to add one.</source>
        <translation>Selecteer een klant in de lijst of druk op Ctrl+N om een klant toe te voegen.</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Persoon</translation>
    </message>
    <message>
        <source>Or&amp;ganisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <source>including van, de, ter …</source>
        <translation>inclusief van, de, ter …</translation>
    </message>
    <message>
        <source>Type to find an organisation</source>
        <translation>Typ om een organisatie te zoeken</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>Voornaam:</translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation>Achternaam:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisatie:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>naam@example.com</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Other e-mail:</source>
        <translation>Ander e-mailadres:</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>Mobiel:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Straat:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Plaats:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>Norwegian (Bokmål)</source>
        <translation>Noors (Bokmål)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <source>comma-separated, e.g. customer, VIP</source>
        <translation>kommagescheiden, bijv. klant, VIP</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Eigenaar:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notities:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Drop unsaved changes (Escape)</source>
        <translation>Niet-opgeslagen wijzigingen verwerpen (Escape)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation>Wijzigingen opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>Deleted %1. Restore it to edit it again.</source>
        <translation>Verwijderd %1. Herstel deze klant om hem weer te bewerken.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Nog niet opgeslagen.</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>No organisation &quot;%1&quot; yet: it will be created when you save.</source>
        <translation>Er is nog geen organisatie &quot;%1&quot;: deze wordt aangemaakt wanneer u opslaat.</translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation>zelfde e-mailadres</translation>
    </message>
    <message>
        <source>same name in %1</source>
        <translation>zelfde naam in %1</translation>
    </message>
    <message>
        <source>This looks like an existing customer: %1. You can still save it.</source>
        <translation>Dit lijkt een bestaande klant te zijn: %1. U kunt toch opslaan.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Aangemaakt %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Gewijzigd %1</translation>
    </message>
    <message>
        <source>The customer&apos;s number in another system, such as the accounts; imports match on it</source>
        <translation>Het nummer van de klant in een ander systeem, zoals de boekhouding; importen zoeken op dit nummer</translation>
    </message>
    <message>
        <source>External id:</source>
        <translation>Extern id:</translation>
    </message>
</context>
<context>
    <name>relatio::CustomerListModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Mobile: %1</source>
        <translation>Mobiel: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefoon: %1</translation>
    </message>
</context>
<context>
    <name>relatio::CustomerListView</name>
    <message>
        <source>Search name, organisation, e-mail, phone or city (Ctrl+F)</source>
        <translation>Zoeken op naam, organisatie, e-mail, telefoon of plaats (Ctrl+F)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Show deleted customers, to restore them</source>
        <translation>Verwijderde klanten tonen om ze te herstellen</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Eigenaar:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>La&amp;nd:</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle labels</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle eigenaren</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle landen</translation>
    </message>
    <message>
        <source>There are no deleted customers.</source>
        <translation>Er zijn geen verwijderde klanten.</translation>
    </message>
    <message>
        <source>No customer matches. Try fewer words or clear the filters.</source>
        <translation>Geen klant gevonden. Probeer minder woorden of wis de filters.</translation>
    </message>
    <message>
        <source>No customers yet.</source>
        <translation>Nog geen klanten.</translation>
    </message>
    <message>
        <source>%1 of %2 customers match</source>
        <translation>%1 van %2 klanten gevonden</translation>
    </message>
    <message>
        <source>Searching… showing the first %1</source>
        <translation>Zoeken… de eerste %1 worden getoond</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <source>1 deleted customer</source>
        <translation>1 verwijderde klant</translation>
    </message>
    <message>
        <source>%1 deleted customers</source>
        <translation>%1 verwijderde klanten</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 klant</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 klanten</translation>
    </message>
    <message>
        <source>Click to sort; right-click to choose the columns</source>
        <translation>Klik om te sorteren; klik met rechts om de kolommen te kiezen</translation>
    </message>
</context>
<context>
    <name>relatio::CustomersPage</name>
    <message>
        <source>&amp;New Customer</source>
        <translation>&amp;Nieuwe klant</translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+N)</source>
        <translation>Klant toevoegen (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save Customer</source>
        <translation>Klant op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Cancel Editing</source>
        <translation>Bewerken &amp;annuleren</translation>
    </message>
    <message>
        <source>&amp;Delete Customer</source>
        <translation>Klant &amp;verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected customer (Delete); Undo brings it back</source>
        <translation>Geselecteerde klant verwijderen (Delete); met Ongedaan maken haalt u hem terug</translation>
    </message>
    <message>
        <source>&amp;Restore Customer</source>
        <translation>Klant &amp;herstellen</translation>
    </message>
    <message>
        <source>Bring the selected deleted customer back</source>
        <translation>Geselecteerde verwijderde klant terugzetten</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Relatio</source>
        <translation>Relatio</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Wijzigingen in %1 opslaan?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 opslaan</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
    <message>
        <source>Deleted %1. Undo (Ctrl+Z) brings it back.</source>
        <translation>%1 verwijderd. Met Ongedaan maken (Ctrl+Z) haalt u deze klant terug.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 hersteld.</translation>
    </message>
</context>
<context>
    <name>relatio::DemoDataPanel</name>
    <message>
        <source>Your customer list is empty</source>
        <translation>Uw klantenlijst is leeg</translation>
    </message>
    <message>
        <source>Add your first customer, or load a demo data set of Dutch, Belgian and Norwegian customers to try Relatio out. Demo e-mail addresses end in .example, so nobody can be mailed by mistake.</source>
        <translation>Voeg uw eerste klant toe, of laad een set demogegevens met Nederlandse, Belgische en Noorse klanten om Relatio uit te proberen. Demo-e-mailadressen eindigen op .example, zodat niemand per ongeluk een e-mail krijgt.</translation>
    </message>
    <message>
        <source>Add a Customer</source>
        <translation>Klant toevoegen</translation>
    </message>
    <message>
        <source> customers</source>
        <translation> klanten</translation>
    </message>
    <message>
        <source>Load Demo Data</source>
        <translation>Demogegevens laden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <source>Writing %1 demo customers…</source>
        <translation>%1 demoklanten schrijven…</translation>
    </message>
</context>
<context>
    <name>relatio::ExportDialog</name>
    <message>
        <source>Export Customers</source>
        <translation>Klanten exporteren</translation>
    </message>
    <message>
        <source>Customers to export</source>
        <translation>Te exporteren klanten</translation>
    </message>
    <message>
        <source>&amp;All customers</source>
        <translation>&amp;Alle klanten</translation>
    </message>
    <message>
        <source>The current &amp;list, with its search and filters: 1 customer</source>
        <translation>De huidige &amp;lijst, met zoekopdracht en filters: 1 klant</translation>
    </message>
    <message>
        <source>The current &amp;list, with its search and filters: %1 customers</source>
        <translation>De huidige &amp;lijst, met zoekopdracht en filters: %1 klanten</translation>
    </message>
    <message>
        <source>The &amp;selected customers: none selected</source>
        <translation>De &amp;geselecteerde klanten: geen klanten geselecteerd</translation>
    </message>
    <message>
        <source>The &amp;selected customer</source>
        <translation>De &amp;geselecteerde klant</translation>
    </message>
    <message>
        <source>The &amp;selected customers: %1</source>
        <translation>De &amp;geselecteerde klanten: %1</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Bestandsindeling</translation>
    </message>
    <message>
        <source>Excel expects a semicolon where numbers are written with a decimal comma, as in Dutch and Norwegian settings</source>
        <translation>Excel verwacht een puntkomma als getallen met een decimale komma worden geschreven, zoals bij Nederlandse en Noorse instellingen</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (for Excel)</source>
        <translation>UTF-8 met BOM (voor Excel)</translation>
    </message>
    <message>
        <source>Excel needs the byte order mark (BOM) to read accented letters correctly</source>
        <translation>Excel heeft de bytevolgordemarkering (BOM) nodig om letters met accenten goed te lezen</translation>
    </message>
    <message>
        <source>Se&amp;parator:</source>
        <translation>&amp;Scheidingsteken:</translation>
    </message>
    <message>
        <source>E&amp;ncoding:</source>
        <translation>&amp;Codering:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles selecteren</translation>
    </message>
    <message>
        <source>Select None</source>
        <translation>Niets selecteren</translation>
    </message>
    <message>
        <source>customers</source>
        <comment>the start of the suggested file name</comment>
        <translation>klanten</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Opslaan &amp;in:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>%1 is not a file in an existing folder. Choose another place to save to.</source>
        <translation>%1 is geen bestand in een bestaande map. Kies een andere locatie om op te slaan.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 bestaat al. Wilt u het vervangen?</translation>
    </message>
    <message>
        <source>Exporting customers…</source>
        <translation>Klanten exporteren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The customers could not be exported. %1 was not changed.

%2</source>
        <translation>De klanten konden niet worden geëxporteerd. %1 is niet gewijzigd.

%2</translation>
    </message>
    <message>
        <source>Exported 1 customer to %1.</source>
        <translation>1 klant geëxporteerd naar %1.</translation>
    </message>
    <message>
        <source>Exported %1 customers to %2.</source>
        <translation>%1 klanten geëxporteerd naar %2.</translation>
    </message>
</context>
<context>
    <name>relatio::ImportCheckPage</name>
    <message>
        <source>Check the File</source>
        <translation>Bestand controleren</translation>
    </message>
    <message>
        <source>Every row is read and checked against your customers without writing anything, so you know what the import will do.</source>
        <translation>Elke rij wordt gelezen en vergeleken met uw klanten zonder dat er iets wordt geschreven, zodat u weet wat de import zal doen.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Stop Checking</source>
        <translation>Controle stoppen</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>Opnieuw controleren</translation>
    </message>
    <message>
        <source>Rows in the file:</source>
        <translation>Rijen in het bestand:</translation>
    </message>
    <message>
        <source>New customers:</source>
        <translation>Nieuwe klanten:</translation>
    </message>
    <message>
        <source>Existing customers updated:</source>
        <translation>Bijgewerkte bestaande klanten:</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Overgeslagen:</translation>
    </message>
    <message>
        <source>Rows with errors:</source>
        <translation>Rijen met fouten:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Import the &amp;good rows and write the bad ones to a file</source>
        <translation>De &amp;goede rijen importeren en de foute naar een bestand schrijven</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;laderen…</translation>
    </message>
    <message>
        <source>Rows with Errors</source>
        <translation>Rijen met fouten</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stoppen…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 controleren…</translation>
    </message>
    <message>
        <source>The check was stopped. Check again to import this file.</source>
        <translation>De controle is gestopt. Controleer opnieuw om dit bestand te importeren.</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Het bestand kan niet worden geïmporteerd: %1</translation>
    </message>
    <message>
        <source>Every row can be imported.</source>
        <translation>Alle rijen kunnen worden geïmporteerd.</translation>
    </message>
    <message>
        <source>No row can be imported: every row has an error.</source>
        <translation>Geen enkele rij kan worden geïmporteerd: elke rij bevat een fout.</translation>
    </message>
    <message>
        <source>1 row has an error; the others can be imported.</source>
        <translation>1 rij bevat een fout; de andere kunnen worden geïmporteerd.</translation>
    </message>
    <message>
        <source>%1 rows have errors; the others can be imported.</source>
        <translation>%1 rijen bevatten fouten; de andere kunnen worden geïmporteerd.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>character %1</source>
        <translation>teken %1</translation>
    </message>
    <message>
        <source>There is nothing to import: every row matches a customer that would be left as it is.</source>
        <translation>Er is niets te importeren: elke rij komt overeen met een klant die ongewijzigd zou blijven.</translation>
    </message>
    <message>
        <source>Fix the file and import it again; the list above says what is wrong.</source>
        <translation>Verbeter het bestand en importeer het opnieuw; de lijst hierboven geeft aan wat er mis is.</translation>
    </message>
    <message>
        <source>Rows with errors cannot be imported. Fix them in the file, or tick the box above to import the other rows.</source>
        <translation>Rijen met fouten kunnen niet worden geïmporteerd. Verbeter ze in het bestand, of vink het vakje hierboven aan om de andere rijen te importeren.</translation>
    </message>
    <message>
        <source>Choose the file for the rows with errors.</source>
        <translation>Kies het bestand voor de rijen met fouten.</translation>
    </message>
    <message>
        <source>The first %1 problems are listed; all %2 rows with errors are left out of the import.</source>
        <translation>Alleen de eerste %1 problemen worden getoond; alle %2 rijen met fouten worden niet geïmporteerd.</translation>
    </message>
    <message>
        <source>There is nothing to import: the rows without errors match customers that would be left as they are.</source>
        <translation>Er is niets te importeren: de rijen zonder fouten komen overeen met klanten die ongewijzigd zouden blijven.</translation>
    </message>
    <message>
        <source>%1 (1 of them an organisation that people in the file belong to)</source>
        <translation>%1 (waarvan 1 een organisatie waartoe mensen in het bestand behoren)</translation>
    </message>
    <message>
        <source>%1 (%2 of them organisations that people in the file belong to)</source>
        <translation>%1 (waarvan %2 organisaties waartoe mensen in het bestand behoren)</translation>
    </message>
</context>
<context>
    <name>relatio::ImportColumnsPage</name>
    <message>
        <source>Match the Columns</source>
        <translation>Kolommen koppelen</translation>
    </message>
    <message>
        <source>Choose what each column of the file holds. Columns set to “Do not import” are left out.</source>
        <translation>Kies wat elke kolom van het bestand bevat. Kolommen die op “Niet importeren” staan, worden overgeslagen.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importeren als</translation>
    </message>
    <message>
        <source>When a row matches an existing customer</source>
        <translation>Als een rij overeenkomt met een bestaande klant</translation>
    </message>
    <message>
        <source>&amp;Skip the row and leave the customer as it is</source>
        <translation>Rij &amp;overslaan en de klant ongewijzigd laten</translation>
    </message>
    <message>
        <source>&amp;Update the existing customer with the row&apos;s columns</source>
        <translation>Bestaande klant &amp;bijwerken met de kolommen uit de rij</translation>
    </message>
    <message>
        <source>&amp;Create a new customer anyway</source>
        <translation>Toch een &amp;nieuwe klant aanmaken</translation>
    </message>
    <message>
        <source>A row matches a customer with the same Relatio id, else the same external id, else the same e-mail address.</source>
        <translation>Een rij komt overeen met een klant met hetzelfde Relatio-id, anders met hetzelfde externe id, anders met hetzelfde e-mailadres.</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Niet importeren</translation>
    </message>
    <message>
        <source>Chosen twice</source>
        <translation>Dubbel gekozen</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 is chosen for more than one column. A field is filled from one column only: choose another field, or “Do not import”, for the columns marked.</source>
        <translation>%1 is voor meer dan één kolom gekozen. Een veld wordt maar uit één kolom gevuld: kies voor de gemarkeerde kolommen een ander veld of “Niet importeren”.</translation>
    </message>
    <message>
        <source>Choose at least one column to import.</source>
        <translation>Kies ten minste één kolom om te importeren.</translation>
    </message>
    <message>
        <source>%1 are each chosen for more than one column. A field is filled from one column only: choose another field, or “Do not import”, for the columns marked.</source>
        <translation>%1 zijn elk voor meer dan één kolom gekozen. Een veld wordt maar uit één kolom gevuld: kies voor de gemarkeerde kolommen een ander veld of “Niet importeren”.</translation>
    </message>
</context>
<context>
    <name>relatio::ImportFilePage</name>
    <message>
        <source>Choose the File</source>
        <translation>Bestand kiezen</translation>
    </message>
    <message>
        <source>A CSV file saved from a spreadsheet or another program. Check in the preview that it is read correctly; change the encoding or the separator if it is not.</source>
        <translation>Een CSV-bestand dat is opgeslagen vanuit een spreadsheet of een ander programma. Controleer in het voorbeeld of het goed wordt gelezen; wijzig anders de codering of het scheidingsteken.</translation>
    </message>
    <message>
        <source>Path of a .csv, .tsv or .txt file</source>
        <translation>Pad van een .csv-, .tsv- of .txt-bestand</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>B&amp;laderen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codering:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Scheidingsteken:</translation>
    </message>
    <message>
        <source>Import Customers</source>
        <translation>Klanten importeren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt *.tsv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Choose a file, or drop one on the main window, to see how it will be read.</source>
        <translation>Kies een bestand, of sleep er een naar het hoofdvenster, om te zien hoe het wordt gelezen.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Het bestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation>Automatisch: %1</translation>
    </message>
    <message>
        <source>%1 has no header row.</source>
        <translation>%1 heeft geen kopregel.</translation>
    </message>
    <message>
        <source>The file has column names but no rows below them.</source>
        <translation>Het bestand heeft kolomnamen, maar geen rijen eronder.</translation>
    </message>
    <message>
        <source>The first rows as they will be read. The first line of the file holds the column names.</source>
        <translation>De eerste rijen zoals ze worden gelezen. De eerste regel van het bestand bevat de kolomnamen.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… en nog %1.</translation>
    </message>
</context>
<context>
    <name>relatio::ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>The customers are written in one step: if the import is cancelled or fails, nothing is written.</source>
        <translation>De klanten worden in één keer weggeschreven: als de import wordt geannuleerd of mislukt, wordt er niets geschreven.</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>Import annuleren</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 importeren…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>De import is geannuleerd. Er is niets geschreven.</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: %1</source>
        <translation>De import is mislukt en er is niets geschreven: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: rows have errors. Check the file again and choose to import the good rows only.</source>
        <translation>Er is niets geïmporteerd: er zijn rijen met fouten. Controleer het bestand opnieuw en kies ervoor alleen de goede rijen te importeren.</translation>
    </message>
    <message>
        <source>The import is done. Edit ▸ Undo (Ctrl+Z) takes it back.</source>
        <translation>De import is voltooid. Met Bewerken ▸ Ongedaan maken (Ctrl+Z) draait u hem terug.</translation>
    </message>
    <message>
        <source>The rows with errors are in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;, ready to be fixed and imported again.</source>
        <translation>De rijen met fouten staan in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;, klaar om te worden verbeterd en opnieuw geïmporteerd.</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>De map openen</translation>
    </message>
</context>
<context>
    <name>relatio::ImportWizard</name>
    <message>
        <source>Import Customers</source>
        <translation>Klanten importeren</translation>
    </message>
</context>
<context>
    <name>relatio::MainWindow</name>
    <message>
        <source>%1 — Relatio</source>
        <translation>%1 — Relatio</translation>
    </message>
    <message>
        <source>The database file</source>
        <translation>Het databasebestand</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>De lijst kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Loaded %1 demo customers.</source>
        <translation>%1 demoklanten geladen.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>&amp;Back-up van database maken…</translation>
    </message>
    <message>
        <source>Save a consistent copy of the database to a file of your choice</source>
        <translation>Een consistente kopie van de database opslaan in een bestand naar keuze</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnie&amp;uw</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Relatio</source>
        <translation>&amp;Over Relatio</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Back-up van database maken</translation>
    </message>
    <message>
        <source>Relatio databases (*.sqlite)</source>
        <translation>Relatio-databases (*.sqlite)</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Back-up gemaakt in %1.</translation>
    </message>
    <message>
        <source>About Relatio</source>
        <translation>Over Relatio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Relatio %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for sales teams: fast, honest in its numbers, and kind to the people who use it.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Relatio %1&lt;/h3&gt;&lt;p&gt;Een desktop-CRM voor verkoopteams: snel, eerlijk in zijn cijfers en vriendelijk voor de mensen die ermee werken.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schemaversie: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Relatio</source>
        <translation>Relatio</translation>
    </message>
    <message>
        <source>Demo data is still being written. Cancel it first.</source>
        <translation>Er worden nog demogegevens geschreven. Annuleer dat eerst.</translation>
    </message>
</context>
</TS>
