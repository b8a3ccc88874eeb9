<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
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
        <translation>backup vereist precies één BESTAND.</translation>
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

Options:
  --db PATH      the database file (default: %1)
  --lang L       language of messages: en, nl or nb
  -h, --help     show this help
  -v, --version  show the version

Exit codes: 0 success, 1 failure, 2 usage error.
</source>
        <translation>Gebruik: relatio-cli [--db PAD] [--lang en|nl|nb] OPDRACHT [opties]

Opdrachten:
  demo --customers N [--seed S]   schrijft N demoklanten (Nederlandse, Belgische, Noorse)
                                  in een lege database; dezelfde seed geeft dezelfde gegevens
  info                            toont databasebestand, schemaversie en aantallen records
  backup BESTAND                  schrijft een consistente kopie van de database naar BESTAND
  inspect BESTAND [--json] [--delimiter C] [--encoding NAAM]
                                  toont hoe een CSV-bestand gelezen wordt: codering en
                                  scheidingsteken, dan de records als JSON-array van objecten
                                  met de kopregel als sleutels; --json geeft één JSON-object

Opties:
  --db PAD       het databasebestand (standaard: %1)
  --lang L       taal van de meldingen: en, nl of nb
  -h, --help     toont deze hulp
  -v, --version  toont de versie

Afsluitcodes: 0 gelukt, 1 mislukt, 2 gebruiksfout.
</translation>
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
        <source>--json, --delimiter and --encoding belong to the inspect command.</source>
        <translation>--json, --delimiter en --encoding horen bij de opdracht inspect.</translation>
    </message>
    <message>
        <source>inspect needs exactly one FILE.</source>
        <translation>inspect heeft precies één BESTAND nodig.</translation>
    </message>
    <message>
        <source>unknown encoding &apos;%1&apos; (try utf-8, utf-16, windows-1252 or latin1).</source>
        <translation>onbekende codering &apos;%1&apos; (probeer utf-8, utf-16, windows-1252 of latin1).</translation>
    </message>
    <message>
        <source>--delimiter takes one character, such as , ; | or tab.</source>
        <translation>--delimiter neemt één teken, zoals , ; | of tab.</translation>
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
        <source>building indexes</source>
        <translation>indexen opbouwen</translation>
    </message>
    <message>
        <source>The database already holds customers (%1); demo data only goes into an empty database.</source>
        <translation>De database bevat al klanten (%1); demogegevens gaan alleen in een lege database.</translation>
    </message>
    <message>
        <source>building the search index</source>
        <translation>zoekindex opbouwen</translation>
    </message>
    <message>
        <source>Writing demo data</source>
        <translation>Demogegevens schrijven</translation>
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
