<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>BgNbd</name>
    <message>
        <source>There are no customers to fit the purchase model to.</source>
        <translation>Er zijn geen klanten om het aankoopmodel op te baseren.</translation>
    </message>
    <message>
        <source>Customer %1 has an impossible purchase history (x = %2, t_x = %3, T = %4).</source>
        <translation>Klant %1 heeft een onmogelijke aankoopgeschiedenis (x = %2, t_x = %3, T = %4).</translation>
    </message>
    <message>
        <source>No customer has bought a second time, so the purchase model cannot be fitted.</source>
        <translation>Geen enkele klant heeft een tweede keer gekocht, dus het aankoopmodel kan niet worden bepaald.</translation>
    </message>
    <message>
        <source>The purchase model did not converge on these customers; there may be too few of them or too few repeat purchases.</source>
        <translation>Het aankoopmodel convergeerde niet op deze klanten; misschien zijn het er te weinig of zijn er te weinig herhaalaankopen.</translation>
    </message>
    <message>
        <source>These customers do not determine the purchase model; there may be too few of them, or they may buy too much alike.</source>
        <translation>Deze klanten leggen het aankoopmodel niet vast; misschien zijn het er te weinig, of kopen ze te veel hetzelfde.</translation>
    </message>
</context>
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
    <name>ChangeHistory</name>
    <message>
        <source>By hand</source>
        <translation>Handmatig</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Import ongedaan gemaakt</translation>
    </message>
    <message>
        <source>Import redone</source>
        <translation>Import opnieuw uitgevoerd</translation>
    </message>
    <message>
        <source>Recording the change history</source>
        <translation>Vastleggen van de wijzigingsgeschiedenis</translation>
    </message>
    <message>
        <source>Reading the history of customer %1</source>
        <translation>Lezen van de geschiedenis van klant %1</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Import van %1</translation>
    </message>
    <message>
        <source>Member of</source>
        <translation>Lid van</translation>
    </message>
    <message>
        <source>Record</source>
        <comment>the customer record as a whole</comment>
        <translation>Record</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>(erased or unknown organisation)</source>
        <translation>(gewiste of onbekende organisatie)</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Hersteld</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Web self-service</source>
        <translation>Selfservice via web</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Sociale media</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
</context>
<context>
    <name>ChannelNames</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a channel&apos;s name and its code</comment>
        <translation>%1 (%2)</translation>
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
    <message>
        <source>Usage: relatio-cli [--db PATH] [--lang en|nl|nb] COMMAND [options]

Commands:
  demo --customers N [--interactions M] [--seed S]
                                  write N demo customers (Dutch, Belgian, Norwegian) into an
                                  empty database, with M contacts in the two years before
                                  1 November 2026 (default: 4 per customer) and follow-ups;
                                  the same seed gives the same data
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
  import interactions FILE [--delimiter C] [--encoding NAME] [--on-duplicate skip|update|create]
                           [--dry-run] [--rejects FILE]
                                  import contacts with customers in one transaction. Columns:
                                  uuid, customer_uuid, customer_external_id, customer_email,
                                  occurred_at, channel, direction, kind, subject, notes,
                                  handled_by, csat, nps, taken_by, taken_at, resolved_at (or
                                  their names in Dutch or Norwegian; any other column is an
                                  error). A row&apos;s customer is found by external id, else
                                  primary e-mail, else Relatio id; one not found or shared is
                                  an error. occurred_at is ISO 8601 (a time without a zone is
                                  local) or a date as 1-3-2024; channel a code (phone, email,
                                  web, chat, social, visit, post, app) or a channel&apos;s name;
                                  direction in or out (default in); kind question, complaint,
                                  order, feedback, self_service or other (default); csat 1-5;
                                  nps 0-10; unknown team members in handled_by and taken_by
                                  are added. A row whose uuid is stored is skipped (default),
                                  updated, or created anyway with a new uuid. --dry-run and
                                  --rejects work as for customers
  export interactions FILE [--delimiter C] [--bom] [--from DATE] [--to DATE] [--customer KEY]
                                  export every contact in those columns, with the customer&apos;s
                                  Relatio id, external id and e-mail, so that the file imports
                                  again; --from and --to keep the contacts of those days
                                  (both included), --customer those of one customer (by
                                  external id, e-mail or Relatio id)
  export marketing --purpose P FILE [--delimiter C] [--bom]
                                  export the mailing or call list for a permission purpose (by
                                  code: newsletter, email_marketing, phone, post, profiling; or
                                  by name): live customers whose permission is in force, the
                                  e-mail address confirmed where the purpose needs it. Each
                                  export is logged (who, when, purpose, how many)
  privacy export-subject ID FILE  write everything held about a customer (by row id or Relatio
                                  id): FILE as JSON and, beside it, a readable .html document
                                  (FILE ending in .html: the document, and the JSON beside it)
  privacy erase ID                erase a customer everywhere: every table, the search index,
                                  the database file&apos;s free pages and log, and the rejects files
                                  of imports; only a tombstone with the Relatio id remains.
                                  It cannot be undone

Options:
  --db PATH      the database file (default: %1)
  --lang L       language of messages: en, nl or nb
  -h, --help     show this help
  -v, --version  show the version

Exit codes: 0 success, 1 failure (for import: the input had errors; each is printed as
FILE:LINE:COLUMN: message), 2 usage error.
</source>
        <translation>Gebruik: relatio-cli [--db PATH] [--lang en|nl|nb] COMMAND [opties]

Opdrachten:
  demo --customers N [--interactions M] [--seed S]
                                  schrijft N demoklanten (Nederlands, Belgisch, Noors) naar een
                                  lege database, met M contactmomenten in de twee jaar vóór
                                  1 november 2026 (standaard: 4 per klant) en opvolgingen;
                                  dezelfde seed levert dezelfde gegevens op
  info                            toont het databasebestand, de schemaversie en het aantal records
  backup FILE                     schrijft een consistente kopie van de database naar FILE
  inspect FILE [--json] [--delimiter C] [--encoding NAME]
                                  toont hoe een CSV-bestand wordt gelezen: de codering en het
                                  scheidingsteken, daarna de records als JSON-array van objecten
                                  met de kopregel als sleutels; --json drukt dit alles af als
                                  één JSON-object
  import customers FILE [--delimiter C] [--encoding NAME] [--on-duplicate skip|update|create]
                        [--dry-run] [--rejects FILE]
                                  importeert klanten uit een CSV-bestand in één transactie; een
                                  rij die overeenkomt met een record (Relatio-id, extern id, dan
                                  e-mail) wordt overgeslagen (standaard), bijgewerkt of toch
                                  aangemaakt. Rijen met fouten stoppen de import, tenzij
                                  --rejects er een bestand voor opgeeft: dan worden de goede
                                  rijen geïmporteerd. --dry-run controleert alleen
  export customers FILE [--delimiter C] [--bom]
                                  exporteert alle klanten als standaard klantenbestand; --bom
                                  markeert het als UTF-8 voor Excel
  import interactions FILE [--delimiter C] [--encoding NAME] [--on-duplicate skip|update|create]
                           [--dry-run] [--rejects FILE]
                                  importeert contactmomenten met klanten in één transactie.
                                  Kolommen: uuid, customer_uuid, customer_external_id,
                                  customer_email, occurred_at, channel, direction, kind,
                                  subject, notes, handled_by, csat, nps, taken_by, taken_at,
                                  resolved_at (of hun Nederlandse of Noorse namen; elke andere
                                  kolom is een fout). De klant van een rij wordt gezocht op
                                  extern id, anders primair e-mailadres, anders Relatio-id;
                                  een klant die niet gevonden wordt of niet eenduidig is, is een
                                  fout. occurred_at is ISO 8601 (een tijd zonder tijdzone is
                                  lokaal) of een datum als 1-3-2024; channel een code (phone,
                                  email, web, chat, social, visit, post, app) of de naam van een
                                  kanaal; direction in of out (standaard in); kind question,
                                  complaint, order, feedback, self_service of other (standaard);
                                  csat 1-5; nps 0-10; onbekende teamleden in handled_by en
                                  taken_by worden toegevoegd. Een rij waarvan de uuid al is
                                  opgeslagen, wordt overgeslagen (standaard), bijgewerkt of toch
                                  aangemaakt met een nieuwe uuid. --dry-run en --rejects werken
                                  zoals bij klanten
  export interactions FILE [--delimiter C] [--bom] [--from DATE] [--to DATE] [--customer KEY]
                                  exporteert alle contactmomenten in die kolommen, met het
                                  Relatio-id, het externe id en het e-mailadres van de klant,
                                  zodat het bestand opnieuw kan worden geïmporteerd; --from en
                                  --to beperken de export tot de contactmomenten van die dagen
                                  (beide inbegrepen), --customer tot die van één klant (op
                                  extern id, e-mailadres of Relatio-id)
  export marketing --purpose P FILE [--delimiter C] [--bom]
                                  exporteert de mailing- of bellijst voor een toestemmingsdoel
                                  (op code: newsletter, email_marketing, phone, post, profiling;
                                  of op naam): actieve klanten van wie de toestemming geldt, met
                                  een bevestigd e-mailadres waar het doel dat vereist. Elke
                                  export wordt vastgelegd (wie, wanneer, doel, hoeveel)
  privacy export-subject ID FILE  schrijft alles wat over een klant is vastgelegd (op rij-id of
                                  Relatio-id): FILE als JSON en daarnaast een leesbaar
                                  .html-document (eindigt FILE op .html: het document, met de
                                  JSON ernaast)
  privacy erase ID                wist een klant overal: elke tabel, de zoekindex, de vrije
                                  pagina&apos;s en het logboek van het databasebestand, en de
                                  foutenbestanden van imports; alleen een verwijdermarkering met
                                  het Relatio-id blijft over.
                                  Dit kan niet ongedaan worden gemaakt

Opties:
  --db PATH      het databasebestand (standaard: %1)
  --lang L       taal van de meldingen: en, nl of nb
  -h, --help     deze help tonen
  -v, --version  de versie tonen

Afsluitcodes: 0 gelukt, 1 mislukt (bij import: de invoer bevatte fouten; elke fout wordt
afgedrukt als FILE:LINE:COLUMN: melding), 2 gebruiksfout.
</translation>
    </message>
    <message>
        <source>1 team member named in the file was added.</source>
        <translation>1 teamlid dat in het bestand wordt genoemd, is toegevoegd.</translation>
    </message>
    <message>
        <source>%1 team members named in the file were added.</source>
        <translation>%1 teamleden die in het bestand worden genoemd, zijn toegevoegd.</translation>
    </message>
    <message>
        <source>Exported 1 contact to %1.</source>
        <translation>1 contactmoment geëxporteerd naar %1.</translation>
    </message>
    <message>
        <source>Exported %1 contacts to %2.</source>
        <translation>%1 contactmomenten geëxporteerd naar %2.</translation>
    </message>
    <message>
        <source>Exported 1 customer with permission for &quot;%1&quot; to %2.</source>
        <translation>1 klant met toestemming voor &quot;%1&quot; geëxporteerd naar %2.</translation>
    </message>
    <message>
        <source>Exported %1 customers with permission for &quot;%2&quot; to %3.</source>
        <translation>%1 klanten met toestemming voor &quot;%2&quot; geëxporteerd naar %3.</translation>
    </message>
    <message>
        <source>Left out: %1 with permission but without the contact details the list needs.</source>
        <translation>Weggelaten: %1 met toestemming maar zonder de contactgegevens die de lijst nodig heeft.</translation>
    </message>
    <message>
        <source>Wrote everything held about customer %1 to %2 and %3.</source>
        <translation>Alles wat over klant %1 is vastgelegd, is geschreven naar %2 en %3.</translation>
    </message>
    <message>
        <source>Erased customer %1 (%2): %3 rows (%4). Only a tombstone with the Relatio id is left.</source>
        <translation>Klant %1 (%2) gewist: %3 rijen (%4). Alleen een verwijdermarkering met het Relatio-id blijft over.</translation>
    </message>
    <message>
        <source>%1 people who belonged to it keep their records, without the organisation.</source>
        <translation>%1 personen die erbij hoorden, behouden hun record, zonder de organisatie.</translation>
    </message>
    <message>
        <source>%1: %2 rows are kept without the link to the customer.</source>
        <translation>%1: %2 rijen blijven bewaard zonder de koppeling met de klant.</translation>
    </message>
    <message>
        <source>Removed %1 rows about the customer from %2 rejects files.</source>
        <translation>%1 rijen over de klant verwijderd uit %2 foutenbestanden.</translation>
    </message>
    <message>
        <source>Not found (moved or deleted?), so not checked: %1</source>
        <translation>Niet gevonden (verplaatst of verwijderd?), dus niet gecontroleerd: %1</translation>
    </message>
    <message>
        <source>Another program is reading the database: the old pages leave its log when that program closes it.</source>
        <translation>Een ander programma leest de database: de oude pagina&apos;s verdwijnen uit het logboek zodra dat programma de database sluit.</translation>
    </message>
    <message>
        <source>--customers, --interactions and --seed belong to the demo command.</source>
        <translation>--customers, --interactions en --seed horen bij de opdracht demo.</translation>
    </message>
    <message>
        <source>--from, --to and --customer belong to the export interactions command.</source>
        <translation>--from, --to en --customer horen bij de opdracht export interactions.</translation>
    </message>
    <message>
        <source>use: import interactions FILE</source>
        <translation>gebruik: import interactions FILE</translation>
    </message>
    <message>
        <source>use: export interactions FILE</source>
        <translation>gebruik: export interactions FILE</translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation>--from ligt na --to.</translation>
    </message>
    <message>
        <source>--purpose belongs to the export marketing command.</source>
        <translation>--purpose hoort bij de opdracht export marketing.</translation>
    </message>
    <message>
        <source>use: export marketing --purpose P FILE</source>
        <translation>gebruik: export marketing --purpose P FILE</translation>
    </message>
    <message>
        <source>use: privacy export-subject ID FILE</source>
        <translation>gebruik: privacy export-subject ID FILE</translation>
    </message>
    <message>
        <source>use: privacy erase ID</source>
        <translation>gebruik: privacy erase ID</translation>
    </message>
    <message>
        <source>use: privacy export-subject ID FILE, or privacy erase ID</source>
        <translation>gebruik: privacy export-subject ID FILE, of privacy erase ID</translation>
    </message>
    <message>
        <source>--interactions takes a whole number from 0 to %1 times the customers, and at most %2.</source>
        <translation>--interactions verwacht een geheel getal van 0 tot %1 keer het aantal klanten, en hoogstens %2.</translation>
    </message>
    <message>
        <source>Wrote %1 demo customers, %2 interactions and %3 follow-ups to %4 in %5 s.</source>
        <translation>%1 demoklanten, %2 contactmomenten en %3 opvolgingen geschreven naar %4 in %5 s.</translation>
    </message>
</context>
<context>
    <name>Clv</name>
    <message>
        <source>The horizon must be between 0 and 1200 months.</source>
        <translation>De horizon moet tussen 0 en 1200 maanden liggen.</translation>
    </message>
    <message>
        <source>The monthly discount rate must be above -100%.</source>
        <translation>Het maandelijkse disconteringspercentage moet hoger zijn dan -100%.</translation>
    </message>
    <message>
        <source>The margin must be a number.</source>
        <translation>De marge moet een getal zijn.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Permission given</source>
        <translation>Toestemming gegeven</translation>
    </message>
    <message>
        <source>Address confirmed</source>
        <translation>Adres bevestigd</translation>
    </message>
    <message>
        <source>Permission withdrawn</source>
        <translation>Toestemming ingetrokken</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webformulier</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>Aan de balie</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>No contact (use of data)</source>
        <translation>Geen contact (gebruik van gegevens)</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Niet gevraagd</translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation>Wacht op bevestiging</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Versie %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConsentPurpose</name>
    <message>
        <source>E-mail newsletter</source>
        <translation>E-mailnieuwsbrief</translation>
    </message>
    <message>
        <source>Other e-mail marketing</source>
        <translation>Overige e-mailmarketing</translation>
    </message>
    <message>
        <source>Phone marketing</source>
        <translation>Telefonische marketing</translation>
    </message>
    <message>
        <source>Marketing by post</source>
        <translation>Marketing per post</translation>
    </message>
    <message>
        <source>Profiling and personalisation</source>
        <translation>Profilering en personalisatie</translation>
    </message>
</context>
<context>
    <name>ConsentRepository</name>
    <message>
        <source>Reading the consent purposes</source>
        <translation>Lezen van de toestemmingsdoelen</translation>
    </message>
    <message>
        <source>Consent purpose %1 does not exist.</source>
        <translation>Toestemmingsdoel %1 bestaat niet.</translation>
    </message>
    <message>
        <source>There is no consent purpose &quot;%1&quot; (known: %2).</source>
        <translation>Er is geen toestemmingsdoel &quot;%1&quot; (bekend: %2).</translation>
    </message>
    <message>
        <source>A consent purpose needs a name.</source>
        <translation>Een toestemmingsdoel moet een naam hebben.</translation>
    </message>
    <message>
        <source>Saving consent purpose %1</source>
        <translation>Opslaan van toestemmingsdoel %1</translation>
    </message>
    <message>
        <source>Renaming consent purpose %1</source>
        <translation>Hernoemen van toestemmingsdoel %1</translation>
    </message>
    <message>
        <source>Reading the consent texts</source>
        <translation>Lezen van de toestemmingsteksten</translation>
    </message>
    <message>
        <source>Consent text %1 does not exist.</source>
        <translation>Toestemmingstekst %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The wording of a consent text cannot be empty.</source>
        <translation>De formulering van een toestemmingstekst mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>Saving the consent text</source>
        <translation>Opslaan van de toestemmingstekst</translation>
    </message>
    <message>
        <source>Reading the consents of customer %1</source>
        <translation>Lezen van de toestemmingen van klant %1</translation>
    </message>
    <message>
        <source>The time of a consent entry cannot be in the future.</source>
        <translation>Het tijdstip van een toestemmingsregistratie mag niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>Recording the consent</source>
        <translation>Vastleggen van de toestemming</translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>Klant %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Customer %1 is deleted: restore it before recording a permission.</source>
        <translation>Klant %1 is verwijderd: herstel deze klant voordat u een toestemming vastlegt.</translation>
    </message>
    <message>
        <source>The purpose &quot;%1&quot; is no longer in use.</source>
        <translation>Het doel &quot;%1&quot; is niet meer in gebruik.</translation>
    </message>
    <message>
        <source>A permission must name the wording that was shown.</source>
        <translation>Bij een toestemming moet de getoonde formulering worden vermeld.</translation>
    </message>
    <message>
        <source>The chosen wording belongs to another purpose.</source>
        <translation>De gekozen formulering hoort bij een ander doel.</translation>
    </message>
    <message>
        <source>The purpose &quot;%1&quot; does not ask for a confirmation.</source>
        <translation>Het doel &quot;%1&quot; vraagt niet om een bevestiging.</translation>
    </message>
    <message>
        <source>There is no permission for &quot;%1&quot; waiting for confirmation.</source>
        <translation>Er is geen toestemming voor &quot;%1&quot; die op bevestiging wacht.</translation>
    </message>
    <message>
        <source>The confirmation cannot come before the permission it confirms.</source>
        <translation>De bevestiging kan niet vóór de toestemming liggen die ze bevestigt.</translation>
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
    <message>
        <source>This customer was erased on %1; the row is not imported and not copied to the rejects file.</source>
        <translation>Deze klant is gewist op %1; de rij wordt niet geïmporteerd en niet naar het foutenbestand gekopieerd.</translation>
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
    <name>CustomerReferences</name>
    <message>
        <source>Reading the schema</source>
        <translation>Lezen van het schema</translation>
    </message>
    <message>
        <source>Looking up customer %1</source>
        <translation>Opzoeken van klant %1</translation>
    </message>
    <message>
        <source>Customer %1 was erased on %2; nothing is held about them any more.</source>
        <translation>Klant %1 is gewist op %2; er is niets meer over deze klant vastgelegd.</translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>Klant %1 bestaat niet.</translation>
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
    <message>
        <source>The customer with Relatio id %1 was erased; the id cannot be used again.</source>
        <translation>De klant met Relatio-id %1 is gewist; het id kan niet opnieuw worden gebruikt.</translation>
    </message>
</context>
<context>
    <name>CustomerSummaries</name>
    <message>
        <source>There are no transactions to analyse.</source>
        <translation>Er zijn geen transacties om te analyseren.</translation>
    </message>
    <message>
        <source>The end of the calibration period is not a valid date.</source>
        <translation>Het einde van de kalibratieperiode is geen geldige datum.</translation>
    </message>
    <message>
        <source>The log has more transactions than can be analysed at once.</source>
        <translation>Het logboek bevat meer transacties dan in één keer kunnen worden geanalyseerd.</translation>
    </message>
    <message>
        <source>Transaction %1 (customer %2) has no valid date.</source>
        <translation>Transactie %1 (klant %2) heeft geen geldige datum.</translation>
    </message>
    <message>
        <source>Transaction %1 (customer %2) has no valid amount.</source>
        <translation>Transactie %1 (klant %2) heeft geen geldig bedrag.</translation>
    </message>
    <message>
        <source>No transaction falls on or before the end of the calibration period, %1.</source>
        <translation>Geen enkele transactie valt op of vóór het einde van de kalibratieperiode, %1.</translation>
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
    <name>CustomerValueAnalysis</name>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
</context>
<context>
    <name>DashboardText</name>
    <message>
        <source>All customers</source>
        <translation>Alle klanten</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Per land</translation>
    </message>
    <message>
        <source>By owner</source>
        <translation>Per eigenaar</translation>
    </message>
    <message>
        <source>By tag</source>
        <translation>Per label</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle landen</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle eigenaren</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle labels</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT)</source>
        <translation>Klanttevredenheid (CSAT)</translation>
    </message>
    <message>
        <source>Net promoter score (NPS)</source>
        <translation>Net Promoter Score (NPS)</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Afgelopen 30 dagen</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Afgelopen kwartaal</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Afgelopen 12 maanden</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Alle datums</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Aangepast</translation>
    </message>
    <message>
        <source>All dates up to %1</source>
        <translation>Alle datums tot en met %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>n = %1, fewer than %2 answers</source>
        <translation>n = %1, minder dan %2 antwoorden</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT): no answers</source>
        <translation>Klanttevredenheid (CSAT): geen antwoorden</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT): %1 (95% interval %2), %3 answers</source>
        <translation>Klanttevredenheid (CSAT): %1 (95%-interval %2), %3 antwoorden</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT): %1, too uncertain: only %2 answers</source>
        <translation>Klanttevredenheid (CSAT): %1, te onzeker: slechts %2 antwoorden</translation>
    </message>
    <message>
        <source>Net promoter score (NPS): no answers</source>
        <translation>Net Promoter Score (NPS): geen antwoorden</translation>
    </message>
    <message>
        <source>Net promoter score (NPS): %1 (95% interval %2), %3 answers</source>
        <translation>Net Promoter Score (NPS): %1 (95%-interval %2), %3 antwoorden</translation>
    </message>
    <message>
        <source>Net promoter score (NPS): %1, too uncertain: only %2 answers</source>
        <translation>Net Promoter Score (NPS): %1, te onzeker: slechts %2 antwoorden</translation>
    </message>
    <message>
        <source>Promoters %1%, detractors %2%</source>
        <translation>Promotors %1%, criticasters %2%</translation>
    </message>
    <message>
        <source>Contacts: %1</source>
        <translation>Contactmomenten: %1</translation>
    </message>
    <message>
        <source>Week %1, %2</source>
        <translation>Week %1, %2</translation>
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
    <message>
        <source>Demo data has at most %1 interactions per customer and %2 in all.</source>
        <translation>Demogegevens hebben hoogstens %1 contactmomenten per klant en %2 in totaal.</translation>
    </message>
    <message>
        <source>Writing demo data: the channel &quot;%1&quot; is missing.</source>
        <translation>Demogegevens schrijven: het kanaal &quot;%1&quot; ontbreekt.</translation>
    </message>
    <message>
        <source>interactions of customer %1</source>
        <translation>contactmomenten van klant %1</translation>
    </message>
    <message>
        <source>follow-ups of customer %1</source>
        <translation>opvolgingen van klant %1</translation>
    </message>
    <message>
        <source>satisfaction figures</source>
        <translation>tevredenheidscijfers</translation>
    </message>
    <message>
        <source>Writing demo data: %1</source>
        <translation>Demogegevens schrijven: %1</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>Outgoing</source>
        <translation>Uitgaand</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Inkomend</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>Reading customer %1</source>
        <translation>Lezen van klant %1</translation>
    </message>
    <message>
        <source>Erasing customer %1</source>
        <translation>Wissen van klant %1</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>De database is niet geopend.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>GammaGamma</name>
    <message>
        <source>Customer %1 has an impossible spend summary (x = %2, mean value %3).</source>
        <translation>Klant %1 heeft een onmogelijk bestedingsoverzicht (x = %2, gemiddelde waarde %3).</translation>
    </message>
    <message>
        <source>No customer has a repeat purchase with a value above zero, so the spend model cannot be fitted.</source>
        <translation>Geen enkele klant heeft een herhaalaankoop met een waarde boven nul, dus het bestedingsmodel kan niet worden bepaald.</translation>
    </message>
    <message>
        <source>The spend model did not converge on these customers; there may be too few of them, or their spend may barely vary between customers.</source>
        <translation>Het bestedingsmodel convergeerde niet op deze klanten; misschien zijn het er te weinig, of verschillen hun bestedingen nauwelijks per klant.</translation>
    </message>
    <message>
        <source>These customers do not determine the spend model; there may be too few of them, or they may spend too much alike.</source>
        <translation>Deze klanten leggen het bestedingsmodel niet vast; misschien zijn het er te weinig, of besteden ze te veel hetzelfde.</translation>
    </message>
    <message>
        <source>Spend varies so much between customers that the spend model gives it no finite mean.</source>
        <translation>De bestedingen verschillen zo sterk per klant dat het bestedingsmodel geen eindig gemiddelde geeft.</translation>
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
    <name>InteractionCsv</name>
    <message>
        <source>Relatio id of the contact</source>
        <translation>Relatio-id van het contactmoment</translation>
    </message>
    <message>
        <source>Customer&apos;s Relatio id</source>
        <translation>Relatio-id van klant</translation>
    </message>
    <message>
        <source>Customer&apos;s external id</source>
        <translation>Extern id van klant</translation>
    </message>
    <message>
        <source>Customer&apos;s e-mail</source>
        <translation>E-mail van klant</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Behandeld door</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT)</source>
        <translation>Klanttevredenheid (CSAT)</translation>
    </message>
    <message>
        <source>Recommendation (NPS)</source>
        <translation>Aanbeveling (NPS)</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Opgepakt door</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Opgepakt op</translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation>Opgelost op</translation>
    </message>
</context>
<context>
    <name>InteractionExporter</name>
    <message>
        <source>The delimiter must be a comma, a semicolon or a tab.</source>
        <translation>Het scheidingsteken moet een komma, een puntkomma of een tab zijn.</translation>
    </message>
    <message>
        <source>Reading the contacts: %1</source>
        <translation>Lezen van de contactmomenten: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <translation>De export is geannuleerd; %1 is niet geschreven.</translation>
    </message>
    <message>
        <source>Two or more customers have the external id “%1”; give the customer&apos;s Relatio id instead.</source>
        <translation>Twee of meer klanten hebben het externe id “%1”; geef in plaats daarvan het Relatio-id van de klant op.</translation>
    </message>
    <message>
        <source>Two or more customers have the e-mail address “%1”; give the customer&apos;s Relatio id instead.</source>
        <translation>Twee of meer klanten hebben het e-mailadres “%1”; geef in plaats daarvan het Relatio-id van de klant op.</translation>
    </message>
    <message>
        <source>No customer has the external id, e-mail address or Relatio id “%1”.</source>
        <translation>Geen enkele klant heeft het externe id, e-mailadres of Relatio-id “%1”.</translation>
    </message>
    <message>
        <source>Give a date, such as 2024-03-01.</source>
        <translation>Geef een datum op, zoals 2024-03-01.</translation>
    </message>
</context>
<context>
    <name>InteractionImporter</name>
    <message>
        <source>“%1” is not a Relatio id; leave it empty for a new contact.</source>
        <translation>“%1” is geen Relatio-id; laat het leeg voor een nieuw contactmoment.</translation>
    </message>
    <message>
        <source>“%1” is not a Relatio id.</source>
        <translation>“%1” is geen Relatio-id.</translation>
    </message>
    <message>
        <source>“%1” is not a channel. The channels are: %2.</source>
        <translation>“%1” is geen kanaal. De kanalen zijn: %2.</translation>
    </message>
    <message>
        <source>“%1” is neither in nor out.</source>
        <translation>“%1” is in noch out.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of contact; write question, complaint, order, feedback, self_service or other.</source>
        <translation>“%1” is geen soort contactmoment; schrijf question, complaint, order, feedback, self_service of other.</translation>
    </message>
    <message>
        <source>“%1” is not a satisfaction score; write a whole number from 1 to 5, or leave it empty.</source>
        <translation>“%1” is geen tevredenheidsscore; schrijf een geheel getal van 1 tot en met 5, of laat het leeg.</translation>
    </message>
    <message>
        <source>“%1” is not a recommendation score; write a whole number from 0 to 10, or leave it empty.</source>
        <translation>“%1” is geen aanbevelingsscore; schrijf een geheel getal van 0 tot en met 10, of laat het leeg.</translation>
    </message>
    <message>
        <source>empty; every contact needs its date and time.</source>
        <translation>leeg; elk contactmoment heeft een datum en tijd nodig.</translation>
    </message>
    <message>
        <source>empty; the channels are: %1.</source>
        <translation>leeg; de kanalen zijn: %1.</translation>
    </message>
    <message>
        <source>The row names no customer: give the customer&apos;s external id, e-mail address or Relatio id.</source>
        <translation>De rij noemt geen klant: geef het externe id, het e-mailadres of het Relatio-id van de klant op.</translation>
    </message>
    <message>
        <source>Importing %1: %2: %3</source>
        <translation>Importeren van %1: %2: %3</translation>
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
        <source>The database is not open.</source>
        <translation>De database is niet geopend.</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importeren van %1</translation>
    </message>
    <message>
        <source>reading the team</source>
        <translation>team lezen</translation>
    </message>
    <message>
        <source>preparing the import</source>
        <translation>import voorbereiden</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was written.</source>
        <translation>De import van %1 is geannuleerd; er is niets geschreven.</translation>
    </message>
    <message>
        <source>matching the contacts</source>
        <translation>contactmomenten koppelen</translation>
    </message>
    <message>
        <source>The contact %1 was deleted in Relatio; restore it first, or leave the uuid empty to add the row as a new contact.</source>
        <translation>Het contactmoment %1 is in Relatio verwijderd; herstel het eerst, of laat de uuid leeg om de rij als nieuw contactmoment toe te voegen.</translation>
    </message>
    <message>
        <source>Two or more customers have the external id “%1”; give the customer&apos;s Relatio id (customer_uuid) to say which.</source>
        <translation>Twee of meer klanten hebben het externe id “%1”; geef het Relatio-id van de klant (customer_uuid) op om aan te geven welke.</translation>
    </message>
    <message>
        <source>Two or more customers have the e-mail address “%1”; give the customer&apos;s external id or Relatio id to say which.</source>
        <translation>Twee of meer klanten hebben het e-mailadres “%1”; geef het externe id of het Relatio-id van de klant op om aan te geven welke.</translation>
    </message>
    <message>
        <source>The customer %1 is deleted; restore it to import its contacts.</source>
        <translation>De klant %1 is verwijderd; herstel deze klant om de contactmomenten te importeren.</translation>
    </message>
    <message>
        <source>external id “%1”</source>
        <translation>externe id “%1”</translation>
    </message>
    <message>
        <source>e-mail address “%1”</source>
        <translation>e-mailadres “%1”</translation>
    </message>
    <message>
        <source>Relatio id %1</source>
        <translation>Relatio-id %1</translation>
    </message>
    <message>
        <source>No customer has the %1.</source>
        <translation>Geen enkele klant heeft het %1.</translation>
    </message>
    <message>
        <source>, or the </source>
        <comment>between the keys of a customer</comment>
        <translation>, of het </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>regel %1</translation>
    </message>
    <message>
        <source>updating a contact</source>
        <translation>contactmoment bijwerken</translation>
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
        <source>The contacts were imported, but the rejects file %1 could not be written: %2</source>
        <translation>De contactmomenten zijn geïmporteerd, maar het foutenbestand %1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Columns %1 (“%2”) and %3 (“%4”) both hold the %5; keep one of them.</source>
        <translation>Kolom %1 (“%2”) en kolom %3 (“%4”) bevatten allebei %5; houd er één van over.</translation>
    </message>
    <message>
        <source>The column %1 is not one of a contacts file.</source>
        <translation>De kolom %1 hoort niet bij een bestand met contactmomenten.</translation>
    </message>
    <message>
        <source>The columns %1 are not ones of a contacts file.</source>
        <translation>De kolommen %1 horen niet bij een bestand met contactmomenten.</translation>
    </message>
    <message>
        <source>The columns are: %1 (or their names in Dutch or Norwegian).</source>
        <translation>De kolommen zijn: %1 (of hun Nederlandse of Noorse namen).</translation>
    </message>
    <message>
        <source>The file has no column for the customer: add customer_external_id, customer_email or customer_uuid.</source>
        <translation>Het bestand heeft geen kolom voor de klant: voeg customer_external_id, customer_email of customer_uuid toe.</translation>
    </message>
    <message>
        <source>The file has no occurred_at column with the date and time of each contact.</source>
        <translation>Het bestand heeft geen kolom occurred_at met de datum en tijd van elk contactmoment.</translation>
    </message>
    <message>
        <source>The file has no channel column.</source>
        <translation>Het bestand heeft geen kolom channel.</translation>
    </message>
</context>
<context>
    <name>InteractionKind</name>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Klacht</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestelling</translation>
    </message>
    <message>
        <source>Feedback or idea</source>
        <translation>Feedback of idee</translation>
    </message>
    <message>
        <source>Self-service action</source>
        <translation>Selfserviceactie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
</context>
<context>
    <name>InteractionRepository</name>
    <message>
        <source>Reading the channels</source>
        <translation>Lezen van de kanalen</translation>
    </message>
    <message>
        <source>A channel needs a name.</source>
        <translation>Een kanaal moet een naam hebben.</translation>
    </message>
    <message>
        <source>There is already a channel named “%1”.</source>
        <translation>Er is al een kanaal met de naam “%1”.</translation>
    </message>
    <message>
        <source>Adding the channel</source>
        <translation>Toevoegen van het kanaal</translation>
    </message>
    <message>
        <source>The channel no longer exists.</source>
        <translation>Het kanaal bestaat niet meer.</translation>
    </message>
    <message>
        <source>Renaming the channel</source>
        <translation>Hernoemen van het kanaal</translation>
    </message>
    <message>
        <source>Changing the channel</source>
        <translation>Wijzigen van het kanaal</translation>
    </message>
    <message>
        <source>Retiring the channel</source>
        <translation>Buiten gebruik stellen van het kanaal</translation>
    </message>
    <message>
        <source>Moving the channel</source>
        <translation>Verplaatsen van het kanaal</translation>
    </message>
    <message>
        <source>Choose the customer this contact was with.</source>
        <translation>Kies de klant met wie dit contactmoment was.</translation>
    </message>
    <message>
        <source>Give the date and time of the contact.</source>
        <translation>Geef de datum en tijd van het contactmoment op.</translation>
    </message>
    <message>
        <source>A satisfaction score (CSAT) is 1 to 5, not %1.</source>
        <translation>Een tevredenheidsscore (CSAT) is 1 tot en met 5, niet %1.</translation>
    </message>
    <message>
        <source>A recommendation answer (NPS) is 0 to 10, not %1.</source>
        <translation>Een aanbevelingsantwoord (NPS) is 0 tot en met 10, niet %1.</translation>
    </message>
    <message>
        <source>Checking the contact</source>
        <translation>Controleren van het contactmoment</translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation>De klant bestaat niet meer.</translation>
    </message>
    <message>
        <source>Choose the channel of the contact.</source>
        <translation>Kies het kanaal van het contactmoment.</translation>
    </message>
    <message>
        <source>That channel is retired; choose another one.</source>
        <translation>Dat kanaal is buiten gebruik; kies een ander kanaal.</translation>
    </message>
    <message>
        <source>Reading the contact</source>
        <translation>Lezen van het contactmoment</translation>
    </message>
    <message>
        <source>The contact no longer exists.</source>
        <translation>Het contactmoment bestaat niet meer.</translation>
    </message>
    <message>
        <source>Saving the contact</source>
        <translation>Opslaan van het contactmoment</translation>
    </message>
    <message>
        <source>Deleting the contact</source>
        <translation>Verwijderen van het contactmoment</translation>
    </message>
    <message>
        <source>Restoring the contact</source>
        <translation>Herstellen van het contactmoment</translation>
    </message>
    <message>
        <source>The contact is not deleted.</source>
        <translation>Het contactmoment is niet verwijderd.</translation>
    </message>
    <message>
        <source>Reading the contacts</source>
        <translation>Lezen van de contactmomenten</translation>
    </message>
    <message>
        <source>Counting the contacts</source>
        <translation>Tellen van de contactmomenten</translation>
    </message>
    <message>
        <source>Reading the complaints</source>
        <translation>Lezen van de klachten</translation>
    </message>
    <message>
        <source>Taking the complaint</source>
        <translation>Oppakken van de klacht</translation>
    </message>
    <message>
        <source>The complaint no longer exists.</source>
        <translation>De klacht bestaat niet meer.</translation>
    </message>
    <message>
        <source>Resolving the complaint</source>
        <translation>Oplossen van de klacht</translation>
    </message>
    <message>
        <source>Reading the follow-up</source>
        <translation>Lezen van de opvolging</translation>
    </message>
    <message>
        <source>The follow-up no longer exists.</source>
        <translation>De opvolging bestaat niet meer.</translation>
    </message>
    <message>
        <source>Choose the customer the follow-up is for.</source>
        <translation>Kies de klant voor wie de opvolging is.</translation>
    </message>
    <message>
        <source>Give the date the follow-up is due.</source>
        <translation>Geef de datum op waarop de opvolging klaar moet zijn.</translation>
    </message>
    <message>
        <source>The customer or contact no longer exists.</source>
        <translation>De klant of het contactmoment bestaat niet meer.</translation>
    </message>
    <message>
        <source>Saving the follow-up</source>
        <translation>Opslaan van de opvolging</translation>
    </message>
    <message>
        <source>Deleting the follow-up</source>
        <translation>Verwijderen van de opvolging</translation>
    </message>
    <message>
        <source>Restoring the follow-up</source>
        <translation>Herstellen van de opvolging</translation>
    </message>
    <message>
        <source>The follow-up is not deleted.</source>
        <translation>De opvolging is niet verwijderd.</translation>
    </message>
    <message>
        <source>Reading the follow-ups</source>
        <translation>Lezen van de opvolgingen</translation>
    </message>
</context>
<context>
    <name>InteractionText</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Taken by %1</source>
        <translation>Opgepakt door %1</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <source>CSAT %1</source>
        <translation>CSAT %1</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(geen onderwerp)</translation>
    </message>
</context>
<context>
    <name>MarketingExporter</name>
    <message>
        <source>Reading the permissions</source>
        <translation>Lezen van de toestemmingen</translation>
    </message>
    <message>
        <source>The delimiter must be a comma or a semicolon.</source>
        <translation>Het scheidingsteken moet een komma of een puntkomma zijn.</translation>
    </message>
    <message>
        <source>Exporting the list for %1</source>
        <translation>Exporteren van de lijst voor %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Reading the export log</source>
        <translation>Lezen van het exportlogboek</translation>
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
    <name>RejectFiles</name>
    <message>
        <source>Noting the rejects file %1</source>
        <translation>Vastleggen van het foutenbestand %1</translation>
    </message>
    <message>
        <source>Reading the list of rejects files</source>
        <translation>Lezen van de lijst met foutenbestanden</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Finding customers without activity</source>
        <translation>Zoeken naar klanten zonder activiteit</translation>
    </message>
</context>
<context>
    <name>RfmSegment</name>
    <message>
        <source>Champions</source>
        <translation>Kampioenen</translation>
    </message>
    <message>
        <source>Loyal Customers</source>
        <translation>Trouwe klanten</translation>
    </message>
    <message>
        <source>Potential Loyalists</source>
        <translation>Potentieel trouw</translation>
    </message>
    <message>
        <source>New Customers</source>
        <translation>Nieuwe klanten</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Veelbelovend</translation>
    </message>
    <message>
        <source>Need Attention</source>
        <translation>Aandacht nodig</translation>
    </message>
    <message>
        <source>About to Sleep</source>
        <translation>Dreigt in te slapen</translation>
    </message>
    <message>
        <source>At Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>Can&apos;t Lose</source>
        <translation>Niet verliezen</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>Slapend</translation>
    </message>
</context>
<context>
    <name>SatisfactionStats</name>
    <message>
        <source>Reading the satisfaction figures</source>
        <translation>Lezen van de tevredenheidscijfers</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanalen</translation>
    </message>
    <message>
        <source>Reading the satisfaction trend</source>
        <translation>Lezen van de tevredenheidstrend</translation>
    </message>
    <message>
        <source>Reading the customer groups</source>
        <translation>Lezen van de klantgroepen</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>Geen land</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Geen eigenaar</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Het rapport is geannuleerd.</translation>
    </message>
    <message>
        <source>Reading the contacts: %1</source>
        <translation>Lezen van de contactmomenten: %1</translation>
    </message>
</context>
<context>
    <name>SubjectExport</name>
    <message>
        <source>Collecting the personal data</source>
        <translation>Verzamelen van de persoonsgegevens</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Opvolgingen</translation>
    </message>
    <message>
        <source>Permission records</source>
        <translation>Toestemmingsregistraties</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Wijzigingsgeschiedenis</translation>
    </message>
    <message>
        <source>Changes made by imports</source>
        <translation>Wijzigingen door imports</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Teamleden</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <source>Tag names</source>
        <translation>Labelnamen</translation>
    </message>
    <message>
        <source>Permission purposes</source>
        <translation>Toestemmingsdoelen</translation>
    </message>
    <message>
        <source>Wording shown when permission was asked</source>
        <translation>Formulering die werd getoond bij het vragen om toestemming</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>The record</source>
        <translation>Het record</translation>
    </message>
    <message>
        <source>Nothing held.</source>
        <translation>Niets vastgelegd.</translation>
    </message>
    <message>
        <source>Personal data held about %1</source>
        <translation>Persoonsgegevens vastgelegd over %1</translation>
    </message>
    <message>
        <source>Everything Relatio holds about this customer, exported on %1 by %2.</source>
        <translation>Alles wat Relatio over deze klant heeft vastgelegd, geëxporteerd op %1 door %2.</translation>
    </message>
    <message>
        <source>Member of</source>
        <translation>Lid van</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>(address confirmed %1)</source>
        <translation>(adres bevestigd %1)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>The JSON file exported with this document holds the same data completely, with every stored field and the records these refer to.</source>
        <translation>Het JSON-bestand dat met dit document is geëxporteerd, bevat dezelfde gegevens volledig, met elk opgeslagen veld en de records waarnaar die verwijzen.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Also stored, derived from the above for sorting and search: the organisation&apos;s name, sort keys and the digits of the phone numbers.</source>
        <translation>Ook opgeslagen, afgeleid van het bovenstaande om te sorteren en te zoeken: de naam van de organisatie, sorteersleutels en de cijfers van de telefoonnummers.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versie %1</translation>
    </message>
    <message>
        <source>The wording shown when the permissions in force were given:</source>
        <translation>De formulering die werd getoond toen de geldende toestemmingen werden gegeven:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Vastgelegd door</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Became</source>
        <translation>Werd</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>wording version %1</source>
        <translation>formulering versie %1</translation>
    </message>
</context>
<context>
    <name>SubjectPdf</name>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kan niet worden geschreven.</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>just now</source>
        <translation>zojuist</translation>
    </message>
    <message>
        <source>1 min ago</source>
        <translation>1 min geleden</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 min geleden</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>vandaag %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>gisteren %1</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dagen</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 u</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>UsageCsv</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Week vanaf</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 contactmomenten</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 klanten</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Alle contactmomenten</translation>
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
    <name>relatio::ChangeHistoryModel</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Became</source>
        <translation>Werd</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
</context>
<context>
    <name>relatio::ChannelFiguresModel</name>
    <message>
        <source>Mean customer satisfaction score, 1 (very unhappy) to 5 (very happy)</source>
        <translation>Gemiddelde klanttevredenheidsscore, 1 (zeer ontevreden) tot 5 (zeer tevreden)</translation>
    </message>
    <message>
        <source>The true figure lies in this range with 95% confidence</source>
        <translation>Met 95% betrouwbaarheid ligt het werkelijke cijfer binnen dit bereik</translation>
    </message>
    <message>
        <source>Net promoter score: % promoters (9–10) minus % detractors (0–6), −100 to +100</source>
        <translation>Net Promoter Score: % promotors (9–10) min % criticasters (0–6), −100 tot +100</translation>
    </message>
    <message>
        <source>Answers the figure rests on; below %1 it is too uncertain to compare</source>
        <translation>Aantal antwoorden waarop het cijfer berust; onder %1 is het te onzeker om te vergelijken</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CSAT 95% interval</source>
        <translation>CSAT 95%-interval</translation>
    </message>
    <message>
        <source>CSAT answers</source>
        <translation>CSAT-antwoorden</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS 95% interval</source>
        <translation>NPS 95%-interval</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>NPS-antwoorden</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>too few answers</source>
        <translation>te weinig antwoorden</translation>
    </message>
</context>
<context>
    <name>relatio::ChannelListModel</name>
    <message>
        <source>Retired: kept in history only</source>
        <translation>Buiten gebruik: alleen bewaard in de geschiedenis</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In gebruik</translation>
    </message>
    <message>
        <source>Public (social)</source>
        <translation>Openbaar (sociaal)</translation>
    </message>
    <message>
        <source>Not public</source>
        <translation>Niet openbaar</translation>
    </message>
    <message>
        <source>Double-click or press F2 to rename</source>
        <translation>Dubbelklik of druk op F2 om de naam te wijzigen</translation>
    </message>
    <message>
        <source>Built-in channel “%1”, renamed; clear the name to go back to it.</source>
        <translation>Standaardkanaal “%1”, hernoemd; maak de naam leeg om terug te gaan naar de standaardnaam.</translation>
    </message>
    <message>
        <source>Public (social) channels: a complaint there may be picked up by anyone on the team</source>
        <translation>Openbare (sociale) kanalen: een klacht daar mag door iedereen in het team worden opgepakt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Social (public)</source>
        <translation>Sociaal (openbaar)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>relatio::ChannelsDialog</name>
    <message>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <source>The ways customers reach you. Double-click a name to rename it. A public (social) channel&apos;s complaints may be picked up by anyone on the team. A retired channel stays in the history but is not offered for new contacts.</source>
        <translation>De manieren waarop klanten contact met u opnemen. Dubbelklik op een naam om deze te wijzigen. Klachten via een openbaar (sociaal) kanaal mogen door iedereen in het team worden opgepakt. Een kanaal dat buiten gebruik is, blijft in de geschiedenis staan, maar wordt niet aangeboden voor nieuwe contactmomenten.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Naam wijzigen</translation>
    </message>
    <message>
        <source>Rename the selected channel (F2)</source>
        <translation>Naam van het geselecteerde kanaal wijzigen (F2)</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Buiten gebruik stellen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>B&amp;ring Back</source>
        <translation>Weer in gebr&amp;uik nemen</translation>
    </message>
    <message>
        <source>Add Channel</source>
        <translation>Kanaal toevoegen</translation>
    </message>
    <message>
        <source>Public (social): anyone on the team may pick up its complaints</source>
        <translation>Openbaar (sociaal): iedereen in het team mag de klachten oppakken</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>relatio::ChartPanel</name>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Save this chart as an image or a PDF file, or print it</source>
        <translation>Deze grafiek opslaan als afbeelding of PDF-bestand, of afdrukken</translation>
    </message>
    <message>
        <source>Save as &amp;PNG Image…</source>
        <translation>Opslaan als &amp;PNG-afbeelding…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Exporteren als P&amp;DF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kan niet worden geschreven.</translation>
    </message>
    <message>
        <source>Save Chart as PNG Image</source>
        <translation>Grafiek opslaan als PNG-afbeelding</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Grafiek opslaan</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
    <message>
        <source>Export Chart as PDF</source>
        <translation>Grafiek exporteren als PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Grafiek exporteren</translation>
    </message>
    <message>
        <source>Print Chart</source>
        <translation>Grafiek afdrukken</translation>
    </message>
</context>
<context>
    <name>relatio::ComplaintListModel</name>
    <message>
        <source>%1 (public)</source>
        <translation>%1 (openbaar)</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nog niemand</translation>
    </message>
    <message>
        <source>A public channel: anyone on the team may pick this complaint up.</source>
        <translation>Een openbaar kanaal: iedereen in het team mag deze klacht oppakken.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wachttijd</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Doorlooptijd</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Opgepakt door</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Opgepakt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
</context>
<context>
    <name>relatio::ComplaintsPage</name>
    <message>
        <source>Complaints</source>
        <translation>Klachten</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Recently &amp;Resolved</source>
        <translation>Onlangs op&amp;gelost</translation>
    </message>
    <message>
        <source>Complaints no one has resolved yet, the oldest first</source>
        <translation>Klachten die nog niemand heeft opgelost, de oudste eerst</translation>
    </message>
    <message>
        <source>Resolved complaints, the latest first, with who took them</source>
        <translation>Opgeloste klachten, de nieuwste eerst, met wie ze heeft opgepakt</translation>
    </message>
    <message>
        <source>in the last %1 days</source>
        <translation>in de afgelopen %1 dagen</translation>
    </message>
    <message>
        <source>&amp;Social channels only</source>
        <translation>Alleen &amp;sociale kanalen</translation>
    </message>
    <message>
        <source>Only complaints made in public, which anyone on the team may pick up</source>
        <translation>Alleen klachten die in het openbaar zijn gemaakt en die iedereen in het team mag oppakken</translation>
    </message>
    <message>
        <source>&amp;Take It</source>
        <translation>O&amp;ppakken</translation>
    </message>
    <message>
        <source>You pick up this complaint</source>
        <translation>U pakt deze klacht op</translation>
    </message>
    <message>
        <source>&amp;Give Back</source>
        <translation>&amp;Teruggeven</translation>
    </message>
    <message>
        <source>Nobody has it any more; anyone may take it</source>
        <translation>Niemand heeft de klacht nog; iedereen mag de klacht oppakken</translation>
    </message>
    <message>
        <source>The complaint has been dealt with</source>
        <translation>De klacht is afgehandeld</translation>
    </message>
    <message>
        <source>R&amp;eopen</source>
        <translation>&amp;Heropenen</translation>
    </message>
    <message>
        <source>The complaint needs more work</source>
        <translation>De klacht vraagt nog meer werk</translation>
    </message>
    <message>
        <source>Open &amp;Customer</source>
        <translation>&amp;Klant openen</translation>
    </message>
    <message>
        <source>Show the customer&apos;s card with this contact (double-click)</source>
        <translation>De klantkaart met dit contactmoment tonen (dubbelklikken)</translation>
    </message>
    <message>
        <source>1 open complaint</source>
        <translation>1 open klacht</translation>
    </message>
    <message>
        <source>%1 open complaints</source>
        <translation>%1 open klachten</translation>
    </message>
    <message>
        <source>%1 not taken</source>
        <translation>%1 niet opgepakt</translation>
    </message>
    <message>
        <source>&amp;Open (%1)</source>
        <translation>&amp;Open (%1)</translation>
    </message>
    <message>
        <source>1 resolved</source>
        <translation>1 opgelost</translation>
    </message>
    <message>
        <source>%1 resolved</source>
        <translation>%1 opgelost</translation>
    </message>
    <message>
        <source>showing the first %1</source>
        <translation>de eerste %1 worden getoond</translation>
    </message>
    <message>
        <source>&amp;Take Over</source>
        <translation>O&amp;vernemen</translation>
    </message>
    <message>
        <source>Taken by %1, %2</source>
        <translation>Opgepakt door %1, %2</translation>
    </message>
    <message>
        <source>Not taken yet</source>
        <translation>Nog niet opgepakt</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>opgelost %1</translation>
    </message>
    <message>
        <source>Relatio</source>
        <translation>Relatio</translation>
    </message>
    <message>
        <source>Take Over</source>
        <translation>Overnemen</translation>
    </message>
    <message>
        <source>%1 took this complaint %2. Take it over?</source>
        <translation>%1 heeft deze klacht %2 opgepakt. Wilt u de klacht overnemen?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>You took the complaint of %1.</source>
        <translation>U hebt de klacht van %1 opgepakt.</translation>
    </message>
    <message>
        <source>Resolve complaint of %1</source>
        <translation>Klacht van %1 oplossen</translation>
    </message>
    <message>
        <source>Resolved the complaint of %1. Undo (Ctrl+Z) reopens it.</source>
        <translation>De klacht van %1 is opgelost. Met Ongedaan maken (Ctrl+Z) heropent u de klacht.</translation>
    </message>
    <message>
        <source>Resol&amp;ved</source>
        <translation>&amp;Opgelost</translation>
    </message>
</context>
<context>
    <name>relatio::ConsentDialog</name>
    <message>
        <source>Record Permission</source>
        <translation>Toestemming vastleggen</translation>
    </message>
    <message>
        <source>Record Address Confirmation</source>
        <translation>Adresbevestiging vastleggen</translation>
    </message>
    <message>
        <source>Record Withdrawal</source>
        <translation>Intrekking vastleggen</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <source>Confirmed &amp;on:</source>
        <translation>Bevestigd &amp;op:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wanneer:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Hoe:</translation>
    </message>
    <message>
        <source>The exact wording the customer saw or heard. To change it, add a new version.</source>
        <translation>De exacte formulering die de klant zag of hoorde. Voeg een nieuwe versie toe om deze te wijzigen.</translation>
    </message>
    <message>
        <source>&amp;Wording shown:</source>
        <translation>&amp;Getoonde formulering:</translation>
    </message>
    <message>
        <source>For example: the confirmation link, the IP address</source>
        <translation>Bijvoorbeeld: de bevestigingslink, het IP-adres</translation>
    </message>
    <message>
        <source>For example: form name, IP address, call reference</source>
        <translation>Bijvoorbeeld: formuliernaam, IP-adres, gespreksreferentie</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Bewijs:</translation>
    </message>
    <message>
        <source>Record</source>
        <comment>button: store the entry</comment>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <source>This permission counts only once the e-mail address has confirmed it (double opt-in). Record the confirmation when it arrives.</source>
        <translation>Deze toestemming telt pas mee als het e-mailadres de toestemming heeft bevestigd (double opt-in). Leg de bevestiging vast zodra die binnenkomt.</translation>
    </message>
    <message>
        <source>From now on the customer is left out of lists for this purpose. Earlier entries stay as proof.</source>
        <translation>Vanaf nu wordt de klant weggelaten uit lijsten voor dit doel. Eerdere registraties blijven bewaard als bewijs.</translation>
    </message>
    <message>
        <source>This purpose has no wording yet: add one under Permission Purposes first.</source>
        <translation>Dit doel heeft nog geen formulering: voeg er eerst een toe onder Toestemmingsdoelen.</translation>
    </message>
</context>
<context>
    <name>relatio::ConsentLedgerModel</name>
    <message>
        <source>Recorded %1 by %2</source>
        <translation>Vastgelegd %1 door %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Formulering</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Vastgelegd door</translation>
    </message>
</context>
<context>
    <name>relatio::ConsentPanel</name>
    <message>
        <source>Record &amp;Permission…</source>
        <translation>&amp;Toestemming vastleggen…</translation>
    </message>
    <message>
        <source>Record that the customer gave permission, how, and the wording they were shown</source>
        <translation>Vastleggen dat de klant toestemming heeft gegeven, hoe, en welke formulering daarbij werd getoond</translation>
    </message>
    <message>
        <source>&amp;Confirm Address…</source>
        <translation>&amp;Adres bevestigen…</translation>
    </message>
    <message>
        <source>Record that the e-mail address confirmed the permission (double opt-in)</source>
        <translation>Vastleggen dat het e-mailadres de toestemming heeft bevestigd (double opt-in)</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Intrekken…</translation>
    </message>
    <message>
        <source>Record that the customer took the permission back</source>
        <translation>Vastleggen dat de klant de toestemming heeft ingetrokken</translation>
    </message>
    <message>
        <source>Permissions for marketing</source>
        <translation>Toestemmingen voor marketing</translation>
    </message>
    <message>
        <source>The state per purpose follows from the entries below; entries are never changed or removed, so they prove each permission.</source>
        <translation>De status per doel volgt uit de registraties hieronder; registraties worden nooit gewijzigd of verwijderd, zodat ze elke toestemming bewijzen.</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Registraties</translation>
    </message>
</context>
<context>
    <name>relatio::ConsentStateModel</name>
    <message>
        <source>%1, confirmed %2</source>
        <translation>%1, bevestigd %2</translation>
    </message>
    <message>
        <source>Counts only once the e-mail address has confirmed it (double opt-in).</source>
        <translation>Telt pas mee als het e-mailadres de toestemming heeft bevestigd (double opt-in).</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Formulering</translation>
    </message>
</context>
<context>
    <name>relatio::ContactEntryForm</name>
    <message>
        <source>Where the contact took place</source>
        <translation>Waar het contactmoment plaatsvond</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Add, rename or retire channels</source>
        <translation>Kanalen toevoegen, hernoemen of buiten gebruik stellen</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <source>Incoming: the customer contacted us. Outgoing: we contacted the customer.</source>
        <translation>Inkomend: de klant heeft contact met ons opgenomen. Uitgaand: wij hebben contact met de klant opgenomen.</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanaal:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Richting:</translation>
    </message>
    <message>
        <source>The team member who handled the contact</source>
        <translation>Het teamlid dat het contactmoment heeft behandeld</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <source>Handled by:</source>
        <translation>Behandeld door:</translation>
    </message>
    <message>
        <source>What it was about</source>
        <translation>Waar het over ging</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Onderwerp:</translation>
    </message>
    <message>
        <source>Optional; Shift+Enter for a new line</source>
        <translation>Optioneel; Shift+Enter voor een nieuwe regel</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notities:</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Satisfaction with this contact, 1 (very unhappy) to 5 (very happy), if the customer said</source>
        <translation>Tevredenheid over dit contactmoment, 1 (zeer ontevreden) tot 5 (zeer tevreden), als de klant dat heeft aangegeven</translation>
    </message>
    <message>
        <source>How likely the customer is to recommend us, 0 to 10, if asked</source>
        <translation>Hoe waarschijnlijk het is dat de klant ons aanbeveelt, 0 tot 10, als dat is gevraagd</translation>
    </message>
    <message>
        <source>When the contact took place (now unless you change it)</source>
        <translation>Wanneer het contactmoment plaatsvond (nu, tenzij u dit wijzigt)</translation>
    </message>
    <message>
        <source>NPS:</source>
        <translation>NPS:</translation>
    </message>
    <message>
        <source>CSAT:</source>
        <translation>CSAT:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wanneer:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Close without saving (Escape)</source>
        <translation>Sluiten zonder opslaan (Escape)</translation>
    </message>
    <message>
        <source>Save Contact</source>
        <translation>Contactmoment opslaan</translation>
    </message>
    <message>
        <source>Save the contact (Enter)</source>
        <translation>Het contactmoment opslaan (Enter)</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (buiten gebruik)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nieuw contactmoment</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Contactmoment bewerken</translation>
    </message>
    <message>
        <source>Save Changes</source>
        <translation>Wijzigingen opslaan</translation>
    </message>
    <message>
        <source>Give a subject or a note, so the contact can be told apart later.</source>
        <translation>Geef een onderwerp of een notitie op, zodat het contactmoment later te herkennen is.</translation>
    </message>
</context>
<context>
    <name>relatio::ContactsPanel</name>
    <message>
        <source>New Contact</source>
        <translation>Nieuw contactmoment</translation>
    </message>
    <message>
        <source>Enter a contact with this customer (Ctrl+Shift+N)</source>
        <translation>Een contactmoment met deze klant invoeren (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Channels…</source>
        <translation>Kanalen…</translation>
    </message>
    <message>
        <source>Add, rename or retire channels</source>
        <translation>Kanalen toevoegen, hernoemen of buiten gebruik stellen</translation>
    </message>
    <message>
        <source>Show the contacts of one channel</source>
        <translation>De contactmomenten van één kanaal tonen</translation>
    </message>
    <message>
        <source>Show the contacts of one kind</source>
        <translation>De contactmomenten van één soort tonen</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Tonen:</translation>
    </message>
    <message>
        <source>Contacts, newest first</source>
        <translation>Contactmomenten, nieuwste eerst</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Change the selected contact (Enter or F2)</source>
        <translation>Het geselecteerde contactmoment wijzigen (Enter of F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected contact (Delete); Undo brings it back</source>
        <translation>Het geselecteerde contactmoment verwijderen (Delete); met Ongedaan maken haalt u het terug</translation>
    </message>
    <message>
        <source>Follow-up…</source>
        <translation>Opvolging…</translation>
    </message>
    <message>
        <source>Plan a follow-up on the selected contact</source>
        <translation>Een opvolging plannen voor het geselecteerde contactmoment</translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation>Contactmoment bewerken</translation>
    </message>
    <message>
        <source>Delete Contact</source>
        <translation>Contactmoment verwijderen</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Contactmoment opgeslagen.</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanalen</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (buiten gebruik)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 van %2 getoond</translation>
    </message>
    <message>
        <source>Relatio</source>
        <translation>Relatio</translation>
    </message>
    <message>
        <source>Deleted the contact “%1”. Undo (Ctrl+Z) brings it back.</source>
        <translation>Het contactmoment “%1” is verwijderd. Met Ongedaan maken (Ctrl+Z) haalt u het terug.</translation>
    </message>
    <message>
        <source>On the contact “%1” of %2</source>
        <translation>Bij het contactmoment “%1” van %2</translation>
    </message>
    <message>
        <source>Follow-up added.</source>
        <translation>Opvolging toegevoegd.</translation>
    </message>
    <message>
        <source>No contacts match the filter.</source>
        <translation>Er zijn geen contactmomenten die aan het filter voldoen.</translation>
    </message>
    <message>
        <source>No contacts with this customer yet. Press Ctrl+Shift+N to enter one.</source>
        <translation>Nog geen contactmomenten met deze klant. Druk op Ctrl+Shift+N om er een in te voeren.</translation>
    </message>
    <message>
        <source>Handled by %1</source>
        <translation>Behandeld door %1</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>Opgelost %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>taken by %1, %2</source>
        <translation>opgepakt door %1, %2</translation>
    </message>
    <message>
        <source>Complaint: %1</source>
        <translation>Klacht: %1</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Geen notities.</translation>
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
    <message>
        <source>Import &amp;Contacts…</source>
        <translation>&amp;Contactmomenten importeren…</translation>
    </message>
    <message>
        <source>Add contacts with customers (calls, e-mails, visits…) from a CSV file; each row names its customer by external id, e-mail address or Relatio id</source>
        <translation>Contactmomenten met klanten (gesprekken, e-mails, bezoeken…) toevoegen vanuit een CSV-bestand; elke rij noemt de klant op extern id, e-mailadres of Relatio-id</translation>
    </message>
    <message>
        <source>Export C&amp;ontacts…</source>
        <translation>C&amp;ontactmomenten exporteren…</translation>
    </message>
    <message>
        <source>Save contacts with customers to a CSV file that can be imported again</source>
        <translation>Contactmomenten met klanten opslaan in een CSV-bestand dat opnieuw kan worden geïmporteerd</translation>
    </message>
    <message>
        <source>Imported contacts from %1: %2 new, %3 updated.</source>
        <translation>Contactmomenten geïmporteerd uit %1: %2 nieuw, %3 bijgewerkt.</translation>
    </message>
</context>
<context>
    <name>relatio::CurrentUserButton</name>
    <message>
        <source>You: %1</source>
        <translation>U: %1</translation>
    </message>
    <message>
        <source>The team member you are on this computer; click to change</source>
        <translation>Het teamlid dat u op deze computer bent; klik om dit te wijzigen</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Wie bent u?</translation>
    </message>
    <message>
        <source>Choose who you are in the team, for your follow-ups and for taking complaints</source>
        <translation>Kies wie u in het team bent, voor uw opvolgingen en voor het oppakken van klachten</translation>
    </message>
</context>
<context>
    <name>relatio::CurrentUserDialog</name>
    <message>
        <source>Who Are You?</source>
        <translation>Wie bent u?</translation>
    </message>
    <message>
        <source>Choose yourself from the team. Relatio uses it for your follow-ups, when you take a complaint, and as who handled the contacts you enter. It is remembered on this computer for this database.</source>
        <translation>Kies uzelf uit het team. Relatio gebruikt dit voor uw opvolgingen, wanneer u een klacht oppakt, en als behandelaar van de contactmomenten die u invoert. Het wordt op deze computer onthouden voor deze database.</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(kiezen)</translation>
    </message>
    <message>
        <source>&amp;I am:</source>
        <translation>&amp;Ik ben:</translation>
    </message>
    <message>
        <source>Your name, if you are not in the list</source>
        <translation>Uw naam, als u niet in de lijst staat</translation>
    </message>
    <message>
        <source>&amp;Or add me:</source>
        <translation>&amp;Of voeg mij toe:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
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
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
</context>
<context>
    <name>relatio::CustomerFollowUpsPanel</name>
    <message>
        <source>Relatio</source>
        <translation>Relatio</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Add Follow-up…</source>
        <translation>Opvolging toevoegen…</translation>
    </message>
    <message>
        <source>Plan something to do for this customer, with a due date and who does it</source>
        <translation>Iets plannen om voor deze klant te doen, met een vervaldatum en wie het doet</translation>
    </message>
    <message>
        <source>Nothing planned for this customer.</source>
        <translation>Niets gepland voor deze klant.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Change the due date, the assignee or what to do (Enter)</source>
        <translation>De vervaldatum, de toegewezen persoon of de actie wijzigen (Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected follow-up (Delete); Undo brings it back</source>
        <translation>De geselecteerde opvolging verwijderen (Delete); met Ongedaan maken haalt u deze terug</translation>
    </message>
    <message>
        <source>Delete Follow-up</source>
        <translation>Opvolging verwijderen</translation>
    </message>
    <message>
        <source>Follow-up added.</source>
        <translation>Opvolging toegevoegd.</translation>
    </message>
    <message>
        <source>On the contact “%1”</source>
        <translation>Bij het contactmoment “%1”</translation>
    </message>
    <message>
        <source>Follow-up deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Opvolging verwijderd. Met Ongedaan maken (Ctrl+Z) haalt u deze terug.</translation>
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
    <message>
        <source>C&amp;ontacts</source>
        <translation>C&amp;ontacten</translation>
    </message>
    <message>
        <source>Follo&amp;w-ups</source>
        <translation>Opvol&amp;gingen</translation>
    </message>
    <message>
        <source>New &amp;Contact</source>
        <translation>Nieuw &amp;contactmoment</translation>
    </message>
    <message>
        <source>Enter a contact with the customer on the card (Ctrl+Shift+N)</source>
        <translation>Een contactmoment invoeren met de klant op de kaart (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Choose a saved customer first.</source>
        <translation>Kies eerst een opgeslagen klant.</translation>
    </message>
    <message>
        <source>C&amp;ontacts (%1)</source>
        <translation>C&amp;ontacten (%1)</translation>
    </message>
    <message>
        <source>Follo&amp;w-ups (%1, %2 overdue)</source>
        <translation>Opvol&amp;gingen (%1, %2 te laat)</translation>
    </message>
    <message>
        <source>Follo&amp;w-ups (%1)</source>
        <translation>Opvol&amp;gingen (%1)</translation>
    </message>
    <message>
        <source>&amp;Permissions</source>
        <translation>&amp;Toestemmingen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Geschiedenis</translation>
    </message>
</context>
<context>
    <name>relatio::DashboardPage</name>
    <message>
        <source>Updating…</source>
        <translation>Bijwerken…</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Per kanaal</translation>
    </message>
    <message>
        <source>Groups × channels</source>
        <translation>Groepen × kanalen</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Weekly channel use</source>
        <translation>Kanaalgebruik per week</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>het begin</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Tot en met:</translation>
    </message>
    <message>
        <source>Compare customer groups, or look at one group only</source>
        <translation>Klantgroepen vergelijken, of naar één groep kijken</translation>
    </message>
    <message>
        <source>&amp;Customers:</source>
        <translation>&amp;Klanten:</translation>
    </message>
    <message>
        <source>Only this group in the per-channel figures and the trend</source>
        <translation>Alleen deze groep in de cijfers per kanaal en in de trend</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT) per channel</source>
        <translation>Klanttevredenheid (CSAT) per kanaal</translation>
    </message>
    <message>
        <source>Net promoter score (NPS) per channel</source>
        <translation>Net Promoter Score (NPS) per kanaal</translation>
    </message>
    <message>
        <source>Whiskers show the 95% confidence interval: with this many answers the true figure lies within it. Hatched grey bars and figures in brackets rest on fewer than %1 answers and are too uncertain to compare.</source>
        <translation>De foutbalken tonen het 95%-betrouwbaarheidsinterval: met dit aantal antwoorden ligt het werkelijke cijfer daarbinnen. Gearceerde grijze balken en cijfers tussen haakjes berusten op minder dan %1 antwoorden en zijn te onzeker om te vergelijken.</translation>
    </message>
    <message>
        <source>Satisfaction by customer group and channel</source>
        <translation>Tevredenheid per klantgroep en kanaal</translation>
    </message>
    <message>
        <source>Satisfaction over time per channel</source>
        <translation>Tevredenheid in de tijd per kanaal</translation>
    </message>
    <message>
        <source>A line per channel, or one line with its 95% confidence interval as a band</source>
        <translation>Een lijn per kanaal, of één lijn met het 95%-betrouwbaarheidsinterval als band</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Per week</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per maand</translation>
    </message>
    <message>
        <source>Contacts per week and channel</source>
        <translation>Contactmomenten per week en kanaal</translation>
    </message>
    <message>
        <source>Customers per week</source>
        <translation>Klanten per week</translation>
    </message>
    <message>
        <source>Totals per week</source>
        <translation>Totalen per week</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Opslaan als &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the table shown as a CSV file for a spreadsheet</source>
        <translation>De getoonde tabel opslaan als CSV-bestand voor een spreadsheet</translation>
    </message>
    <message>
        <source>Which customers used which channel</source>
        <translation>Welke klanten welk kanaal gebruikten</translation>
    </message>
    <message>
        <source>Each channel</source>
        <translation>Elk kanaal</translation>
    </message>
    <message>
        <source>All channels together</source>
        <translation>Alle kanalen samen</translation>
    </message>
    <message>
        <source>Customers: %1</source>
        <translation>Klanten: %1</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle klanten</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The usage report covers every customer; the customer group applies to the satisfaction figures.</source>
        <translation>Het gebruiksrapport omvat alle klanten; de klantgroep geldt voor de tevredenheidscijfers.</translation>
    </message>
    <message>
        <source>Only the first %1 rows are listed; the chart and the totals cover every contact.</source>
        <translation>Alleen de eerste %1 rijen worden getoond; de grafiek en de totalen omvatten alle contactmomenten.</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>De eerste dag ligt na de laatste dag.</translation>
    </message>
    <message>
        <source>Choose how to group the customers (by country, owner or tag) above to compare the groups channel by channel.</source>
        <translation>Kies hierboven hoe de klanten worden gegroepeerd (per land, eigenaar of label) om de groepen per kanaal te vergelijken.</translation>
    </message>
    <message>
        <source>No contacts in this period.</source>
        <translation>Geen contactmomenten in deze periode.</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>De cijfers konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>%1 contacts · %2 CSAT answers · %3 NPS answers</source>
        <translation>%1 contactmomenten · %2 CSAT-antwoorden · %3 NPS-antwoorden</translation>
    </message>
    <message>
        <source>Hollow circles rest on fewer than %1 answers: too uncertain to read a change from. Click a line&apos;s name in the legend to hide or show it.</source>
        <translation>Open cirkels berusten op minder dan %1 antwoorden: te onzeker om een verandering uit af te leiden. Klik op de naam van een lijn in de legenda om deze te verbergen of te tonen.</translation>
    </message>
    <message>
        <source>Most points have too few answers: per month, or all channels together, gives firmer figures.</source>
        <translation>De meeste punten hebben te weinig antwoorden: per maand, of alle kanalen samen, geeft betrouwbaardere cijfers.</translation>
    </message>
    <message>
        <source>Most points have too few answers: all channels together, or a longer period, gives firmer figures.</source>
        <translation>De meeste punten hebben te weinig antwoorden: alle kanalen samen, of een langere periode, geeft betrouwbaardere cijfers.</translation>
    </message>
    <message>
        <source>The usage report could not be read: %1</source>
        <translation>Het gebruiksrapport kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The usage report has not been read yet.</source>
        <translation>Het gebruiksrapport is nog niet gelezen.</translation>
    </message>
    <message>
        <source>channel-totals-per-week</source>
        <translation>kanaaltotalen-per-week</translation>
    </message>
    <message>
        <source>channel-use-per-week</source>
        <translation>kanaalgebruik-per-week</translation>
    </message>
    <message>
        <source>Save Usage Report as CSV</source>
        <translation>Gebruiksrapport opslaan als CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Save Usage Report</source>
        <translation>Gebruiksrapport opslaan</translation>
    </message>
    <message>
        <source>Saved %1 rows to %2.</source>
        <translation>%1 rijen opgeslagen in %2.</translation>
    </message>
    <message>
        <source>Each cell gives the figure and the number of answers it rests on. Click a group to see it alone in the other tabs.</source>
        <translation>Elke cel toont het cijfer en het aantal antwoorden waarop het berust. Klik op een groep om alleen die te zien in de andere tabbladen.</translation>
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
    <name>relatio::EraseDialog</name>
    <message>
        <source>Erase Customer</source>
        <translation>Klant wissen</translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation>%1 definitief wissen?</translation>
    </message>
    <message>
        <source>Everything Relatio holds about this customer is erased, from every table, the search index and the database file. Only a tombstone with the Relatio id (%1) and the time remains, so that other copies of the database erase them too. &lt;b&gt;This cannot be undone.&lt;/b&gt;</source>
        <translation>Alles wat Relatio over deze klant heeft vastgelegd, wordt gewist uit elke tabel, de zoekindex en het databasebestand. Alleen een verwijdermarkering met het Relatio-id (%1) en het tijdstip blijft over, zodat andere kopieën van de database de klant ook wissen. &lt;b&gt;Dit kan niet ongedaan worden gemaakt.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What will be erased:</source>
        <translation>Wat wordt gewist:</translation>
    </message>
    <message>
        <source>Kept, without the link to the customer:</source>
        <translation>Bewaard, zonder de koppeling met de klant:</translation>
    </message>
    <message>
        <source>1 person belongs to this organisation: they keep their record, without it.</source>
        <translation>1 persoon hoort bij deze organisatie: die behoudt het eigen record, zonder de organisatie.</translation>
    </message>
    <message>
        <source>%1 people belong to this organisation: they keep their records, without it.</source>
        <translation>%1 personen horen bij deze organisatie: zij behouden hun record, zonder de organisatie.</translation>
    </message>
    <message>
        <source>Rows about the customer are also removed from the rejects file an import wrote.</source>
        <translation>Rijen over de klant worden ook verwijderd uit het foutenbestand dat een import heeft geschreven.</translation>
    </message>
    <message>
        <source>Rows about the customer are also removed from the %1 rejects files imports wrote.</source>
        <translation>Rijen over de klant worden ook verwijderd uit de %1 foutenbestanden die imports hebben geschreven.</translation>
    </message>
    <message>
        <source>Not reached: files already saved elsewhere, such as exports, marketing lists, personal-data exports and backups. Delete the customer from those yourself.</source>
        <translation>Niet bereikt: bestanden die al elders zijn opgeslagen, zoals exports, marketinglijsten, exports van persoonsgegevens en back-ups. Verwijder de klant daar zelf uit.</translation>
    </message>
    <message>
        <source>To confirm, type the customer&apos;s name, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Typ ter bevestiging de naam van de klant, &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Erase for Good</source>
        <translation>Definitief wissen</translation>
    </message>
    <message>
        <source>The customer was erased: %1 rows in the database, and their entries in the search index.</source>
        <translation>De klant is gewist: %1 rijen in de database, en de vermeldingen in de zoekindex.</translation>
    </message>
    <message>
        <source>%1 rows about them were removed from rejects files.</source>
        <translation>%1 rijen over deze klant zijn uit foutenbestanden verwijderd.</translation>
    </message>
    <message>
        <source>These rejects files were not found, so they could not be checked: %1</source>
        <translation>Deze foutenbestanden zijn niet gevonden en konden dus niet worden gecontroleerd: %1</translation>
    </message>
    <message>
        <source>These rejects files could not be changed: %1</source>
        <translation>Deze foutenbestanden konden niet worden gewijzigd: %1</translation>
    </message>
    <message>
        <source>The database&apos;s log still holds old pages while other windows read it; they are cleared when Relatio closes.</source>
        <translation>Het logboek van de database bevat nog oude pagina&apos;s zolang andere vensters de database lezen; ze worden gewist wanneer Relatio wordt afgesloten.</translation>
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
    <name>relatio::FigureBarChart</name>
    <message>
        <source>no answers</source>
        <translation>geen antwoorden</translation>
    </message>
    <message>
        <source>n = %1 &lt; %2</source>
        <translation>n = %1 &lt; %2</translation>
    </message>
    <message>
        <source>%1 · n = %2</source>
        <translation>%1 · n = %2</translation>
    </message>
    <message>
        <source>Mean CSAT</source>
        <translation>Gemiddelde CSAT</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Fewer than %1 answers: uncertain</source>
        <translation>Minder dan %1 antwoorden: onzeker</translation>
    </message>
    <message>
        <source>Mean CSAT: 1 = very unhappy, 5 = very happy</source>
        <translation>Gemiddelde CSAT: 1 = zeer ontevreden, 5 = zeer tevreden</translation>
    </message>
    <message>
        <source>% promoters − % detractors</source>
        <translation>% promotors − % criticasters</translation>
    </message>
    <message>
        <source>95% confidence interval</source>
        <translation>95%-betrouwbaarheidsinterval</translation>
    </message>
</context>
<context>
    <name>relatio::FollowUpDialog</name>
    <message>
        <source>New Follow-up</source>
        <translation>Nieuwe opvolging</translation>
    </message>
    <message>
        <source>Edit Follow-up</source>
        <translation>Opvolging bewerken</translation>
    </message>
    <message>
        <source>e.g. call back about the invoice</source>
        <translation>bijv. terugbellen over de factuur</translation>
    </message>
    <message>
        <source>&amp;What to do:</source>
        <translation>&amp;Wat te doen:</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>Over een week</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Vervaldatum:</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Toegewezen aan:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>relatio::FollowUpListModel</name>
    <message>
        <source>Done %1</source>
        <translation>Afgerond %1</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vervalt vandaag</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>1 dag te laat</translation>
    </message>
    <message>
        <source>Overdue by %1 days</source>
        <translation>%1 dagen te laat</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>Vervalt morgen</translation>
    </message>
    <message>
        <source>Due in %1 days</source>
        <translation>Vervalt over %1 dagen</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Done; untick to open it again</source>
        <translation>Afgerond; vink uit om deze weer te openen</translation>
    </message>
    <message>
        <source>Tick when done</source>
        <translation>Aanvinken wanneer afgerond</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change the due date</source>
        <translation>Dubbelklik of druk op F2 om de vervaldatum te wijzigen</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vervalt %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Niet afgerond</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Wat te doen</translation>
    </message>
    <message>
        <source>On contact</source>
        <translation>Bij contactmoment</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Toegewezen aan</translation>
    </message>
</context>
<context>
    <name>relatio::FollowUpsPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>Opvolgingen</translation>
    </message>
    <message>
        <source>&amp;Whose:</source>
        <translation>&amp;Van wie:</translation>
    </message>
    <message>
        <source>Show &amp;done ones of the last %1 days</source>
        <translation>&amp;Afgeronde van de afgelopen %1 dagen tonen</translation>
    </message>
    <message>
        <source>Relatio does not know who you are yet. &lt;a href=&quot;choose&quot;&gt;Choose yourself&lt;/a&gt; to see your follow-ups.</source>
        <translation>Relatio weet nog niet wie u bent. &lt;a href=&quot;choose&quot;&gt;Kies uzelf&lt;/a&gt; om uw opvolgingen te zien.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>Change the due date, the assignee or what to do</source>
        <translation>De vervaldatum, de toegewezen persoon of de actie wijzigen</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Delete the selected follow-up (Delete); Undo brings it back</source>
        <translation>De geselecteerde opvolging verwijderen (Delete); met Ongedaan maken haalt u deze terug</translation>
    </message>
    <message>
        <source>Open &amp;Customer</source>
        <translation>&amp;Klant openen</translation>
    </message>
    <message>
        <source>Show the customer&apos;s card (double-click)</source>
        <translation>De klantkaart tonen (dubbelklikken)</translation>
    </message>
    <message>
        <source>Delete Follow-up</source>
        <translation>Opvolging verwijderen</translation>
    </message>
    <message>
        <source>Mine (%1)</source>
        <translation>Van mij (%1)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Van mij</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Niet toegewezen</translation>
    </message>
    <message>
        <source>1 open</source>
        <translation>1 open</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 open</translation>
    </message>
    <message>
        <source>1 overdue</source>
        <translation>1 te laat</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 te laat</translation>
    </message>
    <message>
        <source>showing the first %1</source>
        <translation>de eerste %1 worden getoond</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Voor %1</translation>
    </message>
    <message>
        <source>on the contact “%1”</source>
        <translation>bij het contactmoment “%1”</translation>
    </message>
    <message>
        <source>Relatio</source>
        <translation>Relatio</translation>
    </message>
    <message>
        <source>Follow-up deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Opvolging verwijderd. Met Ongedaan maken (Ctrl+Z) haalt u deze terug.</translation>
    </message>
</context>
<context>
    <name>relatio::GroupChannelModel</name>
    <message>
        <source>too few</source>
        <translation>te weinig</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanalen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>relatio::HeatLegend</name>
    <message>
        <source>too few: fewer than %1 answers, not a reliable figure</source>
        <translation>te weinig: minder dan %1 antwoorden, geen betrouwbaar cijfer</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>geen antwoorden</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
</context>
<context>
    <name>relatio::HeatMapDelegate</name>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>too few</source>
        <translation>te weinig</translation>
    </message>
</context>
<context>
    <name>relatio::HistoryPanel</name>
    <message>
        <source>Every change to this record: what it was, what it became, when and by whom. Erasing the customer erases this history too.</source>
        <translation>Elke wijziging in dit record: wat het was, wat het werd, wanneer en door wie. Als de klant wordt gewist, wordt deze geschiedenis ook gewist.</translation>
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
    <name>relatio::InteractionCheckPage</name>
    <message>
        <source>Check the File</source>
        <translation>Bestand controleren</translation>
    </message>
    <message>
        <source>Every row is read and matched to its customer without writing anything, so you know what the import will do.</source>
        <translation>Elke rij wordt gelezen en aan de klant gekoppeld zonder iets te schrijven, zodat u weet wat de import gaat doen.</translation>
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
        <source>The first %1 problems are listed; all %2 rows with errors are left out of the import.</source>
        <translation>Alleen de eerste %1 problemen worden getoond; alle %2 rijen met fouten worden niet geïmporteerd.</translation>
    </message>
    <message>
        <source>There is nothing to import: every row is a stored contact that would be left as it is.</source>
        <translation>Er is niets te importeren: elke rij is een opgeslagen contactmoment dat ongewijzigd zou blijven.</translation>
    </message>
    <message>
        <source>There is nothing to import: the rows without errors are stored contacts that would be left as they are.</source>
        <translation>Er is niets te importeren: de rijen zonder fouten zijn opgeslagen contactmomenten die ongewijzigd zouden blijven.</translation>
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
</context>
<context>
    <name>relatio::InteractionColumnsPage</name>
    <message>
        <source>The Columns</source>
        <translation>De kolommen</translation>
    </message>
    <message>
        <source>What each column of the file holds, as read from its name. A row&apos;s customer is found by external id, else e-mail address, else Relatio id.</source>
        <translation>Wat elke kolom van het bestand bevat, afgeleid uit de naam. De klant van een rij wordt gezocht op extern id, anders e-mailadres, anders Relatio-id.</translation>
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
        <source>Read as</source>
        <translation>Gelezen als</translation>
    </message>
    <message>
        <source>&amp;Leave out the columns that are not ones of a contacts file</source>
        <translation>&amp;Kolommen weglaten die niet bij een bestand met contactmomenten horen</translation>
    </message>
    <message>
        <source>When a row has the Relatio id of a stored contact</source>
        <translation>Als een rij het Relatio-id van een opgeslagen contactmoment heeft</translation>
    </message>
    <message>
        <source>&amp;Skip the row and leave the contact as it is</source>
        <translation>De rij &amp;overslaan en het contactmoment ongewijzigd laten</translation>
    </message>
    <message>
        <source>&amp;Update the contact with the row&apos;s columns</source>
        <translation>Het contactmoment &amp;bijwerken met de kolommen van de rij</translation>
    </message>
    <message>
        <source>&amp;Add the row as a new contact anyway</source>
        <translation>De rij toch als nieuw contactmoment &amp;toevoegen</translation>
    </message>
    <message>
        <source>A file exported from Relatio can be imported again without making doubles.</source>
        <translation>Een bestand dat uit Relatio is geëxporteerd, kan opnieuw worden geïmporteerd zonder dubbele records te maken.</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Weggelaten</translation>
    </message>
    <message>
        <source>Not a column of a contacts file</source>
        <translation>Geen kolom van een bestand met contactmomenten</translation>
    </message>
</context>
<context>
    <name>relatio::InteractionController</name>
    <message>
        <source>Add contact “%1”</source>
        <translation>Contactmoment “%1” toevoegen</translation>
    </message>
    <message>
        <source>Edit contact “%1”</source>
        <translation>Contactmoment “%1” bewerken</translation>
    </message>
    <message>
        <source>Delete contact “%1”</source>
        <translation>Contactmoment “%1” verwijderen</translation>
    </message>
    <message>
        <source>Take complaint “%1”</source>
        <translation>Klacht “%1” oppakken</translation>
    </message>
    <message>
        <source>Give back complaint “%1”</source>
        <translation>Klacht “%1” teruggeven</translation>
    </message>
    <message>
        <source>Resolve complaint “%1”</source>
        <translation>Klacht “%1” oplossen</translation>
    </message>
    <message>
        <source>Reopen complaint “%1”</source>
        <translation>Klacht “%1” heropenen</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Opvolging toevoegen</translation>
    </message>
    <message>
        <source>Edit follow-up</source>
        <translation>Opvolging bewerken</translation>
    </message>
    <message>
        <source>Mark follow-up done</source>
        <translation>Opvolging als afgerond markeren</translation>
    </message>
    <message>
        <source>Mark follow-up not done</source>
        <translation>Opvolging als niet afgerond markeren</translation>
    </message>
    <message>
        <source>Change due date</source>
        <translation>Vervaldatum wijzigen</translation>
    </message>
    <message>
        <source>Delete follow-up</source>
        <translation>Opvolging verwijderen</translation>
    </message>
</context>
<context>
    <name>relatio::InteractionCounts</name>
    <message>
        <source>Rows in the file:</source>
        <translation>Rijen in het bestand:</translation>
    </message>
    <message>
        <source>New contacts:</source>
        <translation>Nieuwe contactmomenten:</translation>
    </message>
    <message>
        <source>Stored contacts updated:</source>
        <translation>Bijgewerkte opgeslagen contactmomenten:</translation>
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
        <source>Team members added:</source>
        <translation>Toegevoegde teamleden:</translation>
    </message>
</context>
<context>
    <name>relatio::InteractionExportDialog</name>
    <message>
        <source>Export Contacts</source>
        <translation>Contactmomenten exporteren</translation>
    </message>
    <message>
        <source>Contacts to export</source>
        <translation>Te exporteren contactmomenten</translation>
    </message>
    <message>
        <source>Contacts with &amp;all customers</source>
        <translation>Contactmomenten met &amp;alle klanten</translation>
    </message>
    <message>
        <source>Contacts with the &amp;selected customers: none selected</source>
        <translation>Contactmomenten met de &amp;geselecteerde klanten: geen geselecteerd</translation>
    </message>
    <message>
        <source>Contacts with the &amp;selected customer</source>
        <translation>Contactmomenten met de &amp;geselecteerde klant</translation>
    </message>
    <message>
        <source>Contacts with the &amp;selected customers: %1</source>
        <translation>Contactmomenten met de &amp;geselecteerde klanten: %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;To and including</source>
        <translation>&amp;Tot en met</translation>
    </message>
    <message>
        <source>Without a limit, every contact is exported.</source>
        <translation>Zonder beperking worden alle contactmomenten geëxporteerd.</translation>
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
        <source>Se&amp;parator:</source>
        <translation>&amp;Scheidingsteken:</translation>
    </message>
    <message>
        <source>E&amp;ncoding:</source>
        <translation>&amp;Codering:</translation>
    </message>
    <message>
        <source>Each row names its customer by Relatio id, external id and e-mail address, so the file can be imported again.</source>
        <translation>Elke rij noemt de klant met Relatio-id, extern id en e-mailadres, zodat het bestand opnieuw kan worden geïmporteerd.</translation>
    </message>
    <message>
        <source>contacts</source>
        <comment>the start of the suggested file name</comment>
        <translation>contactmomenten</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>B&amp;laderen…</translation>
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
        <source>The period ends before it starts.</source>
        <translation>De periode eindigt voordat ze begint.</translation>
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
        <source>Exporting contacts…</source>
        <translation>Contactmomenten exporteren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The contacts could not be exported. %1 was not changed.

%2</source>
        <translation>De contactmomenten konden niet worden geëxporteerd. %1 is niet gewijzigd.

%2</translation>
    </message>
    <message>
        <source>Exported 1 contact to %1.</source>
        <translation>1 contactmoment geëxporteerd naar %1.</translation>
    </message>
    <message>
        <source>Exported %1 contacts to %2.</source>
        <translation>%1 contactmomenten geëxporteerd naar %2.</translation>
    </message>
</context>
<context>
    <name>relatio::InteractionImportWizard</name>
    <message>
        <source>Import Contacts</source>
        <translation>Contactmomenten importeren</translation>
    </message>
</context>
<context>
    <name>relatio::InteractionRunPage</name>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>The contacts are written in one step: if the import is cancelled or fails, nothing is written.</source>
        <translation>De contactmomenten worden in één stap geschreven: als de import wordt geannuleerd of mislukt, wordt er niets geschreven.</translation>
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
        <source>The import is done.</source>
        <translation>De import is voltooid.</translation>
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
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Tevredenheid</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Klachten</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Opvolgingen</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Privacy</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
</context>
<context>
    <name>relatio::MarketingExportDialog</name>
    <message>
        <source>Export Marketing List</source>
        <translation>Marketinglijst exporteren</translation>
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
        <source>&amp;Browse…</source>
        <translation>B&amp;laderen…</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Doel:</translation>
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
        <source>Save &amp;to:</source>
        <translation>Opslaan &amp;in:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>The list holds only customers whose permission for the purpose is in force today, confirmed by their e-mail address where the purpose asks for it. Each list is logged: who, when, which purpose and how many.</source>
        <translation>De lijst bevat alleen klanten van wie de toestemming voor het doel vandaag geldt, bevestigd via hun e-mailadres als het doel dat vereist. Elke lijst wordt vastgelegd: wie, wanneer, welk doel en hoeveel.</translation>
    </message>
    <message>
        <source>Lists exported before:</source>
        <translation>Eerder geëxporteerde lijsten:</translation>
    </message>
    <message>
        <source>No customer has permission for this purpose in force.</source>
        <translation>Geen enkele klant heeft een geldige toestemming voor dit doel.</translation>
    </message>
    <message>
        <source>1 customer has permission in force (left out when the contact details the list needs are missing).</source>
        <translation>1 klant heeft een geldige toestemming (wordt weggelaten als de contactgegevens die de lijst nodig heeft ontbreken).</translation>
    </message>
    <message>
        <source>%1 customers have permission in force (those without the contact details the list needs are left out).</source>
        <translation>%1 klanten hebben een geldige toestemming (klanten zonder de contactgegevens die de lijst nodig heeft, worden weggelaten).</translation>
    </message>
    <message>
        <source>Save Marketing List</source>
        <translation>Marketinglijst opslaan</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>%1 — %2: 1 customer, by %3</source>
        <translation>%1 — %2: 1 klant, door %3</translation>
    </message>
    <message>
        <source>%1 — %2: %3 customers, by %4</source>
        <translation>%1 — %2: %3 klanten, door %4</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Nog geen.</translation>
    </message>
    <message>
        <source>Choose where to save the list.</source>
        <translation>Kies waar de lijst moet worden opgeslagen.</translation>
    </message>
    <message>
        <source>Exported 1 customer with permission for &quot;%1&quot;.</source>
        <translation>1 klant met toestemming voor &quot;%1&quot; geëxporteerd.</translation>
    </message>
    <message>
        <source>Exported %1 customers with permission for &quot;%2&quot;.</source>
        <translation>%1 klanten met toestemming voor &quot;%2&quot; geëxporteerd.</translation>
    </message>
</context>
<context>
    <name>relatio::PrivacyActions</name>
    <message>
        <source>Export &amp;Personal Data…</source>
        <translation>&amp;Persoonsgegevens exporteren…</translation>
    </message>
    <message>
        <source>Everything held about this customer, as a readable document (HTML and PDF) and as JSON</source>
        <translation>Alles wat over deze klant is vastgelegd, als leesbaar document (HTML en PDF) en als JSON</translation>
    </message>
    <message>
        <source>&amp;Erase Customer…</source>
        <translation>Klant &amp;wissen…</translation>
    </message>
    <message>
        <source>Remove this customer everywhere for good, at their request</source>
        <translation>Deze klant op verzoek overal definitief verwijderen</translation>
    </message>
    <message>
        <source>Export &amp;Marketing List…</source>
        <translation>&amp;Marketinglijst exporteren…</translation>
    </message>
    <message>
        <source>A mailing or call list of the customers with permission for a purpose</source>
        <translation>Een mailing- of bellijst van de klanten met toestemming voor een doel</translation>
    </message>
    <message>
        <source>Customers &amp;Without Activity…</source>
        <translation>Klanten &amp;zonder activiteit…</translation>
    </message>
    <message>
        <source>Permission P&amp;urposes…</source>
        <translation>&amp;Toestemmingsdoelen…</translation>
    </message>
    <message>
        <source>Wrote the personal data to %1 (also as .json and .pdf).</source>
        <translation>De persoonsgegevens zijn geschreven naar %1 (ook als .json en .pdf).</translation>
    </message>
    <message>
        <source>Export Personal Data</source>
        <translation>Persoonsgegevens exporteren</translation>
    </message>
    <message>
        <source>%1-personal-data-%2.html</source>
        <comment>the suggested file name</comment>
        <translation>%1-persoonsgegevens-%2.html</translation>
    </message>
    <message>
        <source>Document (*.html)</source>
        <translation>Document (*.html)</translation>
    </message>
    <message>
        <source>Customer Erased</source>
        <translation>Klant gewist</translation>
    </message>
</context>
<context>
    <name>relatio::PurposesDialog</name>
    <message>
        <source>Permission Purposes</source>
        <translation>Toestemmingsdoelen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Naam wijzigen…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>&amp;Buiten gebruik stellen</translation>
    </message>
    <message>
        <source>&amp;New Version…</source>
        <translation>Nieuwe &amp;versie…</translation>
    </message>
    <message>
        <source>Purposes:</source>
        <translation>Doelen:</translation>
    </message>
    <message>
        <source>Wording shown, by version:</source>
        <translation>Getoonde formulering, per versie:</translation>
    </message>
    <message>
        <source>A wording that was shown to customers is never changed: a new wording is a new version, and each permission keeps the version it was given for.</source>
        <translation>Een formulering die aan klanten is getoond, wordt nooit gewijzigd: een nieuwe formulering is een nieuwe versie, en elke toestemming behoudt de versie waarvoor ze is gegeven.</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (buiten gebruik)</translation>
    </message>
    <message>
        <source>Use &amp;Again</source>
        <translation>Weer in &amp;gebruik nemen</translation>
    </message>
    <message>
        <source>By %1; counts once the e-mail address confirms it (double opt-in).</source>
        <translation>Via %1; telt pas mee als het e-mailadres het bevestigt (double opt-in).</translation>
    </message>
    <message>
        <source>By %1.</source>
        <translation>Via %1.</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, vanaf %2</translation>
    </message>
    <message>
        <source>New Purpose</source>
        <translation>Nieuw doel</translation>
    </message>
    <message>
        <source>The e-mail address must confirm it (double opt-in)</source>
        <translation>Het e-mailadres moet het bevestigen (double opt-in)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Contact by:</source>
        <translation>&amp;Contact via:</translation>
    </message>
    <message>
        <source>Rename Purpose</source>
        <translation>Naam van doel wijzigen</translation>
    </message>
    <message>
        <source>Name (leave empty for the standard name):</source>
        <translation>Naam (leeg laten voor de standaardnaam):</translation>
    </message>
    <message>
        <source>New Version of the Wording</source>
        <translation>Nieuwe versie van de formulering</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation>&amp;Formulering:</translation>
    </message>
    <message>
        <source>Exactly as customers will see or hear it.</source>
        <translation>Precies zoals klanten het zullen zien of horen.</translation>
    </message>
</context>
<context>
    <name>relatio::RetentionDialog</name>
    <message>
        <source>Customers Without Activity</source>
        <translation>Klanten zonder activiteit</translation>
    </message>
    <message>
        <source> year</source>
        <translation> jaar</translation>
    </message>
    <message>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>No activity for at least</source>
        <translation>Geen activiteit gedurende minstens</translation>
    </message>
    <message>
        <source>&amp;Open Customer</source>
        <translation>Klant &amp;openen</translation>
    </message>
    <message>
        <source>Customers with no change to their record, no contact, no permission entry and no follow-up for that long, least recently active first. Open one to decide whether to keep, delete or erase it.</source>
        <translation>Klanten zonder wijziging in hun record, zonder contactmoment, zonder toestemmingsregistratie en zonder opvolging gedurende die periode, de langst inactieve eerst. Open een klant om te beslissen of u deze wilt bewaren, verwijderen of wissen.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <source>The first %1 customers.</source>
        <translation>De eerste %1 klanten.</translation>
    </message>
    <message>
        <source>1 customer.</source>
        <translation>1 klant.</translation>
    </message>
    <message>
        <source>%1 customers.</source>
        <translation>%1 klanten.</translation>
    </message>
</context>
<context>
    <name>relatio::RetentionModel</name>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Laatste activiteit</translation>
    </message>
</context>
<context>
    <name>relatio::TimelineModel</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Behandeld door</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Klacht</translation>
    </message>
</context>
<context>
    <name>relatio::TrendChart</name>
    <message>
        <source>All channels</source>
        <translation>Alle kanalen</translation>
    </message>
    <message>
        <source>Fewer than %1 answers: uncertain</source>
        <translation>Minder dan %1 antwoorden: onzeker</translation>
    </message>
    <message>
        <source>No answers in this period.</source>
        <translation>Geen antwoorden in deze periode.</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Week vanaf</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Mean CSAT (1–5)</source>
        <translation>Gemiddelde CSAT (1–5)</translation>
    </message>
    <message>
        <source>NPS (−100 to +100)</source>
        <translation>NPS (−100 tot +100)</translation>
    </message>
    <message>
        <source>95% confidence interval</source>
        <translation>95%-betrouwbaarheidsinterval</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>relatio::UsageChart</name>
    <message>
        <source>No contacts in this period.</source>
        <translation>Geen contactmomenten in deze periode.</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Week vanaf</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <source>%1: %2 contacts by %3 customers</source>
        <translation>%1: %2 contactmomenten van %3 klanten</translation>
    </message>
    <message>
        <source>All channels: %1 contacts</source>
        <translation>Alle kanalen: %1 contactmomenten</translation>
    </message>
</context>
<context>
    <name>relatio::UsageRowsModel</name>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Contacts through %1 that week</source>
        <translation>Contactmomenten via %1 in die week</translation>
    </message>
</context>
<context>
    <name>relatio::UsageTotalsModel</name>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanalen</translation>
    </message>
    <message>
        <source>Contacts (customers) through any channel</source>
        <translation>Contactmomenten (klanten) via alle kanalen</translation>
    </message>
    <message>
        <source>Contacts through %1, and in brackets the customers who made them</source>
        <translation>Contactmomenten via %1, met tussen haakjes het aantal betrokken klanten</translation>
    </message>
    <message>
        <source>All weeks</source>
        <translation>Alle weken</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 contacts by %2 customers</source>
        <translation>%1 contactmomenten van %2 klanten</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 contactmomenten</translation>
    </message>
</context>
</TS>
