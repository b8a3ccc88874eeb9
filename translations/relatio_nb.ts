<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>BulkLoad</name>
    <message>
        <source>Preparing the load: %1</source>
        <translation>Forberedelse av innlastingen: %1</translation>
    </message>
    <message>
        <source>Building indexes: %1</source>
        <translation>Oppbygging av indekser: %1</translation>
    </message>
</context>
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
        <translation>backup krever nøyaktig én FILE.</translation>
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
        <source>inspect needs exactly one FILE.</source>
        <translation>inspect trenger nøyaktig én FILE.</translation>
    </message>
    <message>
        <source>unknown encoding &apos;%1&apos; (try utf-8, utf-16, windows-1252 or latin1).</source>
        <translation>ukjent tegnkoding «%1» (prøv utf-8, utf-16, windows-1252 eller latin1).</translation>
    </message>
    <message>
        <source>--delimiter takes one character, such as , ; | or tab.</source>
        <translation>--delimiter tar ett tegn, for eksempel , ; | eller tab.</translation>
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
        <translation>Bruk: relatio-cli [--db PATH] [--lang en|nl|nb] COMMAND [options]

Kommandoer:
  demo --customers N [--seed S]   skriv N demokunder (nederlandske, belgiske, norske) inn i en
                                  tom database; samme seed gir samme data
  info                            vis databasefilen, skjemaversjonen og antall poster
  backup FILE                     skriv en konsistent kopi av databasen til FILE
  inspect FILE [--json] [--delimiter C] [--encoding NAME]
                                  vis hvordan en CSV-fil leses: tegnkoding og skilletegn, deretter
                                  postene som en JSON-array av objekter med navnene fra
                                  overskriftsraden som nøkler; --json skriver ut alt som ett
                                  JSON-objekt
  import customers FILE [--delimiter C] [--encoding NAME] [--on-duplicate skip|update|create]
                        [--dry-run] [--rejects FILE]
                                  importer kunder fra en CSV-fil i én transaksjon; en rad som
                                  samsvarer med en post (Relatio-ID, ekstern ID, deretter e-post),
                                  hoppes over (standard), oppdateres eller opprettes likevel. Rader
                                  med feil stopper importen, med mindre --rejects angir en fil for
                                  dem: da importeres de gode radene. --dry-run kontrollerer bare
  export customers FILE [--delimiter C] [--bom]
                                  eksporter alle kunder som en standard kundefil; --bom merker
                                  den som UTF-8 for Excel

Valg:
  --db PATH      databasefilen (standard: %1)
  --lang L       språk for meldinger: en, nl eller nb
  -h, --help     vis denne hjelpen
  -v, --version  vis versjonen

Avslutningskoder: 0 vellykket, 1 feil (for import: inndataene hadde feil; hver feil skrives ut
som FILE:LINE:COLUMN: message), 2 bruksfeil.
</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importerer %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Prøvekjøring: ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>Nothing was written: fix the rows above, or use --rejects FILE to import the good rows.</source>
        <translation>Ingenting ble skrevet: rett radene ovenfor, eller bruk --rejects FILE for å importere de gode radene.</translation>
    </message>
    <message>
        <source>The rows with errors were written to %1.</source>
        <translation>Radene med feil ble skrevet til %1.</translation>
    </message>
    <message>
        <source>Exporting to %1</source>
        <translation>Eksporterer til %1</translation>
    </message>
    <message>
        <source>Exported %1 customers to %2.</source>
        <translation>Eksporterte %1 kunder til %2.</translation>
    </message>
    <message>
        <source>--json belongs to the inspect command.</source>
        <translation>--json hører til kommandoen inspect.</translation>
    </message>
    <message>
        <source>--encoding belongs to the inspect and import commands.</source>
        <translation>--encoding hører til kommandoene inspect og import.</translation>
    </message>
    <message>
        <source>--delimiter belongs to the inspect, import and export commands.</source>
        <translation>--delimiter hører til kommandoene inspect, import og export.</translation>
    </message>
    <message>
        <source>--on-duplicate, --dry-run and --rejects belong to the import command.</source>
        <translation>--on-duplicate, --dry-run og --rejects hører til kommandoen import.</translation>
    </message>
    <message>
        <source>--bom belongs to the export command.</source>
        <translation>--bom hører til kommandoen export.</translation>
    </message>
    <message>
        <source>use: import customers FILE</source>
        <translation>bruk: import customers FILE</translation>
    </message>
    <message>
        <source>use: export customers FILE</source>
        <translation>bruk: export customers FILE</translation>
    </message>
    <message>
        <source>export writes , or ; as its --delimiter.</source>
        <translation>export skriver bare , eller ; som --delimiter.</translation>
    </message>
    <message>
        <source>--on-duplicate takes skip, update or create.</source>
        <translation>--on-duplicate tar skip, update eller create.</translation>
    </message>
    <message>
        <source>--rejects needs a FILE.</source>
        <translation>--rejects krever en FILE.</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 rad</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 rader</translation>
    </message>
    <message>
        <source>%1: %2 (%3, delimiter %4): %5 new, %6 updated, %7 skipped, %8 with errors.</source>
        <translation>%1: %2 (%3, skilletegn %4): %5 nye, %6 oppdatert, %7 hoppet over, %8 med feil.</translation>
    </message>
    <message>
        <source>Exported 1 customer to %1.</source>
        <translation>Eksporterte 1 kunde til %1.</translation>
    </message>
    <message>
        <source>Of the new customers, %1 are organisations that people in the file belong to.</source>
        <translation>Av de nye kundene er %1 organisasjoner som personer i filen hører til.</translation>
    </message>
    <message>
        <source>Of the new customers, 1 is an organisation that people in the file belong to.</source>
        <translation>Av de nye kundene er 1 en organisasjon som personer i filen hører til.</translation>
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
    <name>CsvUi</name>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Loddrett strek ( | )</translation>
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
    <name>CustomerCsv</name>
    <message>
        <source>Relatio id</source>
        <translation>Relatio-ID</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Ekstern ID</translation>
    </message>
    <message>
        <source>Person or organisation</source>
        <translation>Person eller organisasjon</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Organisation&apos;s Relatio id</source>
        <translation>Organisasjonens Relatio-ID</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Other e-mail</source>
        <translation>Annen e-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Gateadresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
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
        <source>Language</source>
        <translation>Språk</translation>
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
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>Full name (split into given and family name)</source>
        <translation>Fullt navn (deles i fornavn og etternavn)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD (2024-03-01), optionally with a time (2024-03-01T09:30:00Z), or as day-month-year (1-3-2024 or 01.03.2024).</source>
        <translation>«%1» er ikke en dato; skriv den som YYYY-MM-DD (2024-03-01), eventuelt med klokkeslett (2024-03-01T09:30:00Z), eller som dag-måned-år (1-3-2024 eller 01.03.2024).</translation>
    </message>
</context>
<context>
    <name>CustomerExporter</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan ikke skrives: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <translation>Eksporten ble avbrutt; %1 ble ikke skrevet.</translation>
    </message>
    <message>
        <source>Reading customers: %1</source>
        <translation>Lesing av kunder: %1</translation>
    </message>
    <message>
        <source>The delimiter must be a comma, a semicolon or a tab.</source>
        <translation>Skilletegnet må være komma, semikolon eller tabulator.</translation>
    </message>
</context>
<context>
    <name>CustomerImporter</name>
    <message>
        <source>Relatio id: &quot;%1&quot; is not a Relatio id (leave it empty for new records).</source>
        <translation>Relatio-ID: «%1» er ikke en Relatio-ID (la feltet stå tomt for nye poster).</translation>
    </message>
    <message>
        <source>Organisation&apos;s Relatio id: &quot;%1&quot; is not a Relatio id.</source>
        <translation>Organisasjonens Relatio-ID: «%1» er ikke en Relatio-ID.</translation>
    </message>
    <message>
        <source>Person or organisation: &quot;%1&quot; is neither; write person or organisation.</source>
        <translation>Person eller organisasjon: «%1» er ingen av delene; skriv person eller organisasjon.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan ikke leses: %2</translation>
    </message>
    <message>
        <source>%1 has no header row.</source>
        <translation>%1 har ingen overskriftsrad.</translation>
    </message>
    <message>
        <source>%1: none of the columns (%2) is one Relatio knows; name them as in the canonical customer file (given_name, family_name, organisation, email, …) or choose them by hand.</source>
        <translation>%1: Relatio kjenner ingen av kolonnene (%2); gi dem navn som i standard kundefil (given_name, family_name, organisation, email, …), eller velg dem manuelt.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Databasen er ikke åpen.</translation>
    </message>
    <message>
        <source>Importing %1: %2: %3</source>
        <translation>Importering av %1: %2: %3</translation>
    </message>
    <message>
        <source>reading the database</source>
        <translation>lesing av databasen</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importering av %1</translation>
    </message>
    <message>
        <source>preparing the import</source>
        <translation>forberedelse av importen</translation>
    </message>
    <message>
        <source>Organisation&apos;s Relatio id: no organisation has the id %1.</source>
        <translation>Organisasjonens Relatio-ID: ingen organisasjon har ID-en %1.</translation>
    </message>
    <message>
        <source>The rejects file %1 cannot be written: %2</source>
        <translation>Feilfilen %1 kan ikke skrives: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>linje %1: %2</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was written.</source>
        <translation>Importen av %1 ble avbrutt; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>recording the import</source>
        <translation>registrering av importen</translation>
    </message>
    <message>
        <source>The customers were imported, but the rejects file %1 could not be written: %2</source>
        <translation>Kundene ble importert, men feilfilen %1 kunne ikke skrives: %2</translation>
    </message>
    <message>
        <source>Undoing the import</source>
        <translation>Angring av importen</translation>
    </message>
    <message>
        <source>Import %1 does not exist.</source>
        <translation>Import %1 finnes ikke.</translation>
    </message>
    <message>
        <source>This import has been undone already.</source>
        <translation>Denne importen er allerede angret.</translation>
    </message>
    <message>
        <source>This import has not been undone.</source>
        <translation>Denne importen er ikke angret.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is chosen for more than one column of the file.</source>
        <translation>Feltet «%1» er valgt for mer enn én kolonne i filen.</translation>
    </message>
</context>
<context>
    <name>CustomerInserter</name>
    <message>
        <source>Saving %1: %2</source>
        <translation>Lagring av %1: %2</translation>
    </message>
    <message>
        <source>Saving tags: %1</source>
        <translation>Lagring av stikkord: %1</translation>
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
        <source>The database already holds customers (%1); demo data only goes into an empty database.</source>
        <translation>Databasen inneholder allerede kunder (%1); demodata kan bare legges inn i en tom database.</translation>
    </message>
    <message>
        <source>Writing demo data</source>
        <translation>Skriver demodata</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import of 1 customer from %1</source>
        <translation>import av 1 kunde fra %1</translation>
    </message>
    <message>
        <source>Import of %1 customers from %2</source>
        <translation>import av %1 kunder fra %2</translation>
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
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tilbake</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Neste &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fullfør</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Utfør</translation>
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
    <name>relatio::CsvActions</name>
    <message>
        <source>&amp;Import Customers…</source>
        <translation>&amp;Importer kunder…</translation>
    </message>
    <message>
        <source>Add or update customers from a CSV file (Ctrl+Shift+I); you can also drop the file on the window</source>
        <translation>Legg til eller oppdater kunder fra en CSV-fil (Ctrl+Shift+I); du kan også dra filen inn i vinduet</translation>
    </message>
    <message>
        <source>&amp;Export Customers…</source>
        <translation>&amp;Eksporter kunder…</translation>
    </message>
    <message>
        <source>Save customers to a CSV file for a spreadsheet or another program (Ctrl+Shift+E)</source>
        <translation>Lagre kunder i en CSV-fil for et regneark eller et annet program (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Relatio</source>
        <translation>Relatio</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated. Undo (Ctrl+Z) takes it back.</source>
        <translation>%1 er importert: %2 nye, %3 oppdatert. Angre (Ctrl+Z) tilbakestiller importen.</translation>
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
    <message>
        <source>The customer&apos;s number in another system, such as the accounts; imports match on it</source>
        <translation>Kundens nummer i et annet system, for eksempel regnskapet; importer finner kunden på dette nummeret</translation>
    </message>
    <message>
        <source>External id:</source>
        <translation>Ekstern ID:</translation>
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
    <name>relatio::ExportDialog</name>
    <message>
        <source>Export Customers</source>
        <translation>Eksporter kunder</translation>
    </message>
    <message>
        <source>Customers to export</source>
        <translation>Kunder som skal eksporteres</translation>
    </message>
    <message>
        <source>&amp;All customers</source>
        <translation>&amp;Alle kunder</translation>
    </message>
    <message>
        <source>The current &amp;list, with its search and filters: 1 customer</source>
        <translation>Den gjeldende &amp;listen, med søk og filtre: 1 kunde</translation>
    </message>
    <message>
        <source>The current &amp;list, with its search and filters: %1 customers</source>
        <translation>Den gjeldende &amp;listen, med søk og filtre: %1 kunder</translation>
    </message>
    <message>
        <source>The &amp;selected customers: none selected</source>
        <translation>De &amp;valgte kundene: ingen er valgt</translation>
    </message>
    <message>
        <source>The &amp;selected customer</source>
        <translation>Den &amp;valgte kunden</translation>
    </message>
    <message>
        <source>The &amp;selected customers: %1</source>
        <translation>De &amp;valgte kundene: %1</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Filformat</translation>
    </message>
    <message>
        <source>Excel expects a semicolon where numbers are written with a decimal comma, as in Dutch and Norwegian settings</source>
        <translation>Excel forventer semikolon der tall skrives med desimalkomma, som i nederlandske og norske innstillinger</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (for Excel)</source>
        <translation>UTF-8 med BOM (for Excel)</translation>
    </message>
    <message>
        <source>Excel needs the byte order mark (BOM) to read accented letters correctly</source>
        <translation>Excel trenger bytefølgemerket (BOM) for å lese æ, ø, å og bokstaver med aksent riktig</translation>
    </message>
    <message>
        <source>Se&amp;parator:</source>
        <translation>&amp;Skilletegn:</translation>
    </message>
    <message>
        <source>E&amp;ncoding:</source>
        <translation>&amp;Tegnkoding:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
    <message>
        <source>Select None</source>
        <translation>Merk ingen</translation>
    </message>
    <message>
        <source>customers</source>
        <comment>the start of the suggested file name</comment>
        <translation>kunder</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom…</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Lagre &amp;i:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksporter</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>%1 is not a file in an existing folder. Choose another place to save to.</source>
        <translation>%1 er ikke en fil i en eksisterende mappe. Velg et annet sted å lagre.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 finnes allerede. Vil du erstatte den?</translation>
    </message>
    <message>
        <source>Exporting customers…</source>
        <translation>Eksporterer kunder…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The customers could not be exported. %1 was not changed.

%2</source>
        <translation>Kundene kunne ikke eksporteres. %1 ble ikke endret.

%2</translation>
    </message>
    <message>
        <source>Exported 1 customer to %1.</source>
        <translation>1 kunde er eksportert til %1.</translation>
    </message>
    <message>
        <source>Exported %1 customers to %2.</source>
        <translation>%1 kunder er eksportert til %2.</translation>
    </message>
</context>
<context>
    <name>relatio::ImportCheckPage</name>
    <message>
        <source>Check the File</source>
        <translation>Kontroller filen</translation>
    </message>
    <message>
        <source>Every row is read and checked against your customers without writing anything, so you know what the import will do.</source>
        <translation>Hver rad leses og sammenlignes med kundene dine uten at noe blir skrevet, slik at du vet hva importen vil gjøre.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Stop Checking</source>
        <translation>Stopp kontrollen</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>Kontroller på nytt</translation>
    </message>
    <message>
        <source>Rows in the file:</source>
        <translation>Rader i filen:</translation>
    </message>
    <message>
        <source>New customers:</source>
        <translation>Nye kunder:</translation>
    </message>
    <message>
        <source>Existing customers updated:</source>
        <translation>Oppdaterte eksisterende kunder:</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Hoppet over:</translation>
    </message>
    <message>
        <source>Rows with errors:</source>
        <translation>Rader med feil:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Import the &amp;good rows and write the bad ones to a file</source>
        <translation>Importer de &amp;gode radene og skriv de feilaktige til en fil</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;la gjennom…</translation>
    </message>
    <message>
        <source>Rows with Errors</source>
        <translation>Rader med feil</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopper…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Kontrollerer %1…</translation>
    </message>
    <message>
        <source>The check was stopped. Check again to import this file.</source>
        <translation>Kontrollen ble stoppet. Kontroller på nytt for å importere denne filen.</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Filen kan ikke importeres: %1</translation>
    </message>
    <message>
        <source>Every row can be imported.</source>
        <translation>Alle radene kan importeres.</translation>
    </message>
    <message>
        <source>No row can be imported: every row has an error.</source>
        <translation>Ingen rader kan importeres: alle radene har feil.</translation>
    </message>
    <message>
        <source>1 row has an error; the others can be imported.</source>
        <translation>1 rad har feil; de andre kan importeres.</translation>
    </message>
    <message>
        <source>%1 rows have errors; the others can be imported.</source>
        <translation>%1 rader har feil; de andre kan importeres.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>character %1</source>
        <translation>tegn %1</translation>
    </message>
    <message>
        <source>There is nothing to import: every row matches a customer that would be left as it is.</source>
        <translation>Det er ingenting å importere: alle radene samsvarer med kunder som ville blitt stående uendret.</translation>
    </message>
    <message>
        <source>Fix the file and import it again; the list above says what is wrong.</source>
        <translation>Rett filen og importer den på nytt; listen ovenfor viser hva som er feil.</translation>
    </message>
    <message>
        <source>Rows with errors cannot be imported. Fix them in the file, or tick the box above to import the other rows.</source>
        <translation>Rader med feil kan ikke importeres. Rett dem i filen, eller kryss av i boksen ovenfor for å importere de andre radene.</translation>
    </message>
    <message>
        <source>Choose the file for the rows with errors.</source>
        <translation>Velg filen for radene med feil.</translation>
    </message>
    <message>
        <source>The first %1 problems are listed; all %2 rows with errors are left out of the import.</source>
        <translation>Bare de første %1 problemene vises; ingen av de %2 radene med feil blir importert.</translation>
    </message>
    <message>
        <source>There is nothing to import: the rows without errors match customers that would be left as they are.</source>
        <translation>Det er ingenting å importere: radene uten feil samsvarer med kunder som ville blitt stående uendret.</translation>
    </message>
    <message>
        <source>%1 (1 of them an organisation that people in the file belong to)</source>
        <translation>%1 (hvorav 1 er en organisasjon som personer i filen hører til)</translation>
    </message>
    <message>
        <source>%1 (%2 of them organisations that people in the file belong to)</source>
        <translation>%1 (hvorav %2 er organisasjoner som personer i filen hører til)</translation>
    </message>
</context>
<context>
    <name>relatio::ImportColumnsPage</name>
    <message>
        <source>Match the Columns</source>
        <translation>Tilordne kolonnene</translation>
    </message>
    <message>
        <source>Choose what each column of the file holds. Columns set to “Do not import” are left out.</source>
        <translation>Velg hva hver kolonne i filen inneholder. Kolonner som er satt til «Ikke importer», blir utelatt.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolonne i filen</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Eksempel</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importer som</translation>
    </message>
    <message>
        <source>When a row matches an existing customer</source>
        <translation>Når en rad samsvarer med en eksisterende kunde</translation>
    </message>
    <message>
        <source>&amp;Skip the row and leave the customer as it is</source>
        <translation>&amp;Hopp over raden og la kunden være som den er</translation>
    </message>
    <message>
        <source>&amp;Update the existing customer with the row&apos;s columns</source>
        <translation>Opp&amp;dater den eksisterende kunden med kolonnene fra raden</translation>
    </message>
    <message>
        <source>&amp;Create a new customer anyway</source>
        <translation>&amp;Opprett en ny kunde likevel</translation>
    </message>
    <message>
        <source>A row matches a customer with the same Relatio id, else the same external id, else the same e-mail address.</source>
        <translation>En rad samsvarer med en kunde med samme Relatio-ID, ellers med samme eksterne ID, ellers med samme e-postadresse.</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Ikke importer</translation>
    </message>
    <message>
        <source>Chosen twice</source>
        <translation>Valgt to ganger</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1 is chosen for more than one column. A field is filled from one column only: choose another field, or “Do not import”, for the columns marked.</source>
        <translation>%1 er valgt for mer enn én kolonne. Et felt fylles bare fra én kolonne: velg et annet felt, eller «Ikke importer», for de merkede kolonnene.</translation>
    </message>
    <message>
        <source>Choose at least one column to import.</source>
        <translation>Velg minst én kolonne som skal importeres.</translation>
    </message>
    <message>
        <source>%1 are each chosen for more than one column. A field is filled from one column only: choose another field, or “Do not import”, for the columns marked.</source>
        <translation>%1 er hver valgt for mer enn én kolonne. Et felt fylles bare fra én kolonne: velg et annet felt, eller «Ikke importer», for de merkede kolonnene.</translation>
    </message>
</context>
<context>
    <name>relatio::ImportFilePage</name>
    <message>
        <source>Choose the File</source>
        <translation>Velg filen</translation>
    </message>
    <message>
        <source>A CSV file saved from a spreadsheet or another program. Check in the preview that it is read correctly; change the encoding or the separator if it is not.</source>
        <translation>En CSV-fil som er lagret fra et regneark eller et annet program. Kontroller i forhåndsvisningen at den leses riktig; hvis ikke, endrer du tegnkodingen eller skilletegnet.</translation>
    </message>
    <message>
        <source>Path of a .csv, .tsv or .txt file</source>
        <translation>Banen til en .csv-, .tsv- eller .txt-fil</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Tegnkoding:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Skilletegn:</translation>
    </message>
    <message>
        <source>Import Customers</source>
        <translation>Importer kunder</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt *.tsv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Choose a file, or drop one on the main window, to see how it will be read.</source>
        <translation>Velg en fil, eller dra en fil inn i hovedvinduet, for å se hvordan den blir lest.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Filen %1 finnes ikke.</translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation>Automatisk: %1</translation>
    </message>
    <message>
        <source>%1 has no header row.</source>
        <translation>%1 har ingen overskriftsrad.</translation>
    </message>
    <message>
        <source>The file has column names but no rows below them.</source>
        <translation>Filen har kolonnenavn, men ingen rader under dem.</translation>
    </message>
    <message>
        <source>The first rows as they will be read. The first line of the file holds the column names.</source>
        <translation>De første radene slik de blir lest. Den første linjen i filen inneholder kolonnenavnene.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… og %1 til.</translation>
    </message>
</context>
<context>
    <name>relatio::ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The customers are written in one step: if the import is cancelled or fails, nothing is written.</source>
        <translation>Kundene skrives i ett trinn: hvis importen blir avbrutt eller mislykkes, blir ingenting skrevet.</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>Avbryt importen</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importerer %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>Importen ble avbrutt. Ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: %1</source>
        <translation>Importen mislyktes, og ingenting ble skrevet: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: rows have errors. Check the file again and choose to import the good rows only.</source>
        <translation>Ingenting ble importert: noen rader har feil. Kontroller filen på nytt, og velg å importere bare de gode radene.</translation>
    </message>
    <message>
        <source>The import is done. Edit ▸ Undo (Ctrl+Z) takes it back.</source>
        <translation>Importen er fullført. Rediger ▸ Angre (Ctrl+Z) tilbakestiller den.</translation>
    </message>
    <message>
        <source>The rows with errors are in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;, ready to be fixed and imported again.</source>
        <translation>Radene med feil ligger i &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;, klare til å rettes og importeres på nytt.</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Åpne mappen</translation>
    </message>
</context>
<context>
    <name>relatio::ImportWizard</name>
    <message>
        <source>Import Customers</source>
        <translation>Importer kunder</translation>
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
