<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>Cli</name>
    <message>
        <source>Try &apos;relatio-cli --help&apos;.</source>
        <translation>Prøv &apos;relatio-cli --help&apos;.</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>ingen kommando angitt.</translation>
    </message>
    <message>
        <source>--customers and --seed belong to the demo command.</source>
        <translation>--customers og --seed hører til kommandoen demo.</translation>
    </message>
    <message>
        <source>demo takes no arguments besides its options.</source>
        <translation>demo tar ingen argumenter utover sine egne valg.</translation>
    </message>
    <message>
        <source>demo needs --customers N.</source>
        <translation>demo krever --customers N.</translation>
    </message>
    <message>
        <source>--customers takes a whole number from 0 to 100000000.</source>
        <translation>--customers krever et heltall fra 0 til 100000000.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed krever et heltall.</translation>
    </message>
    <message>
        <source>Writing demo data: %1 of %2 (%3%)</source>
        <translation>Skriver demodata: %1 av %2 (%3 %)</translation>
    </message>
    <message>
        <source>Wrote %1 demo customers to %2 in %3 s.</source>
        <translation>Skrev %1 demokunder til %2 på %3 s.</translation>
    </message>
    <message>
        <source>info takes no arguments.</source>
        <translation>info tar ingen argumenter.</translation>
    </message>
    <message>
        <source>Database:        %1</source>
        <translation>Database:        %1</translation>
    </message>
    <message>
        <source>Schema version:  %1</source>
        <translation>Skjemaversjon:   %1</translation>
    </message>
    <message>
        <source>Customers:       %1</source>
        <translation>Kunder:          %1</translation>
    </message>
    <message>
        <source>Deleted:         %1</source>
        <translation>Slettet:         %1</translation>
    </message>
    <message>
        <source>backup needs exactly one FILE.</source>
        <translation>backup krever nøyaktig én FIL.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>Sikkerhetskopierte %1 til %2.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>ukjent kommando &apos;%1&apos;.</translation>
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
        <translation>Bruk: relatio-cli [--db STI] [--lang en|nl|nb] KOMMANDO [valg]

Kommandoer:
  demo --customers N [--seed S]   skriver N demokunder (nederlandske, belgiske, norske) til en
                                  tom database; samme seed gir samme data
  info                            viser databasefilen, skjemaversjonen og antall poster
  backup FIL                      skriver en konsistent kopi av databasen til FIL
  inspect FIL [--json] [--delimiter C] [--encoding NAVN]
                                  viser hvordan en CSV-fil leses: tegnkoding og skilletegn,
                                  deretter postene som en JSON-tabell av objekter med
                                  overskriftsraden som nøkler; --json gir ett JSON-objekt

Valg:
  --db STI       databasefilen (standard: %1)
  --lang L       språk for meldinger: en, nl eller nb
  -h, --help     viser denne hjelpen
  -v, --version  viser versjonen

Avslutningskoder: 0 vellykket, 1 feil, 2 bruksfeil.
</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>kan ikke åpne filen: %1</translation>
    </message>
    <message>
        <source>encoding: %1</source>
        <translation>tegnkoding: %1</translation>
    </message>
    <message>
        <source>delimiter: %1</source>
        <translation>skilletegn: %1</translation>
    </message>
    <message>
        <source>--json, --delimiter and --encoding belong to the inspect command.</source>
        <translation>--json, --delimiter og --encoding hører til kommandoen inspect.</translation>
    </message>
    <message>
        <source>inspect needs exactly one FILE.</source>
        <translation>inspect trenger nøyaktig én FIL.</translation>
    </message>
    <message>
        <source>unknown encoding &apos;%1&apos; (try utf-8, utf-16, windows-1252 or latin1).</source>
        <translation>ukjent tegnkoding «%1» (prøv utf-8, utf-16, windows-1252 eller latin1).</translation>
    </message>
    <message>
        <source>--delimiter takes one character, such as , ; | or tab.</source>
        <translation>--delimiter tar ett tegn, for eksempel , ; | eller tab.</translation>
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
        <translation>Belgia</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norge</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Tyskland</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankrike</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Storbritannia</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Sverige</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danmark</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finland</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Island</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spania</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Østerrike</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Sveits</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>USA</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the chunk size and the length limits must be positive</source>
        <translation>blokkstørrelsen og lengdegrensene må være positive</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be the delimiter: choose an ASCII character other than a quote or a line break</source>
        <translation>«%1» kan ikke være skilletegn: velg et ASCII-tegn som ikke er et anførselstegn eller linjeskift</translation>
    </message>
    <message>
        <source>the file cannot be read: it is not open for reading</source>
        <translation>filen kan ikke leses: den er ikke åpnet for lesing</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>filen kan ikke leses: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <source>not a text file: it contains NUL bytes</source>
        <translation>ikke en tekstfil: den inneholder NUL-byte</translation>
    </message>
    <message>
        <source>not a text file: it contains NUL characters</source>
        <translation>ikke en tekstfil: den inneholder NUL-tegn</translation>
    </message>
    <message>
        <source>the file ends in the middle of a %1 character (bytes %2)</source>
        <translation>filen slutter midt i et %1-tegn (byte %2)</translation>
    </message>
    <message>
        <source>not valid %1 text (bytes %2)</source>
        <translation>ikke gyldig %1-tekst (byte %2)</translation>
    </message>
    <message>
        <source>not valid UTF-8 text (bytes %1), although the start of the file is; choose the file&apos;s encoding, for example Windows-1252</source>
        <translation>ikke gyldig UTF-8-tekst (byte %1), selv om starten av filen er det; velg filens tegnkoding, for eksempel Windows-1252</translation>
    </message>
    <message>
        <source>the quoted field that starts here is longer than %1 characters; is its closing quote missing?</source>
        <translation>feltet i anførselstegn som starter her er lengre enn %1 tegn; mangler det avsluttende anførselstegnet?</translation>
    </message>
    <message>
        <source>the field is longer than %1 characters</source>
        <translation>feltet er lengre enn %1 tegn</translation>
    </message>
    <message>
        <source>the record is longer than %1 characters</source>
        <translation>posten er lengre enn %1 tegn</translation>
    </message>
    <message>
        <source>wrong number of fields: %1 instead of %2 as in the header</source>
        <translation>feil antall felt: %1 i stedet for %2 som i overskriftsraden</translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with one; put the whole field in quotes and double this quote (&quot;&quot;)</source>
        <translation>et anførselstegn inne i et felt som ikke starter med ett; sett hele feltet i anførselstegn og doble dette anførselstegnet (&quot;&quot;)</translation>
    </message>
    <message>
        <source>this quote is never closed: the quoted field runs to the end of the file</source>
        <translation>dette anførselstegnet lukkes aldri: feltet går helt til slutten av filen</translation>
    </message>
    <message>
        <source>text after the closing quote; a quoted field ends at its quote (write &quot;&quot; for a quote inside it)</source>
        <translation>tekst etter det avsluttende anførselstegnet; et felt i anførselstegn slutter ved anførselstegnet (skriv &quot;&quot; for et anførselstegn inne i det)</translation>
    </message>
</context>
<context>
    <name>CustomerCommands</name>
    <message>
        <source>Create %1</source>
        <translation>oppretting av %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>redigering av %1</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>gjenoppretting av %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>sletting av %1</translation>
    </message>
</context>
<context>
    <name>CustomerRepository</name>
    <message>
        <source>Reading customer %1</source>
        <translation>Lesing av kunde %1</translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>Kunde %1 finnes ikke.</translation>
    </message>
    <message>
        <source>Reading organisation %1</source>
        <translation>Lesing av organisasjon %1</translation>
    </message>
    <message>
        <source>The chosen organisation does not exist.</source>
        <translation>Den valgte organisasjonen finnes ikke.</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>Lagring av %1</translation>
    </message>
    <message>
        <source>An organisation cannot belong to itself.</source>
        <translation>En organisasjon kan ikke tilhøre seg selv.</translation>
    </message>
    <message>
        <source>Saving tags</source>
        <translation>Lagring av stikkord</translation>
    </message>
    <message>
        <source>Deleting customer %1</source>
        <translation>Sletting av kunde %1</translation>
    </message>
    <message>
        <source>Restoring customer %1</source>
        <translation>Gjenoppretting av kunde %1</translation>
    </message>
    <message>
        <source>Customer %1 is already deleted.</source>
        <translation>Kunde %1 er allerede slettet.</translation>
    </message>
    <message>
        <source>Customer %1 is not deleted.</source>
        <translation>Kunde %1 er ikke slettet.</translation>
    </message>
    <message>
        <source>Counting customers</source>
        <translation>Telling av kunder</translation>
    </message>
    <message>
        <source>Saving owner %1</source>
        <translation>Lagring av eier %1</translation>
    </message>
    <message>
        <source>Saving tag %1</source>
        <translation>Lagring av stikkord %1</translation>
    </message>
</context>
<context>
    <name>CustomerValidator</name>
    <message>
        <source>Enter a name: a given name, a family name or both.</source>
        <translation>Skriv inn et navn: et fornavn, et etternavn eller begge.</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Skriv inn navnet på organisasjonen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address (expected name@example.com).</source>
        <translation>«%1» er ikke en gyldig e-postadresse (forventet: navn@example.com).</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Velg et land fra listen.</translation>
    </message>
    <message>
        <source>A Dutch postcode has four digits and two letters, like 1012 AB.</source>
        <translation>Et nederlandsk postnummer har fire sifre og to bokstaver, som 1012 AB.</translation>
    </message>
    <message>
        <source>A postcode in this country has four digits, like 0150.</source>
        <translation>Et postnummer i dette landet har fire sifre, som 0150.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: the database is locked by another program (%2). Close it and try again.</source>
        <translation>%1: databasen er låst av et annet program (%2). Lukk programmet og prøv igjen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 er ikke en fil.</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translation>%1 kan ikke leses: ingen tilgang.</translation>
    </message>
    <message>
        <source>not an SQLite database, or damaged</source>
        <translation>ikke en SQLite-database, eller skadet</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kan ikke åpnes: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not one of Relatio&apos;s. It has not been changed.</source>
        <translation>%1 er en SQLite-database, men ikke fra Relatio. Den er ikke endret.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Relatio (schema version %2; this version understands up to %3). It has not been changed: please update Relatio to open it.</source>
        <translation>%1 ble skrevet av en nyere versjon av Relatio (skjemaversjon %2; denne versjonen forstår opptil %3). Den er ikke endret: oppdater Relatio for å åpne den.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Mappen %1 kan ikke opprettes.</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Åpning av %1</translation>
    </message>
    <message>
        <source>%1: cannot read the schema version.</source>
        <translation>%1: kan ikke lese skjemaversjonen.</translation>
    </message>
    <message>
        <source>Before upgrading %1 a copy must be made, and that failed: %2. Nothing was changed.</source>
        <translation>Før %1 oppgraderes, må det tas en kopi, og det mislyktes: %2. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>Upgrading %1</source>
        <translation>Oppgradering av %1</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema version %2 (%3)</source>
        <translation>Oppgradering av %1 til skjemaversjon %2 (%3)</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 finnes allerede; velg et annet navn.</translation>
    </message>
    <message>
        <source>Backing up to %1</source>
        <translation>Sikkerhetskopiering til %1</translation>
    </message>
</context>
<context>
    <name>DemoWriter</name>
    <message>
        <source>The number of customers cannot be negative.</source>
        <translation>Antall kunder kan ikke være negativt.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Databasen er ikke åpen.</translation>
    </message>
    <message>
        <source>Writing demo data: %1: %2</source>
        <translation>Skriving av demodata: %1: %2</translation>
    </message>
    <message>
        <source>counting customers</source>
        <translation>telling av kunder</translation>
    </message>
    <message>
        <source>preparing the load</source>
        <translation>forberedelse av innlastingen</translation>
    </message>
    <message>
        <source>owners</source>
        <translation>eiere</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>stikkord</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>kunde %1</translation>
    </message>
    <message>
        <source>tags of customer %1</source>
        <translation>stikkord for kunde %1</translation>
    </message>
    <message>
        <source>Loading demo data was cancelled; nothing was written.</source>
        <translation>Innlastingen av demodata ble avbrutt; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>building indexes</source>
        <translation>bygging av indekser</translation>
    </message>
    <message>
        <source>The database already holds customers (%1); demo data only goes into an empty database.</source>
        <translation>Databasen inneholder allerede kunder (%1); demodata kan bare legges inn i en tom database.</translation>
    </message>
    <message>
        <source>building the search index</source>
        <translation>bygger søkeindeksen</translation>
    </message>
    <message>
        <source>Writing demo data</source>
        <translation>Skriver demodata</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>«%1» er ikke et telefonnummer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number in %2.</source>
        <translation>«%1» er ikke et gyldig telefonnummer i %2.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Merk alt</translation>
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
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Ikke lagre</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Relatio, a desktop CRM for sales teams.</source>
        <translation>Relatio, et skrivebords-CRM for salgsteam.</translation>
    </message>
    <message>
        <source>Use the database at &lt;path&gt; instead of the default one.</source>
        <translation>Bruk databasen på &lt;path&gt; i stedet for standarddatabasen.</translation>
    </message>
    <message>
        <source>User interface language: en, nl or nb (default: the system&apos;s).</source>
        <translation>Språk i brukergrensesnittet: en, nl eller nb (standard: systemets språk).</translation>
    </message>
    <message>
        <source>Relatio cannot open the database</source>
        <translation>Relatio kan ikke åpne databasen</translation>
    </message>
</context>
<context>
    <name>relatio::CustomerEditor</name>
    <message>
        <source>Select a customer in the list, or press Ctrl+N to add one.</source>
        <translation>Velg en kunde i listen, eller trykk Ctrl+N for å legge til en ny.</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>Or&amp;ganisation</source>
        <translation>&amp;Organisasjon</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>including van, de, ter …</source>
        <translation>inkludert van, de, ter …</translation>
    </message>
    <message>
        <source>Type to find an organisation</source>
        <translation>Skriv for å finne en organisasjon</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>Fornavn:</translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation>Etternavn:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisasjon:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>navn@example.com</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <source>Other e-mail:</source>
        <translation>Annen e-post:</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>Mobil:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Gateadresse:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Postnummer:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Sted:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relasjon</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlandsk</translation>
    </message>
    <message>
        <source>Norwegian (Bokmål)</source>
        <translation>Norsk (bokmål)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Fransk</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Tysk</translation>
    </message>
    <message>
        <source>comma-separated, e.g. customer, VIP</source>
        <translation>kommaseparert, f.eks. kunde, VIP</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Eier:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Stikkord:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notater:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Drop unsaved changes (Escape)</source>
        <translation>Forkast endringer som ikke er lagret (Esc)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation>Lagre endringene (Ctrl+S)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Deleted %1. Restore it to edit it again.</source>
        <translation>Slettet %1. Gjenopprett kunden for å redigere den igjen.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Ikke lagret ennå.</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Ny organisasjon</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(uten navn)</translation>
    </message>
    <message>
        <source>No organisation &quot;%1&quot; yet: it will be created when you save.</source>
        <translation>Det finnes ingen organisasjon «%1» ennå: den blir opprettet når du lagrer.</translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation>samme e-postadresse</translation>
    </message>
    <message>
        <source>same name in %1</source>
        <translation>samme navn i %1</translation>
    </message>
    <message>
        <source>This looks like an existing customer: %1. You can still save it.</source>
        <translation>Dette ser ut som en eksisterende kunde: %1. Du kan likevel lagre.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Opprettet %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Endret %1</translation>
    </message>
</context>
<context>
    <name>relatio::CustomerListModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Stikkord</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Mobile: %1</source>
        <translation>Mobil: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
</context>
<context>
    <name>relatio::CustomerListView</name>
    <message>
        <source>Search name, organisation, e-mail, phone or city (Ctrl+F)</source>
        <translation>Søk i navn, organisasjon, e-post, telefon eller sted (Ctrl+F)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettede</translation>
    </message>
    <message>
        <source>Show deleted customers, to restore them</source>
        <translation>Vis slettede kunder, slik at du kan gjenopprette dem</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Stikkord:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Eier:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle stikkord</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle eiere</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle land</translation>
    </message>
    <message>
        <source>There are no deleted customers.</source>
        <translation>Det finnes ingen slettede kunder.</translation>
    </message>
    <message>
        <source>No customer matches. Try fewer words or clear the filters.</source>
        <translation>Ingen kunder samsvarer med søket. Prøv færre ord eller fjern filtrene.</translation>
    </message>
    <message>
        <source>No customers yet.</source>
        <translation>Ingen kunder ennå.</translation>
    </message>
    <message>
        <source>%1 of %2 customers match</source>
        <translation>%1 av %2 kunder samsvarer</translation>
    </message>
    <message>
        <source>Searching… showing the first %1</source>
        <translation>Søker… viser de første %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Søker…</translation>
    </message>
    <message>
        <source>1 deleted customer</source>
        <translation>1 slettet kunde</translation>
    </message>
    <message>
        <source>%1 deleted customers</source>
        <translation>%1 slettede kunder</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 kunde</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 kunder</translation>
    </message>
    <message>
        <source>Click to sort; right-click to choose the columns</source>
        <translation>Klikk for å sortere; høyreklikk for å velge kolonner</translation>
    </message>
</context>
<context>
    <name>relatio::CustomersPage</name>
    <message>
        <source>&amp;New Customer</source>
        <translation>&amp;Ny kunde</translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+N)</source>
        <translation>Legg til en kunde (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save Customer</source>
        <translation>&amp;Lagre kunde</translation>
    </message>
    <message>
        <source>&amp;Cancel Editing</source>
        <translation>Av&amp;bryt redigering</translation>
    </message>
    <message>
        <source>&amp;Delete Customer</source>
        <translation>&amp;Slett kunde</translation>
    </message>
    <message>
        <source>Delete the selected customer (Delete); Undo brings it back</source>
        <translation>Slett den valgte kunden (Delete); Angre henter den tilbake</translation>
    </message>
    <message>
        <source>&amp;Restore Customer</source>
        <translation>Gjenopp&amp;rett kunde</translation>
    </message>
    <message>
        <source>Bring the selected deleted customer back</source>
        <translation>Hent tilbake den valgte slettede kunden</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Sø&amp;k</translation>
    </message>
    <message>
        <source>Relatio</source>
        <translation>Relatio</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Vil du lagre endringene i %1?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>lagring av %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 er lagret.</translation>
    </message>
    <message>
        <source>Deleted %1. Undo (Ctrl+Z) brings it back.</source>
        <translation>%1 er slettet. Angre (Ctrl+Z) henter den tilbake.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 er gjenopprettet.</translation>
    </message>
</context>
<context>
    <name>relatio::DemoDataPanel</name>
    <message>
        <source>Your customer list is empty</source>
        <translation>Kundelisten din er tom</translation>
    </message>
    <message>
        <source>Add your first customer, or load a demo data set of Dutch, Belgian and Norwegian customers to try Relatio out. Demo e-mail addresses end in .example, so nobody can be mailed by mistake.</source>
        <translation>Legg til den første kunden din, eller last inn et sett med demodata med nederlandske, belgiske og norske kunder for å prøve Relatio. E-postadressene i demodataene slutter på .example, så ingen kan få e-post ved en feil.</translation>
    </message>
    <message>
        <source>Add a Customer</source>
        <translation>Legg til kunde</translation>
    </message>
    <message>
        <source> customers</source>
        <translation> kunder</translation>
    </message>
    <message>
        <source>Load Demo Data</source>
        <translation>Last inn demodata</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>Writing %1 demo customers…</source>
        <translation>Skriver %1 demokunder…</translation>
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
        <translation>Databasefilen</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>Listen kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>Loaded %1 demo customers.</source>
        <translation>Lastet inn %1 demokunder.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>&amp;Sikkerhetskopier databasen…</translation>
    </message>
    <message>
        <source>Save a consistent copy of the database to a file of your choice</source>
        <translation>Lagre en konsistent kopi av databasen i en fil du velger</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;About Relatio</source>
        <translation>&amp;Om Relatio</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hovedverktøylinje</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Sikkerhetskopier databasen</translation>
    </message>
    <message>
        <source>Relatio databases (*.sqlite)</source>
        <translation>Relatio-databaser (*.sqlite)</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Sikkerhetskopiert til %1.</translation>
    </message>
    <message>
        <source>About Relatio</source>
        <translation>Om Relatio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Relatio %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for sales teams: fast, honest in its numbers, and kind to the people who use it.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Relatio %1&lt;/h3&gt;&lt;p&gt;Et skrivebords-CRM for salgsteam: raskt, ærlig i tallene og vennlig mot dem som bruker det.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Skjemaversjon: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Relatio</source>
        <translation>Relatio</translation>
    </message>
    <message>
        <source>Demo data is still being written. Cancel it first.</source>
        <translation>Demodata skrives fortsatt. Avbryt det først.</translation>
    </message>
</context>
</TS>
